"""Benchmark: the consolidated 公文 report of a plan with 1,000 tasks and 200 indicators, against writing the
same paragraphs and tables with bare python-docx (add_paragraph / add_table + add_row) in the same run.

Run from the repository root: python -m bench.bench_word [--runs 5]  (not part of the test run)

The data is built from the real domain classes by the tests' sample builder (no workspace).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "reports_word"))

from word_sample import sample_data

from bench.harness import interleaved, report
from jxplan.reports.profile import ReportProfile
from jxplan.reports.word.blocks import Para
from jxplan.reports.word.content import INDICATOR_COLUMNS, LEDGER_COLUMNS, build_values
from jxplan.reports.word.report import write_word_report
from jxplan.reports.word.template import BLOCK_PLACEHOLDERS


def _plain_content(data):
    """The report's paragraphs and table rows as plain text, for the baseline to write."""
    values = build_values(data, ReportProfile(), date(2025, 10, 10), "嘉兴市科学技术局")
    paragraphs = []
    for key in BLOCK_PLACEHOLDERS:
        if key == "附件":
            continue  # the attachment tables are written below
        paragraphs.extend(p.text for p in values[key] if isinstance(p, Para))
    tables = []
    from lxml import etree

    for att in values["附件"]:
        table = etree.fromstring(
            att.content[0].xml.replace(
                "<w:tbl>", '<w:tbl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', 1
            )
        )
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        rows = [
            ["\n".join(t.text or "" for t in tc.iter(f"{ns}t")) for tc in tr.iter(f"{ns}tc")]
            for tr in table.iter(f"{ns}tr")
        ]
        tables.append(rows)
    return paragraphs, tables


def bare_python_docx(paragraphs, tables, out: Path) -> None:
    import docx

    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    for rows, columns in zip(tables, (LEDGER_COLUMNS, INDICATOR_COLUMNS), strict=False):
        table = doc.add_table(rows=0, cols=len(columns))
        for values in rows:
            cells = table.add_row().cells
            if len(values) == 1:  # section row: merge across
                cells[0].merge(cells[-1]).text = values[0]
                continue
            for cell, value in zip(cells, values, strict=True):
                cell.text = value
    doc.save(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    data = sample_data(tasks=1000, indicators=200, sections=10)
    paragraphs, tables = _plain_content(data)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        results = interleaved(
            {
                "bare python-docx (add_paragraph, add_row)": lambda: bare_python_docx(
                    paragraphs, tables, out / "bare.docx"
                ),
                "jxplan 公文 report (template, styles, tables)": lambda: write_word_report(
                    data, out / "ours.docx", report_date=date(2025, 10, 10)
                ),
            },
            repeat=args.runs,
        )
        size = (out / "ours.docx").stat().st_size
    rows = sum(len(t) for t in tables)
    report(
        f"consolidated report, 1000 tasks and 200 indicators: {len(paragraphs)} paragraphs, {rows} table rows, "
        f"{size / 1024:.0f} KiB",
        results,
    )


if __name__ == "__main__":
    main()
