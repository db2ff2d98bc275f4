const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Compilation, WebpackError } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The manifest's development base URL; a production build rewrites it to ADDIN_URL. */
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/**
 * Rewrites the development URLs of manifest.xml for production (Microsoft's template does the same in its copy
 * step): every `https://localhost:3000/…` URL moves under ADDIN_URL and the AppDomain becomes ADDIN_URL's origin.
 */
function productionManifest(content, addinUrl) {
  const base = new URL(addinUrl.endsWith("/") ? addinUrl : `${addinUrl}/`);
  if (base.protocol !== "https:") {
    throw new Error(`ADDIN_URL must be an https URL (Office loads add-ins over https only), got ${addinUrl}`);
  }
  const devOrigin = new URL(DEV_URL).origin;
  return content.toString().replaceAll(DEV_URL, base.href).replaceAll(`>${devOrigin}<`, `>${base.origin}<`);
}

/**
 * The https options for the dev server when office-addin-dev-certs has created its certificates
 * (`npx office-addin-dev-certs install`), otherwise undefined: the server then falls back to plain http.
 */
function devCertificates() {
  const certs = require("office-addin-dev-certs/lib/defaults");
  const files = { ca: certs.caCertificatePath, cert: certs.localhostCertificatePath, key: certs.localhostKeyPath };
  if (!Object.values(files).every((file) => fs.existsSync(file))) {
    console.warn(
      `No office-addin-dev-certs certificates in ${certs.certificateDirectory}: serving http://localhost:${DEV_PORT}. ` +
        "Run `npx office-addin-dev-certs install` for https (Office needs it to sideload).",
    );
    return undefined;
  }
  return Object.fromEntries(Object.entries(files).map(([name, file]) => [name, fs.readFileSync(file)]));
}

/** Issue 5 item 6: the task pane's initial JavaScript, gzipped, may not exceed this (bench/budgets.json). */
const INITIAL_BUDGET_GZIP_BYTES = require("./bench/budgets.json").taskpaneInitialGzipKiB * 1024;

/**
 * Production builds only: prints every JavaScript chunk with its raw and gzipped size, whether an entry loads it at
 * start or on demand, and the task pane's initial total against its budget; over budget, the build fails. (A
 * development build is unminified, so its sizes say nothing about the budget.)
 */
class BundleSizePlugin {
  constructor({ entry, budget }) {
    Object.assign(this, { entry, budget });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compilation),
      );
    });
  }

  report(compilation) {
    const logger = compilation.getLogger("bundle-size");
    const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
    const initialOf = new Map();
    for (const [name, entry] of compilation.entrypoints) {
      for (const file of entry.getFiles())
        if (file.endsWith(".js")) initialOf.set(file, [...(initialOf.get(file) ?? []), name]);
    }
    const rows = [];
    for (const chunk of compilation.chunks) {
      for (const file of chunk.files) {
        if (!file.endsWith(".js")) continue;
        const bytes = compilation.getAsset(file).source.buffer();
        const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
        const loaded = initialOf.has(file) ? `initial (${initialOf.get(file).join(", ")})` : "on demand";
        rows.push({ file, name: chunk.name ?? String(chunk.id), raw: bytes.length, gzip, loaded });
      }
    }
    rows.sort((a, b) => b.gzip - a.gzip);
    logger.info("chunk                      raw        gzip   loaded");
    for (const r of rows) logger.info(`${r.name.padEnd(18)} ${kb(r.raw)} ${kb(r.gzip)}   ${r.loaded}  ${r.file}`);
    const initial = rows.filter((r) => (initialOf.get(r.file) ?? []).includes(this.entry));
    const total = initial.reduce((sum, r) => sum + r.gzip, 0);
    const verdict = `${this.entry} initial JavaScript: ${kb(total).trim()} gzipped (budget ${kb(this.budget).trim()})`;
    logger.info(verdict);
    if (total > this.budget) compilation.errors.push(new WebpackError(`Over budget: ${verdict}`));
  }
}

/** The ribbon command's message dialog (src/commands/notice.*), when it exists. */
const NOTICE = fs.existsSync(path.resolve(__dirname, "src/commands/notice.ts"));

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const addinUrl = process.env.ADDIN_URL;
  const https = env.WEBPACK_SERVE ? devCertificates() : undefined;

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(NOTICE ? { notice: "./src/commands/notice.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The streamed package writer uses ExcelJS's row serialiser from its sources, whose utils module requires fs
      // for file helpers the browser never calls.
      fallback: { fs: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(NOTICE
        ? [
            new HtmlWebpackPlugin({
              filename: "notice.html",
              template: "./src/commands/notice.html",
              chunks: ["notice"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(production && addinUrl ? { transform: (content) => productionManifest(content, addinUrl) } : {}),
          },
        ],
      }),
      ...(production ? [new BundleSizePlugin({ entry: "taskpane", budget: INITIAL_BUDGET_GZIP_BYTES })] : []),
    ],
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Loaded with the workbook chunk when a workbook is first opened (issue 5 item 6).
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 30,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          fluentui: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/,
            name: "fluentui",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // `npm start`: say where the pane is (browser mode outside Excel, the same page Excel loads).
      onListening: (server) => {
        const protocol = https ? "https" : "http";
        console.log(`\n  Task pane: ${protocol}://localhost:${server.server.address().port}/taskpane.html\n`);
      },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: [
        { directory: path.resolve(__dirname, "dist"), publicPath: "/", watch: false },
        { directory: path.resolve(__dirname, "demo"), publicPath: "/demo" },
      ],
    },
  };
};

// For test/manifest: the rewrite a production build applies to manifest.xml.
module.exports.productionManifest = productionManifest;
