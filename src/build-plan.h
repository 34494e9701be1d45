/* build-plan.h: what a build is made of: its articles, its languages and
 * its editions, each with a fingerprint of every input it is made from.
 *
 * An edition (article, language) is made from the article, its catalogs
 * along the locale chain (po/ARTICLE/pt_BR.po, then pt.po; a missing one
 * counts as missing, so that adding it changes the fingerprint), the
 * edition template (the project's or the installed one) and its catalogs
 * in the same chain, every language of the build (the editions link to
 * each other), the text width, the formats, the source language, the
 * site's base URL, folio's version and the versions of ICU and libxml2.
 * Which of the article's other editions are built (the languages its
 * HTML links to) is the build's to add, once their shares are known.  Each file is read once,
 * however many editions share it. */
#ifndef FOLIO_BUILD_PLAN_H
#define FOLIO_BUILD_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "build.h"
#include "stat-cache.h"
#include "strbuf.h"

struct build_plan_edition {
	size_t article, language;   /* indexes into the plan's lists */
	uint64_t inputs;            /* fingerprint of everything it is made from */
	int inputs_known;           /* 0: an input could not be read: always rendered */
};

struct build_plan {
	const struct build_options *opts;
	struct stat_cache *cache;   /* files' fingerprints kept from the last build */
	char **articles;            /* paths, sorted */
	char **article_ids;         /* their file names without ".xml" */
	size_t n_articles;
	struct locale *languages;   /* the source language, then LINGUAS (and pseudo) */
	struct strbuf template_path, template_po;   /* the edition template, its catalogs */
	size_t n_languages;
	struct build_plan_edition *editions;  /* the build's (shard's), job order */
	size_t n_editions;
	uint64_t site_inputs;       /* what the site's pages share: the template, its
	                               catalogs, the languages, the options */
	int site_inputs_known;
	struct build_plan_edition *grid;  /* every (article, language), article by
	                                     article: fingerprinted for the articles
	                                     of the shard's editions, whose links
	                                     depend on which of their editions are built */
};

/* Finds the articles and languages (reporting what is wrong with them) and
 * fingerprints the editions of opts' shard, reading only the files whose
 * stamps are not as cache kept them.  Release with build_plan_release. */
void build_plan_init(struct build_plan *plan, const struct build_options *opts,
		     struct stat_cache *cache);
void build_plan_release(struct build_plan *plan);

/* The shard (0 .. n_shards - 1) an edition belongs to: a fingerprint of
 * the article's id and the language's folder, the same on every machine. */
int build_plan_shard_of(const char *article_id, const char *language_dir, int n_shards);

#endif
