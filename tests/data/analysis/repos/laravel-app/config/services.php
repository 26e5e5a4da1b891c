<?php

return [
    'stripe' => [
        'secret' => env('STRIPE_SECRET'),
    ],
];
