"""XML dumps: the four real dumps, multistream splitting, resume, and hostile inputs."""

from __future__ import annotations

import bz2
import hashlib
import re
from pathlib import Path

import pytest

from conftest import SHARED
from filmfacts.errors import SourceNotFound, UnreadableDocument
from filmfacts.model import Document
from filmfacts.sources.dump import mediawiki as dump
from filmfacts.sources.dump.mediawiki import DumpStats, is_film, iter_pages, read_films
from filmfacts.sources.wiki import wikitext

DUMPS = SHARED / "data" / "wikipedia_xml_dumps"
GENSIM = DUMPS / "gensim_enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
DBPEDIA_EN = DUMPS / "dbpedia_minidump_en_wiki.xml.bz2"
TABLES = DUMPS / "gensim_enwiki-table-markup.xml.bz2"
DBPEDIA_KO = DUMPS / "dbpedia_minidump_ko_wiki.xml.bz2"

HEADER = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n'
          "<siteinfo><sitename>Wikipedia</sitename></siteinfo>\n")


def page_xml(page_id: int, title: str, text: str, ns: int = 0, redirect: str = "") -> str:
    red = f'<redirect title="{redirect}" />' if redirect else ""
    return (f"<page><title>{title}</title><ns>{ns}</ns><id>{page_id}</id>{red}<revision><id>{page_id * 10}</id>"
            f"<timestamp>2016-05-01T00:00:00Z</timestamp><text xml:space=\"preserve\">{text}</text>"
            "</revision></page>\n")


FILM = "{{Infobox film\n| name = Actrius\n| director = [[Ventura Pons]]\n}}\n'''Actrius''' is a 1997 film."
SMALL = HEADER + "".join([
    page_xml(1, "Actrius", FILM),
    page_xml(2, "AccessibleComputing", "#REDIRECT [[Computer accessibility]]", redirect="Computer accessibility"),
    page_xml(3, "Talk:Actrius", "{{Infobox film}} talk", ns=1),
    page_xml(4, "Anarchism", "'''Anarchism''' is a political philosophy."),
    page_xml(5, "Baby Driver", "A heist story.\n[[Category:2017 films]]"),
    page_xml(6, "Parasite", "{{ 영화 정보 | 제목 = 기생충 }}"),
]) + "</mediawiki>\n"


def dumps_or_skip() -> None:
    if not DUMPS.exists():
        pytest.skip(f"{DUMPS} is not present")


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def fake_reader(monkeypatch: pytest.MonkeyPatch, *, fail_on: str = "") -> None:
    """Stand in for the wikitext reader so these tests are about the dump, not wikitext."""
    def read(text: str, source: str, title: str = "") -> Document:
        if title == fail_on:
            raise ValueError("cannot read this page")
        return Document(id=str(len(text)), source=source, format="wikitext", kind="encyclopedia",
                        site="Wikipedia", text=text, title=title)

    monkeypatch.setattr(wikitext, "read", read)


# ---------------------------------------------------------------- small dumps


def test_film_test() -> None:
    assert is_film("{{Infobox film | name = X}}")
    assert is_film("{{infobox Korean film\n| title = X}}")
    assert is_film("{{ Infobox_film }}")
    assert is_film("text [[Category:2013 South Korean films]]")
    assert is_film("text [[Category:2013 films|Miracle]]")
    assert is_film("{{영화 정보 | 제목 = 7번방의 선물}}")
    assert not is_film("{{Infobox person | occupation = film director}}")
    assert not is_film("[[Category:Film directors]] [[Category:Films about films and more]]")
    assert not is_film("{{Infobox film festival}}")


@pytest.mark.parametrize("compress", [False, True], ids=["xml", "bz2"])
def test_counts_and_film_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    fake_reader(monkeypatch)
    data = bz2.compress(SMALL.encode()) if compress else SMALL
    path = write(tmp_path, "small.xml.bz2" if compress else "small.xml", data)
    stats = DumpStats()
    got = [(p.title, err) for p, doc, err in read_films(path, stats=stats)]
    assert got == [("Actrius", ""), ("Baby Driver", ""), ("Parasite", "")]
    assert (stats.pages, stats.redirects, stats.other_namespaces, stats.not_film, stats.films) == (6, 1, 1, 1, 3)
    assert stats.bytes_read == path.stat().st_size
    page, doc, _ = next(read_films(path))
    assert doc is not None and doc.source == f"{path}#page=1" and doc.title == "Actrius"
    assert (page.page_id, page.namespace, page.redirect, page.revision_id) == (1, 0, False, 10)
    assert page.timestamp.startswith("2016-05-01")


def test_bad_page_is_counted_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_reader(monkeypatch, fail_on="Baby Driver")
    stats = DumpStats()
    got = [(p.title, doc is None, err) for p, doc, err in read_films(write(tmp_path, "s.xml", SMALL), stats=stats)]
    assert [g[:2] for g in got] == [("Actrius", False), ("Baby Driver", True), ("Parasite", False)]
    assert "cannot read this page" in got[1][2]
    assert stats.bad_pages == [(5, "Baby Driver", got[1][2])]


def test_start_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_reader(monkeypatch)
    path = write(tmp_path, "s.xml", SMALL)
    assert [p.page_id for p in iter_pages(path, start_after=3)] == [4, 5, 6]
    assert [p.title for p, _, _ in read_films(path, start_after=4)] == ["Baby Driver", "Parasite"]


def test_missing_siteinfo_is_accepted(tmp_path: Path) -> None:
    text = SMALL.replace("<siteinfo><sitename>Wikipedia</sitename></siteinfo>\n", "")
    assert len(list(iter_pages(write(tmp_path, "s.xml", text)))) == 6


# ---------------------------------------------------------------- hostile inputs


def test_truncated_bz2_names_the_last_page(tmp_path: Path) -> None:
    # Text that does not compress away, so the file holds several bz2 blocks.
    noise = ["".join(hashlib.sha256(f"{i}-{k}".encode()).hexdigest() for k in range(40)) for i in range(1, 1000)]
    body = HEADER + "".join(page_xml(i, f"Page {i}", text) for i, text in enumerate(noise, start=1))
    data = bz2.compress((body + "</mediawiki>").encode())
    path = write(tmp_path, "cut.xml.bz2", data[: len(data) // 2])
    with pytest.raises(UnreadableDocument) as caught:
        list(iter_pages(path))
    message = str(caught.value)
    assert str(path) in message and "ends early after page" in message
    assert "\n" not in message


def test_malformed_xml(tmp_path: Path) -> None:
    broken = HEADER + page_xml(1, "Actrius", "fine") + "<page><title>Broken</title><ns>0</ns><id>2</id></pag>"
    path = write(tmp_path, "broken.xml", broken)
    with pytest.raises(UnreadableDocument, match=r"broken\.xml: malformed XML after page 1 'Actrius'"):
        list(iter_pages(path))


def test_not_a_dump(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="not a MediaWiki XML dump"):
        list(iter_pages(write(tmp_path, "notes.xml", "<?xml version='1.0'?><notes><n>hi</n></notes>")))
    with pytest.raises(SourceNotFound):
        list(iter_pages(tmp_path / "missing.xml.bz2"))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE mediawiki [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
""" + HEADER + page_xml(1, "Bomb", "&lol9;") + "</mediawiki>"

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
""" + HEADER + page_xml(1, "Leak", "&xxe;") + "</mediawiki>"


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
@pytest.mark.parametrize("compress", [False, True], ids=["xml", "bz2"])
def test_entities_are_refused(tmp_path: Path, text: str, compress: bool) -> None:
    path = write(tmp_path, "evil.xml.bz2" if compress else "evil.xml",
                 bz2.compress(text.encode()) if compress else text)
    for run in (lambda: list(iter_pages(path)), lambda: list(read_films(path, workers=2))):
        with pytest.raises(UnreadableDocument, match=rf"{re.escape(str(path))}: refusing an XML dump with a DTD"):
            run()


# ---------------------------------------------------------------- multistream and workers


def multistream(tmp_path: Path, source: Path, per_stream: int = 10, index: bool = True) -> Path:
    """Re-pack a dump as multistream: a header stream, then `per_stream` pages per bz2 stream,
    with an `offset:page_id:title` index like dumps.wikimedia.org's."""
    xml = bz2.decompress(source.read_bytes()) if source.suffix == ".bz2" else source.read_bytes()
    first = xml.find(b"<page>")
    last = xml.rfind(b"</page>") + len(b"</page>")
    pages = re.findall(rb"<page>.*?</page>", xml[first:last], flags=re.S)
    out = tmp_path / "multi-multistream.xml.bz2"
    lines = []
    with out.open("wb") as handle:
        handle.write(bz2.compress(xml[:first]))
        for i in range(0, len(pages), per_stream):
            offset = handle.tell()
            for page in pages[i:i + per_stream]:
                page_id = re.search(rb"<id>(\d+)</id>", page)
                title = re.search(rb"<title>(.*?)</title>", page)
                assert page_id and title
                lines.append(f"{offset}:{int(page_id.group(1))}:{title.group(1).decode()}\n")
            handle.write(bz2.compress(b"\n".join(pages[i:i + per_stream]) + b"\n"))
        handle.write(bz2.compress(xml[last:]))
    if index:
        (tmp_path / "multi-multistream-index.txt.bz2").write_bytes(bz2.compress("".join(lines).encode()))
    return out


def summary(path: Path, **kwargs: object) -> tuple[list[tuple[int, str]], tuple[int, ...]]:
    stats = DumpStats()
    films = [(p.page_id, p.title) for p, _, _ in read_films(path, stats=stats, **kwargs)]  # type: ignore[arg-type]
    return films, (stats.pages, stats.redirects, stats.other_namespaces, stats.not_film, stats.films)


@pytest.mark.parametrize("index", [True, False], ids=["with-index", "scanned"])
def test_multistream_two_workers_match_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index: bool) -> None:
    fake_reader(monkeypatch)
    source = write(tmp_path, "s.xml", HEADER + "".join(
        page_xml(i, f"Film {i}" if i % 3 else f"Other {i}", FILM if i % 3 else "not a film") for i in range(1, 60)
    ) + "</mediawiki>")
    path = multistream(tmp_path, source, per_stream=7, index=index)
    monkeypatch.setattr("filmfacts.sources.dump.parallel._TASK_BYTES", 200)  # many small tasks
    one = summary(path)
    two = summary(path, workers=2)
    assert one == two and len(one[0]) == 40
    assert [i for i, _ in two[0]] == sorted(i for i, _ in two[0])
    resumed, _ = summary(path, workers=2, start_after=30)
    assert resumed == [f for f in one[0] if f[0] > 30]


@pytest.mark.parametrize("compress", [False, True], ids=["xml", "bz2"])
def test_single_stream_two_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    fake_reader(monkeypatch)
    path = write(tmp_path, "s.xml.bz2" if compress else "s.xml", bz2.compress(SMALL.encode()) if compress else SMALL)
    assert summary(path, workers=2) == summary(path)


# ---------------------------------------------------------------- the real dumps


def test_gensim_dump_counts() -> None:
    dumps_or_skip()
    pages = list(iter_pages(GENSIM))
    assert len(pages) == 206
    assert sum(p.redirect for p in pages) == 100
    assert sum(p.namespace != 0 for p in pages) == 1
    stats = DumpStats()
    films = [p.title for p, _, _ in read_films(GENSIM, stats=stats)]
    assert films == ["Actrius"]
    assert (stats.pages, stats.redirects, stats.other_namespaces, stats.films) == (206, 100, 0, 1)
    assert stats.not_film == 105
    assert {"Allan Dwan", "Andrei Tarkovsky", "Animation"} <= {p.title for p in pages}


def test_dbpedia_dump_films() -> None:
    dumps_or_skip()
    stats = DumpStats()
    films = [p.title for p, _, _ in read_films(DBPEDIA_EN, stats=stats)]
    assert "? (film)" in films
    assert "Angela Merkel" not in films and "Berlin" not in films
    assert stats.pages == 27
    titles = {p.title: p for p in iter_pages(DBPEDIA_EN)}
    assert titles["The Amazing Spider-Man (2012 film)"].redirect
    assert not is_film(titles["Angela Merkel"].text)


def test_small_real_dumps() -> None:
    dumps_or_skip()
    assert [p.title for p in iter_pages(DBPEDIA_KO)] == ["베를린"]
    assert len(list(iter_pages(TABLES))) == 5  # an export without <siteinfo>
    assert list(read_films(TABLES)) == []


def test_real_dump_as_multistream_with_two_workers(tmp_path: Path) -> None:
    dumps_or_skip()
    path = multistream(tmp_path, GENSIM, per_stream=20)
    assert summary(path, workers=2) == summary(GENSIM)


def test_real_film_pages_through_the_wikitext_reader() -> None:
    """Whatever the wikitext reader makes of them, each film page gives a Document or a message."""
    dumps_or_skip()
    for page, doc, error in read_films(DBPEDIA_EN):
        assert (doc is None) == bool(error)
        if doc is not None:
            assert doc.source == f"{DBPEDIA_EN}#page={page.page_id}"


def test_progress_bar_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_reader(monkeypatch)
    assert len(list(read_films(write(tmp_path, "s.xml", SMALL), progress=True))) == 3


def test_dump_module_has_no_film_names() -> None:
    assert "Actrius" not in Path(dump.__file__).read_text(encoding="utf-8")
