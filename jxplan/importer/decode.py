"""Turn a file on disk into text or Word blocks: encoding detection for .txt, python-docx for .docx, LibreOffice for .doc/.wps."""

from __future__ import annotations

import codecs
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from jxplan.errors import InputFileError

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Control characters never appear in a real document; their presence means a wrong decoding.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _plausible(text: str) -> bool:
    """True when a decoding looks like Chinese prose: no control chars and almost all CJK in GB2312.

    GB18030 accepts most byte strings, so a strict decode alone does not prove the guess; a wrong guess
    yields rare characters outside GB2312, which real government documents hardly ever use.
    """
    if any(ch in _CONTROL for ch in text):
        return False
    wide = [ch for ch in text if ord(ch) > 0x2FFF]
    if len(wide) < 20:
        return True  # too little text to judge

    common = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(wide) >= 0.85


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file: BOM, then strict UTF-8, then GB18030 (covers GBK), then Big5. Refuse otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputFileError(f"文件以 {encoding} 标记开头，但内容无法按该编码读取。", where=name) from exc
    try:
        text = data.decode("utf-8")
        if not any(ch in _CONTROL for ch in text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    raise InputFileError(
        "无法识别文本文件的编码（不是 UTF-8、GBK/GB18030 或 Big5），为避免乱码已停止导入。请用记事本另存为 UTF-8 后再试。",
        where=name,
    )


def read_text_lines(text: str) -> list[str]:
    """Split into lines whatever the line ending (CRLF, LF, CR) and drop a stray BOM or form feed."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text.split("\n")


def find_soffice() -> str | None:
    """LibreOffice's command-line program, if installed (PATH first, then the usual Windows places)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
        if base:
            candidate = Path(base) / "LibreOffice" / "program" / "soffice.exe"
            if candidate.exists():
                return str(candidate)
    return None


def convert_with_soffice(path: Path, *, timeout: float = 180) -> bytes:
    """Convert a .doc/.wps file to .docx bytes with LibreOffice, in a private profile so it never clashes."""
    soffice = find_soffice()
    if soffice is None:
        raise InputFileError(
            f"无法读取 {path.suffix} 文件：本机未安装 LibreOffice。请用 Word 或 WPS 将其另存为 .docx 后再导入。",
            where=path.name,
        )
    with tempfile.TemporaryDirectory(prefix="jxplan-lo-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            tmp,
            str(path),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputFileError(f"LibreOffice 转换 {path.suffix} 文件失败或超时。", where=path.name) from exc
        out = Path(tmp, path.stem + ".docx")
        if not out.exists():
            raise InputFileError(f"LibreOffice 未能转换该 {path.suffix} 文件，文件可能已损坏。", where=path.name)
        return out.read_bytes()


def sniff(data: bytes, suffix: str) -> str:
    """What the bytes really are ("docx", "ole", "text"), whatever the file name says."""
    if data.startswith(_ZIP):
        return "docx"
    if data.startswith(_OLE):
        return "ole"
    if suffix in (".docx", ".doc", ".wps") and data[:1] in (b"{", b"<"):
        # Word can save RTF or HTML under a .doc name; LibreOffice reads both.
        return "ole"
    return "text"
