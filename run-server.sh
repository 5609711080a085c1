#!/usr/bin/env bash
# Runs the mnledger server on the embedded PostgreSQL (data in ./data unless MNLEDGER_DATA_DIR is set),
# over HTTPS on port 8443 with a self-signed certificate generated on first start (data/tls/server.crt).
# Builds the server first when the jar is missing or older than the sources; needs only a JDK 17.
#   ./run-server.sh --demo        with the demo office, companies, users and subjects (README)
#   ./run-server.sh --server.port=9443   any other argument goes to the server
set -euo pipefail
cd "$(dirname "$0")"
args=()
for arg in "$@"; do
  if [ "$arg" = "--demo" ]; then args+=("--spring.profiles.active=demo"); else args+=("$arg"); fi
done
jar=ops/target/mnledger-server.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit)" ]; then
  echo "Building mnledger (first time: a few minutes for dependencies)..." >&2
  ./mvnw -q -B -DskipTests package
fi
exec java ${JAVA_OPTS:-} -jar "$jar" ${args[@]+"${args[@]}"}
