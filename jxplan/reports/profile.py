"""Report profile: font names and layout numbers of the reports (defaults = GB/T 9704-2012), overridable per office."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from jxplan.errors import InputFileError

PROFILE_FILE_NAME = "report_profile.json"
TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    """Millimetres to twips, rounded (python-docx truncates: Mm(28).twips == 1587 either way)."""
    return round(mm * TWIPS_PER_MM)


@dataclass(frozen=True)
class Fonts:
    """Font family names by role; the Excel reports read `table`, `table_header` and `title` from here too."""

    body: str = "仿宋_GB2312"
    title: str = "方正小标宋简体"
    heading1: str = "黑体"
    heading2: str = "楷体_GB2312"
    heading3: str = "仿宋_GB2312"
    latin: str = "Times New Roman"
    page_number: str = "宋体"
    table: str = "仿宋_GB2312"
    table_header: str = "黑体"


@dataclass(frozen=True)
class ReportProfile:
    """Everything about a report's look that offices set differently; defaults follow GB/T 9704-2012.

    Sizes are in points, lengths in millimetres. The line pitch and the character squeeze that give
    `lines_per_page` × `chars_per_line` are derived from the margins (GOVDOC.md §2.2 option A).
    """

    fonts: Fonts = field(default_factory=Fonts)
    body_pt: float = 16
    title_pt: float = 22
    title_line_pt: float = 36
    page_number_pt: float = 14
    table_pt: float = 12
    table_title_pt: float = 18
    margin_top_mm: float = 37
    margin_bottom_mm: float = 35
    margin_left_mm: float = 28
    margin_right_mm: float = 26
    footer_mm: float = 25
    lines_per_page: int = 22
    chars_per_line: int = 28
    bold_level3: bool = False
    landscape_margin_mm: float = 25
    landscape_footer_mm: float = 12

    # -- derived numbers (twips) --------------------------------------------------------------
    @property
    def text_width_twips(self) -> int:
        return mm_to_twips(210) - mm_to_twips(self.margin_left_mm) - mm_to_twips(self.margin_right_mm)

    @property
    def text_height_twips(self) -> int:
        return mm_to_twips(297) - mm_to_twips(self.margin_top_mm) - mm_to_twips(self.margin_bottom_mm)

    @property
    def line_pitch_twips(self) -> int:
        """Exact line height that fits `lines_per_page` lines in the 版心 (579 for the standard)."""
        return self.text_height_twips // self.lines_per_page

    @property
    def char_squeeze_twips(self) -> int:
        """Negative character spacing so `chars_per_line` body characters fit one line (−5 for the standard)."""
        return min(0, math.floor(self.text_width_twips / self.chars_per_line - self.body_pt * 20))

    @property
    def title_chars(self) -> float:
        """How many title characters a line holds, less half a character that Word's and LibreOffice's
        punctuation widths may take (a title line that overflows would wrap again on its own)."""
        return self.text_width_twips / (self.title_pt * 20) - 0.5

    @property
    def char_pitch_twips(self) -> int:
        """Advance of one body character after the squeeze (315 for the standard)."""
        return round(self.body_pt * 20) + self.char_squeeze_twips

    # -- loading ------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict, *, where: str | None = None) -> ReportProfile:
        """Build a profile from defaults overridden by `data`; unknown keys or wrong types are a UserError."""
        if not isinstance(data, dict):
            raise InputFileError("报告配置应为一个 JSON 对象（{…}）", where=where)
        font_data = data.get("fonts", {})
        if not isinstance(font_data, dict):
            raise InputFileError("报告配置中的 fonts 应为一个 JSON 对象", where=where)
        font_names = {f.name for f in dataclasses.fields(Fonts)}
        for key, value in font_data.items():
            if key not in font_names:
                known = "、".join(sorted(font_names))
                raise InputFileError(f"报告配置中的字体项“{key}”无法识别，可用：{known}", where=where)
            if not isinstance(value, str) or not value.strip():
                raise InputFileError(f"报告配置中的字体项“{key}”应为字体名称", where=where)
        values: dict = {"fonts": Fonts(**{k: v.strip() for k, v in font_data.items()})}
        defaults = cls()
        for key, value in data.items():
            if key == "fonts":
                continue
            if key not in {f.name for f in dataclasses.fields(cls)}:
                raise InputFileError(f"报告配置项“{key}”无法识别", where=where)
            expected = type(getattr(defaults, key))
            ok = (
                isinstance(value, bool)
                if expected is bool
                else (isinstance(value, int | float) and not isinstance(value, bool) and value > 0)
            )
            if not ok:
                raise InputFileError(f"报告配置项“{key}”的值“{value}”无效", where=where)
            values[key] = int(value) if expected is int else value
        return cls(**values)


def load_profile(folder: Path | str | None = None) -> ReportProfile:
    """The profile in `folder`/report_profile.json (a clerk's template folder), or the standard's defaults."""
    if folder is None:
        return ReportProfile()
    path = Path(folder) / PROFILE_FILE_NAME
    if not path.is_file():
        return ReportProfile()
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputFileError(f"报告配置文件无法读取（{exc}）", where=str(path)) from exc
    return ReportProfile.from_dict(data, where=str(path))
