"""Documents (plain text extracted from PDF, a PDF, or .docx) → structured blocks and sentences."""

from __future__ import annotations

from pathlib import Path

from pipeline.lang import profile
from pipeline.lang.presentation_forms import fold_presentation_forms
from pipeline.model import ExtractedDocument


def extract_document(path: Path, lang: str, encoding: str | None = None, shown_as: str | None = None) -> ExtractedDocument:
    """Read one language version of a document. Raises HexaglotInputError on bad input.

    `shown_as` is the path written into catalogs and messages (relative to the project).
    """
    # The readers are imported here, not with the package: checking a catalog imports
    # pipeline.extract.segment_ids, and must not pay for the Word and PDF readers (20 ms).
    from pipeline.extract.docx import read_docx_layout
    from pipeline.extract.joining import word_usage
    from pipeline.extract.layout import read_layout
    from pipeline.extract.pdf import read_pdf
    from pipeline.extract.reader import read_text
    from pipeline.extract.structure import build_document

    language = profile(lang)
    name = shown_as or str(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        layout, usage_text = read_docx_layout(path)
    else:
        # A PDF becomes the text a PDF extractor gives, which is then read as a .txt is.
        # Text copied out of a PDF holds what its fonts draw as the PDF reader does before it
        # folds them (Arabic's contextual forms, ﬁ): no term, number or search finds those.
        text, unread = read_pdf(path, language) if suffix == ".pdf" else (fold_presentation_forms(read_text(path, encoding)), [])
        layout, usage_text = read_layout(text, language), text
        layout.notes.extend(unread)
    return build_document(name, layout, language, word_usage(usage_text))
