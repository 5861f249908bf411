#!/usr/bin/env bash
# make test: every test under the race detector, then the layout walks without it.
#
# The window's tests are the slowest under the race detector and one package runs in
# one process, on one core: their test binary is built once and run as two halves at
# once (tests named Test[A-R]… and the others), beside the other packages, so that
# both cores work. The layout walks (LAYOUT_TESTS: every screen, tab and stage of
# whole data files, only measured or read) start no goroutine for the detector to
# watch and would take minutes under it: they run after, without it. .ci/testtimes
# reads all the results and prints the failures' output, the time of each package
# (each half of ui apart) and the slowest tests.
#
# Environment: GO (default go), TAGS (migrated_fynedo), TEST_TIMEOUT (10m, per process).
set -uo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
GO=${GO:-go}
TAGS=${TAGS:-migrated_fynedo}
TIMEOUT=${TEST_TIMEOUT:-10m}
LAYOUT_TESTS='TestEveryScreenFits|TestEnglishWindowShowsNoIndonesian|TestSDSeesNothingOfSMK|TestSMKScreensInEnglish'
FIRST_HALF='^Test[A-R]'
ui=github.com/kemitraan/kemitraan/ui

"$GO" test -count=1 ./.ci/testtimes >/dev/null && "$GO" build -o bin/testtimes ./.ci/testtimes || exit 1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "building the window's tests for the race detector"
"$GO" test -race -tags "$TAGS" -c -o bin/ui-race.test ./ui || exit 1

# half NAME FLAG REGEX: the window's tests that FLAG (-test.run, -test.skip) names
half() {
	(cd ui && ../bin/ui-race.test -test.v=test2json -test.timeout "$TIMEOUT" "$2" "$3" 2>&1) |
		"$GO" tool test2json -t -p "$ui ($1)" >"$out/ui-$1.json"
}
echo "running every test under the race detector (the window's in two halves at once)"
half 1 -test.run "$FIRST_HALF" &
first=$!
half 2 -test.skip "$FIRST_HALF" &
second=$!
# the slow packages first, so that the others run beside them
others=$("$GO" list ./store ./model/pdf && "$GO" list ./... | grep -v -e '/cmd/kemitraan$' -e '/ui$' -e '/store$' -e '/model/pdf$')
# shellcheck disable=SC2086 # one package a word
"$GO" test -race -tags "$TAGS" -timeout "$TIMEOUT" -json $others >"$out/others.json" 2>"$out/others.err"
wait "$first"
wait "$second"
cat "$out/others.err" >&2

echo "running the layout walks without the race detector"
"$GO" test -count=1 -tags "$TAGS" -timeout "$TIMEOUT" -json -run "$LAYOUT_TESTS" ./ui >"$out/layout.json" 2>/dev/null

cat "$out"/*.json | bin/testtimes
