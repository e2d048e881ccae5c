#!/bin/sh
# The Debian packages the test suite needs beyond Python: the validators of the Linux desktop entry and AppStream
# metainfo, and a CJK font so Japanese and Chinese screens render without missing glyphs.
# As root with apt-get, installs the missing ones; otherwise says what to install. Always exits 0, so a machine
# without them can still run the rest of the suite (the tests that need them say why they fail).
# Quick when all are present: no `apt-get update` unless something is missing.
set -u

PACKAGES="desktop-file-utils appstream fonts-noto-cjk"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-packages: not a Debian-like system; the tests need desktop-file-validate, appstreamcli" \
        "and a CJK font (Noto Sans CJK) from your system's packages"
    exit 0
fi

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-packages: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086 # one word per package
    if apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
        exit 0
    fi
    echo "system-packages: could not install$missing; the tests that need them will fail" >&2
    exit 0
fi
echo "system-packages: the tests need these Debian packages:$missing"
echo "  install them with: sudo apt-get install$missing"
exit 0
