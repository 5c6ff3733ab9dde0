#!/usr/bin/env node
// The `backstory` command. The CLI is TypeScript over the same core the extension bundles;
// tsx runs it directly so a checkout needs no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
