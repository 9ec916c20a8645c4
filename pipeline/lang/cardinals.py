"""Cardinal numbers written in words, in five of the six languages (Chinese's are read with
their measure word, in pipeline/lang/zh.py): the words a number is made of, by value.

UN style spells a number that opens a sentence (`Twenty-five States have ratified the
Protocol`) and small numbers everywhere; the versions then write it in words or in digits as
their own rules say (`25 государств ратифицировали…`). pipeline/value_extraction.py reads each
word and joins the words of one number (`_compounds`): with the units to ten alone, `двадцать
пять` was 5 against the source's 25, and `Twenty-five` no number at all. `one` (and `un`,
`uno`, `один`, `واحد`) counts only inside a compound: alone it is an article or a pronoun as
often as a number.
"""

from __future__ import annotations

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)

# Words that are a number only inside a compound (Arabic's ordinal before عشر): alone, no number.
# `آلاف` alone is "thousands of".
ARABIC_ONLY_IN_COMPOUNDS = frozenset({"الاف"})
# Arabic's ordinal units (`الخامسة`, `التاسع`): a number they begin with (`الخامسة والسبعين`,
# the seventy-fifth; `التاسع عشر`, the nineteenth; `الثامنة عشرة`) is an ordinal, which no
# other version writes as a number outside a session's (lang/ordinals.py): no number.
ARABIC_ORDINALS = frozenset(f"ال{stem}{ending}" for stem in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن",
                                                             "تاسع") for ending in ("", "ه"))

ENGLISH = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
    **dict(zip(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), _TENS)),
    "hundred": 100, "thousand": 1000,
}

# `dix-sept` and `quatre-vingt` as words of their own: `soixante-dix-sept` is 60 + 17, and
# `quatre-vingt-dix` 80 + 10 (a word inside a longer one found is not read again).
FRENCH = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100, "cents": 100, "mille": 1000,
}

SPANISH = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    **{f"{stem}ient{ending}": hundreds for stem, hundreds in (("dosc", 200), ("tresc", 300), ("cuatroc", 400),
                                                              ("seisc", 600), ("setec", 700), ("ochoc", 800),
                                                              ("novec", 900))
       for ending in ("os", "as")},
    "quinientos": 500, "quinientas": 500, "mil": 1000,
}

# By normal form (pymorphy3 gives `двадцати`, `двадцатью` as `двадцать`).
RUSSIAN = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    **dict(zip(("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"),
               _TENS)),
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900, "тысяча": 1000,
}

# Normalised as pipeline/lang/analysers/ar_clitics.py does (ة → ه, أ → ا), masculine and
# feminine, nominative and oblique (`عشرون`, `عشرين`).
ARABIC = {
    "واحد": 1, "واحدا": 1, "احد": 1, "احدي": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثنتا": 2, "اثني": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6,
    "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    **{word: tens for tens, stem in zip(_TENS, ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"))
       for word in (f"{stem}ون", f"{stem}ين")},
    "مائه": 100, "مئه": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200, "مائتا": 200, "مائتي": 200,
    "الف": 1000, "الاف": 1000,
    # The ordinal units, read to know the compound they begin is an ordinal (ARABIC_ORDINALS).
    **{f"ال{stem}{ending}": value for value, stem in enumerate(
        ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"), start=1) for ending in ("", "ه")},
    # `عشرات`, `مئات`, `الاف` as "tens of", "hundreds of": no number (the sound plural of
    # `عشر` read as 10 without them).
    "عشرات": 0, "مئات": 0,
    **{f"{unit}{hundred}": value * 100 for value, unit in ((3, "ثلاث"), (4, "اربع"), (5, "خمس"), (6, "ست"), (7, "سبع"),
                                                          (8, "ثمان"), (9, "تسع"))
       for hundred in ("مائه", "مئه")},
}
