"""Small text helpers: whitespace that line-wrapping left inside Chinese text, bracket folding for matching."""

from __future__ import annotations

import re

_CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕【】、，。；：？！（）"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")",
                       "[": "(", "]": ")", "：": ":", "，": ",", "；": ";", "　": " "})  # fmt: skip


def clean_cell(text: str) -> str:
    """Cell or paragraph text without the spaces a wrap left between Chinese characters (`全国 重点实验室`)."""
    text = _SPACE_NEAR_CJK.sub("", text.strip())
    return _SPACES.sub(" ", text)


def fold(text: str) -> str:
    """Brackets and punctuation folded to one form, whitespace removed: for matching, never for display."""
    return _SPACES.sub("", text.translate(_FOLD))


def strip_end(text: str) -> str:
    """Text without trailing sentence punctuation (titles are shown without their 。)."""
    return text.strip().rstrip("。；;，,：:").strip()
