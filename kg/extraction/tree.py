"""The Doc's dependency tree as plain lists, made once per Doc.

spaCy builds a new :class:`~spacy.tokens.Token` object every time a Doc is indexed or a token's
children are walked; the extractor walks each sentence's tree many times, so it reads the tokens
and each token's children from tables kept in ``doc.user_data`` instead. The lowest module of the
extractor wing: it imports nothing from kg.
"""
from __future__ import annotations

from spacy.attrs import HEAD, SENT_START
from spacy.tokens import Doc, Span, Token


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc: the matchers walk every token several times, and
    spaCy builds a new Token object on each walk."""
    found = doc.user_data.get("kg_tokens")
    if found is None:
        found = doc.user_data["kg_tokens"] = list(doc)
    return found  # type: ignore[no-any-return]


def kids(token: Token) -> list[Token]:
    """The token's children in order, from a table made once per Doc (``token.children``
    makes a new Token object for every child on every walk)."""
    table = token.doc.user_data.get("kg_children")
    if table is None:
        tokens = tokens_of(token.doc)
        table = [[] for _ in tokens]
        # HEAD is stored as an offset from the token: 0 for a root
        for i, offset in enumerate(token.doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                table[i + offset].append(tokens[i])
        token.doc.user_data["kg_children"] = table
    return table[token.i]  # type: ignore[no-any-return]


def lefts(token: Token) -> list[Token]:
    """The token's children before it."""
    return [c for c in kids(token) if c.i < token.i]


def rights(token: Token) -> list[Token]:
    """The token's children after it."""
    return [c for c in kids(token) if c.i > token.i]


def span_text(span: Span) -> str:
    """The span's text, cut from the Doc's text (``span.text`` makes every token of it, and so
    does ``doc.text``, which is why the Doc's text is joined once and kept)."""
    doc = span.doc
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text[span.start_char:span.end_char]  # type: ignore[no-any-return]


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, from its sentence starts read as one array (``doc.sents`` walks
    every token as a Python object)."""
    starts = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist()) if flag == 1 or i == 0]
    return [doc[start:end] for start, end in zip(starts, [*starts[1:], len(doc)])]


def release(doc: Doc) -> None:
    """Drop the tables kg keeps in ``doc.user_data`` (tokens, children, spans by index): they
    point back at the Doc, so while they are there only the cyclic garbage collector can free it."""
    doc.user_data.clear()
