"""download_ops helpers: safe names, unique paths, per-service cache folders; inline data images."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from contiple_desktop.domain.models import Attachment
from contiple_desktop.paths import AppPaths
from contiple_desktop.tasks import download_ops
from contiple_desktop.ui.html_view import SafeHtmlView


def test_safe_file_name() -> None:
    assert download_ops.safe_file_name("../../etc/passwd") == "_.._etc_passwd"  # no separators left
    assert download_ops.safe_file_name('a<b>:c"d|e?f*g.txt') == "a_b_c_d_e_f_g.txt"
    assert download_ops.safe_file_name("CON.txt") == "attachment_CON.txt"
    assert download_ops.safe_file_name("") == "attachment"
    assert download_ops.safe_file_name("변경사항.txt") == "변경사항.txt"
    long = download_ops.safe_file_name("x" * 300 + ".pdf")
    assert len(long) == 150 and long.endswith(".pdf")


def test_unique_path(tmp_path: Path) -> None:
    assert download_ops.unique_path(tmp_path, "a.pdf") == tmp_path / "a.pdf"
    (tmp_path / "a.pdf").write_bytes(b"1")
    (tmp_path / "a (1).pdf.part").write_bytes(b"")
    assert download_ops.unique_path(tmp_path, "a.pdf") == tmp_path / "a (2).pdf"


def test_cache_folders_are_per_service(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    att = Attachment("abc", "f.pdf")
    one = download_ops.cache_path(paths, download_ops.origin_key("https://a.example", "S1"), "notice", att)
    two = download_ops.cache_path(paths, download_ops.origin_key("https://a.example", "S2"), "notice", att)
    assert one != two and one.name == two.name == "f.pdf"
    assert paths.cache_dir in one.parents


def _png_data_url(width: int, height: int) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def test_inline_data_images_are_decoded_and_width_limited(qtbot: Any, offline_appctx: Any) -> None:
    view = SafeHtmlView(offline_appctx)
    qtbot.addWidget(view)
    small, wide = _png_data_url(20, 10), _png_data_url(SafeHtmlView.MAX_IMAGE_WIDTH + 400, 4)
    with qtbot.waitSignal(view.images_settled):
        view.set_html(f'<p><img src="{small}"><img src="{wide}"><img src="data:text/html;base64,PGI+">')
    view.grab()
    kind = QTextDocument.ResourceType.ImageResource.value
    first = view.document().resource(kind, QUrl(small))
    second = view.document().resource(kind, QUrl(wide))
    assert isinstance(first, QImage) and first.width() == 20
    assert isinstance(second, QImage) and second.width() == SafeHtmlView.MAX_IMAGE_WIDTH
    assert view.refused_urls == []  # the data:text/html source never reached the document
    assert "data:text/html" not in view.toHtml()
