import type { FastifyInstance } from 'fastify';
import { prisma } from '@acme/db';

export async function projectRoutes(app: FastifyInstance) {
  app.get('/projects', async () => prisma.project.findMany());
}
