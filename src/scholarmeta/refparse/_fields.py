"""From labelled tokens to CSL-named fields: name splitting, cleaning, type decision."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise
from typing import Any

from ._cjk import is_cjk, relabel_cjk
from ._features import WORD_CLASSES

__all__ = [
    "clean",
    "doi_from_link",
    "fields_from_labels",
    "guess_type",
    "is_reference",
    "split_names",
]

_TAG = re.compile(r"</?(?:italic|i|b|bold|em|sup|sub|sc|u)\b[^>]*>", re.I)
_PUNCT_ENDS = " \t.,;:/–—-_*†‡"
_BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”", "„": "“", "‘": "’", '"': '"', "'": "'"}


def clean(text: str) -> str:
    """Strip surrounding punctuation, whitespace and unbalanced brackets.

    >>> clean("(Наука), "), clean("``Incremental dependence analysis,''")
    ('Наука', 'Incremental dependence analysis')
    """
    s = " ".join(_TAG.sub(" ", text).split()) if "<" in text else " ".join(text.split())
    if s.startswith("``"):  # LaTeX quotes: ``Title,''
        s = s[2:].removesuffix("''").rstrip()
    for _ in range(3):
        s = s.strip(_PUNCT_ENDS)
        if len(s) >= 2 and s[0] in _BRACKETS and s[-1] == _BRACKETS[s[0]]:
            s = s[1:-1]
            continue
        if s[:1] in _BRACKETS and _BRACKETS[s[0]] not in s[1:]:
            s = s[1:]
            continue
        if (
            s
            and s[-1] in ')]»”"'
            and s.count(s[-1]) == 1
            and not any(o in s for o, c in _BRACKETS.items() if c == s[-1] and o != c)
        ):
            s = s[:-1]
            continue
        if (
            len(s) > 2
            and s[-2] in ",.;"
            and ((s[-1] == "’" and "‘" not in s) or (s[-1] == "'" and s.count("'") % 2))
        ):  # "Title,'" whose opening quote the run left out
            s = s[:-1]
            continue
        break
    return s.strip(_PUNCT_ENDS + " ")


# -- names ------------------------------------------------------------------------------------
_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ"
_LO = "a-zа-яёәғқңөұүһіß-öø-ÿłśżźćńčšž"
_INITIALS = re.compile(
    rf"^(?:[{_UP}][{_LO}]{{0,2}}\.|[{_UP}]\.?|-[{_UP}]\.?)(?:-?[{_UP}][{_LO}]{{0,2}}\.|-?[{_UP}]\.?)*$"
)
# "JA", and the romanised Kazakh/Russian letters written with two ("Kozhamkulova Zh")
_BARE_INITIALS = re.compile(rf"^(?:[{_UP}]{{1,3}}|(?:Zh|Sh|Kh|Ts|Ch|Dzh|Дж)[{_UP}]?)$")
_ETAL = re.compile(
    r"(?:\bet\.?\s*al\b\.?|\bи\s+др\b\.?|\bт\.\s*б\b\.?|\band\s+others\b|\bu\.\s*a\.)", re.I
)
_ROLE_WORDS = re.compile(
    r"\(\s*(?:eds?|éds?|hrsg|hg|ред|edd|comps?|orgs?|coords?|dirs?|trans|trad|tr)\.?\s*\)"
    r"|\[(?:eds?|hrsg|hg)\.?\]|\bdirs?\.?\s*[,:]?\s*$|\b(?:edited\s+by|translated\s+by"
    r"|eds|editors?|hrsg|под\s+(?:общ\.\s*|науч\.\s*)?ред(?:акцией)?|(?:отв|гл|науч)\.\s*ред"
    r"|(?:жалпы|жауапты|ғылыми)\s+ред(?:акциясымен)?(?:\.?\s*басқ(?:аруымен)?)?|басқ|сост"
    r"|құраст(?:ырған)?|аударған"
    r"|ред|пер\.?\s*с\s*\w+\.?"
    r"|пер|trans|trad|tłum|übers|ed|ред\.\s*кол|director|producer|comps?)\b\.?|^\s*(?:in|в|в\s+кн)\s*[.:]?\s+",
    re.I,
)
# "(Orgs.)", "(Coord.)": the editors of Portuguese and Spanish (ABNT) lists; German "(Hg.)"
_ROLE_END = re.compile(
    r"\(\s*(?:eds?|éds?|hrsg|hg|ред|edd|dir|comps?|orgs?|coords?)\.?\s*\)\s*[.:,]?", re.I
)
# Spanish/Portuguese "e"/"y", Czech/Slovak "a" (before a capital, so no lower-case word)
_SPLIT = re.compile(
    r"\s*(?:;|&|\band\b|\bund\b|\bet\b|(?<=\s)[ey](?=\s)"
    rf"|(?<=\s)a(?=\s[{_UP}])|\bи\b|\bжәне\b|\bмен\b|/)\s*"
)
_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.I)
_JR = re.compile(r"^(?:Jr|Sr|JR|SR)\.?,?$")
_PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "le",
    "la",
    "del",
    "della",
    "dos",
    "ter",
    "ten",
}
_ORG_WORDS = re.compile(
    r"\b(?:collaboration|organi[sz]ation|university|universit\w+|ministry|министерство|институт"
    r"|university|council|association|agency|bank|committee|commission|society|office|department"
    r"|group|consortium|центр|center|centre|комитет|академия|министрлігі|агенттігі|nations|"
    r"government|institute|foundation|bureau|press|service|inc|ltd|corporation|collab"
    # bodies named by what they do ("Ames Research Staff", "PNG National Statistics")
    r"|staff|statistics|laborator(?:y|ies)|technologies|survey|hochschule|fakultät"
    # the same bodies in French, Spanish, Portuguese, Italian and German
    r"|minist[eè]re|ministerio|ministério|ministero|ministerium|instituto|istituto|institut"
    r"|comit[ée]|comisi[óo]n|commissione|consejo|conseil|fundaci[óo]n|fondation|fundação"
    r"|gobierno|gouvernement|governo|secretar[ií]a|departamento|d[ée]partement|asociaci[óo]n"
    r"|associação|associazione|bundesamt|verband|agencia|agence|organizaci[óo]n"
    # and in Russian and Kazakh
    r"|агентство|комиссия|департамент|управление|ассоциация|университет|университеті"
    r"|комитеті|басқармасы|орталығы|институты)\b",
    re.I,
)


def _is_initials(s: str) -> bool:
    """``J.``, ``И.И.``, ``J.-P.``, ``Ch.``, ``JA``: initials. Four or more capitals with no dot
    or hyphen (``MARCHAND``, ``ИВАНОВ``) are a family name set in capitals, as GOST lists do.

    >>> [_is_initials(w) for w in ("И.И.", "JA", "ABC", "ИВАНОВ", "MARCHAND", "J.-P.", "EL-BEHI")]
    [True, True, True, False, False, True, False]
    """
    w = s.replace(" ", "")
    if len(w) > 3 and w.isalpha():
        return False
    if "." not in w and any(len(part) > 3 and part.isalpha() for part in w.split("-")):
        return False  # "EL-BEHI", "MOALEM-TAYLOR": a hyphenated family name in capitals
    return bool(w) and (bool(_INITIALS.match(w)) or bool(_BARE_INITIALS.match(w)))


# Russian and Kazakh patronymics ("Петрович", "Ивановна", "Ильич", "Жақсыбекұлы")
_PATRONYMIC = re.compile(r"[а-яё](?:ович|евич|ьич|овна|евна|ична|инична|ұлы|қызы|улы|кызы)\.?$")


def _single(text: str, caps_family: bool | None = None) -> dict[str, str]:
    """One name. ``caps_family``: the list's other names show whether a word in capitals
    after a capitalised one is the family name (``Hong DAI`` among ``Bogoljub CIRIC``) or
    initials (``Kempen GIJM`` among ``Zijlstra GAR``); None when they don't."""
    p = re.sub(rf"\.(?=[{_UP}][{_LO}])", ". ", text).strip()
    if "," in p:
        fam, _, giv = p.partition(",")
        out = {"family": clean(fam)}
        if clean(giv):
            out["given"] = clean(giv)
        return out
    words = p.split()
    if not words:
        return {}
    suffix = [w for w in words[1:] if _JR.match(w)]
    if suffix and len(words) > 2:  # "Harris ED Jr.", "Simmons Jr. GM": Jr. is no name word
        out = _single(" ".join(w for w in words if w not in suffix))
        return {**out, "suffix": suffix[0]} if out else out
    if len(words) == 1:
        return {"family": clean(words[0])}
    if caps_family is not None and _MIXED_CAPS.match(p):
        if caps_family:
            return {"given": words[0], "family": clean(words[1])}
        if len(words[1]) <= 5:
            return {"family": words[0], "given": words[1]}
    if (
        caps_family is False
        and len(words) > 2
        and _BARE_INITIALS.match(words[-1])
        and all(re.match(rf"[{_UP}][{_LO}]", w) for w in words[:-1])
    ):  # "Muller Kobold AC" among "Kallenberg CGM": a family name of two words, initials
        return {"family": clean(" ".join(words[:-1])), "given": words[-1]}
    flags = [
        _is_initials(w) and not (len(w) > 1 and w.isupper() and "." not in w and len(words) > 2)
        for w in words
    ]
    if all(flags):
        return {"family": clean(words[-1]), "given": " ".join(words[:-1])}
    if not flags[0] and all(_BARE_INITIALS.match(w) for w in words[1:]):
        # "Ferguson D JP" (Vancouver): the family name, then initials without dots
        return {"family": clean(words[0]), "given": " ".join(words[1:])}
    if words[0].lower() in _PARTICLE_LEADS and _is_initials(words[-1]):
        # "van Zanten SV", "Del Toro YM": a particle leads the family name in inverted order
        return {"family": clean(" ".join(words[:-1])), "given": words[-1]}
    if flags[0]:
        k = next(i for i, f in enumerate(flags) if not f)
        return {"given": " ".join(words[:k]), "family": clean(" ".join(words[k:]))}
    if flags[-1]:
        k = max(i for i, f in enumerate(flags) if not f) + 1
        return {"family": clean(" ".join(words[:k])), "given": " ".join(words[k:])}
    if len(words) == 3 and all(w[:1].isupper() for w in words):
        last, middle = bool(_PATRONYMIC.search(words[2])), bool(_PATRONYMIC.search(words[1]))
        if last and not middle:
            # GOST's "/ Петров Петр Петрович", "Шостакович Дмитрий Дмитриевич": family first
            return {"family": clean(words[0]), "given": " ".join(words[1:])}
        if middle and not last:  # "Петр Петрович Петров"
            return {"given": " ".join(words[:2]), "family": clean(words[2])}
    # natural order "Given Middle Family", particles stay with the family name
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in _PARTICLES:
        k -= 1
    return {"given": " ".join(words[:k]), "family": clean(" ".join(words[k:]))}


# "Hong DAI", "Kempen GIJM": a capitalised word, then one in capitals
_MIXED_CAPS = re.compile(rf"^[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?\s+[{_UP}]{{2,}}$")

_MIXED_CAPS_VOTE = re.compile(rf"(?:^|\s)[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?\s+[{_UP}]+\.?$")


def _caps_family(parts: list[str]) -> bool | None:
    """Whether the "Word CAPS" names of a list put the family name in capitals: most of
    them have four capitals or more (CIRIC, CULLIMORE) or most have at most three (GAR, JCM,
    Vancouver initials); None without a clear majority of three or more such names."""
    caps = [p.split()[-1] for p in parts if _MIXED_CAPS_VOTE.search(p)]
    long = sum(len(c) > 3 for c in caps)
    if len(caps) < 3 or 2 * long == len(caps):
        return None
    return 2 * long > len(caps)


_ROMANISED = re.compile(r"^(?:Yu|Ya|Yo|Zh|Sh|Kh|Ch|Ts|Dzh)\.?$")


def _romanised_initials(s: str) -> bool:
    """``Yu G.``, ``Zh. A.``: initials with a romanised Russian or Kazakh letter written with
    two (no dot on it), at least one dotted."""
    words = s.split()
    return (
        "." in s
        and any(_ROMANISED.match(w) for w in words)
        and all(_ROMANISED.match(w) or _is_initials(w) for w in words)
    )


_CJK_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]{2,6}$")  # Han, Hangul
_PARTICLE_LEADS = frozenset(_PARTICLES | {"el", "al", "dal", "dei", "st"})


def _particle_family(p: str) -> bool:
    """``Van der Burght``, ``Della Seta``: a family name of several words led by a particle."""
    words = p.split()
    return (
        1 < len(words) <= 3
        and words[0].lower() in _PARTICLE_LEADS
        and not any(_is_initials(w) for w in words)
    )


_BRACKETED_GIVEN = re.compile(
    rf"([{_UP}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*)\s*\(((?:[{_UP}][{_LO}]?\.[\s-]?){{1,3}})\)"
)


# a full stop after a given name written out, before the next "Family," (French lists)
_GIVEN_WORD = rf"[{_UP}][{_LO}]{{2,}}(?:-[{_UP}][{_LO}]{{2,}})?"
_NAME_STOP = re.compile(
    rf"(?:^|(?<=\.\s))([{_UP}][\w'’-]*,\s*{_GIVEN_WORD})\.\s+"
    rf"(?=[{_UP}][\w'’-]*\s*,\s*(?:{_GIVEN_WORD}\s*(?:\.|$)|$))"
)


_VANCOUVER_NAME = re.compile(rf"^[{_UP}][{_LO}][\w'’-]*\s+[{_UP}]{{1,3}}$")


def _role_word(m: re.Match[str]) -> str:
    """A role word drops out of a name list; Vancouver initials in capitals that spell one
    ("Saad ED", "Smith TR") stay."""
    w = m.group()
    return w if w.isalpha() and w.isupper() and len(w) <= 3 else " "


_LEAD_NUMBER = re.compile(r"^\s*\d+\s*(?:[.\-–)]\s*|\s+)(?=[^\W\d_])")
_BRACKETED_BODY = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)[\s.,;:]*$")


def split_names(text: str) -> tuple[list[dict[str, str]], bool]:
    """Names of a name list (family/given, or literal for organisations) and whether it
    ended with «et al.».

    >>> split_names("Smith, J. A., Jones B. & Иванов И.И., et al.")[0]
    [{'family': 'Smith', 'given': 'J. A.'}, {'family': 'Jones', 'given': 'B.'}, \
{'family': 'Иванов', 'given': 'И.И.'}]
    """
    m = _ROLE_END.search(text)
    if m and re.search(r"\w", text[m.end() :]):  # "(Eds.) Carl Rogers Counsels…": not names
        text = text[: m.end()]
    etal = bool(_ETAL.search(text))
    s = _LEAD_NUMBER.sub("", _ETAL.sub(" ", text))  # "38- Tsai WC", "8061. Sánchez-Parga"
    m = _BRACKETED_BODY.match(s)
    if (
        m
        and (_ORG_WORDS.search(m.group(1)) or _ORG_WORDS.search(m.group(2)))
        and not re.fullmatch(r"[A-Z][A-Z\d&\-]{1,11}", m.group(2).strip())  # "… Survey (USGS)"
    ):
        # "T2K Collab. (K. Abe et al.)", "F. Ruffini et al. (CDF Collaboration)": a body and
        # the names that speak for it, each read on its own
        return split_names(m.group(1))[0] + split_names(m.group(2))[0], etal
    s = _ROLE_WORDS.sub(_role_word, s)
    s = _BRACKETED_GIVEN.sub(r"\1, \2", s)  # French "KASPRZYK (M.)": the initials in brackets
    s = _NAME_STOP.sub(r"\1; ", s)  # "ROUSSILLON, René. CHABERT, Catherine.": a full stop between
    kept = s.strip(" ,;:")
    s = clean(s)
    if kept.startswith(s + ".") and re.search(
        rf"(?:^|[\s.\-])[{_UP}]$|,\s*[{_UP}][{_LO}]{{1,2}}$", s
    ):
        s += "."  # the last initial's dot
    if not s:
        return [], etal
    if re.fullmatch(rf"[{_UP}]{{2,5}}", s) and s not in ("JR", "SR"):
        return [{"literal": s}], etal  # "IEA.", "OECD.": a body's acronym, no one's family name
    if (
        _ORG_WORDS.search(s)
        and not re.search(rf"\b[{_UP}]\.", s)
        and not any(_VANCOUVER_NAME.match(p.strip()) for p in re.split(r"[,;]", s))
    ):  # a body named with commas ("Department of Health, State of Hawaii"), unless a
        # Vancouver name follows it ("ACCORD Study Group, Ginsberg HN, Elam MB")
        return [{"literal": s}], etal
    names: list[dict[str, str]] = []
    caps_family = _caps_family([p.strip() for p in re.split(r"[,;]|\s(?:and|&|et|a)\s", s)])
    for chunk in _SPLIT.split(s):
        parts = []
        for p in chunk.split(","):
            p = p.strip(" ,;:()[]")
            words = p.split()
            if len(words) > 1 and _JR.match(words[-1]) and _is_initials(" ".join(words[:-1])):
                parts += [" ".join(words[:-1]), words[-1]]  # "Ford, W.K. Jr.": initials, suffix
            elif p:
                parts.append(p)
        inverted = (
            len(parts) >= 2
            and (len(parts[0].split()) == 1 or _particle_family(parts[0]))
            and not _is_initials(parts[0])
            and not _is_initials(parts[1].split()[0])
        )
        i = 0
        while i < len(parts):
            p = parts[i]
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            words = p.split()
            if _CJK_NAME.match(p) or (
                len(words) > 1
                and _ORG_WORDS.search(p)
                and not re.search(rf"\b[{_UP}]\.", p)
                and not _VANCOUVER_NAME.match(p)  # "Bureau Y": a family name
            ):  # "安玲, 張國泰": each a whole name; "ALICE Collaboration, J. Adam": a body
                names.append({"family": p} if _CJK_NAME.match(p) else {"literal": clean(p)})
                i += 1
                continue
            if (
                nxt is not None
                and (
                    len(words) == 1 or _particle_family(p)  # "Della Seta, Fabrizio", "De Caro, C."
                )
                and (
                    (
                        not _is_initials(p)
                        and (
                            _is_initials(nxt)
                            or _romanised_initials(nxt)
                            or ((inverted or len(parts) == 2) and len(nxt.split()) <= 3)
                        )
                    )
                    # "KIM, C. F.": capitals before dotted initials are a short family name
                    or (p.isalpha() and p.isupper() and "." in nxt and _is_initials(nxt))
                    # "TAK, Paul P.": capitals, then a given name written out, lead the list
                    # (ISO 690) or sit in one whose families are in capitals
                    or (
                        (i == 0 or caps_family)
                        and len(p) > 1  # "M, Atallah M": a lone initial
                        and p.isalpha()
                        and p.isupper()
                        and re.match(rf"[{_UP}][{_LO}]", nxt) is not None
                        and len(nxt.split()) <= 3
                    )
                    # "SÁ, Alvino Augusto de": a short capitalised family, its given names
                    or (
                        len(parts) == 2
                        and len(p) > 1
                        and p.isalpha()
                        and _is_initials(p)
                        and "." not in nxt
                        and nxt != nxt.upper()
                        and len(nxt.split()) <= 3
                    )
                )
            ):
                name = {"family": clean(p), "given": nxt}
                i += 2
                if i < len(parts) and _SUFFIX.match(parts[i]):
                    name["suffix"] = parts[i]
                    i += 1
                names.append(name)
                continue
            if _SUFFIX.match(p) and names:
                names[-1]["suffix"] = p
            elif not re.search(r"[^\W\d_]", p):  # "Trans. 2000 ed.": a year, no name
                pass
            else:
                one = _single(p, caps_family)
                if one.get("family") or one.get("given"):
                    names.append(one)
            i += 1
    return names, etal


# -- other fields -----------------------------------------------------------------------------
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20[0-4]\d)(?!\d)")
_PAGE_PREFIX = re.compile(
    r"^(?:pages?\b|seiten?\b|pgs?\.?|pp?\.?|[сСcCбБS]\.|стр\.?|бб\.?|ss?\.)\s*", re.I
)
# cities that stand alone before the year in GOST lists ("– Алматы, 2019."): a publisher
# run that is one of them is the place
_PLACE_NAMES = frozenset(
    {w for w, c in WORD_CLASSES.items() if c == "place" and len(w) > 3}
    | set(
        "санкт-петербург ленинград екатеринбург казань новосибирск шымкент караганда"
        " қарағанды актобе ақтөбе павлодар семей тараз атырау костанай қостанай уральск орал"
        " кокшетау көкшетау туркестан түркістан бишкек ташкент нур-султан нұр-сұлтан"
        " оксфорд oxford cambridge washington софия sofia пловдив варна praha прага warszawa"
        " варшава київ kyiv kiev вильнюс vilnius рига riga tbilisi тбилиси baku баку"
        " almaty astana nur-sultan shymkent karaganda karagandy aktobe pavlodar semey taraz"
        " atyrau kostanay kokshetau turkistan bishkek tashkent ust-kamenogorsk oskemen"
        # the regional centres of Russian, Ukrainian and Belarusian imprints
        " уфа самара омск томск пермь воронеж ростов-на-дону красноярск иркутск владивосток"
        " челябинск волгоград саратов ярославль тверь тула калининград архангельск хабаровск"
        " барнаул кемерово тюмень оренбург ижевск чебоксары махачкала петрозаводск"
        " сыктывкар якутск симферополь одесса харьков львов днепропетровск гродно гомель"
        " витебск бургас русе"
        # publishers' cities of Western imprints ("Shaker Verlag, Aachen", "Elsevier, Amsterdam")
        " amsterdam dordrecht leiden heidelberg boston chicago philadelphia princeton tokyo"
        " singapore basel aachen zürich zurich wien vienna leipzig stuttgart münchen munich"
        " frankfurt hamburg göttingen weinheim bern genève geneva milano milan roma rome madrid"
        " barcelona lisboa bruxelles brussels stockholm copenhagen oslo helsinki budapest"
        " beijing shanghai toronto montreal sydney melbourne hoboken baltimore berkeley".split()
    )
    | {"new york", "new delhi", "san francisco", "los angeles", "ann arbor", "new haven"}
    | {"hong kong"}
)
_MONTH_WORDS = frozenset(w for w, c in WORD_CLASSES.items() if c == "month")
# months of a newspaper's day ("– 15 августа", "– 1 қыркүйек"), Kazakh ones included
_DAY_MONTHS = frozenset(
    _MONTH_WORDS
    | set(
        "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
        " қаңтардағы"
        # French, Italian, Spanish, Portuguese and German ones ("18-19 marzo 1996")
        " janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        " gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre"
        " enero febrero abril mayo junio julio septiembre octubre noviembre diciembre"
        " janeiro fevereiro março maio junho julho setembro outubro dezembro"
        " januar februar märz juni juli oktober dezember".split()
    )
)
_PLACE_LEAD = re.compile(r"^\s*([^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?)\s*[,:]\s+")
# a place after the publisher: a known city, or "City, ST" / "City, Okla." / "City, USA"
# states, provinces and countries written in full after a city ("Lawrence, Kansas")
_REGIONS = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta"
    "|British Columbia|Manitoba|Nova Scotia|Queensland|Victoria|New South Wales|England"
    "|Scotland|Wales|Ireland|United Kingdom|United States|Australia|Canada|Germany|France"
    "|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark"
    "|Finland|Poland|Japan|China|India|Brazil|Mexico|Russia|Kazakhstan|South Africa"
    "|New Zealand|Singapore|Israel|Turkey"
)
_PLACE_TAIL = re.compile(
    r"[,.]\s*([^\W\d_][\w'\-]*(?:\s[^\W\d_][\w'\-]*){0,2}"
    r"(,\s*(?:[A-Z]{2}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md"
    r"|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\."
    rf"|N\.\s?[YJCH]\.|USA|UK|U\.\s?[KS]\.?(?:A\.?)?|{_REGIONS})(?:,\s*(?:USA|{_REGIONS}))?)?)[\s.,;]*$"
)
# "№3. – 112–120 б.": an issue number that the page run took in
_PAGE_ISSUE = re.compile(r"^(?:№|no\.|n°)\s*(\d+(?:\s*\(\d+\))?)\s*[.,]?\s*[–—-]?\s*(?=\S)", re.I)
_SCALE = re.compile(r"(?:М\s*)?1\s*:\s*\d[\d\s]*")
_DAY_MONTH = re.compile(r"\d{1,2}\s+([^\W\d_]+)\.?")
_PAGE_SUFFIX = re.compile(r"(?<=\d)\s+(?:бб?|бет|с)\.?$")
# "288 с.", "416 pages", "379 p. (Série …)": a page count, maybe with a series or link after
_TOTAL = re.compile(
    r"^\[?(\d+)\]?\s*(?:pp?\.?|pages?|с\.?|c\.|б\.?|бет|b\.?|bet|S\.|Bl\.)"
    r"(?:$|(?=\s*[(<\[;]|\s+(?:1[5-9]|20)\d\d\b))",
    re.I,
)
_VOL_PREFIX = re.compile(
    r"^(?:volumes?|vols?\.?|т\.|том|v\.|bd\.?|band|tome|ч\.|часть|бөлім|cilt|svazek|ročník|roč\.)\s*",
    re.I,
)
_ISSUE_SPLIT = re.compile(
    r"^(.*?)\s*[(:,]\s*(?:no\.?|№|n°|issue|вып\.?|iss\.?)?\s*([\w\-–/]+)\s*\)?$", re.I
)
_ISSUE_PREFIX = re.compile(
    r"^(?:nos\.?|no\.?|nr\.?|number|issue|iss\.?|№|n°|выпуск|вып\.?|heft|n\.|sayı|číslo|čís\.|broj"
    r"|pt\.?|part)\s*",
    re.I,
)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_URL = re.compile(r"(?:https?|ftp)\s*:\s*//\S+|www\.\S+", re.I)
_ACCESS = re.compile(
    r"(?:дата\s+обращения|қаралған\s+күні|accessed|retrieved)\s*:?\s*(?:on\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})",
    re.I,
)


_ACCESS_WORD = re.compile(
    r"(?:дата\s+обращения|қаралған\s+күні|accessed(?:\s+on)?|retrieved(?:\s+on)?|viewed"
    r"|consulted|last\s+visited|consulté\s+le|abgerufen\s+am|zugegriffen\s+am)\s*:?\s*",
    re.I,
)
_MONTH_NUMBERS: dict[str, int] = {
    **{m: k for k, m in enumerate(
        "january february march april may june july august september october november december"
        .split(), 1)},
    **{m: k for k, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
        .split(), 1)},
    **{m: k for k, m in enumerate(
        "qаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
        .replace("q", "қ").split(), 1)},
    **{m: k for k, m in enumerate(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        .split(), 1)},
    # Russian nominatives ("– 2021. – Май."), German
    **{m: k for k, m in enumerate(
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
        .split(), 1)},
    **{m: k for k, m in enumerate(
        "januar februar märz april mai juni juli august september oktober november dezember"
        .split(), 1)},
}  # fmt: skip
_ACCESS_FORMS = (
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), "dmy"),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})"), "dMy"),
    (re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"), "Mdy"),
)


def month_number(name: str) -> int:
    """1-12 for a month's name, its abbreviation of three letters or more, or an inflected
    form; else 0.

    >>> month_number("Sept"), month_number("шілдедегі"), month_number("июля")
    (9, 7, 7)
    """
    low = name.lower()
    if low in _MONTH_NUMBERS:
        return _MONTH_NUMBERS[low]
    hits = {k for m, k in _MONTH_NUMBERS.items() if len(low) >= 3 and m.startswith(low)}
    if not hits:  # an inflected form: Kazakh "шілдедегі", "наурыздағы"
        hits = {k for m, k in _MONTH_NUMBERS.items() if len(m) >= 4 and low.startswith(m)}
    return hits.pop() if len(hits) == 1 else 0


def access_date(raw: str) -> str | None:
    """The ISO date after an access phrase ("accessed 21 February 2012", "Retrieved March 3,
    2015", "(дата обращения: 12.10.2023)", "Accessed: 2019-05-12"), or None.

    >>> access_date("… (accessed 21 February 2012)."), access_date("Retrieved March 3, 2015, from x")
    ('2012-02-21', '2015-03-03')
    """
    for w in _ACCESS_WORD.finditer(raw):
        tail = raw[w.end() : w.end() + 40]
        for rx, order in _ACCESS_FORMS:
            m = rx.match(tail)
            if not m:
                continue
            a, b, c = m.groups()
            if order == "dmy":
                d, mo, y = int(a), int(b), int(c)
            elif order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            else:
                name, d, y = (b, int(a), int(c)) if order == "dMy" else (a, int(b), int(c))
                mo = month_number(name)
            if 1 <= mo <= 12 and 1 <= d <= 31 and 1900 < y < 2100:
                return f"{y}-{mo:02d}-{d:02d}"
    return None


_CONTINUED = frozenset({"publisher"})
_OPEN_END = re.compile(r"\s(?:for|of|the|and|und|de|des|du|la|le|für|der|и|по)$", re.I)
_ISSUE_ONLY = re.compile(
    r"^\s*(?:№|no\.|n°|вып\.?|шығ\.?)\s*(?:\d+|[IVXLC]+)(?:\s*\(\d+\))?[\s.,;–—-]*$", re.I
)
# a volume statement ending a title: "Основы радиотехники. Т 2", "…, Том 2", "…. Vol. III"
_VOL_TAIL = re.compile(
    r"[.,]\s*(?:(?:Т|Том|т|том|Vol|vol|Volume|Bd|Band|Tome|Кітап)\.?\s*(\d{1,3}|[IVXLC]{1,5})"
    r"|(?<!в\s)(\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*(?:т|том|кітап)\.?)[\s.,;–—-]*$"
)  # "… Т 2", "…, Том 2", "…. Vol. III", "… Роман-эпопея. 1-2 т." (not "в 5 т.": a count)
_VOL_WORDS = frozenset(
    {"vol", "volume", "т", "том", "v", "bd", "band", "jg", "jahrgang", "tome", "tomo", "cilt"}
    | {"svazek", "ročník"}
)
_OPENERS = frozenset(" ([{«“„")
_ROLE_LEAD = re.compile(
    r"^[\s/]*(?:(пер\.|перевод|translated\s+by|trans\.|аударған)|под\s+(?:общ\.\s*|науч\.\s*)?ред"
    r"|(?:отв|гл|науч)\.\s*ред|(?:жалпы|жауапты|ғылыми)\s+ред|сост\.|құраст|ред\.|edited\s+by"
    r"|ed\.\s+by|eds?\.\s)",
    re.I,
)
# "под ред. И.П. Кузнецова", "пер. с англ. А.Б. Петровой": the names stand in the genitive
_RU_GENITIVE_LEAD = re.compile(r"\bпод\s+(?:\w+\.?\s+)?ред|\bпер(?:\.|евод\b)", re.I)


def _nominative_family(name: dict[str, str]) -> dict[str, str]:
    """A Russian family name in the genitive turned to the nominative through pymorphy3
    (Кузнецова → Кузнецов, Петровой → Петрова, Достоевского → Достоевский); a name the
    dictionary does not know as a genitive surname stays as it is.

    >>> _nominative_family({"family": "Кузнецовой", "given": "И.П."})["family"]
    'Кузнецова'
    """
    fam = name.get("family", "")
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", fam):
        return name
    from ..morph import _analyzer, _with_case_of  # loaded only when such a name is seen

    for parse in _analyzer().parse(fam):
        if "Surn" in parse.tag and "gent" in parse.tag and "sing" in parse.tag:
            nom = parse.inflect({"nomn"})
            if nom is not None:
                return {**name, "family": _with_case_of(nom.word, fam)}
            break
    return name


# a GOST statement of responsibility after the title: "… / под ред. …", "… / жалпы ред. …"
_RESPONSIBILITY = re.compile(
    r"\s/\s*(?=(?:под\s|(?:гл|отв|науч)\.\s*ред|(?:жалпы|жауапты|ғылыми)\s+ред|сост\.|құраст"
    r"|пер\.|аударған|ред\.))",
    re.I,
)
_IN_SPLIT = re.compile(
    r"[.,]\s+(?:In|В(?:\s+(?:сб|кн)\.)?|Dans)\s*:?\s+(?=\w)|[”\"’»]\s*,?\s+in\s*:?\s+(?=[\w“\"«])"
)
# a sentence's end: a full stop after a word, before a capital or a letter of a script
# without case (Hangul, CJK, kana)
_SENTENCE = re.compile(
    rf"(?:(?<=[{_LO}\w]{{3}})|(?<=\w\)))\.\s+(?=(?:<[a-z]+>)?[{_UP}\uac00-\ud7af\u4e00-\u9fff\u3040-\u30ff])"
)
_ROLE_TAIL = re.compile(
    r"[\s,(]\s*(?:eds?|editors|hrsg|hg|ред|orgs?|coords?|dirs?)\.?\s*\)?[.,:]?\s*$", re.I
)
# "In: Book", "in Proc. …", "В сб.": the connective is no word of the container's title (the dev
# gold keeps a lower-case "in" 54 times and drops it 28 times; we drop it always)
_IN_PREFIX = re.compile(
    rf"^(?:[Ii]n|IN|[Вв]|[Вв]\s+кн|[Вв]\s+сб|[Dd]ans|I[Mm])\s*[.:]?\s+(?=[{_UP}\d\"«“‘(])"
)


def _year(text: str) -> str | None:
    m = _YEAR.search(text)
    return m.group(1) if m else None


_DATE_LEAD = re.compile(
    r"^(?:[A-Za-z]{3,9}\.?\s+)?\d{4}[a-z]?\s*(?:[A-Za-z]{3,9}\.?\s*\d*)?\s*;\s*"
)
_VOL_PAREN = re.compile(r"^(\S+?)\s*\(([^)]+)\)")
_VOL_NO = re.compile(
    # Turkish "Sayı", Czech "číslo", Croatian/Serbian "broj"
    r"^(\S+?)\s*[,:.]?\s*(?:no|nos|nr|№|n°|issue|iss|вып|heft|n|sayı|číslo|čís|č|broj)\s*\.?\s*(\S+)",
    re.I,
)
_VOL_DOT = re.compile(r"^(\d+)\s*[.:,]\s*(\d+)$")
# "2016. – Ч. 2": a GOST year before the volume's area
_YEAR_LEAD = re.compile(r"^((?:1[5-9]|20)\d\d)\.?\s*[–—-]\s*")
# CJK marks around a volume or issue number: "第100輯", "제 36 권", "32집", "4期", "21 호"
_CJK_PART = re.compile(r"^(?:第|제|통권)\s*|(?<=\d)\s*(?:卷|巻|권|집|輯|号|호|期|冊|册)(?=\W|$)")
_CJK_PAGE_MARK = re.compile(r"(?<=\d)\s*(?:쪽|頁|页|ページ)$")
_ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# a volume named by its mark anywhere in the run, an issue likewise
_VOL_MARKED = re.compile(
    rf"(?<!\w)(?:vols?|t|tome|tomo|bd|band|т|том|jg|ч|часть|бөлім|cilt|svazek|ročník|roč)\.?\s*"
    rf"(\d+|{_ROMAN})\b",
    re.I,
)
_ISSUE_MARKED = re.compile(
    r"(?<!\w)(?:nos?|nr|n°|№|issue|iss|fasc|heft|h|вып|sayı|číslo|čís|č|broj)\.?\s*(\d+(?:[-–/]\d+)?)\b",
    re.I,
)
# "97. Jg., H. 3", "49e année, n°1": a volume counted by years
_VOL_ORDINAL = re.compile(r"^(\d+)(?:\.|e|ème)?\s*(?:jg|jahrgang|année|évf|évfolyam)\b\.?", re.I)
# a volume number or numeral, then only a marked issue, a part, a series or a year
_VOL_HEAD = re.compile(
    rf"^(\d+|{_ROMAN})\s*(?=[,(]\s*(?:nos?|nr|n°|№|fasc|heft|série|serie|h)\b\.?\s*\S)", re.I
)


def _volume_issue(text: str) -> tuple[str | None, str | None]:
    """Volume and issue from a volume-labelled run ("30 (5)", "Т. 6, № 3", "2011;118(2)").

    >>> _volume_issue("Vol. 41, no. 4,"), _volume_issue("Т. 6, № 3"), _volume_issue("1998;53(4):")
    (('41', '4'), ('6', '3'), ('53', '4'))
    >>> _volume_issue("No 29, Vol. 4"), _volume_issue("2° série, t. XIV, 1866")
    (('4', '29'), ('XIV', None))
    >>> _volume_issue("CLXXXIII, fasc. 603"), _volume_issue("97. Jg., H. 3")
    (('CLXXXIII', '603'), ('97', '3'))
    >>> _volume_issue("Cilt 27, Sayı 1"), _volume_issue("roč. 22, č. 3")
    (('27', '1'), ('22', '3'))
    """
    v = _VOL_PREFIX.sub("", _DATE_LEAD.sub("", _CJK_PART.sub("", clean(text))))
    v = _YEAR_LEAD.sub("", v)  # "2016. – Ч. 2": the year went first
    vol: str | None
    issue: str | None = None
    marked = _VOL_MARKED.search(v)
    if marked and marked.start():  # "No 29, Vol. 4", "2° série, t. XIV, 1866"
        m = _ISSUE_MARKED.search(v)
        return marked.group(1), m.group(1) if m else None
    m = _VOL_HEAD.match(v) or _VOL_ORDINAL.match(v)
    if m:  # "CLXXXIII, fasc. 603", "82, fasc. 1-2", "XLVI (No. 210", "294, série 11"
        issue_m = _ISSUE_MARKED.search(v, m.end())
        return m.group(1), issue_m.group(1) if issue_m else None
    if _ISSUE_PREFIX.match(v) and not re.search(r"[(,]", v):
        return None, clean(_ISSUE_PREFIX.sub("", v)) or None
    m = _VOL_PAREN.match(v) or _VOL_NO.match(v) or _VOL_DOT.match(v)
    if m:
        vol, issue = m.group(1), _ISSUE_PREFIX.sub("", m.group(2))
    else:
        vol = v
    vol = re.sub(r"^[A-Z](?=\d)", "", clean(_VOL_PREFIX.sub("", clean(vol))))
    return vol or None, (clean(issue) or None) if issue else None


_PAREN_YEAR = re.compile(r"\((1[5-9]\d\d|20[0-4]\d)[a-z]?\)")
_TITLED = frozenset({"title", "container-title", "journal", "collection-title", "note"})
_DOI_LEAD = re.compile(r"\bdoi\s*:?\s*$", re.I)


_YEAR_TOKEN = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)$")
_QUOTES = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "„": "“"}
# a GOST statement of responsibility of names only after the title's slash ("… / И.И. Иванов,
# П.П. Петров", "…/, Елена Кирова")
_SOR_NAMES = re.compile(  # " / " or "/,": not "astrobleme/Central Brazil"
    rf"(?:\s+/|/(?=\s*,)|/(?=\s))\s*,?\s*((?:[{_UP}][{_LO}]*\.?\s*(?:[{_UP}][{_LO}]*\.?\s*)?[{_UP}][{_LO}]+"
    rf"(?:\s*,\s*|\s+(?:и|және|and)\s+)?){{1,4}})[\s.,;]*$"
)
# a place (a known city, or its abbreviation: "М.", "С.", "СПб.") and year ending a title
_TITLE_PLACE = re.compile(
    rf"(?<=[{_LO}\w)»”]{{3}}\.)\s+([{_UP}][{_LO}\-]*[{_LO}]|[{_UP}][{_LO}]?)(\.)?"
    rf"(?:\s*,\s*((?:1[5-9]|20)\d\d))?[.,]?$"
)
_ACCESS_BITS = re.compile(
    r"(?:available\s+(?:at|from|online)|retrieved\s+from|режим\s+доступа|қол\s+жеткізу\s+режимі)"
    r"\s*:?|\(?\s*(?:accessed|дата\s+обращения|қаралған\s+күні)\b[^)]*\)?",
    re.I,
)
_PAGES_TAIL = re.compile(r"(?<=[’”'\"»])\s*\((?:pp?\.\s*)?(\d+\s*[-–]\s*\d+)\)$")
_MONTH_LEAD = re.compile(r"^([^\W\d_]{3,})\.?\s*(?:\d{1,2}\s*)?\)\s*[.,]?\s+")
_PLACE_ABBR = re.compile(rf"[{_UP}][{_UP}{_LO}]{{0,2}}|(?:[{_UP}]\.\s?)+[{_UP}]")
_PATENT_MARK = re.compile(r"\b(?:patent|патент|пат\.|свидетельство\s+о)", re.I)
_GOST_AREA_MARK = re.compile(r"\.\s*[–—-]\s")
_ETAL_MARK = re.compile(r"\b(?:et|и|т|u|ve|і)\s*\.?\s*(?:al|др|б|a|ark|ін)\b", re.I)
_ED_MARK = re.compile(r"[,.]\s*(?:eds?|edited|hrsg|éds?|под)\b", re.I)


# GB/T 7714 (Chinese lists) marks each entry's kind after its title: "题名[J]. 刊名, 2017"
GBT_TYPES: dict[str, str] = {
    "J": "article-journal",
    "M": "book",
    "C": "paper-conference",
    "D": "thesis",
    "R": "report",
    "S": "standard",
    "P": "patent",
    "N": "article-newspaper",
    "A": "chapter",
    "G": "book",
    "EB": "webpage",
    "DB": "dataset",
    "CP": "software",
}
_GBT_MARK = re.compile(
    rf"(?<=[\w\s)])\[\s*({'|'.join(GBT_TYPES)})(?:\s*/\s*OL)?\s*\](?=\s*(?:[.,:;/]|$))"
)


def _repair_gbt_marker(raw: str, toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Kim Y. Convolutional Neural Networks[J]. Proceedings of …»: what runs from the authors
    to a GB/T kind mark is the title; «…, 城市更新[J], p.95»: before a journal mark, the
    title's last comma piece is the journal. The mark itself is no field's text."""
    m = _GBT_MARK.search(raw)
    if not m:
        return
    a = next((i for i, t in enumerate(toks) if t[1] == m.start()), -1)
    c = next((i for i, t in enumerate(toks) if t[2] == m.end()), -1)
    if a < 1 or c < a:
        return
    start = _run_end(out, 0) if out[0] == "author" else 0
    if start < a and "title" not in out[start:a]:
        out[start:a] = ["title"] * (a - start)
    elif (
        m.group(1) == "J"
        and out[a - 1] == "title"
        and not {"journal", "container-title"} & set(out)
    ):
        k = a - 1
        while k > start and out[k - 1] == "title" and toks[k - 1][0] != ",":
            k -= 1
        if k > start and out[k - 1] == "title":  # a comma before: the journal's piece
            out[k:a] = ["journal"] * (a - k)
    out[a : c + 1] = ["O"] * (c + 1 - a)
    if GBT_TYPES[m.group(1)] in ("book", "thesis", "report", "standard"):
        _gbt_imprint(toks, out, c + 1)
    _gbt_numbers(toks, out, c + 1)


def _gbt_imprint(toks: list[tuple[str, int, int]], out: list[str], i: int) -> None:
    """ "[M]. 北京: 清华大学出版社, 2015.": a book's "Place: Publisher, Year" after the mark."""
    words = [t for t, _, _ in toks]
    n = len(words)
    while i < n and words[i] in (".", ","):
        i += 1
    if i + 1 < n and words[i].isdigit() and words[i + 1] == "版":  # "2版.": the edition
        out[i : i + 2] = ["edition"] * 2
        i += 2
        while i < n and words[i] in (".", ","):
            i += 1
    colon = next((j for j in range(i, min(n, i + 6)) if words[j] == ":"), -1)
    if colon <= i:
        return
    comma = next((j for j in range(colon + 2, n) if words[j] == ","), -1)
    if comma < 0 or comma + 1 >= n or not _YEAR_TOKEN.match(words[comma + 1]):
        return
    out[i : colon + 1] = ["location"] * (colon + 1 - i)
    out[colon + 1 : comma + 1] = ["publisher"] * (comma - colon)


def _gbt_numbers(toks: list[tuple[str, int, int]], out: list[str], i: int) -> None:
    """GB/T's "2017, 33(12): 1764-1766" (year, volume, issue, pages) and "2014: 1746–1751"
    (year, pages) after the mark: the model, reading digits among Han letters, mixes them."""
    words = [t for t, _, _ in toks]
    n = len(words)
    for y in range(i, n - 2):
        if not _YEAR_TOKEN.match(words[y]):
            continue
        j, labs = y + 1, ["date"]
        if words[j] == "," and j + 1 < n and words[j + 1].isdigit():
            labs += ["volume", "volume"]
            j += 2
            if j + 2 < n and words[j] == "(" and words[j + 1].isdigit() and words[j + 2] == ")":
                labs += ["issue"] * 3
                j += 3
        if j + 1 < n and words[j] == ":" and words[j + 1].isdigit():
            labs += ["pages", "pages"]
            j += 2
            while j + 1 < n and words[j] in ("-", "–", "—") and words[j + 1].isdigit():
                labs += ["pages", "pages"]
                j += 2
        if "pages" in labs:
            out[y:j] = labs
            return


def _repair(raw: str, toks: list[tuple[str, int, int]], labels: list[str]) -> list[str]:
    """Token labels with frequent CRF slips mended: names split between author and
    editor, a year at the end of the title or the head of the volume when no date was
    found, the family name after a given-first author's last initial ("and E. |
    Winstanley"), a quoted title running on into its journal.

    >>> from ._features import tokenize
    >>> raw = 'Doe J. "A title," Some Journal 3'
    >>> _repair(raw, tokenize(raw), ["author"] * 3 + ["title"] * 7 + ["volume"])[-4:]
    ['title', 'journal', 'journal', 'volume']
    """
    n = len(toks)
    out = relabel_cjk(toks, labels) if is_cjk(raw) else list(labels)
    # each mend looks at every token: a cheap look at the raw text first
    if "«" in raw:
        _repair_open_quote(toks, out)
    if "title" in out and any(q in raw for q in _TITLE_QUOTES):
        _repair_quoted_title_end(toks, out)
    if "(" in raw and "title" in out:
        _repair_title_bracket_tail(toks, out)
    if "publisher" in out:
        _repair_honorific_name_in_publisher(toks, out)
    if "title" in out and "author" not in out and "editor" not in out:
        _repair_body_heading_title(toks, out)
    if (
        ("container-title" in out or ("journal" in out and "editor" in out))
        and "location" not in out
        and "publisher" not in out
    ):  # a journal run after editors is a book's
        _repair_imprint_in_container(toks, out)
    if "date" in out and "title" in out:
        _repair_month_opening_title(toks, out)
    if "date" in out:
        _repair_year_span_ending_title(toks, out)
    if "title" in out and "journal" not in out and "container-title" not in out:
        _repair_journal_in_title_tail(toks, out)
    if "edition" in out:
        _repair_edition_number(toks, out)
    _repair_series(toks, out)
    if "[" in raw:
        _repair_gbt_marker(raw, toks, out)
    if "editor" in out:
        _repair_editor_without_role(raw, out, toks)
    if _PATENT_MARK.search(raw):
        _repair_patent(toks, out)
    if raw[:1].isalpha():
        _repair_citation_key(raw, toks, out)
    if _GOST_AREA_MARK.search(raw):
        _repair_gost_areas(toks, out)
    if ";" in raw and "author" in out:
        _repair_semicolon_roles(toks, out)
    if "container-title" in out and "editor" not in out:
        _repair_editors_in_container(toks, out)
    if "editor" in out or "translator" in out:
        _repair_responsibility(toks, out)
    if ":" in raw and "location" in out:
        _repair_place_colon(toks, out)
        if "(" in raw:
            _repair_place_qualifier(toks, out)
    elif ":" in raw and "publisher" in out:
        _repair_place_in_publisher(toks, out)
    has_editor = "editor" in out
    if has_editor:
        _repair_editor_tail(toks, out)
        _repair_heading_editors_end(toks, out)
        if "publisher" in out and "container-title" not in out:
            _repair_book_in_publisher(toks, out)
    if _ETAL_MARK.search(raw):
        _repair_after_etal(toks, out)
    _repair_name_boundary(toks, out)
    _repair_given_first_tail(toks, out)
    _repair_vancouver_end(toks, out)
    _repair_title_after_names(toks, out)
    if ":" in raw and "author" in out:
        _repair_title_head_in_names(toks, out)
    _repair_inverted_list_end(toks, out)
    _repair_title_opener_in_names(toks, out)
    _repair_family_before_initials(toks, out)
    _repair_and_name(toks, out)
    if "pages" in out:
        _repair_day_range(toks, out)
        _repair_article_number(toks, out)
    elif "date" in out and ("volume" in out or "journal" in out):
        _repair_pages_in_date(toks, out)
    if "volume" not in out and "journal" in out:
        _repair_lost_volume(toks, out)
    if "(" in raw:
        _repair_volume_year_page(toks, out)
        _repair_bracketed_issue(toks, out)
        _repair_bracketed_imprint(toks, out)
    _repair_named_volume(toks, out)
    if "journal" in out:
        _repair_journal_tail(toks, out)
        _repair_journal_head(toks, out)
    if "title" in out:
        _repair_title_tail_in_container(toks, out)
    if "date" in out and "title" in out:
        _repair_title_years(toks, out)
    if "title" in out:
        _repair_open_title(toks, out)
    if "editor" in out or "translator" in out:
        _repair_role_name_end(toks, out)
    if "editor" in out:
        _repair_prefix_role(toks, out)
    if ":" in raw:
        _repair_colon_role(toks, out)
    if not has_editor and _ED_MARK.search(raw):
        _repair_inline_editor(toks, out)
    _repair_title_imprint(toks, out)
    _repair_late_org_author(raw, toks, out)
    _repair_title_after_inverted_name(toks, out)
    # "May, E. C. & | S. B. Marwaha (Eds.)": names the model split between author and
    # editor are all editors when the editor run ends with the role word
    if out and out[0] == "author" and "editor" in out:
        j = out.index("editor")
        k = _run_end(out, j)
        if all(lab == "author" for lab in out[:j]) and _ROLE_TAIL.search(
            raw[toks[j][1] : toks[k - 1][2]]
        ):
            out[:j] = ["editor"] * j
    if out and out[0] == "citation-number":
        k = _run_end(out, 0)
        if any(len(t) > 1 and t.isalpha() for t, _, _ in toks[:k]):
            # "Закон Республики Казахстан от 27 | июля …": words are no citation label
            out[:k] = ["title"] * k
    _repair_dated_title(toks, out)
    _repair_corporate_author(toks, out)
    _repair_heading_with_name(toks, out)
    for j in range(n - 1):  # "Vol. 1515" with another year found: the number is the volume
        if out[j] == "volume" and toks[j][0].lower() in _VOL_WORDS:
            k = j + 1 + (toks[j + 1][0] == ".")
            if (
                k < n
                and out[k] == "date"
                and toks[k][0].isdigit()
                and (k + 1 == n or out[k + 1] != "date" or not toks[k + 1][0].isalnum())
                and any(lab == "date" and m != k for m, lab in enumerate(out))
            ):
                out[k] = "volume"
    if "date" not in out:
        _repair_year(toks, out)
    if "title" not in out:
        _repair_name_title(toks, out)
        _repair_initials_title(toks, out)
    first = out.index("title") if "title" in out else -1
    if (  # "C. Bollini and J. | Giambiagi": given-first names end with a family name
        first >= 3
        and out[first - 1] == "author"
        and toks[first - 1][0] == "."
        and len(toks[first - 2][0]) == 1
        and toks[first - 2][0].isupper()
        and len(toks[first][0]) > 1
        and toks[first][0][0].isupper()
        and toks[first][0].isalpha()
        and first + 1 < n
        and toks[first + 1][0] not in (".", ";")
        and out[0] == "author"
        and len(toks[0][0]) == 1
        and toks[0][0].isupper()
    ):
        out[first] = "author"
        first = first + 1 if out[first + 1] == "title" else -1
    if first >= 0 and not ({"journal", "container-title"} & set(out)):
        if toks[first][0] in _QUOTES:
            _repair_quoted(toks, out, first)
        elif first and toks[first - 1][0] in _QUOTES:  # the opening quote went to the authors
            _repair_quoted(toks, out, first - 1, comma=True)
    _repair_publisher_head(toks, out)
    _repair_publisher_span(toks, out)
    return out


_PUBLISHER_HEADS = frozenset(
    "university univ universitaires universitaria universitária press presses publishing"
    " publishers publications verlag".split()
)


_UNIT_HEADS = frozenset(
    "department dept laboratory laboratories lab labs institute school faculty division centre"
    " center group ltd inc corporation".split()
)


def _repair_publisher_span(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Thesis, Computing Science | Department, Uppsala University», «Knowledge | Systems
    Laboratory, Stanford University»: a publisher run that opens inside a unit's name goes
    back to the comma before it; «University of | Toronto, September»: one that ends with
    "of" goes on over the place the model split off."""
    n = len(toks)
    if "publisher" not in out:
        return
    p = out.index("publisher")
    e = _run_end(out, p)
    if any(toks[j][0].lower() in _UNIT_HEADS for j in range(p, min(e, p + 3))):
        j = p
        while j > 0 and out[j - 1] in ("genre", "location", "title") and (
            toks[j - 1][0][:1].isupper() and toks[j - 1][0].isalpha()
        ):
            j -= 1
        if j < p and j > 0 and toks[j - 1][0] == "," and toks[j][0].lower() not in _PLACE_NAMES:
            out[j:p] = ["publisher"] * (p - j)
    if e < n and toks[e - 1][0].lower() in ("of", "de", "für") and out[e] == "location":
        k = e
        while k < n and out[k] == "location" and toks[k][0] not in (",", ":", ";", "."):
            k += 1
        out[e:k] = ["publisher"] * (k - e)


def _repair_publisher_head(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Oxford | University Press», «Moscow State | University Publishing House», «Cambridge
    Univ | . Press», «Lippincott-Raven | Publishers»: a publisher run that opens with University, Press, Publishing … takes
    the capitalised words right before it that the model gave another field (no mark
    between them: they are one name).

    >>> from ._features import tokenize
    >>> toks = tokenize("Maas, P. Textual Criticism. Oxford University Press, 1958")
    >>> out = ["author"] * 4 + ["title"] * 3 + ["location"] + ["publisher"] * 3 + ["date"]
    >>> _repair_publisher_head(toks, out)
    >>> out[6:10]
    ['title', 'publisher', 'publisher', 'publisher']
    """
    for i in range(1, len(toks)):
        if out[i] != "publisher" or out[i - 1] == "publisher":
            continue
        k = i - 1 if toks[i][0] == "." and toks[i - 1][0].lower() in _PUBLISHER_HEADS else i
        if toks[k][0].lower() not in _PUBLISHER_HEADS:
            continue
        j = k
        while j > 0 and k - j < 6 and out[j - 1] not in ("publisher", "O"):
            tok = toks[j - 1][0]
            if tok in ("-", "&") and j > 1 and toks[j - 2][2] == toks[j - 1][1] == toks[j][1] - 1:
                j -= 1  # "Lippincott-Raven", "Texas A&M": no space around the mark
            elif tok.isalpha() and tok[0].isupper() and tok.lower() not in _PUBLISHER_HEADS:
                j -= 1
            else:
                break
        while j < k and not toks[j][0].isalpha():
            j += 1
        if j < i:
            out[j:i] = ["publisher"] * (i - j)


_GMD = re.compile(
    r"\s*\[(?:Текст|Мәтін|Text|Ноты|Карт[аы]|Электронный ресурс|Электрондық ресурс)\]"
    # GOST R 7.0.100-2018's content and carrier: "– Текст : электронный"
    r"|\s*[–—-]?\s*(?:Текст|Мәтін)\s*:\s*(?:электронный|непосредственный|электрондық|тікелей)",
    re.I,
)
_TRANSLATED = re.compile(
    r"(?:^|[\s(\[])(?:trans(?:lated)?|tr|trad|tradução|traduit|tłum|übers(?:etzt)?|пер|перевод"
    r"|аударған)\b\.?",
    re.I,
)
_EDITED = re.compile(r"\b(?:eds?|edited|editors?|hrsg|hg|ред|dir)\b\.?", re.I)
_CONTAINERS = frozenset({"container-title", "journal", "collection-title", "publisher"})


_ROLES = frozenset({"author", "editor", "translator"})
_AREA_DASHES = frozenset({"–", "—", "-"})
_ROLE_LEAD_WORDS = frozenset(
    "под ред отв гл науч сост пер перевод жалпы жауапты ғылыми құраст құрастырған аударған"
    " ed eds edited trans translated".split()
)


def _place_words(toks: list[tuple[str, int, int]], j: int, n: int) -> int:
    """Where a place name starting at ``j`` ends ("Караганда", "Нур-Султан", "М."), or ``j``.

    >>> from ._features import tokenize
    >>> _place_words(tokenize("Нур-Султан, 2019"), 0, 5)
    3
    """
    k, words = j, 0
    while k < n and words < 3:
        t = toks[k][0]
        if t.isalpha() and t[0].isupper():
            words += 1
            k += 1
            if k < n and toks[k][0] == "." and len(t) <= 3:  # "М.", "СПб."
                return k + 1
            if k < n and toks[k][0] == "-" and k + 1 < n and toks[k + 1][0].isalpha():
                k += 1  # "Нур-Султан"
        else:
            break
    return k if words else j


def _repair_gost_areas(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """Mend a GOST statement of responsibility or container the tagger ran on: «/ Н.А.
    Назарбаев. – Караганда, 2006», «// Proceedings … "Education". – Almaty, 2020»: after
    ". –" a place before ":" or ", year" opens the imprint, not a name or the container.

    >>> from ._features import tokenize
    >>> t = tokenize("Путь / Н.А. Назарбаев. – Караганда, 2006")
    >>> out = ["title"] * 2 + ["author"] * 9 + ["date"]
    >>> _repair_gost_areas(t, out)
    >>> out[-5:]
    ['author', 'location', 'location', 'location', 'date']
    """
    n = len(toks)
    for i in range(n - 3):
        if not (
            (
                out[i] in _ROLES
                or out[i] in ("journal", "container-title")
                # "Книга / Николай Райновъ.- София : …": the title ran on past its names
                or (out[i] == "title" and any(t == "/" for t, _, _ in toks[max(0, i - 6) : i]))
            )
            and toks[i][0] == "."
            and toks[i + 1][0] in _AREA_DASHES
            and out[i + 1] == out[i]
            # "Иванов. – Алматы", "Райновъ.- София", not "Жан-Пьер"
            and (toks[i + 1][1] > toks[i][2] or toks[i + 2][1] > toks[i + 1][2])
        ):
            continue
        if toks[i + 2][1] == toks[i + 1][2]:  # "J. -M.": a hyphenated initial
            continue
        k = _place_words(toks, i + 2, n)
        if k == i + 2 or k + 1 >= n or toks[k][0] not in (",", ":"):
            continue
        if toks[k][0] == "," and not _YEAR_TOKEN.match(toks[k + 1][0]):
            continue  # "– Караганда, 2006", not "- Exposition, Aix-en-Provence"
        if toks[i + 2][0].lower() in _ROLE_LEAD_WORDS:
            continue
        for m in range(i + 1, k + 1):
            if out[m] == out[i]:
                out[m] = "location"
        if toks[k][0] == ":":  # "– Алматы: Мектеп, 2014": the publisher follows
            m = k + 1
            while m < n and out[m] == out[i] and toks[m][0] != ",":
                out[m] = "publisher"
                m += 1
        break


def _repair_responsibility(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """Mend an editor or translator run of a GOST statement of responsibility: «сб. науч. | тр.
    / под ред.»: the words before the slash end the title; «/ под ред. И. | И. Иванова»: the
    names after the role words are its editors; «/ А.В. Сидоров ; под ред. В.В. Краевского»:
    the names before "; под ред." are authors, not editors.

    >>> from ._features import tokenize
    >>> t = tokenize("Педагогика / А.В. Сидоров ; под ред. В.В. Краевского")
    >>> out = ["title"] * 2 + ["author"] * 4 + ["editor"] * 10
    >>> _repair_responsibility(t, out)
    >>> out[6:8]
    ['author', 'author']
    """
    n = len(toks)
    for j in range(1, n):
        if out[j] not in ("editor", "translator") or out[j - 1] == out[j]:
            continue
        end = _run_end(out, j)
        slash = next((m for m in range(j, end) if toks[m][0] == "/"), -1)
        if (
            slash > j
            and out[j - 1] in ("title", "container-title", "journal")
            and slash + 1 < n
            and toks[slash + 1][0].lower() in _ROLE_LEAD_WORDS
        ):  # not the slash between names: "Braun, K. H./ Gekeler, G. (Hrsg.)"
            # "сб. науч. | тр. / под ред.": the words before the slash end the title
            out[j:slash] = [out[j - 1]] * (slash - j)
            j = slash
        if (
            end < n
            and out[end] == "author"
            and any(toks[m][0].lower() in _ROLE_LEAD_WORDS for m in range(j, end))
        ):  # "/ под ред. И. | И. Иванова": the names after the role words are its editors
            names_end = _run_end(out, end)
            out[end:names_end] = [out[j]] * (names_end - end)
        semi = next((m for m in range(j, end) if toks[m][0] == ";"), -1)
        if (
            semi > j
            and semi + 1 < end
            and toks[semi + 1][0].lower() in _ROLE_LEAD_WORDS
            and not any(toks[m][0].lower() in _ROLE_LEAD_WORDS for m in range(j, semi))
            and out[j - 1] in ("author", "title")
        ):
            out[j : semi + 1] = ["author"] * (semi + 1 - j)


def _repair_semicolon_roles(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«/ П.П. Петров, С.С. Сидоров ; под ред. А.А. Иванова»: in a GOST statement of
    responsibility the names after "; под ред." ("; отв. ред.", "; пер. с англ.") that the
    model kept with the authors are the editors (translators)."""
    n = len(toks)
    for i in range(1, n - 1):
        if not (
            toks[i][0] == ";"
            and out[i] == "author"
            and out[i + 1] == "author"
            and toks[i + 1][0].lower() in _ROLE_LEAD_WORDS
        ):
            continue
        end = _run_end(out, i)
        role = (
            "translator" if toks[i + 1][0].lower() in ("пер", "перевод", "аударған") else "editor"
        )
        out[i + 1 : end] = [role] * (end - i - 1)
        return


_ED_MARKS = frozenset({"ed", "eds", "hrsg", "hg", "dir", "dirs", "ред"})


def _repair_book_in_publisher(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«В: М. Бъчваров (ред.), | Хиляда … Охридски. 214-241. София: БАН.»: a publisher run
    right after the editors that ends in "Place: Publisher" holds the book (and its pages)
    before that sentence.

    >>> from ._features import tokenize
    >>> t = tokenize("In: M. Doe (ed.), The Book. 214-241. Sofia: BAN.")
    >>> out = ["editor"] * 9 + ["publisher"] * 12
    >>> _repair_book_in_publisher(t, out)
    >>> [out[10], out[13], out[17], out[19]]
    ['container-title', 'pages', 'location', 'publisher']
    """
    p = out.index("publisher")
    if not (out[p - 1] == "editor" or (toks[p - 1][0] == "," and out[p - 2] == "editor")):
        return
    e = _run_end(out, p)
    colon = next((k for k in range(e - 2, p + 2, -1) if toks[k][0] == ":"), -1)
    if colon < 0:
        return
    j = colon - 1  # back over the place's words to the full stop before them
    while j > p and toks[j][0][:1].isupper() and toks[j][0].isalpha() and colon - j <= 3:
        j -= 1
    if j <= p or toks[j][0] != "." or j + 1 == colon:
        return
    b = p + (toks[p][0] == ",")
    out[p:b] = ["O"] * (b - p)
    out[b:j] = ["container-title"] * (j - b)
    out[j] = "O"
    out[j + 1 : colon] = ["location"] * (colon - j - 1)
    out[colon] = "O"
    # "…Охридски. 214-241.": the chapter's pages closing the book's run
    k = j - 1
    while k > b and (toks[k][0].isdigit() or toks[k][0] in ("-", "–")):
        k -= 1
    if k < j - 1 and toks[k][0] == "." and toks[j - 1][0].isdigit() and k > b:
        out[k + 1 : j] = ["pages"] * (j - 1 - k)
        out[k] = "O"


def _repair_editor_tail(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«(eds) | An Anthology of …», «Eds.) Person- | Centered …»: the words after an editor
    run's closing role mark belong to the title or container that follows it.

    >>> from ._features import tokenize
    >>> t = tokenize("Fall (eds) An Anthology, 2002")
    >>> out = ["editor"] * 5 + ["container-title"] * 2 + ["date"]
    >>> _repair_editor_tail(t, out)
    >>> out[4:7]
    ['container-title', 'container-title', 'container-title']
    """
    n = len(toks)
    i = 0
    while i < n:
        if out[i] != "editor":
            i += 1
            continue
        end = _run_end(out, i)
        if end < n and out[end] in ("container-title", "journal", "title"):
            for m in range(end - 2, i, -1):
                if toks[m][0] == ")" and (
                    toks[m - 1][0].lower() in _ED_MARKS or toks[m - 2][0].lower() in _ED_MARKS
                ):
                    if any(toks[k][0][:1].isalpha() for k in range(m + 1, end)):
                        out[m + 1 : end] = [out[end]] * (end - m - 1)
                    break
        i = end


# any mark of an editor, a compiler or a translator in the line
_ROLE_MARK = re.compile(
    r"\b(?:eds?|editors?|edited|hrsg|hgg?|ред|редакц\w*|dirs?|coords?|orgs?|comps?|compiled"
    r"|compilador|сост|құраст\w*|trans|transl|translated|перев\w*|пер|аударған|trad|traduit"
    r"|herausgegeben|a\s+cura|éds?|edición)\b|\(ed",
    re.I,
)
_CONTAINER_LEADS = frozenset({"in", "dans", "в", "im", "en"})


# the editor marks with the French and "edd." spellings; GOST's "ред." is the
# responsibility mends' to read
_EDITOR_WORDS = (_ED_MARKS - {"ред"}) | {"éd", "éds", "edd"}


def _repair_editors_in_container(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«In | Aldona Jonaitis, ed., Chiefly Feasts», «in: G. FABRE (éd), actes de …»: the names
    that open a container run after "In", up to an editor's word, are its editors.

    >>> from ._features import tokenize
    >>> t = tokenize("In Aldona Jonaitis, ed., Chiefly Feasts, pp. 177")
    >>> out = ["O"] + ["container-title"] * 8 + ["pages"] * 3
    >>> _repair_editors_in_container(t, out)
    >>> out[1:7]
    ['editor', 'editor', 'O', 'O', 'O', 'O']
    """
    n = len(toks)
    a = out.index("container-title")
    lead = a
    if toks[a][0].lower() in _CONTAINER_LEADS:  # the model kept "In" with the container
        lead = a + 1
    elif not (a and toks[a - 1][0].lower() in _CONTAINER_LEADS) and not (
        a > 1 and toks[a - 1][0] == ":" and toks[a - 2][0].lower() in _CONTAINER_LEADS
    ):
        return
    if lead < n and toks[lead][0] == ":":
        lead += 1
    e = _run_end(out, a)
    for k in range(lead + 1, min(e, lead + 16)):
        w = toks[k][0]
        if (w.lower() in _EDITOR_WORDS and toks[k - 1][0] in (",", "(")) or (
            w.lower() in ("eds", "hrsg") and toks[k - 1][0][:1].isalpha()
        ):
            names = [toks[j][0] for j in range(lead, k) if toks[j][0] not in ",(&"]
            if not names or not all(
                x[:1].isupper() or x in (".", "-", "and", "und", "et") for x in names
            ) or not any(len(x) > 2 and x[:1].isupper() for x in names):
                return
            end = k - 1 if toks[k - 1][0] in ",(" else k
            out[a:lead] = ["O"] * (lead - a)  # "In:", kept with the container
            out[lead:end] = ["editor"] * (end - lead)
            j = end
            while j < e and (toks[j][0] in ",().:" or toks[j][0].lower() in _EDITOR_WORDS):
                out[j] = "O"
                j += 1
            return
        if w in (".", ":", ";") and not (k and len(toks[k - 1][0]) == 1):
            return  # a sentence's end before any editor's word: a title, no names


def _repair_editor_without_role(raw: str, out: list[str], toks: list[tuple[str, int, int]]) -> None:
    """«… Interim Report Convery, F., D. Ellerman and C. De Perthuis June, 40 p. 2008»,
    «Buci-Glucksmann, Christine, Esthétique …»: names the model called editors in a line
    with no editor's mark and no author are the authors (not after "In")."""
    if "author" in out or _ROLE_MARK.search(raw):
        return
    a = out.index("editor")
    if a and toks[a - 1][0].lower().rstrip(":") in _CONTAINER_LEADS:
        return
    e = _run_end(out, a)
    if toks[a][0].lower() in _CONTAINER_LEADS or "editor" in out[e:]:
        return
    out[a:e] = ["author"] * (e - a)


_TRAILING_ED = frozenset({"ed", "eds", "editors", "hrsg", "hg", "éd", "éds"})


def _repair_heading_editors_end(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Cheah, Pheng, and Bruce Robbins, eds. Cosmopolitics: | Thinking …», «Thomas A.
    Sebeok, ed. Style in Language. | Cambridge»: editors that head the entry end at their
    role word; what the model kept with them is the title."""
    n = len(toks)
    a = next((i for i, lab in enumerate(out) if lab not in ("citation-number", "O")), n)
    if a >= n or out[a] != "editor" or not toks[a][0][:1].isupper():
        return
    e = _run_end(out, a)
    for m in range(a + 2, e - 1):
        if toks[m][0].lower() in _TRAILING_ED and toks[m - 1][0] == ",":
            j = m + 1 + (toks[m + 1][0] == ".")
            if j < e and toks[j][0][:1].isupper() and toks[j][0][:1].isalpha():
                lab = out[e] if e < n and out[e] in ("title", "container-title") else "title"
                if lab == "title" and "title" in out[:a] + out[e:] and out[e] != "title":
                    return
                out[j:e] = [lab] * (e - j)
            return


_ETAL_PAIRS = (("et", "al"), ("и", "др"), ("т", "б"), ("u", "a"), ("ve", "ark"), ("і", "ін"))


def _repair_after_etal(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Cicardi M, Bracho F, et al. | Icatibant, a new …»: the names end at «et al.»; the
    words the model kept with them open the title.

    >>> from ._features import tokenize
    >>> t = tokenize("Doe J, et al. Icatibant, a drug.")
    >>> out = ["author"] * 8 + ["title"] * 5
    >>> _repair_after_etal(t, out)
    >>> out[7]
    'title'
    """
    n = len(toks)
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    for i in range(1, k - 1):
        if (toks[i][0].lower(), toks[i + 1][0].lower()) in _ETAL_PAIRS:
            j = i + 2 + (i + 2 < n and toks[i + 2][0] == ".")
            j += j < k and toks[j][0] == ","  # "et al., Eksp. Teor. Fiz."
            if (
                j < k < n
                and out[k] in _AFTER_NAMES
                and toks[j][0][:1].isupper()
                and not (len(toks[j][0]) == 1 and toks[j + 1][0] == ".")  # "et al.P. Rajeev"
            ):
                out[j:k] = [out[k]] * (k - j)
            return


# what follows the names when there is no title ("B. P. Abbott et al., Phys. Rev. Lett.")
_AFTER_NAMES = frozenset({"title", "journal", "container-title"})
_INITIALS_RUN = re.compile(rf"^[{_UP}]{{1,3}}$")


def _repair_role_name_end(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Ed. Richard A. | Pierce. Trans. …», «Edited by Louis | Paris. Paris, 1841»: a name
    after a role word that stops at an initial or at a lone given name goes on to the
    family name the model gave the next field."""
    n = len(toks)
    i = 0
    while i < n:
        lab = out[i]
        b = _run_end(out, i)
        if lab in ("editor", "translator") and toks[i][0].lower() in _ROLE_LEAD_WORDS:
            words = [t for t, _, _ in toks[i + 1 : b] if t[0].isalpha()]
            if words and words[0].lower() == "by":
                words = words[1:]
            j = b
            if (
                j + 1 < n
                and len(toks[j - 1][0]) == 1
                and toks[j - 1][0].isupper()
                and toks[j][0] == "."
            ):
                j += 1  # the initial's dot
            elif toks[j - 1][0] == "." and len(toks[j - 2][0]) == 1 and toks[j - 2][0].isupper():
                pass  # "Ed. Richard A. | Pierce"
            elif not (
                len(words) == 1
                and toks[b - 1][0] == words[0]  # "Edited by Louis | Paris", not "Roy. | Soc."
                and len(words[0]) > 1
                and words[0][0].isupper()
            ):
                i = b
                continue
            word = toks[j][0] if j < n else ""
            if (
                len(word) > 1
                and word.isalpha()
                and word[0].isupper()
                and (j + 1 == n or toks[j + 1][0] in (".", ",", ";", "("))
            ):
                out[b : j + 1] = [lab] * (j + 1 - b)
                b = j + 1
        i = b


_PREFIX_ROLES = frozenset("ed edited hrsg hg".split())
_NAME_JOINS = frozenset("and & und и".split())


def _names_at(toks: list[tuple[str, int, int]], i: int, end: int) -> bool:
    """Whether ``toks[i:end]`` open with a name list that ends the run or meets a , . ( ;
    (two capitalised words or initials at least, «and» between names, no lower-case word)."""
    words = 0
    j = i
    while j < end:
        t = toks[j][0]
        if t in (",", ";", "(") or (t == "." and not (len(toks[j - 1][0]) == 1)):
            break
        if t.lower() in _NAME_JOINS and j > i:
            j += 1
            continue
        if t == "." or t == "-":
            j += 1
            continue
        if not (t[:1].isupper() and t.replace("'", "").isalpha()):
            return False
        words += 1
        j += 1
    return words >= 2 and (j == end or toks[j][0] in (",", ";", "(", "."))


_COLON_ROLES = {"éditeur": "editor", "éditeurs": "editor", "editor": "editor", "editors": "editor",
                "herausgeber": "editor", "traducteur": "translator", "translator": "translator"}  # fmt: skip


def _repair_colon_role(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… materials. Éditeur : L. A. Wall. NBS Publication»: a role word and a colon before a
    name ending with a full stop mark that name's role, whatever run the model put it in."""
    n = len(toks)
    for j in range(1, n - 3):
        role = _COLON_ROLES.get(toks[j][0].lower())
        if not role or toks[j + 1][0] != ":" or toks[j - 1][0] not in (".", ",", ";"):
            continue
        k = j + 2
        while k + 1 < n and _is_initial_at(toks, k):
            k += 2
        if k == j + 2 or k + 1 >= n:
            continue  # no initials: "Editor: Springer" names a publisher
        if toks[k][0][:1].isupper() and toks[k][0].isalpha() and toks[k + 1][0] in (".", ","):
            out[j : j + 2] = ["O", "O"]  # the role word itself is no part of the name
            out[j + 2 : k + 1] = [role] * (k - j - 1)
        return


def _repair_prefix_role(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«in Literacy in Traditional Societies, ed. Jack Goody, Cambridge»: a role word before
    names ("ed.", "edited by", "Hrsg.") ends the container the model took into the editor
    run; the words before it are the container's (the title's when none came before)."""
    n = len(toks)
    i = 0
    while i < n:
        b = _run_end(out, i)
        if out[i] != "editor" or not i:
            i = b
            continue
        for k in range(i + 2, b - 2):
            if not (toks[k][0].lower() in _PREFIX_ROLES and toks[k - 1][0] == ","):
                continue
            m = k + 1 + (toks[k + 1][0] == ".")
            if m < b and toks[m][0].lower() == "by":
                m += 1
            if not _names_at(toks, m, b):
                break
            before = [t for t, _, _ in toks[i : k - 1] if t[:1].isalpha()]
            led = toks[i][0].lower() == "in"  # "In Famulus Christi, ed. Gerald Bonner"
            if (
                len(before) < 2 + led
                or any(_is_initial_at(toks, j) for j in range(i, k - 1))
                or (not led and _names_at(toks, i, k - 1))
            ):
                break  # "Thomas A. Sebeok, ed." is a name list
            lab = "container-title" if "title" in out[:i] else "title"
            out[i : k - 1] = [lab] * (k - 1 - i)
            break
        i = b


# words no title ends with: the title goes on after them
_OPEN_WORDS = frozenset(
    "of for in from the with to on and der des die für von la le les du de del della"
    " и в по на для о об из от с".split()
)


def _repair_open_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Turbulence: The Legacy of | A. N. Kolmogorov, Cambridge …», «… and its performance in
    | 2011, JINST 8 (2013)»: a title that ends with "of", "in", "for" … goes on to the end
    of the phrase the model gave the next field (a year only when another one is left)."""
    n = len(toks)
    b = 0
    while b < n:
        a, b = b, _run_end(out, b)
        if not (
            out[a] == "title"
            and b - a >= 3
            and b < n
            and toks[b - 1][0].lower() in _OPEN_WORDS
            and toks[b - 2][0][0].isalnum()
        ):
            continue
        e = b
        while e < n and e - b <= 6:
            tok = toks[e][0]
            initial_dot = tok == "." and len(toks[e - 1][0]) == 1 and toks[e - 1][0].isupper()
            if tok in (",", ":", ";", "(", "[", "//") or (tok == "." and not initial_dot):
                break
            e += 1
        if not b < e < n or e - b > 6 or not toks[e - 1][0][0].isalnum():
            continue
        moved = set(out[b:e])
        if moved & {"journal", "container-title"}:
            continue  # "… im Jahrbuch für | Psychopath.": the title ran into the container
        if "date" in moved and "date" not in out[:b] + out[e:]:
            continue  # the only year stays the date
        out[b:e] = ["title"] * (e - b)
        b = e


def _repair_volume_year_page(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """The physics order «Science 326 (2009) 1683», «Am. J. Phys., 50 (1982) 1144»: the number
    after the bracketed year is the page (the model kept it with the date), the one before
    it the volume (the model made it a second page)."""
    n = len(toks)
    for j in range(1, n - 3):
        if not (
            toks[j][0] == "("
            and _YEAR_TOKEN.match(toks[j + 1][0])
            and toks[j + 2][0] == ")"
            and out[j + 1] == "date"
            and toks[j + 3][0].isdigit()
            and toks[j - 1][0].isdigit()
        ):
            continue
        k = j + 3
        if out[k] == "date" and out[j - 1] == "volume":
            end = k + 1
            if end + 1 < n and toks[end][0] in ("-", "–", "—") and toks[end + 1][0].isdigit():
                end += 2
            out[k:end] = ["pages"] * (end - k)
        elif (
            out[k] == "pages"
            and (
                out[j - 1] == "pages"
                or (out[j - 1] == "title" and not _YEAR_TOKEN.match(toks[j - 1][0]))
            )
            and "volume" not in out
        ):
            out[j - 1] = "volume"  # "… and its Applications 333 (2004) 497-504"
        return
    for j in range(3, n - 2):  # "Tetrahedron Lett. 25, 1563 (1984)": the page before the year
        if (
            toks[j][0] == "("
            and _YEAR_TOKEN.match(toks[j + 1][0])
            and toks[j + 2][0] == ")"
            and out[j - 1] == "date"
            and toks[j - 1][0].isdigit()  # "1563" too: the bracket holds the year
            and toks[j - 2][0] == ","
            and out[j - 3] == "volume"
            and toks[j - 3][0].isdigit()
        ):
            out[j - 1] = "pages"
            return


def _repair_bracketed_issue(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«14(6), 52–59», «Politix, 11 (41), 1998»: a bracketed number after the volume that is
    no year is the issue, not the date."""
    for j in range(1, len(toks) - 2):
        if (
            toks[j][0] == "("
            and toks[j + 2][0] == ")"
            and out[j - 1] == "volume"
            and out[j + 1] == "date"
            and toks[j + 1][0].isdigit()
            and not _YEAR_TOKEN.match(toks[j + 1][0])
        ):
            out[j : j + 3] = ["volume"] * 3


# a company's legal form, which stays with its name ("Dover Publications, Incorporated")
_REGION_OR_CODE = re.compile(rf"[A-Z]{{2}}|{_REGIONS}")  # "MA", "New Mexico"
_LEGAL_FORM = re.compile(r"^(?:inc|incorporated|ltd|limited|co|corp|gmbh|llc|plc|s\.?a)\.?$", re.I)
_IMPRINT_LABELS = frozenset({"location", "publisher", "title", "note", "date"})


def _repair_bracketed_imprint(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Quantum Physics in One Dimension (Clarendon Press, Oxford, 2003)», «(Nauka, Moscow,
    2005)»: the imprint of physics lists in brackets after the title, publisher first, that
    the model left to the title, the place or a note.

    >>> from ._features import tokenize
    >>> raw = "Doe J., A Book (Spoerri, Pisa, 1902)."
    >>> out = ["author"] * 4 + ["title"] * 2 + ["location"] * 5 + ["date"] * 3
    >>> _repair_bracketed_imprint(tokenize(raw), out)
    >>> out[6:]
    ['publisher', 'publisher', 'publisher', 'location', 'date', 'date', 'date', 'date']
    """
    n = len(toks)
    for a in range(1, n - 3):
        if toks[a][0] != "(" or "title" not in out[:a] or out[a - 1] not in _IMPRINT_LABELS:
            continue
        c = a + 1
        while c < n and toks[c][0] not in ("(", ")"):
            c += 1
        if c == n or toks[c][0] != ")" or not _YEAR_TOKEN.match(toks[c - 1][0]):
            continue
        if (
            toks[c - 2][0] != ","
            or any(lab not in _IMPRINT_LABELS for lab in out[a : c + 1])
            # "(London: Routledge, 1992)", "(Montreal and Ithaca, NY: …)": the other order
            or any(t in (":", ";", "&") or t.lower() == "and" for t, _, _ in toks[a:c])
        ):
            continue
        groups: list[list[int]] = [[]]
        for j in range(a + 1, c - 2):
            if toks[j][0] == ",":
                groups.append([])
            else:
                groups[-1].append(j)
        if len(groups) > 1 and groups[1] and all(_LEGAL_FORM.match(toks[j][0]) for j in groups[1]):
            groups[:2] = [groups[0] + groups[1]]  # "(Dover Publications, Incorporated, 1974)"
        if not (
            1 <= len(groups) <= 2
            and all(groups)
            and len(groups[0]) <= 8
            and toks[groups[0][0]][0][:1].isupper()
            and not any(toks[j][0].isdigit() for g in groups for j in g)
        ):
            continue
        words = [[toks[j][0] for j in g] for g in groups]
        text = [clean(" ".join(w)).lower() for w in words]
        if len(groups) == 1 and not any(
            WORD_CLASSES.get(w.lower()) == "press" or w.lower() in _PUBLISHER_HEADS
            for w in words[0]
        ):
            continue  # "(Lyon, 1984)", "(Moscow, 2005)": a place or a meeting, no publisher
        pub, place = (1, 0) if len(groups) == 2 and text[0] in _PLACE_NAMES else (0, 1)
        if len(groups) == 2 and (
            any(_REGION_OR_CODE.fullmatch(" ".join(w)) for w in words)
            or (  # "(Saishin Ganryo Oyo Gijutsu, CMC, 1986)": a publisher's acronym last
                text[place] not in _PLACE_NAMES
                and any(w.isupper() and len(w) > 1 for w in words[place])
            )
        ):
            continue  # "(Cambridge, MA, 1993)": a place and its state
        out[a : groups[pub][-1] + 1] = ["publisher"] * (groups[pub][-1] + 1 - a)
        if len(groups) == 2:
            first, last = groups[place][0], groups[place][-1]
            out[first : last + 1] = ["location"] * (last + 1 - first)
            if pub == 1:  # "(Oxford, Clarendon Press, 2003)": the bracket opens the place
                out[a:first] = ["location"] * (first - a)
        for j in range(a + 1, c - 2):
            if toks[j][0] == ",":
                out[j] = out[j - 1]
        out[c - 2 : c + 1] = ["date"] * 3
        for j in range(c + 1, n):  # the stop after the bracket
            if toks[j][0].isalnum() or out[j] not in ("location", "publisher"):
                break
            out[j] = "date"
        return


def _repair_title_years(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… American adult education, | 1934–1989 | : A study of …»: years between two parts of
    the title are the title's when another date is left; «1984 United | States Military …»:
    a capitalised word that ends the date run and is no month opens the title."""
    n = len(toks)
    b = 0
    while b < n:
        a, b = b, _run_end(out, b)
        if out[a] != "date" or b >= n or out[b] != "title":
            continue
        if (
            a
            and out[a - 1] == "title"
            and all(not t[0].isalpha() and t not in "()[]" for t, _, _ in toks[a:b])
            and "date" in out[: a - 1] + out[b:]
        ):
            out[a:b] = ["title"] * (b - a)
            continue
        m = b
        while (
            m - 1 > a
            and toks[m - 1][0][0].isupper()
            and toks[m - 1][0].isalpha()
            and toks[m - 1][0].lower() not in _MONTH_WORDS
        ):
            m -= 1
        if m < b and any(_YEAR_TOKEN.match(t) for t, _, _ in toks[a:m]):
            out[m:b] = ["title"] * (b - m)


_SEASONS = frozenset(
    "winter spring summer fall autumn hiver printemps été automne frühjahr sommer herbst"
    " зима весна лето осень".split()
)


def _repair_journal_tail(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Science of The Total Environment 524 | -525: 269»: numbers ending the journal run
    before its volume are the volume's; «Lutheran Forum, Winter | 2008»: a season before
    the date is the date's."""
    n = len(toks)
    b = 0
    while b < n:
        a, b = b, _run_end(out, b)
        if out[a] != "journal" or b >= n:
            continue
        m = b
        if out[b] == "volume" and "-" in (toks[b - 1][0], toks[b][0]):  # a range split in two
            while m - 1 > a and (toks[m - 1][0].isdigit() or toks[m - 1][0] in ("-", "–")):
                m -= 1
            if m < b and toks[m][0].isdigit():
                out[m:b] = ["volume"] * (b - m)
        elif out[b] == "date" and toks[b - 1][0].lower() in _SEASONS and b - 1 > a:
            out[b - 1] = "date"
        elif out[b] == "volume" and toks[b - 1][0].lower() in _VOL_WORDS and b - 1 > a:
            out[b - 1] = "volume"  # "Eğitim Dergisi, Cilt | 27": the volume's word
            if "date" not in out and b - 3 > a and _YEAR_TOKEN.match(toks[b - 3][0]):
                out[b - 3] = "date"  # "…, 2019, Cilt 27": the year went with the journal


_REGION_NAME = re.compile(rf"(?:{_REGIONS})")


def _repair_title_tail_in_container(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… Steelville, Missouri (astract). | Geological Society of America Bulletin», «… in
    Dakar, Senegal. | PloS one»: the container run opens with the title's end, a bracket the
    title opened or a place after the title's comma, then its own name after a stop."""
    a = next((i for i, lab in enumerate(out) if lab in ("journal", "container-title")), -1)
    if a < 2 or out[a - 1] != "title":
        return
    b = _run_end(out, a)
    words = [t for t, _, _ in toks]
    if words[a] == "in" and words[a - 1][-1:].isalnum():
        # "… the Verb | in the Pyramid Texts, Bibliotheca Aegyptia": a lower-case "in" inside
        # the title's phrase, no connective before a container
        j = next((j for j in range(a, b) if words[j] in (",", ".", ":", ";")), b)
        if j < b:
            out[a : j + 1] = ["title"] * (j + 1 - a)  # the stop with it
        return
    t0 = a
    while t0 > 0 and out[t0 - 1] == "title":
        t0 -= 1
    end = -1
    if words[t0:a].count("(") > words[t0:a].count(")"):
        j = next((j for j in range(a, b) if words[j] in ("(", ")")), -1)
        if j >= 0 and words[j] == ")":
            end = j + 1
    elif words[a - 1] == ",":
        s = next((j for j in range(a, min(b, a + 4)) if words[j] == "."), -1)
        place = " ".join(words[a:s])
        if s > a and (place.lower() in _PLACE_NAMES or _REGION_NAME.fullmatch(place)):
            end = s
    if end < 0:
        return
    while end < b and words[end] in (".", ",", ";"):
        end += 1
    if end < b and words[end][:1].isalnum():
        out[a:end] = ["title"] * (end - a)


_HEAD_LABELS = frozenset({"title", "author", "translator", "editor"})


def _repair_journal_head(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«…Feedback, Rept. | Prog. Phys. 79», «L. Volkova Yad. | Fiz. 31», «A. Kolmogoroff,
    C. R. | Acad. Sci.»: abbreviated words ("Word.") just before the journal run, which the
    model left to the title or the names, open the journal. A word of the names goes only
    where the name before it is complete; initials only in a given-first list, where no
    family name follows them; title words only from a boundary (, . : ;)."""
    n = len(toks)
    b = out.index("journal") if "journal" in out else -1
    if b < 2:
        return
    if b + 1 >= n or toks[b + 1][0] != ".":
        return  # "Quebec, Canada. Meteoritics,": a journal written out has no such head
    given_first = len(toks[0][0]) == 1 and toks[0][0].isupper() and toks[1][0] == "."

    def initial(w: str) -> bool:
        return (len(w) == 1 and w.isupper()) or bool(_ROMANISED.match(w))

    k = b
    while k >= 2 and toks[k - 1][0] == "." and out[k - 2] in _HEAD_LABELS:
        if out[k - 1] != out[k - 2]:
            break
        w, lab = toks[k - 2][0], out[k - 2]
        if not (w[:1].isupper() and w.replace("β", "ss").isalpha()) or w.lower() in _PLACE_NAMES:
            break
        if lab != "title":
            before = toks[k - 3][0] if k >= 3 else ""
            if initial(w):  # an initial ("C. R.", "Zh.") with no family name after it
                j = k - 2
                while j >= 2 and toks[j - 1][0] == "." and initial(toks[j - 2][0]):
                    j -= 2
                if not (given_first and (j == 0 or toks[j - 1][0] in (",", ":"))):
                    break  # "C. R. Acad. Sci." opening the string: no names at all
                k = j
                break
            if (
                w.isupper()  # "HOWE." is the family name
                or not (before in (",", ":", ".") or (before[:1].isupper() and before.isalpha()))
                or (given_first and before == "." and initial(toks[k - 4][0]))  # "J. D. Lewin."
            ):
                break
        k -= 2
        if k >= 3 and toks[k - 1][0] in ("and", "&") and toks[k - 2][0] == ".":
            k -= 1  # "Ergod. Th. and Dynam. Sys."
    if k == b:
        return
    if out[k] == "title" and (k == 0 or toks[k - 1][0] not in (",", ".", ":", ";")):
        return  # "… semimetal NbP. | Sci. Rep.": the title's last word
    out[k:b] = ["journal"] * (b - k)


def _repair_named_volume(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«1993, SPIE, 1495, 594»: words heading a volume run, before its number, are the
    journal when none was found. «Appl. Phys. Lett 2010, 97, pp. 201111»: a number before
    "pp." in the pages run is the volume when none was found."""
    if "volume" not in out and "pages" in out:
        a = out.index("pages")
        if (
            a + 3 < len(toks)
            and toks[a][0].isdigit()
            and toks[a + 1][0] == ","
            and toks[a + 2][0].lower() in ("pp", "p")
            and out[a + 2] == "pages"
        ):
            out[a] = "volume"
        return
    if "journal" in out or "container-title" in out or "volume" not in out:
        return
    a = out.index("volume")
    b = _run_end(out, a)
    m = a
    while m < b and toks[m][0][0].isalpha() and toks[m][0].lower() not in _VOL_WORDS:
        m += 1
    if a < m < b - 1 and toks[m][0] == "," and toks[m + 1][0].isdigit() and toks[a][0][0].isupper():
        out[a:m] = ["journal"] * (m - a)


def _repair_and_name(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Stein, Daniel, | and Jan-Noël Thon, eds. From Comic Strips …»: no title starts with
    "and"; after names ending in a comma it joins one more name (and its role word)."""
    n = len(toks)
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    if not (2 < k < n - 2 and toks[k - 1][0] == "," and toks[k][0].lower() in ("and", "&")):
        return
    m = k + 1
    while m < n and toks[m][0] not in (",", ".", ":", ";", "(") and m - k <= 8:
        m += 1
    words = [t for t, _, _ in toks[k + 1 : m] if t.isalpha() and len(t) > 1]
    if m >= n or not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
        return
    end = m
    if toks[m][0] == "," and m + 1 < n and toks[m + 1][0].lower() in ("eds", "ed", "editors"):
        end = m + 2 + (m + 2 < n and toks[m + 2][0] == ".")
    out[k:end] = ["author"] * (end - k)


def _repair_name_boundary(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """Names the model cut at the wrong token, seen by the pattern of the names before:
    «Goa KL, McTavish D, | Clissold SP. Ivermectin …» (the last "Family INITIALS" went to
    the title), «L. D. Faddeev and R. | Jackiw: Phys. Rev. Lett.» (a given-first name
    ends with its family name), «S. W. BENSON. Oxid. | Commun.» (a word after a complete
    given-first name opens the journal)."""
    n = len(toks)
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    if not 2 < k < n or out[k] not in _AFTER_NAMES | {"location", "publisher"}:
        return
    vancouver_only = out[k] not in _AFTER_NAMES  # "Skilbeck CE, | Langton-Hewer R" at the end
    word = toks[k][0]
    capital = len(word) > 1 and word.isalpha() and word[0].isupper()
    given_first = len(toks[0][0]) == 1 and toks[0][0].isupper() and toks[1][0] == "."
    if (
        not vancouver_only
        and given_first
        and capital
        and toks[k - 1][0] == "."
        and len(toks[k - 2][0]) == 1
        and toks[k - 2][0].isupper()
        and k + 1 < n
        and toks[k + 1][0] in (",", ":")
    ):
        out[k] = "author"
        return
    if (
        not vancouver_only
        and given_first
        and out[k] == "journal"
        and k >= 6
        and toks[k - 1][0] == "."
        and 1 < len(toks[k - 2][0]) < 9
        and toks[k - 2][0].isalpha()
        and toks[k - 2][0][0].isupper()
        and not toks[k - 2][0].isupper()  # "V. YA. SHTERN." is a name
        and toks[k - 3][0] == "."
        and len(toks[k - 4][0]) > 2
        and toks[k - 5][0] == "."
        and len(toks[k - 6][0]) == 1
        and toks[k - 6][0].isupper()
    ):
        out[k - 2 : k] = ["journal"] * 2
        return
    # Vancouver names: "Family INITIALS," before the cut, "Family INITIALS." after it
    if not (
        toks[k - 1][0] == ","
        and _INITIALS_RUN.match(toks[k - 2][0])
        and len(toks[k - 3][0]) > 1
        and toks[k - 3][0][0].isupper()
    ):
        return
    i = k
    while i + 1 < n and out[i] == out[k]:
        f = i  # the family's last word: "Al-Shehri" is three tokens
        if (
            f + 3 < n
            and toks[f + 1][0] == "-"
            and toks[f + 1][1] == toks[f][2]
            and toks[f + 2][1] == toks[f + 1][2]
            and toks[f + 2][0][:1].isupper()
        ):
            f += 2
        if not (
            f + 1 < n
            and len(toks[i][0]) > 1
            and toks[i][0].replace("'", "").isalpha()  # "Nikol'skaia GV."
            and toks[i][0][0].isupper()
            and toks[f][0].replace("'", "").isalpha()
            and sum(c.isupper() for c in toks[i][0]) <= 2  # "McTavish", not "FieldREG II:"
            and _INITIALS_RUN.match(toks[f + 1][0])
            and (f + 2 == n or toks[f + 2][0] in (".", ":", ","))
        ):
            return
        end = min(f + 3, n)
        out[i:end] = ["author"] * (end - i)
        if end == n or toks[f + 2][0] != ",":
            return
        i = f + 3


# the author-year key some lists put before each entry ("Peshekhonov et al., 2016а – …",
# "Bergthol 1956 : BERGTHOL E. — …")
_CITATION_KEY = re.compile(
    r"^([^\W\d_][\w’'\-]*)(?:\s+(?:et\s+al\.?|и\s+др\.?|(?:and|и|&)\s+[^\W\d_][\w’'\-]*))?,?"
    r"\s+(?:1[5-9]|20)\d\d[^\W\d_]?\s*[:–—-]\s+(?=[^\W\d_])"
)


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)
    )


def _repair_citation_key(raw: str, toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Bergthol 1956 : BERGTHOL E. — Une station …», «Peshekhonov et al., 2016а –
    Peshekhonov V.G., …»: an author-year key before the entry, whose family name the names
    after it repeat, is no field; the names up to the dash after it are the authors."""
    m = _CITATION_KEY.match(raw)
    if not m:
        return
    k = next((i for i, (_, s, _) in enumerate(toks) if s >= m.end()), len(toks))
    family = _fold(m.group(1))
    if not any(_fold(t) == family for t, _, _ in toks[k : k + 4]):
        return
    out[:k] = ["O"] * k
    dash = next((i for i in range(k, min(k + 8, len(toks))) if toks[i][0] in ("—", "–", ",")), -1)
    if (
        dash > k
        and out[k] == "title"
        and all(
            t == "." or (t[:1].isupper() and t.replace("-", "").isalpha())
            for t, _, _ in toks[k:dash]
        )
    ):  # "BEAUPRE J. — Inventaires …", "Friedrich Blume, Die Musik …": the name
        out[k : dash + 1] = ["author"] * (dash + 1 - k)


_NAME_SEPS = frozenset({",", ";", "and", "&", "und", "и"})


def _is_initial_at(toks: list[tuple[str, int, int]], i: int) -> bool:
    """``J .``, ``Yu .``: an initial and its full stop start at ``i``."""
    t = toks[i][0]
    return (
        i + 1 < len(toks)
        and toks[i + 1][0] == "."
        and 1 <= len(t) <= 2
        and t[0].isupper()
        and t.isalpha()
    )


def _name_segments(toks: list[tuple[str, int, int]], a: int, k: int) -> list[tuple[int, int]]:
    """The stretches of ``toks[a:k]`` between name separators (",", "and", "&" …).

    >>> from ._features import tokenize
    >>> _name_segments(tokenize("A. Doe and B. Roe, Title"), 0, 8)
    [(0, 3), (4, 7)]
    """
    segs, s = [], a
    for i in range(a, k + 1):
        if i == k or toks[i][0].lower() in _NAME_SEPS:
            if i > s:
                segs.append((s, i))
            s = i + 1
    return segs


def _has_family(toks: list[tuple[str, int, int]], s: int, e: int) -> bool:
    """Whether ``toks[s:e]`` holds a word that is no initial ("Kim" in "H. Kim")."""
    return any(
        len(t) > 1 and t.isalpha() and not (i + 1 < e and toks[i + 1][0] == "." and len(t) <= 2)
        for i, (t, _, _) in enumerate(toks[s:e], s)
    )


def _repair_given_first_tail(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """The end of a given-first name list («A. J. Larkoski, S. Marzani»), where every name
    starts with its initials: «… and J. Thaler, Sudakov | Safety in …», «J. Gasser, Lect. |
    Notes Phys.»: a last stretch with no initial is the start of what follows, not a name;
    «F. Stecker and M. | Salamon Space Sci. Rev.»: a last name that is initials alone goes
    on to its family name (particles first: «A. | de la Barra,»)."""
    n = len(toks)
    a = next((i for i, lab in enumerate(out) if lab == "author"), n)
    if a > 0 and out[a - 1] != "citation-number":
        return
    k = _run_end(out, a) if a < n else a
    if not (a < n and _is_initial_at(toks, a)):
        return
    segs = _name_segments(toks, a, k)
    named = [_is_initial_at(toks, s) for s, _ in segs]
    last = max(i for i, f in enumerate(named) if f)
    if not all(named[:last]) or not all(_has_family(toks, s, e) for s, e in segs[:last]):
        return
    if last < len(segs) - 1 and _has_family(toks, *segs[last]):
        s = segs[last + 1][0]
        words = [t for t, _, _ in toks[s:k] if t[:1].isalpha()]
        if not (
            toks[s - 1][0] == ","
            and not any(_is_initial_at(toks, i) for i in range(s, k))
            and k - s <= 8
            and 1 <= len(words) <= 4
            and (len(words[0]) > 1 or len(words) > 1)  # "A New Type", not "J Smith"
            and words[0][0].isupper()
            and not any(t in ("(", ")") for t, _, _ in toks[a:k])  # "A. Albert et al. (DES, …"
            and words[0].isalpha()
            and not _SUFFIX.match(words[0])
            and not _ETAL.match(" ".join(words))
        ):
            return
        # "…, J. Thaler, Sudakov | Safety", "…, H. Kim, Vortices and Vermas, arXiv:…": no name
        lab = out[k] if k < n and out[k] in _AFTER_NAMES else ""
        if lab == "journal" and toks[k - 1][0] == "," and "title" not in out:
            lab = "title"  # "…, J. Thaler, Soft Drop, | JHEP 05": the title
        if not lab and not ({"title", "journal", "container-title"} & set(out)):
            lab = "title"
        if lab:
            out[s:k] = [lab] * (k - s)
        return
    if not (
        k < n
        and out[k] in _AFTER_NAMES | {"date"}
        and last == len(segs) - 1
        and (last or toks[k][0] in _PARTICLES)  # "M. | von der Beeck. A comparison …"
    ):
        return
    s, e = segs[-1]
    if _initials_end(toks, s, e + 1) != e or toks[e - 1][0] != ".":
        return
    j = k
    while j < n and toks[j][0] in _PARTICLES and out[j] == out[k]:
        j += 1
    t = toks[j][0] if j < n else ""
    if not (len(t) > 1 and t[0].isupper() and t.replace("'", "").isalpha() and out[j] == out[k]):
        return
    if out[k] == "date" and j + 1 < n and out[j + 1] != "date":
        return
    if out[k] == "journal" and j + 1 < n and toks[j + 1][0] == ".":
        return  # "A. Kolmogoroff, C. R. | Acad. Sci.": a journal's abbreviation
    out[k : j + 1] = ["author"] * (j + 1 - k)


def _repair_vancouver_end(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Yan L, Galinsky RE, Weinshilboum RM. Histamine | N-methyltransferase …»: in a
    Vancouver list ("Family INITIALS, …") the full stop after the last initials ends the
    names; the words the model kept with them open the title."""
    n = len(toks)
    a = next((i for i, lab in enumerate(out) if lab == "author"), n)
    if a > 0 and out[a - 1] != "citation-number":
        return
    k = _run_end(out, a) if a < n else a
    if not (k < n and out[k] in _AFTER_NAMES):
        return
    commas = 0
    for j in range(a + 2, k - 1):
        t = toks[j][0]
        if t == ",":
            if not (_INITIALS_RUN.match(toks[j - 1][0]) and toks[j - 2][0][:1].isupper()):
                return  # not "Family INITIALS," all along
            commas += 1
        elif t == "." and commas:
            if not (_INITIALS_RUN.match(toks[j - 1][0]) and len(toks[j - 2][0]) > 1):
                return
            nxt = [w for w, _, _ in toks[j + 1 : j + 4]]
            if len(nxt) > 2 and _INITIALS_RUN.match(nxt[1]) and nxt[2] in (",", "."):
                return  # "… Smith AB. Jones CD.": another name
            if _ETAL.match(" ".join(w for w, _, _ in toks[j + 1 : k])):
                return
            if any(
                _is_initial_at(toks, m) and toks[m + 2][0][:1].isupper()
                for m in range(j + 1, k - 2)
            ):  # "Trimba R, Jeffrey M. Spivak, John A. Bendo.": given-first names follow
                return
            out[j + 1 : k] = [out[k]] * (k - j - 1)
            return


_ARTICLES = frozenset("the a an le la les der die das el los las il un une".split())


def _repair_title_after_names(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Gunther E. Rothenberg, The Army of Francis Joseph (West Lafayette, …», «De Schreye,
    D. and Martens, B., A Sensible Least Herbrand …»: a stretch of the names after a comma
    that opens with an article and a capitalised word, with no initial in it, is the title."""
    n = len(toks)
    a = next((i for i, lab in enumerate(out) if lab not in ("citation-number", "O")), n)
    if a >= n or out[a] != "author":
        return
    k = _run_end(out, a)
    for j in range(a + 2, k - 2):
        if toks[j - 1][0] != ",":
            continue
        if not (
            toks[j][0].lower() in _ARTICLES
            and toks[j + 1][0][:1].isupper()
            and toks[j + 1][0].isalpha()
        ):
            if "title" not in out and _prose_piece(toks, j, k):
                out[j:k] = ["title"] * (k - j)
                return
            continue
        words = [t for t, _, _ in toks[j:k] if t[:1].isalpha()]
        if len(words) >= 3 and not any(
            _is_initial_at(toks, m) or _INITIALS_RUN.match(toks[m][0]) for m in range(j + 1, k)
        ):
            out[j:k] = ["title"] * (k - j)
        return


_NAME_SMALL_WORDS = _PARTICLES | {"des", "dos", "das", "do", "bin", "ibn", "al", "el", "y", "e"}
_NAME_SMALL_WORDS |= {"and", "und", "et", "en", "a", "i", "u", "dan", "og", "och", "mit"}


def _prose_piece(toks: list[tuple[str, int, int]], j: int, k: int) -> bool:
    """Whether the name list's piece from ``j`` to its next comma (or ``k``) reads as words
    of a title: a capitalised word, then a lower-case word of four letters or more that is
    no particle («Esthétique de l’éphémère», «Auctoritas principis»), and no initial."""
    end = next(
        (
            m
            for m in range(j, k)
            if toks[m][0] in ",;" or (toks[m][0] == "." and len(toks[m - 1][0]) > 2)
        ),
        k,
    )  # the piece ends at a comma or a sentence's full stop
    words = [toks[m][0] for m in range(j, end) if toks[m][0][:1].isalpha()]
    if len(words) < 2 or not words[0][:1].isupper() or any(
        _is_initial_at(toks, m) for m in range(j, end)
    ):
        return False
    # whole words only (a space before them): "Ge ́rard" splits at its combining accent
    spaced = [toks[m][0] for m in range(j + 1, end) if toks[m][1] > toks[m - 1][2]]
    for w in spaced:
        tail = re.split(r"['’]", w)[-1]  # "l’éphémère": the word after the elision
        if tail.isalpha() and tail.islower() and len(tail) >= 4 and w.lower() not in _NAME_SMALL_WORDS:
            return not _ORG_WORDS.search(" ".join(words))  # "LIGO Scientific collaborations"
    return False


def _repair_title_head_in_names(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«…, and Le, Q. V. | Xlnet: Generalized …», «Card, S. K. | Rooms: The Use of …»: a
    capitalised word and a colon right after a name's last initial open the title (a name
    ends at its initials; "Wolfgang Jantzen: Autonomie" is a name and its colon).

    >>> from ._features import tokenize
    >>> t = tokenize("Le, Q. V. Xlnet: Generalized pretraining. In NeurIPS")
    >>> out = ["author"] * 8 + ["title"] * 3 + ["O", "container-title"]
    >>> _repair_title_head_in_names(t, out)
    >>> out[5:8]
    ['author', 'title', 'title']
    """
    n = len(toks)
    a = out.index("author")
    e = _run_end(out, a)
    if a + 1 >= n or toks[a + 1][0] != ",":  # the list's names inverted: "Yang, Z., …"
        return
    for m in range(a + 4, min(e + 1, n)):
        if (
            toks[m][0] == ":"
            and out[m - 1] == "author"
            and toks[m - 1][0][:1].isupper()
            and toks[m - 1][0].isalpha()
            and len(toks[m - 1][0]) > 1
            and toks[m - 2][0] == "."
            and _is_initial_at(toks, m - 3)
            and m + 1 < n
            and out[m + 1] == "title"
        ):
            b = m - 3  # back over the initials to the name's start
            while b >= 2 and _is_initial_at(toks, b - 2):
                b -= 2
            # inverted "Family, I. I.", a family not itself after initials: the name is done
            # ("T. Rülcker, H. Zeiher:" puts the given names first: Zeiher is a family)
            if (
                b >= 2
                and toks[b - 1][0] == ","
                and toks[b - 2][0][:1].isupper()
                and not (b >= 3 and toks[b - 3][0] == ".")
            ):
                out[m - 1 : m + 1] = ["title", "title"]
            return


TITLE_OPENERS: frozenset[str] = frozenset(
    "in on the an of to towards toward from beyond between after before for with within"
    " without why how what when where".split()
)
"""English words that open a title and name nobody ("In Other Words", "On the Origin …")."""


def _repair_title_opener_in_names(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Baker M. In | Other Words: …»: a capitalised English preposition or article that
    ends the first name run right after an initial's full stop, with the title after it,
    opens the title (no family name is "In")."""
    a = next((i for i, lab in enumerate(out) if lab not in ("citation-number", "O")), len(out))
    if a >= len(out) or out[a] != "author":
        return
    k = _run_end(out, a)
    w = k - 1
    if (
        k < len(out)
        and out[k] == "title"
        and w >= a + 3
        and toks[w][0][:1].isupper()
        and toks[w][0].lower() in TITLE_OPENERS
        and toks[w - 1][0] == "."
        and _is_initial_at(toks, w - 2)
    ):
        out[w] = "title"


def _repair_inverted_list_end(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Thau D., Moore R. | Google Earth Engine: Planetary-scale …»: in a list of "Family I."
    names, words after the last name's initials that hold no initials of their own open the
    title the model began later."""
    n = len(toks)
    if not out or out[0] != "author":
        return
    k = _run_end(out, 0)
    if k >= n or out[k] != "title":
        return
    i, names, end, last_initials = 0, 0, -1, 0
    while i < k:
        j = i
        while j < k and toks[j][0][:1].isupper() and len(toks[j][0]) > 1 and toks[j][0].isalpha():
            j += 1
            if j + 1 < k and toks[j][0] == "-" and toks[j + 1][0][:1].isupper():
                j += 2  # "Al-Shehri"
        if j == i or j - i > 3:
            return
        m = j
        while m + 1 < k and _is_initial_at(toks, m):
            m += 2
        if m == j:
            return  # no initials: not this list's pattern
        names += 1
        last_initials = (m - j) // 2
        if m < k and toks[m][0] == ",":
            i = m + 1
            continue
        end = m
        break
    rest = [t for t, _, _ in toks[end:k]] if end >= 0 else []
    if (
        # one name with two initials will do ("Жуков Е.Ф. | Деньги. Кредит.", not "James R.
        # Thompson."), its word ending a sentence
        (names >= 2 or (last_initials >= 2 and len(rest) == 2 and rest[1] == "."))
        and rest
        and rest[0][:1].isupper()
        and rest[0].isalpha()
        and not _JR.match(rest[0])
        and not any(_is_initial_at(toks, j) for j in range(end, k))
        and not _ETAL.search(" ".join(rest))
    ):
        out[end:k] = ["title"] * (k - end)


def _repair_family_before_initials(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… by major biomes Kicklighter | , D.W., A. Bondeau, …», «… Interim Report Convery, |
    F., D. Ellerman»: a name run that opens with the comma before initials, or with the
    initials after it, left its first family name in the run before it."""
    for a in range(2, len(toks) - 2):
        lab = out[a]
        if not (lab in ("author", "editor") and out[a - 1] != lab):
            continue
        comma = a if toks[a][0] == "," else a - 1
        if not (
            toks[comma][0] == ","
            and _is_initial_at(toks, comma + 1)
            and out[a - 1] in ("title", "container-title", "journal", "note")
            and comma >= 2
        ):
            continue
        e = _initials_end(toks, comma + 1, len(toks))
        if e < len(toks) and out[e] == lab and toks[e][0].lower() not in _NAME_SEPS:
            return  # "Handbook of Combinatorics, | R. Graham, …": given-first names
        if comma < a and not (e < len(toks) and toks[e][0].lower() in _NAME_SEPS):
            return  # "Title, | J. Smith": the comma ends the title
        t = toks[comma - 1][0]
        if (
            len(t) > 1
            and t[0].isupper()
            and t.replace("'", "").isalpha()
            and out[comma - 2] == out[comma - 1] == out[a - 1]
        ):
            out[comma - 1 : a] = [lab] * (a - comma + 1)
        return


_ED_LEADS = frozenset({"ed", "eds", "edited", "hrsg", "éd", "éds", "под"})
_NAME_LINKS = frozenset({"and", "&", "et", "und", "и"})


def _repair_inline_editor(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«…, Socialism, ed. Robin Gable (London …», «History of …, ed. Joseph Schumpeter, New
    York»: names after "ed." / "eds." / "edited by" inside a title, container or publisher
    run are the editors.

    >>> from ._features import tokenize
    >>> t = tokenize("Hope, ed. Robin Gable (London")
    >>> out = ["container-title"] * 6 + ["location"] * 2
    >>> _repair_inline_editor(t, out)
    >>> out[:6]
    ['container-title', 'container-title', 'editor', 'editor', 'editor', 'editor']
    """
    n = len(toks)
    for i in range(1, n - 2):
        low = toks[i][0].lower()
        if low not in _ED_LEADS or toks[i - 1][0] not in (",", ".") or out[i] == "author":
            continue
        j = i + 1
        if toks[j][0] == ".":
            j += 1
        if j < n and toks[j][0].lower() == "by":
            j += 1
        elif low == "edited":
            continue
        if low == "под" and not (j < n and toks[j][0].lower() == "ред"):
            continue
        start, names = j, 0
        while j < n and out[j] == out[i]:
            t = toks[j][0]
            if t[:1].isupper() and t.replace("-", "").isalpha():
                names += len(t) > 1
                j += 1
                if j < n and toks[j][0] == "." and len(t) == 1:
                    j += 1  # an initial
            elif t.lower() in _NAME_LINKS and j + 1 < n and toks[j + 1][0][:1].isupper():
                if t.lower() == "et" and toks[j + 1][0].lower() == "al":
                    j += 2 + (j + 2 < n and toks[j + 2][0] == ".")
                    break
                j += 1
            else:
                break
        if names and j > start and (j == n or out[j] != out[i] or toks[j][0] in ",.(;"):
            out[i:j] = ["editor"] * (j - i)
        return


_PLACE_PARTICLES = frozenset("les la le de du des upon on am an der sur en im del di".split())


def _repair_title_imprint(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """The imprint the model ran into the end of the title, after its last full stop:
    «Theory of the Firm. | Englewood Cliffs: | Prentice-Hall», «… Education. | White River
    Junction (VT): Chelsea Green.», «… Party”. | Bourne End, | Buckinghamshire, England:
    Kensal Press», «Novum organum. | Open Court, | Chicago, IL».

    >>> from ._features import tokenize
    >>> t = tokenize("Doe J. Theory of the Firm. Englewood Cliffs: Prentice-Hall, 1965.")
    >>> out = ["author"] * 3 + ["title"] * 8 + ["publisher"] * 4 + ["date"] * 2
    >>> _repair_title_imprint(t, out)
    >>> out[7:11]
    ['title', 'location', 'location', 'location']
    """
    if "title" not in out:
        return
    n = len(toks)
    a = out.index("title")
    b = _run_end(out, a)
    brk = next(
        (
            m
            for m in range(b - 2, a, -1)
            if toks[m][0] == "."
            and toks[m + 1][0][:1].isupper()
            and (len(toks[m - 1][0]) >= 3 or toks[m - 1][0] in ')”"»’')
        ),
        None,
    )
    dash = next(
        (m for m in range(b - 2, a, -1) if toks[m][0] == "." and toks[m + 1][0] in ("–", "—")),
        None,
    )
    if dash is not None and b < n and out[b] in ("publisher", "container-title", "journal"):
        k = _place_words(toks, dash + 2, b)
        if k > dash + 2 and (k == b or (k + 1 == b and toks[k][0] == ":")):
            # "монография. – | Нур-Султан: | ЕНУ …": the GOST imprint, not the title's end
            out[dash + 1 : b] = ["location"] * (b - dash - 1)
            if out[b] != "publisher" and not any(t == "//" for t, _, _ in toks):
                after = _run_end(out, b)
                out[b:after] = ["publisher"] * (after - b)
            return
    if brk is None or b - brk - 1 > 9:
        return
    tail = range(brk + 1, b)
    colon_at = next((k for k in tail if toks[k][0] == ":"), b)
    words = [toks[k][0] for k in range(brk + 1, colon_at) if toks[k][0].isalpha()]
    # the publisher after "Place:" may have small words ("Publications Office of the …")
    pub_words = [toks[k][0] for k in range(colon_at + 1, b) if toks[k][0].isalpha()]
    if not words or not all(w[0].isupper() or w in _PLACE_PARTICLES for w in words):
        return
    if pub_words and not all(
        w[0].isupper() or w in _PLACE_PARTICLES or w in _TITLE_SMALL_WORDS for w in pub_words
    ):
        return
    if any(toks[k][0][0].isdigit() or toks[k][0] in ("–", "—", "//") for k in tail):
        return  # "Т 2. – М.:": a volume and a GOST area, no place name
    colon = next((k for k in tail if toks[k][0] == ":"), None)
    nxt = out[b] if b < n else None
    if colon is not None and colon > brk + 1:
        if colon + 1 < b and nxt in (None, "date") and "publisher" not in out:
            out[brk + 1 : colon + 1] = ["location"] * (colon - brk)
            out[colon + 1 : b] = ["publisher"] * (b - colon - 1)
        elif colon + 1 == b and nxt == "publisher":
            out[brk + 1 : b] = ["location"] * (b - brk - 1)
    elif nxt == "location" and "location" not in out[:a] and toks[b - 1][0] in (",", "-"):
        end = _run_end(out, b)
        if toks[end - 1][0] == ":" or (end < n and out[end] == "publisher"):
            out[brk + 1 : b] = ["location"] * (b - brk - 1)  # "Bourne End, | Bucks: Press"
        elif (end == n or out[end] == "date") and "publisher" not in out:
            out[brk + 1 : b] = ["publisher"] * (b - brk - 1)  # "Open Court, | Chicago, IL"


_INSTITUTION = re.compile(
    r"\b(?:universit\w*|department|dept|institut\w*|laborator\w*|college|school|faculty"
    r"|университет\w*|институт\w*|кафедр\w*|факультет\w*|академи\w*)\b",
    re.I,
)


def _repair_late_org_author(raw: str, toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… Ph.D. thesis, | Rice University, | March 1990»: an institution the model labelled as
    an author after the title or genre is the thesis's or report's publisher.

    >>> from ._features import tokenize
    >>> raw = "Doe J. Title. PhD thesis, Rice University, 1990"
    >>> out = ["author"] * 3 + ["title"] * 2 + ["genre"] * 3 + ["author"] * 3 + ["date"]
    >>> _repair_late_org_author(raw, tokenize(raw), out)
    >>> out[8:11]
    ['publisher', 'publisher', 'publisher']
    """
    n = len(toks)
    i = _run_end(out, 0) if out and out[0] == "author" else 0
    while i < n:
        if out[i] != "author":
            i += 1
            continue
        end = _run_end(out, i)
        if i and "publisher" not in out and _INSTITUTION.search(raw[toks[i][1] : toks[end - 1][2]]):
            out[i:end] = ["publisher"] * (end - i)
        i = end


_TITLE_SMALL_WORDS = frozenset(
    "of the your from in on a an to for with my our his her its at by de la le les des du"
    " und der die das et".split()
)


def _repair_title_after_inverted_name(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Nelson, Alan E., | Leading Your Ministry, Nashville: …», «Wagner, E. Glenn, | Escape
    From Church, Inc.: The Return …»: after one inverted name ("Family, Given,") words that
    are no name (three or more, or a small word among them) and no "and" open the title.

    >>> from ._features import tokenize
    >>> t = tokenize("Nelson, Alan E., Leading Your Ministry, Nashville: Abingdon")
    >>> out = ["author"] * 10 + ["location"] * 2 + ["publisher"]
    >>> _repair_title_after_inverted_name(t, out)
    >>> out[6:10]
    ['title', 'title', 'title', 'title']
    """
    n = len(toks)
    if not out or out[0] != "author" or n < 6 or toks[1][0] != ",":
        return
    k = _run_end(out, 0)
    if k >= n or (out[k] != "title" and "title" in out):
        return
    c = 2
    while c < k and toks[c][0] != "," and (toks[c][0][:1].isupper() or toks[c][0] == "."):
        c += 1
    if c == 2 or c >= k - 1 or toks[c][0] != ",":
        return
    rest = [t for t, _, _ in toks[c + 1 : k]]
    words = [t for t in rest if t[:1].isalpha()]
    if any(t.lower() in _AND_WORDS for t in rest) or any(
        len(t) == 1 and t.isupper() and j + 1 < len(rest) and rest[j + 1] == "."
        for j, t in enumerate(rest)
    ):
        return  # more names: "Nelson, Alan E., and John Doe", initials
    head = []
    for t in rest:
        if t in (",", ":", ".", ";"):
            break
        head.append(t)
    if len(head) >= 3 or any(t.lower() in _TITLE_SMALL_WORDS for t in head):
        if words:
            out[c + 1 : k] = ["title"] * (k - c - 1)


def _repair_place_colon(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«New York: W.W. Norton | & Company»: words after the colon of "Place: Publisher" that
    the model kept with the place are the publisher's.

    >>> from ._features import tokenize
    >>> t = tokenize("New York: W.W. Norton & Co, 2001")
    >>> out = ["location"] * 8 + ["publisher"] * 2 + ["date"] * 2
    >>> _repair_place_colon(t, out)
    >>> out[:5]
    ['location', 'location', 'location', 'publisher', 'publisher']
    """
    n = len(toks)
    for i in range(1, n - 1):
        if (
            toks[i][0] == ":"
            and out[i] == "location"
            and out[i - 1] == "location"
            and out[i + 1] == "location"
        ):
            end = _run_end(out, i)
            if end < n and out[end] in ("publisher", "date"):
                out[i + 1 : end] = ["publisher"] * (end - i - 1)
            return


def _repair_place_in_publisher(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Rio de Janeiro: Campus», «NJ: Africa World Press»: with no place found, a publisher
    run that opens with "Place:" (capitalised words, small particles) holds the place.

    >>> from ._features import tokenize
    >>> t = tokenize("Rio de Janeiro: Campus, 2002")
    >>> out = ["publisher"] * 6 + ["date"]
    >>> _repair_place_in_publisher(t, out)
    >>> out[:5]
    ['location', 'location', 'location', 'O', 'publisher']
    """
    p = out.index("publisher")
    e = _run_end(out, p)
    colon = next((j for j in range(p + 1, min(e, p + 6)) if toks[j][0] == ":"), -1)
    if colon < 0 or colon + 1 >= e:
        return
    words = [toks[j][0] for j in range(p, colon)]
    after = toks[colon + 1][0].lower()
    if (
        words[0][:1].isupper()
        and all(
            (
                w[:1].isupper()
                and w.isalpha()
                and (w.isupper() or w[1:].islower())  # "TabNet:" is a name, not a place
                and w.lower() not in _NOT_PLACE_WORDS
            )
            or w in _PLACE_PARTICLES
            or w == ","
            for w in words
        )
        and after not in _PLACE_NAMES  # "Routledge: London": the other order
        and not _PUBLISHER_MARK.search(" ".join(words))
        and not _ORG_WORDS.search(" ".join(words))
    ):
        out[p:colon] = ["location"] * (colon - p)
        out[colon] = "O"


_PLACE_PARTICLES = frozenset({"de", "do", "da", "am", "upon", "on", "-"})
# words before a colon that open no place: "In: …", "ISSN: …", "University: …"
_NOT_PLACE_WORDS = _PUBLISHER_HEADS | {"in", "issn", "isbn", "doi", "url", "available", "online"}


def _repair_place_qualifier(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… вв. Halle | (Saale): Martin-Luther-Universität», «… Messiah. La Mirada |
    (California): …»: a place run that opens with the bracketed state or river of
    "City (Qualifier):" left the city's words at the end of the sentence before it."""
    n = len(toks)
    for i in range(2, n - 3):
        if not (
            toks[i][0] == "("
            and out[i] == "location"
            and out[i - 1] != "location"
            and toks[i + 2][0] == ")"
            and toks[i + 3][0] == ":"
            and toks[i + 1][0][:1].isupper()
        ):
            continue
        j = i
        while j > 0 and i - j < 3 and out[j - 1] == out[i - 1] and toks[j - 1][0][:1].isupper():
            if not toks[j - 1][0].replace("-", "").isalpha():
                break
            j -= 1
        if j < i and j > 0 and toks[j - 1][0] == ".":
            out[j:i] = ["location"] * (i - j)
        return


_PATENT_WORDS = frozenset({"patent", "патент", "пат", "свидетельство"})


def _repair_patent(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… Same". USA Patent 8181907, 22 May 2012», «… времени. Свидетельство о
    государственной регистрации программы для ЭВМ №2014617747»: a patent or a registration
    certificate after the title, up to its number, is the genre, not a place or the title.

    >>> from ._features import tokenize
    >>> t = tokenize("Same. USA Patent 8181907, 2012")
    >>> out = ["title"] * 2 + ["location"] * 2 + ["date"] * 3
    >>> _repair_patent(t, out)
    >>> out
    ['title', 'title', 'genre', 'genre', 'genre', 'date', 'date']
    """
    n = len(toks)
    for p in range(1, n - 1):
        if toks[p][0].lower() not in _PATENT_WORDS:
            continue
        a = p
        if toks[a - 1][0].isupper() and toks[a - 1][0].isalpha() and a > 1:
            a -= 1  # "USA Patent", "European Patent"
        if toks[a - 1][0] != ".":
            return
        e = next(
            (j for j in range(p + 1, min(p + 12, n)) if re.fullmatch(r"\d{4,}", toks[j][0])), -1
        )
        q = p + 1 + (toks[p][0].lower() == "пат" and toks[p + 1][0] == ".")  # "Пат. 2187888"
        if e < 0 or any(t in (".", ",") for t, _, _ in toks[q:e]):
            return
        if toks[p][0].lower() == "свидетельство" and toks[p + 1][0].lower() != "о":
            return
        out[a : e + 1] = ["genre"] * (e + 1 - a)
        return


def _repair_day_range(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«(Омск, 12–13 | мая 2019 г.)», «held 5-7 | June 2018»: a bare number range the model
    took for the pages, right before a month of the date run, is the days of a meeting."""
    n = len(toks)
    for j in range(n - 3):
        if out[j] != "pages" or (j and out[j - 1] == "pages"):
            continue
        e = _run_end(out, j)
        if (
            e < n
            and e - j == 3
            and toks[j][0].isdigit()
            and toks[j + 1][0] in ("-", "–", "—")
            and toks[j + 2][0].isdigit()
            and int(toks[j][0]) < int(toks[j + 2][0]) <= 31
            and out[e] == "date"
            and toks[e][0].lower() in _DAY_MONTHS
            and "pages" in out[e:]
        ):
            out[j:e] = ["date"] * (e - j)


def _repair_pages_in_date(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Med. 320 | (24), 1586-1591 (1989)»: with no pages found, a rising range of numbers
    in the date run beside its year, no days before or after a month, is the article's pages.

    >>> from ._features import tokenize
    >>> t = tokenize("J. 320(24), 1586-1591 (1989)")
    >>> out = ["journal"] * 2 + ["volume"] + ["date"] * 10
    >>> _repair_pages_in_date(t, out)
    >>> out[7:10]
    ['pages', 'pages', 'pages']
    """
    n = len(toks)
    for j in range(n - 2):
        if not (
            out[j] == out[j + 1] == out[j + 2] == "date"
            and toks[j][0].isdigit()
            and toks[j + 1][0] in ("-", "–")
            and toks[j + 2][0].isdigit()
        ):
            continue
        a, b = toks[j][0], toks[j + 2][0]
        # the date's own year, elsewhere in the run: "1586-1591 (1989)" are then pages
        year = any(
            out[k] == "date" and _YEAR_TOKEN.match(toks[k][0]) and not j <= k <= j + 2
            for k in range(n)
        )
        if (
            not year
            or (len(b) == len(a) and int(b) <= int(a))
            or (j + 3 < n and toks[j + 3][0].lower() in _DAY_MONTHS)
            or (j and toks[j - 1][0].lower() in _DAY_MONTHS)
        ):
            continue
        out[j : j + 3] = ["pages"] * 3
        return
    # "The Nation, March 17, 1997, 28.", "Chem., 36, 1627" (a year before the journal): one
    # number after a comma closing the date run, the date's year being another token
    e = n
    while e > 0 and toks[e - 1][0] in (".", ")"):
        e -= 1
    j = e - 1
    if (
        j > 1
        and out[j] == "date"
        and toks[j][0].isdigit()
        and len(toks[j][0]) <= 5
        and toks[j - 1][0] == ","
        and out[j - 1] == "date"
        and toks[j - 2][0].lower() not in _DAY_MONTHS
    ):
        # a closing number that could be the year ("174(5):1559, 1968") needs a year set
        # before the journal
        head = n
        if _YEAR_TOKEN.match(toks[j][0]):
            head = next((k for k in range(n) if out[k] in ("journal", "volume")), n)
        if any(
            out[k] == "date" and k != j and k < head and _YEAR_TOKEN.match(toks[k][0])
            for k in range(n)
        ):
            out[j] = "pages"


def _repair_lost_volume(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """A journal's volume the model gave the date or the pages: «Metabolism, 1994, | 14 |,
    251-261» (a number after the year, then the pages), «Le Moyen Âge, | 64 |, 1958, 27-66»
    (a lone number, then the year, then the pages).

    >>> from ._features import tokenize
    >>> t = tokenize("J. Metab., 1994, 14, 251-261")
    >>> out = ["journal"] * 5 + ["date"] * 4 + ["pages"] * 3
    >>> _repair_lost_volume(t, out)
    >>> out[7]
    'volume'
    """
    n = len(toks)
    for j in range(2, n - 2):
        tok = toks[j][0]
        if not tok.isdigit() or len(tok) > 4 or _YEAR_TOKEN.match(tok) or toks[j + 1][0] not in ",:":
            continue
        after = next((k for k in range(j + 2, n) if out[k] != "O"), n)
        if (
            out[j] == "date"
            and toks[j - 1][0] == ","
            and _YEAR_TOKEN.match(toks[j - 2][0])
            and out[j - 2] == "date"
            and after < n
            and out[after] == "pages"
        ) or (
            out[j] == "pages"
            and (j + 2 < n and out[j + 2] == "date" and _YEAR_TOKEN.match(toks[j + 2][0]))
            and "pages" in out[j + 3 :]
            and out[j - 1] != "pages"
        ):
            out[j] = "volume"
            return


_ARTICLE_WORDS = frozenset({"art", "article", "ст", "статья", "paper", "бап"})


def _repair_article_number(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«– Vol. 1234. – Art | . 012345.»: GOST's area dash ends the volume; the article's
    label after it is no part of the volume (its number stays the page)."""
    n = len(toks)
    for j in range(2, n - 1):
        if (
            out[j] == "volume"
            and toks[j][0].lower() in _ARTICLE_WORDS
            and toks[j - 1][0] in _AREA_DASHES
            and toks[j - 2][0] == "."
            and out[j - 1] == "volume"
            and (j + 1 == n or out[j + 1] != "volume")
        ):
            out[j - 1 : j + 1] = ["O", "O"]
            return


# a title's quotes: not the single ones, which also mark elisions and inner quotes
_TITLE_QUOTES = {o: c for o, c in _QUOTES.items() if o not in "‘'"}
_TITLE_END_AFTER_QUOTE = frozenset({",", "in", "In", "dans", "в", "В", "en", "En", "//"})


_BRACKET_NOT_TITLE = re.compile(
    r"^(?:eds?|éds?|edd|hrsg|hg|dir|dirs|coords?|comps?|orgs?|trans|trad|tr|ред|сост|пер)\.?$"
    r"|^(?:in|на)$",  # "(in German)", "(на казах. яз.)": the language, a note
    re.I,
)


_ORDINAL_SUFFIXES = frozenset({"e", "er", "re", "st", "nd", "rd", "th", "a", "ª", "º", "o", "-е"})
_NOT_IN_TITLE_BRACKET = frozenset(
    {"author", "editor", "translator", "url", "doi", "location", "edition", "genre", "pages"}
    | {"note"}  # APA's "(Unpublished doctoral dissertation)", "(submitted to …)"
)


def _repair_journal_in_title_tail(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«…Circular Rod ,Waves in Random and Complex Media ,25 | (4)(2015 ),549- 555»: with no
    journal found, a title run ending in ", Capitalised Words, N" right before a bracketed
    issue or year holds the journal and its volume.

    >>> from ._features import tokenize
    >>> t = tokenize("C. Wang, Dynamic Waves, Nonlinear Dynamics, 85 (2) (2016), 1119-1126")
    >>> out = ["author"] * 4 + ["title"] * 7 + ["issue"] * 3 + ["date"] * 4 + ["pages"] * 3
    >>> _repair_journal_in_title_tail(t, out)
    >>> out[5:11]
    ['title', 'O', 'journal', 'journal', 'O', 'volume']
    """
    n = len(toks)
    s = out.index("title")
    e = _run_end(out, s)
    v = e - 1
    if not (
        e < n
        and toks[e][0] == "("
        and out[e] in ("issue", "volume", "date")
        and toks[v][0].isdigit()
        and len(toks[v][0]) <= 4
        and toks[v - 1][0] == ","
    ):
        return
    c = v - 2
    while c > s and toks[c][0] != ",":
        c -= 1
    piece = [toks[k][0] for k in range(c + 1, v - 1)]
    if (
        c <= s + 1
        or not 1 <= len(piece) <= 10
        or not piece[0][:1].isupper()
        or any(not (w[:1].isupper() or w.islower() or w in "&-.") for w in piece)
        or not any(len(w) > 3 and w[:1].isupper() for w in piece)
    ):
        return
    out[c] = "O"
    out[c + 1 : v - 1] = ["journal"] * (v - 1 - c - 1)
    out[v - 1] = "O"
    out[v] = "volume"


_HONORIFICS = frozenset({"проф", "акад", "prof", "dr", "д-р", "св", "st", "ген", "gen"})


def _repair_honorific_name_in_publisher(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… сборник в чест на 70-годишнината на проф. | Ив. Дуйчев. | София.»: a publisher
    run that is a name right after a title's "проф."/"Prof." is the title's end.

    >>> from ._features import tokenize
    >>> t = tokenize("Сборник в чест на проф. Ив. Дуйчев. София.")
    >>> out = ["container-title"] * 6 + ["publisher"] * 6
    >>> _repair_honorific_name_in_publisher(t, out)
    >>> out[6:11]
    ['container-title', 'container-title', 'container-title', 'O', 'location']
    """
    p = out.index("publisher")
    if p < 3 or toks[p - 1][0] != "." or toks[p - 2][0].lower() not in _HONORIFICS:
        return
    prev = out[p - 2]
    if prev not in ("title", "container-title", "journal"):
        return
    e = _run_end(out, p)
    k = p  # "Ив. Дуйчев", "J. Smith": initials, then one family name
    while k + 1 < e and _is_initial_at(toks, k):
        k += 2
    if k == p or k >= e or not (toks[k][0][:1].isupper() and toks[k][0].isalpha()):
        return
    out[p : k + 1] = [prev] * (k + 1 - p)
    rest = [j for j in range(k + 1, e) if toks[j][0] not in ".,;"]
    if len(rest) == 1 and toks[rest[0]][0].lower() in _PLACE_NAMES:  # "… Дуйчев. София."
        out[k + 1 : e] = ["O"] * (e - k - 1)
        out[rest[0]] = "location"
    elif not rest:
        out[k + 1 : e] = ["O"] * (e - k - 1)


def _repair_edition_number(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«2 | e édition»: the edition's number, glued to its ordinal suffix, is the edition's."""
    e = out.index("edition")
    if (
        e
        and toks[e][0].lower() in _ORDINAL_SUFFIXES
        and toks[e - 1][0].isdigit()
        and toks[e - 1][2] == toks[e][1]
    ):
        out[e - 1] = "edition"


def _repair_imprint_in_container(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«in M. Fischer et al., Dimensionen des Rechts | , Berlin, Duncker & Humblot», 1974»: a
    book's run that ends with ", Known City, Name" holds its place and publisher.

    >>> from ._features import tokenize
    >>> t = tokenize("Dimensionen des Rechts, Berlin, Duncker & Humblot, 1974")
    >>> out = ["container-title"] * 9 + ["date"] * 2
    >>> _repair_imprint_in_container(t, out)
    >>> out[3:9]
    ['O', 'location', 'O', 'publisher', 'publisher', 'publisher']
    """
    a = out.index("container-title" if "container-title" in out else "journal")
    e = _run_end(out, a)
    while e > a and toks[e - 1][0] in ",.;":  # the run's closing mark
        e -= 1
    for c in range(a + 2, e - 3):
        if toks[c][0] == "," and toks[c + 1][0].lower() in _PLACE_NAMES and toks[c + 2][0] == ",":
            pub = [toks[k][0] for k in range(c + 3, e)]
            if 1 <= len(pub) <= 5 and pub[0][:1].isupper() and all(
                w[:1].isupper() or w in "&-." or w == "and" for w in pub
            ):
                out[c] = "O"
                out[c + 1] = "location"
                out[c + 2] = "O"
                out[c + 3 : e] = ["publisher"] * (e - c - 3)
            return


def _repair_year_span_ending_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«The Western Medical Tradition, | 1800 to 2000 |. Cambridge: …, 2006.»: a span of years
    right after the title's comma, before its full stop, with the date's own year later, is
    the title's end.

    >>> from ._features import tokenize
    >>> t = tokenize("The Tradition, 1800 to 2000. Cambridge: CUP, 2006.")
    >>> out = ["title"] * 3 + ["date"] * 3 + ["O", "location", "O", "publisher", "O", "date", "O"]
    >>> _repair_year_span_ending_title(t, out)
    >>> out[3:6]
    ['title', 'title', 'title']
    """
    n = len(toks)
    for a in range(2, n - 3):
        if not (
            out[a] == "date"
            and out[a - 1] in ("title", "journal", "container-title")
            and toks[a - 1][0] == ","
            and _YEAR_TOKEN.match(toks[a][0])
            and toks[a + 1][0].lower() in ("to", "-", "–", "—", "and", "bis", "à", "al")
            and _YEAR_TOKEN.match(toks[a + 2][0])
        ):
            continue
        if a + 3 < n and toks[a + 3][0] in (".", ")") and any(
            out[k] == "date" and _YEAR_TOKEN.match(toks[k][0]) for k in range(a + 4, n)
        ):
            out[a : a + 3] = [out[a - 1]] * 3
        return


def _repair_month_opening_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Балабанова, Христина. 1986. | Jan | Koška - „Slovensko …”»: a month word right after
    the year's full stop, with the title after it and no day, opens the title (a name)."""
    n = len(toks)
    for i in range(2, n - 1):
        if (
            out[i] == "date"
            and out[i + 1] == "title"
            and toks[i][0].lower() in _MONTH_WORDS
            and toks[i - 1][0] == "."
            and _YEAR_TOKEN.match(toks[i - 2][0])
            and toks[i + 1][0][:1].isupper()
        ):
            out[i] = "title"
            return


def _repair_body_heading_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Агентство Республики Казахстан по статистике. | Численность населения …», «… Білім
    және ғылым министрлігі. | Бағдарлама …»: with no author, a first sentence of the title
    that opens or ends with a body's word (agency, ministry, department …) is the author.

    >>> from ._features import tokenize
    >>> t = tokenize("Агентство по статистике. Численность населения. – Астана, 2020.")
    >>> out = ["title"] * 7 + ["O", "location", "O", "date", "O"]
    >>> _repair_body_heading_title(t, out)
    >>> out[:4]
    ['author', 'author', 'author', 'O']
    """
    s = out.index("title")
    e = _run_end(out, s)
    stop = next(
        (
            k
            for k in range(s + 1, e - 1)
            if toks[k][0] == "."
            and (len(toks[k - 1][0]) > 2 or (toks[k - 1][0].isupper() and len(toks[k - 1][0]) == 2))
        ),
        -1,
    )  # a sentence's full stop: after a word or an acronym ("РК."), not an initial
    if stop < 0 or not any(toks[k][0][:1].isalpha() for k in range(stop + 1, e)):
        return
    first, last = toks[s][0], toks[stop - 1][0]
    # "The Making of a University.": a title's article, no body's name
    if not first[:1].isupper() or stop - s > 12 or first.lower() in _ARTICLES:
        return
    if _ORG_WORDS.fullmatch(first) or _ORG_WORDS.fullmatch(last):
        out[s:stop] = ["author"] * (stop - s)
        out[stop] = "O"


def _repair_title_bracket_tail(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«… on the Ring Dove | (Streptopelia risoria). Water, Air…», «… Code | (incorporating
    Amendment 31-02).», «… antibody (EVG | F9). Steroids»: a bracket of words closing the
    title's sentence is the title's, whatever the model gave its inside (not a role, a
    language note or a bare year).

    >>> from ._features import tokenize
    >>> t = tokenize("A. Doe. The Ring Dove (Streptopelia risoria). Water 30: 757")
    >>> out = ["author"] * 4 + ["title"] * 3 + ["publisher"] * 5 + ["journal", "volume", "O", "pages"]
    >>> _repair_title_bracket_tail(t, out)
    >>> out[7:11]
    ['title', 'title', 'title', 'title']
    """
    n = len(toks)
    s = out.index("title")
    e = _run_end(out, s)
    if toks[e - 1][0] == "(" and e - 1 > s:
        o = e - 1
    elif e < n and toks[e][0] == "(":
        o = e
    else:
        return
    c = next((k for k in range(o + 1, min(n, o + 14)) if toks[k][0] in "()"), -1)
    if c < 0 or toks[c][0] != ")" or c == o + 1:
        return
    inside = [toks[k][0] for k in range(o + 1, c)]
    if (
        not any(w[:1].isalpha() for w in inside)
        or _BRACKET_NOT_TITLE.match(inside[0])
        or any(out[k] in _NOT_IN_TITLE_BRACKET for k in range(o, c + 1))
        or any(_YEAR_TOKEN.match(w) for w in inside)  # an imprint: "(Kluwer, New York, 1991)"
        or ("," in inside and "publisher" in out[o:c])
        or _EDITION.search(" ".join(inside))
        or (c + 1 < n and toks[c + 1][0] not in (".", ",", ":", ";"))
        or toks[o - 1][0] in "\"”»’'"  # after a quoted title: an imprint or a note
    ):
        return
    out[o : c + 1] = ["title"] * (c + 1 - o)


def _repair_quoted_title_end(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«« Démographie et sexualité », in CASELLI …, Démographie», «“… repair.” Nature»: a title
    run that opens with a quote ends at its closing quote when a comma or "in" follows it, or
    when the quote closes a finished sentence; the words after it go to the container run
    that follows (not names: "”, R Ceccaldi et al., Nature").

    >>> from ._features import tokenize
    >>> t = tokenize("« Le titre », in Recueil, Actes. Paris, 2002")
    >>> out = ["title"] * 8 + ["container-title"] * 2 + ["location", "O", "date"]
    >>> _repair_quoted_title_end(t, out)
    >>> out[:8]
    ['title', 'title', 'title', 'title', 'O', 'O', 'container-title', 'container-title']
    """
    n = len(toks)
    s = out.index("title")
    close = _TITLE_QUOTES.get(toks[s][0])
    if close is None:
        return
    e = _run_end(out, s)
    c = next((j for j in range(s + 2, e) if toks[j][0] == close), -1)
    if c < 0 or c + 2 >= e or e >= n or out[e] not in ("journal", "container-title"):
        return
    after = toks[c + 1][0]
    if after not in _TITLE_END_AFTER_QUOTE and toks[c - 1][0] not in (".", "?", "!"):
        return
    tail = range(c + 1, e)
    words = [toks[j][0] for j in tail]
    if any(w.lower() in ("et", "al", "and", "&") for w in words) or any(
        len(w) == 1 and w.isupper() and (nxt == "." or nxt[:1].isalpha())
        for w, nxt in pairwise(words)
    ):
        return  # an initial: the names of the authors after a title set first
    k = c + 1
    while k < e and (toks[k][0] in _TITLE_END_AFTER_QUOTE or toks[k][0] == ":"):
        out[k] = "O"
        k += 1
    out[k:e] = [out[e]] * (e - k)


def _repair_open_quote(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«// Материалы конф. | «Наука и образование – 2021». – Астана», «Педагогический
    университет «Первое | сентября»»: a title, container or publisher whose guillemet the model
    left open takes the words up to the closing one, nested guillemets counted («Послание …
    «Стратегия «Казахстан-2050»: | новый … курс»»)."""
    n = len(toks)
    i = 0
    while i < n:
        lab = out[i]
        if lab not in _CONTAINERS and lab != "title":
            i += 1
            continue
        j, depth = i, 0
        while j < n and out[j] == lab:
            depth += (toks[j][0] == "«") - (toks[j][0] == "»" and depth > 0)
            j += 1
        if depth > 0:  # the run ended inside the quotes
            k = j
            while (
                k < n
                and toks[k][0] != "//"
                and out[k] not in ("url", "doi")
                and not (out[k] == "date" and toks[k][0].isdigit())  # a month word may be
            ):  # part of a name: «Первое сентября»
                depth += (toks[k][0] == "«") - (toks[k][0] == "»")
                if depth == 0:
                    out[j : k + 1] = [lab] * (k + 1 - j)
                    break
                k += 1
        i = j


_ACCESS_LABEL = re.compile(
    r"[\s.,;–—-]*(?:режим\s+доступа|қол\s+жеткізу\s+режимі|available\s+(?:at|from|online)"
    r"|retrieved\s+from|url)\s*:?\s*$",
    re.I,
)
_ROMAN_TAIL = re.compile(r",\s*((?=[IVXLC])L?X{0,3}(?:I[XV]|V?I{0,3})|XC|XL)$")  # valid numerals
_MONTH_TAIL = re.compile(r",\s*([^\W\d_]+)\.?$")
# months in the languages of the lists (the features' list plus French, German, Italian,
# Spanish, Kazakh): a month the model left at a journal's end
_MONTH_NAMES = frozenset(
    _DAY_MONTHS
    | set(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        " januar februar märz juni juli oktober dezember gennaio febbraio marzo aprile maggio"
        " giugno luglio agosto settembre ottobre dicembre enero febrero abril mayo junio julio"
        " septiembre octubre noviembre diciembre".split()
    )
)
_SERIES_PREFIX = re.compile(r"^(?:серия|сер\.|сериясы|series|ser\.|reihe)\s*[:.]?\s*", re.I)
_SERIES_WORDS = frozenset({"серия", "сер", "сериясы", "series", "ser", "reihe", "collection"})


def _repair_series(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«– 304 с. – (Серия «Учебник для вузов»).», «(Series: Lecture Notes 12)»: a bracketed
    series statement is the collection title, whatever the model made of it."""
    n = len(toks)
    for i in range(n - 1):
        if toks[i][0] == "(" and toks[i + 1][0].lower() in _SERIES_WORDS:
            k = i + 2
            while k < n and toks[k][0] != ")":
                k += 1
            if k < n and k > i + 2:
                out[i : k + 1] = ["collection-title"] * (k + 1 - i)
            return


def _run_end(out: list[str], start: int) -> int:
    """Where the run of ``out[start]``'s label that starts at ``start`` ends.

    >>> _run_end(["author", "author", "title"], 0)
    2
    """
    k, label = start, out[start]
    while k < len(out) and out[k] == label:
        k += 1
    return k


def _initials_end(toks: list[tuple[str, int, int]], i: int, k: int) -> int:
    """Where the initials ("И. И.", tokens "И" ".") that start at ``i`` end, before ``k``.

    >>> from ._features import tokenize
    >>> _initials_end(tokenize("Иванов И.И. Физика"), 1, 6)
    5
    """
    while i + 1 < k and len(toks[i][0]) == 1 and toks[i][0].isupper() and toks[i + 1][0] == ".":
        i += 2
    return i


def _repair_initials_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Ivanov I.I. Istoriya Kazakhstana. – Almaty …», «Құдайбердіұлы Ш. Шығармалары. –»: in a
    "Family I.I." heading a capitalised word after the last initial that is not itself
    followed by initials starts the title (only called when no title was found)."""
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    start = 0
    while True:  # "Исаченко В.П., Осипова В.А., Сукомел А.С. | Теплопередача."
        if not (
            start < k
            and len(toks[start][0]) > 1
            and toks[start][0][0].isupper()
            and toks[start][0].isalpha()
        ):
            return
        i = _initials_end(toks, start + 1, k)
        if i == start + 1 or i >= k:
            return
        if toks[i][0] in (",", ";") and i + 1 < k:
            start = i + 1
            continue
        break
    if k < 4:
        return
    tok = toks[i][0]
    after = toks[i + 1][0] if i + 1 < k else ""
    after2 = toks[i + 2][0] if i + 2 < k else ""
    head = next((m for m in range(i, k) if toks[m][0] in (".", ":")), k)
    if (
        len(tok) > 1
        and tok.isalpha()
        and tok[0].isupper()
        and after not in (",", ";", "&")
        and not (len(after) == 1 and after.isupper() and after2 == ".")  # "Petrov P."
        # "Sercan O. Arik and …": names go on; "Papert S. Mindstorms: …, and Ideas": a title
        and not any(t.lower() in _AND_WORDS for t, _, _ in toks[i:head])
    ):
        out[i:k] = ["title"] * (k - i)


def _repair_corporate_author(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«United Nations Development Programme. (2020). Human Development Report.», «World Bank
    (2021) Kazakhstan Economic Update.»: in the author-date order a first sentence before the
    bracketed year, with the title after the year, is the (corporate) author, not a first
    piece of the title or a container."""
    n = len(toks)
    if not out or out[0] not in ("title", "container-title", "journal"):
        return
    k = _run_end(out, 0)
    if not (
        3 <= k + 3 < n
        and (toks[k - 1][0] == "." or (out[0] != "title" and toks[k - 1][0][:1].isupper()))
        and toks[k][0] == "("
        and out[k] == "date"
        and _YEAR_TOKEN.match(toks[k + 1][0])
        and toks[k + 2][0] == ")"
    ):
        return
    m = k + 3
    while m < n and out[m] == "date" and not toks[m][0][0].isalnum():
        m += 1
    if m < n and out[m] == "title" and not any(t[0] in ".:?!" for t in toks[: k - 1]):
        out[:k] = ["author"] * k


_NAME_LOWER_WORDS = frozenset(
    "оглы кызы улы ұлы қызы составитель составители редактор переводчик құрастырған аударған"
    " құрастырушы".split()
)


def _prose_in_names(toks: list[tuple[str, int, int]]) -> bool:
    """Whether a Cyrillic author run holds a lower-case word no name has («Послание Главы
    государства … народу», «Статистический ежегодник Казахстана»): three or more words, one
    of them lower-case and of five letters or more.

    >>> from ._features import tokenize
    >>> _prose_in_names(tokenize("Послание Главы государства Токаева народу"))
    True
    >>> _prose_in_names(tokenize("Мамедов Эльчин оглы, Иванов И.И."))
    False
    """
    words = [t for t, _, _ in toks if t.isalpha()]
    return len(words) >= 3 and any(
        len(w) >= 5 and w.islower() and ("а" <= w[0] <= "я" or w[0] in "әғқңөұүһі")
        for w in words
        if w not in _NAME_LOWER_WORDS
    )


def _repair_heading_with_name(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Послание Президента Республики Казахстан К. Токаева народу …»: three or more
    capitalised words and then an initial are no person's name but a title naming one."""
    n = len(toks)
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    if (
        k < n
        and (out[k] == "title" or "title" not in out)
        and _prose_in_names(toks[:k])
        # "Институт философии РАН", "Министерство образования …": a body's name, the author
        and not _ORG_WORDS.match(toks[0][0])
    ):
        i = _initials_end(toks, 1, k)  # "Токаев К.К. | Под стягом …": the heading stays
        i = i if i > 1 and toks[0][0][:1].isupper() else 0
        out[i:k] = ["title"] * (k - i)
        return
    words = 0
    for i in range(k):
        tok = toks[i][0]
        if len(tok) > 2 and tok.isalpha() and tok[0].isupper():
            words += 1
            continue
        if (
            words >= 3
            and len(tok) == 1
            and tok.isupper()
            and i + 2 < n
            and toks[i + 1][0] == "."
            and toks[i + 2][0][:1].isupper()
            and k < n
            and out[k] == "title"
        ):
            out[:k] = ["title"] * k
        return


_AND_WORDS = frozenset({"and", "und", "et", "и", "және", "мен", "&"})


def _repair_dated_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«Закон … от 27 июля 2007 года № 319-III «Об образовании»», «Федеральный закон от
    29.12.2012 № 273-ФЗ «…»»: a date after «от» ("of") between two parts of the title
    belongs to the title (acts, decrees, orders)."""
    n = len(toks)
    for j in range(1, n):
        if out[j] != "date" or out[j - 1] != "title":
            continue
        prev = toks[j - 1][0]
        # "от | 27 июля" or "от 27 | июля" (the day left in the title), "от 29. | 12.2012"
        day = j - 1 - (prev == "." and j > 2)
        dated = prev.lower() in _DATED_BY or (
            day > 0
            and toks[day][0].isdigit()
            and out[day - 1] == "title"
            and toks[day - 1][0].lower() in _DATED_BY
        )
        k = _run_end(out, j)
        if dated and k < n and out[k] == "title":
            out[j:k] = ["title"] * (k - j)


_DATED_BY = frozenset({"от", "from", "of", "dated"})


def _repair_name_title(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """«King, Stephen. Christine. New York …»: the model ran the title into the author's
    given name. In a "Family, Given." heading with no dot before it, a full word ending in a
    dot closes the names; the capitalised words after it are the title (only called when no
    title was found)."""
    k = _run_end(out, 0) if out and out[0] == "author" else 0
    comma = False
    for i in range(k - 2):
        tok = toks[i][0]
        if tok == ",":
            comma = True
        elif tok in (".", ":", ";"):
            return
        elif (
            comma
            and len(tok) > 2
            and tok.isalpha()
            and toks[i + 1][0] == "."
            and len(toks[i + 2][0]) > 1
            and toks[i + 2][0][0].isupper()
            and not any(t == ";" for t, _, _ in toks[i + 2 : k])  # more names follow
        ):
            out[i + 2 : k] = ["title"] * (k - i - 2)
            return


def _repair_year(toks: list[tuple[str, int, int]], out: list[str]) -> None:
    """A year the model put at the end of the title ("Maps. 2000") or at the head of the
    volume ("Implants 2014;29:") is the date (only called when no date was found)."""
    n = len(toks)
    for j in range(n):
        if out[j] == "title" and (j + 1 == n or out[j + 1] != "title"):
            last = j
            while last > 0 and not toks[last][0][0].isalnum():
                last -= 1
            if (
                _YEAR_TOKEN.match(toks[last][0])
                and out[last] == "title"
                and last > 0
                and out[last - 1] == "title"
                and (toks[last - 1][0][0].isalnum() or toks[last - 1][0] in ".,")
                and (last + 1 == n or toks[last + 1][0] not in ")]-–")
            ):
                for m in range(last, j + 1):
                    out[m] = "date"
                return
            break
    for j in range(1, n - 1):  # "Линейные системы (2005). Нелинейные…": a bracketed year
        if (
            out[j] == "title"
            and _YEAR_TOKEN.match(toks[j][0])
            and toks[j - 1][0] == "("
            and toks[j + 1][0] == ")"
            and out[j - 1] == out[j + 1] == "title"
        ):
            out[j - 1 : j + 2] = ["date"] * 3
            return
    for j in range(n - 2):
        if (
            out[j] == "volume"
            and (j == 0 or out[j - 1] != "volume")
            and _YEAR_TOKEN.match(toks[j][0])
            and toks[j + 1][0] in (";", ",", ".")
            and out[j + 1] == "volume"
            and out[j + 2] == "volume"
            and toks[j + 2][0].isdigit()
        ):
            out[j] = out[j + 1] = "date"
            return
        if (  # GOST "– 2021. – №2.": the year and its dash before the issue sign
            out[j] == "volume"
            and (j == 0 or out[j - 1] != "volume")
            and _YEAR_TOKEN.match(toks[j][0])
            and toks[j + 1][0] in (".", ",")
        ):
            k = j + 1
            while k < n and out[k] == "volume" and toks[k][0] in (".", ",", "–", "—", "-"):
                k += 1
            if k < n and out[k] == "volume" and toks[k][0] in ("№", "No", "no", "N"):
                out[j:k] = ["date"] * (k - j)
                out[k : k + 1] = ["issue"]
                while k + 1 < n and out[k + 1] == "volume" and toks[k + 1][0].isalnum():
                    k += 1
                    out[k] = "issue"
                return


def _repair_quoted(
    toks: list[tuple[str, int, int]], out: list[str], first: int, comma: bool = False
) -> None:
    """«“A title,” Some Journal 3»: the capitalised words after the closing quote of a
    quoted title are its container when the model found none (``comma``: only when a comma
    marks the quote's end, as APA, IEEE and Chicago write it)."""
    n = len(toks)
    close = _QUOTES[toks[first][0]]
    j = first + 1
    while j < n and out[j] == "title" and toks[j][0] != close:
        j += 1
    if j >= n or out[j] != "title":
        return
    k = j + 1
    while k < n and out[k] == "title" and not toks[k][0][0].isalnum():
        k += 1
    end = _run_end(out, k) if k < n else k
    bare = (  # "‘Homer and Oral Tradition’ Oral Tradition 3 (1988)": no mark, a number ends it
        not comma
        and end > k + 1
        and toks[end - 1][0].isdigit()
        and end < n
        and out[end] in ("date", "pages", "volume")
    )
    if (
        k < n
        and out[k] == "title"
        and toks[k][0][:1].isupper()
        and (
            toks[j - 1][0] in (",;" if comma else ",.")
            or toks[j + 1][0] in (",;" if comma else ",.")
            or bare
        )
        and not (len(toks[k][0]) == 1 and k + 1 < n and toks[k + 1][0] == ".")  # "…”, A. Schell"
        and not any(toks[m][0] in _QUOTES for m in range(k, n) if out[m] == "title")
    ):
        into = "journal" if {"volume", "pages"} & set(out) or bare else "container-title"
        while k < n and out[k] == "title":
            out[k] = into
            k += 1
        if bare:
            out[end - 1] = "volume"


_EDITION = re.compile(
    r"(?<!\w)((?:\d{1,2}(?:\s?(?:st|nd|rd|th)|e|-е|-ое|a|ª|\.ª|\.)?|[IVX]{1,4}|revised|new"
    r"|nouvelle|critical|expanded|enlarged|(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth)(?:\s+(?:revised|expanded|enlarged))?"
    r"|(?:1[6-9]|20)\d\d)\s*(?:ed|edn|edition|éd|édition|Aufl|Auflage|изд|издание)\b\.?)",
    re.I,
)


_NAME_WORD = re.compile(rf"(?<!\w)[{_UP}][{_LO}]{{3,}}")
_YEAR_EDITION = re.compile(r"(?:1[6-9]|20)\d\d\s*[^\W\d]")


def _edition_match(text: str) -> re.Match[str] | None:
    """The edition statement of ``text``; a numbered one before one named by its year
    ("Reprinted from 1777 edition, 3rd ed.": the 3rd).

    >>> _edition_match("Reprinted from 1777 edition, 3rd ed.").group(1)
    '3rd ed.'
    """
    found = list(_EDITION.finditer(text))
    return next((m for m in found if not _YEAR_EDITION.match(m.group(1))), None) or (
        found[0] if found else None
    )


def _edition_from_runs(runs: dict[str, list[str]]) -> None:
    """Move an edition statement out of the title, note or publisher runs it sits in.

    >>> runs = {"title": ["Psychopathology (3rd ed.)"]}
    >>> _edition_from_runs(runs)
    >>> runs["edition"], clean(runs["title"][0])
    (['3rd ed.'], 'Psychopathology')
    """
    for lab in ("title", "note", "publisher", "container-title", "journal"):
        for k, text in enumerate(runs.get(lab, [])):
            m = _edition_match(text)
            if m:
                head, tail = text[: m.start()].rstrip(" ([,;:"), text[m.end() :].lstrip(" )]")
                rest = (head + " " + tail).strip()
                runs["edition"] = [m.group(1)]
                _keep_rest(runs, lab, k, rest)
                return


_GENRE_LEAD = re.compile(
    r"^\s*((?:ph\.?\s?d\.?|doctoral|master'?s|diploma)\s+(?:thesis|dissertation|thèse)"
    r"|(?:technical|tech\.)\s+(?:report|rep\.)|thèse(?:\s+de\s+doctorat)?)(?=[\s.,;:]|$)\.?",
    re.I,
)


def _genre_from_runs(runs: dict[str, list[str]]) -> None:
    """A thesis or report statement the model put at the head of a note, journal, place
    or publisher run ("Ph.D. thesis, School of Computer Science, …", "Technical report,
    Champaign, IL."): the genre; what follows it is the place when it looks like one, else
    the institution (the publisher) when there is none.

    >>> runs = {"note": ["Ph.D. dissertation."], "publisher": ["Stanford University."]}
    >>> _genre_from_runs(runs)
    >>> runs
    {'publisher': ['Stanford University.'], 'genre': ['Ph.D. dissertation']}
    """
    for lab in ("note", "journal", "location", "publisher"):
        for k, text in enumerate(runs.get(lab, [])):
            m = _GENRE_LEAD.match(text)
            if m is None:
                continue
            runs["genre"] = [m.group(1)]
            rest = text[m.end() :]
            place = _PLACE_TAIL.fullmatch("," + clean(rest)) if clean(rest) else None
            if (
                clean(rest)
                and lab != "location"
                and "location" not in runs
                and ((place and place.group(2)) or clean(rest).lower() in _PLACE_NAMES)
            ):
                runs["location"] = [rest]
                rest = ""
            elif clean(rest) and lab not in ("publisher", "location") and "publisher" not in runs:
                runs["publisher"] = [rest]
                rest = ""
            _keep_rest(runs, lab, k, rest)
            return


def _keep_rest(runs: dict[str, list[str]], lab: str, k: int, rest: str) -> None:
    """Run ``k`` of ``lab`` becomes what is left of it once a statement was taken out;
    nothing left, and the run goes."""
    if clean(rest):
        runs[lab][k] = rest
    else:
        del runs[lab][k]
        if not runs[lab]:
            del runs[lab]


def _newspaper_day(text: str) -> re.Match[str] | None:
    """The newspaper's day that starts ``text`` ("15 наурыз", "1 сентября"), if it does."""
    day = _DAY_MONTH.match(text)
    return day if day and day.group(1).lower() in _DAY_MONTHS else None


def _day_of_issue(f: dict[str, Any], text: str) -> None:
    """A newspaper's day ("15 наурыз", "1 сентября") completes an issued year.

    >>> f = {"issued": "2019"}
    >>> _day_of_issue(f, "15 наурыз")
    >>> f["issued"]
    '2019-03-15'
    """
    day, name = text.split(None, 1)
    month = month_number(name.rstrip("."))
    if month and re.fullmatch(r"\d{4}", f.get("issued", "")) and 1 <= int(day) <= 31:
        f["issued"] = f"{f['issued']}-{month:02d}-{int(day):02d}"


_REGION_HEAD = re.compile(rf"\s*(?:{_REGIONS}|USA|UK|U\.\s?[SK]\.)(?!\w)")
_CITY_WORDS = re.compile(r"[^\W\d_][\w'\-]*(?:\s+[^\W\d_][\w'\-]*){0,2}\s*,?\s*$")


def _publisher_city(raw: str, spans: list[list[Any]]) -> None:
    """«Chapman and Hall, Boca | Raton, Florida, USA», «U.S. Bureau of Land Management, Santa
    Fe, | New Mexico, USA»: the city the model left at the end of the publisher run, when
    the place run right after it is the city's other half or its state or country, goes
    to the place (``spans``: [label, start, end], changed in place)."""
    for pub, loc in pairwise(spans):
        if pub[0] != "publisher" or loc[0] != "location" or raw[pub[2] : loc[1]].strip():
            continue
        split_word = raw[pub[2] - 1].isalnum() and raw[loc[1]].isalnum()
        if not (split_word or _REGION_HEAD.match(raw, loc[1])):
            continue
        text = raw[pub[1] : pub[2]]
        comma = text.rstrip(" ,").rfind(",")
        tail = text[comma + 1 :]
        if (
            comma > 0
            and _CITY_WORDS.match(tail.strip())
            and all(w[0].isupper() for w in tail.split())
            and not _ORG_WORDS.search(tail)
        ):
            loc[1] = pub[1] + comma + 1 + len(tail) - len(tail.lstrip())
            pub[2] = pub[1] + comma


_REGION = re.compile(
    rf"(?:(?:[Tt]he\s+)?(?:{_REGIONS})|[A-Z]{{2}}|USA|UK|(?:[A-Z]\.\s?)+[A-Z]\.?"
    r"|[A-Z][a-z]{1,3}\.?|[A-Z][a-z]{4}\.)$"
)


def _is_place(text: str) -> bool:
    """A known city, or a region, state or country ("Paris", "NY", "Calif.", "Germany")."""
    t = clean(text)
    return t.lower() in _PLACE_NAMES or _REGION.match(t) is not None


def _split_place_run(runs: dict[str, list[str]]) -> None:
    """A place run with no publisher run beside it that holds the publisher too: «Paris,
    Seuil», «New York, NY: Guilford» (the place first), «Ellipses, Paris», «Prentice Hall,
    Upper Saddle River, NJ» (the publisher first). Changed in place; a run that is all
    place («Paris, France», «Lawrence, Kansas, USA») is left alone.

    >>> runs = {"location": ["Paris, Seuil,"]}
    >>> _split_place_run(runs)
    >>> runs
    {'location': ['Paris'], 'publisher': ['Seuil,']}
    """
    locs = runs.get("location", [])
    if "publisher" in runs or len(locs) != 1:
        return
    text = locs[0]
    head, colon, tail = text.rstrip(" .,;:").rpartition(":")
    if colon and clean(head) and clean(tail) and not _is_place(tail):
        first = clean(head.split(",")[0])
        whole = _PLACE_TAIL.fullmatch("," + head)
        if first.lower() in _PLACE_NAMES or (whole and whole.group(2)):
            runs["location"], runs["publisher"] = [head], [tail]  # "New York, NY: Guilford"
        return
    m = _PLACE_LEAD.match(text)
    if m and clean(m.group(1)).lower() in _PLACE_NAMES:
        rest = text[m.end() :]
        whole = _PLACE_TAIL.fullmatch("," + rest)
        if clean(rest) and not _is_place(rest.split(",")[0]) and not (whole and whole.group(2)):
            runs["location"], runs["publisher"] = [m.group(1)], [rest]  # "Paris, Seuil"
            return
    m = _PLACE_TAIL.search(text)
    if m is None:
        return
    pub = clean(text[: m.start()])
    city = clean(m.group(1)[: len(m.group(1)) - len(m.group(2) or "")])
    if (
        pub
        and not _is_place(pub)
        and not _REGION.match(city)
        and (city.lower() in _PLACE_NAMES or m.group(2))
        and not _PLACE_TAIL.search(pub)  # "Lawrence, Kansas, USA": three place parts
    ):  # "Ellipses, Paris", "Artisan, Santa Monica, Calif.": the publisher, then the place
        runs["location"], runs["publisher"] = [m.group(1)], [text[: m.start()]]


_GLUED_STOP = re.compile(r"^[.,;:](?:\s|$)")


def _join_runs(parts: list[str]) -> str:
    """The runs of one field, rejoined: a run that opens with a stop goes on a run that ends
    in a word ("systems (2005). Non…" gives "systems. Non…").

    >>> _join_runs(["Linear systems", ". Nonlinear", "systems,", ", Part 1"])
    'Linear systems. Nonlinear systems, , Part 1'
    """
    out = parts[0]
    for p in parts[1:]:
        glue = _GLUED_STOP.match(p) and out[-1:].isalnum()
        out += p if glue else " " + p
    return out


_VOLUME_THEN_PAGES = re.compile(r"^(\d{1,4})\s*[,:]\s*(\d+(?:\s*[-–]\s*\d+)?)$")
# "1964,3, 149 – 154": the year and the issue the model kept with the pages
_YEAR_ISSUE_PAGES = re.compile(r"^(1[5-9]\d\d|20[0-4]\d)\s*,\s*(\d{1,3})\s*,\s*(\d+\s*[-–]\s*\d+)$")
_BARE_RANGE = re.compile(r"\(?\d+\s*[-–]\s*\d+\)?")
# "July 8-10": a range of days, not of pages
_MONTH_BEFORE = re.compile(r"\b(?:{})\.?\s*$".format("|".join(sorted(_DAY_MONTHS))), re.I)
# "13 27-39": the volume's run holding the page range after a space
_VOLUME_SPACE_PAGES = re.compile(r"^(\d{1,4})\s+(\d+(?:\s*[-–]\s*\d+)?)$")
_PAGE_TAIL_WORD = re.compile(r"(?<=\d)\s*\.\s+[^\W\d_]{3,}$")


# words that make a name a publisher's ("University Press of Florida", "CAB International")
_PUBLISHER_MARK = re.compile(
    r"\b(?:(?<!in\s)press|presses|publishing|publishers?|publications|verlag|international|books"
    r"|éditions|editions|editora|editorial|edizioni|wydawnictwo|издательство|баспасы)\b",
    re.I,
)
_PLACE_PIECE = re.compile(rf"[{_UP}][\w'’\-]*(?:\s+(?:de|do|da|am|upon|on|[{_UP}][\w'’\-]*)){{0,3}}")


def _publisher_and_place(text: str) -> tuple[str, str] | None:
    """«University Press of Florida, Gainesville», «Albuquerque, New Mexico, University of New
    Mexico Press»: a publisher named as one (Press, Publishing, International …) and a place
    of capitalised words on the other side of its comma, whichever comes first.

    >>> _publisher_and_place("CAB International, Wallingford")
    ('CAB International', 'Wallingford')
    >>> _publisher_and_place("Albuquerque, New Mexico, University of New Mexico Press")
    ('University of New Mexico Press', 'Albuquerque, New Mexico')
    """
    parts = [p.strip() for p in clean(text).split(",")]
    if len(parts) < 2 or not all(parts):
        return None

    def place(ps: list[str]) -> bool:
        return all(
            _PLACE_PIECE.fullmatch(p)
            and not p.isupper()  # "ACM SIGCHI", "CO": an acronym or a bare state code
            and not _ORG_WORDS.search(p)
            and not _PUBLISHER_MARK.search(p)
            for p in ps
        )

    def known(ps: list[str]) -> bool:  # a place first must show it is one
        return ps[0].lower() in _PLACE_NAMES or (
            len(ps) == 2 and _REGION_NAME.fullmatch(ps[1]) is not None
        )

    if _PUBLISHER_MARK.search(parts[0]) and len(parts) <= 3 and place(parts[1:]):
        return parts[0], ", ".join(parts[1:])
    if (
        _PUBLISHER_MARK.search(parts[-1])
        and len(parts) <= 3
        and place(parts[:-1])
        and known(parts[:-1])
    ):
        return parts[-1], ", ".join(parts[:-1])
    return None


def fields_from_labels(
    raw: str, toks: list[tuple[str, int, int]], labels: list[str]
) -> dict[str, Any]:
    """CSL-named fields from token labels (``runs`` of one label joined by raw text).

    >>> from ._features import tokenize
    >>> t = tokenize("Doe J. Title. 2020")
    >>> fields_from_labels("Doe J. Title. 2020", t, ["author"] * 3 + ["title"] * 2 + ["date"])["issued"]
    '2020'
    """
    labels = _repair(raw, toks, labels)
    spans: list[list[Any]] = []  # [label, start, end]
    start = 0
    for i in range(1, len(toks) + 1):
        if i == len(toks) or labels[i] != labels[start]:
            if labels[start] != "O":
                end = toks[i - 1][2]
                if labels[start] == "url":  # a link's tail the tokenizer split off ("_")
                    while end < len(raw) and (
                        raw[end].isalnum()
                        or raw[end] in "_-/~%#?=&+()"
                        or (  # "….html", "/10.1002/…", "…,_Freedom": a mark inside the link
                            raw[end] in ".,"
                            and end + 1 < len(raw)
                            and (raw[end + 1].isalnum() or raw[end + 1] in "_/~")
                        )
                    ):
                        end += 1
                    while raw[end - 1] == ")" and (
                        raw.count("(", toks[start][1], end) < raw.count(")", toks[start][1], end)
                    ):  # "(see https://…/x)": the closing bracket is not the link's
                        end -= 1
                prev = spans[-1] if spans else None
                if (
                    prev is not None
                    and labels[start] == "note"
                    and prev[0] in _CONTINUED
                    and not raw[prev[2] : toks[start][1]].strip()
                    and (
                        raw[toks[start][1]].islower()
                        or _OPEN_END.search(raw[prev[1] : prev[2]]) is not None
                    )
                ):  # "Institute | for Strategic Studies …", "Institute for | Strategic …":
                    # one name the model split
                    prev[2] = end
                else:
                    spans.append([labels[start], toks[start][1], end])
            start = i
    for sp in spans:  # "DOI: https://doi.org/10…" is the DOI, not a link
        if sp[0] == "url" and _DOI_LEAD.search(raw[max(0, sp[1] - 8) : sp[1]]):
            sp[0] = "doi"
    for sp in spans:  # an opening bracket the model gave the run before: "Title (" (2019)
        while sp[2] > sp[1] + 1 and raw[sp[2] - 1] in _OPENERS:
            sp[2] -= 1
    _publisher_city(raw, spans)
    seq: list[tuple[str, str]] = [(lab, raw[s:e]) for lab, s, e in spans]
    runs: dict[str, list[str]] = {}
    for lab, text in seq:
        runs.setdefault(lab, []).append(text)
    if len(runs.get("location", ())) > 1:
        # "(Алматы, 15–16 мая 2020 г.). – Алматы: КазНУ": the place of "Place: Publisher"
        before_pub = [
            t
            for k, (lab, t) in enumerate(seq)
            if lab == "location" and k + 1 < len(seq) and seq[k + 1][0] == "publisher"
        ]
        runs["location"] = before_pub[:1] or runs["location"][-1:]
    if len(runs.get("publisher", ())) > 1:
        # "Place: Publisher" is the publisher; other stray runs are not
        after_place = [
            t
            for k, (lab, t) in enumerate(seq)
            if lab == "publisher" and k and seq[k - 1][0] == "location"
        ]
        if after_place:
            runs["publisher"] = after_place[:1]
    titles = runs.get("title", [])
    if titles:
        m = _RESPONSIBILITY.search(titles[-1])
        if m and clean(titles[-1][: m.start()]):  # "Словарь / гл. ред. А.М. Прохоров"
            runs.setdefault("author", []).append(titles[-1][m.end() :])
            titles[-1] = titles[-1][: m.start()]
        m = _SOR_NAMES.search(titles[-1])
        if m and clean(titles[-1][: m.start()]):  # "Общо библиотекознание/, Елена Кирова"
            runs.setdefault("author", []).append(m.group(1))
            titles[-1] = titles[-1][: m.start()]
        m = _TITLE_PLACE.search(titles[-1])
        if (
            m
            and "location" not in runs
            and (
                (m.group(3) and (m.group(2) or m.group(1).lower() in _PLACE_NAMES))
                or (
                    m.group(1).lower() in _PLACE_NAMES
                    and re.search(
                        re.escape(m.group().rstrip(",")) + r"\s*,\s*(?:1[5-9]|20)\d\d", raw
                    )
                )
            )
        ):  # "Критически хроники. С., 1975", "… сборник. Уфа | , 1926": the imprint
            runs["location"] = [m.group(1) + (m.group(2) or "")]
            if m.group(3) and "date" not in runs:
                runs["date"] = [m.group(3)]
            titles[-1] = titles[-1][: m.start() + 1]
    for text in runs.get("author", [])[:]:
        m = _ROLE_LEAD.match(text)
        if m or _ROLE_TAIL.search(text):  # "/ под ред. А.Б. Сидорова", "Ong A., eds.": editors
            runs.setdefault("translator" if m and m.group(1) else "editor", []).append(text)
            runs["author"].remove(text)
    for text in runs.get("editor", [])[:]:
        if _TRANSLATED.search(text) and not _EDITED.search(text):
            # "Hanson, S. (trans.)", "Translated by Willa and Edwin Muir": translators
            runs.setdefault("translator", []).append(text)
            runs["editor"].remove(text)
    pubs = runs.get("publisher", [])
    if "location" not in runs and len(pubs) == 1 and clean(pubs[0]).lower() in _PLACE_NAMES:
        runs["location"] = runs.pop("publisher")  # "– Нур-Султан, 2019.": a city, no publisher
    if "location" not in runs and len(pubs) == 1:
        m = _PLACE_LEAD.match(pubs[0])
        if m and clean(m.group(1)).lower() in _PLACE_NAMES and clean(pubs[0][m.end() :]):
            # "София, Наука и изкуство": the GOST/Bulgarian "City, Publisher" in one run
            runs["location"] = [m.group(1)]
            runs["publisher"] = [pubs[0][m.end() :]]
    pubs = runs.get("publisher", [])
    if "location" not in runs and len(pubs) == 1:
        m = _PLACE_TAIL.search(pubs[0])
        if (
            m
            and clean(pubs[0][: m.start()])
            and (m.group(2) or clean(m.group(1)).lower() in _PLACE_NAMES)
            and not _ORG_WORDS.search(m.group(1))
        ):  # "Fawcett Crest, New York", "Oklahoma Geological Survey, Norman, Okla."
            runs["location"] = [m.group(1)]
            runs["publisher"] = [pubs[0][: m.start()]]
    pubs = runs.get("publisher", [])
    if "location" not in runs and len(pubs) == 1:
        split = _publisher_and_place(pubs[0])
        if split:
            runs["publisher"], runs["location"] = [split[0]], [split[1]]
    _split_place_run(runs)
    for text in runs.get("publisher", [])[:]:
        if _LAW.search(text):  # "Закон Республики Казахстан от …" is no publisher
            runs.setdefault("note", []).append(text)
            runs["publisher"].remove(text)
    f: dict[str, Any] = {}
    for role in ("author", "editor", "translator"):
        if role in runs:
            names: list[dict[str, str]] = []
            seen: set[str] = set()
            for text in runs[role]:
                got, etal = split_names(text)
                if role != "author" and _RU_GENITIVE_LEAD.search(text):
                    got = [_nominative_family(n) for n in got]
                # a GOST statement of responsibility repeats the heading's names; within
                # one list a repeated name is another person ("Tsukita, S., and Tsukita, S.")
                keys = [_name_key(n) for n in got]
                names += [n for n, key in zip(got, keys, strict=True) if key not in seen]
                seen.update(keys)
                if etal:
                    f[f"_{role}_etal"] = True
            if names:
                f[role] = names
    for lab in ("note", "genre"):
        for text in runs.get(lab, [])[:]:
            if "issue" not in runs and _ISSUE_ONLY.match(text):  # "№ 3", "Вып. IX" as a note
                runs["issue"] = [text]
                runs[lab].remove(text)
    if "volume" not in runs:
        for lab in ("title", "container-title"):
            texts = runs.get(lab, [])
            m = _VOL_TAIL.search(texts[-1]) if texts else None
            if m and clean(texts[-1][: m.start()]):  # "Основы радиотехники. Т 2", "…, Том 2"
                texts[-1] = texts[-1][: m.start()]
                runs["volume"] = [m.group(1) or m.group(2)]
                break
    if "genre" not in runs:
        _genre_from_runs(runs)
    if "edition" not in runs:  # "Title (3rd ed.)", "2. Aufl.": an edition statement
        _edition_from_runs(runs)
    elif len(runs["edition"]) == 1:  # "4th edition, Kogan Page": the statement alone
        text = runs["edition"][0]
        m = _edition_match(text)
        if m and _NAME_WORD.search(text[: m.start()] + " " + text[m.end() :]):
            runs["edition"] = [m.group(1)]  # not "2-е изд., доп.", "2nd revised ed."
    titles = runs.get("title", [])
    if len(titles) == 1 and not ({"container-title", "journal"} & runs.keys()):
        m = _IN_SPLIT.search(titles[0])
        if m:  # "Title. In: Book …" the model ran together: the book is the container
            runs["title"] = [titles[0][: m.start() + 1]]
            runs["container-title"] = [titles[0][m.end() :]]
    labs = [lab for lab, _ in seq]
    if (
        len(titles) == 2
        and not ({"container-title", "journal"} & runs.keys())
        and "editor" in labs[labs.index("title") : len(labs) - labs[::-1].index("title")]
    ):  # "Chapter. In P. Sanders (Ed.) | The Book": the second title is the book's
        runs["container-title"] = [titles[1]]
        runs["title"] = titles[:1]
    if (
        len(titles) == 1
        and not ({"container-title", "journal", "editor", "publisher", "location"} & runs.keys())
        and "title" in labs
        and labs.index("title") + 1 < len(labs)
        and labs[labs.index("title") + 1] in ("volume", "pages", "date")
        and {"volume", "pages"} & runs.keys()
    ):
        t = runs["title"][0]
        breaks = list(_SENTENCE.finditer(t))
        if breaks:  # "Title. Journal, 3 (5). 139.": the journal ran into the title
            runs["title"] = [t[: breaks[-1].start() + 1]]
            runs["journal"] = [t[breaks[-1].end() :]]
    conts = runs.get("journal") or runs.get("container-title") or []
    if (
        not runs.get("title")
        and len(conts) == 1
        and ({"author", "editor"} & runs.keys())
        and ({"volume", "issue", "pages"} & runs.keys())
    ):
        for m in _SENTENCE.finditer(conts[0]):
            head = conts[0][: m.start()]
            words = _TAG.sub(" ", head).split()
            if (
                len(words) >= 3
                and any(len(w) >= 4 and w.isalpha() for w in words[:-1])
                and any(w.isalpha() and w.islower() for w in words)
                and WORD_CLASSES.get(words[0].lower().rstrip(".")) not in ("journal", "proc")
            ):  # a phrase, not "J. Phys. Chem. | C", "Proceedings of the Royal Society. | A'
                # "Easy problems are sometimes hard. Artificial Intelligence, 70": the title
                # the model read as part of the journal
                runs["title"] = [head]
                conts[0] = conts[0][m.end() :]
                break
    if "journal" in runs:
        f["_journal"] = True
        runs.setdefault("container-title", []).extend(runs["journal"])
    for lab, key in (
        ("title", "title"),
        ("container-title", "container-title"),
        ("collection-title", "collection-title"),
        ("publisher", "publisher"),
        ("location", "publisher-place"),
        ("edition", "edition"),
        ("genre", "genre"),
        ("note", "note"),
    ):
        if runs.get(lab):
            val = clean(_join_runs(runs[lab]))
            if lab in ("title", "container-title"):  # GOST's material designation: no title word
                val = clean(_GMD.sub("", val))
            if lab == "title":
                m = _MONTH_LEAD.match(val)
                if m and month_number(m.group(1)) and clean(val[m.end() :]):
                    val = clean(val[m.end() :])  # "(2011, Mars). Une …": the date's month
                m = _PAGES_TAIL.search(val)
                if m and "pages" not in runs and clean(val[: m.start()]):
                    runs["pages"] = [m.group(1)]  # "‘Thomas Aquinas on …’ (437-458) in …"
                    val = clean(val[: m.start()])
            if lab == "container-title":
                val = clean(_IN_PREFIX.sub("", val))
                m = _MONTH_TAIL.search(val)
                if m and m.group(1).lower() in _MONTH_NAMES:  # "L’Aide-soignante, août 2013"
                    val = clean(val[: m.start()])
                m = _ROMAN_TAIL.search(val)
                if m and "volume" not in runs and clean(val[: m.start()]):
                    # "Industrial Management Review, IX (Fall, 1967)": the volume
                    runs["volume"] = [m.group(1)]
                    val = clean(val[: m.start()])
            elif lab == "collection-title":
                val = clean(_SERIES_PREFIX.sub("", val))
            elif lab == "note":  # "[Электрондық ресурс]. – Қол жеткізу режимі:" before a link
                val = clean(_ACCESS_LABEL.sub("", val))
                # "Available at: (Accessed: 12": the link's label and a cut access date
                val = clean(_ACCESS_BITS.sub(" ", val))
            elif lab == "location" and _PLACE_ABBR.fullmatch(val) and "." in raw:
                # "М.", "СПб.", "Л.": GOST's abbreviated city keeps its full stop
                m = re.search(rf"(?<![{_LO}{_UP}]){re.escape(val)}\.", raw)
                val = val + "." if m else val
            if val:
                f[key] = val
    if "date" in runs:
        date_text = " ".join(runs["date"])
        years = _YEAR.findall(date_text)
        # "174 (5): 1559, 1968": a page number the model took for a year loses to a year
        # of the last two centuries
        y = next((y for y in years if y >= "1800"), years[0] if years else None)
        if y:
            f["issued"] = y
            # "2019 Mar;", "– 2020. – March.": the month too, kept beside the year (the
            # scored year stays as the lists' gold gives it)
            months = {month_number(w) for w in re.findall(r"[^\W\d_]{3,}", date_text)} - {0}
            if len(years) == 1 and len(months) == 1 and not re.search(
                r"\d\s*[-–]\s*\d|(?<!\d)\d{1,2}(?!\d)", date_text
            ):
                f["_month"] = months.pop()
    else:  # "… bts635 (2013)." a year in brackets outside the titles is the date
        titled = [(s, e) for lab, s, e in spans if lab in _TITLED]
        for m in _PAREN_YEAR.finditer(raw):
            if not any(s <= m.start() < e for s, e in titled):
                f["issued"] = m.group(1)
                break
    if "volume" in runs:
        v = runs["volume"][0]
        text = clean(v)
        m = _YEAR_LEAD.match(text)
        if m and "issued" not in f:  # "– 2016. – Ч. 2.": the year ran into the volume
            f["issued"] = m.group(1)
        after_year = text[m.end() :] if m else text
        day = _newspaper_day(after_year)
        if day:  # "– 12 сәуір. – № 70": a newspaper
            _day_of_issue(f, day.group())
            v = after_year[day.end() :]
            m = re.match(r"[\s.,–—-]*(?:№|no\.?)\s*(\d+)", v, re.I)
            if m and "issue" not in runs:
                runs["issue"] = [m.group(1)]
                v = v[m.end() :]
            elif _YEAR_TOKEN.match(clean(v)):  # "1 Marzo 1976": the day's year, no volume
                f.setdefault("issued", clean(v))
                v = ""
        if _SCALE.fullmatch(clean(v)) or not clean(v):  # "1:2 500 000": a map's scale
            del runs["volume"]
        else:
            runs["volume"][0] = v
    if "volume" not in runs and "issue" in runs:
        text = clean(runs["issue"][0])
        m = re.fullmatch(r"(\d{1,4})\s*\((\w{1,6})\)", text)
        # "한국문헌정보학회 47(3)": the volume and its issue in one run; not GOST's "№ 2(70)",
        # the issue and its running number
        if m and not re.search(r"(?:№|\bno\b\.?|\bnr\b\.?|n°)\s*" + re.escape(text), raw, re.I):
            runs["volume"], runs["issue"] = [m.group(1)], [m.group(2)]
    if "volume" in runs and "pages" not in runs and "_journal" in f:
        m = _VOLUME_THEN_PAGES.match(clean(runs["volume"][0]))
        if m and "(" not in runs["volume"][0]:  # "Living Reviews in Relativity, 17, 4"
            runs["volume"][0], runs["pages"] = m.group(1), [m.group(2)]
    vol, issue = _volume_issue(runs["volume"][0]) if "volume" in runs else (None, None)
    if "issue" in runs:
        issue = clean(_ISSUE_PREFIX.sub("", clean(runs["issue"][0])))
    if issue:
        issue = re.sub(r"^(\d+)\s*\(\d+\)$", r"\1", issue)  # GOST "№ 2(70)": issue 2, 70th overall
    if vol:
        f["volume"] = vol
    if issue:
        f["issue"] = issue
    for text in runs.get("pages", []):
        p = clean(text)
        day = _newspaper_day(p)
        if day and p[day.end() :][:1] in ("", " ", "."):
            _day_of_issue(f, day.group())  # "– 15 наурыз. – 5 б.": the day, then the page
            p = clean(p[day.end() :].lstrip(" .,;–—-"))
            m = _TOTAL.match(p)
            if m:  # a newspaper's page, no count
                f.setdefault("page", m.group(1))
                continue
            if not p:
                continue
        if issue and f"№{issue}({p})" in raw.replace(" ", ""):
            continue  # "№ 70 (29051)": the newspaper's running number, no page
        m = _PAGE_ISSUE.match(p)
        if m and "issue" not in f:  # "№3. – 112–120 б.": the issue, then the pages
            f["issue"] = re.sub(r"^(\d+)\s*\(\d+\)$", r"\1", m.group(1))
            p = p[m.end() :]
        m = _TOTAL.match(p)
        if m:
            f.setdefault("number-of-pages", m.group(1))
            continue
        p = clean(_PAGE_SUFFIX.sub("", _PAGE_PREFIX.sub("", p)))  # "25-31 бб."
        p = _CJK_PAGE_MARK.sub("", p)  # "127-180쪽"
        m = _YEAR_ISSUE_PAGES.match(p)
        if m and m.group(1) == f.get("issued", m.group(1)):  # "Мисъл, 8, | 1964,3, 149 – 154"
            f.setdefault("issued", m.group(1))
            f.setdefault("issue", m.group(2))
            p = m.group(3)
        m = _VOLUME_THEN_PAGES.match(p)
        if m and "volume" not in f:  # "41, 441–448": the volume the model kept with the pages
            f["volume"] = m.group(1)
            p = m.group(2)
        p = _PAGE_TAIL_WORD.sub("", p)  # "273-82. PubMed"
        if p and not re.fullmatch(r"\d\d\.\d\d\.\d\d", p):  # not a degree specialty code
            f.setdefault("page", p)
    if "page" not in f and "volume" in f:
        m = _VOLUME_THEN_PAGES.match(f["volume"]) or _VOLUME_SPACE_PAGES.match(f["volume"])
        # "13 27-39", a journal's "52 4747": the pages ran into the volume
        if m and (re.search(r"[-–]", m.group(2)) or "_journal" in f):
            f["volume"], f["page"] = m.group(1), m.group(2)
        elif (
            "_journal" not in f
            and "container-title" in f
            and _BARE_RANGE.fullmatch(run := runs["volume"][0].strip(" .,;"))
            and not _MONTH_BEFORE.search(raw.partition(run)[0])
        ):  # "Radical pragmatics (223–255).", "…, 1966, 3–14.": a chapter's pages, no volume
            f["page"] = f.pop("volume").strip("()")
    if "doi" in runs:
        m = _DOI.search(" ".join(runs["doi"]))
        if m:
            doi = m.group()
            whole = re.search(re.escape(doi) + r"\S*", raw)  # "10.32523/2079- | 620X-2019-…"
            f["DOI"] = (whole.group() if whole else doi).rstrip(".,;")
    if "url" in runs:
        text = " ".join(runs["url"])
        m = _URL.search(text)
        url = re.sub(r"\s+", "", m.group() if m else clean(text))
        if url.count("(") > url.count(")"):  # "…/page(accessed: …" glued on
            url = url[: url.rindex("(")]
        f["URL"] = _link_end(url)
    for lab, key in (("isbn", "ISBN"), ("issn", "ISSN")):
        if lab in runs:
            val = re.sub(r"^(?:isbn|issn)\s*:?\s*", "", clean(runs[lab][0]), flags=re.I)
            if val:
                f[key] = val
    if "id" in runs:
        f["_ids"] = [clean(x) for x in runs["id"]]
    if "accessed" in runs:
        m = _ACCESS.search(" ".join(runs["accessed"]))
        if m:
            f["accessed"] = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    if "accessed" not in f:
        date = access_date(raw)
        if date:
            f["accessed"] = date
    if (
        "title" not in f
        and "container-title" in f
        and not ({"volume", "issue", "page"} & f.keys())
        and ({"publisher", "publisher-place", "number-of-pages"} & f.keys())
        and not re.search(r"(?:^|[\s.,])(?:In|in|В|Dans|dans)\s*:?\s", raw)
    ):  # a published container with no title in it is the title of a book
        f["title"] = f.pop("container-title")
        f.pop("_journal", None)
    if (
        "title" in f
        and "container-title" not in f
        and {"issue", "publisher-place", "issued"} <= f.keys()
        and not ({"author", "editor", "volume", "page", "number-of-pages", "publisher"} & f.keys())
        and _ISSUE_MARK.search(raw)
    ):  # "Газета "Красная Башкирия". Уфа, 1953. № 38.": a whole issue of a serial
        f["container-title"] = f.pop("title")
    m = _GOST_EXTENT.search(raw)
    if m and "number-of-pages" not in f and f.get("page") != m.group(1):
        # "… 1952 (В. Търново : Д. Найденов). - 146 с. ; 25 см": the extent area ends the entry
        f["number-of-pages"] = m.group(1)
        if "note" in f and m.group(1) in f["note"]:
            note = clean(f["note"][: f["note"].rfind(m.group(1))])
            if note:
                f["note"] = note
            else:
                del f["note"]
    _genre_repairs(f)
    _drop_place_junk(f)
    _drop_access_tail(f)
    if "citation-number" in runs:
        f["citation-number"] = clean(runs["citation-number"][0]).strip("[]()")
    _identifiers(f)
    return f


def _link_end(url: str) -> str:
    """A link without the marks that close the text around it: the sentence's full stop,
    the angle brackets of «<http://…>», a bracket the link never opened.

    >>> _link_end("http://www.graphpad.com>"), _link_end("http://x.org/a_(b).")
    ('http://www.graphpad.com', 'http://x.org/a_(b)')
    >>> _link_end("http://www.safesteps.org.au/x/]"), _link_end("<http://dx.doi.org/10.1/x).")
    ('http://www.safesteps.org.au/x/', 'http://dx.doi.org/10.1/x')
    """
    url = url.lstrip("<([")
    while url:
        last = url[-1]
        if last in ".,;:>'\"":
            url = url[:-1]
        elif last in ")]}" and url.count(last) > url.count({")": "(", "]": "[", "}": "{"}[last]):
            url = url[:-1]
        else:
            break
    return url


_MEDIUM = re.compile(
    r"\s*\[((?:motion picture|film|video(?: file| recording)?|computer (?:software|program)"
    r"|software|data ?set|podcast(?: episode)?|television (?:series|broadcast|program)[^\]]*"
    r"|audio(?: recording)?|cd|dvd|abstract|letter to the editor|editorial|brochure|map"
    r"|photograph|blog post|tweet|web page|lecture notes|powerpoint slides|poster"
    r"|doctoral dissertation|master'?s thesis)[^\]]{0,60})\]\s*$",
    re.I,
)
_GENRE_HEAD = re.compile(
    r"^((?:ph\.?\s?d\.?|doctoral|master'?s|diploma|m\.?sc\.?|b\.?sc\.?)\s+(?:thesis|dissertation|thèse)"
    r"|(?:technical|tech\.?|research|internal)\s+(?:report|rep\.?|memo)(?:\s+[\w/#.-]*\d[\w/#.-]*)?"
    r"|thesis|dissertation|thèse)\s*,\s*(.+)$",
    re.I,
)


_ACCESS_TAIL = re.compile(
    # after a mark only: "Tate Online", "… of North America Online" are names
    # or GOST's area dash ("… управления – Режим доступа:")
    r"(?:^|[.,;]\s*|\s[–—]\s*)\[?(?:retrieved|available(?:\s+online)?|(?:last\s+)?accessed|online"
    r"|en\s+ligne|disponible|consultado|abgerufen|дата\s+обращения|режим\s+доступа"
    r"|қол\s+жеткізу\s+режимі|қаралған\s+күні)"
    r"(?:\s+(?:at|from|on|en|el|in|unter))?\s*:?$",
    re.I,
)


_PLACE_JUNK = re.compile(r"[\s,]+((?:[^\W\d_]{3,}\.?)|(?=\d+$))\d*$")


def _drop_place_junk(f: dict[str, Any]) -> None:
    """«Monterey, CA, Nov», «USA 99»: a month or a number ends no place.

    >>> f = {"publisher-place": "Monterey, CA, Nov"}
    >>> _drop_place_junk(f)
    >>> f
    {'publisher-place': 'Monterey, CA'}
    """
    place = f.get("publisher-place")
    if isinstance(place, str):
        m = _PLACE_JUNK.search(place)
        if m and m.group(1).lower().rstrip(".") in _MONTH_WORDS | {""}:
            f["publisher-place"] = clean(place[: m.start()]) or place


def _drop_access_tail(f: dict[str, Any]) -> None:
    """«The Electronic Text Center. Retrieved …», «UNHCR. Available at: http…»: the words that
    lead to a link or an access date end no title, container or publisher.

    >>> f = {"publisher": "UNHCR. Available at"}
    >>> _drop_access_tail(f)
    >>> f
    {'publisher': 'UNHCR'}
    """
    for key in ("title", "container-title", "collection-title", "publisher", "publisher-place"):
        v = f.get(key)
        if isinstance(v, str):
            m = _ACCESS_TAIL.search(v)
            if m:
                rest = clean(v[: m.start()])
                if rest:
                    f[key] = rest
                else:
                    del f[key]


def _genre_repairs(f: dict[str, Any]) -> None:
    """«Title [Motion picture]»: an APA medium in brackets is the genre, not a title word;
    «PhD thesis, Department of Computer Science, …»: the genre ends at its first comma."""
    title = f.get("title")
    if title and "genre" not in f:
        m = _MEDIUM.search(title)
        if m and clean(title[: m.start()]):
            f["title"] = clean(title[: m.start()])
            f["genre"] = m.group(1)
    genre = f.get("genre")
    if genre:
        m = _GENRE_HEAD.match(genre)
        if m:  # the rest is only a part of the institution's name: not kept as a publisher
            f["genre"] = m.group(1)


def _identifiers(f: dict[str, Any]) -> None:
    """DOI, ISBN and ISSN are unmistakable by their form: one the model left inside another
    field ("141–148. DOI 10.1007/…", "32, ISBN 0-226-42976-8") is taken out of it, a DOI
    link (doi.org, a publisher's /doi/ path) gives the DOI too, and the words a DOI run
    swallowed ("….URL", "[doi]") are dropped."""
    if "DOI" in f:
        f["DOI"] = _doi(f["DOI"])
    elif "URL" in f:
        doi = doi_from_link(f["URL"])
        if doi:
            f["DOI"] = doi
    for key, rx in (("DOI", _DOI_LABELLED), ("ISBN", _ISBN_IN), ("ISSN", _ISSN_IN)):
        if key in f:
            continue
        for field in _ID_HOSTS:
            m = rx.search(f.get(field) or "")
            if m:
                f[key] = _doi(m.group(1)) if key == "DOI" else m.group(1).strip()
                rest = clean(f[field][: m.start()] + " " + f[field][m.end() :])
                total = _TOTAL.match(rest) if field == "page" else None
                if total and "number-of-pages" not in f:  # "315 с. – ISBN …": the page count
                    f["number-of-pages"] = total.group(1)
                    del f[field]
                elif rest:
                    f[field] = rest
                else:
                    del f[field]
                break


def doi_from_link(url: str) -> str | None:
    """The DOI of a doi.org link or a publisher's ``/doi/`` path; ``None`` for any other link
    and for one cut off before the DOI's suffix.

    >>> doi_from_link("https://doi.org/10.1038/nrn2947"), doi_from_link("http://dx.doi.org/10.1016/j")
    ('10.1038/nrn2947', None)
    """
    m = _DOI_LINK.search(url)
    if m is None:
        return None
    doi = _doi(m.group(1))
    return doi if re.fullmatch(r"10\.\d+/\S{3,}", doi) else None


def _doi(text: str) -> str:
    """A DOI without the words and punctuation glued after it; a closing bracket stays when
    the DOI opened it ("10.1007/JHEP11(2013)158").

    >>> _doi("10.1038/nrn2947[doi]"), _doi("10.1103/PhysRevD.11.395.URL"), _doi("10.1/x(1))")
    ('10.1038/nrn2947', '10.1103/PhysRevD.11.395', '10.1/x(1)')
    """
    text = _DOI_JUNK.sub("", text)
    while text.endswith(")") and text.count(")") > text.count("("):
        text = _DOI_JUNK.sub("", text[:-1])
    return text


_ID_HOSTS = ("page", "note", "number-of-pages", "publisher", "volume", "issue", "genre")
_DOI_LINK = re.compile(r"(?:doi\.org|/doi(?:/abs|/full|/pdf)?)/(10\.\d{4,9}/\S+)", re.I)
_DOI_LABELLED = re.compile(r"\bdoi\s*:?\s*(10\.\d{4,9}/\S+)", re.I)
_DOI_JUNK = re.compile(
    r"(?:\[doi\]|[.,;]\s*(?:URL|doi|PMID|PMCID)\b:?|/(?:e?pdf|full|abstract)|[.,;:\]])+$", re.I
)
_ISBN_IN = re.compile(
    r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s\-–]*)?(?:\d[\s\-–]*){9}[\dXx])", re.I
)
_ISSN_IN = re.compile(r"\b(ISSN\s*:?\s*\d{4}\s*[-–]?\s*\d{3}[\dXx])", re.I)


_THESIS = re.compile(r"thesis|dissertation|diss\.|дис\.|диссертац|автореф|phd|ph\.d", re.I)
_REPORT = re.compile(r"report|отчет|есеп|working paper|technical", re.I)
_CONF = re.compile(
    r"proc\.|proceedings|conference|conf\.|symposium|workshop|congress|материалы|конференц|конференция|съезд|семинар|форум|meeting",
    re.I,
)
# a collection of papers ("сб. ст.", "сб. науч. тр.", "сборник", "жинағы", "Festschrift")
_COLLECTION = re.compile(
    r"(?:^|[\s:(])(?:сб\.|сборник\w*|жинағы|жинақ|мақалалар\s+жинағы|festschrift|sammelband)",
    re.I,
)
# words that make a container a conference's even where the tagger read it as a journal
_CONF_NAME = re.compile(
    r"^(?:\w+\s+){0,3}(?:proceedings|материалы|матер\.|труды)\b.*\b(?:conf|conference|конф|конференц"
    r"|симпозиум|symposium|workshop|congress|конгресс|съезд|форум|forum)|\bконференциясының"
    r"|\bконференция(?:сы)?\s+материалдары",
    re.I,
)
_CHAPTER = re.compile(r"^\s*(?:in|в кн|в|in:|в сб)\b", re.I)
_LAW_RAW = re.compile(
    r"\b(?:Закон|Кодекс|Заңы|Кодексі|Указ|Жарлығы|Постановление|Приказ|Распоряжение)\b"
    # a Kazakh act names its kind after its number: "… № 604 бұйрығы", "… № 1 қаулысы"
    r"|№\s*[\w/-]+\s+(?:бұйрығы|қаулысы|жарлығы|өкімі|заңы)\b"
)
_LAW = re.compile(
    r"\b(?:закон|кодекс|постановление|указ|приказ|заң(?:ы|дары)?|кодексі|жарлығы|қаулысы"
    r"|бұйрығы|act of|law no)\b",
    re.I,
)


# GOST's extent area at the end: ". – 146 с. ; 25 см", ". - 64 с.; 20 см"
_GOST_EXTENT = re.compile(r"[.)]\s*[–—-]\s*(\d+)\s*(?:с|c|б|бет)\.?\s*;\s*\d+\s*см\.?\s*$")
_ISSUE_MARK = re.compile(r"(?:№|\bno\.?|\bn°)\s*\d+\.?\s*$", re.I)
_DAY_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def guess_type(f: dict[str, Any], raw: str) -> str:
    """A CSL type from the fields found and words of the raw string.

    >>> guess_type({"container-title": "Вестник КазНУ", "volume": "3"}, "")
    'article-journal'
    """
    genre = f.get("genre", "")
    cont = f.get("container-title", "")
    if "[" in raw and (m := _GBT_MARK.search(raw)):  # the kind the list itself gives
        kind = GBT_TYPES[m.group(1)]
        return "chapter" if kind == "book" and cont else kind
    if _THESIS.search(genre) or (_THESIS.search(raw[:400]) and not cont):
        return "thesis"
    if not f.get("author") and (_LAW.search(f.get("title", "")[:60]) or _LAW_RAW.search(raw[:200])):
        return "legislation"
    if cont:
        if _COLLECTION.search(cont) and not _CONF.search(cont):
            return "chapter"  # "Экономика и управление: сб. ст.", "… мақалалар жинағы"
        if (
            _DAY_DATE.match(str(f.get("issued", "")))
            and not f.get("volume")
            and not _CONF.search(cont)
        ):  # "// Егемен Қазақстан. – 2022. – 2 қыркүйек.": a paper dated by the day
            return "article-newspaper"
        if f.get("_journal") and not _CONF_NAME.search(cont):
            return "article-journal"
        if _CONF.search(cont):
            return "paper-conference"
        if f.get("editor") or _CHAPTER.search(cont) or re.search(r"\b(?:In|В кн\.|В)\s*:", raw):
            return "chapter"
        if (f.get("publisher") or f.get("publisher-place")) and not f.get("volume"):
            return "chapter"
        return "article-journal"
    if _REPORT.search(genre):
        return "report"
    if f.get("publisher") or f.get("publisher-place") or f.get("number-of-pages") or f.get("ISBN"):
        return "book"
    if f.get("URL"):
        return "webpage"
    if f.get("editor"):
        return "book"
    return (
        "document" if not f.get("title") else "book" if not f.get("volume") else "article-journal"
    )


_GIVEN_SPLIT = re.compile(r"[\s.\-]+")


def _name_key(n: dict[str, str]) -> str:
    given = "".join(p[0] for p in _GIVEN_SPLIT.split(n.get("given", "")) if p)
    return (n.get("family") or n.get("literal") or "").lower() + "|" + given.upper()


_WORD = re.compile(r"[^\W\d_]+")
# digits, links, GOST marks, initials, a leading "Family, Given", "Place: Publisher", et al., eds
_REF_SIGNS = re.compile(
    rf"\d|https?:|www\.|//|\[Электрон|(?:^|[\s,(])[{_UP}]\.|^[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?,\s+[{_UP}]"
    rf"|^[{_UP}]{{2,}},|\b[{_UP}][{_LO}]+\s*:\s*[{_UP}][{_LO}]+\s+[{_UP}]?[{_LO}]*[.,]?$|\bet al\b|\beds?\b\.?\)"
)


def is_reference(text: str) -> bool:
    """False for prose lines that sit in reference lists without being references
    (no digits, no initials, no link, mostly lower-case words).

    >>> is_reference("Doe, J. (2019). A book. London: Routledge.")
    True
    >>> is_reference("Reports and analytical papers by various organisations about the region.")
    False
    """
    if _REF_SIGNS.search(text):
        return True
    words = _WORD.findall(text)
    if len(words) < 8:
        return True
    lower = sum(1 for w in words if w[0].islower())
    return lower / len(words) < 0.5
