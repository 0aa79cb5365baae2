"""Satchel QR payloads (single frame and animated parts) and DCC VPQR reading."""

from .assembler import Assembler, Progress
from .codec import compress_presentation, decompress_presentation
from .frames import checksum, split
from .presentation import decode_envelope, decode_payload, encode_presentation, is_payload
from .vpqr import ContextLoader, decode_vpqr

__all__ = [
    "Assembler",
    "ContextLoader",
    "Progress",
    "checksum",
    "compress_presentation",
    "decode_envelope",
    "decode_payload",
    "decode_vpqr",
    "decompress_presentation",
    "encode_presentation",
    "is_payload",
    "split",
]
