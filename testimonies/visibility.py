"""Who may see a withdrawn testimony in the admin: moderators and administrators only.

A withdrawn family (every page of one translation_key) disappears for everyone else from every
listing, chooser, report and API; the helpers below give the querysets and checks for it.
"""

from collections import defaultdict
from types import SimpleNamespace

from testimonies.consent import can_see_consent, is_withdrawn


def withdrawn_translation_keys():
    """translation_keys of the testimony families whose consent is withdrawn (one query)."""
    from testimonies.models import ConsentRecord

    families = ConsentRecord.objects.filter(withdrawn_at__isnull=False).values("page__translation_key")
    records = defaultdict(list)
    for row in ConsentRecord.objects.filter(page__translation_key__in=families).values(
        "page__translation_key", "withdrawn_at", "created_at"
    ):
        records[row["page__translation_key"]].append(
            SimpleNamespace(withdrawn_at=row["withdrawn_at"], created_at=row["created_at"])
        )
    return {key for key, family in records.items() if is_withdrawn(family)}


def hides_withdrawn(user):
    return not can_see_consent(user)


def without_withdrawn(queryset, user, field="translation_key"):
    """`queryset` (of pages, or of objects whose `field` holds a page's translation_key) without
    the withdrawn testimonies, unless `user` may see them."""
    if not hides_withdrawn(user):
        return queryset
    keys = withdrawn_translation_keys()
    return queryset.exclude(**{f"{field}__in": keys}) if keys else queryset


def is_hidden_from(user, page):
    """True when `page` belongs to a withdrawn testimony family that `user` may not see."""
    key = getattr(page, "translation_key", None)
    return key is not None and hides_withdrawn(user) and key in withdrawn_translation_keys()
