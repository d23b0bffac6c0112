"""Where the workspace lives: --db, then JXPLAN_DB, then a portable folder beside the executable, then user data."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

WORKSPACE_FILE = "workspace.jxplan"
PORTABLE_MARKER = "portable"
ENV_DB = "JXPLAN_DB"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def app_dir() -> Path:
    """The folder of the program the clerk started (the .exe when frozen, the checkout when run from source)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def file_name_part(text: str) -> str:
    """`text` without the characters Windows refuses in a file name (and without spaces, which e-mail clients split)."""
    return _NOT_IN_FILE_NAMES.sub("", text)


def is_portable(base: Path | None = None) -> bool:
    """A `portable` marker file beside the executable keeps data beside it (USB stick use)."""
    return ((base or app_dir()) / PORTABLE_MARKER).exists()


def data_dir(base: Path | None = None) -> Path:
    """Folder for the workspace, settings and logs: `<app>/data` in portable mode, else the per-user data folder."""
    base = base or app_dir()
    if is_portable(base):
        return base / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir("jxplan", appauthor=False, roaming=False))


def log_dir(base: Path | None = None) -> Path:
    return data_dir(base) / "logs"


def resolve_db_path(arg: str | os.PathLike | None = None, *, base: Path | None = None) -> Path:
    """The workspace file to use: explicit argument, else $JXPLAN_DB, else the default in data_dir()."""
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir(base) / WORKSPACE_FILE
