"""Profile commands: init, demo, passphrases and users, recovery, backup, doctor."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import click

from desktop.cli.context import NEW_PASSPHRASE_ENV, RECOVERY_ENV, emit_json, get
from desktop.demo import DEMO_PASSPHRASE, DEMO_USER, demo_pack, ensure_demo
from desktop.storage import DEFAULT_KDF
from desktop.storage.maintenance import backup as make_backup
from desktop.storage.maintenance import doctor as run_doctor
from desktop.storage.maintenance import restore as unpack_backup


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def _show_recovery_key(key: str, ru: bool) -> None:
    click.echo("")
    click.echo(
        "Ключ восстановления (показывается один раз, запишите и храните отдельно):"
        if ru
        else "Recovery key (shown once: write it down and keep it apart):"
    )
    click.echo(f"    {key}")
    click.echo("")


@click.command()
@click.option("--demo", is_flag=True, help="Load the invented demo registry.")
@click.option("--name", "user_name", help="First user's name (default: the login name).")
@click.pass_context
def init(ctx: click.Context, demo: bool, user_name: str | None) -> None:
    """Create an encrypted store in the profile folder."""
    c = get(ctx)
    user = user_name or c.user or _default_user()
    profile = c.profile
    if profile.exists():
        from desktop.storage import StoreExists

        raise StoreExists(profile.root)
    passphrase = c.ask_new_passphrase()
    created = profile.create(user, passphrase, kdf=DEFAULT_KDF)
    with created.store as store:
        if demo:
            store.load_demo_registry()
            store.load_pack(demo_pack())
        click.echo(
            c.t(
                f"Хранилище создано: {profile.root} (пользователь {user})",
                f"Store created: {profile.root} (user {user})",
            )
        )
        if demo:
            click.echo(
                c.t(
                    "Загружены ВЫМЫШЛЕННЫЙ демонстрационный реестр и показатели"
                    " Ставропольского края",
                    "The INVENTED demo registry and the Stavropol region's indicators are loaded",
                )
            )
    _show_recovery_key(created.recovery_key, c.lang != "en")


@click.command()
@click.option("--reset", is_flag=True, help="Delete the demo profile and make it anew.")
@click.pass_context
def demo(ctx: click.Context, reset: bool) -> None:
    """Make (or open) a demo profile with invented data, and show it."""
    c = get(ctx)
    # The demo never mixes with a real profile: it gets its own folder by default.
    root = c.data_dir if c.data_dir_given else c.data_dir / "demo"
    profile = ensure_demo(root, reset=reset)
    click.echo(
        c.t(f"Демо-профиль (вымышленные данные): {root}", f"Demo profile (invented data): {root}")
    )
    click.echo(
        c.t(
            f"Пароль демо-профиля: {DEMO_PASSPHRASE}", f"Demo profile passphrase: {DEMO_PASSPHRASE}"
        )
    )
    with profile.unlock(DEMO_PASSPHRASE, DEMO_USER) as store:
        from desktop.cli.show import print_overview

        print_overview(c, store)
    click.echo("")
    click.echo(c.t("Попробуйте:", "Try:"))
    click.echo(f"    export SVODKA_DATA_DIR='{root}' SVODKA_PASSPHRASE={DEMO_PASSPHRASE}")
    click.echo("    svodka units")
    click.echo("    svodka record connection --unit DEMO-FAP-012 --internet yes --channel mobile")
    click.echo("    svodka history --unit DEMO-FAP-012")


@click.command()
@click.pass_context
def passwd(ctx: click.Context) -> None:
    """Change your passphrase (only the key slot is rewritten)."""
    c = get(ctx)
    with c.open_store() as store:
        new = c.ask_new_passphrase(NEW_PASSPHRASE_ENV)
        store.set_passphrase(store.actor, new)
    click.echo(c.t("Пароль изменён", "Passphrase changed"))


@click.command()
@click.option("--name", "user_name", help="Whose passphrase to set (default: the only user).")
@click.pass_context
def recover(ctx: click.Context, user_name: str | None) -> None:
    """Open with the recovery key and set a new passphrase; a new recovery key is shown."""
    c = get(ctx)
    key = os.environ.get(RECOVERY_ENV) or click.prompt(c.t("Ключ восстановления", "Recovery key"))
    with c.profile.unlock_with_recovery(key) as store:
        users = store.users()
        user = user_name or c.user or (users[0] if len(users) == 1 else None)
        if user is None:
            from desktop.storage import UserRequired

            raise UserRequired(users)
        store.set_passphrase(user, c.ask_new_passphrase(NEW_PASSPHRASE_ENV))
        fresh = store.new_recovery_key()
    click.echo(c.t(f"Новый пароль для «{user}» установлен", f"New passphrase set for '{user}'"))
    _show_recovery_key(fresh, c.lang != "en")


@click.group()
def users() -> None:
    """People who may open this store, each with a passphrase."""


@users.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def users_list(ctx: click.Context, as_json: bool) -> None:
    names = get(ctx).profile.users()
    if as_json:
        emit_json(names)
    else:
        for name in names:
            click.echo(name)


@users.command("add")
@click.argument("name")
@click.pass_context
def users_add(ctx: click.Context, name: str) -> None:
    """Add a user; their passphrase comes from SVODKA_NEW_PASSPHRASE or a prompt."""
    c = get(ctx)
    with c.open_store() as store:
        store.add_user(name, c.ask_new_passphrase(NEW_PASSPHRASE_ENV))
    click.echo(c.t(f"Пользователь «{name}» добавлен", f"User '{name}' added"))


@users.command("remove")
@click.argument("name")
@click.pass_context
def users_remove(ctx: click.Context, name: str) -> None:
    c = get(ctx)
    with c.open_store() as store:
        store.remove_user(name)
    click.echo(c.t(f"Пользователь «{name}» удалён", f"User '{name}' removed"))


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def backup(ctx: click.Context, file: Path) -> None:
    """Write an encrypted backup (database and key slots) to FILE."""
    c = get(ctx)
    with c.open_store() as store:
        target = make_backup(store, file)
    click.echo(c.t(f"Резервная копия: {target}", f"Backup written: {target}"))


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def restore(ctx: click.Context, file: Path) -> None:
    """Restore a backup into an empty profile folder."""
    c = get(ctx)
    unpack_backup(file, c.profile)
    click.echo(c.t(f"Восстановлено в {c.profile.root}", f"Restored into {c.profile.root}"))


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def doctor(ctx: click.Context, as_json: bool) -> None:
    """Check encryption, integrity and the audit chain; exit 0 when healthy."""
    c = get(ctx)
    with c.open_store() as store:
        checks = run_doctor(store)
    if as_json:
        emit_json([{"check": k.name, "ok": k.ok, "detail": k.detail} for k in checks])
    else:
        for k in checks:
            mark = "OK " if k.ok else c.t("ПЛОХО", "BAD")
            click.echo(f"{mark:5} {k.name} {k.detail}")
    if not all(k.ok for k in checks):
        ctx.exit(2)


COMMANDS = (init, demo, passwd, recover, users, backup, restore, doctor)
