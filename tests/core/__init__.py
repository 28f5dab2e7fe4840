"""Tests of the core: case bundles, the database and its migrations, the tally and sync, the command line."""
