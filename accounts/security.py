"""Helpers of the account protections: the visitor's address, the lockout page, who needs 2FA."""

from django.conf import settings
from django.shortcuts import render


def client_ip(request):
    """axes' AXES_CLIENT_IP_CALLABLE: REMOTE_ADDR, or the header a trusted proxy sets
    (CLIENT_IP_HEADER; in production HTTP_X_REAL_IP, which deploy/nginx/pair-a-pair.conf
    overwrites with the visitor's address)."""
    header = settings.CLIENT_IP_HEADER
    value = request.META.get(header, "") if header else ""
    return value.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """axes' AXES_LOCKOUT_CALLABLE: the lockout page, in French or English."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    return render(request, "accounts/lockout.html", context, status=429)


def two_factor_required(user):
    """True when the user must have a TOTP device: a member of TWO_FACTOR_REQUIRED_GROUPS, or
    a superuser while those groups are set."""
    required = set(settings.TWO_FACTOR_REQUIRED_GROUPS)
    if not required or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=required).exists()
