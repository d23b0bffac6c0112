"""Build the shipped report template (resources/templates/report.docx) from the default profile.

Run `python -m jxplan.reports.word.default_template` after changing the layout or the fixed texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jxplan.reports.profile import ReportProfile
from jxplan.reports.word import styles as st
from jxplan.reports.word.ooxml import paragraph_xml, parse_fragment
from jxplan.resources import resource_path

# (style, text): the order and wording of the report; headings are renumbered 一、二、… when rendered.
TEMPLATE_PARAGRAPHS = [
    (st.TITLE, "{{标题}}"),
    (None, ""),
    (st.ZHUSONG, "{{主送机关}}"),
    (None, "{{开头}}"),
    (st.H1, "一、总体进展情况"),
    (None, "{{总体进展}}"),
    (st.H1, "二、重点任务推进情况"),
    (None, "{{重点任务}}"),
    (st.H1, "三、存在的问题"),
    (None, "{{存在问题}}"),
    (st.H1, "四、下步工作打算"),
    (None, "{{下步打算}}"),
    (None, "特此报告。"),
    (None, ""),
    (st.ATTACH_NOTE, "{{附件说明}}"),
    (None, ""),
    (None, "{{署名}}"),
    (None, "{{成文日期}}"),
    (st.NOTE, "{{附注}}"),
    (None, "{{附件}}"),
]


def build_template(path: Path, profile: ReportProfile | None = None) -> None:
    import docx

    profile = profile or ReportProfile()
    doc = docx.Document()
    body = doc.element.body
    sect = body[-1]  # python-docx's blank document holds only its sectPr
    st.apply_profile(doc, profile)
    for el in parse_fragment("".join(paragraph_xml(style, text) for style, text in TEMPLATE_PARAGRAPHS)):
        sect.addprevious(el)
    st.setup_page_numbers(doc, profile)
    # python-docx's blank document carries a thumbnail of an English page; Explorer would show it.
    rels = doc.part.package.rels
    for r_id in [r for r, rel in rels.items() if rel.reltype.endswith("/thumbnail")]:
        rels.pop(r_id)
    doc.core_properties.title = "工作进展情况报告模板"
    doc.core_properties.author = "jxplan"
    doc.save(str(path))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else resource_path("templates", "report.docx")
    build_template(target)
    sys.stdout.write(f"{target}\n")
