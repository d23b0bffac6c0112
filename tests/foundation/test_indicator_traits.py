"""Traits the documents do not state: which way is better, how counties add up, whether a value accumulates."""

import pytest

from jxplan.core.indicators import infer_traits


@pytest.mark.parametrize(
    ("name", "unit", "raws", "expected"),
    [
        ("技术交易总额", "亿元", ["30", "40"], ("higher", "sum", True)),
        ("高新技术产业增加值占规上工业比重", "%", ["58", "60"], ("higher", "recompute", False)),
        ("区域创新能力排名", "位", ["全省第4", "前3"], ("lower", "none", False)),
        ("万元GDP能耗", "吨标准煤", ["0.5"], ("lower", "none", False)),
        ("单位GDP能耗下降率", "%", ["3"], ("higher", "recompute", False)),
        ("省级以上研发机构数", "家", ["620", "700以上"], ("higher", "sum", False)),
        ("制造业增加值", "亿元", ["保持基本稳定"], ("keep", "sum", True)),
    ],
)
def test_inferred_traits(name, unit, raws, expected):
    assert infer_traits(name, unit, raws) == expected
