/* pseudo.c: the pseudo-locales en-XA (accented and longer) and ar-XB
 * (right to left), made from a msgid.
 *
 * One pass over the msgid copies syntax byte for byte and rewrites what
 * lies between: markup (a tag from '<' to its '>', an entity reference
 * from '&' to ';') and, in an ICU pattern, quoted syntax and arguments.
 * An argument's name, type, style and selectors are copied; the scanner
 * descends into the sub-messages of plural, selectordinal and select,
 * whose text is rewritten in turn.  Text is rewritten word by word, a word
 * being a run of ASCII letters: en-XA repeats its vowels and sends it
 * through an ICU transliterator of folio's own rules; ar-XB keeps it and
 * brackets the whole unit with direction marks instead.  All state lives
 * in one struct rewriter per call; only the transliterator is kept. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "diag.h"
#include "i18n.h"
#include "icu-pattern.h"
#include "pseudo.h"
#include "xalloc.h"

enum pseudo_kind {
	PSEUDO_ACCENTS,   /* en-XA */
	PSEUDO_BIDI,      /* ar-XB */
};

static const struct pseudo_locale {
	const char *tag;          /* BCP 47 */
	const char *formatting;   /* the locale ICU formats for */
	enum pseudo_kind kind;
} pseudo_locales[] = {
	{ "en-XA", "en", PSEUDO_ACCENTS },
	{ "ar-XB", "ar", PSEUDO_BIDI },
};

/* The en-XA rules: each ASCII letter to one accented (or similar-looking)
 * letter, one code point for one, so that lengths stay predictable. */
static const char accent_rules[] =
	"a > á; b > ƀ; c > ç; d > ð; e > é; f > ƒ; g > ĝ; h > ĥ; i > î; j > ĵ; "
	"k > ķ; l > ļ; m > ɱ; n > ñ; o > ö; p > þ; q > ǫ; r > ŕ; s > š; t > ţ; "
	"u > û; v > ṽ; w > ŵ; x > ẋ; y > ý; z > ž; "
	"A > Å; B > Ɓ; C > Ç; D > Ð; E > É; F > Ƒ; G > Ĝ; H > Ĥ; I > Î; J > Ĵ; "
	"K > Ķ; L > Ļ; M > Ṁ; N > Ñ; O > Ö; P > Þ; Q > Ǫ; R > Ŕ; S > Ŝ; T > Ţ; "
	"U > Û; V > Ṽ; W > Ŵ; X > Ẋ; Y > Ý; Z > Ž;";
static const char accent_id[] = "folio-en-XA";

/* UTF-8 of U+200F RIGHT-TO-LEFT MARK, U+202E RIGHT-TO-LEFT OVERRIDE and
 * U+202C POP DIRECTIONAL FORMATTING. */
#define RLM "\xE2\x80\x8F"
#define RLO "\xE2\x80\xAE"
#define PDF "\xE2\x80\xAC"

static UTransliterator *accents;

struct rewriter {
	const char *p;              /* the next byte of the msgid */
	const struct pseudo_locale *locale;
	int is_icu;
	int depth;                  /* ICU argument levels open */
	struct strbuf *out;
	UErrorCode status;          /* threaded through every ICU call */
};

static int same_tag(const char *tag, const char *want)
{
	for (size_t i = 0; want[i]; i++) {
		char c = tag[i];
		if (want[i] == '-' ? c != '-' && c != '_'
				   : (c | 0x20) != (want[i] | 0x20))
			return 0;
	}
	return tag[strlen(want)] == '\0';
}

static const struct pseudo_locale *find_locale(const char *tag)
{
	for (size_t i = 0; tag && i < sizeof(pseudo_locales) / sizeof(pseudo_locales[0]); i++)
		if (same_tag(tag, pseudo_locales[i].tag))
			return &pseudo_locales[i];
	return NULL;
}

int pseudo_is_pseudo(const char *tag)
{
	return find_locale(tag) != NULL;
}

const char *pseudo_formatting_locale(const char *tag)
{
	const struct pseudo_locale *locale = find_locale(tag);

	return locale ? locale->formatting : NULL;
}

/* A UTF-16 copy of text (free with free()). */
static UChar *to_uchars(const char *text, int32_t *len, UErrorCode *status)
{
	u_strFromUTF8(NULL, 0, len, text, -1, status);
	if (*status == U_BUFFER_OVERFLOW_ERROR)
		*status = U_ZERO_ERROR;
	UChar *u = xmalloc(((size_t)*len + 1) * sizeof(UChar));
	u_strFromUTF8(u, *len + 1, NULL, text, -1, status);
	return u;
}

static void open_accents(UErrorCode *status)
{
	int32_t id_len, rules_len;
	UChar *id = to_uchars(accent_id, &id_len, status);
	UChar *rules = to_uchars(accent_rules, &rules_len, status);
	UParseError parse_error;

	if (U_SUCCESS(*status))
		accents = utrans_openU(id, id_len, UTRANS_FORWARD, rules, rules_len, &parse_error,
				       status);
	free(id);
	free(rules);
}

/* How many extra letters a word of len letters gets: 40%, rounded up. */
static size_t extra_letters(size_t len)
{
	return (2 * len + 4) / 5;
}

static int is_vowel(char c)
{
	return strchr("aeiouyAEIOUY", c) != NULL;
}

/* The word longer: its vowels repeated in turn, the first ones once more
 * when the extra letters do not divide evenly; a word without a vowel
 * repeats its last letter.  The copies are lower case, so that a word
 * still reads as one: "Sexual" becomes "Seexuuaal", "Article" "Aartiiclee". */
static void lengthen(const char *word, size_t len, struct strbuf *out)
{
	size_t extra = extra_letters(len), n_vowels = 0;

	for (size_t i = 0; i < len; i++)
		n_vowels += is_vowel(word[i]);
	for (size_t i = 0, vowel = 0; i < len; i++) {
		strbuf_addch(out, word[i]);
		size_t copies = 0;
		if (n_vowels && is_vowel(word[i]))
			copies = extra / n_vowels + (vowel++ < extra % n_vowels);
		else if (!n_vowels && i == len - 1)
			copies = extra;
		while (copies--)
			strbuf_addch(out, word[i] | 0x20);   /* ASCII lower case */
	}
}

/* en-XA: the word lengthened, then through the transliterator. */
static void add_accented(struct rewriter *r, const char *word, size_t len)
{
	struct strbuf longer = STRBUF_INIT;

	lengthen(word, len, &longer);
	int32_t text_len = (int32_t)longer.len, limit = text_len;
	int32_t capacity = 2 * text_len + 1;
	UChar *text = xmalloc((size_t)capacity * sizeof(UChar));
	for (int32_t i = 0; i < text_len; i++)
		text[i] = (UChar)longer.buf[i];   /* ASCII */
	utrans_transUChars(accents, text, &text_len, capacity, 0, &limit, &r->status);
	int32_t utf8_len = 0;
	UErrorCode probe = U_ZERO_ERROR;
	u_strToUTF8(NULL, 0, &utf8_len, text, text_len, &probe);
	strbuf_grow(r->out, (size_t)utf8_len + 1);
	u_strToUTF8(r->out->buf + r->out->len, utf8_len + 1, NULL, text, text_len, &r->status);
	if (U_SUCCESS(r->status))
		strbuf_setlen(r->out, r->out->len + (size_t)utf8_len);
	free(text);
	strbuf_release(&longer);
}

static int is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Text up to the next byte that may start syntax; words are rewritten,
 * everything else copied. */
static void rewrite_text(struct rewriter *r, const char *stops)
{
	while (*r->p && !strchr(stops, *r->p)) {
		const char *start = r->p;
		if (!is_ascii_letter(*r->p)) {
			while (*r->p && !is_ascii_letter(*r->p) && !strchr(stops, *r->p))
				r->p++;
			strbuf_add(r->out, start, (size_t)(r->p - start));
			continue;
		}
		while (is_ascii_letter(*r->p))
			r->p++;
		if (r->locale->kind == PSEUDO_ACCENTS)
			add_accented(r, start, (size_t)(r->p - start));
		else
			strbuf_add(r->out, start, (size_t)(r->p - start));
	}
}

/* Copies the bytes from start to the rewriter's position. */
static void copy_from(struct rewriter *r, const char *start)
{
	strbuf_add(r->out, start, (size_t)(r->p - start));
}

/* A tag, "<em>" to "</a>" or "<br/>", copied; attribute values may hold
 * '>' only when quoted. */
static void copy_tag(struct rewriter *r)
{
	const char *start = r->p;
	char quote = 0;

	for (r->p++; *r->p; r->p++) {
		if (quote) {
			quote = *r->p == quote ? 0 : quote;
		} else if (*r->p == '"' || *r->p == '\'') {
			quote = *r->p;
		} else if (*r->p == '>') {
			r->p++;
			break;
		}
	}
	copy_from(r, start);
}

/* "&amp;" or "&#10;" copied; a lone '&' is text. */
static void copy_entity(struct rewriter *r)
{
	size_t len = 1 + strspn(r->p + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789#._-:");

	if (r->p[len] == ';')
		len++;
	strbuf_add(r->out, r->p, len);
	r->p += len;
}

static void skip_space(struct rewriter *r)
{
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')
		r->p++;
}

static size_t skip_word(struct rewriter *r)
{
	const char *start = r->p;

	while (*r->p && !strchr(" \t\n\r,{}", *r->p))
		r->p++;
	return (size_t)(r->p - start);
}

/* Past the '}' that closes the argument the rewriter is inside. */
static void skip_to_close(struct rewriter *r)
{
	for (int depth = 0; *r->p;) {
		if (*r->p == '\'') {
			r->p = icu_pattern_skip_quoted(r->p);
			continue;
		}
		if (*r->p == '{')
			depth++;
		else if (*r->p == '}' && depth-- == 0)
			break;
		r->p++;
	}
	if (*r->p == '}')
		r->p++;
}

/* In ar-XB, what ICU puts in for an argument ({n}, '#') is taken out of
 * the override, so that a number is not shown with its digits reversed. */
static void add_value(struct rewriter *r, const char *start)
{
	int bidi = r->locale->kind == PSEUDO_BIDI;

	if (bidi)
		strbuf_addstr(r->out, PDF);
	copy_from(r, start);
	if (bidi)
		strbuf_addstr(r->out, RLO);
}

static void rewrite_message(struct rewriter *r, int in_plural);

/* The sub-messages of a plural, selectordinal or select argument, from
 * after its type's comma to past its closing brace. */
static void rewrite_branches(struct rewriter *r, int is_plural)
{
	for (;;) {
		const char *start = r->p;
		skip_space(r);
		const char *selector = r->p;
		size_t len = skip_word(r);
		skip_space(r);
		if (len > 7 && strncmp(selector, "offset:", 7) == 0) {
			copy_from(r, start);
			continue;
		}
		if (*r->p != '{') {
			skip_to_close(r);
			copy_from(r, start);
			return;
		}
		r->p++;
		copy_from(r, start);
		rewrite_message(r, is_plural);
		start = r->p;
		if (*r->p == '}')
			r->p++;
		copy_from(r, start);
	}
}

/* An argument from its '{' to past its '}'. */
static void rewrite_argument(struct rewriter *r)
{
	const char *start = r->p;

	r->p++;
	if (r->depth >= FOLIO_ICU_MAX_DEPTH) {
		skip_to_close(r);   /* icu_pattern_parse refuses such a pattern */
		copy_from(r, start);
		return;
	}
	skip_space(r);
	skip_word(r);
	skip_space(r);
	if (*r->p == ',') {
		r->p++;
		skip_space(r);
		const char *type = r->p;
		size_t len = skip_word(r);
		int is_plural = (len == 6 && strncmp(type, "plural", 6) == 0)
			|| (len == 13 && strncmp(type, "selectordinal", 13) == 0);
		int is_select = len == 6 && strncmp(type, "select", 6) == 0;
		skip_space(r);
		if ((is_plural || is_select) && *r->p == ',') {
			r->p++;
			copy_from(r, start);
			r->depth++;
			rewrite_branches(r, is_plural);
			r->depth--;
			return;
		}
	}
	skip_to_close(r);
	add_value(r, start);
}

/* Text with markup and, in a pattern, ICU syntax, up to (not past) an
 * unmatched '}' of a pattern or the end. */
static void rewrite_message(struct rewriter *r, int in_plural)
{
	const char *stops = r->is_icu ? "<&'{}#" : "<&";

	while (*r->p && !(r->is_icu && *r->p == '}')) {
		const char *start = r->p;
		if (*r->p == '<') {
			copy_tag(r);
		} else if (*r->p == '&') {
			copy_entity(r);
		} else if (!strchr(stops, *r->p)) {
			rewrite_text(r, stops);
		} else if (*r->p == '\'') {
			r->p = icu_pattern_skip_quoted(r->p);
			copy_from(r, start);
		} else if (*r->p == '{') {
			rewrite_argument(r);
		} else {   /* '#', the number only in a plural's sub-message */
			r->p++;
			if (in_plural)
				add_value(r, start);
			else
				copy_from(r, start);
		}
	}
}

/* The whole msgid; a stray '}' of a pattern is copied (ICU refuses it). */
static void rewrite_unit(struct rewriter *r)
{
	int accents_kind = r->locale->kind == PSEUDO_ACCENTS;

	strbuf_addstr(r->out, accents_kind ? "[" : RLM RLO);
	while (*r->p) {
		rewrite_message(r, 0);
		if (*r->p == '}')
			strbuf_addch(r->out, *r->p++);
	}
	strbuf_addstr(r->out, accents_kind ? "]" : PDF RLM);
}

int pseudo_translate(const char *tag, const char *msgid, int is_icu, struct strbuf *out)
{
	const struct pseudo_locale *locale = find_locale(tag);
	struct rewriter r = {
		.p = msgid, .locale = locale, .is_icu = is_icu, .out = out, .status = U_ZERO_ERROR,
	};
	size_t old_len = out->len;

	if (!locale) {
		strbuf_addstr(out, msgid);
		return 0;
	}
	if (locale->kind == PSEUDO_ACCENTS && !accents)
		open_accents(&r.status);
	if (U_SUCCESS(r.status))
		rewrite_unit(&r);
	if (U_FAILURE(r.status)) {
		strbuf_setlen(out, old_len);
		return diag_error(NULL, 0, 0, _("cannot transliterate text for '%s': %s"),
				  locale->tag, u_errorName(r.status));
	}
	return 0;
}

void pseudo_cleanup(void)
{
	utrans_close(accents);
	accents = NULL;
}
