#!/usr/bin/env bash
# Makes the Linux packages (.deb and .tar.gz) from a build directory, as a release would, into
# a temporary directory, and checks that each holds what an installation needs: both programs,
# the systemd unit (naming the installed server), the menu entry, its icons and the AppStream
# metadata; and that the .deb depends on what the programs load at run time.
#   package_contents.sh CPACK BUILD_DIR
# Needs dpkg-deb (Debian and Ubuntu have it); otherwise it says why and exits 77, which CTest
# reports as skipped.
set -euo pipefail
cpack=$1
build=$2

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIPPED: dpkg-deb is not installed (it comes with dpkg, on Debian and Ubuntu)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# expect LISTING REGEX WHAT: some line of LISTING (a file) matches the extended REGEX.
expect() {
    grep -Eq -- "$2" "$1" || fail "$(basename "$1" .list) has no $3 (no path matching $2)"
}

cd "$build"
for generator in DEB TGZ; do
    if ! "$cpack" -G "$generator" -B "$work/out" >"$work/cpack-$generator.log" 2>&1; then
        cat "$work/cpack-$generator.log"
        fail "cpack -G $generator failed"
        exit 1
    fi
done
shopt -s nullglob
debs=("$work"/out/palaver_*.deb)
tgzs=("$work"/out/palaver-*.tar.gz)
((${#debs[@]} == 1)) || { ls "$work/out"; fail "expected one .deb"; exit 1; }
((${#tgzs[@]} == 1)) || { ls "$work/out"; fail "expected one .tar.gz"; exit 1; }
deb=${debs[0]}
tgz=${tgzs[0]}
echo "made $(basename "$deb") and $(basename "$tgz")"

# File lists, one path a line, without the leading "./" or the tarball's top directory.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./||' >"$work/deb.list"
tar -tzf "$tgz" | sed 's|^[^/]*/||' >"$work/tgz.list"

check_contents() { # LISTING PREFIX
    local list=$1 prefix=$2
    expect "$list" "^${prefix}bin/palaver$" "client program ${prefix}bin/palaver"
    expect "$list" "^${prefix}bin/palaver-server$" "server program ${prefix}bin/palaver-server"
    expect "$list" "^${prefix}lib/systemd/system/palaver-server\.service$" "systemd unit"
    expect "$list" "^${prefix}share/applications/org\.palaver\.Palaver\.desktop$" ".desktop file"
    expect "$list" "^${prefix}share/icons/hicolor/scalable/apps/palaver\.svg$" "scalable icon"
    expect "$list" "^${prefix}share/icons/hicolor/48x48/apps/palaver\.png$" "48x48 icon"
    expect "$list" "^${prefix}share/icons/hicolor/256x256/apps/palaver\.png$" "256x256 icon"
    expect "$list" "^${prefix}share/metainfo/org\.palaver\.Palaver\.metainfo\.xml$" \
        "AppStream metainfo"
}
check_contents "$work/deb.list" usr/
check_contents "$work/tgz.list" usr/local/

# The unit starts the server where each package puts it.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/lib/systemd/system/palaver-server.service \
    >"$work/deb.service" 2>/dev/null || true
grep -q '^ExecStart=/usr/bin/palaver-server' "$work/deb.service" ||
    fail "the .deb's unit does not start /usr/bin/palaver-server"
tar -xzOf "$tgz" --wildcards '*/usr/local/lib/systemd/system/palaver-server.service' \
    >"$work/tgz.service" 2>/dev/null || true
grep -q '^ExecStart=/usr/local/bin/palaver-server' "$work/tgz.service" ||
    fail "the tarball's unit does not start /usr/local/bin/palaver-server"

# What dpkg must install with it: the libraries the programs link (found by dpkg-shlibdeps)
# and the plugins they load at run time (named in cmake/Packaging.cmake).
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for package in libqt6sql6-sqlite libqt6websockets6 libqt6network6 libqt6widgets6; do
    [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] ||
        fail "the .deb does not depend on $package"
done
for package in libqt6sql6-psql fonts-noto-color-emoji; do
    [[ ", $recommends," == *", $package,"* || ", $recommends," == *", $package "* ]] ||
        fail "the .deb does not recommend $package"
done
[[ $(dpkg-deb -f "$deb" Package) == palaver ]] || fail "the .deb's package is not named palaver"

if ((failures > 0)); then
    echo "contents of the .deb:"
    cat "$work/deb.list"
    exit 1
fi
echo "both packages hold the programs, the unit, the menu entry, the icons and the metadata"
