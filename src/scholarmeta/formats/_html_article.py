"""The article-page layout of Kazakh/Russian/English journal and conference sites.

Layout: ``h1.page_title`` (often ALL CAPS); ``div.authors`` with ``<p><a href="/author/slug">``
names, each followed by right-aligned affiliation lines (a supervisor's carry a label); then the
body in ``div.content``: a labelled abstract (АҢДАТПА / АННОТАЦИЯ / ABSTRACT …), maybe an
unlabelled abstract in another language, keywords, bold section headings, figures with a
caption paragraph, a labelled numbered reference list, and often a block in another language
(translated title, names, affiliations, abstract, keywords).

Decisions:

* Profile links: made absolute when a base URL is known (``source`` is an http(s) URL, or the
  page has ``<base href>``, ``link rel=canonical`` or ``og:url``); otherwise ``Contributor.url``
  stays empty and the relative paths are kept in ``Work.extra["html:author_profiles"]``.
* ``Work.type`` is ``article-journal`` unless the page's ``<title>`` or breadcrumbs speak of a
  conference (then ``paper-conference``): the layout alone does not say which.
* Figures sit in the section where they appear (``Section.figures``), not again in
  ``Work.figures``, so writers print each once.
* Languages are detected from the text, never taken from labels.
* ``ӘОЖ``/``УДК``/``UDC`` and ``МРНТИ``/``IRSTI`` lines become keyword groups with that
  vocabulary; a ``DOI:`` line becomes the DOI; acknowledgements/funding go to
  ``Work.extra["html:<label>"]`` (reported as unmapped).
* Affiliation text of another language found inside a paragraph (a copy-paste leak) is taken
  out and attached to the contributor whose affiliation it translates (reported as a note).
* A page with no author block takes its authors from the name and affiliation lines at the top
  of the body; beside an author block such lines are another form of its persons.
* Footnote marks are no part of the title (a trailing star, a ``<sup>`` mark at its end); a
  starred funding or thanks note goes to extra funding / acknowledgements.
* Formula images inside a sentence keep the sentence as a paragraph; each image is a figure
  with no caption, so no file is lost.
* A translated block's names in capitals with no initials ("NURLANQYZY DANA") are names only
  when they romanise the author block's; affiliation lines in capitals are read re-cased (as
  the page writes the same text elsewhere, else by rule) and kept as written in ``raw``.
* A star after an author's name and a "* Corresponding author: …" note make that author the
  corresponding one (the note's e-mail theirs); a note naming no one stays in extra.

Hand-written: no library reads this layout.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable
from copy import deepcopy
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from pydantic import ValidationError

from ..errors import ParseError
from ..lang import detect_language, letter_counts, normalize_space, script_of
from ..model import Reference, Work
from ..model.identifiers import normalize_doi, normalize_orcid
from ..morph import ru_proper_kind
from ..refparse import parse_reference
from ..refparse._fields import is_reference
from ..report import Report
from ..translit import ascii_fold
from ._affiliation import (
    CITIES,
    COUNTRIES,
    ORG_HEADS,
    POSITION_CONCEPTS,
    SUPERVISOR_LABELS,
    affiliation_like,
    align_romanized,
    classify_part,
    is_name_like,
    is_plural_role_label,
    parse_affiliation_lines,
    similarity,
    split_name,
    strip_role_label,
)

__all__ = [
    "ABSTRACT_LABELS",
    "ACKNOWLEDGEMENT_LABELS",
    "ACRONYMS",
    "AUTHOR_INFO_LABELS",
    "CAPTION_WORDS",
    "FUNDING_LABELS",
    "KEYWORD_LABELS",
    "REFERENCE_LABELS",
    "TABLE_CAPTION_WORDS",
    "read_article",
    "sentence_case",
]

ABSTRACT_LABELS: list[str] = [
    "аңдатпа", "андатпа", "аннотация", "abstract", "түйіндеме", "түйін", "резюме", "summary",
    "annotation", "аннотациясы", "аңдатпасы", "резюме статьи", "аннотация к статье",
    "мақала аңдатпасы", "мақаланың аңдатпасы", "resume", "résumé",
    "ańdatpa", "túıindeme",  # Kazakh in the Latin alphabet of 2021
]  # fmt: skip
KEYWORD_LABELS: list[str] = [
    "кілттік сөздер", "кілт сөздер", "түйінді сөздер", "түйін сөздер", "тірек сөздер",
    "ключевые слова", "keywords", "key words", "кілттік сөз", "тірек сөз", "түйін сөз",
    "кілт сөз", "негізгі сөздер", "index terms", "кілтті сөздер", "кілтті сөз",
    "ключевые слова и фразы", "keywords and phrases", "key words and phrases", "ключевые понятия",
    "тірек ұғымдар", "key-words", "key terms", "ключевые термины",
    "ключевые слова и словосочетания", "кілт сөздер мен сөз тіркестері",
    "kilttik sózder", "kilt sózder", "túıindi sózder", "túıin sózder", "tirek sózder",
]  # fmt: skip
REFERENCE_LABELS: list[str] = [
    "пайдаланылған әдебиеттер тізімі", "пайдаланылған әдебиеттер", "әдебиеттер тізімі",
    "әдебиеттер", "список использованной литературы", "список использованных источников",
    "список литературы", "литература", "references", "bibliography", "literature",
    "пайдаланған әдебиеттер", "пайдаланылған әдебиет", "әдебиет", "использованная литература",
    "список источников", "источники", "қолданылған әдебиеттер тізімі",
    "қолданылған әдебиеттер", "қолданылған әдебиет", "библиографический список",
    "библиография", "список использованных источников и литературы", "works cited",
    "reference", "list of references", "reference list", "list of literature",
    "list of used literature", "list of sources", "used literature", "sources",
    "использованные источники", "список литературы и источников", "пайдаланылған дереккөздер",
    "пайдаланылған әдебиеттер мен дереккөздер", "әдебиеттер мен дереккөздер тізімі",
    "пайдаланылған дереккөздер тізімі", "пайдаланылған әдебиеттер мен дереккөздер тізімі",
    "дереккөздер", "дереккөздер тізімі", "сілтемелер", "литература и источники",
    "источники и литература",
    "ádebıetter tizimi", "paıdalanylǵan ádebıetter tizimi", "paıdalanylǵan ádebıetter",
]  # fmt: skip
ACKNOWLEDGEMENT_LABELS: list[str] = [
    "алғыс айту", "алғыс", "алғыс білдіру", "благодарности", "благодарность",
    "acknowledgements", "acknowledgments", "acknowledgement",
]  # fmt: skip
FUNDING_LABELS: list[str] = [
    "funding", "финансирование", "қаржыландыру", "источник финансирования",
    "қаржыландыру көзі",
]  # fmt: skip
AUTHOR_INFO_LABELS: list[str] = [
    "сведения об авторах", "сведения об авторе", "информация об авторах",
    "авторлар туралы мәлімет", "авторлар туралы мәліметтер", "автор туралы мәлімет",
    "information about the authors", "information about authors", "about the authors",
    "author information",
]  # fmt: skip
"""Labels of the notes on the authors after the references: kept in extra, not a section."""
CAPTION_WORDS: list[str] = [
    "сурет", "рисунок", "рис.", "figure", "fig.", "сызба", "схема", "диаграмма", "график",
    "карта", "chart", "diagram", "graph", "map",
]  # fmt: skip
TABLE_CAPTION_WORDS: list[str] = ["кесте", "таблица", "табл.", "table", "tab."]


def _label_re(labels: list[str]) -> re.Pattern[str]:
    alts = "|".join(
        re.escape(x).replace(r"\ ", r"\s+") for x in sorted(labels, key=len, reverse=True)
    )
    # "Кілт сөздер (Keywords):", "Аңдатпа (Annotation)", "Әдебиеттер тізімі / References": a
    # translation in brackets or after a slash
    return re.compile(
        rf"^\s*(?:{alts})(?:\s*\([^()]{{1,40}}\)|\s*/\s*[^\W\d_]+(?:\s[^\W\d_]+){{0,3}})?"
        r"\s*(?:[:.—–-]\s*|$)",
        re.I,
    )


_ABSTRACT_RE = _label_re(ABSTRACT_LABELS)
_KEYWORDS_RE = _label_re(KEYWORD_LABELS)
_REFS_RE = _label_re(REFERENCE_LABELS)
_ACK_RE = _label_re(ACKNOWLEDGEMENT_LABELS)
_FUNDING_RE = _label_re(FUNDING_LABELS + AUTHOR_INFO_LABELS)
_CAPTION_WORD = "(?P<word>" + "|".join(re.escape(w) for w in CAPTION_WORDS) + ")"
# "Сурет 1. …", "Рис. 2 – …", and the Kazakh number-first "1-сурет. …"
# "Сурет-1.", "Рисунок №1", "Сурет 1.2 –" (a chapter's figure 2), "1 сурет."
_CAPTION_NUM = r"\s*(?:-\s*|№\s*)?(?P<num>\d{1,3}(?:\.\d{1,3})?(?![\d.]\d)[а-яa-z]?)(?!\w)"
_CAPTION_RE = re.compile(
    r"^\s*(?:" + _CAPTION_WORD + _CAPTION_NUM
    + r"|(?P<knum>\d{1,3})\s*-?\s*" + _CAPTION_WORD.replace("word", "kword") + r"(?!\w))"
    r"\s*[.:–—-]?\s*(?P<text>.*)$",
    re.I | re.S,
)  # fmt: skip
_TABLE_CAPTION_RE = re.compile(
    r"^\s*(?:(?P<word>" + "|".join(re.escape(w) for w in TABLE_CAPTION_WORDS) + r")"
    + _CAPTION_NUM.replace("[а-яa-z]?", "")
    + r"|(?P<knum>\d{1,3})\s*-?\s*(?P<kword>кесте)(?!\w))\s*[.:–—-]?\s*(?P<text>.*)$",
    re.I | re.S,
)  # fmt: skip
_NUMBER_LABEL_RE = re.compile(
    r"^(?P<label>[IVXLC]+[.)]|\d+(?:\.\d+)+\.?(?=\s)|\d+(?:\.\d+)*[.)]"
    r"|\d{1,2}(?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))\s*(?P<rest>.*)$",
    re.S,
)
"""A heading's number: "I.", "2.", "3)", the number of a subsection, "2.1", "2.1.", "1.2.3", and
a bare number before a capitalised title, "1 Кіріспе" (Word's heading numbering)."""
_REF_NUMBER_RE = re.compile(
    r"^\[?(\d{1,3})(?:[.)\]](?:\s+|(?=[^\W\d_]))|\s+(?=[^\W\d_][^\W\d_]))(.+)$", re.S
)
"""A numbered reference line: "1. …", "[1] …", "1) …", "1.Иванов …", "1 Иванов …"."""
_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_SENT_END = frozenset(".!?")
_CENTER_RE = re.compile(r"text-align\s*:\s*center", re.I)
_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_CONF_RE = re.compile(
    r"конференц|conferenc|симпозиум|symposium|форум|forum|congress|конгресс", re.I
)
_BOLD = frozenset(["strong", "b"])
_WRAPPERS = frozenset(["span", "font", "em", "i", "u"])  # inline elements that only style text
_BLOCK_TAGS = frozenset(["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "table"])
_HEADING_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6"])

_TITLE_XP = etree.XPath("//h1[contains(concat(' ', normalize-space(@class), ' '), ' page_title ')]")
_H1_XP = etree.XPath("//h1")
_CLASS_VOCAB: dict[str, str] = {
    "әож": "UDC", "удк": "UDC", "udc": "UDC", "мрнти": "IRSTI", "грнти": "IRSTI",
    "irsti": "IRSTI", "ғтамр": "IRSTI", "doi": "doi",
}  # fmt: skip
"""Classification-code labels (UDC, IRSTI) and DOI lines that open an article body."""
_CLASS_RE = re.compile(
    r"^\s*(" + "|".join(_CLASS_VOCAB) + r")\s*[:.]?\s*"
    r"((?:(?:https?://)?(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+|[\d.:;,()/\s+-]+)$",
    re.I,
)
_URL_LINE_RE = re.compile(
    r"^\s*(?:URL|Сілтеме|Ссылка(?:\s+на\s+статью)?|Link)\s*:\s*(https?://\S+?)[.;]?\s*$", re.I
)
"""A line that gives the article's own address ("URL: https://…") before its sections."""
_CLASS_HEAD_RE = re.compile(r"^\s*(?:" + "|".join(_CLASS_VOCAB) + r")(?!\w)", re.I)
_CLASS_SPLIT_RE = re.compile(r"[;,]?\s+(?=(?:" + "|".join(_CLASS_VOCAB) + r")(?!\w))", re.I)
"""Where one more code opens in a line of several ("МРНТИ 14.35.07; УДК 378.147")."""
_AUTHORS_XP = etree.XPath("//div[contains(concat(' ', normalize-space(@class), ' '), ' authors ')]")
_CONTENT_XP = etree.XPath("//div[contains(concat(' ', normalize-space(@class), ' '), ' content ')]")
_BASE_XP = etree.XPath(
    "string((//base/@href | //link[@rel='canonical']/@href"
    " | //meta[@property='og:url']/@content)[1])"
)
_CONTEXT_XP = etree.XPath("//head/title//text() | //*[contains(@class, 'breadcrumb')]//text()")


# -- small helpers -----------------------------------------------------------------------------


def _content(el: lxml.html.HtmlElement) -> str:
    """``el.text_content()``: the text serialiser is about twice as fast as ``string()``."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _text(el: lxml.html.HtmlElement) -> str:
    return normalize_space(_content(el))


def _align(el: lxml.html.HtmlElement) -> str | None:
    a = (el.get("align") or "").lower()
    if a:
        return a
    style = el.get("style")
    if style:
        if _CENTER_RE.search(style):
            return "center"
        if _RIGHT_RE.search(style):
            return "right"
    return None


_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)


def _styled_bold(el: lxml.html.HtmlElement) -> bool:
    """An inline wrapper made bold by its style ("<span style='font-weight: bold'>", as some
    editors write bold text) rather than by ``<b>``/``<strong>``."""
    style = el.get("style")
    return bool(style) and el.tag in _WRAPPERS and _BOLD_STYLE_RE.search(style) is not None


def _bold_prefix(el: lxml.html.HtmlElement, text: str | None = None) -> tuple[str, str]:
    """(text of the leading bold run, the rest of the element's text). A paragraph whose whole
    text sits in one inline wrapper ("<p><font><span><strong>Введение</strong></span></font></p>",
    as pages pasted from Word are written) is read inside it."""
    while (
        len(el) == 1
        and el[0].tag in _WRAPPERS
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
        and not _styled_bold(el[0])
    ):
        el = el[0]
    if not len(el) or (el.text or "").strip():
        return "", _text(el) if text is None else text
    head: list[str] = []
    rest_started = False
    rest: list[str] = []
    for child in el:
        if rest_started:
            rest.append(_content(child))
            rest.append(child.tail or "")
            continue
        if (
            child.tag in _BOLD
            or _styled_bold(child)
            or (
                child.tag in ("em", "i", "span", "u")
                and len(child) == 1
                and (child[0].tag in _BOLD or _styled_bold(child[0]))
                and not (child.text or "").strip()
            )
        ):
            head.append(_content(child))
            tail = child.tail or ""
            if tail.strip():
                rest_started = True
                rest.append(tail)
            else:
                head.append(tail)
        elif child.tag == "br":  # "<b>Аңдатпа</b><br>Мақала …": the text after it is the rest
            head.append(" ")
            if (child.tail or "").strip():
                rest_started = True
                rest.append(child.tail or "")
        else:
            rest_started = True
            rest.append(_content(child))
            rest.append(child.tail or "")
    return normalize_space("".join(head)), normalize_space("".join(rest))


_ITALIC = frozenset(["em", "i", "u"])


def _italic_label(el: lxml.html.HtmlElement, text: str) -> tuple[str, str]:
    """(label, rest) when ``el`` opens with an abstract or keywords label in italics and nothing
    else in them ("<i>Аннотация</i> В статье …", no colon after it): read as a bold one is;
    ("", text) otherwise (italic text is no label by its style alone)."""
    first = el[0]
    if (el.text or "").strip() or first.tag not in _ITALIC:
        return "", text
    run = _text(first)
    m = _ABSTRACT_RE.match(run) or _KEYWORDS_RE.match(run)  # "<i>Литература</i> – это …": prose
    if not run or m is None or m.end() < len(run.rstrip()):
        return "", text
    return run, normalize_space(text[len(run) :]) if text.startswith(run) else text


def _sample(text: str) -> str:
    """Enough of a long text to tell its language (detection cost grows with length)."""
    if len(text) <= 240:
        return text
    cut = text.rfind(" ", 0, 240)
    return text[: cut if cut > 0 else 240]


_KK_LETTER_RE = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _script(text: str) -> str | None:
    """``Cyrl`` or ``Latn`` (majority of the letters of a short sample), cheaply."""
    return script_of(text, 240)


def _lang_like(text: str, prev: str | None) -> str | None:
    """The language of ``text`` when it is probably that of the text before (``prev``): same
    script and, in Cyrillic, Kazakh letters exactly when ``prev`` is Kazakh; else detect it.
    Detection is the costly part of reading a page, and runs of paragraphs share a language."""
    if prev in ("kk", "ru", "en"):
        sc = _script(text)
        if sc == "Latn" and prev == "en":
            return prev
        if sc == "Cyrl" and prev != "en" and (prev == "kk") == bool(_KK_LETTER_RE.search(text)):
            return prev
    return detect_language(_sample(text))


def _is_caps(text: str) -> bool:
    return len(text) > 3 and text.isupper()


def _title_cased(text: str) -> bool:
    """A Kazakh or Russian title with every word of four letters or more capitalised ("Абай
    Шығармаларындағы Көркем Бейнелер"): English title case, which neither language writes, so
    the title is re-cased as an ALL-CAPS one is (English titles keep their title case)."""
    if _script(text) != "Cyrl" or text.isupper():
        return False
    words = [w for w in _WORD_RE.findall(text) if len(w) > 3 and w.isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


_KW_BULLET_RE = re.compile(r"\s*[·•|]\s*")
_KW_DASH_RE = re.compile(r"\s+[–—]\s+")


_ETC_RE = re.compile(
    r"(?:[\s,;]+(?:(?:және\s+)?т\.\s?(?:б|с\.\s?с)|(?:и\s+)?т\.\s?[дп]|и\s+др"
    r"|(?:and\s+)?(?:etc|so\s+on))\.?|\s*(?:\.\.\.|…))\s*\.?\s*$",
    re.I,
)
"""An "and so on" ending a list ("и т.д.", "және т.б.", "т.с.с.", "etc.", "…"): no term."""


def _split_keywords(text: str) -> list[str]:
    """The terms of a keyword list: split at commas and semicolons, at middle dots and bullets
    ("a · b · c"), and at spaced dashes when there is no comma or semicolon and at least two
    of them ("a – b – c"; one dash may be part of a term: "Қазақстан – Қытай қатынастары")."""
    out: list[str] = []
    seen: set[str] = set()
    text = _KW_BULLET_RE.sub("; ", normalize_space(text))
    if ";" not in text and "," not in text and len(_KW_DASH_RE.findall(text)) >= 2:
        text = _KW_DASH_RE.sub("; ", text)
    text = _ETC_RE.sub("", text)  # "…, неологизм т.б.", "…, survey, etc.": no term
    for raw in re.split(r"\s*[,;]\s*", text):
        term = raw.strip().rstrip(".").strip()
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            out.append(term)
    return out


_STEM = 6
_APOSTROPHE_RE = re.compile(r"['’]")


def _stem(low: str) -> str:
    """The stem a lower-case title word is counted by on the page: its first six letters, those
    before an apostrophe ("abai's" -> "abai": the page writes the name without the possessive)."""
    head = _APOSTROPHE_RE.split(low, 1)[0] if "'" in low or "’" in low else low
    return (head if len(head) >= 3 else low)[:_STEM]

_PROPER_SHARE = 0.7  # a word is a proper noun when written capitalised this often mid-sentence

ACRONYMS: frozenset[str] = frozenset(
    "ақш бұұ тмд еаэо шыұ ео қхр жіө жоо ұқк ққс ұбт қазұу енұ бқо шқо сқо оқо жқо"
    " ооо снг еаэс шос ес вуз оон оэср обсе ескк юнеско юнисеф мсб ип тоо ао"
    " nato un usa uk eu cis sco eaeu osce unesco unicef oecd imf wto gdp ict sme esg"
    " ai it ngo who covid".split()
)
"""Acronyms kept in capitals when an ALL-CAPS title is re-cased and the page gives no form."""
_VOWELS = frozenset("аәеёиіоөуұүыэюяaeiouy")
# a country or city name with a case ending of up to five letters ("Қазақстанның", "Алматыда")
_PLACE_STEM_RE = re.compile(
    "(?:"
    + "|".join(
        sorted(
            (re.escape(k) for k in {*COUNTRIES, *CITIES} if len(k) > 4 and k.isalpha()),
            key=len,
            reverse=True,
        )
    )
    + r")(?!.*(?:лық|лік|дық|дік|тық|тік)$)[^\W\d_]{0,5}$"
)  # fmt: skip  (not "астаналық": an adjective made from a place name is lower case)


def _case_map(
    texts: list[str], title: str, page: str | None = None, low: str | None = None,
    refs: str = "",
) -> dict[str, Counter[str]]:
    """How the title's words are written on the page, by stem (first six letters, so a word's
    inflected forms count too): ``~stem`` -> Counter of capitalised (mid-sentence), lower-case
    and ALL-CAPS (acronym) occurrences.

    ``page`` is :func:`_case_page` of ``texts`` and ``low`` its lower case: a page with several
    titles passes them, made once. ``refs`` (the reference list) is searched for words with
    digits only: a programme or a model is named there as in the text, while its titles and
    journals are title-cased. Counting with ``str.count``/``str.find`` over the joined page
    keeps this cheap (three C scans a word measured faster than one regex pass for all stems, or
    a Python walk over each stem's occurrences).
    """
    forms: dict[str, Counter[str]] = {}
    if page is None:
        page = _case_page(texts)
    if low is None:
        low = page.lower()
    if len(low) != len(page):
        return forms
    cyrillic = _script(title) == "Cyrl"
    openers = {m.group(0) for m in _WORD_RE.finditer(title)
               if m.start() and _opens_quote(title, m.start())}  # fmt: skip
    for word in set(_WORD_RE.findall(title)):
        if len(word) < 2 or (len(word) == 2 and not word.isalpha()):
            continue
        if len(word) == 2 or any(c.isdigit() for c in word) or (cyrillic and word.isascii()):
            # "SENTINEL-2": the forms the page writes the very word in ("Sentinel-2")
            written = _token_forms(page, low, word)
            if refs and any(c.isdigit() for c in word):
                written += _token_forms(refs, refs.lower(), word)
            forms["=" + word.lower()] = written
            continue
        if 3 <= len(word) <= 7 and word.isascii() and word[-1:] == "S" and word.isupper():
            plural = word[:-1] + "s"  # "SMES": the page's "SMEs"
            n = sum(1 for k in _find_all(page, plural)
                    if not (k and page[k - 1].isalnum())
                    and not page[k + len(plural) : k + len(plural) + 1].isalnum())  # fmt: skip
            if n:
                forms["+" + word.lower()] = Counter({plural: n})
        stem = _stem(word.lower())
        total = low.count(stem)
        if not total:
            continue
        # the stem inside another word ("концентрация" for "центральный") says nothing
        total -= sum(1 for k in _find_all(low, stem) if k and low[k - 1].isalnum())
        if total <= 0:
            continue
        cap = stem.capitalize()
        up = 0
        k = page.find(cap)
        while k >= 0:
            j = k - 1
            while j >= 0 and page[j] == " ":
                j -= 1
            if j >= 0 and j == k - 1 and page[j].isalnum():
                pass  # inside a word: taken off the total above
            elif j < 0 or page[j] in ".!?\n":
                total -= 1  # sentence-initial: says nothing
            else:
                up += 1
            k = page.find(cap, k + 1)
        caps = page.count(word.upper()) if word.isupper() else 0
        forms["~" + stem] = Counter({cap: up, stem: max(total - up - caps, 0), word.upper(): caps})
        if word in openers:  # how the page writes the word right after an opening quote
            forms["«" + stem] = Counter({cap: sum(page.count(q + cap) for q in _OPEN_QUOTES),
                                         stem: sum(page.count(q + stem) for q in _OPEN_QUOTES)})
    return forms


def _token_forms(page: str, low: str, word: str) -> Counter[str]:
    """How ``page`` (``low`` its lower case, of the same length) writes ``word`` as a whole
    word, in any case."""
    if len(low) != len(page):
        return Counter()
    n = len(word)
    return Counter(
        page[k : k + n]
        for k in _find_all(low, word.lower())
        if not (k and page[k - 1].isalnum()) and not (k + n < len(page) and page[k + n].isalnum())
    )


def _lower_list(terms: list[str]) -> bool:
    """Whether a keyword list writes at least half its terms after the first (acronyms
    aside) in lower case."""
    words = [t for t in terms[1:] if not t.isupper()]
    low = sum(t[:1].islower() for t in words)
    return low > 0 and low * 2 >= len(words)


def _find_all(text: str, sub: str) -> list[int]:
    """Where ``sub`` starts in ``text`` (``str.find`` in a loop: cheaper than a regex)."""
    out: list[int] = []
    k = text.find(sub)
    while k >= 0:
        out.append(k)
        k = text.find(sub, k + 1)
    return out


def _case_page(texts: list[str]) -> str:
    """The page text ``_case_map`` counts in (join once per page, for every title)."""
    return "\n".join(t for t in texts if not _is_caps(t))


def sentence_case(title: str, forms: dict[str, Counter[str]], *, title_cased: bool = False) -> str:
    """Re-case an ALL-CAPS title: first word capitalised, others lower unless the page writes
    them (or a word of the same stem) capitalised mid-sentence most of the time (70 %);
    acronyms the page writes in capitals stay so. A ``title_cased`` title re-cases only its
    capitalised words: those in capitals or with inner capitals ("ҚР", "ҚазҰУ") stay as written.

    >>> sentence_case("ҚАЗАҚСТАН ТАРИХЫ МЕН ЕУРОПА", {"еуропа": Counter({"Еуропа": 2})})
    'Қазақстан тарихы мен Еуропа'
    >>> sentence_case("COVID-19 КЕЗІНДЕГІ IT САЛАСЫ", {})
    'COVID-19 кезіндегі IT саласы'
    """
    fm = _WORD_RE.search(title)
    first = fm.start() if fm else 0
    cyrillic = _script(title) == "Cyrl"
    russian = cyrillic and not _KK_LETTER_RE.search(title)  # the Russian dictionary applies
    # an English title quotes the name of a work in title case: 'the novel "The Path of Abai"'
    quoted = [] if cyrillic else [q.span(1) for q in _QUOTED_RE.finditer(title)]

    def recase(m: re.Match[str]) -> str:
        word = m.group(0)
        if title_cased and word != word.capitalize():
            return word
        if any(c.isdigit() for c in word) or (cyrillic and word.isascii()):
            # COVID-19, a Latin acronym in a Cyrillic title: as written, unless the page writes
            # the word otherwise, not all in lower case ("SENTINEL-2" -> "Sentinel-2")
            written = forms.get("=" + word.lower(), Counter())
            seen = [(n, f) for f, n in written.items() if f != f.lower()]
            if seen:
                return max(seen)[1]
            head = word.partition("-")[0].lower()
            if written and len(head) > 3 and head not in ACRONYMS and _VOWELS.intersection(head):
                # the page writes it in lower case only: "«Дорожная карта бизнеса-2025»"
                return word.capitalize() if m.start() == first else word.lower()
            return word
        key = word.lower()
        if "+" + key in forms:
            return forms["+" + key].most_common(1)[0][0]
        if len(word) == 2:  # "(ЖИ)": an abbreviation when the page writes it so, as a word
            short = forms.get("=" + key, Counter())
            if short[word.upper()] and 2 * short[word.upper()] >= sum(short.values()):
                return word.upper()
        counted = forms.get(key) or forms.get("~" + _stem(key))
        if counted:
            total = sum(counted.values())
            up = sum(v for f, v in counted.items() if f[:1].isupper())
            if total and up > _PROPER_SHARE * total:
                best = counted.most_common(1)[0][0]
                return word if best == word and len(word) > 1 else word.capitalize()
        hinted = _case_hint(word, russian)
        if hinted is not None:
            return hinted
        opens = m.start() == first or _opens_quote(title, m.start())
        if opens and m.start() != first:
            # a term in quotes ('метод «цифровой истории»') is no name: the page writes it in
            # lower case after the quote
            after = forms.get("«" + _stem(key), Counter())
            if after[_stem(key)] > after[_stem(key).capitalize()]:
                return word.lower()
        if any(a <= m.start() < b for a, b in quoted) and not (key in _SMALL_WORDS and not opens):
            return word.capitalize()
        return word.capitalize() if opens else word.lower()

    out = _WORD_RE.sub(recase, title)
    if russian and " " in out:  # "в кызылординской области" -> "в Кызылординской области"
        out = _REGION_RE.sub(_cap_region, out)
        out = _GEO_ADJ_RE.sub(lambda g: g.group(1).capitalize(), out)
    if " " in out and _COUNTRY_PHRASE_RE.search(out):
        out = _COUNTRY_PHRASE_RE.sub(lambda m: _WORD_RE.sub(_cap_name_word, m.group(0)), out)
    return out


_QUOTED_RE = re.compile(r"[«“„\"]([^«»“”„\"]+)[»”“\"]")
_OPEN_QUOTES = "«“„\""
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as into via vs".split()
)  # not capitalised inside an English title-cased name


def _opens_quote(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a quotation: the name of a work, a law or a programme
    quoted in a title starts with a capital ('романы «Абай жолы»', 'the novel "The path of …"')."""
    q = text[at - 1 : at]
    if q in ("«", "“", "„"):
        return True
    return q in ('"', "'") and (at == 1 or text[at - 2] in " (-–—")


_REGION_RE = re.compile(
    r"(?<![\w-])([а-яё]+(?:-[а-яё]+)?ск(?:ая|ой|ий|ого|ую|ом|ому|ие|их))"
    r"(?=\s+(?:област|район|кра[йея]|округ))"
)
_PLACE_PREFIXES = tuple(
    sorted({k[: max(len(k) - 1, 5)] for k in CITIES if k.isalpha() and _script(k) == "Cyrl"})
)


RU_GEO_FEATURES: list[str] = [
    "мор[еяю]", "морем", "озер[оау]", "озером", "залив[аеу]?", "заливом", "пролив[аеу]?",
    "хреб[её]т", "хребта", "хребте", "низменност[иь]", "плато", "нагорь[ея]", "впадин[аыеу]",
]  # fmt: skip
"""A sea, a lake, a gulf, a ridge …, in the singular: a Russian adjective in -ск- before one is
a proper name ("Аральского моря", "Туранской низменности"); -ическ- ones are not ("тектоническое
озеро")."""
_GEO_ADJ_RE = re.compile(
    r"(?<![\w-])([а-яё]+(?<!иче)ск(?:ое|ого|ому|ом|им|ая|ой|ую|ий))"
    r"(?=\s+(?:" + "|".join(RU_GEO_FEATURES) + r")(?!\w))"
)


def _cap_region(m: re.Match[str]) -> str:
    """A Russian adjective made from a place name before "область", "район", "край", "округ":
    the name of a region, capitalised ("Кызылординской области"); other adjectives stay."""
    word = m.group(1)
    return word.capitalize() if word.startswith(_PLACE_PREFIXES) else word


def _cap_name_word(m: re.Match[str]) -> str:
    word = m.group(0)
    return word if word.lower() in ("of", "the") else word.capitalize()


# the names of countries of more than one word, in any case form ("в Республике Казахстан",
# "Қазақстан Республикасының"): every word is capitalised in a re-cased title
_COUNTRY_PHRASE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\s+".join(re.escape(w[: max(len(w) - 2, 4)]) + r"\w*" for w in k.split())
        for k in sorted(COUNTRIES, key=len, reverse=True)
        if " " in k and not k.startswith("the ") and k.split()[0] not in ("of",)
    )
    + r")(?!\w)",
    re.I,
)


_EN_PROPER_WORDS = frozenset(
    "kazakh kazakhs kazakhstani russian russians english chinese turkic turkish soviet eurasian"
    " asian european american british german french korean japanese uzbek kyrgyz tajik turkmen"
    " mongolian arabic persian islamic muslim christian latin cyrillic asia europe eurasia".split()
)
"""Peoples, languages and their adjectives: capitalised in English whatever the page says."""
_LOWER_ABBREVIATIONS = frozenset("жж гг вв мм см км кг млн млрд трлн тыс".split())
"""Abbreviations with no vowel written in lower case ("1950–2020 жж.", "млн"): no acronyms."""


def _case_hint(word: str, russian: bool) -> str | None:
    """The form of a title word the page does not write elsewhere: acronyms (a known one, one
    without a vowel, or a Russian dictionary abbreviation) in capitals, with a Kazakh suffix
    after the hyphen in lower case ("БҰҰ-ның"); country and city names and Russian proper
    names capitalised; None when nothing says.

    >>> [_case_hint(w, True) for w in ("ҚР-ДА", "США", "ҚАЗАҚСТАННЫҢ", "ЕВРОПЫ", "ОПЫТ")]
    ['ҚР-да', 'США', 'Қазақстанның', 'Европы', None]
    """
    head, sep, tail = word.partition("-")
    low = head.lower()
    if len(low) > 3 and low.isascii() and low[-1] == "s" and low[:-1] in ACRONYMS:
        return head[:-1].upper() + "s" + sep + tail.lower()  # "SMES" -> "SMEs"
    if low in _LOWER_ABBREVIATIONS and not sep:  # "1950–2020 ЖЖ." -> "жж."
        return word.lower()
    if (
        low in ACRONYMS
        or (len(low) >= 2 and not _VOWELS.intersection(low))
        or (len(low) <= 3 and COUNTRIES.get(low))
    ):
        return head.upper() + sep + tail.lower()
    full = word.lower()
    if full in COUNTRIES or full in CITIES or _PLACE_STEM_RE.match(full):
        return word.capitalize()
    if full in _EN_PROPER_WORDS:  # English capitalises peoples and languages: "Kazakh language"
        return word.capitalize()
    if russian:
        kind = ru_proper_kind(full if not sep else low)
        if kind == "abbr" and not sep:
            return word.upper()
        if kind == "name":
            return word.capitalize()
    return None


# -- people ------------------------------------------------------------------------------------


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARK_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:\s*[,’']\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")
_LEAD_MARK_RE = re.compile(r"^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,’'][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)\s*")
_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _unmark(text: str) -> tuple[str, set[str]]:
    """A name without its affiliation marks ("Иванов И.И.¹’²"), and the marks."""
    marks = {d for m in _MARK_RE.findall(text) for d in re.findall(r"\d+", m.translate(_TO_DIGIT))}
    return normalize_space(_MARK_RE.sub(" ", text)).strip(" ,;*"), marks


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# an address with its label, within a line ("…, e-mail: a.serikova@example.kz")
_EMAIL_PART_RE = re.compile(
    r"[,;]?\s*(?:e-?mail|эл\.?\s*почта|электрондық\s+пошта)?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
_EMAILS_LINE_RE = re.compile(
    r"^[\s*]*(?:e-?mails?|эл\.?\s*почта|электрондық\s+пошта)?\s*:?\s*"
    r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[,;]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*)[\s.;,]*$",
    re.I,
)
_ORCID_RE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
_CONTACT_REST_RE = re.compile(
    r"\(?\s*(?:(?:e-?mail|orcid(?:\s*id)?)\s*:?\s*)?(?:(?:https?://)?orcid\.org/)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b)\s*\)?",
    re.I,
)
"""An ORCID iD or an e-mail address next to a name, with its label and brackets."""
_NAME_STAR_RE = re.compile(r"(?<=[^\W\d_.]|\.)\*+")
_STAR_ATTR = "data-scholarmeta-star"  # set on a "<sup>1*</sup>" whose star the reading drops
_MARKER = "\ue000"
_BR_MARK = "\ue001"  # a line break in the text after a linked name


def _is_contact_link(a: lxml.html.HtmlElement, text: str) -> bool:
    """A link to an ORCID record or an e-mail address (often an icon): no person of its own."""
    href = a.get("href", "")
    return (
        "orcid.org/" in href
        or href.lower().startswith("mailto:")
        or bool(text and (_ORCID_RE.search(text) or "@" in text))
    )


def _text_after_links(
    el: lxml.html.HtmlElement,
    links: list[lxml.html.HtmlElement],
    contacts: list[lxml.html.HtmlElement],
) -> list[str]:
    """For each name link of ``el``, the text after it up to the next name link, contact links
    written as their address ("… (ORCID 0000-…), <a>Next</a>" or an ORCID icon link)."""
    if len(links) == 1 and not contacts and el.find(".//br") is None:
        return [_content(el).partition(_content(links[0]))[2]]
    copy = deepcopy(el)
    originals = list(el.iter())  # kept alive, so that no two nodes share an id() here
    pos = {id(x): k for k, x in enumerate(originals)}
    nodes = list(copy.iter())
    for br in copy.iter("br"):  # "<a>Name</a><br>студент, …<br>Алматы қ.": lines of their own
        br.tail = _BR_MARK + (br.tail or "")
    for k, a in enumerate(links):
        c = nodes[pos[id(a)]]
        for child in list(c):
            c.remove(child)
        c.text = f"{_MARKER}{k}{_MARKER}"
    for a in contacts:
        c = nodes[pos[id(a)]]
        for child in list(c):
            c.remove(child)
        c.text = f" {a.get('href', '').removeprefix('mailto:')} {_text(a)} "
    parts = _content(copy).split(_MARKER)
    return [parts[2 + 2 * k] if 2 + 2 * k < len(parts) else "" for k in range(len(links))]


_PLAIN_MARK_RE = re.compile(r"^\s*(\d{1,2}(?:,\d{1,2})*)(?:(?=[^\W\d_])|\s+(?=[^\W\d_a-zа-яё]))")


def _plain_mark(text: str, persons: list[dict[str, Any]]) -> re.Match[str] | None:
    """A line's mark written as plain figures ("1Қорқыт Ата атындағы …", the <sup> lost in
    copying) when the names above carry those marks; "2 курс студенті" is no mark."""
    m = _PLAIN_MARK_RE.match(text)
    if m is None:
        return None
    known = {x for p in persons for x in p.get("marks") or ()}
    return m if known and set(m.group(1).split(",")) <= known else None


def _marked_lines(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``el`` as one element a line when ``<br>`` breaks it into numbered affiliation lines
    ("¹Нархоз университеті, …<br>²ҚБТУ, …<br>e-mail: …"): each mark opens its own line."""
    if el.find(".//br") is None or any(a.get("href") for a in el.iter("a")):
        return [el]
    lines = _br_lines(el)
    if sum(1 for t in lines if _LEAD_MARK_RE.match(t)) < 2:
        return [el]
    out = []
    for line in lines:
        new = lxml.html.Element(el.tag, dict(el.attrib))
        new.text = line
        out.append(new)
    return out


def _people(
    elements: list[lxml.html.HtmlElement], known: _Known = ()
) -> list[dict[str, Any]]:
    """Persons (name, href, lines, label) from a run of author-block elements. Numbered
    affiliations ("Иванов И.¹, Сапар А.²" then "¹Университет …", "²…") go to their persons.
    ``known``: the author block's names (see :func:`_known_names`), by which a translated block
    names them in capitals with no initials ("NURLANQYZY DANA")."""
    persons: list[dict[str, Any]] = []
    marked: list[tuple[str | None, str]] = []  # (mark, line) in page order
    pending_label = False
    every_label = False  # a plural label ("Научные руководители:") heads all persons after it
    contacts: list[str] = []
    for el in elements:  # <sup>1</sup> as ¹: one form of mark from here on
        for sup in el.iter("sup"):
            # "1*", "1,2*": the star marks the corresponding author, the figures the affiliations
            if sup.text and re.fullmatch(r"[\d,\s*]*\d[\d,\s*]*", sup.text) and not len(sup):
                if "*" in sup.text:
                    sup.set(_STAR_ATTR, "")
                marks = sup.text.replace("*", " ").strip(" ,")
                sup.text = re.sub(r"[,\s]+", "’", marks).translate(_SUPERSCRIPT)
    elements = [x for el in elements for x in _marked_lines(el)]
    after_marked = False  # the element before was a numbered line (or went on one)
    for el in elements:
        pending_label = pending_label or every_label
        linked = [(a, _text(a)) for a in el.iter("a") if a.get("href")]
        contact_links = [a for a, name in linked if _is_contact_link(a, name)]
        links = [a for a, name in linked if name and a not in contact_links]
        names = [name for a, name in linked if name and a not in contact_links]
        if links:
            after_marked = False
            lead = normalize_space(el.text or "")
            label = bool(lead) and strip_role_label(lead)[1]
            group: list[dict[str, Any]] = []
            afters = _text_after_links(el, links, contact_links)
            roles = [_role_after(t.replace(_BR_MARK, " ")) for t in afters]  # "Name (… жетекші)"
            afters = ["" if r else t for r, t in zip(roles, afters, strict=True)]
            for a, name, after_text, role in zip(links, names, afters, roles, strict=True):
                after = _LEAD_MARK_RE.match(_content(a.getnext()) if a.getnext() is not None and
                                            not (a.tail or "").strip() else a.tail or "")  # fmt: skip
                name, marks = _unmark(name + (after.group(1) if after else ""))
                nxt, a_tail = a.getnext(), (a.tail or "").strip()
                # "<a>Name</a>*", "<a>Name*</a>", "<a>Name</a><sup>1*</sup>": a starred name
                star = _text(a).endswith("*") or a_tail[:1] == "*" or (
                    not a_tail and nxt is not None and nxt.get(_STAR_ATTR) is not None
                )
                p = {"name": name, "href": a.get("href"), "lines": [], "marks": marks, "star": star,
                     "label": label or pending_label or role,
                     "contacts": _EMAIL_RE.findall(after_text) + _ORCID_RE.findall(after_text)}  # fmt: skip
                group.append(p)
                persons.append(p)
            pending_label = False
            joined = " ".join(_CONTACT_REST_RE.sub(" ", t) for t in afters)
            for part in joined.split(_BR_MARK):
                tail = _unmark(normalize_space(part))[0].strip(" ,;")
                if tail and not is_name_like(tail):
                    group[-1]["lines"].append(tail)
            continue
        text = _text(el)
        if not text:
            continue
        role_named = _name_with_role(el, text)
        if role_named is not None:
            after_marked = pending_label = False
            persons.append({"name": role_named, "href": None, "lines": [], "label": True})
            continue
        lead_mark = _LEAD_MARK_RE.match(text) or _plain_mark(text, persons)
        if lead_mark is None and _MARK_RE.search(text):
            unlabelled, labelled = strip_role_label(text)
            lead_mark = _LEAD_MARK_RE.match(unlabelled) if labelled else None
            if lead_mark:  # "научный руководитель, ³ЕНУ …": the persons marked ³ supervise
                given = set(re.findall(r"\d+", lead_mark.group(1).translate(_TO_DIGIT)))
                for q in persons:
                    if given & set(q.get("marks") or ()):
                        q["label"] = True
                text = unlabelled
        if lead_mark:  # "¹Әл-Фараби атындағы ҚазҰУ, Алматы": the lines of persons marked ¹
            text = text[lead_mark.end() :]
            for m in re.findall(r"\d+", lead_mark.group(1).translate(_TO_DIGIT)):
                marked.append((m, text))
            if persons:
                persons[-1]["lines"].append(text)
            after_marked = True
            continue
        emails = _EMAILS_LINE_RE.match(text) if marked and "@" in text else None
        if emails is not None:  # "*e-mail: …" under numbered affiliations: its owner, below
            contacts += _EMAIL_RE.findall(emails.group(1))
            continue
        if after_marked and _align(el) == "right" and not strip_role_label(text)[1]:
            marked.append((None, text))  # goes on the numbered line before it
        if _MARK_RE.search(text) and is_name_like(_unmark(text)[0]):
            after_marked = False
            group = []
            for raw in re.split(r"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])\s*[,;]\s*|(?<=[⁰¹²³⁴⁵⁶⁷⁸⁹])\s*[,;]\s*(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"
                                r"|\s+(?:және|и|and)\s+", text):  # fmt: skip
                name, marks = _unmark(raw)
                if name:
                    p = {"name": name, "href": None, "lines": [], "marks": marks,
                         "label": pending_label}  # fmt: skip
                    group.append(p)
                    persons.append(p)
            pending_label = False
            continue
        rest, is_label = strip_role_label(text)
        align = _align(el)
        if is_label and ";" in rest and is_plural_role_label(text):
            # "Научные руководители: Иванов И.И., к.т.н., доцент; Петров П.П., PhD"
            found = [n for n in map(_named_in_label, rest.split(";")) if n is not None]
            if len(found) > 1:
                for name, line in found:
                    persons.append({"name": name, "href": None, "lines": [line] if line else [],
                                    "label": True})  # fmt: skip
                pending_label = False
                continue
        named = _named_in_label(rest) if is_label and rest else None
        if named is None and is_label and rest and _CAPS2_RE.search(rest):
            named = _caps_named_in_label(rest, known)
        if named is not None and persons and not persons[-1]["lines"] and _same_person(
            split_name(_uncap_name(persons[-1]["name"])), split_name(_uncap_name(named[0]))
        ):
            # "<a>Karimova Laura</a>" then "Scientific supervisor – Karimova L.S., PhD, …": the
            # line names the person just above again (short), so it is that person's
            persons[-1]["label"] = True
            persons[-1]["lines"] += [named[1]] if named[1] else []
            pending_label = False
            continue
        if named is not None:
            # "Ғылыми жетекші: Тулекова Г.Қ., ф.ғ.к., доцент" or "Научный руководитель – д.и.н.,
            # профессор Иванов Иван Иванович": the supervisor is named in the line itself
            p = {"name": named[0], "href": None, "lines": [named[1]] if named[1] else [],
                 "label": True}  # fmt: skip
            persons.append(p)
            pending_label = False
            continue
        if is_label and not rest:
            if is_plural_role_label(text):
                every_label = pending_label = True
            elif persons and not persons[-1]["lines"]:
                persons[-1]["label"] = True
            else:
                pending_label = True
            continue
        unstarred = _NAME_STAR_RE.sub("", text)  # "Омаров А.Б.*": the star marks a note
        if (align != "right" or _bold_only(el, text)) and _caps_name_like(unstarred, known):
            after_marked = False
            group = []
            for name in re.split(r"\s*[,;]\s*|\s+(?:және|и|and)\s+", text):
                if name:
                    p = {"name": _NAME_STAR_RE.sub("", name), "href": None, "lines": [],
                         "label": pending_label, "star": name != _NAME_STAR_RE.sub("", name)}  # fmt: skip
                    group.append(p)
                    persons.append(p)
            pending_label = False
            continue
        if persons:
            persons[-1]["lines"].append(text)
    if any(m for m, _ in marked) and any(p.get("marks") for p in persons):
        by_mark: dict[str, list[str]] = {}
        current: str | None = None
        for m, line in marked:
            current = m or current
            if current is not None:
                by_mark.setdefault(current, []).append(line)
        for p in persons:
            if p.get("marks"):
                p["lines"] = [x for m in sorted(p["marks"]) for x in by_mark.get(m, [])]
        for address in contacts:  # the person the address is named after, else the first
            local = address.split("@")[0]
            score, owner = max(((max(similarity(t, local) for t in q["name"].split()), -k)
                                for k, q in enumerate(persons)), default=(0.0, 0))  # fmt: skip
            persons[-owner if score >= 0.4 else 0]["lines"].append(address)
        return persons
    # names written together, or listed before a shared set of lines, share those lines
    sharing: dict[int, list[dict[str, Any]]] = {}
    for i, p in enumerate(persons):
        if not p["lines"]:
            for q in persons[i + 1 :]:
                if q["lines"]:
                    if not q["label"]:
                        p["lines"] = list(q["lines"])
                        sharing.setdefault(id(q), [q]).append(p)
                    break
    for group in sharing.values():
        _own_addresses(group)
    return persons


def _own_addresses(group: list[dict[str, Any]]) -> None:
    """An e-mail line among the lines several persons share ("E-mail: a.serikova@…" under
    "Aruzhan Serikova, Denis Kim") is the person's it is named after, not everyone's; a line
    naming no one of them stays shared. The address may end a line of other text ("2nd year
    students, SKU, Shymkent, e-mail: a.serikova@…"): the others keep the line without it."""
    for line in list(group[0]["lines"]):
        found = _EMAIL_RE.findall(line)
        if len(found) != 1:
            continue
        local = found[0].split("@")[0]
        scores = [max(similarity(t, local) for t in q["name"].split()) for q in group]
        best = max(scores)
        if best < 0.4 or scores.count(best) > 1:
            continue
        rest = normalize_space(_EMAIL_PART_RE.sub(" ", line)).strip(" ,;")
        for q, score in zip(group, scores, strict=True):
            if score < best:
                q["lines"] = [rest if x == line else x for x in q["lines"] if x != line or rest]


_ROLE_WRAP = " ,;:()[]–—-"


def _role_after(text: str) -> bool:
    """Whether the text after a linked name is only a supervisor label, in brackets or after a
    dash ("Садықова Г. (ғылыми жетекші)", "… – научный руководитель"): that person is one."""
    rest, is_label = strip_role_label(text.strip(_ROLE_WRAP))
    return is_label and not rest.strip(_ROLE_WRAP + ".")


_ROLE_WORD_RE = re.compile("|".join(SUPERVISOR_LABELS), re.I)


def _name_with_role(el: lxml.html.HtmlElement, text: str) -> str | None:
    """The bold name of a line that only adds a supervisor label to it ("<b>Yermekbayev
    Bakhyt</b> – scientific adviser", "<b>Садықова Г.</b> (ғылыми жетекші)")."""
    if len(text) > 160 or not _ROLE_WORD_RE.search(text):  # cheap test first: most lines
        return None
    head, rest = _bold_prefix(el, text)
    if head and rest and is_name_like(head) and _role_after(rest):
        return head
    return None


def _bold_only(el: lxml.html.HtmlElement, text: str) -> bool:
    """The whole text of ``el`` is bold (a name line "<b>Омаров А.Б.</b>" set right)."""
    head, rest = _bold_prefix(el, text)
    return bool(head) and not rest


def _titles_only(text: str) -> bool:
    """``text`` holds degrees and positions and nothing else ("д.и.н. профессор")."""
    parsed = parse_affiliation_lines([text])
    return bool(parsed["degrees"] or parsed["positions"]) and not (
        parsed["affiliations"] or parsed["other"]
    )


_SENTENCE_START_RE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def _take_named_sentence(text: str, st: _State) -> str:
    """An abstract paragraph without the supervisor it names in its last sentence ("…
    2019–2023. Scientific supervisor: associate professor Omarova G.K."): the person goes to
    the body's supervisor lines, the rest stays the abstract."""
    for m in _SENTENCE_START_RE.finditer(text):
        tail = text[m.end() :]
        if len(tail) < 200 and strip_role_label(tail)[1]:
            el = lxml.html.fragment_fromstring(f"<p>{html.escape(tail)}</p>")
            named = [p for p in _people([el]) if p["name"]]
            if named:
                st.people.extend(named)
                return text[: m.start()]
    return text


_SENTENCE_STOP_RE = re.compile(r"(?<=[^\W\d_]{3})\.$")


def _named_in_label(rest: str) -> tuple[str, str] | None:
    """The person a supervisor line names after its label, and the rest of the line: the name is
    a comma-separated part, or the end of one after degree and position words.

    >>> _named_in_label("д.и.н., профессор Иванов Иван Иванович")
    ('Иванов Иван Иванович', 'д.и.н., профессор')
    >>> _named_in_label("ф.ғ.к., доцент") is None, _named_in_label("Candidate of Historical Sciences")
    (True, None)
    """
    parts = [x for x in (y.strip() for y in re.split(r"\s*[,;]\s*", rest)) if x]
    for i, part in enumerate(parts):
        words = part.split()
        # capitalised titles ("Assoc. Prof. Nurlanova G.K.") look like name words: a part that
        # opens with titles has its name after them
        lead = next((j for j in range(1, len(words)) if _titles_only(" ".join(words[:j]))), 0)
        for k in range(lead, len(words) - 1):  # the longest name-like end after titles only
            if is_name_like(" ".join(words[k:])) and (k == 0 or _titles_only(" ".join(words[:k]))):
                others = [*parts[:i], *([" ".join(words[:k])] if k else []), *parts[i + 1 :]]
                # the sentence's full stop after a whole word ("… Тәжібаев Нұрлан Сапарұлы.")
                # is no part of the name; an initial's ("Иванов И.И.") is
                return _SENTENCE_STOP_RE.sub("", " ".join(words[k:])), ", ".join(others)
    return None


def _caps_named_in_label(rest: str, known: _Known) -> tuple[str, str] | None:
    """:func:`_named_in_label` for a supervisor line in capitals ("SCIENTIFIC SUPERVISOR:
    SERIKBAY ASYLAN, PHD"): the name must have initials or be one the author block knows; the
    rest stays in capitals, as written, for the affiliation reading to re-case."""
    found = _named_in_label(_uncap_name(rest))
    if found is None:
        return None
    name, line = found
    caps = name.upper()
    if not (_CAPS_INITIALS_RE.search(caps) or _names_known(caps, known)):
        return None
    return name, line.upper() if rest.isupper() else line


def _name_lang(name: str, page_lang: str | None) -> str:
    lang = detect_language(name) if _KK_LETTER_RE.search(name) else None
    if _script(name) == "Latn":
        return "en"
    if lang == "kk":
        return "kk"
    return page_lang if page_lang in ("kk", "ru") else (lang or "ru")


_CAPS2_RE = re.compile("[A-ZÀ-ÞА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇ]{2}")


def _uncap_name(text: str) -> str:
    """A name with its words in capitals capitalised ("ЖАКСЫЛЫКОВ А.М.", "ИВАНОВ Иван");
    initials stay as written.

    >>> _uncap_name("ЖАКСЫЛЫКОВ А.М."), _uncap_name("ABDRAKHMANOV-KIM Dana")
    ('Жаксылыков А.М.', 'Abdrakhmanov-Kim Dana')
    """
    if _CAPS2_RE.search(text) is None:
        return text
    return " ".join(
        "-".join(x.capitalize() for x in t.split("-"))
        if t.isupper() and len(t.strip(".")) > 2 and "." not in t.strip(".")
        else t
        for t in text.split()
    )


_CAPS_INITIALS_RE = re.compile(
    r"(?<!\w)[^\W\d_]\.(?:\s?[^\W\d_]\.)*$"
    r"|^[^\W\d_]\.\s?[^\W\d_]\.\s?[^\W\d_]{2}"
)  # "IVANOVA A.B." or "A.B. IVANOVA" (one initial first may be a heading's: "I. ВВЕДЕНИЕ")


def _caps_name_like(text: str, known: _Known = ()) -> bool:
    """A name, or one typed in capitals with initials ("NURLANQYZY D.", "И.И. ИВАНОВ"), as a
    translated block writes its names: the initials tell it from a heading in capitals. With no
    initials ("NURLANQYZY DANA", "SERIKBAY ASYLAN MARATULY") nothing but the words tells a name
    from a heading, so the names must be those of the author block (``known``), romanised."""
    if is_name_like(text):
        return True
    if _CAPS2_RE.search(text) is None or not is_name_like(_uncap_name(text)):
        return False
    return _CAPS_INITIALS_RE.search(text) is not None or _names_known(text, known)


_Known = tuple[frozenset[str], ...]
"""The author block's persons, each as the romanisation keys of its name words and slug."""
_NAME_SEP_RE = re.compile(r"\s*[,;]\s*|\s+(?:және|и|and)\s+", re.I)


def _known_names(persons: list[dict[str, Any]]) -> _Known:
    """Each person's name words and profile slug parts as :func:`_roman_key` keys."""
    out = []
    for p in persons:
        words = [t for t in _uncap_name(_unmark(p["name"])[0]).split() if not _INITIALS_RE.match(t)]
        keys = {_roman_key(t) for t in words} | {_roman_key(t) for t in _slug_parts(p["href"] or "")}
        keys.discard("")
        if keys:
            out.append(frozenset(keys))
    return tuple(out)


def _names_known(text: str, known: _Known) -> bool:
    """Whether every name of ``text`` has each word romanised as a word of one known person
    ("ZHANIBEKOV ARMAN" for "Жәнібеков Арман Серікұлы"; "Yerlan" for "Ерлан", spelt alike)."""
    if not known:
        return False
    names = [x for x in _NAME_SEP_RE.split(text.strip(" ,;")) if x]
    for name in names:
        toks = name.split()
        keys = [_roman_key(t) for t in toks if not _INITIALS_RE.match(t)]
        firsts = [_roman_key(t)[:1] for t in toks if _INITIALS_RE.match(t)]  # "A. IVANOVA"
        if len(toks) < 2 or not keys or not any(
            _words_known(keys, p) and all(any(x.startswith(f) for x in p) for f in firsts)
            for p in known
        ):
            return False
    return bool(names)


def _words_known(keys: list[str], person: frozenset[str]) -> bool:
    """Whether each key is a word of ``person``, spelt alike; of three words or more, one may
    only share its root ("maratkyzy" for "maratovna": a patronymic in the other language's
    form, "Маратқызы" / "Маратовна")."""
    loose = 0
    for k in keys:
        if k in person or any(similarity(k, x) >= 0.75 for x in person):
            continue
        if len(keys) < 3 or loose or not any(
            min(len(k), len(x)) >= 5 and k[:5] == x[:5] for x in person
        ):
            return False
        loose += 1
    return True


def _lines_lang(lines: list[str]) -> str | None:
    """``ru`` for Russian affiliation lines whose only Kazakh letters are in proper names
    ("университет им. Ә. Марғұлан", "КазНУ им. аль-Фараби, г. Қызылорда"), which language
    detection takes for Kazakh; None (detect) otherwise."""
    text = " ".join(lines)
    if not _KK_LETTER_RE.search(text):
        return None
    low = [w for w in _WORD_RE.findall(text) if w[:1].islower()]
    if not low or any(_KK_LETTER_RE.search(w) for w in low):
        return None
    return "ru" if detect_language(" ".join(low)) == "ru" else None


_CAPS_LINE_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_LINE_SMALL_WORDS = frozenset(
    "of and the for in at on de и в на по им имени при қ г".split()
)  # fmt: skip
_NAMED_AFTER = frozenset(["имени", "им"])
_RANK_RE = re.compile(r"(?:академик|профессор|генерал|маршал|геро)[а-я]*")
_UNI_ABBR_RE = re.compile(r"[^\W\d_]{2,5}[UУ]")


_LINE_PART_RE = re.compile(r"(\s*[,;]\s*)")
_PHD_RE = re.compile(r"(?<!\w)ph\.?\s?d\.?(?!\w)")


def _caps_line(line: str) -> bool:
    """An affiliation line typed in capitals, in whole or in its comma parts ("ӘЛ-ФАРАБИ
    АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ", "student, SDU UNIVERSITY, KASKELEN, KAZAKHSTAN"): two
    words of four letters or more in capitals (one may be an abbreviation: "КИМЭП")."""
    caps = " ".join(x for x in line.split(",") if x.isupper())
    return len(_CAPS_LINE_WORD_RE.findall(caps)) >= 2


def _line_forms(persons: Iterable[dict[str, Any]], texts: Iterable[str] = ()) -> dict[str, str]:
    """How the page writes affiliation text outside capitals: each comma part (``"=" + part``
    folded) and each word not opening a part (folded) -> the form written; words written in
    capitals in ordinary text (``texts``: abbreviations, "КИМЭП") too."""
    forms: dict[str, str] = {}
    for p in persons:
        for line in p["lines"]:
            for part in (x.strip() for x in line.split(",")):
                if part.isupper():
                    continue
                forms.setdefault("=" + part.casefold(), part)
                for k, m in enumerate(_WORD_RE.finditer(part)):
                    word = m.group(0)
                    if k or (len(word) > 1 and word[1:] != word[1:].lower()):
                        forms.setdefault(word.casefold(), word)
    for text in texts:
        if not text.isupper():
            for m in _ABBR_WORD_RE.finditer(text):
                forms.setdefault(m.group(0).casefold(), m.group(0))
    return forms


_ABBR_WORD_RE = re.compile(r"(?<!\w)[^\W\d_a-zа-яёәғқңөұүһі]{2,}(?!\w)")


def _uncap_line(line: str, forms: dict[str, str]) -> str:
    """An affiliation line typed in capitals as the page writes it elsewhere ("ӘЛ-ФАРАБИ
    АТЫНДАҒЫ ҚАЗАҚ ҰЛТТЫҚ УНИВЕРСИТЕТІ" -> the supervisor's "Әл-Фараби атындағы Қазақ ұлттық
    университеті"), else re-cased by rule: an English name in title case, a Kazakh or Russian one
    with its first word, the name before "атындағы" or after "имени" and the word after
    "атындағы" capitalised, places and acronyms as the title re-casing writes them ("SDU",
    "ҚР"). Read in capitals, a town ("KASKELEN") passes for an abbreviation.

    >>> _uncap_line("SDU UNIVERSITY, KASKELEN, KAZAKHSTAN", {})
    'SDU University, Kaskelen, Kazakhstan'
    """
    latin = _script(line) == "Latn"
    russian = not latin and not _KK_LETTER_RE.search(line)
    out: list[str] = []
    for piece in _LINE_PART_RE.split(line):
        key = "=" + piece.strip().casefold()
        if not piece.isupper() or key in forms:
            out.append(piece if not piece.isupper() else piece.replace(piece.strip(), forms[key]))
            continue
        kind = classify_part(piece.lower())[0]
        if kind == "degree":  # "К.П.Н.", "PHD": as degrees are written
            out.append(_PHD_RE.sub("PhD", piece.lower()))
            continue
        # a post or a unit is written in lower case in Kazakh and Russian ("доцент", "кафедра
        # истории", "тарих кафедрасы"); an organisation or a place opens with a capital
        opens = latin or not (
            kind in ("position", "department")
            or (kind == "other" and parse_affiliation_lines([piece.lower()])["positions"])
        )
        words = list(_WORD_RE.finditer(piece))
        lows = [m.group(0).lower() for m in words]
        named: set[int] = set()  # a person's name: "Әл-Фараби атындағы", "имени Абылкаса Сагинова"
        for k, w in enumerate(lows):
            if w == "атындағы":
                named |= set(range(k)) | {k + 1}  # and the name proper begins after it
            elif w in _NAMED_AFTER:
                named |= {j for j in range(k + 1, len(lows)) if not _RANK_RE.fullmatch(lows[j])}
        text, at = "", 0
        for k, m in enumerate(words):
            first_or_named = (k == 0 and opens) or k in named
            edge = k == 0 or k == len(words) - 1
            word = _uncap_word(m.group(0), piece[m.end() :], forms, k > 0, first_or_named, edge,
                               latin, russian)  # fmt: skip
            text += piece[at : m.start()] + word
            at = m.end()
        out.append(text + piece[at:])
    return "".join(out)


def _uncap_word(
    word: str, after: str, forms: dict[str, str], inner: bool, capital: bool, edge: bool,
    latin: bool, russian: bool,
) -> str:  # fmt: skip
    """One word of a comma part in capitals, re-cased (see :func:`_uncap_line`): ``after`` is
    the part's text after it, ``inner`` that it does not open the part, ``capital`` that it
    opens it or names a person, ``edge`` that it opens or ends it."""
    low = word.lower()
    if len(low) == 1:  # an initial stays; "Г. Алматы", "Алматы Қ." are city marks
        mark = after[:1] == "." and not re.match(r"\.\s?[^\W\d_]\.", after)
        return low if mark and low in "гқ" and edge else word
    form = forms.get(low)
    if form is not None and (inner or form[1:] != form[1:].lower()):
        return form  # as the page writes it; at a part's start, an abbreviation only
    if len(low) <= 3 and low not in _LINE_SMALL_WORDS and low.isalpha():
        return word  # "SDU", "ҚР", "НИШ", "ЕНУ"
    if low in ACRONYMS or not _VOWELS.intersection(low):
        return word
    if _UNI_ABBR_RE.fullmatch(word) and not latin and low not in CITIES:
        return word  # "ҚАЗҰУ", "КАЗНУ": a university's abbreviation
    if capital or (latin and low not in _LINE_SMALL_WORDS):
        return "-".join(x.capitalize() for x in low.split("-"))
    hinted = _case_hint(word, russian)
    return hinted if hinted is not None else low


def _written_as(raw: str, lines: list[str], caps: dict[str, str]) -> str:
    """The text of a re-cased line ``raw`` comes from, as the page writes it (in capitals)."""
    for line in lines:
        orig = caps.get(line)
        if orig is not None and len(orig) == len(line) and (k := line.find(raw)) >= 0:
            return orig[k : k + len(raw)]
    return raw


def _build_person(p: dict[str, Any], page_lang: str | None, base: str | None) -> dict[str, Any]:
    """Plain contributor data from one person found in the page."""
    written = _uncap_name(p["name"])
    lang = _name_lang(written, page_lang)
    parsed = parse_affiliation_lines(p["lines"], _lines_lang(p["lines"]))
    caps = p.get("caps")
    if caps:  # lines re-cased for reading: the raw text as the page writes it
        for a in parsed["affiliations"]:
            a["raw"] = [_written_as(r, p["lines"], caps) for r in a["raw"]]
    aff_lang = parsed["lang"] or lang
    family, comma, given = written.partition(",")
    if p["href"] and comma and _inverted_name(family, given):
        # "Serikova, Aruzhan" in one link: the family name, then the given name
        written = f"{family.strip()} {given.strip()}"
        name = split_name(written)
        if name.get("family") != family.strip():
            name = {"family": family.strip(), "given": given.strip()}
    else:
        name = split_name(written)
    if p["href"] and _script(written) == "Latn":
        name = _slug_order(name, written, p["href"])
    data: dict[str, Any] = {
        "name": {**name, "lang": lang if lang != "en" else None},
        "alternative_names": [],
        "roles": ["supervisor"] if (p["label"] or parsed["supervisor"]) else ["author"],
        "degrees": [{"value": v, "lang": lg or aff_lang} for v, lg in parsed["degrees"]],
        "positions": [{"value": v, "lang": lg or aff_lang} for v, lg in parsed["positions"]],
        "affiliations": [_aff_data(a, aff_lang) for a in parsed["affiliations"]],
    }
    kept = " ".join(r for a in parsed["affiliations"] for r in a.get("raw", []))
    unparsed = [t for t in parsed["other"] if t not in kept]
    if unparsed:  # text no field takes ("э.ғ.м." of an unknown kind …) is kept, never lost
        data["_unparsed"] = unparsed
    if parsed["programmes"]:  # a study programme beside a department: no field takes it
        data["_programmes"] = parsed["programmes"]
    if parsed["phones"]:  # contact data no field takes: kept aside, never lost
        data["_phones"] = parsed["phones"]
    if parsed["emails"]:
        data["email"] = parsed["emails"][0]
    own = p.get("contacts", [])  # written next to the person's own name: theirs before all
    if any("@" in c for c in own):
        data["email"] = next(c for c in own if "@" in c)
    for orcid in [*(c for c in own if "@" not in c), *parsed["orcids"]]:
        try:
            data["orcid"] = normalize_orcid(orcid)
            break
        except ValueError:  # a bad checksum: not an ORCID
            continue
    href = p["href"]
    if href and _script(written) == "Cyrl":
        toks = [t for t in written.split() if t]
        rom = align_romanized(toks, href.rstrip("/"))
        if rom:
            rname = split_name(" ".join(rom))
            if len(rom) == len(toks):  # same token order as the Cyrillic split
                order = dict(zip(toks, rom, strict=True))
                rname = {k: " ".join(order.get(t, t) for t in v.split()) for k, v in name.items()}
            data["alternative_names"].append({**rname, "lang": f"{lang}-Latn"})
        elif (by_token := _align_initials(toks, href.rstrip("/"))) is not None:
            # "А.Н. Садық" and "sadyk-aruzhan": the slug spells out the given name
            rname = {k: " ".join(x for t in v.split() if (x := by_token.get(t, t)))
                     for k, v in name.items()}  # fmt: skip
            rname = {k: v for k, v in rname.items() if v}
            if rname.get("family") and all(_script(v) != "Cyrl" for v in rname.values()):
                data["alternative_names"].append({**rname, "lang": f"{lang}-Latn"})
    if href:
        url = href if re.match(r"https?://", href) else urljoin(base, href) if base else None
        if url and re.match(r"https?://[^/\s]+", url):
            data["url"] = url
        elif not re.match(r"[a-z][a-z0-9+.-]*:", href, re.I):  # not javascript:, mailto: …
            data["_profile_path"] = href
    return data


def _inverted_name(family: str, given: str) -> bool:
    """ "Family, Given" (one comma): a family name of one or two words, then a given name and
    maybe a patronymic, letters only ("Serikova, Aruzhan", "Абдрахманова-Ким, Дана")."""
    fam, giv = family.split(), given.split()
    words = [*fam, *giv]
    return (
        0 < len(fam) <= 2
        and 0 < len(giv) <= 3
        and "," not in given
        and "." not in family  # "Omarov A., Ivanova B.": two persons, no inverted name
        and all(w.replace("-", "").replace(".", "").replace("'", "").isalpha() for w in words)
        and all(w[:1].isupper() for w in words)
    )


def _slug_parts(href: str) -> list[str]:
    """The words of a profile link's last part ("/author/kim-denis-2" -> ["kim", "denis"])."""
    parts = re.split(r"[-_.+\s]+", href.strip("/").rsplit("/", 1)[-1])
    return [x.lower() for x in parts if x and not x.isdigit() and x.isascii() and x.isalpha()]


def _slug_order(name: dict[str, str], written: str, href: str) -> dict[str, str]:
    """A Latin name of two words split as its profile slug orders them, family name first
    ("Denis Kim" at /author/kim-denis is family Kim): the split alone cannot tell which of two
    words with no family ending is the family name.

    >>> _slug_order({"family": "Denis", "given": "Kim"}, "Denis Kim", "/en/author/kim-denis")
    {'family': 'Kim', 'given': 'Denis'}
    """
    tokens = written.split()
    if len(tokens) != 2 or any(_INITIALS_RE.match(t) for t in tokens):
        return name
    folded = [ascii_fold(t).lower() for t in tokens]
    parts = _slug_parts(href)
    if parts == folded[::-1] and folded[0] != folded[1]:
        return {"family": tokens[1], "given": tokens[0]}
    if parts == folded:
        return {"family": tokens[0], "given": tokens[1]}
    return name


_INITIALS_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.\s?-?){1,3}$")
"""A token of initials: "А.", "А.Н.", "Ж.-Б.", "Дж."."""
_ROMAN_VARIANTS = (("shch", "sh"), ("kh", "h"), ("zh", "j"), ("ts", "c"), ("q", "k"), ("y", "i"),
                   ("w", "u"), ("x", "h"))  # fmt: skip


def _roman_key(text: str) -> str:
    """A romanised word with the spellings that vary between systems made one ("Sadyq",
    "Sadyk", "Sadik" -> "sadik"; "Zhanar", "Janar" -> "janar")."""
    s = ascii_fold(text).lower()
    for a, b in _ROMAN_VARIANTS:
        if a in s:
            s = s.replace(a, b)
    return s


def _align_initials(tokens: list[str], slug: str) -> dict[str, str] | None:
    """Romanised forms of a name written with initials ("А.Н. Садық") from a profile slug that
    spells the given name out ("sadyk-aruzhan"), or ``None``: every full word of the name
    matches a slug part that romanises alike, and the slug's other parts, in order, begin as
    the initials romanised (the given name's, then the patronymic's, which slugs often leave
    out). An initial token takes the parts found for its letters ("А.Н." -> "Aruzhan"); one the
    slug has nothing for maps to "" (left out, as :func:`align_romanized` leaves a patronymic).

    >>> _align_initials(["А.Н.", "Садық"], "/author/sadyk-aruzhan")
    {'Садық': 'Sadyk', 'А.Н.': 'Aruzhan'}
    >>> _align_initials(["Жұмабай", "Ж.", "Қ."], "/author/zhumabay-zhanar-kairatovna-2")
    {'Жұмабай': 'Zhumabay', 'Ж.': 'Zhanar', 'Қ.': 'Kairatovna'}
    >>> _align_initials(["А.Н.", "Садық"], "/author/sadyk-bolat") is None
    True
    """
    parts = _slug_parts(slug)
    initials = [t for t in tokens if _INITIALS_RE.match(t)]
    words = [t for t in tokens if not _INITIALS_RE.match(t)]
    if not parts or not initials or not words:
        return None
    out: dict[str, str] = {}
    free = list(parts)
    for w in words:  # the full words (the family name) each take a part spelt alike
        key = _roman_key(w)
        hit = next((p for p in free if _roman_key(p) == key), None)
        if hit is None:
            return None
        free.remove(hit)
        out[w] = "-".join(x.capitalize() for x in hit.split("-"))
    letters = [(t, x) for t in initials for x in re.findall(r"[^\W\d_]+", t)]
    if not free or len(free) > len(letters):
        return None
    found: dict[str, list[str]] = {t: [] for t in initials}
    for (t, letter), part in zip(letters, free, strict=False):
        want, have = _roman_key(letter), _roman_key(part)
        if not (have.startswith(want) or have.removeprefix("i").startswith(want)):
            return None  # "ielena" for Е., "iuliia" for Ю.
        found[t].append(part.capitalize() if len(have) > len(want) else f"{part.upper()}.")
    out.update((t, " ".join(v)) for t, v in found.items())
    return out


# the English heads of organisation names, and words that only English names of them hold
_ENGLISH_ORG_WORDS = re.compile(
    r"\b(?:" + "|".join(w for w in ORG_HEADS if w.isascii()) + r"|of|and|state|national"
    r"|international|technical|medical|pedagogical)\b", re.I)


def _part_lang(value: str, lg: str | None) -> str | None:
    """The language of one part of an affiliation line: a Kazakh line may name its
    institution in English ("Narxoz University магистранты"), or in Latin letters."""
    if lg in (None, "en") or script_of(value) != "Latn":
        return lg
    return "en" if _ENGLISH_ORG_WORDS.search(value) else f"{lg}-Latn"


def _aff_data(a: dict[str, Any], lang: str | None) -> dict[str, Any]:
    lg = a.get("lang") or lang

    def ls(values: list[str], mixed: bool = True) -> list[dict[str, Any]]:
        return [{"value": v, "lang": _part_lang(v, lg) if mixed else lg} for v in values if v]

    return {
        "institution": ls(a["institution"]),
        "department": ls([", ".join(a["department"])] if a["department"] else []),
        "city": ls(a["city"][:1]),
        "address": ls(a.get("address", [])),
        "country": a["country"],
        "raw": ls(a["raw"], mixed=False),  # the line as written, in the line's language
    }


def _merge_variant(target: dict[str, Any], variant: dict[str, Any]) -> None:
    """Add another language's form of a person (names, affiliations, positions, degrees)."""
    names = [target["name"], *target["alternative_names"]]
    keys = {_fold_name(n) for n in names}
    vname = _name_order_of(variant["name"], target["name"])
    # "Amanzholova Dana" is already there when "Amanzholova Dana Erlankyzy" is
    shorter = not vname.get("patronymic") and any(
        (
            n.get("patronymic")
            and (n.get("family"), n.get("given")) == (vname.get("family"), vname.get("given"))
        )
        or _abbreviates(vname, n)
        for n in names
    )
    if _fold_name(vname) not in keys and not shorter:
        if vname.get("lang") is None:
            vname = {**vname, "lang": f"{target['name'].get('lang') or 'kk'}-Latn"}
        # a profile slug's "Nurpeisov Arman" says nothing once "Nurpeisov Arman Erlanuly" is in
        target["alternative_names"] = [
            n for n in target["alternative_names"]
            if not (vname.get("patronymic") and not n.get("patronymic")
                    and _fold_name({**n, "patronymic": vname["patronymic"]}) == _fold_name(vname))
        ]  # fmt: skip
        target["alternative_names"].append(vname)
    if "supervisor" in variant["roles"]:  # "Scientific adviser:" written in one block only
        target["roles"] = ["supervisor"]
    for key in ("degrees", "positions"):
        have = {(x["value"], x["lang"]) for x in target[key]}
        # "PhD" in the Kazakh line and again in the English one is one degree
        latin = {x["value"] for x in target[key] if x["value"].isascii()}
        target[key] += [x for x in variant[key]
                        if (x["value"], x["lang"]) not in have and x["value"] not in latin]  # fmt: skip
    for i, aff in enumerate(variant["affiliations"]):
        if i < len(target["affiliations"]):
            if _other_place(target["affiliations"][i], aff):
                continue  # a translated block's shared line naming another author's place
            _merge_aff(target["affiliations"][i], _own_institutions(target["affiliations"][i], aff))
        else:
            target["affiliations"].append(aff)


def _own_institutions(target: dict[str, Any], aff: dict[str, Any]) -> dict[str, Any]:
    """``aff`` with only the institution that translates the target's, when a translated
    block's line shared by several authors names more institutions than the target has ("L.N.
    Gumilyov Eurasian National University, Kazakh Humanities and Law University" for two
    authors of one each): the one most like the target's own, if clearly so."""
    mine = [x["value"] for x in target["institution"]]
    theirs = aff["institution"]
    if not mine or len(theirs) <= len(mine):
        return aff
    scores = sorted(
        ((max(similarity(m, x["value"]) for m in mine), k) for k, x in enumerate(theirs)),
        reverse=True,
    )
    if scores[0][0] - scores[len(mine)][0] < 0.15:
        return aff  # nothing tells which: keep them all
    keep = {k for _, k in scores[: len(mine)]}
    return {**aff, "institution": [x for k, x in enumerate(theirs) if k in keep]}


def _abbreviates(short: dict[str, Any], full: dict[str, Any]) -> bool:
    """Whether ``short`` is ``full`` with the given name (and patronymic) as initials: a
    translated block's "Nurpeisova A.E." beside "Nurpeisova Akbota Erlanqyzy" from the profile
    slug says nothing more (the same family name, each initial the start of a full word)."""
    given = str(short.get("given") or "")
    if not given or not _INITIALS_RE.match(given) or not full.get("given"):
        return False
    if str(short.get("family") or "").casefold() != str(full.get("family") or "").casefold():
        return False
    letters = re.findall(r"[^\W\d_]+", given)
    words = [str(full[k]) for k in ("given", "patronymic") if full.get(k)]
    # "Kadyrova G.T." beside the slug's "Kadyrova Gulnaz": a patronymic's initial adds nothing
    # the name as written (with the patronymic in full) does not have
    spare = not full.get("patronymic") and not _INITIALS_RE.match(str(full["given"]))
    return len(letters) <= len(words) + spare and all(
        ascii_fold(w).lower().startswith(ascii_fold(x).lower())
        for x, w in zip(letters, words, strict=False)
    )


def _name_order_of(vname: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    """``vname`` split in the order of ``ref``: a translated block writes "Aruzhan Temirbek"
    (given first) for "Темірбек Аружан", which the family-first split reads backwards."""
    fam, giv = vname.get("family") or "", vname.get("given") or ""
    rfam, rgiv = ref.get("family") or "", ref.get("given") or ""
    if not (fam and giv and rfam and rgiv) or vname.get("patronymic") or " " in giv:
        return vname
    if (
        similarity(fam, rgiv) + similarity(giv, rfam)
        > similarity(fam, rfam) + similarity(giv, rgiv) + 0.5
    ):
        return {**vname, "family": giv, "given": fam}
    return vname


def _share_places(people: list[dict[str, Any]]) -> None:
    """An affiliation that names no city or country takes them from another person's affiliation
    with the same institution (a supervisor's line often stops at "…, Narxoz University")."""
    known: dict[str, dict[str, Any]] = {}
    for p in people:
        for a in p["affiliations"]:
            if a["country"]:
                for x in a["institution"]:
                    known.setdefault(x["value"].casefold(), a)
    if not known:
        return
    for p in people:
        for a in p["affiliations"]:
            langs = {x["lang"] for x in a["institution"]}
            if a["country"] and a["city"] and langs <= {c["lang"] for c in a["city"]}:
                continue
            src = next((known[k] for x in a["institution"]
                        if (k := x["value"].casefold()) in known and known[k] is not a), None)  # fmt: skip
            if src is None:
                continue
            if a["city"] and (not a["country"] or a["country"] == src["country"]):
                # "Karaganda" from a translated block, no Russian city: the other's of that name
                have = {c["lang"] for c in a["city"]}
                a["city"] += [c for c in src["city"] if c["lang"] in langs - have
                              and not _other_place(a, {"city": [c]})]  # fmt: skip
            if not a["city"] and (not a["country"] or a["country"] == src["country"]):
                langs = {x["lang"] for x in a["institution"]}
                a["city"] = [c for c in src["city"] if c["lang"] in langs] or src["city"][:1]
            a["country"] = a["country"] or src["country"]


def _other_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two forms of an affiliation name cities that are not one ("Туркестан" and
    "Shymkent"); renamed cities still look alike enough ("Өскемен", "Ust-Kamenogorsk")."""
    ca, cb = [c["value"] for c in a["city"]], [c["value"] for c in b["city"]]
    return bool(ca and cb) and max(similarity(x, y) for x in ca for y in cb) < 0.2


def _merge_aff(target: dict[str, Any], aff: dict[str, Any]) -> None:
    for key in ("institution", "department", "city", "raw"):
        langs = {x["lang"] for x in target[key]}
        target[key] += [x for x in aff[key] if key == "raw" or x["lang"] not in langs]
    target["country"] = target["country"] or aff["country"]


def _same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two names name one person: the same family name (in one script exactly, so
    "Омаров" is not "Омарова"; across scripts as romanised alike, "Ospanova" = "Оспанова") and,
    where both have one, the same first initial."""
    fa, fb = str(a.get("family") or ""), str(b.get("family") or "")
    if not fa or not fb:
        return False
    if _script(fa) == _script(fb):
        if fa.casefold() != fb.casefold():
            return False
    elif similarity(fa, fb) < 0.75:
        return False
    ga, gb = str(a.get("given") or ""), str(b.get("given") or "")
    return not (ga and gb) or ascii_fold(ga)[:1].lower() == ascii_fold(gb)[:1].lower()


def _fold_name(n: dict[str, Any]) -> str:
    """The name as written (exact forms are duplicates; other spellings are kept)."""
    return " ".join(str(n.get(k) or "") for k in ("family", "given", "patronymic"))


def _match_person(people: list[dict[str, Any]], name: str, index: int) -> dict[str, Any] | None:
    best, score = None, 0.0
    for i, p in enumerate(people):
        full = " ".join(str(p["name"].get(k) or "") for k in ("family", "given", "patronymic"))
        s = max(
            [similarity(full, name)]
            + [
                similarity(
                    " ".join(str(a.get(k) or "") for k in ("family", "given", "patronymic")), name
                )
                for a in p["alternative_names"]
            ]
        ) + (0.05 if i == index else 0.0)
        if s > score:
            best, score = p, s
    return best if score >= 0.5 else (people[index] if index < len(people) else None)


def _attach_leak(people: list[dict[str, Any]], lines: list[str]) -> bool:
    """Attach an affiliation found leaked into the body to the person it translates."""
    parsed = parse_affiliation_lines(lines, None)
    if not parsed["affiliations"]:
        return False
    aff = _aff_data(parsed["affiliations"][0], parsed["lang"])
    best, score = None, -1.0
    for p in people:
        s = 0.0
        for a in p["affiliations"]:
            for key in ("institution", "department"):
                mine = [x["value"] for x in a[key]]
                theirs = [x["value"] for x in aff[key]]
                if mine and theirs:
                    s = max(s, 0.0) + max(similarity(m, t) for m in mine for t in theirs)
            if any(x["lang"] == aff["raw"][0]["lang"] for x in a["raw"]):
                s -= 0.5  # already has this language
        for pos, _ in parsed["positions"]:
            concept = POSITION_CONCEPTS.get(pos)
            if concept and any(
                POSITION_CONCEPTS.get(x["value"]) == concept for x in p["positions"]
            ):
                s += 1.5
            else:
                s += max((similarity(x["value"], pos) for x in p["positions"]), default=0.0)
        if s > score:
            best, score = p, s
    if best is None:
        return False
    if best["affiliations"]:
        _merge_aff(best["affiliations"][0], aff)
    else:
        best["affiliations"].append(aff)
    have = {(x["value"], x["lang"]) for x in best["positions"]}
    for v, lg in parsed["positions"]:
        if (v, lg) not in have:
            best["positions"].append({"value": v, "lang": lg})
    return True


# -- body --------------------------------------------------------------------------------------


_Block = tuple[lxml.html.HtmlElement, "int | None", str]


def _flatten(container: lxml.html.HtmlElement) -> list[_Block]:
    """Block elements in order, with their text (computed once); list items carry their number."""
    return _flatten_all(container)


def _flatten_all(elements: Iterable[lxml.html.HtmlElement]) -> list[_Block]:
    """The blocks of ``elements`` and of what they contain, in order (see :func:`_flatten`)."""
    out: list[_Block] = []
    for el in elements:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in ("ol", "ul"):
            try:
                n = int(el.get("start") or 1)
            except ValueError:
                n = 1
            for li in el:
                if li.tag == "li":
                    out.append((li, n if tag == "ol" else None, _text(li)))
                    n += 1
        elif tag == "figure" and el.find(".//table") is not None:
            # "<figure class=table><table>…</table><figcaption>Кесте 1 – …": the table, then
            # its caption as a paragraph (read as a caption below it)
            for child in el:
                if child.tag == "figcaption" and _text(child):
                    out.append((child, None, _text(child)))
                elif isinstance(child.tag, str):
                    out.extend(_flatten_all([child]))
        elif tag == "table":
            cells = [c for tr in el.iter("tr") for c in tr if c.tag in ("td", "th")]
            if len(cells) == 1:  # a layout table: its one cell is a container
                out.extend(_flatten(cells[0]))
            else:
                out.append((el, None, _text(el)))
        elif tag in _BLOCK_TAGS:
            text = _text(el)
            if tag == "p" and ":" in text and _INLINE_LABEL_RE.search(text):
                out.extend(_split_inline_labels(el, text))
            else:
                out.append((el, None, text))
        elif tag in ("div", "section", "article", "center") and _leaf_block(el):
            # "<div>text</div>" with no paragraph inside (editors that write no <p>): a block
            text = _text(el)
            if ":" in text and _INLINE_LABEL_RE.search(text):
                out.extend(_split_inline_labels(el, text))
            else:
                out.append((el, None, text))
        elif tag in ("div", "section", "article", "span", "font", "center"):
            out.extend(_flatten_mixed(el) if _loose_text(el) else _flatten(el))
        elif tag == "img" or (tag == "a" and el.find(".//img") is not None):
            out.append((el, None, _text(el)))  # an image outside any paragraph: a figure
    return out


def _inline_child(x: lxml.html.HtmlElement) -> bool:
    """A child that is part of the text around it (``<b>``, ``<a>``, ``<br>``), not a block."""
    tag = x.tag
    if not isinstance(tag, str):
        return False
    if tag in _CONTAINER_TAGS or tag in ("ol", "ul", "table", "img", "figure"):
        return False
    return not any(
        isinstance(d.tag, str) and (d.tag in _CONTAINER_TAGS or d.tag == "img")
        for d in x.iterdescendants()
    )


def _loose_text(el: lxml.html.HtmlElement) -> bool:
    """Whether a container holds text of its own beside its blocks ("<div>Мәтін<p>…</p>тағы
    мәтін</div>"): the text before the first child, a child's tail or an inline child."""
    if el.text and el.text.strip():
        return True
    for x in el:
        if x.tail and x.tail.strip():
            return True
        if _inline_child(x) and (x.text_content() or "").strip():
            return True
    return False


def _flatten_mixed(el: lxml.html.HtmlElement) -> list[_Block]:
    """The blocks of a container whose own text sits between its blocks: each run of that text
    (with the inline elements in it) becomes a paragraph of its own, in place, so none is lost."""
    out: list[_Block] = []
    run = el.makeelement("p", dict(el.attrib))
    run.text = el.text

    def flush() -> None:
        nonlocal run
        if (run.text or "").strip() or len(run):
            out.extend(_flatten_all([run]))
        run = el.makeelement("p", dict(el.attrib))

    for x in el:
        if _inline_child(x) or not isinstance(x.tag, str):
            if isinstance(x.tag, str):
                run.append(deepcopy(x))  # the copy keeps its tail
            elif x.tail:  # a comment: only its tail is text
                if len(run):
                    run[-1].tail = (run[-1].tail or "") + x.tail
                else:
                    run.text = (run.text or "") + x.tail
            continue
        flush()
        out.extend(_flatten_all([x]))
        run.text = x.tail
    flush()
    return out


_CONTAINER_TAGS = frozenset(
    [*_BLOCK_TAGS, "ol", "ul", "li", "div", "section", "article", "center", "dl"]
)


def _leaf_block(el: lxml.html.HtmlElement) -> bool:
    """A container element holding text and no block inside it: a paragraph (an image in it is
    read as one in a paragraph is)."""
    if any(isinstance(x.tag, str) and x.tag in _CONTAINER_TAGS for x in el.iterdescendants()):
        return False
    return bool(_content(el).strip())


_INLINE_LABEL_RE = re.compile(
    r"(?<=[.!?…;])\s+(?=(?:"
    + "|".join(
        re.escape(x).replace(r"\ ", r"\s+")
        for x in sorted(KEYWORD_LABELS + ABSTRACT_LABELS, key=len, reverse=True)
    )
    + r")\s*:)",
    re.I,
)
"""A keywords or abstract label with a colon after a sentence ("… годы. Ключевые слова: …"):
pages put the keywords in the abstract's paragraph, after a ``<br>``."""


def _split_inline_labels(el: lxml.html.HtmlElement, text: str) -> list[_Block]:
    """The parts of a paragraph that a capitalised inline label opens, as blocks of their own
    (new ``<p>`` elements holding the text, so the label reads as a plain one)."""
    cuts = [m.end() for m in _INLINE_LABEL_RE.finditer(text) if text[m.end()].isupper()]
    if not cuts:
        return [(el, None, text)]
    if el.find(".//img") is not None:
        return [(el, None, text)]
    head = _bold_prefix(el, text)[0]
    out: list[_Block] = []
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(text)], strict=True)):
        part = text[a:b].strip()
        new = el.makeelement("p", dict(el.attrib))
        if k == 0 and head and part.startswith(head):  # the first part keeps its bold label
            bold = new.makeelement("strong", {})
            bold.text, bold.tail = head, part[len(head) :]
            new.append(bold)
        else:
            new.text = part
        out.append((new, None, part))
    return out


# two or more words of one script, joined by spaces and punctuation (no letter of another script);
# the first letter comes before the look-behind so that the engine can skip ahead to it
_LATN_RUN_RE = re.compile(
    r"[A-Za-z](?<![\w\u0400-\u04ff][A-Za-z])[\w'’.&-]*(?:[\s,;:()]+[A-Za-z0-9][\w'’.&-]*)+"
)
_CYRL_RUN_RE = re.compile(
    r"[\u0400-\u04ff](?<!\w[\u0400-\u04ff])[\u0400-\u04ff\d'’.&-]*"
    r"(?:[\s,;:()]+[\u0400-\u04ff\d][\u0400-\u04ff\d'’.&-]*)+"
)


_ANY_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")


def _foreign_runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs (2+ words) written in the other script than the paragraph's."""
    if _ANY_LATIN_RE.search(text) is None:  # no Latin letter (as letter_counts counts them)
        return []
    lat, cyr = letter_counts(text)
    if not lat:
        return []
    if not cyr:
        return []
    rx = _LATN_RUN_RE if cyr >= lat else _CYRL_RUN_RE
    return [m.span() for m in rx.finditer(text)]


def _first_images(blocks: list[_Block]) -> list[lxml.html.HtmlElement | None]:
    """The first ``<img>`` inside each block: one pass over the page's images (usually few),
    each assigned to the blocks it sits in, instead of a search inside every block."""
    out: list[lxml.html.HtmlElement | None] = [None] * len(blocks)
    if not blocks:
        return out
    index = {b[0]: k for k, b in enumerate(blocks)}
    for img in blocks[0][0].getroottree().iter("img"):
        anc = img  # an image may be a block itself
        while anc is not None:
            k = index.get(anc)
            if k is not None and out[k] is None:
                out[k] = img
            anc = anc.getparent()
    return out


class _State:
    """What the body walk builds (plain data)."""

    def __init__(self) -> None:
        self.abstracts: list[dict[str, Any]] = []
        self.keywords: list[dict[str, Any]] = []
        self.sections: list[dict[str, Any]] = []
        self.figures: list[dict[str, Any]] = []
        self.tables: list[dict[str, Any]] = []
        self.references: list[tuple[str, str]] = []
        self.extra: dict[str, list[str]] = {}
        self.acknowledgements: list[str] = []
        self.blocks: list[dict[str, Any]] = []
        self.leaks: list[list[str]] = []
        self.texts: list[str] = []
        self.dois: list[str] = []
        self.urls: list[str] = []  # "URL: https://…" lines before the first section
        self.people: list[dict[str, Any]] = []  # persons named by a supervisor line in the body
        self.front_people: list[dict[str, Any]] = []  # names and lines atop the body
        self.kw_label = ""  # the label of the last keyword list
        self.ref_starts: list[int] = []  # where each reference-list heading opened a list
        self.corresponding: list[str] = []  # "* Corresponding author: …" notes
        self.unnumbered_refs: set[int] = set()  # unnumbered paragraphs counted in a numbered list
        self.known: _Known = ()  # the author block's names, to know them in a translated block
        self.front_title: lxml.html.HtmlElement | None = None  # a bold centred line atop the body


def _new_section(title: str, label: str | None) -> dict[str, Any]:
    return {"title": title or None, "label": label, "paragraphs": [], "figures": [],
            "tables": [], "sections": []}  # fmt: skip


_TEXT_TAGS = frozenset(["p", "li", "blockquote", "div", "section", "article"])
_SUBCAPTION_RE = re.compile(r"\(?(?P<letter>[а-еa-f])\)\s*(?:\S|$)")
"""A part of a figure named by its letter under it: "а) 2020 жыл", "(b) after"."""
_FLOAT_NOTE_RE = re.compile(
    r"(?:дереккөз(?:і|дер)?|дерек\s+көзі|ескерту(?:лер)?|ескертпе|источник(?:и)?"
    r"|примечани[еяй]|sources?|notes?)\s*[:.–—-]",
    re.I,
)
"""The source or note line under a figure or table ("Дереккөз: …", "Источник: …", "Note: …")."""


def _caption_match(text: str) -> re.Match[str] | None:
    """The caption match of a line, unless the line is a sentence about the figure ("Figure 1
    shows that …", "Рисунок 1 показывает …"): the number runs on in lower case, with no stop,
    colon or dash between them, as no caption does."""
    m = _CAPTION_RE.match(text)
    if m is None or not m.group("num"):
        return m
    gap = text[m.end("num") : m.start("text")]
    # "Сурет 1-де көрсетілгендей …": a Kazakh case ending on the number, no separator
    prose = not gap.strip() or gap == "-"
    return None if prose and m.group("text")[:1].islower() else m


def _subcaption(el: lxml.html.HtmlElement, text: str) -> str | None:
    """The letter of a figure part's caption line ("а) 2020 жыл"): short, or centred."""
    m = _SUBCAPTION_RE.match(text)
    if m is None or el.tag == "li" or len(text) > (300 if _align(el) == "center" else 150):
        return None
    return m.group("letter")


def _inline_images(el: lxml.html.HtmlElement, text: str) -> bool:
    """Whether the images of a block sit inside its prose (formulas pasted as pictures: "…
    тиімділігі <img> формуласымен анықталады"): the text, not centred, is no caption and runs
    to a sentence of a few words. A figure's block holds only the image, or its caption."""
    if not text or _align(el) == "center" or el.tag not in _TEXT_TAGS:
        return False
    if _CAPTION_RE.match(text) or _TABLE_CAPTION_RE.match(text):
        return False
    return len(_WORD_RE.findall(text)) >= 4


def _title_below(
    el: lxml.html.HtmlElement | None, text: str, img: lxml.html.HtmlElement | None
) -> bool:
    """Whether the block after an image labelled with no title ("Сурет 2." above it, or an
    alt text) is that title: a short centred line that is no caption, heading label or image."""
    return (
        el is not None and img is None and 0 < len(text) <= 200 and _align(el) == "center"
        and not _CAPTION_RE.match(text) and not _TABLE_CAPTION_RE.match(text)
        and not _ANY_LABEL_RE.match(text)
    )  # fmt: skip


_BOLD_TEXT_XP = etree.XPath(".//text()[ancestor::b or ancestor::strong]")


def _bold_cell(cell: lxml.html.HtmlElement, text: str) -> bool:
    """Whether the whole text of a table cell is bold ("<td><p><b>Волость</b></p></td>")."""
    found = _BOLD_TEXT_XP(cell)
    return (
        bool(text) and isinstance(found, list) and normalize_space("".join(map(str, found))) == text
    )


_FIGURE_CELL_RE = re.compile(r"[\d\s.,%()+−–—-]*\d[\d\s.,%()+−–—-]*")


def _heading_by_figures(rows: list[list[str]]) -> bool:
    """A first row of words over rows that each hold a figure ("Год | Объем" above "2021 |
    92,6"): the heading row of a table written with plain ``td`` cells and no bold."""
    if len(rows) < 3 or any(_FIGURE_CELL_RE.fullmatch(c) for c in rows[0]):
        return False
    if not all(c and any(ch.isalpha() for ch in c) for c in rows[0]):
        return False
    return all(len(r) == len(rows[0]) and any(_FIGURE_CELL_RE.fullmatch(c) for c in r)
               for r in rows[1:])  # fmt: skip


def _table(el: lxml.html.HtmlElement) -> dict[str, Any]:
    """Rows of cell texts; heading rows are those in ``thead`` or leading rows of ``th``, or
    else a first row whose every cell is bold (Word writes its heading row so, with no ``th``)
    above a row that is not."""
    rows: list[list[str]] = []
    header_rows = 0
    body_seen = False
    first: list[list[lxml.html.HtmlElement]] = []  # the cells of the first two rows
    for tr in el.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if not cells:
            continue
        rows.append([_text(c) for c in cells])
        if len(rows) <= 2:
            first.append(cells)
        parent = tr.getparent()
        in_head = parent is not None and parent.tag == "thead"
        if not body_seen and (in_head or all(c.tag == "th" for c in cells)):
            header_rows += 1
        else:
            body_seen = True
    if not header_rows and len(rows) > 1:
        if all(_bold_cell(c, t) for c, t in zip(first[0], rows[0], strict=True)) and not all(
            _bold_cell(c, t) for c, t in zip(first[1], rows[1], strict=True)
        ):
            header_rows = 1
        elif _heading_by_figures(rows):
            header_rows = 1
    cap = el.find("caption")
    out: dict[str, Any] = {"rows": rows, "header_rows": header_rows, "caption": []}
    if cap is not None and _text(cap):
        out["_caption_text"] = _text(cap)
    elif (
        len(rows) > 1
        and len(rows[0]) == 1 < max(map(len, rows[1:]))
        and _TABLE_CAPTION_RE.match(rows[0][0])
    ):
        # a first row of one cell across the table, "Кесте 1 – …": the caption (Word exports)
        out["_caption_text"] = rows.pop(0)[0]
        out["header_rows"] = max(header_rows - 1, 0)
    return out


def _label_then_title(paragraphs: list[str]) -> bool:
    """The last two paragraphs are a bare table label ("Таблица 1", "2-кесте") and its title."""
    if len(paragraphs) < 2 or len(paragraphs[-1]) > 200:
        return False
    m = _TABLE_CAPTION_RE.match(paragraphs[-2])
    return m is not None and not m.group("text").strip()


def _caption_table(tab: dict[str, Any], text: str, lang: str | None) -> None:
    m = _TABLE_CAPTION_RE.match(text)
    if m is None:
        return
    word, number = m.group("word") or m.group("kword"), m.group("num") or m.group("knum")
    tab["label"] = f"{word.capitalize()} {number}"
    cap = normalize_space(m.group("text"))
    if cap:
        tab["caption"].append({"value": cap, "lang": detect_language(cap) or lang})


def _walk_body(blocks: list[_Block], st: _State, main_lang: str | None) -> None:
    mode = "front"  # front | abstract | keywords | body | refs | extra | ack
    kw_label = ""
    kw_more: Any = None  # the keyword list may go on: the <ul> of its items, or _NO_LIST
    abstract: dict[str, Any] | None = None
    open_secs: list[dict[str, Any]] = []  # the open sections, outermost first
    extra_key = ""
    pending_leak: list[str] = []
    numbered_refs = False  # the reference list so far is numbered (<ol> items, "1. …")
    ref_open = False  # the last block of the list was a reference (a "URL: …" line continues it)
    n = len(blocks)
    i = 0
    imgs = _first_images(blocks)

    def next_text(j: int) -> tuple[int, lxml.html.HtmlElement | None, str]:
        while j < n:
            t = blocks[j][2]
            if t or imgs[j] is not None:
                return j, blocks[j][0], t
            j += 1
        return j, None, ""

    def centred_title() -> bool:  # the current block, centred and short: maybe a block's title
        return _align(el) == "center" and len(text) <= 300 and el.tag != "li"

    subs: dict[int, str] = {}  # id of a figure captioned so far by part lines -> their letter
    made_at: dict[int, int] = {}  # id of a figure -> its section's paragraph count then

    def float_lines(k: int, item: dict[str, Any], target: dict[str, Any]) -> int:
        """Take the lines under a figure or table that belong to it: the captions of a figure's
        parts ("а) …", "б) …"), its source or note ("Дереккөз: …", "Примечание: …") and, after
        part lines, the figure's own caption. Returns the index of the block after them."""
        is_fig = "rows" not in item
        made_at.setdefault(id(item), len(target["paragraphs"]))
        while True:
            j, nxt, t = next_text(k)
            if nxt is None or imgs[j] is not None or nxt.tag == "table" or len(t) > 400:
                return k
            if (nxt.tag in _HEADING_TAGS or _bold_prefix(nxt, t)[0] == t) and not (
                _FLOAT_NOTE_RE.match(t) or (_align(nxt) == "center" and _SUBCAPTION_RE.match(t))
            ):  # a bold line after a float is a heading, unless centred under a figure
                return k
            letter = _subcaption(nxt, t) if is_fig else None
            m = _CAPTION_RE.match(t) if is_fig and id(item) in subs else None
            if letter is not None:
                if not item["caption"] or id(item) in subs:
                    subs[id(item)] = letter
            elif m is not None and "label" not in item:
                _label_parts(item, m, target)  # "а) …", "б) …" above, then "Сурет 1 – …"
                k = j + 1
                continue
            elif not _FLOAT_NOTE_RE.match(t):
                return k
            item["caption"].append({"value": t, "lang": detect_language(t) or main_lang})
            k = j + 1

    def _label_parts(item: dict[str, Any], m: re.Match[str], target: dict[str, Any]) -> None:
        """Label a figure whose part lines came before its caption, and the figures of its
        other parts just before it (one image a part: "Сурет 1а", "Сурет 1б")."""
        word, number = m.group("word") or m.group("kword"), m.group("num") or m.group("knum")
        cap = normalize_space(m.group("text"))
        group = [item]
        for prev in reversed(target["figures"][: target["figures"].index(item)]):
            if ("label" in prev or id(prev) not in subs
                    or made_at.get(id(prev)) != made_at.get(id(item))):  # fmt: skip
                break
            group.insert(0, prev)
        for fig in group:
            letter = subs.pop(id(fig), "") if len(group) > 1 else ""
            fig["label"] = f"{word.capitalize()} {number}{letter}"
            if cap:
                fig["caption"].insert(0, {"value": cap, "lang": detect_language(cap) or main_lang})
        subs.pop(id(item), None)

    def block_next() -> bool:  # the block after the current one opens a translated block
        if _CAPTION_RE.match(text) or _TABLE_CAPTION_RE.match(text):
            return False
        _j, nxt, nxt_text = next_text(i)
        return nxt is not None and _starts_block(nxt, nxt_text, st.known)

    while i < n:
        el, num, text = blocks[i]
        img = imgs[i]
        i += 1
        if img is not None and img.get("src") and _inline_images(el, text):
            # "… тиімділігі <img> формуласымен анықталады": formula images inside a sentence;
            # the text is a paragraph, the images figures with no caption (their files kept)
            target = open_secs[-1] if open_secs else _ensure(st)
            for pic in el.iter("img"):
                if pic.get("src"):
                    fig: dict[str, Any] = {"id": f"fig{len(st.figures) + 1}",
                                           "href": pic.get("src"), "caption": []}  # fmt: skip
                    if pic.get("alt", "").strip():
                        fig["alt"] = normalize_space(pic.get("alt", ""))
                    st.figures.append(fig)
                    target["figures"].append(fig)
            img = None
        if img is not None and img.get("src"):
            fig = {"id": f"fig{len(st.figures) + 1}", "href": img.get("src"), "caption": []}
            if img.get("alt", "").strip():
                fig["alt"] = normalize_space(img.get("alt", ""))
            j, nxt, cap_text = next_text(i)
            target = open_secs[-1] if open_secs else _ensure(st)
            own = el.find(".//figcaption") if el.tag == "figure" else None
            if own is not None and _text(own) and not _CAPTION_RE.match(_text(own)):
                # "<figure><img><figcaption>Оқушылар үлесі</figcaption>": a caption, no label
                own_text = _text(own)
                lang = detect_language(own_text) or main_lang
                fig["caption"].append({"value": own_text, "lang": lang})
                st.figures.append(fig)
                target["figures"].append(fig)
                i = float_lines(i, fig, target)
                continue
            m = _CAPTION_RE.match(text) or _caption_match(cap_text)
            above = None
            if m is None and target["paragraphs"]:  # the caption above the image
                above = _caption_match(target["paragraphs"][-1])
                if above is not None:
                    m = above
                    target["paragraphs"].pop()
            if m is None and fig.get("alt"):  # no caption but the alt text: "Сурет 2. …"
                above = _CAPTION_RE.match(fig["alt"])
                m = above
            if m:
                word, number = (
                    m.group("word") or m.group("kword"),
                    m.group("num") or m.group("knum"),
                )
                fig["label"] = f"{word.capitalize()} {number}"
                cap = normalize_space(m.group("text"))
                below = above is None and not _CAPTION_RE.match(text)
                if (
                    not cap
                    and not below
                    and _title_below(nxt, cap_text, imgs[j] if j < n else None)
                ):
                    cap, below = cap_text, True  # "Сурет 2." above, its title centred below
                if cap:
                    fig["caption"].append({"value": cap, "lang": detect_language(cap) or main_lang})
                if below:
                    i = j + 1
            st.figures.append(fig)
            target["figures"].append(fig)
            for more in el.iter("img"):  # the other images of the block: figures of their own
                if more is not img and more.get("src"):
                    other = {
                        "id": f"fig{len(st.figures) + 1}",
                        "href": more.get("src"),
                        "caption": [],
                    }
                    if more.get("alt", "").strip():
                        other["alt"] = normalize_space(more.get("alt", ""))
                    st.figures.append(other)
                    target["figures"].append(other)
            i = float_lines(i, fig, target)
            continue
        if el.tag == "table" and mode != "refs":
            tab = _table(el)
            target = open_secs[-1] if open_secs else _ensure(st)
            own = tab.pop("_caption_text", None)
            j, _nxt, nxt_text = next_text(i)
            if own:
                _caption_table(tab, own, main_lang)
                if "label" not in tab:
                    tab["caption"].append({"value": own, "lang": detect_language(own) or main_lang})
            elif target["paragraphs"] and _TABLE_CAPTION_RE.match(target["paragraphs"][-1]):
                _caption_table(tab, target["paragraphs"].pop(), main_lang)  # caption above
            elif _label_then_title(target["paragraphs"]):  # "Таблица 1" / "Показатели …"
                title = target["paragraphs"].pop()
                _caption_table(tab, f"{target['paragraphs'].pop()} {title}", main_lang)
            elif _TABLE_CAPTION_RE.match(nxt_text):
                _caption_table(tab, nxt_text, main_lang)  # caption below
                i = j + 1
            tab["id"] = f"tab{len(st.tables) + 1}"
            st.tables.append(tab)
            target["tables"].append(tab)
            i = float_lines(i, tab, target)
            continue
        if not text:
            continue
        head, rest = _bold_prefix(el, text)
        if not head and len(el) and el[0].tag in _ITALIC:
            head, rest = _italic_label(el, text)
        bold = bool(head) and not rest
        if len(text) < 200 and not (mode == "refs" and st.references):  # a reference's DOI line
            if _class_codes(el, text, st):
                continue
            if not st.sections and (um := _URL_LINE_RE.match(text)):
                st.urls.append(um.group(1))  # the article's own address atop the body
                continue
        if len(text) < 200 and _HISTORY_RE.match(text):  # "Статья поступила в редакцию …"
            st.extra.setdefault("history", []).append(text)
            continue
        if text.startswith("*") and len(text) < 300 and _CORRESPONDING_RE.match(text):
            st.corresponding.append(text)  # "* Corresponding author: …", for the starred name
            continue
        if (
            text.startswith("*")
            and len(text) < 600
            and (_FUNDING_TEXT_RE.search(text) or _THANKS_RE.search(text))
        ):  # "* Зерттеу … гранттық қаржыландыруымен орындалды": the title's footnote
            _after_references(st, text)
            continue
        kind, label_title, after = _label_of(text, head, rest)
        if (
            st.front_title is None
            and mode == "front"
            and not (kind or st.abstracts or st.keywords or st.sections or st.blocks)
            and (bold or el.tag in _HEADING_TAGS)
            and len(text) < 400
            and not _caps_name_like(_NAME_MARK_RE.sub("", text), st.known)
        ):  # the title again, or the only one when the h1 is empty (or missing): kept for that
            st.front_title = el
        more, kw_more = kw_more, None
        if more is not None and not kind and not bold and len(text) < 300:
            # the keyword list goes on: the next item of its list, or a line after a comma
            if (el.tag == "li") == (more is not _NO_LIST) and (
                el.tag != "li" or el.getparent() is more
            ):
                _extend_keywords(st, _keyword_lines(el, text))
                kw_more = _keywords_go_on(el, text)
                continue
        if not kind and len(text) < 300 and strip_role_label(text)[1]:
            # "Ғылыми жетекші: Оспанова Г.Қ., ф.ғ.к., доцент" after the references or at the end
            named = [p for p in _people([el]) if p["name"]]
            if named:
                st.people.extend(named)
                continue
        if kind == "keywords":
            kw_label = label_title or text
            if after:
                _add_keywords(st, _keyword_lines(el, after), kw_label)
                kw_more = _keywords_go_on(el, after)
                mode = "body" if mode == "body" else "front"
            else:
                mode = "keywords"
            abstract = None
            continue
        if kind == "refs":
            mode = "refs"
            st.ref_starts.append(len(st.references))
            numbered_refs = ref_open = False
            if after:  # "Әдебиеттер: 1. …", "<b>Список литературы</b><br>1. …<br>2. …"
                lines = _br_lines(el) if el.find(".//br") is not None else [text]
                label_m = _REFS_RE.match(lines[0])
                if label_m is not None:
                    lines[0] = lines[0][label_m.end() :].lstrip(":.—–- ")
                lines = [t for t in lines if t]
                _add_reference_lines(st, lines)
                numbered_refs = any(_REF_NUMBER_RE.match(t) for t in lines)
                ref_open = bool(lines)
            continue
        if kind == "ack":
            mode = "ack"
            if after:
                st.acknowledgements.append(after)
            continue
        if kind == "extra":
            mode, extra_key = "extra", head.rstrip(":. ") or text
            if after:
                st.extra.setdefault(extra_key, []).append(after)
            continue
        if kind == "abstract":
            abstract = {"title": label_title, "paragraphs": []}
            st.abstracts.append(abstract)
            mode = "abstract"
            if after:  # "Аннотация: text" - its language counts from here on
                after = _upper_first(_take_named_sentence(after, st))
                abstract["paragraphs"].append(after)
                abstract["lang"] = _lang_like(after, None)
            continue
        if mode == "keywords":
            _add_keywords(st, _keyword_lines(el, text), kw_label)
            kw_more = _keywords_go_on(el, text)
            mode = "front" if not st.sections else "body"
            continue
        if mode == "refs":
            lines = _br_lines(el) if el.tag != "li" and el.find(".//br") is not None else []
            if len(lines) > 1:  # "1. …<br>2. …<br>3. …": one paragraph holds the whole list
                _add_reference_lines(st, lines)
                ref_open = True
                numbered_refs = numbered_refs or any(_REF_NUMBER_RE.match(t) for t in lines)
                continue
            if num is not None and el.tag == "li":
                start = st.ref_starts[-1] if st.ref_starts else 0
                last = st.references[-1][0] if len(st.references) > start else ""
                if last.isdigit() and num <= int(last):  # a list Word broke in two: "1." again
                    num = int(last) + 1
                st.references.append((str(num), text))
                numbered_refs = ref_open = True
                continue
            rm = _REF_NUMBER_RE.match(text)
            if rm:
                if (
                    len(st.references) > 1
                    and len(st.references) - 1 in st.unnumbered_refs
                    and st.references[-1][0] == rm.group(1)
                ):
                    # "2) …" after an unnumbered paragraph counted as item 2: that paragraph was
                    # the rest of item 1, wrapped ("Вестник КазНУ. – 2019. – С. 5.")
                    _, wrapped = st.references.pop()
                    st.unnumbered_refs.discard(len(st.references))
                    kept, prev = st.references[-1]
                    st.references[-1] = (kept, f"{prev} {wrapped}")
                st.references.append((rm.group(1), rm.group(2)))
                numbered_refs = ref_open = True
                continue
            if (
                st.references
                and ref_open
                and el.tag != "li"
                and (
                    _REF_TAIL_RE.match(text)
                    # a numbered item wrapped onto the next paragraph: "– С. 15–20.", "кочевниках …"
                    or (numbered_refs and not bold and _REF_CONTINUATION_RE.match(text))
                )
            ):
                ref_label, prev = st.references[-1]  # "URL: … (дата обращения: …)" on its own line
                st.references[-1] = (ref_label, f"{prev} {text}")
                continue
            # "<h3>English title</h3>", a centred title over names: the list ends
            strong = bold or el.tag in _HEADING_TAGS or (centred_title() and block_next())
            if el.tag != "li" and not strong and numbered_refs and not _looks_like_reference(text):
                # after a numbered list, an unnumbered paragraph that reads as no reference (a
                # closing note, a funding or history line) is not one more item
                _after_references(st, text)
                ref_open = False
                continue
            if el.tag == "li" or not strong:
                if el.tag != "li" and numbered_refs:
                    st.unnumbered_refs.add(len(st.references))
                st.references.append((str(len(st.references) + 1), text))
                ref_open = True
                continue
        if (
            mode == "front"
            and not (st.abstracts or st.keywords or st.sections or st.front_people)
            and len(text) < 300
            and not _ABSTRACT_RE.match(text)
            and (
                _starts_block(el, text, st.known)
                or (bold and is_name_like(_NAME_MARK_RE.sub("", text)))
            )
        ):  # the names and affiliations at the top of the body, before the abstract
            j, nxt, nxt_text = next_text(i)
            if (
                nxt is not None
                and not _ABSTRACT_RE.match(nxt_text)
                and _person_line(nxt, nxt_text, st.known)
            ):
                st.front_people, i = _block_people(blocks, i - 1, st.known)
                continue
        if (
            mode == "front"
            and st.known
            and not (kind or st.front_people or st.abstracts or st.keywords or st.sections or st.blocks)
            and bold
            and len(text) < 200
            and _caps_name_like(_NAME_MARK_RE.sub("", text), st.known)
            and not _names_known(_NAME_MARK_RE.sub("", text), st.known)
        ):  # "Сапаров Нурлан Бекович" bold above the abstract, a name the author block has not:
            # a byline no line of which says what part the person had: kept, not a heading
            st.extra.setdefault("byline", []).append(text)
            continue
        if (
            (mode in ("abstract", "refs") or (mode == "front" and (st.abstracts or st.keywords)))
            and (bold or centred_title())
            and len(text) < 200
            and is_name_like(_NAME_MARK_RE.sub("", text))
        ):  # a translated block that opens with its names; its title may follow them
            _j, nxt, nxt_text = next_text(i)
            if nxt is not None and _align(nxt) == "right" and not _ABSTRACT_RE.match(nxt_text):
                people, i = _block_people(blocks, i - 1, st.known)
                k, tel, title = next_text(i)
                _k, lab, lab_text = next_text(k + 1)
                if not (tel is not None and lab is not None and _ABSTRACT_RE.match(lab_text)
                        and (_bold_only(tel, title) or _align(tel) == "center")):  # fmt: skip
                    title = ""
                else:
                    i = k + 1
                st.blocks.append({"title": title, "people": people})
                mode, abstract = "front", None
                continue
        # a translated block: a bold, heading or centred title followed by names or an abstract
        # label
        if (bold or el.tag in _HEADING_TAGS or centred_title()) and block_next():
            i = _read_block(blocks, i, text, st)
            mode, abstract = "front", None
            continue
        if mode == "extra" and not (head and not rest):
            st.extra.setdefault(extra_key, []).append(text)
            continue
        if mode == "ack" and not (head and not rest):
            st.acknowledgements.append(text)
            continue
        if (
            mode == "front"
            and not (kind or st.front_people or st.abstracts or st.keywords or st.sections or st.blocks)
            and (bold or el.tag in _HEADING_TAGS)
            and len(text) < 200
            and _names_known(_NAME_MARK_RE.sub("", text), st.known)
        ):  # "Жұмабаева А.С." bold above the title again: the author block's byline, no heading
            continue
        # section headings
        # a structured abstract's "<b>Цель.</b> …" is no section heading
        in_front = mode == "abstract" or (mode == "front" and not st.keywords)
        heading = _heading(el, num, head, rest, text, run_in=not in_front)
        if (
            heading is not None
            and open_secs
            and _label_then_title([*open_secs[-1]["paragraphs"][-1:], text])
        ):
            under = next_text(i)[1]
            if under is not None and under.tag == "table":
                heading = None  # "Таблица 1" and under it the table's title in bold: its caption
        if heading is not None:
            title, label, inline, level = heading
            mode, abstract = "body", None
            sec = _new_section(title, label)
            sec["_tag"] = el.tag
            depth = _parent_depth(open_secs, el.tag, label, level)
            if depth is None:
                st.sections.append(sec)
                open_secs[:] = [sec]
            else:
                open_secs[depth]["sections"].append(sec)
                open_secs[depth + 1 :] = [sec]
            if inline:
                sec["paragraphs"].append(inline)
                st.texts.append(inline)
            continue
        # paragraphs
        para = _take_leaks(text, st, pending_leak)
        if not para:
            continue
        st.texts.append(para)
        if mode in ("front", "abstract"):
            para = _take_named_sentence(para, st)
            lang = _lang_like(para, abstract.get("lang") if abstract else None)
            if abstract is not None and (abstract.get("lang") in (None, lang)):
                abstract["lang"] = lang
                _append_paragraph(abstract["paragraphs"], para)
                continue
            if abstract is not None or not any(a.get("lang") == lang for a in st.abstracts):
                # an unlabelled abstract in another language
                abstract = {"paragraphs": [para], "lang": lang}
                st.abstracts.append(abstract)
                mode = "abstract"
                continue
            # after the keywords, text in a language already abstracted is the body
            mode, abstract = "body", None
        _append_paragraph((open_secs[-1] if open_secs else _ensure(st))["paragraphs"], para)
    if pending_leak:
        st.leaks.append(pending_leak)


def _class_codes(el: lxml.html.HtmlElement, text: str, st: _State) -> bool:
    """Read a UDC / IRSTI / DOI line ("УДК 94(574)"), or a paragraph whose every ``<br>`` line
    is one ("ӘОЖ 373.5<br>МРНТИ 14.25.09"); False (nothing taken) otherwise."""
    cm = _CLASS_RE.match(text)
    if cm is None and not _CLASS_HEAD_RE.match(text):
        return False
    lines = [] if cm is not None or el.find(".//br") is None else _br_lines(el)
    if cm is None and not lines:  # "МРНТИ 14.35.07; УДК 378.147": several codes in one line
        lines = _CLASS_SPLIT_RE.split(text.strip())
    found = [cm] if cm is not None else [m for t in lines if (m := _CLASS_RE.match(t))]
    if not found or (lines and (len(lines) < 2 or len(found) < len(lines))):
        return False
    for m in found:
        vocab = _CLASS_VOCAB[m.group(1).lower()]
        if vocab == "doi":
            st.dois.append(normalize_doi(m.group(2)))
        else:
            st.keywords.append({"terms": _split_keywords(m.group(2)), "vocabulary": vocab})
    return True


def _br_lines(el: lxml.html.HtmlElement) -> list[str]:
    """The non-empty lines of ``el`` as its ``<br>`` elements break it (source line breaks do
    not count: they are spaces)."""
    lines: list[list[str]] = [[]]

    def walk(node: lxml.html.HtmlElement) -> None:
        if node.tag == "br":
            lines.append([])
        else:
            lines[-1].append(node.text or "")
            for child in node:
                if isinstance(child.tag, str):
                    walk(child)
                lines[-1].append(child.tail or "")

    walk(el)
    return [t for t in (normalize_space("".join(x)) for x in lines) if t]


def _add_reference_lines(st: _State, lines: list[str]) -> None:
    """References from the lines of one paragraph: each numbered line opens one, and an
    unnumbered line continues it (a wrapped item); with no numbers, each line is one unless it
    reads as the rest of the line before ("URL: …", "– С. 12", "doi: …", lower case)."""
    numbered = any(_REF_NUMBER_RE.match(t) for t in lines)
    first = True
    for line in lines:
        rm = _REF_NUMBER_RE.match(line)
        if rm:
            st.references.append((rm.group(1), rm.group(2)))
        elif st.references and not first and (numbered or _REF_CONTINUATION_RE.match(line)):
            label, prev = st.references[-1]
            st.references[-1] = (label, f"{prev} {line}")
        else:
            st.references.append((str(len(st.references) + 1), line))
        first = False


_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
_REF_HEADING_RE = re.compile(
    rf"^(?:[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?,?\s+(?:[{_UP}]\.\s*){{1,3}}"
    rf"|(?:[{_UP}]\.\s*){{1,3}}[{_UP}][{_LO}]+)"
)
"""A reference's author heading: "Иванов И.И.", "Doe, J.", "И.И. Иванов"."""
_REF_MARK_RE = re.compile(
    r"//|\[(?:Электрон|Электрондық|Electronic)|\bURL\s*:|\bdoi\s*:?\s*10\.|\bISBN\b|\bet al\b"
    r"|[–—-]\s*(?:[СсБбPp]|pp|бб)\.\s*\d|\d+\s*(?:с|б|бб|p|pp)\.(?!\w)"
    r"|\b(?:Vol|vol|Т|Том|Вып|Iss|No)\.\s*\d|[–—-]\s*[{UP}][{LO}]*\.?\s*:\s*\w"
    r"|\((?:1[89]|20)\d\d\)|[–—-]\s*(?:1[89]|20)\d\d\b".replace("{UP}", _UP).replace("{LO}", _LO)
)
"""What a reference has and prose has not: "//" before the container, "[Электронный ресурс]",
"URL:", a DOI, an ISBN, "et al", pages ("– С. 12", "180 б.", "pp. 3"), "Vol. 3", "– М.: …", a
year in brackets or after a dash ("(2019)", "– 2020.")."""
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_FUNDING_TEXT_RE = re.compile(
    r"грант|grant|при\s+(?:финансовой\s+)?поддержке|финансир|funded|supported\s+by|funding"
    r"|қаржыланд|қолдауымен",
    re.I,
)
_THANKS_RE = re.compile(r"алғыс|благодар|thank|grateful|gratitude", re.I)
_CORRESPONDING_RE = re.compile(
    r"^\*+\s*(?:corresponding\s+author|автор\s+для\s+(?:корреспонденции|переписки)"
    r"|контактн(?:ое|ый)\s+(?:лицо|автор)|корреспондирующий\s+автор"
    r"|хат-хабар(?:\s+(?:үшін|алмасуға))?\s+автор(?:ы)?|байланыс\s+(?:үшін\s+)?автор(?:ы)?)",
    re.I,
)
"""The note a star after an author's name points to: who answers for the article."""


def _looks_like_reference(text: str) -> bool:
    """Whether an unnumbered paragraph after a numbered reference list is one more reference:
    no prose (:func:`~scholarmeta.refparse.is_reference`), and a reference's marks, or an author
    heading with a year ("Petrov P. Steppe routes. 2019.").

    >>> _looks_like_reference("Сейітов Н.Б. Дала. – Алматы: Мектеп, 2015. – 180 б.")
    True
    >>> _looks_like_reference("Зерттеу гранттық қаржыландыру есебінен орындалды (грант № AP1).")
    False
    >>> _looks_like_reference("Оспанова Г.Қ., ф.ғ.к., доцент")
    False
    """
    if not is_reference(text):
        return False
    if _REF_MARK_RE.search(text):
        return True
    return bool(_REF_HEADING_RE.match(text) and _YEAR_RE.search(text))


def _trailing_references(st: _State) -> None:
    """A reference list with no heading: the last paragraphs of the body, two or more, each
    reading as a reference ("1. Иванов И.И. Книга. – М.: Наука, 2010."), when the page has no
    other reference list."""
    if st.references or not st.sections:
        return
    sec = st.sections[-1]
    while sec["sections"]:
        sec = sec["sections"][-1]
    paras = sec["paragraphs"]
    k = len(paras)
    while k > 0 and len(paras[k - 1]) < 1000 and _looks_like_reference(paras[k - 1]):
        k -= 1
    if len(paras) - k < 2 or sec["figures"] or sec["tables"]:
        return
    for text in paras[k:]:
        m = _REF_NUMBER_RE.match(text)
        label, raw = (m.group(1), m.group(2)) if m else (str(len(st.references) + 1), text)
        st.references.append((label, raw))
    del paras[k:]


def _after_references(st: _State, text: str) -> None:
    """A paragraph after a numbered reference list that is no reference: a history line
    ("Мақала … редакцияға түсті") to the history, thanks to the acknowledgements, a funding
    statement and anything else to extra (the reader reports extra as unmapped)."""
    if len(text) < 300 and _HISTORY_RE.search(text):
        st.extra.setdefault("history", []).append(text)
    elif _FUNDING_TEXT_RE.search(text):
        st.extra.setdefault("funding", []).append(text)
    elif _THANKS_RE.search(text):
        st.acknowledgements.append(text)
    else:
        st.extra.setdefault("after_references", []).append(text)


_KK_PAGES_RE = re.compile(r"(?<![\w.])\d+\s*бб?\.|[–—-]\s*[Бб]б?\.\s*\d")
"""A Kazakh page count or range ("480 б.", "б. 12–15", "12–15 бб."); Russian writes "с."."""
_HISTORY_RE = re.compile(
    r"(?:статья\s+)?(?:поступила\s+в\s+редакцию|принята\s+(?:к\s+печати|в\s+печать))"
    r"|(?:мақала\s+)?редакцияға\s+(?:келіп\s+)?түсті|(?:мақала\s+)?баспаға\s+қабылданды"
    r"|(?:received|accepted|revised)(?:\s+for\s+publication)?\s*:?\s*"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
"""A line of the article's history (received / accepted dates): kept in extra, no reference."""
_REF_TAIL_RE = re.compile(
    r"(?i:URL\s*:|DOI\s*:|https?://|www\.|\(?дата обращения|\(?қаралған күні|\(?accessed"
    r"|режим доступа|қол жеткізу режимі|available (?:at|from)|retrieved from)"
)
"""What only ends a reference: a paragraph that opens with it continues the one before."""
_REF_CONTINUATION_RE = re.compile(r"(?i:URL|DOI|https?://|www\.)|[–—-]\s|//|[a-zа-яёәғқңөұүһі]")
"""What opens the wrapped rest of a numbered item: a link, a dash, GOST's "//" before the
container, a lower-case word."""
_LABELS = (
    (_KEYWORDS_RE, "keywords"), (_REFS_RE, "refs"), (_ACK_RE, "ack"), (_FUNDING_RE, "extra"),
    (_ABSTRACT_RE, "abstract"),
)  # fmt: skip
_ANY_LABEL_RE = _label_re(
    KEYWORD_LABELS
    + REFERENCE_LABELS
    + ACKNOWLEDGEMENT_LABELS
    + FUNDING_LABELS
    + AUTHOR_INFO_LABELS
    + ABSTRACT_LABELS
)


_SPACED_LETTERS_RE = re.compile(r"^(?:[^\W\d_] ){3,}[^\W\d_] ?[:.]?$")


def _upper_first(text: str) -> str:
    """A run-in abstract's text with its first word capitalised, when the label made it go on
    in lower case ("Аннотация: в статье …"): the label is no part of the abstract. A word
    with a capital inside ("pH", "iPhone", "mRNA") is left as written.

    >>> _upper_first("в статье рассматриваются …"), _upper_first("pH почвы …")
    ('В статье рассматриваются …', 'pH почвы …')
    """
    word = text.split(None, 1)[0] if text.strip() else ""
    if not (word.islower() and _LOWER_WORD_RE.fullmatch(word)):
        return text
    return text[:1].upper() + text[1:]


_LOWER_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*[.,;:]?")


def _label_of(text: str, head: str, rest: str) -> tuple[str, str, str]:
    """(kind, label as written, text after it) when a paragraph opens with a label.

    A bold label may run into its text; a plain one must end with a colon (or a full stop, for
    an abstract or keywords; or a spaced dash, for these too) or be the whole paragraph, so
    "Литература – это …" is no label.
    """
    if head and rest and text.startswith(head) and text[len(head) : len(head) + 1].isalpha():
        head = ""  # "<b>Кілт сөз</b>дер: …": the bold run ends inside a word; read it plain
    if not (head and rest) and len(text) < 40 and _SPACED_LETTERS_RE.match(text):
        text = text.replace(" ", "")  # "А Ң Д А Т П А": a label spaced out letter by letter
        head = text if head else ""
    src = head or text
    if _ANY_LABEL_RE.match(src) is None:  # one scan instead of four for most paragraphs
        return "", "", ""
    for rx, kind in _LABELS:
        m = rx.match(src)
        if m is None:
            continue
        written = normalize_space(src[: m.end()]).rstrip(":.—–- ")
        if head:
            after = normalize_space(src[m.end() :] + " " + rest).lstrip(":.—–- ")
            return kind, written, after
        tail = text[m.end() :]
        sep = text[: m.end()].rstrip()[-1:]
        # "Ключевые слова – …": a spaced dash, after an abstract or keywords label only
        dashed = (
            sep in "—–-" and kind in ("abstract", "keywords") and " " in text[m.end() - 2 : m.end()]
        )
        stop = sep == "." and kind in ("abstract", "keywords")  # "Ключевые слова. a, b"
        if not tail.strip() or sep == ":" or stop or dashed:
            return kind, written, normalize_space(tail)
    return "", "", ""


def _romanised_list(st: _State) -> list[tuple[str, str]]:
    """A second reference list that romanises the first (Kazakh journals print the list again
    under "References" in Latin letters, for the indexes): taken out of ``st.references`` and
    returned. It is one when it has as many items as the first, numbered from 1 again, in
    Latin letters where the first has Cyrillic ones."""
    refs = st.references
    starts = sorted({k for k in st.ref_starts if 0 < k < len(refs)})
    if not starts or not refs:
        return []
    first, rest = refs[: starts[0]], refs[starts[0] :]
    if len(rest) != len(first) or rest[0][0] != "1":
        return []
    if sum(_script(t) == "Cyrl" for _, t in first) == 0:
        return []
    if sum(_script(t) == "Latn" for _, t in rest) < len(rest):
        return []
    st.references = first
    return rest


def _ensure(st: _State) -> dict[str, Any]:
    """The current section; an untitled one for text before any heading."""
    if not st.sections:
        st.sections.append(_new_section("", None))
    return st.sections[-1]


_SENTENCE_END = (".", "!", "?", "…", ":", ";", "»", '"', "”", ")")


def _append_paragraph(paragraphs: list[str], para: str) -> None:
    """Append ``para``, rejoining a sentence that a paragraph break cut in two (the previous
    paragraph has no final punctuation and this one starts in lower case): pages break
    paragraphs where text of another block was pasted into them."""
    if paragraphs and para[:1].islower() and not paragraphs[-1].endswith(_SENTENCE_END):
        paragraphs[-1] = f"{paragraphs[-1]} {para}"
    else:
        paragraphs.append(para)


def _take_leaks(text: str, st: _State, pending: list[str]) -> str:
    """Remove affiliation-like foreign-script runs and collect them; a run that ends one
    paragraph and one that starts the next form one affiliation. A run naming only a place
    counts only as such a continuation (a city named in prose stays)."""
    found: list[tuple[int, int, str]] = []
    for s, e in _foreign_runs(text):
        chunk = text[s:e].strip(" ,;")
        if not affiliation_like(chunk):
            continue
        at_start = not text[:s].strip()
        if not (at_start and pending) and not _strong_affiliation(chunk):
            continue
        found.append((s, e, chunk))
    if not found:
        if pending:
            st.leaks.append(list(pending))
            pending.clear()
        return text
    out = text
    for s, e, _chunk in reversed(found):
        out = out[:s] + " " + out[e:]
    for s, e, chunk in found:
        if pending and text[:s].strip():
            st.leaks.append(list(pending))
            pending.clear()
        pending.append(chunk)
        if text[e:].strip():
            st.leaks.append(list(pending))
            pending.clear()
    return normalize_space(out)


def _strong_affiliation(text: str) -> bool:
    """Names an organisation or a position, not only a place."""
    return any(
        classify_part(p)[0] in ("institution", "department", "position") for p in text.split(",")
    )


_SITE_LANGS = frozenset({"kk", "ru", "en"})


def _site_lang(lang: str | None, label: str | None) -> str | None:
    """A few short words say little of their language ("жасыл экономика" reads as Kyrgyz): a
    language the site does not publish in gives way to that of the text's label ("Түйін
    сөздер", "Аңдатпа")."""
    if lang in _SITE_LANGS or not label:
        return lang
    by_label = detect_language(label)
    return by_label if by_label in _SITE_LANGS else lang


def _keyword_lines(el: lxml.html.HtmlElement, text: str) -> str:
    """The keywords of ``el`` (``text`` after its label) with each ``<br>``-broken line a term
    of its own ("<b>Кілт сөздер:</b><br>пейзаж<br>эпопея"): the flattened text runs the lines
    together with spaces, and "пейзаж эпопея" read as one term."""
    if el.find(".//br") is None:
        return text
    lines = _br_lines(el)
    if lines:
        m = _KEYWORDS_RE.match(lines[0])
        if m is not None:
            lines[0] = lines[0][m.end() :].lstrip(":.—–- ")
    lines = [t for t in lines if t]
    return "; ".join(lines) if len(lines) > 1 else text


_NO_LIST = object()


def _keywords_go_on(el: lxml.html.HtmlElement, text: str) -> Any:
    """Whether a keyword list may go on in the next block: a list item's terms go on in the
    list's next items (the list is returned), terms ending in a comma or semicolon on the next
    line (``_NO_LIST``); None when the list is complete."""
    if el.tag == "li":
        return el.getparent()
    return _NO_LIST if text.rstrip().endswith((",", ";")) else None


def _extend_keywords(st: _State, text: str) -> None:
    """Add the terms of ``text`` to the last keyword list (one list written on several lines)."""
    group = st.keywords[-1]
    seen = {t.casefold() for t in group["terms"]}
    group["terms"] += [t for t in _split_keywords(text) if t.casefold() not in seen]
    group["lang"] = _keywords_lang(st, group["terms"], st.kw_label)


def _add_keywords(st: _State, text: str, label: str = "") -> None:
    terms = _split_keywords(text)
    if terms:
        st.keywords.append({"terms": terms, "lang": _keywords_lang(st, terms, label)})
        st.kw_label = label


def _keywords_lang(st: _State, terms: list[str], label: str) -> str | None:
    """The language of a keyword list: detected, or the label's when the site does not publish
    in the detected one; a few Cyrillic words with no Kazakh letter ("мектеп, тарих") read as
    Russian, so under a Kazakh label after a Kazakh abstract they are Kazakh."""
    joined = " ".join(terms)
    lang = _site_lang(detect_language(joined), label)
    if (
        lang == "ru"
        and _KK_LETTER_RE.search(label)
        and not _KK_LETTER_RE.search(joined)
        and st.abstracts
        and st.abstracts[-1].get("lang") == "kk"
    ):
        return "kk"
    return lang


def _heading(
    el: lxml.html.HtmlElement,
    num: int | None,
    head: str,
    rest: str,
    text: str,
    *,
    run_in: bool = True,
) -> tuple[str, str | None, str, int] | None:
    """(title, label, inline text, level) when ``el`` (whose text is ``text``) is a section
    heading."""
    if el.tag in _HEADING_TAGS:
        head, rest = text, ""
    if not head or len(head) > 200:
        return None
    if _CAPTION_RE.match(head) or _TABLE_CAPTION_RE.match(head):
        return None
    m = _NUMBER_LABEL_RE.match(head)
    label = m.group("label") if m else None
    title = m.group("rest") if m else head
    run_in = run_in and bool(rest) and _run_in_heading(head, rest)
    if rest and not (head.endswith(":") or label or _own_line(el, head) or run_in):
        return None
    if not rest and head.endswith(".") and not label and len(head) > 80:
        return None
    title = title.strip().rstrip(":").strip()
    if run_in and not label:
        title = title.rstrip(".").strip()
    if el.tag == "li" and num is not None:
        label = label or f"{num}."
        return title, label, rest, 2
    level = 2 if label and label[0].isdigit() else 1
    return title, label, rest, level


def _run_in_heading(head: str, rest: str) -> bool:
    """A bold run-in heading: a few capitalised words ending in a full stop, then the
    paragraph's first sentence ("<b>Цель исследования.</b> Изучить …")."""
    return (
        head.endswith(".")
        and not head.endswith("..")
        and _ABBR_END_RE.search(head) is None
        and head[:1].isupper()
        and rest[:1].isupper()
        and len(head) <= 60
        and len(head.split()) <= 5
    )


def _own_line(el: lxml.html.HtmlElement, head: str) -> bool:
    """Whether the bold run ``head`` is the first line of ``el``, a ``<br>`` after it
    ("<b>Кіріспе</b><br>Мәтін …"): a heading with its text in the same paragraph."""
    return el.find(".//br") is not None and _br_lines(el)[:1] == [head]


def _label_numbers(label: str | None) -> tuple[int, ...]:
    """The numbers of an Arabic heading label: "2.1" -> (2, 1), "3." -> (3,); () otherwise."""
    if not label or not label[0].isdigit():
        return ()
    return tuple(int(x) for x in re.findall(r"\d+", label))


def _parent_depth(
    open_secs: list[dict[str, Any]], tag: str, label: str | None, level: int
) -> int | None:
    """Where a new heading goes: the index in ``open_secs`` (outermost first) of the section
    it is a subsection of, or None for a top-level section. A subsection number ("2.1") goes
    under the open section numbered by its prefix ("2."); a heading element under the nearest
    open one of a higher rank (``h4`` under ``h3``); a numbered heading of the second level
    ("2.", a list item) under a section numbered in Roman figures ("I. …")."""
    nums = _label_numbers(label)
    if len(nums) > 1:
        for k in range(len(open_secs) - 1, -1, -1):
            if _label_numbers(open_secs[k].get("label")) == nums[:-1]:
                return k
    if tag in _HEADING_TAGS:
        for k in range(len(open_secs) - 1, -1, -1):
            other = open_secs[k].get("_tag", "")
            if other in _HEADING_TAGS and other < tag:
                return k
    if level == 2 and open_secs:
        top_label = open_secs[0].get("label")
        if top_label and top_label[0] in "IVXLC":
            return 0
    return None


def _starts_block(el: lxml.html.HtmlElement, text: str, known: _Known = ()) -> bool:
    """Whether ``el`` opens the people or abstract part of a translated block."""
    if any(a.get("href", "").find("/author") >= 0 for a in el.iter("a")):
        return True
    if _ABSTRACT_RE.match(text) and _label_of(text, *_bold_prefix(el, text))[0] == "abstract":
        return True
    if len(text.translate(_NOT_NAME_LENGTH)) > 120:
        return False  # is_name_like refuses over 120 characters: no need to strip marks first
    if _align(el) == "right":
        return False
    if _caps_name_like(_NAME_MARK_RE.sub("", text), known):
        return True
    return _name_with_role(el, text) is not None


# what _NAME_MARK_RE may take out, and white space: what is left counts for is_name_like's limit
_NOT_NAME_LENGTH = str.maketrans("", "", "0123456789⁰¹²³⁴⁵⁶⁷⁸⁹*’', \t\n\r\xa0")
_NAME_MARK_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=\.))[\d⁰¹²³⁴⁵⁶⁷⁸⁹*’',]*[\d⁰¹²³⁴⁵⁶⁷⁸⁹*](?!\w)")
"""Affiliation marks after names ("A. Nurpeisova1, M. Tokhtarov2*"): no part of them."""


def _read_block(blocks: list[_Block], i: int, title: str, st: _State) -> int:
    """Read the names and affiliation lines of a translated block; return the next index."""
    people, i = _block_people(blocks, i, st.known)
    st.blocks.append({"title": title, "people": people})
    return i


def _block_people(
    blocks: list[_Block], i: int, known: _Known = ()
) -> tuple[list[dict[str, Any]], int]:
    """The persons of the name and affiliation lines from ``blocks[i]`` on, and the index after
    them: lines right-aligned, of names, of a supervisor label, or of an affiliation
    ("Тұран университеті, Алматы қ." centred), up to an abstract or keywords label."""
    people_els: list[lxml.html.HtmlElement] = []
    n = len(blocks)
    while i < n:
        el, _, text = blocks[i]
        if text and (_ABSTRACT_RE.match(text) or _KEYWORDS_RE.match(text)):
            break
        if text and not _person_line(el, text, known):
            break
        people_els.append(el)
        i += 1
    return _people(people_els, known), i


def _person_line(el: lxml.html.HtmlElement, text: str, known: _Known = ()) -> bool:
    """A line of the people part of a block: right-aligned, a name, a supervisor label, or an
    affiliation that is no bold heading ("Негізгі бөлім" reads as a department)."""
    if _align(el) == "right" or _starts_block(el, text, known) or strip_role_label(text)[1]:
        return True
    if len(text) > 300 or not affiliation_like(text):
        return False
    return not _bold_only(el, text) and el.tag not in _HEADING_TAGS


_SUP_FORMS = str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
_SUB_FORMS = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_SCRIPT_FIGURES_RE = re.compile(r"\s*(?:[-+−=(]?\d+[)]?|\d*[-+−])\s*")  # "3", "-3", "2+", "+"
_SUB_LETTERS = str.maketrans("aehijklmnoprstuvx", "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUB_LETTERS_RE = re.compile(r"[aehijklmnoprstuvx]{1,4}")


def _script_figures(content: lxml.html.HtmlElement) -> None:
    """Figures in ``<sup>``/``<sub>`` in the body written as Unicode superscripts and subscripts
    ("м<sup>3</sup>" -> "м³", "CO<sub>2</sub>" -> "CO₂", "10<sup>-3</sup>" -> "10⁻³"): the text
    of a paragraph or a table cell has no markup, and "м3" reads as another quantity. An ion's
    charge ("NH<sub>4</sub><sup>+</sup>" -> "NH₄⁺") and a short lower-case Latin index that
    Unicode has subscripts for ("Q<sub>t</sub>" -> "Qₜ", "T<sub>max</sub>" -> "Tₘₐₓ") too."""
    for el in content.iter("sup", "sub"):
        t = el.text
        if not t or len(el):
            continue
        if _SCRIPT_FIGURES_RE.fullmatch(t):
            el.text = t.strip().translate(_SUP_FORMS if el.tag == "sup" else _SUB_FORMS)
        elif el.tag == "sub" and _SUB_LETTERS_RE.fullmatch(t):
            el.text = t.translate(_SUB_LETTERS)


# Word's footnotes and endnotes: the mark in the text links to the note (href="#_ftn1"), the
# note at the end of the page links back to the mark (href="#_ftnref1"); "ftn"/"edn" with or
# without the underscore, as editors rewrite the anchors
_NOTE_HREF_RE = re.compile(r"^#_?(?:ftn|edn)(?P<back>ref)?(?P<num>\d{1,3})$", re.I)
_NOTE_BLOCKS = frozenset(["p", "div", "li"])


def _take_footnotes(content: lxml.html.HtmlElement) -> list[str]:
    """Take Word's footnotes out of the body: the marks in the text are dropped (a "[1]" glued
    to a word is no part of the sentence) and each note paragraph is removed and returned as
    "[1] text" (the article model has no footnotes: they are kept in extra)."""
    notes: list[str] = []
    for a in [x for x in content.iter("a") if (x.get("href") or "").startswith("#")]:
        m = _NOTE_HREF_RE.match(a.get("href") or "")
        if m is None:
            continue
        if not m.group("back"):  # the mark: drop it (and an emptied <sup> around it)
            parent = a.getparent()
            a.drop_tree()
            if parent is not None and parent.tag == "sup" and not _text(parent):
                parent.drop_tree()
            continue
        block: lxml.html.HtmlElement | None = a
        while block is not None and block.tag not in _NOTE_BLOCKS:
            block = block.getparent()
        if block is None or block is content:
            continue
        text = _text(block)
        mark = _text(a)
        if text.startswith(mark):
            text = text[len(mark) :].strip()
        if text:
            notes.append(f"[{m.group('num')}] {text}")
        holder = block.getparent()
        block.drop_tree()
        # the note's own <div id="ftn1">, now empty
        if holder is not None and holder is not content and holder.tag == "div" and not _text(holder):
            holder.drop_tree()
    return notes or _plain_footnotes(content)


_RULE_RE = re.compile(r"[_\-–—*\s]{5,}")
_NOTE_NUMBER_RE = re.compile(r"\d{1,2}|\*{1,3}")
_MARK_BEFORE_RE = re.compile(r"(?:[^\W\d_]{3}|[.,;:»”)\"])\s*$")


def _sup_note(el: lxml.html.HtmlElement) -> str | None:
    """The number of a note paragraph that opens with a superscript mark ("<sup>1</sup> …")."""
    if (el.text or "").strip() or not len(el) or el[0].tag != "sup" or len(el[0]):
        return None
    num = (el[0].text or "").strip()
    return num if _NOTE_NUMBER_RE.fullmatch(num) and (el[0].tail or "").strip() else None


def _plain_footnotes(content: lxml.html.HtmlElement) -> list[str]:
    """Footnotes typed by hand at the end of the body: a rule ("______" or ``<hr>``), then only
    paragraphs that open with a superscript mark. They are removed and returned as "[1] text";
    a mark of the same number in the text, after a word of three letters or more or a closing
    mark ("бар<sup>1</sup>."), is dropped (a unit's "м<sup>2</sup>" or "10<sup>3</sup>" stays)."""
    blocks = [el for el in content.iter("p", "div", "hr")
              if el.tag == "hr" or not el.findall(".//p")]  # fmt: skip
    while blocks and blocks[-1].tag != "hr" and not _text(blocks[-1]):
        blocks.pop()  # empty paragraphs at the end
    i = len(blocks)  # walk back over the note paragraphs: cheap on a page that has none
    while i > 1 and blocks[i - 1].tag != "hr" and _sup_note(blocks[i - 1]):
        i -= 1
    rule = blocks[i - 1] if 0 < i < len(blocks) else None
    if rule is None or not (rule.tag == "hr" or _RULE_RE.fullmatch(_text(rule))):
        return []
    notes, marks = [], set()
    for el in blocks[i:]:
        num = _sup_note(el) or ""
        marks.add(num)
        el[0].drop_tree()
        notes.append(f"[{num}] {_text(el)}")
        el.drop_tree()
    rule.drop_tree()
    for sup in [x for x in content.iter("sup") if not len(x) and (x.text or "").strip() in marks]:
        prev, parent = sup.getprevious(), sup.getparent()
        before = prev.tail if prev is not None else parent.text if parent is not None else None
        if _MARK_BEFORE_RE.search(before or ""):
            sup.drop_tree()
    return notes


_AMP_TEXT_XP = etree.XPath("//text()[contains(., '&') and contains(., ';')]")
_ESCAPED_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});")


def _unescape_twice_escaped(tree: lxml.html.HtmlElement) -> None:
    """Character references escaped twice by the site ("&amp;nbsp;", "&amp;laquo;"), which the
    page shows as "&nbsp;", "&laquo;": the characters they name. Text only; an ampersand with
    no reference after it ("R&D") stays."""
    found = _AMP_TEXT_XP(tree)
    for t in found if isinstance(found, list) else []:
        new = _ESCAPED_ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), str(t))
        parent = t.getparent()  # type: ignore[union-attr]
        if new != t and parent is not None:
            if t.is_text:  # type: ignore[union-attr]
                parent.text = new
            elif t.is_tail:  # type: ignore[union-attr]
                parent.tail = new


# -- entry point -------------------------------------------------------------------------------


def read_article(tree: lxml.html.HtmlElement, *, source: str | None, report: Report) -> Work | None:
    """Read a page in the article layout; ``None`` when the page does not have it.

    >>> from scholarmeta.formats.html import parse_html
    >>> page = ('<h1 class="page_title">ТАРИХ ЖӘНЕ ҚОҒАМ</h1><div class="authors">'
    ...         '<p><a href="/author/omarov-aset">Омаров Әсет</a></p></div>')
    >>> w = read_article(parse_html(page), source=None, report=Report())
    >>> w.title, w.contributors[0].alternative_names[0].family
    ('Тарих және қоғам', 'Omarov')
    >>> read_article(parse_html("<p>hello</p>"), source=None, report=Report()) is None
    True
    """
    _unescape_twice_escaped(tree)
    titles = _TITLE_XP(tree)
    authors_divs = _AUTHORS_XP(tree)
    if not titles and authors_divs:
        titles = _H1_XP(tree)
    if not isinstance(titles, list) or not (titles or authors_divs):
        return None
    title_el = titles[0] if titles else None  # no h1 beside an author block: see front_title
    contents = _CONTENT_XP(tree)
    content = contents[0] if isinstance(contents, list) and contents else None
    st = _State()
    if content is not None:
        notes = _take_footnotes(content)
        if notes:
            st.extra["footnotes"] = notes
        _script_figures(content)
    # the author block first: its names tell a translated block's names in capitals
    people_raw: list[dict[str, Any]] = []
    if isinstance(authors_divs, list) and authors_divs:
        people_raw = _people(_author_elements(authors_divs[0]))
        st.known = _known_names(people_raw)
    blocks = _flatten(content) if content is not None else []
    _walk_body(blocks, st, None)
    _trailing_references(st)
    if not authors_divs and not st.abstracts and not st.keywords:
        return None
    if title_el is None and st.front_title is None:
        return None  # an author block alone, no title anywhere: not this layout
    raw_title, other_titles = _title_lines(title_el) if title_el is not None else ("", [])
    if not raw_title and st.front_title is not None:
        # "<h1 class=page_title> </h1>" and the title in a bold centred line atop the body
        raw_title, other_titles = _title_lines(st.front_title)
        front = _text(st.front_title)
        st.blocks = [b for b in st.blocks if b["people"] or b["title"] != front]
        for sec in st.sections[:1]:
            if sec["title"] == front:
                sec["title"] = None
    base = source if source and re.match(r"https?://", source) else None
    if base is None:
        found = _BASE_XP(tree)
        base = str(found) if found and re.match(r"https?://", str(found)) else None

    # language and title
    main_abs = next((a for a in st.abstracts if a.get("lang")), None)
    lang = detect_language(raw_title) or (main_abs or {}).get("lang")
    page_texts: list[str] | None = None
    case_page = case_low = case_refs = ""

    def recase(t: str) -> str:
        nonlocal page_texts, case_page, case_low, case_refs
        title_cased = not _is_caps(t) and _title_cased(t)
        if not (title_cased or _is_caps(t)):
            return t
        if page_texts is None:  # joined and lower-cased once for all the page's titles
            page_texts = [p for a in st.abstracts for p in a["paragraphs"]] + st.texts
            # a keyword list in lower case capitalises its proper nouns ("…, Приаралье, NDVI");
            # one capitalising every term says nothing
            page_texts += [", ".join(g["terms"]) for g in st.keywords if not g.get("vocabulary")
                           and _lower_list(g["terms"])]  # fmt: skip
            case_page = _case_page(page_texts)
            case_low = case_page.lower()
            case_refs = "\n".join(r for _, r in st.references)
        forms = _case_map(page_texts, t, case_page, case_low, case_refs)
        return sentence_case(t, forms, title_cased=title_cased)

    title = recase(_strip_title_dot(raw_title))
    data: dict[str, Any] = {"type": "article-journal", "language": lang}
    if title:
        data["titles"] = [{"value": title, "lang": lang}]
        for t in other_titles:  # "Қазақша тақырып<br>English title" in the h1
            t = recase(_strip_title_dot(t))
            tl = detect_language(t)
            if t and tl != lang and tl not in {x["lang"] for x in data["titles"]}:
                data["titles"].append({"value": t, "lang": tl})

    # people
    if not people_raw:  # no author block: the names at the top of the body are the authors
        people_raw, st.front_people = st.front_people, []
    elif st.front_people:  # the author block's persons again: read as another form of them
        named = [p["name"] for p in people_raw]
        again = [q for q in st.front_people
                 if any(similarity(q["name"], x) >= 0.5 for x in named)]  # fmt: skip
        if again:
            st.blocks.insert(0, {"title": "", "people": again})
    everyone = [*people_raw, *st.people, *(p for blk in st.blocks for p in blk["people"])]
    if any(_caps_line(t) for p in everyone for t in p["lines"]):
        forms = _line_forms(everyone, st.texts)
        for p in everyone:
            caps = {_uncap_line(t, forms): t for t in p["lines"] if _caps_line(t)}
            if caps:
                p["caps"] = caps
                p["lines"] = [_uncap_line(t, forms) if _caps_line(t) else t for t in p["lines"]]
    people = [_build_person(p, lang, base) for p in people_raw]
    for p in st.people:  # a supervisor line in the body names someone the author block may not
        person = _build_person(p, lang, base)
        same = next((q for q in people if _same_person(q["name"], person["name"])), None)
        if same is None:
            people.append(person)
        elif _script(same["name"].get("family") or "") != _script(
            person["name"].get("family") or ""
        ):
            _merge_variant(same, person)  # another language's form of them
    for blk in st.blocks:
        t = recase(_strip_title_dot(blk["title"]))
        tl = detect_language(t)
        if t and tl != lang and tl not in {x["lang"] for x in data.get("titles", [])}:
            data.setdefault("titles", []).append({"value": t, "lang": tl})
        for k, p in enumerate(blk["people"]):
            variant = _build_person(p, tl, None)
            target = _match_person(people, p["name"], k)
            if target is not None:
                _merge_variant(target, variant)
    for leak in st.leaks:
        if _attach_leak(people, leak):
            report.add("note", f"moved affiliation text out of the body: {'; '.join(leak)}",
                       format="html", source=source, field="abstracts", severity="info")  # fmt: skip
        else:
            report.add("unmapped", f"foreign text in the body: {'; '.join(leak)}",
                       format="html", source=source)  # fmt: skip
    profiles = [{"name": p["name"]["family"] or "", "path": p.pop("_profile_path")}
                for p in people if "_profile_path" in p]  # fmt: skip
    unparsed = {p["name"]["family"] or p["name"].get("literal") or "": p.pop("_unparsed")
                for p in people if "_unparsed" in p}  # fmt: skip
    programmes = {p["name"]["family"] or p["name"].get("literal") or "": p.pop("_programmes")
                  for p in people if "_programmes" in p}  # fmt: skip
    phones = {p["name"]["family"] or p["name"].get("literal") or "": p.pop("_phones")
              for p in people if "_phones" in p}  # fmt: skip
    _share_places(people)
    for note in st.corresponding:
        if not _mark_corresponding(people, people_raw, note):
            st.extra.setdefault("corresponding_author", []).append(note)
    data["contributors"] = people

    # abstracts, keywords
    data["abstracts"] = [
        {"lang": _site_lang(a.get("lang") or detect_language(" ".join(a["paragraphs"])),
                            a.get("title")),
         "paragraphs": a["paragraphs"], **({"title": a["title"]} if a.get("title") else {})}
        for a in st.abstracts if a["paragraphs"]
    ]  # fmt: skip
    data["keywords"] = st.keywords
    data["acknowledgements"] = [
        {"value": p, "lang": _lang_like(p, lang)} for p in st.acknowledgements
    ]
    if st.dois:
        data["identifiers"] = [{"scheme": "doi", "value": d} for d in st.dois[:1]]
    if st.urls:
        data["url"] = st.urls[0]
    if base:
        for fig in st.figures:
            fig["href"] = urljoin(base, fig["href"])
    data["sections"] = [_section_out(s, lang, recase) for s in st.sections]
    refs = []
    rlang = None
    romanised = _romanised_list(st)
    if romanised:
        st.extra["references_romanised"] = [f"{label}. {text}" for label, text in romanised]
    for label, text in st.references:
        rlang = _lang_like(text, rlang)
        if rlang == "ru" and _KK_PAGES_RE.search(text):
            rlang = "kk"  # "– 480 б.", "12–15 бб.": Kazakh pages, whatever the names' letters
        try:
            ref = parse_reference(text, rlang)
        except Exception as exc:  # the parser is another module: never lose the raw string
            report.add("degraded", f"reference {label} kept raw: {exc}", format="html",
                       source=source, field="references")  # fmt: skip
            ref = Reference(raw=text, lang=rlang)
        refs.append(ref.model_copy(update={"label": label}))
    data["references"] = refs

    # type and leftovers
    found_ctx = _CONTEXT_XP(tree)
    context = " ".join(map(str, found_ctx)) if isinstance(found_ctx, list) else ""
    if _CONF_RE.search(context):
        data["type"] = "paper-conference"
    extra: dict[str, Any] = {}
    if profiles:
        extra["html:author_profiles"] = profiles
        report.add("unmapped", "relative profile links kept in extra (no base URL known)",
                   format="html", source=source, field="html:author_profiles",
                   severity="info")  # fmt: skip
    if unparsed:
        extra["html:contributor_text"] = unparsed
        report.add("unmapped", "author-block text that is no name, degree, position or "
                   f"affiliation kept in extra: {unparsed}", format="html", source=source,
                   field="html:contributor_text")  # fmt: skip
    if programmes:
        extra["html:study_programmes"] = programmes
        report.add("unmapped", f"study programmes beside a department kept in extra: {programmes}",
                   format="html", source=source, field="html:study_programmes",
                   severity="info")  # fmt: skip
    if phones:
        extra["html:phones"] = phones
        report.add("unmapped", f"phone numbers kept in extra: {phones}", format="html",
                   source=source, field="html:phones", severity="info")  # fmt: skip
    for key, paras in st.extra.items():
        extra[f"html:{key}"] = "\n\n".join(paras)
        report.add("unmapped", f"{key!r} has no model field; kept in extra",
                   format="html", source=source, field=f"html:{key}")  # fmt: skip
    if extra:
        data["extra"] = extra
    try:
        return Work.model_validate(data)
    except ValidationError as exc:  # a value the model refuses: name it, never crash
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ParseError(
            f"article page: {where}: {err['msg']}", source=source, field=where
        ) from None


_FOOTNOTE_MARK_RE = re.compile(r"\s*(?:\d{1,2}|\*{1,3})(?:\s*,\s*(?:\d{1,2}|\*{1,3}))*\s*")


def _mark_corresponding(
    people: list[dict[str, Any]], raw: list[dict[str, Any]], note: str
) -> bool:
    """Mark the author a "* Corresponding author: …" note is about: the one starred in the
    author block, else the one whose family name it names; the e-mail address in it is theirs
    when they have none. False when the note names no one of them."""
    starred = [k for k, p in enumerate(raw) if p.get("star") and k < len(people)]
    folded = ascii_fold(note)
    named = [k for k, c in enumerate(people)
             if any(len(f) > 2 and f in folded
                    for n in [c["name"], *c["alternative_names"]]
                    if (f := ascii_fold(str(n.get("family") or ""))))]  # fmt: skip
    found = starred or named
    if len(found) != 1:
        return False
    person = people[found[0]]
    person["corresponding"] = True
    emails = _EMAIL_RE.findall(note)
    if len(emails) == 1 and not person.get("email"):
        person["email"] = emails[0]
    return True


def _footnote_sup(x: lxml.html.HtmlElement) -> bool:
    """A ``<sup>`` footnote mark in a title: stars anywhere, figures only at the very end (a
    figure inside is a power: "м<sup>2</sup>")."""
    t = x.text or ""
    if len(x) or not _FOOTNOTE_MARK_RE.fullmatch(t):
        return False
    if "*" in t:
        return True
    node: lxml.html.HtmlElement | None = x
    while node is not None and node.tag != "h1":
        if (node.tail or "").strip() or any(_content(y).strip() for y in node.itersiblings()):
            return False
        node = node.getparent()
    return True


def _unstar(text: str) -> str:
    """A title line without the footnote stars after it ("… технологиялар**")."""
    return text.rstrip("*").rstrip() if text.endswith("*") else text


def _author_elements(div: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The author block's lines: its blocks, a layout table read cell by cell ("<tr><td><a>Name
    </a></td><td>студент, …</td></tr>": the name, then its lines; read whole, every row's lines
    went to every person)."""
    out: list[lxml.html.HtmlElement] = []
    for el in [b[0] for b in _flatten(div)] or [div]:
        if el.tag != "table":
            out.append(el)
            continue
        for tr in el.iter("tr"):
            for cell in tr:
                if cell.tag in ("td", "th"):
                    out.extend([b[0] for b in _flatten(cell)] or [cell])
    return out


_TITLE_SLASH_RE = re.compile(r"^(.*?\S)\s+/\s+(\S.*)$")
_TITLE_BRACKET_RE = re.compile(r"^(.*?\S)\s*\(([^()]+)\)$")


def _in_other_script(first: str, second: str) -> bool:
    """Whether ``second`` is written in one script only, and ``first`` (70 %) in the other."""
    lat, cyr = letter_counts(first)
    la, cy = letter_counts(second)
    return (cyr >= 0.7 * (lat + cyr) > 0 and la > 0 and not cy) or (
        lat >= 0.7 * (lat + cyr) > 0 and cy > 0 and not la
    )


def _title_lines(el: lxml.html.HtmlElement) -> tuple[str, list[str]]:
    """The title, and the translations written after it on lines of their own in the other
    script ("Қазақша тақырып<br>English title"); lines in the title's script are one title
    ("«Цифрлық аударма» құралдарының<br>рөлі"). Footnote marks are no part of a title: a
    ``<sup>`` of stars, or of figures at the very end, and stars ending a line
    ("… ТЕХНОЛОГИЯЛАР*"); other figures in ``<sup>``/``<sub>`` are written as superscripts and
    subscripts ("CO<sub>2</sub>" -> "CO₂")."""
    if el.find(".//sup") is not None or el.find(".//sub") is not None:
        el = deepcopy(el)
        for x in [x for x in el.iter("sup") if _footnote_sup(x)]:
            x.text = ""
        _script_figures(el)  # "м<sup>2</sup>" -> "м²", as in the body
    text = _unstar(_text(el))
    if el.find(".//br") is None:
        # "ҚАЗАҚША ТАҚЫРЫП / ENGLISH TITLE", "Қазақша тақырып (English title)"
        m = _TITLE_SLASH_RE.match(text) or _TITLE_BRACKET_RE.match(text)
        if m and _in_other_script(m.group(1), m.group(2)):
            return m.group(1), [m.group(2)]
        return text, []
    lines = [_unstar(t) for t in _br_lines(el)]
    for k in range(1, len(lines)):
        lat, cyr = letter_counts(" ".join(lines[:k]))
        after = [letter_counts(t) for t in lines[k:]]
        # lines in one script only, after a title written (70 %) in the other
        if (cyr >= 0.7 * (lat + cyr) > 0 and all(la and not cy for la, cy in after)) or (
            lat >= 0.7 * (lat + cyr) > 0 and all(cy and not la for la, cy in after)
        ):
            return " ".join(lines[:k]), lines[k:]
    return text, []


_ABBR_END_RE = re.compile(r"(?:^|[\s.])[^\W\d_]{1,2}\.$")


_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}


def _unquote_title(title: str) -> str:
    """A title written wholly in quotes without them ('«Жасыл экономика: тәуекелдер»'): the
    quotes dress the whole title and are no part of it; a title that quotes a name inside
    ('«Абай жолы» романы', '«А» және «Б»') keeps them.

    >>> _unquote_title("«Жасыл экономика»"), _unquote_title("«А» және «Б»")
    ('Жасыл экономика', '«А» және «Б»')
    """
    close = _QUOTE_PAIRS.get(title[:1])
    if close is None or len(title) < 3 or not title.endswith(close):
        return title
    inner = title[1:-1]
    if title[0] in inner or close in inner:
        return title
    return inner.strip()


def _strip_title_dot(title: str) -> str:
    """A title without the full stop pages put after it ("… Алматы." -> "… Алматы"); an
    abbreviation's dot ("т.б.", "etc.", "г.") and an ellipsis stay; a title wholly in quotes
    loses them ("«…»." -> "…").

    >>> _strip_title_dot("Роль ШОС в регионе."), _strip_title_dot("Тарих, мәдениет т.б.")
    ('Роль ШОС в регионе', 'Тарих, мәдениет т.б.')
    """
    if not title.endswith(".") or title.endswith("..") or _ABBR_END_RE.search(title):
        return _unquote_title(title)
    if title[-4:-1].lower() == "etc":
        return title
    return _unquote_title(title[:-1].rstrip())


def _caps_heading(title: str) -> bool:
    """An ALL-CAPS heading with a word of five letters or more ("ВВЕДЕНИЕ", "ҚОРЫТЫНДЫ",
    "МАТЕРИАЛЫ И МЕТОДЫ"): capitals for emphasis, re-cased as a title is; a short one may be
    an acronym ("SWOT", "ЕАЭС") and stays."""
    return _is_caps(title) and any(len(w) >= 5 and w.isalpha() for w in _WORD_RE.findall(title))


def _section_out(
    s: dict[str, Any], lang: str | None, recase: Callable[[str], str] | None = None
) -> dict[str, Any]:
    out = {
        k: v for k, v in s.items() if v not in (None, [], "") and k != "sections" and k[0] != "_"
    }
    title = s.get("title") or ""
    if recase is not None and _caps_heading(title):
        title = out["title"] = recase(title)
    # detection costs; a title in the page's own script is in the page's language
    same = lang is None or _script(title) == ("Latn" if lang == "en" else "Cyrl")
    out["lang"] = (lang if same else detect_language(title)) or lang
    if s["sections"]:
        out["sections"] = [_section_out(x, lang, recase) for x in s["sections"]]
    return out
