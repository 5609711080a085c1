#!/usr/bin/env bash
# Runs the mnledger server on the embedded PostgreSQL (data in ./data unless MNLEDGER_DATA_DIR is set),
# over HTTPS on port 8443 with a self-signed certificate generated on first start (data/tls/server.crt).
# Builds the server first when the jar is missing or older than the sources; needs only a JDK 17.
#   ./run-server.sh --demo        with the demo office, companies, users and subjects (README)
#   ./run-server.sh --server.port=9443   any other argument goes to the server
#
# After each build it unpacks the jar and records a class-data-sharing archive of the classes the server
# loads (one training start against a throw-away data directory, ~15 s, once); later starts map those
# classes instead of loading them, which roughly halves the start-up time on two cores.
set -euo pipefail
cd "$(dirname "$0")"
args=()
for arg in "$@"; do
  if [ "$arg" = "--demo" ]; then args+=("--spring.profiles.active=demo"); else args+=("$arg"); fi
done
jar=ops/target/mnledger-server.jar
run=ops/target/run
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit)" ]; then
  echo "Building mnledger (first time: a few minutes for dependencies)..." >&2
  ./mvnw -q -B -DskipTests package
fi
if [ ! -f "$run/mnledger-server.jar" ] || [ "$jar" -nt "$run/mnledger-server.jar" ]; then
  rm -rf "$run"
  java -Djarmode=tools -jar "$jar" extract --destination "$run" >/dev/null
fi
if [ ! -f "$run/app.jsa" ]; then
  echo "Preparing a class-data-sharing archive for fast start-ups (once per build)..." >&2
  training=$(mktemp -d)
  java -XX:ArchiveClassesAtExit="$run/app.jsa" -Dspring.context.exit=onRefresh -jar "$run/mnledger-server.jar" \
    --mnledger.data-dir="$training" --server.port=0 --spring.main.banner-mode=off >"$run/training.log" 2>&1 \
    || echo "(the archive could not be prepared; starting without it: see $run/training.log)" >&2
  rm -rf "$training"
fi
cds=()
if [ -f "$run/app.jsa" ]; then cds=(-XX:SharedArchiveFile="$run/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off); fi
exec java ${cds[@]+"${cds[@]}"} ${JAVA_OPTS:-} -jar "$run/mnledger-server.jar" ${args[@]+"${args[@]}"}
