"""Store-level settings with their defaults in one place (UI-only state lives in QSettings)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.storage.errors import FieldError, ValidationFailed

SETTINGS_KEY = "store_settings"


@dataclass(frozen=True)
class StoreSettings:
    """What the user may change; kept inside the encrypted store, never secrets."""

    server_url: str = ""
    ca_file: str = ""
    monitor_interval_s: int = 60
    auto_lock_min: int = 15

    def validate(self) -> None:
        errors: list[FieldError] = []
        if self.server_url and not self.server_url.startswith(("https://", "http://")):
            errors.append(FieldError("server_url", "bad_url", {"value": self.server_url}))
        if not 10 <= self.monitor_interval_s <= 86_400:
            errors.append(
                FieldError(
                    "monitor_interval_s",
                    "out_of_range",
                    {"value": self.monitor_interval_s, "minimum": 10, "maximum": 86_400},
                )
            )
        if not 0 <= self.auto_lock_min <= 1440:
            errors.append(
                FieldError(
                    "auto_lock_min",
                    "out_of_range",
                    {"value": self.auto_lock_min, "minimum": 0, "maximum": 1440},
                )
            )
        if errors:
            raise ValidationFailed(errors)

    def with_text(self, name: str, text: str) -> StoreSettings:
        """A copy with one field set from text (as typed on the command line)."""
        kinds = {f.name: f.type for f in fields(self)}
        if name not in kinds:
            raise ValidationFailed([FieldError(name, "unknown_setting", {"value": name})])
        value: Any = text
        if kinds[name] in ("int", int):
            try:
                value = int(text)
            except ValueError:
                raise ValidationFailed(
                    [FieldError(name, "not_a_number", {"value": text})]
                ) from None
        return replace(self, **{name: value})

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> StoreSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})

    def as_json(self) -> dict[str, Any]:
        return asdict(self)
