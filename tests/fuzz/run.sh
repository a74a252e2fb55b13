#!/usr/bin/env bash
# Fuzzes the protocol decoder with libFuzzer for SECONDS (default 60): installs Clang if it is
# missing, builds tests/fuzz in build/fuzz, seeds from every ```json example of
# docs/protocol.md plus a few edge cases, mutates with the tokens of tests/fuzz/protocol.dict,
# and keeps the corpus it grows in build/fuzz/corpus for the next run. Exits non-zero if the fuzzer found a crash or a broken property.
#   bash tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bash tests/fuzz/run.sh [SECONDS]" >&2
    exit 2
fi

build=build/fuzz
seeds="$build/seeds"
corpus="$build/corpus"
log="$build/fuzz.log"

bash packaging/install-deps.sh --fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DPALAVER_FUZZ=ON -DPALAVER_BUILD_CLIENT=OFF -DPALAVER_BUILD_TESTS=OFF \
    -DPALAVER_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_decode -j "$(nproc)"

# Seeds are made afresh each run: one file per example in the protocol document...
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus"
awk -v dir="$seeds" '
    in_block && /^```[ \t]*$/ { in_block = 0; close(file); next }
    in_block { print > file; next }
    /^```json$/ { file = sprintf("%s/doc-%02d.json", dir, ++n); in_block = 1 }
' docs/protocol.md
doc_seeds=$(find "$seeds" -name 'doc-*.json' | wc -l)
if (( doc_seeds == 0 )); then
    echo "fuzz: found no \`\`\`json examples in docs/protocol.md" >&2
    exit 1
fi

# ...and a few edge cases the examples don't show.
id=3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47
edge() { printf '%s' "$2" >"$seeds/edge-$1.json"; }
edge time-offsets "{\"type\":\"ack\",\"id\":\"${id^^}\",\"room\":\"general\",\"seq\":1.0,\"time\":\"2026-11-21T10:30:00.5+14:00\"}"
edge time-no-ms "{\"type\":\"presence\",\"room\":\"general\",\"nick\":\"bob\",\"event\":\"leave\",\"time\":\"0001-01-01T00:00Z\"}"
edge escapes "{\"type\":\"send\",\"id\":\"$id\",\"room\":\"general\",\"text\":\"\\ud83d\\ude00 \\ud800 a\\r\\nb\\rc\\t\\u0000\\u202e \\/\"}"
edge nick "{\"type\":\"hello\",\"protocol\":1,\"nick\":\" Ame\\u0301lie\\u200b \",\"client\":null,\"resume\":[{\"room\":\"general\",\"epoch\":\"e1\",\"seq\":0}]}"
edge numbers "{\"type\":\"fetch\",\"room\":\"general\",\"before\":9007199254740991,\"limit\":5e2}"
edge error "{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"\",\"id\":\"\"}"
edge history "{\"type\":\"history\",\"room\":\"general\",\"epoch\":\"e1\",\"messages\":[],\"hasMore\":false,\"recovered\":null,\"x\":[[[[[[[[[[[[[[\"]]\"]]]]]]]]]]]]]]}"
edge scalar '"hello"'
# What the fuzzer once found: a leave with an empty room decoded but did not round-trip.
edge leave-empty-room "{\"type\":\"presence\",\"room\":\"\",\"nick\":\"b\",\"event\":\"leave\",\"time\":\"0001-01-01T00:00Z\"}"
# A message whose text holds a lone surrogate, which has no UTF-8 and must stay an escape.
edge lone-surrogate "{\"type\":\"message\",\"room\":\"g\",\"seq\":42,\"id\":\"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47\",\"time\":\"2026-11-21T09:30:00Z\",\"nick\":\"bob\",\"text\":\"Ln\\udc00ale.\"}"
# And a leave carrying a status, which the encoder does not write for a leave.
edge leave-with-status "{\"type\":\"presence\",\"room\":\"general\",\"nick\":\"b\",\"event\":\"leave\",\"time\":\"0001-01-01T00:00Z\",\"status\":\"away\"}"

# libFuzzer writes what it finds to the first directory and only reads the others.
fuzzer="$build/tests/fuzz/fuzz_decode"
echo "fuzz: ${seconds} s on $fuzzer, $(find "$corpus" -type f | wc -l) inputs in $corpus," \
     "$(find "$seeds" -type f | wc -l) seeds ($doc_seeds from docs/protocol.md)"
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    -dict=tests/fuzz/protocol.dict -artifact_prefix="$build/" "$corpus" "$seeds" >"$log" 2>&1 ||
    status=$?

grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb):' "$log" || true
echo "fuzz: corpus now $(find "$corpus" -type f | wc -l) inputs; full log in $log"
if (( status != 0 )); then
    tail -n 40 "$log"
    echo "fuzz: FAILED (libFuzzer exit status $status); the input is saved as $build/crash-*" \
         "and replays with: $fuzzer $build/crash-..." >&2
    exit "$status"
fi
