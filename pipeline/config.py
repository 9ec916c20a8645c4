"""Configuration: `hexaglot.toml`, or `[tool.hexaglot]` in pyproject.toml, in the working folder
or the nearest folder above it that has one, up to the repository's root (the folder with
`.git`), as git, pytest and ruff find theirs: run from `locale/`, a project's settings apply.

```toml
profile = "un-document"                        # or "software": see below
source_lang = "en"
languages = ["ar", "es", "fr", "ru", "zh"]     # catalogs of other languages are not checked
glossaries = ["glossaries/untoc-som.tbx"]
select = ["TERM", "NUM", "REF", "TYPO", "CONS"] # codes or family prefixes
ignore = ["TYPO007"]
fail_on = "error"
scheduler = "tcp://scheduler:8786"              # optional: check on a Dask cluster
accelerators = ["_"]                           # keyboard accelerator markers (FMT007)
[severity]
TYPO004 = "info"
```

Command-line options win over the file. A key or a code the file names that hexaglot does not
know is an error, not something silently ignored.

A profile sets the defaults for a kind of text. `un-document` (the default) checks everything
against the UN glossary. `software` is for an application's catalogs: the checks of UN document
conventions are left out (PROFILES below says which, and why); a code `select` names is checked
even so. A profile never drops the glossary: `--no-glossary` stays the only way to check
without one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.checks import all_codes, known_codes
from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file
from pipeline.lang.locales import version_language
from pipeline.model import LANGUAGES, Severity

_KEYS = {"profile", "source_lang", "languages", "glossaries", "select", "ignore", "fail_on", "severity", "scheduler",
         "accelerators"}


@dataclass(frozen=True)
class Profile:
    ignore: tuple[str, ...] = ()  # checks left out unless `select` names them


PROFILES = {
    "un-document": Profile(),
    "software": Profile(
        # UN document symbols, resolution numbers and footnotes are not in an application's
        # strings; a menu item's length, sentence count and first letter are free, one
        # translation may serve two sources (`Open`, `Open…`), and product words are not in
        # a Russian dictionary.
        ignore=("REF001", "REF003", "REF004", "CONS005", "CONS006", "CONS007", "TYPO007", "TYPO008"),
    ),
}
_FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Config:
    source_lang: str = "en"
    # Whether the configuration names source_lang; else the catalogs' own X-Source-Language
    # header decides (cli.py, _declared_source_language), en where they have none.
    source_lang_given: bool = False
    languages: tuple[str, ...] = LANGUAGES
    # Whether the configuration names its languages: each is then one the run must find a
    # catalog of (left out, all six are checked where there are catalogs of them).
    languages_given: bool = False
    glossaries: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    scheduler: str | None = None  # a Dask scheduler's address
    path: Path | None = None
    profile: str = "un-document"
    accelerators: tuple[str, ...] = ()

    def ignored(self, select) -> list[str]:
        """The codes to leave out: the file's `ignore`, and the profile's but those `select`
        (the command line's or the file's) names, by code or family."""
        named = tuple(select or ())
        return [*self.ignore, *(code for code in PROFILES[self.profile].ignore if not code.startswith(named))]


def load_config(folder: Path | None = None) -> Config:
    """The configuration that applies in this folder (the working folder by default): its own,
    or the nearest above it, not past a repository's root; the defaults where there is none."""
    start = (folder or Path.cwd()).absolute()
    for place in (start, *start.parents):
        config = _config_in(place, above=place != start)
        if config is not None:
            return config
        if (place / ".git").exists():
            break
    return Config()


def _config_in(folder: Path, above: bool = False) -> Config | None:
    """The configuration a folder holds, or None. `above`: a folder above the working one,
    whose pyproject.toml may be another tool's that hexaglot cannot read (a monorepo's
    templated one): passed by unless it names [tool.hexaglot]."""
    own = folder / "hexaglot.toml"
    if own.exists() or own.is_symlink():  # a folder or a FIFO of that name is an error, said
        return _parse(_read(own), own)
    pyproject = folder / "pyproject.toml"
    if pyproject.exists() or pyproject.is_symlink():
        if above:
            try:
                if "hexaglot" not in pyproject.read_text(encoding="utf-8", errors="replace"):
                    return None
            except OSError:
                return None
        tool = _read(pyproject).get("tool", {})
        section = tool.get("hexaglot") if isinstance(tool, dict) else None
        if section is not None:
            if not isinstance(section, dict):
                # `tool.hexaglot = 5`, `[[tool.hexaglot]]`: a traceback and exit 1, the findings' code.
                what = "an array of tables ([[tool.hexaglot]])" if isinstance(section, list) else _shown(section)
                raise HexaglotInputError("E017", pyproject, f"[tool.hexaglot] must be a table of settings; it is {what}")
            return _parse(section, pyproject)
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(regular_file(path, "configuration file", "E017").read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HexaglotInputError("E017", path, f"not valid TOML: {error}") from None


def _parse(data: dict, path: Path) -> Config:
    unknown = set(data) - _KEYS
    if unknown:
        raise HexaglotInputError("E017", path, f"unknown configuration key(s): {', '.join(sorted(unknown))}")

    def invalid(message: str) -> HexaglotInputError:
        return HexaglotInputError("E017", path, message)

    def strings(key: str, what: str) -> list[str]:
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise invalid(f"'{key}' must be a {what}, for example {_EXAMPLES[key]}; it is {_shown(values)}")
        return values

    def codes(key: str) -> tuple[str, ...]:
        try:
            return known_codes(strings(key, "list of check codes"), f"'{key}'")
        except HexaglotInputError as error:
            raise invalid(error.message) from None

    severity_table = data.get("severity", {})
    if not isinstance(severity_table, dict):
        raise invalid(f"'severity' must be a table of check codes, for example [severity] TYPO004 = \"info\"; it is {_shown(severity_table)}")
    severity = {}
    for code, level in severity_table.items():
        if code.upper() not in all_codes():
            raise invalid(f"[severity] names '{code}', which is no check code")
        if level not in ("error", "warning", "info"):
            raise invalid(f"[severity] {code} = {_shown(level)}: use error, warning or info")
        severity[code.upper()] = Severity(level)
    source_lang = data.get("source_lang", "en")
    if not isinstance(source_lang, str) or source_lang not in LANGUAGES:
        raise invalid(f"'source_lang' must be a language code, one of {', '.join(LANGUAGES)}; it is {_shown(source_lang)}")
    written = data.get("languages", list(LANGUAGES))
    languages = written
    if isinstance(written, list) and all(isinstance(lang, str) for lang in written):
        # As --lang takes them: a language as catalogs' folders spell it (`ru-RU`, `zh_Hans`).
        languages = list(dict.fromkeys(version_language(lang) for lang in written))
    if not isinstance(languages, list) or not all(lang in LANGUAGES for lang in languages):
        raise invalid(f"'languages' must be a list of language codes of {', '.join(LANGUAGES)}, "
                      f"for example {_EXAMPLES['languages']}; it is {_shown(written)}")
    if not languages:
        raise invalid(f"'languages' is empty, so no language would be checked: name them, for example "
                      f"{_EXAMPLES['languages']}, or leave the key out to check every language")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in _FAIL_ON:
        raise invalid(f"'fail_on' must be error, warning, info or never; it is {_shown(fail_on)}")
    profile = data.get("profile", "un-document")
    if profile not in PROFILES:
        raise invalid(f"'profile' must be one of {', '.join(PROFILES)}; it is {_shown(profile)}")
    accelerators = strings("accelerators", "list of accelerator markers")
    if not all(marker and not marker.isalnum() and not marker.isspace() and len(marker) == 1 for marker in accelerators):
        raise invalid(f"'accelerators' must be single characters that are neither letters, digits nor spaces, "
                      f"for example {_EXAMPLES['accelerators']}; it is {_shown(accelerators)}")
    scheduler = data.get("scheduler")
    if scheduler is not None and not (isinstance(scheduler, str) and scheduler.strip()):
        raise invalid(f"'scheduler' must be a Dask scheduler's address, for example \"tcp://scheduler:8786\"; it is {_shown(scheduler)}")
    return Config(
        source_lang=source_lang,
        source_lang_given="source_lang" in data,
        languages=tuple(languages),
        languages_given="languages" in data,
        glossaries=tuple(path.parent / g for g in strings("glossaries", "list of file paths")),
        select=codes("select"),
        ignore=codes("ignore"),
        fail_on=fail_on,
        severity=severity,
        scheduler=scheduler,
        path=path,
        profile=profile,
        accelerators=tuple(accelerators),
    )


_EXAMPLES = {
    "glossaries": '["glossaries/untoc-som.tbx"]',
    "select": '["TERM", "NUM001"]',
    "ignore": '["TYPO007"]',
    "languages": '["ru", "fr"]',
    "accelerators": '["&"]',
}


def _shown(value) -> str:
    """A TOML value as a person wrote it, for messages (`5`, `"ru"`, `true`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)
