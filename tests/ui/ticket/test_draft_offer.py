"""Issue 12 item 12: one unsent draft is a one-line offer with Restore / Discard, not a list of
one; only several drafts are listed to choose from."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from contiple_desktop.domain.drafts import Draft
from contiple_desktop.ui.ticket.banners import DraftBanner


def _draft(key: str, caller: str, subject: str) -> Draft:
    summary = {"caller": caller, "subject": subject, "type": "Payment"}
    return Draft("ticket", key, {}, summary, 1_790_000_000_000)


def _named(root: QWidget, cls: type[Any], name: str) -> Any:
    [found] = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    return found


def test_one_draft_is_one_line_with_restore_and_discard(qtbot: Any) -> None:
    banner = DraftBanner()
    qtbot.addWidget(banner)
    banner.set_drafts([_draft("a", "cust-010", "결제 오류")])
    banner.show()
    offer = _named(banner, QLabel, "Unsent draft")
    assert offer.isVisible() and "cust-010" in offer.text() and "결제 오류" in offer.text()
    assert not _named(banner, QListWidget, "Unsent drafts list").isVisible()  # no list of one
    restore = _named(banner, QPushButton, "Restore draft")
    discard = _named(banner, QPushButton, "Discard draft")
    assert restore.isVisible() and discard.isVisible()
    assert abs(restore.geometry().center().y() - offer.geometry().center().y()) < restore.height()  # one line
    assert banner.sizeHint().height() < 80


def test_several_drafts_are_listed_and_the_last_one_becomes_an_offer(qtbot: Any) -> None:
    banner = DraftBanner()
    qtbot.addWidget(banner)
    banner.set_drafts([_draft("a", "cust-010", "첫 번째"), _draft("b", "cust-011", "두 번째")])
    banner.show()
    drafts = _named(banner, QListWidget, "Unsent drafts list")
    offer = _named(banner, QLabel, "Unsent draft")
    assert drafts.isVisible() and drafts.count() == 2 and not offer.isVisible()
    with qtbot.waitSignal(banner.restore_requested) as restored:
        _named(banner, QPushButton, "Restore draft").click()
    assert restored.args[0].key == "a"
    assert not drafts.isVisible() and offer.isVisible() and "두 번째" in offer.text()
