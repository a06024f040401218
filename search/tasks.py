"""Background tasks of the search app (Wagtail's task framework, django_tasks)."""

from django_tasks import task

from search.stats_flush import flush_search_stats


@task()
def flush_search_stats_task():
    """The search statistics' flush, started by a search when one is due (search.stats)."""
    written, deleted = flush_search_stats()
    return {"written": written, "deleted": deleted}
