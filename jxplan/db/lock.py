"""A writer lock beside the workspace file, so a second jxplan process gets a clear message instead of a fight."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from jxplan.errors import WorkspaceLockedError

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _host_name() -> str:
    """This computer's name, for the message; without importing socket, which start-up has no other use for."""
    return os.environ.get("COMPUTERNAME", "") if os.name == "nt" else os.uname().nodename


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".jxplan-lock")


class WriterLock:
    """An OS lock on `<workspace>.jxplan-lock`; the OS releases it when the process dies, so no stale locks."""

    def __init__(self, db_path: Path):
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise WorkspaceLockedError(
                f"工作区“{self.path.name.removesuffix('.jxplan-lock')}”正被另一个 jxplan 使用{holder}，"
                "请先关闭那个窗口或等它完成后再试"
            )
        # Who holds it, for the message the next process shows; written after the lock (byte 0 is locked).
        info = json.dumps({"pid": os.getpid(), "host": _host_name()}).encode()
        os.lseek(fd, 1, os.SEEK_SET)
        os.write(fd, info)
        os.ftruncate(fd, 1 + len(info))
        self._fd = fd

    @staticmethod
    def _read_holder(fd: int) -> str:
        try:
            os.lseek(fd, 1, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096).decode() or "{}")
        except (OSError, ValueError):
            return ""
        return f"（{info.get('host', '')} 上的进程 {info.get('pid', '')}）" if info else ""

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
