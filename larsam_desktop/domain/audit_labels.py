"""The audit log's details as a person reads them, Swedish first.

Entries keep small English facts (``admitted: 0, bad_rows_skipped: 1``) so that the chain
and the command line's ``key=value`` output never change; the viewer shows each detail by
its name in the reader's language with its value formatted: ``Antagna: 0, Felaktiga rader
som hoppades över: 1``. An unknown key (a later feature's) reads as its words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from larsam_desktop.domain.bilingual import Bilingual, Language

B = Bilingual

DETAIL_NAMES: Mapping[str, Bilingual] = MappingProxyType(
    {
        "kind": B("Typ", "Kind"),
        "format": B("Format", "Format"),
        "formats": B("Format", "Formats"),
        "rows": B("Rader", "Rows"),
        "created": B("Registrerade", "Registered"),
        "admitted": B("Antagna", "Admitted"),
        "matched": B("Redan registrerade", "Already registered"),
        "bad_rows_skipped": B("Felaktiga rader som hoppades över", "Bad rows skipped"),
        "file": B("Fil", "File"),
        "tables": B("Tabeller", "Tables"),
        "purpose": B("Syfte", "Purpose"),
        "columns": B("Kolumner", "Columns"),
        "destination": B("Mottagare", "Destination"),
        "document": B("Dokument", "Document"),
        "revision": B("Version", "Revision"),
        "personnummer": B("Med personnummer", "With personnummer"),
        "learners": B("Deltagare", "Learners"),
        "k": B("Minsta antal per cell", "Smallest count per cell"),
        "k_before": B("Minsta antal per cell före", "Smallest count per cell before"),
        "series": B("Publiceringsserie", "Publication series"),
        "period": B("Period", "Period"),
        "schema": B("Schema", "Schema"),
        "updated": B("Uppdaterade", "Updated"),
        "events": B("Händelser", "Events"),
        "sha256": B("Kontrollsumma", "Checksum"),
        "contact_id": B("Kontakt", "Contact"),
        "activity": B("Aktivitet", "Activity"),
        "offering": B("Utbildningstillfälle", "Offering"),
        "added": B("Tillagda", "Added"),
        "level": B("Nivå", "Level"),
        "change": B("Ändring", "Change"),
    }
)

# Text values that are codes, by detail key (others are shown as they are).
DETAIL_VALUES: Mapping[str, Mapping[str, Bilingual]] = MappingProxyType(
    {
        "kind": {
            "learners": B("Deltagare", "Learners"),
            "admitted": B("Antagningslista", "Admitted list"),
            "statistics": B("Statistik", "Statistics"),
            "offerings": B("Utbildningsutbud", "Offerings"),
            "student_group": B("Studentgrupp för ett utbildningstillfälle", "Student group"),
            "outreach": B(
                "Sökande utan behörighet (lista för uppsökande)", "Outreach list (not eligible)"
            ),
            "caseload": B("Deltagarlistan", "The caseload"),  # printed, listed
            "today": B("Idag (coachens dag)", "Today (the coach's day)"),
        },
        "purpose": {"access_request": B("Registerutdrag", "Access request")},
        "document": {"study_plan": B("Studieplan", "Study plan")},
        "formats": {"json+pdf": B("JSON och PDF", "JSON and PDF")},
        "change": {
            "plan_created": B("ny studieplan", "new study plan"),
            "revision_added": B("ny version", "new revision"),
            "revision_edited": B("ändrad version", "edited revision"),
        },
    }
)

# A 0/1 detail that means no/yes.
FLAGS = frozenset({"personnummer"})
YES, NO = B("ja", "yes"), B("nej", "no")


def detail_name(key: str, language: Language) -> str:
    known = DETAIL_NAMES.get(key)
    if known is not None:
        return known.in_language(language)
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def detail_value(key: str, value: str | int, language: Language) -> str:
    if key in FLAGS and isinstance(value, int):
        return (YES if value else NO).in_language(language)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\N{NO-BREAK SPACE}" if language == "sv" else ",")
    known = DETAIL_VALUES.get(key, {}).get(value)
    if known is not None:
        return known.in_language(language)
    if key == "format":
        return value.upper() if value.isalnum() and len(value) <= 5 else value
    return value


def details_text(details: Mapping[str, str | int], language: Language) -> str:
    """``Typ: Deltagare, Rader: 4, Registrerade: 3`` in the order of ``DETAIL_NAMES``."""
    order = {key: position for position, key in enumerate(DETAIL_NAMES)}
    keys = sorted(details, key=lambda key: (order.get(key, len(order)), key))
    return ", ".join(
        f"{detail_name(key, language)}: {detail_value(key, details[key], language)}" for key in keys
    )
