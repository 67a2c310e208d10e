"""The attribute ruler's rules looked up by table give each token what spaCy's Matcher gives it."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from kg.attribute_rules import tabulate_attribute_rules
from kg.resources import model_name

# one-token rules on each attribute and operator, a later rule overriding an earlier one,
# two-token rules aimed at either token, and one that spans white space
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"LOWER": "talks", "TAG": "NN"}]], "attrs": {"MORPH": "Number=Plur", "LEMMA": "talk"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART", "LEMMA": "not"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["", "ROOT"]}, "TAG": "VBD"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]
READ = [TAG, POS, MORPH, LEMMA, DEP]


def _doc(vocab) -> Doc:
    words = ["There", "was", "talks", "n't", "gon", "na", "  ", "it", "ended", "held", "talks"]
    tags = ["EX", "VBD", "NN", "RB", "VBG", "TO", "_SP", "PRP", "VBD", "VBN", "NN"]
    heads = [1, 1, 1, 1, 1, 4, 5, 8, 1, 8, 9]
    deps = ["expl", "ROOT", "nsubj", "neg", "conj", "aux", "dep", "nsubj", "conj", "xcomp", "dobj"]
    return Doc(vocab, words=words, tags=tags, heads=heads, deps=deps)


def _ruler(nlp):
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    return ruler


def test_table_gives_what_the_matcher_gives():
    plain_nlp, fast_nlp = spacy.blank("en"), spacy.blank("en")
    plain, fast = _ruler(plain_nlp), _ruler(fast_nlp)
    assert tabulate_attribute_rules(fast) is not None
    expected, found = plain(_doc(plain_nlp.vocab)), fast(_doc(fast_nlp.vocab))
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in found] == \
        [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in expected]
    # the rules did apply: a later rule won, both two-token rules hit their token
    by_word = {t.i: t for t in found}
    assert (by_word[2].morph.get("Number"), by_word[2].lemma_) == (["Plur"], "talk")
    assert (by_word[4].lemma_, by_word[5].lemma_, by_word[1].pos_) == ("go", "to", "VERB")
    assert by_word[8].pos_ == "AUX" and by_word[9].pos_ == "VERB" and by_word[6].pos_ == "SPACE"


def test_rules_added_later_are_read():
    nlp = spacy.blank("en")
    ruler = _ruler(nlp)
    tabulate_attribute_rules(ruler)
    ruler.add_patterns([{"patterns": [[{"LOWER": "it"}]], "attrs": {"POS": "PRON"}}])
    assert ruler(_doc(nlp.vocab))[7].pos_ == "PRON"


def test_a_rule_of_another_form_leaves_the_ruler_to_the_matcher():
    nlp = spacy.blank("en")
    ruler = _ruler(nlp)
    ruler.add_patterns([{"patterns": [[{"LOWER": "it", "OP": "+"}]], "attrs": {"POS": "PRON"}}])
    assert tabulate_attribute_rules(ruler) is None
    assert "match" not in vars(ruler)
    assert ruler(_doc(nlp.vocab))[7].pos_ == "PRON"


@pytest.mark.parametrize("text", [
    "Russia recalled its ambassador to Ukraine on Monday, and there was no reply.",
    "Y'all ain't gonna believe it , c'mon.  Let's   go!\n\nThey 'd nothin' to say.",
])
def test_the_models_rules_give_the_same_tokens(nlp, text):
    """kg's pipeline tabulates the model's ruler; each token ends as the model alone makes it."""
    bare = spacy.load(model_name())
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))
    assert nlp(text).to_array(READ).tolist() == bare(text).to_array(READ).tolist()
