"""Templates and snippets end to end: stored per profile, imported and exported with structured
errors (a bad import changes nothing), applied to the current form from the simulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.domain.templates import (
    Caller,
    ImportIssue,
    ImportMode,
    ImportResult,
    Template,
    TemplateFileError,
    apply,
)
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.storage.templates import FORMAT, read_template_file, write_template_file
from contiple_desktop.tasks import template_ops
from contiple_desktop.tasks.context import AppContext
from tests.tasks.helpers import live_client

RESET = Template(
    "비밀번호 재설정", 2542,
    {"subject": "{name}님 재설정 메일", "content": "{call_summary}", "textbox": "{user_code}",
     "checkbox": ["옵션2"]},
    language="ko",
)  # fmt: skip


def run(qtbot: Any, op: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """Run an operation and return what it delivered (or raise what it failed with)."""
    got: list[tuple[bool, Any]] = []
    op(*args, **kw, on_success=lambda v: got.append((True, v)), on_failure=lambda e: got.append((False, e)))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    ok, value = got[0]
    if not ok:
        raise value
    return value


def test_saved_templates_are_per_profile_and_sorted(qtbot: Any, appctx: AppContext, make_appctx: Any) -> None:
    other = Template("A 먼저", 2541, {"subject": "s"})
    run(qtbot, template_ops.save_template, appctx, RESET)
    saved = run(qtbot, template_ops.save_template, appctx, other)
    assert [t.name for t in saved] == ["A 먼저", "비밀번호 재설정"] and saved[1].updated_ms > 0
    loaded = run(qtbot, template_ops.load_templates, appctx)
    assert loaded.templates == saved and loaded.damaged is None
    same_id = Template("B", 2541, {}, template_id=other.template_id)
    renamed = run(qtbot, template_ops.save_template, appctx, same_id)
    assert [t.name for t in renamed] == ["B", "비밀번호 재설정"]
    left = run(qtbot, template_ops.delete_template, appctx, other.template_id)
    assert [t.name for t in left] == ["비밀번호 재설정"]
    with pytest.raises(ConfigurationError):
        run(qtbot, template_ops.load_templates, make_appctx())  # no profile: nowhere to keep them


def test_export_then_import_into_another_desk(
    qtbot: Any, appctx: AppContext, make_appctx: Any, demo_profile: Any, client: Any, tmp_path: Path
) -> None:
    run(qtbot, template_ops.save_template, appctx, RESET)
    target = tmp_path / "desk-set.json"
    assert run(qtbot, template_ops.export_templates, appctx, target) == 1
    assert json.loads(target.read_text("utf-8"))["format"] == FORMAT
    desk = make_appctx(demo_profile.with_changes(profile_id="other-desk"), client)
    run(qtbot, template_ops.save_template, desk, Template("비밀번호 재설정", 1, {"subject": "old"}))
    result: ImportResult = run(qtbot, template_ops.import_templates, desk, target, ImportMode.MERGE)
    assert (result.added, result.replaced) == (0, 1)
    [imported] = run(qtbot, template_ops.load_templates, desk).templates
    assert imported.category_id == 2542 and dict(imported.values) == dict(RESET.values)


def _file(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


@pytest.mark.parametrize(
    ("doc", "issue", "where"),
    [
        ({"templates": []}, ImportIssue.NOT_A_TEMPLATE_FILE, None),
        ({"format": FORMAT, "version": 7, "templates": []}, ImportIssue.UNSUPPORTED_VERSION, None),
        ({"format": FORMAT, "version": 1, "templates": {}}, ImportIssue.WRONG_SHAPE, (None, "templates")),
        ({"format": FORMAT, "version": 1, "templates": [{"name": "ok", "category_id": 1, "values": {}},
                                                       {"name": "x", "category_id": "2542", "values": {}}]},
         ImportIssue.WRONG_SHAPE, (1, "category_id")),
        ({"format": FORMAT, "version": 1, "templates": [{"name": "n", "category_id": 1, "values": {"a": 5}}]},
         ImportIssue.WRONG_SHAPE, (0, "values.a")),
        ({"format": FORMAT, "version": 1, "templates": [{"name": "Dup", "category_id": 1, "values": {}},
                                                       {"name": "dup", "category_id": 2, "values": {}}]},
         ImportIssue.DUPLICATE_NAME, (1, "name")),
    ],
)  # fmt: skip
def test_a_bad_import_is_refused_whole_and_changes_nothing(
    qtbot: Any, appctx: AppContext, tmp_path: Path, doc: object, issue: ImportIssue, where: Any
) -> None:
    run(qtbot, template_ops.save_template, appctx, RESET)
    with pytest.raises(TemplateFileError) as info:
        run(qtbot, template_ops.import_templates, appctx, _file(tmp_path, doc), ImportMode.REPLACE)
    [problem] = info.value.problems
    assert problem.issue is issue and info.value.file_name == "import.json"
    if where is not None:
        assert (problem.index, problem.field) == where
    assert [t.name for t in run(qtbot, template_ops.load_templates, appctx).templates] == [RESET.name]


def test_unreadable_import_files(tmp_path: Path) -> None:
    for raw, issue in ((b"", ImportIssue.UNREADABLE), (b"{nope", ImportIssue.UNREADABLE),
                       (b"\xff\xfe", ImportIssue.UNREADABLE)):  # fmt: skip
        path = tmp_path / "bad.json"
        path.write_bytes(raw)
        with pytest.raises(TemplateFileError) as info:
            read_template_file(path)
        assert info.value.problems[0].issue is issue
    with pytest.raises(TemplateFileError) as info:
        read_template_file(tmp_path / "missing.json")
    assert info.value.problems[0].issue is ImportIssue.UNREADABLE
    write_template_file(tmp_path / "good.json", [RESET])
    assert read_template_file(tmp_path / "good.json") == [RESET]


def test_a_damaged_template_set_is_moved_aside_and_reported(
    qtbot: Any, appctx: AppContext, expect_log: Any
) -> None:
    expect_log("is unreadable")
    run(qtbot, template_ops.save_template, appctx, RESET)
    profile = appctx.session.profile
    assert profile is not None
    from contiple_desktop.storage.profile_data import TEMPLATES_FILE, profile_dir

    path = profile_dir(appctx.paths.data_dir, profile.profile_id) / TEMPLATES_FILE
    path.write_text("{broken", "utf-8")
    loaded = run(qtbot, template_ops.load_templates, appctx)
    assert loaded.templates == [] and loaded.damaged is not None and loaded.damaged.read_text() == "{broken"


def test_applied_to_the_current_form_of_the_simulator(qtbot: Any, appctx: AppContext) -> None:
    definitions: list[FieldDefinition] | None
    definitions = run(qtbot, template_ops.load_template_form, appctx, RESET)
    assert definitions is not None
    applied = apply(RESET, Caller("김민준", "010-1001-5007", "cust-001"), "재설정 메일 미수신", definitions)
    assert applied.ok and applied.values["subject"] == "김민준님 재설정 메일"
    assert applied.values["textbox"] == "cust-001" and applied.values["checkbox"] == ["옵션2"]
    gone = Template("사라진 유형", 999_999, {"subject": "x"})
    assert run(qtbot, template_ops.load_template_form, appctx, gone) is None
    assert apply(gone, Caller(), "", None).missing_category
    in_english = Template("en", 2542, {"checkbox": ["옵션2"]})
    appctx.session.set_content_language("en")
    english = run(qtbot, template_ops.load_template_form, appctx, in_english)
    applied = apply(in_english, Caller(), "", english)
    assert applied.invalid_fields == ("checkbox",)  # option texts are per language


def test_help_center_answer_saved_as_a_reply_snippet(qtbot: Any, appctx: AppContext) -> None:
    faq = live_client(appctx).faq(3413, language="ko")
    [snippet] = run(qtbot, template_ops.save_faq_as_snippet, appctx, faq)
    again = run(qtbot, template_ops.save_faq_as_snippet, appctx, faq)
    assert len(again) == 1, "saving the same answer again replaces it"
    assert snippet.faq_id == 3413 and snippet.title == faq.title and "<" not in snippet.text
    loaded = run(qtbot, template_ops.load_snippets, appctx)
    assert [s.faq_id for s in loaded.snippets] == [3413]
    assert run(qtbot, template_ops.delete_snippet, appctx, again[0].snippet_id) == []
