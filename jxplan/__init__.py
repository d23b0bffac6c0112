"""jxplan — 嘉兴市重点任务推进管理: plans, progress, exchange and reports for a bureau's slice of a policy document."""

__version__ = "0.1.0"
APP_NAME = "jxplan"
APP_TITLE = "重点任务推进管理"
