"""Broken and hostile documents: clear one-line errors, nothing lost silently, no crash, no network."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.build import build
from geomap.errors import InputError
from geomap.events import EVENT_TYPES
from geomap.extract import extract_document, extract_file
from geomap.read import MAX_TEXT_CHARS
from geomap.extract.document.datelines import parse_date_line

PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

BULLETIN = """Biuletyn, marzec 2019

4 marca: ambasador Japonii spotkał się z ministrem spraw zagranicznych w Mińsku. Omówiono handel.

31 {month}: delegacja parlamentu Rosji odwiedziła Seul. Rozmawiano o współpracy.

12 marca: minister spraw zagranicznych Rosji przebywał z wizytą w Pjongjangu.
"""


def geomap(*args: str, net: bool = True) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "geomap", *args]
    return subprocess.run(cmd if net else ["unshare", "-n", *cmd], capture_output=True, text=True, timeout=300)


@pytest.fixture()
def bad_bulletin(tmp_path):
    path = tmp_path / "march.txt"
    path.write_text(BULLETIN.format(month="lutego"), encoding="utf-8")  # 31 February
    return path


def test_impossible_entry_date_is_reported_not_dropped(bad_bulletin, tmp_path):
    result = extract_document(bad_bulletin.read_text(encoding="utf-8"), bad_bulletin.name)
    assert [e.date_start for e in result.events] == ["2019-03-04", "2019-03-12"]
    assert [(p.line, p.field) for p in result.problems] == [(5, "date")]
    assert "31 lutego" in result.problems[0].reason
    report = build(tmp_path / "out", docs=[bad_bulletin], static=False)
    assert [(r["line"], r["field"]) for r in report.rejected] == [(5, "date")]
    with pytest.raises(InputError, match=r"march\.txt:5: .*31 lutego"):
        build(tmp_path / "strict", docs=[bad_bulletin], static=False, strict=True)


def test_extract_command_names_the_line_and_fails_when_strict(bad_bulletin, cli):
    run = cli("extract", bad_bulletin)
    assert run.exit_code == 0 and len(run.stdout.splitlines()) == 2
    assert f"{bad_bulletin}:5:" in run.stderr
    strict = cli("extract", "--strict", bad_bulletin)
    assert strict.exit_code == 1 and strict.stdout == ""
    assert isinstance(strict.exception, SystemExit), "an error, not a crash"
    assert f"{bad_bulletin}:5:" in strict.stderr


def test_extract_works_with_the_network_cut(fixture_docs, tmp_path):
    out = tmp_path / "events.jsonl"
    run = geomap("extract", str(fixture_docs[0].parent), "-o", str(out), net=False)
    assert run.returncode == 0, run.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) >= 30


@pytest.mark.parametrize("content,words", [
    (b"", None),
    (b"\x00\x01\x02\x03PK binary", "binary"),
    (b"Spotkanie \x81\x98 w Seulu", "neither UTF-8 nor Windows-1250"),
])
def test_unreadable_documents(tmp_path, cli, content, words):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    if words is None:
        assert extract_file(path) == []
        return
    with pytest.raises(InputError, match=words) as e:
        extract_file(path)
    assert str(path) in str(e.value)
    run = cli("build", "--docs", path, "--out", tmp_path / "o", "--no-static")
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit), "an error, not a crash"
    assert words in run.output and "Traceback" not in run.output


def test_huge_document_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)
    with pytest.raises(InputError, match=r"huge\.txt: 50\.0 MB is more than one document"):
        extract_file(path)
    assert MAX_TEXT_CHARS < 50_000_000


def test_windows_1250_crlf_bulletin_reads_like_utf8(fixture_docs, tmp_path):
    src = next(p for p in fixture_docs if p.name.startswith("pl_bulletin"))
    text = src.read_text(encoding="utf-8")
    variants = {"bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
                "cp1250.txt": text.replace("\n", "\r\n").encode("cp1250", errors="strict")}
    expected = [(e.date_start, e.venue_id, e.event_type) for e in extract_file(src)]
    assert len(expected) > 10
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert [(e.date_start, e.venue_id, e.event_type) for e in extract_file(path)] == expected, name


# --- property tests and a bounded fuzz ------------------------------------------------------------

days = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days, st.integers(0, 5), st.sampled_from(["pl", "en_dm", "en_md"]))
def test_date_lines_parse_to_their_days(start, length, form):
    end = start + dt.timedelta(days=length)
    if form == "pl":
        a = f"{start.day} {PL_MONTHS[start.month - 1]}"
        b = f"{end.day} {PL_MONTHS[end.month - 1]}"
        line = f"{a}: x" if length == 0 else (f"{start.day}-{b}: x" if start.month == end.month else f"{a} – {b}: x")
    elif form == "en_dm":
        a, b = f"{start.day} {EN_MONTHS[start.month - 1]}", f"{end.day} {EN_MONTHS[end.month - 1]}"
        line = f"{a}: x" if length == 0 else f"{a} – {b}: x"
    else:
        a = f"{EN_MONTHS[start.month - 1]} {start.day}"
        line = f"{a}: x" if length == 0 else (
            f"{a}-{end.day}: x" if start.month == end.month else f"{a} – {EN_MONTHS[end.month - 1]} {end.day}: x")
    parsed = parse_date_line(line)
    assert parsed is not None, line
    assert parsed.start == (start.month, start.day) and parsed.end == (end.month, end.day), line


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_date_line_parser_never_crashes(line):
    parsed = parse_date_line(line)
    assert parsed is None or (1 <= parsed.start[0] <= 12 and 1 <= parsed.start[1] <= 31)


FRAGMENTS = st.sampled_from([
    "7-8 listopada:", "30 października – 1 listopada:", "14 November:", "November 14-15:", "31 lutego:",
    "1 grudnia:", "I. WNIOSKI", "KOMENTARZ", "Conclusions", "II. JAPONIA – ROSJA",
    "https://example.org/news/2018-11-23-x", "http://example.org/a?b=1&c=2", "ambasador Rosji spotkał się",
    "z ministrem spraw zagranicznych Japonii", "w Tokio.", "we Władywostoku", "na Kunaszyrze",
    "delegacja odwiedziła Pjongjang", "the ambassador met the minister in Seoul.", "Obie strony omówiły",
    "współpra-", "cę gospodarczą.", "", " ", "\t", "date 2024-06", "Publikacja: 12.11.2024 08:08",
    "we wtorek", "w styczniu br.", "KRLD", "Seul wyraził", "szczycie G20", "„cytat”", "—", "::", "1.",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(FRAGMENTS, max_size=8).map(" ".join), max_size=30).map("\n".join),
       st.text(max_size=60))
def test_fuzzed_documents_never_crash_and_give_valid_events(body, noise):
    result = extract_document(body + "\n" + noise, "fuzz.txt")
    for e in result.events:
        assert e.event_type in EVENT_TYPES
        assert e.first_day() <= e.last_day()
        assert (e.lat is None) == (e.lon is None)
        json.dumps(e.to_dict())
