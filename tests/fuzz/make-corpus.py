#!/usr/bin/env python3
"""make-corpus.py: writes the seed corpora of the fuzz harnesses,
tests/fuzz/corpus/NAME/, from the project's own files (content/, its/,
po/, tests/data/, folio.conf).  Run from the top of the source tree; the output is
committed, so the script only needs running again when the sources of the
seeds change.  Files named found-* are inputs that fuzzing runs found to
reach new code (merged with -merge=1, the smallest few kept); the script
leaves them alone.  Inputs of two parts start with one byte: the index of the
locale in fuzz.h's list (icu, render) or of the unit of fuzz.h's article
(merge)."""

import glob
import os
import re

OUT = "tests/fuzz/corpus"
# fuzz.h's fuzz_locales, in order.
LOCALES = ["en", "ar", "de", "es", "fr", "he", "hi", "ja", "pl", "pt_BR", "ru", "tr", "zh_CN"]


def write(name, file, data):
    os.makedirs(os.path.join(OUT, name), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, name, file), "wb") as f:
        f.write(data)


def po_messages(path):
    """(msgctxt, msgid, msgstr) of a PO file's ordinary messages."""
    messages, current, key = [], {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r'^(msgctxt|msgid|msgstr) "(.*)"$', line)
        if m:
            if m.group(1) in ("msgctxt", "msgid") and "msgstr" in current:
                messages.append(current)
                current = {}
            key = m.group(1)
            current[key] = m.group(2)
        elif line.startswith('"') and key:
            current[key] += line[1:-1]
        else:
            key = None
    if "msgstr" in current:
        messages.append(current)
    unescape = lambda s: s.replace('\\n', '\n').replace('\\"', '"').replace('\\\\', '\\')
    return [(m.get("msgctxt"), unescape(m["msgid"]), unescape(m["msgstr"]))
            for m in messages if m["msgid"]]


def xml():
    for path in glob.glob("content/*.xml") + glob.glob("tests/data/gettext/*"):
        write("xml", os.path.basename(path), open(path, "rb").read())
    write("xml", "page.xhtml",
          '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T</title>'
          '</head><body><h1>Hi <em>there</em></h1><p title="tip">A <a href="x">link'
          '</a> and <code>code</code>.</p><pre> keep  </pre>'
          '<img alt="Alt text" src="a.png"/></body></html>\n')
    write("xml", "local-markup.xml",
          '<article xmlns="urn:x-folio:article" xmlns:its="http://www.w3.org/2005/11/its"'
          ' its:version="2.0" id="a" xml:lang="en"><meta><category>C</category>'
          '<published>2025-01-01</published><reading-time minutes="1"/></meta>'
          '<title its:locNote="Short" its:locNoteType="alert">T</title>'
          '<intro><p its:withinText="yes">A <em its:translate="no">b</em></p>'
          '<p xml:space="preserve">  two   spaces </p></intro></article>\n')


def its():
    for path in filter(os.path.isfile, glob.glob("its/*")):
        write("its", os.path.basename(path), open(path, "rb").read())
    head = ('<its:rules xmlns:its="http://www.w3.org/2005/11/its" xmlns:a="urn:x-folio:article"'
            ' xmlns:gt="https://www.gnu.org/s/gettext/ns/its/extensions/1.0" version="2.0">\n')
    write("its", "param.its", head +
          '<its:param name="kind">did-you-know</its:param>\n'
          '<its:translateRule selector="//a:callout[@kind = $kind]" translate="no"/>\n'
          '<its:locNoteRule selector="//a:p" locNotePointer="../@kind"/>\n</its:rules>\n')
    write("its", "every-category.its", head +
          '<its:translateRule selector="//a:meta/*" translate="yes"/>\n'
          '<its:withinTextRule selector="//a:q | //a:br" withinText="nested"/>\n'
          '<its:preserveSpaceRule selector="//a:item" space="preserve"/>\n'
          '<its:locNoteRule selector="//a:h" locNoteType="alert" locNoteRef="notes.html#h"/>\n'
          '<gt:contextRule selector="//a:title" contextPointer="@context"/>\n'
          '<gt:escapeRule selector="//a:code" escape="no"/>\n'
          '<gt:preserveSpaceRule selector="//a:p" space="trim"/>\n</its:rules>\n')


def po():
    for path in sorted(glob.glob("po/edition/*.po")):
        write("po", "edition-" + os.path.basename(path), open(path, "rb").read())
    for lang in ("de", "ja", "ar"):
        path = "po/cramps-after-sex/%s.po" % lang
        write("po", "article-" + os.path.basename(path), open(path, "rb").read())
    for path in glob.glob("tests/data/check/*.po"):
        write("po", "check-" + os.path.basename(path), open(path, "rb").read())
    write("po", "escapes.po",
          'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          'msgctxt "c"\nmsgid "a\\tb\\\\c\\"d"\nmsgstr "x\\ny"\n\n'
          '#, fuzzy\nmsgid "f"\nmsgstr "F"\n\n#~ msgid "old"\n#~ msgstr "OLD"\n\n'
          'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "1"\nmsgstr[1] "n"\n\n'
          'msgid "empty"\nmsgstr ""\n')


def icu():
    n = 0
    for path in sorted(glob.glob("po/edition/*.po")):
        lang = os.path.basename(path)[:-3]
        for _, msgid, msgstr in po_messages(path):
            if "{" not in msgstr or lang not in LOCALES:
                continue
            write("icu", "%s-%d" % (lang, n), bytes([LOCALES.index(lang)]) + msgstr.encode())
            n += 1
    write("icu", "select-ordinal", bytes([0]) +
          b"{g, select, female {{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}}"
          b" other {'{'quoted'}' {n, number, ::compact-short} =0 {none}}}")
    write("icu", "offset", bytes([LOCALES.index("pl")]) +
          b"{n, plural, offset:1 =0 {nikt} =1 {{who}} one {{who} i # inna osoba}"
          b" few {{who} i # inne} many {{who} i # innych} other {{who} i #}}"
          b" {d, date, short} {t, time} {x, spellout}")


def fragments():
    """msgstrs with inline markup from the article's catalogs."""
    found = []
    for path in sorted(glob.glob("po/cramps-after-sex/*.po")):
        lang = os.path.basename(path)[:-3]
        for _, msgid, msgstr in po_messages(path):
            if "<" in msgstr and len(msgstr) < 400:
                found.append((lang, msgstr))
    return found


def merge():
    # The units of fuzz.h's article, in document order, and a translation
    # of each with the same markup.
    units = ["Santé", "Un <em>titre</em> &amp; plus",
             'Texte avec <strong>gras</strong>, <a href="https://example.org/" title="Un lien">'
             'un lien</a>, <q>une citation</q>,<br/> et <code> code  </code>.',
             "Titre", "<strong>Un :</strong> premier", " deux ", "Le saviez-vous ?",
             "Pourquoi <em>donc</em> ?", "Parce que."]
    for i, text in enumerate(units):
        write("merge", "unit-%d" % i, bytes([i]) + text.encode())
    write("merge", "foreign-markup", bytes([1]) + b"Un <strong>titre</strong>")
    write("merge", "broken-markup", bytes([2]) + b"Texte <strong>gras</em>")
    write("merge", "entities", bytes([4]) + b"<strong>&lt;Un&gt; &#x263A;</strong> &quot;")
    for n, (lang, text) in enumerate(fragments()[:6]):
        write("merge", "article-%s-%d" % (lang, n), bytes([4]) + text.encode())


def render():
    for n, (lang, text) in enumerate(fragments()[::3][:10]):
        write("render", "%s-%d" % (lang, n), bytes([LOCALES.index(lang)]) + text.encode())
    write("render", "every-element", bytes([LOCALES.index("tr")]) +
          b'istanbul <q>in <q>nested</q></q> <a href="mailto:x@example.org">mail</a>'
          b' <a href="javascript:alert(1)">bad</a><br/><code>a &lt; b</code>'
          b'<strong><em>both</em></strong> <![CDATA[<raw>]]>')
    write("render", "wrap-ja", bytes([LOCALES.index("ja")]) +
          "性交後に腹部がけいれんする理由と、それを止める方法を知っておきましょう。".encode())
    write("render", "bidi-ar", bytes([LOCALES.index("ar")]) +
          "لماذا <em>تحدث</em> التشنجات بعد 2025؟".encode())


def conf():
    for path in sorted(glob.glob("tests/data/project/*.conf")):
        write("conf", os.path.basename(path), open(path, "rb").read())
    write("conf", "skeleton.conf", open("skeleton/folio.conf", "rb").read())
    write("conf", "repository.conf", open("folio.conf", "rb").read())


if __name__ == "__main__":
    for old in glob.glob(os.path.join(OUT, "*", "*")):
        if not os.path.basename(old).startswith("found-"):
            os.remove(old)
    for make in (xml, its, po, icu, merge, render, conf):
        make()
