"""The imprint's self-describing items: prices, page counts, ISBNs, the 'Illustrated' mark.

Each is found by its own shape wherever it stands, so the grammar can treat the text
between them as publisher or notes. Every finder returns spans, never edits text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from catalog.parse.search import finditer_from
from catalog.parse.tables import (
    ARTIST_NAME,
    BARE_DOLLAR_MARKS,
    BINDING_WORDS,
    BINDINGS,
    COUNTRY_AFTER,
    CURRENCIES,
    CURRENCY_MARK,
    CURRENCY_SIGNS,
    ILLUSTRATED_WORDS,
)

# "€ 24,95" — a comma before exactly two digits is a decimal mark, never a thousands one;
# so is the raised point of British print, "£8·95", "$54·95".
# "€ 29,95," — a decimal comma, then the list's comma (not a third group of digits: "1,25,000")
# "$.95" (mid-century papers' paperbacks): the cents after the point alone
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+,\d{2}(?!\d|,\d)|\d+\u00b7\d{2}(?!\d)|\d+(?:\.\d{1,2})?|\.\d\d(?!\d)"
_CLAUSE_START = r"(?:(?<=^)|(?<=[(,;:.\n])\s*|(?<=[(,;:.\n]))"
# "$25.95" — NYT; "Paper, $12.95" — NYT Book Review; "$9.80 paper" — PW; "$65 (cloth)".
# The money is found first; a binding before it is looked for in the few characters
# that precede it (one regex trying 13 bindings at every position was the parser's hot spot).
# "$US28", "$34.95 Can.", "$35 Cdn", "$36 in Canada", "$24.95 US/$34.95 CAN": a bare dollar's country
# printed after its sign or amount.
# The mark after a "£" that says it is sterling, where a bare one might be the Irish pound: "£5.99
# in UK", "£5.99 (UK)", "£12.99 stg", "£12.99 sterling" (Irish papers).
_STERLING_MARK = (r"(?-i:in (?:the )?(?:UK|U\.K\.|Britain)|\(UK\)|UK(?=[),;/]|$)|stg\b\.?|Stg\b\.?|sterling\b)")
PRICE = re.compile(
    rf"(?P<cur>{CURRENCY_MARK})(?:(?<=\$)(?P<sign_country>(?-i:US|CAN|AU|NZ|A|C))(?=\s?\d))?\s?(?P<amt>{_AMOUNT})(?!\d)"
    r"(?:(?<=\d) ?(?P<country>(?-i:Can\.|CAN|Canada|in Canada|Cdn\.?|CDN|US|U\.S\.))(?![\w]))?"
    # "£5.99 in UK", "£12.99 stg" — Irish papers mark a pound that is sterling (_STERLING_MARK)
    rf"(?:(?<=\d) ?(?P<sterling>{_STERLING_MARK}))?"
    rf"(?:\s*(?P<open>\()?(?P<post>{BINDING_WORDS})(?(open)\))(?![\w]))?",
    re.IGNORECASE,
)
_BINDING_BEFORE = re.compile(rf"(?<![\w])(?P<pre>{BINDING_WORDS})[,:]?\s+$", re.IGNORECASE)
_CURRENCY_CHARS = re.compile(rf"[{CURRENCY_SIGNS}]")
# "368 pages", "370 pp.", "xii + 368 pp.", "(336p)"; a "pp." that a count follows is that
# count's ("Harbor House, 2002\nPp. xxxvii, 246"), not an ISBN ("320 pp. 0 19 820539 X").
# Academic journals print the front matter before the count: "Pp. xii, 247", "pp. xxi + 705",
# or after it: "320 + xii pp.", "Pp. 320 + xii" (never the illustrations of "Pp. 299 + 26 ill.");
# a count's "pp." before shillings or pence is no "pp." before a count ("320 pp. 10s. 6d.", "320pp. 75p.");
# Indian papers "Pages 265"; "214 pgs" (Cha); German "221 S.", "308 Seiten"; Spanish "329 págs.",
# "329 páginas"; Dutch "320 blz.", "320 pagina's"; Scandinavian "320 s.", "320 sider", "320 sidor" and
# Polish "320 stron",
# the "s." of a count of two digits or more after a space, never shillings' "12s." nor "12 s. 6 d.";
# Polish "…, Kraków 2019, s. 304" (the "s." before the count, after a comma; German "S. 304" cites a page).
# "286 pp. 30 Sw. fr.", "312 pp. 40 fr.", "xiv + 262pp. 18 plates.": the count's "pp." before a price
# whose mark comes after it, or before the count of the book's pictures
_PP_BEFORE_ANOTHER_NUMBER = (r"pp\.?(?=\.?\s?\d{1,5} ?(?:(?:Sw\. ?fr|fr|francs|FF|FB|F|DM)\.?(?!\w)"
                             r"|(?:colou?r |b/w |black[- ]and[- ]white |halftone )?(?:plates|figures|maps"
                             r"|illustrations|photographs|tables|diagrams)\b))")
# "6 x 9" after a count (Quill & Quire's sheet: "312 pp." / "6 x 9"): the trim size, no count
_BY = r" ?[x\u00d7] ?\d"
PAGES = re.compile(
    r"(?<![\w.$£€])(?P<n>\d{1,2}(?:,\d{3})+|\d{1,5})(?:\s?\+\s?(?!ill)[ivxlc]+)?\s*(?:pages|pp\.?(?!\.?\s?(?:[ivxlc]+\s?[,+\-\u2013]\s?)?\d{1,5}(?![-\s/.,]?\d)(?![sdp]\b)"
    r"(?!" + _BY + r"))|p(?!\.?m\b)\.?"
    r"|" + _PP_BEFORE_ANOTHER_NUMBER + r""
    r"|pgs\.?|p[áa]gs?\.|p[áa]ginas|pagina['\u2019]s|blz\.|bl\.|bladsye|sid(?:er|or)|str[oa]n"
    r"|(?-i:S\.|Seiten|ss\.|(?<=\d\d )s\.(?!\s?\d{1,5}(?!\d|:-))))(?![\w])"
    # "pp. 320", "pp320" — British weeklies; "; pages 171," — Frontline; "pp. XII-326", "pagg. 414" — Italian
    r"|(?<![\w])(?:pp\.?|pagg\.|(?-i:Pages:?)|(?<=[,;] )(?-i:ss?\.|pages))\s?(?:[ivxlc]+\s?[,+\-\u2013]\s?)?"
    r"(?P<n2>\d{1,5})(?!\d|[-\u2013]\d|" + _BY + ")"   # "pp. 478\u2013512": an article's range, no count
    r"(?![\d.,]\d)(?:\s?\+\s?(?!ill)[ivxlc]+(?!\w))?",
    re.IGNORECASE,
)
# "xii + " of "xii + 368 pp."; "XII u. " of "XII u. 320 S." (German: und)
_ROMAN_BEFORE = re.compile(r"(?<![\w])[ivxlc]+(?:\s*(?:[+,]|(?-i:u\.|und)(?= ))\s*|-)$", re.IGNORECASE)   # "XI-296 p."
# "ISBN 0-8050-6890-2", "ISBN13: 978..." (tagged: reported even when the check digit fails; never
# into a word after it, "ISBN: 978-0-306-40615-7 320pp." being an ISBN and a page count);
# "(9780789209931)", "(0-8109-5587-3)", "(0810955873)" — bare, kept only when the check
# digit holds, since a bare number may be anything. A bare number standing as an imprint
# item of its own, after ", ", ". ", "; ", "(" or a spaced dash, may also be spaced the British way
# ("£25. 0 19 820539 X") or closed up ("(Morrow, $26, 0380973650)").
ISBN = re.compile(
    r"(?:(?:ISBN|isbn)(?:-?1[03]|\s1[03](?=:))?:?\s*(?P<tagged>[\dXx][\dXx\- ]{8,18}[\dXx])(?!\w)"
    r"|(?<![\d-])(?P<bare>97[89]-?\d[\d-]{8,14}\d|97[89](?: \d+){3,4}(?=\D|$)|\d{1,5}-\d{1,7}-\d{1,7}-[\dX])(?![\d-])"
    r"|(?<=\()(?P<paren>\d{9}[\dX])(?=\))"
    r"|(?:(?<=[(,;.:]\s)|(?<=[(\n])|(?<=^)|(?<= [-\u2013] ))"
    r"(?P<clause>\d{9}[\dX]|97[89]\d{10}|\d{1,5} \d{1,7} \d{1,7} [\dX])"
    r"(?![\w-]|[ .,]\d))",
)
# "Illustrated. 368 pages." as a clause of its own, "With 24 illustrations." too, and after a
# citation's bracket ("[xiv, 302 p. $99.] Illustrations, index."); "Whymant Illustrated." after a name (NYT);
# "Delacorte Press, illustrated, $30" between the imprint's commas;
# never "illus. by X", which names an illustrator, nor "Tim Hamilton (illus.)", which credits one.
ILLUSTRATED = re.compile(
    rf"(?:(?:(?<=^)|(?<=[.;()\]]\s)|(?<=[.;(])(?<!\w \())(?i:{ILLUSTRATED_WORDS})|(?<=\s)Illustrated|(?<=, )illustrated"
    # the illustrations counted after the pages: "Pp. 299 + 26 ill.", "Pp. xii + 320 incl. 10 ills.",
    # "Pp. xx + 159 + 16 plates.", "Pp. xxvi + 416 incl. 8 figs and 2 tables." (Nature, the JEH),
    # "229 pp. incl. 80 col. + 59 b. & w. ills." (the Burlington Magazine: colour, black and white)
    r"|(?<=\s)(?:\+|incl\.) \d+ (?:(?:col\.|colour|b\. ?& ?w\.) (?:\+ \d+ (?:col\.|colour|b\. ?& ?w\.) )?)?"
    r"(?:(?:colou?r|black-and-white|b/w) and (?:colou?r|black-and-white|b/w) )?"   # "incl. 24 colour and b/w ills."
    r"(?:ills?|illus|plates|figs?|figures|maps?)(?: and \d+ (?:tables|maps|plates|figs?|figures))?"
    # Choice's card: "336p illus bibl index afp", the count's "p" closed up to it
    r"|(?<=\dp )illus\b"
    r")(?!\.?\s+by\b)(?=\s*(?:[.;,)]|$)|(?<=illus)(?= ))",
)


@dataclass(frozen=True)
class Span:
    """Where an item stands in the trailer text."""

    start: int
    end: int


@dataclass(frozen=True)
class FoundPrice:
    span: Span
    amount: Decimal
    currency: str
    binding: str | None
    printed: str | None = None   # pre-decimal sterling as printed
    bare_dollar: bool = False    # a "$" with no country: the outlet's dollar (parse/normalize.py)
    bare_pound: bool = False     # a "£", "21s." or "95p" not marked sterling: Irish in an Irish paper before 2002
    shared_mark: str | None = None   # "Rs", "Sh", "P", "kr": a mark several countries print (parse/normalize.py)


# Pre-decimal sterling (before 1971): "£1 5s.", "12s. 6d.", "(Corgi, 5s.)", "6d.", "7/6" — 20
# shillings to the pound, 12 pence to the shilling. A bare "5s." counts only where an
# imprint item may stand: after "(", ",", ".", ";", ":" or the imprint's close ("(Kwela Books)
# R280"). Before "net", the pence or the imprint's close, the stop may go: "(6s net.)", "(Faber,
# 12s 6d)", "(Faber, 15s)".
# and a label: "Pp. 305. Price 25s."; and a dash between the fields ("Title — Author — Jacana — R250")
_AFTER_MARK = r"(?:(?<=[(,.;:)\u2014\u2013]\s)|(?<=\()|(?<=[Pp]rice )|(?<=PRICE ))"
_LINE_START = r"(?:^|(?<=\n))"
# "... is published by Fountain Publishers. It retails at Sh950" — East African, South African and
# Malaysian papers name the price in a sentence of its own after the publisher
_RETAILS_AT = r"(?:(?<=retails at )|(?<=retails for ))"
_AFTER_MARK_AT = re.compile(r"(?:[(,.;:)]\s|\()$")
PREDECIMAL = re.compile(
    rf"\u00a3\s?(?P<l>\d+)\s+(?P<s>\d{{1,2}})s\.?(?:\s+(?P<d>\d{{1,2}})d\.?)?"
    rf"|{_AFTER_MARK}(?P<s2>\d{{1,2}})s(?:\.|(?= net\b)|(?=[)\]]|$)|(?=\s*\d{{1,2}}d(?:[.)\],;]|$| net\b)))"
    rf"(?:\s*(?P<d2>\d{{1,2}})d\.?)?"
    rf"|{_AFTER_MARK}(?P<d3>\d{{1,2}})d\.(?!\w)"
    # "(Cape, 7/6)", "(Faber, 21/-)": shillings, a slash, one digit of pence or a dash. Two
    # digits after the slash are a month and year ("2/12", the Horn Book), no price; after a
    # rating's or a score's label ("Our rating: 3/5") it is the mark out of five.
    rf"|{_AFTER_MARK}(?<!ating: )(?<!core: )(?P<s3>\d{{1,2}})/(?P<d4>\d|-)(?![\w/])"
    # "(John Murray, 2 gns.)", "5 guineas": the guinea, 21 shillings, priced art and reference books
    rf"|{_AFTER_MARK}(?P<g>\d{{1,3}}) ?(?:gns?|guineas?)\.?(?![\w.])")


def may_be_predecimal(text: str) -> bool:
    """PREDECIMAL.search(text) is None whenever this is false: substring tests first, as most
    lines an article offers hold no shilling. tests/parse/test_item_starts.py holds them so."""
    return ("s." in text or "d." in text or "s net" in text or "d net" in text
            or "/" in text or "\u00a3" in text or "gn" in text or "guinea" in text
            or "s)" in text or "s]" in text or "d)" in text or "d]" in text or "d," in text or "d;" in text
            or text.endswith(("s", "d")))


def find_predecimal(text: str) -> list[FoundPrice]:
    found = []
    for m in finditer_from(PREDECIMAL, text, _starts(_PREDECIMAL_FIRST, text)):
        pounds, shillings = m.group("l") or "0", m.group("s") or m.group("s2") or m.group("s3") or "0"
        if m.group("g"):
            shillings = str(21 * int(m.group("g")))
        pence = m.group("d") or m.group("d2") or m.group("d3") or (m.group("d4") or "0").replace("-", "0")
        amount = (Decimal(pounds) + Decimal(shillings) / 20 + Decimal(pence) / 240).quantize(Decimal("0.0001"))
        amount = Decimal(f"{amount.normalize():f}")
        found.append(FoundPrice(Span(m.start(), m.end()), amount, "GBP", None, m.group(0).strip(), bare_pound=True))
    return found


# Decimal pence (after 1971): "(Penguin, 95p, 320pp)", "(Faber, £2.95; paperback 95p)", "Penguin. 320pp. 75p."
# An "Np" of one or two digits where an imprint item may stand is a page count too ("(32p)" —
# Publishers Weekly; "32p." — School Library Journal): it is pence only after a binding, or
# when the text counts its pages in another form ("320pp", "320 pages"), so "p" is no page mark there.
PENCE = re.compile(rf"(?:{_AFTER_MARK}|(?<=\s))(?P<n>\d{{1,2}})p\.?(?![\w])")
_COUNT_IN_P = re.compile(r"\d+p\.?", re.IGNORECASE)   # "32p.", "(336p)": a count whose mark is a lone "p"
_DIGIT = re.compile(r"\d")


def find_pence(text: str) -> list[FoundPrice]:
    if "$" in text and "\u00a3" not in text:
        return []   # "($17.99 hardcover, 40p., ages 3-7)" (Shelf Awareness): notes priced in dollars, "p" counts pages
    found = []
    for m in finditer_from(PENCE, text, _starts(_DIGIT, text)):
        pre = _BINDING_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if pre is None and (not _AFTER_MARK_AT.search(text, max(0, m.start() - 2), m.start()) or not any(
                span.end <= m.start() or span.start >= m.end()
                for span, _ in find_pages(text) if not _COUNT_IN_P.fullmatch(text, span.start, span.end))):
            continue
        found.append(replace(_with_binding(text, m, pre, Decimal(m.group("n")).scaleb(-2), "GBP"), bare_pound=True))
    return found


def _with_binding(text: str, m: re.Match[str], pre: re.Match[str] | None, amount: Decimal, currency: str) -> FoundPrice:
    """A price in pence or cents, with the binding printed just before it ("Paper, 50 cents")."""
    return FoundPrice(Span(pre.start() if pre else m.start(), m.end()), amount, currency,
                      BINDINGS[pre.group("pre").lower()] if pre else None)


@dataclass(frozen=True)
class FoundIsbn:
    span: Span
    printed: str
    isbn13: str | None   # None when the check digit fails


# --- Where each item can start (parse/search.py) ---------------------------------------
# Items start only at a digit, a "p", an "I" or a few characters before a currency sign.
# tests/parse/test_item_starts.py holds each finder equal to its pattern's finditer.

_LONGEST_MARK = 8   # "Canada $": every CURRENCY_MARK ends at its currency sign, at most 7 after its start


def _price_starts(text: str) -> Iterator[int]:
    last = -1
    for sign in _CURRENCY_CHARS.finditer(text):
        i = sign.start()
        yield from range(max(i - _LONGEST_MARK + 1, last + 1), i + 1)
        last = i


_PREDECIMAL_FIRST = re.compile(r"[\d\u00a3]")   # "£1 5s.", "12s. 6d.", "7/6"
# "pounds 14.99", "R280", "GBP 20": where a word price may start. The class in front lets the
# scan pass most characters without trying the alternatives (a third of its time in an article).
_WORD_PRICE_FIRST = re.compile(r"(?=[\dpRDESCGUANJIZeHMPKFLTBklfz\u00f6\u0192])"
                               r"(?:\d|p(?=ounds)|k(?=r)|R(?=s|M|\d|p| \d)|D(?=M|KK|h)"
                               r"|E(?=UR|uro|GP)|e(?=uro)|S(?=Fr|EK|GD|h)|C(?=HF|AD|ZK)|G(?=BP|H)|U(?=SD|GX|[Ss]h)|A(?=UD|ED)"
                               r"|N(?=ZD|OK|GN|PR|\d)|J(?=PY)|I(?=NR|DR)|Z(?=AR)|H(?=KD|UF|fl)|M(?=YR)|P(?=HP|KR|LN|ounds|\d)"
                               r"|K(?=ES|[Ss]h|r)|F(?=r)|f(?=l| ?\d)|\u0192"
                               r"|F(?=[FB] ?\d)|B(?=F ?\d)|G(?=ld)|D(?=fl)"   # the francs and guilders
                               r"|L(?=KR|\. ?\d|ire)|l(?=ire)|\u00f6(?=S)|z(?=\u0142)|T(?=ZS|k|[Ss]h|HB)|B(?=DT|t|WP))")
# a count's first digit, "pp" of "pp. 320", "Pages 265", the Polish "s." of ", s. 304"
_PAGES_FIRST = re.compile(r"\d|[pP](?=[pP]|agg\.)|P(?=ages)|(?<=[,;] )(?:s(?=s?\.)|p(?=ages))")
# a bare number's first digit, or "ISBN ...", or "isbn 978 90 ..." (journals setting it in small capitals)
_ISBN_FIRST = re.compile(r"\d|I(?=SBN)|i(?=sbn)")


def _starts(first: re.Pattern[str], text: str) -> Iterator[int]:
    return (m.start() for m in first.finditer(text))


# Currencies printed as words or codes, before the amount ("pounds 14.99" — the Independent
# as archived; "Rs 395" — Indian papers; "DM 124", "EUR 38,90" — academic journals; "R280" —
# South African papers; "RM59.90" — Malaysian papers; "Ksh 1,200" — Kenyan papers) or after
# it ("25 euros", "24 Euro", "38,90 €", "14.99 [pounds sterling]"). A decimal comma is read only here.
# "GBP 20.00", "USD 45", "29,95 SEK" — ISO 4217 codes, as journals and shops print them
ISO_CODES = ("GBP", "USD", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "JPY", "INR", "ZAR", "SGD", "HKD", "MYR", "PHP",
             "NGN", "KES", "PKR", "LKR", "NPR", "GHS", "UGX", "TZS", "BDT", "THB", "IDR", "AED", "EGP", "BWP", "CZK",
             "PLN", "HUF")
_CODES = "|".join(ISO_CODES)
# "24,\u2013 \u20ac", "24,- Euro", "DM 24,--": German papers print whole euros and marks with a dash for the cents
_WORD_AMOUNT = (r"\d{1,3}(?:\.\d{3})*,[-\u2013]{1,2}(?![-\u2013\d])"
                r"|\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)")
WORD_PRICE = re.compile(
    rf"(?<![\w])(?P<pre>[Pp]ounds|Rs\.?|RM|DM|EUR|[Ee]uro|SFr\.?|CHF|K[Ss]hs?\.?|U[Ss]h|T[Ss]h|GH[\u00a2\u20b5]|Tk\.?|[Kk]r\.?"
    # "\u0192 45,-", "f 45,-", "Hfl. 45,00": the Dutch guilder, before the euro ("fl." and "f" with a
    # Dutch amount only: "fl. 1650" is a year the man flourished)
    rf"|\u0192|(?:H?fl\.?|f)(?= ?\d{{1,3}}(?:\.\d{{3}})*,(?:[-\u2013]{{1,2}}|\d\d)(?![\d-]))"
    # "L. 5.000", "lire 72.000": Italian journals before the euro
    # "FF 120", "FB 850" (French and Belgian francs), "Gld. 96", "Dfl. 45" (the guilder), in journals before the euro
    rf"|Bt|Rp\.?|Dhs?|z\u0142|L\.(?= ?\d{{1,3}}\.\d{{3}}| ?\d{{3}})|[Ll]ire|\u00f6S|FF|FB|BF|Gld\.?|Dfl\.?"
    rf"|{_CODES})\s?"   # "öS 325,–": Austria's
    rf"(?P<amt>{_WORD_AMOUNT})"
    rf"|(?<![\w.,])(?P<amt2>{_WORD_AMOUNT})[ \u00a0\u202f]?"   # the mark after the amount on its line
    rf"(?P<post>[Ee]uros?|EUR|Sw\. ?fr(?=\.)|DM|\u20ac|\[pounds sterling\]|baht|dirhams?"
    rf"|kr\.?|K\u010d|z\u0142|:-|[Pp]tas\.?|pesetas|fr(?=\.)|francs|\$|{_CODES})(?!\w)"   # "249:-": Swedish crowns;
    # "7.000 Ptas.", "100 fr.": Spanish and French journals' pesetas and francs before the euro;
    # "44,99 $" (Qu\u00e9bec's journals and papers): the dollar after its amount, whose country the outlet decides
    # "(Jacana, R280)", "(Jacana) R 320" — South African papers: the rand's R, where an imprint item may stand, or
    # opening a line ("Umuzi" / "R350": stacked notes, the price on a line of its own); never before a range
    # ("R 4-7 yrs": a children's review's rating, Recommended, and its ages)
    rf"|(?:{_AFTER_MARK}|{_LINE_START}|{_RETAILS_AT})(?P<rand>R) ?(?P<amt3>{_WORD_AMOUNT})(?!\w|[-\u2013]\d)"
    # "Paper, 50 cents.", "Pocket Books. 35\u00a2.", "(Signet, 95\u00a2)" — US paperbacks' cents, where items stand
    rf"|{_AFTER_MARK}(?P<cents>\d{{1,2}}) ?(?:\u00a2|cents(?!\w))"
    # "(Cassava Republic, N3,500)" — Nigerian papers' naira, always with its thousands comma (an initial is no
    # naira); "(EAEP, Sh850)", "Sh 1,200", "Shs25,000", "Shs. 25,000" — East African papers' shilling, whose
    # country the outlet decides (parse/normalize.py: Kenya, Uganda and Tanzania print it alike); "(Anvil, P295)",
    # "P295.00" — the Philippine peso, or Botswana's pula, as the outlet decides; "(Diogenes,
    # Fr. 32.\u2013)" — Swiss papers' franc, its dash for the cents telling it from "Fr." for a father: each
    # only where an imprint item may stand
    rf"|(?:{_AFTER_MARK}|{_LINE_START}|{_RETAILS_AT})"
    rf"(?:(?P<naira>N)(?=\d{{1,3}},\d{{3}})|(?P<sh>Shs?\.?) ?|(?P<peso>P)(?=\d\d|\d,\d{{3}}))"
    rf"(?P<amt4>{_WORD_AMOUNT})(?!\w)"
    rf"|{_AFTER_MARK}(?P<franc>Fr\.) ?(?P<amt5>\d+\.\d\d|\d+(?=\.[-\u2013]))(?:\.[-\u2013]{{1,2}})?(?![-\u2013\w])"
    # "Pp. 218. 98 F.", "264 p., 120 FF", "Prix : 850 FB.": French and Belgian journals' francs after the
    # amount, where an item may stand ("F" alone is the French franc)
    rf"|{_AFTER_MARK}(?P<amt6>{_WORD_AMOUNT}) ?(?P<after_franc>FF|FB|BF|F)(?![\w])")
WORD_CURRENCIES = {"pounds": "GBP", "[pounds sterling]": "GBP", "rs": "INR", "rs.": "INR", "dm": "DEM",
                   "eur": "EUR", "euro": "EUR", "euros": "EUR", "\u20ac": "EUR", "sfr": "CHF", "sfr.": "CHF",
                   "chf": "CHF", "r": "ZAR", "rm": "MYR", "ksh": "KES", "ksh.": "KES", "kshs": "KES", "kshs.": "KES",
                   "n": "NGN", "gh\u00a2": "GHS", "gh\u20b5": "GHS", "fr.": "CHF",
                   "sh": "KES", "sh.": "KES", "shs": "KES", "shs.": "KES",   # whose country the outlet decides
                   "p": "PHP",   # the peso, or Botswana's pula (BWP), as the outlet decides
                   "tk": "BDT", "tk.": "BDT",   # "Tk 350" — Bangladeshi papers' taka
                   "ush": "UGX", "tsh": "TZS",   # "Ush45,000", "TSh25,000" — Ugandan and Tanzanian shillings
                   # "Bt450", "450 baht" (Thai papers), "Rp 150,000" (Indonesian), "Dh75", "75 dirhams" (the Emirates')
                   "bt": "THB", "baht": "THB", "rp": "IDR", "rp.": "IDR", "dh": "AED", "dhs": "AED",
                   "dirham": "AED", "dirhams": "AED",
                   "kr": "SEK", "kr.": "SEK", ":-": "SEK",   # "249,95 kr.", "kr 349", "249:-": the crown, whose
                   # country the outlet decides
                   "k\u010d": "CZK",   # "349 Kč": the Czech crown
                   "z\u0142": "PLN",   # "zł 220", "49,90 zł": the Polish złoty
                   "\u0192": "NLG", "f": "NLG", "fl": "NLG", "fl.": "NLG", "hfl": "NLG", "hfl.": "NLG",
                   "l.": "ITL", "lire": "ITL", "ptas": "ESP", "ptas.": "ESP", "pesetas": "ESP",
                   "sw. fr": "CHF", "sw.fr": "CHF",   # "30 Sw. fr.": the Swiss franc, named
                   "fr": "FRF", "francs": "FRF",   # "100 fr." after the amount; "Fr. 32.–" before it is Swiss
                   "\u00f6s": "ATS", "$": "USD",
                   "ff": "FRF", "fb": "BEF", "bf": "BEF", "gld": "NLG", "gld.": "NLG", "dfl": "NLG", "dfl.": "NLG",
                   **{code.lower(): code for code in ISO_CODES}}
# Marks that several countries print alike, as the outlet or imprint decides (parse/normalize.py):
# the rupee ("Rs 995": India, Pakistan, Sri Lanka, Nepal), the shilling ("Sh850", "Shs25,000":
# Kenya, Uganda, Tanzania), "P295" (the Philippine peso, Botswana's pula), "kr" (the Swedish,
# Danish and Norwegian crowns).
SHARED_MARKS = {"rs": "Rs", "rs.": "Rs", "sh": "Sh", "sh.": "Sh", "shs": "Sh", "shs.": "Sh", "p": "P",
                "fr": "fr", "francs": "fr",   # "40 fr.": France's, Belgium's, Switzerland's or Luxembourg's
                "kr": "kr", "kr.": "kr", ":-": "kr"}
_WORD_HINTS = ("pounds", "Pounds", "Rs", "RM", "DM", "EUR", "euro", "Euro", "\u20ac", "SFr", "CHF", "Ksh", "KSh",
               "\u00a2", "\u20b5", "cents", "Tk", "Ush", "USh", "Tsh", "TSh", "Bt", "Rp", "Dh", "baht", "dirham",
               "kr", "Kr", "K\u010d", "z\u0142", ":-", "\u0192", "L.", "ire", "tas", "pesetas", "fr.", "francs",
               "\u00f6S",
               "FF", "FB", "BF", "Gld", "Dfl",
               *ISO_CODES)
# One scan for all of them: 22 substring tests over a long article cost twice as much. The marks of a
# letter or two ("R280", "N3,500", "Sh850", "Fr. 32.\u2013") are looked for only with the amount after them.
# WORD_PRICE.search(text) is None whenever this is: tests/parse/test_item_starts.py holds them so.
_WORD_HINT = re.compile("|".join(map(re.escape, _WORD_HINTS))
                        + r"|[(,.;:)\u2014\u2013]\s?(?:R ?\d|N\d|Shs?\.? ?\d|Fr\. ?\d|P\d)"
                        r"|[\d\u2013-] ?\$|\d ?F(?!\w)|(?<!\w)(?:H?fl\.?|f) ?\d{1,3}(?:\.\d{3})*,[-\u2013\d]"
                        r"|(?:^|\n|retails at |retails for )(?:R ?\d|N\d|Shs?\.? ?\d|P\d)")


def _amount(printed: str) -> Decimal:
    """'38,90' -> 38.90, '1.250' -> 1250, '1,250.50' -> 1250.50: the last separator before one
    or two digits is the decimal mark; '24,\u2013' -> 24."""
    if printed[-1] in "-\u2013":
        printed = printed.rstrip("-\u2013")[:-1]
    whole, sep, cents = printed.rpartition(printed[-3] if len(printed) > 3 and printed[-3] in ".," else
                                           printed[-2] if len(printed) > 2 and printed[-2] in ".," else "\0")
    if not sep:
        return Decimal(printed.replace(",", "").replace(".", ""))
    return Decimal(f"{whole.replace(',', '').replace('.', '')}.{cents}")


_CLAUSE_BEFORE = re.compile(r"(?:^|[,;(]\s*)$")


def find_word_prices(text: str) -> list[FoundPrice]:
    found = []
    for m in finditer_from(WORD_PRICE, text, _starts(_WORD_PRICE_FIRST, text)):
        if m.group("cents"):
            pre = _BINDING_BEFORE.search(text, max(0, m.start() - 20), m.start())
            found.append(_with_binding(text, m, pre, Decimal(m.group("cents")).scaleb(-2), "USD"))
            continue
        if (m.group("post") in ("Euro", "Euros") or m.group("pre") in ("euro", "Euro")) \
                and not _CLAUSE_BEFORE.search(text, 0, m.start()):
            continue   # "seien für 25 Euro verkauft", "at Euro 2016": a sentence's; "320 S., 24 Euro" an imprint's
        mark = next(m.group(g) for g in ("pre", "post", "rand", "naira", "sh", "peso", "franc", "after_franc")
                    if m.group(g)).lower()
        mark = "ff" if mark == "f" and m.group("after_franc") else mark   # "98 F.": a franc, not the guilder's "f"
        amount = next(m.group(g) for g in ("amt", "amt2", "amt3", "amt4", "amt5", "amt6") if m.group(g))
        found.append(FoundPrice(Span(m.start(), m.end()), _amount(amount), WORD_CURRENCIES[mark], None,
                                bare_dollar=mark == "$", bare_pound=mark == "pounds",
                                shared_mark=SHARED_MARKS.get(mark)))
    return found


def _currency(mark: str, country: str | None = None) -> str:
    if country and mark == "$":
        return COUNTRY_AFTER[country.lower()]
    mark = mark.replace(" ", "")
    return CURRENCIES.get(mark, CURRENCIES.get(mark.upper(), "USD"))


def _decimal(amount: str) -> Decimal:
    """'1,250.50' -> 1250.50; '24,95' and '24\u00b795' -> 24.95 (see _AMOUNT)."""
    if "\u00b7" in amount:
        return Decimal(amount.replace("\u00b7", "."))
    whole, comma, cents = amount.rpartition(",")
    if comma and len(cents) == 2:
        return Decimal(f"{whole}.{cents}")
    return Decimal(amount.replace(",", ""))


# "To order a copy for £14.99 (free UK p&p) go to ...", "To order this book for £16.99 + £1.35
# p&p call ..." — a bookshop's offer after the notes (British papers): its prices are no list price;
# so after a comma: "RRP £21.00, buy the book for £17.85 at books.telegraph.co.uk" (the Telegraph).
_RETAIL_OFFER = re.compile(r"(?i)(?:^|[.!?),;]\s+)(?:to )?(?:order|buy)\b(?:(?![.!?]\s).)*$")


# "Tablet bookshop price £18", "Church Times Bookshop £18", "Telegraph offer £16.99", "(Oldie
# price £17)": a paper's own shop or offer names its price just before it. A list price's own
# word stays one ("List price $30", "Guideline Price: £20", "RRP £20"). "Tickets £25", "Admission
# $5", "Tickets £25–£65": an event's prices, in a listing or under a review of a play or a concert.
_SHOP_OFFER = re.compile(r"(?:\b(?i:tickets|admission)(?: (?i:from|are|cost))?:?"
                         r"|\b(?i:bookshop|book shop|bookstore|offer)(?: (?i:price))?(?: is)?(?: for| of| at)?"
                         r"|\b(?!(?:List|Cover|Retail|Recommended|Guideline|Published|Full|Original|Normal|Regular"
                         r"|Suggested|Publisher)\b)[A-Z][a-z]+ price)(?:,?\s*\D?\d[\d.,]*\s?[\u2013-])?,?\s*$")


# "To order a copy for £12.99 (RRP £14.99) go to ..." (the Guardian): the list price, named inside the offer.
_LIST_PRICE_LABEL = re.compile(r"\bRRP:? ?$")


def _retail_offer(text: str, start: int) -> bool:
    if "RRP" in text and _LIST_PRICE_LABEL.search(text, max(0, start - 5), start) is not None:
        return False
    if "vailable" in text and _AVAILABLE_FOR.search(text, max(0, start - 120), start) is not None:
        # "(Penguin, 2013) is available at the Water Street Bookshop for G$4,000": where the book
        # is sold, at its price; after a price of the notes' own, the shop's is an offer
        return _CURRENCY_CHARS.search(text, 0, start) is not None
    if ("rder" in text or "uy" in text) and _RETAIL_OFFER.search(text[max(0, start - 120):start]) is not None:
        return True
    shop = "hop" in text or "ffer" in text or "price" in text or "ickets" in text or "dmission" in text
    return shop and _SHOP_OFFER.search(text, max(0, start - 40), start) is not None


_AVAILABLE_FOR = re.compile(r"\bavailable (?:at|from|in) [^.;()]{2,100}? (?:for|at) $")


_SUM_OF_MONEY = re.compile(r" ?(?:[mb]illion|trillion|bn|mn|m)\b", re.IGNORECASE)


def find_prices(text: str) -> list[FoundPrice]:
    found = _every_price(text)
    if not _CURRENCY_CHARS.search(text):
        return [p for p in found if not _bracketed_shop_price(text, p, found)]
    return [p for p in found if not _retail_offer(text, p.span.start) and not _bracketed_shop_price(text, p, found)]


# "Price: KSh 1,500 (KSh 1,275 at Bookstop, Yaya Centre, until month-end)": a second price in
# brackets, a shop named after it, is the shop's offer, never the list price
_AT_A_SHOP = re.compile(r" at (?:the )?[A-Z][\w'\u2019&.-]*")


def _bracketed_shop_price(text: str, price: FoundPrice, found: list[FoundPrice]) -> bool:
    return text[max(0, price.span.start - 1):price.span.start] == "(" and price is not found[0] \
        and _AT_A_SHOP.match(text, price.span.end) is not None


def shop_offers(text: str) -> list[FoundPrice]:
    """The prices a shop or a paper offers the book at ("The Week Bookshop £19.99", "buy the book
    for £17.85"): no list price, so find_prices leaves them out."""
    if not _CURRENCY_CHARS.search(text):
        return []
    found = _every_price(text)
    return [p for p in found if _retail_offer(text, p.span.start) or _bracketed_shop_price(text, p, found)]


def _every_price(text: str) -> list[FoundPrice]:
    old = find_predecimal(text) if may_be_predecimal(text) else []
    if "p" in text:
        old = sorted(old + find_pence(text), key=lambda p: p.span.start)
    if _WORD_HINT.search(text):
        words = [w for w in find_word_prices(text) if not any(p.span.start < w.span.end and w.span.start < p.span.end
                                                               for p in old)]
        old = sorted(old + words, key=lambda p: p.span.start)
    if not _CURRENCY_CHARS.search(text):
        return old
    found, last_end = [], 0
    for m in finditer_from(PRICE, text, _price_starts(text)):
        start = m.start()
        if any(p.span.start <= start < p.span.end for p in old):
            continue   # the "£1" of "£1 5s."
        if _SUM_OF_MONEY.match(text, m.end()) is not None:
            continue   # "$4.2 billion in revenue", "£25m": a business's money, no book's price
        # a binding already read after the previous price ("$45 cloth, $19.95") is not this one's
        pre = _BINDING_BEFORE.search(text, max(last_end, start - 20), start)
        binding = (pre.group("pre") if pre else None) or m.group("post")
        if pre:
            start = pre.start()
        last_end = m.end()
        found.append(FoundPrice(
            Span(start, m.end()),
            _decimal(m.group("amt")),
            _currency(m.group("cur"), m.group("sign_country") or m.group("country")),
            BINDINGS.get(binding.lower()) if binding else None,
            bare_dollar=m.group("cur") in BARE_DOLLAR_MARKS and not (m.group("sign_country") or m.group("country")),
            bare_pound=m.group("cur") == "\u00a3" and not m.group("sterling"),
        ))
    return sorted(found + old, key=lambda p: p.span.start)


def find_pages(text: str) -> list[tuple[Span, int]]:
    found = []
    for m in finditer_from(PAGES, text, _starts(_PAGES_FIRST, text)):
        roman = _ROMAN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        count = m.group("n") or m.group("n2")
        found.append((Span(roman.start() if roman else m.start(), m.end()), int(count.replace(",", ""))))
    return found


def find_isbns(text: str) -> list[FoundIsbn]:
    found = []
    for m in finditer_from(ISBN, text, _starts(_ISBN_FIRST, text)):
        printed = (m.group("tagged") or m.group("bare") or m.group("paren") or m.group("clause")).strip()
        isbn13 = isbn13_of(printed)
        end = m.end()
        if isbn13 is None and not m.group("tagged"):
            continue   # an untagged number that fails the check digit is no ISBN claim
        if isbn13 is None and (shorter := _isbn_before_a_number(printed)) is not None:
            # "ISBN 0 571 22538 1 320 pp.": a spaced ISBN, then the page count's number
            (printed, isbn13), end = shorter, m.start("tagged") + len(shorter[0])
        found.append(FoundIsbn(Span(m.start(), end), printed, isbn13))
    return found


def isbn_digits(printed: str) -> str:
    """'0-8050-6890-x' -> '080506890X': an ISBN's digits and check character, as printed."""
    return re.sub(r"[^0-9X]", "", printed.upper())


def isbn13_of(printed: str) -> str | None:
    """A printed ISBN-10 or ISBN-13 as ISBN-13, or None when its check digit fails."""
    import isbnlib  # here, not at the top: its import costs 20 ms, and most documents print no ISBN
    digits = isbn_digits(printed)
    return isbnlib.to_isbn13(digits) if isbnlib.is_isbn13(digits) or isbnlib.is_isbn10(digits) else None


def _isbn_before_a_number(printed: str) -> tuple[str, str] | None:
    """The longest run of a tagged number's first space-parted groups that is a valid ISBN,
    with its ISBN-13, when the whole run is not one; None if no such run."""
    for cut in (m.start() for m in reversed(list(re.finditer(" ", printed)))):
        head = printed[:cut].rstrip(" -")
        if (isbn13 := isbn13_of(head)) is not None:
            return head, isbn13
    return None


_ILLUSTRATED_HINT = re.compile(r"(?i)illus|photo|map| ill|images|plate|pls\.|diagrams|drawings|paintings|fig|abb\."
                               r"| pl\.|Taf\.|cartes|Karten"
                               r"|l\u00e1minas|ilustraciones|grabados|tavole|illustrazioni|planches|Tafeln"
                               r"|front|portrait")
# The illustrations described after the page count, between commas: "Pp. 285, illustrated.",
# "222 pp., illustrated)", "268pp, images.", "288pp, 2,300 color diagrams, paintings & maps",
# "352 pages, with colour plate section and in-text black and white illustrations", "Pp. x, 320;
# 12 black-and-white figures", German "320 S., 12 Abb." (Abbildungen).
# Libraries' and European journals' abbreviations too: "320 pp., ill.", "ills.", "45 illus", "24 col.
# pls.", "16 pages of plates", "fully illustrated" (in small letters: "Chicago, Ill.:" is the state).
# "412 S. m. 6 Abb." (German: mit)
_ILLUSTRATION = (r"(?:m\. )?(?:\d{1,3}(?:,\d{3})* )?"   # "2,300 color diagrams", never the count's "340, illus."
                 r"(?:(?:colou?r|col\.|black[- ]and[- ]white|b&w|b/w|full[- ]colou?r|in-text|halftone|line|plate) )*"
                 r"(?:fully illustrated|illustrated throughout|illustrated|illus\.|illus(?![\w.])"
                 r"|ills?\.|(?<=\d S\., )Ill\."   # "298 S., Ill." (German journals), never "Chicago, Ill."
                 r"|illustrations|photographs|photos|plates|pls\.|pages of plates|plate section|maps"
                 r"|cartes|Karten|(?<=\d )(?-i:pl|Taf)\."   # "268 p., 12 pl.", "216 S., 8 Taf.": plates
                 # "404 p\u00e1gs., con l\u00e1minas", "300 p., avec planches", "320 S., mit Tafeln"
                 r"|(?:con |avec |mit )(?:\d{1,3} )?(?:l\u00e1minas|ilustraciones|grabados|tavole|illustrazioni"
                 r"|planches|figures|illustrations|cartes|Abbildungen|Tafeln|Karten)"
                 r"|(?-i:s/w-Abb|Farbabb)\."   # "12 s/w-Abb." (schwarz-weiß), "14 Farbabb.": black-and-white, colour
                 r"|diagrams|images|drawings|paintings|figures|figs?\.|(?-i:Abb)\.|frontispiece|front\.)")
# After the page count's comma or semicolon, the ISBD's colon ("320 p. : ill. ; 24 cm", French
# spacing repaired or not), or "with" right after its stop ("320 pp. with 40 plates").
_DESCRIBED = re.compile(rf"(?:(?<=[,;/]\s)(?:with )?|(?<=\d p\. : )|(?<=\d p\.: )|(?<=pp\.\s)with "
                        r"|(?<=\d S\. )(?=m\. ))"
                        rf"{_ILLUSTRATION}"
                        rf"(?:(?:, | & |,? and ){_ILLUSTRATION})*"
                        r"(?:(?<=\.)|(?=\s*(?:[.;,()]|$)))")   # closed by its abbreviation's stop, or a clause's end


# "Peta Gallagher. Ill. Ben Kirrawee." (picture books' notes): the abbreviation credits the artist
# whose whole name follows (tables.ROLE_PHRASES reads the role), where "Illus. 2012. 32p." marks pictures.
_NAME_AFTER = re.compile(rf"\.? (?={ARTIST_NAME})(?P<given>[A-Z][a-z]+)")


def _crediting_an_artist(text: str, m: re.Match[str]) -> bool:
    if m.group(0) not in ("Ill", "Illus", "Illus."):
        return False
    from catalog.parse.names import is_given_name  # here: names reads these tables too
    name = _NAME_AFTER.match(text, m.end())
    return name is not None and is_given_name(name.group("given"))


# "Massey University Press, $60, hardback, colour photographs": the binding right before the
# pictures, the count left out
_BOUND = re.compile(r"\b(?i:hardback|paperback|hardcover|softcover|hbk|pbk), $")


def find_illustrated(text: str) -> list[Span]:
    if not _ILLUSTRATED_HINT.search(text):
        return []
    found = [Span(m.start(), m.end()) for m in ILLUSTRATED.finditer(text) if not _crediting_an_artist(text, m)]
    # ISBD's "p. : ill." comes with its "; 24 cm"; "412 S. m. 6 Abb.": German's "mit"
    if ", " in text or "; " in text or "pp. with " in text or "S. m. " in text:
        found += [Span(m.start(), m.end()) for m in _DESCRIBED.finditer(text)
                  if (PAGES.search(text, max(0, m.start() - 40), m.start())
                      or _BOUND.search(text, max(0, m.start() - 12), m.start()))
                  and not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found, key=lambda span: span.start)
