"""Write an output file (report, fill-in workbook, merge report) whole or not at all, with a Chinese reason on failure."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from jxplan.errors import UserError


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
    # Windows reports a file held open by Excel or Word as a PermissionError on the final replace.
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "磁盘空间已满，文件没有保存；请清理磁盘或换一个位置后重试"
    if isinstance(exc, IsADirectoryError) or out.is_dir():
        return "这是一个文件夹，不能作为文件保存；请另取一个文件名"
    if isinstance(exc, PermissionError):
        return "无法写入：文件可能正在 Excel、Word 或 WPS 中打开（请关闭后重试），或这个位置没有写入权限"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "保存位置不存在或不是文件夹；请检查路径"
    if exc.errno == errno.EROFS:
        return "保存位置是只读的（如光盘或写保护的U盘）；请换一个位置"
    return f"无法保存文件（系统错误 {exc.errno or '未知'}）"
