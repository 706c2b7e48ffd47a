from __future__ import annotations

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.paths import resources_dir


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(resources_dir() / "catalogue")
