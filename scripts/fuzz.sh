#!/usr/bin/env bash
# Fuzzes the engine with cargo-fuzz (libFuzzer): each target in fuzz/fuzz_targets runs for
# SECONDS (default 60), one after another, on one core.
#
#   ./scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Installs what is missing first (a nightly toolchain, cargo-fuzz), skipping what is there.
# The corpus (fuzz/corpus) grows across runs and is not committed; crashing inputs land in
# fuzz/artifacts/TARGET/ — add each as a test in crates/engine/tests/regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(analyze decode visible_text)
fi

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "installing cargo-fuzz (light profile)"
    # A light profile: the default one (LTO, one codegen unit) takes far longer on 2 cores.
    export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=64
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

# Seed each corpus with real text so the fuzzer starts from news rather than from nothing.
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/$target"
    if [ ! -d "$corpus" ]; then
        mkdir -p "$corpus"
        cp samples/brown-a01.txt "$corpus/brown-a01"
        head -c 4000 samples/brown-a01.txt > "$corpus/brown-head"
        printf '%s' '“It works. It is fast,” she said. Sen. Chuck Schumer spoke in the U.S. Capitol.' > "$corpus/quote"
        printf '%s' '<html><head><title>T</title><script>x</script></head><p>One &ldquo;two&rdquo;<br>three &#233;</p>' > "$corpus/html"
    fi
done

status=0
for target in "${targets[@]}"; do
    echo "== fuzzing $target for ${seconds}s"
    # -jobs=1 -workers=1: the machine is shared (libFuzzer then logs to fuzz/fuzz-0.log).
    # -max_len: 4 KB holds several paragraphs of quotes and entities and runs a few hundred
    # inputs a second; at 64 KB it ran 40 (set FUZZ_MAX_LEN to change it). The timeout catches
    # superlinear paths: no input this size should take a second.
    rm -f fuzz/fuzz-0.log
    found=0
    if ! (cd fuzz && cargo +nightly fuzz run "$target" -- \
        -max_total_time="$seconds" -jobs=1 -workers=1 -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1); then
        found=1
    fi
    if [ -f fuzz/fuzz-0.log ]; then
        grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|new_units_added))' fuzz/fuzz-0.log || true
        if grep -qE 'ERROR: libFuzzer|panicked|Test unit written' fuzz/fuzz-0.log; then
            grep -E -m5 'ERROR: libFuzzer|panicked|Test unit written' fuzz/fuzz-0.log
            found=1
        fi
        mv fuzz/fuzz-0.log "fuzz/artifacts/$target.log" 2>/dev/null || { mkdir -p fuzz/artifacts && mv fuzz/fuzz-0.log "fuzz/artifacts/$target.log"; }
    fi
    if [ $found -ne 0 ]; then
        status=1
        echo "!! $target found a problem: see fuzz/artifacts/$target/ and fuzz/artifacts/$target.log"
    fi
done
exit $status
