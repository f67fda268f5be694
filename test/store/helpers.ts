import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { NewWorkOrder } from '../../src/services/ports.js';
import type { ConversationRecord } from '../../src/engine/session-store.js';
import { openDatabase, type Db } from '../../src/store/sqlite/database.js';
import { migrate } from '../../src/store/sqlite/migrations.js';
import { seedDemoData } from '../../src/store/seed.js';

export const ARRIVAL = { urban: 45, rural: 90, remote: 120 };

const opened: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A migrated private in-memory database, closed after the test. */
export function memoryDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  opened.push(db);
  return db;
}

/** A migrated in-memory database with the demo data (areas, customers, roster, demo outage at `now`). */
export function demoDb(now = new Date()): Db {
  const db = memoryDb();
  seedDemoData(db, now);
  return db;
}

/** Opens a migrated database file in `dir`, closed after the test. */
export function fileDb(dir: string): Db {
  const db = openDatabase(dir);
  migrate(db);
  opened.push(db);
  return db;
}

/** A temporary directory removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), '95598-store-'));
  dirs.push(dir);
  return dir;
}

export function conversation(id: string, version: number, patch: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id,
    version,
    flow: 'inbound',
    channel: 'voice',
    caller: '+8613800138000',
    locale: 'zh-CN',
    snapshot: { status: 'active', value: { fault: 'askScope' }, context: { attempts: version, notes: ['东山镇'] } },
    status: 'active',
    lastTurn: {
      conversationId: id,
      version,
      locale: 'zh-CN',
      prompts: [{ key: 'fault.askScope', values: { company: '国网示范供电公司' } }],
      ask: null,
      end: null,
      state: 'fault.askScope',
    },
    createdAt: '2026-11-25T02:00:00.000Z',
    updatedAt: `2026-11-25T02:00:${String(version).padStart(2, '0')}.000Z`,
    ...patch,
  };
}

/** A repair work order as the fault flow files it; patch what a test varies. */
export const sampleOrder = (patch: Partial<NewWorkOrder> = {}): NewWorkOrder => ({
  kind: 'repair',
  urgent: true,
  danger: true,
  scope: 'building',
  account: '3100123456',
  phone: '+8613800138000',
  address: '城关区人民路88号3栋',
  areaId: 'chengguan',
  description: '整栋楼停电,楼道有火花',
  channel: 'voice',
  conversationId: 'CA-1',
  ...patch,
});
