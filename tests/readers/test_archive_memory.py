"""A .tgz is read as a stream in memory that does not grow with its member count
(tarfile keeps every header it reads unless told otherwise)."""
import io
import tarfile
import tracemalloc

from catalog.readers.sources import documents


def _tgz(path, members):
    with tarfile.open(path, "w:gz") as archive:
        for n in range(members):
            data = f"Article {n}. The council met on Tuesday.\n".encode()
            info = tarfile.TarInfo(f"1996/07/01/doc{n:06d}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _peak_while_reading(path) -> int:
    tracemalloc.start()
    count = sum(1 for _ in documents([str(path)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count > 0
    return peak


def test_reading_a_tgz_does_not_keep_its_headers(tmp_path):
    small = _peak_while_reading(_tgz(tmp_path / "small.tgz", 1_000))
    large = _peak_while_reading(_tgz(tmp_path / "large.tgz", 8_000))
    assert large < small * 1.5 + 200_000, (small, large)
