"""Reports → Communication indicators: the figures of a reporting period, with charts and exports."""

import csv
import io

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from . import report
from .charts import bars, sparkline
from .forms import PeriodForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def indicators_report(request):
    form = PeriodForm(request.GET or None)
    start, end = form.cleaned_data["range"] if form.is_valid() else form.current()
    period = report.build(start, end, request.user)
    export = request.GET.get("export")
    if export in ("xlsx", "csv"):
        return _export(period, export)
    for section in period.sections:
        for figure in section["figures"]:
            if figure.get("series"):
                figure["chart"] = sparkline(figure["series"], label=figure["label"])
            for breakdown in figure.get("breakdowns", []):
                breakdown["lines"] = [
                    (label, value, bar)
                    for (label, value), bar in zip(breakdown["rows"], bars(breakdown["rows"]), strict=True)
                ]
    query = request.GET.copy()
    query.pop("export", None)
    return TemplateResponse(
        request,
        "indicators/report.html",
        {
            "header_title": _("Communication indicators"),
            # The page's heading: without breadcrumbs, Wagtail's generic page shows `page_title` as its h1.
            "page_title": _("Communication indicators"),
            "header_icon": "table",
            "form": form,
            "period": period,
            "all_figures": request.user.has_perm("indicators.view_all_figures"),
            "query": query.urlencode(),
        },
    )


def _heading(period):
    return [
        pgettext("communication indicators", "Section"),
        pgettext("communication indicators", "Figure"),
        pgettext("communication indicators", "Breakdown"),
        pgettext("communication indicators", "Item"),
        pgettext("communication indicators", "Value"),
    ], _("%(start)s to %(end)s") % {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }


def _filename(period, extension):
    return f"communication-indicators-{period.start.isoformat()}-{period.end.isoformat()}.{extension}"


def _export(period, kind):
    columns, title = _heading(period)
    rows = list(report.flat_rows(period))
    if kind == "csv":
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow([_("Communication indicators"), title])
        writer.writerow(columns)
        writer.writerows(rows)
        # With a byte-order mark, spreadsheet programs read the file as UTF-8 (Greek, Bulgarian, Serbian).
        response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        # openpyxl takes 0.2–0.3 s to import: only the processes that export a spreadsheet pay for it.
        from openpyxl import Workbook, styles

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = pgettext("communication indicators", "Indicators")[:31]
        sheet.append([_("Communication indicators"), title])
        sheet.append(columns)
        for cell in sheet[2]:
            cell.font = styles.Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        for letter, width in zip("ABCDE", (18, 36, 28, 48, 12), strict=True):
            sheet.column_dimensions[letter].width = width
        content = io.BytesIO()
        workbook.save(content)
        response = HttpResponse(content.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_filename(period, kind)}"'
    return response
