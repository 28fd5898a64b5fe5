"""Reconciliation on small documents written for each rule."""

from __future__ import annotations

from filmfacts.extract import run
from filmfacts.model import Reconciliation, value_to_json
from filmfacts.reconcile import reconcile
from filmfacts.reconcile.copies import detect_copies, independent_groups
from filmfacts.sources import Overrides, read_text

LEAD = "Blue Harbor (Korean: 푸른 항구) is a 2015 South Korean drama film starring Kim Min-ki and Lee Su-jin."


def wiki(body: str, name: str = "a.txt", lead: str = LEAD) -> str:
    return f"{lead}\n\n== Box office ==\n{body}\n", name


# The lead of another page about the same film: not a copy of LEAD's page.
OTHER_LEAD = ("Blue Harbor (Korean: 푸른 항구) is a South Korean film of 2015, a harbour town drama with Kim Min-ki "
              "as a fisherman and Lee Su-jin as his sister, shot over one winter on the south coast.")


def build(*docs: tuple[str, str], kinds: tuple[str, ...] = ()) -> Reconciliation:
    read = [read_text(text, name, Overrides(kind=kinds[i] if i < len(kinds) else ""))
            for i, (text, name) in enumerate(docs)]
    return reconcile(read, [c for d in read for c in run(d)])


def facts(recon: Reconciliation, prop: str) -> list:  # type: ignore[type-arg]
    return [f for f in recon.films[0].facts if f.property == prop]


def test_same_value_from_two_documents_is_agreed() -> None:
    body = "On May 3, 2015, 12 days after its release, ticket sales reached 2.5 million."
    recon = build(wiki(body, "a.txt"), wiki(body + " It was a hit.", "b.txt"))
    (fact,) = facts(recon, "admissions")
    assert fact.status == "agreed" and len(fact.sources) == 2
    assert value_to_json(fact.values[0].value) == 2_500_000


def test_different_values_at_the_same_time_conflict() -> None:
    a = "On May 3, 2015, 12 days after its release, it became the ninth highest grossing Korean film of all time."
    b = a.replace("ninth", "sixth")
    (fact,) = facts(build(wiki(a, "a.txt"), wiki(b, "b.txt")), "box_office_rank")
    assert fact.status == "conflict" and fact.kind == "genuine"
    assert sorted(value_to_json(v.value) for v in fact.values) == [6, 9]
    assert "nothing in the documents explains" in fact.explanation


def test_values_at_different_times_are_a_timeline_not_a_conflict() -> None:
    a = "12 days after its release, ticket sales reached 2.5 million."
    b = "30 days after its release, ticket sales reached 4.1 million."
    found = facts(build(wiki(a, "a.txt"), wiki(b, "b.txt")), "admissions")
    assert sorted(f.status for f in found if f.status != "conflict") == ["single_source", "single_source"]
    # the two differ only by their dates: the verdict is time (the documents share their lead, so the
    # earlier figure in the same sentence may also be read as a copy of an older version), never genuine
    assert [f.kind for f in found if f.status == "conflict"] in (["different_time"], ["stale_copy"])


def test_spellings_are_not_conflicts_and_missing_items_are_not_either() -> None:
    a = f"{LEAD}\n\n== Cast ==\nKim Min-ki as Park Dong-su\nLee Su-jin as Han Ye-seul\nCho Jin-woo as Detective Oh\n"
    b = ("| This page uses content from an article at Wikipedia. |\n"
         "Blue Harbor (푸른 항구) is a 2015 South Korean film starring Kim Min Ki.\nCast[]\n"
         "- Kim Min Ki as Park Dong Soo\n- Lee Soo Jin as Han Ye Seul\n")
    recon = build((a, "a.txt"), (b, "b.txt"))
    cast = {value_to_json(f.values[0].value): f for f in facts(recon, "cast_member")}
    assert cast["Kim Min-ki"].status == "agreed" and cast["Kim Min-ki"].q("character") == "Park Dong-su"
    assert cast["Cho Jin-woo"].status == "single_source"
    assert not [f for f in recon.films[0].facts if f.status == "conflict"]


def test_a_future_year_is_a_typo() -> None:
    a = f"{LEAD}\n\n== Production ==\nFilming began on June 2, 2014 in Busan, and concluded on August 30, in Seoul.\n"
    b = a.replace("June 2, 2014", "June 2, 2104").replace("August 30,", "August 30, 2014,")
    (fact,) = facts(build((a, "a.txt"), (b, "b.txt")), "filming_start")
    assert fact.status == "conflict" and fact.kind == "typo"
    assert "2104 is in the future" in fact.explanation


def test_declared_copy_and_independent_sources() -> None:
    original = read_text(f"{LEAD}\n\n== Box office ==\n" + "The film sold many tickets in its first week. " * 3 +
                         "It was a success with audiences and critics in every region of the country.\n", "w.txt")
    copy = read_text("| This page uses content from an article at Wikipedia. |\n"
                     "Blue Harbor (푸른 항구) is a 2015 South Korean film.\nBox office[]\n"
                     "It was a success with audiences and critics in every region of the country.\n", "f.txt")
    (rel,) = detect_copies([original, copy])
    assert (rel.copy, rel.original, rel.declared) == (copy.id, original.id, True)
    assert 0 < rel.overlap <= 1 and "declares" in rel.evidence
    groups = independent_groups([rel])
    assert groups[copy.id] == groups[original.id]


def test_undeclared_copy_needs_a_large_overlap() -> None:
    text = ("It was a success with audiences and critics in every region of the country and abroad. " * 4)
    a = read_text(f"{LEAD}\n\n== Reception ==\n{text}\n", "a.txt")
    b = read_text(f"{LEAD}\n\n== Reception ==\n{text}\n\n== Notes ==\nCopied.\n", "b.txt")
    c = read_text("Blue Harbor is a 2015 film by a first-time director from Incheon, shot in a single harbour town "
                  "over one cold winter.\n\n== Reception ==\nCritics were divided about the ending.\n", "c.txt")
    assert {(r.copy, r.original) for r in detect_copies([a, b, c])} in ({(a.id, b.id)}, {(b.id, a.id)})


def test_release_date_derived_from_days_and_date() -> None:
    body = "On March 15, 2013, 52 days after its release, ticket sales reached 12.32 million."
    (fact,) = facts(build(wiki(body)), "release_date")
    assert fact.status == "derived" and value_to_json(fact.values[0].value) == "2013-01-23"


def test_an_undated_figure_next_to_a_dated_one_is_a_difference_of_time() -> None:
    a = "The film grossed US$80 million."
    b = "On May 3, 2015, 12 days after its release, the film had grossed US$62 million."
    c = "On June 30, 2015, 70 days after its release, the film had grossed US$79 million."
    recon = build(wiki(a, "a.txt", OTHER_LEAD), wiki(b + " " + c, "b.txt"))
    (conflict,) = [f for f in facts(recon, "gross") if f.status == "conflict"]
    assert conflict.kind == "different_time"
    # the series is listed whole, the undated figure last: where it may fit is the reader's to see
    assert [value_to_json(v.value)["amount"] for v in conflict.values] == [62_000_000, 79_000_000, 80_000_000]
    assert "true on its date" in conflict.explanation and "a figure with no date" in conflict.explanation
    assert sorted(f.status for f in facts(recon, "gross") if f.status != "conflict") == ["single_source"] * 3


def test_an_unscoped_figure_next_to_a_scoped_one_is_a_difference_of_scope() -> None:
    a = "The film grossed US$90 million."
    b = "Worldwide, the film grossed US$120 million."
    recon = build(wiki(a, "a.txt", OTHER_LEAD), wiki(b, "b.txt"))
    (conflict,) = [f for f in facts(recon, "gross") if f.status == "conflict"]
    assert conflict.kind == "different_scope" and "different scopes" in conflict.explanation


def test_one_document_with_two_values_for_one_scope_is_suspect_not_a_conflict() -> None:
    body = "The film grossed US$51.7 million. In total the film grossed US$75 million. Critics liked it."
    recon = build(wiki(body.replace("In total the film", "The film also")))
    (fact,) = facts(recon, "gross")
    assert fact.status == "suspect" and len(fact.values) == 2
    assert "Only Wikipedia states it, with 2 values" in fact.explanation
    assert not [f for f in recon.films[0].facts if f.status == "conflict"]
