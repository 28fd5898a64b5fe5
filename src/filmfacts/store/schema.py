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

# ---------------------------------------------------------------- records (filmfacts/records.py)
# Each film's reconciled record, kept by the build so reading is a lookup. Added beside schema 1:
# create_all adds them to older stores, whose records are then built from their claims. They are
# derived data: records built by other code are dropped with their tables, made again as these say
# (`RECORD_TABLES`), and rebuilt.

# One JSON record per film (facts, conflicts, awards, sources, people, timeline), serialised once.
records = Table(
    "records", metadata,
    Column("film_id", String(64), primary_key=True),
    Column("unit", Text, nullable=False),  # the group of title keys it was reconciled in
    Column("title", Text, nullable=False),
    Column("year", Integer, nullable=True),
    Column("body", Text, nullable=False),
    Index("records_unit", "unit"),
)

# Every title of a record (any script), keyed as `film_key` keys titles, for search.
record_titles = Table(
    "record_titles", metadata,
    Column("film_id", String(64), nullable=False),
    Column("key", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("year", Integer, nullable=True),
    Index("record_titles_key", "key"),
    Index("record_titles_film", "film_id"),
)

# The people and roles of each record, so an export lists everyone by streaming (ordered by id).
record_people = Table(
    "record_people", metadata,
    Column("kind", String(16), primary_key=True),  # person, character
    Column("entity_id", String(64), primary_key=True),
    Column("film_id", String(64), primary_key=True),
    Column("body", Text, nullable=False),
    Index("record_people_film", "film_id"),
    sqlite_with_rowid=False,  # kept in (kind, entity id) order: an export reads it as it lies, no sort
)

# The copies between each record's documents (JSON), so an export lists them without decoding records.
record_copies = Table(
    "record_copies", metadata,
    Column("film_id", String(64), primary_key=True),
    Column("body", Text, nullable=False),
)

# What each document's claims are about: the loose title keys of their subjects (with the subjects as
# written), and the keys its title claims join them to. Which films a new document touches follows.
record_keys = Table(
    "record_keys", metadata,
    Column("document_id", String(32), nullable=False),
    Column("key", Text, nullable=False),
    Column("subject", Text, nullable=False),  # '' on a join row
    Column("joins", Text, nullable=False),  # '' or the key a title claim joins `key` to
    Index("record_keys_document", "document_id"),
    Index("record_keys_key", "key"),
    Index("record_keys_joins", "joins"),
)

# The unit (a group of keys reconciled together, named by its least key) each key is in.
record_units = Table(
    "record_units", metadata,
    Column("key", Text, primary_key=True),
    Column("unit", Text, nullable=False),
    Index("record_units_unit", "unit"),
)

# Each document as its records last saw it (its versions and when it was stored): a document stored
# since, or re-extracted, differs.
record_documents = Table(
    "record_documents", metadata,
    Column("document_id", String(32), primary_key=True),
    Column("stamp", Text, nullable=False),
)

RECORD_TABLES = (records, record_titles, record_people, record_copies, record_keys, record_units, record_documents)

# Stable identities (link/identities.py): every anchor a film or person was known by (its title key and
# year, name key, external ids) → the id it was given the first time, so a rebuild or a new document
# never renumbers one; one row per identity with its names, years, external ids and the decisions that
# made it. Rewritten from the claims after each build; the anchors are only ever added to.
identity_anchors = Table(
    "identity_anchors", metadata,
    Column("anchor", Text, primary_key=True),
    Column("identity_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("added", String(32), nullable=False),
    Index("identity_anchors_id", "identity_id"),
)

identities = Table(
    "identities", metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("names", JSON, nullable=False),  # [{text, script, language}]
    Column("years", JSON, nullable=False),
    Column("external_ids", JSON, nullable=False),  # [[namespace, id]]
    Column("anchors", JSON, nullable=False),  # every anchor it holds now (an id merged into it: its anchors)
    Column("decisions", JSON, nullable=False),  # [{decision, by: automatic | curator}]
    Column("updated", String(32), nullable=False),
)

# What users decided: two ids are one (`same`) or two (`different`), and why. Never rewritten by a
# build; applied over linking's own decisions.
curations = Table(
    "curations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("verdict", String(16), nullable=False),
    Column("a", String(32), nullable=False),
    Column("b", String(32), nullable=False),
    Column("because", Text, nullable=False),
    Column("added", String(32), nullable=False),
)
