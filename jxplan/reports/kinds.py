"""The report kinds of `jxplan report KIND` and the GUI: one line per kind, each engineer adds their own.

A kind is a function `(ws, plan_id, period, unit_id, out, **options) -> Path` that writes `out` and returns
its path; `unit_id` None = the consolidated report of the plan. Options it does not use it ignores.
"""

from __future__ import annotations

from jxplan.reports.word.report import word_report
from jxplan.reports.xlsx.export import indicators_report, keyworks_report, ledger_report

REPORT_KINDS = {
    "word": word_report,
    "ledger": ledger_report,
    "indicators": indicators_report,
    "keyworks": keyworks_report,
}
