"""Older workspaces upgrade step by step: backed up first, data kept, the new tables and columns usable."""

from __future__ import annotations

import sqlite3

from jxplan.db.migrations import latest_version, migrate
from jxplan.services.workspace import Workspace


def _old_workspace(path, version):
    """A workspace file left at schema *version*, with the city as its jurisdiction."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=version)
    conn.execute("INSERT INTO jurisdiction (name) VALUES ('嘉兴市')")
    return conn


def test_v1_workspace_upgrades_with_backup_and_keeps_data(tmp_path):
    path = tmp_path / "old.jxplan"
    conn = _old_workspace(path, 1)
    conn.execute("INSERT INTO unit (uid, name, jurisdiction) VALUES ('jx-kjj', '市科技局', '嘉兴市')")
    conn.execute(
        "INSERT INTO return_file (sha256, file_name, period, status) VALUES ('ab', '旧报送.xlsx', '2025Q3', 'merged')"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        row = ws.conn.execute("SELECT file_name, superseded_by, content_sha256 FROM return_file").fetchone()
        assert tuple(row) == ("旧报送.xlsx", None, "")
        assert ws.conn.execute("SELECT count(*) FROM merge_conflict").fetchone()[0] == 0
        triggers = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "history_merge_conflict_insert" in triggers
    backups = list(tmp_path.glob("old.v1-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT name FROM unit").fetchone()[0] == "市科技局"
    old.close()


def test_v2_indicators_get_an_empty_attribute_that_history_records(tmp_path):
    path = tmp_path / "v2.jxplan"
    conn = _old_workspace(path, 2)
    conn.execute("INSERT INTO plan (uid, title, jurisdiction) VALUES ('P1', '规划纲要', '嘉兴市')")
    conn.execute("INSERT INTO indicator (uid, plan_id, number, name) VALUES ('P1-I001', 1, '1', '地区生产总值')")
    conn.close()
    with Workspace.open(path) as ws:
        assert tuple(ws.conn.execute("SELECT name, attribute FROM indicator").fetchone()) == ("地区生产总值", "")
        with ws.action("设属性", kind="plan_edit") as c:
            c.execute("UPDATE indicator SET attribute = '预期性'")
        new = ws.conn.execute("SELECT new FROM history WHERE tbl = 'indicator' ORDER BY id DESC").fetchone()[0]
        assert '"attribute":"预期性"' in new
    assert len(list(tmp_path.glob("v2.v2-*.bak"))) == 1
