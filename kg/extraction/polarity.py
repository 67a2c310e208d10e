"""How favourable a word is, from VADER's sentiment lexicon (``vaderSentiment``, MIT).

Beside :mod:`kg.extraction.words` at the bottom of the extractor wing. VADER's lexicon gives
about 7,500 English words a mean valence rated by ten people on a scale from -4 (most
unfavourable) to +4; kg reads only that table, not VADER's sentence scorer. The extractor's
own evaluative word lists (``negative_evaluation`` and ``positive_evaluation`` in
``kg/data/event_frames.json``) are asked first; this gives the breadth they lack
("called the measures irresponsible", "described the sanctions as economic terrorism").

>>> valence("irresponsible") < 0, leaning("useful"), leaning("lawful")
(True, 1, 0)
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import PatternError

# a word is taken as an evaluation only when raters agreed it leans this far either way
STRONG_VALENCE = 1.0
_LEXICON = ("vaderSentiment", "vader_lexicon.txt")


@cache
def _valences() -> dict[str, float]:
    package, name = _LEXICON
    try:
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise PatternError(f"the sentiment lexicon {package}/{name} cannot be read ({exc}); "
                           "reinstall kg's dependencies with `make install`") from None
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():  # words only, not emoticons
            table[parts[0].lower()] = float(parts[1])
    return table


def valence(word: str) -> float:
    """The word's mean rated valence (-4 to +4), 0.0 for a word the lexicon lacks."""
    return _valences().get(word.lower(), 0.0)


def leaning(*forms: str) -> int:
    """-1, +1 or 0: whether the first of ``forms`` (a lemma, then the text) the lexicon
    knows is clearly unfavourable or favourable."""
    for form in forms:
        value = _valences().get(form.lower())
        if value is not None:
            return -1 if value <= -STRONG_VALENCE else 1 if value >= STRONG_VALENCE else 0
    return 0
