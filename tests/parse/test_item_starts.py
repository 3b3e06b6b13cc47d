"""finditer_from tries only the positions an item can start at; over any text it finds
what the pattern's own finditer finds, for prices, page counts and ISBNs."""
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parse import items
from catalog.parse.search import finditer_from
from catalog.parse.tables import CURRENCY_MARK
from tests.conftest import dev_rows

PATTERNS = {
    "price": (items.PRICE, items._price_starts),
    "pages": (items.PAGES, lambda text: items._starts(items._PAGES_FIRST, text)),
    "isbn": (items.ISBN, lambda text: items._starts(items._ISBN_FIRST, text)),
    "pre-decimal sterling": (items.PREDECIMAL, lambda text: items._starts(items._PREDECIMAL_FIRST, text)),
    "prices in words": (items.WORD_PRICE, lambda text: items._starts(items._WORD_PRICE_FIRST, text)),
    "decimal pence": (items.PENCE, lambda text: items._starts(items._DIGIT, text)),
}
# Pieces that reach every alternative: currency marks in any case, bindings, page words,
# ISBN tags and numbers, roman page counts, digits of other scripts, and the long s that
# IGNORECASE matches to "S".
PIECES = ("$", "£", "€", "¥", "₹", "US$", "us$", "U.S.$", "u.ſ.$", "CAN$", "Can$", "CA$", "AU$", "NZ$", "C$", "A$",
          "HK$", "hk$", "S$", "SG$", "NT$", "R$", "'", "J$", "TT $", "Bds$", "G$", "F$", "N$", "E\u00a3", "Bt",
          "Rp", "Rp.", "Dh", "Dhs", "baht", "dirhams", "THB", "AED", "IDR", "EGP",
          "25.95", "1,250", "12.5", "3", "(paper)", "paper", "cloth", " Paperback", "hardcover", "each",
          "pages", "pp.", "pp", "p.", "p", "PP", "Pages", "xii + ", "xvi, ", " S.", "Seiten", "págs.",
          "ISBN", "ISBN-13:", "ISBN-10", "978-0-306-40615-7",
          "9780306406157", "0-306-40615-2", "(0306406152)", "978 0 306 40615 7", "X", "x", "٣٦٨", "-", ".", ",",
          "(", ")", " ", " ", "  ", ";", ":", "I", "In", "pp320", "\n", "Knopf", "St. Martin's Press",
          "12s.", "6d.", "5s", " net", "7/6", "21/-", "/", "R280", "R", "Rs", "Rs.", "pounds", "DM", "EUR", "SFr",
          "CHF", "Euro", "euros", "[pounds sterling]", "(12s. 6d.)", ", 7/6", "(21/-)", ", 5s.", "(R280)", "£1 5s.",
          "GBP", "USD", "CAD", "SEK", "DKK", "NZD", "ZAR", "euro", "(Euro ", "12s 6d", "15s", "6d", "d", "s", "]",
          "RM", "RM59.90", "320 s.", " s.", "sider", "stron", "CDN$", "Cdn $", "U.S. $", "IR\u00a3", "ir\u00a3",
          "Canada $", "Can. $", "canada $",
          "House Canada $", ", Canada $", " Can.", " CAN", " Canada", " US", "$US", "$A", "$NZ", "$C", "\u20a6",
          "\u20b1", "SGD", "HKD", "MYR", "PHP", "NGN", "KES", "Ksh", "KSh", "Kshs.", "K", "H", "P", "M",
          "95p", "75p.", "(95p", ", 75p.", " 5p", "; 9p)", "paperback ", "320pp",
          "\u00a2", "35\u00a2", ", 50 cents", " cents", "Paper, ",
          "N3,500", "N", "Sh850", "Sh 1,200", "Sh",
          "Shs25,000", "Shs. 25,000", "Sh.", "Shs", "P295", "P1,250", "P9", "BWP",
          "2 gns.", " gns", "5 guineas", "guinea", "R 320", "R ",
          "GH\u00a2120", "GH\u20b5", "24,\u2013", ",-", " \u20ac",
          "Fr. 32.\u2013", "Fr.", ".\u2013", "F", "PKR", "LKR", "NPR", "GHS", "UGX", "TZS", "L", "T", ") ",
          "Pages: ", ", s. 304", ", ss. ", "pagina's")


def agrees(text: str) -> bool:
    for pattern, starts in PATTERNS.values():
        fast = [(m.span(), m.groupdict()) for m in finditer_from(pattern, text, starts(text))]
        if fast != [(m.span(), m.groupdict()) for m in pattern.finditer(text)]:
            return False
    return True


def test_every_currency_mark_ends_at_a_currency_sign_close_enough():
    alternatives = re.sub(r"\(\?<!\[[^]]*\] ?\)|\(\?-i:|\)", "", CURRENCY_MARK[3:-1])   # the lookbehinds, a group
    marks = alternatives.replace("\\", "").replace(" ?", " ").split("|")   # "US ?$": at its longest
    assert len(marks) == 40 and "JA$" in marks and "HK $" in marks and "CDN $" in marks and "Canada $" in marks
    for mark in marks:
        assert items._CURRENCY_CHARS.fullmatch(mark[-1]) and not items._CURRENCY_CHARS.search(mark[:-1])
        assert len(mark) <= items._LONGEST_MARK


def test_agrees_on_generated_imprints():
    rnd = random.Random(1)
    texts = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 16))) for _ in range(20_000)]
    assert [t for t in texts if not agrees(t)] == []
    found = {name: sum(1 for t in texts if pattern.search(t)) for name, (pattern, _) in PATTERNS.items()}
    assert min(found.values()) > 500, found   # every pattern matched, often


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="$£€¥0123456789.,-pPIxX( )aSUCRDEsd/", max_size=4),
                max_size=20))
def test_agrees_on_any_mix(pieces):
    assert agrees("".join(pieces))


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="£0123456789.,;()[] sdn/-", max_size=4), max_size=12))
def test_no_shilling_is_skipped_by_the_quick_test(pieces):
    text = "".join(pieces)
    assert items.may_be_predecimal(text) or items.PREDECIMAL.search(text) is None


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="0123456789.,;:()- NShFrR\u2013\u00a2", max_size=4),
                max_size=12))
def test_no_word_price_is_skipped_by_the_quick_test(pieces):
    text = "".join(pieces)
    assert items._WORD_HINT.search(text) or items.WORD_PRICE.search(text) is None


@pytest.mark.parametrize("text", ["(15s.", "(6s net", "(15s)", "(15s]", ", 15s", "(12s 6d.", "(12s 6d)", "(12s 6d]",
                                  "(12s 6d, 320pp", "(12s 6d; 320pp", "(12s 6d", "(6d.", "(7/6", "\u00a31 5s"])
def test_every_shape_of_a_shilling_passes_the_quick_test(text):
    assert items.PREDECIMAL.search(text) and items.may_be_predecimal(text)


def test_agrees_on_the_dev_inputs():
    texts = [row["text"] for row in dev_rows()]
    assert len(texts) == 204 and all(agrees(t) for t in texts)


def test_a_start_left_out_is_caught():
    """The check has teeth: leaving out the position before a sign misses "US$"."""
    text = "Knopf, US$25.95"
    late = [m.span() for m in finditer_from(items.PRICE, text, (i for i in items._price_starts(text) if i != 7))]
    assert late != [m.span() for m in items.PRICE.finditer(text)]
    assert re.fullmatch(r"US\$25\.95", text[7:])
