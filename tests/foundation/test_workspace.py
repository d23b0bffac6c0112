"""The workspace file: creation, migrations with backup, refusal of newer files, rollback, history, lock."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from jxplan.core.model import TaskProgress
from jxplan.core.status import Status
from jxplan.db import migrations
from jxplan.errors import WorkspaceError, WorkspaceLockedError
from jxplan.services.progress import get_progress, record_progress
from jxplan.services.workspace import Workspace
from tests.conftest import REPO


def test_new_workspace_is_versioned_and_seeded_with_the_directory(ws):
    conn = ws.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM unit WHERE jurisdiction = '嘉兴市'").fetchone()[0] > 30


def test_upgrade_backs_up_first_and_keeps_data(ws_path, monkeypatch):
    with Workspace.open(ws_path) as ws, ws.action("测试") as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('clerk_name', '\"张三\"')")
    latest = migrations.latest_version()

    def add_column(conn):
        conn.execute("ALTER TABLE setting ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setitem(migrations.MIGRATIONS, latest + 1, add_column)
    with Workspace.open(ws_path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == latest + 1
        assert ws.conn.execute("SELECT value, note FROM setting").fetchone()[:] == ('"张三"', "")
    backups = list(ws_path.parent.glob(f"{ws_path.stem}.v{latest}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == latest
    old.close()


def test_failed_migration_step_leaves_the_file_at_the_old_version(ws_path, monkeypatch):
    Workspace.open(ws_path).close()
    latest = migrations.latest_version()

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setitem(migrations.MIGRATIONS, latest + 1, broken)
    with pytest.raises(RuntimeError):
        Workspace.open(ws_path)
    conn = sqlite3.connect(ws_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_workspace_from_a_newer_version_is_refused(ws_path):
    Workspace.open(ws_path).close()
    conn = sqlite3.connect(ws_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(WorkspaceError, match="更新版本的 jxplan"):
        Workspace.open(ws_path)


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()


@pytest.mark.parametrize("make", [lambda p: p.write_bytes(b"not a database at all" * 100), _other_sqlite])
@pytest.mark.parametrize("readonly", [False, True])
def test_foreign_files_are_refused_and_left_untouched(tmp_path, make, readonly):
    path = tmp_path / "别的文件.jxplan"
    make(path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="不是"):
        Workspace.open(path, readonly=readonly)
    assert path.read_bytes() == before


def _entry(task_id, unit_id, **kw):
    return TaskProgress(unit_id=unit_id, period="2026Q3", task_id=task_id, **kw)


def test_a_failed_action_changes_nothing(demo_ws):
    task_id = demo_ws.conn.execute("SELECT id FROM task LIMIT 1").fetchone()[0]
    unit_id = demo_ws.conn.execute("SELECT unit_id FROM assignment WHERE task_id = ?", (task_id,)).fetchone()[0]
    before_actions = demo_ws.last_action_id()
    before = get_progress(demo_ws, unit_id, "2026Q3", task_id=task_id)
    with pytest.raises(ZeroDivisionError), demo_ws.action("会失败的操作"):
        record_progress(demo_ws, _entry(task_id, unit_id, status=Status.DONE, percent=100, progress="写了一半"))
        1 / 0  # noqa: B018
    assert get_progress(demo_ws, unit_id, "2026Q3", task_id=task_id) == before
    assert demo_ws.last_action_id() == before_actions


def test_every_change_leaves_history(ws):
    from jxplan.services.demo import _plan_dict
    from jxplan.services.demo_content import PLAN_A
    from jxplan.services.plan_store import save_parsed_plan

    save_parsed_plan(ws, _plan_dict(PLAN_A))
    task_id, unit_id = ws.conn.execute("SELECT task_id, unit_id FROM assignment WHERE task_id IS NOT NULL").fetchone()
    record_progress(ws, _entry(task_id, unit_id, status=Status.ON_TRACK, percent=40, progress="第一次"), actor="张三")
    record_progress(ws, _entry(task_id, unit_id, status=Status.BEHIND, percent=40, progress="第二次"), actor="李四")
    record_progress(ws, _entry(task_id, unit_id))  # empty = delete
    rows = ws.conn.execute(
        "SELECT h.op, h.old, h.new, a.actor FROM history h JOIN action a ON a.id = h.action_id "
        "WHERE h.tbl = 'progress' ORDER BY h.id"
    ).fetchall()
    assert [r["op"] for r in rows] == ["insert", "update", "delete"]
    assert '"第一次"' in rows[1]["old"] and '"第二次"' in rows[1]["new"] and rows[1]["actor"] == "李四"
    assert '"第二次"' in rows[2]["old"] and rows[2]["new"] is None


def test_second_writer_is_refused_with_a_clear_message(ws_path):
    with Workspace.open(ws_path):
        with pytest.raises(WorkspaceLockedError, match="正被另一个 jxplan 使用"):
            Workspace.open(ws_path)
        # Readers are not blocked: reports and `jxplan plans` work while the window is open.
        with Workspace.open(ws_path, readonly=True) as reader:
            assert reader.conn.execute("SELECT count(*) FROM unit").fetchone()[0] > 0
    Workspace.open(ws_path).close()  # released on close


def test_lock_held_by_another_process_and_released_when_it_dies(ws_path):
    Workspace.open(ws_path).close()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(REPO)!r})
            from jxplan.services.workspace import Workspace
            ws = Workspace.open({str(ws_path)!r})
            print("ready", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "ready"
            with pytest.raises(WorkspaceLockedError, match="进程"):
                Workspace.open(ws_path)
        finally:
            holder.kill()
    Workspace.open(ws_path).close()  # the OS released the lock of the killed process


def test_real_v1_file_opens_with_its_data(tmp_path):
    """tests/data/workspace_v1.jxplan was written by schema version 1; every later version must open it."""
    import shutil

    from jxplan.services.plans import list_plans, load_plan
    from jxplan.services.progress import plan_actuals, plan_progress

    path = tmp_path / "old.jxplan"
    shutil.copy(REPO / "tests" / "data" / "workspace_v1.jxplan", path)
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        (plan,) = list_plans(ws)
        assert (plan["tasks"], plan["indicators"], plan["periods"]) == (8, 12, ["2026Q3"])
        loaded = load_plan(ws, plan["id"])
        entry = plan_progress(ws, plan["id"], "2026Q3")[("task", loaded.tasks[0].id, loaded.tasks[0].lead.unit_id)]
        assert (entry.status, entry.percent, entry.problems) == (Status.BEHIND, 30, "用地未落实")
        assert [a.value for a in plan_actuals(ws, plan["id"], "2026Q3").values()] == [35.5]
    if migrations.latest_version() > 1:
        assert list(tmp_path.glob("old.v1-*.bak")), "an upgraded v1 file must be backed up first"


def test_a_worker_thread_and_the_gui_thread_write_in_turn(ws):
    """A long action in a worker (a merge) and an edit from the GUI thread never interleave."""
    import threading

    inside = threading.Event()
    release = threading.Event()
    order = []

    def worker():
        with ws.action("工作线程中的长操作") as conn:
            conn.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
            order.append("worker-begin")
            inside.set()
            release.wait(5)
            order.append("worker-end")

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    timer = threading.Timer(0.2, release.set)
    timer.start()
    with ws.action("界面上的编辑") as conn:
        order.append("gui")
        conn.execute("INSERT INTO setting (key, value) VALUES ('b', '2')")
    thread.join(5)
    timer.join()
    assert order == ["worker-begin", "worker-end", "gui"]
    assert ws.conn.execute("SELECT count(*) FROM setting WHERE key IN ('a', 'b')").fetchone()[0] == 2


def test_a_new_workspace_that_fails_to_be_made_leaves_no_broken_file(ws_path, monkeypatch):
    latest = migrations.latest_version()

    def broken(conn):
        raise RuntimeError("disk trouble")

    monkeypatch.setitem(migrations.MIGRATIONS, latest + 1, broken)
    with pytest.raises(RuntimeError):
        Workspace.open(ws_path)
    assert not ws_path.exists()
    assert list(ws_path.parent.iterdir()) == []  # nor the lock file it had made
    monkeypatch.delitem(migrations.MIGRATIONS, latest + 1)
    Workspace.open(ws_path).close()  # the next attempt starts clean


def test_reading_an_old_workspace_upgrades_it_first(tmp_path):
    import shutil

    path = tmp_path / "old.jxplan"
    shutil.copy(REPO / "tests" / "data" / "workspace_v1.jxplan", path)
    with Workspace.open(path, readonly=True) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert ws.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 8


def test_a_batch_copies_its_log_into_the_file_once_at_the_end(demo_ws, tmp_path):
    task_id = demo_ws.conn.execute("SELECT id FROM task LIMIT 1").fetchone()[0]
    unit_id = demo_ws.conn.execute("SELECT unit_id FROM assignment WHERE task_id = ?", (task_id,)).fetchone()[0]
    with pytest.raises(ZeroDivisionError), demo_ws.batch():
        assert demo_ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        record_progress(demo_ws, _entry(task_id, unit_id, status=Status.DONE, percent=100, progress="批内写入"))
        1 / 0  # noqa: B018 (a batch that ends in an error keeps the actions it committed)
    assert demo_ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    # The main file alone, without its -wal, already holds the batch's action: the log was copied in.
    copy = tmp_path / "copy.jxplan"
    copy.write_bytes(demo_ws.path.read_bytes())
    conn = sqlite3.connect(copy)
    try:
        row = conn.execute(
            "SELECT progress FROM progress WHERE task_id = ? AND unit_id = ? AND period = '2026Q3'", (task_id, unit_id)
        ).fetchone()
    finally:
        conn.close()
    assert row == ("批内写入",)
