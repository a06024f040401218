"""The public pages work under the site's Content-Security-Policy: no violation is reported on the
home page, a listing with filters, a testimony, the search with its autocomplete and a
job-description personalisation page (the test settings send the production policy)."""

COLLECT = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def violations(page):
    return page.evaluate("window.__cspViolations")


def test_public_pages_raise_no_csp_violation(page, live_site, site_urls):
    page.add_init_script(COLLECT)
    console = []
    page.on("console", lambda message: console.append(message.text))
    testimony = site_urls[("TestimonyPage", "fr")][0]
    personalise = site_urls[("JobDescriptionPage", "fr")][0] + "personnaliser/"
    for path in ["/", "/temoignages/?page=1", testimony, personalise]:
        response = page.goto(live_site + path)
        assert "default-src 'none'" in response.headers["content-security-policy"], path
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], path

    page.goto(live_site + "/recherche/?q=pair")
    page.fill("#search-q", "trav")  # the autocomplete asks for suggestions
    page.wait_for_timeout(800)
    page.wait_for_load_state("networkidle")
    assert page.locator(".combobox__option").count() > 0
    page.keyboard.press("Escape")  # closes the suggestions
    page.locator("[data-search-filters] input[type=checkbox]").first.check()  # filters refresh live
    page.wait_for_load_state("networkidle")
    assert violations(page) == []
    assert not [text for text in console if "Content Security Policy" in text], console

    page.goto(live_site + personalise)
    page.fill("#id_lived_experience", "")
    page.wait_for_load_state("networkidle")
    assert violations(page) == []
