"""JSON lines piped to stdin are read a line at a time, as a file of them is: a corpus
larger than memory can be piped through `catalog parse --jsonl`."""
import io
import json
import sys
import tracemalloc

from catalog.readers.sources import documents


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BufferedReader(io.BytesIO(data))


def test_jsonl_on_stdin_is_streamed(monkeypatch):
    line = json.dumps({"id": "x", "text": "A review. " * 200}) + "\n"
    data = line.encode() * 10_000          # 20 MB of JSON lines
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    tracemalloc.start()
    count = 0
    for _ in documents(["-"], "jsonl"):
        count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 10_000
    assert peak < 2_000_000, peak          # a few lines at a time, not 20 MB (the BytesIO aside)


def test_bad_lines_on_stdin_fail_alone(monkeypatch):
    data = b'{"id": "a", "text": "x"}\nnot json\n{"id": "b", "text": "y"}\n'
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    items = list(documents(["-"], "jsonl"))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
