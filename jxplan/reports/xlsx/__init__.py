"""Excel 报表: a sheet-styling engine (sheet, style, table) and one module per report (ledger, indicators, keyworks)."""
