import { describe } from 'vitest';
import { durableStoreContract } from './durable-contract.js';
import { sqliteHarness } from './sqlite-harness.js';

describe('durable-store contract: SQLite', () => durableStoreContract(sqliteHarness));
