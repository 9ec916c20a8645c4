"""A publication cited as published: the one kind of text a version keeps in its source's
words (a journal article that exists in English alone), which CONS003 calls no copy and TYPO002
leaves its quotation marks. Not a UN publication, an Official Record or `Ibid.`, which the UN
versions translate (`publication des Nations Unies`, `Documents officiels`, `Там же`)."""

from __future__ import annotations

import re

# Author, “Title”, Journal, vol. 5, No. 2 (2017), pp. 10-12: a title in quotation marks that
# a comma ends, as a reference's fields end (in or after the marks), a volume, number or
# pages, and the year in brackets. (`The "Global Study" was published in vol. 2 (2018).` is a
# sentence.)
_QUOTED_TITLE = re.compile(r"[“‘\"][^“”‘’\"]{3,}(?:[”’\"],|,[”’\"])")
_VOLUME_OR_PAGES = re.compile(r"\b(?:vols?|Nos?|pp?)\.\s*\d")
_YEAR_IN_BRACKETS = re.compile(r"\((?:[^()]*\s)?(?:19|20)\d\d\)")
_TRANSLATED = re.compile(r"United Nations|Official Records|Ibid\.|Supplement No\.|Sales No\.", re.IGNORECASE)


def cited_as_published(text: str) -> bool:
    """Whether a text is a reference to a publication (`Smith, J., “Smuggling networks in the
    Sahel”, Journal of Migration and Human Security, vol. 5, No. 2 (2017).`), not a UN one."""
    return (_QUOTED_TITLE.search(text) is not None and _VOLUME_OR_PAGES.search(text) is not None
            and _YEAR_IN_BRACKETS.search(text) is not None and _TRANSLATED.search(text) is None)
