"""Helpers for the Word report tests: render the sample report and read its XML parts."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from lxml import etree
from word_sample import sample_data

from jxplan.reports.word.report import write_word_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REPORT_DATE = date(2025, 10, 10)


class Docx:
    """The XML parts of a .docx, parsed."""

    def __init__(self, path: Path):
        self.path = path
        with zipfile.ZipFile(path) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}

    def xml(self, name: str):
        return etree.fromstring(self.parts[f"word/{name}"])

    @property
    def document(self):
        return self.xml("document.xml")

    @property
    def styles(self):
        return self.xml("styles.xml")

    def style(self, style_id: str):
        for s in self.styles.iter(f"{W}style"):
            if s.get(f"{W}styleId") == style_id:
                return s
        raise AssertionError(f"no style {style_id}")

    def paragraphs(self):
        """(style id, text) of every paragraph of the body, tables included."""
        out = []
        for p in self.document.iter(f"{W}p"):
            ps = p.find(f"{W}pPr/{W}pStyle")
            out.append((ps.get(f"{W}val") if ps is not None else None, "".join(t.text or "" for t in p.iter(f"{W}t"))))
        return out

    def text(self) -> str:
        return "\n".join(t for _, t in self.paragraphs())


def render(tmp_path: Path, data=None, name: str = "report.docx", **kwargs) -> Docx:
    out = tmp_path / name
    write_word_report(data if data is not None else sample_data(), out, report_date=REPORT_DATE, **kwargs)
    return Docx(out)
