# stale: the header's POT-Creation-Date is not the template's
s/^"POT-Creation-Date: [^"]*"$/"POT-Creation-Date: 2001-01-01 00:00+0000\\n"/
