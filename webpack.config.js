/**
 * Builds the add-in into dist/: taskpane.html loading office.js (from Microsoft's CDN) and two
 * bundles, functions.js and taskpane.js, in one shared runtime; functions.json (the custom
 * functions' metadata, generated from JSDoc); and the icons. `npm run build` is production mode.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CONTENT_SECURITY_POLICY } = require("./scripts/content-security-policy");

const FUNCTIONS_DIR = path.join(__dirname, "src", "functions");

/** Every src/functions/*.functions.ts file, found at build time so new files need no config. */
function functionFiles() {
  if (!fs.existsSync(FUNCTIONS_DIR)) return [];
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith(".functions.ts"))
    .sort()
    .map((name) => `./src/functions/${name}`);
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const functions = functionFiles();
  // Without them the metadata plugin would write an empty (invalid) functions.json.
  if (functions.length === 0) throw new Error("No custom functions found: expected src/functions/*.functions.ts");

  return {
    mode,
    // Plain source maps: the default eval-based ones in development would need 'unsafe-eval' in the CSP.
    devtool: "source-map",
    entry: {
      // The guard runs first so the page still works where office.js did not load.
      functions: ["./src/taskpane/standalone-guard.ts", ...functions],
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.join(__dirname, "dist"),
      // Fixed names: the manifest refers to functions.js by URL.
      filename: "[name].js",
      // Keep dist/node: the compiled command line (`npm run build:cli`) lives there.
      clean: { keep: /^node[\\/]/ },
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
            // Type-checking is done once by `tsc`; here TypeScript only transpiles. ES modules let
            // webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      // Writes functions.json from the JSDoc tags and appends the CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({ input: functions, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One page hosts the shared runtime: the functions first, then the task pane UI.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // The page's own Content-Security-Policy, the one the development server sends as a header.
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
