import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePath, servedArticles } from '../scripts/serve-articles';
import type { ArticlePage } from '../tests/fixtures/pages/article-page';
import { articleHtml } from '../tests/fixtures/pages/html';
import { bigTableHtml } from './bigTable';
import { generatedPageText, generatedSource } from './generated';

/** The pages the browser bench opens: a typical article, very long pages, and one to hover. */
export const BENCH_PAGES = {
  typical: servedArticles.find((article) => article.outlet === 'Reuters')!.id,
  oneMegabyte: 'bench-1mb',
  fiveMegabytes: 'bench-5mb',
  hover: 'bench-hover',
  notAboutKursk: 'bench-not-about-kursk',
  bigTable: 'bench-big-table',
} as const;

/** Generated reports no source file holds, so every stored source is another source for them. */
const HOVER_PAGE_SEED = 99;
const HOVER_PAGE_ARTICLES = 12;

function longPage(id: string, chars: number, seed: number): ArticlePage {
  return {
    id,
    outlet: 'The Long Read Courier',
    title: 'Every report from the Kursk front, in one page',
    byline: null,
    published: '2025-02-01',
    text: generatedPageText(chars, seed),
  };
}

/** The typical article's page about another place: a news page the content script runs on and leaves be. */
function notAboutKurskPage(): ArticlePage {
  const typical = servedArticles.find((article) => article.id === BENCH_PAGES.typical)!;
  const elsewhere = (text: string) => text.replace(/Kursk/gi, 'Kherson');
  return {
    ...typical,
    id: BENCH_PAGES.notAboutKursk,
    title: elsewhere(typical.title),
    text: elsewhere(typical.text),
  };
}

function hoverPage(): ArticlePage {
  const reports = Array.from({ length: HOVER_PAGE_ARTICLES }, (_, n) => generatedSource(n, HOVER_PAGE_SEED));
  return {
    id: BENCH_PAGES.hover,
    outlet: 'The Border Gazette',
    title: 'Kursk: the week in reports',
    byline: null,
    published: '2025-02-15',
    text: reports.map((report) => report.text).join('\n\n'),
  };
}

export interface BenchServer {
  pageUrl(id: string): string;
  /** Characters of article text on a page. */
  textLength(id: string): number;
  close(): Promise<void>;
}

/** Serves the local article server's articles and the bench's own pages on 127.0.0.1. */
export async function startBenchServer(): Promise<BenchServer> {
  const pages: ArticlePage[] = [
    ...servedArticles,
    longPage(BENCH_PAGES.oneMegabyte, 1_000_000, 1),
    longPage(BENCH_PAGES.fiveMegabytes, 5_000_000, 5),
    hoverPage(),
    notAboutKurskPage(),
  ];
  const html = new Map(pages.map((page) => [articlePath(page.id), articleHtml(page)]));
  html.set(articlePath(BENCH_PAGES.bigTable), bigTableHtml());
  const server = createServer((request, response) => {
    const page = html.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (page === undefined) return send(response, 404, 'Not found');
    send(response, 200, page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    pageUrl: (id) => `${origin}${articlePath(id)}`,
    textLength: (id) => pages.find((page) => page.id === id)?.text.length ?? 0,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}
