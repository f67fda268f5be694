/** Child process for the ticket concurrency test: its own connection to the same file, creating orders at once. */
import { openDatabase } from '../../../src/store/sqlite/database.js';
import { SqliteWorkOrders } from '../../../src/store/sqlite/work-orders.js';

const [dir, count, now] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dir);
const orders = new SqliteWorkOrders(db, { arrivalMinutes: { urban: 45, rural: 90, remote: 120 }, now: () => new Date(now) });

// Wait for the parent's "go" so every process writes at the same time.
process.once('message', async () => {
  const ids: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const order = await orders.create({
      kind: 'repair', urgent: false, danger: false, scope: 'home', account: null, phone: null,
      address: '城关区', areaId: 'chengguan', description: `w${i}`, channel: 'voice', conversationId: `c${i}`,
    });
    ids.push(order.id);
  }
  db.close();
  process.send!(ids, () => process.disconnect());
});
process.send!('ready');
