import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// package.json sits two folders up both from src/server and from dist/server.
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version;
