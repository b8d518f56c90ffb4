"""What the user asked for, from options and the environment: decided once, handed down.

The output side (JSON or text, colour, width) is render.Output; this is the input side:
which FAQ file, and whether the index cache may be used. Standard library only.
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

FAQ_VARIABLE = "KETACLI_FAQ"


class Settings(NamedTuple):
    faq_path: Path | None = None  # None: the FAQ that ships with ketacli
    faq_given_by: str | None = None  # "--faq" or "KETACLI_FAQ": error messages say which to change
    use_cache: bool = True

    @classmethod
    def resolve(
        cls, faq_option: Path | None = None, *, no_cache: bool = False, environ: Mapping[str, str] | None = None
    ) -> "Settings":
        """--faq, else $KETACLI_FAQ, else the bundled FAQ."""
        environ = os.environ if environ is None else environ
        if faq_option is not None:
            return cls(faq_option, "--faq", not no_cache)
        if environ.get(FAQ_VARIABLE):
            return cls(Path(environ[FAQ_VARIABLE]), FAQ_VARIABLE, not no_cache)
        return cls(use_cache=not no_cache)
