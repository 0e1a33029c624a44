"""Finds markup a browser would execute in an HTML page (an inline script, an event handler,
a javascript: URL), whatever escaping produced it."""

from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}


class _ExecutableMarkupFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        script_type = (attributes.get("type") or "text/javascript").lower()
        if tag == "script" and "src" not in attributes and ("javascript" in script_type or script_type == "module"):
            self._in_inline_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().replace("\t", "").startswith(
                ("javascript:", "vbscript:", "data:text/html")
            ):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.found.append(f"inline script: {data.strip()[:60]!r}")


def executable_markup(html):
    """What in `html` would run script in a browser (an empty list when nothing would)."""
    finder = _ExecutableMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.found
