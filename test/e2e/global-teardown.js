"use strict";
const fs = require("fs");

module.exports = async () => {
  const { server, out } = globalThis.__mgaoE2E ?? {};
  if (server) await new Promise((resolve) => server.close(resolve));
  if (out) fs.rmSync(out, { recursive: true, force: true });
};
