import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceSchema, type Source } from '../data/schema';

type SeedMeta = Omit<Source, 'id' | 'text'> & { file: string };

function slugFor(file: string, outlet: string): string {
  const number = file.split('_')[0];
  const name = outlet
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${number}-${name}`;
}

function main(): void {
  const seedsDir = resolve(process.argv[2] ?? '../shared/seeds');
  const outDir = resolve(process.argv[3] ?? 'data/sources');
  const metas = JSON.parse(readFileSync(join(seedsDir, 'sources.json'), 'utf8')) as SeedMeta[];
  mkdirSync(outDir, { recursive: true });

  for (const meta of metas) {
    const source = sourceSchema.parse({
      id: `bundled-${meta.file.split('_')[0]}`,
      file: meta.file,
      outlet: meta.outlet,
      title: meta.title,
      byline: meta.byline,
      published: meta.published,
      publishedNote: meta.publishedNote,
      url: meta.url,
      text: readFileSync(join(seedsDir, meta.file), 'utf8'),
    });
    const outFile = join(outDir, `${slugFor(meta.file, meta.outlet)}.json`);
    writeFileSync(outFile, JSON.stringify(source, null, 2) + '\n');
    console.log(`wrote ${outFile}`);
  }
}

main();
