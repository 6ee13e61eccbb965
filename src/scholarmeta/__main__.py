"""``python -m scholarmeta``."""

from .cli import main

main()
