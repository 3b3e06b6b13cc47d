"""A desk served as a user runs it: `catalog review` in its own process, on a free port."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "review-desk.jsonl"


@pytest.fixture
def run_file(tmp_path) -> Path:
    """The bundled review-desk example exported as a run's hub JSON lines."""
    out = tmp_path / "run"
    subprocess.run([sys.executable, "-m", "catalog", "export", str(EXAMPLE), "--to", "json", "-o", str(out)],
                   capture_output=True, timeout=120, check=True)
    return out / "review-desk.jsonl"


class Desk:
    def __init__(self, run: Path, journal: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "catalog", "review", str(run), "--corrections", str(journal), "--port", "0",
             "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.banner = self.process.stdout.readline()
        self.url = self.process.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), (self.banner, self.url, self.process.stderr.read())
        self.base, self.token = self.url.split("/?token=")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def start_desk():
    desks = []

    def start(run: Path, journal: Path) -> Desk:
        desks.append(Desk(run, journal))
        return desks[-1]
    yield start
    for desk in desks:
        desk.stop()
