"""/api/v2/: the open API, read-only (api/endpoints.py; docs/api.md)."""

from wagtail.api.v2.router import WagtailAPIRouter

from api.endpoints import LibraryPagesEndpoint, PublicDocumentsEndpoint, PublicImagesEndpoint

# The namespace Wagtail's own code gives its API v2 (its URL names: wagtailapi_v2:pages:detail…).
api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", LibraryPagesEndpoint)
api_router.register_endpoint("documents", PublicDocumentsEndpoint)
api_router.register_endpoint("images", PublicImagesEndpoint)
