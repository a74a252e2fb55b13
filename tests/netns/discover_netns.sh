#!/usr/bin/env bash
# A server in one network namespace, a client in another, joined by a veth pair: the client
# finds the server by LAN discovery alone and chats with it through the app's own connection.
#   discover_netns.sh SERVER PROBE [ipv4|ipv6|listen]
# ipv4 (the default): IPv4 addresses only; discovery by broadcast query, unicast answer.
# ipv6: IPv6 link-local addresses only, no IPv4 at all; discovery by multicast to ff02::7350,
# and the chat goes to a link-local address, which only works with its scope (the interface).
# listen: IPv4, with servers that each listen on one address. The server's interface has two
# addresses and it listens on the second, so it must answer from that one; another server in
# the same namespace listens on an interface the client can't reach, so must not answer it.
# Needs root and iproute2; otherwise it says why and exits 77, which CTest reports as skipped.
set -euo pipefail
server=$1
probe=$2
family=${3:-ipv4}

skip() {
    echo "SKIPPED: $*"
    exit 77
}
case "$family" in
ipv4 | ipv6 | listen) ;;
*) echo "discover_netns.sh: unknown family $family (known: ipv4, ipv6, listen)" >&2; exit 2 ;;
esac
[[ $(id -u) == 0 ]] || skip "creating network namespaces needs root (run the tests as root)"
command -v ip >/dev/null || skip "iproute2 (the ip command) is not installed"

tag=$$
server_ns=palaver-s-$tag
client_ns=palaver-c-$tag
work=$(mktemp -d)
cleanup() {
    [[ -n ${server_pid:-} ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [[ -n ${hidden_pid:-} ]] && kill "$hidden_pid" 2>/dev/null && wait "$hidden_pid" 2>/dev/null
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
if [[ $family == ipv4 ]]; then
    ip -n "$server_ns" addr add 10.73.50.1/24 dev "pvs$tag"
    ip -n "$client_ns" addr add 10.73.50.2/24 dev "pvc$tag"
    where="10.73.50.1 and 10.73.50.2"
elif [[ $family == listen ]]; then
    ip -n "$server_ns" addr add 10.73.50.1/24 brd + dev "pvs$tag"
    ip -n "$server_ns" addr add 10.73.50.5/24 brd + dev "pvs$tag" # secondary: never the default
    ip -n "$client_ns" addr add 10.73.50.2/24 dev "pvc$tag"
    # A network only the server's namespace is on: both ends of a second pair stay there.
    ip link add "pvh$tag" type veth peer name "pvx$tag"
    ip link set "pvh$tag" netns "$server_ns"
    ip link set "pvx$tag" netns "$server_ns"
    ip -n "$server_ns" addr add 10.73.60.1/24 dev "pvh$tag"
    ip -n "$server_ns" link set "pvh$tag" up
    ip -n "$server_ns" link set "pvx$tag" up
    where="10.73.50.5 (the server's second address) and 10.73.50.2"
else
    [[ -e /proc/net/if_inet6 ]] || skip "this kernel has no IPv6"
    for ns in "$server_ns" "$client_ns"; do
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 \
            net.ipv6.conf.default.disable_ipv6=0
    done
    # Fixed link-local addresses instead of the kernel's own, and no duplicate address
    # detection, so that they are usable at once rather than "tentative" for a second or two.
    ip -n "$server_ns" link set "pvs$tag" addrgenmode none
    ip -n "$client_ns" link set "pvc$tag" addrgenmode none
    ip -n "$server_ns" addr add fe80::7350:1/64 dev "pvs$tag" nodad
    ip -n "$client_ns" addr add fe80::7350:2/64 dev "pvc$tag" nodad
    where="fe80::7350:1 and fe80::7350:2 (link-local only)"
fi
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set "pvs$tag" up
ip -n "$client_ns" link set "pvc$tag" up
if [[ $family == ipv6 ]]; then
    # Nothing but loopback may speak IPv4, or the test would prove nothing.
    if ip -n "$client_ns" -4 addr show dev "pvc$tag" | grep -q inet; then
        echo "the client's interface has an IPv4 address"
        exit 1
    fi
fi

# Waits for a server started in the background to say it is announcing.
wait_for_announcing() { # LOG PID
    for _ in $(seq 100); do
        grep -q "announcing" "$1" && return
        kill -0 "$2" 2>/dev/null || { cat "$1"; exit 1; }
        sleep 0.1
    done
    echo "the server did not start:"
    cat "$1"
    exit 1
}
listen=()
probe_args=(--family "${family/listen/ipv4}")
if [[ $family == listen ]]; then
    listen=(--listen 10.73.50.5)
    ip netns exec "$server_ns" "$server" --name "hidden $tag" --listen 10.73.60.1 --port 7361 \
        --data-dir "$work/hidden" --no-metrics >"$work/hidden.log" 2>&1 &
    hidden_pid=$!
    wait_for_announcing "$work/hidden.log" "$hidden_pid"
    probe_args+=(--absent "hidden $tag")
fi
ip netns exec "$server_ns" "$server" --name "netns server $tag" --data-dir "$work/data" \
    "${listen[@]}" --no-metrics >"$work/server.log" 2>&1 &
server_pid=$!
wait_for_announcing "$work/server.log" "$server_pid"

echo "server in $server_ns, client in $client_ns, at $where"
if ! ip netns exec "$client_ns" "$probe" --name "netns server $tag" "${probe_args[@]}" \
    --timeout 15 | tee "$work/probe.log"; then
    echo "server log:"
    cat "$work/server.log"
    [[ $family == listen ]] && { echo "log of the server on the other network:"; cat "$work/hidden.log"; }
    exit 1
fi
grep -q 'joined as "probe"' "$work/server.log" || { echo "the server never saw the probe"; exit 1; }
if [[ $family == ipv6 ]]; then
    grep -q '^found .*(fe80::7350:1%' "$work/probe.log" ||
        { echo "the server was not found at its scoped link-local address"; exit 1; }
    grep -q 'fe80::7350:2' "$work/server.log" ||
        { echo "the server did not see the probe come from its link-local address"; cat "$work/server.log"; exit 1; }
fi
if [[ $family == listen ]]; then
    grep -q '^found .*(10.73.50.5)' "$work/probe.log" ||
        { echo "the server was not found at the address it listens on"; exit 1; }
fi
echo "discovered and chatted across two network namespaces over $family"
