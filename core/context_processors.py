from core.navigation import SiteNavigation


def site_navigation(request):
    return {"navigation": SiteNavigation(request)}
