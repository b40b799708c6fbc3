"""``visible_name``: bidi controls and other invisible characters can no longer disguise a file."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contiple_desktop.domain import files
from contiple_desktop.errors import FileRule, LocalFileError

HIDDEN = sorted(files.BIDI_CONTROLS) + ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u3164", "\n", "\x00"]
names = st.text(
    st.one_of(st.characters(), st.sampled_from(HIDDEN), st.sampled_from(".pdfexe한글")), max_size=40
)


def test_the_classic_spoof_shows_its_real_extension() -> None:
    spoof = "invoice\u202efdp.exe"  # drawn as "invoiceexe.pdf"
    assert files.visible_name(spoof) == "invoice\u2039U+202E\u203afdp.exe"
    with pytest.raises(LocalFileError) as info:
        files.check_name_and_size(spoof, 10)  # the rule looks at the real extension
    assert info.value.rule is FileRule.EXTENSION


@pytest.mark.parametrize(
    "name", ["보고서 최종.pdf", "請求書.xlsx", "résumé (2).docx", "🙂 photo.png", "a b.txt"]
)
def test_ordinary_names_are_left_alone(name: str) -> None:
    assert files.visible_name(name) == name


@given(names)
@example("report\u2066\u2069.pdf")
@example("\u202e.pdf")
@example("photo.p\u200bng")
def test_nothing_hidden_survives_and_the_last_extension_shown_is_the_real_one(name: str) -> None:
    shown = files.visible_name(name)
    assert not any(c in files.BIDI_CONTROLS for c in shown)
    assert not any(files.is_hidden(c) for c in shown)
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in shown)
    real = files.extension(name)
    if not any(files.is_hidden(c) for c in real):
        assert files.extension(shown) == real
    else:  # the extension itself hides something: it is shown with its markers, never as another one
        assert files.extension(shown) == files.visible_name(real).lower()
    if shown == name:
        assert not any(files.is_hidden(c) for c in name)
