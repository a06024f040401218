"""Page permissions of a testimony: once consent is withdrawn, only moderators reach its content."""

from functools import cached_property

from wagtail.models import PagePermissionTester

from testimonies.consent import can_see_consent


class TestimonyPermissionTester(PagePermissionTester):
    """A withdrawn testimony keeps its revisions for moderators (see `purge_withdrawn_revisions`);
    writers can no longer open, copy, move or delete it, nor read its history."""

    @cached_property
    def restricted(self):
        return not can_see_consent(self.user) and self.page.specific_deferred.is_withdrawn()

    def can_edit(self):
        return not self.restricted and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return not self.restricted and super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        return not self.restricted and super().can_copy()

    def can_lock(self):
        return not self.restricted and super().can_lock()

    def can_view_revisions(self):
        return not self.restricted and super().can_view_revisions()
