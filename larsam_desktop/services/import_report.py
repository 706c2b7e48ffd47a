"""An import's problems as a person reads them, in a chosen language (the command line).

The window renders the same parts with its own translator (``ui/dialogs/import_dialog``):
the field's name from ``domain.field_names``, then the problem's template translated in the
``FieldError`` context and filled in.
"""

from __future__ import annotations

from larsam_desktop.domain.errors import FieldError, fill
from larsam_desktop.domain.importing import BadRow, reason_label, reason_params
from larsam_desktop.services.catalogue import Texts


def reason_text(reason: FieldError, texts: Texts) -> str:
    """``Personnummer: Kontrollsiffran stämmer inte; …`` (the row's own problems unnamed)."""
    message = fill(
        texts.translate("FieldError", reason.template), reason_params(reason, texts.language)
    )
    label = reason_label(reason, texts.language)
    return f"{label}: {message}" if label else message


def bad_row_text(bad: BadRow, texts: Texts) -> str:
    """``Rad 3: Personnummer: …; E-post: …``."""
    reasons = "; ".join(reason_text(r, texts) for r in bad.reasons)
    return fill(
        texts.translate("ImportReport", "Line {line}: {reasons}"),
        {"line": bad.line, "reasons": reasons},
    )
