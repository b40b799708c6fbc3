"""The desk's README screenshots (issue 13), driven by ``scripts/screenshots.py`` at 1366×768:

* ``outbox-offer.png`` a submit the service answered "busy" (503): the banner and "Queue and
                       continue with the next caller" under it;
* ``outbox.png``       the outbox view over the window: one ticket filed, one that needs the agent
                       (a guest ticket that may have arrived), one waiting for the busy service;
                       "Outbox: N" in the status bar;
* ``watch.png``        a ticket filed here was answered: the badge on Customer history and the
                       status bar's note (no system tray under Xvfb), the caller's tickets listed;
* ``templates.png``    Ctrl+T over the new-ticket form: the type-ahead template picker.

Everything goes through the running application (its simulator's fault plan and help desk make
the network fail and the answers arrive); templates are saved through ``tasks.template_ops``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.domain.templates import Template
from contiple_desktop.tasks import template_ops
from contiple_desktop.ui.desk.shell import desk_shell

SIZE = (1366, 768)
FORM_TYPE = 2542
CREATE = "*/openapi/v1/ticket.json"
SHOTS = ("outbox-offer", "outbox", "watch", "templates")
Wait = Callable[..., None]
Settle = Callable[..., None]
Save = Callable[[QWidget, Path, str], None]


def _fill(app: Any, wait: Wait, subject: str, usercode: str, name: str) -> None:
    wait(lambda: app.ctx.desk is not None and app.ctx.desk.outbox.ready, "the desk engines")
    panel = app.window.ticket
    app.window.go("ticket")
    wait(lambda: panel.picker.model.rowCount() > 0, "the inquiry types")
    if panel.picker.current_id() != FORM_TYPE:
        panel.picker.select(FORM_TYPE)
    wait(lambda: panel.form.widget_for("subject") is not None, "the form")
    panel.caller.set_values(
        {"usercode": usercode, "name": name, "mail": f"{usercode or 'guest'}@example.com"}
    )
    values = {
        "subject": subject,
        "content": "전화로 접수한 문의입니다.",
        "textbox": usercode or "guest",
        "personalAgree": "true",
    }
    for code, value in values.items():
        widget = panel.form.widget_for(code)
        if widget is not None:
            widget.set_value(value)


def _queue_visible(app: Any) -> bool:
    return app.window.ticket.desk.offer.isVisible() and app.window.ticket.desk.offer.queue_button.isEnabled()


def _queue(app: Any, wait: Wait) -> None:
    desk = app.window.ticket.desk
    before = len(app.ctx.desk.outbox.items())
    desk.offer.queue_button.click()
    wait(lambda: len(app.ctx.desk.outbox.items()) > before and not desk.offer.isVisible(), "the queued item")


def shot_outbox_offer(app: Any, out: Path, wait: Wait, settle: Settle, save: Save) -> None:
    app.window.resize(*SIZE)
    app.sim.faults.clear()
    app.sim.faults.unavailable(CREATE, retry_after=600, times=None, method="POST")
    _fill(app, wait, "재설정 메일이 오지 않습니다", "cust-001", "김민준")
    app.window.ticket.submit()
    wait(lambda: _queue_visible(app), "the outbox offer")
    settle(app, 400)
    save(app.window, out, "outbox-offer")


def shot_outbox(app: Any, out: Path, wait: Wait, settle: Settle, save: Save) -> None:
    app.window.resize(*SIZE)
    outbox, faults = app.ctx.desk.outbox, app.sim.faults
    if not _queue_visible(app):
        shot_outbox_offer(app, out, wait, settle, save)
    _queue(app, wait)  # the busy service's ticket: waits
    faults.clear()
    outbox.replay_now()  # the service answers again: it is filed
    wait(lambda: outbox.items() and outbox.items()[0].ticket_id, "the first ticket filed")
    faults.drop_before(CREATE, method="POST", times=1)  # a guest call, and the line drops mid-send
    _fill(app, wait, "재설정 메일을 다시 받고 싶습니다", "", "방문 고객")
    app.window.ticket.submit()
    wait(lambda: _queue_visible(app), "the offer for the guest ticket")
    _queue(app, wait)
    faults.unavailable(CREATE, retry_after=600, times=None, method="POST")
    _fill(app, wait, "재설정 링크가 만료되었다고 나옵니다", "cust-003", "박지호")
    app.window.ticket.submit()
    wait(lambda: _queue_visible(app), "the offer for the third ticket")
    _queue(app, wait)
    wait(lambda: outbox.status.until_ms is not None, "the outbox waiting for the service")
    desk = desk_shell(app.window)
    desk.run("outbox")
    view = desk.outbox_window
    view.resize(720, 470)
    view.select(next(i.item_id for i in outbox.items() if i.attention is not None))
    settle(app, 500)
    base = app.window.grab()
    painter = QPainter(base)
    painter.drawPixmap(QPoint(SIZE[0] - 720 - 40, 90), _framed(view.grab()))
    painter.end()
    _write(base, out, "outbox")
    view.close()
    faults.clear()
    app.window.ticket.discard_current()


def _framed(pix: QPixmap) -> QPixmap:
    """A window grab with a thin border (it sits over the main window in the picture)."""
    framed = QPixmap(pix.width() + 2, pix.height() + 2)
    framed.fill(QApplication.palette().mid().color())
    painter = QPainter(framed)
    painter.drawPixmap(1, 1, pix)
    painter.end()
    return framed


def _write(pix: QPixmap, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not pix.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"screenshots: wrote {path}")


def shot_watch(app: Any, out: Path, wait: Wait, settle: Settle, save: Save) -> None:
    app.window.resize(*SIZE)
    ticket = app.window.ticket
    filed: list[str] = []
    ticket.ticket_submitted.connect(filed.append)
    _fill(app, wait, "비밀번호 재설정 메일이 오지 않습니다", "cust-001", "김민준")
    ticket.submit()
    wait(lambda: bool(filed), "the filed ticket")
    app.sim.agent_reply(filed[0], "재설정 메일을 다시 보냈습니다. 스팸함도 확인해 주세요.", status="reply")
    app.ctx.desk.watch.poll_now()
    wait(lambda: app.ctx.desk.watch.unseen_count > 0, "the answer noticed")
    app.window.go("history")
    history = app.window.history
    history.show_customer("cust-001")
    wait(lambda: history.model.rowCount() > 0 and not history.model.loading, "the caller's tickets")
    settle(app, 500)
    save(app.window, out, "watch")


def shot_templates(app: Any, out: Path, wait: Wait, settle: Settle, save: Save) -> None:
    app.window.resize(*SIZE)
    saved: list[object] = []
    templates = [
        Template(
            "비밀번호 재설정 안내",
            FORM_TYPE,
            {
                "subject": "{name}님 비밀번호 재설정 메일 미수신",
                "content": "고객 {name} ({phone})께서 재설정 메일을 받지 못했다고 하십니다.\n"
                "통화 요약: {call_summary}",
                "textbox": "{user_code}",
                "personalAgree": "true",
            },
        ),
        Template(
            "비밀번호 변경 후 로그인 실패",
            FORM_TYPE,
            {"subject": "{name}님 비밀번호 변경 후 로그인 실패", "personalAgree": "true"},
        ),
        Template(
            "환불 요청 (중복 결제)",
            FORM_TYPE,
            {"subject": "{name}님 중복 결제 환불 요청", "personalAgree": "true"},
        ),
    ]
    for template in templates:
        template_ops.save_template(app.ctx, template, on_success=saved.append)
    wait(lambda: len(saved) == len(templates), "the saved templates")
    panel = app.window.ticket
    app.window.go("ticket")
    panel.discard_current()
    panel.result.hide()
    panel.caller.set_values({"usercode": "cust-002", "name": "이서연", "phone": "010-2345-6789"})
    panel.desk.templates.open_picker()
    wait(
        lambda: panel.desk.templates.picker is not None and panel.desk.templates.picker.isVisible(),
        "the picker",
    )
    picker = panel.desk.templates.picker
    picker.filter.insert("비밀번호")
    settle(app, 400)
    save(app.window, out, "templates")
    picker.close()
