"""Messy inputs of the same family: full-width numbers, split sub-items, unit separators, Word task tables,
nested bullets, empty paragraphs and page breaks, text boxes, headers and footers."""

import pytest

from jxplan.importer import parse_file
from tests.importer.wordbuild import add_raw_paragraph, text_box_run

FULL_WIDTH = """某某县科技创新工作要点

一、重点任务

１．建设创新平台。到２０２６年，新建省级重点实验室２家以上。（责任单位：县科技局）

２．培育科技企业。（１）招引企业。（２）培育企业。（责任单位：县科技局、县经信局）

（１）这一行是任务２的要点，不是任务。
"""


def test_full_width_digits_number_tasks_and_targets(parse):
    r = parse(FULL_WIDTH)
    assert [t["number"] for t in r["tasks"]] == ["1", "2"]
    target = r["tasks"][0]["targets"][0]
    assert (target["value"], target["unit"], target["year"]) == (2, "家", 2026)
    assert r["tasks"][1]["subitems"][:2] == ["招引企业。", "培育企业。"]


SUBITEMS = "一、主要任务\n\n1.推进产业升级。{body}（责任单位：市经信局）\n"


@pytest.mark.parametrize("sep", ["", "\n", "\n\n"])
def test_subitems_on_one_line_or_separate_lines(parse, sep):
    body = sep.join(["一是培育龙头企业；", "二是建设产业园区；", "三是优化营商环境。"])
    text = SUBITEMS.format(body=body) if not sep else SUBITEMS.replace("{body}", "\n" + body + "\n")
    r = parse(text)
    [task] = r["tasks"]
    assert task["subitems"] == ["培育龙头企业；", "建设产业园区；", "优化营商环境。"]
    assert [u["raw"] for u in task["units"]] == ["市经信局"]


@pytest.mark.parametrize(
    "units",
    ["市科技局、市经信局、市财政局", "市科技局，市经信局，市财政局", "市科技局；市经信局；市财政局",
     "市科技局 市经信局 市财政局", "市科技局　市经信局  市财政局", "市科技局、 市经信局,市财政局"],
)  # fmt: skip
def test_unit_separators(parse, units):
    r = parse(f"一、重点任务\n\n1.建设平台。（责任单位：{units}）\n")
    assert [(u["name"], u["role"]) for u in r["tasks"][0]["units"]] == [
        ("市科技局", "lead"),
        ("市经信局", "coop"),
        ("市财政局", "coop"),
    ]


def test_a_line_wrap_inside_a_name_is_not_a_separator(parse):
    r = parse("一、重点任务\n\n1.建设平台。（责任单位：市人力 社保局、市科 技局）\n")
    assert [u["name"] for u in r["tasks"][0]["units"]] == ["市人力社保局", "市科技局"]


NESTED = """一、重点任务

1.推进数字化改造。
（1）建设智能工厂。
①新建智能工厂10家；
②新建数字化车间20个。
（2）推进设备更新。
● 淘汰落后设备；
■ 推广工业机器人。
1）这是括号编号的细项；
2）也不是新任务。
（责任单位：市经信局）

2.培育未来工厂。（责任单位：市经信局、市科技局）
"""


def test_nested_bullets_stay_inside_their_task(parse):
    r = parse(NESTED)
    assert [t["number"] for t in r["tasks"]] == ["1", "2"]
    one = r["tasks"][0]
    assert one["subitems"][0].startswith("建设智能工厂") and len(one["subitems"]) == 2
    assert "推广工业机器人" in one["text"] and "也不是新任务" in one["text"]
    assert [u["raw"] for u in one["units"]] == ["市经信局"]
    assert not r["warnings"] or all("编号" not in w["message"] for w in r["warnings"])


def _word_plan(path, *, letter_spaced_header: bool):
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "1.页眉里的编号不是任务（责任单位：市页眉局）"
    section.footer.paragraphs[0].text = "— 2 —"
    document.add_paragraph("嘉兴市2025年科技创新重点工作责任分解")
    document.add_paragraph("")
    document.add_paragraph("一、重点任务")
    for _ in range(3):
        document.add_paragraph("")
    add_raw_paragraph(
        document,
        '<w:r><w:t>1.建设科创平台。</w:t></w:r><w:r><w:br w:type="page"/></w:r>'
        "<w:r><w:t>到2026年新建省级平台3个。</w:t></w:r><w:r><w:t>（责任单位：市科技局）</w:t></w:r>",
    )
    add_raw_paragraph(document, '<w:r><w:br w:type="page"/></w:r>')
    add_raw_paragraph(
        document,
        "<w:r><w:t>2.推进成果转化。</w:t></w:r>"
        + text_box_run(["专栏1 重点转化平台", "嘉兴科技城技术交易中心、长三角成果转化基地"])
        + "<w:r><w:t>（责任单位：市科技局、市财政局）</w:t></w:r>",
    )
    add_raw_paragraph(document, "<w:r><w:lastRenderedPageBreak/><w:t>二、任务分工</w:t></w:r>")
    header = ["序 号", "主 要 任 务", "责任单位"] if letter_spaced_header else ["序号", "主要任务", "责任单位"]
    rows = [
        header,
        ["1", "加快建设嘉兴实验室。", "市科技局 市发展改革委"],
        ["2", "到2027年培育高新技术企业500家以上。", "★市经信局；市科技局"],
        ["3", "深化科技金融改革。", "人行嘉兴市分行，嘉兴金融监管分局"],
    ]
    table = document.add_table(rows=0, cols=3)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph("三、保障措施")
    document.add_paragraph("加强组织领导。")
    document.save(path)


@pytest.mark.parametrize("letter_spaced_header", [False, True])
def test_word_task_table_text_box_page_breaks_and_header(tmp_path, directory, letter_spaced_header):
    path = tmp_path / "分工.docx"
    _word_plan(path, letter_spaced_header=letter_spaced_header)
    r = parse_file(path, directory=directory)
    assert [t["number"] for t in r["tasks"]] == ["1", "2", "1", "2", "3"]
    one, two, *rows = r["tasks"]
    assert one["title"] == "建设科创平台" and one["text"] == "建设科创平台。到2026年新建省级平台3个。"
    assert two["boxes"] == [{"title": "专栏1 重点转化平台", "text": "嘉兴科技城技术交易中心、长三角成果转化基地"}]
    assert [u["raw"] for u in two["units"]] == ["市科技局", "市财政局"]
    assert [[(u["name"], u["role"]) for u in t["units"]] for t in rows] == [
        [("市科技局", "lead"), ("市发展改革委", "coop")],
        [("市经信局", "lead"), ("市科技局", "coop")],
        [(rows[2]["units"][0]["name"], "lead"), (rows[2]["units"][1]["name"], "coop")],
    ]
    assert all(u["known"] for t in rows for u in t["units"])
    assert rows[1]["targets"][0]["value"] == 500 and rows[0]["section"] == "二"
    assert "页眉" not in str(r) and "— 2 —" not in str(r)
    assert r["title"] == "嘉兴市2025年科技创新重点工作责任分解"
