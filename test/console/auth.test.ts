/**
 * Signing in to the duty desk and what each role may do (issue 12): a session cookie (HttpOnly,
 * SameSite=Strict, Secure in production), CSRF tokens on changes, ADMIN_TOKEN still working for
 * the JSON API, every change recording the signed-in person's name.
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { openTestEngine } from '../support/call.js';
import { addUser, PASSWORD, signIn } from '../support/desk.js';
import { serve } from '../support/http.js';

const TOKEN = 'test-admin-token-0123456789';

async function desk(env: Record<string, string> = {}) {
  const engine = await openTestEngine({ env: { ADMIN_TOKEN: TOKEN, ...env } });
  await addUser(engine, '王建国', 'supervisor');
  await addUser(engine, '李娜', 'agent');
  await addUser(engine, 'root', 'admin');
  return { engine, base: await serve(createServer(engine)) };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('signing in to the duty desk', () => {
  it('a right password gives an HttpOnly, SameSite=Strict session cookie; a wrong one or an unknown name does not', async () => {
    const { base } = await desk();
    const ok = await post(`${base}/console/api/session`, { name: '王建国', password: PASSWORD });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^95598-desk=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP in development
    const body = (await ok.json()) as any;
    expect(body).toMatchObject({ user: { name: '王建国', role: 'supervisor' }, csrfToken: expect.any(String) });
    expect(body.permissions).toContain('blacklist.change');
    expect(JSON.stringify(body)).not.toMatch(/argon2|password/i);

    for (const wrong of [{ name: '王建国', password: 'not the password' }, { name: 'nobody', password: PASSWORD }]) {
      const refused = await post(`${base}/console/api/session`, wrong);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    expect((await post(`${base}/console/api/session`, { name: '王建国', password: PASSWORD }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await fetch(`${base}/console/api/session`)).status).toBe(401);
  });

  it('in production (or CONSOLE_SECURE_COOKIE) the cookie is Secure and __Host- prefixed', async () => {
    const { base } = await desk({ CONSOLE_SECURE_COOKIE: 'true' });
    const ok = await post(`${base}/console/api/session`, { name: '李娜', password: PASSWORD });
    expect(ok.headers.get('set-cookie')).toMatch(/^__Host-95598-desk=.*; Path=\/;.*Secure/i);
  });

  it('signing out ends the session; a disabled user is signed out everywhere', async () => {
    const { base, engine } = await desk();
    const person = await signIn(base, '李娜');
    expect((await person.request('GET', '/console/api/session')).status).toBe(200);
    expect((await person.request('DELETE', '/console/api/session', undefined, { csrf: false })).status).toBe(403);
    expect((await person.request('DELETE', '/console/api/session')).status).toBe(204);
    expect((await person.request('GET', '/console/api/session')).status).toBe(401);
    const again = await signIn(base, '李娜');
    await engine.stores.staff.users.update('李娜', { active: false });
    expect((await again.request('GET', '/console/api/chats')).status).toBe(401);
    expect((await post(`${base}/console/api/session`, { name: '李娜', password: PASSWORD })).status).toBe(401);
  });
});

describe('roles in the admin API (a signed-in person, or the ADMIN_TOKEN)', () => {
  it('an agent sees the blacklist but cannot lift an entry; a supervisor can, and the history names them whatever the request says', async () => {
    const { base, engine } = await desk();
    await engine.stores.services.blacklist.add({ phone: '+8613900139000', reason: '多次辱骂', by: 'policy' });
    const agent = await signIn(base, '李娜');
    expect((await agent.request('GET', '/api/admin/blacklist')).body.count).toBe(1);
    const refused = await agent.request('DELETE', '/api/admin/blacklist/13900139000', { reason: '客户道歉' });
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await agent.request('PUT', '/api/admin/announcement', { text: { 'zh-CN': '停电通知' } })).status).toBe(403);

    const supervisor = await signIn(base, '王建国');
    expect((await supervisor.request('DELETE', '/api/admin/blacklist/13900139000', { reason: '客户道歉' }, { csrf: false })).status).toBe(403);
    const lifted = await fetch(`${base}/api/admin/blacklist/13900139000`, {
      method: 'DELETE',
      headers: { cookie: supervisor.cookie, 'x-csrf-token': supervisor.csrf, 'x-supervisor': 'someone-else', 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '客户道歉', by: 'someone-else' }),
    });
    expect(lifted.status).toBe(200);
    const history = (await supervisor.request('GET', '/api/admin/blacklist/13900139000/history')).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'lifted', by: '王建国', reason: '客户道歉' });
  });

  it('ADMIN_TOKEN keeps working (with X-Supervisor); without token or session: 401', async () => {
    const { base } = await desk();
    const bearer = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'x-supervisor': 'ops' };
    expect((await fetch(`${base}/api/admin/escalations`, { headers: bearer })).status).toBe(200);
    const added = await post(`${base}/api/admin/blacklist`, { phone: '139 0013 9000', reason: '骚扰' }, bearer);
    expect(added.status).toBe(201);
    expect((await fetch(`${base}/api/admin/escalations`)).status).toBe(401);
    expect((await fetch(`${base}/api/admin/escalations`, { headers: { cookie: '95598-desk=forged-forged-forged-forged-forged' } })).status).toBe(401);
  });

  it('only an admin manages users; passwords are hashed and never answered', async () => {
    const { base } = await desk();
    const supervisor = await signIn(base, '王建国');
    expect((await supervisor.request('GET', '/api/admin/users')).status).toBe(403);
    const admin = await signIn(base, 'root');
    expect((await admin.request('POST', '/api/admin/users', { name: '赵敏', role: 'agent', password: 'short' })).status).toBe(400);
    const added = await admin.request('POST', '/api/admin/users', { name: '赵敏', role: 'agent', password: 'another long password' });
    expect(added).toMatchObject({ status: 201, body: { name: '赵敏', role: 'agent', createdBy: 'root' } });
    expect((await admin.request('POST', '/api/admin/users', { name: '赵敏', role: 'agent', password: 'another long password' })).status).toBe(409);
    const list = await admin.request('GET', '/api/admin/users');
    expect(list.body.items.map((u: { name: string }) => u.name)).toContain('赵敏');
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|hash/i);
    await signIn(base, '赵敏', 'another long password');
    expect((await admin.request('PATCH', '/api/admin/users/赵敏', { role: 'supervisor' })).body.role).toBe('supervisor');
  });

  it('the user list is paged, and unknown parameters or fields are refused (issue 10 item 8)', async () => {
    const { base } = await desk();
    const admin = await signIn(base, 'root');
    const first = await admin.request('GET', '/api/admin/users?limit=1');
    expect(first.body).toMatchObject({ count: 1, nextCursor: expect.any(String) });
    const second = await admin.request('GET', `/api/admin/users?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].name).not.toBe(first.body.items[0].name);
    expect((await admin.request('GET', '/api/admin/users?limit=500')).status).toBe(400);
    expect((await admin.request('GET', '/api/admin/users?sort=name')).status).toBe(400);
    expect((await admin.request('POST', '/api/admin/users', { name: '钱七', role: 'agent', password: 'another long password', admin: true })).status).toBe(400);
    expect((await admin.request('PATCH', '/api/admin/users/王建国', { rol: 'admin' })).status).toBe(400);
    expect((await admin.request('GET', '/api/admin/users')).body.items.find((u: { name: string }) => u.name === '王建国').role).not.toBe('admin');
  });
});
