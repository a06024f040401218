"""A page chooser panel that does not show, to a user, a chosen page the user may not see.

The page chooser offers each user the pages that the `construct_page_chooser_queryset` hooks let
through. A page chosen earlier (by someone else, or before it was hidden) stays chosen, but the
field shows it without its title: the editor can keep or replace the link, not read the page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

HIDDEN_PAGE_TITLE = _("Page non disponible")


def offered_by_chooser(page, request):
    """True when the page chooser would offer `page` to the user of `request`."""
    pages = Page.objects.filter(pk=page.pk)
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages.exists()


class UserAwarePageChooser(AdminPageChooser):
    request = None  # set by the bound panel, for the form being rendered

    def get_value_data_from_instance(self, instance):
        data = super().get_value_data_from_instance(instance)
        if self.request is not None and not offered_by_chooser(instance, self.request):
            data.update({self.display_title_key: str(HIDDEN_PAGE_TITLE), "edit_url": None})
        return data


class UserAwarePageChooserPanel(PageChooserPanel):
    def get_form_options(self):
        opts = super().get_form_options()
        opts.setdefault("widgets", {})[self.field_name] = UserAwarePageChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root
        )
        return opts

    class BoundPanel(PageChooserPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            widget = getattr(getattr(self.bound_field, "field", None), "widget", None)
            if isinstance(widget, UserAwarePageChooser):
                widget.request = self.request
