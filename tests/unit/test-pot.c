/* test-pot.c: building and writing a template. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic-file.h"
#include "pot.h"
#include "tap.h"

int main(void)
{
	char dir[] = "/tmp/folio-test-pot.XXXXXX";
	if (!mkdtemp(dir))
		return 99;
	char path[256];
	snprintf(path, sizeof(path), "%s/t.pot", dir);

	struct pot *pot = pot_new();
	pot_add(pot, NULL, "Hello", "A greeting", "a.xml", 3);
	pot_add(pot, "verb", "Open", NULL, "a.xml", 4);
	pot_add(pot, "adjective", "Open", NULL, "a.xml", 5);
	pot_add(pot, NULL, "Hello", "A greeting\nSecond note", "b.xml", 7);
	for (int i = 0; i < 1000; i++) {
		char id[32];
		snprintf(id, sizeof(id), "message %d", i);
		pot_add(pot, NULL, id, NULL, "c.xml", i + 1);
	}
	ok(pot_count(pot) == 1003, "duplicates merge; msgctxt keeps messages apart (%zu)",
	   pot_count(pot));

	struct pot_header header = { "demo", NULL, 1750636800 };
	ok(pot_write(pot, path, &header) == 0, "the template is written");
	size_t len;
	char *text = read_file(path, &len);
	ok(text && strstr(text, "\"POT-Creation-Date: 2025-06-23 00:00+0000\\n\""),
	   "the creation date is the one given, in UTC");
	ok(text && strstr(text, "\"Project-Id-Version: demo\\n\""), "Project-Id-Version");
	ok(text && strstr(text, "#. A greeting\n#. Second note\n#: a.xml:3 b.xml:7\nmsgid \"Hello\""),
	   "merged references, comments kept once each");
	ok(text && strstr(text, "msgctxt \"verb\"\nmsgid \"Open\""), "msgctxt is written");
	ok(text && strstr(text, "#, fuzzy\nmsgid \"\"\n"), "the header is gettext's");
	free(text);

	char command[600];
	snprintf(command, sizeof(command), "msgcat %s -o %s.cat && cmp -s %s %s.cat", path, path,
		 path, path);
	ok(system(command) == 0, "msgcat changes nothing");

	header.creation_date = 1800000000;
	ok(pot_write(pot, path, &header) == 0, "rewriting with only a new date succeeds");
	text = read_file(path, &len);
	ok(text && strstr(text, "2025-06-23 00:00+0000"), "and leaves the file untouched");
	free(text);

	pot_free(pot);
	snprintf(command, sizeof(command), "rm -rf %s", dir);
	ok(system(command) == 0, "clean up");
	return done_testing();
}
