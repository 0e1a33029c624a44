"""Small charts drawn as inline SVG: no script, no library, nothing fetched from elsewhere."""

from django.utils.html import format_html

WIDTH, HEIGHT = 600, 80
BAR_WIDTH, BAR_HEIGHT = 160, 12


def sparkline(points, label):
    """The series as a line with its area below; the figures themselves are in the table beside it."""
    values = [value for _label, value in points]
    if len(values) < 2 or not any(values):
        return ""
    top = max(values)
    step = WIDTH / (len(values) - 1)
    coordinates = " ".join(
        f"{i * step:.1f},{HEIGHT - value / top * (HEIGHT - 4) - 2:.1f}" for i, value in enumerate(values)
    )
    return format_html(
        '<svg class="indicators-sparkline" viewBox="0 0 {} {}" preserveAspectRatio="none" role="img" aria-label="{}">'
        '<polygon points="0,{} {} {},{}" fill="currentColor" opacity="0.15"/>'
        '<polyline points="{}" fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke"/>'
        "</svg>",
        WIDTH,
        HEIGHT,
        f"{label}: {points[0][0]} – {points[-1][0]}, max {top}",
        HEIGHT,
        coordinates,
        WIDTH,
        HEIGHT,
        coordinates,
    )


def bars(rows):
    """One bar per row, as long as its share of the largest: shown beside each row's number."""
    top = max((value for _label, value in rows), default=0)
    return [
        format_html(
            '<svg class="indicators-bar" width="{}" height="{}" aria-hidden="true" focusable="false">'
            '<rect width="{}" height="{}" fill="currentColor"/></svg>',
            BAR_WIDTH,
            BAR_HEIGHT,
            round(BAR_WIDTH * value / top) if top else 0,
            BAR_HEIGHT,
        )
        for _label, value in rows
    ]
