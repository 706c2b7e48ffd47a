"""Who the audit log names: the current coach of the open data folder, else the login.

Kept free of the database layer so that the command line can register the folder before
it imports anything heavy.
"""

from __future__ import annotations

import getpass

from larsam_desktop.paths import AppPaths

_actor_paths: AppPaths | None = None  # the data folder of the open session (window, command)


def use_actor_paths(paths: AppPaths | None) -> None:
    """The data folder whose current coach the audit log names (set when a session opens)."""
    global _actor_paths
    _actor_paths = paths


def release_actor_paths(paths: AppPaths) -> None:
    """The session of ``paths`` closed: forget it (unless another one registered since)."""
    global _actor_paths
    if _actor_paths == paths:
        _actor_paths = None


def current_actor(paths: AppPaths | None = None) -> str:
    """Who is at the keyboard: the current coach (File → Current coach…, kept in the data
    folder's preferences) of ``paths`` or of the open session, else the login name.

    In team mode the server records the login whatever is passed (``storage.team_mode``).
    """
    chosen = paths or _actor_paths
    if chosen is not None:
        from larsam_desktop.services.preferences import load_preferences

        coach = load_preferences(chosen).current_coach  # unreadable: None (logged)
        if coach and coach.strip():
            return coach.strip()[:150]
    return login_name()


def login_name() -> str:
    """The operating system's login name."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError):  # no login name (some containers and services)
        return "unknown"
