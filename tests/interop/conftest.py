"""Records for the interop tests: the seed (bare and with review metadata) and the dev set."""

import os
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_program, require_shared

CSL_STYLES = "/usr/share/citation-style-language/styles"


@pytest.fixture(scope="session")
def records(all_records):
    """The seed twice (no metadata; NYT metadata) and every dev record."""
    return all_records


@pytest.fixture(scope="session")
def books(records):
    return [b for r in records for b in r.books]


ZOTERO = Path(__file__).resolve().parents[3] / "shared" / "zotero" / "start.sh"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def zotero(tmp_path_factory):
    """Zotero's translation-server (../shared/zotero, AGPL), run as a separate program on a
    free port of 127.0.0.1 for the session, then stopped: its base URL. Its first start
    installs its npm dependencies into the work folder (CATALOG_ZOTERO_WORKDIR keeps one
    between sessions). With no ../shared it skips,
    as the dev set's tests do (CATALOG_REQUIRE_DATA=1: it fails)."""
    require_shared(ZOTERO.parent, ZOTERO.name, "Zotero's translation-server")   # ../shared, as the dev set
    require_program("node")
    require_program("npm")
    work = os.environ.get("CATALOG_ZOTERO_WORKDIR") or str(tmp_path_factory.mktemp("zotero") / "ts")
    port = _free_port()
    started = subprocess.run(["bash", str(ZOTERO), str(port), work], capture_output=True, text=True, timeout=900)
    assert started.returncode == 0, f"Zotero's translation-server did not start: {started.stderr[-2000:]}"
    pid = int(started.stdout.split()[-1])
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(pid, signal.SIGTERM)
