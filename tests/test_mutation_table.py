"""The mutation check's table stays in step with the code: each snippet occurs exactly once
(the check itself, `make mutation`, runs the suite against every breakage)."""
import importlib.util
import sys

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("mutation_check", ROOT / "tools" / "mutation_check.py")
mutation_check = importlib.util.module_from_spec(spec)
sys.modules["mutation_check"] = mutation_check   # its dataclasses look their module up
spec.loader.exec_module(mutation_check)


def test_every_breakage_applies_to_exactly_one_place():
    assert len(mutation_check.BREAKAGES) >= 20
    assert len({b.name for b in mutation_check.BREAKAGES}) == len(mutation_check.BREAKAGES)
    for b in mutation_check.BREAKAGES:
        assert (ROOT / b.path).read_text(encoding="utf-8").count(b.old) == 1, b.name


def test_the_readme_quotes_the_number_of_breakages_there_are():
    """A figure the README quotes stays true: the count is written by hand after each change."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"applies {len(mutation_check.BREAKAGES)} named breakages" in readme


def test_each_recorded_catcher_names_a_breakage_of_the_table_and_a_test_file_there_is():
    """The hints only speed the check up, but a hint for a breakage no longer in the table, or
    for a test file since moved, is dead weight: `--record` rewrites the file from the table."""
    hints = mutation_check.read_catchers()
    names = {b.name for b in mutation_check.BREAKAGES}
    assert hints and set(hints) <= names
    for name, test in hints.items():
        assert (ROOT / test.split("::", 1)[0]).is_file(), (name, test)
        assert "[" not in test, (name, test)   # the function, every case of it


def test_a_reported_failure_is_kept_as_its_test_function():
    assert mutation_check.test_function("tests/parse/test_families.py::test_us_cents[THE") == \
        "tests/parse/test_families.py::test_us_cents"
    assert mutation_check.test_function("tests/test_cli.py::test_usage_errors_exit_2") == \
        "tests/test_cli.py::test_usage_errors_exit_2"
    assert mutation_check.test_function("1 failed, 20 passed in 3.1s") is None


def test_only_counts_a_catch_whose_test_passes_on_the_unbroken_code():
    """`--only` skips the unbroken suite and checks the catching test alone instead."""
    here = "tests/test_mutation_table.py::"
    ok, _ = mutation_check.passes_unbroken(here + "test_a_reported_failure_is_kept_as_its_test_function")
    assert ok
    ok, printed = mutation_check.passes_unbroken(here + "test_there_is_no_such_test")
    assert not ok and printed
