"""``svodka enroll`` and ``svodka sync``: join a server, then exchange changes with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from desktop.cli.context import Context, emit_json, get
from desktop.cli.messages import describe
from desktop.storage import Store
from desktop.sync.engine import SyncEngine
from desktop.sync.enrolment import enroll as enroll_device
from desktop.sync.monitor import LinkMonitor, Probe
from desktop.sync.relay import export_bundle, import_bundle
from desktop.sync.rounds import Progress, RoundResult
from desktop.sync.watch import Watcher

BAR_WIDTH = 24


class ProgressLine:
    """One line on stderr, rewritten in place as a round goes on."""

    def __init__(self, c: Context) -> None:
        self.c = c
        self.shown = False

    def __call__(self, step: Progress) -> None:
        c = self.c
        phase = c.t("отправка", "sending") if step.phase == "push" else c.t("приём", "receiving")
        kib = f", {step.bytes / 1024:.0f} " + c.t("КиБ", "KiB") if step.bytes else ""
        total = max(step.total, step.done, 1)
        filled = BAR_WIDTH * step.done // total
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        click.echo(f"\r{phase:<9} {bar} {step.done}/{total}{kib}   ", err=True, nl=False)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo("", err=True)


def _round(c: Context, store: Store) -> RoundResult:
    line = ProgressLine(c)
    try:
        return SyncEngine(store).run_round(progress=line)
    finally:
        line.finish()


def _report(c: Context, result: RoundResult, as_json: bool) -> None:
    if as_json:
        emit_json(
            {
                "pushed": result.pushed,
                "rejected": result.rejected,
                "pulled": result.pulled,
                "bundles_forwarded": result.forwarded,
                "bundles_refused": result.bundles_refused,
                "clock_skew_ms": result.skew_ms,
            }
        )
        return
    click.echo(
        c.t(
            f"Отправлено: {result.pushed}; не принято: {result.rejected};"
            f" получено справочных записей: {result.pulled}",
            f"Sent: {result.pushed}; refused: {result.rejected};"
            f" reference items received: {result.pulled}",
        )
    )
    if result.forwarded or result.bundles_refused:
        click.echo(
            c.t(
                f"Передано пакетов других устройств: {result.forwarded};"
                f" отклонено сервером: {result.bundles_refused}",
                f"Other devices' bundles forwarded: {result.forwarded};"
                f" refused by the server: {result.bundles_refused}",
            )
        )
    if result.skew_warning:
        minutes = result.skew_ms / 60_000
        click.echo(
            c.t(
                f"Внимание: часы компьютера расходятся с сервером на {minutes:+.0f} мин",
                f"Warning: this computer's clock is {minutes:+.0f} min off the server",
            )
        )


@click.command()
@click.option("--server", "server_url", required=True, help="https://… of the regional server.")
@click.option("--code", required=True, help="One-time enrolment code from the region.")
@click.option(
    "--ca",
    "ca_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Regional CA certificate to trust (PEM).",
)
@click.pass_context
def enroll(ctx: click.Context, server_url: str, code: str, ca_file: str | None) -> None:
    """Register this computer with the regional server and fetch reference data."""
    c = get(ctx)
    with c.open_store() as store:
        identity = enroll_device(store, server_url, code, ca_file)
        click.echo(
            c.t(
                f"Устройство зарегистрировано: {identity.device_id}"
                f" ({identity.scope_kind} {identity.scope_code})",
                f"Device enrolled: {identity.device_id}"
                f" ({identity.scope_kind} {identity.scope_code})",
            )
        )
        _report(c, _round(c, store), as_json=False)


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--watch", is_flag=True, help="Keep going: probe the link, sync when it is up.")
@click.pass_context
def sync(ctx: click.Context, as_json: bool, watch: bool) -> None:
    """Send queued changes and receive reference data (one round, or --watch)."""
    c = get(ctx)
    with c.open_store() as store:
        if not watch:
            _report(c, _round(c, store), as_json)
            return
        engine = SyncEngine(store)
        watcher = Watcher(
            engine, LinkMonitor(store, engine.client), store.settings().monitor_interval_s
        )
        click.echo(c.t("Слежу за связью; остановить: Ctrl+C", "Watching the link; Ctrl+C stops"))
        try:
            watcher.run(lambda: False, lambda kind, data: _event(c, kind, data))
        except KeyboardInterrupt:
            click.echo(c.t("Остановлено", "Stopped"))


def _event(c: Context, kind: str, data: object) -> None:
    stamp = datetime.now().strftime("%H:%M:%S")
    if kind == "link" and isinstance(data, Probe):
        text = c.t("связь есть", "link up") if data.up else c.t("связи нет", "link down")
    elif kind == "round" and isinstance(data, RoundResult):
        text = c.t(
            f"отправлено {data.pushed}, получено {data.pulled}",
            f"sent {data.pushed}, received {data.pulled}",
        )
    else:
        text = describe(data, c.lang) if isinstance(data, Exception) else str(data)
    click.echo(f"{stamp}  {text}")


@click.group("bundle")
def bundle_group() -> None:
    """Carry changes without a link: a signed, sealed file on a USB stick or a laptop."""


@bundle_group.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def bundle_export(ctx: click.Context, file: Path) -> None:
    """Write every change the server has not confirmed into FILE."""
    c = get(ctx)
    with c.open_store() as store:
        header = export_bundle(store, file)
    if header is None:
        click.echo(
            c.t(
                "Нечего выгружать: все изменения уже на сервере",
                "Nothing to export: the server has every change",
            )
        )
        return
    click.echo(
        c.t(
            f"Выгружено изменений: {header.count} (№ {header.first_seq}–"
            f"{header.last_seq}) в {file}. Файл зашифрован для сервера.",
            f"Exported {header.count} changes ({header.first_seq}–{header.last_seq})"
            f" to {file}. The file is sealed for the server.",
        )
    )


@bundle_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def bundle_import(ctx: click.Context, file: Path) -> None:
    """Take another device's bundle to forward it on the next sync."""
    c = get(ctx)
    with c.open_store() as store:
        header, added = import_bundle(store, file)
    if added:
        click.echo(
            c.t(
                f"Пакет принят ({header.count} изменений устройства"
                f" {header.device_id}); уйдёт на сервер при следующей синхронизации",
                f"Bundle taken ({header.count} changes of device {header.device_id});"
                " it goes to the server on the next sync",
            )
        )
    else:
        click.echo(c.t("Этот пакет уже был принят", "This bundle was already taken"))


COMMANDS = (enroll, sync, bundle_group)
