#!/usr/bin/env bash
# Starts a private PostgreSQL server for the tests: start.sh DIR
#
# CTest runs this as the test "postgres_start" (the setup of the fixture "postgres", see
# tests/CMakeLists.txt) and tests/postgres/stop.sh DIR afterwards. Nothing here touches the
# machine's own PostgreSQL clusters: the server has a data directory of its own, listens on
# 127.0.0.1 only, on a free port picked at random, with its Unix socket inside DIR.
#
# What it leaves in DIR for the tests (read by tests/testdatabase.cpp):
#   url          postgresql://palaver@127.0.0.1:PORT/palaver
#   password     the password of the role "palaver" (mode 0600, no trailing newline)
#   env          PALAVER_TEST_DATABASE_URL=... and PALAVER_TEST_DATABASE_PASSWORD_FILE=...
#                (for a shell: set -a; . DIR/env; set +a)
#   unavailable  only when PostgreSQL is not installed: why there is no server. The script
#                then exits 0, and the tests that need the server skip with that reason (or
#                fail, under PALAVER_REQUIRE_POSTGRES=1, as in CI).
# and for stop.sh: server-user, bindir, server-root (where data/, sock/ and server.log are:
# DIR itself, or a directory in /tmp when DIR is out of the server user's reach).
#
# The role "palaver" is no superuser; it may create databases, so that every test makes its
# own. Host connections need its password (scram-sha-256); the only other way in is the Unix
# socket (mode 0700), for the user the server runs as, as the superuser "postgres" (peer
# authentication), used here once, to create the role and the database "palaver".
#
# Starting twice on one DIR stops the first server. Several DIRs (several build directories)
# may have servers at the same time: each picks its own port, and tries another one when the
# port turns out to be taken.
set -euo pipefail

dir=${1:?usage: start.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/postgres/common.sh
source "$here/common.sh"

# A server left over by an interrupted run (CTest killed, a crash) would hold the port and the
# data directory: stop it and start afresh.
check_dir_is_ours "$dir"
bash "$here/stop.sh" "$dir"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
touch "$dir/.palaver-postgres" # marks DIR as ours, for check_dir_is_ours
chmod 0755 "$dir"              # the server user must be able to enter it

unavailable() {
    printf '%s\n' "$*" >"$dir/unavailable"
    echo "postgres: no server for the tests: $*"
    exit 0
}

# --- Where are PostgreSQL's programs? --------------------------------------------------------
# Debian and Ubuntu keep each major version's server programs in /usr/lib/postgresql/N/bin
# (not on PATH); take the newest. Elsewhere (Fedora, Arch, Homebrew, a self-built server)
# initdb is on PATH. Last, ask pg_config (from libpq-dev, so it may be missing, and it may
# name a client-only directory, which the check below rejects).
find_bindir() {
    local candidates=() bindir
    # (sort -V: 9.6 before 10; without a match the pattern stays as it is, and fails below)
    mapfile -t candidates < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -r -V)
    if command -v initdb >/dev/null 2>&1; then
        candidates+=("$(dirname "$(readlink -f "$(command -v initdb)")")")
    fi
    if command -v pg_config >/dev/null 2>&1; then
        candidates+=("$(pg_config --bindir 2>/dev/null || true)")
    fi
    for bindir in "${candidates[@]}"; do
        if [[ -n $bindir && -x $bindir/initdb && -x $bindir/pg_ctl && -x $bindir/postgres ]]; then
            echo "$bindir"
            return 0
        fi
    done
    return 1
}
bindir=$(find_bindir) ||
    unavailable "PostgreSQL is not installed (no initdb, pg_ctl and postgres in" \
        "/usr/lib/postgresql/*/bin or on PATH): run packaging/install-deps.sh --tests"
psql=$bindir/psql
[[ -x $psql ]] || psql=$(command -v psql) ||
    unavailable "PostgreSQL's psql is not installed (needed next to $bindir/postgres):" \
        "run packaging/install-deps.sh --tests"

# --- Who runs the server? --------------------------------------------------------------------
# PostgreSQL refuses to run as root. As root, use the system user palaver-test (made here the
# first time: no home, no login shell), or nobody if it can't be made; otherwise whoever runs
# the tests. Two fixtures starting at once may both try useradd: the loser sees the user the
# winner made.
if (( EUID != 0 )); then
    server_user=$(id -un)
else
    server_user=palaver-test
    for attempt in 1 2 3; do
        id -u "$server_user" >/dev/null 2>&1 && break
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin --comment "Palaver tests' private PostgreSQL" \
            "$server_user" >/dev/null 2>&1 || sleep "$attempt"
    done
    id -u "$server_user" >/dev/null 2>&1 || server_user=nobody
fi

# --- Where does it keep its files? -----------------------------------------------------------
# In DIR, unless the server user can't reach DIR (a build directory under root's 0700 home,
# say) or the socket's path would be too long for a Unix socket (PostgreSQL's limit is 107
# bytes): then in a fresh directory in /tmp, with symbolic links from DIR.
server_root=$dir
socket_in_dir=$dir/sock/.s.PGSQL.65535
if ! as_server_user test -x "$dir" || (( ${#socket_in_dir} > 100 )); then
    server_root=$(mktemp -d /tmp/palaver-postgres.XXXXXX)
fi
mkdir -p "$server_root/data" "$server_root/sock"
: >"$server_root/server.log"
chmod 0700 "$server_root/data" "$server_root/sock"
if [[ $server_root != "$dir" ]]; then
    chmod 0700 "$server_root"
    ln -s "$server_root/data" "$dir/data"
    ln -s "$server_root/server.log" "$dir/server.log"
fi
if (( EUID == 0 )); then
    chown "$server_user:" "$server_root/data" "$server_root/sock" "$server_root/server.log"
    [[ $server_root == "$dir" ]] || chown "$server_user:" "$server_root"
fi
# What stop.sh needs, written before anything is started so that it can always clean up.
printf '%s\n' "$server_user" >"$dir/server-user"
printf '%s\n' "$bindir" >"$dir/bindir"
printf '%s\n' "$server_root" >"$dir/server-root"
data=$server_root/data
sock=$server_root/sock
log=$server_root/server.log
cd "$server_root" # the server user's commands should not start in a directory it can't read

# From here on, a failure shows what PostgreSQL said and stops whatever was started.
stage=initdb # what was being done, for on_exit
on_exit() {
    local status=$?
    (( status == 0 )) && return
    echo "postgres: starting the private server in $server_root failed ($stage)" >&2
    local logs=("$log")
    [[ $stage == initdb ]] && logs=("$server_root/initdb.log")
    [[ $stage == "starting the server" ]] && logs=("$server_root/pg_ctl.log" "$log")
    for file in "${logs[@]}"; do
        if [[ -s $file ]]; then
            echo "---- $file" >&2
            tail -n 50 "$file" >&2
        fi
    done
    if [[ -f $data/postmaster.pid ]]; then
        as_server_user "$bindir/pg_ctl" --pgdata="$data" --mode=immediate --wait stop \
            >/dev/null 2>&1 || true
    fi
}
trap on_exit EXIT

# --- A new cluster ---------------------------------------------------------------------------
# Its superuser is "postgres" (whoever the server user is: were it the server user's name, a
# developer called palaver would clash with the role below); UTF-8 and the C locale, whatever
# the environment's locale.
as_server_user "$bindir/initdb" --pgdata="$data" --username=postgres --encoding=UTF8 \
    --locale=C --auth-local=peer --auth-host=scram-sha-256 --no-sync \
    >"$server_root/initdb.log" 2>&1

# Settings for a fast, throw-away server: nothing is flushed to disk, since a crash only loses
# test data. Enough connections for many tests (each with a few) at once.
quoted_sock=${sock//\'/\'\'}
cat >>"$data/postgresql.conf" <<EOF

# ---- Palaver's private test server (tests/postgres/start.sh) ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$quoted_sock'
unix_socket_permissions = 0700
max_connections = 300
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
EOF

# Who may connect, and how. The first matching line decides; anything else is refused. On the
# socket, the server user (and only they: peer authentication, and the map "owner" below) as
# the superuser postgres; on 127.0.0.1, the role palaver with its password.
cat >"$data/pg_hba.conf" <<EOF
# TYPE  DATABASE  USER      ADDRESS       METHOD
local   all       postgres                peer map=owner
host    all       palaver   127.0.0.1/32  scram-sha-256
EOF
cat >"$data/pg_ident.conf" <<EOF
# MAPNAME  SYSTEM-USERNAME  PG-USERNAME
owner      $server_user     postgres
EOF

# --- Start it, on a free port ----------------------------------------------------------------
# A random port from 15432 to 31431 (below Linux's usual range of ephemeral ports, where
# outgoing connections take theirs), skipping one where something answers. Another program,
# or another build directory's fixture, may still take it first: then PostgreSQL can't bind,
# and the next attempt tries another port.
stage="starting the server"
port_is_free() {
    ! timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}
port=
for attempt in $(seq 1 20); do
    candidate=$((15432 + RANDOM % 16000))
    port_is_free "$candidate" || continue
    : >"$log"
    if as_server_user "$bindir/pg_ctl" --pgdata="$data" --log="$log" --options="-p $candidate" \
        --wait --timeout=60 start >"$server_root/pg_ctl.log" 2>&1; then
        port=$candidate
        break
    fi
    if grep -qE 'could not bind|already in use|could not create any TCP/IP sockets' "$log"; then
        echo "postgres: port $candidate is taken; trying another"
        continue
    fi
    exit 1 # on_exit shows the logs
done
[[ -n $port ]] || {
    echo "postgres: found no free port in 20 attempts" >&2
    exit 1
}

# --- The role and the database the tests use --------------------------------------------------
# A random password of 32 hex digits: nothing in it needs quoting. It goes to psql on its
# standard input, not on a command line that other users could see.
stage="creating the role and the database"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
as_server_user "$psql" -X -q -v ON_ERROR_STOP=1 --host="$sock" --port="$port" \
    --username=postgres --dbname=postgres >/dev/null <<EOF
CREATE ROLE palaver LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD '$password';
CREATE DATABASE palaver OWNER palaver;
EOF

# --- Tell the tests --------------------------------------------------------------------------
# The password file is readable by the user who runs the tests (and so this script) only.
url="postgresql://palaver@127.0.0.1:$port/palaver"
(umask 077 && printf '%s' "$password" >"$dir/password")
printf '%s=%q\n' PALAVER_TEST_DATABASE_URL "$url" \
    PALAVER_TEST_DATABASE_PASSWORD_FILE "$dir/password" >"$dir/env"
printf '%s\n' "$port" >"$dir/port"
printf '%s\n' "$url" >"$dir/url" # last: its presence means the server is ready

version=$("$bindir/postgres" --version)
echo "postgres: $version for the tests at $url, running as $server_user, files in $server_root"
