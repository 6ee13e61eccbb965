"""Fast LaTeX <-> Unicode for bibliography field values.

Why hand-written: pylatexenc (and bibtexparser's middlewares built on it) parse every value into
a node tree, which costs ~1 ms per entry; BibTeX values use a small set of accent and symbol
commands, which one compiled regex handles in microseconds. pylatexenc is still the fallback
for rare commands (decoding) and for characters outside our table (encoding).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

__all__ = [
    "ACCENTS",
    "SYMBOLS",
    "ascii_latex",
    "escape_latex",
    "latex_to_unicode",
    "strip_outer_braces",
]

ACCENTS: dict[str, str] = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}  # fmt: skip
"""Accent commands and the combining character each one adds."""

SYMBOLS: dict[str, str] = {
    "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
    "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "guillemotleft": "«",
    "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»", "quotedblbase": "„",
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_",
    "textbar": "|", "textless": "<", "textgreater": ">", "textbraceleft": "{",
    "textbraceright": "}", "textdollar": "$", "S": "§", "P": "¶", "dag": "†", "ddag": "‡",
    "copyright": "©", "textcopyright": "©", "textregistered": "®", "texttrademark": "™",
    "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€", "textdegree": "°",
    "ldots": "…", "dots": "…", "textellipsis": "…", "textperiodcentered": "·",
    "textbullet": "•", "textsection": "§", "textparagraph": "¶", "textexclamdown": "¡",
    "textquestiondown": "¿", "textnumero": "№", "No": "№",
    "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2ε", "BibTeX": "BibTeX", "AmSTeX": "AmSTeX",
    "AMS": "AMS", "MF": "Metafont", "MP": "MetaPost", "ConTeXt": "ConTeXt", "XeTeX": "XeTeX",
    "LuaTeX": "LuaTeX", "eTeX": "e-TeX", "pdfTeX": "pdfTeX", "METAFONT": "METAFONT",
    "TUB": "TUGboat", "Dash": "—", "dash": "–", "slash": "/", "space": " ", "quad": " ", "qquad": " ", "enspace": " ",
    "thinspace": "\u2009", "nobreakspace": "\u00a0", "textvisiblespace": "␣", "par": "\n\n",
    "newline": " ", "linebreak": " ", "allowbreak": "", "break": "", "hyphen": "-",
    "textminus": "−", "textpm": "±", "texttimes": "×",
}  # fmt: skip
"""Commands without arguments and their Unicode text."""

# Commands whose argument is kept as text (the braces go with the case-protection pass).
_KEEP_ARG = frozenset(
    "emph textit textbf textsc textrm textsf texttt textup textsl textmd textnormal mbox hbox "
    "text textcolor url path nolinkurl NoCaseChange nocase enquote mkbibquote mkbibemph "
    "textsuperscript textsubscript uppercase lowercase MakeUppercase MakeLowercase ensuremath "
    "foreignlanguage textenglish textrussian textgerman textfrench".split()
)
# Declarations and spacing commands that print nothing.
_DROP = frozenset(
    "em it bf sc rm sf tt sl itshape bfseries scshape upshape slshape mdseries normalfont "
    "relax protect noindent ignorespaces unskip null xspace bgroup egroup selectlanguage "
    "tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge".split()
)
_CONTROL_SYMBOLS: dict[str, str] = {
    "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", " ": " ", ",": "\u2009", ";": " ",
    ":": " ", "!": "", "\\": " ", "-": "", "/": "", "@": "", "\n": " ", "\t": " ",
}  # fmt: skip

_LBRACE, _RBRACE, _TILDE = "\x00", "\x01", "\x02"  # stand-ins for \{ \} \~{} during the passes
_PLACEHOLDERS = {"textasciitilde": _TILDE, "textbraceleft": _LBRACE, "textbraceright": _RBRACE}
_NEEDS = re.compile(r"[\\{}~$`]|--|''")
_MATH = re.compile(r"(?<!\\)(\$\$.+?\$\$|\$[^$]+?(?<!\\)\$)", re.S)
_ACCENT = re.compile(
    r"\\(?:([`'^\"~=.])|([uvHckrdbt])(?=[\s{]))\s*"
    r"(?:\{\s*(\\[ij](?![A-Za-z])|[A-Za-z]?)\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))"
)
_COMMAND = re.compile(r"\\([A-Za-z]+)\s*(\{\})?(?=(.?))|\\([^A-Za-z])", re.S)
_DASHES = re.compile(r"---?")
_WS_ONLY = re.compile(r"\s+")


def _accent(m: re.Match[str]) -> str:
    acc = m.group(1) or m.group(2)
    base = m.group(3) if m.group(3) is not None else m.group(4)
    if base in ("\\i", "\\j"):
        base = base[1]
    if not base:  # \^{} and \~{} are the bare characters
        return {"~": _TILDE, "^": "^", "`": "`", "'": "'", '"': '"'}.get(acc, "")
    return unicodedata.normalize("NFC", base + ACCENTS[acc])


@lru_cache(maxsize=1)
def _pylatexenc() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="verbatim")


@lru_cache(maxsize=512)
def _fallback(name: str) -> str | None:
    """Ask pylatexenc about a command our tables lack; ``None`` when it knows nothing better."""
    try:
        text: str = _pylatexenc().latex_to_text("\\" + name + "{}")
    except Exception:
        return None
    return text if text.strip() else None


def _command(m: re.Match[str]) -> str:
    name = m.group(1)
    if name is None:
        sym = m.group(4)
        if sym == "{":
            return _LBRACE
        if sym == "}":
            return _RBRACE
        return _CONTROL_SYMBOLS.get(sym, sym)
    if name in SYMBOLS:
        return _PLACEHOLDERS.get(name) or SYMBOLS[name]
    if name in _KEEP_ARG or name in _DROP:
        return ""
    known = _fallback(name)
    if known is not None:
        return known
    nxt = m.group(3)
    return "\\" + name + (" " if not m.group(2) and (nxt.isalpha() or nxt == "{") else "")


# biblatex/csquotes quoting commands print their argument in quotation marks
_QUOTE_CMD = re.compile(r"\\(?:mkbibquote|enquote|textquote)\*?\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}")


def _decode_text(s: str) -> str:
    if "\\" in s:
        if "quote" in s:
            s = _QUOTE_CMD.sub(r"“\1”", s)
        s = _ACCENT.sub(_accent, s)
        s = _COMMAND.sub(_command, s)
    # ligatures before the braces go, so that a written "-{}-" stays two hyphens
    if "-" in s:
        s = _DASHES.sub(lambda m: "—" if len(m.group(0)) == 3 else "–", s)
    if "``" in s:
        s = s.replace("``", "“")
    if "''" in s:
        s = s.replace("''", "”")
    if "{" in s or "}" in s:
        s = s.replace("{", "").replace("}", "")
    if "~" in s:
        s = s.replace("~", " ")
    return s.replace(_LBRACE, "{").replace(_RBRACE, "}").replace(_TILDE, "~")


_BRACE_RE = re.compile(r"[{}]")


@lru_cache(maxsize=65536)
def latex_to_unicode(text: str) -> str:
    """Decode the LaTeX of a BibTeX value to plain Unicode; math ``$...$`` is left as written.

    Accents, symbols and dashes become characters, case-protecting braces go, ``~`` becomes a
    space, unknown commands are kept verbatim.

    >>> latex_to_unicode(r"{\\"U}ber {\\'e}t\\'{e} \\c{c}a {\\o}l Stra\\ss e -- {DNA} $x^2$")
    'Über été ça øl Straße – DNA $x^2$'
    >>> latex_to_unicode(r"50\\% of \\emph{all}~\\{x\\}")
    '50% of all {x}'
    """
    if not _NEEDS.search(text):
        return text
    if "$" not in text:
        return _decode_text(text)
    parts = _MATH.split(text)
    return "".join(p if i % 2 else _decode_text(p) for i, p in enumerate(parts))


def strip_outer_braces(text: str) -> str:
    """Remove one pair of braces wrapping the whole value (``{{Title}}`` -> ``{Title}``).

    >>> strip_outer_braces("{A} and {B}"), strip_outer_braces("{AB}")
    ('{A} and {B}', 'AB')
    """
    if not (text.startswith("{") and text.endswith("}")):
        return text
    depth = 0
    last = len(text) - 1
    for m in _BRACE_RE.finditer(text):  # the braces only, found in C
        if m.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0 and m.start() != last:
                return text
    return text[1:-1]


# -- encoding ------------------------------------------------------------------------------

_SPECIAL_ASCII: dict[str, str] = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "#": r"\#",
    "$": r"\$", "_": r"\_", "^": r"\^{}", "~": r"\~{}",
}  # fmt: skip
_LIGATURE = re.compile(r"-{2,}|`{2,}|'{2,}")
_SPECIAL_RE = re.compile(r"[\\{}%&#$_^~]")
_MATH_OUT = re.compile(r"\$(?=\S)[^$%\n]*?[\\^_][^$%\n]*?(?<=\S)\$")
_COMBINING_TO_ACCENT = {v: k for k, v in ACCENTS.items()}
_SYMBOL_TO_COMMAND: dict[str, str] = {
    v: k for k, v in SYMBOLS.items() if len(v) == 1 and not v.isascii() and k not in ("No",)
}
_SYMBOL_TO_COMMAND.update({"–": "--", "—": "---", "\u00a0": "~", "ı": "i"})


def _balanced(s: str) -> bool:
    """Whether the braces of ``s`` nest (a scan of the braces only, found in C).

    >>> _balanced("a {b {c}} d"), _balanced("}{"), _balanced("{a"), _balanced("plain")
    (True, False, False, True)
    """
    if "{" not in s and "}" not in s:
        return True
    depth = 0
    for ch in _BRACE_RE.findall(s):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@lru_cache(maxsize=4096)
def _char_to_latex(ch: str) -> str:
    cmd = _SYMBOL_TO_COMMAND.get(ch)
    if cmd is not None:
        if cmd.startswith("-") or cmd == "~":
            return cmd
        return "{\\" + cmd + "}"
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if base.isascii() and marks and all(m in _COMBINING_TO_ACCENT for m in marks):
        out = "\\i" if base == "i" else base
        for mark in marks:
            acc = _COMBINING_TO_ACCENT[mark]
            out = f"\\{acc}{{{out}}}" if acc.isalpha() else f"\\{acc}{out}"
        return "{" + out + "}"
    from pylatexenc.latexencode import unicode_to_latex

    enc: str = unicode_to_latex(ch, non_ascii_only=True, unknown_char_warning=False)
    return enc if enc.isascii() else "?"


_UNBALANCED = {**_SPECIAL_ASCII, "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}


def _escape_plain(s: str, ascii_only: bool, balanced: bool = True) -> str:
    table = _SPECIAL_ASCII if balanced else _UNBALANCED
    s = _SPECIAL_RE.sub(lambda m: table[m.group(0)], s)
    if "--" in s or "``" in s or "''" in s:  # literal, not the TeX ligatures
        s = _LIGATURE.sub(lambda m: "{}".join(m.group(0)), s)
    if ascii_only and not s.isascii():
        s = "".join(ch if ch.isascii() else _char_to_latex(ch) for ch in s)
    return s


def _nfc(text: str) -> str:
    """NFC (letters and combining accents composed), except that characters NFC would swap for
    another one (singletons: CJK compatibility ideographs, the ohm sign …) stay as written, so
    a written value reads back as the same text."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    out: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        d = unicodedata.decomposition(ch)
        if d and d[0] != "<" and " " not in d:
            out.append(unicodedata.normalize("NFC", text[start:i]))
            out.append(ch)
            start = i + 1
    out.append(unicodedata.normalize("NFC", text[start:]))
    return "".join(out)


def ascii_latex(text: str) -> str:
    """Only the non-ASCII characters of ``text`` as LaTeX commands (for raw LaTeX values).

    >>> ascii_latex(r"G\\"odel and Gӧdel")
    'G\\\\"odel and G{\\\\"\\\\cyro}del'
    """
    if text.isascii():
        return text
    text = _nfc(text)
    return "".join(ch if ch.isascii() else _char_to_latex(ch) for ch in text)


def escape_latex(text: str, *, ascii_only: bool = False) -> str:
    """Escape plain text for a BibTeX value: braces, backslash and the LaTeX specials always;
    with ``ascii_only`` every non-ASCII character too. Unbalanced braces become
    ``\\textbraceleft{}`` / ``\\textbraceright{}`` (BibTeX counts ``\\{`` as a brace). Math
    ``$...$`` with balanced braces stays as written, so a value read from BibTeX goes back.

    >>> escape_latex("50% {of} R&D_x")
    '50\\\\% \\\\{of\\\\} R\\\\&D\\\\_x'
    >>> escape_latex("Müller – Łódź", ascii_only=True)
    'M{\\\\"u}ller -- {\\\\L}{\\\\\\'o}d{\\\\\\'z}'
    """
    text = _nfc(text)
    # BibTeX counts \{ and \} as braces too: unbalanced ones become brace-free commands
    bal = _balanced(text)
    if "$" not in text:
        return _escape_plain(text, ascii_only, bal)
    out: list[str] = []
    pos = 0
    for m in _MATH_OUT.finditer(text):
        if not _balanced(m.group(0)) or (ascii_only and not m.group(0).isascii()):
            continue
        out.append(_escape_plain(text[pos : m.start()], ascii_only, bal))
        out.append(m.group(0))
        pos = m.end()
    out.append(_escape_plain(text[pos:], ascii_only, bal))
    return "".join(out)
