// The fake GitHub lives in fake-github/, one module per resource; this keeps the short import path.
export * from './fake-github/index.js';
