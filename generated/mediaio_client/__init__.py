"""A client library for accessing Media.io OpenAPI (AIGC generation)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
