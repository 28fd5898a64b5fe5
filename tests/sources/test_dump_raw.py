"""Pages decided on raw bytes give the same pages, counts and film choice as a full XML parse of every
page with mwxml (what the dump reader did before), on the real dumps and on a bench-like repack."""

from __future__ import annotations

import bz2
import io
from pathlib import Path

import mwxml
import pytest

from conftest import SHARED
from filmfacts.sources.dump.mediawiki import (
    DumpStats,
    classify,
    is_film,
    iter_films,
    iter_pages,
    may_be_film,
    with_siteinfo,
)

DUMPS = SHARED / "data" / "wikipedia_xml_dumps"


def real_dumps() -> list[Path]:
    found = sorted(DUMPS.glob("*.bz2")) if DUMPS.exists() else []
    if not found:
        pytest.skip(f"{DUMPS} is not present")
    return found


def by_mwxml(path: Path) -> list[tuple[object, ...]]:
    xml = bz2.decompress(path.read_bytes())
    out = []
    for page in mwxml.Dump.from_file(io.BytesIO(with_siteinfo(xml))):
        revision = None
        for revision in page:  # noqa: B007
            pass
        assert revision is not None
        out.append((int(page.id), str(page.title), int(page.namespace or 0), page.redirect is not None,
                    revision.text or "", str(revision.timestamp or ""), int(revision.id)))
    return out


def fields(p: object) -> tuple[object, ...]:
    return (p.page_id, p.title, p.namespace, p.redirect, p.text, p.timestamp, p.revision_id)  # type: ignore[attr-defined]


def test_every_page_as_mwxml_reads_it() -> None:
    for path in real_dumps():
        assert [fields(p) for p in iter_pages(path)] == by_mwxml(path), path.name


def test_film_pages_and_counts_as_a_full_parse() -> None:
    for path in real_dumps():
        reference, expected = DumpStats(), []
        for page in iter_pages(path):
            reference.pages += 1
            if classify(page, reference):
                expected.append(fields(page))
        stats = DumpStats()
        assert [fields(p) for p in iter_films(path, stats=stats)] == expected, path.name
        assert (stats.pages, stats.redirects, stats.other_namespaces, stats.not_film, stats.films) == (
            reference.pages, reference.redirects, reference.other_namespaces, reference.not_film, reference.films)


def test_the_byte_test_never_drops_a_film() -> None:
    for path in real_dumps():
        for page in iter_pages(path):
            raw = page.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()
            if is_film(page.text):
                assert may_be_film(raw), page.title


def escaped(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").encode()


@pytest.mark.parametrize("text", [
    "{{Infobox film | name = X}}", "{{infobox Korean film\n| title = X}}", "{{ Infobox_film }}",
    "{{Infobox film<!-- comment -->\n}}", "{{INFOBOX FILM|a=b}}", "{{Infobox Film}}",
    "text [[Category:2013 South Korean films]]", "text [[Category:2013 films|Miracle]]", "[[category : 1999 films ]]",
    "{{영화 정보 | 제목 = 7번방의 선물}}", "{{영화_정보}}", '[[Category:"Quoted" & <odd> 1950 films]]',
    "x" * 5000 + '[[Category:' + '"' * 150 + ' films]]',
    "{{Infobox person}} [[Category:1990 films  ]] {{Infobox film|}}",
])
def test_the_byte_test_keeps_every_film(text: str) -> None:
    assert is_film(text)
    assert may_be_film(escaped(text))


def test_the_byte_test_skips_other_infoboxes() -> None:
    for text in ("{{Infobox person | occupation = film director}}", "{{Infobox settlement}} [[Category:Towns]]",
                 "[[Category:Film directors]] {{Infobox football biography}}"):
        assert not may_be_film(escaped(text))
