import re
from functools import lru_cache

from pipeline.lang import LanguageProfile, cardinals, clock, of_the_day, ordinals
from pipeline.lang.document_parts import DocumentParts
from pipeline.lang.morphology import morph_analyzer

# Ordinal days written in words, by normal form ("двадцать седьмого июня").
_ORDINALS = {
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
    "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
    "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16,
    "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30,
}


# After an hour: its minutes after a stop or colon (`10.00`), or the word for hours, not followed
# by minutes (`10 час. 30 мин.` is the first expression's), and the part of the day.
_HOUR_OR_MINUTES = (r"(?:[.:]([0-5][05])(?!\d|[.,]\d|\s*раз)|\s*(?:час(?:ов|ам|а)?\b|ч\.)(?!\.?\s*\d{2}\s*м)"
                    r"(?:\s+(утра|дня|вечера|ночи)\b)?)")


def _read_time(g: tuple) -> list[int] | None:
    """Minutes after midnight of each time the time pattern found: hours and minutes; a range
    (`с 10 до 13 часов`); an hour after a preposition (`в 3 часа дня`)."""
    if g[0]:
        return [clock(g[0], g[1])]
    if g[2]:
        times = [_o_clock(g[2], g[3], g[6]), _o_clock(g[4], g[5], g[6])]
        if None not in times and times[0] == times[1]:
            return None
    else:
        if g[9] is None and g[10] is None and g[7].lower() == "после" and _of_something(g[11]):
            return None  # `после 12 часов переговоров`: after twelve hours of talks, a length
        times = [_o_clock(g[8], g[9], g[10])]
    return None if None in times else times


def _of_something(word: str | None) -> bool:
    """Whether the word after `N часов` is a noun in the genitive they are hours of."""
    return bool(word) and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph_analyzer().parse(word.lower()))


def _o_clock(hour: str, minute: str | None, day_part: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if not of_the_day(h) or m > 59:
        return None  # (`в 24 часа`: within a day)
    part = (day_part or "").lower()
    if part in ("дня", "вечера") and h < 12:  # `в 3 часа дня`: 15:00
        h += 12
    elif part == "ночи" and h == 12:
        h = 0
    return clock(str(h), str(m))


@lru_cache(maxsize=None)
def _word_date_pattern() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in PROFILE.months), key=len, reverse=True))
    # Starting at word starts only, and never giving letters back (++): the word must be
    # followed by a space, so backtracking into it cannot help, and it cost a long text
    # hundreds of microseconds.
    return re.compile(rf"(?<![А-Яа-яЁё])(?:(двадцать|тридцать)\s+)?([А-Яа-яЁё]++)\s+({months})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)


def _read_word_date(match: re.Match[str]):
    tens, word, month_name, year = match.groups()
    ordinal = next((_ORDINALS[p.normal_form.replace("ё", "е")] for p in morph_analyzer().parse(word.lower())
                    if p.normal_form.replace("ё", "е") in _ORDINALS), None)
    month = PROFILE.months.get(month_name.casefold().strip().rstrip("."))
    if ordinal is None or month is None:
        return None
    day = ordinal + {"двадцать": 20, "тридцать": 30}.get((tens or "").lower(), 0)
    return [(day, month, int(year) if year else None)] if day <= 31 else None


def _number_word_forms(word: str) -> tuple[str, ...]:
    """The numeral readings' normal forms: `пяти`, `пятью` → `пять`; multipliers (`дважды`,
    adverbs to pymorphy3) as they are, as en `twice` and es `dos veces` are read."""
    if word in _MULTIPLIERS:
        return (word,)
    # `один` is an adjective to pymorphy3 (`одна`, `одного`), `тысяча` a noun: numbers inside a compound.
    return tuple({p.normal_form for p in morph_analyzer().parse(word)
                  if p.tag.POS == "NUMR" or p.normal_form in ("один", "тысяча")})


_MULTIPLIERS = {"дважды", "трижды"}


@lru_cache(maxsize=65536)
def _modifier(word: str) -> bool:
    """A word that may stand inside a term: an adjective, a participle, a numeral (in words
    or in digits: `незаконный ввоз 40 мигрантов`) or a pronoun used as an adjective (`этих`,
    `таких`)."""
    if word.isdigit():
        return True
    return any(p.tag.POS in ("ADJF", "PRTF", "NUMR") or "Apro" in p.tag for p in morph_analyzer().parse(word))


@lru_cache(maxsize=65536)
def _determiner(word: str) -> bool:
    """A word that may stand inside a rejected term: a pronoun used as an adjective (`этих`,
    `таких`, `всех`, `каждого`), every parse of the word one, or a number (`незаконный провоз 40
    мигрантов`, `сорока`), as an approved term takes one. (Never inside a name: `конференцию
    всех сторон конфликта` is no `Конференция Сторон`, term_matching.)"""
    if word.isdigit():
        return True
    parses = morph_analyzer().parse(word)
    return bool(parses) and (all("Apro" in p.tag for p in parses) or all(p.tag.POS == "NUMR" for p in parses))


@lru_cache(maxsize=65536)
def _parts_of_speech(word: str) -> frozenset:
    return frozenset(p.tag.POS for p in morph_analyzer().parse(word.lower()))


def _alike(word: str, other: str) -> bool:
    """Coordinated words share a part of speech (`финансовых и телекоммуникационных`), or one
    is a noun and the other an adjective or participle in a noun's place, in its case and
    number (`потерпевших и свидетелей`, `пострадавших и свидетелей`: people named by what
    befell them)."""
    return not _parts_of_speech(word).isdisjoint(_parts_of_speech(other)) or _a_noun_beside_a_substantive(word, other)


_SUBSTANTIVES = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=65536)
def _case_and_number(word: str, parts: frozenset) -> frozenset:
    return frozenset((p.tag.case, p.tag.number) for p in morph_analyzer().parse(word.lower()) if p.tag.POS in parts)


def _a_noun_beside_a_substantive(word: str, other: str) -> bool:
    for noun, substantive in ((word, other), (other, word)):
        nouns = _case_and_number(noun, frozenset({"NOUN"}))
        if nouns and not nouns.isdisjoint(_case_and_number(substantive, _SUBSTANTIVES)):
            return True
    return False


@lru_cache(maxsize=65536)
def _participle(word: str) -> bool:
    """A full participle (`ввезенные`), which may follow its noun and take a complement."""
    return any(p.tag.POS == "PRTF" for p in morph_analyzer().parse(word))


# The words of a thousand, a million, a billion, a trillion after a number, abbreviated as the
# UN writes amounts (`3,5 млн. долларов`) or in full in any case (`в 3,5 миллиона`, `с 2 тысячами`).
_MAGNITUDES = {
    **{f"{abbreviation}{dot}": power for abbreviation, power in (("тыс", 3), ("млн", 6), ("млрд", 9), ("трлн", 12))
       for dot in ("", ".")},
    **{f"тысяч{ending}": 3 for ending in ("а", "и", "", "е", "у", "ей", "ью", "ам", "ами", "ах")},
    **{f"{stem}{ending}": power for stem, power in (("миллион", 6), ("миллиард", 9), ("триллион", 12))
       for ending in ("", "а", "ов", "у", "ом", "е", "ы", "ам", "ами", "ах")},
}



def _opens_a_clause(line: str) -> bool:
    """Whether a line opens as a Russian resolution's preambular paragraph does: a gerund among
    its first three words (`признавая`, `вновь подтверждая`, `с удовлетворением отмечая`), or
    a participle or adjective of a state of mind in the nominative singular, agreeing with the
    body (`серьезно обеспокоенная`, `преисполненная решимости`, `будучи убеждена`), in its
    likeliest reading;
    not a gerund that works as a preposition (`начиная с 2020 года`, `включая`)."""
    morph = morph_analyzer()
    degree = False  # (`глубоко удрученная`: an adverb of degree before the participle)
    for word in re.findall(r"[а-яё]+", line.lower())[:3]:
        tag = morph.parse(word)[0].tag
        if tag.POS in ("VERB", "CONJ", "NPRO") or "Apro" in tag:
            return False  # a clause going on (`которая была принята`, `и призывает`)
        if tag.POS == "GRND" and word not in _PREPOSITIONAL_GERUNDS:
            return True
        if tag.POS in ("PRTF", "PRTS", "ADJF", "ADJS") and tag.number == "sing" and tag.gender != "neut" \
                and (tag.case == "nomn" or tag.POS in ("PRTS", "ADJS")) \
                and (degree and tag.POS in ("PRTF", "PRTS") or word.startswith(_STATES_OF_MIND)):
            return True
        degree = degree or word in _DEGREE_ADVERBS
    return False


# The participles of a state of mind a preambular paragraph opens with, with no adverb of degree
# before them (`преисполненная решимости`, `будучи убеждена`); another participle goes on with a
# sentence (`Конвенция, / единогласно принятая Генеральной Ассамблеей`).
_STATES_OF_MIND = ("преисполн", "исполненн", "убежден", "уверен", "обеспокоен", "встревожен", "озабочен", "признательн",
                   "воодушевлен", "ободрен", "возмущен", "потрясен", "опечален", "разочарован", "удовлетворен",
                   "привержен", "исполнен", "удручен", "огорчен", "тронут", "намерен")
# The adverbs of degree a preambular participle opens after (`глубоко удрученная`, `высоко
# оценивающая`, `вновь подтверждающая`); not one of manner (`единогласно принятая`, a sentence
# going on).
_DEGREE_ADVERBS = frozenset({"глубоко", "серьезно", "твердо", "высоко", "решительно", "искренне", "крайне", "неизменно",
                             "всецело"})
# Gerunds that work as prepositions, a sentence going on after them (`начиная с 2020 года`).
_PREPOSITIONAL_GERUNDS = frozenset({"начиная", "включая", "исключая", "благодаря", "спустя", "судя", "считая"})

PROFILE = LanguageProfile(
    magnitudes=_MAGNITUDES,
    # (one alone, in the singular: `около миллиона`; `тысячи` is thousands as often as a thousand's)
    magnitude_phrases=(
        (r"(?<!\w)полу?(?P<mag>миллион\w*|миллиард\w*)", 0.5),
        (r"(?<!\w)четверт\w*\s+(?P<mag>миллион\w*|миллиард\w*)", 0.25),
        (r"(?<!\w)(?:полтора|полторы|полутора)\s+(?P<mag>миллион\w*|миллиард\w*)", 1.5),
        (r"(?<!\w)(?P<count>\w+)\s+с\s+половиной\s+(?P<mag>миллион\w*|миллиард\w*)", 0.5),
        # (`один миллион`: `один` alone is no number, and was read as none)
        (r"(?<!\w)(?:один|одного|одному|одним|одном)\s+(?P<mag>(?:миллион|миллиард)(?:|а|у|ом|е))(?!\w)", 1.0),
        (r"(?<!\w)(?P<mag>(?:миллион|миллиард)(?:|а|у|ом|е))(?!\w)", 1.0),
    ),
    code="ru",
    body_nouns=frozenset({"союз", "союза", "организация", "организации", "сообщество", "сообщества", "лига", "лиги", "совет", "совета", "комиссия", "комиссии", "ассоциация", "ассоциации", "банк", "банка", "фонд", "фонда", "суд", "суда", "парламент", "парламента"}),
    possessive_determiners=frozenset({"свои", "своих", "своим", "своими", "свой", "своей", "своего", "его", "её", "ее", "их"}),
    generic_before=frozenset({"другие", "других", "другой", "другая", "другую", "другим", "другими", "иные", "иных",
                              "любая", "любой", "любые", "некоторые", "некоторых"}),
    other_after=frozenset({"другой", "других", "другого", "другим", "иных", "иной", "иного", "прочих"}),
    numbered_targets_after=r"\b[Зз]адач[аиуеюмх]*(?:\s+ЦУР)?",
    currencies={"USD": r"(?<!канадских )(?<!австралийских )(?<!гонконгских )\bдолл(?:\.|ар(?:ов|а|ы|у|ом|е|ам|ами|ах)?\b)",
                "EUR": r"(?<!зона )(?<!зону )(?<!зоне )(?<!зоны )\bевро\b(?!-)", "CHF": r"\bшвейцарск\w* франк|\bшв\. франк", "GBP": r"\bфунт\w* стерлинг",
                "CNY": r"\bюан(?:ь|я|ей|ям|ями|ях|е|ю)\b", "RUB": r"\bрубл(?:ь|я|ей|ям|ями|ях|е|ю)\b", "JPY": r"\bиен\b|\bйен\b"},
    length_to_english=1.06,
    legacy_encoding="cp1251",
    # The prepositional, as a month is named with its year (`в июне 2022 года`); CLDR gives the
    # nominative and the genitive.
    # CLDR gives the nominative and the genitive; the prepositional (`в марте 2024 года`), the
    # dative (`к марту 2024 года`, by March) and the instrumental (`по сравнению с мартом 2023
    # года`) are the others a date is written in.
    extra_months={name: number for forms in (
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
        "январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю",
        "январем февралем мартом апрелем маем июнем июлем августом сентябрем октябрем ноябрем декабрем",
        "январём февралём мартом апрелем маем июнем июлем августом сентябрём октябрём ноябрём декабрём")
        for number, name in enumerate(forms.split(), start=1)},
    optional_marks_folded=lambda text: text.replace("ё", "е").replace("Ё", "Е"),
    cased=True,
    unspaced=False,
    # UN Russian abbreviates hours and minutes ("10 час. 00 мин."), references ("см.", "п."),
    # and "г." for year; none of them ends a sentence by itself.
    abbreviations=frozenset(
        "см. ср. час. мин. сек. ч. м. г. гг. п. пп. с. стр. т. тт. т.е. т.д. т.п. др. пр. "
        "им. ст. гл. разд. рис. табл. прим. ок. млн. млрд. тыс. руб. долл. p. pp. "
        "янв. февр. апр. авг. сент. окт. нояб. дек.".split()
    ),
    final_abbreviations=frozenset("час. мин. сек. г. гг. т.д. т.п. др. млн. млрд. тыс. руб. долл.".split()),
    # `долл. США`, the UN's US dollars, in every budget sentence (`300 000 долл. США на период`).
    continues_after_abbreviation=r"США\b",
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    # UN Russian letters them as the other versions do; a translator's file may type Cyrillic.
    typed_sub_item_letters="абвгдежзиклмнопрстуфхц",
    documentation_headings=("Документация",),
    annex_headings=("Приложение",),
    continued_marks=("(продолжение)",),
    time_range=r"\d{1,2}(?::\d{2}|\s*час\.\s*\d{2}\s*мин\.)\s*[–-]\s*\d{1,2}(?::\d{2}|\s*час\.\s*\d{2}\s*мин\.)",
    hyphenation="morphology",
    # (and `треть`, `четверть` alone: a third, a quarter, `около трети государств`; not a
    # quarter of a year, `в третьей четверти 2024 года`; not the ordinal's accusative, which
    # `третью` is too before a feminine word in the accusative: `свою третью сессию`)
    fraction_pattern=(r"\b(?P<num>одн[аойу]|дв[еу]х?|двумя|тр[её]х|тремя|три|четыр[её]х)\s+(?P<den>(?:трет|четверт|пят)\w*)"
                      r"|(?<!ой )(?<!ей )(?<!ая )(?<!ую )\b(?P<word>трет(?:ь|и|ью(?!\s+[а-яё]*[ую]\b|\s+(?:и|или)\s+[а-яё]+ую\b)|ей)|четверт(?:ь|и|ью|ей))\b"),
    half_pattern=r"(?<!первой )(?<!второй )(?<!первая )(?<!вторая )(?<!первую )(?<!вторую )\bполовин\w*",
    half_word="половин",
    fraction_gate=r"трет|четверт|пят",
    # `один из каждых пяти`, and, as Russian says it most, `каждая четвертая должность` (1 in 4
    # posts), `каждого пятого ребенка`, `каждый 10-й` (not `каждые 4 года`, every four years)
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s+процентн\w*\s+пункт",
    one_in_pattern=r"\b(?:(?:один|одна|одно)\s+из\s+(?:каждых\s+)?|кажд(?:ый|ая|ое|ого|ой|ому|ую|ым|ом)\s+)(?P<n>\d+|[^\W\d]+)",
    one_in_ordinal=ordinals.russian_value,
    number_words={**cardinals.RUSSIAN, "дважды": 2, "трижды": 3},
    number_joiner=r"\s+",  # `двести двадцать пять`
    # `в 90-х годах`, `в девяностых годах` (`1990-х` is read as 1990 with its digits)
    # An ordinal's ending after a hyphen (`75-й`, `75-го`), and an anniversary's (`75-летие`):
    # what another version spells as an ordinal word.
    ordinal_suffix=r"-(?:лети[еяюи]|летием|го|му|ми|ое|ая|ой|ый|ые|ых|ую|[йяеюм])",
    decade_gate=r"-х|ых\s+год",
    decade_pattern=r"(?<![0-9а-яё])(?P<decade>[3-9]0|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)"
                   r"(?:-х\b|ых\s+год)",
    decade_words={"тридцат": 3, "сороков": 4, "пятидесят": 5, "шестидесят": 6, "семидесят": 7, "восьмидесят": 8, "девяност": 9},
    range_joiner=r"\s*[-–—]\s*|\s+(?:до|и|или)\s+",  # `с 15 до 18 млн`
    # `тысячи мигрантов`, `десятки тысяч`: thousands of, no number (`тысяча` alone is one)
    only_in_compounds=frozenset({"тысячи", "тысяч", "тысячам", "тысячами", "тысячах"}),
    ordinal_after=r"\s+(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят)(?:ый|ой|ий|ая|ья|ье|ое|ого|ьего|его|ому|"
                  r"ьему|ему|ым|ьим|им|ом|ьем|ем|ую|ью|ей|ьей|ые|ьи|ых|ьих|ыми|ьими)\b",
    and_words=("и", "по", "–", "-"),  # `27 и 28 июня`, `с 12 по 16 октября`
    ordinal_words=ordinals.russian,
    resolution_words=r"резолюци\w*|решени\w*",
    respectively=r"\bсоответственно\b",
    decision_words=r"решени",
    quotes=(("«", "»"), ("„", "“")),
    quotes_nest=True,
    decimal_comma=True,
    thousands_separator="\u00a0",  # a space that does not break the number across lines
    per_cent_after=r"(?:\s+|-)процент|\s+проц\.",  # `64 процента`, `64-процентное`, `64 проц.`
    # `10 час. 00 мин.`, the UN Journal's `10 ч. 00 м.`, and without the stops (`10 ч 00 м`), as
    # current UN Russian writes it (and `10:00`, as every language: value_extraction's clock)
    # Announcements write the hour alone too, and with a stop before the minutes: `в 10 часов`,
    # `в 3 часа дня`, `с 10 до 13 часов`, `в 10.00`, `с 10.00 до 13.00` — after a preposition of
    # a point in time, so that `в течение 48 часов` and `до 72 часов` stay lengths of time.
    time_pattern=(r"(\d{1,2})\s*ч(?:ас)?(?:\.|(?![а-яё]))\s*(\d{2})\s*м(?:ин)?(?:\.|(?![а-яё]))"
                  rf"|\bс\s+(\d{{1,2}})(?:[.:](\d{{2}}))?\s+до\s+(\d{{1,2}}){_HOUR_OR_MINUTES}"
                  rf"|(?<!раз )\b(в|к|до|около|после)\s+(\d{{1,2}}){_HOUR_OR_MINUTES}(?=\s+([а-яё]+))?"),
    time_gate=r"\d\s*ч(?:ас)?(?:\.|\s+\d)|\d\s+час|\s\d{1,2}[.:]\d\d",  # (`час` is in `участники`)
    read_time=_read_time,
    whole_hours_either_way=True,
    word_date_pattern=_word_date_pattern,
    read_word_date=_read_word_date,
    number_word_forms=_number_word_forms,
    agreement=True,
    small_numerals=frozenset({"два", "две", "три", "четыре", "оба", "обе", "полтора", "полторы"}),
    # The agenda of CTOC/COP/WG.7/2022/1 as published: `2. Успешная практика … мигрантов`
    # (no stop), `a) открытие совещания;`, `6. Утверждение доклада.` (the last one).
    list_item_endings=frozenset({None, ";", "."}),
    lower_case_sub_items=True,
    lower_case_clauses=True,
    opens_a_clause=_opens_a_clause,
    invariable_first_parts=frozenset({"интернет", "бизнес", "веб", "онлайн", "офлайн", "медиа", "видео", "аудио", "пресс",
                                      "экспресс", "шоу", "топ", "ит", "it", "кибер", "смарт", "блок", "фото", "радио"}),
    # (`vol. 2241, No. 39574.`, `vols. 2225, 2237, 2241 and 2326, No. 39574.`, `…; vol. 2237,
    # No. 39574.`, `…, annex.`, `…, p. 85.`; not `Ibid.`, which is `Там же`)
    kept_in_english=r"United Nations, Treaty Series(?:[,;]? (?:vols?\.|Nos?\.|pp?\.|and|annex|\d[\d\u2013-]*))+\.?",
    footnote_call_before_punctuation=True,  # `совещания1.`; after an abbreviation's stop: `мин.1`
    coordinating_conjunctions=frozenset({"и", "или"}),
    one_letter_words=frozenset({"в", "с", "к", "о", "у", "и", "а", "я"}),
    # `незаконный ввоз таких мигрантов`, `незаконного морского ввоза мигрантов`.
    term_gap_words=1,
    term_gap_word=_modifier,
    rejected_term_gap_word=_determiner,
    postposed_participle=_participle,
    postposed_after_comma=True,
    participle_complement_words=3,
    coordinated_alike=_alike,
    parts=DocumentParts(
        session=r"(?:сессия|совещание)\s*$|^(?:\S+\s+)?\S*(?:первый|второй|третий|четв[её]ртый|пятый|шестой|седьмой"
                r"|восьмой|девятый|десятый|сотый)\s+год\s*$",
        # Russian headings of the second level take Cyrillic capitals (А. Б. В.), some Latin.
        section_label=r"[А-ЯA-Z]\.",
        agenda_item=r"Пункты?\s+\d",
        type_phrases={
            "treaty": r"^(?:факультативный\s+|дополнительный\s+)?(?:протокол|конвенция|соглашение|договор|пакт|устав|статут)\b|^правила процедуры\b",
            "agenda": r"предварительная повестка дня|^повестка дня$",
            "letter": r"^(?:идентичные\s+)?письм[оа]\b|^вербальная\s+нота\b",
            "report": r"^доклад\b|^отч[её]т\b",
            "resolution": r"проект (?:резолюции|решения)\b|^(?:резолюция|решение) \d|^резолюция,? принятая|^решение,? принятое",
            "note": r"записка секретариата|записка генерального секретаря|справочный документ|документ зала заседаний",
        },
        annotated=r"аннотированная|аннотаци",
        signed=r"\(\s*Подпись\s*\)|\(\s*Подписано\s*\)",
        annex_label=r"Приложение(?:\s+[IVX]{1,4})?",
        article_label=r"(?:Статья|Правило)\s+(\d{1,3})",
        letter_annex=r"Приложение(?:\s+[IVX]{1,4})?\s+к\s+(?:(?:идентичным\s+)?письм(?:у|ам)|вербальной\s+ноте)\b",
    ),
)
