/* po-files.c: collecting catalogs from files and folders. */
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

static int add_dir(struct po_files *files, const char *dir)
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
		if (stat(path.buf, &st) == 0 && S_ISDIR(st.st_mode))
			add_dir(files, path.buf);
		else if (has_suffix(entry->d_name, ".po"))
			push(files, path.buf);
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
		push(files, path);
		return 0;
	}
	size_t len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	char *dir = xstrndup(path, len);
	int rc = add_dir(files, dir);
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
