"""Image handling for QR reading: load any image as grayscale, and the fallback clean-ups for photos."""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterator

import cv2
import numpy as np

from satchel.errors import ScanError
from satchel.share.imageheader import check_image, check_pixels

MAX_IMAGE_BYTES = 64 * 1024 * 1024
ImageInput = bytes | bytearray | str | os.PathLike[str] | np.ndarray


def _read_bytes(source: str | os.PathLike[str]) -> bytes:
    path = pathlib.Path(source)
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise ScanError("This image file is too large to scan (over 64 MiB).")
        return path.read_bytes()
    except OSError as exc:
        raise ScanError(f"The image {path.name} could not be opened.") from exc


def to_gray(image: ImageInput) -> np.ndarray:
    """A 2-D uint8 grayscale array from PNG/JPEG/… bytes, a file path, or a BGR/gray array."""
    array: np.ndarray | None
    if isinstance(image, np.ndarray):
        array = image
    else:
        data = bytes(image) if isinstance(image, (bytes, bytearray)) else _read_bytes(image)
        if len(data) > MAX_IMAGE_BYTES:
            raise ScanError("This image is too large to scan (over 64 MiB).")
        header = check_image(data)  # dimensions, bit depth and chunk sizes, before any decoding
        array = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
        if array is None:
            raise ScanError(f"This {header.kind} image could not be decoded; it may be damaged.",
                            code="image_damaged", kind=header.kind)
    if array.size == 0 or array.ndim not in (2, 3):
        raise ScanError("This image is empty.", code="image_damaged", kind="")
    check_pixels(array.shape[1], array.shape[0])
    if array.dtype != np.uint8:
        array = cv2.normalize(array, np.empty_like(array), 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    if array.ndim == 3:
        channels = array.shape[2]
        if channels == 4:
            return cv2.cvtColor(_flatten_alpha(array), cv2.COLOR_BGR2GRAY)
        if channels == 3:
            return cv2.cvtColor(array, cv2.COLOR_BGR2GRAY)
        array = array[:, :, 0]
    return np.ascontiguousarray(array)


def _flatten_alpha(bgra: np.ndarray) -> np.ndarray:
    """Put a transparent image on white (a transparent QR background would read as black)."""
    alpha = bgra[:, :, 3:4].astype(np.float32) / 255.0
    flat: np.ndarray = (bgra[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)
    return flat


def _fit(gray: np.ndarray, longest: int) -> np.ndarray:
    scale = longest / max(gray.shape)
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interpolation)


def enhanced_variants(gray: np.ndarray) -> Iterator[np.ndarray]:
    """Clean-ups for photos, cheapest first: contrast (CLAHE), sharpening, thresholding, rescaling."""
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray)
    yield clahe
    blurred = cv2.GaussianBlur(gray, (0, 0), 2.0)
    yield cv2.addWeighted(gray, 2.0, blurred, -1.0, 0)  # unsharp mask against blur
    block = max(15, (min(gray.shape) // 20) | 1)
    yield cv2.adaptiveThreshold(clahe, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 5)
    longest = max(gray.shape)
    if longest < 1000:
        yield _fit(clahe, 2 * longest)  # small or far-away codes: more pixels per module
    elif longest > 2200:
        yield _fit(clahe, 1600)  # huge photos: sensor noise averages out
    _, otsu = cv2.threshold(cv2.medianBlur(gray, 3), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    yield otsu
