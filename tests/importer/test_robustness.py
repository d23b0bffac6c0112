"""Garbled, shuffled, concatenated and truncated inputs: never anything but InputFileError, warnings say where."""

import io
import random
import re
import zipfile

import pytest

from jxplan.errors import InputFileError
from jxplan.importer import parse_file, parse_text
from tests.importer import samples

OWN = [v for k, v in sorted(vars(samples).items()) if k.isupper() and isinstance(v, str)]
ODD = [
    "序号\n指标\n2025年\n", "|\n|\n|", "|||||\n1|2|3|4|5|6|7|8|9|10|11|12", "（责任单位：", "一、\n1.\n（一）\n（1）\n",
    "1.（责任单位：）", "\t\n\t\n\t1\n\t\n", "序号\n主要任务\n责任单位\n1\n", "附件\n附件1\n附件2", "★\n☆\n*", "1." * 500,
    "（" * 300 + "责任单位：" + "）" * 10, "一、重点任务\n1.x（牵头单位：配合单位：）\n", "\t序号\n\t指标\n\t一季度\n\t四季度\n\n\t1\n\ta\n\t年度指标\n",
    "序号 | 指标 | 2023年 | 2025年 |\n1 | a | 1 |\n2 |\n| 3", "0．\n００１．任务", "\u3000" * 50,
]  # fmt: skip


def _variants(texts: list[str], seed: int) -> list[str]:
    """The texts concatenated, their lines shuffled, lines dropped or cut, and each text cut at ten places."""
    rng = random.Random(seed)
    lines = "\n".join(texts).split("\n")
    out = ["\n".join(texts)]
    for _ in range(3):
        shuffled = list(lines)
        rng.shuffle(shuffled)
        out.append("\n".join(shuffled))
        out.append("\n".join(line[: rng.randrange(len(line) + 1)] for line in lines if rng.random() > 0.2))
    out += [text[: len(text) * k // 10] for text in texts for k in range(1, 10)]
    return out


def _check(result: dict) -> None:
    for warning in result["warnings"]:
        assert isinstance(warning["where"], str) and warning["where"].strip(), warning
        assert isinstance(warning["message"], str) and warning["message"].strip(), warning


def _survives(text: str, directory) -> None:
    try:
        _check(parse_text(text, directory=directory))
    except InputFileError:
        pass


def test_own_samples_shuffled_concatenated_and_truncated(directory):
    for text in [*_variants(OWN, 1), *ODD]:
        _survives(text, directory)


def test_public_excerpts_and_seeds_shuffled_concatenated_and_truncated(corpus, directory):
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "public").glob("*.txt"))]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((corpus / "seeds").glob("*.txt"))]
    for text in _variants(texts, 2) + _variants(seeds, 3):
        _survives(text, directory)
    together = parse_text("\n".join(texts), directory=directory)
    # Each excerpt alone gives 61 tasks; together, one section of 海宁 no longer counts as a task part.
    assert len(together["tasks"]) >= 60 and len(together["indicators"]) == 17 and len(together["key_works"]) == 1


def test_flattened_table_ends_where_a_pipe_table_begins(parse):
    text = (
        "2025年重点工作进展\n序号\n主要工作任务\n牵头部门\n1\n建设科创平台。\n市科技局\n2\n培育科技企业。\n市经信局\n"
        "序号 | 主要任务 | 责任单位 |\n1 | 深化科技体制改革。 | 市发展改革委 |\n"
    )
    r = parse(text)
    assert [(t["title"], [u["name"] for u in t["units"]]) for t in r["tasks"]] == [
        ("建设科创平台", ["市科技局"]),
        ("培育科技企业", ["市经信局"]),
        ("深化科技体制改革", ["市发展改革委"]),
    ]


def _task_table_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("某某市重点工作任务分解")
    document.add_paragraph("一、重点任务")
    table = document.add_table(rows=0, cols=3)
    rows = [["序号", "主要任务", "责任单位"]] + [
        [str(k), f"任务{k}。到2027年新增{k}家以上。", "市科技局、市经信局"] for k in range(1, 25)
    ]
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("二、保障措施")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_document_xml(data: bytes, xml: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, xml if name == "word/document.xml" else source.read(name))
    return out.getvalue()


def test_word_file_cut_short_or_truncated_mid_table(tmp_path, directory):
    data = _task_table_docx()
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    path = tmp_path / "截断.docx"
    for k in range(1, 10):  # the file itself cut short (an interrupted download)
        path.write_bytes(data[: len(data) * k // 10])
        with pytest.raises(InputFileError, match="Word"):
            parse_file(path, directory=directory)
    table = xml.index("<w:tbl>")
    path.write_bytes(_with_document_xml(data, xml[: table + (len(xml) - table) // 2]))  # XML cut inside the table
    with pytest.raises(InputFileError, match=r"截断\.docx"):
        parse_file(path, directory=directory)
    ends = [m.end() for m in re.finditer("</w:tc>", xml)]
    for end in ends[5::9]:  # well-formed, but the table stops mid-row
        path.write_bytes(_with_document_xml(data, xml[:end] + "</w:tr></w:tbl></w:body></w:document>"))
        result = parse_file(path, directory=directory)
        _check(result)
        assert [t["number"] for t in result["tasks"]] == [str(k) for k in range(1, len(result["tasks"]) + 1)]
    odd = xml.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="x"/><w:vMerge/>', 3)
    odd = odd.replace("<w:tr>", '<w:tr><w:trPr><w:gridBefore w:val="-2"/></w:trPr>', 2)
    path.write_bytes(_with_document_xml(data, odd))
    _check(parse_file(path, directory=directory))


def test_not_a_word_file_under_a_word_name(tmp_path, directory):
    for name, blob in [("a.docx", b"PK\x03\x04" + bytes(range(256)) * 4), ("b.docx", b"\x00\x01" * 300)]:
        path = tmp_path / name
        path.write_bytes(blob)
        with pytest.raises(InputFileError):
            parse_file(path, directory=directory)
