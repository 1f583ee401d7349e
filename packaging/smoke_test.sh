#!/usr/bin/env bash
# Smoke-test an installed ChipLens (the venv install, or the frozen build: dist/chiplens/chiplens, or
# usr/bin/chiplens of an unpacked .deb): run it as a user would, in a temporary data folder, and fail on
# a wrong answer or on unexpected stderr.
#   packaging/smoke_test.sh [path/to/chiplens]
set -euo pipefail
exe=${1:-chiplens}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
tmp=$(mktemp -d /tmp/chiplens-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "smoke test: $*" >&2; exit 1; }
clean_stderr() { grep -v -e 'propagateSizeHints' -e '^wrote ' "$1" || true; }  # 'wrote FILE': export's report

"$exe" --version | grep -qE '^ChipLens [0-9]+\.[0-9]+' || fail "--version"
"$exe" --data-dir "$tmp/d" compare 910c h100 --format json >"$tmp/c.json" 2>"$tmp/err" || fail "compare: $(cat "$tmp/err")"
python3 - "$tmp/c.json" <<'PY' || fail "compare JSON lacks the headline figures"
import json, sys
doc = json.load(open(sys.argv[1]))
m = {x["key"]: x for x in doc["metrics"]}
assert [v["display"] for v in m["bf16_dense"]["values"]] == ["752 TFLOPS", "989.4 TFLOPS"]
PY
[ -z "$(clean_stderr "$tmp/err")" ] || fail "unexpected stderr from compare: $(cat "$tmp/err")"
"$exe" --data-dir "$tmp/d" export data -o "$tmp/all.csv" 2>"$tmp/err" || fail "export: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/all.csv")" -gt 400 ] || fail "export wrote too few rows"
"$exe" --data-dir "$tmp/d" export compare 910c h100 -o "$tmp/c.png" 2>"$tmp/err" || fail "export compare: $(cat "$tmp/err")"
[ -z "$(clean_stderr "$tmp/err")" ] || fail "unexpected stderr from export compare: $(cat "$tmp/err")"
python3 "$(dirname "$0")/png_check.py" "$tmp/c.png" 600 300 || fail "export compare wrote no real PNG"
timeout 60 "$exe" --data-dir "$tmp/d" --quit-when-ready chart 2>"$tmp/err" || fail "--quit-when-ready: $(tail -3 "$tmp/err")"
[ -z "$(clean_stderr "$tmp/err")" ] || fail "unexpected stderr from the window: $(cat "$tmp/err")"
if "$exe" --data-dir "$tmp/d" compare no-such-chip h100 >/dev/null 2>"$tmp/err"; then fail "unknown device accepted"; fi
grep -q Traceback "$tmp/err" && fail "traceback on an unknown device"
echo "smoke test passed: $exe"
