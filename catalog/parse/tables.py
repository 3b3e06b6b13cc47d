"""Small lookup tables the trailer grammar reads: roles, bindings, currencies, words.

Data over code branches: a new phrasing is a new row, not a new ``if``.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from catalog.model import Role
from catalog.parse.search import finditer_from

# " from the Norwegian", " from Portuguese": the source language a translation names.
_FROM = r"(?: from(?: the)? (?P<lang{0}>[A-Z][a-z]+)(?: and [A-Z][a-z]+)?)?"

# Role phrases as trailers print them, longest first so "edited and translated by"
# wins over "edited by". Each names the roles its names take.
# "By Robert Whymant" — NYT; "illus. by Isadora Machado" — Publishers Weekly.
# A whole name's shape after "Ill." ("Jane Doe. Ill. Ben Roe."): the role here, the artist's credit in
# items.find_illustrated, which asks its given name of the lists too
ARTIST_NAME = r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]"
ROLE_PHRASES: tuple[tuple[str, tuple[Role, ...]], ...] = (
    (rf"edited and translated{_FROM.format(1)} by", (Role.EDITOR, Role.TRANSLATOR)),
    (rf"translated and edited{_FROM.format(2)} by", (Role.TRANSLATOR, Role.EDITOR)),
    # "Translated from the Norwegian by", "Tr. by", "trans. from Portuguese by" — LJ, Booklist
    (rf"(?:translated|trans\.|tr\.){_FROM.format(3)}(?: by| and with an? (?:introduction|afterword|foreword) by)",
     (Role.TRANSLATOR,)),
    # "Trans. John Roe" — academic notes abbreviate with no "by" ("Tr $16.99" is a trade edition's price);
    # "Jane Doe, tr. John Roe", "transl.", "trs." after a comma, before a name
    # "tr. Maxine Albright" on a line of its own under the byline (Full Stop)
    (r"trans\.(?= [A-Z])|(?:(?<=, )|(?<=\n))(?:tr|trs|transl|trans)\.?(?= (?-i:[A-Z][a-z]))"
     # "Tr. Emmett Doe." a sentence of its own after the title (World Literature Today)
     r"|(?:(?<=\. )|(?<=^))(?-i:Tr)\.(?= (?-i:[A-Z][a-z]))"
     r"|(?<=[a-z] )(?:tr|trs|transl)\.(?= (?-i:[A-Z][a-z]))", (Role.TRANSLATOR,)),
    # the same in the languages of the academic journals: "Traduit de l'anglais (États-Unis) par",
    # "Aus dem Englischen von", "übersetzt von", "traducido del inglés por", "tradotto dall'inglese da"
    # and abbreviated: "trad. de l'anglais par", "trad. it. di", "trad. de" (Spanish), "Übers. v.",
    # and the German edition's credit, "Deutsch von"
    (r"trad(?:uit|\.)(?: de l['\u2019]\w+| du \w+)?(?: \([^()]{1,30}\))? par"
     r"|aus dem \w+schen(?: übersetzt)? von"
     r"|übersetzt von|übers\. v(?:on|\.)|deutsch von|traducci[óo]n de|traducido(?: del \w+)? por"
     r"|tradotto(?: dall['\u2019]\w+)? da|traduzione di|trad\.(?: it\.)? di|trad\. de(?= (?-i:[A-Z]))"
     # Dutch, Scandinavian, Polish and Portuguese: "uit het Engels vertaald door", "Vert. Pieter van Dijk",
     # "oversat af", "oversatt av", "övers.", "przeł.", "tłum.", "tradução de"
     r"|(?:uit het \w+ )?vertaald door|vert\.(?= (?-i:[A-Z]))|overs[ae]tt? (?:af|av)|övers\.(?= (?-i:[A-Z]))"
     r"|översatt av"
     r"|(?:przeł|tłum)\.(?= (?-i:[A-Z]))|tradução de",
     (Role.TRANSLATOR,)),
    # the editors of the academic journals' languages: "hg. v.", "hrsg. von", "herausgegeben von",
    # "sous la direction de", "a cura di", the Spanish "ed. de", the Polish ", red."
    (r"herausgegeben von|hrsg\. v(?:on|\.)|hg\. v(?:on|\.)|sous la direction de|a cura di|ed\. de(?= (?-i:[A-Z]))"
     r"|(?:^|(?<=, ))red\.(?= (?-i:[A-Z]))", (Role.EDITOR,)),
    # "intro. Mary Poe", "illus. John Roe": the abbreviated role after a comma, before a name
    (r"(?:with an? )?(?:new )?(?:introduction|intro\.) by|introduced by|(?<=, )intro\.(?= (?-i:[A-Z][a-z]))",
     (Role.INTRODUCTION,)),
    (r"(?:with an? )?(?:new )?foreword by", (Role.FOREWORD,)),
    (r"(?:with an? )?(?:new )?afterword by", (Role.AFTERWORD,)),
    (r"(?:with )?(?:photographs|photos|photography) by", (Role.PHOTOGRAPHER,)),
    (r"(?:with )?(?:illustrations|drawings|pictures|illus\.|ill\.|illustrated) by"
     r"|(?<=, )(?:illus|ill)\.(?= (?-i:[A-Z][a-z]))"
     # "Peta Gallagher. Ill. Ben Kirrawee." (picture books' notes): a sentence of its own, a whole name after
     r"|(?<=\. )(?-i:Ill|Illus)\.(?= (?-i:" + ARTIST_NAME + "))", (Role.ILLUSTRATOR,)),
    # "edited and with an introduction by" — VQR; "Ed. by" — Booklist; "edited and introduced by",
    # "introduced and edited by": an editor's introduction is part of the editing
    (r"(?:(?:selected|introduced) and )?(?:edited|ed\.)(?:,? and (?:introduced|annotated)"
     r"|,? (?:and )?with (?:an? )?(?:introduction|foreword|afterword|notes)(?: and notes)?,?)? by|eds?\.(?= )",
     (Role.EDITOR,)),
    (r"compiled(?: and edited)? by|selected by", (Role.COMPILER,)),
    # an audiobook's reader: "The Quiet Harbor by Jane Doe, read by John Roe" (audio reviews)
    (r"(?:read|narrated|narr\.) by", (Role.NARRATOR,)),
    # "Story and pictures by", "Text by": picture books' credits, where a clause starts ("A Story
    # by Jane Doe" and "In Other Words by Jane Doe" are titles)
    (r"written and illustrated by"
     r"|(?:(?<=^)|(?<=[.;,|\n] )|(?<=\n))(?:story|words|text) and (?:pictures|illustrations|art) by",
     (Role.AUTHOR, Role.ILLUSTRATOR)),
    (r"written by|(?:(?<=^)|(?<=[.;,|\n] )|(?<=\n))(?:story|words|text) by", (Role.AUTHOR,)),
    # "with essays by", "with contributions by" — exhibition catalogs
    (r"with (?:additional )?(?:essays?|contributions|texts?|commentary) by", (Role.CONTRIBUTOR,)),
    # "Reviewed by John Roe" in a header block names the review's author, not the book's;
    # so does "Review by John Roe", capitalized, on a line of its own (the Historical Novel Society)
    (r"reviewed by|(?-i:Review) by", (Role.REVIEWER,)),
    (r"by", (Role.AUTHOR,)),
    (r"with", (Role.AUTHOR,)),   # "By X with Y": a co-author
    # Afrikaans: "Wintermaan deur Sonja Pienaar. Protea Boekhuis. R151." (South African papers)
    (r"(?-i:deur)(?= (?-i:[A-Z]))", (Role.AUTHOR,)),
)

ROLE_PATTERN = re.compile(
    r"(?<![\w'])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(ROLE_PHRASES)) + r")(?=\s)",
    re.IGNORECASE,
)

# The first word of every role phrase, lowercased: each is followed in its phrase by a
# space, "." or ",", never by a letter.
ROLE_FIRST_WORDS = frozenset(
    "edited translated trans transl trs tr with new introduction intro foreword afterword photographs photos "
    "photography ill "
    "illustrations drawings pictures illus illustrated selected introduced ed eds compiled written story "
    "words text reviewed "
    "review read narrated narr by traduit trad deutsch aus traduccion traducido tradotto traduzione uit vertaald "
    "oversat oversatt herausgegeben vert red "
    "hrsg hg sous a deur".split())
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _role_starts(text: str) -> Iterator[int]:
    """Where a role phrase can start: a match starts a run of letters (its lookbehind wants
    no word character before it); an ASCII run not among ROLE_FIRST_WORDS cannot open one,
    and any other run is tried (IGNORECASE matches "ſ" to "s")."""
    for run in _LETTER_RUN.finditer(text):
        word = run.group()
        if not (word.isascii() and word.lower() not in ROLE_FIRST_WORDS):
            yield run.start()


def role_phrases(text: str) -> Iterator[re.Match[str]]:
    """ROLE_PATTERN.finditer(text), tried only at words that can open a role phrase:
    fifteen alternatives tried at every position were about 20 µs a head, searched several
    times per trailer. tests/parse/test_role_phrases.py holds the two equal."""
    return finditer_from(ROLE_PATTERN, text, _role_starts(text))


def find_role(text: str) -> re.Match[str] | None:
    """ROLE_PATTERN.search(text), by role_phrases."""
    return next(role_phrases(text), None)


# A role phrase opening a clause or line: "By X", "Edited by X", "Translated by X".
ROLE_AT_START = re.compile(r"^\s*" + ROLE_PATTERN.pattern[len(r"(?<![\w'])"):], re.IGNORECASE)


def roles_of(match: re.Match[str]) -> tuple[tuple[Role, ...], str | None]:
    """The roles a ROLE_PATTERN match names, and the source language it prints, if any."""
    index = next(i for i in range(len(ROLE_PHRASES)) if match.group(f"r{i}") is not None)
    language = next((match.group(g) for g in ("lang1", "lang2", "lang3") if match.group(g)), None)
    return ROLE_PHRASES[index][1], language


# Bindings as printed -> the normalized binding.
BINDINGS = {
    "cloth": "cloth", "hardcover": "cloth", "hardback": "cloth", "hc": "cloth", "hc.": "cloth",
    "hardbound": "cloth", "boards": "cloth",
    "paper": "paper", "paperback": "paper", "paperbound": "paper", "pbk": "paper",
    "pbk.": "paper", "paper-bound": "paper", "softcover": "paper", "trade paper": "paper",
    "e-book": "ebook", "ebook": "ebook",
    # "$99.00 (hbk)" — NDPR; "$39.99 (HB)" — Australian papers; "$24.95, 688pp, hc", "tp" — Locus
    "hbk": "cloth", "hbk.": "cloth", "hb": "cloth", "h/b": "cloth", "pb": "paper", "p/b": "paper",
    "tp": "paper", "pap.": "paper", "pap": "paper",
}
BINDING_WORDS = (r"trade paper|paper-bound|paperbound|paperback|hardcover|hardback|hardbound|softcover|cloth|paper"
                 r"|pbk\.?|hbk\.?|hc\.?|e-?book|hb|pb|h/b|p/b|pap\.")
# Goodreads' formats, which book blogs copy before the count ("Kindle Edition, 398 pages"): no
# publisher, nor a price's binding.
EDITION_FORMATS = r"kindle edition|kindle|nook book|mass market paperback|audiobook|audio cd|library binding|board book"

# Currency marks as printed -> ISO 4217. "$" alone is taken as USD (US outlets).
CURRENCIES = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "Can$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "R$": "BRL", "CDN$": "CAD", "Cdn$": "CAD",
    "IR£": "IEP", "₦": "NGN", "₱": "PHP",
    "Canada$": "CAD", "Can.$": "CAD",   # "(Canada $37)", "(Can. $34.95)"
    # the Caribbean's, Guyana's, Fiji's and Namibia's dollars, Egypt's pound: a bare "$" or "£"
    # read after their letters was the outlet's dollar or sterling
    "J$": "JMD", "TT$": "TTD", "BDS$": "BBD", "G$": "GYD", "F$": "FJD", "FJ$": "FJD", "N$": "NAD",
    "EC$": "XCD", "BZ$": "BZD", "E£": "EGP", "JA$": "JMD", "GY$": "GYD", "BD$": "BMD",
    # the Bahamas' and Brunei's "B$": a dollar whose country the outlet names, as a bare "$"'s
    "B$": "USD",
}
# Marks read as a bare "$": the outlet or the imprint says whose dollar they are.
BARE_DOLLAR_MARKS = frozenset({"$", "B$"})
# A bare dollar's country printed after it: "$US28", "$A30", "$NZ40" (Australian and New Zealand
# papers) before the amount; "$34.95 Can.", "$24.95 US", "$37 Canada" after it.
COUNTRY_AFTER = {"can.": "CAD", "can": "CAD", "canada": "CAD", "in canada": "CAD", "cdn.": "CAD", "cdn": "CAD",
                 "us": "USD", "u.s.": "USD", "au": "AUD", "a": "AUD", "nz": "NZD", "c": "CAD"}
# The signs a price may carry, for the quick tests that skip lines with no item.
CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5\u20b9\u20a6\u20b1"
# A list's bullets ("\u2022 Harbor House"): a mark before an entry or a field, never part of one.
LIST_BULLETS = "\u2022\u00b7\u25aa\u25cf"
# A starred review's star before its title ("\u2605 The Quiet Harbor" — Publishers Weekly, Kirkus,
# Booklist): both readers drop it, so they must drop the same marks.
STARS = "\u2605\u2606"
# "US$35", and "(US $35)" with the space British papers print after the country; "HK$150",
# "S$25.90" (Hong Kong and Singapore papers), "NT$380", "R$45": a country's dollar or real, never
# the US dollar, and never a word's last letter before a "$"; "CDN$34.95", "Cdn $34.95" (Canadian
# papers), "U.S. $28"; "IR£12.99" — the Irish pound, before the euro; "(Canada $37)", "(Can. $34.95)"
# (never a house's last word: "Random House Canada $29.95" is the house's, the dollar bare),
# "₦3,500" (Nigerian papers), "₱450" (Philippine); "J$2,500", "TT$150", "Bds$50", "G$4,000" (the
# Caribbean's and Guyana's papers; "JA$2,950", "GY$3,000": no Australian "A$"), "F$45" (Fiji's), "N$250"
# (Namibia's), "E£150" (Egypt's); "BD$45" (Bermuda's), "B$24.95" (the Bahamas' or Brunei's, as the outlet says).
CURRENCY_MARK = (r"(?:U\.S\. ?\$|US ?\$"
                 r"|(?<![\w.&'\u2019] )Canada ?\$|Can\. ?\$|CAN ?\$|Can\$|CA\$|CDN ?\$|Cdn ?\$|AU ?\$|NZ ?\$|C\$|A\$"
                 r"|(?<![\w'\u2019])(?-i:HK ?\$|SG\$|S\$|NT\$|R\$|IR£|J\$|TT ?\$|BDS\$|Bds\$|G\$|FJ?\$|N\$|EC\$"
                 r"|JA\$|GY\$|BD\$|B\$"
                 r"|BZ\$|E£)|\$|£|€|¥|₹|₦|₱)")

# Words before a period that do not end a sentence ("St. Martin's", "illus. by").
ABBREVIATIONS = frozenset({
    "st", "jr", "sr", "dr", "mr", "mrs", "ms", "mt", "ft", "inc", "co", "corp", "ltd",
    "illus", "trans", "tr", "ed", "eds", "vol", "vols", "no", "nos", "rev", "intro", "pp",
    "univ", "u.s", "u.k", "bros", "bk", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct",
    "nov", "dec", "prof", "gen", "col", "capt", "lt", "sgt", "hon", "messrs",
    "coll",   # "Armand Colin, coll. U": a French series
    "incl",   # "Pp. xii + 320 incl. 10 ills."
})

# Name words that mark a corporate body, kept literal rather than split into parts.
CORPORATE_WORDS = frozenset({
    "club", "society", "association", "institute", "museum", "council", "committee",
    "foundation", "inc", "inc.", "company", "co.", "corporation", "staff", "editors",
    "university", "library", "press", "group", "collective", "board", "center", "centre",
    "department", "agency", "commission", "organization", "trust", "kitchen", "magazine",
    # a publisher's own words: "Huia Publishers", "Sarah Books" name a house, not a person
    "publishers", "publisher", "publishing", "publications", "books", "editions", "ltd", "ltd.",
})

# Acronyms a title-caser must not turn into words; roman numerals are handled by rule.
ACRONYMS = frozenset({
    "USA", "US", "U.S.", "UK", "U.K.", "USSR", "UN", "U.N.", "NATO", "FBI", "CIA", "KGB",
    "NSA", "OSS", "NASA", "AIDS", "HIV", "DNA", "BBC", "CBS", "NBC", "ABC", "CNN", "NPR",
    "IBM", "NYC", "LA", "GI", "TV", "JFK", "FDR", "LBJ", "MLK", "RFK", "WWII", "WWI", "IRA",
    "PLO", "EU", "MIT", "UCLA", "NFL", "NBA", "MLB", "NYPD", "LSD", "CEO", "MBA", "PhD",
    "DC", "D.C.", "ISIS", "UFO", "GOP", "IRS", "OK",
})

# Words that are a standalone "illustrated" mark in a trailer ("Illustrated. 368 pages.").
# "ill." and "ills." (libraries' and European journals' abbreviation) only with their stop: "Ill"
# alone is a word's start, and "Ill. by" names an illustrator (refused where the words are used).
ILLUSTRATED_WORDS = (r"fully illustrated|illustrated throughout|illustrated|illus\.?|ills?(?=\.)"
                     # "With four plates", "with numerous illustrations"
                     r"|with (?:\d+ |many |a |numerous |several |(?:two|three|four|five|six|eight|ten|twelve) )?"
                     r"(?:illustrations|photographs|plates|drawings|portraits?)"
                     r"(?: and (?:a |\d+ )?maps?)?"
                     r"|photographs|maps|illustrations"
                     # "59 plates." as a sentence; "4 b/w illustrations.", "12 colour plates." (Greece & Rome)
                     r"|\d+ (?:(?:b/w|colou?r|black-and-white|halftone) )?"
                     r"(?:plates|illustrations|photographs|drawings)")

# "320p bibl index afp" (Choice), "320 pp., illus., bibl., index" (Isis): what the book holds
# besides its text, listed after the count.
APPARATUS_WORD = (r"(?:bibl|bibliogr|bibliography|index|indexes|afp|glossary|filmography|discography|chronology"
                  r"|appendix|illus|ills?|maps?|figs?|figures|tables|plates|notes|frontispiece)")

# An audiobook's format and running time, each a clause of its own in audio reviews: "10 hrs.
# Penguin Audio. 2019. digital." (Library Journal), "Read by John Roe. Penguin Audio. 10 hr. $30."
AUDIO_FORMAT = re.compile(r"^(?:digital|CD|MP3(?:-CD)?|download|downloadable(?: audio)?|e-?audio|audio download"
                          r"|playaway|(?:un)?abridged)\.?$", re.IGNORECASE)
RUNNING_TIME = re.compile(r"(?:(?<=[.;,)] )|(?<=\n)|^)"
                          r"(?:\d{1,2}(?:\.\d)?\s?(?:hrs?|hours?)\.?(?:(?:,?\s?|\sand\s)\d{1,2}\s?min(?:s|utes)?\.?)?"
                          r"|\d{1,2}\s?(?:CDs|discs)\.?)(?:[,;.](?=\s|$)|(?<=\.)(?=\s|$)|(?=\s*$|\n))")

# The readers a children's book is for, as a clause of its own: "Ages 4-8", "Gr 1-3",
# "Grades 4 - 5", "MS Grades 5-8", "PreS-Gr 2", "Ages 8 and up" (trade and library reviews).
_AGE_OR_GRADE = r"(?:ages?|gr(?:ades?)?\.?)"
AUDIENCE = re.compile(rf"^(?:(?:MS|HS|YA)\s+)?(?:(?:PreS|K|P)\s?[-\u2013]\s?)?{_AGE_OR_GRADE}\s?(?:\d{{1,2}}|K)"
                      r"(?:\s?(?:[-\u2013]|to)\s?(?:\d{1,2}|up|adult))?(?:\s?(?:and up|\+))?\.?$"
                      r"|^(?:PreS|K)\s?[-\u2013]\s?(?:Gr\s?)?\d{1,2}\.?$"
                      # the readership named: "(Random House, 2015, middle grade)" — book blogs
                      r"|^(?:middle[- ]grade|young adult|YA|picture book|chapter book|early reader|adult)\.?$",
                      re.IGNORECASE)

# A publication date standing as a clause of its own: "May 2015", "May 5", "Sept. 1953", "1953", "1/19",
# "April 18th 2021" (Goodreads' form), and the day first as Britain writes it: "5 March", "12th Sept. 2019".
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
# "Published September 16th 2015 by Random House": Goodreads' line under the count, which book
# blogs copy — the house and its date, never a byline.
PUBLISHED_BY_HOUSE = re.compile(rf"^Published (?P<date>(?:{_MONTH}\.? (?:\d{{1,2}}(?:st|nd|rd|th)?,? )?)?"
                                r"(?:1[5-9]\d\d|20\d\d)) by (?P<house>[A-Z][^\n]{1,60}?)\.?[ \t]*$", re.M)
# OCR's letters in a page count: "5o3 p\u00e1gs.", "3o9 pages", "l84 ss." \u2014 an o or an l among a count's
# digits, right before the word that names pages
_OCR_COUNT = re.compile(r"(?<![\w.\-/])(?=[\dol]*\d)(?=[\dol]*[ol])[1-9l][\dol]{1,3}"
                        r"(?= ?(?:pp\.?|pages|p\u00e1gs?\.|p\.|S\.|ss?\.)(?!\w))")
_OCR_COUNT_HINT = re.compile(r"\d[ol]|[ol]\d")
_COUNT_DIGITS = str.maketrans("ol", "01")


def ocr_counts(text: str) -> str:
    """The text with OCR's letters in its page counts read as digits, the length kept."""
    if _OCR_COUNT_HINT.search(text) is None:
        return text
    return _OCR_COUNT.sub(lambda m: m.group().translate(_COUNT_DIGITS), text)


# "Published 04.09.2016", "Released 2 January", "Date: 2 October 2014" (the LA Review of Books, SFX,
# SFRevu): the day a book comes out, on a line of its own in a stack, between the lines the
# head and the imprint read; the record keeps no day, and the line goes. (Closing the notes above
# a blank line, it stays: it tells where they end.)
# ("Publication Date: ..." and "Pub Date: ..." are a labelled block's, which labelled.py reads.)
DATE_LINE = re.compile(rf"^[ \t]*(?:(?:Published|Released)(?: on)?:?|(?i:release )?Date:)[ \t]+"
                       rf"(?:\d{{1,2}}[./]\d{{1,2}}[./](?:1[5-9]\d\d|20\d\d)"
                       rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?(?:,? (?:1[5-9]\d\d|20\d\d))?"
                       rf"|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:1[5-9]\d\d|20\d\d))?)"
                       r"[ \t]*(?:\n(?=[ \t]*\S)|\Z)", re.M)
# "Feb. 2023" closing a clause: a publication date (LJ, Kirkus), never an academic imprint's year.
MONTH_AND_YEAR_END = re.compile(rf"\b{_MONTH}\.? (?:1[5-9]\d\d|20\d\d)$")
# "Doubleday, May" before "2018, $27.99" (Mystery Scene): the month of a date the items begin
MONTH_CLAUSE_END = re.compile(rf",\s*{_MONTH}\.?$")
DATE_CLAUSE = re.compile(
    rf"^(?:Published (?={_MONTH}))?(?:{_MONTH}\.?(?: \d{{1,2}}(?:st|nd|rd|th)?(?=$|,| ))?,? ?)?"
    r"(?:(?<=^)(?:c\.? ?|\u00a9 ?)(?=\d))?"   # "c2001", "\u00a9 2001": the year of its copyright (library lists)
    r"(?P<year>1[5-9]\d\d|20\d\d)?$|^\d{1,2}/\d\d$"   # "1/19": month and year (Horn Book)
    rf"|^\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?(?:,? (?P<day_first_year>1[5-9]\d\d|20\d\d))?$")

# The book's physical description as libraries and journals print it: "1 vol.", "2 vols", "24 cm",
# "; 24 cm" (ISBD), "23 x 15 cm", "234x156mm", "8\u00bd x 5\u00bd inches" (the Geographical Journal),
# "in-8\u00b0", "1 vol. in-8\u00b0", "un vol. in-8\u00b0" (French journals: the format), "$4.50. 8 x 5\u00bd;
# 296 pp." (the American Mercury: inches, unnamed)
BOOK_SIZE = re.compile(r"^(?:;\s*)?(?:(?:\d{1,2}|un) vols?\.?(?: in-\d{1,2}\u00b0?)?|\d{2}(?:[.,]\d)? ?cm\.?"
                       r"|\d{2,3} ?[x\u00d7] ?\d{2,3} ?(?:cm|mm)\.?"
                       r"|\d{2},\d ?[x\u00d7] ?\d{2}(?:,\d)? ?cm\.?"   # "15,5 \u00d7 24 cm"
                       r"|\d{2}(?:,\d)? ?[x\u00d7] ?\d{2}(?:,\d)?"   # "13,5 \u00d7 21,5", "16 x 24": cm unnamed
                       r"|\d{1,2}[\u00bc\u00bd\u00be]? ?[x\u00d7] ?\d{1,2}[\u00bc\u00bd\u00be]?(?: ?(?:inches|in\.))?"
                       r"|in-\d{1,2}\u00b0?"
                       r"|\d{1,2}\u00b0)$", re.IGNORECASE)   # "1980, 8\u00b0, pp. XII-370" (Italian journals)
# "8vo", "12mo", "l2mo" (a scan), "Cr. 8vo", "Fcap. 4to": the old sizes by the sheet's folds (papers
# and journals to the 1950s), which stand where a publisher might
FOLD_SIZE = re.compile(r"^(?:(?:cr|crown|fcap|demy|roy|royal|imp|post|sm|small|large|la)\.? )?"
                       r"(?:[1l]?\d(?:mo|vo|\u00b0)|4to|folio)\.?$"
                       # a size's word its stop parted from the fold: "Fcap. 8vo.", "gr. 8\u00b0" (German: gross)
                       r"|^(?:gr|kl|cr|fcap|demy|roy)\.?$", re.IGNORECASE)

# The front matter's pages, in roman numerals before the page count: "Picador. 1997. x 548pp.",
# "München 2005. XIII, 549 S."
# "xii" of "xii, 320 pp."; "Unpaged", which picture books print for their page count.
FRONT_MATTER = re.compile(r"^(?:[ivxlc]+|(?=[IVXLC]{2})M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
                          r"|[Uu]npaged|[Uu]npaginated)$")

# The dollar a bare "$" stands for in an outlet's notes, by the words of the outlet's name
# ("The Globe and Mail", "Sydney Morning Herald", "The Ottawa Citizen", "The Straits Times"): a
# Canadian, Australian, New Zealand, Singapore or Hong Kong outlet prices in its own dollar.
# Anything else: USD.
DOLLAR_OUTLET_WORDS: dict[str, str] = {
    **dict.fromkeys(("canada", "canadian", "canadiens", "toronto", "montreal", "montréal", "vancouver", "ottawa",
                     "calgary", "edmonton", "winnipeg", "halifax", "quebec", "québec", "ontario", "alberta",
                     "manitoba", "saskatchewan", "saskatoon", "maclean's", "quire",
                     "globe and mail", "national post", "british columbia", "nova scotia",
                     "walrus", "geist", "tyee", "chatelaine", "times colonist", "prairie fire", "fiddlehead",
                     "le devoir", "la presse", "hamilton spectator",
                     # papers and magazines whose name says no province
                     "saturday night", "chronicle herald", "telegraph journal", "the province", "london free press",
                     "leader post", "whig standard", "starphoenix", "star phoenix", "waterloo region record",
                     "guelph mercury", "cape breton post", "charlottetown", "moncton", "fredericton",
                     # reviews and quarterlies
                     "queen's quarterly", "dalhousie review", "malahat", "antigonish", "capilano", "tamarack review",
                     "canadian forum", "briarpatch", "herizons",
                     # regional papers whose towns no other country's papers share
                     "brandon sun", "lethbridge", "medicine hat", "red deer", "kamloops", "kelowna", "nanaimo",
                     "prince george citizen", "sudbury star", "thunder bay", "sault star", "brantford", "st catharines",
                     "owen sound", "timmins", "north bay nugget", "moose jaw", "whitehorse", "yellowknife",
                     "yellowknifer", "nunatsiaq", "nunavut", "windsor star", "peterborough examiner"),
                    "CAD"),
    **dict.fromkeys(("australia", "australian", "sydney", "melbourne", "brisbane", "adelaide", "canberra",
                     "hobart", "queensland", "tasmania", "tasmanian", "new south wales",
                     "the age", "crikey", "meanjin", "quadrant", "saturday paper",
                     "inside story", "the monthly", "griffith review", "overland", "southerly", "westerly", "cordite",
                     "courier mail", "herald sun", "artshub", "kill your darlings", "lifted brow",
                     "eureka street", "geelong", "townsville", "cairns post", "illawarra", "launceston", "ballarat",
                     "bendigo", "toowoomba", "wollongong", "newcastle herald",
                     "sunraysia", "mildura", "shepparton", "wagga", "border mail", "gympie", "rockhampton",
                     "kalgoorlie", "gold coast bulletin", "sunshine coast", "northern territory", "gippsland",
                     "bundaberg", "warrnambool", "dubbo", "lismore", "riverina",
                     # Sydney's Sunday paper, Melbourne's farm weekly; the Children's Book Council's journal
                     "sun herald", "weekly times", "reading time", "magpies"), "AUD"),
    **dict.fromkeys(("new zealand", "zealand", "nz", "auckland", "wellington", "christchurch", "dunedin", "otago",
                     "waikato", "aotearoa", "stuff.co.nz", "spinoff", "landfall",
                     "listener", "north & south", "newsroom", "pantograph punch", "kete", "sunday star times",
                     "dominion post", "rnz", "manawatu", "hawke's bay", "taranaki", "southland times",
                     "bay of plenty", "takahe", "takahē", "nelson mail", "timaru", "invercargill", "oamaru",
                     "gisborne herald", "wanganui", "whanganui", "marlborough express", "greymouth",
                     "ashburton guardian"),
                    "NZD"),
    **dict.fromkeys(("singapore", "straits times"), "SGD"),
    **dict.fromkeys(("hong kong", "south china"), "HKD"),
    # the other dollars whose papers print a bare "$" (a town shared with other countries, as
    # Kingston or Georgetown, names none)
    **dict.fromkeys(("guyana", "guyanese", "stabroek", "kaieteur"), "GYD"),
    **dict.fromkeys(("jamaica", "jamaican", "gleaner"), "JMD"),
    **dict.fromkeys(("trinidad", "tobago", "trinidad and tobago"), "TTD"),
    **dict.fromkeys(("barbados", "barbadian", "bajan"), "BBD"),
    **dict.fromkeys(("bahamas", "bahamian", "nassau guardian"), "BSD"),
    **dict.fromkeys(("bermuda", "bermudian", "royal gazette"), "BMD"),
    **dict.fromkeys(("brunei", "borneo bulletin"), "BND"),
    **dict.fromkeys(("cayman", "caymanian"), "KYD"),
    **dict.fromkeys(("belize", "belizean"), "BZD"),
    **dict.fromkeys(("fiji", "fijian"), "FJD"),
    **dict.fromkeys(("namibia", "namibian"), "NAD"),
    **dict.fromkeys(("taiwan", "taipei"), "TWD"),
}
_OUTLET_WORD = re.compile(r"[\w'.&]+")
# Names that are common words elsewhere count only where the outlet's name starts with them:
# "The Age" (Melbourne), not "Studies in the Age of Chaucer".
_LEADING_ONLY = frozenset({"the age"})
# and some only where they are the whole name: "Overland" (Melbourne), not the Overland Monthly (San Francisco)
_WHOLE_NAME_ONLY = frozenset({"overland", "reading time", "magpies"})


def outlet_dollar(outlet: str | None) -> str | None:
    """'The Globe and Mail' -> 'CAD'; None when the name says no country (a bare "$" is USD)."""
    if not outlet:
        return None
    words = [w.strip(".").lower() for w in _OUTLET_WORD.findall(outlet)]
    for n in (3, 2, 1):   # "globe and mail", "new zealand", "sydney"
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            found = DOLLAR_OUTLET_WORDS.get(phrase)
            if found and (i == 0 or phrase not in _LEADING_ONLY):
                if phrase not in _WHOLE_NAME_ONLY or len(words) == n + (words[0] == "the"):
                    return found
    return None


# A title's words that name a dollar country: its country or its people, never a town (a
# "Sydney" or a "Halifax" is often a person) nor a paper ("The Age of Reagan").
_DOLLAR_COUNTRY = re.compile(r"\b(?:(?P<AUD>Australian?)|(?P<CAD>Canad(?:a|ian))"
                             r"|(?P<NZD>New Zealand(?:er)?|Aotearoa))\b")


def _named_country(words: re.Pattern[str], text: str | None) -> str | None:
    """The name of the group of `words` that matches in `text` (its country's currency), or None."""
    m = words.search(text) if text else None
    return m.lastgroup if m else None


def named_dollar_country(text: str) -> str | None:
    """'... Australia's Backyard Millionaire' -> 'AUD': the dollar of the country a text names."""
    return _named_country(_DOLLAR_COUNTRY, text)


# Houses that publish for one dollar country's market alone ("MUP, 342pp, $34.95" in an
# Australian paper whose name says no country). Their town or country in the name
# ("HarperCollins Canada", "University of Toronto Press") is read by DOLLAR_OUTLET_WORDS.
DOLLAR_PUBLISHERS: dict[str, str] = {
    **dict.fromkeys(("mcclelland & stewart", "mcclelland and stewart", "house of anansi", "anansi", "coach house",
                     "ecw press", "goose lane", "douglas & mcintyre", "arsenal pulp", "talonbooks", "biblioasis",
                     "cormorant", "dundurn", "mcgill-queen's", "nightwood", "gaspereau", "breakwater",
                     "ronsdale", "thistledown", "signature editions", "nimbus", "freehand books",
                     "quarry press", "oberon press", "turnstone press", "porcupine's quill", "brick books",
                     "coteau books", "key porter", "lester & orpen dennys", "hurtig", "new star books",
                     "harbour publishing", "exile editions", "guernica editions", "wolsak and wynn", "wolsak & wynn",
                     "book*hug", "bookhug", "invisible publishing", "véhicule press", "vehicule press",
                     "linda leith", "newest press", "pedlar press", "mansfield press", "anvil press", "caitlin press",
                     "killick press", "flanker press", "formac", "pottersfield", "fernwood publishing",
                     "between the lines", "ubc press", "wilfrid laurier", "athabasca university press",
                     "university of regina press", "james lorimer"), "CAD"),
    **dict.fromkeys(("mup", "miegunyah", "uqp", "newsouth", "unsw press", "text publishing", "black inc",
                     "affirm press", "scribe", "giramondo", "wakefield press", "fremantle press",
                     "uwa publishing", "hardie grant", "allen & unwin", "allen and unwin", "pantera press",
                     "transit lounge", "spinifex", "angus & robertson", "angus and robertson", "magabala",
                     "aboriginal studies press", "hale & iremonger", "puncher & wattmann", "ginninderra",
                     "brandl & schlesinger", "currency press", "jacaranda press", "ure smith", "lansdowne press",
                     "monash university publishing", "ultimo press", "upswell", "recent work press",
                     "five islands press", "vagabond press", "omnibus books", "mcphee gribble", "hyland house",
                     "lothian"), "AUD"),
    **dict.fromkeys(("auckland university press", "victoria university press", "te herenga waka",
                     "otago university press", "bridget williams", "awa press", "canterbury university press",
                     "mākaro press", "makaro press", "potton & burton", "huia", "godwit", "hodder moa",
                     "steele roberts", "craig potton", "te papa press", "massey university press", "david bateman",
                     "bateman books", "cape catley", "hazard press", "longacre press", "cuba press", "seraph press",
                     "whitcombe & tombs", "whitcombe and tombs", "blackwood and janet paul", "paul's book arcade",
                     "mallinson rendel", "upstart press"), "NZD"),
}


def imprint_dollar(publisher: str | None, place: str | None) -> str | None:
    """The dollar of the country a book is published in, when its imprint says: a home-market
    house ("MUP"), or a town or country in the publisher's name or place ("Toronto")."""
    if publisher:
        house = _DOLLAR_HOUSE.search(" ".join(publisher.lower().replace(".", "").split()))
        if house:
            return DOLLAR_PUBLISHERS[house.group(0)]
    province = _PROVINCE_OR_STATE.search(place) if place and ", " in place else None
    if province is not None:
        return province.lastgroup
    return outlet_dollar(publisher) or outlet_dollar(place)


# A Canadian province's or an Australian state's mark after the town: "Markham, ON", "Victoria, B.C.",
# "Kew, Vic." ("WA" and "SA" are Washington's and South Africa's marks too)
_PROVINCE_OR_STATE = re.compile(r", (?:(?P<CAD>ON|Ont\.|BC|B\.C\.|AB|Alta\.|MB|Man\.|SK|Sask\.|NS|N\.S\.|NB|N\.B\."
                                r"|QC|Que\.|P\.Q\.|PEI|P\.E\.I\.|NL|Nfld\.)|(?P<AUD>NSW|N\.S\.W\.|Vic\.|Qld|Tas\.))$")


# The US, by a state (or its people: "The Oregonian", "The Virginian-Pilot") or a city no dollar
# country shares a name with (not "London", "Hamilton", "Richmond", "Sydney", "Portland", "Perth"),
# or by a university town's school
_US_PLACE = (r"(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii"
             r"|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan"
             r"|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york"
             r"|carolina|dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|tennessee|texas|utah|vermont"
             r"|virginia|washington|wisconsin|wyoming)(?:n|an|ian|er)?"
             r"|new england|midwest|appalachian|columbia"
             r"|boston|chicago|philadelphia|los angeles|san francisco|san diego|san jose|san antonio|seattle|denver"
             r"|dallas|houston|austin|atlanta|miami|orlando|tampa|detroit|cleveland|cincinnati|columbus|pittsburgh"
             r"|baltimore|milwaukee|minneapolis|st\.? paul|kansas city|st\.? louis|omaha|phoenix|tucson|albuquerque"
             r"|las vegas|salt lake|sacramento|oakland|honolulu|anchorage|nashville|memphis|louisville|indianapolis"
             r"|charlotte|raleigh|buffalo|rochester|hartford|providence|newark|brooklyn|manhattan|harlem|bronx"
             r"|baton rouge|new orleans|birmingham|jacksonville|fort worth|el paso|spokane|tacoma|boise|des moines"
             r"|tulsa|wichita|little rock|knoxville|chattanooga|lexington|roanoke|savannah|charleston"
             r"|berkeley|chapel hill|ann arbor|new haven|ithaca|princeton|urbana|bloomington|evanston"
             r"|akron|dayton|toledo|sarasota|tallahassee|fort lauderdale|palm beach|boca raton|daytona|macon"
             r"|spartanburg|asheville|winston-salem|greensboro|syracuse|schenectady|utica|binghamton|scranton"
             r"|allentown|harrisburg|trenton|paterson|hackensack|springfield|lowell|grand rapids|kalamazoo"
             r"|lansing|saginaw|fort wayne|south bend|evansville|peoria|rockford|green bay|duluth|fargo"
             r"|sioux falls|sioux city|cedar rapids|topeka|boulder|cheyenne|missoula|provo|scottsdale|laredo"
             r"|waco|galveston|shreveport|biloxi|tuscaloosa|lynchburg|fredericksburg|annapolis|poughkeepsie"
             r"|bridgeport|fairbanks|fresno|bakersfield|pasadena|santa barbara|santa fe|san bernardino"
             r"|harvard|yale|stanford|cornell|notre dame|amherst|bostonia|american?|u\.s\.|usa")
# Houses that publish in the US alone, under their own names ("Knopf", "Beacon Press"): a
# multinational's ("Penguin", "HarperCollins", "Picador") publishes in each dollar country too.
_US_HOUSE = (r"knopf|doubleday|putnam|norton|beacon|houghton|mifflin|dutton|berkley|ace|kensington|minotaur"
             r"|st\.? martin's|scribner|farrar|straus|crown|ballantine|tor|daw|baen|grove|graywolf|coffee house"
             r"|milkweed|tin house|sasquatch|da capo|orbis|praeger|lee & low|john f\. blair|poisoned pen|soho"
             r"|algonquin|workman|abrams|chronicle books|candlewick|holt|pantheon|riverhead|ecco|liveright|atria"
             r"|hyperion|grand central|mariner|harcourt|seven stories|melville house|akashic|catapult|counterpoint"
             r"|copper canyon|new directions|dalkey archive|open letter|archipelago|feminist press|haymarket"
             r"|the new press|greenwillow|clarion"
             r"|international publishers|eerdmans|zondervan|baker|fortress|abingdon|westminster john knox"
             # the older US houses, and the US's own self-publishing services and small presses
             r"|lippincott|appleton|bobbs-merrill|dodd, mead|reynal|rinehart|harper & brothers|harper and brothers"
             r"|harper & row|crowell|coward-mccann|coward, mccann|duell, sloan|whittlesey house|vanguard press"
             r"|viking press|dial press|dial books|william morrow|morrow|lothrop|hachette books|flatiron|celadon"
             r"|metropolitan books|public ?affairs|regnery|skyhorse|sourcebooks|wipf (?:and|&) stock|cascade books"
             r"|red hen|black rose writing|mill city press|xlibris|iuniverse|authorhouse|createspace|she writes press"
             r"|greenleaf book group|morgan james|two dollar radio|soft skull"
             # university presses named for a private US school (the states' own are US places)
             r"|mit press|johns hopkins|duke university|rutgers|vanderbilt|northwestern university|wesleyan"
             r"|fordham|syracuse university|temple university|purdue|penn state|lsu press|brandeis|tufts|baylor|emory")
_US_IMPRINT = re.compile(rf"\b(?:{_US_PLACE}|{_US_HOUSE})(?!\w)", re.IGNORECASE)
# Outlets whose bare "$" is the US dollar by their name: a US place; the US's national, trade,
# library and scholarly reviews; and a British or Irish place or paper, which prints "$" only
# for an American price. A name that says none of these leaves a bare "$" a guess: a regional
# paper of Canada or Australia no table names prints its own ("Honi Soit", "Blue Mountains Gazette"),
# and "review" alone names no country ("Newtown Review of Books" prints Australian dollars).
_US_DOLLAR_OUTLET = re.compile(
    rf"\b(?:{_US_PLACE}"
    r"|new yorker|new republic|the nation|atlantic monthly|harper's|newsweek|sun-sentinel|evening star"
    r"|booklist|kirkus|publishers weekly|library|libraries|librarians?|horn book|voya|locus|bookpage|foreword"
    r"|choice|shelf awareness|christian science monitor|commonweal|christian century|national review"
    r"|rain taxi|wall street journal|npr|bookforum|book sense|newcity|h-net|book reviews|review group"
    r"|britain|british|england|scotland|scottish|scotsman|wales|welsh|ireland|irish|ulster|dublin"
    r"|edinburgh|glasgow|belfast|manchester|liverpool|yorkshire|spectator|economist"
    r"|times literary supplement|tls|financial times|daily mail|new statesman"
    r"|history today|bookseller|tablet|punch|athenaeum"
    # US periodicals whose names say no place
    r"|saturday review|vanity fair|new masses|partisan review|new criterion|kenyon review|sewanee review"
    r"|science news|physics today|opera news|theatre arts|our sunday visitor|tikkun|national catholic reporter"
    r"|christianity today|sojourners|in these times|rolling stone|billboard|downbeat|down beat|film comment"
    r"|cineaste|artforum|artnews|technology review|forbes|businessweek|barron's|kiplinger's"
    r"|sports illustrated|field & stream|audubon|national geographic|sky & telescope|popular science"
    r"|popular mechanics|ebony|village voice|herald tribune|herald-tribune|newpages"
    r"|hudson review|southern review|paris review|threepenny review|commentary|dissent|the progressive"
    r"|mother jones|the baffler|esquire|newsday|scribner's|survey graphic|saturday evening post|collier's"
    r"|new leader|weekly standard|first things|lapham's|the believer|mcsweeney's|zyzzyva|ploughshares"
    r"|salmagundi|raritan|smithsonian|the rumpus|electric literature|literary hub|lithub|the millions"
    r"|bookwatch|blueink review|world literature today|women's review of books|words without borders"
    r"|journal of|studies|quarterly|historian|historical|history|philosophical|newsletter|antiquity"
    r"|annales|anuario|estudios|revista|revue|zeitschrift|transatlantica)(?!\w)", re.IGNORECASE)


def outlet_prints_us_dollar(outlet: str | None) -> bool:
    """'Orlando Sentinel' -> True, 'Honi Soit' -> False: whether its name says a bare "$" is the US dollar."""
    return outlet is not None and _US_DOLLAR_OUTLET.search(outlet) is not None


def imprint_in_us(publisher: str | None, place: str | None) -> bool:
    """'Chapel Hill: University of North Carolina Press', 'Knopf' -> True: the book was published in the US."""
    return bool(place and (_US_IMPRINT.search(place) or _TOWN_STATE.match(place))
                or publisher and _US_IMPRINT.search(publisher))


_DOLLAR_HOUSE = re.compile(r"(?<![\w&'-])(?:"
                           + "|".join(map(re.escape, sorted(DOLLAR_PUBLISHERS, key=len, reverse=True)))
                           + r")(?![\w&'-])")


# The rupee a bare "Rs" stands for, by the words of an outlet's name or an imprint: an Indian,
# Pakistani, Sri Lankan or Nepali paper, town or house names its own. ("Hyderabad" is in India
# and in Pakistan, and names neither.)
_RUPEE_WORDS = re.compile(
    r"\b(?:(?P<INR>india|indian|delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|bangalore|bengaluru"
    r"|chandigarh|lucknow|kerala|the hindu|hindustan|deccan|the tribune|the statesman|frontline|outlook"
    r"|economic times|business standard|financial express|livemint|scroll\.in|the caravan|biblio|rupa"
    r"|economic and political weekly|the book review|tehelka"
    r"|westland|aleph|orient blackswan|orient longman|sahitya akademi|seagull|zubaan|navayana|permanent black"
    r"|speaking tiger|juggernaut|tranquebar|manohar|roli)"
    r"|(?P<PKR>pakistan|karachi|lahore|islamabad|rawalpindi|peshawar|quetta|multan|faisalabad|dawn"
    r"|express tribune|the news international|the news on sunday|friday times|sang-e-meel|jumhoori|liberty books"
    r"|business recorder|newsline|daily times|the nation)"
    r"|(?P<LKR>sri lanka|colombo|kandy|daily ft|sunday observer|vijitha yapa|sarasavi|ceylon|the island"
    r"|groundviews)"
    r"|(?P<NPR>nepal|kathmandu|himal|kantipur))\b", re.IGNORECASE)


def rupee_country(text: str | None) -> str | None:
    """'Dawn' -> 'PKR', 'Folio Books, Karachi' -> 'PKR', 'The Hindu' -> 'INR'; None when nothing
    names the country."""
    return _named_country(_RUPEE_WORDS, text)


# The shilling a bare "Sh" or "Shs" stands for, by the words of an outlet's name or an imprint:
# Kenyan, Ugandan and Tanzanian papers print it alike ("Sh850" in Nairobi, "Shs25,000" in Kampala).
_SHILLING_WORDS = re.compile(
    r"\b(?:(?P<KES>kenya|kenyan|nairobi|mombasa|kisumu|daily nation|business daily africa|east african educational"
    r"|eaep)"
    r"|(?P<UGX>uganda|ugandan|kampala|daily monitor|new vision|fountain publishers)"
    r"|(?P<TZS>tanzania|tanzanian|dar es salaam|zanzibar|mkuki na nyota))\b", re.IGNORECASE)


def shilling_country(text: str | None) -> str | None:
    """'Daily Monitor' -> 'UGX', 'Mkuki na Nyota, Dar es Salaam' -> 'TZS'; None when nothing
    names the country."""
    return _named_country(_SHILLING_WORDS, text)


# The currency a bare "P" stands for: the Philippine peso ("(Anvil, P295)" — the Inquirer, the
# Philippine Star) or Botswana's pula ("P250" — Mmegi), by the words of the outlet's name or imprint.
# ("Inquirer" alone is the Philadelphia Inquirer's word too.)
_PESO_WORDS = re.compile(
    r"\b(?:(?P<PHP>philippines?|filipino|manila|philstar|rappler|businessworld|cebu|davao|mindanao|sunstar"
    r"|anvil publishing|ateneo)"
    r"|(?P<BWP>botswana|gaborone|francistown|mmegi))\b", re.IGNORECASE)


def peso_country(text: str | None) -> str | None:
    """'The Philippine Star' -> 'PHP', 'Mmegi' -> 'BWP'; None when nothing names the country."""
    return _named_country(_PESO_WORDS, text)


# The crown a bare "kr" stands for, by the words of an outlet's name or imprint: Swedish, Danish
# and Norwegian papers and journals print it alike ("249,95 kr." — Politiken; "kr 349" — Morgenbladet).
# ("Information", a Danish paper, and "Gyldendal", a Danish and a Norwegian house, name neither.)
_KRONE_WORDS = re.compile(
    r"\b(?:(?P<DKK>danmark|denmark|danish|dansk|danske|københavn|copenhagen|aarhus|odense|aalborg|politiken"
    r"|weekendavisen|berlingske|jyllands-posten|kristeligt dagblad|ekstra bladet)"
    r"|(?P<NOK>norge|norway|norwegian|norsk|norske|oslo|bergen|trondheim|stavanger|aftenposten|morgenbladet"
    r"|dagbladet|klassekampen|dagens næringsliv|vårt land|universitetsforlaget|cappelen)"
    r"|(?P<SEK>sverige|sweden|swedish|svensk|svenska|stockholm|göteborg|gothenburg|uppsala|lund|malmö"
    r"|dagens nyheter|expressen|aftonbladet|sydsvenskan|bonniers|norstedts))\b", re.IGNORECASE)


def krone_country(text: str | None) -> str | None:
    """'Politiken' -> 'DKK', 'Aftenposten' -> 'NOK', 'Svenska Dagbladet' -> 'SEK'; None when
    nothing names the country."""
    return _named_country(_KRONE_WORDS, text)


# The franc a bare "fr." or "francs" after the amount stands for, by the words of an outlet's name or
# an imprint: French, Belgian, Swiss and Luxembourg journals print it alike ("Bruxelles, Lamertin,
# 1933 ... Prix : 40 fr."; the Revue belge). "FF", "FB" and "SFr" name their country themselves.
_FRANC_WORDS = re.compile(
    r"\b(?:(?P<BEF>belgique|belgium|belge|belgian|belgisch|bruxelles|brussels|brussel|louvain|leuven|liège|namur"
    r"|gand|gent|anvers|antwerpen|mons|tournai|la renaissance du livre|casterman|duculot|peeters|lamertin)"
    r"|(?P<CHF>suisse|switzerland|swiss|schweiz|schweizer|helvetica|genève|geneva|genf|lausanne|neuchâtel"
    r"|fribourg|zürich|zurich|bern|berne|basel|bâle|droz|slatkine|payot|l'âge d'homme)"
    r"|(?P<LUF>luxembourg|luxemburg)"
    r"|(?P<FRF>france|français|française|french|paris|lyon|bordeaux|toulouse|marseille|strasbourg|lille|rennes"
    r"|gallimard|seuil|grasset|flammarion|plon|fayard|hachette|puf|presses universitaires de france"
    r"|armand colin|albin michel|julliard|stock|denoël|minuit|klincksieck|picard|belles lettres))\b", re.IGNORECASE)


def franc_country(text: str | None) -> str | None:
    """'Revue belge de philologie' -> 'BEF', 'Genève: Droz' -> 'CHF', 'Paris: Gallimard' -> 'FRF';
    None when nothing names the country."""
    return _named_country(_FRANC_WORDS, text)


# Papers and journals of the Republic of Ireland, where a bare "£" was the Irish pound until the
# euro's coins came (2002) and is sterling after ("Guideline Price: £16.99", a British book's UK
# price). Northern Ireland's papers ("The Irish News", Belfast) and the diaspora's ("The Irish
# Post", London; "Irish Echo", New York) price in sterling or dollars, so the name must say the
# Republic: a town, the country, or a paper known by name.
_IRISH_OUTLET = re.compile(
    r"\b(?:(?<!northern )ireland|éire|dublin|cork|galway|limerick|kilkenny|waterford|wexford|sligo|kerryman"
    r"|irish (?:times|independent|examiner|press|catholic|arts review|university review|farmers journal|field"
    r"|quarterly review|monthly|bookman|writing|statesman|digest"
    r"|historical studies|theological quarterly|review|book review|daily mail|mail on sunday|daily star|mirror)"
    r"|sunday (?:independent|tribune|business post|world|press)|business post|evening herald|evening press"
    r"|connacht tribune|western people|magill|hot press|the phoenix|the furrow|the stinging fly|the dubliner"
    r"|rté|rte|thejournal\.ie|village magazine|hibernia)\b", re.IGNORECASE)


def irish_outlet(outlet: str | None) -> bool:
    """'The Irish Times' -> True; 'The Irish News' (Belfast) -> False."""
    return outlet is not None and _IRISH_OUTLET.search(outlet) is not None


# Irish papers whose run dates their pound with no date printed: the Irish Press and its Sunday
# and evening papers (1931-1995) and Hibernia (1937-1980) printed only the Irish pound's years;
# the Dublin Review of Books (2007-) only the euro's. Journals born after 1928 and still printed
# (Irish Historical Studies, 1938-) printed shillings only in the Irish pound's years.
_IRISH_RUNS = (
    (re.compile(r"\b(?:irish|sunday|evening) press\b", re.IGNORECASE), (1931, 1995)),
    (re.compile(r"\bhibernia\b", re.IGNORECASE), (1937, 1980)),
    (re.compile(r"\bdublin review of books\b", re.IGNORECASE), (2007, None)),
    (re.compile(r"\birish historical studies\b", re.IGNORECASE), (1938, None)),
    (re.compile(r"\birish farmers journal\b", re.IGNORECASE), (1948, None)),
    (re.compile(r"\bthe furrow\b", re.IGNORECASE), (1950, None)),
)


def irish_outlet_run(outlet: str | None) -> tuple[int | None, int | None]:
    """The years an Irish paper was printed, where its run alone dates its pound; (None, None) else."""
    return next((run for name, run in _IRISH_RUNS if outlet and name.search(outlet)), (None, None))


# "Millerton, N.Y.", "Garden City, NY", "Garden City, N. Y.": a town with its state is a place
# whatever the town.
# "N.H.", "CA", "Mass.": a state after its town, as postal codes or the Chicago Manual's abbreviations
_STATE = (r"[A-Z]\. ?[A-Z]\.|[A-Z]{2}|W\. ?Va\."
          r"|(?:Ala|Ariz|Ark|Calif|Ca|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|La|Md|Me"
          r"|Mass|Mich|Minn|Miss|Mo|Mont|Nebr?|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.")
_TOWN_STATE = re.compile(rf"^[A-Z][\w. ]+, (?:{_STATE})$")
STATE_MARK = _STATE   # "Md.", "N.Y.", "CA": a US state after its town
# Publishing towns a trailer names before or after the publisher ("New York: Knopf", "Ballantine,
# New York"). Anything else before a colon is kept with the publisher: "Minotaur: St. Martin's"
# is an imprint and its publisher (Library Journal).
PUBLISHING_TOWNS = frozenset({
    "New York", "London", "Boston", "Chicago", "Philadelphia", "Cambridge", "Oxford", "Princeton",
    "New Haven", "Berkeley", "Los Angeles", "San Francisco", "Washington", "Garden City", "Toronto",
    "Baltimore", "Ithaca", "Minneapolis", "Seattle", "Austin", "Chapel Hill", "Durham", "Edinburgh",
    "Paris", "Dublin", "Montreal", "Sydney", "Stanford", "Lincoln", "Norman", "Athens", "Iowa City",
    "Madison", "Ann Arbor", "Bloomington", "Urbana", "Pittsburgh", "Cleveland", "Indianapolis",
    "Nashville", "New Brunswick", "Amherst", "Hanover", "Middletown", "Evanston", "Baton Rouge",
    "Lawrence", "Columbia", "Albany", "Syracuse", "Charlottesville", "Detroit", "St. Paul", "St. Louis",
    "Kansas City", "Salt Lake City", "Honolulu", "Tokyo", "Berlin", "Vancouver", "Melbourne", "Sao Paulo", "Malmo",
    # European and Latin American publishing towns, as their own journals print them
    # ("Böhlau, Wien 2011", "Paris, Armand Colin, 2007", "Madrid, 1994")
    "Wien", "Vienna", "München", "Munich", "Frankfurt am Main", "Frankfurt", "Frankfurt a. M.", "Frankfurt a.M.",
    "Frankfurt/M.", "Frankfurt/Main", "Freiburg i. Br.", "Freiburg i.Br.", "Freiburg im Breisgau", "Stuttgart", "Köln",
    "Hamburg",
    "Leipzig", "Tübingen", "Göttingen", "Heidelberg", "Freiburg", "Paderborn", "Darmstadt", "Münster",
    "Bonn", "Mainz", "Innsbruck", "Graz", "Salzburg", "Zürich", "Basel", "Bern", "Genève", "Geneva",
    "Lausanne", "Leiden", "Amsterdam", "Deventer", "Den Haag", "Brussels", "Bruxelles", "Louvain",
    "Lyon", "Rennes", "Bordeaux", "Toulouse", "Marseille", "Lille", "Madrid", "Barcelona", "Sevilla",
    "Salamanca", "Valencia", "Pamplona", "Lisboa", "Lisbon", "Roma", "Rome", "Milano", "Milan", "Torino",
    "Firenze", "Bologna", "Napoli", "Venezia", "Padova", "México", "Mexico", "Buenos Aires", "Santiago",
    "Bogotá", "Lima", "Oslo", "Stockholm", "Copenhagen", "København", "Helsinki", "Warszawa", "Praha",
    "Budapest", "Moscow", "Jerusalem", "Tel Aviv", "Delhi", "New Delhi", "Cape Town", "Johannesburg",
    "Auckland", "Wellington", "Ottawa", "Canberra", "Brisbane", "Adelaide", "Perth", "Glasgow", "Manchester",
    "Belfast", "Cork", "Cardiff", "Abingdon", "Basingstoke", "Houndmills", "Aldershot", "Farnham", "Woodbridge",
    "Westport", "Lanham", "Armonk", "Santa Barbara", "Notre Dame", "Waco", "Grand Rapids", "Leuven",
    # more of the academic journals' towns ("Cham: Springer", "Lund: Studentlitteratur", "Turnhout:
    # Brepols"); none that is also a common word or name ("Nice", "Tours", "Nancy")
    "Cham", "Coimbra", "Lund", "Uppsala", "Aarhus", "Århus", "Bergen", "Trondheim", "Göteborg", "Gothenburg",
    "Odense", "Tampere", "Turku", "Pisa", "Grenoble", "Porto", "Braga", "Granada", "Córdoba", "Namur", "Liège",
    "Gent", "Ghent", "Utrecht", "Groningen", "Turnhout", "Antwerpen", "Antwerp", "Rotterdam", "Nijmegen",
    "Hilversum", "Zwolle", "Arles", "Kraków", "Wrocław", "Poznań", "Bucharest", "Ljubljana", "Zagreb", "Istanbul",
    "Ankara", "Cairo", "Beirut", "Bari", "Trento", "Verona", "Genova", "Palermo", "Catania", "Siena", "Perugia",
    "Macerata", "Salerno", "Lecce", "Trieste", "Brescia", "Bergamo", "Modena", "Parma", "Pavia", "Ferrara",
    "Ravenna", "Urbino", "Bilbao", "Zaragoza", "Oviedo", "Santander", "Valladolid", "Murcia", "Alicante", "Cádiz",
    "Málaga", "Toledo", "Girona", "Tarragona", "Nantes", "Strasbourg", "Montpellier", "Dijon", "Besançon", "Caen",
    "Rouen", "Poitiers", "Limoges", "Reims", "Metz", "Avignon", "Bielefeld", "Bochum", "Dortmund", "Düsseldorf",
    "Kiel", "Lübeck", "Rostock", "Greifswald", "Jena", "Erfurt", "Weimar", "Dresden", "Magdeburg", "Potsdam",
    "Hannover", "Braunschweig", "Bremen", "Oldenburg", "Osnabrück", "Würzburg", "Bamberg", "Regensburg", "Passau",
    "Augsburg", "Konstanz", "Karlsruhe", "Mannheim", "Trier", "Saarbrücken", "Kassel", "Marburg", "Gießen",
    "Wuppertal", "Aachen", "Ostfildern", "Wiesbaden", "Louvain-la-Neuve", "Roma-Bari", "Soveria Mannelli",
    "Newcastle upon Tyne", "Santiago de Compostela", "Aix-en-Provence", "Clermont-Ferrand", "Saint-Étienne",
    # the Commonwealth's own publishing towns
    "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore", "Hyderabad",
    "Karachi", "Lahore", "Islamabad", "Dhaka", "Colombo", "Kathmandu", "Singapore", "Kuala Lumpur", "Hong Kong",
    "Nairobi", "Lagos", "Ibadan", "Accra", "Kampala", "Harare", "Durban", "Pietermaritzburg", "Christchurch",
    "Dunedin", "Hobart", "Fremantle", "Crawley", "Halifax", "Winnipeg", "Calgary", "Edmonton", "Regina",
    "Fredericton", "Kingston",
    # the university presses' and the trade's other towns ("Liverpool: Liverpool University Press",
    # "Cheltenham: Edward Elgar", "Barnsley: Pen & Sword", "Dordrecht: Kluwer"), by the same rule:
    # none that is also a common word or name ("Reading", "Bath", "York", "Jackson", "Florence")
    "Liverpool", "Leeds", "Sheffield", "Nottingham", "Birmingham", "Bristol", "Exeter", "Norwich", "Leicester",
    "Coventry", "Canterbury", "Colchester", "Chichester", "Brighton", "Hove", "Harlow", "Harmondsworth",
    "Hemel Hempstead", "Milton Keynes", "Tunbridge Wells", "Cheltenham", "Gloucester", "Shrewsbury", "Barnsley",
    "Stroud", "Ipswich", "Keele", "Aberdeen", "Dundee", "St Andrews", "Inverness", "Swansea", "Aberystwyth",
    "Lampeter", "Llandysul", "Galway", "Maynooth", "Kilkenny",
    "Knoxville", "Lexington", "Louisville", "Tucson", "Tempe", "Albuquerque", "Santa Fe", "Boulder", "Denver",
    "Reno", "Corvallis", "Tallahassee", "Gainesville", "Tuscaloosa", "Starkville", "Hattiesburg",
    "Fayetteville", "Lubbock", "College Station", "Kalamazoo", "East Lansing", "West Lafayette", "Carbondale",
    "DeKalb", "Champaign", "Morgantown", "Newark", "Piscataway", "Rochester", "Binghamton", "Storrs", "Hartford",
    "Orono", "Hoboken", "Malden", "Thousand Oaks", "Newbury Park", "Palo Alto", "Downers Grove", "Collegeville",
    "Maryknoll", "Mahwah", "Macon", "Waterloo", "Saskatoon", "Guelph", "Sherbrooke", "Québec", "Quebec",
    "St Lucia", "North Melbourne", "Collingwood", "Wollongong", "Palmerston North", "Pretoria", "Stellenbosch",
    "Grahamstown", "Makhanda", "Bloemfontein", "Pune", "Ranikhet", "Gurgaon", "Gurugram", "Noida",
    "Dordrecht", "Cologne", "Zurich", "Warsaw", "Prague", "Tilburg", "Maastricht",
    # Dutch towns as their journals print them, and more towns of England, India, Africa, the Caribbean,
    # Australia and New Zealand ("'s-Gravenhage, Nijhoff", "Newton Abbot, David & Charles",
    # "Kitabistan, Allahabad", "Enugu: Fourth Dimension")
    "'s-Gravenhage", "'s-Hertogenbosch", "Newton Abbot", "Reinbek", "Allahabad", "Lucknow", "Patna", "Cuttack",
    "Ahmedabad", "Chandigarh", "Trivandrum", "Thiruvananthapuram", "Mysore", "Guwahati", "Varanasi", "Jaipur",
    "Bhopal", "Peshawar", "Kandy", "Enugu", "Nsukka", "Zaria", "Lusaka", "Gaborone", "Windhoek", "Bulawayo",
    "Bridgetown", "Launceston", "Ballarat", "Toowoomba", "Geelong", "Rotorua",
    # university and academic publishers' towns of Europe the journals print ("Spoleto, Fondazione CISAM",
    # "Toruń 2016, Wydawnictwo Naukowe UMK", "Ceyzérieu, Champ Vallon", "Villeneuve-d'Ascq, Presses du Septentrion");
    # none a word or a name a title or a person holds ("Nancy", "Tours", "Nice" are left out)
    "Spoleto", "Toruń", "Lublin", "Łódź", "Katowice", "Opole", "Rzeszów", "Białystok", "Brno", "Olomouc",
    "Debrecen", "Szeged", "Tartu", "Cluj-Napoca", "Iași", "Tournai", "Fribourg", "Neuchâtel", "Nanterre",
    "Villeneuve-d'Ascq", "Pessac", "Chambéry", "Orléans", "Ceyzérieu", "Erlangen",
})


# Towns whose university press goes by the town's name alone ("Stanford, 2009.", "(Oxford, $24.95)" —
# Choice, the NYT): there the town is the house; any other town printed alone is the place.
PRESS_TOWNS = frozenset({"Oxford", "Cambridge", "Princeton", "Stanford", "Chicago", "Columbia", "Toronto",
                         "Edinburgh", "Manchester", "Liverpool", "Washington", "Melbourne", "Sydney", "Auckland",
                         "Amsterdam", "Leuven", "Cork", "Durham", "Harvard", "Yale", "Cornell", "Duke"})


def is_place(text: str) -> bool:
    """A publishing town, a town with its state, or towns joined by "/" ("Innsbruck/Wien"), "and"
    ("Indianapolis and New York", "London & New York") or a hyphen ("Roma-Bari", "Berlin-New York"),
    and a town before "and elsewhere" ("Frankfurt a.M. u.a.", "Köln u. a.", "London etc.")."""
    if " " in text and (others := _AND_ELSEWHERE.search(text)):
        text = text[:others.start()]
    if text in PUBLISHING_TOWNS or _TOWN_STATE.match(text):
        return True
    if not text.isascii() and unaccented(text) in PUBLISHING_TOWNS:
        return True   # "Montréal" as French papers print it, "Montreal" in the table
    towns = _JOINED_TOWNS.split(text) if "/" in text or " and " in text or " & " in text or "; " in text \
        else _HYPHENED_TOWNS.split(text) if "-" in text else ()
    return len(towns) > 1 and all(town.strip() in PUBLISHING_TOWNS for town in towns)


_JOINED_TOWNS = re.compile(r"/| and | & |; ")
_AND_ELSEWHERE = re.compile(r" (?:u\. ?a\.|etc\.|\[etc\.\]|et al\.)$")
_HYPHENED_TOWNS = re.compile(r"-(?=[A-Z])")   # "Roma-Bari"


def unaccented(text: str) -> str:
    """'Montréal' -> 'Montreal', 'São Paulo' -> 'Sao Paulo': the letters without their accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# A capital letter, accented ones too: "Éditions du Seuil", "Österreichischer Bundesverlag",
# "Łukasz", "Şafak", "Živković" (Latin Extended-A alternates its capitals with their small letters).
CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
# A publisher's name opens with a capital, or with a family name's particle or an article before
# one ("Berlin: de Gruyter", "Assen: van Gorcum", "Mainz: von Zabern", "Bologna, il Mulino").
PUBLISHER_START = rf"(?:(?:de|van|von|il) )?[{CAPITAL}]"

# "Taste and Power: Furnishing Modern France. Berkeley: U of California P, 1996." — a citation's
# imprint with no price: after a stop, a place, a colon, a publisher, perhaps the year, to the end.
# "Berlin 2011: Böhlau" — German reviews print the year with the place, before the colon.
# A word's stop inside the place is an abbreviation's or an initial's ("St. Paul", "D.C."), never a
# sentence's: "Jane Doe, trans. John Roe. New York: Knopf" is no town called "John Roe. New York".
_PLACE_WORD = r"(?:(?:St|Ste|Mt|Ft|[A-Z])\.|[A-Z][\w\-]*(?:\.[\w\-]+)*)"
# "Cambridge, Mass. and London": a town's state before the next town.
PLACE_IMPRINT = re.compile(rf"[.,\u201d\"]\s+(?P<place>(?:{_PLACE_WORD}(?:, (?:{_STATE}))?"
                           r"(?: and | am | an der |/|; | )){0,3}"
                           r"[A-Z][\w.\-]*"
                           rf"(?:, (?:{_STATE}))?)"
                           r"(?P<year_first> (?:1[5-9]\d\d|20\d\d))? ?: "
                           rf"(?:[A-Z]\. ?)*(?:St\. )?{PUBLISHER_START}[^.:;()\n]{{1,60}}?(?:,? (?:Ltd|Inc|Co)\.)?"
                           r"(?P<year>[,.]? (?:1[5-9]\d\d|20\d\d))?\.?$")   # "New York: Macmillan. 1912."


def town_imprint(text: str) -> int | None:
    """Where a closing 'Town: Publisher[ Year]' or 'Place Year: Publisher' clause starts, or
    None: the place must be a known town, or dated before the colon (German reviews)."""
    m = PLACE_IMPRINT.search(text) if ": " in text else None
    return m.start("place") if m and (m.group("year_first") or is_place(m.group("place"))) else None


def place_imprint(text: str) -> int | None:
    """Where a closing 'Place: Publisher[, Year]' clause starts (its place), or None. A place is
    a known town, or any capitalized words when the year closes the clause."""
    m = PLACE_IMPRINT.search(text) if ": " in text else None
    if m and (m.group("year") and m.group("year")[0] != "." or m.group("year_first") or is_place(m.group("place"))):
        return m.start("place")   # a year after its own stop vouches for no place: "Jane Doe, Title: A History. 2022"
    return None


# Words a publisher's name is made of ("Farrar, Straus and Giroux", "Coach House Books").
PUBLISHER_WORDS = frozenset({
    "press", "books", "book", "publishers", "publisher", "publishing", "publications", "house", "editions",
    "edition", "verlag", "éditions", "editorial", "editore", "editori", "ediciones", "presses", "universitaires",
    "university", "univ", "co", "inc", "ltd", "company", "sons", "brothers", "bros", "random", "knopf",
    "penguin", "norton", "harper", "harpercollins", "doubleday", "scribner", "viking", "simon", "schuster",
    "macmillan", "farrar", "straus", "giroux", "houghton", "mifflin", "little", "brown", "putnam", "crown",
    "faber", "cape", "bloomsbury", "hutchinson", "heinemann", "collins", "chatto", "windus", "gollancz",
    "vintage", "picador", "verso", "routledge", "palgrave", "wiley", "blackwell", "springer", "oxford",
    "cambridge", "yale", "princeton", "harvard", "chicago", "columbia", "stanford", "cornell", "duke",
    "hachette", "pantheon", "atheneum", "holt", "morrow", "dutton", "ballantine", "bantam", "grove",
    "graywolf", "hogarth", "orion", "allen", "unwin", "pan", "fourth", "estate", "granta", "scholastic",
    "candlewick", "clarion", "dial", "tor", "orbit", "minotaur", "kensington", "sourcebooks", "abrams",
    "suhrkamp", "gallimard", "seuil", "fayard", "flammarion", "anagrama", "alfaguara", "hanser", "beck",
    "fischer", "rowohlt", "einaudi", "mondadori", "feltrinelli", "puf", "karthala", "armand", "colin",
})
