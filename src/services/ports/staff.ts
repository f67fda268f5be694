/**
 * The people who work the duty desk (issue 12): agents, duty supervisors (当值值长) and admins,
 * with hashed passwords (src/services/users.ts) and server-side sign-in sessions. Not part of the
 * flows' Services bundle: only the console and the admin API use them.
 */

export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  /** Unique sign-in name, also what every change they make records (e.g. 王建国). */
  name: string;
  role: Role;
  /** A disabled user cannot sign in; their sessions are ended. */
  active: boolean;
  createdAt: string;
  updatedAt: string;
  /** Who added them ('command line' for the first user). */
  createdBy: string;
}

export interface NewUser {
  name: string;
  role: Role;
  passwordHash: string;
  by: string;
}

/** A second user with a name already taken. */
export class UserExists extends Error {
  override readonly name = 'UserExists';
  constructor(readonly userName: string) {
    super(`a user named '${userName}' already exists`);
  }
}

export interface Users {
  create(user: NewUser): Promise<User>;
  byName(name: string): Promise<User | null>;
  /** The user and their password hash, for signing in (active or not: the caller checks). */
  credentials(name: string): Promise<{ user: User; passwordHash: string } | null>;
  /** Ordered by name. */
  list(): Promise<User[]>;
  /** null when unknown. Changing the password or disabling ends the user's sessions. */
  update(name: string, change: { role?: Role; passwordHash?: string; active?: boolean }): Promise<User | null>;
}

/** A signed-in browser: the cookie holds a random token, the store only its SHA-256. */
export interface StaffSession {
  tokenHash: string;
  user: User;
  /** The synchronizer token every state-changing request must carry (X-CSRF-Token). */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface StaffSessions {
  create(session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void>;
  /** The session with its user, or null when unknown, expired, or the user is disabled. */
  get(tokenHash: string): Promise<StaffSession | null>;
  delete(tokenHash: string): Promise<void>;
}
