"""Apply a report profile to a python-docx Document: docDefaults, 公文 styles, settings, page setup, page numbers."""

from __future__ import annotations

from dataclasses import dataclass

from jxplan.reports.profile import ReportProfile, mm_to_twips
from jxplan.reports.word.ooxml import (
    PPR_ORDER,
    RPR_ORDER,
    SECTPR_ORDER,
    SETTINGS_ORDER,
    STYLE_ORDER,
    remove_child,
    set_child,
    set_fonts,
    set_on_off,
    set_size,
    strip_theme_fonts,
    w,
)

# Style ids used by the engine; names are what the clerk sees in Word's style pane.
NORMAL = "Normal"
TITLE = "GwTitle"
H1 = "GwH1"
H2 = "GwH2"
H3 = "GwH3"
ZHUSONG = "GwZhusong"
ATTACH_NOTE = "GwAttachNote"
NOTE = "GwNote"
ATTACH_LABEL = "GwAttachLabel"
TABLE_TITLE = "GwTableTitle"
TABLE = "GwTable"
TABLE_HEAD = "GwTableHead"
PAGE_NUMBER = "GwPageNumber"


@dataclass(frozen=True)
class StyleSpec:
    """What the profile decides for one paragraph style (everything else is left to the template)."""

    style_id: str
    name: str
    font: str
    size_pt: float
    based_on: str | None = NORMAL
    bold: bool | None = None
    body_grid: bool = True  # exact line pitch + character squeeze of the body text
    line_twips: int | None = None  # other exact line height (title); None with body_grid False = single
    first_line_chars: float | None = None
    jc: str | None = None
    outline_level: int | None = None


def style_specs(p: ReportProfile) -> list[StyleSpec]:
    f = p.fonts
    return [
        StyleSpec(NORMAL, "Normal", f.body, p.body_pt, based_on=None, first_line_chars=2, jc="both"),
        StyleSpec(
            TITLE,
            "公文标题",
            f.title,
            p.title_pt,
            body_grid=False,
            line_twips=round(p.title_line_pt * 20),
            first_line_chars=0,
            jc="center",
            outline_level=0,
        ),
        StyleSpec(H1, "一级标题", f.heading1, p.body_pt, bold=False, outline_level=1),
        StyleSpec(H2, "二级标题", f.heading2, p.body_pt, bold=False, outline_level=2),
        StyleSpec(H3, "三级标题", f.heading3, p.body_pt, bold=p.bold_level3, outline_level=3),
        StyleSpec(ZHUSONG, "主送机关", f.body, p.body_pt, first_line_chars=0, jc="left"),
        StyleSpec(ATTACH_NOTE, "附件说明", f.body, p.body_pt, jc="left"),
        StyleSpec(NOTE, "附注", f.body, p.body_pt),
        StyleSpec(ATTACH_LABEL, "附件标识", f.heading1, p.body_pt, bold=False, first_line_chars=0, jc="left"),
        StyleSpec(
            TABLE_TITLE,
            "附表标题",
            f.title,
            p.table_title_pt,
            body_grid=False,
            line_twips=round(p.table_title_pt * 1.5 * 20),
            first_line_chars=0,
            jc="center",
        ),
        StyleSpec(
            TABLE, "表格文字", f.table, p.table_pt, based_on=None, body_grid=False, first_line_chars=0, jc="left"
        ),
        StyleSpec(
            TABLE_HEAD,
            "表头",
            f.table_header,
            p.table_pt,
            based_on=TABLE,
            body_grid=False,
            bold=False,
            first_line_chars=0,
            jc="center",
        ),
        StyleSpec(
            PAGE_NUMBER, "公文页码", f.page_number, p.page_number_pt, based_on=None, body_grid=False, first_line_chars=0
        ),
    ]


def apply_profile(doc, profile: ReportProfile) -> None:
    """Make `doc` (python-docx Document, e.g. opened from the template) follow the profile everywhere."""
    styles_el = doc.styles.element
    strip_theme_fonts(styles_el)
    _doc_defaults(styles_el, profile)
    for spec in style_specs(profile):
        _apply_style(styles_el, spec, profile)
    _settings(doc.settings.element)
    for section in doc.sections:
        setup_portrait(section._sectPr, profile)


def _doc_defaults(styles_el, p: ReportProfile) -> None:
    defaults = set_child(styles_el, "docDefaults", ["docDefaults", "latentStyles", "style"])
    rpr_default = set_child(defaults, "rPrDefault", ["rPrDefault", "pPrDefault"])
    rpr = set_child(rpr_default, "rPr", ["rPr"])
    set_fonts(rpr, p.fonts.body, p.fonts.latin)
    set_size(rpr, p.body_pt)
    set_child(rpr, "lang", RPR_ORDER, {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})
    ppr_default = set_child(defaults, "pPrDefault", ["rPrDefault", "pPrDefault"])
    ppr = set_child(ppr_default, "pPr", ["pPr"])
    # python-docx's template adds 10 pt after and 1.15 lines to every paragraph: reset to single, 0/0.
    set_child(ppr, "spacing", PPR_ORDER, {"before": 0, "after": 0, "line": 240, "lineRule": "auto"})


def _apply_style(styles_el, spec: StyleSpec, p: ReportProfile) -> None:
    style = None
    for candidate in styles_el.iterfind(w("style")):
        if candidate.get(w("styleId")) == spec.style_id:
            style = candidate
            break
    if style is None:
        from lxml import etree

        style = etree.SubElement(styles_el, w("style"))
        style.set(w("type"), "paragraph")
        style.set(w("customStyle"), "1")
        style.set(w("styleId"), spec.style_id)
        set_child(style, "name", STYLE_ORDER, {"val": spec.name})
        if spec.based_on:
            set_child(style, "basedOn", STYLE_ORDER, {"val": spec.based_on})
        set_child(style, "qFormat", STYLE_ORDER)
    ppr = set_child(style, "pPr", STYLE_ORDER)
    rpr = set_child(style, "rPr", STYLE_ORDER)
    # 22-line pages: no widow/orphan control and no keep-with-next pulling body lines to the next page. Headings
    # alone stay whole and keep with the next paragraph's first line: a heading ending a page with its text overleaf
    # is what a clerk would fix by hand (that page then has a few lines fewer, as with Word's own heading styles).
    for tag in ("keepNext", "keepLines"):
        remove_child(ppr, tag)
    if spec.outline_level is not None:
        set_child(ppr, "keepNext", PPR_ORDER)
        set_child(ppr, "keepLines", PPR_ORDER)
    set_on_off(ppr, "widowControl", PPR_ORDER, False)
    # Punctuation hanging past the right edge would make a 29th character on the line.
    set_on_off(ppr, "overflowPunct", PPR_ORDER, False)
    if spec.body_grid:
        set_child(ppr, "spacing", PPR_ORDER, {"before": 0, "after": 0, "line": p.line_pitch_twips, "lineRule": "exact"})
        set_child(rpr, "spacing", RPR_ORDER, {"val": p.char_squeeze_twips})
    else:
        line, rule = (spec.line_twips, "exact") if spec.line_twips else (240, "auto")
        set_child(ppr, "spacing", PPR_ORDER, {"before": 0, "after": 0, "line": line, "lineRule": rule})
        set_child(rpr, "spacing", RPR_ORDER, {"val": 0})
        # Bigger than the grid: keep Word from stretching it onto two grid lines.
        set_on_off(ppr, "snapToGrid", PPR_ORDER, False)
    if spec.first_line_chars is not None:
        set_child(
            ppr,
            "ind",
            PPR_ORDER,
            {
                "firstLine": round(spec.first_line_chars * spec.size_pt * 20),
                "firstLineChars": None,
                "left": None,
                "hanging": None,
            },
        )
    if spec.jc:
        set_child(ppr, "jc", PPR_ORDER, {"val": spec.jc})
    if spec.outline_level is not None:
        set_child(ppr, "outlineLvl", PPR_ORDER, {"val": spec.outline_level})
    set_fonts(rpr, spec.font, p.fonts.page_number if spec.style_id == PAGE_NUMBER else p.fonts.latin)
    if spec.bold is not None:
        set_on_off(rpr, "b", RPR_ORDER, spec.bold)
        set_on_off(rpr, "bCs", RPR_ORDER, spec.bold)
    set_size(rpr, spec.size_pt)


def _settings(settings_el) -> None:
    set_child(settings_el, "evenAndOddHeaders", SETTINGS_ORDER)
    # The default template maps East Asian text to Japanese (ＭＳ 明朝) when no eastAsia font is given.
    set_child(settings_el, "themeFontLang", SETTINGS_ORDER, {"val": "en-US", "eastAsia": "zh-CN"})


def setup_portrait(sect_pr, p: ReportProfile) -> None:
    """A4 portrait, the profile's margins, footer distance, and a docGrid without type (no snapping)."""
    set_child(sect_pr, "pgSz", SECTPR_ORDER, {"w": mm_to_twips(210), "h": mm_to_twips(297), "orient": None})
    set_child(
        sect_pr,
        "pgMar",
        SECTPR_ORDER,
        {
            "top": mm_to_twips(p.margin_top_mm),
            "right": mm_to_twips(p.margin_right_mm),
            "bottom": mm_to_twips(p.margin_bottom_mm),
            "left": mm_to_twips(p.margin_left_mm),
            "header": mm_to_twips(15),
            "footer": mm_to_twips(p.footer_mm),
            "gutter": 0,
        },
    )
    _doc_grid(sect_pr, p)


def setup_landscape(sect_pr, p: ReportProfile) -> None:
    """A4 landscape for the attachment tables; footers are inherited so page numbering continues."""
    for ref in sect_pr.findall(w("headerReference")) + sect_pr.findall(w("footerReference")):
        sect_pr.remove(ref)
    remove_child(sect_pr, "pgNumType")
    remove_child(sect_pr, "titlePg")
    margin = mm_to_twips(p.landscape_margin_mm)
    set_child(sect_pr, "type", SECTPR_ORDER, {"val": "nextPage"})
    set_child(sect_pr, "pgSz", SECTPR_ORDER, {"w": mm_to_twips(297), "h": mm_to_twips(210), "orient": "landscape"})
    set_child(
        sect_pr,
        "pgMar",
        SECTPR_ORDER,
        {
            "top": margin,
            "right": margin,
            "bottom": margin,
            "left": margin,
            "header": mm_to_twips(10),
            "footer": mm_to_twips(p.landscape_footer_mm),
            "gutter": 0,
        },
    )
    _doc_grid(sect_pr, p)


def landscape_text_width_twips(p: ReportProfile) -> int:
    return mm_to_twips(297) - 2 * mm_to_twips(p.landscape_margin_mm)


def _doc_grid(sect_pr, p: ReportProfile) -> None:
    grid = set_child(sect_pr, "docGrid", SECTPR_ORDER)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(w("linePitch"), str(p.line_pitch_twips))


def setup_page_numbers(doc, p: ReportProfile) -> None:
    """Odd pages `— N —` right, even pages left, one 4号 character in (GB/T 9704 §7.5); first section only."""
    from docx.oxml import parse_xml

    from jxplan.reports.word.ooxml import NSDECL, run_xml

    section = doc.sections[0]
    one_char = round(p.page_number_pt * 20)
    for footer, even in ((section.footer, False), (section.even_page_footer, True)):
        footer.is_linked_to_previous = False
        container = footer._element
        for child in list(container):
            container.remove(child)
        ind = f'<w:ind w:left="{one_char}"/>' if even else f'<w:ind w:right="{one_char}"/>'
        field = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>1</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        container.append(
            parse_xml(
                f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="{PAGE_NUMBER}"/>{ind}'
                f'<w:jc w:val="{"left" if even else "right"}"/></w:pPr>'
                f"{run_xml('— ')}{field}{run_xml(' —')}</w:p>"
            )
        )
