#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs shellcheck over every provisioning step as the server receives it (common.sh + STEP.sh),
# and over the test environment tools. Exit 77 when shellcheck is not installed.
set -euo pipefail
here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
repo="$(cd "$here/../../.." && pwd)"
command -v shellcheck >/dev/null 2>&1 || { echo "SKIP: shellcheck is not installed (Debian package shellcheck)"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
for step in "$repo"/resources/provision/[0-9][0-9]-*.sh; do
    cat "$repo/resources/provision/common.sh" "$step" >"$tmp/$(basename "$step")"
    if (cd "$tmp" && shellcheck -s bash "$(basename "$step")"); then
        passed=$((passed + 1)); echo "PASS: $(basename "$step")"
    else
        failed=$((failed + 1)); echo "FAIL: $(basename "$step")"
    fi
done
# The deploy steps: common.sh + deploy.sh + the line that calls a step.
cat "$repo/resources/provision/common.sh" "$repo/resources/deploy/deploy.sh" >"$tmp/deploy.sh"
echo 'deploy_main start "$@" </dev/null' >>"$tmp/deploy.sh"
if (cd "$tmp" && shellcheck -s bash deploy.sh); then
    passed=$((passed + 1)); echo "PASS: deploy.sh"
else
    failed=$((failed + 1)); echo "FAIL: deploy.sh"
fi
for tool in "$repo"/tests/integration/env/hydron-test-* "$repo"/tests/integration/env/lib.sh \
            "$repo"/tests/integration/provision/*.sh; do
    if (cd "$(dirname "$tool")" && shellcheck -x "$(basename "$tool")"); then
        passed=$((passed + 1)); echo "PASS: $(basename "$tool")"
    else
        failed=$((failed + 1)); echo "FAIL: $(basename "$tool")"
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
