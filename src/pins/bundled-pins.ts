import actions from "../data/action-pins.json" with { type: "json" };
import images from "../data/base-images.json" with { type: "json" };
import tools from "../data/tool-versions.json" with { type: "json" };
import type { PinData } from "./pin-types.js";

/** The pins this copy of the tool was built with (in the bundle when installed from npm). */
export const BUNDLED_PINS = { actions, images, tools } as PinData;
