/* check-project.h: what a project's catalog folder lacks, which no single
 * catalog can tell: a language of LINGUAS without a catalog in a domain
 * (missing-catalog: a 0% catalog, failing unless its threshold is 0), an
 * article of the content folder without a domain folder (missing-domain).
 * The domains are the articles and the edition template; other folders
 * (po/folio, folio's own messages) are not the content's. */
#ifndef FOLIO_CHECK_PROJECT_H
#define FOLIO_CHECK_PROJECT_H

#include "check.h"

/* Whether path is a project's catalog folder (it holds LINGUAS) or one of
 * its domain folders (its parent does). */
int check_project_applies(const char *path);
/* Appends to report a catalog row for each missing catalog and domain
 * under path (a catalog folder or a domain folder), with its finding. */
void check_project(const char *path, const struct check_options *opts,
		   struct check_report *report);

#endif
