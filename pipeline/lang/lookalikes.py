"""Latin and Cyrillic letters that look alike, and the one script a mixed word must be in.

`Рабочaя` (a Latin `a` in a Russian word) is the commonest mixed-script fault in Russian UN
texts: keyboard layouts and OCR put it there, and it looks right. A word has one right form
only when its script is certain: it holds at least one letter of that script that has no
look-alike in the other (`б`, `ч`, `я` in `Рабочaя`), and every letter of the other script in
it has a look-alike. `СОР` written with a Latin `C` has no right answer here (the Latin
`COP` and the Cyrillic `СОР` both read so), and neither has a word with a Latin `q` among
Cyrillic letters (no Cyrillic `q` exists to put in its place): those are reported, never fixed.
"""

from __future__ import annotations

import unicodedata

# Latin letter → the Cyrillic letter drawn the same in the fonts UN documents use (Times New
# Roman, Arial). Not `k`/`к`, `n`/`п`, `u`/`и`, `r`/`г`: alike in some hands, not in print.
LATIN_TO_CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х",
}
CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in LATIN_TO_CYRILLIC.items()}


def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "Latin"
    if name.startswith("CYRILLIC"):
        return "Cyrillic"
    return None


def mixes_latin_and_cyrillic(word: str) -> bool:
    """Whether a word has both a Latin and a Cyrillic letter (`Рабочaя`, `OOН`)."""
    scripts = {_script(ch) for ch in word}
    return "Latin" in scripts and "Cyrillic" in scripts


def in_one_script(word: str) -> str | None:
    """The word with its look-alike letters put in the script the rest of it is certainly in,
    or None where that is not certain (see the module's docstring) or the word does not mix
    Latin and Cyrillic."""
    latin = [ch for ch in word if _script(ch) == "Latin"]
    cyrillic = [ch for ch in word if _script(ch) == "Cyrillic"]
    if not latin or not cyrillic:
        return None
    if all(ch in LATIN_TO_CYRILLIC for ch in latin) and any(ch not in CYRILLIC_TO_LATIN for ch in cyrillic):
        return "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
    if all(ch in CYRILLIC_TO_LATIN for ch in cyrillic) and any(ch not in LATIN_TO_CYRILLIC for ch in latin):
        return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
    return None
