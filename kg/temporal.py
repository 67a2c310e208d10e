"""When: date expressions resolved against the publication date (the ``kg_time_normalizer``).

Stage four of the pipeline. "on Thursday" is the Thursday of the publication week (never
after the publication date), "in April" the latest April not after it, "last month",
"two weeks ago", "in 2014" and full dates resolve with the precision the text gives (day,
month or year). Parsing of explicit and relative dates is left to ``dateparser``; the
rules here only decide which past date a bare weekday or month name means.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import logging
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.types import TimeSpan

logger = logging.getLogger(__name__)

if not Doc.has_extension("kg_pubdate"):
    Doc.set_extension("kg_pubdate", default=None)

def _span_time(span: Span) -> TimeSpan | None:
    """``span._.kg_time``: the span's date, resolved on first use and kept on the Doc."""
    memo = span.doc.user_data.setdefault("kg_times", {})
    key = (span.start, span.end)
    if key not in memo:
        try:
            memo[key] = resolve_time(span.text, span.doc._.kg_pubdate)
        except (ValueError, OverflowError) as exc:  # an impossible date in the text
            logger.debug("cannot resolve %r: %s", span.text, exc)
            memo[key] = None
    return memo[key]  # type: ignore[no-any-return]


if not Span.has_extension("kg_time"):
    Span.set_extension("kg_time", getter=_span_time)

DATES_KEY = "kg_dates"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def names_day(token: Token) -> bool:
    """Whether a token is a date's, or a weekday's within a time of day ("on Sunday night",
    which the entity recogniser labels a TIME)."""
    return token.ent_type_ == "DATE" or (token.ent_type_ == "TIME" and token.lower_ in _WEEKDAYS)


def dated(ent: Span) -> bool:
    """Whether an entity names a day or longer: a DATE, or a TIME that names its weekday."""
    return ent.label_ == "DATE" or (ent.label_ == "TIME" and any(t.lower_ in _WEEKDAYS for t in ent))
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_YEAR = re.compile(r"^(?:in |during |since |by |of |from |until )?(?:the (?:year )?)?((?:1[89]|20)\d\d)$")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "several": 3, "a few": 3, "few": 3}
_AGO = re.compile(r"^(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"a few|few|several) (?P<unit>day|week|month|year)s? ago$")
_LEAD = re.compile(r"^(?:on|in|at|during|since|by|from|until|as of|early|late|mid|earlier|later|"
                   r"the|this|of|,)\s+", re.IGNORECASE)
# Expressions that are durations or vague periods, not dates.
_NOT_A_DATE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies))\b(?! ago)"
                         r"|\brecent\b|\bformer\b|\bannual\b|\bdaily\b|\bweekly\b|\bseason\b",
                         re.IGNORECASE)


def _month_span(year: int, month: int, text: str | None = None) -> TimeSpan:
    return TimeSpan(f"{year:04d}-{month:02d}", "month", text)


def resolve_time(text: str, published: _dt.date | None) -> TimeSpan | None:
    """Resolve a date expression against the publication date; None if it names no date.

    >>> pub = _dt.date(2015, 1, 22)  # a Thursday
    >>> resolve_time("on Thursday", pub).value
    '2015-01-22'
    >>> resolve_time("Monday", pub).value
    '2015-01-19'
    >>> resolve_time("In April", pub).value
    '2014-04'
    >>> resolve_time("in December", pub).value
    '2014-12'
    >>> resolve_time("2014", pub).precision
    'year'
    >>> resolve_time("last month", pub).value
    '2014-12'
    >>> resolve_time("two weeks ago", pub).value
    '2015-01-08'
    """
    original = text
    text = re.sub(r"\s+", " ", text.strip().strip(",.;:")).strip()
    low = text.lower()
    if published is not None:
        relative = _relative_period(low, original, published)
        if relative is not None:
            return relative
    span = _range(low, original, published)
    if span is not None:
        return span
    while True:
        stripped = _LEAD.sub("", low)
        if stripped == low:
            break
        low = stripped
    if not low:
        return None
    year = _YEAR.match(low)
    if year:
        return TimeSpan(year.group(1), "year", original)
    if _BARE_NUMBER.match(low):
        return None  # a number alone names no date (an age: "Ghannouchi, 81, was arrested")
    decade = _DECADE.match(low)
    if decade:
        return _decade_span(decade.group(1), original, published)
    if published is None:
        return _absolute(low, original)
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return TimeSpan(published.isoformat(), "day", original)
    if low in {"yesterday", "last night"}:
        return TimeSpan((published - _dt.timedelta(days=1)).isoformat(), "day", original)
    for name, index in _WEEKDAYS.items():
        if low in {name, f"last {name}", f"{name} night", f"{name} morning", f"{name} evening",
                   f"{name} afternoon", f"late {name}", f"early {name}"}:
            back = (published.weekday() - index) % 7
            if low.startswith("last ") and back == 0:
                back = 7
            return TimeSpan((published - _dt.timedelta(days=back)).isoformat(), "day", original)
    month = _MONTHS.get(low) or _MONTHS.get(low.removeprefix("last "))
    if month and " " not in low.removeprefix("last "):
        year_ = published.year if month <= published.month else published.year - 1
        if low.startswith("last ") and month == published.month:
            year_ -= 1
        return _month_span(year_, month, original)
    if low in {"last month", "the previous month", "previous month"}:
        first = published.replace(day=1) - _dt.timedelta(days=1)
        return _month_span(first.year, first.month, original)
    if low in {"this month"}:
        return _month_span(published.year, published.month, original)
    if low in {"last year", "the previous year", "previous year"}:
        return TimeSpan(str(published.year - 1), "year", original)
    if low in {"this year"}:
        return TimeSpan(str(published.year), "year", original)
    if low in {"last week", "this week", "earlier this week"}:
        days = 7 if low == "last week" else 0
        monday = published - _dt.timedelta(days=published.weekday() + days)
        return TimeSpan(monday.isoformat(), "day", original) if days == 0 else TimeSpan(
            f"{monday.year:04d}-{monday.month:02d}", "month", original)
    ago = _AGO.match(low)
    if ago:
        n = int(ago["n"]) if ago["n"].isdigit() else _NUMBER_WORDS.get(ago["n"], 1)
        unit = ago["unit"]
        if unit == "day":
            return TimeSpan((published - _dt.timedelta(days=n)).isoformat(), "day", original)
        if unit == "week":
            return TimeSpan((published - _dt.timedelta(weeks=n)).isoformat(), "day", original)
        if unit == "month":
            total = published.year * 12 + published.month - 1 - n
            return _month_span(total // 12, total % 12 + 1, original)
        return TimeSpan(str(published.year - n), "year", original)
    if _NOT_A_DATE.search(low):
        return None
    return _absolute(low, original, published)


_PERIOD = re.compile(r"^(?:(?:earlier|later) )?(this|last|next|previous|the previous|the past|the coming) "
                     r"(week|month|year)$")
_IN_YEAR = re.compile(r"^(?:in |on )?(?P<when>[a-z]+\.?(?: \d{1,2})?)(?: of)? (?P<which>this|last|next|the previous|the following) year$")
_STEPS = {"this": 0, "last": -1, "previous": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1,
          "the following": 1}
_RANGE = re.compile(r"^(?:(?:from )?(.+?) (?:to|until|till|through)|between (.+?) and) (.+)$")


def _relative_period(low: str, original: str, published: _dt.date) -> TimeSpan | None:
    """"this week", "earlier this month", "next month", "last year": the period around the
    publication date, at the precision the text supports (a week as the month it starts in).

    >>> resolve_time("earlier this month", _dt.date(2015, 6, 10)).value
    '2015-06'
    >>> resolve_time("next month", _dt.date(2015, 12, 10)).value
    '2016-01'
    >>> resolve_time("November last year", _dt.date(2024, 3, 18)).value
    '2023-11'
    """
    found = _PERIOD.match(low)
    within = _IN_YEAR.match(low) if found is None else None
    if within is not None and within["when"].split()[0].rstrip(".") in _MONTHS:
        # "November last year", "March 5 of next year": that day or month of the year named
        year = published.year + _STEPS[within["which"]]
        dated = _absolute(f"{within['when']} {year}", original)
        return dated if dated is not None and dated.value.startswith(str(year)) else None
    if found is None:
        return None
    which, unit = found.groups()
    step = _STEPS[which]
    if unit == "year":
        return TimeSpan(str(published.year + step), "year", original)
    if unit == "week":
        monday = published - _dt.timedelta(days=published.weekday() - 7 * step)
        return _month_span(monday.year, monday.month, original)
    total = published.year * 12 + published.month - 1 + step
    return _month_span(total // 12, total % 12 + 1, original)


def _range(low: str, original: str, published: _dt.date | None) -> TimeSpan | None:
    """"from 2014 to 2016", "between March and May 2015": a period with a start and an end.

    >>> span = resolve_time("from 2014 to 2016", _dt.date(2017, 1, 1))
    >>> (span.value, span.end, span.precision)
    ('2014', '2016', 'year')
    """
    found = _RANGE.match(low)
    if found is None:
        return None
    first = found.group(1) or found.group(2)
    end = resolve_time(found.group(3), published)
    start = resolve_time(first, published)
    if end is not None and end.precision != "year" and not re.search(r"\d{4}", first):
        # "between March and May 2015": the start takes the end's year
        start = resolve_time(f"{first} {end.value[:4]}", published) or start
    if start is None or end is None or start.precision != end.precision or end.value < start.value:
        return None
    return TimeSpan(start.value, start.precision, original, end=end.value)


_BARE_NUMBER = re.compile(r"^\d{1,2}$")
_DECADE = re.compile(r"^'?(\d\d|(?:1[89]|20)\d0)'?s$")


def _decade_span(digits: str, original: str, published: _dt.date | None) -> TimeSpan | None:
    """"The 1980s", "the '80s": the ten years as a range of years (a two-digit decade is the
    last one of that name not after publication, or of the 1900s with no publication date)."""
    if len(digits) == 2:
        if int(digits) % 10:
            return None
        now = published.year if published is not None else 1999
        start = (now // 100) * 100 + int(digits)
        start = start - 100 if start > now else start
    else:
        start = int(digits)
    return TimeSpan(str(start), "year", original, end=str(start + 9))


def _absolute(low: str, original: str, published: _dt.date | None = None) -> TimeSpan | None:
    """Explicit dates ("22 January 2015", "April 2014", "Jan. 5") through dateparser."""
    if not re.search(r"\d", low) and not any(m in low.split() for m in _MONTHS):
        return None
    # a date with its year reads the same whatever the publication date: one cache entry
    has_year = re.search(r"\b\d{4}\b", low) is not None
    parsed = _parse_date(low, None if has_year or _MONTH_DAY.match(low) else published)
    if parsed is None:
        return None
    found, period = parsed
    if not has_year and published is not None and _MONTH_DAY.match(low):
        # "Aug. 22": read once for every article, then the latest such day not after publication
        found = _latest_not_after(found.month, found.day, published) or found
    if period == "year":
        return TimeSpan(f"{found.year:04d}", "year", original)
    if period == "month":
        return TimeSpan(f"{found.year:04d}-{found.month:02d}", "month", original)
    if period in {"day", "time"}:
        return TimeSpan(found.isoformat(), "day", original)
    return None


_MONTH_DAY = re.compile(r"^(?:[a-z]{3,9}\.? \d{1,2}|\d{1,2} [a-z]{3,9}\.?)(?:st|nd|rd|th)?$")


def _latest_not_after(month: int, day: int, published: _dt.date) -> _dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if found <= published:
            return found
    return None


@lru_cache(maxsize=8192)
def _parse_date(low: str, published: _dt.date | None) -> tuple[_dt.date, str] | None:
    """dateparser's reading of a date expression against a publication date, remembered:
    news repeats its date expressions, and building a parser costs more than the rest."""
    parser = _date_parser(published)
    try:
        data = parser.get_date_data(low)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=256)
def _date_parser(published: _dt.date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = _dt.datetime.combine(published, _dt.time(12))
    return DateDataParser(languages=["en"], settings=settings)


def period_bounds(span: TimeSpan) -> tuple[_dt.date, _dt.date]:
    """First and last day of the period a TimeSpan denotes.

    >>> period_bounds(TimeSpan("2014-02", "month"))
    (datetime.date(2014, 2, 1), datetime.date(2014, 2, 28))
    """
    start = _bounds(span.value, span.precision)[0]
    return start, _bounds(span.end or span.value, span.precision)[1]


def _bounds(value: str, precision: str) -> tuple[_dt.date, _dt.date]:
    parts = [int(p) for p in value.split("-")]
    if precision == "year":
        return _dt.date(parts[0], 1, 1), _dt.date(parts[0], 12, 31)
    if precision == "month":
        last = calendar.monthrange(parts[0], parts[1])[1]
        return _dt.date(parts[0], parts[1], 1), _dt.date(parts[0], parts[1], last)
    day = _dt.date(*parts[:3])
    return day, day


class TimeNormalizer:
    """Collects the DATE entities of a Doc, and the TIME entities that name their weekday
    ("Sunday night"), in ``doc.spans["kg_dates"]``.

    Each one's ``span._.kg_time`` is its date resolved against ``doc._.kg_pubdate``,
    computed when first asked for (most dates in a text date no event, and parsing an
    explicit date costs more than the rest of the rules together).
    """

    def __init__(self, nlp: Language, name: str = "kg_time_normalizer") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[DATES_KEY] = [ent for ent in doc.ents if dated(ent)]
        return doc

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> TimeNormalizer:
        return self


@Language.factory("kg_time_normalizer")
def make_time_normalizer(nlp: Language, name: str) -> TimeNormalizer:
    return TimeNormalizer(nlp, name)
