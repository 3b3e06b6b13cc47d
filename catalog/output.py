"""Writing files so that nothing is lost or half-written, whatever happens during a run.

Each output goes to a temporary file beside its target (named for this process, so a
later run can tell a dead run's leftovers) and is renamed into place only when every
output is complete and every target has been checked: all files are replaced, or none.
Files get the mode an ordinary file would get under the user's umask.
"""
from __future__ import annotations

import glob
import os
import re
import tempfile
from pathlib import Path
from typing import TextIO

from catalog.errors import InputError, OutputError

# ".corpus.mods.xml.catalog-4242-k3j2.tmp": target name, our process id, mkstemp's letters.
_TEMP = re.compile(r"^\.(?P<target>.+)\.catalog-(?P<pid>\d+)-[^.]+\.tmp$")


def ensure_writable(folder: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder ({exc.strerror})", str(folder)) from None
    if not os.access(folder, os.W_OK):
        raise InputError("output folder is not writable", str(folder))


def ensure_file_target(path: Path) -> None:
    """A path a file can be written to: not a folder, a device or a pipe."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise OutputError("it is a folder or a special file, not a file to replace", str(path))
    ensure_writable(path.parent)


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp_beside(target: Path) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.catalog-{os.getpid()}-", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, _file_mode())   # mkstemp makes 0600; an output is an ordinary file
    return fd, Path(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temporary files an earlier catalog run left here (killed with SIGKILL, say),
    those whose process is gone; another live run's files are left alone."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _TEMP.match(name)
        if m and int(m.group("pid")) != os.getpid() and not _alive(int(m.group("pid"))):
            try:
                (folder / name).unlink()
                removed.append(folder / name)
            except OSError:
                pass
    return removed


def write_atomic(path: Path, text: str) -> None:
    """Readers see the previous file or the new one, never half of either."""
    staged = StagedFiles({"file": path})
    try:
        staged.write("file", text)
        staged.commit()
    except BaseException:
        staged.discard()
        raise


class StagedFiles:
    """Output files written beside their targets and renamed into place on commit."""

    def __init__(self, targets: dict[str, Path]):
        self.targets = targets
        self.handles: dict[str, TextIO] = {}
        self.temps: dict[str, Path] = {}
        for folder in {t.parent for t in targets.values()}:
            remove_stale_temps(folder)
        try:
            for name, target in targets.items():
                fd, tmp = _temp_beside(target)
                self.temps[name] = tmp
                self.handles[name] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            self.discard()
            raise OutputError(exc.strerror or str(exc), str(next(iter(targets.values())).parent)) from None
        except BaseException:   # a signal while the files are being made
            self.discard()
            for target in targets.values():   # one made but not yet recorded when the signal came
                for tmp in target.parent.glob(f".{glob.escape(target.name)}.catalog-{os.getpid()}-*.tmp"):
                    tmp.unlink(missing_ok=True)
            raise

    def write(self, name: str, text: str) -> None:
        try:
            self.handles[name].write(text)
        except OSError as exc:   # a full disk, a quota: one line for the user, nothing left behind
            raise OutputError(exc.strerror or str(exc), str(self.targets[name])) from None

    def commit(self) -> None:
        """Finish every file, check every target, then rename: all are replaced, or none."""
        for name, handle in self.handles.items():
            try:
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
            except OSError as exc:
                raise OutputError(exc.strerror or str(exc), str(self.targets[name])) from None
        for target in self.targets.values():
            if target.is_symlink() or (target.exists() and not target.is_file()):
                raise OutputError("cannot be replaced (it is a folder or a special file)", str(target))
        for name, tmp in self.temps.items():
            os.replace(tmp, self.targets[name])
        self.temps.clear()

    def discard(self) -> None:
        """Close and delete every temporary file; a failing close (a full disk) stops nothing."""
        for handle in self.handles.values():
            if not handle.closed:
                try:
                    handle.close()
                except OSError:
                    pass
        for tmp in self.temps.values():
            tmp.unlink(missing_ok=True)
        self.temps.clear()
