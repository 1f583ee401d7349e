"""Exit 0 if a PNG file is a picture with content, 1 if it is not a PNG, too small, or (nearly) blank.

    python3 packaging/png_check.py FILE [MIN_WIDTH MIN_HEIGHT]

Plain Python (struct, zlib): the smoke test and the real-display check run it without the app's venv.
"""
import struct
import sys
import zlib


def distinct_samples(path: str, min_size: tuple[int, int]) -> int:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width < min_size[0] or height < min_size[1]:
        raise ValueError(f"{width} x {height} px is smaller than {min_size[0]} x {min_size[1]}")
    idat, pos = b"", 8
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        idat += data[pos + 8:pos + 8 + n] if kind == b"IDAT" else b""
        pos += n + 12
    raw = zlib.decompress(idat)
    return len(set(raw[::97]))  # a picture, not a blank page: its bytes take many values


if __name__ == "__main__":
    size = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1, 1)
    try:
        distinct = distinct_samples(sys.argv[1], size)
    except (OSError, ValueError, zlib.error) as exc:
        sys.exit(f"{sys.argv[1]}: {exc}")
    if distinct <= 16:
        sys.exit(f"{sys.argv[1]}: the picture is (nearly) blank")
