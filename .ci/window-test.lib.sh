# shellcheck shell=bash
# What the two window tests (.ci/e2e-test.sh, .ci/wine-test.sh) share: their time
# limit, their messages, their folders, their clean-up, installing missing tools and
# starting a private Xvfb. Sourced, after `set -euo pipefail` and cd to the project.
#
# wt_begin NAME ENV LIMIT "$@": the test called NAME ("e2e test") with settings in
# ENV_TIMEOUT, ENV_ARTEFACTS and ENV_KEEP (ENV "E2E" or "WINE_TEST"), limited to
# LIMIT seconds unless ENV_TIMEOUT says otherwise. It re-runs the script under
# timeout(1), which signals the whole process group (xdotool, the program, Xvfb) at
# the limit; the EXIT trap cleans up. Then it sets:
#   art    the artefacts folder (screenshots, logs), kept
#   work   a work folder, removed at the end unless ENV_KEEP=1
#   log    the program's log in art (named by the caller: wt_log FILE)
# and the trap: on exit it stops app_pid and Xvfb, calls wt_stop_more when the
# script defines it, and on failure (failed=1) prints the log's last lines.
wt_begin() {
	wt_name=$1 wt_env=$2
	local timeout_var=${2}_TIMEOUT under_var=${2}_UNDER_TIMEOUT
	wt_limit=${!timeout_var:-$3}
	shift 3
	if [ -z "${!under_var:-}" ]; then
		export "$under_var"=1
		exec timeout -k 20 "$wt_limit" "$0" "$@"
	fi
	started=$SECONDS
	local art_var=${wt_env}_ARTEFACTS
	art=${!art_var:-$(mktemp -d "/tmp/kemitraan-${wt_name%% *}.XXXXXX")}
	mkdir -p "$art"
	art=$(cd "$art" && pwd)
	work=$(mktemp -d "/tmp/kemitraan-${wt_name%% *}-work.XXXXXX")
	log=$art/program.log
	xvfb_pid='' app_pid='' failed=1
	trap wt_cleanup EXIT
	trap 'echo "$wt_name: interrupted or over its ${wt_limit}s limit" >&2; exit 124' INT TERM
	echo "$wt_name: artefacts (screenshots, logs) in $art"
}

# wt_log FILE: the program's log is FILE in the artefacts folder.
wt_log() { log=$art/$1; : >"$log"; }

step() { printf '\n== %s: %s (%ss)\n' "$wt_name" "$*" "$((SECONDS - started))"; }
note() { printf '   %s\n' "$*"; }
skip() { printf '\nSKIP %s: %s\n' "$wt_name" "$*" >&2; exit 77; }
fail() { echo "$wt_name: $*" >&2; exit 1; }

wt_cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid" 2>/dev/null || true
		# let it go before its folder does: a program still shutting down writes its
		# preferences into the work folder again
		for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
	fi
	if declare -F wt_stop_more >/dev/null; then wt_stop_more || true; fi
	if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
	if [ "$failed" = 1 ] && [ "$rc" != 77 ]; then
		[ "$rc" = 0 ] && rc=1
		echo "FAIL $wt_name (exit $rc) after $((SECONDS - started))s; artefacts in $art" >&2
		if [ -s "$log" ]; then
			echo "-- last lines of $log:" >&2
			tail -n 30 "$log" >&2
		fi
	fi
	local keep_var=${wt_env}_KEEP
	if [ "${!keep_var:-}" = 1 ]; then
		mv "$work" "$art/work" 2>/dev/null || true
	else
		rm -rf "$work"
	fi
	exit "$rc"
}

# wt_install PACKAGE…: installs the Debian packages with apt-get (sudo when not root);
# says so, and goes on, when it cannot. The caller checks what it needs afterwards.
wt_install() {
	[ $# -gt 0 ] || return 0
	note "installing: $*"
	local sudo=''
	[ "$(id -u)" = 0 ] || sudo='sudo -n'
	if command -v apt-get >/dev/null; then
		{ $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends "$@"; } >"$art/apt.log" 2>&1 ||
			note "could not install $*: see $art/apt.log"
	else
		note "no apt-get to install $*"
	fi
}

# wt_xvfb FIRST LAST WxHxD: starts Xvfb on the first free display number from FIRST
# to LAST (one taken meanwhile by another Xvfb makes this one exit, and the next is
# tried), waits until it answers, and exports DISPLAY.
wt_xvfb() {
	local n display=''
	for n in $(seq "$1" "$2"); do
		[ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
		Xvfb ":$n" -screen 0 "$3" -nolisten tcp >"$art/xvfb.log" 2>&1 &
		xvfb_pid=$!
		for _ in $(seq 100); do
			kill -0 "$xvfb_pid" 2>/dev/null || break
			DISPLAY=:$n xdotool getdisplaygeometry >/dev/null 2>&1 && { display=:$n; break; }
			sleep 0.1
		done
		[ -n "$display" ] && break
		kill "$xvfb_pid" 2>/dev/null || true
		xvfb_pid=''
	done
	[ -n "$display" ] || { cat "$art/xvfb.log" >&2; fail "Xvfb did not start"; }
	export DISPLAY=$display
	note "display $DISPLAY"
}
