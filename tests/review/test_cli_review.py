"""`catalog review` as a user starts it: the journal beside the run by default, one line
for a run it cannot use."""
import subprocess
import sys

import pytest

pytest.importorskip("flask")


def test_the_journal_goes_beside_the_run_by_default_and_the_address_carries_a_token(run_file):
    desk = subprocess.Popen([sys.executable, "-m", "catalog", "review", str(run_file), "--port", "0", "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner, address = desk.stdout.readline(), desk.stdout.readline()
    finally:
        desk.terminate()
        desk.wait(timeout=10)
    assert f"corrections go to {run_file.with_name('review-desk.corrections.jsonl')}" in banner
    assert address.startswith("http://127.0.0.1:") and len(address.split("?token=")[1].strip()) >= 24


@pytest.mark.parametrize("content", ["", '{"id": "a", "error": "no publication notes found"}\n'])
def test_a_run_with_no_books_is_one_line_and_exit_2(tmp_path, content):
    run = tmp_path / "empty.jsonl"
    run.write_text(content)
    result = subprocess.run([sys.executable, "-m", "catalog", "review", str(run), "--no-browser"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "no books" in result.stderr


def test_a_run_not_there_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "catalog", "review", str(tmp_path / "nope.jsonl"), "--no-browser"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "cannot read the run" in result.stderr
