/* build-manifest.h: what a build recorded in its output folder, so that
 * the next one renders only the editions whose inputs changed, and so
 * that the index can be written from the shards' records alone.
 *
 * A manifest is a text file in the output folder: ".folio.manifest" for
 * a whole build, ".folio.manifest.K-of-N" for shard K of N, written
 * atomically.  After a header line, one line per edition built or
 * skipped: its article and language, what became of it, its translated
 * share and counts, the fingerprint of its inputs and of the languages
 * its HTML links to, the size and fingerprint of its two outputs (their bytes, not their times: two builds
 * of the same inputs write the same manifest, and outputs copied from
 * another machine still match), and what the site's pages tell of it
 * (render_meta), so that they can be written without rendering it again;
 * then what the site's pages were made from and each page as written, so
 * that pages that would not change are not made again.
 * A last line holds a fingerprint
 * of everything before it: a manifest that is cut short, edited or
 * garbled is ignored as a whole (with a warning), and every edition it
 * listed is rendered again.  Editions that failed are not listed. */
#ifndef FOLIO_BUILD_MANIFEST_H
#define FOLIO_BUILD_MANIFEST_H

#include <stddef.h>
#include <stdint.h>

#include "build.h"
#include "site.h"
#include "hash-index.h"

/* One output file as the build left it. */
struct build_output {
	long long size;
	uint64_t digest;    /* of its bytes */
};

/* Its strings are borrowed: from the text of the manifest it was read
 * from, or from whoever added it. */
struct build_manifest_entry {
	char *article_id, *language_dir;
	enum build_status status;      /* BUILD_BUILT or BUILD_SKIPPED */
	double percent;
	unsigned long n_fallback, n_untranslated;
	uint64_t inputs;               /* build-plan.h's fingerprint */
	uint64_t links;                /* of the languages its article was built in */
	struct build_output text, html;   /* when built */
	struct render_meta meta;       /* strings never NULL */
};

struct build_manifest {
	struct build_manifest_entry *entries;
	size_t n_entries, alloc;
	int has_site;                  /* the site's pages were written by the build */
	uint64_t site_inputs;          /* then: the fingerprint of what they show */
	struct site_pages site_pages;  /* and each page as written */
	struct hash_index index;       /* entries by article and language */
	char **texts;                  /* the manifests read, which entries point into */
	size_t n_texts, texts_alloc;
	int n_files;                   /* manifests found by build_manifest_read_all */
	char *read_from;               /* the one it read, or NULL */
};

void build_manifest_init(struct build_manifest *m);
void build_manifest_release(struct build_manifest *m);

/* Adds the entries of every manifest in folder out (the whole build's and
 * each shard's).  A damaged one is warned about and adds nothing; a
 * missing one is no error. */
void build_manifest_read_all(struct build_manifest *m, const char *out);

/* The entry for the edition whose inputs had this fingerprint, or NULL
 * (borrowed). */
const struct build_manifest_entry *build_manifest_find(const struct build_manifest *m,
						       const char *article_id,
						       const char *language_dir, uint64_t inputs);

/* The first entry for the edition, whatever its inputs, or NULL. */
const struct build_manifest_entry *build_manifest_find_any(const struct build_manifest *m,
							   const char *article_id,
							   const char *language_dir);

/* Adds entry (NULL strings of its meta as ""); its strings are not
 * copied, and must outlive m. */
void build_manifest_add(struct build_manifest *m, const struct build_manifest_entry *entry);

/* Writes m as out's manifest for shard of n_shards (1 of 1: the whole
 * build, which also removes the shards' manifests it replaces).  Nothing
 * is written when old (or NULL) was read from that file alone and m says
 * the same.  Reports and returns -1 on failure. */
int build_manifest_write(const struct build_manifest *m, const char *out, int shard,
			 int n_shards, const struct build_manifest *old);

#endif
