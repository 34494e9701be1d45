// fmt-message.cc: icu::MessageFormat::format with argument names, the one
// ICU feature folio needs that the C API lacks (umsg_format is positional
// and reads C varargs whose types depend on a translator's pattern).
#include <config.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include "fmt-message.h"

extern "C" char *fmt_message(const char *locale, const char *pattern,
			     const struct fmt_arg *args, size_t n_args)
{
	UErrorCode status = U_ZERO_ERROR;
	UParseError parse_error;
	icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale),
				  parse_error, status);
	if (U_FAILURE(status))
		return nullptr;
	std::vector<icu::UnicodeString> names;
	std::vector<icu::Formattable> values;
	for (size_t i = 0; i < n_args; i++) {
		names.push_back(icu::UnicodeString::fromUTF8(args[i].name));
		if (args[i].text)
			values.emplace_back(icu::UnicodeString::fromUTF8(args[i].text));
		else
			values.emplace_back(args[i].number);
	}
	icu::UnicodeString result;
	format.format(names.data(), values.data(), static_cast<int32_t>(n_args), result, status);
	if (U_FAILURE(status))
		return nullptr;
	std::string utf8;
	result.toUTF8String(utf8);
	return strdup(utf8.c_str());
}
