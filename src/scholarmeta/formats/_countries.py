"""One table of country names -> ISO 3166-1 alpha-2, shared by every reader.

The names of all countries in English, Russian, Kazakh, Spanish and Portuguese come from
``pycountry`` (the ISO 3166 database and the iso-codes translations, offline). Hand-written
entries add what affiliations write and ISO does not: abbreviations ("ҚР", "РФ", "USA"), short
and older names ("Россия", "Киргизия", "Brasil", "Turkey", "England"). Names that are also
common words are left out ("Того" is a Russian pronoun, "Chad" a given name).
"""

from __future__ import annotations

import gettext
import re

import pycountry

__all__ = ["COUNTRIES", "COUNTRY_FIELD_NAMES"]

_HAND: dict[str, str] = {
    **dict.fromkeys(
        ["қр", "рк", "рк.", "kz", "republic of kazakhstan", "the republic of kazakhstan",
         "қазақстан республикасы", "республика казахстан"], "KZ"),
    **dict.fromkeys(["россия", "рф", "ресей федерациясы", "russia", "russian federation"], "RU"),
    **dict.fromkeys(["кыргызстан", "киргизия", "kyrgyz republic", "кыргызская республика"],
                    "KG"),
    **dict.fromkeys(["республика узбекистан"], "UZ"),
    **dict.fromkeys(["кнр", "қхр", "prc", "p. r. china", "p.r. china", "p.r.china"], "CN"),
    **dict.fromkeys(["turkey", "türkiye", "turkiye", "түркия", "турция"], "TR"),
    **dict.fromkeys(["белоруссия"], "BY"),
    **dict.fromkeys(["әзербайжан"], "AZ"),
    **dict.fromkeys(["моңғолия"], "MN"),
    **dict.fromkeys(["сша", "ақш", "usa", "u.s.a.", "united states", "united states of america"],
                    "US"),
    **dict.fromkeys(["великобритания", "ұлыбритания", "uk", "united kingdom", "england",
                     "scotland", "wales", "northern ireland"], "GB"),
    **dict.fromkeys(["южная корея", "оңтүстік корея", "south korea", "korea",
                     "republic of korea"], "KR"),
    **dict.fromkeys(["iran", "иран"], "IR"),
    **dict.fromkeys(["vietnam", "вьетнам"], "VN"),
    **dict.fromkeys(["czech republic"], "CZ"),
    **dict.fromkeys(["uae"], "AE"),
    **dict.fromkeys(["the netherlands", "holland"], "NL"),
    **dict.fromkeys(["brasil"], "BR"),
    **dict.fromkeys(["méxico"], "MX"),
    **dict.fromkeys(["españa"], "ES"),
    **dict.fromkeys(["perú"], "PE"),
    **dict.fromkeys(["panamá"], "PA"),
    **dict.fromkeys(["bélgica"], "BE"),
    **dict.fromkeys(["república dominicana"], "DO"),
    **dict.fromkeys(["kosovo"], "XK"),
    **dict.fromkeys(["taiwan", "тайвань"], "TW"),
    **dict.fromkeys(["syria", "сирия"], "SY"),
    **dict.fromkeys(["moldova", "молдавия"], "MD"),
    **dict.fromkeys(["tanzania"], "TZ"),
    **dict.fromkeys(["bolivia"], "BO"),
    **dict.fromkeys(["venezuela"], "VE"),
    **dict.fromkeys(["laos"], "LA"),
    **dict.fromkeys(["palestine"], "PS"),
}  # fmt: skip

_AMBIGUOUS = frozenset(
    # words before they are country names: pronouns, given names, US states, food, animals
    ["того", "чад", "chad", "jordan", "georgia", "jersey", "guinea", "niger", "man", "мали",
     "гана", "gana", "куба", "перу", "чили", "benim", "джерси", "гернси"]
)  # fmt: skip
"""Names left out of the table: common words, or ambiguous as the whole part of a line."""

_LANGUAGES = ("ru", "kk", "es", "pt")


def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    for country in pycountry.countries:
        code = country.alpha_2
        english = [country.name, getattr(country, "common_name", None),
                   getattr(country, "official_name", None)]  # fmt: skip
        names = [n for n in english if n]
        names += [t.gettext(n) for t in translations for n in names[:2]]
        for name in names:
            low = name.lower()
            if "," in low or "(" in low or len(low) < 4 or low in _AMBIGUOUS:
                continue  # "Korea, Republic of", "Bolivia (Plurinational State of)"
            out.setdefault(low, code)
    return out


COUNTRIES: dict[str, str] = {**_names(), **_HAND}
"""Country names and abbreviations (case-folded) -> ISO 3166-1 alpha-2."""

COUNTRY_FIELD_NAMES: dict[str, str] = {**COUNTRIES, "georgia": "GE", "jordan": "JO",
                                       "chad": "TD", "niger": "NE", "guinea": "GN"}
"""The table for a field that holds a country and nothing else (JATS ``<country>``): there
the names that are also other words ("Georgia", "Jordan") are the country."""

assert all(re.fullmatch(r"[A-Z]{2}", c) for c in COUNTRIES.values())
