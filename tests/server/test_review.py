"""Officer tokens and the region's review of quarterly forms: API, admin CLI, lock, feed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from sqlalchemy import select

from desktop.sync import protocol as p
from server import officers
from server.db import form_reviews
from server.db import officers as officers_table
from server.review import LOCKED_REASON, NOT_BY_DEVICE
from tests.server.harness import (
    Device,
    ServerProcess,
    assert_problem,
    change,
    enrolled,
    server_db,
)
from tests.server.serverdb import stored_records

MO = "DEMO-MO-01"
QUARTER = "2025Q3"
FORM = f"{p.API_PREFIX}/forms/{MO}/{QUARTER}"


@dataclass
class Officer:
    """A regional officer calling the API with a bearer token."""

    base_url: str
    token: str
    session: requests.Session = field(default_factory=requests.Session)

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"}
        return self.session.request(
            method, self.base_url + path, headers=headers, timeout=60, **kwargs
        )

    def review(
        self, org: str, quarter: str, result: str, comment: str | None = None
    ) -> requests.Response:
        body = {"result": result, "comment": comment}
        return self.call("POST", f"{p.API_PREFIX}/forms/{org}/{quarter}/review", json=body)

    def form(self, org: str = MO, quarter: str = QUARTER) -> dict[str, Any]:
        response = self.call("GET", f"{p.API_PREFIX}/forms/{org}/{quarter}")
        assert response.status_code == 200, response.text
        return dict(response.json())


def officer(server: ServerProcess, name: str = "Иванова И. И.") -> Officer:
    """A token from the function ``officer-token`` calls, without a CLI start."""
    with server_db(server) as conn:
        return Officer(server.base_url, officers.issue(conn, name).token)


def form_change(
    seq: int,
    status: str,
    *,
    org: str = MO,
    quarter: str = QUARTER,
    form_id: str = "form-1",
    op: str = "insert",
    values: Mapping[str, float | None] | None = None,
    unit: str | None = None,
) -> dict[str, Any]:
    """A quarterly form as a device pushes it: the whole row."""
    data = {
        "id": form_id,
        "org": org,
        "quarter": quarter,
        "status": status,
        "values_json": json.dumps(dict(values) if values is not None else {"2.4": 1.0}),
        "overrides_json": "{}",
        "submitted_at": "2025-10-03T08:00:00.000Z" if status == "submitted" else None,
        "submitted_by": "officer" if status == "submitted" else None,
        "created_at": "2025-10-01T08:00:00.000Z",
        "created_by": "officer",
        "updated_at": "2025-10-03T08:00:00.000Z",
    }
    return {
        "seq": seq,
        "entity": "quarterly_forms",
        "id": form_id,
        "op": op,
        "unit": unit or org,
        "data": data,
    }


def pushed(device: Device, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = device.push(changes)
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def reviews_pulled(device: Device) -> list[dict[str, Any]]:
    response = device.pull()
    assert response.status_code == 200, response.text
    return [i["data"] for i in response.json()["items"] if i["kind"] == "form_review"]


def test_officer_tokens_from_the_cli(server: ServerProcess) -> None:
    issued = server.admin("officer-token", "--name", "Петрова")
    assert issued.returncode == 0, issued.stderr
    token = issued.stdout.strip()
    assert token.startswith("svk_") and len(token) > 40 and "shown only now" in issued.stderr
    assert Officer(server.base_url, token).form()["status"] == "none"

    anonymous = requests.get(server.base_url + FORM, timeout=30)
    assert_problem(anonymous, 401, "no_token")
    assert anonymous.headers["WWW-Authenticate"] == "Bearer"
    assert_problem(Officer(server.base_url, token + "x").call("GET", FORM), 401, "bad_token")
    basic = requests.get(server.base_url + FORM, headers={"Authorization": "Basic " + token})
    assert_problem(basic, 401, "no_token")

    again = server.admin("officer-token", "--name", "Петрова")
    assert again.returncode == 0 and "no longer works" in again.stderr
    assert_problem(Officer(server.base_url, token).call("GET", FORM), 401, "revoked_token")
    newer = Officer(server.base_url, again.stdout.strip())
    assert newer.call("GET", FORM).status_code == 200

    assert server.admin("officer-token", "--name", "Петрова", "--revoke").returncode == 0
    assert_problem(newer.call("GET", FORM), 401, "revoked_token")
    missing = server.admin("officer-token", "--name", "Никто", "--revoke")
    assert missing.returncode == 1 and missing.stderr.startswith("error: no active token")

    listed = server.admin("officers", "--json")
    rows = json.loads(listed.stdout)
    assert [r["name"] for r in rows] == ["Петрова", "Петрова"]
    assert all(r["revoked_ms"] for r in rows)
    with server_db(server) as conn:  # only hashes are kept
        kept = conn.execute(select(officers_table)).mappings().all()
    assert {r["token_hash"] for r in kept} == {
        officers.token_hash(token),
        officers.token_hash(newer.token),
    }
    assert token not in json.dumps([dict(r) for r in kept])


def test_accepted_form_is_locked_per_change(server: ServerProcess) -> None:
    device = enrolled(server, "mo", MO)
    region = officer(server)
    assert pushed(device, [form_change(1, "submitted")])[0]["status"] == "applied"
    assert region.form()["status"] == "submitted"

    answer = region.review(MO, QUARTER, "accepted")
    assert answer.status_code == 200, answer.text
    decision = p.FormReview.model_validate(answer.json())
    assert (decision.status, decision.reviewer, decision.comment) == (
        "accepted",
        "Иванова И. И.",
        None,
    )
    assert reviews_pulled(device) == [
        {
            "org": MO,
            "quarter": QUARTER,
            "status": "accepted",
            "comment": None,
            "reviewed_at": decision.reviewed_at,
        }
    ]

    # One batch: a change to the accepted form, and a fact that has nothing to do with it.
    edit = form_change(2, "submitted", op="update", values={"2.4": 3.0})
    results = pushed(device, [edit, change(3, "DEMO-FAP-012")])
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", LOCKED_REASON),
        ("applied", None),
    ]
    other_form = form_change(4, "draft", form_id="form-2")  # a second form, same МО and quarter
    assert pushed(device, [other_form])[0]["reason"] == LOCKED_REASON
    held = stored_records(server)
    assert json.loads(held[("quarterly_forms", "form-1")]["data"])["values_json"] == '{"2.4": 1.0}'
    assert ("quarterly_forms", "form-2") not in held

    assert_problem(region.review(MO, QUARTER, "returned", "поздно"), 409, "not_submitted")
    view = region.form()
    assert view["status"] == "accepted" and view["values"] == {"2.4": 1.0}
    assert [r["status"] for r in view["reviews"]] == ["accepted"]


def test_returned_form_is_changed_resubmitted_and_reviewed_again(server: ServerProcess) -> None:
    device = enrolled(server, "mo", MO)
    region = officer(server)
    pushed(device, [form_change(1, "submitted")])
    detail = assert_problem(region.review(MO, QUARTER, "returned", "  "), 422, "comment_required")
    assert "comment" in detail
    answer = region.review(MO, QUARTER, "returned", "Строка 2.4: ФАП без интернета")
    assert answer.status_code == 200, answer.text
    assert region.form()["status"] == "returned"
    assert reviews_pulled(device)[0]["comment"] == "Строка 2.4: ФАП без интернета"

    fixed = {"2.4": 2.0}
    assert pushed(device, [form_change(2, "draft", op="update", values=fixed)])[0]["status"] == (
        "applied"
    )
    assert region.form()["status"] == "draft"
    assert_problem(region.review(MO, QUARTER, "accepted"), 409, "not_submitted")
    pushed(device, [form_change(3, "submitted", op="update", values=fixed)])
    assert region.form()["status"] == "submitted"
    assert region.review(MO, QUARTER, "accepted", "Спасибо").status_code == 200

    view = region.form()
    assert view["status"] == "accepted" and view["values"] == fixed
    assert [(r["status"], r["comment"]) for r in view["reviews"]] == [
        ("returned", "Строка 2.4: ФАП без интернета"),
        ("accepted", "Спасибо"),
    ]
    with server_db(server) as conn:
        stored = conn.execute(select(form_reviews).order_by(form_reviews.c.id)).mappings().all()
    assert [(r["result"], r["form_version"]) for r in stored] == [("returned", 1), ("accepted", 3)]
    assert all(r["reviewer"] == "Иванова И. И." and r["officer_id"] for r in stored)


def test_reviews_are_refused_in_words(server: ServerProcess) -> None:
    device = enrolled(server, "mo", MO)
    region = officer(server)
    assert_problem(region.review("NO-SUCH", QUARTER, "accepted"), 404, "unknown_org")
    assert_problem(region.review("DEMO-FAP-012", QUARTER, "accepted"), 422, "not_an_mo")
    assert_problem(region.review(MO, QUARTER, "accepted"), 404, "no_form")
    assert_problem(region.review(MO, "2025Q5", "accepted"), 422, "invalid_request")
    assert_problem(region.review(MO, "1999Q1", "accepted"), 422, "bad_quarter")
    assert_problem(region.review(MO, QUARTER, "maybe"), 422, "invalid_request")
    anonymous = requests.post(
        server.base_url + FORM + "/review", json={"result": "accepted"}, timeout=30
    )
    assert_problem(anonymous, 401, "no_token")

    junk = form_change(1, "draft")  # a device's values are text the server must not trust
    junk["data"]["values_json"] = json.dumps({"2.2": 3, "2.4": "много", "3": True})
    results = pushed(
        device,
        [
            junk,
            form_change(2, "accepted", form_id="form-x", quarter="2025Q2"),
            form_change(3, "submitted", form_id="form-y", org="DEMO-MO-02", unit=MO),
        ],
    )
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"]
    assert results[1]["reason"] == NOT_BY_DEVICE
    assert results[2]["reason"] == f"the form is of DEMO-MO-02, but the change is filed under {MO}"
    detail = assert_problem(region.review(MO, QUARTER, "accepted"), 409, "not_submitted")
    assert "is draft" in detail
    assert region.form()["values"] == {"2.2": 3}


def test_review_form_from_the_cli(server: ServerProcess) -> None:
    device = enrolled(server, "mo", MO)
    pushed(device, [form_change(1, "submitted")])
    base = ("review-form", "--org", MO, "--quarter", QUARTER)

    both = server.admin(*base, "--accept", "--return")
    assert both.returncode != 0 and "either --accept or --return" in both.stderr
    bare = server.admin(*base, "--return")
    assert bare.returncode == 1
    assert bare.stderr.strip() == "error: a returned form needs a comment: what to fix"

    done = server.admin(*base, "--accept")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"form of {MO} for {QUARTER} accepted"
    twice = server.admin(*base, "--accept")
    assert twice.returncode == 1 and len(twice.stderr.strip().splitlines()) == 1
    assert "is accepted: only a submitted form can be reviewed" in twice.stderr

    pulled = reviews_pulled(device)
    assert [(r["status"], r["org"], r["quarter"]) for r in pulled] == [("accepted", MO, QUARTER)]
    assert officer(server).form()["reviews"][0]["reviewer"] == "administrator"
