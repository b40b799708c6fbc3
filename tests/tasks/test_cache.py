"""The shared request cache: one request for concurrent askers, stored per connection and language,
dropped on a new connection or F5, failures not stored, cancelled askers get nothing."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from contiple_desktop.domain.category_tree import CategoryList, tree_of
from contiple_desktop.domain.models import Category, ServiceInfo
from contiple_desktop.errors import ContipleError
from contiple_desktop.tasks import cache
from contiple_desktop.tasks.context import AppContext


def _calls(sim: Any, suffix: str) -> int:
    return sum(1 for r in sim.requests() if r["path"].endswith(suffix))


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: ctx.runner.active_count == 0, timeout=5000)


def test_concurrent_askers_share_one_request_then_it_is_stored(
    qtbot: QtBot, appctx: AppContext, sim: Any
) -> None:
    got: list[tuple[str, ServiceInfo]] = []
    for who in ("status bar", "help center", "smoke test"):
        cache.service_info(appctx, on_success=lambda info, who=who: got.append((who, info)))
    _idle(qtbot, appctx)
    assert [who for who, _ in got] == ["status bar", "help center", "smoke test"]
    assert _calls(sim, "/service.json") == 1
    later: list[ServiceInfo] = []
    assert cache.service_info(appctx, on_success=later.append) is None  # stored: at once
    assert later == [got[0][1]] and _calls(sim, "/service.json") == 1
    assert cache.request_cache(appctx).joined == 2


def test_keys_are_per_language_and_a_new_connection_or_refresh_drops_them(
    qtbot: QtBot, appctx: AppContext, sim: Any, demo_profile: Any, client: Any
) -> None:
    got: list[list[Category]] = []
    cache.inquiry_types(appctx, "ko", on_success=got.append)
    cache.inquiry_types(appctx, "en", on_success=got.append)
    _idle(qtbot, appctx)
    assert _calls(sim, "/ticket/categories.json") == 2
    cache.inquiry_types(appctx, "en", on_success=got.append)
    assert len(got) == 3 and _calls(sim, "/ticket/categories.json") == 2
    # arranged as a tree on the worker: the model on the GUI thread only shows it
    assert isinstance(got[0], CategoryList) and tree_of(got[0]) is got[0].tree
    assert len(got[0].tree.children[-1]) == len([c for c in got[0] if c.parent == 0])
    appctx.session.set_connection(demo_profile, client)  # a new connection (generation)
    cache.inquiry_types(appctx, "en", on_success=got.append)
    _idle(qtbot, appctx)
    assert _calls(sim, "/ticket/categories.json") == 3
    cache.request_cache(appctx).invalidate()  # F5
    cache.inquiry_types(appctx, "en", on_success=got.append)
    _idle(qtbot, appctx)
    assert _calls(sim, "/ticket/categories.json") == 4 and len(got) == 5


def test_newest_ask_of_a_slot_wins_and_the_last_cancelled_asker_cancels_the_request(
    qtbot: QtBot, appctx: AppContext, sim: Any
) -> None:
    sim.faults.latency(0.3, "*/ticket/field/user/*")
    forms: list[int] = []
    cache.field_definitions(appctx, 2542, "ko", on_success=lambda _d: forms.append(2542), slot="t:fields")
    cache.field_definitions(appctx, 2570, "ko", on_success=lambda _d: forms.append(2570), slot="t:fields")
    _idle(qtbot, appctx)
    assert forms == [2570]  # the first ask of the slot was dropped (and its request cancelled)
    assert cache.request_cache(appctx).peek(("fields", 2542, "ko")) is None
    handle = cache.field_definitions(appctx, 2580, "ko", on_success=lambda _d: forms.append(2580))
    assert handle is not None
    handle.cancel()
    assert handle.cancelled and not handle.running
    _idle(qtbot, appctx)
    assert forms == [2570]


def test_a_failure_reaches_every_asker_is_reported_once_and_is_not_stored(
    qtbot: QtBot, appctx: AppContext, sim: Any, reported_errors: list[BaseException]
) -> None:
    fault = sim.faults.malformed_json("*/helpdoc/categories.json", times=1)  # not retried
    failures: list[BaseException] = []
    cache.faq_categories(appctx, "ko", on_success=lambda _c: None, on_failure=failures.append)
    cache.faq_categories(appctx, "ko", on_success=lambda _c: None)  # default: the presenter
    cache.faq_categories(appctx, "ko", on_success=lambda _c: None)
    _idle(qtbot, appctx)
    assert len(failures) == 1 and isinstance(failures[0], ContipleError)
    assert len(reported_errors) == 1 and _calls(sim, "/helpdoc/categories.json") == 1
    sim.faults.clear(fault)
    got: list[list[Category]] = []
    cache.faq_categories(appctx, "ko", on_success=got.append)
    _idle(qtbot, appctx)
    assert got and _calls(sim, "/helpdoc/categories.json") == 2
