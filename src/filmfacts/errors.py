"""One exception tree for everything a user can get wrong or meet.

    FilmfactsError                 anything filmfacts reports as a one-line message
    ├── InputError                 an input cannot be used as given
    │   ├── SourceNotFound         a path that does not exist
    │   ├── EmptyInput             an empty file, or a folder with nothing readable
    │   ├── UnreadableDocument     binary, another encoding, malformed XML/HTML/JSON, unsafe XML, truncated bz2
    │   ├── UnsupportedFormat      readable, but not a document: a table, a log, text with no sentences
    │   ├── NoFilmFound            a document that is not about a film
    │   ├── MalformedTable         a table whose rows cannot be aligned with its header
    │   ├── InvalidValue           an option or a data field that is not what it must be (a date, a count, a kind)
    │   └── LimitExceeded          an input larger than a limit (size, line, nesting, claims); names its flag
    ├── StoreError                 the database cannot be opened, written or is of another version
    │   └── StoreBusy              another process held the store longer than the wait allows
    ├── NotFound                   a film or person that is not in the store
    ├── Ambiguous                  a title or name that several films or people bear: it lists them
    └── PipelineError              stages declared in an order that cannot run

Every message says what was wrong and what to do about it; the CLI prints
`str(error)` on one line and exits with `error.exit_code`. Anything else that
reaches the CLI is a bug: it says so in one line, where to report it, and shows
the traceback only with `--debug`.
"""

from __future__ import annotations


class FilmfactsError(Exception):
    """Base of every error filmfacts reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message}; {hint}" if hint else message)


class InputError(FilmfactsError):
    exit_code = 2


class SourceNotFound(InputError):
    pass


class EmptyInput(InputError):
    pass


class UnreadableDocument(InputError):
    pass


class UnsupportedFormat(InputError):
    pass


class NoFilmFound(InputError):
    pass


class MalformedTable(InputError):
    pass


class InvalidValue(InputError):
    """An option or a field of a data file that is not a value of its kind: `--published notadate`,
    `--workers -3`, a KOBIS date 20241399 (with its file and line)."""


class LimitExceeded(InputError):
    """An input past one of the configured limits. The message names the limit and the flag that
    raises it: "x.txt: a line of 2,000,000 characters, over the limit of 100,000 (--max-line)"."""

    def __init__(self, message: str, *, flag: str, hint: str = "") -> None:
        self.flag = flag
        super().__init__(message, hint=hint or f"raise the limit with {flag} if the input is genuine")


class StoreError(FilmfactsError):
    exit_code = 3


class StoreBusy(StoreError):
    """Another build held the store for longer than this process was told to wait."""


class NotFound(FilmfactsError):
    exit_code = 4


class Ambiguous(FilmfactsError):
    exit_code = 6


class PipelineError(FilmfactsError):
    exit_code = 5


INTERNAL_EXIT = 70  # EX_SOFTWARE: a bug, not the input
