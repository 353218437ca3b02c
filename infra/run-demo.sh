#!/usr/bin/env bash
# Runs Taakwijzer with demo data on this machine: builds, starts PostgreSQL (the dev stack) and
# Keycloak with the realms of infra/keycloak, then platform-web and platform-admin, and prints URLs
# and demo logins.
# Ctrl+C stops everything. Needs only a JDK >= 21 (found automatically) and Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VAR="$ROOT/var"
mkdir -p "$VAR/logs"
export TAAKWIJZER_VAR_DIR="$VAR"

source infra/lib/java-home.sh
source infra/lib/keycloak.sh

if [ "${TAAKWIJZER_SKIP_BUILD:-}" != "1" ]; then
  echo "Building Taakwijzer (first time: a few minutes for the downloads)..."
  ./mvnw -B -q -DskipTests install
fi

pids=()
stop_all() {
  echo; echo "Stopping Taakwijzer..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

echo "Starting Keycloak (first time: a download of ~165 MB)..."
start_keycloak "$VAR/logs/keycloak.log"
pids+=("$KEYCLOAK_PID")
wait_for_keycloak "$VAR/logs/keycloak.log"

rm -f "$VAR/devstack.env"
"$JAVA_HOME/bin/java" -jar infra/target/taakwijzer-devstack.jar > "$VAR/logs/devstack.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do [ -f "$VAR/devstack.env" ] && break; sleep 0.5; done
[ -f "$VAR/devstack.env" ] || { echo "The dev stack did not start; see $VAR/logs/devstack.log"; exit 1; }
source "$VAR/devstack.env"
export TAAKWIJZER_LIQUIBASE_CONTEXTS=demo
export TAAKWIJZER_OIDC_ISSUER_URI="http://localhost:${KEYCLOAK_PORT:-8180}/realms/taakwijzer"
export TAAKWIJZER_OIDC_CLIENT_SECRET=web-demo-secret
export TAAKWIJZER_ADMIN_OIDC_CLIENT_SECRET=admin-demo-secret
# platform-admin provisions identities through the admin API of the same Keycloak (admin/admin in development).
export TAAKWIJZER_KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT:-8180}"
WEB_PORT=${TAAKWIJZER_WEB_PORT:-8080}
ADMIN_PORT=${TAAKWIJZER_ADMIN_PORT:-8081}

wait_healthy() { # name port
  for _ in $(seq 1 180); do
    if curl -fsS "http://localhost:$2/actuator/health" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$1 did not start; see $VAR/logs/$1.log"; exit 1
}

"$JAVA_HOME/bin/java" -jar platform-web/target/platform-web-*-SNAPSHOT.jar > "$VAR/logs/platform-web.log" 2>&1 &
pids+=($!)
wait_healthy platform-web "$WEB_PORT"
"$JAVA_HOME/bin/java" -jar platform-admin/target/platform-admin-*-SNAPSHOT.jar > "$VAR/logs/platform-admin.log" 2>&1 &
pids+=($!)
wait_healthy platform-admin "$ADMIN_PORT"

cat <<INFO

  Taakwijzer runs with demo data.

  Scholengroepen, directies, koepels (platform-web):  http://localhost:$WEB_PORT/
  Beheerconsole voor operatoren (platform-admin):      http://localhost:$ADMIN_PORT/

  Log in through Keycloak ($TAAKWIJZER_OIDC_ISSUER_URI): type the e-mail address, Keycloak sends
  you to your school group's own login (played by the realm groep-sim), password: demo
    Directeur, Basisschool De Vlinder:           directeur.vlinder@noorderlicht.example
    ICT-coördinator, Scholengroep Noorderlicht:  ict.noorderlicht@noorderlicht.example
    DPO, Scholengroep Noorderlicht:              dpo.noorderlicht@noorderlicht.example
    Directeur, Scholengroep Zuiderzon:           directeur.zonnewijzer@zuiderzon.example
  Through ACM/IDM (button "ACM/IDM" on the login page, realm acmidm-sim), password: demo
    Directeur, Atheneum Poolster:                user name poolster (e-mail directeur.poolster@noorderlicht.example)
    Adviseur, Koepel Voorbeeldonderwijs:         user name adviseur.koepel
  Operator (platform-admin, Keycloak's own login): operator@taakwijzer.example / operator
  Keycloak admin console: http://localhost:${KEYCLOAK_PORT:-8180}/admin (admin / admin)
  Demo data: Koepel Voorbeeldonderwijs, Scholengroep Noorderlicht (4 scholen), Scholengroep Zuiderzon (1 school).
  Logs: $VAR/logs/   Database: $TAAKWIJZER_DB_URL

  Ctrl+C stops everything.
INFO
wait
