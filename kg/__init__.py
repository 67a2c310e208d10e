"""kg: a knowledge-graph builder for geopolitical events.

News articles in; actor–action–actor events with time and provenance out, as an RDF graph
you can query with SPARQL, export, and explore in notebooks.

>>> import kg
>>> sorted(kg.__all__)[:3]
['Actor', 'Article', 'Event']
"""
from __future__ import annotations

from typing import Any

from kg.errors import KGError
from kg.types import Actor, Article, Event, Mention, TimeSpan

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "KGError",
    "Mention",
    "TimeSpan",
    "__version__",
    "article_graph",
    "build",
    "build_nlp",
    "extract",
    "list_queries",
    "load_articles",
    "open_store",
    "run_query",
    "validate_graph",
]

_LAZY = {
    "build": "kg.builder",
    "extract": "kg.builder",
    "load_articles": "kg.articles",
    "open_store": "kg.store",
    "validate_graph": "kg.store",
    "run_query": "kg.queries",
    "list_queries": "kg.queries",
    "article_graph": "kg.graph",
    "build_nlp": "kg.nlp",
}


def __getattr__(name: str) -> Any:
    # Heavy modules (spaCy, rdflib) load on first use, so `import kg` stays quick.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
