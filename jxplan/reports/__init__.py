"""Reports: 公文 Word reports and Excel tables built from recorded progress."""
