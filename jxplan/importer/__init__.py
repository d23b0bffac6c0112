"""Read published policy documents (.docx, .txt, .doc) into tasks, units, indicators and key works."""
