"""The check every region's invented demo registry must pass."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

UNIT_TYPES = {"mo", "tvsp", "fap", "fp"}


def check_demo_registry(registry: dict[str, Any], region: str, prefix: str) -> None:
    """Marked invented; unique codes with the region's prefix, every name marked «(демо)»;
    each unit under an МО of its own district; three districts, each with an МО that has a
    ТВСП, a ФАП and a ФП."""
    assert registry["invented"] is True
    assert "ВЫМЫШЛЕННЫЙ" in registry["note"]
    assert registry["region"] == region
    units = registry["units"]
    codes = [u["code"] for u in units]
    assert len(codes) == len(set(codes))
    by_code = {u["code"]: u for u in units}
    under: dict[str, set[str]] = defaultdict(set)
    for u in units:
        assert u["code"].startswith(prefix)
        assert "(демо)" in u["name"] and "(демо)" in u["district"]
        assert u["type"] in UNIT_TYPES
        if u["type"] == "mo":
            assert u["parent"] is None
            continue
        parent = by_code[u["parent"]]
        assert parent["type"] == "mo" and parent["district"] == u["district"]
        under[u["parent"]].add(u["type"])
    districts = {u["district"] for u in units}
    assert len(districts) == 3
    for district in districts:
        mos = [u["code"] for u in units if u["type"] == "mo" and u["district"] == district]
        assert any(under[mo] == UNIT_TYPES - {"mo"} for mo in mos), district
