"""Every trailer style parses the same in plain form and Penn-Treebank tokenized form."""
import pytest

from catalog.model import Document
from catalog.pipeline import catalog_document
from tests.forms import ptb

STYLES = [
    "'A CITY OF GLASS' Life in Venice By Mark Rowe Illustrated. 290 pages. Houghton Mifflin. $24.95",
    "THE SEA: A Novel. By Jon Fosse. Translated by May Stone. 180 pp. Dalkey Archive. Paper, $12.95.",
    "LETTERS. Edited by Ruth Hale. 500 pp. Yale University Press. Cloth, $40; paper, $18.",
    "NORTHERN LIGHTS: A Memoir, by Sara Quinn. (Farrar, Straus & Giroux, $27.)",
    "Winter Orchard Margaret Atwood (Knopf, $24.95)",
    "A WINTER WAR; A Novel; By Mark Dean; Knopf: 280 pp., $23",
    "THE SILENT HOUSE\nBy Orhan Pamuk, translated from the Turkish by Robert Finn\nKnopf, 334 pages, $26.95",
    "DEEP WATER\nBy Ann Lee\n(Scribner; 320 pages; $26.95)",
    "\"River: Poems\" by Ann Lee (Graywolf)",
    "Planters and Kin: Family in the South, by Paul D. Smith. LSU $45 cloth, $19.95 paper",
    "Morning Birds\nAnn Lee, illus. by Tom Reed. Candlewick, $17.99 (40p) ISBN 978-0-306-40615-7",
    "The Long Shore, by Ann O'Neil; Faber, 304 pages, \u00a318.99.",
    # the families of issue 11
    "Doe, Jane. The Quiet Harbor: A Novel. Knopf, $25 (0-679-40545-3).",
    "Roe, Mary Ellen and Doe, John W. Rivers of Salt. Eerdmans, paper, $14 (0-8028-2943-0).",
    "THE QUIET HARBOR, by Jane Doe, Farrar, Straus and Giroux, $24",
    "The Quiet Harbor, Jane Doe, Henry Holt",
    "The Quiet Harbor. By Jane Doe. Tr. by John Roe. Knopf, $25 (9780670034581).",
    "Doe, Jane. The Quiet Harbor. Holt. tr. from Portuguese by John Roe. ISBN 0-8050-6890-2. $23.",
    "THE QUIET HARBOR. By Jane Doe. (Hamish Hamilton, 12s. 6d.)",
    "The Quiet Harbor (Knopf, $23.95) by Jane Doe",
    "Doe, Jane THE QUIET HARBOR Knopf (320 pp.) $26.95 May 5 ISBN: 9780385123457",
    "THE QUIET HARBOR\nBy Jane Doe\nGraywolf Press\n245 pages, $16",
    "The Quiet Harbor by Jane Doe is published by Faber (\u00a314.99).",
    # the wider families: academic journals, British and Indian papers, library lists
    "The Quiet Harbor: A Coastal History. By Jane Doe. (Bloomington, Ind.: Indiana University Press, 2011. "
    "Pp. xiv, 312. $45.00.)",
    "The Quiet Harbor. Edited by Jane Doe. Cambridge/New York: Harbor University Press, 2004. "
    "Pp. xxii + 246. $22.95 paper.",
    "Doe, Jane, Der stille Hafen. Eine Geschichte der Küste. Böhlau, Wien 2011. XII, 221 S.",
    "Doe, Jane. Le port tranquille. Paris : Fayard, 2022. 477 pages, 25 euros.",
    "The Quiet Harbor, by Jane Doe, Canongate, RRP\u00a318.99, 304 pages",
    "Selected Poems by Jane O'DoeEdited by John Roe\nKnopf, 2008",
    "\u201cThe Quiet Harbor\u201d by Jane Doe, witty essays about memory, from Harbor Books, 202 pages, $15.95.",
    "The Quiet Harbor by Jane Doe; illus. by the author (Knopf, $17.99)",
    "Doe, Jane (text) & Ann Lee (illus.). The Quiet Harbor: A Novel. Harbor Books. 2013. 128p. ISBN 9781610392990. "
    "pap. $14.99.",
    "The Quiet Harbor by Jane Doe, Ann Lee (illus) (Knopf, $17.99)",
    "DOE, Jane, John Roe, & Mary Major. The Quiet Harbor. illus. by Ann Lee. 128p. Dutton. Oct. 2016. Tr $21.99.",
    "The Prelude\nBy Jane Doe (Edited by John Roe & Mary Major)\nHarbor University Press 281pp \u00a330",
    "Six Months, Three Days, Five Others, Charlie Jane Anders (9781250099068, $12.99, 185pp, tp) October 2017.",
    "The Quiet Harbor. Edited by Jane Doe. Cambridge: Harbor University Press 1999. Pp. 285. "
    "$54\u00b795; $19\u00b795, paperback.",
    "The Quiet Harbor: A History of the Coast.By Jane Doe.Harbor University Press, 358 pp., $29.95",
    "The Quiet Harbor\nBy Jane Doe.\nHarperCollins.\nPages 265. Rs 395.",
    "Jane Doe and John Roe (eds.), The Quiet Harbor: A History, Harbor University Press, 2016, 466pp., "
    "$39.95 (pbk), ISBN 9780306406157.",
    "The Quiet Harbor, Jane Doe, ed. (Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020.",
    "Doe, Jane. The Quiet Harbor. Minotaur: Harbor House. (Harbor Mysteries, Bk. 8). Feb. 2023. 320p. "
    "ISBN 9780306406157. $27.99.",
    "The Quiet Harbor: A Novel\nAuthor: Doe, Jane\nIllustrator: NA\nHarbor House, 2017\nISBN: 9780306406157\n$16.99",
    "* THE QUIET HARBOR. By Jane Doe. (Harbor House, $14.95).",
    "The Quiet Harbor: A Coastal History. By Jane Doe. Harbor House. 2019. xx + 268pp. GBP 20.00.",
    "The Quiet Harbor\n\u2022 By Jane Doe\n\u2022 Harbor House\n\u2022 320 pages\n\u2022 \u00a318.99",
    "The Quiet Harbor: A History |  |   Jane Doe, Carlton: Harbor Press, 2005, 350 Pages, $39.95",
    "The Quiet Harbor (Harbor House, \u00a320)\nReviewed by Mary Smith",
    "\u201cThe Quiet Harbor\u201d by Jane Doe, poems about love, loss, class and harbor life, from Harbor Press, $15.",
    "The Quiet Harbor.  By Jane Doe.  (Bloomington, Ind.:  Harbor House, 2007.  Pp.  xx,  268.  $65.00.)",
    # a trailer printed alone, one element a line
    "The Quiet Harbor: A Coastal History of the North Sea.\nBy Jane Doe.\n"
    "Harbor University Press. 2018. 259pp. \u00a326.99.",
    "The Quiet Harbor.\nBy Jane Doe and John Roe.\nNew York: Harbor House, 2003.\nPp. xvi, 352. $29.95.",
    "The Quiet Harbor, Jane Doe, ed.\n(Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020.",
    "The Quiet Word Jane Doe Allen Lane, pp. 320, \u00a320",
    "The Quiet Harbor: A Coastal History.\n\nBy Jane Doe.\n\nHarbor University Press. 2018. 259pp. \u00a326.99.",
    "The Quiet Harbor, Jane Doe, ed.\n\n(Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020.",
    "The Quiet Harbor | By Jane Doe | Knopf | 320 pages | $26.95",
    "Jane Doe\nTHE QUIET HARBOR\n320pp. Harbor House. \u00a325 (US $35).\n978 0 306 40615 7",
    "Jane Doe: Der stille Hafen. Harbor Verlag, 320 S., 24 Euro.",
    "The Quiet Harbor by Jane Doe\nPublished by Harbor House, \u00a314.99",
    "THE QUIET HARBOR. By Jane Doe. Illustrated by John Roe. Harbor House. Unpaged. $17.99.",
    "The Quiet Harbor\nJane Doe\nHarbor House, 2019, RRP $32.99",
    "The Quiet Harbor. Jane Doe. Illus. by John Roe. Harbor House, 2019. 32pp. $17.99.",
    "Doe, Jane\nThe Quiet Harbor\nHarbor House, 2019\n320 pp.\n$26.95",
    "The Quiet Harbor\nWritten by Jane Doe\nIllustrated by John Roe\nHarbor House, 2019",
    "The Quiet Harbor by Jane Doe. Harbor House, 2019.",
    "Jane Doe, The Quiet Harbor: A Novel, Harbor House, \u00a325, pp. 320",
    "Doe, Jane\nThe Quiet Harbor: A Novel\nLittle, Brown\nJul. 2019. 416p\nISBN 9780306406157. $30",
    "The Quiet Harbor: A Novel \u2022 Jane Doe \u2022 Harbor House, 2019 \u2022 320 pp. \u2022 $26.95",
    "The Collected Harbor (2 volumes), edited with notes by Jane Doe (Norton)",
    "The Quiet Harbor. By Jane Doe, Faber and Faber, 2013. \u00a39.99.",
    "DOE, Jane. The Quiet Harbor. illus. by John Roe. 40p. ebook available. Holt. May 2017. pap. $7.99. "
    "ISBN 9780306406157.",
    # citations with no price, editors before the title, a name in capitals, an edition in the title
    "The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.",
    "Jane Doe and John Roe, eds. The Quiet Harbor: A History. Ithaca: Harbor University Press, 2002. 243 pp.",
    "DOE, JANE. The Quiet Harbor: A History. Berkeley: U of Harbor P, 1996.",
    "DOE, MARY JANE. The Quiet Harbor. 80p. Harbor House. Mar. 2017. Tr $16.99.",
    "THE QUIET HARBOR, BY ZORBA DAHL AND JOHN ROE. 202 pp. Harbor House. $10.95.",
    "DOE (Jane) et ROE (John) (dir.), La Baie tranquille, Paris, Gallimard, 2019, 320 p., 25 \u20ac.",
    "Jane Doe, Il porto tranquillo, Feltrinelli, Milano 2019, pp. 320, euro 18.",
    "THE QUIET HARBOR (7TH ed), by Jane Doe.\nNew York: Harbor House, 2005. 192pp. Paper. $47.60.",
    "\"The Quiet Harbor.\u201d -By Jane Doe. London: Harbor House, Ltd. (6s net.)",
    # unlabelled ISBNs standing as imprint items
    "The Quiet Harbor, by Jane Doe (Morrow, $26, 0306406152)",
    "The Quiet Harbor. By Jane Doe. Harbor University Press. \u00a325. 0 306 40615 2.",
    # German reviews: the names closed by a colon, the year before the publisher, a decimal comma
    "Doe, Jane; Roe, John: Der stille Hafen. Eine Geschichte, M\u00fcnchen 2011: C.H. Beck, 320 S., \u20ac 24,95.",
    # British papers: a publisher "at" its price, and a bookshop's offer after the notes
    "The Quiet Harbor by Jane Doe is published by Harbor House at \u00a316.99. To order a copy for \u00a314.99 "
    "(free UK p&p) go to the shop.",
    # Romance and German academic lists: a town before the publisher
    "Jane Doe, Le port tranquille, Paris, Gallimard, 2005, 320 p.",
    "Jane Doe, Der stille Hafen, Berlin: Suhrkamp 2005, 320 S., 24,80 \u20ac",
    "Jane Doe, Le port tranquille, traduit de l\u2019anglais par John Roe, Paris, Gallimard, 2005, 320 p.",
    "Doe, Jane; Roe, John (Hg.): Der stille Hafen, Berlin 2011: Suhrkamp, 320 S.",
    # a dash before the subtitle, and the people left unnamed
    "Keats\u2014Poetry and Prose. With Essays by Jane Doe and Others. (Harbor Press. 3s. 6d. net.)",
    "Der stille Hafen \u2013 Eine Geschichte. By Jane Doe et al. Harbor House, 2011. 320 pp.",
    # editors named in the review's language, or marked after their names
    "Der stille Hafen. Eine Geschichte, hg. v. Doe, Jane/Roe, John (= Schriften des Hafens 12). Suhrkamp, Berlin "
    "2011. 320 S.",
    "Le port tranquille, sous la direction de Jane Doe et John Roe, Paris, Gallimard, 2005, 320 p.",
    "Jane Doe et John Roe (dir.), Le port tranquille, Paris, Gallimard, 2005, 320 p.",
    # a French or Spanish series after the publisher
    "Jane Doe, Le port tranquille, Paris, Armand Colin, coll. \u00ab U \u00bb, 2005, 320 p.",
    "Jane Doe, El puerto tranquilo, Madrid, Alianza Editorial, col. Ensayo, 2005, 320 p\u00e1gs.",
    "The Quiet Harbor. 400 Years of a Coastal Town. By Jane Doe. Harbor House, 2005. 320 pp. $25.",
    # a 'by' in the title
    "Death by Chocolate, by Jane Doe (Knopf, $25)",
    "Great by Choice: Uncertainty, Chaos, and Luck, by Jane Doe and John Roe, Random House, RRP\u00a325",
    # a section's name above the notes
    "Children's Books\nThe Quiet Harbor\nBy Jane Doe\nKnopf, 320 pages, $26.95",
    "Editor's Choice\n\nThe Quiet Harbor. By Jane Doe. Knopf, 320 pages, $26.95",
    # what copying from the web and typesetting leave
    "*The Quiet Harbor* by Jane Doe (Simon &amp; Schuster, $25)",
    "Jane Doe: Der stille Hafen. Aus dem Englischen von John Roe. Suhrkamp, Berlin 2019. 320 S., 24 \u20ac.",
    "The Quiet Harbor. Doe, Jane (author), Roe, John (illustrator). Mar. 2019. 32p. Knopf, $17.99 (9780306406157).",
    "Doe, J., & Roe, K. (2019). The quiet harbor: A history. New York, NY: Knopf. 320 pp. $26.95.",
    # Choice: a sentence-case title, what the book holds after its count
    "Doe, Jane. The quiet harbor: a novel. Knopf, 2019. 320p bibl index afp ISBN 9780306406157, $26.95.",
    "THE QUIET HARBOR. By Jane Doe\nKnopf. $21. 329 pp.",   # a line break for the stop
    "The Quiet Harbor\nBy Jane Doe\nHarbor House, 2019\n320 pp. $26.95\nPaperback\nISBN 978-0-306-40615-7",
    "THE QUIET HARBOR by Jane Doe (ed.)\nNew York: Harbor House, 1994. 311pp\nPaper $29.95",
    "JANE DOE and JOHN ROE, eds.\n\nThe Quiet Harbor: Essays.\n\nPortsmouth, N.H.: Harbor House, 1995.\n\n"
    "Pp. xvi, 363. $75.00.",
    "THE QUIET HARBOR, BY JANE DOE. (Harbor House, $27.95.)",
    "The Quiet Harbor by Jane Doe, published by Harbor House at \u00a320",
    "Jane Doe \u2014 The Quiet Harbor \u2014 Harbor House, \u00a320",
    "The Quiet Harbor / Jane Doe / Harbor House / $26.95",
    "The Quiet Harbor. By Jane Doe. Harbor House. Hardcover, 320 pages, $26.95.",
    "The Quiet Harbor. Jane Doe. Trans. John Roe. Harbor House. $26.95.",
    "The Quiet Harbor by Jane Doe is out now (Harbor House, \u00a316.99)",
    "The Quiet Harbor\nJane Doe (John Roe illus)\nHarbor House, $20.00, ISBN 9780306406157",
    "\u201cThe Quiet Harbor\u201d by Jane Doe, stories of the sea, from Harbor House, 202 pages, $15.95.",
    "JANE DOE, The Quiet Harbor. Oxford: Harbor University Press, 2019. 320 pp. \u00a375.",
    "Doe, Jane (2019), The Quiet Harbor: A History, Oxford: Harbor University Press, 320 pp., \u00a375.00",
    "The Quiet Harbor\nJane Doe\nHarbor House\n2019\n320 pages, $26.95",
    "The Quiet Harbor: A History. By Jane Doe, John Roe and Ann Lee.\n"
    "Harbor University Press. 2013. 457pp. $39.50/\u00a327.95.",
    "The Quiet Harbor: A Coastal History \u2013 By Jane Doe \u2013 Harbor House; 320 pages; $28",
    "The Quiet Harbor: A Coastal History\n\nJane Doe, Carlton: Harbor House, 2005, 350 Pages, $39.95",
    "The Quiet Harbor. By Jane Doe.\tKnopf,\t320\u00a0pages, ISBN 978\u20130\u2013306\u201340615\u20137, $26.95",
    "Jane Doe: Der stille Hafen. Berlin: de Gruyter 2019. 320 S., 39,95 \u20ac.",
    "The Quiet Harbor by Jane Doe (Harbor House, rrp $32.99)",
    "The Quiet Harbor: A Novel\nBy Jane Doe\nTranslated by John Roe\nHarbor House\n320 pp. $26.95",
    "The Quiet Harbor by Jane Doe; illus. by John Roe. Primary. Harbor House, 2019. 32pp. $17.99.",
    "Jane Doe, Le port tranquille. Histoire d'une c\u00f4te, Paris, Gallimard, 2019, 320 p.",
    "Jane Doe, The Quiet Harbor, Harbor University Press, Chicago, 2019, 320 pp, $45.00.",
    "The Quiet Harbor, Jane Doe, Harbor House, 2019, hardback, 320 pages, \u00a320.00, ISBN 9780306406157",
    "THE QUIET HARBOR\nDoe, Jane\nHarbor House (320 pp.)\n$26.95 | March 5, 2019\n978-0-306-40615-7",
    "The Quiet Harbor. Doe, Jane. Illus. by John Roe. 2019. 32p. Harbor House, $17.99 (9780306406157).",
    "The Quiet Harbor\nBy: Jane Doe.\nPublisher: Harbor House, 320 pages, $26.95.",
    "The Quiet Harbor, by Jane Doe (Harbor House, 12/6)",
    "The Quiet Harbor by Jane Doe is published by Harbor House (R280).",
    "The Quiet Harbor / Jane Doe. \u2014 Harbor House, 2019. \u2014 320 p. \u2014 ISBN 978-0-306-40615-7",
    'Doe, Jane. "Some Appointed Work To Do": Women and Vocation. Westport: Harbor House, 1995. 120 pp. $49.95',
]


def summary(text: str):
    book = catalog_document(Document("d", text)).books[0]
    return (book.title, book.subtitle, [(c.role, c.display) for c in book.contributors], book.publisher,
            book.pages, book.illustrated, [(o.price.amount, o.binding) for o in book.prices], book.isbns)


@pytest.mark.parametrize("text", STYLES)
def test_tokenized_form_parses_like_the_plain_form(text):
    assert summary(ptb(text)) == summary(text)


def test_place_when_printed():
    book = catalog_document(Document("d", "A TITLE. By Ann Bell. 200 pp. New York: Knopf. $25.")).books[0]
    assert (book.place, book.publisher) == ("New York", "Knopf")


def test_edition_when_printed():
    book = catalog_document(Document("d", "A TITLE. By Ann Bell. 200 pp. Knopf. Second edition. $25.")).books[0]
    assert book.edition == "Second edition" and book.notes == ()
