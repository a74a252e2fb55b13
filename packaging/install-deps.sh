#!/usr/bin/env bash
# Installs what building (and, with --tests, testing; with --fuzz, fuzzing) Palaver needs on
# Debian 12 or Ubuntu 24.04+ (Qt 6.4 or newer), and nothing that is already there. Uses sudo when not run as root.
set -euo pipefail

want_tests=0
want_fuzz=0
for arg in "$@"; do
    case "$arg" in
    --tests) want_tests=1 ;;
    --fuzz) want_fuzz=1 ;;
    *) echo "install-deps: unknown option $arg (known: --tests, --fuzz)" >&2; exit 2 ;;
    esac
done

# libqt6sql6-sqlite and libqt6sql6-psql: Qt's SQLite and PostgreSQL drivers, which the server
# loads at run time to keep its history.
packages=(cmake ninja-build g++ qt6-base-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev
          qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
          libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qtkeychain-qt6-dev
          fonts-noto-color-emoji)
if (( want_tests )); then
    # postgresql: the server programs (initdb, pg_ctl, postgres) for the private server that
    # tests/postgres/start.sh starts. Installing it may also create and start the system's
    # own cluster; the tests never use that one.
    packages+=(clang-format postgresql)
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if (( want_fuzz )); then
    packages+=(clang libclang-rt-14-dev) # libFuzzer and the sanitizer runtimes
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
(( ${#missing[@]} == 0 )) && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this script knows Debian and Ubuntu only; please install: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if (( EUID != 0 )); then
    command -v sudo >/dev/null 2>&1 || {
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
