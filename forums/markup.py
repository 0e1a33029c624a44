"""Forum posts: Markdown rendered by markdown2, then cleaned with an allow-list (nh3).

markdown2's "safe mode" has known bypasses, so it is not relied on: whatever HTML
comes out is sanitised. Only plain formatting, links (http, https, mailto) and
code survive; no scripts, event handlers, styles, images from data: URLs or SVG.
"""

import markdown2
import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


def sanitise(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )


def render(text, **kwargs):
    html = markdown2.markdown(text or "", safe_mode="escape", extras={"break-on-newline": True, "tables": True})
    return sanitise(html).strip()
