"""Words for typed errors and field problems, in Russian (default) and English."""

from __future__ import annotations

from typing import Any

from desktop.storage import errors as e
from desktop.sync.bundle import BundleError
from desktop.sync.errors import NotEnrolled, Offline, ServerRefused, SyncError

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "unit": ("подразделение", "unit"),
    "quarter": ("квартал", "quarter"),
    "total": ("всего АРМ", "total АРМ"),
    "mis": ("АРМ, подключённых к МИС", "АРМ connected to the МИС"),
    "zspd": ("АРМ, подключённых к ЗСПД", "АРМ connected to the ЗСПД"),
    "certified": ("АРМ с аттестатом соответствия", "АРМ with a compliance certificate"),
    "workers_need": ("медработников, которым нужен АРМ", "medical workers needing an АРМ"),
    "workers_provided": ("медработников, обеспеченных АРМ", "medical workers provided with an АРМ"),
    "channel": ("канал связи", "channel"),
    "bandwidth_kbps": ("скорость канала, кбит/с", "bandwidth, kbit/s"),
    "provider": ("провайдер", "provider"),
    "note": ("примечание", "note"),
    "observed_at": ("время наблюдения", "observation time"),
    "started_at": ("начало перерыва", "outage start"),
    "ended_at": ("конец перерыва", "outage end"),
    "cause": ("причина", "cause"),
    "inventory_no": ("инвентарный номер", "inventory number"),
    "room": ("кабинет", "room"),
    "os": ("операционная система", "operating system"),
    "certificate": ("аттестат", "certificate"),
    "in_service_on": ("дата ввода", "in service since"),
    "retired_on": ("дата списания", "retired on"),
    "doc_class": ("вид документа", "document class"),
    "target_system": ("система-получатель", "target system"),
    "sent_on": ("дата отправки", "date sent"),
    "count": ("количество", "count"),
    "status": ("статус", "status"),
    "registry_no": ("регистрационный номер", "registry number"),
    "subsystem": ("подсистема", "subsystem"),
    "stage": ("этап", "stage"),
    "since": ("дата", "date"),
    "act_id": ("подтверждающий акт", "confirming act"),
    "act_type": ("вид акта", "act type"),
    "number": ("номер", "number"),
    "signed_on": ("дата акта", "act date"),
    "attachment": ("файл скана", "scanned file"),
    "server_url": ("адрес сервера", "server address"),
    "ca_file": ("файл сертификата УЦ", "CA certificate file"),
    "monitor_interval_s": ("интервал проверки связи, с", "link check interval, s"),
    "auto_lock_min": ("автоблокировка, мин", "auto-lock, min"),
}

CODE_TEMPLATES: dict[str, tuple[str, str]] = {
    "required": ("{label}: нужно заполнить", "{label}: required"),
    "unknown_unit": (
        "{label}: нет подразделения с кодом «{value}» в реестре",
        "{label}: no unit with code '{value}' in the registry",
    ),
    "unknown_code": (
        "{label}: «{value}» нет в справочнике",
        "{label}: '{value}' is not in the catalog",
    ),
    "unknown_act": (
        "{label}: нет такого акта у этого подразделения",
        "{label}: no such act for this unit",
    ),
    "out_of_range": (
        "{label}: {value} вне допустимого диапазона {minimum}–{maximum}",
        "{label}: {value} is outside {minimum}–{maximum}",
    ),
    "exceeds": (
        "{label} ({value}) больше, чем {limit_label} ({limit})",
        "{label} ({value}) exceeds {limit_label} ({limit})",
    ),
    "too_long": (
        "{label}: слишком длинно ({length} знаков, можно {maximum})",
        "{label}: too long ({length} characters, at most {maximum})",
    ),
    "in_future": ("{label}: дата {value} ещё не наступила", "{label}: {value} is in the future"),
    "too_early": ("{label}: дата {value} раньше {minimum}", "{label}: {value} is before {minimum}"),
    "no_timezone": ("{label}: укажите часовой пояс", "{label}: give a time zone"),
    "bad_quarter": (
        "{label}: «{value}» — не квартал; пишите так: 2025Q3",
        "{label}: '{value}' is not a quarter; write it like 2025Q3",
    ),
    "before_start": (
        "{label}: {value} раньше начала ({start})",
        "{label}: {value} is before the start ({start})",
    ),
    "channel_without_internet": (
        "{label}: указан канал «{value}», но Интернета нет",
        "{label}: channel '{value}' given but no Internet",
    ),
    "stage_not_applicable": (
        "{label}: подсистема не применяется, этап должен быть «не подключено»",
        "{label}: the subsystem does not apply, so the stage must be 'none'",
    ),
    "bad_media_type": (
        "{label}: тип файла {value} не подходит (можно PDF, JPEG, PNG, TIFF)",
        "{label}: file type {value} not accepted (PDF, JPEG, PNG, TIFF)",
    ),
    "not_an_mo": (
        "{label}: «{value}» — не медицинская организация (МО)",
        "{label}: '{value}' is not a medical organisation (МО)",
    ),
    "reason_required": (
        "Показатель {indicator}: для ручного значения нужна причина",
        "Indicator {indicator}: a manual value needs a reason",
    ),
    "bad_url": (
        "{label}: «{value}» — не адрес сервера (https://…)",
        "{label}: '{value}' is not a server address (https://…)",
    ),
    "unknown_setting": ("Нет такой настройки: {value}", "No such setting: {value}"),
    "not_a_number": ("{label}: «{value}» — не число", "{label}: '{value}' is not a number"),
    "empty_file": ("{label}: файл пустой", "{label}: the file is empty"),
    "file_too_large": (
        "{label}: файл больше {maximum} байт",
        "{label}: file larger than {maximum} bytes",
    ),
}


# What a NotFound or RecordLocked is about, in words (Russian, English).
RECORD_WORDS = {
    "unit": ("подразделение", "unit"),
    "form": ("квартальная форма", "quarterly form"),
    "submission": ("отправленная форма (форма ещё не отправлена)", "submitted form"),
    "attachment": ("вложение", "attachment"),
    "outage": ("перерыв связи", "outage"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def field_label(field: str, lang: str) -> str:
    base = field.split("[", 1)[0].split(".")[-1]
    return _pick(FIELD_LABELS[base], lang) if base in FIELD_LABELS else field


def field_error(err: e.FieldError, lang: str) -> str:
    template = CODE_TEMPLATES.get(err.code)
    params: dict[str, Any] = {**err.params, "label": field_label(err.field, lang)}
    if "limit_field" in params:
        params["limit_label"] = field_label(str(params["limit_field"]), lang)
    if template is None:
        return str(err)
    text = _pick(template, lang).format_map(_Defaulting(params))
    return text[0].upper() + text[1:]


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _store_error(exc: e.StorageError, lang: str) -> str | None:
    ru = lang != "en"
    match exc:
        case e.WrongPassphrase():
            return "Неверный пароль" if ru else "Wrong passphrase"
        case e.NoStore(path=path):
            return (
                f"В папке {path} нет хранилища; создайте его: svodka init"
                if ru
                else f"No store in {path}; create one with: svodka init"
            )
        case e.StoreExists(path=path):
            return (
                f"В папке {path} уже есть хранилище" if ru else f"A store already exists in {path}"
            )
        case e.NotAStore(path=path, reason=reason):
            return (
                f"{path}: не хранилище Svodka или файл повреждён ({reason}); файл не изменён"
                if ru
                else f"{path}: not a Svodka store or damaged ({reason}); left untouched"
            )
        case e.StoreTooNew(path=path, found=found):
            return (
                f"{path} создано более новой версией Svodka ({found}); обновите программу"
                if ru
                else f"{path} was made by a newer Svodka ({found}); please update"
            )
        case e.StoreInUse(path=path):
            return (
                f"Хранилище {path} уже открыто другой программой Svodka; закройте её"
                if ru
                else f"The store {path} is open in another Svodka; close it first"
            )
        case e.StoreClosed():
            return (
                "Программа заблокирована: войдите снова, чтобы продолжить"
                if ru
                else "Svodka is locked: unlock it to go on"
            )
        case e.WeakPassphrase(minimum=minimum):
            return (
                f"Пароль слишком короткий: нужно не меньше {minimum} знаков"
                if ru
                else f"Passphrase too short: at least {minimum} characters"
            )
        case e.UnknownUser(user=user):
            return f"Нет пользователя «{user}»" if ru else f"No user '{user}'"
        case e.UserExists(user=user):
            return f"Пользователь «{user}» уже есть" if ru else f"User '{user}' already exists"
        case e.UserRequired(users=users):
            names = ", ".join(users)
            return (
                f"Пользователей несколько ({names}); укажите --user"
                if ru
                else f"Several users ({names}); give --user"
            )
        case e.LastUser():
            return "Нельзя удалить последнего пользователя" if ru else "Cannot remove the last user"
        case e.NotFound(kind=kind, key=key):
            word_ru, word_en = RECORD_WORDS.get(kind, (kind, kind))
            return f"Не найдено: {word_ru} «{key}»" if ru else f"Not found: {word_en} '{key}'"
        case e.RecordLocked(kind=kind, key=key):
            word_ru, word_en = RECORD_WORDS.get(kind, (kind, kind))
            return (
                f"{word_ru.capitalize()} «{key}» отправлена или принята и не изменяется"
                if ru
                else f"The {word_en} '{key}' is locked"
            )
        case e.CipherUnsupported(version=version):
            return (
                f"Нужен SQLCipher 4, установлен «{version}»; переустановите программу"
                if ru
                else f"SQLCipher 4 is required, found '{version}'; reinstall"
            )
    return None


SERVER_CODES: dict[str, tuple[str, str]] = {
    "bad_code": ("неверный код регистрации", "unknown enrolment code"),
    "code_used": ("этот код регистрации уже использован", "this enrolment code was used"),
    "code_expired": ("срок действия кода регистрации истёк", "this enrolment code expired"),
    "outside_scope": (
        "данные относятся к подразделению вне зоны этого устройства",
        "data for a unit outside this device's scope",
    ),
    "too_many_requests": (
        "слишком много запросов, повторите позже",
        "too many requests, try later",
    ),
}


def _sync_error(exc: SyncError, lang: str) -> str:
    ru = lang != "en"
    match exc:
        case ServerRefused(code=code) if code in SERVER_CODES:
            words = _pick(SERVER_CODES[code], lang)
            return (
                f"Сервер отказал: {words} ({code})" if ru else f"Server refused: {words} ({code})"
            )
        case NotEnrolled():
            return (
                "Компьютер не зарегистрирован на сервере: svodka enroll --server … --code …"
                if ru
                else "Not enrolled with a server: svodka enroll --server … --code …"
            )
        case Offline(reason=reason):
            return (
                f"Нет связи с сервером ({reason}); изменения сохранены и будут отправлены"
                if ru
                else f"Cannot reach the server ({reason}); changes stay queued"
            )
        case ServerRefused(code=code, detail=detail) if exc.needs_enrolment:
            return (
                f"Сервер не принимает это устройство ({code}); нужна новая регистрация"
                if ru
                else f"The server refuses this device ({code}); enrol again"
            )
        case ServerRefused(status=status, code=code, detail=detail):
            return (
                f"Сервер отказал ({status} {code}): {detail}"
                if ru
                else f"The server refused ({status} {code}): {detail}"
            )
    return str(exc)


def describe(exc: Exception, lang: str) -> str:
    """One line, in words, for any expected error."""
    if isinstance(exc, BundleError):
        return f"Файл пакета не принят: {exc}" if lang != "en" else f"Bundle file refused: {exc}"
    if isinstance(exc, SyncError):
        return _sync_error(exc, lang)
    if isinstance(exc, e.ValidationFailed):
        return "; ".join(field_error(err, lang) for err in exc.errors)
    if isinstance(exc, e.StorageError):
        text = _store_error(exc, lang)
        if text is not None:
            return text
    return str(exc)


ACTION_LABELS: dict[str, tuple[str, str]] = {
    "connection_recorded": ("отмечено состояние связи", "connection recorded"),
    "outage_recorded": ("отмечен перерыв связи", "outage recorded"),
    "outage_ended": ("перерыв связи закрыт", "outage ended"),
    "arm_counts_recorded": ("записаны данные об АРМ", "АРМ counts recorded"),
    "workstation_saved": ("сохранено рабочее место", "workstation saved"),
    "document_recorded": ("записаны переданные документы", "documents recorded"),
    "subsystem_set": ("отмечено подключение к подсистеме", "subsystem connection set"),
    "act_recorded": ("записан подтверждающий акт", "act recorded"),
    "form_saved": ("сохранена квартальная форма", "quarterly form saved"),
    "form_submitted": ("форма отправлена в регион", "form submitted"),
    "form_accepted": ("форма принята регионом", "form accepted"),
    "form_returned": ("форма возвращена на доработку", "form returned"),
    "registry_loaded": ("загружен реестр организаций", "registry loaded"),
    "catalogs_loaded": ("загружены справочники", "catalogs loaded"),
    "store_created": ("создано хранилище", "store created"),
    "user_added": ("добавлен пользователь", "user added"),
    "user_removed": ("удалён пользователь", "user removed"),
    "passphrase_changed": ("изменён пароль", "passphrase changed"),
    "recovery_key_replaced": ("выдан новый ключ восстановления", "recovery key replaced"),
    "backup_made": ("сделана резервная копия", "backup made"),
}

SYNC_STATES: dict[str, tuple[str, str]] = {
    "queued": ("в очереди", "queued"),
    "sent": ("отправлено", "sent"),
    "synced": ("на сервере", "on the server"),
    "quarantined": ("не принято сервером", "refused by the server"),
}


def action_label(action: str, lang: str) -> str:
    return _pick(ACTION_LABELS[action], lang) if action in ACTION_LABELS else action


def sync_state_label(state: str | None, lang: str) -> str:
    if state is None:
        return ""
    return _pick(SYNC_STATES[state], lang) if state in SYNC_STATES else state
