#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the sqlcipher shell steps of docs/FORMAT.md ("Opening a diary with Debian's sqlcipher
# shell") on a demo diary, as a person would type them, and checks what they print.
# Usage: check-format-doc.sh PATH/TO/waymark-cli PATH/TO/docs/FORMAT.md
set -euo pipefail
cli="$1"
doc="$2"
command -v sqlcipher >/dev/null || { echo "FAIL: the sqlcipher shell is missing (Debian package sqlcipher, listed in tools/debian-packages.txt)"; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pass="a demo passphrase, it's long"
export WAYMARK_PASSPHRASE="$pass" WAYMARK_TODAY=2026-03-15
"$cli" demo --days 90 --seed 5 --diary "$tmp/my.wmk" >/dev/null

# The documented steps: the ```sqlcipher block, with the passphrase typed as the page says (a
# quote doubled) and /tmp/ moved into this test's own folder.
steps="$(awk '/^```sqlcipher$/ {inside=1; next} /^```$/ {inside=0} inside' "$doc")"
[[ -n "$steps" ]] || { echo "FAIL: no sqlcipher block in $doc"; exit 1; }
quoted="${pass//\'/\'\'}"
steps="${steps//your passphrase/$quoted}"
steps="${steps//\/tmp\//$tmp/}"
cp "$tmp/my.wmk" "$tmp/diary-copy.wmk"
out="$(printf '%s\n' "$steps" | sqlcipher "$tmp/diary-copy.wmk" 2>&1)"
echo "$out" | sed -e 's/|[^|]*$/|.../' | head -20
if grep -q '^Error' <<<"$out"; then echo "FAIL: the documented steps printed an error"; exit 1; fi
for table in days dose_events drugs formulations plans ratings settings switches symptoms; do
    grep -qw "$table" <<<"$out" || { echo "FAIL: .tables did not list $table"; exit 1; }
done
grep -q '^day|time|mg|drug$' <<<"$out" || { echo "FAIL: the dose query printed no header"; exit 1; }
[[ "$(grep -c '^2026-03-1[0-5]|' <<<"$out")" -ge 5 ]] || { echo "FAIL: the dose and rating queries printed no recent rows"; exit 1; }

# The unencrypted copy opens without a key and holds every dose of the diary.
head -c 15 "$tmp/diary-plain.db" | grep -q 'SQLite format 3' || { echo "FAIL: the plain copy is not a plain SQLite file"; exit 1; }
plain="$(sqlcipher "$tmp/diary-plain.db" 'SELECT count(*) FROM dose_events;')"
encrypted="$(printf '%s\n' "PRAGMA key = '$quoted';" 'PRAGMA cipher_page_size = 4096;' 'PRAGMA kdf_iter = 256000;' \
    'SELECT count(*) FROM dose_events;' | sqlcipher "$tmp/my.wmk")"
[[ "$plain" -gt 100 && "$plain" == "$encrypted" ]] || { echo "FAIL: plain copy has $plain doses, the diary $encrypted"; exit 1; }

# A wrong passphrase gives the message the page describes, at the first SELECT.
wrong="$(printf '%s\n' "PRAGMA key = 'wrong';" 'PRAGMA cipher_page_size = 4096;' 'PRAGMA kdf_iter = 256000;' \
    'SELECT count(*) FROM sqlite_master;' | sqlcipher "$tmp/my.wmk" 2>&1 || true)"
grep -q 'file is encrypted or is not a database' <<<"$wrong" || { echo "FAIL: wrong passphrase said: $wrong"; exit 1; }

# A backup opens the same way.
"$cli" backup --out "$tmp/backup.wmk" --diary "$tmp/my.wmk" >/dev/null
steps2="$(printf '%s\n' "PRAGMA key = '$quoted';" 'PRAGMA cipher_page_size = 4096;' 'PRAGMA kdf_iter = 256000;' \
    'SELECT count(*) FROM dose_events;')"
[[ "$(sqlcipher "$tmp/backup.wmk" <<<"$steps2")" == "$encrypted" ]] || { echo "FAIL: the backup did not open as documented"; exit 1; }
echo "OK: the documented sqlcipher steps work on a demo diary and its backup"
