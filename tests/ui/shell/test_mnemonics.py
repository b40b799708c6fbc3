"""Within each menu, every entry's mnemonic (the letter after ``&``) is unique in every language.

Two entries sharing Alt+letter make the keyboard user press it twice and guess; Qt does not warn.
The translations carry their own mnemonics (``고객 찾기(&F)``), so each catalogue is checked too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from contiple_desktop.ui.shell.actions import ACTIONS, MENUS

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"


def _catalogue(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    root = ET.parse(I18N / f"contiple_desktop_{lang}.ts").getroot()
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != "Actions":
            continue
        for msg in ctx.iter("message"):
            out[msg.findtext("source") or ""] = msg.findtext("translation") or ""
    return out


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _entries_by_menu() -> dict[str, list[str]]:
    menus: dict[str, list[str]] = defaultdict(list)
    for spec in ACTIONS:
        menus[spec.menu].append(spec.text)
    for path, title in MENUS.items():
        parent, _, _ = path.rpartition("/")
        menus[parent or "<menubar>"].append(title)
    return menus


@pytest.mark.parametrize("lang", ["en", "ko", "ja"])
def test_mnemonics_are_unique_within_each_menu(lang: str) -> None:
    tr = _catalogue(lang)
    clashes = []
    for menu, texts in _entries_by_menu().items():
        seen: dict[str, str] = {}
        for text in texts:
            shown = tr.get(text) or text
            key = _mnemonic(shown)
            if key is None:
                continue
            if key in seen:
                clashes.append(f"{menu}: {seen[key]!r} and {shown!r} share &{key}")
            seen[key] = shown
    assert not clashes, clashes
