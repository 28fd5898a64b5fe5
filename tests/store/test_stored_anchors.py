"""What the records step asks of the store's identities (`StoredAnchors`: anchor → id asked as
linking needs it, so a refresh does not hold every anchor of the store) answers as the whole table
held in memory (`Store.known`) does, on each backend."""

from __future__ import annotations

from conftest import EXAMPLES, FILMS, ROOT
from filmfacts.link.identities import Known
from filmfacts.pipeline import build
from filmfacts.store import Store
from filmfacts.store.records import RecordWriter, StoredAnchors, records_writing

KOBIS = ROOT / "tests" / "fixtures" / "kobis"


def test_stored_anchors_answer_as_the_anchors_held(store: Store) -> None:
    build([*sorted(EXAMPLES.glob("*.txt")), KOBIS / "tenmillion_sample.csv", FILMS / "parasite"], store)
    held = store.known()
    assert len(held.anchors) > 20
    with records_writing(store) as conn:
        asked = RecordWriter(conn).known()
        assert isinstance(asked.anchors, StoredAnchors)
        assert dict(asked.anchors) == dict(held.anchors) and len(asked.anchors) == len(held.anchors)
        some = sorted(held.anchors)[::3]
        assert {a: asked.anchors.get(a) for a in [*some, "film:nosuchfilm|1999"]} == \
            {a: held.anchors.get(a) for a in [*some, "film:nosuchfilm|1999"]}
        asked.anchors.fetch(some)
        assert all(asked.anchors[a] == held.anchors[a] for a in some)
        films = sorted({a.removeprefix("film:").split("|", 1)[0] for a in held.anchors if a.startswith("film:")})
        assert len(films) >= 3
        assert asked.film_anchors(films[:2]) == held.film_anchors(films[:2]) != {}
        assert asked.film_anchors(films) == held.film_anchors(films)
        ids = sorted(set(held.anchors.values()))
        assert asked.anchors_of_ids(ids) == held.anchors_of_ids(ids)
        assert all(asked.has_id(i) and held.has_id(i) for i in ids[:5])
        assert not asked.has_id("fnosuchid0000") and not held.has_id("fnosuchid0000")
        for prefix, containing in (("film:", ""), ("person:", ""), ("imdb:", ""), ("person:", "#"), ("merged:", "")):
            assert asked.with_prefix(prefix, containing) == held.with_prefix(prefix, containing)
        assert asked.merged == held.merged and asked.split_person_keys == held.split_person_keys
        # a recorded anchor asked before it was known answers with its id
        assert asked.anchors.get("film:anewfilm|2030") is None
        later = asked.learned({"film:anewfilm|2030": "fnew00000000", some[0]: "fother000000"})
        assert later.anchors.get("film:anewfilm|2030") == "fnew00000000"
        assert later.anchors.get(some[0]) == held.anchors[some[0]]  # an anchor keeps its first id
        assert Known(dict(held.anchors)).learned({some[0]: "fother000000"}).anchors[some[0]] == held.anchors[some[0]]
