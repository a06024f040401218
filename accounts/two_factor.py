"""Two-factor authentication with TOTP (django-otp) in the Wagtail admin.

wagtail-2fa, the Wagtail package for this, does not load on Wagtail 8 (it imports
wagtail.users.widgets, which Wagtail removed), so these few views do the same on django-otp:
enrol a device (QR code or key, then a first code), verify a code after the password, list and
remove one's devices. django-otp throttles wrong codes (growing delays after each failure).
"""

import base64

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import authenticate
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.security import two_factor_required

SESSION_KEY = "accounts_2fa_pending_device"


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=gettext_lazy("Code à 6 chiffres"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": gettext_lazy("Saisissez les 6 chiffres affichés par l'application.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class EnrolForm(CodeForm):
    password = forms.CharField(
        label=gettext_lazy("Mot de passe actuel"), strip=False, widget=forms.PasswordInput
    )


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _qr_svg(device):
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return mark_safe(image.to_string(encoding="unicode"))


def _pending_device(request):
    """The unconfirmed device of this enrolment, kept across the GET and the POST."""
    device = None
    pk = request.session.get(SESSION_KEY)
    if pk:
        device = TOTPDevice.objects.filter(pk=pk, user=request.user, confirmed=False).first()
    if device is None:
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
        device = TOTPDevice.objects.create(user=request.user, name=_("Application TOTP"), confirmed=False)
        request.session[SESSION_KEY] = device.pk
    return device


@never_cache
@sensitive_post_parameters("password", "code")
def enrol(request):
    if user_has_device(request.user, confirmed=True) and not request.user.is_verified():
        return redirect(f"{reverse('accounts_2fa_verify')}?next={reverse('accounts_2fa_enrol')}")
    device = _pending_device(request)
    form = EnrolForm(request.POST or None)
    if form.is_valid():
        password_ok = authenticate(
            request, username=request.user.get_username(), password=form.cleaned_data["password"]
        )
        if not password_ok:
            form.add_error("password", _("Ce mot de passe n'est pas le bon."))
        elif not device.verify_token(form.cleaned_data["code"].strip()):
            form.add_error(
                "code", _("Ce code n'est pas valable : vérifiez l'heure du téléphone et réessayez.")
            )
        else:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            request.session.pop(SESSION_KEY, None)
            otp_login(request, device)
            messages.success(request, _("La double authentification est activée pour votre compte."))
            return redirect(_next_url(request))
    context = {
        "form": form,
        "qr_code": _qr_svg(device),
        "secret": base64.b32encode(device.bin_key).decode("ascii"),
        "next": _next_url(request),
    }
    return render(request, "accounts/two_factor_enrol.html", context)


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    if not user_has_device(request.user, confirmed=True):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        code = form.cleaned_data["code"].strip()
        for device in TOTPDevice.objects.devices_for_user(request.user, confirmed=True):
            if device.verify_token(code):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("code", _("Ce code n'est pas valable (ou trop d'essais : patientez un peu)."))
    return render(request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)})


@never_cache
def devices(request):
    context = {
        "devices": TOTPDevice.objects.devices_for_user(request.user, confirmed=True),
        "required": two_factor_required(request.user),
    }
    return render(request, "accounts/two_factor_devices.html", context)


@require_POST
def remove_device(request, pk):
    TOTPDevice.objects.filter(user=request.user, pk=pk, confirmed=True).delete()
    messages.success(request, _("L'application a été retirée de votre compte."))
    return redirect("accounts_2fa_devices")
