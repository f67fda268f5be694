import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when the module at moduleUrl is the program being run, not one imported by a test. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
