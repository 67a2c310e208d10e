from __future__ import annotations

import datetime as dt

import pytest

from kg.temporal import period_bounds, resolve_time
from kg.types import TimeSpan

PUB = dt.date(2015, 1, 22)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on Thursday", "2015-01-22", "day"),
        ("Thursday", "2015-01-22", "day"),
        ("on Monday", "2015-01-19", "day"),
        ("last Thursday", "2015-01-15", "day"),
        ("Friday", "2015-01-16", "day"),
        ("yesterday", "2015-01-21", "day"),
        ("today", "2015-01-22", "day"),
        ("In April", "2014-04", "month"),
        ("in December", "2014-12", "month"),
        ("November last year", "2014-11", "month"),
        ("in March of next year", "2016-03", "month"),
        ("Sept. 3 last year", "2014-09-03", "day"),
        ("May this year", "2015-05", "month"),
        ("January", "2015-01", "month"),
        ("in 2014", "2014", "year"),
        ("last month", "2014-12", "month"),
        ("last year", "2014", "year"),
        ("two weeks ago", "2015-01-08", "day"),
        ("three days ago", "2015-01-19", "day"),
        ("5 months ago", "2014-08", "month"),
        ("March 3, 2014", "2014-03-03", "day"),
        ("April 2014", "2014-04", "month"),
        ("22 January 2015", "2015-01-22", "day"),
    ],
)
def test_resolve_relative_and_absolute(text, value, precision):
    span = resolve_time(text, PUB)
    assert span is not None, text
    assert (span.value, span.precision) == (value, precision)


@pytest.mark.parametrize("text", ["four days", "several years", "the past decade", "recent weeks", "annual"])
def test_durations_are_not_dates(text):
    assert resolve_time(text, PUB) is None


def test_undated_article_keeps_only_absolute_dates():
    assert resolve_time("on Thursday", None) is None
    assert resolve_time("in 2014", None) == TimeSpan("2014", "year", "in 2014")


def test_period_bounds():
    assert period_bounds(TimeSpan("2014", "year")) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert period_bounds(TimeSpan("2016-02", "month"))[1] == dt.date(2016, 2, 29)
    assert period_bounds(TimeSpan("2015-01-22", "day")) == (dt.date(2015, 1, 22),) * 2


def test_time_normalizer_sets_resolved_dates(nlp):
    doc = nlp.make_doc("In April, Moscow recalled its envoy. NATO met on Thursday.")
    doc._.kg_pubdate = PUB
    doc = nlp(doc)
    found = {ent.text: ent._.kg_time.value for ent in doc.ents if ent.label_ == "DATE" and ent._.kg_time}
    assert found.get("April") == "2014-04"
    assert found.get("Thursday") == "2015-01-22"


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("tonight", "2015-01-22", "day"),
        ("this week", "2015-01", "month"),          # a week is the month it starts in
        ("earlier this week", "2015-01", "month"),
        ("last week", "2015-01", "month"),
        ("earlier this month", "2015-01", "month"),
        ("next month", "2015-02", "month"),          # for what is intended
        ("this year", "2015", "year"),
        ("on Jan. 5", "2015-01-05", "day"),
        ("Aug. 22", "2014-08-22", "day"),           # a month-day after publication is last year's
    ],
)
def test_news_date_conventions(text, value, precision):
    span = resolve_time(text, PUB)
    assert span is not None and (span.value, span.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 2014 to 2016", dt.date(2014, 1, 1), dt.date(2016, 12, 31)),
        ("between 2010 and 2012", dt.date(2010, 1, 1), dt.date(2012, 12, 31)),
        ("between March and May 2013", dt.date(2013, 3, 1), dt.date(2013, 5, 31)),
        # a decade is its ten years, not the publication day
        ("in the 1980s", dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
        ("the '90s", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    ],
)
def test_ranges_have_a_start_and_an_end(text, start, end):
    span = resolve_time(text, PUB)
    assert span is not None and period_bounds(span) == (start, end)


@pytest.mark.parametrize("text", ["81", "75", "12"])
def test_a_number_alone_is_no_date(text):
    # the tagger marks an age as a date: "Ghannouchi, 81, was arrested on Monday"
    assert resolve_time(text, PUB) is None


def test_an_age_set_off_by_commas_leaves_the_event_its_own_day(events_in):
    events = events_in("Police arrested Rached Ghannouchi, 81, at his home in Tunis on Monday evening.",
                       date=dt.date(2023, 4, 18))
    assert events and all(e.time is not None and e.time.value == "2023-04-17" for e in events), events



def test_a_year_before_a_lasting_event_the_clause_is_in_dates_it(events_in):
    # ... but a year before other nouns only says which of a thing it is ("a 1969 agreement")
    events = events_in("Turkey invaded northern Cyprus during the 1974 crisis.", date=dt.date(1994, 10, 26))
    assert events and all(e.time is not None and e.time.value == "1974" for e in events), events


def test_months_after_a_month_count_back_to_a_month(events_in):
    events = events_in("The Gambian opposition leader Ousainou Darboe was jailed by the government in July 2016, three "
                       + "months after he led a street protest in Banjul.", date=dt.date(2016, 12, 2))
    protests = [e for e in events if e.plover == "PROTEST"]
    assert protests and all(e.time is not None and e.time.value == "2016-04" for e in protests), events
