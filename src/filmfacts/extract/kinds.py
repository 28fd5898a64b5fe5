"""Kinds of document as the extractors see them.

An encyclopedic page (and a mirror or blog that copies one) is about one film, its subject,
and has the structure the lead, titles, infobox, awards, remakes, see-also, basis and
production extractors read. News stories, box-office reports and forum threads have none of
that structure and name many films: their figures and credits go to the film of their clause
(`mentions.film_for`).
"""

from __future__ import annotations

# Pages about their subject: every claim is about the page's film (a mirror is an encyclopedia
# page copied whole).
SUBJECT_KINDS = frozenset({"encyclopedia", "fan_wiki", "dataset", "wiki_mirror"})
# Kinds the encyclopedic-structure extractors read. Mirrors and blogs often copy an encyclopedia
# page whole, lead sentence and infobox included, so they are read the same way.
ENCYCLOPEDIC_KINDS = ("encyclopedia", "fan_wiki", "dataset", "wiki_mirror", "blog")
# Pages that may name several films, whose claims are attributed clause by clause.
ARTICLE_KINDS = frozenset({"news", "box_office_report", "blog", "forum"})

__all__ = ["ARTICLE_KINDS", "ENCYCLOPEDIC_KINDS", "SUBJECT_KINDS"]
