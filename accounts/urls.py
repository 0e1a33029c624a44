from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("members/<int:pk>/", views.member_detail, name="member"),
    path("data/", views.personal_data, name="personal_data"),
    path("delete/", views.delete_account, name="delete"),
]
