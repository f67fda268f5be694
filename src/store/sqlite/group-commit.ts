/**
 * One commit for a turn's writes to the embedded database (issue 15): the conversation record's
 * compare-and-set, the duty desk's transcript lines, and what the turn's service calls write (a
 * work order) are one transaction instead of one each.
 *
 *   run(turn)  a transaction is opened (BEGIN IMMEDIATE) or the open one joined; the turn runs;
 *              when the last turn in it is done the transaction commits, and only then does run()
 *              resolve: the caller hears the answer after what it said is on disk.
 *
 * A turn that waits on something slow (a macrotask) keeps the transaction open for those that
 * joined it; a safety commit at the end of the event loop's iteration ends it anyway (what is
 * written by then is committed; later writes commit on their own or in the next group). When the
 * commit fails or SQLite rolled the transaction back (disk full, I/O error), every turn in it
 * fails: none of its writes is kept, so nothing is recorded half and the caller is apologized to
 * and handed over (N21) by the channel. When the write lock is held by another process longer than
 * the busy timeout, the turn runs without a group: its writes commit one by one, as before.
 *
 * Nested better-sqlite3 transactions (db.transaction) inside a group become savepoints.
 *
 * What keeps copies of rows it wrote (the session store's written rows) asks `holds()` whether a
 * write made now commits with a group, and hears `onRollback` when a group's writes are gone.
 */
import type { Db } from './database.js';

interface Group {
  members: number;
  done: Promise<void>;
  settle: (error?: unknown) => void;
}

export class GroupCommit {
  private readonly begin;
  private readonly commitStatement;
  private readonly rollback;
  private current: Group | null = null;
  private safety: NodeJS.Immediate | null = null;
  private readonly rollbackListeners: (() => void)[] = [];

  constructor(private readonly db: Db) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commitStatement = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  /** Runs one turn with its writes in the open group; resolves after the group is committed. */
  async run<T>(turn: () => Promise<T>): Promise<T> {
    const group = this.join();
    if (!group) return turn();
    let result: T;
    try {
      result = await turn();
    } finally {
      this.leave(group);
    }
    await group.done;
    return result;
  }

  /** Commits the open group now (before the database is closed). */
  flush(): void {
    if (this.current) this.commit(this.current);
  }

  /** Whether the connection's open transaction is a group's: a write made now commits, or is rolled back, with it. */
  holds(): boolean {
    return this.current !== null && this.db.inTransaction;
  }

  /**
   * Whether the open group's transaction was rolled back by SQLite already (an I/O error in one of
   * its statements): its writes are gone, though the group has not ended yet.
   */
  lost(): boolean {
    return this.current !== null && !this.db.inTransaction;
  }

  /** Told when a group's writes were rolled back (none of them is kept). */
  onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  private join(): Group | null {
    if (!this.current) {
      // Someone else's transaction (a synchronous one cannot span a turn): no group then.
      if (this.db.inTransaction) return null;
      try {
        this.begin.run();
      } catch {
        return null; // the write lock is held elsewhere: the turn's writes commit one by one
      }
      let settle!: Group['settle'];
      const done = new Promise<void>((resolve, reject) => {
        settle = (error) => (error === undefined ? resolve() : reject(error as Error));
      });
      // Awaited by each member; never an unhandled rejection when a member has left already.
      done.catch(() => undefined);
      this.current = { members: 0, done, settle };
      const group = this.current;
      this.safety = setImmediate(() => this.commit(group));
    }
    this.current.members++;
    return this.current;
  }

  private leave(group: Group): void {
    group.members--;
    if (group.members === 0 && this.current === group) this.commit(group);
  }

  private commit(group: Group): void {
    if (this.current !== group) return;
    this.current = null;
    if (this.safety) clearImmediate(this.safety);
    this.safety = null;
    if (!this.db.inTransaction) {
      // SQLite rolled it back (an I/O error, a full disk, RAISE(ROLLBACK)): nothing of it is kept.
      this.rolledBack();
      group.settle(new Error('the turn writes were rolled back by the database; none of them is kept'));
      return;
    }
    try {
      this.commitStatement.run();
      group.settle();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      this.rolledBack();
      group.settle(error);
    }
  }

  private rolledBack(): void {
    for (const listener of this.rollbackListeners) listener();
  }
}
