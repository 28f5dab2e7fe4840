"""The Qt release we run on does not lose references when signals carry Python values.

PySide6 6.12.0 dropped a reference to True or False on every `Signal(bool).emit(...)`; a busy
kiosk lost a dozen per letter and, hours into an event, aborted with "Fatal Python error:
bool_dealloc". This runs the kinds of signals the application uses many times in a separate
process, so a Qt release with that bug (or one like it) fails here instead of at an event.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        flag = Signal(bool)
        number = Signal(int)
        pair = Signal(int, int)
        text = Signal(str)
        text_number = Signal(str, int)
        anything = Signal(object)
        bare = Signal()

    app = QCoreApplication([])
    emitter = Emitter()
    heard = []
    for name in ("flag", "number", "pair", "text", "text_number", "anything", "bare"):
        getattr(emitter, name).connect(lambda *args: heard.append(len(args)))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(20_000):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.number.emit(1)
        emitter.pair.emit(1, 2)
        emitter.text.emit("x")
        emitter.text_number.emit("x", 1)
        emitter.anything.emit(None)
        emitter.bare.emit()
    heard.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    print([a - b for a, b in zip(after, before)])
    """
)


def test_signals_keep_their_references() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"the Qt process died: {done.stderr.strip()[-500:]}"
    assert done.stdout.strip() == "[0, 0]", "references to True and False changed"
