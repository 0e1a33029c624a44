from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .report import reporting_periods

CUSTOM = "custom"


class PeriodForm(forms.Form):
    period = forms.ChoiceField(label=_("Reporting period"), required=False)
    start = forms.DateField(
        label=pgettext_lazy("communication indicators", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=pgettext_lazy("communication indicators", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.periods = {str(number): (start, end) for number, start, end in reporting_periods()}
        self.fields["period"].choices = [
            (
                number,
                _("Period %(number)s: %(start)s – %(end)s")
                % {"number": number, "start": date_format(start), "end": date_format(end)},
            )
            for number, (start, end) in reversed(self.periods.items())
        ] + [(CUSTOM, _("Dates below"))]

    def clean(self):
        data = super().clean()
        if data.get("period") == CUSTOM:
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give both dates of the range."))
            if end < start:
                raise forms.ValidationError(_("The range cannot end before it starts."))
            data["range"] = (start, end)
        else:
            data["range"] = self.periods.get(data.get("period")) or self.current()
        return data

    def current(self):
        return self.periods[max(self.periods, key=int)]
