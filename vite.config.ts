// Builds the web app's browser files (web/app.js, web/app.css) into dist/web/ as part of
// `npm run build`; the server serves them from there (or from web/ before a build). No CDN, no
// inline code: the pages load exactly these two files.
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    rollupOptions: {
      input: { app: "web/app.js", style: "web/app.css" },
      output: { entryFileNames: "[name].js", assetFileNames: "app[extname]", format: "es" },
    },
  },
});
