"""The six versions of a document as one TMX 1.4 translation memory: what a CAT tool loads to
reuse this session's translations in the next session of the same body.

One translation unit per segment, holding the source and every version that has a
translation (an untranslated version is left out, not written empty), in the order of the
six languages. Each unit names its document (`x-document`: the symbol) and its segment
(`x-segment`: the msgctxt, which is the segment id in hexaglot's catalogs); a version whose
entry is fuzzy (an uncertain alignment, or a source changed since) says so with
`<prop type="x-alignment">fuzzy</prop>`, so that a tool can leave it out or lower its match.

An entry with plural forms gives two units, as a memory holds one text per language: the
singular (msgid, each version's form for 1) and the plural (msgid_plural, each version's form
for 5, which `x-plural-number` names).
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline import __version__
from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualEntry, BilingualFile, entry_ids
from pipeline.lang import plural_numbers
from pipeline.lang.locales import language_tag
from pipeline.model import LANGUAGES

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PLURAL_NUMBER = 5
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def tmx_bytes(document: str, symbol: str, source_lang: str, versions: list[BilingualFile]) -> bytes:
    """The TMX of one document: `versions` are its catalogs (one per language; their msgids are
    the source), in any order."""
    versions = sorted(versions, key=lambda v: (_rank(v.target_lang), v.target_lang))
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(root, "header", creationtool="hexaglot", creationtoolversion=__version__, segtype="sentence",
                              attrib={"o-tmf": "gettext PO", "adminlang": "en", "srclang": language_tag(source_lang),
                                      "datatype": "plaintext"})
    _prop(header, "x-document", symbol or document)
    body = etree.SubElement(root, "body")
    by_key = [{_unit_key(entry): entry for entry in version.entries} for version in versions]
    order: dict[tuple[str | None, str], BilingualEntry] = {}
    for version in versions:
        for entry in version.entries:
            order.setdefault(_unit_key(entry), entry)
    ids = entry_ids(order.values())
    for key, first in order.items():
        found = [(version, entries[key]) for version, entries in zip(versions, by_key) if key in entries]
        units = [(first.msgid, 1, "")] if not first.msgid_plural else [(first.msgid, 1, "singular"),
                                                                        (first.msgid_plural, PLURAL_NUMBER, "plural")]
        for source, number, which in units:
            tu = etree.SubElement(body, "tu", srclang=language_tag(source_lang))
            if first.msgctxt:
                tu.set("tuid", ids[id(first)] + (f"#{which}" if which else ""))
            _prop(tu, "x-document", symbol or document)
            if first.msgctxt is not None:
                # `msgctxt ""` is a context, written empty: its unit is told from the one without
                _prop(tu, "x-segment", first.msgctxt)
            if which:
                _prop(tu, "x-plural-number", str(number))
            _variant(tu, source_lang, source, False, first, found[0][0].path if found else None)
            for version, entry in found:
                text = _form_for(version, entry, number)
                if text:
                    _variant(tu, version.target_lang, text, entry.fuzzy, entry, version.path)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + etree.tostring(root, encoding="UTF-8", pretty_print=True, doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">'))


def _unit_key(entry: BilingualEntry) -> tuple[str | None, str]:
    """What makes an entry one translation unit: its msgctxt and msgid, with `msgctxt ""` and
    no msgctxt two entries, as gettext and po2tmx hold them (one of the two was dropped)."""
    return entry.msgctxt, entry.msgid


def languages_held(data: bytes) -> set[str]:
    """The languages (BCP 47 tags) a TMX holds a text of: a version left untranslated gives
    no `<tuv>`, and is not in the memory."""
    return {tuv.get(XML_LANG) for tuv in etree.fromstring(data).iter("tuv")}


def _rank(lang: str) -> int:
    base = lang.replace("-", "_").split("_", 1)[0]
    return LANGUAGES.index(base) if base in LANGUAGES else len(LANGUAGES)


def _form_for(version: BilingualFile, entry: BilingualEntry, number: int) -> str:
    """The version's text for `number`: its msgstr, or the plural form its Plural-Forms gives
    that number (the first form for 1 and the second for others where it declares none)."""
    if not entry.msgid_plural:
        return entry.msgstr
    forms = entry.plural_forms
    if not forms:
        return ""
    declared, rule = version.plural_header()
    served = plural_numbers(rule, declared) if declared and rule else None
    if served:
        for index, numbers in enumerate(served):
            if number in numbers and index < len(forms):
                return forms[index]
    return forms[0] if number == 1 or len(forms) == 1 else forms[1]


def _variant(tu, lang: str, text: str, fuzzy: bool, entry: BilingualEntry, path: str | None) -> None:
    """`path`: the catalog the text is read from, which an error names."""
    bad = _NOT_XML.search(text)
    if bad:
        raise HexaglotInputError("E026", path, f"segment {entry.msgctxt or entry.msgid[:40]!r} holds U+{ord(bad.group(0)):04X}, "
                                               "a character XML 1.0 (and so TMX) cannot carry", entry.line or None)
    tuv = etree.SubElement(tu, "tuv", attrib={XML_LANG: language_tag(lang)})
    if fuzzy:
        _prop(tuv, "x-alignment", "fuzzy")
    etree.SubElement(tuv, "seg").text = text


def _prop(parent, kind: str, value: str) -> None:
    etree.SubElement(parent, "prop", type=kind).text = value
