"""The ``svodka`` command: global options, error handling, and the command tree."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from desktop import __version__
from desktop.cli import admin, receipt_cmd, record, report_cmd, settings_cmd, show, sync_cmd
from desktop.cli.context import USER_ENV, Context
from desktop.cli.messages import describe
from desktop.errors import SvodkaError
from desktop.paths import DATA_DIR_ENV, default_data_dir
from desktop.storage import ValidationFailed, WrongPassphrase, cipher
from desktop.sync.bundle import BundleError

LANG_ENV = "SVODKA_LANG"
EXIT_ERROR = 1
EXIT_WRONG_PASSPHRASE = 3
EXIT_INVALID = 4


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Profile folder (default: SVODKA_DATA_DIR or the per-user data folder).",
)
@click.option("--user", envvar=USER_ENV, help="User name, when the store has several.")
@click.option(
    "--lang",
    type=click.Choice(["ru", "en"]),
    envvar=LANG_ENV,
    default="ru",
    show_default=True,
    help="Language of messages.",
)
@click.option(
    "--self-test",
    is_flag=True,
    help="Open a temporary store and build the main window offscreen; exit 0 when all works.",
)
@click.version_option(__version__, prog_name="svodka")
@click.pass_context
def cli(
    ctx: click.Context, data_dir: Path | None, user: str | None, lang: str, self_test: bool
) -> None:
    """Svodka: учёт подключения ФАП/ФП, АРМ и документов; отчёты для региона."""
    given = data_dir is not None or DATA_DIR_ENV in os.environ
    ctx.obj = Context(
        data_dir=data_dir or default_data_dir(), user=user, lang=lang, data_dir_given=given
    )
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.ui.app import self_test as run_self_test

        ctx.exit(run_self_test())
    if ctx.invoked_subcommand is None:
        if has_screen():
            from desktop.ui.app import run_gui

            explicit = LANG_ENV in os.environ or "--lang" in sys.argv
            ctx.exit(run_gui(ctx.obj.data_dir, lang if explicit else None))
        ctx.invoke(show.overview)


def has_screen() -> bool:
    """Open windows only where they can be seen (not over ssh, not in the test suite)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


for command in (
    *admin.COMMANDS,
    *record.COMMANDS,
    *show.COMMANDS,
    *settings_cmd.COMMANDS,
    *sync_cmd.COMMANDS,
    *receipt_cmd.COMMANDS,
    *report_cmd.COMMANDS,
):
    cli.add_command(command)


def _exit_code(exc: Exception) -> int:
    if isinstance(exc, WrongPassphrase):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(exc, ValidationFailed):
        return EXIT_INVALID
    return EXIT_ERROR


def main(argv: list[str] | None = None) -> None:
    """Entry point: expected errors become one line on stderr, never a traceback."""
    logging.basicConfig(level=os.environ.get("SVODKA_LOG", "WARNING"))
    lang = os.environ.get(LANG_ENV, "ru")
    args = sys.argv[1:] if argv is None else argv
    if "--lang" in args[:-1]:
        lang = args[args.index("--lang") + 1]
    try:
        code = cli.main(args=args, prog_name="svodka", standalone_mode=False)
    except (SvodkaError, BundleError) as exc:
        click.echo(("Ошибка: " if lang != "en" else "Error: ") + describe(exc, lang), err=True)
        sys.exit(_exit_code(exc))
    except cipher.DatabaseError as exc:
        # Damage in a page that the open did not read surfaces only when it is queried.
        click.echo(
            ("Хранилище повреждено: " if lang != "en" else "The store is damaged: ")
            + str(exc)
            + (
                "; запустите svodka doctor или восстановите резервную копию"
                if lang != "en"
                else "; run svodka doctor or restore a backup"
            ),
            err=True,
        )
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("Отменено" if lang != "en" else "Cancelled", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except OSError as exc:
        click.echo(("Ошибка файла: " if lang != "en" else "File error: ") + str(exc), err=True)
        sys.exit(EXIT_ERROR)
    if isinstance(code, int) and code:
        sys.exit(code)
