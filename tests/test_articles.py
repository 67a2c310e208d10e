from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import SEEDS

from kg.articles import (
    date_from_url,
    is_link_line,
    load_articles,
    make_article,
    parse_date,
    read_html,
    read_txt,
)
from kg.types import Article, Skipped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22/01/2015", dt.date(2015, 1, 22)),
        ("2015-01-22", dt.date(2015, 1, 22)),
        ("January 22, 2015", dt.date(2015, 1, 22)),
        ("22 Jan 2015 09:12 GMT", dt.date(2015, 1, 22)),
        ("Thu, 22 Jan 2015 09:12:00 +0000", dt.date(2015, 1, 22)),
        ("2015-01-22T09:12:00Z", dt.date(2015, 1, 22)),
        ("Published 3 March 2014", dt.date(2014, 3, 3)),
        ("no date at all", None),
        ("", None),
    ],
)
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


def test_date_from_url():
    assert date_from_url("https://news.example/world/2014/04/01/nato-suspends") == dt.date(2014, 4, 1)
    assert date_from_url("https://news.example/world/story") is None


def test_seed_article_layout():
    [article] = [a for a in load_articles([SEEDS])]
    assert isinstance(article, Article)
    assert article.id == "000_c3c36266fd6b828a"
    assert article.date == dt.date(2015, 1, 22)
    assert article.title.startswith("NATO wants to")
    kinds = [seg.kind for seg in article.segments]
    assert kinds[0] == "headline" and kinds[1] == "dateline"
    links = [text for seg, text in article.segment_texts("link")]
    assert len(links) == 3 and all(t.startswith("READ MORE") for t in links)
    body = " ".join(text for _, text in article.segment_texts("body"))
    assert "READ MORE" not in body and "22/01/2015" not in body
    # segments are exact slices of the text
    for seg, text in article.segment_texts():
        assert article.text[seg.start : seg.end] == text


def test_link_lines_are_separate_even_without_blank_lines():
    article = read_txt("Headline here\n12/03/2016\nFirst line of body.\nREAD MORE: Something else\nMore body.", id="x")
    kinds = [s.kind for s in article.segments]
    assert kinds == ["headline", "dateline", "body", "link", "body"]
    assert is_link_line("Read more: x") and not is_link_line("Reading more books")


def test_txt_without_date_line_warns_and_stays_undated(caplog):
    article = read_txt("A headline\n\nBody text that says things.", id="nodate")
    assert article.date is None
    assert "no publication date" in caplog.text


def test_jsonl_reports_bad_lines_and_keeps_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "date": "2015-01-22", "text": "Russia recalled its envoy.", "title": "Recall"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a2", "text": ""}) + "\n"
        + json.dumps({"id": "a3", "date": "22 Jan 2015", "text": "NATO met.", "url": "https://x/2015/01/22/y"}) + "\n",
        encoding="utf-8",
    )
    items = list(load_articles([path]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [a.id for a in good] == ["a1", "a3"]
    assert [b.line for b in bad] == [2, 3]
    assert "invalid JSON" in bad[0].reason and "text" in bad[1].reason
    assert good[1].date == dt.date(2015, 1, 22)


def test_html_ignores_scripts_and_styles():
    html = """<html><head><title>Site | Story</title><meta property="article:published_time" content="2015-01-22T10:00:00Z">
    <style>p { color: red }</style><script>var x = "NATO attacked Russia";</script></head>
    <body><h1>NATO and Russia</h1><p>NATO suspended cooperation with Russia.</p><p>Talks continue.</p></body></html>"""
    article = read_html(html, id="h")
    assert article.title == "NATO and Russia"
    assert article.date == dt.date(2015, 1, 22)
    assert "attacked" not in article.text and "color" not in article.text
    assert "NATO suspended cooperation with Russia." in article.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n\n   \n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("latin1.txt", "Headline\n\n22/01/2015\n\nCaf\xe9 talks in M\xfcnchen.".encode("latin-1"), "UTF-8"),
        ("notes.pdf", b"%PDF-1.4", "unsupported"),
    ],
)
def test_bad_files_are_skipped_by_name(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\n22/01/2015\n\nRussia recalled its envoy to NATO.", encoding="utf-8")
    items = list(load_articles([bad, good]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(skipped) == 1 and skipped[0].name == str(bad) and reason in skipped[0].reason
    assert [a.id for a in articles] == ["good"]


def test_directory_ids_are_stable_and_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for sub in ("a", "b"):
        (tmp_path / sub / "story.txt").write_text("Head\n\n01/02/2015\n\nText here.", encoding="utf-8")
    first = [a.id for a in load_articles([tmp_path])]
    second = [a.id for a in load_articles([tmp_path])]
    assert first == second and len(set(first)) == 2


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("SEOUL, Aug. 22 (UPI) -- North Korea fired two missiles.", "SEOUL, Aug. 22 (UPI) --"),
    ("LEIDSCHENDAM, Netherlands - A U.N.-backed court ruled.", "LEIDSCHENDAM, Netherlands -"),
    ("BERLIN - Germany will suspend aid.", "BERLIN -"),
    ("MOSCOW, Sept 28 (ITAR-TASS) - Moscow recalled its ambassador.", "MOSCOW, Sept 28 (ITAR-TASS) -"),
    ("BUENOS AIRES (Reuters) - Unions staged a general strike.", "BUENOS AIRES (Reuters) -"),
    ("Kyiv (Reuters) - Ukraine said on Monday it would meet.", None),
    ("Russia said on Monday it would meet.", None),
])
def test_wire_datelines_become_their_own_segment(paragraph, dateline):
    article = make_article(id="x", body=paragraph)
    found = [text for _segment, text in article.segment_texts("dateline")]
    assert found == ([dateline] if dateline else [])
    assert all(not text.startswith(dateline or "\x00") for _s, text in article.segment_texts("body"))


def test_a_jsonl_record_without_a_usable_date_is_warned_about(caplog):
    from kg.articles import read_record

    with caplog.at_level("WARNING", logger="kg.articles"):
        article = read_record({"id": "r1", "date": "someday", "text": "Russia recalled its envoy."},
                              name="feed.jsonl", line=3)
    assert article.date is None
    assert "feed.jsonl:3" in caplog.text and "no usable publication date" in caplog.text


def test_numeric_dates_read_day_first_unless_told_month_first_and_say_so_when_they_read_both_ways(caplog):
    from kg.articles import read_txt

    text = "Poland expels Russian diplomats\n09/05/2023\n\nPoland expelled three Russian diplomats.\n"
    with caplog.at_level("WARNING", logger="kg.articles"):
        assert read_txt(text, id="expulsion").date == dt.date(2023, 5, 9)
    [warning] = [r.getMessage() for r in caplog.records]
    assert "expulsion" in warning and "'09/05/2023'" in warning and "day-first as 2023-05-09" in warning
    assert "--month-first" in warning
    assert read_txt(text, id="expulsion", month_first=True).date == dt.date(2023, 9, 5)
    caplog.clear()
    with caplog.at_level("WARNING", logger="kg.articles"):
        assert read_txt(text.replace("09/05", "22/05"), id="clear").date == dt.date(2023, 5, 22)
    assert not caplog.records  # 22/05 reads one way only


def test_month_first_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "talks", "date": "03/04/2024",
                                                  "text": "Russia and Ukraine held talks in Istanbul."}) + "\n")
    for flags, expected in (([], "2024-04-03"), (["--month-first"], "2024-03-04")):
        result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.jsonl"), *flags])
        assert result.exit_code == 0, result.output
        dates = {json.loads(line)["date"] for line in result.stdout.splitlines() if line.startswith("{")}
        assert dates == {expected}
