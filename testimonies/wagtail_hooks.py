from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from testimonies.admin_views import ConsentRecordViewSet
from testimonies.consent import WITHDRAWAL_LOG_ACTION

register_snippet(ConsentRecordViewSet)


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(
        WITHDRAWAL_LOG_ACTION, _("Consentement retiré"), _("Consentement retiré : dépublié")
    )
