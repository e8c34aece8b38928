"""Bundle files: only the server can read them, nobody can alter them, imports are idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.storage import Profile, Store
from desktop.storage.records import ConnectionInput
from desktop.storage.syncstate import DeviceIdentity
from desktop.sync import bundle
from desktop.sync import protocol as p
from desktop.sync.relay import export_bundle, import_bundle
from tests.conftest import FAST_KDF, PASSPHRASE, USER

NOTE = "Секретная пометка о связи"


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return p.b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


@pytest.fixture
def server_box() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


@pytest.fixture
def device_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def offline_store(
    store: Store, server_box: X25519PrivateKey, device_key: Ed25519PrivateKey
) -> Store:
    """A post enrolled long ago, now without any link: only bundles leave it."""
    store.save_device(
        DeviceIdentity(
            "device-1",
            1,
            device_key.private_bytes_raw(),
            "https://miac.example",
            "",
            raw_public(server_box),
            "unit",
            "DEMO-FAP-012",
        )
    )
    for i in range(3):
        store.record_connection(ConnectionInput("DEMO-FAP-012", i != 1, None, note=NOTE))
    return store


def test_bundle_opens_only_for_the_server(
    offline_store: Store,
    tmp_path: Path,
    server_box: X25519PrivateKey,
    device_key: Ed25519PrivateKey,
) -> None:
    path = tmp_path / "post.svb"
    header = export_bundle(offline_store, path)
    assert header is not None and (header.first_seq, header.last_seq, header.count) == (1, 3, 3)
    data = path.read_bytes()
    assert NOTE.encode() not in data and b"DEMO-FAP-012" not in data
    opened, request = bundle.open_sealed(data, server_box, raw_public(device_key))
    assert opened == header
    assert [c.data["note"] for c in request.changes] == [NOTE] * 3
    with pytest.raises(bundle.BundleError):
        bundle.open_sealed(data, X25519PrivateKey.generate(), raw_public(device_key))
    with pytest.raises(bundle.BundleError):
        bundle.open_sealed(data, server_box, raw_public(Ed25519PrivateKey.generate()))


@pytest.mark.parametrize("where", ["ciphertext", "header", "tail", "magic"])
def test_any_alteration_refuses_the_whole_bundle(
    offline_store: Store,
    tmp_path: Path,
    server_box: X25519PrivateKey,
    device_key: Ed25519PrivateKey,
    where: str,
) -> None:
    path = tmp_path / "post.svb"
    export_bundle(offline_store, path)
    data = bytearray(path.read_bytes())
    offset = {
        "ciphertext": len(data) // 2,
        "tail": len(data) - 1,
        "magic": 0,
        "header": data.index(b'"count":3') + 8,
    }[where]
    data[offset] ^= 0x01
    with pytest.raises(bundle.BundleError):
        bundle.open_sealed(bytes(data), server_box, raw_public(device_key))


def test_relay_imports_once_and_keeps_bytes(offline_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "post.svb"
    export_bundle(offline_store, path)
    relay = Profile(tmp_path / "laptop").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    header, added = import_bundle(relay, path)
    assert added and header.device_id == "device-1"
    assert import_bundle(relay, path)[1] is False
    assert relay.relay_pending() == [(header.bundle_id, path.read_bytes())]
    relay.close()


def test_nothing_to_export(
    store: Store, tmp_path: Path, server_box: X25519PrivateKey, device_key: Ed25519PrivateKey
) -> None:
    store.save_device(
        DeviceIdentity(
            "device-2",
            1,
            device_key.private_bytes_raw(),
            "u",
            "",
            raw_public(server_box),
            "unit",
            "DEMO-FAP-012",
        )
    )
    assert export_bundle(store, tmp_path / "empty.svb") is None
    assert not (tmp_path / "empty.svb").exists()


def test_foreign_file_is_not_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(bundle.BundleError):
        bundle.read_header(b"PK\x03\x04 not a bundle")
