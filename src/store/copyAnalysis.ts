import { createDocument } from "../document/createDocument.js";
import type { Analysis, MetadataCandidate } from "../types.js";

/** The metadata a copy of a stored text has of its own. */
export interface CopyMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The metadata candidates the reader saw for this copy (none when loaded from a store). */
  metadataCandidates?: MetadataCandidate[];
}

/**
 * The shared analysis of a text as seen from one copy of it: every layer is the analysis of the
 * text (the same spans, the same offsets), the document carries the copy's own title, outlet,
 * date and URL. Relative dates keep the anchor of the analysed copy (the text was not re-read).
 */
export function copyAnalysis(analysis: Analysis, meta: CopyMetadata): Analysis {
  const d = analysis.document;
  const document = createDocument({ text: d.text, title: meta.title, outlet: meta.outlet, published: meta.published, url: meta.url, language: d.language, metadataCandidates: meta.metadataCandidates });
  return { ...analysis, document };
}
