/**
 * The duty desk's people, for admins (issue 12; the first user is added with `npm run user`).
 *   GET   /users          ?limit=&cursor=                           (paged by name)
 *   POST  /users          { name, role, password, by? }             -> 201
 *   PATCH /users/:name    { role?, active?, password?, by? }
 * Unknown query parameters and body fields are refused (400), like every admin route.
 * Passwords are hashed here (Argon2id) and never answered.
 */
import type { Router } from 'express';
import { ROLES, UserExists, type Users } from '../services/ports.js';
import { hashPassword } from '../services/users.js';
import { AdminError, badRequest, notFound } from './errors.js';
import { z } from 'zod';
import { page, pageRequest } from './paging.js';
import { oneOf, requiredSupervisor, requiredText } from './params.js';
import { actor, checkedBody, checkedQuery, field } from './validation.js';

export function mountUserRoutes(router: Router, users: Users): void {
  router.get('/users', async (req, res) => {
    const q = checkedQuery(req, ['limit', 'cursor']);
    res.json(page(await users.list(), pageRequest(q.limit, q.cursor), (user) => user.name));
  });

  router.post('/users', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ name: field, role: field, password: field, ...actor }));
    const by = requiredSupervisor(req, b);
    const name = requiredText(b.name, 'name', 40);
    const role = oneOf(typeof b.role === 'string' ? b.role : undefined, ROLES, 'role');
    if (!role) throw badRequest(`role is required (${ROLES.join(', ')})`);
    const passwordHash = await hashPassword(password(b.password));
    try {
      res.status(201).json(await users.create({ name, role, passwordHash, by }));
    } catch (error) {
      if (error instanceof UserExists) throw new AdminError(409, 'conflict', error.message);
      throw error;
    }
  });

  router.patch('/users/:name', async (req, res) => {
    checkedQuery(req, []);
    const b = checkedBody(req, z.strictObject({ role: field, active: field, password: field, ...actor }));
    const role = oneOf(typeof b.role === 'string' ? b.role : undefined, ROLES, 'role');
    if (b.active !== undefined && typeof b.active !== 'boolean') throw badRequest('active must be true or false');
    const change = {
      ...(role ? { role } : {}),
      ...(typeof b.active === 'boolean' ? { active: b.active } : {}),
      ...(b.password !== undefined ? { passwordHash: await hashPassword(password(b.password)) } : {}),
    };
    if (!Object.keys(change).length) throw badRequest('nothing to change: role, active or password');
    const user = await users.update(req.params.name, change);
    if (!user) throw notFound(`no user named ${req.params.name}`);
    res.json(user);
  });
}

function password(value: unknown): string {
  if (typeof value !== 'string') throw badRequest('password is required (text)');
  return value;
}
