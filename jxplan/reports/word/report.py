"""Write the quarterly progress report (per unit or consolidated) as a GB/T 9704 公文 .docx."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from jxplan.reports.output import save_atomically
from jxplan.reports.profile import ReportProfile, load_profile
from jxplan.reports.word import styles as st
from jxplan.reports.word.content import build_values
from jxplan.reports.word.template import fill_template, open_template, template_path


def write_word_report(
    data,
    out: Path | str,
    *,
    template_folder: Path | str | None = None,
    profile: ReportProfile | None = None,
    report_date: date | None = None,
    signer: str = "",
) -> Path:
    """Render `data` (ReportData) into `out`; the template and profile come from `template_folder` if it has them.

    `signer` signs a consolidated report when the settings name no 署名 (the clerk's unit).

    The file is written to a temporary name first, so a failure never leaves a half-written report.
    """
    out = Path(out)
    profile = profile or load_profile(template_folder)
    path = template_path(template_folder)
    doc = open_template(path)
    st.apply_profile(doc, profile)
    values = build_values(data, profile, report_date or date.today(), signer)
    fill_template(doc, values, where=str(path), profile=profile)
    keep_closing_with_body(doc)
    st.setup_page_numbers(doc, profile)
    save_docx(doc, out)
    return out


_DATE_LINE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")


def keep_closing_with_body(doc) -> None:
    """Keep 特此报告, 附件说明, 署名 and 成文日期 on the page of the body's last lines (GB/T 9704 §7.3.5).

    The standard forbids a page that holds only the signature and date; chaining keep-with-next from the last
    body paragraph to the date moves the last lines of the body along whenever the closing would fall alone.
    """
    from jxplan.reports.word.ooxml import PPR_ORDER, set_child

    paragraphs = doc.paragraphs
    date_at = next((i for i in range(len(paragraphs) - 1, -1, -1) if _DATE_LINE.match(paragraphs[i].text)), None)
    if date_at is None:
        return
    passed_closing = False
    for para in reversed(paragraphs[:date_at]):
        set_child(para._p.get_or_add_pPr(), "keepNext", PPR_ORDER)
        text = para.text.strip()
        if passed_closing and text:
            break  # the last body paragraph: its last lines now travel with the closing
        passed_closing = passed_closing or text.startswith("特此")


def save_docx(doc, out: Path) -> None:
    """Save the document whole or not at all (reports.output)."""
    save_atomically(out, doc.save)


def word_report(
    ws, plan_id: int, period, unit_id: int | None, out: Path | str, *, report_date: date | None = None, **_options
) -> Path:
    """The `word` report kind: collect the recorded progress and write the 公文; template folder from settings."""
    from jxplan.services.report_data import collect
    from jxplan.services.units import unit_names

    data = collect(ws, plan_id, period, unit_id)
    clerk_unit = data.settings.get("clerk_unit_id")
    signer = unit_names(ws).get(clerk_unit, "") if clerk_unit else ""
    return write_word_report(
        data, out, template_folder=data.settings.get("template_dir") or None, report_date=report_date, signer=signer
    )
