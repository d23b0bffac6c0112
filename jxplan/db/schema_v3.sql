-- jxplan workspace schema, version 3: an indicator's 属性 (预期性 / 约束性), as 规划 indicator tables give it.
ALTER TABLE indicator ADD COLUMN attribute TEXT NOT NULL DEFAULT '';
