"""The clerk-editable parts: template placeholders and overrides, the report profile, and the CLI end to end."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from word_docx import Docx, W, render

from jxplan.cli import main
from jxplan.errors import InputFileError
from jxplan.reports.profile import ReportProfile, load_profile
from jxplan.reports.word.default_template import build_template
from jxplan.reports.word.template import REQUIRED_PLACEHOLDERS, template_path
from jxplan.resources import resource_path


def _edit_template(folder: Path, edit) -> Path:
    """Copy the shipped template into a clerk's folder, changed by `edit(document)` as a clerk would in Word."""
    import docx

    folder.mkdir(exist_ok=True)
    doc = docx.Document(str(resource_path("templates", "report.docx")))
    edit(doc)
    doc.save(str(folder / "report.docx"))
    return folder


def _replace(doc, old: str, new: str) -> None:
    for p in doc.paragraphs:
        if p.text == old:
            p.runs[0].text = new
            for r in p.runs[1:]:
                r.text = ""
            return
    raise AssertionError(old)


def test_shipped_template_is_up_to_date_and_has_every_required_placeholder(tmp_path):
    import docx

    shipped = resource_path("templates", "report.docx")
    assert template_path(None) == shipped and template_path(tmp_path) == shipped
    text = "\n".join(p.text for p in docx.Document(str(shipped)).paragraphs)
    for name in REQUIRED_PLACEHOLDERS:
        assert f"{{{{{name}}}}}" in text
    build_template(tmp_path / "fresh.docx")
    with zipfile.ZipFile(shipped) as a, zipfile.ZipFile(tmp_path / "fresh.docx") as b:
        for part in ("word/document.xml", "word/styles.xml", "word/footer1.xml"):
            assert a.read(part) == b.read(part), f"{part} differs: run python -m jxplan.reports.word.default_template"


def test_clerk_template_overrides_texts_and_headings_are_renumbered(tmp_path):
    def edit(doc):
        _replace(doc, "四、下步工作打算", "下一步工作计划")
        _replace(doc, "特此报告。", "特此报告，请审阅。")
        _replace(doc, "{{开头}}", "按照{{文号}}要求，现将{{报告期}}情况报告如下。")

    folder = _edit_template(tmp_path / "tpl", edit)
    doc = render(tmp_path, template_folder=folder)
    texts = [t for _, t in doc.paragraphs()]
    assert "四、下一步工作计划" in texts and "特此报告，请审阅。" in texts
    assert "按照嘉政办发〔2024〕12号要求，现将2025年第三季度情况报告如下。" in texts


@pytest.mark.parametrize("name", REQUIRED_PLACEHOLDERS)
def test_template_missing_a_required_placeholder_says_which_in_chinese(tmp_path, name):
    folder = _edit_template(tmp_path / "tpl", lambda doc: _replace(doc, f"{{{{{name}}}}}", "（已删除）"))
    with pytest.raises(InputFileError) as err:
        render(tmp_path, template_folder=folder)
    assert f"报告模板缺少必需的占位符：{{{{{name}}}}}" in str(err.value) and "report.docx" in str(err.value)


def test_template_with_unknown_or_embedded_placeholders_is_refused(tmp_path):
    folder = _edit_template(tmp_path / "a", lambda doc: _replace(doc, "特此报告。", "{{签发人}}"))
    with pytest.raises(InputFileError, match=re.escape("占位符“{{签发人}}”无法识别")):
        render(tmp_path, template_folder=folder)
    folder = _edit_template(tmp_path / "b", lambda doc: _replace(doc, "{{存在问题}}", "问题：{{存在问题}}"))
    with pytest.raises(InputFileError, match="必须单独成段"):
        render(tmp_path, template_folder=folder)


def test_a_file_that_is_not_a_docx_gets_a_clear_message(tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report.docx").write_text("not a document", encoding="utf-8")
    with pytest.raises(InputFileError, match="报告模板无法打开"):
        render(tmp_path, template_folder=folder)


def test_profile_defaults_are_the_standard():
    p = ReportProfile()
    assert (p.line_pitch_twips, p.char_squeeze_twips, p.char_pitch_twips) == (579, -5, 315)
    assert p.fonts.body == "仿宋_GB2312" and p.fonts.title == "方正小标宋简体"


def test_profile_from_the_clerks_folder_changes_fonts_and_layout(tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report_profile.json").write_text(
        json.dumps({"fonts": {"body": "仿宋", "heading2": "楷体"}, "bold_level3": True, "lines_per_page": 21}),
        encoding="utf-8",
    )
    doc = render(tmp_path, template_folder=folder)
    normal = doc.style("Normal")
    assert normal.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "仿宋"
    assert doc.style("GwH2").find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "楷体"
    assert doc.style("GwH3").find(f"{W}rPr/{W}b").get(f"{W}val") == "1"
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}line") == str(12756 // 21)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"fonts": {"正文": "仿宋"}}', "字体项“正文”无法识别"),
        ('{"margin_top": 30}', "配置项“margin_top”无法识别"),
        ('{"body_pt": "大"}', "配置项“body_pt”的值“大”无效"),
        ("{not json", "报告配置文件无法读取"),
    ],
)
def test_bad_profile_is_refused_with_the_file_named(tmp_path, content, message):
    (tmp_path / "report_profile.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError, match=message) as err:
        load_profile(tmp_path)
    assert "report_profile.json" in str(err.value)


def test_cli_writes_consolidated_and_unit_reports_from_a_demo_workspace(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == 0
    out = tmp_path / "汇总.docx"
    assert (
        main(
            ["report", "word", "--db", db, "--plan", "2", "--period", "2026Q3", "-o", str(out), "--date", "2026-10-10"]
        )
        == 0
    )
    doc = Docx(out)
    texts = [t for _, t in doc.paragraphs()]
    assert texts[0].startswith("关于2026年第三季度《") and "2026年10月10日" in texts
    assert "None" not in doc.text() and "{{" not in doc.text()
    unit_out = tmp_path / "单位.docx"
    assert (
        main(
            [
                "report",
                "word",
                "--db",
                db,
                "--plan",
                "1",
                "--period",
                "2026Q3",
                "--unit",
                "市科技局",
                "-o",
                str(unit_out),
            ]
        )
        == 0
    )
    assert "市科技局" in [t for _, t in Docx(unit_out).paragraphs()]
    capsys.readouterr()
    assert main(["report", "word", "--db", db, "--plan", "1", "--period", "2026Q9", "-o", str(out)]) != 0
    assert main(["report", "pdf", "--db", db, "--plan", "1", "--period", "2026Q3", "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert "报告期“2026Q9”格式不对" in err and "报告类型“pdf”无法识别" in err
