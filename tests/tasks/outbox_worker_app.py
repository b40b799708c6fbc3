"""A tiny app for the outbox crash tests: queue one ticket and replay it until the test kills us.

``python -m tests.tasks.outbox_worker_app BASE URL SERVICE ORG KEY PROFILE_ID SUBJECT MODE [FILE]``

It prints ``STORED`` once the item is on disk, ``UPLOADING`` when replay started on it,
``CREATING`` once the item file on disk says its create POST is under way, and ``SENT`` when it
was filed. ``MODE`` = ``run`` (idle until killed) or ``die-on-sent`` (SIGKILL itself the moment
the ticket is reported filed, before the "sent" state can reach the disk).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.outbox import ItemState
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Outbox
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.tasks.spam_guard import SpamGuard
from tests.tasks.helpers import FAST, ticket


def main(argv: list[str]) -> int:
    base, url, service, org, key, profile_id, subject, mode, *files = argv
    app = QCoreApplication(sys.argv[:1])
    profile = ConnectionProfile(
        name="Demo", service_id=service, organization_id=org, environment=Environment.CUSTOM,
        custom_url=url, language="ko", profile_id=profile_id, demo=True,
    )  # fmt: skip
    session = Session()
    session.set_connection(profile, ContipleClient(profile, key, backoff=0.01))
    paths = AppPaths.under(Path(base)).ensure()
    ctx = AppContext(TaskRunner(), session, Bus(), paths, Settings(paths.settings_file), print)
    guard = SpamGuard(ctx)
    outbox = Outbox(ctx, guard, schedule=FAST)
    said: set[str] = set()

    def say(word: str) -> None:
        if word not in said:
            said.add(word)
            print(word, flush=True)

    def start() -> None:
        if not outbox.ready:
            QTimer.singleShot(10, start)
            return
        item_id = outbox.queue(ticket(subject), [Path(f) for f in files])
        outbox.stored.connect(lambda _i: say("STORED"))
        outbox.sent.connect(lambda *_: sent())
        watch(item_id)

    def sent() -> None:
        if mode == "die-on-sent":
            os.kill(os.getpid(), signal.SIGKILL)
        say("SENT")

    def watch(item_id: str) -> None:
        item = outbox.item(item_id)
        if item is not None and item.state is ItemState.SENDING:
            say("UPLOADING")
        store = outbox.store
        if store is not None and "CREATING" not in said:
            try:
                doc = json.loads(store.path_for(item_id).read_text("utf-8"))
            except (OSError, ValueError):
                doc = {}
            if doc.get("create_started_ms"):
                say("CREATING")
        QTimer.singleShot(5, lambda: watch(item_id))

    guard.start()
    outbox.start()
    start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
