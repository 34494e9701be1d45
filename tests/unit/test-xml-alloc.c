/* test-xml-alloc.c: with libxml2's blocks recycled, every block holds
 * what was written to it until it is freed, whatever mix of sizes and
 * frees came before; blocks cross between free() and xmlFree(); another
 * thread's calls are glibc's own; documents parsed over and over
 * serialise as they did without the recycling. */
#include <config.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

#include "tap.h"
#include "xml-alloc.h"

enum { N_BLOCKS = 4000, ROUNDS = 40 };

static uint64_t state = 0x9e3779b97f4a7c15ULL;

static uint64_t next_random(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

struct block {
	unsigned char *p;
	size_t size;
	unsigned char fill;
};

static int intact(const struct block *b)
{
	for (size_t i = 0; i < b->size; i++)
		if (b->p[i] != b->fill)
			return 0;
	return 1;
}

/* Random sizes from 1 to 700 bytes (both sides of the largest class),
 * freed and made again in random order, each filled with its own byte. */
static int churn(void)
{
	static struct block blocks[N_BLOCKS];
	int good = 1;

	for (int round = 0; round < ROUNDS; round++)
		for (size_t i = 0; i < N_BLOCKS; i++) {
			struct block *b = &blocks[(size_t)next_random() % N_BLOCKS];
			if (b->p) {
				good &= intact(b);
				if (next_random() % 3 == 0)
					free(b->p);   /* glibc's free of a recycled block */
				else
					xmlFree(b->p);
				b->p = NULL;
			}
			b->size = 1 + (size_t)(next_random() % 700);
			b->fill = (unsigned char)next_random();
			b->p = next_random() % 5 == 0 ? malloc(b->size) : xmlMalloc(b->size);
			if (!b->p)
				return 0;
			memset(b->p, b->fill, b->size);
		}
	for (size_t i = 0; i < N_BLOCKS; i++) {
		if (blocks[i].p)
			good &= intact(&blocks[i]);
		xmlFree(blocks[i].p);
		blocks[i].p = NULL;
	}
	return good;
}

static void *churn_on_thread(void *result)
{
	*(int *)result = churn();
	return NULL;
}

static char *serialised(const char *xml)
{
	xmlDoc *doc = xmlReadMemory(xml, (int)strlen(xml), "test.xml", NULL, XML_PARSE_NONET);
	xmlChar *out = NULL;
	int len = 0;

	if (!doc)
		return NULL;
	xmlDocDumpMemory(doc, &out, &len);
	xmlFreeDoc(doc);
	char *copy = out ? strdup((const char *)out) : NULL;
	xmlFree(out);
	return copy;
}

int main(void)
{
	static const char xml[] =
		"<?xml version=\"1.0\"?>\n<article xml:lang=\"en\"><title>A <em>short</em> one"
		"</title><p id=\"p1\">Text with <a href=\"https://example.org/\">a link</a>, "
		"&amp; an entity, <code>code</code> and a longer run of words so that the text node "
		"is past the size of the largest class of blocks the lists keep, which is five "
		"hundred and twenty bytes: these words are here only to make it long enough, and "
		"a few more of them make sure of it, well past the line.</p><!-- a comment --></article>\n";

	xml_alloc_install();
	char *want = serialised(xml);
	ok(want != NULL, "a document parses and serialises");
	int same = 1;
	for (int i = 0; i < 200; i++) {
		char *got = serialised(xml);
		same &= got && want && strcmp(got, want) == 0;
		free(got);
	}
	ok(same, "parsed 200 times over recycled blocks, it serialises the same");
	ok(churn(), "random sizes, freed by xmlFree() or free(), keep their bytes");
	pthread_t thread;
	int thread_ok = 0;
	ok(pthread_create(&thread, NULL, churn_on_thread, &thread_ok) == 0
	   && pthread_join(thread, NULL) == 0 && thread_ok,
	   "another thread's blocks keep their bytes too");
	char *again = serialised(xml);
	ok(again && want && strcmp(again, want) == 0, "after all that, the document is the same");
	free(again);
	free(want);
	xmlCleanupParser();
	xml_alloc_release();
	return done_testing();
}
