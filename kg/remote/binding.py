"""Bound values in query text for remote stores: a ``VALUES`` block of escaped RDF terms.

A remote endpoint has no substitution API, so the bound values go into a ``VALUES`` block
written with rdflib's ``.n3()`` serialisation (escaped terms, never raw text), placed right after
the opening brace of the outermost ``WHERE``.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.graph import PREFIXES

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRI_TOKEN = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_BRACE = re.compile(r"(?:\s|#[^\n]*\n?)*\{")


def values_block(rows: Sequence[Mapping[str, Node]]) -> str:
    """A SPARQL ``VALUES`` block for the given rows of bound terms (``UNDEF`` where a row has none).

    Terms are written with rdflib's ``.n3()``, which escapes literals; IRIs are checked.

    >>> values_block([{"a": Literal('RUS" } DROP ALL #'), "b": URIRef("http://x.org/b")}])
    'VALUES (?a ?b) { ("RUS\\\\" } DROP ALL #" <http://x.org/b>) }'

    Raises:
        ValueError: a variable name or an IRI that cannot be written safely.
        TypeError: a term that cannot be bound (only IRIs and literals can).
    """
    names: list[str] = []
    for row in rows:
        for name in row:
            if name not in names:
                names.append(name)
    for name in names:
        if not _VARIABLE.fullmatch(name):
            raise ValueError(f"'{name}' is not a SPARQL variable name")
    lines = []
    for row in rows:
        lines.append("(" + " ".join(n3(row[n]) if n in row else "UNDEF" for n in names) + ")")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(lines)} }}"


def n3(term: Node) -> str:
    """An IRI or a literal written as a SPARQL term (``ValueError``/``TypeError`` when it cannot be)."""
    if isinstance(term, Literal):
        return term.n3()
    if isinstance(term, URIRef):
        if not _IRI_TOKEN.fullmatch(f"<{term}>"):
            raise ValueError(f"'{term}' cannot be written as an IRI in a query")
        return term.n3()
    raise TypeError(f"cannot bind {term!r}: only IRIs and literals can be bound to a variable")


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal that starts at ``i``."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        j = i + 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
            elif text.startswith(quote * 3, j):
                return j + 3
            else:
                j += 1
        return j
    j = i + 1
    while j < len(text) and text[j] not in (quote, "\n"):
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _keyword_at(text: str, i: int, word: str) -> bool:
    end = i + len(word)
    if text[i:end].upper() != word:
        return False
    before = text[i - 1] if i else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_:?$") and not (after.isalnum() or after in "_:-")


def scan(text: str) -> tuple[str | None, int | None]:
    """The query form, and the index just after the opening brace of the outermost WHERE group.

    Strings, IRIs and comments are skipped; a SELECT or ASK without the WHERE keyword uses its
    first top-level brace. An index of None means there is no such group.

    >>> q = 'PREFIX ex: <http://x.org/#> SELECT ("{" AS ?x) WHERE { { SELECT * WHERE { ?s ?p ?o } } }'
    >>> form, at = scan(q)
    >>> form, q[at:][:4]
    ('SELECT', ' { S')
    >>> scan("DESCRIBE <http://x.org/a>")
    ('DESCRIBE', None)
    """
    depth = 0
    form: str | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == "#":
            newline = text.find("\n", i)
            i = len(text) if newline < 0 else newline + 1
            continue
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char == "<":
            match = _IRI_TOKEN.match(text, i)
            if match:
                i = match.end()
                continue
        if char == "{":
            if depth == 0 and form in ("SELECT", "ASK"):
                return form, i + 1
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            if _keyword_at(text, i, "WHERE"):
                brace = _BRACE.match(text, i + 5)
                return form, brace.end() if brace else None
            if form is None:
                form = next((f for f in _FORMS if _keyword_at(text, i, f)), None)
        i += 1
    return form, None


def add_values(text: str, rows: Sequence[Mapping[str, Node]]) -> str:
    """The query ``text`` with the rows of bound terms joined in as a ``VALUES`` block.

    The block goes right after the opening brace of the outermost WHERE, so it binds the
    variables before the rest of the pattern, filters included; a query without a WHERE group
    gets a trailing VALUES clause.
    """
    if not rows or not any(rows):
        return text
    block = values_block(rows)
    _form, at = scan(text)
    if at is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:at]}\n  {block}\n{text[at:]}"


def with_prefixes(text: str) -> str:
    """The project prefixes declared ahead of the query, as local queries have them.

    The query's own declarations come later and win; all go on its first line, so the line
    numbers in a store's syntax error still match the query file.
    """
    return "".join(f"PREFIX {p}: <{ns}> " for p, ns in PREFIXES.items()) + text

