"""Parts every Excel report shares: the 填报 line, unit-name lists, raw values as numbers or text, saving."""

import os
import re
from datetime import date
from pathlib import Path

from jxplan.reports.output import save_atomically
from jxplan.reports.xlsx.table import Val

# A raw value that is nothing but a number ("3.55", "-1.2", "1,200") is written as a number; anything with
# words or a sign around it ("44.5左右", "累计达800", "前50", "+80" = an increase) stays text as written.
_PLAIN_NUMBER = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.(\d+))?$")
_SEP = "\u3000\u3000"  # two ideographic spaces between the parts of the 填报 line


def fill_line(unit_name: str, clerk: str, phone: str, day: date | None) -> str:
    """填报单位（盖章）/填报人/联系电话/填报日期 line; empty parts keep room to fill in by hand."""
    blank = "\u3000" * 6
    when = f"{day.year}年{day.month}月{day.day}日" if day else "\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    return _SEP.join(
        [
            f"填报单位（盖章）：{unit_name or blank}",
            f"填报人：{clerk or blank}",
            f"联系电话：{phone or blank}",
            f"填报日期：{when}",
        ]
    )


def names(units) -> str:
    """Unit names joined with 、 as documents list them."""
    return "、".join(u for u in units if u)


def number(text: str) -> object:
    """A 序号 like 12 as a number; 1-1 or (一) as text."""
    return int(text) if text.isdigit() else text


def number_or_text(raw: str | None, value: float | None = None) -> object:
    """A document value as a cell: a plain number keeps its decimals as shown; anything else stays text."""
    if raw is None:
        return None
    text = raw.strip()
    m = _PLAIN_NUMBER.match(text)
    if not m:
        return text or None
    number = float(text.replace(",", "")) if value is None else value
    decimals = len(m.group(4) or "")
    if decimals == 0 and number == int(number):
        return Val(int(number), number_format="#,##0" if "," in text else "0")
    return Val(number, number_format=("#,##0." if "," in text else "0.") + "0" * decimals)


def save_workbook(wb, out_path: str | os.PathLike) -> Path:
    """Save the workbook whole or not at all (reports.output)."""
    return save_atomically(out_path, wb.save)
