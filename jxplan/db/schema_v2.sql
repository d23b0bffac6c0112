-- jxplan workspace schema, version 2: what the exchange needs to supersede returns and hold conflicts.

-- The return's content digest (same content re-sent = unchanged), when the unit saved it (orders returns),
-- and the newer return that replaced it (the older one stays, for the history).
ALTER TABLE return_file ADD COLUMN content_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE return_file ADD COLUMN saved_at TEXT NOT NULL DEFAULT '';
ALTER TABLE return_file ADD COLUMN superseded_by INTEGER REFERENCES return_file(id);
CREATE INDEX return_file_unit ON return_file(plan_id, unit_id, period);

-- Two sources disagreeing on one field of one entry: kept here, never applied, until the clerk decides.
-- `target_*` names the stored entry the conflict is about; `current` and `proposed` are JSON values.
CREATE TABLE merge_conflict (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('task', 'key_work', 'indicator')),
    item_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    field TEXT NOT NULL,
    current TEXT NOT NULL DEFAULT 'null',
    proposed TEXT NOT NULL DEFAULT 'null',
    reason TEXT NOT NULL CHECK (reason IN ('edited', 'older_return', 'lead_coop')),
    source_unit_id INTEGER REFERENCES unit(id),
    return_id INTEGER REFERENCES return_file(id) ON DELETE SET NULL,
    location TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'current', 'proposed')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    resolved_at TEXT
);
CREATE INDEX merge_conflict_open ON merge_conflict(plan_id, period, state)
