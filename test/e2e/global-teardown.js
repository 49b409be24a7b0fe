"use strict";
const fs = require("fs");

module.exports = async () => {
  const { server, out, browsers = [] } = globalThis.__mgaoE2E ?? {};
  await Promise.all(browsers.map((b) => b.close().catch(() => undefined)));
  if (server) await new Promise((resolve) => server.close(resolve));
  if (out) fs.rmSync(out, { recursive: true, force: true });
};
