"""Raw input to :class:`~kg.types.Article`: the first stage of the pipeline.

Reads ``.txt`` articles (headline, a date line, body), ``.jsonl`` records
``{"id", "date", "text", "title"?, "url"?}``, ``.html`` pages and directories of them.
Unreadable inputs are reported as :class:`~kg.types.Skipped` and never stop a batch.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kg.errors import ArticleError
from kg.types import Article, Segment, Skipped

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MAX_BYTES = 64 * 1024 * 1024  # a .txt or .html file
MAX_ARTICLE_CHARS = 1_000_000  # one article's text (spaCy's own limit per text)

# A line that links to another story rather than reporting news: "READ MORE: ...".
_LINK_LINE = re.compile(
    r"^\s*(read more|read also|also read|more|related|see also|recommended|watch|"
    r"listen|click here|sign up|subscribe|follow us)\b\s*[:>|»-]",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)(?:[/-](?P<d>[0-3]?\d))?(?:/|$|-)")
_DATE_LINE_MAX = 48
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|last updated|first published|date|dated)\b\s*(?:on|at)?\s*:?\s*",
                         re.IGNORECASE)


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")


def parse_date(text: str | None, *, month_first: bool = False, where: str | None = None) -> _dt.date | None:
    """Parse a publication date as news sites write it, or return None.

    Numeric dates are read day-first ("22/01/2015"), or month-first with ``month_first``
    ("01/22/2015"); a numeric date that reads both ways ("09/05/2023") is logged as a warning
    naming ``where`` (the article) and how it was read. ISO dates, month names, times and
    zones are understood ("22 Jan 2015 09:12 GMT").

    >>> parse_date("22/01/2015")
    datetime.date(2015, 1, 22)
    >>> parse_date("09/05/2023"), parse_date("09/05/2023", month_first=True)
    (datetime.date(2023, 5, 9), datetime.date(2023, 9, 5))
    >>> parse_date("January 22, 2015") == parse_date("2015-01-22")
    True
    >>> parse_date("no date here") is None
    True
    """
    if not text or not re.search(r"\d", text):
        return None
    text = _DATE_LABEL.sub("", text.strip())
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:[T ].*)?", text)
    if iso:
        try:
            return _dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    import dateparser

    settings: dict[str, Any] = {
        "DATE_ORDER": "MDY" if month_first else "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text[:200], languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    _warn_if_ambiguous(text, parsed.date(), month_first=month_first, where=where)
    return parsed.date()


def _warn_if_ambiguous(text: str, date: _dt.date, *, month_first: bool, where: str | None) -> None:
    numeric = _NUMERIC_DATE.match(text)
    if where is None or numeric is None or numeric[1] == numeric[2] or max(int(numeric[1]), int(numeric[2])) > 12:
        return
    if month_first:
        other = "day-first: drop --month-first (month_first=False)"
    else:
        other = "month-first: pass --month-first (month_first=True)"
    logger.warning("%s: the date '%s' reads both ways; read %s-first as %s (if it is %s)", where, numeric[0],
                   "month" if month_first else "day", date.isoformat(), other)


def date_from_url(url: str | None) -> _dt.date | None:
    """The date a news URL carries in its path, e.g. ``/2015/01/22/``.

    >>> date_from_url("https://example.org/news/2015/01/22/nato-russia")
    datetime.date(2015, 1, 22)
    """
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return _dt.date(int(match["y"]), int(match["m"]), int(match["d"] or 1))
    except ValueError:
        return None


def is_link_line(line: str) -> bool:
    """True for "READ MORE: ..."-style lines that point to other stories.

    >>> is_link_line("READ MORE: Russia recalls chief military representative to NATO")
    True
    >>> is_link_line("More troops arrived on Monday.")
    False
    """
    return bool(_LINK_LINE.match(line))


def decode_bytes(data: bytes, name: str) -> str:
    """Decode an article's bytes as UTF-8, refusing empty, binary or mis-encoded data.

    Raises:
        ArticleError: the data is empty, binary or not UTF-8.
    """
    if not data.strip():
        raise ArticleError(name, "empty file")
    if b"\x00" in data[:65536]:
        raise ArticleError(name, "binary data (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            name, f"not valid UTF-8 at byte {exc.start}; re-save the file as UTF-8"
        ) from None
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 50):
        raise ArticleError(name, "binary data (control characters), not a text article")
    return unicodedata.normalize("NFC", text)


# A wire dateline opening a paragraph: "SEOUL, Aug. 22 (UPI) --", "MOSCOW, Sept 28 (ITAR-TASS) -",
# "MOGADISHU, July 27 -",
# "BERLIN -", "LEIDSCHENDAM, Netherlands -": a place in capitals, an optional date and outlet.
_DATELINE = re.compile(
    r"^(?P<line>[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,30}?)?"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?(?: \([A-Za-z.&/\- ]{2,30}\))?"
    r" ?(?:--|-|\u2014|\u2013))\s+(?=\S)")


def dateline_date(line: str) -> str | None:
    """The date a wire dateline gives ("Aug. 22" in "SEOUL, Aug. 22 (UPI) --"), if any.

    >>> dateline_date("SEOUL, Aug. 22 (UPI) --"), dateline_date("22/01/2015")
    ('Aug. 22', None)
    """
    found = _DATELINE.match(line + " x")
    return found.group("date") if found is not None else None


def _split_dateline(kind: str, chunk: str) -> list[tuple[str, str]]:
    """A body paragraph opening with a dateline, as the dateline and the paragraph after it.

    >>> _split_dateline("body", "SEOUL, Aug. 22 (UPI) -- North Korea fired two missiles.")
    [('dateline', 'SEOUL, Aug. 22 (UPI) --'), ('body', 'North Korea fired two missiles.')]
    >>> _split_dateline("body", "TEHRAN (Reuters) - Iran rejected the proposals.")
    [('dateline', 'TEHRAN (Reuters) -'), ('body', 'Iran rejected the proposals.')]
    >>> _split_dateline("body", "NATO said on Monday it would meet.")
    [('body', 'NATO said on Monday it would meet.')]
    """
    found = _DATELINE.match(chunk) if kind == "body" else None
    # the place is in capitals; the outlet after it need not be ("TEHRAN (Reuters) -")
    if found is None or not found.group("line").split(",")[0].split("(")[0].replace(" ", "").replace(".", "").isupper():
        return [(kind, chunk)]
    return [("dateline", found.group("line")), ("body", chunk[found.end():])]


def make_article(
    *,
    id: str,
    body: str,
    title: str | None = None,
    date: _dt.date | None = None,
    url: str | None = None,
    path: str | None = None,
    dateline: str | None = None,
) -> Article:
    """Assemble an Article: headline, optional date line, then paragraphs and link lines.

    Paragraphs are separated by blank lines in ``body``; each line that is a link line
    becomes its own ``link`` segment, so it never joins a body sentence.
    """
    parts: list[tuple[str, str]] = []
    if title and title.strip():
        parts.append(("headline", _squash(title)))
    if dateline:
        parts.append(("dateline", dateline.strip()))
    for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        pending: list[str] = []
        for line in lines:
            if is_link_line(line):
                if pending:
                    parts.append(("body", _squash(" ".join(pending))))
                    pending = []
                parts.append(("link", _squash(line)))
            else:
                pending.append(line)
        if pending:
            parts.append(("body", _squash(" ".join(pending))))
    parts = [piece for kind, chunk in parts for piece in _split_dateline(kind, chunk)]
    text_parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    for kind, chunk in parts:
        if text_parts:
            offset += 2
        segments.append(Segment(kind, offset, offset + len(chunk)))  # type: ignore[arg-type]
        text_parts.append(chunk)
        offset += len(chunk)
    return Article(
        id=id,
        text="\n\n".join(text_parts),
        title=_squash(title) if title else None,
        date=date,
        url=url,
        path=path,
        segments=tuple(segments),
    )


def read_txt(text: str, *, id: str, path: str | None = None, month_first: bool = False) -> Article:
    """Parse the plain-text layout of ``seeds/``: headline, a date line, then the body.

    Raises:
        ArticleError: nothing but blank lines.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if not nonblank:
        raise ArticleError(path or id, "empty article")
    title: str | None = None
    date: _dt.date | None = None
    dateline: str | None = None
    consumed: set[int] = set()
    for i in nonblank[:3]:
        line = lines[i].strip()
        if date is None and len(line) <= _DATE_LINE_MAX:
            found = parse_date(line, month_first=month_first, where=path or id)
            if found:
                date, dateline = found, line
                consumed.add(i)
                continue
        if title is None and date is None and not is_link_line(line):
            title = line
            consumed.add(i)
            continue
        break
    if title is not None and date is None:
        # a headline with no date line: keep it as the headline all the same
        pass
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in consumed)
    if not body.strip() and title:
        body, title = title, None
    if date is None:
        logger.warning("article %s has no publication date; its events stay undated", id)
    return make_article(id=id, body=body, title=title, date=date, path=path, dateline=dateline)


def read_record(record: Any, *, name: str, line: int | None = None, month_first: bool = False) -> Article:
    """Turn one JSONL record ``{"id", "date", "text", "title"?, "url"?}`` into an Article.

    Raises:
        ArticleError: the record is not an object or has no usable text or id.
    """
    if not isinstance(record, dict):
        raise ArticleError(name, "expected a JSON object per line", line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(name, "record has no 'text'", line=line)
    rid = record.get("id")
    if rid is None or str(rid).strip() == "":
        rid = "sha-" + hashlib.sha256(text.encode()).hexdigest()[:16]
    url = record.get("url") if isinstance(record.get("url"), str) else None
    raw_date = record.get("date")
    where = f"{name}:{line}" if line is not None else name
    date = parse_date(str(raw_date), month_first=month_first, where=where) if raw_date else None
    if date is None:
        date = date_from_url(url)
    if date is None:
        logger.warning("%s: record %s has no usable publication date (%r); its events stay undated",
                       where, rid, raw_date)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    return make_article(id=str(rid), body=text, title=title, date=date, url=url, path=name)


class _HTMLText(HTMLParser):
    """Collects a page's title, publication date and paragraph text, skipping scripts and styles."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"})
    _BLOCK = frozenset({"p", "h1", "h2", "h3", "li", "blockquote", "div", "br", "tr", "section", "article"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.date: str | None = None
        self.url: str | None = None
        self._in: list[str] = []
        self._buf: list[str] = []
        self.blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag in self._SKIP:
            self.skip_depth += 1
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in {"article:published_time", "date", "pubdate", "publishdate",
                       "datepublished", "dc.date", "og:published_time"} and not self.date:
                self.date = a.get("content")
            if key == "og:url" and not self.url:
                self.url = a.get("content")
        if tag == "link" and a.get("rel") == "canonical" and not self.url:
            self.url = a.get("href")
        if tag == "time" and a.get("datetime") and not self.date:
            self.date = a.get("datetime")
        if tag in self._BLOCK:
            self._flush()
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in self._BLOCK or tag in {"title"}:
            self._flush(tag)
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self._buf.append(data)

    def _flush(self, tag: str | None = None) -> None:
        text = _squash(" ".join(self._buf))
        self._buf = []
        if not text:
            return
        if tag == "title" and self.title is None:
            self.title = text
        elif tag == "h1" and self.h1 is None:
            self.h1 = text
        else:
            self.blocks.append(text)


def html_text(text: str) -> list[str]:
    """The readable lines of an HTML page: its title, then its blocks of text.

    >>> html_text("<html><title>Error</title><body><h1>404</h1><p>No such graph</p></body></html>")
    ['Error', '404', 'No such graph']
    """
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    parser._flush()
    return [line for line in (parser.title, parser.h1, *parser.blocks) if line]


def read_html(text: str, *, id: str, path: str | None = None, month_first: bool = False) -> Article:
    """Extract the headline, date and paragraphs of an HTML page (scripts and styles ignored).

    Raises:
        ArticleError: the page has no visible text.
    """
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    parser._flush()
    blocks = [b for b in parser.blocks if b != parser.h1 and b != parser.title]
    if not blocks:
        raise ArticleError(path or id, "HTML page has no paragraph text")
    date = parse_date(parser.date, month_first=month_first, where=path or id) or date_from_url(parser.url)
    return make_article(
        id=id, body="\n\n".join(blocks), title=parser.h1 or parser.title, date=date,
        url=parser.url, path=path,
    )


def _folder_files(folder: Path) -> Iterator[Path]:
    """Every file under a folder, recursively and sorted, hidden ones aside."""
    for child in sorted(folder.rglob("*")):
        if child.is_file() and not child.name.startswith("."):
            yield child


def iter_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and directories (recursively, sorted) into article files."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from (child for child in _folder_files(path) if child.suffix.lower() in SUFFIXES)
        else:
            yield path


@dataclass(frozen=True)
class InputSurvey:
    """What a list of inputs holds before anything is read: article files, paths that do not
    exist, and files in the folders that kg does not read (by their suffix)."""

    articles: int
    missing: tuple[str, ...]
    ignored: tuple[str, ...]


def survey_inputs(inputs: Iterable[str | Path]) -> InputSurvey:
    """Count the article files under ``inputs`` and name what will not be read."""
    articles, missing, ignored = 0, [], []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in _folder_files(path):
                if child.suffix.lower() in SUFFIXES:
                    articles += 1
                else:
                    ignored.append(str(child))
        elif path.exists():
            articles += 1
        else:
            missing.append(str(item))
    return InputSurvey(articles, tuple(missing), tuple(ignored))


def load_articles(inputs: Iterable[str | Path], *, month_first: bool = False) -> Iterator[Article | Skipped]:
    """Read every article under ``inputs``, yielding Articles and Skipped reports in order.

    Numeric publication dates are read day-first, or month-first with ``month_first``.

    A bad file or a bad JSONL line is yielded as :class:`Skipped` with its name (and
    line number) and the reason; the rest of the batch goes on.
    """
    seen: dict[str, int] = {}
    for path in iter_files(inputs):
        name = str(path)
        try:
            suffix = path.suffix.lower()
            if not path.exists():
                raise ArticleError(name, "no such file or directory")
            if suffix not in SUFFIXES:
                raise ArticleError(name, "unsupported file type; expected .txt, .jsonl or .html")
            if suffix == ".jsonl":
                yield from _read_jsonl(path, name, seen, month_first=month_first)
                continue
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(name, f"file is {size} bytes, over the {MAX_BYTES}-byte limit of one article")
            text = decode_bytes(path.read_bytes(), name)
            art_id = _unique(path.stem, name, seen)
            if suffix in (".html", ".htm"):
                yield _checked(read_html(text, id=art_id, path=name, month_first=month_first), name)
            else:
                yield _checked(read_txt(text, id=art_id, path=name, month_first=month_first), name)
        except ArticleError as exc:
            logger.info("skipping %s", exc)
            yield Skipped(exc.name, exc.reason, exc.line)
        except OSError as exc:
            yield Skipped(name, f"cannot read: {exc.strerror or exc}")


def _checked(article: Article, name: str, line: int | None = None) -> Article:
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise ArticleError(name, f"article text is {len(article.text)} characters, over the "
                                 f"{MAX_ARTICLE_CHARS}-character limit of one article; split it", line=line)
    return article


def _read_jsonl(path: Path, name: str, seen: dict[str, int], *, month_first: bool = False) -> Iterator[Article | Skipped]:
    """Stream a JSONL file line by line (memory stays flat however long the file is)."""
    empty = True
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            empty = False
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                if "\x00" in line:
                    raise ArticleError(name, "binary data (NUL bytes) in the line", line=number)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ArticleError(name, f"invalid JSON ({exc.msg})", line=number) from None
                except RecursionError:
                    raise ArticleError(name, "JSON nested too deeply", line=number) from None
                article = _checked(read_record(record, name=name, line=number, month_first=month_first), name, number)
            except UnicodeDecodeError as exc:
                yield Skipped(name, f"not valid UTF-8 at byte {exc.start} of the line", number)
                continue
            except ArticleError as exc:
                yield Skipped(exc.name, exc.reason, exc.line)
                continue
            unique = _unique(article.id, f"{name}:{number}", seen)
            if unique != article.id:
                article = Article(**{**article.__dict__, "id": unique})
            yield article
    if empty:
        yield Skipped(name, "empty file")


def _unique(stem: str, where: str, seen: dict[str, int]) -> str:
    """Keep ids unique in one batch: a repeated id gets a short, stable suffix."""
    if stem not in seen:
        seen[stem] = 1
        return stem
    seen[stem] += 1
    return f"{stem}-{hashlib.sha1(where.encode()).hexdigest()[:8]}"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
