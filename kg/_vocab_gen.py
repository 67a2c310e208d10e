"""Generate :mod:`kg.vocab` from ``ontology/kg.ttl`` (``python -m kg._vocab_gen``).

The ontology is the source of truth; the generated module gives the rest of the code a
closed list of terms and the event-class table without parsing Turtle at run time.
A test renders it again and compares, so the two cannot drift apart.
"""
from __future__ import annotations

import pprint
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from kg import resources

NS = "https://w3id.org/kg-events/ontology#"


def render(ontology: Path | None = None) -> str:
    """The text of kg/vocab.py for the given ontology file."""
    graph = Graph().parse(ontology or resources.ontology_file(), format="turtle")
    terms = sorted({str(s)[len(NS):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)})
    event = URIRef(NS + "Event")
    classes: dict[str, dict[str, object]] = {}
    for cls in graph.subjects(RDFS.subClassOf, event):
        name = str(cls)[len(NS):]

        def value(prop: str, cls: Node = cls) -> object:
            found = graph.value(cls, URIRef(NS + prop))
            if isinstance(found, Literal):
                return found.toPython()
            return str(found)[len(NS):] if found is not None else None

        goldstein = value("goldstein")
        classes[name] = {
            "label": str(graph.value(cls, RDFS.label) or name),
            "plover": str(value("ploverType")),
            "cameo": str(value("cameoCode")),
            "goldstein": float(goldstein) if goldstein is not None else 0.0,  # type: ignore[arg-type]
            "property": value("plainProperty"),
            "closed_by": value("closedBy"),
        }
    table = pprint.pformat(dict(sorted(classes.items())), width=110, sort_dicts=True)
    term_list = pprint.pformat(tuple(terms), width=110, compact=True)
    return f'''"""The kg ontology's terms, generated from ontology/kg.ttl by ``python -m kg._vocab_gen``.

Do not edit by hand: change the ontology and regenerate. The namespace is closed:
:func:`term` refuses a name the ontology does not define.
"""
from __future__ import annotations

from typing import Any

from kg.errors import UNKNOWN_TERM, OntologyError

NS = "{NS}"
DATA_NS = "https://w3id.org/kg-events/id/"

TERMS: frozenset[str] = frozenset({term_list})

EVENT_CLASSES: dict[str, dict[str, Any]] = {table}


def term(name: str) -> str:
    """The full IRI of an ontology term; raises OntologyError for an unknown name.

    >>> term("RecallRepresentative")
    'https://w3id.org/kg-events/ontology#RecallRepresentative'
    """
    if name not in TERMS:
        raise OntologyError(UNKNOWN_TERM.format(term=name))
    return NS + name


def event_classes() -> dict[str, dict[str, Any]]:
    """Event class name -> label, plover, cameo, goldstein, plain property, closing class."""
    return EVENT_CLASSES
'''


def main() -> int:
    target = Path(__file__).with_name("vocab.py")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
