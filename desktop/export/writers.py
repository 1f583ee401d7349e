"""Write a framed picture to PNG, SVG or PDF, atomically (a temporary file in the target's folder, renamed
over the target once complete: an error or a crash never leaves a partial file), or render it for the
clipboard."""
from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from db.api.exports import atomic_target as write_aside
from desktop import APP_NAME, __version__
from desktop.export.document import Framed
from desktop.export.options import MAX_PIXELS_SIDE, ExportError, ExportOptions, format_of, translate

PDF_RESOLUTION = 1200
LOGICAL_DPI = 96


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("Export", "permission denied (choose a folder you can write to)")
    if exc.errno == errno.ENOENT:
        return translate("Export", "the folder does not exist")
    if exc.errno == errno.ENOSPC:
        return translate("Export", "the disk is full")
    if exc.errno == errno.EISDIR:
        return translate("Export", "that is a folder")
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[str]:
    """Yield a temporary path beside `target`; on success it replaces `target`, on any error it is removed
    (db.api.exports.atomic_target writes aside; here its errors become ExportErrors)."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"{target}: " + translate("Export", "that is a folder"))
    written = None
    try:
        with write_aside(target, create_folder=False) as tmp:
            yield str(tmp)
            if os.path.getsize(tmp) == 0:
                raise ExportError(translate("Export", "cannot write %1: nothing was written").replace("%1", str(target)), usage=False)
            written = os.stat(tmp).st_ino
    except OSError as exc:
        with contextlib.suppress(OSError):
            if written is not None and os.stat(target).st_ino == written:
                return  # renamed into place, whole: only the folder's fsync after the rename failed
        raise ExportError(translate("Export", "cannot write %1: %2").replace("%1", str(target)).replace("%2", _reason(exc)),
                          usage=False) from exc


def image_size(doc: Framed, options: ExportOptions) -> QSize:
    return QSize(round(doc.width * options.scale), round(doc.height * options.scale))


def render_image(doc: Framed, options: ExportOptions) -> QImage:
    """The picture as an image of (width × scale) × (height × scale) pixels."""
    doc.layout(options.width)
    size = image_size(doc, options)
    if size.height() > MAX_PIXELS_SIDE:
        raise ExportError(translate("Export", "the picture would be %1 pixels high: choose a smaller scale")
                          .replace("%1", f"{size.height():,}"))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(doc.theme.background)
    dots = round(LOGICAL_DPI * options.scale / 0.0254)  # prints at the logical size
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.scale(size.width() / doc.width, size.height() / doc.height)
    doc.paint(p)
    p.end()
    return image


def _write_png(doc: Framed, options: ExportOptions, path: str) -> None:
    image = render_image(doc, options)
    texts = {"Software": f"{APP_NAME} {__version__}"}
    if doc.caption is not None:
        texts.update({"Title": doc.caption.title, "Description": doc.caption.text})
    if sys.byteorder != "little":  # the fast encoder reads RGB32 as B, G, R, A bytes
        from PySide6.QtGui import QImageWriter
        writer = QImageWriter(path, b"png")
        for key, value in texts.items():
            writer.setText(key, value)
        if not writer.write(image):
            raise OSError(errno.EIO, writer.errorString(), path)
        return
    from desktop.export.png import encode
    data = encode(image, image.dotsPerMeterX(), texts)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _write_svg(doc: Framed, options: ExportOptions, path: str) -> None:
    try:
        from PySide6.QtSvg import QSvgGenerator
    except ImportError as exc:  # a build without Qt's SVG module
        raise ExportError(translate("Export", "this build of ChipLens cannot write SVG (Qt's SVG module is missing): "
                             "export PNG or PDF instead")) from exc
    doc.layout(options.width)
    gen = QSvgGenerator()
    gen.setFileName(path)
    gen.setSize(QSize(round(doc.width * options.scale), round(doc.height * options.scale)))
    gen.setViewBox(QRect(0, 0, doc.width, doc.height))
    gen.setResolution(LOGICAL_DPI)
    gen.setTitle(doc.caption.title if doc.caption else APP_NAME)
    gen.setDescription(doc.caption.text if doc.caption else f"{APP_NAME} {__version__}")
    p = QPainter()
    if not p.begin(gen):
        raise OSError(errno.EIO, "cannot start the SVG writer", path)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    doc.paint(p)
    p.end()


def pdf_writer(path: str, title: str) -> QPdfWriter:
    pdf = QPdfWriter(path)
    pdf.setResolution(PDF_RESOLUTION)
    pdf.setCreator(f"{APP_NAME} {__version__}")
    pdf.setTitle(title)
    return pdf


def _write_pdf(doc: Framed, options: ExportOptions, path: str) -> None:
    doc.layout(options.width)
    pdf = pdf_writer(path, doc.caption.title if doc.caption else APP_NAME)
    points = QSizeF(doc.width * 72 / LOGICAL_DPI, doc.height * 72 / LOGICAL_DPI)
    pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point, "ChipLens", QPageSize.SizeMatchPolicy.ExactMatch),
                                  QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(pdf):
        raise OSError(errno.EIO, "cannot start the PDF writer", path)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    factor = PDF_RESOLUTION / LOGICAL_DPI
    p.scale(factor, factor)
    doc.paint(p)
    p.end()


WRITERS = {"png": _write_png, "svg": _write_svg, "pdf": _write_pdf}


def write(doc: Framed, target: Path, options: ExportOptions) -> Path:
    """Write `doc` to `target` in the format its extension names; ExportError says what went wrong."""
    target = Path(target)
    fmt = format_of(target)
    options.checked()
    with atomic_target(target) as tmp:
        WRITERS[fmt](doc, options, tmp)
    return target


def copy_image(image: QImage) -> None:
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().setImage(image)
