"""What each property is, for reconciliation: one value per scope, or a set of items.

A *single* property has one true value per scope (the rank on a date, the Hangul
title): two documents giving different values in the same scope disagree. A
*multi* property is a set of items (cast members, remakes): an item one document
lacks is not a disagreement, and items are told apart by their value and their
`identity` qualifiers; their `attributes` (a cast member's character, a remake's
year) are compared between documents, and a difference is reported as a conflict
on the attribute (`character`, `remake_year`).
"""

from __future__ import annotations

from dataclasses import dataclass

# Qualifiers that say *when* a figure was true (docs/dated-figures.md).
TIME_QUALIFIERS = ("point_in_time", "earliest", "latest", "days_since_release", "week", "weeks", "period", "undated")
# Qualifiers never compared: free notes, and how a figure's time was found.
NOTE_QUALIFIERS = ("note", "system", "derived_time", "time_from")
# Figures that change over a film's run: each is a series by date (reconcile/series.py), whose checks say what
# explains two sources' different figures.
SERIES_PROPERTIES = ("admissions", "gross", "screens", "market_share", "box_office_rank", "seat_booking_rate")
# Periods that count since the release (such counts only grow), and the running counts that grow so.
CUMULATIVE = ("", "cumulative", "total")
GROWS = ("admissions", "gross")
# Qualifiers that date a figure (a time, a day count, a week of the run), as opposed to those saying what it counts.
DATING_QUALIFIERS = ("point_in_time", "earliest", "latest", "days_since_release", "week", "weeks")


@dataclass(frozen=True)
class PropertySpec:
    name: str
    multi: bool = False
    scope: tuple[str, ...] = ()  # single: qualifiers that make a separate slot
    identity: tuple[str, ...] = ()  # multi: qualifiers that tell items apart, besides the value
    attributes: tuple[str, ...] = ()  # multi: qualifiers compared between documents
    attribute_property: tuple[tuple[str, str], ...] = ()  # attribute → conflict property name
    description: bool = False  # free-text value: alike wordings are one value
    # a claim with no identity qualifiers joins an item that has some (a milestone "among Korean
    # films" and the same milestone a dataset states with no list are one item)
    loose_identity: bool = False
    wikidata: str = ""

    def conflict_property(self, attribute: str) -> str:
        return dict(self.attribute_property).get(attribute, f"{self.name}_{attribute}")


_BOX_SCOPE = (*TIME_QUALIFIERS, "scope", "market", "country", "unit_as_written")
# a rank is a place in one list: Korean films or all films, by admissions or by gross
_RANK_SCOPE = (*_BOX_SCOPE, "ranked_among", "measure", "list")

SPECS: dict[str, PropertySpec] = {s.name: s for s in (
    PropertySpec("title", scope=("language",), wikidata="P1476"),
    PropertySpec("native_title", scope=("language", "script"), wikidata="P1705"),
    PropertySpec("romanized_title", scope=("language",)),
    PropertySpec("literal_title", scope=("language",)),
    PropertySpec("working_title", multi=True, identity=("language",)),
    PropertySpec("publication_year", wikidata="P577"),
    # an id in a database (imdb, tmdb, kobis, wikidata, …): one per namespace, so two differ is a conflict
    PropertySpec("external_id", scope=("namespace",)),
    PropertySpec("release_date", scope=("country",), wikidata="P577"),
    PropertySpec("country_of_origin", multi=True, wikidata="P495"),
    PropertySpec("original_language", multi=True, wikidata="P364"),
    PropertySpec("genre", multi=True, wikidata="P136"),
    PropertySpec("running_time", wikidata="P2047"),
    PropertySpec("cast_member", multi=True, attributes=("character",),
                 attribute_property=(("character", "character"),), wikidata="P161"),
    PropertySpec("director", multi=True, wikidata="P57"),
    PropertySpec("producer", multi=True, wikidata="P162"),
    PropertySpec("screenwriter", multi=True, wikidata="P58"),
    PropertySpec("writer", multi=True, wikidata="P58"),
    PropertySpec("premiere_date", scope=("place",), wikidata="P577"),
    PropertySpec("music", multi=True, wikidata="P86"),
    PropertySpec("cinematography", multi=True, wikidata="P344"),
    PropertySpec("editing", multi=True, wikidata="P1040"),
    PropertySpec("production_company", multi=True, wikidata="P272"),
    PropertySpec("distributor", multi=True, wikidata="P750"),
    PropertySpec("based_on", multi=True, wikidata="P144"),
    PropertySpec("based_on_event", multi=True, description=True, attributes=("place",), wikidata="P144"),
    PropertySpec("based_on_event_date"),
    PropertySpec("based_on_event_exoneration"),
    PropertySpec("filming_start"),
    PropertySpec("filming_end"),
    PropertySpec("filming_location", multi=True, wikidata="P915"),
    PropertySpec("admissions", scope=_BOX_SCOPE),
    PropertySpec("gross", scope=_BOX_SCOPE, wikidata="P2142"),
    PropertySpec("budget", scope=("point_in_time", "scope"), wikidata="P2130"),  # scope: production, marketing
    PropertySpec("box_office_rank", scope=_RANK_SCOPE),
    PropertySpec("screens", scope=_BOX_SCOPE),
    PropertySpec("market_share", scope=_BOX_SCOPE),
    PropertySpec("seat_booking_rate", scope=_BOX_SCOPE),
    PropertySpec("break_even_admissions"),
    # the eighth Korean film to pass 10 million and the ninth of any nationality are two places
    PropertySpec("admissions_milestone", multi=True, identity=("ranked_among", "year"), loose_identity=True,
                 attributes=("days_since_release", "order", "point_in_time")),
    PropertySpec("remake", multi=True, identity=("country", "language"),
                 attributes=("year", "status", "starring", "producer", "director"), wikidata="P4969"),
    PropertySpec("planned_remake", multi=True, identity=("country", "language"),
                 attributes=("year", "status", "starring", "producer", "director")),
    PropertySpec("see_also", multi=True),
)}


def spec_for(prop: str) -> PropertySpec:
    """Known properties by name; anything else is a set whose items differ by every qualifier."""
    return SPECS.get(prop) or PropertySpec(prop, multi=True, identity=("*",))
