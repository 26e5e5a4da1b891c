<?php

return [
    'name' => env('APP_NAME', 'Invoices'),
    'env' => env('APP_ENV', 'production'),
    'key' => env('APP_KEY'),
    'url' => env('APP_URL', 'http://localhost'),
];
