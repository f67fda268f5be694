/**
 * The rows this connection wrote last, kept so that the next read of one need not SELECT it again
 * (issue 15: a turn reads the conversation record its previous turn wrote).
 *
 * A kept row is what the database holds as long as nobody else wrote it since:
 * - another connection (another instance or process on the same file): SQLite changes
 *   `PRAGMA data_version` whenever another connection has committed, and then every kept row is
 *   dropped, whatever the commit touched;
 * - a write of this connection that is rolled back afterwards: a row written inside a transaction
 *   is kept only when that transaction is the group commit's, which tells of a rollback
 *   (`GroupCommit.onRollback`, and `lost()` before the group ends); then every kept row is dropped.
 * Writes to the table through this connection by anything but the owner of these rows are not
 * seen: the owner must be the only writer of its table on its connection (the session stores of
 * one connection share one set of rows).
 * At most `limit` rows are kept, the least recently written dropped first.
 */
import type { Db } from './database.js';
import type { GroupCommit } from './group-commit.js';

export class WrittenRows<Row> {
  private readonly rows = new Map<string, Row>();
  private readonly dataVersion;
  private seen: number;

  constructor(
    private readonly db: Db,
    private readonly limit: number,
    private readonly group: GroupCommit | null = null,
  ) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.seen = this.dataVersion.get()!;
    group?.onRollback(() => this.rows.clear());
  }

  /** The row as this connection last wrote it, if it is still what the database holds. */
  get(id: string): Row | undefined {
    const version = this.dataVersion.get()!;
    if (version !== this.seen || this.group?.lost()) {
      this.seen = version;
      this.rows.clear();
      return undefined;
    }
    return this.rows.get(id);
  }

  /** Keeps `row` as written just now, if the write is committed (or commits with the open group). */
  wrote(id: string, row: Row): void {
    this.rows.delete(id);
    if (this.limit === 0) return;
    // Inside a transaction that is not the group's (a caller's db.transaction), a rollback would not be heard.
    if (this.db.inTransaction && !this.group?.holds()) return;
    this.rows.set(id, row);
    if (this.rows.size > this.limit) this.rows.delete(this.rows.keys().next().value!);
  }

  /** Forgets the row of `id` (a write that did not land, or one whose outcome is not known here). */
  forget(id: string): void {
    this.rows.delete(id);
  }

  clear(): void {
    this.rows.clear();
  }
}
