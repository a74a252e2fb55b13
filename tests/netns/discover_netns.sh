#!/usr/bin/env bash
# A server in one network namespace, a client in another, joined by a veth pair: the client
# finds the server by LAN discovery alone (broadcast query, unicast answer) and chats with it.
# Needs root and iproute2; otherwise it says why and exits 77, which CTest reports as skipped.
set -euo pipefail
server=$1
probe=$2

skip() {
    echo "SKIPPED: $*"
    exit 77
}
[[ $(id -u) == 0 ]] || skip "creating network namespaces needs root (run the tests as root)"
command -v ip >/dev/null || skip "iproute2 (the ip command) is not installed"

tag=$$
server_ns=palaver-s-$tag
client_ns=palaver-c-$tag
work=$(mktemp -d)
cleanup() {
    [[ -n ${server_pid:-} ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    ip netns del "$server_ns" 2>/dev/null || true
    ip netns del "$client_ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
ip netns add "$server_ns" 2>"$work/err" ||
    skip "this machine does not allow network namespaces: $(cat "$work/err")"
ip netns add "$client_ns"
ip link add "pvs$tag" type veth peer name "pvc$tag"
ip link set "pvs$tag" netns "$server_ns"
ip link set "pvc$tag" netns "$client_ns"
ip -n "$server_ns" addr add 10.73.50.1/24 dev "pvs$tag"
ip -n "$client_ns" addr add 10.73.50.2/24 dev "pvc$tag"
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set "pvs$tag" up
ip -n "$client_ns" link set "pvc$tag" up

ip netns exec "$server_ns" "$server" --name "netns server $tag" --data-dir "$work/data" \
    --no-metrics >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    grep -q "announcing" "$work/server.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.1
done
grep -q "announcing" "$work/server.log" || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }

echo "server in $server_ns at 10.73.50.1; client in $client_ns at 10.73.50.2"
if ! ip netns exec "$client_ns" "$probe" --name "netns server $tag" --timeout 15; then
    echo "server log:"
    cat "$work/server.log"
    exit 1
fi
grep -q 'joined as "probe"' "$work/server.log" || { echo "the server never saw the probe"; exit 1; }
echo "discovered and chatted across two network namespaces"
