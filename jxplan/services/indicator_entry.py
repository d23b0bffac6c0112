"""Turn what a clerk types or pastes into an indicator's actual value (the raw text is always kept)."""

from __future__ import annotations

from jxplan.core.model import IndicatorActual
from jxplan.core.values import parse_value

_MINUS = ("-", "－", "−")


def parse_actual(text: str) -> float | None:
    """The number in a typed or pasted cell (`1,234.5`, `12.5%`, `约80`, `-3.2`); None for words or an empty cell.

    Excel copies numbers as displayed, with thousands separators, and growth rates can be negative: both are
    handled here before the document-value parser reads the rest.
    """
    clean = (text or "").strip().replace(",", "").replace("，", "")
    sign = 1.0
    if len(clean) > 1 and clean.startswith(_MINUS):
        sign, clean = -1.0, clean[1:]
    value = parse_value(clean).value
    return None if value is None else sign * float(value)


def actual_from_text(indicator_id: int, unit_id: int, period: str, text: str, *, source: str = "手工录入"):
    """The IndicatorActual to store for a typed value; an empty text clears the value."""
    raw = (text or "").strip()
    return IndicatorActual(indicator_id, unit_id, period, raw=raw, value=parse_actual(raw), source=source)


def pasted_column(text: str) -> list[str]:
    """The first cell of every line of text copied from Excel or WPS (tab-separated, CRLF or LF)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":  # Excel ends a copied range with a newline
        lines.pop()
    return [line.split("\t")[0].strip().strip('"') for line in lines]
