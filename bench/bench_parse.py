"""Parse a ~100-page plan built from seed-like content; print the median of N runs (target: well under 1 s).

python -m bench.bench_parse [--pages 100] [--repeat 7]
"""

from __future__ import annotations

import argparse

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from jxplan.core.units import UnitDirectory
    from jxplan.importer import parse_text

    directory = UnitDirectory.load_default()
    text = build(args.pages)
    result = parse_text(text, directory=directory)
    timing = measure("parse", lambda: parse_text(text, directory=directory), repeat=args.repeat)
    print(
        f"{args.pages} pages, {len(text)} characters: {len(result['tasks'])} tasks, "
        f"{len(result['indicators'])} indicators; median {timing.median * 1000:.0f} ms over {args.repeat} runs"
    )


if __name__ == "__main__":
    main()
