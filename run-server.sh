#!/usr/bin/env bash
# Runs the mnledger server on the embedded PostgreSQL (data in ./data unless MNLEDGER_DATA_DIR is set).
# Builds the server first when the jar is missing or older than the sources; needs only a JDK 17.
# Extra arguments go to the server, e.g. ./run-server.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
jar=ops/target/mnledger-server.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit)" ]; then
  echo "Building mnledger (first time: a few minutes for dependencies)..." >&2
  ./mvnw -q -B -DskipTests package
fi
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
