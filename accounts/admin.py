from django.contrib import admin

from .models import Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "user", "organisation", "country", "preferred_language"]
    search_fields = ["display_name", "organisation", "user__email"]
    raw_id_fields = ["user"]
