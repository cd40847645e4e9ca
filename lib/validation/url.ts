/**
 * Whether a request's URL can name nothing: a NUL byte anywhere ("%00"; a raw one never reaches a
 * handler), or a path whose percent-encoding is not UTF-8 ("%FF"). The first is refused by
 * PostgreSQL in text, so it caused a 500 wherever a filter or an id carried it to the database;
 * the second makes Next.js fail decoding the route's params, a 500 as well. The proxy (pages,
 * downloads) and apiRoute (/api/v1) answer both with a 400 before anything runs.
 */
export function isUnusableUrl(url: string): boolean {
  if (url.includes("%00")) return true;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/s, "");
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
