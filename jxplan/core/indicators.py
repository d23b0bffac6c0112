"""Traits of an indicator that the document does not state: direction, aggregation across counties, flow."""

from __future__ import annotations

import re

_LOWER = re.compile(r"能耗|排放量|发生率|事故|死亡|失业率|控制在")
# "能耗下降率" measures the decrease itself: more is better, whatever the level words say.
_DECREASE = re.compile(r"下降|降低|减少|压减")
_FLOW_UNITS = {"亿元", "万元", "元", "家", "个", "项", "件", "人", "人次", "台", "套", "座", "次", "万人", "人年"}
_FLOW_WORDS = re.compile(r"新增|完成|投资|总额|新认定|引进|培育|实施|建成|攻关|交易|增加值|收入|研发费用")
_RATIO_UNITS = {"%", "％", "‰"}
_RATIO_WORDS = re.compile(r"比重|占比|比例|率|强度|每万|人均|增速|增长")
_RANK = re.compile(r"排名|位次|排位")


def infer_traits(name: str, measure_unit: str, raws: list[str]) -> tuple[str, str, bool]:
    """Guess (direction, aggregation, flow) from the name, unit of measure and raw values.

    direction: "lower" for levels to keep down (能耗, 发生率) and ranks, "keep" for 保持…, else "higher". aggregation: "sum" for counts
    and amounts, "recompute" for ratios (from their parts, when known), "none" for ranks and text. flow: the
    value accumulates through the year, so it is compared with 序时进度 rather than with the full target.
    """
    text = " ".join(raws)
    direction = "higher"
    if (_LOWER.search(name) and not _DECREASE.search(name)) or _RANK.search(name) or re.search(r"前\d+", text):
        # A rank (前3, 全省第4) is better when smaller.
        direction = "lower"
    elif "保持" in text:
        direction = "keep"
    unit = measure_unit.strip()
    if unit in _RATIO_UNITS or _RATIO_WORDS.search(name):
        return direction, "recompute", False
    if _RANK.search(name) or re.search(r"前\d+", text):
        return direction, "none", False
    if unit in _FLOW_UNITS or _FLOW_WORDS.search(name):
        flow = bool(re.search(r"新增|每年|年度|完成|投资|交易|新认定", name)) or unit in {"亿元", "万元"}
        return direction, "sum", flow
    return direction, "none", False
