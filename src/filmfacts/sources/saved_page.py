"""A page saved as text: an address line, an empty line, then the page's text.

    URL: https://deadline.com/2019/06/parasite-box-office-…
                                                   (an empty line)
     date 2019-06-11 After opening to $25M in the wake of …

The address says which site the page is from; a ` date YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) opening
the text is the stored copy's own record of the day the page was published, and is not part of the
page's prose. Text without the address line is returned as it is.

    >>> page = split_saved("URL: https://example.org/a\\n\\n date 2019-06-11 It opened.")
    >>> (page.url, page.published, page.text)
    ('https://example.org/a', '2019-06-11', 'It opened.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_URL = re.compile(r"\A\ufeff?[ \t]*URL:[ \t]*(?P<url>\S+)[ \t]*(?:\r?\n|\Z)")
_DATE = re.compile(r"[ \t]*date[ \t]+(?P<date>(?:1[89]|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)(?![\d-])[ \t]*")


@dataclass(frozen=True)
class SavedPage:
    url: str  # "" when the text has no address line
    published: str  # ISO day, month or year of the stored date record, or ""
    text: str  # the page's own text, header and date record removed
    offset: int  # where `text` starts in the saved file's text


def split_saved(text: str) -> SavedPage:
    """The address, the stored publication date and the page text of a saved page."""
    m = _URL.match(text)
    if not m:
        return SavedPage("", "", text, 0)
    url = m.group("url")
    pos = m.end()
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    published = ""
    if d := _DATE.match(text, pos):
        published = d.group("date")
        pos = d.end()
    return SavedPage(url, published, text[pos:], pos)


__all__ = ["SavedPage", "split_saved"]
