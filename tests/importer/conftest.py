"""Importer test setup: the shared corpus (skipped when absent) and the shipped unit directory."""

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("JXPLAN_CORPUS") or REPO / ".." / "shared" / "corpus")


@pytest.fixture(scope="session")
def directory():
    from jxplan.core.units import UnitDirectory

    return UnitDirectory.load_default()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "seeds").is_dir():
        pytest.skip("../shared/corpus is not present (a fresh clone has none)")
    return CORPUS


@pytest.fixture
def parse(directory):
    """parse_text with the shipped directory: parse(text, jurisdiction=None) -> dict."""
    from jxplan.importer import parse_text

    def run(text: str, **kwargs):
        return parse_text(text, directory=directory, **kwargs)

    return run
