/**
 * Expected outcomes of a call to the sync server, as values (STYLE.md §7): the engine branches on
 * `reason`, the user sees `message`.
 */
export type HttpFailure =
  | { ok: false; reason: 'offline'; message: string }
  | { ok: false; reason: 'unauthorized'; code: string; message: string }
  | {
      ok: false;
      reason: 'rejected';
      status: number;
      code: string;
      message: string;
      body: Record<string, unknown>;
    }
  | { ok: false; reason: 'server'; status: number; message: string };

export type HttpResult<T> = { ok: true; status: number; data: T } | HttpFailure;

export interface HttpOptions {
  baseUrl: string;
  token: string | null;
  fetch?: typeof fetch;
}

/** A request body already serialised as JSON, sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

const OFFLINE = 'Không kết nối được máy chủ. Dữ liệu vẫn được giữ trên máy và sẽ gửi khi có mạng.';
const SERVER = 'Máy chủ đang gặp sự cố. Thiết bị sẽ tự thử lại.';

/** One JSON call. Network failures and 5xx are retryable; 4xx carry the server's code and sentence. */
export async function callJson<T>(
  options: HttpOptions,
  method: string,
  path: string,
  body?: unknown,
  init: { signal?: AbortSignal } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(new URL(path, options.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof JsonText ? body.text : JSON.stringify(body),
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, reason: 'offline', message: OFFLINE };
  }
  return readResponse<T>(response);
}

/**
 * The outcome a response stands for. A body that breaks off (the link dropped after the status came) is
 * `offline`, as a request that never got an answer: the call is retried, and an `ok` with no data is never
 * handed on.
 */
export async function readResponse<T>(response: Response): Promise<HttpResult<T>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, reason: 'offline', message: OFFLINE };
  }
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const body = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const code = typeof body.error === 'string' ? body.error : `http-${response.status}`;
  const message = typeof body.message === 'string' ? body.message : SERVER;
  if (response.status === 401) return { ok: false, reason: 'unauthorized', code, message };
  if (response.status >= 500)
    return { ok: false, reason: 'server', status: response.status, message: SERVER };
  return { ok: false, reason: 'rejected', status: response.status, code, message, body };
}
