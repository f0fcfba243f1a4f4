import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
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
  NODE_PACKAGE_MANAGERS,
  OBJECT_STORAGES,
  PACKAGE_MANAGERS,
  TOOL_NAME,
  badInput,
  external_exports,
  hasMarker,
  packageRoot,
  parseOptions,
  publicApiPath,
  renderFiles,
  renderModels,
  require_dist
} from "./chunks/chunk-ZAS7YHMS.js";
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
    var path2 = __require("node:path");
    var fs = __require("node:fs");
    var process4 = __require("node:process");
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
          writeOut: (str) => process4.stdout.write(str),
          writeErr: (str) => process4.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process4.stdout.isTTY ? process4.stdout.columns : void 0,
          getErrHelpWidth: () => process4.stderr.isTTY ? process4.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process4.stdout.isTTY && process4.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process4.stderr.isTTY && process4.stderr.hasColors?.()),
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
        process4.exit(exitCode);
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
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
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
          if (process4.versions?.electron) {
            parseOptions2.from = "electron";
          }
          const execArgv = process4.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions2.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process4.argv;
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
            if (process4.defaultApp) {
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
          const localBin = path2.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path2.extname(baseName))) return void 0;
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
          executableDir = path2.resolve(
            path2.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path2.basename(
              this._scriptPath,
              path2.extname(this._scriptPath)
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
        launchWithNode = sourceExt.includes(path2.extname(executableFile));
        let proc;
        if (process4.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process4.execArgv).concat(args);
            proc = childProcess.spawn(process4.argv[0], args, { stdio: "inherit" });
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
          args = incrementNodeInspectorPort(process4.execArgv).concat(args);
          proc = childProcess.spawn(process4.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals2 = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals2.forEach((signal) => {
            process4.on(signal, () => {
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
            process4.exit(code2);
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
            process4.exit(1);
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
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
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
          if (option.envVar && option.envVar in process4.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process4.env[option.envVar]);
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
        this._name = path2.basename(filename, path2.extname(filename));
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
      executableDir(path3) {
        if (path3 === void 0) return this._executableDir;
        this._executableDir = path3;
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
        let exitCode = Number(process4.exitCode ?? 0);
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
      if (process4.env.NO_COLOR || process4.env.FORCE_COLOR === "0" || process4.env.FORCE_COLOR === "false")
        return false;
      if (process4.env.FORCE_COLOR || process4.env.CLICOLOR_FORCE !== void 0)
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

// node_modules/cli-width/index.js
var require_cli_width = __commonJS({
  "node_modules/cli-width/index.js"(exports, module) {
    "use strict";
    module.exports = cliWidth2;
    function normalizeOpts(options) {
      const defaultOpts = {
        defaultWidth: 0,
        output: process.stdout,
        tty: __require("tty")
      };
      if (!options) {
        return defaultOpts;
      }
      Object.keys(defaultOpts).forEach(function(key) {
        if (!options[key]) {
          options[key] = defaultOpts[key];
        }
      });
      return options;
    }
    function cliWidth2(options) {
      const opts = normalizeOpts(options);
      if (opts.output.getWindowSize) {
        return opts.output.getWindowSize()[0] || opts.defaultWidth;
      }
      if (opts.tty.getWindowSize) {
        return opts.tty.getWindowSize()[1] || opts.defaultWidth;
      }
      if (opts.output.columns) {
        return opts.output.columns;
      }
      if (process.env.CLI_WIDTH) {
        const width = parseInt(process.env.CLI_WIDTH, 10);
        if (!isNaN(width) && width !== 0) {
          return width;
        }
      }
      return opts.defaultWidth;
    }
  }
});

// node_modules/mute-stream/lib/index.js
var require_lib = __commonJS({
  "node_modules/mute-stream/lib/index.js"(exports, module) {
    var Stream = __require("stream");
    var MuteStream2 = class extends Stream {
      #isTTY = null;
      constructor(opts = {}) {
        super(opts);
        this.writable = this.readable = true;
        this.muted = false;
        this.on("pipe", this._onpipe);
        this.replace = opts.replace;
        this._prompt = opts.prompt || null;
        this._hadControl = false;
      }
      #destSrc(key, def) {
        if (this._dest) {
          return this._dest[key];
        }
        if (this._src) {
          return this._src[key];
        }
        return def;
      }
      #proxy(method, ...args) {
        if (typeof this._dest?.[method] === "function") {
          this._dest[method](...args);
        }
        if (typeof this._src?.[method] === "function") {
          this._src[method](...args);
        }
      }
      get isTTY() {
        if (this.#isTTY !== null) {
          return this.#isTTY;
        }
        return this.#destSrc("isTTY", false);
      }
      // basically just get replace the getter/setter with a regular value
      set isTTY(val) {
        this.#isTTY = val;
      }
      get rows() {
        return this.#destSrc("rows");
      }
      get columns() {
        return this.#destSrc("columns");
      }
      mute() {
        this.muted = true;
      }
      unmute() {
        this.muted = false;
      }
      _onpipe(src) {
        this._src = src;
      }
      pipe(dest, options) {
        this._dest = dest;
        return super.pipe(dest, options);
      }
      pause() {
        if (this._src) {
          return this._src.pause();
        }
      }
      resume() {
        if (this._src) {
          return this._src.resume();
        }
      }
      write(c) {
        if (this.muted) {
          if (!this.replace) {
            return true;
          }
          if (c.match(/^\u001b/)) {
            if (c.indexOf(this._prompt) === 0) {
              c = c.slice(this._prompt.length);
              c = c.replace(/./g, this.replace);
              c = this._prompt + c;
            }
            this._hadControl = true;
            return this.emit("data", c);
          } else {
            if (this._prompt && this._hadControl && c.indexOf(this._prompt) === 0) {
              this._hadControl = false;
              this.emit("data", this._prompt);
              c = c.slice(this._prompt.length);
            }
            c = c.toString().replace(/./g, this.replace);
          }
        }
        this.emit("data", c);
      }
      end(c) {
        if (this.muted) {
          if (c && this.replace) {
            c = c.toString().replace(/./g, this.replace);
          } else {
            c = null;
          }
        }
        if (c) {
          this.emit("data", c);
        }
        this.emit("end");
      }
      destroy(...args) {
        return this.#proxy("destroy", ...args);
      }
      destroySoon(...args) {
        return this.#proxy("destroySoon", ...args);
      }
      close(...args) {
        return this.#proxy("close", ...args);
      }
    };
    module.exports = MuteStream2;
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

// src/version.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var TOOL_VERSION = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  register: () => register2
});

// src/synth/base-store.ts
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join as join2 } from "node:path";
import { deflateSync } from "node:zlib";

// src/synth/git-blob.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function normaliseText(content) {
  return content.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

// src/synth/base-store.ts
var GIT_TIMEOUT_MS = 1e4;
function gitBaseStore(root) {
  let objectsDir;
  const objects = () => {
    if (objectsDir === void 0) {
      try {
        const out = execFileSync("git", ["rev-parse", "--git-path", "objects"], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: GIT_TIMEOUT_MS });
        const dir = out.toString("utf8").trim();
        objectsDir = isAbsolute(dir) ? dir : join2(root, dir);
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
  const folder = join2(objectsDir, sha.slice(0, 2));
  const target = join2(folder, sha.slice(2));
  if (existsSync(target)) return;
  mkdirSync(folder, { recursive: true });
  const temp = join2(folder, `tmp_obj_devops_baseline_${process.pid}`);
  try {
    writeFileSync(temp, deflateSync(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])), { mode: 292 });
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}

// src/synth/lock.ts
import { closeSync, mkdirSync as mkdirSync2, openSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname as dirname2 } from "node:path";

// src/synth/safe-path.ts
import { lstatSync, realpathSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join3, relative, sep } from "node:path";
function assertSafeRelativePath(path2, what) {
  if (path2 === "" || isAbsolute2(path2) || /^[A-Za-z]:/.test(path2) || path2.includes("\\") || path2.includes("\0")) {
    throw badInput(`${what}: "${path2}" must be a relative POSIX path inside the repository`);
  }
  if (path2.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) {
    throw badInput(`${what}: "${path2}" must not contain "..", "." or empty segments`);
  }
}
function resolveInsideRepo(root, path2, what) {
  assertSafeRelativePath(path2, what);
  const realRoot = realpathSync(root);
  let parent = dirname(join3(root, path2));
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
    throw badInput(`${what}: "${path2}" leads outside the repository through a symbolic link`);
  }
  return join3(realRoot, path2);
}

// src/synth/lock.ts
var LOCK_PATH = ".devops-baseline/lock";
var UNREADABLE_LOCK_STALE_MS = 6e4;
function acquireLock(root) {
  const path2 = resolveInsideRepo(root, LOCK_PATH, "lock file");
  try {
    mkdirSync2(dirname2(path2), { recursive: true });
  } catch (error) {
    throw badInput(`Could not create the folder of ${LOCK_PATH} (${error.code}): is .devops-baseline a file?`);
  }
  let recovered;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path2, "wx", 420);
      try {
        const info = { pid: process.pid, hostname: hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() };
        writeSync(fd, `${JSON.stringify(info)}
`);
      } finally {
        closeSync(fd);
      }
      return { release: () => releaseLock(path2), ...recovered ? { recovered } : {} };
    } catch (error) {
      const code2 = error.code;
      if (code2 !== "EEXIST") throw badInput(`Could not create ${LOCK_PATH} (${code2 ?? String(error)}): the repository folder must be writable`);
    }
    const holder = readLock(path2);
    const stale = staleReason(path2, holder);
    if (!stale) throw lockedError(holder);
    rmSync2(path2, { force: true });
    recovered = `${LOCK_PATH}: ${stale}; the lock was taken over`;
  }
  throw lockedError(readLock(path2));
}
function releaseLock(path2) {
  if (readLock(path2)?.pid === process.pid) rmSync2(path2, { force: true });
}
function readLock(path2) {
  try {
    const info = JSON.parse(readFileSync2(path2, "utf8"));
    if (typeof info.pid === "number" && typeof info.hostname === "string") {
      return { pid: info.pid, hostname: info.hostname, createdAt: String(info.createdAt ?? "unknown time") };
    }
  } catch {
  }
  return void 0;
}
function staleReason(path2, holder) {
  if (!holder) {
    let age = 0;
    try {
      age = Date.now() - statSync(path2).mtimeMs;
    } catch {
      return "it disappeared";
    }
    return age > UNREADABLE_LOCK_STALE_MS ? `it was unreadable and ${Math.round(age / 1e3)} s old` : void 0;
  }
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

// src/synth/manifest.ts
import { createHash as createHash2 } from "node:crypto";
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
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify({ ...manifest, files }, null, 2)}
`;
}
function hashOptions(options) {
  return `sha256:${createHash2("sha256").update(stableStringify(options)).digest("hex").slice(0, 16)}`;
}
function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
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
import { lstatSync as lstatSync2, readFileSync as readFileSync3 } from "node:fs";
var MAX_TEXT_BYTES = 2 * 1024 * 1024;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readDiskEntries(root, paths) {
  const entries = /* @__PURE__ */ new Map();
  for (const path2 of paths) entries.set(path2, readDiskEntry(root, path2));
  return entries;
}
function readDiskEntry(root, path2) {
  const absolute = resolveInsideRepo(root, path2, "owned file");
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
    bytes = readFileSync3(absolute);
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
function readTextIfExists(root, path2) {
  const absolute = resolveInsideRepo(root, path2, "file");
  try {
    return readFileSync3(absolute, "utf8");
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return null;
    if (code2 === "EISDIR") throw badInput(`${path2} is a directory, expected a file`);
    throw badInput(`${path2} cannot be read (${code2 ?? String(error)})`);
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
    const count = Object.keys(manifest.files).length;
    return {
      manifest,
      warning: [`${MANIFEST_PATH} is damaged (not a valid manifest); ${count} entr${count === 1 ? "y was" : "ies were"} recovered from it, other owned files are recognised by their markers`, warning].filter(Boolean).join("; ")
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
  const files = {};
  const entry = /"((?:[^"\\\n]|\\.){1,4096})"\s*:\s*(\{[^{}]{0,8192}\})/g;
  for (const match of text.matchAll(entry)) {
    try {
      const path2 = JSON.parse(`"${match[1]}"`);
      const parsed = manifestEntrySchema.safeParse(JSON.parse(match[2]));
      if (parsed.success && !Object.hasOwn(files, path2)) files[path2] = { sha: parsed.data.sha, component: parsed.data.component };
    } catch {
    }
  }
  if (Object.keys(files).length === 0) return void 0;
  return { version: 1, tool: TOOL_NAME, toolVersion: "unknown", optionsHash: "unknown", files };
}
function withSafePaths(manifest) {
  const files = /* @__PURE__ */ Object.create(null);
  const dropped = [];
  for (const [path2, entry] of Object.entries(manifest.files)) {
    try {
      assertSafeRelativePath(path2, "manifest");
      if (path2.split("/").includes("__proto__")) throw new Error("prototype key");
      files[path2] = entry;
    } catch {
      dropped.push(JSON.stringify(path2));
    }
  }
  if (dropped.length === 0) return { manifest };
  return {
    manifest: { ...manifest, files: { ...files } },
    warning: `${MANIFEST_PATH}: ignored ${dropped.length} entr${dropped.length === 1 ? "y" : "ies"} with a path that is not a relative path inside the repository (${dropped.slice(0, 5).join(", ")})`
  };
}

// src/synth/manifest-state.ts
function readManifestState(root) {
  const shaOnDisk = (path2) => {
    try {
      const entry = readDiskEntries(root, [path2]).get(path2);
      return entry?.type === "file" ? gitBlobSha(normaliseText(entry.content)) : void 0;
    } catch {
      return void 0;
    }
  };
  const read = parseManifest(readTextIfExists(root, MANIFEST_PATH));
  const warnings = read.warning ? [read.warning] : [];
  let manifest = resolveManifestSides(read, shaOnDisk);
  if (manifest) {
    const { kept, dropped } = partition(manifest.files, (path2) => leadsInside(root, path2));
    if (dropped.length > 0) {
      warnings.push(`${MANIFEST_PATH}: ignored ${dropped.join(", ")}: the path leads outside the repository through a symbolic link`);
      manifest = { ...manifest, files: kept };
    }
  }
  const journalText = readTextIfExists(root, JOURNAL_PATH);
  if (journalText === null) return { manifest, warnings };
  const journal = parseJournal(journalText);
  if (!journal) return { manifest, warnings: [...warnings, `${JOURNAL_PATH} is unreadable and was ignored`] };
  const files = { ...manifest?.files ?? {} };
  for (const [path2, sha] of Object.entries(journal.written)) {
    const entry = journal.manifest.files[path2];
    if (path2.split("/").includes("__proto__")) continue;
    if (entry && Object.hasOwn(journal.manifest.files, path2) && leadsInside(root, path2) && shaOnDisk(path2) === sha) files[path2] = entry;
  }
  warnings.push("The previous run was interrupted; the files it had finished were recognised as its own, and this run completes it");
  return { manifest: { ...manifest ?? journal.manifest, files }, warnings, interrupted: journal };
}
function resolveManifestSides(read, shaOnDisk) {
  if (!read.manifest) return null;
  if (!read.sides || read.sides.length < 2) return read.manifest;
  const files = {};
  const paths = new Set(read.sides.flatMap((side) => Object.keys(side.files)));
  for (const path2 of paths) {
    const candidates = read.sides.map((side) => Object.hasOwn(side.files, path2) ? side.files[path2] : void 0).filter((e) => e !== void 0);
    const onDisk = shaOnDisk(path2);
    files[path2] = candidates.find((c) => c.sha === onDisk) ?? candidates[0];
  }
  return { ...read.manifest, files };
}
function leadsInside(root, path2) {
  try {
    resolveInsideRepo(root, path2, "manifest");
    return true;
  } catch {
    return false;
  }
}
function partition(files, keep) {
  const kept = {};
  const dropped = [];
  for (const [path2, entry] of Object.entries(files)) {
    if (keep(path2)) kept[path2] = entry;
    else dropped.push(JSON.stringify(path2));
  }
  return { kept, dropped };
}

// src/synth/projen-owned.ts
var PROJEN_FILES_PATH = ".projen/files.json";
function readProjenOwned(root) {
  const text = readTextIfExists(root, PROJEN_FILES_PATH);
  if (text === null) return /* @__PURE__ */ new Set();
  try {
    const files = JSON.parse(text).files;
    return new Set(Array.isArray(files) ? files.filter((f) => typeof f === "string").map((f) => f.replace(/^\.\//, "")) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var PROJEN_OWNED_REASON = `is owned by projen (listed in ${PROJEN_FILES_PATH}); generate it from .projenrc.ts with \`create-devops-baseline/projen\` instead`;
function blockProjenOwned(root, entries) {
  const owned = readProjenOwned(root);
  const result = new Map(entries);
  for (const path2 of entries.keys()) if (owned.has(path2)) result.set(path2, { type: "blocked", reason: PROJEN_OWNED_REASON });
  return result;
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
function conflictReport(path2, conflicts) {
  const out = [
    `${path2}: ${conflicts.length} region(s) changed both by hand and by the new baseline; the file was not written.`
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
  const files = {};
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
      files[file.path] = newEntry;
      continue;
    }
    const existing = normaliseText(entry.content);
    if (existing === file.content) {
      actions.push({ type: "unchanged", file });
      files[file.path] = newEntry;
      continue;
    }
    const recovered = owned[file.path] === void 0 && manifest === null && hasMarker(existing);
    const ownedEntry = owned[file.path] ?? (recovered ? { sha: UNKNOWN_BASE_SHA, component: file.component } : void 0);
    if (!ownedEntry) {
      if (flags.adopt) {
        actions.push({ type: "replace", file, previous: entry.content, why: "adopt" });
        files[file.path] = newEntry;
      } else {
        actions.push({ type: "skip-unowned", file, existing: entry.content });
      }
      continue;
    }
    if (gitBlobSha(existing) === ownedEntry.sha) {
      actions.push({ type: "update", file, previous: entry.content });
      files[file.path] = newEntry;
    } else if (flags.force) {
      actions.push({ type: "replace", file, previous: entry.content, why: "force" });
      files[file.path] = newEntry;
    } else {
      const { action, entry: kept } = planHandEdited(file, entry.content, ownedEntry, newEntry, flags, readBase);
      actions.push(action);
      files[file.path] = kept;
    }
  }
  for (const [path2, ownedEntry] of Object.entries(owned)) {
    if (renderedPaths.has(path2)) continue;
    const entry = disk.get(path2) ?? { type: "missing" };
    if (entry.type !== "file") continue;
    const existing = normaliseText(entry.content);
    if (gitBlobSha(existing) === ownedEntry.sha || flags.force) {
      actions.push({ type: "delete", path: path2, previous: entry.content });
    } else {
      actions.push({ type: "keep-orphan", path: path2, existing: entry.content });
    }
  }
  return { actions: actions.sort((a, b) => pathOf(a) < pathOf(b) ? -1 : 1), files };
}
function planHandEdited(file, onDisk, ownedEntry, newEntry, flags, readBase) {
  const keep = (note, entry = ownedEntry) => ({
    action: { type: "keep-edited", file, existing: onDisk, ...note ? { note } : {} },
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

// src/synth/write-tree.ts
import { chmodSync, existsSync as existsSync2, mkdirSync as mkdirSync3, readdirSync, renameSync as renameSync2, rmSync as rmSync3, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, join as join4, relative as relative2 } from "node:path";

// src/synth/crash-point.ts
var steps = 0;
function writeStep() {
  const limit = process.env.DEVOPS_BASELINE_CRASH_AFTER;
  if (limit === void 0 || limit === "") return;
  steps++;
  if (steps >= Number(limit)) process.kill(process.pid, "SIGKILL");
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
function writeTree(root, plan, manifest, options) {
  const writes = plan.actions.flatMap((action) => {
    const content = writtenContent(action);
    if (content === void 0 || !("file" in action)) return [];
    const target = resolveInsideRepo(root, action.file.path, "owned file");
    return [{ action, content, target, temp: tempName(target), executable: action.file.executable }];
  });
  options.baseStore?.keep(writes.map((w) => "file" in w.action ? w.action.file.content : w.content));
  writeStep();
  const journal = {
    version: 1,
    manifest,
    written: Object.fromEntries(writes.map((w) => [pathOf(w.action), gitBlobSha(w.content)])),
    temps: writes.map((w) => relative2(root, w.temp).split("\\").join("/"))
  };
  step("write", JOURNAL_PATH, () => writeAtomic(root, JOURNAL_PATH, serializeJournal(journal)));
  const backups = [];
  try {
    for (const w of writes) {
      if (w.action.type !== "replace") continue;
      const backup = freeBackupPath(root, w.action.file.path);
      step("back up", w.action.file.path, () => writeAtomic(root, backup, w.action.type === "replace" ? w.action.previous : ""));
      backups.push({ path: w.action.file.path, backup });
    }
    for (const w of writes) {
      step("create the folder of", pathOf(w.action), () => mkdirSync3(dirname3(w.target), { recursive: true }));
      writeStep();
      step("write", pathOf(w.action), () => writeFileSync2(w.temp, w.content, { mode: fileMode(w.executable, options.readOnly) }));
      writeStep();
    }
  } catch (error) {
    for (const w of writes) rmSync3(w.temp, { force: true });
    for (const b of backups) rmSync3(join4(root, b.backup), { force: true });
    rmSync3(join4(root, JOURNAL_PATH), { force: true });
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
  step("update", GITATTRIBUTES_PATH, () => updateGitattributes(root, Object.keys(manifest.files)));
  step("remove", JOURNAL_PATH, () => rmSync3(join4(root, JOURNAL_PATH), { force: true }));
  writeStep();
  return { backups };
}
function gitattributesNeedUpdate(root, ownedPaths) {
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  return next !== (existing ?? "");
}
function removeLeftovers(root, journal) {
  for (const temp of journal?.temps ?? []) {
    if (!/\.devops-baseline-\d+\.tmp$/.test(temp)) continue;
    try {
      rmSync3(resolveInsideRepo(root, temp, "temp file"), { force: true });
    } catch {
    }
  }
  const ownFolder = join4(root, ".devops-baseline");
  if (!existsSync2(ownFolder)) return;
  for (const name of readdirSync(ownFolder)) {
    if (/\.devops-baseline-\d+\.tmp$/.test(name)) rmSync3(join4(ownFolder, name), { force: true });
  }
}
function tempName(target) {
  return `${target}.devops-baseline-${process.pid}.tmp`;
}
function fileMode(executable, readOnly) {
  return readOnly ? executable ? 365 : 292 : executable ? 493 : 420;
}
function writeAtomic(root, path2, content) {
  const target = resolveInsideRepo(root, path2, "file");
  mkdirSync3(dirname3(target), { recursive: true });
  const temp = tempName(target);
  writeFileSync2(temp, content);
  writeStep();
  renameSync2(temp, target);
  writeStep();
}
function step(what, path2, run2) {
  try {
    run2();
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    const e = error;
    const hint = e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS" ? "the file or its folder is not writable" : e.code === "ENOTDIR" ? "a folder on its path is a file" : e.code === "EISDIR" ? "it is a directory" : e.code === "ENOSPC" ? "the disk is full" : e.code ?? "error";
    throw badInput(`Could not ${what} ${path2}: ${hint} (${e.code ?? e.message}). Files not yet replaced were left as they were; the next run completes or recovers.`);
  }
}
function updateGitattributes(root, ownedPaths) {
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  if (next === (existing ?? "")) return;
  writeAtomic(root, GITATTRIBUTES_PATH, next);
}
function freeBackupPath(root, path2) {
  let candidate = `${path2}.orig`;
  for (let n = 1; existsSync2(join4(root, candidate)); n++) candidate = `${path2}.orig.${n}`;
  return candidate;
}

// src/synth/synthesize.ts
var renderAll = (options) => renderFiles(renderModels(options), options);
function planRepo(root, options, flags, io = {}) {
  return planWithState(root, options, flags, io, readManifestState(root)).repoPlan;
}
function planWithState(root, options, flags, io, state) {
  const rendered = (io.render ?? renderAll)(options);
  const baseStore = io.baseStore ?? gitBaseStore(root);
  const { manifest: previous, warnings } = state;
  const paths = /* @__PURE__ */ new Set([...rendered.map((f) => f.path), ...Object.keys(previous?.files ?? {})]);
  const plan = planSynth(rendered, previous, blockProjenOwned(root, readDiskEntries(root, paths)), flags, (sha) => baseStore.read(sha));
  const manifest = {
    version: 1,
    tool: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    optionsHash: hashOptions(options),
    files: plan.files
  };
  return { repoPlan: { rendered, plan, manifest, previous, warnings }, baseStore };
}
function synthesize(root, options, flags, io = {}) {
  const lock = acquireLock(root);
  try {
    const state = readManifestState(root);
    const { repoPlan, baseStore } = planWithState(root, options, flags, io, state);
    const warnings = lock.recovered ? [lock.recovered, ...repoPlan.warnings] : repoPlan.warnings;
    const needsWrite = repoPlan.plan.actions.some(isWrite) || state.interrupted !== void 0 || !sameManifest(repoPlan.previous, repoPlan.manifest) || gitattributesNeedUpdate(root, Object.keys(repoPlan.manifest.files));
    if (!needsWrite) return { ...repoPlan, warnings, wrote: false, backups: [] };
    removeLeftovers(root, state.interrupted);
    const result = writeTree(root, repoPlan.plan, repoPlan.manifest, { readOnly: options.readOnly, baseStore });
    return { ...repoPlan, ...result, warnings, wrote: true };
  } finally {
    lock.release();
  }
}
function sameManifest(a, b) {
  return a !== null && JSON.stringify({ ...a, files: sortKeys(a.files) }) === JSON.stringify({ ...b, files: sortKeys(b.files) });
}
function sortKeys(record2) {
  return Object.fromEntries(Object.entries(record2).sort(([x], [y]) => x < y ? -1 : 1));
}

// src/config/load-config.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join5 } from "node:path";
var CONFIG_FILES = [
  "devops-baseline.config.ts",
  "devops-baseline.config.mts",
  "devops-baseline.config.js",
  "devops-baseline.config.mjs",
  "devops-baseline.json"
];
function findConfigFile(root) {
  const found = CONFIG_FILES.filter((name) => existsSync3(join5(root, name)));
  if (found.length > 1) throw badInput(`Found ${found.join(" and ")}; keep one config file`);
  return found[0];
}
async function loadConfig(root) {
  const name = findConfigFile(root);
  if (!name) return void 0;
  const raw = name.endsWith(".json") ? readJsonConfig(root, name) : await importConfig(root, name);
  return { path: name, raw, options: parseOptions(raw, name) };
}
function readJsonConfig(root, name) {
  const text = readFileSync4(join5(root, name), "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`${name} is not valid JSON: ${error.message}`);
  }
}
async function importConfig(root, name) {
  const { createJiti } = await import("./chunks/jiti-UKBWSMI7.js");
  const self = publicApiPath();
  const jiti = createJiti(join5(root, name), { alias: { "create-devops-baseline": self }, moduleCache: false, fsCache: false });
  let module;
  try {
    module = await jiti.import(join5(root, name));
  } catch (error) {
    throw badInput(`${name} could not be evaluated: ${error.message.split("\n")[0]}`);
  }
  const config = module.default ?? module;
  if (typeof config === "function") return await config();
  return config;
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
  { flag: "--database <kind>", key: "database", description: "database", choices: DATABASES },
  { flag: "--cache <kind>", key: "cache", description: "cache", choices: CACHES },
  { flag: "--object-storage <kind>", key: "objectStorage", description: "object storage", choices: OBJECT_STORAGES },
  { flag: "--cloud <target>", key: "cloud", description: "deploy target", choices: CLOUDS },
  { flag: "--deploy-strategy <strategy>", key: "deploy.strategy", description: "how new versions take traffic", choices: DEPLOY_STRATEGIES },
  { flag: "--region <region>", key: "deploy.region", description: "cloud region" },
  { flag: "--backup <target>", key: "backup.target", description: "backup target", choices: BACKUP_TARGETS },
  { flag: "--backup-schedule <cron>", key: "backup.schedule", description: "backup schedule (five-field cron, UTC)" },
  { flag: "--alerting <kind>", key: "alerting", description: "where alerts go", choices: ALERTING },
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
function setPath(target, path2, value) {
  const [head, ...rest] = path2;
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
      (function exec2() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec2();
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
  addToPath(path2, added, removed, oldPosInc, options) {
    const last = path2.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path2.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path2.oldPos + oldPosInc,
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
function unifiedDiff(path2, before, after) {
  const patch = createTwoFilesPatch(
    before === null ? "/dev/null" : `a/${path2}`,
    after === null ? "/dev/null" : `b/${path2}`,
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
  const path2 = pathOf(action);
  switch (action.type) {
    case "skip-unowned":
      return `${LABEL[action.type]} ${path2} — exists and is not owned; kept as is (--adopt takes it over, keeping a .orig backup; or add it to "eject")`;
    case "keep-edited":
      return `${LABEL[action.type]} ${path2} — edited by hand; kept (--force overwrites, keeping a .orig backup)${action.note ? `; ${action.note}` : ""}`;
    case "merge":
      return action.conflicts > 0 ? `${LABEL[action.type]} ${path2} — your edit and the new baseline merged, ${action.conflicts} conflicting region(s) written with conflict markers; resolve them` : `${LABEL[action.type]} ${path2} — your edit and the new baseline merged cleanly`;
    case "conflict":
      return `${LABEL[action.type]} ${path2} — your edit and the new baseline change the same lines; not written (see the report)`;
    case "keep-orphan":
      return `${LABEL[action.type]} ${path2} — no longer generated, but edited by hand; left in place and no longer owned`;
    case "blocked":
      return `${LABEL[action.type]} ${path2} — ${action.reason}`;
    case "replace":
      return `${LABEL[action.type]} ${path2} (${action.why === "adopt" ? "adopted" : "forced"})`;
    default:
      return `${LABEL[action.type]} ${path2}`;
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
function dirOf(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "." : path2.slice(0, i);
}
function baseOf(path2) {
  return path2.slice(path2.lastIndexOf("/") + 1);
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
function isWithin(path2, dir) {
  return dir === "." || path2 === dir || path2.startsWith(`${dir}/`);
}
function showDir(dir) {
  return dir === "." ? "the repository root" : `${dir}/`;
}
function normalisePath(raw) {
  const segments = raw.replace(/\\/g, "/").split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes("..")) return void 0;
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
    const path2 = normalisePath(raw);
    if (path2) normalised.add(path2);
  }
  const environments = /* @__PURE__ */ new Set();
  for (const path2 of normalised) {
    const segments = path2.split("/");
    segments.forEach((segment, i) => {
      if (ENVIRONMENT_MARKERS.has(segment) && i > 0) environments.add(segments.slice(0, i).join("/"));
    });
  }
  const visible = [];
  for (const path2 of normalised) {
    const dir = dirOf(path2);
    const dirs = dir === "." ? [] : dir.split("/");
    if (dirs.length > MAX_DIR_DEPTH || dirs.some(isIgnoredDirName)) continue;
    if (ENVIRONMENT_MARKERS.has(baseOf(path2))) continue;
    if (environments.size > 0 && selfAndAncestors(dir).some((d) => environments.has(d))) continue;
    visible.push(path2);
  }
  return visible.sort();
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
  prisma: 4
};
var VERSION_FILES = /* @__PURE__ */ new Set([".python-version", "runtime.txt", ".nvmrc", ".node-version", ".tool-versions"]);
var ENV_EXAMPLES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template", ".env.dist", "env.example", "example.env"]);
function fileKindOf(path2) {
  const name = baseOf(path2);
  const lower = name.toLowerCase();
  const parent = baseOf(dirOf(path2)).toLowerCase();
  if (name === "package.json") return "node";
  if (name === "pyproject.toml" || name === "Pipfile") return "python";
  if (/^requirements.*\.(txt|in)$/i.test(name) || parent === "requirements" && /\.(txt|in)$/i.test(name)) return "python";
  if (name === "manage.py" || isDjangoSettings(path2)) return "django";
  if (VERSION_FILES.has(name)) return "version";
  if (isDockerfile(name)) return "docker";
  if (/^(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(name)) return "compose";
  if (ENV_EXAMPLES.has(lower)) return "env-example";
  if (name === "schema.prisma") return "prisma";
  return void 0;
}
function isDockerfile(name) {
  if (/\.dockerignore$/i.test(name)) return false;
  return /^(dockerfile|containerfile)([.-][\w.-]+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);
}
function isDjangoSettings(path2) {
  const name = baseOf(path2);
  if (!name.endsWith(".py")) return false;
  return /^settings([._-].*)?\.py$/.test(name) || baseOf(dirOf(path2)) === "settings";
}
function filesToRead(paths) {
  const byKind = /* @__PURE__ */ new Map();
  for (const path2 of visiblePaths(paths)) {
    const kind = fileKindOf(path2);
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(path2);
    byKind.set(kind, list);
  }
  const picked = [];
  for (const [kind, list] of byKind) {
    list.sort((a, b) => depthOf(dirOf(a)) - depthOf(dirOf(b)) || compareText(a, b));
    picked.push(...list.slice(0, CAPS[kind]));
  }
  return picked.sort(compareText);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
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
          `${showDir(dir)} has lockfiles of several package managers (${locks.map(([n]) => n).join(", ")}); proposing ${first[1]}. Delete the stale ones.`
        );
      }
      const where = dir === pkg.dir ? "" : ` (the workspace lockfile for ${pkg.file})`;
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

// src/detect/detect-name.ts
var GENERIC = /* @__PURE__ */ new Set(["root", "monorepo", "workspace", "workspaces", "app", "frontend", "backend", "web", "api", "server", "client", "project", "my-app", "repo"]);
function normaliseName(raw) {
  const unscoped = raw.replace(/^@[^/]+\//, "");
  const name = unscoped.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return name === "" ? void 0 : name;
}
function detectName(index) {
  const rootPackage = index.nodePackages.find((p) => p.dir === ".");
  const rootPython = index.pythonProjects.find((p) => p.dir === ".");
  const sources = [
    rootPackage?.name && { raw: rootPackage.name, file: rootPackage.file, from: "the name in" },
    // "@acme/monorepo": the scope names the project when the package name is generic.
    rootPackage?.name?.startsWith("@") && { raw: rootPackage.name.slice(1).split("/")[0] ?? "", file: rootPackage.file, from: "the scope in" },
    rootPython?.name && { raw: rootPython.name.value, file: rootPython.name.file, from: "the name in" },
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
function pythonManifestDir(path2) {
  const name = baseOf(path2);
  const dir = dirOf(path2);
  if (["pyproject.toml", "Pipfile", "setup.py", "setup.cfg"].includes(name)) return dir;
  if (/^requirements.*\.(txt|in)$/i.test(name)) return dir;
  if (baseOf(dir).toLowerCase() === "requirements" && dir !== "." && /\.(txt|in)$/i.test(name)) return dirOf(dir);
  return void 0;
}
function readPythonProjects(paths, files, warn) {
  const projects = /* @__PURE__ */ new Map();
  for (const path2 of paths) {
    const dir = pythonManifestDir(path2);
    if (dir === void 0) continue;
    let project = projects.get(dir);
    if (!project) {
      project = { dir, manifests: [], deps: [], pythonSpecs: [] };
      projects.set(dir, project);
    }
    project.manifests.push(path2);
    const text = files.get(path2);
    if (text === void 0) continue;
    const name = baseOf(path2);
    if (name === "pyproject.toml") readPyproject(project, path2, text, warn);
    else if (name === "Pipfile") readPipfile(project, path2, text, warn);
    else if (name.endsWith(".txt") || name.endsWith(".in")) readRequirements(project, path2, text);
  }
  return [...projects.values()];
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
    warn(`${file} is not valid TOML (${firstLine(error)}); it was skipped`);
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
  const path2 = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  return { path: path2, name: path2.slice(path2.lastIndexOf("/") + 1), tag: hasTag ? withoutDigest.slice(colon + 1) : "" };
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
  ".github"
]);
function isOutsideApp(path2) {
  return path2.split("/").some((segment) => NOT_THE_APP.has(segment.toLowerCase()));
}
function indexRepo(snapshot) {
  const rawFiles = snapshot.files instanceof Map ? snapshot.files : /* @__PURE__ */ new Map();
  const rawPaths = Array.isArray(snapshot.paths) ? [...snapshot.paths] : [];
  rawPaths.push(...rawFiles.keys());
  const paths = visiblePaths(rawPaths);
  const pathSet = new Set(paths);
  const files = /* @__PURE__ */ new Map();
  for (const [raw, text] of rawFiles) {
    const path2 = typeof raw === "string" ? normalisePath(raw) : void 0;
    if (path2 && pathSet.has(path2) && typeof text === "string") files.set(path2, text);
  }
  const warnings = [];
  const warn = (message) => warnings.push(message);
  const nodePackages = [];
  for (const path2 of paths) {
    if (baseOf(path2) !== "package.json") continue;
    const text = files.get(path2);
    if (text === void 0) continue;
    const parsed = readPackageJson(path2, text);
    if (parsed.ok) nodePackages.push(parsed.value);
    else warn(parsed.error);
  }
  const dockerfiles = paths.filter((p) => isDockerfile(baseOf(p)) && files.has(p)).map((file) => ({ file, facts: readDockerfile(files.get(file) ?? "") }));
  return {
    paths,
    pathSet,
    files,
    nodePackages,
    pythonProjects: readPythonProjects(paths, files, warn),
    dockerfiles,
    warnings,
    ...typeof snapshot.name === "string" && snapshot.name ? { folderName: snapshot.name } : {}
  };
}

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
function imageSignal(path2, name) {
  if (path2.includes("postgis")) return db("postgis");
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
  const signals2 = [];
  const files = [...index.files.keys()].filter((f) => !isOutsideApp(f));
  for (const file of files.filter((f) => isDjangoSettings(f) || fileKindOf(f) === "env-example")) {
    signals2.push(...textSignals(file, index.files.get(file) ?? ""));
  }
  for (const file of files.filter((f) => fileKindOf(f) === "compose")) {
    signals2.push(...composeSignals(file, index.files.get(file) ?? "", index.warnings));
  }
  for (const file of files.filter((f) => baseOf(f) === "schema.prisma")) {
    signals2.push(...prismaSignals(file, index.files.get(file) ?? ""));
  }
  for (const { file, facts } of index.dockerfiles.filter((d) => !isOutsideApp(d.file))) {
    for (const image of facts.images) {
      const { path: path2, name } = splitImage(image);
      const signal = imageSignal(path2, name);
      if (signal) signals2.push({ signal, file, reason: `${file} builds FROM ${image}` });
    }
  }
  for (const project of index.pythonProjects.filter((p) => !isOutsideApp(p.dir))) {
    for (const dep of project.deps) {
      const signal = pythonExtraSignal(dep.name, dep.extras) ?? (Object.hasOwn(PYTHON_DEPENDENCIES, dep.name) ? PYTHON_DEPENDENCIES[dep.name] : void 0);
      const extras = dep.extras.length > 0 ? `[${dep.extras.join(",")}]` : "";
      if (signal) signals2.push({ signal, file: dep.file, reason: `${dep.file} depends on ${dep.name}${extras}` });
    }
  }
  for (const pkg of index.nodePackages.filter((p) => !isOutsideApp(p.dir))) {
    for (const name of pkg.deps.keys()) {
      const signal = Object.hasOwn(NODE_DEPENDENCIES, name) ? NODE_DEPENDENCIES[name] : void 0;
      if (signal) signals2.push({ signal, file: pkg.file, reason: `${pkg.file} depends on ${name}` });
    }
  }
  return signals2;
}
function textSignals(file, text) {
  const signals2 = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#")) continue;
    for (const [pattern, signal, what] of TEXT_PATTERNS) {
      if (pattern.test(line)) signals2.push({ signal, file, reason: `${file} ${what}` });
    }
  }
  return signals2;
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
  const signals2 = [];
  for (const [name, service] of Object.entries(services)) {
    const image = isRecord(service) && typeof service.image === "string" ? service.image.toLowerCase() : void 0;
    const fromImage = image ? imageSignal(splitImage(image).path, splitImage(image).name) : void 0;
    if (fromImage && image) {
      signals2.push({ signal: fromImage, file, reason: `${file} runs service "${name}" from image ${image}` });
      continue;
    }
    const fromName = serviceNameSignal(name);
    if (fromName) signals2.push({ signal: fromName, file, reason: `${file} has a service named "${name}"` });
  }
  return signals2;
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
  const signals2 = collectServiceSignals(index);
  const findings = [];
  for (const key of ["database", "cache", "objectStorage"]) {
    const winner = PRECEDENCE[key].map((value) => signals2.find((s) => s.signal.key === key && s.signal.value === value)).find((s) => s !== void 0);
    findings.push([
      key,
      winner ? { value: winner.signal.value, file: winner.file, reason: winner.reason } : { value: "none", file: ".", reason: `nothing in settings, compose files or dependencies needs a ${label(key)}` }
    ]);
  }
  const warnings = [];
  const database = findings.find(([key]) => key === "database")?.[1].value ?? "none";
  const seen = /* @__PURE__ */ new Set();
  for (const { signal, reason } of signals2) {
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
  return key === "objectStorage" ? "object storage" : key;
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
  const inside = withVersion.filter((d) => isWithin(d.file, dir) && dir !== ".").sort((a, b) => a.file.length - b.file.length)[0];
  if (inside) return reason(inside);
  const ancestors = new Set(selfAndAncestors(dir));
  const above = withVersion.find((d) => ancestors.has(dirOf(d.file)));
  if (above) return reason(above);
  const values = new Set(withVersion.map((d) => d.value));
  const only = withVersion[0];
  if (only && values.size === 1) return reason(only, " (the only version the repository's Dockerfiles use)");
  return void 0;
}

// src/detect/find-node-apps.ts
var UNSUPPORTED_SERVERS = ["fastify", "koa", "@hapi/hapi", "hono", "@adonisjs/core", "sails", "@feathersjs/feathers"];
var UNSUPPORTED_FRONTENDS = {
  nuxt: "Nuxt",
  "@sveltejs/kit": "SvelteKit",
  "@angular/core": "Angular",
  "react-scripts": "Create React App",
  gatsby: "Gatsby",
  "@remix-run/react": "Remix",
  astro: "Astro",
  vue: "Vue",
  svelte: "Svelte",
  "solid-js": "Solid"
};
function findNodeApps(index) {
  const candidates = [];
  for (const pkg of index.nodePackages) {
    const frontend = classifyFrontend(pkg, index);
    if (frontend) candidates.push(frontend);
    const backend = classifyBackend(pkg, frontend?.kind, index);
    if (backend) candidates.push(backend);
  }
  return candidates;
}
function classifyFrontend(pkg, index) {
  const base = { role: "frontend", language: "node", dir: pkg.dir, file: pkg.file, node: pkg };
  if (pkg.deps.has("next")) {
    return { ...base, kind: "nextjs", reason: `${pkg.file} depends on next`, strength: 2 };
  }
  const react = pkg.deps.has("react") || pkg.deps.has("react-dom");
  const viteConfig = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts"].map((name) => joinPath(pkg.dir, name)).find((p) => index.pathSet.has(p));
  const vite = pkg.deps.has("vite") || pkg.deps.has("@vitejs/plugin-react") || pkg.deps.has("@vitejs/plugin-react-swc");
  if (react && (vite || viteConfig) && !pkg.deps.has("react-scripts") && !pkg.library) {
    const how = vite ? "vite" : `a Vite config (${viteConfig})`;
    return { ...base, kind: "react-vite", reason: `${pkg.file} depends on react and ${how}`, strength: 2 };
  }
  const other = Object.keys(UNSUPPORTED_FRONTENDS).find((name) => pkg.deps.has(name));
  if (other && !pkg.workspaceRoot && !pkg.library) {
    index.warnings.push(
      `${pkg.file} looks like a ${UNSUPPORTED_FRONTENDS[other]} frontend, which the baseline has no pieces for (supported: nextjs, react-vite); it was not proposed`
    );
  }
  return void 0;
}
function classifyBackend(pkg, frontend, index) {
  const base = { role: "backend", language: "node", dir: pkg.dir, file: pkg.file, node: pkg };
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
  const other = UNSUPPORTED_SERVERS.find((name) => pkg.deps.has(name));
  if (other && !frontend) {
    index.warnings.push(
      `${pkg.file} uses ${other}, which the baseline has no backend pieces for (supported: express, nestjs); it was not proposed`
    );
  }
  return void 0;
}

// src/detect/find-python-apps.ts
var UNSUPPORTED = ["flask", "quart", "sanic", "tornado", "litestar", "falcon", "pyramid", "bottle", "starlette"];
var DJANGO_PACKAGES = ["django", "wagtail", "django-cms", "mezzanine"];
function findPythonApps(index) {
  const projects = new Map(index.pythonProjects.map((p) => [p.dir, p]));
  const managePys = /* @__PURE__ */ new Map();
  for (const path2 of index.paths) {
    if (baseOf(path2) !== "manage.py") continue;
    const owner = ownerOf(dirOf(path2), projects);
    managePys.set(owner, [...managePys.get(owner) ?? [], path2]);
  }
  const candidates = [];
  const dirs = /* @__PURE__ */ new Set([...projects.keys(), ...managePys.keys()]);
  for (const dir of dirs) {
    const project = projects.get(dir) ?? { dir, manifests: [], deps: [], pythonSpecs: [] };
    const manage = (managePys.get(dir) ?? []).sort((a, b) => a.length - b.length)[0];
    const candidate = classify(project, manage, index);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
function ownerOf(dir, projects) {
  for (const candidate of selfAndAncestors(dir)) {
    const project = projects.get(candidate);
    if (project && (project.deps.length > 0 || project.manifests.some((m) => !m.endsWith("pyproject.toml")))) {
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
  const base = { role: "backend", language: "python", dir: project.dir, python: project };
  if (manage) {
    const where = dirOf(manage) === project.dir ? "" : `; its backend root is ${showDir(project.dir)}, where the dependencies are declared`;
    const deps = django ? ` and ${django.file} depends on ${django.name}` : "";
    return { ...base, kind: "django", file: manage, reason: `${manage} is a Django entry point${deps}${where}`, strength: 3 };
  }
  if (fastapi) {
    return { ...base, kind: "fastapi", file: fastapi.file, reason: `${fastapi.file} depends on fastapi`, strength: 2 };
  }
  if (django) {
    return { ...base, kind: "django", file: django.file, reason: `${django.file} depends on ${django.name}`, strength: 2 };
  }
  const other = dependency(project, UNSUPPORTED);
  if (other) {
    index.warnings.push(
      `${other.file} uses ${other.name}, which the baseline has no backend pieces for (supported: django, fastapi); it was not proposed`
    );
  }
  return void 0;
}

// src/detect/pick-app.ts
var ROLE_NAMES = {
  backend: /* @__PURE__ */ new Set(["backend", "api", "server", "service", "django", "fastapi"]),
  frontend: /* @__PURE__ */ new Set(["frontend", "web", "client", "webapp", "web-app", "www", "site", "dashboard", "app", "spa"])
};
var LIBRARY_FOLDERS = /* @__PURE__ */ new Set(["packages", "libs", "lib", "shared", "common", "modules"]);
function scoreApp(app) {
  let score = 100 - 8 * depthOf(app.dir) + 10 * app.strength;
  if (ROLE_NAMES[app.role].has(baseOf(app.dir).toLowerCase())) score += 15;
  if (isOutsideApp(app.dir)) score -= 80;
  if (app.dir.split("/").some((s) => LIBRARY_FOLDERS.has(s.toLowerCase()))) score -= 20;
  return score;
}
function pickApp(candidates, role) {
  const ranked = candidates.filter((c) => c.role === role).map((app) => ({ app, score: scoreApp(app) })).sort((a, b) => b.score - a.score || depthOf(a.app.dir) - depthOf(b.app.dir) || compareText(a.app.dir, b.app.dir));
  const best = ranked[0]?.app;
  if (!best || ranked.length === 1) return best ? { app: best } : {};
  const list = ranked.map(({ app }) => `${app.kind} in ${showDir(app.dir)}`).join(", ");
  return {
    app: best,
    warning: `Found ${ranked.length} ${role}s (${list}); proposing ${best.kind} in ${showDir(best.dir)} as the likeliest (shallowest, conventionally named, not an example or test). Set ${role}.kind and ${role}.dir to choose another.`
  };
}

// src/detect/detect-from-snapshot.ts
function detectFromSnapshot(snapshot) {
  const index = indexRepo(snapshot);
  const evidence = [];
  const note = (key, finding) => evidence.push({ key, ...finding });
  const config = {};
  const name = detectName(index);
  if (name) {
    config.name = name.value;
    note("name", name);
  }
  const candidates = [...findPythonApps(index), ...findNodeApps(index)];
  const backend = pickApp(candidates, "backend");
  const frontend = pickApp(candidates, "frontend");
  for (const picked of [backend, frontend]) if (picked.warning) index.warnings.push(picked.warning);
  config.backend = backend.app ? describeBackend(index, backend.app, note) : { kind: "none" };
  config.frontend = frontend.app ? describeFrontend(index, frontend.app, note) : { kind: "none" };
  if (!backend.app) {
    note("backend.kind", { value: "none", file: ".", reason: "no Django, FastAPI, Express or NestJS project was found" });
  }
  if (!frontend.app) {
    note("frontend.kind", { value: "none", file: ".", reason: "no Next.js or React + Vite project was found" });
  }
  if (!backend.app && !frontend.app) {
    index.warnings.push(
      "Nothing recognisable was found (supported: django, fastapi, express, nestjs backends; nextjs, react-vite frontends); backend and frontend are none."
    );
  }
  if (backend.app && frontend.app && backend.app.dir === frontend.app.dir) {
    index.warnings.push(
      `The ${backend.app.kind} backend and the ${frontend.app.kind} frontend share ${showDir(backend.app.dir)}; check that the frontend is a separate app and not the backend's asset build.`
    );
  }
  const services = resolveServices(index);
  for (const [key, finding] of services.findings) {
    config[key] = finding.value;
    note(key, finding);
  }
  index.warnings.push(...services.warnings);
  return { config, evidence, warnings: [...new Set(index.warnings)] };
}
function describeBackend(index, app, note) {
  note("backend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("backend.dir", { value: app.dir, file: app.file, reason: `${app.kind} lives in ${showDir(app.dir)}` });
  const backend = {
    kind: app.kind,
    dir: app.dir
  };
  const version = app.python ? pythonVersion(index, app.python) : app.node ? nodeVersion(index, app.node) : void 0;
  if (version) {
    backend.version = version.value;
    note("backend.version", version);
  }
  const pm = app.python ? pythonPackageManager(index, app.python) : app.node ? nodePackageManager(index, app.node) : void 0;
  if (pm) {
    const finding = pm.file === "." ? { ...pm, file: app.file } : pm;
    backend.packageManager = finding.value;
    note("backend.packageManager", finding);
  }
  const dockerfile = index.dockerfiles.find((d) => d.file === joinPath(app.dir, "Dockerfile")) ?? index.dockerfiles.find((d) => d.facts.port && d.file.startsWith(joinPath(app.dir, "Dockerfile")));
  if (dockerfile?.facts.port) {
    backend.port = dockerfile.facts.port;
    note("backend.port", { value: String(dockerfile.facts.port), file: dockerfile.file, reason: `${dockerfile.file} exposes port ${dockerfile.facts.port}` });
  }
  return backend;
}
function describeFrontend(index, app, note) {
  note("frontend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("frontend.dir", { value: app.dir, file: app.file, reason: `${app.kind} lives in ${showDir(app.dir)}` });
  const frontend = { kind: app.kind, dir: app.dir };
  if (app.node) {
    const pm = nodePackageManager(index, app.node);
    if (pm) {
      frontend.packageManager = pm.value;
      note("frontend.packageManager", pm);
    }
    const version = nodeVersion(index, app.node);
    if (version) {
      frontend.nodeVersion = version.value;
      note("frontend.nodeVersion", version);
    }
  }
  return frontend;
}

// src/detect/read-local-snapshot.ts
import { closeSync as closeSync2, fstatSync, openSync as openSync2, readdirSync as readdirSync2, readSync } from "node:fs";
import { basename, join as join6, resolve as resolve2 } from "node:path";
var MAX_FILES = 2e4;
var MAX_FILE_BYTES = 256 * 1024;
function readLocalSnapshot(root) {
  const absoluteRoot = resolve2(root);
  const paths = [];
  let level = [""];
  for (let depth = 0; depth <= MAX_DIR_DEPTH && level.length > 0 && paths.length < MAX_FILES; depth++) {
    const next = [];
    for (const dir of level.sort()) {
      const entries = listDir(join6(absoluteRoot, dir));
      if (dir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      for (const entry of entries) {
        const path2 = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !isIgnoredDirName(entry.name)) next.push(path2);
        else if (entry.isFile() && paths.length < MAX_FILES) paths.push(path2);
      }
    }
    level = next;
  }
  const files = /* @__PURE__ */ new Map();
  for (const path2 of filesToRead(paths)) {
    const text = readSmallFile(join6(absoluteRoot, path2));
    if (text !== void 0) files.set(path2, text);
  }
  return { paths: paths.sort(), files, name: basename(absoluteRoot) };
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
function readSmallFile(path2) {
  let fd;
  try {
    fd = openSync2(path2, "r");
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
import { join as join7 } from "node:path";

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

// node_modules/@inquirer/core/dist/lib/key.js
var keybindings = ["emacs", "vim"];
var keybindingLookup = new Set(keybindings);
function isKeybinding(value) {
  return keybindingLookup.has(value);
}
function getDefaultKeybindings() {
  const env = process.env["INQUIRER_KEYBINDINGS"];
  if (!env)
    return [];
  return Array.from(new Set(env.toLowerCase().split(/[\s,]+/).filter(isKeybinding)));
}
var isUpKey = (key, keybindings2 = []) => (
  // The up key
  key.name === "up" || // Vim keybinding: hjkl keys map to left/down/up/right
  keybindings2.includes("vim") && key.name === "k" || // Emacs keybinding: Ctrl+P means "previous" in Emacs navigation conventions
  keybindings2.includes("emacs") && key.ctrl && key.name === "p"
);
var isDownKey = (key, keybindings2 = []) => (
  // The down key
  key.name === "down" || // Vim keybinding: hjkl keys map to left/down/up/right
  keybindings2.includes("vim") && key.name === "j" || // Emacs keybinding: Ctrl+N means "next" in Emacs navigation conventions
  keybindings2.includes("emacs") && key.ctrl && key.name === "n"
);
var isBackspaceKey = (key) => key.name === "backspace";
var isTabKey = (key) => key.name === "tab";
var isNumberKey = (key) => "1234567890".includes(key.name);
var isEnterKey = (key) => key.name === "enter" || key.name === "return";

// node_modules/@inquirer/core/dist/lib/errors.js
var AbortPromptError = class extends Error {
  name = "AbortPromptError";
  message = "Prompt was aborted";
  constructor(options) {
    super();
    this.cause = options?.cause;
  }
};
var CancelPromptError = class extends Error {
  name = "CancelPromptError";
  message = "Prompt was canceled";
};
var ExitPromptError = class extends Error {
  name = "ExitPromptError";
};
var HookError = class extends Error {
  name = "HookError";
};
var ValidationError = class extends Error {
  name = "ValidationError";
};

// node_modules/@inquirer/core/dist/lib/use-state.js
import { AsyncResource as AsyncResource2 } from "node:async_hooks";

// node_modules/@inquirer/core/dist/lib/hook-engine.js
import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
var hookStorage = new AsyncLocalStorage();
function createStore(rl) {
  const store = {
    rl,
    hooks: [],
    hooksCleanup: [],
    hooksEffect: [],
    index: 0,
    handleChange() {
    }
  };
  return store;
}
function withHooks(rl, cb) {
  const store = createStore(rl);
  function cycle(render) {
    store.handleChange = () => {
      store.index = 0;
      render();
    };
    store.handleChange();
  }
  return hookStorage.run(store, () => cb(cycle));
}
function getStore() {
  const store = hookStorage.getStore();
  if (!store) {
    throw new HookError("[Inquirer] Hook functions can only be called from within a prompt");
  }
  return store;
}
function readline() {
  return getStore().rl;
}
function withUpdates(fn) {
  const wrapped = (...args) => {
    const store = getStore();
    let shouldUpdate = false;
    const oldHandleChange = store.handleChange;
    store.handleChange = () => {
      shouldUpdate = true;
    };
    const returnValue = fn(...args);
    if (shouldUpdate) {
      oldHandleChange();
    }
    store.handleChange = oldHandleChange;
    return returnValue;
  };
  return AsyncResource.bind(wrapped);
}
function withPointer(cb) {
  const store = getStore();
  const { index } = store;
  const pointer = {
    get() {
      return store.hooks[index];
    },
    set(value) {
      store.hooks[index] = value;
    },
    initialized: index in store.hooks
  };
  const returnValue = cb(pointer);
  store.index++;
  return returnValue;
}
function handleChange() {
  getStore().handleChange();
}
var effectScheduler = {
  queue(cb) {
    const store = getStore();
    const { index } = store;
    store.hooksEffect.push(() => {
      store.hooksCleanup[index]?.();
      const cleanFn = cb(readline());
      if (cleanFn != null && typeof cleanFn !== "function") {
        throw new ValidationError("useEffect return value must be a cleanup function or nothing.");
      }
      store.hooksCleanup[index] = cleanFn;
    });
  },
  run() {
    const store = getStore();
    withUpdates(() => {
      store.hooksEffect.forEach((effect) => {
        effect();
      });
      store.hooksEffect.length = 0;
    })();
  },
  clearAll() {
    const store = getStore();
    store.hooksCleanup.forEach((cleanFn) => {
      cleanFn?.();
    });
    store.hooksEffect.length = 0;
    store.hooksCleanup.length = 0;
  }
};

// node_modules/@inquirer/core/dist/lib/use-state.js
function isFactory(value) {
  return typeof value === "function";
}
function isReducer(value) {
  return typeof value === "function";
}
function useState(defaultValue) {
  return withPointer((pointer) => {
    const setState = AsyncResource2.bind(function setState2(newValue) {
      const currentValue = pointer.get();
      const nextValue = isReducer(newValue) ? newValue(currentValue) : newValue;
      if (!Object.is(currentValue, nextValue)) {
        pointer.set(nextValue);
        handleChange();
      }
    });
    if (pointer.initialized) {
      return [pointer.get(), setState];
    }
    const value = isFactory(defaultValue) ? defaultValue() : defaultValue;
    pointer.set(value);
    return [value, setState];
  });
}

// node_modules/@inquirer/core/dist/lib/use-effect.js
function useEffect(cb, depArray) {
  withPointer((pointer) => {
    const oldDeps = pointer.get();
    const hasChanged = !Array.isArray(oldDeps) || depArray.some((dep, i) => !Object.is(dep, oldDeps[i]));
    if (hasChanged) {
      effectScheduler.queue(cb);
    }
    pointer.set(depArray);
  });
}

// node_modules/@inquirer/core/dist/lib/theme.js
import { styleText } from "node:util";

// node_modules/@inquirer/figures/dist/index.js
import process2 from "node:process";
function isUnicodeSupported() {
  if (!process2.platform.startsWith("win")) {
    return process2.env["TERM"] !== "linux";
  }
  return Boolean(process2.env["CI"]) || // CI environments generally support unicode
  Boolean(process2.env["WT_SESSION"]) || // Windows Terminal
  Boolean(process2.env["TERMINUS_SUBLIME"]) || // Terminus (<0.2.27)
  process2.env["ConEmuTask"] === "{cmd::Cmder}" || // ConEmu and cmder
  process2.env["TERM_PROGRAM"] === "Terminus-Sublime" || process2.env["TERM_PROGRAM"] === "vscode" || process2.env["TERM"] === "xterm-256color" || process2.env["TERM"] === "alacritty" || process2.env["TERMINAL_EMULATOR"] === "JetBrains-JediTerm";
}
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "█",
  squareDarkShade: "▓",
  squareMediumShade: "▒",
  squareLightShade: "░",
  squareTop: "▀",
  squareBottom: "▄",
  squareLeft: "▌",
  squareRight: "▐",
  squareCenter: "■",
  bullet: "●",
  dot: "․",
  ellipsis: "…",
  pointerSmall: "›",
  triangleUp: "▲",
  triangleUpSmall: "▴",
  triangleDown: "▼",
  triangleDownSmall: "▾",
  triangleLeftSmall: "◂",
  triangleRightSmall: "▸",
  home: "⌂",
  heart: "♥",
  musicNote: "♪",
  musicNoteBeamed: "♫",
  arrowUp: "↑",
  arrowDown: "↓",
  arrowLeft: "←",
  arrowRight: "→",
  arrowLeftRight: "↔",
  arrowUpDown: "↕",
  almostEqual: "≈",
  notEqual: "≠",
  lessOrEqual: "≤",
  greaterOrEqual: "≥",
  identical: "≡",
  infinity: "∞",
  subscriptZero: "₀",
  subscriptOne: "₁",
  subscriptTwo: "₂",
  subscriptThree: "₃",
  subscriptFour: "₄",
  subscriptFive: "₅",
  subscriptSix: "₆",
  subscriptSeven: "₇",
  subscriptEight: "₈",
  subscriptNine: "₉",
  oneHalf: "½",
  oneThird: "⅓",
  oneQuarter: "¼",
  oneFifth: "⅕",
  oneSixth: "⅙",
  oneEighth: "⅛",
  twoThirds: "⅔",
  twoFifths: "⅖",
  threeQuarters: "¾",
  threeFifths: "⅗",
  threeEighths: "⅜",
  fourFifths: "⅘",
  fiveSixths: "⅚",
  fiveEighths: "⅝",
  sevenEighths: "⅞",
  line: "─",
  lineBold: "━",
  lineDouble: "═",
  lineDashed0: "┄",
  lineDashed1: "┅",
  lineDashed2: "┈",
  lineDashed3: "┉",
  lineDashed4: "╌",
  lineDashed5: "╍",
  lineDashed6: "╴",
  lineDashed7: "╶",
  lineDashed8: "╸",
  lineDashed9: "╺",
  lineDashed10: "╼",
  lineDashed11: "╾",
  lineDashed12: "−",
  lineDashed13: "–",
  lineDashed14: "‐",
  lineDashed15: "⁃",
  lineVertical: "│",
  lineVerticalBold: "┃",
  lineVerticalDouble: "║",
  lineVerticalDashed0: "┆",
  lineVerticalDashed1: "┇",
  lineVerticalDashed2: "┊",
  lineVerticalDashed3: "┋",
  lineVerticalDashed4: "╎",
  lineVerticalDashed5: "╏",
  lineVerticalDashed6: "╵",
  lineVerticalDashed7: "╷",
  lineVerticalDashed8: "╹",
  lineVerticalDashed9: "╻",
  lineVerticalDashed10: "╽",
  lineVerticalDashed11: "╿",
  lineDownLeft: "┐",
  lineDownLeftArc: "╮",
  lineDownBoldLeftBold: "┓",
  lineDownBoldLeft: "┒",
  lineDownLeftBold: "┑",
  lineDownDoubleLeftDouble: "╗",
  lineDownDoubleLeft: "╖",
  lineDownLeftDouble: "╕",
  lineDownRight: "┌",
  lineDownRightArc: "╭",
  lineDownBoldRightBold: "┏",
  lineDownBoldRight: "┎",
  lineDownRightBold: "┍",
  lineDownDoubleRightDouble: "╔",
  lineDownDoubleRight: "╓",
  lineDownRightDouble: "╒",
  lineUpLeft: "┘",
  lineUpLeftArc: "╯",
  lineUpBoldLeftBold: "┛",
  lineUpBoldLeft: "┚",
  lineUpLeftBold: "┙",
  lineUpDoubleLeftDouble: "╝",
  lineUpDoubleLeft: "╜",
  lineUpLeftDouble: "╛",
  lineUpRight: "└",
  lineUpRightArc: "╰",
  lineUpBoldRightBold: "┗",
  lineUpBoldRight: "┖",
  lineUpRightBold: "┕",
  lineUpDoubleRightDouble: "╚",
  lineUpDoubleRight: "╙",
  lineUpRightDouble: "╘",
  lineUpDownLeft: "┤",
  lineUpBoldDownBoldLeftBold: "┫",
  lineUpBoldDownBoldLeft: "┨",
  lineUpDownLeftBold: "┥",
  lineUpBoldDownLeftBold: "┩",
  lineUpDownBoldLeftBold: "┪",
  lineUpDownBoldLeft: "┧",
  lineUpBoldDownLeft: "┦",
  lineUpDoubleDownDoubleLeftDouble: "╣",
  lineUpDoubleDownDoubleLeft: "╢",
  lineUpDownLeftDouble: "╡",
  lineUpDownRight: "├",
  lineUpBoldDownBoldRightBold: "┣",
  lineUpBoldDownBoldRight: "┠",
  lineUpDownRightBold: "┝",
  lineUpBoldDownRightBold: "┡",
  lineUpDownBoldRightBold: "┢",
  lineUpDownBoldRight: "┟",
  lineUpBoldDownRight: "┞",
  lineUpDoubleDownDoubleRightDouble: "╠",
  lineUpDoubleDownDoubleRight: "╟",
  lineUpDownRightDouble: "╞",
  lineDownLeftRight: "┬",
  lineDownBoldLeftBoldRightBold: "┳",
  lineDownLeftBoldRightBold: "┯",
  lineDownBoldLeftRight: "┰",
  lineDownBoldLeftBoldRight: "┱",
  lineDownBoldLeftRightBold: "┲",
  lineDownLeftRightBold: "┮",
  lineDownLeftBoldRight: "┭",
  lineDownDoubleLeftDoubleRightDouble: "╦",
  lineDownDoubleLeftRight: "╥",
  lineDownLeftDoubleRightDouble: "╤",
  lineUpLeftRight: "┴",
  lineUpBoldLeftBoldRightBold: "┻",
  lineUpLeftBoldRightBold: "┷",
  lineUpBoldLeftRight: "┸",
  lineUpBoldLeftBoldRight: "┹",
  lineUpBoldLeftRightBold: "┺",
  lineUpLeftRightBold: "┶",
  lineUpLeftBoldRight: "┵",
  lineUpDoubleLeftDoubleRightDouble: "╩",
  lineUpDoubleLeftRight: "╨",
  lineUpLeftDoubleRightDouble: "╧",
  lineUpDownLeftRight: "┼",
  lineUpBoldDownBoldLeftBoldRightBold: "╋",
  lineUpDownBoldLeftBoldRightBold: "╈",
  lineUpBoldDownLeftBoldRightBold: "╇",
  lineUpBoldDownBoldLeftRightBold: "╊",
  lineUpBoldDownBoldLeftBoldRight: "╉",
  lineUpBoldDownLeftRight: "╀",
  lineUpDownBoldLeftRight: "╁",
  lineUpDownLeftBoldRight: "┽",
  lineUpDownLeftRightBold: "┾",
  lineUpBoldDownBoldLeftRight: "╂",
  lineUpDownLeftBoldRightBold: "┿",
  lineUpBoldDownLeftBoldRight: "╃",
  lineUpBoldDownLeftRightBold: "╄",
  lineUpDownBoldLeftBoldRight: "╅",
  lineUpDownBoldLeftRightBold: "╆",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "╬",
  lineUpDoubleDownDoubleLeftRight: "╫",
  lineUpDownLeftDoubleRightDouble: "╪",
  lineCross: "╳",
  lineBackslash: "╲",
  lineSlash: "╱"
};
var specialMainSymbols = {
  tick: "✔",
  info: "ℹ",
  warning: "⚠",
  cross: "✘",
  squareSmall: "◻",
  squareSmallFilled: "◼",
  circle: "◯",
  circleFilled: "◉",
  circleDotted: "◌",
  circleDouble: "◎",
  circleCircle: "ⓞ",
  circleCross: "ⓧ",
  circlePipe: "Ⓘ",
  radioOn: "◉",
  radioOff: "◯",
  checkboxOn: "☒",
  checkboxOff: "☐",
  checkboxCircleOn: "ⓧ",
  checkboxCircleOff: "Ⓘ",
  pointer: "❯",
  triangleUpOutline: "△",
  triangleLeft: "◀",
  triangleRight: "▶",
  lozenge: "◆",
  lozengeOutline: "◇",
  hamburger: "☰",
  smiley: "㋡",
  mustache: "෴",
  star: "★",
  play: "▶",
  nodejs: "⬢",
  oneSeventh: "⅐",
  oneNinth: "⅑",
  oneTenth: "⅒"
};
var specialFallbackSymbols = {
  tick: "√",
  info: "i",
  warning: "‼",
  cross: "×",
  squareSmall: "□",
  squareSmallFilled: "■",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(○)",
  circleCross: "(×)",
  circlePipe: "(│)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[×]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(×)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "∆",
  triangleLeft: "◄",
  triangleRight: "►",
  lozenge: "♦",
  lozengeOutline: "◊",
  hamburger: "≡",
  smiley: "☺",
  mustache: "┌─┐",
  star: "✶",
  play: "►",
  nodejs: "♦",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = {
  ...common,
  ...specialMainSymbols
};
var fallbackSymbols = {
  ...common,
  ...specialFallbackSymbols
};
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var dist_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/@inquirer/core/dist/lib/theme.js
var defaultTheme = {
  prefix: {
    idle: styleText("blue", "?"),
    done: styleText("green", dist_default.tick)
  },
  spinner: {
    interval: 80,
    frames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"].map((frame) => styleText("yellow", frame))
  },
  keybindings: [],
  style: {
    answer: (text) => styleText("cyan", text),
    message: (text) => styleText("bold", text),
    error: (text) => styleText("red", `> ${text}`),
    defaultAnswer: (text) => styleText("dim", `(${text})`),
    help: (text) => styleText("dim", text),
    highlight: (text) => styleText("cyan", text),
    key: (text) => styleText("cyan", styleText("bold", `<${text}>`))
  }
};
function getDefaultTheme() {
  return {
    ...defaultTheme,
    keybindings: getDefaultKeybindings()
  };
}

// node_modules/@inquirer/core/dist/lib/make-theme.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null)
    return false;
  let proto = value;
  while (Object.getPrototypeOf(proto) !== null) {
    proto = Object.getPrototypeOf(proto);
  }
  return Object.getPrototypeOf(value) === proto;
}
function deepMerge(...objects) {
  const output = {};
  for (const obj of objects) {
    for (const [key, value] of Object.entries(obj)) {
      const prevValue = output[key];
      output[key] = isPlainObject(prevValue) && isPlainObject(value) ? deepMerge(prevValue, value) : value;
    }
  }
  return output;
}
function makeTheme(...themes) {
  const themesToMerge = [
    getDefaultTheme(),
    ...themes.filter((theme) => theme != null)
  ];
  return deepMerge(...themesToMerge);
}

// node_modules/@inquirer/core/dist/lib/use-prefix.js
function usePrefix({ status = "idle", theme }) {
  const [showLoader, setShowLoader] = useState(false);
  const [tick, setTick] = useState(0);
  const { prefix, spinner } = makeTheme(theme);
  useEffect(() => {
    if (status === "loading") {
      let tickInterval;
      let inc = -1;
      const delayTimeout = setTimeout(() => {
        setShowLoader(true);
        tickInterval = setInterval(() => {
          inc = inc + 1;
          setTick(inc % spinner.frames.length);
        }, spinner.interval);
      }, 300);
      return () => {
        clearTimeout(delayTimeout);
        clearInterval(tickInterval);
      };
    } else {
      setShowLoader(false);
    }
  }, [status]);
  if (showLoader) {
    return spinner.frames[tick];
  }
  const iconName = status === "loading" ? "idle" : status;
  return typeof prefix === "string" ? prefix : prefix[iconName] ?? prefix["idle"];
}

// node_modules/@inquirer/core/dist/lib/use-memo.js
function useMemo(fn, dependencies) {
  return withPointer((pointer) => {
    const prev = pointer.get();
    if (!pointer.initialized || prev.dependencies.length !== dependencies.length || prev.dependencies.some((dep, i) => dep !== dependencies[i])) {
      const value = fn();
      pointer.set({ value, dependencies });
      return value;
    }
    return prev.value;
  });
}

// node_modules/@inquirer/core/dist/lib/use-ref.js
function useRef(val) {
  return useState({ current: val })[0];
}

// node_modules/@inquirer/core/dist/lib/use-keypress.js
function useKeypress(userHandler) {
  const signal = useRef(userHandler);
  signal.current = userHandler;
  useEffect((rl) => {
    let ignore = false;
    const handler = withUpdates((_input, event) => {
      if (ignore)
        return;
      void signal.current(event, rl);
    });
    rl.input.on("keypress", handler);
    return () => {
      ignore = true;
      rl.input.removeListener("keypress", handler);
    };
  }, []);
}

// node_modules/@inquirer/core/dist/lib/utils.js
var import_cli_width = __toESM(require_cli_width(), 1);

// node_modules/fast-string-truncated-width/dist/utils.js
var getCodePointsLength = /* @__PURE__ */ (() => {
  const SURROGATE_PAIR_RE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  return (input) => {
    let surrogatePairsNr = 0;
    SURROGATE_PAIR_RE.lastIndex = 0;
    while (SURROGATE_PAIR_RE.test(input)) {
      surrogatePairsNr += 1;
    }
    return input.length - surrogatePairsNr;
  };
})();
var isFullWidth = (x) => {
  return x === 12288 || x >= 65281 && x <= 65376 || x >= 65504 && x <= 65510;
};
var isWideNotCJKTNotEmoji = (x) => {
  return x === 8987 || x === 9001 || x >= 12272 && x <= 12287 || x >= 12289 && x <= 12350 || x >= 12441 && x <= 12543 || x >= 12549 && x <= 12591 || x >= 12593 && x <= 12686 || x >= 12688 && x <= 12771 || x >= 12783 && x <= 12830 || x >= 12832 && x <= 12871 || x >= 12880 && x <= 19903 || x >= 65040 && x <= 65049 || x >= 65072 && x <= 65106 || x >= 65108 && x <= 65126 || x >= 65128 && x <= 65131 || x >= 127488 && x <= 127490 || x >= 127504 && x <= 127547 || x >= 127552 && x <= 127560 || x >= 131072 && x <= 196605 || x >= 196608 && x <= 262141;
};

// node_modules/fast-string-truncated-width/dist/index.js
var ANSI_RE = /[\u001b\u009b][[()#;?]*(?:[0-9]{1,4}(?:;[0-9]{0,4})*)?[0-9A-ORZcf-nqry=><]|\u001b\]8;[^;]*;.*?(?:\u0007|\u001b\u005c)/y;
var CONTROL_RE = /[\x00-\x08\x0A-\x1F\x7F-\x9F]{1,1000}/y;
var CJKT_WIDE_RE = /(?:(?![\uFF61-\uFF9F\uFF00-\uFFEF])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tangut}]){1,1000}/yu;
var TAB_RE = /\t{1,1000}/y;
var EMOJI_RE = new RegExp("[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation}|\\p{Emoji}\\uFE0F\\u20E3?))*", "yu");
var LATIN_RE = /(?:[\x20-\x7E\xA0-\xFF](?!\uFE0F)){1,1000}/y;
var MODIFIER_RE = new RegExp("\\p{M}+", "gu");
var NO_TRUNCATION = { limit: Infinity, ellipsis: "" };
var getStringTruncatedWidth = (input, truncationOptions = {}, widthOptions = {}) => {
  const LIMIT = truncationOptions.limit ?? Infinity;
  const ELLIPSIS = truncationOptions.ellipsis ?? "";
  const ELLIPSIS_WIDTH = truncationOptions?.ellipsisWidth ?? (ELLIPSIS ? getStringTruncatedWidth(ELLIPSIS, NO_TRUNCATION, widthOptions).width : 0);
  const ANSI_WIDTH = 0;
  const CONTROL_WIDTH = widthOptions.controlWidth ?? 0;
  const TAB_WIDTH = widthOptions.tabWidth ?? 8;
  const EMOJI_WIDTH = widthOptions.emojiWidth ?? 2;
  const FULL_WIDTH_WIDTH = 2;
  const REGULAR_WIDTH = widthOptions.regularWidth ?? 1;
  const WIDE_WIDTH = widthOptions.wideWidth ?? FULL_WIDTH_WIDTH;
  const PARSE_BLOCKS = [
    [LATIN_RE, REGULAR_WIDTH],
    [ANSI_RE, ANSI_WIDTH],
    [CONTROL_RE, CONTROL_WIDTH],
    [TAB_RE, TAB_WIDTH],
    [EMOJI_RE, EMOJI_WIDTH],
    [CJKT_WIDE_RE, WIDE_WIDTH]
  ];
  let indexPrev = 0;
  let index = 0;
  let length = input.length;
  let lengthExtra = 0;
  let truncationEnabled = false;
  let truncationIndex = length;
  let truncationLimit = Math.max(0, LIMIT - ELLIPSIS_WIDTH);
  let unmatchedStart = 0;
  let unmatchedEnd = 0;
  let width = 0;
  let widthExtra = 0;
  outer: while (true) {
    if (unmatchedEnd > unmatchedStart || index >= length && index > indexPrev) {
      const unmatched = input.slice(unmatchedStart, unmatchedEnd) || input.slice(indexPrev, index);
      lengthExtra = 0;
      for (const char of unmatched.replaceAll(MODIFIER_RE, "")) {
        const codePoint = char.codePointAt(0) || 0;
        if (isFullWidth(codePoint)) {
          widthExtra = FULL_WIDTH_WIDTH;
        } else if (isWideNotCJKTNotEmoji(codePoint)) {
          widthExtra = WIDE_WIDTH;
        } else {
          widthExtra = REGULAR_WIDTH;
        }
        if (width + widthExtra > truncationLimit) {
          truncationIndex = Math.min(truncationIndex, Math.max(unmatchedStart, indexPrev) + lengthExtra);
        }
        if (width + widthExtra > LIMIT) {
          truncationEnabled = true;
          break outer;
        }
        lengthExtra += char.length;
        width += widthExtra;
      }
      unmatchedStart = unmatchedEnd = 0;
    }
    if (index >= length) {
      break outer;
    }
    for (let i = 0, l = PARSE_BLOCKS.length; i < l; i++) {
      const [BLOCK_RE, BLOCK_WIDTH] = PARSE_BLOCKS[i];
      BLOCK_RE.lastIndex = index;
      if (BLOCK_RE.test(input)) {
        lengthExtra = BLOCK_RE === CJKT_WIDE_RE ? getCodePointsLength(input.slice(index, BLOCK_RE.lastIndex)) : BLOCK_RE === EMOJI_RE ? 1 : BLOCK_RE.lastIndex - index;
        widthExtra = lengthExtra * BLOCK_WIDTH;
        if (width + widthExtra > truncationLimit) {
          truncationIndex = Math.min(truncationIndex, index + Math.floor((truncationLimit - width) / BLOCK_WIDTH));
        }
        if (width + widthExtra > LIMIT) {
          truncationEnabled = true;
          break outer;
        }
        width += widthExtra;
        unmatchedStart = indexPrev;
        unmatchedEnd = index;
        index = indexPrev = BLOCK_RE.lastIndex;
        continue outer;
      }
    }
    index += 1;
  }
  return {
    width: truncationEnabled ? truncationLimit : width,
    index: truncationEnabled ? truncationIndex : length,
    truncated: truncationEnabled,
    ellipsed: truncationEnabled && LIMIT >= ELLIPSIS_WIDTH
  };
};
var dist_default2 = getStringTruncatedWidth;

// node_modules/fast-string-width/dist/index.js
var NO_TRUNCATION2 = {
  limit: Infinity,
  ellipsis: "",
  ellipsisWidth: 0
};
var fastStringWidth = (input, options = {}) => {
  return dist_default2(input, NO_TRUNCATION2, options).width;
};
var dist_default3 = fastStringWidth;

// node_modules/fast-wrap-ansi/lib/main.js
var ESC = "\x1B";
var CSI = "";
var END_CODE = 39;
var ANSI_ESCAPE_BELL = "\x07";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
var GROUP_REGEX = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`, "y");
var getClosingCode = (openingCode) => {
  if (openingCode >= 30 && openingCode <= 37)
    return 39;
  if (openingCode >= 90 && openingCode <= 97)
    return 39;
  if (openingCode >= 40 && openingCode <= 47)
    return 49;
  if (openingCode >= 100 && openingCode <= 107)
    return 49;
  if (openingCode === 1 || openingCode === 2)
    return 22;
  if (openingCode === 3)
    return 23;
  if (openingCode === 4)
    return 24;
  if (openingCode === 7)
    return 27;
  if (openingCode === 8)
    return 28;
  if (openingCode === 9)
    return 29;
  if (openingCode === 0)
    return 0;
  return void 0;
};
var wrapAnsiCode = (code2) => `${ESC}${ANSI_CSI}${code2}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url) => `${ESC}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
var wrapWord = (rows, word, columns) => {
  const characters = word[Symbol.iterator]();
  let isInsideEscape = false;
  let isInsideLinkEscape = false;
  let lastRow = rows.at(-1);
  let visible = lastRow === void 0 ? 0 : dist_default3(lastRow);
  let currentCharacter = characters.next();
  let nextCharacter = characters.next();
  let rawCharacterIndex = 0;
  while (!currentCharacter.done) {
    const character = currentCharacter.value;
    const characterLength = dist_default3(character);
    if (visible + characterLength <= columns) {
      rows[rows.length - 1] += character;
    } else {
      rows.push(character);
      visible = 0;
    }
    if (character === ESC || character === CSI) {
      isInsideEscape = true;
      isInsideLinkEscape = word.startsWith(ANSI_ESCAPE_LINK, rawCharacterIndex + 1);
    }
    if (isInsideEscape) {
      if (isInsideLinkEscape) {
        if (character === ANSI_ESCAPE_BELL) {
          isInsideEscape = false;
          isInsideLinkEscape = false;
        }
      } else if (character === ANSI_SGR_TERMINATOR) {
        isInsideEscape = false;
      }
    } else {
      visible += characterLength;
      if (visible === columns && !nextCharacter.done) {
        rows.push("");
        visible = 0;
      }
    }
    currentCharacter = nextCharacter;
    nextCharacter = characters.next();
    rawCharacterIndex += character.length;
  }
  lastRow = rows.at(-1);
  if (!visible && lastRow !== void 0 && lastRow.length && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
};
var stringVisibleTrimSpacesRight = (string) => {
  const words = string.split(" ");
  let last = words.length;
  while (last) {
    if (dist_default3(words[last - 1])) {
      break;
    }
    last--;
  }
  if (last === words.length) {
    return string;
  }
  return words.slice(0, last).join(" ") + words.slice(last).join("");
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  let returnValue = "";
  let escapeCode;
  let escapeUrl;
  const words = string.split(" ");
  let rows = [""];
  let rowLength = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (options.trim !== false) {
      const row = rows.at(-1) ?? "";
      const trimmed = row.trimStart();
      if (row.length !== trimmed.length) {
        rows[rows.length - 1] = trimmed;
        rowLength = dist_default3(trimmed);
      }
    }
    if (index !== 0) {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    const wordLength = dist_default3(word);
    if (options.hard && wordLength > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((wordLength - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((wordLength - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
      }
      wrapWord(rows, word, columns);
      rowLength = dist_default3(rows.at(-1) ?? "");
      continue;
    }
    if (rowLength + wordLength > columns && rowLength && wordLength) {
      if (options.wordWrap === false && rowLength < columns) {
        wrapWord(rows, word, columns);
        rowLength = dist_default3(rows.at(-1) ?? "");
        continue;
      }
      rows.push("");
      rowLength = 0;
    }
    if (rowLength + wordLength > columns && options.wordWrap === false) {
      wrapWord(rows, word, columns);
      rowLength = dist_default3(rows.at(-1) ?? "");
      continue;
    }
    rows[rows.length - 1] += word;
    rowLength += wordLength;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  const preString = rows.join("\n");
  let inSurrogate = false;
  for (let i = 0; i < preString.length; i++) {
    const character = preString[i];
    returnValue += character;
    if (!inSurrogate) {
      inSurrogate = character >= "\uD800" && character <= "\uDBFF";
      if (inSurrogate) {
        continue;
      }
    } else {
      inSurrogate = false;
    }
    if (character === ESC || character === CSI) {
      GROUP_REGEX.lastIndex = i + 1;
      const groupsResult = GROUP_REGEX.exec(preString);
      const groups = groupsResult?.groups;
      if (groups?.code !== void 0) {
        const code2 = Number.parseFloat(groups.code);
        escapeCode = code2 === END_CODE ? void 0 : code2;
      } else if (groups?.uri !== void 0) {
        escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
      }
    }
    if (preString[i + 1] === "\n") {
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink("");
      }
      const closingCode = escapeCode ? getClosingCode(escapeCode) : void 0;
      if (escapeCode && closingCode) {
        returnValue += wrapAnsiCode(closingCode);
      }
    } else if (character === "\n") {
      if (escapeCode && getClosingCode(escapeCode)) {
        returnValue += wrapAnsiCode(escapeCode);
      }
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink(escapeUrl);
      }
    }
  }
  return returnValue;
};
var CRLF_OR_LF = /\r?\n/;
function wrapAnsi(string, columns, options) {
  return String(string).normalize().split(CRLF_OR_LF).map((line) => exec(line, columns, options)).join("\n");
}

// node_modules/@inquirer/core/dist/lib/utils.js
function breakLines(content, width) {
  return content.split("\n").flatMap((line) => wrapAnsi(line, width, { trim: false, wordWrap: false }).split("\n").map((str) => str.trimEnd())).join("\n");
}
function readlineWidth() {
  return (0, import_cli_width.default)({ defaultWidth: 80, output: readline().output });
}

// node_modules/@inquirer/core/dist/lib/pagination/use-pagination.js
function usePointerPosition({ active, renderedItems, pageSize, loop }) {
  const state = useRef({
    lastPointer: active,
    lastActive: void 0
  });
  const { lastPointer, lastActive } = state.current;
  const middle = Math.floor(pageSize / 2);
  const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
  const defaultPointerPosition = renderedItems.slice(0, active).reduce((acc, item) => acc + item.length, 0);
  let pointer = defaultPointerPosition;
  if (renderedLength > pageSize) {
    if (loop) {
      pointer = lastPointer;
      if (
        // First render, skip this logic.
        lastActive != null && // Only move the pointer down when the user moves down.
        lastActive < active && // Check user didn't move up across page boundary.
        active - lastActive < pageSize
      ) {
        pointer = Math.min(
          // Furthest allowed position for the pointer is the middle of the list
          middle,
          Math.abs(active - lastActive) === 1 ? Math.min(
            // Move the pointer at most the height of the last active item.
            lastPointer + (renderedItems[lastActive]?.length ?? 0),
            // If the user moved by one item, move the pointer to the natural position of the active item as
            // long as it doesn't move the cursor up.
            Math.max(defaultPointerPosition, lastPointer)
          ) : (
            // Otherwise, move the pointer down by the difference between the active and last active item.
            lastPointer + active - lastActive
          )
        );
      }
    } else {
      const spaceUnderActive = renderedItems.slice(active).reduce((acc, item) => acc + item.length, 0);
      pointer = spaceUnderActive < pageSize - middle ? (
        // If the active item is near the end of the list, progressively move the cursor towards the end.
        pageSize - spaceUnderActive
      ) : (
        // Otherwise, progressively move the pointer to the middle of the list.
        Math.min(defaultPointerPosition, middle)
      );
    }
  }
  state.current.lastPointer = pointer;
  state.current.lastActive = active;
  return pointer;
}
function usePagination({ items, active, renderItem, pageSize, loop = true }) {
  const width = readlineWidth();
  const bound = (num) => (num % items.length + items.length) % items.length;
  const renderedItems = items.map((item, index) => {
    if (item == null)
      return [];
    return breakLines(renderItem({ item, index, isActive: index === active }), width).split("\n");
  });
  const renderedLength = renderedItems.reduce((acc, item) => acc + item.length, 0);
  const renderItemAtIndex = (index) => renderedItems[index] ?? [];
  const pointer = usePointerPosition({ active, renderedItems, pageSize, loop });
  const activeItem = renderItemAtIndex(active).slice(0, pageSize);
  const activeItemPosition = pointer + activeItem.length <= pageSize ? pointer : pageSize - activeItem.length;
  const pageBuffer = Array.from({ length: pageSize });
  pageBuffer.splice(activeItemPosition, activeItem.length, ...activeItem);
  const itemVisited = /* @__PURE__ */ new Set([active]);
  let bufferPointer = activeItemPosition + activeItem.length;
  let itemPointer = bound(active + 1);
  while (bufferPointer < pageSize && !itemVisited.has(itemPointer) && (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer > active)) {
    const lines = renderItemAtIndex(itemPointer);
    const linesToAdd = lines.slice(0, pageSize - bufferPointer);
    pageBuffer.splice(bufferPointer, linesToAdd.length, ...linesToAdd);
    itemVisited.add(itemPointer);
    bufferPointer += linesToAdd.length;
    itemPointer = bound(itemPointer + 1);
  }
  bufferPointer = activeItemPosition - 1;
  itemPointer = bound(active - 1);
  while (bufferPointer >= 0 && !itemVisited.has(itemPointer) && (loop && renderedLength > pageSize ? itemPointer !== active : itemPointer < active)) {
    const lines = renderItemAtIndex(itemPointer);
    const linesToAdd = lines.slice(Math.max(0, lines.length - bufferPointer - 1));
    pageBuffer.splice(bufferPointer - linesToAdd.length + 1, linesToAdd.length, ...linesToAdd);
    itemVisited.add(itemPointer);
    bufferPointer -= linesToAdd.length;
    itemPointer = bound(itemPointer - 1);
  }
  return pageBuffer.filter((line) => typeof line === "string").join("\n");
}

// node_modules/@inquirer/core/dist/lib/create-prompt.js
import * as readline2 from "node:readline";
import { AsyncResource as AsyncResource3 } from "node:async_hooks";

// node_modules/@inquirer/type/dist/utils.js
function withResolver() {
  let resolve3;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve3 = res;
    reject = rej;
  });
  return { promise, resolve: resolve3, reject };
}

// node_modules/@inquirer/core/dist/lib/create-prompt.js
var import_mute_stream = __toESM(require_lib(), 1);

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process4) => !!process4 && typeof process4 === "object" && typeof process4.removeListener === "function" && typeof process4.emit === "function" && typeof process4.reallyExit === "function" && typeof process4.listeners === "function" && typeof process4.kill === "function" && typeof process4.pid === "number" && typeof process4.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global[kExitEmitter]) {
      return global[kExitEmitter];
    }
    ObjectDefineProperty(global, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i = list.indexOf(fn);
    if (i === -1) {
      return;
    }
    if (i === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i, 1);
    }
  }
  emit(ev, code2, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code2, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code2, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process3.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process4) {
    super();
    this.#process = process4;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count } = this.#emitter;
        const p = process4;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process4.kill(process4.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process4.reallyExit;
    this.#originalProcessEmit = process4.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a) => {
      return this.#processEmit(ev, ...a);
    };
    this.#process.reallyExit = (code2) => {
      return this.#processReallyExit(code2);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code2) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code2 || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process3 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process3) ? new SignalExit(process3) : new SignalExitFallback());

// node_modules/@inquirer/core/dist/lib/screen-manager.js
import { stripVTControlCharacters } from "node:util";

// node_modules/@inquirer/ansi/dist/index.js
var ESC2 = "\x1B[";
var cursorLeft = ESC2 + "G";
var cursorHide = ESC2 + "?25l";
var cursorShow = ESC2 + "?25h";
var cursorUp = (rows = 1) => rows > 0 ? `${ESC2}${rows}A` : "";
var cursorDown = (rows = 1) => rows > 0 ? `${ESC2}${rows}B` : "";
var cursorTo = (x, y) => {
  if (typeof y === "number" && !Number.isNaN(y)) {
    return `${ESC2}${y + 1};${x + 1}H`;
  }
  return `${ESC2}${x + 1}G`;
};
var eraseLine = ESC2 + "2K";
var eraseLines = (lines) => lines > 0 ? (eraseLine + cursorUp(1)).repeat(lines - 1) + eraseLine + cursorLeft : "";

// node_modules/@inquirer/core/dist/lib/screen-manager.js
var height = (content) => content.split("\n").length;
var lastLine = (content) => content.split("\n").pop() ?? "";
var ScreenManager = class {
  // These variables are keeping information to allow correct prompt re-rendering
  height = 0;
  extraLinesUnderPrompt = 0;
  cursorPos;
  rl;
  constructor(rl) {
    this.rl = rl;
    this.cursorPos = rl.getCursorPos();
  }
  write(content) {
    this.rl.output.unmute();
    this.rl.output.write(content);
    this.rl.output.mute();
  }
  render(content, bottomContent = "") {
    const promptLine = lastLine(content);
    const rawPromptLine = stripVTControlCharacters(promptLine);
    let prompt = rawPromptLine;
    if (this.rl.line.length > 0) {
      prompt = prompt.slice(0, -this.rl.line.length);
    }
    this.rl.setPrompt(prompt);
    this.cursorPos = this.rl.getCursorPos();
    const width = readlineWidth();
    content = breakLines(content, width);
    bottomContent = breakLines(bottomContent, width);
    if (rawPromptLine.length % width === 0) {
      content += "\n";
    }
    let output = content + (bottomContent ? "\n" + bottomContent : "");
    const promptLineUpDiff = Math.floor(rawPromptLine.length / width) - this.cursorPos.rows;
    const bottomContentHeight = promptLineUpDiff + (bottomContent ? height(bottomContent) : 0);
    if (bottomContentHeight > 0)
      output += cursorUp(bottomContentHeight);
    output += cursorTo(this.cursorPos.cols);
    this.write(cursorDown(this.extraLinesUnderPrompt) + eraseLines(this.height) + output);
    this.extraLinesUnderPrompt = bottomContentHeight;
    this.height = height(output);
  }
  checkCursorPos() {
    const cursorPos = this.rl.getCursorPos();
    if (cursorPos.cols !== this.cursorPos.cols) {
      this.write(cursorTo(cursorPos.cols));
      this.cursorPos = cursorPos;
    }
  }
  done({ clearContent }) {
    this.rl.setPrompt("");
    let output = cursorDown(this.extraLinesUnderPrompt);
    output += clearContent ? eraseLines(this.height) : "\n";
    output += cursorLeft;
    output += cursorShow;
    this.write(output);
    this.rl.close();
  }
};

// node_modules/@inquirer/core/dist/lib/create-prompt.js
import path from "node:path";
var nativeSetImmediate = globalThis.setImmediate;
var nativeClearImmediate = globalThis.clearImmediate;
function listenTo(target, event, listener) {
  if ("on" in target) {
    target.on(event, listener);
    return () => target.removeListener(event, listener);
  }
  target.addEventListener(event, listener);
  return () => target.removeEventListener(event, listener);
}
function getCallSites() {
  const savedPrepareStackTrace = Error.prepareStackTrace;
  let result = [];
  try {
    Error.prepareStackTrace = (_, callSites) => {
      const callSitesWithoutCurrent = callSites.slice(1);
      result = callSitesWithoutCurrent;
      return callSitesWithoutCurrent;
    };
    new Error().stack;
  } catch {
    return result;
  }
  Error.prepareStackTrace = savedPrepareStackTrace;
  return result;
}
function createPrompt(view) {
  const callSites = getCallSites();
  const prompt = (config, context = {}) => {
    const { input = process.stdin, signal } = context;
    const cleanups = /* @__PURE__ */ new Set();
    const output = new import_mute_stream.default();
    output.pipe(context.output ?? process.stdout);
    const rl = readline2.createInterface({
      terminal: true,
      input,
      output
    });
    output.mute();
    const screen = new ScreenManager(rl);
    const { promise, resolve: resolve3, reject } = withResolver();
    return withHooks(rl, (cycle) => {
      const clearEffects = AsyncResource3.bind(() => effectScheduler.clearAll());
      const settlePrompt = (settle) => {
        try {
          clearEffects();
          settle();
        } catch (error) {
          reject(error);
        }
      };
      const resolvePrompt = (value) => settlePrompt(() => resolve3(value));
      const rejectPrompt = (error) => settlePrompt(() => reject(error));
      const promptPromise = Object.assign(promise.finally(() => {
        cleanups.forEach((cleanup) => cleanup());
        screen.done({ clearContent: Boolean(context.clearPromptOnDone) });
        output.end();
      }).then(() => promise), { cancel: () => rejectPrompt(new CancelPromptError()) });
      if (signal) {
        const abort = () => rejectPrompt(new AbortPromptError({ cause: signal.reason }));
        if (signal.aborted) {
          abort();
          return promptPromise;
        }
        cleanups.add(listenTo(signal, "abort", abort));
      }
      cleanups.add(onExit((code2, signal2) => {
        rejectPrompt(new ExitPromptError(`User force closed the prompt with ${code2} ${signal2}`));
      }));
      cleanups.add(listenTo(rl, "SIGINT", () => rejectPrompt(new ExitPromptError(`User force closed the prompt with SIGINT`))));
      cleanups.add(listenTo(rl, "close", clearEffects));
      const startCycle = () => {
        cleanups.add(listenTo(rl.input, "keypress", () => screen.checkCursorPos()));
        let pendingDone = null;
        cycle(() => {
          let effectsSettled = false;
          try {
            const nextView = view(config, (value) => {
              if (effectsSettled) {
                resolvePrompt(value);
              } else {
                pendingDone = { value };
              }
            });
            if (nextView === void 0) {
              let callerFilename = callSites[1]?.getFileName();
              if (callerFilename && !callerFilename.startsWith("file://")) {
                callerFilename = path.resolve(callerFilename);
              }
              throw new Error(`Prompt functions must return a string.
    at ${callerFilename}`);
            }
            const [content, bottomContent] = typeof nextView === "string" ? [nextView] : nextView;
            screen.render(content, bottomContent);
            effectScheduler.run();
          } catch (error) {
            rejectPrompt(error);
          }
          effectsSettled = true;
          if (pendingDone !== null) {
            const { value } = pendingDone;
            pendingDone = null;
            resolvePrompt(value);
          }
        });
      };
      if ("readableFlowing" in input && input.isTTY) {
        const immediate = nativeSetImmediate(startCycle);
        cleanups.add(() => nativeClearImmediate(immediate));
      } else {
        startCycle();
      }
      return promptPromise;
    });
  };
  return prompt;
}

// node_modules/@inquirer/core/dist/lib/Separator.js
import { styleText as styleText2 } from "node:util";
var Separator = class {
  separator = styleText2("dim", Array.from({ length: 15 }).join(dist_default.line));
  type = "separator";
  constructor(separator) {
    if (separator) {
      this.separator = separator;
    }
  }
  static isSeparator(choice) {
    return Boolean(choice && typeof choice === "object" && "type" in choice && choice.type === "separator");
  }
};

// node_modules/@inquirer/input/dist/index.js
var inputTheme = {
  validationFailureMode: "keep"
};
var dist_default4 = createPrompt((config, done) => {
  const { prefill = "tab" } = config;
  const theme = makeTheme(inputTheme, config.theme);
  const [status, setStatus] = useState("idle");
  const [defaultValue, setDefaultValue] = useState(String(config.default ?? ""));
  const [errorMsg, setError] = useState();
  const [value, setValue] = useState("");
  const prefix = usePrefix({ status, theme });
  async function validate(value2) {
    const { required, pattern, patternError = "Invalid input" } = config;
    if (required && !value2) {
      return "You must provide a value";
    }
    if (pattern && !pattern.test(value2)) {
      return patternError;
    }
    if (typeof config.validate === "function") {
      return await config.validate(value2) || "You must provide a valid value";
    }
    return true;
  }
  useKeypress(async (key, rl) => {
    if (status !== "idle") {
      return;
    }
    if (isEnterKey(key)) {
      const answer = value || defaultValue;
      setStatus("loading");
      const isValid = await validate(answer);
      if (isValid === true) {
        setValue(answer);
        setStatus("done");
        done(answer);
      } else {
        if (theme.validationFailureMode === "clear") {
          setValue("");
        } else {
          rl.write(value);
        }
        setError(isValid);
        setStatus("idle");
      }
    } else if (isBackspaceKey(key) && !value) {
      setDefaultValue("");
    } else if (isTabKey(key) && !value) {
      setDefaultValue("");
      rl.clearLine(0);
      rl.write(defaultValue);
      setValue(defaultValue);
    } else {
      setValue(rl.line);
      setError(void 0);
    }
  });
  useEffect((rl) => {
    if (prefill === "editable" && defaultValue) {
      rl.write(defaultValue);
      setValue(defaultValue);
    }
  }, []);
  const message = theme.style.message(config.message, status);
  let formattedValue = value;
  if (typeof config.transformer === "function") {
    formattedValue = config.transformer(value, { isFinal: status === "done" });
  } else if (status === "done") {
    formattedValue = theme.style.answer(value);
  }
  let defaultStr;
  if (defaultValue && status !== "done" && !value) {
    defaultStr = theme.style.defaultAnswer(defaultValue);
  }
  let error = "";
  if (errorMsg) {
    error = theme.style.error(errorMsg);
  }
  return [
    [prefix, message, defaultStr, formattedValue].filter((v) => v !== void 0).join(" "),
    error
  ];
});

// node_modules/@inquirer/select/dist/index.js
import { styleText as styleText3 } from "node:util";
var selectTheme = {
  icon: { cursor: dist_default.pointer },
  style: {
    disabled: (text) => styleText3("dim", text),
    description: (text) => styleText3("cyan", text),
    keysHelpTip: (keys) => keys.map(([key, action]) => `${styleText3("bold", key)} ${styleText3("dim", action)}`).join(styleText3("dim", " • "))
  },
  i18n: { disabledError: "This option is disabled and cannot be selected." },
  indexMode: "hidden"
};
function isSelectable(item) {
  return !Separator.isSeparator(item) && !item.disabled;
}
function isNavigable(item) {
  return !Separator.isSeparator(item);
}
function normalizeChoices(choices) {
  return choices.map((choice) => {
    if (Separator.isSeparator(choice))
      return choice;
    if (typeof choice !== "object" || choice === null || !("value" in choice)) {
      const name2 = String(choice);
      return {
        value: choice,
        name: name2,
        short: name2,
        disabled: false
      };
    }
    const name = choice.name ?? String(choice.value);
    const normalizedChoice = {
      value: choice.value,
      name,
      short: choice.short ?? name,
      disabled: choice.disabled ?? false
    };
    if (choice.description) {
      normalizedChoice.description = choice.description;
    }
    return normalizedChoice;
  });
}
var dist_default5 = createPrompt((config, done) => {
  const { loop = true, pageSize = 7 } = config;
  const theme = makeTheme(selectTheme, config.theme);
  const { keybindings: keybindings2 } = theme;
  const [status, setStatus] = useState("idle");
  const prefix = usePrefix({ status, theme });
  const searchTimeoutRef = useRef();
  const searchEnabled = !keybindings2.includes("vim");
  const items = useMemo(() => normalizeChoices(config.choices), [config.choices]);
  const bounds = useMemo(() => {
    const first = items.findIndex(isNavigable);
    const last = items.findLastIndex(isNavigable);
    if (first === -1) {
      throw new ValidationError("[select prompt] No selectable choices. All choices are disabled.");
    }
    return { first, last };
  }, [items]);
  const defaultItemIndex = useMemo(() => {
    if (!("default" in config))
      return -1;
    return items.findIndex((item) => isSelectable(item) && item.value === config.default);
  }, [config.default, items]);
  const [active, setActive] = useState(defaultItemIndex === -1 ? bounds.first : defaultItemIndex);
  const selectedChoice = items[active];
  if (selectedChoice == null || Separator.isSeparator(selectedChoice)) {
    throw new Error("Active index does not point to a choice");
  }
  const [errorMsg, setError] = useState();
  useKeypress((key, rl) => {
    clearTimeout(searchTimeoutRef.current);
    if (errorMsg) {
      setError(void 0);
    }
    if (isEnterKey(key)) {
      if (selectedChoice.disabled) {
        setError(theme.i18n.disabledError);
      } else {
        setStatus("done");
        done(selectedChoice.value);
      }
    } else if (isUpKey(key, keybindings2) || isDownKey(key, keybindings2)) {
      rl.clearLine(0);
      if (loop || isUpKey(key, keybindings2) && active !== bounds.first || isDownKey(key, keybindings2) && active !== bounds.last) {
        const offset = isUpKey(key, keybindings2) ? -1 : 1;
        let next = active;
        do {
          next = (next + offset + items.length) % items.length;
        } while (!isNavigable(items[next]));
        setActive(next);
      }
    } else if (isNumberKey(key) && !Number.isNaN(Number(rl.line))) {
      const selectedIndex = Number(rl.line) - 1;
      let selectableIndex = -1;
      const position = items.findIndex((item2) => {
        if (Separator.isSeparator(item2))
          return false;
        selectableIndex++;
        return selectableIndex === selectedIndex;
      });
      const item = items[position];
      if (item != null && isSelectable(item)) {
        setActive(position);
      }
      searchTimeoutRef.current = setTimeout(() => {
        rl.clearLine(0);
      }, 700);
    } else if (isBackspaceKey(key)) {
      rl.clearLine(0);
    } else if (searchEnabled) {
      const searchTerm = rl.line.toLowerCase();
      const matchIndex = items.findIndex((item) => {
        if (Separator.isSeparator(item) || !isSelectable(item))
          return false;
        return item.name.toLowerCase().startsWith(searchTerm);
      });
      if (matchIndex !== -1) {
        setActive(matchIndex);
      }
      searchTimeoutRef.current = setTimeout(() => {
        rl.clearLine(0);
      }, 700);
    }
  });
  useEffect(() => () => {
    clearTimeout(searchTimeoutRef.current);
  }, []);
  const message = theme.style.message(config.message, status);
  const helpLine = theme.style.keysHelpTip([
    ["↑↓", "navigate"],
    ["⏎", "select"]
  ]);
  let separatorCount = 0;
  const page = usePagination({
    items,
    active,
    renderItem({ item, isActive, index }) {
      if (Separator.isSeparator(item)) {
        separatorCount++;
        return ` ${item.separator}`;
      }
      const cursor = isActive ? theme.icon.cursor : " ";
      const indexLabel = theme.indexMode === "number" ? `${index + 1 - separatorCount}. ` : "";
      if (item.disabled) {
        const disabledLabel = typeof item.disabled === "string" ? item.disabled : "(disabled)";
        const disabledCursor = isActive ? theme.icon.cursor : "-";
        return theme.style.disabled(`${disabledCursor} ${indexLabel}${item.name} ${disabledLabel}`);
      }
      const color = isActive ? theme.style.highlight : (x) => x;
      return color(`${cursor} ${indexLabel}${item.name}`);
    },
    pageSize,
    loop
  });
  if (status === "done") {
    return [prefix, message, theme.style.answer(selectedChoice.short)].filter(Boolean).join(" ");
  }
  const { description } = selectedChoice;
  const lines = [
    [prefix, message].filter(Boolean).join(" "),
    page,
    " ",
    description ? theme.style.description(description) : "",
    errorMsg ? theme.style.error(errorMsg) : "",
    helpLine
  ].filter(Boolean).join("\n").trimEnd();
  return `${lines}${cursorHide}`;
});

// src/cli/prompts.ts
var choose = async (message, choices, current) => dist_default5({
  message,
  choices: choices.map((value) => ({ value, name: value === current ? `${value} (detected)` : value })),
  default: choices.includes(current) ? current : choices[0]
});
async function askForOptions(defaults) {
  const backendKind = await choose("Backend", BACKENDS, defaults.backend?.kind ?? "none");
  const backendDir = backendKind === "none" ? "." : await dist_default4({ message: "Backend directory", default: defaults.backend?.dir ?? "." });
  const frontendKind = await choose("Frontend", FRONTENDS, defaults.frontend?.kind ?? "none");
  const frontendDir = frontendKind === "none" ? "." : await dist_default4({ message: "Frontend directory", default: defaults.frontend?.dir ?? "." });
  const database = await choose("Database", DATABASES, defaults.database ?? "none");
  const cache = await choose("Cache", CACHES, defaults.cache ?? "none");
  const objectStorage = await choose("Object storage", OBJECT_STORAGES, defaults.objectStorage ?? "none");
  const cloud = await choose("Deploy target", CLOUDS, defaults.cloud ?? "compose");
  const backupTarget = await choose("Backup target", BACKUP_TARGETS, defaults.backup?.target ?? "none");
  const alerting = await choose("Alerting", ALERTING, defaults.alerting ?? "none");
  return {
    ...defaults,
    backend: { ...defaults.backend, kind: backendKind, dir: backendDir },
    frontend: { ...defaults.frontend, kind: frontendKind, dir: frontendDir },
    database,
    cache,
    objectStorage,
    cloud,
    backup: { ...defaults.backup, target: backupTarget },
    alerting
  };
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
      for (const w of detection.warnings) output.err(`warning: ${w}`);
      let config = mergeConfig(detection.config, configFromFlags(flags));
      parseOptions(config, "options (detected and flags)");
      if (!flags.yes) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) {
          throw badInput(
            "No terminal to ask questions in. Pass --yes to accept the detected values (see `create-devops-baseline detect`), and flags such as --cloud aws-ecs to change them."
          );
        }
        config = await askForOptions(config);
      }
      options = parseOptions(config, "options");
      configPath = configFileName(format);
      writeFileSync3(join7(root, configPath), renderConfig(config, format));
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
  if (flag === void 0) return existsSync4(join7(root, "package.json")) || existsSync4(join7(root, "tsconfig.json")) ? "ts" : "json";
  if (flag !== "ts" && flag !== "json") throw badInput(`--config-format: "${flag}" is not allowed. Allowed: ts, json`);
  return flag;
}

// src/cli/program.ts
function createProgram(output) {
  const program2 = new Command("create-devops-baseline").description("Give a repository an owned, hardened DevOps baseline and keep it that way.").version(TOOL_VERSION).showSuggestionAfterError().addHelpText("after", "\nExit codes: 0 ok, 1 drift or files left alone, 2 bad input, 3 internal error, 4 another run holds the repository's lock.\nDocs: https://github.com/create-devops-baseline/create-devops-baseline/tree/main/docs");
  for (const command of [init_exports, synth_exports, check_exports, detect_exports]) command.register(program2, output);
  return program2;
}

// src/cli/run.ts
async function run(argv, output = processOutput) {
  process.exitCode = void 0;
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
    const pr = node[key];
    if (isObject(pr)) {
      const url = pr.url ?? pr.htmlUrl ?? pr.html_url;
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
import { appendFileSync } from "node:fs";
function setOutput(env, name, value) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
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
    finish(env, "(none)", ExitCode.badInput, EMPTY, [message]);
    return ExitCode.badInput;
  }
  if (inputs.token) {
    output.out(maskSecret(inputs.token));
    env.GITHUB_TOKEN = inputs.token;
  }
  const command = createProgram(silent).commands.find((c) => c.name() === inputs.command);
  if (!command) {
    const message = `"${inputs.command}" is not available in this version of create-devops-baseline`;
    output.out(`::error title=create-devops-baseline::${message}`);
    finish(env, inputs.command, ExitCode.badInput, EMPTY, [message]);
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
  finish(env, inputs.command, exitCode, result, log);
  return exitCode;
}
function finish(env, command, exitCode, result, log) {
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
*/
