"""Which of the six languages a catalog is in, read from its `Language` header or its path.

Locale codes come in many spellings (`zh_Hans`, `zh-CN`, `zh_CN`, `ru_RU`, `es_AR`); CLDR's
likely subtags (Babel) tell what each means. A catalog is checked as one of the six languages
under a locale that says which variety it is:

- Simplified Chinese, however written (`zh`, `zh_Hans`, `zh_CN`, `zh-SG`), is `zh`;
  Traditional Chinese (`zh_Hant`, `zh_TW`, `zh-HK`) is not one of the six and is refused by
  name, never compared with Simplified;
- a language in its main region (`ru_RU`, `fr_FR`, `en_US`) is the language;
- another region (`es_AR`, `ar_DZ`, `fr_CA`) is checked with its language's rules but kept apart
  as its own locale, so that its catalogs are never taken for the main language's
  (two versions of one segment, or one translation inconsistent with another).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from pipeline.model import LANGUAGES

_TRADITIONAL = "Hant"
# `en_US.UTF-8`, `sr@latin`: the encoding and modifier say nothing of the language.
_SUFFIXES = re.compile(r"[.@].*$")


@dataclass(frozen=True)
class CatalogLocale:
    lang: str  # one of the six, or "" when the catalog cannot be checked
    locale: str  # the variety: "zh", "ru", "es_AR"; what was found when lang is ""
    found_in: str  # "the Language header", "the path", or "" when nothing named a language
    problem: str = ""  # why the catalog cannot be checked, for a person


def catalog_locale(header_language: str, path: Path, header: str = "the Language header",
                   path_may_differ: bool = False, path_may_name: str = "") -> CatalogLocale:
    """The language of a catalog: its header's `Language` (`header` names where it was read),
    else (no header, or `und`) what its path names (`<locale>/LC_MESSAGES/<domain>.po`,
    `po/<locale>.po`, `<locale>/<domain>.po`). A header at odds with the path is refused,
    unless `path_may_differ`, or where the path names `path_may_name` (an XLIFF file's source
    language: its name is its CAT tool's or its sender's, `L4_en.xlf` after its source
    language, a package's `en-US/` folder, and its target-language says outright what it
    holds; but `ar.mqxliff` holding Russian is at odds, as `ar.po` is)."""
    if header_language.strip() and not _undetermined(header_language.strip()):
        found = _read(header_language.strip(), header)
        if path_may_differ:
            return found
        return _at_odds_with_path(found, header_language.strip(), path, path_may_name) or found
    for candidate in _path_candidates(path):
        parsed = _parse(candidate)
        if parsed is not None:
            return _read(candidate, "the path")
    return CatalogLocale("", "", "", "its language cannot be determined: no Language header, and the path names no language")


def _at_odds_with_path(found: CatalogLocale, header: str, path: Path, may_name: str = "") -> CatalogLocale | None:
    """The header's language refused where the path names one of the six and never the
    header's (a Russian catalog whose header a tool copied from the English template), or None.
    Which of the two is right is not guessed: read as the header says, a Russian catalog was
    taken for the source and left unchecked."""
    if not found.lang:
        return None
    named = [(candidate, parsed) for candidate in _path_candidates(path)
             if (parsed := _parse(candidate)) is not None and parsed.language in LANGUAGES and parsed.language != may_name]
    # Chinese by the header, Traditional Chinese by the path (`zh_TW/` holding a catalog whose
    # header a tool copied from a `zh_CN` one): the two Chineses are not one language here.
    agrees = [(candidate, parsed) for candidate, parsed in named
              if parsed.language == found.lang and not (parsed.language == "zh" and parsed.script == _TRADITIONAL)]
    if not named or agrees:
        return None
    candidate, parsed = named[0]
    return CatalogLocale("", found.locale, found.found_in,
                         f"{'its Language header' if found.found_in == 'the Language header' else found.found_in} says '{header}' ({_parse(header).get_display_name('en')}) but its path says "
                         f"'{candidate}' ({parsed.get_display_name('en')}): which is the catalog's language is not guessed")


def names_the_language_alone(path: Path, lang: str) -> bool:
    """Whether a catalog's path names its language by the language's code alone (`fr.po`,
    `ru/LC_MESSAGES/`), not by a locale (`fr-FR.po`, `ru_RU/`)."""
    if path.parent.name == "LC_MESSAGES":
        return path.parent.parent.name.casefold() == lang
    if path.stem.casefold() == lang:  # `fr.po`, `FR.po`
        return True
    named = name_and_locale(path.stem)  # `messages.fr.po`, `app_ru.po`; not `fr-FR.po`
    return bool(named) and named[1].casefold() == lang and named[0].casefold() != lang


def _path_candidates(path: Path) -> list[str]:
    if path.parent.name == "LC_MESSAGES":
        return [path.parent.parent.name]
    named = name_and_locale(path.stem)  # `app_ru.po`, `messages.fr.po`, `messages_es_AR.po`
    return [path.stem, *([named[1]] if named else []), path.parent.name]


def _read(code: str, found_in: str) -> CatalogLocale:
    parsed = _parse(code)
    if parsed is None:
        return CatalogLocale("", code, found_in, f"'{code}' in {found_in} is not a language code")
    if parsed.language not in LANGUAGES:
        name = parsed.get_display_name("en") or code
        return CatalogLocale("", code, found_in, f"'{code}' ({name}) in {found_in} is not one of the six UN languages "
                                                 f"({', '.join(LANGUAGES)})")
    if parsed.language == "zh" and parsed.script == _TRADITIONAL:
        return CatalogLocale("", code, found_in, f"'{code}' in {found_in} is Traditional Chinese; UN Chinese is Simplified "
                                                 "(zh, zh_Hans, zh_CN), and the two are never compared")
    return CatalogLocale(parsed.language, _variety(parsed), found_in)


def names_a_locale(name: str) -> bool:
    """Whether a file or folder name is a locale code (`ru`, `zh_Hans`, `pt-BR`)."""
    return _parse(name) is not None


# A file name that is a locale code and nothing else (`ru`, `EN`, `zh-CN`, `zh_Hans`): not
# `ru.final`, which _parse would read as `ru` once it drops what follows the dot.
_VERSION_NAME = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def version_language(name: str) -> str:
    """The one of the six languages whose UN version a document file's name (its stem) says it
    is: `ru`, `EN`, `zh-CN`, `zh_Hans`, `fr_FR`; "" for any other name. A region other than the
    language's main one (`es_AR`) is a local variety, not the UN version, and Traditional
    Chinese is not UN Chinese."""
    parsed = _parse(name) if _VERSION_NAME.fullmatch(name) else None
    if parsed is None or parsed.language not in LANGUAGES or (parsed.language == "zh" and parsed.script == _TRADITIONAL):
        return ""
    return parsed.language if _variety(parsed) == parsed.language else ""


def not_a_version(name: str) -> str:
    """Why a name that spells a locale of one of the six (`zh_TW`, `zh_Hant`) names no
    language to check as that language, or "": Traditional Chinese is refused wherever it is
    met (catalog_locale), never checked as Chinese, where another region's catalogs
    (`es_AR`) are checked with their language's."""
    parsed = _parse(name) if _VERSION_NAME.fullmatch(name) else None
    if parsed is None or parsed.language not in LANGUAGES:
        return ""
    return _read(name, "--lang").problem


def named_language(name: str) -> str:
    """The one of the six languages a file's name (its stem) names in words, in any of the six
    (`Russian`, `Français`, `ruso`, `русский`, `中文`, `العربية`), as CLDR writes the names; ""
    for any other name. Such a file is not read as the version (a version is named by its
    code), but said where that version is missing."""
    return _language_names().get(name.strip().casefold(), "")


@lru_cache(maxsize=None)
def _language_names() -> dict[str, str]:
    names = {}
    for display in LANGUAGES:
        for code, written in Locale.parse(display).languages.items():
            if code in LANGUAGES:
                names[written.casefold()] = code
    names["chinese"] = names["中文"] = "zh"
    return names


def variety_language(name: str) -> str:
    """The one of the six languages a document file's name (its stem) names another variety of
    (`es_AR`, `en-GB`, `zh_TW` → es, en, zh): a file version_language does not read, said where
    its language's version is missing; "" for any other name."""
    parsed = _parse(name) if _VERSION_NAME.fullmatch(name) else None
    if parsed is None or parsed.language not in LANGUAGES or version_language(name):
        return ""
    return parsed.language


# A file named after what it holds with a language's code last, after `-`, `_`, `.` or a space:
# `app_ru.po`, `messages.fr.po`, `A_RES_77_1-EN.pdf` (the UN Digital Library's downloads),
# `Agenda_FR.docx`. Only the six languages' two-letter codes, and not where the name is itself
# a language: `es_AR` is Argentine Spanish, not a file `es` in Arabic.
# A locale as a file name ends with it: a language, then a script or a region (or both).
_TRAILING_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:_(?:[A-Za-z]{4}|[A-Za-z]{2}|\d{3})){0,2}")
_NAME_PARTS = re.compile(r"([-_. ])")


def name_and_locale(stem: str) -> tuple[str, str] | None:
    """(what the file holds, the locale as written) for a stem that ends with a locale after a
    `-`, `_`, `.` or space, or None. The longest locale CLDR knows is taken: `messages_es_AR`
    is `messages` in `es_AR`, never `messages_es` in Arabic; `django-zh_Hans` is Chinese;
    `app_tt_RU` is Tatar, not Russian; `A_RES_77_1-EN` is English."""
    parts = _NAME_PARTS.split(stem)  # words and the separators between them
    words = parts[0::2]
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        code, name = "_".join(words[-size:]), "".join(parts[:-2 * size])
        if not _TRAILING_LOCALE.fullmatch(code) or not name.strip("-_. "):
            continue
        parsed = _parse(code)
        if parsed is not None and parsed.language == words[-size].lower():
            return name, code
    return None


def name_and_language(stem: str) -> tuple[str, str] | None:
    """(what the file holds, the UN version's language) for a stem named so (`A_RES_77_1-EN`,
    `Agenda_FR`, `agenda.ru`), or None: a region's variety (`report_es_AR`) names no version."""
    found = name_and_locale(stem)
    if found is None:
        return None
    name, code = found
    lang = version_language(code)
    if not lang or version_language(name) or variety_language(name):
        return None
    return name, lang


def language_tag(locale: str) -> str:
    """A catalog's locale as a BCP 47 tag, the spelling of `xml:lang` and of XLIFF's and TMX's
    languages: `zh_Hans` → `zh-Hans`, `es_AR` → `es-AR`, `sr@latin` → `sr` (an encoding or
    modifier is no part of a tag)."""
    return _SUFFIXES.sub("", locale).replace("_", "-")


def language_of(locale: str) -> str:
    """The language of a locale this module made (`es_AR` → `es`)."""
    return locale.split("_", 1)[0]


@lru_cache(maxsize=64)
def cldr_decimal_mark(locale: str) -> str:
    """The decimal mark CLDR gives a locale this module made (`es_419`: `.`, `es`: `,`), or ""
    where it gives none."""
    parsed = _parse(locale)
    return parsed.number_symbols.get("latn", {}).get("decimal", "") if parsed is not None else ""


# BCP 47's "undetermined" (`und`, `und-Cyrl`), which tools write when they do not know the
# language: Babel's likely subtags would make it English (or guess from the script), and a
# Russian catalog so marked was taken for the English source and left unchecked.
_UNDETERMINED = "und"


def _undetermined(code: str) -> bool:
    return re.split(r"[-_.@]", code, maxsplit=1)[0].lower() == _UNDETERMINED


@lru_cache(maxsize=256)
def _parse(code: str) -> Locale | None:
    if _undetermined(code):
        return None  # names no language: said as not determined, never guessed
    text = _SUFFIXES.sub("", code)
    try:
        return Locale.parse(text, sep="-" if "-" in text else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _variety(parsed: Locale) -> str:
    """The language alone where the locale adds nothing (Simplified Chinese, the main region,
    the world: `ar_001` is Modern Standard Arabic, what the UN writes); language_REGION
    otherwise."""
    if parsed.language == "zh" or parsed.territory in (None, "001"):
        return parsed.language
    likely = get_global("likely_subtags").get(parsed.language, "")
    main_region = likely.rsplit("_", 1)[-1] if likely.count("_") >= 1 else ""
    return parsed.language if parsed.territory == main_region else f"{parsed.language}_{parsed.territory}"


# The region of each language whose usage UN texts follow, where a termbase names regions:
# Oxford English (en-GB, not en-US), Spain's Spanish, France's French; Arabic none (`ar`
# alone); every Simplified Chinese is UN Chinese (glossary_language keeps Traditional apart).
UN_REGIONS = {"en": "GB", "es": "ES", "fr": "FR", "ru": "RU", "ar": ""}


def un_variety(tag: str) -> bool:
    """Whether a language tag of one of the six names the UN's variety of it: the language
    alone (or with its script), or in the region UN texts follow (UN_REGIONS)."""
    lang = tag_language(tag)
    if lang == "zh":
        return True
    parts = [part for part in re.split(r"[-_]", tag.strip())[1:] if not re.fullmatch(r"[A-Za-z]{4}", part)]
    return not parts or (lang in UN_REGIONS and parts[0].upper() == UN_REGIONS[lang] and len(parts) == 1)


def tag_as_written(tag: str) -> str:
    """A BCP 47 tag in its usual case (`es-419`, `sr-Latn-RS`, `fr-CA`), or "" for one that is
    not a language, script and region alone (a private-use part, an extension)."""
    parts = re.split(r"[-_]", tag.strip())
    if not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]) or len(parts) > 3:
        return ""
    written = [parts[0].lower()]
    for part in parts[1:]:
        if re.fullmatch(r"[A-Za-z]{4}", part):
            written.append(part.title())
        elif re.fullmatch(r"[A-Za-z]{2}|\d{3}", part):
            written.append(part.upper())
        else:
            return ""
    return "-".join(written)


def tag_language(tag: str) -> str:
    """The language of a termbase's language tag, however the tool wrote it: BCP 47 (`en-US`,
    `zh-Hans`), POSIX (`en_US`, `ru_RU`), ISO 639-2 (`eng`, `rus`), any case; the tag itself,
    lower-cased, where it is no locale. (Read as `en_us`, a language no catalog has, the terms
    were never looked for.)"""
    tag = tag.strip()
    parsed = _parse(tag) if _VERSION_NAME.fullmatch(tag) else None
    if parsed is None:
        # A tag CLDR does not parse whole (a private use `fr-FR-x-un`, an extension, a variant
        # `fr-FR-1694acad`): its language is its first subtag.
        primary = re.split(r"[-_]", tag, maxsplit=1)[0]
        parsed = _parse(primary) if re.fullmatch(r"[A-Za-z]{2,3}", primary) else None
    return parsed.language if parsed is not None else tag.lower()


def heading_locale(heading: str) -> CatalogLocale | None:
    """The language a spreadsheet column's heading names, as a CAT tool's termbase export or a
    terminologist's list heads its language columns: a code (`ru`, `RU-ru`, `zh_Hans`) or a
    name, in English or in the language itself, perhaps with its variety in brackets
    (`Russian`, `Chinese (Simplified)`, `Spanish (Argentina)`, `русский`, `中文`). Read as a
    catalog's Language header is: `lang` is one of the six, or "" with the `problem` said (a
    variety that is not the UN version, another language). None for a heading that names no
    language (`ID`, `Definition`)."""
    code = heading_code(heading)
    return code if code is None or isinstance(code, CatalogLocale) else _read(code, f"column '{heading}'")


_LEGACY_CHINESE = {"zh-chs": "zh_Hans", "zh-cht": "zh_Hant"}


def heading_code(heading: str) -> str | CatalogLocale | None:
    """The locale code a column's heading names (`ru`, `en_US` for `English (United States)`),
    with its region as written (heading_locale reads it as a catalog's, its main region the
    language alone: `en_US` is `en`); a CatalogLocale saying what is wrong with a variety that
    names none; None for a heading that names no language."""
    text = " ".join(heading.replace("（", "(").replace("）", ")").split())
    text = _LEGACY_CHINESE.get(text.casefold().replace("_", "-"), text)  # (Windows' and Trados's `zh-CHS`, `zh-CHT`)
    if _VERSION_NAME.fullmatch(text) and _parse(text) is not None:
        return text
    named = re.fullmatch(r"(.+?)(?:\s*\((.+)\))?", text)
    # (`Русский язык`, `简体中文`, `Simplified Chinese`: names a language's own speakers or
    # Windows give it)
    language = _names("languages").get(_LANGUAGE_WORD.sub("", named.group(1).casefold())) if named else None
    if language is None:
        return None
    code = language
    if named.group(2) and named.group(2).casefold() != language.casefold():  # `Russian (ru)`: the code again
        # A region or a script by its name (`United States`, `Simplified`) or its code (`US`,
        # `Hans`); several, as Windows and Trados name a language (`Chinese (Simplified, PRC)`,
        # `Arabic (U.A.E.)`, `Spanish (Spain, International Sort)`: a sort order is no variety).
        subtags = []
        for part in named.group(2).split(","):
            detail = part.strip().casefold()
            if _SORT_ORDER.fullmatch(detail):
                continue
            dotless = detail.replace(".", "").replace(" ", "") if re.fullmatch(r"(?:[a-z]\.\s?){2,3}", detail) else detail
            subtag = (_names("scripts").get(detail) or _names("territories").get(detail) or _names("territories").get(dotless)
                      or (dotless.upper() if re.fullmatch(r"[a-z]{2}|[0-9]{3}", dotless) else None)
                      or (detail.title() if re.fullmatch(r"[a-z]{4}", detail) else None))
            if subtag is None:
                subtags = None
                break
            subtags.append(subtag)
        # A script before a region, as a locale's code has them (`zh_Hans_CN`).
        subtags = sorted(subtags, key=lambda tag: not tag.istitle()) if subtags is not None else None
        if subtags is None or (subtags and _parse("_".join([language.split("_")[0], *subtags])) is None):
            return CatalogLocale("", text, f"column '{heading}'", f"'{named.group(2)}' in column '{heading}' is not a script "
                                                                   "or region of the language")
        if subtags:
            code = "_".join([language.split("_")[0], *subtags])
    return code


# What Windows and Trados add to a language's name that names no variety of it.
_SORT_ORDER = re.compile(r"(?:international|traditional|modern|stroke|pinyin|radical/stroke|bopomofo)?\s*sort(?: order)?")
_LANGUAGE_WORD = re.compile(r"\s+язык$")


@lru_cache(maxsize=None)
def _names(table: str) -> dict[str, str]:
    """CLDR's English names of languages, scripts or regions (`table`: "languages", "scripts",
    "territories"), case-folded, to their codes (for languages, each of the six's own name
    too); read when a heading is first looked at, not at every start."""
    english = Locale("en")
    names = {name.casefold(): code for code, name in getattr(english, table).items() if "_" not in code}
    if table == "languages":
        for lang in LANGUAGES:
            names[Locale(lang).get_display_name(lang).casefold()] = lang
        # Chinese by its script, as Windows and CAT tools name it (`Simplified Chinese`, `简体中文`).
        names.update({"simplified chinese": "zh_Hans", "traditional chinese": "zh_Hant", "chinese simplified": "zh_Hans",
                      "chinese traditional": "zh_Hant", "简体中文": "zh_Hans", "繁體中文": "zh_Hant", "繁体中文": "zh_Hant"})
    elif table == "scripts":
        names.update({"simplified": "Hans", "traditional": "Hant"})  # as CAT tools write Chinese's
    elif table == "territories":
        names.update({"prc": "CN", "uae": "AE", "uk": "GB", "usa": "US",
                      # as Windows names them (CLDR: `Hong Kong SAR China`)
                      "hong kong s.a.r.": "HK", "hong kong sar": "HK", "hong kong": "HK",
                      "macao s.a.r.": "MO", "macao sar": "MO", "macao": "MO", "macau": "MO",
                      # as the UN names its Member States (its terminologists head columns so)
                      "russian federation": "RU", "united kingdom of great britain and northern ireland": "GB",
                      "united states of america": "US", "syrian arab republic": "SY", "people's republic of china": "CN",
                      "republic of korea": "KR", "viet nam": "VN", "republic of moldova": "MD", "türkiye": "TR",
                      "united republic of tanzania": "TZ", "democratic republic of the congo": "CD"})
    return names
