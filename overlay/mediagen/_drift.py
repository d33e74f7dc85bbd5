"""The drift report: how a provider's live answers depart from its spec, without ever failing a call.

Every success answer a client receives is validated against the spec (jsonschema-rs; a conforming answer costs one
fast "valid?" check, see ``scripts/bench_drift.py``). A departure (an undocumented status, field type, enum value,
missing field, an undocumented 2xx) never raises: it is logged once per (operation, JSON pointer) on the
``mediagen.drift`` logger, with the pointer and the JSON type found there, never the value, and counted:

```python
with seele.Seele() as api:
    ...
    for (operation, pointer), count in api.drift.counts.items():
        print(operation, pointer, count)          # e.g. get_job /data/status 3: time to regenerate
```

A contract runner (or any code holding answers) can use the same report without a client:
``mediagen.DriftReport(mediagen.SpecSchema.of("seele_client")).observe("get_job", 200, body)``.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from typing import Any

from ._schema import Departure, SpecSchema

__all__ = ["DriftReport"]

logger = logging.getLogger("mediagen.drift")


class DriftReport:
    """Departures of answers from one provider's spec: counted per (operation, JSON pointer), logged once each."""

    def __init__(self, schema: SpecSchema, provider: str | None = None) -> None:
        self.schema = schema
        self.provider = provider or str(schema.spec.get("x-mediagen", {}).get("provider", "provider"))
        self.counts: Counter[tuple[str, str]] = Counter()
        """(operationId, JSON pointer) → answers that departed there ("" is the whole answer or its status)."""
        self.first: dict[tuple[str, str], Departure] = {}
        """The first departure seen at each (operationId, JSON pointer): its JSON type and the keyword it broke."""
        self.answers = 0
        """Answers checked."""
        self._lock = threading.Lock()

    def observe(self, operation: str, status: int, body: Any) -> list[Departure]:
        """Check one success answer; count and log (once per place) what departs. Never raises for the answer."""
        found = self.schema.departures(operation, status, body)
        with self._lock:
            self.answers += 1
            for departure in found:
                key = (departure.operation, departure.pointer)
                self.counts[key] += 1
                if key not in self.first:
                    self.first[key] = departure
                    logger.warning(
                        "%s %s answered outside its spec at %s: %s (%s); the API may have changed: check the "
                        "document and regenerate",
                        self.provider,
                        operation,
                        departure.pointer or "/",
                        departure.json_type,
                        departure.keyword,
                    )
        return found

    @property
    def total(self) -> int:
        """Departures counted, all places together."""
        return sum(self.counts.values())

    def __bool__(self) -> bool:
        return bool(self.counts)

    def __len__(self) -> int:
        return len(self.counts)

    def summary(self) -> list[dict[str, Any]]:
        """One row per place, for reports: operation, pointer, JSON type, keyword, count."""
        return [
            {"operation": op, "pointer": pointer, "json_type": d.json_type, "keyword": d.keyword, "count": n}
            for (op, pointer), n in sorted(self.counts.items())
            for d in [self.first[(op, pointer)]]
        ]

    def clear(self) -> None:
        with self._lock:
            self.counts.clear()
            self.first.clear()
            self.answers = 0
