// Validates a Teams app manifest against the official JSON schema of its own manifestVersion, as shipped in
// @microsoft/app-manifest (build/json-schemas/teams/v<version>/MicrosoftTeams.schema.json). No network.
//
//   node validate-manifest.mjs <path/to/manifest.json>
//
// Prints one JSON object on stdout: {"valid", "manifestVersion", "schemaFile", "errors": [...]}.
// Exit code: 0 valid, 1 invalid, 2 the manifest or its schema could not be read.
//
// The validator is set up exactly as the package's own AppManifestUtils.validateAgainstSchema does (Ajv for
// draft-04, allErrors, strictTypes off, formats uri/email/regex, the same clean-up of the schema's "\a" and "\v"
// regex escapes). We do not call that function because the package's entry point requires fs-extra, which it
// lists only as a dev dependency.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schemasRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

function finish(result, code) {
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(code);
}

const manifestPath = process.argv[2];
if (!manifestPath) {
  finish({ valid: false, errors: ["usage: node validate-manifest.mjs <manifest.json>"] }, 2);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
} catch (e) {
  finish({ valid: false, errors: [`cannot read ${manifestPath}: ${e.message}`] }, 2);
}

const version = typeof manifest?.manifestVersion === "string" ? manifest.manifestVersion : null;
const schemaFile = version && /^\d+\.\d+$/.test(version) ? path.join(schemasRoot, `v${version}`, "MicrosoftTeams.schema.json") : null;
if (!schemaFile || !existsSync(schemaFile)) {
  finish({ valid: false, manifestVersion: version, errors: [`no official schema for manifestVersion ${JSON.stringify(version)} in ${schemasRoot}`] }, 2);
}

const schema = JSON.parse(readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
const options = { allErrors: true, strictTypes: false };
const ajv = schema.$schema?.includes("2020-12") ? new Ajv2020(options) : new Ajv04(options);
addFormats(ajv, ["uri", "email", "regex"]);
const validate = ajv.compile(schema);

const errors = [];
if (!validate(manifest)) {
  for (const error of validate.errors ?? []) {
    errors.push(`${error.instancePath || "/"} ${error.message ?? ""} ${error.params ? JSON.stringify(error.params) : ""}`.trim());
  }
}

// The schema only says "$schema" is a URI; Teams expects the URL of the same version as manifestVersion.
const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
if (manifest.$schema !== expectedSchemaUrl) {
  errors.push(`/$schema must be ${expectedSchemaUrl}, found ${JSON.stringify(manifest.$schema)}`);
}

finish({ valid: errors.length === 0, manifestVersion: version, schemaFile: path.relative(schemasRoot, schemaFile), errors }, errors.length === 0 ? 0 : 1);
