/**
 * The durable-store contract: every port of the Services bundle but the outbox (local SQLite by
 * design), run against each adapter set (sqlite.test.ts here, postgres/durable-contract.test.ts).
 */
import { describe } from 'vitest';
import { announcementsContract } from './announcements.contract.js';
import { billingContract } from './billing.contract.js';
import { blacklistContract } from './blacklist.contract.js';
import { callbacksContract } from './callbacks.contract.js';
import { customersContract } from './customers.contract.js';
import { escalationsContract } from './escalations.contract.js';
import type { DurableHarness } from './harness.js';
import { idempotencyContract } from './idempotency.contract.js';
import { outagesContract } from './outages.contract.js';
import { rosterContract } from './roster.contract.js';
import { seedContract } from './seed.contract.js';
import { workOrdersContract } from './work-orders.contract.js';

export function durableStoreContract(h: DurableHarness): void {
  describe('customers', () => customersContract(h));
  describe('outages', () => outagesContract(h));
  describe('work orders', () => workOrdersContract(h));
  describe('duty roster', () => rosterContract(h));
  describe('callbacks', () => callbacksContract(h));
  describe('escalations', () => escalationsContract(h));
  describe('incidents and blacklist', () => blacklistContract(h));
  describe('announcements', () => announcementsContract(h));
  describe('billing', () => billingContract(h));
  describe('demo seed', () => seedContract(h));
  describe('exactly once (idempotency keys)', () => idempotencyContract(h));
}
