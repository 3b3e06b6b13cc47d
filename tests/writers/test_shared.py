"""What several writers share: the books a review reviews, in words, made once a record."""
from catalog.writers.shared import _reviewed_books, reviewed_books


def test_the_remembered_words_are_each_records_own(all_records):
    """Asked again and again in turn, as the writers ask, each record gets its own books' words."""
    for _ in range(2):
        for record in all_records:
            assert reviewed_books(record.books) == _reviewed_books(record.books)
            assert reviewed_books(list(record.books)) == _reviewed_books(record.books)
