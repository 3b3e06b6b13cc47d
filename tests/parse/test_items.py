from decimal import Decimal

from catalog.parse.items import find_illustrated, find_isbns, find_pages, find_prices


def test_prices_with_bindings_on_either_side():
    found = find_prices("Cloth, $40; paper, $18. Also $9.80 paper and £12.99 and $65 (cloth)")
    assert [(p.amount, p.currency, p.binding) for p in found] == [
        (Decimal("40"), "USD", "cloth"), (Decimal("18"), "USD", "paper"),
        (Decimal("9.80"), "USD", "paper"), (Decimal("12.99"), "GBP", None),
        (Decimal("65"), "USD", "cloth")]


def test_page_counts_in_every_form():
    assert [n for _, n in find_pages("368 pages. xii + 370 pp. $28 (336p) 1,024 pages")] == [368, 370, 336, 1024]


def test_isbns_are_checked_and_made_isbn13():
    found = find_isbns("ISBN 978-1-62779-145-8 ISBN 0-306-40615-2 ISBN 978-1-62779-145-9")
    assert [i.isbn13 for i in found] == ["9781627791458", "9780306406157", None]


def test_illustrated_mark_but_not_an_illustrator():
    assert find_illustrated("By Robert Whymant Illustrated. 368 pages.")
    assert find_illustrated("Illus. 200 pages.")
    assert not find_illustrated("Elisa Downing, illus. by Isadora Machado.")
    assert not find_illustrated("The Illustrated Man, by Ray Bradbury")
