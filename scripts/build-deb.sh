#!/usr/bin/env bash
# Builds the installable Debian package
#   <target dir>/release/bundle/deb/voip-contract-review_<version>_amd64.deb
# with the app in /usr/bin, `voip-review` (the command line: a link to the app), the desktop
# entry and the icons.
# `bash scripts/check-deb.sh` then installs it into a throw-away tree and checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')

echo "==> Building the app and the package"
# The Tauri CLI runs from the root: the app crate is src-tauri/, the front end ui/.
TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui \
  ui/node_modules/.bin/tauri build --bundles deb

version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
deb="$target_dir/release/bundle/deb/voip-contract-review_${version}_amd64.deb"

echo "==> Adding the voip-review command and recompressing the package with xz"
# The app is also the command line when run as `voip-review` (voip_review_app::main), so the
# command is a link to it: the core, SQLite and the fonts are carried once. The Tauri bundler
# cannot write a link and only writes gzip; xz is smaller (dpkg has read xz packages since
# Debian 6 and Ubuntu 10.04).
repack=$(mktemp -d)
trap 'rm -rf "$repack"' EXIT
dpkg-deb -R "$deb" "$repack/root"
ln -s voip-contract-review "$repack/root/usr/bin/voip-review"
dpkg-deb --root-owner-group -Zxz -b "$repack/root" "$repack/package.deb" >/dev/null
mv "$repack/package.deb" "$deb"
ls -l "$deb"
