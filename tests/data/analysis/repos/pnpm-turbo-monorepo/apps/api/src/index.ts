import Fastify from 'fastify';
import * as Sentry from '@sentry/node';
import { projectRoutes } from './routes/projects.js';

Sentry.init({ dsn: process.env.SENTRY_DSN });

const app = Fastify({ logger: true });

app.get('/health', async () => ({ status: 'ok' }));
app.register(projectRoutes);

const port = Number(process.env.PORT ?? 4000);
await app.listen({ port, host: '0.0.0.0' });
