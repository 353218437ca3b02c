# Sourced by the scripts: the development Keycloak of infra/keycloak, in the background.
# start_keycloak LOG sets KEYCLOAK_PID; wait_for_keycloak LOG waits until it is ready.
start_keycloak() {
  infra/keycloak/start-keycloak.sh > "$1" 2>&1 &
  KEYCLOAK_PID=$!
}

wait_for_keycloak() {
  local started=$SECONDS
  for _ in $(seq 1 300); do
    if curl -fsS "http://localhost:${KEYCLOAK_MANAGEMENT_PORT:-9000}/health/ready" > /dev/null 2>&1; then
      echo "Keycloak ready after $((SECONDS - started)) s."
      return 0
    fi
    kill -0 "$KEYCLOAK_PID" 2> /dev/null || break
    sleep 1
  done
  echo "Keycloak did not start; see $1" >&2
  tail -20 "$1" >&2
  return 1
}
