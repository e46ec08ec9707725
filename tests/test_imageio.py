"""Every kind of bad or unusual image: a clear error naming the problem, or a normalised RGB image."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from seeingeye.errors import FileReadError, ImageError, ImageTooLargeError, InputError, UnsupportedImageError
from seeingeye.imageio import load_image


def png_bytes(img: Image.Image, **kw) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    img.save(buf, format=kw.pop("format", "PNG"), **kw)
    return buf.getvalue()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="not found"):
        load_image(tmp_path / "nope.png")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="directory"):
        load_image(tmp_path)


def test_zero_bytes(tmp_path: Path) -> None:
    p = tmp_path / "empty.png"
    p.write_bytes(b"")
    with pytest.raises(ImageError, match="empty"):
        load_image(p)


def test_not_an_image(tmp_path: Path) -> None:
    p = tmp_path / "notes.png"
    p.write_text("hello, I am text pretending to be a PNG")
    with pytest.raises(UnsupportedImageError, match="not an image"):
        load_image(p)


def test_truncated_png() -> None:
    data = png_bytes(Image.new("RGB", (300, 300), "red"))
    with pytest.raises(ImageError, match="truncated or corrupt"):
        load_image(data[: len(data) // 2])


def test_corrupt_jpeg_body() -> None:
    data = bytearray(png_bytes(Image.effect_noise((200, 200), 50).convert("RGB"), format="JPEG"))
    data[400:] = b"\x00" * (len(data) - 400)
    try:
        img = load_image(bytes(data))
    except ImageError as exc:
        assert "corrupt" in str(exc) or "truncated" in str(exc)
    else:  # libjpeg may decode garbage as grey; what matters is no crash and a real image
        assert img.size == (200, 200)


def test_decompression_bomb_pixel_limit() -> None:
    data = png_bytes(Image.new("L", (3000, 3000)))
    with pytest.raises(ImageTooLargeError, match="pixels"):
        load_image(data, max_pixels=1_000_000)


def test_file_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.png"
    p.write_bytes(png_bytes(Image.effect_noise((400, 400), 80).convert("RGB")))
    with pytest.raises(ImageTooLargeError, match="too large"):
        load_image(p, max_file_bytes=1000)


def test_huge_image_is_downscaled() -> None:
    img = load_image(png_bytes(Image.new("RGB", (6000, 1500), "white")), max_side=2000)
    assert img.size == (2000, 500)
    assert img.original_size == (6000, 1500)
    assert any("downscaled" in n for n in img.notes)


def test_tiny_image_rejected() -> None:
    with pytest.raises(ImageError, match="too small"):
        load_image(png_bytes(Image.new("RGB", (2, 40))))


def test_svg_rejected() -> None:
    with pytest.raises(UnsupportedImageError, match="SVG"):
        load_image(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')


def test_animated_gif_first_frame() -> None:
    frames = [Image.new("RGB", (40, 40), c) for c in ("red", "green", "blue")]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    img = load_image(buf.getvalue())
    assert img.frames == 3 and img.image.mode == "RGB"
    assert any("first" in n for n in img.notes)
    assert tuple(img.array[20, 20])[0] > 200  # the first (red) frame


def test_multipage_tiff_first_page() -> None:
    pages = [Image.new("RGB", (50, 30), c) for c in ("red", "blue")]
    buf = io.BytesIO()
    pages[0].save(buf, format="TIFF", save_all=True, append_images=pages[1:])
    img = load_image(buf.getvalue())
    assert img.frames == 2
    assert tuple(img.array[10, 10]) == (255, 0, 0)


def test_cmyk_jpeg() -> None:
    img = load_image(png_bytes(Image.new("CMYK", (64, 64), (0, 255, 255, 0)), format="JPEG"))
    r, g, b = img.array[32, 32]
    assert img.original_mode == "CMYK" and r > 200 and g < 60 and b < 60


def test_16bit_png() -> None:
    arr = (np.linspace(0, 65535, 64 * 64).reshape(64, 64)).astype(np.uint16)
    img16 = Image.new("I;16", (64, 64))
    img16.frombytes(arr.astype("<u2").tobytes())
    img = load_image(png_bytes(img16))
    assert img.image.mode == "RGB"
    assert img.array[0, 0, 0] < 10 and img.array[-1, -1, 0] > 245


def test_palette_with_transparency_composited_on_white() -> None:
    pal = Image.new("P", (32, 32), 0)
    pal.putpalette([0, 0, 0] * 256)
    pal.info["transparency"] = 0
    img = load_image(png_bytes(pal))
    assert tuple(img.array[5, 5]) == (255, 255, 255)


def test_rgba_alpha_composited() -> None:
    rgba = Image.new("RGBA", (32, 32), (255, 0, 0, 0))
    ImageDraw.Draw(rgba).rectangle((8, 8, 24, 24), fill=(0, 0, 255, 255))
    img = load_image(png_bytes(rgba))
    assert tuple(img.array[2, 2]) == (255, 255, 255) and tuple(img.array[16, 16]) == (0, 0, 255)


def test_exif_rotation_applied_first() -> None:
    base = Image.new("RGB", (120, 60), "white")
    ImageDraw.Draw(base).rectangle((0, 0, 30, 60), fill="red")  # red on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    img = load_image(png_bytes(base, format="JPEG", exif=exif.tobytes()))
    assert img.size == (60, 120)
    top = img.array[5, 30]
    assert top[0] > 200 and top[1] < 80  # the red band is now at the top
    assert any("EXIF" in n for n in img.notes)


def test_sha256_is_of_the_bytes() -> None:
    data = png_bytes(Image.new("RGB", (10, 10)))
    import hashlib

    assert load_image(data).sha256 == hashlib.sha256(data).hexdigest()


# ---- Issue 10, items 2 and 10: regular files only, a byte cap, one-line reasons for every OSError ----------


def test_devices_and_fifos_are_refused_before_opening(tmp_path: Path) -> None:
    from seeingeye.imageio import read_file

    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    for path, needle in [("/dev/zero", "character device"), (fifo, "FIFO"), (tmp_path, "directory")]:
        with pytest.raises(FileReadError, match=needle):  # opening the FIFO would block: it must not be opened
            load_image(path)
        with pytest.raises(FileReadError, match=needle):
            read_file(path, 1000, "PDF")


def test_a_path_swapped_for_a_fifo_after_the_check_cannot_hang(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The descriptor is opened non-blocking and checked again: a race between stat and open is harmless."""
    from seeingeye import imageio

    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    monkeypatch.setattr(imageio, "regular_file", lambda path, what="file": regular)
    with pytest.raises(FileReadError, match="FIFO"):
        imageio.read_file(fifo, 10**7)


def test_reads_stop_at_the_byte_cap() -> None:
    from seeingeye.imageio import read_stream

    with open("/dev/zero", "rb") as endless, pytest.raises(ImageTooLargeError, match="too large"):
        read_stream(endless, 3 << 20, "stdin")
    assert read_stream(io.BytesIO(b"abc"), 3) == b"abc"
    with pytest.raises(ImageTooLargeError):
        read_stream(io.BytesIO(b"abcd"), 3)


@pytest.mark.parametrize(
    "err,needle",
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "file name too long"),
        (OSError(errno.EIO, "Input/output error"), "input/output error"),
    ],
)
def test_every_oserror_is_a_one_line_input_error(tmp_path: Path, monkeypatch, err: OSError, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Simulated, so it also holds when the tests run as root (who may read any file)."""
    p = tmp_path / "x.png"
    p.write_bytes(png_bytes(Image.new("RGB", (8, 8))))

    def refuse(*args: object, **kw: object) -> int:
        raise err

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError, match=needle) as info:
        load_image(p)
    assert isinstance(info.value, ImageError) and "\n" not in str(info.value)


def test_overlong_names_are_shortened_in_errors(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="file name too long") as info:
        load_image(tmp_path / ("n" * 5000))
    assert len(str(info.value)) < 200
