#!/bin/sh
# Re-render the committed PNG sizes of the application icon from the SVG. Run after editing the
# SVG and commit the results: the build installs these PNGs as they are, so building fsnoop never
# needs librsvg2-bin (rsvg-convert) or ImageMagick.
set -eu
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256; do
    mkdir -p "${s}x${s}"
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert -w "$s" -h "$s" org.fsnoop.Fsnoop.svg -o "${s}x${s}/org.fsnoop.Fsnoop.png"
    else
        # ImageMagick's own SVG renderer; /usr/bin/convert explicitly (see MACHINE-NOTES.md)
        /usr/bin/convert -background none -density 384 org.fsnoop.Fsnoop.svg -resize "${s}x${s}" \
            "${s}x${s}/org.fsnoop.Fsnoop.png"
    fi
done
