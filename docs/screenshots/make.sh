#!/usr/bin/env bash
# Takes the screenshots the README shows, as people see the app: a demo server with a seeded
# conversation (docs/screenshots/seed.mjs), the client in a virtual X display (xvfb-run), each
# window captured with ImageMagick's import. Installs what is missing, builds in BUILD_DIR
# (default build/screenshots) and writes docs/screenshots/*.png:
#   main-light.png, main-dark.png  the main window as alice, in the light and the dark theme
#   connect-dialog.png             the Connect to Server dialog of a first start
#   settings.png                   the Settings dialog
#   bash docs/screenshots/make.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/screenshots}
out=docs/screenshots

bash packaging/install-deps.sh
missing=()
for pair in xvfb-run:xvfb import:imagemagick xdotool:xdotool node:nodejs npm:npm \
            python3:python3; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if (( ${#missing[@]} )); then
    sudo=""
    (( EUID == 0 )) || sudo=sudo
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
[[ -f tests/interop/node_modules/ws/package.json ]] ||
    (cd tests/interop && npm ci --silent --no-audit --no-fund)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALAVER_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target palaver palaver-server

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$build/server/palaver-server" --listen 127.0.0.1 --port "$port" --data-dir "$scratch/data" \
    --name "Office LAN" --no-discovery --no-metrics --log-level warning &
pids+=($!)
node docs/screenshots/seed.mjs "ws://127.0.0.1:$port/" >"$scratch/seed.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    grep -q seeded "$scratch/seed.log" && break
    sleep 0.2
done
grep -q seeded "$scratch/seed.log" || { cat "$scratch/seed.log" >&2; exit 1; }

# shot NAME THEME CONNECT KEYS TITLE: starts the client with a home of its own (remembering
# server and nickname when CONNECT is 1; THEME "light" or "dark"), waits for its main window,
# presses KEYS (xdotool key names, may be empty), and captures the window whose title matches
# TITLE (a regular expression) as $out/NAME.png.
shot() {
    local name=$1 theme=$2 connect=$3 keys=$4 title=$5
    local home="$scratch/home-$name"
    mkdir -p "$home/.config/Palaver"
    chmod 700 "$home"
    {
        echo "[appearance]"
        echo "theme=$theme"
        if (( connect )); then
            echo "[connection]"
            echo "server=127.0.0.1:$port"
            echo "nick=alice"
        fi
    } >"$home/.config/Palaver/palaver.conf"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_RUNTIME_DIR="$home" LANG=en_GB.UTF-8 LANGUAGE=en \
        xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
            set -euo pipefail
            "$1" >"$2/client.log" 2>&1 &
            client=$!
            main=$(xdotool search --sync --onlyvisible --name "Palaver" | head -n 1)
            sleep 3 # the history arrives and the window settles: there is no event to wait for
            for key in $4; do
                xdotool windowfocus --sync "$main"
                xdotool key "$key"
                sleep 1
            done
            target=$(xdotool search --sync --onlyvisible --name "$5" | tail -n 1)
            import -window "$target" "$3"
            kill "$client"
        ' shot "$build/client/palaver" "$home" "$out/$name.png" "$keys" "$title"
    echo "wrote $out/$name.png"
}

shot main-light light 1 "" " @ 127\.0\.0\.1"
shot main-dark dark 1 "" " @ 127\.0\.0\.1"
shot connect-dialog light 0 "" "Connect to a Palaver Server"
shot settings light 1 "ctrl+comma" "^Settings"
