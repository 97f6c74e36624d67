/**
 * An http(s) URL with any user name and password removed; null for anything else
 * (`javascript:`, `data:`, `file:`, relative or unparsable). What dossier stores and shows as an
 * article's URL, canonical URL or source.
 */
export function webUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string" || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.username = "";
  u.password = "";
  return u.href;
}

/** True when `url` carries a user name or password (`http://user:pw@host/`). */
export function hasCredentials(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return u.username !== "" || u.password !== "";
  } catch {
    return false;
  }
}

/** `text` with the user-information part of every `scheme://user:pw@host` URL in it removed. */
export function redactCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi, "$1");
}
