"""The wire protocol between Svodka devices and the regional server (Qt-free, versioned).

The server imports this module and nothing else from ``desktop``: every request and answer
body, the request-signing rule and the per-entity payload checks live here, once.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from desktop.sync.entities import ENTITY_MODELS, EntityName

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
SIGNATURE_SCHEME = "svodka-ed25519-v1"

HEADER_PROTOCOL = "Svodka-Protocol"
HEADER_DEVICE = "Svodka-Device"
HEADER_TIME = "Svodka-Time"
HEADER_NONCE = "Svodka-Nonce"
HEADER_SIGNATURE = "Svodka-Signature"

# Records that several devices may edit (their ids derive from a natural key): merged per
# field on the server and sent back to the scope's devices as ``record`` pull items.
MUTABLE_ENTITIES = frozenset({"arm_counts", "workstations", "subsystem_connections", "outages"})
MAX_BODY_BYTES = 4 * 1024 * 1024  # after decompression, too
MAX_CHANGES_PER_BATCH = 1000
MAX_PULL_PAGE = 1000
SIGNATURE_WINDOW_MS = 5 * 60 * 1000

Code = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")]
Base64Key = Annotated[str, StringConstraints(min_length=40, max_length=64)]


class Message(BaseModel):
    """Base of every body: unknown fields are refused so typos fail loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Problem(Message):
    """Every 4xx/5xx answer: a stable code for programs and a sentence for logs."""

    error: str
    detail: str


class Health(Message):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    version: str


class ServerTime(Message):
    server_time_ms: int


class Scope(Message):
    """What a device may write: one unit, an МО with its subdivisions, or a district."""

    kind: Literal["unit", "mo", "district"]
    code: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class EnrolRequest(Message):
    code: Annotated[str, StringConstraints(min_length=8, max_length=64)]
    public_key: Base64Key = Field(description="Ed25519 public key, raw 32 bytes, base64")
    device_name: Annotated[str, StringConstraints(max_length=200)] | None = None


class EnrolResponse(Message):
    device_id: str
    epoch: int
    scope: Scope
    units: list[str]
    server_signing_key: str = Field(description="Ed25519 public key, base64")
    server_box_key: str = Field(description="X25519 public key for bundles, base64")
    server_time_ms: int


class Change(Message):
    """One outbox entry: (device, epoch, seq) identifies it on the server for ever."""

    seq: Annotated[int, Field(ge=1)]
    entity: EntityName
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    op: Literal["insert", "update", "delete"]
    unit: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None
    hlc: Annotated[str, StringConstraints(max_length=40)] | None = None
    base: Annotated[int, Field(ge=0)] | None = Field(
        default=None, description="Server version of the record this update was made on"
    )
    data: dict[str, Any]

    def with_data(self, data: dict[str, Any]) -> Change:
        """The same change carrying other data (the whole record an update leaves)."""
        return self.model_copy(update={"data": data})

    def digest(self) -> str:
        """Content hash: a seq seen again with another digest means a forked device."""
        body = self.model_dump(exclude={"seq"})
        return hashlib.sha256(canonical_json(body).encode()).hexdigest()


class PushRequest(Message):
    epoch: Annotated[int, Field(ge=1)]
    changes: Annotated[list[Change], Field(min_length=1, max_length=MAX_CHANGES_PER_BATCH)]


class ChangeResult(Message):
    seq: int
    status: Literal["applied", "duplicate", "rejected"]
    reason: str | None = None
    held_as: Literal["applied", "rejected"] | None = Field(
        default=None,
        description="For a duplicate: the verdict given when it first arrived (with its"
        " reason), so a device whose earlier answer was lost still learns a rejection",
    )

    @property
    def refused(self) -> bool:
        return self.status == "rejected" or self.held_as == "rejected"


class PushResponse(Message):
    ack_seq: int = Field(description="Highest seq held such that every lower seq is held too")
    results: list[ChangeResult]
    server_time_ms: int


class PullItem(Message):
    cursor: int
    kind: Literal["unit", "pack", "form_review", "record"]
    key: str
    data: dict[str, Any]


class PullResponse(Message):
    items: list[PullItem]
    next_cursor: int
    more: bool
    server_time_ms: int


class BundleResult(Message):
    """What the server did with an uploaded bundle (the device's own ack, not the relay's)."""

    bundle_id: str
    device_id: str
    ack_seq: int
    applied: int
    duplicates: int
    rejected: int


# The regional officer's side: form reviews and the region's summary (bearer token).

Quarter = Annotated[str, StringConstraints(pattern=r"^\d{4}Q[1-4]$")]
ReviewResult = Literal["accepted", "returned"]
FormStatus = Literal["none", "draft", "submitted", "accepted", "returned"]
RowStatus = Literal["behind", "on", "ahead", "no_target", "no_data"]
MAX_COMMENT = 2000


class FormReviewRequest(Message):
    """The officer's decision on a submitted form; a return needs a comment."""

    result: ReviewResult
    comment: Annotated[str, StringConstraints(max_length=MAX_COMMENT)] | None = None


class FormReview(Message):
    """A decision as stored; devices get it (without ``reviewer``) as a ``form_review`` item."""

    org: str
    quarter: str
    status: ReviewResult
    comment: str | None = None
    reviewed_at: str = Field(description="UTC, ISO 8601 with milliseconds")
    reviewer: str


class FormView(Message):
    """One МО's form for a quarter as the server holds it, with every review of it."""

    org: str
    quarter: str
    status: FormStatus
    form_id: str | None = None
    values: dict[str, float | None] = Field(default_factory=dict)
    overrides: dict[str, str] = Field(
        default_factory=dict, description="Row key → the reason the value was entered by hand"
    )
    submitted_at: str | None = None
    submitted_by: str | None = None
    reviews: list[FormReview] = Field(default_factory=list)


class SummaryTarget(Message):
    """The year's target of a row and where the path towards it stands at the period's end."""

    year: int
    value_abs: float | None = None
    value_pct: float | None = None
    expected_pct: float | None = None
    expected_abs: float | None = None
    note: str | None = None


class SummaryRow(Message):
    """One indicator row (``2.2`` or ``2.3/tvsp``) for one scope, computed from the facts."""

    key: str
    indicator: str
    part: Literal["total", "tvsp", "fap"]
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    percent: float | None = None
    target: SummaryTarget | None = None
    status: RowStatus
    reported: float | None = Field(
        default=None, description="For an МО: the value its form states (saved or submitted)"
    )


class SummaryIndicator(Message):
    number: str
    name: str
    measure: str
    kind: str
    method: str
    is_percent: bool
    parts: list[str]


class ScopeSummary(Message):
    """The region, a district (``district:NAME``) or an МО (its code) with its rows."""

    scope: str
    kind: Literal["region", "district", "mo"]
    name: str
    district: str | None = None
    units: int = Field(description="Units of the registry the scope covers")
    form_status: FormStatus | None = Field(default=None, description="For an МО only")
    rows: list[SummaryRow]


class PackRef(Message):
    id: str
    version: int
    title: str


class RegionSummary(Message):
    period: str
    form_quarter: str = Field(description="The quarter whose forms ``form_status`` describes")
    pack: PackRef
    indicators: list[SummaryIndicator]
    region: ScopeSummary
    districts: list[ScopeSummary]
    organisations: list[ScopeSummary]
    server_time_ms: int


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signing_input(method: str, target: str, time_ms: int, nonce: str, body: bytes) -> bytes:
    """What a device signs: method, path with query, time, nonce and the body's digest."""
    lines = [SIGNATURE_SCHEME, method.upper(), target, str(time_ms), nonce, body_digest(body)]
    return "\n".join(lines).encode()


def validate_entity(change: Change) -> str | None:
    """The reason a change's data is unacceptable, or None when it is fine."""
    model = ENTITY_MODELS[change.entity]
    try:
        model.model_validate(change.data)
    except ValueError as exc:
        return _first_error(exc)
    return None


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "data"
        return f"{where}: {first.get('msg', 'invalid')}"
    return str(exc)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
