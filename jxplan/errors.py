"""Error families: UserError (bad input or environment, shown as a plain Chinese message) vs bugs (everything else)."""

import errno


class UserError(Exception):
    """A problem the user can fix: bad file, locked workspace, full disk. `str(e)` is one Chinese sentence.

    Attributes:
        where: optional location (file, sheet, cell, line) already folded into the message.
    """

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None):
        super().__init__(f"{where}：{message}" if where else message)
        self.where = where


class InputFileError(UserError):
    """A file given to jxplan cannot be read or is not what it claims to be."""


class WorkspaceError(UserError):
    """The workspace file cannot be used: locked, newer schema, corrupt, read-only, disk full."""


class WorkspaceLockedError(WorkspaceError):
    """Another jxplan process holds the workspace for writing."""

    exit_code = 3


class NotFoundError(UserError):
    """A plan, unit or item named by the user does not exist."""


class PeriodError(UserError, ValueError):
    """A reporting period written in a form jxplan does not know (2025Q5, 第三季度)."""


def os_reason(exc: OSError, *, saving: bool = False) -> str:
    """Why the system refused a file, in Chinese (the OS's own text is English or in the ANSI code page); `saving`
    words it for a file being written. Windows reports a file held open by Excel or Word as a PermissionError."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "磁盘空间已满，文件没有保存；请清理磁盘或换一个位置后重试" if saving else "磁盘空间已满"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹，不能作为文件保存；请另取一个文件名" if saving else "这是一个文件夹，不是文件"
    if isinstance(exc, FileNotFoundError):
        return "保存位置不存在；请检查路径" if saving else "找不到这个文件"
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return ("无法保存：" if saving else "") + "路径上有一个同名的文件，不是文件夹"
    if isinstance(exc, PermissionError):
        if saving:
            return "无法写入：文件可能正在 Excel、Word 或 WPS 中打开（请关闭后重试），或这个位置没有写入权限"
        return "没有访问权限（文件是否正在 Excel、Word 或 WPS 中打开？）"
    if exc.errno == errno.EROFS:
        return "位置是只读的（如光盘或写保护的U盘）；请换一个位置"
    return f"{'无法保存文件' if saving else '无法打开文件'}（系统错误 {exc.errno or '未知'}）"
