/** Users and their sign-in sessions over PostgreSQL (issue 12). */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { UserExists, type NewUser, type Role, type StaffSession, type StaffSessions, type User, type Users } from '../../services/ports.js';
import { checkNewUser, checkUserChange } from '../shared/staff-input.js';
import { exec, one, rows, transaction } from './pool.js';

interface UserRow {
  id: string;
  name: string;
  role: Role;
  password_hash: string;
  active: boolean;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, name, role, password_hash, active, created_by, created_at, updated_at';

export class PgUsers implements Users {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(user: NewUser): Promise<User> {
    const checked = checkNewUser(user);
    const at = this.now();
    const row = await one<UserRow>(
      this.pool,
      `INSERT INTO users (${COLUMNS}) VALUES ($1, $2, $3, $4, true, $5, $6, $6) ON CONFLICT (name) DO NOTHING RETURNING ${COLUMNS}`,
      [randomUUID(), checked.name, checked.role, checked.passwordHash, checked.by, at],
    );
    if (!row) throw new UserExists(checked.name);
    return fromRow(row);
  }

  async byName(name: string): Promise<User | null> {
    return (await this.credentials(name))?.user ?? null;
  }

  async credentials(name: string): Promise<{ user: User; passwordHash: string } | null> {
    const row = await one<UserRow>(this.pool, `SELECT ${COLUMNS} FROM users WHERE name = $1`, [name.trim()]);
    return row ? { user: fromRow(row), passwordHash: row.password_hash } : null;
  }

  async list(): Promise<User[]> {
    return (await rows<UserRow>(this.pool, `SELECT ${COLUMNS} FROM users ORDER BY name COLLATE "C"`)).map(fromRow);
  }

  async update(name: string, change: Parameters<Users['update']>[1]): Promise<User | null> {
    checkUserChange(change);
    return transaction(this.pool, async (tx) => {
      const row = await one<UserRow>(tx, `SELECT ${COLUMNS} FROM users WHERE name = $1 FOR UPDATE`, [name.trim()]);
      if (!row) return null;
      const hash = change.passwordHash ?? row.password_hash;
      const active = change.active ?? row.active;
      const updated = await one<UserRow>(
        tx,
        `UPDATE users SET role = $1, password_hash = $2, active = $3, updated_at = $4 WHERE id = $5 RETURNING ${COLUMNS}`,
        [change.role ?? row.role, hash, active, this.now(), row.id],
      );
      if (hash !== row.password_hash || !active) await exec(tx, 'DELETE FROM staff_sessions WHERE user_id = $1', [row.id]);
      return fromRow(updated!);
    });
  }
}

interface SessionRow extends UserRow {
  token_hash: string;
  csrf_token: string;
  session_created_at: Date;
  expires_at: Date;
}

export class PgStaffSessions implements StaffSessions {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
    await exec(this.pool, 'INSERT INTO staff_sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      session.tokenHash, session.userId, session.csrfToken, this.now(), session.expiresAt,
    ]);
  }

  async get(tokenHash: string): Promise<StaffSession | null> {
    const row = await one<SessionRow>(
      this.pool,
      `SELECT u.id, u.name, u.role, u.password_hash, u.active, u.created_by, u.created_at, u.updated_at,
              s.token_hash, s.csrf_token, s.created_at AS session_created_at, s.expires_at
       FROM staff_sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
      [tokenHash, this.now()],
    );
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      user: fromRow(row),
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await exec(this.pool, 'DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
  }
}

function fromRow(r: UserRow): User {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    createdBy: r.created_by,
  };
}
