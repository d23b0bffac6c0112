"""LibreOffice in tests: convert a file (private profile, official font names mapped to Noto CJK), or skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

# Official Chinese font names onto the Noto CJK fonts of a Linux test machine: without aliases LibreOffice falls
# back glyph by glyph and converts several times slower. Calibri (the workbook default, which sets Excel's column
# width unit) goes to the closest metric font, not to DejaVu Sans, whose wide digits print sheets at 2/3 size.
FONT_ALIASES = {
    "Noto Serif CJK SC": (
        "仿宋",
        "仿宋_GB2312",
        "FangSong",
        "宋体",
        "SimSun",
        "方正小标宋简体",
        "华文中宋",
        "楷体",
        "楷体_GB2312",
        "KaiTi",
    ),
    "Noto Sans CJK SC": ("黑体", "SimHei", "微软雅黑", "Microsoft YaHei"),
    "Liberation Sans": ("Calibri", "Arial"),
    "Liberation Serif": ("Times New Roman",),
}
_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
{aliases}
</fontconfig>
"""


def soffice() -> str:
    """The LibreOffice program, or skip the test with the reason."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.skip("LibreOffice (soffice) 未安装，无法做转换实测")
    return path


def fonts_conf(folder: Path) -> Path:
    lines = [
        f'  <alias binding="same"><family>{name}</family><prefer><family>{target}</family></prefer></alias>'
        for target, names in FONT_ALIASES.items()
        for name in names
    ]
    path = folder / "fonts.conf"
    path.write_text(_CONF.format(aliases="\n".join(lines)), encoding="utf-8")
    return path


def convert(src: Path, fmt: str, out_dir: Path) -> Path:
    """Convert `src` to `fmt` (pdf, xls, ods, doc …) in `out_dir`; each run gets its own profile."""
    program = soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / f"lo-{uuid.uuid4().hex}"  # two runs sharing a profile fail silently
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf(out_dir)), "HOME": str(out_dir)}
    try:
        done = subprocess.run(
            [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
             "--outdir", str(out_dir), str(src)],
            capture_output=True, text=True, timeout=180, env=env,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    result = out_dir / f"{src.stem}.{fmt.split(':')[0]}"
    assert done.returncode == 0 and result.exists(), f"LibreOffice 未能转换 {src.name}：{done.stderr}"
    return result
