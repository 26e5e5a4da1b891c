import React from 'react';
import ReactDOM from 'react-dom/client';

const api = import.meta.env.VITE_SIGNUP_API;

ReactDOM.createRoot(document.getElementById('root')!).render(
  <form action={`${api}/signup`} method="post"><button>Join</button></form>,
);
