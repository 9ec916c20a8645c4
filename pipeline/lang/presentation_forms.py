"""Presentation forms: the glyphs a font draws for letters (Arabic's initial, medial, final and
isolated forms, U+FB50–U+FDFF and U+FE70–U+FEFE; the Latin ligatures ﬁ ﬂ, U+FB00–U+FB06),
which Unicode encodes only for old systems. A PDF whose font has no map back to the letters
gives them, and so does text copied out of one: `ﻣﻜﺘﺐ` is no word a search, a sort or a term
finds, though it looks like `مكتب`. Folded (NFKC, character by character) to the letters they
draw; the ornate parentheses of the range (U+FD3E, U+FD3F), which NFKC keeps, are no glyph of
a letter."""

from __future__ import annotations

import re
import unicodedata

PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufd3d\ufd40-\ufdff\ufe70-\ufefe]+")


def fold_presentation_forms(text: str) -> str:
    """The text with each presentation form replaced by the letters it draws."""
    if not PRESENTATION_FORMS.search(text):
        return text
    return PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
