/**
 * One HTTP request on its own connection. The benchmark blocks its event loop for seconds at a
 * time (in-process measurements); a kept-alive socket that the app closed meanwhile would then
 * fail the next request ("other side closed"), so nothing is kept alive.
 */
import http from "node:http";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export function httpRequest(url: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) }, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}
