"""Data files, plain, gzip or a zip of one file: their first bytes (to recognise them), their whole
text, their text in pieces and their rows as a stream.

Dataset readers (film rows as JSON, KOBIS and other CSV or TSV tables) accept all three (TMDB's
5000-movies table ships as a zip holding one CSV); a damaged archive or another encoding gets a
message that says what to do.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import sys
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from ..errors import UnreadableDocument

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"


def zip_member(path: Path) -> zipfile.ZipInfo | None:
    """The one file a zip holds (folders and macOS resource forks aside), or None when it holds
    another number of files or cannot be opened as a zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            files = [i for i in archive.infolist()
                     if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    except (OSError, zipfile.BadZipFile):
        return None
    return files[0] if len(files) == 1 else None


def head_bytes(path: Path, size: int = 8192) -> bytes:
    """The first bytes of the content; of a gzip file, as much as its first bytes decompress to (a
    damaged file still shows its header, and reading it then says what is wrong). b"" if unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError:
        return b""
    if head[:2] == GZIP_MAGIC:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
        except zlib.error:
            return b""
    elif head[:4] == ZIP_MAGIC:
        if (member := zip_member(path)) is None:
            return b""
        try:
            with zipfile.ZipFile(path) as archive, archive.open(member) as inner:
                head = inner.read(size)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError):
            return b""
    return head


def read_text(path: Path) -> str:
    """The whole file as UTF-8 text, gzip decompressed."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(f"{path}: cannot read ({err.strerror})", hint="check its permissions") from None
    if raw[:2] == GZIP_MAGIC:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as err:
            raise UnreadableDocument(f"{path}: cannot decompress ({err})", hint="the .gz file may be damaged") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"{path}: not UTF-8 (bad byte at offset {err.start})",
                                 hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`") from None


CHUNK = 1 << 20


def text_chunks(path: Path, size: int = CHUNK) -> Iterator[str]:
    """The file as UTF-8 text (a byte-order mark dropped), gzip decompressed, in pieces of about
    `size` characters: memory holds one piece however large the file."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    offset = 0
    try:
        with path.open("rb") as raw:
            stream = gzip.GzipFile(fileobj=raw) if raw.read(2) == GZIP_MAGIC else raw
            raw.seek(0)
            while data := stream.read(size):
                yield decoder.decode(data)
                offset += len(data)
            yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"{path}: not UTF-8 (bad byte at offset {offset + err.start})",
                                 hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`") from None
    except (OSError, EOFError, zlib.error) as err:
        raise UnreadableDocument(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})",
                                 hint="the file may be damaged or truncated (a .gz file: download it again)") \
            from None


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The file's content as a binary stream: gzip and a zip of one file decompressed as read."""
    try:
        with path.open("rb") as raw:
            magic = raw.read(4)
            raw.seek(0)
            if magic[:2] == GZIP_MAGIC:
                with gzip.GzipFile(fileobj=raw) as packed:
                    yield packed  # type: ignore[misc]
            elif magic == ZIP_MAGIC:
                if (member := zip_member(path)) is None:
                    raise UnreadableDocument(f"{path}: a zip that does not hold exactly one file",
                                             hint="unzip it and give the data file")
                with zipfile.ZipFile(raw) as archive, archive.open(member) as stream:
                    yield stream
            else:
                yield raw
    except OSError as err:
        raise UnreadableDocument(f"{path}: cannot read ({err.strerror or err})",
                                 hint="check its permissions, or download it again if it is damaged") from None


@dataclass(frozen=True)
class Row:
    """A data row: the line it starts on (1-based, for messages) and its cells by column."""

    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "").strip()


def _field_limit() -> None:
    # an abstract or a JSON cell may pass csv's default 128 KiB; a cell is still held to a document's size
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def table_rows(path: Path, *, delimiter: str = ",", quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL,
               columns: Sequence[str] = ()) -> Iterator[Row]:
    """The rows of a CSV or TSV file (plain, gzip or zipped), streamed: memory holds one row. The
    first row is the header (or `columns` names them); a row with another number of cells than the
    header, a cell csv cannot read or a byte that is not UTF-8 is an error naming its line."""
    _field_limit()
    with open_binary(path) as stream:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        reader = csv.reader(text, delimiter=delimiter, quoting=quoting)
        prev = 0  # the last line of the previous row: a quoted cell may hold line breaks
        try:
            header = list(columns)
            if not header:
                header = [c.strip() for c in next(reader, [])]
                prev = reader.line_num
            for cells in reader:
                start, prev = prev + 1, reader.line_num
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    raise UnreadableDocument(
                        f"{path}: line {start} has {len(cells)} cells where the header has {len(header)}",
                        hint="the file may be truncated or edited by hand; fix or remove that line")
                yield Row(start, dict(zip(header, cells, strict=True)))
        except csv.Error as err:
            raise UnreadableDocument(f"{path}: line {reader.line_num}: {err}", hint="check the file is CSV") from None
        except UnicodeDecodeError as err:
            raise UnreadableDocument(f"{path}: not UTF-8 (near line {reader.line_num}: {err.reason})",
                                     hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`") from None
        except (EOFError, zlib.error, zipfile.BadZipFile) as err:
            raise UnreadableDocument(f"{path}: cannot read near line {reader.line_num} ({err})",
                                     hint="the file may be damaged or truncated (download it again)") from None
