"""The reports as LibreOffice prints them: they convert, and the ledger runs over landscape A4 pages with the
header repeated on each."""

import pytest

from jxplan.reports.kinds import REPORT_KINDS
from tests.reports_xlsx import plans

pytestmark = pytest.mark.slow


def test_ledger_prints_on_landscape_a4_with_header_on_every_page(ws, tmp_path, to_pdf, pdf_pages):
    plan_id = plans.many_tasks_plan(ws, 60)
    pdf = to_pdf(REPORT_KINDS["ledger"](ws, plan_id, "2026Q3", None, tmp_path / "ledger.xlsx"))
    pages, (width, height) = pdf_pages(pdf)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape in points
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        squeezed = text.replace(" ", "")
        assert "序号" in squeezed and "本期进展情况" in squeezed and "下步计划" in squeezed, number
        assert f"第{number}页，共{len(pages)}页" in squeezed
    assert "重点任务落实台账" in pages[0].replace(" ", "")
    assert "第60项" in pages[-1] and "第60项" not in pages[-2]


@pytest.mark.parametrize("kind", ["indicators", "keyworks"])
def test_other_reports_convert_to_one_landscape_page(ws, tmp_path, to_pdf, pdf_pages, kind):
    plan_id = plans.seed001_plan(ws)
    pdf = to_pdf(REPORT_KINDS[kind](ws, plan_id, "2026Q3", None, tmp_path / f"{kind}.xlsx"))
    pages, (width, height) = pdf_pages(pdf)
    assert width > height
    assert len(pages) == 1
    assert "2026年第三季度" in pages[0].replace(" ", "")
