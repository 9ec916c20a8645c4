"""The numbers of a document's parts as the six languages cite them: `annex II`, `section
IV.B`, `Chapter VII of the Charter`, `annexes I to IV`; `l'annexe III`, `главой VII`, `附件二`,
`第七章`, `第四.B节`, and Arabic's ordinals (`المرفق الثاني`, `الفصل السابع`) and adverbs
(`الفرع ثالثا-باء`, section III.B).

English writes them as Roman numerals, which no number reading took for numbers: `l'annexe III`
for `annex II` and `附件三` for `附件二` passed. value_extraction keeps them apart (Values.parts),
which NUM001 compares where both versions cite some.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang.document_parts import article_number
from pipeline.lang.ordinals import arabic_ordinal

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN = r"[IVXL]{1,6}"
# A part's numeral, with a section's letter after it (`IV.B`, `IV.B.2`), which is no number.
_NUMERAL = rf"{_ROMAN}(?:\.[A-Z](?:\.\d)?)?(?!\w|\.\w)"


def _series(joiners: str) -> str:
    """One numeral or several, coordinated or a range (`I and II`, `I to IV`, `I–IV`)."""
    return rf"(?P<n>{_NUMERAL}(?:(?:\s*,\s*|\s+(?:{joiners})\s+|\s*[-–]\s*){_NUMERAL})*)"


# Before the numeral, the word for a part in each language (any case of the Russian ones), the
# words that join two numerals, and those of them that make a range (`I to IV` is I, II, III
# and IV, as a version that lists them has them).
_LATIN_WORDS = {
    "en": (r"\b(?:[Aa]nnex(?:es)?|[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Aa]ppendi(?:x|ces)|[Tt]itles?)", "and|or|to|through",
           "to|through"),
    "fr": (r"\b(?:[Aa]nnexes?|[Ss]ections?|[Cc]hapitres?|[Pp]arties?|[Aa]ppendices?|[Tt]itres?)", "et|ou|à", "à"),
    "es": (r"\b(?:[Aa]nexos?|[Ss]ecci(?:ón|ones)|[Cc]apítulos?|[Pp]artes?|[Aa]péndices?|[Tt]ítulos?)", "y|e|o|a", "a"),
    "ru": (r"(?<![\w-])(?:[Пп]риложени[еяйюимх]\w*|[Рр]аздел\w*|[Гг]лав[аыеуо]\w*|[Чч]аст\w*|[Дд]обавлени\w*)",
           "и|или|по", "по"),
}
_RANGE_MARKS = r"\s*[-–]\s*"
# English's parts in words (`Part One`), as Chinese and Arabic number them (`第一部分`, `الجزء الأول`).
_ENGLISH_PART_WORDS = re.compile(r"\b[Pp]arts?\s+((?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
                                 r"(?:(?:\s*,\s*|\s+(?:and|or|to)\s+)(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))*)\b")
_ENGLISH_WORD = re.compile(r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten")
_ENGLISH_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")

# Chinese: `附件二`, `第七章`, `第四.B节`, `第二部分`, in characters or Roman numerals, a series
# after 附件 (`附件一、二、三和四`, `附件一至四`).
_CHINESE_NUMERAL = r"[一二三四五六七八九十]{1,3}|[IVXL]{1,6}"
_CHINESE_JOINER = r"至|到|和|及|、|[-–—－~～]"
_CHINESE_SERIES = rf"(?:{_CHINESE_NUMERAL})(?:(?:{_CHINESE_JOINER})第?(?:{_CHINESE_NUMERAL}))*"
# (not 附件一览, the list of annexes, nor a count after 附件: 附件一个)
_CHINESE = re.compile(rf"附件(?P<n>{_CHINESE_SERIES})(?![一二三四五六七八九十IVXL个项次种份览致些])"
                      rf"|第(?P<m>{_CHINESE_SERIES})(?=(?:[.．][A-Z])?(?:章|节|部分|编))")

# Arabic: the part's word, then an ordinal (`الثاني`, `الثانية`, `الثاني عشر`) or an adverb
# (`ثانيا`), or several (`المرفقات من الأول إلى الرابع`, `الأول والثاني`); a word that is
# neither (`الجزء الأكبر`, the greater part) gives none. `الفرع` takes only the adverb, which
# numbers a section (`الفرع ثانيا`): with an ordinal it is a branch (`الفرع الثاني في نيروبي`);
# `الفصل` of a year is its quarter (`الفصل الأول من عام 2022`).
_ARABIC_WORD = r"[\u0621-\u064a\u064b]+(?:\s+عشرة?)?"
_ARABIC_PARTS = ("المرفق|مرفق|الفرع|الفصل|الجزء|التذييل|الباب|المرفقات|المرفقين|المرفقان|الفروع|الفرعين|الفرعان|الفصول"
                 "|الفصلين|الفصلان|الأجزاء|الجزأين|الجزءين")
_ARABIC = re.compile(rf"(?P<part>{_ARABIC_PARTS})\s+(?:من\s+)?"
                     rf"(?P<n>{_ARABIC_WORD}(?:(?:\s+(?:إلى|و)\s*|\s+و)(?!(?:ال)?(?:مرفق|فرع|فصل|جزء|تذييل|باب))(?:ال)?{_ARABIC_WORD})*)"
                     r"(?!\s+(?:من\s+(?:كل\s+)?(?:عام|العام|سنة|السنة)|لعام|للعام|الدراسي))")
_ARABIC_ONE = re.compile(_ARABIC_WORD)


# What every text citing a part has, looked for first (most texts cite none).
_GATES = {"en": re.compile(r"\b[IVXL]+\b|\b[Pp]arts?\s"), "fr": re.compile(r"\b[IVXL]+\b"), "es": re.compile(r"\b[IVXL]+\b"),
          "ru": re.compile(r"\b[IVXL]+\b"), "zh": re.compile("附件|第"), "ar": re.compile(_ARABIC_PARTS)}


def part_numbers(text: str, code: str) -> list[tuple[float, int, int]]:
    """Each part number `text` cites, as (value, start, end) of what names it (the numeral,
    each numeral of a series, and those a range spans, at its last's place: `annexes I to IV`
    gives 1, 2, 3 and 4)."""
    if code not in _GATES or not _GATES[code].search(text):
        return []
    found: list[tuple[float, int, int]] = []
    if code in _LATIN_WORDS:
        _, _, ranges = _LATIN_WORDS[code]
        for match in _latin(code).finditer(text):
            numerals = [(float(roman_value(m.group(0))), match.start("n") + m.start(), match.start("n") + m.end())
                        for m in re.finditer(_ROMAN, match.group("n"))]
            found += _spanned(numerals, text, re.compile(rf"\s+(?:{ranges})\s+|{_RANGE_MARKS}"))
        if code == "en":
            for match in _ENGLISH_PART_WORDS.finditer(text):
                words = [(float(_ENGLISH_WORDS.index(m.group(0)) + 1), match.start(1) + m.start(), match.start(1) + m.end())
                         for m in _ENGLISH_WORD.finditer(match.group(1))]
                found += _spanned(words, text, re.compile(r"\s+to\s+"))
    elif code == "zh":
        for match in _CHINESE.finditer(text):
            group = "n" if match.group("n") else "m"
            numerals = [(float(roman_value(m.group(0)) if m.group(0)[0] in _ROMAN_VALUES else article_number(m.group(0))),
                         match.start(group) + m.start(), match.start(group) + m.end())
                        for m in re.finditer(_CHINESE_NUMERAL, match.group(group))]
            found += _spanned(numerals, text, re.compile(r"(?:至|到|[-–—－~～])第?"))
    elif code == "ar":
        for match in _ARABIC.finditer(text):
            numerals = [(float(_arabic_number(m.group(0), adverb_only=match.group("part").startswith("الفر"))),
                         match.start("n") + m.start(), match.start("n") + m.end())
                        for m in _ARABIC_ONE.finditer(match.group("n")) if m.group(0) not in ("و", "إلى")]
            found += _spanned(numerals, text, re.compile(r"\s+إلى\s+"))
    return [(value, start, end) for value, start, end in found if value]


def _spanned(numerals: list[tuple[float, int, int]], text: str, range_joiner: re.Pattern[str]) -> list[tuple[float, int, int]]:
    """The numerals of a series, each range between two of them (its joiner `range_joiner`)
    with the numbers inside it, at the range's end."""
    spanned = numerals[:1]
    for (first, _, first_end), (last, start, end) in zip(numerals, numerals[1:]):
        joiner = text[first_end:start]
        if range_joiner.fullmatch(joiner) and 0 < first < last <= first + 50:
            spanned += [(float(value), start, end) for value in range(int(first) + 1, int(last))]
        spanned.append((last, start, end))
    return spanned


def _arabic_number(written: str, adverb_only: bool = False) -> int:
    """An Arabic ordinal or its adverb (ordinals.arabic_ordinal); only an adverb (`ثانيا`)
    where `adverb_only`."""
    if adverb_only and "ال" in written[:3]:
        return 0
    return arabic_ordinal(written)


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
# (`Article 1`), `1er`; Arabic `المادة السادسة`, `المادة الحادية عشرة`.
_ARTICLE_IN_WORDS = {"fr": re.compile(r"\b(?:[Aa]rticle|[Rr]ègle)\s+(?P<n>premier|1er)\b"),
                     "ar": re.compile(r"(?:المادة|القاعدة)\s+(?P<n>ال[\u0621-\u064a]+(?:\s+عشرة?)?)")}


def articles_in_words(text: str, code: str) -> list[tuple[float, int, int]]:
    """Each article `text` numbers in words (`Article premier`: 1), as (value, start, end) of
    the word; NUM001 reads it as the number the other versions write in digits."""
    pattern = _ARTICLE_IN_WORDS.get(code)
    if pattern is None or not ("rticle" in text or "ègle" in text or "المادة" in text or "القاعدة" in text):
        return []
    found = []
    for match in pattern.finditer(text):
        value = 1 if code == "fr" else arabic_ordinal(match.group("n"))
        if value:
            found.append((float(value), match.start("n"), match.end("n")))
    return found


@cache
def _latin(code: str) -> re.Pattern[str]:
    words, joiners, _ = _LATIN_WORDS[code]
    return re.compile(rf"{words}\s+{_series(joiners)}")


def roman_value(numeral: str) -> int:
    """A Roman numeral's value, of I, V, X and L (0 for what is none: `IIII`, `VX`)."""
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


