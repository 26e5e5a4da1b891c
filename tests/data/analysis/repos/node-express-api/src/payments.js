const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

async function charge(amount) {
  return stripe.paymentIntents.create({ amount, currency: 'eur' });
}

module.exports = { charge };
