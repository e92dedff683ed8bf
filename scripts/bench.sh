#!/usr/bin/env bash
# Go benchmarks behind the numbers quoted in the issues and the README. Pass -count N for benchstat.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(./annotate ./annotate/plaintext ./annotate/segment ./annotate/ner)
for p in ./annotate/quotes ./annotate/preannotate ./annotate/formats ./annotate/project ./suggest/... ./app/... ./cmd/glose-cli; do
	[ -d "${p%/...}" ] && pkgs+=("$p")
done
CGO_ENABLED=0 go test -run '^$' -bench . -benchmem "$@" "${pkgs[@]}"
