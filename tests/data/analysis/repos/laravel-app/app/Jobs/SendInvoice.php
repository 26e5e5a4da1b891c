<?php

namespace App\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Stripe\StripeClient;

class SendInvoice implements ShouldQueue
{
    use Dispatchable, Queueable;

    public function __construct(public int $invoiceId)
    {
    }

    public function handle(): void
    {
        $stripe = new StripeClient(config('services.stripe.secret'));
        $stripe->invoices->sendInvoice((string) $this->invoiceId);
    }
}
