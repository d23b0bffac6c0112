"""`python -m jxplan` runs the command line (no arguments: the window)."""

import sys

from jxplan.cli import main

sys.exit(main(sys.argv[1:] or ["gui"]))
