#!/usr/bin/env bash
# Screenshots of the GUI for every classroom scenario in scenarios/teaching/: installs Xvfb if it is
# missing (Debian: apt-get install xvfb), opens each scenario's GUI on a virtual 1366x768 display (a
# classroom projector), plays MONTHS months (default 24) with the scenario's seed, saves the map window
# to docs/teaching/<name>.png, the chart window to docs/teaching/<name>-chart.png and the whole screen
# (Console, map and chart as a class sees them) to docs/teaching/<name>-screen.png, and fails if any
# picture is blank (fewer than 64 distinct colours). Usage: scripts/gui-screenshots.sh [NAME...]
set -euo pipefail

HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"
MONTHS="${MONTHS:-24}"
MIN_COLOURS=64

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "gui-screenshots: installing Xvfb" >&2
  apt-get update -qq && apt-get install -y -qq xvfb >/dev/null
fi

./constellation --version >/dev/null   # builds the jar if the sources changed

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in scenarios/teaching/*.yaml; do names+=("$(basename "$f" .yaml)"); done
fi

mkdir -p docs/teaching
log="$(mktemp)"
for name in "${names[@]}"; do
  echo "gui-screenshots: $name ($MONTHS months)" >&2
  if ! xvfb-run -a -s "-screen 0 1366x768x24" ./constellation gui "teaching/$name" \
      --screenshot "docs/teaching/$name.png" --months "$MONTHS" >"$log" 2>&1; then
    cat "$log" >&2
    echo "gui-screenshots: $name failed" >&2
    exit 1
  fi
  java scripts/ImageCheck.java "$MIN_COLOURS" "docs/teaching/$name.png" "docs/teaching/$name-chart.png" \
    "docs/teaching/$name-screen.png"
done
rm -f "$log"
