"""Databases as each released schema left them (schema-N.sqlite3), and the script that made them once."""
