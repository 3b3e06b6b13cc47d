"""A desk killed between two saves loses nothing it said was saved (SIGKILL: no clean-up)."""
import json
import signal
import urllib.request

import pytest

pytest.importorskip("flask")


def _save(desk, number: int, fields: dict) -> dict:
    request = urllib.request.Request(f"{desk.base}/book/{number}?token={desk.token}", method="POST",
                                     data=json.dumps({"fields": fields}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def _page(desk, number: int) -> str:
    with urllib.request.urlopen(f"{desk.base}/book/{number}?token={desk.token}", timeout=30) as answer:
        return answer.read().decode()


def test_a_kill_between_two_saves_loses_nothing_saved(run_file, tmp_path, start_desk):
    journal = tmp_path / "corrections.jsonl"
    desk = start_desk(run_file, journal)
    assert _save(desk, 0, {"title": "The Salt Road", "authors": ["Mara Quill Lindqvist"]})["saved"] is True
    assert _save(desk, 2, {"title": "Winter Orchards Revised"})["saved"] is True
    desk.process.send_signal(signal.SIGKILL)
    desk.process.wait(timeout=10)
    with journal.open("a") as torn:   # as if killed in the middle of a third save
        torn.write('{"id": "river", "book": 0, "fie')
    again = start_desk(run_file, journal)
    assert "Mara Quill Lindqvist" in _page(again, 0)
    assert "Winter Orchards Revised" in _page(again, 2)
    assert _save(again, 3, {"title": "River of Dust"})["saved"] is True
    rows = [json.loads(line) for line in journal.read_text().splitlines()
            if line.startswith("{") and line.endswith("}")]
    assert [(r["id"], r["fields"]["title"]) for r in rows] == [
        ("salt-road", "The Salt Road"), ("winter", "Winter Orchards Revised"), ("river", "River of Dust")]
