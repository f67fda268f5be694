/** Users and their sign-in sessions over SQLite (issue 12). */
import { randomUUID } from 'node:crypto';
import { UserExists, type NewUser, type Role, type StaffSession, type StaffSessions, type User, type Users } from '../../services/ports.js';
import { checkNewUser, checkUserChange } from '../shared/staff-input.js';
import type { Db } from './database.js';
import { iso } from './filter.js';

interface UserRow {
  id: string;
  name: string;
  role: Role;
  password_hash: string;
  active: number;
  created_by: string;
  created_at_ms: number;
  updated_at_ms: number;
}

export class SqliteUsers implements Users {
  private readonly insert;
  private readonly byNameStatement;
  private readonly all;
  private readonly change;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<UserRow>(
      `INSERT INTO users (id, name, role, password_hash, active, created_by, created_at_ms, updated_at_ms)
       VALUES (@id, @name, @role, @password_hash, @active, @created_by, @created_at_ms, @updated_at_ms)`,
    );
    this.byNameStatement = db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?');
    this.all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name');
    const write = db.prepare<[Role, string, number, number, string]>(
      'UPDATE users SET role = ?, password_hash = ?, active = ?, updated_at_ms = ? WHERE id = ?',
    );
    const endSessions = db.prepare<[string]>('DELETE FROM staff_sessions WHERE user_id = ?');
    this.change = db.transaction((name: string, change: Parameters<Users['update']>[1], at: number): User | null => {
      const row = this.byNameStatement.get(name);
      if (!row) return null;
      const hash = change.passwordHash ?? row.password_hash;
      const active = change.active ?? row.active === 1;
      write.run(change.role ?? row.role, hash, active ? 1 : 0, at, row.id);
      if (hash !== row.password_hash || !active) endSessions.run(row.id);
      return fromRow(this.byNameStatement.get(name)!);
    }).immediate;
  }

  async create(user: NewUser): Promise<User> {
    const checked = checkNewUser(user);
    const at = this.now().getTime();
    const row: UserRow = {
      id: randomUUID(),
      name: checked.name,
      role: checked.role,
      password_hash: checked.passwordHash,
      active: 1,
      created_by: checked.by,
      created_at_ms: at,
      updated_at_ms: at,
    };
    try {
      this.insert.run(row);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UserExists(checked.name);
      throw error;
    }
    return fromRow(row);
  }

  async byName(name: string): Promise<User | null> {
    const row = this.byNameStatement.get(name.trim());
    return row ? fromRow(row) : null;
  }

  async credentials(name: string): Promise<{ user: User; passwordHash: string } | null> {
    const row = this.byNameStatement.get(name.trim());
    return row ? { user: fromRow(row), passwordHash: row.password_hash } : null;
  }

  async list(): Promise<User[]> {
    return this.all.all().map(fromRow);
  }

  async update(name: string, change: Parameters<Users['update']>[1]): Promise<User | null> {
    checkUserChange(change);
    return this.change(name.trim(), change, this.now().getTime());
  }
}

interface SessionRow extends UserRow {
  token_hash: string;
  csrf_token: string;
  session_created_at_ms: number;
  expires_at_ms: number;
}

export class SqliteStaffSessions implements StaffSessions {
  private readonly insert;
  private readonly byToken;
  private readonly remove;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<[string, string, string, number, number]>(
      'INSERT INTO staff_sessions (token_hash, user_id, csrf_token, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)',
    );
    this.byToken = db.prepare<[string, number], SessionRow>(
      `SELECT u.*, s.token_hash, s.csrf_token, s.created_at_ms AS session_created_at_ms, s.expires_at_ms
       FROM staff_sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at_ms > ? AND u.active = 1`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM staff_sessions WHERE token_hash = ?');
  }

  async create(session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
    this.insert.run(session.tokenHash, session.userId, session.csrfToken, this.now().getTime(), session.expiresAt.getTime());
  }

  async get(tokenHash: string): Promise<StaffSession | null> {
    const row = this.byToken.get(tokenHash, this.now().getTime());
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      user: fromRow(row),
      csrfToken: row.csrf_token,
      createdAt: iso(row.session_created_at_ms),
      expiresAt: iso(row.expires_at_ms),
    };
  }

  async delete(tokenHash: string): Promise<void> {
    this.remove.run(tokenHash);
  }
}

function fromRow(r: UserRow): User {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.active === 1,
    createdAt: iso(r.created_at_ms),
    updatedAt: iso(r.updated_at_ms),
    createdBy: r.created_by,
  };
}
