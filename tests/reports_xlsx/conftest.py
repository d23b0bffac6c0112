"""Fixtures for the Excel report tests: LibreOffice conversion to PDF and text per printed page."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests import office


@pytest.fixture
def to_pdf(tmp_path):
    """Convert an .xlsx to PDF with LibreOffice; skip when it is missing."""
    office.soffice()
    return lambda xlsx: office.convert(xlsx, "pdf", tmp_path / "pdf")


@pytest.fixture
def pdf_pages():
    """Text of each page of a PDF and its page size in points, via pdftotext/pdfinfo; skip when poppler is missing."""
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed")

    def pages(pdf: Path) -> tuple[list[str], tuple[float, float]]:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        count = int(fields["Pages"])
        w, _x, h = fields["Page size"].split()[:3]
        texts = [
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for n in range(1, count + 1)
        ]
        return texts, (float(w), float(h))

    return pages
