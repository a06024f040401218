from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import api_router
from core import views as core_views
from core.sitemaps import BilingualSitemap, ViewsSitemap
from core.social_images import social_image
from feedback import views as feedback_views
from home import contact as contact_views
from home import views as home_views
from home.security_txt import security_txt
from job_descriptions.downloads.personalisation_url import serve_personalisation
from library import sharing
from library.feeds import site_feed

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": BilingualSitemap, "views": ViewsSitemap.of("region_map")}},
        name="sitemap",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    # The social card image of a page whose editor chose none (core/social_images.py).
    path("partage/<int:page_id>/<str:digest>.png", social_image, name="social_image"),
    path("flux/", site_feed("fr"), name="feed_fr"),
    path("flux/atom/", site_feed("fr", atom=True), name="feed_fr_atom"),
    path("en/feed/", site_feed("en"), name="feed_en"),
    path("en/feed/atom/", site_feed("en", atom=True), name="feed_en_atom"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Only image renditions are public files; documents (consent proofs among them) are served by
    # /documents/ after Wagtail's permission check, never by their address under /media/.
    urlpatterns += static(f"{settings.MEDIA_URL}images/", document_root=settings.MEDIA_ROOT / "images")

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "plan-du-site/"), home_views.site_plan, name="site_plan"),
    path(pgettext_lazy("URL", "contact/"), contact_views.contact, name="contact"),
    path(pgettext_lazy("URL", "carte/"), home_views.region_map, name="region_map"),
    path(pgettext_lazy("URL", "avis/<int:page_id>/"), feedback_views.submit, name="page_feedback"),
    path(
        pgettext_lazy("URL", "partager/mastodon/<int:page_id>/"),
        sharing.share_on_mastodon,
        name="share_on_mastodon",
    ),
    # A job description's personalisation form posts no CSRF token (see that module).
    re_path(r"^(?P<path>(?:[\w\-]+/)+(?:personnaliser|personalise)/)$", serve_personalisation),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
