#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md: builds infra/benchmark (and platform-core), starts an
# embedded PostgreSQL 18 under var/benchmark (or uses the server of TAAKWIJZER_DB_ADMIN_URL), loads the
# Flanders-scale dataset unless it is there, and measures: the overhead of row-level security, the group
# dashboard of a 30-school group, the umbrella dashboard over 1,000+ schools. Each prints its figure last.
# Needs only a JDK >= 21 (found automatically) and Maven Central. Not part of CI (it takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/java-home.sh
export TAAKWIJZER_VAR_DIR="$(pwd)/var"
mkdir -p var/benchmark

if [ "${TAAKWIJZER_SKIP_BUILD:-}" != "1" ]; then
  echo "Building the benchmark module and platform-core (log: var/benchmark/build.log)..."
  ./mvnw -B -DskipTests package -pl infra/benchmark -am > var/benchmark/build.log 2>&1 \
    || { tail -40 var/benchmark/build.log; echo "The build failed; see var/benchmark/build.log"; exit 1; }
fi

exec "$JAVA_HOME/bin/java" -Xmx2g -jar infra/benchmark/target/taakwijzer-benchmark.jar
