"""Thin provider adapters: facts and mappings only; the machinery is shared."""
