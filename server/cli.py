"""``svodka-server``: serve the API and administer the region (registry, codes, devices)."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import platformdirs
from sqlalchemy import Connection, Engine, select, update

from server import enrolment, officers, packs, registry, review, summary
from server.clock import now_ms
from server.config import ServerConfig
from server.db import changes, devices, make_engine, writing
from server.errors import ApiError
from server.migrate import upgrade

DATA_ENV = "SVODKA_SERVER_DATA_DIR"
DATABASE_ENV = "SVODKA_DATABASE_URL"
TTL_UNITS = {"m": 60, "h": 3600, "d": 86400}


def _default_dir() -> Path:
    return Path(platformdirs.user_data_dir("svodka-server", appauthor=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=DATA_ENV,
    help="Server data folder (SQLite database, server keys).",
)
@click.option(
    "--database",
    envvar=DATABASE_ENV,
    help="postgresql://user@host/db (default: SQLite in the data folder).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, database: str | None) -> None:
    """Svodka regional server."""
    ctx.obj = ServerConfig(data_dir=data_dir or _default_dir(), database=database)


def _config(ctx: click.Context) -> ServerConfig:
    config = ctx.find_object(ServerConfig)
    assert config is not None
    return config


@contextmanager
def _db(ctx: click.Context) -> Iterator[Connection]:
    config = _config(ctx)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine: Engine = make_engine(config.url)
    try:
        upgrade(engine)
        with writing(engine) as conn:
            yield conn
    finally:
        engine.dispose()


def _emit(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8470, show_default=True, type=int)
@click.option("--log-level", default="INFO", show_default=True)
@click.option(
    "--rate-limit",
    type=click.IntRange(min=1),
    default=None,
    help="Requests per device per minute (default 600).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Server processes: more use more cores (worth it on PostgreSQL; SQLite writes one"
    " at a time). Each process counts --rate-limit on its own.",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    log_level: str,
    rate_limit: int | None,
    workers: int,
) -> None:
    """Run the API (SIGTERM or Ctrl-C stops it after the requests in flight)."""
    import uvicorn

    from server import logs
    from server.app import app_from_environment, create_app
    from server.workers import PARENT_ENV, config_to_environment, die_with_parent

    if PARENT_ENV in os.environ:
        die_with_parent()  # started by an app (the demo's own server): end with it
    config = _config(ctx)
    if rate_limit is not None:
        config = dataclasses.replace(config, requests_per_minute=rate_limit)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    logs.setup(log_level)
    app: Any = create_app(config)  # migrates and makes the keys once, before any worker
    if workers > 1:
        app.state.engine.dispose()
        config_to_environment(config, log_level)
        app = f"{app_from_environment.__module__}:{app_from_environment.__name__}"
    uvicorn.run(
        app,
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_config=None,
        timeout_graceful_shutdown=10,
        # A big answer takes seconds on a slow link; with uvicorn's 5 s default the server
        # hung up between a device's pushes and each push paid a new (TLS) handshake.
        timeout_keep_alive=75,
        server_header=False,
    )


@cli.command("import-registry")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_registry(ctx: click.Context, file: Path) -> None:
    """Import the organisation registry from CSV (columns in resources/registry-sample.csv)."""
    rows = registry.read_csv(file)
    with _db(ctx) as conn:
        result = registry.import_rows(conn, rows)
    click.echo(f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}")


@cli.command("import-pack")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_pack(ctx: click.Context, file: Path) -> None:
    """Import a region pack (JSON, format svodka-region-pack); its version must grow."""
    pack = packs.read_pack(file)
    with _db(ctx) as conn:
        version = packs.import_pack(conn, pack)
    click.echo(
        f"pack {pack.id} version {version}: {len(pack.indicators)} indicators,"
        f" {len(pack.targets)} targets, {sum(map(len, pack.catalogs.values()))}"
        " catalog entries"
    )


@cli.command("import-bundle")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def import_bundle(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Apply a device's bundle file (brought on a USB stick); importing it again changes nothing."""
    from server.bundles import ingest_bundle
    from server.keys import load_or_create

    config = _config(ctx)
    data = file.read_bytes()
    if len(data) > config.max_bundle_bytes:
        raise ApiError(413, "too_large", f"{file.name} is larger than a bundle can be")
    with _db(ctx) as conn:
        result = ingest_bundle(conn, load_or_create(config.data_dir), data, relay=None)
    if as_json:
        _emit(result.model_dump())
        return
    click.echo(
        f"bundle {result.bundle_id} from {result.device_id}: {result.applied} applied,"
        f" {result.duplicates} already held, {result.rejected} rejected;"
        f" the server holds up to seq {result.ack_seq}"
    )


def _ttl(text: str) -> int:
    unit = text[-1:].lower()
    if unit in TTL_UNITS and text[:-1].isdigit():
        return int(text[:-1]) * TTL_UNITS[unit]
    if text.isdigit():
        return int(text)
    raise click.BadParameter("like 72h, 30m, 7d or seconds", param_hint="--ttl")


@cli.command("enrol-code")
@click.option("--scope", "scope_code", required=True, help="Unit, МО or district.")
@click.option(
    "--kind",
    type=click.Choice(["unit", "mo", "district"]),
    default=None,
    help="What --scope names (default: guessed from the registry).",
)
@click.option("--ttl", default="72h", show_default=True, help="Valid for (72h, 30m, 7d).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def enrol_code(
    ctx: click.Context, scope_code: str, kind: str | None, ttl: str, as_json: bool
) -> None:
    """Issue a one-time enrolment code for a unit, an МО with its subdivisions, or a district."""
    seconds = _ttl(ttl)
    with _db(ctx) as conn:
        kind = kind or _guess_kind(conn, scope_code)
        issued = enrolment.issue_code(conn, kind, scope_code, seconds)
    expires = datetime.fromtimestamp(issued.expires_ms / 1000, UTC).isoformat()
    if as_json:
        _emit(
            {"code": issued.code, "scope": {"kind": kind, "code": scope_code}, "expires": expires}
        )
    else:
        click.echo(f"{issued.code}   ({kind} {scope_code}, valid until {expires})")


def _guess_kind(conn: Connection, code: str) -> str:
    from server.db import units

    unit_type = conn.scalar(select(units.c.type).where(units.c.code == code))
    if unit_type is None:
        return "district"
    return "mo" if unit_type == "mo" else "unit"


@cli.command("devices")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_devices(ctx: click.Context, as_json: bool) -> None:
    """Enrolled devices: scope, epoch, acknowledged seq, last seen, revoked."""
    with _db(ctx) as conn:
        rows = [
            dict(r)
            for r in conn.execute(select(devices).order_by(devices.c.enrolled_at)).mappings()
        ]
    if as_json:
        _emit(rows)
        return
    for r in rows:
        state = "revoked" if r["revoked_at"] else "active"
        click.echo(
            f"{r['id']}  {r['scope_kind']}:{r['scope_code']}  epoch {r['epoch']}"
            f"  ack {r['ack_seq']}  {state}"
        )


@cli.command()
@click.argument("device_id")
@click.pass_context
def revoke(ctx: click.Context, device_id: str) -> None:
    """Revoke a device: every later request from it gets 401."""
    with _db(ctx) as conn:
        done = conn.execute(
            update(devices)
            .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
            .values(revoked_at=now_ms())
        )
    if done.rowcount != 1:
        raise ApiError(404, "unknown_device", f"no active device {device_id}")
    click.echo(f"revoked {device_id}")


@cli.command("changes")
@click.option("--device", "device_id")
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_changes(ctx: click.Context, device_id: str | None, limit: int, as_json: bool) -> None:
    """What the server holds: device, epoch, seq, entity, status, received time."""
    query = select(
        changes.c.device_id,
        changes.c.epoch,
        changes.c.seq,
        changes.c.entity,
        changes.c.entity_id,
        changes.c.unit,
        changes.c.status,
        changes.c.reason,
        changes.c.received_ms,
    ).order_by(changes.c.received_ms, changes.c.seq)
    if device_id:
        query = query.where(changes.c.device_id == device_id)
    with _db(ctx) as conn:
        rows = [dict(r) for r in conn.execute(query.limit(limit)).mappings()]
    if as_json:
        _emit(rows)
        return
    for r in rows:
        click.echo(f"{r['device_id']} {r['epoch']} {r['seq']:>6} {r['entity']:<24} {r['status']}")


@cli.command("officer-token")
@click.option("--name", required=True, help="The regional officer the token is for.")
@click.option("--revoke", "revoke_it", is_flag=True, help="Revoke the officer's token instead.")
@click.pass_context
def officer_token(ctx: click.Context, name: str, revoke_it: bool) -> None:
    """Issue a regional officer's API token (shown once; a new one replaces the old)."""
    with _db(ctx) as conn:
        if revoke_it:
            officers.revoke(conn, name)
            issued = None
        else:
            issued = officers.issue(conn, name)
    if issued is None:
        click.echo(f"revoked the token of {name}")
        return
    click.echo(issued.token)
    note = "; the token issued before no longer works" if issued.replaced else ""
    click.echo(
        f"token for {issued.officer.name}: shown only now, send it as"
        f" Authorization: Bearer <token>{note}",
        err=True,
    )


@cli.command("officers")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_officers(ctx: click.Context, as_json: bool) -> None:
    """Officer tokens issued: name, when, revoked (never the tokens themselves)."""
    with _db(ctx) as conn:
        rows = officers.listing(conn)
    if as_json:
        _emit(rows)
        return
    for r in rows:
        state = "revoked" if r["revoked_ms"] else "active"
        issued = datetime.fromtimestamp(r["created_ms"] / 1000, UTC).isoformat(timespec="seconds")
        click.echo(f"{r['name']}  issued {issued}  {state}")


@cli.command("review-form")
@click.option("--org", required=True, help="The МО's registry code.")
@click.option("--quarter", required=True, help="Like 2025Q3.")
@click.option("--accept", is_flag=True, help="Accept the form: it is locked from then on.")
@click.option("--return", "send_back", is_flag=True, help="Return it to the МО to correct.")
@click.option("--comment", help="What to fix (required with --return).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def review_form(
    ctx: click.Context,
    org: str,
    quarter: str,
    accept: bool,
    send_back: bool,
    comment: str | None,
    as_json: bool,
) -> None:
    """Accept or return a submitted quarterly form; the МО's devices get the decision."""
    if accept == send_back:
        raise click.UsageError("give either --accept or --return")
    result = "accepted" if accept else "returned"
    with _db(ctx) as conn:
        decision = review.decide(conn, org, quarter, result, comment, reviewer="administrator")
    if as_json:
        _emit(decision.model_dump())
        return
    said = f": {decision.comment}" if decision.comment else ""
    click.echo(f"form of {decision.org} for {decision.quarter} {decision.status}{said}")


@cli.command("summary")
@click.option("--period", required=True, help="A quarter (2025Q3) or a year (2025).")
@click.option("--scope", help="Show this МО or district:NAME in full instead of the region.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def region_summary(ctx: click.Context, period: str, scope: str | None, as_json: bool) -> None:
    """The region's indicators per district and МО, as the officers' API computes them."""
    wanted = summary.parse_period(period)
    with _db(ctx) as conn:
        loaded = summary.load(conn, wanted)
    found = summary.build(loaded)
    if as_json:
        click.echo(found.model_dump_json(indent=2))
        return
    for line in summary.text_lines(found, scope):
        click.echo(line)


def main() -> None:
    try:
        cli.main(prog_name="svodka-server", standalone_mode=False)
    except ApiError as exc:
        click.echo(f"error: {exc.detail}", err=True)
        sys.exit(1)
    except (registry.RegistryError, packs.PackError) as exc:
        for problem in exc.problems[:50]:
            click.echo(f"error: {problem}", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(1)
