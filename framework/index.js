"use strict";
// The framework's whole module, so that `import { App } from "../framework"` gets the classes
// of whichever framework select.js chose (see there why only one, and which).
module.exports = require(require("./select").FRAMEWORK.name);
