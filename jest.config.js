// Jest runs the TypeScript sources as ES modules through ts-jest (type checking is `npm run typecheck`).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Jest's exports resolver (resolve.exports 2.0) reads chrono-node's "./*" subpath as "./*/*"; Node resolves it right.
    '^chrono-node/en$': '<rootDir>/node_modules/chrono-node/dist/esm/locales/en/index.js',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 60000,
};
