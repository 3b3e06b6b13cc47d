"""Citation keys: stable, readable, ASCII ("whymant-stalins-spy"), unique per output."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|el|der|die|das)\s+", re.IGNORECASE)


def slug(text: str, words: int = 3) -> str:
    """ASCII, lowercase, hyphenated; apostrophes vanish ("Stalin's" -> "stalins")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['\u2019]", "", ascii_text).lower()
    parts = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(parts[:words])


def _identifier(key: str) -> str:
    """Keys double as MODS xs:ID values, which must start with a letter ("1984" -> "k1984")."""
    return key if key[:1].isalpha() else f"k{key}"


def book_key(title: str, first_family: str | None) -> str:
    title_slug = slug(_LEADING_ARTICLE.sub("", title)) or "untitled"
    name_slug = slug(first_family or "", words=2)
    return _identifier(f"{name_slug}-{title_slug}" if name_slug else title_slug)


def unique(keys: Iterable[str], taken: set[str] | None = None) -> list[str]:
    """Deterministic suffixes on collision: key, key-2, key-3 ... in input order."""
    taken = set() if taken is None else taken
    result = []
    for key in keys:
        candidate, n = key, 1
        while candidate in taken:
            n += 1
            candidate = f"{key}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result


def review_key(book_key: str, reviewer_family: str | None) -> str:
    """'review-whymant-stalins-spy', or 'smith-review-whymant-stalins-spy' when signed."""
    name_slug = slug(reviewer_family or "", words=2)
    return _identifier(f"{name_slug}-review-{book_key}" if name_slug else f"review-{book_key}")
