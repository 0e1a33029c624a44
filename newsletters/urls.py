from django.urls import path

from . import views

app_name = "newsletters"

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/thanks/", views.subscribe_thanks, name="subscribe_thanks"),
    path("confirm/<str:value>/", views.confirm, name="confirm"),
    path("preferences/<str:value>/", views.preferences, name="preferences"),
    path("unsubscribe/<str:value>/", views.unsubscribe, name="unsubscribe"),
    path("member/", views.member, name="member"),
]
