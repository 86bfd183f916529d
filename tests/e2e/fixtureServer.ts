/**
 * Serves ../shared/fixtures/kxdb as www.kxdb.com: routes.json maps each URL
 * (path + query) to a file. Chromium's --host-resolver-rules sends
 * www.kxdb.com here, so tests open the real kxdb.com URLs offline.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";

export const FIXTURES = resolve(process.env.KXDB_SHARED ?? "../shared", "fixtures/kxdb");

export interface Route {
  route: string;
  file: string;
  kind: string;
  title?: string;
  date?: string;
}

export const routes: Route[] = JSON.parse(readFileSync(join(FIXTURES, "routes.json"), "utf8"));

/** Extra pages tests add (a changed template, a huge page, generated PDFs …): route → HTML, or a typed body. */
export const extraPages = new Map<string, string | { type: string; body: Uint8Array }>();

export async function startFixtureServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const extra = extraPages.get(url);
    const route = routes.find((r) => r.route === url);
    if (extra === undefined && !route) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>404</title><p>not found</p>");
      return;
    }
    if (extra !== undefined && typeof extra !== "string") {
      res.writeHead(200, { "content-type": extra.type, "content-length": extra.body.byteLength });
      res.end(Buffer.from(extra.body));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(extra ?? readFileSync(join(FIXTURES, (route as Route).file)));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, port: (server.address() as AddressInfo).port };
}
