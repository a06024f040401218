"""Two places where wagtail-localize formats for the admin outside Django's i18n.

- `Locale.get_display_name()` returns the lazy names of WAGTAIL_CONTENT_LANGUAGES (translated in
  the admin's language); wagtail-localize puts it in JSON, so it is resolved to a plain string.
- `StringTranslation.get_comment()` ("Translated manually on {date}") and the translation
  editor's last publication date use `strftime("%-d %B %Y")`, which writes English month names
  whatever the language: dates are formatted by Django in the active language instead.

Both are offered upstream (docs/traductions-admin.md).
"""

from django.utils.translation import gettext

from core.templatetags.dates import long_date

# Numeric, so that strftime writes it the same way in every language.
NUMERIC_DATE_FORMAT = "%d/%m/%Y"


def _display_name(original):
    def get_display_name(self):
        name = original(self)
        return None if name is None else str(name)

    get_display_name.resolves_lazy_names = True
    return get_display_name


def _comment(self):
    date = long_date(self.updated_at)
    if self.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def install():
    from wagtail.models import Locale
    from wagtail_localize import models as localize_models
    from wagtail_localize.views import edit_translation

    if not getattr(Locale.get_display_name, "resolves_lazy_names", False):
        Locale.get_display_name = _display_name(Locale.get_display_name)
    localize_models.StringTranslation.get_comment = _comment
    edit_translation.DATE_FORMAT = NUMERIC_DATE_FORMAT
