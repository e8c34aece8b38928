"""The settings dialog's data section: the data folder, a backup, restoring from one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.storage import NotAStore, Store, WrongPassphrase
from desktop.storage.maintenance import backup
from desktop.ui.profile_swap import Swap, replace_profile
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text

PROGRESS_DELAY_MS = 500  # a quick backup never flashes a dialog
BACKUP_SUFFIX = ".svodka"


class DataBox(QGroupBox):
    """``busy`` while a backup or restore runs; ``store_closed`` once a restore has closed
    the store (whether the swap worked or not): the app must go back to the unlock dialog."""

    busy = Signal(bool)
    store_closed = Signal()

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self.setTitle(self.tr("Данные"))
        self.folder = QLineEdit(str(store.profile.root))
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(30 * self.fontMetrics().averageCharWidth())
        self.folder.setCursorPosition(0)
        self.copy_folder = QPushButton(self.tr("&Копировать путь"))
        self.open_folder = QPushButton(self.tr("&Открыть папку"))
        self.backup_button = QPushButton(self.tr("Создать &резервную копию…"))
        self.restore_button = QPushButton(self.tr("Восс&тановить из копии…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        form = QFormLayout(self)
        label = QLabel(self.tr("Папка &данных:"))
        label.setBuddy(self.folder)
        form.addRow(label, button_row(self.folder, self.copy_folder, self.open_folder))
        form.addRow(button_row(None, self.backup_button, self.restore_button))
        form.addRow(self.note)
        self.copy_folder.clicked.connect(self.copy_folder_path)
        self.open_folder.clicked.connect(self.open_data_folder)
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_backup)

    def tab_order(self) -> list[QWidget]:
        return [
            self.folder,
            self.copy_folder,
            self.open_folder,
            self.backup_button,
            self.restore_button,
        ]

    def copy_folder_path(self) -> None:
        QGuiApplication.clipboard().setText(self.folder.text())
        self._tell(self.tr("Путь к папке данных скопирован."))

    def open_data_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())):
            self._tell(self.tr("Не удалось открыть папку; путь можно скопировать."))

    def _tell(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        grow_to_fit(self.window())

    # -- backup ----------------------------------------------------------------------------
    def make_backup(self) -> None:
        title = self.tr("Резервная копия")
        suggested = Path(documents()) / f"svodka-{date.today().isoformat()}{BACKUP_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), self._filter())
        if not name:
            return
        target = Path(name)
        if target.resolve().is_relative_to(self.store.profile.root.resolve()):
            # Inside, a restore would move it aside with the profile; and it must not
            # overwrite the store's own files.
            text = self.tr(
                "Выберите папку вне папки данных: копия должна храниться отдельно, "
                "лучше на флешке или другом диске."
            )
            QMessageBox.warning(self, title, text)
            return
        progress = self._progress(self.tr("Создаю резервную копию…"))

        def done(written: Path) -> None:
            self._ended(progress)
            text = self.tr(
                "Резервная копия сохранена в файл «%1».\nОна зашифрована: открыть её "
                "можно тем же паролем, что и профиль."
            )
            QMessageBox.information(self, title, text.replace("%1", written.name))

        def failed(exc: Exception) -> None:
            self._ended(progress)
            text = self.tr("Копия не создана: %1").replace("%1", os_words(exc))
            QMessageBox.warning(self, title, text)

        self.tasks.run(lambda _job: backup(self.store, target), done, failed)

    # -- restore ---------------------------------------------------------------------------
    def restore_backup(self) -> None:
        """Explain, confirm, pick the file and its passphrase; then replace the profile."""
        title = self.tr("Восстановление из копии")
        if self.tasks.busy:  # a sync round on its own connection must not see the swap
            text = self.tr("Дождитесь окончания обмена с сервером и повторите.")
            QMessageBox.information(self, title, text)
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Все данные этого профиля будут заменены данными из резервной копии. Записи, "
                "внесённые после её создания, в профиле не останутся.\n\nТекущий профиль не "
                "удаляется: он будет перенесён в отдельную папку рядом с папкой данных.\n\n"
                "Понадобится пароль, который действовал, когда делалась копия. После "
                "восстановления программа попросит войти снова.\n\nПродолжить?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        name, _ = QFileDialog.getOpenFileName(self, title, documents(), self._filter())
        if not name:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Пароль, который действовал, когда делалась копия:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self.replace_from(Path(name), passphrase)

    def replace_from(self, source: Path, passphrase: str) -> None:
        swap = Swap()
        progress = self._progress(self.tr("Проверяю копию…"))
        steps = {2: self.tr("Проверяю пароль копии…"), 3: self.tr("Заменяю профиль…")}

        def step(done: int, _total: int, _text: str) -> None:
            progress.setLabelText(steps.get(done, progress.labelText()))

        def ended(result: object) -> None:
            self._ended(progress)
            self._restored(source, swap, result if isinstance(result, Exception) else None)

        self.tasks.run(
            lambda job: replace_profile(self.store, source, passphrase, swap, job),
            ended,
            ended,
            step,
        )

    def _restored(self, source: Path, swap: Swap, exc: Exception | None) -> None:
        title = self.tr("Восстановление из копии")
        if exc is None:
            text = self.tr(
                "Профиль восстановлен из файла «%1».\nПрежние данные сохранены в папке "
                "«%2».\n\nВойдите снова с паролем, который действовал, когда делалась копия."
            )
            text = text.replace("%1", source.name).replace("%2", str(swap.aside))
            QMessageBox.information(self, title, text)
        elif not swap.store_closed:
            text = self.tr("Копия не восстановлена: %1\nТекущий профиль не изменён.")
            QMessageBox.warning(self, title, text.replace("%1", self._reason(exc)))
            return
        elif swap.aside is None:
            text = self.tr(
                "Не удалось заменить профиль: %1\nТекущий профиль на месте; войдите снова."
            )
            QMessageBox.warning(self, title, text.replace("%1", os_words(exc)))
        else:
            text = self.tr(
                "Не удалось заменить профиль: %1\nДанные профиля сейчас в папке «%2»; не "
                "удаляйте её и обратитесь к специалисту."
            )
            text = text.replace("%1", os_words(exc)).replace("%2", str(swap.aside))
            QMessageBox.critical(self, title, text)
        self.store_closed.emit()

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, WrongPassphrase):
            return self.tr("пароль не подходит к этой копии.")
        if isinstance(exc, NotAStore):
            return self.tr("файл не является резервной копией «Сводки» или повреждён.")
        return os_words(exc)

    # -- shared ----------------------------------------------------------------------------
    def _progress(self, text: str) -> QProgressDialog:
        """A busy dialog, shown only if the job is slow (the auto-lock waits while it is)."""
        self.busy.emit(True)
        self.setEnabled(False)
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setCancelButton(None)  # neither job can stop halfway
        progress.setWindowTitle(self.window().windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        return progress

    def _ended(self, progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()
        self.setEnabled(True)
        self.busy.emit(False)

    def _filter(self) -> str:
        text = self.tr("Резервные копии «Сводки» (*%1);;Все файлы (*)")
        return text.replace("%1", BACKUP_SUFFIX)


def button_row(first: QWidget | None, *buttons: QPushButton) -> QWidget:
    """A field with its buttons on one line (or just the buttons, to the left)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    if first is not None:
        row.addWidget(first, 1)
    for button in buttons:
        row.addWidget(button)
    if first is None:
        row.addStretch()
    return holder


def grow_to_fit(window: QWidget) -> None:
    """Make the window tall enough for messages that wrap (Qt does not grow a window for
    a taller height-for-width); never shrink what the user has sized."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.minimumSize().height())
    if needed > window.height():
        window.resize(width, needed)


def documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def os_words(exc: Exception) -> str:
    """An OSError as the system words it, with its file; other errors through error_text."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
    return error_text(exc)
