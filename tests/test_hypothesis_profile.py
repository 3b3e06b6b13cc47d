"""Property tests are derandomized in CI (tests/conftest.py's "ci" profile): a build fails
for a change, never for a lucky draw. Every property test of the suite is checked, with
the settings it really runs with, in a process that has CI set as a CI runner has it."""
import json
import os
import subprocess
import sys

from tests.conftest import ROOT

# Imports every test module as pytest would (conftest first) and prints, for each property
# test, the settings it runs with: its own @settings, which inherit the profile, or the profile's.
_SETTINGS_OF_EVERY_PROPERTY_TEST = """
import importlib, inspect, json
from pathlib import Path
import tests.conftest
from hypothesis import settings

def tests_in(holder):
    for name, value in vars(holder).items():
        if inspect.isclass(value):
            yield from tests_in(value)
        elif name.startswith("test") and hasattr(value, "hypothesis"):
            yield f"{holder.__name__}.{name}", getattr(value, "_hypothesis_internal_use_settings", settings.default)

found = {}
for path in sorted(Path("tests").rglob("test_*.py")):
    module = importlib.import_module(".".join(path.with_suffix("").parts))
    for name, used in tests_in(module):
        found[name] = [used.derandomize, used.database is None]
print(json.dumps(found))
"""


def _settings(**env: str) -> dict[str, list[bool]]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    done = subprocess.run([sys.executable, "-c", _SETTINGS_OF_EVERY_PROPERTY_TEST], cwd=ROOT, capture_output=True,
                          text=True, env={**environment, **env}, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_property_test_is_derandomized_in_ci():
    in_ci = _settings(CI="true")
    written = sum(path.read_text(encoding="utf-8").count("\n@given(") for path in (ROOT / "tests").rglob("test_*.py"))
    assert len(in_ci) == written > 25   # the walk found every property test (a nested one fixes its own settings)
    assert {name for name, (fixed, no_database) in in_ci.items() if not (fixed and no_database)} == set()


def test_the_fuzz_profile_searches_at_random_even_in_ci():
    fuzz = _settings(CI="true", HYPOTHESIS_PROFILE="fuzz")
    random = {name for name, (fixed, _) in fuzz.items() if not fixed}
    assert "tests.validate.test_iso2709.test_what_the_check_accepts_pymarc_reads" in random
