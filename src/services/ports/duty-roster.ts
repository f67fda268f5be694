/** The duty roster: who the duty supervisor (当值值长) is at a given time, primary then backups. */

export interface DutyShift {
  /** Local time of day, "HH:MM" (Asia/Shanghai); a shift may wrap past midnight. */
  from: string;
  to: string;
  /** Ordered chain: primary first, then backups. */
  chain: { name: string; phone: string }[];
}

export interface DutyRoster {
  /** The shift in force at this instant. */
  onDuty(at: Date): Promise<DutyShift | null>;
}

/** Everything the flows may use, handed to the engine as one bundle. */
