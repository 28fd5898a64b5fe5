"""Pydantic models at the HTTP edge: what each endpoint answers, as the OpenAPI schema publishes it.

The records themselves are built as plain JSON (`records.py`, the export's shape); these models
describe that shape so clients and the property-based tests (Schemathesis) can check every answer.
Fields a record may carry beyond these are allowed (`extra="allow"`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

JSONValue = Any  # a value as the export writes it: a string, a number, {"amount", "unit"} or null


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorBody(BaseModel):
    status: int = Field(description="The HTTP status, repeated.")
    code: str = Field(description="A stable name: not_found, invalid_request, unauthorized, writes_off, "
                                  "method_not_allowed, store_error, internal_error.")
    message: str = Field(description="What was wrong, in one line.")
    hint: str = Field("", description="What to do about it.")
    detail: list[dict[str, Any]] = Field(default_factory=list, description="Each invalid parameter (422).")


class ErrorResponse(BaseModel):
    """The one shape of every error the API answers."""

    error: ErrorBody


class FilmSummary(Open):
    id: str
    title: str
    titles: list[str]
    year: int | None
    directors: list[str]
    documents: int
    conflicts: int


class FilmPage(BaseModel):
    items: list[FilmSummary]
    total: int
    offset: int
    limit: int


class Evidence(Open):
    document: str
    quote: str
    start: int | None = None
    end: int | None = None


class Fact(Open):
    property: str
    value: JSONValue
    qualifiers: dict[str, Any]
    status: str
    sources: list[str]
    independent_sources: int
    explanation: str
    evidence: list[Evidence]


class Conflict(Open):
    property: str
    qualifiers: dict[str, Any]
    values: dict[str, JSONValue] = Field(description="document id → the value it gives")
    kind: str = Field(description="genuine, different_time, different_scope, typo or stale_copy")
    explanation: str
    evidence: list[Evidence]


class Award(Open):
    ceremony: str
    category: str
    recipients: list[str]
    outcome: str
    sources: list[str]
    evidence: list[str]


class Spelling(Open):
    text: str
    script: str
    documents: list[str] = Field(default_factory=list)


class FilmRecord(Open):
    id: str
    title: str
    titles: list[str]
    year: int | None
    directors: list[str]
    spellings: list[Spelling]
    documents: list[str]
    facts: list[Fact]
    awards: list[Award]
    conflicts: list[Conflict]


class ConflictList(BaseModel):
    film: str
    items: list[Conflict]


class TimelinePoint(Open):
    source: str
    site: str
    kind: str
    date: str
    days: int | None
    admissions: float
    time_from: str
    milestone: bool
    verdict: str


class Timeline(BaseModel):
    film: str
    title: str
    released: str | None
    points: list[TimelinePoint]


class PersonSummary(Open):
    id: str
    name: str
    kind: str
    names: list[str]
    films: int


class PersonPage(BaseModel):
    items: list[PersonSummary]
    total: int
    offset: int
    limit: int


class PersonFilm(Open):
    id: str
    title: str
    property: str


class Person(Open):
    id: str
    name: str
    kind: str
    names: list[str]
    spellings: list[Spelling]
    explanation: str
    films: list[PersonFilm]


class DocumentSummary(Open):
    id: str
    title: str
    site: str
    kind: str
    format: str
    language: str
    published: str | None


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int
    offset: int
    limit: int


class DocumentClaim(Open):
    id: str
    film: str | None
    subject: str
    property: str
    value: JSONValue
    qualifiers: dict[str, Any]
    start: int
    end: int
    quote: str
    extractor: str


class DocumentRecord(Open):
    id: str
    file: str
    format: str
    kind: str
    site: str
    title: str
    url: str | None
    text: str
    claims: list[DocumentClaim]


class Export(Open):
    format: str
    documents: list[dict[str, Any]]
    films: list[dict[str, Any]]
    people: list[dict[str, Any]]
    characters: list[dict[str, Any]]


class Health(BaseModel):
    status: str


class BuildRequest(BaseModel):
    """A document sent to be built into the store, as a file of that name would be."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, pattern=r"^[\w.\- ]+$",
                      description="A file name; its extension helps recognise the format (.html, .txt, .csv).")
    text: str = Field(min_length=1, max_length=10_000_000, description="The document's text (UTF-8).")


class BuildResult(BaseModel):
    documents: int
    added: int
    unchanged: int
    claims: int
    films: list[str] = Field(description="The ids of the films the document's claims are about.")
