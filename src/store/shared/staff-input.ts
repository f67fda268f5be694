/** Checks on users every adapter shares (issue 12): a RangeError names what is wrong. */
import { ROLES, type NewUser, type Role, type Users } from '../../services/ports.js';

/** Names people are known by on the desk: letters (any script), digits, spaces, . _ - ; 1-40 characters. */
const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._·-]{0,39}$/u;

export function checkUserName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!USER_NAME.test(trimmed)) {
    throw new RangeError('a user name is 1-40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit');
  }
  return trimmed;
}

export function checkRole(role: Role): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new RangeError(`role must be one of ${ROLES.join(', ')}, got '${String(role)}'`);
  return role;
}

function checkHash(hash: string): string {
  // Only hashes reach the store: a PHC string such as $argon2id$v=19$..., never a password.
  if (typeof hash !== 'string' || !/^\$[a-z0-9-]+\$/.test(hash)) throw new RangeError('passwordHash must be a PHC hash string ($argon2id$...)');
  return hash;
}

export function checkNewUser(user: NewUser): NewUser {
  const by = typeof user.by === 'string' ? user.by.trim() : '';
  if (!by) throw new RangeError('by (who adds the user) is required');
  return { name: checkUserName(user.name), role: checkRole(user.role), passwordHash: checkHash(user.passwordHash), by };
}

export function checkUserChange(change: Parameters<Users['update']>[1]): void {
  if (change.role !== undefined) checkRole(change.role);
  if (change.passwordHash !== undefined) checkHash(change.passwordHash);
  if (change.active !== undefined && typeof change.active !== 'boolean') throw new RangeError('active must be true or false');
}
