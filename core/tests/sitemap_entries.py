"""sitemap.xml read as the tests need it: each location with its hreflang links, in order."""

import re


def sitemap_entries(client):
    """{location: [(hreflang, href)]}, read as text from the markup of Django's sitemap template:
    no parser's handling of the xhtml: prefix comes into it."""
    xml = client.get("/sitemap.xml").content.decode()
    found = {}
    for block in re.findall(r"<url>(.*?)</url>", xml, re.S):
        location = re.search(r"<loc>(.*?)</loc>", block).group(1)
        found[location] = re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block)
    return found
