"""``svodka receipt``: a printable receipt for a submitted quarterly form."""

from __future__ import annotations

from pathlib import Path

import click

from desktop.cli.context import Context, emit_json, get
from desktop.cli.messages import sync_state_label
from desktop.storage.keyslots import write_atomically
from desktop.storage.receipts import Receipt
from desktop.timefmt import local_time

STATUS_WORDS = {
    "submitted": ("отправлена, ждёт проверки", "submitted, awaiting review"),
    "accepted": ("принята регионом", "accepted by the region"),
    "returned": ("возвращена на доработку", "returned for correction"),
}


def render(c: Context, r: Receipt) -> str:
    """Plain text, one fact per line: prints on any printer, pastes into any e-mail."""
    status = STATUS_WORDS.get(r.status, (r.status, r.status))
    lines = [
        c.t("КВИТАНЦИЯ о представлении квартальной формы", "RECEIPT for a quarterly form"),
        "",
        f"{c.t('Организация', 'Organisation')}: {r.org_name} ({r.org})",
        f"{c.t('Квартал', 'Quarter')}: {r.quarter}",
        f"{c.t('Отправлена', 'Submitted')}: {local_time(r.submitted_at)}, {r.submitted_by}",
        f"{c.t('Состояние', 'Status')}: {c.t(*status)}",
        "",
        c.t("Показатели:", "Indicators:"),
    ]
    for code, value in sorted(r.values.items()):
        shown = "—" if value is None else f"{value:g}"
        reason = r.overrides.get(code)
        note = f"  ({c.t('исправлено вручную', 'overridden')}: {reason})" if reason else ""
        lines.append(f"  {code:<12} {shown:>12}{note}")
    lines += [
        "",
        f"{c.t('Контрольная сумма', 'Fingerprint')}: {r.fingerprint}",
        f"{c.t('Доставка на сервер', 'Delivery to the server')}: " + _delivery(c, r),
        f"{c.t('Устройство', 'Device')}: {r.device_id or c.t('не зарегистрировано', 'none')}",
    ]
    if r.reviewed_at:
        lines.append(f"{c.t('Проверена регионом', 'Reviewed')}: {local_time(r.reviewed_at)}")
    if r.review_comment:
        lines.append(f"{c.t('Замечание региона', 'Region comment')}: {r.review_comment}")
    return "\n".join(lines) + "\n"


def _delivery(c: Context, r: Receipt) -> str:
    state = sync_state_label(r.delivery, c.lang)
    where = f" {local_time(r.delivered_at)}" if r.delivered_at else ""
    return f"{state}{where} ({c.t('изменение', 'change')} № {r.seq})"


@click.command()
@click.option("--org", required=True, help="МО code.")
@click.option("--quarter", required=True, help="e.g. 2025Q3")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the receipt to this text file (UTF-8) instead of the screen.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def receipt(ctx: click.Context, org: str, quarter: str, output: Path | None, as_json: bool) -> None:
    """Printable receipt of a submitted quarterly form: values, fingerprint, delivery."""
    c = get(ctx)
    with c.open_store() as store:
        found = store.receipt(org, quarter)
    if as_json:
        emit_json(found.__dict__)
        return
    text = render(c, found)
    if output is None:
        click.echo(text, nl=False)
        return
    write_atomically(output, text.encode("utf-8"))
    click.echo(c.t(f"Квитанция сохранена: {output}", f"Receipt saved: {output}"))


COMMANDS = (receipt,)
