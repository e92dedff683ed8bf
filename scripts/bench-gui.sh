#!/usr/bin/env bash
# Measures the desktop app under Xvfb (make bench-gui): time to first frame, a scroll step of the mouse
# wheel and keystroke-to-screen in a translation field, on the built-in sample and on a 1 MB article
# (Wikinews texts from ../shared/data, pre-annotated with glose-cli). Needs xvfb-run (scripts/deps.sh test).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x bin/glose ] || go build -o bin/glose ./cmd/glose
CGO_ENABLED=0 go build -o "$work/glose-cli" ./cmd/glose-cli
CGO_ENABLED=0 go build -o "$work/guibench" ./scripts/guibench
CGO_ENABLED=0 go run ./scripts/mkbig > "$work/big.txt"
"$work/glose-cli" annotate -o "$work/big.json" "$work/big.txt"
echo "1 MB article: $(wc -c < "$work/big.txt") bytes, $(grep -c '"kind"' "$work/big.json") segments, $(grep -c '"side"' "$work/big.json") spans"

measure() { # name, then the app's arguments
	local name=$1
	shift
	echo "== $name"
	# A fresh home, so that no autosave from an earlier run asks to be recovered.
	HOME="$work/home-$name" XDG_CONFIG_HOME="$work/home-$name/.config" XDG_CACHE_HOME="$work/home-$name/.cache" \
		LANG=en_US.UTF-8 xvfb-run -a -s '-screen 0 1280x800x24' "$work/guibench" -runs "$runs" -- "$PWD/bin/glose" "$@"
}
measure sample
measure big "$work/big.json"
