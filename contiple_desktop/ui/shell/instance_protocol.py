"""The hand-off message between two launches: one line of UTF-8 JSON each way (Qt-free).

Protocol (one connection = one message): the launch writes a ``CallRequest.to_json()`` object,
or ``{"v": 1, "activate": true}`` to bring the window to front without a call — optionally with
``"activation_token"`` (the Wayland XDG activation token the launcher got from the desktop). The
running instance answers ``ok`` or ``error <reason> [<option>]`` (a ``HandoffReason`` value).
No Qt here, so a launch can speak it before any GUI module is imported.
"""

from __future__ import annotations

import json
import re

from contiple_desktop.cli import in_any_region
from contiple_desktop.domain.handoff import MAX_JSON_BYTES, CallRequest, HandoffError, HandoffReason

MAX_MESSAGE = MAX_JSON_BYTES + 1024
"""Bytes per message line (a request at its limits plus an activation token)."""
ACTIVATE_KEY = "activate"
TOKEN_KEY = "activation_token"
PROTOCOL_VERSION = 1
_TOKEN_RE = re.compile(r"[\x21-\x7e]{1,512}")


def encode_message(request: CallRequest | None, activation_token: str | None = None) -> bytes:
    """The line a launch sends (without the newline)."""
    doc: dict[str, object] = (
        json.loads(request.to_json()) if request is not None else {"v": PROTOCOL_VERSION, ACTIVATE_KEY: True}
    )
    if activation_token and _TOKEN_RE.fullmatch(activation_token):
        doc[TOKEN_KEY] = activation_token
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_message(data: bytes, region: str) -> tuple[CallRequest | None, str | None]:
    """(request or None for "activate", activation token); ``HandoffError`` for anything else."""
    if len(data) > MAX_MESSAGE:
        raise HandoffError(HandoffReason.TOO_LONG)
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise HandoffError(HandoffReason.NOT_UTF8) from None
    except (ValueError, RecursionError):
        raise HandoffError(HandoffReason.MALFORMED) from None
    if not isinstance(doc, dict) or doc.get("v") != PROTOCOL_VERSION:
        raise HandoffError(HandoffReason.MALFORMED)
    token = doc.pop(TOKEN_KEY, None)
    if not (isinstance(token, str) and _TOKEN_RE.fullmatch(token)):
        token = None
    if doc.get(ACTIVATE_KEY) is True:
        return None, token
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return in_any_region(lambda r: CallRequest.from_json(text, region=r), region), token
