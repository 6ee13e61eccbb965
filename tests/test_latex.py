"""LaTeX -> Unicode decoding and Unicode -> LaTeX escaping (scholarmeta.latex)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scholarmeta.latex import escape_latex, latex_to_unicode, strip_outer_braces

DECODE = [
    (r'{\"u}ber', "über"),
    (r"\'{e}t\'e", "été"),
    (r"\c{c}a \c c", "ça ç"),
    (r"\v{s}\v{Z}", "šŽ"),
    (r"{\o}re {\O}", "øre Ø"),
    (r"Stra\ss e", "Straße"),
    (r"\ss{}x", "ßx"),
    (r"{\aa}s {\AA}", "ås Å"),
    (r"{\l}{\L}", "łŁ"),
    (r"\H{o}\k{a}\r{u}\u{g}\={a}\.{z}\d{s}", "őąůğāżṣ"),
    (r'\"{\i}', "ï"),
    (r"\^{}", "^"),
    ("a -- b --- c", "a – b — c"),
    (r"\textendash\ \textemdash", "– —"),
    ("non~breaking", "non breaking"),
    ("{DNA} and {{RNA}}", "DNA and RNA"),
    ("$x^{2}_{i}$ stays", "$x^{2}_{i}$ stays"),
    (r"50\% \& \$5 \#1 \_x", "50% & $5 #1 _x"),
    (r"\emph{a} \textbf{b} \textit{c}", "a b c"),
    (r"\{literal\}", "{literal}"),
    (r"\textbraceleft{}x", "{x"),
    (r"``quoted''", "“quoted”"),
    (r"The \TeX{}book and \LaTeX", "The TeXbook and LaTeX"),
    (r"\unknowncmd{x}", r"\unknowncmd x"),
    (r"{\cyrd}{\cyra}", "да"),
    ("plain text", "plain text"),
    ("Қазақ тілі", "Қазақ тілі"),
]


@pytest.mark.parametrize(("latex", "text"), DECODE)
def test_decode(latex: str, text: str) -> None:
    assert latex_to_unicode(latex) == text


ESCAPE = [
    ("50% & $5 #1 _x ^ ~", False, r"50\% \& \$5 \#1 \_x \^{} \~{}"),
    ("{balanced}", False, r"\{balanced\}"),
    ("un}balanced{", False, r"un\textbraceright{}balanced\textbraceleft{}"),
    ("back\\slash", False, r"back\textbackslash{}slash"),
    ("Müller", False, "Müller"),
    ("Müller", True, r'M{\"u}ller'),
    ("a--b", False, "a-{}-b"),
    ("Ø ß", True, r"{\O} {\ss}"),
    ("$x^2$", False, "$x^2$"),
]


@pytest.mark.parametrize(("text", "ascii_only", "latex"), ESCAPE)
def test_escape(text: str, ascii_only: bool, latex: str) -> None:
    assert escape_latex(text, ascii_only=ascii_only) == latex


@pytest.mark.parametrize(("value", "out"), [("{A}", "A"), ("{A} {B}", "{A} {B}"), ("A", "A")])
def test_strip_outer_braces(value: str, out: str) -> None:
    assert strip_outer_braces(value) == out


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_escape_round_trips_and_balances(text: str) -> None:
    """Whatever the text, the escaped form has balanced braces and decodes back to it."""
    for ascii_only in (False, True):
        enc = escape_latex(text, ascii_only=ascii_only)
        assert _balanced(enc)
        if not ascii_only:
            nfc = __import__("unicodedata").normalize
            # the same text up to canonical equivalence (compatibility ideographs stay as written)
            assert nfc("NFC", latex_to_unicode(enc)) == nfc("NFC", text)


def _brace_depths(s: str, start: int = 0) -> list[tuple[int, int]]:
    """(index, depth after it) of each brace of ``s`` from ``start``, by a scan of every
    character: the definition the brace helpers (which find the braces with a regex) follow."""
    out, depth = [], 0
    for i in range(start, len(s)):
        if s[i] in "{}":
            depth += 1 if s[i] == "{" else -1
            out.append((i, depth))
    return out


@given(st.text(alphabet="{}ab\\ ", max_size=30), st.integers(0, 5))
def test_brace_helpers_follow_the_character_scan(s: str, start: int) -> None:
    from scholarmeta.formats._bibtex_read import _match_brace
    from scholarmeta.latex import _balanced

    depths = _brace_depths(s)
    assert _balanced(s) == (all(d >= 0 for _, d in depths) and (not depths or depths[-1][1] == 0))
    if s.startswith("{") and s.endswith("}"):
        inner_close = any(d == 0 and s[i] == "}" and i != len(s) - 1 for i, d in depths)
        assert strip_outer_braces(s) == (s if inner_close else s[1:-1])
    else:
        assert strip_outer_braces(s) == s
    closing = [i for i, d in _brace_depths(s, start) if d == 0 and s[i] == "}"]
    assert _match_brace(s, start) == (closing[0] + 1 if closing else len(s))


@pytest.mark.parametrize(
    ("tex", "text"),
    [  # biblatex-examples.bib (github:plk/biblatex bibtex/bib/biblatex/biblatex-examples.bib)
        (r"\mkbibquote{Intention} und \mkbibquote{Intentionalit{\"a}t} in",
         "“Intention” und “Intentionalität” in"),
        (r"\enquote*{a {B} c} and \enquote{d}", "“a B c” and “d”"),
        (r"\textquote{x}", "“x”"),
    ],
)
def test_quoting_commands_print_quotes(tex: str, text: str) -> None:
    assert latex_to_unicode(tex) == text
