// fmt-message.cc: icu::MessageFormat::format with argument names, the one
// ICU feature folio needs that the C API lacks (umsg_format is positional
// and reads C varargs whose types depend on a translator's pattern).
// Parsed patterns are kept per locale, as every edition formats the same
// few patterns again.
#include <config.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include "fmt-message.h"
#include "icu-pattern.h"

namespace {

// Parsed patterns by locale, then by pattern; a pattern that does not
// parse is kept as nullptr, so it is not parsed again either.  The maps
// compare with std::less<>, so that a lookup by the caller's C strings
// builds no std::string: every edition formats the same few patterns.
using patterns = std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>>;
std::map<std::string, patterns, std::less<>> *formats;

icu::MessageFormat *format_for(const char *locale, const char *pattern)
{
	if (!formats)
		formats = new std::map<std::string, patterns, std::less<>>();
	auto in_locale = formats->find(std::string_view(locale));
	if (in_locale == formats->end())
		in_locale = formats->emplace(locale, patterns()).first;
	auto found = in_locale->second.find(std::string_view(pattern));
	if (found != in_locale->second.end())
		return found->second.get();
	UErrorCode status = U_ZERO_ERROR;
	UParseError parse_error;
	std::unique_ptr<icu::MessageFormat> format(new icu::MessageFormat(
		icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale), parse_error, status));
	if (U_FAILURE(status))
		format.reset();
	icu::MessageFormat *parsed = format.get();
	in_locale->second.emplace(pattern, std::move(format));
	return parsed;
}

}  // namespace

extern "C" char *fmt_message(const char *locale, const char *pattern,
			     const struct fmt_arg *args, size_t n_args)
{
	long column;
	if (icu_pattern_check_depth(pattern, &column) < 0)
		return nullptr;   // ICU's parser would overflow the stack
	icu::MessageFormat *format = format_for(locale, pattern);
	if (!format)
		return nullptr;
	std::vector<icu::UnicodeString> names;
	std::vector<icu::Formattable> values;
	names.reserve(n_args);
	values.reserve(n_args);
	for (size_t i = 0; i < n_args; i++) {
		names.push_back(icu::UnicodeString::fromUTF8(args[i].name));
		if (args[i].text)
			values.emplace_back(icu::UnicodeString::fromUTF8(args[i].text));
		else
			values.emplace_back(args[i].number);
	}
	UErrorCode status = U_ZERO_ERROR;
	icu::UnicodeString result;
	format->format(names.data(), values.data(), static_cast<int32_t>(n_args), result, status);
	if (U_FAILURE(status))
		return nullptr;
	std::string utf8;
	result.toUTF8String(utf8);
	return strdup(utf8.c_str());
}

extern "C" void fmt_message_cleanup(void)
{
	delete formats;
	formats = nullptr;
}
