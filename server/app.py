"""The HTTP API under /api/v1: health, time, enrolment, signed push, pull and bundle upload."""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop import __version__
from desktop.sync import protocol as p
from server import bundles, enrolment, feed, ingest, logs, officers, review, summary, workers
from server.auth import Device, SignedRequest, authenticate
from server.clock import now_ms
from server.config import ServerConfig
from server.db import make_engine, reading, writing
from server.errors import ApiError, refuse_nul
from server.keys import load_or_create
from server.limits import RateLimiter
from server.migrate import upgrade

log = logging.getLogger("svodka.server")
MAX_CURSOR = 2**63 - 1  # the feed's cursor column is a BIGINT
EARLY_RETRY_S = 0.05  # how often a push that came too early looks for the one before it
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": p.Problem} for code in (400, 401, 403, 409, 413, 415, 422, 429)
}
OFFICER_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": p.Problem} for code in (400, 401, 404, 409, 422, 429)
}
BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="officer",
    description="A regional officer's token from `svodka-server officer-token --name NAME`",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]
Org = Annotated[str, Path(min_length=1, max_length=200, description="The МО's registry code")]
Quarter = Annotated[str, Path(pattern=r"^\d{4}Q[1-4]$", examples=["2025Q3"])]


def create_app(config: ServerConfig) -> FastAPI:
    engine = make_engine(config.url)
    upgrade(engine)
    keys = load_or_create(config.data_dir)
    limiter = RateLimiter(config.requests_per_minute)
    # Few threads per process: dozens of threads trading the GIL around every database
    # round trip serve PostgreSQL slower than four do (the rest wait on the event loop).
    db_slots = anyio.CapacityLimiter(config.db_threads)
    app = FastAPI(
        title="Svodka regional server",
        version=__version__,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine
    # Answers list every change's result: on a 64 kbit/s link they would cost more than the
    # changes themselves; gzipped they are a few bytes per change (requests asks for gzip).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    _install_handlers(app)

    async def signed(
        request: Request, body: bytes, work: Callable[..., Any], patience_s: float = 0.0
    ) -> Any:
        """Authenticate, then run ``work`` in a write transaction. ``work`` may raise
        ``ingest.TooEarly`` (rolled back, nonce too) while ``patience_s`` lasts: it is tried
        again after a moment, outside the database slot, and counted once by the limiter."""
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        signed_request = SignedRequest(request.method, target, dict(request.headers), body)
        device_id = request.headers.get(p.HEADER_DEVICE, "")
        if device_id and not limiter.allow(device_id):
            raise ApiError(429, "too_many_requests", "slow down: too many requests this minute")
        request.state.device = device_id

        deadline = time.monotonic() + patience_s

        def run() -> Any:
            with writing(engine) as conn:
                device = authenticate(conn, signed_request)
                return work(conn, device, time.monotonic() < deadline)

        while True:
            try:
                return await anyio.to_thread.run_sync(run, limiter=db_slots)
            except ingest.TooEarly:
                await anyio.sleep(EARLY_RETRY_S)

    async def as_officer(
        credentials: HTTPAuthorizationCredentials | None,
        work: Callable[[Any, officers.Officer], Any],
        *,
        write: bool = False,
    ) -> Any:
        """Check the bearer token, then run ``work`` in one transaction (in a thread)."""
        token = credentials.credentials if credentials is not None else None
        if not limiter.allow("officer:" + officers.token_hash(token or "")[:16]):
            raise ApiError(429, "too_many_requests", "slow down: too many requests this minute")

        def run() -> Any:
            with (writing if write else reading)(engine) as conn:
                return work(conn, officers.authenticate(conn, token))

        return await anyio.to_thread.run_sync(run, limiter=db_slots)

    _officer_routes(app, as_officer)

    @app.get(f"{p.API_PREFIX}/health", response_model=p.Health)
    def health() -> p.Health:
        return p.Health(version=__version__)

    @app.get(f"{p.API_PREFIX}/time", response_model=p.ServerTime)
    def server_time() -> p.ServerTime:
        return p.ServerTime(server_time_ms=now_ms())

    @app.post(f"{p.API_PREFIX}/enrol", response_model=p.EnrolResponse, responses=PROBLEM_RESPONSES)
    def enrol(body: p.EnrolRequest) -> p.EnrolResponse:
        refuse_nul("device_name", body.device_name)
        with writing(engine) as conn:
            done = enrolment.enrol(conn, body.code, body.public_key, body.device_name)
        return p.EnrolResponse(
            device_id=done.device_id,
            epoch=done.epoch,
            scope=p.Scope(kind=done.scope_kind, code=done.scope_code),  # type: ignore[arg-type]
            units=done.units,
            server_signing_key=keys.signing_public,
            server_box_key=keys.box_public,
            server_time_ms=now_ms(),
        )

    @app.post(
        f"{p.API_PREFIX}/push",
        response_model=p.PushResponse,
        responses=PROBLEM_RESPONSES,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _inlined_schema(p.PushRequest)}},
            }
        },
    )
    async def push(request: Request) -> p.PushResponse:
        raw = await _read_body(request, config.max_body_bytes)
        batch = _parse(p.PushRequest, _decompress(request, raw, config.max_body_bytes))
        request.state.changes = len(batch.changes)
        result: p.PushResponse = await signed(
            request,
            raw,
            lambda conn, device, patient: ingest.push(conn, device, batch, wait_for_gap=patient),
            patience_s=config.push_patience_s,
        )
        return result

    @app.post(
        f"{p.API_PREFIX}/bundles",
        response_model=p.BundleResult,
        responses=PROBLEM_RESPONSES,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                },
            }
        },
    )
    async def upload_bundle(request: Request) -> p.BundleResult:
        """A bundle made by any enrolled device, uploaded by itself or by a relay."""
        raw = await _read_body(request, config.max_bundle_bytes)

        def work(conn: Any, relay: Device, _patient: bool) -> p.BundleResult:
            return bundles.ingest_bundle(conn, keys, raw, relay.id)

        result: p.BundleResult = await signed(request, raw, work)
        return result

    @app.get(f"{p.API_PREFIX}/pull", response_model=p.PullResponse, responses=PROBLEM_RESPONSES)
    async def pull(
        request: Request,
        cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_PAGE)] = 500,
    ) -> p.PullResponse:
        def work(conn: Any, device: Device, _patient: bool) -> p.PullResponse:
            return feed.pull(conn, device, cursor, min(limit, config.pull_page))

        result: p.PullResponse = await signed(request, b"", work)
        return result

    return app


OfficerCall = Callable[..., Awaitable[Any]]


def _officer_routes(app: FastAPI, as_officer: OfficerCall) -> None:
    """What a regional officer does with a bearer token: forms, their review, the summary."""

    @app.get(
        f"{p.API_PREFIX}/forms/{{org}}/{{quarter}}",
        response_model=p.FormView,
        responses=OFFICER_RESPONSES,
    )
    async def form(org: Org, quarter: Quarter, credentials: Credentials) -> p.FormView:
        """An МО's form for a quarter as the server holds it, with its reviews."""
        found: p.FormView = await as_officer(
            credentials, lambda conn, _officer: review.view(conn, org, quarter)
        )
        return found

    @app.post(
        f"{p.API_PREFIX}/forms/{{org}}/{{quarter}}/review",
        response_model=p.FormReview,
        responses=OFFICER_RESPONSES,
    )
    async def review_form(
        org: Org, quarter: Quarter, body: p.FormReviewRequest, credentials: Credentials
    ) -> p.FormReview:
        """Accept or return (with a comment) a submitted form; the МО's devices pull it."""

        def work(conn: Any, officer: officers.Officer) -> p.FormReview:
            return review.decide(
                conn, org, quarter, body.result, body.comment, officer.name, officer.id
            )

        decision: p.FormReview = await as_officer(credentials, work, write=True)
        return decision

    @app.get(
        f"{p.API_PREFIX}/region/summary",
        response_model=p.RegionSummary,
        responses=OFFICER_RESPONSES,
    )
    async def region_summary(
        credentials: Credentials,
        period: Annotated[str, Query(pattern=r"^\d{4}(Q[1-4])?$", description="2025Q3 or 2025")],
    ) -> p.RegionSummary:
        """Every indicator for the region, each district and each МО, with form statuses."""
        loaded = await as_officer(
            credentials, lambda conn, _officer: summary.load(conn, summary.parse_period(period))
        )
        # The engine is CPU work: off the event loop, but not holding a database slot.
        built: p.RegionSummary = await anyio.to_thread.run_sync(summary.build, loaded)
        return built


def _inlined_schema(model: type[p.Message]) -> dict[str, Any]:
    """The model's JSON schema with its ``$defs`` put in place: in an OpenAPI document
    "#/$defs/Change" resolves from the document's root, where there is no ``$defs``."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(defs[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    inlined: dict[str, Any] = inline(schema)
    return inlined


def app_from_environment() -> FastAPI:
    """The app in each worker process of ``serve --workers N``, configured by the parent."""
    workers.die_with_parent()
    config, log_level = workers.config_from_environment()
    logs.setup(log_level)
    return create_app(config)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _decompress(request: Request, raw: bytes, limit: int) -> bytes:
    encoding = request.headers.get("content-encoding", "identity").lower()
    if encoding == "identity":
        return raw
    if encoding != "gzip":
        raise ApiError(415, "bad_encoding", f"content-encoding {encoding!r} not supported")
    # Decompress in bounded steps so a small bomb cannot fill memory.
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error:
        raise ApiError(400, "bad_gzip", "the body is not valid gzip") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise ApiError(413, "too_large", f"body larger than {limit} bytes once unpacked")
    return out


def _parse(model: type[p.PushRequest], data: bytes) -> p.PushRequest:
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise ApiError(422, "invalid_body", f"{where}: {first.get('msg')}") from None


def _problem(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": code, "detail": detail})


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        response = _problem(exc.status, exc.code, exc.detail)
        if isinstance(exc, officers.Unauthorized):
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return _problem(422, "invalid_request", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _problem(exc.status_code, "http_error", str(exc.detail))

    @app.middleware("http")
    async def log_requests(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        start = time.perf_counter()
        response = await call_next(request)
        log.info(
            "request",
            extra={
                "method": request.method,
                "path": request.url.path,
                "status": response.status_code,
                "ms": round((time.perf_counter() - start) * 1e3, 1),
                "device": getattr(request.state, "device", None),
            },
        )
        return response
