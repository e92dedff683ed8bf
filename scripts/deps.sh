#!/usr/bin/env bash
# Installs the system packages Glose needs on Debian/Ubuntu, only those missing.
#   scripts/deps.sh run    what building and running the desktop app needs
#   scripts/deps.sh test   that plus what the test suite runs (Xvfb, xmllint, OmegaT, Node.js, the FreeDict dictionary,
#                          D-Bus and gnome-keyring for the API keys in a real Secret Service)
# As root it installs directly; otherwise it asks before using sudo (from a terminal; without one, as in
# CI, it uses sudo). Then it makes sure the go found can build go.mod's version (go_toolchain).
set -euo pipefail

# ca-certificates: the go command fetches the Go modules (and, below, the Go toolchain) over HTTPS.
build=(ca-certificates gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev)
test=(xvfb xauth libxml2-utils omegat dict-freedict-fra-eng dbus gnome-keyring)
# Tools that may come from elsewhere than Debian (a newer Node.js, Go from go.dev): needed only when the
# command is missing.
commands=(go:golang-go) # an older Go is made up for by go_toolchain below
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
# go_toolchain makes sure the go the Makefile runs can build this module. go.mod names a newer Go than
# Debian 12 (1.19) or Ubuntu 22.04 (1.18) ship; a go of 1.21 or later fetches that one by itself, but an
# older one cannot even read go.mod ("invalid go version '1.26.8'"). For it, the toolchain is fetched
# as Go 1.21 fetches it (the module golang.org/toolchain, checked against sum.golang.org, into the
# module cache) and linked as .tools/bin/go and gofmt, which the Makefile puts first on the PATH.
go_toolchain() {
	local root want have dir
	root=$(cd "$(dirname "$0")/.." && pwd)
	want=$(awk '$1 == "toolchain" { t = $2 } $1 == "go" { g = "go" $2 } END { print (t ? t : g) }' "$root/go.mod")
	[[ $want =~ ^go1\.[0-9]+$ ]] && want=$want.0
	PATH=$root/.tools/bin:$PATH
	have=$(cd / && go env GOVERSION)
	[ "$(printf '%s\n' "${have#go}" "${want#go}" | sort -V | head -n 1)" = "${want#go}" ] && return 0 # as new as go.mod's
	if [ "$(printf '%s\n' "${have#go}" 1.21 | sort -V | head -n 1)" = 1.21 ] && [ "$(cd / && go env GOTOOLCHAIN)" != local ]; then
		return 0 # it switches to go.mod's by itself
	fi
	local mod
	mod=golang.org/toolchain@v0.0.1-$want.$(cd / && go env GOOS)-$(cd / && go env GOARCH)
	echo "Glose needs $want; $have cannot fetch it by itself: fetching $mod"
	# Outside the repository: go.mod's version is what this go cannot read.
	(cd / && GO111MODULE=on GOFLAGS= go mod download "$mod")
	dir=$(cd / && go env GOMODCACHE)/$mod
	# The module cache keeps no execute bits; go 1.21 sets them so on first use too.
	chmod -R a+x "$dir/bin" "$dir/pkg/tool"
	mkdir -p "$root/.tools/bin"
	ln -sf "$dir/bin/go" "$root/.tools/bin/go"
	ln -sf "$dir/bin/gofmt" "$root/.tools/bin/gofmt"
	echo "Linked $root/.tools/bin/go ($("$root/.tools/bin/go" version))"
}

if [ ${#missing[@]} -gt 0 ]; then
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
fi
go_toolchain
