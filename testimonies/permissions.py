"""Page permissions of a testimony: once consent is withdrawn, only moderators reach its content."""

from functools import cached_property

from wagtail.models import PagePermissionTester

from testimonies.consent import can_see_consent


class TestimonyPermissionTester(PagePermissionTester):
    """A withdrawn testimony keeps its revisions for moderators (see `purge_withdrawn_revisions`);
    writers can do nothing with it: not open, preview, translate, copy, alias, move, delete,
    lock, submit, publish or unpublish it, nor read its history."""

    @cached_property
    def restricted(self):
        return not can_see_consent(self.user) and self.page.specific_deferred.is_withdrawn()

    def can_add_subpage(self):
        return not self.restricted and super().can_add_subpage()

    def can_edit(self):
        return not self.restricted and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return not self.restricted and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return not self.restricted and super().can_unpublish()

    def can_publish(self):
        return not self.restricted and super().can_publish()

    def can_submit_for_moderation(self):
        return not self.restricted and super().can_submit_for_moderation()

    def can_set_view_restrictions(self):
        return not self.restricted and super().can_set_view_restrictions()

    def can_unschedule(self):
        return not self.restricted and super().can_unschedule()

    def can_lock(self):
        return not self.restricted and super().can_lock()

    def can_unlock(self):
        return not self.restricted and super().can_unlock()

    def can_publish_subpage(self):
        return not self.restricted and super().can_publish_subpage()

    def can_reorder_children(self):
        return not self.restricted and super().can_reorder_children()

    def can_move(self):
        return not self.restricted and super().can_move()

    def can_move_to(self, destination):
        return not self.restricted and super().can_move_to(destination)

    def can_copy(self):
        return not self.restricted and super().can_copy()

    def can_copy_to(self, destination, recursive=False):
        return not self.restricted and super().can_copy_to(destination, recursive=recursive)

    def can_view_revisions(self):
        return not self.restricted and super().can_view_revisions()
