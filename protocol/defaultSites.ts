/** News sites the content script runs on without asking: the bundled outlets and other major outlets. */
export const DEFAULT_SITE_DOMAINS: readonly string[] = [
  'dailymail.co.uk',
  'metro.co.uk',
  'nytimes.com',
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'aljazeera.com',
  'kyivindependent.com',
  'cnn.com',
  'dw.com',
  'meduza.io',
  'themoscowtimes.com',
  'washingtonpost.com',
  'ft.com',
  'economist.com',
  'politico.eu',
  'politico.com',
  'npr.org',
  'cbsnews.com',
  'nbcnews.com',
  'abcnews.go.com',
  'france24.com',
  'euronews.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'skynews.com',
  'news.sky.com',
  'kyivpost.com',
  'pravda.com.ua',
  'ukrinform.net',
  'bloomberg.com',
  'axios.com',
  'foxnews.com',
  'usatoday.com',
  'latimes.com',
  'wsj.com',
  'theatlantic.com',
  'newsweek.com',
];

/** Local hosts, so pages served from this computer (demo and test articles) are checked too. */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** Match patterns of the default sites, each with its subdomains, plus the local hosts over http. */
export const DEFAULT_MATCHES: string[] = [
  ...DEFAULT_SITE_DOMAINS.map((domain) => `*://*.${domain}/*`),
  ...LOCAL_HOSTS.map((host) => `http://${host}/*`),
];

/** True when the content script runs on the host without the user turning it on. */
export function isDefaultSite(host: string): boolean {
  const name = host.toLowerCase();
  if (LOCAL_HOSTS.includes(name)) return true;
  return DEFAULT_SITE_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}
