"""Issue 12 item 14, language polish: the F1 list has no mnemonic leftovers ("파일(F)", "…(S)"),
Japanese lists are joined with "、", Korean translations never carry "이(가)"-style particle
placeholders, values ("조회 409회", dates) do not break across lines, and English counts a
one-minute clock skew as "1 minute"."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget

from contiple_desktop import i18n
from contiple_desktop.domain.models import Faq
from contiple_desktop.i18n import build
from contiple_desktop.tasks.connection_ops import Finding, Severity
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.formatting import NBSP, join_list
from contiple_desktop.ui.helpcenter.detail import DetailPane
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from contiple_desktop.ui.profiles.connection_text import finding_text
from contiple_desktop.ui.shell.actions import plain
from contiple_desktop.ui.shell.dialogs import ShortcutsDialog
from contiple_desktop.ui.shell.status_bar import ShellStatusBar

PARTICLES = re.compile(
    r"이\(가\)|가\(이\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(으\)로|\(이\)"
)
LEFTOVER = re.compile(r"\(&|[(\uff08][A-Z][)\uff09]")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("i18n")
    for ts in build.ts_files():
        shutil.copy(ts, target / ts.name)
    build.compile_all(target)
    return target


@pytest.fixture
def language(qapp: Any, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    installed: list[Any] = []

    def use(lang: str) -> None:
        i18n.remove_translators(qapp, installed)
        installed[:] = i18n.install_translators(qapp, lang)

    try:
        yield use
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_plain_drops_korean_and_japanese_mnemonics() -> None:
    assert plain("파일(&F)") == "파일"
    assert plain("파일 첨부(&A)\u2026") == "파일 첨부"
    assert plain("ファイル（&F）") == "ファイル"
    assert plain("&File") == "File" and plain("Save && close") == "Save & close"


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_shortcut_list_has_no_mnemonic_leftovers(qtbot: Any, language: Any, lang: str) -> None:
    language(lang)
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = next(t for t in dialog.findChildren(QTableWidget) if t.accessibleName())
    cells = [
        item.text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if (item := table.item(r, c)) is not None
    ]
    assert cells and not [text for text in cells if LEFTOVER.search(text)]
    if lang == "ja":  # a command with two keys lists them the Japanese way
        assert any("\u3001" in text for text in cells)


def test_lists_are_joined_the_way_the_interface_language_does() -> None:
    assert join_list(["a.png", "b.pdf"], QLocale("ja")) == "a.png\u3001b.pdf"
    assert join_list(["a.png", "b.pdf"], QLocale("ko")) == "a.png, b.pdf"
    assert join_list(["a.png", "b.pdf"], QLocale("en")) == "a.png, b.pdf"


def test_korean_translations_have_no_particle_placeholders() -> None:
    root = ET.parse(build.translations_dir() / "contiple_desktop_ko.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            text = "".join(translation.itertext())
            if PARTICLES.search(text):
                found.append(f"{context.findtext('name')}: {text}")
    assert not found, found


def test_korean_environment_names_are_korean() -> None:
    root = ET.parse(build.translations_dir() / "contiple_desktop_ko.ts").getroot()
    names = {"Real (production)", "Beta (production test)", "Alpha (development test)"}
    found = {
        message.findtext("source"): "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        for message in root.iter("message")
        if message.findtext("source") in names
    }
    assert set(found) == names
    assert not [text for text in found.values() if re.search(r"[A-Za-z]", text)], found  # not "Real(운영)"


def test_view_count_and_dates_do_not_break_mid_value(qtbot: Any, appctx: AppContext, language: Any) -> None:
    language("en")
    pane = DetailPane(appctx)
    qtbot.addWidget(pane)
    pane.show_faq(Faq(help_doc_id=1, title="Payment", read_count=409, updated_ms=1_790_000_000_000), "en")
    meta = next(w for w in pane.findChildren(QLabel) if "409" in w.text()).text()
    assert f"409{NBSP}views" in meta
    updated = next(part for part in meta.split("\u2022") if "Updated" in part).strip()
    assert " " not in updated  # "Updated 9/21/26 3:33 PM" stays on one line


def test_recent_ticket_dates_stay_on_one_line(qtbot: Any, appctx: AppContext) -> None:
    QLocale.setDefault(QLocale("ko"))  # "2026. 11. 12.": spaces inside the date
    try:
        widget = RecentTicketsWidget(appctx, limit=3, delay_ms=0)
        qtbot.addWidget(widget)
        with qtbot.waitSignal(widget.loaded, timeout=5000):
            widget.set_usercode("cust-001")
        items = widget.findChild(QListWidget)
        assert items is not None and items.count() == 3
        for row in range(items.count()):
            date = items.item(row).text().rsplit(" \u00b7 ", 1)[1]
            assert date and " " not in date, date
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)


def test_one_minute_of_clock_skew_is_1_minute(qtbot: Any, appctx: AppContext, language: Any) -> None:
    language("en")
    bar = ShellStatusBar(appctx.session, appctx.runner)
    qtbot.addWidget(bar)
    bar.set_clock_skew(70_000)
    tips = [w.toolTip() for w in bar.findChildren(QLabel) if "PC clock" in w.text()]
    assert tips and "off by 1 minute;" in tips[0]
    behind = finding_text(Finding(Severity.WARNING, "clock_skew", {"skew_ms": 70_000}))
    assert "off by 1 minute (behind" in behind
    bar.set_clock_skew(180_000)
    tips = [w.toolTip() for w in bar.findChildren(QLabel) if "PC clock" in w.text()]
    assert "off by 3 minutes;" in tips[0]
