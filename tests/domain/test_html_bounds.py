"""The bounds on prepared HTML: nesting caps, size budgets and their facts, chunks, image policy,
captions — and, for any input, bounded depth and size (property tests)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.html import (
    MAX_OUTPUT_DEPTH,
    NO_IMAGES,
    HtmlLimits,
    ImagePolicy,
    prepare_html,
    prepare_plain_text,
    sanitize_caption,
    sanitize_html,
)
from contiple_desktop.domain.html_bounds import (
    HARD_CHUNK_CHARS,
    MAX_DIV_DEPTH,
    MAX_LIST_DEPTH,
    MAX_QUOTE_DEPTH,
    MAX_TABLE_DEPTH,
    limit_source_depth,
)
from tests.domain.test_html import _assert_safe

VOID = {"br", "hr", "img", "col"}


class _Shape(HTMLParser):
    """Nesting of a fragment: overall and per tag, and whether it is balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.depth = 0
        self.per_tag: dict[str, int] = {}
        self.balanced = True
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        self.depth = max(self.depth, len(self.stack))
        self.per_tag[tag] = max(self.per_tag.get(tag, 0), self.stack.count(tag))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.balanced = False
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shape(html: str) -> _Shape:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    parser.balanced = parser.balanced and not parser.stack
    return parser


def nested(open_: str, close: str, depth: int, inner: str = "x") -> str:
    return open_ * depth + inner + close * depth


def test_deep_tables_become_plain_rows() -> None:
    out = prepare_html(nested("<table><tr><td>", "</td></tr></table>", 2000))
    parsed = shape(out.html)
    assert parsed.per_tag["table"] == MAX_TABLE_DEPTH and parsed.balanced
    assert "".join(parsed.text).strip() == "x" and not out.truncated


def test_deep_lists_become_flat_paragraphs() -> None:
    out = prepare_html(nested("<ul><li>", "</li></ul>", 10_000))
    parsed = shape(out.html)
    assert parsed.per_tag["ul"] == MAX_LIST_DEPTH and parsed.balanced
    assert "\u2022 x" in out.html  # the flattened item keeps a bullet
    items = prepare_html("<ul><li>a" + "<ul><li>b</li><li>c</li></ul>" * 1 + "</li></ul>")
    assert items.html.count("<li>") == 3  # shallow lists are left alone


def test_deep_divs_and_quotes_are_unwrapped() -> None:
    assert shape(prepare_html(nested("<div>", "</div>", 10_000)).html).per_tag["div"] == MAX_DIV_DEPTH
    quotes = shape(prepare_html(nested("<blockquote>", "</blockquote>", 500)).html)
    assert quotes.per_tag["blockquote"] == MAX_QUOTE_DEPTH
    inline = shape(prepare_html(nested("<b><i>", "</i></b>", 5_000)).html)
    assert inline.depth <= MAX_OUTPUT_DEPTH and inline.balanced


def test_unwrapped_blocks_keep_their_lines_apart() -> None:
    inner = "<div>one</div><div>two</div><table><tr><td>a</td><td>b</td></tr></table>"
    source = "<div>" * 20 + inner + "</div>" * 20
    text = prepare_html(source).html
    assert "one<br>two" in text  # not "onetwo"


def test_source_depth_limit_is_an_approximation_before_the_sanitiser() -> None:
    assert limit_source_depth("<p>a<p>b<p>c", 2) == "<p>a<p>b<p>c"  # implicit closes understood
    assert limit_source_depth("<ul><li>a<li>b<li>c</ul>", 2) == "<ul><li>a<li>b<li>c</ul>"
    cut = limit_source_depth("<div>" * 5 + "x" + "</div>" * 5, 3)
    assert cut == "<div>" * 3 + "x" + "</div>" * 3


def test_big_body_is_cut_and_says_how_much() -> None:
    body = "<p>" + "word " * 1_000_000 + "</p>"
    out = prepare_html(body)
    assert out.truncated and out.shown_chars <= 60_000 and out.original_chars == 5_000_000
    assert len(out.html) < 70_000 and shape(out.html).balanced
    assert out.html.endswith("</p>")
    small = prepare_html("<p>short</p>")
    assert not small.truncated and small.shown_chars == small.original_chars == 5


def test_truncation_never_splits_an_entity() -> None:
    limits = HtmlLimits(max_text_chars=7)
    out = prepare_html("<p>a &amp; b &amp; c &amp; d</p>", limits=limits)
    assert out.truncated and "&am<" not in out.html and "&amp;" in out.html
    assert shape(out.html).balanced


def test_chunks_are_balanced_and_make_the_whole() -> None:
    section = "<h3>T{}</h3><p>" + "text " * 60 + "<b>bold</b></p><ol><li>a</li><li>b</li></ol>"
    body = "".join(section.format(i) for i in range(60))
    out = prepare_html(body)
    assert len(out.chunks) > 3
    assert "".join(out.chunks) == out.html
    for chunk in out.chunks:
        assert shape(chunk).balanced, chunk[:200]
    whole = prepare_html(body, chunked=False)
    assert len(whole.chunks) == 1 and whole.shown_chars == out.shown_chars


def test_a_huge_paragraph_is_cut_into_bounded_chunks() -> None:
    out = prepare_html("<p><b>" + "x" * 50_000 + "</b></p>")
    assert max(len(c) for c in out.chunks) <= HARD_CHUNK_CHARS + 100
    assert all(c.startswith("<p><b>") and c.endswith("</b></p>") for c in out.chunks)


def test_an_ordered_list_keeps_counting_across_chunks() -> None:
    out = prepare_html("<ol>" + "".join(f"<li>item {i} {'word ' * 20}</li>" for i in range(200)) + "</ol>")
    assert len(out.chunks) > 1
    assert out.chunks[1].startswith('<ol start="')
    first_count = out.chunks[0].count("<li>")
    assert out.chunks[1].startswith(f'<ol start="{first_count + 1}">')


def test_an_item_cut_in_the_middle_keeps_its_number() -> None:
    out = prepare_html("<ol><li>one</li><li>" + "long " * 3_000 + "</li></ol>")
    assert len(out.chunks) > 1
    assert out.chunks[1].startswith('<ol start="2"><li>')  # the second item goes on, still number 2


def test_images_the_view_cannot_load_become_words() -> None:
    policy = ImagePolicy("svc", "http://127.0.0.1:8080", "[image]", "[image: %1]")
    source = (
        '<p><img src="http://evil.example/t.png" alt="tracking pixel">'
        '<img src="http://evil.example/u.png">'
        '<img src="/svc/api/v2/ticket/attachments/a1" alt="ok">'
        '<img src="http://127.0.0.1:8080/svc/api/v2/notice/attachments/a2">'
        '<img src="/other/api/v2/ticket/attachments/a3">'
        '<img src="data:image/png;base64,iVBORw0KGgo="></p>'
    )
    out = prepare_html(source, images=policy)
    assert "[image: tracking pixel]" in out.html and out.html.count("[image]") == 2
    assert "evil.example" not in out.html and "/other/" not in out.html
    assert out.images == ((
        "/svc/api/v2/ticket/attachments/a1", "http://127.0.0.1:8080/svc/api/v2/notice/attachments/a2",
        "data:image/png;base64,iVBORw0KGgo=",
    ),)  # fmt: skip
    assert out.images_replaced == 3
    offline = prepare_html(source, images=ImagePolicy())  # no connection: only data: images
    assert offline.html.count("<img") == 1 and "data:image/png" in offline.html


def test_image_count_is_capped() -> None:
    many = "<p>" + '<img src="data:image/png;base64,iVBORw0KGgo=">' * 100 + "</p>"
    out = prepare_html(many, images=ImagePolicy(), limits=HtmlLimits(max_images=5))
    assert out.html.count("<img") == 5 and out.images_replaced == 95
    assert out.html.count("[image]") == 95  # the caller's words, like any refused image


def test_caption_has_no_images_and_stays_short() -> None:
    source = '<p>Click <img src="/svc/x.png" alt="the gear"> <script>x</script>then <b>Save</b></p>'
    caption = sanitize_caption(source)
    assert caption == "<p>Click the gear then <b>Save</b></p>"
    assert "<img" not in sanitize_caption('<img src="data:image/png;base64,iVBORw0KGgo=">')
    long = sanitize_caption("<p>" + "word " * 5000 + "</p>")
    assert long.endswith("</p>\u2026") and len(long) < 1_100
    assert sanitize_caption(None) == "" and "<img" not in prepare_html('<img src="x">', images=NO_IMAGES).html


def test_plain_text_is_escaped_and_bounded() -> None:
    out = prepare_plain_text("<b>not bold</b>\nline 2")
    assert out.html == "<p>&lt;b&gt;not bold&lt;/b&gt;<br>line 2</p>"
    big = prepare_plain_text("y" * 200_000)
    assert big.truncated and big.original_chars == 200_000 and len(big.chunks) > 1


def test_sanitize_html_is_bounded_too() -> None:
    out = sanitize_html(nested("<table><tr><td>", "</td></tr></table>", 500))
    assert shape(out).per_tag["table"] == MAX_TABLE_DEPTH


# -- for any input --------------------------------------------------------------------------------
_OPEN = ["<table>", "<tr>", "<td>", "<th>", "<tbody>", "<ul>", "<ol>", "<li>", "<div>", "<blockquote>",
         "<p>", "<b>", "<span>", "<pre>", "<h2>", '<a href="https://x.example/">', "<caption>", "<colgroup>"]
_CLOSE = ["</table>", "</tr>", "</td>", "</ul>", "</ol>", "</li>", "</div>", "</blockquote>", "</p>", "</b>",
          "</span>", "</a>", "</pre>"]
_OTHER = ["x", "word ", "&amp;", "<br>", "<hr>", "<col>", '<img src="https://x/y.png" alt="a">',
          '<img src="data:image/png;base64,iVBORw0KGgo=">', "<script>", "\n", "<"]
_PIECE = st.tuples(st.sampled_from(_OPEN + _CLOSE + _OTHER), st.integers(1, 40)).map(lambda t: t[0] * t[1])
_SMALL = HtmlLimits(max_text_chars=300, max_markup_chars=3_000, max_images=3, max_image_chars=200)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECE, st.text(max_size=6)), max_size=40).map("".join))
def test_any_input_is_safe_bounded_and_balanced(source: str) -> None:
    _assert_safe(source)
    for images in (None, ImagePolicy("svc"), NO_IMAGES):
        out = prepare_html(source, images=images, limits=_SMALL)
        parsed = shape(out.html)
        assert parsed.depth <= MAX_OUTPUT_DEPTH
        assert parsed.per_tag.get("table", 0) <= MAX_TABLE_DEPTH
        assert max(parsed.per_tag.get("ul", 0), parsed.per_tag.get("ol", 0)) <= MAX_LIST_DEPTH
        assert parsed.per_tag.get("div", 0) <= MAX_DIV_DEPTH
        assert parsed.per_tag.get("blockquote", 0) <= MAX_QUOTE_DEPTH
        assert out.shown_chars <= _SMALL.max_text_chars and out.shown_chars <= out.original_chars
        assert len(out.html) <= _SMALL.max_markup_chars + 6 * _SMALL.max_text_chars + 200 * MAX_OUTPUT_DEPTH
        assert out.html.count("<img") <= _SMALL.max_images
        assert all(shape(chunk).balanced for chunk in out.chunks)
        assert out.truncated or out.shown_chars == out.original_chars


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_bounded_plain_text(source: str) -> None:
    out = prepare_plain_text(source, limits=_SMALL)
    assert shape(out.html).depth <= 1 and "<b" not in out.html.replace("<br>", "")
    assert out.shown_chars <= _SMALL.max_text_chars
