/* build.h: every article in every language, text and HTML, and an index
 * of them: the engine behind folio build.
 *
 * Editions are independent, so the jobs (article, language) are shared
 * among worker processes (libgettextpo is not thread-safe).  Each worker
 * reports every job it finished, built or not, to the parent on a pipe,
 * one record per job; a worker that dies is named with the job it was on
 * and its signal, and a new worker takes the jobs after that one, so one
 * crash costs one edition, never the rest. */
#ifndef FOLIO_BUILD_H
#define FOLIO_BUILD_H

#include <stddef.h>

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
	const char *base_url;    /* the site's address, or NULL: see build_options_base_url */
};

/* The one place the site's base URL enters the build, from --base-url or
 * a project's configuration: checked (site_base_url_check) and kept
 * (borrowed) in opts.  Reports and returns -1 when it cannot be a base. */
int build_options_base_url(struct build_options *opts, const char *url, const char *origin);

struct build_result {
	struct index_row *rows;  /* built and skipped editions, in job order */
	size_t n_rows;
	size_t n_failed;         /* editions that could not be rendered */
	unsigned long n_fallback, n_untranslated;
	struct build_record *records;   /* owns the rows' strings */
	size_t n_records;
};

/* Builds every edition and the index.  Reports every problem; returns the
 * exit status (diag_exit_status), the result filled either way.  Release
 * the result with build_result_release. */
int build_run(const struct build_options *opts, struct build_result *result);
void build_result_release(struct build_result *result);

#endif
