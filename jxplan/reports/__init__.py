"""Word and Excel reports in the government's formats."""
