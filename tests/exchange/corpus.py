"""Bad returns, generated: broken packages, impostors, locked files and every way a unit bends the workbook."""

from __future__ import annotations

import random
import re
import struct
import zipfile
from pathlib import Path

from jxplan.exchange import contract as c
from tests.exchange.helpers import fill, uids

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def encrypted_ole(path: Path) -> Path:
    """A compound file shaped like an Office file with an open password (EncryptionInfo + EncryptedPackage)."""
    sector = 512
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + bytes(random.Random(1).randrange(256) for _ in range(4088))
    package = bytes(random.Random(2).randrange(256) for _ in range(4096))
    fat = [FATSECT, END, *range(3, 10), END, *range(11, 18), END]
    fat += [FREE] * (sector // 4 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += bytes(6) + struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, END, 0, END) + struct.pack("<I", 0)
    header += struct.pack("<I", 0) + struct.pack("<108I", *([FREE] * 108))
    header = header[:76] + struct.pack("<I", 0) + header[80:]  # DIFAT[0] = sector 0 holds the FAT

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<iii", -1, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<II", start, size)
            + bytes(4)
        )

    directory = (
        entry("Root Entry", 5, 1, -1, END, 0)
        + entry("EncryptionInfo", 2, -1, 2, 2, len(info))
        + entry("EncryptedPackage", 2, -1, -1, 10, len(package))
        + entry("", 0, -1, -1, 0, 0)
    )
    data = header.ljust(sector, b"\0") + struct.pack(f"<{sector // 4}I", *fat) + directory + info + package
    path.write_bytes(data)
    return path


def rewrite_zip(src: Path, dst: Path, change) -> Path:
    """Copy a package, passing every member through `change(name, data) -> data | None` (None drops it)."""
    with zipfile.ZipFile(src) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            data = change(info.filename, data)
            if data is not None:
                z.writestr(info, data)
    return dst


def million_empty_rows(src: Path, dst: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":
            rows = "".join(f'<row r="{n}"><c r="E{n}" s="1"/></row>' for n in range(60, 1_000_001)).encode()
            data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:K1000000"/>', data)
        return data

    return rewrite_zip(src, dst, change)


def build(template: Path, other_template: Path, out: Path) -> dict[str, tuple[Path, str, str]]:
    """name → (file, expected status, a phrase the message must contain). `template` is 市科技局's."""
    from openpyxl import load_workbook

    out.mkdir(parents=True, exist_ok=True)
    first = uids(template)[0]
    good = fill(template, {first: {c.STATUS: "序时推进", c.PROGRESS: "按计划推进"}}, out / "good.xlsx")
    data = good.read_bytes()
    corpus: dict[str, tuple[Path, str, str]] = {}

    def put(name: str, payload: bytes, status: str, phrase: str) -> None:
        path = out / name
        path.write_bytes(payload)
        corpus[name] = (path, status, phrase)

    put("truncated.xlsx", data[: len(data) // 2], "rejected", "不完整或已损坏")
    middle = bytearray(data)
    for i in range(len(middle) // 3, len(middle) // 3 + 400):
        middle[i] ^= 0x5A
    put("corrupted.xlsx", bytes(middle), "rejected", "损坏")
    put(
        "random.xlsx",
        bytes(random.Random(7).randrange(256) for _ in range(5000)),
        "rejected",
        "不是 Excel/WPS 表格文件",
    )
    put("empty.xlsx", b"", "rejected", "空的")
    put("pdf_renamed.xlsx", b"%PDF-1.7\n" + bytes(300), "rejected", "不是 Excel/WPS 表格文件")
    corpus["password.xlsx"] = (encrypted_ole(out / "password.xlsx"), "rejected", "密码")
    corpus["million_rows.xlsx"] = (million_empty_rows(template, out / "million_rows.xlsx"), "rejected", "没有填写任何")
    corpus["huge_cell.xlsx"] = (
        fill(template, {first: {c.PROGRESS: "很长" * 20000}}, out / "huge_cell.xlsx"),
        "rejected",
        "内容过长",
    )

    def formulas(wb):
        sheet = wb[c.SHEET_TASKS]
        sheet["F4"] = "=40+30"  # openpyxl stores no cached result: what a unit sees is not in the file
        sheet["G4"] = '=CONCATENATE("按计划","推进")'

    corpus["formulas.xlsx"] = (fill(template, {}, out / "formulas.xlsx", edit=formulas), "rejected", "公式")

    def merged(wb):
        sheet = wb[c.SHEET_TASKS]
        sheet["G4"] = "三项任务一并推进"
        sheet.merge_cells("G4:G6")

    corpus["merged_cells.xlsx"] = (fill(template, {}, out / "merged_cells.xlsx", edit=merged), "rejected", "合并")

    def drop_meta(wb):
        del wb[c.SHEET_META]

    corpus["no_meta.xlsx"] = (
        fill(good, {}, out / "no_meta.xlsx", edit=drop_meta),
        "needs_confirmation",
        "请确认",
    )

    def other_plan(wb):
        meta = wb[c.SHEET_META]
        meta["B3"], meta["B4"] = "P000000", "另一个方案"

    corpus["other_plan.xlsx"] = (fill(good, {}, out / "other_plan.xlsx", edit=other_plan), "rejected", "没有这个方案")

    def other_period(wb):
        wb[c.SHEET_META]["B5"] = "2026Q3"

    corpus["other_period.xlsx"] = (
        fill(good, {}, out / "other_period.xlsx", edit=other_period),
        "rejected",
        "2026年第三季度",
    )

    def foreign_rows(wb):
        src = load_workbook(other_template)[c.SHEET_TASKS]
        sheet = wb[c.SHEET_TASKS]
        for r in range(c.HEADER_ROW + 1, sheet.max_row + 1):
            sheet.cell(r, 5).value = None
        row = sheet.max_row + 1
        for col in range(1, 10):
            sheet.cell(row, col, src.cell(c.HEADER_ROW + 1, col).value)
        sheet.cell(row, 5, "已完成")

    corpus["other_unit_rows.xlsx"] = (
        fill(template, {}, out / "other_unit_rows.xlsx", edit=foreign_rows),
        "rejected",
        "没有可以合并的行",
    )
    corpus["not_a_template.csv"] = (
        _write(out / "not_a_template.csv", "姓名,电话\n张三,123\n".encode()),
        "rejected",
        "无法从标题",
    )
    return corpus


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
