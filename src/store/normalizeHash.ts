/** Accepts `sha256:<hex>` or a bare 64-digit hex digest and returns the `sha256:<hex>` form. */
export function normalizeHash(hash: string): string {
  return /^[0-9a-f]{64}$/i.test(hash) ? `sha256:${hash.toLowerCase()}` : hash;
}
