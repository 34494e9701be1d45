#!/bin/sh
# t8002: a full disk.  Every command that writes fails with exit 2 and an
# error naming the file, and replaces nothing: the old files stay byte for
# byte, no file is left truncated, no temporary file is left behind.  Both
# a disk with no room at all and one whose room runs out half-way through
# a file of several MB (msgmerge itself exits 0 then, its output cut off).
# The disk is a small tmpfs, so the test needs root (CAP_SYS_ADMIN).
. "$top_srcdir/tests/lib.sh"

article=$top_srcdir/content/cramps-after-sex.xml

test_expect_success 'writing a template to a full standard output fails with exit 2' '
  test_must_fail 2 folio extract "$top_srcdir/content/edition.xml" > /dev/full 2> err &&
  grep -q "error" err
'
test_expect_success 'writing an edition to a full standard output fails with exit 2' '
  cp -r "$top_srcdir/content" "$top_srcdir/po" . &&
  test_must_fail 2 folio render --locale fr content/cramps-after-sex.xml > /dev/full 2> err &&
  grep -q "error" err
'

# big_article TITLE-SUFFIX: an article of 4000 paragraphs, about 2 MB,
# whose template is about 2.3 MB and whose translated catalog 4.5 MB.
big_article() {
  awk -v suffix="$1" 'BEGIN {
    s = "Muscles tighten after exertion for many reasons, among them the loss of water and salts, " \
        "a sudden change of position, or simply a long day on your feet; stretching gently, " \
        "drinking enough and resting a little before and after usually keeps them at bay."
    print "<article xmlns=\"urn:x-folio:article\" id=\"big\" xml:lang=\"en\"><meta>"
    print "<category>Health</category><published>2025-06-23</published></meta>"
    print "<title>A long article" suffix "</title><intro>"
    for (i = 1; i <= 4000; i++) printf "<p>Paragraph %d. %s %s</p>\n", i, s, s
    print "</intro></article>" }'
}

# Two projects, each in version A with its outputs written and in
# version B (changed sources): proj, a copy of this project, and big,
# one long article in English and French.  new/ holds what a run on B
# writes when there is room.
setup_projects() {
  mkdir -p work/proj work/big/content work/big/po/big &&
  cp -r "$top_srcdir/content" "$top_srcdir/po" work/proj/ &&
  (cd work/proj && folio extract -o x.pot content/cramps-after-sex.xml &&
   folio render --locale fr -o fr.html content/cramps-after-sex.xml 2> /dev/null &&
   folio build --min-complete 0 -o editions 2> /dev/null) &&
  sed "s/Sex should be a pleasurable experience,/Sex should be a joyful experience,/" "$article" \
    > work/proj-B.xml &&
  (cd work/big && big_article "" > content/big.xml &&
   cp "$top_srcdir/content/edition.xml" content/ && cp -r "$top_srcdir/po/edition" po/ &&
   echo fr > po/LINGUAS && folio update po/big > /dev/null &&
   folio init fr po/big > /dev/null 2>&1 && msgen -o po/big/fr.po po/big/fr.po &&
   folio extract -o x.pot content/big.xml &&
   folio render --locale fr -o fr.html content/big.xml 2> /dev/null &&
   folio build --min-complete 0 -o editions 2> /dev/null) &&
  big_article " (revised)" > work/big-B.xml &&
  rm -rf new && cp -r work new &&
  cp work/proj-B.xml new/proj/content/cramps-after-sex.xml && cp work/big-B.xml new/big/content/big.xml &&
  (cd new/proj && folio extract -o x.pot content/cramps-after-sex.xml &&
   folio update po/cramps-after-sex po/edition > /dev/null &&
   folio render --locale fr -o fr.html content/cramps-after-sex.xml 2> /dev/null &&
   folio build --min-complete 0 -o editions 2> /dev/null) &&
  (cd new/big && folio extract -o x.pot content/big.xml && folio update po/big > /dev/null &&
   folio render --locale fr -o fr.html content/big.xml 2> /dev/null &&
   folio build --min-complete 0 -o editions 2> /dev/null)
}

# leave_room BYTES: fill the disk up, then free BYTES of it again.
leave_room() {
  rm -f disk/fill && { dd if=/dev/zero of=disk/fill bs=64k 2> /dev/null; :; } &&
  if [ "$1" -gt 0 ]; then truncate -s "-$1" disk/fill; fi &&
  echo "room left: $(df -B1 --output=avail disk | tail -n 1) bytes"
}
size() { wc -c < "$1"; }
# fails_in PROJECT ARG...: folio ARG... run in the project on the disk
# exits 2; its messages are in err, and shown.
fails_in() {
  (project=$1 && shift && cd "disk/$project" && test_must_fail 2 folio "$@" > /dev/null 2> "$TEST_DIR/err")
  rc=$? && cat err && return $rc
}
# unchanged PROJECT: every file of the project as it was before the run,
# and nothing more (diff -r also lists new files, temporary ones included).
# The build's stat cache (.folio.manifest.stat) holds inode numbers and
# times: it is compared nowhere, only whole or absent.
unchanged() { diff -r -x .folio.manifest.stat "before/$1" "disk/$1"; }
# old_or_new PROJECT: every file of the project is its version before the
# run or the one a run with room writes, and there is no other file.
old_or_new() {
  (cd "disk/$1" && find . -type f) > files && (cd "before/$1" && find . -type f) > files.before &&
  sort files > files.sorted && sort files.before | test_cmp - files.sorted &&
  for f in $(cat files); do
    case $f in */.folio.manifest.stat) continue ;; esac
    cmp -s "disk/$1/$f" "before/$1/$f" || cmp -s "disk/$1/$f" "new/$1/$f" ||
      { echo "$1/$f is neither its old nor its new version"; return 1; }
  done
}
# snapshot: keep a copy of both projects as they are on the disk now.
snapshot() { rm -rf before && mkdir before && cp -a disk/proj disk/big before/; }
# fresh PROJECT: the project on the disk as the snapshot has it.
fresh() { rm -f disk/fill && rm -rf "disk/$1" && cp -a "before/$1" disk/; }

mkdir disk
if ! mount -t tmpfs -o size=40m,mode=0755 folio-test-disk disk 2> mount.err; then
  reason="cannot mount a tmpfs ($(head -n 1 mount.err)); this test needs root or CAP_SYS_ADMIN"
  for t in 'no room at all' 'room running out half-way through a file'; do
    test_skip "extract, update, render and build on a disk with $t" "$reason"
  done
  test_done
  exit
fi
trap 'umount disk 2> /dev/null || umount -l disk; cd /; rm -rf "$TEST_DIR"' EXIT
trap 'exit 1' HUP INT TERM

test_expect_success 'setup: two projects on a small disk, each with its sources changed' '
  setup_projects && cp -a work/proj work/big disk/ &&
  cp work/proj-B.xml disk/proj/content/cramps-after-sex.xml && cp work/big-B.xml disk/big/content/big.xml &&
  test "$(size new/big/po/big/fr.po)" -gt 4000000 && test "$(size new/big/fr.html)" -gt 2000000 &&
  ! cmp -s work/proj/po/cramps-after-sex/fr.po new/proj/po/cramps-after-sex/fr.po &&
  ! cmp -s work/big/editions/fr/big.html new/big/editions/fr/big.html
'

# No room at all: nothing can be written.  Each case starts from the
# projects as setup left them.
snapshot
test_expect_success 'no room: folio extract -o fails, naming the template' '
  fresh proj && leave_room 0 &&
  fails_in proj extract -o x.pot content/cramps-after-sex.xml &&
  grep -q "^x.pot: error: " err && unchanged proj
'
test_expect_success 'no room: folio update fails, naming a template or a catalog, and changes nothing' '
  fresh proj && leave_room 0 &&
  fails_in proj update po/cramps-after-sex po/edition &&
  grep -Eq "^po/(cramps-after-sex|edition)/[^/:]+\.pot?: error: " err && unchanged proj
'
test_expect_success 'no room: folio render -o fails, naming the edition' '
  fresh proj && leave_room 0 &&
  fails_in proj render --locale fr -o fr.html content/cramps-after-sex.xml &&
  grep -q "^fr.html: error: " err && unchanged proj
'
test_expect_success 'no room: folio build fails, naming an edition, and changes nothing' '
  fresh proj && leave_room 0 &&
  fails_in proj build --min-complete 0 -o editions &&
  grep -Eq "^editions/([a-zA-Z_]+/[^/:]+|index\.html): error: " err && unchanged proj
'

# Room for a part of the large file only.  A command that writes several
# files may have written the first ones in full: those are their new
# version, the one that did not fit its old one.
test_expect_success 'half-way: folio extract -o fails, naming the template, which is as it was' '
  fresh big && leave_room $(($(size new/big/x.pot) / 2)) &&
  fails_in big extract -o x.pot content/big.xml &&
  grep -q "^x.pot: error: " err && unchanged big
'
test_expect_success 'half-way: folio update fails on the catalog, naming it, which is as it was' '
  fresh big &&
  leave_room $(( ($(size new/big/po/big/big.pot) + $(size new/big/po/big/fr.po)) / 2 )) &&
  fails_in big update po/big &&
  grep -q "^po/big/fr.po: error: " err &&
  cmp before/big/po/big/fr.po disk/big/po/big/fr.po && old_or_new big
'
test_expect_success 'half-way: folio render -o fails, naming the edition, which is as it was' '
  fresh big && leave_room $(($(size new/big/fr.html) / 2)) &&
  fails_in big render --locale fr -o fr.html content/big.xml &&
  grep -q "^fr.html: error: " err && unchanged big
'
test_expect_success 'half-way: folio build fails, naming an edition, which is as it was' '
  fresh big && leave_room $(($(size new/big/editions/fr/big.txt) / 2)) &&
  fails_in big build --min-complete 0 -o editions &&
  grep -E "^editions/[a-zA-Z_]+/big\.(html|txt): error: " err > named &&
  for f in $(sed "s/: error: .*//" named); do cmp "before/big/$f" "disk/big/$f" || exit 1; done &&
  old_or_new big
'
test_expect_success 'with room again, every command writes its new files' '
  fresh big && (cd disk/big && folio update po/big > /dev/null && folio extract -o x.pot content/big.xml &&
  folio build --min-complete 0 -o editions 2> /dev/null && folio render --locale fr -o fr.html content/big.xml 2> /dev/null) &&
  diff -r -x .folio.manifest.stat new/big disk/big
'
test_done
