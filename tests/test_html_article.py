"""The article-page layout reader on the seed page (read from ../shared) and its parts."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from scholarmeta.formats import _affiliation as aff
from scholarmeta.formats._html_article import read_article, sentence_case
from scholarmeta.formats.html import parse_html
from scholarmeta.model import Work
from scholarmeta.report import Report
from support import SEED, need_shared


def _read(text: str, source: str | None = None) -> tuple[Work, Report]:
    report = Report()
    work = read_article(parse_html(text), source=source, report=report)
    assert work is not None
    return work, report


@pytest.fixture(scope="module")
def seed() -> tuple[Work, Report]:
    return _read(need_shared(SEED).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def work(seed: tuple[Work, Report]) -> Work:
    return seed[0]


# -- the seed ----------------------------------------------------------------------------------


def test_seed_title_is_sentence_cased_keeping_proper_nouns(work: Work) -> None:
    assert work.title == (
        "Қазақстанның тәуелсіздік тәжірбиесіндегі сыртқы саясатқа әсері "
        "және халықаралық қатынастардағы рөлі"
    )


def test_seed_language(work: Work) -> None:
    assert work.language == "kk"
    assert work.titles[0].lang == "kk"


def test_seed_has_one_author_and_one_supervisor(work: Work) -> None:
    assert [c.roles for c in work.contributors] == [["author"], ["supervisor"]]


def test_seed_author_name_family_first(work: Work) -> None:
    name = work.authors[0].name
    assert name is not None
    assert (name.family, name.given, name.patronymic) == ("Бақытқызы", "Жпнэль", None)


def test_seed_author_romanised_from_slug(work: Work) -> None:
    alt = work.authors[0].alternative_names
    assert [(n.family, n.given, n.lang) for n in alt] == [("Bakytkyzy", "Zhpnel", "kk-Latn")]


def test_seed_supervisor_name_degrees_position(work: Work) -> None:
    sup = work.contributors_with("supervisor")[0]
    assert sup.name is not None
    assert (sup.name.family, sup.name.given, sup.name.patronymic) == (
        "Тулекова", "Гүлжан", "Қажымұратқызы",
    )  # fmt: skip
    assert [d.value for d in sup.degrees] == ["ф.ғ.к."]
    assert [p.value for p in sup.positions] == ["доцент"]
    assert sup.alternative_names[0].patronymic == "Kazhymuratkyzy"


def test_seed_author_affiliation_kazakh(work: Work) -> None:
    a = work.authors[0].affiliations[0]
    assert [(s.value, s.lang) for s in a.institution if s.lang == "kk"] == [
        ("Тұран Университеті", "kk")
    ]
    assert [s.value for s in a.department if s.lang == "kk"] == [
        "аймақтану және халықаралық қатынастар кафедрасы"
    ]
    assert [s.value for s in a.city if s.lang == "kk"] == ["Алматы"]
    assert a.country == "KZ"
    assert a.raw[0].value.startswith("Тұран Университетінің")


def test_seed_author_position_student(work: Work) -> None:
    assert [(p.value, p.lang) for p in work.authors[0].positions] == [
        ("студент", "kk"), ("student", "en"),
    ]  # fmt: skip


def test_seed_leaked_english_affiliation_attached_to_author(work: Work) -> None:
    a = work.authors[0].affiliations[0]
    en = {
        k: [s.value for s in getattr(a, k) if s.lang == "en"]
        for k in ("institution", "department", "city")
    }
    assert en["institution"] == ["Turan University"]
    assert en["department"] == ["Department of Regional Studies and International Relations"]
    assert en["city"] == ["Almaty"]
    assert any(s.lang == "en" for s in a.raw)
    assert not any(s.lang == "en" for s in work.contributors[1].affiliations[0].raw)


def test_seed_kazakh_abstract_without_leak(work: Work) -> None:
    kk = work.abstract_in("kk")
    assert kk is not None and len(kk.paragraphs) == 2
    assert not re.search(r"[A-Za-z]", kk.text)


def test_seed_english_abstract(work: Work) -> None:
    en = work.abstract_in("en")
    assert en is not None and len(en.paragraphs) == 1
    assert en.paragraphs[0].startswith("This article analyzes")


def test_seed_keywords(work: Work) -> None:
    terms = work.keywords_in("kk")
    assert len(terms) == 13
    assert len(set(terms)) == 13
    assert terms[0] == "Қазақстан" and not terms[-1].endswith(".")


def test_seed_references(work: Work) -> None:
    assert [r.label for r in work.references] == [str(i) for i in range(1, 8)]
    assert all(r.raw for r in work.references)


def test_seed_figure_with_caption(work: Work) -> None:
    figs = [f for s in work.sections for x in [s, *s.sections] for f in x.figures]
    assert len(figs) == 1 and not work.figures
    fig = figs[0]
    assert fig.label == "Сурет 1"
    assert fig.caption[0].lang == "kk" and fig.caption[0].value.startswith("Тәуелсіздік")
    assert fig.href and fig.href.endswith("image001.jpg")


def test_seed_sections(work: Work) -> None:
    assert [s.label for s in work.sections] == [None, "I.", "II.", "III.", "IV.", "V."]
    assert work.sections[0].title == "Кіріспе"
    assert [s.label for s in work.sections[1].sections] == ["1.", "2.", "3.", "4."]


def test_seed_inline_heading_text_is_a_paragraph(work: Work) -> None:
    third = work.sections[1].sections[2]
    assert third.paragraphs and third.paragraphs[0].startswith("Қазақстан энергетикалық")


def test_seed_profile_paths_kept_without_base(work: Work) -> None:
    assert work.contributors[0].url is None
    paths = work.extra["html:author_profiles"]
    assert isinstance(paths, list) and len(paths) == 2


def test_seed_profile_links_absolute_with_url_source() -> None:
    text = need_shared(SEED).read_text(encoding="utf-8")
    work, _ = _read(text, source="https://conf.example.kz/article/123")
    assert work.contributors[0].url == "https://conf.example.kz/author/bakytkyzy-zhpnel"
    assert "html:author_profiles" not in work.extra


def test_seed_reports_moved_text(seed: tuple[Work, Report]) -> None:
    assert any(d.kind == "note" and "Turan University" in d.message for d in seed[1])


def test_seed_through_html_reader() -> None:
    from scholarmeta.formats import html

    works = list(html.read(need_shared(SEED).read_text(encoding="utf-8"), source="seed"))
    assert len(works) == 1 and works[0].language == "kk"


# -- pages without the layout ------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>T</title></head><body><p>Just text</p></body></html>",
        '<html><body><h1>Landing</h1><meta name="citation_title" content="X"></body></html>',
        '<h1 class="page_title">Only a heading</h1><p>and a paragraph</p>',
    ],
)
def test_no_layout_gives_none(page: str) -> None:
    assert read_article(parse_html(page), source=None, report=Report()) is None


# -- parts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бақытқызы Жпнэль", {"family": "Бақытқызы", "given": "Жпнэль"}),
        ("Иванов Пётр Сергеевич", {"family": "Иванов", "given": "Пётр", "patronymic": "Сергеевич"}),
        ("Ахметұлы Нұрлан", {"family": "Ахметұлы", "given": "Нұрлан"}),
        (
            "Aigerim Nurlanovna Sadykova",
            {"family": "Sadykova", "given": "Aigerim", "patronymic": "Nurlanovna"},
        ),
        ("Смирнова Н.А.", {"family": "Смирнова", "given": "Н.А."}),
        ("Aigerim B. Sadykova", {"family": "Sadykova", "given": "Aigerim B."}),
        ("Сапарова Айгүл Б.", {"family": "Сапарова", "given": "Айгүл Б."}),
        ("А.Б. Сейітов", {"family": "Сейітов", "given": "А.Б."}),
        ("Сейітов А. Б.", {"family": "Сейітов", "given": "А.Б."}),
    ],
)
def test_split_name(text: str, expected: dict[str, str]) -> None:
    assert aff.split_name(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("ҚР", "KZ"), ("РК", "KZ"), ("Қазақстан", "KZ"), ("Казахстан", "KZ"), ("Kazakhstan", "KZ"),
     ("Republic of Kazakhstan", "KZ"), ("Россия", "RU"), ("РФ", "RU")],
)  # fmt: skip
def test_country_codes(text: str, code: str) -> None:
    assert aff.classify_part(text) == ("country", code)


@pytest.mark.parametrize(
    "text",
    ["ф.ғ.к.", "т.ғ.к.", "п.ғ.к.", "э.ғ.к.", "з.ғ.к.", "PhD", "к.ф.н.", "канд. пед. наук",
     "д.и.н.", "доктор исторических наук", "Candidate of Philological Sciences"],
)  # fmt: skip
def test_degrees(text: str) -> None:
    assert aff.classify_part(text) == ("degree", text)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("доцент", "доцент"), ("аға оқытушы", "аға оқытушы"), ("оқытушы", "оқытушы"),
     ("старший преподаватель", "старший преподаватель"), ("senior lecturer", "senior lecturer"),
     ("associate professor", "associate professor"), ("студент", "студент"),
     ("магистрант", "магистрант"), ("докторант", "докторант"), ("student", "student"),
     ("master's student", "master's student"), ("профессор", "профессор"),
     ("ассоц. профессор", "ассоциированный профессор"), ("ст. преподаватель", "старший преподаватель"),
     ("Assoc. Prof.", "associate professor"), ("қауымд. профессоры", "қауымдастырылған профессор")],
)  # fmt: skip
def test_positions(text: str, canonical: str) -> None:
    kind, value = aff.classify_part(text)
    assert kind == "position" and value[0] == canonical


@pytest.mark.parametrize(
    "line",
    ["научный руководитель, к.ф.н.", "ғылыми жетекшісі, ф.ғ.к.", "ғылыми жетекші: PhD",
     "Scientific supervisor: PhD", "supervisor, PhD", "research advisor, PhD",
     "Scientific consultant: PhD", "научный консультант, д.т.н."],
)  # fmt: skip
def test_supervisor_labels(line: str) -> None:
    rest, found = aff.strip_role_label(line)
    assert found and rest and not rest.startswith(",")


def test_genitive_chain_normalised() -> None:
    r = aff.parse_affiliation_lines(
        ["Мысал Университетінің тарих және, археология кафедрасының магистранты"]
    )
    a = r["affiliations"][0]
    assert a["institution"] == ["Мысал Университеті"]
    assert a["department"] == ["тарих және археология кафедрасы"]
    assert r["positions"] == [("магистрант", "kk")]


def test_russian_department_and_institution_split() -> None:
    r = aff.parse_affiliation_lines(
        ["доцент кафедры физики Примерного государственного университета"]
    )
    a = r["affiliations"][0]
    assert a["department"] == ["кафедра физики"]
    assert a["institution"] == ["Примерный государственный университет"]


def test_affiliation_like_rejects_prose() -> None:
    assert aff.affiliation_like("Faculty of Law, Example University")
    assert not aff.affiliation_like("Using the concepts of neorealism")


def test_slug_alignment_reorders() -> None:
    assert aff.align_romanized(["Әлиев", "Нұрлан"], "/author/nurlan-aliev") == ["Aliev", "Nurlan"]


def test_sentence_case_uses_page_casing() -> None:
    forms = {"алматы": Counter({"Алматы": 3}), "облысы": Counter({"облысы": 2})}
    assert (
        sentence_case("АЛМАТЫ ОБЛЫСЫ ЖӘНЕ ОНЫҢ АЛМАТЫ", forms) == "Алматы облысы және оның Алматы"
    )


def test_keywords_split_on_semicolons_and_dedupe() -> None:
    page = (
        '<h1 class="page_title">Т</h1><div class="authors"></div><div class="content">'
        "<p><strong>Keywords:</strong> alpha; beta, alpha; gamma.</p></div>"
    )
    work, _ = _read(page)
    assert work.keywords_in("en") == ["alpha", "beta", "gamma"]


def test_acknowledgements_have_their_field() -> None:
    page = (
        '<h1 class="page_title">A title</h1><div class="authors"></div><div class="content">'
        "<p><strong>Abstract</strong></p><p>The study of things is described here.</p>"
        "<p><strong>Acknowledgements</strong></p><p>We thank the reviewers.</p></div>"
    )
    work, _ = _read(page)
    assert [(a.value, a.lang) for a in work.acknowledgements] == [("We thank the reviewers.", "en")]
    assert not work.extra


def test_funding_statement_goes_to_extra_and_report() -> None:
    page = (
        '<h1 class="page_title">A title</h1><div class="authors"></div><div class="content">'
        "<p><strong>Abstract</strong></p><p>The study of things is described here.</p>"
        "<p><strong>Funding:</strong> Grant AP123 of the Ministry.</p></div>"
    )
    work, report = _read(page)
    assert work.extra["html:Funding"] == "Grant AP123 of the Ministry."
    assert any(d.kind == "unmapped" and d.field == "html:Funding" for d in report)


def test_conference_title_gives_paper_conference() -> None:
    page = (
        "<html><head><title>Студенттік ғылыми конференция материалдары</title></head><body>"
        '<h1 class="page_title">Тақырып</h1><div class="authors"></div>'
        '<div class="content"><p><strong>Аңдатпа</strong></p><p>Мақала зерттеу туралы.</p></div>'
        "</body></html>"
    )
    work, _ = _read(page)
    assert work.type == "paper-conference"


_FRONT = (
    '<h1 class="page_title">Тақырып</h1><div class="authors">'
    '<p><a href="/author/aliev-bek">Әлиев Бек</a></p>'
    '<p align="right"><em>Мысал университеті, e-mail: bek@example.kz, ORCID: 0000-0002-1825-0097</em></p>'
    '</div><div class="content"><p>ӘОЖ 327.8</p><p>МРНТИ 11.25.91</p><p>DOI: 10.1234/abc.2024.1</p>'
    "<p><strong>Аңдатпа</strong></p><p>Мақала зерттеу туралы және оның нәтижелері.</p>"
    "<p><strong>Әдебиеттер</strong></p><p>Иванов И.И. Книга. – М., 2020.</p><p>Petrov P. Book. 2019.</p>"
    "</div>"
)


@pytest.mark.parametrize(("vocab", "code"), [("UDC", "327.8"), ("IRSTI", "11.25.91")])
def test_classification_codes_become_keyword_groups(vocab: str, code: str) -> None:
    work, _ = _read(_FRONT)
    assert [g.terms for g in work.keywords if g.vocabulary == vocab] == [[code]]


def test_doi_line_becomes_identifier() -> None:
    assert _read(_FRONT)[0].doi == "10.1234/abc.2024.1"


def test_email_and_orcid_from_affiliation_line() -> None:
    c = _read(_FRONT)[0].contributors[0]
    assert (c.email, c.orcid) == ("bek@example.kz", "0000-0002-1825-0097")
    assert [s.value for s in c.affiliations[0].institution] == ["Мысал университеті"]


def test_unnumbered_reference_paragraphs() -> None:
    refs = _read(_FRONT)[0].references
    assert [(r.label, r.raw) for r in refs] == [
        ("1", "Иванов И.И. Книга. – М., 2020."), ("2", "Petrov P. Book. 2019."),
    ]  # fmt: skip


def test_names_without_links_and_shared_affiliation() -> None:
    page = (
        '<h1 class="page_title">Title</h1><div class="authors">'
        "<p>Ахметова Айгүл, Сейітов Нұрлан</p>"
        '<p align="right"><em>Мысал университетінің студенттері, ҚР, Астана</em></p></div>'
    )
    work, _ = _read(page)
    assert [c.name.family for c in work.contributors if c.name] == ["Ахметова", "Сейітов"]
    assert all(c.affiliations and c.affiliations[0].country == "KZ" for c in work.contributors)


def test_russian_block_in_kazakh_page() -> None:
    page = (
        '<h1 class="page_title">Мектептегі тарих пәні</h1><div class="authors">'
        '<p><a href="/author/aliev-bek">Әлиев Бек</a></p>'
        '<p align="right"><em>Мысал университетінің студенті,</em></p>'
        '<p align="right"><em>ҚР, Астана</em></p></div><div class="content">'
        "<p><strong>Аңдатпа</strong></p><p>Мақала мектептегі тарих пәні туралы.</p>"
        '<p align="center"><strong>Предмет истории в школе</strong></p>'
        '<p align="center"><strong>Алиев Бек</strong></p>'
        '<p align="right"><em>студент, Примерный университет,</em></p>'
        '<p align="right"><em>РК, Астана</em></p>'
        "<p><strong>Аннотация</strong></p><p>Статья посвящена предмету истории в школе.</p>"
        "<p><strong>Ключевые слова:</strong> история, школа.</p></div>"
    )
    work, _ = _read(page)
    assert [(t.value, t.lang) for t in work.titles][1] == ("Предмет истории в школе", "ru")
    c = work.contributors[0]
    assert ("Алиев", "ru") in [(n.family, n.lang) for n in c.alternative_names]
    assert [s.value for s in c.affiliations[0].institution if s.lang == "ru"] == [
        "Примерный университет"
    ]
    assert work.keywords_in("ru") == ["история", "школа"]


def test_place_named_in_prose_is_not_a_leak() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        '<p><a href="/author/aliev-bek">Әлиев Бек</a></p>'
        '<p align="right"><em>Мысал университетінің студенті, ҚР, Астана</em></p></div>'
        '<div class="content"><p><strong>Аңдатпа</strong></p>'
        "<p>Конференция Astana, Kazakhstan қаласында өтті және зерттеу нәтижелері талқыланды.</p></div>"
    )
    work, _ = _read(page)
    assert "Astana, Kazakhstan" in work.abstracts[0].text
    assert all(s.lang != "en" for s in work.contributors[0].affiliations[0].city)


def test_figure_href_absolute_with_base() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://example.kz/article/7"></head><body>'
        '<h1 class="page_title">Тақырып</h1><div class="authors"></div><div class="content">'
        "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>"
        '<p><img src="/files/a.png"></p><p><strong>Сурет 2. Кесте сипаттамасы</strong></p></div>'
        "</body></html>"
    )
    work, _ = _read(page)
    fig = work.sections[0].figures[0]
    assert (fig.label, fig.href) == ("Сурет 2", "https://example.kz/files/a.png")


_RU_VARIANT = (
    '<h1 class="page_title">ВЛИЯНИЕ ЦИФРОВИЗАЦИИ НА ОБРАЗОВАНИЕ В КАЗАХСТАНЕ</h1><div class="authors">'
    '<p><a href="/author/petrova-anna">Петрова Анна</a>, <a href="/author/ivanov-ilya">Иванов Илья</a></p>'
    '<p align="right"><em>студенты 3 курса, факультет информационных технологий, '
    "Назарбаев Университет, Астана, Казахстан</em></p>"
    "<p>Научный руководитель:</p>"
    '<p><a href="/author/sidorov-pavel-ivanovich">Сидоров Павел Иванович</a></p>'
    '<p align="right"><em>д.т.н., профессор, Назарбаев Университет, г. Астана, РК</em></p></div>'
    '<div class="content"><p><strong>Аннотация.</strong> В статье анализируется влияние '
    "цифровизации на систему образования в Казахстане.</p>"
    "<p><strong>Ключевые слова</strong>: цифровизация; образование; Казахстан</p>"
    "<h3>1. Введение</h3><p>Текст введения о Казахстане.</p>"
    "<p><strong>Литература</strong></p><p>1. Иванов И.И. Книга. – М., 2020.</p>"
    "<p>2. Петров П.П. Статья // Журнал. 2019. № 2.</p></div>"
)


def test_label_line_before_name_marks_next_person_supervisor() -> None:
    work, _ = _read(_RU_VARIANT)
    assert [c.roles[0] for c in work.contributors] == ["author", "author", "supervisor"]


def test_names_in_one_line_share_affiliation_and_position() -> None:
    work, _ = _read(_RU_VARIANT)
    for c in work.authors:
        assert [p.value for p in c.positions] == ["студент"]
        assert [s.value for s in c.affiliations[0].institution] == ["Назарбаев Университет"]


def test_slug_in_name_order_when_spelling_differs() -> None:
    work, _ = _read(_RU_VARIANT)
    alt = work.authors[1].alternative_names[0]
    assert (alt.family, alt.given, alt.lang) == ("Ivanov", "Ilya", "ru-Latn")


def test_colon_after_bold_keyword_label() -> None:
    assert _read(_RU_VARIANT)[0].keywords_in("ru") == ["цифровизация", "образование", "Казахстан"]


def test_numbered_paragraph_references_keep_their_numbers() -> None:
    refs = _read(_RU_VARIANT)[0].references
    assert [(r.label, r.raw) for r in refs] == [
        ("1", "Иванов И.И. Книга. – М., 2020."), ("2", "Петров П.П. Статья // Журнал. 2019. № 2."),
    ]  # fmt: skip


def test_heading_element_section() -> None:
    sec = _read(_RU_VARIANT)[0].sections[0]
    assert (sec.label, sec.title, sec.paragraphs) == (
        "1.",
        "Введение",
        ["Текст введения о Казахстане."],
    )


@pytest.mark.parametrize(
    ("line", "institution", "department", "position"),
    [
        ("Тұран университеті, «Халықаралық қатынастар» білім беру бағдарламасының 3-курс студенті",
         "Тұран университеті", "«Халықаралық қатынастар» білім беру бағдарламасы", "студент"),
        ("студент 2 курса ОП «Международные отношения», Университет Туран",
         "Университет Туран", "ОП «Международные отношения»", "студент"),
        ("2nd year student, Faculty of Law, Example University",
         "Example University", "Faculty of Law", "student"),
    ],
)  # fmt: skip
def test_study_programme_lines(line: str, institution: str, department: str, position: str) -> None:
    r = aff.parse_affiliation_lines([line])
    a = r["affiliations"][0]
    assert (a["institution"], a["department"], [p for p, _ in r["positions"]]) == (
        [institution], [department], [position],
    )  # fmt: skip


def test_phd_student_is_a_position_not_a_degree() -> None:
    r = aff.parse_affiliation_lines(["PhD докторанты, Мысал университеті"])
    assert (r["degrees"], r["positions"]) == ([], [("докторант", "kk")])


def test_supervisor_named_inside_label_line() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        '<p><a href="/author/saparov-erlan">Сапаров Ерлан</a></p>'
        '<p align="right"><em>Мысал университетінің студенті, ҚР, Алматы</em></p>'
        '<p align="right"><em>Ғылыми жетекші: Тулекова Г.Қ., ф.ғ.к., доцент</em></p></div>'
    )
    work, _ = _read(page)
    sup = work.contributors[1]
    assert sup.roles == ["supervisor"] and sup.name is not None
    assert (sup.name.family, sup.name.given) == ("Тулекова", "Г.Қ.")
    assert [d.value for d in sup.degrees] == ["ф.ғ.к."]


def test_unlike_slug_gives_no_romanised_name() -> None:
    assert aff.align_romanized(["Сапаров", "Ерлан"], "/author/node-123") is None


def test_seed_sentence_cut_by_the_leak_is_rejoined(work: Work) -> None:
    kk = work.abstract_in("kk")
    assert kk is not None
    assert re.search(r"идеяларды қалай жеңетіні", kk.paragraphs[0])


def test_line_break_separates_words() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        '<p><a href="/author/saparov-erlan">Сапаров Ерлан</a></p>'
        '<p align="right"><em>студент исторического факультета<br>Костанайского университета,'
        " г. Костанай, Казахстан</em></p></div>"
    )
    aff0 = _read(page)[0].contributors[0].affiliations[0]
    assert [i.value for i in aff0.institution] == ["Костанайский университет"]
    assert [d.value for d in aff0.department] == ["исторический факультет"]


def test_supervisor_named_after_degrees_in_label_line() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        '<p><a href="/author/a">Петрова Анна</a>, <a href="/author/b">Ахметов Болат</a></p>'
        '<p align="right"><em>студенты, Костанайский университет, г. Костанай</em></p>'
        '<p align="right"><em>Научный руководитель – д.и.н., профессор Иванов Иван Иванович</em></p>'
        "</div>"
    )
    work, _ = _read(page)
    assert [c.roles[0] for c in work.contributors] == ["author", "author", "supervisor"]
    sup = work.contributors[2]
    assert sup.name is not None and (sup.name.family, sup.name.patronymic) == ("Иванов", "Иванович")
    assert [d.value for d in sup.degrees] == ["д.и.н."]


def test_slug_without_patronymic_still_romanises() -> None:
    assert aff.align_romanized(["Ахметов", "Болат", "Серикович"], "/author/ahmetov-bolat") == [
        "Ahmetov", "Bolat"]  # fmt: skip


def test_inline_abstract_label_keeps_following_body_out_of_the_abstract() -> None:
    page = (
        '<h1 class="page_title">Заголовок</h1><div class="authors"><p><a href="/author/x">Ким Анна</a></p>'
        '</div><div class="content"><p><strong>Аннотация:</strong> Статья о целине в Казахстане.</p>'
        "<p><strong>Ключевые слова:</strong> целина, миграция</p>"
        "<p>В 1954 году в Северный Казахстан прибыли добровольцы.</p></div>"
    )
    work, _ = _read(page)
    assert [(a.lang, len(a.paragraphs)) for a in work.abstracts] == [("ru", 1)]
    assert work.sections and work.sections[0].paragraphs


def _body_page(body: str) -> str:
    return ('<h1 class="page_title">Тақырып</h1><div class="authors"><p><a href="/author/x">Ким Анна'
            f'</a></p></div><div class="content"><h3>Нәтижелер</h3>{body}</div>')  # fmt: skip


TABLE = "<table><tr><th>Курс</th><th>Саны</th></tr><tr><td>1</td><td>70</td></tr></table>"


@pytest.mark.parametrize(
    ("body", "label", "caption"),
    [(f"<p>1-кесте. Қатысушылар</p>{TABLE}", "Кесте 1", "Қатысушылар"),
     (f"{TABLE}<p>Таблица 2 – Участники</p>", "Таблица 2", "Участники"),
     (TABLE.replace("<tr>", "<caption>Table 3. Participants</caption><tr>", 1), "Table 3",
      "Participants")],
)  # fmt: skip
def test_table_caption_above_below_or_inside(body: str, label: str, caption: str) -> None:
    (tab,) = _read(_body_page(body))[0].sections[0].tables
    assert (tab.label, [c.value for c in tab.caption]) == (label, [caption])


def test_table_cells_and_heading_rows() -> None:
    (tab,) = _read(_body_page(TABLE))[0].sections[0].tables
    assert (tab.header_rows, tab.rows) == (1, [["Курс", "Саны"], ["1", "70"]])


@pytest.mark.parametrize(
    ("first_row", "label", "caption", "rows"),
    [
        ('<tr><td colspan="2">Кесте 1 – Көрсеткіштер</td></tr>', "Кесте 1", ["Көрсеткіштер"],
         [["a", "b"], ["1", "2"]]),
        ("<tr><th>Таблица 2. Итоги</th></tr>", "Таблица 2", ["Итоги"], [["a", "b"], ["1", "2"]]),
        ('<tr><td colspan="2">Барлығы</td></tr>', None, [], [["Барлығы"], ["a", "b"], ["1", "2"]]),
    ],
)  # fmt: skip
def test_caption_in_a_first_row_spanning_the_table(
    first_row: str, label: str | None, caption: list[str], rows: list[list[str]]
) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
                           f"<table>{first_row}<tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td>"
                           "</tr></table>")  # fmt: skip
    tab = w.sections[0].tables[0]
    assert (tab.label, [c.value for c in tab.caption], tab.rows) == (label, caption, rows)


def test_table_caption_is_not_left_as_a_paragraph() -> None:
    sec = _read(_body_page(f"<p>Мәтін.</p><p>1-кесте. Қатысушылар</p>{TABLE}"))[0].sections[0]
    assert sec.paragraphs == ["Мәтін."]


def test_one_cell_layout_table_is_a_container() -> None:
    sec = _read(_body_page("<table><tr><td><p>Бірінші.</p><p>Екінші.</p></td></tr></table>"))[0]
    assert sec.sections[0].paragraphs == ["Бірінші.", "Екінші."] and not sec.sections[0].tables


def test_number_first_kazakh_figure_caption() -> None:
    body = '<p><img src="f.png"></p><p>1-сурет. Студенттердің білім деңгейі</p>'
    (fig,) = _read(_body_page(body))[0].sections[0].figures
    assert (fig.label, fig.caption[0].value) == ("Сурет 1", "Студенттердің білім деңгейі")


def test_kazakh_master_degree() -> None:
    assert aff.classify_part("э.ғ.м.")[0] == "degree"


def test_author_block_text_of_no_known_kind_is_kept_and_reported() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        '<p><a href="/author/saparov-erlan">Сапаров Ерлан</a></p>'
        '<p align="right"><em>э.ғ.м., грант АР123 бойынша</em></p></div>'
    )  # no affiliation whose raw text would keep it
    work, report = _read(page)
    assert work.extra["html:contributor_text"] == {"Сапаров": ["грант АР123 бойынша"]}
    assert any(d.field == "html:contributor_text" and d.kind == "unmapped" for d in report)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("ПАНДЕМИЯ COVID-19 КЕЗЕҢІНДЕГІ ҚР ЭКОНОМИКАСЫ ЖӘНЕ ЕАЭО",
      "Пандемия COVID-19 кезеңіндегі ҚР экономикасы және ЕАЭО"),
     ("ВЛИЯНИЕ ЦИФРОВИЗАЦИИ НА МСБ В РК: ОПЫТ США И КНР В ЕВРОПЕ",
      "Влияние цифровизации на МСБ в РК: опыт США и КНР в Европе"),
     ("THE ROLE OF NATO AND THE UN: A STUDY OF KAZAKHSTAN",
      "The role of NATO and the UN: a study of Kazakhstan"),
     ("БҰҰ-НЫҢ ҚАЗАҚСТАННЫҢ САУДА САЯСАТЫНДАҒЫ РӨЛІ",
      "БҰҰ-ның Қазақстанның сауда саясатындағы рөлі"),
     ("АСТАНАЛЫҚ ЖАСТАР", "Астаналық жастар"),
     # English capitalises peoples and languages; "жж.", "гг.", "млн" are no acronyms
     ("GRAMMAR OF THE KAZAKH LANGUAGE IN SOVIET SCHOOLS",
      "Grammar of the Kazakh language in Soviet schools"),
     ("ҚАЗАҚ ТІЛІНІҢ ГРАММАТИКАСЫ: 1950–2020 ЖЖ.", "Қазақ тілінің грамматикасы: 1950–2020 жж."),
     ("ЭКОНОМИКА КАЗАХСТАНА В 1990–2000 ГГ.: РОСТ НА 5 МЛН ТЕНГЕ",
      "Экономика Казахстана в 1990–2000 гг.: рост на 5 млн тенге"),
     ("ОРТАЛЫҚ ЖАСТАР АСТАНАЛЫҚ", "Орталық жастар астаналық")],
)  # fmt: skip
def test_sentence_case_without_page_evidence(title: str, expected: str) -> None:
    assert sentence_case(title, {}) == expected


def test_control_character_after_a_line_break_is_no_crash() -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors"><p><a href="/a">Ким Анна</a></p>'
        '<p align="right"><em>студент<br>\x0bМысал университеті</em></p></div>'
    )
    assert _read(page)[0].title == "Тақырып"


@pytest.mark.parametrize(
    "names",
    ['<p><a href="/author/a">Иванов Иван</a><sup>1</sup>, <a href="/author/b">Сапар Айгүл</a>'
     "<sup>2</sup></p>",
     "<p>Иванов Иван¹, Сапар Айгүл²</p>"],
    ids=["linked-sup", "plain-unicode"],
)  # fmt: skip
def test_numbered_affiliations_go_to_their_authors(names: str) -> None:
    page = (
        f'<h1 class="page_title">Тақырып</h1><div class="authors">{names}'
        '<p align="right"><em><sup>1</sup>Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы</em></p>'
        '<p align="right"><em>²Абай атындағы Қазақ ұлттық педагогикалық университеті, Алматы</em></p>'
        "</div>"
    )
    work, _ = _read(page)
    got = [(c.name.family if c.name else None, [i.value for a in c.affiliations for i in a.institution])
           for c in work.contributors]  # fmt: skip
    assert got == [("Иванов", ["Әл-Фараби атындағы Қазақ ұлттық университеті"]),
                   ("Сапар", ["Абай атындағы Қазақ ұлттық педагогикалық университеті"])]  # fmt: skip


def test_author_with_two_affiliation_marks_gets_both() -> None:
    page = (
        '<h1 class="page_title">Заголовок</h1><div class="authors"><p>Иванов И.И.¹,², Петрова А.С.²</p>'
        '<p align="right"><em>¹Евразийский национальный университет, Астана</em></p>'
        '<p align="right"><em>²Карагандинский университет, Караганда</em></p></div>'
    )
    work, _ = _read(page)
    assert [len(c.affiliations) for c in work.contributors] == [2, 1]


def test_short_kazakh_keywords_take_the_label_language() -> None:
    page = _body_page("<p><strong>Түйін сөздер:</strong> жасыл экономика, жаңартылатын энергия</p>")
    assert [g.lang for g in _read(page)[0].keywords] == ["kk"]


def test_country_from_a_known_city() -> None:
    parsed = aff.parse_affiliation_lines(["Нархоз университеті, Алматы қ."])
    assert parsed["affiliations"][0]["country"] == "KZ"


# -- variations of the layout (plain data in, expected fields out) -------------------------------

_PAGE = ('<h1 class="page_title">ТЕСТ МАҚАЛАСЫ</h1><div class="authors">{a}</div>'
         '<div class="content"><div class="field-item">{b}</div></div>')  # fmt: skip
_ONE_AUTHOR = ('<p><a href="/author/omarov-a">Омаров Асқар</a></p><p><p align="right"><em>'
               'студент, Тұран университеті, Алматы</em></p></p>')  # fmt: skip


def _page(authors: str, body: str) -> Work:
    return _read(_PAGE.format(a=authors, b=body))[0]


def test_plain_labels_with_a_spaced_dash() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аннотация – Мақалада тарих қарастырылады.</p>"
                           "<p>Ключевые слова – тарих, мәдениет</p>")  # fmt: skip
    assert [(a.title, a.paragraphs) for a in w.abstracts] == [
        ("Аннотация", ["Мақалада тарих қарастырылады."])
    ]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]


def test_keywords_after_br_in_the_abstract_paragraph() -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аннотация:</strong> Мақалада тарих қарастырылады.<br>"
                           "Кілттік сөздер: тарих; мәдениет.</p>")  # fmt: skip
    assert [a.paragraphs for a in w.abstracts] == [["Мақалада тарих қарастырылады."]]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]


def test_plural_supervisor_label_inline_names_each() -> None:
    w = _page(
        '<p><a href="/author/omarov-a">ОМАРОВ АСҚАР</a></p><p>Научные руководители: '
        "Иванов И.И., к.т.н., доцент; Петров П.П., PhD</p>",
        "<p>ABSTRACT. Text.</p>",
    )
    assert [(c.roles[0], c.name.family if c.name else None, [d.value for d in c.degrees])
            for c in w.contributors] == [
        ("author", "Омаров", []), ("supervisor", "Иванов", ["к.т.н."]),
        ("supervisor", "Петров", ["PhD"]),
    ]  # fmt: skip
    assert [(n.family, n.given) for n in w.contributors[0].alternative_names] == [("Omarov", "A.")]


def test_plural_supervisor_label_on_its_own_line_heads_all_after() -> None:
    w = _page(_ONE_AUTHOR + "<p>Ғылыми жетекшілері:</p>"
              '<p><a href="/author/a">Сапарова Айгүл</a></p><p align="right">т.ғ.к., доцент</p>'
              '<p><a href="/author/b">Бекова Сәуле</a></p><p align="right">PhD</p>',
              "<p>Аңдатпа: Мәтін.</p>")  # fmt: skip
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor", "supervisor"]


def test_reference_numbers_without_a_dot() -> None:
    w = _page(
        _ONE_AUTHOR,
        "<p>Аңдатпа: Мәтін.</p><p><strong>ӘДЕБИЕТТЕР</strong></p>"
        "<p>1 Бір кітап. – Алматы, 2000.</p><p>2.Екі кітап. – Алматы, 2001.</p>",
    )
    assert [(r.label, r.raw) for r in w.references] == [
        ("1", "Бір кітап. – Алматы, 2000."), ("2", "Екі кітап. – Алматы, 2001."),
    ]  # fmt: skip


def test_given_first_two_word_name() -> None:
    assert aff.split_name("Айгерім Ерболқызы") == {"family": "Ерболқызы", "given": "Айгерім"}
    assert aff.split_name("Ким Алина") == {"family": "Ким", "given": "Алина"}


def test_email_line_under_numbered_affiliations_goes_to_its_owner() -> None:
    w = _page('<p><a href="/author/x">Сапарова Б.</a><sup>1</sup>, <a href="/author/y">Омаров А.'
              '</a><sup>2</sup></p><p><sup>1</sup>Тұран университеті, Алматы, Қазақстан</p>'
              "<p><sup>2</sup>Нархоз университеті, Алматы, Қазақстан</p>"
              "<p>*e-mail: omarov@mail.kz</p>", "<p>Аңдатпа. Мәтін.</p>")  # fmt: skip
    assert [c.email for c in w.contributors] == [None, "omarov@mail.kz"]
    assert [a.institution[0].value for c in w.contributors for a in c.affiliations] == [
        "Тұран университеті", "Нархоз университеті",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "degrees", "positions"),
    [
        ("т.ғ.к, доцент", ["т.ғ.к"], ["доцент"]),
        ("д.филол.н., профессор", ["д.филол.н."], ["профессор"]),
        ("доктор философии (PhD), ст. преподаватель", ["доктор философии (PhD)"],
         ["старший преподаватель"]),
        ("магистрант 2-го курса, КазНУ им. аль-Фараби", [], ["магистрант"]),
        ("student of the 2nd year, Narxoz University", [], ["student"]),
        ("d.e.s., professor, Narxoz University", ["d.e.s."], ["professor"]),
        ("Тіл білімі институтының кіші ғылыми қызметкері", [], ["кіші ғылыми қызметкер"]),
    ],
)  # fmt: skip
def test_degree_and_position_variants(line: str, degrees: list[str], positions: list[str]) -> None:
    r = aff.parse_affiliation_lines([line])
    assert [d for d, _ in r["degrees"]] == degrees
    assert [p for p, _ in r["positions"]] == positions
    assert r["other"] == []


@pytest.mark.parametrize(
    ("caps", "want"),
    [
        ("ЦИФРОВАЯ ТРАНСФОРМАЦИЯ УСЛУГ В РЕСПУБЛИКЕ КАЗАХСТАН",
         "Цифровая трансформация услуг в Республике Казахстан"),
        ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ СЫРТҚЫ САЯСАТЫ", "Қазақстан Республикасының сыртқы саясаты"),
        ("ECONOMY OF THE REPUBLIC OF KAZAKHSTAN", "Economy of the Republic of Kazakhstan"),
    ],
)  # fmt: skip
def test_sentence_case_keeps_country_names_of_several_words(caps: str, want: str) -> None:
    assert sentence_case(caps, {}) == want


def test_notes_on_the_authors_go_to_extra_not_a_section() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><strong>Сведения об авторах</strong></p>"
                           "<p>Омаров Асқар – студент</p>")  # fmt: skip
    assert w.sections == []
    assert w.extra["html:Сведения об авторах"] == "Омаров Асқар – студент"


def test_image_outside_any_paragraph_is_a_figure() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
                           '<div><a href="/f/x.png"><img src="/f/x.png"></a></div>'
                           "<p><em>Рисунок 1 – Схема процесса</em></p>")  # fmt: skip
    figs = [f for s in w.sections for f in s.figures]
    assert [(f.label, f.href, [c.value for c in f.caption]) for f in figs] == [
        ("Рисунок 1", "/f/x.png", ["Схема процесса"])
    ]
    assert w.sections[0].paragraphs == ["Мәтін бар."]


def test_table_label_and_title_on_two_lines_above() -> None:
    w = _page(
        _ONE_AUTHOR,
        "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
        "<p>Таблица 1</p><p>Показатели развития</p>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>",
    )
    tabs = [t for s in w.sections for t in s.tables]
    assert [(t.label, [c.value for c in t.caption]) for t in tabs] == [
        ("Таблица 1", ["Показатели развития"])
    ]
    assert w.sections[0].paragraphs == ["Мәтін бар."]


@pytest.mark.parametrize(
    "label",
    ["List of references", "Reference list", "List of literature", "List of used literature",
     "Sources", "Использованные источники", "Пайдаланылған дереккөздер",
     "Әдебиеттер мен дереккөздер тізімі", "Пайдаланылған дереккөздер тізімі", "Сілтемелер",
     "Дереккөздер", "Источники и литература"],
)  # fmt: skip
def test_more_reference_list_headings(label: str) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
                           f"<p><strong>{label}</strong></p>"
                           "<p>[1] Иванов И.И. Теория. – М.: Наука, 2019. – 288 с.</p>")  # fmt: skip
    assert [s.title for s in w.sections] == ["Кіріспе"]
    assert [(r.label, r.raw) for r in w.references] == [
        ("1", "Иванов И.И. Теория. – М.: Наука, 2019. – 288 с.")
    ]


def _outline(sections: list[object], depth: int = 0) -> list[tuple[int, str | None, str | None]]:
    return [
        x
        for s in sections
        for x in [
            (depth, s.label, s.title),  # type: ignore[attr-defined]
            *_outline(s.sections, depth + 1),
        ]
    ]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "outline"),
    [
        ("<p><b>1. Әдістер</b></p><p>А.</p><p><b>2. Нәтижелер</b></p><p><b>2.1 Гранттар</b></p>"
         "<p>Б.</p><p><b>2.2. Несиелер</b></p><p>В.</p><p><b>Қорытынды</b></p><p>Г.</p>",
         [(0, "1.", "Әдістер"), (0, "2.", "Нәтижелер"), (1, "2.1", "Гранттар"),
          (1, "2.2.", "Несиелер"), (0, None, "Қорытынды")]),
        ("<h3>1. Негіздер</h3><h4>1.1 Ұғым</h4><p>А.</p><h4>Түрлері</h4><p>Б.</p>"
         "<h3>2. Эксперимент</h3><p>В.</p>",
         [(0, "1.", "Негіздер"), (1, "1.1", "Ұғым"), (1, None, "Түрлері"),
          (0, "2.", "Эксперимент")]),
        ("<p><b>I. Негізгі бөлім</b></p><p><b>1. Тарих</b></p><p><b>1.1 Ерте кезең</b></p>"
         "<p>А.</p><p><b>2. Қазір</b></p><p>Б.</p><p><b>II. Қорытынды</b></p><p>В.</p>",
         [(0, "I.", "Негізгі бөлім"), (1, "1.", "Тарих"), (2, "1.1", "Ерте кезең"),
          (1, "2.", "Қазір"), (0, "II.", "Қорытынды")]),
        ("<p><b>3.1 Без родителя</b></p><p>А.</p>", [(0, "3.1", "Без родителя")]),
    ],
)  # fmt: skip
def test_subsection_numbers_and_heading_ranks_nest(body: str, outline: list[object]) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p>" + body)
    assert _outline(w.sections) == outline


@pytest.mark.parametrize(
    ("refs", "want"),
    [
        ("<p>1. Иванов И.И. Теория. – М., 2019.<br />2. Петров П.П. Практика. – М., 2020.<br>"
         "3. Smith J. Method. – London, 2018.</p>",
         [("1", "Иванов И.И. Теория. – М., 2019."), ("2", "Петров П.П. Практика. – М., 2020."),
          ("3", "Smith J. Method. – London, 2018.")]),
        ("<p>[1] Иванов И.И. Теория. – М., 2019. –<br>URL: https://example.kz/a<br>"
         "[2] Петров П.П. Практика. – М., 2020.</p>",
         [("1", "Иванов И.И. Теория. – М., 2019. – URL: https://example.kz/a"),
          ("2", "Петров П.П. Практика. – М., 2020.")]),
        ("<p>Иванов И.И. Теория. – М., 2019.<br>Петров П.П. Практика. – М., 2020.</p>",
         [("1", "Иванов И.И. Теория. – М., 2019."), ("2", "Петров П.П. Практика. – М., 2020.")]),
        ("<p>Иванов И.И. Теория. – М., 2019.<br>URL: https://example.kz/a</p>"
         "<p>Петров П.П. Практика. – М., 2020.</p>",
         [("1", "Иванов И.И. Теория. – М., 2019. URL: https://example.kz/a"),
          ("2", "Петров П.П. Практика. – М., 2020.")]),
        ("<p>1. Иванов И.И. Теория. – М., 2019.</p><p>2. Петров П.П.<br>Практика. – М., 2020.</p>",
         [("1", "Иванов И.И. Теория. – М., 2019."), ("2", "Петров П.П. Практика. – М., 2020.")]),
    ],
)  # fmt: skip
def test_references_in_one_paragraph_split_at_line_breaks(refs: str, want: list[object]) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><strong>Список литературы</strong></p>" + refs)
    assert [(r.label, r.raw) for r in w.references] == want


@pytest.mark.parametrize(
    ("authors", "want"),
    [
        ('<p><a href="/author/sultanova-a">Aigerim Sultanova</a> (ORCID 0000-0002-1998-7656), '
         '<a href="/author/zhakupov-a">Arman Zhakupov</a> (ORCID 0000-0001-5551-2343)</p>',
         [("Sultanova", "0000-0002-1998-7656", None), ("Zhakupov", "0000-0001-5551-2343", None)]),
        ('<p><a href="/ru/author/akhmetova-a-k">Ахметова А.К.</a> <a href="https://orcid.org/'
         '0000-0002-1998-7656">https://orcid.org/0000-0002-1998-7656</a></p>',
         [("Ахметова", "0000-0002-1998-7656", None)]),
        ('<p><a href="/author/omarov-a">Омаров А.</a><a href="https://orcid.org/0000-0001-5551-2343">'
         '<img src="/orcid.png"></a>, <a href="/author/ivanov-i">Иванов И.</a>, '
         'e-mail: ivanov@example.kz</p>',
         [("Омаров", "0000-0001-5551-2343", None), ("Иванов", None, "ivanov@example.kz")]),
        ('<p><a href="/author/omarov-a">Омаров А.</a>, <a href="mailto:omarov@example.kz">'
         'omarov@example.kz</a></p>', [("Омаров", None, "omarov@example.kz")]),
    ],
)  # fmt: skip
def test_orcid_and_email_next_to_a_name_are_that_persons(authors: str, want: list[object]) -> None:
    w = _page(
        authors + '<p><p align="right"><em>студенты, Тұран университеті, Алматы</em></p></p>',
        "<p>Аңдатпа: Мәтін.</p>",
    )
    got = [(c.name.family if c.name else None, c.orcid, c.email) for c in w.contributors]
    assert got == want
    assert all(r.value.startswith("студент") for c in w.contributors for a in c.affiliations
               for r in a.raw)  # fmt: skip


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("магистрант, Павлодарский педагогический университет им. Ә. Марғұлан, г. Павлодар", "ru"),
        ("студент, Кызылординский университет им. Қорқыт Ата, г. Кызылорда", "ru"),
        ("магистрант, Ә. Марғұлан атындағы Павлодар педагогикалық университеті, Павлодар қ.", "kk"),
        ("студент, Тұран университеті, Алматы", "kk"),
    ],
)  # fmt: skip
def test_kazakh_letters_of_a_proper_name_do_not_make_a_russian_line_kazakh(
    line: str, lang: str
) -> None:
    w = _page(f'<p><a href="/author/omarov-a">Омаров Асқар</a></p><p><p align="right"><em>{line}'
              "</em></p></p>", "<p>Аннотация: Текст.</p>")  # fmt: skip
    c = w.contributors[0]
    assert [(p.value, p.lang) for p in c.positions][:1] == [(line.split(",")[0], lang)]
    assert {s.lang for a in c.affiliations for s in [*a.institution, *a.raw]} == {lang}


def test_translated_block_name_without_patronymic_is_no_second_romanisation() -> None:
    w = _page('<p><a href="/author/amanzholova-dana-erlankyzy">Аманжолова Дана Ерланқызы</a></p>'
              '<p><p align="right"><em>студент, Тұран университеті, Алматы</em></p></p>',
              "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
              '<p style="text-align: center;"><strong>TITLE OF THE PAPER</strong></p>'
              '<p style="text-align: center;"><strong>Amanzholova Dana</strong></p>'
              '<p align="right"><em>student, Turan University, Almaty</em></p>'
              "<p><strong>Abstract</strong></p><p>The text.</p>")  # fmt: skip
    names = [(n.family, n.given, n.patronymic, n.lang) for n in w.contributors[0].alternative_names]
    assert names == [("Amanzholova", "Dana", "Erlankyzy", "kk-Latn")]


def test_figures_in_sup_and_sub_become_unicode_scripts() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p>"
                           "<p>Көлемі 5 м<sup>3</sup>, CO<sub>2</sub> үлесі 10<sup>-3</sup>, "
                           "W<sub>нетто</sub> мәні.</p>"
                           "<table><tr><th>м<sup>2</sup></th><th>H<sub>2</sub>O</th></tr>"
                           "<tr><td>1</td><td>2</td></tr></table>")  # fmt: skip
    sec = w.sections[0]
    assert sec.paragraphs == ["Көлемі 5 м³, CO₂ үлесі 10⁻³, Wнетто мәні."]
    assert sec.tables[0].rows[0] == ["м²", "H₂O"]


def test_every_image_of_a_paragraph_is_a_figure() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p>"
                           "<p><img src='/f/1.png'><img src='/f/2.png' alt='екінші'></p>"
                           "<p>Сурет 1 – Екі сурет</p><p>Мәтін бар.</p>")  # fmt: skip
    figs = w.sections[0].figures
    assert [(f.id, f.label, f.href, f.alt, [c.value for c in f.caption]) for f in figs] == [
        ("fig1", "Сурет 1", "/f/1.png", None, ["Екі сурет"]),
        ("fig2", None, "/f/2.png", "екінші", []),
    ]
    assert w.sections[0].paragraphs == ["Мәтін бар."]


@pytest.mark.parametrize("mark", ["1*", "*1", "1, *", "1"])
def test_affiliation_mark_with_a_corresponding_author_star(mark: str) -> None:
    w = _page(f'<p><a href="/ru/author/ivanov-i-i">Иванов И.И.</a><sup>{mark}</sup>, '
              '<a href="/ru/author/petrov-p">Петров П.П.</a><sup>2</sup></p>'
              "<p><sup>1</sup>КазНУ им. аль-Фараби, г. Алматы</p><p><sup>2</sup>ЕНУ им. Л.Н. Гумилева, "
              "г. Астана</p>", "<p>Аннотация: Текст.</p>")  # fmt: skip
    got = [(c.name.family if c.name else None, [x.value for a in c.affiliations for x in a.city])
           for c in w.contributors]  # fmt: skip
    assert got == [("Иванов", ["Алматы"]), ("Петров", ["Астана"])]


@pytest.mark.parametrize(
    "wrap",
    ["<strong>{}</strong>", "<font face='Times New Roman'><span style='font-size: 14pt;'>"
     "<strong>{}</strong></span></font>", "<span><em><b>{}</b></em></span>"],
)  # fmt: skip
def test_bold_headings_and_labels_inside_inline_wrappers(wrap: str) -> None:
    """Word-pasted pages wrap every line in <font>/<span>: the bold run inside still heads it."""

    def p(inner: str, rest: str = "") -> str:
        return (
            "<p>"
            + wrap.format(inner).replace(f"{inner}</strong>", f"{inner}</strong>{rest}")
            + "</p>"
        )

    body = (p("Аннотация") + "<p>Мақалада тарих қарастырылады.</p>"
            + "<p><font><span><strong>Кілт сөздер:</strong> тарих, мәдениет</span></font></p>"
            + p("Кіріспе") + "<p><font><span>Бірінші мәтін.</span></font></p>"
            + p("Қорытынды") + "<p>Екінші мәтін.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, body)
    assert [(a.title, a.paragraphs) for a in w.abstracts] == [
        ("Аннотация", ["Мақалада тарих қарастырылады."])
    ]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]
    assert [(s.title, s.paragraphs) for s in w.sections] == [
        ("Кіріспе", ["Бірінші мәтін."]),
        ("Қорытынды", ["Екінші мәтін."]),
    ]


@pytest.mark.parametrize(
    ("keywords", "terms"),
    [
        ("<b>Keywords:</b> water · irrigation · Syr Darya", ["water", "irrigation", "Syr Darya"]),
        ("<b>Keywords:</b> water • irrigation", ["water", "irrigation"]),
        ("<b>Keywords:</b> water – irrigation – Syr Darya", ["water", "irrigation", "Syr Darya"]),
        # one spaced dash, or dashes beside commas, are inside a term
        ("<b>Keywords:</b> Kazakhstan – China relations", ["Kazakhstan – China relations"]),
        ("<b>Keywords:</b> Kazakhstan – China, trade – policy, SCO",
         ["Kazakhstan – China", "trade – policy", "SCO"]),
        ("<b>Keywords:</b><span><br>M. Auezov<br>nature image<br>epic novel</span>",
         ["M. Auezov", "nature image", "epic novel"]),
        ("<b>Keywords:</b> water, land,<br>irrigation, Syr Darya", ["water", "land", "irrigation", "Syr Darya"]),
    ],
)  # fmt: skip
def test_keyword_separators(keywords: str, terms: list[str]) -> None:
    w = _page(_ONE_AUTHOR, f"<p><b>Abstract.</b> The text.</p><p>{keywords}</p>")
    assert [k.terms for k in w.keywords] == [terms]


def test_keywords_on_lines_of_their_own_after_a_label_paragraph() -> None:
    w = _page(_ONE_AUTHOR, "<p><b>Abstract.</b> The text.</p><p><b>Keywords:</b></p>"
                           "<p>water<br>irrigation<br>Syr Darya</p>")  # fmt: skip
    assert [k.terms for k in w.keywords] == [["water", "irrigation", "Syr Darya"]]


@pytest.mark.parametrize(
    "line",
    [
        "<p style='text-align: right;'><em>Ғылыми жетекші: Оспанова Гүлнар Қайратқызы, ф.ғ.к., "
        "қауымдастырылған профессор</em></p>",
        "<p>Ғылыми жетекші – ф.ғ.к., қауымдастырылған профессор Оспанова Гүлнар Қайратқызы</p>",
        "<p>Ғылыми жетекші: <a href='/author/ospanova-g'>Оспанова Гүлнар Қайратқызы</a>, ф.ғ.к., "
        "қауымдастырылған профессор</p>",
    ],
)  # fmt: skip
def test_supervisor_line_after_the_references_is_a_contributor(line: str) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
                           "<p><b>Әдебиеттер тізімі</b></p><ol><li>Бір кітап. – Алматы, 2000.</li>"
                           f"</ol><p>&nbsp;</p>{line}")  # fmt: skip
    sup = w.contributors[-1]
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor"]
    assert sup.name is not None and sup.name.family == "Оспанова"
    assert [d.value for d in sup.degrees] == ["ф.ғ.к."]
    assert [p.value for p in sup.positions] == ["қауымдастырылған профессор"]
    assert [r.raw for r in w.references] == ["Бір кітап. – Алматы, 2000."]


def test_supervisor_line_in_the_body_naming_one_of_the_author_block_adds_no_one() -> None:
    w = _page(
        _ONE_AUTHOR + "<p>Ғылыми жетекші: Оспанова Г.Қ., ф.ғ.к.</p>",
        "<p>Аңдатпа: Мәтін.</p><p>Ғылыми жетекші: Оспанова Г.Қ., ф.ғ.к.</p>",
    )
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor"]


@pytest.mark.parametrize(
    ("alt", "label", "caption"),
    [
        ("Сурет 2. Сенім деңгейі", "Сурет 2", ["Сенім деңгейі"]),
        ("Рисунок 3 – Динамика роста", "Рисунок 3", ["Динамика роста"]),
        ("диаграмма", None, []),  # an alt that is no caption stays the alt text only
    ],
)  # fmt: skip
def test_image_with_only_alt_text_takes_its_caption_from_it(
    alt: str, label: str | None, caption: list[str]
) -> None:
    w = _page(
        _ONE_AUTHOR,
        "<p>Аңдатпа: Мәтін.</p><p><b>Кіріспе</b></p><p>Мәтін бар.</p>"
        f"<p><img src='/f/2.png' alt='{alt}'></p><p>Келесі мәтін.</p>",
    )
    fig = w.sections[0].figures[0]
    assert (fig.label, [c.value for c in fig.caption], fig.alt) == (label, caption, alt)
    assert w.sections[0].paragraphs == ["Мәтін бар.", "Келесі мәтін."]


@pytest.mark.parametrize(
    ("caps", "want"),
    [
        # English quotes the name of a work in title case, Kazakh and Russian in sentence case
        ('THE NOVEL "THE LAST DAYS OF THE STEPPE" IN SCHOOL',
         'The novel "The Last Days of the Steppe" in school'),
        ("THE ROLE OF THE “DIGITAL KAZAKHSTAN” PROGRAMME", "The role of the “Digital Kazakhstan” programme"),
        ("«АБАЙ ЖОЛЫ» РОМАНЫНДАҒЫ БЕЙНЕЛЕР", "«Абай жолы» романындағы бейнелер"),
        ("ПРОГРАММА «ЦИФРОВОЙ КАЗАХСТАН» И ШКОЛА", "Программа «Цифровой Казахстан» и школа"),
        ("РОМАН „ВОЙНА И МИР“ В ШКОЛЕ", "Роман „Война и мир“ в школе"),
        ('ДОЛЯ 5" ДИСКОВ', 'Доля 5" дисков'),  # a closing quote (inches) opens nothing
    ],
)  # fmt: skip
def test_sentence_case_capitalises_the_first_word_of_a_quotation(caps: str, want: str) -> None:
    assert sentence_case(caps, {}) == want


@pytest.mark.parametrize(
    ("line", "institution", "city"),
    [
        ("Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті, Алматы",
         ["Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті"], ["Алматы"]),
        ("Қ. Жұбанов атындағы Ақтөбе өңірлік университеті, Ақтөбе қ.",
         ["Қ. Жұбанов атындағы Ақтөбе өңірлік университеті"], ["Ақтөбе"]),
        ("Г.Алматы", [], ["Алматы"]),
        ("КазНУ им. аль-Фараби, г. Алматы", ["КазНУ им. аль-Фараби"], ["Алматы"]),
    ],
)  # fmt: skip
def test_an_initial_q_or_g_is_no_city_mark(
    line: str, institution: list[str], city: list[str]
) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["institution"], a["city"]) == (institution, city)


@pytest.mark.parametrize(
    ("heading", "label", "title"),
    [
        ("1 Кіріспе", "1", "Кіріспе"),
        ("2 Зерттеу әдістері", "2", "Зерттеу әдістері"),
        ("2.1 Деректер", "2.1", "Деректер"),
        ("5 сынып оқушылары", None, "5 сынып оқушылары"),  # a lower-case word after: no label
        ("2023 жылғы нәтижелер", None, "2023 жылғы нәтижелер"),
    ],
)  # fmt: skip
def test_bare_heading_number_before_a_capitalised_title(
    heading: str, label: str | None, title: str
) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа: Мәтін.</p><p><b>{heading}</b></p><p>Мәтін бар.</p>")
    assert [(s.label, s.title) for s in w.sections] == [(label, title)]


@pytest.mark.parametrize(
    "keywords", ["Кілт сөздер. тарих, мәдениет", "Ключевые слова. тарих, мәдениет",
                 "Keywords. тарих, мәдениет"],
)  # fmt: skip
def test_plain_keywords_label_with_a_full_stop(keywords: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа. Мақалада тарих қарастырылады.</p><p>{keywords}</p>")
    assert [a.paragraphs for a in w.abstracts] == [["Мақалада тарих қарастырылады."]]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]


@pytest.mark.parametrize(
    "tail",
    ["URL: https://example.org/a (дата обращения: 01.02.2024).", "https://doi.org/10.1000/xyz1",
     "Режим доступа: https://example.org/a", "(accessed: 10.01.2024)", "DOI: 10.1000/xyz1"],
)  # fmt: skip
def test_access_line_in_its_own_paragraph_continues_the_reference(tail: str) -> None:
    w = _page(_ONE_AUTHOR, "<p>Аңдатпа: Мәтін.</p><p><b>Әдебиеттер тізімі</b></p>"
                           f"<p>1. Бір кітап [Электронный ресурс].</p><p>{tail}</p>"
                           "<p>2. Екі кітап. – Алматы, 2001.</p>")  # fmt: skip
    assert [(r.label, r.raw) for r in w.references] == [
        ("1", f"Бір кітап [Электронный ресурс]. {tail}"),
        ("2", "Екі кітап. – Алматы, 2001."),
    ]


@pytest.mark.parametrize(
    "line",
    ["Статья поступила в редакцию 12.03.2024", "Мақала редакцияға түсті: 12.03.2024",
     "Received: 12 March 2024", "Received 12.03.2024; accepted 20.04.2024"],
)  # fmt: skip
def test_received_date_after_the_references_is_no_reference(line: str) -> None:
    w = _page(
        _ONE_AUTHOR,
        "<p>Аңдатпа: Мәтін.</p><p><b>Әдебиеттер тізімі</b></p>"
        f"<ol><li>Бір кітап. – Алматы, 2000.</li></ol><p><em>{line}</em></p>",
    )
    assert [r.raw for r in w.references] == ["Бір кітап. – Алматы, 2000."]
    assert w.extra["html:history"] == line


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("«Жасыл экономика: мүмкіндіктер мен тәуекелдер»", "Жасыл экономика: мүмкіндіктер мен тәуекелдер"),
        ("&laquo;Жасыл экономика&raquo;.", "Жасыл экономика"),
        ('"Green economy in Kazakhstan"', "Green economy in Kazakhstan"),
        ("«Жасыл экономика» және «Рухани жаңғыру»", "«Жасыл экономика» және «Рухани жаңғыру»"),
        ("«Абай жолы» романындағы бейнелер", "«Абай жолы» романындағы бейнелер"),
        ("&laquo;ЖАСЫЛ ЭКОНОМИКА&raquo;<br>ЖӘНЕ ҚАЗАҚСТАН", "«Жасыл экономика» және Қазақстан"),
    ],
)  # fmt: skip
def test_title_quotes_entities_and_line_breaks(h1: str, title: str) -> None:
    page = _PAGE.format(a=_ONE_AUTHOR, b="<p>Аңдатпа: Мәтін.</p>")
    page = re.sub(
        r'(<h1 class="page_title">).*?(</h1>)', lambda m: m.group(1) + h1 + m.group(2), page
    )
    assert _read(page)[0].title == title


@pytest.mark.parametrize(
    "label", ["Кілтті сөздер:", "Ключевые слова и фразы:", "Keywords and phrases:", "Ключевые понятия:",
              "Тірек ұғымдар:"],
)  # fmt: skip
def test_more_keyword_labels(label: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа: Мәтін бар.</p><p><b>{label}</b> тарих, мәдениет</p>"
                           "<p><b>Кіріспе</b></p><p>Мәтін.</p>")  # fmt: skip
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]
    assert [s.title for s in w.sections] == ["Кіріспе"]


_TWO_LISTS = ("<p>Аңдатпа: Мәтін бар.</p><p><b>Әдебиеттер тізімі</b></p><ol>"
              "<li>Байпақов К.М. Ұлы Жібек жолы. – Алматы: Ғылым, 2007. – 280 б.</li>"
              "<li>Frankopan P. The Silk Roads. – London: Bloomsbury, 2015.</li></ol>"
              "<p><b>References</b></p><ol>{second}</ol>")  # fmt: skip


def test_a_romanised_second_reference_list_goes_to_extra() -> None:
    second = (
        "<li>Baipakov K.M. Uly Zhibek zholy [The Great Silk Road]. – Almaty: Gylym, 2007.</li>"
        "<li>Frankopan P. The Silk Roads. – London: Bloomsbury, 2015.</li>"
    )
    w = _page(_ONE_AUTHOR, _TWO_LISTS.format(second=second))
    assert [r.label for r in w.references] == ["1", "2"]
    assert w.references[0].raw.startswith("Байпақов")
    assert w.extra["html:references_romanised"].split("\n\n") == [
        "1. Baipakov K.M. Uly Zhibek zholy [The Great Silk Road]. – Almaty: Gylym, 2007.",
        "2. Frankopan P. The Silk Roads. – London: Bloomsbury, 2015.",
    ]


def test_a_second_list_of_other_references_stays_in_the_references() -> None:
    second = "<li>Smith J. Another book. – London, 2001.</li>"  # fewer items: other works
    w = _page(_ONE_AUTHOR, _TWO_LISTS.format(second=second))
    assert [r.raw[:5] for r in w.references] == ["Байпа", "Frank", "Smith"]
    assert "html:references_romanised" not in w.extra


@pytest.mark.parametrize(
    ("around", "caption", "paragraphs"),
    [
        ("<p>Сурет 2.</p><p><img src='/b.png'></p><p align='center'>Екінші сурет атауы</p>",
         ["Екінші сурет атауы"], ["Мәтін."]),
        ("<p><img src='/b.png' alt='Сурет 2'></p><p style='text-align: center;'>Екінші сурет атауы</p>",
         ["Екінші сурет атауы"], ["Мәтін."]),
        # a justified paragraph after the image is body text, not the title
        ("<p>Сурет 2.</p><p><img src='/b.png'></p><p>Келесі мәтін.</p>", [], ["Мәтін.", "Келесі мәтін."]),
    ],
)  # fmt: skip
def test_figure_label_above_and_its_title_centred_below(
    around: str, caption: list[str], paragraphs: list[str]
) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа: Мәтін бар.</p><p><b>Кіріспе</b></p><p>Мәтін.</p>{around}")
    sec = w.sections[0]
    assert [(f.label, [c.value for c in f.caption]) for f in sec.figures] == [("Сурет 2", caption)]
    assert sec.paragraphs == paragraphs


def test_supervisor_line_in_the_body_in_another_script_names_the_same_person() -> None:
    w = _page(_ONE_AUTHOR + "<p>Ғылыми жетекші: Оспанова Г.Қ., ф.ғ.к.</p>",
              "<p>Аңдатпа: Мәтін.</p><p><b>Әдебиеттер</b></p><ol><li>Бір кітап. – Алматы, 2000.</li>"
              "</ol><p>Scientific supervisor: Ospanova G.K., PhD</p>")  # fmt: skip
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor"]
    sup = w.contributors[1]
    assert [(n.family, n.given, n.lang) for n in sup.alternative_names] == [
        ("Ospanova", "G.K.", "kk-Latn")
    ]
    assert [d.value for d in sup.degrees] == ["ф.ғ.к.", "PhD"]


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("Ғылыми жетекші: Омаров Болат, PhD", ["author", "supervisor"]),  # Омаров Асқар: another
        ("Ғылыми жетекші: Омарова Асель, PhD", ["author", "supervisor"]),
    ],
)  # fmt: skip
def test_a_supervisor_line_of_a_like_name_is_another_person(line: str, roles: list[str]) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа: Мәтін.</p><p>{line}</p>")
    assert [c.roles[0] for c in w.contributors] == roles


@pytest.mark.parametrize(
    ("ref", "lang"),
    [
        ("Әуезов М. Абай жолы. Роман-эпопея. – Алматы: Жазушы, 2007. – 480 б.", "kk"),
        ("Иванов И.И. Теория. – Алматы: Жазушы, 2007. – Б. 12–15.", "kk"),
        ("Иванов И.И. Теория. – М.: Наука, 2019. – 288 с.", "ru"),
    ],
)  # fmt: skip
def test_a_kazakh_page_count_makes_a_reference_kazakh(ref: str, lang: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>Аңдатпа: Мәтін.</p><p><b>Әдебиеттер</b></p><ol><li>{ref}</li></ol>")
    assert w.references[0].lang == lang


@pytest.mark.parametrize(
    ("h1", "titles"),
    [
        ("Жасыл экономика және<br>Қазақстан", [("Жасыл экономика және Қазақстан", "kk")]),
        ("Жасыл экономика және Қазақстан<br>Green economy and Kazakhstan",
         [("Жасыл экономика және Қазақстан", "kk"), ("Green economy and Kazakhstan", "en")]),
        ("ЖАСЫЛ ЭКОНОМИКА ЖӘНЕ ҚАЗАҚСТАН<br/>GREEN ECONOMY AND KAZAKHSTAN",
         [("Жасыл экономика және Қазақстан", "kk"), ("Green economy and Kazakhstan", "en")]),
        ("Тест: COVID-19<br>кезеңі", [("Тест: COVID-19 кезеңі", "kk")]),
    ],
)  # fmt: skip
def test_h1_lines_in_another_script_are_a_translated_title(
    h1: str, titles: list[tuple[str, str]]
) -> None:
    page = _PAGE.format(a=_ONE_AUTHOR, b="<p>Аңдатпа: Мәтін.</p>")
    page = re.sub(
        r'(<h1 class="page_title">).*?(</h1>)', lambda m: m.group(1) + h1 + m.group(2), page
    )
    assert [(t.value, t.lang) for t in _read(page)[0].titles] == titles


# -- paragraphs after a numbered reference list ------------------------------------------------

_LIST_PAGE = (
    '<h1 class="page_title">Дала саудасының тарихы</h1><div class="authors">'
    '<p><a href="/author/aliev-bek">Әлиев Бек</a></p></div><div class="content">'
    "<p><strong>Аңдатпа</strong></p><p>Мақалада дала саудасының тарихы қарастырылады.</p>"
    '<p style="text-align: justify;"><strong>Әдебиеттер</strong></p><ol>'
    '<li style="text-align: justify;">Иванов И.И. Степная торговля. – М.: Наука, 2020. – 200 с.</li>'
    '<li style="text-align: justify;">Doe J. Caravans of the steppe // Journal of Steppe Studies. '
    "– 2018. – Vol. 3. – P. 10–20.</li></ol>{after}</div>"
)


@pytest.mark.parametrize(("para", "where"), [
    ("Сейітов Н.Б. Дала дипломатиясы. – Алматы: Мектеп, 2015. – 180 б.", "references"),
    ("Petrov P. Steppe trade routes. 2019.", "references"),
    ("Smith, J. (2017). Nomads and markets. Oxford University Press.", "references"),
    ("Мақала 2024 жылғы 12 наурызда редакцияға түсті.", "html:history"),
    ("Received: March 12, 2024", "html:history"),
    ("Зерттеу Ғылым комитетінің қаржыландыруымен орындалды (грант № AP00000001).", "html:funding"),
    ("This research was funded by the Science Committee (grant No. AP00000002).", "html:funding"),
    ("Работа выполнена при поддержке фонда развития науки.", "html:funding"),
    ("Автор пікір білдірген әріптестеріне алғысын білдіреді.", "acknowledgements"),
    ("Оспанова Г.Қ., ф.ғ.к., доцент", "html:after_references"),
    ("Мақала авторлардың жеке көзқарасын білдіреді және редакция пікірімен сәйкес келмеуі мүмкін.",
     "html:after_references"),
])  # fmt: skip
def test_paragraph_after_numbered_reference_list(para: str, where: str) -> None:
    """An unnumbered paragraph after the <ol> joins the references only when it reads as one."""
    work, report = _read(_LIST_PAGE.format(after=f'<p style="text-align: justify;">{para}</p>'))
    raws = [r.raw for r in work.references]
    assert raws[:2] == ["Иванов И.И. Степная торговля. – М.: Наука, 2020. – 200 с.",
                        "Doe J. Caravans of the steppe // Journal of Steppe Studies. – 2018. – "
                        "Vol. 3. – P. 10–20."]  # fmt: skip
    if where == "references":
        assert raws[2:] == [para] and work.references[2].label == "3"
        return
    assert raws[2:] == []
    if where == "acknowledgements":
        assert [a.value for a in work.acknowledgements] == [para]
    else:
        assert work.extra[where] == para
        assert any(d.kind == "unmapped" and d.field == where for d in report)


@pytest.mark.parametrize("numbered", [
    "<p>1. Иванов И.И. Степная торговля. – М.: Наука, 2020. – 200 с.</p><p>2. Doe J. Caravans. 2018.</p>",
    "<p>1. Иванов И.И. Степная торговля. – М.: Наука, 2020. – 200 с.<br>2. Doe J. Caravans. 2018.</p>",
])  # fmt: skip
def test_paragraph_after_numbered_paragraphs(numbered: str) -> None:
    """Numbered paragraphs ("1. …") make a numbered list as an <ol> does."""
    page = (
        _LIST_PAGE.split("<ol>")[0]
        + numbered
        + (
            "<p>Petrov P. Steppe trade routes. 2019.</p>"
            "<p>Мақала авторлардың жеке көзқарасын білдіреді.</p></div>"
        )
    )
    work, _ = _read(page)
    assert [r.label for r in work.references] == ["1", "2", "3"]
    assert work.references[2].raw == "Petrov P. Steppe trade routes. 2019."
    assert work.extra["html:after_references"] == "Мақала авторлардың жеке көзқарасын білдіреді."


def test_supervisor_line_after_numbered_reference_list() -> None:
    after = (
        '<p align="right"><em>Ғылыми жетекші: Оспанова Гүлнар Қайратқызы, ф.ғ.к., доцент</em></p>'
    )
    work, _ = _read(_LIST_PAGE.format(after=after))
    assert len(work.references) == 2
    assert [c.roles for c in work.contributors] == [["author"], ["supervisor"]]


def test_reference_tail_after_numbered_list_still_continues_it() -> None:
    after = "<p>URL: https://example.kz/doe (accessed 01.02.2024)</p>"
    work, _ = _read(_LIST_PAGE.format(after=after))
    assert len(work.references) == 2
    assert work.references[1].raw.endswith(
        "P. 10–20. URL: https://example.kz/doe (accessed 01.02.2024)"
    )


def test_unnumbered_paragraph_list_keeps_prose_like_items() -> None:
    """Without numbers the list is made of paragraphs, and every one of them is an item."""
    page = _FRONT.replace("<p>Petrov P. Book. 2019.</p>", "<p>Мемлекеттік архив қорлары</p>")
    assert [r.raw for r in _read(page)[0].references][1:] == ["Мемлекеттік архив қорлары"]


# -- a name written with initials, romanised from a slug that spells the given name out -------


@pytest.mark.parametrize(("tokens", "slug", "expected"), [
    (["А.Н.", "Садық"], "/author/sadyk-aruzhan", {"Садық": "Sadyk", "А.Н.": "Aruzhan"}),
    (["Садық", "А."], "/kk/author/aruzhan-sadyk-3", {"Садық": "Sadyk", "А.": "Aruzhan"}),
    (["Садық", "А.Н."], "/author/sadyq-aruzhan-nurlanqyzy",
     {"Садық": "Sadyq", "А.Н.": "Aruzhan Nurlanqyzy"}),
    (["Иванова", "Е."], "/author/ivanova-yelena", {"Иванова": "Ivanova", "Е.": "Yelena"}),
    (["Жұмабай", "Ж.", "Қ."], "/author/zhumabay-zhanar-kairatovna",
     {"Жұмабай": "Zhumabay", "Ж.": "Zhanar", "Қ.": "Kairatovna"}),
    (["Жұмабай", "Ж.", "Қ."], "/author/zhumabay-zhanar", {"Жұмабай": "Zhumabay", "Ж.": "Zhanar", "Қ.": ""}),
    (["А.Н.", "Садық"], "/author/sadyk-bolat", None),  # the given name begins otherwise
    (["А.Н.", "Садық"], "/author/omarov-aruzhan", None),  # another family name
    (["А.", "Садық"], "/author/sadyk-aruzhan-nurlanovna", None),  # more parts than initials
    (["Садық", "Аружан"], "/author/sadyk-aruzhan", None),  # no initials: align_romanized's work
    (["А.Н.", "Садық"], "/author/node-123", None),
])  # fmt: skip
def test_align_initials(tokens: list[str], slug: str, expected: dict[str, str] | None) -> None:
    from scholarmeta.formats._html_article import _align_initials

    assert _align_initials(tokens, slug) == expected


@pytest.mark.parametrize("written", ["А.Н. Садық", "Садық А.Н.", "Садық А."])
def test_initials_name_romanised_from_full_slug(written: str) -> None:
    page = (
        '<h1 class="page_title">Тақырып</h1><div class="authors">'
        f'<p><a href="/author/sadyk-aruzhan">{written}</a></p></div><div class="content">'
        "<p><strong>Аңдатпа</strong></p><p>Мақала зерттеу туралы.</p></div>"
    )
    c = _read(page)[0].contributors[0]
    assert c.name is not None and c.name.family == "Садық"
    assert [(n.family, n.given, n.lang) for n in c.alternative_names] == [
        ("Sadyk", "Aruzhan", "kk-Latn")
    ]


# -- robustness round 3: Word tables, code lines, slug name order, shared e-mails ------------

_BODY = "<p><strong>Аңдатпа</strong></p><p>Мақала зерттеу туралы.</p>"


@pytest.mark.parametrize(("rows", "expected"), [
    # Word writes its heading row as bold <td>s, often in a <p> of their own
    ("<tr><td><p><b>Жыл<o:p></o:p></b></p></td><td><b>Саны</b></td></tr>"
     "<tr><td>2023</td><td>70</td></tr>", 1),
    ("<tr><td><strong>Жыл</strong></td><td><strong>Саны</strong></td></tr>"
     "<tr><td>2023</td><td>70</td></tr>", 1),
    # a row half bold is data; so is a bold first row over more bold rows (a bold table)
    ("<tr><td><b>Жыл</b></td><td>Саны</td></tr><tr><td>2023</td><td>70</td></tr>", 0),
    ("<tr><td><b>Жыл</b></td><td><b>Саны</b></td></tr>"
     "<tr><td><b>2023</b></td><td><b>70</b></td></tr>", 0),
    ("<tr><td>Жыл</td><td>Саны</td></tr><tr><td>2023</td><td>70</td></tr>", 0),
    ("<tr><th>Жыл</th><th>Саны</th></tr><tr><td>2023</td><td>70</td></tr>", 1),
])  # fmt: skip
def test_table_heading_row_written_bold(rows: str, expected: int) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кесте 1 – Саны</strong></p><table>{rows}</table>")
    assert [t.header_rows for s in w.sections for t in s.tables] == [expected]


@pytest.mark.parametrize(("para", "expected"), [
    ("ӘОЖ 373.5:004.896<br>МРНТИ 14.25.09", [("UDC", ["373.5:004.896"]), ("IRSTI", ["14.25.09"])]),
    ("УДК 94(574)<br />ГРНТИ 03.20.00<br>DOI: 10.1234/abc.5", [("UDC", ["94(574)"]),
                                                             ("IRSTI", ["03.20.00"])]),
    ("УДК 94(574)", [("UDC", ["94(574)"])]),
    # a line that is no code keeps the paragraph whole: it is text
    ("УДК 94(574)<br>Мақала тарих туралы", []),
])  # fmt: skip
def test_classification_code_lines_in_one_paragraph(
    para: str, expected: list[tuple[str, list[str]]]
) -> None:
    w = _page(_ONE_AUTHOR, f"<p>{para}</p>{_BODY}")
    assert [(k.vocabulary, k.terms) for k in w.keywords if k.vocabulary] == expected


def test_doi_line_among_code_lines() -> None:
    w = _page(_ONE_AUTHOR, f"<p>УДК 94(574)<br>DOI: 10.1234/abc.5</p>{_BODY}")
    assert [i.value for i in w.identifiers if i.scheme == "doi"] == ["10.1234/abc.5"]


@pytest.mark.parametrize(("written", "slug", "family"), [
    ("Denis Kim", "/en/author/kim-denis", "Kim"),  # no family ending: the slug's order says
    ("Kim Denis", "/en/author/kim-denis", "Kim"),
    ("Denis Kim", "/en/author/kim-denis-2", "Kim"),  # a number after a namesake
    ("Aruzhan Serikova", "/en/author/serikova-aruzhan", "Serikova"),
    ("Denis Kim", "/en/author/node-15", "Denis"),  # a slug that is no name: the split's order
    ("Denis Kim", "/en/author/kim-d", "Denis"),
])  # fmt: skip
def test_latin_name_order_from_profile_slug(written: str, slug: str, family: str) -> None:
    page = (f'<h1 class="page_title">A study</h1><div class="authors"><p><a href="{slug}">'
            f"{written}</a></p></div><div class=\"content\"><p><strong>Abstract</strong></p>"
            "<p>The article studies things.</p></div>")  # fmt: skip
    c = _read(page)[0].contributors[0]
    assert c.name is not None and c.name.family == family


_TWO_NAMES = ('<p><a href="/en/author/serikova-aruzhan">Aruzhan Serikova</a>, '
              '<a href="/en/author/kim-denis">Denis Kim</a></p><p><p align="right"><em>students, '
              'Narxoz University, Almaty, Kazakhstan</em></p><p align="right"><em>{line}</em></p>'
              "</p>")  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), [
    ('E-mail: <a href="mailto:a.serikova@example.kz">a.serikova@example.kz</a>',
     ["a.serikova@example.kz", None]),
    ("e-mail: denis.kim@example.kz", [None, "denis.kim@example.kz"]),
    # an address that names neither is left to both, as before
    ("e-mail: office@example.kz", ["office@example.kz", "office@example.kz"]),
])  # fmt: skip
def test_email_among_shared_lines_goes_to_the_person_it_names(
    line: str, expected: list[str | None]
) -> None:
    w = _page(_TWO_NAMES.format(line=line), "<p><strong>Abstract</strong></p><p>Text here.</p>")
    assert [c.email for c in w.contributors] == expected
    assert all(c.affiliations for c in w.contributors)


@pytest.mark.parametrize(("block_name", "latin"), [
    ("Nurpeisova A.E.", 1),  # initials of the slug's given name and patronymic: no new name
    ("Nurpeisova A.", 1),
    ("Nurpeisova Akbota", 1),  # the slug's without the patronymic, as before
    ("Nurpeisova B.E.", 2),  # another initial: another spelling is kept
    ("Nurpeissova A.E.", 2),  # another spelling of the family name is kept
])  # fmt: skip
def test_translated_block_initials_beside_the_slug_name(block_name: str, latin: int) -> None:
    page = (
        '<h1 class="page_title">Мектептегі робототехника</h1><div class="authors">'
        '<p><a href="/author/nurpeisova-akbota-erlanqyzy">Нұрпейісова Ақбота Ерланқызы</a></p>'
        '<p><p align="right"><em>студент, Шәкәрім атындағы университет, Семей қ.</em></p></p>'
        '</div><div class="content"><p><strong>Аңдатпа</strong></p><p>Мақала мектеп туралы.</p>'
        '<p align="center"><strong>SCHOOL ROBOTICS</strong></p>'
        f'<p align="center"><strong>{block_name}</strong></p>'
        '<p align="right"><em>Shakarim University, Semey, Kazakhstan</em></p>'
        "<p><strong>Abstract</strong></p><p>The article is about school.</p></div>"
    )
    c = _read(page)[0].contributors[0]
    assert len([n for n in c.alternative_names if (n.lang or "").endswith("-Latn")]) == latin


@pytest.mark.parametrize(("caps", "texts", "want"), [
    # a word with figures, or a Latin word in a Cyrillic title, as the page writes it
    ("MONITORING WITH SENTINEL-2 IMAGES", ["Sentinel-2 scenes were used; Sentinel-2 is free."],
     "Monitoring with Sentinel-2 images"),
    ("МОНИТОРИНГ ПО СНИМКАМ SENTINEL-2", ["Использованы снимки Sentinel-2."],
     "Мониторинг по снимкам Sentinel-2"),
    ("COVID-19 КЕЗІНДЕГІ БІЛІМ", ["Пандемия covid-19 кезінде."], "COVID-19 кезіндегі білім"),
    ("COVID-19 КЕЗІНДЕГІ БІЛІМ", [], "COVID-19 кезіндегі білім"),
    ("SENTINEL-2 DATA", ["The Sentinel-2A satellite."], "SENTINEL-2 data"),  # another word
    # the page writes it in lower case only: a common word with a year, not an acronym
    ("ПРОГРАММА «ДОРОЖНАЯ КАРТА БИЗНЕСА-2025»", ["В рамках «Дорожной карты бизнеса-2025»."],
     "Программа «Дорожная карта бизнеса-2025»"),
    # a plural acronym as the page writes it, or a known acronym's plural
    ("THE ROLE OF NGOS", ["Local NGOs were asked."], "The role of NGOs"),
    ("THE IMPACT OF COVID-19 ON SMES", [], "The impact of COVID-19 on SMEs"),
    ("ITS ROLE IN SCHOOLS", [], "Its role in schools"),
])  # fmt: skip
def test_recased_word_with_figures_follows_the_page(caps: str, texts: list[str], want: str) -> None:
    from scholarmeta.formats._html_article import _case_map

    assert sentence_case(caps, _case_map(texts, caps)) == want


def test_recased_title_takes_evidence_from_keywords_and_reference_names() -> None:
    """A proper noun the page writes only in its (lower-case) keyword list, and a programme's
    name with a year written only in the reference list."""
    page = (
        '<h1 class="page_title">МОНИТОРИНГ ОПУСТЫНИВАНИЯ В ПРИАРАЛЬЕ И «ДОРОЖНАЯ КАРТА '
        'БИЗНЕСА-2025»</h1><div class="authors"><p><a href="/a">Ким Анна</a></p>'
        '<p align="right"><em>студент, КазНУ им. аль-Фараби, г. Алматы</em></p></div>'
        '<div class="content"><p><b>Аннотация.</b> Оценена динамика опустынивания.</p>'
        "<p><b>Ключевые слова:</b> ГИС, опустынивание, При\u200bаралье, NDVI</p>"
        "<p><b>Литература</b></p><p>1. Программа «Дорожная карта бизнеса-2025». – Астана, "
        "2019.</p></div>"
    )
    assert _read(page)[0].title == (
        "Мониторинг опустынивания в Приаралье и «Дорожная карта бизнеса-2025»"
    )


def test_a_keyword_list_capitalising_every_term_says_nothing_of_the_title() -> None:
    page = (
        '<h1 class="page_title">ЦИФРОВАЯ ГРАМОТНОСТЬ УЧИТЕЛЕЙ</h1><div class="authors">'
        '<p><a href="/a">Ким Анна</a></p><p align="right"><em>студент, КазНУ, г. Алматы</em></p>'
        '</div><div class="content"><p><b>Аннотация.</b> Статья о школе.</p>'
        "<p><b>Ключевые слова:</b> Цифровая грамотность, Учителя, Школа</p></div>"
    )
    assert _read(page)[0].title == "Цифровая грамотность учителей"


def test_case_counts_with_the_page_lowered_once_are_the_same(work: Work) -> None:
    """A page with several titles lowers its text once and hands it to each count."""
    from scholarmeta.formats._html_article import _case_map, _case_page

    texts = [p for a in work.abstracts for p in a.paragraphs]
    page = _case_page(texts)
    for title in ("ҚАЗАҚСТАН ЖӘНЕ ДИПЛОМАТИЯ", "KAZAKHSTAN AND RUSSIA"):
        assert _case_map(texts, title, page, page.lower()) == _case_map(texts, title)


@pytest.mark.parametrize(("caps", "want"), [
    ("РАЗВИТИЕ ТУРИЗМА В АЛМАТИНСКОЙ ОБЛАСТИ", "Развитие туризма в Алматинской области"),
    ("ЗАСОЛЕНИЕ ПОЧВ КЫЗЫЛОРДИНСКОЙ ОБЛАСТИ", "Засоление почв Кызылординской области"),
    ("ШКОЛЫ ПАВЛОДАРСКОГО РАЙОНА", "Школы Павлодарского района"),
    ("ИННОВАЦИИ В МЕДИЦИНСКОЙ ОБЛАСТИ", "Инновации в медицинской области"),  # no place's
    ("АЛМАТИНСКИЙ ОПЫТ ОЗЕЛЕНЕНИЯ", "Алматинский опыт озеленения"),  # first word anyway
    ("ОПЫТ АЛМАТИНСКИХ ШКОЛ", "Опыт алматинских школ"),  # no region word after it
])  # fmt: skip
def test_russian_region_adjective_capitalised(caps: str, want: str) -> None:
    assert sentence_case(caps, {}) == want


@pytest.mark.parametrize("bold", [
    '<span style="font-weight: bold;">{}</span>',
    '<span style="font-weight:700">{}</span>',
    '<font style="FONT-WEIGHT: bold">{}</font>',
    '<em><span style="font-weight: bold">{}</span></em>',
    '<span style="font-size:12pt"><span style="font-weight:bolder">{}</span></span>',
])  # fmt: skip
def test_bold_written_as_a_style_makes_headings_and_labels(bold: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>{bold.format('Аңдатпа')}</p><p>Мақала зерттеу туралы.</p>"
                           f"<p>{bold.format('Кіріспе')}</p><p>Зерттеу мәтіні осында.</p>")  # fmt: skip
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы."]]
    assert [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize("plain", [
    '<span style="font-weight: normal">Кіріспе</span>',
    '<span style="font-weight:400">Кіріспе</span>',
    '<span style="font-size: 14pt">Кіріспе</span>',
])  # fmt: skip
def test_a_style_that_is_not_bold_makes_no_heading(plain: str) -> None:
    body = f"{_BODY}<p><strong>Кілт сөздер:</strong> тарих</p><p>{plain}</p><p>Мәтін осында.</p>"
    assert "Кіріспе" not in [s.title for s in _page(_ONE_AUTHOR, body).sections]


@pytest.mark.parametrize(("para", "figures"), [
    # formula pictures inside a sentence: the sentence stays, the pictures are figures
    ('Тиімділік <img src="f1.gif"> формуласымен анықталады, мұндағы <img src="f2.gif"> – жылу.',
     ["f1.gif", "f2.gif"]),
    ('<span>Коэффициент <img src="k.png" alt="k"> рассчитывается по формуле ниже.</span>',
     ["k.png"]),
])  # fmt: skip
def test_images_inside_a_sentence_keep_the_sentence(para: str, figures: list[str]) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Әдістеме</strong></p><p>{para}</p>")
    sec = w.sections[0]
    assert len(sec.paragraphs) == 1 and "формул" in sec.paragraphs[0]
    assert [(f.href, f.label) for f in sec.figures] == [(h, None) for h in figures]


@pytest.mark.parametrize("para", [
    '<p style="text-align:center"><img src="a.jpg"> Сурет 1 – Температура өрісі</p>',
    '<p><img src="a.jpg"> Сурет 1. Температура өрісінің таралуы және оның өзгеруі</p>',
    '<p style="text-align:center"><img src="a.jpg"><br>Жылу тасымалдағыштың температура өрісі '
    "мен оның таралуы</p>",
])  # fmt: skip
def test_an_image_with_its_caption_in_the_block_is_still_a_figure(para: str) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Нәтижелер</strong></p>{para}")
    sec = w.sections[0]
    assert [f.href for f in sec.figures] == ["a.jpg"]
    assert sec.paragraphs == [] or "Сурет" not in " ".join(sec.paragraphs)


def test_body_written_in_divs_with_no_paragraphs() -> None:
    """Editors that write no <p>: each <div> holding only text is a paragraph (all was lost)."""
    body = (
        "<div><strong>Аңдатпа</strong></div><div>Мақала зерттеу туралы жазылған.</div>"
        "<div><strong>Кілт сөздер:</strong> тарих, мәдениет</div><div>&nbsp;</div>"
        "<div><strong>Кіріспе</strong></div><div>Мәтін мұнда жазылған.</div>"
        '<div style="text-align:center"><img src="a.jpg"></div>'
        '<div style="text-align:center">Сурет 1 – Сызба</div>'
        "<div><strong>Әдебиеттер</strong></div><div>1. Иванов И.И. Кітап. – М., 2019.</div>"
    )
    w = _page(_ONE_AUTHOR, body)
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы жазылған."]]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]
    assert [(s.title, s.paragraphs) for s in w.sections] == [("Кіріспе", ["Мәтін мұнда жазылған."])]
    assert [(f.label, f.href) for f in w.sections[0].figures] == [("Сурет 1", "a.jpg")]
    assert [r.raw for r in w.references] == ["Иванов И.И. Кітап. – М., 2019."]


@pytest.mark.parametrize(("div", "paragraphs", "figures"), [
    ("<div>Тиімділік <img src='f.gif'> формуласымен анықталады деп есептейміз.</div>",
     ["Тиімділік формуласымен анықталады деп есептейміз."], [(None, "f.gif")]),
    ("<div style='text-align:center'><img src='a.jpg'><br>Сурет 1 – Сызба</div>", [],
     [("Сурет 1", "a.jpg")]),
    ("<div><div>Бірінші абзац мұнда.</div><div>Екінші абзац мұнда.</div></div>",
     ["Бірінші абзац мұнда.", "Екінші абзац мұнда."], []),
])  # fmt: skip
def test_a_div_of_text_is_read_as_a_paragraph_is(
    div: str, paragraphs: list[str], figures: list[tuple[str | None, str]]
) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кіріспе</strong></p>{div}")
    sec = w.sections[0]
    assert (sec.paragraphs, [(f.label, f.href) for f in sec.figures]) == (paragraphs, figures)


@pytest.mark.parametrize(("div", "paragraphs"), [
    ("<div>Бірінші мәтін абзацсыз.<p>Бірінші абзац.</p>Абзацтар <b>арасындағы</b> мәтін."
     "<p>Екінші абзац.</p>Соңғы мәтін.</div>",
     ["Бірінші мәтін абзацсыз.", "Бірінші абзац.", "Абзацтар арасындағы мәтін.",
      "Екінші абзац.", "Соңғы мәтін."]),
    ("<div><p>Бірінші абзац.</p>Бір жол.<br>Екінші жол.<!-- Word --> Соңы.</div>",
     ["Бірінші абзац.", "Бір жол. Екінші жол. Соңы."]),
])  # fmt: skip
def test_text_beside_paragraphs_in_a_div_is_kept_in_order(div: str, paragraphs: list[str]) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кіріспе</strong></p>{div}")
    assert w.sections[0].paragraphs == paragraphs


def test_a_bold_heading_written_beside_paragraphs_in_a_div_opens_a_section() -> None:
    div = "<div><p>Бірінші абзац.</p><strong>Қорытынды</strong><p>Соңғы абзац.</p></div>"
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кіріспе</strong></p>{div}")
    assert [(s.title, s.paragraphs) for s in w.sections] == [
        ("Кіріспе", ["Бірінші абзац."]), ("Қорытынды", ["Соңғы абзац."]),
    ]  # fmt: skip


def test_author_block_written_in_divs() -> None:
    authors = (
        '<div><a href="/author/omarov-askar">Омаров Асқар</a></div>'
        '<div style="text-align: right;"><em>студент, Тұран университеті, Алматы қ.</em></div>'
        '<div><a href="/author/ivanova-anna">Иванова Анна</a></div>'
        '<div style="text-align:right">ғылыми жетекші, PhD, Тұран университеті</div>'
    )
    w = _page(authors, _BODY)
    assert [(c.roles, [d.value for d in c.degrees], [p.value for p in c.positions])
            for c in w.contributors] == [(["author"], [], ["студент"]),
                                         (["supervisor"], ["PhD"], [])]  # fmt: skip


@pytest.mark.parametrize(("after", "role"), [
    (" (ғылыми жетекші)", "supervisor"),
    (" – научный руководитель", "supervisor"),
    (" [Scientific supervisor]", "supervisor"),
    (" (студент)", "author"),
    ("", "author"),
])  # fmt: skip
def test_role_label_after_a_linked_name(after: str, role: str) -> None:
    authors = (
        '<p><a href="/author/omarov-askar">Омаров Асқар</a></p><p><p align="right"><em>студент, '
        "Тұран университеті, Алматы қ.</em></p></p>"
        f'<p><a href="/author/sadykova-gulnar">Садықова Гүлнар</a>{after}</p>'
        '<p><p align="right"><em>т.ғ.к., доцент, Тұран университеті</em></p></p>'
    )
    assert [c.roles[0] for c in _page(authors, _BODY).contributors] == ["author", role]


@pytest.mark.parametrize(("h1", "want"), [
    ("ҚАЗАҚСТАНДАҒЫ IT-ТЕХНОЛОГИЯЛАР*", "Қазақстандағы IT-технологиялар"),
    ("Тарих және қоғам**", "Тарих және қоғам"),
    ("ТАРИХ ЖӘНЕ ҚОҒАМ<sup>1</sup>", "Тарих және қоғам"),
    ("<span>ТАРИХ ЖӘНЕ ҚОҒАМ<sup>1,2</sup></span>", "Тарих және қоғам"),
    ("ТАРИХ<sup>*</sup> ЖӘНЕ ҚОҒАМ", "Тарих және қоғам"),
    # a figure in <sup> inside the title is a power, not a mark
    ("Ауданы 100 м<sup>2</sup> жер телімдері", "Ауданы 100 м² жер телімдері"),
    ("Выбросы CO<sub>2</sub> в Казахстане", "Выбросы CO₂ в Казахстане"),
])  # fmt: skip
def test_title_footnote_marks_are_no_part_of_it(h1: str, want: str) -> None:
    page = _PAGE.replace("ТЕСТ МАҚАЛАСЫ", h1).format(a=_ONE_AUTHOR, b=_BODY)
    assert _read(page)[0].title == want


@pytest.mark.parametrize(("caps", "texts", "want"), [
    ("ЖАСАНДЫ ИНТЕЛЛЕКТ (ЖИ) ЖӘНЕ БІЛІМ", ["Мақалада ЖИ қолданылады, ЖИ құралдары."],
     "Жасанды интеллект (ЖИ) және білім"),
    ("ЖАСАНДЫ ИНТЕЛЛЕКТ (ЖИ) ЖӘНЕ БІЛІМ", [], "Жасанды интеллект (жи) және білім"),
    ("ROLE OF AI IN SCHOOLS", ["AI tools are used. In schools AI is new."],
     "Role of AI in schools"),
    ("ОН ЖЫЛДЫҚ ТӘЖІРИБЕ", ["Он жыл бойы."], "Он жылдық тәжірибе"),
    ("ТАРИХ ПЕН ОН ЖЫЛ", ["Он жыл бойы, он екі ай."], "Тарих пен он жыл"),
])  # fmt: skip
def test_two_letter_word_capitalised_as_the_page_writes_it(
    caps: str, texts: list[str], want: str
) -> None:
    from scholarmeta.formats._html_article import _case_map

    assert sentence_case(caps, _case_map(texts, caps)) == want


_REF_A = "Иванов И.И. Кітап. – М., 2019. – 100 с."
_REF_B = "Петров П.П. Мақала. – Алматы, 2020."


@pytest.mark.parametrize("refs", [
    f"<p><strong>Әдебиеттер:</strong> 1. {_REF_A}</p><p>2. {_REF_B}</p>",
    f"<p><strong>Список литературы</strong><br>1. {_REF_A}<br>2. {_REF_B}</p>",
    f"<p>Список литературы:<br>1. {_REF_A}<br>2. {_REF_B}</p>",
    f"<p><b>Пайдаланылған әдебиеттер</b><br />[1] {_REF_A}<br />[2] {_REF_B}</p>",
    f"<p><strong>Әдебиеттер</strong></p><p>1. {_REF_A}</p><p>2. {_REF_B}</p>",  # as before
])  # fmt: skip
def test_references_in_the_paragraph_of_their_heading(refs: str) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кіріспе</strong></p><p>Мәтін мұнда.</p>{refs}")
    assert [(r.label, r.raw) for r in w.references] == [("1", _REF_A), ("2", _REF_B)]


def test_label_on_its_own_line_before_its_text_in_one_paragraph() -> None:
    """ "<b>Аңдатпа</b><br>Мақала …": the text after the <br> was lost (the label read as bold
    only), and the keywords label then took the next heading as its term."""
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа</strong><br>Мақала зерттеу туралы жазылған.</p>"
                           "<p><strong>Кілт сөздер</strong><br>тарих, мәдениет</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін мұнда жазылған.</p>")  # fmt: skip
    assert [(a.title, a.paragraphs) for a in w.abstracts] == [
        ("Аңдатпа", ["Мақала зерттеу туралы жазылған."])
    ]
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет"]]
    assert [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize(("para", "sections"), [
    ("<p><strong>Кіріспе</strong><br>Мәтін мұнда жазылған.</p>",
     [("Кіріспе", ["Мәтін мұнда жазылған."])]),
    ("<p><b>2. Әдістеме</b><br />Әдістеме мәтіні.<br>Тағы бір жол.</p>",
     [("Әдістеме", ["Әдістеме мәтіні. Тағы бір жол."])]),
    # a bold word inside a sentence that a <br> breaks is no heading
    ("<p><strong>Кіріспе</strong></p><p>Жай <strong>қалың</strong><br>сөз бар.</p>",
     [("Кіріспе", ["Жай қалың сөз бар."])]),
])  # fmt: skip
def test_heading_on_its_own_line_before_its_text(
    para: str, sections: list[tuple[str, list[str]]]
) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Кілт сөздер:</strong> тарих</p>{para}")
    assert [(s.title, s.paragraphs) for s in w.sections] == sections


@pytest.mark.parametrize(("caption", "label", "text"), [
    ("Сурет 1.2 – Жылу өрісі", "Сурет 1.2", "Жылу өрісі"),  # a chapter's second figure
    ("Сурет-1. Жылу өрісі", "Сурет 1", "Жылу өрісі"),
    ("Рисунок №1 – Схема установки", "Рисунок 1", "Схема установки"),
    ("1 сурет. Жылу өрісі", "Сурет 1", "Жылу өрісі"),
    ("Диаграмма 1 – Оқушылар үлесі", "Диаграмма 1", "Оқушылар үлесі"),
    ("График 2 – Динамика роста", "График 2", "Динамика роста"),
    ("Figure 1 – Salinity map", "Figure 1", "Salinity map"),  # as before
])  # fmt: skip
def test_figure_caption_forms(caption: str, label: str, text: str) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Нәтижелер</strong></p><p>Мәтін.</p>"
                           f'<p style="text-align:center"><img src="a.jpg"></p>'
                           f'<p style="text-align:center">{caption}</p>')  # fmt: skip
    fig = w.sections[0].figures[0]
    assert (fig.label, [c.value for c in fig.caption]) == (label, [text])
    assert w.sections[0].paragraphs == ["Мәтін."]


@pytest.mark.parametrize(("caption", "label", "text"), [
    ("Кесте 1.1 – Көрсеткіштер", "Кесте 1.1", "Көрсеткіштер"),
    ("Таблица №2 – Показатели", "Таблица 2", "Показатели"),
    ("Кесте-3. Көрсеткіштер", "Кесте 3", "Көрсеткіштер"),
    ("1 кесте. Көрсеткіштер", "Кесте 1", "Көрсеткіштер"),
])  # fmt: skip
def test_table_caption_forms(caption: str, label: str, text: str) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}<p><strong>Нәтижелер</strong></p><p>{caption}</p>"
                           "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
                           "</table>")  # fmt: skip
    tab = w.sections[0].tables[0]
    assert (tab.label, [c.value for c in tab.caption]) == (label, [text])


@pytest.mark.parametrize("para", [
    "Карта 2019 года показывает рост пастбищ.",  # a year is no figure number
    "Сурет 1.2.3 бөлімде берілген.",
])  # fmt: skip
def test_prose_after_an_image_is_no_caption(para: str) -> None:
    w = _page(_ONE_AUTHOR, f'{_BODY}<p><strong>Нәтижелер</strong></p><p><img src="a.jpg"></p>'
                           f"<p>{para}</p>")  # fmt: skip
    assert (w.sections[0].figures[0].label, w.sections[0].paragraphs) == (None, [para])


@pytest.mark.parametrize(("para", "terms"), [
    ("<strong>Кілт сөз</strong>дер: тарих, мәдениет", ["тарих", "мәдениет"]),  # bold ends mid-word
    ("<b>Key-words:</b> history, culture", ["history", "culture"]),
    ("<b>Key terms:</b> history, culture", ["history", "culture"]),
    ("<b>Ключевые термины:</b> история, культура", ["история", "культура"]),
    ("<b>Ключевые слова и словосочетания:</b> история, культура", ["история", "культура"]),
    ("<strong>Кілт сөздер (Keywords):</strong> тарих, мәдениет", ["тарих", "мәдениет"]),
    ("Ключевые слова (Keywords): история, культура", ["история", "культура"]),
])  # fmt: skip
def test_more_keyword_label_forms(para: str, terms: list[str]) -> None:
    w = _page(_ONE_AUTHOR, f"<p><strong>Аңдатпа</strong></p><p>Мақала зерттеу туралы жазылған.</p>"
                           f"<p>{para}</p><p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert [k.terms for k in w.keywords] == [terms]
    assert [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize(("para", "title", "text"), [
    ("<b>Аннотация к статье:</b> Статья об истории страны.", "Аннотация к статье",
     "Статья об истории страны."),
    ("<b>Аңдатпа (Annotation):</b> Мақала тарих туралы.", "Аңдатпа (Annotation)",
     "Мақала тарих туралы."),
    ("<b>Аңда</b>тпа. Мақала тарих туралы.", "Аңдатпа", "Мақала тарих туралы."),
    ("<b>Resume.</b> The article is about history.", "Resume", "The article is about history."),
    ("<b>Résumé:</b> The article is about history.", "Résumé", "The article is about history."),
])  # fmt: skip
def test_more_abstract_label_forms(para: str, title: str, text: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>{para}</p><p><strong>Кілт сөздер:</strong> тарих</p>")
    assert [(a.title, a.paragraphs) for a in w.abstracts] == [(title, [text])]


def test_a_bracket_after_a_label_word_in_prose_is_no_label() -> None:
    body = f"{_BODY}<p><strong>Кіріспе</strong></p><p>Литература (художественная) сложна.</p>"
    w = _page(_ONE_AUTHOR, body)
    assert w.references == [] and w.sections[0].paragraphs == [
        "Литература (художественная) сложна."
    ]


_TWO_AUTHORS = (
    '<p><a href="/author/nurpeisova-akbota">Нұрпейісова Ақбота</a></p><p><p align="right"><em>'
    "студент, Шәкәрім атындағы университет, Семей қ.</em></p></p>"
    '<p><a href="/author/tokhtarov-marat">Тохтаров Марат</a></p><p><p align="right"><em>'
    "магистрант, Абай атындағы Қазақ ұлттық педагогикалық университеті, Алматы қ.</em></p></p>"
)
_WITH_REFS = (
    f"{_BODY}<p><strong>Кілт сөздер:</strong> мектеп</p><p><strong>Кіріспе</strong></p>"
    "<p>Мәтін мұнда.</p><p><strong>Әдебиеттер</strong></p><p>1. Иванов И.И. Кітап. – М., 2019.</p>"
)


@pytest.mark.parametrize("block", [
    # names with affiliation marks, then the numbered lines
    '<p align="center"><strong>SCHOOL ROBOTICS</strong></p><p align="center"><strong>A. '
    "Nurpeisova<sup>1</sup>, M. Tokhtarov<sup>2</sup></strong></p><p align=\"right\"><em><sup>1"
    '</sup>Shakarim University, Semey</em></p><p align="right"><em><sup>2</sup>Abai Kazakh '
    "National Pedagogical University, Almaty</em></p>",
    # the title in a heading element after the references
    '<h3>School robotics</h3><p>Nurpeisova A., Tokhtarov M.</p><p align="right">Shakarim '
    "University, Semey</p>",
])  # fmt: skip
def test_translated_block_after_the_references(block: str) -> None:
    body = (f"{_WITH_REFS}{block}<p><strong>Abstract.</strong> The article is about school.</p>"
            "<p><strong>Keywords:</strong> school</p>")  # fmt: skip
    w = _page(_TWO_AUTHORS, body)
    assert [(t.value, t.lang) for t in w.titles][1:] == [("School robotics", "en")]
    assert len(w.references) == 1 and not (w.extra or {}).get("html:after_references")
    assert "Shakarim University" in [i.value for i in w.contributors[0].affiliations[0].institution]
    assert [s.title for s in w.sections] == ["Кіріспе"]


def test_lines_after_a_linked_name_broken_by_br() -> None:
    """ "<a>Name</a><br>… студенті<br>Алматы қ., Қазақстан": each line on its own (they ran
    together: no position, and the city read 'студенті Алматы')."""
    authors = (
        '<p><a href="/author/omarov-askar">Омаров Асқар</a><br><em>Тұран университетінің '
        "студенті</em><br><em>Алматы қ., Қазақстан</em><br>e-mail: askar@example.kz</p>"
        '<p><a href="/author/sadykova-gulnar">Садықова Гүлнар</a><br>ғылыми жетекші, т.ғ.к., '
        "доцент<br>Тұран университеті</p>"
    )
    w = _page(authors, _BODY)
    got = [(c.roles[0], [p.value for p in c.positions], [x.value for a in c.affiliations
            for x in a.city], c.email) for c in w.contributors]  # fmt: skip
    assert got == [("author", ["студент"], ["Алматы"], "askar@example.kz"),
                   ("supervisor", ["доцент"], ["Алматы"], None)]  # fmt: skip


_ABS_KW = (f"{_BODY}<p><strong>Кілт сөздер:</strong> тарих, мәдениет</p>"
           "<p><strong>Кіріспе</strong></p><p>Мәтін мұнда жазылған.</p>")  # fmt: skip


def _no_author_block(body: str) -> Work:
    return _read(
        f'<h1 class="page_title">ТЕСТ</h1><div class="content"><div>{body}{_ABS_KW}</div></div>'
    )[0]


@pytest.mark.parametrize("front", [
    '<p align="right"><strong>Омаров А.Б.</strong></p><p align="right"><em>студент, Тұран '
    'университеті, Алматы қ.</em></p><p align="right"><strong>Садықова Г.Қ.</strong></p>'
    '<p align="right"><em>ғылыми жетекші, т.ғ.к., доцент, Тұран университеті</em></p>',
    '<p style="text-align:center"><strong>Омаров А.Б.</strong></p><p style="text-align:center">'
    "<em>студент, Тұран университеті, Алматы қ.</em></p><p>Ғылыми жетекші:</p>"
    '<p><strong>Садықова Г.Қ.</strong></p><p align="right">т.ғ.к., доцент, Тұран университеті</p>',
])  # fmt: skip
def test_names_at_the_top_of_the_body_with_no_author_block(front: str) -> None:
    w = _no_author_block(front)
    got = [(c.name.family if c.name else None, c.roles[0], [a.institution[0].value
            for a in c.affiliations]) for c in w.contributors]  # fmt: skip
    assert got == [("Омаров", "author", ["Тұран университеті"]),
                   ("Садықова", "supervisor", ["Тұран университеті"])]  # fmt: skip
    assert [s.title for s in w.sections] == ["Кіріспе"]


def test_names_at_the_top_of_the_body_beside_an_author_block_are_another_form_of_them() -> None:
    front = ('<p align="center"><strong>Omarov Askar</strong></p><p align="center"><em>student, '
             "Turan University, Almaty</em></p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, front + _ABS_KW)
    assert len(w.contributors) == 1
    inst = [i.value for i in w.contributors[0].affiliations[0].institution]
    assert inst == ["Тұран университеті", "Turan University"]
    assert [s.title for s in w.sections] == ["Кіріспе"]


def test_a_name_like_line_atop_the_body_naming_no_author_is_no_person() -> None:
    front = '<p align="center"><strong>Бекова Дана</strong></p><p align="right">Алматы қ.</p>'
    w = _page(_ONE_AUTHOR, front + _ABS_KW)
    assert [c.name.family for c in w.contributors if c.name] == ["Омаров"]
    assert not any("Бекова" in str(n.family) for n in w.contributors[0].alternative_names)


def test_a_centred_affiliation_line_in_a_translated_block() -> None:
    block = ('<p align="center"><strong>SCHOOL ROBOTICS</strong></p><p align="center"><strong>'
             'Omarov A.</strong></p><p align="center"><em>Turan University, Almaty, Kazakhstan'
             "</em></p><p><strong>Abstract.</strong> The article is about school.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, _ABS_KW + block)
    inst = [i.value for i in w.contributors[0].affiliations[0].institution]
    assert inst == ["Тұран университеті", "Turan University"]
    assert [a.paragraphs for a in w.abstracts if a.lang == "en"] == [
        ["The article is about school."]
    ]


@pytest.mark.parametrize(("refs", "expected"), [
    ("<p>1. Иванов И.И. Статья // Вестник. – 2019. – № 2.</p><p>– С. 15–20.</p>"
     "<p>2. Петров П.П. Кітап. – М., 2020.</p>",
     [("1", "Иванов И.И. Статья // Вестник. – 2019. – № 2. – С. 15–20."),
      ("2", "Петров П.П. Кітап. – М., 2020.")]),
    ("<p>1. Иванов И.И. Статья о степи и</p><p>кочевниках // Вестник. – 2019.</p>"
     "<p>2. Петров П.П. Кітап. – М., 2020.</p>",
     [("1", "Иванов И.И. Статья о степи и кочевниках // Вестник. – 2019."),
      ("2", "Петров П.П. Кітап. – М., 2020.")]),
    # a list Word broke in two at an empty paragraph numbers on
    ("<ol><li>Иванов И.И. Кітап. – М., 2019.</li></ol><p>&nbsp;</p>"
     "<ol><li>Петров П.П. Кітап. – М., 2020.</li></ol>",
     [("1", "Иванов И.И. Кітап. – М., 2019."), ("2", "Петров П.П. Кітап. – М., 2020.")]),
    ("<ol><li>Иванов И.И. Кітап. – М., 2019.</li></ol>"
     "<ol start='2'><li>Петров П.П. Кітап. – М., 2020.</li></ol>",
     [("1", "Иванов И.И. Кітап. – М., 2019."), ("2", "Петров П.П. Кітап. – М., 2020.")]),
])  # fmt: skip
def test_reference_list_broken_across_paragraphs_and_lists(
    refs: str, expected: list[tuple[str, str]]
) -> None:
    w = _page(_ONE_AUTHOR, f"{_ABS_KW}<p><strong>Әдебиеттер</strong></p>{refs}")
    assert [(r.label, r.raw) for r in w.references] == expected


def test_a_second_list_under_its_own_heading_numbers_from_one() -> None:
    refs = ("<p><strong>Әдебиеттер</strong></p><ol><li>Иванов И.И. Кітап. – М., 2019.</li></ol>"
            "<p><strong>References</strong></p><ol><li>Ivanov I.I. Kitap. – M., 2019.</li></ol>")  # fmt: skip
    w = _page(_ONE_AUTHOR, _ABS_KW + refs)
    assert [r.label for r in w.references] == ["1"]
    assert (w.extra or {}).get("html:references_romanised") == "1. Ivanov I.I. Kitap. – M., 2019."


@pytest.mark.parametrize(("written", "want"), [
    ("Тарих&amp;nbsp;және &amp;laquo;қоғам&amp;raquo;", "Тарих және «қоғам»"),
    ("Тарих &amp;ndash; қоғам &amp;#8470; 1", "Тарих – қоғам № 1"),
    ("R&amp;D және AT&amp;T", "R&D және AT&T"),  # no reference after the ampersand: as written
])  # fmt: skip
def test_character_references_escaped_twice(written: str, want: str) -> None:
    page = _PAGE.replace("ТЕСТ МАҚАЛАСЫ", written).format(
        a=_ONE_AUTHOR, b=f"<p><strong>Аңдатпа</strong></p><p>{written} туралы мақала.</p>"
    )
    w = _read(page)[0]
    assert (w.title, w.abstracts[0].paragraphs) == (want, [f"{want} туралы мақала."])


def test_a_title_escaped_twice_is_recased() -> None:
    page = _PAGE.replace("ТЕСТ МАҚАЛАСЫ", "ТАРИХ&amp;nbsp;ЖӘНЕ ҚОҒАМ").format(
        a=_ONE_AUTHOR, b=_BODY
    )
    assert _read(page)[0].title == "Тарих және қоғам"


@pytest.mark.parametrize("title", [
    '<p align="center">SCHOOL HISTORY IN KAZAKHSTAN</p>',
    '<p align="center"><em>School history in Kazakhstan</em></p>',
    '<p align="center"><strong>SCHOOL HISTORY IN KAZAKHSTAN</strong></p>',  # as before
])  # fmt: skip
def test_translated_block_with_a_centred_title_that_is_not_bold(title: str) -> None:
    block = (f'{title}<p align="center"><em>Omarov A.</em></p><p align="right">Turan University, '
             "Almaty</p><p>Abstract. The article is about school.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, f"{_WITH_REFS}{block}")
    assert [t.value for t in w.titles][1:] == ["School history in Kazakhstan"]
    assert not (w.extra or {}).get("html:after_references")
    inst = [i.value for i in w.contributors[0].affiliations[0].institution]
    assert inst == ["Тұран университеті", "Turan University"]


def test_a_centred_line_in_the_body_over_prose_is_no_block_title() -> None:
    body = (f'{_ABS_KW}<p align="center">η = W / V</p><p>Мұндағы W – жұмыс, V – көлем.</p>')  # fmt: skip
    w = _page(_ONE_AUTHOR, body)
    assert w.sections[-1].paragraphs[-2:] == ["η = W / V", "Мұндағы W – жұмыс, V – көлем."]


@pytest.mark.parametrize("keywords", [
    "<p><strong>Кілт сөздер:</strong></p><ul><li>мектеп</li><li>тарих</li><li>оқушы</li></ul>",
    "<p><strong>Кілт сөздер:</strong> мектеп,</p><p>тарих, оқушы.</p>",  # after a comma
    "<p><strong>Кілт сөздер:</strong> мектеп;</p><p>тарих; оқушы</p>",
    "<p><strong>Кілт сөздер:</strong> мектеп, тарих, оқушы</p>",  # as before
])  # fmt: skip
def test_keyword_list_written_on_several_lines(keywords: str) -> None:
    w = _page(_ONE_AUTHOR, f"{_BODY}{keywords}<p><strong>Кіріспе</strong></p><p>Мәтін мұнда.</p>")
    assert [(k.lang, k.terms) for k in w.keywords] == [("kk", ["мектеп", "тарих", "оқушы"])]
    assert [(s.title, s.paragraphs) for s in w.sections] == [("Кіріспе", ["Мәтін мұнда."])]
    assert [len(a.paragraphs) for a in w.abstracts] == [1]


def test_a_complete_keyword_list_is_not_continued_by_the_next_line() -> None:
    body = f"{_BODY}<p><strong>Кілт сөздер:</strong> мектеп, тарих</p><p>Мақала мектеп туралы.</p>"
    w = _page(_ONE_AUTHOR, body)
    assert [k.terms for k in w.keywords] == [["мектеп", "тарих"]]


@pytest.mark.parametrize(("abstract", "label", "terms", "lang"), [
    ("Мақала мектеп тарихы туралы жазылған.", "Кілт сөздер", "мектеп, тарих", "kk"),
    ("Статья посвящена истории школы в стране.", "Ключевые слова", "школа, история", "ru"),
    ("Статья посвящена истории школы в стране.", "Кілт сөздер", "школа, история", "ru"),
])  # fmt: skip
def test_keywords_without_kazakh_letters_after_a_kazakh_abstract(
    abstract: str, label: str, terms: str, lang: str
) -> None:
    body = f"<p><strong>Аңдатпа</strong></p><p>{abstract}</p><p><b>{label}:</b> {terms}</p>"
    assert [k.lang for k in _page(_ONE_AUTHOR, body).keywords] == [lang]


@pytest.mark.parametrize(("block", "figures", "tables"), [
    ('<figure class="image"><img src="a.jpg"><figcaption>Сурет 1 – Сызба</figcaption></figure>',
     [("Сурет 1", "a.jpg", ["Сызба"])], []),
    ('<figure class="image"><img src="a.jpg"><figcaption>Оқушылар үлесі</figcaption></figure>',
     [(None, "a.jpg", ["Оқушылар үлесі"])], []),
    ('<figure class="table"><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1'
     "</td><td>2</td></tr></tbody></table><figcaption>Кесте 1 – Көрсеткіштер</figcaption></figure>",
     [], [("Кесте 1", ["Көрсеткіштер"], [["a", "b"], ["1", "2"]])]),
    ('<figure class="table"><table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr>'
     "</table></figure>", [], [(None, [], [["a", "b"], ["1", "2"]])]),
])  # fmt: skip
def test_figure_elements_of_newer_editors(
    block: str, figures: list[tuple[Any, ...]], tables: list[tuple[Any, ...]]
) -> None:
    """CKEditor 5 writes <figure class="image|table"> with a <figcaption>: a table in one was
    read as a paragraph of its cells' text, and a caption with no label was lost."""
    from scholarmeta import api
    from support import VALIDATE

    w = _page(_ONE_AUTHOR, f"{_ABS_KW}{block}")
    sec = w.sections[-1]
    assert [(f.label, f.href, [c.value for c in f.caption]) for f in sec.figures] == figures
    assert [(t.label, [c.value for c in t.caption], t.rows) for t in sec.tables] == tables
    assert sec.paragraphs == ["Мәтін мұнда жазылған."]
    for fmt, check in VALIDATE.items():
        check(str(api.write(w, fmt)))


@pytest.mark.parametrize(("note", "where"), [
    ("* Зерттеу ҚР ҒЖБМ гранттық қаржыландыруымен орындалды (AP19678901).", "html:funding"),
    ("*Исследование выполнено при поддержке гранта AP19678901.", "html:funding"),
    ("* The authors are grateful to the reviewers.", "acknowledgements"),
])  # fmt: skip
def test_a_starred_footnote_atop_the_body_is_no_abstract(note: str, where: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p><em>{note}</em></p>{_ABS_KW}")
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы."]]
    if where == "acknowledgements":
        assert [a.value for a in w.acknowledgements] == [note]
    else:
        assert (w.extra or {}).get(where) == note


def test_a_starred_line_that_is_no_note_stays_text() -> None:
    w = _page(_ONE_AUTHOR, f"{_ABS_KW}<p>* бірінші тармақ мәтіні</p>")
    assert w.sections[-1].paragraphs[-1] == "* бірінші тармақ мәтіні"


@pytest.mark.parametrize(("para", "sections"), [
    ("<p><b>Цель исследования.</b> Изучить историю края.</p>",
     [("Цель исследования", ["Изучить историю края."])]),
    ("<p><strong>Материалы и методы.</strong> Анализ архивных документов.</p>",
     [("Материалы и методы", ["Анализ архивных документов."])]),
    # not a run-in heading: no stop, lower case after it, a long bold sentence, an initial
    ("<p><b>Важно отметить</b>, что текст продолжается.</p>",
     [(None, ["Важно отметить, что текст продолжается."])]),
    ("<p><b>Итак.</b> продолжение текста.</p>", [(None, ["Итак. продолжение текста."])]),
    ("<p><b>Казахстан обрёл независимость в декабре 1991 года.</b> С тех пор прошло время.</p>",
     [(None, ["Казахстан обрёл независимость в декабре 1991 года. С тех пор прошло время."])]),
    ("<p><b>Работы Иванова А.</b> Они известны.</p>", [(None, ["Работы Иванова А. Они известны."])]),
])  # fmt: skip
def test_run_in_bold_heading(para: str, sections: list[tuple[str | None, list[str]]]) -> None:
    body = ("<p><strong>Аннотация</strong></p><p>Статья посвящена истории.</p>"
            f"<p><strong>Ключевые слова:</strong> история</p>{para}")  # fmt: skip
    w = _page(_ONE_AUTHOR, body)
    assert [(s.title, s.paragraphs) for s in w.sections] == sections


def test_structured_abstract_run_ins_stay_in_the_abstract() -> None:
    body = ("<p><strong>Аннотация</strong></p><p><b>Цель.</b> Изучить историю края.</p>"
            "<p><b>Методы.</b> Анализ архивных документов.</p>"
            "<p><strong>Ключевые слова:</strong> история</p>"
            "<p><b>Введение.</b> Текст введения.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, body)
    assert [a.paragraphs for a in w.abstracts] == [
        ["Цель. Изучить историю края.", "Методы. Анализ архивных документов."]
    ]
    assert [(s.title, s.paragraphs) for s in w.sections] == [("Введение", ["Текст введения."])]


@pytest.mark.parametrize("cell", ["{}", "<p>{}</p>"])
def test_author_block_laid_out_in_a_table(cell: str) -> None:
    authors = (
        '<table><tr><td><a href="/author/omarov-askar">Омаров Асқар</a></td><td>'
        + cell.format("студент, Тұран университеті, Алматы қ.")
        + '</td></tr><tr><td><a href="/author/ivanova-anna">Иванова Анна</a></td><td>'
        + cell.format("ғылыми жетекші, т.ғ.к., доцент, Сәтбаев университеті, Алматы қ.")
        + "</td></tr></table>"
    )
    w = _page(authors, _BODY)
    got = [(c.roles[0], [p.value for p in c.positions],
            [i.value for a in c.affiliations for i in a.institution]) for c in w.contributors]  # fmt: skip
    assert got == [("author", ["студент"], ["Тұран университеті"]),
                   ("supervisor", ["доцент"], ["Сәтбаев университеті"])]  # fmt: skip


@pytest.mark.parametrize(("written", "family", "given"), [
    ("Serikova, Aruzhan", "Serikova", "Aruzhan"),
    ("Smith, John", "Smith", "John"),
    ("Серикова, Аружан Ерланқызы", "Серикова", "Аружан"),
    ("Serikova, A.", "Serikova", "A."),
    ("Serikova Aruzhan", "Serikova", "Aruzhan"),  # as before
])  # fmt: skip
def test_linked_name_written_family_comma_given(written: str, family: str, given: str) -> None:
    authors = (f'<p><a href="/author/node-7">{written}</a></p><p><p align="right"><em>student, '
               "Narxoz University, Almaty</em></p></p>")  # fmt: skip
    c = _page(authors, _BODY).contributors[0]
    assert c.name is not None and (c.name.family, c.name.given) == (family, given)


# -- the lines under a figure or table ---------------------------------------------------------

_C = '<p style="text-align:center">{}</p>'


def _results(body: str) -> Any:
    return _read(_body_page(f"<p>Алдыңғы мәтін.</p>{body}<p>Келесі мәтін.</p>"))[0].sections[0]


@pytest.mark.parametrize("note", [
    "Дереккөз: автор құрастырған", "Источник: составлено автором", "Source: compiled by the author",
    "Ескерту: 2023 жылғы деректер", "Примечание – данные за 2023 г.", "Note: preliminary data",
])  # fmt: skip
def test_source_line_under_a_figure_is_its_caption_not_a_paragraph(note: str) -> None:
    sec = _results(_C.format("<img src='a.jpg'>") + _C.format("Сурет 1 – Сызба") + _C.format(note))
    assert [c.value for c in sec.figures[0].caption] == ["Сызба", note]
    assert sec.paragraphs == ["Алдыңғы мәтін.", "Келесі мәтін."]


def test_part_captions_under_a_figure_and_its_caption() -> None:
    body = (_C.format("<img src='a.jpg'>") + _C.format("Рисунок 2 – Динамика торговли")
            + _C.format("а) экспорт") + _C.format("б) импорт"))  # fmt: skip
    (fig,) = _results(body).figures
    assert fig.label == "Рисунок 2"
    assert [c.value for c in fig.caption] == ["Динамика торговли", "а) экспорт", "б) импорт"]


def test_part_captions_before_the_figure_caption() -> None:
    body = (_C.format("<img src='a.jpg'>") + _C.format("a) 2020") + _C.format("b) 2023")
            + _C.format("Figure 1 – Sites"))  # fmt: skip
    sec = _results(body)
    assert [(f.label, [c.value for c in f.caption]) for f in sec.figures] == [
        ("Figure 1", ["Sites", "a) 2020", "b) 2023"]),
    ]  # fmt: skip
    assert sec.paragraphs == ["Алдыңғы мәтін.", "Келесі мәтін."]


def test_one_image_a_part_gives_each_part_the_label_and_its_letter() -> None:
    body = (_C.format("<img src='a.jpg'>") + _C.format("а) 2020 жыл")
            + _C.format("<img src='b.jpg'>") + _C.format("б) 2023 жыл")
            + _C.format("Сурет 1 – Өңірлер бойынша көрсеткіштер"))  # fmt: skip
    got = [(f.label, [c.value for c in f.caption], f.href) for f in _results(body).figures]
    assert got == [
        ("Сурет 1а", ["Өңірлер бойынша көрсеткіштер", "а) 2020 жыл"], "a.jpg"),
        ("Сурет 1б", ["Өңірлер бойынша көрсеткіштер", "б) 2023 жыл"], "b.jpg"),
    ]


def test_a_lettered_body_paragraph_after_a_figure_stays_a_paragraph() -> None:
    long = ("а) бірінші фактор соңғы жылдары энергия тасымалдаушылар бағасының өсуі өңір "
            "кәсіпорындарының шығын құрылымын өзгертіп, олардың рентабельділігін төмендетуімен "
            "байланысты болды деп есептеледі.")  # fmt: skip
    sec = _results(_C.format("<img src='a.jpg'>") + _C.format("Сурет 1 – Сызба") + f"<p>{long}</p>")
    assert [c.value for c in sec.figures[0].caption] == ["Сызба"]
    assert long in sec.paragraphs


def test_note_and_source_lines_under_a_table_are_its_caption() -> None:
    body = (f"<p>Таблица 1 – Показатели</p>{TABLE}<p>Примечание: составлено по данным БНС</p>"
            "<p>Источник: БНС РК</p>")  # fmt: skip
    sec = _results(body)
    assert [c.value for c in sec.tables[0].caption] == [
        "Показатели", "Примечание: составлено по данным БНС", "Источник: БНС РК",
    ]  # fmt: skip
    assert sec.paragraphs == ["Алдыңғы мәтін.", "Келесі мәтін."]


def test_a_bold_heading_after_a_figure_is_not_its_caption() -> None:
    sec = _read(_body_page(_C.format("<img src='a.jpg'>") + _C.format("Сурет 1 – Сызба")
                           + "<p><strong>Қорытынды</strong></p><p>Соңы.</p>"))[0].sections  # fmt: skip
    assert [s.title for s in sec] == ["Нәтижелер", "Қорытынды"]
    assert [c.value for c in sec[0].figures[0].caption] == ["Сызба"]


def _ru_en_page(ru_line: str, en_line: str, slug: str = "/author/ermekbaev-bakhyt") -> str:
    return (
        '<h1 class="page_title">Малый бизнес</h1><div class="authors">'
        '<p><a href="/author/kim-anna">Ким Анна</a></p>'
        '<p align="right"><em>магистрант, ЮКУ им. М. Ауэзова, г. Шымкент, Казахстан</em></p>'
        f'<p><a href="{slug}">Ермекбаев Бахыт Сапарович</a></p>'
        f'<p align="right"><em>{ru_line}</em></p></div><div class="content">'
        "<p><b>Аннотация.</b> Статья о бизнесе.</p>"
        '<p align="center"><strong>SMALL BUSINESS</strong></p>'
        '<p align="center"><strong>Kim Anna</strong></p>'
        '<p align="right"><em>master\'s student, M. Auezov South Kazakhstan University</em></p>'
        '<p align="center"><strong>Yermekbayev Bakhyt Saparovich</strong></p>'
        f'<p align="right"><em>{en_line}</em></p>'
        "<p><b>Abstract.</b> The article is about business.</p></div>"
    )


def test_supervisor_label_in_the_translated_block_only() -> None:
    work = _read(_ru_en_page("д.э.н., профессор, ЮКУ им. М. Ауэзова",
                             "Scientific adviser: Doctor of Economic Sciences, professor"))[0]  # fmt: skip
    assert [c.roles for c in work.contributors] == [["author"], ["supervisor"]]


def test_a_slug_name_without_patronymic_gives_way_to_the_block_name_with_it() -> None:
    work = _read(_ru_en_page("научный руководитель, PhD, профессор", "supervisor, PhD, professor",
                             slug="/author/yermekbayev-bakhyt"))[0]  # fmt: skip
    sup = work.contributors[1]
    assert [(n.family, n.given, n.patronymic) for n in sup.alternative_names] == [
        ("Yermekbayev", "Bakhyt", "Saparovich")
    ]
    assert [d.value for d in sup.degrees] == ["PhD"]  # the same degree in both lines, once


def test_affiliation_marks_written_as_plain_figures_under_superscript_names() -> None:
    page = (
        '<h1 class="page_title">Жастар</h1><div class="authors">'
        '<p><a href="/a">Оразбекова Ақнұр</a><sup>1</sup>, <a href="/b">Сейітхан Бекзат</a>'
        "<sup>1,2</sup></p>"
        '<p align="right"><em>1Қорқыт Ата атындағы Қызылорда университеті, Қызылорда қ.</em></p>'
        '<p align="right"><em>2 Еңбек ресурстарын дамыту орталығы, Астана қ.</em></p>'
        '<p><a href="/c">Әбенов Мұрат</a></p>'
        '<p align="right"><em>ғылыми жетекші, 2 курс магистранттарының жетекшісі</em></p>'
        '</div><div class="content"><p><b>Аңдатпа.</b> Мақала жастар туралы.</p></div>'
    )
    people = _read(page)[0].contributors
    insts = [[i.value for a in c.affiliations for i in a.institution] for c in people[:2]]
    assert insts == [["Қорқыт Ата атындағы Қызылорда университеті"],
                     ["Қорқыт Ата атындағы Қызылорда университеті",
                      "Еңбек ресурстарын дамыту орталығы"]]  # fmt: skip


def test_table_label_line_then_its_title_in_bold_is_the_caption_not_a_heading() -> None:
    page = (
        '<h1 class="page_title">Тема</h1><div class="authors"><p><a href="/a">Ким Анна</a></p>'
        '<p align="right"><em>студент, КазНУ, г. Алматы</em></p></div><div class="content">'
        "<p><b>Аннотация.</b> Статья.</p><p><b>Введение</b></p><p>Текст введения.</p>"
        '<p style="text-align: right;">Таблица 1</p>'
        '<p style="text-align: center;"><strong>Средние баллы групп</strong></p>'
        "<table><tr><td>Группа</td><td>Балл</td></tr><tr><td>ЭГ</td><td>78</td></tr></table>"
        "<p><b>Заключение</b></p><p>Итог.</p></div>"
    )
    work = _read(page)[0]
    assert [s.title for s in work.sections] == ["Введение", "Заключение"]
    tab = work.sections[0].tables[0]
    assert (tab.label, [c.value for c in tab.caption]) == ("Таблица 1", ["Средние баллы групп"])
    assert work.sections[0].paragraphs == ["Текст введения."]


@pytest.mark.parametrize(("line", "institution", "department"), [
    ("студентка, НАО «Торайгыров университет», г. Павлодар", "Торайгыров университет", []),
    ("«Торайғыров университеті» КеАҚ, Павлодар қ.", "Торайғыров университеті", []),
    ("«Нархоз университеті» АҚ экономика кафедрасының студенті", "Нархоз университеті",
     ["экономика кафедрасы"]),
    ("РГП на ПХВ «Институт ботаники и фитоинтродукции», г. Алматы",
     "Институт ботаники и фитоинтродукции", []),
    ("engineer, JSC «Kazakhtelecom», Astana", "Kazakhtelecom", []),
    ("Некоммерческое акционерное общество «Казахский национальный исследовательский "
     "технический университет имени К.И. Сатпаева»",
     "Казахский национальный исследовательский технический университет имени К.И. Сатпаева", []),
    ("студент, Университет «Туран», г. Алматы", "Университет «Туран»", []),  # quotes of the name
])  # fmt: skip
def test_an_institution_without_its_legal_form(
    line: str, institution: str, department: list[str]
) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["institution"], a["department"]) == ([institution], department)
    assert a["raw"] == [line]  # the line as written stays


@pytest.mark.parametrize(("lines", "city"), [
    (["Арқалық педагогикалық институтының студенті,", "ҚР, Арқалық"], ["Арқалық"]),
    (["студент, Рудненский индустриальный университет", "Рудный, Казахстан"], ["Рудный"]),
    (["student, Arkalyk Pedagogical Institute", "Kazakhstan, Arkalyk"], ["Arkalyk"]),
    (["student, Narxoz University", "Kazakhstan, online"], []),  # no name
    (["студент, Ақтөбе университеті", "ҚР, Ақтөбе облысы"], []),  # a region, not a town
    (["senior lecturer, SDU University, Kaskelen, Kazakhstan"], ["Kaskelen"]),
    (["student, Narxoz, Kazakhstan"], []),  # the organisation, named without its head word
])  # fmt: skip
def test_a_town_not_listed_beside_the_country_in_a_place_line(lines: list[str], city: list[str]) -> None:
    a = aff.parse_affiliation_lines(lines)["affiliations"][0]
    assert (a["city"], a["country"]) == (city, "KZ")


@pytest.mark.parametrize(("block_name", "latin"), [
    ("G.T. Kadyrova", 1),  # the patronymic's initial beside a slug with none: no new name
    ("Kadyrova G.", 1),
    ("Kadyrova B.T.", 2),  # another given initial: another name
])  # fmt: skip
def test_translated_block_initials_beside_a_slug_without_patronymic(
    block_name: str, latin: int
) -> None:
    page = (
        '<h1 class="page_title">Балабақша</h1><div class="authors">'
        '<p><a href="/author/kadyrova-gulnaz">Қадырова Гүлназ Темірханқызы</a></p>'
        "<p>п.ғ.к., Торайғыров университеті, Павлодар қ.</p></div><div class=\"content\">"
        "<p><strong>Аңдатпа.</strong> Мақала балабақша туралы.</p>"
        '<p align="center"><strong>KINDERGARTEN</strong></p>'
        f'<p align="center"><strong>{block_name}</strong></p>'
        '<p align="center"><em>Toraighyrov University, Pavlodar, Kazakhstan</em></p>'
        "<p><strong>Abstract.</strong> The article is about kindergarten.</p></div>"
    )
    c = _read(page)[0].contributors[0]
    assert len([n for n in c.alternative_names if (n.lang or "").endswith("-Latn")]) == latin


def test_numbered_affiliations_in_one_paragraph_broken_by_br_and_a_supervisor_after() -> None:
    """"¹…<br>²…<br>e-mail: a, b" in one line: each mark its own line, each address its
    owner's; the supervisor's line after it is the supervisor's, not the marked authors'."""
    page = (
        '<h1 class="page_title">Жасыл облигациялар</h1><div class="authors">'
        '<p><a href="/a">Әбенова Жанель</a><sup>1</sup>, <a href="/b">Ким Руслан</a><sup>2</sup></p>'
        '<p align="right"><em><sup>1</sup>Нархоз университеті, Алматы қ., Қазақстан<br/>'
        "<sup>2</sup>Қазақ-Британ техникалық университеті, Алматы қ.<br/>"
        "e-mail: zh.abenova@narxoz.kz, r.kim@kbtu.kz</em></p>"
        '<p><a href="/c">Сұлтанова Мадина</a> (ғылыми жетекші)</p>'
        '<p align="right"><em>э.ғ.к., доцент, Нархоз университеті</em></p></div>'
        '<div class="content"><p><b>Аңдатпа.</b> Мақала облигациялар туралы.</p></div>'
    )
    people = _read(page)[0].contributors
    assert [[i.value for a in c.affiliations for i in a.institution] for c in people] == [
        ["Нархоз университеті"], ["Қазақ-Британ техникалық университеті"], ["Нархоз университеті"]
    ]
    assert [c.email for c in people] == ["zh.abenova@narxoz.kz", "r.kim@kbtu.kz", None]
    assert [[d.value for d in c.degrees] for c in people] == [[], [], ["э.ғ.к."]]
    assert [c.roles for c in people] == [["author"], ["author"], ["supervisor"]]


@pytest.mark.parametrize(("line", "city", "address"), [
    ("PhD student, Al-Farabi Kazakh National University, 71 al-Farabi Ave., 050040 Almaty, "
     "Kazakhstan", ["Almaty"], ["71 al-Farabi Ave."]),
    ("КазНУ им. аль-Фараби, пр. аль-Фараби, 71, г. Алматы, Казахстан", ["Алматы"],
     ["пр. аль-Фараби, 71"]),
    ("Сәтбаев университеті, Сәтбаев көшесі 22, Алматы қ.", ["Алматы"], ["Сәтбаев көшесі 22"]),
    ("студент, ЕНУ, г. Астана 010008", ["Астана"], []),
    ("Silk Road International University of Tourism, Samarkand", [], []),  # no street
])  # fmt: skip
def test_street_address_and_postcode_in_an_affiliation_line(
    line: str, city: list[str], address: list[str]
) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["city"], a["address"]) == (city, address)
    assert a["institution"] and not any(c.isdigit() for c in a["institution"][0])


def test_a_translated_shared_affiliation_naming_another_city_is_not_merged() -> None:
    page = (
        '<h1 class="page_title">Малый бизнес</h1><div class="authors">'
        '<p><a href="/a">Юсупова Камила</a></p>'
        '<p align="right"><em>ЮКУ им. М. Ауэзова, г. Шымкент, Казахстан</em></p>'
        '<p><a href="/b">Тасболатов Ерлан</a></p>'
        '<p align="right"><em>Университет туризма, г. Туркестан, Казахстан</em></p></div>'
        '<div class="content"><p><b>Аннотация.</b> Статья о бизнесе.</p>'
        '<p align="center"><strong>SMALL BUSINESS</strong></p>'
        '<p align="center"><strong>Yusupova Kamila, Tasbolatov Yerlan</strong></p>'
        '<p align="right"><em>M. Auezov South Kazakhstan University, Shymkent, Kazakhstan</em></p>'
        "<p><b>Abstract.</b> The article is about business.</p></div>"
    )
    people = _read(page)[0].contributors
    assert [[c.value for c in p.affiliations[0].city] for p in people] == [
        ["Шымкент", "Shymkent"], ["Туркестан"]
    ]


def test_a_translated_block_that_opens_with_its_names_and_titles_itself_after_them() -> None:
    page = (
        '<h1 class="page_title">Жасөспірімдер</h1><div class="authors">'
        '<p><a href="/a">Әмірханова Дильназ</a></p>'
        '<p align="right"><em>студент, Абай атындағы ҚазҰПУ, Алматы қ.</em></p>'
        '<p><a href="/b">Жакенова Сәуле</a></p>'
        '<p align="right"><em>ғылыми жетекші, психол.ғ.к., доцент, Абай атындағы ҚазҰПУ</em></p>'
        '</div><div class="content"><p align="center"><strong>АҢДАТПА</strong></p>'
        "<p>Мақала жасөспірімдер туралы.</p><p><strong>Кілттік сөздер:</strong> жасөспірім</p>"
        '<p align="center"><strong>Amirkhanova Dilnaz</strong></p>'
        '<p align="right"><em>student, Abai Kazakh National Pedagogical University</em></p>'
        '<p align="center">Supervisor:</p><p align="center"><strong>Zhakenova Saule</strong></p>'
        '<p align="right"><em>associate professor, Abai Kazakh National Pedagogical University</em></p>'
        '<p align="center"><strong>SOCIAL MEDIA ADDICTION IN ADOLESCENTS</strong></p>'
        '<p align="center"><strong>ABSTRACT</strong></p><p>The article is about adolescents.</p>'
        "<p><strong>Кіріспе</strong></p><p>Мәтін.</p></div>"
    )
    work = _read(page)[0]
    assert [(t.value, t.lang) for t in work.titles[1:]] == [
        ("Social media addiction in adolescents", "en")
    ]
    assert [s.title for s in work.sections] == ["Кіріспе"]
    assert [[p.value for p in c.positions] for c in work.contributors] == [
        ["студент", "student"], ["доцент", "associate professor"]
    ]
    assert [d.value for d in work.contributors[1].degrees] == ["психол.ғ.к."]
    assert {a.lang for a in work.abstracts} == {"kk", "en"}


@pytest.mark.parametrize(("tokens", "slug", "want"), [
    (["Әли-Хан", "Тимур", "Серікұлы"], "/author/ali-khan-timur", ["Ali-Khan", "Timur"]),
    (["Мұхамед-Әли", "Дана"], "/author/mukhamed-ali-dana", ["Mukhamed-Ali", "Dana"]),
    (["Жан-Ахмет", "Б."], "/author/zhan-akhmet-b", ["Zhan-Akhmet", "B."]),  # was 'Akhmet'
    (["Жаксылыков", "А.М."], "/ru/author/zhaksylykov-a-m", ["Zhaksylykov", "A.M."]),
    (["Ибраев", "К.Б."], "/author/ibraev-k", None),
])  # fmt: skip
def test_slug_aligned_to_hyphenated_names_piece_by_piece(
    tokens: list[str], slug: str, want: list[str] | None
) -> None:
    assert aff.align_romanized(tokens, slug) == want


@pytest.mark.parametrize("label", ["<b>А Ң Д А Т П А</b>", "А Н Н О Т А Ц И Я", "<b>A B S T R A C T</b>"])
def test_an_abstract_label_spaced_out_letter_by_letter(label: str) -> None:
    w = _page(_ONE_AUTHOR, f'<p align="center">{label}</p><p>Мақала зерттеу туралы жазылған.</p>'
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы жазылған."]]
    assert [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize("heading", [
    "<p><b>Әдебиеттер тізімі / References</b></p>",
    "<p><b>Список литературы / References:</b></p>",
    "<p><b>Литература / Literature</b></p>",
])  # fmt: skip
def test_a_label_with_its_translation_after_a_slash(heading: str) -> None:
    w = _page(_ONE_AUTHOR, "<p><b>Аннотация / Abstract</b></p><p>Статья о тексте.</p>"
                           "<p><b>Ключевые слова / Keywords:</b> текст, слово</p>"
                           f"<p><b>Введение</b></p><p>Текст.</p>{heading}"
                           "<p>1. Иванов И.И. Книга. – М.: Наука, 2010. – 200 с.</p>")  # fmt: skip
    assert [s.title for s in w.sections] == ["Введение"]
    assert [a.paragraphs for a in w.abstracts] == [["Статья о тексте."]]
    assert [k.terms for k in w.keywords] == [["текст", "слово"]]
    assert len(w.references) == 1


@pytest.mark.parametrize(("line", "position", "institution", "department"), [
    ("преподаватель-исследователь кафедры истории Казахстана, ВКУ им. С. Аманжолова",
     ("преподаватель-исследователь", "ru"), "ВКУ им. С. Аманжолова", ["кафедра истории Казахстана"]),
    ("ассистент-профессор, Satbayev University", ("ассистент-профессор", "ru"),
     "Satbayev University", []),
    # the position after the organisation or programme in one part
    ("Satbayev University ассистент-профессоры, Алматы қ.", ("ассистент-профессор", "kk"),
     "Satbayev University", []),
    ("6B04102 – «Финансы» ББ 3 курс студенті, Esil University, Астана қ.", ("студент", "kk"),
     "Esil University", ["6B04102 – «Финансы» ББ"]),
])  # fmt: skip
def test_more_positions_and_a_position_after_its_organisation(
    line: str, position: tuple[str, str], institution: str, department: list[str]
) -> None:
    r = aff.parse_affiliation_lines([line])
    a = r["affiliations"][0]
    assert (r["positions"], a["institution"], a["department"]) == (
        [position], [institution], department
    )


@pytest.mark.parametrize(("tail", "refs", "paragraphs"), [
    ("<p>1. Иванов И.И. Книга. – М.: Наука, 2010. – 200 с.</p>"
     "<p>2. Petrov P. Book. – London: Routledge, 2015. – 220 p.</p>", ["1", "2"], 1),
    ("<ol><li>Иванов И.И. Книга. – М.: Наука, 2010. – 200 с.</li>"
     "<li>Petrov P. Book. – London: Routledge, 2015.</li></ol>", ["1", "2"], 1),
    ("<p>1. Иванов И.И. Книга. – М.: Наука, 2010. – 200 с.</p>", [], 2),  # one line: a note
    ("<ol><li>мектептерді жабдықтау;</li><li>мұғалімдерді оқыту.</li></ol>", [], 3),  # a list
])  # fmt: skip
def test_a_reference_list_with_no_heading_at_the_end_of_the_body(
    tail: str, refs: list[str], paragraphs: int
) -> None:
    w = _page(_ONE_AUTHOR, "<p><b>Аңдатпа.</b> Мақала туралы мәтін.</p><p><b>Кіріспе</b></p>"
                           f"<p>Мәтін осында.</p><p><b>Қорытынды</b></p><p>Қорытынды.</p>{tail}")  # fmt: skip
    assert [r.label for r in w.references] == refs
    assert len(w.sections[-1].paragraphs) == paragraphs


def test_two_organisations_in_one_line_joined_by_a_semicolon_are_two_affiliations() -> None:
    line = ("магистрант, КазНУ им. аль-Фараби; младший научный сотрудник, Институт истории и "
            "этнологии им. Ч.Ч. Валиханова, г. Алматы (Алма-Ата), Казахстан")  # fmt: skip
    affs = aff.parse_affiliation_lines([line])["affiliations"]
    assert [(a["institution"], a["city"], a["country"]) for a in affs] == [
        (["КазНУ им. аль-Фараби"], ["Алматы"], "KZ"),  # the place ending the line is its too
        (["Институт истории и этнологии им. Ч.Ч. Валиханова"], ["Алматы"], "KZ"),
    ]
    assert [a["raw"] for a in affs] == [[x.strip()] for x in line.split(";")]  # as written
    one = aff.parse_affiliation_lines(["к.э.н.; доцент, КазНУ"])["affiliations"]
    assert len(one) == 1  # no organisation before the semicolon: one affiliation


@pytest.mark.parametrize(("h1", "titles"), [
    ("ҚАЗАҚ ТІЛІНІҢ ГРАММАТИКАСЫ / GRAMMAR OF THE KAZAKH LANGUAGE",
     [("Қазақ тілінің грамматикасы", "kk"), ("Grammar of the Kazakh language", "en")]),
    ("Қазақ тілінің грамматикасы (Grammar of the Kazakh language)",
     [("Қазақ тілінің грамматикасы", "kk"), ("Grammar of the Kazakh language", "en")]),
    ("Роль ШОС (SCO) в регионе", [("Роль ШОС (SCO) в регионе", "ru")]),  # the bracket inside
    ("Цифровизация / digitalization в школе", [("Цифровизация / digitalization в школе", "ru")]),
    ("Экономика Казахстана (1991–2021)", [("Экономика Казахстана (1991–2021)", "ru")]),
])  # fmt: skip
def test_a_title_and_its_translation_after_a_slash_or_in_brackets(
    h1: str, titles: list[tuple[str, str]]
) -> None:
    page = (
        f'<h1 class="page_title">{h1}</h1><div class="authors"><p><a href="/a">Ким Анна</a></p>'
        '<p align="right"><em>студент, КазНУ, Алматы қ.</em></p></div><div class="content">'
        "<p><b>Аннотация.</b> Статья о грамматике.</p></div>"
    )
    assert [(t.value, t.lang) for t in _read(page)[0].titles] == titles


@pytest.mark.parametrize(("line", "position", "department"), [
    ("Head of the Department of History, ENU", "head of department", ["Department of History"]),
    ("head of department, ENU", "head of department", []),
    ("first-year master's student, KIMEP University", "master's student", []),
    ("second year student, SDU University", "student", []),
])  # fmt: skip
def test_english_posts_with_their_department_or_year(
    line: str, position: str, department: list[str]
) -> None:
    r = aff.parse_affiliation_lines([line])
    assert [p for p, _ in r["positions"]] == [position]
    assert r["affiliations"][0]["department"] == department
    assert r["other"] == []


@pytest.mark.parametrize("line", [
    "<strong>Yermekbayev Bakhyt</strong> – scientific adviser",
    "<strong>Yermekbayev Bakhyt</strong> (supervisor)",
])  # fmt: skip
def test_a_bold_name_with_its_supervisor_label_in_a_translated_block(line: str) -> None:
    work = _read(_ru_en_page("д.э.н., профессор, ЮКУ им. М. Ауэзова", "professor").replace(
        '<p align="center"><strong>Yermekbayev Bakhyt Saparovich</strong></p>',
        f'<p align="center">{line}</p>'))[0]  # fmt: skip
    sup = work.contributors[1]
    assert sup.roles == ["supervisor"]
    assert "Yermekbayev" in [n.family for n in sup.alternative_names]
    assert [p.value for p in sup.positions] == ["профессор", "professor"]


def test_latin_institution_in_a_kazakh_line_is_tagged_english() -> None:
    w = _page('<p><a href="/author/omarov-a">Омаров Асқар</a></p><p align="right"><em>'
              "Narxoz University студенті, Алматы қ., Қазақстан</em></p>", "<p>Аннотация. Мәтін.</p>")  # fmt: skip
    aff = w.contributors[0].affiliations[0]
    assert [(i.value, i.lang) for i in aff.institution] == [("Narxoz University", "en")]
    assert {r.lang for r in aff.raw} == {"kk"}  # the line as written keeps the line's language


# -- title case in Kazakh and Russian, possessives, quoted terms, seas and lakes -------------


@pytest.mark.parametrize(
    ("title", "texts", "want"),
    [("Абай Шығармаларындағы Көркем Бейнелердің Аударылуы.",
      ["Мақалада Абай өлеңдері қарастырылады."], "Абай шығармаларындағы көркем бейнелердің аударылуы"),
     # capitals and inner capitals stay as written; short words are not counted
     ("Роль ҚазҰУ В Подготовке Кадров Для Экономики", [],
      "Роль ҚазҰУ в подготовке кадров для экономики"),
     # not title case (a short title, one lower word of four letters or more): as written
     ("Абай Жолы", [], "Абай Жолы"),
     ("Абай Шығармаларындағы көркем Бейнелер", [], "Абай Шығармаларындағы көркем Бейнелер"),
     # English title case is a style of English: kept
     ("Water Governance in the Aral Sea Basin", [], "Water Governance in the Aral Sea Basin")],
)  # fmt: skip
def test_kazakh_or_russian_title_in_title_case_is_sentence_cased(
    title: str, texts: list[str], want: str
) -> None:
    body = "".join(f"<p>{t}</p>" for t in texts)
    page = _PAGE.replace("ТЕСТ МАҚАЛАСЫ", title).format(
        a=_ONE_AUTHOR, b=f"<p><strong>Аңдатпа.</strong> Мәтін бар.</p>{body}"
    )
    assert _read(page)[0].title == want


@pytest.mark.parametrize(
    ("caps", "texts", "want"),
    [("ABAI'S POEMS IN RUSSIAN", ["The poems of Abai were translated."], "Abai's poems in Russian"),
     ("THE STEPPE’S GRASSES", ["Grasses of the steppe."], "The steppe’s grasses")],
)  # fmt: skip
def test_recased_possessive_follows_the_page_writing_of_its_name(
    caps: str, texts: list[str], want: str
) -> None:
    from scholarmeta.formats._html_article import _case_map

    assert sentence_case(caps, _case_map(texts, caps)) == want


@pytest.mark.parametrize(
    ("caps", "texts", "want"),
    [("МЕТОД «ЦИФРОВОЙ ИСТОРИИ» В ШКОЛЕ", ["Метод «цифровой истории» применялся."],
      "Метод «цифровой истории» в школе"),
     ("«ЦИФРЛЫҚ ӘҢГІМЕ» ӘДІСІ", ["Біз «цифрлық әңгіме» әдісін қолдандық."], "«Цифрлық әңгіме» әдісі"),
     # a name in quotes the page writes capitalised, or no evidence: capitalised
     ("ПРОГРАММА «ЦИФРОВОЙ КАЗАХСТАН»", ["В программе «Цифровой Казахстан» есть."],
      "Программа «Цифровой Казахстан»"),
     ("РОМАН «ВОЙНА И МИР»", [], "Роман «Война и мир»")],
)  # fmt: skip
def test_quoted_term_the_page_writes_in_lower_case_is_not_capitalised(
    caps: str, texts: list[str], want: str
) -> None:
    from scholarmeta.formats._html_article import _case_map

    assert sentence_case(caps, _case_map(texts, caps)) == want


@pytest.mark.parametrize(
    ("caps", "want"),
    [("ЭКОЛОГИЯ АРАЛЬСКОГО МОРЯ", "Экология Аральского моря"),
     ("ЗАПОВЕДНИКИ АЛАКОЛЬСКОГО ОЗЕРА", "Заповедники Алакольского озера"),
     ("ФЛОРА ТУРАНСКОЙ НИЗМЕННОСТИ", "Флора Туранской низменности"),
     ("ТЕКТОНИЧЕСКОЕ ОЗЕРО В ГОРАХ", "Тектоническое озеро в горах"),
     ("СЕВЕРНЫЕ МОРЯ", "Северные моря")],
)  # fmt: skip
def test_russian_adjective_naming_a_sea_or_lake_is_capitalised(caps: str, want: str) -> None:
    assert sentence_case(caps, {}) == want


@pytest.mark.parametrize(
    ("mark", "note"),
    [('<a href="#_ftn1" name="_ftnref1" title=""><sup>[1]</sup></a>',
      '<div id="ftn1"><p><a href="#_ftnref1" name="_ftn1" title="">[1]</a> Ескерту мәтіні.</p></div>'),
     ('<sup><a href="#_edn1" name="_ednref1">1</a></sup>',
      '<p><a href="#_ednref1" name="_edn1">1</a> Ескерту мәтіні.</p>'),
     ('<a href="#ftn1"><sup>[1]</sup></a>',
      '<p><a href="#ftnref1"><sup>[1]</sup></a> Ескерту мәтіні.</p>')],
)  # fmt: skip
def test_word_footnotes_leave_the_text_and_are_kept_in_extra(mark: str, note: str) -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p><p><strong>Кіріспе</strong>"
                           f"</p><p>Аударма 1909 жылы басталды{mark}. Соңы.</p>"
                           f'<div><br clear="all"><hr size="1" width="33%">{note}</div>')  # fmt: skip
    assert [s.paragraphs for s in w.sections] == [["Аударма 1909 жылы басталды. Соңы."]]
    assert w.extra["html:footnotes"] == "[1] Ескерту мәтіні."


@pytest.mark.parametrize(
    ("text", "rule", "want"),
    [("Мәтін бар<sup>1</sup>.", "<p>__________________</p>", "Мәтін бар."),
     ("Мәтін бар<sup>1</sup>.", "<hr>", "Мәтін бар."),
     # a unit's superscript is no mark, even with a note of that number
     ("Ауданы 5 м<sup>1</sup> болды.", "<hr>", "Ауданы 5 м¹ болды.")],
)  # fmt: skip
def test_hand_typed_footnotes_after_a_rule_are_kept_in_extra(text: str, rule: str, want: str) -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p><p><strong>Кіріспе</strong>"
                           f"</p><p>{text}</p>{rule}<p><sup>1</sup> Ескерту мәтіні.</p><p> </p>")  # fmt: skip
    assert [s.paragraphs for s in w.sections] == [[want]]
    assert w.extra["html:footnotes"] == "[1] Ескерту мәтіні."


def test_superscripts_at_the_end_with_no_rule_before_them_stay_in_the_text() -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p><p><strong>Кіріспе</strong>"
                           "</p><p>Мәтін.</p><p><sup>1</sup> Ескерту мәтіні.</p>")  # fmt: skip
    assert "html:footnotes" not in w.extra
    assert w.sections[0].paragraphs == ["Мәтін.", "¹ Ескерту мәтіні."]


@pytest.mark.parametrize(("tokens", "slug"), [
    (["Тулеуов", "Ерлан", "Маратович"], "/author/тулеуов-ерлан"),  # a slug in Cyrillic
    (["Серікұлы", "Ерлан"], "/author/серікұлы-ерлан"),
    (["Каримов", "Бахтиёр"], "/author/1847"),  # a node number
])  # fmt: skip
def test_a_slug_not_in_latin_letters_gives_no_romanised_name(tokens: list[str], slug: str) -> None:
    assert aff.align_romanized(tokens, slug) is None


@pytest.mark.parametrize(("line", "want"), [
    ("Ғылыми жетекші: э.ғ.д., профессор Тәжібаев Нұрлан Сапарұлы.",
     ("Тәжібаев", "Нұрлан", "Сапарұлы")),
    ("Научный руководитель: к.и.н., доцент Иванова Анна Сергеевна.",
     ("Иванова", "Анна", "Сергеевна")),
    ("Ғылыми жетекші: ф.ғ.к., доцент Оспанова Г.Қ.", ("Оспанова", "Г.Қ.", None)),  # initials keep theirs
])  # fmt: skip
def test_a_supervisor_sentence_ends_with_a_full_stop_that_is_not_the_names(
    line: str, want: tuple[str, str, str | None]
) -> None:
    w = _page(_ONE_AUTHOR, f"<p><strong>Аңдатпа.</strong> Мәтін бар.</p><p>{line}</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    sup = w.contributors_with("supervisor")[0].name
    assert sup is not None
    assert (sup.family, sup.given, sup.patronymic) == want


@pytest.mark.parametrize(("para", "family", "kept"), [
    ("Land temperature was compared. Scientific supervisor: associate professor Omarova G.K.",
     "Omarova", "Land temperature was compared."),
    ("Мақалада тарих қарастырылады. Ғылыми жетекші: ф.ғ.к., доцент Оспанова Гүлнар Қайратқызы",
     "Оспанова", "Мақалада тарих қарастырылады."),
])  # fmt: skip
def test_a_supervisor_named_in_the_abstracts_last_sentence_leaves_it(
    para: str, family: str, kept: str
) -> None:
    w = _page(_ONE_AUTHOR, f"<p><strong>Abstract.</strong> {para}</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert [c.name.family for c in w.contributors_with("supervisor") if c.name] == [family]
    assert w.abstracts[0].paragraphs == [kept]


def test_a_supervisor_word_inside_an_abstract_sentence_is_no_supervisor_line() -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Abstract.</strong> We asked each scientific supervisor "
                           "about the workload. Supervisors answered.</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert w.contributors_with("supervisor") == []
    assert len(w.abstracts[0].paragraphs[0]) > 60


@pytest.mark.parametrize(("line", "url"), [
    ("URL: https://conf.example.kz/articles/2024/ivanov", "https://conf.example.kz/articles/2024/ivanov"),
    ("Ссылка на статью: https://example.kz/a/12.", "https://example.kz/a/12"),
    ("Сілтеме: http://example.kz/b", "http://example.kz/b"),
])  # fmt: skip
def test_a_url_line_atop_the_body_is_the_works_address_not_an_abstract(line: str, url: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p>{line}</p><p><strong>Аңдатпа.</strong> Мәтін бар.</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert w.url == url
    assert [a.paragraphs for a in w.abstracts] == [["Мәтін бар."]]


def test_a_url_line_inside_a_section_stays_its_text() -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p><p><strong>Кіріспе</strong>"
                           "</p><p>URL: https://example.kz/data</p>")  # fmt: skip
    assert w.url is None
    assert w.sections[0].paragraphs == ["URL: https://example.kz/data"]


@pytest.mark.parametrize(("heading", "want"), [
    ("ВВЕДЕНИЕ", "Введение"),
    ("МАТЕРИАЛЫ И МЕТОДЫ", "Материалы и методы"),
    ("ҚОРЫТЫНДЫ", "Қорытынды"),
    ("SWOT", "SWOT"),  # short: may be an acronym
    ("Зерттеу әдістері", "Зерттеу әдістері"),
])  # fmt: skip
def test_an_all_caps_section_heading_is_sentence_cased(heading: str, want: str) -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p>"
                           f"<p><strong>{heading}</strong></p><p>Мәтін.</p>")  # fmt: skip
    assert [s.title for s in w.sections] == [want]


def test_a_block_in_latin_kazakh_gives_its_title_abstract_and_keywords() -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мақалада тарих қарастырылады.</p>"
                           "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>"
                           '<p align="center"><strong>QAZAQ TARIHYNYŃ DEREKTERI</strong></p>'
                           "<p><strong>Ańdatpa.</strong> Maqalada tarıh qarastyrylady jáne "
                           "derekter salystyrylady.</p>"
                           "<p><strong>Túıin sózder:</strong> tarıh, derekter, múraǵat</p>")  # fmt: skip
    assert [(t.lang, t.value) for t in w.titles][1:] == [("kk-Latn", "Qazaq tarihynyń derekteri")]
    assert [(a.lang, a.title) for a in w.abstracts] == [("kk", "Аңдатпа"), ("kk-Latn", "Ańdatpa")]
    assert [(k.lang, k.terms) for k in w.keywords] == [
        ("kk-Latn", ["tarıh", "derekter", "múraǵat"])
    ]
    assert [s.title for s in w.sections] == ["Кіріспе"]


def _table_rows(rows: list[list[str]]) -> str:
    return "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows
    ) + "</table>"


@pytest.mark.parametrize(("rows", "header_rows"), [
    ([["Год", "Объем"], ["2021", "92,6"], ["2022", "158,9"]], 1),  # words over figures
    ([["Модель", "MAPE, %"], ["ARIMA", "6,8"], ["LSTM", "3,1"]], 1),
    ([["Аудан", "Дақыл"], ["Бурабай", "бидай"], ["Зеренді", "арпа"]], 0),  # words only
    ([["2020", "2021"], ["1,5", "2,0"], ["3,1", "4,2"]], 0),  # a first row of figures
    ([["Год", "Объем"], ["2021", "92,6"]], 0),  # too short to tell
])  # fmt: skip
def test_a_plain_first_row_of_words_over_figures_is_the_heading_row(
    rows: list[list[str]], header_rows: int
) -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p>"
                           f"<p><strong>Нәтижелер</strong></p><p>Мәтін.</p>{_table_rows(rows)}")  # fmt: skip
    assert [t.header_rows for t in w.sections[0].tables] == [header_rows]


@pytest.mark.parametrize(("html", "text"), [
    ("NH<sub>4</sub><sup>+</sup>", "NH₄⁺"),  # an ion's charge
    ("SO<sub>4</sub><sup>2-</sup>", "SO₄²⁻"),
    ("Q<sub>t</sub>", "Qₜ"),  # a Latin index Unicode has subscripts for
    ("T<sub>max</sub>", "Tₘₐₓ"),
    ("W<sub>нетто</sub>", "Wнетто"),  # none for Cyrillic: the letters stay
    ("x<sub>B</sub>", "xB"),  # nor for capitals
])  # fmt: skip
def test_charges_and_latin_indices_become_unicode_scripts(html: str, text: str) -> None:
    w = _page(_ONE_AUTHOR, "<p><strong>Аңдатпа.</strong> Мәтін бар.</p>"
                           f"<p><strong>Кіріспе</strong></p><p>Мәні {html} болды.</p>")  # fmt: skip
    assert w.sections[0].paragraphs == [f"Мәні {text} болды."]


def test_an_email_ending_a_shared_line_goes_to_the_person_it_names() -> None:
    line = "2nd year students, Narxoz University, Almaty, Kazakhstan, e-mail: a.serikova@example.kz"
    authors = ('<p><a href="/en/author/serikova-aruzhan">Aruzhan Serikova</a>, '
               '<a href="/en/author/kim-denis">Denis Kim</a></p>'
               f'<p><p align="right"><em>{line}</em></p></p>')  # fmt: skip
    w = _page(authors, "<p><strong>Abstract</strong></p><p>Text here.</p>")
    assert [c.email for c in w.contributors] == ["a.serikova@example.kz", None]
    # the other keeps the rest of the line: the same affiliation
    assert [[i.value for a in c.affiliations for i in a.institution] for c in w.contributors] == [
        ["Narxoz University"], ["Narxoz University"]]  # fmt: skip


@pytest.mark.parametrize("line", [
    "Scientific supervisor – Karimova L.S., Candidate of Agricultural Sciences, Narxoz University",
    "Scientific supervisor: Karimova Laura, Candidate of Agricultural Sciences, Narxoz University",
])  # fmt: skip
def test_a_supervisor_line_naming_the_linked_person_again_is_that_persons(line: str) -> None:
    authors = ('<p><a href="/en/author/serikova-aruzhan">Serikova Aruzhan</a></p><p><p align="right">'
               "<em>student, Narxoz University, Almaty</em></p></p>"
               '<p><a href="/en/author/karimova-laura">Karimova Laura</a></p>'
               f'<p><p align="right"><em>{line}</em></p></p>')  # fmt: skip
    w = _page(authors, "<p><strong>Abstract</strong></p><p>Text here.</p>")
    assert [(c.roles, c.name.given if c.name else None) for c in w.contributors] == [
        (["author"], "Aruzhan"), (["supervisor"], "Laura")]  # fmt: skip
    assert [d.value for d in w.contributors[1].degrees] == ["Candidate of Agricultural Sciences"]


def test_a_supervisor_line_naming_someone_else_adds_that_person() -> None:
    authors = ('<p><a href="/en/author/serikova-aruzhan">Serikova Aruzhan</a></p><p><p align="right">'
               "<em>student, Narxoz University, Almaty</em></p></p>"
               '<p><p align="right"><em>Scientific supervisor – Karimova L.S., PhD, Narxoz '
               "University</em></p></p>")  # fmt: skip
    w = _page(authors, "<p><strong>Abstract</strong></p><p>Text here.</p>")
    assert [(c.roles, c.name.family if c.name else None) for c in w.contributors] == [
        (["author"], "Serikova"), (["supervisor"], "Karimova")]  # fmt: skip


@pytest.mark.parametrize(("line", "institution", "department"), [
    ("Абай атындағы ҚазҰПУ, педагогика және психология институты, Алматы қ.",
     ["Абай атындағы ҚазҰПУ"], ["педагогика және психология институты"]),
    ("Satbayev University, Institute of Energy and Mechanical Engineering, Almaty",
     ["Satbayev University"], ["Institute of Energy and Mechanical Engineering"]),
    # an institute named first is the institution, as before
    ("Институт ботаники и фитоинтродукции, Алматы", ["Институт ботаники и фитоинтродукции"], []),
])  # fmt: skip
def test_an_institute_after_a_university_in_one_line_is_its_unit(
    line: str, institution: list[str], department: list[str]
) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["institution"], a["department"]) == (institution, department)


@pytest.mark.parametrize("line", [
    "студентка 3 курса группы ЭКО-21-2, Карагандинский университет, г. Караганда",
    "ВТ-21-1 тобының студенті, Карагандинский университет, г. Караганда",
    "студент, гр. ИС-22к, Карагандинский университет, г. Караганда",
])  # fmt: skip
def test_a_student_group_is_no_institution(line: str) -> None:
    r = aff.parse_affiliation_lines([line])
    assert r["affiliations"][0]["institution"] == ["Карагандинский университет"]
    assert r["positions"][0][0] == "студент"


@pytest.mark.parametrize("line", [
    "тел.: +7 (701) 555-12-34, e-mail: t.abdikarimov@example.kz",
    "моб. 8 701 555 12 34",
    "+7 727 377-33-33",
])  # fmt: skip
def test_a_phone_number_is_no_part_of_the_affiliation(line: str) -> None:
    r = aff.parse_affiliation_lines(["ЕНУ им. Л.Н. Гумилева, г. Астана", line])
    assert [x for a in r["affiliations"] for x in a["raw"]] == ["ЕНУ им. Л.Н. Гумилева, г. Астана"]
    assert r["other"] == []


def test_a_phone_number_is_kept_aside_for_the_reader() -> None:
    r = aff.parse_affiliation_lines(["ЕНУ им. Л.Н. Гумилева", "тел.: +7 (701) 555-12-34"])
    assert r["phones"] == ["+7 (701) 555-12-34"]


def test_a_phone_number_on_the_page_is_kept_in_extra_and_reported() -> None:
    authors = ('<p><a href="/ru/author/kim-elena">Ким Елена</a></p><p><p align="right"><em>'
               'студент, Университет Нархоз, г. Алматы<br>тел.: +7 (701) 555-12-34</em></p></p>')  # fmt: skip
    work = _page(authors, "<p><strong>Аннотация</strong></p><p>Текст статьи здесь.</p>")
    assert work.extra["html:phones"] == {"Ким": ["+7 (701) 555-12-34"]}


@pytest.mark.parametrize(("line", "family", "position"), [
    ("Supervisor: Assoc. Prof. Nurlanova G.K., PhD", "Nurlanova", "associate professor"),
    ("Scientific adviser – Prof. Omarov B.S.", "Omarov", "professor"),
])  # fmt: skip
def test_capitalised_titles_before_a_supervisors_name_are_no_part_of_it(
    line: str, family: str, position: str
) -> None:
    authors = ('<p><a href="/en/author/kim-elena">Kim Elena</a></p><p><p align="right"><em>'
               f'student, Narxoz University, Almaty</em></p></p><p>{line}</p>')  # fmt: skip
    c = _page(authors, "<p><strong>Abstract</strong></p><p>Text here.</p>").contributors[1]
    assert c.roles == ["supervisor"] and c.name is not None and c.name.family == family
    assert [p.value for p in c.positions] == [position]


@pytest.mark.parametrize(("line", "city"), [
    ("ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ, АЛМАТЫ Қ.", "Алматы"),
    ("ЕНУ им. Л.Н. Гумилева, Г. НУР-СУЛТАН, КАЗАХСТАН", "Нур-Султан"),
    ("КарУ им. Е.А. Букетова, г. Караганда", "Караганда"),  # as written
])  # fmt: skip
def test_a_city_typed_in_capitals_is_capitalised(line: str, city: str) -> None:
    assert aff.parse_affiliation_lines([line])["affiliations"][0]["city"] == [city]


@pytest.mark.parametrize("name", ["NURLANQYZY D.", "Nurlanqyzy D.", "NURLANQYZY D.A."])
def test_a_translated_block_with_its_name_in_capitals_is_read(name: str) -> None:
    authors = ('<p><a href="/author/nurlanqyzy-dana">Нұрланқызы Дана</a></p><p><p align="right">'
               "<em>студент, Тұран университеті, Алматы қ.</em></p></p>")  # fmt: skip
    body = ("<p><strong>Аңдатпа</strong></p><p>Мақалада оқыту қарастырылады.</p>"
            "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>"
            '<p style="text-align: center;"><b>THE ROLE OF PROJECT-BASED LEARNING</b></p>'
            f'<p style="text-align: center;"><b>{name}</b></p>'
            '<p align="right"><em>student, Turan University, Almaty, Kazakhstan</em></p>'
            "<p><b>Abstract</b></p><p>The article examines learning at school.</p>")  # fmt: skip
    w = _page(authors, body)
    assert [t.value for t in w.titles if t.lang == "en"] == ["The role of project-based learning"]
    aff_en = [i.value for a in w.contributors[0].affiliations for i in a.institution if i.lang == "en"]
    assert aff_en == ["Turan University"]


def test_a_heading_in_capitals_is_no_name() -> None:
    body = ("<p><strong>Аңдатпа</strong></p><p>Мақалада оқыту қарастырылады.</p>"
            "<p><strong>НЕГІЗГІ БӨЛІМ</strong></p><p>Мәтін бар.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, body)
    assert len(w.contributors) == 1 and [s.title for s in w.sections] == ["Негізгі бөлім"]


@pytest.mark.parametrize(("line", "position"), [
    ("курсант 3 курса, Алматинская академия МВД Республики Казахстан, г. Алматы", "курсант"),
    ("Алматы академиясының 2 курс курсанты, Алматы қ.", "курсант"),
    ("cadet, Almaty Academy of the Ministry of Internal Affairs, Almaty", "cadet"),
])  # fmt: skip
def test_a_cadet_is_a_position(line: str, position: str) -> None:
    assert [p for p, _ in aff.parse_affiliation_lines([line])["positions"]] == [position]


@pytest.mark.parametrize(("line", "institution", "city"), [
    ("обучающийся 11 класса, НИШ ФМН г. Шымкент", "НИШ ФМН", "Шымкент"),  # no "НИШИ"
    ("Тұран университеті Алматы қ.", "Тұран университеті", "Алматы"),
    ("ЕНУ им. Л.Н. Гумилева г.Астана", "ЕНУ им. Л.Н. Гумилева", "Астана"),
])  # fmt: skip
def test_a_city_after_the_organisation_without_a_comma(line: str, institution: str, city: str) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["institution"], a["city"], a["country"]) == ([institution], [city], "KZ")


def test_a_city_a_preposition_governs_stays_in_the_organisations_name() -> None:
    a = aff.parse_affiliation_lines(["Филиал РГП «Казгидромет» по г. Астане, г. Астана"])
    assert a["affiliations"][0]["institution"] == ["Филиал РГП «Казгидромет» по г. Астане"]


@pytest.mark.parametrize("line", [
    "тарих, мәдениет, мұра т.б.",
    "тарих, мәдениет, мұра және т.б.",
    "тарих, мәдениет, мұра т.с.с.",
    "тарих, мәдениет, мұра и т.д.",
    "тарих, мәдениет, мұра, etc.",
    "тарих, мәдениет, мұра…",
])  # fmt: skip
def test_an_and_so_on_ending_the_keywords_is_no_term(line: str) -> None:
    w = _page(_ONE_AUTHOR, f"<p><b>Аңдатпа</b></p><p>Мақала.</p><p><b>Кілт сөздер:</b> {line}</p>")
    assert [k.terms for k in w.keywords] == [["тарих", "мәдениет", "мұра"]]


def test_initials_in_a_keyword_are_kept() -> None:
    w = _page(_ONE_AUTHOR, "<p><b>Аңдатпа</b></p><p>Мақала.</p>"
                           "<p><b>Кілт сөздер:</b> ақын, Т.Б. Иванов</p>")  # fmt: skip
    assert [k.terms for k in w.keywords] == [["ақын", "Т.Б. Иванов"]]


_CAPS_BLOCK = ('<p style="text-align: center;"><b>THE ROLE OF PROJECT-BASED LEARNING</b></p>'
               '<p style="text-align: center;"><b>{name}</b></p>'
               '<p align="right"><em>student, Turan University, Almaty, Kazakhstan</em></p>'
               "<p><b>Abstract</b></p><p>The article examines learning at school.</p>")  # fmt: skip
_KK_FRONT = ("<p><strong>Аңдатпа</strong></p><p>Мақалада оқыту қарастырылады.</p>"
             "<p><strong>Кіріспе</strong></p><p>Мәтін.</p>")  # fmt: skip


@pytest.mark.parametrize("name", ["OMAROV ASKAR", "OMAROV ASQAR", "ОМАРОВ АСҚАР"])
def test_a_translated_block_names_its_author_in_capitals_without_initials(name: str) -> None:
    w = _page(_ONE_AUTHOR, _KK_FRONT + _CAPS_BLOCK.format(name=name))
    assert [t.value for t in w.titles if t.lang == "en"] == ["The role of project-based learning"]
    aff_en = [i.value for a in w.contributors[0].affiliations for i in a.institution if i.lang == "en"]
    assert aff_en == ["Turan University"] and len(w.contributors) == 1


def test_a_caps_line_naming_no_author_opens_no_block() -> None:
    w = _page(_ONE_AUTHOR, _KK_FRONT + _CAPS_BLOCK.format(name="SERIKOVA DANA"))
    assert [t.lang for t in w.titles] == ["kk"]


def test_an_affiliation_in_capitals_takes_the_form_the_page_writes() -> None:
    authors = ('<p><a href="/author/omarov-a">Омаров Асқар</a></p><p align="right"><em>'
               "ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ, АЛМАТЫ Қ.</em></p>"
               '<p><a href="/author/sapar-b">Сапар Бақыт</a></p><p align="right"><em>ғылыми '
               "жетекшісі, доцент, Әл-Фараби атындағы Қазақ ұлттық университеті</em></p>")  # fmt: skip
    a = _page(authors, _KK_FRONT).contributors[0].affiliations[0]
    assert [i.value for i in a.institution] == ["Әл-Фараби атындағы Қазақ ұлттық университеті"]
    assert [r.value for r in a.raw] == ["ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ, АЛМАТЫ Қ."]


@pytest.mark.parametrize(("line", "want"), [
    ("SDU UNIVERSITY, KASKELEN, KAZAKHSTAN", "SDU University, Kaskelen, Kazakhstan"),
    ("INSTITUTE OF HISTORY AND ETHNOLOGY, ALMATY", "Institute of History and Ethnology, Almaty"),
    ("Л.Н. ГУМИЛЕВ АТЫНДАҒЫ ЕУРАЗИЯ ҰЛТТЫҚ УНИВЕРСИТЕТІ, АСТАНА Қ.",
     "Л.Н. Гумилев атындағы Еуразия ұлттық университеті, Астана қ."),
    ("КАРАГАНДИНСКИЙ УНИВЕРСИТЕТ ИМЕНИ АКАДЕМИКА Е.А. БУКЕТОВА, Г. КАРАГАНДА",
     "Карагандинский университет имени академика Е.А. Букетова, г. Караганда"),
    ("ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗҰУ, ФИЛОЛОГИЯ ФАКУЛЬТЕТІ, ҚР",
     "Әл-Фараби атындағы ҚАЗҰУ, филология факультеті, ҚР"),
    ("НАУЧНЫЙ РУКОВОДИТЕЛЬ, К.П.Н., ДОЦЕНТ", "Научный руководитель, к.п.н., доцент"),
    ("SUPERVISOR, PHD, ASSOCIATE PROFESSOR", "Supervisor, PhD, Associate Professor"),
    ("КАФЕДРА ИСТОРИИ КАЗАХСТАНА, МАГИСТРАНТ 2 КУРСА",
     "кафедра истории Казахстана, магистрант 2 курса"),
])  # fmt: skip
def test_an_affiliation_line_in_capitals_is_recased_by_rule(line: str, want: str) -> None:
    from scholarmeta.formats._html_article import _uncap_line

    assert _uncap_line(line, {}) == want


def test_a_town_in_a_capitals_line_is_no_abbreviation() -> None:
    authors = ('<p><a href="/author/omarov-a">Omarov Askar</a></p><p align="right"><em>'
               "student, SDU UNIVERSITY, KASKELEN, KAZAKHSTAN</em></p>")  # fmt: skip
    a = _page(authors, "<p><b>Abstract</b></p><p>Text here.</p>").contributors[0].affiliations[0]
    assert ([i.value for i in a.institution], [c.value for c in a.city]) == (
        ["SDU University"], ["Kaskelen"]
    )


def test_an_empty_h1_takes_the_bold_centred_title_atop_the_body() -> None:
    page = ('<h1 class="page_title"> </h1><div class="authors">' + _ONE_AUTHOR + "</div>"
            '<div class="content"><div class="field-item">'
            '<p style="text-align: center;"><b>ЦИФРЛЫҚ БІЛІМ БЕРУ<br>ЖӘНЕ МЕКТЕП</b></p>'
            "<p><i>Аңдатпа:</i> Мақалада оқыту қарастырылады.</p>"
            "<p><b>Кіріспе</b></p><p>Мәтін.</p></div></div>")  # fmt: skip
    w = _read(page)[0]
    assert w.title == "Цифрлық білім беру және мектеп"
    assert [s.title for s in w.sections] == ["Кіріспе"]
    assert [a.paragraphs for a in w.abstracts] == [["Мақалада оқыту қарастырылады."]]


def test_a_bold_centred_repeat_of_the_title_leaves_the_h1_title() -> None:
    body = '<p style="text-align: center;"><b>БАСҚА ЖОЛ</b></p>' + _KK_FRONT
    assert _page(_ONE_AUTHOR, body).title == "Тест мақаласы"


def test_a_supervisor_label_before_the_affiliation_mark() -> None:
    authors = ('<p><a href="/author/omarov-a">Омаров Асқар</a><sup>1</sup></p>'
               '<p align="right"><sup>1</sup>Тұран университеті, студент, Алматы қ.</p>'
               '<p><a href="/author/sapar-b">Сапар Бақыт</a><sup>2</sup></p>'
               '<p align="right">ғылыми жетекшісі, <sup>2</sup>Нархоз университеті, доцент, '
               "Алматы қ.</p>")  # fmt: skip
    w = _page(authors, _KK_FRONT)
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor"]
    sup = w.contributors[1]
    assert [i.value for a in sup.affiliations for i in a.institution] == ["Нархоз университеті"]
    assert [p.value for p in sup.positions] == ["доцент"]


def test_a_sentence_naming_a_figure_is_no_caption() -> None:
    body = ("<p><b>Abstract</b></p><p>Text here.</p><h3>Results</h3><p>Scores were low.</p>"
            '<p style="text-align: center;"><img src="/f.png" alt="Figure 1. Mean scores"/></p>'
            "<p>Figure 1 shows that the scores are low.</p>")  # fmt: skip
    sec = _page(_ONE_AUTHOR, body).sections[0]
    assert [(f.label, [c.value for c in f.caption]) for f in sec.figures] == [
        ("Figure 1", ["Mean scores"])
    ]
    assert sec.paragraphs[-1] == "Figure 1 shows that the scores are low."


@pytest.mark.parametrize("mark", ["</a>*", "</a><sup>1*</sup>", "*</a>"])
def test_a_corresponding_author_note_marks_the_starred_author(mark: str) -> None:
    authors = (f'<p><a href="/author/omarov-a">Омаров Асқар{mark}, '
               '<a href="/author/sapar-b">Сапар Бақыт</a><sup>1</sup></p>'
               '<p align="right"><sup>1</sup>Тұран университеті, студент, Алматы қ.</p>')
    w = _page(authors, _KK_FRONT + "<p>* Хат-хабар авторы: a.omarov@example.kz</p>")
    first = w.contributors[0]
    assert first.corresponding and first.email == "a.omarov@example.kz"
    assert not w.contributors[1].corresponding and "html:corresponding_author" not in w.extra


def test_a_corresponding_author_note_with_no_star_names_the_author() -> None:
    authors = ('<p><a href="/author/omarov-a">Omarov Askar</a></p><p align="right"><em>student, '
               'Turan University, Almaty</em></p><p><a href="/author/sapar-b">Sapar Bakyt</a>'
               '</p><p align="right"><em>student, Turan University, Almaty</em></p>')  # fmt: skip
    body = "<p><b>Abstract</b></p><p>Text.</p><p>*Corresponding author: B. Sapar, b@example.kz</p>"
    w = _page(authors, body)
    assert [c.corresponding for c in w.contributors] == [False, True]
    assert w.contributors[1].email == "b@example.kz"


def test_a_shared_translated_line_gives_each_author_the_institution_it_translates() -> None:
    authors = ('<p><a href="/author/omarov-a">Омаров Асқар</a><sup>1</sup>, '
               '<a href="/author/sapar-b">Сапар Бақыт</a><sup>2</sup></p>'
               '<p align="right"><sup>1</sup>Тұран университеті, студент, Алматы қ.</p>'
               '<p align="right"><sup>2</sup>Нархоз университеті, магистрант, Алматы қ.</p>')
    body = (_KK_FRONT + '<p style="text-align: center;"><b>THE TITLE IN ENGLISH</b></p>'
            '<p style="text-align: center;"><b>Omarov A., Sapar B.</b></p>'
            '<p align="right"><em>Turan University, Narxoz University, Almaty, Kazakhstan</em></p>'
            "<p><b>Abstract</b></p><p>The article examines learning.</p>")  # fmt: skip
    w = _page(authors, body)
    got = [[i.value for i in c.affiliations[0].institution if i.lang == "en"]
           for c in w.contributors]  # fmt: skip
    assert got == [["Turan University"], ["Narxoz University"]]


def test_a_stem_inside_another_word_says_nothing_of_its_case() -> None:
    from scholarmeta.formats._html_article import _case_map

    texts = ["Концентрацию определяли по методу.", "Месторождения Центрального Казахстана."]
    forms = _case_map(texts, "ЦЕОЛИТЫ ЦЕНТРАЛЬНОГО КАЗАХСТАНА")
    assert sentence_case("ЦЕОЛИТЫ ЦЕНТРАЛЬНОГО КАЗАХСТАНА", forms) == (
        "Цеолиты Центрального Казахстана"
    )


@pytest.mark.parametrize("name", ["A. OMAROV", "A.B. OMAROV", "А.Б. ОМАРОВ"])
def test_a_translated_block_names_its_author_in_capitals_initials_first(name: str) -> None:
    w = _page(_ONE_AUTHOR, _KK_FRONT + _CAPS_BLOCK.format(name=name))
    assert [t.value for t in w.titles if t.lang == "en"] == ["The role of project-based learning"]
    assert len(w.contributors) == 1 and [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize("heading", ["I. INTRODUCTION", "A. ВВЕДЕНИЕ", "І. КІРІСПЕ"])
def test_a_numbered_heading_in_capitals_is_no_name(heading: str) -> None:
    body = _KK_FRONT + f"<p><b>{heading}</b></p><p>Мәтін бар.</p>"
    w = _page(_ONE_AUTHOR, body)
    assert len(w.contributors) == 1 and len(w.sections) == 2


def test_a_caps_name_with_the_patronymic_in_the_other_language_is_known() -> None:
    authors = ('<p><a href="/author/sultanova-dina">Султанова Дина Маратовна</a></p>'
               '<p align="right"><em>студентка 4 курса, Университет «Туран», г. Алматы</em></p>')
    body = ("<p><b>Аннотация.</b> В статье анализируется бизнес.</p><h2>Введение</h2><p>Текст.</p>"
            '<p style="text-align: center;"><b>ЦИФРЛЫҚ ПЛАТФОРМАЛАРДЫҢ РӨЛІ</b></p>'
            '<p style="text-align: center;"><b>СУЛТАНОВА ДИНА МАРАТҚЫЗЫ</b></p>'
            '<p align="right"><em>4 курс студенті, «Тұран» университеті, Алматы қ.</em></p>'
            "<p><b>Аңдатпа.</b> Мақалада бизнес талданады.</p>")  # fmt: skip
    w = _page(authors, body)
    assert [(n.patronymic, n.lang) for n in w.contributors[0].alternative_names
            if n.lang == "kk"] == [("Маратқызы", "kk")]  # fmt: skip
    assert [s.title for s in w.sections] == ["Введение"]


def test_a_caps_line_sharing_only_a_root_with_two_names_is_no_name() -> None:
    authors = ('<p><a href="/author/sultanova-dina">Султанова Дина Маратовна</a></p>'
               '<p align="right"><em>студентка, Университет «Туран», г. Алматы</em></p>')
    body = ("<p><b>Аннотация.</b> В статье анализируется бизнес.</p>"
            "<p><b>СУЛТАНАТ МАРАТОВСКИЙ</b></p><p>Текст.</p>")  # fmt: skip
    assert [s.title for s in _page(authors, body).sections] == ["Султанат маратовский"]


def test_a_city_known_only_in_another_language_is_shared_by_the_same_institution() -> None:
    authors = ('<p><a href="/author/abenova-a">Абенова Айгуль</a></p><p align="right"><em>'
               "магистрант, Карагандинский университет им. Е.А. Букетова, г. Караганда</em></p>"
               '<p><a href="/author/serikova-g">Серикова Гульнар</a></p><p align="right"><em>'
               "научный руководитель, доцент, Карагандинский университет им. Е.А. Букетова"
               "</em></p>")  # fmt: skip
    body = ('<p style="text-align: center;"><b>ENVIRONMENTAL EDUCATION</b></p>'
            '<p style="text-align: center;"><b>Abenova A., Serikova G.</b></p>'
            '<p align="right"><em>Karaganda Buketov University, Karaganda, Kazakhstan</em></p>'
            "<p><b>Abstract.</b> The article considers education.</p>"
            "<p><b>Аннотация.</b> В статье рассматривается воспитание.</p>")  # fmt: skip
    a = _page(authors, body).contributors[1].affiliations[0]
    assert sorted((c.lang or "", c.value) for c in a.city) == [
        ("en", "Karaganda"), ("ru", "Караганда")
    ]


def test_an_abstract_label_in_italics_with_no_colon_runs_into_its_text() -> None:
    w = _page(_ONE_AUTHOR, "<p><i>Аннотация</i> В статье рассматривается история.</p>"
                           "<p><i>Ключевые слова</i> история, культура</p>"
                           "<p><b>Введение</b></p><p>Текст.</p>")  # fmt: skip
    assert [(a.title, a.paragraphs) for a in w.abstracts] == [
        ("Аннотация", ["В статье рассматривается история."])
    ]
    assert [k.terms for k in w.keywords] == [["история", "культура"]]


def test_a_reference_word_in_italics_opening_prose_is_no_label() -> None:
    w = _page(_ONE_AUTHOR, "<p><b>Аннотация</b></p><p>Текст.</p>"
                           "<p><i>Литература</i> – это искусство слова.</p>")  # fmt: skip
    assert not w.references


@pytest.mark.parametrize("line", ["<p>Омаров А.Б.*, Сапаров Н.К.</p>",
                                  "<p><b>Омаров А.Б.*</b></p><p><b>Сапаров Н.К.</b></p>"])
def test_a_starred_name_without_a_link_is_a_name_and_the_corresponding_author(line: str) -> None:
    authors = line + '<p align="right">Тұран университеті, студенттер, Алматы қ.</p>'
    w = _page(authors, _KK_FRONT + "<p>* Хат-хабар авторы: author@example.kz</p>")
    assert [(c.name.family if c.name else None, c.corresponding) for c in w.contributors] == [
        ("Омаров", True), ("Сапаров", False)
    ]


@pytest.mark.parametrize("h1", ['<h1 class="page_title"></h1>', ""])
@pytest.mark.parametrize("title", ["<h2>ЦИФРЛЫҚ БІЛІМ БЕРУ</h2>",
                                   "<p><strong>Цифрлық білім беру.</strong></p>"])
def test_with_no_title_in_the_h1_the_first_bold_or_heading_line_is_the_title(
    h1: str, title: str
) -> None:
    page = (f'{h1}<div class="authors">{_ONE_AUTHOR}</div><div class="content"><div>{title}'
            "<p><b>Аңдатпа</b></p><p>Мақала.</p><h2>Кіріспе</h2><p>Мәтін.</p></div></div>")
    w = _read(page)[0]
    assert w.title == "Цифрлық білім беру" and [s.title for s in w.sections] == ["Кіріспе"]


@pytest.mark.parametrize(("line", "institution", "city"), [
    ("student, SDU University, KASKELEN, Kazakhstan", "SDU University", "Kaskelen"),
    ("студент, Тұран университеті, ТАЛҒАР, Қазақстан", "Тұран университеті", "Талғар"),
])  # fmt: skip
def test_a_town_in_capitals_before_the_country_is_no_second_institution(
    line: str, institution: str, city: str
) -> None:
    a = aff.parse_affiliation_lines([line])["affiliations"][0]
    assert (a["institution"], a["city"], a["country"]) == ([institution], [city], "KZ")


def test_a_university_abbreviation_before_the_country_stays_an_institution() -> None:
    a = aff.parse_affiliation_lines(["Тұран университеті, КАЗГЮУ, Қазақстан"])["affiliations"][0]
    assert a["institution"] == ["Тұран университеті", "КАЗГЮУ"] and not a["city"]


def test_a_numbered_reference_wrapped_before_its_container_goes_on() -> None:
    body = (_KK_FRONT + "<p><b>Әдебиеттер</b></p><p>1) Иванов И.И. Ұзақ мақала атауы</p>"
            "<p>// Вестник КазНУ. – 2019. – № 2. – С. 5–10.</p>"
            "<p>2) Петров П.П. Культура. – М., 2011. – 30 с.</p>")  # fmt: skip
    refs = _page(_ONE_AUTHOR, body).references
    assert [(r.label, r.raw) for r in refs] == [
        ("1", "Иванов И.И. Ұзақ мақала атауы // Вестник КазНУ. – 2019. – № 2. – С. 5–10."),
        ("2", "Петров П.П. Культура. – М., 2011. – 30 с."),
    ]


@pytest.mark.parametrize("line", [
    '<p style="text-align:center"><b>SCIENTIFIC SUPERVISOR: SAPAR BAKYT</b></p>',
    '<p align="right"><em>SCIENTIFIC SUPERVISOR: SAPAR B.K., PHD, ASSOCIATE PROFESSOR</em></p>',
])  # fmt: skip
def test_a_supervisor_line_in_capitals_names_the_supervisor(line: str) -> None:
    authors = (_ONE_AUTHOR + '<p><a href="/author/sapar-bakyt">Сапар Бақыт</a></p><p align="right">'
               "<em>ғылыми жетекшісі, доцент, Тұран университеті, Алматы қ.</em></p>")  # fmt: skip
    body = (_KK_FRONT + '<p style="text-align:center"><b>THE TITLE</b></p>'
            '<p style="text-align:center"><b>OMAROV ASKAR</b></p>'
            '<p align="right"><em>student, Turan University, Almaty</em></p>'
            f"{line}<p><b>Abstract</b></p><p>The article examines learning.</p>")  # fmt: skip
    w = _page(authors, body)
    assert [c.roles[0] for c in w.contributors] == ["author", "supervisor"]
    positions = [[p.value for p in c.positions] for c in w.contributors]
    assert positions[0] == ["студент", "student"] and "associate professor" not in positions[0]


@pytest.mark.parametrize("sentence", ["Сурет 1-де көрсетілгендей, өсім байқалады.",
                                      "Рисунок 1 показывает рост показателя."])
def test_a_sentence_about_a_figure_under_its_image_stays_a_paragraph(sentence: str) -> None:
    body = (_KK_FRONT + '<p style="text-align: center;"><img src="/f.png" alt=""/></p>'
            f"<p>{sentence}</p>")  # fmt: skip
    sec = _page(_ONE_AUTHOR, body).sections[0]
    assert [f.label for f in sec.figures] == [None] and sec.paragraphs[-1] == sentence


@pytest.mark.parametrize(("middle", "want"), [
    # the next item's number says the paragraph was the rest of item 1
    ("Вестник КазНУ. – 2019. – № 2. – С. 5–10.", "2"),
    # item 2 with its number left out: the next item is 3
    ("Сидоров С.С. Мәдениет. – Алматы, 2012. – 40 б.", "3"),
])  # fmt: skip
def test_an_unnumbered_paragraph_in_a_numbered_list_is_read_by_the_next_number(
    middle: str, want: str
) -> None:
    body = (_KK_FRONT + "<p><b>Әдебиеттер</b></p><p>1) Иванов И.И. Тарих атауы</p>"
            f"<p>{middle}</p><p>{want}) Петров П.П. Культура. – М., 2011. – 30 с.</p>")
    refs = _page(_ONE_AUTHOR, body).references
    assert [r.label for r in refs] == [str(i) for i in range(1, int(want) + 1)]


def test_a_bold_byline_above_the_title_atop_the_body_is_no_section() -> None:
    front = ('<p align="center"><strong>Омаров А.</strong></p>'
             '<p align="center"><strong>ТЕСТ ТАҚЫРЫБЫ</strong></p>')  # fmt: skip
    w = _page(_ONE_AUTHOR, front + _ABS_KW)
    assert [s.title for s in w.sections] == ["Кіріспе"]
    assert len(w.contributors) == 1


def test_a_bold_name_the_author_block_has_not_atop_the_body_is_kept_as_a_byline() -> None:
    # no section, no translated block's title, not lost: kept in extra and reported
    for after in (_ABS_KW, "<p>Бұл жұмыста өлкенің тарихы қарастырылады.</p>" + _ABS_KW):
        w, report = _read(_PAGE.format(
            a=_ONE_AUTHOR, b='<p align="right"><strong>Сапаров Нұрлан Бекұлы</strong></p>' + after))
        assert "Сапаров" not in " ".join(s.title or "" for s in w.sections)
        assert w.extra["html:byline"] == "Сапаров Нұрлан Бекұлы"
        assert len(w.contributors) == 1
        assert any(d.field == "html:byline" for d in report)


def test_a_run_in_abstract_going_on_in_lower_case_is_capitalised() -> None:
    w = _page(_ONE_AUTHOR, "<p>Аннотация: в статье рассматривается история края.</p>")
    assert w.abstracts[0].paragraphs == ["В статье рассматривается история края."]


def test_a_run_in_abstract_opening_with_a_mixed_case_word_is_kept_as_written() -> None:
    w = _page(_ONE_AUTHOR, "<p>Abstract: pH of soils in the region is studied here.</p>")
    assert w.abstracts[0].paragraphs == ["pH of soils in the region is studied here."]


def test_a_doi_line_atop_the_body_is_the_works_doi() -> None:
    w = _page(_ONE_AUTHOR, "<p>DOI: 10.51889/2077-4521.2024.07.3.011</p>" + _ABS_KW)
    assert [(i.scheme, i.value) for i in w.identifiers] == [
        ("doi", "10.51889/2077-4521.2024.07.3.011")
    ]


def test_keywords_split_by_bullets_or_spaced_dashes() -> None:
    for sep in (" • ", " · ", " – "):
        w = _page(_ONE_AUTHOR, f"<p>Ключевые слова: вода{sep}нитраты{sep}сельское хозяйство</p>")
        assert [k.terms for k in w.keywords] == [["вода", "нитраты", "сельское хозяйство"]]


def test_references_numbered_with_no_dot() -> None:
    body = ("<p><strong>Әдебиеттер</strong></p><p>1 Реан А.А. Психология личности. – СПб.: "
            "Питер, 2016. – 288 с.</p><p>2 Ильин Е.П. Мотивация и мотивы. – СПб.: Питер, "
            "2011. – 512 с.</p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, _ABS_KW + body)
    assert [(r.label, r.raw[:4]) for r in w.references] == [("1", "Реан"), ("2", "Ильи")]


def test_a_doi_line_giving_the_resolver_link_is_the_works_bare_doi() -> None:
    body = ('<p>DOI: <a href="https://doi.org/10.1234/abc.2024.5">https://doi.org/10.1234/abc.'
            "2024.5</a></p>")  # fmt: skip
    w = _page(_ONE_AUTHOR, body + _ABS_KW)
    assert [(i.scheme, i.value) for i in w.identifiers] == [("doi", "10.1234/abc.2024.5")]
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы."]]


def test_several_classification_codes_in_one_line() -> None:
    w = _page(_ONE_AUTHOR, "<p>МРНТИ 14.35.07; УДК 378.147</p>" + _ABS_KW)
    got = [(k.vocabulary, k.terms) for k in w.keywords if k.vocabulary]
    assert got == [("IRSTI", ["14.35.07"]), ("UDC", ["378.147"])]
    assert [a.paragraphs for a in w.abstracts] == [["Мақала зерттеу туралы."]]


def test_a_code_line_going_on_in_words_is_no_code_line() -> None:
    w = _page(_ONE_AUTHOR, "<p>УДК 378.147; УДК студенттер арасында</p>" + _ABS_KW)
    assert not [k for k in w.keywords if k.vocabulary]
