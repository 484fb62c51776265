#!/usr/bin/env bash
# Screenshots of the classroom's pages for docs/teaching/: runs the browser test (a teacher and two
# players through three months of the Sahel in headless Chromium), which saves the teacher's page
# (classroom-teacher.png), a player's page (classroom-player.png), the same on a phone screen
# (classroom-phone.png), the debrief (classroom-debrief.png), the front page (classroom-index.png) and
# the page for a link that is not valid (classroom-invalid-link.png). Needs Chromium and its driver (Debian:
# apt-get install chromium chromium-driver; installed here if missing and run as root).
set -euo pipefail

HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HOME_DIR"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "classroom-screenshots: installing chromium and chromium-driver" >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

export SE_OFFLINE=true
mvn -B -q test -Dtest=ClassroomBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dclassroom.screenshots="$HOME_DIR/docs/teaching"
chmod 644 docs/teaching/classroom-*.png
ls -l docs/teaching/classroom-*.png
