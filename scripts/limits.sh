#!/usr/bin/env bash
# Big inputs kogloss must survive (issue 5, "Limits"): a 100 MB English file, a 2 GB file, a glossary of
# 200,000 concepts. Too slow for `swift test` (the 10,000-deep TBX/TMX/HTML and 5 MB paragraph cases are
# in Tests/KoglossCLITests/HardenLimitsTests.swift). Generated data goes to a temp folder (about 2.2 GB,
# removed at the end); nothing is committed.
#
#   scripts/limits.sh [CASE...]     cases: english100m file2g concepts200k (default: all)
#   LIMITS_TIMEOUT=120 scripts/limits.sh file2g     a shorter timeout per command
#
# Uses the release build (.build/release/kogloss, built if missing). Each command runs under
# `timeout` (LIMITS_TIMEOUT seconds, default 900) and /usr/bin/time; a line per command reports exit
# status, seconds, peak memory and the first line of stderr. Fails if a command crashes (signal) or times out.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
kogloss="$root/.build/release/kogloss"
limit="${LIMITS_TIMEOUT:-900}"
[ -x "$kogloss" ] || swift build --package-path "$root" -c release --product kogloss >&2
work="$(mktemp -d "${TMPDIR:-/tmp}/kogloss-limits.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$root/glossary" glossary
failed=0

# run LABEL COMMAND...: one report line; a signal (status > 128) or timeout (124) is a failure.
run() {
  local label="$1"; shift
  local status=0
  /usr/bin/time -f "%e %M" -o time.txt timeout "$limit" "$@" > out.txt 2> err.txt || status=$?
  read -r seconds kb < <(tail -1 time.txt)
  local message; message="$(grep -v '^Command exited' err.txt | head -1 | cut -c1-150 || true)"
  [ -n "$message" ] || message="$(head -1 out.txt | cut -c1-150 || true)"
  printf '%-34s status=%-3s %7ss %6s MB  %s\n' "$label" "$status" "$seconds" "$((kb / 1024))" "$message"
  if [ "$status" -eq 124 ] || [ "$status" -gt 128 ]; then failed=1; echo "  ^ crash or hang" >&2; fi
}

# English article text: the seed articles' paragraphs repeated, blank lines between, up to BYTES.
english_file() { # bytes path
  python3 - "$1" "$2" "$root/seeds" <<'PY'
import glob, sys
size, path, seeds = int(sys.argv[1]), sys.argv[2], sys.argv[3]
paras = []
for f in sorted(glob.glob(seeds + "/*.txt")):
    if not f.endswith(".ko.txt"):
        paras += [p.strip() for p in open(f, encoding="utf-8").read().split("\n") if len(p.strip()) > 40]
block = ("\n\n".join(paras) + "\n\n").encode()
with open(path, "wb") as out:
    written = 0
    while written < size:
        chunk = block[: size - written]
        if len(chunk) < len(block):
            chunk = chunk[: chunk.rfind(b"\n") + 1] or b"\n" * len(chunk)   # end on a line break, valid UTF-8
        out.write(chunk)
        written += len(chunk)
PY
}

korean=$(ls "$root"/seeds/*.ko.txt | head -1)

case_english100m() {
  english_file $((100 * 1024 * 1024)) big.txt
  echo "== 100 MB English file ($(du -h big.txt | cut -f1))"
  run "lint 100 MB" "$kogloss" lint big.txt --glossary glossary --format json
  run "align 100 MB with a Korean seed" "$kogloss" align big.txt "$korean" --format json
  run "import 100 MB pair" "$kogloss" import big.txt "$korean" --store c.sqlite
  rm -f big.txt c.sqlite*
}

case_file2g() {
  english_file $((2 * 1024 * 1024 * 1024)) huge.txt
  ln huge.txt huge.tbx; ln huge.txt huge.csv; ln huge.txt huge.tmx; ln huge.txt huge.html
  echo "== 2 GB file ($(du -h huge.txt | cut -f1))"
  run "lint 2 GB" "$kogloss" lint huge.txt --glossary glossary
  run "align 2 GB" "$kogloss" align huge.txt "$korean"
  run "import 2 GB pair" "$kogloss" import huge.txt "$korean" --store c.sqlite
  run "lookup --glossary 2 GB .tbx" "$kogloss" lookup 전략군 --glossary huge.tbx
  run "glossary import 2 GB .csv" "$kogloss" glossary import huge.csv --glossary g2.tbx
  run "import --tmx 2 GB" "$kogloss" import --tmx huge.tmx --store c.sqlite
  run "align 2 GB .html" "$kogloss" align huge.html "$korean"
  rm -f huge.* c.sqlite* g2.tbx
}

case_concepts200k() {
  python3 - <<'PY'
import random
random.seed(2026)
syll = [chr(0xAC00 + i) for i in range(0, 11172, 37)]
words = "army force bureau command ministry province party committee security border guard unit office".split()
with open("big.tbx", "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
              '<tbxHeader><fileDesc><sourceDesc><p>generated</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n')
    for i in range(200_000):
        ko = "".join(random.choice(syll) for _ in range(random.randint(2, 5)))
        en = " ".join(random.choice(words).capitalize() for _ in range(random.randint(1, 3))) + f" {i}"
        out.write(f'<conceptEntry id="c{i}"><langSec xml:lang="ko"><termSec><term>{ko}</term></termSec></langSec>'
                  f'<langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec></conceptEntry>\n')
    out.write('</body></text></tbx>\n')
PY
  mkdir big && cp big.tbx big/big.tbx
  echo "== 200,000 concepts ($(du -h big.tbx | cut -f1) of TBX)"
  run "glossary stats 200k" "$kogloss" glossary stats --glossary big.tbx
  run "lookup 200k" "$kogloss" lookup "Army Force 17" --glossary big.tbx
  run "glossary add to 200k (folder)" "$kogloss" glossary add --ko 국경경비총국 --en "General Bureau of Border Guards" --glossary big
  run "lint a seed against 200k" "$kogloss" lint "$root/seeds/000_31914b20eae98fcb.txt" --glossary big.tbx
  run "import a seed pair with 200k" "$kogloss" import "$root/seeds/000_31914b20eae98fcb.txt" "$root/seeds/000_31914b20eae98fcb.ko.txt" --glossary big.tbx --store c.sqlite
  rm -rf big big.tbx c.sqlite*
}

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(english100m file2g concepts200k)
for c in "${cases[@]}"; do "case_$c"; done
exit "$failed"
