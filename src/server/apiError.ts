import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error body of the API: `{error: {code, message, field?}}`. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** An error a handler throws to answer with `status` and an `ApiErrorBody`. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string, readonly field?: string) {
    super(message);
  }
}

/** The JSON body for an error. */
export function errorBody(code: string, message: string, field?: string): ApiErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** Answers with an error body. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, field?: string): Response {
  return c.json(errorBody(code, message, field), status);
}

/** A zod issue list → the first issue as one message naming its field. */
export function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { field: string; message: string } {
  const i = issues[0];
  const field = i ? i.path.map(String).join(".") : "";
  return { field, message: i ? `${field || "body"}: ${i.message}` : "invalid input" };
}
