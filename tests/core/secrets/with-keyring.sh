#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service) that this script starts and stops by its own pid, then runs the test's
# "unavailable" case with no session bus at all.
set -euo pipefail
test_binary="$1"
shift
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (./dev deps installs it)" >&2; exit 1; }
done
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- bash -c '
    set -euo pipefail
    printf "test-password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    trap "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null || true" EXIT
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    "$0" "$@"
' "$test_binary" "$@"
# No session bus at all: Hydron must say no keychain is available, never fall back to plain text.
env -u DBUS_SESSION_BUS_ADDRESS HYDRON_EXPECT_NO_KEYCHAIN=1 "$test_binary" unavailable_refusesClearly
