export default defineNuxtConfig({
  runtimeConfig: {
    mailgunKey: process.env.MAILGUN_API_KEY,
  },
});
