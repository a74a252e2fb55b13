#!/usr/bin/env bash
# Takes the screenshots the README and the user guide show, as people see the app: a demo
# server with a seeded conversation (docs/screenshots/seed.mjs), the client in a virtual X
# display (xvfb-run), each window captured with ImageMagick's import. Installs what is missing,
# builds in BUILD_DIR (default build/screenshots) and writes docs/screenshots/*.png:
#   main-light.png, main-dark.png  the main window as alice, in the light and the dark theme
#   rooms.png                      the same as main-light.png, for the user guide
#   connect-dialog.png             the Connect to Server dialog of a first start
#   settings.png                   the Settings dialog
#   search.png                     the Search Messages window with the results for a query
#   mentions.png                   the Mentions window
#   direct-message.png             the direct conversation carol started, with its New messages line
#   new-messages.png               #release scrolled to the bottom, under the "N new messages" bar
#   reconnecting.png               the server gone, a message waiting to be sent
#   not-recovered.png              the server back with an empty database, the message delivered
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
    # The server may have been restarted by a shot (see server_start), so not one of pids.
    [[ -f $scratch/server.pid ]] && kill "$(cat "$scratch/server.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export build scratch port out

# server_start DATA / server_stop: the demo server, with its history in $scratch/DATA. They are
# also handed to the shots (see shot), which stop and restart it to show a lost connection; so
# the server's pid is kept in a file, not in a variable of this shell.
server_start() {
    "$build/server/palaver-server" --listen 127.0.0.1 --port "$port" --data-dir "$scratch/$1" \
        --name "Office LAN" --no-discovery --no-metrics --log-level warning &
    echo $! >"$scratch/server.pid"
    # Nothing to wait for but the port: the seed (or the client) must not find it closed.
    for _ in $(seq 100); do
        python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])))' \
            "$port" 2>/dev/null && return
        sleep 0.1
    done
    echo "the server did not start" >&2
    return 1
}
server_stop() {
    local pid
    pid=$(cat "$scratch/server.pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

server_start data
node docs/screenshots/seed.mjs "ws://127.0.0.1:$port/" >"$scratch/seed.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    grep -q seeded "$scratch/seed.log" && break
    sleep 0.2
done
grep -q seeded "$scratch/seed.log" || { cat "$scratch/seed.log" >&2; exit 1; }

# What the STEPS of a shot can do, in the client's display. `press` and `write` go to the
# window that has the keyboard focus: without a window manager that is the window Qt last
# activated (the main window, or the dialog it just opened).
steps_library() {
    # press KEY...: presses each key (xdotool key names), giving the app a second for each.
    press() {
        local key
        for key in "$@"; do
            xdotool key "$key"
            sleep 1
        done
    }
    # write TEXT: types TEXT. xdotool reads it in the locale's encoding, and en_GB.UTF-8 (the
    # client's) need not be installed.
    write() {
        LC_ALL=C.UTF-8 xdotool type --delay 30 "$1"
        sleep 0.5
    }
    # focus TITLE: waits for the window whose title matches TITLE (a regular expression) and
    # gives it the keyboard focus.
    focus() {
        xdotool windowfocus --sync "$(xdotool search --sync --onlyvisible --name "$1" | tail -n 1)"
        sleep 0.5
    }
    # scroll_log NOTCHES: turns the mouse wheel down over the chat log, then moves the pointer
    # away so that no line shows as hovered.
    scroll_log() {
        xdotool mousemove --window "$main" 500 300 click --repeat "$1" --delay 30 5
        xdotool mousemove 1279 799
        sleep 1
    }
    # snap NAME TITLE: captures the window whose title matches TITLE as $out/NAME.png.
    snap() {
        import -window "$(xdotool search --sync --onlyvisible --name "$2" | tail -n 1)" \
            "$out/$1.png"
        echo "wrote $out/$1.png"
    }
}

# shot HOME THEME CONNECT STEPS: starts the client with a home of its own, $scratch/home-HOME
# (remembering server and nickname when CONNECT is 1; THEME "light" or "dark"), waits for its
# main window, gives it the focus, and runs STEPS (bash, with the functions of steps_library,
# server_start and server_stop, and $main, the main window's id), which take the screenshots.
shot() {
    local name=$1 theme=$2 connect=$3 steps=$4
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
    # The functions go in as text: xvfb-run is a sh script, which need not pass exported bash
    # functions on.
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_RUNTIME_DIR="$home" LANG=en_GB.UTF-8 LANGUAGE=en \
        xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
            set -euo pipefail
            eval "$3"
            "$build/client/palaver" >"$1/client.log" 2>&1 &
            client=$!
            xdotool mousemove 1279 799 # out of the window: no hover effects
            main=$(xdotool search --sync --onlyvisible --name "Palaver" | head -n 1)
            # Not --sync: with a modal dialog up (the Connect dialog of a first start) the focus
            # goes to the dialog instead, and would be waited for in vain.
            xdotool windowfocus "$main"
            sleep 3 # the history arrives and the window settles: there is no event to wait for
            eval "$2"
            kill "$client"
        ' shot "$home" "$steps" "$(declare -f steps_library server_start server_stop); steps_library"
}

# The main window's title: "#general — alice @ 127.0.0.1:PORT — Palaver".
main_title=" @ 127\.0\.0\.1"
shot main-light light 1 "snap main-light '$main_title'"
cp "$out/main-light.png" "$out/rooms.png"
echo "wrote $out/rooms.png"
shot main-dark dark 1 "snap main-dark '$main_title'"
shot connect-dialog light 0 "snap connect-dialog 'Connect to a Palaver Server'"
shot settings light 1 "press ctrl+comma; snap settings '^Settings'"
shot search light 1 "press ctrl+f; focus '^Search Messages\$'; write 'release notes'; press Return
                     snap search '^Search Messages\$'"
shot mentions light 1 "press ctrl+shift+m; snap mentions '^Mentions\$'"
# The rooms are general, design, release, then the direct conversations: carol is the one
# before general.
shot direct-message light 1 "press alt+Up; snap direct-message '$main_title'"
# #release opens at its New messages line, since its 40-odd new messages don't fit; at the
# bottom the line is above the screen and the bar at the top of the log counts them.
shot new-messages light 1 "press alt+Down alt+Down; scroll_log 60
                           snap new-messages '$main_title'"
# Last, as they take the server away from the shots above: it stops while alice is connected,
# she writes a message that waits in her outbox, and it comes back with an empty database (a
# new data directory), so her messages since the last connection can't be recovered. F5
# reconnects at once rather than at the next retry.
shot connection light 1 "server_stop; sleep 2; write 'Is the server down for everyone? 🤔'
                         press Return; sleep 1; snap reconnecting '$main_title'
                         server_start data-new; press F5; sleep 3
                         snap not-recovered '$main_title'"
