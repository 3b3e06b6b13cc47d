"""The mutation fuzzer (fuzz/fuzz_catalog.py) on a small fixed budget: mutated real
trailers give no crash and no invalid output, and the .bib scan agrees with bibtexparser
on every .bib written and on a damaged copy of each; every text a fast check let through
passes the format's full validator."""
import re
import subprocess
import sys

from tests.conftest import ROOT


def test_mutation_fuzzer_small_budget():
    done = subprocess.run([sys.executable, "fuzz/fuzz_catalog.py", "--inputs", "600", "--seed", "4"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "crashes 0, invalid outputs 0" in done.stdout and "bib scan disagreements 0" in done.stdout
    compared = int(re.search(r"bib texts compared (\d+)", done.stdout).group(1))
    accepted = int(re.search(r"of them accepted by the scan (\d+)", done.stdout).group(1))
    assert compared >= 400 and 0 < accepted < compared      # both verdicts were exercised
    assert "fast check disagreements 0" in done.stdout
    assert int(re.search(r"fast checks compared (\d+)", done.stdout).group(1)) >= 600   # .bib twice and MARCXML
