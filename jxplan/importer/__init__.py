"""Plan importer: read a published policy document (.txt, .docx, .doc/.wps) into tasks, units, indicators and key works.

    parse_file(path, jurisdiction=None, directory=None) -> dict
    parse_text(text, jurisdiction=None, directory=None, source_name="") -> dict

Both return the JSON contract documented in docs/parse-schema.md. A file that cannot be read raises
jxplan.errors.InputFileError with a Chinese message; everything doubtful in a readable file becomes a warning.
"""

from __future__ import annotations

from pathlib import Path

from jxplan.errors import InputFileError, UserError, os_reason
from jxplan.importer.blocks import split_blocks
from jxplan.importer.decode import convert_with_soffice, decode_bytes, read_text_lines, sha256, sniff
from jxplan.importer.document import parse_blocks
from jxplan.importer.hant import simplify_blocks, to_simplified
from jxplan.importer.places import PLACES
from jxplan.importer.textnorm import half_width

__all__ = ["parse_file", "parse_text"]


def _directory(directory, jurisdiction: str | None = None):
    if directory is None:
        from jxplan.core.units import UnitDirectory

        directory = UnitDirectory.load_default()
    if jurisdiction is not None and jurisdiction not in directory.jurisdictions and jurisdiction not in PLACES:
        raise UserError(
            f"未知的辖区“{jurisdiction}”，可选：{'、'.join(directory.jurisdictions)}，或浙江省其他市、县（市、区）。"
        )
    return directory


def parse_text(text: str, *, jurisdiction: str | None = None, directory=None, source_name: str = "") -> dict:
    """Parse document text (already decoded). `source_name` is used in messages and the `source` field."""
    data = text.encode("utf-8")
    return _parse_decoded(
        text, jurisdiction, directory, {"file": source_name, "sha256": sha256(data), "encoding": "utf-8"}
    )


def _parse_decoded(text: str, jurisdiction, directory, source: dict) -> dict:
    simplified, converted = to_simplified(half_width(text))
    result = parse_blocks(
        split_blocks(read_text_lines(simplified)),
        jurisdiction=jurisdiction,
        directory=_directory(directory, jurisdiction),
        source=source,
    )
    return _note_traditional(result, converted)


def _note_traditional(result: dict, converted: bool) -> dict:
    if converted:
        result["warnings"].insert(0, {"where": "全文", "message": "文件为繁体字，已转换为简体识别，请核对单位名称。"})
    return result


def half_width_blocks(blocks: list) -> list:
    """Word blocks with full-width digits and letters read as ASCII (as for text files)."""
    from jxplan.importer.blocks import Para

    for block in blocks:
        if isinstance(block, Para):
            block.text = half_width(block.text)
        else:
            block.rows = [[half_width(cell) for cell in row] for row in block.rows]
    return blocks


def parse_file(path, *, jurisdiction: str | None = None, directory=None) -> dict:
    """Parse a .txt, .docx, .doc or .wps file. Raises InputFileError when the file cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(os_reason(exc), where=path.name) from exc
    if not data.strip():
        raise InputFileError("文件是空的。", where=path.name)
    kind = sniff(data, path.suffix.lower())
    source = {"file": path.name, "sha256": sha256(data), "encoding": None}
    if kind == "ole":
        data = convert_with_soffice(path)
        kind = "docx"
        source["converted_from"] = path.suffix.lower()
    if kind == "docx":
        from jxplan.importer.docx import docx_blocks

        blocks, converted = simplify_blocks(half_width_blocks(docx_blocks(data, path.name)))
        source["encoding"] = "docx"
        result = parse_blocks(
            blocks, jurisdiction=jurisdiction, directory=_directory(directory, jurisdiction), source=source
        )
        return _note_traditional(result, converted)
    text, encoding = decode_bytes(data, path.name)
    source["encoding"] = encoding
    return _parse_decoded(text, jurisdiction, directory, source)
