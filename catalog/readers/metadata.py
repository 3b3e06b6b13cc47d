"""Review metadata typed at the door: every reader and the CLI build it here.

A date is read once, where it enters ("July 1996", "1996-07-01", "19960701"), and leaves
as an ISO 8601 date of one to three parts that every writer can carry; a reviewer list is
a tuple of strings. What cannot be read is an InputError naming the value, never a
string that a writer downstream chokes on.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from urllib.parse import quote

from catalog.errors import InputError
from catalog.model import ReviewMetadata

MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = r"(?P<month_name>[A-Za-z]+)\.?"
_DATE_FORMS = (
    re.compile(r"^(?P<year>\d{4})(?:[-/](?P<month>\d{1,2})(?:[-/](?P<day>\d{1,2}))?)?$"),   # 1996, 1996-07, 1996/07/01
    # 19960701, NITF's 19960701T000000
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T[\d:]*Z?)?$"),
    re.compile(rf"^{_MONTH}\s+(?:(?P<day>\d{{1,2}}),?\s+)?(?P<year>\d{{4}})$"),              # July 1996, July 1, 1996
    re.compile(rf"^(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})$"),                    # 1 July 1996
)
USAGE = "use YYYY, YYYY-MM, YYYY-MM-DD or a date such as 'July 1996'"


@lru_cache(maxsize=4096)   # a newspaper dates hundreds of articles with each day
def review_date(text: str) -> str:
    """'July 1996' -> '1996-07'; '1996-7-1' -> '1996-07-01'; InputError when it is no date."""
    value = " ".join(str(text).split())
    for form in _DATE_FORMS:
        m = form.match(value)
        if m is None:
            continue
        parts = m.groupdict()
        month = parts.get("month")
        if parts.get("month_name") is not None:
            month = MONTHS.get(parts["month_name"].lower())
            if month is None:
                break
        return _iso(int(parts["year"]), int(month) if month else None,
                    int(parts["day"]) if parts.get("day") else None, value)
    raise InputError(f"cannot read the date {value!r}: {USAGE}")


def _iso(year: int, month: int | None, day: int | None, printed: str) -> str:
    try:   # datetime checks the month and the day in that month, leap years included
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        raise InputError(f"no such date {printed!r}: {USAGE}") from None
    if year < 1000:
        raise InputError(f"no such date {printed!r}: {USAGE}")
    return "-".join([f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p])


# Characters a URI may hold as they are (RFC 3986: reserved and unreserved); "%" only as an escape.
_URI_SAFE = ":/?#[]@!$&'()*+,;=-._~"
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def review_url(text: str) -> str:
    """A URL every format can carry: spaces, braces, backslashes, quotes and non-ASCII are
    percent-encoded (RFC 3986), and so is a '%' that starts no escape."""
    url = quote(_STRAY_PERCENT.sub("%25", text.strip()), safe=_URI_SAFE + "%")
    if not _SCHEME.match(url):   # a relative reference: a colon before the first "/" would read as a scheme
        head, slash, tail = url.partition("/")
        url = head.replace(":", "%3A") + slash + tail
    return url


def is_text(value: str) -> bool:
    """False for text holding lone surrogates ("\\ud800" in JSON), which no file can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{name!r} must be a string, not {type(value).__name__}")
    if not is_text(value):
        raise InputError(f"{name!r} is not valid Unicode (a lone surrogate)")
    return value


def _reviewers(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(v for v in value if _text("reviewers", v))
    raise InputError("'reviewers' must be a string or a list of strings")


def review_metadata(reviewers: object = None, outlet: object = None, date: object = None,
                    headline: object = None, url: object = None, section: object = None) -> ReviewMetadata:
    """Typed metadata from values as they came in; InputError on the first that is not."""
    when = _text("date", date)
    return ReviewMetadata(reviewers=_reviewers(reviewers), outlet=_text("outlet", outlet),
                          date=review_date(when) if when else None, headline=_text("headline", headline),
                          url=review_url(link) if (link := _text("url", url)) else None,
                          section=_text("section", section))
