"""A clone with nothing beside it tests itself: what needs the shared dev set skips, saying
where the data is expected; CI, which has it, turns the skip into a failure."""
import os
import subprocess

import pytest

from tests import conftest


def test_a_missing_dev_set_skips_with_where_it_is_expected(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "DEV_DATA", tmp_path / "nowhere")
    monkeypatch.delenv("CATALOG_REQUIRE_DATA", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"not at {tmp_path / 'nowhere'}"):
        conftest.require_dev_data()


def test_ci_fails_instead_of_skipping(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "DEV_DATA", tmp_path / "nowhere")
    monkeypatch.setenv("CATALOG_REQUIRE_DATA", "1")
    with pytest.raises(pytest.fail.Exception, match="CATALOG_REQUIRE_DATA=1"):
        conftest.require_dev_data()


def test_a_present_dev_set_is_returned(monkeypatch, tmp_path):
    (tmp_path / "dev_gold.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(conftest, "DEV_DATA", tmp_path)
    assert conftest.require_dev_data() == tmp_path


def test_make_score_says_where_the_data_is_expected(tmp_path):
    """STAMP= skips building the venv: only the check runs."""
    done = subprocess.run(["make", "-s", "score", f"SHARED={tmp_path / 'nowhere'}", "STAMP="],
                          cwd=conftest.ROOT, capture_output=True, text=True, env={**os.environ, "MAKEFLAGS": ""})
    assert done.returncode != 0 and done.stdout == ""
    assert f"expected at {tmp_path / 'nowhere'}/data" in done.stderr and done.stderr.count("\n") == 2   # + make's line
