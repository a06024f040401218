"""Template tags of the testimony admin: the names a moderator must confirm before approving."""

from django import template

from testimonies.models import as_testimony

register = template.Library()


@register.simple_tag
def names_to_confirm(task_state):
    """Uncovered, unconfirmed names of the testimony under review in `task_state` ([] otherwise)."""
    page = as_testimony(task_state.workflow_state.content_object) if task_state is not None else None
    if page is None:
        return []
    return task_state.task.specific.names_to_confirm(page)
