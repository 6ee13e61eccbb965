"""BibTeX / biblatex reader: macros, inheritance, names, types, encodings, broken entries."""

from __future__ import annotations

import pytest

from scholarmeta import api
from scholarmeta.formats import biblatex, bibtex
from scholarmeta.formats._bibtex_tables import BIBLATEX_TO_CSL
from scholarmeta.model import WORK_TYPES, Work
from scholarmeta.report import Report
from support import DATA, need_shared

BIB = DATA / "bibtex"


def read(text: str, fmt: str = "bibtex") -> tuple[list[Work], Report]:
    report = Report()
    mod = bibtex if fmt == "bibtex" else biblatex
    return list(mod.read(text, source="t.bib", report=report)), report


def one(text: str) -> Work:
    works, _ = read(text)
    assert len(works) == 1
    return works[0]


def test_string_macros_and_concatenation() -> None:
    w = one('@string{j = "Journal"}\n@string{jj = j # " of Tests"}\n'
            '@article{k, journal = jj, title = "A " # {B}, month = mar, year = 2001}')  # fmt: skip
    assert (w.container_title, w.title, w.issued and w.issued.month) == ("Journal of Tests", "A B", 3)


@pytest.mark.parametrize(("month", "expected"), [("jan", 1), ("{Dec.}", 12), ("{5}", 5),
                                                 ("{September}", 9)])  # fmt: skip
def test_months(month: str, expected: int) -> None:
    w = one(f"@misc{{k, title={{T}}, year=2000, month={month}}}")
    assert w.issued is not None and w.issued.month == expected


def test_crossref_inherits_booktitle_and_editors() -> None:
    works, _ = read(
        "@inproceedings{p, title={Paper}, author={A, B}, crossref={c}, pages={1--2}}\n"
        "@proceedings{c, title={Proc. of X}, editor={E, F}, year=2006, publisher={P}}"
    )
    p = works[0]
    assert p.container_title == "Proc. of X" and p.title == "Paper"
    assert p.issued is not None and p.issued.year == 2006
    assert [c.roles for c in p.contributors] == [["author"], ["editor"]]
    assert p.publisher[0].value == "P"


def test_xdata_fills_fields_and_is_not_a_work() -> None:
    works, _ = read(
        "@xdata{pub, publisher={Macmillan}, location={London}}\n"
        "@book{b, title={B}, xdata={pub}, year=1990}",
        "biblatex",
    )
    assert [w.id for w in works] == ["b"]
    assert works[0].publisher[0].value == "Macmillan"


NAMES = [
    ("Doe, Jane and {World Health Organization} and others",
     [("Doe", "Jane"), ("World Health Organization", None)]),
    ("Ludwig van Beethoven", [("Beethoven", "Ludwig")]),
    ("Иванов, Иван Иванович", [("Иванов", "Иван Иванович")]),
]  # fmt: skip


@pytest.mark.parametrize(("value", "expected"), NAMES)
def test_names(value: str, expected: list[tuple[str, str | None]]) -> None:
    w = one(f"@article{{k, author={{{value}}}, title={{T}}}}")
    got = [(c.name.family, c.name.given_full()) if c.name else (c.organization[0].value, None)
           for c in w.contributors]  # fmt: skip
    assert got == expected


def test_others_is_marked() -> None:
    w = one("@article{k, author={Doe, J. and others}, title={T}}")
    assert w.extra["bibtex:author+others"] is True


def test_particle_and_patronymic() -> None:
    w = one("@article{k, author={van Beethoven, Ludwig and Тулекова, Гүлжан Қажымұратқызы}}")
    a, b = (c.name for c in w.contributors)
    assert a is not None and b is not None
    assert (a.particle, a.family) == ("van", "Beethoven")
    assert (b.given, b.patronymic) == ("Гүлжан", "Қажымұратқызы")


@pytest.mark.parametrize("entry_type", sorted(BIBLATEX_TO_CSL))
def test_type_table_maps_to_csl(entry_type: str) -> None:
    assert BIBLATEX_TO_CSL[entry_type] in WORK_TYPES


def test_unknown_type_and_fields_go_to_extra_and_report() -> None:
    works, report = read("@weird{k, title={T}, timestamp={2010}}")
    assert works[0].type == "document"
    assert works[0].extra["bibtex:timestamp"] == "2010"
    assert works[0].extra["bibtex:entrytype"] == "weird"
    assert {d.field for d in report if d.kind == "unmapped"} >= {"timestamp"}


def test_identifiers_are_validated() -> None:
    works, report = read("@book{k, title={T}, isbn={0-306-40615-2}, doi={https://doi.org/10.1000/x},"
                         " issn={1234-5678}}")  # fmt: skip
    w = works[0]
    assert w.identifier("isbn") == "0-306-40615-2" and w.doi == "10.1000/x"
    assert w.identifier("issn") is None and w.extra["bibtex:issn"] == "1234-5678"
    assert any(d.kind == "invalid" and d.field == "issn" for d in report)


def test_broken_and_duplicate_entries_are_reported_with_lines() -> None:
    text = ("@article{a, title={One}}\n"
            "@article{a, title={Dup}}\n"
            "@article{b, title={unclosed}\n"
            "@article{c, title={Three}}\n")  # fmt: skip
    works, report = read(text)
    assert [w.title for w in works] == ["One", "Three"]
    dup = [d for d in report if d.kind == "duplicate"]
    failed = [d for d in report if d.kind == "failed"]
    assert (dup[0].line, dup[0].record) == (2, "a")
    assert failed[0].line == 3 and failed[0].severity == "error"


def test_keyless_entry_is_read() -> None:
    works, report = read("@article{\n  author = {Doe, J.},\n  title = {No key}\n}\n")
    assert works[0].title == "No key"
    assert any(d.kind == "invalid" for d in report)


def test_reading_is_lazy() -> None:
    it = bibtex.read("@misc{a, title={A}}\n@misc{b, title={B}}", source=None, report=Report())
    assert next(iter(it)).title == "A"


def test_biblatex_fields() -> None:
    w = one("@online{k, title={T}, journaltitle={J}, date={2020-03-04/2020-03-05}, langid={russian},"
            " urldate={2021-01-02}, editora={Super, Visor}, editoratype={supervisor}}")  # fmt: skip
    assert w.type == "webpage" and w.language == "ru" and w.container_title == "J"
    assert w.issued is not None and w.issued.end is not None and w.accessed is not None
    assert w.contributors[0].roles == ["supervisor"]


def test_sniff_prefers_biblatex_only_with_biblatex_fields() -> None:
    plain = "@article{a, journal={J}, year=2000}"
    modern = "@article{a, journaltitle={J}, date={2000}}"
    assert bibtex.sniff(plain) > biblatex.sniff(plain)
    assert biblatex.sniff(modern) > bibtex.sniff(modern)


@pytest.mark.parametrize("name", ["biber__encoding1.bib", "biber__encoding3.bib"])
def test_non_utf8_files(name: str) -> None:
    path = need_shared(BIB / "tricky" / name)
    w = api.read(path, "bibtex")
    assert w.title in ("Šome title", "Söme title")  # latin-9 and latin-1 by their coding hints


def _all_bib_files() -> list[str]:
    if not BIB.exists():
        return []
    return sorted(str(p.relative_to(BIB)) for p in BIB.rglob("*.bib*") if "large" not in p.parts)


@pytest.mark.parametrize("rel", _all_bib_files())
def test_every_shared_file_reads(rel: str) -> None:
    report = Report()
    works = list(api.read_all(BIB / rel, "bibtex", report=report))
    assert works or report.errors


def test_tugboat_reads_all_entries() -> None:
    """3,650 blocks: 3,644 entries, 3 @string and 3 @preamble (speed: benchmarks/)."""
    path = need_shared(BIB / "large" / "tugboat.bib")
    works = list(api.read_all(path, "bibtex"))
    assert len(works) == 3644
    assert all(w.title for w in works)


def test_jabref_medline_fields() -> None:
    # JabRef's Medline import writes these (github:JabRef/jabref jablib/src/test/resources/
    # org/jabref/logic/importer/fileformat/MedlineImporterTestMathML.bib, trimmed)
    work = one("@Article{,\n  journal = {Journal of integrative bioinformatics},\n"
               "  journal-abbreviation = {J Integr Bioinform},\n  title = {CellML 2.0.},\n"
               "  pmc = {PMC7756617},\n  pmid = {32759406},\n}\n")
    assert work.container_short_title == "J Integr Bioinform"
    assert (work.identifier("pmcid"), work.identifier("pmid")) == ("PMC7756617", "32759406")
    assert not work.extra


# biblatex-iso690-examples.bib, NBR6023-2002.bib, biblatex-cv.bib (TeX Live): biber and pandoc
# read "%" as a comment outside entries and between fields; bibtexparser does not.
PERCENT_COMMENTS = [
    ("after a field's comma", "@article{a, title={T},% a remark\n  year=2006}", ("T", 2006)),
    ("a commented-out field", "@article{a, title={T},\n%  note={N},\n  year=2006}", ("T", 2006)),
    ("in a ( ) entry", "@article(a, title={T}, % a remark\n  year=2006)", ("T", 2006)),
    ("in a value: text", "@article{a, title={50% of T}, year=2006}", ("50% of T", 2006)),
    ("in a quoted value: text", '@article{a, title="50% of T", year=2006}', ("50% of T", 2006)),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PERCENT_COMMENTS],
                         ids=[c[0] for c in PERCENT_COMMENTS])  # fmt: skip
def test_percent_comments_inside_entries(text: str, expected: tuple[str, int]) -> None:
    works, report = read(text, "biblatex")
    assert [(w.title, w.issued and w.issued.year) for w in works] == [expected]
    assert not report and not works[0].extra


def test_commented_out_entry_is_not_read() -> None:
    works, report = read("%@book{gone,\n%  title={Gone},\n%}\n@book{b, title={B}}\n", "biblatex")
    assert [w.id for w in works] == ["b"] and not report.errors
    assert works[0].extra == {}


def test_quote_inside_braces_inside_quoted_value() -> None:
    # texbook2.bib (TeX Live, Beebe): remark = "{… "optionalen" Kapitel …}." is one value; the
    # @comment sends the file to bibtexparser, which ended the value at the inner quote
    works, report = read('@comment{c}\n'
                         '@book{g, remark = "{Zum Teil "optionalen" Kapitel}.", year = "1982"}')
    assert [w.issued and w.issued.year for w in works] == [1982] and not report.errors
    assert works[0].extra["bibtex:remark"] == '{Zum Teil "optionalen" Kapitel}.'


def test_lines_after_escaped_newlines_are_the_files() -> None:
    # texbook2.bib: tableofcontents lines end in "\\"; bibtexparser does not count those newlines
    text = ('@book{a, toc = "One \\\\\n Two \\\\\n Three"}\n\n'
            "@book{b, title={B}, note={n}, note={m}}\n")  # fmt: skip
    _, report = read(text)
    assert [d.line for d in report if d.kind == "duplicate"] == [5]


def test_recovered_entries_keep_file_order() -> None:
    # an entry bibtexparser had to recover (a repeated field) stays where it was in the file
    works, _ = read("@book{a, title={A}}\n@book{b, title={B}, note={n}, note={m}}\n@book{c, title={C}}")
    assert [w.id for w in works] == ["a", "b", "c"]


def test_entries_with_an_empty_key_get_one_each() -> None:
    # "@book{," had id "" and a second one was dropped as a duplicate key
    works, report = read("@book{, title={K}}\n@book{, title={L}}\n")
    assert [(w.id, w.title) for w in works] == [("bibtex-line1", "K"), ("bibtex-line2", "L")]
    assert [d.kind for d in report] == ["invalid", "invalid"]


@pytest.mark.parametrize(
    ("fmt", "places"),
    [  # biblatex-examples.bib (TeX Live): location = {München and Berlin and New York}
        ("biblatex", "München; Berlin; New York"),
        ("bibtex", "München and Berlin and New York"),  # BibTeX's address is plain text
    ],
)
def test_biblatex_literal_lists(fmt: str, places: str) -> None:
    works, _ = read('@book{a, title={T}, location={M{\\"u}nchen and Berlin and New York}, '
                    "publisher={{Barnes and Noble} and Wiley}}", fmt)
    assert [p.value for p in works[0].publisher_place] == [places]
    assert [p.value for p in works[0].publisher] == [
        "Barnes and Noble; Wiley" if fmt == "biblatex" else "Barnes and Noble and Wiley"]


def test_undefined_bare_macro_is_reported() -> None:
    works, report = read("@article{a, title = {T}, journal = jomch, year = 2006}")
    assert works[0].container_title == "jomch"
    assert any("undefined macro 'jomch'" in d.message for d in report)


def test_full_date_in_the_year_field() -> None:
    # Citavi / Mendeley exports: "year = {2013-02-21}"
    w = one("@misc{a, title = {T}, year = {2013-02-21}}")
    assert w.issued is not None and w.issued.iso() == "2013-02-21"


def test_acm_numpages_and_articleno() -> None:
    # the ACM Digital Library's export: numpages and articleno, not pagetotal and eid
    works, report = read("@article{10.1145/3635306, title={T}, journal={ACM Trans. Model. Comput. "
                         "Simul.}, volume={34}, articleno={3}, numpages={37}, year={2024}}")
    assert (works[0].article_number, works[0].number_of_pages) == ("3", "37")
    assert not works[0].extra and not [d for d in report if d.kind == "unmapped"]


def test_edtf_approximate_date_is_circa() -> None:
    # biber's dateformats.bib: DATE = {1034~}; the ~ is EDTF's "approximate", not a tie
    works, _ = read("@inproceedings{era4, title={T}, date={1034~}, urldate={1487~/1490}}",
                    "biblatex")
    w = works[0]
    assert w.issued is not None and (w.issued.year, w.issued.circa) == (1034, True)
    assert w.accessed is not None and w.accessed.iso() == "1487~/1490"


def test_google_scholar_arxiv_journal_gives_the_arxiv_id() -> None:
    works, _ = read("@article{he2022, title={Rethinking with Retrieval}, author={He, Hangfeng},"
                    " journal={arXiv preprint arXiv:2301.00303}, year={2022}}")
    assert [(i.scheme, i.value) for i in works[0].identifiers] == [("arxiv", "2301.00303")]
    assert works[0].container_title == "arXiv preprint arXiv:2301.00303"


def test_full_names_separated_by_commas_are_a_list() -> None:
    works, report = read("@article{k, title={T}, author={Qiange Wang, Chaoyi Chen, Jingqi Gao}}")
    assert [(c.name.given, c.name.family) for c in works[0].contributors if c.name] == [
        ("Qiange", "Wang"), ("Chaoyi", "Chen"), ("Jingqi", "Gao")]
    assert any(d.kind == "degraded" and d.field == "author" for d in report)
    works, _ = read("@article{k, title={T}, author={Hu, G., Zhang, G., & Hu, R.}}")
    assert len(works[0].contributors) == 1  # "Last, Jr, First" parts: not read as a list
