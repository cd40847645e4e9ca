// Runs once when a server instance boots. The environment is validated here, so a production
// server without its secrets stops at start with a message naming them, not at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    console.error(JSON.stringify({ level: "fatal", msg: (error as Error).message }));
    process.exit(1);
  }
}
