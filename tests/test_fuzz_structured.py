"""The structured fuzzer (fuzz/fuzz_structured.py) on a small fixed budget: JSON lines,
archives and NITF built to break the readers give no traceback and no invalid output."""
import subprocess
import sys

from tests.conftest import ROOT


def test_structured_fuzzer_small_budget():
    done = subprocess.run([sys.executable, "fuzz/fuzz_structured.py", "--inputs", "300", "--seed", "3"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "tracebacks 0 invalid_outputs 0" in done.stdout
