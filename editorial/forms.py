from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, whose password field has no label of its own (shown as "Password")."""

    password = forms.CharField(
        label=_("Mot de passe"),
        widget=forms.PasswordInput(attrs={"placeholder": _("Entrez votre mot de passe")}),
        strip=False,
    )
