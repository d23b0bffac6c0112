"""Workspace settings: the clerk's unit, name and phone for report headers, status thresholds, folders."""

from __future__ import annotations

import json

from jxplan.core.status import Thresholds
from jxplan.services.workspace import Workspace

DEFAULTS: dict[str, object] = {
    "clerk_unit_id": None,  # 我的单位
    "clerk_name": "",
    "clerk_phone": "",
    "recipient": "市人民政府办公室",  # 主送机关 of the consolidated report
    "signer": "",  # 署名; defaults to the clerk's unit name
    "yellow_pp": 10.0,
    "red_pp": 30.0,
    "report_dir": "",
    "template_dir": "",
}


def get_setting(ws: Workspace, key: str):
    row = ws.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row["value"]) if row else DEFAULTS.get(key)


def all_settings(ws: Workspace) -> dict:
    out = dict(DEFAULTS)
    out.update({r["key"]: json.loads(r["value"]) for r in ws.conn.execute("SELECT key, value FROM setting")})
    return out


def set_settings(ws: Workspace, values: dict, *, actor: str = "") -> None:
    """Change several settings as one action."""
    with ws.action("修改设置", kind="settings", actor=actor) as conn:
        for key, value in values.items():
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )


def thresholds(ws: Workspace) -> Thresholds:
    s = all_settings(ws)
    return Thresholds(float(s["yellow_pp"]), float(s["red_pp"]))
