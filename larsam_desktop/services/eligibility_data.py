"""The course catalogue and the admission rules shipped in ``resources/``, loaded once.

Kept apart from the eligibility service so that evaluating a transcript file does not import
SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.paths import resources_dir


@dataclass(frozen=True, slots=True)
class EligibilityData:
    catalogue: Catalogue
    book: RuleBook

    def target_names(self, language: Language = "sv") -> dict[str, str]:
        """Every target's name by its id (grundläggande behörighet included), in
        ``language`` (Swedish: the official names)."""
        return {t: self.book.title(t).in_language(language) for t in self.book.target_ids}


def load_eligibility_data(folder: Path | None = None) -> EligibilityData:
    """Read ``catalogue/`` and ``rules/`` under ``folder`` (default: the shipped resources).

    Raises ``OSError`` or ``DataFileError`` when the files cannot be read.
    """
    base = folder if folder is not None else resources_dir()
    catalogue = load_catalogue(base / "catalogue")
    return EligibilityData(catalogue, load_rule_book(base / "rules", catalogue))
