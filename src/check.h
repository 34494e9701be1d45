/* check.h: the findings folio check reports for a catalog, and the gate.
 * Every finding has a stable identifier (documented in README.md) that CI
 * configurations and people can rely on. */
#ifndef FOLIO_CHECK_H
#define FOLIO_CHECK_H

#include <stddef.h>

#include "stats.h"

enum check_severity { CHECK_ERROR, CHECK_WARNING };

struct check_finding {
	char *file;
	long line;
	const char *id;                 /* "po-syntax", "icu-arguments", ... */
	enum check_severity severity;
	char *message;
};

/* One catalog's result. */
struct check_catalog {
	char *file;
	char domain[128];
	char language[64];              /* the file name's LANG */
	char icu[160];                  /* its ICU id, for ICU's checks */
	struct stats stats;
	int readable;
	double min_complete;
	int in_source_language;         /* "en_GB.po" of an English source: copies are fine */
	size_t first_finding, n_findings;   /* its slice of the findings */
	int passed;
};

struct check_options {
	double min_complete;     /* default threshold, percent */
	const char *config;      /* key = value file, or NULL */
	int strict;              /* warnings fail too */
	const char *source_language;  /* its catalogs may copy msgids ("en") */
	const char *content_dir;      /* the sources, for stale-pot (NULL: content/ beside po/) */
	const char *content_ref;      /* the same as templates reference them */
};

struct check_report {
	struct check_catalog *catalogs;
	size_t n_catalogs, alloc_catalogs;
	struct check_finding *findings;
	size_t n_findings, alloc_findings;
	unsigned n_errors, n_warnings;
};

/* Checks the catalog at path and appends its result to report. */
void check_catalog(const char *path, const struct check_options *opts,
		   struct check_report *report);
/* Releases everything report holds. */
void check_report_release(struct check_report *report);

#endif
