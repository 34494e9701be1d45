#!/bin/sh
# Installs the Debian packages folio needs to build, test and benchmark.
# Does nothing when they are all present, so it also works offline.
set -e
packages="build-essential g++ autoconf automake autopoint pkg-config
  gettext libgettextpo-dev libunistring-dev libxml2-dev libxml2-utils libicu-dev
  unicode-cldr-core python3-jsonschema valgrind time itstool po4a translate-toolkit chromium
  fonts-droid-fallback fonts-lohit-deva clang libclang-rt-14-dev groff-base"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
