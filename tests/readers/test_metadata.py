"""Review metadata is typed where it enters: dates read once, bad values refused by name."""
import json
import subprocess
import sys

import pytest

from catalog.errors import InputError
from catalog.readers.jsonl import read_jsonl
from catalog.readers.metadata import review_date, review_metadata
from tests.conftest import SEED


@pytest.mark.parametrize("printed, iso", [
    ("1996", "1996"), ("1996-07", "1996-07"), ("1996-7-1", "1996-07-01"), ("1996/07/01", "1996-07-01"),
    ("July 1996", "1996-07"), ("Jul. 1996", "1996-07"), ("July 1, 1996", "1996-07-01"), ("1 July 1996", "1996-07-01"),
    ("19960701", "1996-07-01"), ("19960701T000000", "1996-07-01"), ("Sept 2000", "2000-09"),
    ("2000-02-29", "2000-02-29"),
])
def test_dates_read_to_iso(printed, iso):
    assert review_date(printed) == iso


@pytest.mark.parametrize("printed", ["yesterday", "1996-13", "1996-02-30", "1999-02-29", "Julember 1996", "96", "0099",
                                     ""])
def test_unreadable_dates_are_refused(printed):
    with pytest.raises(InputError):
        review_date(printed)


def test_reviewers_and_strings_are_typed():
    assert review_metadata("Ann Critic").reviewers == ("Ann Critic",)
    assert review_metadata(["A", "B"], date="July 1996").date == "1996-07"
    for bad in (5, True, ["A", 5], {"name": "A"}):
        with pytest.raises(InputError, match="reviewers"):
            review_metadata(bad)
    with pytest.raises(InputError, match="outlet"):
        review_metadata(outlet=7)


def test_a_bad_jsonl_review_fails_its_line_only():
    lines = [json.dumps({"id": "a", "text": "T. By Ann Lee. (Holt, $5.)", "review": {"reviewers": 5}}),
             json.dumps({"id": "b", "text": "T. By Ann Lee. (Holt, $5.)", "review": {"date": "July 1996"}})]
    first, second = list(read_jsonl(lines))
    assert isinstance(first, InputError) and first.doc_id == "a" and "reviewers" in first.message
    assert second.metadata.date == "1996-07"


def test_cli_date_is_typed_or_a_usage_error(tmp_path):
    run = [sys.executable, "-m", "catalog", "export", str(SEED), "--to", "csljson"]
    good = subprocess.run(run + ["--date", "July 1996"], capture_output=True, text=True)
    assert good.returncode == 0 and '"date-parts": [[1996, 7]]' in good.stdout
    bad = subprocess.run(run + ["--date", "summer"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--date" in bad.stderr and not bad.stdout
