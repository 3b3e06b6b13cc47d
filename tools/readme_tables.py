"""Print the README's format tables from the registry (catalog/formats.py), to paste in;
tests/test_readme.py fails while the README's copies differ."""
from catalog.formats import carries_table, formats_table

if __name__ == "__main__":
    print(formats_table())
    print(carries_table(), end="")
