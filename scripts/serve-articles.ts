/**
 * Serves realistic news pages on 127.0.0.1 so the extension can be tried and tested without the web:
 * one page per bundled source at /article/<id>, a Kursk report that is not bundled at
 * /article/unbundled-kursk, a page without Kursk at /article/no-kursk, and an index at /.
 *
 * Run on its own: `npx tsx scripts/serve-articles.ts [--port N]` (Ctrl+C stops it).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { bundledSources } from '../data/sources/index';
import type { ArticlePage } from '../tests/fixtures/pages/article-page';
import { articleHtml, indexHtml } from '../tests/fixtures/pages/html';
import { noKurskArticle } from '../tests/fixtures/pages/no-kursk';
import { unbundledKurskArticle } from '../tests/fixtures/pages/unbundled-kursk';

export const servedArticles: readonly ArticlePage[] = [
  ...bundledSources.map(({ id, outlet, title, byline, published, text }) => ({
    id,
    outlet,
    title,
    byline,
    published,
    text,
  })),
  unbundledKurskArticle,
  noKurskArticle,
];

export const articlePath = (id: string): string => `/article/${encodeURIComponent(id)}`;

export interface ArticleServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  articleUrl(id: string): string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

function pageFor(path: string): string | null {
  if (path === '/') return indexHtml(servedArticles, articlePath);
  const article = servedArticles.find((candidate) => articlePath(candidate.id) === path);
  return article ? articleHtml(article) : null;
}

export async function startArticleServer(port = 0): Promise<ArticleServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed');
    const html = pageFor(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === null) return send(response, 404, '<!doctype html><title>Not found</title><p>Not found</p>');
    send(response, 200, html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articleUrl: (id) => `${origin}${articlePath(id)}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function portArgument(args: readonly string[]): number {
  const index = args.indexOf('--port');
  if (index === -1) return 0;
  const port = Number(args[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write('serve-articles: --port needs a number between 0 and 65535\n');
    process.exit(2);
  }
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startArticleServer(portArgument(process.argv.slice(2)));
  process.stdout.write(`Articles served at ${server.origin}/\n`);
  for (const article of servedArticles)
    process.stdout.write(`  ${server.articleUrl(article.id)}  ${article.outlet}\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
}
