import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Loaded through Vite, so vi.resetModules() gives a test a fresh jieba instance (tests/unit/heapImage.test.ts).
    server: { deps: { inline: ["jieba-wasm"] } },
  },
});
