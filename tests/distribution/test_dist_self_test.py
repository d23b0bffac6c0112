"""`jxplan self-test` from source: every feature in this checkout passes, missing ones fail plainly, exit code agrees."""

import pytest

from jxplan.services import self_test as st
from tests.conftest import run_cli
from tests.distribution.selftest_expect import assert_expected


@pytest.mark.slow
def test_self_test_from_source(tmp_path):
    done = run_cli("self-test", "--keep", str(tmp_path))
    results = assert_expected(done.stdout, done.returncode)
    for always in ("运行环境", "资源文件", "Qt 中文翻译", "创建工作区", "主窗口（离屏渲染）"):
        assert results[always][0], results[always]
    assert (tmp_path / "主窗口.png").stat().st_size > 3_000  # a rendered window, not a blank frame
    assert done.stdout.strip().splitlines()[-1].startswith(f"共 {len(results)} 项")


def test_a_failing_check_fails_the_run_and_later_checks_say_why(tmp_path):
    t = st.SelfTest(tmp_path)

    def broken(_):
        raise ModuleNotFoundError("No module named 'jxplan.reports.kinds'", name="jxplan.reports.kinds")

    t.check("创建工作区", st.create_workspace)
    first = t.check("报告", broken)
    second = t.check("合并", lambda _: "ok", needs=("report",))
    t.state.pop("ws").close()
    assert not t.passed
    assert first.line == "✗ 报告：本程序中还没有模块 jxplan.reports.kinds（该功能尚未合入），无法检查"
    assert second.line.startswith("✗ 合并：前面的检查未通过") and "report" in second.line


def test_unexpected_errors_name_their_origin(tmp_path):
    t = st.SelfTest(tmp_path)
    check = t.check("除法", lambda _: str(1 / 0))
    assert not check.ok and check.detail.startswith("ZeroDivisionError: division by zero（test_dist_self_test.py:")


def test_frozen_build_without_utf8_mode_fails(monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    check = st.SelfTest(tmp_path).check("运行环境", st.environment)
    assert check.ok == (sys.flags.utf8_mode == 1)
    if not check.ok:
        assert "X utf8" in check.detail
