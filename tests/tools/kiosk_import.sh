#!/usr/bin/env bash
# pelita import and uninstall over packages, as from a USB stick: trust, upgrade,
# downgrade, refusal, and source folders still working. Usage: kiosk_import.sh BIN_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"
bin=$1
pack=$bin/pelita-pack
work=$(mktemp -d /tmp/pelita-import-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
courses() { "$bin/course_set_check" kiosk | tr '\n' ' '; }

"$pack" keygen penerbit >/dev/null
"$pack" init etika >/dev/null
"$pack" init integritas >/dev/null
mkdir -p usb/kursus/lama
"$pack" build etika -o usb/etika.pelita --key penerbit.key >/dev/null
"$pack" build integritas -o usb/kursus/integritas.pelita --key penerbit.key >/dev/null

# Untrusted: refused, nothing installed.
expect_exit 1 "$bin/pelita" import usb --data kiosk; has "refused usb/etika.pelita:"; has "not trusted here"
[[ $(courses) == "" ]] || fail "an untrusted package was installed: $(courses)"

# A trainer may allow unsigned packages for a test course: said loudly, and undone.
"$pack" init uji >/dev/null
"$pack" build uji -o uji.pelita >/dev/null
expect_exit 1 "$bin/pelita" import uji.pelita --data trial; has "refused uji.pelita:"
expect_exit 0 "$bin/pelita" config --data trial --allow-unsigned yes; has "allow-unsigned=yes"
expect_exit 0 "$bin/pelita" import uji.pelita --data trial; has "NOT signed by a trusted publisher"
expect_exit 0 "$bin/pelita" config --data trial --allow-unsigned no; has "allow-unsigned=no"
expect_exit 2 "$bin/pelita" config --data trial --allow-unsigned maybe; has "must be yes or no"

# Trusted: every package under the stick is found and installed.
mkdir -p kiosk/trusted-keys && cp penerbit.pub kiosk/trusted-keys/
expect_exit 0 "$bin/pelita" import usb --data kiosk; has "installed Judul Kursus (1.0.0) from usb/etika.pelita, signed by penerbit"
[[ $(courses) == "etika 1.0.0 integritas 1.0.0 " ]] || fail "installed: $(courses)"
expect_exit 0 "$bin/pelita" import usb/etika.pelita --data kiosk; has "already installed"

# A newer version replaces; the older one is then refused unless allowed.
sed -i 's/"version": "1.0.0"/"version": "1.1.0"/' etika/course.json
"$pack" build etika -o etika-1.1.pelita --key penerbit.key >/dev/null
expect_exit 0 "$bin/pelita" import etika-1.1.pelita --data kiosk; has "upgraded Judul Kursus (1.1.0, was 1.0.0)"
expect_exit 1 "$bin/pelita" import usb/etika.pelita --data kiosk; has "older than the installed 1.1.0"
[[ $(courses) == "etika 1.1.0 integritas 1.0.0 " ]] || fail "after refused downgrade: $(courses)"
expect_exit 0 "$bin/pelita" import usb/etika.pelita --data kiosk --allow-downgrade; has "downgraded"

# A damaged package on the stick is refused; the others still install.
head -c 300 usb/etika.pelita >usb/kursus/lama/rusak.pelita
expect_exit 1 "$bin/pelita" import usb --data kiosk; has "refused usb/kursus/lama/rusak.pelita:"; has "not a complete zip file"

# Uninstall: by folder name; learner records are not in courses/, so untouched.
expect_exit 0 "$bin/pelita" uninstall integritas --data kiosk; has "removed Judul Kursus (1.0.0)"
expect_exit 1 "$bin/pelita" uninstall integritas --data kiosk; has "is not an installed course"
expect_exit 2 "$bin/pelita" uninstall --data kiosk; has "uninstall needs the COURSE"
[[ $(courses) == "etika 1.0.0 " ]] || fail "after uninstall: $(courses)"

# Source folders still import as before.
expect_exit 0 "$bin/pelita" import integritas --data kiosk; has "installed Judul Kursus (1.0.0) from integritas"
echo "pelita import/uninstall: all checks passed"
