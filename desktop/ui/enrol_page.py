"""First run, last step: join the regional server now (address and code), or later."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.storage import Store
from desktop.sync.enrolment import enroll
from desktop.ui.form_kit import ERROR_STYLE
from desktop.ui.tasks import Tasks
from desktop.ui.words import error_text


def enrol_in_background(store: Store, url: str, code: str, ca_file: str | None) -> None:
    """On the net lane, with a connection of its own (enrolment waits on the network)."""
    own = store.reopen()
    try:
        enroll(own, url, code, ca_file)
    finally:
        own.close()


def acceptable_url(url: str) -> bool:
    """HTTPS; plain HTTP only to this computer (the demo's own server): on any other host
    the one-time code and everything after it would cross the network readable."""
    if url.startswith("https://"):
        return True
    host = urlsplit(url).hostname if url.startswith("http://") else None
    return host in ("127.0.0.1", "localhost", "::1")


class EnrolPage(QWizardPage):
    """Offline is the default: nothing is lost, and enrolment can be done later in settings."""

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.store: Store | None = None
        self.enrolled = False
        self.setTitle(self.tr("Связь с региональным сервером"))
        self.setSubTitle(
            self.tr(
                "Адрес сервера и код подключения выдаёт районный или региональный "
                "администратор. Без них можно работать: записи сохранятся и уйдут позже."
            )
        )
        self.offline = QRadioButton(self.tr("Работать без связи, подключиться &позже"))
        self.online = QRadioButton(self.tr("Подключиться к серверу &сейчас"))
        self.offline.setChecked(True)
        self.url, self.code, self.ca_file = QLineEdit(), QLineEdit(), QLineEdit()
        self.url.setPlaceholderText("https://svodka.example.ru")
        self.code.setPlaceholderText(self.tr("код из письма или от администратора"))
        self.ca_file.setPlaceholderText(self.tr("не обязательно"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        for signal in (self.online.toggled, self.url.textChanged, self.code.textChanged):
            signal.connect(lambda *_args: self.completeChanged.emit())
        self.online.toggled.connect(self.fields.setEnabled)
        self.fields.setEnabled(False)

    def _layout(self) -> None:
        browse = QPushButton(self.tr("&Выбрать…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.addRow(self.tr("&Адрес сервера:"), self.url)
        form.addRow(self.tr("&Код подключения:"), self.code)
        form.addRow(self.tr("&Сертификат УЦ:"), ca_row)
        box = QVBoxLayout(self)
        box.addWidget(self.offline)
        box.addWidget(self.online)
        box.addWidget(self.fields)
        box.addWidget(self.message)
        box.addStretch()

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Сертификат УЦ региона"), "", self.tr("Сертификаты (*.pem *.crt *.cer)")
        )
        if name:
            self.ca_file.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        if not self.isEnabled():
            return False  # enrolment under way
        if self.offline.isChecked():
            return True
        return acceptable_url(self.url.text().strip()) and bool(self.code.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Enrolment runs in the background; the wizard finishes when it has worked."""
        if self.offline.isChecked() or self.enrolled or self.store is None:
            return True
        store = self.store
        url, code = self.url.text().strip(), self.code.text().strip()
        ca_file = self.ca_file.text().strip() or None
        self.setEnabled(False)
        self.completeChanged.emit()  # Next/Finish follow: no second click meanwhile
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Подключаюсь к серверу…"))
        self.tasks.run(
            lambda _job: enrol_in_background(store, url, code, ca_file),
            self._enrolled,
            self._failed,
            lane="net",
        )
        return False

    def _enrolled(self, _result: object) -> None:
        self.enrolled = True
        self.setEnabled(True)
        self.completeChanged.emit()  # Next/Finish follow: no second click meanwhile
        self.message.setText(self.tr("Компьютер подключён к серверу."))
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.completeChanged.emit()  # Next/Finish follow: no second click meanwhile
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(
            error_text(exc) + "\n" + self.tr("Можно выбрать «подключиться позже».")
        )
