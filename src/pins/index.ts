export type { ActionPinEntry, ImagePinEntry, Pin, PinData, ToolPinEntry } from "./pin-types.js";
export { listPins } from "./list-pins.js";
export { PIN_FILES, readPinFiles, writePinFiles } from "./pin-files.js";
export { DEFAULT_NPM_URL, DEFAULT_PYPI_URL, registryResolvers, type RegistryEndpoints } from "./registry-resolvers.js";
export { updatePins, type PinChange, type PinFailure, type Resolvers, type UpdateResult } from "./update-pins.js";
export { TOOL_VERSIONS } from "./tool-versions.js";
