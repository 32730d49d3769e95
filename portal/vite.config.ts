import path from "path"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// The portal imports the plugin's typed store client by its package name; in
// this repository that is the source itself, so the types stay one.
export default defineConfig({
  root: __dirname,
  base: "/",
  plugins: [react()],
  resolve: {
    alias: { "medusa-plugin-dealer-network/client": path.join(__dirname, "..", "src", "client", "index.ts") },
  },
  css: { postcss: __dirname },
  cacheDir: path.join(__dirname, "..", ".cache", "portal-vite"),
  build: { outDir: path.join(__dirname, "dist"), emptyOutDir: true },
  server: { port: 8000, strictPort: true },
  preview: { port: 8000, strictPort: true },
})
