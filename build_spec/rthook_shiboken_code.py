"""Runtime hook of the bundle (runs before PyInstaller's PySide6 hook): import shiboken6 with the code of its
support modules recalled from the build's recording (build_spec/shiboken_code.py) instead of compiled again.

A recorded module is used only when the source shiboken hands to compile() is byte for byte the one recorded;
any other call, and every call once shiboken6 is imported, goes to the real compile() (from this module, which
has no __future__ imports to pass on, as shiboken's bootstrap has none). Without the recording (a build that
lacks it, an unreadable file) nothing changes.
"""

import builtins
import marshal
import os
import sys


def cached_compile(recorded, original):
    """A compile() that returns the recorded code for a recorded source and compiles everything else."""

    def compile_or_recall(source, filename, mode, *args, **kwargs):
        if mode == "exec" and not args and not kwargs:
            hit = recorded.get(filename)
            if hit is not None and hit[0] == source:
                return marshal.loads(hit[1])
        return original(source, filename, mode, *args, **kwargs)

    return compile_or_recall


def import_shiboken(folder):
    try:
        with open(os.path.join(folder, "shiboken_code.bin"), "rb") as f:
            recorded = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return
    original = builtins.compile
    builtins.compile = cached_compile(recorded, original)
    try:
        import shiboken6  # noqa: F401
    finally:
        builtins.compile = original


if getattr(sys, "frozen", False):
    import_shiboken(sys._MEIPASS)
