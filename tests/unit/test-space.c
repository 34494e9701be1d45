/* test-space.c: whitespace normalisation per Preserve Space mode. */
#include <config.h>

#include "space.h"
#include "tap.h"

static void check(const char *input, enum space_mode mode, const char *want, const char *title)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, input);
	space_normalise(&sb, mode);
	is_str(sb.buf, want, title);
	strbuf_release(&sb);
}

int main(void)
{
	check("\n   Hello  \t big\n world  \n", SPACE_DEFAULT, "Hello big world",
	      "default collapses runs and strips both ends");
	check("a <em>b</em>\n", SPACE_DEFAULT, "a <em>b</em>", "default strips after markup");
	check("no\xc2\xa0" "break", SPACE_DEFAULT, "no\xc2\xa0" "break",
	      "U+00A0 is content, not whitespace");
	check("  keep \n  this  ", SPACE_PRESERVE, "  keep \n  this  ", "preserve keeps everything");
	check("  keep \n  this  ", SPACE_TRIM, "keep \n  this", "trim strips the ends only");
	check("\n  One  line\n  two.\n\n   Next   para.\n\n\n", SPACE_PARAGRAPH,
	      "One line two.\n\nNext para.", "paragraph keeps blank lines between paragraphs");
	check("   ", SPACE_DEFAULT, "", "whitespace only becomes empty");
	ok(space_mode_parse(NULL) == SPACE_DEFAULT && space_mode_parse("preserve") == SPACE_PRESERVE
	   && space_mode_parse("trim") == SPACE_TRIM, "ITS values map to modes");
	return done_testing();
}
