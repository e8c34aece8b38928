"""An act's scan, opened on request: pictures shown here, other files saved as a copy.

The scan never goes to a temporary file: nothing of the store's content may lie unencrypted
on disk unless the user asks for a copy, and then is told it is not encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Store
from desktop.storage.models import Attachment
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text

PICTURES = ("image/jpeg", "image/png", "image/tiff")


class ScanDialog(QDialog):
    """The picture at a readable size, scrollable; Save copy for printing elsewhere."""

    def __init__(self, parent: QWidget, attachment: Attachment, image: QImage) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setWindowTitle(self.tr("Скан: %1").replace("%1", attachment.file_name))
        picture = QLabel()
        picture.setPixmap(QPixmap.fromImage(image))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidget(picture)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = buttons.addButton(
            self.tr("Сохранить &копию…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(lambda: save_copy(self, attachment))
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(area)
        column.addWidget(buttons)
        self.resize(900, 700)


def save_copy(parent: QWidget, attachment: Attachment) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ScanViewer", "Сохранить копию скана"),
        attachment.file_name,
    )
    if not name:
        return
    try:
        Path(name).write_bytes(attachment.content)
    except OSError as exc:
        warn(parent, exc)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ScanViewer", "Скан"),
        QCoreApplication.translate(
            "ScanViewer",
            "Копия сохранена: %1\nОна не зашифрована — удалите её, когда она не нужна.",
        ).replace("%1", name),
    )


def show_attachment(parent: QWidget, attachment: Attachment) -> None:
    if not parent.isVisible():
        return  # the app locked while the scan was read: show nothing over the lock
    image = QImage.fromData(attachment.content) if attachment.media_type in PICTURES else QImage()
    if not image.isNull():
        ScanDialog(parent, attachment, image).exec()
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ScanViewer", "Скан"),
        QCoreApplication.translate(
            "ScanViewer",
            "Файл «%1» нельзя показать в программе. Сохранить его копию, чтобы открыть"
            " в другой программе? Копия не будет зашифрована.",
        ).replace("%1", attachment.file_name),
    )
    if answer == QMessageBox.StandardButton.Yes:
        save_copy(parent, attachment)


def open_scan(parent: QWidget, store: Store, tasks: Tasks, attachment_id: str) -> None:
    tasks.run(
        lambda _job: store.attachment(attachment_id),
        lambda attachment: show_attachment(parent, attachment),
        lambda exc: warn(parent, exc),
    )


def warn(parent: QWidget, exc: Exception) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ScanViewer", "Скан"), error_text(exc))
