"""What every command shares: the profile folder, language, passphrase input, open store."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from desktop.storage import Profile, Store

PASSPHRASE_ENV = "SVODKA_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SVODKA_NEW_PASSPHRASE"
RECOVERY_ENV = "SVODKA_RECOVERY_KEY"
USER_ENV = "SVODKA_USER"


@dataclass
class Context:
    """Global options, resolved once per invocation."""

    data_dir: Path
    user: str | None
    lang: str
    data_dir_given: bool = False

    @property
    def profile(self) -> Profile:
        return Profile(self.data_dir)

    def t(self, ru: str, en: str) -> str:
        return en if self.lang == "en" else ru

    def ask_passphrase(self) -> str:
        env = os.environ.get(PASSPHRASE_ENV)
        if env is not None:
            return env
        return str(click.prompt(self.t("Пароль", "Passphrase"), hide_input=True))

    def ask_new_passphrase(self, env_name: str = PASSPHRASE_ENV) -> str:
        env = os.environ.get(env_name)
        if env is not None:
            return env
        return str(
            click.prompt(
                self.t("Новый пароль (не меньше 8 знаков)", "New passphrase (8+ characters)"),
                hide_input=True,
                confirmation_prompt=self.t("Повторите пароль", "Repeat the passphrase"),
            )
        )

    @contextmanager
    def open_store(self) -> Iterator[Store]:
        """Unlock with the user's passphrase for the length of one command."""
        store = self.profile.unlock(self.ask_passphrase(), self.user)
        try:
            yield store
        finally:
            store.close()


def get(ctx: click.Context) -> Context:
    obj = ctx.find_object(Context)
    assert obj is not None, "the root command sets the context"
    return obj


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()
