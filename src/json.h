/* json.h: writing JSON strings. */
#ifndef FOLIO_JSON_H
#define FOLIO_JSON_H

#include <stdio.h>

/* Writes s as a JSON string literal, quotes included. */
void json_write_string(FILE *out, const char *s);

#endif
