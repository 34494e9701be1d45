/* test-strbuf.c: growable strings. */
#include <config.h>

#include <stdlib.h>

#include "strbuf.h"
#include "tap.h"

int main(void)
{
	struct strbuf sb = STRBUF_INIT;

	is_str(sb.buf, "", "an initialised strbuf is the empty string");
	strbuf_addstr(&sb, "héllo");
	strbuf_addch(&sb, ' ');
	strbuf_addf(&sb, "%d-%s", 42, "x");
	is_str(sb.buf, "héllo 42-x", "add, addch and addf append");
	ok(sb.len == 11, "len counts bytes (%zu)", sb.len);
	for (int i = 0; i < 10000; i++)
		strbuf_addch(&sb, 'a');
	ok(sb.len == 10011 && sb.buf[sb.len] == '\0', "grows and stays NUL-terminated");
	size_t len;
	char *owned = strbuf_detach(&sb, &len);
	ok(len == 10011 && sb.len == 0 && sb.buf[0] == '\0', "detach hands over and empties");
	free(owned);
	char *empty = strbuf_detach(&sb, NULL);
	ok(empty && empty[0] == '\0', "detaching an empty strbuf gives a freeable empty string");
	free(empty);
	strbuf_release(&sb);
	return done_testing();
}
