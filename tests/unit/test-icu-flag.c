/* test-icu-flag.c: the icu-message-format flag put back on the entries
 * that carry the comment, and on no other. */
#include <config.h>

#include "icu-flag.h"
#include "strbuf.h"
#include "tap.h"

static const char header[] = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

static void restored(const char *entry, const char *want, unsigned want_marked,
		     const char *title)
{
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT, expected = STRBUF_INIT;

	strbuf_addf(&in, "%s%s", header, entry);
	strbuf_addf(&expected, "%s%s", header, want);
	unsigned marked = icu_flag_restore(in.buf, &out);
	is_str(out.buf, expected.buf, title);
	ok(marked == want_marked, "%s: %u marked", title, marked);
	strbuf_release(&in);
	strbuf_release(&out);
	strbuf_release(&expected);
}

int main(void)
{
	ok(icu_flag_wanted("icu-message-format"), "the comment alone");
	ok(icu_flag_wanted("A note.\nicu-message-format\n"), "the comment after a note");
	ok(!icu_flag_wanted("not icu-message-format\n"), "a note that mentions it is not the mark");
	ok(!icu_flag_wanted(NULL) && !icu_flag_wanted(""), "no comments");

	restored("#. icu-message-format\n#: content/edition.xml:13\nmsgid \"{n}\"\nmsgstr \"\"\n",
		 "#. icu-message-format\n#: content/edition.xml:13\n#, icu-message-format\n"
		 "msgid \"{n}\"\nmsgstr \"\"\n", 1, "a flag line of its own before the msgid");
	restored("#. icu-message-format\n#, fuzzy\n#| msgid \"{m}\"\nmsgid \"{n}\"\nmsgstr \"x\"\n",
		 "#. icu-message-format\n#, fuzzy, icu-message-format\n#| msgid \"{m}\"\n"
		 "msgid \"{n}\"\nmsgstr \"x\"\n", 1, "added to the fuzzy line, before the #| lines");
	restored("#. icu-message-format\n#| msgid \"{m}\"\nmsgctxt \"c\"\nmsgid \"{n}\"\nmsgstr \"\"\n",
		 "#. icu-message-format\n#, icu-message-format\n#| msgid \"{m}\"\nmsgctxt \"c\"\n"
		 "msgid \"{n}\"\nmsgstr \"\"\n", 1, "a line of its own before the #| lines");
	restored("#. icu-message-format\n#, icu-message-format\nmsgid \"{n}\"\nmsgstr \"\"\n",
		 "#. icu-message-format\n#, icu-message-format\nmsgid \"{n}\"\nmsgstr \"\"\n", 0,
		 "an entry with the flag is left alone");
	restored("#. A label.\n#, fuzzy\nmsgid \"Quick Tip\"\nmsgstr \"x\"\n",
		 "#. A label.\n#, fuzzy\nmsgid \"Quick Tip\"\nmsgstr \"x\"\n", 0,
		 "an entry without the comment is left alone");
	restored("#. icu-message-format\n#~ msgid \"{n}\"\n#~ msgstr \"x\"\n",
		 "#. icu-message-format\n#~ msgid \"{n}\"\n#~ msgstr \"x\"\n", 0,
		 "an obsolete entry is left alone");
	restored("#. icu-message-format\nmsgid \"{a}\"\nmsgstr \"\"\n\n#. x\nmsgid \"b\"\nmsgstr \"\"\n"
		 "#. icu-message-format\nmsgid \"{c}\"\nmsgstr \"\"",
		 "#. icu-message-format\n#, icu-message-format\nmsgid \"{a}\"\nmsgstr \"\"\n\n#. x\n"
		 "msgid \"b\"\nmsgstr \"\"\n#. icu-message-format\n#, icu-message-format\n"
		 "msgid \"{c}\"\nmsgstr \"\"", 2,
		 "entries one after another, with and without blank lines and a final newline");
	return done_testing();
}
