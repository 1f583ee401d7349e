#!/usr/bin/env bash
# Start ChipLens on a real X display (Xvfb, Qt's xcb platform, not offscreen) as a user starts it, and fail
# unless its window paints: offscreen runs hide missing libraries of the xcb platform plugin.
#   packaging/display_check.sh path/to/chiplens SCREENSHOT.png [WIDTHxHEIGHT]
# Two runs: `--quit-when-ready chart` must exit 0 once the comparison and its chart are painted; then the
# window is started plainly, waited for, photographed, the picture checked for content, and the window closed.
set -euo pipefail
exe=$1 shot=$2 size=${3:-1440x900}
tmp=$(mktemp -d /tmp/chiplens-display.XXXXXX)
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "display check: $*" >&2; exit 1; }

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display QT_QPA_PLATFORM=xcb
timeout 20 sh -c 'until xdpyinfo >/dev/null 2>&1; do sleep 0.1; done' || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"

timeout 90 "$exe" --data-dir "$tmp/d" --quit-when-ready chart 2>"$tmp/err" \
  || fail "--quit-when-ready chart on the xcb platform failed: $(tail -5 "$tmp/err")"

"$exe" --data-dir "$tmp/d" 2>"$tmp/err2" &
app_pid=$!
timeout 90 xdotool search --sync --onlyvisible --name 'ChipLens$' >"$tmp/wid" \
  || fail "no ChipLens window appeared: $(tail -5 "$tmp/err2")"
sleep 2  # let the first paint and the chart settle before the picture
/usr/bin/import -display "$display" -window root "$shot" || fail "screenshot failed"
python3 "$(dirname "$0")/png_check.py" "$shot" || fail "the screenshot is (nearly) blank: the window did not paint"
xdotool windowfocus --sync "$(head -1 "$tmp/wid")" 2>/dev/null && xdotool key ctrl+q || true
(sleep 30; kill "$app_pid" 2>/dev/null) &
watchdog=$!
wait "$app_pid" || fail "the window did not close cleanly on Ctrl+Q: $(tail -5 "$tmp/err2")"
app_pid=""
kill "$watchdog" 2>/dev/null || true
echo "display check passed: $exe painted on $display ($size, xcb); screenshot $shot"
