const fs = require("fs");
const path = require("path");
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

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const addinUrl = process.env.ADDIN_URL;
  const https = env.WEBPACK_SERVE ? devCertificates() : undefined;

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
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
    ],
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
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
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: [
        { directory: path.resolve(__dirname, "dist"), publicPath: "/", watch: false },
        { directory: path.resolve(__dirname, "demo"), publicPath: "/demo" },
      ],
    },
  };
};
