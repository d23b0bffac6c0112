"""Merging returned fill-in workbooks: exact, explained, idempotent, superseding, never overwriting silently."""

from __future__ import annotations

import hashlib
import json
import shutil

from jxplan.core.periods import Period
from jxplan.core.status import Status
from jxplan.exchange import contract as c
from jxplan.exchange import list_conflicts, merge_files, resolve_conflict
from jxplan.exchange.identify import Identity
from jxplan.exchange.rows import Parsed, RowInput
from jxplan.services.progress import get_progress, plan_actuals, record_progress
from tests.exchange.conftest import PERIOD
from tests.exchange.helpers import fill, fill_all, set_saved_at, uids


def _task_id(ws, uid):
    return ws.conn.execute("SELECT id FROM task WHERE uid = ?", (uid,)).fetchone()["id"]


def test_merge_records_every_filled_row_as_one_action(ws, templates, unit, tmp_path):
    path = fill_all(templates["市科技局"], tmp_path / "back.xlsx")
    before = ws.last_action_id()
    report = merge_files(ws, [path])
    f = report.files[0]
    assert (f.status, f.unit, f.period_code, f.rows_rejected) == ("merged", "市科技局", PERIOD, 0)
    assert f.rows_accepted == len(uids(path)) + len(uids(path, c.SHEET_INDICATORS)) + len(uids(path, c.SHEET_KEY_WORKS))
    assert ws.last_action_id() == before + 1  # the whole file in one action
    entry = get_progress(ws, unit, PERIOD, task_id=_task_id(ws, uids(path)[0]))
    assert (entry.status, entry.percent, entry.progress) == (Status.ON_TRACK, 70.0, "已完成年度计划的七成")
    assert entry.source == "back.xlsx"
    assert "市科技局" not in report.missing_units


def test_same_file_again_and_same_content_again_change_nothing(ws, templates, tmp_path):
    path = fill_all(templates["市科技局"], tmp_path / "back.xlsx")
    merge_files(ws, [path])
    before = ws.last_action_id()
    again = merge_files(ws, [path]).files[0]
    assert again.status == "unchanged" and "合并过" in again.message
    resaved = fill(path, {}, tmp_path / "resaved.xlsx")  # other bytes, same content
    assert merge_files(ws, [resaved]).files[0].status == "unchanged"
    assert ws.last_action_id() == before


def test_content_digest_keeps_the_form_earlier_merges_stored():
    """Returns merged by earlier versions keep their digest: the same content sent again must still match it."""
    ident = Identity(1, "P1A2B3C", "方案", Period.parse(PERIOD), 7, "市科技局", False)
    rows = [
        RowInput(
            "task", 2, "P1A2B3C-T002", "重点任务!5", {"status": Status.BEHIND, "percent": 0.0, "problems": "缺资金"}
        ),
        RowInput("indicator", 9, "P1A2B3C-I001", "指标!4", {"value": 3.2, "raw": "3.2%", "note": '含"在建"\n'}),
        RowInput("task", 1, "P1A2B3C-T001", "重点任务!4", {"progress": "已完成", "status": Status.DONE}),
    ]
    data = [
        "P1A2B3C",
        PERIOD,
        7,
        ["P1A2B3C-I001", [["note", '含"在建"\n'], ["raw", "3.2%"], ["value", "3.2"]]],
        ["P1A2B3C-T001", [["progress", "已完成"], ["status", "Status.DONE"]]],
        ["P1A2B3C-T002", [["percent", "0.0"], ["problems", "缺资金"], ["status", "Status.BEHIND"]]],
    ]
    expected = hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()
    assert Parsed(rows=rows).content_sha256(ident) == expected


def test_newer_return_supersedes_older_which_stays_in_history(ws, templates, unit, tmp_path):
    first = fill_all(templates["市科技局"], tmp_path / "v1.xlsx")
    merge_files(ws, [first])
    uid = uids(first)[0]
    second = fill(
        first, {uid: {c.PROGRESS: "修订：已全部完成", c.STATUS: "已完成", c.PERCENT: 100}}, tmp_path / "v2.xlsx"
    )
    report = merge_files(ws, [second]).files[0]
    assert report.status == "merged" and report.conflicts == []
    entry = get_progress(ws, unit, PERIOD, task_id=_task_id(ws, uid))
    assert (entry.status, entry.progress) == (Status.DONE, "修订：已全部完成")
    rows = ws.conn.execute("SELECT id, file_name, superseded_by FROM return_file ORDER BY id").fetchall()
    assert [(r["file_name"], r["superseded_by"]) for r in rows] == [("v1.xlsx", rows[1]["id"]), ("v2.xlsx", None)]


def test_clerk_edit_then_new_return_is_a_conflict_not_an_overwrite(ws, templates, unit, tmp_path):
    first = fill_all(templates["市科技局"], tmp_path / "v1.xlsx")
    merge_files(ws, [first])
    uid = uids(first)[0]
    task_id = _task_id(ws, uid)
    entry = get_progress(ws, unit, PERIOD, task_id=task_id)

    record_progress(ws, entry._replace(progress="电话核实后由专班修改"), actor="王晓燕")
    second = fill(first, {uid: {c.PROGRESS: "单位重报的内容"}}, tmp_path / "v2.xlsx")
    result = merge_files(ws, [second]).files[0]
    assert result.status == "merged"
    assert [(x["field"], x["current"], x["proposed"]) for x in result.conflicts] == [
        ("进展情况", "电话核实后由专班修改", "单位重报的内容")
    ]
    assert get_progress(ws, unit, PERIOD, task_id=task_id).progress == "电话核实后由专班修改"
    conflict = list_conflicts(ws)[0]
    resolve_conflict(ws, conflict["id"], "proposed")
    assert get_progress(ws, unit, PERIOD, task_id=task_id).progress == "单位重报的内容"
    assert list_conflicts(ws) == []


def test_a_conflict_names_its_own_item_when_a_key_work_and_an_indicator_share_an_id(ws, templates, unit, tmp_path):
    first = fill_all(templates["市科技局"], tmp_path / "v1.xlsx")
    merge_files(ws, [first])
    uid = uids(first, c.SHEET_KEY_WORKS)[0]
    work = ws.conn.execute("SELECT id, number, name FROM key_work WHERE uid = ?", (uid,)).fetchone()
    assert ws.conn.execute("SELECT count(*) FROM indicator WHERE id = ?", (work["id"],)).fetchone()[0] == 1
    entry = get_progress(ws, unit, PERIOD, key_work_id=work["id"])
    record_progress(ws, entry._replace(progress="专班核实后修改"))
    second = fill(first, {uid: {c.PROGRESS: "单位重报的内容"}}, tmp_path / "v2.xlsx")
    conflicts = merge_files(ws, [second]).files[0].conflicts
    assert [x["item"] for x in conflicts] == [f"{work['number']} {work['name']}"]


def test_lead_and_coop_disagreeing_on_status_is_listed(ws, templates, tmp_path):
    # Task 3 of the demo plan: 市科技局 leads, 市经信局 co-operates.
    lead_path, coop_path = templates["市科技局"], templates["市经信局"]
    shared = sorted(set(uids(lead_path)) & set(uids(coop_path)))[0]
    merge_files(ws, [fill(lead_path, {shared: {c.STATUS: "序时推进", c.PERCENT: 60}}, tmp_path / "lead.xlsx")])
    coop = fill(coop_path, {shared: {c.STATUS: "滞后", c.PROBLEMS: "资金未到位"}}, tmp_path / "coop.xlsx")
    result = merge_files(ws, [coop]).files[0]
    assert [(x["field"], x["current"], x["proposed"], x["unit"], x["source_unit"]) for x in result.conflicts] == [
        ("完成状态", "序时推进", "滞后", "市科技局", "市经信局")
    ]
    assert list_conflicts(ws)[0]["file"] == "coop.xlsx"
    resolve_conflict(ws, result.conflicts[0]["id"], "current")
    assert list_conflicts(ws) == []


def test_a_lead_return_after_the_coop_one_names_the_coop_file_as_the_source(ws, templates, tmp_path):
    lead_path, coop_path = templates["市科技局"], templates["市经信局"]
    shared = sorted(set(uids(lead_path)) & set(uids(coop_path)))[0]
    coop = fill(coop_path, {shared: {c.STATUS: "滞后", c.PROBLEMS: "资金未到位"}}, tmp_path / "经信局报送.xlsx")
    merge_files(ws, [coop])
    merge_files(ws, [fill(lead_path, {shared: {c.STATUS: "序时推进"}}, tmp_path / "科技局报送.xlsx")])
    (conflict,) = list_conflicts(ws)
    assert (conflict["current"], conflict["proposed"], conflict["source_unit"]) == ("序时推进", "滞后", "市经信局")
    assert conflict["file"] == "经信局报送.xlsx"


def test_rows_out_of_scope_and_bad_cells_are_rejected_and_located(ws, templates, tmp_path):
    mine = uids(templates["市科技局"])
    other = (
        next(u for u in uids(templates["南湖区"]) if u not in mine)
        if set(uids(templates["南湖区"])) - set(mine)
        else None
    )
    foreign = other or "PEEFEA4-T999"

    def add_rows(wb):
        sheet = wb[c.SHEET_TASKS]
        r = sheet.max_row + 1
        sheet.cell(r, 1, foreign)
        sheet.cell(r, 5, "序时推进")

    values = {
        mine[0]: {c.STATUS: "滞后"},  # no 存在问题
        mine[1]: {c.STATUS: "快完成了"},
        mine[2]: {c.PERCENT: "120"},
        mine[3]: {c.STATUS: "已完成", c.PERCENT: 100, c.PROGRESS: "全部完成"},
    }
    path = fill(templates["市科技局"], values, tmp_path / "bad.xlsx", edit=add_rows)
    result = merge_files(ws, [path]).files[0]
    assert result.status == "merged" and result.rows_accepted == 1 and result.rows_rejected == 4
    by_key = {e["key"]: e for e in result.errors}
    assert by_key[mine[0]]["where"] == "重点任务!H4" and "存在问题" in by_key[mine[0]]["message"]
    assert by_key[mine[1]]["expected"] == "已完成、序时推进、滞后、未启动"
    assert by_key[mine[2]]["where"] == "重点任务!F6"
    assert by_key[foreign]["where"].startswith("重点任务!A")


def test_locked_text_edited_is_reported_never_applied(ws, templates, tmp_path):
    uid = uids(templates["市科技局"])[0]
    path = fill(templates["市科技局"], {uid: {"重点任务": "改过的任务内容", c.STATUS: "序时推进"}}, tmp_path / "x.xlsx")
    result = merge_files(ws, [path]).files[0]
    assert result.status == "merged"
    assert any(w["where"] == "重点任务!C4" and "未采用" in w["message"] for w in result.warnings)
    task_id = _task_id(ws, uid)
    assert ws.conn.execute("SELECT text FROM task WHERE id = ?", (task_id,)).fetchone()[0] != "改过的任务内容"


def test_indicator_values_are_normalised_against_the_unit(ws, templates, plan_id, unit, tmp_path):
    ind_uids = uids(templates["市科技局"], c.SHEET_INDICATORS)
    units = {r["uid"]: r["measure_unit"] for r in ws.conn.execute("SELECT uid, measure_unit FROM indicator")}
    count = next(u for u in ind_uids if units[u] == "家")
    percent = next(u for u in ind_uids if units[u] == "%")
    money = next(u for u in ind_uids if units[u] == "亿元")
    values = {count: {c.IND_ACTUAL: "约１２０家"}, percent: {c.IND_ACTUAL: 0.031}, money: {c.IND_ACTUAL: "35万元"}}
    result = merge_files(ws, [fill(templates["市科技局"], values, tmp_path / "i.xlsx")]).files[0]
    actuals = {a.indicator_id: a for (i, u), a in plan_actuals(ws, plan_id, PERIOD).items() if u == unit}
    ids = {r["uid"]: r["id"] for r in ws.conn.execute("SELECT id, uid FROM indicator")}
    assert (actuals[ids[count]].value, actuals[ids[count]].raw) == (120.0, "约１２０家")
    assert actuals[ids[percent]].value == 3.1
    assert ids[money] not in actuals
    assert any("单位不符" in e["message"] and e["key"] == money for e in result.errors)


def test_dry_run_and_missing_units(ws, templates, db, tmp_path):
    path = fill_all(templates["市科技局"], tmp_path / "back.xlsx")
    before = ws.last_action_id()
    report = merge_files(ws, [path], dry_run=True)
    assert report.files[0].status == "merged" and report.files[0].changes > 0
    assert ws.last_action_id() == before
    assert "市科技局" in report.missing_units and "嘉善县" in report.missing_units


def test_the_chase_list_says_when_each_missing_unit_last_reported(ws, plan_id, templates, tmp_path):
    from jxplan.exchange import missing_returns

    merge_files(ws, [fill_all(templates["市科技局"], tmp_path / "back.xlsx")])
    later = {m["unit"]: m["last_report"] for m in missing_returns(ws, plan_id, "2027Q1")}
    # 市经信局 typed its 2026 third quarter in by hand (the demo); 市科技局 sent a file for the fourth.
    assert later["市经信局"] == "2026年第三季度"
    assert later["市科技局"].startswith("2026年第四季度（文件收到于 20")
    now = {m["unit"]: m["last_report"] for m in missing_returns(ws, plan_id, PERIOD)}
    assert now["嘉善县"] == "2026年第二季度"  # the demo's 嘉善县 missed the third quarter


def test_content_without_meta_sheet_needs_confirmation(ws, templates, tmp_path):
    from openpyxl import load_workbook

    src = fill_all(templates["市科技局"], tmp_path / "a.xlsx")
    wb = load_workbook(src)
    del wb[c.SHEET_META]
    pasted = tmp_path / "2026年第四季度_市科技局_填报表.xlsx"
    wb.save(pasted)
    before = ws.last_action_id()
    first = merge_files(ws, [pasted]).files[0]
    assert first.status == "needs_confirmation" and "市科技局" in first.message
    assert ws.last_action_id() == before
    assert merge_files(ws, [pasted], confirm=True).files[0].status == "merged"


def test_csv_in_gbk_with_reordered_columns(ws, templates, unit, tmp_path):
    uid = uids(templates["市科技局"])[0]
    csv_path = tmp_path / "2026年第四季度_市科技局_填报表.csv"
    csv_path.write_bytes(f"完成状态,进展情况,编号\n已完成,全部建成,{uid}\n".encode("gb18030"))
    result = merge_files(ws, [csv_path], confirm=True).files[0]
    assert result.status == "merged", result.errors
    assert get_progress(ws, unit, PERIOD, task_id=_task_id(ws, uid)).progress == "全部建成"


def test_wrong_period_given_is_rejected(ws, templates, plan_id, tmp_path):
    path = fill_all(templates["市科技局"], tmp_path / "back.xlsx")
    result = merge_files(ws, [path], period="2026Q3").files[0]
    assert result.status == "rejected" and "2026年第四季度" in result.message


def test_folder_merge_with_two_returns_of_one_unit_keeps_the_newer(ws, templates, unit, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    uid = uids(templates["市科技局"])[0]

    # Named so that the newer file comes first in the folder: order must come from when they were saved.
    set_saved_at(fill(templates["市科技局"], {uid: {c.PROGRESS: "新"}}, folder / "a.xlsx"), "2027-01-09T10:00:00")
    set_saved_at(fill(templates["市科技局"], {uid: {c.PROGRESS: "旧"}}, folder / "b.xlsx"), "2027-01-05T10:00:00")
    shutil.copy(templates["市科技局"], folder / "~$a.xlsx")  # Office lock file: skipped
    report = merge_files(ws, [folder])
    assert [(f.file.rsplit("/", 1)[-1], f.status) for f in report.files] == [("b.xlsx", "merged"), ("a.xlsx", "merged")]
    assert get_progress(ws, unit, PERIOD, task_id=_task_id(ws, uid)).progress == "新"
    rows = ws.conn.execute("SELECT file_name, superseded_by IS NOT NULL AS old FROM return_file ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("b.xlsx", 1), ("a.xlsx", 0)]
    # The older file arriving again later changes nothing; different older content would be a conflict.
    late = set_saved_at(
        fill(folder / "b.xlsx", {uid: {c.PROGRESS: "更旧"}}, tmp_path / "late.xlsx"), "2027-01-02T00:00:00"
    )
    result = merge_files(ws, [late]).files[0]
    assert [x["proposed"] for x in result.conflicts] == ["更旧"]
    assert get_progress(ws, unit, PERIOD, task_id=_task_id(ws, uid)).progress == "新"


def test_a_folder_without_returns_is_reported_not_passed_over(ws, tmp_path):
    folder = tmp_path / "收件箱"
    folder.mkdir()
    (folder / "说明.docx").write_bytes(b"not a return")
    before = ws.last_action_id()
    report = merge_files(ws, [folder])
    assert [(f.file, f.status) for f in report.files] == [(str(folder), "rejected")]
    assert "文件夹里没有找到填报表" in report.files[0].message
    assert ws.last_action_id() == before


def test_a_full_disk_stops_the_merge_with_a_report(ws, templates, tmp_path):
    """SQLite's own limit on the file's pages fails a write exactly as a full disk does (SQLITE_FULL)."""
    paths = [fill_all(path, tmp_path / f"back{k}.xlsx") for k, path in enumerate(templates.values())]
    assert len(paths) >= 3
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    report = merge_files(ws, paths)
    statuses = [f.status for f in report.files]
    assert len(report.files) == len(paths) and "rejected" in statuses
    stop = statuses.index("rejected")
    assert set(statuses[:stop]) <= {"merged"} and set(statuses[stop:]) == {"rejected"}
    assert "磁盘已满" in report.files[stop].message
    assert all(f.message.startswith("未合并：合并在") for f in report.files[stop + 1 :])
    assert ws.conn.execute("SELECT count(*) FROM return_file").fetchone()[0] == stop
    assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
