// npm run demo: build, seed data/demo.db with demo accounts, print them, serve.
import { spawn, spawnSync } from "node:child_process";

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_PATH: process.env.DATABASE_PATH ?? "data/demo.db",
  PORT: process.env.PORT ?? "3000",
};

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npm", ["run", "--silent", "build"]);
run(process.execPath, ["--import", "tsx", "scripts/demo-seed.ts"]);
console.log(`Open http://localhost:${env.PORT} (Ctrl+C to stop)\n`);
const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
