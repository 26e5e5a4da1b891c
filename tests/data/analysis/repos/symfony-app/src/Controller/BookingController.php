<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class BookingController extends AbstractController
{
    #[Route('/bookings', name: 'bookings')]
    public function list(): Response
    {
        return $this->render('bookings.html.twig');
    }
}
