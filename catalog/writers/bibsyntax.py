"""What BibTeX and biblatex share: names in BibTeX order, LaTeX encoding, the writer.

Text fields are LaTeX-encoded by pylatexenc, with the rules below, and laid out as
bibtexparser 2.x's writer lays them out. Names are assembled here because their braces
and 'and' are syntax that an encoder must not escape.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import (
    RULE_CALLABLE,
    RULE_DICT,
    RULE_REGEX,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from catalog.model import Book, Contributor, Record, Review

# pylatexenc logs every character it keeps as is (CJK, say); the value is still right.
logging.getLogger("pylatexenc").setLevel(logging.CRITICAL)

# BibTeX and biber count every brace, escaped or not ("\{" unbalances a field), so
# literal braces are written as macros.
_BRACES = {ord("{"): r"\textbraceleft{}", ord("}"): r"\textbraceright{}"}
_SPECIALS = {ord(c): r for c, r in {
    "\\": r"\textbackslash{}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}.items()}

# TeX ligatures would change the text: "--" prints as an en dash, "``" as a curly quote.
# An empty group between the characters keeps them as written.
_NO_LIGATURES = UnicodeToLatexConversionRule(rule_type=RULE_REGEX, rule=[
    (re.compile(r"([-`'])(?=\1)"), r"\1{}"), (re.compile(r"([?!])(?=`)"), r"\1{}")])

_DEFAULT_ENCODER = UnicodeToLatexEncoder(unknown_char_policy="keep")


@lru_cache(maxsize=4096)
def _macro_is_faithful(char: str) -> bool:
    """Does LaTeX's macro for this character read back as the same character?

    Some are approximations ("\\=H" for "Ħ", a macron for a stroke); those stay UTF-8.
    """
    decoded = LatexNodes2Text().latex_to_text(_DEFAULT_ENCODER.unicode_to_latex(char))
    return unicodedata.normalize("NFC", decoded) == unicodedata.normalize("NFC", char)


def _keep_unfaithful(text: str, pos: int) -> tuple[int, str] | None:
    char = text[pos]
    if ord(char) < 128 or _macro_is_faithful(char):
        return None
    return 1, char


class _SkippingEncoder(UnicodeToLatexEncoder):
    """Hands pylatexenc only the words that need it, each once.

    Most titles and names need nothing. pylatexenc's rules never reach across a space (a
    ligature pair, a letter and its combining accent are one word), so a text is encoded
    word by word, and a word already seen (a publisher, an outlet, "Press") is not encoded
    again: tests/writers/test_latex_words.py holds this to pylatexenc on the whole text."""

    def __init__(self, needs_work: re.Pattern[str], **options: object) -> None:
        super().__init__(**options)
        self._needs_work = needs_work
        self._word = lru_cache(maxsize=1 << 16)(self._encode_word)

    def _encode_word(self, word: str) -> str:
        # pylatexenc composes its whole input to NFC first; so must a word that needs no work
        return super().unicode_to_latex(word) if self._needs_work.search(word) else unicodedata.normalize("NFC", word)

    def unicode_to_latex(self, s: str) -> str:
        if not self._needs_work.search(s):
            return s
        return " ".join(map(self._word, s.split(" ")))

    def whole_text(self, s: str) -> str:
        """pylatexenc on the whole text at once (when it needs any): what unicode_to_latex must equal."""
        return super().unicode_to_latex(s) if self._needs_work.search(s) else s


_LIGATURE = r"--|''|``|[?!]`"
# Dashes as TeX's own ligatures and the ellipsis as three periods, which every reader
# knows: pandoc drops "\textemdash" and "\ldots".
_DASHES = {0x2014: "---", 0x2013: "--", 0x2026: "..."}

# Classic BibTeX: ASCII out, every special and accent as a LaTeX macro where the macro
# means the same character (else UTF-8); a straight double quote stays one.
ASCII_ENCODER = _SkippingEncoder(
    re.compile(rf'[^\x02\x03\t\n !\'()*+,\-./0-9:;=?@A-Z\[\]`a-z|]|{_LIGATURE}'),
    conversion_rules=[_NO_LIGATURES, UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule={
        ord('"'): '{"}', **_BRACES, **_DASHES}),
                      UnicodeToLatexConversionRule(rule_type=RULE_CALLABLE, rule=_keep_unfaithful), "defaults"],
    replacement_latex_protection="braces-all", unknown_char_policy="keep")
# biblatex with biber reads UTF-8: only LaTeX's own specials need escaping.
UTF8_ENCODER = _SkippingEncoder(
    re.compile(rf"[\\{{}}%&$#_~^]|{_LIGATURE}"),
    conversion_rules=[_NO_LIGATURES, UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule={**_SPECIALS, **_BRACES})],
    unknown_char_policy="keep")


_CONTROLS = {c: " " for c in list(range(32)) + [127]}
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _control_free(text: str) -> str:
    """Control characters have no place in a .bib file; line breaks become spaces. Most
    fields hold none: a regex search answers that faster than translate walks the text."""
    return text.translate(_CONTROLS) if _ANY_CONTROL.search(text) else text


# Marks for protect_case's braces: control characters, which no field text can hold
# (_control_free removes them from everything else), survive encoding, then become braces.
_OPEN, _CLOSE = "\x02", "\x03"


def protect_case(text: str | None) -> str | None:
    """Brace a title so styles and readers keep its casing ("{Richard Sorge}", not "Richard sorge").

    pandoc's biblatex reader and many .bst styles re-case unprotected titles; catalog's
    titles are already cased as the book prints them.
    """
    return None if text is None else _OPEN + text + _CLOSE   # _field_text cleans the inside


def _field_text(value: str) -> str:
    """Text ready for encoding: protected values keep their two marks, nothing else has any."""
    if len(value) >= 2 and value[0] == _OPEN and value[-1] == _CLOSE:
        return _OPEN + _control_free(value[1:-1]) + _CLOSE
    return _control_free(value)


def bib_name(person: Contributor, encoder: UnicodeToLatexEncoder) -> str:
    """'Whymant, Robert', 'de Beauvoir, Simone', 'King, Jr., Martin Luther', '{Recipe Club}'."""
    enc = lambda s: encoder.unicode_to_latex(_control_free(s))  # noqa: E731
    if person.literal:
        return "{" + enc(person.literal) + "}"
    family = " ".join(p for p in (person.particle, person.family) if p)
    parts = ["{" + enc(family) + "}" if "," in family or " and " in family else enc(family)]
    if person.suffix:
        parts.append(enc(person.suffix))
    if person.given:
        parts.append(enc(person.given))
    return ", ".join(parts)


def bib_names(people: Sequence[Contributor], encoder: UnicodeToLatexEncoder) -> str | None:
    return " and ".join(bib_name(p, encoder) for p in people) or None


def record_entries(records: Sequence[Record], book_entry: Callable[[Book], tuple],
                   review_entry: Callable[[Review, Sequence[Book]], tuple]) -> list[tuple]:
    """Each record's books, then its review, in input order: the layout both formats share."""
    entries = []
    for record in records:
        entries += [book_entry(b) for b in record.books]
        entries.append(review_entry(record.review, record.books))
    return entries


# Fields BibTeX and biber keep verbatim: never LaTeX-encoded. Their values are RFC 3986
# URLs (readers/metadata.py), which hold no brace, backslash or space.
VERBATIM_FIELDS = frozenset({"url", "doi"})
# Fields written as BibTeX's standard macros ("month = jul"), which every style resolves.
MACRO_FIELDS = frozenset({"month"})


def _value(key: str, value: str, encoder: UnicodeToLatexEncoder) -> str:
    """A field's value as written: verbatim, a bare macro, or LaTeX-encoded in braces."""
    if key in VERBATIM_FIELDS and value:
        return "{" + value + "}"     # the url package reads them as typed
    text = encoder.unicode_to_latex(_field_text(value))
    if _OPEN in text:                 # protection marks become braces after encoding
        text = text.replace(_OPEN, "{").replace(_CLOSE, "}")
    if key in MACRO_FIELDS and _MACRO.fullmatch(text):
        return text
    return "{" + text + "}"


_MACRO = re.compile(r"[a-z]+")


def write_entries(entries: Sequence[tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]],
                  encoder: UnicodeToLatexEncoder) -> str:
    """(type, key, text fields, name fields) -> .bib text, in bibtexparser's layout:
    `@type{key,`, one `  field = {value}` line each, `}`, a blank line between entries.

    Written directly, not through bibtexparser's model and middlewares (a fifth of the
    cost, the same bytes: tests/writers/test_bib_layout.py); every entry is still read
    back before it is written (validate/bibscan.py, proven equal to bibtexparser's parse)."""
    blocks = []
    for entry_type, key, text_fields, name_fields in entries:
        lines = [f"  {k} = {{{v}}}" for k, v in name_fields if v]
        lines += [f"  {k} = {_value(k, v, encoder)}" for k, v in text_fields if v is not None]
        body = ",\n".join(lines) + "\n" if lines else ""
        blocks.append(f"@{entry_type}{{{key},\n{body}}}\n")
    return "\n".join(blocks)
