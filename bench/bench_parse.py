"""Parse a long plan built from seed-like content, as text and as Word; print the medians of N runs.

Targets: 100 pages well under 1 s; 300 pages well under a few seconds. The Word document numbers its
headings and tasks with list numbering, has empty paragraphs, page breaks, a text box every ten tasks and
a 序号/主要任务/责任单位 task table, so every step of the .docx reader is timed.

python -m bench.bench_parse [--pages 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.harness import measure

# A printed page holds about two such tasks and three indicator rows (~800 characters).
_TASK = (
    "{n}.推进重点领域数字化改造，着力打造制造业新型技术改造城市样板。一是“点”上加快建设。滚动制定规上工业企业"
    "数字化改造项目清单，到2027年，新增省级智能工厂(数字化车间){n}家以上。二是“线”上协同改造。每年组织协同技术"
    "攻关项目5个以上，推动行业领域设备迭代更新、特色产业提档升级。三是“面”上整体改造。2025年6月底前完成老旧设备"
    "排查，依法依规淘汰不达标设备，培育一批未来工厂标杆群体。（责任单位：市经信局、市科技局、市委组织部〔市委人才办〕，"
    "各县〔市、区〕政府）\n"
)
_ROW = "\t\n\t\n\t{n}\n\t*规上工业增加值总量（亿元）\n\t{a}\n\t{b}左右\n\t市经信局、市科技局\n\n"


def build(pages: int) -> str:
    tasks = "".join(_TASK.format(n=k) for k in range(1, pages * 2 + 1))
    rows = "".join(_ROW.format(n=k, a=100 + k, b=120 + k) for k in range(2, pages * 3))
    return (
        "嘉兴市推进数字化改造实施方案(2025—2027年)\n\n一、总体要求\n\n到2027年，取得明显成效。\n\n二、重点任务\n\n"
        + tasks
        + "三、保障措施\n\n加强组织领导。\n\n附件：\n\n主要指标\n\n"
        + "\t体系\n\t任务\n\t序号\n\t指标\n\t2024年\n\t2027年\n\t责任部门\n\n"
        + "\t目标体系\n\t总体目标\n\t1\n\t研发投入强度(%)\n\t3.55\n\t3.7\n\t市科技局\n\n"
        + rows
        + "备注：带*的为嘉兴市自设指标。\n"
    )


def build_docx(pages: int, path) -> None:
    """The same plan as a Word file whose numbers come from numbering.xml (see tests/importer/wordbuild.py)."""
    import docx

    from tests.importer.wordbuild import GOV_LEVELS, add_raw_paragraph, level_xml, numbered, set_numbering, text_box_run

    document = docx.Document()
    set_numbering(document, {1: [level_xml(k, fmt, text) for k, (fmt, text) in enumerate(GOV_LEVELS)]}, {1: (1, {})})
    document.add_paragraph("嘉兴市推进数字化改造实施方案(2025—2027年)")
    numbered(document, "重点任务", 1, 0)
    for k in range(1, pages * 2 + 1):
        if k % 20 == 1:
            numbered(document, f"第{k // 20 + 1}组任务", 1, 1)
        numbered(document, _TASK.format(n=k).split(".", 1)[1].strip(), 1, 2)
        document.add_paragraph("")
        if k % 10 == 0:
            add_raw_paragraph(document, text_box_run([f"专栏{k // 10} 重点项目", "嘉兴实验室、长三角研究院"]))
            add_raw_paragraph(document, '<w:r><w:br w:type="page"/></w:r>')
    numbered(document, "任务分工", 1, 0)
    table = document.add_table(rows=0, cols=3)
    for row in [["序号", "主要任务", "责任单位"]] + [
        [str(k), f"推进第{k}项改造。", "市经信局 市科技局"] for k in range(1, pages)
    ]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    numbered(document, "保障措施", 1, 0)
    document.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from jxplan.core.units import UnitDirectory
    from jxplan.importer import parse_file, parse_text

    directory = UnitDirectory.load_default()
    text = build(args.pages)
    result = parse_text(text, directory=directory)
    timing = measure("parse", lambda: parse_text(text, directory=directory), repeat=args.repeat)
    print(
        f"text: {args.pages} pages, {len(text)} characters: {len(result['tasks'])} tasks, "
        f"{len(result['indicators'])} indicators; median {timing.median * 1000:.0f} ms over {args.repeat} runs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "plan.docx")
        build_docx(args.pages, path)
        result = parse_file(path, directory=directory)
        timing = measure("parse docx", lambda: parse_file(path, directory=directory), repeat=args.repeat)
        print(
            f"docx: {args.pages} pages, {path.stat().st_size // 1024} KiB: {len(result['tasks'])} tasks; "
            f"median {timing.median * 1000:.0f} ms over {args.repeat} runs"
        )


if __name__ == "__main__":
    main()
