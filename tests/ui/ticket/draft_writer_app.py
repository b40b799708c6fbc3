"""A tiny app mode for the crash test: fill a ticket form, wait for the draft file, then idle
until the test kills the process with SIGKILL.  ``python -m tests.ui.ticket.draft_writer_app BASE``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.paths import AppPaths
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.ticket.panel import NewTicketPanel

SUBJECT = "전원이 꺼진 뒤에도 남아 있어야 할 문의"


def main(base: Path) -> int:
    app = QApplication(sys.argv[:1])
    sim = SimServer(SimConfig()).start()
    profile = ConnectionProfile(
        name="Demo", service_id=sim.service_id, organization_id=sim.organization_id,
        environment=Environment.CUSTOM, custom_url=sim.base_url, language="ko", demo=True,
    )  # fmt: skip
    session = Session()
    session.set_connection(profile, ContipleClient(profile, sim.api_key))
    paths = AppPaths.under(base).ensure()
    ctx = AppContext(TaskRunner(), session, Bus(), paths, Settings(paths.settings_file), print)
    panel = NewTicketPanel(ctx)

    def fill() -> None:
        if panel.picker.model.rowCount() == 0:
            QTimer.singleShot(20, fill)
            return
        panel.caller.set_values({"usercode": "cust-009", "name": "박정전", "mail": "park@example.com"})
        panel.picker.select(2542)
        wait_form()

    def wait_form() -> None:
        subject = panel.form.widget_for("subject")
        if subject is None:
            QTimer.singleShot(20, wait_form)
            return
        subject.set_value(SUBJECT)
        panel.form.widget_for("content").set_value("정전 직전까지 적은 내용")  # type: ignore[union-attr]
        panel.form.widget_for("checkbox").set_value(["옵션2"])  # type: ignore[union-attr]
        wait_file()

    def wait_file() -> None:
        drafts = [p for p in paths.drafts_dir.glob("ticket-*.json") if SUBJECT in p.read_text("utf-8")]
        if drafts:
            print("FILLED", drafts[0].name, flush=True)
            return  # keep running until killed
        QTimer.singleShot(20, wait_file)

    fill()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
