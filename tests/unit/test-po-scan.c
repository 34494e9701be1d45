/* test-po-scan.c: the fast catalog reader takes only what it understands
 * and then agrees with libgettextpo.  Without arguments: the cases below
 * and every catalog of the project; with arguments: those catalogs. */
#include <config.h>

#include <glob.h>
#include <stdlib.h>

#include "atomic-file.h"
#include "po-scan.h"
#include "strbuf.h"
#include "tap.h"
#include "translations.h"

static const char header[] =
	"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

/* Scans header + body; returns the result and leaves the map in *map. */
static enum po_scan_result scan(const char *body, struct strmap *map)
{
	struct strbuf text = STRBUF_INIT;

	strbuf_addstr(&text, header);
	strbuf_addstr(&text, body);
	strmap_init(map);
	enum po_scan_result rc = po_scan(text.buf, text.len, map);
	strbuf_release(&text);
	return rc;
}

static void expect_unsure(const char *body, const char *title)
{
	struct strmap map;

	ok(scan(body, &map) == PO_SCAN_UNSURE, "unsure: %s", title);
	strmap_release(&map);
}

static void test_cases(void)
{
	struct strmap map;

	ok(scan("#: a.xml:1\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n", &map) == PO_SCAN_OK
	   && strmap_get(&map, "Hello") && map.count == 1, "a plain message");
	is_str(strmap_get(&map, "Hello"), "Bonjour", "its translation");
	strmap_release(&map);

	scan("msgctxt \"column\"\nmsgid \"Language\"\nmsgstr \"Langue\"\n", &map);
	is_str(strmap_get(&map, "column\004Language"), "Langue", "msgctxt is part of the key");
	strmap_release(&map);

	scan("msgid \"\"\n\"a \\\"b\\\"\\n\"\n\"c\\\\d\\t\"\nmsgstr \"x\\101\"\n", &map);
	is_str(strmap_get(&map, "a \"b\"\nc\\d\t"), "xA", "continued strings and escapes");
	strmap_release(&map);

	scan("#, c-format, fuzzy\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\nmsgstr \"\"\n", &map);
	ok(map.count == 0, "fuzzy and untranslated messages are left out");
	strmap_release(&map);

	scan("#, fuzzy\n#~ msgid \"old\"\n#~ msgstr \"vieux\"\n\nmsgid \"new\"\nmsgstr \"neuf\"\n",
	     &map);
	is_str(strmap_get(&map, "new"), "neuf", "an obsolete entry's fuzzy flag stays with it");
	ok(!strmap_get(&map, "old"), "obsolete entries are left out");
	strmap_release(&map);

	scan("msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"un\"\nmsgstr[1] \"des\"\n"
	     "msgid \"x\"\nmsgstr \"y\"\n", &map);
	ok(map.count == 1 && strmap_get(&map, "x"), "plural messages are left out");
	strmap_release(&map);

	struct strbuf latin1 = STRBUF_INIT;
	strbuf_addstr(&latin1, "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n");
	strmap_init(&map);
	ok(po_scan(latin1.buf, latin1.len, &map) == PO_SCAN_UNSURE, "unsure: another charset");
	strmap_release(&map);
	strbuf_release(&latin1);

	expect_unsure("msgid \"a\"\r\nmsgstr \"b\"\r\n", "CRLF line ends");
	expect_unsure("msgid \"a\"\nmsgstr \"\\x41\"\n", "a hexadecimal escape");
	expect_unsure("msgid \"a\"\nmsgstr \"b\"\nmsgid \"a\"\nmsgstr \"c\"\n", "a duplicate");
	expect_unsure("msgid \"a\"\n", "a message without msgstr");
	expect_unsure("msgid \"a\nmsgstr \"b\"\n", "an unterminated string");
	expect_unsure("msgid \"a\"\nmsgstr \"b\" x\n", "text after a string");
	expect_unsure("msgid \"a\"\nmsgstr \"\xff\"\n", "invalid UTF-8");
	expect_unsure("msgstr \"b\"\n", "msgstr without msgid");
}

static int same_maps(const struct strmap *a, const struct strmap *b)
{
	if (a->count != b->count)
		return 0;
	for (size_t i = 0; i < a->size; i++) {
		if (!a->keys[i])
			continue;
		const char *other = strmap_get(b, a->keys[i]);
		if (!other || strcmp(other, a->values[i]) != 0)
			return 0;
	}
	return 1;
}

/* Where the scanner answers, it says what libgettextpo says. */
static void test_parity(const char *path, unsigned *n_fast)
{
	size_t len;
	char *text = read_file(path, &len);
	struct strmap fast, slow;

	strmap_init(&fast);
	strmap_init(&slow);
	if (text && po_scan(text, len, &fast) == PO_SCAN_OK) {
		(*n_fast)++;
		ok(translations_read_with_gettext(path, &slow) == 0 && same_maps(&fast, &slow),
		   "%s: the same %zu translations as libgettextpo", path, fast.count);
	}
	free(text);
	strmap_release(&fast);
	strmap_release(&slow);
}

int main(int argc, char **argv)
{
	unsigned n_fast = 0;

	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			test_parity(argv[i], &n_fast);
		printf("# %u of %d catalogs took the fast path\n", n_fast, argc - 1);
		return done_testing();
	}
	test_cases();
	const char *top = getenv("top_srcdir");
	struct strbuf pattern = STRBUF_INIT;
	strbuf_addf(&pattern, "%s/po/*/*.po", top ? top : ".");
	glob_t found;
	if (glob(pattern.buf, 0, NULL, &found) == 0) {
		for (size_t i = 0; i < found.gl_pathc; i++)
			test_parity(found.gl_pathv[i], &n_fast);
		ok(n_fast == found.gl_pathc, "every project catalog takes the fast path (%u of %zu)",
		   n_fast, found.gl_pathc);
		globfree(&found);
	}
	strbuf_release(&pattern);
	return done_testing();
}
