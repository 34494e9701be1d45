# stale: a format flag the template does not have
0,/^msgid "Sexual Health"$/s//#, c-format\n&/
