from django.http import JsonResponse

from .models import Order


def detail(request, pk):
    return JsonResponse({"id": Order.objects.get(pk=pk).pk})
