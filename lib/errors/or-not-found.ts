import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/**
 * For pages: the use case's result, or the not-found page when it reports NOT_FOUND — which is
 * also how an out-of-scope resource is reported, so both look the same to the visitor.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
