#!/usr/bin/env bash
# Regenerates the page images in docs/ from a fresh briefing of the seeds: the PDF's pages with
# pdftoppm (poppler-utils), the HTML at phone and desktop widths with headless Chromium.
# Run from the repository root after `mvn -B -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar target/negotiation-briefing.jar run --input seeds --output "$work/out" --run-date 2026-11-23 \
  --produced-at 2026-11-23T06:00:00Z --briefing.data-dir="$work/data" >/dev/null
folder=$(find "$work/out" -name briefing.pdf -printf '%h\n' | head -1)

rm -f docs/pdf-page-*.png docs/html-*.png
pdftoppm -png -r 60 "$folder/briefing.pdf" "$work/page"
for page in "$work"/page-*.png; do
  number=$(basename "$page" .png | sed 's/^page-0*//')
  cp "$page" "$(printf 'docs/pdf-page-%02d.png' "$number")"
done
for size in phone:390,1800 desktop:1280,1600; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${size#*:}" \
    --screenshot="docs/html-${size%%:*}.png" "file://$folder/briefing.html" 2>/dev/null
done
ls docs/*.png
