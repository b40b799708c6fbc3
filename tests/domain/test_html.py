"""The sanitiser: allow-list, dangerous constructs removed, attachment URL recognition."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.html import (
    AttachmentRef,
    attachment_ref,
    html_to_text,
    plain_text_to_html,
    sanitize_html,
)

HOSTILE = """
<p onclick="steal()" style="background:url(http://evil.example/bg.png)">Hello
<script>alert(1)</script><img src="http://evil.example/track.png" onerror="alert(2)">
<a href="javascript:alert(3)">js</a><a href="JaVaScRiPt&#58;alert(4)">js2</a>
<a href=" java\tscript:alert(5)">js3</a><iframe src="https://evil.example/"></iframe>
<object data="x.swf"></object><embed src="x"><style>body{background:url(http://evil.example/css)}</style>
<svg><script>alert(6)</script></svg><form action="http://evil.example"><input name=x></form>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>
<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
<a href="https://help.example.com/x" target="_blank" rel="opener">ok</a></p>
"""


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    parser.close()
    return parser


def _assert_safe(html: str) -> None:
    out = sanitize_html(html)
    assert "<script" not in out.lower()
    parsed = _parse(out)
    forbidden = {"script", "iframe", "object", "embed", "style", "svg", "form", "input", "link", "meta"}
    assert not forbidden & set(parsed.tags)
    for tag, name, value in parsed.attrs:
        assert not name.lower().startswith("on"), (tag, name)
        assert name != "style"
        squeezed = "".join(value.split()).lower()
        assert not squeezed.startswith("javascript:"), (tag, name, value)
        if squeezed.startswith("data:"):
            assert tag == "img" and squeezed.startswith("data:image/")
            assert not squeezed.startswith("data:image/svg")


def test_hostile_body_is_defanged() -> None:
    out = sanitize_html(HOSTILE)
    _assert_safe(HOSTILE)
    assert "alert" not in out
    assert "evil.example/bg.png" not in out and "evil.example/css" not in out
    assert 'href="https://help.example.com/x"' in out
    assert 'rel="noopener noreferrer nofollow"' in out
    assert "target" not in out
    # the remote image is kept as markup: the *view* refuses to load it (see test_html_view)
    assert 'src="http://evil.example/track.png"' in out


def test_allowed_structure_survives() -> None:
    source = (
        "<h2>T</h2><p><b>b</b><i>i</i><u>u</u><strong>s</strong><em>e</em><br></p><ul><li>x</li></ul>"
        "<ol start=\"3\"><li>y</li></ol><table><tr><th colspan=\"2\">h</th></tr><tr><td>c</td></tr></table>"
        '<blockquote>q</blockquote><pre><code>c</code></pre><img src="/svc/api/v2/notice/attachments/a1"'
        ' alt="pic" width="100" height="50px">'
    )
    out = sanitize_html(source)
    for piece in ("<h2>", "<b>", "<li>", 'start="3"', 'colspan="2"', "<blockquote>", "<pre><code>",
                  'src="/svc/api/v2/notice/attachments/a1"', 'alt="pic"', 'width="100"', 'height="50"'):
        assert piece in out


def test_small_png_data_image_is_kept_and_huge_one_dropped() -> None:
    small = '<img src="data:image/png;base64,iVBORw0KGgo=">'
    assert "data:image/png" in sanitize_html(small)
    huge = '<img src="data:image/png;base64,' + "A" * 1_500_000 + '">'
    assert "data:" not in sanitize_html(huge)


def test_html_to_text_and_back() -> None:
    assert html_to_text("<p>a &amp; b</p><p>c<script>x</script></p>") == "a & b\nc"
    assert html_to_text("<p>" + "x" * 50 + "</p>", limit=10) == "x" * 9 + "\u2026"
    assert plain_text_to_html("<b>\n") == "<p>&lt;b&gt;<br></p>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/svc/api/v2/notice/attachments/abc123", AttachmentRef("svc", "notice", "abc123")),
        ("/svc/api/v2/helpdoc/attachments/abc?type=open", AttachmentRef("svc", "helpdoc", "abc")),
        ("http://127.0.0.1:8080/svc/api/v2/ticket/attachments/f00", AttachmentRef("svc", "ticket", "f00")),
        ("http://127.0.0.1:9999/svc/api/v2/ticket/attachments/f00", None),
        ("http://evil.example/svc/api/v2/ticket/attachments/f00", None),
        ("/other/api/v2/notice/attachments/abc", None),
        ("/svc/api/v2/notice/list.json", None),
        ("/svc/api/v2/notice/attachments/../../x", None),
        ("http://user@127.0.0.1:8080/svc/api/v2/ticket/attachments/f00", None),
    ],
)
def test_attachment_ref(url: str, expected: AttachmentRef | None) -> None:
    assert attachment_ref(url, service_id="svc", base_url="http://127.0.0.1:8080") == expected


_FRAGMENTS = st.sampled_from(
    ["<script>", "</script>", "<scr", "ipt>", "javascript:", "java", "script:", "&#x6a;", "&#106;", "\t",
     "\n", " on", "onerror=", "onload", "=", '"', "'", "<img ", "<a ", "href=", "src=", ">", "<", "/", "x",
     "<svg>", "<iframe>", "<style>", "data:", "text/html", "&colon;", "&#58;", "\x00", "<!--", "-->",
     "<![CDATA["]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join))
def test_sanitiser_never_lets_active_content_through(source: str) -> None:
    _assert_safe(source)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_sanitiser_handles_arbitrary_text(source: str) -> None:
    _assert_safe(source)
    assert "<script" not in sanitize_html(source).lower()
