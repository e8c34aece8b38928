"""Read-only commands: overview, units, history, status, outbox, catalogs, attachments."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import click

from desktop.cli.context import Context, emit_json, get
from desktop.cli.messages import action_label, sync_state_label
from desktop.storage import Store
from desktop.storage.records import Quarter

UNIT_TYPES = {
    "mo": ("МО", "МО"),
    "tvsp": ("ТВСП", "ТВСП"),
    "fap": ("ФАП", "ФАП"),
    "fp": ("ФП", "ФП"),
    "smp": ("СМП", "СМП"),
}


def print_overview(c: Context, store: Store) -> None:
    s = store.status()
    click.echo(c.t(f"Подразделений в реестре: {s.units}", f"Units in the registry: {s.units}"))
    click.echo(
        c.t(
            f"Изменений в очереди: {s.queued}; не принято сервером: {s.quarantined}",
            f"Changes queued: {s.queued}; refused by the server: {s.quarantined}",
        )
    )
    last = s.last_sync or c.t("ещё не было", "never")
    click.echo(c.t(f"Последняя синхронизация: {last}", f"Last sync: {last}"))
    if not s.enrolled:
        click.echo(
            c.t(
                "Устройство не зарегистрировано на сервере (работа без связи)",
                "Device not enrolled with a server (working offline)",
            )
        )


@click.command(hidden=True)
@click.pass_context
def overview(ctx: click.Context) -> None:
    """What ``svodka`` alone shows until the GUI exists: the profile and its queue."""
    c = get(ctx)
    if not c.profile.exists():
        click.echo(
            c.t(
                f"Профиль {c.data_dir} пуст. Создайте хранилище: svodka init\n"
                "Или посмотрите демо с вымышленными данными: svodka demo",
                f"No store in {c.data_dir}. Create one: svodka init\n"
                "Or try the demo with invented data: svodka demo",
            )
        )
        return
    with c.open_store() as store:
        print_overview(c, store)


@click.command()
@click.option("--type", "unit_type", help="Only this type: mo, tvsp, fap, fp.")
@click.option("--district")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def units(ctx: click.Context, unit_type: str | None, district: str | None, as_json: bool) -> None:
    """The organisation registry (read-only; comes from the server)."""
    c = get(ctx)
    with c.open_store() as store:
        rows = store.units(type=unit_type, district=district)
    if as_json:
        emit_json([u.as_json() for u in rows])
        return
    for u in rows:
        indent = "    " if u.parent else ""
        kind = UNIT_TYPES.get(u.type, (u.type, u.type))[c.lang == "en"]
        click.echo(f"{indent}{u.code:<16} {kind:<5} {u.name}")


@click.command("unit")
@click.argument("code")
@click.option("--quarter", help="Quarter for the АРМ counts (default: the current one).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def unit_card(ctx: click.Context, code: str, quarter: str | None, as_json: bool) -> None:
    """A unit's status card: current connection and АРМ."""
    c = get(ctx)
    quarter = quarter or str(Quarter.of(date.today()))
    with c.open_store() as store:
        unit = store.unit(code)
        link = store.current_connection(code)
        arm = store.arm_totals(code, quarter)
    card = {
        "unit": unit.as_json(),
        "connection": link,
        "quarter": quarter,
        "arm": asdict(arm) if arm else None,
    }
    if as_json:
        emit_json(card)
        return
    click.echo(f"{unit.code}  {unit.name}")
    if link is None:
        click.echo(c.t("Связь: нет наблюдений", "Link: no observations"))
    else:
        yes = c.t("есть", "yes") if link["internet"] else c.t("нет", "no")
        click.echo(
            c.t(
                f"Интернет: {yes} ({link['channel']}), на {link['observed_at']}",
                f"Internet: {yes} ({link['channel']}), as of {link['observed_at']}",
            )
        )
    if arm is not None:
        click.echo(
            c.t(
                f"АРМ за {quarter}: всего {arm.total}, МИС {arm.mis}, ЗСПД {arm.zspd}",
                f"АРМ in {quarter}: total {arm.total}, МИС {arm.mis}, ЗСПД {arm.zspd}",
            )
        )


@click.command()
@click.option("--unit", help="Unit code; all units when left out.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def history(ctx: click.Context, unit: str | None, limit: int, as_json: bool) -> None:
    """What was recorded, when and by whom, newest first."""
    c = get(ctx)
    with c.open_store() as store:
        if unit is not None:
            store.unit(unit)  # a clear error for an unknown code
        entries = store.history(unit, limit=limit)
    if as_json:
        emit_json([h.as_json() for h in entries])
        return
    for h in entries:
        action = action_label(h.action, c.lang)
        state = sync_state_label(h.sync_state, c.lang)
        click.echo(
            f"{h.at[:16].replace('T', ' ')}  {h.actor:<12} {action:<36} {h.unit or '':<16} {state}"
        )


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """The sync queue: queued, refused (quarantined), last sync."""
    c = get(ctx)
    with c.open_store() as store:
        if as_json:
            emit_json(store.status().as_json())
        else:
            print_overview(c, store)


@click.command()
@click.option("--state", type=click.Choice(["queued", "sent", "synced", "quarantined"]))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def outbox(ctx: click.Context, state: str | None, as_json: bool) -> None:
    """Changes waiting to be sent, and what happened to them."""
    c = get(ctx)
    with c.open_store() as store:
        entries = store.outbox(state)
    if as_json:
        emit_json([e.__dict__ for e in entries])
        return
    for e in entries:
        state = sync_state_label(e.state, c.lang)
        click.echo(f"{e.seq:>6} {state:<20} {e.entity:<24} {e.unit or '':<16} {e.error or ''}")


@click.command()
@click.argument(
    "kind",
    type=click.Choice(
        ["channel", "doc_class", "target_system", "subsystem", "stage", "act_type", "unit_type"]
    ),
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def catalog(ctx: click.Context, kind: str, as_json: bool) -> None:
    """Codes accepted by `record` options (channels, document classes, …)."""
    c = get(ctx)
    with c.open_store() as store:
        items = store.catalog(kind)
    if as_json:
        emit_json([{"code": i.code, "name": i.name} for i in items])
        return
    for i in items:
        click.echo(f"{i.code:<16} {i.name}")


@click.command()
@click.argument("attachment_id")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_context
def attachment(ctx: click.Context, attachment_id: str, output: Path) -> None:
    """Save a stored scan to a file (decrypted: keep it safe)."""
    c = get(ctx)
    with c.open_store() as store:
        found = store.attachment(attachment_id)
    output.write_bytes(found.content)
    click.echo(
        c.t(
            f"Файл сохранён: {output} ({found.size} байт)",
            f"File saved: {output} ({found.size} bytes)",
        )
    )


COMMANDS = (overview, units, unit_card, history, status, outbox, catalog, attachment)
