/* po-files.c: collecting catalogs from files and folders.  A folder walk
 * follows symbolic links to folders but never the same folder twice
 * (device and inode), so a link loop ends; it takes regular files only,
 * so a FIFO named x.po cannot make it wait, and skips hidden entries
 * (folio's own temporary files among them). */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "i18n.h"
#include "po-files.h"
#include "strbuf.h"
#include "xalloc.h"

struct visited {
	struct { dev_t dev; ino_t ino; } *folders;
	size_t n, alloc;
};

static int has_suffix(const char *name, const char *suffix)
{
	size_t len = strlen(name), suffix_len = strlen(suffix);

	return len > suffix_len && strcmp(name + len - suffix_len, suffix) == 0;
}

static void push(struct po_files *files, const char *path)
{
	FOLIO_GROW(files->paths, files->n_paths + 1, files->alloc);
	files->paths[files->n_paths++] = xstrdup(path);
}

/* Marks a folder seen; 0 when it was already. */
static int first_visit(struct visited *seen, const struct stat *st)
{
	for (size_t i = 0; i < seen->n; i++)
		if (seen->folders[i].dev == st->st_dev && seen->folders[i].ino == st->st_ino)
			return 0;
	FOLIO_GROW(seen->folders, seen->n + 1, seen->alloc);
	seen->folders[seen->n].dev = st->st_dev;
	seen->folders[seen->n].ino = st->st_ino;
	seen->n++;
	return 1;
}

static int add_dir(struct po_files *files, const char *dir, struct visited *seen)
{
	DIR *handle = opendir(dir);
	struct dirent *entry;

	if (!handle)
		return diag_io_error(dir, 0, 0, _("cannot open folder: %s"), strerror(errno));
	while ((entry = readdir(handle))) {
		if (entry->d_name[0] == '.')
			continue;
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", dir, entry->d_name);
		struct stat st;
		if (stat(path.buf, &st) != 0) {
			if (has_suffix(entry->d_name, ".po"))
				diag_warning(path.buf, 0, 0, _("skipped: %s"), strerror(errno));
		} else if (S_ISDIR(st.st_mode) && has_suffix(entry->d_name, ".po")) {
			diag_io_error(path.buf, 0, 0, _("cannot read file: %s"), strerror(EISDIR));
		} else if (S_ISDIR(st.st_mode)) {
			if (first_visit(seen, &st))
				add_dir(files, path.buf, seen);
		} else if (has_suffix(entry->d_name, ".po")) {
			if (S_ISREG(st.st_mode))
				push(files, path.buf);
			else
				diag_warning(path.buf, 0, 0, _("skipped: not a regular file"));
		}
		strbuf_release(&path);
	}
	closedir(handle);
	return 0;
}

int po_files_add(struct po_files *files, const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), strerror(errno));
	if (!S_ISDIR(st.st_mode)) {
		push(files, path);   /* named by the user: reading it says what it is */
		return 0;
	}
	/* A folder named like a catalog is a mistake, not a place to search. */
	if (has_suffix(path, ".po") || has_suffix(path, ".po/"))
		return diag_io_error(path, 0, 0, _("cannot read file: %s"), strerror(EISDIR));
	size_t len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	char *dir = xstrndup(path, len);
	struct visited seen = { NULL, 0, 0 };
	first_visit(&seen, &st);
	int rc = add_dir(files, dir, &seen);
	free(seen.folders);
	free(dir);
	return rc;
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void po_files_sort(struct po_files *files)
{
	if (files->n_paths)
		qsort(files->paths, files->n_paths, sizeof(char *), compare);
}

void po_files_release(struct po_files *files)
{
	for (size_t i = 0; i < files->n_paths; i++)
		free(files->paths[i]);
	free(files->paths);
	memset(files, 0, sizeof(*files));
}

const char *po_files_language(const char *path, char *buf, size_t size)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base);

	buf[0] = '\0';
	if (len > 3 && len - 3 < size && has_suffix(base, ".po")) {
		memcpy(buf, base, len - 3);
		buf[len - 3] = '\0';
	}
	return buf;
}

const char *po_files_domain(const char *path, char *buf, size_t size)
{
	const char *end = strrchr(path, '/');
	buf[0] = '\0';
	if (!end)
		return buf;
	const char *start = end;
	while (start > path && start[-1] != '/')
		start--;
	size_t len = (size_t)(end - start);
	if (len < size) {
		memcpy(buf, start, len);
		buf[len] = '\0';
	}
	return buf;
}
