import { env } from "@/lib/server/env";

/** Stops the process with the reason when the environment is invalid (see lib/server/env.ts). */
export function validateEnvironmentAtBoot(): void {
  try {
    env();
  } catch (error) {
    console.error(JSON.stringify({ level: "fatal", time: new Date().toISOString(), msg: (error as Error).message }));
    process.exit(1);
  }
}
