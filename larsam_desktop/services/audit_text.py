"""Audit actions by name in documents and on the command line, through the catalogue.

The window names actions with the same English texts in context ``AuditAction``
(``ui/models/audit_model.py``); this table keeps documents and the command line in step.
"""

from __future__ import annotations

from larsam_desktop.services.catalogue import Texts


def action_name(action: str, texts: Texts) -> str:
    """An audit action by the window's name for it (context ``AuditAction``)."""
    names = {
        "view_protected_learner": "Viewed protected learner",
        "open_restricted_notes": "Opened restricted notes",
        "protected_data_released": "Included protected data",
        "print": "Print",
        "export": "Export",
        "access_request": "Access request (registerutdrag)",
        "import": "Import",
        "backup": "Backup",
        "restore": "Restore",
        "delete_learner": "Learner deleted",
        "erasure": "Erasure on request",
        "retention_run": "Retention run (gallring)",
        "statistics_threshold": "Statistics threshold raised",
        "invitation": "Invited to a meeting",
        "undo": "Change undone",
    }
    if action not in names:
        return action.replace("_", " ")
    return texts.translate("AuditAction", names[action])
