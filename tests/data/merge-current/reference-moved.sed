# stale: a reference that is not the template's
0,/^#: \(content\/[^:]*\):5$/s//#: \1:6/
