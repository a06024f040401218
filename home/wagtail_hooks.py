"""Admin of the contact messages (menu « Messages de contact »): moderators and administrators
read them, as they read the consent records and the testimony proposals' contacts; writers never
see them; administrators may delete one. Nobody writes or edits a message in the admin. The list
says when each message will be deleted (ContactMessage.RETENTION, `purge_contact_messages`)."""

from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.admin_permissions import ReadersOnlyChooserViewSet, ReadOnlyPermissionPolicy
from home.models import ContactMessage

register_permission_policy(ContactMessage, ReadOnlyPermissionPolicy(ContactMessage))


class ContactMessageIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["retention_months"] = ContactMessage.RETENTION_MONTHS
        return context


class ContactMessageViewSet(SnippetViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Messages de contact")
    menu_order = 222
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ContactMessageIndexView
    index_template_name = "home/admin/contact_message_index.html"
    chooser_viewset_class = ReadersOnlyChooserViewSet
    list_display = ["__str__", "email", "page_url", "created_at", "deleted_after"]
    list_filter = ["subject", "created_at"]
    search_fields = ["name", "email", "message"]
    ordering = ["-created_at"]
    inspect_view_fields = ["subject", "name", "email", "page_url", "language", "created_at", "message"]


register_snippet(ContactMessageViewSet)
