"""Where the workspace lives (portable mode, env, --db) and the command line's error exits."""

import json
import sqlite3

from jxplan import paths
from tests.conftest import run_cli


def test_portable_marker_keeps_data_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    assert not paths.is_portable(tmp_path)
    assert paths.data_dir(tmp_path) != tmp_path / "data"
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir(tmp_path) == tmp_path / "data"
    assert paths.resolve_db_path(None, base=tmp_path) == tmp_path / "data" / paths.WORKSPACE_FILE


def test_db_argument_beats_environment_beats_default(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.jxplan"))
    assert paths.resolve_db_path(None) == tmp_path / "env.jxplan"
    assert paths.resolve_db_path(str(tmp_path / "arg.jxplan")) == tmp_path / "arg.jxplan"


def test_demo_plans_and_units_commands(tmp_path):
    db = tmp_path / "演示.jxplan"
    done = run_cli("demo", "--db", str(db))
    assert done.returncode == 0, done.stderr
    plans = json.loads(run_cli("plans", "--db", str(db)).stdout)
    assert [p["tasks"] for p in plans] == [15, 8]
    assert plans[1]["indicators"] == 12 and plans[1]["periods"] == ["2026Q2", "2026Q3"]
    assert set(plans[0]) >= {"id", "title", "tasks", "indicators", "periods"}
    units = json.loads(run_cli("units", "--db", str(db), env={"JXPLAN_DB": str(tmp_path / "other")}).stdout)
    assert any(u["name"] == "各县（市、区）政府" and len(u["members"]) == 9 for u in units)


def _assert_plain_chinese_error(done, code=2):
    assert done.returncode == code
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：")
    return lines[0]


def test_user_errors_exit_non_zero_with_one_chinese_line(tmp_path):
    db = tmp_path / "a.jxplan"
    run_cli("demo", "--db", str(db))
    assert "已存在" in _assert_plain_chinese_error(run_cli("demo", "--db", str(db)))
    _assert_plain_chinese_error(run_cli("demo"))  # missing --db
    _assert_plain_chinese_error(run_cli("no-such-command"))
    junk = tmp_path / "坏文件.jxplan"
    junk.write_bytes(b"\x00garbage" * 500)
    assert "不是" in _assert_plain_chinese_error(run_cli("plans", "--db", str(junk)))
    newer = tmp_path / "新版本.jxplan"
    run_cli("demo", "--db", str(newer))
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    assert "升级" in _assert_plain_chinese_error(run_cli("units", "--db", str(newer)))


def test_relative_db_path_and_bad_period(tmp_path):
    run_cli("demo", "--db", "rel.jxplan", cwd=tmp_path)
    assert json.loads(run_cli("plans", "--db", "rel.jxplan", cwd=tmp_path).stdout)[0]["tasks"] == 15
    done = run_cli(
        "report", "word", "--plan", "1", "--period", "2026Q5", "-o", "x.docx", "--db", "rel.jxplan", cwd=tmp_path
    )
    assert "报告期" in _assert_plain_chinese_error(done)


def test_every_help_text_is_chinese():
    # A clerk typing `jxplan 命令 -h` should not meet argparse's English boilerplate.
    from jxplan.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    texts = [parser.format_help()] + [p.format_help() for p in sub.choices.values()]
    assert len(texts) == 1 + len(sub.choices) >= 10
    for text in texts:
        for english in ("usage:", "options:", "show this help", "show program", "positional arguments"):
            assert english not in text, text
