/* skeleton.h: the files of a new publisher repository ('folio new'),
 * compiled into folio from the skeleton/ folder.  A path component
 * written "dot-NAME" there is ".NAME" in the new repository, so that the
 * skeleton's .gitignore does not apply to folio's own sources. */
#ifndef FOLIO_SKELETON_H
#define FOLIO_SKELETON_H

#include <stddef.h>

struct skeleton_file {
	const char *name;   /* path below the new repository, as in skeleton/ */
	const char *data;
	size_t len;
};
extern const struct skeleton_file skeleton_files[];
extern const size_t skeleton_n_files;

/* Writes every file below dir, which must not exist or be an empty
 * folder; folders are made as needed, each file written atomically.
 * Reports and returns -1 on failure. */
int skeleton_create(const char *dir);

#endif
