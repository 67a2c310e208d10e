"""The shared pipeline: one per process, set aside from the garbage collector once made."""
from __future__ import annotations

import gc


def test_shared_pipeline_is_set_aside_from_the_collector(nlp):
    """Full collections must not walk the dictionaries: they are frozen once the pipeline is made."""
    from kg.nlp import shared_nlp

    assert shared_nlp() is nlp
    assert gc.get_freeze_count() > 100_000  # the dictionaries' names, entries and patterns
