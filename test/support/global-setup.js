/** Before the unit tests: the custom functions' metadata, generated once for every test that reads it. */
module.exports = () => require("./generate-functions-metadata.js").setup();
