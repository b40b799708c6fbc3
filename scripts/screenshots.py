"""Regenerate the README screenshots from the running app in demo mode (``make screenshots``).

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py

Starts the real application (the embedded simulator, a throw-away base directory) with
``--lang ko`` and a 1366×800 main window, drives it the way an agent would and writes to
``docs/screenshots/``:

* ``shell.png``       the window as it opens: navigation, demo banner, Help Center lists, status bar;
* ``helpcenter.png``  an FAQ with an inline image open, its category selected in the tree;
* ``new-ticket.png``  inquiry type 2542 (every field type), caller and part of the form filled, two
                      uploaded attachments, the caller's recent tickets beside the form;
* ``history.png``     ``cust-001``'s tickets with one ticket and its thread open;
* ``profiles.png``    the connection-profiles dialog after a successful "Test connection";
* ``call.png``        the call view at 1366×768: a hand-off for ``010-1001-5007`` (the demo lookup finds
                      김민준, ``cust-001``), the caller box filled, the call card with timer, masked
                      identity, "N open tickets — follow up on the newest instead?" and notes, the
                      recent tickets, the inquiry type folded into its breadcrumb;
* ``helpcenter-en.png`` the Help Center shot again in English (a second process, ``--lang en``);
* ``outbox-offer.png``, ``outbox.png``, ``watch.png``, ``templates.png``: the desk (1366×768,
  ``scripts/desk_shots.py``).

The profiles shot keeps the API key in memory (a stand-in for the OS keyring, so no keyring is
needed here); everything else is the unmodified application. Options: ``--lang``, ``--only``
(comma-separated shot names), ``--out``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QSplitter, QWidget  # noqa: E402

from contiple_desktop import APP_ID, APP_NAME  # noqa: E402
from contiple_desktop.app import Application  # noqa: E402
from contiple_desktop.cli import Options  # noqa: E402
from contiple_desktop.domain.profile import ConnectionProfile, Environment  # noqa: E402
from contiple_desktop.i18n import resources_dir  # noqa: E402
from contiple_desktop.paths import AppPaths  # noqa: E402
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore  # noqa: E402
from contiple_desktop.ui.history.panel import HistoryPanel  # noqa: E402
from contiple_desktop.ui.history.status import STATUS_ROLE  # noqa: E402
from contiple_desktop.ui.profiles.dialog import ProfilesDialog  # noqa: E402
from contiple_desktop.ui.shell.style import apply_style  # noqa: E402
from scripts import desk_shots  # noqa: E402

WINDOW_SIZE = (1366, 800)
SHOTS = ("shell", "helpcenter", "new-ticket", "history", "profiles", "call", *desk_shots.SHOTS)
CALL_WINDOW_SIZE = (1366, 768)
CALL_PHONE = "010-1001-5007"
RECEIPTS_TYPE = 2581  # 영수증 발급: the default form
FAQ_WITH_IMAGE = 3421  # "본인 인증: 처리까지 얼마나 걸리나요?" with an inline screen.png (sim/seed.py)
FAQ_CATEGORY = 2550
FULL_FORM_TYPE = 2542
CUSTOMER = "cust-001"
HISTORY_LIST_WIDTH = 680
PROFILE_NAMES = {"ko": "고객센터 (시뮬레이터)", "ja": "ヘルプデスク（シミュレーター）"}


class StandInKeyring(MemorySecretStore):
    """Holds the screenshot profile's key in memory, reported like a persistent keyring (no name,
    so the dialog says "the system keyring" in the interface language)."""

    description = ""
    persistent = True


def wait_until(cond: Callable[[], object], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screenshots: timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(app: Application, ms: int = 400) -> None:
    """Let the workers finish, then give layouts, images and repaints a moment."""
    wait_until(lambda: app.runner.active_count == 0, "background tasks")
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"screenshots: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def type_text(edit: QLineEdit, text: str) -> None:
    """Type into a line edit (``insert`` rather than key clicks: QTest has no Hangul keys)."""
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    edit.insert(text)


# -- the shots ---------------------------------------------------------------------------------------
def shot_shell(app: Application, out: Path, suffix: str) -> None:
    window = app.window
    window.go("helpcenter")
    faq = window.helpcenter.faq
    wait_until(lambda: faq.model.rowCount() > 0, "the FAQ list")
    settle(app)
    save(window, out, "shell" + suffix)


def shot_helpcenter(app: Application, out: Path, suffix: str) -> None:
    window = app.window
    window.go("helpcenter")
    faq = window.helpcenter.faq
    wait_until(lambda: faq.tree_model.index_for_id(FAQ_CATEGORY).isValid(), "the FAQ categories")
    faq.select_category(FAQ_CATEGORY)
    wait_until(lambda: faq.model.row_of(FAQ_WITH_IMAGE) >= 0, "the FAQ in its category")
    faq.list.setCurrentIndex(faq.model.index(faq.model.row_of(FAQ_WITH_IMAGE), 1))
    faq.open_item(FAQ_WITH_IMAGE)
    wait_until(lambda: bool(faq.detail.title.text()), "the FAQ detail")
    settle(app, 800)  # the inline image arrives through its own request
    save(window, out, "helpcenter" + suffix)


def shot_new_ticket(app: Application, out: Path, suffix: str, files_dir: Path) -> None:
    window = app.window
    window.go("ticket")
    panel = window.ticket
    wait_until(lambda: panel.picker.model.rowCount() > 0, "the inquiry types")
    panel.picker.select(FULL_FORM_TYPE)
    wait_until(lambda: panel.form.widget_for("subject") is not None, "the full-field-type form")
    type_text(panel.caller.edits["usercode"], CUSTOMER)
    type_text(panel.caller.edits["name"], "김민지")
    type_text(panel.caller.edits["mail"], "minji.kim@example.com")
    type_text(panel.caller.edits["phone"], "010-2345-6789")
    values = {
        "subject": "재설정 메일이 계속 오지 않습니다",
        "content": "어제 저녁부터 비밀번호 재설정 메일을 세 번 요청했지만 받지 못했습니다.\n"
        "스팸함에도 없습니다. 확인 부탁드립니다.",
        "textbox": "minji.kim",
    }
    for code, value in values.items():
        widget = panel.form.widget_for(code)
        if widget is not None:
            widget.set_value(value)
    screenshot = files_dir / "오류화면.png"
    screenshot.write_bytes(_sample_png())
    manual = files_dir / "수신설정.pdf"
    manual.write_bytes(_sample_pdf())
    panel.tray.add_files([screenshot, manual])
    wait_until(lambda: len(panel.tray.attachment_ids()) == 2, "two uploaded attachments")
    panel.show_recent(True)
    settle(app, 600)
    panel.scroll_area.verticalScrollBar().setValue(0)
    settle(app, 200)
    save(window, out, "new-ticket" + suffix)


def shot_history(app: Application, out: Path, suffix: str) -> None:
    window = app.window
    window.go("history")
    panel = window.history
    # like an agent who drags the divider: at 1366 px the ticket table needs more than half
    splitter = panel.detail.parentWidget()
    if isinstance(splitter, QSplitter):
        total = sum(splitter.sizes())
        splitter.setSizes([HISTORY_LIST_WIDTH, total - HISTORY_LIST_WIDTH])
    panel.show_customer(CUSTOMER)
    wait_until(lambda: panel.model.rowCount() > 0, "the customer's tickets")
    settle(app)
    panel.table.selectRow(_row_with_thread(panel))
    wait_until(lambda: bool(panel.detail.subject.text()), "the ticket detail")
    settle(app, 800)
    save(window, out, "history" + suffix)


def shot_call(app: Application, out: Path, suffix: str) -> None:
    from contiple_desktop.domain.handoff import CallRequest, HandoffSource
    from contiple_desktop.tasks.call_session import call_session

    window = app.window
    window.resize(*CALL_WINDOW_SIZE)
    window.ticket.discard_current()  # the earlier shot's ticket: the agent starts clean
    app.handle_call(CallRequest(CALL_PHONE, source=HandoffSource.TEL))  # what a phone system hands over
    panel = window.ticket
    session = call_session(app.ctx)
    wait_until(lambda: panel.caller.edits["name"].text() != "", "the caller lookup")
    wait_until(lambda: session.open is not None, "the caller's open tickets")
    wait_until(lambda: panel.recent.list.count() > 0, "the recent tickets")
    panel.picker.select(RECEIPTS_TYPE)
    wait_until(lambda: panel.form.widget_for("subject") is not None, "the receipts form")
    notes = {
        "ko": "3월 결제분 카드 영수증 재발급 원함\n메일 주소 확인 완료",
        "ja": "3月分のカード領収書の再発行を希望",
        "en": "Wants the March card receipt again\nE-mail address confirmed",
    }
    subjects = {"ko": "카드 영수증 재발급 요청", "ja": "カード領収書の再発行", "en": "Card receipt again"}
    panel.call_card.notes.setPlainText(notes.get(app.language, notes["en"]))
    subject = panel.form.widget_for("subject")
    if subject is not None:
        subject.set_value(subjects.get(app.language, subjects["en"]))
    settle(app, 2500)  # the timer has ticked
    save(window, out, "call" + suffix)
    window.resize(*WINDOW_SIZE)


def _row_with_thread(panel: HistoryPanel) -> int:
    """The first "solved" ticket (an agent has answered), else the first row."""
    model = panel.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.index(row, column).data(STATUS_ROLE) == "solved":
                return row
    return 0


def shot_profiles(app: Application, out: Path, suffix: str) -> None:
    sim = app.sim
    assert sim is not None
    profile = ConnectionProfile(
        name=PROFILE_NAMES.get(app.language, "Help desk (simulator)"),
        service_id=sim.service_id,
        organization_id=sim.organization_id,
        environment=Environment.CUSTOM,
        custom_url=sim.base_url,
        language=app.language if app.language in ("ko", "en", "ja") else "ko",
    )
    app.profiles.put(profile)
    app.keys.store(profile.profile_id, sim.api_key)
    app.open_profiles()  # what File ▸ Connection profiles… does
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProfilesDialog))
    wait_until(lambda: dialog.form.key_text() == sim.api_key, "the stored key")
    dialog.test_button.click()
    wait_until(lambda: dialog.findings.summary.text() and not dialog.findings.busy.isVisible(), "the test")
    settle(app, 400)
    save(dialog, out, "profiles" + suffix)
    dialog.reject()


def _sample_png() -> bytes:
    from contiple_desktop.sim.seed_files import png

    return png(480, 300, (37, 99, 235))


def _sample_pdf() -> bytes:
    from contiple_desktop.sim.seed_files import pdf

    return pdf("메일 수신 설정 안내")


# -- driver --------------------------------------------------------------------------------------------
def run(lang: str, only: list[str], out: Path, suffix: str) -> int:
    paths = AppPaths.make_temporary().ensure()
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    qapp = QApplication([sys.argv[0]])
    apply_style(qapp)
    icon = resources_dir() / "icons" / f"{APP_ID}.svg"
    if icon.exists():
        qapp.setWindowIcon(QIcon(str(icon)))
    app = Application(
        Options(demo=True, lang=lang), paths, qapp, quit_app=False, keys=ApiKeys(StandInKeyring())
    )
    app.start()
    app.window.resize(*WINDOW_SIZE)
    wait_until(lambda: app.window.isVisible() and app.session.client is not None, "the demo connection")
    settle(app)
    with tempfile.TemporaryDirectory(prefix="contiple-shots-") as files:
        steps: dict[str, Callable[[], None]] = {
            "shell": lambda: shot_shell(app, out, suffix),
            "helpcenter": lambda: shot_helpcenter(app, out, suffix),
            "new-ticket": lambda: shot_new_ticket(app, out, suffix, Path(files)),
            "history": lambda: shot_history(app, out, suffix),
            "profiles": lambda: shot_profiles(app, out, suffix),
            "call": lambda: shot_call(app, out, suffix),
            "outbox-offer": lambda: desk_shots.shot_outbox_offer(app, out, wait_until, settle, save),
            "outbox": lambda: desk_shots.shot_outbox(app, out, wait_until, settle, save),
            "watch": lambda: desk_shots.shot_watch(app, out, wait_until, settle, save),
            "templates": lambda: desk_shots.shot_templates(app, out, wait_until, settle, save),
        }
        try:
            for name in only:
                steps[name]()
        finally:
            app.window.close()
            app.shutdown()
            shutil.rmtree(paths.config_dir.parent, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lang", default="ko", choices=("ko", "en", "ja"))
    parser.add_argument("--only", default="", help=f"comma-separated subset of {', '.join(SHOTS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    only = [s for s in args.only.split(",") if s] or list(SHOTS)
    unknown = set(only) - set(SHOTS)
    if unknown:
        parser.error(f"unknown shots: {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)
    code = run(args.lang, only, args.out, args.suffix)
    if code == 0 and not args.only and args.lang == "ko":  # the full set: add the English Help Center
        english = [sys.executable, __file__, "--lang", "en", "--only", "helpcenter", "--suffix=-en",
                   "--out", str(args.out)]  # fmt: skip
        code = subprocess.run(english, env=os.environ.copy(), check=False).returncode
    return code


if __name__ == "__main__":
    sys.exit(main())
