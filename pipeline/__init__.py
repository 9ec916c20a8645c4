"""hexaglot: terminology and translation QA for the six official UN languages."""

__version__ = "0.1.0"
