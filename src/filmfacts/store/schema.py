"""Tables, in SQLAlchemy Core; the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = "1"

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("format", String(32), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("site", Text, nullable=False),
    Column("language", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("published", String(32), nullable=False),
    Column("retrieved", String(32), nullable=False),
    Column("licence", Text, nullable=False),
    Column("body", JSON, nullable=False),  # sections, tables, fields, citations, links, ids, copies
    Column("text", Text, nullable=False),
    Column("film", Text, nullable=False),  # the subject the extractors found
    Column("versions", JSON, nullable=False),  # extractor name → version that read it
    Column("added", String(32), nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject", Text, nullable=False),
    Column("property", String(64), nullable=False),
    Column("value", JSON, nullable=False),
    Column("qualifiers", JSON, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("version", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("claims_document", "document_id"),
    Index("claims_property", "property"),
)

# Every film a document has claims about: a weekly report names ten. Added after schema 1 shipped;
# create_all adds it to older stores, whose documents then fall back to `documents.film`.
document_films = Table(
    "document_films", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("film", Text, primary_key=True),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", String(32), nullable=False),
    Column("finished", String(32), nullable=False),
    Column("command", Text, nullable=False),
    Column("versions", JSON, nullable=False),
    Column("documents_added", Integer, nullable=False),
    Column("documents_unchanged", Integer, nullable=False),
    Column("claims_added", Integer, nullable=False),
)

# Where a dump run got to: the last page committed, so --resume goes on after it.
dump_progress = Table(
    "dump_progress", metadata,
    Column("source", Text, primary_key=True),
    Column("last_page_id", Integer, nullable=False),
    Column("pages", Integer, nullable=False),
    Column("films", Integer, nullable=False),
    Column("bad_pages", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
    Column("updated", String(32), nullable=False),
)
