"""Tests of the printing engine (letters, envelopes, labels, batches, fonts, the render command)."""
