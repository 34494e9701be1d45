/* cmd-render.c: folio render: one edition of one article. */
#include <config.h>

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic-file.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "edition.h"
#include "i18n.h"
#include "its-locate.h"
#include "locale-tag.h"
#include "project.h"

static const char usage_text[] = N_(
	"Usage: folio render --locale LANG [OPTION]... ARTICLE.xml\n"
	"Render one edition of an article: its text with the translations of\n"
	"po/ARTICLE/LANG.po and po/edition/LANG.po, dates, numbers and plurals\n"
	"formatted by ICU for LANG.\n"
	"\n"
	"  -l, --locale=LANG      the edition's language (the article's xml:lang, or\n"
	"                         folio.conf's source-language, is the source)\n"
	"  -f, --format=FORMAT    text (default) or html\n"
	"  -w, --width=N          wrap text at N display columns (default 72; 0: no wrapping)\n"
	"  -o, --output=FILE      write to FILE (default: standard output)\n"
	"      --po=DIR           catalogs (default: po/ beside the article's folder)\n"
	"      --template=FILE    edition template (default: edition.xml beside the article,\n"
	"                         else the installed one)\n"
	"      --allow-unknown-locale\n"
	"                         format a LANG that ICU has no data for as ICU's root locale\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n");

struct render_options {
	const char *locale, *output, *po_dir, *template_path;
	int html, width, allow_unknown;
};

static const char *const format_names[] = { "text", "html", NULL };

#define OPT(field) offsetof(struct render_options, field)
static const struct cli_option options[] = {
	{ "locale", 'l', CLI_STRING, OPT(locale), 0, 0, NULL },
	{ "format", 'f', CLI_CHOICE, OPT(html), 0, 0, format_names },
	{ "width", 'w', CLI_INTEGER, OPT(width), 0, 10000, NULL },
	{ "output", 'o', CLI_STRING, OPT(output), 0, 0, NULL },
	{ "po", 0, CLI_STRING, OPT(po_dir), 0, 0, NULL },
	{ "template", 0, CLI_STRING, OPT(template_path), 0, 0, NULL },
	{ "allow-unknown-locale", 0, CLI_FLAG, OPT(allow_unknown), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char args_error[] = N_("expected --locale and one article");
static const struct cli_command render_command = {
	"render", usage_text, options, 1, 1, args_error
};

/* The folder part of path ("." for none), with suffix appended. */
static void beside(const char *path, const char *suffix, struct strbuf *out)
{
	const char *slash = strrchr(path, '/');

	if (slash)
		strbuf_add(out, path, (size_t)(slash - path));
	else
		strbuf_addch(out, '.');
	strbuf_addstr(out, suffix);
}

static int write_output(const char *output, const struct strbuf *data)
{
	if (!output) {
		if (fwrite(data->buf, 1, data->len, stdout) != data->len)
			return diag_io_error(NULL, 0, 0, _("write error on standard output: %s"),
					     strerror(errno));
		return 0;
	}
	return atomic_file_write_if_changed(output, data->buf, data->len);
}

/* Units the language's own catalog did not translate are not hidden. */
static void report_fallback(const char *lang, const struct localise_counts *counts)
{
	if (counts->n_fallback)
		diag_note(NULL, 0, 0, _("'%s': %u of %u units from the language-only catalog"),
			  lang, counts->n_fallback, counts->n_units);
	if (counts->n_translated < counts->n_units)
		diag_note(NULL, 0, 0, _("'%s': %u of %u units untranslated (source text)"), lang,
		  counts->n_units - counts->n_translated, counts->n_units);
}

/* The edition's locale, parsed once; a tag ICU has no data for is refused
 * unless the user asked for the root locale. */
static int parse_locale(const struct render_options *opts, struct locale *loc)
{
	struct strbuf reason = STRBUF_INIT;

	if (locale_parse(opts->locale, loc, &reason) < 0) {
		diag_usage("render", _("'%s' is not a language tag: %s"), opts->locale, reason.buf);
		strbuf_release(&reason);
		return -1;
	}
	strbuf_release(&reason);
	if (!loc->known && !opts->allow_unknown) {
		diag_usage("render", _("'%s' is not a locale ICU knows; use --allow-unknown-locale "
				       "to format it as the root locale"), opts->locale);
		locale_release(loc);
		return -1;
	}
	if (!loc->known) {
		diag_warning(NULL, 0, 0, _("'%s' is not a locale ICU knows; formatted as the root "
					   "locale"), opts->locale);
		locale_use_root(loc);
	}
	return 0;
}

/* The template and its catalogs: as given, else the article's folder's,
 * else the installed ones. */
static void find_template(const struct render_options *opts, const char *article,
			  const char *po, struct strbuf *tpl, struct strbuf *tpl_po)
{
	if (opts->template_path) {
		strbuf_addstr(tpl, opts->template_path);
		strbuf_addstr(tpl_po, po);
		return;
	}
	struct strbuf folder = STRBUF_INIT;
	beside(article, "", &folder);
	project_edition_template(folder.buf, po, tpl, tpl_po);
	strbuf_release(&folder);
}

int cmd_render(int argc, char **argv)
{
	struct project project;
	struct render_options opts = { NULL, NULL, NULL, NULL, 0, 72, 0 };
	if (project_load(&project) < 0) {
		project_release(&project);
		return FOLIO_EXIT_FAILURE;
	}
	opts.width = project.width;
	struct cli_args args;
	int done = cli_parse(&render_command, argc, argv, &opts, &args);
	struct locale loc;

	if (done == CLI_GO_ON && !opts.locale) {
		diag_usage("render", "%s", _(args_error));
		done = FOLIO_EXIT_FAILURE;
	}
	if (done == CLI_GO_ON && parse_locale(&opts, &loc) < 0)
		done = FOLIO_EXIT_FAILURE;
	if (done != CLI_GO_ON) {
		project_release(&project);
		return done;
	}
	const char *article = args.items[0];
	diag_verbose(article, _("rendering in '%s'"), loc.name);
	struct strbuf po = STRBUF_INIT, tpl = STRBUF_INIT, tpl_po = STRBUF_INIT, out = STRBUF_INIT;
	if (!opts.po_dir)
		beside(article, "/../po", &po);
	else
		strbuf_addstr(&po, opts.po_dir);
	find_template(&opts, article, po.buf, &tpl, &tpl_po);
	size_t n_languages;
	struct locale *languages = project_languages(&project, po.buf, opts.allow_unknown,
						     &n_languages);
	struct edition_set set;
	edition_set_init(&set, po.buf, tpl.buf, opts.width, languages, n_languages);
	set.template_po_dir = tpl_po.buf;
	set.source_language = project.source_language;
	struct localise_doc doc;
	struct localise_counts counts;
	int rc = FOLIO_EXIT_FINDING;
	if (localise_doc_load(&doc, article) == 0
	    && edition_render(&set, &doc, &loc, opts.html ? NULL : &out, opts.html ? &out : NULL,
			      &counts) == 0) {
		report_fallback(loc.name, &counts);
		rc = write_output(opts.output, &out) == 0 ? FOLIO_EXIT_OK : FOLIO_EXIT_FAILURE;
	}
	rc = diag_exit_status(rc);
	localise_doc_release(&doc);
	edition_set_release(&set);
	edition_languages_free(languages, n_languages);
	locale_release(&loc);
	project_release(&project);
	strbuf_release(&po);
	strbuf_release(&tpl);
	strbuf_release(&tpl_po);
	strbuf_release(&out);
	its_locate_cleanup();
	return rc;
}
