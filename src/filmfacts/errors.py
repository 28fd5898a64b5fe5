"""One exception tree for everything a user can get wrong or meet.

    FilmfactsError                 anything filmfacts reports as a one-line message
    ├── InputError                 an input cannot be used as given
    │   ├── SourceNotFound         a path that does not exist
    │   ├── EmptyInput             an empty file, or a folder with nothing readable
    │   ├── UnreadableDocument     binary, not UTF-8, malformed XML/HTML, unsafe XML, truncated bz2
    │   ├── UnsupportedFormat      readable, but no reader knows the format
    │   ├── NoFilmFound            a document that is not about a film
    │   └── MalformedTable         a table whose rows cannot be aligned with its header
    ├── StoreError                 the database cannot be opened, written or is of another version
    ├── NotFound                   a film or person that is not in the store
    └── PipelineError              stages declared in an order that cannot run

Every message says what was wrong and what to do about it; the CLI prints
`str(error)` on one line and exits with `error.exit_code`.
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


class StoreError(FilmfactsError):
    exit_code = 3



class NotFound(FilmfactsError):
    exit_code = 4


class PipelineError(FilmfactsError):
    exit_code = 5
