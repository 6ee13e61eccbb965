"""Generate the JSON Schema of the models into ``schemas/``: ``python -m scholarmeta.model.schema``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .work import Work

__all__ = ["SCHEMA_FILE", "generate", "main"]

SCHEMA_FILE = "work.schema.json"


def generate() -> dict[str, Any]:
    """The JSON Schema of ``Work`` (validation mode), with a stable ``$id``.

    >>> generate()["$id"].endswith("work.schema.json")
    True
    """
    schema = Work.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://scholarmeta.invalid/schemas/work.schema.json"
    return schema


def render() -> str:
    return json.dumps(generate(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write ``schemas/work.schema.json`` under the given folder (default ``schemas``)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "schemas")
    out.mkdir(parents=True, exist_ok=True)
    (out / SCHEMA_FILE).write_text(render(), encoding="utf-8")
    print(f"wrote {out / SCHEMA_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
