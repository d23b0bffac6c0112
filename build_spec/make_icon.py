"""Draw the program icon (白色“进”字、深红圆角方块) into resources/icons/jxplan.png and a multi-size jxplan.ico.

Run once when the design changes: `python build_spec/make_icon.py`. The outputs are committed, so a build
needs neither this script nor a CJK font.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
GLYPH = "进"
BACKGROUND = "#a61b1b"  # 中国红, a shade darker so white reads well at 16 px
FONT_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei"]


def render(size: int):
    """One square image: rounded red tile, white bold glyph centred; small sizes get a relatively larger glyph."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = 0 if size <= 24 else size * 0.04
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(BACKGROUND))
    p.drawRoundedRect(tile, tile.width() * 0.18, tile.width() * 0.18)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(round(tile.height() * (0.84 if size <= 24 else 0.7)))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(tile, Qt.AlignmentFlag.AlignCenter, GLYPH)
    p.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container with PNG-compressed entries (read by Windows Vista and later, and by rc/PyInstaller)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need an application object
    pngs = {size: png_bytes(render(size)) for size in ICO_SIZES}
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    (ICON_DIR / "jxplan.png").write_bytes(pngs[256])
    (ICON_DIR / "jxplan.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICON_DIR / 'jxplan.png'} and jxplan.ico ({', '.join(map(str, ICO_SIZES))} px)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
