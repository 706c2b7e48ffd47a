"""Child process for the crash-safety test: writes through the services until killed.

After each committed unit of work it prints ``learner <id>`` (and ``backup <file>``) and
flushes, so the parent knows exactly which writes were reported as done.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditLog
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store


def main(data_dir: str) -> None:
    paths = AppPaths(Path(data_dir))
    store = open_store(paths)
    learners = LearnerService(store.database)
    backups = BackupService(paths, store.database)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        saved = learners.create(
            LearnerDraft(
                given_name=f"Elev{number}", family_name="Krasch", birth_date=date(1990, 1, 1)
            )
        )
        with store.database.unit_of_work() as uow:
            AuditLog.record(
                uow, AuditAction.EXPORT, actor="crash-test", learner_id=saved.learner.id
            )
        print(f"learner {saved.learner.id}", flush=True)
        if number % 15 == 0:
            info = backups.create()
            print(f"backup {info.file}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
