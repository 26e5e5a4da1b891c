<?php

namespace App\Http\Controllers;

use App\Jobs\SendInvoice;

class InvoiceController extends Controller
{
    public function show(int $invoice)
    {
        SendInvoice::dispatch($invoice);
        return view('invoice', ['id' => $invoice]);
    }
}
