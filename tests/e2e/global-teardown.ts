import fs from 'node:fs/promises';

/** Removes the run's data directory (created by the server under the system temp folder). */
export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.ESSAIM_E2E_DATA_DIR;
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}
