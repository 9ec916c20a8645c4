"""Presentation forms: the glyphs a font draws for letters (Arabic's initial, medial, final and
isolated forms, U+FB50–U+FDFF and U+FE70–U+FEFE; the Latin ligatures ﬁ ﬂ, U+FB00–U+FB06),
which Unicode encodes only for old systems. A PDF whose font has no map back to the letters
gives them, and so does text copied out of one: `ﻣﻜﺘﺐ` is no word a search, a sort or a term
finds, though it looks like `مكتب`. Folded (NFKC) to the letters they draw.

Not folded: what NFKC keeps as it is (the ornate parentheses, ﷽ the Basmala, which opens
letters of Member States: signs, not glyphs of letters) and the rial sign ﷼, a currency's sign
whose letters NFKC spells the Persian way (`ریال`, not `ريال`). The isolated form of a vowel
mark (`ﹰ`, fathatan) is the mark alone: NFKC writes it after a space, which broke the word
(`نتيجةﹰ` became `نتيجة ً`)."""

from __future__ import annotations

import re
import unicodedata

_RANGES = ((0xFB00, 0xFB06), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
_KEPT = {"\ufdfc"}  # the rial sign


def _folds() -> dict[str, str]:
    folds = {}
    for low, high in _RANGES:
        for code in range(low, high + 1):
            glyph = chr(code)
            letters = unicodedata.normalize("NFKC", glyph)
            if letters != glyph and glyph not in _KEPT:
                # (a mark's isolated form: NFKC gives a space, then the mark)
                folds[glyph] = letters.replace(" ", "") if unicodedata.category(letters.strip()[:1]) == "Mn" else letters
    return folds


_FOLDS = _folds()
PRESENTATION_FORMS = re.compile("[" + "".join(sorted(map(re.escape, _FOLDS))) + "]+")


def fold_presentation_forms(text: str) -> str:
    """The text with each presentation form replaced by the letters it draws, composed as NFC
    composes them (an alef's form with the hamza form after it is `أ`)."""
    if not PRESENTATION_FORMS.search(text):
        return text
    return PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFC", "".join(map(_FOLDS.__getitem__, m.group(0)))), text)
