"""The numbers of a document's parts as the six languages cite them: `annex II`, `section
IV.B`, `Chapter VII of the Charter`, `annexes I to IV`; `l'annexe III`, `главой VII`, `附件二`,
`第七章`, `第四.B节`, and Arabic's ordinals (`المرفق الثاني`, `الفصل السابع`) and adverbs
(`الفرع ثالثا-باء`, section III.B).

English writes them as Roman numerals, which no number reading took for numbers: `l'annexe III`
for `annex II` and `附件三` for `附件二` passed (value_extraction reads these as numbers in words:
compared where both versions give one, forgiven where a version words the citation otherwise).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang.document_parts import arabic_ordinal, article_number

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN = r"[IVXL]{1,6}"
# A part's numeral, with a section's letter after it (`IV.B`, `IV.B.2`), which is no number.
_NUMERAL = rf"{_ROMAN}(?:\.[A-Z](?:\.\d)?)?(?!\w|\.\w)"


def _series(joiners: str) -> str:
    """One numeral or several, coordinated or a range (`I and II`, `I to IV`, `I–IV`)."""
    return rf"(?P<n>{_NUMERAL}(?:(?:\s*,\s*|\s+(?:{joiners})\s+|\s*[-–]\s*){_NUMERAL})*)"


# Before the numeral, the word for a part in each language (any case of the Russian ones).
_LATIN_WORDS = {
    "en": (r"\b(?:[Aa]nnex(?:es)?|[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Aa]ppendi(?:x|ces)|[Tt]itles?)", "and|or|to|through"),
    "fr": (r"\b(?:[Aa]nnexes?|[Ss]ections?|[Cc]hapitres?|[Pp]arties?|[Aa]ppendices?|[Tt]itres?)", "et|ou|à"),
    "es": (r"\b(?:[Aa]nexos?|[Ss]ecci(?:ón|ones)|[Cc]apítulos?|[Pp]artes?|[Aa]péndices?|[Tt]ítulos?)", "y|e|o|a"),
    "ru": (r"(?<![\w-])(?:[Пп]риложени[еяйюимх]\w*|[Рр]аздел\w*|[Гг]лав[аыеуо]\w*|[Чч]аст\w*|[Дд]обавлени\w*)",
           "и|или|по"),
}

# Chinese: `附件二`, `第七章`, `第四.B节`, `第二部分`, in characters or Roman numerals.
_CHINESE_NUMERAL = r"[一二三四五六七八九十]{1,3}|[IVXL]{1,6}"
_CHINESE = re.compile(rf"(?:附件(?=(?:{_CHINESE_NUMERAL})(?![一二三四五六七八九十IVXL]))|第(?=(?:{_CHINESE_NUMERAL})(?:[.．][A-Z])?(?:章|节|部分|编)))"
                      rf"(?P<n>{_CHINESE_NUMERAL})(?:(?:至|到|和|及|、)(?P<m>{_CHINESE_NUMERAL})(?![一二三四五六七八九十IVXL]))?")

# Arabic: the part's word, then an ordinal (`الثاني`, `الثانية`) or an adverb (`ثانيا`); a word
# that is neither (`الجزء الأكبر`, the greater part) gives none.
_ARABIC = re.compile(r"(?:المرفق|مرفق|الفرع|الفصل|الجزء|التذييل|الباب|المرفقات|المرفقين|الفروع|الفصول|الأجزاء)\s+(?:من\s+)?"
                     r"(?P<n>[\u0621-\u064a\u064b]+)(?:\s+(?:إلى|و)\s*(?P<m>ال[\u0621-\u064a\u064b]+)|\s+و(?P<m2>ال[\u0621-\u064a\u064b]+))?")


# What every text citing a part has, looked for first (most texts cite none).
_GATES = {"en": re.compile(r"\b[IVXL]+\b"), "fr": re.compile(r"\b[IVXL]+\b"), "es": re.compile(r"\b[IVXL]+\b"),
          "ru": re.compile(r"\b[IVXL]+\b"), "zh": re.compile("附件|第"), "ar": re.compile("المرفق|مرفق|الفرع|الفصل|الجزء|التذييل|الباب")}


def part_numbers(text: str, code: str) -> list[tuple[float, int, int]]:
    """Each part number `text` cites, as (value, start, end) of what names it (the numeral, or
    each numeral of a series: `annexes I to IV` gives 1 and 4)."""
    if code not in _GATES or not _GATES[code].search(text):
        return []
    if code in _LATIN_WORDS:
        found = []
        for match in _latin(code).finditer(text):
            for numeral in re.finditer(_ROMAN, match.group("n")):
                value = _roman(numeral.group(0))
                if value:
                    found.append((float(value), match.start("n") + numeral.start(), match.start("n") + numeral.end()))
        return found
    found = []
    if code == "zh":
        for match in _CHINESE.finditer(text):
            for group in ("n", "m"):
                written = match.group(group)
                value = written and (_roman(written) if written[0] in _ROMAN_VALUES else article_number(written))
                if value:
                    found.append((float(value), match.start(group), match.end(group)))
    elif code == "ar":
        for match in _ARABIC.finditer(text):
            for group in ("n", "m", "m2"):
                if match.group(group) and (value := arabic_ordinal(match.group(group))):
                    found.append((float(value), match.start(group), match.end(group)))
    return found


# The General Assembly's Main Committees by their ordinal (`the Third Committee`, `Troisième
# Commission`, `Третьего комитета`, `第三委员会`, `اللجنة الثالثة`): 1 to 6, as a part's number.
_COMMITTEES = {
    "en": (r"\b(First|Second|Third|Fourth|Fifth|Sixth)\s+Committee\b",
           ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")),
    "fr": (r"\b(Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)\s+Commission\b",
           ("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième")),
    "es": (r"\b(Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\s+Comisión\b",
           ("Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta")),
    "ru": (r"(?<!\w)(Перв|Втор|Трет|Четв[её]рт|Пят|Шест)\w{0,4}\s+[Кк]омитет",
           ("Перв", "Втор", "Трет", "Четверт", "Пят", "Шест")),
    "zh": (r"第(一|二|三|四|五|六)委员会", ("一", "二", "三", "四", "五", "六")),
    "ar": (r"اللجنة\s+(الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)",
           ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة")),
}


def committee_numbers(text: str, code: str) -> list[tuple[float, int, int]]:
    """Each Main Committee `text` names by its ordinal, as (number, start, end) of the ordinal."""
    if code not in _COMMITTEES or not _COMMITTEE_GATES[code].search(text):
        return []
    pattern, ordinals = _COMMITTEES[code]
    found = []
    for match in re.finditer(pattern, text):
        written = match.group(1).replace("ё", "е")
        found.append((float(ordinals.index(written) + 1), match.start(1), match.end(1)))
    return found


_COMMITTEE_GATES = {"en": re.compile("Committee"), "fr": re.compile("Commission"), "es": re.compile("Comisión"),
                    "ru": re.compile("омитет"), "zh": re.compile("委员会"), "ar": re.compile("اللجنة")}


# An article numbered in words where the others number it in digits: French `Article premier`
# (`Article 1`), `1er`.
_ARTICLE_IN_WORDS = {"fr": re.compile(r"\b(?:[Aa]rticle|[Rr]ègle)\s+(?P<n>premier|1er)\b")}


def articles_in_words(text: str, code: str) -> list[tuple[float, int, int]]:
    """Each article `text` numbers in words (`Article premier`: 1), as (value, start, end) of
    the word; NUM001 reads it as the number the other versions write in digits."""
    pattern = _ARTICLE_IN_WORDS.get(code)
    if pattern is None or "rticle" not in text and "ègle" not in text:
        return []
    return [(1.0, match.start("n"), match.end("n")) for match in pattern.finditer(text)]


@cache
def _latin(code: str) -> re.Pattern[str]:
    words, joiners = _LATIN_WORDS[code]
    return re.compile(rf"{words}\s+{_series(joiners)}")


def _roman(numeral: str) -> int:
    """A Roman numeral's value (0 for what is none: `IIII`, `VX`)."""
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if roman_numeral(total) == numeral else 0


def roman_numeral(value: int) -> str:
    """`value` as a Roman numeral (`IV`), as English cites a part."""
    out = ""
    for number, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


