#!/usr/bin/env bash
# Runs Taakwijzer with demo data on this machine: builds, starts PostgreSQL and an OpenID Connect
# provider (the dev stack), then platform-web and platform-admin, and prints URLs and demo logins.
# Ctrl+C stops everything. Needs only a JDK >= 21 (found automatically) and Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VAR="$ROOT/var"
mkdir -p "$VAR/logs"

source infra/lib/java-home.sh

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

rm -f "$VAR/devstack.env"
"$JAVA_HOME/bin/java" -jar infra/target/taakwijzer-devstack.jar > "$VAR/logs/devstack.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do [ -f "$VAR/devstack.env" ] && break; sleep 0.5; done
[ -f "$VAR/devstack.env" ] || { echo "The dev stack did not start; see $VAR/logs/devstack.log"; exit 1; }
source "$VAR/devstack.env"
export TAAKWIJZER_LIQUIBASE_CONTEXTS=demo
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

demo_login() { # role email name
  printf '    %s: %s\n      {"email": "%s", "email_verified": true, "name": "%s"}\n' "$1" "$2" "$2" "$3"
}

cat <<INFO

  Taakwijzer runs with demo data.

  Scholengroepen, directies, koepels (platform-web):  http://localhost:$WEB_PORT/
  Beheerconsole voor operatoren (platform-admin):      http://localhost:$ADMIN_PORT/

  Demo logins (in-process OpenID Connect provider at $TAAKWIJZER_OIDC_ISSUER_URI): on its login page,
  type the e-mail address as user name and paste the line below it as claims.
$(demo_login "Directeur, Basisschool De Vlinder" directeur.vlinder@noorderlicht.example "Directeur Vlinder")
$(demo_login "Directeur, Atheneum Poolster" directeur.poolster@noorderlicht.example "Directeur Poolster")
$(demo_login "ICT-coördinator, Scholengroep Noorderlicht" ict.noorderlicht@noorderlicht.example "ICT-coördinator Noorderlicht")
$(demo_login "DPO, Scholengroep Noorderlicht" dpo.noorderlicht@noorderlicht.example "DPO Noorderlicht")
$(demo_login "Directeur, Scholengroep Zuiderzon" directeur.zonnewijzer@zuiderzon.example "Directeur Zonnewijzer")
    Any other name: logged in, but not registered by a school group (the "no access" page).
  Demo data: Koepel Voorbeeldonderwijs, Scholengroep Noorderlicht (4 scholen), Scholengroep Zuiderzon (1 school).
  Logs: $VAR/logs/   Database: $TAAKWIJZER_DB_URL

  Ctrl+C stops everything.
INFO
wait
