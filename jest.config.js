/** Jest: ts-jest for TypeScript; jsdom only for task-pane component tests (they opt in with a docblock). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, isolatedModules: true, ignoreDeprecations: '6.0' } }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  globalSetup: '<rootDir>/test/global-setup.js',
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
};
