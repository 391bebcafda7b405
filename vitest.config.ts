import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Argon2id and SQLCipher are deliberately slow; command-line tests spawn npm.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: left to itself vitest ran one at a time on CI's two cores, and most
    // of the slow files wait on child processes (the command line, the memory test) rather
    // than on the processor.
    maxWorkers: 2,
  },
});
