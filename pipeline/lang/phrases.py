"""What each language can tell about phrases, for term candidates and their equivalents
(pipeline/glossary/candidates.py, equivalents.py): how a segment splits into runs of words,
which words may not open or close a term, which may stand inside one, a phrase's key (its
inflected forms count together) and its dictionary form.

No trained model is used (none is installed, and nothing downloads at run time):

- **en, fr, es**: spaCy's stop-word lists (shipped with spaCy, no model), less a few words
  that do name things in UN texts (`serious crime`, `third party`), plus a closed list of the
  verbs UN resolutions and reports open their clauses with (`urges`, `stressed`), which a
  tagger would call verbs and a stop list does not know; keys are the lookup lemmas of
  spacy-lookups-data (`agencies` → `agency`), as the matcher's are. Nothing here knows a
  noun from a verb: `ensure that measures` is cut by the stop word `that`, but a verb
  followed by a noun (`share data`) can pass, and is left to frequency and C-value to rank low.
- **ru**: pymorphy3's parts of speech: a term is adjectives or participles agreeing with a noun
  (`организованная преступная группа`), then nouns in the genitive
  (`подразделение финансовой разведки`); its dictionary form puts the head noun and the
  words agreeing with it in the nominative, as `inflect` does the other way.
- **ar**: clitic-stripped, normalised words as keys (pipeline/lang/analysers/ar_clitics.py);
  the dictionary form is the form most often written.
- **zh**: no spaces: phrases are runs of Han characters, keys the characters themselves.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from runpy import run_path

from pipeline.lang.analysers import analyser
from pipeline.lang.analysers.ar_clitics import normalise
from pipeline.lang.morphology import morph_analyzer
from pipeline.lang.stored import stored_value

# A word: letters and the marks written on them, with inner hyphens and apostrophes
# (`cross-border`, `государств-участников`; `l'État` is split by the stop list's elisions
# below). The marks are combining characters, which `\w` does not take: without them an
# Arabic word with a shadda or a kasra (`مشغِّلي`, `المهرَّبين`) is cut in two at the mark, and
# its halves (`الن`, `المهر`) are proposed as words.
_MARK = "\u0300-\u036f\u064b-\u065f\u0670\u0640"  # Latin and Cyrillic accents; Arabic diacritics and tatweel
_MARKS = re.compile(f"[{_MARK}]")
_MARK_CHARACTERS = "".join(chr(c) for c in range(0x300, 0x370)) + "".join(chr(c) for c in range(0x64b, 0x660)) + "\u0670\u0640"
_LETTERS = rf"(?:[^\W\d_]|[{_MARK}])+"
_WORD = re.compile(rf"{_LETTERS}(?:[-'’]{_LETTERS})*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# What ends a run of words: any punctuation but the hyphen and apostrophe inside a word, and
# the marks that belong to a word.
_BREAK = re.compile(rf"[^\w\s'’{_MARK}-]|\d|\s[-–—]\s|_")

# Words that may not open or close an English term though spaCy's list lacks them: the verbs
# UN resolutions and reports open their clauses with (not those that are nouns too: `requests
# for mutual legal assistance`, `notes`), and the adjectives of sequence and modality.
_UN_CLAUSE_VERBS = frozenset("""
urges encourages invites decides recalls reaffirms welcomes stresses emphasizes
recalling noting reaffirming recognizing welcoming mindful taking bearing acknowledging expressing
stressed highlighted emphasized noted described called shared expressed identified considered
adopted held prepared provided including included regarding relating related entitled agreed
decided encouraged recommended recommending requested invited established set made taken given
informed introduced recalled reported presented followed conducted allowed concluded noting
should shall must may might will would can could also further particular possible necessary
current previous present ninth eleventh twelfth next new several many various certain
""".split())
# Kept although spaCy lists them: they name things in UN texts. Russian: the forms of the
# demonstrative `данный` ("the given") are those of the noun `данные` ("data": `защита данных`).
_NOT_STOP = {"en": frozenset({"serious", "third", "part", "side", "full", "name", "first"}),
             "ru": frozenset({"данные", "данных", "данным", "данными"})}
# The prepositions a Russian term may hold, between its head group and a governed noun group
# (`просьба о взаимной правовой помощи`, `комитет по правам человека`, `конвенция против
# транснациональной организованной преступности`), as English holds `of`, `for`, `against`.
# `в`, `на`, `с` are left out: with them a noun group is far more often a free combination
# (`сотрудничество в области`) than a term.
RU_TERM_PREPOSITIONS = frozenset({"о", "об", "по", "для", "против"})
# (English `on` is left out: `information on national procedures`, `Working Group on ...`
# make titles, not terms. French and Spanish terms hold articles after a preposition:
# `organización de los trabajos`; a phrase still never starts or ends with one.)
_INSIDE = {"en": frozenset({"of", "for", "in", "against"}),
           "fr": frozenset({"de", "d'", "du", "des", "à", "au", "aux", "en", "contre", "pour", "la", "le", "les", "l'"}),
           "es": frozenset({"de", "del", "a", "al", "en", "contra", "para", "por", "la", "el", "los", "las"}),
           "ru": RU_TERM_PREPOSITIONS, "ar": frozenset(), "zh": frozenset()}


def proper_name(written: str, lang: str) -> bool:
    """Whether a phrase of two words or more is written as a name, each of its words but the
    prepositions and articles capitalised (`United Nations`, `Nations Unies`, `Организации
    Объединенных Наций`): entered as written, never put in the singular or lower case."""
    words = written.split()
    content = [word for word in words if word.lower() not in _INSIDE.get(lang, ())]
    return len(words) > 1 and len(content) > 1 and all(word[:1].isupper() for word in content)


def written_as_name(forms, lang: str) -> str:
    """How a name is entered: in the singular where the documents write it so (`Member State`
    beside `Member States`), else as written (`United Nations`, `Naciones Unidas`: there is
    no `United Nation`). `forms`: how the documents write it, counted."""
    names = [form for form in forms if proper_name(form, lang)] or [forms.most_common(1)[0][0]]
    return min(names, key=lambda form: (len(form), -forms[form]))


def with_capitals_of(written: str, form: str) -> str:
    """`form` (a dictionary form of `written`, word for word) with the capitals `written` has:
    `организация объединенных наций` of `Организации Объединенных Наций` is `Организация
    Объединенных Наций`."""
    ours, theirs = form.split(), written.split()
    if len(ours) != len(theirs):
        return form
    return " ".join(word[:1].upper() + word[1:] if shown[:1].isupper() else word for word, shown in zip(ours, theirs))


@dataclass(frozen=True)
class Phrase:
    """A run of words in a text: its words, their character offsets and its key."""

    words: tuple[str, ...]
    start: int
    end: int
    key: tuple[str, ...]


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """Words that may not open or close a term in `lang`."""

    listed = set(stored_value(f"{lang}-stop-words", _spacy_stop_words, lang, version("spacy"))["words"])
    listed -= _NOT_STOP.get(lang, frozenset())
    if lang == "en":
        listed |= _UN_CLAUSE_VERBS
    return frozenset(word.lower() for word in listed)


def _spacy_stop_words(lang: str, spacy_version: str) -> dict[str, list[str]]:
    # Stored, not derived at each start; and read from spaCy's file of the language's stop
    # words alone, which imports nothing: importing it as spacy.lang.fr.stop_words imports
    # spacy.lang.fr first, which builds its tokenizer exceptions (2 s, for a list of 500
    # words). spacy_version is not read: it names the stored list, so that another spaCy is a
    # new file.
    package = Path(find_spec("spacy").submodule_search_locations[0])
    return {"words": sorted(run_path(str(package / "lang" / lang / "stop_words.py"))["STOP_WORDS"])}


def runs(text: str, lang: str) -> list[list[tuple[str, int, int]]]:
    """The runs of words a text's punctuation leaves: (word, start, end) each. A term never
    crosses a comma, a bracket, a number or a full stop. Chinese: each run of Han characters
    is one run of one-character words."""
    if lang == "zh":
        return [[(m.group()[i], m.start() + i, m.start() + i + 1) for i in range(len(m.group()))] for m in _HAN.finditer(text)]
    found, current, position = [], [], 0
    for piece in _BREAK.finditer(text + "."):
        for word in _WORD.finditer(text, position, piece.start()):
            current.append((word.group(), word.start(), word.end()))
        if current:
            found.append(current)
        current, position = [], piece.end()
    return found


@lru_cache(maxsize=200_000)
def word_key(word: str, lang: str) -> str:
    """The key a word's inflected forms share."""
    lower = word.lower().replace("’", "'").replace("ё", "е")
    if lang in ("en", "fr", "es"):
        return analyser(lang).lemmas.get(lower) or lower
    if lang == "ru":
        return morph_analyzer().parse(lower)[0].normal_form.replace("ё", "е")
    if lang == "ar":
        return normalise(arabic_without_prefix(lower))
    return lower


_AR_PREFIXED_ARTICLE = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل))(?=\w{2})")


def arabic_without_prefix(word: str) -> str:
    """An Arabic word without the conjunction or preposition written onto its article
    (`والمؤسسات` → `المؤسسات`, `للقانون` → `القانون`): how a glossary enters it."""
    match = _AR_PREFIXED_ARTICLE.match(word)
    if not match or match.group() == "ال":
        return word
    return "ال" + word[match.end():]


# Arabic tanwin al-fath, the indefinite accusative ending: a word written with it is an adverb
# or an object (`وفقاً للقانون الداخلي` "in accordance with domestic law", `نقداً` "in cash"),
# as a glossary never enters a term. Texts that leave vowels unwritten do not show it.
_AR_TANWIN_FATH = "\u064b"


def arabic_conjunction_length(word: str, attested: Container[str]) -> int:
    """How many characters at the start of an Arabic word are the conjunction و or ف written
    onto it (with its marks), where no article follows (arabic_without_prefix takes `وال`):
    `وأجهزة` → 1. Some words begin with those letters (`وحدات` units, `فريق` team), so the
    conjunction is only taken where the rest is a word the documents also write on its own
    (`attested`: their words, normalised): `أجهزة` is, `حدات` is not."""
    if len(word) < 4 or word[0] not in "وف" or word[1:3] == "ال":
        return 0
    rest = _MARKS.sub("", word[1:])
    if len(rest) < 3 or normalise(rest) not in attested:
        return 0
    return len(word) - len(word[1:].lstrip(_MARK_CHARACTERS))


@lru_cache(maxsize=200_000)
def boundary_word(word: str, lang: str) -> bool:
    """Whether `word` may open or close a phrase in `lang`."""
    lower = word.lower().replace("’", "'")
    if lang == "ar":
        if _AR_TANWIN_FATH in lower:
            return False  # an adverbial accusative (`وفقاً`, `أيضاً`, `طوعاً`): never a term's edge
        lower = _MARKS.sub("", lower)  # the stop list is written without diacritics
    if lower in stop_words(lang) or len(lower) < 2 and lang != "zh":
        return False
    if lang == "en" and (lower.endswith("ly") and len(lower) > 4):
        return False  # an adverb (`increasingly`, `regularly`): never a term's edge
    return True


def phrases(text: str, lang: str, longest: int, held: Sequence[tuple[int, int]] = ()) -> list[Phrase]:
    """Every phrase of 1..`longest` words (Chinese: 2..`longest` characters) that the
    language's rules allow: no stop word at either edge (Chinese: no particle, ZH_NOT_OPENING
    and ZH_NOT_CLOSING); inside, content words or one of the few prepositions a term may hold
    (`smuggling of migrants`, `trafic de migrants`), or any word of a `held` span (the
    character offsets of a glossary term's match: `services de détection et de répression`
    holds `et`, which no other phrase may)."""
    inside = _INSIDE.get(lang, frozenset())
    shortest = 2 if lang == "zh" else 1
    found = []
    for run in runs(text, lang):
        if lang == "zh":
            opens = [_zh_may_open(run, k) for k in range(len(run))]
            closes = [_zh_may_close(run, k) for k in range(len(run))]
        else:
            closes = [boundary_word(w, lang) and not _locution_noun(run, k, lang) for k, (w, _, _) in enumerate(run)]
            elided = [_elided(w, lang) for w, _, _ in run]
            opens = [(boundary_word(w[cut:], lang) if cut else edge) and not _locution_noun(run, k, lang)
                     for k, ((w, _, _), edge, cut) in enumerate(zip(run, closes, elided))]
        allowed_inside = [lang == "zh" or edge or w.lower() in inside or any(a <= start and end <= b for a, b in held)
                          for (w, start, end), edge in zip(run, closes)]
        for i in range(len(run)):
            if not opens[i] or (lang == "en" and i and _english_verb_here(run[i][0], run[i - 1][0])):
                continue
            for j in range(i + shortest - 1, min(len(run), i + longest)):
                if j > i and not allowed_inside[j]:
                    break
                if closes[j]:
                    words = tuple(w for w, _, _ in run[i:j + 1])
                    cut = elided[i] if lang != "zh" else 0
                    if cut:
                        words = (words[0][cut:], *words[1:])
                    found.append(Phrase(words, run[i][1] + cut, run[j][2], tuple(word_key(w, lang) for w in words)))
    return found


# The nouns of French and Spanish compound prepositions, after their preposition (`en vue de
# renforcer`, `en matière de coopération`, `aux fins de la prévention`, `con miras a
# fortalecer`): the noun is the preposition's, not a term's, and opens, closes or stands in no
# phrase (`trafic illicite de migrants en vue`, `bonne pratique en matière`).
LOCUTIONS = {
    "fr": frozenset({("en", "vue"), ("en", "matière"), ("aux", "fins"), ("en", "vertu"), ("au", "titre"), ("au", "moyen"),
                     ("à", "l'égard"), ("en", "fonction"), ("au", "sujet"), ("en", "raison"), ("au", "cours")}),
    "es": frozenset({("con", "miras"), ("en", "materia"), ("a", "fin"), ("en", "virtud"), ("por", "medio"),
                     ("en", "relación"), ("a", "través"), ("en", "función"), ("en", "cuanto"), ("a", "efectos"), ("en", "calidad")}),
}


# French article, preposition or pronoun elided onto the next word: a phrase that would open
# with one (`l'organisation des travaux proposée`, `d'actifs virtuels`) opens after it, as no
# term opens with `le` or `de`; inside a term the elision is the term's own (`technique
# d'enquête`, `droit de l'homme`).
_FR_ELISIONS = ("d'", "l'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'")


def _elided(word: str, lang: str) -> int:
    """How many characters of a French word are an elided word before it (0 if none)."""
    if lang != "fr":
        return 0
    lower = word.lower().replace("’", "'")
    return next((len(prefix) for prefix in _FR_ELISIONS if lower.startswith(prefix) and len(lower) > len(prefix)), 0)


def _locution_noun(run, k: int, lang: str) -> bool:
    return k > 0 and (run[k - 1][0].lower(), run[k][0].lower().replace("’", "'")) in LOCUTIONS.get(lang, ())


# Chinese particles, conjunctions and prepositions, written onto the words beside them as
# Chinese writes no spaces: a term neither opens nor closes with one (`的良好做法`,
# `打击偷运移民的`, `机构和`, `依照国内法`). Without a word segmenter, a character is taken as
# the particle unless it makes, with its neighbour, one of the words that hold it
# (ZH_WORDS_WITH_PARTICLES: `和平` peace, `平等` equality, `参与` participation). The
# two-character prepositions (ZH_FUNCTION_WORDS) are no term's edge either, and say nothing
# as a phrase's neighbour, as a stop word does in the other languages.
ZH_NOT_OPENING = frozenset("的和与及或在对将等了并于而之")
ZH_NOT_CLOSING = frozenset("的和与及或在对将等了并于而之")
ZH_WORDS_WITH_PARTICLES = frozenset({
    "和平", "对话", "对象", "在线", "与会", "等级", "及时",  # opening with one
    "平等", "对等", "参与", "存在", "共和", "高等",  # closing with one
})
ZH_FUNCTION_WORDS = frozenset({"依照", "按照", "根据", "通过", "关于", "对于", "由于", "为了", "以便", "以及", "包括", "例如"})


def _zh_may_open(run, k: int) -> bool:
    # Neither a preposition nor its second half (`照国内法` cuts `依照`).
    char = run[k][0]
    word = char + (run[k + 1][0] if k + 1 < len(run) else "")
    cut = (run[k - 1][0] if k else "") + char
    return word not in ZH_FUNCTION_WORDS and cut not in ZH_FUNCTION_WORDS and (
        char not in ZH_NOT_OPENING or word in ZH_WORDS_WITH_PARTICLES)


def _zh_may_close(run, k: int) -> bool:
    char = run[k][0]
    word = (run[k - 1][0] if k else "") + char
    cut = char + (run[k + 1][0] if k + 1 < len(run) else "")
    return word not in ZH_FUNCTION_WORDS and cut not in ZH_FUNCTION_WORDS and (
        char not in ZH_NOT_CLOSING or word in ZH_WORDS_WITH_PARTICLES)


def zh_says_nothing(neighbour: str, further: str, before: bool) -> bool:
    """Whether the character beside a Chinese phrase (`further` the one beyond it) is a
    particle or ends a two-character preposition (`照` of `依照` before `国内法`): then the
    phrase's neighbour tells nothing of a longer word it would be a piece of."""
    word = further + neighbour if before else neighbour + further
    return neighbour in (ZH_NOT_CLOSING if before else ZH_NOT_OPENING) or word in ZH_FUNCTION_WORDS


# -- English word classes -----------------------------------------------------------------

# Nouns entered in the plural: their singular is another word, or none (`proceeds`, `human
# rights`, `modi operandi`).
PLURAL_HEADS = frozenset({"proceeds", "rights", "arms", "means", "headquarters", "operandi", "data", "assets"})


@lru_cache(maxsize=1)
def _english_classes() -> dict:
    """WordNet's word lists by class (noun, verb, adjective, adverb) and the suffix rules that
    take a form back to them: the tables of spaCy's rule lemmatizer, shipped in
    spacy-lookups-data. They say what a word *can* be, not what it is in a sentence."""

    data = files("spacy_lookups_data") / "data"
    tables = {}
    for name in ("index", "exc", "rules"):
        with gzip.open(data / f"en_lemma_{name}.json.gz") as handle:
            tables[name] = json.load(handle)
    tables["index"] = {kind: frozenset(words) for kind, words in tables["index"].items()}
    return tables


@lru_cache(maxsize=100_000)
def english_can_be(word: str, kind: str) -> bool:
    """Whether an English word form can be a `kind` ("noun", "adj", "verb"): its own entry, an
    irregular form's, or one a suffix rule takes it back to (`agencies` → `agency`)."""
    tables = _english_classes()
    lower = word.lower()
    index = tables["index"].get(kind, frozenset())
    if lower in index or lower in tables["exc"].get(kind, {}):
        return True
    return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in index
               for old, new in tables["rules"].get(kind, ()) if old)


def _english_modifier(word: str) -> bool:
    """A word that may stand before a term's noun: a noun, an adjective, a participle used as
    one (`smuggled migrant`, `controlled delivery`), a compound (`cross-border`), or a word the
    lists do not know (a name: `Internet`)."""
    lower = word.lower()
    if "-" in lower or not any(english_can_be(lower, kind) for kind in ("noun", "adj", "verb", "adv")):
        return True
    if english_can_be(lower, "noun") or english_can_be(lower, "adj"):
        return True
    return lower.endswith("ed") and english_can_be(lower, "verb")


_VERB_BEFORE = frozenset("to should shall may might must can could will would not".split())


def _english_verb_here(word: str, previous: str) -> bool:
    """Whether a word that can be a verb is one here: after `to`, a modal or `not`, or an
    adverb in -ly (`smugglers increasingly use social media platforms`)."""
    before = previous.lower()
    return (before in _VERB_BEFORE or (before.endswith("ly") and len(before) > 4)) and english_can_be(word, "verb")


def english_term_shape(words: tuple[str, ...]) -> bool:
    """Whether English words can make a term: modifiers and a noun, then at most one
    preposition (`of`, `for`, `in`, `against`) and modifiers and a noun
    (`memorandum of understanding`, `request for mutual legal assistance`). A word that can only
    be a verb (`detect`, `enhancing`) stands nowhere in a term."""
    inside = _INSIDE["en"]
    parts, current = [], []
    for word in words:
        if word.lower() in inside:
            parts.append(current)
            current = []
        else:
            current.append(word)
    parts.append(current)
    if len(parts) > 2 or any(not part for part in parts):
        return False
    for part in parts:
        *modifiers, head = part
        if not all(map(_english_modifier, modifiers)):
            return False
        lower = head.lower()
        known = any(english_can_be(lower, kind) for kind in ("noun", "adj", "verb", "adv"))
        if known and not english_can_be(lower, "noun") and "-" not in lower:
            return False
    return True


def english_singular(word: str, lemma: str) -> str:
    """The head noun in the singular, where the plural is a regular one of the lemma and the
    noun is not entered in the plural (PLURAL_HEADS)."""
    lower = word.lower()
    if lower in PLURAL_HEADS or lower == lemma:
        return word
    regular = {lemma + "s", lemma + "es", lemma[:-1] + "ies" if lemma.endswith("y") else None}
    return lemma if lower in regular else word


# -- dictionary forms ---------------------------------------------------------------------


def romance_singular(words: list[str], lang: str) -> list[str]:
    """French and Spanish phrases in the singular, as glossaries enter them, where the head
    (the first word) is a plural the lookup table confirms (`autorités` → `autorité`): the head
    and the words up to the first preposition lose their plural ending (`autorités compétentes`
    → `autorité compétente`, `transporteurs commerciaux` → `transporteur commercial`,
    `unidades de inteligencia financiera` → `unidad de ...`); what follows the preposition is
    governed and stays (`réseaux de passeurs` → `réseau de passeurs`). Spelling rules only: a
    word whose singular they get wrong is for the reviewer to correct."""
    if not words:
        return words
    head = words[0].lower()
    single = _romance_singular_word(head, lang)
    lemma = analyser(lang).lemmas.get(head)
    # The lookup confirms a plural when its lemma and the spelling singular share their stem:
    # all but the last letter of the shorter (`autoridades` → `autoridad`; `redes` → `red`,
    # though the table's lemma for `redes` is the verb `redar`, whose stem it shares).
    stem = max(3, min(len(lemma or ""), len(single)) - 1)
    if single == head or lemma is None or lemma == head or single[:stem] != lemma[:stem]:
        return words
    out: list[str] = []
    noun_at, plural_complement = None, False  # where the noun a preposition governs is, and its number
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _INSIDE[lang]:
            noun_at = index + 1  # `de`, `du`: the next word is governed
            out.append(word)
        elif "'" in word:
            noun_at = index  # `d'enquête`: the preposition and its noun in one word
            plural_complement = lower.endswith(("s", "x"))
            out.append(word)
        elif index == noun_at:
            plural_complement = lower.endswith(("s", "x"))
            out.append(word)  # the governed noun keeps its number (`réseaux de passeurs`)
        elif noun_at is not None and plural_complement:
            out.append(word)  # an adjective of a plural complement, or of the head: cannot tell
        else:
            # The head's words, and an adjective after a singular complement, which agrees with
            # the head (`techniques d'enquête spéciales` → `technique d'enquête spéciale`).
            out.append(_romance_singular_word(word, lang))
    return out


def _romance_singular_word(word: str, lang: str) -> str:
    lower = word.lower()
    if lang == "fr":
        if lower.endswith(("eaux", "eux")):
            return word[:-1]
        if lower.endswith("aux") and len(lower) > 4:
            return word[:-3] + "al"
        return word[:-1] if lower.endswith("s") and len(lower) > 3 else word
    if lang == "es":
        if lower.endswith("iones") and len(lower) > 6:
            return word[:-5] + "ión"  # the accent the plural drops comes back (`instituciones`)
        if lower.endswith("ces") and len(lower) > 4:
            return word[:-3] + "z"
        if lower.endswith("es") and len(lower) > 4 and lower[-3] in "dlnrjy":
            return word[:-2]
        if lower.endswith("ses") and analyser(lang).lemmas.get(lower) == lower[:-2]:
            return word[:-2]  # `gases`, `países`: -es after s (`clases` is `clase` + s)
        return word[:-1] if lower.endswith("s") and len(lower) > 3 and lower[-2] in "aeiouáéó" else word
    return word


@lru_cache(maxsize=100_000)
def russian_term_shape(words: tuple[str, ...]) -> int | None:
    """The head noun's index if `words` make a Russian term by pymorphy3's parts of speech:
    adjectives or participles agreeing with a noun (the head), then nouns (with their own
    agreeing adjectives) in the genitive, then at most one of RU_TERM_PREPOSITIONS followed by
    such a group in an oblique case; None otherwise."""
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in RU_TERM_PREPOSITIONS), None)
    if at is not None:
        governed = lowered[at + 1:]
        if not at or not governed or any(w in RU_TERM_PREPOSITIONS for w in governed):
            return None
        governed_head = _russian_noun_group(tuple(governed))
        if governed_head is None or all(p.tag.case == "nomn" for p in morph_analyzer().parse(governed[governed_head])
                                        if p.tag.POS == "NOUN"):
            return None
        return _russian_noun_group(tuple(lowered[:at]))
    return _russian_noun_group(tuple(lowered))


@lru_cache(maxsize=100_000)
def _russian_noun_group(words: tuple[str, ...]) -> int | None:
    morph = morph_analyzer()
    parses = [morph.parse(w) for w in words]
    # The head: the first word that can be a noun, all before it adjectives agreeing with it.
    for head, options in enumerate(parses):
        for noun in (p for p in options if p.tag.POS == "NOUN"):
            if all(_agreeing(parses[k], noun) for k in range(head)) and _genitive_tail(parses[head + 1:]):
                return head
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in options):
            return None
    return None


def _agreeing(options, noun) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case and p.tag.number == noun.tag.number
               and (noun.tag.number == "plur" or p.tag.gender in (None, noun.tag.gender)) for p in options)


def _genitive_tail(tail) -> bool:
    """Words after the head: adjectives and nouns in the genitive, ending in a noun."""
    if not tail:
        return True
    if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in tail[-1]):
        return False
    return all(any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "gent" for p in options) for options in tail)


def russian_dictionary_form(words: tuple[str, ...]) -> str | None:
    """The phrase with its head noun, and the words agreeing with it, in the nominative (the
    number kept where the noun is plural only: `переговоры`), governed words as written:
    `подразделениями финансовой разведки` → `подразделение финансовой разведки`."""
    morph = morph_analyzer()
    head = russian_term_shape(words)
    if head is None:
        return None
    nouns = [p for p in morph.parse(words[head].lower()) if p.tag.POS == "NOUN"]
    parses = [morph.parse(w.lower()) for w in words[:head]]
    noun = next((n for n in nouns if all(_agreeing(options, n) for options in parses)), nouns[0])
    number = "plur" if "Pltm" in noun.tag else "sing"
    head_form = noun.inflect({"nomn", number})
    if head_form is None:
        return None
    out = []
    for options in parses:
        adjective = next(p for p in options if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case)
        grammemes = {"nomn", number} | ({head_form.tag.gender} if number == "sing" and head_form.tag.gender else set())
        form = adjective.inflect(grammemes)
        if form is None:
            return None
        out.append(form.word)
    out.append(head_form.word)
    out.extend(w.lower() for w in words[head + 1:])
    return " ".join(_cased(original, form) for original, form in zip(words, out))


def _cased(original: str, form: str) -> str:
    # An acronym stays as written; other words are given in lower case, as dictionaries do.
    return original if len(original) > 1 and original.isupper() else form
