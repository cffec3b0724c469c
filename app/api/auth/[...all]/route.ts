import { getAuth } from "@/server/auth/auth";
import { prepareApp } from "@/server/startup";

// better-auth's own endpoints (sign-in, sign-out, session), rate limits and origin checks included.
async function handle(request: Request): Promise<Response> {
  await prepareApp();
  return (await getAuth()).handler(request);
}

export const GET = handle;
export const POST = handle;
