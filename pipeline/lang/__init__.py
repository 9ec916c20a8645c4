"""Language knowledge, one module per language, registered by code.

Everything the pipeline knows about a language (its abbreviations, its sub-item letters,
the words that head a documentation list or an annex, how times are written) lives in its
module under this package, never in `if lang == ...` branches elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from gettext import c2py
from importlib import import_module

from babel import Locale
from babel.dates import get_day_names
from babel.messages.plurals import get_plural

from pipeline.lang.document_parts import DocumentParts
from pipeline.model import LANGUAGES


@dataclass(frozen=True)
class LanguageProfile:
    """What the extractor needs to know about one language."""

    code: str
    # Does the script have letter case? Sentence splitting and page-break continuation use it.
    cased: bool
    # Scripts written without spaces between words (lines are joined without a space).
    unspaced: bool
    # Abbreviations whose final period does not end a sentence (lower-case, with the period).
    abbreviations: frozenset[str]
    # Abbreviations that may also end a sentence ("10 a.m.", "00 мин."): a capital after them
    # starts a new one. Must be a subset of `abbreviations`.
    final_abbreviations: frozenset[str]
    # Characters that end a sentence.
    sentence_end: str
    # Letters of sub-items in order: (a), (b) ... or (أ), (ب) ... in Arabic.
    sub_item_letters: str
    # Headings that open the list of documents under an agenda item, and the annex.
    documentation_headings: tuple[str, ...]
    annex_headings: tuple[str, ...]
    # The mark that a row of the annex table continues an item from an earlier session.
    continued_marks: tuple[str, ...]
    # A time range as written in the annex table ("10 a.m.–1 p.m.", "10:00–13:00").
    time_range: str
    # What, after a final abbreviation, goes on with the sentence though it begins with a capital:
    # `долл. США` (the UN Russian US dollars), `10 a.m. Vienna time` (an expression matched
    # where the next word starts; "" for none).
    continues_after_abbreviation: str = ""
    # Characters a UN translation into the language takes for one of the English original, on
    # the whole (the shipped corpus's translated entries of 60 characters or more, 2026-12:
    # French 1.16, Spanish 1.15, Russian 1.06, Arabic 0.79, Chinese 0.25). A pair's ratio is
    # the one's over the other's; where a sentence of a paragraph went missing is judged by it.
    length_to_english: float = 1.0
    # How the words of a hyphenated line break are judged: "morphology" (pymorphy3),
    # "frequency" (wordfreq) or "none" (the script is not hyphenated).
    hyphenation: str = "frequency"
    # Prefixes that keep their hyphen at a line break whatever the lexicon says, as the
    # language's UN style writes them (English `well-being`, `self-assessment`).
    hyphen_prefixes: frozenset[str] = frozenset()
    # Letters a version may type its sub-items with instead, in the same order (Russian а) б)
    # в) for a) b) c)): read as those, never written.
    typed_sub_item_letters: str = ""
    # Digits that are no value of the text, which the other versions write otherwise and the
    # NUM checks do not compare: UN Arabic's label `’1‘` for a sub-item the others label (i); a
    # century in digits (Chinese `21世纪`), which the others write in words or Roman numerals
    # (`twenty-first`, `XXIe siècle`, `XXI века`) that no check reads. A regular expression.
    no_value_digits: str = ""
    # What follows a number of per cent (`per cent`, `por ciento`, `процент`): `one` before it
    # is the number 1 (`one per cent` is `1 %`), not the article it is alone.
    per_cent_after: str = ""
    extra_weekdays: tuple[str, ...] = field(default=())
    # -- what the value checks (NUM, REF, TYPO) need ---------------------------------------
    # Cardinals written as words, by normal form (pipeline/lang/cardinals.py; `one` alone is
    # none: it is an article too).
    number_words: dict[str, int] = field(default_factory=dict)
    # How the words of one number are joined (a regular expression the text between two number
    # words matches in full: `-` of `twenty-five`, ` y ` of `treinta y cinco`; "": each word is
    # a number of its own), a joining word written onto the next number word (Arabic `و` of
    # `وعشرون`), and whether units come before tens (Arabic `خمسة وعشرون`, 5 and 20).
    number_joiner: str = ""
    attached_joiner: str = ""
    units_before_tens: bool = False
    # Number words (by the forms looked up) that are a number only inside a compound (Arabic
    # `الثامنة` of `الثامنة عشرة`, eighteen; `آلاف` of `عشرة آلاف`): alone, none.
    only_in_compounds: frozenset[str] = frozenset()
    # Number words that make the number they are part of an ordinal (Arabic `الخامسة` of
    # `الخامسة والسبعين`): such a number is none.
    ordinal_units: frozenset[str] = frozenset()
    # What, right after a number's words, makes them the first words of an ordinal (Russian
    # `семьдесят пятую`, French `vingt et unième`): an expression matched after them.
    ordinal_after: str = ""
    # Words that multiply the number before them, by the power of ten each stands for
    # (`3.5 million`, `350万`, `2 млрд`, `2.000 millones`): amounts compare as values across
    # versions that write them with different words, or in full.
    # Where the language writes dates month first too (`March 5, 2024`: American English, and
    # software's English whatever the variety), the words in small letters such a date without
    # its year may go on with (`on March 3 in New York`, `June 30 at noon`); another word after
    # its number is what the number counts (`In May 5 delegations withdrew`). () where it writes
    # none so.
    month_first_dates: tuple[str, ...] = ()
    magnitudes: dict[str, int] = field(default_factory=dict)
    # What may follow the thousand's word that then begins a unit's name instead (Chinese 千 of
    # 千米, km, and 千克, kg: `10千米` is 10 km, `3千名` 3,000 people; `5万吨` is 50,000 tonnes
    # still): an expression, or "".
    magnitude_not_before: str = ""
    # A magnitude written in words with no number in digits before it, or with a half (`a
    # million`, `medio millón`, `полтора миллиона`, `deux millions et demi`, `مليون ونصف
    # مليون`): each an expression (matched case-insensitively, tried in this order) whose group
    # `mag` is the magnitude word (a key of `magnitudes`, or its start), with the number it
    # writes: added to the value of its group `count` (a number word) where it has one, then
    # multiplied by the magnitude. Read as `1.5 million` is: a correct version had NUM001 for
    # writing the number as UN style writes it.
    magnitude_phrases: tuple[tuple[str, float], ...] = ()
    # The currencies amounts are written in, by ISO code, each with an expression of the words
    # the language names it with (`dollars?`, `долл`, `美元`; matched case-insensitively, and
    # only after a number: value_extraction reads the signs and codes, `$`, `€`, `USD`, for
    # every language): NUM004 compares the currencies of the versions that name one.
    currencies: dict[str, str] = field(default_factory=dict)
    # What stands between the two numbers of a range or an alternative that writes its magnitude
    # once, after the second (`15 to 18 million`, `5 ou 6 milliards`): a regular expression the
    # text between them matches in full (case-insensitively).
    range_joiner: str = ""
    # Month names beyond CLDR's (the UN Arabic month names, case-folded), to their number.
    extra_months: dict[str, int] = field(default_factory=dict)
    # The words that join two days of one month ("27 and 28 June").
    and_words: tuple[str, ...] = ()
    # The word that introduces a resolution or decision number ("resolution 7/1"), and of them
    # the decision's, matched at the start of the word found ("decision 9/3" is no resolution
    # 9/3: a version that swaps the two cites other instruments).
    resolution_words: str = r"resolution|decision"
    # The word that pairs a list of values with another list in its order (`held in Vienna and
    # New York on 1 and 15 March, respectively`), an expression; "" where none is known.
    respectively: str = ""
    decision_words: str = r"decision"
    # Quotation marks this language uses, as (opening, closing) pairs.
    quotes: tuple[tuple[str, str], ...] = (("“", "”"), ("‘", "’"))
    # Whether a quotation in the first pair of `quotes` quotes inside it with the second, never
    # with the first again (French « “ ” », Russian « „ “ »), where elsewhere they are
    # alternatives; and whether only the first pair opens a quotation (French: `la publication
    # “Étude mondiale”` is English's; Russian software writes `„Control“` alone).
    quotes_nest: bool = False
    quotes_open_with_first_only: bool = False
    # Latin punctuation marks the language writes in its own form beside its letters (Chinese
    # `,` → `，`, Arabic `,` → `،`), and the letters (a character class's ranges); the marks that
    # close what an opening mark of the language must open (Spanish `?` ← `¿`). TYPO011.
    native_punctuation: dict[str, str] = field(default_factory=dict)
    script_letters: str = ""
    # A language written without spaces: what a space may follow between two of its letters, a
    # label its typesetting sets apart from its title (`第一条　用语`, `表一 缔约方`), as an
    # expression that ends where the space starts; "" for none (TYPO003 says any other such space).
    spaced_label: str = ""
    opening_marks: dict[str, str] = field(default_factory=dict)
    # Marks that enclose the title of a publication or an instrument, as published (Chinese
    # 《》), where they are not quotation marks too: a variant in a title is the title's.
    title_marks: tuple[str, str] | None = None
    decimal_comma: bool = False
    # What groups a number's thousands in the language's UN documents, where it writes a decimal
    # comma (`1 234 567,89`): TYPO012 writes with it a number it finds in English notation.
    thousands_separator: str = ""
    # Whether French-style no-break spaces are required inside « » and before ; : ! ?
    nbsp_punctuation: bool = False
    # -- how values are written (pipeline/value_extraction.py reads these, and names no language)
    # A time as written; a test no text with a time fails (searched first, case-insensitively,
    # as it is far cheaper than the time expression); and the minutes after midnight a match of
    # the time expression stands for (its groups), or None.
    time_pattern: str = ""
    time_gate: str = ""
    read_time: Callable[[tuple], list[int] | None] | None = None
    time_without_digit: bool = False  # a time written in words only ("noon")
    # Whether the language writes whole hours alike for the clock and for a length (`с 8 до 12
    # часов`, `de 8 a 12 horas`, `de 8 à 12 heures`): the value checks then read them as the
    # source does where it says no time (checks/values.py); Chinese `上午10时` is the clock.
    whole_hours_either_way: bool = False
    # Dates: written with month names (else only with numbers, read by date_pattern and
    # read_date); "de" between day, month and year; two names for one month ("يونيه/حزيران");
    # whether a month name ends at a word boundary as `\b` sees it.
    months_named: bool = True
    # A month with its year and no day, where months are not named (Chinese `2022年6月`): an
    # expression whose groups are the year and the month; "" to build one from the names.
    month_year_pattern: str = ""
    date_pattern: str = ""
    read_date: Callable[[tuple], list[tuple[int, int, int | None]]] | None = None
    month_joiner: str = ""
    month_alternatives: bool = False
    month_word_boundary: bool = True
    # A fraction written in words (`two thirds`, `deux tiers`, `две трети`): its numerator is no
    # count, as Arabic (ثلثا) and Chinese (三分之二) write the fraction with no number word
    # (matched case-insensitively; "" for none), and a test no text with one fails (searched
    # first: a fraction is rare, and the test far cheaper than the expression).
    fraction_pattern: str = ""  # (groups `num` and `den`, or `word`: pipeline/lang/fractions.py reads the value)
    fraction_gate: str = ""
    # A half in words (`half of`, `la moitié`, `половина`, `一半`, `نصف`), 0.5; not a half of a
    # year (`the first half of 2024`), which another version names otherwise (`上半年`).
    half_pattern: str = ""
    # `one in five (children)`, `un (enfant) sur cinq`, `uno de cada cinco`: a share said as a
    # count, which another version writes as the fraction (`五分之一`, a fifth); group `n`.
    one_in_pattern: str = ""
    # The words of percentage points after a number (`3.6 percentage points`, `3,6 points de
    # pourcentage`, `3,6个百分点`): a difference of two rates, which a version that writes `3,6 %`
    # turned into a share.
    points_after: str = ""
    # The count an ordinal word of the one-in pattern's `n` says (Russian `каждая четвертая`, 1 in
    # 4): a number of the text, as `four` of `one in four` is.
    one_in_ordinal: Callable[[str], float | None] | None = None
    half_word: str = ""  # a string every text with a half has (`half`, `половин`): looked for first
    # Two days with an article each (`entre el 2 y el 5 de mayo`): the articles as groups, which
    # value_extraction blanks so that the days read as a range.
    days_between: str = ""
    # A month written with its number and no day (Chinese `2022年6月`, `6月至12月`), read after
    # the dates: a month's name, as `June` is, not a number.
    month_number_pattern: str = ""
    # The text with the numerals of its dates put in digits, the length kept (Chinese
    # `二〇二二年六月二十七日`), before the dates are read; None where dates are in digits.
    dates_in_digits: Callable[[str], str] | None = None
    # The words after which numbers joined by hyphens are numbered as English numbers them with
    # points (Arabic `الغاية 10-7`, `المؤشر 16-2-2`: the Sustainable Development Goals' target
    # 10.7 and indicator 16.2.2), an expression matched in the words just before; "" for none.
    dotted_with_hyphens_after: str = ""
    # The words after which a number of two parts is a target's of the Goals, as written
    # (`target 16.10`, not the decimal 16.1), matched just before it, the Goals' acronym with
    # them where the language writes one there (`задач ЦУР 16.4`); "" for none. (An indicator
    # has three parts, which every language writes alike: `16.2.2`.)
    numbered_targets_after: str = ""
    # Dates written in words ("двадцать седьмого июня"): their expression, and what a match means.
    word_date_pattern: Callable[[], re.Pattern[str]] | None = None
    read_word_date: Callable[[re.Match[str]], list[tuple[int, int, int | None]] | None] | None = None
    # Number words: the forms of a word to look up in number_words (None: the word itself, for
    # languages whose number words do not inflect); the text as number words are read in (a
    # normalisation); counts written with a measure word, read from the whole text.
    number_word_forms: Callable[[str], tuple[str, ...]] | None = None
    number_text: Callable[[str], str] | None = None
    count_words: Callable[[str], list[float]] | None = None
    # Session and meeting numbers written as ordinal words (pipeline/lang/ordinals.py): each
    # with the start and end of its words.
    ordinal_words: Callable[[str], list[tuple[float, int, int]]] | None = None
    # What may follow a resolution number instead of preceding it ("第7/1号决议").
    resolution_suffix: str = ""
    # The ending that makes a number written in digits an ordinal (`77th`, `77e`, `77.º`): read
    # as the number it follows. Russian writes it after a hyphen (`77-й`), which ends a number.
    ordinal_suffix: str = ""
    # A decade written otherwise than as its first year and an ending (`the 1990s`, `1990-х`,
    # read as 1990 by ordinal_suffix): `20世纪90年代`, `los años noventa`, `التسعينيات`. A
    # regular expression (matched case-insensitively) whose group `decade` is the decade's
    # tens, in digits (`90`) or as one of decade_words (to its tens: `noventa` 9), and whose
    # optional group `century` is the century's number; with none, the twentieth.
    # A test no text with a decade so written fails (searched first, as fraction_gate is).
    decade_pattern: str = ""
    decade_gate: str = ""
    decade_words: dict[str, int] = field(default_factory=dict)
    # Whether terms agree in case and number with their text (TERM005 reads the tokens for it).
    agreement: bool = False
    # The numerals after which a noun is singular and its adjective plural (Russian 2-4:
    # `четыре незаконно ввезенных мигранта`), by normal form.
    small_numerals: frozenset[str] = frozenset()
    # Written right to left (the report sets dir="rtl").
    right_to_left: bool = False
    # sacrebleu's tokenizer for BLEU ("zh" segments Chinese characters; "13a" is the default).
    bleu_tokenizer: str = "13a"
    # -- how UN documents in this language write a list (an agenda, sub-items a), b)) -------
    # The endings an item of a list may have, whatever the source's (None: none at all); empty:
    # the item ends as the source's does. Russian agendas leave items unpunctuated or end
    # them with `;`, the last with `.`.
    list_item_endings: frozenset = frozenset()
    # Sub-items (`a) открытие совещания;`) may start in lower case where the source's do not.
    lower_case_sub_items: bool = False
    # A resolution's preambular and operative paragraphs start in lower case (Russian:
    # `ссылаясь на …,`, `1. просит …`), where the source's start with a capital.
    lower_case_clauses: bool = False
    # Whether a line in small letters opens such a paragraph (Russian: a gerund among its first
    # words, `признавая`, `вновь подтверждая`), not a sentence going on over a page
    # (`состоявшейся в Вене`); None: any line in small letters may.
    opens_a_clause: Callable[[str], bool] | None = None
    # Citations the language's UN documents keep in English, word for word (Russian: `United
    # Nations, Treaty Series, vol. 2241, No. 39574.`): no untranslated text (CONS003).
    kept_in_english: str | None = None
    # The first parts of compounds that do not decline (`интернет-провайдерами`, `бизнес-
    # сообщество`): no noun of an apposition that declines with the second (`государств-участников`).
    invariable_first_parts: frozenset[str] = frozenset()
    # A footnote call stands before the punctuation that ends its word (`heures1.`), not after
    # it as in English (`10 a.m.1`).
    footnote_call_before_punctuation: bool = False
    # -- what may stand inside a term (TERM001 takes the term as rendered) ------------------
    # Words that may stand between two words of a term, written with spaces: an adjective or
    # a numeral (`اللغات الرسمية الست للأمم المتحدة`, "the six official languages").
    term_gap_words: int = 0
    # gettext's Plural-Forms rule where Babel's table gives another than the one catalogs write
    # (Arabic: Babel's orders the forms of 11–99 and of 100–102 the other way round from
    # gettext's, CLDR's and Weblate's); "" for Babel's.
    gettext_plural_rule: str = ""
    # A prefix written onto a term's first word that negates it (Chinese `非缔约国`, non-States
    # parties: `缔约国` inside it renders no `States parties`), as an expression matched right
    # before the term; "" for none.
    negating_prefix: str = ""
    # Which words may stand there (None: any word): Russian an adjective, a participle, a
    # numeral or a pronoun used as one (`незаконный ввоз этих мигрантов`).
    term_gap_word: Callable[[str], bool] | None = None
    # Which one word may stand inside a rejected term (None: none but an article or a
    # coordination): a word that never makes the approved term of it, as an adjective may
    # (`Протокол против незаконного ввоза мигрантов`); Russian a pronoun used as an adjective
    # (`контрабандой этих мигрантов`), where French and Spanish have their determiners as articles.
    rejected_term_gap_word: Callable[[str], bool] | None = None
    # An adverbial phrase that may stand between two words of a term, as a whole (an
    # expression matched on the words between, lower-cased; "" for none): French `l'échange en
    # temps utile d'informations`, Spanish `el intercambio en tiempo real de información`.
    term_gap_phrase: str = ""
    # A participle that may follow its noun (a test of the word; None: never): Russian
    # participle phrases, set off by a comma (`мигранты, незаконно ввезенные морем` for
    # `незаконно ввезенный мигрант`), English ones without (`migrants smuggled by sea`).
    postposed_participle: Callable[[str], bool] | None = None
    postposed_after_comma: bool = False
    # Words a participle's complement may put between it and its noun (`незаконно ввезенные в
    # страну мигранты`).
    participle_complement_words: int = 0
    # An article between two words of a term (`tráfico ilícito de los migrantes`), and the
    # contractions of a preposition with one (`des` = `de` + `les`, `del` = `de` + `el`).
    term_gap_articles: frozenset[str] = frozenset()
    # The endings that make a noun of action of its verb's stem, longest first (`renforc-ement`,
    # `crea-ción`): a term headed by one may be rendered by the verb, its complement the verb's
    # object (`renforcer les capacités`; pipeline/lang/verbal.py).
    action_noun_endings: tuple[str, ...] = ()
    # The endings a verb's stem takes (`renforc-er`, `cre-aran`), for such a rendering to be a
    # verb, not another word of the stem (`creciente`, `coopératives`).
    verb_endings: tuple[str, ...] = ()
    contractions: dict[str, str] = field(default_factory=dict)
    # Whose members or body a name's words in small letters may be: a possessive before them
    # (`ses États membres`), or the words that join them to another body's name after them
    # (`États membres de l'Union européenne`, `member States of the Organization of American
    # States`; Russian puts the name in the genitive with none, `Генеральная ассамблея
    # Интерпола`). TERM007 says nothing of a capital lost there.
    possessive_determiners: frozenset[str] = frozenset()
    # Words that make a name the glossary capitalizes a common noun: an indefinite article
    # before it (`une assemblée générale`, `a peer review mechanism`; not `chaque État partie`,
    # `certains États Membres`, which UN style capitalizes), or, in Russian, another body's
    # word in the genitive right after it (`конференции участников других конвенций`): TERM007
    # does not ask for the name's first capital there.
    generic_before: frozenset[str] = frozenset()
    other_after: frozenset[str] = frozenset()
    genitive_linkers: frozenset[str] = frozenset()
    # The nouns a body's name is built on (`Union`, `Organization`, `Council`), by which a
    # name after a term tells another body (`of the European Union`) from a place (`of Africa`)
    # or the Organization itself; an acronym (`INTERPOL`, `EU`) is a body's name too.
    body_nouns: frozenset[str] = frozenset()
    # The ending a possessive writes onto its noun (English `'s`: `each State party's
    # legislation` names a State party): the word is also read as the noun without it.
    possessive_ending: str = ""
    # The prepositions that make one slot with the article, determiner or number after them,
    # in term and text alike (latin analyser): `trafic des êtres humains` = `trafic d'êtres
    # humains`, `smuggling of these migrants` = `smuggling of migrants`.
    slot_prepositions: frozenset[str] = frozenset()
    # Coordination: another word joined by these conjunctions before a term's head, which the
    # two share (`частный и государственный секторы`: the private and the public sector).
    coordinating_conjunctions: frozenset[str] = frozenset()
    # In a language written without spaces, the characters that join a word to another inside a
    # term (Chinese 和, 与, 及, the enumeration comma 、): `毒品走私和贩运人口` is a coordination.
    coordinating_marks: str = ""
    # The words of one letter (prepositions, conjunctions): written twice (`в в Вене`), a slip
    # as a longer word twice is (TYPO006); another letter twice names things (`parts A A`).
    one_letter_words: frozenset[str] = frozenset()
    # Words the grammar writes twice in a row, which TYPO006 leaves alone: French reflexives
    # (`vous vous êtes enregistré`, `nous nous sommes réunis`), English `had had`, `that that`.
    doubled_words: frozenset[str] = frozenset()
    # Whether a word written twice at `start` of the text is the grammar's, told by the words
    # around it (Arabic: `مهربو المهاجرين المهاجرين`, the first closing the construct of the
    # word before, the second the verb's object); None where none is.
    doubled_in_grammar: Callable[[str, int], bool] | None = None
    # A conjunction written as a prefix of the next word (Arabic و: `الهجرة النظامية وغير
    # الشرعية`, regular and irregular migration).
    coordinating_prefixes: tuple[str, ...] = ()
    # Whether a word coordinated with a term's word is alike it (None: any word is): Russian the
    # same part of speech (`Конференция и заинтересованные стороны` is no coordination of
    # `Конференция Сторон`), elsewhere not a function word (`States and other parties`).
    coordinated_alike: Callable[[str, str], bool] | None = None
    # For a language written without spaces, what may stand at one place inside a term (an
    # expression; "" for nothing): `联合国六种正式语文`, `交流关于……的信息`.
    term_gap: str = ""
    # What may stand inside a rejected term found so (`人口和枪支走私` is `人口走私`), where it is
    # narrower than `term_gap` ("": the same): a word coordinated by 或 or 与 inside an approved
    # term is the term's (`强迫或非自愿失踪`), inside a rejected one two things named
    # (`走私或贩运人口`, smuggling or trafficking in persons); by 和 or 及 (and), the rejected
    # term's still (`人口及枪支走私`).
    rejected_term_gap: str = ""
    # What TERM001 adds where the concept has one approved term in the language and the
    # language has forms no analyser derives ("": none): Arabic's broken plurals.
    unlisted_forms_note: str = ""
    # A body named in the source before the session it meets at (`submit to the General
    # Assembly at its eightieth session`), which this language names by a pronoun where the body
    # is the text's author (`de lui présenter, à sa quatre-vingtième session`): an expression the
    # translation matches then; the source's side is `session_after_body`.
    body_by_pronoun: str = ""
    session_after_body: str = ""
    # How many characters at the start of a word of the text are proclitics a term's first word
    # lacks (Arabic و and ل of `ولمؤتمر`; None: none are written on the word): a match starts
    # after them, so that its quote and mark are the term's.
    proclitic_length: Callable[[str, str], int] | None = None
    # For a language written without spaces, the word of a text that a span of it begins or
    # ends inside of ("" where none; None: spaces tell): a term found so is said (TERM006),
    # `工作组`, the working group, in `工作组织`, `工作` + `组织`.
    word_cut: Callable[[str, int, int], str] | None = None
    # Whether a text is in a script of the language that is not the UN version's (Chinese:
    # Traditional characters), and what shows it; None where the language has one script.
    other_script: Callable[[str], str | None] | None = None
    # Whether a quotation's text is written in the language (its marks then its own, as a
    # Spanish question quoted: `“¿Cómo …?”`), where quotations may cite English as written.
    quoted_in_the_language: Callable[[str], bool] | None = None
    # A term's text with what writers of the language may write or leave out (Russian ё for е;
    # Arabic vowel marks, tatweel and hamza seats) folded: two terms alike after it are one
    # term written two ways, as the term matcher reads them. None: nothing optional.
    optional_marks_folded: Callable[[str], str] | None = None
    # The legacy code page an office's texts in the language come in (Windows'), named as the
    # --encoding to try where a file is not UTF-8.
    legacy_encoding: str = "cp1252"
    # -- how the language's UN documents write their parts (headings, numbers, type phrases) --
    parts: DocumentParts = field(default_factory=DocumentParts)

    @cached_property
    def english_name(self) -> str:
        return Locale.parse(self.code).get_display_name("en")

    @cached_property
    def plural_forms(self) -> str:
        """The gettext Plural-Forms header for this language, from CLDR (Babel)."""
        return str(get_plural(self.code))

    @cached_property
    def plural_count(self) -> int:
        """How many plural forms gettext gives the language (Babel's table): ru 3, ar 6, zh 1."""
        return get_plural(self.code).num_plurals

    @cached_property
    def plural_rule(self) -> str:
        """gettext's Plural-Forms rule for the language, a C expression of n (Babel's table,
        unless the profile gives the one catalogs write: gettext_plural_rule)."""
        return self.gettext_plural_rule or get_plural(self.code).plural_expr

    @cached_property
    def plural_counts(self) -> frozenset[int]:
        """The numbers of plural forms a catalog in this language may rightly declare:
        gettext's, and CLDR's current count, which is one more for es and fr (a `many` form
        for a million: Django's and Transifex's catalogs have it)."""
        return frozenset({self.plural_count, len(Locale.parse(self.code).plural_form.tags) + 1})

    @cached_property
    def fraction_form(self) -> int | None:
        """The form of a rule of CLDR's count that only fractions take, or None: Russian's
        CLDR `other` (1,5 файла), the last of the four forms Django's and Transifex's catalogs
        declare. gettext passes whole numbers alone, so that such a rule never selects this
        form is the rule being right."""
        cldr_count = len(Locale.parse(self.code).plural_form.tags) + 1
        if cldr_count == self.plural_count:
            return None
        choose = Locale.parse(self.code).plural_form
        whole_numbers_take_other = any(choose(n) == "other" for n in PLURAL_SAMPLE)
        return None if whole_numbers_take_other else cldr_count - 1

    @cached_property
    def icu_categories(self) -> dict[str, dict[str, tuple[int, ...]]]:
        """For ICU's `plural` (cardinal) and `selectordinal` arguments: each CLDR category of
        the language (Babel) with the whole numbers from 0 to 1,000 it takes, in order; a
        category only fractions or millions take (Russian's `other`, French's `many`) has none."""
        locale = Locale.parse(self.code)
        found: dict[str, dict[str, tuple[int, ...]]] = {}
        for kind, rule in (("plural", locale.plural_form), ("selectordinal", locale.ordinal_form)):
            numbers: dict[str, list[int]] = {category: [] for category in (*sorted(rule.tags), "other")}
            for n in range(1001):
                numbers[rule(n)].append(n)
            found[kind] = {category: tuple(taken) for category, taken in numbers.items()}
        return found

    @cached_property
    def weekdays(self) -> tuple[str, ...]:
        """Weekday names from CLDR, both contexts, case-folded."""
        names = set(self.extra_weekdays)
        for context in ("format", "stand-alone"):
            names.update(get_day_names("wide", context=context, locale=self.code).values())
        return tuple(sorted((n.casefold() for n in names), key=len, reverse=True))

    @cached_property
    def months(self) -> dict[str, int]:
        """Month names (wide and abbreviated, both contexts, case-folded) to their number."""
        from babel.dates import get_month_names

        names = dict(self.extra_months)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=self.code).items():
                    names.setdefault(name.casefold().rstrip("."), number)
        return names

    @cached_property
    def sub_item(self) -> re.Pattern[str]:
        """A sub-item's or sub-paragraph's letter at the start of a block (group 1) and the
        text after it (group 2): `(a) `, Russian `a) `, Arabic `(أ) ` and `(هـ) `, and in
        full-width brackets as Chinese typing gives them (`（a）`, no space after)."""
        letters = re.escape(self.sub_item_letters + self.typed_sub_item_letters)
        return re.compile(rf"^\s*[(（]?([{letters}])ـ?(?:\)\s+|）\s*)(\S.*)$", re.S)

    def sub_item_key(self, letter: str) -> str:
        """The Latin letter used in ids for a sub-item letter of this language."""
        alphabet = self.sub_item_letters if letter in self.sub_item_letters else self.typed_sub_item_letters
        return "abcdefghijklmnopqrstuvwxyz"[alphabet.index(letter)]


def of_the_day(hour: int) -> bool:
    """Whether a whole hour may be the clock's (`48 heures`, `в 24 часа` are lengths)."""
    return 0 <= hour <= 23


def hour_range(start: int, end: int) -> bool:
    """Whether two whole hours written as a range (`с 10 до 13 часов`, `de 10 a 13 horas`) may be
    a span of the clock: hours of the day (`de 48 à 72 heures` is a length). Whether they are,
    or a length of eight to twelve hours (`de 8 a 12 horas`), the source tells: the value checks
    read whole hours as it reads them (checks/values.py)."""
    return of_the_day(start) and of_the_day(end) and start != end


def clock(hour: str, minute: str | None, half: str | None = None) -> int:
    """Minutes after midnight; `half` is a.m. or p.m. where the language writes one."""
    h = int(hour) % 24
    if half and half.lower().startswith("p") and h < 12:
        h += 12
    if half and half.lower().startswith("a") and h == 12:
        h = 0
    return h * 60 + int(minute or 0)


_PROFILES: dict[str, LanguageProfile] = {}


def profile(code: str) -> LanguageProfile:
    """The profile of a language code; KeyError for a code that is not one of the six."""
    if code not in LANGUAGES:
        raise KeyError(code)
    if code not in _PROFILES:
        _PROFILES[code] = import_module(f"pipeline.lang.{code}").PROFILE
    return _PROFILES[code]


# The numbers a plural rule is tried on: 0 to 1,000, and round millions, which Spanish, French
# and Italian give a form of their own (`1 000 000 de fichiers`).
PLURAL_SAMPLE = (*range(1001), 10**6, 2 * 10**6, 10**9)


@lru_cache(maxsize=256)
def plural_numbers(rule: str, forms: int, sample=range(1001)) -> tuple[frozenset[int], ...] | None:
    """For each of `forms` plural forms, the numbers of `sample` (0 to 1,000) a Plural-Forms
    expression (`(n != 1)`) gives it (numbers it sends beyond the forms are in none); None where
    gettext could not read or evaluate the expression. Python's gettext.c2py makes the function;
    once per rule, as each function it makes holds a reference cycle."""
    try:
        choose = c2py(rule)
        served: list[set[int]] = [set() for _ in range(forms)]
        for n in sample:
            index = choose(n)
            if 0 <= index < forms:
                served[index].add(n)
    except (ValueError, SyntaxError, RecursionError, TypeError, OverflowError, ZeroDivisionError):
        return None
    return tuple(frozenset(numbers) for numbers in served)
