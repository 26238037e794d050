import { defineConfig, devices } from '@playwright/test';
import { explainerEnv } from './src/core/env.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './tests/browser/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4399);
const { base } = explainerEnv();

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: { args: CHROMIUM_ARGS, ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { args: CHROMIUM_ARGS, ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}) } } }],
  webServer: {
    command: `node scripts/author/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
