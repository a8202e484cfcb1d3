import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = process.env.APPRODO_API_URL ?? "http://localhost:3000";

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
      "/healthz": { target: apiTarget, changeOrigin: false },
    },
  },
});
