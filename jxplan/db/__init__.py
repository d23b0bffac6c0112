"""SQLite storage: connection, writer lock, schema and migrations (stdlib sqlite3, no Qt)."""
