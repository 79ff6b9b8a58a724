import { currentLanguage, i18n } from '../i18n/i18n.ts';

/** Base of every API call. The server serves the SPA and the API on the same origin. */
export const apiBase = '/api/v1';

/** The error shape every endpoint sends: `{ "error": { "code", "message", "fields" } }`. */
export type ApiErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string> };
};

/** A failed API call. `status` is 0 when the server could not be reached. `fields` maps a field to its message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as the query string; `undefined` and `null` values are left out. */
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (!isRecord(value) || !isRecord(value.error)) return false;
  const { code, message, fields } = value.error;
  return (
    typeof code === 'string' &&
    typeof message === 'string' &&
    (fields === undefined || (isRecord(fields) && Object.values(fields).every((v) => typeof v === 'string')))
  );
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = `${apiBase}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values as readonly QueryValue[]) {
      if (item !== undefined && item !== null) params.append(key, String(item));
    }
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the API: JSON in and out, the current language in `Accept-Language`, cookies on the same origin only.
 * Resolves with the parsed body (undefined for an empty one); rejects with an `ApiError`.
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    // An abort is the caller's decision (TanStack Query cancels stale requests): pass it through unchanged.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', i18n.t('common:errors.network'));
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(payload)) {
      const { code, message, fields } = payload.error;
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(
      response.status,
      'unexpected_response',
      i18n.t('common:errors.unexpected', { status: response.status }),
    );
  }
  return payload as T;
}

export type UploadOptions = {
  /** Sent as it is (a file the server reads whole), under `contentType`. */
  body: Blob;
  contentType: string;
  /** Appended as the query string; `undefined` and `null` values are left out. */
  query?: RequestOptions['query'];
  /** The upload's progress, 0 to 1, when the browser knows the total. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

function abortError(): DOMException {
  return new DOMException('The upload was aborted.', 'AbortError');
}

/** An upload's failure: the server's error when it sent one, a generic « unexpected » otherwise. */
function uploadError(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const fields = isRecord(error.fields) ? (error.fields as Record<string, string>) : {};
  return new ApiError(
    status,
    text(error.code) ?? 'unexpected_response',
    text(error.message) ?? i18n.t('common:errors.unexpected', { status }),
    fields,
  );
}

/**
 * Sends a file and reports the upload's progress. An XMLHttpRequest rather than fetch, because only it reports the
 * upload's progress, which a large file needs. Resolves and rejects like `apiRequest`: the parsed body, an
 * `ApiError` (status 0 when the server could not be reached), or the `AbortError` of an aborted `signal`.
 */
export function uploadWithProgress<T>(
  method: 'POST' | 'PUT',
  path: string,
  options: UploadOptions,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const settle = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.open(method, buildUrl(path, options.query));
    xhr.setRequestHeader('Content-Type', options.contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError(0, 'network_error', i18n.t('common:errors.network')));
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    xhr.onload = () => {
      settle();
      let payload: unknown;
      try {
        payload = JSON.parse(xhr.responseText) as unknown;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(uploadError(xhr.status, payload));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(options.body);
  });
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, options),
};
