"""Korean and Japanese catalogues: complete, faithful to placeholders and mnemonics, in step with the
source (a new untranslated string fails here), compiled by build.py, and used by the running app.

The static checks make sure ``pyside6-lupdate`` can see every user-visible string: literal
``self.tr("…")`` / ``QCoreApplication.translate("Ctx", "…")`` calls, no f-strings inside them,
dynamic look-ups only for strings marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from contiple_desktop import i18n
from contiple_desktop.app import Application
from contiple_desktop.cli import Options
from contiple_desktop.i18n import build
from contiple_desktop.paths import AppPaths

LANGS = ("ko", "ja")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
PACKAGE = build.PACKAGE_DIR
TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type attribute: None (finished), "unfinished", "vanished"…
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            assert tr is not None, (name, msg.findtext("source"))
            numerus = msg.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.findall("numerusform")) if numerus else (tr.text or "",)
            out.append(Message(name, msg.findtext("source") or "", numerus, tr.get("type"), forms))
    return out


def mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


# -- the catalogues themselves -----------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_faithfully(lang: str) -> None:
    path = build.translations_dir() / f"contiple_desktop_{lang}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language", "").startswith(lang)  # lrelease needs it for the plural rules
    messages = read_ts(path)
    assert len(messages) > 500
    problems = []
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.kind is not None:
            problems.append(f"{where} is {m.kind}")
        if m.numerus and len(m.forms) != 1:  # Korean and Japanese have one plural form
            problems.append(f"{where} has {len(m.forms)} plural forms")
        for form in m.forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"{where} changes the placeholders: {form!r}")
            if mnemonics(form) > 1 or mnemonics(form) != mnemonics(m.source):
                problems.append(f"{where} has a wrong mnemonic: {form!r}")
            if "\u25b8" not in m.source and m.source.endswith("\u2026") != form.endswith("\u2026"):
                problems.append(f"{where} drops or adds the ellipsis: {form!r}")
    assert not problems, "\n".join(problems)


def test_both_languages_translate_the_same_messages() -> None:
    ko, ja = (
        {(m.context, m.source) for m in read_ts(build.translations_dir() / f"contiple_desktop_{lang}.ts")}
        for lang in LANGS
    )
    assert ko == ja


KEY_TERMS = {
    "Attachments", "Cancel", "Close", "Content language", "Conversation", "Created", "Customer history",
    "Help Center", "Inquiry type", "Loading…", "New ticket", "Recent tickets", "Refresh", "Required.",
    "Save", "Status", "Ticket ID", "Updated", "Error in %1", "Not stored", "Sending…",
}


@pytest.mark.parametrize("lang", LANGS)
def test_key_terms_are_translated_the_same_everywhere(lang: str) -> None:
    by_source: dict[str, set[str]] = {}
    for m in read_ts(build.translations_dir() / f"contiple_desktop_{lang}.ts"):
        source = m.source.replace("&", "")
        if source in KEY_TERMS:
            by_source.setdefault(source, set()).add(re.sub(r"\(&\w\)|&", "", m.forms[0]))
    assert set(by_source) == KEY_TERMS
    mixed = {s: t for s, t in by_source.items() if len(t) > 1}
    assert not mixed, mixed


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("qm")
    for ts in build.ts_files():
        shutil.copy(ts, target / ts.name)
    written = build.compile_all(target)
    assert [p.name for p in written] == [f"contiple_desktop_{lang}.qm" for lang in (*LANGS, "en")]
    return target


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", ("헬프센터", "티켓 3건", "고객 응답 대기", "PC 시계가 7분 느립니다.")),
        ("ja", ("ヘルプセンター", "チケット 3 件", "お客様の返答待ち", "PC の時計が 7 分遅れています。")),
    ],
)
def test_compiled_catalogue_translates_plain_and_plural_messages(
    qapp: Any, compiled: Path, lang: str, expected: tuple[str, ...]
) -> None:
    translator = QTranslator()
    assert translator.load(f"contiple_desktop_{lang}", str(compiled))
    qapp.installTranslator(translator)
    try:
        got = (
            QCoreApplication.translate("Navigation", "Help Center"),
            QCoreApplication.translate("HistoryPanel", "%n ticket(s)", None, 3),
            QCoreApplication.translate("TicketStatus", "Awaiting customer"),
            QCoreApplication.translate(
                "ErrorText", "Your PC clock is %n minutes behind; correct it in the system settings.", None, 7
            ),
        )
    finally:
        qapp.removeTranslator(translator)
    assert got[:3] == expected[:3]
    assert got[3].startswith(expected[3])


# -- in step with the source ---------------------------------------------------------------------
def test_lupdate_over_the_tree_finds_nothing_new(tmp_path: Path) -> None:
    """Run lupdate into copies: a string added to the code without a translation fails here."""
    for ts in build.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    build.update(tmp_path)
    for lang in (*LANGS, "en"):  # en: the plural-only catalogue (lupdate -pluralonly)
        before = read_ts(build.translations_dir() / f"contiple_desktop_{lang}.ts")
        after = read_ts(tmp_path / f"contiple_desktop_{lang}.ts")
        new = [f"{m.context}: {m.source!r}" for m in after if m.kind == "unfinished"]
        assert not new, "untranslated (run `make translations`, then translate):\n" + "\n".join(new)
        gone = {(m.context, m.source) for m in before} - {(m.context, m.source) for m in after}
        assert not gone, f"strings no longer in the source (run `make translations`): {sorted(gone)}"


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _python_files() -> Iterator[tuple[Path, bool]]:
    scanned = [PACKAGE / s for s in build.SOURCE_DIRS]
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, any(path == s or s in path.parents for s in scanned)


def _noop_contexts() -> set[str]:
    """Contexts with strings marked by ``QT_TRANSLATE_NOOP("Ctx", "…")`` anywhere in the package."""
    found = set()
    for path, _ in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) == "QT_TRANSLATE_NOOP" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_translated_string_is_visible_to_lupdate() -> None:
    """Dynamic look-ups (``translate(ctx, spec.text)``) are fine only for NOOP-marked contexts."""
    marked = _noop_contexts()
    problems = []
    for path, scanned in _python_files():
        if path.parent.name == "i18n":
            continue
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(PACKAGE.parent)
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call) or _call_name(node) not in TR_NAMES:
                continue
            name = _call_name(node)
            if name == "translate" and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "QCoreApplication"):
                    continue  # str.translate and the like
            where = f"{rel}:{node.lineno}"
            if not scanned:
                problems.append(f"{where}: {name}() outside build.SOURCE_DIRS is never extracted")
            literal_args = 1 if name in {"tr", "QT_TR_NOOP"} else 2
            args = node.args[:literal_args]
            if any(isinstance(a, ast.JoinedStr) for a in node.args):
                problems.append(f"{where}: f-string inside {name}(); use %1 and .replace/.arg")
            elif len(args) < literal_args or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                context = node.args[0] if node.args else None
                looked_up = (
                    isinstance(context, ast.Constant) and context.value in marked
                ) or (isinstance(context, ast.Name) and "QT_TRANSLATE_NOOP(" in source)
                if not (name == "translate" and looked_up):
                    problems.append(f"{where}: {name}() with a non-literal text is invisible to lupdate")
            if name == "tr" and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    problems.append(f"{where}: x.tr() gets lupdate context 'x'; use translate('Class', …)")
            if any(k.arg == "n" for k in node.keywords):
                problems.append(f"{where}: n= keyword hides the plural from lupdate; pass it positionally")
    assert not problems, "\n".join(problems)


def test_plural_tr_calls_are_not_inherited() -> None:
    """PySide6 falls back along the class hierarchy for ``self.tr`` but not for plural forms: a
    ``self.tr("%n …", "", n)`` in a class that has subclasses would stay English there."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path, _ in _python_files()]
    bases = {
        b.id if isinstance(b, ast.Name) else b.attr
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for b in node.bases
        if isinstance(b, ast.Name | ast.Attribute)
    }
    problems = []
    for tree in trees:
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                if _call_name(call) == "tr" and len(call.args) >= 3 and cls.name in bases:
                    problems.append(f"{cls.name}:{call.lineno} plural self.tr() in a subclassed class")
    assert not problems, problems


# -- the running application ---------------------------------------------------------------------
def _texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        texts.update((w.accessibleName(), w.toolTip(), w.windowTitle()))
        if isinstance(w, QLabel | QAbstractButton):
            texts.add(w.text())
        if isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        if isinstance(w, QTabBar):
            texts.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QMenu):
            texts.add(w.title())
            texts.update(a.text() for a in w.actions())
        if isinstance(w, QHeaderView) and w.model() is not None:
            model, orientation = w.model(), w.orientation()
            texts.update(str(model.headerData(i, orientation) or "") for i in range(w.count()))
    return {t.replace("&", "") for t in texts if t}


@pytest.fixture
def korean_app(
    qapp: QApplication, compiled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    app = Application(
        Options(demo=True, lang="ko"), AppPaths.under(tmp_path / "base").ensure(), qapp, quit_app=False
    )
    try:
        yield app
    finally:
        app.window.close()
        app.shutdown()
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_app_started_in_korean_shows_korean_everywhere(qtbot: QtBot, korean_app: Application) -> None:
    app = korean_app
    app.start()
    window = app.window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "서비스: " in window.status.connection_label.text(), timeout=5000)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:4] == ["파일(&F)", "이동(&G)", "통화(&C)", "보기(&V)"] and menus[-1] == "도움말(&H)"
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert navigation == ["헬프센터", "새 티켓", "고객 문의 내역"]
    untranslated = read_ts(build.translations_dir() / "contiple_desktop_ko.ts")
    english = {m.source.replace("&", "") for m in untranslated if not m.numerus} - {
        m.forms[0].replace("&", "") for m in untranslated if not m.numerus
    }
    seen: set[str] = set()
    for area in ("helpcenter", "ticket", "history"):
        window.go(area)  # built (its modules imported off the GUI thread) and loaded
        qtbot.waitUntil(
            lambda area=area: window.built(area) is not None
            and all(lane.active_count == 0 for lane in app.ctx.lanes),
            timeout=5000,
        )
        seen |= _texts(window)
    # the deeper states: a document, the full form, a ticket with its thread and attachments
    faq = window.helpcenter.faq
    window.go("helpcenter")
    faq.open_item(3421)  # an FAQ with attachments (sim/seed.py)
    qtbot.waitUntil(lambda: bool(faq.detail.title.text()), timeout=5000)
    window.go("ticket")
    assert window.ticket.picker.select(2542)  # the form with every field type
    qtbot.waitUntil(lambda: window.ticket.form.widget_for("subject") is not None, timeout=5000)
    window.go("history")
    window.history.show_customer("cust-001")
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=5000)
    window.history.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.history.detail.subject.text()), timeout=5000)
    qtbot.waitUntil(lambda: app.runner.active_count == 0, timeout=5000)
    for area in ("helpcenter", "ticket", "history"):
        window.go(area)
        seen |= _texts(window)
    assert {"FAQ(F)", "공지사항(N)", "티켓 접수", "고객 사용자 코드(U):"} <= seen
    leaked = sorted(seen & english)
    assert not leaked, f"English text in the Korean window: {leaked}"
