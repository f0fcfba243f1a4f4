export type { Pin, PinData } from "./pin-types.js";
export { listPins } from "./list-pins.js";
export { readPinFiles, writePinFiles } from "./pin-files.js";
export { registryResolvers } from "./registry-resolvers.js";
export { updatePins } from "./update-pins.js";
