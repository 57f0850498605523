import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    setupFiles: ['src/server/test/setup.ts'],
    pool: 'forks',
    // Every test on its own line, so the output shows which engine each database test ran on.
    reporters: ['verbose'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', NODE_ENV: 'test' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['src/**/*.browser.test.ts'], fileParallelism: false, testTimeout: 60_000 },
      },
    ],
  },
});
