/* build-options.c: values of folio build's options that need more than a
 * range check, each entering the options in one place whatever its origin
 * (the command line or a project's configuration). */
#include <config.h>

#include "build.h"
#include "diag.h"
#include "i18n.h"
#include "site.h"

int build_options_base_url(struct build_options *opts, const char *url, const char *origin)
{
	struct strbuf reason = STRBUF_INIT;
	int rc = site_base_url_check(url, &reason);

	if (rc < 0 && origin)
		diag_error(origin, 0, 0, _("'%s' is not a base URL: %s"), url, reason.buf);
	else if (rc < 0)
		diag_usage("build", _("'%s' is not a base URL: %s"), url, reason.buf);
	else
		opts->base_url = url;
	strbuf_release(&reason);
	return rc;
}
