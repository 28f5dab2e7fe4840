"""PDFs for letters, envelopes and label sheets, made with ReportLab (no Qt here)."""
