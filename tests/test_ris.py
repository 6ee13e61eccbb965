"""RIS writer and reader: validity, golden output, vendor variants, broken records, loss report."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scholarmeta.errors import ParseError
from scholarmeta.formats import detect_format, ris
from scholarmeta.model import Work
from scholarmeta.report import Report
from strategies import kazakh_conference_paper
from support import GOLDEN, assert_valid_ris

REGEN = os.environ.get("SCHOLARMETA_REGEN_GOLDEN") == "1"


def check_golden(path: Path, text: str) -> None:
    """Compare ``text`` with the stored golden file (rewrite it with SCHOLARMETA_REGEN_GOLDEN=1)."""
    if REGEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_bytes().decode("utf-8")


def read_all(text: str, report: Report | None = None) -> list[Work]:
    return list(ris.read(text, source="t.ris", report=report if report is not None else Report()))


ENDNOTE = (
    "\ufeffTY  - JOUR\r\nAU  - Smith, John A.\r\nAU  - Иванов, Иван Иванович\r\n"
    "TI  - Growth of crystals\r\n   in low gravity\r\nJO  - J. Cryst. Growth\r\nVL  - 12\r\n"
    "IS  - 3\r\nSP  - 101\r\nEP  - 110\r\nPY  - 2019/05/03/\r\nSN  - 0022-0248\r\n"
    "DO  - 10.1016/j.jcrysgro.2019.01.001\r\nKW  - crystals; gravity\r\nAB  - An abstract.\r\n"
    "N1  - A note\r\nLA  - English\r\nER  - \r\n"
)
ZOTERO = (
    "TY  - BOOK\nTI  - Қазақ әдебиеті\nAU  - Әуезов, Мұхтар\nPY  - 1961\nCY  - Алматы\n"
    "PB  - Жазушы\nSN  - 978-0-306-40615-7\nUR  - https://example.kz/book\nLA  - kk\n"
    "DA  - 1961///\nER  - \n\n"
    "TY  - CHAP\nTI  - A chapter\nT2  - The book\nA2  - Editor, Ed\nPY  - 2001\nSP  - 5\n"
    "EP  - 9\nER  - \n"
)
WOS_LIKE = "TY - JOUR\nAU - Doe, J\nTI - Short spacing\nY1 - 2020\nZZ - custom value\nER -\n"


@pytest.mark.parametrize(
    ("text", "attr", "expected"),
    [(ENDNOTE, "title", "Growth of crystals in low gravity"),
     (ENDNOTE, "container_title", "J. Cryst. Growth"),
     (ENDNOTE, "page", "101–110"),
     (ENDNOTE, "language", "en"),
     (ENDNOTE, "doi", "10.1016/j.jcrysgro.2019.01.001"),
     (ZOTERO, "title", "Қазақ әдебиеті"),
     (ZOTERO, "language", "kk"),
     (ZOTERO, "url", "https://example.kz/book"),
     (WOS_LIKE, "title", "Short spacing")],
)
def test_reader_fields(text: str, attr: str, expected: str) -> None:
    assert getattr(read_all(text)[0], attr) == expected


def test_date_in_ris_slash_form() -> None:
    issued = read_all(ENDNOTE)[0].issued
    assert issued is not None and issued.iso() == "2019-05-03"


def test_names_keywords_identifiers() -> None:
    work = read_all(ENDNOTE)[0]
    assert [c.name.family for c in work.authors if c.name] == ["Smith", "Иванов"]
    assert work.keywords[0].terms == ["crystals", "gravity"]
    assert work.identifier("issn") == "0022-0248"


def test_isbn_recognised_by_shape() -> None:
    assert read_all(ZOTERO)[0].identifier("isbn") == "978-0-306-40615-7"


def test_multi_record_and_types() -> None:
    works = read_all(ZOTERO)
    assert [w.type for w in works] == ["book", "chapter"]
    assert works[1].contributors[0].roles == ["editor"]


def test_unknown_tag_kept_and_reported() -> None:
    report = Report()
    work = read_all(WOS_LIKE, report)[0]
    assert work.extra["ris:ZZ"] == "custom value"
    assert any(d.kind == "unmapped" and d.field == "ZZ" for d in report)
    assert "ZZ  - custom value" in ris.write([work], report=Report())


def test_broken_record_reported_with_line_and_skipped() -> None:
    text = "AU  - Stray, Tag\nTI  - no TY here\nER  - \nTY  - BOOK\nTI  - Good\nER  - \n"
    report = Report()
    works = read_all(text, report)
    assert [w.title for w in works] == ["Good"]
    assert [(d.kind, d.line) for d in report.errors] == [("failed", 1)]


def test_missing_er_reported() -> None:
    report = Report()
    works = read_all("TY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\n", report)
    assert [w.title for w in works] == ["One", "Two"]
    assert {d.line for d in report if d.kind == "invalid"} == {1, 3}


def test_unknown_type_read_as_document() -> None:
    report = Report()
    work = read_all("TY  - WHATEVER\nTI  - x\nER  - \n", report)[0]
    assert work.type == "document" and work.extra["ris:TY"] == "WHATEVER"


@pytest.mark.parametrize("text", ["just some text\nwith lines", "", "{\"json\": 1}"])
def test_not_ris_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as exc:
        read_all(text)
    assert exc.value.source == "t.ris" and exc.value.line is not None


@pytest.mark.parametrize("tag", ["TY  - CPAPER", "AU  - Төлегенова, Айгүл Серікқызы",
                                 "DO  - 10.1234/kaznu.2023.15", "SN  - 978-601-04-0000-9",
                                 "LA  - kk", "KW  - метадеректер"])
def test_writer_tags(tag: str) -> None:
    assert tag in ris.write([kazakh_conference_paper()], report=Report()).splitlines()


def test_golden_kazakh_paper() -> None:
    text = ris.write([kazakh_conference_paper()], report=Report())
    assert_valid_ris(text)
    check_golden(GOLDEN / "ris" / "kazakh_conference_paper.ris", text)


def test_writer_reports_what_ris_cannot_hold() -> None:
    report = Report()
    ris.write([kazakh_conference_paper()], report=report)
    assert {d.field for d in report} == {"abstracts", "keywords", "contributors",
                                         "event_title", "event_place", "references"}


def test_round_trip_keeps_ris_fields() -> None:
    work = read_all(ENDNOTE)[0]
    back = read_all(ris.write([work], report=Report()))[0]
    for field in sorted(ris.HOLDS - {"id"}):
        assert getattr(back, field) == getattr(work, field), field


def test_supervisor_of_thesis_is_a3() -> None:
    work = kazakh_conference_paper().model_copy(update={"type": "thesis"})
    text = ris.write([work], report=Report())
    assert "A3  - Омаров, Ержан" in text
    assert read_all(text)[0].contributors_with("supervisor")


@pytest.mark.parametrize(("text", "name"), [(ENDNOTE, None), (WOS_LIKE, "x.txt"), ("", "a.ris")])
def test_sniff(text: str, name: str | None) -> None:
    assert ris.sniff(text, name) >= (0.3 if text == "" else 0.8)


def test_detected() -> None:
    assert detect_format(ZOTERO) == "ris"


def test_text_between_records_is_skipped_not_failed() -> None:
    text = "Record #1 of 2\nProvider: X\n1.\nTY  - JOUR\nTI  - One\nER  -\n\n2.\nTY  - JOUR\nTI  - Two\nER  -\n"
    report = Report()
    assert [w.title for w in read_all(text, report)] == ["One", "Two"]
    assert not report.errors and any(d.kind == "skipped" and d.line == 1 for d in report)


@pytest.mark.parametrize(
    ("line", "scheme", "value"),
    [("SN  - 2325-9671 (electronic)", "issn", "2325-9671"),
     ("SN  - 0022-0248; 1873-5002", "issn", "0022-0248"),
     ("DO  - http://dx.doi.org/10.1177/2325967120950040", "doi", "10.1177/2325967120950040"),
     ("SN  - ISBN 0-306-40615-2", "isbn", "0-306-40615-2")],
)
def test_identifier_variants(line: str, scheme: str, value: str) -> None:
    work = read_all(f"TY  - JOUR\n{line}\nER  -\n")[0]
    assert work.identifier(scheme) == value


def test_multiline_values_and_lookalike_lines() -> None:
    text = "TY  - JOUR\nN2  - first line,\n      ER then second\nthe last line\nER  -\n"
    work = read_all(text)[0]
    assert work.abstracts[0].text == "first line, ER then second the last line"


def test_references_option_writes_one_record_per_reference() -> None:
    text = ris.write([kazakh_conference_paper()], report=Report(), references=True)
    assert_valid_ris(text)
    assert [w.title for w in read_all(text)] == [
        "Иванов И.И. Библиографические стандарты. М.: Наука, 2015.", "Metadata basics"]


def test_translated_title_travels_as_tt() -> None:
    text = ris.write([kazakh_conference_paper()], report=Report())
    back = read_all(text)[0]
    assert [t.lang for t in back.titles] == [t.lang for t in kazakh_conference_paper().titles][:2]


# Real exports, trimmed: JabRef's RIS importer fixtures (github:JabRef/jabref
# jablib/src/test/resources/org/jabref/logic/importer/fileformat/RisImporterTest{9,Date1.1,Science}.ris)
# and rispy's (github:MrTango/rispy tests/data/example_{full,urls,utf_chars}.ris).
@pytest.mark.parametrize(
    ("lines", "check"),
    [
        ("TY  - Journal Article\nTI  - T", lambda w: w.type == "article-journal"),
        ("TY  - BOOK SECTION\nTI  - T", lambda w: w.type == "chapter"),
        ("TY  - JOUR\nPY  - 2016\nY1  - 2016/10/19", lambda w: w.issued.iso() == "2016-10-19"),
        ("TY  - JOUR\nPY  - 2005\nY1  - 2004/07/15", lambda w: w.issued.iso() == "2005"),
        ("TY  - JOUR\nT2  - The Journal of Chemical Physics\nJF  - The Journal of Chemical Physics"
         "\nJO  - J. Chem. Phys.",
         lambda w: (w.container_title, w.container_short_title)
         == ("The Journal of Chemical Physics", "J. Chem. Phys.") and not w.extra),
        ("TY  - JOUR\nDO  - 10.1016/j.neuron.2016.10.006\nM3  - doi: 10.1016/j.neuron.2016.10.006",
         lambda w: w.genre is None and w.identifier("doi") == "10.1016/j.neuron.2016.10.006"),
        ("TY  - JOUR\nUR  - //www.sciencedirect.com/science/article/pii/S1359645416307273",
         lambda w: w.url == "https://www.sciencedirect.com/science/article/pii/S1359645416307273"),
        ("TY  - JOUR\nUR  - http://example.com; http://www.example.com",
         lambda w: w.url == "http://example.com" and w.identifier("url") == "http://www.example.com"),
        ("TY  - JOUR\nPB  - Fun Factory\nPB  - Fun Factory USA",
         lambda w: w.publisher[0].value == "Fun Factory" and w.extra == {"ris:PB": "Fun Factory USA"}),
        ("TY  - JOUR\nAB  - abstract1\nN2  - abstract0",
         lambda w: w.abstracts[0].text == "abstract1" and w.extra == {"ris:N2": "abstract0"}),
        ("TY  - JOUR\nAB  - same\nN2  - same", lambda w: not w.extra),
        # Scopus's C7 (article number); ProQuest's TI beside a T1 with the subtitle
        # (the bibx package's Scopus test record; a review tool's ProQuest sample)
        ("TY  - JOUR\nC7  - 093903", lambda w: w.article_number == "093903"),
        ("TY  - JOUR\nLA  - English; Russian",
         lambda w: w.language == "en" and w.extra == {"ris:LA": "English; Russian"}),
        # Web of Science and PubMed write month names
        ("TY  - JOUR\nDA  - OCT 2019\nPY  - 2019", lambda w: w.issued.iso() == "2019-10"),
        ("TY  - JOUR\nDA  - 2019 Oct 15", lambda w: w.issued.iso() == "2019-10-15"),
        ("TY  - JOUR\nDA  - JAN-FEB 2020\nPY  - 2020", lambda w: w.issued.iso() == "2020"),
        ("TY  - JOUR\nTI  - Digital transformation\nT1  - Digital transformation: a longitudinal study",
         lambda w: (w.title, w.subtitles[0].value) == ("Digital transformation", "a longitudinal study")
         and not w.extra),
    ],
)
def test_real_export_variants(lines: str, check: object) -> None:
    report = Report()
    work = read_all(f"{lines}\nER  -\n", report)[0]
    assert callable(check) and check(work), work
    kept = [d.field for d in report if d.kind == "unmapped"]
    assert sorted(kept) == sorted(k.removeprefix("ris:") for k in work.extra), kept


def test_names_carry_the_language_of_their_letters() -> None:
    from scholarmeta import read

    w = read("TY  - JOUR\nAU  - Smith, J.\nAU  - Иванов, И.\nAU  - Әлиев, Қ.\nTI  - T\nER  - \n",
             format="ris")  # fmt: skip
    assert [c.name.lang for c in w.contributors if c.name] == ["en", "ru", "kk"]


# -- real-file sweep: vendor forms met in third-party exports ----------------------------------
def test_us_date_with_the_year_last_is_read_as_month_day_year() -> None:
    # Silverchair (AIP) writes the access date "Y2  - 1/14/2026"
    (w,) = read_all("TY  - JOUR\nTI  - T\nY2  - 1/14/2026\nER  - \n")
    assert w.accessed is not None and w.accessed.iso() == "2026-01-14"


def test_further_dates_of_a_record_are_kept_in_extra() -> None:
    # PMC exports "PY  - 2013/02/15/received" beside the publication date
    report = Report()
    (w,) = read_all("TY  - JOUR\nTI  - T\nY1  - 2013\nPY  - 2013/04/18\n"
                    "PY  - 2013/02/15/received\nPY  - 2013/03/14/accepted\nER  - \n", report)
    assert w.issued is not None and w.issued.iso() == "2013-04-18"
    assert w.extra["ris:PY"] == ["2013/02/15/received", "2013/03/14/accepted"]
    assert any(d.field == "PY" for d in report)
    (back,) = read_all(ris.write([w], report=Report()))
    assert back.issued == w.issued and back.extra["ris:PY"] == w.extra["ris:PY"]


def test_translated_title_is_written_once() -> None:
    (w,) = read_all("TY  - JOUR\nTI  - Title\nTT  - Заголовок\nER  - \n")
    assert "ris:TT" not in w.extra
    assert ris.write([w], report=Report()).count("TT  - ") == 1


def test_organisation_author_is_an_organisation() -> None:
    (w,) = read_all("TY  - RPRT\nTI  - T\nAU  - World Health Organization\nAU  - Doe, Jane\nER  - \n")
    org, person = w.contributors
    assert org.kind == "organization" and org.organization[0].value == "World Health Organization"
    assert person.name is not None and person.name.family == "Doe"
    assert "AU  - World Health Organization" in ris.write([w], report=Report())


def test_endnote_epub_date_of_a_journal_article() -> None:
    # EndNote writes a journal article's "Epub Date" in ET, which is a book's edition
    (w,) = read_all("TY  - JOUR\nTI  - T\nPY  - 2019\nET  - 2019/03/05\nER  - \n")
    assert w.edition is None and w.available is not None and w.available.iso() == "2019-03-05"
    (back,) = read_all(ris.write([w], report=Report()))
    assert back.available == w.available
    (book,) = read_all("TY  - BOOK\nTI  - T\nET  - 2nd\nER  - \n")
    assert book.edition == "2nd" and book.available is None
