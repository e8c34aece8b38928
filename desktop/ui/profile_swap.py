"""Replace the open profile with a backup without losing either (plain Python, no Qt).

The backup is unpacked into a fresh folder beside the profile and opened once with the
passphrase the user gives, so a bad file or a forgotten passphrase is found before anything
is touched. Only then is the store closed and two folder renames swap the profiles; the old
one stays, whole, in ``<folder>.before-restore-<time>``. If the second rename fails the first
is undone, so the profile folder always holds one complete store.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from desktop.storage import Profile, Store, WrongPassphrase
from desktop.storage.maintenance import restore


class Reporter(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None: ...


@dataclass
class Swap:
    """How far ``replace_profile`` got; the dialog reads it also when it failed."""

    store_closed: bool = False
    aside: Path | None = None  # where the previous profile is, once it has moved


def replace_profile(store: Store, source: Path, passphrase: str, swap: Swap, job: Reporter) -> Path:
    """On the store lane: check the backup, then swap it in. Returns the old profile's
    folder. Steps reported as 1 unpack, 2 passphrase, 3 swap (of 3)."""
    root = store.profile.root.absolute()  # not resolve(): a link stays a link
    job.report(1, 3)
    staging = _fresh_folder(root, "restore")
    try:
        restore(source, Profile(staging))
        job.report(2, 3)
        open_with_any_user(Profile(staging), passphrase).close()
        job.report(3, 3)
        swap_in(store, root, staging, swap)
    except BaseException:
        if staging.exists():  # still ours: it never became the profile
            shutil.rmtree(staging, ignore_errors=True)
        raise
    assert swap.aside is not None
    return swap.aside


def open_with_any_user(profile: Profile, passphrase: str) -> Store:
    """The backup may have several users: the passphrase has to open one of their slots.
    Opening also migrates an older backup to this version's schema."""
    for user in profile.users():
        try:
            return profile.unlock(passphrase, user)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def swap_in(store: Store, root: Path, staging: Path, swap: Swap) -> None:
    """Close the store, move its folder aside and the checked copy into its place."""
    store.close()
    swap.store_closed = True
    aside = _free_name(root, "before-restore")
    root.rename(aside)
    swap.aside = aside
    try:
        staging.rename(root)
    except BaseException:
        aside.rename(root)
        swap.aside = None
        raise


def _fresh_folder(root: Path, tag: str) -> Path:
    """A new, empty folder beside ``root`` that this call created (so it may remove it)."""
    while True:
        folder = _free_name(root, tag)
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return folder


def _free_name(root: Path, tag: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate, number = root.with_name(f"{root.name}.{tag}-{stamp}"), 1
    while candidate.exists():
        number += 1
        candidate = root.with_name(f"{root.name}.{tag}-{stamp}-{number}")
    return candidate
