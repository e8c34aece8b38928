"""Bundles through a relay and straight into the server: applied once, tampering refused whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import Profile, Store
from desktop.storage.records import ConnectionInput
from desktop.sync.engine import SyncEngine
from desktop.sync.enrolment import enroll
from desktop.sync.relay import export_bundle, import_bundle
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.server.harness import ServerProcess

POST_UNIT = "DEMO-FAP-012"


@pytest.fixture
def laptop(tmp_path: Path, server: ServerProcess) -> Iterator[Store]:
    """An engineer's laptop enrolled for another МО: it carries the post's bundle."""
    store = Profile(tmp_path / "laptop").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code("DEMO-MO-02"))
    yield store
    store.close()


@pytest.fixture
def bundle_file(client_store: Store, tmp_path: Path) -> Path:
    """Three observations from a post with no link, exported to a USB stick."""
    for up in (True, False, True):
        client_store.record_connection(
            ConnectionInput(POST_UNIT, up, "adsl" if up else None, note="через УСБ")
        )
    path = tmp_path / "usb" / "post.svb"
    path.parent.mkdir()
    assert export_bundle(client_store, path) is not None
    return path


def held_seqs(server: ServerProcess, device_id: str) -> list[int]:
    result = server.admin("changes", "--device", device_id, "--json")
    assert result.returncode == 0, result.stderr
    return sorted(int(row["seq"]) for row in json.loads(result.stdout))


def import_on_server(server: ServerProcess, path: Path) -> dict[str, int | str]:
    result = server.admin("import-bundle", str(path), "--json")
    assert result.returncode == 0, result.stderr
    answer: dict[str, int | str] = json.loads(result.stdout)
    return answer


def post_id(store: Store) -> str:
    device = store.device()
    assert device is not None
    return device.device_id


def test_relay_forwards_and_the_post_then_syncs_without_doubles(
    client_store: Store, laptop: Store, bundle_file: Path, server: ServerProcess
) -> None:
    import_bundle(laptop, bundle_file)
    result = SyncEngine(laptop).run_round()
    assert (result.forwarded, result.bundles_refused) == (1, 0)
    assert laptop.relay_pending() == []
    assert held_seqs(server, post_id(client_store)) == [1, 2, 3]
    # The post comes online later: the server already holds everything it sends.
    assert SyncEngine(client_store).run_round().pushed == 3
    assert client_store.status().synced == 3
    assert held_seqs(server, post_id(client_store)) == [1, 2, 3]
    # The same stick brought to the region too: nothing changes.
    again = import_on_server(server, bundle_file)
    assert (again["applied"], again["duplicates"], again["ack_seq"]) == (0, 3, 3)
    assert held_seqs(server, post_id(client_store)) == [1, 2, 3]


def test_server_imports_a_bundle_directly(
    client_store: Store, bundle_file: Path, server: ServerProcess
) -> None:
    first = import_on_server(server, bundle_file)
    assert (first["applied"], first["duplicates"], first["rejected"]) == (3, 0, 0)
    assert first["device_id"] == post_id(client_store)
    assert SyncEngine(client_store).run_round().pushed == 3  # acknowledged as duplicates
    assert held_seqs(server, post_id(client_store)) == [1, 2, 3]


def test_tampered_bundle_is_refused_whole_and_set_aside(
    client_store: Store, laptop: Store, bundle_file: Path, server: ServerProcess
) -> None:
    data = bytearray(bundle_file.read_bytes())
    data[len(data) // 2] ^= 0x01  # the header stays readable: the relay cannot tell
    bundle_file.write_bytes(bytes(data))
    import_bundle(laptop, bundle_file)
    result = SyncEngine(laptop).run_round()
    assert (result.forwarded, result.bundles_refused) == (0, 1)
    assert laptop.relay_pending() == []  # not retried on every round
    assert held_seqs(server, post_id(client_store)) == []
    direct = server.admin("import-bundle", str(bundle_file))
    assert direct.returncode == 1 and "altered" in direct.stderr
    assert held_seqs(server, post_id(client_store)) == []


def test_bundle_of_a_revoked_device_is_refused(
    client_store: Store, bundle_file: Path, server: ServerProcess
) -> None:
    assert server.admin("revoke", post_id(client_store)).returncode == 0
    result = server.admin("import-bundle", str(bundle_file))
    assert result.returncode == 1 and "revoked" in result.stderr
    assert held_seqs(server, post_id(client_store)) == []
