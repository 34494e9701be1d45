/* cmd-translate.c: folio translate: ITS-described XML documents written
 * back in other languages, one document per language or one multilingual
 * document holding them all. */
#include <config.h>

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unicode/uloc.h>

#include "atomic-file.h"
#include "cli.h"
#include "commands.h"
#include "diag.h"
#include "edition.h"
#include "i18n.h"
#include "its-locate.h"
#include "its-options.h"
#include "its.h"
#include "locale-tag.h"
#include "translate.h"
#include "xalloc.h"

static const char usage_text[] = N_(
	"Usage: folio translate --locale LANG (--po FILE.po | --mo FILE.mo) [OPTION]... FILE\n"
	"  or:  folio translate --po-dir DIR -o OUTDIR [OPTION]... FILE...\n"
	"  or:  folio translate --multilingual --po-dir DIR [OPTION]... FILE...\n"
	"Write an XML document in another language: every unit folio extract finds\n"
	"replaced by its translation, everything else kept as it is.\n"
	"\n"
	"  -l, --locale=LANG      the target language (with --po-dir: only this one)\n"
	"      --po=FILE          the catalog (fuzzy entries are not used)\n"
	"      --mo=FILE          a compiled catalog instead\n"
	"      --po-dir=DIR       the catalogs DIR/LANG.po of the languages in\n"
	"                         DIR/LINGUAS\n"
	"  -o, --output=OUT       the translated document (default: standard output);\n"
	"                         with --po-dir, the folder for OUT/LANG/FILE\n"
	"      --multilingual     one document with a copy of each unit per language,\n"
	"                         as msgfmt --xml writes; several FILEs go to OUT/FILE\n"
	"      --keep=PCT         write a document only when at least PCT percent of\n"
	"                         its units are translated (default 0)\n"
	"      --its=RULES        apply the ITS rules in RULES after the built-in ones\n"
	"                         (may be repeated)\n"
	"      --rules-dir=DIR    also read rules that documents link from DIR\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n");

struct translate_options {
	const char *locale, *po, *mo, *po_dir, *output;
	const char *catalog;     /* --po or --mo */
	int compiled;            /* the catalog is --mo */
	int multilingual;
	double keep;
	struct cli_list its, rules_dirs;
};

#define OPT(field) offsetof(struct translate_options, field)
static const struct cli_option options[] = {
	{ "locale", 'l', CLI_STRING, OPT(locale), 0, 0, NULL },
	{ "po", 0, CLI_STRING, OPT(po), 0, 0, NULL },
	{ "mo", 0, CLI_STRING, OPT(mo), 0, 0, NULL },
	{ "po-dir", 0, CLI_STRING, OPT(po_dir), 0, 0, NULL },
	{ "output", 'o', CLI_STRING, OPT(output), 0, 0, NULL },
	{ "multilingual", 0, CLI_FLAG, OPT(multilingual), 0, 0, NULL },
	{ "keep", 0, CLI_PERCENT, OPT(keep), 0, 0, NULL },
	{ "its", 0, CLI_LIST, OPT(its), 0, 0, NULL },
	{ "rules-dir", 0, CLI_LIST, OPT(rules_dirs), 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const struct cli_command translate_command = {
	"translate", usage_text, options, 1, -1, N_("expected --locale, a catalog and one "
						   "document, or --po-dir and documents")
};

/* One target language and its catalog, read once for every document. */
struct target {
	struct locale locale;
	struct translate_catalog catalog;
};

/* The three forms of the usage text; -1 after reporting a mismatch. */
static int check_form(struct translate_options *opts, int n_files)
{
	if (opts->po && opts->mo)
		return diag_usage("translate", _("'--po' and '--mo' cannot go together"));
	opts->catalog = opts->po ? opts->po : opts->mo;
	opts->compiled = opts->mo != NULL;
	if (opts->po_dir ? opts->catalog || n_files < 1
			 || (!opts->output && (n_files > 1 || !opts->multilingual))
			 : !opts->locale || !opts->catalog || opts->multilingual || n_files != 1)
		return diag_usage("translate", "%s", _(translate_command.args_error));
	return 0;
}

/* The target languages: --locale, else those of DIR/LINGUAS. */
static struct locale *target_languages(const struct translate_options *opts, size_t *n)
{
	struct locale *list = xcalloc(1, sizeof(*list));
	struct strbuf reason = STRBUF_INIT;

	*n = 0;
	if (opts->locale) {
		if (locale_parse(opts->locale, &list[0], &reason) < 0)
			diag_usage("translate", _("'%s' is not a language tag: %s"), opts->locale,
				   reason.buf);
		else
			*n = 1;
		strbuf_release(&reason);
		return list;
	}
	free(list);
	/* The source language comes first there: it has no catalog. */
	list = edition_languages(FOLIO_DEFAULT_SOURCE_LANGUAGE, opts->po_dir, 1, n);
	locale_release(&list[0]);
	memmove(list, list + 1, --*n * sizeof(*list));
	return list;
}

static int load_targets(const struct translate_options *opts, struct target **out, size_t *n)
{
	size_t n_languages;
	struct locale *languages = target_languages(opts, &n_languages);
	struct target *targets = xcalloc(n_languages ? n_languages : 1, sizeof(*targets));
	struct strbuf path = STRBUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < n_languages; i++) {
		targets[i].locale = languages[i];
		strbuf_reset(&path);
		if (opts->catalog)
			strbuf_addstr(&path, opts->catalog);
		else
			strbuf_addf(&path, "%s/%s.po", opts->po_dir, languages[i].name);
		if (translate_catalog_load(&targets[i].catalog, path.buf, opts->compiled) < 0)
			rc = -1;
	}
	free(languages);
	strbuf_release(&path);
	*out = targets;
	*n = n_languages;
	if (rc == 0 && n_languages == 0 && opts->locale)
		rc = -1;   /* not a language tag: reported */
	else if (rc == 0 && n_languages == 0)
		rc = diag_usage("translate", _("no languages in '%s/LINGUAS'"), opts->po_dir);
	return rc;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Documents written into one folder by their names need different ones. */
static int check_names(const struct translate_options *opts, char **files, int n_files)
{
	if (!opts->po_dir || (opts->multilingual && n_files == 1))
		return 0;
	struct strmap seen;
	int rc = 0;
	strmap_init(&seen);
	for (int i = 0; i < n_files && rc == 0; i++)
		if (!strmap_put(&seen, base_name(files[i]), files[i]))
			rc = diag_usage("translate", _("'%s' and '%s' would be written to one file"),
					strmap_get(&seen, base_name(files[i])), files[i]);
	strmap_release(&seen);
	return rc;
}

static void free_targets(struct target *targets, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		locale_release(&targets[i].locale);
		translate_catalog_release(&targets[i].catalog);
	}
	free(targets);
}

static int make_folder(const char *path)
{
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
		return diag_io_error(path, 0, 0, _("cannot create folder: %s"), strerror(errno));
	return 0;
}

/* Where a document goes: OUT itself (empty: standard output), OUT/FILE
 * for several multilingual ones, or OUT/LANG/FILE. */
static int output_path(const struct translate_options *opts, int n_files, const char *file,
		       const char *lang_dir, struct strbuf *out)
{
	strbuf_reset(out);
	if (!opts->po_dir || (opts->multilingual && n_files == 1)) {
		if (opts->output && strcmp(opts->output, "-") != 0)
			strbuf_addstr(out, opts->output);
		return 0;
	}
	strbuf_addstr(out, opts->output);
	if (make_folder(out->buf) < 0)
		return -1;
	if (lang_dir) {
		strbuf_addf(out, "/%s", lang_dir);
		if (make_folder(out->buf) < 0)
			return -1;
	}
	strbuf_addf(out, "/%s", base_name(file));
	return 0;
}

static int write_document(struct translate_doc *td, int pretty, const char *path)
{
	struct strbuf data = STRBUF_INIT;
	int rc = translate_doc_write(td, pretty, &data);

	if (rc == 0 && !*path && fwrite(data.buf, 1, data.len, stdout) != data.len)
		rc = diag_io_error(NULL, 0, 0, _("write error on standard output: %s"),
				   strerror(errno));
	else if (rc == 0 && *path)
		rc = atomic_file_write_if_changed(path, data.buf, data.len);
	strbuf_release(&data);
	return rc;
}

/* Units left in the source language are counted, never hidden; below
 * --keep, nothing is written (-1). */
static int report(const struct translate_options *opts, const char *file, const char *lang,
		  const struct translate_counts *counts)
{
	if (counts->n_rejected)
		diag_note(file, 0, 0, _("'%s': %u translations not used: broken or foreign markup"),
			  lang, counts->n_rejected);
	if (counts->n_translated < counts->n_units)
		diag_note(file, 0, 0, _("'%s': %u of %u units untranslated (source text)"), lang,
			  counts->n_units - counts->n_translated, counts->n_units);
	double percent = translate_percent(counts);
	if (percent < opts->keep)
		return diag_error(file, 0, 0, _("'%s': %.1f%% of the units translated, less than "
						"--keep %g%%; not written"), lang, percent, opts->keep);
	return 0;
}

/* One document per language, the source put back after each. */
static int translate_each(const struct translate_options *opts, int n_files,
			  struct translate_doc *td, const struct target *targets, size_t n)
{
	struct strbuf path = STRBUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < n; i++) {
		struct translate_counts counts;
		const struct locale *loc = &targets[i].locale;
		translate_doc_apply(td, &targets[i].catalog, loc->tag, uloc_isRightToLeft(loc->icu),
				    &counts);
		if (report(opts, td->path, loc->tag, &counts) < 0
		    || output_path(opts, n_files, td->path, loc->dir, &path) < 0
		    || write_document(td, 0, path.buf) < 0)
			rc = -1;
		translate_doc_restore(td);
	}
	strbuf_release(&path);
	return rc;
}

/* One document holding every language; one below --keep is left out. */
static int translate_multilingual(const struct translate_options *opts, int n_files,
				  struct translate_doc *td, const struct target *targets,
				  size_t n)
{
	struct strbuf path = STRBUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < n; i++) {
		struct translate_counts counts;
		size_t before = td->n_copies;
		const char *name = targets[i].locale.name;
		translate_doc_add_language(td, &targets[i].catalog, name, &counts);
		if (report(opts, td->path, name, &counts) < 0) {
			translate_doc_remove_copies(td, before);
			rc = -1;
		}
	}
	if (output_path(opts, n_files, td->path, NULL, &path) < 0
	    || write_document(td, 1, path.buf) < 0)
		rc = -1;
	strbuf_release(&path);
	return rc;
}

int cmd_translate(int argc, char **argv)
{
	struct translate_options opts = { 0 };
	struct cli_args args;
	int rc = cli_parse(&translate_command, argc, argv, &opts, &args);

	if (rc == CLI_GO_ON && check_form(&opts, args.n_items) < 0)
		rc = FOLIO_EXIT_FAILURE;
	if (rc != CLI_GO_ON) {
		cli_list_release(&opts.its);
		cli_list_release(&opts.rules_dirs);
		return rc;
	}
	struct its_rules *rules = its_rules_new();
	struct target *targets = NULL;
	size_t n_targets = 0;
	rc = FOLIO_EXIT_FINDING;
	if (check_names(&opts, args.items, args.n_items) < 0) {
		rc = FOLIO_EXIT_FAILURE;
	} else if (its_options_load(rules, &opts.its, &opts.rules_dirs) == 0
		   && load_targets(&opts, &targets, &n_targets) == 0) {
		int failed = 0;
		for (int i = 0; i < args.n_items; i++) {
			struct translate_doc td;
			if (translate_doc_load(&td, args.items[i], rules) < 0) {
				failed = 1;
				continue;
			}
			if ((opts.multilingual ? translate_multilingual : translate_each)
				    (&opts, args.n_items, &td, targets, n_targets) < 0)
				failed = 1;
			translate_doc_release(&td);
		}
		rc = failed ? FOLIO_EXIT_FINDING : FOLIO_EXIT_OK;
	}
	rc = diag_exit_status(rc);
	free_targets(targets, n_targets);
	its_rules_free(rules);
	cli_list_release(&opts.its);
	cli_list_release(&opts.rules_dirs);
	its_locate_cleanup();
	its_allow_cleanup();
	return rc;
}
