"""Affiliation lines (formats/_affiliation.py): degrees, positions, study programmes and
institutions named by their abbreviation."""

from __future__ import annotations

import pytest

from scholarmeta.formats import _affiliation as aff
from scholarmeta.formats._html_article import read_article
from scholarmeta.formats.html import parse_html
from scholarmeta.report import Report


def _parse(*lines: str) -> dict[str, object]:
    return aff.parse_affiliation_lines(list(lines))


# -- degrees -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["м.э.н.", "м.т.н.", "магистр экономических наук", "магистр экон. наук", "д.э.н.", "к.э.н.",
     "э.ғ.к.", "э.ғ.д.", "э.ғ.м.", "экономика ғылымдарының кандидаты", "Doctor of Economics",
     "Doctor of Philosophy (PhD)", "Doctor of Philosophy in Economics",
     "Candidate of Economic Sciences", "Master of Economics", "экономика магистрі",
     "MSc in Economics", "Doctor of Science (Economics)", "Candidate of Sciences in Economics",
     "магистр экономики и права", "д-р экон. наук", "канд. физ.-мат. наук",
     "доктор физико-математических наук"],
)  # fmt: skip
def test_degree_is_recognised(text: str) -> None:
    assert aff.classify_part(text) == ("degree", text)


@pytest.mark.parametrize(
    ("line", "degree", "position"),
    [("м.э.н., старший преподаватель", "м.э.н.", "старший преподаватель"),
     ("Doctor of Economics, professor", "Doctor of Economics", "professor"),
     ("PhD, доцент", "PhD", "доцент"),
     ("Candidate of Sciences in Economics, docent", "Candidate of Sciences in Economics",
      "docent"),
     ("экономика магистрі, аға оқытушы", "экономика магистрі", "аға оқытушы")],
)  # fmt: skip
def test_degree_beside_a_position(line: str, degree: str, position: str) -> None:
    r = _parse(line)
    assert ([d for d, _ in r["degrees"]], [p for p, _ in r["positions"]], r["other"]) == (
        [degree], [position], [],
    )  # fmt: skip


@pytest.mark.parametrize("text", ["ф.г.к.", "э.г.к.", "т.г.д.", "п.г.м."])
def test_kazakh_degree_typed_with_russian_letters(text: str) -> None:
    assert aff.classify_part(text) == ("degree", text)  # the written form is kept


@pytest.mark.parametrize("text", ["Doctor of the University", "Candidate of a party"])
def test_doctor_of_an_article_is_no_degree(text: str) -> None:
    assert aff.classify_part(text)[0] != "degree"


# -- positions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "position"),
    [("докторант PhD, Turan University", "докторант"),
     ("PhD докторант, Университет Туран", "докторант"),
     ("PhD докторанты, Тұран университеті", "докторант"),
     ("PhD doctoral student, Turan University", "doctoral student"),
     ("Ph.D. student, Turan University", "doctoral student")],
)  # fmt: skip
def test_phd_inside_a_position_is_no_degree(line: str, position: str) -> None:
    r = _parse(line)
    assert (r["degrees"], [p for p, _ in r["positions"]], r["other"]) == ([], [position], [])


@pytest.mark.parametrize(
    ("text", "canonical", "concept"),
    [("магистрант", "магистрант", "master"),
     ("магистрант 2 курса", "магистрант", "master"),
     ("студент 3 курса", "студент", "student"),
     ("обучающийся", "обучающийся", "student"),
     ("обучающаяся", "обучающийся", "student"),
     ("білім алушы", "білім алушы", "student"),
     ("білім алушысы", "білім алушы", "student")],
)  # fmt: skip
def test_study_positions(text: str, canonical: str, concept: str) -> None:
    kind, value = aff.classify_part(text)
    assert (kind, value[0], aff.POSITION_CONCEPTS[value[0]]) == ("position", canonical, concept)


@pytest.mark.parametrize(
    ("text", "canonical", "concept"),
    [("профессор м.а.", "профессор м.а.", "acting professor"),
     ("профессордың м.а.", "профессор м.а.", "acting professor"),
     ("профессор міндетін атқарушы", "профессор м.а.", "acting professor"),
     ("и.о. профессора", "и.о. профессора", "acting professor"),
     ("исполняющий обязанности профессора", "и.о. профессора", "acting professor"),
     ("acting professor", "acting professor", "acting professor"),
     ("доцент м.а.", "доцент м.а.", "acting associate professor"),
     ("и.о. доцента", "и.о. доцента", "acting associate professor"),
     ("acting associate professor", "acting associate professor", "acting associate professor")],
)  # fmt: skip
def test_acting_positions(text: str, canonical: str, concept: str) -> None:
    kind, value = aff.classify_part(text)
    assert (kind, value[0], aff.POSITION_CONCEPTS[value[0]]) == ("position", canonical, concept)


@pytest.mark.parametrize(
    ("text", "position"),
    [("проф.", ("профессор", "ru")), ("Prof.", ("professor", "en")),
     ("docent", ("docent", "en"))],
)  # fmt: skip
def test_abbreviated_positions(text: str, position: tuple[str, str]) -> None:
    assert aff.classify_part(text) == ("position", position)


@pytest.mark.parametrize(
    "text",
    ["аға оқытушы", "ага оқытушы", "ага окытушы", "АГА ОКЫТУШЫ", "аға оkытушы",  # Latin k
     "aға oқытушы", "аға оқытушысы", "ага окытушысы"],  # Latin a, o
)  # fmt: skip
def test_senior_lecturer_in_look_alike_letters(text: str) -> None:
    assert aff.classify_part(text) == ("position", ("аға оқытушы", "kk"))


@pytest.mark.parametrize("text", ["sеnior lecturer", "sеniоr lеcturеr"])  # Cyrillic е, о
def test_english_position_with_cyrillic_look_alikes(text: str) -> None:
    assert aff.classify_part(text) == ("position", ("senior lecturer", "en"))


def test_look_alike_letters_keep_the_written_text() -> None:
    line = "ага окытушы, Тұран университеті"
    a = _parse(line)["affiliations"][0]
    assert (a["raw"], a["institution"]) == ([line], ["Тұран университеті"])


@pytest.mark.parametrize(
    "text", ["аға оқытушы", "aға oқытушы", "Қ.И. Сәтбаев атындағы", "sеnior", "ҚазҰУ, KazNU"]
)
def test_match_form_keeps_every_position(text: str) -> None:
    assert len(aff._match_form(text)) == len(text)


# -- study programmes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "programme"),
    [("6B02301 – Филология бағдарламасы, Тұран университеті", "6B02301 – Филология бағдарламасы"),
     ("ОП «Юриспруденция», Университет Туран", "ОП «Юриспруденция»"),
     ("образовательная программа 6B04101 Экономика, Университет Туран",
      "образовательная программа 6B04101 Экономика"),
     ("educational programme Economics, Turan University", "educational programme Economics"),
     ("6B02301 – Филология, Тұран университеті", "6B02301 – Филология")],
)  # fmt: skip
def test_programme_alone_is_the_department(line: str, programme: str) -> None:
    r = _parse(line)
    a = r["affiliations"][0]
    assert (a["department"], a["programme"], r["programmes"]) == ([programme], [], [])


@pytest.mark.parametrize(
    ("line", "department", "programme"),
    [("студент, кафедра истории, ОП «Юриспруденция», Университет Туран", "кафедра истории",
      "ОП «Юриспруденция»"),
     ("Faculty of Law, educational programme Jurisprudence, Turan University", "Faculty of Law",
      "educational programme Jurisprudence"),
     ("Тұран университеті, филология факультеті, 6B02301 – Филология бағдарламасы",
      "филология факультеті", "6B02301 – Филология бағдарламасы")],
)  # fmt: skip
def test_programme_beside_a_department_is_set_aside(
    line: str, department: str, programme: str
) -> None:
    r = _parse(line)
    a = r["affiliations"][0]
    assert (a["department"], a["programme"], r["programmes"]) == (
        [department], [programme], [programme],
    )  # fmt: skip


def test_programme_line_opens_no_new_affiliation() -> None:
    r = _parse("Университет Туран, кафедра истории", "ОП «Юриспруденция»")
    assert [(a["institution"], a["department"]) for a in r["affiliations"]] == [
        (["Университет Туран"], ["кафедра истории"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6B02301 – Филология бағдарламасы", True), ("ОП «Юриспруденция»", True),
     ("Аударма ісі мамандығы", True), ("специальность 5В011700", True),
     ("кафедра истории", False), ("Department of Economics", False),
     ("Образовательный центр «Болашак»", False), ("Тұран университеті", False)],
)  # fmt: skip
def test_is_programme(text: str, expected: bool) -> None:
    assert aff.is_programme(text) is expected


_PAGE = (
    '<h1 class="page_title">Тақырып</h1><div class="authors">'
    '<p><a href="/author/saparov-erlan">Сапаров Ерлан</a></p>'
    '<p align="right"><em>{line}</em></p></div>'
)


def test_programme_beside_a_department_goes_to_extra() -> None:
    report = Report()
    line = "студент, кафедра истории, ОП «Юриспруденция», Университет Туран, г. Алматы"
    work = read_article(parse_html(_PAGE.format(line=line)), source=None, report=report)
    assert work is not None
    assert work.extra["html:study_programmes"] == {"Сапаров": ["ОП «Юриспруденция»"]}
    assert [d.value for d in work.contributors[0].affiliations[0].department] == ["кафедра истории"]
    assert any(d.field == "html:study_programmes" for d in report)


def test_programme_alone_stays_out_of_extra() -> None:
    line = "студент, ОП «Юриспруденция», Университет Туран, г. Алматы"
    work = read_article(parse_html(_PAGE.format(line=line)), source=None, report=Report())
    assert work is not None
    assert "html:study_programmes" not in work.extra
    assert [d.value for d in work.contributors[0].affiliations[0].department] == [
        "ОП «Юриспруденция»"
    ]


# -- institutions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Abai KazNPU", "КазНПУ им. Абая", "ҚазҰПУ", "KazNU", "ЕНУ", "L.N. Gumilyov ENU", "ҚазҰУ",
     "КазНУ", "Әл-Фараби атындағы ҚазҰУ", "КарГУ", "Al-Farabi KazNU", "AlmaU"],
)  # fmt: skip
def test_university_abbreviation_is_an_institution(text: str) -> None:
    assert aff.classify_part(text) == ("institution", text)


@pytest.mark.parametrize(
    ("line", "institution", "city"),
    [("Abai KazNPU, Almaty, Kazakhstan", "Abai KazNPU", "Almaty"),
     ("ҚазҰПУ, Алматы", "ҚазҰПУ", "Алматы"),
     ("магистрант 2 курса, КазНУ, г. Алматы", "КазНУ", "Алматы")],
)  # fmt: skip
def test_line_with_a_university_abbreviation(line: str, institution: str, city: str) -> None:
    r = _parse(line)
    a = r["affiliations"][0]
    assert (a["institution"], a["city"], a["country"], r["other"]) == (
        [institution], [city], "KZ", [],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "institution", "department", "position"),
    [("Әл-Фараби атындағы ҚазҰУ-дың филология факультетінің студенті",
      "Әл-Фараби атындағы ҚазҰУ", "филология факультеті", "студент"),
     ("ЕНУ-дің 2 курс магистранты", "ЕНУ", None, "магистрант"),
     ("ҚазҰПУ тарих кафедрасының аға оқытушысы", "ҚазҰПУ", "тарих кафедрасы", "аға оқытушы")],
)  # fmt: skip
def test_kazakh_chain_headed_by_an_abbreviation(
    line: str, institution: str, department: str | None, position: str
) -> None:
    r = _parse(line)
    a = r["affiliations"][0]
    assert (a["institution"], a["department"], [p for p, _ in r["positions"]]) == (
        [institution], [department] if department else [], [position],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "institution", "department"),
    [("Абай атындағы ҚазҰПУ-дың филология институтының магистранты",
      "Абай атындағы ҚазҰПУ", ["филология институты"]),
     ("Әл-Фараби атындағы Қазақ ұлттық университетінің Жану проблемалары институтының "
      "ғылыми қызметкері", "Әл-Фараби атындағы Қазақ ұлттық университеті",
      ["Жану проблемалары институты"]),
     ("Сәтбаев университетінің Геология колледжінің оқытушысы", "Сәтбаев университеті",
      ["Геология колледжі"])],
)  # fmt: skip
def test_institution_named_in_a_kazakh_chain_after_another_is_its_unit(
    line: str, institution: str, department: list[str]
) -> None:
    a = _parse(line)["affiliations"][0]
    assert (a["institution"], a["department"]) == ([institution], department)


def test_abbreviation_before_a_chair_names_no_institution() -> None:
    a = _parse("ЮНЕСКО кафедрасының меңгерушісі")["affiliations"]
    assert all(not x["institution"] for x in a)


def test_named_after_marks_an_institution() -> None:
    text = "Kazakh National Conservatory named after Kurmangazy"  # no head word of the table
    assert aff.classify_part(text) == ("institution", text)


@pytest.mark.parametrize("text", ["Omarova Dana", "Ким Алина", "Сейітов А.Б."])
def test_names_are_no_abbreviations(text: str) -> None:
    assert aff.is_name_like(text)


# -- study programmes named with the position -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "position", "programme"),
    [("Master of Economics student", "master's student", "Master of Economics"),
     ("2nd year Master of Science in Finance student", "master's student",
      "Master of Science in Finance"),
     ("Bachelor of Law student", "student", "Bachelor of Law"),
     ("PhD student in Economics", "doctoral student", "Economics"),
     ('student of the educational program "Economics"', "student",
      'educational program "Economics"')],
)  # fmt: skip
def test_degree_programme_student_is_a_position_and_a_programme(
    line: str, position: str, programme: str
) -> None:
    r = _parse(f"{line}, Narxoz University")
    assert (r["degrees"], r["positions"]) == ([], [(position, "en")])
    assert r["affiliations"][0]["department"] == [programme]  # alone: the closest unit
    assert r["affiliations"][0]["institution"] == ["Narxoz University"]


def test_degree_programme_beside_a_department_is_a_programme() -> None:
    r = _parse("Master of Economics student, Department of Finance, Narxoz University")
    a = r["affiliations"][0]
    assert (a["department"], a["programme"]) == (["Department of Finance"], ["Master of Economics"])


def test_student_of_a_department_names_the_unit_not_a_programme() -> None:
    r = _parse("master's student of the Department of Finance, Narxoz University")
    assert r["affiliations"][0]["department"] == ["Department of Finance"]
    assert r["programmes"] == []


def test_master_of_alone_is_still_a_degree() -> None:
    r = _parse("Master of Economics, senior lecturer, Narxoz University")
    assert r["degrees"] == [("Master of Economics", "en")]


@pytest.mark.parametrize(
    ("line", "position"),
    [("магистрант 2 курса, Карагандинский университет им. Е.А. Букетова", ("магистрант", "ru")),
     ("2-курс магистранты, Тұран университеті", ("магистрант", "kk"))],
)  # fmt: skip
def test_master_student_with_the_year(line: str, position: tuple[str, str]) -> None:
    r = _parse(line)
    assert (r["positions"], r["degrees"], r["other"]) == ([position], [], [])


def test_words_before_a_position_are_not_lost() -> None:
    r = _parse("Экономика 2 курс студенті, Тұран университеті")
    assert r["positions"] == [("студент", "kk")]
    assert r["other"] == ["Экономика"]


# -- Kazakh typed with Russian look-alike letters ---------------------------------------------


def test_look_alike_genitive_chain_is_split() -> None:
    # Latin "i" for "і", "н" for "ң", "г" for "ғ", "к" for "қ"
    r = _parse("Әл-Фараби атындагы Казак ұлттык университетiнiн тарих факультетiнiн 2 курс студентi")
    a = r["affiliations"][0]
    assert a["institution"] == ["Әл-Фараби атындагы Казак ұлттык университетi"]
    assert a["department"] == ["тарих факультетi"]
    assert r["positions"] == [("студент", "kk")]
    assert r["lang"] == "kk"


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [("Ақпараттық технологиялар орталыгы", "institution", "Ақпараттық технологиялар орталыгы"),
     ("экономика кафедрасынын ага окытушысы", "department", "экономика кафедрасы"),
     ("Экономика мамандыгынын студенті", "department", "Экономика мамандыгы")],
)  # fmt: skip
def test_look_alike_organisation_words(line: str, kind: str, value: str) -> None:
    r = _parse(f"{line}, Алматы")
    assert r["affiliations"][0][kind] == [value]


def test_look_alike_kazakh_institution_keeps_its_form() -> None:
    # no Kazakh letter: not read as a Russian genitive ("Караганды" is no "Караганда")
    r = _parse("Караганды университетi, Караганды")
    a = r["affiliations"][0]
    assert (a["institution"], a["city"], a["country"]) == (
        ["Караганды университетi"], ["Караганды"], "KZ",
    )  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [
    ("Казакстан", ("country", "KZ")), ("Казакстан Республикасы", ("country", "KZ")),
    ("Оскемен", ("city", "Оскемен")), ("КР", ("other", "КР")),  # КР: also Kyrgyzstan's
])  # fmt: skip
def test_look_alike_places(text: str, want: tuple[str, str]) -> None:
    assert aff.classify_part(text) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Cand. Sc. (Geography), associate professor", ["Cand. Sc. (Geography)"]),
    ("PhD (Economics), associate professor", ["PhD (Economics)"]),
    ("доктор философии (PhD), доцент", ["доктор философии (PhD)"]),
    ("к.э.н. (08.00.05), доцент", ["к.э.н."]),  # a specialty code is no field name
])  # fmt: skip
def test_a_field_in_brackets_after_a_degree_is_the_degrees(line: str, want: list[str]) -> None:
    assert [d for d, _ in aff.parse_affiliation_lines([line], None)["degrees"]] == want


@pytest.mark.parametrize(("line", "position", "institution"), [
    ("engineer, Ekibastuz GRES-1 LLP, Ekibastuz, Kazakhstan", "engineer", "Ekibastuz GRES-1 LLP"),
    ("инженер, АО «КазТрансОйл», г. Астана", "инженер", "КазТрансОйл"),  # legal form dropped
    ("лаборант, Филиал РГП «Казгидромет», г. Астана", "лаборант", "Филиал РГП «Казгидромет»"),
    ("учитель, школа-гимназия №12, г. Тараз", "учитель", "школа-гимназия №12"),
    ("№12 мектеп-гимназияның мұғалімі, Тараз қ.", "мұғалім", "№12 мектеп-гимназия"),
    ("teacher, Lyceum No. 3, Almaty", "teacher", "Lyceum No. 3"),
])  # fmt: skip
def test_posts_outside_teaching_and_schools_as_institutions(
    line: str, position: str, institution: str
) -> None:
    r = _parse(line)
    assert [p for p, _ in r["positions"]] == [position]  # type: ignore[attr-defined]
    assert [a["institution"] for a in r["affiliations"]] == [[institution]]  # type: ignore[attr-defined]
    assert r["other"] == []


@pytest.mark.parametrize(("tokens", "slug", "want"), [
    (["Ли", "Виктор", "Сергеевич"], "/ru/author/lee-viktor-sergeevich", ["Lee", "Viktor", "Sergeevich"]),
    (["Цой", "Анна"], "/author/choi-anna", ["Choi", "Anna"]),
    (["Пак", "Игорь"], "/author/park-igor", ["Park", "Igor"]),
    (["Ли", "Виктор"], "/author/li-viktor", ["Li", "Viktor"]),
])  # fmt: skip
def test_a_korean_surname_aligns_with_its_conventional_latin_spelling(
    tokens: list[str], slug: str, want: list[str]
) -> None:
    assert aff.align_romanized(tokens, slug) == want


@pytest.mark.parametrize(("line", "position"), [
    ("PhD, сениор-лектор, Astana IT University, г.Астана", "сениор-лектор"),
    ("сеньор-лектор, AlmaU, г. Алматы", "сениор-лектор"),
    ("Astana IT University сениор-лекторы, Астана қ.", "сениор-лектор"),
])  # fmt: skip
def test_a_senior_lecturer_of_the_anglo_american_grid_is_a_position(line: str, position: str) -> None:
    r = _parse(line)
    assert [p for p, _ in r["positions"]] == [position]  # type: ignore[attr-defined]
    assert aff.POSITION_CONCEPTS[position] == "senior lecturer"
    assert r["other"] == []


# -- English, Spanish and Portuguese lines; the shared country table ---------------------------


def test_a_department_named_after_the_institution_stays_whole() -> None:
    a = _parse("University of Washington, Department of Human Centered Design & Engineering")
    (got,) = a["affiliations"]  # type: ignore[misc]
    assert got["institution"] == ["University of Washington"]
    assert got["department"] == ["Department of Human Centered Design & Engineering"]


@pytest.mark.parametrize(("token", "kind"), [
    ("Centered", None), ("Schools", "department"), ("Dept.", "department"),
    ("Universidade", "institution"), ("Instituto", "institution"), ("Institutional", None),
    ("Facultad", "department"), ("университетінің", "institution"),
])  # fmt: skip
def test_a_latin_head_word_is_a_whole_word(token: str, kind: str | None) -> None:
    assert aff._head_kind(token) == kind


@pytest.mark.parametrize(("name", "code"), [
    ("Қазақстан", "KZ"), ("Казахстан", "KZ"), ("Kazakhstan", "KZ"), ("Ресей", "RU"),
    ("Россия", "RU"), ("Russian Federation", "RU"), ("Өзбекстан", "UZ"), ("Узбекистан", "UZ"),
    ("Қырғызстан", "KG"), ("Кыргызстан", "KG"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Түркия", "TR"), ("China", "CN"), ("Китай", "CN"), ("Қытай", "CN"), ("Paraguay", "PY"),
    ("Portugal", "PT"), ("Brazil", "BR"), ("Brasil", "BR"), ("Chile", "CL"),
    ("Indonesia", "ID"), ("Nigeria", "NG"), ("Pakistan", "PK"), ("Thailand", "TH"),
    ("Singapore", "SG"), ("Alemania", "DE"), ("Paraguai", "PY"), ("USA", "US"),
    ("Әзербайжан", "AZ"), ("Моңғолия", "MN"),
])  # fmt: skip
def test_a_country_name_in_any_of_the_languages_is_the_country(name: str, code: str) -> None:
    assert aff.classify_part(name) == ("country", code)


@pytest.mark.parametrize("word", ["того", "Chad", "Jordan", "Georgia"])
def test_a_country_name_that_is_also_a_common_word_is_no_country_in_a_line(word: str) -> None:
    assert aff.classify_part(word)[0] != "country"


def test_the_jats_reader_uses_the_shared_country_table() -> None:
    from scholarmeta.formats._countries import COUNTRIES, COUNTRY_FIELD_NAMES
    from scholarmeta.formats._jats_read import COUNTRY_CODES

    assert aff.COUNTRIES is COUNTRIES
    assert COUNTRY_CODES is COUNTRY_FIELD_NAMES
    assert COUNTRY_CODES["georgia"] == "GE"  # a <country> element holds a country only
    assert COUNTRIES.items() <= COUNTRY_CODES.items()


@pytest.mark.parametrize(("line", "institution", "department", "city", "country", "address"), [
    ("Dept. of Physics, Faculty of Science, Chulalongkorn University, Bangkok 10330, Thailand",
     ["Chulalongkorn University"], ["Dept. of Physics", "Faculty of Science"], ["Bangkok"],
     "TH", []),
    ("Universidade de São Paulo, Instituto de Física, São Paulo, SP, Brasil",
     ["Universidade de São Paulo"], ["Instituto de Física"], ["São Paulo"], "BR", ["SP"]),
    ("Department of Chemistry and Biochemistry, University of California, Los Angeles, "
     "CA 90095, USA", ["University of California"], ["Department of Chemistry and Biochemistry"],
     ["Los Angeles"], "US", ["CA 90095"]),
    ("School of Computer Science & Engineering, Nanyang Technological University, Singapore",
     ["Nanyang Technological University"], ["School of Computer Science & Engineering"], [],
     "SG", []),
    ("Universidad Nacional de Asunción, Facultad de Ciencias Químicas, San Lorenzo, Paraguay",
     ["Universidad Nacional de Asunción"], ["Facultad de Ciencias Químicas"], ["San Lorenzo"],
     "PY", []),
    ("Department of Economics, University of Georgia, Athens, GA 30602, USA",
     ["University of Georgia"], ["Department of Economics"], ["Athens"], "US", ["GA 30602"]),
    ("Faculty of Engineering, Universitas Indonesia, Depok 16424, Indonesia",
     ["Universitas Indonesia"], ["Faculty of Engineering"], ["Depok"], "ID", []),
    # a bare state code between the town and the country: an address part, no degree (MA)
    ("Department of Physics, Harvard University, Cambridge, MA, USA",
     ["Harvard University"], ["Department of Physics"], ["Cambridge"], "US", ["MA"]),
    ("Instituto de Física, Universidade de São Paulo, São Paulo, SP, Brazil",
     ["Universidade de São Paulo"], ["Instituto de Física"], ["São Paulo"], "BR", ["SP"]),
    # an institute, then the academy of sciences or university it is a unit of
    ("Institute of Physics, Chinese Academy of Sciences, Beijing, China",
     ["Chinese Academy of Sciences"], ["Institute of Physics"], ["Beijing"], "CN", []),
    ("Институт физики, Российская академия наук, Москва, Россия",
     ["Российская академия наук"], ["Институт физики"], ["Москва"], "RU", []),
    ("Instituto Superior Técnico, Universidade de Lisboa, Lisboa, Portugal",
     ["Universidade de Lisboa"], ["Instituto Superior Técnico"], ["Lisboa"], "PT", []),
    ("Instituto de Física, Universidade Federal do Rio de Janeiro, Rio de Janeiro, Brazil",
     ["Universidade Federal do Rio de Janeiro"], ["Instituto de Física"], ["Rio de Janeiro"],
     "BR", []),
    ("Laboratoire de Physique, Université Paris-Saclay, 91405 Orsay, France",
     ["Université Paris-Saclay"], ["Laboratoire de Physique"], ["Orsay"], "FR", []),
    ("Department of Mathematics, University of Toronto, Toronto, ON M5S 2E4, Canada",
     ["University of Toronto"], ["Department of Mathematics"], ["Toronto"], "CA",
     ["ON M5S 2E4"]),
    ("Imperial College London, London SW7 2AZ, UK", ["Imperial College London"], [],
     ["London"], "GB", []),
    ("Department of Physics, University of Lagos, Lagos, Nigeria", ["University of Lagos"],
     ["Department of Physics"], ["Lagos"], "NG", []),
    ("Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы, Қазақстан",
     ["Әл-Фараби атындағы Қазақ ұлттық университеті"], [], ["Алматы"], "KZ", []),
    ("Кыргызский национальный университет, Бишкек, Кыргызстан",
     ["Кыргызский национальный университет"], [], ["Бишкек"], "KG", []),
])  # fmt: skip
def test_an_international_affiliation_line_is_split_into_its_parts(
    line: str, institution: list[str], department: list[str], city: list[str], country: str,
    address: list[str],
) -> None:
    parsed = _parse(line)
    (got,) = parsed["affiliations"]  # type: ignore[misc]
    assert (got["institution"], got["department"], got["city"], got["country"], got["address"]) == (
        institution, department, city, country, address)
    assert parsed["other"] == []


def test_a_state_code_with_its_postcode_is_no_degree() -> None:
    parsed = _parse("School of Engineering and Applied Sciences, Harvard University, "
                    "Cambridge, MA 02138, USA")
    (got,) = parsed["affiliations"]  # type: ignore[misc]
    assert (parsed["degrees"], got["city"], got["address"]) == ([], ["Cambridge"], ["MA 02138"])


def test_a_bare_state_code_before_the_country_is_no_degree_but_a_leading_ma_is() -> None:
    parsed = _parse("MA, lecturer, Harvard University, Cambridge, MA, USA")
    (got,) = parsed["affiliations"]  # type: ignore[misc]
    assert (parsed["degrees"], got["city"], got["address"]) == ([("MA", "en")], ["Cambridge"], ["MA"])


def test_a_plural_latin_head_in_ies_heads_as_its_singular_does() -> None:
    (got,) = _parse("Universities of Leeds and York, Leeds, UK")["affiliations"]  # type: ignore[misc]
    assert (got["institution"], got["city"], got["country"]) == (
        ["Universities of Leeds and York"], ["Leeds"], "GB")
