"""Undo what typesetting, OCR and copying did to a trailer, before anything reads it.

"(Simon & Schus-\nter, $26.)" — a word hyphenated across a line break (NYT print
columns); "THE PASSIONATE HEARTby Beatrix Beck" — a role word glued to a capitalized
title by OCR (Atlantic, 1950s).
"""
from __future__ import annotations

import html
import re
from decimal import Decimal

from catalog.parse.cuts import is_house_word
from catalog.parse.items import isbn13_of
from catalog.parse.labelled import LABELS
from catalog.parse.names import is_given_name, is_person
from catalog.parse.tables import CAPITAL, CURRENCY_SIGNS, DATE_LINE, LIST_BULLETS, PUBLISHED_BY_HOUSE, PUBLISHING_TOWNS

# A lowercase continuation after "-\n": the hyphen was the typesetter's, not the word's; so in
# a heading set in capitals ("THE QUIET HAR-\nBOR. By Jane Doe").
# A Scots or Irish name broken after its prefix is one word too: "By Florence Mac-\nEwen.", and
# after the capital that follows it: "McC-\nlelland & Stewart".
_BROKEN_WORD = re.compile(r"(?<=[a-z])-\n(?=[a-z]+[\s,.;:)])|(?<=[A-Z]{2})-\n(?=[A-Z]{2,}[\s,.;:)])"
                          r"|(?:(?<=\bMac)|(?<=\bMc))-\n(?=[A-Z][a-z]+[\s,.;:)])")
_BROKEN_AFTER_PREFIXS_CAPITAL = re.compile(r"(?:(?<=\bMac[A-Z])|(?<=\bMc[A-Z]))-\n(?=[a-z]+[\s,.;:)])")
# A compound broken at its own hyphen, a capital after: "Bobbs-\nMerrill", "Anglo-\nSaxon". The
# line break goes, the hyphen stays; a byline under it is a line of its own ("The Quiet Harbor-\nBy Jane Doe").
_BROKEN_COMPOUND = re.compile(r"(?<=[A-Za-z][a-z])-\n(?=[A-Z][a-z])(?!By\b|Edited\b|Translated\b|Illustrated\b)")
# "Houg- hton Mifflin", "Harvard Uni- versity Press", "Jona- than Cape": a capitalized word
# hyphenated at a line's end, the break since flattened to a space (text copied from OCR'd
# columns, JSTOR's among them). Rejoined only where the tables know the whole word, a house's, a
# given name or the notes' own: "Nineteenth- century" and "Self- help" are compounds broken the same way.
_FLATTENED_BREAK = re.compile(r"\b(?P<head>[A-Z][a-z]{0,14})- (?P<tail>[a-z]{2,15})\b")
# The same break with its space lost too ("Oxford Univer-sity Press", "Macmil-lan"): rejoined only
# where a house's word or the notes' own comes whole of it; a compound's hyphen stays ("Anglo-saxon").
_CLOSED_BREAK = re.compile(r"\b(?P<head>[A-Z][a-z]{1,14})-(?P<tail>[a-z]{2,15})\b")
# "by Jane Doe [Random House, $3.95]": an imprint in square brackets (mid-century papers) is one in
# parentheses; "[sic]", "[pounds sterling]" and "[1]" hold no price.
_BRACKETED_IMPRINT = re.compile(rf"\[(?P<imprint>[^\[\]\n]{{0,80}}[{CURRENCY_SIGNS}] ?\d[^\[\]\n]{{0,40}})\]")
# "[Melville House; 2019]" (Full Stop): a house and its year in square brackets, no price
_BRACKETED_HOUSE_YEAR = re.compile(r"\[(?P<imprint>[A-Z][^\[\]\n]{1,60}?[;,] (?:1[5-9]\d\d|20\d\d))\]")
# "Coffee House Press -- 188pp -- $27.95" (Business Week): a house, its count and its price on a line,
# parted by double dashes
_DASHED_ITEMS_LINE = re.compile(r"^(?P<house>[A-Z][^\n]{1,60}?) -- (?P<pages>\d{1,4} ?(?:pp|pages)\.?)"
                                rf" -- (?P<price>[{CURRENCY_SIGNS}] ?\d[\d.,]*)[ \t]*$", re.M)
_PRICE_ABBREVIATED = re.compile(rf"(?<![\w.])Pr\. (?=[{CURRENCY_SIGNS}]|(?:EUR|DM|Hfl|fl|Fr|SFr)\.? ?\d)")
# "Pb, 417pp, ind, bib, notes, \u00a318.99" (Fortean Times): the book's apparatus after its count, index,
# bibliography, notes, no field of the record
_APPARATUS = frozenset({"ind", "index", "bib", "biblio", "bibliog", "notes", "refs", "gloss", "chron"})
_DESCRIPTION_KEPT = ("illus", "plates", "maps")   # a physical description's words among them stay
_APPARATUS_AFTER_COUNT = re.compile(r"(?<=\dpp)(?:, (?:"
                                    + "|".join(sorted(_APPARATUS.union(_DESCRIPTION_KEPT), key=len, reverse=True))
                                    + r"))+(?=, )")


def _without_apparatus(m: re.Match[str]) -> str:
    """The words of a physical description kept ("illus", "plates", "maps"), the apparatus's dropped."""
    return "".join(f", {word}" for word in m.group(0).split(", ")[1:] if word not in _APPARATUS)
# "Rs. 2-12", "Rs. 3-8-0", "Re. 1-4" (Indian papers before 1957): rupees, annas (16 a rupee) and pies
# (12 an anna), read as the rupees they come to
_RUPEES_AND_ANNAS = re.compile(r"\b(?:Rs\.?|Re\.) ?(?P<rupees>\d{1,3})-(?P<annas>1[0-5]|0?\d)"
                               r"(?:-(?P<pies>1[01]|0?\d))?(?![\d-])")


def _in_rupees(m: re.Match[str]) -> str:
    amount = Decimal(m.group("rupees")) + Decimal(m.group("annas")) / 16 + Decimal(m.group("pies") or 0) / 192
    cents = amount.quantize(Decimal("0.01"))
    return f"Rs. {cents}" if cents == amount else m.group(0)   # "Rs. 2-1" (2.0625) the price finders cannot hold


# A web address on a line of its own, or closing a line after a comma: the Midwest Book Review's
# "She Writes Press" / "www.shewritespress.com" / "9781647426538, $17, PB, 312pp, www.amazon.com"
# (the house's site under its name, the shop's after the items), no field of the book's.
# The house's postal address on a line of its own above its site (the Midwest Book Review):
# "1500 Main Street, Bozeman, MT 59715"
_POSTAL_ADDRESS_LINE = re.compile(r"^[ \t]*\d{1,5} [A-Z][\w.' ]{1,40}, [A-Z][\w. ]{1,30}, [A-Z]{2} \d{5}(?:-\d{4})?"
                                  r"[ \t]*\n", re.M)
# The same address inside the imprint, after the house (the Small Press Review: "Finishing Line
# Press, PO Box 1626, Georgetown, KY 40324, 2014, 32pp."): the box or street and the zip code go,
# the town and state stay as the house's place.
_POSTAL_ADDRESS_INLINE = re.compile(r", (?:P\.? ?O\.? Box \d{1,6}|\d{1,5} [A-Z][\w.' ]{1,40}), "
                                    r"(?P<town>[A-Z][\w. ]{1,30}, [A-Z]{2}) \d{5}(?:-\d{4})?(?=[,.;)])")
# A review site's genre path on a line of its own ("Fiction - Historical - General", Readers'
# Favorite): the shelf the site files the book on, no house
_GENRE_PATH_LINE = re.compile(r"^[ \t]*(?:Fiction|Non-?[Ff]iction|Children|Young Adult|Poetry|Christian)"
                              r"(?: - [A-Z][\w'&,/ ]{2,30}){1,3}[ \t]*\n", re.M)
_WEB_ADDRESS_LINE = re.compile(r"^[ \t]*(?:https?://|www\.)[^\s,]+[ \t]*\n", re.M)
_WEB_ADDRESS_AFTER = re.compile(r",[ \t]*(?:https?://|www\.)[^\s,]+[ \t]*$", re.M)
# Capitals directly followed by a lowercase role phrase: a lost space.
# "PRIZE STORIES 1994 <i> edited by ...</i>" — inline markup left in copied text.
_INLINE_TAG = re.compile(r"</?(?:i|b|em|strong|u|cite)>", re.IGNORECASE)
_GLUED_ROLE = re.compile(r"(?<=[A-Z]{2})(?=(?:by|edited by|translated by|selected by|compiled by) [A-Z])")
# A name run into the role phrase after it, where a web page lost its line break: "Frank
# O\u2019HaraEdited by Mark Ford", "Julia Hartwigtranslated by John Carpenter". A bare "by" is
# left alone: many words and names end in it ("Derby", "Crosby"). Each "ed by X" is checked
# where it stands, so an article pays for one plain search.
_ROLE_ENDING = re.compile(r"ed by (?=[A-Z])")
_GLUED_NAME_ROLE = re.compile(r"\b[A-Z][\w'\u2019]+[a-z]"
                              r"(?=(?:[Ee]dit|[Tt]ranslat|[Ii]llustrat|[Ss]elect|[Cc]ompil)ed$)")
# "\u2026 the World.By Joshua D. Hendrick", "Peter Martin.Princeton University Press": a full stop
# with no space after it, between a word and a capitalized word; after a word, before a count or
# a price ("Jane Doe.320 pp.Knopf.$30."); after a word in capitals ("THE QUIET HARBOR.By Jane
# Doe"). Initials ("Ph.D", "U.S.Army") and decimals keep theirs.
_GLUED_STOP = re.compile(r"\.(?:(?=[A-Z][a-z]|\d|[$\u00a3\u20ac])(?<=[a-z]{2}\.)|(?<=[A-Z]{3}\.)(?=[A-Z][a-z]))")
# "Gollancz,15/-", "Cape,7/6": a scan's comma with no space after it, between a house and its
# price in shillings and pence
# ISBD's dash glued to the year before the count ("Columbia University Press, 1937.-xii, 412 pp.",
# the Political Science Quarterly): a stop
_GLUED_DASH_AFTER_YEAR = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d)\.-(?=[xvilc]+, |\d)")
_OCR_PENCE = re.compile(r"(?<=\ds\. )(?P<pence>\d{1,2})cl\.")
# "(Methuen, 6s,)": a scan's comma for the stop of shillings or pence before the bracket closes
_OCR_COMMA_AFTER_MONEY = re.compile(r"(?<=\d[sd]),(?=\))")
_GLUED_COMMA_BEFORE_SHILLINGS = re.compile(r",(?=\d{1,2}(?:/(?:-|\d{1,2}\b)|s\. ?\d{0,2}d?\.?))(?<=[a-z],)")


# "The Quiet Harbor | By Jane Doe | Knopf | 320 pages | $26" — a web page's separators, a
# bar or a bullet between spaces, where print would break the line: they part fields, and
# are never part of one; an empty cell between two (" |  | ") parts no more. A raised decimal
# point ("$54·95") has no spaces.
_BAR = re.compile(r"[ \t\u00a0]+[|\u2022\u00b7](?:[ \t\u00a0]+[|\u2022\u00b7])*[ \t\u00a0]+")
# "\u2022 Harbor House, 2019" / "- 320 pages": a list's marker opening a line, each field an item.
# A star stays: it marks a starred review ("* THE QUIET HARBOR"), and the head reads it.
# A footnote's number in superscript opening its line: "¹ Feeding the City: ... By Jane Doe. Oxford, ..."
# (review essays in Greece & Rome, the Classical Review): the notes of the book the text's "¹" marks
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_FOOTNOTE_MARK = re.compile(rf"^[ \t]*[{_SUPERSCRIPTS}]+[ \t]*(?=\S)", re.M)
# "... is published by Vijitha Yapa Publications and is priced at Rs. 1,450." (Sri Lankan and Indian
# papers): the price's own words after the house, read as the comma that parts them
_PRICED_AT = re.compile(r",? and (?:is|are) priced at (?=\S)")
# "Book details" / "The Fire Lilies of Makhanda" / "Jane Doe" / ... (South African papers and review
# sites): the sheet's heading opening the text, above its title (Kirkus prints "BOOK DETAILS" under the
# title, or over its labels, where it stays the sheet's own)
_DETAILS_HEADING = re.compile(r"\A\s*(?i:book details|the details):?[ \t]*\n(?=[ \t]*\S)(?![ \t]*[A-Z][\w ]{0,25}:)")
# East Africa's shillings and cents parted by a slash ("Shs. 12/50" is 12.50, "Shs. 12/-" is 12):
# the decimal point they stand for
_SHILLINGS_AND_CENTS = re.compile(r"(?P<mark>\bShs?\.? ?)(?P<shillings>\d{1,4})/(?:(?P<cents>\d\d)\b|-)")
# Swedish crowns and öre parted by a colon ("Kr. 14:50", "14:50 kr"): the decimal comma they stand for
_CROWNS_AND_ORE = re.compile(r"(?<=\b[Kk]r\. )(\d{1,4}):(\d\d)\b|(?<=\b[Kk]r )(\d{1,4}):(\d\d)\b"
                             r"|\b(\d{1,4}):(\d\d)(?= ?kr\b)")
_LIST_MARK = re.compile(rf"^[ \t]*[{LIST_BULLETS}-][ \t]+", re.M)
# "Westport\u00b7 Greenwood Press, 1995" — a colon OCR read as one raised dot: against the word
# before it and spaced from the next, where a separator is spaced on both sides.
_OCR_COLON = re.compile(r"(?<=[^\W\d]{2})\u00b7(?= [A-Z])")
# "The Quiet Harbor – by Jane Doe – Harbor House – $26.95 – 320 pages": dashes as the bars, three
# or more on a short line of short parts that holds a price or a page count. One or two dash
# off a subtitle ("Der stille Hafen – Eine Geschichte") or an aside; prose has longer parts.
_PRICE_OR_PAGES = re.compile(rf"[{CURRENCY_SIGNS}]|\d ?(?:pp|pages)\b|\d ?p\.")   # "320 p." — catalog records
_SPACED_DASH = re.compile(r" [\u2013\u2014/-] ")   # "Title / Jane Doe / Harbor House / $26.95" too

# OCR's letters for digits in a count or a price: "32O pp.", "l92 pages", "$3.5O", "£l2.50" —
# an O or l among digits, where a count or an amount stands.
_OCR_DIGITS = re.compile(r"(?<![\w.])(?=[\dOl]*\d)[\dOl]*[Ol][\dOl]*(?= ?(?:pp\b|pages\b))"
                         r"|(?<=[$\u00a3\u20ac])(?=[\dOl.]*\d)(?=[\dOl.]*[Ol])[\dOl]*(?:\.[\dOl]{1,2})?(?![\w])"
                         # a sheet's labelled count: "Pages: 3l2"
                         r"|(?<=[Pp]ages: )(?=[\dOl]*\d)[\dOl]*[Ol][\dOl]*(?![\w])")
# where _OCR_DIGITS may match
_OCR_HINT = re.compile(r"[Ol][\dOl]* ?(?:pp|pages)\b|[$\u00a3\u20ac][\d.]*[Ol]|ages: [\dOl]*[Ol]")
_AS_DIGITS = str.maketrans("Ol", "01")
# ... and where a citation's count or an old price stands: "Pp. 3l2.", "Pp. x, 2l4.", "xii+32O+8
# plates", "xvi + 2l8", "3l4 S." (German Seiten), "l5s. net", "l0s. 6d." (shillings and pence).
_OCR_COUNT = re.compile(r"(?:(?<=[Pp]p\. )|(?<=[ivxlc], )|(?<=[ivxlc\d]\+)|(?<=[ivxlc\d] \+ ))"
                        r"(?=[\dOl]*\d)[\dOl]*[Ol][\dOl]*(?!\w)"
                        r"|(?<![\w.\-/])(?=[\dOl]*\d)[\dOl]*[Ol][\dOl]*(?=[sd]\.| S\.)")
# "ISBN 0-316-740l2-8", "ISBN O-19-..." — OCR's letters in a tagged ISBN
_OCR_ISBN = re.compile(r"(?<=ISBN)(?:-1[03])?:? ?(?P<isbn>[\dOl](?:[\dOl]|[- ](?=[\dOlX])){8,16}[\dOlX])")

# Best-seller lists (Publishers Weekly, the NYT): "1 (6) THE QUIET HARBOR, by ... (Knopf, $26.)
# 18 weeks on list." — this week's rank, last week's in brackets, and the weeks on the list: the
# chart's columns, never a title's words. The rank is read as "1. ", a list's number.
_WEEKS_ON_LIST = re.compile(r"[ \t]*\b\d{1,3} weeks? on (?:the )?list\b\.?", re.IGNORECASE)
_RANK_AND_LAST_WEEKS = re.compile(r"^(?P<rank>\d{1,2})(?: \(\d{1,2}\))? (?=[A-Z0-9\"\u201c])", re.MULTILINE)
# "Lead: THE QUIET HARBOR. By ..." — newswire copy labels its first paragraph.
_LEAD_LABEL = re.compile(r"^[ \t]*(?:LEAD|Lead):[ \t]*", re.MULTILINE)


# ``Title,'' — PTB or LaTeX quotes in text that is otherwise plain.
_TEX_QUOTES = re.compile(r"``([^`'\n]+?)''")

# What copying from the web leaves: "Simon &amp; Schuster" (an entity, always closed by ";"),
# "*The Quiet Harbor* by Jane Doe" and "__Title__" (Markdown's emphasis, as <i> above).
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#[xX][0-9A-Fa-f]{2,4}) ?;")   # "&amp ;" once tokenized
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]{1,200}?)(?<=[^\s*_])\1(?![\w*])")
# "ISBN 978–0–19–820539–2": a typesetter's dashes between an ISBN's ten or thirteen
# digits. A range ("1990–2000", "98145–5096") has fewer and is left alone.
_DASHES = "\u2010\u2011\u2012\u2013\u2212"
_DASHED_ISBN = re.compile(rf"(?<![\d{_DASHES}-])(?:\d[{_DASHES}-]?){{9,12}}[\dX](?![\d{_DASHES}-])")
_DASH = re.compile(f"[{_DASHES}]")
# A tab (a column's gap, from a table or a PDF), a no-break or thin space ("320\u00a0pages",
# "18,99\u202f\u20ac"): a space to every reader. A soft hyphen, a zero-width space: nothing.
_PLAIN_SPACES = str.maketrans({**dict.fromkeys("\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                               "\u2009\u200a\u202f\u205f\u3000", " "),
                               **dict.fromkeys("\u00ad\u200b\u2060\ufeff")})
_ODD_SPACE = re.compile("[" + "".join(map(chr, _PLAIN_SPACES)) + "]")   # found first: translating is slower


# "Cambridge, Mass. : Harvard", "320 p. ; 24 cm", "Paris : Fayard": a library record's (ISBD)
# and French typography's space before a colon or semicolon.
_SPACED_STOP = re.compile(r"(?<=[^\s:;]) ([:;])(?= )")
# "Harbor House, 2019.  320 pp." — the typewriter's two spaces after a stop, kept by OCR and
# old web pages. Two spaces elsewhere may part a head's title from its author, and three or
# more part a list's columns ("32 pp.    978-..."), so they stay.
_SPACES = re.compile(r"  +")   # a literal first: a lookbehind tried at every position was 6 times slower


def _one_space_after_stops(text: str) -> str:
    return _SPACES.sub(lambda m: " " if m.end() - m.start() == 2 and m.start() and text[m.start() - 1] in ".,:;"
                       and text[m.end():m.end() + 1].strip() else m.group(), text)


def _rejoined(m: re.Match[str]) -> str:
    word = m.group("head") + m.group("tail")
    return word if is_house_word(word.lower()) or is_given_name(word) or word.lower() in _NOTES_WORDS else m.group(0)


def _rejoined_house_word(m: re.Match[str]) -> str:
    word = m.group("head") + m.group("tail")
    return word if is_house_word(word.lower()) and len(word) > 5 or word.lower() in _NOTES_WORDS else m.group(0)


# The notes' own words, broken the same way: "Illus- trated.", "Trans- lated by Emily Moss"
_NOTES_WORDS = frozenset({"illustrated", "illustrations", "translated", "translation", "edited", "introduction",
                          "foreword", "afterword", "paperback", "hardcover", "published"})


def repair_text(text: str) -> str:
    """Drop a best-seller list's columns, rejoin hyphenated line breaks, read a bracketed
    imprint as one in parentheses and Goodreads' "Published <date> by <house>" as the house and
    its date, drop newswire 'Lead:' labels, unglue role words and stops, read an OCR'd colon,
    break lines at a web page's bars, drop a list's markers, undo a web page's entities and
    emphasis, part an imprint's slashed or double-dashed fields by commas, read tabs and odd spaces as spaces and
    an ISBN's dashes as hyphens, and close up the space French typography and library records
    print before a colon and the typewriter's two spaces after a stop."""
    if " on list" in text or " on the list" in text:
        text, charted = _WEEKS_ON_LIST.subn("", text)
        text = _RANK_AND_LAST_WEEKS.sub(r"\g<rank>. ", text) if charted else text
    if "ead:" in text or "EAD:" in text:
        text = _LEAD_LABEL.sub("", text)
    if "-\n" in text:
        text = _BROKEN_AFTER_PREFIXS_CAPITAL.sub("", text)
        text = _BROKEN_COMPOUND.sub("-", _BROKEN_WORD.sub("", text))
    if "- " in text:
        text = _FLATTENED_BREAK.sub(_rejoined, text)
    if "-" in text:
        text = _CLOSED_BREAK.sub(_rejoined_house_word, text)
    if "Published " in text:   # Goodreads' line: "Random House, September 16th 2015"
        text = PUBLISHED_BY_HOUSE.sub(r"\g<house>, \g<date>", text)
    if "Published " in text or "Released " in text or "Date:" in text:
        text = DATE_LINE.sub("", text)
    if "[" in text:
        text = _BRACKETED_IMPRINT.sub(r"(\g<imprint>)", text)
        text = _BRACKETED_HOUSE_YEAR.sub(r"(\g<imprint>)", text)
    if "pp, " in text:
        text = _APPARATUS_AFTER_COUNT.sub(_without_apparatus, text)
    if "Pr. " in text:   # "312 pp. Pr. \u20ac115.00." (Dutch and German journals: prijs, Preis): the price's label
        text = _PRICE_ABBREVIATED.sub("", text)
    if "Page count:" in text:   # "Page count: 295" (LibraryReads, bookshops' newsletters): the count's label
        text = text.replace("Page count:", "Pages:")
    if ("Rs" in text or "Re." in text) and "-" in text:
        text = _RUPEES_AND_ANNAS.sub(_in_rupees, text)
    if " -- " in text:
        text = _DASHED_ITEMS_LINE.sub(r"\g<house>, \g<pages>, \g<price>", text)
    if "www." in text or "://" in text:
        text = _WEB_ADDRESS_AFTER.sub("", _WEB_ADDRESS_LINE.sub("", text))
        text = _POSTAL_ADDRESS_LINE.sub("", text)
    if " - " in text and "\n" in text:
        text = _GENRE_PATH_LINE.sub("", text)
    if "etails" in text[:20] or "ETAILS" in text[:20]:
        text = _DETAILS_HEADING.sub("", text)
    if "Sh" in text and "/" in text:
        text = _SHILLINGS_AND_CENTS.sub(_shillings_and_cents, text)
    if ("kr" in text or "Kr" in text) and ":" in text:
        text = _CROWNS_AND_ORE.sub(lambda m: ",".join(g for g in m.groups() if g), text)
    if " priced at " in text:
        text = _PRICED_AT.sub(", ", text)
    if "Box " in text or " ST " in text or "Street" in text or "Ave" in text or "Road" in text:
        text = _POSTAL_ADDRESS_INLINE.sub(r", \g<town>", text)
    if "</" in text:
        text = _INLINE_TAG.sub("", text)
    if "``" in text:
        text = _TEX_QUOTES.sub("\u201c\\1\u201d", text)
    if "by " in text:   # every role phrase ends in "by": most articles skip the search
        text = _GLUED_ROLE.sub(" ", text)
        text = _unglue_name_role(text)
    if "." in text:
        text = _GLUED_STOP.sub(". ", text)
    if "," in text and ("/" in text or "s." in text):
        text = _GLUED_COMMA_BEFORE_SHILLINGS.sub(", ", text)
    if "cl." in text:   # "7s. 6cl.": a scan's "cl" for the pence's "d"
        text = _OCR_PENCE.sub(r"\g<pence>d.", text)
    if ",)" in text:
        text = _OCR_COMMA_AFTER_MONEY.sub(".", text)
    if ".-" in text:
        text = _GLUED_DASH_AFTER_YEAR.sub(". ", text)
    if ("pp" in text or "ages" in text or "$" in text or "\u00a3" in text or "\u20ac" in text) \
            and _OCR_HINT.search(text):   # substring tests first: most articles print no count or price
        text = _OCR_DIGITS.sub(lambda m: m.group().translate(_AS_DIGITS), text)
    if "Pp. " in text or "pp. " in text or " S." in text:   # a citation's count: most articles print none
        text = _OCR_COUNT.sub(lambda m: m.group().translate(_AS_DIGITS), text)
    if "ISBN" in text:   # an ISBN with no O or l inside stays as it is (_isbn_read_as_digits)
        text = _OCR_ISBN.sub(_isbn_read_as_digits, text)
    if "\u00b7" in text:
        text = _OCR_COLON.sub(":", text)
    if "|" in text or "\u2022" in text or "\u00b7" in text:
        text = _BAR.sub("\n", text)
    if "- " in text or not text.isascii() and any(mark in text for mark in LIST_BULLETS):
        text = _LIST_MARK.sub("", text)
    if not text.isascii() and any(mark in text for mark in _SUPERSCRIPTS):
        text = _FOOTNOTE_MARK.sub("", text)
    if " / " in text:
        text = _SPACED_TOWNS.sub(_towns_closed_up, text)
    if " \u2014 " in text and " p.," in text:
        text = _DESCRIBED_BETWEEN.sub(_without_the_description, text)
    if ") \u2013 " in text or ") \u2014 " in text:
        text = _NAME_SURNAME_FIRST_DASH.sub(r"\g<name>. ", text)
    if (" \u2013 " in text or " - " in text) and "\n" in text:
        text = _dashed_labels_as_colons(text)
    if " \u2013 " in text or " \u2014 " in text or " - " in text or " / " in text:
        text = _dashes_as_bars(text)
    if text.count("/") >= 3:
        text = _slashes_as_bars(text)
    if "  " in text:
        text = _one_space_after_stops(text)
    if " : " in text or " ; " in text:
        text = _SPACED_STOP.sub(r"\1", text)
    if "&" in text and ";" in text:
        text = _ENTITY.sub(_unescaped, text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if "\t" in text or not text.isascii():
        if _ODD_SPACE.search(text):
            text = text.translate(_PLAIN_SPACES)
        if any(dash in text for dash in _DASHES):
            text = _DASHED_ISBN.sub(lambda m: _DASH.sub("-", m.group()), text)
    return text


# "Köln / Weimar / Wien: Böhlau 2014", "Köln / Weimar / Wien 2020, Böhlau" (German reviews): the
# publishing towns parted by spaced slashes, which elsewhere part a web page's fields, closed up as
# "Cambridge/New York: ..." is
_SPACED_TOWNS = re.compile(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)?(?: / [A-Z][\w.]*(?: [A-Z][\w.]*)?)+"
                           r"(?=: | (?:1[5-9]|20)\d\d\b)")


def _shillings_and_cents(m: re.Match[str]) -> str:
    cents = f".{m.group('cents')}" if m.group("cents") else ""
    return f"{m.group('mark')}{m.group('shillings')}{cents}"


def _towns_closed_up(m: re.Match[str]) -> str:
    towns = m.group(0).split(" / ")
    return "/".join(towns) if all(town in PUBLISHING_TOWNS for town in towns) else m.group(0)


# "Tides of the Mind \u2014 Jane Doe. A neuroscientist argues that mood ... cycles. Basic Books, 2010, 288 p.,
# $27.50." (Science News's book list): the title, a dash, the author, a line describing the book, then the
# house, the year and the count. The description is no part of the notes: the line is read without it.
_DESCRIBED_BETWEEN = re.compile(rf"^(?P<title>[^\n\u2014]{{2,150}}?) \u2014 (?P<name>[{CAPITAL}][^.,;()\n]{{2,60}})\. "
                                rf"(?P<blurb>[^\n]{{10,500}}?\.) (?P<imprint>[{CAPITAL}][^.,;()\n]{{1,60}}, "
                                r"(?:1[5-9]|20)\d\d, \d{1,4} p\.,[^\n]*)$", re.M)


def _without_the_description(m: re.Match[str]) -> str:
    if not is_person(m.group("name")):
        return m.group(0)
    return f"{m.group('title')}. By {m.group('name')}. {m.group('imprint')}"


# A dash after a name printed surname first in capitals, its given name bracketed ("OKONKWO (\u00c9mile)
# \u2014 Les partis politiques au Dahomey. \u2014 Paris, A. Colin, 1962.": French journals): the name's
# sentence ends there, as it does in "OKONKWO (\u00c9mile). Les partis ...", never a bar between fields.
_NAME_SURNAME_FIRST_DASH = re.compile(rf"(?P<name>(?<![\w'-])[{CAPITAL}'-]{{2,}}(?: [{CAPITAL}'-]{{2,}})*"
                                      rf" \([^()]{{1,40}}\)) [\u2013\u2014] (?=[{CAPITAL}])")


# "Title \u2013 Salt for the Winter" / "Author \u2013 Jane Doe" / "Publisher \u2013 Peirene Press" (blogs):
# a sheet's labels with a dash for the colon, three lines of them at least
_DASHED_LABEL = re.compile(r"^(?P<label>[A-Za-z]+(?: [A-Za-z]+)?) [\u2013-] (?=\S)", re.M)


def _dashed_labels_as_colons(text: str) -> str:
    labels = [m for m in _DASHED_LABEL.finditer(text) if m.group("label").lower() in LABELS]
    if len(labels) < 3:
        return text
    for m in reversed(labels):
        text = f"{text[:m.start()]}{m.group('label')}: {text[m.end():]}"
    return text


def _dashes_as_bars(text: str) -> str:
    lines = text.split("\n")
    barred = [k for k, line in enumerate(lines) if len(line) <= 200 and _PRICE_OR_PAGES.search(line)
              and _barred_by_dashes(line)]
    for k in barred:
        lines[k] = _SPACED_DASH.sub("\n", lines[k])
    return "\n".join(lines) if barred else text


def _slashes_as_bars(text: str) -> str:
    """"Epigram Books/Paperback/414 pages/$32.10/Available here" (the Straits Times): four
    fields or more parted by bare slashes, on a short line that holds a price or a count,
    are the imprint's clauses, parted by commas."""
    lines = text.split("\n")
    barred = [k for k, line in enumerate(lines) if line.count("/") >= 3 and len(line) <= 200
              and _PRICE_OR_PAGES.search(line) and all(0 < len(part.strip()) <= 60 for part in line.split("/"))]
    for k in barred:
        lines[k] = ", ".join(part.strip() for part in lines[k].split("/"))
    return "\n".join(lines) if barred else text


def _barred_by_dashes(line: str) -> bool:
    """Three dashes or more parting short fields, or fewer where one opens a byline ("The
    Quiet Harbor: A History – By Jane Doe – Harbor House; 320 pages; $28"), or where two
    part a person's name first ("Jane Doe – The Quiet Harbor – Harbor House, £20")."""
    parts = _SPACED_DASH.split(line)
    if len(parts) > 3 and all(len(part) <= 60 for part in parts):
        return True
    if len(parts) == 3 and is_person(parts[0].strip()) and all(len(part) <= 120 for part in parts):
        return True
    return len(parts) > 1 and bool(_DASHED_BYLINE.search(line)) and all(len(part) <= 120 for part in parts)


_DASHED_BYLINE = re.compile(r" [\u2013\u2014-] (?:By|(?:Edited|Translated|Written|Illustrated|Compiled) by) [A-Z]")


def _unescaped(entity: re.Match[str]) -> str:
    """The character an HTML entity names; an unknown one ("&Co;") as printed."""
    closed = entity.group().replace(" ", "")
    character = html.unescape(closed)
    return entity.group() if character == closed else character


def _unglue_name_role(text: str) -> str:
    """'Frank O\u2019HaraEdited by Mark Ford' -> 'Frank O\u2019Hara Edited by Mark Ford'."""
    cuts = []
    for m in _ROLE_ENDING.finditer(text):
        start = max(0, m.start() - 40)
        glued = _GLUED_NAME_ROLE.search(text, start, m.start() + 2)
        if glued:
            cuts.append(glued.end())
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    return text


def _isbn_read_as_digits(m: re.Match[str]) -> str:
    """The ISBN with OCR's O and l read as 0 and 1, when its check digit then holds (an ISBN
    that fails it stays as printed: an invalid ISBN, not a guess)."""
    printed = m.group("isbn")
    if "O" not in printed and "l" not in printed:
        return m.group()
    digits = printed.translate(_AS_DIGITS)
    return m.group()[:m.start("isbn") - m.start()] + digits if isbn13_of(digits) else m.group()
