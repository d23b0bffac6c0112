"""The generated 公文 .docx, read as XML: page setup, fonts, line rule, page numbers, attachments, text."""

from __future__ import annotations

from word_docx import REPORT_DATE, W, render
from word_sample import sample_data

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word.ooxml import PPR_ORDER, RPR_ORDER, SECTPR_ORDER
from jxplan.reports.word.title_breaks import title_lines


def _attr(el, name):
    return el.get(f"{W}{name}")


def _sect_prs(doc):
    return list(doc.document.iter(f"{W}sectPr"))


def test_portrait_page_is_a4_with_standard_margins_and_ungridded_579_pitch(report):
    portrait = _sect_prs(report)[0]
    size, margins = portrait.find(f"{W}pgSz"), portrait.find(f"{W}pgMar")
    assert (_attr(size, "w"), _attr(size, "h"), _attr(size, "orient")) == ("11906", "16838", None)
    assert {k: _attr(margins, k) for k in ("top", "bottom", "left", "right", "footer")} == {
        "top": "2098",
        "bottom": "1984",
        "left": "1587",
        "right": "1474",
        "footer": "1417",
    }
    grid = portrait.find(f"{W}docGrid")
    assert _attr(grid, "linePitch") == "579" and _attr(grid, "type") is None


def test_chinese_fonts_go_through_east_asia_and_no_theme_fonts_remain(report):
    rpr = report.styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = rpr.find(f"{W}rFonts")
    assert _attr(fonts, "eastAsia") == "仿宋_GB2312" and _attr(fonts, "ascii") == "Times New Roman"
    assert _attr(rpr.find(f"{W}sz"), "val") == "32"
    assert _attr(rpr.find(f"{W}lang"), "eastAsia") == "zh-CN"
    expected = {
        "Normal": "仿宋_GB2312",
        "GwTitle": "方正小标宋简体",
        "GwH1": "黑体",
        "GwH2": "楷体_GB2312",
        "GwH3": "仿宋_GB2312",
        "GwPageNumber": "宋体",
    }
    for style_id, font in expected.items():
        assert _attr(report.style(style_id).find(f"{W}rPr/{W}rFonts"), "eastAsia") == font, style_id
    assert _attr(report.style("GwTitle").find(f"{W}rPr/{W}sz"), "val") == "44"
    for part in ("styles.xml", "document.xml", "footer1.xml", "footer2.xml"):
        assert b"Theme=" not in report.parts[f"word/{part}"] and b"w:cstheme" not in report.parts[f"word/{part}"]
    settings = report.xml("settings.xml")
    assert _attr(settings.find(f"{W}themeFontLang"), "eastAsia") == "zh-CN"
    assert settings.find(f"{W}evenAndOddHeaders") is not None


def test_body_style_has_exact_line_pitch_and_character_squeeze(report):
    normal = report.style("Normal")
    spacing = normal.find(f"{W}pPr/{W}spacing")
    assert (_attr(spacing, "line"), _attr(spacing, "lineRule")) == ("579", "exact")
    assert (_attr(spacing, "before"), _attr(spacing, "after")) == ("0", "0")
    assert _attr(normal.find(f"{W}rPr/{W}spacing"), "val") == "-5"
    assert _attr(normal.find(f"{W}pPr/{W}ind"), "firstLine") == "640"
    assert _attr(normal.find(f"{W}pPr/{W}widowControl"), "val") == "0"
    # The title is bigger than the grid: its own exact line, no squeeze.
    title = report.style("GwTitle")
    assert _attr(title.find(f"{W}pPr/{W}spacing"), "line") == "720"
    assert _attr(title.find(f"{W}rPr/{W}spacing"), "val") == "0"


def test_footers_odd_right_even_left_one_char_in_with_page_field(report):
    portrait = _sect_prs(report)[0]
    assert sorted(_attr(r, "type") for r in portrait.findall(f"{W}footerReference")) == ["default", "even"]
    footers = [report.xml(p) for p in ("footer1.xml", "footer2.xml")]
    for footer in footers:
        assert "".join(t.text for t in footer.iter(f"{W}t")) == "— 1 —"
        assert "PAGE" in "".join(t.text for t in footer.iter(f"{W}instrText"))
    sides = sorted((_attr(f.find(f".//{W}jc"), "val"), dict(f.find(f".//{W}ind").attrib)) for f in footers)
    assert sides == [("left", {f"{W}left": "280"}), ("right", {f"{W}right": "280"})]
    # Page numbers: single line spacing, not the body's exact pitch (it would push the body up to 21 lines).
    spacing = report.style("GwPageNumber").find(f"{W}pPr/{W}spacing")
    assert _attr(spacing, "lineRule") == "auto"


def test_attachments_are_a_landscape_section_with_repeated_header_and_fixed_widths(report):
    sects = _sect_prs(report)
    assert len(sects) == 2
    land = sects[1]
    size = land.find(f"{W}pgSz")
    assert (_attr(size, "w"), _attr(size, "h"), _attr(size, "orient")) == ("16838", "11906", "landscape")
    assert land.find(f"{W}footerReference") is None  # inherits the numbering of the body
    assert land.find(f"{W}pgNumType") is None
    tables = list(report.document.iter(f"{W}tbl"))
    assert len(tables) == 2
    for table in tables:
        assert _attr(table.find(f"{W}tblPr/{W}tblLayout"), "type") == "fixed"
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
        grid = [int(_attr(c, "w")) for c in table.findall(f"{W}tblGrid/{W}gridCol")]
        assert sum(grid) <= 16838 - 2 * 1417 and all(w > 0 for w in grid)
        widths = [int(_attr(tc.find(f"{W}tcPr/{W}tcW"), "w")) for tc in rows[0].findall(f"{W}tc")]
        assert widths == grid
    ledger_rows = tables[0].findall(f"{W}tr")
    assert len(ledger_rows) == 1 + 24 + 4  # header, tasks, section rows
    texts = report.text()
    assert "附件1" in texts and "附件2" in texts and "2025年第三季度重点任务进展情况表" in texts


def test_body_text_follows_the_outline_with_date_and_contact(report):
    paras = report.paragraphs()
    h1 = [t for s, t in paras if s == "GwH1"]
    assert h1 == ["一、总体进展情况", "二、重点任务推进情况", "三、存在的问题", "四、下步工作打算"]
    texts = [t for _, t in paras]
    assert texts[0].startswith("关于2025年第三季度《") and texts[0].endswith("工作进展情况的报告")
    # A long title carries its own balanced line breaks (w:br), so Word does not fill each line to the margin.
    title = next(p for p in report.document.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "GwTitle")
    lines = [t.text for t in title.iter(f"{W}t")]
    assert len(lines) > 1 and len(list(title.iter(f"{W}br"))) == len(lines) - 1
    assert lines == title_lines(texts[0], ReportProfile().title_chars)
    assert "嘉兴市人民政府办公室：" in texts
    assert any(t.startswith("截至报告时，尚有1个单位未报送") for t in texts)
    assert any("（嘉政办发〔2024〕12号）" in t for t in texts)
    assert "2025年10月10日" in texts and REPORT_DATE.day == 10
    assert "（联系人：张明，电话：0573-82012345）" in texts
    assert [s for s, t in paras if t.startswith("（一）")] == ["GwH2"]
    body = report.text()
    assert "None" not in body and "{{" not in body
    # lead unit's progress first, then the co-operating unit's
    i = texts.index(next(t for t in texts if t.startswith("1.实施科技企业")))
    assert texts[i + 1].startswith("市经信局：1.前三季度") and texts[i + 2].startswith("市发展改革委：配合")


def test_empty_fields_leave_no_stray_headings(tmp_path):
    data = sample_data(tasks=4, indicators=0, sections=1, plain=True)
    doc = render(tmp_path, data)
    h1 = [t for s, t in doc.paragraphs() if s == "GwH1"]
    assert h1 == ["一、总体进展情况", "二、重点任务推进情况"]
    text = doc.text()
    assert "联系人" not in text and "主要指标" not in text and "附件2" not in text
    assert "附件：2025年第三季度重点任务进展情况表" in text
    assert "None" not in text and "{{" not in text
    # one attachment: labelled 附件 without a number
    assert [t for s, t in doc.paragraphs() if s == "GwAttachLabel" and t] == ["附件"]


def test_unit_report_is_signed_by_the_unit_and_speaks_for_it(tmp_path):
    doc = render(tmp_path, sample_data(unit="市科技局"))
    texts = [t for _, t in doc.paragraphs()]
    assert "市科技局" in texts
    assert any("现将我单位2025年第三季度工作进展情况报告如下。" in t for t in texts)


def test_child_elements_are_in_schema_order(report):
    def check(root, tag, order):
        for el in root.iter(f"{W}{tag}"):
            names = [c.tag[len(W) :] for c in el if c.tag.startswith(W)]
            positions = [order.index(n) for n in names]
            assert positions == sorted(positions), (tag, names)

    for part in (report.document, report.styles, report.xml("footer1.xml")):
        check(part, "rPr", RPR_ORDER)
        check(part, "pPr", PPR_ORDER)
    check(report.document, "sectPr", SECTPR_ORDER)


def test_text_with_control_characters_and_markup_is_kept_safe(tmp_path):
    data = sample_data(tasks=2, indicators=1, sections=1)
    row = data.task_rows[0]
    view = row.entries[0]
    entry = view.entry._replace(progress="完成<投资>&“5亿元”\x07，第二行")
    data.task_rows[0] = row._replace(entries=(view._replace(entry=entry), *row.entries[1:]))
    doc = render(tmp_path, data)
    assert f"{view.unit_name}：完成<投资>&“5亿元”，第二行。" in doc.text()


def test_closing_is_chained_to_the_last_body_lines(tmp_path):
    """署名 and 成文日期 never stand alone on a page: keep-with-next runs from the last body paragraph to the date."""
    import docx

    from jxplan.reports.word.report import keep_closing_with_body

    doc = docx.Document()
    for text in (
        "正文倒数第二段。",
        "正文最后一段。",
        "特此报告。",
        "",
        "附件：1.进展情况表",
        "",
        "某某局",
        "2025年10月10日",
        "（联系人：张三）",
    ):
        doc.add_paragraph(text)
    keep_closing_with_body(doc)
    kept = [p.paragraph_format.keep_with_next is True for p in doc.paragraphs]
    assert kept == [False, True, True, True, True, True, True, False, False]
