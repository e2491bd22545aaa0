#!/usr/bin/env bash
# Checks the built Debian package as a user's system would see it: the package's name, file name,
# size and dependencies; then installs it into a throw-away directory tree (dpkg -x), runs both
# programs' --version, validates the desktop entry and the icons, and removes the tree.
#
#   bash scripts/check-deb.sh [PACKAGE.deb]           # default: the one scripts/build-deb.sh made
#   sudo bash scripts/check-deb.sh --system [PACKAGE.deb]
#     also installs it with dpkg into the real system, checks the installed programs and purges
#     the package again (refused if a package of that name is already installed).
set -euo pipefail
cd "$(dirname "$0")/.."

system=false
if [[ ${1:-} == --system ]]; then
  system=true
  shift
fi

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
ok() { echo "ok: $*"; }

package=voip-contract-review
version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
deb=${1:-}
if [[ -z $deb ]]; then
  target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
  deb="$target_dir/release/bundle/deb/${package}_${version}_amd64.deb"
fi
[[ -f $deb ]] || fail "no package at $deb (run: bash scripts/build-deb.sh)"

# --- The package file and its control data -------------------------------------------------
file_name=$(basename "$deb")
[[ $file_name == "${package}_${version}_amd64.deb" ]] ||
  fail "file name is '$file_name', expected ${package}_${version}_amd64.deb"
ok "file name $file_name"

size=$(stat -c %s "$deb")
limit=$((8 * 1024 * 1024))
((size <= limit)) || fail "package is $size bytes, over the 8 MiB limit ($limit)"
ok "size $size bytes (limit $limit)"

[[ $(dpkg-deb -f "$deb" Package) == "$package" ]] ||
  fail "package name is '$(dpkg-deb -f "$deb" Package)', expected $package"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libwebkit2gtk-4.1-0 libgtk-3-0; do
  [[ $depends == *"$needed"* ]] || fail "Depends ('$depends') lacks $needed"
done
ok "package $package $version, depends on: $depends"

# The names alone (`tar -t`): dpkg-deb -c adds " -> target" to a symbolic link's line.
paths=$(dpkg-deb --fsys-tarfile "$deb" | tar -t)
if grep -q ' ' <<<"$paths"; then
  fail "a path in the package has a space: $(grep ' ' <<<"$paths")"
fi
ok "no spaces in any installed path"

# --- Installed into a clean tree -----------------------------------------------------------
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

check_programs() {
  local bin_dir=$1
  for program in voip-contract-review voip-review; do
    [[ -x $bin_dir/$program ]] || fail "$bin_dir/$program is missing or not executable"
    local answer
    answer=$("$bin_dir/$program" --version) || fail "$program --version failed"
    [[ $answer == "$program $version" ]] ||
      fail "$program --version said '$answer', expected '$program $version'"
    if ldd "$bin_dir/$program" | grep -q 'not found'; then
      fail "$program needs libraries that are not installed: $(ldd "$bin_dir/$program" | grep 'not found')"
    fi
    ok "$bin_dir/$program --version: $answer"
  done
}
check_programs "$root/usr/bin"

entry="$root/usr/share/applications/$package.desktop"
[[ -f $entry ]] || fail "no desktop entry at /usr/share/applications/$package.desktop"
[[ $(find "$root/usr/share/applications" -type f | wc -l) -eq 1 ]] ||
  fail "more than one desktop entry: $(ls "$root/usr/share/applications")"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$entry" || fail "desktop-file-validate rejected the desktop entry"
  ok "desktop-file-validate accepts $package.desktop"
else
  echo "note: desktop-file-validate not installed (package desktop-file-utils); entry not validated"
fi
field() { sed -n "s/^$1=//p" "$entry" | head -1; }
[[ $(field Name) == "VoIP Contract Review" ]] || fail "Name= is '$(field Name)'"
exec_name=$(field Exec | awk '{print $1}')
[[ -x $root/usr/bin/$exec_name ]] || fail "Exec= names '$exec_name', which the package does not install"
[[ $(field Icon) == "$package" ]] || fail "Icon= is '$(field Icon)', expected $package"
ok "desktop entry: Name=$(field Name), Exec=$(field Exec), Icon=$(field Icon)"

# Icons: hicolor/<N>x<N>/apps/<name>.png must really be N×N pixels; a scalable SVG as well.
icons=0
while IFS= read -r icon; do
  dir_size=$(basename "$(dirname "$(dirname "$icon")")")
  pixels=$(python3 -c 'import struct, sys
d = open(sys.argv[1], "rb").read(24)
assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", d[16:24])
print(f"{w}x{h}")' "$icon")
  [[ $pixels == "$dir_size" ]] || fail "${icon#"$root"} is $pixels pixels, not $dir_size"
  icons=$((icons + 1))
done < <(find "$root/usr/share/icons/hicolor" -path "*/apps/$package.png")
((icons >= 3)) || fail "only $icons PNG icons in hicolor"
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$package.svg ]] || fail "no scalable icon"
unexpected=$(find "$root/usr/share/icons" -type f ! -name "$package.png" ! -name "$package.svg")
[[ -z $unexpected ]] || fail "icons named otherwise: $unexpected"
ok "$icons PNG icons in hicolor at their sizes, and a scalable SVG"

# --- Optionally the real system, with dpkg ------------------------------------------------
if $system; then
  [[ $(id -u) -eq 0 ]] || fail "--system needs root (dpkg -i)"
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
    fail "$package is already installed here; not touching it"
  fi
  trap 'rm -rf "$root"; dpkg --purge "$package" >/dev/null 2>&1 || true' EXIT
  dpkg -i "$deb" >/dev/null
  ok "dpkg -i installed $package"
  check_programs /usr/bin
  dpkg --purge "$package" >/dev/null
  [[ ! -e /usr/bin/voip-contract-review && ! -e /usr/bin/voip-review ]] ||
    fail "dpkg --purge left the programs behind"
  ok "dpkg --purge removed $package and both programs"
fi

echo "The package $file_name passed every check."
