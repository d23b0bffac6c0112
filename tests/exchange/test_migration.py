"""A version 1 workspace upgrades to version 2: backed up first, data kept, the new tables usable."""

from __future__ import annotations

import sqlite3

from jxplan.db.migrations import migrate
from jxplan.services.workspace import Workspace


def test_v1_workspace_upgrades_with_backup_and_keeps_data(tmp_path):
    path = tmp_path / "old.jxplan"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=1)
    conn.execute("INSERT INTO jurisdiction (name) VALUES ('嘉兴市')")
    conn.execute("INSERT INTO unit (uid, name, jurisdiction) VALUES ('jx-kjj', '市科技局', '嘉兴市')")
    conn.execute(
        "INSERT INTO return_file (sha256, file_name, period, status) VALUES ('ab', '旧报送.xlsx', '2025Q3', 'merged')"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == 2
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
