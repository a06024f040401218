from wagtail.snippets.models import register_snippet

from taxonomy.admin_views import TaxonomyGroup

register_snippet(TaxonomyGroup)
