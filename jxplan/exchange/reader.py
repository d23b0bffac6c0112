"""Read a returned file (.xlsx/.xlsm/.xls/.ods with python-calamine, .csv with the csv module) into plain rows.

Every way a file can fail to open becomes an InputFileError saying what happened and what to do.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jxplan.errors import InputFileError, os_reason

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}
MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 20000  # data rows per sheet; a fill-in sheet has a few hundred
EMPTY_RUN_LIMIT = 2000  # consecutive empty rows after which the rest of a sheet is not read row by row

_BROKEN = "文件不完整或已损坏（可能没有下载完整，或保存时U盘被拔出），请让填报单位重新发送"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]  # cell values as calamine gives them (str, float, int, bool, date …)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r0, c0, r1, c1) inclusive
    hidden: bool = False
    skipped_empty_tail: bool = False


@dataclass
class Book:
    path: Path
    sha256: str
    kind: str  # xlsx | xls | ods | csv
    sheets: list[Sheet]
    saved_at: str  # ISO time the file was last saved (document properties, else file time)
    has_formulas: bool = False  # an .xlsx whose cells hold formulas (read as their last computed results)

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def read_book(path: str | Path) -> Book:
    path = Path(path)
    if path.is_dir():  # expand_paths leaves a folder only when it holds no spreadsheet
        raise InputFileError("文件夹里没有找到填报表（.xlsx、.xlsm、.xls、.ods 或 .csv 文件）", where=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(
                f"文件过大（{size // 1024 // 1024} MB），填报表一般不超过几 MB，请检查是否发错文件", where=path.name
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(os_reason(exc), where=str(path)) from exc
    except OSError as exc:
        raise InputFileError(os_reason(exc), where=path.name) from exc
    sha = hashlib.sha256(data).hexdigest()
    mtime = datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")
    if not data:
        raise InputFileError("文件是空的（0 字节），请让填报单位重新发送", where=path.name)
    if data.startswith(_OLE) and _ENCRYPTED in data:
        raise InputFileError("文件设置了打开密码，无法读取；请让填报单位取消密码后重新发送", where=path.name)
    suffix = path.suffix.lower()
    if data.startswith(b"PK"):
        kind = "ods" if b"application/vnd.oasis.opendocument.spreadsheet" in data[:200] else "xlsx"
        saved = _zip_saved_at(io.BytesIO(data)) or mtime
    elif data.startswith(_OLE):
        kind, saved = "xls", mtime
    elif suffix in (".csv", ".txt"):
        return Book(path, sha, "csv", [_read_csv(data, path)], mtime)
    else:
        raise InputFileError("不是 Excel/WPS 表格文件（文件内容无法识别，可能已损坏或被改了扩展名）", where=path.name)
    return Book(path, sha, kind, _read_workbook(data, path), saved, kind == "xlsx" and _has_formulas(data))


def saved_at(path: Path) -> str:
    """The time read_book will give as the file's last save, from the package properties alone (no sheet is
    read); "" when the file cannot be opened — read_book then says why."""
    try:
        with path.open("rb") as f:
            is_zip = f.read(2) == b"PK"
        mtime = datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")
    except OSError:
        return ""
    return (_zip_saved_at(path) if is_zip else None) or mtime


def _zip_saved_at(source: Path | io.BytesIO) -> str | None:
    """dcterms:modified (xlsx) or dc:date (ods) from the package, without a full parse."""
    try:
        with zipfile.ZipFile(source) as z:
            names = set(z.namelist())
            member = (
                "docProps/core.xml" if "docProps/core.xml" in names else "meta.xml" if "meta.xml" in names else None
            )
            if not member:
                return None
            text = z.read(member)[:20000].decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
        return None
    m = re.search(r"<(?:dcterms:modified|dc:date)[^>]*>([^<]+)<", text)
    return m.group(1).strip().rstrip("Z")[:19] if m else None


_FORMULA = re.compile(rb"<f[ >]")  # a cell's formula element (data validation's <formula1> is not one)


def _has_formulas(data: bytes) -> bool:
    """Whether any worksheet of the package holds a formula (calamine gives only the cached results)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            sheets = (z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
            return any(_FORMULA.search(xml) for xml in sheets)  # one pass over each sheet's XML
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return False


def _read_workbook(data: bytes, path: Path) -> list[Sheet]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except pc.PasswordError as exc:
        raise InputFileError("文件设置了密码，无法读取；请让填报单位取消密码后重新发送", where=path.name) from exc
    except (pc.ZipError, pc.XmlError) as exc:
        raise InputFileError(_BROKEN, where=path.name) from exc
    except (pc.CalamineError, ValueError, OSError) as exc:
        if data.startswith(b"PK"):  # a package calamine cannot even recognise: cut short or damaged
            raise InputFileError(_BROKEN, where=path.name) from exc
        raise InputFileError(
            f"无法读取表格内容（{_short(exc)}），请用 Excel/WPS 打开另存为 .xlsx 后再试", where=path.name
        ) from exc
    sheets = []
    try:
        for meta in wb.sheets_metadata:
            sheet = wb.get_sheet_by_name(meta.name)
            hidden = str(meta.visible).lower().rsplit(".", 1)[-1] != "visible"
            sheets.append(_rows_of(sheet, meta.name, hidden))
    except (pc.CalamineError, ValueError, OSError) as exc:
        raise InputFileError(f"文件中的工作表已损坏，无法读取（{_short(exc)}）", where=path.name) from exc
    finally:
        wb.close()
    return sheets


def _rows_of(sheet, name: str, hidden: bool) -> Sheet:
    rows: list[list[object]] = []
    pending = 0  # empty rows seen since the last non-empty one (kept only if data follows)
    skipped = False
    start_row, start_col = sheet.start or (0, 0)
    for row in sheet.iter_rows():  # each row a new list, kept as it is
        if row.count("") != len(row):  # not empty (counted in C: thousands of rows per file)
            if pending:
                rows.extend([[]] * pending)
                pending = 0
            rows.append([""] * start_col + row if start_col else row)
            if len(rows) > MAX_ROWS + 50:
                raise InputFileError(f"工作表“{name}”有{MAX_ROWS}行以上的数据，不像是一份填报表")
        else:
            pending += 1
            if pending > EMPTY_RUN_LIMIT and rows:
                skipped = True
                pending = 0
    merged = []
    for r0c0, r1c1 in _merged_ranges(sheet):
        merged.append((r0c0[0] - start_row, r0c0[1], r1c1[0] - start_row, r1c1[1]))
    out = [[]] * start_row + rows if start_row else rows
    return Sheet(name, out, [(r0 + start_row, c0, r1 + start_row, c1) for r0, c0, r1, c1 in merged], hidden, skipped)


def _merged_ranges(sheet) -> list:
    try:
        return list(sheet.merged_cell_ranges or [])
    except (AttributeError, ValueError):  # formats without merge information
        return []


def _read_csv(data: bytes, path: Path) -> Sheet:
    text = None
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\x00" in text:
        raise InputFileError(
            "CSV 文件的文字编码无法识别（既不是 UTF-8 也不是 GBK），请另存为 .xlsx 后再试", where=path.name
        )
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS + 50:
        raise InputFileError(f"CSV 文件有{MAX_ROWS}行以上，不像是一份填报表", where=path.name)
    return Sheet(path.stem, rows)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
