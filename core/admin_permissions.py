"""Admin listings of records that people send through the public forms: read-only, and shown only
to the users whose permissions let them see the records.

- `ReadOnlyPermissionPolicy`: Django's model permissions (view, delete), but nobody, superusers
  included, creates or changes a record in the admin.
- `ReadersOnlyChooserViewSet`: Wagtail's snippet chooser lists and returns objects without asking
  for any permission; this one answers only users who may see the model.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser

WRITING_ACTIONS = frozenset({"add", "change"})
READING_ACTIONS = ["view", "change", "delete"]


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in WRITING_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = set(actions) - WRITING_ACTIONS
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


class ReadersOnly:
    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_any_permission(request.user, READING_ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _readers_only(view_class):
    return type(view_class.__name__, (ReadersOnly, view_class), {})


class ReadersOnlyChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = _readers_only(chooser.ChooseView)
    choose_results_view_class = _readers_only(chooser.ChooseResultsView)
    chosen_view_class = _readers_only(chooser.SnippetChosenView)
    chosen_multiple_view_class = _readers_only(chooser.SnippetChosenMultipleView)
    create_view_class = _readers_only(chooser.SnippetCreateView)
