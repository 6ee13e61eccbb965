"""The article-page reader over examples/*.html: expected values per page, golden files, and the
examples converted to every format and validated (where the writer exists)."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from scholarmeta._io import decode_bytes
from scholarmeta.formats._html_article import read_article
from scholarmeta.formats.html import parse_html
from scholarmeta.model import Work
from scholarmeta.report import Report
from support import EXAMPLES, GOLDEN, VALIDATE

EXPECTED: dict[str, dict[str, Any]] = {
    "kk-article": {
        "title": "Алматы облысындағы шағын кәсіпкерліктің цифрлық дамуы және оның аймақтық "
        "экономикаға ықпалы",
        "language": "kk",
        "roles": ["author", "author", "supervisor"],
        "families": ["Серікбаева", "Омаров", "Жүнісова"],
        "romanised": ["Serikbaeva", "Omarov", "Zhunusova"],
        "degrees": {"Жүнісова": ["э.ғ.к."]},
        "positions": {"Серікбаева": ["студент"], "Омаров": ["магистрант", "master's student"],
                      "Жүнісова": ["қауымдастырылған профессор"]},
        "institution_kk": {"Серікбаева": "Әл-Фараби атындағы Қазақ ұлттық университеті"},
        "department_kk": {"Серікбаева": "экономика және бизнес жоғары мектебі, қаржы және есеп кафедрасы"},
        "institution_en": {"Омаров": "Al-Farabi Kazakh National University"},
        "abstracts": {"kk": 2, "en": 1},
        "keywords": {"kk": ["шағын кәсіпкерлік", "цифрландыру", "Алматы облысы",
                            "электрондық сауда", "аймақтық экономика"]},
        "references": 4,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Зерттеу әдістері", "Нәтижелер", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "acknowledgements": ["kk"],
    },
    "ru-article": {
        "title": "Формирование читательской грамотности младших школьников на уроках русского языка",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Ким", "Абенова"],
        "romanised": ["Kim", "Abenova"],
        "degrees": {"Абенова": ["канд. пед. наук"]},
        "positions": {"Ким": ["магистрант"], "Абенова": ["старший преподаватель"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {},
        "abstracts": {"ru": 1, "kk": 1},
        "keywords": {"ru": ["читательская грамотность", "начальная школа", "русский язык",
                            "работа с текстом", "PISA"],
                     "kk": ["оқу сауаттылығы", "бастауыш мектеп", "орыс тілі", "мәтінмен жұмыс"]},
        "references": 3,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Методы исследования", "Результаты", "Заключение"],
        "extra": ["html:author_profiles"],
    },
    "en-article": {
        "title": "Renewable energy policy of Kazakhstan after the Paris Agreement",
        "language": "en",
        "roles": ["author", "supervisor"],
        "families": ["Nurlanov", "Bekova"],
        "romanised": [],
        "degrees": {"Bekova": ["PhD"]},
        "positions": {"Nurlanov": ["student"], "Bekova": ["senior lecturer"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {"Nurlanov": "Narxoz University", "Bekova": "Narxoz University"},
        "abstracts": {"en": 1},
        "keywords": {"en": ["renewable energy", "Paris Agreement", "auctions", "Kazakhstan",
                            "energy policy"]},
        "references": 2,
        "figures": [],
        "sections": ["Introduction", "Auction design", "Tariff caps", "Results"],
        "extra": ["html:author_profiles"],
        "acknowledgements": ["en"],
    },
    "kk-article-en-block": {
        "title": "Ұлы Жібек жолы бойындағы Отырар қаласының сауда байланыстары",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Қайратұлы", "Садықова"],
        "romanised": ["Kairatuly", "Sadykova"],
        "degrees": {"Садықова": ["т.ғ.к.", "Candidate of Historical Sciences"]},
        "positions": {"Қайратұлы": ["студент", "student"], "Садықова": ["доцент", "associate professor"]},
        "institution_kk": {"Қайратұлы": "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті"},
        "department_kk": {"Қайратұлы": "тарих факультеті"},
        "institution_en": {"Қайратұлы": "Khoja Akhmet Yassawi International Kazakh-Turkish University",
                           "Садықова": "Khoja Akhmet Yassawi International Kazakh-Turkish University"},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["Отырар", "Ұлы Жібек жолы", "сауда", "археология", "орта ғасырлар"],
                     "en": ["Otrar", "Great Silk Road", "trade", "archaeology", "Middle Ages"]},
        "references": 3,
        "figures": [],
        "sections": ["Кіріспе", "Археологиялық деректер", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "title_en": "Trade relations of the city of Otrar on the Great Silk Road",
    },
    "ru-article-shared-affiliation": {
        "title": "История освоения целинных земель в Северном Казахстане",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Петрова", "Ахметов", "Иванов"],
        "romanised": ["Petrova", "Ahmetov"],
        "degrees": {"Иванов": ["д.и.н."]},
        "positions": {"Петрова": ["студент"], "Ахметов": ["студент"], "Иванов": ["профессор"]},
        "institution_ru": {"Петрова": "Костанайский региональный университет им. А. Байтурсынова",
                           "Ахметов": "Костанайский региональный университет им. А. Байтурсынова"},
        "department_ru": {"Петрова": "исторический факультет", "Ахметов": "исторический факультет"},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["целина", "Костанайская область", "миграция", "совхоз"]},
        "references": 3,
        "figures": [],
        "sections": [],
        "extra": ["html:author_profiles"],
    },
    "en-article-three-authors": {
        "title": "Digital literacy of future teachers in Kazakhstan: a survey study",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Сейтқали", "Омаров", "Smith"],
        "romanised": ["Seitkali", "Omarov"],
        "degrees": {"Smith": ["PhD"]},
        "positions": {"Сейтқали": ["master's student"], "Омаров": ["student"],
                      "Smith": ["associate professor"]},
        "institution_en": {"Сейтқали": "Abai Kazakh National Pedagogical University",
                           "Омаров": "L.N. Gumilyov Eurasian National University",
                           "Smith": "Abai Kazakh National Pedagogical University"},
        "abstracts": {"en": 1, "ru": 1},
        "keywords": {"en": ["digital literacy", "pre-service teachers", "Kazakhstan", "survey"],
                     "ru": ["цифровая грамотность", "будущие учителя", "Казахстан"]},
        "references": 3,
        "figures": [],
        "sections": ["Introduction", "Conclusion"],
        "extra": ["html:author_profiles"],
        "emails": {"Омаров": "d.omarov@example.kz"},
    },
    "en-article-kk-block": {
        "title": "Green economy in Kazakhstan: challenges and prospects",
        "language": "en",
        "roles": ["author", "supervisor"],
        "families": ["Алиев", "Bekova"],
        "romanised": ["Aliyev"],
        "variants": {"Алиев": [("Әлиев", "kk")]},
        "degrees": {"Bekova": ["candidate of economic sciences"]},
        "positions": {"Алиев": ["student", "студент"], "Bekova": ["associate professor"]},
        "institution_en": {"Алиев": "Narxoz University", "Bekova": "Narxoz University"},
        "institution_kk": {"Алиев": "Нархоз университеті"},
        "abstracts": {"en": 1, "kk": 1},
        "keywords": {"en": ["green economy", "renewable energy", "Kazakhstan"],
                     "kk": ["жасыл экономика", "жаңартылатын энергия"]},
        "references": 2,
        "figures": [],
        "sections": ["Introduction"],
        "extra": ["html:author_profiles"],
        "emails": {"Алиев": "timur.aliyev@narxoz.kz"},
    },
    "ru-article-en-block": {
        "title": "Роль ШОС в обеспечении региональной безопасности",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Нұртаза", "Қуаныш"],
        "romanised": ["Nurtaza", "Kuanysh"],
        "degrees": {"Қуаныш": ["PhD"]},
        "positions": {"Нұртаза": ["магистрант", "master's student"],
                      "Қуаныш": ["ассоциированный профессор"]},
        "institution_ru": {"Нұртаза": "КазНУ им. аль-Фараби", "Қуаныш": "КазНУ им. аль-Фараби"},
        "institution_en": {"Нұртаза": "Al-Farabi Kazakh National University"},
        "department_ru": {"Нұртаза": "кафедра международных отношений",
                          "Қуаныш": "кафедра международных отношений"},
        "abstracts": {"ru": 1, "en": 1},
        "keywords": {"ru": ["ШОС", "безопасность", "Центральная Азия", "терроризм"],
                     "en": ["SCO", "security", "Central Asia", "terrorism"]},
        "references": 2,
        "figures": [],
        "sections": ["Введение"],
        "extra": ["html:author_profiles"],
        "title_en": "The role of the SCO in ensuring regional security",
    },
    "ru-article-two-supervisors": {
        # ALL-CAPS title with a closing dot; "Фамилия И.О." names and slugs; a plural
        # supervisor label on its own line before two supervisors; "Аннотация." and
        # "Ключевые слова:" inline in one <p> split by <br>, in <span> soup; a table captioned
        # above; a figure captioned above its image; "[1]" references under
        # "Библиографический список"; an e-mail in the author block
        "title": "Применение нейронных сетей для прогнозирования потребления электроэнергии "
        "в городе Алматы",
        "language": "ru",
        "roles": ["author", "supervisor", "supervisor"],
        "families": ["Жаксылыков", "Муканова", "Ли"],
        "romanised": ["Zhaksylykov", "Mukanova", "Li"],
        "degrees": {"Муканова": ["канд. техн. наук"], "Ли": ["PhD"]},
        "positions": {"Жаксылыков": ["студент"], "Муканова": ["доцент"],
                      "Ли": ["ассоциированный профессор"]},
        "institution_ru": {"Жаксылыков": "Казахский национальный исследовательский технический "
                                         "университет им. К.И. Сатпаева",
                           "Муканова": "Казахский национальный исследовательский технический "
                                       "университет им. К.И. Сатпаева",
                           "Ли": "Казахстанско-Британский технический университет"},
        "department_ru": {"Жаксылыков": "кафедра информационных систем"},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["нейронные сети", "LSTM", "прогнозирование", "электроэнергия",
                            "временные ряды"]},
        "references": 3,
        "figures": ["Рис. 1"],
        "tables": ["Таблица 1"],
        "sections": ["Введение", "Методы", "Заключение"],
        "extra": ["html:author_profiles"],
        "emails": {"Жаксылыков": "a.zhaksylykov@example.kz"},
    },
    "kk-article-no-supervisor": {
        # no supervisor; "3-курс студенті"; "Алматы қ., Қазақстан Республикасы" after two
        # organisations of one author; plain "Түйін:" / "Түйінді сөздер:" labels; "1)"
        # references; "1-сурет." below the image; an English block with given-first names
        # and "student of the 3rd year"; zero-width space in the body
        "title": "Қазақ тіліндегі терминдердің қалыптасуы: цифрлық дәуір",
        "language": "kk",
        "roles": ["author", "author"],
        "families": ["Темірбек", "Нұрланұлы"],
        "romanised": ["Temirbek", "Nurlanuly"],
        "degrees": {},
        "positions": {"Темірбек": ["студент", "student"],
                      "Нұрланұлы": ["магистрант", "кіші ғылыми қызметкер", "master's student"]},
        "institution_kk": {"Темірбек": "Абай атындағы Қазақ ұлттық педагогикалық университеті",
                           "Нұрланұлы": "Абай атындағы Қазақ ұлттық педагогикалық университеті"},
        "institution_en": {"Темірбек": "Abai Kazakh National Pedagogical University",
                           "Нұрланұлы": "Abai Kazakh National Pedagogical University"},
        "cities": {"Нұрланұлы": [["Алматы", "Almaty"], ["Алматы"]]},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["термин", "терминжасам", "цифрландыру", "калька", "қазақ тілі"],
                     "en": ["term", "term formation", "digitalization", "calque",
                            "Kazakh language"]},
        "references": 2,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Зерттеу нәтижелері", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "title_en": "Formation of terms in the Kazakh language: the digital era",
    },
    "en-article-supervisor-inside": {
        # ALL-CAPS English title with a closing dot; two linked authors in one line, the first
        # given-first; absolute profile URLs; "Scientific supervisor: Name, d.e.s., professor,
        # Institution" inside the shared affiliation lines; "ABSTRACT:" and "KEYWORDS:";
        # "Figure 1." above the image; "Literature"; a Russian block with "Резюме"
        "title": "Consumer trust in mobile banking among students in Kazakhstan",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Askarova", "Bolat", "Kassymova"],
        "romanised": [],
        "variants": {"Askarova": [("Аскарова", "ru")], "Bolat": [("Болат", "ru")]},
        "degrees": {"Kassymova": ["d.e.s."]},
        "positions": {"Askarova": ["student", "студент"], "Bolat": ["student", "студент"],
                      "Kassymova": ["professor"]},
        "institution_en": {"Askarova": "University of International Business",
                           "Bolat": "University of International Business",
                           "Kassymova": "University of International Business"},
        "institution_ru": {"Askarova": "Университет международного бизнеса"},
        "department_en": {"Askarova": "Faculty of Finance", "Bolat": "Faculty of Finance"},
        "cities": {"Kassymova": [["Almaty"]]},
        "abstracts": {"en": 1, "ru": 1},
        "keywords": {"en": ["mobile banking", "trust", "students", "technology acceptance"],
                     "ru": ["мобильный банкинг", "доверие", "студенты"]},
        "references": 2,
        "figures": ["Figure 1"],
        "sections": ["Introduction", "Results"],
        "extra": [],
        "urls": {"Askarova": "https://conf.example.kz/en/author/askarova-dana-10"},
    },
    "ru-article-kk-block": {
        # title with a closing dot; <sup> affiliation marks; "магистр экономических наук";
        # "научный руководитель: Омарова Г.Т., д.э.н., профессор" with no link or affiliation;
        # a bold "Ключевые слова" with no colon; a Kazakh block (names only, no affiliation)
        # before the body; <h3> headings; <br> in a body paragraph
        "title": "Особенности развития агротуризма в Туркестанской области",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Сарсенова", "Ибраев", "Омарова"],
        "romanised": ["Sarsenova", "Ibraev"],
        "variants": {"Сарсенова": [("Сарсенова", "kk")], "Ибраев": [("Ибраев", "kk")]},
        "degrees": {"Ибраев": ["магистр экономических наук"], "Омарова": ["д.э.н."]},
        "positions": {"Сарсенова": ["магистрант"], "Ибраев": ["преподаватель"],
                      "Омарова": ["профессор"]},
        "institution_ru": {"Сарсенова": "Южно-Казахстанский университет им. М. Ауэзова",
                           "Ибраев": "Международный казахско-турецкий университет им. Х.А. Ясави"},
        "abstracts": {"ru": 1, "kk": 1},
        "keywords": {"ru": ["агротуризм", "сельский туризм", "Туркестанская область",
                            "гостевой дом"],
                     "kk": ["агротуризм", "ауылдық туризм", "Түркістан облысы"]},
        "references": 2,
        "figures": [],
        "sections": ["Введение", "Анализ рынка"],
        "extra": ["html:author_profiles"],
    },
    "kk-article-supervisor-first": {
        # the supervisor line (label, degree, position and name in one <span>) before the
        # author; "… университеті филология факультетінің 2 курс студенті"; an "E-mail:" line;
        # "ТҮЙІНДЕМЕ" / "КІЛТ СӨЗДЕР:" in capitals; a table captioned below ("Кесте 1 –");
        # "ӘДЕБИЕТТЕР ТІЗІМІ"; a Russian block with "Резюме." inline; no-break space, soft hyphen
        "title": "Абай шығармашылығындағы тәрбие мәселесі",
        "language": "kk",
        "roles": ["supervisor", "author"],
        "families": ["Қасымова", "Ерболқызы"],
        "romanised": ["Erbolkyzy"],
        "variants": {"Ерболқызы": [("Ерболкызы", "ru")]},
        "degrees": {"Қасымова": ["ф.ғ.д."]},
        "positions": {"Қасымова": ["профессор"], "Ерболқызы": ["студент", "студент"]},
        "institution_kk": {"Ерболқызы": "Л.Н. Гумилев атындағы Еуразия ұлттық университеті"},
        "institution_ru": {"Ерболқызы": "Евразийский национальный университет им. Л.Н. Гумилева"},
        "department_kk": {"Ерболқызы": "филология факультеті"},
        "department_ru": {"Ерболқызы": "филологический факультет"},
        "abstracts": {"kk": 1, "ru": 1},
        "keywords": {"kk": ["Абай", "қара сөздер", "тәрбие", "толық адам", "ағартушылық"],
                     "ru": ["Абай", "назидания", "воспитание", "совершенный человек"]},
        "references": 3,
        "figures": [],
        "tables": ["Кесте 1"],
        "sections": ["Кіріспе", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "emails": {"Ерболқызы": "aigerim.erbolkyzy@example.com"},
    },
    "ru-article-numbered-affiliations": {
        # <sup> marks with two affiliations for one author ("1,2"); a name in capitals; a
        # "*e-mail:" line under the numbered affiliations; two supervisors named inline after a
        # plural label, split by ";" ("доктор философии (PhD)", "д.полит.н" with no last dot);
        # "Аннотация –" / "Ключевые слова –" with a dash; "1 …" references with no dot;
        # "Республике Казахстан" in an ALL-CAPS title
        "title": "Цифровая трансформация государственных услуг в Республике Казахстан",
        "language": "ru",
        "roles": ["author", "author", "supervisor", "supervisor"],
        "families": ["Сейтова", "Кайратов", "Абдрахманова", "Жумабеков"],
        "romanised": ["Seitova", "Kairatov"],
        "degrees": {"Абдрахманова": ["доктор философии (PhD)"], "Жумабеков": ["д.полит.н"]},
        "positions": {"Сейтова": [], "Абдрахманова": ["старший преподаватель"],
                      "Жумабеков": ["профессор"]},
        "institution_ru": {"Сейтова": "Евразийский национальный университет им. Л.Н. Гумилева",
                           "Кайратов": "Евразийский национальный университет им. Л.Н. Гумилева"},
        "cities": {"Кайратов": [["Астана"], ["Астана"]]},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["электронное правительство", "государственные услуги",
                            "цифровизация"]},
        "references": 2,
        "figures": [],
        "sections": ["Введение", "Результаты"],
        "extra": ["html:author_profiles"],
        "emails": {"Кайратов": "kairatov.n@example.kz"},
    },
    "kk-article-trilingual": {
        # three labelled abstracts in the front (АҢДАТПА / АННОТАЦИЯ / ABSTRACT) with three
        # keyword lists, one ending in " ." and one with no stop; bold "2.1 …" subsections under
        # "2. …"; a bulleted list; two figures; "Пайдаланылған әдебиеттер" with DOI/URL links
        "title": "Қазақстандағы жастар кәсіпкерлігін қолдаудың мемлекеттік тетіктері",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Жәнібекова", "Тохтаров"],
        "romanised": ["Zhanibekova", "Tokhtarov"],
        "degrees": {"Тохтаров": ["PhD"]},
        "positions": {"Жәнібекова": ["студент"], "Тохтаров": ["қауымдастырылған профессор"]},
        "institution_kk": {"Жәнібекова": "Е.А. Бөкетов атындағы Қарағанды университеті",
                           "Тохтаров": "Е.А. Бөкетов атындағы Қарағанды университеті"},
        "department_kk": {"Жәнібекова": "экономика факультеті"},
        "abstracts": {"kk": 1, "ru": 1, "en": 1},
        "keywords": {"kk": ["жастар кәсіпкерлігі", "мемлекеттік қолдау", "грант", "стартап"],
                     "ru": ["молодежное предпринимательство", "государственная поддержка",
                            "грант", "стартап"],
                     "en": ["youth entrepreneurship", "state support", "grant", "start-up"]},
        "references": 3,
        "figures": ["Сурет 1", "Сурет 2"],
        "sections": ["Кіріспе", "Зерттеу әдістемесі", "Нәтижелер және талқылау",
                     "Гранттық қаржыландыру", "Несиелік қолдау", "Қорытынды"],
        "outline": [(0, None), (0, "1."), (0, "2."), (1, "2.1"), (1, "2.2"), (0, None)],
        "extra": ["html:author_profiles"],
    },
    "ru-article-two-universities": {
        # authors of two universities, one with two organisations on two lines (a position in
        # each) and an e-mail in the place line; an "ORCID:" line; "к.э.н., доцент"; a formula
        # with <sub>/<sup>; a <table> with <caption> and <thead>; keywords with no stop; the
        # whole reference list in one <p> split by <br> under "Список использованных источников"
        "title": "Оценка эффективности использования оросительной воды в Жамбылской области",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Кенжебаева", "Сергеев", "Баймуханова"],
        "romanised": ["Kenzhebaeva", "Sergeev", "Baimukhanova"],
        "degrees": {"Баймуханова": ["к.э.н."], "Кенжебаева": []},
        "positions": {"Кенжебаева": ["магистрант"],
                      "Сергеев": ["студент", "младший научный сотрудник"],
                      "Баймуханова": ["доцент"]},
        "institution_ru": {"Кенжебаева": "Таразский региональный университет им. М.Х. Дулати",
                           "Сергеев": "Казахский национальный аграрный исследовательский "
                                      "университет",
                           "Баймуханова": "Таразский региональный университет им. М.Х. Дулати"},
        "cities": {"Сергеев": [["Алматы"], ["Алматы"]], "Кенжебаева": [["Тараз"]]},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["орошение", "водопользование", "Жамбылская область",
                            "КПД оросительной системы"]},
        "references": 3,
        "figures": [],
        "tables": ["Таблица 1"],
        "sections": ["Введение", "Материалы и методы", "Результаты", "Заключение"],
        "extra": ["html:author_profiles"],
        "emails": {"Сергеев": "p.sergeev@example.kz"},
        "orcids": {"Кенжебаева": "0000-0003-1234-5674", "Сергеев": None},
        "paragraph_has": {"Материалы и методы": "м³"},
    },
    "en-article-caps-orcid": {
        # an ALL-CAPS English title with proper nouns and an acronym the abstract writes
        # ("Eurasian Economic Union", "China", "WTO"); two given-first names in one line, each
        # with "(ORCID …)"; no-break space and soft hyphens; keywords ending in " ."; "List of
        # references" with "[1]" paragraphs and links; a Kazakh block after the references
        "title": "Kazakhstan's grain exports to China within the Eurasian Economic Union and the WTO",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Sultanova", "Zhakupov", "Ospanova"],
        "romanised": [],
        "variants": {"Sultanova": [("Сұлтанова", "kk")], "Zhakupov": [("Жақыпов", "kk")]},
        "degrees": {"Ospanova": ["Candidate of Economic Sciences"]},
        "positions": {"Sultanova": ["student", "студент"], "Zhakupov": ["student", "студент"],
                      "Ospanova": ["associate professor"]},
        "institution_en": {"Sultanova": "Kazakh Ablai Khan University of International Relations "
                                        "and World Languages",
                           "Ospanova": "Kazakh Ablai Khan University of International Relations "
                                       "and World Languages"},
        "institution_kk": {"Zhakupov": "Абылай хан атындағы Қазақ халықаралық қатынастар және "
                                       "әлем тілдері университеті"},
        "department_en": {"Zhakupov": "Faculty of World Economy"},
        "abstracts": {"en": 1, "kk": 1},
        "keywords": {"en": ["grain exports", "Eurasian Economic Union", "WTO", "China",
                            "phytosanitary control"],
                     "kk": ["астық экспорты", "Еуразиялық экономикалық одақ", "ДСҰ", "Қытай"]},
        "references": 3,
        "figures": [],
        "sections": ["Introduction", "Data and methods", "Results"],
        "extra": ["html:author_profiles"],
        "orcids": {"Sultanova": "0000-0002-1998-7656", "Zhakupov": "0000-0001-5551-2343",
                   "Ospanova": None},
        "titles_other": {"kk": "Еуразиялық экономикалық одақ және ДСҰ аясында Қазақстанның "
                               "Қытайға астық экспорты"},
    },
    "kk-article-subsections": {
        # "e-mail: …" after the linked name; "ғылыми жетекші, магистр, аға оқытушы" in the
        # affiliation line; <h3>/<h4> headings with "1.1" numbers; a figure with no caption
        # before a captioned one; "[1]" references under "Қолданылған әдебиеттер тізімі:"; an
        # English block whose name lacks the patronymic of the slug
        "title": "Бастауыш сыныпта математиканы ойын арқылы оқыту әдістері",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Аманжолова", "Баймаханова"],
        "romanised": ["Amanzholova", "Baimakhanova"],
        "variants": {"Аманжолова": []},
        "latin_names": {"Аманжолова": 1},
        "degrees": {"Баймаханова": ["магистр"]},
        "positions": {"Аманжолова": ["студент", "student"], "Баймаханова": ["аға оқытушы"]},
        "institution_kk": {"Аманжолова": "Ш. Уәлиханов атындағы Көкшетау университеті",
                           "Баймаханова": "Ш. Уәлиханов атындағы Көкшетау университеті"},
        "institution_en": {"Аманжолова": "Sh. Ualikhanov Kokshetau University"},
        "department_kk": {"Аманжолова": "педагогика факультеті"},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["бастауыш сынып", "математика", "дидактикалық ойын",
                            "оқыту әдістемесі"],
                     "en": ["primary school", "mathematics", "didactic game", "teaching methods"]},
        "references": 2,
        "figures": [None, "Сурет 2"],
        "sections": ["Теориялық негіздер", "Дидактикалық ойын ұғымы", "Ойынның түрлері",
                     "Эксперимент нәтижелері", "Қорытынды"],
        "outline": [(0, "1."), (1, "1.1"), (1, "1.2"), (0, "2."), (0, None)],
        "extra": ["html:author_profiles"],
        "emails": {"Аманжолова": "dana.amanzholova@example.kz"},
        "title_en": "Methods of teaching mathematics through games in primary school",
    },
    "ru-article-orcid-link": {
        # "Фамилия И.О." with an orcid.org link after it; "Научный руководитель: <a>…</a>, PhD,
        # ассоциированный профессор" inline; institutions named after a Kazakh person
        # ("им. Ә. Марғұлан") in Russian lines; a bulleted list; Kazakh and English blocks (title,
        # name, affiliation, abstract, keywords) after the references
        "title": "Развитие функциональной грамотности учащихся на уроках химии",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Ахметова", "Коваленко"],
        "romanised": ["Akhmetova", "Kovalenko"],
        "variants": {"Ахметова": [("Ахметова", "kk")]},
        "degrees": {"Коваленко": ["PhD"]},
        "positions": {"Ахметова": ["магистрант", "магистрант", "master's student"],
                      "Коваленко": ["ассоциированный профессор"]},
        "position_langs": {"Ахметова": ["ru", "kk", "en"], "Коваленко": ["ru"]},
        "institution_ru": {"Ахметова": "Павлодарский педагогический университет им. Ә. Марғұлан",
                           "Коваленко": "Павлодарский педагогический университет им. Ә. Марғұлан"},
        "institution_kk": {"Ахметова": "Ә. Марғұлан атындағы Павлодар педагогикалық университеті"},
        "institution_en": {"Ахметова": "Margulan Pavlodar Pedagogical University"},
        "abstracts": {"ru": 1, "kk": 1, "en": 1},
        "keywords": {"ru": ["функциональная грамотность", "химия", "контекстные задачи", "PISA"],
                     "kk": ["функционалдық сауаттылық", "химия", "контекстік есептер"],
                     "en": ["functional literacy", "chemistry", "context-based tasks"]},
        "references": 2,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Основная часть", "Заключение"],
        "extra": ["html:author_profiles"],
        "orcids": {"Ахметова": "0000-0002-1998-7656", "Коваленко": None},
        "title_en": "Developing students' functional literacy in chemistry lessons",
        "titles_other": {"kk": "Химия сабағында оқушылардың функционалдық сауаттылығын дамыту"},
    },
    "kk-article-four-authors": {
        # "И.О. Фамилия" linked names, two sharing one affiliation line and one with its own;
        # "6B02301 – Аударма ісі мамандығының 3 курс студенті"; "Алматы қ., Қазақстан"; one
        # supervisor for all named only at the very end, after the references; &laquo;&raquo;
        # and <br> in the h1; bold "Аңдатпа." inline with the keywords in the same paragraph,
        # split by ";"; a caption above its image ("Сурет 1 –"); a figure with only alt text;
        # GOST references with "[Электронный ресурс]" and "URL: … (дата обращения: …)"
        "title": "«Цифрлық аударма» құралдарының студенттердің кәсіби дайындығындағы рөлі",
        "language": "kk",
        "roles": ["author", "author", "author", "supervisor"],
        "families": ["Садық", "Муратова", "Жақсыбек", "Оспанова"],
        # "А.Н. Садық" at /author/sadyk-aruzhan: the slug spells the given name out
        "romanised": ["Sadyk", "Muratova", "Zhaksybek"],
        "degrees": {"Оспанова": ["ф.ғ.к."]},
        "positions": {"Садық": ["студент"], "Муратова": ["студент"], "Жақсыбек": ["студент"],
                      "Оспанова": ["қауымдастырылған профессор"]},
        "institution_kk": {"Садық": "Әл-Фараби атындағы Қазақ ұлттық университеті",
                           "Муратова": "Әл-Фараби атындағы Қазақ ұлттық университеті",
                           "Жақсыбек": "Абылай хан атындағы Қазақ халықаралық қатынастар және "
                                       "әлем тілдері университеті"},
        "cities": {"Садық": [["Алматы"]], "Жақсыбек": [["Алматы"]], "Оспанова": []},
        "abstracts": {"kk": 1},
        "keywords": {"kk": ["машиналық аударма", "аударма ісі", "цифрлық құралдар",
                            "кәсіби дайындық"]},
        "references": 3,
        "figures": ["Сурет 1", "Сурет 2"],
        "sections": ["Кіріспе", "Зерттеу әдістері", "Қорытынды"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-cp1251": {
        # saved as Windows-1251; four people, each student followed by their own supervisor;
        # full "Фамилия Имя Отчество"; "магистрант 2 года обучения", "студент 4 курса";
        # "г. Алматы, Республика Казахстан"; every line in <font><span>; empty paragraphs;
        # keywords split by "&middot;"; an English block (title, names, abstract, keywords)
        # before the body; "Рисунок 1 &ndash; …" below an image whose alt is no caption
        "title": "Инклюзивное образование в общеобразовательных школах: опыт и проблемы",
        "language": "ru",
        "roles": ["author", "supervisor", "author", "supervisor"],
        "families": ["Горбунова", "Шарипова", "Цой", "Белова"],
        "romanised": ["Gorbunova", "Sharipova", "Tsoy", "Belova"],
        "degrees": {"Горбунова": [], "Шарипова": ["к.п.н."], "Белова": ["д.п.н."]},
        "positions": {"Горбунова": ["магистрант"], "Шарипова": ["доцент"], "Цой": ["студент"],
                      "Белова": ["профессор"]},
        "institution_ru": {"Горбунова": "Казахский национальный педагогический университет им. Абая",
                           "Шарипова": "Казахский национальный педагогический университет им. Абая",
                           "Цой": "Евразийский национальный университет им. Л.Н. Гумилева",
                           "Белова": "Евразийский национальный университет им. Л.Н. Гумилева"},
        "cities": {"Горбунова": [["Алматы"]], "Цой": [["Астана"]]},
        "abstracts": {"ru": 1, "en": 1},
        "keywords": {"ru": ["инклюзивное образование", "особые образовательные потребности",
                            "тьютор", "общеобразовательная школа"],
                     "en": ["inclusive education", "special educational needs", "tutor",
                            "secondary school"]},
        "references": 2,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Результаты исследования", "Заключение"],
        "extra": ["html:author_profiles"],
        "title_en": "Inclusive education in secondary schools: experience and problems",
    },
    "en-article-bom": {
        # UTF-8 with a BOM; "Family I.O." names; "Shymkent, Kazakhstan" and "Almaty, Republic
        # of Kazakhstan"; "3rd year student"; "scientific supervisor, candidate of technical
        # sciences, associate professor"; &nbsp;&ndash; in the title; bold "Abstract." inline;
        # keywords split by " – "; "Figure 1." above an image; "[Electronic resource]" reference
        "title": "Water resources management in the Syr Darya basin – a regional perspective",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Abdullaeva", "Ermekov", "Tleubaeva"],
        "romanised": [],
        "degrees": {"Tleubaeva": ["candidate of technical sciences"]},
        "positions": {"Abdullaeva": ["master's student"], "Ermekov": ["student"],
                      "Tleubaeva": ["associate professor"]},
        "institution_en": {"Abdullaeva": "M. Auezov South Kazakhstan University",
                           "Ermekov": "Kazakh National Agrarian Research University",
                           "Tleubaeva": "M. Auezov South Kazakhstan University"},
        "cities": {"Abdullaeva": [["Shymkent"]], "Ermekov": [["Almaty"]],
                   "Tleubaeva": [["Shymkent"]]},
        "abstracts": {"en": 1},
        "keywords": {"en": ["water resources", "irrigation", "Syr Darya", "transboundary rivers"]},
        "references": 2,
        "figures": ["Figure 1"],
        "sections": ["Introduction", "Results", "Conclusion"],
        "extra": ["html:author_profiles"],
    },
    "kk-article-word-en-first": {
        # a title opening with a quoted name ('"Абай жолы" романындағы …'); "Қ.А. Ясауи атындағы
        # …" (an initial 'Қ.' is no city mark); "Түркістан қ., Қазақстан Республикасы"; Word
        # markup (MsoNormal, <o:p>, <span lang>); an English block (ALL-CAPS title with a quoted
        # name, names, one shared affiliation line, abstract, keywords) BEFORE the Kazakh
        # abstract; keywords one per <br> line; an abstract of two paragraphs; "1. …" references
        # in paragraphs
        "title": '"Абай жолы" романындағы табиғат бейнелерінің көркемдік қызметі',
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Ерланқызы", "Бекмұрат"],
        "romanised": ["Yerlankyzy", "Bekmurat"],
        "degrees": {"Бекмұрат": ["филология ғылымдарының кандидаты"]},
        "positions": {"Ерланқызы": ["студент"], "Бекмұрат": ["доцент"]},
        "institution_kk": {"Ерланқызы": "Қ.А. Ясауи атындағы Халықаралық қазақ-түрік университеті",
                           "Бекмұрат": "Қ.А. Ясауи атындағы Халықаралық қазақ-түрік университеті"},
        "institution_en": {"Ерланқызы": "Khoja Akhmet Yassawi International Kazakh-Turkish University",
                           "Бекмұрат": "Khoja Akhmet Yassawi International Kazakh-Turkish University"},
        "department_kk": {"Ерланқызы": "филология факультеті"},
        "cities": {"Ерланқызы": [["Түркістан", "Turkistan"]]},
        "abstracts": {"en": 1, "kk": 2},
        "keywords": {"en": ["M. Auezov", "nature image", "landscape", "epic novel"],
                     "kk": ["М. Әуезов", "табиғат бейнесі", "пейзаж", "эпопея"]},
        "references": 2,
        "figures": [],
        "sections": ["Кіріспе", "Негізгі бөлім", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "title_en": 'The artistic function of nature images in the novel "The Path of Abai"',
    },
    "ru-article-three-cities": {
        # three authors of three universities in three cities (Караганда, Актобе,
        # Усть-Каменогорск), one with an "e-mail:" line and one with an "ORCID:" line; the
        # supervisor's lines in Kazakh on a Russian page; Word markup throughout (MsoNormal,
        # mso- styles, <o:p>); "УДК" line; a plain "Аннотация." inline in its <p>; a bold
        # "Ключевые слова" then " - " and the terms in <i>; <h2> headings; a Word table whose
        # heading row is bold <td>s, captioned above by a bold "Таблица 1."; "Рисунок 1." below
        # the image in <i>; "Благодарности." inline; "[1]" references under "Использованная
        # литература"; &nbsp; &laquo; &ndash; in the text
        "title": "Кочевые маршруты и сезонные пастбища Сарыарки в XIX веке",
        "language": "ru",
        "roles": ["author", "author", "author", "supervisor"],
        "families": ["Мухаметжанов", "Тасболатова", "Волкова", "Жаксыбекова"],
        "romanised": ["Mukhametzhanov", "Tasbolatova", "Volkova", "Zhaksybekova"],
        "degrees": {"Жаксыбекова": ["т.ғ.к."]},
        "positions": {"Мухаметжанов": ["студент"], "Тасболатова": ["магистрант"],
                      "Волкова": ["студент"], "Жаксыбекова": ["қауымдастырылған профессор"]},
        "position_langs": {"Мухаметжанов": ["ru"], "Жаксыбекова": ["kk"]},
        "institution_ru": {"Мухаметжанов": "Карагандинский университет им. Е.А. Букетова",
                           "Тасболатова": "Актюбинский региональный университет им. К. Жубанова",
                           "Волкова": "Восточно-Казахстанский университет им. С. Аманжолова"},
        "institution_kk": {"Жаксыбекова": "Е.А. Бөкетов атындағы Қарағанды университеті"},
        "department_ru": {"Мухаметжанов": "исторический факультет"},
        "cities": {"Мухаметжанов": [["Караганда"]], "Тасболатова": [["Актобе"]],
                   "Волкова": [["Усть-Каменогорск"]], "Жаксыбекова": [["Қарағанды"]]},
        "abstracts": {"ru": 2},
        "keywords": {"ru": ["кочевое скотоводство", "сезонные пастбища", "зимовки", "Сарыарка",
                            "архивные карты"]},
        "vocabularies": {"UDC": ["94(574)"]},
        "references": 3,
        "figures": ["Рисунок 1"],
        "tables": ["Таблица 1"],
        "header_rows": [1],
        "sections": ["Введение", "Источники и методы", "Результаты", "Заключение"],
        "extra": ["html:author_profiles"],
        "acknowledgements": ["ru"],
        "emails": {"Мухаметжанов": "r.mukhametzhanov@example.kz"},
        "orcids": {"Тасболатова": "0000-0002-9876-5436", "Мухаметжанов": None},
        "paragraph_has": {"Результаты": "короткие – роды"},
    },
    "en-article-ru-block-word": {
        # an English page pasted from Word (mso- styles, <o:p>, <b style=…>, <span lang>); an
        # ALL-CAPS title with "SENTINEL-2" the text writes "Sentinel-2"; two given-first names
        # in one line ("Denis Kim" at /author/kim-denis: family first in the slug) sharing
        # lines with one "E-mail:" mailto line that names the first; "Supervisor – PhD, …";
        # an "ORCID iD:" orcid.org link line; "IRSTI" line; "Summary." inline; "Key words -"
        # with the terms in <i>, split by ";"; "1. Introduction" headings in bold; a Word table
        # with a bold heading row, captioned below ("Table 1."); an image whose alt is a short
        # caption and "Figure 1 –" below it; "REFERENCES" with "[1]"; a Russian block (ALL-CAPS
        # title with "Кызылординской области", "Фамилия И." names, one affiliation line,
        # "Резюме.", keywords in <i>) after the references
        "title": "Soil salinity monitoring in the Kyzylorda region using Sentinel-2 imagery",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Serikova", "Kim", "Baimenova"],
        "romanised": [],
        "variants": {"Serikova": [("Серикова", "ru")], "Kim": [("Ким", "ru")],
                     "Baimenova": [("Байменова", "ru")]},
        "degrees": {"Baimenova": ["PhD"]},
        "positions": {"Serikova": ["student"], "Kim": ["student"],
                      "Baimenova": ["associate professor"]},
        "institution_en": {"Serikova": "Korkyt Ata Kyzylorda University",
                           "Kim": "Korkyt Ata Kyzylorda University",
                           "Baimenova": "Korkyt Ata Kyzylorda University"},
        "institution_ru": {"Kim": "Кызылординский университет им. Коркыт Ата"},
        "cities": {"Kim": [["Kyzylorda", "Кызылорда"]]},
        "abstracts": {"en": 1, "ru": 1},
        "keywords": {"en": ["soil salinity", "remote sensing", "Sentinel-2", "irrigation",
                            "Kyzylorda region"],
                     "ru": ["засоление почв", "дистанционное зондирование", "орошение"]},
        "vocabularies": {"IRSTI": ["34.35.51"]},
        "references": 2,
        "figures": ["Figure 1"],
        "tables": ["Table 1"],
        "header_rows": [1],
        "sections": ["Introduction", "Materials and methods", "Results", "Conclusion"],
        "outline": [(0, "1."), (0, "2."), (0, "3."), (0, "4.")],
        "extra": ["html:author_profiles"],
        "emails": {"Serikova": "a.serikova@example.kz", "Kim": None, "Baimenova": None},
        "orcids": {"Baimenova": "0000-0001-5109-3700", "Serikova": None},
        "titles_other": {"ru": "Мониторинг засоления почв Кызылординской области по снимкам "
                               "Sentinel-2"},
    },
    "kk-article-class-codes": {
        # an ALL-CAPS Kazakh title with &laquo;…&raquo;; "Email:" and "ORCID:" lines;
        # "ғылыми жетекші, п.ғ.м., аға оқытушы"; "Семей қ."; "ӘОЖ …<br>МРНТИ …" in one <p>;
        # a bold "Түйін" on its own line; "Түйінді сөздер:" with the terms in <em> ending in
        # "."; "1. Кіріспе" bold headings; a table captioned above by a bold "Кесте 1 –" with
        # <th> cells in <tbody>; "Сурет 1 –" in <em><strong> below the image; "[1]" references
        # under "Пайдаланылған әдебиеттер тізімі"; an English block after the references with
        # "Family I.O." names (no second romanised name beside the slug's), "Abstract" on its
        # own line and "Key words:"
        "title": "Мектептегі «Робототехника» үйірмесінің оқушылардың инженерлік ойлауын "
        "дамытудағы мүмкіндіктері",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Нұрпейісова", "Тохтарова"],
        "romanised": ["Nurpeisova", "Tokhtarova"],
        "latin_names": {"Нұрпейісова": 1, "Тохтарова": 1},
        "degrees": {"Тохтарова": ["п.ғ.м."]},
        "positions": {"Нұрпейісова": ["студент"], "Тохтарова": ["аға оқытушы"]},
        "institution_kk": {"Нұрпейісова": "Шәкәрім атындағы университет",
                           "Тохтарова": "Шәкәрім атындағы университет"},
        "institution_en": {"Нұрпейісова": "Shakarim University",
                           "Тохтарова": "Shakarim University"},
        "cities": {"Нұрпейісова": [["Семей", "Semey"]]},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["робототехника", "инженерлік ойлау", "STEM-білім беру", "үйірме",
                            "жобалық оқыту"],
                     "en": ["robotics", "engineering thinking", "STEM education", "club",
                            "project-based learning"]},
        "vocabularies": {"UDC": ["373.5:004.896"], "IRSTI": ["14.25.09"]},
        "references": 3,
        "figures": ["Сурет 1"],
        "tables": ["Кесте 1"],
        "header_rows": [1],
        "sections": ["Кіріспе", "Зерттеу әдістері", "Нәтижелер", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "emails": {"Нұрпейісова": "akbota.nurpeisova@example.kz", "Тохтарова": None},
        "orcids": {"Тохтарова": "0000-0003-4120-7764", "Нұрпейісова": None},
        "title_en": "Possibilities of the school robotics club in developing pupils' engineering "
        "thinking",
    },
    "kk-article-css-bold": {
        # bold written as a style ("<span style='font-weight: bold'>") for the headings, the
        # labels and the translated block's title and names; two linked names in one line
        # sharing the lines ("… 3 курс студенттері"); "Ғылыми жетекші: <a>Name</a>, т.ғ.к.,
        # доцент" inline; "Аңдатпа" in an <h3>; "Тірек сөздер:"; formula images inside a
        # sentence (the text stays a paragraph); "Сурет 1 -" with a hyphen below the image and
        # a "Дереккөз:" line under it; "Әдебиеттер" with <ol>; a Russian block (ALL-CAPS title,
        # "Фамилия И." names, one affiliation line, "Аннотация.", keywords) at the end
        "title": "Жылу алмастырғыштың тиімділігін сандық модельдеу арқылы бағалау",
        "language": "kk",
        "roles": ["author", "author", "supervisor"],
        "families": ["Болатұлы", "Серікқызы", "Ермекова"],
        "romanised": ["Bolatuly", "Serikkyzy", "Ermekova"],
        "variants": {"Болатұлы": [("Болатулы", "ru")]},
        "degrees": {"Ермекова": ["т.ғ.к."]},
        "positions": {"Болатұлы": ["студент"], "Серікқызы": ["студент"], "Ермекова": ["доцент"]},
        "institution_kk": {"Болатұлы": "Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу "
                                       "университеті",
                           "Серікқызы": "Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу "
                                        "университеті"},
        "institution_ru": {"Серікқызы": "Казахский национальный исследовательский технический "
                                        "университет им. К.И. Сатпаева"},
        "department_kk": {"Болатұлы": "жылу энергетикасы кафедрасы"},
        "cities": {"Серікқызы": [["Алматы", "Алматы"]], "Ермекова": []},
        "abstracts": {"kk": 1, "ru": 1},
        "keywords": {"kk": ["жылу алмастырғыш", "жылу берілу", "сандық модельдеу", "тиімділік"],
                     "ru": ["теплообменник", "теплопередача", "численное моделирование",
                            "эффективность"]},
        "references": 2,
        "figures": [None, None, "Сурет 1"],
        "sections": ["Кіріспе", "Әдістеме", "Нәтижелер", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "paragraph_has": {"Әдістеме": "тиімділігі формуласымен анықталады"},
        "titles_other": {"ru": "Оценка эффективности теплообменника численным моделированием"},
    },
    "ru-article-marks-adviser": {
        # numbered affiliations in one <p> broken by <br>, with a shared e-mail line; a legal
        # form before a quoted university name; the supervisor's label only in the English
        # block ("Scientific adviser:"), whose shared affiliation line names the first author's
        # university only; an ALL-CAPS title naming a programme the reference list writes in
        # lower case; "SMES" in the English title; "Ключевые слова –"; "Таблица 1" over a bold
        # table title; "1." reference paragraphs
        "title": "Влияние программы «Дорожная карта бизнеса-2025» на развитие МСБ в Туркестанской "
        "области",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Юсупова", "Тасболатов", "Ермекбаев"],
        "romanised": ["Yusupova", "Tasbolatov", "Ermekbaev"],
        "degrees": {"Ермекбаев": ["д.э.н.", "Doctor of Economic Sciences"]},
        "positions": {"Ермекбаев": ["профессор", "professor"]},
        "institution_ru": {"Юсупова": "Южно-Казахстанский университет им. М. Ауэзова",
                           "Тасболатов": "Международный университет туризма и гостеприимства"},
        "institution_en": {"Юсупова": "M. Auezov South Kazakhstan University"},
        "cities": {"Тасболатов": [["Туркестан"]]},
        "abstracts": {"ru": 2, "en": 1},
        "keywords": {"ru": ["МСБ", "государственная поддержка", "субсидирование",
                            "Туркестанская область", "предпринимательство"],
                     "en": ["SMEs", "state support", "subsidies", "Turkistan region",
                            "entrepreneurship"]},
        "references": 2,
        "figures": [],
        "tables": ["Таблица 1"],
        "sections": ["Введение", "Заключение"],
        "extra": ["html:author_profiles"],
        "emails": {"Юсупова": "k.yusupova@example.kz", "Тасболатов": "e.tasbolatov@example.kz"},
        "title_en": "The impact of the business ROADMAP-2025 programme on SMEs in Turkistan region",
    },
    "kk-article-footnotes-table": {
        # a Title Case title ending in a full stop; "2 курс магистранты" and an e-mail in the
        # affiliation line; an institute inside the university (a genitive chain); "Түйіндеме";
        # a table and figures "Сурет 1 –"; "1." reference paragraphs; English block after the
        # references; Word footnotes at the end of the page
        "title": "Абай шығармаларындағы көркем бейнелердің орыс тіліне аударылу ерекшеліктері",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Төлегенова", "Мырзахметов"],
        "romanised": ["Tolegenova", "Myrzakhmetov"],
        "degrees": {"Мырзахметов": ["п.ғ.д."]},
        "positions": {"Төлегенова": ["магистрант"], "Мырзахметов": ["профессор"]},
        "institution_kk": {"Төлегенова": "Абай атындағы Қазақ ұлттық педагогикалық университеті"},
        "department_kk": {"Төлегенова": "филология институты"},
        "institution_en": {"Мырзахметов": "Abai Kazakh National Pedagogical University"},
        "emails": {"Төлегенова": "aigerim.tolegenova@example.kz"},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["Абай", "көркем аударма", "бейне", "метафора", "салыстырмалы талдау"],
                     "en": ["Abai", "literary translation", "image", "metaphor",
                            "comparative analysis"]},
        "references": 4,
        "figures": ["Сурет 1", "Сурет 2"],
        "tables": ["Кесте 1"],
        "sections": ["Кіріспе", "Зерттеу материалы мен әдістері", "Нәтижелер", "Қорытынды"],
        "paragraph_has": {"Кіріспе": "ғасырдың басында басталды. Алғашқы"},
        "extra": ["html:author_profiles", "html:footnotes"],
        "title_en": "Features of translating artistic images in Abai's works into Russian",
    },
    "ru-article-rezyume-bibliography": {
        # an ALL-CAPS title ending in a full stop; "студентка 3 курса" and an e-mail in the
        # line; "научный руководитель –"; "Резюме" on a line of its own; "Ключевые слова –";
        # run-in headings; "Рисунок 1."; "Библиографический список" over "1." paragraphs; a
        # Kazakh block ("Түйін", "Түйін сөздер") after the references
        "title": "Роль цифровых платформ в развитии внутреннего туризма Мангистауской области",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Сагындыкова", "Утегенова"],
        "romanised": ["Sagyndykova", "Utegenova"],
        "variants": {"Утегенова": [("Өтегенова", "kk")]},
        "degrees": {"Утегенова": ["к.э.н."]},
        "positions": {"Сагындыкова": ["студент"], "Утегенова": ["ассоциированный профессор"]},
        "institution_ru": {"Утегенова": "Каспийский университет технологий и инжиниринга имени "
                                        "Ш. Есенова"},
        "institution_kk": {"Сагындыкова": "Ш. Есенов атындағы Каспий технологиялар және "
                                          "инжиниринг университеті"},
        "cities": {"Сагындыкова": [["Актау", "Ақтау"]]},
        "emails": {"Сагындыкова": "d.sagyndykova@example.kz"},
        "abstracts": {"ru": 2, "kk": 1},
        "keywords": {"ru": ["внутренний туризм", "цифровые платформы", "Мангистауская область",
                            "гостевые дома"],
                     "kk": ["ішкі туризм", "цифрлық платформалар", "Маңғыстау облысы",
                            "қонақ үйлер"]},
        "references": 3,
        "figures": ["Рисунок 1", "Рисунок 2"],
        "sections": ["Введение", "Методы", "Результаты", "Заключение"],
        "extra": ["html:author_profiles"],
        "titles_other": {"kk": "Маңғыстау облысындағы ішкі туризмді дамытудағы цифрлық "
                               "платформалардың рөлі"},
    },
    "en-article-summary-bibliography": {
        # a Title Case title ending in a full stop (kept: English title case); "2nd year
        # master's student" and an e-mail in the line; "Scientific supervisor –"; "Summary:",
        # "Key words:"; a table captioned above; "Figure 1.", "Figure 2 –", "Fig. 3.";
        # "Bibliography" over "1)" paragraphs; a Russian block after the references
        "title": "Water Governance in the Aral Sea Basin: Lessons for Kazakhstan",
        "language": "en",
        "roles": ["author", "supervisor"],
        "families": ["Abdikarimov", "Seitkali"],
        "romanised": [],
        "variants": {"Seitkali": [("Сейткали", "ru")]},
        "degrees": {"Seitkali": ["PhD"]},
        "positions": {"Abdikarimov": ["master's student"], "Seitkali": ["associate professor"]},
        "institution_en": {"Abdikarimov": "Al-Farabi Kazakh National University"},
        "institution_ru": {"Seitkali": "Казахский национальный университет имени аль-Фараби"},
        "department_en": {"Abdikarimov": "Department of Environmental Management"},
        "emails": {"Abdikarimov": "t.abdikarimov@example.kz"},
        "abstracts": {"en": 1, "ru": 1},
        "keywords": {"en": ["Aral Sea", "water governance", "Syr Darya", "transboundary rivers",
                            "Kazakhstan"],
                     "ru": ["Аральское море", "управление водными ресурсами", "Сырдарья",
                            "трансграничные реки"]},
        "references": 3,
        "figures": ["Figure 1", "Figure 2", "Fig. 3"],
        "tables": ["Table 1"],
        "sections": ["Introduction", "Data and methods", "Results", "Conclusion"],
        "extra": ["html:author_profiles"],
        "titles_other": {"ru": "Управление водными ресурсами в бассейне Аральского моря: уроки "
                               "для Казахстана"},
    },
    "kk-article-figcaption-ru-block": {
        # an ALL-CAPS title over a <br>, ending in a full stop, with a quoted term; "PhD
        # докторанты"; a co-author "магистрі, аға оқытушы"; "доцент м.а."; "ТҮЙІН"; numbered
        # subsections; <figure>/<figcaption>; "ӘДЕБИЕТТЕР" over <ol><li><p>; a Russian block
        # with "РЕЗЮМЕ" after the references
        "title": "Қазақ тілін оқытуда «цифрлық әңгіме» әдісін қолдану",
        "language": "kk",
        "roles": ["author", "author", "supervisor"],
        "families": ["Жақсылықова", "Байжанова", "Құрманова"],
        "romanised": ["Zhaksylykova", "Baizhanova", "Kurmanova"],
        "variants": {"Құрманова": [("Курманова", "ru")]},
        "degrees": {"Байжанова": ["педагогика ғылымдарының магистрі"], "Құрманова": ["ф.ғ.к."]},
        "positions": {"Жақсылықова": ["докторант"], "Байжанова": ["аға оқытушы"],
                      "Құрманова": ["доцент м.а."]},
        "institution_kk": {"Жақсылықова": "Л.Н. Гумилев атындағы Еуразия ұлттық университеті"},
        "institution_ru": {"Құрманова": "Евразийский национальный университет имени Л.Н. Гумилева"},
        "abstracts": {"kk": 2, "ru": 1},
        "keywords": {"kk": ["цифрлық әңгіме", "қазақ тілі", "сөйлеу дағдысы", "орта мектеп"],
                     "ru": ["цифровая история", "казахский язык", "речевые навыки",
                            "средняя школа"]},
        "references": 3,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Зерттеу әдістемесі", "Қатысушылар", "Бағалау құралдары",
                     "Нәтижелер", "Қорытынды"],
        "outline": [(0, None), (0, "1."), (1, "1.1"), (1, "1.2"), (0, "2."), (0, None)],
        "extra": ["html:author_profiles"],
        "titles_other": {"ru": "Применение метода «цифровой истории» при обучении казахскому "
                               "языку"},
    },
    "ru-article-foreign-no-links": {
        # an ALL-CAPS title over <br> and <span>; an author with no profile link, one with a
        # node-number slug, a supervisor with a Cyrillic slug (no romanised name from either);
        # position and institution in one comma-less line; Russia and Uzbekistan with "г. …";
        # a DOI line; "Аннотация." in <strong> with its text after it, in three paragraphs;
        # the keyword label in <em>; numbered <h2> headings; references in one <p> over <br>
        "title": "Моделирование паводкового стока реки Иртыш с использованием данных "
                 "дистанционного зондирования",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Иванова", "Каримов", "Тулеуов"],
        "romanised": [],
        "latin_names": {"Тулеуов": 0, "Каримов": 0},
        "degrees": {"Каримов": ["PhD"], "Тулеуов": ["к.г.н."]},
        "positions": {"Иванова": ["магистрант"], "Каримов": ["доцент"],
                      "Тулеуов": ["ассоциированный профессор"]},
        "institution_ru": {"Иванова": "Новосибирский государственный университет",
                           "Каримов": "Национальный университет Узбекистана имени Мирзо Улугбека"},
        "department_ru": {"Каримов": "кафедра гидрологии"},
        "countries": {"Иванова": ["RU"], "Каримов": ["UZ"], "Тулеуов": ["KZ"]},
        "cities": {"Иванова": [["Новосибирск"]], "Каримов": [["Ташкент"]],
                   "Тулеуов": [["Алматы"]]},
        "abstracts": {"ru": 3},
        "keywords": {"ru": ["паводок", "река Иртыш", "дистанционное зондирование",
                            "снежный покров", "гидрологическая модель"]},
        "references": 4,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Материалы и методы", "Результаты", "Заключение"],
        "outline": [(0, "1."), (0, "2."), (0, "3."), (0, "4.")],
        "extra": ["html:author_profiles"],
    },
    "kk-article-superscripts-en-first": {
        # a title over <span> and <br>; two authors in one line with superscript marks, a
        # Cyrillic and a numeric slug; numbered affiliation lines, one in Turkey; the English
        # block (Word spans) before the Kazakh; "Аңдатпа. text" in one <b>; the supervisor in
        # the body ending in a full stop; "Түйін сөздер –"; headings "1 Кіріспе" with no dot
        "title": "Түркістан облысындағы жылыжай шаруашылығының экономикалық тиімділігі",
        "title_en": "Economic efficiency of greenhouse farming in Turkistan region",
        "language": "kk",
        "roles": ["author", "author", "supervisor"],
        "families": ["Серікұлы", "Нұрланқызы", "Тәжібаев"],
        "romanised": [],
        "latin_names": {"Серікұлы": 0},
        "degrees": {"Тәжібаев": ["э.ғ.д."]},
        "positions": {"Серікұлы": ["магистрант"], "Нұрланқызы": ["докторант"],
                      "Тәжібаев": ["профессор"]},
        "institution_kk": {"Серікұлы": "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік "
                                        "университеті",
                           "Нұрланқызы": "Анкара университеті"},
        "countries": {"Серікұлы": ["KZ"], "Нұрланқызы": ["TR"]},
        "cities": {"Серікұлы": [["Түркістан"]], "Нұрланқызы": [["Анкара"]]},
        "abstracts": {"en": 1, "kk": 1},
        "keywords": {"en": ["greenhouse", "vegetables", "profitability", "Turkistan region"],
                     "kk": ["жылыжай", "көкөніс", "рентабельділік", "Түркістан облысы"]},
        "references": 3,
        "figures": [],
        "sections": ["Кіріспе", "Материалдар мен әдістер", "Нәтижелер және талқылау",
                     "Қорытынды"],
        "outline": [(0, "1"), (0, "2"), (0, "3"), (0, "4")],
        "extra": ["html:author_profiles"],
    },
    "en-article-russia-h3-word": {
        # family names with initials after them; position and institution with no comma;
        # "Republic of Kazakhstan" and Russia; Word spans with inline styles and &nbsp;
        # paragraphs; the supervisor in the abstract's last sentence, with a degree's field
        # in brackets; the keyword label in <b><i>; <h3> headings; "Figure 1 –"; references
        # with a DOI URL, a Cyrillic one and "(accessed: …)"
        "title": "Urban heat islands in Almaty and Kazan: a comparison of Landsat surface "
                 "temperatures",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Zhumabekova", "Petrov", "Omarova"],
        "romanised": [],
        "degrees": {"Omarova": ["Cand. Sc. (Geography)"]},
        "positions": {"Zhumabekova": ["master's student"], "Petrov": ["senior researcher"],
                      "Omarova": ["associate professor"]},
        "institution_en": {"Zhumabekova": "Satbayev University",
                           "Petrov": "Kazan Federal University"},
        "countries": {"Zhumabekova": ["KZ"], "Petrov": ["RU"]},
        "cities": {"Zhumabekova": [["Almaty"]], "Petrov": [["Kazan"]]},
        "abstracts": {"en": 2},
        "keywords": {"en": ["urban heat island", "land surface temperature", "Landsat",
                            "Almaty", "Kazan"]},
        "references": 3,
        "figures": ["Figure 1"],
        "sections": ["Introduction", "Data and methods", "Conclusion"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-initials-url-line": {
        # both authors in one plain line, initials first, with superscript marks; a Russian
        # affiliation with "Қазақстан Республикасы" and one in "Российская Федерация"; a "URL:"
        # line before the abstract; the keyword label in <b><em>; numbered <h3> headings
        "title": "Цифровые компетенции будущих учителей информатики",
        "language": "ru",
        "roles": ["author", "author"],
        "families": ["Иванов", "Петрова"],
        "romanised": [],
        "degrees": {},
        "positions": {},
        "institution_ru": {"Иванов": "Павлодарский педагогический университет имени Әлкей "
                                     "Марғұлан",
                           "Петрова": "Омский государственный педагогический университет"},
        "countries": {"Иванов": ["KZ"], "Петрова": ["RU"]},
        "cities": {"Иванов": [["Павлодар"]], "Петрова": [["Омск"]]},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["цифровая компетентность", "учитель информатики",
                            "педагогическое образование"]},
        "references": 3,
        "figures": [],
        "sections": ["Введение", "Заключение"],
        "extra": [],
    },
    "ru-article-caps-headings-gost": {
        # an ALL-CAPS title in «quotes» with a colon; department before an abbreviated
        # university ("кафедра …, КазНУ им. аль-Фараби"); "г.Нур-Султан" with no space; the
        # supervisor in one line under the last author; "Аннотация:" inside the paragraph;
        # ALL-CAPS headings; a <ul> list; "Таблица 1 –" in a <p> above a table of plain <td>;
        # "Список использованной литературы" numbered "[1]" in <p>, GOST with –, — and -
        "title": "«Цифровой тенге»: перспективы внедрения в розничные платежи Казахстана",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Омарова", "Ли", "Жакупов"],
        "romanised": ["Omarova", "Lee"],
        "degrees": {"Жакупов": ["д.э.н."]},
        "positions": {"Омарова": ["студент"], "Ли": ["магистрант"], "Жакупов": ["профессор"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {},
        "institution_ru": {"Омарова": "КазНУ им. аль-Фараби", "Ли": "ЕНУ им. Л.Н. Гумилева"},
        "department_ru": {"Омарова": "кафедра финансов и учета"},
        "cities": {"Омарова": [["Алматы"]], "Ли": [["Нур-Султан"]]},
        "abstracts": {"ru": 1},
        "keywords": {"ru": ["цифровая валюта центрального банка", "цифровой тенге",
                            "розничные платежи", "Национальный банк"]},
        "references": 3,
        "figures": [],
        "tables": ["Таблица 1"],
        "header_rows": [1],
        "sections": ["Введение", "Материалы и методы", "Заключение"],
        "extra": ["html:author_profiles"],
    },
    "kk-article-latin-kazakh": {
        # the department on its own line between the course year and "Әл-Фараби атындағы
        # ҚазҰУ"; "Сурет-1."; ALL-CAPS headings; a block in Kazakh of the 2021 Latin alphabet
        # (title, Ańdatpa, Túıin sózder), then an English one
        "title": "Ауыл шаруашылығындағы жерді қашықтан зондтау әдістері",
        "title_en": "Remote sensing methods in agriculture",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Сәрсенбаев", "Тохтарова"],
        "romanised": ["Sarsenbaev", "Tokhtarova"],
        "degrees": {"Тохтарова": ["т.ғ.к."]},
        "positions": {"Сәрсенбаев": ["студент"], "Тохтарова": ["қауымдастырылған профессор"]},
        "institution_kk": {"Сәрсенбаев": "Әл-Фараби атындағы ҚазҰУ",
                           "Тохтарова": "Әл-Фараби атындағы ҚазҰУ"},
        "department_kk": {"Сәрсенбаев": "ақпараттық жүйелер кафедрасы"},
        "institution_en": {},
        "abstracts": {"kk": 1, "kk-Latn": 1, "en": 1},
        "keywords": {"kk": ["қашықтан зондтау", "NDVI", "Sentinel-2", "бидай", "Ақмола облысы"],
                     "kk-Latn": ["qashyqtan zondtaý", "NDVI", "Sentinel-2", "bıdaı",
                                 "Aqmola oblysy"],
                     "en": ["remote sensing", "NDVI", "Sentinel-2", "wheat", "Akmola region"]},
        "references": 2,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Зерттеу әдістері", "Қорытынды"],
        "extra": ["html:author_profiles"],
    },
    "en-article-two-affiliations-no-keywords": {
        # two authors marked <sup>1,2</sup> and <sup>1</sup> after their links, the second
        # affiliation a company with its own post ("engineer, … LLP"); an abstract with no label
        # and no keywords; CO<sub>2</sub>, 10<sup>6</sup>; "Fig. 1." in <em>; "[1]" references
        "title": "Carbon capture in coal-fired power plants of Pavlodar region: a cost assessment",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Abenov", "Kim", "Zhaksylykova"],
        "romanised": [],
        "degrees": {"Zhaksylykova": ["Candidate of Technical Sciences"]},
        "positions": {"Abenov": ["doctoral student", "engineer"], "Kim": ["doctoral student"],
                      "Zhaksylykova": ["associate professor"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {"Abenov": "Toraighyrov University", "Kim": "Toraighyrov University",
                           "Zhaksylykova": "Toraighyrov University"},
        "cities": {"Abenov": [["Pavlodar"], ["Ekibastuz"]], "Kim": [["Pavlodar"]]},
        "abstracts": {"en": 1},
        "keywords": {},
        "references": 3,
        "figures": ["Fig. 1"],
        "sections": ["Introduction", "Method", "Conclusion"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-superscript-marks-kk-block": {
        # Unicode marks "¹,²" after the links; two marked lines, "кафедра …" before "ЕНУ им.
        # Л.Н. Гумилева", "г.Астана"; the second a branch of a state enterprise with its post
        # ("лаборант"); "к.т.н., ассоц. профессор"; an abstract with no label; NH<sub>4</sub>
        # <sup>+</sup>; "Рис. 1."; a Kazakh block with "Аңдатпа:" and "Түйінді сөздер:"
        "title": "Мониторинг качества воды реки Есиль в черте г. Астаны",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Бекова", "Пак", "Сейткали"],
        "romanised": ["Bekova", "Pak", "Seitkali"],
        "degrees": {"Сейткали": ["к.т.н."]},
        "positions": {"Бекова": ["студент", "лаборант"], "Пак": ["студент"],
                      "Сейткали": ["ассоциированный профессор"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {},
        "institution_ru": {"Бекова": "ЕНУ им. Л.Н. Гумилева", "Пак": "ЕНУ им. Л.Н. Гумилева"},
        "department_ru": {"Бекова": "кафедра экологии", "Пак": "кафедра экологии"},
        "cities": {"Бекова": [["Астана"], ["Астана"]], "Пак": [["Астана"]]},
        "abstracts": {"ru": 1, "kk": 1},
        "keywords": {"ru": ["река Есиль", "качество воды", "ПДК", "мониторинг", "Астана"],
                     "kk": ["Есіл өзені", "су сапасы", "ШРК", "мониторинг", "Астана"]},
        "references": 2,
        "figures": ["Рис. 1"],
        "sections": ["Введение", "Выводы"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-phone-keywords-next": {
        # "магистрант 1 года обучения"; a phone line beside the e-mail; the supervisor's line
        # names her again after the label ("Садыкова А.Б., к.т.н., доцент кафедры …"); "ЕНУ им.
        # Л.Н. Гумилева, г. Нур-Султан"; a three-paragraph abstract; "Ключевые слова:" alone with
        # the terms in the next paragraph; "Annotation" / "Key words"; "1. Введение"; "Таблица 1 –"
        "title": "Применение методов машинного обучения для прогнозирования потребления "
        "электроэнергии в городе Астана",
        "title_en": "Application of machine learning methods to forecasting electricity "
        "consumption in Astana",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Абдикаримов", "Садыкова"],
        "romanised": ["Abdikarimov", "Sadykova"],
        "degrees": {"Садыкова": ["к.т.н.", "Candidate of Technical Sciences"]},
        "positions": {"Абдикаримов": ["магистрант", "master's student"],
                      "Садыкова": ["доцент", "associate professor"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {"Абдикаримов": "L.N. Gumilyov Eurasian National University"},
        "institution_ru": {"Абдикаримов": "ЕНУ им. Л.Н. Гумилева",
                           "Садыкова": "ЕНУ им. Л.Н. Гумилева"},
        "department_ru": {"Абдикаримов": "кафедра информационных систем",
                          "Садыкова": "кафедра информационных систем"},
        "cities": {"Абдикаримов": [["Нур-Султан", "Astana"]]},
        "emails": {"Абдикаримов": "t.abdikarimov@example.kz"},
        "abstracts": {"ru": 3, "en": 2},
        "keywords": {"ru": ["машинное обучение", "прогнозирование нагрузки", "градиентный бустинг",
                            "LSTM", "энергосистема"],
                     "en": ["machine learning", "load forecasting", "gradient boosting", "LSTM",
                            "power system"]},
        "references": 3,
        "figures": ["Рис. 1"],
        "tables": ["Таблица 1"],
        "sections": ["Введение", "Данные и методы", "Результаты", "Заключение"],
        "outline": [(0, "1."), (0, "2."), (0, "3."), (0, "4.")],
        "extra": ["html:author_profiles", "html:phones"],
    },
    "kk-article-shy-br-span-refs": {
        # soft hyphens and no-break spaces inside words (title, abstract, keywords); the
        # affiliation lines split by <br> inside one <em>, "Абай атындағы ҚазҰПУ, педагогика
        # және психология институты" (a unit of the university), "Қазақстан Республикасы,
        # Алматы қ."; the supervisor's label inside her lines; <b> labels; references as <p>s
        # with "1." in a <span>; the English block after the references
        "title": "Бастауыш сынып оқушыларының функционалдық сауаттылығын дамытудағы жобалық "
        "оқытудың рөлі",
        "title_en": "The role of project-based learning in developing functional literacy of "
        "primary school pupils",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Нұрланқызы", "Жақсылықова"],
        "romanised": ["Nurlanqyzy", "Zhaksylykova"],
        "degrees": {"Жақсылықова": ["п.ғ.к.", "Candidate of Pedagogical Sciences"]},
        "positions": {"Нұрланқызы": ["студент", "student"],
                      "Жақсылықова": ["қауымдастырылған профессор", "associate professor"]},
        "institution_kk": {"Нұрланқызы": "Абай атындағы ҚазҰПУ",
                           "Жақсылықова": "Абай атындағы ҚазҰПУ"},
        "department_kk": {"Нұрланқызы": "педагогика және психология институты"},
        "institution_en": {"Нұрланқызы": "Abai Kazakh National Pedagogical University"},
        "cities": {"Нұрланқызы": [["Алматы", "Almaty"]]},
        "abstracts": {"kk": 1, "en": 1},
        "keywords": {"kk": ["функционалдық сауаттылық", "жобалық оқыту", "бастауыш сынып",
                            "оқу дағдылары"],
                     "en": ["functional literacy", "project-based learning", "primary school",
                            "reading skills"]},
        "references": 3,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Зерттеу әдістері", "Қорытынды"],
        "extra": ["html:author_profiles", "html:study_programmes"],
    },
    "en-article-annotation-figure-colon": {
        # two linked authors in one <p> sharing a line that ends with one author's e-mail;
        # "Scientific supervisor – Karimova L.S., …" naming the linked supervisor again;
        # "M. Auezov SKU", "Republic of Kazakhstan"; "ANNOTATION" over three paragraphs;
        # "Key words: " with the space inside <strong>; "Table 1:", "Figure 1:"; references
        # as <li><p>; a Russian block after the references
        "title": "Water-saving irrigation technologies for cotton farms of Turkistan region",
        "language": "en",
        "roles": ["author", "author", "supervisor"],
        "families": ["Tursynbek", "Omirzak", "Karimova"],
        "romanised": [],
        "degrees": {"Karimova": ["Candidate of Agricultural Sciences"]},
        "positions": {"Tursynbek": ["student", "студент"], "Omirzak": ["student", "студент"],
                      "Karimova": ["associate professor"]},
        "institution_kk": {},
        "department_kk": {},
        "institution_en": {"Tursynbek": "M. Auezov SKU", "Omirzak": "M. Auezov SKU",
                           "Karimova": "M. Auezov SKU"},
        "institution_ru": {"Tursynbek": "ЮКУ им. М. Ауэзова"},
        "cities": {"Karimova": [["Shymkent"]]},
        "emails": {"Tursynbek": "aruzhan.t@example.kz", "Omirzak": None},
        "abstracts": {"en": 3, "ru": 1},
        "keywords": {"en": ["drip irrigation", "cotton", "water saving", "Turkistan region",
                            "subsidies"],
                     "ru": ["капельное орошение", "хлопчатник", "водосбережение"]},
        "references": 3,
        "figures": ["Figure 1"],
        "tables": ["Table 1"],
        "sections": ["Introduction", "Materials and methods", "Results", "Conclusion"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-inline-labels-kk-block": {
        # "студентка 3 курса группы ЭКО-21-2" (a student group, no institution); "научный
        # руководитель – к.б.н., …" inside the supervisor's line; "КарУ им. Е.А. Букетова";
        # "Аннотация." and section headings run into their first paragraph; "[1]" references
        # under "Литература"; a Kazakh block with "Қарағанды қ., Қазақстан Республикасы",
        # "Аңдатпа." and "Негізгі сөздер:"
        "title": "Оценка качества питьевой воды в малых населенных пунктах Карагандинской "
        "области",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Жумабекова", "Лисицына"],
        "romanised": ["Zhumabekova", "Lisitsyna"],
        "degrees": {"Лисицына": ["к.б.н."]},
        "positions": {"Жумабекова": ["студент", "студент"],
                      "Лисицына": ["ассоциированный профессор"]},
        "institution_kk": {"Жумабекова": "Академик Е.А. Бөкетов атындағы Қарағанды университеті"},
        "institution_en": {},
        "institution_ru": {"Жумабекова": "Карагандинский университет им. академика Е.А. Букетова",
                           "Лисицына": "КарУ им. Е.А. Букетова"},
        "department_ru": {"Лисицына": "кафедра ботаники"},
        "cities": {"Жумабекова": [["Караганда", "Қарағанды"]]},
        "variants": {"Жумабекова": [("Жұмабекова", "kk")]},
        "abstracts": {"ru": 2, "kk": 1},
        "keywords": {"ru": ["питьевая вода", "жесткость", "железо", "водоподготовка",
                            "Карагандинская область"],
                     "kk": ["ауыз су", "кермектік", "темір", "суды дайындау"]},
        "references": 3,
        "figures": [],
        "sections": ["Введение", "Материалы и методы", "Результаты и обсуждение", "Выводы"],
        "extra": ["html:author_profiles"],
    },
    "kk-article-caption-in-img-para": {
        # one author; the supervisor named, unlinked, in the author's own lines ("ғылыми
        # жетекшісі: Жақсыбаева Гүлмира Тұрсынқызы, г.ғ.к., доцент"); "Аңдатпа" as <h4>; the
        # keywords after a <br> inside the abstract's paragraph; the caption "1-сурет – …" after
        # a <br> in the image's paragraph; "1-кесте" set right over its centred title; the
        # references' text in <span>s of an <ol>
        "title": "Жамбыл облысындағы жайылымдардың тозу деңгейін спутниктік деректер бойынша "
        "бағалау",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Бекжанов", "Жақсыбаева"],
        "romanised": ["Bekzhanov"],
        "degrees": {"Жақсыбаева": ["г.ғ.к."]},
        "positions": {"Бекжанов": ["магистрант"], "Жақсыбаева": ["доцент"]},
        "institution_kk": {"Бекжанов": "М.Х. Дулати атындағы Тараз өңірлік университеті"},
        "department_kk": {"Бекжанов": "география және туризм кафедрасы"},
        "institution_en": {},
        "cities": {"Бекжанов": [["Тараз"]]},
        "abstracts": {"kk": 1},
        "keywords": {"kk": ["жайылым", "тозу", "NDVI", "Sentinel-2", "Жамбыл облысы"]},
        "references": 2,
        "figures": ["Сурет 1"],
        "tables": ["Кесте 1"],
        "sections": ["Кіріспе", "Нәтижелер", "Қорытынды"],
        "extra": ["html:author_profiles"],
    },
    "kk-article-caps-en-names": {
        # a title ending in a full stop; the first author's affiliation lines in capitals
        # (institution first, then "филология факультетінің 4 курс студенті"), the supervisor's
        # in ordinary case; keywords ending in "т.б." / "etc."; "Кіріспе", "Негізгі бөлім",
        # "Қорытынды" as <p><b>; "Сурет 1." in <em> below an image with alt text; "Әдебиеттер"
        # alone; an English block after the references with ALL-CAPS names and no initials
        # ("NURLANQYZY DANA") and affiliation lines in capitals
        "title": "Қазақ тіліндегі жаңа терминдердің қолданылу жиілігі: корпустық талдау",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Нұрланқызы", "Серікбай"],
        "romanised": ["Nurlanqyzy", "Serikbay"],
        "degrees": {"Серікбай": ["PhD"]},
        "positions": {"Нұрланқызы": ["студент", "student"],
                      "Серікбай": ["аға оқытушы", "senior lecturer"]},
        "institution_kk": {"Нұрланқызы": "Әл-Фараби атындағы Қазақ ұлттық университеті"},
        "department_kk": {"Нұрланқызы": "филология факультеті"},
        "institution_en": {"Нұрланқызы": "Al-Farabi Kazakh National University",
                           "Серікбай": "Al-Farabi Kazakh National University"},
        "department_en": {"Нұрланқызы": "Faculty of Philology"},
        "cities": {"Нұрланқызы": [["Алматы", "Almaty"]]},
        "raw_has": {"Нұрланқызы": "ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ"},
        "abstracts": {"kk": 2, "en": 1},
        "keywords": {"kk": ["термин", "корпус", "жиілік", "неологизм", "баспасөз тілі"],
                     "en": ["term", "corpus", "frequency", "neologism", "language of the press"]},
        "references": 3,
        "figures": ["Сурет 1"],
        "sections": ["Кіріспе", "Негізгі бөлім", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "title_en": "Frequency of new terms in the Kazakh language: a corpus analysis",
    },
    "ru-article-empty-h1-italic-label": {
        # an empty h1, the title in a bold centred paragraph atop the body, over a <br>; two
        # authors of two universities in one line with <sup> marks, and a supervisor of a third
        # whose line opens with the label before the mark ("научный руководитель, ³ЕНУ …");
        # "Республика Казахстан, г. Караганда"; "<i>Аннотация:</i>" and "<i>Ключевые слова:</i>"
        # in italics, the keywords ending in "и т.д."; "1)" reference paragraphs with DOI links
        "title": "Сорбционная очистка сточных вод от ионов меди природными цеолитами "
        "Центрального Казахстана",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Касымова", "Белов", "Тохтарова"],
        "romanised": ["Kasymova", "Belov", "Tokhtarova"],
        "degrees": {"Тохтарова": ["к.х.н."]},
        "positions": {"Касымова": ["студент"], "Белов": ["магистрант"], "Тохтарова": ["доцент"]},
        "institution_ru": {
            "Касымова": "Карагандинский университет имени академика Е.А. Букетова",
            "Белов": "Карагандинский технический университет имени Абылкаса Сагинова",
            "Тохтарова": "Евразийский национальный университет им. Л.Н. Гумилева",
        },
        "cities": {"Касымова": [["Караганда"]], "Белов": [["Караганда"]],
                   "Тохтарова": [["Астана"]]},
        "abstracts": {"ru": 2},
        "keywords": {"ru": ["цеолит", "сорбция", "ионы меди", "сточные воды", "модифицирование"]},
        "references": 4,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Материалы и методы", "Результаты и обсуждение", "Заключение"],
        "extra": ["html:author_profiles"],
    },
    "en-article-star-note-mailto": {
        # a title in “quotes” with a full stop after them; a star after the first author's link
        # and "* Corresponding author: …" after the references; the department line, then the
        # university line with the position, then "Semey, Kazakhstan"; an e-mail in a mailto
        # link; a Kazakh block (title, "М.С. Жақсылықова, Е.Б. Омаров" initials first, one
        # affiliation line) BEFORE the English abstract; keywords ending in "etc."; <h3>
        # headings; an image whose alt is its caption, and under it a sentence "Figure 1 shows
        # …" (no caption); <ol> references with DOI links
        "title": "Digital literacy of rural schoolteachers in the Abai region: a survey study",
        "language": "en",
        "roles": ["author", "supervisor"],
        "families": ["Zhaksylykova", "Omarov"],
        "romanised": [],
        "variants": {"Zhaksylykova": [("Жақсылықова", "kk")], "Omarov": [("Омаров", "kk")]},
        "degrees": {"Omarov": ["candidate of pedagogical sciences"]},
        "positions": {"Zhaksylykova": ["master's student"], "Omarov": ["associate professor"]},
        "institution_en": {"Zhaksylykova": "Shakarim University of Semey",
                           "Omarov": "Shakarim University of Semey"},
        "institution_kk": {"Zhaksylykova": "Шәкәрім университеті"},
        "department_en": {"Zhaksylykova": "Department of Pedagogy and Psychology"},
        "cities": {"Zhaksylykova": [["Semey", "Семей"]]},
        "emails": {"Zhaksylykova": "m.zhaksylykova@example.kz"},
        "corresponding": ["Zhaksylykova"],
        "abstracts": {"kk": 1, "en": 2},
        "keywords": {"kk": ["цифрлық сауаттылық", "ауыл мектебі", "мұғалім", "сауалнама"],
                     "en": ["digital literacy", "rural school", "teacher", "survey", "DigComp"]},
        "references": 3,
        "figures": ["Figure 1"],
        "sections": ["Introduction", "Methods", "Conclusion"],
        "paragraph_has": {"Methods": "Figure 1 shows that the lowest scores"},
        "extra": ["html:author_profiles"],
        "titles_other": {"kk": "Абай облысындағы ауыл мектептері мұғалімдерінің цифрлық "
                         "сауаттылығы: сауалнамалық зерттеу"},
    },
    "kk-article-marks-en-first-caps": {
        # a title in «quotes» with a full stop after them; two authors of two universities in
        # one line, "<sup>1*</sup>" and "<sup>2</sup>", and a supervisor of a third; an English
        # block BEFORE the Kazakh abstract whose names are in capitals with no initials
        # ("ZHANIBEKOV ARMAN, TOLEGENOVA ARUZHAN") over one line naming both universities;
        # keywords ending in "т.с.с."; <p><b> headings; "1)" reference paragraphs, one with a DOI
        # link; "* Хат-хабар авторы: …, e-mail" at the end
        "title": "Қазақ хандығы тұсындағы билер институтының құқықтық негіздері",
        "language": "kk",
        "roles": ["author", "author", "supervisor"],
        "families": ["Жәнібеков", "Төлегенова", "Баймұханова"],
        "romanised": ["Zhanibekov", "Tolegenova", "Baimukhanova"],
        "degrees": {"Баймұханова": ["з.ғ.к."]},
        "positions": {"Жәнібеков": ["студент"], "Төлегенова": ["магистрант"],
                      "Баймұханова": ["профессор"]},
        "institution_kk": {"Жәнібеков": "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
                           "Төлегенова": "Қазақ гуманитарлық заң университеті"},
        "department_kk": {"Жәнібеков": "заң факультеті"},
        "institution_en": {"Жәнібеков": "L.N. Gumilyov Eurasian National University",
                           "Төлегенова": "Kazakh Humanities and Law University"},
        "cities": {"Жәнібеков": [["Астана", "Astana"]], "Баймұханова": [["Қарағанды"]]},
        "emails": {"Жәнібеков": "a.zhanibekov@example.kz"},
        "corresponding": ["Жәнібеков"],
        "abstracts": {"en": 1, "kk": 1},
        "keywords": {"en": ["biys", "customary law", "Zheti Zhargy", "Kazakh Khanate"],
                     "kk": ["билер соты", "әдет-ғұрып құқығы", "«Жеті жарғы»", "Қазақ хандығы"]},
        "references": 3,
        "figures": [],
        "sections": ["Кіріспе", "Негізгі бөлім", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "title_en": "Legal foundations of the institution of biys in the Kazakh Khanate",
    },
    "ru-article-caps-lines-en-first": {
        # every affiliation line of the author block in capitals (institution "ИМЕНИ АКАДЕМИКА
        # Е.А. БУКЕТОВА", department and position, "РЕСПУБЛИКА КАЗАХСТАН, Г. КАРАГАНДА", the
        # supervisor's "К.П.Н., ДОЦЕНТ" with no city); an English block BEFORE the Russian
        # abstract with given-first names in capitals ("AIGUL ABENOVA, GULNAR SERIKOVA") and
        # one line in capitals; keywords ending in "и т.п."; ALL-CAPS headings; "Рисунок 1 –"
        # below an image with no alt; "1." reference paragraphs
        "title": "Экологическое воспитание дошкольников средствами проектной деятельности",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Абенова", "Серикова"],
        "romanised": ["Abenova", "Serikova"],
        "degrees": {"Серикова": ["к.п.н."]},
        "positions": {"Абенова": ["магистрант"], "Серикова": ["доцент"]},
        "institution_ru": {
            "Абенова": "Карагандинский университет имени академика Е.А. Букетова",
            "Серикова": "Карагандинский университет имени академика Е.А. Букетова",
        },
        "department_ru": {"Абенова": "кафедра дошкольного образования"},
        "institution_en": {"Абенова": "Karaganda Buketov University",
                           "Серикова": "Karaganda Buketov University"},
        "cities": {"Абенова": [["Караганда", "Karaganda"]],
                   "Серикова": [["Karaganda", "Караганда"]]},
        "raw_has": {"Абенова": "РЕСПУБЛИКА КАЗАХСТАН, Г. КАРАГАНДА"},
        "abstracts": {"en": 1, "ru": 1},
        "keywords": {"en": ["environmental education", "preschool children", "project method"],
                     "ru": ["экологическое воспитание", "дошкольники", "метод проектов"]},
        "references": 3,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Методы", "Заключение"],
        "extra": ["html:author_profiles"],
        "title_en": "Environmental education of preschool children through project activities",
    },
    "ru-article-consultant-doi-roman": {
        # a "научный руководитель" and a foreign "научный консультант" (Latin name, a German
        # university, "г. Дрезден, Германия"); "DOI: …" and "Поступила в редакцию …" lines atop
        # the body; a centred "АННОТАЦИЯ"; keywords split by "•"; "I. ВВЕДЕНИЕ" roman-numbered
        # ALL-CAPS headings; an English block with an ALL-CAPS title and "Family I.O." names
        "title": "Оценка качества питьевой воды в сельских населённых пунктах Акмолинской "
        "области",
        "language": "ru",
        "roles": ["author", "supervisor", "supervisor"],
        "families": ["Садыкова", "Омаров", "Hoffmann"],
        "romanised": ["Sadykova", "Omarov"],
        "degrees": {"Омаров": ["к.б.н."], "Hoffmann": ["PhD"]},
        "positions": {"Садыкова": ["магистрант"], "Омаров": ["доцент"],
                      "Hoffmann": ["профессор"]},
        "institution_ru": {"Садыкова": "Евразийский национальный университет им. Л.Н. Гумилева",
                           "Омаров": "Евразийский национальный университет им. Л.Н. Гумилева",
                           "Hoffmann": "Дрезденский технический университет"},
        "department_ru": {"Садыкова": "кафедра экологии"},
        "countries": {"Hoffmann": ["DE"]},
        "cities": {"Садыкова": [["Астана"]], "Hoffmann": [["Дрезден"]]},
        "abstracts": {"ru": 1, "en": 1},
        "keywords": {"ru": ["питьевая вода", "жёсткость", "нитраты", "сельское водоснабжение",
                            "Акмолинская область"],
                     "en": ["drinking water", "hardness", "nitrates", "rural water supply",
                            "Akmola region"]},
        "references": 3,
        "figures": [],
        "sections": ["Введение", "Материалы и методы", "Результаты и обсуждение", "Заключение"],
        "outline": [(0, "I."), (0, "II."), (0, "III."), (0, "IV.")],
        "extra": ["html:author_profiles", "html:history"],
        "title_en": "Assessment of drinking water quality in rural settlements of Akmola region",
    },
    "kk-article-ru-only-bare-numbers": {
        # a Kazakh page with a Russian block only (no English); the first author's
        # "Жұмабаева А.С." bold above the ALL-CAPS title again atop the body (no heading);
        # "Аңдатпа:" / "Аннотация:" run in, their text going on in lower case; keywords split
        # by "·"; "1 …" references numbered with no dot under "Әдебиеттер"
        "title": "Жасөспірімдердің цифрлық сауаттылығын арттырудағы мектеп кітапханасының рөлі",
        "language": "kk",
        "roles": ["author", "supervisor"],
        "families": ["Жұмабаева", "Ермекова"],
        "romanised": ["Zhumabaeva", "Ermekova"],
        "variants": {"Жұмабаева": [("Жумабаева", "ru")]},
        "degrees": {"Ермекова": ["п.ғ.к."]},
        "positions": {"Жұмабаева": ["студент"], "Ермекова": ["қауымдастырылған профессор"]},
        "institution_kk": {"Жұмабаева": "Абай атындағы Қазақ ұлттық педагогикалық университеті",
                           "Ермекова": "Абай атындағы Қазақ ұлттық педагогикалық университеті"},
        "abstracts": {"kk": 1, "ru": 1},
        "keywords": {"kk": ["цифрлық сауаттылық", "мектеп кітапханасы", "медиасауаттылық",
                            "ақпараттық мәдениет"],
                     "ru": ["цифровая грамотность", "школьная библиотека", "медиаграмотность",
                            "информационная культура"]},
        "references": 3,
        "figures": [],
        "sections": ["Кіріспе", "Негізгі бөлім", "Қорытынды"],
        "extra": ["html:author_profiles"],
        "titles_other": {"ru": "Роль школьной библиотеки в повышении цифровой грамотности "
                               "подростков"},
    },
    "ru-article-grnti-dash-keywords": {
        # "УДК …; ГРНТИ …" in one line and "DOI: <a>https://doi.org/…</a>" atop the body; plain (not bold) "Аннотация: в статье
        # …" and "Ключевые слова:" with the terms split by " – "; "1 …" references with no
        # dot under "Литература"; an English block with an ALL-CAPS title, "Abstract: the
        # article …" and a closing "Received: …" line
        "title": "Формирование профессиональной мотивации студентов педагогического колледжа",
        "language": "ru",
        "roles": ["author", "supervisor"],
        "families": ["Белова", "Искакова"],
        "romanised": ["Belova", "Iskakova"],
        "degrees": {"Искакова": ["к.п.н."]},
        "positions": {"Белова": ["студент"], "Искакова": ["ассоциированный профессор"]},
        "institution_ru": {"Белова": "Карагандинский университет им. академика Е.А. Букетова",
                           "Искакова": "Карагандинский университет им. академика Е.А. Букетова"},
        "abstracts": {"ru": 1, "en": 1},
        "keywords": {"ru": ["мотивация", "профессиональное самоопределение",
                            "педагогический колледж", "практика"],
                     "en": ["motivation", "professional self-determination", "pedagogical college",
                            "practice"]},
        "vocabularies": {"UDC": ["378.147"], "IRSTI": ["14.35.07"]},
        "references": 3,
        "figures": [],
        "sections": ["Введение", "Методика исследования", "Выводы"],
        "extra": ["html:author_profiles", "html:history"],
        "title_en": "Formation of professional motivation of pedagogical college students",
    },
    "en-article-shared-line-br-keywords": {
        # three student links and ONE affiliation line under all of them ("3rd year students,
        # Department of …, Karaganda Buketov University"), a supervisor of the same department;
        # "Abstract." and "Keywords:" in one paragraph split by <br>; the figure caption above
        # its image; references with <i> journal names and <a> DOIs
        "title": "Microplastic content in the Nura river sediments near Temirtau",
        "language": "en",
        "roles": ["author", "author", "author", "supervisor"],
        "families": ["Sadykova", "Omarov", "Kim", "Zhakupova"],
        "romanised": [],
        "degrees": {"Zhakupova": ["Candidate of Biological Sciences"]},
        "positions": {"Sadykova": ["student"], "Omarov": ["student"], "Kim": ["student"],
                      "Zhakupova": ["associate professor"]},
        "institution_en": {"Sadykova": "Karaganda Buketov University",
                           "Kim": "Karaganda Buketov University",
                           "Zhakupova": "Karaganda Buketov University"},
        "department_en": {"Kim": "Department of Ecology", "Zhakupova": "Department of Ecology"},
        "abstracts": {"en": 1},
        "keywords": {"en": ["microplastics", "river sediments", "Nura", "Temirtau", "pollution"]},
        "references": 2,
        "figures": ["Figure 1"],
        "sections": ["Introduction", "Materials and methods", "Results", "Conclusion"],
        "extra": ["html:author_profiles"],
    },
    "ru-article-orcid-cas-bold-name": {
        # an orcid.org link beside the first author's profile link; a co-author of "Institute of
        # Physics, Chinese Academy of Sciences" (the institute a unit of the academy); a bold name
        # the author block has not, right-aligned above the abstract (a byline, kept in extra, no
        # heading); the figure caption above its image; an English block after the references
        "title": "Синтез тонких плёнок оксида цинка методом золь-гель",
        "language": "ru",
        "roles": ["author", "author", "supervisor"],
        "families": ["Ермеков", "Wang", "Тулегенова"],
        "romanised": ["Ermekov", "Tulegenova"],
        "degrees": {"Wang": ["PhD"], "Тулегенова": ["к.ф.-м.н."]},
        "positions": {"Ермеков": ["магистрант"], "Тулегенова": ["доцент"]},
        "institution_ru": {"Ермеков": "Евразийский национальный университет им. Л.Н. Гумилева"},
        "institution_en": {"Wang": "Chinese Academy of Sciences"},
        "department_en": {"Wang": "Institute of Physics"},
        "countries": {"Wang": ["CN"]},
        "abstracts": {"ru": 1, "en": 1},
        "keywords": {"ru": ["оксид цинка", "золь-гель", "тонкие плёнки", "отжиг"],
                     "en": ["zinc oxide", "sol-gel", "thin films", "annealing"]},
        "references": 2,
        "figures": ["Рисунок 1"],
        "sections": ["Введение", "Результаты", "Заключение"],
        "extra": ["html:author_profiles", "html:byline"],
        "orcids": {"Ермеков": "0000-0002-1825-0097", "Wang": None},
        "title_en": "Sol-gel synthesis of zinc oxide thin films",
    },
}  # fmt: skip

NAMES = sorted(EXPECTED)
_cache: dict[str, tuple[Work, Report]] = {}


def _read(name: str) -> tuple[Work, Report]:
    if name not in _cache:
        report = Report()
        # as the library reads a file: a BOM, a declared charset, UTF-8, else cp1251/KZ-1048
        text = decode_bytes((EXAMPLES / f"{name}.html").read_bytes())
        work = read_article(parse_html(text), source=None, report=report)
        assert work is not None
        _cache[name] = (work, report)
    return _cache[name]


def _all_figures(sections: list[Any]) -> list[Any]:
    return [f for s in sections for f in [*s.figures, *_all_figures(s.sections)]]


def _by_family(work: Work, family: str) -> Any:
    return next(c for c in work.contributors if c.name and c.name.family == family)


@pytest.mark.parametrize("name", NAMES)
def test_title(name: str) -> None:
    assert _read(name)[0].title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", NAMES)
def test_language(name: str) -> None:
    assert _read(name)[0].language == EXPECTED[name]["language"]


@pytest.mark.parametrize("name", NAMES)
def test_translated_title(name: str) -> None:
    work = _read(name)[0]
    en = [t.value for t in work.titles if t.lang == "en" and work.language != "en"]
    assert en == ([EXPECTED[name]["title_en"]] if "title_en" in EXPECTED[name] else [])


@pytest.mark.parametrize("name", NAMES)
def test_roles_in_order(name: str) -> None:
    assert [c.roles[0] for c in _read(name)[0].contributors] == EXPECTED[name]["roles"]


@pytest.mark.parametrize("name", NAMES)
def test_family_names(name: str) -> None:
    fams = [c.name.family if c.name else None for c in _read(name)[0].contributors]
    assert fams == EXPECTED[name]["families"]


@pytest.mark.parametrize("name", NAMES)
def test_romanised_names(name: str) -> None:
    work = _read(name)[0]
    latin = [[n for n in c.alternative_names if n.lang and n.lang.endswith("-Latn")]
             for c in work.contributors]  # fmt: skip
    assert [names[0].family for names in latin if names] == EXPECTED[name]["romanised"]


@pytest.mark.parametrize("name", NAMES)
def test_name_variants_of_a_translated_block(name: str) -> None:
    work = _read(name)[0]
    for family, variants in EXPECTED[name].get("variants", {}).items():
        got = [(n.family, n.lang) for n in _by_family(work, family).alternative_names]
        assert [v for v in got if v[1] and not v[1].endswith("-Latn")] == variants


@pytest.mark.parametrize("name", NAMES)
def test_degrees(name: str) -> None:
    work = _read(name)[0]
    for family, degrees in EXPECTED[name]["degrees"].items():
        assert [d.value for d in _by_family(work, family).degrees] == degrees


@pytest.mark.parametrize("name", NAMES)
def test_positions(name: str) -> None:
    work = _read(name)[0]
    for family, positions in EXPECTED[name]["positions"].items():
        assert [p.value for p in _by_family(work, family).positions] == positions


@pytest.mark.parametrize("name", NAMES)
def test_institutions(name: str) -> None:
    work = _read(name)[0]
    for key in (k for k in EXPECTED[name] if k.startswith("institution_")):
        lang = key.partition("_")[2]
        for family, inst in EXPECTED[name][key].items():
            aff = _by_family(work, family).affiliations[0]
            assert [s.value for s in aff.institution if s.lang == lang] == [inst]


@pytest.mark.parametrize("name", NAMES)
def test_departments(name: str) -> None:
    work = _read(name)[0]
    for key in (k for k in EXPECTED[name] if k.startswith("department_")):
        lang = key.partition("_")[2]
        for family, dept in EXPECTED[name][key].items():
            aff = _by_family(work, family).affiliations[0]
            assert [s.value for s in aff.department if s.lang == lang] == [dept]


@pytest.mark.parametrize("name", NAMES)
def test_every_affiliation_has_country_kz(name: str) -> None:
    countries = EXPECTED[name].get("countries", {})  # pages with authors abroad say whose
    for c in _read(name)[0].contributors:  # a supervisor may be named with no affiliation
        want = countries.get(c.name.family if c.name else None)
        assert [a.country for a in c.affiliations] == want or (
            want is None and all(a.country == "KZ" for a in c.affiliations)
        )
        assert c.affiliations or "author" not in c.roles


@pytest.mark.parametrize("name", [n for n in NAMES if "emails" in EXPECTED[n]])
def test_emails(name: str) -> None:
    work = _read(name)[0]
    for family, email in EXPECTED[name]["emails"].items():
        assert _by_family(work, family).email == email


@pytest.mark.parametrize("name", [n for n in NAMES if "corresponding" in EXPECTED[n]])
def test_corresponding_authors(name: str) -> None:
    work = _read(name)[0]
    got = [c.name.family for c in work.contributors if c.corresponding and c.name]
    assert got == EXPECTED[name]["corresponding"]


@pytest.mark.parametrize("name", [n for n in NAMES if "raw_has" in EXPECTED[n]])
def test_affiliation_kept_as_written(name: str) -> None:
    work = _read(name)[0]
    for family, line in EXPECTED[name]["raw_has"].items():
        raws = [r.value for a in _by_family(work, family).affiliations for r in a.raw]
        assert line in raws


@pytest.mark.parametrize("name", [n for n in NAMES if "cities" in EXPECTED[n]])
def test_cities_per_affiliation(name: str) -> None:
    work = _read(name)[0]
    for family, cities in EXPECTED[name]["cities"].items():
        got = [[c.value for c in a.city] for a in _by_family(work, family).affiliations]
        assert got == cities


@pytest.mark.parametrize("name", [n for n in NAMES if "urls" in EXPECTED[n]])
def test_profile_urls(name: str) -> None:
    work = _read(name)[0]
    for family, url in EXPECTED[name]["urls"].items():
        assert _by_family(work, family).url == url


@pytest.mark.parametrize("name", NAMES)
def test_tables(name: str) -> None:
    def tables(sections: list[Any]) -> list[Any]:
        return [t for s in sections for t in [*s.tables, *tables(s.sections)]]

    tabs = tables(_read(name)[0].sections)
    assert [t.label for t in tabs] == EXPECTED[name].get("tables", [])
    assert all(t.caption and t.rows for t in tabs)


@pytest.mark.parametrize("name", NAMES)
def test_abstract_paragraphs_per_language(name: str) -> None:
    work = _read(name)[0]
    assert {a.lang: len(a.paragraphs) for a in work.abstracts} == EXPECTED[name]["abstracts"]


@pytest.mark.parametrize("name", NAMES)
def test_keywords(name: str) -> None:
    work = _read(name)[0]
    assert {g.lang: g.terms for g in work.keywords if not g.vocabulary} == EXPECTED[name][
        "keywords"
    ]


@pytest.mark.parametrize("name", NAMES)
def test_classification_codes(name: str) -> None:
    work = _read(name)[0]
    got = {g.vocabulary: g.terms for g in work.keywords if g.vocabulary}
    assert got == EXPECTED[name].get("vocabularies", {})


@pytest.mark.parametrize("name", [n for n in NAMES if "header_rows" in EXPECTED[n]])
def test_table_heading_rows(name: str) -> None:
    def tables(sections: list[Any]) -> list[Any]:
        return [t for s in sections for t in [*s.tables, *tables(s.sections)]]

    got = [t.header_rows for t in tables(_read(name)[0].sections)]
    assert got == EXPECTED[name]["header_rows"]


@pytest.mark.parametrize("name", NAMES)
def test_references_numbered(name: str) -> None:
    refs = _read(name)[0].references
    assert [r.label for r in refs] == [str(i) for i in range(1, EXPECTED[name]["references"] + 1)]


@pytest.mark.parametrize("name", NAMES)
def test_figures(name: str) -> None:
    figs = _all_figures(_read(name)[0].sections)
    assert [f.label for f in figs] == EXPECTED[name]["figures"]
    assert all(f.href and bool(f.caption) == bool(f.label) for f in figs)


@pytest.mark.parametrize("name", NAMES)
def test_section_titles(name: str) -> None:
    def titles(sections: list[Any]) -> list[str]:
        return [t for s in sections for t in ([s.title] if s.title else []) + titles(s.sections)]

    assert titles(_read(name)[0].sections) == EXPECTED[name]["sections"]


@pytest.mark.parametrize("name", NAMES)
def test_unmapped_kept_in_extra_and_reported(name: str) -> None:
    work, report = _read(name)
    assert sorted(work.extra) == sorted(EXPECTED[name]["extra"])
    reported = {d.field for d in report if d.kind == "unmapped"}
    assert set(work.extra) <= reported


@pytest.mark.parametrize("name", NAMES)
def test_acknowledgement_languages(name: str) -> None:
    work = _read(name)[0]
    assert [a.lang for a in work.acknowledgements] == EXPECTED[name].get("acknowledgements", [])


@pytest.mark.parametrize("name", NAMES)
def test_no_latin_leak_in_cyrillic_abstracts(name: str) -> None:
    for a in _read(name)[0].abstracts:
        if a.lang in ("kk", "ru"):
            assert "University" not in a.text and "Kazakhstan" not in a.text


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str) -> None:
    work = _read(name)[0]
    path = GOLDEN / "html" / f"{name}.json"
    got = work.model_dump_json(indent=2, exclude_defaults=True) + "\n"
    if os.environ.get("SCHOLARMETA_REGEN_GOLDEN") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    # references come from the reference parser (another module): compare them by raw string
    want = json.loads(path.read_text(encoding="utf-8"))
    have = json.loads(got)
    assert [r.get("raw") for r in have.pop("references", [])] == [
        r.get("raw") for r in want.pop("references", [])
    ]
    assert have == want


@pytest.mark.parametrize("fmt", sorted(VALIDATE))
@pytest.mark.parametrize("name", NAMES)
def test_examples_write_valid_output(name: str, fmt: str) -> None:
    from scholarmeta import api
    from scholarmeta.errors import ScholarmetaError

    work = _read(name)[0]
    try:
        out = api.write(work, fmt)
    except (ImportError, NotImplementedError, ScholarmetaError) as exc:
        pytest.skip(f"{fmt} writer not available: {exc}")
    VALIDATE[fmt](str(out))


def test_every_example_page_has_expectations() -> None:
    """Each page in examples/ is read, golden-checked and validated in every format here."""
    assert {p.stem for p in EXAMPLES.glob("*.html")} == set(EXPECTED)


@pytest.mark.parametrize("name", [n for n in NAMES if "outline" in EXPECTED[n]])
def test_section_outline(name: str) -> None:
    def outline(sections: list[Any], depth: int = 0) -> list[tuple[int, str | None]]:
        return [x for s in sections for x in [(depth, s.label), *outline(s.sections, depth + 1)]]

    assert outline(_read(name)[0].sections) == EXPECTED[name]["outline"]


def test_a_url_line_is_the_pages_address() -> None:
    assert _read("ru-article-initials-url-line")[0].url == (
        "https://conf.example.kz/articles/2024/ivanov-petrova"
    )


@pytest.mark.parametrize("name", [n for n in NAMES if "orcids" in EXPECTED[n]])
def test_orcids(name: str) -> None:
    work = _read(name)[0]
    for family, orcid in EXPECTED[name]["orcids"].items():
        assert _by_family(work, family).orcid == orcid


@pytest.mark.parametrize("name", [n for n in NAMES if "titles_other" in EXPECTED[n]])
def test_titles_of_translated_blocks(name: str) -> None:
    work = _read(name)[0]
    got = {t.lang: t.value for t in work.titles[1:] if t.lang != "en"}
    assert got == EXPECTED[name]["titles_other"]


@pytest.mark.parametrize("name", [n for n in NAMES if "position_langs" in EXPECTED[n]])
def test_position_languages(name: str) -> None:
    work = _read(name)[0]
    for family, langs in EXPECTED[name]["position_langs"].items():
        assert [p.lang for p in _by_family(work, family).positions] == langs


@pytest.mark.parametrize("name", [n for n in NAMES if "latin_names" in EXPECTED[n]])
def test_number_of_romanised_names(name: str) -> None:
    work = _read(name)[0]
    for family, count in EXPECTED[name]["latin_names"].items():
        latin = [
            n
            for n in _by_family(work, family).alternative_names
            if (n.lang or "").endswith("-Latn")
        ]
        assert len(latin) == count


@pytest.mark.parametrize("name", [n for n in NAMES if "paragraph_has" in EXPECTED[n]])
def test_paragraph_text(name: str) -> None:
    work = _read(name)[0]
    for title, piece in EXPECTED[name]["paragraph_has"].items():
        sec = next(s for s in work.sections if s.title == title)
        assert any(piece in p for p in sec.paragraphs)


@pytest.mark.parametrize("name", ["ru-article-cp1251", "en-article-bom"])
def test_a_page_in_another_encoding_reads_alike_from_path_bytes_file_and_cli(name: str) -> None:
    """A page saved as Windows-1251 or with a BOM: the library (path, bytes, open file) and the
    command line read it as the example test does."""
    from click.testing import CliRunner

    import scholarmeta
    from scholarmeta.cli import cli

    path = EXAMPLES / f"{name}.html"
    want = _read(name)[0].title
    with path.open("rb") as fh:
        got = [
            scholarmeta.read(src, "html").title for src in (path, str(path), path.read_bytes(), fh)
        ]
    assert got == [want] * 4
    assert scholarmeta.read(path.read_bytes()).title == want  # sniffed
    result = CliRunner().invoke(cli, ["convert", str(path), "--to", "csljson", "-q"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["title"] == want
