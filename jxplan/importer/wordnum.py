"""Word list numbering: the label Word draws before a numbered paragraph (`一、` `（一）` `1.` `（1）`).

Documents made from 政府办 templates often number headings and tasks with list numbering (numbering.xml),
so the number is not in the text. `ListNumbering.label(p)` renders it the way Word does: counters per list
(abstractNum) and level, `w:start`, restarts of deeper levels (`w:lvlRestart`), `w:lvlOverride/w:startOverride`
on a numbering instance, numbering inherited from a paragraph style, and the formats governments use.
Paragraphs must be passed in document order.
"""

from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_DIGITS = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def chinese_counting(n: int, digits: str = _DIGITS, ten: str = "十") -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting)."""
    if n < 0:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 and ten == "十" else digits[tens]) + ten + (digits[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = digits[hundreds] + ("百" if ten == "十" else "佰")
        if rest == 0:
            return head
        tail = chinese_counting(rest, digits, ten) if rest >= 10 else digits[rest]
        if rest < 10:
            return head + digits[0] + tail
        return head + (digits[1] + tail if rest < 20 and ten == "十" else tail)
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, glyph in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(glyph)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (w:numFmt); unknown formats fall back to decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):  # fmt: skip
        return chinese_counting(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return chinese_counting(n, _LEGAL, "拾")
    if fmt == "ideographTraditional":
        return _HEAVENLY[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographDigital":
        return "".join(_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt == "ideographZodiac":
        return _ZODIAC[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)  # ⑴
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)  # ⒈
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


def _int(element, default: int | None = None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(_VAL))
    except (TypeError, ValueError):
        return default


class _Level:
    def __init__(self, lvl):
        self.start = _int(lvl.find(f"{_W}start"), 1)
        fmt = lvl.find(f"{_W}numFmt")
        self.fmt = fmt.get(_VAL, "decimal") if fmt is not None else "decimal"
        text = lvl.find(f"{_W}lvlText")
        self.text = text.get(_VAL, "") if text is not None else ""
        self.restart = _int(lvl.find(f"{_W}lvlRestart"))
        self.legal = lvl.find(f"{_W}isLgl") is not None
        style = lvl.find(f"{_W}pStyle")
        self.style = style.get(_VAL) if style is not None else None


class ListNumbering:
    """Renders list labels of one document; build with `from_document` and call `label()` in document order."""

    def __init__(self, numbering_xml=None, styles_xml=None):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles: dict[str, tuple[str | None, int | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        if numbering_xml is not None:
            self._read_numbering(numbering_xml)
        if styles_xml is not None:
            self._read_styles(styles_xml)

    @classmethod
    def from_document(cls, document) -> ListNumbering:
        """The numbering and styles parts of a python-docx Document (either may be missing)."""
        numbering = styles = None
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles = None
        return cls(numbering, styles)

    def _read_numbering(self, root) -> None:
        for abstract in root.iterchildren(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.iterchildren(f"{_W}lvl"):
                levels[_int_attr(lvl, "ilvl", 0)] = _Level(lvl)
            self.abstract[abstract.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            starts: dict[int, int] = {}
            replaced: dict[int, _Level] = {}
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl = _int_attr(override, "ilvl", 0)
                start = _int(override.find(f"{_W}startOverride"))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    replaced[ilvl] = _Level(lvl)
            self.nums[num.get(f"{_W}numId", "")] = (ref.get(_VAL, "") if ref is not None else "", starts, replaced)

    def _read_styles(self, root) -> None:
        based: dict[str, str] = {}
        own: dict[str, tuple[str | None, int | None]] = {}
        for style in root.iterchildren(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            if not sid:
                continue
            parent = style.find(f"{_W}basedOn")
            if parent is not None:
                based[sid] = parent.get(_VAL, "")
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                num = numpr.find(f"{_W}numId")
                own[sid] = (num.get(_VAL) if num is not None else None, _int(numpr.find(f"{_W}ilvl")))
        for sid in set(own) | set(based):
            seen, current = set(), sid
            while current and current not in own and current not in seen:
                seen.add(current)
                current = based.get(current)
            if current in own:
                self.styles[sid] = own[current]

    def _numpr(self, p) -> tuple[str | None, int | None, str | None]:
        ppr = p.find(f"{_W}pPr")
        if ppr is None:
            return None, None, None
        style_el = ppr.find(f"{_W}pStyle")
        style = style_el.get(_VAL) if style_el is not None else None
        num_id, ilvl = self.styles.get(style, (None, None)) if style else (None, None)
        numpr = ppr.find(f"{_W}numPr")
        if numpr is not None:
            num = numpr.find(f"{_W}numId")
            if num is not None:
                num_id = num.get(_VAL)
            ilvl = _int(numpr.find(f"{_W}ilvl"), ilvl)
        return num_id, ilvl, style

    def label(self, p) -> str:
        """The rendered label of paragraph `p` (`一、`, `（一）`, `1.`), or "" when it is not numbered."""
        if not self.nums:
            return ""
        num_id, ilvl, style = self._numpr(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, starts, replaced = self.nums[num_id]
        levels = {**self.abstract.get(abstract_id, {}), **replaced}
        if ilvl is None:
            ilvl = next((k for k, lvl in levels.items() if style and lvl.style == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for k, start in starts.items():
                counters[k] = start - 1  # a startOverride restarts the list where this instance begins
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for k, deeper in levels.items():
            restart = deeper.restart if deeper.restart is not None else k
            if k > ilvl and ilvl < restart:
                counters.pop(k, None)
        return self._render(level, levels, counters, starts)

    @staticmethod
    def _render(level: _Level, levels: dict[int, _Level], counters: dict[int, int], starts: dict[int, int]) -> str:
        if level.fmt == "bullet":
            return ""

        def one(m: re.Match) -> str:
            k = int(m[1]) - 1
            other = levels.get(k)
            if other is None:
                return ""
            value = counters.get(k, starts.get(k, other.start))
            return format_number(value, "decimal" if level.legal else other.fmt)

        return re.sub(r"%([1-9])", one, level.text)


def _int_attr(element, name: str, default: int) -> int:
    try:
        return int(element.get(f"{_W}{name}", default))
    except ValueError:
        return default
