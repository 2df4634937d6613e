#!/usr/bin/env node
// Entry point of the `journey-audit` command; the implementation is built to out/node/cli.js.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`journey-audit needs Node.js 22.12 or newer (this is ${process.version}). Run it through npm (npx journey-audit), which uses the project's Node 22.`);
  process.exit(1);
}
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'node', 'cli.js');
if (!existsSync(cli)) {
  console.error('journey-audit is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
