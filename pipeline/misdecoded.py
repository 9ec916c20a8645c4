"""Text that a wrong charset made of a catalog: bytes read in the charset its header names, when
they were written in another.

A legacy charset decodes any byte, so a header that names the wrong one gives no error, only
other letters: Russian saved in windows-1251 under `charset=ISO-8859-1` reads `Ñîõðàíèòü âñå`,
KOI8-R under `charset=windows-1251` reads `уПИТБОЙФШ ЧУЕ` (every word's case turned over),
French in windows-1252 under `charset=windows-1251` reads `a йtй enregistrй`. Checked as
Russian, such a catalog passed the gate: no term, no word, no number to find. Three signs tell
it, each plain in a dozen words and absent from text in any language:
- most of the Latin letters are accented ones of Latin-1 (French and Spanish text has some
  3 in 100; text misread from a Cyrillic, Arabic or Chinese charset, nearly all);
- Cyrillic whose case is turned over: words of a small letter and then capitals only
  (`уПИТБОЙФШ`, not `кВт`, `кВА` nor `МегаФон`), few small letters at all;
- words of two scripts whose letters are no look-alikes (`йtй`: a Russian `Рабочaя` with a Latin
  `a` is a typo, TYPO001's, not a charset's).
And a catalog of one of the six holding text in another script than its own and Latin (Arabic
bytes read as windows-1251). Charsets that give other letters of the same script (windows-1251
read as ISO-8859-5, GBK as Big5) are not told apart: that would take a model of each
language's letters.
"""

from __future__ import annotations

import re

from pipeline.lang import profile
from pipeline.lang.identify import SCRIPT_OF, sample_of
from pipeline.lang.word_frequency import zipf

_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{3,}")
_TURNED_OVER = re.compile(r"[а-яё][А-ЯЁ]{3,}")  # four letters at least: `кВА`, `дБА` are units
_SMALL_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = {
    "Latin": re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
}
# Letters of one script that look like another's: a word mixing only these is a typo.
_LOOK_ALIKES = frozenset("aeopcyxkmhtbiABEKMHOPCTXYIаеорсухкмнтвіАВЕКМНОРСТХУІαορτυικνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Enough text to tell.
_LEAST_LETTERS = 20
_LEAST_WORDS = 5
# The charsets each script's catalogs were written in before UTF-8, the most used first: tried
# to say which one the bytes read as (French reads as text in windows-1256 too, which holds
# French's letters for North Africa, but it was written in windows-1252).
_LEGACY = {
    "Cyrillic": ("windows-1251", "koi8-r", "cp866", "iso8859-5"),
    "Arabic": ("windows-1256", "iso8859-6"),
    "Han": ("gb18030", "big5"),
    "Latin": ("windows-1252", "iso8859-15"),
}


def misread_sample(texts, charset: str, lang: str = "") -> str | None:
    """Where the texts (a catalog's translations, decoded in `charset`) read as a wrong charset's
    text: a few words of them, and the charset they read as in the catalog's language (`lang`,
    its Language header) where one of the legacy charsets makes its text of them; None where
    they read as text."""
    sample = sample_of(texts)
    script = SCRIPT_OF.get(lang.split("_")[0].split("-")[0].lower()) if lang else None
    if not _misread(sample) and not _in_a_script_of_no_such_catalog(sample, script):
        return None
    shown = " ".join(sample.split()[:3])[:40]
    written_in = _written_in(sample, charset, script)
    return f"`{shown}…`" + (f" (as {written_in} they read as text)" if written_in else "")


def _misread(text: str) -> bool:
    letters = len(_LATIN_LETTER.findall(text))
    if letters >= _LEAST_LETTERS and len(_ACCENTED_LATIN.findall(text)) * 2 > letters:
        return True
    words = _CYRILLIC_WORD.findall(text)
    if len(words) >= _LEAST_WORDS:
        turned = sum(1 for word in words if _TURNED_OVER.fullmatch(word))
        if turned >= 2 and turned * 10 >= len(words) and len(_SMALL_CYRILLIC.findall(text)) * 4 <= len(_SCRIPTS["Cyrillic"].findall(text)):
            return True
    garbled, foreign = 0, 0
    # Arabic joins a Latin name to its article with a tatweel (`الـPDF`): two words, not one.
    for word in _WORD.findall(text.replace("\u0640", " ")):
        if word.isascii():
            continue
        foreign += 1
        scripts = [(name, found) for name, pattern in _SCRIPTS.items() if (found := pattern.findall(word))]
        if len(scripts) > 1:
            fewest = min(scripts, key=lambda item: len(item[1]))[1]
            garbled += not all(letter in _LOOK_ALIKES for letter in fewest)
    return garbled >= 3 and garbled * 5 >= foreign


def _in_a_script_of_no_such_catalog(text: str, script: str | None) -> bool:
    """Whether a catalog of one of the six languages (its `script`) holds text in another
    script than its own and than Latin (a catalog's untranslated copies are Latin): Arabic
    bytes read as windows-1251 are Cyrillic throughout."""
    if script is None:
        return False
    letters = sum(len(word) for word in _WORD.findall(text))
    if letters < _LEAST_LETTERS:
        return False
    return any(other not in (script, "Latin") and len(pattern.findall(text)) * 10 >= letters * 8
               for other, pattern in (*_SCRIPTS.items(), ("Han", _HAN)))


def _written_in(text: str, charset: str, script: str | None) -> str | None:
    """The legacy charset the text's bytes read as text in, in its language's script; for a
    language not of the six, the one charset that makes text of them, if one alone does."""
    try:
        raw = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        return None
    readable = []
    for candidate in _LEGACY[script] if script else [name for names in _LEGACY.values() for name in names]:
        try:
            again = raw.decode(candidate)
        except UnicodeDecodeError:
            continue
        if again == text or _misread(again) or (script and _in_a_script_of_no_such_catalog(again, script)):
            continue
        if script is None:
            readable.append(candidate)
        elif _mostly_in(again, script):
            return candidate
    return readable[0] if len(readable) == 1 else None


def _mostly_in(text: str, script: str) -> bool:
    pattern = _HAN if script == "Han" else _SCRIPTS[script]
    letters = sum(len(word) for word in _WORD.findall(text))
    return letters > 0 and len(pattern.findall(text)) * 10 >= letters * 6


def unknown_words_sample(texts, lang: str) -> str | None:
    """Where the words of a text decoded in a code page of its own script (cp1251 read as
    ISO-8859-5 or cp866, cp1252 as mac_roman or cp850: `Тхэр`, `annotÈ`) are words of no list
    of the language: a few of them, and how many of how many; None where they read as its
    words (wordfreq's list, pipeline/lang/word_frequency.py: the shipped versions' words with a
    letter beyond ASCII are 97 to 100 in 100 in it, such a text's 0 to 15). Only its words with
    a letter beyond ASCII, which a code page changes; not Chinese, whose words no space parts."""
    if profile(lang).unspaced:
        return None
    words = [word for word in _WORD.findall(sample_of(texts)) if len(word) >= 3 and not word.isascii()]
    if len(words) < _LEAST_UNKNOWN_WORDS:
        return None
    unknown = [word for word in words if zipf(word, lang) == 0]
    if len(unknown) * 2 <= len(words):
        return None
    return f"{len(unknown)} of its {len(words)} words with a letter beyond ASCII are words of no {lang} word list (`{' '.join(unknown[:3])}…`)"


_LEAST_UNKNOWN_WORDS = 20
