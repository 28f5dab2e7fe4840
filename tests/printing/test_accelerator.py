"""ReportLab runs on its C helpers (rl-accel), which the labels and batches are measured with."""

from __future__ import annotations

import reportlab.lib.rl_accel as accel


def test_reportlab_uses_rl_accel() -> None:
    # A release of either that stops pairing (an ABI change, a renamed module) falls back silently
    # to pure Python, a third slower on 1,000 labels: caught here instead.
    for name in ("fp_str", "escapePDF", "instanceStringWidthT1", "calcChecksum"):
        assert getattr(accel, name).__module__ == "_rl_accel", name
