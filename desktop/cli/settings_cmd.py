"""``svodka settings``: show or change the store's settings (server URL, intervals…)."""

from __future__ import annotations

import click

from desktop.cli.context import emit_json, get


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def settings(ctx: click.Context, as_json: bool) -> None:
    """Show the settings; `settings set NAME VALUE` changes one."""
    if ctx.invoked_subcommand is not None:
        return
    with get(ctx).open_store() as store:
        values = store.settings().as_json()
    if as_json:
        emit_json(values)
    else:
        for name, value in values.items():
            click.echo(f"{name:<20} {value}")


@settings.command("set")
@click.argument("name")
@click.argument("value")
@click.pass_context
def settings_set(ctx: click.Context, name: str, value: str) -> None:
    c = get(ctx)
    with c.open_store() as store:
        store.save_settings(store.settings().with_text(name, value))
    click.echo(c.t(f"Сохранено: {name} = {value}", f"Saved: {name} = {value}"))


COMMANDS = (settings,)
