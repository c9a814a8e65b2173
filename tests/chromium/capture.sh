#!/usr/bin/env bash
# capture.sh — print what real Chromium logs to the console for a test page.
#
# Usage:  tests/chromium/capture.sh tests/pages/<family>/<name>.js [> tests/pages/<family>/<name>.expected]
#
# What it does:
#   * serves the page's folder on 127.0.0.1 (a free port) with
#       Cross-Origin-Opener-Policy: same-origin / Cross-Origin-Embedder-Policy: require-corp
#     (unless isolation is off, see Environment)
#     (capture_server.py, next to this script), under the host name "localhost" (a secure context, as
#     the harness's http://localhost/);
#   * loads PAGE itself when it is an .html file; for a .js page, http://localhost:<port>/__capture__.html, an empty HTML document whose only content is
#     <script src="/<name>.js"></script> (a classic script, like the harness does);
#   * runs headless Chromium with the project's flags and --virtual-time-budget (5000 ms of virtual
#     time by default; override with CAPTURE_BUDGET_MS=...), so timers and promises settle;
#   * prints the text of every console message (INFO:CONSOLE records of --enable-logging=stderr), in
#     order, one message per line. A message containing newlines prints on several lines, exactly as
#     its text. Quotes inside messages are kept as they are.
#   * Chromium's stderr only carries each message's arguments stringified (String(arg) joined with
#     spaces, no %-substitution, no object previews): pages must log strings only.
#
# Environment: CHROMIUM (default: chromium), CAPTURE_BUDGET_MS (default 5000), CAPTURE_KEEP_LOG=path
# (keep Chromium's raw stderr there, for debugging), CAPTURE_ISOLATION=off (serve WITHOUT the COOP/COEP
# headers, so crossOriginIsolated is false; default: on). A page whose first line contains
# "harness: --isolation off" (the marker PagesTest honours) is always served without them.
# CAPTURE_REALTIME_MS=N: no virtual time; Chromium runs the page for N ms of real time (then is stopped).
# Virtual time races ahead whenever the window's thread is idle, so a page that waits for workers is cut
# off after a few messages; such pages put "capture: realtime" in one of their first 3 lines (10000 ms).
# Exit status: non-zero when the page does not exist or Chromium fails to start.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  sed -n '2,/^set -e/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
page_dir="$(cd "$(dirname "$1")" && pwd)"
page="$(basename "$1")"
chromium="${CHROMIUM:-chromium}"
budget="${CAPTURE_BUDGET_MS:-5000}"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

isolation="${CAPTURE_ISOLATION:-on}"
if head -n 1 "$1" | grep -q 'harness: --isolation off'; then isolation=off; fi
case "$isolation" in on|off) ;; *) echo "capture.sh: CAPTURE_ISOLATION must be on or off" >&2; exit 2;; esac

mkfifo "$work/port"
CAPTURE_ISOLATION="$isolation" python3 "$here/capture_server.py" serve "$page_dir" "$page" > "$work/port" &
server_pid=$!
read -r port < "$work/port"
if [ -z "$port" ]; then echo "capture.sh: the server did not start" >&2; exit 1; fi

# An .html page is loaded as it is; a .js page runs in the generated empty document.
case "$page" in *.html) entry="$page" ;; *) entry="__capture__.html" ;; esac
realtime="${CAPTURE_REALTIME_MS:-}"
if [ -z "$realtime" ] && head -n 3 "$1" | grep -q 'capture: realtime'; then realtime=10000; fi
if [ -n "$realtime" ]; then
  # No --dump-dom (it returns at the load event): the browser stays up until timeout stops it.
  timing=(); runner=(timeout -s INT "$(awk "BEGIN { print $realtime / 1000 }")")
else
  timing=(--virtual-time-budget="$budget" --dump-dom); runner=()
fi
set +e
"${runner[@]}" "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
  "${timing[@]}" "http://localhost:$port/$entry" \
  > /dev/null 2> "$work/stderr"
status=$?
set -e
if [ -n "$realtime" ] && [ $status -eq 124 ]; then status=0; fi
if [ -n "${CAPTURE_KEEP_LOG:-}" ]; then cp "$work/stderr" "$CAPTURE_KEEP_LOG"; fi
if [ $status -ne 0 ]; then
  echo "capture.sh: chromium exited with status $status" >&2
  tail -n 20 "$work/stderr" >&2
  exit 1
fi
python3 "$here/capture_server.py" parse < "$work/stderr"
