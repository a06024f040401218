"""Account protections around Wagtail's own views.

- Login throttling: the admin login, Wagtail's front-end login and the 2FA enrolment's password
  check all authenticate through Django, so django-axes' backend counts their failures.
  Wagtail's page-password form compares a password without authenticating anyone:
  `PagePasswordThrottleMiddleware` reports its failures to axes under the restriction's name and
  refuses a locked-out visitor.
- `TwoFactorMiddleware` (django-otp): a user with a TOTP device enters a code after the password;
  a member of TWO_FACTOR_REQUIRED_GROUPS without a device enrols before reaching the admin.
- `AdminIdleTimeoutMiddleware` logs out a user idle on the admin for ADMIN_IDLE_TIMEOUT seconds.
"""

import time

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

from accounts.security import lockout_response, two_factor_required

PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"
LAST_ADMIN_ACTIVITY = "admin_last_activity"
# Admin views a user reaches before the second factor: signing in and out, the 2FA pages and
# the scripts they load.
BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "accounts_2fa_verify",
    "accounts_2fa_enrol",
}


class PagePasswordThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name != PAGE_PASSWORD_VIEW:
            return None
        restriction = view_kwargs.get("page_view_restriction_id")
        credentials = {"username": f"page-restriction-{restriction}"}
        AxesProxyHandler.update_request(request)
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request, None, credentials)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code == 200:  # the form again, with its error: a wrong password
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if not AxesProxyHandler.is_allowed(request, credentials):
                return lockout_response(request, None, credentials)
        return response


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()), which also guards the admin."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The path first: a public page does not even look the user up.
        if not request.path_info.startswith("/admin/") or not request.user.is_authenticated:
            return None
        user = request.user
        if request.resolver_match.url_name in BEFORE_SECOND_FACTOR or user.is_verified():
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), "accounts_2fa_verify")
        if two_factor_required(user):
            return redirect_to_login(request.get_full_path(), "accounts_2fa_enrol")
        return None


class AdminIdleTimeoutMiddleware:
    """Logs out a signed-in user whose last admin request is older than ADMIN_IDLE_TIMEOUT seconds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_ADMIN_ACTIVITY)
            if isinstance(last, int) and now - last > settings.ADMIN_IDLE_TIMEOUT:
                logout(request)
                messages.info(request, _("Votre session a pris fin après une période d'inactivité."))
                return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
            request.session[LAST_ADMIN_ACTIVITY] = now
        return self.get_response(request)
