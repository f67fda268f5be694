/** The duty desk's stores (issue 12), beside the flows' Services bundle: SQLite or PostgreSQL with the durable data. */
import type { Handovers, StaffSessions, Transcripts, Users } from './ports.js';

export interface StaffStores {
  users: Users;
  /** Sign-in sessions of the console. */
  signIns: StaffSessions;
  transcripts: Transcripts;
  handovers: Handovers;
}
