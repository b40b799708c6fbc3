"""Property-based checks of the simulator's parsers and validators."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.sim.auth import expected_signature
from contiple_desktop.sim.seed_forms import FIELDS
from contiple_desktop.sim.uploads import parse_multipart
from contiple_desktop.sim.validation import _value_ok
from contiple_desktop.sim.wire import SimRequest
from tests.sim._raw import signature

FIELD = {f["code"]: f for f in FIELDS}
names = st.text(
    st.characters(blacklist_characters='"\\\r\n', blacklist_categories=("Cs",)), min_size=1, max_size=40
)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000), name=names)
def test_multipart_roundtrip(data: bytes, name: str) -> None:
    boundary = "----sim" + "x" * 20
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    parsed = parse_multipart(f"multipart/form-data; boundary={boundary}", body)
    assert parsed["file"]["data"] == data and parsed["file"]["filename"] == name


@settings(max_examples=80, deadline=None)
@given(
    pairs=st.lists(st.tuples(st.sampled_from(["a", "b", "page", "Z", "language"]), text), max_size=6),
    body=st.one_of(st.none(), text.map(lambda s: s.encode("utf-8"))),
)
def test_server_canonicalisation_matches_an_independent_one(
    pairs: list[tuple[str, str]], body: bytes | None
) -> None:
    req = SimRequest(
        method="POST",
        raw_path="/svc/openapi/v1/x.json",
        raw_query="",
        query_pairs=pairs,
        headers={},
        body=body or b"",
        peer_ip="127.0.0.1",
    )
    assert expected_signature("Org", "key", req, "1700000000000") == signature(
        "Org", "key", "/svc/openapi/v1/x.json", "1700000000000", pairs, body
    )


@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), span=st.integers(0, 400))
def test_date_period_formats(day: date, span: int) -> None:
    start, end = day.isoformat(), (day + timedelta(days=span)).isoformat()
    assert _value_ok(FIELD["date"], start)
    assert _value_ok(FIELD["dateperiod"], f"{start} ~ {end}")
    assert _value_ok(FIELD["dateperiod"], f"{end} ~ {start}") == (span == 0)


@given(moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)))
def test_datetime_formats(moment: datetime) -> None:
    value = moment.strftime("%Y-%m-%d %H:%M")
    assert _value_ok(FIELD["datetime"], value)
    assert not _value_ok(FIELD["datetime"], moment.strftime("%Y-%m-%d %H:%M:%S"))
    assert _value_ok(FIELD["datetimeperiod"], f"{value} ~ {value}")
