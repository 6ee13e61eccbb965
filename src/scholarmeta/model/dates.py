"""Partial dates: a year, a year and month, or a full day; ranges, seasons, circa and literals."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["PartialDate"]

_ISO_RE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(~|\?|%)?$")


class PartialDate(BaseModel):
    """A date that may lack its month or day; an optional ``end`` makes it a range.

    ``literal`` keeps a date that could not be read ("Spring 2019", "в печати").

    >>> PartialDate.parse("2024-05")
    PartialDate(year=2024, month=5, day=None, season=None, circa=False, literal=None, end=None)
    >>> str(PartialDate.parse("2024-05"))
    '2024-05'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    year: int | None = Field(default=None, ge=-9999, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    season: int | None = Field(default=None, ge=1, le=4, description="1 spring … 4 winter")
    circa: bool = False
    literal: str | None = None
    end: PartialDate | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            return cls._parse_dict(data)
        if isinstance(data, int):
            return {"year": data}
        return data

    @model_validator(mode="after")
    def _check(self) -> PartialDate:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.year is None and self.literal is None and (self.month or self.day):
            raise ValueError("a month or day needs a year")
        if self.year is None and self.literal is None and self.end is None and self.season is None:
            raise ValueError("empty date")
        return self

    @classmethod
    def _parse_dict(cls, text: str) -> dict[str, Any]:
        s = text.strip()
        if "/" in s:
            a, _, b = s.partition("/")
            start, end = cls._parse_dict(a), cls._parse_dict(b) if b.strip() not in {"", ".."} else None
            if "literal" not in start and (end is None or "literal" not in end):
                if end is not None:
                    start["end"] = end
                return start
            return {"literal": s}
        m = _ISO_RE.match(s)
        if m:
            y, mo, d, q = m.groups()
            out: dict[str, Any] = {"year": int(y)}
            if mo:
                if 21 <= int(mo) <= 24:  # EDTF seasons
                    out["season"] = int(mo) - 20
                else:
                    out["month"] = int(mo)
            if d:
                out["day"] = int(d)
            if q in ("~", "%"):
                out["circa"] = True
            return out
        return {"literal": s}

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ISO 8601 / EDTF level-0/1 (``2024``, ``2024-05``, ``2024-05-10``, ``2019~``,
        ``2019-21`` for spring, ``2019/2020``); anything else is kept as ``literal``.

        >>> PartialDate.parse("2019/2020").end.year
        2020
        """
        return cls.model_validate(cls._parse_dict(text))

    def iso(self) -> str:
        """The EDTF form; a literal date returns its literal.

        >>> PartialDate(year=2024, month=5, day=1).iso()
        '2024-05-01'
        """
        if self.year is None:
            return self.literal or ""
        s = f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}"
        if self.month:
            s += f"-{self.month:02d}"
            if self.day:
                s += f"-{self.day:02d}"
        elif self.season:
            s += f"-{self.season + 20}"
        if self.circa:
            s += "~"
        if self.end is not None:
            s += "/" + self.end.iso()
        return s

    def __str__(self) -> str:
        return self.iso()
