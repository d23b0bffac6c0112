"""Error families: UserError (bad input or environment, shown as a plain Chinese message) vs bugs (everything else)."""


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
