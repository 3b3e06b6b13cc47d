"""The .bib encoders work word by word, with a cache; pylatexenc on the whole text is the
reference. Same output on hostile text: ligature pairs, combining accents, specials,
braces, dashes, quotes, CJK, RTL, non-breaking and other spaces, empty words."""
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.writers.bibsyntax import ASCII_ENCODER, UTF8_ENCODER

PIECES = st.sampled_from(list("-`'?!\"{}\\%&$#_~^ .,;:aeE") + [
    "\u0301", "\u0308", "\u0327", "e\u0301", "\u00e9", "\u2014", "\u2013", "\u2026", "\u00a0", "\u2009", "\u200f",
    "\u05d0", "\u674e", "\u0126", "\u00df", "\ufb01", "\U0001f4da", "  ", "--", "``", "''", "?`", "!`", "\t"])
TEXT = st.lists(PIECES | st.text(max_size=3), max_size=20).map("".join)


@settings(max_examples=1500, deadline=None)
@given(TEXT)
def test_word_by_word_equals_whole_text(text):
    for encoder in (ASCII_ENCODER, UTF8_ENCODER):
        assert encoder.unicode_to_latex(text) == encoder.whole_text(text)
