"""Korean and Japanese translations of the shell: complete in the .ts files, compiled by build.py,
installed by ``install_translators`` and used by the error presenter."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from contiple_desktop import errors as E
from contiple_desktop import i18n
from contiple_desktop.i18n import build
from contiple_desktop.ui.error_presenter import ErrorPresenter
from contiple_desktop.ui.error_text import describe

SHELL_CONTEXTS = {
    "ErrorText", "Actions", "Navigation", "NavigationList", "MainWindow", "ShellStatusBar", "DemoBanner",
    "ErrorDialog", "ShortcutsDialog", "AboutDialog", "Application",
}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("i18n")
    for ts in build.ts_files():
        shutil.copy(ts, target / ts.name)
    written = build.compile_all(target)
    assert [p.name for p in written] == [
        "contiple_desktop_ko.qm", "contiple_desktop_ja.qm", "contiple_desktop_en.qm"
    ]
    return target


@pytest.fixture
def korean(qapp: Any, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    installed = i18n.install_translators(qapp, "ko")
    try:
        yield installed
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_shell_strings_are_fully_translated(lang: str) -> None:
    root = ET.parse(build.translations_dir() / f"contiple_desktop_{lang}.ts").getroot()
    missing = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        if name not in SHELL_CONTEXTS:
            continue
        for message in ctx.findall("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            text = "".join(tr.itertext()).strip()
            if tr.get("type") == "unfinished" or not text:
                missing.append(f"{name}: {message.findtext('source')}")
    assert not missing, missing


def test_install_translators_loads_qt_and_app_catalogs(korean: list[Any]) -> None:
    assert len(korean) == 2  # qtbase_ko and contiple_desktop_ko
    assert QCoreApplication.translate("Navigation", "Help Center") == "헬프센터"
    assert QLocale().name().startswith("ko")


def test_english_installs_only_the_plural_forms(qapp: Any) -> None:
    """English is the source text; its catalogue carries only "1 ticket" / "3 tickets"."""
    installed = i18n.install_translators(qapp, "en")
    try:
        assert len(installed) == 1
        assert QCoreApplication.translate("HistoryPanel", "%n ticket(s)", None, 1) == "1 ticket"
        assert QCoreApplication.translate("HistoryPanel", "%n ticket(s)", None, 3) == "3 tickets"
        assert QCoreApplication.translate("Navigation", "Help Center") == "Help Center"
    finally:
        i18n.remove_translators(qapp, installed)


def test_resolve_language() -> None:
    assert i18n.resolve_language("ja", "ko") == "ja"
    assert i18n.resolve_language(None, "ko") == "ko"
    assert i18n.resolve_language(None, "fr") in i18n.SUPPORTED


def test_error_text_and_presenter_in_korean(qtbot: QtBot, korean: list[Any]) -> None:
    text = describe(E.SpamLimitError(1001, "limit"))
    assert text.title == "티켓 접수 한도 초과"
    assert "1분" in text.message and "OC-Client-IP" in text.hint
    presenter = ErrorPresenter()
    try:
        with qtbot.waitSignal(presenter.shown, timeout=2000) as blocker:
            presenter.present(E.ClockSkewError("X-TC-Timestamp is expired", skew_ms=6 * 60_000))
        dialog = blocker.args[0]
        labels = {lb.accessibleName(): lb.text() for lb in dialog.findChildren(QLabel)}
        assert labels["오류 제목"] == "PC 시계가 맞지 않습니다"
        assert "6분 느립니다" in labels["오류 내용"]
        assert dialog.copy_button.text() == "세부 정보 복사"
    finally:
        presenter.close_all()


def test_update_extracts_shell_strings_into_fresh_ts_files(tmp_path: Path) -> None:
    build.update(tmp_path)
    written = build.compile_all(tmp_path)
    assert len(written) == 3 and all(p.stat().st_size > 0 for p in written)  # ko, ja, en plurals
    root = ET.parse(tmp_path / "contiple_desktop_ko.ts").getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert {"Actions", "Navigation", "ErrorText", "ShellStatusBar", "MainWindow"} <= contexts


def test_build_main_reports_missing_tool(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(name: str) -> str:
        raise FileNotFoundError(f"pyside6-{name} not found")

    monkeypatch.setattr(build, "find_tool", missing)
    assert build.main([]) == 1
    assert "pyside6-lrelease not found" in capsys.readouterr().err
