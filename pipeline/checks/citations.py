"""A publication cited as published: the one kind of text a version keeps in its source's
words (a journal article that exists in English alone), which CONS003 calls no copy and TYPO002
leaves its quotation marks. Not a UN publication, an Official Record or `Ibid.`, which the UN
versions translate (`publication des Nations Unies`, `Documents officiels`, `Там же`)."""

from __future__ import annotations

import re

# Author, “Title”, Journal, vol. 5, No. 2 (2017), pp. 10-12: an author's or a body's field
# (or none) before a title in quotation marks that a comma ends (in or after the marks), a
# volume, number or pages, and the year in brackets. A sentence names no author first:
# `The term “migrant”, as used in the report (2019), is defined on p. 3.` is no reference.
_TITLE_FIRST = re.compile(r"(?:[^“\"‘]*,\s*)?(?:“[^“”]{3,}?(?:”,|,”)|\"[^\"]{3,}?(?:\",|,\")|‘[^‘]{3,}?(?:’,|,’))")
_VOLUME_OR_PAGES = re.compile(r"\b(?:vols?|nos?|pp?)\.\s*\d", re.IGNORECASE)
_YEAR_IN_BRACKETS = re.compile(r"\((?:[^()]*\s)?(?:19|20)\d\d\)")
# What the UN versions translate: a UN publication, an Official Record, the Treaty Series,
# `Ibid.`, and a reference that gives a UN document's symbol (`E/CN.15/2019/5`).
_TRANSLATED = re.compile(r"United Nations publication|United Nations, Treaty Series|Official Records|Ibid\.|Supplement No\.|"
                         r"Sales No\.|\b[A-Z]{1,6}(?:/[A-Z0-9.]+){2,}")


def cited_as_published(text: str) -> bool:
    """Whether a text is a reference to a publication (`Smith, J., “Smuggling networks in the
    Sahel”, Journal of Migration and Human Security, vol. 5, No. 2 (2017).`), not a UN one."""
    return (_TITLE_FIRST.match(text) is not None and _VOLUME_OR_PAGES.search(text) is not None
            and _YEAR_IN_BRACKETS.search(text) is not None and _TRANSLATED.search(text) is None)
