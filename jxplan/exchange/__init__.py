"""Fill-in workbooks for units and counties, and the validated merge of what comes back.

Entry points for the CLI and the GUI (call them from a worker thread; `progress(done, total, message)` may
raise to cancel): make_templates, merge_files, resolve_conflict, list_conflicts, missing_returns.
"""

from jxplan.exchange.conflicts import list_conflicts, resolve_conflict
from jxplan.exchange.merge import merge_files
from jxplan.exchange.report import MergeReport, missing_returns
from jxplan.exchange.template import make_templates

__all__ = ["MergeReport", "list_conflicts", "make_templates", "merge_files", "missing_returns", "resolve_conflict"]
