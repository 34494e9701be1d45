#!/bin/sh
# Installs the Debian packages folio needs to build, test and benchmark.
# Does nothing when they are all present, so it also works offline.
set -e
packages="build-essential g++ autoconf automake autopoint pkg-config
  gettext libgettextpo-dev libunistring-dev libxml2-dev libxml2-utils libicu-dev
  unicode-cldr-core python3-jsonschema valgrind time itstool po4a translate-toolkit chromium
  fonts-droid-fallback fonts-lohit-deva clang libclang-rt-14-dev groff-base poppler-utils"
# Node, npm and Java may come from elsewhere than Debian: only when missing.
command -v npm > /dev/null || packages="$packages nodejs npm"
command -v java > /dev/null || packages="$packages default-jre-headless"
# The site's validators, from npm: the Nu Html Checker (run with Debian's
# Java, so vnu-jar's own Java download is not run) and axe-core.
install_npm() {
  root=$(npm root -g 2>/dev/null) || return 0
  [ -f "$root/vnu-jar/build/dist/vnu.jar" ] && [ -f "$root/axe-core/axe.min.js" ] && return 0
  echo "install-deps: installing vnu-jar axe-core (npm)"
  # Without them the site's validation tests skip: no reason to stop here.
  $sudo npm install -g --ignore-scripts vnu-jar axe-core \
    || echo "install-deps: npm could not install vnu-jar axe-core; their tests will skip" >&2
}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing="$missing $p"
done
if [ -z "$missing" ]; then
  install_npm
  exit 0
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
install_npm
