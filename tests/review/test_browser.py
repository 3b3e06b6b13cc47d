"""The desk in a real browser (Playwright, Debian's chromium, headless): fix a title by
selecting it and pressing a key, an author by typing; save, reload, see both; export with
the corrections and find them, valid; notes that print <script> and <img onerror> show
them as text.

CATALOG_UPDATE_SCREENSHOT=1 writes the README's screenshot (docs/review-desk.png)."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, require_program
from tests.review.conftest import EXAMPLE

pytest.importorskip("flask")
sync_api = pytest.importorskip("playwright.sync_api")

SELECT = """(text) => {
  const notes = document.getElementById("notes");
  const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at); range.setEnd(node, at + text.length);
    const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    return true;
  }
  return false;
}"""


@pytest.fixture
def browser():
    chromium = shutil.which("chromium") or require_program("chromium")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True)
        yield launched
        launched.close()


def test_fix_save_reload_export(browser, run_file, tmp_path, start_desk):
    journal = tmp_path / "corrections.jsonl"
    desk = start_desk(run_file, journal)
    page = browser.new_page(viewport={"width": 1100, "height": 860})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(desk.url)
    rows = page.locator("table.queue tbody tr")
    assert "review" in rows.first.inner_text() and "high" in rows.last.inner_text()   # books to review first
    printed = next(json.loads(line) for line in run_file.read_text().splitlines() if '"hostile"' in line)
    # the queue links each book by the title its record has (whichever reader's, markup as text)
    page.get_by_role("link", name=printed["books"][0]["title"], exact=True).click()

    notes = page.locator("#notes")
    assert "<script>alert(1)</script>" in notes.inner_text() and "<img src=x onerror=alert(2)>" in notes.inner_text()
    assert page.locator("#notes script, #notes img").count() == 0
    title, authors = page.locator("input[name=title]"), page.locator("textarea[name=authors]")
    assert title.input_value() == printed["books"][0]["title"]   # as the record has it, markup as text

    assert page.evaluate(SELECT, "Evil Title")
    page.keyboard.press("t")
    sync_api.expect(title).to_have_value("Evil Title")   # the key's handler runs after the press returns
    authors.fill("")
    authors.press_sequentially("Ann Lee")
    page.keyboard.press("Escape")
    page.keyboard.press("Control+s")
    sync_api.expect(page.locator("#status")).to_contain_text("saved")
    sync_api.expect(page.locator("#notes .f-title")).to_have_text("Evil Title")
    shot = tmp_path / "review-desk.png"
    page.screenshot(path=str(shot), full_page=True)
    if os.environ.get("CATALOG_UPDATE_SCREENSHOT") == "1":
        shutil.copy(shot, ROOT / "docs" / "review-desk.png")

    page.reload()
    sync_api.expect(title).to_have_value("Evil Title")
    sync_api.expect(authors).to_have_value("Ann Lee")
    assert "saved" in page.locator("#status").inner_text()
    second = browser.new_page()   # a second tab sees the same saved state
    second.goto(page.url)
    sync_api.expect(second.locator("input[name=title]")).to_have_value("Evil Title")
    assert dialogs == []   # nothing in the notes ever ran
    desk.stop()

    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "catalog", "export", str(EXAMPLE), "--to", "all", "-o", str(out),
                             "--corrections", str(journal)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    check = subprocess.run([sys.executable, "-m", "catalog", "validate", str(out / "review-desk.mods.xml"),
                            str(out / "review-desk.csl.json")], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and check.stdout.count(": valid ") == 2, check.stdout + check.stderr
    csl = [item for item in json.loads((out / "review-desk.csl.json").read_text()) if item["type"] == "book"]
    fixed = [item for item in csl if item["custom"]["confidence"] == "verified"]
    assert [(i["title"], i["author"]) for i in fixed] == [("Evil Title", [{"family": "Lee", "given": "Ann"}])]
    assert fixed[0]["custom"]["provenance"]["title"] == "cataloger"
    mods = (out / "review-desk.mods.xml").read_text()
    assert "<title>Evil Title</title>" in mods and "<namePart type=\"family\">Lee</namePart>" in mods
    assert "Verified by a cataloger" in mods and "onerror" not in mods


def test_keys_accept_as_is_and_go_on_and_back(browser, run_file, tmp_path, start_desk):
    journal = tmp_path / "corrections.jsonl"
    desk = start_desk(run_file, journal)
    page = browser.new_page()
    page.goto(desk.url)
    with page.expect_navigation():   # the book's page, not the queue's, before its title is read
        page.locator("table.queue tbody tr a").first.click()
    first = page.locator("h1").inner_text()
    with page.expect_navigation():
        page.keyboard.press("y")   # accept as is: saved, then the next book
    assert page.locator("h1").inner_text() != first
    saved = [json.loads(line) for line in journal.read_text().splitlines()]
    assert len(saved) == 1 and saved[0]["id"] in first and saved[0]["fields"]["title"]
    with page.expect_navigation():
        page.keyboard.press("k")   # previous
    assert page.locator("h1").inner_text() == first and "saved" in page.locator("#status").inner_text()
    with page.expect_navigation():
        page.keyboard.press("j")   # next
    assert page.locator("h1").inner_text() != first
