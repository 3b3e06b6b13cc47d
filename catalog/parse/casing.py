"""Title casing: trailers print titles in capitals; catalogs want them as the book does.

First choice is the review's own citation of the title ("Stalin's Spy," in the body);
otherwise an ALL-CAPS title is title-cased with care for acronyms, roman numerals and
O'/Mc names, by the rules of its language: a French, German, Spanish or Italian title
keeps that language's small words in lowercase ("Le Rouge et le Noir", not English rules'
"Le Rouge Et Le Noir"). A title already in mixed case is kept as printed.
"""
from __future__ import annotations

import re
from functools import lru_cache

import titlecase as _titlecase_module
from titlecase import titlecase

from catalog.language import ENGLISH, SMALL_WORDS, title_languages
from catalog.parse.tables import ACRONYMS

_ROMAN = re.compile(r"^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_QUOTE_CLASS = "['\u2018\u2019`]"


def is_all_caps(text: str) -> bool:
    """Two letters or more, all capitals (a name's "Mc" or "Mac" apart: "McCARTHY"). In ASCII,
    letters are the cased characters, so str.isupper answers first (most text is not in capitals)."""
    if text.isascii() and not text.isupper():
        if "c" not in text or not _SCOTTISH.sub("MC", text).isupper():
            return False
        text = _SCOTTISH.sub("MC", text)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# "McCARTHY", "MacDONALD": a name printed in capitals keeps its prefix's small letters, and so its
# capitals after the prefix; a title-cased word would lose one ("Macdonald").
_SCOTTISH = re.compile(r"\b(Ma?c)(?=[A-Z]{2})")
_SCOTTISH_WORD = re.compile(r"\b(Ma?c)([A-Z])([A-Z]+)\b")


def _scottish_names(printed: str, cased: str) -> str:
    """The cased text with each name printed "McCARTHY" as "McCarthy"."""
    names = {m.group(0).lower(): f"{m.group(1)}{m.group(2)}{m.group(3).lower()}"
             for m in _SCOTTISH_WORD.finditer(printed)}
    return re.sub(r"\b\w+\b", lambda w: names.get(w.group(0).lower(), w.group(0)), cased)


_INITIALS = re.compile(r"(?:[a-z]\.)+")
_O_NAME = re.compile(r"^([OD])['\u2019](\w)(\w*)$", re.IGNORECASE)


def _keep_word(word: str, **_: object) -> str | None:
    bare = word.strip(",:;!?()\"'")
    if _INITIALS.fullmatch(bare.lower()):   # "T.C." — initials stay capitals
        return word.upper()
    bare = bare.strip(".")
    if bare.upper() in ACRONYMS or (len(bare) > 1 and _ROMAN.match(bare.upper())):
        return word.upper() if bare.upper() in ACRONYMS or _ROMAN.match(bare.upper()) else None
    m = _O_NAME.match(bare)
    if m:   # "O'BRIEN" -> "O'Brien"
        return word.replace(bare, f"{m.group(1).upper()}'{m.group(2).upper()}{m.group(3).lower()}")
    return None


@lru_cache(maxsize=4096)   # both readers' books case the same title and subtitle
def title_case(text: str) -> str:
    """Title-case an ALL-CAPS text by the rules of its language; leave mixed-case text exactly as printed."""
    if not is_all_caps(text):
        return text
    cased = titlecase_words(text.lower())
    if "c" in text:
        cased = _scottish_names(text, cased)
    languages = title_languages(cased)
    return cased if languages == ENGLISH else foreign_case(cased, languages)


_EDGES = re.compile(r"^(\W*)(.*?)(\W*)$")
_ELIDED = re.compile(r"^(\w+['\u2019])(\w.*)$")   # "l'homme", "dell'amore", "qu'est-ce"
_PHRASE_ENDS = (":", ".", ";", "?", "!", "\u2013", "\u2014")


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _foreign_word(word: str, small: frozenset[str], starts: bool) -> str:
    """One word of a title in another language, as titlecase cased it: one of the language's
    small words in lowercase unless it starts a phrase, any other word with its capital
    (titlecase lowers English small words: "EN" is no English word in a German title)."""
    before, core, after = _EDGES.match(word).groups()   # type: ignore[union-attr]   # matches any text
    elided = _ELIDED.match(core)
    if elided and elided.group(1).casefold().replace("\u2019", "'") in small:
        head = elided.group(1).lower()
        core = (_capital(head) if starts else head) + _foreign_word(elided.group(2), small, False)
    elif core.split("-")[0].casefold() in small:
        core = _capital(core.lower()) if starts else core.lower()
    elif core.islower():
        core = _capital(core)
    return before + core + after


def foreign_case(cased: str, languages: tuple[str, ...]) -> str:
    """A title titlecase has cased by English rules, recased by those of its languages
    (a tie, as French and Spanish over "de la", takes the small words of both)."""
    small = frozenset().union(*(SMALL_WORDS[lang] for lang in languages))
    words = cased.split(" ")
    return " ".join(_foreign_word(word, small, i == 0 or words[i - 1][-1:] in _PHRASE_ENDS)
                    for i, word in enumerate(words))


_WORD_BREAK = re.compile(r"[\t ]")
# titlecase's own patterns for its last steps; should a release rename them, titlecase
# itself does the work again (tests hold the two equal on the release installed).
_LINE_STEPS = all(hasattr(_titlecase_module, name) for name in ("SMALL_FIRST", "SMALL_LAST", "SUBPHRASE"))


@lru_cache(maxsize=8192)   # title words repeat across a corpus; a word's casing is its own
def _cased_word(word: str) -> tuple[str, bool]:
    """One word as titlecase cases it inside a line, and whether the callback fixed it (then
    titlecase leaves it alone at the line's ends)."""
    kept = _keep_word(word)
    if kept:
        return kept, True
    return titlecase(word, callback=_keep_word, small_first_last=False), False


def titlecase_words(text: str) -> str:
    """titlecase(text, callback=_keep_word), a word at a time.

    titlecase cases each word on its own, then fixes the line's first and last word and
    the word after a colon; only those last steps need the whole line. A line's flag of
    capitals reaches a word only when it holds a capital letter, so text with none (the
    lowered titles title_case passes) is cased word by word from a memo: about 57 µs a
    title before, a few µs after. Anything else goes to titlecase itself.
    tests/parse/test_casing.py holds the two equal."""
    if not _LINE_STEPS or "\n" in text or "\r" in text or any(c.isupper() for c in text):
        return titlecase(text, callback=_keep_word)
    tc = _titlecase_module
    cased = [_cased_word(word) for word in _WORD_BREAK.split(text)]
    words = [word for word, _ in cased]
    if not cased[0][1]:
        words[0] = tc.SMALL_FIRST.sub(lambda m: f"{m.group(1)}{m.group(2).capitalize()}", words[0])
    if not cased[-1][1]:
        words[-1] = tc.SMALL_LAST.sub(lambda m: m.group(0).capitalize(), words[-1])
    return tc.SUBPHRASE.sub(lambda m: f"{m.group(1)}{m.group(2).capitalize()}", " ".join(words))


@lru_cache(maxsize=1024)
def _pattern_for(title: str) -> re.Pattern[str]:
    words = re.split(r"\s+", title.strip())
    escaped = [re.sub(_QUOTE_CLASS, lambda _: _QUOTE_CLASS, re.escape(w)) for w in words]
    body = r"\s+".join(escaped)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


def _may_cite(title: str, body: str) -> bool:
    """Could an ASCII body cite the title? Its longest plain word must be in it, in any case.

    Most bodies never cite the title; this saves compiling and running a regex for each.
    Only for ASCII text, where ignoring case means exactly ASCII upper and lower case.
    """
    words = [w for w in title.split() if w.isalnum()]
    return not words or max(words, key=len).lower() in body.lower()


def restore_casing(title: str, body: str) -> str | None:
    """The title as the review body writes it, when the body cites it in mixed case."""
    if not body or not title:
        return None
    if body.isascii() and title.isascii() and not _may_cite(title, body):
        return None
    for m in _pattern_for(title).finditer(body):
        found = re.sub(r"\s+", " ", m.group(0))
        if not is_all_caps(found) and found[0].isupper():
            return found.replace("\u2019", "'") if "'" in title else found
    return None
