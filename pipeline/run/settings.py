"""What a run is asked to do, in a form that crosses processes and keys the cache."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.checks import CheckInfo
from pipeline.model import Severity


@dataclass(frozen=True)
class CheckSettings:
    """Everything a worker process needs to check a document, and the cache key is made of."""

    source_lang: str = "en"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severities: tuple[tuple[str, str], ...] = ()
    languages: tuple[str, ...] | None = None
    keep_report_data: bool = False
    skip_other_languages: bool = False
    accelerators: tuple[str, ...] = ()  # accelerator markers (`&`, `_`) FMT007 compares
    # The source language was named by nobody (no --source-lang, configuration or
    # X-Source-Language): English assumed, and sources that plainly read as another language
    # are refused (E045), not checked as English.
    source_lang_assumed: bool = False

    def level(self, check: CheckInfo) -> Severity:
        """The check's severity, as the configuration overrides it."""
        overrides = dict(self.severities)
        return Severity(overrides[check.code]) if check.code in overrides else check.severity
