/* cmd-render.c: folio render: one edition of one article. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
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

static const char usage_text[] = N_(
	"Usage: folio render --locale LANG [OPTION]... ARTICLE.xml\n"
	"Render one edition of an article: its text with the translations of\n"
	"po/ARTICLE/LANG.po and po/edition/LANG.po, dates, numbers and plurals\n"
	"formatted by ICU for LANG.\n"
	"\n"
	"  -l, --locale=LANG      the edition's language (en is the source)\n"
	"  -f, --format=FORMAT    text (default) or html\n"
	"  -w, --width=N          wrap text at N display columns (default 72; 0: no wrapping)\n"
	"  -o, --output=FILE      write to FILE (default: standard output)\n"
	"      --po=DIR           catalogs (default: po/ beside the article's folder)\n"
	"      --template=FILE    edition template (default: edition.xml beside the article)\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n");

static const struct option options[] = {
	{ "locale", required_argument, NULL, 'l' },
	{ "format", required_argument, NULL, 'f' },
	{ "width", required_argument, NULL, 'w' },
	{ "output", required_argument, NULL, 'o' },
	{ "po", required_argument, NULL, 'p' },
	{ "template", required_argument, NULL, 't' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
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

int cmd_render(int argc, char **argv)
{
	const char *locale = NULL, *output = NULL, *po_dir = NULL, *template_path = NULL;
	int html = 0, width = 72, c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "l:f:w:o:hV", options, NULL)) != -1) {
		switch (c) {
		case 'l': locale = optarg; break;
		case 'f':
			if (strcmp(optarg, "html") != 0 && strcmp(optarg, "text") != 0) {
				diag_usage("render", _("unknown format '%s'"), optarg);
				return FOLIO_EXIT_FAILURE;
			}
			html = strcmp(optarg, "html") == 0;
			break;
		case 'w':
			if (cli_integer("render", "width", optarg, 0, 10000, &width) < 0)
				return FOLIO_EXIT_FAILURE;
			break;
		case 'o': output = optarg; break;
		case 'p': po_dir = optarg; break;
		case 't': template_path = optarg; break;
		case 'h': fputs(_(usage_text), stdout); return FOLIO_EXIT_OK;
		case 'V': print_version(); return FOLIO_EXIT_OK;
		default: diag_usage("render", _("invalid option")); return FOLIO_EXIT_FAILURE;
		}
	}
	if (!locale || argc - optind != 1) {
		diag_usage("render", _("expected --locale and one article"));
		return FOLIO_EXIT_FAILURE;
	}
	struct strbuf lang = STRBUF_INIT, po = STRBUF_INIT, tpl = STRBUF_INIT, out = STRBUF_INIT;
	const char *article = argv[optind];
	struct strbuf reason = STRBUF_INIT;
	if (locale_tag_check(locale, &reason) < 0 || locale_tag_to_gettext(locale, &lang) < 0) {
		diag_usage("render", _("'%s' is not a language tag: %s"), locale, reason.buf);
		strbuf_release(&reason);
		return FOLIO_EXIT_FAILURE;
	}
	strbuf_release(&reason);
	if (!po_dir)
		beside(article, "/../po", &po);
	else
		strbuf_addstr(&po, po_dir);
	if (!template_path)
		beside(article, "/edition.xml", &tpl);
	else
		strbuf_addstr(&tpl, template_path);
	size_t n_languages;
	char **languages = edition_languages(po.buf, &n_languages);
	struct edition_set set;
	edition_set_init(&set, po.buf, tpl.buf, width, (const char *const *)languages, n_languages);
	struct localise_doc doc;
	struct localise_counts counts;
	int rc = FOLIO_EXIT_FINDING;
	if (localise_doc_load(&doc, article) == 0
	    && edition_render(&set, &doc, lang.buf, html ? NULL : &out, html ? &out : NULL,
			      &counts) == 0) {
		report_fallback(lang.buf, &counts);
		rc = write_output(output, &out) == 0 ? FOLIO_EXIT_OK : FOLIO_EXIT_FAILURE;
	}
	rc = diag_exit_status(rc);
	localise_doc_release(&doc);
	edition_set_release(&set);
	for (size_t i = 0; i < n_languages; i++)
		free(languages[i]);
	free(languages);
	strbuf_release(&lang);
	strbuf_release(&po);
	strbuf_release(&tpl);
	strbuf_release(&out);
	its_locate_cleanup();
	return rc;
}
