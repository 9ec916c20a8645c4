import re

from pipeline.lang import LanguageProfile, cardinals, clock, hour_range, of_the_day, ordinals
from pipeline.lang.document_parts import DocumentParts

# Words that are not modifiers: what may not stand alone inside a term.
_FUNCTION_WORDS = frozenset(
    "le la les un une des du de d au aux à a et ou ni mais car donc or que qui quoi dont où en y par pour "
    "avec sans sous sur dans entre vers chez contre selon pendant depuis avant après ne pas plus est sont "
    "été être a ont avait se ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous non".split()
)

# `quinze pour cent` is 15 per cent, not 15 and 100; `neuf` is "new" in `remis à neuf`, `tout
# neuf`, `flambant neuf` (`de huit à neuf` is nine).
_NOT_COUNTS = re.compile(r"\bpour\s+cent\b|\b(?:remise?s?\s+à|tout|toute|flambants?)\s+neu(?:f|ve|fs|ves)\b", re.IGNORECASE)


def _read_time(g: tuple) -> list[int] | None:
    if g[2]:
        return [12 * 60]  # midi
    if g[3]:  # a range of whole hours (`de 48 à 72 heures`: a length)
        return [clock(g[3], None), clock(g[4], None)] if hour_range(int(g[3]), int(g[4])) else None
    hour, minute = (g[0], g[1]) if g[0] else (g[5], g[6])
    return [clock(hour, minute)] if of_the_day(int(hour)) else None


def _without_non_counts(text: str) -> str:
    return _NOT_COUNTS.sub(lambda m: " " * len(m.group(0)), text) if "cent" in text or "neu" in text else text


PROFILE = LanguageProfile(
    # The long scale: a French billion is a million millions.
    magnitudes={"million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12},
    magnitude_phrases=(
        (r"\bun\s+(?P<mag>million|milliard|billion)\s+et\s+demi\b", 1.5),
        (r"\b(?P<count>\w+)\s+(?P<mag>millions|milliards|billions)\s+et\s+demi\b", 0.5),
        (r"\bun\s+demi[-\s](?P<mag>million|milliard|billion)\b", 0.5),
        (r"\bun\s+quart\s+de\s+(?P<mag>million|milliard|billion)\b", 0.25),
        (r"\bun\s+(?P<mag>million|milliard|billion)\b", 1.0),
    ),
    code="fr",
    body_nouns=frozenset({"union", "organisation", "communauté", "ligue", "conseil", "commission", "association", "banque", "fonds", "forum", "alliance", "agence", "cour", "parlement"}),
    possessive_determiners=frozenset({"ses", "leurs", "son", "sa", "nos", "vos"}),
    generic_before=frozenset({"un", "une"}),
    genitive_linkers=frozenset({"de", "du", "des", "la", "l", "d"}),
    numbered_targets_after=r"\b[Cc]ibles?(?:\s+(?:des|de\s+l['’])\s*ODD)?",
    currencies={"USD": r"(?-i:\bdollars?\b)(?![-‐])(?! (?:canadiens?|australiens?|de Hong Kong|néo-zélandais|de Singapour))",
                "EUR": r"(?<!zone )(?-i:\beuros?\b)(?![-‐])", "CHF": r"\bfrancs? suisses?\b|(?-i:\bFS\b)", "GBP": r"\blivres? sterling\b",
                "CNY": r"\byuans?\b|\brenminbi\b", "RUB": r"\broubles?\b", "JPY": r"\byens?\b"},
    length_to_english=1.16,
    cased=True,
    unspaced=False,
    abbreviations=frozenset(
        "p. pp. par. no. nos. cf. etc. art. chap. sect. vol. m. mm. mme. mmes. mlle. dr. éd. "
        "réf. suppl. env. ibid. op. cit. janv. févr. avr. juill. sept. oct. nov. déc. é.-u.".split()
    ),
    # `dollars É.-U.` (the United States) may end a sentence, as `etc.` may.
    final_abbreviations=frozenset("etc. env. é.-u.".split()),
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Documentation",),
    annex_headings=("Annexe",),
    continued_marks=("(suite)",),
    time_range=r"\d{1,2}\s*(?:heures?|h)(?:\s*\d{2})?\s*[–-]\s*\d{1,2}\s*(?:heures?|h)(?:\s*\d{2})?",
    # (`un tiers` of something, `un tiers des membres`; alone, `détenue par un tiers`, a third party)
    fraction_pattern=(r"\b(?P<num>deux|trois|quatre)\s+(?P<den>tiers|quarts?|cinquièmes?)\b"
                      r"|\b(?P<num2>un)\s+(?P<den2>tiers|quart|cinquième)\b(?=\s+(?:de|des|du)\b|\s+d['’])"),
    half_pattern=r"\b(?:la|une)\s+moitié\b",
    half_word="moitié",
    days_between=r"\bentre\s+(le\s+)[0-9]{1,2}(?:er)?\s+et\s+(le\s+)(?=[0-9])",
    fraction_gate=r"tiers|quart|cinqui",
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s+points?\s+de\s+pourcentage\b",
    one_in_pattern=r"\bune?\s+(?:[^\W\d]+\s+){0,3}?sur\s+(?P<n>\d+|[^\W\d]+)",
    number_words=cardinals.FRENCH,
    # `vingt et un`, `soixante-dix`, and since 1990 `vingt-et-un`.
    number_joiner=r"\s+|-|\s+et\s+|-et-",
    decade_gate=r"années",
    decade_pattern=r"\bannées\s+(?P<decade>trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingt|[3-9]0)\b",  # `les années 90`
    decade_words={"trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7, "quatre-vingt": 8,
                  "quatre-vingt-dix": 9},
    range_joiner=r"\s*[-–]\s*|\s+(?:à|et|ou)\s+",  # `de 15 à 18 millions`
    ordinal_after=r"(?:\s+et\s+|-et-|-|\s+)(?:[a-zé-]*ièmes?|premi[eè]re?s?)\b",
    number_text=_without_non_counts,
    and_words=("et", "au", "–", "-"),
    ordinal_words=ordinals.french,
    resolution_words=r"résolutions?|décisions?",
    respectively=r"\brespectivement\b",
    decision_words=r"décisions?",
    ordinal_suffix=r"ères?|èmes?|ers?|res?|es?|ᵉʳ|ᵉ",  # 1er, 1re, 2e, 2ème, 2ᵉ
    quotes=(("«", "»"), ("“", "”")),
    quotes_nest=True,
    quotes_open_with_first_only=True,
    decimal_comma=True,
    thousands_separator="\u202f",  # a narrow no-break space (reference: un-terms-and-conventions.md)
    nbsp_punctuation=True,
    # `de lui présenter, à sa quatre-vingtième session, un rapport`: the Assembly, author of the
    # resolution, by a pronoun
    body_by_pronoun=r"\b(?:lui|leur)\b[^.;]{0,80}?\bà (?:sa|leur)\b[^.;]{0,40}?\bsession",
    # and noon in words (`de 10 heures à midi`), as English's `noon` and `midday` (not
    # `minuit`: the other versions' midnight is not read, and French alone would have a time)
    # not `après-midi`, nor `24 heures sur 24` (round the clock, a duration: a time 00:00 of its own);
    # a range of whole hours, the word once (`de 10 à 13 heures`, `entre 15 et 18 heures`);
    # `10 h 30` is the clock wherever it stands; `10 heures` after a word of a point in time
    # (`à`, `vers`, `dès`, `avant`, `après`, `jusqu'à`, `de … à`) or as a timetable writes it
    # (`Lundi 27 juin, 15 heures-18 heures`): `durera 3 heures`, `pendant 48 heures`, `ne peut
    # excéder 48 heures` are lengths, numbers as the source's `3 hours` are
    time_pattern=r"(\d{1,2})\s*h(?:\s*(\d{2}))?(?![\w])(?!\s+sur\s+24)|(?<![\w-])(midi)\b"
                 r"|\b(?:de|entre)\s+(\d{1,2})\s+(?:à|et)\s+(\d{1,2})\s*(?:heures|h)(?![\w])(?!\s*\d)"
                 r"|(?:(?<=\bà )|(?<=\bvers )|(?<=\bdès )|(?<=\bavant )|(?<=\baprès )|(?<=\bde )|(?<=\bet )|(?<=\bentre )"
                 r"|(?<=\bjusqu'à )|(?<=\bjusqu’à )|(?<=, )|(?<=-)|(?<=–)|(?<=- )|(?<=– )|^)"
                 r"(\d{1,2})\s*heures?(?:\s*(\d{2}))?(?![\w])(?!\s+sur\s+24)",
    time_gate=r"\d\s*h|midi",  # `10 heures`, `10 h 30` (`h` alone is in most sentences)
    read_time=_read_time,
    whole_hours_either_way=True,
    time_without_digit=True,
    lower_case_sub_items=True,  # `a) ouverture de la session ;` in some series
    footnote_call_before_punctuation=True,  # `à 10 heures1.`
    # (and the determiners that stand where an article does: `le trafic illicite de ces migrants`)
    term_gap_articles=frozenset({"le", "la", "les", "l", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
                                 "notre", "nos"}),
    per_cent_after=r"\s+pour[\s-]?cent\b|\s+p\.\s?100\b",  # and `p. 100`, as French tables write it
    # the 100 of `64 p. 100`, per cent as French tables write it; the second 24 and 7 of `24 heures
    # sur 24`, `7 jours sur 7`, round the clock (one 24 where English says `24 hours a day`)
    no_value_digits=r"(?<=\bp\.\s)100\b|(?<=\bp\.)100\b|(?<=heures sur )24\b|(?<=jours sur )7\b",
    action_noun_endings=("ement", "ation", "ition", "tion", "sion"),
    verb_endings=("er", "ir", "re", "e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ant", "ait", "aient", "era",
                  "eront", "erait", "it", "issent", "issant", "i", "is", "ie", "ies"),
    contractions={"des": "de", "du": "de", "aux": "à", "au": "à"},
    slot_prepositions=frozenset({"de", "à"}),
    coordinating_conjunctions=frozenset({"et", "ou"}),
    one_letter_words=frozenset({"à", "a", "y"}),
    doubled_words=frozenset({"nous", "vous"}),
    # One adjective inside a term: `riposte efficace de la justice pénale`, `échange rapide
    # d'informations`, `contrôle renforcé aux frontières`; not a function word.
    term_gap_words=1,
    term_gap_word=lambda word: word.isalpha() and word not in _FUNCTION_WORDS,
    term_gap_phrase=r"en temps (?:utile|voulu|opportun|réel)|en ligne|à distance|sans (?:délai|tarder)|de manière \w+|de façon \w+",
    # (and an adjective with the term's modifier that opens with `en`, `pays les moins avancés et en développement`)
    coordinated_alike=lambda word, other: word not in _FUNCTION_WORDS and (other not in _FUNCTION_WORDS or other == "en"),
    parts=DocumentParts(
        session=r"(?:session|réunion)\s*$|^(?:\S+-)?(?:première|\S+ième)\s+année\s*$",
        agenda_item=r"Points?\s+\d",
        type_phrases={
            "treaty": r"^(?:protocole|convention|accord|traité|pacte|charte|statut)\b|^règlement intérieur\b",
            "agenda": r"ordre du jour provisoire|^ordre du jour$",
            "letter": r"^(?:lettres?(?:\s+identiques)?|note\s+verbale)\s+datées?\b",
            "report": r"^rapport\b",
            "resolution": r"projet de (?:résolution|décision)\b|^(?:résolution|décision) \d|^(?:résolution|décision) adoptée par",
            "note": r"note du secrétariat|note du secrétaire|document d['’]information|document de séance",
        },
        annotated=r"annot",
        signed=r"\(\s*Sign[ée]e?\s*\)",
        annex_label=r"Annexe(?:\s+[IVX]{1,4})?",
        article_label=r"(?:Article|Règle)\s+(\d{1,3}|premier|1er)",
        letter_annex=r"Annexe(?:\s+[IVX]{1,4})?\s+(?:à\s+la\s+(?:lettre|note\s+verbale)|aux\s+lettres\s+identiques)\s+datées?\b",
    ),
)
