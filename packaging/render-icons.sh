#!/usr/bin/env bash
# Renders resources/icons/palaver.svg into the PNGs that Linux menus and macOS's .icns use
# (resources/icons/hicolor/<size>x<size>/apps/palaver.png) and the Windows icon
# (resources/palaver.ico). Run after changing the SVG, and commit what it writes.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")/../resources"

for size in 16 32 48 64 128 256 512; do
    dir="icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" icons/palaver.svg --output "$dir/palaver.png"
done
convert icons/hicolor/{16x16,32x32,48x48,256x256}/apps/palaver.png palaver.ico
