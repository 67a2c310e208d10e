"""The Doc's dependency tree as plain lists, made once per Doc.

spaCy builds a new :class:`~spacy.tokens.Token` object every time a Doc is indexed or a token's
children are walked; the extractor walks each sentence's tree many times, so it reads the tokens
and each token's children from tables kept in ``doc.user_data`` instead. Shape tests that both
actor resolution and argument finding need (:func:`descriptive_participle`) live here too. The
lowest module of the extractor wing: it imports nothing from kg.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import TypeVar

from spacy.attrs import HEAD, SENT_START
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


# quotation marks, as the tokenizer leaves them
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def kept(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """What ``make(doc)`` gives, made once per Doc and kept in ``doc.user_data`` under ``key``."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = make(doc)
    return found  # type: ignore[no-any-return]


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc: the matchers walk every token several times, and
    spaCy builds a new Token object on each walk."""
    return kept(doc, "kg_tokens", list)


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's named entities, made once per Doc (``doc.ents`` builds a new Span for each on
    every read). The extractor's components run after the entity recogniser, which is the last
    to set them."""
    return kept(doc, "kg_ents", lambda d: tuple(d.ents))


def kids(token: Token) -> list[Token]:
    """The token's children in order, from a table made once per Doc (``token.children``
    makes a new Token object for every child on every walk)."""
    doc = token.doc
    table = doc.user_data.get("kg_children")  # kept() inlined: this is the extractor's commonest call
    if table is None:
        table = doc.user_data["kg_children"] = _children_table(doc)
    return table[token.i]  # type: ignore[no-any-return]


def labelled_kids(token: Token) -> list[tuple[str, Token]]:
    """The token's children in order with their dependency labels, from a table made once per
    Doc (reading ``dep_`` looks the label up in the string store on every read)."""
    doc = token.doc
    table = doc.user_data.get("kg_labelled_children")
    if table is None:
        table = doc.user_data["kg_labelled_children"] = [
            [(child.dep_, child) for child in children] for children in kids_table(doc)]
    return table[token.i]  # type: ignore[no-any-return]


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children attached by one of ``deps``."""
    return [c for dep, c in labelled_kids(token) if dep in deps]


def kids_table(doc: Doc) -> list[list[Token]]:
    """Each token's children in order, by token index."""
    return kept(doc, "kg_children", _children_table)


def _children_table(doc: Doc) -> list[list[Token]]:
    tokens = tokens_of(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    # HEAD is stored as an offset from the token: 0 for a root
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    return table


def lefts(token: Token) -> list[Token]:
    """The token's children before it."""
    return [c for c in kids(token) if c.i < token.i]


def rights(token: Token) -> list[Token]:
    """The token's children after it."""
    return [c for c in kids(token) if c.i > token.i]


def span_text(span: Span) -> str:
    """The span's text, cut from the Doc's text (``span.text`` makes every token of it, and so
    does ``doc.text``, which is why the Doc's text is joined once and kept)."""
    return kept(span.doc, "kg_text", lambda doc: doc.text)[span.start_char:span.end_char]


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, from its sentence starts read as one array (``doc.sents`` walks
    every token as a Python object)."""
    starts = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist()) if flag == 1 or i == 0]
    return [doc[start:end] for start, end in zip(starts, [*starts[1:], len(doc)])]


def release(doc: Doc) -> None:
    """Empty ``doc.user_data`` once the Doc's article is assembled: the tables :func:`kept`
    keeps there (tokens, children, spans by index) point back at the Doc, so while they are
    there only the cyclic garbage collector can free it. The ``doc._`` values kg set go too."""
    doc.user_data.clear()


def definite(noun: Token) -> bool:
    """Whether "the" makes a noun refer to one already known ("the junta", "the capital")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(noun))


def described_conjunct(name: Token) -> bool:
    """"China, Cambodia's biggest donor and investor, said ...", parsed as a list: a common noun
    with an owner, set between commas just after a name, describes that name and is no party
    joined to it."""
    first = [c for c in children(name, "conj") if c.i > name.i]
    if name.pos_ != "PROPN" or not first or first[0].pos_ != "NOUN" or not any(c.dep_ == "poss" for c in kids(first[0])):
        return False
    doc = name.doc
    start, end = first[0].left_edge.i, first[0].right_edge.i
    return doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


def descriptive_participle(verb: Token) -> Token | None:
    """For a sentence the parser rooted in a participle that only describes its subject
    ("Gunmen linked to al Qaeda kidnapped two engineers": "linked" as the root, "kidnapped" hung
    on it), the finite verb that is the sentence's real verb; None for any other verb."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBN", "VBD"} or not any(c.dep_ == "nsubj" for c in kids(verb)):
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "cc"} for c in kids(verb)):
        return None
    # a past-tense form reads as a participle only when the verb after it is hung on it loosely
    # ("Militants linked to the Islamic State attacked ..."), not joined to it by "and"
    deps = {"advcl", "conj", "ccomp", "dep"} if verb.tag_ == "VBN" else {"advcl", "dep"}
    return next((c for c in kids(verb) if c.dep_ in deps and c.i > verb.i
                 and c.tag_ in {"VBD", "VBZ"} and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in kids(c))), None)


def reduced_passive(verb: Token) -> bool:
    """"a law imposed on the city by Beijing": a participle with a "by" agent that describes
    the noun it is done to."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "agent" for c in kids(verb))


def act_places(verbs: list[Token], preps: Collection[str], *, squares: Collection[str] = ()) -> Iterator[Token]:
    """The nouns naming where an act took place, nearest first: the objects of ``preps`` on the
    verbs, on their objects and on their subjects, each followed by the place an "in" or
    "across" phrase puts it in ("outside a hotel in Kabul", "at hospitals across Nigeria").
    A public place of ``squares`` is where an act took place after any preposition, and is in
    the place its "of" phrase names ("took to the streets of Minsk")."""
    for verb in verbs:
        holders = [verb] + children(verb, "dobj", "nsubj", "nsubjpass")
        for prep in [p for h in holders for p in kids(h) if p.dep_ == "prep"]:
            for pobj in kids(prep):
                public = pobj.lemma_.lower() in squares
                if pobj.dep_ != "pobj" or not (prep.lower_ in preps or public):
                    continue
                yield pobj
                inside = {"in", "across", "throughout", "of"} if public else {"in", "across", "throughout"}
                yield from (inner for p in kids(pobj) if p.dep_ == "prep" and p.lower_ in inside
                            for inner in kids(p) if inner.dep_ == "pobj")

