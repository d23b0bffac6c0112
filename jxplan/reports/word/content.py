"""Turn ReportData (recorded progress of a plan for a period) into the text of the 公文 progress report."""

from __future__ import annotations

from datetime import date

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word import styles as st
from jxplan.reports.word.blocks import Attachment, Block, Para
from jxplan.reports.word.tables import Column, build_table
from jxplan.reports.word.template import cn_number

_END_PUNCT = "。！？；…”）)"
LEDGER_COLUMNS = [
    Column("序号", 5, "center"),
    Column("重点任务", 20),
    Column("牵头单位", 9, "center"),
    Column("配合单位", 10),
    Column("完成状态", 8, "center"),
    Column("完成进度", 7, "center"),
    Column("进展情况", 29),
    Column("存在问题", 12),
]
INDICATOR_COLUMNS = [
    Column("序号", 5, "center"),
    Column("指标名称", 24),
    Column("单位", 8, "center"),
    Column("基期值", 10, "center"),
    Column("年度目标", 11, "center"),
    Column("本期节点", 11, "center"),
    Column("本期实际", 11, "center"),
    Column("完成率", 9, "center"),
    Column("状态", 11, "center"),
]


def chinese_date(day: date) -> str:
    """成文日期 per GB/T 9704 §7.3.5: Arabic numerals, no zero padding → 2025年10月10日."""
    return f"{day.year}年{day.month}月{day.day}日"


def sentence(text: str) -> str:
    """Trimmed text ending in a full stop unless it already ends in closing punctuation."""
    text = (text or "").strip()
    return text if not text or text[-1] in _END_PUNCT else text + "。"


def percent_text(value: float | None) -> str:
    """60 → 60%, 62.5 → 62.5%, None → ''."""
    if value is None:
        return ""
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


def text_width_chars(text: str) -> float:
    """Approximate width in body characters: ideographs 1, Latin letters and digits ½."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _entry_paras(lines: list[str], prefix: str, style: str | None = None) -> Block:
    """Paragraphs of one unit's text; the unit name (consolidated report) leads the first one."""
    return [Para(sentence((prefix if i == 0 else "") + line), style) for i, line in enumerate(lines)]


def build_values(data, profile: ReportProfile, report_date: date) -> dict:
    """Values for every placeholder of the template, from a ReportData."""
    plan, period = data.plan, data.period
    consolidated = data.unit is None
    signer = data.unit.name if data.unit is not None else (data.settings.clerk_unit or plan.issuer or "")
    date_text = chinese_date(report_date)
    attachments = _attachments(data, profile)
    values = {
        "报告期": period.label,
        "方案名称": plan.title,
        "文号": plan.doc_number,
        "发文机关": plan.issuer,
        "报告单位": signer,
        "日期": date_text,
        "标题": [Para(f"关于{period.label}《{plan.title}》工作进展情况的报告")],
        "主送机关": [Para(data.settings.recipient.rstrip("：:") + "：")] if data.settings.recipient else [],
        "开头": [Para(_opening(data, consolidated))],
        "总体进展": _overview(data),
        "重点任务": _task_progress(data, consolidated),
        "存在问题": _problems(data),
        "下步打算": _next_steps(data, consolidated),
        "附件说明": _attachment_note(attachments, profile),
        "附注": _contact(data.settings),
        "附件": attachments,
    }
    values["署名"], values["成文日期"] = _signature(signer, date_text, profile)
    return values


def _opening(data, consolidated: bool) -> str:
    plan = data.plan
    basis = f"《{plan.title}》" + (f"（{plan.doc_number}）" if plan.doc_number else "")
    who = "" if consolidated else "我单位"
    return f"根据{basis}要求，现将{who}{data.period.label}工作进展情况报告如下。"


def _overview(data) -> Block:
    counts = data.status_counts
    total = sum(counts.values())
    if not total:
        return []
    parts = [f"{status.label}{n}项" for status, n in counts.items() if n]
    paras = [Para(f"本期纳入跟踪的重点任务共{total}项，其中" + "、".join(parts) + "。")]
    indicators = data.indicators
    if indicators:
        reported = [row for row in indicators if row.actual]
        text = f"纳入监测的主要指标共{len(indicators)}项，本期已报送实际值{len(reported)}项"
        by_light: dict[str, list[str]] = {}
        for row in reported:
            if row.light is not None:
                by_light.setdefault(row.light.label, []).append(row.name)
        if by_light:
            text += "，其中" + "、".join(f"{label}{len(names)}项" for label, names in by_light.items())
        text += "。"
        lagging = [row.name for row in reported if row.light is not None and row.light.value == "red"]
        if lagging:
            text += "进度滞后的指标为：" + "、".join(lagging) + "。"
        paras.append(Para(text))
    return paras


def _task_progress(data, consolidated: bool) -> Block:
    block: Block = []
    section_no = 0
    for section in data.sections:
        if not section.rows:
            continue
        if section.title:
            section_no += 1
            block.append(Para(f"（{cn_number(section_no)}）{section.title}", st.H2))
        for i, row in enumerate(section.rows, start=1):
            block.append(Para(f"{i}.{row.task.title}", st.H3))
            texts = [(entry, _lines(entry.progress)) for entry in row.entries]
            texts = [(entry, lines) for entry, lines in texts if lines]
            if not texts:
                block.append(Para("本期未报送进展情况。"))
            for entry, lines in texts:
                prefix = f"{entry.unit_name}：" if consolidated or len(texts) > 1 else ""
                block.extend(_entry_paras(lines, prefix))
    return block


def _problems(data) -> Block:
    block: Block = []
    for i, row in enumerate(data.lagging, start=1):
        units = "、".join(row.lead_units)
        head = f"{i}.{row.task.title}" + (f"（{units}）" if units else "") + "："
        lines = _lines(row.problems) or ["进度滞后，未说明原因"]
        block.extend(_entry_paras(lines, head))
    return block


def _next_steps(data, consolidated: bool) -> Block:
    block: Block = []
    n = 0
    for section in data.sections:
        for row in section.rows:
            texts = [(entry, _lines(entry.next_steps)) for entry in row.entries]
            texts = [(entry, lines) for entry, lines in texts if lines]
            if not texts:
                continue
            n += 1
            block.append(Para(f"{n}.{row.task.title}", st.H3))
            for entry, lines in texts:
                prefix = f"{entry.unit_name}：" if consolidated or len(texts) > 1 else ""
                block.extend(_entry_paras(lines, prefix))
    return block


def _attachments(data, profile: ReportProfile) -> list[Attachment]:
    width = st.landscape_text_width_twips(profile)
    rows: list = []
    number = 0
    for section in data.sections:
        if not section.rows:
            continue
        if section.title:
            rows.append(section.title)
        for row in section.rows:
            number += 1
            named = len(row.entries) > 1 or data.unit is None
            progress = [
                (f"{e.unit_name}：" if named and j == 0 else "") + line
                for e in row.entries
                for j, line in enumerate(_lines(e.progress))
            ]
            problems = [line for e in row.entries for line in _lines(e.problems)]
            rows.append(
                [
                    row.task.number or str(number),
                    row.task.title,
                    "、".join(row.lead_units),
                    "、".join(row.coop_units),
                    row.status.label if row.status is not None else "未报送",
                    percent_text(row.percent),
                    progress,
                    problems,
                ]
            )
    attachments = []
    if rows:
        attachments.append(
            Attachment("", f"{data.period.label}重点任务进展情况表", [build_table(LEDGER_COLUMNS, rows, width)])
        )
    if data.indicators:
        ind_rows = [
            [
                str(i),
                r.name,
                r.measure_unit,
                r.baseline,
                r.target,
                r.milestone,
                r.actual,
                percent_text(None if r.completion_rate is None else r.completion_rate * 100),
                r.status_text,
            ]
            for i, r in enumerate(data.indicators, start=1)
        ]
        attachments.append(
            Attachment(
                "",
                f"{data.period.label}主要指标完成情况表",
                [build_table(INDICATOR_COLUMNS, ind_rows, width, cant_split=True)],
            )
        )
    if len(attachments) == 1:
        return [Attachment("附件", attachments[0].title, attachments[0].content)]
    return [Attachment(f"附件{i}", a.title, a.content) for i, a in enumerate(attachments, start=1)]


def _attachment_note(attachments: list[Attachment], profile: ReportProfile) -> Block:
    if not attachments:
        return []
    pitch = profile.char_pitch_twips
    if len(attachments) == 1:
        return [Para(f"附件：{attachments[0].title}", ppr=f'<w:ind w:left="{5 * pitch}" w:hanging="{3 * pitch}"/>')]
    # Wrapped lines align with the first character of the name, after "1.".
    left = 5 * pitch + pitch
    paras = []
    for i, att in enumerate(attachments, start=1):
        label = "附件：" if i == 1 else ""
        first = f'w:hanging="{3 * pitch + pitch}"' if i == 1 else f'w:hanging="{pitch}"'
        paras.append(Para(f"{label}{i}.{att.title}", ppr=f'<w:ind w:left="{left}" {first}/>'))
    return paras


def _signature(signer: str, date_text: str, profile: ReportProfile) -> tuple[Block, Block]:
    """署名 and 成文日期 without a seal (§7.3.5.2): 署名 右空二字, date starting two characters right of it."""
    if not signer:
        right = f'<w:ind w:right="{2 * profile.char_pitch_twips}" w:firstLine="0"/><w:jc w:val="right"/>'
        return [], [Para(date_text, ppr=right)]
    pitch, chars = profile.char_pitch_twips, profile.chars_per_line
    sig_w, date_w = text_width_chars(signer), text_width_chars(date_text)
    right = f'<w:ind w:right="{2 * pitch}" w:firstLine="0"/><w:jc w:val="right"/>'
    if date_w <= sig_w:
        date_left = round((chars - sig_w) * pitch)
        return (
            [Para(signer, ppr=right)],
            [Para(date_text, ppr=f'<w:ind w:left="{date_left}" w:firstLine="0"/><w:jc w:val="left"/>')],
        )
    sig_left = max(0, round((chars - 2 - date_w - 2) * pitch))
    return (
        [Para(signer, ppr=f'<w:ind w:left="{sig_left}" w:firstLine="0"/><w:jc w:val="left"/>')],
        [Para(date_text, ppr=right)],
    )


def _contact(settings) -> Block:
    parts = []
    if settings.clerk_name:
        parts.append(f"联系人：{settings.clerk_name}")
    if settings.clerk_phone:
        parts.append(f"电话：{settings.clerk_phone}")
    return [Para("（" + "，".join(parts) + "）")] if parts else []
