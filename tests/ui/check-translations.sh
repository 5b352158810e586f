#!/usr/bin/env bash
# Every user-visible string is translated: run lupdate over today's sources into copies of the
# .ts files and fail if any message of fr, de, ja or zh_CN is unfinished. A new tr() string that
# nobody translated, or a translation lost by an edit, fails here rather than in front of a user.
# usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(find "$src/ui" "$src/app" \( -name '*.cpp' -o -name '*.h' \) | sort)
status=0
for lang in fr de ja zh_CN; do
    cp "$src/translations/fsnoop_$lang.ts" "$work/"
    "$lupdate" -silent -no-obsolete -I "$src/monitor" "${sources[@]}" -ts "$work/fsnoop_$lang.ts"
    total=$(grep -c '<message' "$work/fsnoop_$lang.ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$work/fsnoop_$lang.ts" || true)
    echo "fsnoop_$lang.ts: $total messages, $unfinished unfinished"
    if ((unfinished > 0)); then
        status=1
        grep -B3 'type="unfinished"' "$work/fsnoop_$lang.ts" | grep '<source>' | head -5 | sed 's/^/    /'
    fi
    if ((total < 100)); then
        echo "fsnoop_$lang.ts: lupdate found only $total messages: is the source list right?"
        status=1
    fi
done
exit $status
