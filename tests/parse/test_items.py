from decimal import Decimal

import pytest

from catalog.parse.items import find_illustrated, find_isbns, find_pages, find_prices


def test_prices_with_bindings_on_either_side():
    found = find_prices("Cloth, $40; paper, $18. Also $9.80 paper and £12.99 and $65 (cloth)")
    assert [(p.amount, p.currency, p.binding) for p in found] == [
        (Decimal("40"), "USD", "cloth"), (Decimal("18"), "USD", "paper"),
        (Decimal("9.80"), "USD", "paper"), (Decimal("12.99"), "GBP", None),
        (Decimal("65"), "USD", "cloth")]


def test_page_counts_in_every_form():
    assert [n for _, n in find_pages("368 pages. xii + 370 pp. $28 (336p) 1,024 pages")] == [368, 370, 336, 1024]



def test_front_matter_after_the_count_is_the_counts():
    # "320 + xii pp.", "Pp. 320 + xii": the span takes the front matter, so no clause is left of it
    text = "Harbor House, 2019. 320 + xii pp. Pp. 320 + xii. Pp. 299 + 26 ill. Pp. 299 + ill."
    found = find_pages(text)
    assert [(text[s.start:s.end], n) for s, n in found] == [
        ("320 + xii pp.", 320), ("Pp. 320 + xii", 320), ("Pp. 299", 299), ("Pp. 299", 299)]

def test_a_pp_that_a_count_follows_is_that_counts():
    # a line's year before the next line's "Pp. xxxvii, 246" is no page count
    assert [n for _, n in find_pages("Princeton: Harbor House, 2002\nPp. xxxvii, 246.")] == [246]
    assert [n for _, n in find_pages("Harbor House, 2002 pp. 246")] == [246]
    # an ISBN or a date after the pages leaves them theirs
    assert [n for _, n in find_pages("370 pp. 0 19 820539 X")] == [370]
    assert [n for _, n in find_pages("368 pp. 978-0-19-820539-1")] == [368]
    assert [n for _, n in find_pages("40 pp. 1/19")] == [40]
    assert [n for _, n in find_pages("Granta 336pp 14.99 [pounds sterling]")] == [336]


def test_a_country_before_its_dollar_with_a_space_and_a_capitalized_euro():
    found = find_prices("\u00a325 (US $35). Harbor House, NZ $40; AU $38; CAN $41; 24 Euro")
    assert [(p.amount, p.currency) for p in found] == [
        (Decimal("25"), "GBP"), (Decimal("35"), "USD"), (Decimal("40"), "NZD"), (Decimal("38"), "AUD"),
        (Decimal("41"), "CAD"), (Decimal("24"), "EUR")]


def test_isbns_are_checked_and_made_isbn13():
    found = find_isbns("ISBN 978-1-62779-145-8 ISBN 0-306-40615-2 ISBN 978-1-62779-145-9")
    assert [i.isbn13 for i in found] == ["9781627791458", "9780306406157", None]


def test_a_tagged_isbn_ends_where_a_word_starts():
    # "ISBN: 978-0-306-40615-7 320pp.": the ISBN and a page count, not one number that fails its check
    found = find_isbns("ISBN: 978-0-306-40615-7 320pp. Rs995")
    assert [(i.isbn13, i.span.end) for i in found] == [("9780306406157", 23)]
    assert [count for _, count in find_pages("ISBN: 978-0-306-40615-7 320pp. Rs995")] == [320]
    # a wrong check digit too: the ISBN as printed, not run on into the page count
    found = find_isbns("ISBN: 978-0-306-40615-8 320pp. Rs995")
    assert [(i.printed, i.isbn13, i.span.end) for i in found] == [("978-0-306-40615-8", None, 23)]


def test_a_spaced_tagged_isbn_ends_before_the_number_after_it():
    # "ISBN 0 306 40615 2 320 pp.": the groups that make a valid ISBN, then the page count;
    # a spaced number that no run of its groups makes valid is reported whole, as printed
    text = "Harbor House, ISBN 0 306 40615 2 320 pp, $25"
    assert [(i.printed, i.isbn13, text[i.span.start:i.span.end]) for i in find_isbns(text)] == [
        ("0 306 40615 2", "9780306406157", "ISBN 0 306 40615 2")]
    assert [count for _, count in find_pages(text)] == [320]
    assert [(i.printed, i.isbn13) for i in find_isbns("ISBN 0 306 40615 3 320 pp")] == [("0 306 40615 3 320", None)]


def test_illustrated_mark_but_not_an_illustrator():
    assert find_illustrated("By Robert Whymant Illustrated. 368 pages.")
    assert find_illustrated("Illus. 200 pages.")
    assert not find_illustrated("Elisa Downing, illus. by Isadora Machado.")
    assert not find_illustrated("The Illustrated Man, by Ray Bradbury")


def test_an_isbn_labelled_isbn13_without_a_hyphen():
    found = find_isbns("ISBN13: 9780306406157; ISBN 13: 9781627791458")
    assert [i.isbn13 for i in found] == ["9780306406157", "9781627791458"]
    assert [i.span.start for i in found] == [0, 23]   # the label is part of the item, not left to the imprint


def test_an_unlabelled_isbn_standing_as_an_imprint_item():
    # British spacing after a price, and a closed-up ISBN-10 after a price in parentheses
    assert [i.isbn13 for i in find_isbns("OUP. £25. 0 306 40615 2.")] == ["9780306406157"]
    assert [i.isbn13 for i in find_isbns("(Morrow, $26, 0306406152)")] == ["9780306406157"]


def test_an_unlabelled_number_is_no_isbn_unless_its_check_digit_holds_and_it_stands_alone():
    assert find_isbns("(Morrow, $26, 0306406153)") == []        # the check digit fails
    assert find_isbns("1999. 0 306 40615 2 3") == []            # runs on into another number
    assert find_isbns("code 0306406152") == []                  # not an item of its own


def test_a_comma_before_two_digits_is_a_decimal_mark():
    found = find_prices("€ 24,95; $1,250; £12,99 (pb); $1,250.50")
    assert [(str(p.amount), p.currency) for p in found] == [
        ("24.95", "EUR"), ("1250", "USD"), ("12.99", "GBP"), ("1250.50", "USD")]


def test_a_bookshops_offer_after_the_notes_is_no_price_of_the_book():
    text = "(Faber, \u00a316.99). To order a copy for \u00a314.99 (free UK p&p) go to the shop."
    assert [str(p.amount) for p in find_prices(text)] == ["16.99"]
    text = "Faber at \u00a316.99. To order this book for \u00a316.99 + \u00a31.35 p&p call 0844 871 1515"
    assert [p.span.start for p in find_prices(text)] == [9]
    assert [str(p.amount) for p in find_prices("Cloth, $40; paper, $18. Buy now.")] == ["40", "18"]


def test_an_iso_currency_code_before_or_after_the_amount():
    # journals and shops print ISO 4217 codes: "GBP 20.00", "USD 45; GBP 30", "29,95 SEK"
    found = find_prices("Tauris, 2019. 268pp. GBP 20.00. Press, USD 45; CAD 30. 29,95 SEK")
    assert [(str(p.amount), p.currency) for p in found] == [
        ("20.00", "GBP"), ("45", "USD"), ("30", "CAD"), ("29.95", "SEK")]
    assert find_prices("GBPX 20, the 1,000 NZDF soldiers, USD rates") == []


def test_the_word_euro_before_the_amount_where_a_clause_starts():
    found = find_prices("(Feltrinelli, Euro 18,50); Milano 2019, pp. 320, euro 18.")
    assert [(str(p.amount), p.currency) for p in found] == [("18.50", "EUR"), ("18", "EUR")]
    assert find_prices("we went to Euro 2016 and the euro 20 campaign") == []


def test_the_dollars_of_hong_kong_singapore_and_taiwan_and_the_real():
    found = find_prices("(Harbor House, HK$150) S$25.90; SG$30, NT$380, R$ 45,90 and HK $99")
    assert [(str(p.amount), p.currency, p.bare_dollar) for p in found] == [
        ("150", "HKD", False), ("25.90", "SGD", False), ("30", "SGD", False), ("380", "TWD", False),
        ("45.90", "BRL", False), ("99", "HKD", False)]
    # a word's last letter, or an "s" after an apostrophe, before a bare dollar is no country's mark
    assert [(p.currency, p.bare_dollar) for p in find_prices("Doe's$30, WORDS$40, hk$5")] == [
        ("USD", True), ("USD", True), ("USD", True)]


def test_the_rand_where_an_imprint_item_may_stand():
    # South African papers: "(Jacana, R280)"; an R inside a word or after no mark is no price
    assert [(p.amount, p.currency) for p in find_prices("(Harbor House, R280)")] == [(Decimal("280"), "ZAR")]
    # "(Jacana) R 320", "(Jacana, R 320)": the Cape Times and the Star print a space after the R
    assert [(p.amount, p.currency) for p in find_prices("(Harbor House) R 320")] == [(Decimal("320"), "ZAR")]
    assert [(p.amount, p.currency) for p in find_prices("(Harbor House, R 320)")] == [(Decimal("320"), "ZAR")]
    assert find_prices("the road they call R 62, and the R 2 million") == []
    assert [(p.amount, p.currency) for p in find_prices("Harbor House (R249.95)")] == [(Decimal("249.95"), "ZAR")]
    assert find_prices("the airport, Route R62 and the R2") == []
    # a list's fields parted by dashes: "The Quiet Harbor — Jane Doe — Harbor House — R250" (the Witness)
    for dash in ("\u2014", "\u2013"):
        assert [(p.amount, p.currency) for p in find_prices(f"Jane Doe {dash} Harbor House {dash} R250")] == [
            (Decimal("250"), "ZAR")]
    # "R 4-7 yrs" under a children's review: its rating (Recommended) and ages, no rand
    assert find_prices("ISBN 978-0-8234-3561-6 $16.95\nR 4-7 yrs") == find_prices("ISBN 978-0-8234-3561-6 $16.95")
    # stacked notes print the price on a line of its own: "Umuzi" / "R350" (the Sunday Times,
    # Johannesburg), "Cassava Republic" / "N5,000", "EAEP" / "Sh850"
    for line, amount, currency in (("R350", "350", "ZAR"), ("N5,000", "5000", "NGN"), ("Sh850", "850", "KES"),
                                   ("Shs25,000", "25000", "KES")):
        assert [(str(p.amount), p.currency) for p in find_prices(f"Umuzi\n{line}")] == [(amount, currency)]
        assert [(str(p.amount), p.currency) for p in find_prices(line)] == [(amount, currency)]


def test_a_papers_own_shop_or_offer_price_is_no_list_price():
    for text in ("Faber, 320pp, \u00a320\nTablet bookshop price \u00a318",
                 "Faber \u00a320\nChurch Times Bookshop \u00a318",
                 "Faber, \u00a320\nTelegraph offer \u00a316.99 (0844 871 1514)",
                 "Faber 320pp \u00a320 (Oldie price \u00a317)",
                 "(Faber, \u00a320). Available from the Telegraph Bookshop for \u00a316.99"):
        assert [str(p.amount) for p in find_prices(text)] == ["20"], text
    # a list price's own words keep it
    for text in ("List price \u00a320", "Guideline Price: \u00a320", "Cover price \u00a320", "RRP \u00a320",
                 "Price: \u00a320", "Recommended price \u00a320"):
        assert [str(p.amount) for p in find_prices(text)] == ["20"], text


def test_a_dollars_country_before_or_after_it():
    # US trade notes print the Canadian price beside the US one; Australian papers "$US28"
    text = "$28 (Canada $37), $24.95 (Can. $34.95), $24.95/$34.95 Can., $24.95 US, $30 CAN, $US28, $A30, $NZ40"
    found = find_prices(text)
    assert [(p.amount, p.currency, p.bare_dollar) for p in found] == [
        (Decimal("28"), "USD", True), (Decimal("37"), "CAD", False), (Decimal("24.95"), "USD", True),
        (Decimal("34.95"), "CAD", False), (Decimal("24.95"), "USD", True), (Decimal("34.95"), "CAD", False),
        (Decimal("24.95"), "USD", False), (Decimal("30"), "CAD", False), (Decimal("28"), "USD", False),
        (Decimal("30"), "AUD", False), (Decimal("40"), "NZD", False)]
    assert [text[p.span.start:p.span.end] for p in found][:2] == ["$28", "Canada $37"]
    # a word after the amount that only starts like a country is no country
    assert [(p.currency, p.bare_dollar) for p in find_prices("$30 Canadian edition, $30 USA")] == [
        ("USD", True), ("USD", True)]


def test_commonwealth_currencies_by_sign_and_code():
    found = find_prices("\u20a63,500; \u20b1450; Ksh 1,200; KShs. 950; SGD 26.90; HKD 250; MYR 59.90; PHP 450; "
                        "NGN 3,500; KES 1,200")
    assert [(p.amount, p.currency) for p in found] == [
        (Decimal("3500"), "NGN"), (Decimal("450"), "PHP"), (Decimal("1200"), "KES"), (Decimal("950"), "KES"),
        (Decimal("26.90"), "SGD"), (Decimal("250"), "HKD"), (Decimal("59.90"), "MYR"), (Decimal("450"), "PHP"),
        (Decimal("3500"), "NGN"), (Decimal("1200"), "KES")]


@pytest.mark.parametrize("printed", ["pp. XII-326", "pp. xii\u2013326", "pp. XII, 326", "pp. xii + 326"])
def test_the_front_matter_counted_before_the_pages(printed):
    # "pp. XII-326" (Italian journals), "pp. xii + 326": the arabic count is the page count
    assert [n for _, n in find_pages(f"Roma, Viella, 2004, {printed}.")] == [326]
    # a count's own number after a hyphen is no front matter
    assert [n for _, n in find_pages("Roma, Viella, 2004, pp. 12-326.")] != [326]


def test_illustrations_described_after_the_count():
    # academic and British notes describe the illustrations after the page count, between commas
    for text in ("Cambridge: Harbor House 1999. Pp. 285, illustrated. $54.95",
                 "(Harbor House: $11.95; 222 pp., illustrated)", "268pp, images. ISBN: 978-0-306-40615-7",
                 "288pp, 2,300 color diagrams, paintings & maps, hardback.",
                 "352 pages, with colour plate section and in-text black and white illustrations, 234x156mm",
                 "320 pp., 150 colour illustrations. \u00a340.", "Pp. x, 320; 12 black-and-white figures. $149.",
                 "xii + 320 pp., 24 figs. $35.", "320 S., 12 Abb., 24,90 \u20ac."):
        found = find_illustrated(text)
        assert len(found) == 1, text
        described = text[found[0].start:found[0].end]
        assert described.split()[-1].strip(".,") in (
            "illustrated", "images", "maps", "illustrations", "figures", "figs", "Abb"), text
    # with no page count before it, a title's words are no description; nor "drawings by" a credit
    assert find_illustrated("The Quiet Harbor, drawings and paintings. Knopf. 320 pp.") == []
    assert find_illustrated("320 pp., drawings by John Roe. Knopf.") == []


@pytest.mark.parametrize("text", [
    "London: Harbor House, 2019. 320 pp., ill. \u00a325.", "Paris, Harbor, 2019, 320 p., ill., 25 \u20ac.",
    "London: Harbor House, 2019. 320 pp. ill. \u00a325.", "Harbor House, 2019. 320 pp., ills. \u00a325.",
    "Harbor House, 2019. 320 pages, illus, $25.", "Harbor House. 320 pp., 24 col. pls. \u00a325.",
    "Harbor House. 320 pp., fully illustrated. \u00a325.", "Illustrated throughout. 320 pp. \u00a325.",
    "Harbor House. 320 pp. with 40 colour plates. \u00a325."])
def test_libraries_and_journals_abbreviated_illustrations(text):
    """"ill.", "ills.", "illus", "col. pls.": the abbreviations of library records and European
    journals; "fully illustrated", "with 40 plates" after the count's stop."""
    found = find_illustrated(text)
    assert len(found) == 1, text
    assert text[found[0].start:found[0].end].split()[-1].strip(".,") in (
        "ill", "ills", "illus", "pls", "illustrated", "throughout", "plates"), text


@pytest.mark.parametrize("text", [
    "London: Methuen. Pp. 312. 15s. net. With 24 illustrations.",
    "By Cecil Harwood. With 32 Illustrations and a Map. (Murray; 15s.)",
    "Woodbridge: Boydell Press, 2018. [xiv, 302 p. $99.] Illustrations, music examples, index.",
    "Halifax: Nimbus, 2015. (x, 238 p. $24.95.) Photographs, bibliography, index.",
    "By Jane Doe. With portraits. (Harbor House. 10s. 6d. net.)", "By Jane Doe. With a portrait. 320 pp."])
def test_illustrations_in_a_sentence_of_their_own_or_after_a_citations_bracket(text):
    found = find_illustrated(text)
    assert len(found) == 1, text
    assert text[found[0].start:found[0].end].split()[-1].lower() in (
        "illustrations", "map", "photographs", "portraits", "portrait"), text


@pytest.mark.parametrize("text", [
    "Vancouver: Harbor Press, 1998. Pp. xii, 340, illus. $75.00 cloth.",   # no count of illustrations
    "Pp. xii + 168; 24 plates (Harbor House, London, 1971, \u00a34.25.)",   # the imprint's bracket after
])
def test_illustrations_after_the_count_and_its_comma_or_before_the_imprints_bracket(text):
    found = find_illustrated(text)
    assert len(found) == 1 and text[found[0].start:found[0].end] in ("illus.", "24 plates"), text
    assert [n for _, n in find_pages(text)] == [340 if "340" in text else 168]


@pytest.mark.parametrize("text, described", [
    ("Pp. xx + 159 + 16 plates. (London: Harbor Press, 1907.) 16s. net.", "+ 16 plates"),   # Nature
    ("Pp. xxvi + 416 incl. 8 figs and 2 tables. Leiden: Brill, 1998.", "incl. 8 figs and 2 tables"),   # the JEH
    ("Oxford, 2011. 336p illus bibl index afp ISBN 9780306406157, $43.95.", "illus"),   # Choice's card
    ("Harbor House, 2011. 336p illus.", "illus"),
    ("By Jane Doe. Two volumes. 59 plates. Harbor House. 3 gns.", "59 plates"),   # a count of plates, a sentence
    ("London: Harbor House. 1954. x + 193 pp., frontispiece. 63s.", "frontispiece"),   # the 1950s' British journals
    ("Harbor House, 1954. 193 pp., front. 63s.", "front."),
    ("Pp. ix + 296 incl. 1 map. London: Harbor House, 2015.", "incl. 1 map"),
    ("Pp. xvii + 234 incl. 24 colour and black-and-white ills. London: Harbor House, 2023.",
     "incl. 24 colour and black-and-white ills"),
])
def test_illustrations_counted_after_the_count_or_on_a_card(text, described):
    assert [text[s.start:s.end] for s in find_illustrated(text)] == [described]


@pytest.mark.parametrize("text", ["By Jane Doe. 336p illustrated by John Roe.", "Harbor House. 336p illus by John Roe.",
                                  "Harbor House. 336p illusions.", "By Jane Doe. The 59 Plates. Harbor House.",
                                  "Knopf, front page news. 320 pp."])
def test_an_illustrator_or_a_word_after_a_cards_count_is_no_illustrations_mark(text):
    assert find_illustrated(text) == []


def test_the_abbreviated_state_or_an_illustrator_is_no_illustrations_mark():
    # "Chicago, Ill.:" is Illinois; "Ill. by" credits an illustrator
    assert find_illustrated("(Chicago, Ill.: University of Chicago Press, 2005. Pp. x, 334. $24.00.)") == []
    assert find_illustrated("320 pp., Chicago, Ill.: Harbor House. $9.95.") == []
    assert find_illustrated("The Witches. By Roald Dahl. Ill. by Quentin Blake. 202 pp.") == []


def test_decimal_pence_beside_another_count_or_after_a_binding():
    assert [(p.amount, p.currency, p.binding) for p in find_prices("(Penguin, 95p, 320pp)")] == [
        (Decimal("0.95"), "GBP", None)]
    assert [(p.amount, p.binding) for p in find_prices("(Faber, \u00a32.95; paperback 95p)")] == [
        (Decimal("2.95"), None), (Decimal("0.95"), "paper")]
    assert [p.amount for p in find_prices("Penguin. 320pp. 75p.")] == [Decimal("0.75")]
    assert [n for _, n in find_pages("Penguin. 320pp. 75p.")] == [320, 75]   # find_items keeps the price's
    # a count printed "Np" is the text's page count: Publishers Weekly, School Library Journal
    for text in ("(336p)", "Knopf. 32p. $16.99.", "(Walker, 32p. \u00a35.99)", "(Walker, 32p, 48p.)",
                 "(Harbor House, 320pp, with 16p of plates)"):
        assert [p for p in find_prices(text) if p.currency == "GBP" and p.amount < 1] == [], text
    # after a binding, in notes priced in dollars alone, "40p." counts pages (Shelf Awareness)
    text = "(Candlewick, $17.99 hardcover, 40p., ages 3-7, 9781536219371)"
    assert [(p.amount, p.currency) for p in find_prices(text)] == [(Decimal("17.99"), "USD")]
    assert [(p.amount, p.currency) for p in find_prices(text.replace("$", "\u00a3"))] == [
        (Decimal("17.99"), "GBP"), (Decimal("0.40"), "GBP")]


def test_us_cents_where_an_imprint_item_may_stand():
    text = "New York: Bantam Books. Paper, 50 cents. Pocket Books. 35\u00a2. (Signet, 95\u00a2) $2.50; paper, 95 cents."
    assert [(p.amount, p.currency, p.binding) for p in find_prices(text)] == [
        (Decimal("0.50"), "USD", "paper"), (Decimal("0.35"), "USD", None), (Decimal("0.95"), "USD", None),
        (Decimal("2.50"), "USD", None), (Decimal("0.95"), "USD", "paper")]
    # a sentence's cents are no price
    assert find_prices("It sold for 50 cents a copy, and a 35\u00a2 stamp") == []


def test_naira_shillings_cedis_and_dashed_euros_and_francs():
    text = ("(Cassava, N3,500) (EAEP, Sh850) (EAEP, Sh 1,200) (EAEP, KSh 1,200) (Sub-Saharan, GH\u00a2120) "
            "320 S., 24,\u2013 \u20ac. 320 S., 24,- Euro. Diogenes, Fr. 32.\u2013. (Fountain, Shs25,000; Shs. 9,000)")
    assert [(p.amount, p.currency, p.shared_mark) for p in find_prices(text)] == [
        (Decimal("3500"), "NGN", None), (Decimal("850"), "KES", "Sh"), (Decimal("1200"), "KES", "Sh"),
        (Decimal("1200"), "KES", None), (Decimal("120"), "GHS", None), (Decimal("24"), "EUR", None),
        (Decimal("24"), "EUR", None), (Decimal("32"), "CHF", None), (Decimal("25000"), "KES", "Sh"),
        (Decimal("9000"), "KES", "Sh")]
    # an initial, a word's "Sh", a father's "Fr." and a naira with no thousands comma are no prices
    assert find_prices("Essays by J. N3 Doe, Shakespeare Sh850s; tr. Fr. 32 of the psalms, (N350)") == []


def test_an_events_ticket_price_is_no_books_price():
    # listings and reviews of plays and concerts: "Tickets $5", "Tickets £25–£65", "Admission: $12"
    for text in ("Central Library auditorium. Tickets $5.", "Admission: $12", "Tickets from \u00a310",
                 "Box office: 020-7638 8891. Tickets \u00a325\u2013\u00a365."):
        assert find_prices(text) == [], text
    assert [str(p.amount) for p in find_prices("(Harbor House, $25-$30)")] == ["25", "30"]


def test_a_time_of_day_is_no_page_count():
    assert find_pages("reads from the novel, 7 p.m. Thursday; 6:30 p.m. Saturday") == []
    assert [n for _, n in find_pages("320 p. Harbor House, 1998. 12 p.")] == [320, 12]


def test_a_sum_in_millions_or_billions_is_no_price():
    assert find_prices("Penguin Random House reported $4.2 billion in revenue") == []
    assert find_prices("a £25m deal, a $3 million advance, $2bn") == []
    assert [p.amount for p in find_prices("Knopf, $30 (496p), $4.2 billion")] == [Decimal("30")]


def test_hc_before_a_price_is_a_hardcover():
    # CM Magazine: "288 pp., hc., $19.95."
    [price] = find_prices("Toronto, ON: Groundwood Books, 2023. 288 pp., hc., $19.95.")
    assert (price.amount, price.binding) == (Decimal("19.95"), "cloth")


@pytest.mark.parametrize("printed, currency", [
    ("J$2,500", "JMD"), ("TT$150", "TTD"), ("TT $150", "TTD"), ("Bds$50", "BBD"), ("BDS$50", "BBD"),
    ("G$4,000", "GYD"), ("F$45", "FJD"), ("FJ$45", "FJD"), ("N$250", "NAD"), ("EC$45", "XCD"), ("BZ$45", "BZD"),
    ("E\u00a3150", "EGP"), ("Bt350", "THB"), ("350 baht", "THB"), ("THB 350", "THB"), ("Rp 150,000", "IDR"),
    ("Dh75", "AED"), ("Dhs75", "AED"), ("75 dirhams", "AED"), ("AED 75", "AED"), ("EGP 150", "EGP"),
])
def test_the_currencies_of_the_caribbean_africa_and_asia(printed, currency):
    """A letter before "$" or "£" names another country's dollar or pound: read as a bare sign,
    it was the outlet's dollar or sterling, a wrong currency."""
    found = find_prices(f"(Harbor House, 2019, {printed})")
    assert [p.currency for p in found] == [currency]
    assert found[0].amount == Decimal("".join(ch for ch in printed if ch.isdigit()))
    assert not found[0].bare_dollar and not found[0].bare_pound


@pytest.mark.parametrize("printed, amount", [
    ("(John Murray, 2 gns.)", "2.1"), ("(Batsford, 5 guineas)", "5.25"), ("Heinemann. 1 guinea.", "1.05"),
    ("(Harbor House, 12 gns)", "12.6"), ("(Harbor House, 2 gns, 320 pp.)", "2.1")])
def test_guineas_are_21_shillings(printed, amount):
    # art and reference books were priced in guineas until decimal coinage
    assert [(p.amount, p.currency, p.bare_pound) for p in find_prices(printed)] == [(Decimal(amount), "GBP", True)]


def test_a_guinea_said_in_a_sentence_or_a_word_is_no_price():
    assert find_prices("he paid 2 guineas for it; the gnu, and 5 gnats") == []


@pytest.mark.parametrize("printed, amount, currency, mark", [
    ("Gyldendal, 360 sider, 249,95 kr.", "249.95", "SEK", "kr"), ("345 sider, kr 349", "349", "SEK", "kr"),
    ("Pax, kr. 379", "379", "SEK", "kr"), ("Host, Brno 2019, 320 stran, 349 K\u010d", "349", "CZK", None)])
def test_the_nordic_and_czech_crowns(printed, amount, currency, mark):
    # "kr" is read as Sweden's until the outlet or imprint names the country (parse/normalize.py)
    assert [(p.amount, p.currency, p.shared_mark) for p in find_prices(printed)] == [
        (Decimal(amount), currency, mark)]


def test_kr_inside_a_word_is_no_crown():
    assert find_prices("Ukraine 349 and the Krone 2, okr 50, 50 krill") == []


@pytest.mark.parametrize("printed, pages", [
    ("320 stran", 320), ("Karolinum, Praha 2013, 200 stran, 349 K\u010d", 200),
    ("Carocci, pagg. 414, \u20ac 18,95", 414), ("il Mulino, pagg. XII-175", 175)])
def test_czech_and_italian_page_counts(printed, pages):
    assert [n for _, n in find_pages(printed)] == [pages]


@pytest.mark.parametrize("text, amount, currency", [
    ("Werner Laurie. 7s 6d net.", Decimal("0.375"), "GBP"),   # no stops, then "net"
    ("Stockholm: Atlantis 1985. 256 s. 249:-.", Decimal("249"), "SEK"),   # Swedish journals' crowns
])
def test_old_shillings_before_net_and_swedish_crowns(text, amount, currency):
    assert [(p.amount, p.currency) for p in find_prices(text)] == [(amount, currency)]


@pytest.mark.parametrize("text, pages", [
    ("Krak\u00f3w 2009, 338 ss.", [338]),   # Polish: the count before "ss."
    ("Stockholm: Atlantis 1985. 256 s. 249:-.", [256]),   # a price after "s.", no page reference
    ("Stockholm 1985, se s. 249.", []),   # "s. 249": a page referred to
])
def test_polish_and_swedish_page_counts(text, pages):
    assert [n for _, n in find_pages(text)] == pages


@pytest.mark.parametrize("text, amount, currency", [
    ("Firenze, Olschki, 1958, pp. 306, L. 5.000.", Decimal("5000"), "ITL"),   # Italian journals before the euro
    ("Roma, Carocci editore, 1998, pp. 508, lire 72.000.", Decimal("72000"), "ITL"),
    ("Harbor House, Madrid, 2001. 336 p\u00e1gs. 7.000 Ptas.", Decimal("7000"), "ESP"),   # Spanish pesetas
    ("Paris, Payot, 1941 ; in-8\u00b0, 280 p. Prix : 12 fr.", Decimal("12"), "FRF"),   # French francs
    ("Paris, Payot, 1941, 280 p., 12 francs.", Decimal("12"), "FRF"),
    ("(Diogenes, Fr. 32.\u2013)", Decimal("32"), "CHF"),   # the Swiss franc, before its amount
    ("Z\u00fcrich: Harbor Verlag 2023. 375 S., Fr. 76.50.", Decimal("76.50"), "CHF"),   # with its rappen
    ("Wien: Harbor Verlag 1988. 272 S., \u00f6S 325,\u2013.", Decimal("325"), "ATS"),   # the Austrian schilling
    # the Dutch guilder: its florin sign, or "f", "fl." and "Hfl." before a Dutch amount
    ("Hilversum, Verloren, 1994. 280 p. \u0192 45,-.", Decimal("45"), "NLG"),
    ("Hilversum, Verloren, 1994. 280 p. f 45,-.", Decimal("45"), "NLG"),
    ("Amsterdam, Meulenhoff, 1984. 280 blz. Hfl. 39,50.", Decimal("39.50"), "NLG"),
    ("(Leuven: Harbor Pers, 1993, 522 p., f 36,90, ISBN 9043996017).", Decimal("36.90"), "NLG"),
    ("Leiden: E. J. Brill, 1978. xii + 248 pp., 34 figures. Gld. 96.", Decimal("96"), "NLG"),
    ("Amsterdam: Harbor, 1978. 248 pp. Dfl. 45.", Decimal("45"), "NLG"),
    # the French franc as "F" or "FF", and the Belgian as "FB" or "BF", after the amount or before it
    ("Paris: Gallimard, 1997. ISBN 2-07-075942-3. Pp. 218. 98 F.", Decimal("98"), "FRF"),
    ("Paris, PUF, 2000, 516 p., ill., 138 FF.", Decimal("138"), "FRF"),
    ("Paris, Seuil, 1990, 300 p., FF 120.", Decimal("120"), "FRF"),
    ("Bruxelles, Latomus, 1990. 268 p. Prix : 1.800 FB.", Decimal("1800"), "BEF"),
    ("(Nijmegen: Vantilt, 1999, 562 blz., ill., BF 850).", Decimal("850"), "BEF"),
])
def test_the_currencies_before_the_euro(text, amount, currency):
    assert [(p.amount, p.currency) for p in find_prices(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", ["Jan Steen (fl. 1650), the painter.", "Harbor House, 1994. f 45 only.", "of 45,-."])
def test_a_florins_letters_before_no_dutch_amount_are_no_price(text):
    assert find_prices(text) == []
    # nor beside a guilder price that is one
    assert [(p.amount, p.currency) for p in find_prices(f"{text} 280 p. \u0192 45,-")] == [(Decimal("45"), "NLG")]


@pytest.mark.parametrize("text", ["Oslo: Harbor forlag 1992. 214 s. Kr 248,-",
                                  "K\u00f8benhavn 1998. 312 s. Kr. 298,00."])
def test_a_crown_opening_its_sentence_is_a_crown(text):
    # "Kr." closing notes after a stop: the shared mark, whose country the outlet or imprint decides
    assert [(p.currency, p.shared_mark) for p in find_prices(text)] == [("SEK", "kr")]


@pytest.mark.parametrize("text", ["Montr\u00e9al, Harbor, 1991, 488 p., 44,99$.",
                                  "Montr\u00e9al, Harbor, 2019, 65,99 $."])
def test_a_dollar_after_its_amount_is_a_bare_dollar(text):
    # Qu\u00e9bec's papers and journals: the outlet or the imprint decides its country
    assert [(p.currency, p.bare_dollar) for p in find_prices(text)] == [("USD", True)]


@pytest.mark.parametrize("text", ["temperatures of 98 F in the shade", "a score of 12 F", "Vitamin F and 98 FF"])
def test_a_francs_letter_where_no_item_stands_is_no_price(text):
    """"98 F." is a French franc after an item's stop or comma only: prose's "98 F" is no price."""
    assert find_prices(text) == []


@pytest.mark.parametrize("text", ["a letter by L. 5 Smith", "Chapter L. 12 and after", "Fr. 12 Smith"])
def test_an_initial_before_a_small_number_is_no_lira(text):
    assert find_prices(text) == []


def test_a_plates_abbreviation_with_no_count_is_no_illustration():
    """"12 pl." counts plates; "pl." alone is a street's ("pl. Vendôme") in a French address."""
    assert find_illustrated("Paris, 1990, 320 p., pl. Vend\u00f4me.") == []
    assert find_illustrated("Paris, 1990, 320 p., 12 pl.") != []


def test_a_year_ending_its_line_is_no_amount_for_the_code_opening_the_next():
    """"HarperCollins India, 2013" / "INR 499, 312 pages" (a stacked header): the code is the next price's."""
    assert [(p.amount, p.currency) for p in find_prices("HarperCollins India, 2013\nINR 499, 312 pages")] == [
        (Decimal("499"), "INR")]
    assert [(p.amount, p.currency) for p in find_prices("Harbor House, 312 pages, 24 EUR")] == [(Decimal("24"), "EUR")]


@pytest.mark.parametrize("text", ["Pacific Historical Review, Vol. 80, No. 3, pages 478\u2013512.",
                                  "Journal of Harbor Studies 12, pp. 478-512."])
def test_an_articles_page_range_is_no_books_count(text):
    """"pages 478–512" (a journal's running head, JSTOR's cover sheet): the pages an article spans."""
    assert find_pages(text) == []
    assert [n for _, n in find_pages("Harbor House, 2011. pp. 320 - $29.95")] == [320]
