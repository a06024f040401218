"""Page permissions of a testimony: once consent is withdrawn, only moderators reach its content."""

from functools import cached_property

from wagtail.models import PagePermissionTester

from testimonies.consent import can_see_consent


class TestimonyPermissionTester(PagePermissionTester):
    """A withdrawn testimony keeps its revisions for moderators (see `purge_withdrawn_revisions`);
    writers can do nothing with it: not open, preview, translate, copy, alias, move, delete,
    lock, submit, publish or unpublish it, nor read its history.

    Wagtail derives the other tests from these: copying and aliasing (`can_copy_to`) from
    `can_copy`, moving (`can_move`, `can_move_to`) from `can_delete`, privacy and unscheduling from
    `can_publish`. A withdrawn testimony is offline and has no children, so unpublishing and adding
    or publishing subpages are never possible either.
    """

    @cached_property
    def restricted(self):
        return not can_see_consent(self.user) and self.page.specific_deferred.is_withdrawn()

    def can_edit(self):
        return not self.restricted and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return not self.restricted and super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        return not self.restricted and super().can_copy()

    def can_publish(self):
        return not self.restricted and super().can_publish()

    def can_submit_for_moderation(self):
        return not self.restricted and super().can_submit_for_moderation()

    def can_lock(self):
        return not self.restricted and super().can_lock()

    def can_unlock(self):
        return not self.restricted and super().can_unlock()

    def can_reorder_children(self):
        return not self.restricted and super().can_reorder_children()

    def can_view_revisions(self):
        return not self.restricted and super().can_view_revisions()
