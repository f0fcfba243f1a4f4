import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import {
  TOOL_NAME,
  TOOL_VERSION,
  checkoutStep,
  hasMarker,
  pinnedAction,
  pinnedVersions,
  publicApiPath,
  renderFiles,
  renderModels,
  renderYaml,
  require_dist
} from "./chunks/chunk-ZOX226VZ.js";
import {
  ALERTING,
  BACKENDS,
  BACKUP_TARGETS,
  BaselineError,
  CACHES,
  CLOUDS,
  DATABASES,
  DEPENDENCY_UPDATES,
  DEPLOY_STRATEGIES,
  ExitCode,
  FRONTENDS,
  LIBRARIES,
  NODE_PACKAGE_MANAGERS,
  OBJECT_STORAGES,
  PACKAGE_MANAGERS,
  badInput,
  external_exports,
  parseOptions,
  show
} from "./chunks/chunk-Y3CQRHNO.js";
import {
  RequestError,
  getUserAgent,
  request
} from "./chunks/chunk-XYOFVHYC.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunks/chunk-N7LTGFHY.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex2 = fn;
          fn = (val, def) => {
            const m = regex2.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions2) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions2 = parseOptions2 || {};
        if (argv === void 0 && parseOptions2.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions2.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions2.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions2.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions2.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions2) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions2);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions2) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions2);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook2) => {
            result = this._chainOrCall(result, () => {
              return hook2(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  register: () => register2
});

// src/synth/manifest.ts
import { createHash } from "node:crypto";
var MANIFEST_PATH = ".devops-baseline/manifest.json";
var manifestEntryShape = external_exports.object({ sha: external_exports.string().regex(/^[0-9a-f]{40}$/), component: external_exports.string() });
var manifestSchema = external_exports.object({
  version: external_exports.literal(1),
  tool: external_exports.literal(TOOL_NAME),
  toolVersion: external_exports.string(),
  optionsHash: external_exports.string(),
  files: external_exports.record(external_exports.string(), manifestEntryShape)
});
var manifestEntrySchema = manifestEntryShape;
function parseManifestStrict(text) {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, "")));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function serializeManifest(manifest) {
  const files2 = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify({ ...manifest, files: files2 }, null, 2)}
`;
}
function hashOptions(options) {
  return `sha256:${createHash("sha256").update(stableStringify(options)).digest("hex").slice(0, 16)}`;
}
function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/synth/git-blob.ts
import { createHash as createHash2 } from "node:crypto";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash2("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function normaliseText(content) {
  return content.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

// node_modules/node-diff3/dist/diff3.mjs
function LCS(buffer1, buffer2) {
  let equivalenceClasses = /* @__PURE__ */ Object.create(null);
  for (let j = 0; j < buffer2.length; j++) {
    const item = buffer2[j];
    if (equivalenceClasses[item]) {
      equivalenceClasses[item].push(j);
    } else {
      equivalenceClasses[item] = [j];
    }
  }
  const NULLRESULT = { buffer1index: -1, buffer2index: -1, chain: null };
  let candidates = [NULLRESULT];
  for (let i = 0; i < buffer1.length; i++) {
    const item = buffer1[i];
    const buffer2indices = equivalenceClasses[item] || [];
    let r = 0;
    let c = candidates[0];
    for (const j of buffer2indices) {
      let s;
      for (s = r; s < candidates.length; s++) {
        if (candidates[s].buffer2index < j && (s === candidates.length - 1 || candidates[s + 1].buffer2index > j)) {
          break;
        }
      }
      if (s < candidates.length) {
        const newCandidate = { buffer1index: i, buffer2index: j, chain: candidates[s] };
        if (r === candidates.length) {
          candidates.push(c);
        } else {
          candidates[r] = c;
        }
        r = s + 1;
        c = newCandidate;
        if (r === candidates.length) {
          break;
        }
      }
    }
    candidates[r] = c;
  }
  return candidates[candidates.length - 1];
}
function diffIndices(buffer1, buffer2) {
  const lcs = LCS(buffer1, buffer2);
  let result = [];
  let tail1 = buffer1.length;
  let tail2 = buffer2.length;
  for (let candidate = lcs; candidate !== null; candidate = candidate.chain) {
    const mismatchLength1 = tail1 - candidate.buffer1index - 1;
    const mismatchLength2 = tail2 - candidate.buffer2index - 1;
    tail1 = candidate.buffer1index;
    tail2 = candidate.buffer2index;
    if (mismatchLength1 || mismatchLength2) {
      result.push({
        buffer1: [tail1 + 1, mismatchLength1],
        buffer1Content: buffer1.slice(tail1 + 1, tail1 + 1 + mismatchLength1),
        buffer2: [tail2 + 1, mismatchLength2],
        buffer2Content: buffer2.slice(tail2 + 1, tail2 + 1 + mismatchLength2)
      });
    }
  }
  result.reverse();
  return result;
}
function diff3MergeRegions(a, o, b) {
  let hunks = [];
  function addHunk(h, ab) {
    hunks.push({
      ab,
      oStart: h.buffer1[0],
      oLength: h.buffer1[1],
      abStart: h.buffer2[0],
      abLength: h.buffer2[1]
    });
  }
  diffIndices(o, a).forEach((item) => addHunk(item, "a"));
  diffIndices(o, b).forEach((item) => addHunk(item, "b"));
  hunks.sort((x, y) => x.oStart - y.oStart);
  let results = [];
  let currOffset = 0;
  function advanceTo(endOffset) {
    if (endOffset > currOffset) {
      results.push({
        stable: true,
        buffer: "o",
        bufferStart: currOffset,
        bufferLength: endOffset - currOffset,
        bufferContent: o.slice(currOffset, endOffset)
      });
      currOffset = endOffset;
    }
  }
  while (hunks.length) {
    let hunk = hunks.shift();
    let regionStart = hunk.oStart;
    let regionEnd = hunk.oStart + hunk.oLength;
    let regionHunks = [hunk];
    advanceTo(regionStart);
    while (hunks.length) {
      const nextHunk = hunks[0];
      const nextHunkStart = nextHunk.oStart;
      if (nextHunkStart > regionEnd)
        break;
      regionEnd = Math.max(regionEnd, nextHunkStart + nextHunk.oLength);
      regionHunks.push(hunks.shift());
    }
    if (regionHunks.length === 1) {
      if (hunk.abLength > 0) {
        const buffer = hunk.ab === "a" ? a : b;
        results.push({
          stable: true,
          buffer: hunk.ab,
          bufferStart: hunk.abStart,
          bufferLength: hunk.abLength,
          bufferContent: buffer.slice(hunk.abStart, hunk.abStart + hunk.abLength)
        });
      }
    } else {
      let bounds = {
        a: [a.length, -1, o.length, -1],
        b: [b.length, -1, o.length, -1]
      };
      while (regionHunks.length) {
        hunk = regionHunks.shift();
        const oStart = hunk.oStart;
        const oEnd = oStart + hunk.oLength;
        const abStart = hunk.abStart;
        const abEnd = abStart + hunk.abLength;
        let b2 = bounds[hunk.ab];
        b2[0] = Math.min(abStart, b2[0]);
        b2[1] = Math.max(abEnd, b2[1]);
        b2[2] = Math.min(oStart, b2[2]);
        b2[3] = Math.max(oEnd, b2[3]);
      }
      const aStart = bounds.a[0] + (regionStart - bounds.a[2]);
      const aEnd = bounds.a[1] + (regionEnd - bounds.a[3]);
      const bStart = bounds.b[0] + (regionStart - bounds.b[2]);
      const bEnd = bounds.b[1] + (regionEnd - bounds.b[3]);
      let result = {
        stable: false,
        aStart,
        aLength: aEnd - aStart,
        aContent: a.slice(aStart, aEnd),
        oStart: regionStart,
        oLength: regionEnd - regionStart,
        oContent: o.slice(regionStart, regionEnd),
        bStart,
        bLength: bEnd - bStart,
        bContent: b.slice(bStart, bEnd)
      };
      results.push(result);
    }
    currOffset = regionEnd;
  }
  advanceTo(o.length);
  return results;
}
function diff3Merge(a, o, b, options) {
  let defaults = {
    excludeFalseConflicts: true,
    stringSeparator: /\s+/
  };
  options = Object.assign(defaults, options);
  if (typeof a === "string")
    a = a.split(options.stringSeparator);
  if (typeof o === "string")
    o = o.split(options.stringSeparator);
  if (typeof b === "string")
    b = b.split(options.stringSeparator);
  let results = [];
  const regions = diff3MergeRegions(a, o, b);
  let okBuffer = [];
  function flushOk() {
    if (okBuffer.length) {
      results.push({ ok: okBuffer });
    }
    okBuffer = [];
  }
  function isFalseConflict(a2, b2) {
    if (a2.length !== b2.length)
      return false;
    for (let i = 0; i < a2.length; i++) {
      if (a2[i] !== b2[i])
        return false;
    }
    return true;
  }
  regions.forEach((region) => {
    if (region.stable) {
      okBuffer.push(...region.bufferContent);
    } else {
      if (options.excludeFalseConflicts && isFalseConflict(region.aContent, region.bContent)) {
        okBuffer.push(...region.aContent);
      } else {
        flushOk();
        results.push({
          conflict: {
            a: region.aContent,
            aIndex: region.aStart,
            o: region.oContent,
            oIndex: region.oStart,
            b: region.bContent,
            bIndex: region.bStart
          }
        });
      }
    }
  });
  flushOk();
  return results;
}

// src/synth/merge.ts
var CONFLICT_LABELS = {
  theirs: "yours (on disk)",
  base: "last generated",
  ours: "new baseline"
};
function mergeThreeWay(input) {
  const base = splitLines(normaliseText(input.base));
  const ours = splitLines(normaliseText(input.ours));
  const theirs = splitLines(normaliseText(input.theirs));
  const regions = diff3Merge(theirs, base, ours, { excludeFalseConflicts: true });
  const merged = [];
  const marked = [];
  const conflicts = [];
  for (const region of regions) {
    if (region.ok) {
      merged.push(...region.ok);
      marked.push(...region.ok);
      continue;
    }
    const c = region.conflict;
    conflicts.push({ baseLine: c.oIndex + 1, theirsLine: c.aIndex + 1, base: c.o, ours: c.b, theirs: c.a });
    marked.push(
      `<<<<<<< ${CONFLICT_LABELS.theirs}
`,
      ...terminated(c.a),
      `||||||| ${CONFLICT_LABELS.base}
`,
      ...terminated(c.o),
      "=======\n",
      ...terminated(c.b),
      `>>>>>>> ${CONFLICT_LABELS.ours}
`
    );
  }
  if (conflicts.length === 0) return { clean: true, content: merged.join("") };
  return { clean: false, conflicts, report: conflictReport(input.path, conflicts), withMarkers: marked.join("") };
}
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function terminated(lines) {
  return lines.map((line) => line.endsWith("\n") ? line : `${line}
`);
}
function conflictReport(path, conflicts) {
  const out = [
    `${path}: ${conflicts.length} region(s) changed both by hand and by the new baseline; the file was not written.`
  ];
  conflicts.forEach((c, i) => {
    const baseEnd = c.baseLine + Math.max(c.base.length, 1) - 1;
    out.push(`@@ conflict ${i + 1} of ${conflicts.length}: lines ${c.baseLine}-${baseEnd} as last generated @@`);
    out.push(`--- ${CONFLICT_LABELS.base}`, `+++ ${CONFLICT_LABELS.theirs}`);
    out.push(...asLines("-", c.base), ...asLines("+", c.theirs));
    out.push(`--- ${CONFLICT_LABELS.base}`, `+++ ${CONFLICT_LABELS.ours}`);
    out.push(...asLines("-", c.base), ...asLines("+", c.ours));
  });
  out.push(
    "Resolve by moving your change into the config's overrides (or eject the file), or run synth with --force (your version is kept as a .orig backup), or with --conflict markers to write the file with conflict markers."
  );
  return out.join("\n");
}
function asLines(prefix, lines) {
  return lines.map((line) => line.endsWith("\n") ? `${prefix}${line.slice(0, -1)}` : `${prefix}${line}
\\ No newline at end of file`);
}

// src/synth/plan.ts
var UNKNOWN_BASE_SHA = "0".repeat(40);
var WRITES = /* @__PURE__ */ new Set(["create", "update", "replace", "merge", "delete"]);
var CONFLICTS = /* @__PURE__ */ new Set(["skip-unowned", "keep-edited", "conflict", "blocked"]);
var isWrite = (a) => WRITES.has(a.type);
var isConflict = (a) => CONFLICTS.has(a.type) || a.type === "merge" && a.conflicts > 0;
function writtenContent(a) {
  if (a.type === "merge") return a.content;
  if (a.type === "create" || a.type === "update" || a.type === "replace") return a.file.content;
  return void 0;
}
function planSynth(rendered, manifest, disk, flags, readBase = () => void 0) {
  const actions = [];
  const files2 = {};
  const owned = manifest?.files ?? {};
  const renderedPaths = new Set(rendered.map((f) => f.path));
  for (const file of rendered) {
    const entry = disk.get(file.path) ?? { type: "missing" };
    const newEntry = { sha: gitBlobSha(file.content), component: file.component };
    if (entry.type === "blocked") {
      actions.push({ type: "blocked", path: file.path, reason: entry.reason });
      continue;
    }
    if (entry.type === "missing") {
      actions.push({ type: "create", file });
      files2[file.path] = newEntry;
      continue;
    }
    const existing = normaliseText(entry.content);
    if (existing === file.content) {
      actions.push({ type: "unchanged", file });
      files2[file.path] = newEntry;
      continue;
    }
    const recovered = owned[file.path] === void 0 && manifest === null && hasMarker(existing);
    const ownedEntry = owned[file.path] ?? (recovered ? { sha: UNKNOWN_BASE_SHA, component: file.component } : void 0);
    if (!ownedEntry) {
      if (flags.adopt) {
        actions.push({ type: "replace", file, previous: entry.content, why: "adopt" });
        files2[file.path] = newEntry;
      } else {
        actions.push({ type: "skip-unowned", file, existing: entry.content });
      }
      continue;
    }
    if (gitBlobSha(existing) === ownedEntry.sha) {
      actions.push({ type: "update", file, previous: entry.content });
      files2[file.path] = newEntry;
    } else if (flags.force) {
      actions.push({ type: "replace", file, previous: entry.content, why: "force" });
      files2[file.path] = newEntry;
    } else {
      const { action, entry: kept } = planHandEdited(file, entry.content, ownedEntry, newEntry, flags, readBase);
      actions.push(action);
      files2[file.path] = kept;
    }
  }
  for (const [path, ownedEntry] of Object.entries(owned)) {
    if (renderedPaths.has(path)) continue;
    const entry = disk.get(path) ?? { type: "missing" };
    if (entry.type !== "file") continue;
    const existing = normaliseText(entry.content);
    if (gitBlobSha(existing) === ownedEntry.sha) {
      actions.push({ type: "delete", path, previous: entry.content });
    } else if (flags.force) {
      actions.push({ type: "delete", path, previous: entry.content, backup: true });
    } else {
      actions.push({ type: "keep-orphan", path, existing: entry.content });
    }
  }
  return { actions: actions.sort((a, b) => pathOf(a) < pathOf(b) ? -1 : 1), files: files2 };
}
function planHandEdited(file, onDisk, ownedEntry, newEntry, flags, readBase) {
  const keep = (note2, entry = ownedEntry) => ({
    action: { type: "keep-edited", file, existing: onDisk, ...note2 ? { note: note2 } : {} },
    entry
  });
  if (ownedEntry.sha === newEntry.sha) return keep();
  if (ownedEntry.sha === UNKNOWN_BASE_SHA) {
    return keep("ownership was recovered from the file's marker, so what was last generated is unknown");
  }
  const base = readBase(ownedEntry.sha);
  if (base === void 0 || gitBlobSha(normaliseText(base)) !== ownedEntry.sha) {
    return keep(`the version last generated (blob ${ownedEntry.sha.slice(0, 12)}) is not in git's object store, so it cannot be merged`);
  }
  const outcome = mergeThreeWay({ path: file.path, base, ours: file.content, theirs: onDisk });
  if (outcome.clean) {
    if (outcome.content === normaliseText(onDisk)) return keep(void 0, newEntry);
    return { action: { type: "merge", file, previous: onDisk, content: outcome.content, conflicts: 0 }, entry: newEntry };
  }
  if (flags.conflict === "markers") {
    return {
      action: { type: "merge", file, previous: onDisk, content: outcome.withMarkers, conflicts: outcome.conflicts.length },
      entry: newEntry
    };
  }
  return { action: { type: "conflict", file, existing: onDisk, report: outcome.report }, entry: ownedEntry };
}
function pathOf(action) {
  return "file" in action ? action.file.path : action.path;
}

// src/synth/base-store.ts
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { deflateSync } from "node:zlib";
var GIT_TIMEOUT_MS = 1e4;
function gitBaseStore(root) {
  let objectsDir;
  const objects = () => {
    if (objectsDir === void 0) {
      try {
        const out = execFileSync("git", ["rev-parse", "--git-path", "objects"], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: GIT_TIMEOUT_MS });
        const dir = out.toString("utf8").trim();
        objectsDir = isAbsolute(dir) ? dir : join(root, dir);
      } catch {
        objectsDir = null;
      }
    }
    return objectsDir;
  };
  return {
    read(sha) {
      if (!/^[0-9a-f]{40}$/.test(sha) || objects() === null) return void 0;
      try {
        const out = execFileSync("git", ["cat-file", "blob", sha], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: GIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
        return out.toString("utf8");
      } catch {
        return void 0;
      }
    },
    keep(contents) {
      const dir = objects();
      if (dir === null) return;
      for (const content of contents) writeLooseBlob(dir, content);
    }
  };
}
function writeLooseBlob(objectsDir, content) {
  const bytes = Buffer.from(content, "utf8");
  const sha = gitBlobSha(bytes);
  const folder = join(objectsDir, sha.slice(0, 2));
  const target = join(folder, sha.slice(2));
  if (existsSync(target)) return;
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `tmp_obj_devops_baseline_${process.pid}`);
  try {
    writeFileSync(temp, deflateSync(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])), { mode: 292 });
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}

// src/synth/lock.ts
import { closeSync, mkdirSync as mkdirSync2, openSync, readFileSync, rmSync as rmSync2, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname as dirname2 } from "node:path";

// src/synth/safe-path.ts
import { lstatSync, realpathSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join2, relative, sep } from "node:path";
function assertSafeRelativePath(path, what) {
  if (path === "" || isAbsolute2(path) || /^[A-Za-z]:/.test(path) || path.includes("\\") || path.includes("\0")) {
    throw badInput(`${what}: "${path}" must be a relative POSIX path inside the repository`);
  }
  if (path.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) {
    throw badInput(`${what}: "${path}" must not contain "..", "." or empty segments`);
  }
}
function resolveInsideRepo(root, path, what) {
  assertSafeRelativePath(path, what);
  const realRoot = realpathSync(root);
  let parent = dirname(join2(root, path));
  for (; ; ) {
    try {
      lstatSync(parent);
      break;
    } catch {
      parent = dirname(parent);
    }
  }
  const realParent = realpathSync(parent);
  const rel = relative(realRoot, realParent);
  if (rel.startsWith("..") || isAbsolute2(rel) || rel.split(sep).includes("..")) {
    throw badInput(`${what}: "${path}" leads outside the repository through a symbolic link`);
  }
  return join2(realRoot, path);
}

// src/synth/lock.ts
var LOCK_PATH = ".devops-baseline/lock";
var UNREADABLE_LOCK_STALE_MS = 6e4;
var LOCK_MAX_AGE_MS = 10 * 6e4;
function acquireLock(root) {
  const path = resolveInsideRepo(root, LOCK_PATH, "lock file");
  try {
    mkdirSync2(dirname2(path), { recursive: true });
  } catch (error) {
    throw badInput(`Could not create the folder of ${LOCK_PATH} (${error.code}): is .devops-baseline a file?`);
  }
  let recovered;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 420);
      try {
        const info = { pid: process.pid, hostname: hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() };
        writeSync(fd, `${JSON.stringify(info)}
`);
      } finally {
        closeSync(fd);
      }
      return { release: () => releaseLock(path), ...recovered ? { recovered } : {} };
    } catch (error) {
      const code2 = error.code;
      if (code2 !== "EEXIST") throw badInput(`Could not create ${LOCK_PATH} (${code2 ?? String(error)}): the repository folder must be writable`);
    }
    const holder = readLock(path);
    const stale = staleReason(path, holder);
    if (!stale) throw lockedError(holder);
    rmSync2(path, { force: true });
    recovered = `${LOCK_PATH}: ${stale}; the lock was taken over`;
  }
  throw lockedError(readLock(path));
}
function releaseLock(path) {
  if (readLock(path)?.pid === process.pid) rmSync2(path, { force: true });
}
function readLock(path) {
  try {
    const info = JSON.parse(readFileSync(path, "utf8"));
    if (typeof info.pid === "number" && typeof info.hostname === "string") {
      return { pid: info.pid, hostname: info.hostname, createdAt: String(info.createdAt ?? "unknown time") };
    }
  } catch {
  }
  return void 0;
}
function staleReason(path, holder) {
  if (!holder) {
    let age2 = 0;
    try {
      age2 = Date.now() - statSync(path).mtimeMs;
    } catch {
      return "it disappeared";
    }
    return age2 > UNREADABLE_LOCK_STALE_MS ? `it was unreadable and ${Math.round(age2 / 1e3)} s old` : void 0;
  }
  const age = Date.now() - Date.parse(holder.createdAt);
  if (age > LOCK_MAX_AGE_MS) return `it was taken at ${holder.createdAt}, ${Math.round(age / 6e4)} minutes ago, longer than any run takes`;
  if (holder.hostname !== hostname()) return void 0;
  if (holder.pid === process.pid) return void 0;
  return processIsAlive(holder.pid) ? void 0 : `process ${holder.pid} that held it since ${holder.createdAt} is no longer running`;
}
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function lockedError(holder) {
  const who = holder ? `process ${holder.pid} on ${holder.hostname} since ${holder.createdAt}` : "another run (the lock file is being written)";
  return new BaselineError(
    "LOCKED",
    `Another create-devops-baseline run is writing this repository (${who}). Wait for it to finish; if it is not running, delete ${LOCK_PATH}.`
  );
}

// src/synth/journal.ts
var JOURNAL_PATH = ".devops-baseline/journal.json";
var journalSchema = external_exports.object({
  version: external_exports.literal(1),
  /** The manifest the interrupted run was about to write. */
  manifest: manifestSchema,
  /** Path → git blob SHA of the bytes the run was putting there (a merge writes more than the render). */
  written: external_exports.record(external_exports.string(), external_exports.string()),
  /** Temp files the run may have left behind; removed by the next run. */
  temps: external_exports.array(external_exports.string())
});
function serializeJournal(journal) {
  return `${JSON.stringify(journal, null, 2)}
`;
}
function parseJournal(text) {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}

// src/synth/read-disk.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync2 } from "node:fs";
var MAX_TEXT_BYTES = 2 * 1024 * 1024;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readDiskEntries(root, paths) {
  const entries = /* @__PURE__ */ new Map();
  for (const path of paths) entries.set(path, readDiskEntry(root, path));
  return entries;
}
function readDiskEntry(root, path) {
  const absolute = resolveInsideRepo(root, path, "owned file");
  let stat;
  try {
    stat = lstatSync2(absolute);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOTDIR") return { type: "blocked", reason: "a folder on its path is a file" };
    if (code2 !== "ENOENT") return { type: "blocked", reason: `cannot be inspected (${code2 ?? "error"})` };
    return { type: "missing" };
  }
  if (stat.isSymbolicLink()) return { type: "blocked", reason: "is a symbolic link; replace it with a regular file or eject it" };
  if (stat.isDirectory()) return { type: "blocked", reason: "is a directory where a file is generated" };
  if (!stat.isFile()) return { type: "blocked", reason: "is not a regular file" };
  if (stat.size > MAX_TEXT_BYTES) return { type: "blocked", reason: `is ${stat.size} bytes, too large to be a generated text file` };
  let bytes;
  try {
    bytes = readFileSync2(absolute);
  } catch (error) {
    return { type: "blocked", reason: `cannot be read (${error.code ?? "error"})` };
  }
  if (bytes.includes(0)) return { type: "blocked", reason: "is a binary file where a text file is generated" };
  try {
    return { type: "file", content: UTF8.decode(bytes) };
  } catch {
    return { type: "blocked", reason: "is not UTF-8 text; convert it to UTF-8 or delete it" };
  }
}
function readTextIfExists(root, path) {
  const absolute = resolveInsideRepo(root, path, "file");
  try {
    return readFileSync2(absolute, "utf8");
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return null;
    if (code2 === "EISDIR") throw badInput(`${path} is a directory, expected a file`);
    throw badInput(`${path} cannot be read (${code2 ?? String(error)})`);
  }
}

// src/synth/salvage-manifest.ts
var MAX_MANIFEST_CHARS = 10 * 1024 * 1024;
var CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: .*)?$/;
function parseManifest(text) {
  if (text === null) return { manifest: null };
  if (text.length > MAX_MANIFEST_CHARS) {
    return { manifest: null, warning: `${MANIFEST_PATH} is ${text.length} characters, far too large to be ours; ownership is recovered from the files' markers` };
  }
  const strict = parseManifestStrict(text);
  if (strict) return withSafePaths(strict);
  const lines = text.split(/\r?\n/);
  if (lines.some((line) => CONFLICT_LINE.test(line) && !line.startsWith("="))) {
    const sides = splitConflict(lines).map((side) => parseManifestStrict(side) ?? salvageEntries(side));
    const usable = sides.filter((m) => m !== void 0).map((m) => withSafePaths(m).manifest);
    if (usable.length > 0) {
      return {
        manifest: usable[0],
        sides: usable,
        warning: `${MANIFEST_PATH} has merge-conflict markers; for each file the side that matches the file on disk is kept, and the manifest is rewritten on the next synth`
      };
    }
  }
  const salvaged = salvageEntries(text);
  if (salvaged) {
    const { manifest, warning } = withSafePaths(salvaged);
    const count2 = Object.keys(manifest.files).length;
    return {
      manifest,
      warning: [`${MANIFEST_PATH} is damaged (not a valid manifest); ${count2} entr${count2 === 1 ? "y was" : "ies were"} recovered from it, other owned files are recognised by their markers`, warning].filter(Boolean).join("; ")
    };
  }
  return { manifest: null, warning: `${MANIFEST_PATH} is not a readable manifest; ownership is recovered from the files' markers` };
}
function splitConflict(lines) {
  const a = [];
  const b = [];
  let state = "both";
  for (const line of lines) {
    if (line.startsWith("<<<<<<<") && CONFLICT_LINE.test(line)) state = "a";
    else if (line.startsWith("|||||||") && state === "a") state = "base";
    else if (line === "=======" && (state === "a" || state === "base")) state = "b";
    else if (line.startsWith(">>>>>>>") && state === "b") state = "both";
    else {
      if (state === "both" || state === "a") a.push(line);
      if (state === "both" || state === "b") b.push(line);
    }
  }
  return [a.join("\n"), b.join("\n")];
}
function salvageEntries(text) {
  const files2 = {};
  const entry = /"((?:[^"\\\n]|\\.){1,4096})"\s*:\s*(\{[^{}]{0,8192}\})/g;
  for (const match of text.matchAll(entry)) {
    try {
      const path = JSON.parse(`"${match[1]}"`);
      const parsed = manifestEntrySchema.safeParse(JSON.parse(match[2]));
      if (parsed.success && !Object.hasOwn(files2, path)) files2[path] = { sha: parsed.data.sha, component: parsed.data.component };
    } catch {
    }
  }
  if (Object.keys(files2).length === 0) return void 0;
  return { version: 1, tool: TOOL_NAME, toolVersion: "unknown", optionsHash: "unknown", files: files2 };
}
function withSafePaths(manifest) {
  const files2 = /* @__PURE__ */ Object.create(null);
  const dropped = [];
  for (const [path, entry] of Object.entries(manifest.files)) {
    try {
      assertSafeRelativePath(path, "manifest");
      if (path.split("/").includes("__proto__")) throw new Error("prototype key");
      files2[path] = entry;
    } catch {
      dropped.push(JSON.stringify(path));
    }
  }
  if (dropped.length === 0) return { manifest };
  return {
    manifest: { ...manifest, files: { ...files2 } },
    warning: `${MANIFEST_PATH}: ignored ${dropped.length} entr${dropped.length === 1 ? "y" : "ies"} with a path that is not a relative path inside the repository (${dropped.slice(0, 5).join(", ")})`
  };
}

// src/synth/manifest-state.ts
function readManifestState(root) {
  const shaOnDisk = (path) => {
    try {
      const entry = readDiskEntries(root, [path]).get(path);
      return entry?.type === "file" ? gitBlobSha(normaliseText(entry.content)) : void 0;
    } catch {
      return void 0;
    }
  };
  const raw = readTextIfExists(root, MANIFEST_PATH);
  const read = parseManifest(raw);
  const warnings = read.warning ? [read.warning] : [];
  let manifest = resolveManifestSides(read, shaOnDisk);
  if (manifest) {
    const { kept, dropped } = partition(manifest.files, (path) => leadsInside(root, path));
    if (dropped.length > 0) {
      warnings.push(`${MANIFEST_PATH}: ignored ${dropped.join(", ")}: the path leads outside the repository through a symbolic link`);
      manifest = { ...manifest, files: kept };
    }
  }
  const journalText = readTextIfExists(root, JOURNAL_PATH);
  if (journalText === null) return { manifest, warnings, raw };
  const journal = parseJournal(journalText);
  if (!journal) return { manifest, warnings: [...warnings, `${JOURNAL_PATH} is unreadable and was ignored`], raw };
  const files2 = { ...manifest?.files ?? {} };
  for (const [path, sha] of Object.entries(journal.written)) {
    const entry = journal.manifest.files[path];
    if (path.split("/").includes("__proto__")) continue;
    if (entry && Object.hasOwn(journal.manifest.files, path) && leadsInside(root, path) && shaOnDisk(path) === sha) files2[path] = entry;
  }
  warnings.push("The previous run was interrupted; the files it had finished were recognised as its own, and this run completes it");
  return { manifest: { ...manifest ?? journal.manifest, files: files2 }, warnings, interrupted: journal, raw };
}
function resolveManifestSides(read, shaOnDisk) {
  if (!read.manifest) return null;
  if (!read.sides || read.sides.length < 2) return read.manifest;
  const files2 = {};
  const paths = new Set(read.sides.flatMap((side) => Object.keys(side.files)));
  for (const path of paths) {
    const candidates = read.sides.map((side) => Object.hasOwn(side.files, path) ? side.files[path] : void 0).filter((e) => e !== void 0);
    const onDisk = shaOnDisk(path);
    files2[path] = candidates.find((c) => c.sha === onDisk) ?? candidates[0];
  }
  return { ...read.manifest, files: files2 };
}
function leadsInside(root, path) {
  try {
    resolveInsideRepo(root, path, "manifest");
    return true;
  } catch {
    return false;
  }
}
function partition(files2, keep) {
  const kept = {};
  const dropped = [];
  for (const [path, entry] of Object.entries(files2)) {
    if (keep(path)) kept[path] = entry;
    else dropped.push(JSON.stringify(path));
  }
  return { kept, dropped };
}

// src/synth/projen-owned.ts
var PROJEN_FILES_PATH = ".projen/files.json";
function readProjenOwned(root) {
  const text = readTextIfExists(root, PROJEN_FILES_PATH);
  if (text === null) return /* @__PURE__ */ new Set();
  try {
    const files2 = JSON.parse(text).files;
    return new Set(Array.isArray(files2) ? files2.filter((f) => typeof f === "string").map((f) => f.replace(/^\.\//, "")) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var PROJEN_OWNED_REASON = `is owned by projen (listed in ${PROJEN_FILES_PATH}); generate it from .projenrc.ts with \`create-devops-baseline/projen\` instead`;
function blockProjenOwned(root, entries) {
  const owned = readProjenOwned(root);
  const result = new Map(entries);
  for (const path of entries.keys()) if (owned.has(path)) result.set(path, { type: "blocked", reason: PROJEN_OWNED_REASON });
  return result;
}

// src/synth/gitattributes.ts
var BEGIN = "# >>> create-devops-baseline: generated files (managed block) >>>";
var END = "# <<< create-devops-baseline <<<";
function withManagedBlock(existing, ownedPaths) {
  const current = existing ?? "";
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  let outside = current;
  if (start >= 0 && end > start) {
    outside = current.slice(0, start) + current.slice(end + END.length).replace(/^\r?\n/, "");
  }
  if (ownedPaths.length === 0) return outside;
  const lines = ownedPaths.map((p) => `/${p.replace(/ /g, "[[:space:]]")} linguist-generated=true`);
  const block = [BEGIN, ...lines, END].join("\n") + "\n";
  if (start >= 0 && end > start) return current.slice(0, start) + block + current.slice(end + END.length).replace(/^\r?\n/, "");
  const separator = outside === "" || outside.endsWith("\n") ? "" : "\n";
  return outside + separator + block;
}
var GITATTRIBUTES_PATH = ".gitattributes";

// src/synth/write-tree.ts
import { chmodSync, existsSync as existsSync2, lstatSync as lstatSync3, mkdirSync as mkdirSync3, readdirSync, renameSync as renameSync2, rmSync as rmSync3, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, join as join3, relative as relative2 } from "node:path";

// src/synth/crash-point.ts
var steps = 0;
function writeStep() {
  const limit = process.env.DEVOPS_BASELINE_CRASH_AFTER;
  if (limit === void 0 || limit === "") return;
  steps++;
  if (steps >= Number(limit)) process.kill(process.pid, "SIGKILL");
}

// src/synth/write-tree.ts
var STATE_IGNORE_PATH = ".devops-baseline/.gitignore";
var STATE_IGNORE = "# Run state of create-devops-baseline: commit manifest.json, never these.\nlock\njournal.json\n*.tmp\n";
function writeTree(root, plan, manifest, options) {
  const writes = plan.actions.flatMap((action) => {
    const content = writtenContent(action);
    if (content === void 0 || !("file" in action)) return [];
    const target = resolveInsideRepo(root, action.file.path, "owned file");
    return [{ action, content, target, temp: tempName(target), executable: action.file.executable }];
  });
  options.baseStore?.keep(writes.map((w) => "file" in w.action ? w.action.file.content : w.content));
  writeStep();
  const backups = plan.actions.flatMap(
    (a) => a.type === "replace" || a.type === "delete" && a.backup ? [{ path: pathOf(a), backup: freeBackupPath(root, pathOf(a)), previous: a.previous }] : []
  );
  const temps = [
    ...writes.map((w) => w.temp),
    ...backups.map((b) => tempName(join3(root, b.backup))),
    tempName(join3(root, GITATTRIBUTES_PATH)),
    tempName(join3(root, MANIFEST_PATH))
  ];
  const journal = {
    version: 1,
    manifest,
    written: Object.fromEntries(writes.map((w) => [pathOf(w.action), gitBlobSha(w.content)])),
    temps: temps.map((t) => relative2(root, t).split("\\").join("/"))
  };
  step("write", JOURNAL_PATH, () => writeAtomic(root, JOURNAL_PATH, serializeJournal(journal)));
  try {
    for (const b of backups) step("back up", b.path, () => writeAtomic(root, b.backup, b.previous));
    for (const w of writes) {
      step("create the folder of", pathOf(w.action), () => mkdirSync3(dirname3(w.target), { recursive: true }));
      writeStep();
      step("write", pathOf(w.action), () => writeFileSync2(w.temp, w.content, { mode: fileMode(w.executable, options.readOnly) }));
      writeStep();
    }
  } catch (error) {
    for (const w of writes) removeQuietly(w.temp);
    for (const b of backups) removeQuietly(join3(root, b.backup));
    removeQuietly(join3(root, JOURNAL_PATH));
    throw error;
  }
  for (const w of writes) {
    step("replace", pathOf(w.action), () => {
      chmodSync(w.temp, fileMode(w.executable, options.readOnly));
      renameSync2(w.temp, w.target);
    });
    writeStep();
  }
  if (options.readOnly) {
    for (const action of plan.actions) {
      if (action.type !== "unchanged") continue;
      const target = resolveInsideRepo(root, action.file.path, "owned file");
      const mode = statSync2(target).mode & 511;
      if ((mode & 146) === 0) continue;
      step("mark read-only", action.file.path, () => chmodSync(target, mode & ~146));
      writeStep();
    }
  }
  for (const action of plan.actions) {
    if (action.type !== "delete") continue;
    step("delete", action.path, () => rmSync3(resolveInsideRepo(root, action.path, "owned file"), { force: true }));
    writeStep();
  }
  step("write", MANIFEST_PATH, () => writeAtomic(root, MANIFEST_PATH, serializeManifest(manifest)));
  if (readTextIfExists(root, STATE_IGNORE_PATH) !== STATE_IGNORE) step("write", STATE_IGNORE_PATH, () => writeAtomic(root, STATE_IGNORE_PATH, STATE_IGNORE));
  step("update", GITATTRIBUTES_PATH, () => updateGitattributes(root, Object.keys(manifest.files)));
  step("remove", JOURNAL_PATH, () => rmSync3(join3(root, JOURNAL_PATH), { force: true }));
  writeStep();
  return { backups: backups.map(({ path, backup }) => ({ path, backup })) };
}
function gitattributesNeedUpdate(root, ownedPaths) {
  if (!gitattributesIsEditable(root)) return false;
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  return next !== (existing ?? "");
}
function gitattributesIsEditable(root) {
  try {
    return lstatSync3(join3(root, GITATTRIBUTES_PATH)).isFile();
  } catch {
    return true;
  }
}
function removeLeftovers(root, journal) {
  for (const temp of journal?.temps ?? []) {
    if (!/\.devops-baseline-\d+\.tmp$/.test(temp)) continue;
    try {
      removeQuietly(resolveInsideRepo(root, temp, "temp file"));
    } catch {
    }
  }
  const ownFolder = join3(root, ".devops-baseline");
  if (!existsSync2(ownFolder)) return;
  for (const name of readdirSync(ownFolder)) {
    if (/\.devops-baseline-\d+\.tmp$/.test(name)) removeQuietly(join3(ownFolder, name));
  }
}
function removeQuietly(path) {
  try {
    rmSync3(path, { force: true });
  } catch {
  }
}
function tempName(target) {
  return `${target}.devops-baseline-${process.pid}.tmp`;
}
function fileMode(executable, readOnly) {
  return readOnly ? executable ? 365 : 292 : executable ? 493 : 420;
}
function writeAtomic(root, path, content) {
  const target = resolveInsideRepo(root, path, "file");
  mkdirSync3(dirname3(target), { recursive: true });
  const temp = tempName(target);
  writeFileSync2(temp, content);
  writeStep();
  renameSync2(temp, target);
  writeStep();
}
function step(what, path, run2) {
  try {
    run2();
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    const e = error;
    const hint = e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS" ? "the file or its folder is not writable" : e.code === "ENOTDIR" ? "a folder on its path is a file" : e.code === "EISDIR" ? "it is a directory" : e.code === "ENOSPC" ? "the disk is full" : e.code ?? "error";
    throw badInput(`Could not ${what} ${path}: ${hint} (${e.code ?? e.message}). Files not yet replaced were left as they were; the next run completes or recovers.`);
  }
}
function updateGitattributes(root, ownedPaths) {
  if (!gitattributesIsEditable(root)) return;
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  if (next === (existing ?? "")) return;
  writeAtomic(root, GITATTRIBUTES_PATH, next);
}
function freeBackupPath(root, path) {
  let candidate = `${path}.orig`;
  const taken = (p) => {
    try {
      lstatSync3(join3(root, p));
      return true;
    } catch {
      return false;
    }
  };
  for (let n = 1; taken(candidate); n++) candidate = `${path}.orig.${n}`;
  return candidate;
}

// src/synth/synthesize-rendered.ts
function planRendered(root, tree, flags, io = {}) {
  return planWithState(root, tree, flags, io.baseStore ?? gitBaseStore(root), readManifestState(root));
}
function planWithState(root, tree, flags, baseStore, state) {
  const { manifest: previous, warnings } = state;
  const paths = /* @__PURE__ */ new Set([...tree.files.map((f) => f.path), ...Object.keys(previous?.files ?? {})]);
  const disk = blockProjenOwned(root, readDiskEntries(root, paths));
  const plan = planSynth(tree.files, previous, disk, flags, (sha) => baseStore.read(sha));
  const manifest = { version: 1, tool: TOOL_NAME, toolVersion: TOOL_VERSION, optionsHash: tree.optionsHash, files: plan.files };
  return { rendered: tree.files, plan, manifest, previous, warnings };
}
function synthesizeRendered(root, tree, flags, io = {}) {
  const lock = acquireLock(root);
  try {
    const state = readManifestState(root);
    const baseStore = io.baseStore ?? gitBaseStore(root);
    const repoPlan = planWithState(root, tree, flags, baseStore, state);
    const warnings = [
      ...lock.recovered ? [lock.recovered] : [],
      ...repoPlan.warnings,
      ...gitattributesIsEditable(root) ? [] : [`${GITATTRIBUTES_PATH} is not a regular file (a symbolic link?); its managed block was left alone`]
    ];
    const needsWrite = repoPlan.plan.actions.some(isWrite) || state.interrupted !== void 0 || state.raw !== serializeManifest(repoPlan.manifest) || gitattributesNeedUpdate(root, Object.keys(repoPlan.manifest.files));
    if (!needsWrite) return { ...repoPlan, warnings, wrote: false, backups: [] };
    removeLeftovers(root, state.interrupted);
    const result = writeTree(root, repoPlan.plan, repoPlan.manifest, { readOnly: tree.readOnly, baseStore });
    return { ...repoPlan, ...result, warnings, wrote: true };
  } finally {
    lock.release();
  }
}

// src/synth/synthesize.ts
function renderTree(options, io) {
  const files2 = io.render ? io.render(options) : renderFiles(renderModels(options), options);
  return { files: files2, optionsHash: hashOptions(options), readOnly: options.readOnly };
}
function planRepo(root, options, flags, io = {}) {
  return planRendered(root, renderTree(options, io), flags, io);
}
function synthesize(root, options, flags, io = {}) {
  return synthesizeRendered(root, renderTree(options, io), flags, io);
}

// src/config/load-config.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
var CONFIG_FILES = [
  "devops-baseline.config.ts",
  "devops-baseline.config.mts",
  "devops-baseline.config.js",
  "devops-baseline.config.mjs",
  "devops-baseline.json"
];
function findConfigFile(root) {
  const found = CONFIG_FILES.filter((name) => existsSync3(join4(root, name)));
  if (found.length > 1) throw badInput(`Found ${found.join(" and ")}; keep one config file`);
  return found[0];
}
async function loadConfig(root) {
  const name = findConfigFile(root);
  if (!name) return void 0;
  const raw = name.endsWith(".json") ? readJsonConfig(root, name) : await importConfig(root, name);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const got = raw === null ? "null" : Array.isArray(raw) ? "an array" : raw === void 0 ? "nothing (no default export?)" : `${typeof raw} ${show(raw)}`;
    throw badInput(`Invalid ${name}: expected an object of options at the top level, got ${got}`);
  }
  return { path: name, raw, options: parseOptions(raw, name) };
}
var MAX_CONFIG_BYTES = 1024 * 1024;
function readJsonConfig(root, name) {
  let bytes;
  try {
    bytes = readFileSync3(join4(root, name));
  } catch (error) {
    const code2 = error.code;
    throw badInput(`${name} cannot be read (${code2 === "EISDIR" ? "it is a directory" : code2 ?? String(error)})`);
  }
  return parseJsonConfig(bytes, name);
}
function parseJsonConfig(bytes, name) {
  if (bytes.length > MAX_CONFIG_BYTES) throw badInput(`${name} is ${bytes.length} bytes; a config is at most ${MAX_CONFIG_BYTES} bytes`);
  if (bytes.includes(0)) throw badInput(`${name} is a binary file, not JSON`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${name} is not UTF-8 text; save it as UTF-8 JSON`);
  }
  text = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`${name} is not valid JSON: ${describeJsonError(text, error.message)}`);
  }
}
function describeJsonError(text, message) {
  const reason = message.replace(/,\s*".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected token '(.)'$/, "unexpected '$1'");
  const position = /at position (\d+)/.exec(message)?.[1];
  const at = position === void 0 ? inferPosition(text, reason) : Number(position);
  if (at === void 0) return reason;
  const before = text.slice(0, at).split("\n");
  return `${reason} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
function inferPosition(text, reason) {
  if (/end of JSON input/.test(reason)) return text.length;
  const failsAt = (k) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (error) {
      const message = error.message;
      const at = /at position (\d+)/.exec(message)?.[1];
      return !/end of JSON input/.test(message) && (at === void 0 || Number(at) < k);
    }
  };
  if (!failsAt(text.length)) return void 0;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (failsAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}
async function importConfig(root, name) {
  const { createJiti } = await import("./chunks/jiti-UKBWSMI7.js");
  const self2 = publicApiPath();
  const jiti = createJiti(join4(root, name), { alias: { "create-devops-baseline": self2 }, moduleCache: false, fsCache: false });
  let module;
  try {
    module = await jiti.import(join4(root, name));
  } catch (error) {
    throw badInput(`${name} could not be evaluated: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const config = module.default ?? module;
  if (typeof config !== "function") return config;
  try {
    return await config();
  } catch (error) {
    throw badInput(`${name}: its exported function failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

// src/cli/option-flags.ts
var toInt = (value) => /^\d+$/.test(value) ? Number(value) : value;
var toList = (value) => value.split(",").map((s) => s.trim()).filter(Boolean);
var OPTION_FLAGS = [
  { flag: "--name <name>", key: "name", description: "project name (images, services, databases)" },
  { flag: "--backend <kind>", key: "backend.kind", description: "backend framework", choices: BACKENDS },
  { flag: "--backend-dir <dir>", key: "backend.dir", description: "backend directory" },
  { flag: "--backend-version <version>", key: "backend.version", description: "Python or Node.js version of the backend" },
  { flag: "--backend-package-manager <pm>", key: "backend.packageManager", description: "backend package manager", choices: PACKAGE_MANAGERS },
  { flag: "--backend-port <port>", key: "backend.port", description: "port the backend listens on", parse: toInt },
  { flag: "--frontend <kind>", key: "frontend.kind", description: "frontend framework", choices: FRONTENDS },
  { flag: "--frontend-dir <dir>", key: "frontend.dir", description: "frontend directory" },
  { flag: "--frontend-package-manager <pm>", key: "frontend.packageManager", description: "frontend package manager", choices: NODE_PACKAGE_MANAGERS },
  { flag: "--node-version <version>", key: "frontend.nodeVersion", description: "Node.js version of the frontend" },
  { flag: "--library <kind>", key: "library.kind", description: "a Node.js/TypeScript library or CLI: CI only, no container", choices: LIBRARIES },
  { flag: "--database <kind>", key: "database", description: "database", choices: DATABASES },
  { flag: "--cache <kind>", key: "cache", description: "cache", choices: CACHES },
  { flag: "--object-storage <kind>", key: "objectStorage", description: "object storage", choices: OBJECT_STORAGES },
  { flag: "--cloud <target>", key: "cloud", description: "deploy target", choices: CLOUDS },
  { flag: "--deploy-strategy <strategy>", key: "deploy.strategy", description: "how new versions take traffic", choices: DEPLOY_STRATEGIES },
  { flag: "--region <region>", key: "deploy.region", description: "cloud region" },
  { flag: "--backup <target>", key: "backup.target", description: "backup target", choices: BACKUP_TARGETS },
  { flag: "--backup-schedule <cron>", key: "backup.schedule", description: "backup schedule (five-field cron, UTC)" },
  { flag: "--health-path <path>", key: "deploy.healthPath", description: "backend health endpoint (default /health)" },
  { flag: "--domain <domain>", key: "deploy.domain", description: "public domain (compose tunnel ingress)" },
  { flag: "--backup-bucket <name>", key: "backup.bucket", description: "bucket or container for dumps (default <name>-backups)" },
  { flag: "--alerting <kind>", key: "alerting", description: "where alerts go", choices: ALERTING },
  { flag: "--alert-email <address>", key: "notifications.email", description: "address alerts are mailed to (needed with --alerting email)" },
  { flag: "--slack-channel <channel>", key: "notifications.slackChannel", description: "Slack channel for alerts (--alerting slack)" },
  { flag: "--dependency-updates <tool>", key: "dependencyUpdates", description: "dependency-update tool", choices: DEPENDENCY_UPDATES },
  { flag: "--severity <list>", key: "securitySeverity", description: "Trivy severities that fail security.yml, comma-separated", parse: toList }
];
function addOptionFlags(command) {
  for (const f of OPTION_FLAGS) {
    const description = f.choices ? `${f.description} (${f.choices.join(" | ")})` : f.description;
    command.addOption(new Option(f.flag, description).helpGroup("Options (each also settable in the config file):"));
  }
  return command;
}
function configFromFlags(values) {
  const config = {};
  for (const f of OPTION_FLAGS) {
    const name = attributeName(f.flag);
    const raw = values[name];
    if (typeof raw !== "string") continue;
    setPath(config, f.key.split("."), f.parse ? f.parse(raw) : raw);
  }
  return config;
}
function hasOptionFlags(values) {
  return OPTION_FLAGS.some((f) => typeof values[attributeName(f.flag)] === "string");
}
function attributeName(flag) {
  return flag.split(" ")[0].replace(/^--/, "").replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function setPath(target, path, value) {
  const [head, ...rest] = path;
  if (head === void 0) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head] ??= {};
  setPath(child, rest, value);
}
function mergeConfig(...layers) {
  const result = {};
  for (const layer of layers) {
    if (!layer || typeof layer !== "object") continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object" && !Array.isArray(current) ? mergeConfig(current, value) : value;
    }
  }
  return result;
}

// src/cli/load-options.ts
async function loadRepoOptions(root, flags) {
  const loaded = await loadConfig(root);
  if (!loaded) {
    if (readProjenOwned(root).size > 0) {
      throw badInput(
        "No devops-baseline.config.ts or devops-baseline.json here: projen owns this repository's files (.projen/files.json). With `create-devops-baseline/projen` the baseline is configured in .projenrc.ts; check drift with `npx projen && git diff --exit-code`."
      );
    }
    throw badInput("No devops-baseline.config.ts or devops-baseline.json here. Run `create-devops-baseline init` first.");
  }
  if (!hasOptionFlags(flags)) return { options: loaded.options, configPath: loaded.path };
  const merged = mergeConfig(loaded.raw, configFromFlags(flags));
  return { options: parseOptions(merged, `options (${loaded.path} and flags)`), configPath: loaded.path };
}

// src/cli/output.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines2(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines2(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/synth/unified-diff.ts
function unifiedDiff(path, before, after) {
  const patch = createTwoFilesPatch(
    before === null ? "/dev/null" : `a/${path}`,
    after === null ? "/dev/null" : `b/${path}`,
    normaliseText(before ?? ""),
    after ?? "",
    void 0,
    void 0,
    { context: 3 }
  );
  return patch.split("\n").filter((line, i) => !(i < 2 && (line.startsWith("Index:") || line.startsWith("===")))).join("\n");
}

// src/cli/output.ts
var processOutput = {
  out: (line) => process.stdout.write(`${line}
`),
  err: (line) => process.stderr.write(`${line}
`)
};
var LABEL = {
  create: import_picocolors.default.green("create   "),
  update: import_picocolors.default.cyan("update   "),
  unchanged: import_picocolors.default.dim("unchanged"),
  replace: import_picocolors.default.yellow("replace  "),
  delete: import_picocolors.default.red("delete   "),
  "skip-unowned": import_picocolors.default.yellow("skip     "),
  merge: import_picocolors.default.cyan("merged   "),
  conflict: import_picocolors.default.red("conflict "),
  "keep-edited": import_picocolors.default.yellow("kept     "),
  "keep-orphan": import_picocolors.default.yellow("disowned "),
  blocked: import_picocolors.default.red("blocked  ")
};
function describeAction(action) {
  const path = pathOf(action);
  switch (action.type) {
    case "skip-unowned":
      return `${LABEL[action.type]} ${path} — exists and is not owned; kept as is (--adopt takes it over, keeping a .orig backup; or add it to "eject")`;
    case "keep-edited":
      return `${LABEL[action.type]} ${path} — edited by hand; kept (--force overwrites, keeping a .orig backup)${action.note ? `; ${action.note}` : ""}`;
    case "merge":
      return action.conflicts > 0 ? `${LABEL[action.type]} ${path} — your edit and the new baseline merged, ${action.conflicts} conflicting region(s) written with conflict markers; resolve them` : `${LABEL[action.type]} ${path} — your edit and the new baseline merged cleanly`;
    case "conflict":
      return `${LABEL[action.type]} ${path} — your edit and the new baseline change the same lines; not written (see the report)`;
    case "keep-orphan":
      return `${LABEL[action.type]} ${path} — no longer generated, but edited by hand; left in place and no longer owned`;
    case "blocked":
      return `${LABEL[action.type]} ${path} — ${action.reason}`;
    case "replace":
      return `${LABEL[action.type]} ${path} (${action.why === "adopt" ? "adopted" : "forced"})`;
    default:
      return `${LABEL[action.type]} ${path}`;
  }
}
function actionDiff(action) {
  switch (action.type) {
    case "create":
      return unifiedDiff(action.file.path, null, action.file.content);
    case "update":
    case "replace":
      return unifiedDiff(action.file.path, action.previous, action.file.content);
    case "keep-edited":
    case "skip-unowned":
      return unifiedDiff(action.file.path, action.existing, action.file.content);
    case "merge":
      return unifiedDiff(action.file.path, action.previous, action.content);
    case "conflict":
      return action.report;
    case "delete":
      return unifiedDiff(action.path, action.previous, null);
    default:
      return void 0;
  }
}
function colorDiff(diff) {
  return diff.split("\n").map(
    (line) => line.startsWith("+++") || line.startsWith("---") ? import_picocolors.default.bold(line) : line.startsWith("+") ? import_picocolors.default.green(line) : line.startsWith("-") ? import_picocolors.default.red(line) : line.startsWith("@@") ? import_picocolors.default.cyan(line) : line
  ).join("\n");
}

// src/cli/repo-root.ts
import { statSync as statSync3 } from "node:fs";
import { resolve } from "node:path";
function repoRoot(cwd) {
  const root = resolve(cwd ?? process.cwd());
  let isDir = false;
  try {
    isDir = statSync3(root).isDirectory();
  } catch {
  }
  if (!isDir) throw badInput(`--cwd: "${root}" is not a directory`);
  return root;
}

// src/cli/commands/synth.ts
var synth_exports = {};
__export(synth_exports, {
  register: () => register,
  summary: () => summary
});
function register(program2, output) {
  const command = program2.command("synth").description("Regenerate the owned files from the config. Hand-edited and unowned files are kept unless --force / --adopt.").option("-C, --cwd <dir>", "repository folder (default: current directory)").option("--force", "overwrite owned files edited by hand (the old content is kept as <file>.orig)").option("--adopt", "take over existing files this tool does not own (the old content is kept as <file>.orig)").option("--conflict <style>", "when your edit and the new baseline change the same lines: report (write nothing for that file, show the regions) or markers (write git-style conflict markers)", "report").option("--json", "print the result as JSON");
  addOptionFlags(command);
  command.addHelpText(
    "after",
    "\nExit codes: 0 done, 1 some files were left alone (edited or unowned; see the list), 2 bad input."
  );
  command.action(async (flags) => {
    const root = repoRoot(flags.cwd);
    const { options } = await loadRepoOptions(root, flags);
    const conflict = flags.conflict === void 0 ? "report" : String(flags.conflict);
    if (conflict !== "report" && conflict !== "markers") throw badInput(`--conflict: "${conflict}" is not allowed. Allowed: report, markers`);
    const result = synthesize(root, options, { force: Boolean(flags.force), adopt: Boolean(flags.adopt), conflict });
    const conflicts = result.plan.actions.filter(isConflict);
    if (flags.json) {
      output.out(JSON.stringify({ wrote: result.wrote, actions: result.plan.actions.map((a) => ({ ...summary(a), ...a.type === "conflict" ? { report: a.report } : {} })), backups: result.backups, warnings: result.warnings }, null, 2));
    } else {
      for (const warning of result.warnings) output.err(`warning: ${warning}`);
      for (const action of result.plan.actions) if (action.type !== "unchanged") output.out(describeAction(action));
      for (const action of result.plan.actions) if (action.type === "conflict") output.out(colorDiff(action.report));
      for (const b of result.backups) output.out(`backup    ${b.backup} (previous ${b.path})`);
      const unchanged = result.plan.actions.filter((a) => a.type === "unchanged").length;
      output.out(result.wrote ? `Done: ${result.plan.actions.length} owned files, ${unchanged} unchanged.` : `Nothing to do: ${unchanged} owned files up to date.`);
    }
    process.exitCode = conflicts.length > 0 ? ExitCode.drift : ExitCode.ok;
  });
}
function summary(action) {
  return { type: action.type, path: "file" in action ? action.file.path : action.path };
}

// src/cli/commands/check.ts
function registerComparison(program2, output, name) {
  const isCheck = name === "check";
  program2.command(name).description(
    isCheck ? "Re-render in memory and compare with the repository; never writes. Exit 1 with a unified diff on drift." : "Show, as a unified diff, what `synth` would change. Never writes; always exits 0 unless input is bad."
  ).option("-C, --cwd <dir>", "repository folder (default: current directory)").option("--json", "print the drifted files as JSON").addHelpText("after", isCheck ? "\nExit codes: 0 no drift, 1 drift, 2 bad input." : "\nExit codes: 0 shown, 2 bad input.").action(async (flags) => {
    const root = repoRoot(flags.cwd);
    const { options } = await loadRepoOptions(root, {});
    const { plan, warnings } = planRepo(root, options, { force: false, adopt: false });
    const drifted = plan.actions.filter((a) => a.type !== "unchanged");
    if (flags.json) {
      output.out(JSON.stringify({ drift: drifted.length > 0, files: drifted.map((a) => ({ ...summary(a), diff: actionDiff(a) })), warnings }, null, 2));
    } else {
      for (const warning of warnings) output.err(`warning: ${warning}`);
      for (const action of drifted) {
        output.out(describeAction(action));
        const diff = actionDiff(action);
        if (diff) output.out(colorDiff(diff));
      }
      output.out(
        drifted.length === 0 ? `No drift: ${plan.actions.length} owned files match the config.` : `${drifted.length} owned file(s) differ from the config. Run \`create-devops-baseline synth\` (hand edits need --force, or move them into the config's overrides).`
      );
    }
    process.exitCode = isCheck && drifted.length > 0 ? ExitCode.drift : ExitCode.ok;
  });
}
function register2(program2, output) {
  registerComparison(program2, output, "check");
  registerComparison(program2, output, "diff");
}

// src/cli/commands/detect.ts
var detect_exports = {};
__export(detect_exports, {
  register: () => register3
});

// src/detect/paths.ts
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
function baseOf(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function joinPath(dir, name) {
  return dir === "." ? name : `${dir}/${name}`;
}
function depthOf(dir) {
  return dir === "." ? 0 : dir.split("/").length;
}
function selfAndAncestors(dir) {
  const out = [];
  let current = dir;
  for (; ; ) {
    out.push(current);
    if (current === ".") return out;
    current = dirOf(current);
  }
}
function isWithin(path, dir) {
  return dir === "." || path === dir || path.startsWith(`${dir}/`);
}
function showDir(dir) {
  return dir === "." ? "the repository root" : `${dir}/`;
}
function normalisePath(raw) {
  const segments = raw.replace(/\\/g, "/").split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes("..") || /^[A-Za-z]:/.test(segments[0] ?? "")) return void 0;
  return segments.join("/");
}

// src/detect/ignore-paths.ts
var IGNORED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  ".pnpm-store",
  ".yarn",
  "venv",
  ".venv",
  "env",
  ".env",
  "virtualenv",
  ".virtualenv",
  "__pycache__",
  "site-packages",
  "dist-packages",
  ".tox",
  ".nox",
  ".eggs",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "dist",
  "build",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".vercel",
  ".output",
  ".cache",
  ".parcel-cache",
  "coverage",
  "htmlcov",
  "vendor",
  ".terraform"
]);
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var MAX_DIR_DEPTH = 6;
function isIgnoredDirName(name) {
  const lower = name.toLowerCase();
  return IGNORED_DIRS.has(lower) || /^\.?venv[\w.-]*$/.test(lower) || lower.endsWith(".egg-info");
}
var ENVIRONMENT_MARKERS = /* @__PURE__ */ new Set(["pyvenv.cfg", "conda-meta"]);
function visiblePaths(paths) {
  const normalised = /* @__PURE__ */ new Set();
  for (const raw of paths) {
    if (typeof raw !== "string") continue;
    const path = normalisePath(raw);
    if (path) normalised.add(path);
  }
  const environments = /* @__PURE__ */ new Set();
  for (const path of normalised) {
    if (!path.endsWith("pyvenv.cfg") && !path.includes("conda-meta")) continue;
    const segments = path.split("/");
    segments.forEach((segment, i) => {
      if (ENVIRONMENT_MARKERS.has(segment) && i > 0) environments.add(segments.slice(0, i).join("/"));
    });
  }
  const visible = [];
  const hiddenDir = /* @__PURE__ */ new Map();
  const isHidden = (dir) => {
    const known = hiddenDir.get(dir);
    if (known !== void 0) return known;
    const parent = dirOf(dir);
    const hidden = dir !== "." && (depthOf(dir) > MAX_DIR_DEPTH || isIgnoredDirName(baseOf(dir)) || environments.has(dir) || parent !== "." && isHidden(parent));
    hiddenDir.set(dir, hidden);
    return hidden;
  };
  for (const path of normalised) {
    if (ENVIRONMENT_MARKERS.has(baseOf(path)) || isHidden(dirOf(path))) continue;
    visible.push(path);
  }
  return visible.sort(compareText);
}

// src/detect/files-to-read.ts
var CAPS = {
  node: 40,
  python: 40,
  django: 25,
  version: 20,
  docker: 20,
  compose: 12,
  "env-example": 8,
  prisma: 4,
  "router-config": 4
};
var VERSION_FILES = /* @__PURE__ */ new Set([".python-version", "runtime.txt", ".nvmrc", ".node-version", ".tool-versions"]);
var ENV_EXAMPLES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template", ".env.dist", "env.example", "example.env"]);
function fileKindOf(path) {
  const name = baseOf(path);
  const lower = name.toLowerCase();
  const parent = baseOf(dirOf(path)).toLowerCase();
  if (name === "package.json") return "node";
  if (name === "pyproject.toml" || name === "Pipfile") return "python";
  if (/^requirements.*\.(txt|in)$/i.test(name) || parent === "requirements" && /\.(txt|in)$/i.test(name)) return "python";
  if (name === "manage.py" || isDjangoSettings(path)) return "django";
  if (VERSION_FILES.has(name)) return "version";
  if (isDockerfile(name)) return "docker";
  if (/^(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(name)) return "compose";
  if (ENV_EXAMPLES.has(lower)) return "env-example";
  if (name === "schema.prisma") return "prisma";
  if (/^react-router\.config\.(ts|js|mjs)$/.test(name)) return "router-config";
  return void 0;
}
function isDockerfile(name) {
  if (/\.dockerignore$/i.test(name)) return false;
  return /^(dockerfile|containerfile)([.-][\w.-]+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);
}
function isDjangoSettings(path) {
  const name = baseOf(path);
  if (!name.endsWith(".py")) return false;
  return /^settings([._-].*)?\.py$/.test(name) || baseOf(dirOf(path)) === "settings";
}
function filesToRead(paths) {
  const byKind = /* @__PURE__ */ new Map();
  for (const path of visiblePaths(paths)) {
    const kind = fileKindOf(path);
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(path);
    byKind.set(kind, list);
  }
  const picked = [];
  for (const [kind, list] of byKind) {
    list.sort((a, b) => depthOf(dirOf(a)) - depthOf(dirOf(b)) || compareText(a, b));
    picked.push(...list.slice(0, CAPS[kind]));
  }
  return picked.sort(compareText);
}

// src/detect/detect-package-manager.ts
var NODE_LOCKFILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
var NODE_MANAGERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
function nodePackageManager(index, pkg) {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  for (const dir of selfAndAncestors(pkg.dir)) {
    const owner = packages.get(dir);
    const declared = owner?.packageManager ? /^([a-z]+)@?/.exec(owner.packageManager)?.[1] : void 0;
    if (owner && declared && NODE_MANAGERS.has(declared)) {
      return {
        value: declared,
        file: owner.file,
        reason: `${owner.file} declares "packageManager": "${owner.packageManager}"`
      };
    }
    const locks = NODE_LOCKFILES.filter(([name]) => index.pathSet.has(joinPath(dir, name)));
    const first = locks[0];
    if (first) {
      const file = joinPath(dir, first[0]);
      if (new Set(locks.map(([, pm]) => pm)).size > 1) {
        index.warnings.push(
          `${capitalise(showDir(dir))} has lockfiles of several package managers (${locks.map(([n]) => n).join(", ")}); proposing ${first[1]}. Delete the stale ones.`
        );
      }
      const where = dir === pkg.dir ? "" : ` (the workspace lockfile for ${showDir(pkg.dir)})`;
      return { value: first[1], file, reason: `${file} is ${first[1]}'s lockfile${where}` };
    }
    if (index.pathSet.has(joinPath(dir, "pnpm-workspace.yaml"))) {
      const file = joinPath(dir, "pnpm-workspace.yaml");
      return { value: "pnpm", file, reason: `${file} defines a pnpm workspace` };
    }
  }
  return void 0;
}
function pythonPackageManager(index, project) {
  for (const dir of selfAndAncestors(project.dir)) {
    for (const [name, pm] of [["uv.lock", "uv"], ["poetry.lock", "poetry"]]) {
      const file = joinPath(dir, name);
      if (index.pathSet.has(file)) {
        const where = dir === project.dir ? "" : ` at ${showDir(dir)} (a workspace lockfile)`;
        return { value: pm, file, reason: `${file} is ${pm}'s lockfile${where}` };
      }
    }
  }
  if (project.poetry) return { value: "poetry", file: project.poetry, reason: `${project.poetry} is configured for poetry` };
  if (project.uv) return { value: "uv", file: project.uv, reason: `${project.uv} has a [tool.uv] table` };
  const requirements = project.manifests.find((m) => /\.(txt|in)$/.test(m));
  if (requirements) return { value: "pip", file: requirements, reason: `${requirements} is a pip requirements file` };
  for (const lock of ["Pipfile.lock", "pdm.lock"]) {
    const file = selfAndAncestors(project.dir).map((d) => joinPath(d, lock)).find((p) => index.pathSet.has(p));
    if (file) index.warnings.push(`${file}: ${lock === "pdm.lock" ? "pdm" : "pipenv"} is not supported by the baseline; pip is proposed, so export a requirements.txt`);
  }
  const pipfile = project.pipfile ?? project.manifests.find((m) => baseOf(m) === "Pipfile");
  if (pipfile && !index.warnings.some((w) => w.includes("pipenv"))) {
    index.warnings.push(`${pipfile}: pipenv is not supported by the baseline; pip is proposed, so export a requirements.txt`);
  }
  const manifest = project.manifests[0];
  if (manifest) return { value: "pip", file: manifest, reason: `${manifest} has no poetry or uv lockfile, so pip installs it` };
  return { value: "pip", file: ".", reason: "no dependency manifest was found, so pip is assumed" };
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/detect/parse-versions.ts
var NODE_LTS = {
  argon: "4",
  boron: "6",
  carbon: "8",
  dubnium: "10",
  erbium: "12",
  fermium: "14",
  gallium: "16",
  hydrogen: "18",
  iron: "20",
  jod: "22",
  krypton: "24"
};
function pythonPin(text) {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith("#"));
  const match = first && /^(?:python-?|cpython-?)?(\d+)\.(\d+)(?![\d])/i.exec(first);
  return match ? `${match[1]}.${match[2]}` : void 0;
}
function pythonFromRange(spec) {
  const firstAlternative = spec.split("||")[0] ?? "";
  for (const clause of firstAlternative.split(/[,\s]+(?=[<>=!~^\d])/)) {
    const match = /^\s*(>=|~=|==|\^|~|>|=)?\s*v?(\d+)(?:\.(\d+|\*))?/.exec(clause);
    if (!match?.[2]) continue;
    const op = match[1] ?? "==";
    const major = match[2];
    const minor = match[3] === void 0 || match[3] === "*" ? void 0 : Number(match[3]);
    if (minor === void 0) continue;
    return `${major}.${op === ">" ? minor + 1 : minor}`;
  }
  return void 0;
}
function nodePin(text) {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith("#"));
  if (!first) return void 0;
  const lts = /^lts\/([a-z]+)$/i.exec(first);
  if (lts?.[1]) return NODE_LTS[lts[1].toLowerCase()];
  const match = /^v?(\d+)(?:$|[.\s])/.exec(first);
  return match?.[1] && plausibleNode(match[1]) ? match[1] : void 0;
}
function nodeFromRange(spec) {
  const firstAlternative = spec.split("||")[0] ?? "";
  for (const clause of firstAlternative.trim().split(/\s+(?=[<>=~^\d])/)) {
    const match = /^(>=|\^|~|=|>)?\s*v?(\d+)/.exec(clause.trim());
    if (match?.[2] && plausibleNode(match[2])) return match[1] === ">" && !clause.includes(".") ? String(Number(match[2]) + 1) : match[2];
  }
  return void 0;
}
function plausibleNode(major) {
  const n = Number(major);
  return n >= 4 && n <= 60;
}
function readToolVersions(text) {
  const tools = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const [tool, version] = raw.replace(/#.*$/, "").trim().split(/\s+/);
    if (tool && version && !tools.has(tool)) tools.set(tool, version);
  }
  return tools;
}
function readDockerfile(text) {
  const args = /* @__PURE__ */ new Map();
  const images = [];
  let port;
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)=("?)([^"\s]*)\2/i.exec(line);
    if (arg?.[1] && arg[3] !== void 0) args.set(arg[1], arg[3]);
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
    if (from?.[1]) images.push(substitute(from[1], args).toLowerCase());
    const expose = /^EXPOSE\s+(\d+)/i.exec(line);
    if (expose?.[1]) {
      const n = Number(expose[1]);
      if (n >= 1 && n <= 65535) port = n;
    }
  }
  return port === void 0 ? { images } : { images, port };
}
function substitute(value, args) {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, fallback, bare) => {
    const name = braced ?? bare;
    return args.get(name) ?? fallback ?? "";
  });
}
function splitImage(image) {
  const withoutDigest = image.split("@")[0] ?? "";
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  return { path, name: path.slice(path.lastIndexOf("/") + 1), tag: hasTag ? withoutDigest.slice(colon + 1) : "" };
}
function pythonFromImage(image) {
  const { name, tag } = splitImage(image);
  if (name === "python") return /^(\d+\.\d+)/.exec(tag)?.[1];
  return /(?:^|[-_])python-?(\d+\.\d+)/.exec(tag)?.[1];
}
function nodeFromImage(image) {
  const { name, tag } = splitImage(image);
  if (name !== "node") return void 0;
  const major = /^(\d+)/.exec(tag)?.[1];
  return major && plausibleNode(major) ? major : void 0;
}

// src/detect/detect-versions.ts
function pythonVersion(index, project) {
  for (const dir of selfAndAncestors(project.dir)) {
    const pin = fromFile(index, joinPath(dir, ".python-version"), pythonPin, "pins Python") ?? fromFile(index, joinPath(dir, "runtime.txt"), pythonPin, "pins Python") ?? fromFile(index, joinPath(dir, ".tool-versions"), (t) => pythonPin(readToolVersions(t).get("python") ?? ""), "pins python");
    if (pin) return pin;
  }
  for (const spec of project.pythonSpecs.filter((s) => s.pinned)) {
    const value = pythonPin(spec.spec);
    if (value) return { value, file: spec.file, reason: `${spec.file} requires python_version ${spec.spec}` };
  }
  const docker = fromDockerfiles(index, project.dir, pythonFromImage, "Python");
  if (docker) return docker;
  for (const spec of project.pythonSpecs) {
    const value = pythonFromRange(spec.spec);
    if (value) return { value, file: spec.file, reason: `${spec.file} requires Python "${spec.spec}"; its lowest allowed version is ${value}` };
  }
  return void 0;
}
function nodeVersion(index, pkg) {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  for (const dir of selfAndAncestors(pkg.dir)) {
    const tools = (t) => {
      const entries = readToolVersions(t);
      return nodePin(entries.get("nodejs") ?? entries.get("node") ?? "");
    };
    const pin = fromFile(index, joinPath(dir, ".nvmrc"), nodePin, "pins Node.js") ?? fromFile(index, joinPath(dir, ".node-version"), nodePin, "pins Node.js") ?? fromFile(index, joinPath(dir, ".tool-versions"), tools, "pins nodejs");
    if (pin) return pin;
    const volta = packages.get(dir)?.voltaNode;
    const voltaMajor = volta && nodePin(volta);
    if (voltaMajor) return { value: voltaMajor, file: joinPath(dir, "package.json"), reason: `${joinPath(dir, "package.json")} pins Node.js ${volta} with Volta` };
  }
  const docker = fromDockerfiles(index, pkg.dir, nodeFromImage, "Node.js");
  if (docker) return docker;
  for (const dir of selfAndAncestors(pkg.dir)) {
    const engines = packages.get(dir)?.enginesNode;
    const value = engines && nodeFromRange(engines);
    if (value) {
      const file = joinPath(dir, "package.json");
      return { value, file, reason: `${file} has engines.node "${engines}"; its lowest allowed major is ${value}` };
    }
  }
  return void 0;
}
function fromFile(index, file, read, what) {
  const text = index.files.get(file);
  const value = text === void 0 ? void 0 : read(text);
  return value ? { value, file, reason: `${file} ${what} ${value}` } : void 0;
}
function fromDockerfiles(index, dir, fromImage, language) {
  const withVersion = index.dockerfiles.map(({ file, facts }) => {
    const image = [...facts.images].reverse().find((i) => fromImage(i));
    return image ? { file, image, value: fromImage(image) } : void 0;
  }).filter((d) => d !== void 0);
  const reason = (d, extra = "") => ({ value: d.value, file: d.file, reason: `${d.file} builds FROM ${d.image}, so ${language} ${d.value}${extra}` });
  const rank = (file) => (baseOf(file) === "Dockerfile" ? 0 : 1) * 1e3 + file.length;
  const inside = withVersion.filter((d) => isWithin(d.file, dir) && dir !== ".").sort((a, b) => rank(a.file) - rank(b.file))[0];
  if (inside) return reason(inside);
  const ancestors = new Set(selfAndAncestors(dir));
  const above = withVersion.filter((d) => ancestors.has(dirOf(d.file))).sort((a, b) => rank(a.file) - rank(b.file))[0];
  if (above) return reason(above);
  const values = new Set(withVersion.map((d) => d.value));
  const only = withVersion[0];
  if (only && values.size === 1) return reason(only, " (the only version the repository's Dockerfiles use)");
  return void 0;
}

// src/detect/describe-apps.ts
function describeBackend(index, app, note2) {
  note2("backend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note2("backend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const backend = { kind: app.kind, dir: app.dir };
  const version = app.python ? pythonVersion(index, app.python) : app.node ? nodeVersion(index, app.node) : void 0;
  if (version) {
    backend.version = version.value;
    note2("backend.version", version);
    warnIfEndOfLife(index, app.language, version);
  }
  const pm = app.python ? pythonPackageManager(index, app.python) : app.node ? nodePackageManager(index, app.node) : void 0;
  if (pm) {
    const finding = pm.file === "." ? { ...pm, file: app.file } : pm;
    backend.packageManager = finding.value;
    note2("backend.packageManager", finding);
    if (app.language === "node") noteContext(app, finding, note2, (context) => backend.context = context, "backend");
  }
  const port = backendPort(index, app);
  if (port) {
    backend.port = port.port;
    note2("backend.port", { value: String(port.port), file: port.file, reason: `${port.file} exposes port ${port.port}` });
  }
  const orm = app.language === "node" ? nodeOrm(app) : void 0;
  if (orm) {
    backend.orm = orm.value;
    note2("backend.orm", orm);
  }
  return backend;
}
function describeFrontend(index, app, note2) {
  note2("frontend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note2("frontend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const frontend = { kind: app.kind, dir: app.dir };
  if (app.node) {
    const pm = nodePackageManager(index, app.node);
    if (pm) {
      frontend.packageManager = pm.value;
      note2("frontend.packageManager", pm);
      noteContext(app, pm, note2, (context) => frontend.context = context, "frontend");
    }
    const version = nodeVersion(index, app.node);
    if (version) {
      frontend.nodeVersion = version.value;
      note2("frontend.nodeVersion", version);
      warnIfEndOfLife(index, "node", version);
    }
  }
  return frontend;
}
function noteContext(app, pm, note2, set, role) {
  const root = dirOf(pm.file);
  if (pm.file === "." || root === app.dir) return;
  set(root);
  note2(`${role}.context`, {
    value: root,
    file: pm.file,
    reason: `${pm.file} sits at the workspace root (${showDir(root)}), so the ${role} image builds from there`
  });
}
function nodeOrm(app) {
  const deps = app.node?.deps;
  if (!deps || !app.node) return void 0;
  const found = ["prisma", "@prisma/client", "typeorm", "@nestjs/typeorm"].find((name) => deps.has(name));
  if (!found) return void 0;
  const value = found.includes("prisma") ? "prisma" : "typeorm";
  return { value, file: app.node.file, reason: `${app.node.file} depends on ${found}` };
}
function backendPort(index, app) {
  const here = index.dockerfiles.filter((d) => dirOf(d.file) === app.dir && d.facts.port !== void 0);
  const runtime = app.language === "python" ? /python|uv/ : /node|bun/;
  const variants = here.filter(
    (d) => !/[.-](dev|development|local|test|ci|debug)$/i.test(baseOf(d.file)) && d.facts.images.some((image) => runtime.test(splitImage(image).path))
  );
  const chosen = here.find((d) => baseOf(d.file) === "Dockerfile") ?? (variants.length === 1 ? variants[0] : void 0);
  return chosen?.facts.port === void 0 ? void 0 : { port: chosen.facts.port, file: chosen.file };
}
function dirReason(app) {
  const manifest = /(^|\/)(package\.json|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|[^/]*\.txt|[^/]*\.in)$/.test(app.dirFile);
  return manifest ? `${app.dirFile} declares the ${app.kind} app's dependencies, so ${showDir(app.dir)} is its folder` : `${app.dirFile} places the ${app.kind} app in ${showDir(app.dir)}`;
}
var OLDEST_MAINTAINED = { node: [20, 0], python: [3, 10] };
function warnIfEndOfLife(index, language, version) {
  const [major = 0, minor = 0] = version.value.split(".").map(Number);
  const [oldMajor, oldMinor] = OLDEST_MAINTAINED[language];
  if (major < oldMajor || major === oldMajor && minor < oldMinor) {
    const name = language === "node" ? "Node.js" : "Python";
    index.warnings.push(
      `${name} ${version.value} (from ${version.file}) reached end-of-life in 2025 or earlier; the baseline uses it as declared, so consider pinning a maintained version.`
    );
  }
}

// src/detect/read-package-json.ts
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
function readPackageJson(file, text) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, error: `${file} is not valid JSON (${firstLine(error)}); it was skipped` };
  }
  if (!isRecord(data)) return { ok: false, error: `${file} is not a JSON object; it was skipped` };
  const deps = /* @__PURE__ */ new Map();
  for (const field of DEPENDENCY_FIELDS) {
    const section = data[field];
    if (!isRecord(section)) continue;
    for (const [name, range] of Object.entries(section)) {
      if (!deps.has(name)) deps.set(name, typeof range === "string" ? range : "");
    }
  }
  const engines = isRecord(data.engines) ? data.engines : {};
  const volta = isRecord(data.volta) ? data.volta : {};
  return {
    ok: true,
    value: {
      file,
      dir: dirOf(file),
      deps,
      workspaceRoot: Array.isArray(data.workspaces) || isRecord(data.workspaces),
      library: ["exports", "module", "types", "typings"].some((field) => data[field] !== void 0),
      private: data.private === true,
      scripts: new Set(isRecord(data.scripts) ? Object.keys(data.scripts) : []),
      ...optionalString("name", data.name),
      ...optionalString("packageManager", data.packageManager),
      ...optionalString("enginesNode", engines.node),
      ...optionalString("voltaNode", volta.node)
    }
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.slice(0, 160) ?? "";
}
function optionalString(key, value) {
  return typeof value === "string" && value.trim() !== "" ? { [key]: value.trim() } : {};
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/detect/read-python-project.ts
function pythonManifestDir(path) {
  const name = baseOf(path);
  const dir = dirOf(path);
  if (["pyproject.toml", "Pipfile", "setup.py", "setup.cfg"].includes(name)) return dir;
  if (/^requirements.*\.(txt|in)$/i.test(name)) return dir;
  if (baseOf(dir).toLowerCase() === "requirements" && dir !== "." && /\.(txt|in)$/i.test(name)) return dirOf(dir);
  return void 0;
}
function readPythonProjects(paths, files2, warn) {
  const projects = /* @__PURE__ */ new Map();
  const manifests = paths.flatMap((path) => {
    const dir = pythonManifestDir(path);
    return dir === void 0 ? [] : [{ path, dir, rank: manifestRank(path) }];
  });
  manifests.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, dir } of manifests) {
    let project = projects.get(dir);
    if (!project) {
      project = { dir, manifests: [], deps: [], pythonSpecs: [], declaresProject: false };
      projects.set(dir, project);
    }
    project.manifests.push(path);
    const text = files2.get(path);
    const name = baseOf(path);
    if (name !== "pyproject.toml" || text === void 0) project.declaresProject = true;
    if (text === void 0) continue;
    if (name === "pyproject.toml") readPyproject(project, path, text, warn);
    else if (name === "Pipfile") readPipfile(project, path, text, warn);
    else if (name.endsWith(".txt") || name.endsWith(".in")) readRequirements(project, path, text);
  }
  return [...projects.values()];
}
function manifestRank(path) {
  const name = baseOf(path).toLowerCase();
  if (name === "pyproject.toml") return 0;
  if (/(^|[-_./])(dev|test|tests|ci|lint|docs|local|typing|mypy)([-_.]|$)/.test(name)) return 3;
  if (name.endsWith(".txt") || name.endsWith(".in")) return name.startsWith("requirements.") ? 1 : 2;
  if (name === "pipfile") return 2;
  return 4;
}
function normalisePythonName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function parseRequirement(spec) {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?/.exec(spec);
  if (!match?.[1]) return void 0;
  const extras = (match[2] ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
  return { name: normalisePythonName(match[1]), extras };
}
function readRequirements(project, file, text) {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    if (line.startsWith("-")) {
      const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(raw);
      if (egg?.[1]) project.deps.push({ name: normalisePythonName(egg[1]), extras: [], file });
      continue;
    }
    const req = parseRequirement(line);
    if (req) project.deps.push({ ...req, file });
  }
}
function readToml(file, text, warn) {
  try {
    return parse(text);
  } catch (error) {
    warn(file, `${file} is not valid TOML (${firstLine(error)}); it was skipped`);
    return void 0;
  }
}
function readPyproject(project, file, text, warn) {
  const data = readToml(file, text, warn);
  if (!data) return;
  const pep621 = record(data.project);
  const tool = record(data.tool);
  const poetry = record(tool.poetry);
  const buildBackend = record(data["build-system"])["build-backend"];
  if (isRecord(data.project) || isRecord(tool.poetry) || isRecord(data["dependency-groups"])) project.declaresProject = true;
  const addSpecs = (list) => {
    for (const spec of strings(list)) {
      const req = parseRequirement(spec);
      if (req) project.deps.push({ ...req, file });
    }
  };
  addSpecs(pep621.dependencies);
  for (const group of Object.values(record(pep621["optional-dependencies"]))) addSpecs(group);
  for (const group of Object.values(record(data["dependency-groups"]))) addSpecs(group);
  const poetryTables = [poetry.dependencies, poetry["dev-dependencies"]];
  for (const group of Object.values(record(poetry.group))) poetryTables.push(record(group).dependencies);
  for (const table of poetryTables) {
    for (const [name2, spec] of Object.entries(record(table))) {
      if (name2.toLowerCase() === "python") {
        if (typeof spec === "string") project.pythonSpecs.push({ spec, file, pinned: false });
        continue;
      }
      project.deps.push({ name: normalisePythonName(name2), extras: strings(record(spec).extras), file });
    }
  }
  if (typeof pep621["requires-python"] === "string") {
    project.pythonSpecs.push({ spec: pep621["requires-python"], file, pinned: false });
  }
  const name = typeof pep621.name === "string" ? pep621.name : typeof poetry.name === "string" ? poetry.name : void 0;
  if (name && !project.name) project.name = { value: name, file };
  if (Object.keys(poetry).length > 0 || typeof buildBackend === "string" && buildBackend.startsWith("poetry")) {
    project.poetry ??= file;
  }
  if (isRecord(tool.uv)) project.uv ??= file;
}
function readPipfile(project, file, text, warn) {
  const data = readToml(file, text, warn);
  if (!data) return;
  project.pipfile = file;
  for (const section of [data.packages, data["dev-packages"]]) {
    for (const [name, spec] of Object.entries(record(section))) {
      project.deps.push({ name: normalisePythonName(name), extras: strings(record(spec).extras), file });
    }
  }
  const requires = record(data.requires);
  const pinned = requires.python_full_version ?? requires.python_version;
  if (typeof pinned === "string") project.pythonSpecs.push({ spec: pinned, file, pinned: true });
}
function record(value) {
  return isRecord(value) ? value : {};
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/detect/repo-index.ts
var NOT_THE_APP = /* @__PURE__ */ new Set([
  "example",
  "examples",
  "sample",
  "samples",
  "demo",
  "demos",
  "playground",
  "sandbox",
  "docs",
  "doc",
  "test",
  "tests",
  "__tests__",
  "testing",
  "fixtures",
  "e2e",
  "cypress",
  "playwright",
  "benchmarks",
  "bench",
  "templates",
  "template",
  "scripts",
  "tools",
  "storybook",
  ".github",
  "extras"
]);
function isOutsideApp(path) {
  const segments = path.split("/");
  return segments.some((segment, i) => {
    const lower = segment.toLowerCase();
    const hidden = i < segments.length - 1 && lower.startsWith(".") && lower !== ".devcontainer";
    return hidden || NOT_THE_APP.has(lower) || /^(examples?|samples?|demos?)[-_.]/.test(lower) || lower.includes("{{");
  });
}
function indexRepo(snapshot) {
  const rawFiles = snapshot.files instanceof Map ? snapshot.files : /* @__PURE__ */ new Map();
  const rawPaths = Array.isArray(snapshot.paths) ? [...snapshot.paths] : [];
  rawPaths.push(...rawFiles.keys());
  const paths = visiblePaths(rawPaths);
  const pathSet = new Set(paths);
  const files2 = /* @__PURE__ */ new Map();
  for (const [raw, text] of rawFiles) {
    const path = typeof raw === "string" ? normalisePath(raw) : void 0;
    if (path && pathSet.has(path) && typeof text === "string") files2.set(path, text);
  }
  const warnings = [];
  const warn = (file, message) => {
    if (!isOutsideApp(file)) warnings.push(message);
  };
  const nodePackages = [];
  for (const path of paths) {
    if (baseOf(path) !== "package.json") continue;
    const text = files2.get(path);
    if (text === void 0) continue;
    const parsed = readPackageJson(path, text);
    if (parsed.ok) nodePackages.push(parsed.value);
    else warn(path, parsed.error);
  }
  const dockerfiles = paths.filter((p) => isDockerfile(baseOf(p)) && files2.has(p)).map((file) => ({ file, facts: readDockerfile(files2.get(file) ?? "") }));
  return {
    paths,
    pathSet,
    files: files2,
    nodePackages,
    pythonProjects: readPythonProjects(paths, files2, warn),
    dockerfiles,
    warnings,
    unsupported: [],
    ...typeof snapshot.name === "string" && snapshot.name ? { folderName: snapshot.name } : {}
  };
}

// src/detect/detect-library.ts
function describeLibrary(index, note2) {
  const buildable = index.nodePackages.filter((p) => p.scripts.has("build") && !isOutsideApp(p.dir)).sort((a, b) => depthOf(a.dir) - depthOf(b.dir) || compareText(a.dir, b.dir));
  const pkg = buildable[0];
  if (!pkg) return void 0;
  const what = pkg.library ? "publishes entry points" : "has no app framework";
  note2("library.kind", { value: "node", file: pkg.file, reason: `${pkg.file} ${what} and a build script: a Node.js library or CLI` });
  note2("library.dir", { value: pkg.dir, file: pkg.file, reason: `${pkg.file} is the library's package.json, so ${showDir(pkg.dir)} is its folder` });
  const library = { kind: "node", dir: pkg.dir };
  const pm = nodePackageManager(index, pkg);
  if (pm) {
    library.packageManager = pm.value;
    note2("library.packageManager", pm);
  }
  const version = nodeVersion(index, pkg);
  if (version) {
    library.nodeVersion = version.value;
    note2("library.nodeVersion", version);
  }
  return library;
}

// src/detect/detect-name.ts
var GENERIC = /* @__PURE__ */ new Set(["root", "monorepo", "workspace", "workspaces", "app", "frontend", "backend", "web", "api", "server", "client", "project", "my-app", "repo", "source", "src"]);
function normaliseName(raw) {
  const unscoped = raw.replace(/^@[^/]+\//, "");
  const name = unscoped.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return name === "" ? void 0 : name;
}
function detectName(index, pythonAtRoot = false) {
  const rootPackage = index.nodePackages.find((p) => p.dir === ".");
  const rootPython = index.pythonProjects.find((p) => p.dir === ".");
  const fromPackage = [
    rootPackage?.name && { raw: rootPackage.name, file: rootPackage.file, from: "the name in" },
    // "@acme/monorepo": the scope names the project when the package name is generic.
    rootPackage?.name?.startsWith("@") && { raw: rootPackage.name.slice(1).split("/")[0] ?? "", file: rootPackage.file, from: "the scope in" }
  ];
  const fromPython = [rootPython?.name && { raw: rootPython.name.value, file: rootPython.name.file, from: "the name in" }];
  const sources = [
    ...pythonAtRoot ? [...fromPython, ...fromPackage] : [...fromPackage, ...fromPython],
    index.folderName && { raw: index.folderName, file: ".", from: "the folder name" }
  ];
  for (const source of sources) {
    if (!source) continue;
    const value = normaliseName(source.raw);
    if (!value || GENERIC.has(value)) continue;
    const where = source.file === "." ? `the folder name "${source.raw}"` : `${source.from} ${source.file} ("${source.raw}")`;
    return { value, file: source.file, reason: `from ${where}` };
  }
  return void 0;
}

// src/detect/detect-services.ts
var import_yaml = __toESM(require_dist(), 1);

// src/detect/service-signals.ts
var db = (value) => ({ key: "database", value });
var redis = { key: "cache", value: "redis" };
var s3 = { key: "objectStorage", value: "s3" };
var minio = { key: "objectStorage", value: "minio" };
var unsupported = (value) => ({ key: "unsupported", value });
var PYTHON_DEPENDENCIES = {
  psycopg: db("postgres"),
  "psycopg-binary": db("postgres"),
  "psycopg-c": db("postgres"),
  "psycopg-pool": db("postgres"),
  psycopg2: db("postgres"),
  "psycopg2-binary": db("postgres"),
  asyncpg: db("postgres"),
  pg8000: db("postgres"),
  aiopg: db("postgres"),
  geoalchemy2: db("postgis"),
  "django-postgres-extra": db("postgres"),
  aiosqlite: db("sqlite"),
  redis,
  "django-redis": redis,
  hiredis: redis,
  aioredis: redis,
  "channels-redis": redis,
  "django-rq": redis,
  rq: redis,
  arq: redis,
  "django-cacheops": redis,
  "redis-om": redis,
  boto3: s3,
  "django-storages": s3,
  aioboto3: s3,
  aiobotocore: s3,
  s3fs: s3,
  minio,
  pymongo: unsupported("MongoDB"),
  motor: unsupported("MongoDB"),
  mongoengine: unsupported("MongoDB"),
  beanie: unsupported("MongoDB"),
  djongo: unsupported("MongoDB"),
  odmantic: unsupported("MongoDB"),
  "django-mongodb-backend": unsupported("MongoDB"),
  mysqlclient: unsupported("MySQL"),
  pymysql: unsupported("MySQL"),
  aiomysql: unsupported("MySQL"),
  "mysql-connector-python": unsupported("MySQL"),
  asyncmy: unsupported("MySQL"),
  "google-cloud-storage": unsupported("Google Cloud Storage"),
  "azure-storage-blob": unsupported("Azure Blob Storage")
};
function pythonExtraSignal(name, extras) {
  if (extras.some((e) => e === "redis" || e === "hiredis")) return redis;
  if (extras.some((e) => e.startsWith("postgres") || e === "psycopg" || e === "psycopg2" || e === "asyncpg")) return db("postgres");
  if (name === "django-storages" && extras.some((e) => e === "google")) return unsupported("Google Cloud Storage");
  if (name === "django-storages" && extras.some((e) => e === "azure")) return unsupported("Azure Blob Storage");
  return void 0;
}
var NODE_DEPENDENCIES = {
  pg: db("postgres"),
  postgres: db("postgres"),
  "pg-promise": db("postgres"),
  "@neondatabase/serverless": db("postgres"),
  "@vercel/postgres": db("postgres"),
  slonik: db("postgres"),
  "@prisma/adapter-pg": db("postgres"),
  sqlite3: db("sqlite"),
  "better-sqlite3": db("sqlite"),
  redis,
  ioredis: redis,
  bullmq: redis,
  bull: redis,
  "@nestjs/bull": redis,
  "@nestjs/bullmq": redis,
  "@redis/client": redis,
  "connect-redis": redis,
  "cache-manager-redis-store": redis,
  "cache-manager-ioredis": redis,
  "@keyv/redis": redis,
  "rate-limit-redis": redis,
  "@aws-sdk/client-s3": s3,
  "@aws-sdk/lib-storage": s3,
  "@aws-sdk/s3-request-presigner": s3,
  "multer-s3": s3,
  minio,
  mongoose: unsupported("MongoDB"),
  mongodb: unsupported("MongoDB"),
  "@nestjs/mongoose": unsupported("MongoDB"),
  "@typegoose/typegoose": unsupported("MongoDB"),
  mysql: unsupported("MySQL"),
  mysql2: unsupported("MySQL"),
  "@google-cloud/storage": unsupported("Google Cloud Storage"),
  "@azure/storage-blob": unsupported("Azure Blob Storage")
};
function imageSignal(path, name) {
  if (path.includes("postgis")) return db("postgis");
  if (/^(postgres|postgresql|timescaledb(-ha)?|pgvector)$/.test(name)) return db("postgres");
  if (/^(redis|redis-stack|redis-stack-server|valkey|keydb)$/.test(name)) return redis;
  if (name === "minio") return minio;
  if (/^mongo(db)?(-.*)?$/.test(name) && name !== "mongo-express") return unsupported("MongoDB");
  if (name === "mysql" || name === "mariadb") return unsupported(name === "mysql" ? "MySQL" : "MariaDB");
  return void 0;
}
function serviceNameSignal(name) {
  return imageSignal(name.toLowerCase(), name.toLowerCase());
}
var TEXT_PATTERNS = [
  [/django\.contrib\.gis\.db\.backends\.postgis/, db("postgis"), "uses the PostGIS database engine"],
  [/django\.db\.backends\.postgresql/, db("postgres"), "uses the PostgreSQL database engine"],
  [/\bpostgis:\/\//, db("postgis"), "has a postgis:// database URL"],
  [/\bpostgres(ql)?(\+\w+)?:\/\//, db("postgres"), "has a PostgreSQL database URL"],
  [/django\.db\.backends\.sqlite3/, db("sqlite"), "uses the SQLite database engine"],
  [/\bsqlite(\+\w+)?:\/\//, db("sqlite"), "has a SQLite database URL"],
  [/django\.db\.backends\.mysql|\bmysql(\+\w+)?:\/\//, unsupported("MySQL"), "uses MySQL"],
  [/\bmongodb(\+srv)?:\/\/|django_mongodb_backend|djongo/, unsupported("MongoDB"), "uses MongoDB"],
  [/\brediss?:\/\/|django_redis|RedisCache/, redis, "configures Redis"],
  [/\bminio\b/i, minio, "points at MinIO"],
  [/storages\.backends\.s3|S3Boto3Storage|\bS3Storage\b/, s3, "stores files with django-storages' S3 backend"]
];

// src/detect/detect-services.ts
function collectServiceSignals(index) {
  const signals = [];
  const files2 = [...index.files.keys()].filter((f) => !isOutsideApp(f));
  for (const file of files2.filter((f) => isDjangoSettings(f) || fileKindOf(f) === "env-example")) {
    signals.push(...textSignals(file, index.files.get(file) ?? ""));
  }
  for (const file of files2.filter((f) => fileKindOf(f) === "compose")) {
    signals.push(...composeSignals(file, index.files.get(file) ?? "", index.warnings));
  }
  for (const file of files2.filter((f) => baseOf(f) === "schema.prisma")) {
    signals.push(...prismaSignals(file, index.files.get(file) ?? ""));
  }
  for (const { file, facts } of index.dockerfiles.filter((d) => !isOutsideApp(d.file))) {
    for (const image of facts.images) {
      const { path, name } = splitImage(image);
      const signal = imageSignal(path, name);
      if (signal) signals.push({ signal, file, reason: `${file} builds FROM ${image}` });
    }
  }
  for (const project of index.pythonProjects.filter((p) => !isOutsideApp(p.dir))) {
    for (const dep of project.deps) {
      const signal = pythonExtraSignal(dep.name, dep.extras) ?? (Object.hasOwn(PYTHON_DEPENDENCIES, dep.name) ? PYTHON_DEPENDENCIES[dep.name] : void 0);
      const extras = dep.extras.length > 0 ? `[${dep.extras.join(",")}]` : "";
      if (signal) signals.push({ signal, file: dep.file, reason: `${dep.file} depends on ${dep.name}${extras}` });
    }
  }
  for (const pkg of index.nodePackages.filter((p) => !isOutsideApp(p.dir))) {
    for (const name of pkg.deps.keys()) {
      const signal = Object.hasOwn(NODE_DEPENDENCIES, name) ? NODE_DEPENDENCIES[name] : void 0;
      if (signal) signals.push({ signal, file: pkg.file, reason: `${pkg.file} depends on ${name}` });
    }
  }
  return signals;
}
function textSignals(file, text) {
  const signals = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#")) continue;
    for (const [pattern, signal, what] of TEXT_PATTERNS) {
      if (pattern.test(line)) signals.push({ signal, file, reason: `${file} ${what}` });
    }
  }
  return signals;
}
function composeSignals(file, text, warnings) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { merge: true, maxAliasCount: 1e3 });
  } catch (error) {
    warnings.push(`${file} is not valid YAML (${firstLine(error)}); it was skipped`);
    return [];
  }
  const services = isRecord(data) && isRecord(data.services) ? data.services : {};
  const signals = [];
  for (const [name, service] of Object.entries(services)) {
    const image = isRecord(service) && typeof service.image === "string" ? interpolate(service.image).toLowerCase() : void 0;
    const fromImage = image ? imageSignal(splitImage(image).path, splitImage(image).name) : void 0;
    if (fromImage && image) {
      signals.push({ signal: fromImage, file, reason: `${file} runs service "${name}" from image ${image}` });
      continue;
    }
    const fromName = serviceNameSignal(name);
    if (fromName) signals.push({ signal: fromName, file, reason: `${file} has a service named "${name}"` });
  }
  return signals;
}
function interpolate(value) {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*)|:?\?[^}]*)?\}/g, (_match, fallback) => fallback ?? "");
}
function prismaSignals(file, text) {
  const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(text)?.[1] ?? "";
  const provider = /provider\s*=\s*"(\w+)"/.exec(block)?.[1];
  const reason = `${file} has datasource provider "${provider}"`;
  switch (provider) {
    case "postgresql":
    case "postgres":
      return [{ signal: { key: "database", value: "postgres" }, file, reason }];
    case "sqlite":
      return [{ signal: { key: "database", value: "sqlite" }, file, reason }];
    case "mongodb":
      return [{ signal: { key: "unsupported", value: "MongoDB" }, file, reason }];
    case "mysql":
      return [{ signal: { key: "unsupported", value: "MySQL" }, file, reason }];
    case "sqlserver":
      return [{ signal: { key: "unsupported", value: "SQL Server" }, file, reason }];
    case "cockroachdb":
      return [{ signal: { key: "unsupported", value: "CockroachDB" }, file, reason }];
    default:
      return [];
  }
}

// src/detect/resolve-services.ts
var PRECEDENCE = {
  database: ["postgis", "postgres", "sqlite"],
  cache: ["redis"],
  objectStorage: ["minio", "s3"]
};
function resolveServices(index) {
  const signals = collectServiceSignals(index);
  const findings = [];
  for (const key of ["database", "cache", "objectStorage"]) {
    const winner = PRECEDENCE[key].map((value) => signals.find((s) => s.signal.key === key && s.signal.value === value)).find((s) => s !== void 0);
    findings.push([
      key,
      winner ? { value: winner.signal.value, file: winner.file, reason: winner.reason } : { value: "none", file: ".", reason: `nothing in settings, compose files or dependencies asks for ${label(key)}` }
    ]);
  }
  const warnings = [];
  const database = findings.find(([key]) => key === "database")?.[1].value ?? "none";
  const seen = /* @__PURE__ */ new Set();
  for (const { signal, reason } of signals) {
    if (signal.key !== "unsupported" || seen.has(signal.value)) continue;
    seen.add(signal.value);
    const outcome = isDatabase(signal.value) && database === "none" ? "database is left none (never faked as Postgres)" : "the baseline leaves it to you";
    warnings.push(`${signal.value} is not supported by the baseline's ${isDatabase(signal.value) ? "database" : "storage"} pieces (${reason}); ${outcome}.`);
  }
  return { findings, warnings };
}
function isDatabase(name) {
  return !/storage/i.test(name);
}
function label(key) {
  return key === "objectStorage" ? "object storage" : `a ${key}`;
}
function noServices() {
  const reason = "no backend or frontend was proposed, so no service is";
  return {
    findings: ["database", "cache", "objectStorage"].map((key) => [key, { value: "none", file: ".", reason }]),
    warnings: []
  };
}

// src/detect/find-marker-apps.ts
var MARKERS = [
  { pattern: /^next\.config\.(js|cjs|mjs|ts)$/, kind: "nextjs", needs: ["next"], what: "a Next.js app" },
  { pattern: /^vite\.config\.(js|cjs|mjs|ts|mts)$/, kind: "react-vite", needs: ["react", "react-dom"], what: "a Vite app" },
  { pattern: /^app\.module\.ts$/, kind: "nestjs", needs: ["@nestjs/core"], what: "a NestJS app" }
];
function findMarkerApps(index) {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  const found = /* @__PURE__ */ new Map();
  for (const path of index.paths) {
    const marker = MARKERS.find((m) => m.pattern.test(baseOf(path)));
    if (!marker) continue;
    const appDir = marker.kind === "nestjs" ? nestAppDir(path) : dirOf(path);
    if (appDir === void 0) continue;
    const own = packages.get(appDir);
    if (own && marker.needs.some((dep) => own.deps.has(dep))) continue;
    const owner = ownerOf(appDir, packages);
    if (!owner || !marker.needs.some((dep) => owner.deps.has(dep))) continue;
    const role = marker.kind === "nestjs" ? "backend" : "frontend";
    const key = `${role}:${appDir}`;
    if (found.has(key)) continue;
    found.set(key, {
      role,
      kind: marker.kind,
      language: "node",
      dir: appDir,
      file: path,
      dirFile: path,
      reason: `${path} marks ${marker.what}, and ${owner.file} declares ${marker.needs.find((d) => owner.deps.has(d))}`,
      strength: 2,
      size: owner.deps.size,
      // Versions and the package manager come from the package.json that holds the dependencies.
      node: { ...owner, dir: appDir }
    });
  }
  return [...found.values()];
}
function nestAppDir(path) {
  const segments = dirOf(path).split("/");
  const src = segments.lastIndexOf("src");
  if (src < 0) return void 0;
  return src === 0 ? "." : segments.slice(0, src).join("/");
}
function ownerOf(dir, packages) {
  for (const candidate of selfAndAncestors(dir).slice(1)) {
    const owner = packages.get(candidate);
    if (owner) return owner;
  }
  return void 0;
}
function preferMarkerApps(packageApps, markerApps) {
  const explained = new Set(markerApps.map((m) => `${m.kind}:${m.node?.file}`));
  return [...packageApps.filter((app) => !explained.has(`${app.kind}:${app.node?.file}`)), ...markerApps];
}

// src/detect/find-node-apps.ts
var UNSUPPORTED_SERVERS = {
  fastify: "Fastify",
  koa: "Koa",
  "@hapi/hapi": "hapi",
  hono: "Hono",
  "@adonisjs/core": "AdonisJS",
  sails: "Sails",
  "@feathersjs/feathers": "Feathers"
};
var UNSUPPORTED_FRONTENDS = {
  nuxt: "Nuxt",
  "@sveltejs/kit": "SvelteKit",
  "@angular/core": "Angular",
  "react-scripts": "Create React App",
  gatsby: "Gatsby",
  "@remix-run/react": "Remix",
  vue: "Vue",
  svelte: "Svelte",
  "solid-js": "Solid"
};
var SSR_ON_VITE = {
  "@remix-run/dev": "Remix",
  "@react-router/dev": "React Router framework-mode",
  "@tanstack/react-start": "TanStack Start",
  vike: "Vike",
  waku: "Waku",
  astro: "Astro",
  "@redwoodjs/core": "RedwoodJS"
};
var OTHER_BUNDLERS = ["webpack", "parcel", "@rspack/core", "@rsbuild/core"];
function findNodeApps(index) {
  const candidates = [];
  for (const pkg of index.nodePackages) {
    if (pkg.library && !pkg.private) continue;
    const frontend = classifyFrontend(pkg, index);
    if (frontend) candidates.push(frontend);
    const backend = classifyBackend(pkg, frontend?.kind, index);
    if (backend) candidates.push(backend);
  }
  return candidates;
}
function classifyFrontend(pkg, index) {
  const base = { role: "frontend", language: "node", ...located(pkg, index) };
  if (pkg.deps.has("next")) {
    return { ...base, kind: "nextjs", reason: `${pkg.file} depends on next`, strength: 2 };
  }
  const ssr = Object.keys(SSR_ON_VITE).find((name) => pkg.deps.has(name));
  const spa = ssr === "@react-router/dev" ? spaModeConfig(pkg, index) : void 0;
  if (spa) {
    return { ...base, kind: "react-vite", reason: `${spa} sets ssr: false, so React Router builds a static Vite app`, strength: 2 };
  }
  if (ssr) {
    if (!isOutsideApp(pkg.dir)) index.unsupported.push({ role: "frontend", framework: SSR_ON_VITE[ssr] ?? ssr, file: pkg.file });
    return void 0;
  }
  const react = pkg.deps.has("react") || pkg.deps.has("react-dom");
  const viteConfig = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts"].map((name) => joinPath(pkg.dir, name)).find((p) => index.pathSet.has(p));
  const vite = pkg.deps.has("vite") || pkg.deps.has("@vitejs/plugin-react") || pkg.deps.has("@vitejs/plugin-react-swc");
  if (react && (vite || viteConfig) && !pkg.deps.has("react-scripts")) {
    const how = vite ? "vite" : `a Vite config (${viteConfig})`;
    return { ...base, kind: "react-vite", reason: `${pkg.file} depends on react and ${how}`, strength: 2 };
  }
  const bundler = OTHER_BUNDLERS.find((name) => pkg.deps.has(name));
  const other = Object.keys(UNSUPPORTED_FRONTENDS).find((name) => pkg.deps.has(name)) ?? (pkg.deps.has("react-dom") && bundler ? `React built with ${bundler}` : void 0);
  if (other && !pkg.workspaceRoot && !isOutsideApp(pkg.dir)) {
    index.unsupported.push({ role: "frontend", framework: UNSUPPORTED_FRONTENDS[other] ?? other, file: pkg.file });
  }
  return void 0;
}
function classifyBackend(pkg, frontend, index) {
  const base = { role: "backend", language: "node", ...located(pkg, index) };
  if (pkg.deps.has("@nestjs/core")) {
    return { ...base, kind: "nestjs", reason: `${pkg.file} depends on @nestjs/core`, strength: 2 };
  }
  if (pkg.deps.has("express")) {
    if (frontend === "nextjs") {
      index.warnings.push(
        `${pkg.file} depends on express next to next (a custom Next.js server); it was not proposed as a separate backend`
      );
      return void 0;
    }
    return { ...base, kind: "express", reason: `${pkg.file} depends on express`, strength: 2 };
  }
  const other = Object.keys(UNSUPPORTED_SERVERS).find((name) => pkg.deps.has(name));
  if (other && !frontend && !pkg.workspaceRoot && !isOutsideApp(pkg.dir)) {
    index.unsupported.push({ role: "backend", framework: UNSUPPORTED_SERVERS[other] ?? other, file: pkg.file });
  }
  return void 0;
}
function located(pkg, index) {
  const workspaceRoot = pkg.workspaceRoot || index.pathSet.has(joinPath(pkg.dir, "pnpm-workspace.yaml"));
  return { dir: pkg.dir, file: pkg.file, dirFile: pkg.file, node: pkg, workspaceRoot, exportsEntryPoints: pkg.library, size: pkg.deps.size };
}
function spaModeConfig(pkg, index) {
  return ["react-router.config.ts", "react-router.config.js", "react-router.config.mjs"].map((name) => joinPath(pkg.dir, name)).find((path) => /\bssr\s*:\s*false\b/.test(index.files.get(path) ?? ""));
}

// src/detect/find-python-apps.ts
var UNSUPPORTED = {
  flask: "Flask",
  quart: "Quart",
  sanic: "Sanic",
  tornado: "Tornado",
  litestar: "Litestar",
  falcon: "Falcon",
  pyramid: "Pyramid",
  bottle: "Bottle",
  starlette: "Starlette"
};
var DJANGO_PACKAGES = ["django", "wagtail", "django-cms", "mezzanine"];
function findPythonApps(index) {
  const projects = new Map(index.pythonProjects.map((p) => [p.dir, p]));
  const managePys = /* @__PURE__ */ new Map();
  for (const path of index.paths) {
    if (baseOf(path) !== "manage.py") continue;
    const owner = ownerOf2(dirOf(path), projects);
    const text = index.files.get(path);
    const namesDjango = /DJANGO_SETTINGS_MODULE|django\.core\.management|from django\b|import django\b/.test(text ?? "");
    const ownerProject = projects.get(owner);
    if (text !== void 0 && !namesDjango && !(ownerProject && dependency(ownerProject, DJANGO_PACKAGES))) continue;
    managePys.set(owner, [...managePys.get(owner) ?? [], path]);
  }
  const candidates = [];
  const dirs = /* @__PURE__ */ new Set([...projects.keys(), ...managePys.keys()]);
  for (const dir of dirs) {
    const project = projects.get(dir) ?? { dir, manifests: [], deps: [], pythonSpecs: [], declaresProject: false };
    const manage = (managePys.get(dir) ?? []).sort((a, b) => a.length - b.length)[0];
    const candidate = classify(project, manage, index);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
function ownerOf2(dir, projects) {
  for (const candidate of selfAndAncestors(dir)) {
    const project = projects.get(candidate);
    if (project?.declaresProject) {
      return candidate;
    }
  }
  return dir;
}
function dependency(project, names) {
  return project.deps.find((d) => names.includes(d.name));
}
function classify(project, manage, index) {
  const django = dependency(project, DJANGO_PACKAGES);
  const fastapi = dependency(project, ["fastapi", "fastapi-slim"]);
  const dirFile = project.manifests[0] ?? manage ?? project.dir;
  const base = { role: "backend", language: "python", dir: project.dir, dirFile, python: project, size: new Set(project.deps.map((d) => d.name)).size };
  if (manage) {
    const where = dirOf(manage) === project.dir ? "" : `; its backend root is ${showDir(project.dir)}, where the dependencies are declared`;
    const deps = django ? ` and ${django.file} depends on ${django.name}` : "";
    return { ...base, kind: "django", file: manage, reason: `${manage} is a Django entry point${deps}${where}`, strength: 3 };
  }
  if (fastapi) {
    return { ...base, kind: "fastapi", file: fastapi.file, reason: `${fastapi.file} depends on fastapi`, strength: 2 };
  }
  if (django) {
    const entry = index.paths.find((p) => isWithin(p, project.dir) && /(^|\/)(wsgi|asgi)\.py$/.test(p) && !isOutsideApp(p));
    if (entry) {
      return { ...base, kind: "django", file: django.file, reason: `${django.file} depends on ${django.name} and ${entry} serves it`, strength: 2 };
    }
    if (!isOutsideApp(project.dir)) {
      index.warnings.push(
        `${django.file} depends on ${django.name} but has no manage.py, wsgi.py or asgi.py: it looks like a reusable Django package, so it was not proposed as a backend`
      );
    }
    return void 0;
  }
  const other = dependency(project, Object.keys(UNSUPPORTED));
  if (other && !isOutsideApp(other.file)) {
    index.unsupported.push({ role: "backend", framework: UNSUPPORTED[other.name] ?? other.name, file: other.file });
  }
  return void 0;
}

// src/detect/snap-versions.ts
var PYTHON_BACKENDS = /* @__PURE__ */ new Set(["django", "fastapi"]);
var NODE_BACKENDS = /* @__PURE__ */ new Set(["express", "nestjs"]);
function snapVersions(detection, supported) {
  const warnings = [...detection.warnings];
  let evidence = [...detection.evidence];
  const snap = (key, language, value) => {
    if (value === void 0) return void 0;
    const choice = nearestSupported(value, supported[language], language);
    if (choice === void 0 || choice === versionKey(value, language)) return value;
    const source = evidence.find((e) => e.key === key);
    const name = language === "node" ? "Node.js" : "Python";
    const where = source ? ` (${source.file})` : "";
    const why = reasonFor(value, sorted(supported[language], language), language);
    warnings.push(`${name} ${value}${where} has no pinned base image (${why}); proposing ${choice}. Supported: ${sorted(supported[language], language).join(", ")}.`);
    const stale = `${name} ${value} (from ${source?.file ?? ""}) reached end-of-life`;
    const at = warnings.findIndex((w) => w.startsWith(stale));
    if (at >= 0) warnings.splice(at, 1);
    evidence = evidence.map(
      (e) => e.key === key ? { ...e, value: choice, reason: `${e.reason}; ${choice} is proposed, the nearest version with a pinned base image` } : e
    );
    return choice;
  };
  const config = { ...detection.config };
  const backend = config.backend;
  if (backend?.kind && backend.version !== void 0) {
    const language = PYTHON_BACKENDS.has(backend.kind) ? "python" : NODE_BACKENDS.has(backend.kind) ? "node" : void 0;
    const version = language && snap("backend.version", language, backend.version);
    if (version !== void 0 && version !== backend.version) config.backend = { ...backend, version };
  }
  const frontend = config.frontend;
  if (frontend?.kind && frontend.kind !== "none" && frontend.nodeVersion !== void 0) {
    const version = snap("frontend.nodeVersion", "node", frontend.nodeVersion);
    if (version !== void 0 && version !== frontend.nodeVersion) config.frontend = { ...frontend, nodeVersion: version };
  }
  return { config, evidence, warnings: [...new Set(warnings)] };
}
function nearestSupported(value, supported, language) {
  const key = versionKey(value, language);
  if (supported.includes(key)) return key;
  const ordered = sorted(supported, language);
  return ordered.find((s) => compare(s, key, language) > 0) ?? ordered.at(-1);
}
function versionKey(value, language) {
  return value.split(".").slice(0, language === "node" ? 1 : 2).join(".");
}
function compare(a, b, language) {
  const pa = versionKey(a, language).split(".").map(Number);
  const pb = versionKey(b, language).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function sorted(versions, language) {
  return [...versions].sort((a, b) => compare(a, b, language));
}
function reasonFor(value, ordered, language) {
  const [oldest, newest] = [ordered[0], ordered.at(-1)];
  if (oldest !== void 0 && compare(value, oldest, language) < 0) return "end of life";
  if (newest !== void 0 && compare(value, newest, language) > 0) return "newer than every pinned image";
  return "not a pinned release line";
}

// src/detect/pick-app.ts
var ROLE_NAMES = {
  backend: /* @__PURE__ */ new Set(["backend", "api", "server", "service", "django", "fastapi", "nestjs", "express"]),
  frontend: /* @__PURE__ */ new Set(["frontend", "web", "client", "webapp", "www", "site", "dashboard", "app", "spa", "nextjs", "next"])
};
function hasRoleName(dir, role) {
  return baseOf(dir).toLowerCase().split(/[-_.]/).some((word) => ROLE_NAMES[role].has(word));
}
var TEST_FOLDERS = /* @__PURE__ */ new Set(["test", "tests", "__tests__", "testing", "fixtures", "e2e", "cypress", "playwright"]);
var LIBRARY_FOLDERS = /* @__PURE__ */ new Set(["packages", "libs", "lib", "shared", "common", "modules", "plugins", "extensions"]);
function scoreApp(app) {
  let score = 100 - 8 * depthOf(app.dir) + 10 * app.strength;
  if (app.dir !== "." && hasRoleName(app.dir, app.role)) score += 15;
  if (app.dir.split("/").some((s) => LIBRARY_FOLDERS.has(s.toLowerCase()))) score -= 20;
  if (app.workspaceRoot) score -= 40;
  if (app.exportsEntryPoints) score -= 10;
  score += Math.min(10, Math.floor(app.size / 5));
  return score;
}
function pickApp(candidates, role) {
  const ofRole = candidates.filter((c) => c.role === role);
  const samples = ofRole.filter((c) => isOutsideApp(c.dir));
  const ranked = ofRole.filter((c) => !isOutsideApp(c.dir)).map((app) => ({ app, score: scoreApp(app) })).sort((a, b) => b.score - a.score || depthOf(a.app.dir) - depthOf(b.app.dir) || compareText(a.app.dir, b.app.dir));
  const best = ranked[0]?.app;
  const mentionable = samples.filter((app) => !app.dir.split("/").some((s) => TEST_FOLDERS.has(s.toLowerCase())));
  if (!best && mentionable.length > 0) {
    const list2 = listApps(mentionable);
    return { warning: `Only example, test or docs ${role}s were found (${list2}); none was proposed. Set ${role}.kind and ${role}.dir if one of them is the app.` };
  }
  if (!best || ranked.length === 1) return best ? { app: best } : {};
  const list = listApps(ranked.map(({ app }) => app));
  return {
    app: best,
    warning: `Found ${ranked.length} ${role}s (${list}); proposing ${best.kind} in ${showDir(best.dir)} as the likeliest (by depth, folder name, entry point and number of dependencies). Set ${role}.kind and ${role}.dir to choose another.`
  };
}
function listApps(apps) {
  const names = apps.map((app) => `${app.kind} in ${showDir(app.dir)}`);
  return names.length > 4 ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more` : names.join(", ");
}

// src/detect/detect-from-snapshot.ts
function detectFromSnapshot(snapshot) {
  const index = indexRepo(snapshot);
  const evidence = [];
  const note2 = (key, finding) => evidence.push({ key, ...finding });
  const config = {};
  const readingWarnings = index.warnings.length;
  const candidates = [...findPythonApps(index), ...preferMarkerApps(findNodeApps(index), findMarkerApps(index))];
  const backend = pickApp(candidates, "backend");
  const frontend = pickApp(candidates, "frontend");
  const name = detectName(index, backend.app?.language === "python" && backend.app.dir === ".");
  if (name) {
    config.name = name.value;
    note2("name", name);
  }
  for (const picked of [backend, frontend]) if (picked.warning) index.warnings.push(picked.warning);
  index.warnings.push(...unsupportedWarnings(index.unsupported));
  config.backend = backend.app ? describeBackend(index, backend.app, note2) : { kind: "none" };
  config.frontend = frontend.app ? describeFrontend(index, frontend.app, note2) : { kind: "none" };
  if (!backend.app) {
    note2("backend.kind", { value: "none", file: ".", reason: "no Django, FastAPI, Express or NestJS project was found" });
  }
  if (!frontend.app) {
    note2("frontend.kind", { value: "none", file: ".", reason: "no Next.js or React + Vite project was found" });
  }
  const library = !backend.app && !frontend.app && index.unsupported.length === 0 ? describeLibrary(index, note2) : void 0;
  if (library) config.library = library;
  const explained = index.warnings.length > readingWarnings;
  if (!backend.app && !frontend.app && !library && !explained) {
    index.warnings.push(
      "Nothing recognisable was found (supported: django, fastapi, express, nestjs backends; nextjs, react-vite frontends; Node.js libraries with a build script); backend and frontend are none."
    );
  }
  if (backend.app && frontend.app && backend.app.dir === frontend.app.dir) {
    index.warnings.push(
      `The ${backend.app.kind} backend and the ${frontend.app.kind} frontend share ${showDir(backend.app.dir)}; check that the frontend is a separate app and not the backend's asset build.`
    );
  }
  const services = backend.app || frontend.app ? resolveServices(index) : noServices();
  for (const [key, finding] of services.findings) {
    config[key] = finding.value;
    note2(key, finding);
  }
  index.warnings.push(...services.warnings);
  return snapVersions({ config, evidence, warnings: [...new Set(index.warnings)] }, pinnedVersions());
}
var SUPPORTED = { backend: "django, fastapi, express, nestjs", frontend: "nextjs, react-vite" };
function unsupportedWarnings(apps) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const app of apps) {
    const key = `${app.role}:${app.framework}`;
    groups2.set(key, [...groups2.get(key) ?? [], app]);
  }
  return [...groups2.values()].map((group) => {
    const { role, framework } = group[0];
    const files2 = group.map((a) => a.file);
    const listed = files2.length > 3 ? `${files2.slice(0, 3).join(", ")} and ${files2.length - 3} more` : files2.join(", ");
    const many = files2.length > 1;
    return `${framework} ${role}${many ? "s" : ""} (${listed}) ${many ? "are" : "is"} not supported by the baseline (supported ${role}s: ${SUPPORTED[role]}); ${many ? "they were" : "it was"} not proposed.`;
  });
}

// src/detect/read-local-snapshot.ts
import { closeSync as closeSync2, fstatSync, openSync as openSync2, readdirSync as readdirSync2, readSync, statSync as statSync4 } from "node:fs";
import { basename, join as join5, resolve as resolve2 } from "node:path";
var MAX_FILES = 2e4;
var MAX_FILE_BYTES = 256 * 1024;
function readLocalSnapshot(root) {
  const absoluteRoot = resolve2(root);
  if (!statSync4(absoluteRoot, { throwIfNoEntry: false })?.isDirectory()) {
    throw badInput(`Cannot detect the stack of ${root}: it is not a folder.`);
  }
  const paths = [];
  let level = [""];
  for (let depth2 = 0; depth2 <= MAX_DIR_DEPTH && level.length > 0 && paths.length < MAX_FILES; depth2++) {
    const next = [];
    for (const dir of level.sort()) {
      const entries = listDir(join5(absoluteRoot, dir));
      if (dir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      for (const entry of entries) {
        const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !isIgnoredDirName(entry.name)) next.push(path);
        else if (entry.isFile() && paths.length < MAX_FILES) paths.push(path);
      }
    }
    level = next;
  }
  const files2 = /* @__PURE__ */ new Map();
  for (const path of filesToRead(paths)) {
    const text = readSmallFile(join5(absoluteRoot, path));
    if (text !== void 0) files2.set(path, text);
  }
  return { paths: paths.sort(), files: files2, name: basename(absoluteRoot) };
}
function detectRepo(root) {
  return detectFromSnapshot(readLocalSnapshot(root));
}
function listDir(dir) {
  try {
    return readdirSync2(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  } catch {
    return [];
  }
}
function readSmallFile(path) {
  let fd;
  try {
    fd = openSync2(path, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return void 0;
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}

// src/cli/commands/detect.ts
function register3(program2, output) {
  program2.command("detect").description("Propose options from the repository's files, and say which file told what. Writes nothing.").option("-C, --cwd <dir>", "repository folder (default: current directory)").option("--json", "print the detection as JSON").action((flags) => {
    const detection = detectRepo(repoRoot(flags.cwd));
    if (flags.json) {
      output.out(JSON.stringify(detection, null, 2));
      return;
    }
    for (const e of detection.evidence) output.out(`${e.key} = ${e.value}  (${e.file}: ${e.reason})`);
    for (const w of detection.warnings) output.err(`warning: ${w}`);
  });
}

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  register: () => register4
});
import { existsSync as existsSync4, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join6 } from "node:path";

// src/config/write-config.ts
var SCHEMA_URL = "https://unpkg.com/create-devops-baseline/schema/devops-baseline.schema.json";
function configFileName(format) {
  return format === "ts" ? "devops-baseline.config.ts" : "devops-baseline.json";
}
function renderConfig(config, format) {
  if (format === "json") return `${JSON.stringify({ $schema: SCHEMA_URL, ...config }, null, 2)}
`;
  const body = JSON.stringify(config, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
  return `import { defineConfig } from "create-devops-baseline";

export default defineConfig(${body});
`;
}

// src/cli/commands/init.ts
function register4(program2, output) {
  const command = program2.command("init", { isDefault: true }).description("Detect the stack, ask what it cannot infer, write the config and the owned baseline files.").option("-C, --cwd <dir>", "repository folder (default: current directory)").option("-y, --yes", "accept the detected values and flags without asking (needed without a terminal)").option("--config-format <format>", "config file to write: ts (devops-baseline.config.ts) or json (devops-baseline.json); default ts for Node/TypeScript repos, else json").option("--force", "overwrite owned files edited by hand (the old content is kept as <file>.orig)").option("--adopt", "take over existing files this tool does not own (the old content is kept as <file>.orig)");
  addOptionFlags(command);
  command.addHelpText(
    "after",
    "\nExisting files this tool does not own are never overwritten: init lists them and keeps them (see --adopt).\nExit codes: 0 done, 2 bad input (nothing written)."
  );
  command.action(async (flags) => {
    const root = repoRoot(flags.cwd);
    const existing = findConfigFile(root);
    let configPath;
    let options;
    if (existing) {
      ({ options, configPath } = await loadRepoOptions(root, flags));
      if (hasOptionFlags(flags)) output.err(`note: flags apply to this run only; ${existing} is not changed`);
    } else {
      const format = configFormat(flags.configFormat, root);
      const detection = detectRepo(root);
      for (const e of detection.evidence) output.out(`detected  ${e.key} = ${e.value}  (${e.file}: ${e.reason})`);
      for (const w of detection.warnings) output.err(`warning: ${w}`);
      let config = mergeConfig(detection.config, configFromFlags(flags));
      parseOptions(config, "options (detected and flags)");
      if (!flags.yes) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) {
          throw badInput(
            "No terminal to ask questions in. Pass --yes to accept the detected values (see `create-devops-baseline detect`), and flags such as --cloud aws-ecs to change them."
          );
        }
        const { askForOptions } = await import("./chunks/prompts-ZRBJHIGK.js");
        config = await askForOptions(config);
      }
      options = parseOptions(config, "options");
      configPath = configFileName(format);
      writeFileSync3(join6(root, configPath), renderConfig(config, format));
      output.out(`config    ${configPath}`);
    }
    const result = synthesize(root, options, { force: Boolean(flags.force), adopt: Boolean(flags.adopt) });
    for (const warning of result.warnings) output.err(`warning: ${warning}`);
    for (const action of result.plan.actions) output.out(describeAction(action));
    for (const b of result.backups) output.out(`backup    ${b.backup} (previous ${b.path})`);
    output.out(`
The baseline is configured in ${configPath}. Change it there and run \`create-devops-baseline synth\`; CI runs \`create-devops-baseline check\`.`);
    process.exitCode = ExitCode.ok;
  });
}
function configFormat(flag, root) {
  if (flag === void 0) return existsSync4(join6(root, "package.json")) || existsSync4(join6(root, "tsconfig.json")) ? "ts" : "json";
  if (flag !== "ts" && flag !== "json") throw badInput(`--config-format: "${flag}" is not allowed. Allowed: ts, json`);
  return flag;
}

// src/cli/commands/resync.ts
var resync_exports = {};
__export(resync_exports, {
  register: () => register6
});

// src/github/auth.ts
import { readFileSync as readFileSync4 } from "node:fs";

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite2 = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite2 || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite2 && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// node_modules/before-after-hook/lib/register.js
function register5(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register5.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register5.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register5.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep2 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep2}${b64url}${sep2}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// src/github/redact.ts
var MASK = "***";
var TOKEN_SHAPES = [
  /\bgh[pousr]_[A-Za-z0-9_]{16,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bv1\.[0-9a-f]{40}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(authorization["']?\s*[:=]\s*["']?)(token|bearer|basic)\s+[^\s"',}]+/gi,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /(\/\/)[^/\s:@]+:[^/\s@]+@/g
];
function createRedactor() {
  const secrets = /* @__PURE__ */ new Set();
  return {
    addSecret(value) {
      if (value && value.trim().length >= 8) {
        secrets.add(value);
        secrets.add(value.trim());
      }
    },
    redact(text) {
      let out = text;
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
      for (const shape of TOKEN_SHAPES) {
        out = out.replace(shape, (match, ...groups2) => {
          const first = groups2[0];
          if (shape.source.startsWith("\\b(authorization") && typeof first === "string") return `${first}${String(groups2[1])} ${MASK}`;
          if (shape.source.startsWith("(\\/\\/)")) return `//${MASK}@`;
          return match.startsWith("-----BEGIN") ? `-----BEGIN PRIVATE KEY----- ${MASK}` : MASK;
        });
      }
      return out;
    }
  };
}
function redactValue(redactor, value) {
  if (value instanceof Error) return redactor.redact(value.message);
  if (typeof value === "string") return redactor.redact(value);
  try {
    return redactor.redact(JSON.stringify(value));
  } catch {
    return redactor.redact(String(value));
  }
}

// src/github/client.ts
var GitHubOctokit = Octokit2.plugin(throttling, retry);
var DEFAULTS = { pacing: "github", maxLimitRetries: 4 };
var REQUEST_LOG_LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE) \S+ - \d{3} /;
var UNPACED = {
  key: () => ({
    schedule: (_options, task, ...args) => Promise.resolve().then(() => task(...args))
  })
};
function createGitHubClient(options) {
  const { pacing, maxLimitRetries } = { ...DEFAULTS, ...options };
  const log = options.log ?? (() => void 0);
  const say = (level) => (...parts) => {
    const line = parts.map((p) => redactValue(options.redactor, p)).join(" ");
    log(level === "error" && REQUEST_LOG_LINE.test(line) ? "debug" : level, line);
  };
  if ("token" in options.auth) options.redactor.addSecret(options.auth.token);
  const auth2 = "token" in options.auth ? { auth: options.auth.token } : { authStrategy: options.auth.strategy, auth: options.auth.options };
  const throttle = {
    ...pacing === "off" ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {},
    // Each client gets its own limiter keys: shards or installations must not share one queue by accident.
    id: `cdb-${Math.random().toString(36).slice(2)}`,
    onRateLimit: (retryAfter, request2, _octokit, retryCount) => {
      log("warn", `rate limit reached on ${request2.method} ${request2.url}; waiting ${retryAfter}s`);
      return retryCount < maxLimitRetries;
    },
    onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => {
      options.onSecondaryLimit?.(retryAfter);
      log("warn", `secondary rate limit on ${request2.method} ${request2.url}; waiting ${retryAfter}s as GitHub asked`);
      return retryCount < maxLimitRetries;
    }
  };
  return new GitHubOctokit({
    ...auth2,
    ...options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {},
    userAgent: `create-devops-baseline/${TOOL_VERSION}`,
    request: options.fetch ? { fetch: options.fetch } : {},
    log: { debug: say("debug"), info: say("info"), warn: say("warn"), error: say("error") },
    throttle,
    retry: { retries: 3 }
  });
}

// src/github/auth.ts
var AUTH_HELP = "Authenticate with a token in GITHUB_TOKEN (or --token-env NAME), or as a GitHub App with --app-id and --app-private-key-file (or the key in GITHUB_APP_PRIVATE_KEY).";
function resolveAuth(flags, env, redactor) {
  const appId = flags.appId ?? env.GITHUB_APP_ID;
  if (appId) {
    if (!/^\d+$/.test(appId) && !/^Iv[0-9a-z.]+$/i.test(appId)) throw badInput(`--app-id: "${appId}" is not a GitHub App id (a number, or a client id such as Iv23li…)`);
    const privateKey = readPrivateKey(flags, env);
    redactor.addSecret(privateKey);
    return { kind: "app", appId, privateKey };
  }
  const names = flags.tokenEnv ? [flags.tokenEnv] : ["GITHUB_TOKEN", "GH_TOKEN"];
  for (const name of names) {
    const token = env[name]?.trim();
    if (token) {
      redactor.addSecret(token);
      return { kind: "token", token, source: name };
    }
  }
  throw badInput(`No GitHub credentials: ${names.join(" and ")} ${names.length > 1 ? "are" : "is"} not set. ${AUTH_HELP}`);
}
function readPrivateKey(flags, env) {
  if (flags.appPrivateKeyFile) {
    try {
      return readFileSync4(flags.appPrivateKeyFile, "utf8");
    } catch (error) {
      throw badInput(`--app-private-key-file: cannot read ${flags.appPrivateKeyFile} (${error.code ?? "error"})`);
    }
  }
  const name = flags.appPrivateKeyEnv ?? "GITHUB_APP_PRIVATE_KEY";
  const key = env[name];
  if (!key) throw badInput(`A GitHub App needs its private key: pass --app-private-key-file PATH or set ${name}.`);
  return key.includes("\\n") && !key.includes("\n") ? key.replace(/\\n/g, "\n") : key;
}
function createSession(auth2, settings) {
  if (auth2.kind === "token") {
    const identity = { github: createGitHubClient({ ...settings, auth: { token: auth2.token } }), key: "token" };
    return { forOwner: () => Promise.resolve(identity) };
  }
  return createAppSession(auth2, settings);
}
function createAppSession(auth2, settings) {
  const byOwner = /* @__PURE__ */ new Map();
  let appClient;
  const strategy = async () => (await import("./chunks/dist-node-5DKRIRRU.js")).createAppAuth;
  const app = () => appClient ??= strategy().then(
    (createAppAuth) => createGitHubClient({ ...settings, auth: { strategy: createAppAuth, options: { appId: auth2.appId, privateKey: auth2.privateKey } } })
  );
  async function installationFor(owner) {
    const github = await app();
    let installationId;
    try {
      installationId = (await github.rest.apps.getOrgInstallation({ org: owner })).data.id;
    } catch (error) {
      if (error.status !== 404) throw error;
      try {
        installationId = (await github.rest.apps.getUserInstallation({ username: owner })).data.id;
      } catch (inner) {
        if (inner.status !== 404) throw inner;
        throw new BaselineError("GITHUB", `The GitHub App ${auth2.appId} is not installed on ${owner}. Install it on that organisation (Settings → GitHub Apps) with contents, pull requests and workflows write access.`);
      }
    }
    const createAppAuth = await strategy();
    const client = createGitHubClient({
      ...settings,
      auth: { strategy: createAppAuth, options: { appId: auth2.appId, privateKey: auth2.privateKey, installationId } }
    });
    const minted = await client.auth({ type: "installation" });
    settings.redactor.addSecret(minted.token);
    return { github: client, key: `installation:${installationId}` };
  }
  return {
    forOwner(owner) {
      const key = owner.toLowerCase();
      let identity = byOwner.get(key);
      if (!identity) {
        identity = installationFor(owner);
        byOwner.set(key, identity);
      }
      return identity;
    }
  };
}

// src/rollout/write-budget.ts
var GITHUB_WRITE_LIMITS = [
  { max: 80, windowMs: 6e4 },
  { max: 500, windowMs: 36e5 }
];
var PLUGIN_WRITE_SPACING_MS = 1e3;
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve3) => setTimeout(resolve3, ms))
};
var WriteBudget = class {
  constructor(limits, clock = realClock, spacingMs = 0) {
    this.limits = limits;
    this.clock = clock;
    this.spacingMs = spacingMs;
  }
  limits;
  clock;
  spacingMs;
  history = [];
  pausedUntil = 0;
  queue = Promise.resolve();
  taken = 0;
  /** Resolves when one more write may be sent. Calls are served in order. */
  acquire() {
    const turn = this.queue.then(async () => {
      for (; ; ) {
        const wait = this.waitMs(this.clock.now());
        if (wait <= 0) break;
        await this.clock.sleep(wait);
      }
      this.history.push(this.clock.now());
      this.taken++;
      this.forget(this.clock.now());
    });
    this.queue = turn.catch(() => void 0);
    return turn;
  }
  /** GitHub asked us to stop for a while (`retry-after`). */
  pause(seconds) {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + seconds * 1e3);
  }
  /** How long the next write must wait, in ms, at `now`. */
  waitMs(now) {
    let wait = this.pausedUntil - now;
    const last = this.history[this.history.length - 1];
    if (last !== void 0) wait = Math.max(wait, last + this.spacingMs - now);
    for (const limit of this.limits) {
      const inWindow = this.history.filter((t) => t > now - limit.windowMs);
      if (inWindow.length >= limit.max) wait = Math.max(wait, inWindow[inWindow.length - limit.max] + limit.windowMs - now);
    }
    return wait;
  }
  /** Milliseconds `writes` more writes take under these limits, from `now`, if nothing else waits. */
  estimateMs(writes, now = this.clock.now()) {
    return estimateWriteTime(writes, this.limits, this.spacingMs, [...this.history], now);
  }
  forget(now) {
    const longest = Math.max(0, ...this.limits.map((l) => l.windowMs));
    while (this.history.length > 0 && this.history[0] <= now - longest) this.history.shift();
  }
};
function estimateWriteTime(writes, limits, spacingMs, history = [], now = 0) {
  const sent = [...history];
  let t = now;
  for (let i = 0; i < writes; i++) {
    const last = sent[sent.length - 1];
    if (last !== void 0) t = Math.max(t, last + spacingMs);
    for (const limit of limits) {
      const k = sent.length - limit.max;
      if (k >= 0) t = Math.max(t, sent[k] + limit.windowMs);
    }
    sent.push(t);
  }
  return writes === 0 ? 0 : t - now;
}
function formatDuration(ms) {
  const seconds = Math.ceil(ms / 1e3);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// src/rollout/github-flags.ts
function addGitHubFlags(command) {
  const group = "GitHub connection:";
  const add = (option) => command.addOption(option.helpGroup(group));
  add(new Option("--token-env <name>", "environment variable holding the token (default GITHUB_TOKEN, then GH_TOKEN)"));
  add(new Option("--app-id <id>", "authenticate as this GitHub App (installation token per organisation); also GITHUB_APP_ID"));
  add(new Option("--app-private-key-file <path>", "the App's private key (PEM)"));
  add(new Option("--app-private-key-env <name>", "environment variable holding the App's private key (default GITHUB_APP_PRIVATE_KEY)"));
  add(new Option("--api-url <url>", "REST API root for GitHub Enterprise Server, e.g. https://github.example.com/api/v3"));
  add(new Option("--writes-per-minute <n>", "write budget per identity and minute (GitHub's secondary limit: 80)"));
  add(new Option("--writes-per-hour <n>", "write budget per identity and hour (GitHub's secondary limit: 500)"));
  add(new Option("--pacing <mode>", "github: pace writes as GitHub asks (default); off: no client-side pacing or budget (GHES without rate limits, a local test server)").choices(["github", "off"]));
  add(new Option("--debug", "log every request (tokens are masked)"));
  return command;
}
function connect(flags, env, log, options = {}) {
  const redactor = createRedactor();
  const auth2 = resolveAuth(flags, env, redactor);
  const pacing = flags.pacing === "off" ? "off" : "github";
  if (flags.apiUrl !== void 0 && !/^https?:\/\/[^\s]+$/.test(flags.apiUrl)) throw badInput(`--api-url: "${flags.apiUrl}" is not a URL`);
  const share = Math.max(1, options.shareOf ?? 1);
  const perMinute = positive(flags.writesPerMinute, "--writes-per-minute");
  const perHour = positive(flags.writesPerHour, "--writes-per-hour");
  const limits = pacing === "off" && perMinute === void 0 && perHour === void 0 ? [] : [
    { max: Math.max(1, Math.floor((perMinute ?? GITHUB_WRITE_LIMITS[0].max) / share)), windowMs: 6e4 },
    { max: Math.max(1, Math.floor((perHour ?? GITHUB_WRITE_LIMITS[1].max) / share)), windowMs: 36e5 }
  ];
  const budgets = /* @__PURE__ */ new Map();
  const session = createSession(auth2, {
    redactor,
    pacing,
    ...flags.apiUrl ? { baseUrl: flags.apiUrl } : {},
    ...options.fetch ? { fetch: options.fetch } : {},
    log: (level, line) => {
      if (level !== "debug" && level !== "info") log(level, line);
      else if (flags.debug) log(level, line);
    },
    // A secondary limit is per identity, but we cannot tell which client hit it here: pause them all.
    onSecondaryLimit: (seconds) => {
      for (const budget of budgets.values()) budget.pause(seconds);
    }
  });
  return { session, redactor, limits, spacingMs: pacing === "off" ? 0 : PLUGIN_WRITE_SPACING_MS, budgets };
}
function positive(value, flag) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badInput(`${flag}: "${value}" must be a whole number above 0`);
  return Number(value);
}

// src/rollout/resync-one.ts
import { execFileSync as execFileSync2 } from "node:child_process";

// src/github/errors.ts
var WORKFLOW_TOKEN_HELP = "GITHUB_TOKEN cannot create or change files under .github/workflows/, and pull requests it opens do not trigger CI. Use a GitHub App installation token (actions/create-github-app-token; the App needs contents, pull requests and workflows write) or a personal access token with the `workflow` scope.";
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function isWorkflowPermissionError(error) {
  const status = httpStatus(error);
  if (status !== 403 && status !== 404 && status !== 422) return false;
  const text = `${error.message ?? ""} ${JSON.stringify(error.response?.data ?? "")}`;
  return /workflow/i.test(text) && /(refus|permission|scope|not allowed|forbidden)/i.test(text);
}
function gitHubError(error, doing, redactor, touchesWorkflows = false) {
  if (error instanceof BaselineError) return new BaselineError(error.code, redactor.redact(error.message), error.details && redactor.redact(error.details));
  const status = httpStatus(error);
  const said = redactor.redact((error?.message ?? String(error)).split("\n")[0]);
  if (isWorkflowPermissionError(error) || touchesWorkflows && status === 403) {
    return new BaselineError("GITHUB", `${doing}: GitHub refused (${status}: ${said}). ${WORKFLOW_TOKEN_HELP}`);
  }
  const hint = status === 401 ? " The token is invalid or expired." : status === 403 ? " The token lacks permission (it needs contents and pull requests write) or a rate limit was hit." : status === 404 ? " The repository does not exist or the token cannot see it." : "";
  return new BaselineError("GITHUB", `${doing}: ${status ? `GitHub answered ${status}: ` : ""}${said}.${hint}`);
}

// src/github/read-repo.ts
var fullName = (repo) => `${repo.owner}/${repo.name}`;
function toRepoInfo(data) {
  return {
    owner: data.owner.login,
    name: data.name,
    defaultBranch: data.default_branch ?? "main",
    archived: data.archived ?? false,
    fork: data.fork,
    empty: data.size === 0,
    topics: data.topics ?? []
  };
}
async function getRepoInfo(github, repo) {
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.name });
  return toRepoInfo(data);
}
async function readBranch(github, repo, branch) {
  const ref = await github.rest.git.getRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  const headSha = ref.data.object.sha;
  const tree = await github.rest.git.getTree({ owner: repo.owner, repo: repo.name, tree_sha: headSha, recursive: "1" });
  const entries = /* @__PURE__ */ new Map();
  for (const e of tree.data.tree) {
    if (e.path === void 0 || e.sha === void 0 || e.mode === void 0) continue;
    const type = e.type === "tree" || e.type === "commit" ? e.type : "blob";
    entries.set(e.path, { path: e.path, mode: e.mode, type, sha: e.sha, ...e.size === void 0 ? {} : { size: e.size } });
  }
  return { headSha, treeSha: tree.data.sha, entries, truncated: tree.data.truncated };
}
var BlobReader = class {
  constructor(maxCachedBytes = 8 * 1024 * 1024) {
    this.maxCachedBytes = maxCachedBytes;
  }
  maxCachedBytes;
  cache = /* @__PURE__ */ new Map();
  cachedBytes = 0;
  /** @param onRequest told when the blob is really downloaded (not a cache hit), for call counting. */
  async read(github, repo, sha, onRequest) {
    const hit = this.cache.get(sha);
    if (hit !== void 0) {
      this.cache.delete(sha);
      this.cache.set(sha, hit);
      return hit;
    }
    onRequest?.();
    const { data } = await github.rest.git.getBlob({ owner: repo.owner, repo: repo.name, file_sha: sha });
    const text = data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
    this.remember(sha, text);
    return text;
  }
  remember(sha, text) {
    if (text.length > this.maxCachedBytes / 4) return;
    this.cache.set(sha, text);
    this.cachedBytes += text.length;
    for (const [oldest, value] of this.cache) {
      if (this.cachedBytes <= this.maxCachedBytes) break;
      this.cache.delete(oldest);
      this.cachedBytes -= value.length;
    }
  }
};

// src/rollout/ledger.ts
import { appendFileSync, existsSync as existsSync5, mkdirSync as mkdirSync4, readFileSync as readFileSync5, writeFileSync as writeFileSync4 } from "node:fs";
import { dirname as dirname4 } from "node:path";
var Ledger = class _Ledger {
  constructor(path, lines, fingerprint, now) {
    this.path = path;
    const lastHeader = findLastIndex(lines, (l) => typeof l.run === "string" && typeof l.fingerprint === "string");
    const finished = lastHeader < 0 || lines.slice(lastHeader).some((l) => l.end === true);
    const header = lastHeader >= 0 ? lines[lastHeader] : void 0;
    if (header && !finished && header.fingerprint !== fingerprint) {
      throw badInput(
        `The ledger ${path} belongs to an unfinished run with other settings (targets, defaults, shard or tool version). Repeat that command to resume it, pass --fresh to start over, or use another --ledger file.`
      );
    }
    this.resumed = Boolean(header && !finished);
    this.runId = this.resumed ? header.run : now().toISOString();
    for (const [i, line] of lines.entries()) {
      if (typeof line.repo !== "string" || typeof line.step !== "string") continue;
      this.fold(line, this.resumed && i > lastHeader);
    }
    if (!this.resumed) this.write({ run: this.runId, fingerprint, at: now().toISOString() });
  }
  path;
  states = /* @__PURE__ */ new Map();
  resumed;
  runId;
  /** Opens (or creates) a ledger file; `undefined` path keeps it in memory (dry runs). */
  static open(path, fingerprint, options = {}) {
    const now = options.now ?? (() => /* @__PURE__ */ new Date());
    if (path === void 0) return new _Ledger(void 0, [], fingerprint, now);
    if (options.fresh || !existsSync5(path)) {
      mkdirSync4(dirname4(path), { recursive: true });
      writeFileSync4(path, "");
    }
    return new _Ledger(path, parseLines(readFileSync5(path, "utf8")), fingerprint, now);
  }
  state(repo) {
    return this.states.get(repo.toLowerCase()) ?? {};
  }
  record(event) {
    const full = { ...event, at: (/* @__PURE__ */ new Date()).toISOString() };
    this.write(full);
    this.fold(full, true);
  }
  finish() {
    this.write({ end: true, run: this.runId, at: (/* @__PURE__ */ new Date()).toISOString() });
  }
  fold(event, currentRun) {
    const key = event.repo.toLowerCase();
    const previous = this.states.get(key) ?? {};
    let pr2 = previous.pr;
    if (event.pr !== void 0 && (event.step === "pr-opened" || event.step === "pr-updated" || event.outcome === "pr-current")) {
      pr2 = { number: event.pr, ...event.url ? { url: event.url } : {}, open: true };
    }
    const gone = event.step === "closed" || event.step === "merged" || event.step === "done" && (event.outcome === "clean" || event.outcome === "merged" || event.outcome === "pr-closed");
    if (gone) pr2 = pr2 && { ...pr2, open: false };
    const done = currentRun && event.step === "done" ? event : currentRun ? previous.done : void 0;
    this.states.set(key, { ...done ? { done } : {}, ...pr2 ? { pr: pr2 } : {}, lastStep: event.step });
  }
  write(line) {
    if (this.path !== void 0) appendFileSync(this.path, `${JSON.stringify(line)}
`);
  }
};
function parseLines(text) {
  const lines = [];
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw);
      if (value && typeof value === "object") lines.push(value);
    } catch {
    }
  }
  return lines;
}
function findLastIndex(items, test) {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

// src/github/tree-sha.ts
import { createHash as createHash3 } from "node:crypto";
function treeShaAfter(entries, changes) {
  const dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Map()]]);
  const listedTreeSha = /* @__PURE__ */ new Map();
  const dirOf2 = (dir) => {
    let children = dirs.get(dir);
    if (!children) dirs.set(dir, children = /* @__PURE__ */ new Map());
    return children;
  };
  for (const entry of entries) {
    const { parent, name } = split(entry.path);
    if (entry.type === "tree") {
      listedTreeSha.set(entry.path, entry.sha);
      dirOf2(entry.path);
      dirOf2(parent).set(name, { mode: "40000", sha: entry.sha, isTree: true });
    } else {
      dirOf2(parent).set(name, { mode: entry.mode, sha: entry.sha, isTree: false });
    }
  }
  const dirty = /* @__PURE__ */ new Set([""]);
  const markDirty = (dir) => {
    for (let d = dir; ; d = split(d).parent) {
      dirty.add(d);
      if (d === "") break;
    }
  };
  for (const change of changes) {
    const { parent, name } = split(change.path);
    markDirty(parent);
    if (change.content === null) {
      dirs.get(parent)?.delete(name);
      continue;
    }
    for (let d = parent; d !== ""; d = split(d).parent) {
      const up = split(d);
      dirOf2(d);
      if (!dirOf2(up.parent).has(up.name)) dirOf2(up.parent).set(up.name, { mode: "40000", sha: "", isTree: true });
    }
    dirOf2(parent).set(name, { mode: change.executable ? "100755" : "100644", sha: gitBlobSha(change.content), isTree: false });
  }
  const order = [...dirty].sort((a, b) => depth(b) - depth(a));
  const computed = /* @__PURE__ */ new Map();
  for (const dir of order) {
    const children = dirs.get(dir) ?? /* @__PURE__ */ new Map();
    for (const [name, child] of children) {
      if (!child.isTree) continue;
      const path = dir === "" ? name : `${dir}/${name}`;
      if (computed.has(path)) {
        const sha = computed.get(path);
        if (sha === null) children.delete(name);
        else child.sha = sha;
      } else if (!child.sha) {
        child.sha = listedTreeSha.get(path) ?? "";
      }
    }
    computed.set(dir, children.size === 0 && dir !== "" ? null : hashTree(children));
  }
  return computed.get("");
}
function hashTree(children) {
  const sorted3 = [...children].sort(([a, x], [b, y]) => Buffer.compare(Buffer.from(x.isTree ? `${a}/` : a), Buffer.from(y.isTree ? `${b}/` : b)));
  const parts = sorted3.map(([name, child]) => Buffer.concat([Buffer.from(`${child.mode} ${name}\0`), Buffer.from(child.sha, "hex")]));
  const body = Buffer.concat(parts);
  return createHash3("sha1").update(`tree ${body.length}\0`).update(body).digest("hex");
}
function split(path) {
  const at = path.lastIndexOf("/");
  return at < 0 ? { parent: "", name: path } : { parent: path.slice(0, at), name: path.slice(at + 1) };
}
function depth(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}

// src/github/write-changes.ts
async function findOpenPull(github, repo, branch) {
  const { data } = await github.rest.pulls.list({ owner: repo.owner, repo: repo.name, state: "open", head: `${repo.owner}:${branch}`, per_page: 10 });
  const pull = data.find((p) => p.head.ref === branch && p.head.repo?.full_name?.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase());
  return pull && { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "", headSha: pull.head.sha };
}
async function branchHead(github, repo, branch) {
  const { data } = await github.rest.git.listMatchingRefs({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  return data.find((r) => r.ref === `refs/heads/${branch}`)?.object.sha;
}
async function commitInfo(github, repo, sha) {
  const { data } = await github.rest.git.getCommit({ owner: repo.owner, repo: repo.name, commit_sha: sha });
  return { treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha) };
}
async function writeCommit(github, repo, input, gate) {
  const tree = input.changes.map(
    (c) => c.content === null ? { path: c.path, mode: "100644", type: "blob", sha: null } : { path: c.path, mode: c.executable ? "100755" : "100644", type: "blob", content: c.content }
  );
  await gate();
  const created = await github.rest.git.createTree({ owner: repo.owner, repo: repo.name, base_tree: input.baseTree, tree });
  await gate();
  const commit = await github.rest.git.createCommit({
    owner: repo.owner,
    repo: repo.name,
    message: input.message,
    tree: created.data.sha,
    parents: [input.parent]
  });
  return { treeSha: created.data.sha, commitSha: commit.data.sha };
}
async function pointBranch(github, repo, branch, sha, exists, gate) {
  await gate();
  if (exists) await github.rest.git.updateRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}`, sha, force: true });
  else await github.rest.git.createRef({ owner: repo.owner, repo: repo.name, ref: `refs/heads/${branch}`, sha });
}
async function openPull(github, repo, input, gate) {
  await gate();
  const { data } = await github.rest.pulls.create({ owner: repo.owner, repo: repo.name, head: input.branch, base: input.base, title: input.title, body: input.body });
  return { number: data.number, url: data.html_url };
}
async function editPull(github, repo, number, input, gate) {
  await gate();
  await github.rest.pulls.update({ owner: repo.owner, repo: repo.name, pull_number: number, title: input.title, body: input.body });
}
async function closePull(github, repo, number, branch, comment, gate) {
  await gate();
  await github.rest.issues.createComment({ owner: repo.owner, repo: repo.name, issue_number: number, body: comment });
  await gate();
  await github.rest.pulls.update({ owner: repo.owner, repo: repo.name, pull_number: number, state: "closed" });
  await gate();
  try {
    await github.rest.git.deleteRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  } catch (error) {
    if (httpStatus(error) !== 404 && httpStatus(error) !== 422) throw error;
  }
}
async function pullWasMerged(github, repo, number) {
  const { data } = await github.rest.pulls.get({ owner: repo.owner, repo: repo.name, pull_number: number });
  return data.merged_at !== null && data.merged_at !== void 0;
}

// src/rollout/plan-remote.ts
var MAX_TEXT_BYTES2 = 2 * 1024 * 1024;
async function planRemote(input) {
  const { entries, options } = input;
  const rendered = renderFiles(renderModels(options), options);
  const renderedSha = new Map(rendered.map((f) => [f.path, gitBlobSha(f.content)]));
  const manifestBase = { version: 1, tool: TOOL_NAME, toolVersion: TOOL_VERSION, optionsHash: hashOptions(options) };
  const warnings = [];
  const ideal = { ...manifestBase, files: Object.fromEntries(rendered.map((f) => [f.path, { sha: renderedSha.get(f.path), component: f.component }])) };
  const manifestEntry = blobAt(entries, MANIFEST_PATH);
  let previous = null;
  if (manifestEntry) {
    const idealText = serializeManifest(ideal);
    const parsed = parseManifest(manifestEntry.sha === gitBlobSha(idealText) ? idealText : await input.readBlob(manifestEntry.sha));
    previous = resolveManifestSides(parsed, (path) => blobAt(entries, path)?.sha);
    if (parsed.warning) warnings.push(parsed.warning);
  }
  const STAND_IN = "";
  const notDownloaded = /* @__PURE__ */ new Set();
  const planManifest = previous && { ...previous, files: { ...previous.files } };
  const disk = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Set([...renderedSha.keys(), ...Object.keys(previous?.files ?? {})]);
  for (const path of paths) {
    const entry = entries.get(path);
    const wanted = renderedSha.get(path);
    if (!entry) {
      disk.set(path, { type: "missing" });
    } else if (entry.type === "tree") {
      disk.set(path, { type: "blocked", reason: "is a directory where a file is generated" });
    } else if (entry.type === "commit") {
      disk.set(path, { type: "blocked", reason: "is a git submodule where a file is generated" });
    } else if (entry.mode === "120000") {
      disk.set(path, { type: "blocked", reason: "is a symbolic link; replace it with a regular file or eject it" });
    } else if (wanted !== void 0 && entry.sha === wanted) {
      disk.set(path, { type: "file", content: rendered.find((f) => f.path === path).content });
    } else if ((entry.size ?? 0) > MAX_TEXT_BYTES2) {
      disk.set(path, { type: "blocked", reason: `is ${entry.size} bytes, too large to be a generated text file` });
    } else if (planManifest?.files[path]?.sha === entry.sha) {
      planManifest.files[path] = { ...planManifest.files[path], sha: gitBlobSha(STAND_IN) };
      disk.set(path, { type: "file", content: STAND_IN });
      notDownloaded.add(path);
    } else {
      const content = await input.readBlob(entry.sha);
      disk.set(path, content.includes("\0") ? { type: "blocked", reason: "is a binary file where a text file is generated" } : { type: "file", content });
      const base = planManifest?.files[path]?.sha;
      if (base && base !== UNKNOWN_BASE_SHA && base !== wanted && wanted !== void 0) {
        const text = await input.readBlob(base).catch(() => void 0);
        if (text !== void 0) bases.set(base, text);
      }
    }
  }
  const plan = planSynth(rendered, planManifest, disk, input.flags, (sha) => bases.get(sha));
  const manifest = { ...manifestBase, files: { ...plan.files } };
  const changes = [];
  for (const action of plan.actions) {
    const content = writtenContent(action);
    if (content !== void 0 && "file" in action) changes.push({ ...toChange(action.file), content });
    else if (action.type === "delete") changes.push({ path: action.path, content: null, executable: false });
    else if (action.type === "unchanged" && action.file.executable !== (entries.get(action.file.path)?.mode === "100755")) {
      changes.push(toChange(action.file));
    }
  }
  const manifestText = serializeManifest(manifest);
  if (manifestEntry?.sha !== gitBlobSha(manifestText)) changes.push({ path: MANIFEST_PATH, content: manifestText, executable: false });
  const attributes = await nextGitattributes(entries, Object.keys(manifest.files).sort(), input.readBlob);
  if (attributes !== void 0) changes.push({ path: GITATTRIBUTES_PATH, content: attributes === "" ? null : attributes, executable: false });
  if (input.configToAdd && !entries.has(input.configToAdd.path)) changes.push({ ...input.configToAdd, executable: false });
  return { actions: plan.actions, changes: changes.sort((a, b) => a.path < b.path ? -1 : 1), manifest, previous, notDownloaded, warnings };
}
function toChange(file) {
  return { path: file.path, content: file.content, executable: file.executable };
}
function blobAt(entries, path) {
  const entry = entries.get(path);
  return entry?.type === "blob" ? entry : void 0;
}
async function nextGitattributes(entries, owned, readBlob) {
  const entry = blobAt(entries, GITATTRIBUTES_PATH);
  const onlyOurs = withManagedBlock(null, owned);
  if (!entry) return onlyOurs === "" ? void 0 : onlyOurs;
  if (entry.sha === gitBlobSha(onlyOurs)) return void 0;
  const existing = await readBlob(entry.sha);
  const next = withManagedBlock(existing, owned);
  return next === existing ? void 0 : next;
}

// src/rollout/shard.ts
import { createHash as createHash4 } from "node:crypto";
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count2 = Number(match?.[2]);
  if (!match || count2 < 1 || index < 1 || index > count2) {
    throw badInput(`--shard: "${text}" is not a shard. Use i/n with 1 ≤ i ≤ n, e.g. --shard 3/20`);
  }
  return { index, count: count2 };
}
function shardOf(fullName2, count2) {
  const digest = createHash4("sha256").update(fullName2.toLowerCase()).digest();
  return digest.readUInt32BE(0) % count2 + 1;
}
function inShard(fullName2, shard) {
  return shard === void 0 || shardOf(fullName2, shard.count) === shard.index;
}

// src/rollout/select-repos.ts
var OPT_OUT_TOPIC = "devops-baseline-opt-out";
function skipReason(repo, selection) {
  const name = `${repo.owner}/${repo.name}`;
  if (!inShard(name, selection.shard)) return "other-shard";
  if (selection.include.length > 0 && !selection.include.some((p) => matchesRepo(p, repo))) return "not-included";
  if (selection.exclude.some((p) => matchesRepo(p, repo))) return "excluded";
  if (selection.topics.length > 0 && !selection.topics.every((t) => repo.topics.includes(t.toLowerCase()))) return "topic";
  if (repo.topics.includes(OPT_OUT_TOPIC)) return "opted-out";
  if (repo.archived) return "archived";
  if (repo.fork && !selection.includeForks) return "fork";
  if (repo.empty) return "empty";
  return void 0;
}
function matchesRepo(pattern, repo) {
  const subject = pattern.includes("/") ? `${repo.owner}/${repo.name}` : repo.name;
  return globToRegExp(pattern).test(subject);
}
function globToRegExp(pattern) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

// src/rollout/pr-text.ts
var RESYNC_BRANCH = "devops-baseline/resync";
var PR_TITLE = "chore: sync the DevOps baseline";
var PR_MARK = `<!-- ${TOOL_NAME}:resync -->`;
function summarise(changes, actions, existing) {
  const added = [];
  const changed = [];
  const removed = [];
  for (const change of changes) {
    if (change.content === null) removed.push(change.path);
    else if (existing.has(change.path)) changed.push(change.path);
    else added.push(change.path);
  }
  const leftAlone = actions.flatMap((a) => {
    switch (a.type) {
      case "skip-unowned":
        return [{ path: pathOf(a), why: "exists and is not owned by the baseline; kept as is" }];
      case "keep-edited":
        return [{ path: pathOf(a), why: "was edited by hand; kept (move the edit into the config's `overrides`, or `eject` the file)" }];
      case "keep-orphan":
        return [{ path: pathOf(a), why: "is no longer generated but was edited by hand; left in place, no longer owned" }];
      case "conflict":
        return [{ path: pathOf(a), why: "was edited by hand and the baseline changed the same lines; kept as is (resolve locally with `synth --conflict markers`)" }];
      case "merge":
        return a.conflicts > 0 ? [{ path: pathOf(a), why: `holds ${a.conflicts} conflict(s) marked for review` }] : [];
      case "blocked":
        return [{ path: pathOf(a), why: a.reason }];
      default:
        return [];
    }
  });
  return { added, changed, removed, leftAlone };
}
function prBody(input) {
  const { summary: summary2 } = input;
  const rows = [
    ...summary2.added.map((p) => `| added | \`${p}\` |`),
    ...summary2.changed.map((p) => `| changed | \`${p}\` |`),
    ...summary2.removed.map((p) => `| removed | \`${p}\` |`)
  ];
  const lines = [
    `This pull request keeps the repository on the shared DevOps baseline generated by [${TOOL_NAME}](https://www.npmjs.com/package/${TOOL_NAME}).`,
    "",
    `**Baseline version:** ${input.fromVersion ?? "none yet"} → ${input.toVersion}  `,
    `**Options from:** ${input.optionsSource}`,
    "",
    "### Files",
    "",
    "| change | file |",
    "| --- | --- |",
    ...rows,
    ""
  ];
  if (summary2.leftAlone.length > 0) {
    lines.push("### Left alone (needs a person)", "", ...summary2.leftAlone.map((f) => `- \`${f.path}\` ${f.why}`), "");
  }
  lines.push(
    "### How this works",
    "",
    `- Generated files carry an ownership marker and are listed in \`${MANIFEST_PATH}\`; \`${GITATTRIBUTES_PATH}\` marks them as generated. Change them through the config (\`overrides\`, \`exclude\`, \`eject\`), not by hand: CI's drift check would flag the edit.`,
    `- The branch \`${RESYNC_BRANCH}\` is rebuilt on the latest \`${input.defaultBranch}\` on every run and this pull request is updated in place. Do not push to the branch; merge or close the pull request instead.`,
    "",
    "### Opting out",
    "",
    "- One file: add its path to `eject` in the config; it stays and is no longer managed.",
    "- One component: add its name to `exclude` in the config.",
    `- The whole repository: add the topic \`${OPT_OUT_TOPIC}\` (rollouts skip it) and delete \`.github/workflows/baseline-resync.yml\`.`,
    "",
    PR_MARK,
    ""
  );
  return lines.join("\n");
}
var CLOSE_COMMENT = `The default branch no longer needs these baseline changes (they were merged another way, or the config changed). Closing this pull request and deleting \`${RESYNC_BRANCH}\`; a new one opens if the baseline changes again.`;
function commitMessage(fromVersion, toVersion) {
  return `chore: sync the DevOps baseline (${fromVersion ?? "new"} → ${toVersion})

Generated by ${TOOL_NAME} ${toVersion}.`;
}

// src/rollout/remote-options.ts
import { mkdtempSync, rmSync as rmSync4, writeFileSync as writeFileSync5 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";

// src/rollout/load-defaults.ts
import { readFileSync as readFileSync6 } from "node:fs";
function loadDefaults(path) {
  if (path === void 0) return {};
  let raw;
  try {
    raw = JSON.parse(readFileSync6(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const code2 = error.code;
    throw badInput(`--defaults: ${code2 ? `cannot read ${path} (${code2})` : `${path} is not valid JSON: ${error.message}`}`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw badInput(`--defaults: ${path} must hold a JSON object of baseline options`);
  parseOptions(raw, `org defaults (${path})`);
  const { $schema: _schema, ...config } = raw;
  return config;
}
function layerConfig(...layers) {
  const result = {};
  for (const layer of layers) {
    if (!layer || typeof layer !== "object" || Array.isArray(layer)) continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      const bothObjects = isPlainObject(value) && isPlainObject(current);
      result[key] = bothObjects ? layerConfig(current, value) : value;
    }
  }
  return result;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/rollout/remote-options.ts
async function resolveRemoteOptions(input) {
  const present = CONFIG_FILES.filter((name) => input.entries.get(name)?.type === "blob");
  if (present.length > 1) throw badInput(`Found ${present.join(" and ")}; keep one config file`);
  const configPath = present[0];
  if (configPath) {
    const raw = await readConfig(configPath, input);
    return {
      options: parseOptions(layerConfig(input.defaults, raw), `options (org defaults and ${configPath})`),
      source: { kind: "config", path: configPath },
      warnings: []
    };
  }
  const paths = [...input.entries.values()].filter((e) => e.type === "blob").map((e) => e.path);
  const files2 = /* @__PURE__ */ new Map();
  for (const path of filesToRead(paths)) {
    const entry = input.entries.get(path);
    if (entry && (entry.size ?? 0) <= 512 * 1024) files2.set(path, await input.readBlob(entry.sha));
  }
  const detection = detectFromSnapshot({ paths, files: files2 });
  const config = layerConfig(input.defaults, detection.config);
  return {
    options: parseOptions(config, "options (org defaults and detection)"),
    source: { kind: "detected" },
    configToAdd: { path: "devops-baseline.json", content: renderConfig(config, "json") },
    warnings: detection.warnings
  };
}
async function readConfig(path, input) {
  const text = await input.readBlob(input.entries.get(path).sha);
  if (path.endsWith(".json")) {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw badInput(`${path} is not valid JSON: ${error.message}`);
    }
  }
  if (!input.allowCodeConfig) {
    throw badInput(
      `${path} is code; running it here would run that repository's code with your token. Convert it to devops-baseline.json, run resync inside that repository (its baseline-resync workflow does), or pass --allow-code-config if you trust every target repository.`
    );
  }
  const dir = mkdtempSync(join7(tmpdir(), "devops-baseline-config-"));
  try {
    writeFileSync5(join7(dir, path), text);
    return (await loadConfig(dir))?.raw;
  } finally {
    rmSync4(dir, { recursive: true, force: true });
  }
}

// src/rollout/remote-diff.ts
async function remoteDiff(plan, entries, readBlob) {
  const parts = [];
  for (const change of plan.changes) {
    const entry = entries.get(change.path);
    const before = entry?.type === "blob" ? await readBlob(entry.sha) : null;
    if (before === change.content) {
      parts.push(`mode ${change.path}: ${change.executable ? "100644 → 100755" : "100755 → 100644"}`);
      continue;
    }
    parts.push(unifiedDiff(change.path, before, change.content));
  }
  return parts.join("\n");
}

// src/rollout/sync-repo.ts
async function syncRepo(repo, ctx, apply) {
  const name = fullName(repo);
  const counts = { reads: 0, writes: 0 };
  const gate = async () => {
    await ctx.gate();
    counts.writes++;
  };
  const read = (p) => {
    counts.reads++;
    return p;
  };
  let touchesWorkflows = false;
  try {
    let snapshot;
    try {
      snapshot = await readBranch(ctx.github, repo, repo.defaultBranch);
      counts.reads += 2;
    } catch (error) {
      if (httpStatus(error) === 409 || httpStatus(error) === 404) return { repo: name, outcome: "skipped", skipReason: "empty", writes: 0, reads: counts.reads + 1, warnings: [] };
      throw error;
    }
    if (snapshot.truncated) {
      return failed(name, counts, "the tree has more entries than GitHub lists in one answer (100,000); this repository is too large for rollout");
    }
    const readBlob = (sha) => ctx.blobs.read(ctx.github, repo, sha, () => counts.reads++);
    const resolved = ctx.settings.presetOptions ? { options: ctx.settings.presetOptions.options, source: { kind: "config", path: ctx.settings.presetOptions.source }, warnings: [] } : await resolveRemoteOptions({ entries: snapshot.entries, readBlob, defaults: ctx.settings.defaults, allowCodeConfig: ctx.settings.allowCodeConfig });
    const plan = await planRemote({
      entries: snapshot.entries,
      options: resolved.options,
      readBlob,
      flags: ctx.settings.flags,
      ...resolved.configToAdd ? { configToAdd: resolved.configToAdd } : {}
    });
    touchesWorkflows = plan.changes.some((c) => c.path.startsWith(".github/workflows/"));
    const warnings = [...resolved.warnings, ...plan.warnings];
    const pull = await read(findOpenPull(ctx.github, repo, RESYNC_BRANCH));
    const base = { repo: name, warnings, fromVersion: plan.previous?.toolVersion ?? null };
    if (plan.changes.length === 0) {
      if (pull) {
        if (!apply) return { ...base, outcome: "would-close", pr: pr(pull), writes: 3, reads: counts.reads };
        await closePull(ctx.github, repo, pull.number, RESYNC_BRANCH, CLOSE_COMMENT, gate);
        ctx.ledger.record({ repo: name, step: "closed", pr: pull.number });
        return finish(ctx, { ...base, outcome: "pr-closed", pr: pr(pull), writes: counts.writes, reads: counts.reads });
      }
      const known = ctx.ledger.state(name).pr;
      if (known?.open) {
        const merged = await read(pullWasMerged(ctx.github, repo, known.number));
        if (apply) ctx.ledger.record({ repo: name, step: merged ? "merged" : "closed", pr: known.number });
        if (merged) return finish(ctx, { ...base, outcome: "merged", pr: { number: known.number, url: known.url ?? "" }, writes: 0, reads: counts.reads }, apply);
      }
      return finish(ctx, { ...base, outcome: "clean", writes: 0, reads: counts.reads }, apply);
    }
    const summary2 = summarise(plan.changes, plan.actions, new Set(snapshot.entries.keys()));
    const body = prBody({
      summary: summary2,
      fromVersion: plan.previous?.toolVersion ?? null,
      toVersion: TOOL_VERSION,
      optionsSource: resolved.source.kind === "config" ? `\`${resolved.source.path}\`${Object.keys(ctx.settings.defaults).length > 0 ? " over the organisation defaults" : ""}` : "detected from the repository (no config committed yet; this PR adds `devops-baseline.json`)",
      defaultBranch: repo.defaultBranch
    });
    const desiredTree = treeShaAfter(snapshot.entries.values(), plan.changes);
    const branchSha = pull?.headSha ?? await read(branchHead(ctx.github, repo, RESYNC_BRANCH));
    let branchCurrent = false;
    if (branchSha) {
      const info = await read(commitInfo(ctx.github, repo, branchSha));
      branchCurrent = info.treeSha === desiredTree && info.parents.length === 1 && info.parents[0] === snapshot.headSha;
    }
    const textChanged = pull !== void 0 && (pull.title !== PR_TITLE || pull.body !== body);
    const needed = (branchCurrent ? 0 : 3) + (pull ? textChanged ? 1 : 0 : 1);
    const diff = ctx.settings.wantDiff ? await remoteDiff(plan, snapshot.entries, readBlob) : void 0;
    const shown = { ...base, summary: summary2, ...diff ? { diff } : {} };
    if (needed === 0) {
      return finish(ctx, { ...shown, outcome: "pr-current", pr: pr(pull), writes: 0, reads: counts.reads }, apply);
    }
    if (!apply) {
      return { ...shown, outcome: pull ? "would-update" : "would-open", ...pull ? { pr: pr(pull) } : {}, writes: needed, reads: counts.reads };
    }
    if (!branchCurrent) {
      const { commitSha } = await writeCommit(
        ctx.github,
        repo,
        { baseTree: snapshot.treeSha, parent: snapshot.headSha, changes: plan.changes, message: commitMessage(base.fromVersion, TOOL_VERSION) },
        gate
      );
      await moveBranch(ctx.github, repo, commitSha, branchSha !== void 0, gate);
      ctx.ledger.record({ repo: name, step: "branch-written", commit: commitSha });
    }
    if (pull) {
      if (textChanged) await editPull(ctx.github, repo, pull.number, { title: PR_TITLE, body }, gate);
      ctx.ledger.record({ repo: name, step: "pr-updated", pr: pull.number, url: pull.url });
      return finish(ctx, { ...shown, outcome: "pr-updated", pr: pr(pull), writes: counts.writes, reads: counts.reads });
    }
    const opened = await openOrFind(ctx.github, repo, { branch: RESYNC_BRANCH, base: repo.defaultBranch, title: PR_TITLE, body }, gate, () => counts.reads++);
    ctx.ledger.record({ repo: name, step: "pr-opened", pr: opened.number, url: opened.url });
    return finish(ctx, { ...shown, outcome: "pr-opened", pr: opened, writes: counts.writes, reads: counts.reads });
  } catch (error) {
    return failed(name, counts, gitHubError(error, `${name}`, ctx.redactor, touchesWorkflows).message);
  }
}
function pr(pull) {
  return { number: pull.number, url: pull.url };
}
function failed(repo, counts, error) {
  return { repo, outcome: "failed", writes: counts.writes, reads: counts.reads, warnings: [], error };
}
function finish(ctx, result, record2 = true) {
  if (record2) {
    ctx.ledger.record({ repo: result.repo, step: "done", outcome: result.outcome, writes: result.writes, ...result.pr ? { pr: result.pr.number, url: result.pr.url } : {} });
  }
  return result;
}
async function moveBranch(github, repo, sha, exists, gate) {
  try {
    await pointBranch(github, repo, RESYNC_BRANCH, sha, exists, gate);
  } catch (error) {
    if (exists || httpStatus(error) !== 422) throw error;
    await pointBranch(github, repo, RESYNC_BRANCH, sha, true, gate);
  }
}
async function openOrFind(github, repo, input, gate, countRead) {
  try {
    return await openPull(github, repo, input, gate);
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    countRead();
    const existing = await findOpenPull(github, repo, input.branch);
    if (!existing) throw error;
    return { number: existing.number, url: existing.url };
  }
}

// src/rollout/resync-one.ts
function resolveRepoRef(flag, root, env) {
  const explicit = flag ?? env.GITHUB_REPOSITORY;
  if (explicit !== void 0) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(explicit.trim());
    if (!match) throw badInput(`--repo: "${explicit}" is not owner/name`);
    return { owner: match[1], name: match[2] };
  }
  let url;
  try {
    url = execFileSync2("git", ["-C", root, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw badInput("Which repository? Pass --repo owner/name (this folder has no git remote named origin).");
  }
  const parsed = parseRemoteUrl(url);
  if (!parsed) throw badInput(`Which repository? The origin remote (${url.replace(/\/\/[^@/]+@/, "//")}) is not a GitHub URL; pass --repo owner/name.`);
  return parsed;
}
function parseRemoteUrl(url) {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|ssh:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? { owner: match[1], name: match[2] } : void 0;
}
async function resyncOne(input) {
  try {
    const identity = await input.session.forOwner(input.repo.owner);
    let budget = input.budgets.get(identity.key);
    if (!budget) input.budgets.set(identity.key, budget = new WriteBudget(input.limits, void 0, input.spacingMs));
    const info = await getRepoInfo(identity.github, input.repo);
    if (info.archived) throw badInput(`${info.owner}/${info.name} is archived; GitHub refuses writes to it`);
    const ledger = Ledger.open(void 0, "resync");
    const gate = budget;
    return await syncRepo(info, { github: identity.github, gate: () => gate.acquire(), blobs: new BlobReader(), redactor: input.redactor, ledger, settings: input.settings }, input.apply);
  } catch (error) {
    throw gitHubError(error, `resync ${input.repo.owner}/${input.repo.name}`, input.redactor);
  }
}

// src/cli/commands/resync.ts
function register6(program2, output) {
  const command = program2.command("resync").description("Open or update one PR (branch devops-baseline/resync) that brings a repository to the current baseline; close it when no longer needed. Dry run unless --apply.").option("--repo <owner/name>", "the repository (default: $GITHUB_REPOSITORY, else the checkout's origin remote)").option("-C, --cwd <dir>", "local checkout whose config is used (default: current directory); without a config the repository's own is read, or its stack detected").option("--apply", "write the branch and open, update or close the PR (without it: print what would change)").option("--no-diff", "list changed files instead of printing the diff").option("--json", "print the result as JSON").option("--allow-code-config", "with --repo: evaluate the repository's devops-baseline.config.ts (runs its code with your token)").option("--force", "overwrite owned files edited by hand (the PR shows the old content)").option("--adopt", "take over existing files this tool does not own");
  addGitHubFlags(command);
  command.addHelpText(
    "after",
    [
      "",
      "GITHUB_TOKEN of a workflow cannot change .github/workflows/ and PRs it opens do not trigger CI: use a GitHub App",
      "token (actions/create-github-app-token) or a PAT with the workflow scope, as baseline-resync.yml does.",
      "Exit codes: 0 done (or nothing to do), 2 bad input, 3 GitHub refused or failed (the message says why)."
    ].join("\n")
  );
  command.action(async (flags) => {
    const connection = connect(flags, process.env, (level, line) => output.err(`${level}: ${line}`));
    const { redactor } = connection;
    const say = (text) => output.out(redactor.redact(text));
    const root = repoRoot(flags.cwd);
    const repo = resolveRepoRef(flags.repo, root, process.env);
    const local = flags.repo === void 0 && findConfigFile(root) ? await loadRepoOptions(root, {}) : void 0;
    const apply = Boolean(flags.apply);
    const result = await resyncOne({
      session: connection.session,
      repo,
      settings: {
        defaults: {},
        allowCodeConfig: Boolean(flags.allowCodeConfig),
        flags: { force: Boolean(flags.force), adopt: Boolean(flags.adopt) },
        wantDiff: !apply && flags.diff,
        ...local ? { presetOptions: { options: local.options, source: local.configPath } } : {}
      },
      apply,
      redactor,
      limits: connection.limits,
      spacingMs: connection.spacingMs,
      budgets: connection.budgets
    });
    if (result.outcome === "failed") throw new BaselineError("GITHUB", redactor.redact(result.error ?? "resync failed"));
    for (const warning of result.warnings) output.err(`warning: ${redactor.redact(warning)}`);
    if (flags.json) {
      say(JSON.stringify({ repo: result.repo, outcome: result.outcome, pr: result.pr, writes: result.writes, reads: result.reads, fromVersion: result.fromVersion, ...result.summary }, null, 2));
    } else {
      if (result.diff) say(colorDiff(result.diff));
      else if (result.summary) {
        for (const p of result.summary.added) say(`add     ${p}`);
        for (const p of result.summary.changed) say(`change  ${p}`);
        for (const p of result.summary.removed) say(`remove  ${p}`);
      }
      for (const f of result.summary?.leftAlone ?? []) say(`kept    ${f.path} — ${f.why}`);
      say(describe(result.outcome, result.repo, result.pr?.url, result.writes, apply));
    }
    process.exitCode = ExitCode.ok;
  });
}
function describe(outcome, repo, url, writes, apply) {
  switch (outcome) {
    case "clean":
      return `${repo} is on the current baseline; nothing to do.`;
    case "merged":
      return `${repo}: the baseline PR was merged; nothing left to do.`;
    case "pr-current":
      return `${repo}: the open PR ${url} already holds these changes; nothing written.`;
    case "pr-opened":
      return `Opened ${url} (${writes} writes).`;
    case "pr-updated":
      return `Updated ${url} (${writes} writes).`;
    case "pr-closed":
      return `Closed ${url}: the default branch no longer needs it.`;
    case "would-open":
    case "would-update":
    case "would-close":
      return `Dry run: would ${outcome.slice(6)} the PR${url ? ` ${url}` : ""} (${writes} writes).${apply ? "" : " Add --apply to do it."}`;
    default:
      return `${repo}: ${outcome}`;
  }
}

// src/cli/commands/rollout.ts
var rollout_exports = {};
__export(rollout_exports, {
  register: () => register7
});
import { createHash as createHash6 } from "node:crypto";
import { readFileSync as readFileSync8, writeFileSync as writeFileSync6 } from "node:fs";

// src/rollout/progress.ts
function createProgress(stream, redact2, now = Date.now) {
  const live = stream.isTTY === true;
  let phaseName = "";
  let total = 0;
  let count2 = 0;
  let writes = 0;
  let failed2 = 0;
  let lastDraw = 0;
  let started = now();
  const clear = () => live && stream.write("\r\x1B[2K");
  const draw = (force = false) => {
    if (!live || !force && now() - lastDraw < 100) return;
    lastDraw = now();
    const rate = count2 / Math.max(1, (now() - started) / 6e4);
    const text = `${phaseName} ${count2}/${total} repos · ${writes} writes · ${failed2} failed · ${Math.round(rate)} repos/min`;
    stream.write(`\r\x1B[2K${text.slice(0, (stream.columns ?? 100) - 1)}`);
  };
  const line = (text) => {
    clear();
    stream.write(`${redact2(text)}
`);
    draw(true);
  };
  return {
    phase(name, n) {
      if (live && phaseName) clear();
      phaseName = name;
      total = n;
      count2 = writes = failed2 = 0;
      started = now();
      if (!live) stream.write(`${name}: ${n} repositories
`);
      draw(true);
    },
    done(result) {
      count2++;
      writes += result.writes;
      if (result.outcome === "failed") failed2++;
      if (result.outcome !== "clean" && result.outcome !== "skipped") {
        const pr2 = result.pr ? ` #${result.pr.number}` : "";
        line(`${result.repo}  ${result.outcome}${pr2}  (${result.writes} writes)${result.error ? `  ${result.error}` : ""}`);
      } else {
        draw();
      }
    },
    note: line,
    end() {
      clear();
    }
  };
}

// src/rollout/report.ts
import { appendFileSync as appendFileSync2 } from "node:fs";
var ORDER = ["failed", "pr-opened", "pr-updated", "pr-closed", "would-open", "would-update", "would-close", "pr-current", "merged", "clean", "skipped"];
function totals(results) {
  const out = {};
  for (const outcome of ORDER) {
    const n = results.filter((r) => r.outcome === outcome).length;
    if (n > 0) out[outcome] = n;
  }
  return out;
}
function reportJson(report) {
  const repos = report.results.map((r) => ({
    repo: r.repo,
    outcome: r.outcome,
    ...r.pr ? { pr: r.pr } : {},
    ...r.summary ? { added: r.summary.added, changed: r.summary.changed, removed: r.summary.removed, leftAlone: r.summary.leftAlone } : {},
    ...r.fromVersion !== void 0 ? { fromVersion: r.fromVersion } : {},
    writes: r.writes,
    reads: r.reads,
    ...r.warnings.length > 0 ? { warnings: r.warnings } : {},
    ...r.error ? { error: r.error } : {},
    ...r.skipReason ? { skipReason: r.skipReason } : {}
  }));
  return JSON.stringify(
    {
      apply: report.apply,
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
      listed: report.listed,
      skipped: report.skipped,
      totals: totals(report.results),
      writes: sum(report.results, "writes"),
      reads: sum(report.results, "reads"),
      repos
    },
    null,
    2
  );
}
function reportTable(report) {
  const shown = sorted2(report.results.filter((r) => r.outcome !== "clean" && r.outcome !== "skipped"));
  const rows = shown.map((r) => [r.repo, r.outcome, r.pr ? `#${r.pr.number}` : "", files(r), String(r.writes), note(r)]);
  const header = ["repository", "result", "PR", "files", "writes", "note"];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
  const out = rows.length > 0 ? [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)] : [];
  out.push("", summaryLine(report));
  return out.join("\n");
}
function reportMarkdown(report) {
  const shown = sorted2(report.results.filter((r) => r.outcome !== "clean" && r.outcome !== "skipped"));
  const lines = [`## DevOps baseline rollout${report.apply ? "" : " (dry run)"}`, "", summaryLine(report), ""];
  if (shown.length > 0) {
    lines.push("| repository | result | PR | files | writes | note |", "| --- | --- | --- | --- | ---: | --- |");
    for (const r of shown) {
      const link = r.pr ? `[#${r.pr.number}](${r.pr.url})` : "";
      lines.push(`| ${r.repo} | ${r.outcome} | ${link} | ${files(r)} | ${r.writes} | ${note(r).replace(/\|/g, "\\|")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
function writeStepSummary(markdown, env = process.env) {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  appendFileSync2(path, `${markdown}
`);
  return true;
}
function summaryLine(report) {
  const counts = Object.entries(totals(report.results)).map(([k, v]) => `${v} ${k}`);
  const skipped = Object.entries(report.skipped).filter(([, v]) => v > 0).map(([k, v]) => `${v} ${k}`);
  return [
    `${report.listed} listed, ${report.results.length} checked: ${counts.join(", ") || "nothing to do"}.`,
    skipped.length > 0 ? `Skipped: ${skipped.join(", ")}.` : "",
    `${sum(report.results, "writes")} writes, ${sum(report.results, "reads")} reads.`
  ].filter(Boolean).join(" ");
}
function files(r) {
  if (!r.summary) return "";
  return `+${r.summary.added.length} ~${r.summary.changed.length} -${r.summary.removed.length}`;
}
function note(r) {
  if (r.error) return r.error;
  if (r.summary && r.summary.leftAlone.length > 0) return `${r.summary.leftAlone.length} file(s) left alone`;
  return r.warnings[0] ?? "";
}
function sorted2(results) {
  return [...results].sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome) || (a.repo < b.repo ? -1 : 1));
}
function sum(results, key) {
  return results.reduce((n, r) => n + r[key], 0);
}

// src/rollout/rollout.ts
import { createHash as createHash5 } from "node:crypto";

// src/rollout/list-targets.ts
import { readFileSync as readFileSync7 } from "node:fs";
async function listTargets(github, spec, onRead, session) {
  const sources = [spec.org, spec.reposFile, spec.search].filter((s) => s !== void 0).length;
  if (sources === 0) throw badInput("Say which repositories: --org NAME, --repos FILE or --search QUERY (optionally narrowed by --topic, --include, --exclude).");
  if (sources > 1) throw badInput("Use one of --org, --repos and --search; narrow with --topic, --include and --exclude.");
  const found = [];
  if (spec.org !== void 0) {
    for await (const page of github.paginate.iterator(github.rest.repos.listForOrg, { org: spec.org, type: "all", per_page: 100 })) {
      onRead();
      for (const repo of page.data) found.push(toRepoInfo(repo));
    }
  } else if (spec.search !== void 0) {
    for await (const page of github.paginate.iterator(github.rest.search.repos, { q: spec.search, per_page: 100 })) {
      onRead();
      for (const repo of page.data) if (repo.owner) found.push(toRepoInfo({ ...repo, owner: repo.owner }));
    }
  } else {
    for (const ref of readReposFile(spec.reposFile)) {
      onRead();
      const client = session ? (await session.forOwner(ref.owner)).github : github;
      found.push(await getRepoInfo(client, ref));
    }
  }
  const unique = new Map(found.map((r) => [`${r.owner}/${r.name}`.toLowerCase(), r]));
  return [...unique.values()].sort((a, b) => `${a.owner}/${a.name}`.toLowerCase() < `${b.owner}/${b.name}`.toLowerCase() ? -1 : 1);
}
function readReposFile(path) {
  let text;
  try {
    text = readFileSync7(path, "utf8");
  } catch (error) {
    throw badInput(`--repos: cannot read ${path} (${error.code ?? "error"})`);
  }
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return [];
    const match = /^(?:https:\/\/[^/]+\/)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(line);
    if (!match) throw badInput(`--repos ${path}:${i + 1}: "${line}" is not owner/name`);
    return [{ owner: match[1], name: match[2] }];
  });
}

// src/rollout/run-pool.ts
async function runPool(items, concurrency, worker) {
  const iterator2 = items[Symbol.iterator]();
  let failure;
  const lane = async () => {
    for (; ; ) {
      if (failure !== void 0) return;
      const next = iterator2.next();
      if (next.done) return;
      try {
        await worker(next.value);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  if (failure !== void 0) throw failure;
}

// src/rollout/rollout.ts
var FINAL = /* @__PURE__ */ new Set(["clean", "pr-current", "merged", "skipped"]);
async function rollout(input) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const budgets = input.budgets ?? /* @__PURE__ */ new Map();
  const budgetFor = (key) => {
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, budget = new WriteBudget(input.limits, input.clock, input.spacingMs));
    return budget;
  };
  const listing = await input.session.forOwner(input.targets.org ?? ownerOfQuery(input.targets.search) ?? "");
  const listed = await listTargets(listing.github, input.targets, () => void 0, input.session);
  const skipped = {};
  const targets = [];
  for (const repo of listed) {
    const reason = skipReason(repo, input.selection);
    if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1;
    else targets.push(repo);
  }
  const fingerprint = createHash5("sha256").update(JSON.stringify([TOOL_VERSION, input.targets, input.selection, input.settings.flags, input.settings.allowCodeConfig, ...input.fingerprint])).digest("hex").slice(0, 16);
  const ledger = Ledger.open(input.apply ? input.ledgerPath : void 0, fingerprint, { fresh: input.fresh });
  if (ledger.resumed) input.progress.note(`Resuming the unfinished run of ${ledger.runId} from ${input.ledgerPath}`);
  const blobs = new BlobReader();
  const results = /* @__PURE__ */ new Map();
  const contextFor = async (repo) => {
    const identity = await input.session.forOwner(repo.owner);
    const budget = budgetFor(identity.key);
    return { identityKey: identity.key, ctx: { github: identity.github, gate: () => budget.acquire(), blobs, redactor: input.redactor, ledger, settings: input.settings } };
  };
  const todo = targets.filter((repo) => {
    const done = ledger.state(fullName(repo)).done;
    if (done) results.set(fullName(repo), { repo: fullName(repo), outcome: done.outcome ?? "clean", writes: 0, reads: 0, warnings: [], ...done.pr ? { pr: { number: done.pr, url: done.url ?? "" } } : {} });
    return !done;
  });
  input.progress.phase(input.apply ? "planning" : "dry run", todo.length);
  const pending = [];
  await runPool(todo, input.concurrency, async (repo) => {
    const { ctx, identityKey } = await contextFor(repo);
    const result = await syncRepo(repo, ctx, false);
    results.set(result.repo, result);
    if (input.apply && FINAL.has(result.outcome)) {
      ledger.record({ repo: result.repo, step: "done", outcome: result.outcome, writes: 0, ...result.pr ? { pr: result.pr.number, url: result.pr.url } : {} });
    }
    if (result.outcome.startsWith("would-")) {
      pending.push({ repo, writes: result.writes, identityKey });
      if (input.apply) ledger.record({ repo: result.repo, step: "planned", writes: result.writes });
    }
    input.progress.done(result);
  });
  input.progress.end();
  const writes = pending.reduce((n, p) => n + p.writes, 0);
  const perIdentity = /* @__PURE__ */ new Map();
  for (const p of pending) perIdentity.set(p.identityKey, (perIdentity.get(p.identityKey) ?? 0) + p.writes);
  const ms = Math.max(0, ...[...perIdentity].map(([key, n]) => budgetFor(key).estimateMs(n)));
  const eta = { repos: pending.length, writes, ms };
  input.progress.note(`${eta.repos.toLocaleString("en-US")} repos need changes ≈ ${writes.toLocaleString("en-US")} writes ≈ ${formatDuration(ms)}${input.limits.length > 0 ? ` (GitHub allows ${input.limits.map(describeLimit).join(" and ")} per identity)` : ""}`);
  if (input.apply && pending.length > 0) {
    pending.sort((a, b) => fullName(a.repo).toLowerCase() < fullName(b.repo).toLowerCase() ? -1 : 1);
    input.progress.phase("applying", pending.length);
    await runPool(pending, input.concurrency, async ({ repo }) => {
      const { ctx } = await contextFor(repo);
      const planned = results.get(fullName(repo));
      const applied = await syncRepo(repo, ctx, true);
      const result = { ...applied, reads: applied.reads + (planned?.reads ?? 0) };
      results.set(result.repo, result);
      input.progress.done(result);
    });
    input.progress.end();
  }
  const all = [...results.values()].sort((a, b) => a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1);
  if (input.apply && !all.some((r) => r.outcome === "failed")) ledger.finish();
  return { apply: input.apply, startedAt, finishedAt: (/* @__PURE__ */ new Date()).toISOString(), listed: listed.length, skipped, results: all, eta, resumed: ledger.resumed };
}
function describeLimit(limit) {
  return limit.windowMs === 6e4 ? `${limit.max}/min` : limit.windowMs === 36e5 ? `${limit.max}/h` : `${limit.max} per ${limit.windowMs / 1e3}s`;
}
function ownerOfQuery(query) {
  return query ? /\b(?:org|user):([\w.-]+)/.exec(query)?.[1] : void 0;
}

// src/rollout/rollout-workflow.ts
var LEDGER = "devops-baseline-rollout.jsonl";
function rolloutWorkflow(input) {
  const shards = Array.from({ length: input.shards }, (_, i) => i + 1);
  const args = [
    "rollout",
    `--org "$ORG"`,
    ...(input.topics ?? []).map((t) => `--topic ${shellWord(t)}`),
    ...input.defaults ? [`--defaults ${shellWord(input.defaults)}`] : [],
    "--apply",
    `--shard "$SHARD/${input.shards}"`,
    `--ledger ${LEDGER}`,
    `--report-json "rollout-$SHARD.json"`,
    "--token-env BASELINE_TOKEN",
    '--api-url "$GITHUB_API_URL"'
  ];
  const ledgerKey = `rollout-ledger-\${{ matrix.shard }}-\${{ github.run_id }}`;
  const steps2 = [
    checkoutStep(),
    {
      id: "app-token",
      name: "Mint a GitHub App installation token for the organisation",
      uses: pinnedAction("actions/create-github-app-token"),
      with: {
        "app-id": "${{ vars.BASELINE_APP_ID }}",
        "private-key": "${{ secrets.BASELINE_APP_PRIVATE_KEY }}",
        owner: "${{ inputs.org }}",
        "permission-contents": "write",
        "permission-pull-requests": "write",
        "permission-workflows": "write",
        "permission-metadata": "read"
      }
    },
    { id: "setup-node", name: "Set up Node.js", uses: pinnedAction("actions/setup-node"), with: { "node-version": "22" } },
    {
      id: "restore-ledger",
      name: "Restore this shard's ledger (a re-run resumes)",
      uses: pinnedAction("actions/cache/restore"),
      with: { path: LEDGER, key: `${ledgerKey}-\${{ github.run_attempt }}`, "restore-keys": `${ledgerKey}-` }
    },
    {
      id: "rollout",
      name: "Roll out",
      env: { BASELINE_TOKEN: "${{ steps.app-token.outputs.token }}", ORG: "${{ inputs.org }}", SHARD: "${{ matrix.shard }}" },
      run: `npx --yes create-devops-baseline@latest ${args.join(" ")}`
    },
    {
      id: "save-ledger",
      name: "Save the ledger",
      if: "${{ always() }}",
      uses: pinnedAction("actions/cache/save"),
      with: { path: LEDGER, key: `${ledgerKey}-\${{ github.run_attempt }}` }
    },
    {
      id: "upload-report",
      name: "Upload the report",
      if: "${{ always() }}",
      uses: pinnedAction("actions/upload-artifact"),
      with: { name: "rollout-report-${{ matrix.shard }}", path: "rollout-${{ matrix.shard }}.json", "if-no-files-found": "ignore" }
    }
  ];
  return {
    name: "Baseline rollout",
    on: {
      workflow_dispatch: {
        inputs: { org: { description: "Organisation to roll the baseline out to", required: true, type: "string", ...input.org ? { default: input.org } : {} } }
      }
    },
    permissions: {},
    concurrency: { group: "baseline-rollout-${{ inputs.org }}", "cancel-in-progress": false },
    jobs: {
      rollout: {
        name: "Roll out (shard ${{ matrix.shard }})",
        "runs-on": "ubuntu-latest",
        // 500 writes an hour per identity: a large organisation takes hours; six is GitHub's ceiling.
        "timeout-minutes": 350,
        permissions: { contents: "read" },
        strategy: { "fail-fast": false, matrix: { shard: shards } },
        steps: steps2
      }
    }
  };
}
function rolloutWorkflowYaml(input) {
  return renderYaml(rolloutWorkflow(input), [
    "Example: roll the DevOps baseline out to an organisation as a sharded matrix (create-devops-baseline rollout --print-workflow).",
    "Needs a GitHub App installed on the organisation: variable BASELINE_APP_ID, secret BASELINE_APP_PRIVATE_KEY."
  ]);
}
function shellWord(value) {
  return /^[\w./:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/cli/commands/rollout.ts
var collect = (value, previous) => [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];
function register7(program2, output) {
  const command = program2.command("rollout").description("Bring many repositories to the baseline through one resync PR each, within GitHub's rate limits. Dry run unless --apply.").option("--org <org>", "every repository of this organisation").option("--topic <topic>", "only repositories with this topic (repeatable, all must match)", collect, []).option("--repos <file>", "repositories listed in a file, one owner/name per line").option("--search <query>", 'repositories found by a GitHub search, e.g. "org:acme language:python"').option("--include <glob>", "only names matching (owner/name or name; * and ?; repeatable)", collect, []).option("--exclude <glob>", "skip names matching (repeatable)", collect, []).option("--include-forks", "also roll out to forks (archived and empty repositories are always skipped)").option("--defaults <file>", "organisation defaults (JSON, same keys as devops-baseline.json), under each repository's own config or detection").option("--apply", "open, update and close the PRs (without it: a dry run that prints what would change)").option("--dry-run", "print what would change and write nothing (the default)").option("--no-diff", "in a dry run, list files instead of printing diffs").option("--concurrency <n>", "repositories worked on at once", "8").option("--ledger <file>", "progress file of an --apply run; an unfinished run resumes from it", "devops-baseline-rollout.jsonl").option("--fresh", "ignore an unfinished run in the ledger and start over").option("--shard <i/n>", "only the i-th of n deterministic slices (by repository name), for a CI matrix; the write budget is split n ways").option("--json", "print the report as JSON on stdout").option("--report-json <file>", "also write the JSON report to a file").option("--report-md <file>", "also write the Markdown report to a file ($GITHUB_STEP_SUMMARY gets it automatically)").option("--allow-code-config", "evaluate repositories' devops-baseline.config.ts (runs their code with your token; off by default)").option("--force", "overwrite owned files edited by hand (the PR shows the old content)").option("--adopt", "take over existing files this tool does not own").addOption(new Option("--print-workflow", "print an example GitHub Actions workflow running this rollout as a sharded matrix, and exit")).addOption(new Option("--shards <n>", "matrix size for --print-workflow").default("4"));
  addGitHubFlags(command);
  command.addHelpText(
    "after",
    [
      "",
      "Credentials: a GitHub App (--app-id) or a token with repo and workflow scopes. GITHUB_TOKEN of a workflow",
      "cannot change .github/workflows/ and its PRs do not trigger CI.",
      "Repositories with the topic devops-baseline-opt-out are never touched.",
      "Exit codes: 0 done, 1 some repositories failed (see the report; rerun to resume), 2 bad input, 3 GitHub or internal error."
    ].join("\n")
  );
  command.action(async (flags) => {
    if (flags.printWorkflow) {
      output.out(rolloutWorkflowYaml({ shards: count(flags.shards ?? "4", "--shards"), org: flags.org, topics: flags.topic, defaults: flags.defaults }));
      return;
    }
    if (flags.apply && flags.dryRun) throw badInput("--apply and --dry-run contradict each other; pick one");
    if (flags.topic.length > 0 && !flags.org && !flags.repos && !flags.search) throw badInput("--topic narrows a listing: add --org NAME (or --repos/--search)");
    const shard = flags.shard === void 0 ? void 0 : parseShard(flags.shard);
    const defaults = loadDefaults(flags.defaults);
    const connection = connect(flags, process.env, (level, line) => output.err(`${level}: ${line}`), { shareOf: shard?.count ?? 1 });
    const { redactor } = connection;
    const apply = Boolean(flags.apply);
    const stream = process.stderr.isTTY ? process.stderr : { write: (text) => output.err(text.replace(/\n$/, "")) };
    const progress = createProgress(stream, (s) => redactor.redact(s));
    let report;
    try {
      report = await rollout({
        session: connection.session,
        targets: { ...flags.org ? { org: flags.org } : {}, ...flags.repos ? { reposFile: flags.repos } : {}, ...flags.search ? { search: flags.search } : {} },
        selection: { include: flags.include, exclude: flags.exclude, topics: flags.topic, includeForks: Boolean(flags.includeForks), ...shard ? { shard } : {} },
        settings: { defaults, allowCodeConfig: Boolean(flags.allowCodeConfig), flags: { force: Boolean(flags.force), adopt: Boolean(flags.adopt) }, wantDiff: !apply && flags.diff },
        apply,
        concurrency: count(flags.concurrency, "--concurrency"),
        ledgerPath: flags.ledger,
        fresh: Boolean(flags.fresh),
        limits: connection.limits,
        spacingMs: connection.spacingMs,
        redactor,
        progress,
        fingerprint: [flags.defaults ? createHash6("sha256").update(readFileSync8(flags.defaults)).digest("hex") : ""],
        budgets: connection.budgets
      });
    } catch (error) {
      throw error instanceof BaselineError && error.code === "BAD_INPUT" ? error : gitHubError(error, "rollout", redactor);
    }
    const say = (text) => output.out(redactor.redact(text));
    if (!apply && flags.diff && !flags.json) {
      for (const r of report.results) if (r.diff) say(`
${r.repo} (${r.outcome})
${colorDiff(r.diff)}`);
    }
    const json = reportJson(report);
    const markdown = reportMarkdown(report);
    if (flags.reportJson) writeFileSync6(flags.reportJson, redactor.redact(json));
    if (flags.reportMd) writeFileSync6(flags.reportMd, redactor.redact(markdown));
    writeStepSummary(redactor.redact(markdown));
    if (flags.json) say(json);
    else {
      say(reportTable(report));
      if (!apply) say("Dry run: nothing was written. Add --apply to open the PRs.");
      else if (report.results.some((r) => r.outcome === "failed")) say(`Some repositories failed; run the same command again to resume from ${flags.ledger}.`);
    }
    process.exitCode = report.results.some((r) => r.outcome === "failed") ? ExitCode.drift : ExitCode.ok;
  });
}
function count(value, flag) {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badInput(`${flag}: "${value}" must be a whole number above 0`);
  return Number(value);
}

// src/cli/program.ts
function createProgram(output) {
  const program2 = new Command("create-devops-baseline").description("Give a repository an owned, hardened DevOps baseline and keep it that way.").version(TOOL_VERSION).showSuggestionAfterError().addHelpText("after", "\nExit codes: 0 ok, 1 drift or files left alone, 2 bad input, 3 internal error, 4 another run holds the repository's lock.\nDocs: https://github.com/create-devops-baseline/create-devops-baseline/tree/main/docs");
  for (const command of [init_exports, synth_exports, check_exports, detect_exports, resync_exports, rollout_exports]) command.register(program2, output);
  return program2;
}

// src/redact.ts
var REDACTED = "[REDACTED]";
var RULES = [
  // PEM private keys, whole (BEGIN…END), including encrypted and OpenSSH ones. A key cut off before its
  // END is removed up to the first character that cannot be in one or in a diff/comment prefix before its
  // lines (e.g. the quote closing a JSON string).
  {
    name: "private key",
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----(?:[A-Za-z0-9+/=:,.\s#>|*;!-]|\\[rn])*?(?:-----END \1PRIVATE KEY-----|(?![A-Za-z0-9+/=:,.\s#>|*;!-]|\\[rn]))/g,
    replace: (_m, kind) => `-----BEGIN ${kind}PRIVATE KEY-----${REDACTED}-----END ${kind}PRIVATE KEY-----`
  },
  // GitHub: classic PATs, OAuth, user-to-server, server-to-server (App installation), refresh; fine-grained PATs.
  { name: "GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,255}\b/g, replace: `${REDACTED}` },
  { name: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, replace: `${REDACTED}` },
  // GitHub App JWTs and legacy installation tokens; JSON Web Tokens in general.
  { name: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, replace: REDACTED },
  { name: "GitHub legacy installation token", pattern: /\bv1\.[0-9a-f]{40}\b/g, replace: REDACTED },
  // AWS access key IDs and secret access keys given with their name.
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}\b/g, replace: `${REDACTED}` },
  {
    name: "AWS secret access key",
    pattern: /((?:aws_?secret_?access_?key|secret_?access_?key)["']?\s*[:=]\s*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
    replace: (_m, lead) => `${lead}${REDACTED}`
  },
  // Other common issuers: npm, Slack tokens and webhooks, Google API keys, Stripe live keys, GitLab.
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, replace: REDACTED },
  { name: "Slack token", pattern: /\bxox[abeoprs]-[A-Za-z0-9-]{10,}\b/g, replace: REDACTED },
  { name: "Slack webhook", pattern: /(https:\/\/hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, replace: (_m, lead) => `${lead}${REDACTED}` },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, replace: REDACTED },
  { name: "Stripe key", pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g, replace: REDACTED },
  { name: "GitLab token", pattern: /\bglpat-[0-9A-Za-z_-]{20,}\b/g, replace: REDACTED },
  // Credentials in URLs: scheme://user:password@host → scheme://***@host.
  { name: "URL credentials", pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, replace: (_m, scheme) => `${scheme}***@` },
  // Secrets in query strings and Authorization headers.
  {
    name: "query secret",
    pattern: /([?&](?:access_token|token|password|secret|client_secret|sig|signature|api_key|apikey)=)[^&#\s]+/gi,
    replace: (_m, lead) => `${lead}${REDACTED}`
  },
  {
    name: "Authorization header",
    pattern: /(\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+)[A-Za-z0-9._~+/=-]+/gi,
    replace: (_m, lead) => `${lead}${REDACTED}`
  }
];
var SECRET_ENV_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;
function secretsFromEnv(env = process.env) {
  return Object.entries(env).filter(([name, value]) => SECRET_ENV_NAME.test(name) && value !== void 0 && value.trim().length >= 8).map(([, value]) => value.trim()).sort((a, b) => b.length - a.length);
}
function redact(text, known = []) {
  let result = text;
  for (const secret of known) result = result.split(secret).join(REDACTED);
  for (const rule of RULES) {
    result = result.replace(rule.pattern, rule.replace);
  }
  return result;
}
function createLineRedactor(known = []) {
  let inKey = false;
  return (line) => {
    if (inKey) {
      if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) inKey = false;
      return redact(line.replace(/^[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/, (_m, end) => end ? `${REDACTED}${end}` : REDACTED), known);
    }
    const redacted = redact(line, known);
    const begin = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.exec(line);
    if (begin && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line.slice(begin.index))) inKey = true;
    return redacted;
  };
}

// src/cli/run.ts
async function run(argv, rawOutput = processOutput) {
  process.exitCode = void 0;
  const output = redactingOutput(rawOutput);
  const program2 = createProgram(output);
  for (const command of [program2, ...program2.commands]) {
    command.exitOverride().configureOutput({ writeOut: (s) => output.out(s.replace(/\n$/, "")), writeErr: (s) => output.err(s.replace(/\n$/, "")) });
  }
  try {
    await program2.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    if (error instanceof BaselineError) {
      output.err(`error: ${error.message}`);
      if (error.details) output.err(error.details);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === "ExitPromptError") {
      output.err("Cancelled; nothing was written.");
      return 130;
    }
    output.err(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return ExitCode.internal;
  } finally {
    process.exitCode = void 0;
  }
}
function redactingOutput(output) {
  const known = secretsFromEnv();
  const out = createLineRedactor(known);
  const err = createLineRedactor(known);
  return { out: (line) => output.out(out(line)), err: (line) => output.err(err(line)) };
}

// src/action/inputs.ts
var ACTION_COMMANDS = ["check", "resync", "rollout"];
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env) {
  const command = getInput(env, "command") || "check";
  if (!ACTION_COMMANDS.includes(command)) {
    throw badInput(`input "command": "${command}" is not allowed. Allowed: ${ACTION_COMMANDS.join(", ")}`);
  }
  return { command, args: splitArgs(getInput(env, "args")), token: getInput(env, "token") };
}
function splitArgs(text) {
  const words = [];
  let word;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = void 0;
      else word = (word ?? "") + c;
    } else if (quote === '"') {
      if (c === '"') quote = void 0;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) word = (word ?? "") + text[++i];
      else word = (word ?? "") + c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= "";
    } else if (c === "\\" && i + 1 < text.length) {
      word = (word ?? "") + text[++i];
    } else if (/\s/.test(c)) {
      if (word !== void 0) words.push(word);
      word = void 0;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (quote) throw badInput(`input "args": unterminated ${quote} quote in ${JSON.stringify(text)}`);
  if (word !== void 0) words.push(word);
  return words;
}

// src/action/read-result.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readResult(json) {
  const changes = [];
  const urls = [];
  const visit = (node, prefix) => {
    for (const item of asArray(node.files ?? node.changedFiles)) {
      const change = isObject(item) && typeof item.path === "string" ? item : typeof item === "string" ? { path: item } : void 0;
      if (!change) continue;
      changes.push({
        path: `${prefix}${change.path}`,
        ...typeof change.type === "string" ? { type: change.type } : {},
        ...typeof change.diff === "string" ? { diff: change.diff } : {}
      });
    }
    for (const type of ["added", "changed", "removed"]) {
      for (const path of asArray(node[type])) if (typeof path === "string") changes.push({ path: `${prefix}${path}`, type });
    }
    const url = pullRequestUrl(node);
    if (url && !urls.includes(url)) urls.push(url);
    for (const repo of asArray(node.results ?? node.repos)) {
      if (!isObject(repo)) continue;
      const name = typeof repo.repo === "string" ? repo.repo : typeof repo.fullName === "string" ? repo.fullName : void 0;
      visit(repo, name ? `${name}: ` : prefix);
    }
  };
  if (isObject(json)) visit(json, "");
  return { changedFiles: changes.map((c) => c.path), pullRequestUrls: urls, changes };
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function pullRequestUrl(node) {
  for (const key of ["pullRequest", "pr"]) {
    const pr2 = node[key];
    if (isObject(pr2)) {
      const url = pr2.url ?? pr2.htmlUrl ?? pr2.html_url;
      if (typeof url === "string") return url;
    }
  }
  for (const key of ["prUrl", "pullRequestUrl"]) if (typeof node[key] === "string") return node[key];
  return void 0;
}

// src/action/render-summary.ts
var code = (text) => `\`${text.replace(/`/g, "'")}\``;
var fence = (lang, body) => {
  let ticks = "```";
  while (body.includes(ticks)) ticks += "`";
  return `${ticks}${lang}
${body.replace(/\n$/, "")}
${ticks}`;
};
function renderSummary({ command, exitCode, result, log }) {
  const lines = [`### create-devops-baseline ${command}`, "", headline(command, exitCode, result), ""];
  if (result.pullRequestUrls.length > 0) {
    lines.push(...result.pullRequestUrls.map((url) => `- Pull request: ${url}`), "");
  }
  if (result.changes.length > 0) {
    lines.push("| file | change |", "| --- | --- |", ...result.changes.map((c) => `| ${code(c.path)} | ${c.type ?? "changed"} |`), "");
    const diffs = result.changes.filter((c) => c.diff);
    if (diffs.length > 0) {
      lines.push("<details><summary>Diff</summary>", "", fence("diff", diffs.map((c) => c.diff).join("\n")), "", "</details>", "");
    }
  }
  if (log.length > 0) lines.push(fence("text", log.join("\n")), "");
  return lines.join("\n");
}
function headline(command, exitCode, result) {
  const n = result.changedFiles.length;
  if (exitCode === 2) return "**Bad input**: nothing was done (see below).";
  if (exitCode !== 0 && exitCode !== 1) return `**Failed** with exit code ${exitCode} (see below).`;
  if (command === "check") {
    return exitCode === 0 ? "**No drift**: every owned file matches the config." : `**Drift**: ${n} owned file(s) differ from the config. Run \`npx create-devops-baseline synth\` and commit, or move hand edits into the config's \`overrides\`.`;
  }
  if (exitCode === 1) return `**Finished with findings**: ${n} file(s) changed; see below.`;
  return n === 0 ? "**Up to date**: nothing to change." : `**Done**: ${n} file(s) changed.`;
}

// src/action/runner-files.ts
import { randomUUID } from "node:crypto";
import { appendFileSync as appendFileSync3 } from "node:fs";
function setOutput(env, name, value) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync3(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync3(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
}
function maskSecret(value) {
  return `::add-mask::${value}`;
}

// src/action/run-action.ts
var silent = { out: () => void 0, err: () => void 0 };
var EMPTY = { changedFiles: [], pullRequestUrls: [], changes: [] };
async function runAction(env = process.env, output = processOutput) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    const message = error instanceof BaselineError ? error.message : String(error);
    output.out(`::error title=create-devops-baseline::${message}`);
    finish2(env, "(none)", ExitCode.badInput, EMPTY, [message]);
    return ExitCode.badInput;
  }
  if (inputs.token) {
    output.out(maskSecret(inputs.token));
    env.GITHUB_TOKEN = inputs.token;
    process.env.GITHUB_TOKEN = inputs.token;
  }
  const command = createProgram(silent).commands.find((c) => c.name() === inputs.command);
  if (!command) {
    const message = `"${inputs.command}" is not available in this version of create-devops-baseline`;
    output.out(`::error title=create-devops-baseline::${message}`);
    finish2(env, inputs.command, ExitCode.badInput, EMPTY, [message]);
    return ExitCode.badInput;
  }
  const json = command.options.some((o) => o.long === "--json");
  const argv = [inputs.command, ...inputs.args, ...json && !inputs.args.includes("--json") ? ["--json"] : []];
  output.out(`create-devops-baseline ${argv.join(" ")}`);
  const stdout = [];
  const stderr = [];
  const exitCode = await run(argv, {
    out: (line) => {
      stdout.push(line);
      if (!json) output.out(line);
    },
    err: (line) => {
      stderr.push(line);
      output.err(line);
    }
  });
  let result = EMPTY;
  let log = stderr;
  if (json) {
    try {
      result = readResult(JSON.parse(stdout.join("\n")));
    } catch {
      log = [...stdout, ...stderr];
    }
  } else {
    log = [...stdout, ...stderr];
  }
  for (const change of result.changes) output.out(`${change.type ?? "changed"}  ${change.path}${change.diff ? `
${change.diff}` : ""}`);
  if (inputs.command === "check" && exitCode === ExitCode.drift) {
    output.out(`::error title=Baseline drift::${result.changedFiles.length} owned file(s) differ from the config. Run "npx create-devops-baseline synth" and commit.`);
  }
  output.out(headline(inputs.command, exitCode, result).replace(/\*\*/g, ""));
  finish2(env, inputs.command, exitCode, result, log);
  return exitCode;
}
function finish2(env, command, exitCode, result, log) {
  setOutput(env, "changed-files", result.changedFiles.join("\n"));
  setOutput(env, "pr-url", result.pullRequestUrls[0] ?? "");
  setOutput(env, "pr-urls", result.pullRequestUrls.join("\n"));
  setOutput(env, "exit-code", String(exitCode));
  appendSummary(env, renderSummary({ command, exitCode, result, log }));
}

// src/action/index.ts
process.exitCode = await runAction(process.env);
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
