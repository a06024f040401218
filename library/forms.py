from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from taxonomy.models import TAXONOMY_FIELDS


class LibraryPageForm(WagtailAdminPageForm):
    """Offers, in each taxonomy field, only the terms of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        for name in TAXONOMY_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            field.widget = forms.CheckboxSelectMultiple(choices=field.widget.choices)
            if locale_id is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)
                field.widget.choices = field.choices
