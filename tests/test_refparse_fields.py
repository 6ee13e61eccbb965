"""Reference parser rule stage: non-name fields (publisher and place, links, series, edition
and genre) from labelled tokens, one behaviour per test."""

from __future__ import annotations

import pytest

from scholarmeta.refparse._features import tokenize
from scholarmeta.refparse._fields import fields_from_labels
from support import labelled

_HEAD = [("author", "Doe, J."), ("title", "A Book Title,")]


@pytest.mark.parametrize(
    ("place_run", "place", "publisher"),
    [
        ("Paris, Seuil,", "Paris", "Seuil"),  # the place, then the publisher
        ("New York, NY: Guilford.", "New York, NY", "Guilford"),
        ("Ellipses, Paris,", "Paris", "Ellipses"),  # the publisher, then the place
        ("Prentice Hall, Upper Saddle River, NJ,", "Upper Saddle River, NJ", "Prentice Hall"),
        ("Touchstone Pictures, Burbank, Calif.,", "Burbank, Calif", "Touchstone Pictures"),
    ],
)
def test_place_run_holding_the_publisher_is_split(
    place_run: str, place: str, publisher: str
) -> None:
    raw, toks, labels = labelled([*_HEAD, ("location", place_run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f.get("publisher")) == (place, publisher)


@pytest.mark.parametrize(
    "place_run",
    [
        "Paris, France,",
        "Lawrence, Kansas, USA,",
        "Washington, D. C.,",
        "Amsterdam, The Netherlands,",
        "Chicago, Il,",
        "Boston, Mass.,",
        "Reno, Nevada, US,",
    ],
)
def test_place_run_that_is_all_place_stays_whole(place_run: str) -> None:
    raw, toks, labels = labelled([*_HEAD, ("location", place_run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f.get("publisher")) == (place_run.rstrip(".,"), None)


def test_place_run_is_not_split_beside_a_publisher_run() -> None:
    raw, toks, labels = labelled(
        [*_HEAD, ("location", "Paris, Seuil,"), ("publisher", "Gallimard,"), ("date", "2001.")]
    )
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f["publisher"]) == ("Paris, Seuil", "Gallimard")


@pytest.mark.parametrize(
    ("before", "run", "publisher"),
    [
        (("journal", "Textual Criticism. Oxford"), "University Press,", "Oxford University Press"),
        (("location", "Moscow State"), "University Publishing House,",
         "Moscow State University Publishing House"),
        (("location", "Cambridge Univ"), ". Press,", "Cambridge Univ. Press"),
        (("title", "Schiff’s Diseases. Lippincott-Raven"), "Publishers,",
         "Lippincott-Raven Publishers"),
    ],
)  # fmt: skip
def test_publisher_run_opening_with_university_or_press_takes_the_name_before_it(
    before: tuple[str, str], run: str, publisher: str
) -> None:
    raw, toks, labels = labelled([("author", "Doe, J."), before, ("publisher", run),
                                   ("date", "1958.")])  # fmt: skip
    assert fields_from_labels(raw, toks, labels)["publisher"] == publisher


def test_publisher_head_stops_at_a_mark() -> None:
    raw, toks, labels = labelled(
        [("author", "Doe, J."), ("title", "Textual Criticism."), ("location", "Oxford:"),
         ("publisher", "University Press,"), ("date", "1958.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher"], f["publisher-place"]) == ("University Press", "Oxford")


def _with_link(raw: str, link_tokens: int) -> dict[str, object]:
    """Fields of ``raw`` whose first token is the title and whose link is the
    ``link_tokens`` tokens after it (the rest outside every field)."""
    toks = tokenize(raw)
    labels = ["title"] + ["url"] * link_tokens + ["O"] * (len(toks) - 1 - link_tokens)
    return fields_from_labels(raw, toks, labels)


@pytest.mark.parametrize(
    ("raw", "link_tokens", "url"),
    [
        ("Title. http://x.org/a-b.html", 8, "http://x.org/a-b.html"),  # ".html" left out
        ("Title. http://w.com/doi/10.1002/h.2009/pdf", 9, "http://w.com/doi/10.1002/h.2009/pdf"),
        ("Title. http://p.net/4.2.B._Equality,_Freedom", 9, "http://p.net/4.2.B._Equality,_Freedom"),
    ],
)
def test_link_run_goes_on_over_marks_inside_the_link(raw: str, link_tokens: int, url: str) -> None:
    assert _with_link(raw, link_tokens)["URL"] == url


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("Title. <http://www.graphpad.com>", "http://www.graphpad.com"),
        ("Title [http://www.safesteps.org.au/x/], Centre.", "http://www.safesteps.org.au/x/"),
        ("Title (http://dx.doi.org/10.1364/JOSAB.27.002743).", "http://dx.doi.org/10.1364/JOSAB.27.002743"),
        ("Title. http://en.wikipedia.org/wiki/Set_(mathematics).", "http://en.wikipedia.org/wiki/Set_(mathematics)"),
        ("Title. URL=<http://plato.stanford.edu/entries/x/>.", "http://plato.stanford.edu/entries/x/"),
    ],
)  # fmt: skip
def test_link_loses_the_brackets_and_marks_around_it(raw: str, url: str) -> None:
    toks = tokenize(raw)
    labels = ["title"] + ["url"] * (len(toks) - 1)
    assert fields_from_labels(raw, toks, labels)["URL"] == url


@pytest.mark.parametrize(
    ("run", "text", "edition"),
    [
        ("title", "Handbook of Aging (Seventh Edition,", "Seventh Edition"),  # in words
        ("note", "4 th edition.", "4 th edition"),  # the ordinal's suffix spaced off
        ("note", "(1947 ed.).", "1947 ed"),  # named by its year
        ("journal", "American Politics and Society, 7th edn", "7th edn"),  # in a journal run
        ("note", "Reprinted from 1777 edition, 3rd ed.", "3rd ed"),  # the numbered one
    ],
)
def test_edition_statement_found_in_another_run(run: str, text: str, edition: str) -> None:
    raw, toks, labels = labelled(
        [("author", "Doe, J."), ("title", "A Title."), (run, text), ("location", "London:"),
         ("publisher", "Arnold, 2002.")]
    )  # fmt: skip
    assert fields_from_labels(raw, toks, labels)["edition"] == edition


def test_edition_statement_leaves_a_journal_run() -> None:
    raw, toks, labels = labelled(
        [("author", "McKay, D.,"), ("journal", "American Politics and Society, 7th edn"),
         ("location", "(Chichester:"), ("publisher", "Wiley, 2009).")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f["title"], f["edition"]) == ("American Politics and Society", "7th edn")


@pytest.mark.parametrize(
    ("run", "text", "genre", "rest"),
    [
        ("note", "Ph.D. dissertation.", "Ph.D. dissertation", {}),
        ("note", "Ph.D. thesis, School of Computer Science,", "Ph.D. thesis",
         {"publisher": "School of Computer Science"}),  # the institution
        ("journal", "Technical report, Champaign, IL.", "Technical report",
         {"publisher-place": "Champaign, IL"}),  # the place
        ("location", "Thèse, Nancy,", "Thèse", {"publisher-place": "Nancy"}),
    ],
)  # fmt: skip
def test_thesis_or_report_statement_heading_another_run_is_the_genre(
    run: str, text: str, genre: str, rest: dict[str, str]
) -> None:
    raw, toks, labels = labelled(
        [("author", "Doe, J."), ("title", "A Title."), (run, text), ("date", "1996.")]
    )
    f = fields_from_labels(raw, toks, labels)
    assert f["genre"] == genre
    assert {k: f[k] for k in rest} == rest
    assert "container-title" not in f and "note" not in f


@pytest.mark.parametrize(
    ("run", "publisher", "place"),
    [
        ("(Clarendon Press, Oxford, 2003).", "Clarendon Press", "Oxford"),
        ("(Spoerri, Pisa, 1902).", "Spoerri", "Pisa"),
        ("(Oxford, Clarendon Press, 2003).", "Clarendon Press", "Oxford"),
        ("(Springer Verlag, 1998).", "Springer Verlag", None),
        # not an imprint of that order: left to the model
        ("(Lyon, 1984).", None, "Lyon"),
        ("(Cambridge, MA, 1993).", None, "Cambridge, MA"),
    ],
)
def test_bracketed_imprint_after_the_title(
    run: str, publisher: str | None, place: str | None
) -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled([*_HEAD, ("location", run)])
    f = finish_fields(raw, toks, labels)
    assert (f.get("publisher"), f.get("publisher-place")) == (publisher, place)


def test_bracketed_year_in_the_title_is_the_date_when_none_was_found() -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled(
        [("author", "Doe J."), ("title", "Linear systems (2005). Nonlinear systems."),
         ("location", "Paris:"), ("publisher", "Seuil.")]
    )  # fmt: skip
    f = finish_fields(raw, toks, labels)
    assert (f.get("issued"), f["title"]) == ("2005", "Linear systems. Nonlinear systems")


def test_imprint_in_the_title_run_may_have_small_words_in_its_publisher() -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled(
        [("author", "Ferrari A."),
         ("title", "A framework for competence. Luxembourg: Publications Office of the European Union,"),
         ("date", "2013.")]
    )  # fmt: skip
    f = finish_fields(raw, toks, labels)
    assert (f["title"], f.get("publisher-place"), f.get("publisher")) == (
        "A framework for competence",
        "Luxembourg",
        "Publications Office of the European Union",
    )


@pytest.mark.parametrize(
    ("parts", "publisher"),
    [
        ([("genre", "Ph.D. Thesis, Computing Science"), ("publisher", "Department, Uppsala University,")],
         "Computing Science Department, Uppsala University"),
        ([("genre", "Master's Thesis,"), ("publisher", "Department of Computer Science, University of"),
          ("location", "Toronto,")],
         "Department of Computer Science, University of Toronto"),
        # a place before a publisher's own name stays the place
        ([("genre", "Report,"), ("location", "Paris"), ("publisher", "Gallimard,")], "Gallimard"),
    ],
)  # fmt: skip
def test_publisher_run_cut_inside_a_unit_name(
    parts: list[tuple[str, str]], publisher: str
) -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled([*_HEAD, *parts, ("date", "1990.")])
    assert finish_fields(raw, toks, labels)["publisher"] == publisher


@pytest.mark.parametrize(
    ("parts", "volume", "page"),
    [
        ([("journal", "Phys. Rev."), ("pages", "41, 441–448.")], "41", "441–448"),
        ([("journal", "Phys. Rev."), ("volume", "13"), ("pages", "27-39. PubMed")], "13", "27-39"),
        ([("journal", "Phys. Rev."), ("volume", "13 27-39.")], "13", "27-39"),
        # a range written with a space is one range, not a volume and a page
        ([("journal", "Phys. Rev."), ("pages", "111 132.")], None, "111 132"),
    ],
)  # fmt: skip
def test_volume_and_pages_in_one_run(
    parts: list[tuple[str, str]], volume: str | None, page: str
) -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled([("author", "Doe, J."), ("title", "A paper."), *parts])
    f = finish_fields(raw, toks, labels)
    assert (f.get("volume"), f.get("page")) == (volume, page)


@pytest.mark.parametrize(
    ("run", "publisher", "place"),
    [
        ("University Press of Florida, Gainesville,", "University Press of Florida", "Gainesville"),
        ("Albuquerque, New Mexico, University of New Mexico Press,", "University of New Mexico Press",
         "Albuquerque, New Mexico"),
        # no place: an acronym, an unknown word before the publisher, "in press"
        ("ACM SIGCHI, ACM Press,", "ACM SIGCHI, ACM Press", None),
        ("Emulsion, Focal Press,", "Emulsion, Focal Press", None),
    ],
)  # fmt: skip
def test_publisher_run_holding_its_place(run: str, publisher: str, place: str | None) -> None:
    raw, toks, labels = labelled([*_HEAD, ("publisher", run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("publisher"), f.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize(
    ("run", "publisher", "place"),
    [
        ("Rio de Janeiro: Campus,", "Campus", "Rio de Janeiro"),
        ("NJ: Africa World Press,", "Africa World Press", "NJ"),
        # no place before the colon: a link's label, a name, the other order
        ("In: Inklusion-online.net,", "In: Inklusion-online.net", None),
        ("TabNet: Attentive Learning,", "TabNet: Attentive Learning", None),
        ("Routledge: London,", "Routledge: London", None),
    ],
)  # fmt: skip
def test_publisher_run_opening_with_place_and_colon(
    run: str, publisher: str, place: str | None
) -> None:
    raw, toks, labels = labelled([*_HEAD, ("publisher", run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("publisher"), f.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize(
    ("parts", "container", "page"),
    [
        ([("journal", "Artificial Organs, Band"), ("volume", "20,"), ("pages", "Seiten 986-990")],
         "Artificial Organs", "986-990"),
        ([("journal", "Z. Chem., Jahrgang"), ("volume", "7,"), ("pages", "S. 5-9")],
         "Z. Chem", "5-9"),
    ],
)  # fmt: skip
def test_german_volume_and_page_words_leave_the_journal_and_pages(
    parts: list[tuple[str, str]], container: str, page: str
) -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled([("author", "Doe, J."), ("title", "A paper."), *parts])
    f = finish_fields(raw, toks, labels)
    assert (f.get("container-title"), f.get("page")) == (container, page)


@pytest.mark.parametrize(
    ("parts", "title", "container"),
    [
        ([("title", "« Démographie et sexualité », dans Actes du colloque,"),
          ("container-title", "Démographie sociale,")],
         "Démographie et sexualité", "Actes du colloque, Démographie sociale"),
        ([("title", '"Rethinking Genocidal Relationships." Human Organization;'),
          ("journal", "Journal of Anthropology"), ("volume", "64,")],
         "Rethinking Genocidal Relationships", "Human Organization; Journal of Anthropology"),
        # a quoted word leading the title, then the rest of it; names after the title
        ([("title", "“Like” and language ideology."), ("journal", "American Speech,")],
         "“Like” and language ideology", "American Speech"),
        ([("title", "“Tumours and repair.”, R Ceccaldi et al.,"), ("journal", "Nature,")],
         "“Tumours and repair.”, R Ceccaldi et al", "Nature"),
    ],
)  # fmt: skip
def test_quoted_title_ends_at_its_closing_quote(
    parts: list[tuple[str, str]], title: str, container: str
) -> None:
    raw, toks, labels = labelled([("author", "Doe, J."), *parts, ("date", "2005.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("title"), f.get("container-title")) == (title, container)


def test_volume_run_holding_pages_after_a_colon() -> None:
    raw, toks, labels = labelled(
        [("author", "Doe J."), ("title", "A paper."), ("journal", "Biostatistics"),
         ("volume", "15: 87-101,"), ("date", "2014.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("page")) == ("15", "87-101")


@pytest.mark.parametrize(
    ("parts", "volume", "page"),
    [
        ([("container-title", "Radical pragmatics"), ("volume", "(223–255).")], None, "223–255"),
        # a journal's volume may be a range; so are the days after a month
        ([("journal", "Annuaire du Jardin"), ("volume", "18-19.")], "18-19", None),
        ([("container-title", "Proceedings, July"), ("volume", "8-10,")], "8-10", None),
    ],
)  # fmt: skip
def test_bare_range_in_a_chapter_volume_run_is_its_pages(
    parts: list[tuple[str, str]], volume: str | None, page: str | None
) -> None:
    raw, toks, labels = labelled([("author", "Doe J."), ("title", "A chapter. In"), *parts])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("page")) == (volume, page)


def test_part_word_leaves_the_issue() -> None:
    raw, toks, labels = labelled(
        [("author", "Doe J."), ("title", "A paper."), ("journal", "J Cell Sci"),
         ("volume", "113 (Pt 17),"), ("pages", "3013–3023.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("issue")) == ("113", "17")


@pytest.mark.parametrize(
    ("parts", "volume", "page"),
    [
        ([("journal", "Phys. Rev. D"), ("volume", "52 4747"), ("date", "(1995)")], "52", "4747"),
        ([("journal", "N. Engl. J. Med."), ("volume", "320"), ("date", "(24), 1586-1591 (1989)")],
         "320", "1586-1591"),
        # a year range and days before a month stay in the date
        ([("journal", "Acta"), ("volume", "12"), ("date", "1986-1987")], "12", None),
        ([("journal", "Acta"), ("volume", "12"), ("date", "18-19 marzo 1996")], "12", None),
    ],
)  # fmt: skip
def test_journal_pages_left_in_the_volume_or_date_run(
    parts: list[tuple[str, str]], volume: str, page: str | None
) -> None:
    from scholarmeta.refparse import finish_fields

    raw, toks, labels = labelled([("author", "Doe J."), ("title", "A paper."), *parts])
    f = finish_fields(raw, toks, labels)
    assert (f.get("volume"), f.get("page")) == (volume, page)


def test_newspaper_day_and_year_in_the_volume_run_leave_no_volume() -> None:
    raw, toks, labels = labelled(
        [("title", "L’Eléphant du plateau,"), ("journal", "Nouvel Observateur,"),
         ("volume", "1 Marzo 1976,"), ("pages", "74-76")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert ("volume" in f, f.get("issued", "")[:4]) == (False, "1976")


@pytest.mark.parametrize(
    ("volume_run", "volume", "issue", "page"),
    [
        ("17, 4", "17", None, "4"),  # astronomy's "volume, page"
        ("91:47", "91", None, "47"),
        ("30 (5)", "30", "5", None),  # the issue in brackets stays the issue
    ],
)
def test_journal_volume_run_with_a_bare_second_number_is_volume_and_page(
    volume_run: str, volume: str, issue: str | None, page: str | None
) -> None:
    raw, toks, labels = labelled(
        [("author", "Will, C. M."), ("date", "2014,"), ("journal", "Living Reviews,"),
         ("volume", volume_run)]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("issue"), f.get("page")) == (volume, issue, page)


@pytest.mark.parametrize(
    ("parts", "issued", "page"),
    [
        ([("journal", "The Nation,"), ("date", "March 17, 1997, 28.")], "1997", "28"),
        ([("journal", "Phys. Rev. B"), ("volume", "57"), ("date", "(1998), 8340.")], "1998", "8340"),
        # the last number is the year when no year stands before the journal
        ([("journal", "Physical Review,"), ("volume", "174(5):"), ("date", "1559, 1968.")],
         "1968", None),
        # a day after a month
        ([("journal", "The Nation,"), ("date", "1997, March, 28.")], "1997", None),
    ],
)  # fmt: skip
def test_page_closing_the_date_run(
    parts: list[tuple[str, str]], issued: str, page: str | None
) -> None:
    raw, toks, labels = labelled([("author", "Doe J."), ("title", "A paper."), *parts])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("issued", "")[:4], f.get("page")) == (issued, page)


@pytest.mark.parametrize(
    ("parts", "volume", "page"),
    [
        ([("journal", "Nano Lett."), ("date", "2010, 10,"), ("pages", "1082.")], "10", "1082"),
        ([("journal", "Le Moyen Âge,"), ("pages", "64,"), ("date", "1958,"), ("pages", "27-66.")],
         "64", "27-66"),
        # a day before the year is no volume
        ([("journal", "The Nation,"), ("date", "March 17, 1997,"), ("pages", "28.")], None, "28"),
    ],
)  # fmt: skip
def test_journal_volume_given_to_the_date_or_the_pages(
    parts: list[tuple[str, str]], volume: str | None, page: str
) -> None:
    raw, toks, labels = labelled([("author", "Doe J."), ("title", "A paper."), *parts])
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("page")) == (volume, page)


@pytest.mark.parametrize(
    ("issue_run", "volume", "issue"),
    [("47(3),", "47", "3"), ("№ 2(70).", None, "2")],  # GOST: the issue, its running number
)
def test_issue_run_holding_the_volume(issue_run: str, volume: str | None, issue: str) -> None:
    raw, toks, labels = labelled(
        [("author", "Doe J."), ("title", "A paper."), ("journal", "Journal,"),
         ("issue", issue_run), ("pages", "227-250.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("issue")) == (volume, issue)


@pytest.mark.parametrize(
    ("parts", "title"),
    [
        ([("title", "Effects on the Ring Dove"), ("publisher", "(Streptopelia risoria)."),
          ("journal", "Water Poll."), ("volume", "30:"), ("pages", "757–764.")],
         "Effects on the Ring Dove (Streptopelia risoria)"),
        # an imprint, an edition and an APA note in brackets are not the title's
        ([("title", "Solitons in Molecular Systems"), ("publisher", "(Kluwer,"),
          ("location", "New York,"), ("date", "1991).")], "Solitons in Molecular Systems"),
        ([("title", "Системы навигации"), ("edition", "(2-е изд., допол.)."),
          ("location", "СПб:"), ("publisher", "Питер,"), ("date", "2003.")], "Системы навигации"),
        ([("title", "Towards Optimal Rhythm"), ("note", "(Unpublished doctoral dissertation)."),
          ("publisher", "Stanford University.")], "Towards Optimal Rhythm"),
    ],
)  # fmt: skip
def test_bracket_of_words_closing_the_title(parts: list[tuple[str, str]], title: str) -> None:
    raw, toks, labels = labelled([("author", "Doe, J."), ("date", "(2000)."), *parts])
    f = fields_from_labels(raw, toks, labels)
    assert f.get("title") == title


@pytest.mark.parametrize(
    ("container_run", "editors", "container"),
    [
        ("Aldona Jonaitis, ed., Chiefly Feasts,", ["Jonaitis"], "Chiefly Feasts"),
        ("R. Kaës (Ed.) Différence culturelle,", ["Kaës"], "Différence culturelle"),
        ("G. FABRE (éd), actes de la SOPHAU,", ["FABRE"], "actes de la SOPHAU"),
        # no editor's word: a title of capitalised words stays whole
        ("Chiefly Feasts. The Enduring Potlatch,", [], "Chiefly Feasts. The Enduring Potlatch"),
    ],
)
def test_names_opening_a_container_up_to_an_editor_word_are_its_editors(
    container_run: str, editors: list[str], container: str
) -> None:
    raw, toks, labels = labelled(
        [("author", "Doe, J."), ("date", "(1991)."), ("title", "A chapter."), ("O", "In"),
         ("container-title", container_run), ("pages", "pp. 177-224.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert ([n.get("family") for n in f.get("editor", [])], f.get("container-title")) == (
        editors,
        container,
    )



def test_edition_keeps_the_number_glued_to_its_ordinal_suffix() -> None:
    raw = "Ganshof, F. L’immunité, 2e édition, Bruxelles, 1958."
    toks = tokenize(raw)  # … "2", "e", "édition" …
    words = [t for t, _, _ in toks]
    k = words.index("2")
    labels = ["author"] * 4 + ["title"] * (k - 4) + ["O"] + ["edition"] * 3
    labels += ["location"] * 2 + ["date"] * (len(toks) - len(labels) - 2)
    f = fields_from_labels(raw, toks, labels)
    assert f.get("edition") == "2e édition"


def test_journal_and_volume_ending_the_title_run_before_a_bracketed_issue() -> None:
    raw, toks, labels = labelled(
        [("author", "M. Younis,"), ("title", "Bright Solitons in a Rod, Waves in Random Media, 25"),
         ("issue", "(4)"), ("date", "(2015),"), ("pages", "549-555")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("title"), f.get("container-title"), f.get("volume"), f.get("issue")) == (
        "Bright Solitons in a Rod",
        "Waves in Random Media",
        "25",
        "4",
    )


def test_book_pages_place_and_publisher_after_the_editors() -> None:
    raw, toks, labels = labelled(
        [("author", "Коцева, Елена."), ("date", "1993."), ("title", "Цариградският месецослов."),
         ("editor", "В: Михаил Бъчваров (ред.),"),
         ("publisher", "Хиляда години от смъртта на св. Наум Охридски. 214-241. София: БАН.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("container-title"), f.get("page"), f.get("publisher-place"), f.get("publisher")) == (
        "Хиляда години от смъртта на св. Наум Охридски",
        "214-241",
        "София",
        "БАН",
    )


def test_name_after_an_honorific_ends_the_container_not_the_publisher() -> None:
    raw, toks, labels = labelled(
        [("author", "Попов A."), ("date", "1980."), ("title", "Монограми. В:"),
         ("container-title", "Сборник в чест на проф."), ("publisher", "Ив. Дуйчев. София.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("container-title"), f.get("publisher"), f.get("publisher-place")) == (
        "Сборник в чест на проф. Ив. Дуйчев",
        None,
        "София",
    )


def test_known_city_and_name_closing_a_book_run_are_its_place_and_publisher() -> None:
    raw, toks, labels = labelled(
        [("author", "E. Loebenstein,"), ("title", "Der Föderalismus,"), ("editor", "in M. Fischer,"),
         ("journal", "Dimensionen des Rechts, Berlin, Duncker & Humblot,"), ("date", "1974,"),
         ("pages", "pp. 827-872.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("container-title"), f.get("publisher-place"), f.get("publisher")) == (
        "Dimensionen des Rechts",
        "Berlin",
        "Duncker & Humblot",
    )


def test_month_word_after_the_year_opening_the_title_is_a_name() -> None:
    raw, toks, labels = labelled(
        [("author", "Балабанова, Христина."), ("date", "1986. Jan"),
         ("title", "Koška - „Slovensko - bulharske vztany”."), ("journal", "Литературна мисъл,"),
         ("volume", "30 (5).")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("title", "").startswith("Jan Koška"), f.get("issued")) == (True, "1986")


def test_year_and_issue_kept_with_the_pages() -> None:
    raw, toks, labels = labelled(
        [("author", "Ангелов, Боню."), ("title", "Съветско изследване."),
         ("journal", "Литературна мисъл,"), ("volume", "8,"), ("pages", "1964,3, 149 – 154.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("volume"), f.get("issue"), f.get("page"), f.get("issued")) == (
        "8",
        "3",
        "149 – 154",
        "1964",
    )


@pytest.mark.parametrize(
    ("title_run", "body", "title"),
    [
        ("Агентство Республики Казахстан по статистике. Численность населения.",
         "Агентство Республики Казахстан по статистике", "Численность населения"),
        ("Қазақстан Республикасы Білім және ғылым министрлігі. Бағдарлама.",
         "Қазақстан Республикасы Білім және ғылым министрлігі", "Бағдарлама"),
        # a title that only mentions a body stays whole
        ("The Making of a University. Essays.", None, "The Making of a University. Essays"),
    ],
)  # fmt: skip
def test_body_heading_a_title_with_no_author_is_the_author(
    title_run: str, body: str | None, title: str
) -> None:
    raw, toks, labels = labelled([("title", title_run), ("location", "– Астана,"), ("date", "2020.")])
    f = fields_from_labels(raw, toks, labels)
    literal = f["author"][0].get("literal") if f.get("author") else None
    assert (literal, f.get("title")) == (body, title)


@pytest.mark.parametrize(
    ("author_run", "body", "title"),
    [
        ("Институт философии РАН.", "Институт философии РАН", "Новая философская энциклопедия"),
        ("Министерство образования и науки РК.", "Министерство образования и науки РК",
         "Новая философская энциклопедия"),
    ],
)  # fmt: skip
def test_body_with_lower_case_words_stays_the_corporate_author(
    author_run: str, body: str, title: str
) -> None:
    raw, toks, labels = labelled(
        [("author", author_run), ("title", "Новая философская энциклопедия."),
         ("location", "– М.:"), ("publisher", "Мысль,"), ("date", "2010.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f["author"][0].get("literal"), f.get("title")) == (body, title)


def test_span_of_years_ending_the_title_is_no_date() -> None:
    raw, toks, labels = labelled(
        [("author", "Bynum, W.F."), ("title", "The Western Medical Tradition,"),
         ("date", "1800 to 2000."), ("location", "Cambridge:"), ("publisher", "CUP,"),
         ("date", "2006.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f.get("title"), f.get("issued")) == ("The Western Medical Tradition, 1800 to 2000", "2006")
