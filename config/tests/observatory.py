"""Mozilla's HTTP Observatory (v2) scoring, computed from a response's headers and body.

Source: the published methodology, "HTTP Observatory Scoring Methodology" / "Tests & Scoring"
(mdn/yari, copy/observatory/tests_and_scoring.md, on developer.mozilla.org/en-US/observatory):
every site starts at 100; penalties are deducted, then, if the score is 90 or more, bonuses are
added; 100 and above is A+. Each function returns the test's result name and its modifier as in
that table. The rules for what counts as unsafe follow the table's descriptions: in CSP,
`'unsafe-inline'` or `data:` in script-src, broad sources (`*`, `http:`, `https:`) in
script-src or object-src, or either of them unrestricted (no directive and no default-src).
Tests that need the network (HSTS preload list, the certificates) are not computed: the HSTS
test gives 0 for a header of six months or more, as the table does for a site not preloaded.
"""

import re

BROAD = {"*", "http:", "https:"}
GRADES = [
    (100, "A+"),
    (90, "A"),
    (85, "A-"),
    (80, "B+"),
    (70, "B"),
    (65, "B-"),
    (60, "C+"),
    (50, "C"),
    (45, "C-"),
    (40, "D+"),
    (30, "D"),
    (25, "D-"),
    (0, "F"),
]


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        words = part.strip().split()
        if not words:
            continue
        name = words[0].lower()
        if name in directives or not re.fullmatch(r"[a-z-]+", name):
            return None
        directives[name] = [word.lower() for word in words[1:]]
    return directives or None


def csp_test(headers):
    header = headers.get("content-security-policy")
    if not header:
        return "csp-not-implemented", -25
    csp = parse_csp(header)
    if csp is None:
        return "csp-header-invalid", -25
    default = csp.get("default-src")
    script = csp.get("script-src", default)
    style = csp.get("style-src", default)
    objects = csp.get("object-src", default)
    if (
        script is None
        or objects is None
        or "'unsafe-inline'" in script
        or "data:" in script
        or BROAD & set(script)
        or BROAD & set(objects)
    ):
        return "csp-implemented-with-unsafe-inline", -20
    every_source = [source for values in csp.values() for source in values]
    passive = [s for d in ("img-src", "media-src") for s in csp.get(d, [])]
    if any(s.startswith("http:") for s in every_source if s not in passive):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in script:
        return "csp-implemented-with-unsafe-eval", -10
    if any(s.startswith("http:") for s in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if style is None or "'unsafe-inline'" in style or "data:" in style or BROAD & set(style):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_test(cookies, hsts):
    """`cookies`: dicts with name, secure, httponly, samesite."""
    if not cookies:
        return "cookies-not-found", 0
    results = []
    for cookie in cookies:
        name = cookie["name"].lower()
        session = "sess" in name or "login" in name
        samesite = (cookie.get("samesite") or "").lower()
        if samesite and samesite not in ("strict", "lax"):
            results.append(("cookies-samesite-flag-invalid", -20))
        if "csrf" in name and not samesite:
            results.append(("cookies-anticsrf-without-samesite-flag", -20))
        if session and not cookie["httponly"]:
            results.append(("cookies-session-without-httponly-flag", -30))
        if not cookie["secure"]:
            if session:
                results.append(
                    ("cookies-session-without-secure-flag-but-protected-by-hsts", -10)
                    if hsts
                    else ("cookies-session-without-secure-flag", -40)
                )
            else:
                results.append(
                    ("cookies-without-secure-flag-but-protected-by-hsts", -5)
                    if hsts
                    else ("cookies-without-secure-flag", -20)
                )
    if results:
        return min(results, key=lambda result: result[1])
    if all((c.get("samesite") or "").lower() in ("strict", "lax") for c in cookies):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def cors_test(headers):
    origin = headers.get("access-control-allow-origin")
    if origin is None:
        return "cross-origin-resource-sharing-not-implemented", 0
    if origin.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection_test(http_status, http_location, host):
    if http_status not in (301, 302, 303, 307, 308):
        return "redirection-missing", -20
    if not http_location.startswith("https://"):
        return "redirection-not-to-https-on-initial-redirection", -10
    if not http_location.startswith(f"https://{host}/") and http_location != f"https://{host}":
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_test(headers):
    value = headers.get("referrer-policy")
    if value is None:
        return "referrer-policy-not-implemented", 0
    policies = [v.strip().lower() for v in value.split(",") if v.strip()]
    known = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    unsafe = {"origin", "origin-when-cross-origin", "unsafe-url"}
    if not policies or not set(policies) <= known | unsafe | {"no-referrer-when-downgrade"}:
        return "referrer-policy-header-invalid", -5
    if policies[-1] in known:  # browsers apply the last policy they know
        return "referrer-policy-private", 5
    if policies[-1] in unsafe:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-not-implemented", 0


def hsts_test(headers):
    value = headers.get("strict-transport-security")
    if value is None:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=\"?(\d+)\"?", value, re.IGNORECASE)
    if not match:
        return "hsts-header-invalid", -20
    if int(match.group(1)) < 15768000:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


def sri_test(headers, body):
    if "html" not in headers.get("content-type", ""):
        return "sri-not-implemented-response-not-html", 0
    scripts = re.findall(r"<script\b([^>]*)>", body, re.IGNORECASE)
    sources = [re.search(r"""\bsrc=["']?([^"'\s>]+)""", attrs) for attrs in scripts]
    external = [(m.group(1), attrs) for m, attrs in zip(sources, scripts, strict=True) if m]
    if not external:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    foreign = [(src, attrs) for src, attrs in external if src.startswith(("http:", "https:", "//"))]
    if not foreign:
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    if all("integrity=" in attrs for _, attrs in foreign):
        if all(src.startswith("https:") for src, _ in foreign):
            return "sri-implemented-and-external-scripts-loaded-securely", 5
        return "sri-implemented-but-external-scripts-not-loaded-securely", -20
    if all(src.startswith("https:") for src, _ in foreign):
        return "sri-not-implemented-but-external-scripts-loaded-securely", -5
    return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50


def x_content_type_options_test(headers):
    value = headers.get("x-content-type-options")
    if value is None:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def x_frame_options_test(headers):
    csp = parse_csp(headers.get("content-security-policy", "")) or {}
    ancestors = csp.get("frame-ancestors")
    if ancestors is not None and not BROAD & set(ancestors):
        return "x-frame-options-implemented-via-csp", 5
    value = headers.get("x-frame-options")
    if value is None:
        return "x-frame-options-not-implemented", -20
    value = value.strip().upper()
    if value in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    if value.startswith("ALLOW-FROM "):
        return "x-frame-options-allow-from-origin", 0
    return "x-frame-options-header-invalid", -20


def corp_test(headers):
    value = headers.get("cross-origin-resource-policy")
    if value is None:
        return "corp-not-implemented", 5
    value = value.strip().lower()
    if value == "same-origin":
        return "corp-implemented-with-same-origin", 0
    if value == "same-site":
        return "corp-implemented-with-same-site", 0
    if value == "cross-origin":
        return "corp-implemented-with-cross-origin", -20
    return "corp-header-invalid", -20


def score(results):
    """`results`: (name, modifier) pairs. Returns the score and the grade."""
    total = 100 + sum(modifier for _, modifier in results if modifier < 0)
    if total >= 90:
        total += sum(modifier for _, modifier in results if modifier > 0)
    total = max(total, 0)
    grade = next(letter for floor, letter in GRADES if total >= floor)
    return total, grade
