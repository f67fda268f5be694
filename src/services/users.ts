/**
 * The duty desk's people (issue 12): password hashing with Argon2id (the argon2 library, OWASP's
 * parameters) and what each role may do. The stores keep only the hash (src/store/<kind>/staff.ts).
 */
import argon2 from 'argon2';
import type { Role, User, Users } from './ports.js';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

/** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane (about 30 ms here; memory-hard). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function checkPassword(password: string): void {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new RangeError(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw new RangeError(`a password has at most ${MAX_PASSWORD_LENGTH} characters`);
}

export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return argon2.hash(password, HASH_OPTIONS);
}

/** A hash made once, verified against when the name is unknown: an unknown name takes as long as a wrong password. */
let decoy: Promise<string> | null = null;

/** The active user whose password this is, or null (unknown name, wrong password or disabled). */
export async function verifySignIn(users: Users, name: string, password: string): Promise<User | null> {
  if (typeof name !== 'string' || typeof password !== 'string' || password.length > MAX_PASSWORD_LENGTH) return null;
  const found = await users.credentials(name);
  if (!found) {
    decoy ??= argon2.hash('decoy password, never valid', HASH_OPTIONS);
    await argon2.verify(await decoy, password).catch(() => false);
    return null;
  }
  const ok = await argon2.verify(found.passwordHash, password).catch(() => false);
  return ok && found.user.active ? found.user : null;
}

/** What the console and the admin API let a person do; the ADMIN_TOKEN holder may do everything. */
export const PERMISSIONS = {
  /** See queues, transcripts, work orders, callbacks, incidents, the blacklist, the announcement. */
  view: ['agent', 'supervisor', 'admin'],
  /** Take a chat waiting for an agent (转人工), type in it, return it to the bot or close it. */
  'chat.agent': ['agent', 'supervisor', 'admin'],
  /** Take a chat escalated to the duty supervisor (N24). */
  'chat.supervisor': ['supervisor', 'admin'],
  /** Mark a callback done, cancelled or pending again. */
  'callback.update': ['agent', 'supervisor', 'admin'],
  /** Change an escalation's status and outcome (N24). */
  'escalation.update': ['supervisor', 'admin'],
  /** Add, approve or lift a blacklist entry (N23). */
  'blacklist.change': ['supervisor', 'admin'],
  /** Set or clear the mass-outage announcement (N21). */
  'announcement.set': ['supervisor', 'admin'],
  /** Add users, change roles, disable. */
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission of a role (the console shows only what the person may do). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
