#!/usr/bin/env bash
# Quick start: installs what is missing, builds Palaver, and runs a server on this machine
# (history in its default data directory) plus a client window connected to it. Without a
# display only the server runs, in the foreground. Extra arguments go to palaver-server.
set -euo pipefail
cd "$(dirname "$0")"

bash packaging/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALAVER_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j "$(nproc)"

server=build/release/server/palaver-server
client=build/release/client/palaver
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running only the server. Stop it with Ctrl+C."
    exec "$server" "$@"
fi

"$server" "$@" &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
# The client retries by itself until the server is up, so there is nothing to wait for.
port=7350
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    [[ "${args[i]}" == "--port" ]] && port="${args[i + 1]:-7350}"
    [[ "${args[i]}" == --port=* ]] && port="${args[i]#--port=}"
done
"$client" --server "localhost:$port" --nick "${PALAVER_NICK:-${USER:-me}}"
