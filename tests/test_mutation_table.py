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
