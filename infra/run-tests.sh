#!/usr/bin/env bash
# Runs all of Taakwijzer's tests: unit, repository and service tests against a real PostgreSQL
# (embedded unless TAAKWIJZER_TEST_DB_URL names a server), browserless UI tests, browser tests in
# headless Chromium (Debian's chromium and chromium-driver), and the end-to-end tests against the real
# Keycloak of infra/keycloak, which this script starts and stops: the login tests, and infra/e2e's test
# of the whole onboarding with both applications' jars running.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/java-home.sh
source infra/lib/keycloak.sh
mkdir -p var/logs

start_keycloak var/logs/keycloak-tests.log
trap 'kill "$KEYCLOAK_PID" 2> /dev/null || true; wait "$KEYCLOAK_PID" 2> /dev/null || true' EXIT
wait_for_keycloak var/logs/keycloak-tests.log
export TAAKWIJZER_E2E_KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT:-8180}"

./mvnw -B verify -Pe2e "$@"
