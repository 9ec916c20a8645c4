"""CONS checks: the state of entries, and consistency within a catalog and across catalogs."""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from babel.numbers import list_currencies

from pipeline.checks import register
from pipeline.checks.citations import cited_as_published
from pipeline.checks.context import CatalogContext, DocumentContext, EntryContext, RunContext
from pipeline.checks.quotations import without_quotations_and_code
from pipeline.extract.segment_ids import are_segment_ids
from pipeline.extract.sentences import split_sentences
from pipeline.invisible import read_through
from pipeline.lang import profile
from pipeline.lang.identify import SCRIPT_OF, other_language
from pipeline.lang.locales import language_of
from pipeline.lang.word_frequency import zipf
from pipeline.model import LANGUAGES, Finding, Place, Severity
from pipeline.placeholders import ENTITY, MASK, has_icu
from pipeline.sentence_pairing import unpaired
from pipeline.text_cache import TEXTS_KEPT
from pipeline.value_extraction import SYMBOL, URL


def normal_source(text: str) -> str:
    """A source with punctuation and case set aside: what CONS005 compares."""
    return re.sub(r"\W+", " ", text).strip().casefold()


@register("CONS001", "untranslated", Severity.ERROR, scope="entry-any")
def untranslated(ctx: EntryContext) -> Iterator[Finding]:
    """An entry has no translation.

    What it checks: an empty msgstr (for an entry with plural forms: every msgstr[n] empty;
    some empty is FMT001). Such an entry gets this finding only, not one per check. A
    translation of whitespace alone (`msgstr " "`, a line break) for a source that has text is
    none either, though gettext takes it for one.

    Why it matters: a segment missing from one version is a hole in the document.

    Example: `msgstr ""` for `item/2/p1/s1` gives CONS001.

    How to fix: translate the entry.
    """
    entry = ctx.entry
    if not entry.msgstr and not any(entry.plural_forms):
        yield ctx.finding("CONS001", "not translated")
    elif entry.blank:
        yield ctx.finding("CONS001", "not translated: the translation is whitespace alone")


@register("CONS002", "fuzzy", Severity.WARNING, scope="entry-any")
def fuzzy(ctx: EntryContext) -> Iterator[Finding]:
    """An entry is marked fuzzy: its translation needs review (its source changed, or its
    alignment was uncertain). Its text is checked no further, but for a sentence without a
    partner (CONS009): gettext (msgfmt, a program's catalog) uses no fuzzy translation, and
    its placeholders and the rest are checked once a reviser clears the mark.

    What it checks: the `fuzzy` flag.

    Why it matters: gettext does not use fuzzy translations, and a reviser must look at each.

    Example: `#, fuzzy` on `item/1b/p2` (aligned as a whole paragraph) gives CONS002.

    How to fix: review the translation and remove the flag.
    """
    # A plural entry is fuzzy with any form translated, msgstr[0] empty or not (CONS001 is
    # for every form empty): else it had no finding at all.
    if ctx.entry.fuzzy and (ctx.entry.msgstr or any(ctx.entry.plural_forms)):
        yield ctx.finding("CONS002", "marked fuzzy: to be reviewed")


@register("CONS003", "identical-to-source", Severity.WARNING)
def identical(ctx: EntryContext) -> Iterator[Finding]:
    """The translation is the source, word for word, where a translation is expected.

    What it checks: msgstr equal to msgid, or one of its sentences equal to one of the
    source's (three words of letters or more, not a document symbol, a title or a name with
    most of its words capitalized, nor a quotation), with at least two words of letters (not a person's
    name with their country, `María Fernanda Espinosa Garcés (Ecuador)`, which French and
    Spanish write alike; an HTML entity, `&copy;`, and an ICU message's syntax, `{count, plural,
    one {`, are no words, and a word in its two numbers is one), or equal but for
    its spaces and quotation marks (French `matter ;`, `« final »`) with three; links, symbols
    and numbers are left alone, and so, in a language of the source's script, are a currency's
    code (`Total (USD)`, `Total: {0:N2} USD`) and the one name or code after a label's colon that
    the translation's language writes too (`Capital: Madrid`, `Format: PDF`; not `Status:
    Pending`, nor `Status: DRAFT`, weighed as the word it spells), which Spanish and French write as
    English does. A single word of four letters or more (`Ready`, `Status`) is
    reported only where it is a common word of the source language and not one of the
    translation's: wordfreq's lists have it at least 1.5 Zipf units (30 times) rarer in the
    target language, so that loanwords and names (`Internet`, `Menu`, `Email`, `Twitter`) pass.
    A citation the language's UN documents keep in English is no copy (Russian: `United
    Nations, Treaty Series, vol. 2241, No. 39574.`; not `Ibid., vol. 2237`, which is `Там же`),
    nor is a publication cited as published, its volume, number or pages and its year with it
    (`Smith, J., “Smuggling networks”, Journal of Migration, vol. 5, No. 2 (2017).`). And
    words of the source in a row left inside a translated sentence: two or more in Russian,
    Arabic and Chinese, three or more in French and Spanish (`within existing resources`), of
    which two are common words of the source's language and not of the translation's (as a
    single word above), glued to Chinese characters too; not a title or a name, nor what
    opens with a capital (a
    publication's title in sentence case, a menu's label, a slogan), a quotation, code in
    backticks, a link or a symbol (`в соответствии с rules and procedures Организации
    Объединенных Наций`).

    Why it matters: a copied source is an untranslated segment that no count of empty entries
    shows, and a phrase left in English inside a translated sentence is seen by no check of
    the whole.

    Example: `Opening of the meeting` → `Opening of the meeting` in the Russian catalog gives
    CONS003; so does a paragraph translated but for one of its sentences, which is named.

    How to fix: translate it, or, for a title that stays in the original language, suppress
    with `# hexaglot: ignore CONS003`.
    """
    if "/link" in ctx.entry.segment_id:
        return
    kept = profile(ctx.lang).kept_in_english
    if kept and ctx.source_lang == "en" and re.fullmatch(kept, ctx.msgstr.strip()):
        return  # `United Nations, Treaty Series, vol. 2241, No. 39574.` in a Russian footnote
    if ctx.msgstr == ctx.msgid and cited_as_published(ctx.msgid):
        return  # a publication cited as published (`Smith, J., “…”, Journal of …, vol. 5, No. 2 (2017).`)
    if ctx.msgstr == ctx.msgid:
        prose = _prose(SYMBOL.sub(" ", URL.sub(" ", ctx.msgid)), has_icu(ctx.entry))
        words = re.findall(r"[^\W\d_]{2,}", prose)
        if SCRIPT_OF.get(ctx.lang) == SCRIPT_OF.get(ctx.source_lang):
            # A label's value is no word to translate: a currency's code (`Total (USD)`, `Total:
            # {0:N2} USD`), or the one name or code after its colon that the translation's
            # language writes too (`Capital: Madrid`, `Format: PDF`; not `Status: Pending`), which
            # Spanish writes as English does. (In Russian, Arabic or Chinese the label is the source's.)
            value = _LABELS_VALUE.search(prose)
            # (a word in capitals weighed as the word it spells: `DRAFT` is `Draft`, `OK` none)
            if value is not None and not _foreign_word(value.group(1).capitalize(), ctx.source_lang, ctx.lang):
                prose = prose[:value.start(1)] + " " * len(value.group(1)) + prose[value.end(1):]
            words = [word for word in re.findall(r"[^\W\d_]{2,}", prose) if word not in _currency_codes()]
        if len({word.lower().removesuffix("s") for word in words}) == 1:
            words = words[:1]  # `{count, plural, one {# message} other {# messages}}`: one word, in its two numbers
        if len(words) >= 2 and not _names(ctx.msgid, words, ctx.source_lang, ctx.lang):
            yield ctx.finding("CONS003", "identical to the source")
        elif len(words) == 1 and _foreign_word(words[0], ctx.source_lang, ctx.lang):
            yield ctx.finding("CONS003", f"identical to the source: '{words[0]}' is a word of the source language, "
                              "not of the translation's")
    elif (_as_typeset(ctx.msgstr[:30])[:12] == _as_typeset(ctx.msgid[:30])[:12] and _as_typeset(ctx.msgstr) == _as_typeset(ctx.msgid)
          and len(re.findall(r"[^\W\d_]{2,}", ctx.msgid)) >= 3):
        # The source with the translation's spacing and quotation marks (French `matter ;`,
        # `« final »`): a paragraph left in the source language all the same. (The first
        # characters are compared first: nearly every translation differs there at once.)
        yield ctx.finding("CONS003", "identical to the source but for its spacing or quotation marks")
    else:
        said = False
        for finding in _sentence_left_in_the_source(ctx):
            said = True
            yield finding
        if not said:
            yield from _stretch_left_in_the_source(ctx)


_LABELS_VALUE = re.compile(r":\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-Z]{2,5})\s*$")  # (`Capital: Madrid`, `Format: PDF`)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217's codes (`USD`, `EUR`, `CHF`), the same in every language's label (`Total
    (USD)`), but those that spell a common English word in capitals (`ALL`, `TOP`: `VIEW ALL`
    is no amount)."""
    return frozenset(code for code in list_currencies() if zipf(code.lower(), "en") < 4.0)


# A stretch of the source's words left in a translation: as many words in a row as the source
# has them, at least (Russian, Arabic and Chinese write the source's Latin letters in no word of
# their own; French and Spanish share many words with English, and names of three), and of
# them, common words of the source's language that are not the translation's (_foreign_word).
_STRETCH_WORDS = {"ar": 2, "ru": 2, "zh": 2}
_STRETCH_WORDS_SHARING_LETTERS = 3
_STRETCH_FOREIGN = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LATIN_LETTERS = re.compile(r"[A-Za-z]{2}")
# Two capitalized words or more with spaces alone between them, then one in small letters.
_NAME_THEN_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)+ (?P<next>[a-zß-öø-ÿ][\w'’-]*)")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_PUNCTUATION = ".,;:!?()[]\"'«»“”‘’„"


def _stretch_left_in_the_source(ctx: EntryContext) -> Iterator[Finding]:
    """Words of the source in a row left in a translated sentence (`…, in accordance with the
    rules and procedures of the United Nations;` in a Spanish paragraph, `в соответствии с rules
    and procedures Организации`): not a title or a name (most words capitalized), a quotation,
    a link or a symbol, nor a publication cited as published."""
    if ctx.source_lang == ctx.lang or cited_as_published(ctx.msgstr):
        return
    shortest = _STRETCH_WORDS.get(ctx.lang, _STRETCH_WORDS_SHARING_LETTERS)
    text = ctx.msgstr
    # Most translations share no two such words with their source: told at once by the sets of
    # what their spaces part (walking every translation's words took a fifth of a run's time,
    # and finding its words alone a twentieth).
    if ctx.lang in _OWN_LETTERS:
        # Only the Latin letters' words can be the source's, and Chinese glues them on
        # (`适用due diligence措施`): found by their letters, not by spaces.
        if not _LATIN_LETTERS.search(text):
            return
        word_pattern = _LATIN_WORD
        shared = set(_LATIN_WORD.findall(text)) & set(_LATIN_WORD.findall(ctx.msgid))
    else:
        word_pattern = _WORD
        shared = {word.strip(_PUNCTUATION) for word in text.split()} & {word.strip(_PUNCTUATION) for word in ctx.msgid.split()}
    if sum(_left_in_the_source(word, ctx.source_lang, ctx.lang) for word in shared) < _STRETCH_FOREIGN:
        return
    # Not what is quoted as the original writes it, nor code in backticks (`git push origin main`).
    text = without_quotations_and_code(text)
    words = [(m.group(), m.start(), m.end()) for m in word_pattern.finditer(text)]
    source = [m.group() for m in _WORD.finditer(SYMBOL.sub(" ", URL.sub(" ", ctx.msgid)))]
    grams = {tuple(source[i:i + shortest]) for i in range(len(source) - shortest + 1)}
    covered = [False] * len(words)
    for i in range(len(words) - shortest + 1):
        if tuple(word for word, _, _ in words[i:i + shortest]) in grams:
            covered[i:i + shortest] = [True] * shortest
    i = 0
    while i < len(words):
        if not covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and covered[j + 1] and text[words[j][2]:words[j + 1][1]].strip(" \u00a0") in ("", ",", ":"):
            j += 1
        start, end = words[i][1], words[j][2]
        stretch = text[start:end]
        foreign = [word for word, _, _ in words[i:j + 1] if _left_in_the_source(word, ctx.source_lang, ctx.lang)]
        # One that opens with a capital inside a sentence is a name or a title kept as the
        # original writes it, in sentence case too (a publication that exists in English
        # alone, `Smuggling of migrants by sea: a guide for practitioners`, a menu's `Privacy
        # and security`, a slogan); not one that opens the sentence, nor a glossary's name
        # with the source's words after it (`United Nations rules and procedures`).
        kept = stretch[:1].isupper() and not _opens_a_sentence(text, start, ctx.lang) and not _a_name_then_words(stretch) \
            and not (_after_a_label(text, start) and ctx.source_lang == "en"
                     and _SENTENCE_VERBS.intersection(stretch.lower().split()))
        # Three words alone, in French or Spanish: each a common English word that is not the
        # language's, a space apart (`within existing resources`; not `follow the money`, a
        # named approach, nor `trafficking, smuggling, migrants`, a list of search words).
        short = ctx.lang not in _OWN_LETTERS and j - i + 1 < _STRETCH_WORDS_SHARING_LETTERS + 1 \
            and (len(foreign) < j - i + 1 or any(text[words[k][2]:words[k + 1][1]] != " " for k in range(i, j)))
        if len(foreign) >= _STRETCH_FOREIGN and not kept and not short and not _a_title(stretch) \
                and not (URL.search(text[max(0, start - 1):end + 1]) or SYMBOL.search(stretch)):
            yield ctx.finding("CONS003", f"'{stretch}' is the source's, word for word, in the translation: left "
                              "untranslated?", found=stretch, start=start, end=end)
            return  # one a translation: the reviser reads the rest of the sentence anyway
        i = j + 1


# What is markup, not words of a text: an HTML entity (`&copy;`, read as the word `copy`), and
# an ICU message's syntax: its argument with its type (`{count, plural,`) and each selector
# before its branch (`one {`, `=0 {`, `female {`).
_ICU_SYNTAX = re.compile(r"\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,|(?:=\d+|\w+)\s*(?=\{)")


def _prose(text: str, icu: bool) -> str:
    """The text without its markup (an entity, placeholders.ENTITY; _ICU_SYNTAX in an ICU
    message), for its words."""
    text = ENTITY.sub(" ", text) if "&" in text else text
    return _ICU_SYNTAX.sub(" ", text) if icu else text


def _opens_a_sentence(text: str, start: int, lang: str) -> bool:
    """Whether `start` opens a sentence or a list's item (`a) Due diligence measures…`): not
    after an abbreviation's stop that a name follows (`См.`, `Véase`), nor after a colon, which
    introduces a title or a slogan as often (`Лозунг был таков: Leave no one behind`)."""
    before = text[:start].rstrip()
    if not before or _LIST_LABEL.fullmatch(before):
        return True
    return before[-1] in "!?…¿¡؟。！？" or before[-1] == "." and before.rsplit(None, 1)[-1].lower() not in profile(lang).abbreviations


# English verbs a sentence holds: a capitalized stretch with one after a label's colon
# (`Примечание: Due diligence measures should be applied…`, `Вопрос 2: How can States…`) is a
# sentence left in English; inside a sentence, a title or a slogan kept (`the campaign Together
# we can end trafficking`).
_SENTENCE_VERBS = frozenset({"should", "shall", "must", "can", "could", "will", "would", "may", "is", "are", "was", "were",
                             "has", "have", "had", "does", "do"})
# The prepositions after a title's head (`Handbook on`, `Toolkit to`, `Guide for`); not those a
# phrase goes on with as often (`Member States with the support of …`).
_TITLE_PREPOSITIONS = frozenset({"on", "of", "for", "to", "against", "about", "towards"})
# A list's label alone before the text (`a)`, `(b)`, `(ii)`, Arabic `(أ)`).
_LIST_LABEL = re.compile(r"\(?(?:[^\W\d_]|[ivxlc]{1,4})\)|\(?\d{1,3}[.)]")


def _after_a_label(text: str, start: int) -> bool:
    """Whether a colon stands right before `start` (`Примечание: …`, `问题2：…`)."""
    return text[:start].rstrip()[-1:] in (":", "：")


def _a_name_then_words(stretch: str) -> bool:
    """Whether the stretch opens with a name of two capitalized words or more and goes on in
    small letters (`United Nations rules and procedures`): a phrase with a name in it. A title
    in sentence case capitalizes its first word alone (`Handbook on the management of …`), or
    a name and its head before a preposition (`United Nations Handbook on …`)."""
    found = _NAME_THEN_WORDS.match(stretch)
    # (`United Nations Handbook on practical …`: a title's head and the preposition after it)
    return found is not None and found.group("next") not in _TITLE_PREPOSITIONS


def _left_in_the_source(word: str, source_lang: str, lang: str) -> bool:
    """A word of the source's language, not the translation's: in Russian, Arabic and Chinese
    any common word of it in its letters (`due` of `due diligence`, which _foreign_word leaves
    as too short to tell in French or Spanish); elsewhere _foreign_word's."""
    if lang in _OWN_LETTERS:
        return word.isascii() and not word.isupper() and len(word) >= 2 and zipf(word.lower(), source_lang) >= _COMMON_SOURCE_ZIPF
    return _foreign_word(word.lower(), source_lang, lang)


def _sentence_left_in_the_source(ctx: EntryContext) -> Iterator[Finding]:
    """A sentence of a translation of several that is one of its source's, word for word (a
    paragraph translated but for one sentence): the rest differing, nothing else said so, and
    the NUM checks blamed its numbers and dates, read in the wrong language."""
    target = _sentences(ctx.msgstr, ctx.lang)
    if len(target) < 2:
        return
    openings = _sentence_openings(ctx.msgid, ctx.source_lang)
    written = _as_written(ctx.entry.msgstr, ctx.msgstr)
    for number, (start, end) in enumerate(target, start=1):
        sentence = written[start:end]
        # A copy opens as its source sentence does (a quotation, which may open otherwise, is
        # no copy here): the rest are told apart without typesetting them (a tenth of a run).
        if _opening(ctx.msgstr[start:end]) not in openings or \
                _as_typeset(ctx.msgstr[start:end]) not in _typeset_sentences(ctx.msgid, ctx.source_lang):
            continue
        plain = _prose(SYMBOL.sub(" ", URL.sub(" ", sentence)), False)
        # What UN versions keep as the original writes it is no sentence left untranslated: a
        # document symbol, a title or a name (a publication's, an organization's, a person's
        # with their country), a quotation.
        if len(re.findall(r"[^\W\d_]{2,}", plain)) < 3 or _a_title(plain) or _QUOTATION.fullmatch(sentence.strip()):
            continue
        yield ctx.finding("CONS003", f"sentence {number} of {len(target)} is the source's, word for word: left "
                          f"untranslated? ({_quoted(sentence)})", found=sentence, start=start, end=end)


# A sentence quoted whole (`"Leave no one behind."`), not one that opens with a quoted word.
_QUOTATION = re.compile(r"[\"'«“„‘].*[\"'»”’][.!?]?|[\"'«“„‘].*[.!?][\"'»”’]", re.DOTALL)
# The words of four letters or more a title or a name leaves in small letters.
_TITLE_SMALL_WORDS = frozenset("against with from into upon under over between through within without towards among "
                               "about after before during than that this their della delle degli binti bint".split())


def _a_title(text: str) -> bool:
    """Whether a text is a title or a name: each word of four letters or more capitalized (a
    hyphenated word by its first part, `Co-operation`), but those a title or a name leaves
    small (`Global Initiative against Transnational Organized Crime`, `Lucia della Robbia`);
    or a title before a colon (`Issue Paper: Smuggling of migrants by sea`). Not a sentence
    that names a body (`The Secretariat informed the Working Group`)."""
    head, colon, _ = text.partition(":")
    if colon and head.strip() and _a_title(head):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= 4]
    return bool(words) and all(word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in words)


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _as_typeset(text: str) -> str:
    """A text without what typesetting changes from one language to another: its spaces and its
    quotation marks."""
    return _SPACES.sub("", text.translate(_QUOTES))


# A source word at least this many Zipf units more common in its own language than in the
# target's is not a loanword there (`ready`: en 5.3, fr 3.3; `email`: en 4.7, fr 3.7).
_FOREIGN_ZIPF_GAP = 1.5
_COMMON_SOURCE_ZIPF = 3.5


def _names(text: str, words: list[str], source_lang: str, lang: str) -> bool:
    """Whether the text is a person's name with their country, as a list of participants
    writes it (`María Fernanda Espinosa Garcés (Ecuador)`), which French and Spanish write as
    the source does: every word capitalized, none a common word of the source language (a
    title in capitals, `Adoption Of The Agenda`, `Final Report (Draft)`, is no name). Russian,
    Arabic and Chinese spell names in their own letters: a copy there is untranslated."""
    if lang in _OWN_LETTERS or not _NAME_WITH_COUNTRY.fullmatch(text.strip()):
        return False
    return all(word[0].isupper() for word in words) and all(len(word) < 3 or zipf(word.lower(), source_lang) < _COMMON_IN_NAMES
                                                            for word in words)


_OWN_LETTERS = frozenset({"ar", "ru", "zh"})
_NAME_WITH_COUNTRY = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)+ \([^\W\d_][^()]*\)")
# Words of names are rarer than this in the source language (`Ecuador` 3.6, `Costa` 4.2); a
# title's are not (`Adoption` 4.2 aside, `Report` 5.3, `Final` 5.3, `Of` 7.4).
_COMMON_IN_NAMES = 4.5


def _foreign_word(word: str, source_lang: str, lang: str) -> bool:
    if len(word) < 4 or word.isupper():
        # an acronym (`OK`, `PDF`) is the same in every language; a short word may be the
        # language's abbreviation too (`May`: Spanish `may.`)
        return False
    common = zipf(word, source_lang)
    # A rare word of the source (`quintillion`) may be one of the translation's language too.
    return common >= _COMMON_SOURCE_ZIPF and zipf(word, lang) <= common - _FOREIGN_ZIPF_GAP


@register("CONS004", "same-source-different-translations", Severity.WARNING, scope="run")
def same_source(ctx: RunContext) -> Iterator[Finding]:
    """One source text is translated in different ways, within a catalog or across the
    catalogs of one language.

    What it checks: entries with the same msgid (and the same kind of segment: a table cell is
    compared with table cells) whose translations differ; each less common translation is
    reported once, where it is first used, naming the file and line of the common one. In
    catalogs of other tools, msgctxt tells meanings apart: `May` the month and `May` the verb
    are not one source. (In hexaglot's catalogs msgctxt is the segment's id, not a meaning.)
    Two translations that look alike and differ only in unseen characters (a no-break space
    and a space in `1 250`) are said to, each character named. Translations that differ only in
    the case of their first letter and their closing punctuation are one (an agenda's item
    `Прочие вопросы` and the same item in a running list, `d) прочие вопросы.`).

    Why it matters: a title repeated in the annex, or a sentence repeated across documents,
    should read the same everywhere.

    Example: `Other matters` translated `Прочие вопросы` in one entry and `Разное` in another
    gives CONS004 on the second.

    How to fix: use one translation.
    """
    for (locale, *_), variants in ctx.index.by_source.items():
        if len(variants) < 2:
            continue
        lang = language_of(locale)
        # The most used translation is taken as right; ties go to the one used first.
        common = min(variants, key=lambda text: (-variants[text].count, variants[text].place))
        where_common = variants[common].place
        for translation, use in variants.items():
            if _wording(translation) != _wording(common):
                yield ctx.finding("CONS004", lang, use.place,
                                  f"the same source is translated '{_short(common)}' in {where_common.file}:{where_common.line}"
                                  + _unseen_difference(translation, common)
                                  + (f" (this translation is used {use.count} times)" if use.count > 1 else ""),
                                  expected=(common,), found=translation)


# Closing punctuation that a segment's place decides, not its translator: an agenda's item
# (`Прочие вопросы`) and the same item as a sub-paragraph of a running list (`d) прочие
# вопросы.`, `;` before the next) differ by it and by the case of their first letter alone.
_PLACE_PUNCTUATION = ".;:,。；：，،؛"


def _wording(translation: str) -> str:
    """The translation as CONS004 compares it: the case of its first letter and its closing
    punctuation left aside (TYPO004 and TYPO007 say where those are wrong)."""
    text = translation.strip()
    if text[-1:] in _PLACE_PUNCTUATION and not text.endswith(".."):  # one mark, never an ellipsis's (`Save As...`)
        text = text[:-1].rstrip()
    return text[:1].casefold() + text[1:]


@register("CONS005", "same-translation-different-sources", Severity.INFO, scope="run")
def same_translation(ctx: RunContext) -> Iterator[Finding]:
    """One translation stands for different source texts, within a catalog or across the
    catalogs of one language.

    What it checks: entries with the same msgstr (of at least three words) and different
    msgids; the finding names the file and line of the first.

    Why it matters: either the sources say the same thing differently (then fine), or one
    translation was pasted in the wrong place.

    Example: `Утверждение доклада` for both `Adoption of the report` and `Adoption of the
    agenda` gives CONS005.

    How to fix: check that each entry translates its own source.
    """
    for (locale, translation), sources in ctx.index.by_translation.items():
        if len(sources) < 2:
            continue
        lang = language_of(locale)
        # Sources differing only in punctuation or case are one source, at its earliest place.
        earliest: dict[str, Place] = {}
        for source, place in sources.items():
            key = normal_source(source)
            if key not in earliest or place < earliest[key]:
                earliest[key] = place
        if len(earliest) < 2:
            continue
        first, *others = sorted(earliest.values())
        for place in others:
            yield ctx.finding("CONS005", lang, place, f"the same translation stands for another source in {first.file}:{first.line}",
                              found=translation)


@register("CONS006", "length-ratio", Severity.WARNING, scope="catalog")
def length_ratio(ctx: CatalogContext) -> Iterator[Finding]:
    """The translation's length, against its source's, is outside the band learnt for the
    language pair: a likely misalignment.

    What it checks: the ratio of translation to source length (for sources of 40 characters
    or more; a link, the same in every version but its language part, is not counted); the band is the catalog's own median ratio with four robust deviations either
    side, and never narrower than a factor of two and a half.

    Why it matters: a translation twice as long or half as long as its peers is usually a
    sentence aligned with the wrong one, or a part left out.

    Example: a Chinese sentence of 12 characters for an English one of 300 gives CONS006.

    How to fix: check the alignment of the entry and its neighbours.
    """
    ratios = []
    for context in ctx.entries:
        if "/link" in context.entry.segment_id:
            continue
        source, target = _compared_lengths(context.msgid, context.msgstr)
        if source >= 40 and target:
            ratios.append((context, math.log(target / source)))
    if len(ratios) < 10:
        return
    values = [r for _, r in ratios]
    median = statistics.median(values)
    spread = statistics.median(abs(v - median) for v in values) * 1.4826
    band = max(4 * spread, math.log(2.5))
    for context, ratio in ratios:
        if abs(ratio - median) > band:
            yield context.finding(
                "CONS006",
                f"length ratio {math.exp(ratio):.2f} is outside {math.exp(median - band):.2f}–{math.exp(median + band):.2f}, "
                "the band of this catalog: a possible misalignment",
            )


@register("CONS007", "sentence-count", Severity.INFO, text_only=True)
def sentence_count(ctx: EntryContext) -> Iterator[Finding]:
    """The translation has another number of sentences than its source.

    What it checks: sentences counted by each language's splitter (the one extraction uses).

    Why it matters: a sentence lost or added shows in no other check; a merge or a split can
    be right, hence info.

    Example: a two-sentence source translated in one sentence gives CONS007.

    How to fix: check that nothing was left out.
    """
    if not ctx.msgid.strip():
        return  # `pgettext("ctx", "")`: no source to count against
    source = len(_sentences(ctx.msgid, ctx.source_lang))
    target = len(_sentences(ctx.msgstr, ctx.lang))
    if source != target:
        yield ctx.finding("CONS007", f"{target} sentence(s), the source {source}")


@register("CONS009", "sentence-without-partner", Severity.WARNING, scope="entry-any")
def sentence_without_partner(ctx: EntryContext) -> Iterator[Finding]:
    """A sentence of the source has nothing in the translation (left out?), or a sentence of
    the translation nothing in the source (added?).

    What it checks: the sentences of the source and of the translation (split as extraction
    splits them; a tag right after a sentence's end parts two, `saved.<br/>You can…`), where
    their numbers differ, paired by their lengths, scaled by the language
    pair's usual ratio, and their numbers (the alignment's programme, with length weighing
    more): a sentence the best pairing leaves without a partner, rather than joined with a
    neighbour or two (three sentences given as one are a merge); and of two sentences read as
    joined, one whose values (numbers, times, dates, symbols) are none of the translation's
    where the other's are all there; never a sentence whose values are all in the translation
    (`Ten of them were women.` is `…, dont 10 femmes`). The sentence is named where the lengths
    or the values tell which, and only then. Fuzzy entries too: a paragraph aligned as a whole because a version lacks a
    sentence is fuzzy, and a source that gained a sentence since the translation was made
    leaves it fuzzy.

    Why it matters: a sentence left out shows in no other check, and a reviser reading six
    versions of a long paragraph seldom sees which one lacks a sentence.

    Example: a paragraph of three sentences whose French has the first and the third gives
    CONS009 naming the source's sentence 2 of 3.

    How to fix: translate the sentence left out (or remove the one added); where two
    sentences were rightly given as one, suppress with `# hexaglot: ignore CONS009`.
    """
    entry = ctx.entry
    if entry.msgid_plural or not ctx.msgid.strip() or not ctx.msgstr.strip():
        return
    source, target = _sentences(_tags_apart(ctx.msgid), ctx.source_lang), _sentences(_tags_apart(ctx.msgstr), ctx.lang)
    if len(source) == len(target):
        return
    found = unpaired([ctx.msgid[a:b] for a, b in source], [ctx.msgstr[a:b] for a, b in target], (ctx.source_lang, ctx.lang))
    if found is None:
        return
    spans, written, text, other, guess = (
        (source, _as_written(entry.msgid, ctx.msgid), "the source", "the translation", "left out") if found.in_source
        else (target, _as_written(entry.msgstr, ctx.msgstr), "the translation", "the source", "added"))
    start, end = spans[found.places[0]]
    if found.sure:
        message = f"sentence {found.places[0] + 1} of {found.of} of {text} ({_quoted(written[start:end])}) has nothing in {other}: {guess}?"
    else:
        # Which one its lengths do not tell (a guess named the wrong sentence more often than not).
        count = len(found.places)
        message = (f"{'one' if count == 1 else count} of the {found.of} sentences of {text} {'has' if count == 1 else 'have'} "
                   f"nothing in {other}: {guess}? (their lengths do not tell which)")
    yield ctx.finding("CONS009", message, found="" if found.in_source or not found.sure else written[start:end])


# A tag or placeholder (masked) right after a sentence's end: `saved.<br/>You can…`, `account?
# <a href="…">Sign up</a>`, which Chinese splits at its `。` and `？`.
_MASKED_AFTER_AN_END = re.compile(rf"(?<=[.!?…])(\s*)({re.escape(MASK)}+)")


def _tags_apart(text: str) -> str:
    """The text with the masked tags after a sentence's end read as the space they stand for
    between two sentences (the length kept), so that the sentences are split as a reader
    sees them."""
    return _MASKED_AFTER_AN_END.sub(lambda m: m.group(1) + " " * len(m.group(2)), text) if MASK in text else text


def _as_written(raw: str, masked: str) -> str:
    """A text as written, to quote: the checks read it with its placeholders masked, which
    keeps its length, so that the offsets found in one are the other's."""
    return raw if len(raw) == len(masked) else masked


def _quoted(sentence: str, length: int = 60) -> str:
    """The opening of a sentence, quoted, for a message."""
    return f"'{sentence if len(sentence) <= length else sentence[:length].rstrip() + '…'}'"


def _opening(sentence: str) -> str:
    """A sentence's first characters as typeset nowhere (spaces and quotation marks aside)."""
    return _as_typeset(sentence[:16])[:8]


@lru_cache(maxsize=TEXTS_KEPT)
def _sentence_openings(text: str, lang: str) -> frozenset[str]:
    return frozenset(_opening(text[start:end]) for start, end in _sentences(text, lang))


@lru_cache(maxsize=TEXTS_KEPT)
def _typeset_sentences(text: str, lang: str) -> frozenset[str]:
    return frozenset(_as_typeset(text[start:end]) for start, end in _sentences(text, lang))


@lru_cache(maxsize=TEXTS_KEPT)
def _sentences(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    # The source is the same in five catalogs: split once, not five times.
    return tuple(split_sentences(text, profile(lang)))


@lru_cache(maxsize=TEXTS_KEPT)
def _compared_lengths(source: str, target: str) -> tuple[int, int]:
    # A pair met again (headings, cells, a series' standard paragraphs) is measured once.
    # A link is the same length in every version, whatever its language part (`/en/`, `/zh/`):
    # counted, a correct Chinese footnote that ends with one read as twice its length's share.
    source, target = _without_shared_latin(_without_links(source), _without_links(target))
    return len(source), len(target)


def _without_links(text: str) -> str:
    """The text without its links (value_extraction's URL) and its sites' addresses written
    without a scheme (`undocs.org/A/78/5`, `documents.un.org/…`)."""
    if "/" not in text and "www." not in text:
        return text
    return _BARE_SITE.sub("", URL.sub("", text))


_BARE_SITE = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|int|com|net|edu|gov)/[^\s<>\"“”«»（）()，。；]*")


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z ,:;'()-]{15,}[A-Za-z)]")


def _without_shared_latin(source: str, target: str) -> tuple[str, str]:
    """Both texts without the Latin-script stretches they share (an English title kept in
    every version), which would skew the length ratio of a non-Latin translation."""
    for run in set(_LATIN_RUN.findall(target)):
        if run in source:
            source, target = source.replace(run, ""), target.replace(run, "")
    return source, target


def _unseen_difference(here: str, there: str) -> str:
    """Where two translations read the same on screen and differ only in their spaces or
    invisible characters (`1 250` with a no-break space, and with a space): which character
    stands where, as the message would otherwise quote two texts that look alike."""
    def seen(text: str) -> str:
        return " ".join(read_through(text)[0].split())

    if here == there or seen(here) != seen(there):
        return ""
    at = next((i for i, (a, b) in enumerate(zip(here, there)) if a != b), min(len(here), len(there)))
    return f": they differ only in unseen characters ({_named(here[at:at + 1])} here, {_named(there[at:at + 1])} there)"


def _named(char: str) -> str:
    if not char:
        return "nothing"
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed').lower()}"


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


@register("CONS008", "another-language", Severity.ERROR, scope="catalog")
def another_language(ctx: CatalogContext) -> Iterator[Finding]:
    """The catalog's translations are plainly in another of the six languages than its own.

    What it checks: the script of the translations (Arabic, Cyrillic, Han, Latin), and for
    English, French and Spanish their most frequent words, over the catalog's translations (up
    to some 12,000 characters of them): once per catalog, where the evidence is plain (two
    hundred words at least, the catalog's own script under a fifth of them, or three times the
    common words of another Latin-script language as of its own; twenty, a program's menus,
    where not one is in the catalog's script and they are in the Arabic, Cyrillic or Han).

    Why it matters: a French version saved as `es.txt`, or a catalog whose Language header a
    tool copied from another language's, is checked as the language it claims: its terms are
    looked for in vain, and every other check reads it wrongly. Nothing else says so.

    Example: the Spanish catalog of a document whose `es.txt` holds the French text gives
    CONS008 (`the translations read as French, not Spanish`).

    How to fix: put the right version in place and extract again, or set the catalog's
    Language header to the language it is in.
    """
    if not ctx.entries or ctx.catalog.lang not in LANGUAGES:
        return
    reading = other_language((context.entry.msgstr for context in ctx.entries), ctx.catalog.lang)
    if reading is not None:
        yield ctx.header_finding(
            "CONS008", f"the translations read as {profile(reading.lang).english_name}, not "
            f"{profile(ctx.catalog.lang).english_name} ({reading.evidence}): a version or a catalog of another language?",
            found=reading.lang, expected=(ctx.catalog.lang,))


def _first_keys(keys: list[tuple[str, str]], segment_ids: bool) -> str:
    """The first three entries of `keys` as a finding names them: a segment's id (`item/2/p1`,
    where the msgctxt are extraction's: `segment_ids`), else the msgid's start, after another
    tool's context (`[menu] Open`: `menu` alone named no entry)."""
    def named(msgctxt: str, msgid: str) -> str:
        if msgctxt and (segment_ids or not msgid):
            return msgctxt
        return f"[{msgctxt}] {msgid[:40]}" if msgctxt else msgid[:40]

    return ", ".join(named(*key) for key in keys[:3]) + (", …" if len(keys) > 3 else "")


_EMPTY = "the file is empty (no header, no entry)"


def _entries(count: int) -> str:
    return "one entry is" if count == 1 else f"{count} entries are"


def _empty_beside_others(ctx: DocumentContext) -> Iterator[Finding]:
    """With no template: a catalog that holds no entry (its header alone, a save stopped after
    it, or obsolete entries alone) where the document's other versions hold some. Which of their
    entries a version should hold is not guessed, but none at all is never right."""
    held = max((len(member.catalog.entries) for member in ctx.catalogs), default=0)
    for member in ctx.catalogs:
        if member.catalog.entries or not (held or member.catalog.empty):
            continue
        but = " but obsolete ones (#~)" if member.catalog.obsolete_keys else ""
        holds = _EMPTY if member.catalog.empty else f"this catalog holds no entry{but}"
        # (An empty file is said alone too: no catalog is no header and no entry.)
        beside = f", where the document's other versions hold {held}" if held else ""
        message = (f"{holds}{beside}: nothing of it was checked; was it saved whole, or merged with its template "
                   "(msgmerge)?")
        yield Finding(code="CONS010", severity=member.severities["CONS010"], lang=member.catalog.lang,
                      file=member.catalog.path, line=member.catalog.header_line or 1, msgctxt="", msgid="",
                      message=message, found="0")


@register("CONS010", "missing-from-catalog", Severity.ERROR, scope="document")
def missing_from_catalog(ctx: DocumentContext) -> Iterator[Finding]:
    """Entries of the document's template that a catalog does not hold at all.

    What it checks: each catalog checked against the template beside it (`templates/<doc>.pot`),
    by msgctxt and msgid (a catalog another tool wrote with no msgctxt at all, by msgid): once per catalog, at its header (at its first entry where it has
    none), with how many of the template's entries it lacks and the first of them. Obsolete entries
    (`#~`) hold no translation in use and count as lacking, said as kept obsolete: a catalog
    merged with another template than the one beside it (a newer one) keeps them so.

    Why it matters: a catalog downloaded as "translated only" (Crowdin, Transifex), filtered by
    `msgattrib --translated`, or not merged since the template gained entries holds half the
    document; the checks read the half it holds, CONS001 lists no untranslated entry, as there
    is none, and the gate passed a version half of which no one translated.

    Example: a Russian catalog that keeps 44 of its template's 88 entries gives CONS010 (`44
    of the template's 88 entries are not in this catalog`).

    With no template beside the catalogs (a tree other tools wrote), a catalog that holds no
    entry, or obsolete ones alone, where the document's other versions hold some. A catalog
    file that is empty (a save that stopped before it wrote anything) whose path names its
    language is checked as such a catalog, beside other versions or not; one whose language
    nothing names is listed as not checked.

    How to fix: merge the catalog with its template (`msgmerge ru.po doc.pot`, or `hexaglot
    extract` for a document of the corpus), then translate what it adds.
    """
    if ctx.template is None or not ctx.template.entries or not ctx.template.path.endswith(".pot"):
        # (an XLIFF file's sources are its own: no template of the document's to hold it to)
        yield from _empty_beside_others(ctx)
        return
    wanted = [entry.key for entry in ctx.template.entries]
    ids = are_segment_ids([msgctxt for msgctxt, _ in wanted])
    for member in ctx.catalogs:
        held = {entry.key for entry in member.catalog.entries}
        lacking = [key for key in wanted if key not in held]
        if lacking and member.catalog.entries and not any(entry.msgctxt or entry.empty_context
                                                          for entry in member.catalog.entries):
            # A catalog another tool wrote without msgctxt, beside a template that has them:
            # its entries are the template's by their msgids (it held "88 of 88 not in it").
            msgids = {entry.msgid for entry in member.catalog.entries}
            lacking = [key for key in wanted if key[1] not in msgids]
        if not lacking:
            continue
        kept = [key for key in lacking if key in member.catalog.obsolete_keys]
        absent = [key for key in lacking if key not in member.catalog.obsolete_keys]
        are = "is" if len(lacking) == 1 else "are"
        if member.catalog.empty:  # a save that stopped before it wrote anything
            message = (f"{_EMPTY}: the template's {_entries(len(wanted))} not in it; was it saved "
                       "whole? msgmerge (or hexaglot extract) writes them again, and the translations it held are lost "
                       "unless a copy has them")
        elif not kept:
            message = (f"{len(lacking)} of the template's {len(wanted)} entries {are} not in this catalog ({_first_keys(absent, ids)}): "
                       "untranslated, and no check read them; msgmerge (or hexaglot extract) adds them")
        elif not absent:
            # Merged with another template than this one (a newer, or another document's):
            # the translations are there, out of use.
            message = (f"{len(lacking)} of the template's {len(wanted)} entries {are} kept obsolete (#~) in this catalog "
                       f"({_first_keys(kept, ids)}): their translations are not in use and no check read them; was the "
                       "catalog merged with another template than this one? msgmerge with this one brings them back")
        else:
            message = (f"{len(lacking)} of the template's {len(wanted)} entries {are} not in use in this catalog: "
                       f"{len(absent)} not in it ({_first_keys(absent, ids)}), {len(kept)} kept obsolete (#~) with a translation "
                       f"({_first_keys(kept, ids)}): no check read them; msgmerge (or hexaglot extract) brings them in")
        if member.catalog.header_line or member.entries:
            yield member.header_finding("CONS010", message, found=str(len(lacking)))
        else:
            yield Finding(code="CONS010", severity=member.severities["CONS010"], lang=member.catalog.lang,
                          file=member.catalog.path, line=1, msgctxt="", msgid="", message=message, found=str(len(lacking)))
