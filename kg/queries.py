"""Saved SPARQL queries: load a ``.rq`` by name, bind its parameters, run it.

Stage seven. Each file in ``queries/`` starts with a header of ``# key: value`` lines
(title, description, param, columns, example). Parameters are SPARQL variables whose
values are bound by the engine, never pasted into the text.
"""
from __future__ import annotations

import datetime as _dt
import difflib
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import resources, vocab
from kg.errors import (
    BAD_PARAM,
    MISSING_PARAM,
    UNKNOWN_PARAM,
    UNKNOWN_QUERY,
    OntologyError,
    QueryNotFound,
    QueryParameterError,
)
from kg.graph import mint_iri
from kg.store import KGStore, QueryResult

logger = logging.getLogger(__name__)

_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<opt>\?)?\s*\((?P<kind>\w+)\)\s*(?P<doc>.*)$")
KINDS = ("code", "class", "date", "string", "integer", "iri")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name (file stem), header fields and SPARQL text."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    examples: tuple[str, ...]
    text: str
    path: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise QueryParameterError(UNKNOWN_PARAM.format(
            name=self.name, param=name, known=", ".join(p.name for p in self.params) or "none"))


def parse_header(name: str, text: str, path: str = "") -> SavedQuery:
    """Read a query file's ``# key: value`` header.

    >>> q = parse_header("t", "# title: T\\n# param: a (code) one side\\nSELECT * WHERE { ?s ?p ?a }")
    >>> q.params[0]
    Param(name='a', kind='code', optional=False, doc='one side')
    """
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = re.match(r"#\s*([A-Za-z_]+)\s*:\s*(.*)$", stripped)
        if match:
            fields.setdefault(match.group(1).lower(), []).append(match.group(2).strip())
    params = []
    for raw in fields.get("param", []):
        m = _PARAM.match(raw)
        if not m or m["kind"] not in KINDS:
            raise QueryParameterError(f"Query '{name}': cannot read parameter line '{raw}'; "
                                      f"expected 'name (kind) text' with kind one of {', '.join(KINDS)}")
        params.append(Param(m["name"], m["kind"], bool(m["opt"]), m["doc"].strip()))
    columns = tuple(c.strip() for c in ",".join(fields.get("columns", [])).split(",") if c.strip())
    return SavedQuery(
        name=name,
        title=(fields.get("title") or [name])[0],
        description=" ".join(fields.get("description", [])),
        params=tuple(params),
        columns=columns,
        examples=tuple(fields.get("example", [])),
        text=text,
        path=path,
    )


@cache
def _all() -> dict[str, SavedQuery]:
    found: dict[str, SavedQuery] = {}
    for path in sorted(resources.queries_dir().glob("*.rq")):
        found[path.stem] = parse_header(path.stem, path.read_text(encoding="utf-8"), str(path))
    return found


def list_queries() -> list[SavedQuery]:
    """Every saved query, by name."""
    return list(_all().values())


def get(name: str) -> SavedQuery:
    """A saved query by name.

    Raises:
        QueryNotFound: no file ``queries/<name>.rq``.
    """
    queries = _all()
    if name not in queries:
        raise QueryNotFound(UNKNOWN_QUERY.format(name=name, known=", ".join(sorted(queries))))
    return queries[name]


def to_term(query: SavedQuery, param: Param, value: str) -> Any:
    """Turn a command-line value into the RDF term bound to the parameter's variable."""
    problem = None
    if param.kind in ("code", "string"):
        return Literal(value)
    if param.kind == "integer":
        try:
            return Literal(int(value))
        except ValueError:
            problem = f"expected a whole number, got '{value}'"
    elif param.kind == "date":
        try:
            return Literal(_dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            problem = f"expected a date as YYYY-MM-DD, got '{value}'"
    elif param.kind == "class":
        try:
            return URIRef(vocab.term(value))
        except OntologyError:
            known = ", ".join(sorted(vocab.event_classes())[:8])
            problem = f"'{value}' is not an event class of the ontology (e.g. {known}, ...)"
    elif param.kind == "iri":
        if re.fullmatch(r"[A-Za-z0-9._~-]+", value):  # a short form, the IRI's last part: kgr:<param>/<value>
            return mint_iri(param.name, value)
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", value):
            return URIRef(value)
        problem = f"'{value}' is not an absolute IRI"
    raise QueryParameterError(BAD_PARAM.format(param=param.name, name=query.name, problem=problem))


def bind(query: SavedQuery, values: dict[str, str]) -> dict[str, Any]:
    """Check the values against the query's parameters and turn them into RDF terms.

    Raises:
        QueryParameterError: an unknown parameter, a missing required one, or a bad value.
    """
    bound: dict[str, Any] = {}
    for key, value in values.items():
        bound[key] = to_term(query, query.param(key), value)
    for param in query.params:
        if not param.optional and param.name not in bound:
            raise QueryParameterError(MISSING_PARAM.format(name=query.name, param=param.name, doc=param.doc))
    return bound


@dataclass(frozen=True)
class ActorEntry:
    """One actor of a store as ``kg actors`` lists it."""

    iri: str
    code: str
    label: str
    kind: str | None
    sector: str | None
    part_of: str | None
    events: int


def list_actors(store: KGStore) -> list[ActorEntry]:
    """Every actor of the store (states, their bodies, organisations, persons), by code."""
    return [
        ActorEntry(iri=row["actor"], code=row["code"], label=row["label"] or row["code"], kind=row["kind"],
                   sector=row["sector"], part_of=row["part_of"], events=int(row["events"] or 0))
        for row in store.query(resources.sparql("actors")).rows
    ]


@dataclass(frozen=True)
class Resolved:
    """Parameter values with actor names read as codes, and a warning per value naming no actor."""

    values: dict[str, str]
    warnings: tuple[str, ...] = ()


def resolve_actors(query: SavedQuery, values: dict[str, str], actors: list[ActorEntry]) -> Resolved:
    """Read the values of the query's actor parameters (kind ``code``) against the store's actors.

    A code matches in any case ("pol", "POL"), a label ignoring case ("Poland", "Russia (MIL)",
    "Philip Breedlove" gives the code of whom he acts for). A value that matches nothing is
    kept as given, with a warning that names the closest codes and labels.

    >>> q = parse_header("t", "# param: a (code) one side\\nSELECT * WHERE { ?s ?p ?a }")
    >>> pol = ActorEntry("x", "POL", "Poland", "country", None, None, 3)
    >>> resolve_actors(q, {"a": "poland"}, [pol]).values
    {'a': 'POL'}
    >>> resolve_actors(q, {"a": "Polond"}, [pol]).warnings[0]
    "no actor 'Polond' in the store for parameter 'a' of query 't'; closest: POL (Poland); see `kg actors`"
    """
    names = _name_index(actors)
    resolved, warnings = dict(values), []
    for key in (p.name for p in query.params if p.kind == "code" and p.name in values):
        value = values[key]
        code = names.get(value.strip().casefold())
        if code is not None:
            resolved[key] = code
            continue
        warnings.append(f"no actor '{value}' in the store for parameter '{key}' of query '{query.name}'; "
                        f"closest: {_closest(value, actors)}; see `kg actors`")
    return Resolved(resolved, tuple(warnings))


def _name_index(actors: list[ActorEntry]) -> dict[str, str]:
    """Codes and labels, case-folded, to codes; a code wins over a label spelled the same."""
    names: dict[str, str] = {}
    for actor in actors:
        names.setdefault(actor.label.casefold(), actor.code)
    for actor in actors:
        names[actor.code.casefold()] = actor.code
    return names


def actor_code(store: KGStore, name: str) -> str:
    """The code of the actor a code (in any case) or a label names in the store.

    Raises:
        QueryParameterError: no actor of the store has that code or label (the message names
            the closest ones).
    """
    actors = list_actors(store)
    code = _name_index(actors).get(name.strip().casefold())
    if code is None:
        raise QueryParameterError(f"no actor '{name}' in the store; closest: {_closest(name, actors)}; "
                                  "see `kg actors`")
    return code


def resolve_params(store: KGStore, name: str, values: dict[str, str]) -> Resolved:
    """:func:`resolve_actors` for the saved query ``name`` against the store's actors, which
    are read only when an actor parameter is given that is not exactly one of their codes."""
    query = get(name)
    given = [values[p.name] for p in query.params if p.kind == "code" and p.name in values]
    if all(_is_code(store, value) for value in given):
        return Resolved(dict(values))  # nothing to read: each value is a code of the store
    return resolve_actors(query, values, list_actors(store))


def _is_code(store: KGStore, value: str) -> bool:
    """Whether an actor of the store has exactly this code (one index look-up)."""
    return bool(store.query(_HAS_CODE, {"code": Literal(value)}).boolean)


_HAS_CODE = f"ASK {{ ?actor <{vocab.NS}code> ?code }}"


def _closest(value: str, actors: list[ActorEntry], n: int = 3) -> str:
    """The actors whose code or label is closest to ``value``, described as ``POL (Poland)``."""
    def described(actor: ActorEntry) -> str:
        top = not actor.sector and actor.kind != "person"
        return f"{actor.code} ({actor.label})" if top else f"{actor.label} ({actor.code})"

    candidates: dict[str, str] = {}
    for actor in actors:
        candidates.setdefault(actor.label.casefold(), described(actor))
        if not actor.sector and actor.kind != "person":
            candidates[actor.code.casefold()] = described(actor)
    matches = difflib.get_close_matches(value.casefold(), list(candidates), n=n, cutoff=0.5)
    shown = list(dict.fromkeys(candidates[m] for m in matches))
    return ", ".join(shown) if shown else "none close"


def run_query(store: KGStore, name: str, params: dict[str, str] | None = None, *,
              resolve: bool = True) -> QueryResult:
    """Run the saved query ``name`` on ``store`` with ``params`` bound.

    With ``resolve``, actor parameters given as labels or in another case are read as the
    store's codes first (see :func:`resolve_actors`); a value naming no actor is logged as a
    warning and matches nothing.
    """
    query = get(name)
    if resolve:
        resolution = resolve_params(store, name, params or {})
        for warning in resolution.warnings:
            logger.warning(warning)
        params = resolution.values
    bindings = bind(query, params or {})
    logger.debug("running %s with %s", name, bindings)
    result = store.query(query.text, bindings)
    shown = [c for c in query.columns if c in result.columns]
    if shown and len(shown) == len(query.columns) and shown != result.columns:
        # parameters come back as extra columns (the engine binds only selected variables)
        result = QueryResult(shown, [{c: row.get(c) for c in shown} for row in result.rows], result.boolean)
    return result
