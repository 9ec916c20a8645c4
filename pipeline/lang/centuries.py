"""A century named by its number, as each of the six languages writes it: `the twenty-first
century`, `the 21st century`, `le XXIe siècle`, `el siglo XXI`, `в XXI веке`, `21世纪`, `القرن
الحادي والعشرين`. The century's number is a value of the text: `XXe siècle` for `the
twenty-first century` is a wrong number, which no version's reading saw (English's ordinal in
words, the others' Roman numerals, were none). Each reader gives (the number, the start and
end of its words), for value extraction to read and blank."""

from __future__ import annotations

import re

from pipeline.lang import ordinals
from pipeline.lang.ordinals import ARABIC_TENS, ARABIC_UNITS, ENGLISH_TENS, ENGLISH_UNITS
from pipeline.lang.part_numbers import roman_value
from pipeline.lang.zh_numerals import chinese_numeral

Found = tuple[float, int, int]

# Russian texts type the Roman numerals' look-alikes in Cyrillic as often as in Latin (`ХХI`).
_CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})


# (`twenty-first century`, `twenty first century`, `twenty-first-century skills`; `21st and 22nd
# centuries`, each before the noun)
_ENGLISH_ORDINAL = rf"(?:(?:({'|'.join(ENGLISH_TENS)})[-\s])?({'|'.join(ENGLISH_UNITS)})|(\d{{1,2}})(?:st|nd|rd|th))"
_ENGLISH = re.compile(rf"\b{_ENGLISH_ORDINAL}(?=(?:\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?{_ENGLISH_ORDINAL})*[-\s]centur(?:y|ies)\b)",
                      re.IGNORECASE)
# (`XIXe et XXIe siècles`, `siglos XXI y XXII`, `XIX–XX вв.`, `с XIX по XXI век`: each)
_FRENCH_ROMAN = r"[IVXL]{1,6}(?:e|ᵉ|ème|er|re)"
_FRENCH = re.compile(rf"\b([IVXL]{{1,6}})(?:e|ᵉ|ème|er|re)(?=(?:\s*(?:,|et|à|au|-|–)\s*{_FRENCH_ROMAN})*\s+siècles?\b)")
_SPANISH = re.compile(r"(?:\b(?i:siglos?)\s+|(?<=[IVXL])\s*(?:,|y|e|al|a|-|–)\s*)([IVXL]{1,6})\b")
_RUSSIAN = re.compile(r"(?<!\w)([IVXLХІ]{1,6})(?=(?:\s*(?:,|и|по|до|-|–|—)\s*[IVXLХІ]{1,6})*\s+(?:век(?:а|е|у|ом|ов|ами|ах)?|вв?\.)(?!\w))")
_CHINESE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*世纪(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*年代)")
_ARABIC_UNIT = "|".join(sorted(ARABIC_UNITS, key=len, reverse=True))
_ARABIC_TEN = "|".join(ARABIC_TENS)
_ARABIC_NUMBER = rf"(?:({_ARABIC_UNIT})(?:\s+(عشر|عشرة)|\s+و({_ARABIC_TEN}))?|({_ARABIC_TEN}))(?!\w)"
# (the dual, `القرنين الحادي والعشرين والثاني والعشرين`: each after the first joined by و)
_ARABIC = re.compile(rf"(?<!\w)[وفب]?(?:ال|لل)قرن(?:ين|ان)?\s+{_ARABIC_NUMBER}")
_ARABIC_NEXT = re.compile(rf"\s+و{_ARABIC_NUMBER}")


def centuries(code: str, text: str) -> list[Found]:
    """The centuries `text` names in language `code`."""
    reader = _READERS.get(code)
    return reader(text) if reader is not None else []


def _english(text: str) -> list[Found]:
    if "centur" not in text.lower():
        return []
    found = []
    for match in _ENGLISH.finditer(text):
        tens, unit, digits = match.groups()[:3]
        value = int(digits) if digits else ENGLISH_TENS.get((tens or "").lower(), 0) + ENGLISH_UNITS[unit.lower()]
        found.append((float(value), match.start(), match.end()))
    return found


def _roman_reader(pattern: re.Pattern[str], gate: str, in_words=None, noun: re.Pattern[str] | None = None):
    """A reader of the centuries in Roman numerals (`pattern`'s group 1) and, where the
    language's ordinal reader is given, in words before the century's noun (`vingt et unième
    siècle`, `двадцать первого века`)."""
    def read(text: str) -> list[Found]:
        if gate not in text.lower():
            return []
        found = [(float(value), match.start(), match.end()) for match in pattern.finditer(text)
                 if (value := roman_value(match.group(1).translate(_CYRILLIC_ROMAN)))]
        if in_words is not None:
            found += [(value, start, end) for value, start, end in in_words(text, noun)
                      if not any(start < other_end and other_start < end for _, other_start, other_end in found)]
        return found
    return read


def _chinese(text: str) -> list[Found]:
    if "世纪" not in text:
        return []
    found = []
    for match in _CHINESE.finditer(text):
        written = match.group(1)
        value = int(written) if written.isdigit() else chinese_numeral(written)
        if value:
            found.append((float(value), match.start(), match.end()))
    return found


def _arabic(text: str) -> list[Found]:
    if "قرن" not in text:
        return []
    found = []
    for match in _ARABIC.finditer(text):
        while match is not None:
            unit, teen, tens, tens_only = match.groups()
            value = ARABIC_TENS[tens_only] if tens_only else ARABIC_UNITS[unit] + (10 if teen else 0) + ARABIC_TENS.get(tens or "", 0)
            found.append((float(value), match.start(), match.end()))
            match = _ARABIC_NEXT.match(text, match.end())
    return found


_READERS = {"en": _english,
            "fr": _roman_reader(_FRENCH, "siècle", ordinals.french, re.compile(r"\bsiècles?\b", re.IGNORECASE)),
            "es": _roman_reader(_SPANISH, "siglo"),
            "ru": _roman_reader(_RUSSIAN, "в", ordinals.russian, re.compile(r"(?<!\w)век(?:а|е|у|ом|ов|ами|ах)?(?!\w)", re.IGNORECASE)),
            "zh": _chinese, "ar": _arabic}
