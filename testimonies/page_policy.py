"""Wagtail's page permission policy, without the withdrawn testimonies for non-moderators.

Registered for `Page` (see `TestimoniesConfig.ready`), so every admin view that asks the policy
which pages a user may explore or act on (explorer, page listings, admin search, the admin API,
reports, site history, workflow reports) leaves out a withdrawn family for writers.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from testimonies.visibility import is_hidden_from, without_withdrawn


class ConsentAwarePagePermissionPolicy(PagePermissionPolicy):
    def instances_user_has_any_permission_for(self, user, actions):
        return without_withdrawn(super().instances_user_has_any_permission_for(user, actions), user)

    def explorable_instances(self, user):
        return without_withdrawn(super().explorable_instances(user), user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if is_hidden_from(user, instance):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


def register_page_policy():
    from wagtail.models import Page
    from wagtail.permissions import register_permission_policy

    register_permission_policy(Page, ConsentAwarePagePermissionPolicy())
