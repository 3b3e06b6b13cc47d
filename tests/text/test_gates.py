"""The cheap gates every document passes: may_hold_imprint (before the item finders) answers
as the one pattern it replaces, and looks_tokenized as testing every PTB marker, on
generated text made of the pieces they look for."""
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.text.detokenize import _PTB_MARKERS, _SPACED_PUNCT, looks_tokenized
from catalog.text.locate import _MAYBE_IMPRINT, may_hold_imprint

PIECES = ["$", "\u00a3", "\u20ac", "\u00a5", "\u20b9", "\u20a6", "\u20b1", "(", "ISBN",
          "isbn", "978", "979", "97", "8", "1-2", "1 -2",
          "3 pages", "3pages", "3 PAGES", "3 pp", "3pp.", "3 p", "3 P", "3 px", ", ", ",", " ", "By Ann", "by ann",
          "Nearby Z", "by A", "y A", "\u0663", "\u0663-\u0664", "x", "Baby Z", "_by X", "\n", "\u00e9by A",
          "Pages 3", "Pages", "pounds 3", "Rs. 3", "Rs", "DM", "EUR", "3 S.", " S.", "Seiten", "p\u00e1gs",
          "p\u00e1ginas", "3 p\u00e1ginas", "blz.", "3 blz.", "euros", "euro", ": ", ":", " :",
          "33 s.", "3 s.", " s.", "s.", "sider", "3 sider", "sidor", "stron", "RM", "RM3", "RM 3",
          "\u00a2", "35\u00a2", "3 \u00a2", "by \u0141", "By \u00cd", "\u0141", "Tk 3", "Tk.3", "Tk"]
LINE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=8).map("".join)


def test_a_line_break_between_the_commas():
    assert may_hold_imprint("a, \n, b") is False and may_hold_imprint("a, b, c") is True


def test_a_page_count_in_words_alone_may_be_an_imprint():
    # no comma, bracket, colon, byline or sign: the page count's word alone opens the gate
    for line in ("Der stille Hafen. Beck 2019. 320 Seiten.", "De stille haven. Prometheus 2019. 320 blz.",
                 "El puerto tranquilo. C\u00e1tedra 2019. 320 p\u00e1ginas."):
        assert may_hold_imprint(line), line


def test_a_price_in_cents_alone_may_be_an_imprint():
    assert may_hold_imprint("Pocket Books. 35\u00a2.") and not may_hold_imprint("Pocket Books. 35.")


@settings(max_examples=5000, deadline=None)
@given(LINE)
def test_the_gate_answers_as_the_pattern(line):
    assert may_hold_imprint(line) == bool(_MAYBE_IMPRINT.search(line)), repr(line)


TOKEN_PIECES = list(_PTB_MARKERS) + list(_SPACED_PUNCT) + ["-L", "-R", " '", "`", "'", " ", ",", ".", "\n", "a", "s",
                                                           "n't", "RB-", "-LR"]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TOKEN_PIECES), st.text(max_size=2)), max_size=8).map("".join))
def test_looks_tokenized_answers_as_testing_every_marker(text):
    every_marker = any(m in text for m in _PTB_MARKERS) or sum(text.count(p) for p in _SPACED_PUNCT) >= 2
    assert looks_tokenized(text) == every_marker, repr(text)


def test_a_byline_of_an_accented_capital_or_a_taka_price_may_be_an_imprint():
    for text in ("The Frozen Islands\nby \u0141ukasz Orbitowski", "The Frozen Islands\nTk 350"):
        assert may_hold_imprint(text) and may_hold_imprint(text.replace("\n", " ")), text
