# cli_lib.sh — shell helpers shared by the tests/cli_*.sh end-to-end tests;
# sourced, never run.  Needs PA_TESTSERVER (the pa_testserver binary) and a
# fail() function defined by the sourcing script.

# start_test_server PORTFILE [pa_testserver options...]
# Starts pa_testserver on an ephemeral loopback port with the given options
# (--root DIR, --log FILE, ...), waits up to 5 s for it to write PORTFILE,
# and sets server_pid and port.  Fails the test if the server never listens.
start_test_server() {
  local portfile=$1
  shift
  "${PA_TESTSERVER:?}" --port 0 --port-file "$portfile" "$@" &
  server_pid=$!
  local _
  for _ in $(seq 100); do [ -s "$portfile" ] && break; sleep 0.05; done
  [ -s "$portfile" ] || { kill "$server_pid" 2>/dev/null; fail "pa_testserver ($*) did not start within 5 s"; }
  port=$(cat "$portfile")
}
