/* test-markup.c: inline content serialised as a msgid. */
#include <config.h>

#include <string.h>

#include "markup.h"
#include "tap.h"
#include "xml-doc.h"

static void check(const char *xml, int escape, const char *want, const char *title)
{
	xmlDoc *doc = xml_doc_parse(xml, strlen(xml), "test");
	struct strbuf out = STRBUF_INIT;

	markup_serialise_children(&out, xmlDocGetRootElement(doc), escape);
	is_str(out.buf, want, title);
	strbuf_release(&out);
	xmlFreeDoc(doc);
}

int main(void)
{
	check("<p>Plain text</p>", 1, "Plain text", "text");
	check("<p>a <em>b</em> c</p>", 1, "a <em>b</em> c", "an inline element");
	check("<p>go <a href='x?a=1&amp;b=2' title='say \"hi\"'>here</a></p>", 1,
	      "go <a href=\"x?a=1&amp;b=2\" title=\"say &quot;hi&quot;\">here</a>",
	      "attributes are double-quoted and escaped");
	check("<p>1 &lt; 2 &amp; 3 &gt; 2</p>", 1, "1 &lt; 2 &amp; 3 &gt; 2", "text is escaped");
	check("<p>1 &lt; 2 &amp; 3</p>", 0, "1 < 2 & 3", "escape=no keeps raw text");
	check("<p>line<br/>break</p>", 1, "line<br/>break", "an empty element is <name/>");
	check("<p>a<!-- hidden -->b<?pi x?>c</p>", 1, "abc", "comments and PIs are left out");
	check("<p><![CDATA[<raw>]]></p>", 1, "&lt;raw&gt;", "CDATA is text");
	check("<p xmlns:x='urn:x'>a <x:b>c</x:b></p>", 1, "a <x:b>c</x:b>",
	      "prefixed elements keep their prefix");

	struct strbuf out = STRBUF_INIT;
	markup_escape(&out, "a\"b\nc", 1);
	is_str(out.buf, "a&quot;b&#10;c", "attribute escaping covers quotes and newlines");
	strbuf_release(&out);
	return done_testing();
}
