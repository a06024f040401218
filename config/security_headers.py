"""Response headers of the site's security policy.

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with CONTENT_SECURITY_POLICY on
  every page and CONTENT_SECURITY_POLICY_ADMIN, looser, under /admin/ only (Wagtail's admin
  needs inline scripts and styles). A response that already has a policy keeps it (Wagtail's
  documents: `default-src 'none'`).
- `PermissionsPolicyMiddleware`: Permissions-Policy (PERMISSIONS_POLICY) and
  Cross-Origin-Resource-Policy on every response.

The public policy allows no inline script or style: the site's scripts are files of static/js,
the one inline style (the static 500 page) carries the request's nonce. JSON-LD data blocks
(`<script type="application/ld+json">`) are not scripts a browser runs, so CSP does not block
them; the site has none today.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions = ", ".join(
            f"{feature}=({' '.join(allowed)})" for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response
