from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/", two_factor.devices, name="accounts_2fa_devices"),
        path("2fa/activer/", two_factor.enrol, name="accounts_2fa_enrol"),
        path("2fa/verifier/", two_factor.verify, name="accounts_2fa_verify"),
        path("2fa/<int:pk>/retirer/", two_factor.remove_device, name="accounts_2fa_remove"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_2fa_devices"),
        "label": _("Double authentification"),
        "help_text": _("Un code de votre téléphone en plus du mot de passe (application TOTP)."),
    }
