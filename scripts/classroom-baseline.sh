#!/usr/bin/env bash
# The figures "What the automated baseline shows" of the play-* worksheets in docs/teaching/: for each seed,
# starts a classroom session (on a free port of this machine, in a temporary session folder), presses Start,
# resolves every month without any seat submitting (so every seat keeps its staff's plan: the class's run is
# the automated run), and prints the debrief's own figures as one JSON line per seed. Needs jq and curl.
#
#   scripts/classroom-baseline.sh "42 1 2 3 4 5" sahel --seats minusma,undp-mali --months 6
#
# The first argument is the seeds; the rest are the classroom command's arguments (no --session, --port or
# --seed). Each line holds: the watched and other metrics' means over the months played; the debrief's
# counts of pairs (a seat with redundant or complementary effort beside another actor on a need cell) and
# gaps; and, per seat, its effort, the shares of it that were redundant and complementary, the coverage of
# its cells in need and the share of those cell-months left with nothing done. With DEBRIEF_DIR set, the
# whole debrief of each seed (its lists of pairs and gaps too) is also saved there as debrief-<seed>.json.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seeds="$1"
shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for seed in $seeds; do
  out="$work/server-$seed.out"
  "$HOME_DIR/constellation" classroom "$@" --seed "$seed" --port 0 --session "$work/session-$seed" >"$out" 2>&1 &
  server=$!
  teacher=""
  for _ in $(seq 1 600); do
    teacher="$(grep -o 'http://[^ ]*/teach/[^ ]*' "$out" || true)"
    [ -n "$teacher" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$out" >&2; exit 2; }
    sleep 0.5
  done
  [ -n "$teacher" ] || { echo "classroom-baseline: the server printed no link" >&2; kill "$server"; exit 2; }
  api="${teacher/\/teach\//\/api\/teacher\/}"
  curl -sf -X POST -d '{}' "$api/start" >/dev/null
  while [ "$(curl -sf "$api" | jq -r '.session.status')" != "finished" ]; do
    curl -sf -X POST -d '{}' "$api/advance" >/dev/null
  done
  curl -sf "$api/debrief" >"$work/debrief-$seed.json"
  if [ -n "${DEBRIEF_DIR:-}" ]; then
    cp "$work/debrief-$seed.json" "$DEBRIEF_DIR/debrief-$seed.json"
  fi
  jq -c --arg seed "$seed" '{
      seed: ($seed | tonumber), months: .played,
      metrics: ([.metrics[] | {key: .name, value: .baseline_mean}] | from_entries),
      pairs: {redundant: .pairs.duplicated_count, complementary: .pairs.beside_count},
      gaps: {cells_left: .gaps.cells, out_of_reach: .gaps.out_of_reach},
      seats: ([.seats[] | {key: .id, value: {effort: .baseline.effort,
        redundant_share: (if .baseline.effort > 0 then .baseline.redundant / .baseline.effort else null end),
        complementary_share: (if .baseline.effort > 0 then .baseline.complementary / .baseline.effort else null end),
        coverage: .baseline.coverage,
        left_share: (if .baseline.cell_months > 0 then .baseline.cells_left / .baseline.cell_months else null end),
        cell_months: .baseline.cell_months, coordination: .baseline.coordination}}] | from_entries)}' \
    "$work/debrief-$seed.json"
  kill "$server"
  wait "$server" 2>/dev/null || true
done
