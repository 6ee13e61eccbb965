"""CSL-JSON writer and reader: schema validity, lossless round trip, golden output, real items."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from scholarmeta.errors import ParseError
from scholarmeta.formats import csljson, detect_format
from scholarmeta.formats._common import language_tag
from scholarmeta.lang import normalize_space
from scholarmeta.model import Contributor, LangString, PersonName, Work
from scholarmeta.model.identifiers import normalize_isbn, normalize_url
from scholarmeta.report import Report
from strategies import kazakh_conference_paper
from support import DATA, GOLDEN, assert_valid_csljson, need_shared

CSL_DATA = DATA / "csl"
REGEN = os.environ.get("SCHOLARMETA_REGEN_GOLDEN") == "1"


def check_golden(path: Path, text: str) -> None:
    """Compare ``text`` with the stored golden file (rewrite it with SCHOLARMETA_REGEN_GOLDEN=1)."""
    if REGEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def read_one(text: str, report: Report | None = None) -> Work:
    return next(csljson.read(text, source="t.json", report=report if report is not None else Report()))


def item_of(work: Work, **options: Any) -> dict[str, Any]:
    return json.loads(csljson.write([work], report=Report(), **options))[0]


# -- writer ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "options"),
    [("kazakh_conference_paper.json", {}),
     ("kazakh_conference_paper.references.json", {"references": True}),
     ("kazakh_conference_paper.plain.json", {"lossless": False})],
)
def test_golden_kazakh_paper(name: str, options: dict[str, Any]) -> None:
    text = csljson.write([kazakh_conference_paper()], report=Report(), **options)
    assert_valid_csljson(text)
    check_golden(GOLDEN / "csljson" / name, text)


@pytest.mark.parametrize(
    ("variable", "expected"),
    [("title", "Қазақ тіліндегі ғылыми мәтіндердің метадеректері"),
     ("language", "kk"),
     ("type", "paper-conference"),
     ("keyword", "метадеректер, қазақ тілі, библиография"),
     ("contributor", [{"family": "Омаров", "given": "Ержан"}]),
     ("author", [{"family": "Төлегенова", "given": "Айгүл Серікқызы"}]),
     ("DOI", "10.1234/kaznu.2023.15"),
     ("issued", {"date-parts": [[2023, 4, 12]]}),
     ("page", "112–118")],
)
def test_standard_variables(variable: str, expected: Any) -> None:
    assert item_of(kazakh_conference_paper())[variable] == expected


def test_abstract_in_work_language() -> None:
    assert item_of(kazakh_conference_paper())["abstract"].startswith("Мақалада")


def test_kazakh_paper_round_trip_is_lossless() -> None:
    work = kazakh_conference_paper()
    assert read_one(csljson.write([work], report=Report())) == work


def test_plain_output_reports_what_csl_cannot_hold() -> None:
    report = Report()
    csljson.write([kazakh_conference_paper()], report=report, lossless=False)
    fields = {d.field for d in report}
    assert {"titles", "contributors", "abstracts", "keywords", "references"} <= fields


def test_generated_id_is_stable() -> None:
    work = Work(titles=[LangString(value="T", lang="en")])
    assert item_of(work)["id"] == item_of(work)["id"]


def test_references_as_items_use_ref_ids() -> None:
    items = json.loads(csljson.write([kazakh_conference_paper()], report=Report(), references=True))
    assert [i["id"] for i in items] == ["ref-1", "ref-2"]


def test_extra_csl_variable_written_back() -> None:
    work = Work(extra={"csl:archive": "State archive", "csl:rights2": "x"})
    item = item_of(work, lossless=False)
    assert (item["archive"], item["custom"]["rights2"]) == ("State archive", "x")


def test_name_particles_and_organisations() -> None:
    work = Work(contributors=[
        Contributor(name=PersonName(family="Gogh", given="Vincent", particle="van")),
        Contributor(kind="organization", organization=[LangString(value="WHO", lang="en")]),
    ])
    assert item_of(work)["author"] == [
        {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}, {"literal": "WHO"}]


# -- reader ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("date", "iso"),
    [({"date-parts": [["2019", "5", "3"]]}, "2019-05-03"),
     ({"date-parts": [[2019, 5]]}, "2019-05"),
     ({"date-parts": [[2019], [2020]]}, "2019/2020"),
     ({"date-parts": [[2019]], "season": "Spring"}, "2019-21"),
     ({"date-parts": [[2019, 14]]}, "2019-22"),
     ({"date-parts": [[1990]], "circa": True}, "1990~"),
     ({"raw": "2019-05-03"}, "2019-05-03"),
     ({"literal": "в печати"}, "в печати"),
     ("2019/2020", "2019/2020"),
     ("2019-05-03", "2019-05-03")],
)
def test_dates(date: Any, iso: str) -> None:
    work = read_one(json.dumps([{"id": "a", "type": "book", "issued": date}]))
    assert work.issued is not None and work.issued.iso() == iso


@pytest.mark.parametrize(
    ("name", "family", "particle"),
    [({"family": "Jones", "given": "John", "dropping-particle": "d'"}, "Jones", "d'"),
     ({"family": "Beethoven", "non-dropping-particle": "van"}, "Beethoven", "van"),
     ({"family": "Doe", "given": "J."}, "Doe", None)],
)
def test_names(name: dict[str, str], family: str, particle: str | None) -> None:
    work = read_one(json.dumps({"id": "a", "type": "book", "author": [name]}))
    assert work.authors[0].name is not None
    assert (work.authors[0].name.family, work.authors[0].name.particles()) == (family, particle)


def test_dropping_particle_stays_dropping() -> None:
    # "Ludwig van Beethoven" sorts as "Beethoven, Ludwig van": the particle must not turn into a
    # non-dropping one ("van Beethoven, Ludwig") on the way through
    name = {"family": "Martinière", "given": "Gérard", "dropping-particle": "de",
            "non-dropping-particle": "la"}
    work = read_one(json.dumps([{"id": "a", "type": "book", "author": [name]}]))
    assert work.authors[0].name is not None
    assert (work.authors[0].name.dropping_particle, work.authors[0].name.particle) == ("de", "la")
    out = json.loads(csljson.write([work], report=Report()))[0]["author"][0]
    assert (out["dropping-particle"], out["non-dropping-particle"]) == ("de", "la")


@pytest.mark.parametrize(
    "name", [{"literal": "World Health Organization"}, {"family": "Doe Co.", "isInstitution": True}]
)
def test_institution_names(name: dict[str, Any]) -> None:
    work = read_one(json.dumps([{"id": "a", "type": "book", "author": [name]}]))
    assert work.authors[0].kind == "organization"


def test_unknown_variable_kept_reported_and_written_back() -> None:
    report = Report()
    work = read_one(json.dumps([{"id": "a", "type": "book", "call-number": "QA76"}]), report)
    assert work.extra["csl:call-number"] == "QA76"
    assert any(d.kind == "unmapped" and d.field == "call-number" for d in report)
    assert item_of(work)["call-number"] == "QA76"


def test_non_csl_variable_goes_to_custom() -> None:
    work = read_one(json.dumps([{"id": "a", "type": "book", "multi": {"x": 1}}]))
    text = csljson.write([work], report=Report())
    assert_valid_csljson(text)
    assert json.loads(text)[0]["custom"]["multi"] == {"x": 1}


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [("original-date: 1990", "csl:original-date", "1990"),
     ("DOI: 10.1037/10023-000", "doi", "10.1037/10023-000")],
)
def test_cheater_syntax(note: str, field: str, value: str) -> None:
    work = read_one(json.dumps([{"id": "a", "type": "book", "note": note}]))
    got = work.doi if field == "doi" else work.extra[field]
    assert got == value


@pytest.mark.parametrize(
    ("ctype", "expected"), [("video", "motion_picture"), ("nonsense", "document"), ("book", "book")]
)
def test_types(ctype: str, expected: str) -> None:
    assert read_one(json.dumps({"id": "a", "type": ctype})).type == expected


def test_invalid_identifier_kept_in_extra() -> None:
    report = Report()
    work = read_one(json.dumps([{"id": "a", "type": "book", "ISBN": "123"}]), report)
    assert work.extra["csl:ISBN"] == "123" and any(d.kind == "invalid" for d in report)


@pytest.mark.parametrize(
    ("text", "line"), [('[{"id": "a",\n "type": }]', 2), ("42", 1), ("", 1)]
)
def test_bad_input_raises_parse_error_with_line(text: str, line: int) -> None:
    with pytest.raises(ParseError) as exc:
        list(csljson.read(text, source="bad.json", report=Report()))
    assert exc.value.line == line and exc.value.source == "bad.json"


def test_non_object_item_reported_and_skipped() -> None:
    report = Report()
    works = list(csljson.read('[1, {"id": "b", "type": "book"}]', source=None, report=report))
    assert [w.id for w in works] == ["b"] and report.errors


def test_detected() -> None:
    assert detect_format('[{"id": "a", "type": "article-journal", "title": "x"}]') == "csljson"


# -- real items ------------------------------------------------------------------------------
def _real_items(name: str) -> list[Any]:
    path = need_shared(CSL_DATA / name)
    if path.is_dir():
        return [i for f in sorted(path.glob("*.json")) for i in json.loads(f.read_text("utf-8"))]
    key = "item" if "suite" in name else "csl"
    return [json.loads(line)[key] for line in path.read_text("utf-8").splitlines() if line.strip()]


def _norm_names(names: Any) -> list[tuple[str, str]]:
    out = []
    for n in names if isinstance(names, list) else []:
        if not isinstance(n, dict):
            continue
        fam = " ".join(normalize_space(str(n.get(k, ""))) for k in
                       ("dropping-particle", "non-dropping-particle", "family") if n.get(k))
        out.append((fam or normalize_space(str(n.get("literal", ""))),
                    normalize_space(str(n.get("given", "")))))
    return out


def _norm(item: dict[str, Any]) -> dict[str, Any]:
    """The standard variables of an item, in a comparable form."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in csljson.NAME_VARIABLE_ROLES and key != "contributor":
            out[key] = _norm_names(value)
        elif key in ("issued", "accessed") and isinstance(value, dict) and "date-parts" in value:
            try:
                parts = [int(x) for x in value["date-parts"][0] if str(x).strip()]
                # seasons (months 13-16 or 21-24) are read into PartialDate.season
                out[key] = parts[:1] if len(parts) > 1 and parts[1] > 12 else parts
            except (TypeError, ValueError, IndexError):
                continue
        elif key == "ISBN":
            try:
                isbns = [normalize_isbn(v) for v in re.split(r"[\s,;]+", str(value)) if v]
                out[key] = list(dict.fromkeys(isbns))
            except ValueError:
                out[key] = value
        elif key == "URL":
            try:
                out[key] = normalize_url(str(value))
            except ValueError:
                out[key] = value
        elif key == "language":
            out[key] = language_tag(str(value)) or value
        elif key in ("title", "container-title", "volume", "issue", "page", "publisher",
                     "publisher-place", "edition", "number", "abstract", "DOI",
                     "collection-title", "genre", "source", "call-number", "archive"):
            out[key] = normalize_space(str(value))
    return out


@pytest.mark.parametrize(
    "name", ["csl-test-suite-items.jsonl", "zotero-translator-items.jsonl", "bbt"]
)
def test_real_items_read_and_rewrite_valid(name: str) -> None:
    items = _real_items(name)
    report = Report()
    works = list(csljson.read(json.dumps(items), source=name, report=report))
    assert len(works) == len(items) - sum(d.kind == "failed" for d in report)
    assert_valid_csljson(csljson.write(works, report=Report()))


@pytest.mark.parametrize(
    "name", ["csl-test-suite-items.jsonl", "zotero-translator-items.jsonl", "bbt"]
)
def test_real_items_round_trip_standard_fields(name: str) -> None:
    mismatches = []
    for item in _real_items(name):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            continue
        works = list(csljson.read(json.dumps([item]), source=None, report=Report()))
        out = json.loads(csljson.write(works, report=Report(), lossless=False))[0]
        want, got = _norm(item), _norm(out)
        if any(got.get(k) != v for k, v in want.items()):
            mismatches.append((item.get("id"), {k: (v, got.get(k)) for k, v in want.items()
                                                if got.get(k) != v}))
    assert not mismatches, mismatches[:5]


def test_cheater_type_fixes_a_non_csl_type() -> None:
    work = read_one(json.dumps([{"id": "a", "type": "misc-thing", "note": "Type: motion_picture"}]))
    assert work.type == "motion_picture"


@pytest.mark.parametrize(
    ("keyword", "terms"),
    [("a, b, c", ["a", "b", "c"]),
     # MeSH headings via JabRef's Medline import (github:JabRef/jabref
     # jablib/src/test/resources/org/jabref/logic/importer/fileformat/MedlineImporterTestMathML.bib)
     ("Computer Simulation; Models, Biological; Software",
      ["Computer Simulation", "Models, Biological", "Software"])],
)
def test_keyword_with_commas_survives_plain_csl(keyword: str, terms: list[str]) -> None:
    work = next(iter(csljson.read(json.dumps([{"id": "k", "type": "article", "keyword": keyword}]),
                                  source=None, report=Report())))
    assert work.keywords[0].terms == terms
    item = json.loads(csljson.write([work], report=Report()))[0]
    assert item["keyword"] == keyword
    assert "keywords" not in item.get("custom", {}).get("scholarmeta", {})


# A Crossref REST answer, trimmed (quoted in github:jkitchin-like blog posts; the shape is
# api.crossref.org/works/{doi}): text variables as arrays, JATS abstract, affiliations, ORCID.
CROSSREF = {
    "status": "ok", "message-type": "work", "message-version": "1.0.0",
    "message": {
        "publisher": "Springer Nature", "issue": "1", "short-container-title": ["J Gen Intern Med"],
        "DOI": "10.1111/j.1525-1497.2001.00333.x", "type": "journal-article", "page": "41-49",
        "title": ["Understanding Physicians' Skills at Providing End-of-Life Care"],
        "volume": "16", "container-title": ["Journal of General Internal Medicine"],
        "original-title": [], "subtitle": [], "short-title": [],
        "abstract": "<jats:title>Abstract</jats:title><jats:p>First &amp; one.</jats:p>"
                    "<jats:p>Second <jats:italic>two</jats:italic>.</jats:p>",
        "author": [{"given": "Ashish", "family": "Vaswani", "sequence": "first",
                    "affiliation": [{"name": "Google Brain"}],
                    "ORCID": "http://orcid.org/0000-0002-1825-0097"}],
        "issued": {"date-parts": [[2001, 1]]}, "ISSN": ["0884-8734", "1525-1497"],
    },
}


def test_crossref_rest_work_is_read() -> None:
    report = Report()
    work = next(iter(csljson.read(json.dumps(CROSSREF), source=None, report=report)))
    assert work.type == "article-journal"
    assert work.title == "Understanding Physicians' Skills at Providing End-of-Life Care"
    assert work.container_title == "Journal of General Internal Medicine"
    assert work.container_short_title == "J Gen Intern Med"
    assert work.abstracts[0].paragraphs == ["First & one.", "Second two."]
    assert work.abstracts[0].title == "Abstract"
    author = work.contributors[0]
    assert author.orcid == "0000-0002-1825-0097"
    assert author.affiliations[0].raw[0].value == "Google Brain"
    assert work.identifier("doi") == "10.1111/j.1525-1497.2001.00333.x"
    assert not any(k.startswith("csl:title") or k.startswith("csl:container") for k in work.extra)


@pytest.mark.parametrize(("crossref", "csl"), [("posted-content", "article"),
                                                ("book-chapter", "chapter"),
                                                ("monograph", "book"),
                                                ("peer-review", "review")])
def test_crossref_types(crossref: str, csl: str) -> None:
    report = Report()
    work = next(iter(csljson.read(json.dumps([{"id": "a", "type": crossref}]), source=None,
                                  report=report)))
    assert work.type == csl and not work.extra


@pytest.mark.parametrize(
    ("item", "check"),
    [  # shapes met in exports in the wild (Crossref ISSN arrays, citation.js keyword arrays,
       # pre-1.0 citeproc-js dates)
        ({"ISSN": ["1234-5679", "0884-8734"]},
         lambda w: [i.value for i in w.identifiers] == ["1234-5679", "0884-8734"]),
        ({"keyword": ["Models, Biological", "Software"]},
         lambda w: w.keywords[0].terms == ["Models, Biological", "Software"]),
        ({"issued": [{"year": 2020, "month": 5}]}, lambda w: w.issued.iso() == "2020-05"),
        ({"issued": {"year": "2021"}}, lambda w: w.issued.iso() == "2021"),
    ],
)
def test_item_shapes_in_the_wild(item: dict[str, Any], check: Any) -> None:
    report = Report()
    work = next(iter(csljson.read(json.dumps([{"id": "a", "type": "article", **item}]),
                                  source=None, report=report)))
    assert check(work), work
    assert not work.extra and not [d for d in report if d.kind in ("unmapped", "invalid")]


def test_word_citation_items_are_read() -> None:
    # the CSL citation Zotero and Mendeley embed in a Word file (schema csl-citation.json)
    cite = {"citationID": "a1", "properties": {"noteIndex": 0}, "citationItems": [
        {"id": 1234, "uris": ["http://zotero.org/users/1/items/ABCD"],
         "itemData": {"id": 1234, "type": "article-journal", "title": "A title",
                      "author": [{"family": "Smith", "given": "John", "dropping-particle": "",
                                  "non-dropping-particle": "van der", "parse-names": False,
                                  "suffix": ""}],
                      "issued": {"date-parts": [["2019", "3"]]}, "publisher": ""}}],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    work = next(iter(csljson.read(json.dumps(cite), source=None, report=Report())))
    assert (work.id, work.title, work.issued.iso()) == ("1234", "A title", "2019-03")
    assert work.contributors[0].name.particle == "van der"
    assert work.extra == {"csl:uris": ["http://zotero.org/users/1/items/ABCD"]}


def test_item_with_invalid_unicode_fails_alone() -> None:
    report = Report()
    text = '[{"type": "book", "title": "a\ud800"}, {"type": "book", "title": "b"}]'
    works = list(csljson.read(text, source="x.json", report=report))
    assert [w.title for w in works] == ["b"]
    assert [(d.kind, d.record) for d in report] == [("failed", "#1")]


def test_a_language_the_reader_adds_is_no_loss() -> None:
    # CSL-JSON names carry no language; the BibTeX reader detects one: nothing was lost
    import scholarmeta

    work = read_one(json.dumps([{"id": "cone1970black", "type": "article-journal",
                                 "title": "Black Theology and Black Power",
                                 "author": [{"family": "Cone", "given": "James H."}]}]))
    out = scholarmeta.write(work, "bibtex")
    assert not [d for d in out.report if d.field == "contributors"]
