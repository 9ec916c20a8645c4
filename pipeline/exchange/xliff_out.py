"""A catalog (BilingualFile) as XLIFF 1.2, 2.0 or 2.1: what a CAT tool opens.

How each version carries a PO entry (docs/exchange.md has the table):

- identity: `(msgctxt, msgid)` is the resource name and the source. XLIFF 1.2 puts msgctxt in
  `resname` and takes it as the unit's `id` too where it is one (ids are strings there);
  XLIFF 2 puts msgctxt in the unit's `name` and needs an `id` that is an NMTOKEN, which
  `item/2/p1/s1` is not: the id is msgctxt with each character an NMTOKEN refuses made `_`
  (`item_2_p1_s1`), kept unique in the file. An entry without msgctxt has no resname / name
  and an id made from its source.
- state: untranslated has no target (1.2) or `state="initial"` and no target (2.x); fuzzy is
  `needs-review-translation` and `approved="no"` (1.2) or `initial` with a target (2.x);
  translated is `translated` (and `approved="yes"` in 1.2, which Translate Toolkit reads).
- notes: the extracted comment (`developer`), the translator comment (`translator`), the
  glossary terms found in the source (`glossary`), the template's comment where it differs
  (`developer`, about the source).
- what a translator has no use for but a round trip needs (references, flags, previous msgid,
  the digest of the translation exported): 1.2 context groups, 2.x Metadata module
  (`mda:metadata`).
- plural forms: 1.2 a group `restype="x-gettext-plurals"` of one unit per form, as Translate
  Toolkit writes it; 2.0 and 2.1 have no plurals, so the same shape: a group of
  `type="gettext:plurals"` holding one unit per form (form 0 translates msgid, the others
  msgid_plural). An entry short of the forms its Plural-Forms declares gets a unit for each
  (the missing ones empty, and said, so that one left empty is not added back).
- the catalog's header: the document symbol, the PO header's fields and comment block, as
  notes of the file (1.2 `<header>`, 2.x `<notes>`).

A character XML 1.0 cannot hold (a control character such as U+0007, which a PO string may
hold as `\\a`) is written `<cp hex="0007"/>` in XLIFF 2; XLIFF 1.2 has no way to write it, and
the export says so (E026) rather than drop it.
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline import __version__
from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualEntry, BilingualFile, entry_ids, translation_digest
from pipeline.lang.locales import language_tag

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0"
METADATA = "urn:oasis:names:tc:xliff:metadata:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
VERSIONS = ("1.2", "2.0", "2.1")

# The names both versions give the notes hexaglot writes (1.2 `from`, 2.x `category`).
DEVELOPER, TRANSLATOR, GLOSSARY = "developer", "translator", "glossary"
DOCUMENT_SYMBOL, PO_HEADER, PO_HEADER_COMMENT, TEMPLATE = ("document-symbol", "gettext-header",
                                                          "gettext-header-comment", "gettext-template")
PLURALS_12, PLURALS_2 = "x-gettext-plurals", "gettext:plurals"
# The machine data of an entry: 1.2 context types, 2.x mda:meta types.
CONTEXT_TYPES = {"msgid_plural": "x-po-msgid_plural", "forms": "x-po-forms", "flags": "x-po-flags", "previous_msgctxt": "x-po-previous-msgctxt", "previous_msgid": "x-po-previous-msgid",
                 "previous_msgid_plural": "x-po-previous-msgid_plural", "exported": "x-hexaglot-exported",
                 "exported_state": "x-hexaglot-exported-state"}
META_TYPES = {"reference": "reference", "msgid_plural": "msgid_plural", "forms": "forms", "flags": "flags", "previous_msgctxt": "previous-msgctxt",
              "previous_msgid": "previous-msgid", "previous_msgid_plural": "previous-msgid_plural",
              "exported": "exported-translation", "exported_state": "exported-state"}
FUZZY_12 = "needs-review-translation"
# What `exported_state` says of an entry's state when it was exported.
EXPORTED_FUZZY, EXPORTED_NOT_FUZZY = "fuzzy", "not-fuzzy"

# What XML 1.0 cannot hold, even escaped: the complement of its Char production
# (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`), written as the
# few characters it leaves out (the complement as written compiles in 7 ms, at every start).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# An NMTOKEN's characters, as far as an id needs them (XML's NameChar: letters, digits, `.-_:`
# and the combining marks and extenders \w covers).
_NOT_NMTOKEN = re.compile(r"[^\w.\-:]")


class _CannotWrite(Exception):
    """A text XML (or XLIFF 1.2) cannot carry; turned into E026 with the entry's place."""


def xliff_bytes(catalog: BilingualFile, version: str = "1.2") -> bytes:
    """The catalog as an XLIFF document of `version`, UTF-8, indented for review."""
    if version not in VERSIONS:
        raise ValueError(f"XLIFF version {version} is not one of {', '.join(VERSIONS)}")
    write = _Xliff12(catalog) if version == "1.2" else _Xliff2(catalog, version)
    try:
        root = write.document()
    except _CannotWrite as error:
        raise HexaglotInputError("E026", catalog.path, f"the header cannot be written as XLIFF: {error}") from None
    _indent(root, 0)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


class _Writer:
    def __init__(self, catalog: BilingualFile):
        self.catalog = catalog
        self.used_ids: set[str] = set()
        self.nplurals = catalog.plural_header()[0] or 0

    def unique(self, wanted: str) -> str:
        """`wanted`, or `wanted-2`, `wanted-3`, ...: ids are unique in the file."""
        candidate, number = wanted, 1
        while candidate in self.used_ids:
            number += 1
            candidate = f"{wanted}-{number}"
        self.used_ids.add(candidate)
        return candidate

    def header_notes(self) -> list[tuple[str, str]]:
        notes = []
        if self.catalog.symbol:
            notes.append((DOCUMENT_SYMBOL, self.catalog.symbol))
        fields = "".join(f"{key}: {value}\n" for key, value in self.catalog.metadata)
        if fields or self.catalog.metadata_fuzzy:
            notes.append((PO_HEADER, ("#, fuzzy\n" if self.catalog.metadata_fuzzy else "") + fields))
        if self.catalog.header:
            notes.append((PO_HEADER_COMMENT, self.catalog.header))
        if self.catalog.has_template:
            # The template's comments travel with the entries that differ from it: said once,
            # so that the checks know an entry without one has the template's own.
            notes.append((TEMPLATE, "source comments included"))
        return notes

    def entry_notes(self, entry: BilingualEntry) -> list[tuple[str, str, str]]:
        """(name, text, what it is about: "" for the whole entry, "source")."""
        notes = []
        if entry.comment:
            notes.append((DEVELOPER, entry.comment, ""))
        if entry.source_comment is not None and entry.source_comment != entry.comment:
            notes.append((DEVELOPER, entry.source_comment, "source"))
        if entry.tcomment:
            notes.append((TRANSLATOR, entry.tcomment, ""))
        notes.extend((GLOSSARY, note, "source") for note in entry.glossary_notes)
        return notes

    def machine_data(self, entry: BilingualEntry) -> list[tuple[str, str]]:
        data = [("reference", reference) for reference in entry.references]
        if entry.msgid_plural:
            # Said outright: the form units give it only where the language has two forms or more.
            data.append(("msgid_plural", entry.msgid_plural))
            if len(entry.plural_forms) < self.nplurals:
                # Fewer forms than the language needs (a catalog short of one): the translator
                # gets a unit for each, and a form left empty is not added back.
                data.append(("forms", str(len(entry.plural_forms))))
        if entry.flags:
            data.append(("flags", ", ".join(entry.flags)))
        for name in ("previous_msgctxt", "previous_msgid", "previous_msgid_plural"):
            value = getattr(entry, name)
            if value is not None:
                data.append((name, value))
        data.append(("exported", translation_digest(entry.forms)))
        # And its state, so that a state the catalog changed since is told from one the file's
        # translator changed (the file's state is work only where it is not what was exported).
        data.append(("exported_state", EXPORTED_FUZZY if entry.fuzzy else EXPORTED_NOT_FUZZY))
        return data

    def form_data(self, entry: BilingualEntry) -> list[tuple[str, str]]:
        """What each unit of a plural form repeats of its group's data: enough to be imported
        into its entry without the group (msgid_plural, the forms the catalog has, the digest
        of what was exported)."""
        return [(name, value) for name, value in self.machine_data(entry) if name in ("msgid_plural", "forms", "exported", "exported_state")]

    def forms(self, entry: BilingualEntry) -> list[tuple[str, str]]:
        """(source, translation) of each unit an entry becomes: one, or one per plural form."""
        if not entry.msgid_plural:
            return [(entry.msgid, entry.msgstr)]
        forms = entry.plural_forms + ("",) * max(self.nplurals - len(entry.plural_forms), 0)
        forms = forms or ("", "")
        return [(entry.msgid if index == 0 else entry.msgid_plural, text) for index, text in enumerate(forms)]

    def entry_element(self, entry: BilingualEntry):
        try:
            return self.entry(entry)
        except _CannotWrite as error:
            where = f"entry {entry.msgctxt!r}" if entry.msgctxt is not None else f"entry {entry.msgid[:40]!r}"
            raise HexaglotInputError("E026", self.catalog.path, f"{where} cannot be written as XLIFF: {error}",
                                     entry.line or None) from None


class _Xliff12(_Writer):
    def document(self):
        catalog = self.catalog
        root = etree.Element(f"{{{XLIFF_12}}}xliff", nsmap={None: XLIFF_12}, version="1.2")
        file = etree.SubElement(root, _x12("file"), original=catalog.original or catalog.path,
                                attrib={"source-language": language_tag(catalog.source_lang), "datatype": "po"})
        if catalog.target_lang:
            file.set("target-language", language_tag(catalog.target_lang))
        file.set("tool-id", "hexaglot")
        file.set(XML_SPACE, "preserve")  # a translation's spaces and line breaks are its own
        header = etree.SubElement(file, _x12("header"))
        etree.SubElement(header, _x12("tool"), attrib={"tool-id": "hexaglot", "tool-name": "hexaglot",
                                                       "tool-version": __version__})
        for name, text in self.header_notes():
            note = etree.SubElement(header, _x12("note"), attrib={"from": name})
            _text(note, text)
        body = etree.SubElement(file, _x12("body"))
        ids = entry_ids(catalog.entries)
        for entry in catalog.entries:
            self.wanted_id = ids[id(entry)]
            body.append(self.entry_element(entry))
        return root

    def entry(self, entry: BilingualEntry):
        forms = self.forms(entry)
        if not entry.msgid_plural:
            unit = self.unit(self.unique(self.wanted_id), *forms[0], entry)
            if entry.msgctxt is not None:
                unit.set("resname", entry.msgctxt)
            self.annotate(unit, entry)
            return unit
        group = etree.Element(_x12("group"), id=self.unique(self.wanted_id), restype=PLURALS_12)
        if entry.msgctxt is not None:
            group.set("resname", entry.msgctxt)
        # A group holds its context groups, then its notes, then its units (1.2's order).
        self.annotate(group, entry)
        for index, (source, text) in enumerate(forms):
            unit = self.unit(self.unique(f"{group.get('id')}[{index}]"), source, text, entry)
            if entry.msgctxt is not None:
                unit.set("resname", entry.msgctxt)
            # What the group says for the import, on each form too: a CAT tool that saves the
            # units without their group gives back forms that still say whose they are.
            information = etree.SubElement(unit, _x12("context-group"), purpose="information")
            for name, value in self.form_data(entry):
                _text(etree.SubElement(information, _x12("context"), attrib={"context-type": CONTEXT_TYPES[name]}), value)
            group.append(unit)
        return group

    def unit(self, unit_id: str, source: str, text: str, entry: BilingualEntry):
        unit = etree.Element(_x12("trans-unit"), id=unit_id)
        translated = _form_translated(entry, text)
        if translated:
            # `approved` as Translate Toolkit (and so Weblate and Pootle) reads a finished
            # translation; `state` as the other tools do.
            unit.set("approved", "no" if entry.fuzzy else "yes")
        _text(etree.SubElement(unit, _x12("source")), source)
        if translated:
            target = etree.SubElement(unit, _x12("target"), state=FUZZY_12 if entry.fuzzy else "translated")
            _text(target, text)
        return unit

    def annotate(self, element, entry: BilingualEntry) -> None:
        groups = []
        for reference in entry.references:
            path, _, line = reference.rpartition(":")
            group = etree.Element(_x12("context-group"), purpose="location")
            context = etree.SubElement(group, _x12("context"), attrib={"context-type": "sourcefile"})
            _text(context, path if line.isdigit() and path else reference)
            if line.isdigit() and path:
                _text(etree.SubElement(group, _x12("context"), attrib={"context-type": "linenumber"}), line)
            groups.append(group)
        information = [(name, value) for name, value in self.machine_data(entry) if name != "reference"]
        group = etree.Element(_x12("context-group"), purpose="information")
        for name, value in information:
            _text(etree.SubElement(group, _x12("context"), attrib={"context-type": CONTEXT_TYPES[name]}), value)
        groups.append(group)
        notes = []
        for name, text, about in self.entry_notes(entry):
            note = etree.Element(_x12("note"), attrib={"from": name})
            if about:
                note.set("annotates", about)
            _text(note, text)
            notes.append(note)
        for child in [*groups, *notes]:
            element.append(child)


def _form_translated(entry: BilingualEntry, text: str) -> bool:
    """Is this unit of the entry translated: the entry, and for a plural form, the form too (an
    empty or missing form exported as translated and approved, with an empty target, was a
    segment a CAT tool's "next unconfirmed" passes by: the form the catalog lacks was never
    asked for)."""
    return entry.translated and (bool(text) or not entry.msgid_plural)


class _Xliff2(_Writer):
    def __init__(self, catalog: BilingualFile, version: str):
        super().__init__(catalog)
        self.version = version

    def document(self):
        catalog = self.catalog
        root = etree.Element(_x2("xliff"), nsmap={None: XLIFF_2, "mda": METADATA}, version=self.version,
                             srcLang=language_tag(catalog.source_lang))
        if catalog.target_lang:
            root.set("trgLang", language_tag(catalog.target_lang))
        file = etree.SubElement(root, _x2("file"), id="f1", original=catalog.original or catalog.path)
        file.set(XML_SPACE, "preserve")
        header_notes = self.header_notes()
        if header_notes:
            notes = etree.SubElement(file, _x2("notes"))
            for name, text in header_notes:
                _text(etree.SubElement(notes, _x2("note"), category=name), text)
        ids = entry_ids(catalog.entries)
        for entry in catalog.entries:
            self.wanted_id = nmtoken(ids[id(entry)])
            file.append(self.entry_element(entry))
        if not catalog.entries:
            raise HexaglotInputError("E026", catalog.path, "the catalog has no entry, and an XLIFF 2 file must hold one")
        return root

    def entry(self, entry: BilingualEntry):
        forms = self.forms(entry)
        if not entry.msgid_plural:
            unit = etree.Element(_x2("unit"), id=self.unique(self.wanted_id))
            if entry.msgctxt is not None:
                unit.set("name", entry.msgctxt)
            self.annotate(unit, entry)
            self.segment(unit, *forms[0], entry)
            return unit
        group = etree.Element(_x2("group"), id=self.unique(self.wanted_id), type=PLURALS_2)
        if entry.msgctxt is not None:
            group.set("name", entry.msgctxt)
        self.annotate(group, entry)
        for index, (source, text) in enumerate(forms):
            unit = etree.SubElement(group, _x2("unit"), id=self.unique(f"{group.get('id')}-{index}"))
            if entry.msgctxt is not None:
                unit.set("name", entry.msgctxt)
            # As in 1.2: each form says whose it is, for a tool that drops the group.
            metadata = etree.SubElement(unit, _mda("metadata"))
            meta_group = etree.SubElement(metadata, _mda("metaGroup"), category="gettext")
            for name, value in self.form_data(entry):
                _text(etree.SubElement(meta_group, _mda("meta"), type=META_TYPES[name]), value)
            self.segment(unit, source, text, entry)
        return group

    def segment(self, unit, source: str, text: str, entry: BilingualEntry) -> None:
        # A unit is one segment: a CAT tool that splits it writes the parts back in one unit,
        # which the reader joins.
        translated = _form_translated(entry, text)
        state = "translated" if translated and not entry.fuzzy else "initial"
        segment = etree.SubElement(unit, _x2("segment"), state=state)
        _text(etree.SubElement(segment, _x2("source")), source, code_points=True)
        if translated:
            _text(etree.SubElement(segment, _x2("target")), text, code_points=True)

    def annotate(self, element, entry: BilingualEntry) -> None:
        data = self.machine_data(entry)
        metadata = etree.SubElement(element, _mda("metadata"))
        group = etree.SubElement(metadata, _mda("metaGroup"), category="gettext")
        for name, value in data:
            _text(etree.SubElement(group, _mda("meta"), type=META_TYPES[name]), value)
        notes = self.entry_notes(entry)
        if notes:
            container = etree.SubElement(element, _x2("notes"))
            for name, text, about in notes:
                note = etree.SubElement(container, _x2("note"), category=name)
                if about:
                    note.set("appliesTo", about)
                _text(note, text)


def nmtoken(text: str) -> str:
    """`text` as XLIFF 2 writes an id (an NMTOKEN: `meeting list` → `meeting_list`)."""
    return _NOT_NMTOKEN.sub("_", text) or "_"


def _text(element, text: str, code_points: bool = False) -> None:
    """Put `text` in `element`; a character XML cannot hold becomes `<cp hex>` where the
    format has it (XLIFF 2's source and target), and an error elsewhere."""
    if not _NOT_XML.search(text):
        element.text = text
        return
    if not code_points:
        bad = _NOT_XML.search(text).group(0)
        raise _CannotWrite(f"it holds U+{ord(bad):04X}, a character XML 1.0 cannot carry (XLIFF 2 writes it as <cp>: "
                           "--xliff-version 2.1)" if element.tag.startswith(f"{{{XLIFF_12}}}") else
                           f"a note holds U+{ord(bad):04X}, a character XML 1.0 cannot carry")
    pieces = _NOT_XML.split(text)
    element.text = pieces[0]
    for character, piece in zip(_NOT_XML.findall(text), pieces[1:]):
        point = etree.SubElement(element, _x2("cp"), hex=f"{ord(character):04X}")
        point.tail = piece


def _indent(element, level: int) -> None:
    """Line breaks and indentation between structural elements only: never inside a source,
    target, note or context, whose every character is text."""
    if element.text and element.text.strip() or _is_text(element):
        return
    children = list(element)
    if not children:
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in children:
        _indent(child, level + 1)
        child.tail = inner
    children[-1].tail = "\n" + "  " * level


_TEXT_ELEMENTS = {"source", "target", "note", "context", "meta", "tool"}


def _is_text(element) -> bool:
    return etree.QName(element).localname in _TEXT_ELEMENTS


def _x12(name: str) -> str:
    return f"{{{XLIFF_12}}}{name}"


def _x2(name: str) -> str:
    return f"{{{XLIFF_2}}}{name}"


def _mda(name: str) -> str:
    return f"{{{METADATA}}}{name}"
