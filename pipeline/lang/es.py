import re

from pipeline.lang import LanguageProfile, cardinals, clock, hour_range, of_the_day, ordinals
from pipeline.lang.document_parts import DocumentParts

# Words that are not modifiers: what may not stand alone inside a term.
_FUNCTION_WORDS = frozenset(
    "el la los las lo un una unos unas de del a al y e o u ni pero que quien cual cuyo donde en por para con "
    "sin sobre entre hacia hasta desde contra según durante ante bajo no es son fue ser ha han había se su sus "
    "le les este esta estos estas ese esa esos esas".split()
)

# `quince por ciento` is 15 per cent, not 15 and 100 (`cien por cien` is 100).
_PERCENT = re.compile(r"\bpor\s+cien(?:to)?\b", re.IGNORECASE)


def _read_time(g: tuple) -> list[int] | None:
    if g[4]:
        return [12 * 60]  # noon
    if g[6]:  # a range of whole hours
        return [clock(g[6], None), clock(g[7], None)] if hour_range(int(g[6]), int(g[7])) else None
    if g[8]:
        return [clock(g[8], None)] if of_the_day(int(g[8])) else None
    return [clock(g[0], g[1])] + ([clock(g[2], g[3])] if g[2] else [])


def _without_percent(text: str) -> str:
    return _PERCENT.sub(lambda m: " " * len(m.group(0)), text) if "cien" in text else text


# A quotation in Spanish, not a title cited in English (`“What Next for Panamá?”`): it opens
# with a question word, or Spanish's commonest words outnumber English's.
_SPANISH_QUESTION = re.compile(r"^\W*(?:c[oó]mo|qu[eé]|cu[aá]l(?:es)?|cu[aá]nd[oa]|cu[aá]nt[oa]s?|d[oó]nde|ad[oó]nde|"
                               r"qui[eé]n(?:es)?|por qu[eé])\b", re.IGNORECASE)
# (not `no`, `con`, which English titles write too: `No Easy Answers?`, `Con Artists or …?`)
_SPANISH_WORDS = frozenset("el la los las de del que y en un una por para se es son está están hay existe existen "
                           "puede pueden debe deben su sus".split())
_ENGLISH_WORDS = frozenset("the of and or to in a an for is are can on with what how why who next from no way".split())


def _quoted_in_spanish(quoted: str) -> bool:
    if _SPANISH_QUESTION.search(quoted):
        return True
    words = re.findall(r"[^\W\d_]+", quoted.lower())
    spanish, english = sum(word in _SPANISH_WORDS for word in words), sum(word in _ENGLISH_WORDS for word in words)
    # A letter English does not write counts where no English word is there and the words are
    # not an English title's, each capitalised (`Existe voluntad política?`; not `What Next for
    # Panamá?`, `Smuggling Through Darién?`).
    title = all(word[0].isupper() for word in re.findall(r"[^\W\d_]{4,}", quoted))
    return spanish > english or (not english and not title and re.search("[áéíóúñ]", quoted) is not None)


PROFILE = LanguageProfile(
    # `mil millones` is a thousand millions; a billón, the long scale's million millions.
    magnitudes={"mil": 3, "millón": 6, "millones": 6, "mil millones": 9, "millardo": 9, "millardos": 9, "billón": 12,
                "billones": 12},
    magnitude_phrases=(
        (r"\bun\s+(?P<mag>millón|millardo|billón)\s+y\s+medio\b", 1.5),
        (r"\b(?P<count>\w+)\s+(?P<mag>millones|millardos|billones)\s+y\s+medio\b", 0.5),
        (r"\bmedio\s+(?P<mag>millón|millardo|billón)\b", 0.5),
        (r"\bun\s+cuarto\s+de\s+(?P<mag>millón|millardo|billón)\b", 0.25),
        (r"\bun\s+(?P<mag>millón|millardo|billón)\b", 1.0),
    ),
    code="es",
    body_nouns=frozenset({"unión", "organización", "comunidad", "liga", "consejo", "comisión", "asociación", "banco", "fondo", "foro", "alianza", "agencia", "corte", "tribunal", "parlamento"}),
    possessive_determiners=frozenset({"sus", "su", "nuestros", "nuestras", "vuestros"}),
    generic_before=frozenset({"un", "una", "unos", "unas"}),
    genitive_linkers=frozenset({"de", "del", "la", "los", "las"}),
    numbered_targets_after=r"\b[Mm]etas?(?:\s+(?:de\s+los|del)\s+ODS)?",
    currencies={"USD": r"(?-i:\bd[óo]lar(?:es)?\b)(?![-‐])(?! (?:canadienses?|australianos?|de Hong Kong|neozelandeses?|de Singapur))",
                "EUR": r"(?<!zona del )(?<!zona )(?<!área del )(?-i:\beuros?\b)(?![-‐])", "CHF": r"\bfrancos? suizos?\b|(?-i:\bFS\b)", "GBP": r"\blibras? esterlinas?\b",
                "CNY": r"\byuan(?:es)?\b|\brenminbi\b", "RUB": r"\brublos?\b", "JPY": r"\byen(?:es)?\b"},
    length_to_english=1.15,
    cased=True,
    unspaced=False,
    abbreviations=frozenset(
        "p. pág. págs. párr. párrs. núm. núms. no. art. arts. cap. secc. vol. etc. cf. ej. "
        "sr. sra. srs. dr. dra. ed. ibid. op. cit. ene. feb. mar. abr. jun. jul. ago. "
        "sept. oct. nov. dic. ee. uu.".split()
    ),
    # `mar.` is March and also the sea (`tráfico ilícito de migrantes por mar.`): before a
    # capital it ends the sentence, before a year it stays the month. `EE. UU.` (the United
    # States) may end a sentence too.
    final_abbreviations=frozenset("etc. mar. uu.".split()),
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Documentación",),
    annex_headings=("Anexo",),
    continued_marks=("(continuación)",),
    time_range=r"(?:de\s+las\s+)?\d{1,2}[.:]\d{2}\s*(?:a\s+las|a|[–-])\s*\d{1,2}[.:]\d{2}(?:\s*horas)?",
    # `dos tercios` and `las dos terceras partes`, `las tres cuartas partes`
    # (`un tercio de`; alone, `un cuarto` is as often a room)
    fraction_pattern=(r"\b(?P<num>dos|tres|cuatro)\s+(?P<den>tercios?|cuartos?|quintos?|(?:tercera|cuarta|quinta)s?\s+partes?)\b"
                      r"|\b(?P<num2>un|una)\s+(?P<den2>tercio|cuarto|quinto|(?:tercera|cuarta|quinta)\s+parte)\b(?=\s+(?:de|del)\b)"),
    half_pattern=r"\b(?:la|una)\s+mitad\b",
    half_word="mitad",
    days_between=r"\bentre\s+(el\s+)[0-9]{1,2}\s+y\s+(el\s+)(?=[0-9])",
    fraction_gate=r"terc|cuart|quint",
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s+puntos?\s+porcentuales?\b",
    one_in_pattern=r"\bun[oa]?\s+(?:[^\W\d]+\s+){0,3}?de\s+cada\s+(?P<n>\d+|[^\W\d]+)",
    number_words=cardinals.SPANISH,
    number_joiner=r"\s+|\s+y\s+",  # `ciento doce`, `treinta y cinco`
    decade_gate=r"años",
    decade_pattern=r"\baños\s+(?P<decade>treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|[3-9]0)\b",  # `los años noventa`
    decade_words={"treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8, "noventa": 9},
    range_joiner=r"\s*[-–]\s*|\s+(?:a|y|e|o|u)\s+",  # `de 15 a 18 millones`
    number_text=_without_percent,
    # `27 y 28 de junio`, `del 17 al 21`, and the masthead's range `17 a 21 de octubre de 2022`.
    and_words=("y", "al", "a", "–", "-"),
    ordinal_words=ordinals.spanish,
    resolution_words=r"resoluci[oó]n(?:es)?|decisi[oó]n(?:es)?",
    respectively=r"\brespectivamente\b",
    decision_words=r"decisi[oó]n(?:es)?",
    # 11.º, 1.ª (and the degree sign typed for º); `11º`, which digit folding (NFKC) makes `11o`
    ordinal_suffix=r"\.?[ºª°oa]",
    quotes=(("“", "”"), ("«", "»"), ("‘", "’")),
    opening_marks={"?": "¿", "!": "¡"},
    quoted_in_the_language=_quoted_in_spanish,
    decimal_comma=True,
    # UN Spanish documents group by points (`la suma de 3.396.308.300 dólares`), where the FAO's
    # guide writes a space: a point is what a Spanish reviser writes here.
    thousands_separator=".",
    # `que le presente en su octogésimo período de sesiones`: the Assembly, author of the
    # resolution, by a pronoun
    body_by_pronoun=r"\b(?:le|les)\b[^.;]{0,80}?\ben su\b[^.;]{0,40}?\bper[ií]odo (?:extraordinario )?de sesiones",
    # and noon in words (`al mediodía`), as English's `noon`
    # and whole hours, the word once after a range (`de las 15 a las 18 horas`, `de 10 a 13
    # horas`, which a shift's length is written as too: checks/values.py reads it as the source
    # does) or after `las` and a word of a point in time (`a las 10 horas`, `antes de las 18
    # horas`); not `las 24 horas del día`, `dentro de las 72 horas siguientes`: lengths of time
    time_pattern=r"(\d{1,2})[.:](\d{2})(?:\s*(?:a|–|-)\s*(?:las\s+)?(\d{1,2})[.:](\d{2}))?\s*horas|\b(mediod[ií]a)\b"
                 r"|\b(?:de|entre)\s+(las\s+)?(\d{1,2})\s+(?:a|y)\s+(?:las\s+)?(\d{1,2})\s+horas"
                 r"|\b(?:a|desde|hasta|hacia|antes\s+de|despu[eé]s\s+de|a\s+partir\s+de|m[aá]s\s+tarde\s+de)\s+las\s+(\d{1,2})\s+horas",
    time_gate=r"horas|mediod",
    read_time=_read_time,
    whole_hours_either_way=True,
    time_without_digit=True,
    month_joiner="de",  # "27 de junio de 2022"
    lower_case_sub_items=True,  # `a) apertura del período de sesiones;` in some series
    footnote_call_before_punctuation=True,  # `a las 10.00 horas1.` (RAE's Ortografía, 2010)
    # (and the determiners that stand where an article does: `el tráfico ilícito de estos migrantes`)
    term_gap_articles=frozenset({"el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
                                 "aquel", "aquella", "aquellos", "aquellas", "su", "sus", "nuestro", "nuestra", "nuestros",
                                 "nuestras"}),
    per_cent_after=r"\s+por\s?ciento\b|\s+por\s+(?:cien|100)\b",
    no_value_digits=r"(?<=\bpor\s)100\b",  # the 100 of `64 por 100`, per cent
    action_noun_endings=("imiento", "amiento", "ación", "ición", "ción", "sión"),
    verb_endings=("ar", "er", "ir", "a", "an", "e", "en", "ó", "aron", "ieron", "ará", "arán", "erá", "erán", "ando",
                  "iendo", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "aran", "ieran", "ara", "iera",
                  "asen", "iesen", "amos", "emos", "imos", "ía", "ían"),
    contractions={"del": "de", "al": "a"},
    slot_prepositions=frozenset({"de", "a"}),
    coordinating_conjunctions=frozenset({"y", "e", "o", "u"}),
    one_letter_words=frozenset({"a", "y", "o", "e", "u"}),
    # One adjective inside a term: `respuesta eficaz de la justicia penal`; not a function word.
    term_gap_words=1,
    term_gap_word=lambda word: word.isalpha() and word not in _FUNCTION_WORDS,
    term_gap_phrase=r"en tiempo (?:real|oportuno)|en línea|a distancia|sin demora|de (?:manera|forma|modo) \w+",
    # (and an adjective with the term's modifier that opens with `en`, `países menos adelantados y en desarrollo`)
    coordinated_alike=lambda word, other: word not in _FUNCTION_WORDS and (other not in _FUNCTION_WORDS or other == "en"),
    parts=DocumentParts(
        session=r"(?:período de sesiones|reunión)\s*$"
                r"|^(?:\S+ésimo(?:\s+(?:primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo|noveno))?"
                r"|primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo)\s+año\s*$",
        agenda_item=r"Temas?\s+\d",
        type_phrases={
            "treaty": r"^(?:protocolo|convención|convenio|acuerdo|tratado|pacto|carta|estatuto)\b|^reglamento\b",
            "agenda": r"programa provisional|^programa$",
            "letter": r"^(?:cartas?(?:\s+idénticas)?|nota\s+verbal)\s+de\s+fecha\b",
            "report": r"^informe\b",
            "resolution": r"proyecto de (?:resolución|decisión)\b|^(?:resolución|decisión) \d|^resolución aprobada por|^decisión adoptada por",
            "note": r"nota de la secretaría|nota del secretario|documento de antecedentes|documento de sesión",
        },
        annotated=r"anotaciones|anotado",
        signed=r"\(\s*Firmad[oa]\s*\)",
        annex_label=r"Anexo(?:\s+[IVX]{1,4})?",
        article_label=r"(?:Artículo|Regla)\s+(\d{1,3})",
        letter_annex=r"Anexo(?:\s+[IVX]{1,4})?\s+de\s+(?:la\s+(?:carta|nota\s+verbal)|las\s+cartas\s+idénticas)\s+de\s+fecha\b",
    ),
)
