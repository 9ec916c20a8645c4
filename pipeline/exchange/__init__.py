"""Exchange with CAT tools: XLIFF 1.2 and 2.x in and out, a six-language TMX per document.

- bilingual.py: a catalog as exchanged (entries, notes, states, plural forms, header), free of
  any file format; catalog.py makes one from a PO file, reads an XLIFF file as a catalog,
  and merges one back into a PO file;
- xliff_out.py / xliff_in.py: that catalog as XLIFF 1.2, 2.0 or 2.1, and back;
- tmx.py: the aligned versions of a document as one TMX translation memory;
- workflow.py: export and import over catalogs (which file goes where, what is said);
- validation.py: the official schemas (schemas/, with their provenance) for checking what we
  write, with no network.

Every XML file from outside is parsed by pipeline/safe_xml.py. docs/exchange.md says how each
format carries what a PO file holds, and why the writing is ours (lxml) rather than Translate
Toolkit's.
"""
