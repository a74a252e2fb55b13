#!/usr/bin/env bash
# Renders resources/icons/palaver.svg into every raster icon the platforms use, and commits
# nothing by itself: run after changing the SVG, and commit what it writes.
#  - Linux: resources/icons/hicolor/<size>x<size>/apps/palaver.png, 16 to 512
#  - Windows: resources/palaver.ico with 16, 24, 32, 48, 64 and 256
#  - macOS: resources/icons/palaver.icns with 16 to 1024 (the @2x sizes are the next size up;
#    the build makes its own .icns with iconutil where that exists)
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../resources"

for size in 16 22 24 32 48 64 128 256 512; do
    dir="icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" icons/palaver.svg --output "$dir/palaver.png"
done
convert icons/hicolor/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/palaver.png palaver.ico

# 1024 is only for the .icns (512@2x): no hicolor directory holds it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 1024 --height 1024 icons/palaver.svg --output "$tmp/palaver-1024.png"
png2icns icons/palaver.icns icons/hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/palaver.png \
    "$tmp/palaver-1024.png"
