"""Text that a wrong charset made of a catalog: bytes read in the charset its header names, when
they were written in another.

A legacy charset decodes any byte, so a header that names the wrong one gives no error, only
other letters: Russian saved in windows-1251 under `charset=ISO-8859-1` reads `Ñîõðàíèòü âñå`,
KOI8-R under `charset=windows-1251` reads `уПИТБОЙФШ ЧУЕ` (every word's case turned over).
Checked as Russian, such a catalog passed the gate: no term, no word, no number to find. Two
signs tell it, each plain in a dozen words and absent from text in any of the six languages:
- most of the Latin letters are accented ones of Latin-1 (French and Spanish text has some
  3 in 100; text misread from a Cyrillic, Arabic or Chinese charset, nearly all);
- the case of Cyrillic text turned over: most words in capitals, and a fifth at least (the
  first of each sentence) turning from a small letter to a capital inside the word.
"""

from __future__ import annotations

import re

_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00ff]")
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u00ff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{3,}")
_TURNS_TO_A_CAPITAL = re.compile(r"[а-яё][А-ЯЁ]")
# Enough text to tell, and what is read of a large catalog.
_LEAST_LETTERS = 20
_LEAST_WORDS = 5
_SAMPLE = 12_000
# The charsets the six languages' catalogs were written in before UTF-8, tried in this order
# to say which one the bytes read as.
_LEGACY = ("windows-1251", "koi8-r", "windows-1256", "gb18030", "windows-1252")


def misread_sample(texts, charset: str) -> str | None:
    """Where the texts (a catalog's translations, decoded in `charset`) read as a wrong charset's
    text: a few words of them, and the charset they read as where one of the legacy charsets
    makes text of them; None where they read as text."""
    sample = _sample(texts)
    if not _misread(sample):
        return None
    shown = " ".join(sample.split()[:3])[:40]
    written_in = _written_in(sample, charset)
    return f"`{shown}…`" + (f" (as {written_in} they read as text)" if written_in else "")


def _sample(texts) -> str:
    taken, size = [], 0
    for text in texts:
        taken.append(text)
        size += len(text)
        if size >= _SAMPLE:
            break
    return "\n".join(taken)


def _misread(text: str) -> bool:
    letters = len(_LATIN_LETTER.findall(text))
    if letters >= _LEAST_LETTERS and len(_ACCENTED_LATIN.findall(text)) * 2 > letters:
        return True
    words = _CYRILLIC_WORD.findall(text)
    if len(words) < _LEAST_WORDS:
        return False
    turned = sum(1 for word in words if _TURNS_TO_A_CAPITAL.search(word))
    capitals = sum(1 for word in words if word.isupper())
    # Case turned over: a sentence's first word turns (`уПИТБОЙФШ`), the others are capitals.
    return turned * 5 >= len(words) and (turned + capitals) * 2 > len(words)


def _written_in(text: str, charset: str) -> str | None:
    try:
        raw = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        return None
    for candidate in _LEGACY:
        try:
            again = raw.decode(candidate)
        except UnicodeDecodeError:
            continue
        if again != text and not _misread(again):
            return candidate
    return None
