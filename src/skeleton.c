/* skeleton.c: writing a new repository from the compiled-in skeleton. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "skeleton.h"
#include "strbuf.h"

/* 1 when dir is missing or an empty folder, 0 otherwise (reported). */
static int is_fresh(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *entry;
	int empty = 1;

	if (!d) {
		if (errno == ENOENT)
			return 1;
		diag_io_error(dir, 0, 0, _("cannot open folder: %s"), strerror(errno));
		return 0;
	}
	while (empty && (entry = readdir(d)))
		empty = strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0;
	closedir(d);
	if (!empty)
		diag_io_error(dir, 0, 0, _("the folder is not empty; nothing was created"));
	return empty;
}

static int make_folder(const char *path)
{
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
		return diag_io_error(path, 0, 0, _("cannot create folder: %s"), strerror(errno));
	return 0;
}

/* dir/name with "dot-" components made hidden, each folder on the way
 * made; the file's path in out. */
static int file_path(const char *dir, const char *name, struct strbuf *out)
{
	strbuf_addstr(out, dir);
	for (const char *part = name; *part; ) {
		size_t len = strcspn(part, "/");
		strbuf_addch(out, '/');
		if (strncmp(part, "dot-", 4) == 0) {
			strbuf_addch(out, '.');
			strbuf_add(out, part + 4, len - 4);
		} else {
			strbuf_add(out, part, len);
		}
		if (!part[len])
			break;
		if (make_folder(out->buf) < 0)
			return -1;
		part += len + 1;
	}
	return 0;
}

int skeleton_create(const char *dir)
{
	if (!is_fresh(dir) || make_folder(dir) < 0)
		return -1;
	for (size_t i = 0; i < skeleton_n_files; i++) {
		struct strbuf path = STRBUF_INIT;
		int rc = file_path(dir, skeleton_files[i].name, &path);
		if (rc == 0)
			rc = atomic_file_write_if_changed(path.buf, skeleton_files[i].data,
							  skeleton_files[i].len);
		if (rc == 0)
			printf(_("created %s\n"), path.buf);
		strbuf_release(&path);
		if (rc < 0)
			return -1;
	}
	return 0;
}
