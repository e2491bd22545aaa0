// The only module that talks to the backend. The commands and their types are generated from
// the Rust declarations (commands.ts, bindings.ts); every failure arrives as an ApiError
// {code, message, field}.
import { invoke } from "@tauri-apps/api/core";
import type {
  ApiError,
  AppStatus,
  Template,
  Review,
  ReviewContext,
  ReviewListItem,
  ReviewReport,
} from "./bindings";
import { commands } from "./commands";

export type * from "./bindings";
export type { AppStatus, Template, Review, ReviewContext, ReviewListItem, ReviewReport };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    "message" in value &&
    typeof (value as { message: unknown }).message === "string"
  );
}

/** Normalises anything thrown by `invoke` into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return { code: "internal", message: String(error), field: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

/** Every command, named and typed from its Rust declaration (see commands.ts). */
export const api = commands(call);
