"""Render the report with LibreOffice and measure it: 22 lines × ≤28 characters, page numbers odd right / even left."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from word_docx import REPORT_DATE, render
from word_sample import PLAN_TITLE

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word.content import chinese_date
from jxplan.reports.word.title_breaks import title_lines
from tests import office

pytestmark = pytest.mark.slow

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
PT_PER_MM = 72 / 25.4
TITLE_LINES = title_lines(f"关于2025年第三季度《{PLAN_TITLE}》工作进展情况的报告", ReportProfile().title_chars)


def _to_pdf(docx_path, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) 未安装，无法做版面实测")
    return office.convert(docx_path, "pdf", tmp_path)


def _pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for width, height, body in PAGE.findall(out):
        words = sorted((float(y1), float(x0), float(x1), html.unescape(t)) for x0, _, x1, y1, t in WORD.findall(body))
        lines: list[list] = []
        for word in words:
            if lines and abs(lines[-1][-1][0] - word[0]) <= 1.5:
                lines[-1].append(word)
            else:
                lines.append([word])
        rows = [
            {
                "y": max(w[0] for w in ln),
                "x0": min(w[1] for w in ln),
                "x1": max(w[2] for w in ln),
                "text": "".join(w[3] for w in sorted(ln, key=lambda w: w[1])),
            }
            for ln in lines
        ]
        footer = rows.pop() if rows and PAGE_NUMBER.match(rows[-1]["text"]) else None
        pages.append({"width": float(width), "height": float(height), "lines": rows, "footer": footer})
    return pages


HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.\D)")
HANGING = "，。、；：！？）”’》"


def _ideographs(text: str) -> int:
    return sum(1 for ch in text if ord(ch) >= 0x2E80)


def _hanging(text: str) -> int:
    """Closing punctuation LibreOffice 7.4 hangs past the right edge: it ignores w:overflowPunct="0", which
    Word honours (允许标点溢出边界 off), so at most one such mark may stick out here."""
    return 1 if text and text[-1] in HANGING else 0


def test_rendered_report_has_22_lines_of_28_characters_and_alternating_page_numbers(tmp_path):
    p = ReportProfile()
    pages = _pages(_to_pdf(render(tmp_path).path, tmp_path))
    portrait = [pg for pg in pages if pg["height"] > pg["width"]]
    assert len(portrait) >= 4, "the sample report should fill several portrait pages"
    left = p.margin_left_mm * PT_PER_MM
    right = left + p.text_width_twips / 20
    # The title keeps the balanced lines it was given: none is too wide and wraps again.
    title = [line["text"].replace(" ", "") for line in pages[0]["lines"][: len(TITLE_LINES)]]
    assert title == TITLE_LINES
    full_pages = portrait[1:-1]  # page 1 holds the title; the last body page is partly empty
    longest = 0
    for n, page in enumerate(full_pages, start=2):
        count = len(page["lines"])
        assert count <= p.lines_per_page, f"page {n}: {count} lines"
        if count < p.lines_per_page:
            # A heading moves overleaf with its text (two headings of two lines at most); before the last page the
            # closing (特此报告, 附件, 署名, 日期) travels with the body's last lines and a heading over them.
            assert HEADING.match(pages[n]["lines"][0]["text"]), f"page {n}: {count} lines, no heading follows"
            assert count >= p.lines_per_page - (12 if n == len(portrait) - 1 else 4), f"page {n}: {count} lines"
        for line in page["lines"]:
            hang = _hanging(line["text"])
            assert line["x1"] <= right + 1.0 + hang * p.body_pt, f"page {n}: runs into the margin: {line['text']}"
            chars = _ideographs(line["text"]) - hang
            assert chars <= p.chars_per_line, f"page {n}: {chars} characters: {line['text']}"
            longest = max(longest, chars)
    assert longest == p.chars_per_line, "no line reached 28 characters: the character squeeze is not working"

    one_char = p.page_number_pt
    for n, page in enumerate(pages, start=1):
        footer = page["footer"]
        assert footer is not None, f"page {n} has no page number"
        assert PAGE_NUMBER.match(footer["text"]).group(1) == str(n)
        if page["height"] < page["width"]:
            continue  # landscape attachment pages: the number is there and continues; position not prescribed here
        if n % 2:
            assert abs(footer["x1"] - (right - one_char)) < 2.0, f"odd page {n}: number at {footer['x1']:.1f}"
        else:
            assert abs(footer["x0"] - (left + one_char)) < 2.0, f"even page {n}: number at {footer['x0']:.1f}"
        below_text = footer["y"] - (p.margin_top_mm * PT_PER_MM + p.text_height_twips / 20)
        assert 3 * PT_PER_MM < below_text < 12 * PT_PER_MM, f"page {n}: number {below_text / PT_PER_MM:.1f} mm below"


def test_no_page_ends_with_a_heading(tmp_path):
    """A heading stays whole and with the first line of its text: never last on a page with its text overleaf."""
    import docx

    report = render(tmp_path)
    headings = [
        para.text.replace(" ", "")
        for para in docx.Document(str(report.path)).paragraphs
        if para.style.name.endswith("级标题")
    ]
    pages = _pages(_to_pdf(report.path, tmp_path))
    body_pages = [pg for pg in pages if pg["height"] > pg["width"]][:-1]
    assert len(body_pages) >= 4
    for n, page in enumerate(body_pages, start=1):
        last = page["lines"][-1]["text"].replace(" ", "")
        assert not any(h.startswith(last) for h in headings), f"page {n} ends with the heading “{last}”"
    # The date under the signature is one line (digits and the space Word puts around them are wider than ½).
    date = chinese_date(REPORT_DATE)
    assert any(line["text"].replace(" ", "") == date for pg in pages for line in pg["lines"]), f"{date} wrapped"
