#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, and runs the whole CTest suite (unit,
# server, GUI offscreen, and interoperability with the npm `ws` client).
#   --werror    treat compiler warnings as errors (CI does)
#   --sanitize  build and run under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")"

werror=OFF
sanitize=OFF
build=build/tests
for arg in "$@"; do
    case "$arg" in
    --werror) werror=ON ;;
    --sanitize) sanitize=ON; build=build/asan ;;
    *) echo "test.sh: unknown option $arg (known: --werror, --sanitize)" >&2; exit 2 ;;
    esac
done

bash packaging/install-deps.sh --tests
npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DPALAVER_WERROR="$werror" -DPALAVER_SANITIZE="$sanitize" >/dev/null
cmake --build "$build" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
if [[ "$sanitize" == ON ]]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
