"""What the page-view beacon of seen.js sends, for the indicator tests."""

from urllib.parse import urlencode

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def beacon(client, page_id, language="en", referrer="", **headers):
    """What seen.js sends: a POST without a body, the page, its language and the referring site in its address."""
    query = urlencode({"p": page_id, "l": language, **({"r": referrer} if referrer else {})})
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.post(f"/seen?{query}", **headers)
