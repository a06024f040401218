"""Wagtail hooks of the site's base: pages under a view restriction stay out of the page cache."""

from wagtail import hooks

from core import page_cache


@hooks.register("before_serve_page", order=-1)
def keep_restricted_pages_out_of_the_page_cache(page, request, serve_args, serve_kwargs):
    # Before Wagtail's own check, which answers a password form or a redirect instead of the page.
    if page.get_view_restrictions().exists():
        page_cache.exempt(request)
