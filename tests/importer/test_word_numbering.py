"""Word list numbering (numbering.xml) renders the labels a typed document would carry, and parses alike."""

import pytest

from jxplan.importer import parse_file
from jxplan.importer.docx import docx_blocks
from jxplan.importer.wordnum import chinese_counting, format_number
from tests.importer.wordbuild import GOV_LEVELS, level_xml, numbered, set_numbering

# (label as typed, text, list level): the same plan typed and numbered by Word.
OUTLINE = [
    ("", "某某市数字经济提升行动方案", None),
    ("一、", "总体要求", 0),
    ("", "到2027年，数字经济核心产业增加值占比达到15%。", None),
    ("二、", "重点任务", 0),
    ("（一）", "夯实数字基础设施。", 1),
    ("1.", "建设算力中心。到2026年，新建智算中心2个以上。（责任单位：市发展改革委、市经信局）", 2),
    ("2.", "推进千兆网络。每年新建5G基站500个以上。（责任单位：市经信局）", 2),
    ("（二）", "壮大数字产业。", 1),
    ("1.", "培育骨干企业。一是招引龙头企业。二是培育专精特新企业。", 2),
    ("（1）", "引进项目10个。", 3),
    ("（2）", "培育企业20家。（责任单位：市经信局、市科技局）", 3),
    ("三、", "保障措施", 0),
    ("", "加强组织领导。", None),
]


def _texts(path) -> list[str]:
    return [b.text for b in docx_blocks(path.read_bytes(), path.name)]


def _comparable(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "source"}


def test_counting_formats():
    assert [chinese_counting(n) for n in (1, 9, 10, 11, 20, 21, 99, 100, 105, 110)] == [
        "一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十",
    ]  # fmt: skip
    assert format_number(3, "ideographTraditional") == "丙" and format_number(2, "chineseLegalSimplified") == "贰"
    assert format_number(3, "decimalEnclosedCircle") == "③" and format_number(7, "decimalFullWidth") == "７"
    assert format_number(4, "upperRoman") == "IV" and format_number(28, "lowerLetter") == "bb"
    assert format_number(5, "bullet") == "" and format_number(12, "someFutureFormat") == "12"


def test_numbered_document_parses_exactly_like_the_typed_one(tmp_path, directory):
    import docx

    typed, listed = docx.Document(), docx.Document()
    set_numbering(listed, {1: [level_xml(k, fmt, text) for k, (fmt, text) in enumerate(GOV_LEVELS)]}, {1: (1, {})})
    for label, text, level in OUTLINE:
        typed.add_paragraph(label + text)
        numbered(listed, text, 1 if level is not None else None, level or 0)
    typed.save(tmp_path / "typed.docx")
    listed.save(tmp_path / "listed.docx")
    assert _texts(tmp_path / "listed.docx") == [label + text for label, text, _ in OUTLINE]
    a = parse_file(tmp_path / "typed.docx", directory=directory)
    b = parse_file(tmp_path / "listed.docx", directory=directory)
    assert [t["number"] for t in b["tasks"]] == ["1", "2", "1"] and b["tasks"][2]["section"] == "二"
    assert _comparable(a) == _comparable(b)


def test_continuing_list_restart_override_start_value_and_styles(tmp_path):
    import docx

    document = docx.Document()
    set_numbering(
        document,
        {
            1: [level_xml(0, "decimal", "%1.")],
            2: [level_xml(0, "chineseCounting", "%1、", style="Heading1")],
            3: [level_xml(0, "ideographTraditional", "%1、", start=1), level_xml(1, "decimal", "%2)", restart=0)],
            4: [level_xml(0, "bullet", "\uf0b7"), level_xml(1, "decimal", "（%2）", start=5)],
        },
        {1: (1, {}), 2: (1, {0: 1}), 3: (2, {}), 4: (3, {}), 5: (4, {})},
    )
    heading = document.styles["Heading 1"].element.get_or_add_pPr()
    from docx.oxml import parse_xml

    from tests.importer.wordbuild import W_NS

    heading.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="3"/></w:numPr>'))
    numbered(document, "重点任务", None, style="Heading 1")  # 一、 from the style
    numbered(document, "甲任务", 1)  # 1.
    numbered(document, "乙任务", 1)  # 2.
    numbered(document, "保障措施", None, style="Heading 1")  # 二、
    numbered(document, "丙任务", 1)  # 3. — the same list goes on across headings
    numbered(document, "重新编号", 2)  # 1. — same list, instance restarts it
    numbered(document, "再下一项", 2)  # 2.
    numbered(document, "第一类", 4, 0)  # 甲、
    numbered(document, "子项", 4, 1)  # 1)
    numbered(document, "第二类", 4, 0)  # 乙、
    numbered(document, "子项续", 4, 1)  # 2) — lvlRestart 0: never restarts
    numbered(document, "圆点项", 5, 0)  # a bullet draws no number
    numbered(document, "从五开始", 5, 1)  # （5） — w:start
    numbered(document, "无编号", 0)  # numId 0 switches numbering off
    document.save(tmp_path / "lists.docx")
    assert _texts(tmp_path / "lists.docx") == [
        "一、重点任务", "1.甲任务", "2.乙任务", "二、保障措施", "3.丙任务", "1.重新编号", "2.再下一项",
        "甲、第一类", "1)子项", "乙、第二类", "2)子项续", "圆点项", "（5）从五开始", "无编号",
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["chineseCounting", "chineseCountingThousand", "taiwaneseCounting"])
def test_chinese_heading_formats_give_the_same_tasks(tmp_path, directory, fmt):
    import docx

    document = docx.Document()
    set_numbering(document, {1: [level_xml(0, fmt, "%1、"), level_xml(1, "decimal", "%2．")]}, {7: (1, {})})
    numbered(document, "主要任务", 7, 0)
    for k in range(12):
        numbered(document, f"推进第{k + 1}项工作。（责任单位：市科技局）", 7, 1)
    numbered(document, "保障措施", 7, 0)
    document.save(tmp_path / "fmt.docx")
    result = parse_file(tmp_path / "fmt.docx", directory=directory)
    assert [t["number"] for t in result["tasks"]] == [str(k) for k in range(1, 13)]
    assert [s["label"] for s in result["sections"]] == ["一", "二"]
