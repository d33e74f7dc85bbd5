"""Imported once by the contract runner's fork server, so that each worker process starts with schemathesis, the
mocks and the specs' validators already loaded (importing them costs seconds of CPU per process otherwise)."""

from __future__ import annotations

import schemathesis  # noqa: F401
import schemathesis.engine  # noqa: F401

from .. import providers  # noqa: F401
from . import MOCKS, _contract_engine, _st_checks  # noqa: F401

__all__: list[str] = []
