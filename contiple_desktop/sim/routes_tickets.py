"""Inquiry routes: types, forms, upload, create ticket, history, detail, follow-up (§3.11–3.18).

``categories.json?child=N`` returns the chain root first *including* N itself. Guest tickets
(no ``endUser.usercode``) are stored but never listed. A follow-up's text is HTML-escaped,
newlines become ``<br>``, and the whole is wrapped in ``<p>``. Spam counters (when
``SimConfig.spam_blocking`` is on) count only requests that passed validation; follow-ups on a
``solved`` or ``reply`` ticket reopen it (status ``open``).
"""

from __future__ import annotations

import html
import json
from typing import Any

from contiple_desktop.sim import uploads
from contiple_desktop.sim.config import RouteContext
from contiple_desktop.sim.routes_help import not_found
from contiple_desktop.sim.seed_text import ENTRY_TYPE_NAMES, STATUS_NAMES
from contiple_desktop.sim.state import Json, SimState, new_ticket_id, pick
from contiple_desktop.sim.validation import (
    MAX_ATTACHMENTS,
    SPAM_MESSAGE,
    attachment_ids,
    error,
    spam_check,
    validate_ticket,
)
from contiple_desktop.sim.wire import (
    SimRequest,
    SimResponse,
    attachment_wire,
    category_wire,
    envelope,
    full_name,
    int_param,
    ok_content,
    ok_contents,
    paginate,
    sort_records,
)

NO_DATA = "No related data exists."


def _fail(ctx: RouteContext, code: int, message: str | None, result: Any = None) -> SimResponse:
    return envelope(code, message, result, http_errors=ctx.config.http_errors)


def categories(ctx: RouteContext, req: SimRequest) -> SimResponse:
    tree = ctx.state.ticket_categories
    nodes = list(tree.values())
    parent = int_param(req.params, "parent")
    child = int_param(req.params, "child")
    if parent is not None:
        nodes = [n for n in nodes if n["parent"] == parent]
    if child is not None:
        chain_ids = {n["categoryId"] for n in SimState.ancestors(tree, child)}
        nodes = [n for n in nodes if n["categoryId"] in chain_ids]
    nodes.sort(key=lambda n: (n["level"], n["orderNo"]))
    return ok_contents([category_wire(n, req.language, tree=tree) for n in nodes])


def fields(ctx: RouteContext, req: SimRequest, category_id: str) -> SimResponse:
    cid = int(category_id) if category_id.isdigit() else None
    if cid is None or cid not in ctx.state.ticket_categories:
        return not_found(ctx)
    override = ctx.state.field_overrides.get(cid)
    if override is not None:
        return ok_contents(list(override))
    lang = req.language
    out = []
    for field_id in ctx.state.forms.get(cid, ctx.state.default_form):
        d = ctx.state.fields[field_id]
        options = d.get("options")
        out.append({
            "fieldId": d["fieldId"], "code": d["code"], "type": d["type"], "title": pick(d["title"], lang),
            "description": pick(d["description"], lang), "placeholder": pick(d["placeholder"], lang),
            "length": d["length"], "required": d["required"], "encrypt": d["encrypt"],
            "holdingText": d["holdingText"],
            "options": list(options.get(lang or "ko") or options["ko"]) if options else None, "value": None,
        })
    return ok_contents(out)


def upload(ctx: RouteContext, req: SimRequest) -> SimResponse:
    part = req.multipart.get("file") if req.multipart else None
    if not part:
        return _fail(ctx, 400, "Multipart request but file is null")
    try:
        content_type = uploads.check_upload(part["filename"], part["data"])
    except uploads.UploadRejected as exc:
        detail = {"exception": "OcException", "message": exc.message}
        return _fail(ctx, exc.code, exc.message, {"content": detail})
    record = ctx.state.add_attachment(part["filename"], content_type, part["data"], ctx.clock.now_ms())
    record["uploaded"] = True
    wire = attachment_wire(record, with_disposition=True)
    wire["createdDt"] = None
    wire["repealFlag"] = None
    return ok_content(wire)


def _json_body(req: SimRequest) -> Json | None:
    try:
        body = json.loads(req.body.decode("utf-8")) if req.body else None
    except (UnicodeDecodeError, ValueError):
        return None
    return body if isinstance(body, dict) else None


def create_ticket(ctx: RouteContext, req: SimRequest) -> SimResponse:
    body = _json_body(req)
    if body is None:
        return _fail(ctx, 400, "Invalid paramter")
    raw_category = body.get("categoryId")
    if raw_category is None or (isinstance(raw_category, str) and not raw_category.strip()):
        return _fail(ctx, 400, None, {"contents": [error("category", 1, "required")]})
    try:
        category_id = int(raw_category)
    except (TypeError, ValueError):
        return _fail(ctx, 400, None, {"contents": [error("category", 1, "invalid")]})
    if category_id not in ctx.state.ticket_categories:
        return _fail(ctx, 9005, NO_DATA)
    errors = validate_ticket(ctx.state, category_id, body)
    if errors:
        return _fail(ctx, 400, None, {"contents": errors})
    ids = attachment_ids(body.get("attachments") or [])
    if ids is None:
        return _fail(ctx, 400, None, {"contents": [error("attachment", 9, "invalid")]})
    if any(a not in ctx.state.attachments for a in ids):
        return _fail(ctx, 9005, NO_DATA)
    now = ctx.clock.now_ms()
    if ctx.config.spam_blocking:
        ip = (req.header("OC-Client-IP") or "").strip() or req.peer_ip
        code = spam_check(ctx.state, ip, now)
        if code is not None:
            return _fail(ctx, code, SPAM_MESSAGE, {})
    end_user = body.get("endUser") or {}
    ticket: Json = {
        "ticketId": new_ticket_id(now), "usercode": end_user.get("usercode") or None,
        "subject": body.get("subject"), "content": body.get("content"), "categoryId": category_id,
        "status": "new", "createdDt": now, "updatedDt": now, "source": body.get("source") or "web",
        "language": body.get("language") or req.language or ctx.state.service.get("language"),
        "endUser": dict(end_user), "attachmentIds": ids, "thread": [],
        "userFields": body.get("userFields") or [],
        "typeOne": body.get("typeOne"), "typeTwo": body.get("typeTwo"),
    }
    ctx.state.tickets[ticket["ticketId"]] = ticket
    return ok_content({
        "ticketId": ticket["ticketId"], "subject": ticket["subject"], "categoryId": category_id,
        "categoryName": None, "categoryFullName": None, "status": "new", "statusName": None,
        "content": ticket["content"], "createdDt": now, "updatedDt": now, "contents": None,
        "attachments": _attachments(ctx, ids), "displayDt": None,
    })


def _attachments(ctx: RouteContext, ids: list[str]) -> list[Json]:
    return [attachment_wire(ctx.state.attachments[a], with_disposition=True)
            for a in ids if a in ctx.state.attachments]


def _summary(ctx: RouteContext, t: Json, lang: str) -> Json:
    tree = ctx.state.ticket_categories
    category = tree.get(t["categoryId"])
    return {
        "ticketId": t["ticketId"], "subject": t["subject"], "categoryId": t["categoryId"],
        "categoryName": pick(category["names"], lang) if category else None,
        "categoryFullName": full_name(tree, t["categoryId"], lang) or None,
        "status": t["status"], "statusName": STATUS_NAMES.get(lang, STATUS_NAMES["ko"])[t["status"]],
        "content": None, "createdDt": t["createdDt"], "updatedDt": t["updatedDt"], "contents": None,
        "attachments": None, "displayDt": ctx.clock.display_date(t["createdDt"]),
    }


def ticket_list(ctx: RouteContext, req: SimRequest, usercode: str) -> SimResponse:
    lang = ctx.state.language_or_default(req.language)
    records = ctx.state.tickets_of(usercode)
    category_id = int_param(req.params, "categoryId")
    if category_id is not None:
        records = [t for t in records if t["categoryId"] == category_id]
    if req.params.get("status"):
        statuses = {s.strip() for s in req.params["status"].split(",")}
        records = [t for t in records if t["status"] in statuses]
    sources = {s.strip() for s in (req.params.get("source") or "web,spweb,api").split(",")}
    records = [t for t in records if t["source"] in sources]
    sort_records(records, req.params.get("sort"), "updatedDt:desc", {
        "createdDt": lambda t: t["createdDt"], "updatedDt": lambda t: t["updatedDt"],
    })
    page, paging = paginate(records, req.params)
    return ok_contents([_summary(ctx, t, lang) for t in page], **paging)


def _owned(ctx: RouteContext, usercode: str, ticket_id: str) -> Json | None:
    ticket = ctx.state.tickets.get(ticket_id)
    return ticket if ticket is not None and ticket.get("usercode") == usercode else None


def _entry_wire(ctx: RouteContext, entry: Json, lang: str) -> Json:
    return {
        "content": entry["content"], "type": entry["type"],
        "typeName": ENTRY_TYPE_NAMES.get(lang, ENTRY_TYPE_NAMES["ko"]).get(entry["type"]),
        "createdDt": entry["createdDt"], "displayDt": ctx.clock.display_date(entry["createdDt"]),
        "attachments": _attachments(ctx, entry["attachmentIds"]) or None,
    }


def ticket_detail(ctx: RouteContext, req: SimRequest, usercode: str, ticket_id: str) -> SimResponse:
    ticket = _owned(ctx, usercode, ticket_id)
    if ticket is None:
        return not_found(ctx)
    lang = ctx.state.language_or_default(req.language)
    detail = _summary(ctx, ticket, lang)
    thread = sorted(ticket["thread"], key=lambda e: e["createdDt"], reverse=True)
    detail.update({
        "content": ticket["content"], "contents": [_entry_wire(ctx, e, lang) for e in thread],
        "attachments": _attachments(ctx, ticket["attachmentIds"]) or None,
    })
    return ok_content(detail)


def comment(ctx: RouteContext, req: SimRequest, usercode: str, ticket_id: str) -> SimResponse:
    ticket = _owned(ctx, usercode, ticket_id)
    if ticket is None:
        return not_found(ctx)
    body = _json_body(req) or {}
    text = body.get("comment") if isinstance(body.get("comment"), str) else req.params.get("comment")
    if not text or not text.strip():
        return _fail(ctx, 400, None, {"contents": [error("comment", "comment", "required")]})
    ids = [a.strip() for a in (req.params.get("attachments") or "").split(",") if a.strip()]
    if len(ids) > MAX_ATTACHMENTS:
        return _fail(ctx, 400, None, {"contents": [error("attachment", 9, "invalid")]})
    if any(a not in ctx.state.attachments for a in ids):
        return _fail(ctx, 9005, NO_DATA)
    now = max(ctx.clock.now_ms(), ticket["updatedDt"] + 1)
    content = "<p>" + html.escape(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>"
    ticket["thread"].append({"type": "enduser", "content": content, "createdDt": now, "attachmentIds": ids})
    ticket["updatedDt"] = now
    if ticket["status"] in ("solved", "reply"):
        ticket["status"] = "open"
    return ok_content({"content": content, "type": "enduser", "typeName": None, "createdDt": now,
                       "displayDt": None, "attachments": _attachments(ctx, ids)})
