from django.http import JsonResponse
from django.urls import path

from .models import Product


def products(_request):
    return JsonResponse({"products": list(Product.objects.values("id", "name", "price_cents"))})


urlpatterns = [path("products", products)]
