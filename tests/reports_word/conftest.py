"""Fixtures for the Word report tests."""

import pytest
from word_docx import Docx, render


@pytest.fixture
def report(tmp_path) -> Docx:
    """The sample consolidated report (24 tasks in 4 sections, 12 indicators), rendered."""
    return render(tmp_path)
