"""Who a noun phrase stands for: names, sectors, owners, titles, anaphors (kg.extraction.actors)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extraction import ActorResolver, load_gazetteer


def _resolve(nlp, text: str, word: str, *, date=dt.date(2015, 1, 22), before: str | None = None):
    resolver = ActorResolver(load_gazetteer(), date=date)
    if before:
        resolver.observe(nlp(before))
    doc = nlp(text)
    resolver.observe(doc)
    token = next(t for t in doc if t.text == word)
    return resolver.resolve(token)


@pytest.mark.parametrize(
    ("text", "word", "code", "sector"),
    [
        ("Moscow responded quickly.", "Moscow", "RUS", None),
        ("The Kremlin responded quickly.", "Kremlin", "RUS", None),
        ("Kiev protested.", "Kiev", "UKR", None),
        ("Kyiv protested.", "Kyiv", "UKR", None),
        ("Russia's armed forces moved.", "forces", "RUS", "MIL"),
        ("Russian troops moved.", "troops", "RUS", "MIL"),
        ("Ukraine's parliament voted.", "parliament", "UKR", "LEG"),
        ("The Foreign Ministry of China objected.", "Ministry", "CHN", None),
        ("The United States objected.", "States", "USA", None),
        ("The U.S. objected.", "U.S.", "USA", None),
        ("The North Atlantic Alliance objected.", "Alliance", "NATO", None),
    ],
)
def test_names_and_sectors(nlp, text, word, code, sector):
    actors = _resolve(nlp, text, word)
    assert actors, f"no actor for {word!r} in {text!r}"
    assert actors[0].code == code
    if sector:
        assert actors[0].sector == sector


def test_foreign_ministry_has_a_government_or_diplomatic_sector(nlp):
    [actor] = _resolve(nlp, "The Foreign Ministry of China objected.", "Ministry")
    assert actor.sector in {"GOV", "DIP"}


def test_bloc_refers_to_the_organisation_the_article_is_about(nlp):
    [actor] = _resolve(nlp, "The bloc also said it would act.", "bloc", before="NATO met in Brussels.")
    assert actor.code == "NATO"


def test_person_with_title_and_possessive(nlp):
    [actor] = _resolve(nlp, "NATO's General Philip Breedlove spoke.", "Breedlove")
    assert (actor.kind, actor.code, actor.sector) == ("person", "NATO", "MIL")


def test_apposition_gives_the_person_a_home(nlp):
    [actor] = _resolve(nlp, "He met Sergei Ivanov, Russia's defence minister.", "Ivanov")
    assert actor.code == "RUS" and actor.kind == "person"


def test_ambiguous_name_is_left_unresolved_without_context(nlp):
    assert _resolve(nlp, "Brussels objected.", "Brussels") == []


def test_ambiguous_name_resolves_from_article_context(nlp):
    [actor] = _resolve(nlp, "Brussels objected.", "Brussels", before="The European Union met.")
    assert actor.code == "EU"


def test_compound_actors(nlp):
    actors = _resolve(nlp, "Hungary and Romania agreed.", "Hungary")
    assert {a.code for a in actors} == {"HUN", "ROU"}


@pytest.mark.parametrize(("text", "marked"), [
    ("Afghan National Army soldiers clashed with Taliban fighters near Kandahar.", ["Afghan National Army", "Kandahar"]),
    ("The KANDAHAR governor resigned.", ["KANDAHAR"]),
    ("They went to kandahar by road.", []),            # a dictionary name in lower case is no name
])
def test_dictionary_names_match_only_as_proper_names(nlp, text, marked):
    doc = nlp(text)
    found = [s.text for s in doc.spans["kg_actors"]]
    assert all(m in found for m in marked) and ("kandahar" not in found)


def test_a_dated_office_from_the_dictionary_follows_the_article_date(nlp):
    before = _resolve(nlp, "Ban Ki-moon spoke in Seoul.", "Ban", date=dt.date(2005, 3, 1))
    after = _resolve(nlp, "Ban Ki-moon spoke in Seoul.", "Ban", date=dt.date(2010, 3, 1))
    assert before[0].code == "KOR" and after[0].code == "UN"


def test_the_text_places_a_person_before_the_dictionary_does(nlp):
    # the dictionary dates Diego Cordovez as Ecuador's foreign minister in 2006; here he acts for the UN
    actors = _resolve(nlp, "Rebel leaders met U.N. mediator Diego Cordovez.", "Cordovez", date=dt.date(2006, 5, 1))
    assert actors[0].kind == "person" and actors[0].code == "UN"


def test_the_rulers_names_are_not_remembered_by_the_tokenizer():
    """The tokenizer remembers a fixed number of words; the dictionaries' names must not use
    them up, or the news would be split afresh word by word. The ruler's names are split
    with remembering switched off, and the tokenizer's limit is given back afterwards."""
    import spacy
    from spacy.tokenizer import Tokenizer

    from kg.extraction import ActorRuler

    limits: list[int] = []

    class Recording(Tokenizer):
        def __call__(self, text):
            limits.append(self.max_cache_size)
            return super().__call__(text)

    nlp = spacy.blank("en")
    nlp.tokenizer = Recording(nlp.vocab, rules=nlp.tokenizer.rules, prefix_search=nlp.tokenizer.prefix_search,
                              suffix_search=nlp.tokenizer.suffix_search, infix_finditer=nlp.tokenizer.infix_finditer)
    ruler = ActorRuler(nlp)
    assert limits and set(limits) == {0}
    assert nlp.tokenizer.max_cache_size == 10_000
    ruler.add_patterns(["Ruritania"])
    assert limits[-1] == 0 and nlp.tokenizer.max_cache_size == 10_000


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Gunmen kidnapped two engineers in Bamenda on Sunday.", "Bamenda", "CMR"),
    ("Israeli tanks fired at targets in Jericho.", "Jericho", "PSE"),
])
def test_a_town_only_geonames_knows_is_its_state_where_the_parser_sees_a_place(nlp, text, word, code):
    assert [a.code for a in _resolve(nlp, text, word)] == [code]


def test_a_town_name_is_not_looked_up_where_the_parser_sees_no_place(nlp):
    assert _resolve(nlp, "Victoria Nuland met Ukrainian leaders.", "Victoria") == []


@pytest.mark.parametrize(("text", "word", "date", "code"), [
    ("Kabila accused Rwanda and Uganda of invading Congo.", "Kabila", dt.date(1998, 8, 4), "COD"),
    ("Aristide resigned on Sunday and flew into exile.", "Aristide", dt.date(2004, 2, 29), "HTI"),
])
def test_a_last_name_alone_is_the_office_holder_of_the_articles_day(nlp, text, word, date, code):
    actors = _resolve(nlp, text, word, date=date)
    assert [(a.kind, a.code) for a in actors] == [("person", code)]


@pytest.mark.parametrize(("text", "word", "date"), [
    ("Lee warned Beijing against any use of force.", "Lee", dt.date(1996, 3, 8)),  # a first name too
    ("Snegur accused Russia's 14th Army of siding with separatists.", "Army", dt.date(1992, 5, 26)),  # a word
    ("The Movement for the Self-Determination of Kabylie denied it.", "Movement", dt.date(2021, 8, 24)),
])
def test_a_word_that_may_be_something_else_is_no_office_holder(nlp, text, word, date):
    assert not [a for a in _resolve(nlp, text, word, date=date) if a.kind == "person"]


def test_a_last_name_the_story_gives_in_full_is_not_the_dictionarys_holder(nlp):
    # the dictionary knows a George McCarthy of the Cayman Islands; the story names Kevin McCarthy
    resolver = ActorResolver(load_gazetteer(), date=dt.date(2023, 4, 6))
    headline = nlp("China ends drills after Tsai meets McCarthy")
    body = nlp("President Tsai Ing-wen met U.S. House Speaker Kevin McCarthy in California.")
    resolver.read_names([headline, body])
    resolver.observe(headline)
    token = next(t for t in headline if t.text == "McCarthy")
    assert not [a for a in resolver.resolve(token) if a.code == "CYM"]
