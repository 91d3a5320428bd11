/**
 * Builds the add-in: taskpane.html (React task pane) and commands.html (ribbon function file),
 * plus assets/ and manifest.xml, into dist/.
 *
 *   npm run build            production bundle in dist/, office.js from Microsoft's CDN
 *   npm start                dev server on https://localhost:3000 (dev certificates; never in CI)
 *   E2E=1 webpack            test bundle in test-output/dist-e2e/: no office.js tag at all (no
 *                            network in tests) and a separate fake-excel.js that the browser
 *                            test injects before the task pane runs
 *   npm run build -- --env publicUrl=https://reports.example.gov.uk/csc/
 *                            the deployable build: dist/manifest.xml with every URL under that
 *                            address (where dist/ is to be hosted); the repository's manifest.xml
 *                            stays the development one (https://localhost:3000)
 */
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { normalisePublicUrl, manifestForHost } = require('./scripts/manifest-for-host');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The add-in writes the report through Office.js (src/render/office); the .xlsx writer is for the
 * command line only and is megabytes of WebAssembly. Fail the build if anything pulls it in.
 */
class ForbidModulesPlugin {
  constructor(patterns) {
    this.patterns = patterns;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('ForbidModulesPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('ForbidModulesPlugin', (modules) => {
        for (const module of modules) {
          const resource = (module.resource || '').split(path.sep).join('/');
          const pattern = this.patterns.find((p) => p.test(resource));
          if (pattern) {
            compilation.errors.push(new Error(`${resource} must not be bundled into the add-in (matches ${pattern}).`));
          }
        }
      });
    });
  }
}

function officeJsTag(e2e) {
  // In the browser test the fake Excel defines Office before the bundle runs; no CDN request.
  return e2e ? '<!-- office.js is provided by the end-to-end test harness -->' : `<script src="${OFFICE_JS_CDN}"></script>`;
}

/** publicUrl null: the development manifest as it is. */
function copyPatterns(publicUrl) {
  return [
    { from: 'assets', to: 'assets' },
    { from: 'src/taskpane/support.html', to: 'support.html' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (publicUrl === null ? content : manifestForHost(content, publicUrl)),
    },
  ];
}

async function devServerOptions() {
  // Required lazily: office-addin-dev-certs installs a local CA, which only a developer's machine wants.
  const devCerts = require('office-addin-dev-certs');
  return {
    port: 3000,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    static: { directory: path.join(__dirname, 'dist') },
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const e2e = process.env.E2E === '1';
  const production = argv.mode === 'production' || e2e;
  const serving = Boolean(env.WEBPACK_SERVE);
  // --env publicUrl=… (ADDIN_ORIGIN, the older spelling, still works); checked before anything is built.
  const requested = env.publicUrl || process.env.ADDIN_ORIGIN || null;
  const publicUrl = requested === null ? null : normalisePublicUrl(requested);

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  };
  if (e2e) entry['fake-excel'] = './test/e2e/fake-entry.ts';

  const config = {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry,
    output: {
      path: path.join(__dirname, e2e ? 'test-output/dist-e2e' : 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    // The embedded reference data (postcodes) makes the task pane large; that is expected.
    performance: { hints: false },
    plugins: [
      new ForbidModulesPlugin([/\/node_modules\/wasm-xlsxwriter\//, /\/src\/render\/xlsx\//, /\/src\/cli\//, /\/src\/io\//]),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsTag: officeJsTag(e2e),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJsTag: officeJsTag(e2e),
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns(publicUrl) }),
    ],
  };
  if (serving) config.devServer = await devServerOptions();
  return config;
};
