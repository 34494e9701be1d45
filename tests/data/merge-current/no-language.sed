# stale: no Language field in the header (msgmerge adds one)
/^"Language: fr\\n"$/d
