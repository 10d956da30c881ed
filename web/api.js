// api.js — every call to the JSON API goes through here; errors come back as {error, detail}.
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.detail ? `${body.error}: ${body.detail}` : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export const api = {
  health: () => getJson('/api/health'),
  graph: (limit = 500) => getJson(`/api/graph?limit=${encodeURIComponent(limit)}`),
};
