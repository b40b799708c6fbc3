"""Send once: the one place that decides what happened to a POST that creates something.

A ticket and a follow-up are created by a POST that is never retried blindly. ``SendOnce`` is
the small state machine both editors use, testable without a widget::

    IDLE ──send()──▶ SENDING ──answer──────────────────────────▶ CREATED
                        │ └─definite failure (nothing created)──▶ FAILED
                        └─ambiguous failure (sent, no answer)
                              ├─ no way to look it up ──────────▶ UNRESOLVED (looked_up=False)
                              └─▶ RECONCILING ── found ─────────▶ CREATED (found_by_lookup=True)
                                              ├─ not found ─────▶ UNRESOLVED (looked_up=True)
                                              └─ lookup failed ─▶ UNRESOLVED (looked_up=False)

Every outcome is one ``Outcome`` on ``finished``; the phase returns to IDLE before it is
emitted, so a handler may start the next send. ``send`` refuses while not idle: double clicks
and repeated shortcuts cannot post twice.

A ``SendPlan`` says how to send and how to look the result up; ``tasks.ticket_ops`` and
``tasks.history_ops`` build the two plans. Both closures run on the network runner with the
client that was current when ``send`` was called.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.runner import TaskContext, TaskHandle
from contiple_desktop.tasks.task_scope import TaskScope

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

T = TypeVar("T")


class Phase(enum.Enum):
    IDLE = "idle"
    SENDING = "sending"
    RECONCILING = "reconciling"


class OutcomeKind(enum.Enum):
    CREATED = "created"
    FAILED = "failed"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Reconciled:
    """What a lookup after an ambiguous failure found: the created item (or None) and anything
    else it loaded on the way (e.g. the reloaded ticket), for the editor to show."""

    found: Any | None
    evidence: Any = None


@dataclass(frozen=True, slots=True)
class SendPlan(Generic[T]):
    """How to create one item, and how to find it after an ambiguous failure.

    ``reconcile`` gets the client, the task context and the local epoch ms at which the send
    started; ``None`` means the item cannot be looked up (e.g. a ticket without a user code).
    """

    send: Callable[[ContipleClient, TaskContext], T]
    reconcile: Callable[[ContipleClient, TaskContext, int], Reconciled] | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one send ended.

    * ``CREATED``: ``value`` is what the server returned — or, when ``found_by_lookup``, what
      the lookup found;
    * ``FAILED``: nothing was created; ``error`` says why;
    * ``UNRESOLVED``: it may or may not have been created; ``looked_up`` tells whether a lookup
      ran and found nothing (then it was most likely not created), ``evidence`` what it loaded.

    ``started_ms`` is the local epoch ms at which the send started (an outbox item queued after
    an unclear send looks for the ticket from then on).
    """

    kind: OutcomeKind
    value: Any = None
    error: BaseException | None = None
    found_by_lookup: bool = False
    looked_up: bool = False
    evidence: Any = None
    started_ms: int = 0


def local_now_ms() -> int:
    return int(time.time() * 1000)


class SendOnce(QObject):
    """Sends one plan at a time and reports one ``Outcome`` per send.

    Signals:
        phase_changed(object): the new ``Phase``.
        finished(object): the ``Outcome`` (phase is IDLE again when it is emitted).
    """

    phase_changed = Signal(object)
    finished = Signal(object)

    def __init__(self, ctx: AppContext, tasks: TaskScope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.phase = Phase.IDLE
        self._handle: TaskHandle[Any] | None = None

    @property
    def busy(self) -> bool:
        return self.phase is not Phase.IDLE

    def _set(self, phase: Phase) -> None:
        if phase is not self.phase:
            self.phase = phase
            self.phase_changed.emit(phase)

    def send(self, plan: SendPlan[Any]) -> bool:
        """Start sending; False (and nothing sent) while a send is already in progress."""
        if self.busy:
            return False
        started = local_now_ms()
        self._set(Phase.SENDING)
        self._handle = self.tasks.track(
            submit_with_client(
                self.ctx,
                plan.send,
                on_success=lambda value: self._finish(
                    Outcome(OutcomeKind.CREATED, value=value, started_ms=started)
                ),
                on_failure=lambda exc: self._send_failed(plan, started, exc),
            )
        )
        return True

    def cancel(self) -> None:
        """Stop waiting (the editor is going away). A POST already sent stays sent."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._set(Phase.IDLE)

    def _finish(self, outcome: Outcome) -> None:
        self._handle = None
        self._set(Phase.IDLE)
        self.finished.emit(outcome)

    def _send_failed(self, plan: SendPlan[Any], started: int, exc: BaseException) -> None:
        if not getattr(exc, "ambiguous", False):
            self._finish(Outcome(OutcomeKind.FAILED, error=exc, started_ms=started))
            return
        reconcile = plan.reconcile
        if reconcile is None:
            self._finish(Outcome(OutcomeKind.UNRESOLVED, error=exc, looked_up=False, started_ms=started))
            return
        self._set(Phase.RECONCILING)

        def looked(result: Reconciled) -> None:
            if result.found is not None:
                self._finish(
                    Outcome(
                        OutcomeKind.CREATED,
                        value=result.found,
                        found_by_lookup=True,
                        evidence=result.evidence,
                        started_ms=started,
                    )
                )
            else:
                self._finish(
                    Outcome(
                        OutcomeKind.UNRESOLVED, error=exc, looked_up=True, evidence=result.evidence,
                        started_ms=started,
                    )
                )

        self._handle = self.tasks.track(
            submit_with_client(
                self.ctx,
                lambda client, task: reconcile(client, task, started),
                on_success=looked,
                on_failure=lambda _lookup_exc: self._finish(
                    Outcome(OutcomeKind.UNRESOLVED, error=exc, looked_up=False, started_ms=started)
                ),
                key=f"{self.tasks.name}:reconcile",
            )
        )
