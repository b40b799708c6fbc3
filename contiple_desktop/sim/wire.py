"""Request/response values and the wire helpers shared by the routes: envelope, paging, sorting."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from contiple_desktop.sim.state import Json, SimState, pick

# resultCode → HTTP status when the simulator maps error codes onto the status line (§5 Q1).
_HTTP_FOR_CODE = {200: 200, 400: 400, 403: 403, 404: 404, 405: 405, 500: 500}


@dataclass
class SimRequest:
    """One parsed request as the routes see it (raw values kept for signature checks)."""

    method: str
    raw_path: str
    raw_query: str
    query_pairs: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    peer_ip: str
    multipart: dict[str, Any] | None = None  # filled by uploads.parse_multipart for multipart bodies

    def __post_init__(self) -> None:
        self.params: dict[str, str] = {}
        for key, value in self.query_pairs:
            self.params.setdefault(key, value)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def language(self) -> str | None:
        return self.params.get("language") or None


@dataclass
class SimResponse:
    """What the handler writes: a JSON envelope or raw file bytes."""

    status: int
    body: bytes
    content_type: str = "application/json;charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    result_code: int | None = None


def envelope(code: int, message: str | None, result: Any, *, http_errors: bool = True) -> SimResponse:
    ok = code == 200
    doc = {"header": {"resultCode": code, "resultMessage": "" if ok and message is None else message,
                      "isSuccessful": ok},
           "result": result}
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    status = _HTTP_FOR_CODE.get(code, 200) if http_errors else 200
    return SimResponse(status=status, body=body, result_code=code)


def ok_content(content: Any) -> SimResponse:
    return envelope(200, "", {"content": content})


def ok_contents(contents: list[Any], **extra: Any) -> SimResponse:
    return envelope(200, "", {"contents": contents, **extra})


def int_param(params: dict[str, str], name: str) -> int | None:
    value = params.get(name)
    if value is None or value.strip() == "":
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def paginate(items: Sequence[Json], params: dict[str, str]) -> tuple[list[Json], dict[str, int]]:
    """Slice ``items``; ``page`` ≥ 1, ``pageSize`` clamped to 1..200 (default 1 and 10)."""
    page = max(1, int_param(params, "page") or 1)
    size = int_param(params, "pageSize")
    size = 10 if size is None else min(200, max(1, size))
    total = len(items)
    start = (page - 1) * size
    return list(items[start:start + size]), {
        "total": total, "pages": math.ceil(total / size), "pageNum": page, "pageSize": size,
    }


def sort_records(
    records: list[Json], sort: str | None, default: str, allowed: dict[str, Callable[[Json], Any]]
) -> None:
    """Sort in place by ``field:dir,...`` (unknown fields ignored; stable, last key first)."""
    spec: list[tuple[str, bool]] = []
    for part in (sort or default).split(","):
        name, _, direction = part.strip().partition(":")
        if name in allowed:
            spec.append((name, direction.strip().lower() == "desc"))
    if not spec:
        return sort_records(records, default, default, allowed) if sort else None
    for name, desc in reversed(spec):
        records.sort(key=allowed[name], reverse=desc)
    return None


def category_wire(node: Json, language: str | None, *, with_path: bool = True, tree: dict[int, Json]) -> Json:
    """A category as in §3.2/3.7/3.11 (``path`` = ancestor IDs, each followed by a backslash)."""
    out: Json = {"categoryId": node["categoryId"], "parent": node["parent"],
                 "name": pick(node["names"], language), "level": node["level"]}
    if with_path:
        ancestors: list[int] = []
        parent = node["parent"]
        seen: set[int] = set()
        while parent and parent in tree and parent not in seen:
            seen.add(parent)
            ancestors.append(parent)
            parent = tree[parent]["parent"]
        out["path"] = "\\" + "".join(f"{a}\\" for a in reversed(ancestors))
        out["orderNo"] = node["orderNo"]
    out["languages"] = dict(node["names"])
    return out


def full_name(tree: dict[int, Json], category_id: int, language: str | None) -> str:
    return ">".join(pick(n["names"], language) for n in SimState.ancestors(tree, category_id))


def attachment_wire(record: Json, *, with_disposition: bool) -> Json:
    out: Json = {"attachmentId": record["attachmentId"], "fileName": record["fileName"],
                 "contentType": record["contentType"]}
    if with_disposition:
        out["disposition"] = "attachment"
    out["size"] = record["size"]
    if with_disposition:
        out["createdDt"] = record.get("createdDt")
    return out
