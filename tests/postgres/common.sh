# shellcheck shell=bash
# Shared by start.sh and stop.sh (sourced, not run): how to run a command as the user that
# owns the private PostgreSQL server.
#
# PostgreSQL refuses to run as root. When the tests run as root, the server runs as an
# unprivileged system user (see start.sh); otherwise it runs as whoever runs the tests. The
# variable server_user names that user; as_server_user runs a command as them.

# Environment variables such as PGHOST, PGPORT, PGUSER or PGDATA (from a developer's shell)
# would steer our psql and pg_ctl towards some other server: forget them all.
for pg_variable in $(compgen -e | grep '^PG' || true); do
    unset "$pg_variable"
done
unset pg_variable

as_server_user() {
    if (( EUID != 0 )) || [[ ${server_user:?} == root ]]; then
        "$@"
    elif command -v setpriv >/dev/null 2>&1; then
        # setpriv (util-linux) switches user and groups without PAM or a login shell, so a
        # system user with /usr/sbin/nologin as its shell is fine. HOME is set to a directory
        # the user can read, so that nothing complains about root's home.
        HOME=/ setpriv --reuid="$server_user" --regid="$(id -g "$server_user")" --init-groups \
            -- "$@"
    else
        HOME=/ runuser -u "$server_user" -- "$@"
    fi
}

# Refuses to go on unless DIR is safe to (re)create and remove: it must not exist yet, be
# empty, or be one that start.sh made (it holds the marker file .palaver-postgres). This keeps
# a mistyped DIR from being wiped by "rm -rf".
check_dir_is_ours() {
    local dir=$1
    [[ -n $dir && $dir != / ]] || {
        echo "postgres: refusing to use '$dir' as the server's directory" >&2
        exit 2
    }
    if [[ -e $dir && ! -e $dir/.palaver-postgres ]] &&
        [[ ! -d $dir || -n $(ls -A "$dir") ]]; then
        echo "postgres: $dir exists and was not made by tests/postgres/start.sh;" \
            "not touching it" >&2
        exit 2
    fi
}
