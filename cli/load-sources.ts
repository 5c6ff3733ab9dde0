/**
 * Reading the database's source files (Node only): one YAML file per entry under
 * `assets/context/<kind>/<id>.yaml`. Parse errors and misplaced files become problems in the same
 * form as schema errors, so `pack check` reports everything in one list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { Problem } from '../core/validate-entry.ts';

/** Where the entry sources are; BACKSTORY_CONTEXT_DIR builds the pack from another tree. */
export const DEFAULT_SOURCE_DIR = process.env.BACKSTORY_CONTEXT_DIR || 'assets/context';

/** Parsed source files, in a stable order, and the problems found reading them. */
export interface LoadedSources {
  values: unknown[];
  problems: Problem[];
  files: string[];
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(path);
  }
  return out;
}

/** Load every entry source under `dir`. */
export function loadEntrySources(dir: string = DEFAULT_SOURCE_DIR): LoadedSources {
  const values: unknown[] = [];
  const problems: Problem[] = [];
  const files = yamlFiles(dir);
  for (const file of files) {
    const where = relative(process.cwd(), file);
    const id = basename(file).replace(/\.ya?ml$/, '');
    let value: unknown;
    try {
      // Core schema: dates stay strings, and no custom tags can construct objects.
      value = parse(readFileSync(file, 'utf8'), { schema: 'core', uniqueKeys: true, maxAliasCount: 100 });
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
      problems.push({ severity: 'error', entry: id, field: '', message: `${where} is not valid YAML: ${message}` });
      continue;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (record.id !== id) problems.push({ severity: 'error', entry: id, field: 'id', message: `${where} must hold the entry whose id is "${id}" (found ${JSON.stringify(record.id)})` });
      const folder = basename(dirname(file));
      if (record.kind !== folder) problems.push({ severity: 'error', entry: id, field: 'kind', message: `${where} is in the "${folder}" folder but its kind is ${JSON.stringify(record.kind)}` });
    }
    values.push(value);
  }
  return { values, problems, files };
}
