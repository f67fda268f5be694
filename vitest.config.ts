import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The process logger's lines (src/observability/logger.ts) would interleave with the report.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
