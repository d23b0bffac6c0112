"""The reports as LibreOffice prints them: they convert, and the ledger runs over landscape A4 pages with the
header repeated on each."""

import pytest

from jxplan.reports.xlsx.export import write_data
from tests.reports_xlsx import fakes

pytestmark = pytest.mark.slow


def test_ledger_prints_on_landscape_a4_with_header_on_every_page(tmp_path, to_pdf, pdf_pages):
    data = fakes.ReportData("嘉兴市两新深度融合实施方案", sections=fakes.ledger_sections(90, 3))
    pdf = to_pdf(write_data("ledger", data, tmp_path / "ledger.xlsx"))
    pages, (width, height) = pdf_pages(pdf)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape in points
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        squeezed = text.replace(" ", "")
        assert "序号" in squeezed and "本期进展情况" in squeezed and "下步计划" in squeezed, number
        assert f"第{number}页，共{len(pages)}页" in squeezed
    assert "重点任务落实台账" in pages[0].replace(" ", "")


@pytest.mark.parametrize("kind", ["indicators", "keyworks"])
def test_other_reports_convert_to_one_page_wide(tmp_path, to_pdf, pdf_pages, kind):
    data = fakes.ReportData(
        "315工程实施方案", indicators=fakes.seed001_indicators(), key_works=fakes.seed001_key_works()
    )
    pdf = to_pdf(write_data(kind, data, tmp_path / f"{kind}.xlsx"))
    pages, (width, height) = pdf_pages(pdf)
    assert width > height
    assert len(pages) == 1
    assert "2026年第三季度" in pages[0].replace(" ", "")
