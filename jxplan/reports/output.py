"""Write an output file (report, fill-in workbook, merge report) whole or not at all, with a Chinese reason on failure."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from jxplan.errors import UserError, os_reason


def save_atomically(out: Path | str, write: Callable[[str], None]) -> Path:
    """`write(tmp)` into a temporary file beside `out`, then move it over `out` in one step.

    A failed save (file open in Excel/Word/WPS, full disk, a folder where the file should be) leaves `out` as it was
    and no temporary file behind, and says what went wrong and where as a UserError.
    """
    out = Path(out)
    tmp = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".jxplan-", suffix=out.suffix, dir=out.parent)
        os.close(fd)
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; an exported file is an ordinary file
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise UserError(_reason(exc, out), where=str(out)) from exc
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return out


def _reason(exc: OSError, out: Path) -> str:
    if out.is_dir():  # replacing a folder fails as IsADirectoryError here, as PermissionError on Windows
        return os_reason(IsADirectoryError(), saving=True)
    return os_reason(exc, saving=True)
