"""A title's language, told from its small words, and the leading article a catalog skips
when it sorts: "The Road" files under R.

MARC 245's second indicator and MODS `<nonSort>` need the article. An article is only an
article in its own language: "Die Hard" and "I Know Why the Caged Bird Sings" file under
D and I. Titles are taken as English unless the rest of the title is plainly in French,
German, Spanish or Italian (its own small words, and no English ones), so "Les
Misérables" alone, with nothing to tell its language, keeps its "Les": a missed article
only files a title under its first word, a wrong one files it under the wrong word.
Citation keys skip the same article (keys.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

ENGLISH = ("eng",)
_ENGLISH_WORDS = frozenset(
    "the a an of and in to for with on at by from is are was my his her its our their your how "
    "what why when who where this that these those not no".split())

# Per language: its articles, and small words that say a title is written in it.
_ARTICLES = {
    "eng": frozenset({"the", "a", "an"}),
    "fre": frozenset({"le", "la", "les", "l'", "un", "une"}),
    "ger": frozenset({"der", "die", "das", "ein", "eine"}),
    "spa": frozenset({"el", "la", "los", "las", "un", "una"}),
    "ita": frozenset({"il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una"}),
}
_WORDS = {
    "fre": frozenset("le la les des du de et au aux en dans pour sur avec sans est une un ou".split()),
    "ger": frozenset("der die das des dem den und im vom von zu zum zur mit auf ist für über aus ein eine".split()),
    "spa": frozenset("el la los las del de y en con por para sin un una es".split()),
    "ita": frozenset("il lo la gli le del della dei di e in con per che un una è nel".split()),
}
# More words each language writes in lowercase inside a title: articles as they inflect or
# elide, prepositions and their contractions, conjunctions, "se". With the words above,
# they are a title's small words in its language (parse/casing.py).
_MORE_SMALL = {
    "fre": "à d' qu' jusqu' que qui se par ni mais chez vers sous entre contre selon",
    "ger": "einem einen einer eines am an ans bei beim durch gegen ins nach ohne oder um unter vor wie als bis "
           "aber zwischen",
    "spa": "al a o u e ni que lo se sobre entre hacia hasta desde tras contra",
    "ita": "a se al allo alla ai agli alle all' da dal dallo dalla dai dagli dalle dall' dello degli delle dell' "
           "nello nella nei negli nelle nell' su sul sullo sulla sui sugli sulle sull' tra fra o ed ma un' d'",
}
SMALL_WORDS = {lang: _WORDS[lang] | _ARTICLES[lang] | frozenset(_MORE_SMALL[lang].split()) for lang in _WORDS}
ANY_SMALL_WORD = frozenset().union(*SMALL_WORDS.values())   # small in some title language
_WORD = re.compile(r"[^\W\d_]+(?:')?", re.UNICODE)
_FIRST_WORD = re.compile(r"^\W*(?:l['’]|[^\W\d_]+)", re.IGNORECASE)
# The first word with its space, the punctuation before it and any that opens the next word:
# '"The ', "L'", "The 'Road'". MARC counts them all among the characters a catalog skips.
_FIRST = re.compile(r"^(?P<before>[^\w\s]*)(?P<word>l['’]|[^\W\d_]+ )(?P<after>[\"'`\u201c\u2018\u201e\u00ab(\[]*)",
                    re.IGNORECASE)
_MOST_NONFILING = 9   # MARC's indicator is one digit


def _languages(rest: str) -> tuple[str, ...] | None:
    """The non-English languages the words after the first are plainly in (ties kept);
    None when the words are English or say nothing."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(rest)]
    if not words or any(w in _ENGLISH_WORDS for w in words):
        return None
    hits = {lang: sum(w in small for w in words) for lang, small in _WORDS.items()}
    best = max(hits.values())
    return None if best == 0 else tuple(lang for lang, n in hits.items() if n == best)


@lru_cache(maxsize=4096)
def title_languages(title: str) -> tuple[str, ...]:
    """The languages a title is written in, as MARC codes: ENGLISH unless the words after the
    first are plainly French, German, Spanish or Italian, with ties kept (('fre', 'spa'))."""
    match = _FIRST_WORD.match(title)
    return (_languages(title[match.end():]) if match else None) or ENGLISH


@lru_cache(maxsize=4096)
def leading_article(title: str) -> str:
    """The article a catalog skips, with its space or apostrophe and the quotation marks or
    brackets about it ('The ', "L'", '"The '); '' if none. Remembered: MARC, MODS and the
    citation keys all ask, for the book and for the review's outlet."""
    match = _FIRST.match(title)
    if not match or match.end() >= len(title.rstrip()) or len(match.group(0)) > _MOST_NONFILING:
        return ""
    word = match.group("word").strip().casefold().replace("’", "'")
    if any(word in _ARTICLES[lang] for lang in title_languages(title)):
        return match.group(0)
    return ""
