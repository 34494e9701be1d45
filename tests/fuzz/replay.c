/* replay.c: a fuzz harness without libFuzzer.  Linked with one harness
 * (fuzz-NAME.c) and built with the ordinary compiler, it calls
 * LLVMFuzzerTestOneInput on every file named on the command line, or on
 * every file of the folders named, in sorted order, and prints one TAP line
 * per input ("ok 3 - fuzz-xml: regress/xml/its-rules-use-after-free").
 * Without arguments it replays FUZZ_REGRESS_DIR, the harness's folder of
 * regression inputs, which is how make check runs it.  An input that
 * crashes ends the process, and the missing plan fails the test. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "../unit/tap.h"

static const char *program = "fuzz";

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* path from its "tests/fuzz/" on, for shorter titles. */
static const char *short_name(const char *path)
{
	const char *tail = strstr(path, "tests/fuzz/");

	return tail ? tail + strlen("tests/fuzz/") : path;
}

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t len = 0, alloc = 0, n;

	if (!f) {
		ok(0, "%s: %s: %s", program, short_name(path), strerror(errno));
		return;
	}
	do {
		if (len + 4096 > alloc) {
			alloc = 2 * (len + 4096);
			data = realloc(data, alloc);
			if (!data)
				abort();
		}
		n = fread(data + len, 1, alloc - len, f);
		len += n;
	} while (n > 0);
	int failed = ferror(f);
	fclose(f);
	fflush(stdout);
	if (!failed)
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	ok(!failed, "%s: %s", program, short_name(path));
	free(data);
}

static void replay_dir(const char *dir)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n_names = 0;

	if (!d) {
		ok(0, "%s: %s: %s", program, short_name(dir), strerror(errno));
		return;
	}
	for (struct dirent *entry; (entry = readdir(d));) {
		if (entry->d_name[0] == '.')
			continue;
		names = realloc(names, (n_names + 1) * sizeof(*names));
		if (!names)
			abort();
		size_t size = strlen(dir) + strlen(entry->d_name) + 2;
		names[n_names] = malloc(size);
		if (!names[n_names])
			abort();
		snprintf(names[n_names++], size, "%s/%s", dir, entry->d_name);
	}
	closedir(d);
	qsort(names, n_names, sizeof(*names), compare_names);
	for (size_t i = 0; i < n_names; i++) {
		replay_file(names[i]);
		free(names[i]);
	}
	free(names);
}

static void replay(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		replay_dir(path);
	else
		replay_file(path);
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');

	program = slash ? slash + 1 : argv[0];
	if (strncmp(program, "replay-", 7) == 0) {
		static char name[256];
		snprintf(name, sizeof(name), "fuzz-%s", program + 7);
		program = name;
	}
	LLVMFuzzerInitialize(&argc, &argv);
	if (argc < 2) {
#ifdef FUZZ_REGRESS_DIR
		replay(FUZZ_REGRESS_DIR);
#endif
	}
	for (int i = 1; i < argc; i++)
		replay(argv[i]);
	return done_testing();
}
