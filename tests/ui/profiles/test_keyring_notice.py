"""The keyring notice names the actual problem: no keyring, a locked one, or a failing one."""

from __future__ import annotations

from typing import Any

from contiple_desktop import errors as E
from contiple_desktop.ui.profiles.findings import KeyringNotice


def test_each_keyring_problem_gets_its_own_words(qtbot: Any) -> None:
    notice = KeyringNotice()
    qtbot.addWidget(notice)
    notice.show_problem(None)
    assert notice.message.text().startswith("No system keyring is available")
    notice.show_problem(E.KeyringUnavailableError("none"))
    assert notice.message.text().startswith("No system keyring is available")
    notice.show_problem(E.KeyringLockedError("locked"))
    assert "locked" in notice.message.text()
    notice.show_problem(E.SecretStoreError("D-Bus write failed"))  # a keyring that exists but failed
    assert "No system keyring" not in notice.message.text()
    assert "could not store or return the API key" in notice.message.text()
    notice.close()
