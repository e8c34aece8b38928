"""Import a region pack: validated against the pack schema, versioned, fed to devices."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Connection, select

from desktop.sync.packs import RegionPack
from server import feed
from server.bulk import upsert
from server.clock import now_ms
from server.db import packs


class PackError(ValueError):
    """The pack cannot be imported; ``problems`` lists each reason in words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def read_pack(path: Path) -> RegionPack:
    try:
        return RegionPack.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        raise PackError([_where(e) for e in exc.errors()]) from None


def _where(error: object) -> str:
    assert isinstance(error, dict)
    location = ".".join(str(x) for x in error.get("loc", ())) or "pack"
    return f"{location}: {error.get('msg', 'invalid')}"


def import_pack(conn: Connection, pack: RegionPack) -> int:
    """Store the pack and announce it to every device; refuses a version not newer."""
    loaded = conn.scalar(select(packs.c.version).where(packs.c.id == pack.id))
    if loaded is not None and int(loaded) >= pack.version:
        raise PackError(
            [f"pack {pack.id} version {pack.version} is not newer than the loaded version {loaded}"]
        )
    content = pack.model_dump(mode="json")
    upsert(
        conn,
        packs,
        {
            "id": pack.id,
            "region": pack.region,
            "version": str(pack.version),
            "title": pack.title,
            "content": json.dumps(content, ensure_ascii=False),
            "imported_ms": now_ms(),
        },
        ("id",),
    )
    feed.append(conn, "pack", pack.id, None, content)
    return pack.version
