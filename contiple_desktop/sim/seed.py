"""The seeded demo service: deterministic for a seed number, dates relative to the simulated now.

Exact IDs (stable across seeds):

* service languages ko (default), en, ja; organization/service IDs come from ``SimConfig``;
* inquiry types 2536–2542 and 2570–2587 (25, five levels: 2536 > 2538 > 2540 > 2541 > 2542);
  form 2542 uses every field type (fields 1–19, 720–729); 2577/2578/2579/2580/2584 have custom
  forms (730–737); the rest use the default form (system fields only);
* notice headings 2543–2545, tags 391–393, notices 1236–1267 (1240 pinned and with an inline
  image, 1267 dated today);
* FAQ categories 2546–2551 and 2600–2614 (five levels: 2546 > 2548 > 2550 > 2600 > 2601),
  FAQs 3413–3475 (one per category and question stem; 3414 was edited just now, so isNew);
* customers ``cust-001`` … ``cust-020`` (``cust-001`` = 김민준, ``minjun.kim@example.com``,
  ``010-1001-5007``, with 12 tickets covering all five statuses; ``cust-010`` has none) and
  ``bulk-500`` with ``SimConfig.bulk_ticket_count`` tickets. Every customer has a distinct
  mobile number: ``cust-NNN`` = ``010-{1000+N}-{5000+7N}``, ``bulk-500`` = ``010-9500-0500``
  (what the demo caller lookup, ``sim.routes_customer``, answers for);
* ``long-030`` (``010-9300-0300``) with one open ticket ``LONG_THREAD_SUBJECT`` whose thread has
  ``LONG_THREAD_ENTRIES`` (30) entries, customer and agent in turn, some with a screenshot or a
  PDF (benchmarks: opening a long thread). It is generated last, from its own random stream,
  so every fact above stays as it was.
"""

from __future__ import annotations

import copy
import random

from contiple_desktop.sim import seed_files, seed_text
from contiple_desktop.sim.seed_forms import DEFAULT_FORM, FIELDS, FORMS
from contiple_desktop.sim.seed_text import Tree
from contiple_desktop.sim.state import Json, SimClock, SimState

DAY_MS = 86_400_000
STATUSES = ("new", "open", "reply", "solved", "closed")
BULK_PHONE = "010-9500-0500"
LONG_THREAD_USER = "long-030"
LONG_THREAD_PHONE = "010-9300-0300"
LONG_THREAD_SUBJECT = "결제 후 앱이 계속 종료됩니다"
LONG_THREAD_ENTRIES = 30

def _hex_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _ticket_id(rng: random.Random, created_ms: int) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "T" + str(created_ms) + "".join(rng.choice(alnum) for _ in range(5))


def _att(state: SimState, rng: random.Random, name: str, ctype: str, data: bytes, created: int) -> str:
    """Store a seeded attachment with a deterministic ID; return the ID."""
    return str(state.add_attachment(name, ctype, data, created, attachment_id=_hex_id(rng))["attachmentId"])


def _flatten(tree: tuple[Tree, ...], out: dict[int, Json], parent: int = 0, level: int = 1) -> None:
    for order, (cid, ko, en, ja, children) in enumerate(tree):
        out[cid] = {"categoryId": cid, "parent": parent, "names": {"ko": ko, "en": en, "ja": ja},
                    "level": level, "orderNo": order}
        _flatten(children, out, cid, level + 1)


def add_faq_categories(state: SimState, count: int, *, first_id: int = 100_000) -> None:
    """Add ``count`` generated FAQ categories (breadth first, five levels) for benchmarks."""
    fan_out = 2
    while sum(fan_out**i for i in range(1, 6)) < count:
        fan_out += 1
    next_id = max([first_id - 1, *state.faq_categories]) + 1
    frontier: list[tuple[int, int]] = [(0, 0)]  # (parent id, parent level)
    added = 0
    base_order = sum(1 for c in state.faq_categories.values() if c["parent"] == 0)
    while frontier and added < count:
        parent, level = frontier.pop(0)
        if level >= 5:
            continue
        for order in range(fan_out):
            if added >= count:
                break
            cid = next_id
            next_id += 1
            label = f"{cid}"
            state.faq_categories[cid] = {
                "categoryId": cid, "parent": parent, "level": level + 1,
                "orderNo": order + (base_order if parent == 0 else 0),
                "names": {"ko": f"분류 {label}", "en": f"Group {label}", "ja": f"分類 {label}"},
            }
            frontier.append((cid, level + 1))
            added += 1


def _notices(state: SimState, rng: random.Random, clock: SimClock, now: int, sid: str) -> None:
    for cid, ko, en, ja in seed_text.NOTICE_HEADINGS:
        names = {"ko": ko, "en": en, "ja": ja}
        state.notice_categories[cid] = {"categoryId": cid, "parent": 0, "names": names, "level": 1,
                                        "orderNo": cid - 2543}
    for tid, ko, en, ja in seed_text.NOTICE_TAGS:
        state.notice_tags[tid] = {"tagId": tid, "names": {"ko": ko, "en": en, "ja": ja}}
    count = 32
    for i in range(count):
        templates = seed_text.NOTICE_TEMPLATES
        heading, tags, tko, ten, tja, bko, ben, bja = templates[i % len(templates)]
        n = i // len(templates) + 1
        nid = 1236 + i
        display = now - (count - 1 - i) * 3 * DAY_MS  # the newest (1267) is dated today
        record: Json = {
            "noticeId": nid, "categoryId": heading, "isTop": nid == 1240,
            "title": {"ko": tko.format(n=n), "en": ten.format(n=n), "ja": tja.format(n=n)},
            "content": {"ko": bko, "en": ben, "ja": bja},
            "displayMs": display, "createdDt": display - 3_600_000, "updatedDt": display,
            "tagIds": list(tags), "attachmentIds": [], "readCnt": rng.randint(0, 500),
        }
        if i % 3 == 0:
            pdf = seed_files.pdf(f"Notice {nid}")
            name = f"notice-{nid}.pdf"
            record["attachmentIds"].append(_att(state, rng, name, "application/pdf", pdf, display))
        if i % 4 == 0 or nid == 1240:
            logo = _att(state, rng, "logo_footer.png", "image/png", seed_files.png(48, 24), display)
            record["attachmentIds"].append(logo)
            if nid == 1240:
                img = f'<p><img src="/{sid}/api/v2/notice/attachments/{logo}" alt="logo"></p>'
                record["content"] = {k: v + img for k, v in record["content"].items()}
        if i == 5:
            text = seed_files.txt("변경 사항 요약\nSummary of changes\n")
            record["attachmentIds"].append(_att(state, rng, "변경사항.txt", "text/plain", text, display))
        state.notices[nid] = record
    del clock


def _faqs(state: SimState, rng: random.Random, now: int, sid: str) -> None:
    _flatten(seed_text.FAQ_TREE, state.faq_categories)
    fid = 3413
    for index, category in enumerate(list(state.faq_categories.values())):
        for q, (tko, ten, tja, bko, ben, bja) in enumerate(seed_text.FAQ_QUESTIONS):
            names = category["names"]
            created = now - rng.randint(1, 400) * DAY_MS - rng.randint(0, DAY_MS)
            record: Json = {
                "helpDocId": fid, "categoryId": category["categoryId"],
                "isTop": fid % 10 == 3, "isRecommend": q == 0 and index % 3 == 0,
                "title": {"ko": tko.format(c=names["ko"]), "en": ten.format(c=names["en"]),
                          "ja": tja.format(c=names["ja"])},
                "content": {"ko": bko, "en": ben, "ja": bja},
                "createdDt": created, "updatedDt": min(now - 60_000, created + rng.randint(0, 30) * DAY_MS),
                "attachmentIds": [], "readCnt": rng.randint(0, 2000),
            }
            if fid == 3414:  # edited just now: isNew in the list
                record["updatedDt"] = now - 1000
            if fid % 8 == 5:
                pdf = seed_files.pdf(f"FAQ {fid}")
                record["attachmentIds"].append(_att(state, rng, "guide.pdf", "application/pdf", pdf, created))
            if fid % 12 == 1:
                png = seed_files.png(64, 40, (30, 160, 90))
                screen = _att(state, rng, "screen.png", "image/png", png, created)
                record["attachmentIds"].append(screen)
                img = f'<p><img src="/{sid}/api/v2/helpdoc/attachments/{screen}" alt="screen"></p>'
                record["content"] = {k: v + img for k, v in record["content"].items()}
            state.faqs[fid] = record
            fid += 1
    if fid - 3413 < 60:  # pragma: no cover - guards the corpus size
        raise AssertionError("seed corpus too small")


def _leaves(state: SimState) -> list[int]:
    parents = {c["parent"] for c in state.ticket_categories.values()}
    return [cid for cid in state.ticket_categories if cid not in parents]


def make_ticket(
    state: SimState, rng: random.Random, usercode: str, language: str, status: str, created: int,
    now: int, *, subject: str | None = None, customer: Json | None = None, rich: bool = True,
) -> Json:
    """Build one historic ticket with a thread matching ``status`` and store it."""
    leaves = _leaves(state)
    subjects = seed_text.TICKET_SUBJECTS[language]
    subj = subject or rng.choice(subjects)
    customer = customer or {"username": usercode, "email": f"{usercode}@example.com", "phone": None}
    replies = seed_text.REPLIES[language]
    t = created
    thread: list[Json] = []

    def entry(kind: str, content: str, attachments: list[str] | None = None) -> None:
        nonlocal t
        t = min(now - 60_000, t + rng.randint(600_000, 2 * DAY_MS))
        t = max(t, created + 1000)
        thread.append({"type": kind, "content": content, "createdDt": t, "attachmentIds": attachments or []})

    original_atts: list[str] = []
    if rich and rng.random() < 0.3:
        original_atts.append(_att(state, rng, "screenshot.png", "image/png", seed_files.png(32, 20), created))
    if status != "new":
        entry("reply", replies[0])
    if status == "reply":
        entry("reply", replies[2])
    if status in ("solved", "closed"):
        if rich and rng.random() < 0.5:
            png = seed_files.png(40, 30, (200, 80, 60))
            follow = [_att(state, rng, "screenshot.png", "image/png", png, t)]
            entry("enduser", seed_text.FOLLOW_UPS[language][0], follow)
        else:
            entry("enduser", seed_text.FOLLOW_UPS[language][1])
        guide = []
        if rich and rng.random() < 0.4:
            guide = [_att(state, rng, "안내문.pdf", "application/pdf", seed_files.pdf("Guide"), t)]
        entry("reply", replies[1], guide)
    ticket: Json = {
        "ticketId": _ticket_id(rng, created), "usercode": usercode, "subject": subj,
        "content": seed_text.TICKET_BODIES[language].format(s=subj),
        "categoryId": rng.choice(leaves), "status": status, "createdDt": created,
        "updatedDt": thread[-1]["createdDt"] if thread else created,
        "source": rng.choice(("web", "web", "spweb", "api")), "language": language,
        "endUser": {"usercode": usercode, "email": customer["email"], "username": customer["username"],
                    "phone": customer.get("phone")},
        "attachmentIds": original_atts, "thread": thread, "userFields": [], "typeOne": None, "typeTwo": None,
    }
    state.tickets[ticket["ticketId"]] = ticket
    return ticket


def add_tickets(state: SimState, usercode: str, count: int, now: int, *, seed: int = 0) -> None:
    """Give ``usercode`` ``count`` more historic tickets (cheap ones: short threads, no files)."""
    rng = random.Random(f"{seed}-{usercode}-{count}")
    customer = state.customers.get(usercode)
    for i in range(count):
        created = now - (i + 1) * 3_600_000 - rng.randint(0, 3_000_000)
        make_ticket(state, rng, usercode, "ko", STATUSES[i % 5], created, now,
                    subject=f"대량 문의 #{count - i}", customer=customer, rich=False)


def _customers(state: SimState, rng: random.Random, now: int, bulk: int) -> None:
    for n, (name, language, local) in enumerate(seed_text.CUSTOMERS, start=1):
        code = f"cust-{n:03d}"
        customer = {"usercode": code, "username": name, "language": language,
                    "email": f"{local}@example.com", "phone": f"010-{1000 + n:04d}-{5000 + n * 7:04d}"}
        state.customers[code] = customer
        count = 12 if n == 1 else 0 if n == 10 else rng.randint(0, 15)
        for i in range(count):
            status = STATUSES[i % 5] if n == 1 else rng.choice(STATUSES)
            created = now - rng.randint(1, 180) * DAY_MS - rng.randint(0, DAY_MS)
            make_ticket(state, rng, code, language, status, created, now, customer=customer)
    state.customers["bulk-500"] = {"usercode": "bulk-500", "username": "대량 고객", "language": "ko",
                                   "email": "bulk@example.com", "phone": BULK_PHONE}
    add_tickets(state, "bulk-500", bulk, now)


def add_long_thread(state: SimState, now: int, *, seed: int = 1) -> Json:
    """The ``long-030`` customer and their ticket with a 30-entry thread (own random stream)."""
    rng = random.Random(f"{seed}-{LONG_THREAD_USER}")
    customer = {"usercode": LONG_THREAD_USER, "username": "서지안", "language": "ko",
                "email": "jian.seo@example.com", "phone": LONG_THREAD_PHONE}
    state.customers[LONG_THREAD_USER] = customer
    created = now - 20 * DAY_MS
    ticket = make_ticket(state, rng, LONG_THREAD_USER, "ko", "open", created, now,
                         subject=LONG_THREAD_SUBJECT, customer=customer, rich=False)
    thread: list[Json] = []
    step = (now - 120_000 - created) // (LONG_THREAD_ENTRIES + 1)
    for i in range(LONG_THREAD_ENTRIES):
        at = created + (i + 1) * step
        from_customer = i % 2 == 1
        if from_customer:
            content = seed_text.FOLLOW_UPS["ko"][i // 2 % 2] + f"<p>{i // 2 + 1}번째 추가 문의입니다. " \
                "결제 직후 화면이 멈추고 앱이 닫힙니다.</p>"
        else:
            content = seed_text.REPLIES["ko"][i // 2 % 3] + f"<p>진행 상황 안내 {i // 2 + 1}: " \
                "<b>로그</b>를 확인하고 있습니다.</p>"
        files: list[str] = []
        if i % 6 == 3:
            png = seed_files.png(40, 30, (60, 120, 200))
            files.append(_att(state, rng, f"screenshot-{i}.png", "image/png", png, at))
        elif i % 10 == 8:
            pdf = seed_files.pdf(f"Step {i}")
            files.append(_att(state, rng, f"안내-{i}.pdf", "application/pdf", pdf, at))
        thread.append({"type": "enduser" if from_customer else "reply", "content": content,
                       "createdDt": at, "attachmentIds": files})
    ticket["thread"] = thread
    ticket["updatedDt"] = thread[-1]["createdDt"]
    return ticket


def build_state(
    *, seed: int = 1, service_id: str, clock: SimClock, faq_category_count: int | None = None,
    bulk_ticket_count: int = 500,
) -> SimState:
    """Generate the demo service from scratch: a few milliseconds, faster than deep-copying a cache."""
    rng = random.Random(seed)
    now = clock.now_ms()
    state = SimState()
    profile = state.add_attachment("profile.png", "image/png", seed_files.png(96, 32, (20, 60, 140)), now,
                                   attachment_id=_hex_id(rng))
    state.service = {
        "serviceId": service_id, "names": dict(seed_text.SERVICE_NAME), "language": "ko",
        "languages": [dict(lang) for lang in seed_text.LANGUAGES], "multiLanguage": True,
        "profilePath": f"/{service_id}/api/v2/notice/attachments/{profile['attachmentId']}",
    }
    _flatten(seed_text.TICKET_TREE, state.ticket_categories)
    state.fields = {f["fieldId"]: copy.deepcopy(f) for f in FIELDS}
    state.forms = {k: list(v) for k, v in FORMS.items()}
    state.default_form = list(DEFAULT_FORM)
    _notices(state, rng, clock, now, service_id)
    _faqs(state, rng, now, service_id)
    if faq_category_count is not None and faq_category_count > len(state.faq_categories):
        add_faq_categories(state, faq_category_count - len(state.faq_categories))
    _customers(state, rng, now, bulk_ticket_count)
    add_long_thread(state, now, seed=seed)  # last, from its own random stream
    return state
