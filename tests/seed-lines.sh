# tests/seed-lines.sh: the seed article's lines as the article carries them:
# template labels, list dashes and the pre-formatted date and reading time
# left out (the edition template and ICU make those), FAQ numbers dropped.
# Usage: . seed-lines.sh; seed_lines SEED > lines
seed_lines() {
  grep -v -x -e '' -e '-' -e 'Share Article' -e 'Did You Know?' -e 'Quick Explainer' \
    -e 'Quick Tip' -e 'Frequently Asked Questions' -e '•6 min read' -e 'Jun 23, 2025' "$1" |
  sed 's/^[0-9][0-9]*\. //'
}
# The msgids of a POT or PO file, one per line, markup stripped and
# entities decoded, for comparing with plain text.
plain_msgids() {
  msgcat --no-wrap "$1" | sed -n 's/^msgid "\(.*\)"$/\1/p' |
  sed -e 's/<[^>]*>//g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g' -e 's/\\"/"/g'
}
