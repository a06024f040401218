from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from testimonies.models import ConsentScope


class ConsentRecordForm(WagtailAdminModelForm):
    scope = forms.MultipleChoiceField(
        label=_("Portée"),
        choices=ConsentScope.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Ce que le consentement autorise à publier."),
    )
