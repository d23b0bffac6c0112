"""Exported files are written whole or not at all: a failed save keeps the old file and says why in Chinese."""

import errno
import os
from pathlib import Path

import pytest

from jxplan.errors import UserError
from jxplan.reports.output import save_atomically
from tests.conftest import run_cli


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".jxplan-")]


def test_a_successful_save_replaces_the_file_and_creates_its_folder(tmp_path):
    out = tmp_path / "新文件夹" / "报告.docx"
    assert save_atomically(out, lambda tmp: Path(tmp).write_bytes(b"new")) == out
    assert out.read_bytes() == b"new"
    assert save_atomically(out, lambda tmp: Path(tmp).write_bytes(b"newer")).read_bytes() == b"newer"
    assert not _leftovers(out.parent)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full（模拟磁盘已满）只在 Linux 上有")
def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path):
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"old")

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(b"half")
        with open("/dev/full", "wb") as full:  # the kernel answers ENOSPC, as a full disk does
            full.write(b"x" * 65536)

    with pytest.raises(UserError, match="磁盘空间已满") as caught:
        save_atomically(out, write)
    assert str(out) in str(caught.value)
    assert out.read_bytes() == b"old"
    assert not _leftovers(tmp_path)


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    (tmp_path / "报告.docx").mkdir()
    with pytest.raises(UserError, match="这是一个文件夹"):
        save_atomically(tmp_path / "报告.docx", lambda tmp: Path(tmp).write_bytes(b"x"))
    assert not _leftovers(tmp_path)


def test_a_file_held_open_by_excel_is_reported(tmp_path, monkeypatch):
    # Windows refuses to replace a file that Excel or Word holds open (PermissionError); root on Linux cannot be
    # refused, so the refusal is raised where Windows raises it.
    out = tmp_path / "填报表.xlsx"
    out.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match="正在 Excel、Word 或 WPS 中打开"):
        save_atomically(out, lambda tmp: Path(tmp).write_bytes(b"new"))
    assert out.read_bytes() == b"old"
    assert not _leftovers(tmp_path)


def test_cli_report_into_a_folder_name_is_a_plain_chinese_error(demo_path, tmp_path):
    for kind, name in (("word", "报告.docx"), ("ledger", "台账.xlsx")):
        out = tmp_path / name
        out.mkdir()
        done = run_cli("report", kind, "--plan", "2", "--period", "2026Q3", "-o", str(out), "--db", str(demo_path))
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "这是一个文件夹" in done.stderr and name in done.stderr
