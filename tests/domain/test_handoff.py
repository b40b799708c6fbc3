"""Call hand-off parsing: the accepted forms exactly, every refusal with its stable reason."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.handoff import (
    MAX_ARG_BYTES,
    CallRequest,
    HandoffError,
    HandoffReason,
    HandoffSource,
    parse_handoff,
)

R = HandoffReason
# 010-5970…5999 is unassigned (not a valid number in the phonenumbers metadata).
MOBILE_MIDDLE = st.integers(1000, 9999).filter(lambda m: not 5970 <= m <= 5999)
KIM = CallRequest(
    phone="010-1001-5007",
    usercode="cust-001",
    name="김민준",
    email="minjun.kim@example.com",
    dnis="1588-1234",
    source=HandoffSource.COMMAND,
)


def _reason(tokens: list[str], region: str = "KR") -> HandoffReason:
    with pytest.raises(HandoffError) as excinfo:
        parse_handoff(tokens, region=region)
    return excinfo.value.reason


def test_call_command_with_every_option() -> None:
    tokens = [
        "call",
        "--phone",
        "010-1001-5007",
        "--usercode",
        "cust-001",
        "--name",
        "김민준",
        "--email",
        "minjun.kim@example.com",
        "--dnis",
        "1588-1234",
    ]
    assert parse_handoff(tokens) == KIM
    equals = [
        "call",
        "--phone=010-1001-5007",
        "--usercode=cust-001",
        "--name=김민준",
        "--email=minjun.kim@example.com",
        "--dnis=1588-1234",
    ]
    assert parse_handoff(equals) == KIM
    reordered = ["call", "--name", "김민준", "--phone", "010-1001-5007"]
    assert parse_handoff(reordered) == CallRequest("010-1001-5007", name="김민준")


def test_url_form() -> None:
    url = (
        "contiple-desktop://call?phone=010-1001-5007&usercode=cust-001&name=%EA%B9%80%EB%AF%BC%EC%A4%80"
        "&email=minjun.kim%40example.com&dnis=1588-1234"
    )
    request = parse_handoff([url])
    assert request is not None
    assert request.values() == KIM.values() and request.source is HandoffSource.URL


@pytest.mark.parametrize(
    ("url", "phone"),
    [
        ("contiple-desktop://call?phone=%2B82-10-1001-5007", "+82-10-1001-5007"),
        ("contiple-desktop://call?phone=+82-10-1001-5007", "+82-10-1001-5007"),  # '+' is a plus
        ("contiple-desktop://call/?phone=01010015007", "01010015007"),
        ("Contiple-Desktop://CALL?phone=01010015007", "01010015007"),
        ("contiple-desktop:call?phone=01010015007", "01010015007"),
        ("contiple-desktop://call?phone=010%201001%205007&", "010 1001 5007"),
        ("contiple-desktop://call?phone=01010015007#ignored", "01010015007"),
        ("contiple-desktop://call?phone=tel%3A%2B821010015007", "+821010015007"),
        ("contiple-desktop://call?phone=%EF%BC%90%EF%BC%91%EF%BC%90-1001-5007", "010-1001-5007"),  # ０１０
    ],
)
def test_url_spellings(url: str, phone: str) -> None:
    request = parse_handoff([url])
    assert request is not None and request.phone == phone


@pytest.mark.parametrize(
    ("token", "source", "phone", "region"),
    [
        ("tel:+82-10-1001-5007", HandoffSource.TEL, "+82-10-1001-5007", "KR"),
        ("tel:010.1001.5007", HandoffSource.TEL, "010.1001.5007", "KR"),
        ("callto:01010015007", HandoffSource.CALLTO, "01010015007", "KR"),
        ("callto://+821010015007", HandoffSource.CALLTO, "+821010015007", "KR"),
        ("tel:+81-90-1234-5678", HandoffSource.TEL, "+81-90-1234-5678", "KR"),
        ("tel:090-1234-5678", HandoffSource.TEL, "090-1234-5678", "JP"),
        ("tel:%2B82%2010%201001%205007", HandoffSource.TEL, "+82 10 1001 5007", "KR"),
        ("tel:+82-10-1001-5007;ext=12", HandoffSource.TEL, "+82-10-1001-5007", "KR"),
        ("TEL:1001-5007;phone-context=+82-10", HandoffSource.TEL, "+82-101001-5007", "KR"),
        ("tel:０９０－１２３４－５６７８", HandoffSource.TEL, "090-1234-5678", "JP"),
    ],
)
def test_tel_and_callto(token: str, source: HandoffSource, phone: str, region: str) -> None:
    request = parse_handoff([token], region=region)
    assert request == CallRequest(phone=phone, source=source)
    assert request.phone_number(region).e164 in ("+821010015007", "+819012345678")


def test_no_tokens_is_no_handoff() -> None:
    assert parse_handoff([]) is None


@pytest.mark.parametrize(
    ("tokens", "reason", "option"),
    [
        (["mailto:a@b.com"], R.UNKNOWN_SCHEME, None),
        (["https://evil.example.com/call?phone=1"], R.UNKNOWN_SCHEME, None),
        (["C:\\Users\\x"], R.UNKNOWN_SCHEME, None),
        (["contiple-desktop://open?phone=01010015007"], R.UNKNOWN_ACTION, None),
        (["01010015007"], R.UNEXPECTED_ARGUMENT, None),
        (["--phone", "01010015007"], R.UNEXPECTED_ARGUMENT, None),
        (["call", "01010015007"], R.UNEXPECTED_ARGUMENT, None),
        (["tel:01010015007", "extra"], R.UNEXPECTED_ARGUMENT, None),
        (["call"], R.MISSING_PHONE, "phone"),
        (["call", "--name", "김민준"], R.MISSING_PHONE, "phone"),
        (["call", "--phone="], R.MISSING_PHONE, "phone"),
        (["call", "--phone", "  "], R.MISSING_PHONE, "phone"),
        (["contiple-desktop://call?name=x"], R.MISSING_PHONE, "phone"),
        (["contiple-desktop://call?phone="], R.MISSING_PHONE, "phone"),
        (["tel:"], R.MISSING_PHONE, "phone"),
        (["call", "--phone"], R.MISSING_VALUE, "phone"),
        (["call", "--phone", "--name", "x"], R.MISSING_VALUE, "phone"),
        (["contiple-desktop://call?phone"], R.MISSING_VALUE, "phone"),
        (["call", "--phone", "1", "--fax", "2"], R.UNKNOWN_OPTION, "--fax"),
        (["call", "-p", "01010015007"], R.UNKNOWN_OPTION, "-p"),
        (["call", "--phone", "01010015007", "--help"], R.UNKNOWN_OPTION, "--help"),
        (["contiple-desktop://call?phone=01010015007&callid=9"], R.UNKNOWN_OPTION, "callid"),
        (
            ["contiple-desktop://call?phone=01010015007&01099998888=1"],
            R.UNKNOWN_OPTION,
            None,
        ),  # no value echoed
        (["call", "--phone", "01010015007", "--phone", "01010015008"], R.DUPLICATE_OPTION, "phone"),
        (["contiple-desktop://call?phone=01010015007&phone=01010015008"], R.DUPLICATE_OPTION, "phone"),
        (["call", "--phone", "12"], R.INVALID_PHONE, "phone"),
        (["call", "--phone", "010-1001-5007abc"], R.INVALID_PHONE, "phone"),
        (["tel:abc"], R.INVALID_PHONE, "phone"),
        (["callto:echo123"], R.INVALID_PHONE, "phone"),
        (["tel:090-1234-5678"], R.INVALID_PHONE, "phone"),  # not a Korean number
        (["call", "--phone", "01010015007", "--email", "not-an-address"], R.INVALID_VALUE, "email"),
        (["call", "--phone", "01010015007", "--dnis", "hotline"], R.INVALID_VALUE, "dnis"),
        (["call", "--phone", "x" * (MAX_ARG_BYTES + 1)], R.TOO_LONG, None),
        (["tel:" + "1" * 10_000], R.TOO_LONG, None),
        (["contiple-desktop://call?phone=" + "%31" * 700], R.TOO_LONG, None),
        (["call", "--phone", "01010015007", "--usercode", "u" * 51], R.TOO_LONG, "usercode"),
        (["call", "--phone", "01010015007", "--name", "김" * 101], R.TOO_LONG, "name"),
        (["call"] + ["--name", "x"] * 10, R.TOO_LONG, None),
        (["call", "--phone", "010\udcff1001"], R.NOT_UTF8, None),
        (["tel:\udc80"], R.NOT_UTF8, None),
        (["contiple-desktop://call?phone=%FF%FE"], R.NOT_UTF8, None),
        (["tel:%C3%28"], R.NOT_UTF8, "phone"),
        (["call", "--phone", "01010015007", "--name", "Kim\nDROP"], R.CONTROL_CHARACTERS, None),
        (["call", "--phone", "01010015007", "--name", "\u202eevil"], R.CONTROL_CHARACTERS, None),
        (["contiple-desktop://call?phone=01010015007&name=a%00b"], R.CONTROL_CHARACTERS, "name"),
        (["tel:010%0A1001%0A5007"], R.CONTROL_CHARACTERS, "phone"),
    ],
)
def test_refusals(tokens: list[str], reason: HandoffReason, option: str | None) -> None:
    with pytest.raises(HandoffError) as excinfo:
        parse_handoff(tokens)
    assert (excinfo.value.reason, excinfo.value.option) == (reason, option)


def test_error_messages_never_repeat_values() -> None:
    for tokens in (
        ["call", "--phone", "01010015007", "--email", "secret-but-bad"],
        ["contiple-desktop://call?phone=01010015007&01099998888=1"],
        ["call", "--phone", "01099998888x"],
    ):
        with pytest.raises(HandoffError) as excinfo:
            parse_handoff(tokens)
        assert "0109999" not in str(excinfo.value) and "secret" not in str(excinfo.value)


def test_empty_optional_values_are_absent() -> None:
    request = parse_handoff(["contiple-desktop://call?phone=01010015007&name=&email=&usercode=%20"])
    assert request == CallRequest("01010015007", source=HandoffSource.URL)


def test_repr_masks() -> None:
    text = repr(KIM)
    assert "1001-5007" not in text and "minjun.kim" not in text and "김민준" not in text
    assert "cust-001" in text


# -- JSON between two instances ----------------------------------------------------------------


def test_json_round_trip() -> None:
    text = KIM.to_json()
    assert json.loads(text) == {"v": 1, **KIM.values(), "source": "call"}
    assert CallRequest.from_json(text) == KIM
    assert CallRequest.from_json(text.encode("utf-8")) == KIM
    newer_peer = json.dumps({**json.loads(text), "priority": "high"})
    assert CallRequest.from_json(newer_peer) == KIM


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("", R.MALFORMED),
        ("null", R.MALFORMED),
        ("[]", R.MALFORMED),
        ('{"phone": "01010015007", "source": "call"}', R.MALFORMED),  # no version
        ('{"v": 2, "phone": "01010015007", "source": "call"}', R.MALFORMED),
        ('{"v": 1, "phone": "01010015007", "source": "fax"}', R.MALFORMED),
        ('{"v": 1, "phone": 1010015007, "source": "call"}', R.MALFORMED),
        ('{"v": 1, "source": "call"}', R.MISSING_PHONE),
        ('{"v": 1, "phone": "12", "source": "call"}', R.INVALID_PHONE),
        ('{"v": 1, "phone": "01010015007", "name": "a\\u0000b", "source": "call"}', R.CONTROL_CHARACTERS),
        ('{"v": 1, "phone": "01010015007", "name": "\\udcff", "source": "call"}', R.NOT_UTF8),
        ('{"v": 1, "phone": "01010015007", "usercode": "' + "u" * 60 + '", "source": "call"}', R.TOO_LONG),
        ("[" * 5000 + "]" * 5000, R.TOO_LONG),
        ("[" * 4000, R.MALFORMED),  # deep nesting must not escape as RecursionError
        (b"\xff\xfe", R.NOT_UTF8),
        (b"x" * 9000, R.TOO_LONG),
        ("\udcff", R.NOT_UTF8),
    ],
)
def test_from_json_refusals(data: str | bytes, reason: HandoffReason) -> None:
    with pytest.raises(HandoffError) as excinfo:
        CallRequest.from_json(data)
    assert excinfo.value.reason is reason


def test_from_json_refuses_other_types() -> None:
    with pytest.raises(HandoffError):
        CallRequest.from_json(123)  # type: ignore[arg-type]


# -- properties ----------------------------------------------------------------------------------

ANY_CHAR = st.characters(codec=None, categories=None)  # surrogates and controls included
ANY_TEXT = st.text(ANY_CHAR, max_size=60)
SCHEMES = st.sampled_from(["", "tel:", "callto:", "contiple-desktop://call?", "contiple-desktop://", "call"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ANY_TEXT, max_size=6))
def test_arbitrary_tokens_raise_only_handoff_error(tokens: list[str]) -> None:
    try:
        result = parse_handoff(tokens)
    except HandoffError as exc:
        assert isinstance(exc.reason, HandoffReason)
        return
    assert result is None or isinstance(result, CallRequest)


@settings(max_examples=400, deadline=None)
@given(
    scheme=SCHEMES,
    rest=ANY_TEXT,
    more=st.lists(st.sampled_from(["--phone", "--name", "x", "--"]), max_size=3),
)
def test_near_misses_raise_only_handoff_error(scheme: str, rest: str, more: list[str]) -> None:
    tokens = ["call", *more, rest] if scheme == "call" else [scheme + rest]
    try:
        parse_handoff(tokens)
    except HandoffError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHAR, max_size=300) | st.binary(max_size=300))
def test_from_json_raises_only_handoff_error(data: str | bytes) -> None:
    try:
        CallRequest.from_json(data)
    except HandoffError:
        pass


FIELD_TEXT = st.text(
    st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters="\u2028\u2029"), max_size=30
).map(str.strip)


@settings(max_examples=200, deadline=None)
@given(
    middle=MOBILE_MIDDLE,
    last=st.integers(0, 9999),
    usercode=FIELD_TEXT,
    name=FIELD_TEXT,
    local=st.from_regex(r"[a-z][a-z0-9._+\-]{0,15}", fullmatch=True),
    dnis=st.from_regex(r"[0-9]{2,4}-[0-9]{4}", fullmatch=True),
)
def test_every_form_round_trips(
    middle: int, last: int, usercode: str, name: str, local: str, dnis: str
) -> None:
    request = parse_handoff(
        [
            "call",
            "--phone",
            f"010-{middle}-{last:04d}",
            f"--usercode={usercode}",  # = form: free text may start with "-" or be "--"
            f"--name={name}",
            "--email",
            f"{local}@example.com",
            "--dnis",
            dnis,
        ]
    )
    assert request is not None
    assert parse_handoff(request.to_argv()) == request
    via_url = parse_handoff([request.to_url()])
    assert via_url is not None and via_url.values() == request.values()
    assert CallRequest.from_json(request.to_json()) == request


def test_an_option_value_that_looks_like_an_option_needs_the_equals_form() -> None:
    with pytest.raises(HandoffError) as info:
        parse_handoff(["call", "--phone", "010-1001-5007", "--name", "--"])
    assert info.value.reason is HandoffReason.MISSING_VALUE
    request = parse_handoff(["call", "--phone", "010-1001-5007", "--name=--"])
    assert request is not None and request.name == "--"
