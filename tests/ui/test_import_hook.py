"""PySide's import hook answers as before but keeps no module's source in memory (``ui/import_hook.py``)."""

from __future__ import annotations

import importlib
import linecache
import sys
import textwrap
from pathlib import Path

import pytest

from contiple_desktop.ui import import_hook


def test_the_hook_is_ours_and_answers_as_pyside_would() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is import_hook._mod_uses_pyside
    import contiple_desktop.domain.phone
    import contiple_desktop.ui.steps

    assert import_hook._mod_uses_pyside(contiple_desktop.ui.steps)  # imports PySide6
    assert not import_hook._mod_uses_pyside(contiple_desktop.domain.phone)  # Qt-free
    assert not import_hook._mod_uses_pyside(sys)  # built in: no source


def test_a_module_imported_later_is_recorded_without_its_source_in_linecache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "uses_qt_here.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QObject

            class Thing(QObject):
                pass
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("uses_qt_here")
    feature = sys.modules["shibokensupport.feature"]
    try:
        feature.pyside_feature_dict.pop("uses_qt_here", None)
        feature.feature_imported(module)  # what PySide calls after an import
        assert feature.pyside_feature_dict["uses_qt_here"] == 0  # "uses PySide": as before
        assert str(tmp_path / "uses_qt_here.py") not in linecache.cache
        assert module.Thing().metaObject().className() == "Thing"
    finally:
        sys.modules.pop("uses_qt_here", None)
        feature.pyside_feature_dict.pop("uses_qt_here", None)
