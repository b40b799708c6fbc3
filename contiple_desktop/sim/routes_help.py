"""Help Center routes: service detail, notices, FAQs and attachment downloads (§3.1–3.10, 3.17).

FAQ list ``categoryId`` filters on that exact category (descendants are not included; the docs
do not say, and the exact reading is the stricter one for clients). Notice and FAQ attachments
and ticket attachments share one store, so any attachment ID works under any of the three paths.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from contiple_desktop.sim.config import RouteContext
from contiple_desktop.sim.state import Json, pick
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

_TAG_RE = re.compile(r"<[^>]+>")


def not_found(ctx: RouteContext) -> SimResponse:
    return envelope(404, "Not Data Found", None, http_errors=ctx.config.http_errors)


def service(ctx: RouteContext, req: SimRequest) -> SimResponse:
    svc = ctx.state.service
    lang = req.language
    profile = {"fileUrl": ctx.base_url + svc["profilePath"]} if svc.get("profilePath") else None
    return ok_content({
        "serviceId": svc["serviceId"], "name": pick(svc["names"], lang), "profile": profile,
        "language": svc["language"], "languages": [dict(x) for x in svc["languages"]],
        "multiLanguage": svc["multiLanguage"],
    })


def _categories(tree: dict[int, Json], lang: str | None, order: str) -> list[Json]:
    nodes = list(tree.values())
    if order == "order-level":
        nodes.sort(key=lambda n: (n["orderNo"], n["level"]))
    else:
        nodes.sort(key=lambda n: (n["level"], n["orderNo"]))
    return [category_wire(n, lang, tree=tree) for n in nodes]


def notice_categories(ctx: RouteContext, req: SimRequest) -> SimResponse:
    return ok_contents(_categories(ctx.state.notice_categories, req.language, "order-level"))


def notice_tags(ctx: RouteContext, req: SimRequest) -> SimResponse:
    lang = req.language
    keyword = (req.params.get("query") or "").lower()
    tags = [{"tagId": t["tagId"], "tag": pick(t["names"], lang), "languages": dict(t["names"])}
            for t in ctx.state.notice_tags.values()]
    if keyword:
        tags = [t for t in tags if any(keyword in v.lower() for v in t["languages"].values())]
    return ok_contents(tags)


def _matches(record: Json, lang: str, keyword: str) -> bool:
    text = pick(record["title"], lang) + " " + _TAG_RE.sub(" ", pick(record["content"], lang))
    return keyword.lower() in text.lower()


def _notice_base(ctx: RouteContext, n: Json, lang: str) -> Json:
    return {
        "noticeId": n["noticeId"], "categoryId": n["categoryId"], "isTop": n["isTop"],
        "title": pick(n["title"], lang), "content": pick(n["content"], lang),
        "displayDt": ctx.clock.display_date(n["displayMs"]),
    }


def notice_list(ctx: RouteContext, req: SimRequest) -> SimResponse:
    lang = ctx.state.language_or_default(req.language)
    records = list(ctx.state.notices.values())
    category_id = int_param(req.params, "categoryId")
    if category_id is not None:
        records = [n for n in records if n["categoryId"] == category_id]
    tag_id = int_param(req.params, "tagId")
    if tag_id is not None:
        records = [n for n in records if tag_id in n["tagIds"]]
    if req.params.get("query"):
        records = [n for n in records if _matches(n, lang, req.params["query"])]
    sort_records(records, req.params.get("sort"), "isTop:desc,displayDt:desc,updatedDt:desc", {
        "isTop": lambda n: n["isTop"], "createdDt": lambda n: n["createdDt"],
        "updatedDt": lambda n: n["updatedDt"], "displayDt": lambda n: n["displayMs"],
    })
    page, paging = paginate(records, req.params)
    today = ctx.clock.today()
    items = []
    for n in page:
        item = _notice_base(ctx, n, lang)
        item["updatedDt"] = n["updatedDt"]
        heading = ctx.state.notice_categories.get(n["categoryId"])
        item["categoryName"] = pick(heading["names"], lang) if heading else None
        tag_map = ctx.state.notice_tags
        tags = [pick(tag_map[t]["names"], lang) for t in n["tagIds"] if t in tag_map]
        if tags:
            item["tagStr"] = ",".join(tags)
        item["isNew"] = item["displayDt"] == today
        items.append(item)
    return ok_contents(items, **paging)


def notice_detail(ctx: RouteContext, req: SimRequest, notice_id: str) -> SimResponse:
    lang = ctx.state.language_or_default(req.language)
    n = ctx.state.notices.get(int(notice_id)) if notice_id.isdigit() else None
    if n is None:
        return not_found(ctx)
    n["readCnt"] = n.get("readCnt", 0) + 1
    item = _notice_base(ctx, n, lang)
    atts = [ctx.state.attachments[a] for a in n["attachmentIds"] if a in ctx.state.attachments]
    heading = ctx.state.notice_categories.get(n["categoryId"])
    item.update({
        "attachmentYn": "Y" if atts else "N", "readCnt": n["readCnt"], "updatedDt": n["updatedDt"],
        "attachments": [attachment_wire(a, with_disposition=False) for a in atts],
        "tags": [{"tagId": t, "tag": pick(ctx.state.notice_tags[t]["names"], lang)}
                 for t in n["tagIds"] if t in ctx.state.notice_tags],
        "categoryName": pick(heading["names"], lang) if heading else None,
        "isNew": item["displayDt"] == ctx.clock.today(),
    })
    return ok_content(item)


def faq_categories(ctx: RouteContext, req: SimRequest) -> SimResponse:
    return ok_contents(_categories(ctx.state.faq_categories, req.language, "order-level"))


def _faq_is_new(ctx: RouteContext, f: Json) -> bool:
    return ctx.clock.display_date(f["updatedDt"]) == ctx.clock.today()


def faq_list(ctx: RouteContext, req: SimRequest) -> SimResponse:
    lang = ctx.state.language_or_default(req.language)
    tree = ctx.state.faq_categories
    records = list(ctx.state.faqs.values())
    category_id = int_param(req.params, "categoryId")
    if category_id is not None:
        records = [f for f in records if f["categoryId"] == category_id]
    if req.params.get("query"):
        records = [f for f in records if _matches(f, lang, req.params["query"])]
    default = "isTop:desc,updatedDt:desc"
    if category_id is not None:
        default = "isTop:desc,isRecommend:desc,updatedDt:desc"
    sort_records(records, req.params.get("sort"), default, {
        "isTop": lambda f: f["isTop"], "isRecommend": lambda f: f["isRecommend"],
        "createdDt": lambda f: f["createdDt"], "updatedDt": lambda f: f["updatedDt"],
    })
    page, paging = paginate(records, req.params)
    items = []
    for f in page:
        category = tree.get(f["categoryId"])
        items.append({
            "helpDocId": f["helpDocId"], "title": pick(f["title"], lang), "content": pick(f["content"], lang),
            "isRecommend": f["isRecommend"], "isTop": f["isTop"], "readCnt": None, "attachmentYn": None,
            "createdDt": f["createdDt"], "updatedDt": f["updatedDt"], "parentCategoryList": None,
            "category": None, "categoryId": f["categoryId"],
            "categoryName": pick(category["names"], lang) if category else None,
            "categoryFullName": None, "attachments": None, "isNew": _faq_is_new(ctx, f),
        })
    return ok_contents(items, **paging)


def faq_detail(ctx: RouteContext, req: SimRequest, faq_id: str) -> SimResponse:
    lang = ctx.state.language_or_default(req.language)
    f = ctx.state.faqs.get(int(faq_id)) if faq_id.isdigit() else None
    if f is None:
        return not_found(ctx)
    f["readCnt"] = f.get("readCnt", 0) + 1
    tree = ctx.state.faq_categories
    chain = ctx.state.ancestors(tree, f["categoryId"])
    own = tree.get(f["categoryId"])
    atts = [ctx.state.attachments[a] for a in f["attachmentIds"] if a in ctx.state.attachments]
    category = None
    if own is not None:
        category = category_wire(own, lang, with_path=False, tree=tree)
    return ok_content({
        "helpDocId": f["helpDocId"], "title": pick(f["title"], lang), "content": pick(f["content"], lang),
        "isRecommend": f["isRecommend"], "isTop": f["isTop"], "readCnt": f["readCnt"],
        "attachmentYn": "Y" if atts else "N", "createdDt": f["createdDt"], "updatedDt": f["updatedDt"],
        "parentCategoryList": [category_wire(c, lang, tree=tree) for c in chain],
        "category": category, "categoryId": f["categoryId"],
        "categoryName": pick(own["names"], lang) if own else None,
        "categoryFullName": full_name(tree, f["categoryId"], lang),
        "attachments": [attachment_wire(a, with_disposition=False) for a in atts],
        "isNew": _faq_is_new(ctx, f),
    })


def content_disposition(kind: str, file_name: str) -> str:
    """``inline``/``attachment`` with a quoted ASCII name plus RFC 5987 ``filename*`` when needed."""
    if file_name.isascii():
        safe = file_name.replace("\\", "_").replace('"', "_")
        return f'{kind}; filename="{safe}"'
    fallback = "".join(c if c.isascii() and c not in '"\\' else "_" for c in file_name)
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name, safe='')}"


def attachment(ctx: RouteContext, req: SimRequest, attachment_id: str) -> SimResponse:
    record = ctx.state.attachments.get(attachment_id)
    if record is None:
        return not_found(ctx)
    kind = "attachment" if req.params.get("type") == "download" else "inline"
    return SimResponse(status=200, body=record["data"], content_type=record["contentType"],
                       headers={"Content-Disposition": content_disposition(kind, record["fileName"])})
