import { durableStoreContract } from '../contracts/durable-contract.js';
import { pgHarness } from './harness.js';
import { describePg, useTestSchema } from './pg-test.js';

describePg('durable-store contract', () => {
  const schema = useTestSchema();
  durableStoreContract(pgHarness(schema));
});
