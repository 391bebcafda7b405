import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Argon2id and SQLCipher are deliberately slow; command-line tests spawn npm.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
