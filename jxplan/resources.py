"""Locate the shipped data files in `resources/` (source checkout and frozen bundle alike)."""

from pathlib import Path

# resources/ sits beside the package both in a checkout and in the PyInstaller bundle (_internal/resources),
# so one rule serves both without sys._MEIPASS branches.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. resource_path("units.json")."""
    return RESOURCES_DIR.joinpath(*parts)
