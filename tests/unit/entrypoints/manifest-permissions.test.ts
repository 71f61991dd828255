import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import { DEFAULT_MATCHES } from '../../../protocol/defaultSites';
import config from '../../../wxt.config';
import { buildDirectory, isBuildStale, PROJECT_ROOT } from '../../e2e/build';

const SECTION = '## Privacy and permissions';
const BLANKET_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/', 'file:///*'];

/** The parts of a manifest that grant access. */
interface Access {
  permissions: string[];
  host_permissions: string[];
  optional_permissions: string[];
  optional_host_permissions: string[];
  content_script_matches: string[];
}

async function manifestFromConfig(env: Pick<ConfigEnv, 'browser' | 'manifestVersion'>): Promise<Access> {
  const declared = config.manifest;
  const manifest: UserManifest =
    typeof declared === 'function'
      ? await declared({ ...env, mode: 'production', command: 'build' })
      : ((await declared) ?? {});
  const strings = (list: unknown): string[] => (Array.isArray(list) ? list.map(String) : []);
  return {
    permissions: strings(manifest.permissions),
    host_permissions: strings(manifest.host_permissions),
    optional_permissions: strings(manifest.optional_permissions),
    optional_host_permissions: strings(manifest.optional_host_permissions),
    // The one content script declares its matches in its entrypoint.
    content_script_matches: [...DEFAULT_MATCHES],
  };
}

function builtManifest(): Access {
  const manifest = JSON.parse(readFileSync(join(buildDirectory('chrome-mv3'), 'manifest.json'), 'utf8')) as {
    [key in Exclude<keyof Access, 'content_script_matches'>]?: string[];
  } & { content_scripts?: { matches?: string[] }[] };
  return {
    permissions: manifest.permissions ?? [],
    host_permissions: manifest.host_permissions ?? [],
    optional_permissions: manifest.optional_permissions ?? [],
    optional_host_permissions: manifest.optional_host_permissions ?? [],
    content_script_matches: (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  };
}

const chrome = await manifestFromConfig({ browser: 'chrome', manifestVersion: 3 });
const firefox = await manifestFromConfig({ browser: 'firefox', manifestVersion: 2 });

/** Match patterns of the news sites: `*://*.example.com/*`, each site with its subdomains. */
const isNewsSitePattern = (pattern: string) => pattern.startsWith('*://*.');

/** Everything a manifest grants that the README must explain: permissions, hosts, and the fixed non-news sites. */
const grantsToExplain = (access: Access): string[] => [
  ...access.permissions,
  ...access.host_permissions,
  ...access.optional_permissions,
  ...access.optional_host_permissions,
  ...access.content_script_matches.filter((pattern) => !isNewsSitePattern(pattern)),
];

function privacySection(): string {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const rest = readme.slice(start + SECTION.length + 2);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The names a bullet explains: every `code` span before its first colon, as in "- `storage`: …". */
function explainedNames(section: string): string[] {
  return [...section.matchAll(/^- (.+?): /gm)].flatMap(([, head]) =>
    [...head!.matchAll(/`([^`]+)`/g)].map(([, name]) => name!),
  );
}

const unique = (names: string[]) => [...new Set(names)].sort();

describe('the README explains every permission of the manifest, and only those', () => {
  const explained = unique(explainedNames(privacySection()));
  const granted = unique([...grantsToExplain(chrome), ...grantsToExplain(firefox)]);

  it('names each permission and host of the Chrome and Firefox manifests in a bullet', () => {
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.filter((name) => !explained.includes(name))).toEqual([]);
  });

  it('names no permission or host the manifests do not have', () => {
    expect(explained.filter((name) => !granted.includes(name))).toEqual([]);
  });

  it('gives the number of news sites the content script runs on without asking', () => {
    const newsSites = chrome.content_script_matches.filter(isNewsSitePattern).length;
    expect(privacySection()).toMatch(new RegExp(`^- ${newsSites} news sites`, 'm'));
  });
});

describe('no site access is required for every site', () => {
  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: no blanket host among the required permissions, hosts or content script matches', (_, access) => {
    const required = [...access.permissions, ...access.host_permissions, ...access.content_script_matches];
    expect(required.filter((name) => BLANKET_HOSTS.includes(name))).toEqual([]);
  });

  it('every content script match names one site (with its subdomains at most)', () => {
    for (const pattern of chrome.content_script_matches)
      expect(pattern).toMatch(/^(\*|https?):\/\/(\*\.)?[^*/]+\.?\w+\/\*$/);
  });
});

const manifestPath = join(buildDirectory('chrome-mv3'), 'manifest.json');

describe.skipIf(!existsSync(manifestPath) || isBuildStale('chrome-mv3'))('the built Chrome manifest', () => {
  it('grants exactly what the configuration declares', () => {
    const built = builtManifest();
    for (const key of Object.keys(chrome) as (keyof Access)[])
      expect(unique(built[key]), key).toEqual(unique(chrome[key]));
  });
});
