from celery import shared_task

from .models import Order


@shared_task
def send_confirmation(order_id):
    order = Order.objects.get(pk=order_id)
    order.notify()
