"""'Test connection' against the simulator: success and every documented way to fail.

The probe makes exactly one unsigned call and one signed call; each failure becomes one
precise finding. ``run_connection_test`` is the blocking body of the ``test_connection`` op;
the last tests drive the op through the dialog.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.tasks import connection_ops as ops
from contiple_desktop.tasks.connection_ops import ConnectionReport, Severity
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.profiles.connection_text import finding_text
from contiple_desktop.ui.profiles.dialog import ProfilesDialog
from tests.ui.profiles.helpers import by_name, files_containing, using, wait_idle


@pytest.fixture
def probe_sim() -> Iterator[SimServer]:
    with SimServer(SimConfig()) as server:
        yield server


def sim_profile(sim: SimServer, **changes: object) -> ConnectionProfile:
    profile = ConnectionProfile(
        name="Simulator",
        service_id=sim.service_id,
        organization_id=sim.organization_id,
        environment=Environment.CUSTOM,
        custom_url=sim.base_url,
        language="en",
    )
    return profile.with_changes(**changes) if changes else profile


def probe(sim: SimServer, key: str | None = None, **changes: object) -> ConnectionReport:
    return ops.run_connection_test(sim_profile(sim, **changes), sim.api_key if key is None else key)


def only_error(report: ConnectionReport) -> str:
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert len(errors) == 1, report.findings
    assert not report.ok
    return errors[0].code


def test_success_makes_one_unsigned_and_one_signed_call(
    probe_sim: SimServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    report = probe(probe_sim)
    assert report.ok and report.codes() == ["service_ok", "signed_ok"]
    assert report.base_url == probe_sim.base_url
    assert report.service_name and {"ko", "en", "ja"} <= set(report.languages)
    assert report.clock_skew_ms == 0
    calls = [(r["method"], r["path"]) for r in probe_sim.requests()]
    sid = probe_sim.service_id
    assert calls == [
        ("GET", f"/{sid}/api/v2/service.json"),
        ("GET", f"/{sid}/openapi/v1/ticket/enduser/contiple-desktop-probe/list.json"),
    ]
    assert ["pageSize", "1"] in [list(p) for p in probe_sim.requests()[1]["query"]]
    assert probe_sim.api_key not in caplog.text


def test_wrong_key_names_both_candidates(probe_sim: SimServer) -> None:
    report = probe(probe_sim, key="0" * 32)
    assert only_error(report) == "bad_credentials"
    message = finding_text(report.findings[-1])
    assert "API key or the organization ID" in message and "unsigned request succeeded" in message
    assert report.codes()[0] == "service_ok"  # the domain and service were right


def test_wrong_organization_id(probe_sim: SimServer) -> None:
    report = probe(probe_sim, organization_id="AbcdE1fghIj23K4x")
    assert only_error(report) == "bad_credentials"


def test_ip_not_allowed(probe_sim: SimServer) -> None:
    probe_sim.config.ip_allow_list = ["10.9.8.7"]
    report = probe(probe_sim)
    assert only_error(report) == "ip_not_allowed"
    assert "IP address is not on the service's list" in finding_text(report.findings[-1])


def test_open_api_disabled(probe_sim: SimServer) -> None:
    probe_sim.config.open_api_enabled = False
    report = probe(probe_sim)
    assert only_error(report) == "open_api_disabled"
    assert "Open API is not enabled" in finding_text(report.findings[-1])


def test_clock_off_by_seven_minutes_is_a_warning(probe_sim: SimServer) -> None:
    probe_sim.set_clock_skew_ms(7 * 60_000)
    report = probe(probe_sim)
    assert report.ok  # the client re-synchronised from the Date header
    assert report.codes() == ["service_ok", "signed_ok", "clock_skew"]
    warning = report.findings[-1]
    assert warning.severity is Severity.WARNING
    text = finding_text(warning)  # "7 minutes" with the English plural catalogue, "7 minute(s)" without
    assert "off by 7 minute" in text and "(behind the server)" in text
    assert report.clock_skew_ms is not None and abs(report.clock_skew_ms - 420_000) < 2_000


def test_unreachable_port_shows_the_url() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    profile = ConnectionProfile(
        name="x",
        service_id="svc",
        organization_id="AbcdE1fghIj23K4x",
        environment=Environment.CUSTOM,
        custom_url=url,
    )
    report = ops.run_connection_test(profile, "k" * 32)
    assert only_error(report) == "unreachable"
    assert finding_text(report.findings[-1]).startswith(f"Cannot reach {url}:")


def test_unknown_service_id(probe_sim: SimServer) -> None:
    report = probe(probe_sim, service_id="NoSuchService")
    assert only_error(report) == "service_unknown"
    assert "\u201cNoSuchService\u201d" in finding_text(report.findings[-1])
    assert len(probe_sim.requests()) == 1  # no signed call after the unsigned one failed


def test_html_page_is_not_a_contiple_server(probe_sim: SimServer) -> None:
    probe_sim.faults.html_error("service.json", status=502)
    report = probe(probe_sim)
    assert only_error(report) == "not_contiple"
    assert "not like a Contiple server (HTTP 502" in finding_text(report.findings[-1])


def test_plain_http_to_a_remote_host_is_refused_before_any_request() -> None:
    profile = ConnectionProfile(
        name="x",
        service_id="svc",
        organization_id="AbcdE1fghIj23K4x",
        environment=Environment.CUSTOM,
        custom_url="http://contiple.example.com",
    )
    report = ops.run_connection_test(profile, "k" * 32)
    assert only_error(report) == "insecure_url"
    assert "Plain http to http://contiple.example.com is refused" in finding_text(report.findings[0])


def test_bad_organization_id_format_is_a_warning(probe_sim: SimServer) -> None:
    report = probe(probe_sim, organization_id="short")
    assert report.codes()[0] == "organization_id_format"
    assert report.codes()[-1] == "bad_credentials"


def _dialog_with(qtbot: QtBot, ctx: AppContext, profile: ConnectionProfile, key: str) -> ProfilesDialog:
    store = ProfileStore(ctx.paths.config_dir / "profiles.json", ctx.settings)
    keys = ApiKeys(MemorySecretStore())
    store.put(profile)
    keys.store(profile.profile_id, key)
    dialog = ProfilesDialog(using(ctx, store, keys))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def _run_test(qtbot: QtBot, ctx: AppContext, dialog: ProfilesDialog) -> list[str]:
    button = by_name(dialog, QPushButton, "Test connection")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard only
    assert by_name(dialog, QLabel, "Connection test summary").text() == "Testing the connection\u2026"
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(button.isEnabled)
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.property("findingCode") is not None and not label.isHidden()
    ]


def test_dialog_shows_success_findings(
    qtbot: QtBot, offline_appctx: AppContext, probe_sim: SimServer
) -> None:
    dialog = _dialog_with(qtbot, offline_appctx, sim_profile(probe_sim), probe_sim.api_key)
    texts = _run_test(qtbot, offline_appctx, dialog)
    assert by_name(dialog, QLabel, "Connection test summary").text() == "The connection works."
    assert texts[-1] == "The API key and the organization ID were accepted."
    assert files_containing(offline_appctx.paths.config_dir.parent, probe_sim.api_key) == []


def test_dialog_shows_failure_findings_with_selectable_text(
    qtbot: QtBot, offline_appctx: AppContext, probe_sim: SimServer
) -> None:
    probe_sim.config.open_api_enabled = False
    dialog = _dialog_with(qtbot, offline_appctx, sim_profile(probe_sim), probe_sim.api_key)
    texts = _run_test(qtbot, offline_appctx, dialog)
    assert by_name(dialog, QLabel, "Connection test summary").text() == "The connection does not work yet:"
    assert "Open API is not enabled" in texts[-1]
    [label] = [w for w in dialog.findChildren(QLabel) if w.text() == texts[-1]]
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.accessibleName().startswith("Problem: ")


def test_no_answer_in_time_is_unreachable(probe_sim: SimServer) -> None:
    probe_sim.faults.latency(1.0, "service.json", times=1)
    report = ops.run_connection_test(sim_profile(probe_sim), probe_sim.api_key, read_timeout=0.2)
    assert only_error(report) == "unreachable"
    expected = f"Cannot reach {probe_sim.base_url}: no answer in time."
    assert finding_text(report.findings[-1]).startswith(expected)
