"""What `jxplan self-test` must print: each feature in this build passes; a missing one fails saying so."""

from __future__ import annotations

import importlib
import re

# Check name → (module, name) that must exist for the check to be able to pass; None = always available.
FEATURES = {
    "运行环境": None,
    "资源文件": None,
    "Qt 中文翻译": None,
    "创建工作区": None,
    "导入示例方案": ("jxplan.importer", "parse_file"),
    "录入进展": ("jxplan.importer", "parse_file"),
    "Word 报告": ("jxplan.reports.kinds", "REPORT_KINDS"),
    "工作台账": ("jxplan.reports.kinds", "REPORT_KINDS"),
    "指标进度表": ("jxplan.reports.kinds", "REPORT_KINDS"),
    "重点工作清单": ("jxplan.reports.kinds", "REPORT_KINDS"),
    "生成填报表": ("jxplan.exchange", "make_templates"),
    "合并报回的填报表": ("jxplan.exchange", "merge_files"),
    "主窗口（离屏渲染）": None,
}
# Reports and fill-in workbooks also need the sample imported first.
_ALSO_NEEDS_IMPORT = {"Word 报告", "工作台账", "指标进度表", "重点工作清单", "生成填报表", "合并报回的填报表"}
_NOT_YET = re.compile(r"尚未合入|前面的检查未通过")


def available(check: str) -> bool:
    needs = [FEATURES[check]]
    if check in _ALSO_NEEDS_IMPORT:
        needs.append(FEATURES["导入示例方案"])
    for need in filter(None, needs):
        try:
            module = importlib.import_module(need[0])
        except ImportError:
            return False
        if not hasattr(module, need[1]):
            return False
    return True


def parse_output(stdout: str) -> dict[str, tuple[bool, str]]:
    """{check name: (passed, detail)} from the ✓/✗ lines."""
    out = {}
    for line in stdout.splitlines():
        m = re.match(r"([✓✗]) (.+?)：(.*)$", line)
        if m:
            out[m.group(2)] = (m.group(1) == "✓", m.group(3))
    return out


def assert_expected(stdout: str, returncode: int) -> dict[str, tuple[bool, str]]:
    """Every check printed; available features pass; unavailable ones fail with a plain reason; exit code agrees."""
    results = parse_output(stdout)
    assert list(results) == list(FEATURES), stdout
    for name, (ok, detail) in results.items():
        if available(name):
            assert ok, f"{name} should pass in this build: {detail}"
        else:
            assert not ok and _NOT_YET.search(detail), f"{name} must fail plainly while its module is missing: {detail}"
    assert "Traceback" not in stdout
    assert returncode == (0 if all(ok for ok, _ in results.values()) else 1), stdout
    return results
