"""Who the audit log names: the current coach of the open data folder, else the login."""

from __future__ import annotations

from pathlib import Path

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.actor import (
    current_actor,
    login_name,
    release_actor_paths,
    use_actor_paths,
)
from larsam_desktop.services.preferences import set_current_coach


def test_the_current_coach_is_named_while_the_folder_is_open(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    other = AppPaths(tmp_path / "other")
    assert current_actor(paths) == login_name()  # no coach chosen yet
    set_current_coach(paths, "Kerstin Lind")
    assert current_actor(paths) == "Kerstin Lind"
    use_actor_paths(paths)
    try:
        assert current_actor() == "Kerstin Lind"
        release_actor_paths(other)  # another folder's session closing changes nothing
        assert current_actor() == "Kerstin Lind"
    finally:
        release_actor_paths(paths)
    assert current_actor() == login_name()
