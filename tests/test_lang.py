"""Language detection and romanisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scholarmeta.lang import detect_language, normalize_space
from scholarmeta.translit import ascii_fold, romanize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мақала тәуелсіздік тәжірибесінің сыртқы саясатқа әсерін зерттейді.", "kk"),
        ("Бұл зерттеуде мемлекеттің рөлі қарастырылады", "kk"),
        ("Алматы қаласы", "kk"),
        ("ғылыми жетекшісі, доцент", "kk"),
        ("Статья посвящена внешней политике Республики Казахстан.", "ru"),
        ("В статье рассматривается роль Қазақстан в регионе и его политика", "ru"),
        ("научный руководитель, канд. пед. наук, доцент", "ru"),
        ("Казахстан, Алматы", "ru"),
        ("This article analyzes the foreign policy of Kazakhstan.", "en"),
        ("Keywords: diplomacy", "en"),
        ("Стаття присвячена зовнішній політиці України та її європейській інтеграції", "uk"),
        ("12345 — 67", None),
        # Kazakh in the Latin alphabet of 2021; other Latin writing with accents is not
        ("Maqalada Qazaqstannyń ǵylymı zertteýleri boıynsha derekter qarastyrylady", "kk-Latn"),
        ("QAZAQSTANNYŃ ǴYLYMY JÁNE BILIMI", "kk-Latn"),
        ("qashyqtan zondtaý, NDVI, bıdaı", "kk-Latn"),
        ("The museum in Gdańsk was visited by the team of the project", "en"),
        ("Análisis de la economía española", None),
        ("Türkiye ekonomisinin büyüme oranı", None),
        # CJK: Hangul is Korean, kana Japanese, Han alone Chinese; a stray Latin letter
        # ("[J]", "p.") does not make a Latin text
        ("医学生体质测试指标相关性[J]", "zh"),
        ("弥生時代小形仿製鏡について", "ja"),
        ("부여 정림사지 오층석탑, 지질학회지 43, p.183", "ko"),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Бақытқызы Жпнэль", "Bakytkyzy Zhpnel"),
        ("Тулекова Гүлжан Қажымұратқызы", "Tulekova Gulzhan Kazhymuratkyzy"),
        ("Щербаков Юрий", "Shcherbakov Iurii"),
        ("Öztürk", "Ozturk"),
    ],
)
def test_romanize(text: str, latin: str) -> None:
    assert romanize(text) == latin


def test_ascii_fold_gives_key_material() -> None:
    assert ascii_fold("Қазақстанның") == "kazakstannyn"


def test_normalize_space_handles_nbsp_and_runs() -> None:
    assert normalize_space("a\u00a0\u00a0b  \n c") == "a b c"


_SPACES = " \t\n\r\x0b\x0c\x1c\x85\u00a0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


@given(st.text(alphabet=st.sampled_from([*_SPACES, "\u200b", "\ufeff", "\u00ad", "a", "ә", "Z"])))
def test_normalize_space_is_split_and_join_without_the_invisible_characters(text: str) -> None:
    """The fast paths (already normalised text returned as is) give what the definition does."""
    plain = " ".join(text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "").split())
    assert normalize_space(text) == plain
