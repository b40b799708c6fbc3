"""A tiny raw HTTP client for simulator tests, with its own signing (not contiple_desktop.api)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlencode

import requests

from contiple_desktop.sim import SimServer

Pairs = Sequence[tuple[str, str]]


def signature(
    org: str,
    key: str,
    path: str,
    ts: str,
    query: Iterable[tuple[str, str]] = (),
    body: bytes | None = None,
    file: bytes | None = None,
) -> str:
    text = org + path
    if file is not None:
        text += hashlib.md5(file).hexdigest()
    else:
        first: dict[str, str] = {}
        for k, v in query:
            first.setdefault(k, v)
        text += "&".join(first[k] for k in sorted(first))
        if body:
            text += ("&" if first else "") + body.decode("utf-8")
    text += ts
    return base64.b64encode(hmac.new(key.encode(), text.encode(), hashlib.sha256).digest()).decode()


class Raw:
    """Requests against one simulator; ``signed=True`` adds Authorization and X-TC-Timestamp."""

    def __init__(self, sim: SimServer) -> None:
        self.sim = sim
        self.session = requests.Session()

    def close(self) -> None:
        self.session.close()

    def path(self, rel: str) -> str:
        return f"/{self.sim.service_id}/{rel}"

    def auth(
        self,
        path: str,
        query: Pairs = (),
        body: bytes | None = None,
        file: bytes | None = None,
        ts: str | None = None,
        key: str | None = None,
    ) -> dict[str, str]:
        ts = ts or str(self.sim.clock.now_ms())
        sig = signature(self.sim.organization_id, key or self.sim.api_key, path, ts, query, body, file)
        return {"Authorization": sig, "X-TC-Timestamp": ts}

    def request(
        self,
        method: str,
        rel: str,
        query: Pairs = (),
        *,
        body: bytes | None = None,
        signed: bool = False,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        path = self.path(rel)
        url = self.sim.base_url + path + ("?" + urlencode(list(query)) if query else "")
        all_headers = dict(headers or {})
        if signed:
            all_headers = {**self.auth(path, query, body), **all_headers}
        if body is not None:
            all_headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return self.session.request(method, url, data=body, headers=all_headers, timeout=10, **kwargs)

    def get(self, rel: str, query: Pairs = (), **kwargs: Any) -> requests.Response:
        return self.request("GET", rel, query, **kwargs)

    def get_json(self, rel: str, query: Pairs = (), **kwargs: Any) -> dict[str, Any]:
        response = self.get(rel, query, **kwargs)
        return dict(response.json())

    def post_json(self, rel: str, obj: Any, query: Pairs = (), **kwargs: Any) -> requests.Response:
        body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        kwargs.setdefault("signed", True)
        return self.request("POST", rel, query, body=body, **kwargs)

    def upload(self, name: str, data: bytes, *, headers: dict[str, str] | None = None) -> requests.Response:
        path = self.path("openapi/v1/ticket/attachments/upload.json")
        all_headers = {**self.auth(path, file=data), **(headers or {})}
        return self.session.post(
            self.sim.base_url + path, files={"file": (name, data)}, headers=all_headers, timeout=10
        )

    def upload_id(self, name: str = "shot.png", data: bytes | None = None) -> str:
        from contiple_desktop.sim import seed_files

        response = self.upload(name, data if data is not None else seed_files.png())
        assert response.json()["header"]["isSuccessful"], response.text
        return str(response.json()["result"]["content"]["attachmentId"])


def header(doc: dict[str, Any]) -> tuple[int, Any, bool]:
    h = doc["header"]
    return h["resultCode"], h["resultMessage"], h["isSuccessful"]
