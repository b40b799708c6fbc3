"""The agent's three flows in the real main window: GUI-thread gaps and requests against the minimum.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_flows.py [--latency 0.08]

The app starts as ``main()`` starts it (``Application`` with a stored connection profile and its
key, the window shown, the connection made once it is painted) against the seeded simulator in a
child process (``harness.SimProcess``, every request delayed by ``--latency``). Then, driven
like a person would (key presses, a few characters at a time, waiting for what is on screen):

0. start → the idle window (Help Center shown); then the app waits for the first call (the
   shell builds the areas not shown meanwhile, without their data: "idle");
1. Help Center: search "Identity verification", open FAQ 3421 (an inline image and files);
2. New ticket (Ctrl+2): caller ``cust-003`` typed, inquiry type 2542 (every field type) picked
   through the type filter, the form filled, 5 attachments added, Ctrl+Enter;
3. Customer history (Ctrl+L): ``long-030`` typed, its ticket opened (a 30-entry thread), a
   follow-up typed with one attachment, sent.

Per flow: the worst and p99 gap of a 5 ms GUI-thread timer (``harness.GapMeter``; 16 ms is one
frame), the step with the worst gap, and the requests the simulator logged against the minimum
(``MINIMUM``: what each flow cannot do without; see the comments there).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import GapMeter, SimProcess, pct, spin, wait_until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TYPE_MS = 35  # between two typed characters
FAQ_ID = 3421  # sim/seed.py: an inline screenshot and a PDF
FAQ_QUERY = "Identity verification"
FULL_FORM = 2542
CALLER = "cust-003"
LONG_THREAD_USER = "long-030"

# What each flow cannot do without (path suffix → count). Start: the service detail (languages,
# the status bar's name), the FAQ categories and the first FAQ page — the Help Center is the
# area shown; nothing for the hidden Notices tab or the areas not opened yet.
MINIMUM: dict[str, dict[str, int]] = {
    "start": {"/service.json": 1, "/helpdoc/categories.json": 1, "/helpdoc/list.json": 1},
    "idle": {},  # building the hidden areas asks for nothing
    # the search page, the document, its one inline image (its PDF is only listed)
    "helpcenter": {"/helpdoc/list.json": 1, f"/helpdoc/detail/{FAQ_ID}.json": 1, "/helpdoc/attachments/*": 1},
    # inquiry types (first opening of the area), the caller's recent tickets (typed once), the
    # form of 2542, five uploads, the ticket; nothing after it: the form starts over for the
    # next caller (the recent column is cleared, not listed again)
    "ticket": {
        "/ticket/categories.json": 1, f"/enduser/{CALLER}/list.json": 1, f"/field/user/{FULL_FORM}.json": 1,
        "/attachments/upload.json": 5, "/ticket.json": 1,
    },
    # the caller's list, the ticket, one upload, the follow-up, the ticket again (its status and
    # update time change on the server; the POST answers with the entry only). The inquiry
    # types come from the shared cache (the ticket flow asked for them).
    "history": {
        f"/enduser/{LONG_THREAD_USER}/list.json": 1, "/detail.json": 2, "/attachments/upload.json": 1,
        "/comment.json": 1,
    },
}


@dataclass
class FlowResult:
    name: str
    gaps: list[float] = field(default_factory=list)
    steps: list[tuple[str, float]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


class Driver:
    """Runs named steps while a GapMeter runs; remembers each step's worst gap."""

    def __init__(self, sim: SimProcess) -> None:
        self.sim = sim
        self.meter = GapMeter()
        self.result = FlowResult("")
        self._seen = 0

    def begin(self, name: str) -> None:
        self._seen = len(self.sim.requests())
        self.result = FlowResult(name)
        self._started = time.perf_counter()
        self.meter.start()

    def step(
        self, name: str, action: Callable[[], object], until: Callable[[], object] | None = None
    ) -> None:
        first = len(self.meter.gaps)
        action()
        if until is not None:
            wait_until(until, 60, name)
        spin(20)  # let the step's last paints and deliveries happen inside the step
        gaps = self.meter.gaps[first:]
        self.result.steps.append((name, max(gaps, default=0.0)))

    def type_text(self, widget: QWidget, text: str) -> None:
        for ch in text:
            QTest.keyClicks(widget, ch)
            spin(TYPE_MS)

    def end(self) -> FlowResult:
        self.meter.stop()
        self.result.gaps = list(self.meter.gaps)
        self.result.seconds = time.perf_counter() - self._started
        self.result.requests = self.sim.requests()[self._seen :]
        return self.result


def settled(root: QWidget) -> bool:
    """Every HTML view under ``root`` has shown all of its content and images (they render in
    chunks, a few per event-loop turn, after their data arrived)."""
    from contiple_desktop.ui.html_view import SafeHtmlView

    return all(view.is_settled for view in root.findChildren(SafeHtmlView))


def _count(requests: list[dict[str, Any]], suffix: str) -> int:
    if suffix.endswith("/*"):
        stem = suffix[:-2]
        return sum(1 for r in requests if stem in r["path"])
    return sum(1 for r in requests if r["path"].endswith(suffix))


def _files(base: Path) -> list[Path]:
    from contiple_desktop.sim import seed_files

    specs = [
        ("screen-1.png", seed_files.png(640, 400, (40, 120, 200))),
        ("screen-2.png", seed_files.png(800, 480, (200, 80, 60))),
        ("receipt.pdf", seed_files.pdf("Receipt 2026-11")),
        ("steps.txt", seed_files.txt("1. Open the app\n2. Pay\n3. It closes\n" * 2000)),
        ("log.txt", seed_files.txt("2026-11-30 12:00:01 payment ok; app exited\n" * 4000)),
    ]
    paths = []
    for name, data in specs:
        path = base / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def run(latency: float) -> list[FlowResult]:
    from contiple_desktop.app import Application
    from contiple_desktop.cli import Options
    from contiple_desktop.domain.profile import ConnectionProfile, Environment
    from contiple_desktop.paths import AppPaths
    from contiple_desktop.storage.profiles import FILE_NAME, ProfileStore
    from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
    from contiple_desktop.storage.settings import Settings
    from contiple_desktop.ui.shell.style import apply_style

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    from contiple_desktop.ui import gc_guard

    gc_guard.install(qapp, freeze_startup=True)  # as app.main() does: cycles collected on the GUI thread
    base = Path(tempfile.mkdtemp(prefix="bench-flows-"))
    files = _files(base)
    results: list[FlowResult] = []
    with SimProcess(latency) as sim:
        paths = AppPaths.under(base / "app").ensure()
        profile = ConnectionProfile(
            name="Bench support", service_id=sim.service_id, organization_id=sim.organization_id,
            environment=Environment.CUSTOM, custom_url=sim.base_url, language="en",
        )  # fmt: skip
        settings = Settings(paths.settings_file)
        store = ProfileStore(paths.config_dir / FILE_NAME, settings)
        store.put(profile)
        store.set_active(profile.profile_id)
        settings.sync()
        keys = ApiKeys(MemorySecretStore())
        keys.store(profile.profile_id, sim.api_key)
        drive = Driver(sim)

        # 0. start -> idle window
        drive.begin("start")
        look = lambda: apply_style(qapp)  # noqa: E731  # as app.main() passes it: applied with the shell
        app = Application(Options(lang="en"), paths, qapp, quit_app=False, keys=keys, style=look)
        window = app.window
        window.resize(1366, 768)

        def idle_helpcenter() -> bool:
            hc = window.built("helpcenter")
            return (
                hc is not None
                and window.helpcenter.faq.model.rowCount() > 0
                and "Service:" in window.status.connection_label.text()
                and all(lane.active_count == 0 for lane in app.ctx.lanes)
            )

        drive.step("show the window, connect, load the Help Center", app.start, idle_helpcenter)
        results.append(drive.end())

        # the app waits for the first call: the areas not shown are built meanwhile (no data)
        drive.begin("idle")
        drive.step(
            "build the hidden areas while idle",
            lambda: None,
            lambda: all(window.built(a) is not None for a in ("ticket", "history"))
            and all(lane.active_count == 0 for lane in app.ctx.lanes),
        )
        spin(500)
        results.append(drive.end())

        # 1. Help Center: search, open an answer with an image and attachments
        drive.begin("helpcenter")
        faq = window.helpcenter.faq
        drive.step("Ctrl+F", lambda: QTest.keyClick(window, Qt.Key.Key_F, CTRL))
        drive.step(
            f"type {FAQ_QUERY!r} (search after the pause)",
            lambda: drive.type_text(faq.search, FAQ_QUERY),
            lambda: faq.model.row_of(FAQ_ID) >= 0 and not faq.busy,
        )

        def open_answer() -> None:
            faq.list.setFocus()
            faq.list.setCurrentIndex(faq.model.index(faq.model.row_of(FAQ_ID), faq.model.COL_TITLE))
            QTest.keyClick(faq.list, Qt.Key.Key_Return)

        drive.step(
            "Enter: the answer with its image and files",
            open_answer,
            lambda: faq.detail.title.text() != "" and not faq.busy and settled(faq.detail)
            and _count(drive.sim.requests(), "/helpdoc/attachments/*") > 0 and settled(faq.detail),
        )
        results.append(drive.end())

        # 2. New ticket: caller, type 2542 through the filter, the form, 5 attachments, submit
        drive.begin("ticket")
        drive.step(
            "Ctrl+2: the new-ticket area (built now) and its inquiry types",
            lambda: QTest.keyClick(window, Qt.Key.Key_2, CTRL),
            lambda: window.ticket.picker.model.rowCount() > 0,
        )
        ticket = window.ticket
        drive.step("Ctrl+Shift+U", lambda: QTest.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT))
        drive.step(
            f"type {CALLER!r} (recent tickets after the pause)",
            lambda: drive.type_text(ticket.caller.edits["usercode"], CALLER),
            lambda: ticket.recent.list.count() > 0,
        )
        drive.step(
            "Ctrl+Shift+T, type 'Reset mail'",
            lambda: (
                QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT),
                drive.type_text(ticket.picker.filter, "Reset mail"),
            ),
        )
        drive.step(
            "Enter: the form of 2542 (every field type)",
            lambda: QTest.keyClick(ticket.picker.filter, Qt.Key.Key_Return),
            lambda: ticket.form.widget_for("subject") is not None,
        )
        ticket.caller.set_values({"name": "박지호", "mail": "jiho@example.com"})
        values = {"subject": "Payment done, app closes", "textbox": "jiho", "personalAgree": "true",
                  "content": "The app closes right after paying.", "agreetotheterms": "true"}  # fmt: skip
        for code, value in values.items():
            widget = ticket.form.widget_for(code)
            if widget is not None:
                drive.step(f"fill {code}", lambda w=widget, v=value: w.set_value(v))
        drive.step(
            "add 5 attachments (uploads)",
            lambda: ticket.tray.add_files(files),
            lambda: len(ticket.tray.attachment_ids()) == 5 and not ticket.tray.busy(),
        )
        sent: list[str] = []
        ticket.ticket_submitted.connect(sent.append)
        drive.step(
            "Ctrl+Enter: submit",
            lambda: QTest.keyClick(window, Qt.Key.Key_Return, CTRL),
            lambda: bool(sent) and all(lane.active_count == 0 for lane in app.ctx.lanes),
        )
        spin(600)  # the caller box's debounce runs out: nothing more may be asked
        results.append(drive.end())

        # 3. Customer history: the caller, a 30-entry thread, a follow-up with one attachment
        drive.begin("history")
        drive.step(
            "Ctrl+L: the history area (built now)",
            lambda: QTest.keyClick(window, Qt.Key.Key_L, CTRL),
            lambda: app.runner.active_count == 0,
        )
        history = window.history
        line = history.lookup.combo.lineEdit()
        assert line is not None
        drive.step(
            f"type {LONG_THREAD_USER!r}, Enter: the caller's tickets",
            lambda: (drive.type_text(line, LONG_THREAD_USER), QTest.keyClick(line, Qt.Key.Key_Return)),
            lambda: history.model.rowCount() > 0 and not history.model.loading,
        )
        detail = history.detail
        drive.step(
            "open the ticket: 30 entries",
            lambda: history.table.selectRow(0),
            lambda: detail.detail is not None and len(detail.detail.entries) >= 30
            and app.runner.active_count == 0 and settled(detail),
        )
        editor = detail.composer.editor
        drive.step("click into the follow-up", lambda: editor.setFocus())
        drive.step("type the follow-up", lambda: drive.type_text(editor, "Still closing after update."))
        drive.step(
            "attach one file",
            lambda: detail.composer.tray.add_files(files[:1]),
            lambda: len(detail.composer.tray.attachment_ids()) == 1 and not detail.composer.tray.busy(),
        )
        followed: list[str] = []
        detail.follow_up_sent.connect(followed.append)
        drive.step(
            "Send: the follow-up, the ticket again",
            lambda: detail.composer.send_button.click(),
            lambda: bool(followed) and app.runner.active_count == 0 and settled(detail),
        )
        results.append(drive.end())
        window.close()
        app.shutdown()
    return results


def report(results: list[FlowResult], latency: float) -> None:
    print(f"agent flows in the main window (simulator in a child process, {latency * 1000:.0f} ms"
          f" per request, load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    head = ("flow", "worst", "p99", "/16ms", "requests", "minimum")
    print("  {:11s} {:>7s} {:>6s} {:>6s} {:>9s} {:>8s}  worst step".format(*head))
    for r in results:
        minimum = MINIMUM[r.name]
        wanted = sum(minimum.values())
        worst_step = max(r.steps, key=lambda s: s[1], default=("-", 0.0))
        print(
            f"  {r.name:11s} {max(r.gaps, default=0):5.0f}ms {pct(r.gaps, 0.99):4.0f}ms "
            f"{max(r.gaps, default=0) / 16:5.1f}x {len(r.requests):9d} {wanted:8d}  "
            f"{worst_step[0]} ({worst_step[1]:.0f} ms)"
        )
    print("  requests beyond the minimum, per flow (path: made/minimum):")
    for r in results:
        minimum = MINIMUM[r.name]
        extra = []
        for suffix, n in minimum.items():
            made = _count(r.requests, suffix)
            if made != n:
                extra.append(f"{suffix}: {made}/{n}")
        known = {i for i, q in enumerate(r.requests) for s in minimum if _count([q], s)}
        others = Counter(q["path"].split("/", 2)[-1] for i, q in enumerate(r.requests) if i not in known)
        extra += [f"{path}: {n}/0" for path, n in others.items()]
        print(f"    {r.name:11s} {'; '.join(extra) or 'none'}")
    print("  steps over one frame (16 ms):")
    for r in results:
        slow = [f"{name} {gap:.0f} ms" for name, gap in r.steps if gap > 16]
        print(f"    {r.name:11s} {'; '.join(slow) or 'none'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--latency", type=float, default=0.08, help="seconds added to every request")
    args = parser.parse_args()
    results = run(args.latency)
    report(results, args.latency)
    return 0


if __name__ == "__main__":
    sys.exit(main())
