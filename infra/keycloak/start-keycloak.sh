#!/usr/bin/env bash
# Starts a development Keycloak 26 for Taakwijzer, in the foreground, without Docker:
#   - downloads org.keycloak:keycloak-quarkus-dist (zip, ~165 MB) from Maven Central once, with the
#     project's Maven wrapper, into var/keycloak/ (git-ignored);
#   - imports the realms of this folder (taakwijzer, groep-sim, acmidm-sim) into an in-memory
#     database, so every start begins from the realm files as they are now;
#   - serves HTTP on KEYCLOAK_PORT (8180) and health on KEYCLOAK_MANAGEMENT_PORT (9000):
#     http://localhost:9000/health/ready
# Stop it with Ctrl+C or TERM to this script's PID. Development only (admin/admin, start-dev, http).
#
# Environment (all optional):
#   KEYCLOAK_VERSION             default 26.5.6
#   KEYCLOAK_PORT                default 8180 (on another port the imported copies of the realm files
#                                are rewritten so the brokers reach the simulator realms on that port)
#   KEYCLOAK_MANAGEMENT_PORT     default 9000
#   KEYCLOAK_REALM_DIR           folder with the *-realm.json files to import (default: this folder)
#   KC_BOOTSTRAP_ADMIN_USERNAME  default admin (master realm)
#   KC_BOOTSTRAP_ADMIN_PASSWORD  default admin
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
# Picks a JDK >= 21 (Keycloak 26 needs 21+; this machine's default java may be 17).
source "$SCRIPT_DIR/../lib/java-home.sh"
export PATH="$JAVA_HOME/bin:$PATH"

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9000}
REALM_DIR=${KEYCLOAK_REALM_DIR:-$SCRIPT_DIR}
VAR_DIR="$ROOT/var/keycloak"
KC_HOME="$VAR_DIR/keycloak-$KEYCLOAK_VERSION"
ZIP="$VAR_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"

mkdir -p "$VAR_DIR"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -s "$ZIP" ]; then
    echo "Downloading Keycloak $KEYCLOAK_VERSION from Maven Central (~165 MB, once)..."
    (cd "$ROOT" && ./mvnw -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$VAR_DIR" -Dmdep.overWriteReleases=true)
  fi
  echo "Unpacking Keycloak $KEYCLOAK_VERSION into $VAR_DIR ..."
  rm -rf "$VAR_DIR/unpack.tmp"
  mkdir -p "$VAR_DIR/unpack.tmp"
  if command -v unzip > /dev/null 2>&1; then
    unzip -q "$ZIP" -d "$VAR_DIR/unpack.tmp"
  else
    (cd "$VAR_DIR/unpack.tmp" && "$JAVA_HOME/bin/jar" xf "$ZIP")
  fi
  rm -rf "$KC_HOME"
  mv "$VAR_DIR/unpack.tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$VAR_DIR/unpack.tmp"
  chmod +x "$KC_HOME"/bin/*.sh
  rm -f "$ZIP"   # Maven keeps its own copy in ~/.m2
fi

# Fresh import on every start: the in-memory database (dev-mem) starts empty, and the import folder
# holds exactly the realm files of $REALM_DIR.
mkdir -p "$KC_HOME/data/import"
rm -f "$KC_HOME"/data/import/*.json
shopt -s nullglob
realms=("$REALM_DIR"/*-realm.json)
[ ${#realms[@]} -gt 0 ] || { echo "No *-realm.json files in $REALM_DIR" >&2; exit 1; }
cp "${realms[@]}" "$KC_HOME/data/import/"
# The realm files point the identity providers of realm taakwijzer at the simulator realms on
# localhost:8180. On another port, adapt the copies (never the files in git).
if [ "$KEYCLOAK_PORT" != "8180" ]; then
  sed -i "s#http://localhost:8180/#http://localhost:$KEYCLOAK_PORT/#g" "$KC_HOME"/data/import/*.json
fi

export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
# On JDK 25 Keycloak otherwise throws IllegalAccessError at shutdown.
export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens java.base/java.lang=ALL-UNNAMED"

echo "Starting Keycloak $KEYCLOAK_VERSION on http://localhost:$KEYCLOAK_PORT (health: http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready) with JAVA_HOME=$JAVA_HOME"
# exec: the script's PID becomes kc.sh's, so TERM to it stops Keycloak.
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-port="$KEYCLOAK_PORT" \
  --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
  --import-realm \
  --db=dev-mem \
  --health-enabled=true
