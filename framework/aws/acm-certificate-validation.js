"use strict";
// The AWS bindings made for the framework that select.js chose (@cdktf/provider-aws for cdktf,
// @cdktn/provider-aws for cdktn), loaded only where they are used: an optional peer dependency.
module.exports = require(`${require("../select").FRAMEWORK.aws.package}/lib/acm-certificate-validation`);
