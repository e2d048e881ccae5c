"""Importing advocates from a CSV file: choose it, see what it would import and what is wrong, then import.

Reading and importing run on the database worker (``controller.runner.run_db``); the worker only writes its
progress into a plain ``_Job`` and reads its cancel flag, and a timer on the GUI thread shows the progress, so no
widget is touched from the worker. The core import is all or nothing: Cancel (or any problem) leaves the program
as it was.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.imports import advocates_csv
from advocate_hub.core.imports.advocates_csv import Cancelled, ImportPlan, ImportRefused, ImportRow
from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.widgets import SPACING, EmptyState, button, label, message_banner

_Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 100
POLL_MS = 50
PROGRESS_STEPS = 1_000


class Column(IntEnum):
    LINE = 0
    EMAIL = 1
    NAME = 2
    COMPANY = 3
    LANGUAGE = 4
    GROUPS = 5


class PreviewModel(QAbstractTableModel):
    """The first rows a file would import, as they will be stored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []

    def set_rows(self, rows: list[ImportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        names = (
            self.tr("Line"),
            self.tr("Email"),
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Language"),
            self.tr("Groups"),
        )
        return names[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (str(row.line), row.email, row.name, row.company, row.language, ", ".join(row.groups))[index.column()]


@dataclass
class _Job:
    """What a worker shares with the dialog: its progress (written by the worker) and the cancel flag."""

    done: int = 0
    total: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class ImportAdvocatesDialog(QDialog):
    """Choose a CSV file, preview it with its problems, import it (all or nothing) with progress and Cancel."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ImportAdvocatesDialog")
        self.setWindowTitle(self.tr("Import advocates"))
        self.setAccessibleName(self.tr("Import advocates"))
        self.setMinimumSize(760, 580)
        self.plan: ImportPlan | None = None
        self.imported = 0
        self._job: _Job | None = None
        self._close_when_done = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * SPACING, 3 * SPACING, 4 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Import advocates"), "title", name="ImportTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Choose a CSV file saved as UTF-8 whose first line names the columns email, name, company, "
                    "language and groups (separate several groups with a semicolon). Every row is checked first: "
                    "if any row has a problem, nothing is imported."
                ),
                "muted",
                wrap=True,
                name="ImportIntro",
            )
        )

        chooser = QHBoxLayout()
        chooser.setSpacing(SPACING)
        self.file_label = label(self.tr("No file chosen"), "strong", name="ImportFile")
        self.choose_button = button(self.tr("Choose file…"), "ImportChoose", accessible=self.tr("Choose a CSV file"))
        self.choose_button.setIcon(icons.icon("ph.folder-open"))
        self.choose_button.clicked.connect(self.choose_file)
        chooser.addWidget(self.file_label, 1)
        chooser.addWidget(self.choose_button)
        layout.addLayout(chooser)

        self.banner, self.message = message_banner("ImportMessage", self.tr("Import message"))
        layout.addWidget(self.banner)

        self.progress = QProgressBar()
        self.progress.setObjectName("ImportProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.summary = label("", "section", name="ImportSummary")
        layout.addWidget(self.summary)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("ImportPreview")
        self.table.setAccessibleName(self.tr("First rows of the file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyState(
            "ImportEmpty",
            icons.icon("ph.file-arrow-up", tone="accent"),
            self.tr("No file yet"),
            self.tr("Choose a CSV file: its first rows and anything wrong with it show here before you import."),
        )
        self.preview = QStackedWidget()
        self.preview.setObjectName("ImportPreviewStack")
        self.preview.addWidget(self.empty)
        self.preview.addWidget(self.table)
        layout.addWidget(self.preview, 3)

        self.problems_title = label("", "section", name="ImportProblemsTitle")
        layout.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setObjectName("ImportProblems")
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        layout.addWidget(self.problems, 2)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        self.cancel_button = button(self.tr("Cancel"), "ImportCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = button(self.tr("Import"), "ImportSubmit", kind="primary")
        self.import_button.setIcon(icons.icon("ph.upload-simple", tone="accent_text"))
        self.import_button.clicked.connect(self.start_import)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        self._show_plan(None)

    # ---- what the person does ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file of advocates"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the background; the preview and its problems follow."""
        if self.busy:
            return
        self.plan = None
        self._show_plan(None)
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.show_message(self.tr("Reading %1…").replace("%1", path.name), "info")
        self.empty.set_message(self.tr("Reading the file…"), self.tr("Its first rows show here in a moment."))
        job = self._start()
        program = self.controller.program

        def work() -> ImportPlan:
            return program.read(
                lambda session: advocates_csv.plan(
                    path, session=session, progress=job.report, cancelled=job.stop.is_set
                )
            )

        self.controller.runner.run_db(work, self._planned, self._failed)

    def start_import(self) -> None:
        plan = self.plan
        if self.busy or plan is None or not plan.ok:
            return
        self.show_message(self.tr("Importing %1 advocates…").replace("%1", f"{len(plan.rows):,}"), "info")
        job = self._start()
        program, actor_id = self.controller.program, self.controller.advocate_id

        def work() -> int:
            return program.run(
                advocates_csv.apply, plan=plan, actor_id=actor_id, progress=job.report, cancelled=job.stop.is_set
            )

        self.controller.runner.run_db(work, self._imported, self._failed)

    def cancel(self) -> None:
        """Stop the work under way (nothing is imported), or close the dialog when there is none."""
        if self._job is not None:
            self._job.stop.set()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Cancelling…"), "warning")
            return
        if self.imported:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing the window: work under way is cancelled first, and the dialog closes when it stops."""
        if self._job is not None:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @property
    def busy(self) -> bool:
        return self._job is not None

    # ---- results from the worker ------------------------------------------------------------------------------

    def _planned(self, plan: ImportPlan) -> None:
        self._finish()
        self.plan = plan
        self._show_plan(plan)
        if plan.ok:
            self.show_message(
                self.tr("Every row is fine: %1 advocates are ready to import.").replace("%1", f"{len(plan.rows):,}"),
                "success",
            )
            self.import_button.setFocus()
        else:
            self.show_message(
                self.tr(
                    "%1 row(s) have problems, listed below. Fix them in the file and choose it again; nothing "
                    "will be imported until every row is fine."
                ).replace("%1", f"{plan.problem_count:,}"),
                "danger",
            )

    def _imported(self, count: int) -> None:
        self._finish()
        self.imported = count
        self.plan = None
        self.import_button.hide()
        self.choose_button.setEnabled(False)
        self.summary.setText(self.tr("%1 ADVOCATES IMPORTED").replace("%1", f"{count:,}"))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.show_message(self.tr("Imported %1 advocates.").replace("%1", f"{count:,}"), "success")
        self.controller.refresh(force=True)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.show_message(self.tr("Cancelled: nothing was imported."), "warning")
            if self.plan is None:
                self.empty.set_message(self.tr("Nothing to preview"), self.tr("Choose a CSV file to see its rows."))
        else:
            self.show_message(readable(error), "danger")
            if self.plan is None:
                self.empty.set_message(
                    self.tr("Nothing to preview"),
                    self.tr("Fix the file as the message above says, then choose it again."),
                )
            if isinstance(error, ImportRefused) and error.problems:
                self._show_problems(error.problems, error.problem_count)
        self.import_button.setEnabled(self.plan is not None and self.plan.ok)

    # ---- showing it ----------------------------------------------------------------------------------------

    def _start(self) -> _Job:
        self._job = _Job()
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._timer.start()
        return self._job

    def _finish(self) -> None:
        self._timer.stop()
        self._job = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.choose_button.setEnabled(not self.imported)
        if self._close_when_done:
            self._close_when_done = False
            QTimer.singleShot(0, self.reject)

    def _show_progress(self) -> None:
        job = self._job
        if job is not None and job.total:
            self.progress.setValue(PROGRESS_STEPS * job.done // job.total)

    def _show_plan(self, plan: ImportPlan | None) -> None:
        rows = plan.rows if plan is not None else []
        self.model.set_rows(rows[:PREVIEW_ROWS])
        self.preview.setCurrentWidget(self.table if rows else self.empty)
        self.import_button.setEnabled(plan is not None and plan.ok)
        if not rows:
            self.summary.setText(self.tr("PREVIEW"))
        elif len(rows) > PREVIEW_ROWS:
            self.summary.setText(
                self.tr("%1 ADVOCATES TO IMPORT · FIRST %2 SHOWN")
                .replace("%1", f"{len(rows):,}")
                .replace("%2", str(PREVIEW_ROWS))
            )
        else:
            self.summary.setText(self.tr("%1 ADVOCATES TO IMPORT").replace("%1", f"{len(rows):,}"))
        self._show_problems(plan.problems if plan is not None else [], plan.problem_count if plan else 0)

    def _show_problems(self, problems: list[advocates_csv.Problem], count: int) -> None:
        self.problems.clear()
        mark = icons.icon("ph.warning-circle", tone="danger")
        for problem in problems:
            self.problems.addItem(QListWidgetItem(mark, str(problem)))
        if count > len(problems):
            self.problems.addItem(self.tr("… and %1 more").replace("%1", f"{count - len(problems):,}"))
        self.problems_title.setText(self.tr("%1 PROBLEM(S)").replace("%1", f"{count:,}"))
        self.problems_title.setVisible(bool(count))
        self.problems.setVisible(bool(count))

    def show_message(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.banner.setProperty("tone", tone)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def message_text(self) -> str:
        return self.message.text() if self.banner.isVisible() else ""

    @classmethod
    def run(cls, controller: AppController, parent: QWidget | None = None) -> int:
        """Show the dialog modally; how many advocates it imported (0 if none). Tests replace this method."""
        dialog = cls(controller, parent)
        dialog.exec()
        return dialog.imported
