"""Import learners or an admitted list: choose a file, check the column mapping, preview,
see every bad row, then import all rows (or, if the coach chooses, only the good ones)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.field_names import field_name
from larsam_desktop.domain.importing import Column, ImportKind, Table
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError, ValidationError
from larsam_desktop.services.import_templates import write_template
from larsam_desktop.services.importing import ImportResult, ImportService, read_table
from larsam_desktop.ui.file_dialogs import open_file, save_file
from larsam_desktop.ui.messages import field_error_text, user_error_text
from larsam_desktop.ui.models.import_preview_model import (
    ImportPreviewModel,
    bad_row_text,
    reason_text,
)
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.window_layout import fitting_size
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

STATUS_TIMEOUT_MS = 10_000


class ImportDialog(QDialog):
    def __init__(
        self,
        service: ImportService,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.setAccessibleName(self.tr("Import learners or an admitted list"))
        self._service = service
        self._publish = publish
        self._table: Table | None = None
        self._checked: ImportResult | None = None
        self._task: BackgroundTask | None = None
        self._path: Path | None = None

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What the file lists"))
        self.kind.addItem(self.tr("Learners"), ImportKind.LEARNERS.value)
        self.kind.addItem(
            self.tr("Admitted students (from the university)"), ImportKind.ADMITTED.value
        )
        self.kind.currentIndexChanged.connect(self._invalidate)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.setAccessibleName(self.tr("Choose a CSV, Excel or OpenDocument file"))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Save a &template…"), self)
        template.setObjectName("importTemplate")
        template.setAccessibleName(self.tr("Save an Excel template to fill in for this list"))
        template.clicked.connect(lambda: self.save_template())
        top = QFormLayout()
        top.addRow(self.tr("&List of:"), self.kind)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        file_row.addWidget(template)
        top.addRow(self.tr("File:"), file_row)
        self.notes = QLabel(self)  # warnings about the reading (a phone's leading 0 put back)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        top.addRow(self.notes)

        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping: dict[Column, QComboBox] = {}
        language = interface_language()
        for position, column in enumerate(Column):
            name = field_name(column.value, language)
            combo = QComboBox(self.mapping_box)
            combo.setObjectName(f"importColumn_{column.value}")
            combo.setAccessibleName(fill(self.tr("Column in the file for %1"), name))
            combo.currentIndexChanged.connect(self._invalidate)
            self.mapping[column] = combo
            label = QLabel(f"{name}:", self.mapping_box)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, position // 3, (position % 3) * 2)
            self.mapping_grid.addWidget(combo, position // 3, (position % 3) * 2 + 1)

        self.preview = ImportPreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("importPreview")
        self.preview_view.setAccessibleName(self.tr("Preview of the rows"))
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().hide()
        self.bad_rows = QListWidget(self)
        self.bad_rows.setObjectName("importBadRows")
        self.bad_rows.setAccessibleName(self.tr("Rows that cannot be imported"))
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.only_good = QCheckBox(
            self.tr("Import only the &good rows (leave out the bad ones)"), self
        )
        self.only_good.setAccessibleName(self.tr("Import only the good rows"))
        self.only_good.toggled.connect(self._update_buttons)

        self.check_button = QPushButton(self.tr("C&heck"), self)
        self.check_button.setAccessibleName(self.tr("Check every row"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Import the rows"))
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(QLabel(self.tr("Rows that cannot be imported:"), self))
        layout.addWidget(self.bad_rows, 1)
        layout.addWidget(self.only_good)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, 900, 680))  # a laptop's screen
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def chosen_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def choose_file(self) -> None:
        chosen = open_file(
            self, self.tr("Choose a file"), self.tr("Lists (*.csv *.txt *.xlsx *.ods)")
        )
        if chosen is not None:
            self.load(chosen)

    def save_template(self, target: Path | None = None) -> Path | None:
        """An XLSX to fill in: Swedish headers, an example row, a notes sheet."""
        kind = self.chosen_kind
        if target is None:
            name = "deltagare-mall.xlsx" if kind is ImportKind.LEARNERS else "antagna-mall.xlsx"
            target = save_file(self, self.tr("Save a template"), name, self.tr("Excel (*.xlsx)"))
            if target is None:
                return None
        try:
            write_template(kind, target)
        except UserError as exc:  # OutputNotWritable: where and why
            self.status.setText(user_error_text(exc))
            return None
        self.status.setText(fill(self.tr("Template saved: %1"), str(target)))
        return target

    def load(self, path: Path) -> None:
        try:
            table = read_table(path)
        except ValidationError as exc:  # hostile or broken file: refused, its line named
            self._table = None
            self.notes.clear()
            self.status.setText("; ".join(reason_text(e) for e in exc.errors))
            self._update_buttons()
            return
        self._path, self._table = path, table
        self.notes.setText("\n".join(field_error_text(note) for note in table.notes))
        count = len(table.rows)  # a plain name: lupdate reads the count argument so
        rows = self.tr("%n row(s)", "", count)
        self.file_label.setText(fill(self.tr("%1 — %2 (%3)"), path.name, rows, table.encoding))
        guessed = self._service.mapping_for(table)
        for column, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.setCurrentIndex(combo.findData(guessed.get(column, -1)))
            combo.blockSignals(False)
        self._invalidate()

    def current_mapping(self) -> dict[Column, int]:
        return {
            column: int(combo.currentData())
            for column, combo in self.mapping.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }

    def check(self) -> None:
        self._start(dry_run=True)

    def run_import(self) -> None:
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        if self._table is None or self.busy:
            return
        table, kind, mapping = self._table, self.chosen_kind, self.current_mapping()
        skip = self.only_good.isChecked()
        source = (self._path.suffix.lstrip(".").lower() if self._path else "") or "csv"
        self.status.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))

        def work(control: TaskControl) -> ImportResult:
            return self._service.run(
                kind,
                table,
                mapping=mapping,
                skip_bad_rows=skip,
                dry_run=dry_run,
                source_format=source,
            )

        def done(result: ImportResult) -> None:
            self._task = None
            self._show(result)
            if result.written:
                self._publish(result.changes)

        def failed(error: BaseException) -> None:
            self._task = None
            if isinstance(error, ValidationError):
                self.status.setText("; ".join(reason_text(e) for e in error.errors))
            elif isinstance(error, UserError):  # storage trouble, another import meanwhile
                self.status.setText(user_error_text(error))
            else:
                raise error
            self._update_buttons()

        self._task = BackgroundTask(work, on_success=done, on_failure=failed)
        self._update_buttons()

    def _show(self, result: ImportResult) -> None:
        self._checked = result
        self.bad_rows.clear()
        for bad in result.bad_rows:
            self.bad_rows.addItem(bad_row_text(bad))
        self.preview.mark(result.bad_rows, result.matches)
        if result.written:
            created = result.created
            summary = fill(
                self.tr("Imported: %1, %2 admitted, %3 already registered."),
                self.tr("%n learner(s) registered", "", created),
                result.admitted,
                result.matched,
            )
            self.status.setText(summary)
            self._confirm(summary)
            self._checked = None
        elif result.bad_rows:
            refused = len(result.bad_rows)
            self.status.setText(
                self.tr("%n row(s) cannot be imported; nothing has been written.", "", refused)
            )
        else:
            good = result.good_rows
            fine = self.tr(
                "Fine: %n row(s) (%1 already registered). Nothing written yet.", "", good
            )
            self.status.setText(fill(fine, result.matched))
        self._update_buttons()

    def _confirm(self, summary: str) -> None:
        """The import's summary in the main window's status bar too (it outlives the dialog)."""
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(summary, STATUS_TIMEOUT_MS)

    def _invalidate(self) -> None:
        self._checked = None
        self.bad_rows.clear()
        if self._table is not None:
            self.preview.set_preview(self._table, self.current_mapping())
            self.preview_view.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._table is not None and not self.busy
        self.check_button.setEnabled(ready)
        checked = self._checked
        self.import_button.setEnabled(
            ready and checked is not None and (not checked.bad_rows or self.only_good.isChecked())
        )
