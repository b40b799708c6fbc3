"""The signing rule reproduces every published/derived vector in shared/signing-vectors.json."""

from __future__ import annotations

import json

import pytest

from contiple_desktop.api import signing
from tests.conftest import SHARED_DIR, SIGNING_VECTORS_FILE

# The project keeps a copy so the suite runs anywhere; when the shared reference sits beside the
# checkout (as in CI), the copy must still be identical to it.
VECTORS = json.loads(SIGNING_VECTORS_FILE.read_text(encoding="utf-8"))


def test_local_copy_matches_the_shared_reference() -> None:
    shared = SHARED_DIR / "signing-vectors.json"
    if not shared.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert json.loads(shared.read_text(encoding="utf-8")) == VECTORS


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vector(case: dict) -> None:
    body = case["body"].encode("utf-8") if "body" in case else None
    file_md5 = signing.md5_hex(case["file_text"].encode("utf-8")) if "file_text" in case else None
    if file_md5 is not None:
        assert file_md5 == case["file_md5"]
    query = [(k, v) for k, v in case["query"]]
    s = signing.string_to_sign(
        VECTORS["organization_id"], case["path"], VECTORS["timestamp"],
        query=query, body=body, file_md5=file_md5,
    )
    assert s == case["string_to_sign"]
    assert signing.sign(VECTORS["api_key"], s) == case["authorization"]
    assert len(case["authorization"]) == 44


def test_member_token_known_answer() -> None:
    """The platform's only published HMAC vector (member integration) uses the same primitive."""
    msg = "hangame&testusercode&testUsername&test@email.com&123456789&1660095873001"
    assert signing.sign("7cf2828608274a49a3f06152b2188927", msg) == (
        "Ah9M58CQ9RFTShjFuqziQr+0MjmJxN6+bzWxMD71moo="
    )


def test_empty_value_still_separates_body() -> None:
    s = signing.string_to_sign("O", "/s/openapi/v1/x.json", "1", query=[("a", "")], body=b"{}")
    assert s == "O/s/openapi/v1/x.json&{}1"
