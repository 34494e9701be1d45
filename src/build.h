/* build.h: every article in every language, text and HTML, and an index
 * of them: the engine behind folio build.
 *
 * A build is planned, rendered and recorded:
 *   - plan: the articles of the content folder, the languages of
 *     po/LINGUAS, one edition per pair in job order (article by article,
 *     language by language), the shard's share of them when sharded, and a
 *     fingerprint of each edition's inputs (build-inputs.h);
 *   - links: which editions of the plan's articles will be built, since
 *     each edition links to those: their shares from the manifest, guessed
 *     for editions the build renders (and settled by rendering them, an
 *     article rendered again where a guess was wrong), counted by workers
 *     for other shards' editions;
 *   - render: editions whose fingerprint, links and outputs are as the
 *     manifest of the output folder recorded are not rendered again; the
 *     others are shared among worker processes (build-pool.h);
 *   - record: the manifest is written again (build-manifest.h), and the
 *     site's pages (site.h), from every edition's result, rendered or not.
 * The result of each edition is typed (enum build_status) and counted. */
#ifndef FOLIO_BUILD_H
#define FOLIO_BUILD_H

#include <stddef.h>

#include "locale-tag.h"
#include "render.h"

struct project;

struct build_options {
	const char *content;     /* the articles' folder */
	const char *po;          /* the catalogs' folder */
	const char *out;         /* where editions go */
	double min_complete;     /* skip editions less translated (percent), unless the
				  * thresholds file says otherwise for the domain and language */
	const char *config;      /* check's thresholds file (check-config.h), or NULL */
	int width;               /* text columns, 0: no wrapping */
	int jobs;                /* worker processes */
	int allow_unknown_locale;  /* format LINGUAS tags ICU does not know as root */
	int pseudo;              /* add the pseudo-locales en-XA and ar-XB */
	const struct project *project;  /* source language, languages, formats and
	                                   fallback policy (folio.conf) */
	const char *shard_spec;  /* --shard's "K/N", parsed into shard and n_shards */
	int shard, n_shards;     /* build shard 1..n_shards of n_shards; 1 of 1 is all */
	int index_only;          /* render nothing: the index from the manifests */
	const char *base_url;    /* the site's address, or NULL: see build_options_base_url */
};

/* What became of one edition. */
enum build_status {
	BUILD_BUILT,       /* rendered; outputs written where they changed */
	BUILD_UNCHANGED,   /* inputs and outputs as the manifest says: not rendered */
	BUILD_SKIPPED,     /* translated less than min_complete: not written */
	BUILD_FAILED,      /* not rendered or not written (reported) */
};
#define FOLIO_BUILD_N_STATUSES 4

struct build_edition {
	size_t article;                /* index into result->article_ids */
	const struct locale *locale;   /* borrowed from result->languages */
	enum build_status status;
	double percent;                /* translated share, when not FAILED */
	unsigned long n_fallback;      /* units from the language-only catalog */
	unsigned long n_untranslated;  /* units left in the source language */
	struct render_meta meta;       /* what the site's pages tell of it, when not
	                                  FAILED (owned) */
};

/* The one place the site's base URL enters the build, from --base-url or
 * a project's configuration: checked (site_base_url_check) and kept
 * (borrowed) in opts.  Reports and returns -1 when it cannot be a base. */
int build_options_base_url(struct build_options *opts, const char *url, const char *origin);

struct build_result {
	struct build_edition *editions;   /* this build's (shard's) editions, job order */
	size_t n_editions;
	size_t count[FOLIO_BUILD_N_STATUSES];  /* editions per status */
	unsigned long n_fallback, n_untranslated;  /* summed over editions not FAILED */
	char **article_ids;               /* every article of the content folder */
	size_t n_articles;
	struct locale *languages;         /* the source language, then LINGUAS */
	size_t n_languages;
};

/* Builds the editions and, unless sharded, the index; with index_only,
 * writes the index from the manifests alone.  Reports every problem;
 * returns the exit status (diag_exit_status), the result filled either
 * way.  Release the result with build_result_release. */
int build_run(const struct build_options *opts, struct build_result *result);
void build_result_release(struct build_result *result);

#endif
