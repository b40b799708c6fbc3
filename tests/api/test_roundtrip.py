"""Every endpoint round-trips client ↔ the real simulator over loopback (signing checked by the sim)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.sim import SimServer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 40


def _ticket(attachment_ids: tuple[str, ...] = (), usercode: str = "cust-777") -> NewTicket:
    return NewTicket(
        category_id=2542,
        subject="재설정 메일이 오지 않아요",
        content="전화 문의: 비밀번호 재설정 메일 미수신",
        end_user=EndUser(
            email="kim@example.com", username="김민수", usercode=usercode, phone="010-1234-5678"
        ),
        attachment_ids=attachment_ids,
        language="ko",
        user_fields=(
            UserFieldValue("textbox", "hong123"),
            UserFieldValue("checkbox", ["옵션1", "옵션2"]),
            UserFieldValue("dropdown", "옵션1"),
            UserFieldValue("radiobutton", "옵션2"),
            UserFieldValue("date", "2022-07-11"),
            UserFieldValue("datetime", "2022-07-11 00:00"),
            UserFieldValue("dateperiod", "2022-07-01 ~ 2022-07-31"),
            UserFieldValue("datetimeperiod", "2022-07-01 00:00 ~ 2022-07-31 23:59"),
            UserFieldValue("agreetotheterms", "true"),
            UserFieldValue("personalAgree", "true"),
        ),
    )


def test_service(client: ContipleClient, sim: SimServer) -> None:
    info = client.service()
    assert info.service_id == sim.service_id
    assert info.default_language == "ko"
    assert [lang.code for lang in info.languages] == ["ko", "en", "ja"]
    assert info.multi_language is True


def test_notice_categories_tags_list_detail(client: ContipleClient) -> None:
    headings = client.notice_categories(language="en")
    assert [c.category_id for c in headings] == [2543, 2544, 2545]
    assert all(c.level == 1 and c.path == () and c.parent == 0 for c in headings)
    assert headings[0].display_name("en")
    tags = client.notice_tags(language="ko")
    assert {t.tag_id for t in tags} >= {391, 392}
    page = client.notices(language="ko", page=1, page_size=5)
    assert len(page.items) == 5 and page.total >= 30 and page.pages == -(-page.total // 5)
    assert page.page_num == 1 and page.has_next
    assert page.items[0].is_top  # pinned first by default sort
    second = client.notices(language="ko", page=2, page_size=5)
    assert not {n.notice_id for n in page.items} & {n.notice_id for n in second.items}
    by_heading = client.notices(category_id=2543, page_size=200)
    assert by_heading.items and all(n.category_id == 2543 for n in by_heading.items)
    by_tag = client.notices(tag_id=391, page_size=200)
    assert by_tag.items and all(n.tag_names for n in by_tag.items)
    notice = client.notice(1240, language="ko")
    assert notice.notice_id == 1240 and notice.is_top and notice.content
    assert notice.has_attachments and notice.attachments


def test_notice_search_with_korean_query(client: ContipleClient) -> None:
    first = client.notices(language="ko", page_size=1).items[0]
    word = first.title.split()[0]
    found = client.notices(language="ko", query=word, page_size=200)
    assert first.notice_id in {n.notice_id for n in found.items}


def test_notice_attachment_download_and_bytes(client: ContipleClient, tmp_path: Path) -> None:
    att = client.notice(1240).attachments[0]
    dest = tmp_path / att.file_name
    seen: list[tuple[int, int]] = []
    client.download_attachment("notice", att.attachment_id, dest, progress=lambda d, t: seen.append((d, t)))
    data = dest.read_bytes()
    assert att.size is None or len(data) == att.size
    assert seen[-1][0] == len(data)
    inline, ctype = client.attachment_bytes("notice", att.attachment_id)
    assert inline == data and ctype == att.content_type


def test_faq_categories_list_detail_and_attachment(client: ContipleClient, tmp_path: Path) -> None:
    cats = client.faq_categories(language="ja")
    by_id = {c.category_id: c for c in cats}
    assert max(c.level for c in cats) == 5
    assert by_id[2550].path == (2546, 2548) and by_id[2550].parent == 2548
    page = client.faqs(language="ko", page_size=10)
    assert page.total >= 60 and len(page.items) == 10
    in_cat = client.faqs(category_id=2550, page_size=200)
    assert in_cat.items and all(f.category_id == 2550 for f in in_cat.items)
    faq = client.faq(in_cat.items[0].help_doc_id, language="ko")
    assert faq.category_id == 2550
    assert [c.category_id for c in faq.parent_categories][-1] == 2550
    assert ">" in faq.category_full_name
    with_files = next(
        (f for f in (client.faq(s.help_doc_id) for s in client.faqs(page_size=200).items) if f.attachments),
        None,
    )
    assert with_files is not None
    att = with_files.attachments[0]
    data, _ = client.attachment_bytes("helpdoc", att.attachment_id)
    dest = client.download_attachment("helpdoc", att.attachment_id, tmp_path / "faq.bin")
    assert dest.read_bytes() == data


def test_ticket_categories_and_fields(client: ContipleClient) -> None:
    all_types = client.ticket_categories(language="ko")
    assert {2536, 2538, 2540, 2541, 2542} <= {c.category_id for c in all_types}
    leaf = next(c for c in all_types if c.category_id == 2542)
    assert leaf.level == 5 and leaf.path == (2536, 2538, 2540, 2541)
    children = client.ticket_categories(parent=2536)
    assert children and all(c.parent == 2536 for c in children)
    chain = client.ticket_categories(child=2542)
    assert {2536, 2538, 2540, 2541} <= {c.category_id for c in chain}
    fields = client.ticket_fields(2542, language="en")
    types = {f.type for f in fields}
    assert {"text", "textarea", "dropdown", "checkbox", "radio", "date", "datetime", "date_period",
            "datetime_period", "agree", "caption", "file"} <= types
    checkbox = next(f for f in fields if f.code == "checkbox")
    assert checkbox.options and checkbox.field_id == 722


def test_upload_create_list_detail_comment_and_ticket_attachment(
    client: ContipleClient, sim: SimServer, tmp_path: Path
) -> None:
    path = tmp_path / "화면.png"
    path.write_bytes(PNG)
    att = client.upload_attachment(path)
    assert len(att.attachment_id) == 32 and att.file_name == "화면.png" and att.content_type == "image/png"
    created = client.create_ticket(_ticket((att.attachment_id,)), language="ko", client_ip="203.0.113.5")
    assert created.ticket_id.startswith("T") and created.status == "new"
    assert [a.attachment_id for a in created.attachments] == [att.attachment_id]

    page = client.customer_tickets("cust-777", language="ko")
    assert [t.ticket_id for t in page.items] == [created.ticket_id] and page.total == 1
    # the simulator logs a request after answering it; the keep-alive connection is served by one
    # thread, so both entries exist once the next answer arrived
    upload_log, create_log = (r for r in sim.requests() if r["method"] == "POST")
    assert upload_log["upload"]["size"] == len(PNG) and upload_log["status"] == 200
    assert upload_log["upload"]["name"] == "화면.png"
    assert create_log["json_body"]["endUser"]["usercode"] == "cust-777"
    assert create_log["headers"]["OC-Client-IP"] == "203.0.113.5"

    second = client.upload_attachment(b"follow-up notes\n", file_name="notes.txt")
    entry = client.post_comment(
        "cust-777", created.ticket_id, "추가 문의입니다", attachment_ids=[second.attachment_id]
    )
    assert entry.type == "enduser" and "추가 문의입니다" in entry.content
    assert [a.attachment_id for a in entry.attachments] == [second.attachment_id]

    detail = client.ticket("cust-777", created.ticket_id, language="ko")
    assert detail.ticket_id == created.ticket_id and detail.subject == "재설정 메일이 오지 않아요"
    assert any("추가 문의입니다" in e.content for e in detail.entries)
    assert [a.attachment_id for a in detail.attachments] == [att.attachment_id]

    data, ctype = client.attachment_bytes("ticket", att.attachment_id)
    assert data == PNG and ctype == "image/png"
    saved = client.download_attachment("ticket", second.attachment_id, tmp_path / "notes.txt")
    assert saved.read_bytes() == b"follow-up notes\n"


def test_history_of_seeded_customer(client: ContipleClient) -> None:
    page = client.customer_tickets("cust-001", page_size=200)
    assert page.total == 12 and {t.status for t in page.items} == {"new", "open", "reply", "solved", "closed"}
    solved = client.customer_tickets("cust-001", status="solved", page_size=200)
    assert solved.items and all(t.status == "solved" for t in solved.items)
    detail = client.ticket("cust-001", page.items[0].ticket_id)
    assert detail.ticket_id == page.items[0].ticket_id
    with_thread = next(
        d for d in (client.ticket("cust-001", t.ticket_id) for t in page.items) if d.entries
    )
    ordered = with_thread.thread_oldest_first()
    assert [e.created_ms or 0 for e in ordered] == sorted(e.created_ms or 0 for e in ordered)
    assert client.customer_tickets("cust-010").total == 0


def test_bulk_customer_paging(client: ContipleClient) -> None:
    first = client.customer_tickets("bulk-500", page=1, page_size=200)
    last = client.customer_tickets("bulk-500", page=3, page_size=200)
    assert first.total == 500 and first.pages == 3 and len(first.items) == 200
    assert len(last.items) == 100 and not last.has_next


@pytest.mark.parametrize("language", ["ko", "en", "ja"])
def test_languages_round_trip(client: ContipleClient, language: str) -> None:
    cats = client.ticket_categories(language=language)
    assert all(c.name for c in cats)


def test_an_upload_declares_its_type_without_reading_the_machines_mime_database(
    client: ContipleClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mimetypes reads /etc/mime.types (or the registry) on first use, in every upload thread
    # that starts before it is done: Python that holds the GIL beside the GUI thread.
    monkeypatch.setattr(mimetypes, "inited", False)
    path = tmp_path / "보고서.txt"
    path.write_bytes("전화 문의 기록\n".encode())
    att = client.upload_attachment(path)
    assert att.content_type == "text/plain"
    assert mimetypes.inited is False
