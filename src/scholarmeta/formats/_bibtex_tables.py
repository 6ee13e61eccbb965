"""Mapping tables shared by the BibTeX and biblatex formats (data only)."""

from __future__ import annotations

__all__ = [
    "BCP47_TO_LANGID",
    "BIBLATEX_TO_CSL",
    "BIBTEX_TO_CSL",
    "CSL_TO_BIBLATEX",
    "CSL_TO_BIBTEX",
    "EDITORTYPE_TO_ROLE",
    "LANGID_TO_BCP47",
    "MONTHS",
    "NAME_FIELDS",
    "ROLE_TO_BIBLATEX",
    "ROLE_TO_BIBTEX",
]

BIBTEX_TO_CSL: dict[str, str] = {
    "article": "article-journal", "book": "book", "booklet": "pamphlet", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "manual": "book", "mastersthesis": "thesis",
    "phdthesis": "thesis", "misc": "document", "proceedings": "book", "techreport": "report",
    "unpublished": "manuscript", "online": "webpage", "www": "webpage", "electronic": "webpage",
    "webpage": "webpage", "patent": "patent", "periodical": "periodical", "standard": "standard",
    "dataset": "dataset", "data": "dataset", "software": "software", "thesis": "thesis",
    "report": "report", "collection": "book",
}  # fmt: skip
"""BibTeX entry type -> CSL type (classic types plus the common non-standard ones)."""

BIBLATEX_TO_CSL: dict[str, str] = {
    **BIBTEX_TO_CSL,
    "mvbook": "book", "bookinbook": "chapter", "suppbook": "chapter", "mvcollection": "book",
    "suppcollection": "chapter", "mvproceedings": "book", "reference": "book",
    "mvreference": "book", "inreference": "entry-encyclopedia", "suppperiodical": "article-journal",
    "review": "review", "letter": "personal_communication", "legislation": "legislation",
    "jurisdiction": "legal_case", "legal": "legislation", "audio": "song", "video": "motion_picture",
    "movie": "motion_picture", "music": "song", "image": "graphic", "artwork": "graphic",
    "performance": "performance", "commentary": "book", "letters": "personal_communication",
    "set": "document", "xdata": "document", "customa": "document", "article-magazine":
    "article-magazine", "newsarticle": "article-newspaper", "map": "map", "interview": "interview",
}  # fmt: skip
"""biblatex entry type -> CSL type."""

CSL_TO_BIBTEX: dict[str, str] = {
    "article-journal": "article", "article": "article", "article-magazine": "article",
    "article-newspaper": "article", "review": "article", "review-book": "article",
    "book": "book", "collection": "book", "chapter": "incollection",
    "paper-conference": "inproceedings", "thesis": "phdthesis", "report": "techreport",
    "manuscript": "unpublished", "pamphlet": "booklet", "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection", "periodical": "book",
}  # fmt: skip
"""CSL type -> BibTeX entry type; anything else is ``misc``."""

CSL_TO_BIBLATEX: dict[str, str] = {
    "article-journal": "article", "article": "article", "article-magazine": "article",
    "article-newspaper": "article", "review": "review", "review-book": "review",
    "book": "book", "collection": "collection", "chapter": "incollection",
    "paper-conference": "inproceedings", "thesis": "thesis", "report": "report",
    "manuscript": "unpublished", "pamphlet": "booklet", "entry-encyclopedia": "inreference",
    "entry-dictionary": "inreference", "periodical": "periodical", "webpage": "online",
    "post": "online", "post-weblog": "online", "dataset": "dataset", "software": "software",
    "patent": "patent", "standard": "standard", "personal_communication": "letter",
    "legislation": "legislation", "legal_case": "jurisdiction", "motion_picture": "movie",
    "song": "audio", "graphic": "artwork", "performance": "performance",
}  # fmt: skip
"""CSL type -> biblatex entry type; anything else is ``misc``."""

NAME_FIELDS: dict[str, str] = {
    "author": "author", "editor": "editor", "translator": "translator",
    "bookauthor": "container-author", "commentator": "contributor", "annotator": "contributor",
    "holder": "contributor", "introduction": "contributor", "foreword": "contributor",
    "afterword": "contributor",
}  # fmt: skip
"""Name-list fields -> model role (``editora``..``editorc`` go by their ``editor*type``)."""

EDITORTYPE_TO_ROLE: dict[str, str] = {
    "editor": "editor", "compiler": "compiler", "founder": "contributor",
    "continuator": "contributor", "redactor": "editor", "reviser": "editor",
    "collaborator": "contributor", "organizer": "organizer", "supervisor": "supervisor",
    "director": "director", "chair": "chair", "reviewer": "reviewer",
}  # fmt: skip
"""biblatex ``editortype`` values -> model role."""

ROLE_TO_BIBTEX: dict[str, str] = {"author": "author", "editor": "editor"}
"""Roles classic BibTeX can hold."""

ROLE_TO_BIBLATEX: dict[str, str] = {
    "author": "author", "editor": "editor", "translator": "translator",
    "container-author": "bookauthor",
}  # fmt: skip
"""Roles biblatex holds in a field of their own (``supervisor`` goes to ``editora``)."""

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""Month macro (and name prefix) -> number."""

LANGID_TO_BCP47: dict[str, str] = {
    "english": "en", "american": "en-US", "USenglish": "en-US", "british": "en-GB",
    "UKenglish": "en-GB", "canadian": "en-CA", "australian": "en-AU", "russian": "ru",
    "kazakh": "kk", "ukrainian": "uk", "belarusian": "be", "bulgarian": "bg", "serbian": "sr",
    "german": "de", "ngerman": "de", "austrian": "de-AT", "naustrian": "de-AT", "swissgerman":
    "de-CH", "french": "fr", "francais": "fr", "spanish": "es", "italian": "it",
    "portuguese": "pt", "brazil": "pt-BR", "brazilian": "pt-BR", "dutch": "nl", "polish": "pl",
    "czech": "cs", "slovak": "sk", "slovene": "sl", "croatian": "hr", "hungarian": "hu",
    "romanian": "ro", "greek": "el", "turkish": "tr", "finnish": "fi", "swedish": "sv",
    "norwegian": "nb", "norsk": "nb", "nynorsk": "nn", "danish": "da", "icelandic": "is",
    "estonian": "et", "latvian": "lv", "lithuanian": "lt", "latin": "la", "catalan": "ca",
    "basque": "eu", "galician": "gl", "hebrew": "he", "arabic": "ar", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "uzbek": "uz", "kyrgyz": "ky", "tatar": "tt",
    "mongolian": "mn", "armenian": "hy", "georgian": "ka", "azerbaijani": "az", "persian": "fa",
}  # fmt: skip
"""babel / polyglossia language names (biblatex ``langid``) -> BCP-47."""

BCP47_TO_LANGID: dict[str, str] = {
    "en": "english", "en-US": "american", "en-GB": "british", "ru": "russian", "kk": "kazakh",
    "uk": "ukrainian", "be": "belarusian", "bg": "bulgarian", "sr": "serbian", "de": "ngerman",
    "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese", "nl": "dutch",
    "pl": "polish", "cs": "czech", "sk": "slovak", "sl": "slovene", "hr": "croatian",
    "hu": "hungarian", "ro": "romanian", "el": "greek", "tr": "turkish", "fi": "finnish",
    "sv": "swedish", "nb": "norsk", "nn": "nynorsk", "da": "danish", "et": "estonian",
    "lv": "latvian", "lt": "lithuanian", "la": "latin", "ca": "catalan", "he": "hebrew",
    "ar": "arabic", "zh": "chinese", "ja": "japanese", "ko": "korean", "uz": "uzbek",
    "ky": "kyrgyz", "tt": "tatar", "mn": "mongolian", "hy": "armenian", "ka": "georgian",
}  # fmt: skip
"""BCP-47 primary tag (or tag) -> babel name for ``langid`` / ``language``."""
