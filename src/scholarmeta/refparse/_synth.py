"""Synthetic labelled GOST (Russian and Kazakh) reference strings for training only.

Labelled Cyrillic data is scarce, so templates of GOST R 7.0.5-2008 / GOST 7.1-2003 render
random field values and record each field's span; a quarter are Cyrillic author-date
strings (APA/Harvard-like). Never used for evaluation.
"""

from __future__ import annotations

import random

__all__ = ["Pools", "synthesize"]

_RU_FAM = (
    "Иванов Петров Сидоров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов"
    " Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров"
    " Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кудрявцев"
    " Белов Тарасов Беляев Комаров Киселёв Ильин Гусев Титов Кузьмин Медведев Антонов Данилов"
    " Жуков Фролов Журавлёв Щербаков Баранов Поляков Шевченко Ковальчук Дмитриев Гончаров"
).split()
_KK_FAM = (
    "Нұрбаев Тоқаев Абдрахманов Сүлейменов Жұмабаев Қасымов Оспанов Ахметов Байтұрсынов Мұқанов"
    " Сейітқали Құнанбаев Бекмұханбетов Қалиев Смағұлов Жақыпов Әбдіров Омаров Серікбаев Төлеуов"
    " Ержанов Қуанышев Байжанов Мусин Ибраев Исаев Садықов Шәкенов Бейсенов Дүйсенбаев Есенов"
    " Кенжебаев Әлімжанов Тұрсынов Жұмабеков Рахметов Нұрланов Мамытов Айтбаев Қожахметов"
).split()
_EN_FAM = (
    "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson White"
    " Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott"
    " Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell"
).split()
_UP_RU = "АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ"
_UP_KK = "АБДЕЖЗИКЛМНОПРСТУҚҒӘҰШ"
_UP_EN = "ABCDEFGHIJKLMNOPRSTW"

_RU_TITLE_A = (
    "Современные|Теоретические|Методологические|Исторические|Правовые|Экономические|Социальные"
    "|Философские|Актуальные|Региональные|Лингвистические|Педагогические|Математические"
).split("|")
_RU_TITLE_B = "проблемы|основы|аспекты|вопросы|модели|методы|тенденции|принципы".split("|")
_RU_TITLE_C = (
    "развития образования|внешней политики Казахстана|теории управления|физики твёрдого тела"
    "|региональной экономики|языкознания|цифровой трансформации|государственного управления"
    "|интеграции в Центральной Азии|анализа данных|устойчивого развития|истории Казахстана"
    "|информационной безопасности|гражданского права|сельского хозяйства|подготовки учителей"
).split("|")
_RU_SUB = ["учебное пособие", "монография", "учебник", "сборник статей", "хрестоматия"]
_KK_TITLE_A = (
    "Қазақстан Республикасының|Қазақ тілінің|Орталық Азияның|Ұлттық|Заманауи|Қазіргі"
    "|Білім беру жүйесінің|Ауыл шаруашылығының|Цифрлық|Экономиканың|Тарихи|Әлеуметтік"
    "|Мемлекеттік басқарудың|Қазақ әдебиетінің|Жоғары мектептің"
).split("|")
_KK_TITLE_B = (
    "сыртқы саясатының|дамуының|экономикалық|құқықтық|тарихи|педагогикалық|инновациялық"
    "|лингвистикалық|әдістемелік|экологиялық|ғылыми"
).split("|")
_KK_TITLE_C = (
    "негіздері|мәселелері|ерекшеліктері|даму тенденциялары|теориясы мен практикасы|тарихы"
    "|талдауы|стратегиясы|қағидаттары|болашағы|жолдары"
).split("|")
_KK_SUB = ["оқу құралы", "монография", "оқулық", "ғылыми мақалалар жинағы"]
_EN_TITLE = (
    "Foreign policy of Kazakhstan in a changing world|Machine learning for text classification"
    "|Regional integration in Central Asia|Water resources management in arid zones"
    "|Language policy and multilingual education|Economic growth and institutions"
    "|Deep neural networks for image recognition|Soil degradation in the steppe"
    "|Public administration reform: lessons and prospects|A survey of graph algorithms"
).split("|")
_RU_JOURNALS = (
    "Вестник КазНУ. Серия филологическая|Вестник Московского университета. Серия 1, Математика."
    " Механика|Известия НАН РК. Серия общественных наук|Вопросы экономики|Успехи физических наук"
    "|Журнал экспериментальной и теоретической физики|Педагогика|Вопросы философии"
    "|Известия вузов. Физика|Политика и общество|Вопросы истории|Социологические исследования"
    "|Вестник ЕНУ им. Л.Н. Гумилева|Право и государство|Проблемы востоковедения"
).split("|")
_KK_JOURNALS = (
    "ҚазҰУ Хабаршысы. Филология сериясы|Абай атындағы ҚазҰПУ Хабаршысы|Қазақ тарихы"
    "|Хабаршы. Тарих сериясы|Л.Н. Гумилев атындағы ЕҰУ Хабаршысы|Ұлт тағылымы|Білім"
    "|Қазақстанның ғылымы мен өмірі|Әл-Фараби атындағы ҚазҰУ Хабаршысы. Экономика сериясы"
).split("|")
_EN_JOURNALS = (
    "Central Asian Survey|Journal of Eurasian Studies|Physical Review B|Europe-Asia Studies"
    "|Computers & Education|Journal of Applied Physics|Energy Policy|Scientific Reports"
).split("|")
_RU_PUB = (
    "Наука|Мысль|Высшая школа|Просвещение|Юрайт|Инфра-М|Питер|Логос|Эверо|Фолиант|Издательство МГУ"
    "|Изд-во СПбГУ|Дайк-Пресс|Статут|Академия|Экономика|Прогресс|Алетейя"
).split("|")
_KK_PUB = (
    "Қазақ университеті|Мектеп|Атамұра|Білім|Ғылым|Жазушы|Санат|Арыс|Nur-Print|Фолиант|Эверо".split(
        "|"
    )
)
_EN_PUB = "Routledge|Springer|Oxford University Press|Cambridge University Press|Elsevier|Wiley|Palgrave Macmillan".split(
    "|"
)
_RU_PLACE = "М.|СПб.|Москва|Санкт-Петербург|Новосибирск|Казань|Екатеринбург|Минск|Киев|Л.|Томск|Алматы|Астана".split(
    "|"
)
_KK_PLACE = "Алматы|Астана|Нұр-Сұлтан|Қарағанды|Шымкент|Ақтөбе|Семей|Түркістан|Павлодар".split("|")
_EN_PLACE = "London|New York|Oxford|Cambridge|Berlin|Singapore|Cham".split("|")
_CONF_RU = (
    "Материалы международной научно-практической конференции «Наука и образование - 2019»"
    "|Труды X Международной конференции по физике|Сборник трудов молодых учёных"
).split("|")
_CONF_KK = "«Ғылым және білім - 2020» халықаралық ғылыми-практикалық конференциясының материалдары|Жас ғалымдар форумының материалдары".split(
    "|"
)
_GENRES_RU = [
    "дис. ... канд. техн. наук",
    "дис. ... д-ра экон. наук",
    "автореф. дис. ... канд. филол. наук",
]
_GENRES_KK = ["филос. д-ры (PhD) ... дис.", "пед. ғыл. канд. ... дис."]

Segment = tuple[str, str]


class Pools:
    """Value pools; extra Russian titles, names and publishers can be added from real records."""

    def __init__(self) -> None:
        self.ru_titles: list[str] = []
        self.ru_authors: list[tuple[str, str]] = []
        self.ru_publishers: list[str] = list(_RU_PUB)
        self.ru_places: list[str] = list(_RU_PLACE)
        self.ru_journals: list[str] = list(_RU_JOURNALS)


def _initials(rng: random.Random, up: str, dot_space: bool) -> str:
    a, b = rng.choice(up), rng.choice(up)
    if rng.random() < 0.15:
        return f"{a}."
    return f"{a}. {b}." if dot_space else f"{a}.{b}."


def _person(rng: random.Random, lang: str, pools: Pools) -> tuple[str, str]:
    if lang == "kk":
        fam = rng.choice(_KK_FAM)
        up = _UP_KK
    elif lang == "en":
        fam = rng.choice(_EN_FAM)
        up = _UP_EN
    else:
        if pools.ru_authors and rng.random() < 0.3:
            return rng.choice(pools.ru_authors)
        fam = rng.choice(_RU_FAM)
        up = _UP_RU
    if lang != "en" and rng.random() < 0.4:
        fam = fam + "а"
    return fam, _initials(rng, up, rng.random() < 0.5)


def _title(rng: random.Random, lang: str, pools: Pools, book: bool) -> str:
    if lang == "kk":
        t = f"{rng.choice(_KK_TITLE_A)} {rng.choice(_KK_TITLE_B)} {rng.choice(_KK_TITLE_C)}"
        if book and rng.random() < 0.4:
            t += f" : {rng.choice(_KK_SUB)}"
        return t
    if lang == "en":
        return rng.choice(_EN_TITLE)
    if pools.ru_titles and rng.random() < 0.5:
        return rng.choice(pools.ru_titles)
    t = f"{rng.choice(_RU_TITLE_A)} {rng.choice(_RU_TITLE_B)} {rng.choice(_RU_TITLE_C)}"
    if book and rng.random() < 0.4:
        t += f" : {rng.choice(_RU_SUB)}"
    return t


def _pick(rng: random.Random, lang: str, kk: list[str], ru: list[str], en: list[str]) -> str:
    return rng.choice(kk if lang == "kk" else en if lang == "en" else ru)


def _names(rng: random.Random, people: list[tuple[str, str]], inverted: bool, comma: bool) -> str:
    if inverted:
        return ", ".join(f"{i} {f}" for f, i in people)
    sep = ", " if comma else " "
    return ", ".join(f"{f}{sep}{i}" for f, i in people)


_GIVEN = (
    "Иван|Мария|Петр|Елена|Христина|Николай|Анна|Георги|Светлана|Дмитрий|Цветанка|Асель"
    "|Ержан|Айгүл|Сергей|Ольга|Тодор|Людмила"
).split("|")
AUTHOR_DATE_SHARE = 0.25
"""Share of Cyrillic strings in author-date styles (APA/Harvard-like, as Bulgarian and
Russian lists in English-language papers write them) rather than GOST."""


def _author_date(rng: random.Random, pools: Pools) -> list[Segment]:
    """One Cyrillic author-date reference: ``Фамилия, И. (2001). Заглавие. Журнал, 3(2), 5-9.``"""
    lang = rng.choice(["ru", "ru", "kk"])
    people = [_person(rng, lang, pools) for _ in range(rng.choices([1, 2, 3], [0.6, 0.3, 0.1])[0])]
    comma = rng.random() < 0.5
    if comma and rng.random() < 0.35:  # "Балабанова, Христина": full given names
        people = [(f, rng.choice(_GIVEN)) for f, _ in people]
    names = _names(rng, people, False, comma)
    if len(people) > 1 and rng.random() < 0.5:
        last = ", ".join(f"{f}{', ' if comma else ' '}{i}" for f, i in people[:-1])
        f, i = people[-1]
        names = f"{last} {rng.choice(['и', '&', 'and'])} {f}{', ' if comma else ' '}{i}"
    year = str(rng.randint(1950, 2024))
    paren = rng.random() < 0.5
    segs: list[Segment] = (
        [
            ("author", names),
            ("O", " ("),
            ("date", year),
            ("O", "). "),
        ]
        if paren
        else [("author", names), ("O", " "), ("date", year), ("O", ". ")]
    )
    kind = rng.choices(["article", "book", "chapter"], [0.5, 0.35, 0.15])[0]
    segs.append(("title", _title(rng, lang, pools, kind == "book")))
    a = rng.randint(3, 300)
    pages = f"{a}{rng.choice(['–', '-', ' – '])}{a + rng.randint(2, 25)}"
    if kind == "article":
        segs += [
            ("O", ". "),
            ("journal", _pick(rng, lang, _KK_JOURNALS, pools.ru_journals, _EN_JOURNALS)),
            ("O", ", "),
        ]
        vol = str(rng.randint(1, 80))
        if rng.random() < 0.6:
            vol += f" ({rng.randint(1, 12)})" if rng.random() < 0.5 else f"({rng.randint(1, 12)})"
        segs += [("volume", vol), ("O", rng.choice([", ", ": ", ". "])), ("pages", pages)]
    else:
        if kind == "chapter":
            segs += [
                ("O", rng.choice([". В: ", ". В ", ". In: "])),
                ("container-title", _pick(rng, lang, _CONF_KK, _CONF_RU, _CONF_RU)),
            ]
            if rng.random() < 0.5:
                segs += [("O", ", "), ("pages", f"{rng.choice(['с. ', 'С. ', 'pp. '])}{pages}")]
        place = _pick(rng, lang, _KK_PLACE, pools.ru_places, _EN_PLACE)
        pub = _pick(rng, lang, _KK_PUB, pools.ru_publishers, _EN_PUB)
        if rng.random() < 0.7:
            segs += [("O", ". "), ("location", place), ("O", ": "), ("publisher", pub)]
        else:
            segs += [("O", ". "), ("publisher", pub), ("O", ", "), ("location", place)]
    segs.append(("O", "."))
    return segs


def synthesize(n: int, seed: int = 13, pools: Pools | None = None) -> list[list[Segment]]:
    """``n`` labelled GOST/Kazakh strings as lists of (label, text) pieces; ``O`` pieces are
    separators. Join the texts to get the raw string.

    >>> segs = synthesize(1, seed=1)[0]
    >>> any(lab == "title" for lab, _ in segs)
    True
    """
    rng = random.Random(seed)
    pools = pools or Pools()
    out: list[list[Segment]] = []
    for _ in range(n):
        if rng.random() < AUTHOR_DATE_SHARE:
            out.append(_author_date(rng, pools))
            continue
        lang = rng.choices(["ru", "kk", "en"], [0.5, 0.38, 0.12])[0]
        kind = rng.choices(
            ["book", "article", "chapter", "web", "thesis"], [0.32, 0.4, 0.12, 0.08, 0.08]
        )[0]
        dash = rng.random() < 0.65  # GOST 7.1 area separator ". – "
        sep = rng.choice([". – ", ". - ", ". — "]) if dash else ". "
        people = [
            _person(rng, lang, pools)
            for _ in range(rng.choices([1, 2, 3, 4], [0.45, 0.3, 0.15, 0.1])[0])
        ]
        comma = rng.random() < 0.35
        segs: list[Segment] = []
        if rng.random() < 0.2:
            segs += [
                (
                    "citation-number",
                    rng.choice([f"{rng.randint(1, 60)}.", f"[{rng.randint(1, 60)}]"]),
                ),
                ("O", " "),
            ]
        lead = kind != "web" or rng.random() < 0.3
        if lead:
            segs += [
                ("author", _names(rng, people[:1] if len(people) > 3 else people, False, comma)),
                ("O", " "),
            ]
        title = _title(rng, lang, pools, kind in ("book", "thesis"))
        segs.append(("title", title))
        if kind == "web" or rng.random() < 0.12:
            segs += [
                ("O", " "),
                (
                    "note",
                    rng.choice(
                        ["[Электронный ресурс]", "[Электрондық ресурс]", "[Electronic resource]"]
                    ),
                ),
            ]
        if kind == "thesis":
            segs += [
                ("O", " : "),
                ("genre", rng.choice(_GENRES_KK if lang == "kk" else _GENRES_RU)),
            ]
        if rng.random() < 0.4 or (len(people) > 3 and lead):
            segs += [("O", " / "), ("author", _names(rng, people[:3], True, False))]
            if len(people) > 3:
                segs += [
                    ("O", " "),
                    ("author", rng.choice(["[и др.]", "и др.", "[т.б.]", "т.б.", "[et al.]"])),
                ]
        year = str(rng.randint(1965, 2024))
        if kind == "article":
            segs += [
                ("O", rng.choice([" // ", " // ", "//"])),
                ("journal", _pick(rng, lang, _KK_JOURNALS, pools.ru_journals, _EN_JOURNALS)),
            ]
            segs += [("O", sep), ("date", year)]
            vol_w = {"ru": "Т.", "kk": "Т.", "en": "Vol."}[lang]
            no_w = {"ru": "№", "kk": "№", "en": "No."}[lang]
            if rng.random() < 0.6:
                segs += [
                    ("O", sep),
                    ("volume", f"{vol_w} {rng.randint(1, 120)}"),
                    ("O", ", "),
                    ("issue", f"{no_w} {rng.randint(1, 12)}"),
                ]
            else:
                issue = f"{no_w} {rng.randint(1, 12)}"
                if rng.random() < 0.4:
                    issue += f" ({rng.randint(10, 150)})"
                segs += [("O", sep), ("issue", issue)]
            a = rng.randint(3, 300)
            pw = {"ru": "С.", "kk": rng.choice(["Б.", "Б.", "С."]), "en": "P."}[lang]
            segs += [
                ("O", sep),
                ("pages", f"{pw} {a}{rng.choice(['–', '-'])}{a + rng.randint(2, 25)}"),
            ]
        elif kind == "chapter":
            segs += [
                ("O", " // "),
                ("container-title", _pick(rng, lang, _CONF_KK, _CONF_RU, _CONF_RU)),
            ]
            if rng.random() < 0.4:
                ed = _person(rng, lang, pools)
                segs += [
                    ("O", " / "),
                    ("editor", f"{rng.choice(['под ред.', 'отв. ред.', 'ред.'])} {ed[1]} {ed[0]}"),
                ]
            segs += [
                ("O", sep),
                ("location", _pick(rng, lang, _KK_PLACE, pools.ru_places, _EN_PLACE)),
                ("O", rng.choice([": ", " : "])),
                ("publisher", _pick(rng, lang, _KK_PUB, pools.ru_publishers, _EN_PUB)),
                ("O", ", "),
                ("date", year),
            ]
            a = rng.randint(3, 300)
            pw = {"ru": "С.", "kk": rng.choice(["Б.", "Б.", "С."]), "en": "P."}[lang]
            segs += [("O", sep), ("pages", f"{pw} {a}–{a + rng.randint(2, 25)}")]
        elif kind in ("book", "thesis"):
            if kind == "book" and rng.random() < 0.2:
                segs += [
                    ("O", sep),
                    (
                        "edition",
                        rng.choice(["2-е изд., перераб. и доп.", "Изд. 3-е", "3-бас.", "2nd ed."]),
                    ),
                ]
            place = _pick(rng, lang, _KK_PLACE, pools.ru_places, _EN_PLACE)
            if kind == "thesis" or rng.random() < 0.1:
                segs += [("O", sep), ("location", place), ("O", ", "), ("date", year)]
            else:
                segs += [
                    ("O", sep),
                    ("location", place),
                    ("O", rng.choice([": ", " : "])),
                    ("publisher", _pick(rng, lang, _KK_PUB, pools.ru_publishers, _EN_PUB)),
                    ("O", ", "),
                    ("date", year),
                ]
            unit = {"ru": "с.", "kk": rng.choice(["б.", "б.", "бет", "с."]), "en": "p."}[lang]
            segs += [("O", sep), ("pages", f"{rng.randint(40, 900)} {unit}")]
        if kind == "web" or rng.random() < 0.15:
            if kind == "web":
                segs += [("O", sep), ("date", year)]
            host = rng.choice(
                [
                    "www.gov.kz",
                    "adilet.zan.kz",
                    "cyberleninka.ru",
                    "elibrary.ru",
                    "kaznu.kz",
                    "stat.gov.kz",
                ]
            )
            path = f"/{rng.choice(['ru', 'kz', 'article', 'docs'])}/{rng.randint(1000, 99999)}"
            segs += [("O", sep), ("O", "URL: "), ("url", f"https://{host}{path}")]
            d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2015, 2024)}"
            acc = rng.choice(["дата обращения", "қаралған күні", "accessed"])
            segs += [("O", " ("), ("accessed", f"{acc}: {d}"), ("O", ")")]
        if rng.random() < 0.08 and kind != "web":
            segs += [
                ("O", sep),
                ("doi", f"DOI: 10.{rng.randint(1000, 99999)}/{rng.randint(100, 9999)}.{year}"),
            ]
        if not segs[-1][1].endswith("."):
            segs.append(("O", "."))
        out.append(segs)
    return out
