"""Caller-lookup settings (per profile) and the identity they map to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.lookup import CallerIdentity, CallerLookupConfig, check_lookup_url
from contiple_desktop.domain.phone import PhoneFormat
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.storage.profiles import ProfileStore

URL = "https://crm.example.com/contiple/customer"
FULL = CallerLookupConfig(
    url=URL,
    phone_field="callNum",
    constant_fields=(("nation", "korea"), ("site", "7")),
    usercode_item="memberId",
    name_item="userName",
    email_item="mail",
    phone_item="tel",
    encryption=True,
    phone_format=PhoneFormat.E164,
)


def test_round_trip_and_defaults() -> None:
    assert CallerLookupConfig.from_dict(FULL.to_dict()) == FULL
    minimal = CallerLookupConfig.from_dict({"url": URL})
    assert minimal == CallerLookupConfig(url=URL)
    assert (minimal.phone_field, minimal.usercode_item, minimal.name_item) == ("callNum", "id", "userName")
    assert minimal.phone_format is PhoneFormat.NATIONAL_DIGITS and not minimal.encryption
    assert "key" not in json.dumps(FULL.to_dict()).lower()  # the security key is never part of it


def test_from_dict_is_lenient_about_shape() -> None:
    config = CallerLookupConfig.from_dict(
        {
            "url": f"  {URL}  ",
            "phone_field": 7,  # wrong type → default
            "constant_fields": {"nation": "korea", "n": 3, "skip": None, "flag": True},
            "encryption": "yes",  # not a bool → off
            "phone_format": "carrier-pigeon",
            "name_item": " userName ",
        }
    )
    assert config.url == URL and config.phone_field == "callNum" and not config.encryption
    assert config.constant_fields == (("nation", "korea"), ("n", "3"))
    assert config.phone_format is PhoneFormat.NATIONAL_DIGITS and config.name_item == "userName"
    pairs = CallerLookupConfig.from_dict({"url": URL, "constant_fields": [["a", "1"], ["b"], "c", [1, "x"]]})
    assert pairs.constant_fields == (("a", "1"),)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "crm.example.com/x",
        "ftp://crm.example.com/x",
        "http://crm.example.com/x",
        "https://user:pw@crm.example.com/x",
        "https://crm.example.com/x#frag",
        "https:///x",
        "https://crm.example.com/" + "a" * 2100,
        "https://crm.example.com/\nx",
    ],
)
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        check_lookup_url(url)
    with pytest.raises(ConfigurationError):
        CallerLookupConfig.from_dict({"url": url})


@pytest.mark.parametrize(
    "url",
    [
        "https://crm.example.com/x",
        "http://127.0.0.1:8080/_demo/customer-info",
        "http://localhost/x",
        "http://[::1]:9/x",
        "https://crm.example.com/x?version=2",
    ],
)
def test_good_urls(url: str) -> None:
    assert check_lookup_url(url) == url


@pytest.mark.parametrize(
    "changes",
    [
        {"phone_field": ""},
        {"phone_field": "a\nb"},
        {"phone_field": "x" * 101},
        {"constant_fields": (("callNum", "1"),)},  # collides with the phone field
        {"constant_fields": (("a", "1"), ("a", "2"))},
        {"constant_fields": (("", "1"),)},
        {"constant_fields": (("a", "x" * 501),)},
        {"constant_fields": tuple((f"k{i}", "v") for i in range(21))},
        {"usercode_item": "", "name_item": "", "email_item": "", "phone_item": ""},
    ],
)
def test_validation(changes: dict[str, object]) -> None:
    data = {**CallerLookupConfig(url=URL).to_dict(), **changes}
    if "constant_fields" in changes:
        data["constant_fields"] = [list(p) for p in changes["constant_fields"]]  # type: ignore[attr-defined]
    with pytest.raises(ConfigurationError):
        CallerLookupConfig.from_dict(data)


def test_request_body_puts_the_phone_first() -> None:
    assert list(FULL.request_body("+821010015007").items()) == [
        ("callNum", "+821010015007"),
        ("nation", "korea"),
        ("site", "7"),
    ]


def test_identity_from_result() -> None:
    data = {
        "memberId": "cust-001",
        "userName": " 김민준 ",
        "mail": "minjun.kim@example.com",
        "tel": 1234,
        "other": "x",
    }
    identity = CallerIdentity.from_result(data, FULL)
    assert identity == CallerIdentity("cust-001", "김민준", "minjun.kim@example.com", "1234")
    assert identity.known
    odd = CallerIdentity.from_result({"memberId": True, "userName": ["x"], "mail": "", "tel": "a\x00b"}, FULL)
    assert odd == CallerIdentity(None, None, None, "ab") and not odd.known
    long = CallerIdentity.from_result({"userName": "x" * 1000}, FULL)
    assert long.name is not None and len(long.name) == 200
    unmapped = CallerLookupConfig(url=URL, email_item="", phone_item="")
    assert CallerIdentity.from_result({"email": "a@b.com", "id": "u"}, unmapped).email is None
    assert CallerIdentity(phone="010").with_phone("x").phone == "010"
    assert CallerIdentity().with_phone("010-1001-5007").phone == "010-1001-5007"


def test_identity_repr_masks_personal_data() -> None:
    text = repr(CallerIdentity("cust-001", "김민준", "minjun.kim@example.com", "010-1001-5007"))
    assert "cust-001" in text
    for secret in ("김민준", "minjun.kim", "1001-5007"):
        assert secret not in text


# -- the profile carries it -------------------------------------------------------------------


def _profile(**kw: object) -> ConnectionProfile:
    return ConnectionProfile(
        name="Prod",
        service_id="APISimple",
        organization_id="WopqM8euoYw89B7i",
        domain="nhn-cs",
        **kw,  # type: ignore[arg-type]
    )


def test_profile_serialises_the_lookup() -> None:
    profile = _profile(caller_lookup=FULL)
    data = profile.to_dict()
    assert data["caller_lookup"] == FULL.to_dict()
    assert ConnectionProfile.from_dict(json.loads(json.dumps(data))) == profile
    plain = _profile()
    assert "caller_lookup" not in plain.to_dict()  # old readers see exactly the old shape
    assert ConnectionProfile.from_dict(plain.to_dict()).caller_lookup is None


def test_an_unusable_stored_lookup_does_not_lose_the_profile() -> None:
    data = {**_profile().to_dict(), "caller_lookup": {"url": "http://remote.example.com/x"}}
    profile = ConnectionProfile.from_dict(data)
    assert profile.name == "Prod" and profile.caller_lookup is None
    assert ConnectionProfile.from_dict({**data, "caller_lookup": "garbage"}).caller_lookup is None


def test_old_profile_files_still_load_and_new_ones_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    old = {
        "format": 1,
        "profiles": [
            {
                "name": "Old",
                "service_id": "svc",
                "organization_id": "org",
                "environment": "beta",
                "domain": "acme",
                "custom_url": "",
                "oucode": "",
                "language": "ja",
                "profile_id": "p1",
            }
        ],
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    store = ProfileStore(path)
    (loaded,) = store.load()
    assert loaded.environment is Environment.BETA and loaded.caller_lookup is None
    store.put(loaded.with_changes(caller_lookup=FULL))
    (again,) = ProfileStore(path).load()
    assert again.caller_lookup == FULL


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(list(FULL.to_dict()) + ["x"]),
        st.none()
        | st.text()
        | st.integers()
        | st.booleans()
        | st.lists(st.lists(st.text(), max_size=3), max_size=4),
    )
)
def test_from_dict_raises_only_configuration_error(data: dict[str, object]) -> None:
    try:
        config = CallerLookupConfig.from_dict(data)
    except ConfigurationError:
        return
    assert CallerLookupConfig.from_dict(config.to_dict()) == config
