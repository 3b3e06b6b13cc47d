"""GitHub reads workflow commands from stdout with its own escapes: a message holding a
newline, or a file name holding ':' or ',', must still be one whole annotation."""
from catalog.validate.report import github_line, text_line


def test_text_line():
    assert text_line("out/a.bib", 3, "missing title") == "out/a.bib:3: missing title"


def test_github_line_escapes_data_and_properties():
    line = github_line("out/a,b:c.bib", 7, "100% wrong\nsecond line\r")
    assert line == "::error file=out/a%2Cb%3Ac.bib,line=7,title=catalog validate::100%25 wrong%0Asecond line%0D"
    assert "\n" not in line


def test_github_line_for_the_whole_file_names_no_line():
    assert github_line("x.json", 0, "cannot read") == "::error file=x.json,title=catalog validate::cannot read"
