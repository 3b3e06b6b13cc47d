"""The desk's web side (catalog/review/server.py): refused without the token or from a
foreign Host, size-limited, and a save is on disk before the answer says "saved"."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("flask")

from catalog.corrections import read_journal  # noqa: E402
from catalog.review.desk import read_run  # noqa: E402
from catalog.review.server import Journal, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "secret-token"


@pytest.fixture(scope="module")
def run_lines():
    result = subprocess.run([sys.executable, "-m", "catalog", "parse", "--jsonl",
                             str(ROOT / "examples" / "review-desk.jsonl")],
                            capture_output=True, text=True, timeout=120, check=True)
    return result.stdout.splitlines()


@pytest.fixture
def desk(run_lines, tmp_path):
    journal = Journal(tmp_path / "c.jsonl")
    return create_app(read_run(run_lines), journal, TOKEN).test_client(), journal


def test_every_request_needs_the_token(desk):
    client, _ = desk
    for url in ("/", "/book/0", "/static/desk.js"):
        assert client.get(url).status_code == 403
        assert client.get(url + "?token=wrong").status_code == 403
        assert client.get(url + f"?token={TOKEN}").status_code == 200
    assert client.post("/book/0", json={"fields": {"title": "X"}}).status_code == 403


def test_a_foreign_host_is_refused_even_with_the_token(desk):
    client, _ = desk
    assert client.get(f"/?token={TOKEN}", headers={"Host": "evil.example:8027"}).status_code == 403
    assert client.get(f"/?token={TOKEN}", headers={"Host": "localhost:8027"}).status_code == 200
    assert client.get(f"/?token={TOKEN}", headers={"Host": "127.0.0.1"}).status_code == 200


def test_a_large_body_is_refused_and_nothing_is_written(desk):
    client, journal = desk
    answer = client.post(f"/book/0?token={TOKEN}", json={"fields": {"title": "x" * 100_000}})
    assert answer.status_code == 413 and not journal.path.exists()


def test_a_save_is_in_the_journal_in_the_gold_format_when_the_answer_comes(desk):
    client, journal = desk
    answer = client.post(f"/book/0?token={TOKEN}",
                         json={"fields": {"title": "The Salt Road", "authors": ["Mara Quill Lindqvist"]}})
    assert answer.status_code == 200 and answer.get_json()["saved"] is True
    line = json.loads(journal.path.read_text())
    assert (line["id"], line["book"]) == ("salt-road", 0)
    assert line["fields"]["authors"] == ["Mara Quill Lindqvist"] and line["fields"]["publisher"] == "Graywolf"
    assert line["fields"]["price"] == [{"amount": "16", "currency": "USD", "binding": None}] and "time" in line
    assert read_journal(journal.path)[0]["salt-road"][0]["title"] == "The Salt Road"
    page = client.get(f"/book/0?token={TOKEN}").get_data(as_text=True)
    assert "Mara Quill Lindqvist" in page and "saved earlier" in page


def test_a_wrong_field_is_refused_and_nothing_is_written(desk):
    client, journal = desk
    assert client.post(f"/book/0?token={TOKEN}", json={"fields": {"pages": "many"}}).status_code == 400
    assert client.post(f"/book/0?token={TOKEN}", data="not json").status_code == 400
    assert client.post(f"/book/99?token={TOKEN}", json={"fields": {}}).status_code == 404
    assert not journal.path.exists()


def test_notes_are_escaped_text_and_no_script_but_the_desks_may_run(desk):
    client, _ = desk
    answer = client.get(f"/book/1?token={TOKEN}")
    page = answer.get_data(as_text=True)
    text = re.sub(r"</?span[^>]*>", "", page)   # the notes as read, without the spans that mark the fields in them
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img" not in page and "&lt;img src=x" in text
    assert "script-src 'self'" in answer.headers["Content-Security-Policy"]


def test_the_queue_puts_books_to_review_first_and_filters_by_outlet(desk):
    client, _ = desk
    page = client.get(f"/?token={TOKEN}").get_data(as_text=True)
    assert page.index("Winter Orchards") < page.index("River of Dust")
    only = client.get(f"/?token={TOKEN}&outlet=The+Daily+Ledger").get_data(as_text=True)
    assert "The Salt Road" in only and "Winter Orchards" not in only


def test_the_reason_filter_finds_words_of_a_reason(desk):
    client, _ = desk
    page = client.get(f"/?token={TOKEN}&reason=shape+of+a+name").get_data(as_text=True)
    assert "Winter Orchards" in page and "<td>hostile</td>" not in page and "River of Dust" not in page


def test_a_line_with_no_book_to_review_is_read_only_when_shown(run_lines):
    from catalog.review.desk import queue
    items = read_run(run_lines)
    assert [i.to_review for i in queue(items)] == [True, True, True, False]
    assert not items[3].line.is_read   # River of Dust: high, not yet shown
    assert items[3].book["title"] == "River of Dust" and items[3].line.is_read
