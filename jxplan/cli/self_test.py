"""`jxplan self-test`: prove a build is whole — import, progress, every report, fill-in round trip, the window.

Runs in a temporary workspace (or `--keep DIR`, to look at what it wrote), prints one ✓/✗ line per check and
exits 0 only if every check passed. A feature whose module is not in this build fails with a line saying so.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from jxplan.services import self_test as st
from jxplan.services.self_test import expect

REPORT_KINDS = {"word": "Word 报告", "ledger": "工作台账", "indicators": "指标进度表", "keyworks": "重点工作清单"}
# The file each report kind must contain: a .docx/.xlsx whose main part is missing would not open.
_MAIN_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
WINDOW_TIMEOUT = 120


def add_parser(sub) -> None:
    p = sub.add_parser("self-test", help="自检：在临时工作区中试一遍导入、填报、报告和主窗口")
    p.add_argument("--keep", metavar="DIR", help="把自检工作区和生成的文件保存在此文件夹（默认用临时文件夹并删除）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # ✓/✗ on a cp936 console or pipe
    from jxplan import __version__

    print(f"jxplan {__version__} 自检", flush=True)
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        return _run_in(folder)
    with tempfile.TemporaryDirectory(prefix="jxplan-selftest-") as tmp:
        return _run_in(Path(tmp))


def _run_in(folder: Path) -> int:
    t = st.SelfTest(folder, on_check=lambda c: print(c.line, flush=True))
    try:
        run_checks(t)
    finally:
        ws = t.state.pop("ws", None)
        if ws is not None:
            ws.close()
    failed = sum(not c.ok for c in t.checks)
    print(f"共 {len(t.checks)} 项：{len(t.checks) - failed} 项通过，{failed} 项未通过", flush=True)
    return 0 if t.passed else 1


def run_checks(t: st.SelfTest) -> None:
    t.check("运行环境", st.environment)
    t.check("资源文件", st.shipped_resources)
    t.check("Qt 中文翻译", qt_translations)
    t.check("创建工作区", st.create_workspace)
    t.check("导入示例方案", st.import_sample, needs=("ws",))
    t.check("录入进展", st.record_sample_progress, needs=("plan",))
    for kind, title in REPORT_KINDS.items():
        t.check(title, lambda t, kind=kind: write_report(t, kind), needs=("unit_id",))
    t.check("生成填报表", make_fill_in, needs=("unit_id",))
    t.check("合并报回的填报表", merge_return, needs=("fill_in",))
    # The window opens the workspace itself (one writer at a time), so ours is closed first.
    if "ws" in t.state:
        t.state.pop("ws").close()
    t.check("主窗口（离屏渲染）", render_window, needs=("ws_path",))


def qt_translations(_: st.SelfTest) -> str:
    """Qt's own Chinese (确定/取消) ships with the build: the bundle filter must not have dropped it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    expect(translator.load("qtbase_zh_CN", folder), f"找不到 qtbase_zh_CN.qm（在 {folder}）")
    text = translator.translate("QPlatformTheme", "Cancel")
    expect(text == "取消", f"qtbase_zh_CN.qm 中“Cancel”的译文是“{text}”")
    return "qtbase_zh_CN：Cancel → 取消"


def write_report(t: st.SelfTest, kind: str) -> str:
    from jxplan.reports.kinds import REPORT_KINDS as kinds

    plan, out_dir = t.state["plan"], t.folder / "报告"
    out_dir.mkdir(exist_ok=True)
    suffix = ".docx" if kind == "word" else ".xlsx"
    out = Path(kinds[kind](t.state["ws"], plan.id, st.SAMPLE_PERIOD, None, out_dir / f"{kind}{suffix}"))
    expect(out.is_file() and out.stat().st_size > 0, f"没有写出 {out.name}")
    with zipfile.ZipFile(out) as z:
        expect(_MAIN_PART[out.suffix] in z.namelist(), f"{out.name} 不是完整的 Office 文件")
    return f"{out.name}，{out.stat().st_size // 1024} KB"


def make_fill_in(t: st.SelfTest) -> str:
    from jxplan.exchange import make_templates

    unit_id = t.state["unit_id"]
    paths = make_templates(t.state["ws"], t.state["plan"].id, st.SAMPLE_PERIOD, t.folder / "填报表", [unit_id])
    expect(len(paths) == 1 and Path(paths[0]).is_file(), f"应生成 1 个填报表，得到 {len(paths)} 个")
    t.state["fill_in"] = Path(paths[0])
    return Path(paths[0]).name


def merge_return(t: st.SelfTest) -> str:
    """Fill the unit's workbook as a unit would (one task's progress) and merge it back."""
    from jxplan.exchange import merge_files
    from jxplan.services.progress import plan_progress

    ws, plan, unit_id = t.state["ws"], t.state["plan"], t.state["unit_id"]
    task = plan.tasks[1]
    returned = fill_return(t.state["fill_in"], t.folder / "报回", task.uid)
    report = merge_files(ws, [returned])
    summary = report.as_dict()
    entry = plan_progress(ws, plan.id, st.SAMPLE_PERIOD).get(("task", task.id, unit_id))
    expect(entry and entry.percent == 60, f"合并后任务{task.number}的进展未写入工作区：{summary}")
    return f"{returned.name} 已合并，任务{task.number}进展 60%"


def fill_return(template: Path, out_dir: Path, task_uid: str) -> Path:
    """The template with one task row filled in (状态 序时推进, 60%, 进展情况), saved as a unit's return."""
    import openpyxl

    from jxplan.exchange import contract as c

    wb = openpyxl.load_workbook(template)
    sheet = wb[c.SHEET_TASKS]
    header_row, columns = _header(sheet, c.KEY)
    row = next(
        (r for r in range(header_row + 1, sheet.max_row + 1) if sheet.cell(r, columns[c.KEY]).value == task_uid), None
    )
    expect(row, f"填报表“{c.SHEET_TASKS}”表中没有任务 {task_uid}")
    values = {c.STATUS: "序时推进", c.PERCENT: 60, c.PROGRESS: "第二批平台服务商已完成遴选。"}
    for header, value in values.items():
        sheet.cell(row, columns[header]).value = value
    out_dir.mkdir(exist_ok=True)
    out = out_dir / template.name
    wb.save(out)
    return out


def _header(sheet, key: str) -> tuple[int, dict[str, int]]:
    for r in range(1, min(sheet.max_row, 15) + 1):
        names = {str(cell.value).strip(): cell.column for cell in sheet[r] if cell.value is not None}
        if key in names:
            return r, names
    raise st.CheckFailed(f"填报表“{sheet.title}”的前 15 行中没有“{key}”表头")


def render_window(t: st.SelfTest) -> str:
    """Open the main window on the self-test workspace offscreen in a child process and save a screenshot."""
    png = t.folder / "主窗口.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if getattr(sys, "frozen", False):
        command = [sys.executable, "gui"]
    else:  # the child must import this same checkout, whatever the current directory
        import jxplan

        source = str(Path(jxplan.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
        command = [sys.executable, "-m", "jxplan", "gui"]
    command += ["--db", str(t.state["ws_path"]), "--screenshot", str(png)]
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=WINDOW_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise st.CheckFailed(f"主窗口 {WINDOW_TIMEOUT} 秒内没有完成渲染") from exc
    errors = done.stderr.decode("utf-8", "replace").strip().splitlines()
    expect(done.returncode == 0, f"主窗口进程退出码 {done.returncode}：{errors[-1] if errors else '无输出'}")
    expect(png.is_file(), "主窗口进程没有保存截图")
    width, height = png_size(png)
    expect(width >= 400 and height >= 300, f"截图只有 {width}×{height}")
    return f"{png.name} {width}×{height}"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (no image library needed in this process)."""
    head = path.read_bytes()[:24]
    expect(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} 不是 PNG 图片")
    return struct.unpack(">II", head[16:24])
