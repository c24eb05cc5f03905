import { existsSync } from 'node:fs';

// Commands read .env as Next.js does, so DATABASE_URL there means the same to `npm start`,
// the user CLI and the server. Variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');
