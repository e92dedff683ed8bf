#!/usr/bin/env bash
# Installs the system packages Glose needs on Debian/Ubuntu, only those missing.
#   scripts/deps.sh run    what building and running the desktop app needs
#   scripts/deps.sh test   that plus what the test suite runs (Xvfb, xmllint, OmegaT, Node.js, the FreeDict dictionary,
#                          D-Bus and gnome-keyring for the API keys in a real Secret Service)
# As root it installs directly; otherwise it asks before using sudo.
set -euo pipefail

build=(gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev)
test=(xvfb xauth libxml2-utils omegat dict-freedict-fra-eng dbus gnome-keyring)
# Tools that may come from elsewhere than Debian (a newer Node.js, Go from go.dev): needed only when the
# command is missing.
commands=(go:golang-go) # an older Go fetches the toolchain go.mod names by itself
[ "${1:-run}" = test ] && commands+=(node:nodejs npm:npm)

want=("${build[@]}")
[ "${1:-run}" = test ] && want+=("${test[@]}")

missing=()
for p in "${want[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
for c in "${commands[@]}"; do
	command -v "${c%%:*}" >/dev/null 2>&1 || missing+=("${c#*:}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Glose needs these system packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" != 0 ]; then
	if [ -t 0 ]; then
		read -r -p "Install them with sudo apt-get? [y/N] " answer
		case "$answer" in [yY]*) ;; *) echo "Not installing; install them yourself and run again." >&2; exit 1 ;; esac
	fi
	sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
