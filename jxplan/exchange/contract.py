"""The fill-in workbook contract: sheet names, header names and meta keys shared by the writer and the reader.

docs/exchange-format.md documents these names for other tools; change them only with a new TEMPLATE_VERSION.
"""

from __future__ import annotations

from dataclasses import dataclass

TEMPLATE_VERSION = "1"
FORMAT_TAG = "jxplan-fill-in"

SHEET_GUIDE = "填报说明"
SHEET_TASKS = "重点任务"
SHEET_INDICATORS = "指标"
SHEET_KEY_WORKS = "重点工作"
SHEET_META = "_jxplan"

KEY = "编号"
SEQ = "序号"
ROLE = "责任类型"
STATUS = "完成状态"
PERCENT = "完成进度(%)"
PROGRESS = "进展情况"
PROBLEMS = "存在问题"
NEXT_STEPS = "下步计划"
IND_NAME = "指标"
IND_UNIT = "单位"
IND_TARGET = "目标值"
IND_MILESTONE = "本期目标"
IND_ACTUAL = "本期完成值"
IND_NOTE = "说明"
# A column some units add when they paste several units' rows together; rows naming another unit are rejected.
REPORTING_UNIT = ("填报单位", "责任单位")


@dataclass(frozen=True)
class SheetKind:
    """One kind of data sheet: its default name, the header of its item column and its input columns."""

    kind: str  # "task" | "key_work" | "indicator"
    sheet: str
    item_header: str
    locked: tuple[str, ...]
    inputs: tuple[str, ...]
    uid_letter: str  # the letter in item uids (P1A2B3C-T001): T task, K key work, I indicator


PROGRESS_INPUTS = (STATUS, PERCENT, PROGRESS, PROBLEMS, NEXT_STEPS)
TASKS = SheetKind("task", SHEET_TASKS, "重点任务", (KEY, SEQ, "重点任务", ROLE), PROGRESS_INPUTS, "T")
KEY_WORKS = SheetKind("key_work", SHEET_KEY_WORKS, "重点工作", (KEY, SEQ, "重点工作", ROLE), PROGRESS_INPUTS, "K")
INDICATORS = SheetKind(
    "indicator",
    SHEET_INDICATORS,
    IND_NAME,
    (KEY, SEQ, IND_NAME, IND_UNIT, IND_TARGET, IND_MILESTONE),
    (IND_ACTUAL, IND_NOTE),
    "I",
)
SHEET_KINDS = (TASKS, INDICATORS, KEY_WORKS)

ROLE_WORDS = {"lead": "牵头", "coop": "配合"}

# Keys of the hidden meta sheet (column A key, column B value).
META_KEYS = (
    "format",
    "template_version",
    "plan_uid",
    "plan_title",
    "period",
    "period_label",
    "unit_uid",
    "unit_name",
    "generated_at",
    "generator",
    "locked_sha256",
)

HEADER_ROW = 3  # 1-based row of the header in the data sheets written by jxplan (the reader searches for it)
MAX_TEXT = 10000  # characters per narrative cell; longer text is refused rather than stored
