"""``svodka record …``: one command per kind of fact, options named as in the forms."""

from __future__ import annotations

import mimetypes
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from desktop.cli.context import emit_json, get
from desktop.storage.records import (
    ActInput,
    ArmCountsInput,
    AttachmentInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    SubsystemInput,
    WorkstationInput,
)

KIND_LABELS = {
    "connection": ("состояние связи", "connection status"),
    "outage": ("перерыв связи", "outage"),
    "arm_counts": ("данные об АРМ", "АРМ counts"),
    "workstation": ("рабочее место", "workstation"),
    "document": ("переданные документы", "documents sent"),
    "subsystem": ("подключение к подсистеме", "subsystem connection"),
    "act": ("подтверждающий акт", "act"),
}
YES_NO = click.Choice(["yes", "no", "да", "нет"], case_sensitive=False)
DAY = click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"])
MOMENT = click.DateTime(
    formats=[
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ]
)


def _yes(value: str | None) -> bool | None:
    return None if value is None else value.lower() in ("yes", "да")


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _moment(value: datetime | None) -> datetime | None:
    # A time typed without a zone is local time at the post.
    if value is None or value.tzinfo is not None:
        return value
    return value.astimezone()


def _saved(ctx: click.Context, kind: str, record_id: str, as_json: bool) -> None:
    c = get(ctx)
    if as_json:
        emit_json({"id": record_id, "entity": kind})
    else:
        ru, en = KIND_LABELS[kind]
        click.echo(
            c.t(
                f"Сохранено: {ru} (№ {record_id}); в очереди на отправку",
                f"Saved: {en} (id {record_id}); queued for sending",
            )
        )


def _write(ctx: click.Context, kind: str, method: str, record: Any, as_json: bool) -> None:
    with get(ctx).open_store() as store:
        record_id = getattr(store, method)(record)
    _saved(ctx, kind, record_id, as_json)


unit_option = click.option("--unit", required=True, help="Unit code from `svodka units`.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
note_option = click.option("--note", help="A note in words.")


@click.group()
def record() -> None:
    """Record a fact about a unit (saved locally, then sent when a link exists)."""


@record.command()
@unit_option
@click.option("--internet", type=YES_NO, required=True)
@click.option("--channel", help="Channel code: fibre, adsl, radio, satellite, mobile, none.")
@click.option("--zspd", type=YES_NO, help="Connected to the regional secure network.")
@click.option("--skzi", type=YES_NO, help="Crypto gateway (СКЗИ) installed.")
@click.option("--bandwidth", type=int, help="Bandwidth, kbit/s.")
@click.option("--provider")
@click.option("--at", "observed_at", type=MOMENT, help="When observed (default: now).")
@note_option
@json_option
@click.pass_context
def connection(
    ctx: click.Context,
    unit: str,
    internet: str,
    channel: str | None,
    zspd: str | None,
    skzi: str | None,
    bandwidth: int | None,
    provider: str | None,
    observed_at: datetime | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Connection status: Internet, channel, ЗСПД, СКЗИ."""
    r = ConnectionInput(
        unit,
        bool(_yes(internet)),
        channel,
        _yes(zspd),
        _yes(skzi),
        bandwidth,
        provider,
        note,
        _moment(observed_at),
    )
    _write(ctx, "connection", "record_connection", r, as_json)


@record.command()
@unit_option
@click.option("--start", type=MOMENT, required=True)
@click.option("--end", type=MOMENT)
@click.option("--cause")
@note_option
@json_option
@click.pass_context
def outage(
    ctx: click.Context,
    unit: str,
    start: datetime,
    end: datetime | None,
    cause: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """A period without a link (leave --end out while it lasts)."""
    r = OutageInput(unit, start.astimezone(), _moment(end), cause, note)
    _write(ctx, "outage", "record_outage", r, as_json)


@record.command("outage-end")
@click.option("--id", "outage_id", required=True, help="Id printed when the outage was recorded.")
@click.option("--end", type=MOMENT, required=True)
@json_option
@click.pass_context
def outage_end(ctx: click.Context, outage_id: str, end: datetime, as_json: bool) -> None:
    """Close an outage that was recorded without an end."""
    with get(ctx).open_store() as store:
        store.end_outage(outage_id, end.astimezone())
    _saved(ctx, "outage", outage_id, as_json)


@record.command()
@unit_option
@click.option("--quarter", required=True, help="Like 2025Q3.")
@click.option("--total", type=int, required=True, help="All АРМ.")
@click.option("--mis", type=int, required=True, help="АРМ connected to the МИС.")
@click.option("--zspd", type=int, required=True, help="АРМ connected to the ЗСПД.")
@click.option("--certified", type=int, help="АРМ with a compliance certificate.")
@click.option("--workers-need", type=int, help="Medical workers who need an АРМ.")
@click.option("--workers-provided", type=int, help="Of them, provided with one.")
@note_option
@json_option
@click.pass_context
def arm(
    ctx: click.Context,
    unit: str,
    quarter: str,
    total: int,
    mis: int,
    zspd: int,
    certified: int | None,
    workers_need: int | None,
    workers_provided: int | None,
    note: str | None,
    as_json: bool,
) -> None:
    """АРМ counts for a quarter (replaces earlier counts of that quarter)."""
    r = ArmCountsInput(
        unit, quarter, total, mis, zspd, certified, workers_need, workers_provided, note
    )
    _write(ctx, "arm_counts", "record_arm_counts", r, as_json)


@record.command()
@unit_option
@click.option("--inventory-no", required=True)
@click.option("--mis", type=YES_NO, required=True, help="МИС client installed.")
@click.option("--zspd", type=YES_NO, required=True, help="ЗСПД client installed.")
@click.option("--room")
@click.option("--os", "os_name")
@click.option("--certificate", help="Compliance certificate number.")
@click.option("--in-service", type=DAY)
@click.option("--retired", type=DAY)
@note_option
@json_option
@click.pass_context
def workstation(
    ctx: click.Context,
    unit: str,
    inventory_no: str,
    mis: str,
    zspd: str,
    room: str | None,
    os_name: str | None,
    certificate: str | None,
    in_service: datetime | None,
    retired: datetime | None,
    note: str | None,
    as_json: bool,
) -> None:
    """One workstation of the inventory (saved again under the same number = updated)."""
    r = WorkstationInput(
        unit,
        inventory_no,
        bool(_yes(mis)),
        bool(_yes(zspd)),
        room,
        os_name,
        certificate,
        _day(in_service),
        _day(retired),
        note,
    )
    _write(ctx, "workstation", "save_workstation", r, as_json)


@record.command()
@unit_option
@click.option("--class", "doc_class", required=True, help="Document class code.")
@click.option("--date", "sent_on", type=DAY, required=True)
@click.option("--count", type=int, required=True)
@click.option("--target", help="Target system code.")
@click.option("--signed", type=YES_NO, default="no", help="Signed with УКЭП.")
@click.option("--status", type=click.Choice(["sent", "registered", "rejected"]), default="sent")
@click.option("--registry-no")
@note_option
@json_option
@click.pass_context
def document(
    ctx: click.Context,
    unit: str,
    doc_class: str,
    sent_on: datetime,
    count: int,
    target: str | None,
    signed: str,
    status: str,
    registry_no: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Documents the unit sent (counts and metadata only, never patient data)."""
    r = DocumentInput(
        unit,
        doc_class,
        sent_on.date(),
        count,
        target,
        bool(_yes(signed)),
        status,
        registry_no,
        note,
    )
    _write(ctx, "document", "record_document", r, as_json)


@record.command()
@unit_option
@click.option("--subsystem", required=True, help="Subsystem code.")
@click.option("--stage", required=True, help="none, test, pilot or production.")
@click.option("--applicable", type=YES_NO, default="yes")
@click.option("--since", type=DAY)
@click.option("--act", "act_id", help="Id of the confirming act.")
@note_option
@json_option
@click.pass_context
def subsystem(
    ctx: click.Context,
    unit: str,
    subsystem: str,
    stage: str,
    applicable: str,
    since: datetime | None,
    act_id: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """The unit's connection to a centralized subsystem."""
    r = SubsystemInput(unit, subsystem, stage, bool(_yes(applicable)), _day(since), act_id, note)
    _write(ctx, "subsystem", "set_subsystem", r, as_json)


@record.command()
@unit_option
@click.option("--type", "act_type", required=True, help="Act type code.")
@click.option("--number", required=True)
@click.option("--date", "signed_on", type=DAY, required=True)
@click.option(
    "--file",
    "scan",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Scanned act (PDF, JPEG, PNG, TIFF); stored encrypted.",
)
@note_option
@json_option
@click.pass_context
def act(
    ctx: click.Context,
    unit: str,
    act_type: str,
    number: str,
    signed_on: datetime,
    scan: Path | None,
    note: str | None,
    as_json: bool,
) -> None:
    """An evidence act, optionally with its scan."""
    attachment = None
    if scan is not None:
        media = mimetypes.guess_type(scan.name)[0] or "application/octet-stream"
        attachment = AttachmentInput(scan.name, media, scan.read_bytes())
    r = ActInput(unit, act_type, number, signed_on.date(), note, attachment)
    _write(ctx, "act", "record_act", r, as_json)


COMMANDS = (record,)
