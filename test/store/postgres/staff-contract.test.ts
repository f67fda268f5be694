import { pgStaff } from '../../../src/store/postgres/open.js';
import { staffContract } from '../contracts/staff.contract.js';
import { emptySchema } from './harness.js';
import { describePg, useTestSchema } from './pg-test.js';

describePg('duty-desk store contract', () => {
  const schema = useTestSchema();
  staffContract({
    name: 'PostgreSQL',
    async open(now) {
      await emptySchema(schema.pool);
      const other = schema.newPool();
      return { staff: pgStaff(schema.pool, now), second: async () => pgStaff(other, now) };
    },
  });
});
