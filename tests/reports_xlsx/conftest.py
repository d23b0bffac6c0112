"""Fixtures for the Excel report tests: LibreOffice conversion to PDF and text per printed page."""

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

# Official font names mapped onto the Noto CJK fonts of a Linux test machine; without such aliases
# LibreOffice falls back glyph by glyph and converts several times slower. Calibri (the workbook's default
# font, which sets Excel's column width unit) goes to the closest metric font there, not to DejaVu Sans,
# whose wide digits would print every sheet at two thirds of its size.
_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
{aliases}
</fontconfig>
"""
_ALIASES = {
    "Noto Serif CJK SC": ("仿宋", "仿宋_GB2312", "宋体", "方正小标宋简体"),
    "Noto Sans CJK SC": ("黑体",),
    "Liberation Sans": ("Calibri",),
}


def _fonts_conf(folder: Path) -> Path:
    lines = [
        f'  <alias binding="same"><family>{name}</family><prefer><family>{target}</family></prefer></alias>'
        for target, official in _ALIASES.items()
        for name in official
    ]
    path = folder / "fonts.conf"
    path.write_text(_FONTS_CONF.format(aliases="\n".join(lines)), encoding="utf-8")
    return path


@pytest.fixture
def to_pdf(tmp_path):
    """Convert an .xlsx to PDF with LibreOffice (private profile, font aliases); skip when it is missing."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed: cannot check the printed layout")
    conf = _fonts_conf(tmp_path)

    def convert(xlsx: Path) -> Path:
        out = tmp_path / "pdf"
        profile = (tmp_path / f"lo-{uuid.uuid4().hex}").as_uri()
        env = {"FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(xlsx),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
        )
        pdf = out / (xlsx.stem + ".pdf")
        assert done.returncode == 0 and pdf.exists(), done.stderr
        return pdf

    return convert


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
