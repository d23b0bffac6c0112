"""Document metadata (title, 文号, issuer, date, years) and the web-page chrome around a published text.

Pages copied from a government site carry breadcrumbs, an 索引号/文号/成文日期 block and buttons
(打印本页, 进入老年模式). The buttons are dropped; the metadata in the block is kept. A document issued
with a cover notice (…关于印发…的通知, addressees, signature, date) has its plan body after the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jxplan.importer.blocks import Para
from jxplan.importer.places import city_mentions, place_at_start, place_of_doc_number
from jxplan.importer.textnorm import clean_cell

_CHROME = re.compile(
    r"^(进入老年模式|无障碍|阅读辅助|简体|繁體|首页|当前位置|>|＞|索\s*引|发布日期|发布时间|时间[:：]|来源[:：]|"
    r"信息来源|浏览次数|访问次数|访\s*问\s*量|字号|字体|分享|【?打印本页|【?关闭本页|【?关闭窗口|政策解读|图文解读|"
    r"作者[:：]|公开方式|公开形式|主题分类|所属栏目|发布机构|发布单位|发文机关|统一编号|规范性文件统一编号|"
    r"有\s*效\s*性|成文日期|文\s*号|发文字号|扫一扫|相关链接|附件下载)"
    r"|\.(pdf|jpg|jpeg|png|webp|docx?|wps|ofd)$",
    re.IGNORECASE,
)
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,8})\s*[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*(\d{1,4})\s*号")
_DATE_LINE = re.compile(r"^[(（]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?$")
_META_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_NOTICE = re.compile(r"^(?P<issuer>.{2,30}?)关于(?:印发|转发|下达)(?P<title>.+?)的通知$")
_ISSUER_LINE = re.compile(r"(人民政府|政府办公室|人民政府办公室|办公厅|委员会|管委会|领导小组|局|委|办)$")
_PLAN_WORD = re.compile(
    r"(方案|规划|计划|意见|清单|分解|政策|要点|措施|纲要|办法|细则|报告|情况|通知)(\s*[(（].*[)）])?$"
)
_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、])")
_YEAR_LIST = re.compile(r"工作要点|任务清单|工作清单|分解|工作计划|工作安排|行动计划|实施计划")
_YEARS = re.compile(r"[(（]\s*(20\d{2})\s*[-—–～~至]\s*(20\d{2})\s*年?\s*[)）]")
_FIVE_YEAR = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
# Leading characters of 文号 that name a jurisdiction of 嘉兴 (嘉政办发, 平政发, 海政发 …).
_NUMBER_PREFIX = {"嘉": "嘉兴市", "平": "平湖市", "海": "海宁市", "善": "嘉善县", "盐": "海盐县", "桐": "桐乡市",
                  "南": "南湖区", "秀": "秀洲区"}  # fmt: skip


DEFAULT_CITY = "嘉兴市"


@dataclass
class Meta:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    draft: bool = False


def iso_date(m: re.Match) -> str | None:
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def format_doc_number(m: re.Match) -> str:
    return f"{m[1]}〔{m[2]}〕{m[3]}号"


def is_chrome(text: str) -> bool:
    return bool(_CHROME.search(text.strip()))


def _from_header(paras: list[Para], meta: Meta) -> None:
    """The 索引号/文号/成文日期 block of a web page: every field may share a line with another."""
    published = None
    for p in paras:
        if not is_chrome(p.text):
            continue
        text = p.text
        if meta.doc_number is None and re.search(r"文\s*号|发文字号", text):
            m = _DOC_NUMBER.search(text.split("号", 1)[-1] if text.startswith("索") else text)
            m = m or _DOC_NUMBER.search(text)
            if m:
                meta.doc_number = format_doc_number(m)
        m = re.search(r"成文日期[:：]\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})", text)
        if m and meta.date is None:
            meta.date = iso_date(m)
        m = re.search(r"(?:发布日期|发布时间|公开日期|时间)[:：]\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})", text)
        if m and published is None:
            published = iso_date(m)
        m = re.search(r"(?:发布单位|发文机关|发布机构)[:：]\s*(\S+)", text)
        if m and meta.issuer is None:
            meta.issuer = m.group(1)
    meta.date = meta.date or published


def body_start(paras: list[Para]) -> int:
    """Index of the first paragraph of the plan itself: after the cover notice's signature date, if any."""
    for k, p in enumerate(paras[:-1]):
        if _DATE_LINE.match(p.text) and k > 0 and _ISSUER_LINE.search(paras[k - 1].text):
            start = k + 1
            while start < len(paras) and re.fullmatch(r"[(（].*[)）]", paras[start].text):
                start += 1
            return start
    return 0


_ATTACHMENT_LABEL = re.compile(r"附\s*件\s*\d*\s*[:：]?")


def _title_run(paras: list[Para], start: int) -> tuple[str | None, bool]:
    """Join the short lines that open the body into the title; `draft` if marked 征求意见稿."""
    parts: list[str] = []
    draft = complete = False
    for p in paras[start : start + 8]:
        text = p.text.strip()
        bracketed = re.fullmatch(r"[(（].*[)）]", text)
        attachment = _ATTACHMENT_LABEL.fullmatch(text)  # `附件1` labels what follows; never part of a title
        if attachment and parts:
            break
        if is_chrome(text) or (not parts and (bracketed or attachment)):
            continue
        if bracketed and re.search(r"征求意见稿|讨论稿|送审稿|草案", text):
            draft = True
            break
        if bracketed and _YEARS.fullmatch(text):
            parts.append(text)  # `(2025—2027年)` on a line of its own belongs to the title
            break
        if complete or bracketed:
            break
        if len(text) > 60 or "。" in text or "|" in text or text.endswith((":", "：")) or _HEADING.match(text):
            break
        if _DATE_LINE.match(text):
            break
        parts.append(re.sub(r"^【[^】]*】", "", text))
        complete = bool(_PLAN_WORD.search(parts[-1]))
    return (clean_cell("".join(parts)) or None), draft


def read_meta(paras: list[Para]) -> tuple[Meta, int]:
    """Metadata of the document and the index of the first paragraph of the plan body."""
    meta = Meta()
    _from_header(paras, meta)
    notice_title = None
    for p in paras[:40]:
        m = _NOTICE.match(p.text.strip())
        if m:
            notice_title = m["title"].strip("《》")
            meta.issuer = m["issuer"]
            break
    start = body_start(paras)
    if start:
        date_para = paras[start - 1] if _DATE_LINE.match(paras[start - 1].text) else None
        for k in range(start - 1, -1, -1):
            m = _DATE_LINE.match(paras[k].text)
            if m:
                date_para = paras[k]
                if notice_title is None or meta.issuer is None:
                    meta.issuer = meta.issuer or paras[k - 1].text.strip()
                break
        if date_para is not None and meta.date is None:
            meta.date = iso_date(_DATE_LINE.match(date_para.text))
    title, meta.draft = _title_run(paras, start)
    meta.title = title or notice_title
    if meta.date is None:
        for p in paras[:15]:
            m = _DATE_LINE.match(p.text)
            if m:
                meta.date = iso_date(m)
                break
    if meta.doc_number is None:
        for p in paras[:20] + paras[-10:]:
            m = _DOC_NUMBER.match(p.text.strip())
            if m and len(p.text.strip()) - m.end() <= 6:
                meta.doc_number = format_doc_number(m)
                break
    meta.start_year, meta.end_year = plan_years(meta.title or "", paras)
    return meta, start


def plan_years(title: str, paras: list[Para]) -> tuple[int | None, int | None]:
    """The plan period from the title, `(2023-2027年)`, a 五年规划 name (十三五 → 2016–2020), or the one year of a
    year's list (`2026年工作要点`, `2026年重点任务清单`)."""
    m = _YEARS.search(title)
    if m:
        return int(m[1]), int(m[2])
    for name, years in _FIVE_YEAR.items():
        if name in title:
            return years
    years = set(re.findall(r"(?<!\d)(20\d{2})\s*年", title))
    if len(years) == 1 and _YEAR_LIST.search(title):
        year = int(years.pop())
        return year, year
    return None, None


def infer_jurisdiction(meta: Meta, jurisdictions: list[str], text: str = "") -> tuple[str, str]:
    """(jurisdiction, how it was found): from the title or issuer (`平湖市…`, `湖州市人民政府办公室`), the 文号
    (`嘉政办发` → 嘉兴市, `甬政发` → 宁波市), else the city the text names most; else 嘉兴市 ("default")."""
    for how, head in (("title", meta.title), ("issuer", meta.issuer)):
        if not head:
            continue
        for name in sorted(jurisdictions, key=len, reverse=True):
            short = name[:-1] if name.endswith(("市", "县", "区")) and len(name) > 2 else name
            if re.match(rf"^(20\d{{2}}年)?{name}", head) or (short != "嘉兴" and head.startswith(short)):
                return name, how
        place = place_at_start(head)
        if place is not None:
            return place, how
    if meta.doc_number:
        place = _NUMBER_PREFIX.get(meta.doc_number[0]) or place_of_doc_number(meta.doc_number)
        if place is not None:
            return place, "doc_number"
    mentions = city_mentions(text)
    home = mentions.pop(DEFAULT_CITY, 0)
    other = max(mentions, key=mentions.get, default=None)
    if other is not None and mentions[other] >= 2 and mentions[other] > home:
        return other, "text"
    found = _most_named(jurisdictions, text)
    return found, "text" if home or found != DEFAULT_CITY else "default"


def _most_named(jurisdictions: list[str], text: str) -> str:
    """A table without a title (嘉善现值, 县发改局) still names its place; the city wins ties."""
    if any(name + "政府" in text for name in jurisdictions if name != "嘉兴市"):
        return "嘉兴市"  # county governments as responsible units: a city document
    counts = {}
    for name in jurisdictions:
        short = name[:-1] if name.endswith(("市", "县", "区")) and len(name) > 2 else name
        counts[name] = text.count(short)
    if "嘉兴市" in counts:
        counts["嘉兴市"] -= sum(text.count(n) for n in jurisdictions if n.startswith("嘉兴") and n != "嘉兴市")
    best = max(counts, key=lambda n: (counts[n], n == "嘉兴市"), default="嘉兴市")
    return best if counts.get(best, 0) > counts.get("嘉兴市", 0) else "嘉兴市"
