/* its-cat-annotators.c: ITS Tools Annotation, its:annotatorsRef (HTML
 * its-annotators-ref): which tool made a category's annotations, as
 * "identifier|IRI ...".  Local only.  A node's value accumulates the
 * declarations of its ancestors, the innermost IRI for each category,
 * sorted by category identifier (the recommendation's example 22).
 * Inherited by child elements and by the element's attributes. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "its-category.h"
#include "strbuf.h"

static const char *const local_names[] = { "annotatorsRef", NULL };

struct reference {
	const char *text;       /* "identifier|IRI" */
	size_t len, id_len;
};

enum { MAX_REFERENCES = 32 };

/* Adds the references of list, replacing earlier ones of the same
 * category. */
static void add_references(struct reference *refs, size_t *n, const char *list)
{
	for (const char *p = list; p && *p;) {
		p += strspn(p, " \t\r\n");
		size_t len = strcspn(p, " \t\r\n");
		const char *bar = memchr(p, '|', len);
		if (len && bar) {
			struct reference ref = { p, len, (size_t)(bar - p) };
			size_t i = 0;
			while (i < *n && !(refs[i].id_len == ref.id_len
					   && strncmp(refs[i].text, p, ref.id_len) == 0))
				i++;
			if (i < *n || *n < MAX_REFERENCES) {
				refs[i] = ref;
				*n += i == *n;
			}
		}
		p += len;
	}
}

static int compare_references(const void *a, const void *b)
{
	const struct reference *x = a, *y = b;
	size_t len = x->id_len < y->id_len ? x->id_len : y->id_len;
	int rc = strncmp(x->text, y->text, len);

	return rc ? rc : (x->id_len > y->id_len) - (x->id_len < y->id_len);
}

static void apply_local(xmlNode *element, struct its_node *node, struct arena *arena)
{
	const char **values = its_local_take(element, node, arena, ITS_G_ANNOTATORS, local_names);
	const xmlNode *parent = element->parent;
	const char *inherited = parent && parent->type == XML_ELEMENT_NODE
		? its_value(parent, ITS_ANNOTATORS_REF) : NULL;

	if (!values || !inherited)
		return;
	struct reference refs[MAX_REFERENCES];
	size_t n = 0;
	add_references(refs, &n, inherited);
	add_references(refs, &n, values[0]);
	qsort(refs, n, sizeof(*refs), compare_references);
	struct strbuf merged = STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(&merged, ' ');
		strbuf_add(&merged, refs[i].text, refs[i].len);
	}
	values[0] = arena_strdup(arena, merged.buf);
	strbuf_release(&merged);
}

const struct its_category its_category_annotators = {
	"tools annotation", FOLIO_ITS_NS, NULL, ITS_G_ANNOTATORS, NULL, local_names, apply_local,
	NULL,
};
