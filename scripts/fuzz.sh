#!/usr/bin/env bash
# Runs kogloss's libFuzzer targets (Fuzz/ package) under AddressSanitizer, seeded from the test fixtures.
#
#   scripts/fuzz.sh --list                  the targets
#   scripts/fuzz.sh TARGET SECONDS [ARGS]   build, seed and fuzz one target (extra ARGS go to libFuzzer)
#   scripts/fuzz.sh all SECONDS             every target in turn, SECONDS each (CI: `scripts/fuzz.sh all 20`)
#   scripts/fuzz.sh --build                 build the targets only
#   scripts/fuzz.sh --repro TARGET FILE...  run a target once on saved inputs (a crash file, a fixture)
#
# Linked with lld: gold fails on the sanitized objects (internal error in dwarf_reader.cc).
# Environment: FUZZ_CONFIG=release|debug (default release: -O keeps Swift's bounds and overflow checks and
# runs several times faster than debug), FUZZ_CORPUS=DIR to keep and grow the corpus between runs (default:
# a fresh temp folder seeded each time), FUZZ_RUNS=N to also stop after N executions, FUZZ_ARTIFACTS=DIR
# where crash/leak/timeout inputs are written (default Fuzz/artifacts).
# Exit status: 0 when every run ended without a crash, leak, timeout or out-of-memory; 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
config="${FUZZ_CONFIG:-release}"
scratch="$fuzz/.build-fuzz"
artifacts="${FUZZ_ARTIFACTS:-$fuzz/artifacts}"
fixtures="$root/Tests/Fixtures"
own="$fixtures/fuzz"

targets=(decode tbx tmx config csv html paragraphs align matcher lint)

# Targets are listed here in one place; those whose code has not landed yet are skipped when their
# source folder is missing, so the script keeps working while the branches merge.
available_targets() {
  local t
  for t in "${targets[@]}"; do
    [ -d "$fuzz/Sources/fuzz-$t" ] && echo "$t"
  done
}

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

swift_build() {
  swift build --package-path "$fuzz" --scratch-path "$scratch" -c "$config" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld \
    -Xcc -fsanitize=fuzzer-no-link,address > "$scratch.log" 2>&1
}

build() {
  echo "fuzz.sh: building the fuzz targets ($config, -sanitize=fuzzer,address)..." >&2
  mkdir -p "$scratch"
  if ! swift_build && grep -q "missing inputs" "$scratch.log"; then
    # SwiftPM keeps the build plan of the root package (a path dependency) after one of its files was
    # deleted; drop the plan and build again.
    rm -f "$scratch/$config.yaml" "$scratch/$config/description.json"
    swift_build || true
  fi
  grep -E "error|warning: unre|Build" "$scratch.log" >&2 || true
  local t
  for t in $(available_targets); do
    [ -x "$scratch/$config/fuzz-$t" ] || { echo "fuzz.sh: build failed: fuzz-$t missing" >&2; exit 1; }
  done
}

# Copies fixture files into the corpus folder; NAME-PREFIX keeps names unique.
seed_files() { # dir prefix files...
  local dir="$1" prefix="$2"; shift 2
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    cp "$f" "$dir/$prefix-$(basename "$f")"
  done
}

# Writes `english NUL korean` seeds for the two-text targets from the article pairs in the fixtures.
seed_pairs() { # dir
  local dir="$1" en ko base n=0
  for en in "$fixtures"/align-eval/*.en.txt "$fixtures"/lint/pairs/*.txt "$root"/seeds/*.txt; do
    case "$en" in *.ko.txt) continue ;; esac
    base="${en%.txt}"; base="${base%.en}"
    ko="$base.ko.txt"
    [ -f "$ko" ] || continue
    n=$((n + 1))
    { cat "$en"; printf '\0'; cat "$ko"; } > "$dir/pair-$n-$(basename "$base")"
  done
}

seed() { # target dir
  local t="$1" dir="$2"
  case "$t" in
    decode | paragraphs)
      seed_files "$dir" en "$fixtures"/align-eval/*.txt "$root"/seeds/*.txt
      seed_files "$dir" lint "$fixtures"/lint/pairs/0*.txt ;;
    tbx)
      seed_files "$dir" fixture "$fixtures"/glossary/*.tbx "$fixtures"/lint/glossary.tbx
      seed_files "$dir" shared "$root"/../shared/tbx/*.tbx ;;
    tmx) seed_files "$dir" fixture "$fixtures"/corpus/tmx/*.tmx ;;
    config) seed_files "$dir" fixture $(find "$fixtures" -name '.kogloss.yml' -o -name '*.yml' | grep -v '/fuzz/') ;;
    csv) seed_files "$dir" fixture $(find "$fixtures" \( -name '*.csv' -o -name '*.tsv' \) | grep -v '/fuzz/') ;;
    html) seed_files "$dir" fixture $(find "$fixtures" "$root/seeds" -name '*.html' | grep -v '/fuzz/') ;;
    align | matcher | lint) seed_pairs "$dir" ;;
  esac
  # Hand-written seeds and every crash input found so far (so a regression is caught at once).
  [ -d "$own/seeds/$t" ] && seed_files "$dir" own "$own/seeds/$t"/*
  [ -d "$own/crashes" ] && seed_files "$dir" crash "$own/crashes/$t"-* 
  # libFuzzer needs at least one input.
  [ -n "$(ls -A "$dir")" ] || printf 'x' > "$dir/empty-seed"
}

summary_file=""

run_target() { # target seconds [libFuzzer args]
  local t="$1" seconds="$2"; shift 2
  local bin="$scratch/$config/fuzz-$t"
  [ -x "$bin" ] || { echo "fuzz.sh: unknown or unbuilt target '$t' (see --list)" >&2; return 1; }
  local corpus="${FUZZ_CORPUS:-}"
  local tmp; tmp="$(mktemp -d "${TMPDIR:-/tmp}/kogloss-fuzz-$t.XXXXXX")"
  if [ -n "$corpus" ]; then corpus="$corpus/$t"; else corpus="$tmp/corpus"; fi
  mkdir -p "$corpus" "$artifacts"
  seed "$t" "$corpus"
  local dict=() name="$t"
  case "$t" in decode | paragraphs | align | matcher | lint) name=text ;; esac
  [ -f "$fuzz/Dictionaries/$name.dict" ] && dict=(-dict="$fuzz/Dictionaries/$name.dict")
  local runs=()
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  local log="$tmp/fuzz.log" status=0
  echo "fuzz.sh: fuzz-$t for ${seconds}s (corpus $corpus, log $log)" >&2
  # The Swift runtime backtracer reads memory ASan reports as bad: let libFuzzer and ASan report crashes.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}" \
  "$bin" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -max_len="${FUZZ_MAX_LEN:-16384}" -artifact_prefix="$artifacts/$t-" -print_final_stats=1 \
    "${dict[@]}" "${runs[@]}" "$@" > "$log" 2>&1 || status=$?
  local execs cov ft corp
  execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)"
  cov="$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)"
  ft="$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)"
  corp="$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | awk '{print $2}' || true)"
  local verdict="ok"
  if [ "$status" -ne 0 ]; then
    verdict="FAILED (exit $status)"
    grep -E "ERROR: |SUMMARY: |Fatal error|precondition|artifact_prefix|Test unit written" "$log" | head -20 >&2
    echo "fuzz.sh: full log: $log" >&2
  else
    rm -rf "$tmp"
  fi
  local line
  line="$(printf '%-11s %-18s execs=%-9s cov=%-6s ft=%-6s corpus=%-12s seconds=%s' \
    "$t" "$verdict" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$seconds")"
  echo "$line"
  [ -n "$summary_file" ] && echo "$line" >> "$summary_file"
  return "$status"
}

[ $# -ge 1 ] || usage
case "$1" in
  --list) available_targets; exit 0 ;;
  --build) build; exit 0 ;;
  --repro)
    [ $# -ge 3 ] || usage
    t="$2"; shift 2
    build
    SWIFT_BACKTRACE=enable=no exec "$scratch/$config/fuzz-$t" -runs=1 "$@" ;;
  -h | --help) usage ;;
esac
[ $# -ge 2 ] || usage
target="$1" seconds="$2"; shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number" >&2; exit 2; }
build
if [ "$target" = all ]; then
  failed=0
  summary_file="$(mktemp)"
  for t in $(available_targets); do run_target "$t" "$seconds" "$@" >/dev/null || failed=1; done
  echo "== fuzz summary (${seconds}s per target)"
  cat "$summary_file"; rm -f "$summary_file"
  exit "$failed"
fi
run_target "$target" "$seconds" "$@"
