import { expect } from "vitest";
import { AppError } from "@/lib/api/app-error";

/** Runs a synchronous service call that must refuse with an AppError of `code`; returns the error. */
export async function expectAppError(run: () => Promise<unknown>, code: string): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected an AppError ${code}`);
}
