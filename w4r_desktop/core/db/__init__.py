"""The local database: its tables, its migrations, and opening it durably."""
