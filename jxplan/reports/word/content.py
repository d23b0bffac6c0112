"""Turn ReportData (recorded progress of a plan for a period) into the text of the 公文 progress report."""

from __future__ import annotations

from datetime import date

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word import styles as st
from jxplan.reports.word.blocks import Attachment, Block, Para
from jxplan.reports.word.tables import Column, build_table
from jxplan.reports.word.template import cn_number
from jxplan.reports.word.text_width import text_width_chars
from jxplan.reports.word.title_breaks import title_lines

_END_PUNCT = "。！？；…”）)"
LEDGER_COLUMNS = [
    Column("序号", 5, "center"),
    Column("重点任务", 20),
    Column("牵头单位", 9, "center"),
    Column("配合单位", 10),
    Column("完成状态", 8, "center"),
    Column("完成进度", 8, "center"),
    Column("进展情况", 28),
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
ATTRIBUTE_COLUMN = Column("属性", 7, "center")


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


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _entry_paras(lines: list[str], prefix: str, style: str | None = None) -> Block:
    """Paragraphs of one unit's text; the unit name (consolidated report) leads the first one."""
    return [Para(sentence((prefix if i == 0 else "") + line), style) for i, line in enumerate(lines)]


def task_title(task) -> str:
    return task.title or task.text


def build_values(data, profile: ReportProfile, report_date: date, signer: str = "") -> dict:
    """Values for every placeholder of the template, from a ReportData; `signer` = 署名 of a consolidated report."""
    plan, period, settings = data.plan, data.period, data.settings
    consolidated = data.unit_id is None
    signer = data.unit_name if not consolidated else (settings.get("signer") or signer)
    date_text = chinese_date(report_date)
    attachments = _attachments(data, profile)
    recipient = (settings.get("recipient") or "").strip().rstrip("：:")
    values = {
        "报告期": period.label,
        "方案名称": plan.title,
        "文号": plan.doc_number,
        "发文机关": plan.issuer,
        "报告单位": signer,
        "日期": date_text,
        "标题": [
            Para("\n".join(title_lines(f"关于{period.label}《{plan.title}》工作进展情况的报告", profile.title_chars)))
        ],
        "主送机关": [Para(recipient + "：")] if recipient else [],
        "开头": [Para(_opening(data, consolidated))],
        "总体进展": _overview(data, consolidated),
        "重点任务": _task_progress(data, consolidated),
        "存在问题": _problems(data),
        "下步打算": _next_steps(data, consolidated),
        "附件说明": _attachment_note(attachments, profile),
        "附注": _contact(settings),
        "附件": attachments,
    }
    values["署名"], values["成文日期"] = _signature(signer, date_text, profile, bool(values["附注"]))
    return values


def _opening(data, consolidated: bool) -> str:
    plan = data.plan
    basis = f"《{plan.title}》" + (f"（{plan.doc_number}）" if plan.doc_number else "")
    who = "" if consolidated else "我单位"
    return f"根据{basis}要求，现将{who}{data.period.label}工作进展情况报告如下。"


def _overview(data, consolidated: bool) -> Block:
    counts = data.counts
    total = sum(counts.values())
    paras: Block = []
    if total:
        parts = [f"{label}{n}项" for label, n in counts.items() if n]
        paras.append(Para(f"本期纳入跟踪的重点任务共{total}项，其中" + "、".join(parts) + "。"))
    rows = data.indicator_rows
    if rows:
        reported = [r for r in rows if r.actual is not None and r.actual.raw]
        text = f"纳入监测的主要指标共{len(rows)}项，本期已报送实际值{len(reported)}项"
        by_light: dict[str, int] = {}
        for r in reported:
            if r.light is not None:
                by_light[r.light.label] = by_light.get(r.light.label, 0) + 1
        if by_light:
            text += "，其中" + "、".join(f"{label}{n}项" for label, n in by_light.items())
        text += "。"
        behind = [r.indicator.name for r in data.lagging_indicators]
        if behind:
            text += "未达序时进度的指标为：" + "、".join(behind) + "。"
        paras.append(Para(text))
    if consolidated and data.missing_units:
        paras.append(
            Para(
                f"截至报告时，尚有{len(data.missing_units)}个单位未报送本期进展情况："
                + "、".join(data.missing_units)
                + "。"
            )
        )
    return paras


def _reported(entries, field: str) -> list:
    """(entry view, lines of `field`) of the units that wrote something, lead unit first."""
    out = []
    for view in entries:
        lines = _lines(getattr(view.entry, field)) if view.entry is not None else []
        if lines:
            out.append((view, lines))
    return out


def _item_paras(title: str, entries, field: str, consolidated: bool, placeholder: str | None) -> Block:
    texts = _reported(entries, field)
    if not texts and placeholder is None:
        return []
    block: Block = [Para(title, st.H3)]
    if not texts:
        block.append(Para(placeholder))
    for view, lines in texts:
        prefix = f"{view.unit_name}：" if consolidated or len(texts) > 1 else ""
        block.extend(_entry_paras(lines, prefix))
    return block


def _groups(data) -> list[tuple[str, list]]:
    """(heading, [(title, entries)]) in document order: the plan's sections, then the key works."""
    groups = [
        (section.title if section is not None else "", [(task_title(r.task), r.entries) for r in rows])
        for section, rows in data.by_section()
    ]
    if data.key_work_rows:
        groups.append(("重点工作", [(r.key_work.name or r.key_work.content, r.entries) for r in data.key_work_rows]))
    return groups


def _task_progress(data, consolidated: bool) -> Block:
    block: Block = []
    groups = _groups(data)
    titled = sum(1 for heading, _ in groups if heading) > 0
    section_no = 0
    for heading, items in groups:
        if titled:
            section_no += 1
            block.append(Para(f"（{cn_number(section_no)}）{heading or '其他任务'}", st.H2))
        for i, (title, entries) in enumerate(items, start=1):
            block.extend(_item_paras(f"{i}.{title}", entries, "progress", consolidated, "本期未报送进展情况。"))
    return block


def _problems(data) -> Block:
    block: Block = []
    for i, row in enumerate(data.lagging, start=1):
        head = f"{i}.{task_title(row.task)}" + (f"（{row.lead_name}）" if row.lead_name else "") + "："
        lines = _lines(row.problems) or ["进度滞后，未说明原因"]
        block.extend(_entry_paras(lines, head))
    return block


def _next_steps(data, consolidated: bool) -> Block:
    block: Block = []
    n = 0
    for _, items in _groups(data):
        for title, entries in items:
            paras = _item_paras(f"{n + 1}.{title}", entries, "next_steps", consolidated, None)
            if paras:
                n += 1
                block.extend(paras)
    return block


def _ledger_rows(data) -> list:
    rows: list = []
    number = 0
    consolidated = data.unit_id is None
    for section, task_rows in data.by_section():
        if section is not None and section.title:
            rows.append(section.title)
        for row in task_rows:
            number += 1
            named = consolidated or len(row.entries) > 1
            progress = [
                (f"{view.unit_name}：" if named and j == 0 else "") + line
                for view, lines in _reported(row.entries, "progress")
                for j, line in enumerate(lines)
            ]
            problems = [line for _, lines in _reported(row.entries, "problems") for line in lines]
            rows.append(
                [
                    row.task.number or str(number),
                    task_title(row.task),
                    row.lead_name,
                    "、".join(row.coop_names),
                    row.state.label,
                    percent_text(row.state.percent),
                    progress,
                    problems,
                ]
            )
    return rows


def _raw(value) -> str:
    return value.raw if value is not None else ""


def _attachments(data, profile: ReportProfile) -> list[Attachment]:
    width = st.landscape_text_width_twips(profile)
    found = []
    ledger = _ledger_rows(data)
    if ledger:
        found.append((f"{data.period.label}重点任务进展情况表", build_table(LEDGER_COLUMNS, ledger, width)))
    if data.indicator_rows:
        # A 规划's indicators carry 属性 (预期性/约束性); a column of it only when the plan gives it.
        with_attribute = any(r.indicator.attribute for r in data.indicator_rows)
        columns = INDICATOR_COLUMNS[:3] + [ATTRIBUTE_COLUMN] * with_attribute + INDICATOR_COLUMNS[3:]
        rows = [
            [
                r.indicator.number or str(i),
                r.indicator.name,
                r.indicator.measure_unit,
                *[r.indicator.attribute] * with_attribute,
                _raw(r.baseline),
                _raw(r.target),
                _raw(r.milestone),
                _raw(r.actual),
                percent_text(None if r.rate is None else r.rate * 100),
                r.light.label if r.light else "",
            ]
            for i, r in enumerate(data.indicator_rows, start=1)
        ]
        found.append((f"{data.period.label}主要指标完成情况表", build_table(columns, rows, width, cant_split=True)))
    if len(found) == 1:
        return [Attachment("附件", found[0][0], [found[0][1]])]
    return [Attachment(f"附件{i}", title, [table]) for i, (title, table) in enumerate(found, start=1)]


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


def _signature(signer: str, date_text: str, profile: ReportProfile, keep_with_note: bool) -> tuple[Block, Block]:
    """署名 and 成文日期 without a seal (§7.3.5.2): 署名 右空二字, date starting two characters right of it.

    The block is kept on one page (with the 附注 under it) so no page holds only a date or a contact line.
    """
    pitch, chars = profile.char_pitch_twips, profile.chars_per_line
    keep = "<w:keepNext/>"
    date_keep = keep if keep_with_note else ""
    right = f'<w:ind w:right="{2 * pitch}" w:firstLine="0"/><w:jc w:val="right"/>'
    if not signer:
        return [], [Para(date_text, ppr=date_keep + right)]
    sig_w, date_w = text_width_chars(signer), text_width_chars(date_text)
    if date_w <= sig_w:
        date_left = round((chars - sig_w) * pitch)
        date_ppr = f'{date_keep}<w:ind w:left="{date_left}" w:firstLine="0"/><w:jc w:val="left"/>'
        return [Para(signer, ppr=keep + right)], [Para(date_text, ppr=date_ppr)]
    sig_left = max(0, round((chars - 2 - date_w - 2) * pitch))
    sig_ppr = f'{keep}<w:ind w:left="{sig_left}" w:firstLine="0"/><w:jc w:val="left"/>'
    return [Para(signer, ppr=sig_ppr)], [Para(date_text, ppr=date_keep + right)]


def _contact(settings: dict) -> Block:
    parts = []
    if settings.get("clerk_name"):
        parts.append(f"联系人：{settings['clerk_name']}")
    if settings.get("clerk_phone"):
        parts.append(f"电话：{settings['clerk_phone']}")
    return [Para("（" + "，".join(parts) + "）")] if parts else []
