"""Shiboken's embedded support modules, compiled once at build time instead of at every start of the bundle.

shiboken6 is a limited-API build: on import it unpacks its `shibokensupport` package from a zip inside the
extension and runs `compile()` on the source of each module, every start (~35 ms here, a sixth of a bare
PySide6 window's start-up). The build records what those calls return (`record`); the bundle's runtime hook
(`rthook_shiboken_code.py`) answers the same calls from the recording while it imports shiboken6. The build's
interpreter is the bundle's, so the marshalled code objects fit it.

    python build_spec/shiboken_code.py OUT      (the spec runs this in a fresh interpreter)
"""

from __future__ import annotations

import builtins
import marshal
import sys
from pathlib import Path

FILE_NAME = "shiboken_code.bin"  # beside the bundle's other data, at the top of _internal/


def record(out: Path) -> int:
    """Import shiboken6 with compile() watched; write {file name: (source, marshalled code)} to `out`.

    Must run in an interpreter where shiboken6 is not imported yet (hence the spec's subprocess).
    """
    if "shiboken6" in sys.modules:
        raise RuntimeError("shiboken6 is already imported: its support modules would not be compiled again")
    original = builtins.compile
    seen: dict[str, tuple[bytes, bytes]] = {}

    def watching(source, filename, mode, *args, **kwargs):
        if isinstance(source, bytes) and isinstance(filename, str) and mode == "exec" and not args and not kwargs:
            # Compiled as shiboken's own call compiles it (its bootstrap has no __future__ imports), not with the
            # flags this module would pass on.
            code = original(source, filename, mode, dont_inherit=True)
            seen[filename] = (source, marshal.dumps(code))
            return code
        return original(source, filename, mode, *args, **kwargs)

    builtins.compile = watching
    try:
        import shiboken6  # noqa: F401
    finally:
        builtins.compile = original
    out.write_bytes(marshal.dumps(seen))
    return len(seen)


if __name__ == "__main__":
    count = record(Path(sys.argv[1]))
    print(f"{count} shiboken support modules recorded in {sys.argv[1]}")
