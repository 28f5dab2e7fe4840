"""A case's photo: what the loader accepts, and how the case editor brings a leader's picture into a bundle.

The loader reads only the header (a PNG or JPEG, its size in pixels) so that a bad file is refused
before anything decodes it. The editor takes a photo from anywhere, checks it the same way, and
stores a scaled copy: a kiosk shows it a few hundred pixels wide, so a 12-megapixel camera file
would only make the bundle slow to share.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_SIDE = 4000
MAX_PHOTO_PIXELS = 12_000_000
MAX_SOURCE_BYTES = 40 * 1024 * 1024
"""The largest file the editor will read to scale down (a phone photo is 3 to 12 MB)."""
MAX_SOURCE_PIXELS = 50_000_000
STORED_SIDE = 800
"""The longest side of a photo as the editor stores it, in pixels."""

_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


class PhotoRefused(ValueError):
    """A chosen picture cannot be used; the message says why, in a leader's words."""


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG, read from its header; None if it is neither."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if not data.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # padding
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        at += 2 + length
    return None


def check_photo(data: bytes) -> str | None:
    """What is wrong with a photo inside a bundle ("is not a PNG or JPEG image"), or None."""
    if len(data) > MAX_PHOTO_BYTES:
        return "is larger than 2 MB"
    size = image_size(data)
    if size is None:
        return "is not a PNG or JPEG image"
    width, height = size
    if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE or width * height > MAX_PHOTO_PIXELS:
        # An 8000 x 8000 photo costs 250 MB to show for a few hundred pixels on screen.
        return f"is {width} × {height} pixels; scale it to at most {MAX_PHOTO_SIDE} pixels a side"  # noqa: RUF001
    return None


def photo_suffix(data: bytes) -> str:
    """ ".png" or ".jpg", by the photo's header."""
    return ".png" if data.startswith(b"\x89PNG") else ".jpg"


def prepare_photo(path: Path) -> bytes:
    """The picture at `path` as a bundle photo: checked, turned upright, scaled to at most
    `STORED_SIDE` pixels a side, saved as JPEG (PNG if it has transparency).

    Raises `PhotoRefused` with the reason if it is not a PNG or JPEG, too big, or damaged.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # only the editor needs Pillow

    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise PhotoRefused("the file is larger than 40 MB: choose a smaller picture")
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoRefused(f"cannot read the file ({exc.strerror or exc})") from exc
    size = image_size(data)
    if size is None:
        raise PhotoRefused("not a PNG or JPEG picture")
    if size[0] * size[1] > MAX_SOURCE_PIXELS or max(size) > 20_000:
        raise PhotoRefused(f"the picture is {size[0]} × {size[1]} pixels, too large to open safely")  # noqa: RUF001
    try:
        with Image.open(io.BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened)
            picture.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PhotoRefused(f"the picture is damaged and cannot be read ({exc})") from exc
    picture.thumbnail((STORED_SIDE, STORED_SIDE))
    out = io.BytesIO()
    if picture.mode in ("RGBA", "LA") or "transparency" in picture.info:
        picture.save(out, "PNG", optimize=True)
    else:
        picture.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    stored = out.getvalue()
    fault = check_photo(stored)
    if fault is not None:  # cannot happen at 800 pixels, but never store what the loader refuses
        raise PhotoRefused(f"the scaled picture {fault}")
    return stored
