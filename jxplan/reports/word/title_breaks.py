"""Where a long 公文 title breaks into lines: lines of balanced length, words and numbers kept whole (GB/T 9704 §7.3.3).

Left to the word processor, a title fills each line to the margin: words split across lines (实/施方案) and a
short last line (的报告) hangs under a long one. Without a dictionary a break cannot be proved to fall between
words, so the title is cut into pieces that must stay whole (bracketed years, numbers with their unit, the words
of a small vocabulary of policy titles), each gap between pieces is priced (after 》 or 的, before 《, 和 or a verb
that opens a clause: cheap; between two unknown characters: dear), and the cheapest set of breaks that gives the
fewest lines of near-equal length is taken.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jxplan.reports.word.text_width import text_width_chars

# A clause or phrase often opens with these: a break just before them reads naturally.
_OPENERS = frozenset(
    [
        "推动",
        "推进",
        "加快",
        "加强",
        "促进",
        "深化",
        "打造",
        "构建",
        "培育",
        "完善",
        "提升",
        "支持",
        "助力",
        "聚焦",
        "贯彻",
        "落实",
        "承接",
        "全面",
        "进一步",
        "关于",
    ]
)
# Words of policy-document titles that a line must not split; longest match wins.
_WORDS = _OPENERS | frozenset(
    [
        "嘉兴市",
        "嘉兴",
        "浙江省",
        "南湖区",
        "秀洲区",
        "嘉善县",
        "平湖市",
        "海盐县",
        "海宁市",
        "桐乡市",
        "市政府",
        "县政府",
        "区政府",
        "人民政府",
        "办公室",
        "建设",
        "实施",
        "开展",
        "高质量",
        "现代化",
        "一体化",
        "数字化",
        "智能化",
        "国际化",
        "新时代",
        "十三五",
        "十四五",
        "十五五",
        "科技",
        "创新",
        "产业",
        "深度",
        "融合",
        "智造",
        "强市",
        "发展",
        "经济",
        "数字",
        "新技术",
        "新产品",
        "新场景",
        "大规模",
        "应用",
        "示范",
        "全域",
        "城市",
        "共同",
        "富裕",
        "典范",
        "强劲",
        "动能",
        "体系",
        "工程",
        "政策",
        "若干",
        "互联网",
        "行动",
        "方案",
        "计划",
        "规划",
        "意见",
        "通知",
        "办法",
        "细则",
        "纲要",
        "要点",
        "工作",
        "任务",
        "清单",
        "分解",
        "责任",
        "目标",
        "重点",
        "政府",
        "报告",
        "绩效",
        "考核",
        "执行",
        "情况",
        "进展",
        "上半年",
        "下半年",
        "年度",
        "季度",
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
        "营商",
        "环境",
        "优化",
        "改革",
        "开放",
        "招商",
        "引资",
        "人才",
        "项目",
        "投资",
        "消费",
        "民营",
        "企业",
        "中小企业",
        "制造业",
        "服务业",
        "先进",
        "高新",
        "技术",
        "绿色",
        "低碳",
        "能源",
        "交通",
        "水利",
        "教育",
        "医疗",
        "卫生",
        "健康",
        "养老",
        "文化",
        "旅游",
        "农业",
        "农村",
        "乡村",
        "振兴",
        "生态",
        "文明",
        "环境",
        "安全",
        "生产",
        "质量",
        "标准",
        "品牌",
        "市场",
        "主体",
        "民生",
        "实事",
        "基础",
        "设施",
        "治理",
        "服务",
        "平台",
        "示范区",
        "试点",
        "专项",
        "三年",
        "五年",
        "版",
        "试行",
        "暂行",
        "修订",
        "政府工作报告",
        "重点工作",
        "目标任务",
        "责任分解",
        "任务分解",
        "深度融合",
        "高质量发展",
        "执行情况",
        "科技创新",
        "产业创新",
        "实施方案",
        "行动方案",
        "工作方案",
        "实施意见",
        "行动计划",
        "若干政策",
        "承接落实方案",
        "工作要点",
        "任务清单",
        "工作进展情况的报告",
    ]
)
_LONGEST = max(map(len, _WORDS))
_CONJUNCTIONS = frozenset(["和", "与", "及", "暨", "并", "以及"])
_DOC_TYPES = frozenset(
    [
        "实施方案",
        "行动方案",
        "工作方案",
        "实施意见",
        "行动计划",
        "规划",
        "若干政策",
        "承接落实方案",
        "工作要点",
        "任务清单",
    ]
)
_OPENING = "《（(「『“‘〔["
_CLOSING = "》）)」』”’〕]，、。；：！？"
_BRACKETED = re.compile(r"[（(〔][^（()）〔〕]{1,12}[）)〕]")
_NUMBER = re.compile(r"[0-9A-Za-z.—\-－~～]+[年月日号项个%]?")

GOOD, WORD_GAP, UNKNOWN, BAD, INSIDE = 0.0, 2.0, 5.0, 8.0, 40.0
_BALANCE = 0.6  # cost of a line one character longer or shorter than the average, squared
_EXTRA_LINE = 30.0  # a title of one line more takes a third of a page more than it needs; only to keep words whole


def title_lines(title: str, max_width: float) -> list[str]:
    """The title cut into lines no wider than `max_width` characters (as text_width_chars counts them)."""
    title = title.strip()
    if text_width_chars(title) <= max_width:
        return [title]
    pieces = _pieces(title)
    costs = [_gap_cost(pieces, i) for i in range(1, len(pieces))]
    return _best_lines(tuple(pieces), tuple(costs), max_width)


def _pieces(title: str) -> list[str]:
    """Runs that stay on one line: brackets with short contents, numbers with their unit, vocabulary words,
    otherwise single characters; opening punctuation goes with what follows, closing with what precedes."""
    raw: list[str] = []
    i = 0
    while i < len(title):
        match = _BRACKETED.match(title, i) or _NUMBER.match(title, i)
        if match:
            raw.append(match.group())
            i = match.end()
            continue
        for size in range(min(_LONGEST, len(title) - i), 1, -1):
            if title[i : i + size] in _WORDS:
                raw.append(title[i : i + size])
                i += size
                break
        else:
            raw.append(title[i])
            i += 1
    pieces: list[str] = []
    carry = ""
    for piece in raw:
        if piece in _OPENING:
            carry += piece
        elif piece in _CLOSING and pieces:
            pieces[-1] += piece
        else:
            pieces.append(carry + piece)
            carry = ""
    if carry:
        pieces.append(carry)
    return pieces


def _gap_cost(pieces: list[str], i: int) -> float:
    """Cost of breaking the line before pieces[i]."""
    before, after = pieces[i - 1], pieces[i]
    bare = after.lstrip(_OPENING)
    if before[-1] in "》）)" or after[0] in "《（(" or (before == "关于" and i == 1):
        return GOOD
    if before.endswith("的") or bare in _CONJUNCTIONS or bare in _OPENERS:
        return GOOD
    if any("".join(pieces[i : i + n]) in _DOC_TYPES for n in (1, 2, 3)):
        return GOOD
    if bare.startswith("的") or before in _CONJUNCTIONS:
        return BAD
    known_before, known_after = len(before.strip(_OPENING + _CLOSING)) > 1, len(bare.rstrip(_CLOSING)) > 1
    if known_before and known_after:
        return WORD_GAP
    if known_before or known_after:
        return (WORD_GAP + UNKNOWN) / 2
    return UNKNOWN


@lru_cache(maxsize=64)
def _best_lines(pieces: tuple[str, ...], costs: tuple[float, ...], max_width: float) -> list[str]:
    """Dynamic programme over the gaps: for n lines (the fewest that fit, or one more), the breaks with the least
    gap cost plus imbalance; a piece wider than a line is split by characters first."""
    pieces, costs = _split_wide(pieces, costs, max_width)
    total = text_width_chars("".join(pieces))
    fewest = max(2, -(-int(total * 100) // int(max_width * 100)))
    best: tuple[float, list[str]] | None = None
    for n in (fewest, fewest + 1):
        found = _for_lines(pieces, costs, max_width, n, total / n)
        if found is not None:
            cost = found[0] + _EXTRA_LINE * (n - fewest)
            if best is None or cost < best[0]:
                best = (cost, found[1])
    if best is None:  # cannot happen once every piece fits a line, but never lose the title
        return ["".join(pieces)]
    return best[1]


def _for_lines(pieces, costs, max_width: float, n: int, target: float) -> tuple[float, list[str]] | None:
    count = len(pieces)
    inf = float("inf")
    # table[k][j]: least cost of putting pieces[:j] on k lines; back[k][j]: where the k-th line starts
    table = [[inf] * (count + 1) for _ in range(n + 1)]
    back = [[0] * (count + 1) for _ in range(n + 1)]
    table[0][0] = 0.0
    for k in range(1, n + 1):
        for j in range(1, count + 1):
            for start in range(j - 1, -1, -1):
                if table[k - 1][start] == inf:
                    continue
                width = text_width_chars("".join(pieces[start:j]))
                if width > max_width:
                    break
                cost = table[k - 1][start] + _BALANCE * (width - target) ** 2
                if start:
                    cost += costs[start - 1]
                if cost < table[k][j]:
                    table[k][j], back[k][j] = cost, start
    if table[n][count] == inf:
        return None
    lines, j = [], count
    for k in range(n, 0, -1):
        start = back[k][j]
        lines.append("".join(pieces[start:j]))
        j = start
    return table[n][count], lines[::-1]


def _split_wide(pieces: tuple[str, ...], costs: tuple[float, ...], max_width: float):
    """Pieces wider than a line (a very long bracket) become single characters, dearly split."""
    if all(text_width_chars(p) <= max_width for p in pieces):
        return pieces, costs
    out, out_costs = [], []
    for i, piece in enumerate(pieces):
        if i:
            out_costs.append(costs[i - 1])
        parts = list(piece) if text_width_chars(piece) > max_width else [piece]
        out.extend(parts)
        out_costs.extend([INSIDE] * (len(parts) - 1))
    return tuple(out), tuple(out_costs)
