"""Build test .docx files with Word list numbering, text boxes, headers and page breaks (python-docx + raw XML)."""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
)

# The 政府办 outline as list levels: 一、 （一） 1. （1）
GOV_LEVELS = [
    ("chineseCounting", "%1、"),
    ("chineseCountingThousand", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
]


def level_xml(ilvl: int, fmt: str, text: str, start: int = 1, restart: int | None = None, style: str = "") -> str:
    extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    extra += f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
    )


def set_numbering(document, abstracts: dict[int, list[str]], nums: dict[int, tuple[int, dict[int, int]]]) -> None:
    """Replace the numbering part: abstractNum id → level XML; numId → (abstractNum id, {ilvl: startOverride})."""
    from docx.oxml import parse_xml

    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{"".join(lv)}</w:abstractNum>' for a, lv in abstracts.items())
    for num_id, (abstract, overrides) in nums.items():
        over = "".join(
            f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>' for k, v in overrides.items()
        )
        body += f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{over}</w:num>'
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    for child in parse_xml(f"<w:numbering {_NS}>{body}</w:numbering>"):
        root.append(child)


def numbered(document, text: str, num_id: int | None, ilvl: int = 0, style: str | None = None):
    """A paragraph numbered by list `num_id` at level `ilvl` (or by its style when num_id is None)."""
    paragraph = document.add_paragraph(text, style=style)
    if num_id is not None:
        from docx.oxml import parse_xml

        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def add_raw_paragraph(document, inner_xml: str):
    """Append a paragraph given as raw XML inside <w:p> (runs, text boxes, breaks)."""
    from docx.oxml import parse_xml

    p = parse_xml(f"<w:p {_NS}>{inner_xml}</w:p>")
    document.element.body.insert(len(document.element.body) - 1, p)  # before sectPr
    return p


def text_box_run(lines: list[str]) -> str:
    """A drawing text box (mc:AlternateContent: a DrawingML choice and a VML fallback with the same text)."""
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
