import { ZodError } from "zod";
import { AppError } from "@/lib/api/app-error";

/**
 * Reports why a command failed, on stderr. Errors the application means (AppError, invalid input)
 * get one line an operator can act on; anything else is a bug, so it keeps its stack.
 */
export function printError(error: unknown): void {
  if (error instanceof AppError) {
    console.error(`error: ${error.message}`);
  } else if (error instanceof ZodError) {
    const reasons = error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
    console.error(`error: ${reasons.join("; ")}`);
  } else {
    console.error(error);
  }
}
