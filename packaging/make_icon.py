"""Draw the Toegang Desktop icon: an open door in a calm blue-green rounded square.

Our own drawing (no copied art), made with QPainter so it needs nothing beyond the app's own
dependencies. Writes `resources/icons/toegang.png` (256 px, the window icon) and
`packaging/toegang.ico` (16-256 px, for the Windows executable and installer). The output is
deterministic; run it again after changing the drawing:

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
PNG_PATH = ROOT / "resources" / "icons" / "toegang.png"
ICO_PATH = ROOT / "packaging" / "toegang.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

BLUE = QColor("#2b6f97")
GREEN = QColor("#2a9d8f")
LIGHT = QColor("#ffe9a8")  # warm light through the open doorway
WHITE = QColor("#ffffff")


def draw(size: int) -> QImage:
    """The icon at `size` px; drawn on a 256-unit canvas and scaled."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    # The tile: a rounded square, blue at the top left fading to green.
    gradient = QLinearGradient(QPointF(0, 0), QPointF(256, 256))
    gradient.setColorAt(0, BLUE)
    gradient.setColorAt(1, GREEN)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)

    # The doorway with light coming through, and a threshold under it.
    painter.setBrush(LIGHT)
    painter.drawRect(QRectF(104, 52, 96, 152))
    frame = QPen(WHITE, 14)
    frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(frame)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(104, 204), QPointF(104, 52), QPointF(200, 52),
                                    QPointF(200, 204)]))
    painter.setPen(QPen(WHITE, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(60, 212), QPointF(214, 212))

    # The door itself, swung open towards us on its left hinge.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawPolygon(QPolygonF([QPointF(104, 45), QPointF(56, 66), QPointF(56, 214),
                                   QPointF(104, 204)]))
    painter.setBrush(BLUE)
    painter.drawEllipse(QPointF(70, 140), 8, 8)  # the handle
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO container of PNG-compressed entries (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        # width/height 0 means 256; no palette; 1 plane; 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    PNG_PATH.parent.mkdir(parents=True, exist_ok=True)
    PNG_PATH.write_bytes(png_bytes(draw(256)))
    ICO_PATH.write_bytes(ico_bytes([png_bytes(draw(size)) for size in ICO_SIZES], ICO_SIZES))
    print(f"wrote {PNG_PATH.relative_to(ROOT)} and {ICO_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
