#!/usr/bin/env bash
# Puts the built SillyTavern extension (clients/sillytavern after `npm run build`) at the root of the
# branch `sillytavern-extension`, so SillyTavern can install it from this repository's git URL
# (Extensions → Install extension, with that branch). The working tree is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=clients/sillytavern
for file in manifest.json index.js style.css name-data.json; do
  [ -f "$folder/$file" ] || { echo "missing $folder/$file: run npm run build first" >&2; exit 1; }
done
export GIT_INDEX_FILE="$(mktemp)"
trap 'rm -f "$GIT_INDEX_FILE"' EXIT
rm -f "$GIT_INDEX_FILE"
for file in manifest.json index.js style.css name-data.json; do
  git update-index --add --cacheinfo "100644,$(git hash-object -w "$folder/$file"),$file"
done
tree="$(git write-tree)"
parent="$(git rev-parse -q --verify refs/heads/sillytavern-extension || true)"
commit="$(git commit-tree "$tree" ${parent:+-p "$parent"} -m "SillyTavern extension built from $(git rev-parse --short HEAD)")"
git update-ref refs/heads/sillytavern-extension "$commit"
echo "sillytavern-extension -> $commit"
