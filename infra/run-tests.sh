#!/usr/bin/env bash
# Runs all of Taakwijzer's tests: unit, repository and service tests against a real PostgreSQL
# (embedded unless TAAKWIJZER_TEST_DB_URL names a server), browserless UI tests, and the browser
# tests in headless Chromium (Debian's chromium and chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/java-home.sh
exec ./mvnw -B verify "$@"
