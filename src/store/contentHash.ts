import { createHash } from "node:crypto";

/** `sha256:<hex>` of the article text: the duplicate key (same as `document.id` from the engine). */
export function contentHash(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}
