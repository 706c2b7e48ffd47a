"""Backups, restore, recovery at start, the audit viewer and the one-window lock, in Qt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from opening import wait_opened
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.learner import LearnerDraft, ProtectedIdentity
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.backup_set import BackupKind, BackupSet
from larsam_desktop.ui.dialogs.audit_dialog import AuditDialog
from larsam_desktop.ui.dialogs.backups_dialog import BackupsDialog
from larsam_desktop.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog
from larsam_desktop.ui.instance_lock import InstanceLock
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def _filled(paths: AppPaths, learners: int = 30) -> None:
    store = open_store(paths)
    DemoGenerator(store.database).generate(learners, seed=8)
    store.database.dispose()


def test_the_daily_backup_runs_after_the_window_is_up(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="900101-9802")
    )
    store.database.dispose()
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.data_safety.start_backup is None, timeout=10_000)
    automatic = [i for i in BackupSet(paths.backups).entries() if i.kind is BackupKind.AUTOMATIC]
    assert len(automatic) == 1 and automatic[0].learners == 1


def test_viewing_a_protected_learner_is_logged(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    hidden = learners.create(
        LearnerDraft(
            given_name="Sara",
            family_name="Berg",
            personnummer="900101-9802",
            street_address="Storgatan 1",
            protected_identity=ProtectedIdentity.SKYDDAD_FOLKBOKFORING,
        )
    ).learner.id
    plain = learners.create(
        LearnerDraft(given_name="Ali", family_name="Hassan", personnummer="19780223-0172")
    ).learner.id
    store.database.dispose()
    window = make_window(paths)
    window.open_learner(plain)
    wait_opened(window)
    window.open_learner(hidden)
    wait_opened(window)
    window.open_learner(hidden)
    wait_opened(window)
    entries = AuditService(window.session.store.database).entries(
        AuditFilter(action=AuditAction.VIEW_PROTECTED_LEARNER)
    )
    assert [e.learner_id for e in entries] == [hidden, hidden]
    assert entries[0].details == {"level": "skyddad_folkbokforing"}
    assert "Storgatan" not in str(entries[0].details) and "Berg" not in str(entries[0].details)


def test_audit_viewer_filters_and_checks_the_chain(
    qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    service = AuditService(store.database)
    for number in range(6):
        service.record(
            AuditAction.PRINT if number % 2 else AuditAction.EXPORT,
            actor="kerstin",
            learner_id=number,
            details={"format": "pdf"},
        )
    dialog = AuditDialog(service)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 6
    assert dialog.model.data(dialog.model.index(0, 0)) == "6"
    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.PRINT.value))
    dialog.reload()
    assert dialog.model.rowCount() == 3
    dialog.learner.setText("3")
    dialog.reload()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 3)) == "Print"
    dialog.verify()  # on a worker thread: wait for its report
    qtbot.waitUntil(dialog.verify_button.isEnabled)
    assert "intact" in dialog.status.text() and "6" in dialog.status.text()
    with store.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_entry SET learner_id = 99 WHERE seq = 4")
    dialog.verify()  # on a worker thread: wait for its report
    qtbot.waitUntil(dialog.verify_button.isEnabled)
    assert "broken at entry 4" in dialog.status.text()
    store.database.dispose()


def test_back_up_and_restore_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    _filled(paths, 30)
    store = open_store(paths)
    published: list[Changes] = []
    dialog = BackupsDialog(BackupService(paths, store.database), published.append)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.back_up_now()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == "30"

    DemoGenerator(store.database).generate(5, seed=11)
    assert LearnerService(store.database).count() == 35
    backup = paths.backups / dialog.model.row_at(0).file
    dialog.restore(backup, confirm=False)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "Restored 30 learners" in dialog.status.text()
    assert published and published[0].database_replaced
    assert LearnerService(store.database).count() == 30
    assert dialog.model.rowCount() == 2  # plus the copy kept from before the restore

    copy = tmp_path / "elsewhere.sqlite3"
    dialog.save_copy(copy)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert copy.exists() and Path(str(copy) + ".sha256").exists()
    store.database.dispose()


def test_recovery_dialog_offers_the_backup_calmly(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RecoveryDialog(
        str(tmp_path / "larsam.sqlite3.corrupt-20261128T101010Z"),
        str(tmp_path / "backups" / "automatic-1.sqlite3"),
    )
    qtbot.addWidget(dialog)
    assert "set aside" in dialog.text()
    assert "automatic-1.sqlite3" in dialog.informativeText()
    assert "Traceback" not in dialog.informativeText()
    assert dialog.restore_button is not None
    assert dialog.choice() is RecoveryChoice.QUIT  # nothing clicked yet
    without = RecoveryDialog(str(tmp_path / "x.corrupt-1"), None)
    qtbot.addWidget(without)
    assert without.restore_button is None and "No backup" in without.informativeText()


@pytest.mark.parametrize("choice", [RecoveryChoice.RESTORE, RecoveryChoice.START_EMPTY])
def test_a_damaged_database_at_start_is_recovered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: RecoveryChoice
) -> None:
    from larsam_desktop.ui import recovery_flow
    from larsam_desktop.ui.application import ensure_application, start_main_window

    paths = AppPaths(tmp_path / "data")
    _filled(paths, 40)
    store = open_store(paths)
    BackupService(paths, store.database).create()
    store.database.dispose()
    with paths.database.open("r+b") as stream:
        stream.write(b"overwritten header bytes")
    asked: list[str | None] = []

    def ask(error, parent):  # type: ignore[no-untyped-def]
        asked.append(error.backup)
        return choice

    monkeypatch.setattr(recovery_flow, "ask", ask)
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.has_session, timeout=15_000)
    assert asked and asked[0] is not None and "manual-" in asked[0]
    expected = 40 if choice is RecoveryChoice.RESTORE else 0
    assert window.session.learners.count() == expected
    assert failures == []
    assert list(paths.data_dir.glob("larsam.sqlite3.corrupt-*"))
    window.close()
    window.session.close()


def test_quitting_from_the_recovery_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.ui import recovery_flow
    from larsam_desktop.ui.application import ensure_application, start_main_window

    paths = AppPaths(tmp_path / "data")
    _filled(paths, 5)
    paths.database.write_bytes(b"junk" * 1000)
    monkeypatch.setattr(recovery_flow, "ask", lambda error, parent: RecoveryChoice.QUIT)
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: failures == [True], timeout=10_000)
    assert not window.has_session


def test_one_window_per_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.ui import application
    from larsam_desktop.ui.application import ensure_application

    ensure_application()
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    first = InstanceLock(paths)
    assert first.acquire()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    assert application.run_gui(paths, None) == 1
    assert told and "already has this data folder open" in told[0]
    assert InstanceLock(paths).holder_pid() is not None
    first.release()
    second = InstanceLock(paths)
    assert second.acquire()
    second.release()


def test_import_dialog_checks_previews_and_imports(qtbot: QtBot, tmp_path: Path) -> None:
    from larsam_desktop.services.importing import ImportService
    from larsam_desktop.ui.dialogs.import_dialog import ImportDialog

    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    source = tmp_path / "elever.csv"
    source.write_bytes(
        "Förnamn;Efternamn;Personnummer\nÅsa;Öberg;199009012387\nFel;Nummer;19900101-1234\n"
        "Ali;Hassan;199305202393\n".encode("cp1252")
    )
    published: list[Changes] = []
    dialog = ImportDialog(ImportService(store.database), published.append)
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()
    dialog.load(source)
    assert "3 rows" in dialog.file_label.text() and "cp1252" in dialog.file_label.text()
    assert dialog.preview.rowCount() == 3
    shown = [dialog.preview.data(dialog.preview.index(0, c)) for c in range(1, 4)]
    assert shown == ["Åsa", "Öberg", "19900901••••"]  # personnummer masked in the preview
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.bad_rows.count() == 1 and dialog.bad_rows.item(0).text().startswith("Line 3")
    assert not dialog.import_button.isEnabled()  # a bad row: nothing unless the coach says so
    dialog.only_good.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "2 learners registered" in dialog.status.text()
    assert published and published[0].learners_bulk
    assert LearnerService(store.database).count() == 2
    store.database.dispose()


def test_retention_dialog_saves_periods_and_runs(qtbot: QtBot, tmp_path: Path) -> None:
    from larsam_desktop.domain.retention import RecordType
    from larsam_desktop.services.retention import RetentionService
    from larsam_desktop.ui.dialogs.retention_dialog import RetentionDialog

    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    service = RetentionService(store.database)
    published: list[Changes] = []
    dialog = RetentionDialog(service, published.append)
    qtbot.addWidget(dialog)
    assert dialog.months[RecordType.CLOSED_CASE].value() == 24
    assert "Due now: 0 learners" in dialog.due.text()
    assert not dialog.run_button.isEnabled()
    dialog.months[RecordType.INACTIVE_LEARNER].setValue(12)
    dialog.references[RecordType.INACTIVE_LEARNER].setText("KS 2026/7")
    assert dialog.save()
    rules = {r.record_type: r for r in service.rules()}
    assert rules[RecordType.INACTIVE_LEARNER].keep_months == 12
    assert rules[RecordType.INACTIVE_LEARNER].decision_reference == "KS 2026/7"
    store.database.dispose()


def test_access_request_and_erasure_from_the_window(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learner = (
        LearnerService(store.database)
        .create(
            LearnerDraft(
                given_name="Sara",
                family_name="Berg",
                personnummer="199009012387",
                street_address="Hemlig 1",
                protected_identity=ProtectedIdentity.SEKRETESSMARKERING,
            )
        )
        .learner.id
    )
    store.database.dispose()
    window = make_window(paths)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *args: told.append(args[2]))
    )
    assert window.data_safety.access_request(tmp_path, include=False) is None  # none open
    assert told == ["Open a learner first."]
    window.open_learner(learner)
    wait_opened(window)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: asked.append("q") or QMessageBox.StandardButton.No),
    )
    out = tmp_path / "out"
    out.mkdir()
    pdf = window.data_safety.access_request(out)
    assert pdf is not None and pdf.exists() and asked == ["q"]
    service = AuditService(window.session.store.database)
    actions = [e.action for e in service.entries(AuditFilter(learner_id=learner))]
    assert AuditAction.ACCESS_REQUEST in actions
    assert AuditAction.PROTECTED_DATA_RELEASED not in actions
    assert window.data_safety.erase_learner(confirm=False)
    assert window.session.learners.count() == 0
    assert service.entries(AuditFilter(action=AuditAction.ERASURE))[0].learner_id == learner


def test_an_encrypted_folder_asks_for_its_passphrase_until_it_fits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from larsam_desktop.ui import application
    from larsam_desktop.ui.application import ensure_application, start_main_window

    paths = AppPaths(tmp_path / "data")
    store = open_store(paths, passphrase="rätt lösenord 123")
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="199009012387")
    )
    store.database.dispose()
    answers = iter(["fel lösenord 123", "rätt lösenord 123"])
    asked: list[bool] = []

    def ask(parent, *, wrong):  # type: ignore[no-untyped-def]
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(application, "ask_passphrase", ask)
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.has_session, timeout=20_000)
    assert asked == [False, True]
    assert window.session.learners.count() == 1 and failures == []
    assert not list(paths.data_dir.glob("*.corrupt-*"))
    window.close()
    window.session.close()


def test_cancelling_the_passphrase_quits_calmly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from larsam_desktop.ui import application
    from larsam_desktop.ui.application import ensure_application, start_main_window

    paths = AppPaths(tmp_path / "data")
    open_store(paths, passphrase="rätt lösenord 123").database.dispose()
    monkeypatch.setattr(application, "ask_passphrase", lambda parent, *, wrong: None)
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: failures == [True], timeout=10_000)
    assert not window.has_session


def test_encrypting_from_the_window_reopens_the_encrypted_database(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    pytest.importorskip("sqlcipher3")
    from larsam_desktop.storage.encryption import SQLITE_HEADER, is_encrypted_folder

    paths = AppPaths(tmp_path / "data")
    _filled(paths, 20)
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.data_safety.start_backup is None, timeout=10_000)
    window.data_safety.encrypt_database("en lång hemlighet")
    qtbot.waitUntil(lambda: window.data_safety.encrypt_task is None, timeout=60_000)
    assert is_encrypted_folder(paths.data_dir)
    assert not paths.database.read_bytes().startswith(SQLITE_HEADER)
    assert window.session.learners.count() == 20
    assert window.session.store.database.url.get_backend_name() == "sqlite"
    assert window.session.store.database.url.password == "en lång hemlighet"


def test_the_backups_dialog_says_why_a_demo_folder_has_no_start_up_backups(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from larsam_desktop.ui.session import AppSession

    paths = AppPaths(tmp_path / "demo")
    store = open_store(paths)
    DemoGenerator(store.database).generate(5, seed=2)
    store.database.dispose()
    window = MainWindow.for_session(AppSession.create(paths, open_store(paths)))
    qtbot.addWidget(window)
    assert window.session.is_demo
    seen: list[tuple[bool, int]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupsDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append((dialog.demo_note.isVisible(), dialog.model.rowCount()))
        assert "demo data" in dialog.demo_note.text()
        dialog.done(0)

    QTimer.singleShot(0, answer)
    window.data_safety.show_backups()
    assert seen == [(True, 0)]  # no start-up backup, and the dialog says why
    window.session.close()

    plain = AppPaths(tmp_path / "plain")
    _filled(plain, 3)
    store = open_store(plain)
    dialog = BackupsDialog(BackupService(plain, store.database), lambda changes: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_note.isVisible()
    store.database.dispose()
