#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Exports a demo diary as FHIR and validates the bundle with the `fhir` npm package's R4 validator
# (installed here into a cache folder, pinned). Fails on any validation error. Only when npm's
# registry cannot be reached and the package is not cached yet does it skip (exit 77, which
# CTest reports as skipped, not passed).
# Usage: validate-fhir.sh PATH/TO/waymark-cli
set -euo pipefail
cli="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${WAYMARK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/waymark/fhir-validator}"
if [[ ! -f "$cache/node_modules/fhir/package.json" ]]; then
    command -v npm >/dev/null || { echo "FAIL: npm is missing (Debian packages nodejs and npm, in tools/debian-packages.txt)"; exit 1; }
    mkdir -p "$cache"
    if ! npm install --prefix "$cache" --no-audit --no-fund --no-save fhir@4.12.0 >"$cache/install.log" 2>&1; then
        if ! npm ping >/dev/null 2>&1; then
            echo "SKIPPED: the npm registry cannot be reached, so the FHIR validator could not be installed"
            exit 77
        fi
        cat "$cache/install.log"
        echo "FAIL: npm install fhir failed"
        exit 1
    fi
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export WAYMARK_PASSPHRASE="a demo passphrase" WAYMARK_TODAY=2026-03-15
"$cli" demo --days 120 --seed 9 --diary "$tmp/demo.wmk" >/dev/null
"$cli" export --format fhir --out "$tmp/bundle.json" --diary "$tmp/demo.wmk" >/dev/null 2>&1
NODE_PATH="$cache/node_modules" node "$here/validate-fhir.js" "$tmp/bundle.json"
