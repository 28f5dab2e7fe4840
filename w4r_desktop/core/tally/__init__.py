"""Counting letters: records and totals, sync files, merging, the shared folder and the report."""
