"""Notes printed as labelled fields, one a line: a bookseller's or a school library's sheet.

    The Quiet Harbor
    Author: Doe, Jane
    Illustrator: John Roe
    Publisher: Knopf, 2017
    ISBN: 9780306406157
    Price: $16.99

The label says what each value is, so no cut is guessed; unlabelled lines before the first
label are the title (or a name printed family first), and an unlabelled "Publisher, Year"
line among the labels is the publisher.
"""
from __future__ import annotations

import re

from catalog.model import Role
from catalog.parse.tables import CAPITAL, DATE_CLAUSE, is_place

# Labels as such sheets print them (any case) -> the field. None: a label whose value no field takes.
LABELS: dict[str, str | None] = {
    "title": "title", "book title": "title", "book": "title", "book name": "title",   # "Book name:" — Indian papers
    "name of book": "title", "name of the book": "title", "title of the book": "title", "subtitle": "subtitle",
    "author": "author", "authors": "author", "author(s)": "author", "written by": "author", "writer": "author",
    "editor": "editor", "editors": "editor", "edited by": "editor",
    "illustrator": "illustrator", "illustrators": "illustrator", "illustrated by": "illustrator",
    "translator": "translator", "translated by": "translator",
    "publisher": "publisher", "publishers": "publisher", "published by": "publisher", "imprint": "publisher",
    "publication info": "published", "publishing info": "published",   # "Publication Info: Kensington 2012"
    "price": "price", "rrp": "price", "list price": "price", "guideline price": "price",   # the Irish Times
    "isbn": "isbn", "isbn-13": "isbn", "isbn-10": "isbn", "isbn13": "isbn", "isbn10": "isbn",
    "pages": "pages", "page count": "pages", "number of pages": "pages", "length": "pages",
    "no. of pages": "pages", "no of pages": "pages", "extent": "pages",   # "No. of pages: 428" — Ghanaian papers
    # "Format: Hardcover, 320 pages", "Published: March 5th 2019 by Knopf" — Goodreads' lines, as blogs copy them
    "format": "format", "binding": "format", "published": "published",
    "publication date": "year", "pub date": "year", "year": "year", "publication year": "year",
    "edition": None, "date": None, "rating": None,
    "interest level": None, "reading level": None,
    "grades": None, "grade level": None, "ages": None, "age": None, "series": None, "genre": None, "subject": None,
    "reviewer": None, "reviewed by": None, "category": None,
    "age range": None, "section": None, "categories": None,   # Kirkus
    # the same sheets in Afrikaans, Dutch, German, Spanish and Italian papers ("Titel:" / "Skrywer:" /
    # "Uitgewer:" / "Prys:" — Die Burger)
    "titel": "title", "skrywer": "author", "outeur": "author", "auteur": "author", "autor": "author",
    "uitgewer": "publisher", "uitgeverij": "publisher", "verlag": "publisher", "editorial": "publisher",
    "editore": "publisher", "prys": "price", "prijs": "price", "preis": "price", "precio": "price",
    "prezzo": "price", "bladsye": "pages", "seiten": "pages", "paginas": "pages", "pagine": "pages",
}
_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z0-9()\-]*\.?(?: [A-Za-z()\-]+){0,3})\s*:\s*(?P<value>.*?)\s*$")
# "Publisher/Imprint:" (Readers' Favorite): two names of one label, the first of them known
_SLASHED_LABEL = re.compile(r"^(\s*[A-Za-z]+)/[A-Za-z]+(?=\s*:)")
_WHO = {"author": Role.AUTHOR, "editor": Role.EDITOR, "illustrator": Role.ILLUSTRATOR, "translator": Role.TRANSLATOR}
# "by Jane Doe", "illustrated by John Roe": a byline, its role first.
# "by Jane Doe", "Edited by ...", "written by Jane Doe and illustrated by John Roe" (Kidsreads)
_BYLINE = re.compile(rf"(?:(?i:illustrated|edited|translated|compiled|selected|written)(?: and \w+)? )?"
                     rf"[Bb]y [{CAPITAL}]")
_HANDLE = re.compile(r"\s*\(@\w+\)$")
_NO_VALUE = frozenset({"na", "n/a", "none", "unknown", "-", "--", "not listed"})
# "Knopf, 2017", "Crown Books for Young Readers, 2016, c2002" — the publisher, then its years;
# "She Writes Press (2023)" (Story Circle's sheet): the year in brackets
_PUBLISHER_YEARS = re.compile(r"^(?P<publisher>[A-Z][^:]*?),?\s+"
                              r"(?:c?(?:1[5-9]\d\d|20\d\d)(?:,\s*|$)|\((?:1[5-9]\d\d|20\d\d)\)$)+$")
# "March 5th 2019 by Knopf": the publisher after the date it published the book on.
_BY_PUBLISHER = re.compile(r"(?:^|\s)by (?P<publisher>[A-Z][^:]*?)\.?$")
# "Doe, Jane" — a name printed family first, standing alone on its line or after a label.
_INVERTED = re.compile(r"^(?P<family>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?), "
                       r"(?P<given>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*)*)\.?$")


# "Release Date:", "Review Posted Online:", "Reviews Issue:" — a label of when, whose value no field takes.
_WHEN_LABEL_ENDS = frozenset({"date", "issue", "online", "posted"})


def label_of(line: str) -> tuple[str | None, str] | None:
    """('author', 'Doe, Jane') for 'Author: Doe, Jane'; None for a line with no known label."""
    m = _LINE.match(_SLASHED_LABEL.sub(r"\1", line) if "/" in line else line)
    if m is None:
        return None
    label = m.group("label").lower()
    if label not in LABELS:
        return (None, m.group("value")) if label.rsplit(None, 1)[-1] in _WHEN_LABEL_ENDS else None
    return LABELS[label], m.group("value")


def values_beside_labels(text: str) -> str:
    """'Book Title:' / 'Red Earth, Blue Water' / 'Author:' / 'D. H. Okonkwo' -> 'Book Title: Red
    Earth, Blue Water' / 'Author: D. H. Okonkwo': a sheet that prints each value under its label
    (the Irish Times), read as one that prints it beside."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        label = _BARE_LABEL.match(line)
        if label and label.group("label").lower() in LABELS and i + 1 < len(lines) and lines[i + 1].strip() \
                and label_of(lines[i + 1]) is None and not _BARE_LABEL.match(lines[i + 1]):
            out.append(f"{line.rstrip()} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


_BARE_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{2,30}?)\s*:\s*$")


def is_labelled_block(text: str) -> bool:
    """Three or more labelled lines, among them the book's people or title and its publisher,
    ISBN or price; or the book's title and its author or editor, each labelled ("Title: ..." /
    "Author: ..." / "Star Rating: 5 Stars" — a review site's sheet that names no house)."""
    if text.count(":") < 2:
        return False
    fields = [f[0] for f in (label_of(line) for line in text.split("\n")) if f is not None]
    return len(fields) >= 3 and bool({"title", "author", "editor"} & set(fields)) \
        and bool({"publisher", "isbn", "price"} & set(fields)) or is_untitled_sheet(fields) \
        or "title" in fields and bool({"author", "editor"} & set(fields))


def is_untitled_sheet(fields: list[str | None]) -> bool:
    """A sheet of the book's items alone ("Pub Date:" / "ISBN:" / "Page Count:" / "Publisher:"),
    its title and people printed elsewhere: at the review's head (Kirkus)."""
    return len(fields) >= 3 and not {"title", "author", "editor"} & set(fields) \
        and len({"publisher", "isbn", "price", "pages"} & set(fields)) >= 2


def inverted_person(value: str) -> str | None:
    """'Gianferrari, Maria' -> 'Maria Gianferrari' when the part after the comma opens with a given name."""
    from catalog.parse.names import is_given_name
    m = _INVERTED.match(value.strip())
    if m is None or not is_given_name(m.group("given").split()[0]):
        return None
    return f"{m.group('given')} {m.group('family')}"


def read_block(text: str) -> dict:
    """The block's fields as printed: title lines, people, publisher, year, and the text that
    holds its items (price, ISBN, pages lines and unlabelled lines after the first label)."""
    from catalog.parse.head import parse_people
    from catalog.parse.names import split_names
    found: dict = {"title": None, "subtitle": None, "people": [], "publisher": None, "place": None, "year": None,
                   "items": [], "pages": None}
    seen_label = False
    lead: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        labelled = label_of(line)
        if labelled is None:
            years = _PUBLISHER_YEARS.match(line)
            if not seen_label:
                lead.append(line)
            elif years and found["publisher"] is None:
                found["publisher"] = years.group("publisher")
                found["year"] = _year_in(line)
            else:
                found["items"].append(line)
            continue
        seen_label = True
        field, value = labelled
        if field is None or value.lower().strip(" .") in _NO_VALUE:
            continue
        if field in ("title", "subtitle") and found[field] is None:
            found[field] = value
        elif field in _WHO:
            person = inverted_person(value)
            if person:
                found["people"].append((_WHO[field], person))
            elif field == "author" and re.match(r"(?i)\s*(?:edited|ed\.|translated|illustrated|compiled|by)\b", value):
                found["people"] += parse_people(value)[0]   # "Author: Edited by Jane Doe & John Roe"
            else:
                found["people"] += [(_WHO[field], name) for name in split_names(value)]
        elif field == "publisher" and found["publisher"] is None:
            value = _HANDLE.sub("", value)   # "Chronicle Books (@ChronicleKids)": the house's account
            years = _PUBLISHER_YEARS.match(value)
            publisher = years.group("publisher") if years else value
            if years:
                found["year"] = _year_in(value)
            house, _, town = publisher.rpartition(", ")
            if house and is_place(town):   # "Publisher: Sub-Saharan Publishers, Accra"
                publisher, found["place"] = house, town
            found["publisher"] = publisher
        elif field == "published" and found["publisher"] is None:
            by = _BY_PUBLISHER.search(value) or _PUBLISHER_YEARS.match(value)   # "... by Knopf", "Knopf, 2019"
            if by and not DATE_CLAUSE.match(by.group("publisher")):   # "March 5th, 2019": a date, no publisher
                found["publisher"], found["year"] = by.group("publisher"), found["year"] or _year_in(value)
        elif field == "year" and found["year"] is None:
            found["year"] = _year_in(value)   # "Year: 2016", "Pub Date: Oct. 3, 2019"
        elif field == "format":
            found["items"].append(value)   # its page count
        elif field == "pages" and re.fullmatch(r"\d{1,5}", value):
            found["pages"] = int(value)
        elif field == "price":
            found["items"].append(f"Price: {value}")   # "Price: N3,500": the naira's N after the label
        elif field == "isbn":   # tagged again: a number its check digit fails is a printed ISBN still
            found["items"].append(f"ISBN {value}")
        elif field == "pages":
            found["items"].append(value)
    for line in lead:   # "Alvarez, Julia" / "TITLE: ..." or "The Quiet Harbor" / "Author: ..."
        person = inverted_person(line)
        if person and not any(role == Role.AUTHOR for role, _ in found["people"]):
            found["people"].insert(0, (Role.AUTHOR, person))
        elif _BYLINE.match(line) and found["title"] is not None:   # "by Jane Doe" under "THE QUIET HARBOR"
            found["people"] += parse_people(line)[0]
        elif found["title"] is None and not person:
            found["title"] = line   # the first line; a series line under it is no field scored
    return found


def _year_in(text: str) -> int | None:
    year = re.search(r"1[5-9]\d\d|20\d\d", text)
    return int(year.group()) if year else None
