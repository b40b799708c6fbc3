"""Count the hops of two flows by tracing them: submit → POST → banner, and API key → signed request.

    .venv/bin/python scripts/flow_hops.py [--code DIR]

A *hop* is one call of a function of ``contiple_desktop`` (the simulator excluded) on the path of
the flow, on the GUI thread and on the worker that runs the request, counted by a profiler hook.
Calls are reported per layer, plus the number of *distinct* functions, so a reorganisation can
be judged from outside: ``--code`` runs the same measurement against another checkout (e.g. a
``git worktree`` of an older commit) in a child process.

Flow 1 starts with Ctrl+Enter on a filled new-ticket form (inquiry type 2542) and ends when the
result banner shows the ticket ID. Flow 2 starts with reading a stored key for a profile and
ends when a signed ticket-list request has been answered.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import collections, json, os, sys, threading, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import contiple_desktop
from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.paths import AppPaths
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks import runner as runner_mod
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session

PKG = os.path.dirname(contiple_desktop.__file__)
calls = collections.Counter()
active = {"on": False}

def tracer(frame, event, arg):
    if event != "call" or not active["on"]:
        return
    code = frame.f_code
    path = code.co_filename
    if not path.startswith(PKG) or os.sep + "sim" + os.sep in path:
        return
    rel = os.path.relpath(path, PKG)
    calls[(rel, code.co_qualname if hasattr(code, "co_qualname") else code.co_name)] += 1

original_run = runner_mod._Job.run
def traced_run(self):
    sys.setprofile(tracer)
    try:
        original_run(self)
    finally:
        sys.setprofile(None)
runner_mod._Job.run = traced_run

app = QApplication(sys.argv[:1])
sim = SimServer(SimConfig()).start()
base = Path(sys.argv[1])
paths = AppPaths.under(base).ensure()
profile = ConnectionProfile(name="Demo", service_id=sim.service_id, organization_id=sim.organization_id,
                            environment=Environment.CUSTOM, custom_url=sim.base_url, language="ko")

def wait(pred, timeout=20):
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError
        QCoreApplication.processEvents()
        time.sleep(0.001)

def report(name):
    out = {"calls": sum(calls.values()), "distinct": len(calls), "by_layer": collections.Counter()}
    for (rel, _), n in calls.items():
        out["by_layer"][rel.split(os.sep)[0].removesuffix(".py")] += n
    out["functions"] = sorted(f"{rel}:{fn}" for rel, fn in calls)
    results[name] = out
    calls.clear()

results = {}

# -- flow 1: submit -> POST -> banner ------------------------------------------------------------
session = Session()
session.set_connection(profile, ContipleClient(profile, sim.api_key))
ctx = AppContext(TaskRunner(), session, Bus(), paths, Settings(paths.settings_file), print)
from contiple_desktop.ui.ticket.panel import NewTicketPanel
panel = NewTicketPanel(ctx)
panel.resize(1200, 800)
panel.show()
wait(lambda: panel.picker.model.rowCount() > 0)
panel.picker.select(2542)
wait(lambda: panel.form.widget_for("subject") is not None)
panel.caller.set_values({"usercode": "cust-005", "name": "김고객", "mail": "kim@example.com"})
VALUES = {"subject": "hops", "content": "내용", "textbox": "kim77", "personalAgree": "true"}
for code, value in VALUES.items():
    panel.form.widget_for(code).set_value(value)
wait(lambda: all(r.active_count == 0 for r in getattr(ctx, "lanes", (ctx.runner,))))
target = panel.form.widget_for("subject").input_widget()
sys.setprofile(tracer)
active["on"] = True
QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
wait(lambda: panel.result.kind == "success" and panel.result.isVisible())
active["on"] = False
sys.setprofile(None)
report("submit")
panel.close()
panel.deleteLater()
for _ in range(5):
    QCoreApplication.processEvents()

# -- flow 2: stored key -> signed request ------------------------------------------------------
from contiple_desktop.tasks import connection_ops, history_ops
keys = ApiKeys(MemorySecretStore())
keys.store(profile.profile_id, sim.api_key)
ctx2_kwargs = dict(runner=TaskRunner(), session=Session(), bus=Bus(), paths=paths,
                   settings=Settings(paths.settings_file), report_error=print)
try:
    ctx2 = AppContext(**ctx2_kwargs, keys=keys)
    new_api = True
except TypeError:
    ctx2 = AppContext(**ctx2_kwargs)
    new_api = False
done = []
sys.setprofile(tracer)
active["on"] = True
if new_api:
    connection_ops.load_key_and_connect(ctx2, profile, lambda ok: done.append(ok))
else:
    connection_ops.load_key_and_connect(ctx2, keys, profile, lambda ok: done.append(ok))
wait(lambda: done)
pages = []
from contiple_desktop.tasks.history_ops import TicketQuery
history_ops.load_ticket_page(ctx2, TicketQuery(usercode="cust-001"), 1, 10, on_success=pages.append)
wait(lambda: pages)
active["on"] = False
sys.setprofile(None)
report("key")
print("RESULT " + json.dumps(results, default=dict))
sys.stdout.flush()
os._exit(0)
"""


def measure(code: Path) -> dict[str, Any]:
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="contiple-hops-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(base)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(out.stdout[-2000:] + out.stderr[-4000:])
    return dict(json.loads(line[len("RESULT ") :]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--code", type=Path, action="append", help="checkout(s) to measure (default: this one)"
    )
    parser.add_argument("--list", action="store_true", help="print every function on the path")
    args = parser.parse_args()
    for code in args.code or [ROOT]:
        results = measure(code)
        print(f"== {code}")
        for flow, title in (
            ("submit", "submit → POST → banner"),
            ("key", "API key → keyring → signed request"),
        ):
            r = results[flow]
            layers = ", ".join(f"{k} {v}" for k, v in sorted(r["by_layer"].items(), key=lambda kv: -kv[1]))
            print(f"  {title}: {r['calls']} calls of {r['distinct']} distinct functions ({layers})")
            if args.list:
                for fn in r["functions"]:
                    print(f"      {fn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
