/* fuzz.h: what every harness under tests/fuzz/ shares: the two entry points
 * libFuzzer calls (declared here so that the harnesses build without
 * warnings under -Wmissing-prototypes, and so that replay.c can call them
 * without libFuzzer), and a NUL-terminated copy of an input. */
#ifndef FOLIO_FUZZ_H
#define FOLIO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* data as a C string (an embedded NUL ends it early, as it would end a
 * string read from a file); free with free(). */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* The project's languages: harnesses with a locale take the first byte of
 * the input modulo this list. */
__attribute__((unused)) static const char *const fuzz_locales[] = {
	"en", "ar", "de", "es", "fr", "he", "hi", "ja", "pl", "pt_BR", "ru", "tr", "zh_CN",
};
#define FUZZ_N_LOCALES (sizeof(fuzz_locales) / sizeof(fuzz_locales[0]))

/* A small article with a bit of every element of the vocabulary, inline
 * markup, attributes and local ITS markup: the fixed document of the
 * harnesses whose input is something else (rules, a translation, a
 * fragment). */
#define FUZZ_ARTICLE \
	"<?xml version='1.0'?>\n" \
	"<article xmlns='urn:x-folio:article' xmlns:its='http://www.w3.org/2005/11/its'" \
	" id='fuzz' xml:lang='en'>\n" \
	"<meta><category>Health</category><published>2025-06-23</published>" \
	"<reading-time/></meta>\n" \
	"<title context='page'>A <em>title</em> &amp; more</title>\n" \
	"<intro><p>Text with <strong>strong</strong>, <a href='https://example.org/'" \
	" title='A link'>a link</a>, <q>a quote</q>,<br/> and <code> code  </code>.</p>" \
	"<!-- A comment for translators. --><p its:translate='no'>Not this.</p></intro>\n" \
	"<section><h its:locNote='A heading'>Heading</h>" \
	"<list><item><strong>One:</strong> first</item>" \
	"<item xml:space='preserve'> two </item></list>" \
	"<callout kind='did-you-know'><p>Did you know?</p></callout></section>\n" \
	"<faq><qa><question>Why <em>so</em>?</question><answer><p>Because.</p></answer></qa></faq>\n" \
	"</article>\n"

#endif
