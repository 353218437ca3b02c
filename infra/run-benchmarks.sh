#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md: builds infra/benchmark (and platform-core), starts an
# embedded PostgreSQL 18 under var/benchmark (or uses the server of TAAKWIJZER_DB_ADMIN_URL), loads the
# Flanders-scale dataset unless it is there, and measures: the overhead of row-level security, the group
# dashboard of a 30-school group, the umbrella dashboard over 1,000+ schools; then the group dashboard page in
# headless Chromium (render time, server heap per open session). Each prints its figure last.
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

"$JAVA_HOME/bin/java" -Xmx2g -jar infra/benchmark/target/taakwijzer-benchmark.jar

# The page: platform-web with a 30-school group in a real headless Chromium (render time, heap per session).
# A test class by build, a benchmark by name: surefire runs it only when asked for (-Dtest).
echo
echo "== Group dashboard page in headless Chromium (log: var/benchmark/page.log)"
./mvnw -B verify -pl platform-web -am -DskipITs -Dtest=DashboardPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  > var/benchmark/page.log 2>&1 || { tail -40 var/benchmark/page.log; echo "The page benchmark failed; see var/benchmark/page.log"; exit 1; }
grep -E "^(Year shown|Live heap|Dashboard \(|Heap per)" var/benchmark/page.log
