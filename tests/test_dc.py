"""Dublin Core (oai_dc) writer and reader: schema validity, golden output, OAI-PMH, safety."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from scholarmeta.errors import ParseError
from scholarmeta.formats import dc, detect_format
from scholarmeta.model import Work
from scholarmeta.report import Report
from strategies import kazakh_conference_paper
from support import GOLDEN, assert_valid_dc

REGEN = os.environ.get("SCHOLARMETA_REGEN_GOLDEN") == "1"
NS = {"dc": dc.DC_NS, "oai_dc": dc.OAI_DC_NS, "oai": dc.OAI_NS}


def check_golden(path: Path, text: str) -> None:
    """Compare ``text`` with the stored golden file (rewrite it with SCHOLARMETA_REGEN_GOLDEN=1)."""
    if REGEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def read_all(text: str, report: Report | None = None) -> list[Work]:
    return list(dc.read(text, source="t.xml", report=report if report is not None else Report()))


def kazakh_xml() -> etree._Element:
    return etree.fromstring(dc.write([kazakh_conference_paper()], report=Report()).encode())


LIST_RECORDS = """<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
 <responseDate>2024-01-01T00:00:00Z</responseDate>
 <request verb="ListRecords" metadataPrefix="oai_dc">https://repo.example.kz/oai</request>
 <ListRecords>
  <record>
   <header><identifier>oai:repo.example.kz:123/45</identifier>
    <datestamp>2023-05-01</datestamp><setSpec>com_1</setSpec></header>
   <metadata>
    <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
     <dc:title xml:lang="ru">Метаданные научных статей</dc:title>
     <dc:title xml:lang="en">Metadata of scholarly articles</dc:title>
     <dc:creator>Петров, Пётр Петрович</dc:creator>
     <dc:creator>Smith, John</dc:creator>
     <dc:contributor>Сидоров, С.С.</dc:contributor>
     <dc:subject>метаданные</dc:subject>
     <dc:subject xml:lang="en">metadata</dc:subject>
     <dc:description xml:lang="ru">Аннотация статьи.</dc:description>
     <dc:date>2021-03-15T10:00:00Z</dc:date>
     <dc:date>2021</dc:date>
     <dc:type>Text</dc:type>
     <dc:type>info:eu-repo/semantics/article</dc:type>
     <dc:identifier>https://doi.org/10.1234/abc.5</dc:identifier>
     <dc:identifier>http://hdl.handle.net/123/45</dc:identifier>
     <dc:identifier>urn:issn:0378-5955</dc:identifier>
     <dc:identifier>local-id-77</dc:identifier>
     <dc:source>Вестник науки, vol. 5, no. 2, pp. 9–46</dc:source>
     <dc:language>rus</dc:language>
     <dc:format>application/pdf</dc:format>
     <dc:rights>CC BY 4.0</dc:rights>
    </oai_dc:dc>
   </metadata>
  </record>
  <record><header status="deleted"><identifier>oai:repo.example.kz:9</identifier>
   <datestamp>2023-01-01</datestamp></header></record>
 </ListRecords>
</OAI-PMH>
"""


# -- writer ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "options"),
    [("kazakh_conference_paper.xml", {}),
     ("kazakh_conference_paper.oai.xml", {"envelope": True, "datestamp": "2024-01-01"})],
)
def test_golden_kazakh_paper(name: str, options: dict[str, object]) -> None:
    text = dc.write([kazakh_conference_paper()], report=Report(), **options)
    assert_valid_dc(text)
    check_golden(GOLDEN / "dc" / name, text)


@pytest.mark.parametrize(
    ("xpath", "expected"),
    [("dc:title[@xml:lang='kk']/text()", ["Қазақ тіліндегі ғылыми мәтіндердің метадеректері"]),
     ("dc:title[@xml:lang='en']/text()", ["Metadata of scientific texts in the Kazakh language"]),
     ("dc:creator/text()", ["Төлегенова, Айгүл Серікқызы"]),
     ("dc:contributor/text()", ["Омаров, Ержан"]),
     ("dc:subject[@xml:lang='en']/text()", ["metadata", "Kazakh language", "bibliography"]),
     ("dc:type/text()", ["Text", "info:eu-repo/semantics/conferenceObject"]),
     ("dc:language/text()", ["kk"]),
     ("dc:date/text()", ["2023-04-12"]),
     ("dc:identifier[starts-with(., 'https://doi.org/')]/text()",
      ["https://doi.org/10.1234/kaznu.2023.15"]),
     ("dc:identifier[starts-with(., 'urn:isbn:')]/text()", ["urn:isbn:978-601-04-0000-9"]),
     ("dc:source/text()", ["Жас ғалымдар конференциясының материалдары, pp. 112–118"])],
)
def test_writer_elements(xpath: str, expected: list[str]) -> None:
    assert kazakh_xml().xpath(xpath, namespaces=NS) == expected


def test_abstract_per_language() -> None:
    langs = kazakh_xml().xpath("dc:description/@xml:lang", namespaces=NS)
    assert langs == ["kk", "en"]


def test_writer_reports_what_dc_cannot_hold() -> None:
    report = Report()
    dc.write([kazakh_conference_paper()], report=report)
    assert {d.field for d in report} == {"id", "contributors", "event_title", "event_place",
                                         "publisher_place", "references"}


def test_several_works_make_a_list_records_document() -> None:
    works = [kazakh_conference_paper(), Work(id="b", type="book")]
    text = dc.write(works, report=Report(), datestamp="2024-01-01")
    assert_valid_dc(text)
    root = etree.fromstring(text.encode())
    assert root.xpath("//oai:header/oai:identifier/text()", namespaces=NS) == [
        "oai:scholarmeta:tulegenova2023", "oai:scholarmeta:b"]
    assert [w.id for w in read_all(text)] == ["tulegenova2023", "b"]


def test_round_trip_keeps_dc_fields() -> None:
    work = kazakh_conference_paper()
    back = read_all(dc.write([work], report=Report()))[0]
    for field in sorted(dc.HOLDS - {"contributors"}):
        assert getattr(back, field) == getattr(work, field), field


# -- reader ----------------------------------------------------------------------------------
def test_oai_list_records_read() -> None:
    report = Report()
    works = read_all(LIST_RECORDS, report)
    assert len(works) == 1 and any(d.kind == "skipped" for d in report)
    w = works[0]
    assert (w.id, w.extra["oai:datestamp"], w.extra["oai:setSpec"]) == (
        "oai:repo.example.kz:123/45", "2023-05-01", ["com_1"])


@pytest.mark.parametrize(
    ("attr", "expected"),
    [("type", "article-journal"), ("language", "ru"), ("doi", "10.1234/abc.5"),
     ("url", "http://hdl.handle.net/123/45"), ("container_title", "Вестник науки"),
     ("volume", "5"), ("issue", "2"), ("page", "9–46"), ("license", "CC BY 4.0"),
     ("title", "Метаданные научных статей")],
)
def test_reader_fields(attr: str, expected: str) -> None:
    assert getattr(read_all(LIST_RECORDS)[0], attr) == expected


def test_reader_names_dates_keywords_extra() -> None:
    w = read_all(LIST_RECORDS)[0]
    assert [(c.name.family, c.roles) for c in w.contributors if c.name] == [
        ("Петров", ["author"]), ("Smith", ["author"]), ("Сидоров", ["contributor"])]
    assert w.issued is not None and w.issued.iso() == "2021-03-15"
    assert {g.lang: g.terms for g in w.keywords} == {"ru": ["метаданные"], "en": ["metadata"]}
    assert w.identifier("issn") == "0378-5955"
    assert w.extra["dc:identifier"] == ["local-id-77"]
    assert w.extra["dc:format"] == ["application/pdf"]


def test_bare_dc_without_oai_namespace() -> None:
    text = ('<record xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bare</dc:title>'
            "<dc:type>Book</dc:type><dc:identifier>ISBN 0-306-40615-2</dc:identifier></record>")
    w = read_all(text)[0]
    assert (w.title, w.type, w.identifier("isbn")) == ("Bare", "book", "0-306-40615-2")


@pytest.mark.parametrize(
    ("text", "line"),
    [("<a>\n<b></a>", 2),
     ("no xml at all", 1),
     ("<root><nothing/></root>", 1),
     ('<!DOCTYPE r [<!ENTITY x "boom">]>\n<r>&x;</r>', 1),
     ('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>', 1)],
)
def test_bad_or_unsafe_input_raises_parse_error(text: str, line: int) -> None:
    with pytest.raises(ParseError) as exc:
        read_all(text)
    assert exc.value.line == line and exc.value.source == "t.xml"


def test_sniff_and_detect() -> None:
    text = dc.write([kazakh_conference_paper()], report=Report())
    assert dc.sniff(text) >= 0.9 and detect_format(text) == "dc"


def test_dcterms_refinements_read() -> None:
    text = ('<metadata xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title>'
            '<dcterms:issued>2020-02</dcterms:issued><dcterms:abstract xml:lang="en">Text.'
            "</dcterms:abstract></metadata>")
    w = read_all(text)[0]
    assert w.issued is not None and (w.issued.iso(), w.abstracts[0].lang) == ("2020-02", "en")


@pytest.mark.parametrize("value", [False, "no", "false"])
def test_envelope_off_as_text_or_bool(value: object) -> None:
    text = dc.write([kazakh_conference_paper()], report=Report(), envelope=value)
    assert etree.fromstring(text.encode()).tag == f"{{{dc.OAI_DC_NS}}}dc"


def test_references_option() -> None:
    text = dc.write([kazakh_conference_paper()], report=Report(), references=True,
                    datestamp="2024-01-01")
    assert_valid_dc(text)
    assert [w.id for w in read_all(text)] == ["ref-1", "ref-2"]


# OpenAIRE's info:eu-repo syntax in oai_dc, as in the guidelines' example record
# (OpenAIRE Guidelines for Literature Repositories, "A complete example record").
OPENAIRE = """<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/">
  <dc:title>Studies of Unicorn Behaviour</dc:title>
  <dc:subject>info:eu-repo/classification/ddc/590</dc:subject>
  <dc:subject>Unicorns</dc:subject>
  <dc:relation>info:eu-repo/grantAgreement/EC/FP7/1234556789/EU//UNICORN</dc:relation>
  <dc:relation>info:eu-repo/semantics/altIdentifier/pmid/123456789</dc:relation>
  <dc:relation>info:eu-repo/semantics/altIdentifier/doi/10.1000/182</dc:relation>
  <dc:relation>info:eu-repo/semantics/dataset/doi/10.1234/789.1</dc:relation>
  <dc:rights>info:eu-repo/semantics/openAccess</dc:rights>
  <dc:rights>http://creativecommons.org/licenses/by-sa/2.0/uk/</dc:rights>
  <dc:type>info:eu-repo/semantics/article</dc:type>
</oai_dc:dc>"""


def test_openaire_eu_repo_values() -> None:
    report = Report()
    work = next(dc.read(OPENAIRE, source="t.xml", report=report))
    assert (work.identifier("doi"), work.identifier("pmid")) == ("10.1000/182", "123456789")
    assert work.license == "http://creativecommons.org/licenses/by-sa/2.0/uk/"
    assert work.extra["dc:rights"] == ["info:eu-repo/semantics/openAccess"]
    assert work.extra["dc:relation"] == [
        "info:eu-repo/grantAgreement/EC/FP7/1234556789/EU//UNICORN",
        "info:eu-repo/semantics/dataset/doi/10.1234/789.1"]
    groups = {g.vocabulary: g.terms for g in work.keywords}
    assert groups == {None: ["Unicorns"], "ddc": ["590"]}
    out = dc.write([work], report=Report())
    assert "<dc:subject>info:eu-repo/classification/ddc/590</dc:subject>" in out
    back = next(dc.read(out, source="t.xml", report=Report()))
    assert {g.vocabulary: g.terms for g in back.keywords} == groups


def test_only_an_access_right_is_still_kept_as_rights() -> None:
    text = OPENAIRE.replace("<dc:rights>http://creativecommons.org/licenses/by-sa/2.0/uk/</dc:rights>", "")
    work = next(dc.read(text, source="t.xml", report=Report()))
    assert work.license == "info:eu-repo/semantics/openAccess"


@pytest.mark.parametrize(
    ("dates", "issued"),
    [  # DSpace's oai_dc: accessioned and available timestamps, then the date of issue
        (["2012-03-15T14:10:37Z", "2012-03-15T14:10:37Z", "2011"], "2011"),
        (["2011-05"], "2011-05"),
        (["2012-03-15T14:10:37Z"], "2012-03-15"),
    ],
)
def test_date_of_issue_among_repository_timestamps(dates: list[str], issued: str) -> None:
    body = "".join(f"<dc:date>{d}</dc:date>" for d in dates)
    text = ('<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/">'
            f"<dc:title>T</dc:title>{body}</oai_dc:dc>")
    work = next(dc.read(text, source="t.xml", report=Report()))
    assert work.issued is not None and work.issued.iso() == issued
    assert len(work.extra.get("dc:date", [])) == len(dates) - 1


@pytest.mark.parametrize(
    ("source", "container", "volume", "issue", "page"),
    [  # OJS 3's dc:source form, as OJS sites serve it (AAAI's OJS, an OJS test record, the
       # Mind Research Repository); the plain citation form still reads as before
        ("Proceedings of IASEAI Conference; Vol. 2 No. 1: IASEAI '26; 1-12",
         "Proceedings of IASEAI Conference", "2", "1", "1-12"),
        ("The Mind Research Repository (beta); No 1 (2013)",
         "The Mind Research Repository (beta)", None, "1", None),
        ("Journal of Optimal Geolocations; 2022", "Journal of Optimal Geolocations", None, None,
         None),
        ("Acta Scientiarum; v. 3, n. 2 (2019)", "Acta Scientiarum", "3", "2", None),
        ("Revista X; Vol. 12 Núm. 3 (2020); e1234", "Revista X", "12", "3", "e1234"),
        ("Вестник науки, vol. 5, no. 2, pp. 9–46", "Вестник науки", "5", "2", "9–46"),
    ],
)
def test_ojs_source(source: str, container: str, volume: str | None, issue: str | None,
                    page: str | None) -> None:
    text = ('<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/">'
            f"<dc:title>T</dc:title><dc:source>{source}</dc:source></oai_dc:dc>")
    work = next(dc.read(text, source="t.xml", report=Report()))
    assert (work.container_title, work.volume, work.issue, work.page) == (
        container, volume, issue, page)


def test_repeated_creator_is_reported() -> None:
    # sickle's GetRecord.xml sample (github:mloesch/sickle sickle/tests/sample_data) repeats one
    text = ('<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"><dc:title>T</dc:title>'
            "<dc:creator>John Doe</dc:creator><dc:creator>John Doe</dc:creator></oai_dc:dc>")
    report = Report()
    work = next(dc.read(text, source="t.xml", report=report))
    assert len(work.contributors) == 1
    assert [d.kind for d in report if d.field == "creator"] == ["skipped"]


def test_read_names_carry_the_language_of_their_letters() -> None:
    from scholarmeta import read

    rec = ('<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title>'
           "<dc:creator>Smith, J.</dc:creator><dc:creator>Иванов, И.</dc:creator></oai_dc:dc>")  # fmt: skip
    w = read(rec, format="dc")
    assert [c.name.lang for c in w.contributors if c.name] == ["en", "ru"]


# -- real-file sweep: repository records -------------------------------------------------------
def _dc(body: str) -> str:
    return (f'<oai_dc:dc xmlns:oai_dc="{dc.OAI_DC_NS}" xmlns:dc="{dc.DC_NS}">'
            f"<dc:title>T</dc:title>{body}</oai_dc:dc>")


def test_organisation_contributor_is_not_split_as_a_person() -> None:
    # DSpace (Helda): the department as dc:contributor, "University, department"
    (w,) = read_all(_dc("<dc:creator>Tall, Anna</dc:creator><dc:contributor>Helsingin yliopisto, "
                        "soveltavan biologian laitos</dc:contributor>"))
    person, org = w.contributors
    assert person.name is not None and person.name.family == "Tall"
    assert org.kind == "organization" and org.roles == ["contributor"]
    assert org.organization[0].value == "Helsingin yliopisto, soveltavan biologian laitos"


def test_elements_kept_in_extra_are_written_back() -> None:
    (w,) = read_all(_dc("<dc:relation>Julkaisuja / Helsingin yliopisto</dc:relation>"
                        "<dc:format>application/pdf</dc:format><dc:identifier>ocm53789669"
                        "</dc:identifier>"))
    report = Report()
    text = dc.write([w], report=report)
    assert_valid_dc(text)
    (back,) = read_all(text)
    for key in ("dc:relation", "dc:format", "dc:identifier"):
        assert back.extra[key] == w.extra[key]
    assert not [d for d in report if d.field and d.field.startswith("extra[dc:")]


def test_further_languages_are_kept() -> None:
    report = Report()
    (w,) = read_all(_dc("<dc:language>eng</dc:language><dc:language>rus</dc:language>"), report)
    assert w.language == "en" and w.extra["dc:language"] == ["rus"]
    assert any(d.field == "language" for d in report)
    (back,) = read_all(dc.write([w], report=Report()))
    assert back.language == "en" and back.extra["dc:language"] == ["rus"]


def test_oai_pmh_error_response_is_a_parse_error_naming_the_code() -> None:
    text = (f'<OAI-PMH xmlns="{dc.OAI_NS}"><responseDate>2002-02-08T14:27:19Z</responseDate>'
            '<request verb="ListRecords">http://x</request><error code="noRecordsMatch"/></OAI-PMH>')
    assert detect_format(text) == "dc"
    with pytest.raises(ParseError, match="noRecordsMatch"):
        read_all(text)
