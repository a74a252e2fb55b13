#!/usr/bin/env bash
# Stops the private PostgreSQL server that start.sh DIR started, and removes DIR: stop.sh DIR
#
# CTest runs this as the test "postgres_stop" (the cleanup of the fixture "postgres"), after
# every test that used the server, whether they passed or not; start.sh runs it first too, to
# clear what an interrupted run left. Nothing to stop (no DIR, PostgreSQL not installed, a
# server that never started) is fine. Exits non-zero only when the server would not stop.
set -euo pipefail

dir=${1:?usage: stop.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/postgres/common.sh
source "$here/common.sh"

[[ -e $dir ]] || exit 0
check_dir_is_ours "$dir"
dir=$(cd "$dir" && pwd)
cd / # not inside what is about to be removed

status=0
server_root=
if [[ -f $dir/server-root && -f $dir/server-user && -f $dir/bindir ]]; then
    server_root=$(<"$dir/server-root")
    server_user=$(<"$dir/server-user")
    bindir=$(<"$dir/bindir")
    data=$server_root/data
    if [[ -f $data/postmaster.pid ]]; then
        # "fast": disconnect the clients, roll back what they were doing, shut down cleanly.
        # Should that not finish in time, "immediate" (no clean shutdown; the data is thrown
        # away anyway), and as a last resort SIGKILL for the postmaster, by the process id it
        # wrote, after checking that the process is still a postgres of the server user.
        if ! as_server_user "$bindir/pg_ctl" --pgdata="$data" --mode=fast --wait --timeout=60 \
            stop; then
            as_server_user "$bindir/pg_ctl" --pgdata="$data" --mode=immediate --wait \
                --timeout=30 stop || true
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            if [[ $pid =~ ^[0-9]+$ ]] &&
                [[ $(ps -o comm= -p "$pid" 2>/dev/null) == postgres* ]] &&
                [[ $(ps -o user= -p "$pid" 2>/dev/null) == "$server_user" ]]; then
                echo "postgres: the server (pid $pid) would not stop; killing it" >&2
                kill -KILL "$pid" || true
                status=1
            fi
        fi
    fi
fi

rm -rf "$dir"
# When the server's files were in /tmp (see start.sh), remove them too.
if [[ -n $server_root && $server_root != "$dir" && $server_root == /tmp/palaver-postgres.* ]]
then
    rm -rf "$server_root"
fi
exit "$status"
