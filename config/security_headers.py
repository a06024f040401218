"""Response headers of the site's security policy.

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with CONTENT_SECURITY_POLICY on
  every page and CONTENT_SECURITY_POLICY_ADMIN, looser, under /admin/ only (Wagtail's admin
  needs inline scripts and styles). A response that already has a policy keeps it (Wagtail's
  documents: `default-src 'none'`); a preview of a page (Wagtail's dummy request) gets the
  admin's, from the admin request that shows it.
- `PermissionsPolicyMiddleware`: Permissions-Policy (PERMISSIONS_POLICY) and
  Cross-Origin-Resource-Policy on every response.

The public policy allows no inline script or style: the site's scripts are files of static/js,
the one inline style (the static 500 page) carries the request's nonce. JSON-LD data blocks
(`<script type="application/ld+json">`, core/structured_data.py) are not scripts a browser runs,
so CSP does not block them.
"""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.conf import settings
from django.core.signals import setting_changed

ADMIN_PREFIX = "/admin/"
POLICY_SETTINGS = frozenset(
    {
        "CONTENT_SECURITY_POLICY",
        "CONTENT_SECURITY_POLICY_ADMIN",
        "CONTENT_SECURITY_POLICY_REPORT_ONLY",
        "DEBUG",
    }
)
_policy_settings_version = 0


def _policy_setting_changed(setting, **kwargs):
    global _policy_settings_version
    if setting in POLICY_SETTINGS:
        _policy_settings_version += 1


setting_changed.connect(_policy_setting_changed, dispatch_uid="security_headers_policy_settings")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, which builds the policy anew for every response (a tenth of a
    constant view's time): a response with no nonce and no per-view policy gets the headers that
    django-csp built for the first such response of its kind (admin or not, same settings)."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built = {}
        # What `request.csp_nonce` is once the header is written: an error when read (django-csp's).
        self._after_response = CheckableLazyObject(self._csp_nonce_post_response)

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's previews serve the page through the middleware again, with a dummy request
            # to its public address: the admin request that shows the preview sets the policy
            # (the admin's, whose frame-ancestors lets the preview panel show it).
            return response
        plain = (
            getattr(request, "_csp_nonce", None) is None
            and HEADER not in response
            and HEADER_REPORT_ONLY not in response
            and not any(name.startswith("_csp") for name in vars(response))
        )
        if not plain:
            return super().process_response(request, response)
        kind = request.path_info.startswith(ADMIN_PREFIX), response.status_code in (404, 500)
        built = self._built.get(kind)
        if built is None or built[0] != _policy_settings_version:
            version = _policy_settings_version
            response = super().process_response(request, response)
            if getattr(request, "_csp_nonce", None) is None:  # still unused: nothing per request
                self._built[kind] = (version, response.get(HEADER), response.get(HEADER_REPORT_ONLY))
            return response
        for header, value in zip((HEADER, HEADER_REPORT_ONLY), built[1:], strict=True):
            if value is not None:
                response[header] = value
        request.csp_nonce = self._after_response
        return response

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
