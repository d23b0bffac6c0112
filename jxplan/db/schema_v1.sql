-- jxplan workspace schema, version 1. Every table that leaves the program in files has a stable `uid`.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per user action (one transaction); history rows point at it.
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    actor TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    action_id INTEGER REFERENCES action(id),
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    old TEXT,
    new TEXT
);
CREATE INDEX history_row ON history(tbl, row_id);

CREATE TABLE jurisdiction (
    name TEXT PRIMARY KEY,
    parent TEXT REFERENCES jurisdiction(name)
);

CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    jurisdiction TEXT NOT NULL REFERENCES jurisdiction(name),
    kind TEXT NOT NULL DEFAULT 'bureau',
    full_name TEXT NOT NULL DEFAULT '',
    known INTEGER NOT NULL DEFAULT 1,  -- 0: a name found in a document and not in the directory (flagged)
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (jurisdiction, name)
);

CREATE TABLE unit_alias (
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)
);

CREATE TABLE unit_member (
    group_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    issued_date TEXT NOT NULL DEFAULT '',
    jurisdiction TEXT NOT NULL REFERENCES jurisdiction(name),
    start_year INTEGER,
    end_year INTEGER,
    lead_unit_id INTEGER REFERENCES unit(id),     -- the office that leads the plan (collects returns)
    indicator_note TEXT NOT NULL DEFAULT '',      -- e.g. 备注：带*的为嘉兴市自设指标
    indicator_columns TEXT NOT NULL DEFAULT '',   -- JSON: the source table's column layout, for reports
    source_file TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    next_seq INTEGER NOT NULL DEFAULT 1,          -- never reused, so item uids stay stable
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- Units responsible for every task of the plan (…均为责任主体，不再列出).
CREATE TABLE plan_unit (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    raw TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, unit_id)
);

CREATE TABLE section (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES section(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES section(id) ON DELETE SET NULL,
    number TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    deadline_text TEXT NOT NULL DEFAULT '',
    deadline TEXT,                                 -- ISO date when the deadline is a date
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX task_plan ON task(plan_id, position);

CREATE TABLE subitem (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE key_work (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    measure_unit TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '[]',          -- JSON list: carried-down group columns (体系, 任务)
    self_set INTEGER NOT NULL DEFAULT 0,
    direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower', 'keep')),
    aggregation TEXT NOT NULL DEFAULT 'none' CHECK (aggregation IN ('sum', 'mean', 'recompute', 'none')),
    flow INTEGER NOT NULL DEFAULT 0,              -- 1: accumulates through the year (compare with 序时进度)
    note TEXT NOT NULL DEFAULT '',
    raw_row TEXT NOT NULL DEFAULT '[]',           -- JSON list of the source row's cell texts
    position INTEGER NOT NULL DEFAULT 0
);

-- Baseline, targets by year and milestones by period, each with its raw text.
CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'target', 'milestone')),
    year INTEGER,
    period TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    value REAL,
    qualifier TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indicator_value_ind ON indicator_value(indicator_id);

-- Quantitative targets found in task or key-work text.
CREATE TABLE target (
    id INTEGER PRIMARY KEY,
    task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
    key_work_id INTEGER REFERENCES key_work(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    value REAL,
    unit TEXT NOT NULL DEFAULT '',
    qualifier TEXT NOT NULL DEFAULT '',
    year INTEGER,
    recurring INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((task_id IS NULL) + (key_work_id IS NULL) = 1)
);

-- A unit on a task, indicator or key work, with its role.
CREATE TABLE assignment (
    id INTEGER PRIMARY KEY,
    task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicator(id) ON DELETE CASCADE,
    key_work_id INTEGER REFERENCES key_work(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'coop')),
    raw TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((task_id IS NULL) + (indicator_id IS NULL) + (key_work_id IS NULL) = 2)
);
CREATE INDEX assignment_unit ON assignment(unit_id);
CREATE UNIQUE INDEX assignment_task ON assignment(task_id, unit_id) WHERE task_id IS NOT NULL;
CREATE UNIQUE INDEX assignment_ind ON assignment(indicator_id, unit_id) WHERE indicator_id IS NOT NULL;
CREATE UNIQUE INDEX assignment_kw ON assignment(key_work_id, unit_id) WHERE key_work_id IS NOT NULL;

-- Progress of a task or key work, per unit and period.
CREATE TABLE progress (
    id INTEGER PRIMARY KEY,
    task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
    key_work_id INTEGER REFERENCES key_work(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    period TEXT NOT NULL,
    status TEXT CHECK (status IN ('done', 'on_track', 'behind', 'not_started')),
    percent REAL CHECK (percent BETWEEN 0 AND 100),
    progress TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    source TEXT NOT NULL DEFAULT '',
    CHECK ((task_id IS NULL) + (key_work_id IS NULL) = 1)
);
CREATE UNIQUE INDEX progress_task ON progress(task_id, unit_id, period) WHERE task_id IS NOT NULL;
CREATE UNIQUE INDEX progress_kw ON progress(key_work_id, unit_id, period) WHERE key_work_id IS NOT NULL;
CREATE INDEX progress_period ON progress(period);

-- Actual value of an indicator, per unit and period.
CREATE TABLE indicator_actual (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    period TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    value REAL,
    note TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, unit_id, period)
);

-- Each returned file merged: its hash, origin and what it changed (filled by the exchange).
CREATE TABLE return_file (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    plan_id INTEGER REFERENCES plan(id) ON DELETE CASCADE,
    unit_id INTEGER REFERENCES unit(id),
    period TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    action_id INTEGER REFERENCES action(id),
    report TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX return_file_sha ON return_file(sha256);
