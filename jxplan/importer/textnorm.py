"""Small text helpers: whitespace that line-wrapping left inside Chinese text, bracket folding for matching."""

from __future__ import annotations

import re

_CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕【】、，。；：？！（）"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")",
                       "[": "(", "]": ")", "：": ":", "，": ",", "；": ";", "　": " "})  # fmt: skip
# Full-width digits and Latin letters (`１．`, `（１）`, `５Ｇ`) read as ASCII; Chinese punctuation stays.
_HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                           *range(0xFF41, 0xFF5B)]})  # fmt: skip
_UNIT_END = re.compile(r"(?:局|委|办|府|院|会|心|团|司|行|部|室|厅|队|所|站|处|社|馆|港|区)[)）〕】]?$")
_UNIT_START = re.compile(r"^[市县区省各国]")
_UNIT_WORD = re.compile(
    r"^[^\s、，,；;。]{2,}?(?:局|委|办|府|院|会|心|团|司|行|部|室|厅|队|所|站|处|社|馆|港|区)(?=$|[\s、，,；;。])"
)


def half_width(text: str) -> str:
    """Full-width digits and letters as ASCII, so `１．` numbers a task like `1.` does."""
    return text.translate(_HALF)


def is_unit_gap(before: str, after: str) -> bool:
    """A space between two unit names (`市发改委 市经信局`), not one a line wrap left inside a name."""
    return bool(_UNIT_END.search(before.rstrip()) and (_UNIT_START.match(after) or _UNIT_WORD.match(after)))


def clean_cell(text: str) -> str:
    """Cell or paragraph text without the spaces a wrap left between Chinese characters (`全国 重点实验室`).

    A space that separates two unit names (`市科技局 市财政局`) is kept, as one space, for the unit splitter.
    """
    text = text.strip()

    def gap(m: re.Match) -> str:
        return " " if is_unit_gap(text[: m.start()], text[m.end() :]) else ""

    text = _SPACE_NEAR_CJK.sub(gap, text)
    return _SPACES.sub(" ", text)


def fold(text: str) -> str:
    """Brackets and punctuation folded to one form, whitespace removed: for matching, never for display."""
    return _SPACES.sub("", text.translate(_FOLD))


def strip_end(text: str) -> str:
    """Text without trailing sentence punctuation (titles are shown without their 。)."""
    return text.strip().rstrip("。；;，,：:").strip()
