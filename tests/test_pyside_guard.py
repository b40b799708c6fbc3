"""Regression guard: PySide6 6.12.0 on Python 3.11 aborts with ``none_dealloc``.

After ~5,000 calls of a void-returning method (e.g. ``QLabel.setText``) the interpreter dies
with "Fatal Python error: none_dealloc". The dependency pin keeps 6.12 off Python 3.11; this
test proves the installed combination survives 20,000 such calls in a child process (a crash
would take the whole test session down with it, hence the subprocess).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for i in range(20_000):
        label.setText(str(i))
        label.setToolTip(str(i))
    print("survived", label.text())
    """
)


def test_twenty_thousand_void_calls_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived 19999" in proc.stdout


def test_installed_pyside_is_not_the_crashing_combination() -> None:
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), PySide6.__version__
