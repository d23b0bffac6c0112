"""Entry point of the frozen program: `jxplan.exe` alone opens the window, `jxplan.exe CMD …` runs a command."""

import sys


def _no_console_streams() -> None:
    """A windowed .exe has no stdout/stderr (None); send them to a file so a crash before logging starts leaves a trace.

    Not jxplan.log: the GUI rotates that one, and Windows cannot rename a file another handle holds open.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    try:
        from jxplan.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / "jxplan-stderr.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (lives with the process)
    except OSError:
        import os

        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


if __name__ == "__main__":
    _no_console_streams()
    from jxplan.cli import main

    sys.exit(main(sys.argv[1:] or ["gui"]))
