/* domain.h: a translation domain's folder, po/DOMAIN/, holding the template
 * DOMAIN.pot and one LANG.po per language.  Its source is
 * content/DOMAIN.xml beside the po/ folder, unless a content folder is
 * given. */
#ifndef FOLIO_DOMAIN_H
#define FOLIO_DOMAIN_H

#include <stddef.h>

struct domain {
	char *dir;        /* as given, without trailing slashes */
	char *name;       /* the folder's own name */
	char *pot;        /* dir/name.pot */
	char *source;     /* content_dir/name.xml, the path to open */
	char *source_ref; /* the same as the template's references name it:
	                     relative to the project's top folder */
	char **catalogs;  /* dir/LANG.po, sorted */
	size_t n_catalogs;
};

/* Fills d for the folder dir; content_dir NULL means dir/../../content.
 * Reports and returns -1 when dir is not a folder. Release with
 * domain_release. */
int domain_init(struct domain *d, const char *dir, const char *content_dir);
void domain_release(struct domain *d);

/* The domain of folder dir (p->po/NAME) in project p: the source
 * p->content/NAME.xml, referenced in the template as folio.conf names it
 * from the project's top folder.  Reports and returns -1 on failure;
 * release with domain_release either way. */
struct project;
int domain_init_in_project(struct domain *d, const struct project *p, const char *dir);

/* Extracts d's source into its template d->pot again (rewritten only when
 * its messages change).  Reports and returns -1 on failure. */
int domain_write_template(const struct domain *d);

#endif
