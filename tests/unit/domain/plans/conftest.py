"""The shipped catalogue and rule book."""

from __future__ import annotations

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.paths import resources_dir


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(resources_dir() / "catalogue")


@pytest.fixture(scope="session")
def book(catalogue: Catalogue) -> RuleBook:
    return load_rule_book(resources_dir() / "rules", catalogue)
