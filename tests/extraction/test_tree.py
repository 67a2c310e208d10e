"""The Doc's tree as plain lists: the same answers as spaCy's own walks, from tables."""
from __future__ import annotations

import pytest

from kg.extraction.gazetteer import Discards
from kg.extraction.parse import lemma
from kg.extraction.tree import kids, lefts, rights, sentences, span_text

TEXTS = [
    ("Russia recalled its chief military representative to NATO in April 2014. "
     "NATO suspended military and civilian cooperation with Russia!"),
    'The minister said: "We will not retreat." Then he left for Brussels, Paris and Berlin.',
    "Talks.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_children_and_sides_are_spacys(nlp, text):
    doc = nlp(text)
    for token in doc:
        assert [c.i for c in kids(token)] == [c.i for c in token.children]
        assert [c.i for c in lefts(token)] == [c.i for c in token.lefts]
        assert [c.i for c in rights(token)] == [c.i for c in token.rights]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_and_their_text_are_spacys(nlp, text):
    doc = nlp(text)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert [span_text(s) for s in sentences(doc)] == [s.text for s in doc.sents]


def test_sentences_of_an_empty_doc(nlp):
    assert sentences(nlp("")) == []


def test_lemma_is_lower_cased_and_kept_per_word(nlp):
    doc = nlp("Moscow Expelled two diplomats. Moscow expelled more.")
    assert [lemma(t) for t in doc] == [t.lemma_.lower() for t in doc]


def test_discard_phrases_match_from_a_word_start_and_whole_words_only_where_marked():
    discards = Discards({"world cup": "sentence", "footbal": "sentence", "ski": "sentence",
                         "skiing": "sentence", "film festival": "story"}, whole_words=["ski"])
    assert discards.sentence("Saudi Arabia beat Argentina at the World Cup.")
    assert discards.sentence("The footballers arrived.")  # a prefix phrase
    assert discards.sentence("Skiing was cancelled.")
    assert not discards.sentence("The skier fell.")  # "ski" must end a word
    assert not discards.sentence("A hiccup in talks.")
    assert discards.sentence("Shown at the Film Festival.")  # story phrases count for sentences
    assert not discards.story("The footballers arrived.")
    assert discards.story("Shown at the film festival.")


def test_the_pipeline_works_out_each_words_lemma_once(monkeypatch):
    """spaCy's rule lemmatizer reads a base form's morphology on every token; kg's pipeline
    keeps each (word, part of speech, morphology) lemma, with the same lemmas as the model."""
    import spacy

    from kg import resources
    from kg.nlp import build_nlp

    nlp = build_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    calls = []
    original = type(lemmatizer).is_base_form
    monkeypatch.setattr(type(lemmatizer), "is_base_form", lambda self, token: calls.append(token.text) or original(self, token))
    text = "The minister met the minister. The minister met the minister again."
    doc = nlp(text)
    assert calls.count("minister") == 1  # four tokens, one lemma worked out
    monkeypatch.undo()
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in spacy.load(resources.model_name())(text)]
