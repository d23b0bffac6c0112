"""WordprocessingML helpers: schema-ordered child insertion, fonts without theme attributes, escaped text."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


def _order(names: str) -> list[str]:
    return names.split()


# Child order of the elements we edit (ECMA-376 sequences); inserting out of order makes Word repair the file.
RPR_ORDER = _order(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
    "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
    "em lang eastAsianLayout specVanish oMath"
)
PPR_ORDER = _order(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
SECTPR_ORDER = _order(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
    "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings "
    "sectPrChange"
)
STYLE_ORDER = _order(
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
    "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
)
SETTINGS_ORDER = _order(
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts "
    "embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
    "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle "
    "proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType "
    "mailMerge revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
    "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit "
    "hyphenationZone doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle "
    "evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
    "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter "
    "noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent "
    "alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt "
    "showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids "
    "mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
    "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator"
)

THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
# XML 1.0 forbids most control characters; text pasted from Excel sometimes carries them (\x0b, \x07).
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def w(tag: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{tag}"


def clean_text(text: object) -> str:
    """Text safe for a w:t: None → '', control characters dropped."""
    if text is None:
        return ""
    return _BAD_XML_CHARS.sub("", str(text))


def xml_attr(value: object) -> str:
    return quoteattr(clean_text(value))


def set_child(parent, tag: str, order: list[str], attrs: dict[str, object] | None = None):
    """Return parent's w:`tag` child (created in schema order if missing) with `attrs` set (None removes one)."""
    el = parent.find(w(tag))
    if el is None:
        from lxml import etree

        el = etree.Element(w(tag))
        successors = order[order.index(tag) + 1 :]
        for i, child in enumerate(parent):
            local = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if local in successors:
                parent.insert(i, el)
                break
        else:
            parent.append(el)
    for key, value in (attrs or {}).items():
        if value is None:
            el.attrib.pop(w(key), None)
        else:
            el.set(w(key), str(value))
    return el


def remove_child(parent, tag: str) -> None:
    el = parent.find(w(tag))
    if el is not None:
        parent.remove(el)


def set_fonts(rpr, east: str, west: str) -> None:
    """Explicit fonts for all scripts; theme attributes are removed because they beat explicit names."""
    rfonts = set_child(rpr, "rFonts", RPR_ORDER)
    for attr in THEME_FONT_ATTRS:
        rfonts.attrib.pop(w(attr), None)
    for attr in ("ascii", "hAnsi", "cs"):
        rfonts.set(w(attr), west)
    rfonts.set(w("eastAsia"), east)


def set_size(rpr, pt: float) -> None:
    half_points = str(round(pt * 2))
    set_child(rpr, "sz", RPR_ORDER, {"val": half_points})
    set_child(rpr, "szCs", RPR_ORDER, {"val": half_points})


def set_on_off(parent, tag: str, order: list[str], on: bool) -> None:
    set_child(parent, tag, order, {"val": "1" if on else "0"})


def strip_theme_fonts(root) -> None:
    """Drop theme font attributes everywhere under `root` (styles of the default template carry them)."""
    for rfonts in root.iter(w("rFonts")):
        for attr in THEME_FONT_ATTRS:
            rfonts.attrib.pop(w(attr), None)


def parse_fragment(body_xml: str) -> list:
    """Parse several w: elements given as one string; returns them detached, in order."""
    from docx.oxml import parse_xml

    return list(parse_xml(f"<w:body {NSDECL}>{body_xml}</w:body>"))


def run_xml(text: object, rpr: str = "") -> str:
    """One run; a newline in the text is a line break (w:br) within the paragraph."""
    t = clean_text(text)
    if not t:
        return ""
    body = '</w:t><w:br/><w:t xml:space="preserve">'.join(escape(line) for line in t.split("\n"))
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{body}</w:t></w:r>'


def paragraph_xml(style_id: str | None, text: object = "", *, ppr: str = "", runs: str | None = None) -> str:
    """One w:p with a style, extra pPr children (already in schema order) and plain text or ready runs."""
    style = f"<w:pStyle w:val={xml_attr(style_id)}/>" if style_id else ""
    inner = style + ppr
    return f"<w:p>{f'<w:pPr>{inner}</w:pPr>' if inner else ''}{run_xml(text) if runs is None else runs}</w:p>"
