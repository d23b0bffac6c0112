"""Write the quarterly progress report (per unit or consolidated) as a GB/T 9704 公文 .docx."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from jxplan.errors import UserError
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
    st.setup_page_numbers(doc, profile)
    save_docx(doc, out)
    return out


def save_docx(doc, out: Path) -> None:
    """Save via a temporary file in the target folder and replace atomically."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("保存报告的文件夹不存在", where=str(folder))
    fd, tmp = tempfile.mkstemp(prefix=".jxplan-", suffix=".docx", dir=folder)
    os.close(fd)
    try:
        doc.save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is an ordinary file
        os.replace(tmp, out)
    except PermissionError as exc:
        raise UserError("无法写入报告文件，它可能正在 Word 或 WPS 中打开，请关闭后重试", where=str(out)) from exc
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


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
