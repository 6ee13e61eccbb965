"""Person lines and affiliation lines of Kazakh, Russian and English article pages.

Tables are data (edit them, not the code): countries, cities, positions, degrees, role labels and
the heads of organisation names. Hand-written because no library parses Kazakh affiliation
lines ("… Университетінің … кафедрасының студенті") or Kazakh/Russian name order.

Every parser here returns plain data (dicts, lists, strings): the readers build models once.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from typing import Any

from ..lang import detect_language, normalize_space
from ..morph import ru_nominative
from ..names import PATRONYMIC_ENDINGS
from ..translit import ascii_fold, romanize
from ._countries import COUNTRIES

__all__ = [
    "CITIES",
    "CITY_COUNTRIES",
    "COUNTRIES",
    "DEGREE_PATTERNS",
    "EXACT_HEADS",
    "FAMILY_ENDINGS",
    "HOMOGLYPHS",
    "KK_LOOKALIKES",
    "ORG_HEADS",
    "PATRONYMIC_ENDINGS",
    "POSITIONS",
    "POSITION_CONCEPTS",
    "SUPERVISOR_LABELS",
    "UNIVERSITY_ABBREVIATION",
    "affiliation_like",
    "align_romanized",
    "classify_part",
    "is_name_like",
    "is_plural_role_label",
    "is_programme",
    "parse_affiliation_lines",
    "similarity",
    "split_name",
    "strip_role_label",
]

# -- tables ------------------------------------------------------------------------------------

# COUNTRIES (names -> ISO 3166-1 alpha-2) is the shared table of ._countries

CITY_COUNTRIES: dict[str, str] = {
    **dict.fromkeys(
        "алматы almaty алма-ата астана astana нұр-сұлтан нур-султан nur-sultan шымкент shymkent "
        "қарағанды караганда karaganda qaraghandy ақтөбе актобе aktobe атырау atyrau павлодар "
        "pavlodar өскемен усть-каменогорск oskemen ust-kamenogorsk семей semey тараз taraz "
        "түркістан туркестан turkistan turkestan қызылорда кызылорда kyzylorda орал уральск oral "
        "uralsk қостанай костанай kostanay көкшетау кокшетау kokshetau талдықорған талдыкорган "
        "taldykorgan ақтау актау aktau петропавл петропавловск petropavl petropavlovsk жезқазған "
        "жезказган zhezkazgan".split(), "KZ"),
    **dict.fromkeys("москва moscow санкт-петербург saint-petersburg st.petersburg новосибирск "
                    "novosibirsk омск omsk".split(), "RU"),
    **dict.fromkeys("бишкек bishkek".split(), "KG"),
    **dict.fromkeys("ташкент tashkent".split(), "UZ"),
    **dict.fromkeys("душанбе dushanbe".split(), "TJ"),
    **dict.fromkeys("пекин beijing".split(), "CN"),
    **dict.fromkeys("анкара ankara стамбул istanbul".split(), "TR"),
    **dict.fromkeys("минск minsk".split(), "BY"),
}  # fmt: skip
"""Cities recognised without a ``г.`` / ``қ.`` / ``city`` marker (case-folded), and their
country (an affiliation that names the city but no country is in that country)."""
CITIES: frozenset[str] = frozenset(CITY_COUNTRIES)

_CITY_MARK_RE = (
    re.compile(  # a capital "Қ."/"Г." before a name is an initial: "Қ.И. Сәтбаев атындағы"
        r"^(?:(?-i:[гқ])\.|Г\.(?!\s*[^\W\d_]\.)|город|city of)\s*(?P<a>.+)$"
        r"|^(?P<b>.+?)\s+(?:қ\.|қаласы|city)$",
        re.I,
    )
)

POSITIONS: list[tuple[str, str, str]] = [
    # (canonical, language, regex of the written forms; possessive endings of Kazakh optional).
    # Matched on a folded form (_match_form): "ага окытушы" and look-alike letters match too.
    # Acting posts first: "профессор м.а." is not "профессор" followed by something else.
    ("профессор м.а.", "kk", r"профессор(?:дың|ы)?\s+(?:м\.\s?а\.?|міндетін\s+атқарушы(?:сы)?)"),
    ("доцент м.а.", "kk", r"доцент(?:тің|і)?\s+(?:м\.\s?а\.?|міндетін\s+атқарушы(?:сы)?)"),
    ("и.о. профессора", "ru", r"(?:и\.\s?о\.|исполняющ(?:ий|ая)\s+обязанности)\s+профессора"),
    ("и.о. доцента", "ru", r"(?:и\.\s?о\.|исполняющ(?:ий|ая)\s+обязанности)\s+доцента"),
    ("acting professor", "en", r"acting\s+professor"),
    (
        "acting associate professor",
        "en",
        r"acting\s+(?:associate\s+professor|assoc\.\s*prof(?:essor|\.)?)",
    ),
    ("аға оқытушы", "kk", r"аға\s+оқытушы(?:сы)?"),
    ("оқытушы", "kk", r"оқытушы(?:сы)?"),
    (
        "қауымдастырылған профессор",
        "kk",
        r"қауымдастырылған\s+профессор(?:ы)?|қауымд\.\s*профессор(?:ы)?",
    ),
    ("кафедра меңгерушісі", "kk", r"кафедра\s+меңгерушісі"),
    ("аға ғылыми қызметкер", "kk", r"аға\s+ғылыми\s+қызметкер(?:і)?"),
    ("кіші ғылыми қызметкер", "kk", r"кіші\s+ғылыми\s+қызметкер(?:і)?"),
    ("ғылыми қызметкер", "kk", r"ғылыми\s+қызметкер(?:і)?"),
    ("студент", "kk", r"студенті|студенттері"),
    ("білім алушы", "kk", r"білім\s+алушы(?:сы|лары)?"),
    ("магистрант", "kk", r"магистранты|магистранттары"),
    # "PhD" written with a doctoral student is part of the position, not a degree
    ("докторант", "kk", r"(?:ph\.?\s?d\.?\s+)?(?:докторанты|докторанттары)"),
    ("доцент", "kk", r"доценті"),
    ("профессор", "kk", r"профессоры"),
    ("старший преподаватель", "ru", r"старш(?:ий|ая)\s+преподаватель|ст\.\s*преподаватель"),
    # the title of universities on the Anglo-American grid (Astana IT University, AlmaU)
    ("сениор-лектор", "ru", r"с[еэ]нь?и?ор[-\s]лектор"),
    ("сениор-лектор", "kk", r"с[еэ]нь?и?ор[-\s]лекторы"),
    ("преподаватель-стажёр", "ru", r"преподаватель[-\s]стаж[её]р"),
    ("преподаватель-исследователь", "ru", r"преподаватель[-\s]исследователь"),
    ("ассистент-профессор", "ru", r"ассистент[-\s]профессор(?:а)?"),
    ("ассистент-профессор", "kk", r"ассистент[-\s]профессоры"),
    ("преподаватель", "ru", r"преподаватель"),
    ("ассоциированный профессор", "ru", r"ассоциированн(?:ый|ая)\s+профессор|ассоц\.\s*профессор"),
    ("заведующий кафедрой", "ru", r"заведующ(?:ий|ая)\s+кафедрой"),
    ("старший научный сотрудник", "ru", r"старш(?:ий|ая)\s+научн(?:ый|ая)\s+сотрудни(?:к|ца)"),
    ("младший научный сотрудник", "ru", r"младш(?:ий|ая)\s+научн(?:ый|ая)\s+сотрудни(?:к|ца)"),
    ("научный сотрудник", "ru", r"научн(?:ый|ая)\s+сотрудни(?:к|ца)"),
    ("студент", "ru", r"студент(?:ка|ы|ки)?"),
    # the students of the police, military and civil-defence academies
    ("курсант", "ru", r"курсант(?:ка|ы|ки)?"),
    ("курсант", "kk", r"курсанты|курсанттары"),
    ("обучающийся", "ru", r"обучающ(?:ийся|аяся|иеся)"),
    ("магистрант", "ru", r"магистрант(?:ка|ы|ки)?"),
    ("докторант", "ru", r"(?:ph\.?\s?d\.?\s+)?докторант(?:ка|ы|ки)?(?:\s+\(?ph\.?\s?d\.?\)?)?"),
    ("аспирант", "ru", r"аспирант(?:ка|ы|ки)?"),
    ("доцент", "ru", r"доцент"),
    ("профессор", "ru", r"профессор|проф\."),
    ("ассистент", "ru", r"ассистент"),
    ("senior lecturer", "en", r"senior\s+lecturer"),
    ("lecturer", "en", r"lecturer"),
    ("associate professor", "en", r"associate\s+professor|assoc\.\s*prof(?:essor|\.)?"),
    ("assistant professor", "en", r"assistant\s+professor"),
    ("professor", "en", r"professor|prof\."),
    ("docent", "en", r"docent"),
    ("cadet", "en", r"cadets?"),
    # "Head of the Department of History": the position, and the department named after it
    ("head of department", "en", r"head(?=\s+of\s+(?:the\s+)?department)"),
    ("senior researcher", "en", r"senior\s+research(?:er|\s+fellow)"),
    ("junior researcher", "en", r"junior\s+research(?:er|\s+fellow)"),
    ("researcher", "en", r"researcher|research\s+fellow"),
    ("master's student", "en", r"master(?:'|’)?s?\s+(?:degree\s+)?student|graduate\s+student"),
    (
        "doctoral student",
        "en",
        r"(?:ph\.?\s?d\.?[-\s]+)?(?:doctoral[-\s]+student|doctoral\s+candidate)"
        r"|ph\.?\s?d\.?[-\s]+student",
    ),
    ("student", "en", r"(?:undergraduate\s+|bachelor(?:'|’)?s?\s+)?students?"),
    ("master's student", "en", r"magistrant|master\s+student"),
    ("doctoral student", "en", r"doctorant|phd\s+candidate"),
    # posts outside teaching that a second affiliation line names ("engineer, … LLP")
    ("инженер", "kk", r"инженері"),
    ("инженер", "ru", r"инженер"),
    ("engineer", "en", r"engineer"),
    ("зертханашы", "kk", r"зертханашы(?:сы)?"),
    ("лаборант", "ru", r"лаборант(?:ка)?"),
    ("laboratory assistant", "en", r"lab(?:oratory)?\s+assistant"),
    ("мұғалім", "kk", r"мұғалімі?"),
    ("учитель", "ru", r"учитель"),
    ("teacher", "en", r"(?:school\s+)?teacher"),
]
"""Positions (job titles, study levels): canonical form, language, written forms (regex)."""

_COURSE = (
    r"(?:(?:\d+\s*[-–]?\s*(?:ші|шы|st|nd|rd|th)?|first|second|third|fourth|fifth)\s*[-–]?\s*"
    r"(?:курс(?:а|тың)?|year|course)\s+)?"
)
POSITION_CONCEPTS: dict[str, str] = {
    **dict.fromkeys(["студент", "student", "обучающийся", "білім алушы"], "student"),
    **dict.fromkeys(["магистрант", "master's student"], "master"),
    **dict.fromkeys(["курсант", "cadet"], "cadet"),
    **dict.fromkeys(["докторант", "аспирант", "doctoral student"], "doctoral"),
    **dict.fromkeys(["оқытушы", "преподаватель", "lecturer", "преподаватель-исследователь"],
                    "lecturer"),
    **dict.fromkeys(["ассистент-профессор", "assistant professor"], "assistant professor"),
    **dict.fromkeys(["аға оқытушы", "старший преподаватель", "senior lecturer", "сениор-лектор"],
                    "senior lecturer"),
    **dict.fromkeys(["доцент", "қауымдастырылған профессор", "ассоциированный профессор",
                     "associate professor", "docent"], "associate professor"),
    **dict.fromkeys(["профессор", "professor"], "professor"),
    **dict.fromkeys(["профессор м.а.", "и.о. профессора", "acting professor"], "acting professor"),
    **dict.fromkeys(["доцент м.а.", "и.о. доцента", "acting associate professor"],
                    "acting associate professor"),
    **dict.fromkeys(["кафедра меңгерушісі", "заведующий кафедрой", "head of department"], "head"),
    **dict.fromkeys(["ғылыми қызметкер", "научный сотрудник", "researcher"], "researcher"),
    **dict.fromkeys(["аға ғылыми қызметкер", "старший научный сотрудник", "senior researcher"],
                    "senior researcher"),
    **dict.fromkeys(["кіші ғылыми қызметкер", "младший научный сотрудник", "junior researcher"],
                    "junior researcher"),
    **dict.fromkeys(["инженер", "engineer"], "engineer"),
    **dict.fromkeys(["зертханашы", "лаборант", "laboratory assistant"], "laboratory assistant"),
    **dict.fromkeys(["мұғалім", "учитель", "teacher"], "teacher"),
}  # fmt: skip
"""Canonical positions in any language -> one concept, to match translated affiliations."""

KK_LOOKALIKES: dict[str, str] = {
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И",
}  # fmt: skip
"""Kazakh letters -> the Russian letters typed for them ("ага окытушы" for "аға оқытушы")."""

HOMOGLYPHS: dict[str, str] = dict(
    zip("aceopxykihACEOPXYKIHBMT", "асеорхукіһАСЕОРХУКІНВМТ", strict=True)
)
"""Latin letters -> the Cyrillic letters they look like (and back): a word typed with both."""

_KK_FOLD = str.maketrans(KK_LOOKALIKES)
_TO_CYRL = str.maketrans(HOMOGLYPHS)
_TO_LATN = str.maketrans({v: k for k, v in HOMOGLYPHS.items()})
_LATN_RE = re.compile(r"[A-Za-z]")
_MIXED_WORD_RE = re.compile(
    r"[^\W\d_]*(?:[A-Za-z][^\W\d_]*[\u0400-\u04ff]|[\u0400-\u04ff][^\W\d_]*[A-Za-z])[^\W\d_]*"
)


def _unmix(m: re.Match[str]) -> str:
    word = m.group(0)
    latin = len(_LATN_RE.findall(word))
    return word.translate(_TO_LATN if 2 * latin > len(word) else _TO_CYRL)


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def _match_form(text: str) -> str:
    """The form of ``text`` that tables are matched against (never shown): a word typed in two
    scripts is written in its main one, and Kazakh letters are folded to their Russian look-alikes.
    One character for one, so positions found in it are positions in ``text``.

    >>> _match_form("ага оқытушы"), _match_form("aға oқытушы"), _match_form("sеnior")
    ('ага окытушы', 'ага окытушы', 'senior')
    """
    if text.isascii():
        return text
    if _LATN_RE.search(text) and _CYRL_RE.search(text):
        text = _MIXED_WORD_RE.sub(_unmix, text)
    return text.translate(_KK_FOLD)


# one alternation, in table order (longer forms first), so one scan finds the leftmost position;
# the table's forms are folded as the text is (_match_form)
_POSITION_RE = re.compile(
    (
        rf"(?<![\w-]){_COURSE}(?:"
        + "|".join(f"(?P<p{i}>{rx})" for i, (_, _, rx) in enumerate(POSITIONS))
        + r")(?:\s+\d+\s*[-–]?\s*(?:г?о\s+)?(?:курса|года)(?:\s+обучения)?"
        r"|\s+of\s+the\s+\d+\s*(?:st|nd|rd|th)\s+(?:year|course))?(?![\w-])"
    ).translate(_KK_FOLD),
    re.I,
)

DEGREE_PATTERNS: list[str] = [
    # ф.ғ.к., т.ғ.д., ф.-м.ғ.к., э.ғ.м.; к.ф.н., д.и.н., к.ф.-м.н., д.филол.н. (last dot optional)
    r"(?:[а-яёәғқңөұүһі]{1,6}\.\s?-?\s?){1,3}ғ\.\s?[кдм]\.?",  # психол.ғ.к.
    r"[кдм]\.\s?(?:[а-яё]{1,6}\.\s?-?\s?){1,3}н\.?",  # м.э.н.: магистр экономических наук
    r"(?:доктор\s+философии|философия\s+докторы)(?:\s*\((?:PhD|Ph\.\s?D\.?)\))?",
    # канд. пед. наук, д-р экон. наук, канд. физ.-мат. наук, доктор физико-математических наук
    r"(?:канд|кандидат|док|д-р|доктор|магистр)\.?\s+(?:[а-яё]+\.?(?:-[а-яё]+\.?)?\s+){1,3}наук",
    r"(?:[а-яәғқңөұүһі]+\s+){1,3}ғылымдарының\s+(?:кандидаты|докторы|магистрі)",
    r"(?:[а-яәғқңөұүһі]+\s+){1,3}(?:магистрі|бакалавры)",  # экономика магистрі
    # "PhD докторанты" / "PhD student" is a position, not a degree
    r"(?:PhD|Ph\.\s?D\.?)(?!\s+(?:докторант|student|candidate|студент))"
    r"(?:\s+(?:докторы|доктор|doctor|in\s+\w+(?:\s+\w+)?))?",
    r"(?:доктор|докторы)\s+PhD",
    r"(?:Candidate|Doctor)\s+of\s+(?:[A-Za-z]+\s+){1,4}Sciences?",
    r"(?:Candidate|Doctor)\s+of\s+(?!the\b|an?\b)[A-Za-z]+(?:\s+in\s+[A-Za-z]+)?"  # … of Economics
    r"(?:\s*\((?:PhD|Ph\.\s?D\.?|[A-Za-z]+)\))?",  # Doctor of Philosophy (PhD), … (Economics)
    r"(?:Master|Bachelor)\s+of\s+(?:[A-Za-z]+\s*){1,4}",
    r"(?:MSc|MA|MBA|M\.Sc\.|Dr\.?\s?Sc\.?|DSc|Cand\.\s?Sc\.?)(?:\s+in\s+[A-Za-z]+)?",
    r"[cd]\.\s?(?:[a-z]{1,4}\.\s?-?\s?){1,3}s\.",  # c.t.s., d.e.s., c.ph.-m.s. (Cand./Dr. of … Sc.)
    r"магистр(?!ант)(?:\s+(?:и\s+|және\s+)?[а-яёәғқңөұүһі]+){0,2}",  # магистр экономики и права
]
"""Academic degrees (regex), Kazakh, Russian and English; ``профессор`` is a position."""
# matched on the folded form (_match_form) as positions are: "ф.г.к." typed for "ф.ғ.к."
_DEGREE_RE = re.compile(
    (r"(?<!\w)(?:" + "|".join(DEGREE_PATTERNS) + r")(?!\w)").translate(_KK_FOLD), re.I
)

SUPERVISOR_LABELS: list[str] = [
    r"научн(?:ый|ая|ого|ые)\s+руководител(?:ь|я|и)",
    r"научн(?:ый|ая|ые)\s+консультант(?:ы)?",
    r"научн(?:ый|ая)\s+руковод\.",
    r"руководител(?:ь|и)",
    r"ғылыми\s+жетекші(?:сі|лері|лер)?",
    r"ғылыми\s+кеңесші(?:сі|лері)?",
    r"жетекші(?:сі|лері)?",
    r"(?:scientific|academic|research)\s+(?:supervisor|advisor|adviser|consultant)s?",
    r"supervisors?|advisors?|advisers?",
]
"""Labels that make a person line a supervisor's."""
_PLURAL_LABEL_RE = re.compile(
    r"руководители|консультанты|лері\b|лер\b|(?:isor|iser|ultant)s\b", re.I
)


def is_plural_role_label(text: str) -> bool:
    """A supervisor label in the plural ("Научные руководители:", "Ғылыми жетекшілері",
    "Scientific supervisors"): it heads every person after it, not only the next.

    >>> is_plural_role_label("Научные руководители:"), is_plural_role_label("ғылыми жетекші")
    (True, False)
    """
    return _PLURAL_LABEL_RE.search(text) is not None


_LABEL_RE = re.compile(r"^\s*(?:" + "|".join(SUPERVISOR_LABELS) + r")\s*(?:[:,.;–—-]\s*|$)", re.I)

ORG_HEADS: dict[str, str] = {
    # word stem (case-folded) -> the affiliation part it heads
    "университет": "institution", "university": "institution", "академи": "institution",
    "academy": "institution", "институт": "institution", "institute": "institution",
    "колледж": "institution", "college": "institution", "жоо": "institution",
    "политехни": "institution", "консерватори": "institution", "орталығ": "institution",
    "центр": "institution", "center": "institution", "centre": "institution",
    # a gymnasium or lyceum is a school of its own, not a school of a university ("жоғары мектеп")
    "гимнази": "institution", "лицей": "institution", "gymnasium": "institution",
    "lyceum": "institution", "мектеп-гимнази": "institution", "мектеп-лицей": "institution",
    "школа-гимнази": "institution", "школа-лицей": "institution",
    "кафедр": "department", "department": "department", "факультет": "department",
    "faculty": "department", "школа": "department", "мектеб": "department",
    "мектеп": "department", "school": "department", "бөлім": "department",
    "отдел": "department", "лаборатори": "department", "laboratory": "department",
    "division": "department", "dept": "department",
    # Spanish, Portuguese, French, Italian (SciELO, Redalyc, JATS <aff> free text)
    "universidad": "institution", "universidade": "institution", "università": "institution",
    "universitas": "institution",
    "université": "institution", "universitat": "institution", "universität": "institution",
    "instituto": "institution", "institut": "institution", "escola": "department",
    "escuela": "department", "facultad": "department", "faculdade": "department",
    "laboratoire": "department", "faculté": "department",
    "departamento": "department", "laboratorio": "department", "laboratório": "department",
    # study programmes: split like departments, but no unit of the organisation (see _programmes)
    "образовательн": "programme", "бағдарлама": "programme", "programme": "programme",
    "program": "programme", "специальност": "programme", "мамандығ": "programme",
    "мамандық": "programme", "specialty": "programme", "speciality": "programme",
}  # fmt: skip
"""Words that head an organisation name and which part they make."""

EXACT_HEADS: dict[str, str] = {"ОП": "programme", "БББ": "programme"}
"""Abbreviations that head an organisation part (as written): образовательная программа,
білім беру бағдарламасы."""

_PROGRAMME_CODE_RE = re.compile(r"(?<!\w)[5-8][BВMМDД]\d{5,6}(?!\w)")
"""The classifier code of a study programme or speciality: 6B02301, 7M01701, 8D04101, 5В011700."""

_UP, _LOW = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
UNIVERSITY_ABBREVIATION = rf"(?-i:[{_UP}]{{3,}}|[{_UP}][{_LOW}]{{1,3}}[{_UP}]{{0,3}}[UУ])"
"""An institution's abbreviation: capitals (ЕНУ, ЕҰУ, SDU, KIMEP), or a short capitalised stem and
capitals ending in the university's U (KazNU, KazNPU, ҚазҰУ, ҚазҰПУ, КарГУ, AlmaU)."""

_INSTITUTION_HINT_RE = re.compile(
    rf"\bим\.|\bимени\b|атында[ғг]ы|\bnamed\s+after\b|\b{UNIVERSITY_ABBREVIATION}\b"
)
_ABBREVIATION_TOKEN_RE = re.compile(rf"(?P<abbr>{UNIVERSITY_ABBREVIATION})(?P<gen>-[нтд][ыі]ң)?")
_GENITIVE_RE = re.compile(r"(?<=[ыіиауеоюяэ])(?:ның|нің)$|(?:ның|нің|дың|дің|тың|тің)$")
# the ending typed with look-alikes ("университетiнiн"), matched on the _match_form
_GENITIVE_FOLD_RE = re.compile(_GENITIVE_RE.pattern.translate(_KK_FOLD))
_CONJ = frozenset(["және", "мен", "бен", "пен", "и", "and", "&"])
# Unicode white space: exactly the characters for which ``str.isspace()`` (and regex ``\s``) holds
_WS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_LEAD_CHARS = _WS + ",;:.–—-"
_TRAIL_CHARS = _WS + ",;:–—-"


def _trim(text: str) -> str:
    """Strip leading white space and ``,;:.–—-``, and trailing white space and ``,;:–—-``
    (``str.strip`` with a set: many times faster than a regex substitution).

    >>> _trim(" , ф.ғ.к., доцент.,\\n")
    'ф.ғ.к., доцент.'
    >>> set(_WS) == {chr(i) for i in range(0x10000) if chr(i).isspace()}
    True
    """
    return text.lstrip(_LEAD_CHARS).rstrip(_TRAIL_CHARS)


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORCID_RE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
# a phone number, labelled or international ("тел.: +7 (701) 555-12-34", "моб. 8 701 …"):
# contact data no metadata field carries (kept aside by the reader), no part of the affiliation
_PHONE = (
    r"(?:(?<!\w)(?:тел(?:ефон)?|моб(?:ильный)?|ұялы\s+тел(?:ефон)?|phone|tel|mob(?:ile)?)\.?\s*:?\s*"
    r"|(?<![\w+])(?=\+\d))(\+?\d[\d\s()–-]{7,}\d)"
)
_PHONE_RE = re.compile(_PHONE, re.I)
_CONTACT_RE = re.compile(
    r"(?:e-?mail|эл\.?\s*почта|электрондық\s+пошта|orcid(?:\s+id)?)\s*:?\s*"
    r"|(?:https?://)?orcid\.org/|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b"
    r"|" + _PHONE,
    re.I,
)
_CYRL_RE = re.compile(r"[\u0400-\u04ff]")
_INITIAL_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.\s?-?){1,3}$")
_NAME_TOKEN_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*\.?$")


# -- names -------------------------------------------------------------------------------------


def _is_patronymic(token: str) -> bool:
    return token.lower().endswith(PATRONYMIC_ENDINGS)


FAMILY_ENDINGS: tuple[str, ...] = (
    "ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий", "цкая", "ұлы", "улы",
    "қызы", "кызы", "ov", "ev", "ova", "eva", "skiy", "skii", "skaya", "uly", "kyzy", "qyzy",
)  # fmt: skip
"""Endings only family names have (not -ин/-ина: Марина, Алина are given names): of two
name words, the one that alone ends so is the family name, whichever comes first."""


def _is_family(token: str) -> bool:
    return len(token) > 3 and token.lower().endswith(FAMILY_ENDINGS)


def split_name(text: str) -> dict[str, str]:
    """Split a person's name written the Kazakh/Russian way (Family Given Patronymic).

    Initials may come first or last; with two full tokens the order is Family Given even when the
    family name ends like a patronymic (``Бақытқызы``); a middle patronymic means Given
    Patronymic Family.

    >>> split_name("Тулекова Гүлжан Қажымұратқызы")
    {'family': 'Тулекова', 'given': 'Гүлжан', 'patronymic': 'Қажымұратқызы'}
    >>> split_name("А.Б. Сейітов")
    {'family': 'Сейітов', 'given': 'А.Б.'}
    >>> split_name("Dana Askarova"), split_name("Ким Алина")["family"]
    ({'family': 'Askarova', 'given': 'Dana'}, 'Ким')
    """
    return dict(_split_name(text))


@functools.lru_cache(maxsize=4096)
def _split_name(text: str) -> dict[str, str]:
    # names recur across pages; the cached dict is shared, so callers get a copy
    tokens = normalize_space(text).strip(" ,;").split()
    if not tokens:
        return {}
    if len(tokens) == 1:
        return {"family": tokens[0]}
    initials = [t for t in tokens if _INITIAL_RE.match(t)]
    if len(tokens) == 3 and initials == [tokens[1]]:
        # "Aigerim B. Sadykova": a middle initial between the given and the family name
        if not (_is_family(tokens[0]) and not _is_family(tokens[2])):
            return {"family": tokens[2], "given": f"{tokens[0]} {tokens[1]}"}
    if len(tokens) == 3 and initials == [tokens[2]] and not _is_family(tokens[1]):
        # "Сапарова Айгүл Б.": the patronymic's initial after the given name
        return {"family": tokens[0], "given": f"{tokens[1]} {tokens[2]}"}
    if initials and len(initials) < len(tokens):
        full = [t for t in tokens if not _INITIAL_RE.match(t)]
        return {"family": " ".join(full), "given": "".join(initials)}
    if len(tokens) == 2:
        if _is_family(tokens[1]) and not _is_family(tokens[0]):  # "Дана Аскарова"
            return {"family": tokens[1], "given": tokens[0]}
        return {"family": tokens[0], "given": tokens[1]}
    if len(tokens) == 3 and _is_patronymic(tokens[1]) and not _is_patronymic(tokens[2]):
        return {"family": tokens[2], "given": tokens[0], "patronymic": tokens[1]}
    if _is_patronymic(tokens[-1]):
        return {
            "family": tokens[0],
            "given": " ".join(tokens[1:-1]),
            "patronymic": tokens[-1],
        }
    return {"family": tokens[0], "given": " ".join(tokens[1:])}


@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return ascii_fold(text)  # names and organisations recur across pages: cache


def similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two strings in any script: the Dice coefficient of the letter
    pairs of their romanised, folded forms (cheap, and robust to small spelling differences).

    >>> round(similarity("Тұран Университеті", "Turan University"), 2)
    0.87
    >>> similarity("Бақытқызы", "bakytkyzy")
    1.0
    """
    return _similarity(a, b)


@functools.lru_cache(maxsize=8192)
def _bigrams(folded: str) -> Counter[str]:
    """The letter pairs of a folded string (shared: never mutate the result)."""
    return Counter(map(operator.add, folded, folded[1:]))  # the pairs, built in C


@functools.lru_cache(maxsize=8192)
def _similarity(a: str, b: str) -> float:
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    if len(fa) < 2 or len(fb) < 2:
        return 0.0
    ba, bb = _bigrams(fa), _bigrams(fb)
    common = sum([min(c, bb[g]) for g, c in ba.items() if g in bb])  # the multiset intersection
    return 2 * common / (len(fa) + len(fb) - 2)


def align_romanized(tokens: list[str], slug: str) -> list[str] | None:
    """Title-cased slug tokens aligned to the name's tokens (by romanised similarity).

    >>> align_romanized(["Тулекова", "Гүлжан"], "gulzhan-tulekova-2")
    ['Tulekova', 'Gulzhan']
    >>> align_romanized(["Ахметов", "Болат", "Серикович"], "/author/ahmetov-bolat")
    ['Ahmetov', 'Bolat']
    >>> align_romanized(["Жаксылыков", "А.М."], "/ru/author/zhaksylykov-a-m")
    ['Zhaksylykov', 'A.M.']
    >>> align_romanized(["Ибраев", "Куаныш"], "/author/ibraev-k")
    ['Ibraev', 'K.']
    """
    # initials ("А.М." against the slug's "a-m") and hyphenated names ("Әли-Хан", "ali-khan")
    # are aligned piece by piece
    split = [
        re.findall(r"[^\W\d_]+", t) if _INITIAL_RE.match(t)
        else t.split("-") if "-" in t.strip("-") else [t]
        for t in tokens
    ]  # fmt: skip
    if all(len(x) == 1 and x[0] == t for x, t in zip(split, tokens, strict=True)):
        got = _align_tokens(tokens, slug)
        return None if got is None else [f"{x}." if len(x) == 1 else x for x in got]
    found = _align_slots([x for parts in split for x in parts], slug)
    if found is None:
        return None
    out: list[str] = []
    k = 0
    for t, parts in zip(tokens, split, strict=True):
        roms = found[k : k + len(parts)]
        k += len(parts)
        if None in roms:
            if all(r is None for r in found[k - len(parts) :]):
                break  # the slug leaves the last words (a patronymic) out
            return None
        if _INITIAL_RE.match(t):
            out.append("".join(f"{r}." for r in roms))
        else:
            out.append("-".join(str(r) for r in roms))
    return out


CONVENTIONAL_SPELLINGS: dict[str, frozenset[str]] = {
    # Korean surnames of Kazakhstan, whose Latin spelling follows Korean usage, not the letters
    "li": frozenset({"lee", "lie", "yi", "rhee"}), "pak": frozenset({"park", "bak"}),
    "tsoi": frozenset({"choi", "choy", "tsoy", "coi"}), "tsai": frozenset({"choi", "tsay"}),
    "khan": frozenset({"han"}), "shin": frozenset({"sin"}), "ten": frozenset({"teng", "tyen"}),
    "tian": frozenset({"tyan", "tian"}), "kan": frozenset({"kang"}),
}  # fmt: skip
"""A Cyrillic name's ASCII fold -> the other Latin spellings a profile slug may give it."""


def _pair_score(token: str, part: str) -> float:
    """How well a slug part spells a name token; a one-letter part is its initial."""
    if len(part) == 1:
        return 0.6 if _fold(token)[:1] == part.lower() else 0.0
    if part.lower() in CONVENTIONAL_SPELLINGS.get(_fold(token), ()):
        return 1.0
    return similarity(token, part)


def _align_tokens(tokens: list[str], slug: str) -> list[str] | None:
    found = _align_slots(tokens, slug)
    return None if found is None else [o for o in found if o is not None]


_LATIN_PART_RE = re.compile(r"[A-Za-z\u00c0-\u024f0-9']+")


def _align_slots(tokens: list[str], slug: str) -> list[str | None] | None:
    """The slug part of each name token (None for a patronymic the slug leaves out)."""
    parts = [p for p in re.split(r"[-_.+\s]+", slug.strip("/").rsplit("/", 1)[-1]) if p]
    # a slug in the name's own script ("/author/тулеуов-ерлан") or a node number romanises
    # nothing: only Latin parts can give a romanised form
    parts = [p for p in parts if not p.isdigit() and _LATIN_PART_RE.fullmatch(p)]
    if not parts or not tokens:
        return None
    out: list[str | None] = [None] * len(tokens)
    free = list(range(len(parts)))
    pairs = sorted(
        ((_pair_score(t, p), i, j) for i, t in enumerate(tokens) for j, p in enumerate(parts)),
        reverse=True,
    )
    for score, i, j in pairs:
        if out[i] is None and j in free and score >= 0.5:
            out[i] = parts[j]
            free.remove(j)
    missing = [i for i, o in enumerate(out) if o is None]
    if missing and not free and all(_is_patronymic(tokens[i]) for i in missing):
        pass  # slugs often leave the patronymic out: "ahmetov-bolat" for Ахметов Болат Серикович
    elif missing:
        # same count: the slug keeps the name's order, if the spelling is at all alike
        if len(parts) != len(tokens) or min(map(_pair_score, tokens, parts)) < 0.25:
            return None
        out = list(parts)
    return [None if o is None else "-".join(x.capitalize() for x in o.split("-")) for o in out]


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def is_name_like(text: str) -> bool:
    """True when ``text`` reads like one or more personal names (``Family Given``, initials).

    >>> is_name_like("Сейітов А.Б., Omarova Aigerim")
    True
    >>> is_name_like("Тұран университеті, Алматы")
    False
    """
    text = normalize_space(text)
    if not text or len(text) > 120 or any(ch.isdigit() for ch in text):
        return False
    for name in re.split(r"\s*[,;]\s*|\s+(?:және|и|and)\s+", text.strip(" ,;")):
        toks = name.split()
        if not 1 < len(toks) <= 4:
            return False
        for t in toks:
            if not (_INITIAL_RE.match(t) or (_NAME_TOKEN_RE.match(t) and t[0].isupper())):
                return False
        if classify_part(name)[0] != "other" or _LABEL_RE.match(name):
            return False
    return True


# -- affiliation lines -------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def strip_role_label(line: str) -> tuple[str, bool]:
    """Remove leading supervisor labels; say whether there was one.

    >>> strip_role_label("ғылыми жетекшісі, ф.ғ.к., доцент")
    ('ф.ғ.к., доцент', True)
    """
    found = False
    while True:
        m = _LABEL_RE.match(line)
        if not m:
            return line.strip(), found
        found = True
        line = line[m.end() :]


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def _find_degrees(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the degrees in ``text``, but none inside a position ("докторант PhD", "PhD
    doctoral student": the PhD is the position's, not a degree held)."""
    folded = _match_form(text)
    spans = [m.span() for m in _DEGREE_RE.finditer(folded)]
    if not spans:
        return ()
    taken = [m.span() for m in _POSITION_RE.finditer(folded)]
    kept = [(a, b) for a, b in spans if not any(s <= a and b <= e for s, e in taken)]
    # the field in brackets right after a degree is the degree's: "Cand. Sc. (Geography)",
    # "PhD (Economics)"
    return tuple((a, m.end() if (m := _DEGREE_FIELD_RE.match(text, b)) else b) for a, b in kept)


_DEGREE_FIELD_RE = re.compile(r"\s*\([^\W\d_][^()\d]{1,40}\)")


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def _find_position(text: str) -> tuple[str, str, int, int] | None:
    m = _POSITION_RE.search(_match_form(text))
    if m is None or m.lastgroup is None:
        return None
    canon, lang, _ = POSITIONS[int(m.lastgroup[1:])]
    return canon, lang, m.start(), m.end()


_HEAD_RE = re.compile(
    r"[.,;:()«»\"]*(?:" + "|".join(sorted(map(re.escape, ORG_HEADS), key=len, reverse=True)) + ")",
    re.I,
)
# the heads as _match_form writes them: "орталыгы", "мамандыгынын", "болімі" typed with Russian
# look-alike letters
_FOLDED_HEADS = {k.translate(_KK_FOLD): v for k, v in ORG_HEADS.items()}
_HEAD_FOLD_RE = re.compile(
    r"[.,;:()«»\"]*(?:"
    + "|".join(sorted(map(re.escape, _FOLDED_HEADS), key=len, reverse=True))
    + ")",
    re.I,
)


# a Latin head is a whole word, perhaps plural or possessive ("Centered" is no "center", "Schools"
# is "school"); a Cyrillic one is a stem that takes endings
_WORD_END_RE = re.compile(r"(?:e?s|['’]s)?(?:[.,;:()«»\"]*$)", re.I)


_IES_PLURAL_RE = re.compile(r"^([A-Za-z]+)ies([.,;:()«»\"]*)$")

@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def _org_head(token: str) -> str | None:
    """The kind of organisation part ``token`` heads, as the tables say (``programme`` too)."""
    if token in EXACT_HEADS:
        return EXACT_HEADS[token]
    m = _HEAD_RE.match(token)
    if m and (not token.isascii() or _WORD_END_RE.match(token, m.end())):
        return ORG_HEADS[m.group(0).lstrip('.,;:()«»"').lower()]
    if token.isascii():
        # "Universities", "Laboratories", "Faculties": the plural of a head ending in -y
        plural = _IES_PLURAL_RE.match(token)
        return _org_head(plural.group(1) + "y" + plural.group(2)) if plural else None
    m = _HEAD_FOLD_RE.match(_match_form(token))
    return _FOLDED_HEADS[m.group(0).lstrip('.,;:()«»"').lower()] if m else None


@functools.lru_cache(maxsize=8192)  # called for every token of every part
def _head_kind(token: str) -> str | None:
    """The affiliation part ``token`` heads: a study programme is split off as a department."""
    kind = _org_head(token)
    return "department" if kind == "programme" else kind


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def is_programme(text: str) -> bool:
    """A study programme or speciality, not a unit of the organisation: headed by a programme
    word or its classifier code, and by no department or institution word.

    >>> is_programme("6B02301 – Филология бағдарламасы"), is_programme("ОП «Юриспруденция»")
    (True, True)
    >>> is_programme("кафедра истории"), is_programme("Образовательный центр «Болашак»")
    (False, False)
    """
    kinds = {_org_head(t) for t in text.split()}
    if kinds & {"department", "institution"}:
        return False
    return "programme" in kinds or _PROGRAMME_CODE_RE.search(text) is not None


# country and city names typed with Russian look-alike letters ("Казакстан", "Караганды"),
# as _match_form writes them; short ones are left out ("КР" is also Kyrgyzstan's abbreviation)
_FOLDED_PLACES: dict[str, tuple[str, str]] = {
    **{k.translate(_KK_FOLD): ("city", c) for k, c in CITY_COUNTRIES.items() if len(k) > 4},
    **{k.translate(_KK_FOLD): ("country", c) for k, c in COUNTRIES.items() if len(k) > 4},
}


def _place_by_fold(low: str) -> tuple[str, str] | None:
    """``("country", code)`` or ``("city", country code)`` for a lower-case place name typed
    with look-alike letters; None when it names no known place."""
    return _FOLDED_PLACES.get(_match_form(low))


_LEGAL_ABBR = r"(?-i:НАО|НАҚ|КеАҚ|АО|АҚ|ТОО|ЖШС|ЧУ|НУО|РГП|ГКП|КГКП|РГКП|РМК|МКК|NJSC|NCJSC|JSC|LLP)"
_LEGAL_WORDS = (
    r"(?:некоммерческое\s+)?акционерное\s+общество|товарищество\s+с\s+ограниченной\s+"
    r"ответственностью|(?:коммерциялық\s+емес\s+)?акционерлік\s+қоғам(?:ы)?"
    r"|(?:non-?(?:profit|commercial)\s+)?joint[\s-]+stock\s+company"
)
_LEGAL_FORM = rf"(?:{_LEGAL_ABBR}|{_LEGAL_WORDS})(?:\s+на\s+ПХВ|\s+ШЖҚ)?"
_LEGAL_NAME_RE = re.compile(
    rf"^(?:(?:ШЖҚ\s+)?{_LEGAL_FORM}\s*(?P<a>[«“„\"][^«»“”„\"]+[»”“\"])"
    rf"|(?P<b>[«“„\"][^«»“”„\"]+[»”“\"])\s*(?:ШЖҚ\s+)?{_LEGAL_FORM})$",
    re.I,
)
"""An organisation's name with its legal form ("НАО «Торайгыров университет»", "«Торайғыров
университеті» КеАҚ", "JSC «Kazakhtelecom»"): the form says how it is registered, not who it is."""


# "«Нархоз университеті» АҚ экономика кафедрасының": the form between the name and the chain
_LEGAL_AFTER_QUOTE_RE = re.compile(rf"»\s*(?:ШЖҚ\s+)?{_LEGAL_FORM}(?:-?[нтд][ыі]ң)?(?=\s|$)", re.I)
_QUOTED_NAME_RE = re.compile(r"^[«“„\"]([^«»“”„\"]+)[»”“\"]$")


def _drop_legal_form(name: str) -> str:
    """The name without a legal form and the quotes it needs ("Торайгыров университет")."""
    m = _LEGAL_NAME_RE.match(name)
    if m:
        return _trim((m.group("a") or m.group("b"))[1:-1])
    q = _QUOTED_NAME_RE.match(name)
    return _trim(q.group(1)) if q else name


_STREET_RE = re.compile(
    r"(?<!\w)(?:ул\.|улица|пр\.|пр-т|пр-кт|проспект|мкр\.?|микрорайон|бульвар|пер\.|переулок"
    r"|шоссе|көшесі|көш\.|даңғылы|даңғ\.|шағын\s+аудан[ы]?|street|str\.|avenue|ave\.?|blvd\.?"
    r"|road|rd\.)(?!\w)",
    re.I,
)
"""The words of a street address ("пр. аль-Фараби, 71", "Сәтбаев көшесі 22", "71 al-Farabi
Ave.")."""
_POSTCODE_RE = re.compile(r"^(?:\d{6}\s+(?P<a>\D.*)|(?P<b>\D.*?)\s+\d{6})$")
"""A city with its postcode ("050040 Almaty", "г. Алматы 050040")."""


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def classify_part(part: str) -> tuple[str, Any]:
    """Classify one comma-separated part of an affiliation line.

    Returns ``(kind, value)``: ``country`` (ISO code), ``city``, ``position`` ((canonical,
    lang) pair), ``degree``, ``department``, ``institution`` or ``other``.

    >>> classify_part("ҚР")
    ('country', 'KZ')
    >>> classify_part("г. Алматы")
    ('city', 'Алматы')
    >>> classify_part("старший преподаватель")
    ('position', ('старший преподаватель', 'ru'))
    """
    p = _trim(part)
    low = p.lower()
    if not p:
        return "other", p
    if low in COUNTRIES:
        return "country", COUNTRIES[low]
    if low in CITIES:
        return "city", p
    if not low.isascii():
        place = _place_by_fold(low)
        if place is not None:
            return place[0], place[1] if place[0] == "country" else p
    code = _POSTCODE_RE.match(p)
    if code:
        place = classify_part(code.group("a") or code.group("b"))
        if place[0] == "city":
            return place
    m = _CITY_MARK_RE.match(p)
    if m:
        # "г. Нур-Султан (Астана)": the city's other name in brackets is no part of it
        return "city", re.sub(r"\s*\([^()]*\)$", "", (m.group("a") or m.group("b")).strip())
    street = _STREET_RE.search(p)
    if street and (street.start() == 0 or any(c.isdigit() for c in p)):
        return "address", p
    if p[:1].isascii() and p[:1].isupper() and any(c.isdigit() for c in p) and _POSTAL_RE.match(p):
        return "address", p  # "MA 02138", "SW7 2AZ": no Master of Arts
    d = _DEGREE_RE.fullmatch(_match_form(p))
    if d:
        return "degree", p
    pos = _find_position(p)
    if pos and pos[2] == 0 and pos[3] == len(p):
        return "position", (pos[0], pos[1])
    kinds = [k for k in map(_head_kind, p.split()) if k]
    if "institution" in kinds or _LEGAL_NAME_RE.match(p):
        return ("department" if kinds[:1] == ["department"] else "institution"), p
    if kinds or _PROGRAMME_CODE_RE.search(p):  # "6B02301 – Филология": a programme's code
        return "department", p
    if _INSTITUTION_HINT_RE.search(p) and len(p) >= 3:
        return "institution", p
    return "other", p


@functools.lru_cache(maxsize=8192)  # pure, on short strings that recur across pages
def affiliation_like(text: str) -> bool:
    """True when every comma part of ``text`` is an affiliation part and one is an organisation,
    a position or a place.

    >>> affiliation_like("student, Department of History, Example University")
    True
    >>> affiliation_like("the balance of power")
    False
    """
    parts = [p for p in (_trim(x) for x in text.split(",")) if p]
    if not parts:
        return False
    kinds = [classify_part(p)[0] for p in parts]
    return "other" not in kinds


def _merge_conjunction_parts(parts: list[str]) -> list[str]:
    """Join a part that ends in a conjunction with the next one (a stray comma: ``және,``)."""
    out: list[str] = []
    for p in parts:
        if out and out[-1].split() and out[-1].split()[-1].lower() in _CONJ:
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def _university_abbreviation(token: str) -> str | None:
    """The abbreviation ``token`` names an institution by, without a Kazakh genitive ending:
    one of a university (ending in its U: ``ЕНУ``, ``ҚазҰУ``) or any with the ending
    (``ЕНУ-дің``, ``КИМЭП-тің``); None for other words (``ЮНЕСКО`` before ``кафедрасы`` names a
    chair, not the institution).

    >>> _university_abbreviation("ҚазҰУ-дың"), _university_abbreviation("ЮНЕСКО")
    ('ҚазҰУ', None)
    """
    m = _ABBREVIATION_TOKEN_RE.fullmatch(token)
    if m is None or not (m.group("gen") or m.group("abbr")[-1] in "UУ"):
        return None
    return m.group("abbr")


def _split_genitive_chain(part: str) -> list[tuple[str, str]] | None:
    """Kazakh ``X Университетінің Y кафедрасының студенті`` -> [(institution, 'X Университеті'),
    (department, 'Y кафедрасы'), (rest, 'студенті')]; None when there is no chain."""
    tokens = part.split()
    out: list[tuple[str, str]] = []
    start = 0
    for i, tok in enumerate(tokens):
        kind = _head_kind(tok)
        bare = tok.rstrip(".,;:")
        if kind is not None:
            nom = _GENITIVE_RE.sub("", bare)
            if nom == bare and not bare.isascii():
                g = _GENITIVE_FOLD_RE.search(_match_form(bare))
                nom = bare[: g.start()] if g else bare
        elif (
            bare[:1].isupper()
            and ("-" in bare or bare[-1:] in "UУ")  # cheap test before the regex
            and (abbr := _university_abbreviation(bare)) is not None
        ):
            kind, nom = "institution", abbr  # "ҚазҰУ-дың филология факультетінің студенті"
        else:
            continue
        if nom == bare:
            # "… ұлттық университеті филология факультетінің": an institution named before a
            # department of it, with no genitive ending, still ends there
            if kind == "institution" and any(
                _head_kind(t) == "department" for t in tokens[i + 1 :]
            ):
                out.append((kind, " ".join(tokens[start : i + 1])))
                start = i + 1
            continue
        out.append((kind, " ".join([*tokens[start:i], nom])))
        start = i + 1
    if not out:
        return None
    # "X университетінің Y институтының": the genitive makes Y a unit of X (its department),
    # not a second institution
    first = next((i for i, (k, _) in enumerate(out) if k == "institution"), len(out))
    out = [("department" if k == "institution" and i > first else k, v)
           for i, (k, v) in enumerate(out)]  # fmt: skip
    if start < len(tokens):
        out.append(("rest", " ".join(tokens[start:])))
    return out


_KK_LETTERS_RE = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _nominative(institution: str) -> str:
    """A Russian institution named in the genitive ("студент Карагандинского университета")
    as its name ("Карагандинский университет"); Kazakh chains are handled above."""
    if _KK_LETTERS_RE.search(institution) or not re.search(r"[а-яё]", institution):
        return institution
    if _kazakh_by_fold(institution):  # "Караганды университетi": Kazakh in look-alike letters
        return institution
    return ru_nominative(institution)


# Kazakh forms of organisation words as _match_form writes them (no Russian word ends so):
# "университетi", "университетінің", "кафедрасынын", "атындагы", "мамандыгы"
_KK_FOLDED_RE = re.compile(
    r"(?<!\w)(?:(?:университет|институт|факультет|колледж)и(?:нин)?|кафедрасы(?:нын)?"
    r"|атындагы|мамандыгы(?:нын)?|орталыгы(?:нын)?|багдарламасы(?:нын)?|мектеби(?:нин)?)(?!\w)",
    re.I,
)


def _kazakh_by_fold(text: str) -> bool:
    """Whether ``text`` has a Kazakh organisation word, however its letters were typed
    ("Казак ұлттык университетi" has no letter language detection counts as Kazakh in it)."""
    return not text.isascii() and _KK_FOLDED_RE.search(_match_form(text)) is not None


def _split_ru_department(text: str) -> list[tuple[str, str]]:
    """``кафедры истории Евразийского университета`` or ``исторического факультета
    Костанайского университета`` -> department + institution, both in the nominative (split at
    the first capitalised word after the department head).

    >>> _split_ru_department("исторического факультета Костанайского университета")
    [('department', 'исторический факультет'), ('institution', 'Костанайский университет')]
    >>> _split_ru_department("кафедры истории КазНУ им. аль-Фараби")[1]
    ('institution', 'КазНУ им. аль-Фараби')
    """
    toks = text.split()
    head = next((i for i, t in enumerate(toks[:4]) if _head_kind(t) == "department"), 0)
    for i in range(head + 1, len(toks)):
        # "кафедры ЮНЕСКО ..." names the department; an adjective before the head closes it
        if toks[i][:1].isupper() and (i > head + 1 or head > 0):
            rest = " ".join(toks[i:])
            named = any(_head_kind(t) == "institution" for t in toks[i:])
            if named or _INSTITUTION_HINT_RE.search(rest):
                return [("department", _nominative(" ".join(toks[:i]))),
                        ("institution", _nominative(rest))]  # fmt: skip
            break
    return [("department", _nominative(text))]


_OF_PROGRAMME_RE = re.compile(r"\s*(?:in|of)\s+(?:the\s+)?(\S.*)$", re.I)
# "Master of Economics student", "2nd year Bachelor of Law student": a study position and the
# programme studied (not a degree held)
_PROGRAMME_STUDENT_RE = re.compile(
    r"(?:\d+\s*(?:st|nd|rd|th)?[-\s]+(?:year|course)\s+)?"
    r"(?P<programme>(?P<level>master|bachelor|doctor)(?:'s|’s)?\s+(?:degree\s+)?(?:of|in)\s+"
    r"[A-Za-z][\w&'’-]*(?:\s+[A-Za-z&][\w&'’-]*){0,6}?)"
    r"\s+(?:degree\s+)?(?:programme\s+|program\s+)?students?"
    r"(?:\s+of\s+the\s+\d+\s*(?:st|nd|rd|th)\s+(?:year|course))?",
    re.I,
)
_PROGRAMME_LEVELS = {"master": "master's student", "bachelor": "student",
                     "doctor": "doctoral student"}  # fmt: skip


# a student group by its code: "группы ЭКО-21-2", "гр. ИС-22к", "ВТ-21-1 тобының", "group CS-2103"
_STUDENT_GROUP_RE = re.compile(
    r"(?:(?:групп[аыеу]|гр\.|group|тобы(?:ның)?)\s*[\w-]*\d[\w-]*"
    r"|[\w-]*\d[\w-]*\s+(?:тобы(?:ның)?|group))",
    re.I,
)


_PLACE_PREPOSITIONS = frozenset(["по", "в", "во", "при", "для", "города", "of", "in", "at"])
_TRAILING_CITY_RE = re.compile(r"(?<=\w)\s+(г\.\s?[^\W\d_][\w-]+|[^\W\d_][\w-]+\s+қ\.)$")


def _classify_text(text: str, lang: str | None, into: dict[str, Any]) -> None:
    """Classify one part (and what a chain or a leading position splits it into)."""
    text = _trim(text)
    if not text:
        return
    if _STUDENT_GROUP_RE.fullmatch(text):  # a class of students, no unit of the organisation
        into["other"].append(text)
        return
    if classify_part(text)[0] == "address" and _POSTAL_RE.match(text):
        into["address"].append(text)  # "MA 02138": a state and postcode, no Master of Arts
        return
    if text[:1] in "0123456789MBDmbd" and (ps := _PROGRAMME_STUDENT_RE.fullmatch(text)):
        into["positions"].append((_PROGRAMME_LEVELS[ps.group("level").lower()], "en"))
        into["department"].append(ps.group("programme"))
        into["programme"].append(ps.group("programme"))
        return
    chain = _split_genitive_chain(text)
    if chain:
        for kind, value in chain:
            if kind == "rest":
                _classify_text(value, lang, into)
            else:
                into[kind].append(value)
        return
    city = _TRAILING_CITY_RE.search(text)
    before = text[: city.start()].split()[-1].lower() if city else ""
    if city and before not in _PLACE_PREPOSITIONS and classify_part(city.group(1))[0] == "city":
        # "НИШ ФМН г. Шымкент": the city after the organisation, with no comma before it (not
        # "Филиал РГП «Казгидромет» по г. Астане": the city there is part of the name)
        _classify_text(text[: city.start()], lang, into)
        _classify_text(city.group(1), lang, into)
        return
    degrees = _find_degrees(text)
    if degrees:
        into["degrees"].extend(text[a:b].strip() for a, b in degrees)
        for a, b in reversed(degrees):
            text = f"{text[:a]} {text[b:]}"
        text = normalize_space(_trim(text))
        if not text:
            return
    kind, value = classify_part(text)
    if kind == "country":
        into["country"] = into["country"] or value
    elif kind == "city":
        into["city"].append(value)
    elif kind == "position":
        into["positions"].append(value)
    elif kind in ("department", "institution"):
        pos = _find_position(text)
        if pos and pos[2] == 0:
            into["positions"].append((pos[0], pos[1]))
            _after_position(text[pos[3] :], pos[1], lang, into)
        elif pos and pos[3] == len(text) and _trim(text[: pos[2]]):
            # "Satbayev University ассистент-профессоры", "6B04102 – «Финансы» ББ 3 курс
            # студенті": the organisation or programme, then the position
            _classify_text(_trim(text[: pos[2]]), lang, into)
            into["positions"].append((pos[0], pos[1]))
        elif kind == "department" and any(_head_kind(t) == "department" for t in text.split()[:4]):
            for k, v in _split_ru_department(text):
                into[k].append(v)
        else:
            into[kind].append(_nominative(value) if kind == "institution" else value)
    elif kind == "degree":
        into["degrees"].append(value)
    elif kind == "address":
        into["address"].append(value)
    else:
        pos = _find_position(text)
        if pos:
            if pos[2]:  # "Экономика 2 курс студенті": the words before are kept too
                _classify_text(text[: pos[2]], lang, into)
            into["positions"].append((pos[0], pos[1]))
            _after_position(text[pos[3] :], pos[1], lang, into)
        elif into["address"] and re.fullmatch(r"\d+[\w/-]{0,4}", text):
            into["address"][-1] += f", {text}"  # "пр. аль-Фараби, 71": the house number
        else:
            into["other"].append(text)


def _after_position(rest: str, pos_lang: str, lang: str | None, into: dict[str, Any]) -> None:
    """Classify the words after a position; an English "in …" / "of the … programme" there
    names what the person studies ("master's student in Economics")."""
    of = _OF_PROGRAMME_RE.match(rest) if pos_lang == "en" else None
    named = _trim(of.group(1)) if of is not None else ""
    if named and " " not in named and _head_kind(named):
        return  # "head of department": the word of the post, naming no unit
    if named and any(_head_kind(t) == k for t in named.split() for k in ("department", "institution")):
        if not is_programme(named):  # "student of the Department of Finance": the unit
            _classify_text(named, lang, into)
            return
    if named and (named[:1].isupper() or is_programme(named)):
        into["department"].append(named)
        into["programme"].append(named)
    elif rest.strip():
        _classify_text(rest, lang, into)


def _programmes(aff: dict[str, Any], marked: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Take the study programmes out of an affiliation's departments when it names a department
    too, and return them; with no other department a programme stays the department.

    A programme ("6B02301 – Филология", "ОП «Юриспруденция»") is what a person studies, not a
    unit of the organisation: a cataloguer records the faculty or chair as the department and
    the programme as a note. But with nothing better it is the closest thing to the unit that the
    person belongs to, and the department is where a reader looks for it.
    """
    programmes = [d for d in aff["department"] if d in marked or is_programme(d)]
    if not programmes or len(programmes) == len(aff["department"]):
        return []
    aff["department"] = [d for d in aff["department"] if d not in programmes]
    return programmes


def parse_affiliation_lines(lines: list[str], lang: str | None = None) -> dict[str, Any]:
    """Parse one person's affiliation lines (role label already removed or not).

    Returns plain data: ``supervisor`` (bool), ``degrees`` and ``positions`` (lists of (value,
    lang)), ``affiliations`` (list of dicts: institution, department, city, country, raw, lang,
    programme), ``other`` (parts nothing claimed) and ``programmes`` (study programmes that are
    not the department: those of every affiliation's ``programme``).

    >>> r = parse_affiliation_lines(["Тұран Университетінің тарих кафедрасының студенті,",
    ...                              "ҚР, Алматы"])
    >>> r["affiliations"][0]["institution"], r["affiliations"][0]["department"]
    (['Тұран Университеті'], ['тарих кафедрасы'])
    >>> r["positions"], r["affiliations"][0]["country"], r["affiliations"][0]["city"]
    ([('студент', 'kk')], 'KZ', ['Алматы'])
    """
    parsed = _parse_lines(tuple(lines), lang)
    # the cached result is shared: hand out fresh containers (tuples inside are immutable)
    out = {k: list(v) if isinstance(v, list) else v for k, v in parsed.items()}
    out["affiliations"] = [
        {k: list(v) if isinstance(v, list) else v for k, v in a.items()}
        for a in parsed["affiliations"]
    ]
    return out


@functools.lru_cache(maxsize=4096)
def _parse_lines(lines: tuple[str, ...], lang: str | None) -> dict[str, Any]:
    supervisor = False
    cleaned: list[str] = []
    emails: list[str] = []
    orcids: list[str] = []
    phones: list[str] = []
    for line in lines:
        text = normalize_space(line)
        emails += _EMAIL_RE.findall(text)
        orcids += _ORCID_RE.findall(text)
        phones += [normalize_space(m) for m in _PHONE_RE.findall(text)]
        text = _trim(_CONTACT_RE.sub(" ", text))
        if not text:
            continue
        parts = [p for p in (_trim(x) for x in text.split(",")) if p]
        kept = []
        for p in parts:
            rest, found = strip_role_label(p)
            supervisor |= found
            if rest:
                kept.append(rest)
        if kept:
            cleaned.append(", ".join(kept) if any(_LABEL_RE.match(p) for p in parts) else text)
    lang = lang or detect_language(" ".join(cleaned)) if cleaned else lang
    if lang == "ru" and any(map(_kazakh_by_fold, cleaned)):
        lang = "kk"  # Kazakh typed with the Russian letters that look like its own
    degrees: list[tuple[str, str | None]] = []
    positions: list[tuple[str, str | None]] = []
    affs: list[dict[str, Any]] = []
    other: list[str] = []
    cur: dict[str, Any] | None = None
    marked: set[str] = set()
    # "магистрант, КазНУ; м.н.с., Институт истории": two organisations in one line
    split = [(x, raw) for line in cleaned for x, raw in _split_organisations(line)]
    for line, written in split:
        into: dict[str, Any] = {
            "institution": [], "department": [], "city": [], "country": None,
            "degrees": [], "positions": [], "other": [], "programme": [], "address": [],
        }  # fmt: skip
        unformed = _LEGAL_AFTER_QUOTE_RE.sub("»", line) if "»" in line else line
        parts = _merge_conjunction_parts([p for p in (_trim(x) for x in unformed.split(",")) if p])
        for n, p in enumerate(parts):
            if _state_code_before_country(parts, n):
                into["address"].append(p)  # "Cambridge, MA, USA": a state, no Master of Arts
                continue
            rest, _ = strip_role_label(p)
            _classify_text(rest, lang, into)
        _institutes_as_units(into)
        line_lang = lang
        if lang and lang != "en" and not _CYRL_RE.search(line):
            line_lang = "en"
        degrees += [(d, line_lang) for d in into["degrees"]]
        for canon, plang in into["positions"]:
            positions.append((canon, plang if plang == "en" or line_lang == "en" else line_lang))
        if into["country"] and into["other"] and not into["city"] and (
            into["institution"] or not into["positions"]  # "student, Narxoz, Kazakhstan"
        ):
            beside = _town_beside_country(parts, into["other"])
            if beside is not None:  # "ҚР, Арқалық", "SDU University, Kaskelen, Kazakhstan"
                town_part, place, postal = beside  # "Los Angeles, CA 90095, USA": code aside
                into["city"] = [place]
                into["other"] = [x for x in into["other"] if x != town_part and x not in postal]
                into["address"] += [x for x in postal if x not in into["address"]]
        if into["country"] and not into["city"] and len(into["institution"]) > 1:
            town = _caps_town_before_country(parts, into["institution"])
            if town is not None:  # "SDU University, KASKELEN, Kazakhstan": a town, in capitals
                into["institution"] = [x for x in into["institution"] if x != town]
                into["city"] = [town.title()]
        other += into["other"]
        marked.update(into["programme"])  # programmes the line names as studied
        units = [d for d in into["department"] if not (d in marked or is_programme(d))]
        starts_new = cur is None or (
            (into["institution"] and cur["institution"])
            or (units and cur["department"] and not into["institution"])
        )
        if starts_new:
            cur = {"institution": [], "department": [], "city": [], "country": None,
                   "raw": [], "lang": line_lang, "address": []}  # fmt: skip
            affs.append(cur)
        assert cur is not None
        if not (into["institution"] or into["department"]) and (into["city"] or into["country"]):
            for a in affs:  # a place line after several organisations: the place of them all
                if a is not cur and not a["city"] and not a["country"]:
                    a["city"] += into["city"]
                    a["country"] = into["country"]
        for key in ("institution", "department", "city", "address"):
            cur[key] += into[key]
        cur["country"] = cur["country"] or into["country"]
        cur["raw"].append(_trim(written))
    affs = [a for a in affs if a["institution"] or a["department"] or a["city"] or a["country"]]
    for a in affs:
        a["institution"] = [_drop_legal_form(x) for x in a["institution"]]
        # a line typed in capitals ("…УНИВЕРСИТЕТІ, АЛМАТЫ Қ."): a city's name is one word or a
        # hyphened pair, capitalised alike ("Нур-Султан", "Усть-Каменогорск")
        a["city"] = [c.title() if isinstance(c, str) and c.isupper() and len(c) > 3 else c
                     for c in a["city"]]  # fmt: skip
    programmes: list[str] = []
    for a in affs:
        a["programme"] = _programmes(a, marked)
        programmes += a["programme"]
    for a in affs:  # "г. Алматы" and no country: Kazakhstan
        if not a["country"]:
            a["country"] = next((_city_country(c) for c in a["city"]
                                 if isinstance(c, str) and _city_country(c)), None)  # fmt: skip
    return {
        "supervisor": supervisor,
        "degrees": degrees,
        "positions": positions,
        "affiliations": affs,
        "other": other,
        "programmes": programmes,
        "lang": lang,
        "emails": emails,
        "orcids": orcids,
        "phones": phones,
    }


_PLACE_NAME_RE = re.compile(
    rf"^[{_UP}][^\W\d_]+(?:(?:\s+(?:de|do|da|dos|das|del|de\s+la|di|la|el))?[- ][{_UP}][^\W\d_]+)?$"
)
"""One or two capitalised words ("Арқалық", "Усть-Каменогорск", "Кызыл Жар"): the name of a
place, in a line beside its country."""


_UNIVERSITY_RE = re.compile(r"университет|universi(?:ty|dad|dade|tà|té|tat|tät)", re.I)
_UNIT_INSTITUTE_RE = re.compile(r"institut[eo]?\s+(?:of|for|de|da|do|für|superior)\s", re.I)
_ACADEMY_OF_SCIENCES_RE = re.compile(
    r"academy\s+of\s+(?:\w+\s+)?sciences|академи[яи]\s+(?:\w+\s+)?наук|ғылым\s+академия", re.I
)
"""An academy of sciences ("Chinese Academy of Sciences", "Российская академия наук", "ҚР ҰҒА" is
not spelled out here): the body whose institutes are its units, as a university's are."""
_INSTITUTE_RE = re.compile(r"(?<!\w)(?:институт|institut[eo]?(?!\w))", re.I)


def _institutes_as_units(into: dict[str, Any]) -> None:
    """An institute named after a university in one line ("Абай атындағы ҚазҰПУ, педагогика
    және психология институты", "Satbayev University, Institute of Energy") is a unit of that
    university, as its departments are, not a second institution beside it."""
    insts = into["institution"]
    if len(insts) >= 2 and _UNIT_INSTITUTE_RE.match(insts[0]):
        # "Instituto de Física, Universidade Federal do Rio de Janeiro", "Institute of
        # Mathematics, University of Warsaw": an institute of a field, then its university
        university = next((x for x in insts[1:] if _UNIVERSITY_RE.search(x)), None)
        if university is not None:
            insts.insert(insts.index(university) + 1, insts.pop(0))
    if len(insts) >= 2 and _INSTITUTE_RE.match(insts[0]):
        # "Institute of Physics, Chinese Academy of Sciences", "Институт физики, Российская
        # академия наук": an institute, then the academy it belongs to
        academy = next((x for x in insts[1:] if _ACADEMY_OF_SCIENCES_RE.search(x)), None)
        if academy is not None and not _INSTITUTE_RE.search(academy):
            into["institution"] = [x for x in insts if x != insts[0]]
            into["department"][:0] = [insts[0]]
            return
    if len(insts) < 2 or not (
        _UNIVERSITY_RE.search(insts[0]) or any(map(_university_abbreviation, insts[0].split()))
    ):
        return
    units = [x for x in insts[1:] if _INSTITUTE_RE.search(x) and not _UNIVERSITY_RE.search(x)]
    into["institution"] = [x for x in insts if x not in units]
    into["department"][:0] = units  # the institute is the larger unit: before its chairs


def _split_organisations(line: str) -> list[tuple[str, str]]:
    """A line of two affiliations joined by ";", each naming its institution, as two lines:
    (the line to read, the line as written)."""
    if ";" not in line:
        return [(line, line)]
    pieces = [_trim(x) for x in line.split(";")]
    kinds = [[classify_part(p)[0] for p in x.split(",")] for x in pieces]
    if len(pieces) < 2 or not all("institution" in k for k in kinds):
        return [(line, line)]
    # "…, КазНУ; …, Институт истории, г. Алматы": the place ending the line is each one's
    last = pieces[-1].split(",")
    n = 0
    while n < len(last) - 1 and kinds[-1][len(last) - 1 - n] in ("city", "country"):
        n += 1
    place = ",".join(last[len(last) - n :]) if n else ""
    return [
        (x if not place or any(c in ("city", "country") for c in k) else f"{x},{place}", x)
        for x, k in zip(pieces, kinds, strict=True)
    ]


def _state_code_before_country(parts: list[str], n: int) -> bool:
    """Whether ``parts[n]`` is a bare state or province code of two capitals between a place
    and its country ("Cambridge, MA, USA", "São Paulo, SP, Brazil"), not a degree."""
    p = parts[n]
    return (
        len(p) == 2
        and p.isupper()
        and p.isascii()
        and 0 < n < len(parts) - 1
        and classify_part(parts[n + 1])[0] == "country"
        and classify_part(parts[n - 1])[0] not in ("degree", "position")
    )


def _town_beside_country(
    parts: list[str], other: list[str]
) -> tuple[str, str, list[str]] | None:
    """The part next to the country part (before it, or after it last) that no table knows and
    is written as a place's name: a town the tables do not list. Returns (the part as written,
    the town, the postal parts passed over): a state code or postcode between the town and the
    country ("Los Angeles, CA 90095, USA") is passed over, and a postcode beside the town's
    name is no part of it ("Bangkok 10330").

    >>> _town_beside_country(["UCLA", "Los Angeles", "CA 90095", "USA"], ["Los Angeles", "CA 90095"])
    ('Los Angeles', 'Los Angeles', ['CA 90095'])
    """
    for k, p in enumerate(parts):
        if classify_part(p)[0] != "country":
            continue
        postal: list[str] = []
        j = k - 1
        while j > 0 and _POSTAL_RE.match(t := _trim(parts[j])) and (
            t in other or classify_part(t)[0] == "address" or _state_code_before_country(parts, j)
        ):
            postal.insert(0, t)
            j -= 1
        for i in (j, k + 1) if k + 1 == len(parts) - 1 else (j,):
            near = _trim(parts[i]) if 0 <= i < len(parts) else ""
            if near not in other:
                continue
            m = _POSTCODE_BESIDE_RE.match(near)
            town = _trim(m.group("a") or m.group("b")) if m else near
            if _PLACE_NAME_RE.match(town) and not (town.isupper() and len(town) <= 3):
                return near, town, postal
    return None


_POSTAL_RE = re.compile(
    r"^(?:[A-Z]{2,3}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|(?:[A-Z]{1,3}[\s-]*)?\d{4,6}(?:-\d{3,4})?"
    r"|[A-Z]{2,3}\s+[A-Z]\d[A-Z]\s*\d[A-Z]\d)$"
)
"""A state or province code, a postcode, or both, as a part of its own ("CA 90095", "SP",
"05508-090", "SW7 2AZ", "ON K1N 6N5")."""
_POSTCODE_BESIDE_RE = re.compile(
    r"^(?:(?:[A-Z]{1,2}-)?\d{3,6}(?:[-\s]\d{2,4})?\s+(?P<a>\D.*)"
    r"|(?P<b>\D.*?)\s+(?:(?:[A-Z]{1,3}[\s-]*)?\d{3,6}(?:-\d{3,4})?"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}))$"
)
"""A town's name with its postcode, before or after ("Bangkok 10330", "10330 Bangkok",
"D-80333 München", "Sendai 980-8577")."""


def _caps_town_before_country(parts: list[str], institutions: list[str]) -> str | None:
    """The part just before the country part, a single word in capitals read as an
    abbreviation, when another part names the institution by its head word ("SDU University,
    KASKELEN, Kazakhstan"): a town no table knows, typed in capitals, not a second institution."""
    for k, p in enumerate(parts):
        if k == 0 or classify_part(p)[0] != "country":
            continue
        near = _trim(parts[k - 1])
        if (
            near in institutions
            and near.isupper()
            and len(near) >= 5
            and _PLACE_NAME_RE.match(near.title())
            and _head_kind(near) is None
            and _university_abbreviation(near) is None  # "КАЗГЮУ", "ЮКГУ"
            and any(x != near and any(map(_head_kind, x.split())) for x in institutions)
        ):
            return near
    return None


def _city_country(city: str) -> str | None:
    """The country of a known city, also when typed with look-alike letters ("Караганды")."""
    low = city.lower()
    if low in CITY_COUNTRIES:
        return CITY_COUNTRIES[low]
    place = None if low.isascii() else _place_by_fold(low)
    return place[1] if place is not None and place[0] == "city" else None


def romanized_key(text: str) -> str:
    """A comparison key for a name in any script."""
    return ascii_fold(romanize(text))
