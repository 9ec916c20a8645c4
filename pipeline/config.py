"""Configuration: `hexaglot.toml`, or `[tool.hexaglot]` in pyproject.toml, in the working folder.

```toml
source_lang = "en"
languages = ["ar", "es", "fr", "ru", "zh"]     # catalogs of other languages are not checked
glossaries = ["glossaries/untoc-som.tbx"]
select = ["TERM", "NUM", "REF", "TYPO", "CONS"] # codes or family prefixes
ignore = ["TYPO007"]
fail_on = "error"
scheduler = "tcp://scheduler:8786"              # optional: check on a Dask cluster
[severity]
TYPO004 = "info"
```

Command-line options win over the file. A key or a code the file names that hexaglot does not
know is an error, not something silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.model import LANGUAGES, Severity

_KEYS = {"source_lang", "languages", "glossaries", "select", "ignore", "fail_on", "severity", "scheduler"}
_FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Config:
    source_lang: str = "en"
    languages: tuple[str, ...] = LANGUAGES
    glossaries: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    scheduler: str | None = None  # a Dask scheduler's address
    path: Path | None = None


def load_config(folder: Path | None = None) -> Config:
    folder = folder or Path.cwd()
    own = folder / "hexaglot.toml"
    if own.is_file():
        return _parse(_read(own), own)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        section = _read(pyproject).get("tool", {}).get("hexaglot")
        if section is not None:
            return _parse(section, pyproject)
    return Config()


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HexaglotInputError("E017", path, f"not valid TOML: {error}") from None


def _parse(data: dict, path: Path) -> Config:
    from pipeline.checks import REGISTRY, selected

    selected()
    unknown = set(data) - _KEYS
    if unknown:
        raise HexaglotInputError("E017", path, f"unknown configuration key(s): {', '.join(sorted(unknown))}")

    def codes(key: str) -> tuple[str, ...]:
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise HexaglotInputError("E017", path, f"'{key}' must be a list of check codes")
        for value in values:
            if not any(code.startswith(value.upper()) for code in REGISTRY):
                raise HexaglotInputError("E017", path, f"'{key}' names '{value}', which is no check code or family")
        return tuple(v.upper() for v in values)

    severity = {}
    for code, level in (data.get("severity") or {}).items():
        if code.upper() not in REGISTRY:
            raise HexaglotInputError("E017", path, f"[severity] names '{code}', which is no check code")
        if level not in ("error", "warning", "info"):
            raise HexaglotInputError("E017", path, f"[severity] {code} = '{level}': use error, warning or info")
        severity[code.upper()] = Severity(level)
    source_lang = data.get("source_lang", "en")
    languages = tuple(data.get("languages", LANGUAGES))
    for lang in (source_lang, *languages):
        if lang not in LANGUAGES:
            raise HexaglotInputError("E017", path, f"'{lang}' is not one of {', '.join(LANGUAGES)}")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in _FAIL_ON:
        raise HexaglotInputError("E017", path, f"fail_on = '{fail_on}': use {', '.join(_FAIL_ON)}")
    return Config(
        source_lang=source_lang,
        languages=languages,
        glossaries=tuple(path.parent / g for g in data.get("glossaries", [])),
        select=codes("select"),
        ignore=codes("ignore"),
        fail_on=fail_on,
        severity=severity,
        scheduler=data.get("scheduler"),
        path=path,
    )
