import { describe } from 'vitest';
import { SqliteHandovers, SqliteTranscripts } from '../../../src/store/sqlite/chats.js';
import type { Db } from '../../../src/store/sqlite/database.js';
import { SqliteStaffSessions, SqliteUsers } from '../../../src/store/sqlite/staff.js';
import type { StaffStores } from '../../../src/services/staff-stores.js';
import { fileDb, tempDir } from '../helpers.js';
import { staffContract } from './staff.contract.js';

export function sqliteStaff(db: Db, now: () => Date): StaffStores {
  return {
    users: new SqliteUsers(db, now),
    signIns: new SqliteStaffSessions(db, now),
    transcripts: new SqliteTranscripts(db, now),
    handovers: new SqliteHandovers(db, now),
  };
}

describe('duty-desk store contract: SQLite', () =>
  staffContract({
    name: 'SQLite',
    async open(now) {
      const dir = tempDir();
      return { staff: sqliteStaff(fileDb(dir), now), second: async () => sqliteStaff(fileDb(dir), now) };
    },
  }));
