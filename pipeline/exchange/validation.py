"""The official schemas of what hexaglot writes, and checking a file against them, offline.

schemas/ holds the OASIS XLIFF 1.2 strict and 2.0 / 2.1 core schemas, the XLIFF 2 Metadata
module, the W3C `xml.xsd` they import and the TMX 1.4 DTD (schemas/README.md says where each
came from). The schemas' imports name `http://www.w3.org/2001/xml.xsd` or a relative
`informativeCopiesOf3rdPartySchemas/w3c/xml.xsd`: a resolver gives every one of them the local
copy and refuses anything else, so nothing is ever fetched. Export checks every file against
its schema before writing it; the tests check the same.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from pipeline.exchange.xliff_out import METADATA, XLIFF_2

SCHEMAS = Path(__file__).parent / "schemas"
_CORE = {"1.2": "xliff-core-1.2-strict.xsd", "2.0": "xliff_core_2.0.xsd", "2.1": "xliff_core_2.1.xsd"}


class _LocalOnly(etree.Resolver):
    def resolve(self, url, public_id, context):
        if url and url.rsplit("/", 1)[-1] == "xml.xsd":
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        if url and Path(url).resolve().parent == SCHEMAS.resolve():
            return None  # one of our own files, read as it is
        raise ValueError(f"a schema asked for {url}, which is not in {SCHEMAS}: refused (no network)")


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_LocalOnly())
    return parser


@lru_cache(maxsize=None)
def xliff_schema(version: str) -> etree.XMLSchema:
    """The schema an XLIFF file of `version` must satisfy: 1.2 strict, or 2.0 / 2.1 core with
    the Metadata module the writer uses."""
    if version == "1.2":
        return etree.XMLSchema(etree.parse(str(SCHEMAS / _CORE[version]), _parser()))
    # One schema importing the core and the module, so that mda:metadata is validated too
    # (the core only lets elements of other namespaces through, unchecked).
    driver = (f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
              f'<xs:import namespace="{XLIFF_2}" schemaLocation="{_CORE[version]}"/>'
              f'<xs:import namespace="{METADATA}" schemaLocation="xliff_metadata_2.0.xsd"/></xs:schema>')
    return etree.XMLSchema(etree.fromstring(driver.encode(), _parser(), base_url=str(SCHEMAS / "driver.xsd")))


@lru_cache(maxsize=None)
def tmx_dtd() -> etree.DTD:
    return etree.DTD(str(SCHEMAS / "tmx14.dtd"))


def xliff_problems(data: bytes, version: str) -> list[str]:
    """What the official schema of `version` says is wrong with an XLIFF document ([] if nothing)."""
    schema = xliff_schema(version)
    if schema.validate(etree.fromstring(data, _parser()).getroottree()):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def tmx_problems(data: bytes) -> list[str]:
    """What the TMX 1.4 DTD says is wrong with a TMX document ([] if nothing)."""
    dtd = tmx_dtd()
    if dtd.validate(etree.fromstring(data, _parser()).getroottree()):
        return []
    return [f"line {error.line}: {error.message}" for error in dtd.error_log]
