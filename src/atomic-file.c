/* atomic-file.c: temporary file + rename, so outputs are all or nothing. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

static void clear(struct atomic_file *af)
{
	free(af->path);
	free(af->tmp_path);
	af->path = af->tmp_path = NULL;
	af->fp = NULL;
}

int atomic_file_open(struct atomic_file *af, const char *path)
{
	struct strbuf tmp = STRBUF_INIT;

	af->path = xstrdup(path);
	af->fp = NULL;
	strbuf_addf(&tmp, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp.buf);
	if (fd < 0) {
		int saved = errno;
		strbuf_release(&tmp);
		af->tmp_path = NULL;
		clear(af);
		return diag_error(path, 0, 0, _("cannot create file: %s"), strerror(saved));
	}
	af->tmp_path = strbuf_detach(&tmp, NULL);
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		close(fd);
		atomic_file_abort(af);
		return diag_error(path, 0, 0, _("cannot create file: %s"), strerror(errno));
	}
	return 0;
}

int atomic_file_close_stream(struct atomic_file *af)
{
	if (!af->fp)
		return 0;
	int failed = ferror(af->fp);
	if (fclose(af->fp) != 0)
		failed = 1;
	af->fp = NULL;
	if (failed)
		return diag_error(af->path, 0, 0, _("write error: %s"), strerror(errno));
	return 0;
}

/* New files get the permissions an ordinary creat() would give them. */
static mode_t target_mode(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

static int install(struct atomic_file *af)
{
	if (chmod(af->tmp_path, target_mode(af->path)) != 0
	    || rename(af->tmp_path, af->path) != 0) {
		int saved = errno;
		atomic_file_abort(af);
		return diag_error(af->path, 0, 0, _("cannot write file: %s"), strerror(saved));
	}
	clear(af);
	return 0;
}

static int files_equal(const char *a, const char *b)
{
	size_t len_a, len_b;
	char *data_a = read_file(a, &len_a);
	char *data_b = read_file(b, &len_b);
	int same = data_a && data_b && len_a == len_b && memcmp(data_a, data_b, len_a) == 0;

	free(data_a);
	free(data_b);
	return same;
}

int atomic_file_commit_if_changed(struct atomic_file *af,
				  int (*same_content)(const char *, const char *),
				  int *changed)
{
	if (changed)
		*changed = 1;
	if (atomic_file_close_stream(af) < 0) {
		atomic_file_abort(af);
		return -1;
	}
	if (!same_content)
		same_content = files_equal;
	if (access(af->path, F_OK) == 0 && same_content(af->path, af->tmp_path)) {
		if (changed)
			*changed = 0;
		atomic_file_abort(af);
		return 0;
	}
	return install(af);
}

int atomic_file_write_if_changed(const char *path, const char *data, size_t len)
{
	size_t old_len;
	char *old = read_file(path, &old_len);
	int same = old && old_len == len && memcmp(old, data, len) == 0;

	free(old);
	if (same)
		return 0;
	struct atomic_file af;
	if (atomic_file_open(&af, path) < 0)
		return -1;
	fwrite(data, 1, len, af.fp);
	return atomic_file_commit(&af);
}

int atomic_file_commit(struct atomic_file *af)
{
	if (atomic_file_close_stream(af) < 0) {
		atomic_file_abort(af);
		return -1;
	}
	return install(af);
}

void atomic_file_abort(struct atomic_file *af)
{
	if (af->fp)
		fclose(af->fp);
	if (af->tmp_path)
		unlink(af->tmp_path);
	clear(af);
}

char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		strbuf_add(&sb, chunk, n);
	int failed = ferror(fp);
	int saved = errno;
	fclose(fp);
	if (failed) {
		strbuf_release(&sb);
		errno = saved ? saved : EIO;
		return NULL;
	}
	return strbuf_detach(&sb, len);
}
