#!/usr/bin/env bash
# The checks behind `make test`, in stages: lint, unit, gui.
set -euo pipefail
cd "$(dirname "$0")/.."
go=${GO:-go}
# Every package but the desktop app's main, the only one that needs cgo and a GL driver.
mapfile -t nogui < <(CGO_ENABLED=0 $go list -e ./... 2>/dev/null | grep -v '/cmd/glose$')

lint() {
	echo "== gofmt"
	bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.tools/*'))
	if [ -n "$bad" ]; then echo "gofmt would change: $bad"; exit 1; fi
	echo "== build and vet without cgo (everything but cmd/glose)"
	CGO_ENABLED=0 $go build "${nogui[@]}"
	CGO_ENABLED=0 $go vet "${nogui[@]}"
	echo "== staticcheck"
	CGO_ENABLED=0 staticcheck "${nogui[@]}"
}

unit() {
	echo "== tools the tests drive (ajv for the JSON schemas of the exports)"
	if [ -f tools/ajv/package-lock.json ]; then (cd tools/ajv && npm ci --no-audit --no-fund --loglevel=error); fi
	# Some tests read corpora and the official XLIFF 2 schema and TMX DTD from ../shared beside the
	# repository, where CI lays them, and skip without them: a passing run says so, as a fresh clone has none.
	for d in ../shared/data ../shared/schemas; do
		[ -d "$d" ] || echo "note: $d not found beside the repository: the tests that read it are skipped"
	done
	echo "== go test -race"
	# The app's tests take about 13 minutes under the race detector on an idle 2-core machine, and
	# three times that when the machine is shared (a CI run at a load of 20 reached 30 minutes):
	# the limit is for a test that hangs, not for a slow machine. Most of that time is the ~440 tests'
	# windows: each costs about 0.8 s of CPU under the race detector (every test app starts with Fyne's
	# text, font and icon caches empty), so a test that needs no second window should not open one.
	# 2026-11-28, at a load of 3 to 6: 1093 s of user CPU and 40 min before the help sheet stopped
	# laying itself out once per row added, 949 s and 30 min after (docs/quality.md).
	CGO_ENABLED=1 $go test -race -count=1 -timeout 60m "${nogui[@]}"
	keyring
}

# The API keys in a real Secret Service: gnome-keyring, unlocked, in a throwaway D-Bus session; then a
# session whose keyring cannot be unlocked (no display for its prompt), where keys go to the preferences.
# The keyrings and their sockets are in a temporary directory, never the user's.
keyring() {
	echo "== API keys in a real system keyring, and without one"
	data=$(mktemp -d)
	XDG_DATA_HOME=$data XDG_RUNTIME_DIR=$data GLOSE_REAL_KEYRING=1 dbus-run-session -- sh -c \
		'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" test -count=1 -run "^TestRealKeyring$" ./app/' "$go"
	# the daemon and its prompter complain on stderr that there is no display: shown only if the test fails
	if ! XDG_DATA_HOME=$data XDG_RUNTIME_DIR=$data GLOSE_REAL_KEYRING=absent env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- \
		$go test -count=1 -run '^TestRealKeyring$' ./app/ 2>"$data/stderr"; then
		cat "$data/stderr"
		rm -rf "$data"
		return 1
	fi
	rm -rf "$data"
}

gui() {
	echo "== the desktop app's main package (settings kept over a crash, Fyne's log), built with cgo"
	CGO_ENABLED=1 $go test -count=1 ./cmd/glose/
	echo "== screenshot smoke test of the real window under Xvfb"
	home=$(mktemp -d) # no preferences, autosave or memory from earlier runs
	out=$home/glose.png
	HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache XDG_DATA_HOME=$home/.local/share \
		LANG=en_US.UTF-8 timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' ./bin/glose --screenshot "$out"
	CGO_ENABLED=0 $go run ./scripts/pngcheck "$out" 1280 800
}

for stage in "$@"; do "$stage"; done
