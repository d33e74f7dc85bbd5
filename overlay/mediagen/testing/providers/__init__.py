"""One module per provider mock: state plus one handler per operationId (moto's per-service responses)."""
