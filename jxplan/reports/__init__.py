"""Report writers: Word 公文 reports and Excel 报表 in the documents' own table formats."""
