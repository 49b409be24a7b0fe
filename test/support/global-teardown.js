module.exports = () => require("./generate-functions-metadata.js").teardown();
