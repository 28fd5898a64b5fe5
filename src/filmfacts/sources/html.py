"""Rendered HTML of wiki pages (Wikipedia, Fandom) → Document. Filled in by the HTML reader work."""

from __future__ import annotations

from ..errors import UnsupportedFormat
from ..model import Document

FORMAT = "html"


def sniff(text: str) -> bool:
    return False


def read(text: str, source: str) -> Document:
    raise UnsupportedFormat(f"{source}: HTML is not supported yet")
