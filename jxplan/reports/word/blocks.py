"""Content pieces the report builder hands to the template filler: paragraphs, ready XML, attachments."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    """One paragraph; style None = the style of the template paragraph holding the placeholder."""

    text: str
    style: str | None = None
    ppr: str = ""  # extra pPr children after pStyle, in schema order


@dataclass(frozen=True)
class RawXml:
    """Ready WordprocessingML (a table) inserted as is."""

    xml: str


Block = list[Para | RawXml]


@dataclass(frozen=True)
class Attachment:
    """One attachment page group: label (附件1), title, and its content (a table)."""

    label: str
    title: str
    content: Block = field(default_factory=list)
