/* po-format.c: the extent of C format directives, for the PO writer.
 * Only extents matter here (the writer never breaks inside a directive),
 * so argument types are not kept; what makes gettext's parser give up is
 * kept, since it ends the marking: argument number 0, a numbered and an
 * unnumbered argument in one string, an unknown conversion or size. */
#include <config.h>

#include <string.h>

#include "po-format.h"

struct c_scan {
	const char *p;
	int numbered, unnumbered;   /* kinds of argument seen so far */
};

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An argument reference "m$" after a '%' or a '*': 1 when there is one,
 * 0 when not (p unmoved), -1 when it is invalid. */
static int scan_argument_number(struct c_scan *scan)
{
	const char *q = scan->p;
	unsigned number = 0;

	if (!is_digit(*q))
		return 0;
	while (is_digit(*q))
		number = 10 * number + (unsigned)(*q++ - '0');
	if (*q != '$')
		return 0;
	if (number == 0)
		return -1;
	scan->p = q + 1;
	return 1;
}

/* Records one argument taken; mixing the two kinds is an error. */
static int take_argument(struct c_scan *scan, int numbered)
{
	if (numbered ? scan->unnumbered : scan->numbered)
		return -1;
	if (numbered)
		scan->numbered = 1;
	else
		scan->unnumbered = 1;
	return 0;
}

/* A width or precision: "*", "*m$" or digits. */
static int scan_amount(struct c_scan *scan)
{
	if (*scan->p == '*') {
		scan->p++;
		int numbered = scan_argument_number(scan);
		return numbered < 0 ? -1 : take_argument(scan, numbered);
	}
	while (is_digit(*scan->p))
		scan->p++;
	return 0;
}

/* <PRIdN>, <PRIuLEASTN>, <PRIxFASTN>, <PRIdMAX>, <PRIdPTR>, N = 8 16 32 64,
 * after its '<'. */
static int scan_inttypes_macro(struct c_scan *scan)
{
	static const char *const widths[] = { "8", "16", "32", "64" };
	const char *q = scan->p;

	if (strncmp(q, "PRI", 3) != 0 || !*(q + 3) || !strchr("diouxX", q[3]))
		return -1;
	q += 4;
	if (strncmp(q, "MAX", 3) == 0 || strncmp(q, "PTR", 3) == 0) {
		q += 3;
	} else {
		if (strncmp(q, "LEAST", 5) == 0)
			q += 5;
		else if (strncmp(q, "FAST", 4) == 0)
			q += 4;
		size_t i;
		for (i = 0; i < 4; i++)
			if (strncmp(q, widths[i], strlen(widths[i])) == 0)
				break;
		if (i == 4)
			return -1;
		q += strlen(widths[i]);
	}
	if (*q != '>')
		return -1;
	scan->p = q + 1;
	return 0;
}

/* Size letters, then the conversion; returns whether it takes an argument
 * (1), takes none (0), or is invalid (-1). */
static int scan_conversion(struct c_scan *scan)
{
	/* The size: 'h', 'H' for hh, 'l', 'M' for ll, 'L', 'q', 'j', 'z', 't'. */
	const char *q = scan->p;
	int size = 0;

	if (*q == 'h' || *q == 'l') {
		size = q[1] == *q ? (*q == 'h' ? 'H' : 'M') : *q;
		q += q[1] == *q ? 2 : 1;
	} else if (*q && strchr("LqjztZ", *q)) {
		size = *q == 'Z' ? 'z' : *q;
		q++;
	}
	char conversion = *q;
	if (!conversion)
		return -1;
	scan->p = q + 1;
	switch (conversion) {
	case '%': case 'm':   /* m: glibc's strerror(errno) */
		return 0;
	case 'c': case 's':
		return size == 0 || size == 'l' ? 1 : -1;
	case 'C': case 'S': case 'p':
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'n':
		return 1;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
		/* Floating point takes L, q and ll; other sizes are errors. */
		return size == 0 || size == 'L' || size == 'q' || size == 'M' ? 1 : -1;
	default:
		return -1;
	}
}

/* One directive after its '%': 0 when valid, -1 when gettext gives up. */
static int scan_directive(struct c_scan *scan, int is_msgstr)
{
	int numbered = scan_argument_number(scan);

	if (numbered < 0)
		return -1;
	while (*scan->p && (strchr(" +-#0'", *scan->p) || (is_msgstr && *scan->p == 'I')))
		scan->p++;
	if (scan_amount(scan) < 0)
		return -1;
	if (*scan->p == '.') {
		scan->p++;
		if (scan_amount(scan) < 0)
			return -1;
	}
	int takes;
	if (*scan->p == '<') {
		scan->p++;
		takes = scan_inttypes_macro(scan) < 0 ? -1 : 1;
	} else {
		takes = scan_conversion(scan);
	}
	if (takes < 0)
		return -1;
	return takes ? take_argument(scan, numbered) : 0;
}

void po_format_c_marks(const char *s, int is_msgstr, char *marks)
{
	struct c_scan scan = { s, 0, 0 };
	size_t len = strlen(s);

	memset(marks, PO_FORMAT_TEXT, len);
	while (*scan.p) {
		if (*scan.p++ != '%')
			continue;
		const char *start = scan.p - 1;
		if (scan_directive(&scan, is_msgstr) < 0)
			return;
		marks[start - s] = PO_FORMAT_START;
		memset(marks + (start - s) + 1, PO_FORMAT_INSIDE, (size_t)(scan.p - start - 1));
	}
}
