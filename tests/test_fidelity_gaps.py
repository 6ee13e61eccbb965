"""Fields that used to land only in ``extra``: multi-volume titles, ``howpublished``, old-style
arXiv ids, ISBN-10, RIS author addresses."""

from __future__ import annotations

from scholarmeta import api
from scholarmeta.formats import biblatex, bibtex, csljson, jats
from scholarmeta.model import LangString, Reference, Work
from scholarmeta.report import Report
from support import assert_valid_bibtex, assert_valid_csljson, assert_valid_jats

KANT = r"""@inbook{kant:kpv,
  author = {Kant, Immanuel},
  title = {Kritik der praktischen Vernunft},
  booktitle = {Kritik der praktischen Vernunft. Kritik der Urtheilskraft},
  booksubtitle = {Zweiter Teil},
  booktitleaddon = {Mit Anmerkungen},
  maintitle = {Kants Werke},
  mainsubtitle = {Akademie Textausgabe},
  maintitleaddon = {Unveränderter Abdruck},
  volume = {5},
  date = {1968},
  pages = {1--163},
}
@book{nietzsche:ksa1,
  author = {Nietzsche, Friedrich},
  title = {Die Geburt der Tragödie},
  maintitle = {Sämtliche Werke},
  mainsubtitle = {Kritische Studienausgabe},
  volume = {1},
  date = {1988},
}
"""


def _read(text: str, fmt=biblatex) -> tuple[list[Work], Report]:  # type: ignore[no-untyped-def]
    r = Report()
    return list(fmt.read(text, source=None, report=r)), r


# -- 1. maintitle, mainsubtitle, maintitleaddon, booksubtitle, booktitleaddon ----------------
def test_biblatex_multivolume_titles_have_fields_of_their_own() -> None:
    (kant, nietzsche), report = _read(KANT)
    assert not [d for d in report if d.kind == "unmapped"]
    assert not kant.extra and not nietzsche.extra
    assert kant.title == "Kritik der praktischen Vernunft"
    assert kant.container_title == "Kritik der praktischen Vernunft. Kritik der Urtheilskraft"
    assert [t.value for t in kant.container_subtitles] == ["Zweiter Teil"]
    assert kant.container_title_addon == "Mit Anmerkungen"
    assert [t.value for t in kant.main_titles] == ["Kants Werke"]
    assert [t.value for t in kant.main_subtitles] == ["Akademie Textausgabe"]
    assert kant.main_title_addon == "Unveränderter Abdruck"
    assert nietzsche.title == "Die Geburt der Tragödie" and not nietzsche.container_titles
    assert [t.value for t in nietzsche.main_titles] == ["Sämtliche Werke"]


def test_biblatex_round_trip_keeps_multivolume_titles() -> None:
    works, _ = _read(KANT)
    for fmt in (biblatex, bibtex):
        out = fmt.write(works, report=Report())
        assert_valid_bibtex(out)
        for field in ("booksubtitle = {Zweiter", "booktitleaddon = {Mit Anmerkungen}",
                      "maintitle = {Kants", "mainsubtitle = {Akademie",
                      "maintitleaddon = {Unveränderter Abdruck}"):  # fmt: skip
            assert field in out
        back, _ = _read(out)
        for a, b in zip(works, back, strict=True):
            for f in ("titles", "container_titles", "container_subtitles", "container_title_addon",
                      "main_titles", "main_subtitles", "main_title_addon"):  # fmt: skip
                assert [getattr(x, "value", x) for x in getattr(a, f) or []] == [
                    getattr(x, "value", x) for x in getattr(b, f) or []], (fmt.NAME, f)


def test_mvbook_crossref_gives_main_title_and_subtitle() -> None:
    text = r"""@mvbook{ksa, title = {Sämtliche Werke}, subtitle = {Kritische Studienausgabe},
      titleaddon = {in 15 Bänden}, date = {1988}}
    @book{ksa1, crossref = {ksa}, title = {Die Geburt der Tragödie}, volume = {1}}
    @book{b, title = {Der Band}, subtitle = {Ein Untertitel}, titleaddon = {Zusatz}}
    @inbook{c, crossref = {b}, title = {Ein Kapitel}}"""
    works, _ = _read(text)
    ksa1 = next(w for w in works if w.id == "ksa1")
    assert [t.value for t in ksa1.main_titles] == ["Sämtliche Werke"]
    assert [t.value for t in ksa1.main_subtitles] == ["Kritische Studienausgabe"]
    assert ksa1.main_title_addon == "in 15 Bänden"
    c = next(w for w in works if w.id == "c")
    assert c.container_title == "Der Band" and c.container_title_addon == "Zusatz"
    assert [t.value for t in c.container_subtitles] == ["Ein Untertitel"]
    assert not c.subtitles and "biblatex:titleaddon" not in c.extra


def test_csl_volume_title_carries_the_volume() -> None:
    works, _ = _read(KANT)
    kant, nietzsche = (csljson.work_to_item(w, lossless=False) for w in works)
    assert kant["container-title"] == "Kants Werke: Akademie Textausgabe. Unveränderter Abdruck"
    assert kant["volume-title"] == (
        "Kritik der praktischen Vernunft. Kritik der Urtheilskraft: Zweiter Teil. Mit Anmerkungen")
    assert kant["title"] == "Kritik der praktischen Vernunft"
    assert nietzsche["title"] == "Sämtliche Werke: Kritische Studienausgabe"
    assert nietzsche["volume-title"] == "Die Geburt der Tragödie"
    assert_valid_csljson([kant, nietzsche])
    # plain CSL read back: the volume is the container (the title) again
    back = csljson.item_to_work(kant, report=Report())
    assert back is not None and back.container_title == kant["volume-title"]
    assert back.main_titles[0].value == kant["container-title"] and not back.extra
    back = csljson.item_to_work(nietzsche, report=Report())
    assert back is not None and back.title == "Die Geburt der Tragödie"
    assert back.main_titles[0].value == nietzsche["title"]
    # lossless: the parts come back exactly
    for w in works:
        assert csljson.item_to_work(csljson.work_to_item(w), report=Report()) == w


def test_csl_volume_title_of_a_periodical_stays_in_extra() -> None:
    item = {"id": "a", "type": "article-journal", "title": "T", "container-title": "J",
            "volume-title": "Special issue on X"}  # fmt: skip
    w = csljson.item_to_work(item, report=Report())
    assert w is not None and w.container_title == "J" and not w.main_titles
    assert w.extra == {"csl:volume-title": "Special issue on X"}


def test_jats_citation_source_is_the_main_work_and_part_title_the_volume() -> None:
    works, _ = _read(KANT)
    article = Work(titles=[LangString(value="Über Kant", lang="de")],
                   references=[Reference(work=w) for w in works])  # fmt: skip
    out = jats.write([article], report=Report())
    assert_valid_jats(out)
    assert "<chapter-title>Kritik der praktischen Vernunft</chapter-title>" in out
    assert "<source>Kants Werke: Akademie Textausgabe. Unveränderter Abdruck</source>" in out
    assert ("<part-title>Kritik der praktischen Vernunft. Kritik der Urtheilskraft: Zweiter Teil. "
            "Mit Anmerkungen</part-title>") in out
    assert "<source>Sämtliche Werke: Kritische Studienausgabe</source>" in out
    assert "<part-title>Die Geburt der Tragödie</part-title>" in out


def test_jats_citation_part_title_reads_back_as_volume_under_the_main_work() -> None:
    works, _ = _read(KANT)
    article = Work(titles=[LangString(value="Über Kant", lang="de")],
                   references=[Reference(work=w) for w in works])  # fmt: skip
    back = next(iter(jats.read(jats.write([article], report=Report()), source=None,
                               report=Report())))  # fmt: skip
    chapter, volume = (r.work for r in back.references)
    assert chapter is not None and volume is not None
    assert (chapter.title, chapter.container_title, chapter.main_titles[0].value) == (
        "Kritik der praktischen Vernunft",
        "Kritik der praktischen Vernunft. Kritik der Urtheilskraft: Zweiter Teil. Mit Anmerkungen",
        "Kants Werke: Akademie Textausgabe. Unveränderter Abdruck")
    assert (volume.title, volume.container_title, volume.main_titles[0].value) == (
        "Die Geburt der Tragödie", None, "Sämtliche Werke: Kritische Studienausgabe")


def test_writers_without_a_home_report_the_main_title() -> None:
    works, _ = _read(KANT)
    written = api.write(works[1], "ris")
    assert any(d.field == "main_titles" for d in written.report)


# -- 3. old-style arXiv identifiers ------------------------------------------------------------
def test_old_style_arxiv_eprints_are_normalised_validated_and_written_back() -> None:
    text = r"""@article{a, title = {T}, eprint = {math.gt/0309136v2}, archivePrefix = {arXiv}}
    @online{b, title = {T}, eprint = {HEP-TH/9901001}, eprinttype = {arxiv}}
    @online{c, title = {T}, eprint = {foo/9901001}, eprinttype = {arxiv}}
    @online{d, title = {T}, eprint = {hep-th/9913001}, eprinttype = {arxiv}}
    @online{e, title = {T}, eprint = {1501.0001}, eprinttype = {arxiv}}"""
    works, report = _read(text)
    a, b, c, d, e = works
    assert a.identifier("arxiv") == "math.GT/0309136v2"
    assert b.identifier("arxiv") == "hep-th/9901001"
    for bad in (c, d, e):  # unknown archive, month 13, a four-digit number after 2014
        assert bad.identifier("arxiv") is None and "biblatex:eprint" in bad.extra
    assert sum(d.kind == "invalid" and d.field == "eprint" for d in report) == 3
    for fmt, prefix in ((biblatex, "eprinttype = {arxiv}"), (bibtex, "archiveprefix = {arXiv}")):
        out = fmt.write([a, b], report=Report())
        assert "eprint = {math.GT/0309136v2}" in out and "eprint = {hep-th/9901001}" in out
        assert out.count(prefix) == 2
        back, _ = _read(out, fmt)
        assert [w.identifier("arxiv") for w in back] == ["math.GT/0309136v2", "hep-th/9901001"]


# -- 2. howpublished that is not a URL -------------------------------------------------------
def test_howpublished_text_is_kept_reported_and_written_back() -> None:
    # no field holds "From IPC 2008 website" (neither a publisher nor a medium): Better BibTeX
    # keeps it as tex.howpublished too (bbt__…_873.bbt-expected.json)
    works, report = _read("@misc{a, title = {T}, howpublished = {From {IPC} 2008 website}}",
                          bibtex)  # fmt: skip
    assert works[0].extra == {"bibtex:howpublished": "From {IPC} 2008 website"}
    assert [(d.kind, d.field) for d in report] == [("unmapped", "howpublished")]
    assert "howpublished = {From {IPC} 2008 website}" in bibtex.write(works, report=Report())
    assert csljson.item_to_work(csljson.work_to_item(works[0]), report=Report()) == works[0]
    assert any(d.field == "extra[bibtex:howpublished]" for d in api.write(works, "ris").report)
    works, _ = _read("@misc{b, title = {T}, howpublished = {\\url{https://example.org/x}}}", bibtex)
    assert works[0].url == "https://example.org/x" and not works[0].extra


# -- 4. ISBN-10 ------------------------------------------------------------------------------
def test_isbn10_keeps_its_form_in_every_output() -> None:
    works, _ = _read("@book{a, title = {T}, isbn = {0306406152}}", bibtex)
    assert works[0].identifier("isbn") == "0-306-40615-2"  # hyphenated, still ten digits
    assert "isbn = {0-306-40615-2}" in bibtex.write(works, report=Report())
    assert csljson.work_to_item(works[0], lossless=False)["ISBN"] == "0-306-40615-2"
    assert "SN  - 0-306-40615-2" in api.write(works, "ris")
    works, _ = _read("@book{b, title = {T}, isbn = {978-0306406157}}", bibtex)
    assert works[0].identifier("isbn") == "978-0-306-40615-7"


# -- 5. RIS AD -------------------------------------------------------------------------------
def test_ris_author_addresses_are_affiliations_and_written_back() -> None:
    from scholarmeta.formats import ris

    text = ("TY  - JOUR\nAU  - Doe, Jane\nAU  - Roe, Rick\nTI  - T\nAD  - Univ. A\n"
            "AD  - Univ. B, Almaty\nER  - \n\nTY  - JOUR\nAU  - Doe, Jane\nAD  - Univ. A\n"
            "AU  - Roe, Rick\nTI  - T2\nER  - \n\nTY  - JOUR\nAD  - Somewhere\nAU  - Doe, Jane\n"
            "AU  - Roe, Rick\nAD  - Univ. A\nAD  - Univ. B\nER  - \n\nTY  - JOUR\n"
            "AU  - Doe, Jane\nAU  - Roe, Rick\nAD  - Univ. A\nER  - \n")  # fmt: skip
    works, _ = _read(text, ris)

    def affs(w: Work) -> list[list[str]]:
        return [[a.raw[0].value for a in c.affiliations] for c in w.contributors]

    assert affs(works[0]) == [["Univ. A"], ["Univ. B, Almaty"]]  # one per author, in order
    assert affs(works[1]) == [["Univ. A"], []]  # after its author's AU line
    assert affs(works[2]) == [[], []]  # cannot be placed: kept in extra
    assert works[2].extra["ris:AD"] == ["Somewhere", "Univ. A", "Univ. B"]
    assert affs(works[3]) == [[], []]  # one address after two authors: not the last one's
    assert works[3].extra["ris:AD"] == "Univ. A"
    out = ris.write(works[:2], report=Report())
    assert "AU  - Doe, Jane\nAD  - Univ. A\nAU  - Roe, Rick\nAD  - Univ. B, Almaty\n" in out
    back, _ = _read(out, ris)
    assert [affs(w) for w in back] == [affs(w) for w in works[:2]]


def test_a_lost_extra_is_reported_key_by_key() -> None:
    work = Work(titles=[LangString(value="T", lang="en")],
                extra={"html:phone": "+7 727 000", "bibtex:howpublished": "leaflet"})  # fmt: skip
    for fmt in ("ris", "dc", "jats"):
        fields = {d.field for d in api.write(work, fmt).report}
        assert {"extra[html:phone]", "extra[bibtex:howpublished]"} <= fields, fmt
