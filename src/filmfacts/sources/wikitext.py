"""MediaWiki wikitext → Document. Filled in by the wikitext reader work."""

from __future__ import annotations

from ..errors import UnsupportedFormat
from ..model import Document

FORMAT = "wikitext"


def sniff(text: str) -> bool:
    return False


def read(text: str, source: str) -> Document:
    raise UnsupportedFormat(f"{source}: wikitext is not supported yet")
