import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import {
  BaselineError,
  badInput
} from "./chunk-Y3CQRHNO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-N7LTGFHY.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context2, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context2 === true) {
          return fn(this);
        } else if (context2 === false || context2 == null) {
          return inverse(this);
        } else if (_utils.isArray(context2)) {
          if (context2.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context2, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context2, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context2, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context2)) {
          context2 = context2.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context2 && typeof context2 === "object") {
          if (_utils.isArray(context2)) {
            for (var j = context2.length; i < j; i++) {
              if (i in context2) {
                execIteration(i, i, i === context2.length - 1, context2[i]);
              }
            }
          } else if (typeof Symbol === "function" && context2[Symbol.iterator]) {
            var iterator = context2[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context2).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context2[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context2[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context2, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context2)) {
          context2 = context2.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context2)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context2, {
            data,
            blockParams: _utils.blockParams([context2], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context2, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context2, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context2, options) {
        if (options.hash) {
          context2 = Utils.extend({}, context2, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context2, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context2, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context2, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context2) {
          return typeof current === "function" ? current.call(context2) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context2) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context2, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context2 != options.depths[0] ? [context2].concat(options.depths) : options.depths;
          } else {
            depths = [context2];
          }
        }
        function main(context3) {
          return "" + templateSpec.main(container, context3, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context2, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context2) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context2 != depths[0] && !(context2 === container.nullContext && depths[0] === null)) {
          currentDepths = [context2].concat(depths);
        }
        return fn(container, context2, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context2, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context2, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context3) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context3, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context2, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context2, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context2;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime2;
      hb.template = function(spec) {
        return runtime2.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars2 = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars2;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled2 = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context2, execOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2.call(this, context2, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join4(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join4;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join4(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context2 = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context2);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context2, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context2;
        this.context = context2 || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local2 = this.popStack();
          this.pushSource(["if (", local2, " != null) { ", this.appendToBuffer(local2, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context2 = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context2 = this.popStack();
        }
        var hash = this.hash;
        if (context2) {
          hash.contexts[key] = context2;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context2) {
        if (this.useDepths && context2) {
          return "depths[" + context2 + "]";
        } else {
          return "depth" + context2;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars2 = require_handlebars()["default"];
    var printer = require_printer();
    handlebars2.PrintVisitor = printer.PrintVisitor;
    handlebars2.print = printer.print;
    module.exports = handlebars2;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars2.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci2 = visit_(i, node.items[i], visitor, path);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci2 = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v2 = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log2 = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log2();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v2);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci2 = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci2 >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci2 - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci2 -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci2))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci2));
        }
        const pointer = " ".repeat(ci2) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context2) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context2;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context2.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context2 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context2;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci2 = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser2 = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log2();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_NAME = "create-devops-baseline";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return cached = dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE_NAME}: no package.json named ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
function readPackageName(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8")).name;
  } catch {
    return void 0;
  }
}
function publicApiPath() {
  const bundled = true ? "dist/action/lib.js" : void 0;
  return join(packageRoot(), bundled ?? "src/index.ts");
}

// src/version.ts
var TOOL_VERSION = JSON.parse(readFileSync2(join2(packageRoot(), "package.json"), "utf8")).version;

// src/data/action-pins.json
var action_pins_default = {
  "actions/cache": {
    version: "v5.0.5",
    sha: "27d5ce7f107fe9357f9df03efb73ab90386fccae"
  },
  "actions/checkout": {
    version: "v7.0.1",
    sha: "3d3c42e5aac5ba805825da76410c181273ba90b1"
  },
  "actions/create-github-app-token": {
    version: "v3.1.1",
    sha: "1b10c78c7865c340bc4f6099eb2f838309f1e8c3"
  },
  "actions/dependency-review-action": {
    version: "v4.9.0",
    sha: "2031cfc080254a8a887f58cffee85186f0e49e48"
  },
  "actions/download-artifact": {
    version: "v8.0.1",
    sha: "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c"
  },
  "actions/setup-node": {
    version: "v7.0.0",
    sha: "820762786026740c76f36085b0efc47a31fe5020"
  },
  "actions/setup-python": {
    version: "v7.0.0",
    sha: "5fda3b95a4ea91299a34e894583c3862153e4b97"
  },
  "actions/upload-artifact": {
    version: "v7.0.0",
    sha: "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f"
  },
  "aquasecurity/trivy-action": {
    version: "v0.36.0",
    sha: "ed142fd0673e97e23eac54620cfb913e5ce36c25"
  },
  "astral-sh/setup-uv": {
    version: "v10.0.1",
    sha: "20cfd1bf945f4377ade1205e4dbc17946fc9a30d"
  },
  "aws-actions/amazon-ecr-login": {
    version: "v2.1.7",
    sha: "03f1aad4c6c7ffd436567f42f9384779290529bd"
  },
  "aws-actions/amazon-ecs-deploy-task-definition": {
    version: "v2.6.3",
    sha: "c465972ecbd160473f22e683363b422a5412a3de"
  },
  "aws-actions/amazon-ecs-render-task-definition": {
    version: "v1.9.0",
    sha: "138c24f321fdbdf7edee4a685519d253cae2cdea"
  },
  "aws-actions/configure-aws-credentials": {
    version: "v6.2.3",
    sha: "e6de054238d6b7531b4efff3b6587d9aade6a06c"
  },
  "azure/container-apps-deploy-action": {
    version: "v2",
    sha: "8dff69dac3367c32ceb2690d8f13adbeab462703"
  },
  "azure/k8s-set-context": {
    version: "v5.0.1",
    sha: "8698eba2499e9012f0d5085f8798077cce4bc526"
  },
  "azure/login": {
    version: "v3.0.1",
    sha: "f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca"
  },
  "azure/setup-kubectl": {
    version: "v5.1.0",
    sha: "829323503d1be3d00ca8346e5391ca0b07a9ab0d"
  },
  "docker/build-push-action": {
    version: "v7.3.0",
    sha: "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a"
  },
  "docker/login-action": {
    version: "v4.1.0",
    sha: "4907a6ddec9925e35a0a9e82d7399ccc52663121"
  },
  "docker/metadata-action": {
    version: "v6.2.0",
    sha: "dc802804100637a589fabce1cb79ff13a1411302"
  },
  "docker/setup-buildx-action": {
    version: "v4.3.0",
    sha: "37fe631027851001ddb9b187196cc803df7f5f0e"
  },
  "github/codeql-action": {
    version: "v4.36.2",
    sha: "8aad20d150bbac5944a9f9d289da16a4b0d87c1e"
  },
  "gitleaks/gitleaks-action": {
    version: "v3.0.0",
    sha: "e0c47f4f8be36e29cdc102c57e68cb5cbf0e8d1e"
  },
  "google-github-actions/auth": {
    version: "v3.0.0",
    sha: "7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"
  },
  "google-github-actions/deploy-cloudrun": {
    version: "v3.0.1",
    sha: "2028e2d7d30a78c6910e0632e48dd561b064884d"
  },
  "google-github-actions/setup-gcloud": {
    version: "v3.0.1",
    sha: "aa5489c8933f4cc7a4f7d45035b3b1440c9c10db"
  },
  "grafana/run-k6-action": {
    version: "v1.4.0",
    sha: "de51a7390bdf0ac85a3bef493691bd71d4c7c158"
  },
  "grafana/setup-k6-action": {
    version: "v1.2.1",
    sha: "db07bd9765aac508ef18982e52ab937fe633a065"
  },
  "oven-sh/setup-bun": {
    version: "v2.2.0",
    sha: "0c5077e51419868618aeaa5fe8019c62421857d6"
  },
  "pnpm/action-setup": {
    version: "v4.0.0",
    sha: "fe02b34f77f8bc703788d5817da081398fad5dd2"
  },
  "slackapi/slack-github-action": {
    version: "v4.0.0",
    sha: "dcb1066f776dd043e64d0e8ba94ca15cc7e1875d"
  },
  "softprops/action-gh-release": {
    version: "v3.0.0",
    sha: "b4309332981a82ec1c5618f44dd2e27cc8bfbfda"
  },
  "webfactory/ssh-agent": {
    version: "v0.9.1",
    sha: "a6f90b1f127823b31d4d4a8d96047790581349bd"
  }
};

// src/workflows/pins.ts
var PINS = action_pins_default;
var PIN_BY_LOWER_NAME = new Map(Object.entries(PINS).map(([name, pin]) => [name.toLowerCase(), pin]));
var VERSION_BY_SHA = new Map(Object.values(PINS).map((p) => [p.sha, p.version]));
function pinnedAction(action) {
  const repo = action.split("/").slice(0, 2).join("/");
  const pin = PIN_BY_LOWER_NAME.get(repo.toLowerCase());
  if (!pin) throw new BaselineError("IO", `No pin for action ${repo} in src/data/action-pins.json`);
  return `${action}@${pin.sha}`;
}
function pinComment(uses) {
  const sha = /@([0-9a-f]{40})$/.exec(uses)?.[1];
  return sha ? VERSION_BY_SHA.get(sha) : void 0;
}

// src/workflows/steps.ts
var inDir = (dir, file) => dir === "." ? file : `${dir}/${file}`;
function checkoutStep(extra = {}) {
  return { id: "checkout", name: "Check out", uses: pinnedAction("actions/checkout"), with: { "persist-credentials": false, ...extra } };
}
function runStep(id, name, run, more = {}) {
  return { id, name, ...more, run };
}
function pythonSetupSteps(pm3, version, dir, poetryVersion) {
  if (pm3 === "uv") {
    return [
      {
        id: "setup-uv",
        name: "Set up uv and Python",
        uses: pinnedAction("astral-sh/setup-uv"),
        with: { "python-version": version, "enable-cache": true, "cache-dependency-glob": inDir(dir, "uv.lock") }
      }
    ];
  }
  const steps = [];
  if (pm3 === "poetry") steps.push(runStep("install-poetry", "Install Poetry", `pipx install ${poetryVersion ? `poetry==${poetryVersion}` : "poetry"}`));
  const dependencyFiles = pm3 === "poetry" ? inDir(dir, "poetry.lock") : inDir(dir, "requirements*.txt");
  steps.push({
    id: "setup-python",
    name: "Set up Python",
    uses: pinnedAction("actions/setup-python"),
    with: { "python-version": version, cache: pm3, "cache-dependency-path": dependencyFiles }
  });
  return steps;
}
var NODE_LOCKFILES = {
  npm: "package-lock.json",
  pnpm: "pnpm-lock.yaml",
  yarn: "yarn.lock",
  bun: "bun.lock*"
};
var nodeLockfile = (pm3, dir) => inDir(dir, NODE_LOCKFILES[pm3]);
function nodeSetupSteps(pm3, version, dir) {
  const setupNode = (cache) => ({
    id: "setup-node",
    name: "Set up Node.js",
    uses: pinnedAction("actions/setup-node"),
    with: cache ? { "node-version": version, cache, "cache-dependency-path": nodeLockfile(pm3, dir) } : { "node-version": version }
  });
  switch (pm3) {
    case "npm":
      return [setupNode("npm")];
    case "pnpm":
      return [
        { id: "setup-pnpm", name: "Set up pnpm", uses: pinnedAction("pnpm/action-setup"), with: { package_json_file: inDir(dir, "package.json") } },
        setupNode("pnpm")
      ];
    case "yarn":
      return [runStep("enable-corepack", "Enable corepack (yarn)", "corepack enable"), setupNode("yarn")];
    case "bun":
      return [
        setupNode(),
        { id: "setup-bun", name: "Set up Bun", uses: pinnedAction("oven-sh/setup-bun") },
        {
          id: "cache-bun",
          name: "Cache Bun packages",
          uses: pinnedAction("actions/cache"),
          with: {
            path: "~/.bun/install/cache",
            key: `bun-\${{ runner.os }}-\${{ hashFiles('${nodeLockfile(pm3, dir)}') }}`,
            "restore-keys": "bun-${{ runner.os }}-"
          }
        }
      ];
  }
}

// src/synth/templates.ts
var import_handlebars = __toESM(require_lib(), 1);
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
import { pathToFileURL } from "node:url";
var TEMPLATES_DIR = pathToFileURL(join3(packageRoot(), "templates") + "/");
var compiled = /* @__PURE__ */ new Map();
var handlebars = import_handlebars.default.create();
handlebars.registerHelper("eq", (a, b) => a === b);
handlebars.registerHelper("includes", (list, item) => Array.isArray(list) && list.includes(item));
handlebars.registerHelper(
  "join",
  (list, sep) => Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : ""
);
function renderTemplate(name, context2) {
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync3(new URL(name, TEMPLATES_DIR), "utf8");
    template = handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  return template(context2);
}

// src/data/base-images.json
var base_images_default = {
  $comment: "Every container image the baseline pins, by tag and multi-arch index digest. Refresh: docs/base-images.md. Never invent a digest.",
  images: {
    "python:3.9-slim": {
      image: "python",
      tag: "3.9-slim",
      digest: "sha256:50c261237b02d3597d9ad74e72f6d67daadb1494856902b28db0d888091f0592",
      source: "docker-library/repo-info repos/python/remote/3.9-slim.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Python 3.9.16, January 2023: the only stored snapshot; Python 3.9 is end of life, so expect Dependabot to propose the final digest)"
    },
    "python:3.10-slim": {
      image: "python",
      tag: "3.10-slim",
      digest: "sha256:63669fd2563fa90b0442fa7b568e66e3667755636cda086d7bcaaa895f66fe39",
      source: "docker-library/repo-info repos/python/remote/3.10-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.10.20)"
    },
    "python:3.11-slim": {
      image: "python",
      tag: "3.11-slim",
      digest: "sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff",
      source: "docker-library/repo-info repos/python/remote/3.11-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.11.15)"
    },
    "python:3.12-slim": {
      image: "python",
      tag: "3.12-slim",
      digest: "sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36",
      source: "docker-library/repo-info repos/python/remote/3.12-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.12.13)"
    },
    "python:3.13-slim": {
      image: "python",
      tag: "3.13-slim",
      digest: "sha256:9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6",
      source: "docker-library/repo-info repos/python/remote/3.13-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.13.14)"
    },
    "python:3.14-slim": {
      image: "python",
      tag: "3.14-slim",
      digest: "sha256:e11c17f46f87983eb946b121694dedba6290ee2b0dd5294d137d82943502d179",
      source: "docker-library/repo-info repos/python/remote/3.14-slim.md at 34fa04a4e3c62b28b3d13a50a409ef82d6c52f2f (OCI image index, Python 3.14.7)"
    },
    "node:18-alpine": {
      image: "node",
      tag: "18-alpine",
      digest: "sha256:fda98168118e5a8f4269efca4101ee51dd5c75c0fe56d8eb6fad80455c2f5827",
      source: "docker-library/repo-info repos/node/remote/18-alpine.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Node.js 18.13.0, January 2023: the only stored snapshot; Node.js 18 is end of life, so expect Dependabot to propose the final digest)"
    },
    "node:20-alpine": {
      image: "node",
      tag: "20-alpine",
      digest: "sha256:8401816e353182af32bc4b49a5c238920a3287cc78f2596800c391490c0254c5",
      source: "maxmood96/repo-info repos/node/remote/20-alpine.md at 00e6f9021e0c34c679a005054b4cd5903a0b7536 (a mirror of docker-library/repo-info, whose own copy of this file is not in the code index; Docker manifest list, Node.js 20.12.2, April 2024)"
    },
    "node:22-alpine": {
      image: "node",
      tag: "22-alpine",
      digest: "sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402",
      source: "docker-library/repo-info repos/node/remote/22-alpine.md at 4211a1635d906d705a873434b7336b27c7678802 (OCI image index, Node.js 22.23.3, Alpine 3.24)"
    },
    "node:24-alpine": {
      image: "node",
      tag: "24-alpine",
      digest: "sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43",
      source: "docker-library/repo-info repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd (OCI image index, Node.js 24.19.0, Alpine 3.24)"
    },
    "postgres:17-alpine": {
      image: "postgres",
      tag: "17-alpine",
      digest: "sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24",
      source: "docker-library/repo-info repos/postgres/remote/17-alpine.md at 14ad5cc17dd0e9a01079feefc7a59c24536f5291 (OCI image index, PostgreSQL 17.11)"
    },
    "redis:7-alpine": {
      image: "redis",
      tag: "7-alpine",
      digest: "sha256:ff02b58f971e7d7d156a1267e283fcbbeee91773b6aa36c49dac28ecfe28eadf",
      source: "docker-library/repo-info repos/redis/remote/7-alpine.md at 1742085aa3304e996a45e00271d6b8308029b6e3 (OCI image index, Redis 7.4.11)"
    },
    "postgis/postgis:17-3.5-alpine": {
      image: "postgis/postgis",
      tag: "17-3.5-alpine",
      digest: "sha256:fae81f3e8da88b8e684c58c8a8616aadda72e6fc1affcb050b490891ecb3db1c",
      source: "not an official image, so no repo-info page: the multi-arch digest pinned in public repositories' compose files and docs (code search), described there as the reviewed multi-architecture image"
    },
    "nginxinc/nginx-unprivileged:1.29.5-alpine": {
      image: "nginxinc/nginx-unprivileged",
      tag: "1.29.5-alpine",
      digest: "sha256:42a7d7f2ee23e9f5a1dcdf3647ba5c585bbd18f79e79cd817e70e8cd61c55779",
      source: "not an official image: the same digest pinned in four independent public Dockerfiles (code search)"
    },
    "edoburu/pgbouncer:v1.25.1-p0": {
      image: "edoburu/pgbouncer",
      tag: "v1.25.1-p0",
      digest: "sha256:c7bfcaa24de830e29588bb9ad1eb39cebaf07c27149e1974445899b695634bb4",
      source: "not an official image: the same digest pinned in several public repositories' compose scripts (code search)"
    },
    "quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z": {
      image: "quay.io/minio/minio",
      tag: "RELEASE.2025-09-07T16-13-09Z",
      digest: "sha256:14cea493d9a34af32f524e538b8346cf79f3321eff8e708c1e2960462bd8936e",
      source: "not an official image (Docker Hub no longer serves minio/minio; quay.io does): the same digest pinned in many independent public compose files and tests (code search)"
    },
    "oven/bun:1-alpine": {
      image: "oven/bun",
      tag: "1-alpine",
      digest: "sha256:07235578f79ef8c6f97d94aee7938e76f5cdba5f21ae5dbfdd3d3d38058437eb",
      source: "not an official image: the same digest pinned in three independent public Dockerfiles and notes (code search; bun 1.4.0 on Alpine 3.22)"
    },
    "cloudflare/cloudflared:2026.3.0": {
      image: "cloudflare/cloudflared",
      tag: "2026.3.0",
      digest: "sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0",
      source: "not an official image: the same tag and digest pinned in eight independent public repositories (code search), among them randomcoww/homelab's Renovate-managed image list; has `tunnel ready` (cloudflared 2024.12+)"
    }
  },
  tools: {
    gunicorn: "27.0.1",
    uvicorn: "0.54.0",
    "uvicorn-worker": "0.4.0",
    poetry: "2.5.1",
    uv: "0.13.8",
    ruff: "0.15.22",
    mypy: "1.19.1",
    pytest: "8.4.2"
  }
};

// src/components/docker/base-images.ts
var IMAGES = base_images_default.images;
var TOOL_VERSIONS = base_images_default.tools;
function pinnedImage(key) {
  const pin = IMAGES[key];
  if (!pin) {
    throw badInput(`No pinned digest for image "${key}". Pinned: ${Object.keys(IMAGES).sort().join(", ")}`);
  }
  return `${pin.image}:${pin.tag}@${pin.digest}`;
}
function pinnedVersions() {
  const versions = (image, suffix) => Object.values(IMAGES).filter((p) => p.image === image && p.tag.endsWith(suffix)).map((p) => p.tag.slice(0, -suffix.length));
  return { node: versions("node", "-alpine"), python: versions("python", "-slim") };
}
function pythonImage(version) {
  const minor = version.split(".").slice(0, 2).join(".");
  return pinnedVersion("python", `${minor}-slim`, "backend.version", version);
}
function nodeImage(version, optionKey) {
  const major = version.split(".")[0] ?? version;
  return pinnedVersion("node", `${major}-alpine`, optionKey, version);
}
function pinnedVersion(image, tag, optionKey, asked) {
  const key = `${image}:${tag}`;
  if (!IMAGES[key]) {
    const available = Object.values(IMAGES).filter((p) => p.image === image).map((p) => p.tag.replace(/-(slim|alpine)$/, ""));
    throw badInput(
      `${optionKey}: ${JSON.stringify(asked)} has no pinned ${image} base image. Allowed: ${available.join(", ")} (see docs/base-images.md to add one)`
    );
  }
  return pinnedImage(key);
}
var POSTGRES_IMAGE = "postgres:17-alpine";
var POSTGIS_IMAGE = "postgis/postgis:17-3.5-alpine";
function databaseImage(options) {
  return pinnedImage(options.database === "postgis" ? POSTGIS_IMAGE : POSTGRES_IMAGE);
}
function postgresClientImage() {
  return pinnedImage(POSTGRES_IMAGE);
}

// src/components/docker/docker-strategy.ts
function layoutContext(build) {
  const workspace = build.workspaceDir !== ".";
  return { workspace, workspaceDir: build.workspaceDir, inService: (path) => workspace ? `${build.workspaceDir}/${path}` : path };
}
function execForm(args) {
  return `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;
}

// src/components/docker/node-build.ts
var COREPACK = "ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";
function nodeInstall(pm3) {
  switch (pm3) {
    case "npm":
      return {
        setup: [],
        manifests: "package.json package-lock.json",
        install: "npm ci --no-audit --no-fund",
        prune: "npm prune --omit=dev --no-audit --no-fund",
        run: (s) => `npm run ${s}`
      };
    case "pnpm":
      return {
        setup: [COREPACK, "RUN corepack enable pnpm"],
        manifests: "package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",
        install: "pnpm install --frozen-lockfile",
        prune: "pnpm prune --prod",
        run: (s) => `pnpm run ${s}`
      };
    case "yarn":
      return {
        setup: [COREPACK, "RUN corepack enable yarn"],
        manifests: "package.json yarn.lock .yarnrc.ym[l]",
        install: "yarn install --immutable",
        prune: "yarn workspaces focus --all --production",
        run: (s) => `yarn run ${s}`
      };
    case "bun":
      return {
        // Bun installs and runs scripts; the image still runs on Node.js. Both are Alpine (musl) builds.
        setup: [`COPY --from=${pinnedImage("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],
        manifests: "package.json bun.lock*",
        install: "bun install --frozen-lockfile",
        prune: "find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",
        run: (s) => `bun run ${s}`
      };
  }
}
function nodeHealthcheck(port, path) {
  return [
    "node",
    "-e",
    `fetch('http://127.0.0.1:${port}${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`
  ];
}

// src/stacks/react-vite/docker.ts
var REACT_VITE_PORT = 8080;
var SPA_CONF_PATH = "docker/nginx-spa.conf";
var reactViteDocker = {
  template: "docker/react-vite/Dockerfile.hbs",
  ignore: "node",
  healthPath: () => "/",
  port: () => REACT_VITE_PORT,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm3 = nodeInstall(options.frontend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.frontend.nodeVersion, "frontend.nodeVersion"),
      runtimeImage: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
      pm: pm3,
      build: pm3.run("build"),
      spaConf: layout.inService(SPA_CONF_PATH),
      port: REACT_VITE_PORT,
      healthcheck: execForm(["wget", "-q", "--spider", `http://127.0.0.1:${REACT_VITE_PORT}/`]),
      cmd: execForm(["nginx", "-g", "daemon off;"])
    };
  }
};

// src/components/docker/image-builds.ts
import { posix } from "node:path";

// src/components/docker/python-build.ts
var INSTALL = {
  pip: {
    tool: void 0,
    manifests: "requirements.txt",
    install: "pip install --no-cache-dir -r requirements.txt",
    add: "pip install --no-cache-dir"
  },
  poetry: {
    tool: `poetry==${TOOL_VERSIONS.poetry}`,
    manifests: "pyproject.toml poetry.lock",
    // Poetry installs into the activated virtualenv (VIRTUAL_ENV) when one is active.
    install: "poetry install --only main --no-root --no-interaction --no-ansi",
    add: "pip install --no-cache-dir"
  },
  uv: {
    tool: `uv==${TOOL_VERSIONS.uv}`,
    manifests: "pyproject.toml uv.lock",
    install: "uv sync --frozen --no-dev --no-install-project",
    // `uv sync` removes packages it did not lock (pip included), so extras go through uv too.
    add: "uv pip install"
  }
};
function pythonContext(options, server, command, port, healthPath) {
  const pm3 = options.backend.packageManager;
  const steps = INSTALL[pm3] ?? INSTALL.pip;
  const postgres = options.database === "postgres" || options.database === "postgis";
  const runtimePackages = [
    ...postgres ? ["libpq5"] : [],
    // GeoDjango loads GDAL/GEOS at import time.
    ...options.database === "postgis" && options.backend.kind === "django" ? ["gdal-bin"] : []
  ];
  const modules = server.map((pkg) => pkg.split("==")[0].replace(/-/g, "_"));
  const ensureServer = `python -c "import ${modules.join(", ")}" 2>/dev/null || ${steps.add} ${server.join(" ")}`;
  return {
    baseImage: pythonImage(options.backend.version),
    tool: steps.tool,
    uv: pm3 === "uv",
    manifests: steps.manifests,
    install: steps.install,
    ensureServer,
    buildPackages: postgres ? ["libpq-dev"] : [],
    runtimePackages,
    port,
    healthcheck: execForm([
      "python",
      "-c",
      `import urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}${healthPath}', timeout=4)`
    ]),
    cmd: execForm(command)
  };
}

// src/stacks/django/docker.ts
function djangoWsgiApp(name) {
  return `${name.replace(/-/g, "_")}.wsgi:application`;
}
var djangoDocker = {
  template: "docker/django/Dockerfile.hbs",
  ignore: "python",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options) => pythonContext(
    options,
    [`gunicorn==${TOOL_VERSIONS.gunicorn}`],
    ["gunicorn", "--bind", `0.0.0.0:${options.backend.port}`, "--access-logfile", "-", djangoWsgiApp(options.name)],
    options.backend.port,
    options.deploy.healthPath
  )
};

// src/stacks/express/docker.ts
var expressDocker = {
  template: "docker/express/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm3 = nodeInstall(options.backend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.backend.version, "backend.version"),
      pm: pm3,
      // TypeScript apps build, plain JavaScript apps have no build script: run it only when declared.
      build: `if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${pm3.run("build")}; fi`,
      port: options.backend.port,
      healthcheck: execForm(nodeHealthcheck(options.backend.port, options.deploy.healthPath)),
      cmd: execForm(["node", "."])
    };
  }
};

// src/stacks/fastapi/docker.ts
var FASTAPI_APP = "app.main:app";
var fastapiDocker = {
  template: "docker/fastapi/Dockerfile.hbs",
  ignore: "python",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options) => pythonContext(
    options,
    [`gunicorn==${TOOL_VERSIONS.gunicorn}`, `uvicorn-worker==${TOOL_VERSIONS["uvicorn-worker"]}`],
    [
      "gunicorn",
      "--bind",
      `0.0.0.0:${options.backend.port}`,
      "--worker-class",
      "uvicorn_worker.UvicornWorker",
      "--access-logfile",
      "-",
      FASTAPI_APP
    ],
    options.backend.port,
    options.deploy.healthPath
  )
};

// src/stacks/nestjs/docker.ts
var nestjsDocker = {
  template: "docker/nestjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm3 = nodeInstall(options.backend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.backend.version, "backend.version"),
      pm: pm3,
      build: pm3.run("build"),
      port: options.backend.port,
      healthcheck: execForm(nodeHealthcheck(options.backend.port, options.deploy.healthPath)),
      cmd: execForm(["node", "dist/main.js"])
    };
  }
};

// src/stacks/nextjs/docker.ts
var NEXTJS_PORT = 3e3;
var nextjsDocker = {
  template: "docker/nextjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: () => "/",
  port: () => NEXTJS_PORT,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm3 = nodeInstall(options.frontend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.frontend.nodeVersion, "frontend.nodeVersion"),
      pm: pm3,
      build: pm3.run("build"),
      port: NEXTJS_PORT,
      healthcheck: execForm(nodeHealthcheck(NEXTJS_PORT, "/")),
      cmd: execForm(["node", layout.inService("server.js")])
    };
  }
};

// src/components/docker/strategies.ts
var BACKEND_DOCKER = {
  django: djangoDocker,
  fastapi: fastapiDocker,
  express: expressDocker,
  nestjs: nestjsDocker
};
var FRONTEND_DOCKER = {
  nextjs: nextjsDocker,
  "react-vite": reactViteDocker
};

// src/components/docker/image-builds.ts
var joinPath = (dir, file) => dir === "." ? file : `${dir}/${file}`;
function relativeTo(context2, dir, key) {
  const rel = posix.relative(context2 === "." ? "" : context2, dir === "." ? "" : dir);
  if (rel.startsWith("..")) throw badInput(`${key}.context: "${context2}" must contain ${key}.dir "${dir}" (it is the folder the build starts from)`);
  return rel === "" ? "." : rel;
}
function imageBuilds(options) {
  const shared = options.backend.kind !== "none" && options.frontend.kind !== "none" && options.backend.dir === options.frontend.dir;
  const builds = [];
  const add = (role, dir, context2, strategy) => {
    const workspaceDir = relativeTo(context2, dir, role);
    const name = shared ? `Dockerfile.${role}` : "Dockerfile";
    builds.push({
      role,
      dir,
      context: context2,
      dockerfile: joinPath(workspaceDir, name),
      workspaceDir,
      strategy,
      port: strategy.port(options),
      healthPath: strategy.healthPath(options)
    });
  };
  const { backend, frontend } = options;
  if (backend.kind !== "none") {
    if (backend.context !== backend.dir && (backend.kind === "django" || backend.kind === "fastapi")) {
      throw badInput(`backend.context: a separate build context is supported for Node.js services; ${backend.kind} builds from backend.dir`);
    }
    add("backend", backend.dir, backend.context, BACKEND_DOCKER[backend.kind]);
  }
  if (frontend.kind !== "none") add("frontend", frontend.dir, frontend.context ?? frontend.dir, FRONTEND_DOCKER[frontend.kind]);
  return builds;
}
function dockerfilePath(build) {
  return joinPath(build.context, build.dockerfile);
}
function dockerignorePath(build) {
  return build.dockerfile === "Dockerfile" ? joinPath(build.context, ".dockerignore") : `${dockerfilePath(build)}.dockerignore`;
}

// src/components/docker/containers-doc.ts
var SERVERS = {
  django: "gunicorn (sync workers, `WEB_CONCURRENCY` of them)",
  fastapi: "gunicorn with `uvicorn_worker.UvicornWorker` workers (`WEB_CONCURRENCY` of them)",
  express: "`node .` (package.json `main`) with `NODE_ENV=production`",
  nestjs: "`node dist/main.js` with `NODE_ENV=production`",
  nextjs: "`node server.js` from the standalone build",
  "react-vite": "nginx-unprivileged serving `dist/`, SPA fallback to `index.html`"
};
function containersDoc(options, builds) {
  const images = builds.map((b) => {
    const kind = b.role === "backend" ? options.backend.kind : options.frontend.kind;
    return {
      role: b.role,
      kind,
      dockerfile: dockerfilePath(b),
      context: b.context,
      server: SERVERS[kind] ?? kind,
      port: b.port,
      healthPath: b.healthPath,
      packageManager: b.role === "backend" ? options.backend.packageManager : options.frontend.packageManager
    };
  });
  return {
    kind: "text",
    path: "docs/containers.md",
    component: "docker",
    comment: "html",
    text: renderTemplate("docs/containers.md.hbs", {
      images,
      django: options.backend.kind === "django",
      fastapi: options.backend.kind === "fastapi",
      nextjs: options.frontend.kind === "nextjs",
      reactVite: options.frontend.kind === "react-vite",
      pythonBackend: options.backend.kind === "django" || options.backend.kind === "fastapi",
      nodeBackend: options.backend.kind === "express" || options.backend.kind === "nestjs",
      healthPath: options.deploy.healthPath,
      workspace: builds.some((b) => b.workspaceDir !== "."),
      wsgiApp: djangoWsgiApp(options.name),
      asgiApp: FASTAPI_APP
    })
  };
}

// src/components/docker/index.ts
var COMPONENT = "docker";
function buildFiles(options, build) {
  const files = [
    {
      kind: "text",
      path: dockerfilePath(build),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate(build.strategy.template, build.strategy.context(options, build))
    },
    {
      kind: "text",
      path: dockerignorePath(build),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate(`docker/${build.strategy.ignore}.dockerignore.hbs`, {})
    }
  ];
  if (build.role === "frontend" && options.frontend.kind === "react-vite") {
    files.push({
      kind: "text",
      path: joinPath(build.dir, SPA_CONF_PATH),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate("docker/react-vite/nginx-spa.conf.hbs", { port: REACT_VITE_PORT })
    });
  }
  return files;
}
var docker = {
  name: COMPONENT,
  description: "Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",
  render: (options) => {
    const builds = imageBuilds(options);
    if (builds.length === 0) return [];
    return [...builds.flatMap((b) => buildFiles(options, b)), containersDoc(options, builds)];
  }
};

// src/components/ci/runner.ts
var RUNNER = "ubuntu-24.04";
var READ_CONTENTS = { contents: "read" };
function job(name, timeoutMinutes, steps, more = {}) {
  return { name, "runs-on": RUNNER, "timeout-minutes": timeoutMinutes, permissions: { ...READ_CONTENTS }, ...more, steps };
}
function inServiceDir(dir) {
  return dir === "." ? {} : { defaults: { run: { "working-directory": dir } } };
}

// src/components/ci/service-containers.ts
var DATABASE = "app";
function serviceContainers(options) {
  const services = {};
  if (options.database === "postgres" || options.database === "postgis") {
    services.postgres = {
      image: databaseImage(options),
      env: { POSTGRES_DB: DATABASE, POSTGRES_HOST_AUTH_METHOD: "trust" },
      ports: ["5432:5432"],
      options: '--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'
    };
  }
  if (options.cache === "redis") {
    services.redis = {
      image: pinnedImage("redis:7-alpine"),
      ports: ["6379:6379"],
      options: '--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'
    };
  }
  return services;
}
function serviceEnv(options) {
  const env = {};
  if (options.database === "postgres" || options.database === "postgis") env.DATABASE_URL = `postgres://postgres@localhost:5432/${DATABASE}`;
  if (options.cache === "redis") env.REDIS_URL = "redis://localhost:6379/0";
  return env;
}

// src/components/ci/image-jobs.ts
var ghcrImage = (role) => `ghcr.io/\${{ github.repository }}/${role}`;
var ON_DEFAULT_BRANCH = "github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";
var localTag = (build) => `ci-${build.role}:latest`;
function buildStep(build, push, extra = {}) {
  return {
    id: push ? "push" : "build",
    name: push ? "Build and push" : "Build image",
    uses: pinnedAction("docker/build-push-action"),
    with: {
      context: build.context,
      file: dockerfilePath(build),
      // BuildKit layer cache in the Actions cache, one scope per image so they don't evict each other.
      "cache-from": `type=gha,scope=${build.role}`,
      ...push ? {} : { "cache-to": `type=gha,mode=max,scope=${build.role}` },
      push,
      ...extra
    }
  };
}
function imageJob(build, options) {
  const isBackend = build.role === "backend";
  const services = isBackend ? serviceContainers(options) : {};
  const appEnv = isBackend ? Object.keys(serviceEnv(options)) : [];
  const run = [
    "docker run --detach --name app --network host \\",
    ...appEnv.map((name) => `  --env ${name} \\`),
    '  "$IMAGE"'
  ].join("\n");
  const url = `http://localhost:${build.port}`;
  return job(`Image ${build.role}: build and performance smoke test`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    buildStep(build, false, { load: true, tags: localTag(build) }),
    runStep("start", "Start the container", run, { env: { IMAGE: localTag(build), ...isBackend ? serviceEnv(options) : {} } }),
    // Polls with curl's own retries instead of a fixed sleep: fast when the app is fast.
    runStep(
      "wait-healthy",
      "Wait until healthy",
      'curl --fail --silent --show-error --retry 30 --retry-delay 2 --retry-all-errors --max-time 5 "$HEALTH_URL"',
      { env: { HEALTH_URL: `${url}${build.healthPath}` } }
    ),
    { id: "setup-k6", name: "Set up k6", uses: pinnedAction("grafana/setup-k6-action") },
    runStep("perf-smoke", "Performance smoke test (k6)", "k6 run perf/smoke.js", { env: { BASE_URL: url, SMOKE_PATHS: build.healthPath } }),
    runStep("container-logs", "Container logs", "docker logs app", { if: "failure()" })
  ], Object.keys(services).length > 0 ? { services } : {});
}
function publishJob(build, needs) {
  return job(`Publish ${build.role} image to GHCR`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    {
      id: "login",
      name: "Log in to GHCR",
      uses: pinnedAction("docker/login-action"),
      with: { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" }
    },
    {
      id: "meta",
      name: "Image tags and labels",
      uses: pinnedAction("docker/metadata-action"),
      with: {
        images: ghcrImage(build.role),
        tags: ["type=sha,format=long", "type=raw,value=latest,enable={{is_default_branch}}"].join("\n")
      }
    },
    buildStep(build, true, { tags: "${{ steps.meta.outputs.tags }}", labels: "${{ steps.meta.outputs.labels }}" })
  ], { needs: [...needs], if: ON_DEFAULT_BRANCH, permissions: { contents: "read", packages: "write" } });
}

// src/components/ci/perf-smoke.ts
var PERF_SMOKE = { vus: 5, duration: "30s", p95Ms: 500, maxErrorRate: 0.01 };
var PERF_SMOKE_PATH = "perf/smoke.js";
function perfSmokeFile(primary) {
  return {
    kind: "text",
    path: PERF_SMOKE_PATH,
    component: "ci",
    comment: "slash",
    text: renderTemplate("ci/k6-smoke.js.hbs", { ...PERF_SMOKE, port: primary.port, paths: [primary.healthPath] })
  };
}

// src/components/ci/service-jobs.ts
var title = (s) => s.ctx.dir === "." ? s.stack.title : `${s.stack.title} (${s.ctx.dir})`;
function prepare(s) {
  return [checkoutStep(), ...s.stack.ci.setup(s.ctx), runStep("install", "Install dependencies", s.stack.ci.install(s.ctx))];
}
function checksJob(s) {
  const { ci: ci2 } = s.stack;
  return job(`${title(s)}: lint, type-check, unit tests`, 20, [
    ...prepare(s),
    runStep("lint", "Lint", ci2.lint(s.ctx)),
    runStep("typecheck", "Type-check", ci2.typecheck(s.ctx)),
    runStep("unit-tests", "Unit tests", ci2.unitTest(s.ctx)),
    // A library ships its build: building is part of its checks (frontends build in the bundle job).
    ...s.role === "library" && ci2.build ? [runStep("build", "Build", ci2.build(s.ctx))] : []
  ], inServiceDir(s.ctx.dir));
}
function integrationJob(s, options) {
  const { ci: ci2 } = s.stack;
  if (!ci2.integrationTest) return void 0;
  const hasDatabase2 = options.database !== "none";
  const steps = [...prepare(s)];
  const migrate = hasDatabase2 ? ci2.migrate?.(s.ctx) : void 0;
  if (migrate) steps.push(runStep("migrate", "Apply migrations", migrate));
  const check = hasDatabase2 ? ci2.migrationCheck?.(s.ctx) : void 0;
  if (check) steps.push(runStep("migration-check", "Check for missing migrations", check));
  steps.push(runStep("integration-tests", "Integration tests", ci2.integrationTest(s.ctx)));
  const services = serviceContainers(options);
  const env = serviceEnv(options);
  return job(`${title(s)}: migrations and integration tests`, 30, steps, {
    ...inServiceDir(s.ctx.dir),
    ...Object.keys(services).length > 0 ? { services, env } : {}
  });
}
function bundleBudgetJob(s, budgetKb) {
  const { ci: ci2 } = s.stack;
  if (!ci2.build || !ci2.bundleDir) return void 0;
  const budget = [
    'if [ ! -d "$BUNDLE_DIR" ]; then',
    '  echo "::error::No build output in $BUNDLE_DIR"',
    "  exit 1",
    "fi",
    `total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec cat {} + | wc -c)`,
    "total_kb=$(( (total_bytes + 1023) / 1024 ))",
    'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB)" >> "$GITHUB_STEP_SUMMARY"',
    'if [ "$total_kb" -gt "$BUDGET_KB" ]; then',
    '  echo "::error::The client bundle is ${total_kb} KiB, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',
    "  exit 1",
    "fi"
  ].join("\n");
  return job(`${title(s)}: build and bundle budget`, 20, [
    ...prepare(s),
    runStep("build", "Production build", ci2.build(s.ctx)),
    runStep("bundle-budget", "Bundle-size budget", budget, { env: { BUNDLE_DIR: ci2.bundleDir, BUDGET_KB: String(budgetKb) } })
  ], inServiceDir(s.ctx.dir));
}

// src/stacks/python-commands.ts
var pm = (ctx) => {
  if (ctx.packageManager === "pip" || ctx.packageManager === "poetry" || ctx.packageManager === "uv") return ctx.packageManager;
  throw new Error(`${ctx.packageManager} is not a Python package manager`);
};
var PYTHON_CHECK_TOOLS = ["ruff", "mypy", "pytest"];
function pythonInstall(ctx) {
  const deps = {
    uv: ["uv sync --locked"],
    poetry: ["poetry install --no-interaction"],
    pip: ["python -m pip install -r requirements.txt", "if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]
  }[pm(ctx)];
  const pipInstall = { uv: "uv pip install", poetry: "poetry run python -m pip install", pip: "python -m pip install" }[pm(ctx)];
  const pins = PYTHON_CHECK_TOOLS.map((tool) => `${tool}==${TOOL_VERSIONS[tool]}`).join(" ");
  return [
    ...deps,
    "missing=()",
    `for tool in ${pins}; do`,
    `  ${pythonModulePrefix(ctx)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,
    "done",
    `if [ "\${#missing[@]}" -gt 0 ]; then ${pipInstall} "\${missing[@]}"; fi`
  ].join("\n");
}
function pythonModulePrefix(ctx) {
  return { uv: "uv run --locked ", poetry: "poetry run ", pip: "" }[pm(ctx)];
}
function pytestRun(ctx, args) {
  return [
    "status=0",
    `${pythonModule(ctx, `pytest${args ? ` ${args}` : ""}`)} || status=$?`,
    'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi',
    'exit "$status"'
  ].join("\n");
}
function pythonModule(ctx, moduleAndArgs) {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked python -m ${moduleAndArgs}`;
    case "poetry":
      return `poetry run python -m ${moduleAndArgs}`;
    case "pip":
      return `python -m ${moduleAndArgs}`;
  }
}
function pythonScript(ctx, scriptAndArgs) {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked python ${scriptAndArgs}`;
    case "poetry":
      return `poetry run python ${scriptAndArgs}`;
    case "pip":
      return `python ${scriptAndArgs}`;
  }
}
function pythonTool(ctx, toolAndArgs) {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked ${toolAndArgs}`;
    case "poetry":
      return `poetry run ${toolAndArgs}`;
    case "pip":
      return toolAndArgs;
  }
}
var pythonCi = {
  codeqlLanguage: "python",
  // Same Poetry as the Docker images build with.
  setup: (ctx) => pythonSetupSteps(pm(ctx), ctx.runtimeVersion, ctx.dir, TOOL_VERSIONS.poetry),
  install: pythonInstall,
  lint: (ctx) => [pythonModule(ctx, "ruff check ."), pythonModule(ctx, "ruff format --check .")].join("\n"),
  typecheck: (ctx) => pythonModule(ctx, "mypy ."),
  unitTest: (ctx) => pytestRun(ctx, '-m "not integration"'),
  // The whole suite, integration-marked tests included, against the real services.
  integrationTest: (ctx) => pytestRun(ctx, "")
};

// src/stacks/django/ci.ts
var djangoCi = {
  ...pythonCi,
  migrate: (ctx) => pythonScript(ctx, "manage.py migrate --noinput"),
  // https://docs.djangoproject.com/en/stable/ref/django-admin/#cmdoption-makemigrations-check
  migrationCheck: (ctx) => pythonScript(ctx, "manage.py makemigrations --check --dry-run")
};

// src/stacks/node-commands.ts
var pm2 = (ctx) => {
  if (ctx.packageManager === "npm" || ctx.packageManager === "pnpm" || ctx.packageManager === "yarn" || ctx.packageManager === "bun") return ctx.packageManager;
  throw new Error(`${ctx.packageManager} is not a Node.js package manager`);
};
function nodeInstall2(ctx) {
  switch (pm2(ctx)) {
    case "npm":
      return "npm ci";
    case "pnpm":
      return "pnpm install --frozen-lockfile";
    case "yarn":
      return ["if [ -f .yarnrc.yml ]; then", "  yarn install --immutable", "else", "  yarn install --frozen-lockfile", "fi"].join("\n");
    case "bun":
      return "bun install --frozen-lockfile";
  }
}
function nodeScript(ctx, script2) {
  return `${pm2(ctx)} run ${script2}`;
}
function nodeScriptIfPresent(ctx, script2) {
  switch (pm2(ctx)) {
    case "npm":
    case "pnpm":
    case "bun":
      return `${pm2(ctx)} run --if-present ${script2}`;
    case "yarn":
      return [
        `if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${script2}; then`,
        `  yarn run ${script2}`,
        "else",
        `  echo "::notice::package.json has no ${script2} script: skipped"`,
        "fi"
      ].join("\n");
  }
}
function nodeTypecheck(ctx, tscArgs) {
  return [
    "if [ -f tsconfig.json ]; then",
    `  ${nodeExec(ctx, `tsc ${tscArgs}`)}`,
    "else",
    '  echo "::notice::no tsconfig.json: type-check skipped"',
    "fi"
  ].join("\n");
}
function nodeExec(ctx, binAndArgs) {
  switch (pm2(ctx)) {
    case "npm":
      return `npx --no-install ${binAndArgs}`;
    case "pnpm":
      return `pnpm exec ${binAndArgs}`;
    case "yarn":
      return `yarn run ${binAndArgs}`;
    case "bun":
      return `bun run ${binAndArgs}`;
  }
}
var TYPEORM = "typeorm-ts-node-commonjs";
var TYPEORM_DATA_SOURCE = "src/data-source.ts";
function nodeMigrate(ctx) {
  switch (ctx.orm) {
    case "prisma":
      return nodeExec(ctx, "prisma migrate deploy");
    case "typeorm":
      return nodeExec(ctx, `${TYPEORM} migration:run -d ${TYPEORM_DATA_SOURCE}`);
    case "none":
      return void 0;
  }
}
function nodeMigrationCheck(ctx) {
  switch (ctx.orm) {
    case "prisma":
      return nodeExec(ctx, 'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');
    case "typeorm":
      return nodeExec(ctx, `${TYPEORM} migration:generate src/migrations/ci-check -d ${TYPEORM_DATA_SOURCE} --check`);
    case "none":
      return void 0;
  }
}
var nodeCi = {
  codeqlLanguage: "javascript-typescript",
  setup: (ctx) => nodeSetupSteps(pm2(ctx), ctx.runtimeVersion, ctx.dir),
  install: nodeInstall2,
  lint: (ctx) => nodeScriptIfPresent(ctx, "lint"),
  typecheck: (ctx) => nodeTypecheck(ctx, "--noEmit"),
  unitTest: (ctx) => nodeScriptIfPresent(ctx, "test"),
  migrate: nodeMigrate,
  migrationCheck: nodeMigrationCheck
};

// src/stacks/express/ci.ts
var expressCi = {
  ...nodeCi,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:integration")
};

// src/stacks/fastapi/ci.ts
var fastapiCi = {
  ...pythonCi,
  migrate: (ctx) => pythonTool(ctx, "alembic upgrade head"),
  // https://alembic.sqlalchemy.org/en/latest/autogenerate.html#running-alembic-check-to-test-for-new-upgrade-operations
  migrationCheck: (ctx) => pythonTool(ctx, "alembic check")
};

// src/stacks/nestjs/ci.ts
var nestjsCi = {
  ...nodeCi,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:e2e"),
  build: (ctx) => nodeScript(ctx, "build")
};

// src/stacks/nextjs/ci.ts
var nextjsCi = {
  ...nodeCi,
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: ".next/static"
};

// src/stacks/node-library/ci.ts
var nodeLibraryCi = {
  ...nodeCi,
  build: (ctx) => nodeScript(ctx, "build")
};

// src/stacks/react-vite/ci.ts
var reactViteCi = {
  ...nodeCi,
  typecheck: (ctx) => nodeTypecheck(ctx, "-b"),
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: "dist"
};

// src/stacks/index.ts
var STACKS = {
  django: { id: "django", role: "backend", language: "python", title: "Django", ci: djangoCi },
  fastapi: { id: "fastapi", role: "backend", language: "python", title: "FastAPI", ci: fastapiCi },
  express: { id: "express", role: "backend", language: "node", title: "Express", ci: expressCi },
  nestjs: { id: "nestjs", role: "backend", language: "node", title: "NestJS", ci: nestjsCi },
  nextjs: { id: "nextjs", role: "frontend", language: "node", title: "Next.js", ci: nextjsCi },
  "react-vite": { id: "react-vite", role: "frontend", language: "node", title: "React (Vite)", ci: reactViteCi },
  "node-library": { id: "node-library", role: "library", language: "node", title: "Node.js library", ci: nodeLibraryCi }
};

// src/components/ci/stack-context.ts
function servicesUnderTest(options) {
  const services = [];
  const shared = { database: options.database, cache: options.cache };
  if (options.backend.kind !== "none") {
    services.push({
      role: "backend",
      stack: STACKS[options.backend.kind],
      ctx: { dir: options.backend.dir, packageManager: options.backend.packageManager, runtimeVersion: options.backend.version, orm: options.backend.orm, ...shared }
    });
  }
  if (options.frontend.kind !== "none") {
    services.push({
      role: "frontend",
      stack: STACKS[options.frontend.kind],
      ctx: { dir: options.frontend.dir, packageManager: options.frontend.packageManager, runtimeVersion: options.frontend.nodeVersion, orm: "none", ...shared }
    });
  }
  if (options.library.kind === "node") {
    services.push({
      role: "library",
      stack: STACKS["node-library"],
      ctx: { dir: options.library.dir, packageManager: options.library.packageManager, runtimeVersion: options.library.nodeVersion, orm: "none", ...shared }
    });
  }
  return services;
}

// src/components/ci/index.ts
function driftJob() {
  return job("Baseline drift check", 10, [
    checkoutStep(),
    { id: "setup-node", name: "Set up Node.js", uses: pinnedAction("actions/setup-node"), with: { "node-version": "22" } },
    runStep("check", "create-devops-baseline check", `npx --yes create-devops-baseline@${TOOL_VERSION} check`)
  ]);
}
function ciWorkflow(options) {
  const jobs = {};
  for (const s of servicesUnderTest(options)) {
    jobs[`${s.role}-checks`] = checksJob(s);
    const integration = s.role === "backend" ? integrationJob(s, options) : void 0;
    if (integration) jobs[`${s.role}-integration`] = integration;
    const budget = s.role === "frontend" ? bundleBudgetJob(s, options.frontend.bundleBudgetKb) : void 0;
    if (budget) jobs[`${s.role}-bundle`] = budget;
  }
  const builds = imageBuilds(options);
  for (const build of builds) jobs[`${build.role}-image`] = imageJob(build, options);
  jobs.drift = driftJob();
  const gates = Object.keys(jobs);
  for (const build of builds) jobs[`${build.role}-publish`] = publishJob(build, gates);
  return {
    name: "CI",
    on: { push: { branches: ["main"] }, pull_request: null, workflow_dispatch: null },
    permissions: {},
    // A new push to a pull request cancels its superseded run; runs on main always finish.
    concurrency: { group: "ci-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    defaults: { run: { shell: "bash" } },
    jobs
  };
}
var ci = {
  name: "ci",
  description: "ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",
  render: (options) => {
    const files = [{ kind: "yaml", path: ".github/workflows/ci.yml", component: "ci", data: ciWorkflow(options) }];
    const primary = imageBuilds(options)[0];
    if (primary) files.push(perfSmokeFile(primary));
    return files;
  }
};

// src/components/dependency-updates/index.ts
import { posix as posix2 } from "node:path";
function updateTargets(options) {
  const targets = [];
  const { backend, frontend } = options;
  if (backend.kind === "django" || backend.kind === "fastapi") {
    const pm3 = backend.packageManager;
    const ecosystem = pm3 === "uv" ? "uv" : "pip";
    targets.push({ ecosystem, renovate: pm3 === "uv" ? "pep621" : pm3 === "poetry" ? "poetry" : "pip_requirements", directory: backend.dir });
  } else if (backend.kind !== "none") {
    targets.push(nodeTarget(backend.packageManager, backend.dir));
  }
  if (frontend.kind !== "none") targets.push(nodeTarget(frontend.packageManager, frontend.dir));
  if (options.library.kind !== "none") targets.push(nodeTarget(options.library.packageManager, options.library.dir));
  for (const build of imageBuilds(options)) targets.push({ ecosystem: "docker", renovate: "dockerfile", directory: posix2.dirname(dockerfilePath(build)) });
  if (!options.exclude.includes("compose")) targets.push({ ecosystem: "docker-compose", renovate: "docker-compose", directory: "." });
  targets.push({ ecosystem: "github-actions", renovate: "github-actions", directory: "." });
  const seen = /* @__PURE__ */ new Set();
  return targets.filter((t) => {
    const key = `${t.ecosystem}:${t.directory}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function nodeTarget(pm3, directory) {
  return pm3 === "bun" ? { ecosystem: "bun", renovate: "bun", directory } : { ecosystem: "npm", renovate: "npm", directory };
}
var asDependabotDir = (dir) => dir === "." ? "/" : `/${dir}`;
function dependabotConfig(options) {
  const updates = updateTargets(options).map((t) => ({
    "package-ecosystem": t.ecosystem,
    directory: asDependabotDir(t.directory),
    schedule: { interval: "weekly", day: "monday", time: "05:00", timezone: "Etc/UTC" },
    "open-pull-requests-limit": 10,
    // One PR per ecosystem and directory for all minor and patch bumps; majors stay separate PRs.
    groups: {
      [`${t.ecosystem}-minor-and-patch`]: { "applies-to": "version-updates", "update-types": ["minor", "patch"] }
    },
    labels: ["dependencies"],
    "commit-message": { prefix: "deps", include: "scope" }
  }));
  return { kind: "yaml", path: ".github/dependabot.yml", component: "dependency-updates", data: { version: 2, updates } };
}
function renovateConfig(options) {
  const targets = updateTargets(options);
  return {
    kind: "json",
    path: "renovate.json",
    component: "dependency-updates",
    data: {
      $schema: "https://docs.renovatebot.com/renovate-schema.json",
      // helpers:pinGitHubActionDigests keeps actions on SHAs with the version comment, as generated.
      extends: ["config:recommended", "helpers:pinGitHubActionDigests"],
      schedule: ["before 6am on monday"],
      timezone: "Etc/UTC",
      labels: ["dependencies"],
      enabledManagers: [...new Set(targets.map((t) => t.renovate))],
      packageRules: [{ matchUpdateTypes: ["minor", "patch"], groupName: "minor and patch updates" }]
    }
  };
}
var dependencyUpdates = {
  name: "dependency-updates",
  description: "Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",
  render: (options) => [options.dependencyUpdates === "renovate" ? renovateConfig(options) : dependabotConfig(options)]
};

// src/components/security/trivy-jobs.ts
var SARIF_PERMISSIONS = { contents: "read", "security-events": "write" };
function trivySteps(target, name, options) {
  const sarif = `trivy-${name}.sarif`;
  const scanRef = target.kind === "image" ? { "image-ref": target.ref } : { "scan-ref": "." };
  return [
    {
      id: "trivy",
      name: `Trivy ${target.kind} scan`,
      uses: pinnedAction("aquasecurity/trivy-action"),
      with: {
        "scan-type": target.kind,
        ...scanRef,
        severity: options.securitySeverity.join(","),
        // Only what a fix exists for can fail a build: the team can act on every finding.
        "ignore-unfixed": true,
        "exit-code": "1",
        format: "sarif",
        output: sarif,
        // Without this the SARIF lists every severity, not the ones that fail the job.
        "limit-severities-for-sarif": true
      }
    },
    {
      id: "upload-sarif",
      name: "Upload results to code scanning",
      if: "${{ !cancelled() }}",
      uses: pinnedAction("github/codeql-action/upload-sarif"),
      with: { "sarif_file": sarif, category: `trivy-${name}` }
    }
  ];
}
function trivyRepoJob(kind, options) {
  const title2 = kind === "fs" ? "Trivy: dependencies and secrets in the repository" : "Trivy: Dockerfile, compose and IaC misconfigurations";
  return job(title2, 15, [checkoutStep(), ...trivySteps({ kind }, kind, options)], { permissions: { ...SARIF_PERMISSIONS } });
}
function trivyImageJob(build, options) {
  const ref = `scan-${build.role}:latest`;
  return job(`Trivy: ${build.role} image`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    {
      id: "build",
      name: "Build image",
      uses: pinnedAction("docker/build-push-action"),
      with: { context: build.context, file: dockerfilePath(build), "cache-from": `type=gha,scope=${build.role}`, load: true, push: false, tags: ref }
    },
    ...trivySteps({ kind: "image", ref }, `image-${build.role}`, options)
  ], { permissions: { ...SARIF_PERMISSIONS } });
}

// src/components/security/index.ts
function codeqlLanguages(options) {
  return [.../* @__PURE__ */ new Set([...servicesUnderTest(options).map((s) => s.stack.ci.codeqlLanguage), "actions"])];
}
function codeqlJob(options) {
  return job("CodeQL (${{ matrix.language }})", 30, [
    checkoutStep(),
    {
      id: "codeql-init",
      name: "Initialize CodeQL",
      uses: pinnedAction("github/codeql-action/init"),
      // Python, JavaScript/TypeScript and Actions are analysed from source, without a build.
      with: { languages: "${{ matrix.language }}", "build-mode": "none", queries: "security-extended" }
    },
    { id: "codeql-analyze", name: "Analyze", uses: pinnedAction("github/codeql-action/analyze"), with: { category: "/language:${{ matrix.language }}" } }
  ], {
    permissions: { contents: "read", actions: "read", "security-events": "write" },
    strategy: { "fail-fast": false, matrix: { language: codeqlLanguages(options) } }
  });
}
var REVIEW_SEVERITY = { UNKNOWN: "low", LOW: "low", MEDIUM: "moderate", HIGH: "high", CRITICAL: "critical" };
var ORDER = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
function reviewSeverity(severities) {
  const lowest = [...severities].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? "HIGH";
  return REVIEW_SEVERITY[lowest];
}
function dependencyReviewJob(options) {
  return job("Dependency review", 10, [
    checkoutStep(),
    { id: "dependency-review", name: "Review dependency changes", uses: pinnedAction("actions/dependency-review-action"), with: { "fail-on-severity": reviewSeverity(options.securitySeverity) } }
  ], { if: "github.event_name == 'pull_request'" });
}
function gitleaksJob() {
  return job("Secret scanning (gitleaks)", 15, [
    checkoutStep({ "fetch-depth": 0 }),
    {
      id: "gitleaks",
      name: "gitleaks",
      uses: pinnedAction("gitleaks/gitleaks-action"),
      env: {
        GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}",
        GITLEAKS_LICENSE: "${{ secrets.GITLEAKS_LICENSE }}",
        // PR comments would need pull-requests: write; the job log and failure are enough.
        GITLEAKS_ENABLE_COMMENTS: "false"
      }
    }
  ], { permissions: { contents: "read", "pull-requests": "read" } });
}
function securityWorkflow(options) {
  const jobs = {
    "trivy-fs": trivyRepoJob("fs", options),
    "trivy-config": trivyRepoJob("config", options)
  };
  for (const build of imageBuilds(options)) jobs[`trivy-image-${build.role}`] = trivyImageJob(build, options);
  jobs.codeql = codeqlJob(options);
  jobs["dependency-review"] = dependencyReviewJob(options);
  jobs.gitleaks = gitleaksJob();
  return {
    name: "Security",
    on: {
      push: { branches: ["main"] },
      pull_request: null,
      // Weekly, so new CVEs in unchanged dependencies and images still surface.
      schedule: [{ cron: "23 4 * * 1" }],
      workflow_dispatch: null
    },
    permissions: {},
    concurrency: { group: "security-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    jobs
  };
}
var security = {
  name: "security",
  description: "security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",
  render: (options) => [{ kind: "yaml", path: ".github/workflows/security.yml", component: "security", data: securityWorkflow(options) }]
};

// src/components/database-guidance/settings.ts
var POSTGRES_SETTINGS = [
  ["statement_timeout", "30s", "cancels any statement running longer; override per role or session for migrations and reports"],
  ["idle_in_transaction_session_timeout", "60s", "ends sessions that hold a transaction (and its locks) open while idle"],
  ["lock_timeout", "10s", "fails fast instead of queueing behind a long lock"],
  ["log_min_duration_statement", "500ms", "slow-query log: every statement slower than this, with its duration"],
  ["log_lock_waits", "on", "logs waits longer than deadlock_timeout (1s)"],
  ["log_temp_files", "10MB", "logs sorts and hashes that spill to disk"],
  ["max_connections", "100", "pgbouncer multiplexes clients, so the server keeps few backends"]
];
function postgresCommand() {
  return ["postgres", ...POSTGRES_SETTINGS.flatMap(([name, value]) => ["-c", `${name}=${value}`])];
}
var POOL = {
  mode: "transaction",
  maxClientConn: 500,
  defaultPoolSize: 20,
  reservePoolSize: 5,
  /** Per app process, below pgbouncer's pool: several processes share one pool. */
  appPoolSize: 5
};

// src/components/compose/env-vars.ts
var usesPostgres = (o) => o.database === "postgres" || o.database === "postgis";
function envVars(options) {
  const vars = [];
  const add = (section, name, description, example, secret = false) => vars.push({ section, name, description, example, secret });
  if (usesPostgres(options)) {
    add("PostgreSQL", "POSTGRES_USER", "Role the application connects as (created on first start).", options.name.replace(/-/g, "_"));
    add("PostgreSQL", "POSTGRES_PASSWORD", "Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.", "", true);
    add("PostgreSQL", "POSTGRES_DB", "Database created on first start.", options.name.replace(/-/g, "_"));
  }
  if (options.cache === "redis") {
    add("Redis", "REDIS_PASSWORD", "Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.", "", true);
  }
  if (options.objectStorage === "minio") {
    add("MinIO", "MINIO_ROOT_USER", "MinIO administrator name; the app uses it in development.", "minioadmin");
    add("MinIO", "MINIO_ROOT_PASSWORD", "MinIO administrator password, at least 8 characters.", "", true);
  }
  if (options.objectStorage !== "none" && options.backend.kind !== "none") {
    add("Object storage", "S3_BUCKET", "Bucket the application stores files in.", options.name);
  }
  if (options.backend.kind === "django") {
    add("Django", "DJANGO_SECRET_KEY", "Django SECRET_KEY: signs sessions and tokens.", "", true);
    add("Django", "DJANGO_ALLOWED_HOSTS", "Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.", "localhost,127.0.0.1");
  }
  if (options.backend.kind !== "none") {
    add("Production images (compose.prod.yml)", "BACKEND_IMAGE", "Backend image to run, by tag or digest (CI pushes it to GHCR).", `ghcr.io/your-org/${options.name}-backend:latest`);
  }
  if (options.frontend.kind !== "none") {
    add("Production images (compose.prod.yml)", "FRONTEND_IMAGE", "Frontend image to run, by tag or digest (CI pushes it to GHCR).", `ghcr.io/your-org/${options.name}-frontend:latest`);
  }
  return vars;
}
function required(name) {
  return `\${${name}:?set ${name} in .env}`;
}

// src/components/compose/data-services.ts
var DB_SERVICE = "db";
var REDIS_SERVICE = "redis";
var MINIO_SERVICE = "minio";
var PGBOUNCER_SERVICE = "pgbouncer";
function healthcheck(test, startPeriod = "10s") {
  return { test, interval: "10s", timeout: "5s", retries: 5, start_period: startPeriod };
}
var usesPostgres2 = (o) => o.database === "postgres" || o.database === "postgis";
function postgresService(options) {
  return {
    image: databaseImage(options),
    command: postgresCommand(),
    environment: {
      POSTGRES_USER: required("POSTGRES_USER"),
      POSTGRES_PASSWORD: required("POSTGRES_PASSWORD"),
      POSTGRES_DB: required("POSTGRES_DB")
    },
    volumes: ["db-data:/var/lib/postgresql/data"],
    // $$ reaches the container as $, so the check reads the container's own environment.
    healthcheck: healthcheck(["CMD-SHELL", 'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'], "20s"),
    stop_grace_period: "30s"
  };
}
function redisService() {
  return {
    image: pinnedImage("redis:7-alpine"),
    command: ["redis-server", "--requirepass", required("REDIS_PASSWORD")],
    // redis-cli reads the password from REDISCLI_AUTH, so it never shows in the process list.
    environment: { REDISCLI_AUTH: required("REDIS_PASSWORD") },
    volumes: ["redis-data:/data"],
    healthcheck: healthcheck(["CMD-SHELL", "redis-cli ping | grep -q PONG"])
  };
}
function minioService() {
  return {
    image: pinnedImage("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),
    command: ["server", "/data", "--console-address", ":9001"],
    environment: { MINIO_ROOT_USER: required("MINIO_ROOT_USER"), MINIO_ROOT_PASSWORD: required("MINIO_ROOT_PASSWORD") },
    volumes: ["minio-data:/data"],
    healthcheck: healthcheck(["CMD", "mc", "ready", "local"])
  };
}
function pgbouncerService() {
  return {
    image: pinnedImage("edoburu/pgbouncer:v1.25.1-p0"),
    environment: {
      DB_USER: required("POSTGRES_USER"),
      DB_PASSWORD: required("POSTGRES_PASSWORD"),
      AUTH_TYPE: "scram-sha-256"
    },
    volumes: ["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],
    depends_on: { [DB_SERVICE]: { condition: "service_healthy" } },
    healthcheck: healthcheck(["CMD", "pg_isready", "-h", "127.0.0.1", "-p", "5432"])
  };
}

// src/components/compose/app-services.ts
function backendEnvironment(options, databaseHost) {
  const env = {};
  if (usesPostgres2(options)) {
    env.DATABASE_URL = `postgres://${required("POSTGRES_USER")}:${required("POSTGRES_PASSWORD")}@${databaseHost}:5432/${required("POSTGRES_DB")}`;
  }
  if (options.cache === "redis") env.REDIS_URL = `redis://:${required("REDIS_PASSWORD")}@${REDIS_SERVICE}:6379/0`;
  if (options.objectStorage === "minio") {
    env.S3_ENDPOINT_URL = `http://${MINIO_SERVICE}:9000`;
    env.AWS_ACCESS_KEY_ID = required("MINIO_ROOT_USER");
    env.AWS_SECRET_ACCESS_KEY = required("MINIO_ROOT_PASSWORD");
  }
  if (options.objectStorage !== "none") env.S3_BUCKET = required("S3_BUCKET");
  if (options.backend.kind === "django") {
    env.DJANGO_SECRET_KEY = required("DJANGO_SECRET_KEY");
    env.DJANGO_ALLOWED_HOSTS = required("DJANGO_ALLOWED_HOSTS");
  }
  return env;
}
function backendDependencies(options, databaseService) {
  const deps = {};
  if (usesPostgres2(options)) deps[databaseService] = { condition: "service_healthy" };
  if (options.cache === "redis") deps[REDIS_SERVICE] = { condition: "service_healthy" };
  if (options.objectStorage === "minio") deps[MINIO_SERVICE] = { condition: "service_healthy" };
  return deps;
}
function appHealthcheck(build) {
  const url = `http://127.0.0.1:${build.port}${build.healthPath}`;
  if (build.strategy.ignore === "python") {
    return healthcheck(["CMD", "python", "-c", `import urllib.request; urllib.request.urlopen('${url}', timeout=4)`], "30s");
  }
  if (build.role === "frontend" && build.port === 8080) return healthcheck(["CMD", "wget", "-q", "--spider", url]);
  return healthcheck(["CMD", "node", "-e", `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`], "20s");
}
function frontendEnvironment(options, backend) {
  return options.frontend.kind === "nextjs" && backend ? { API_URL: `http://backend:${backend.port}` } : {};
}
function buildsByRole(options) {
  const builds = imageBuilds(options);
  return { backend: builds.find((b) => b.role === "backend"), frontend: builds.find((b) => b.role === "frontend") };
}

// src/components/compose/non-empty.ts
function nonEmpty(key, value) {
  return Object.keys(value).length > 0 ? { [key]: value } : {};
}

// src/components/compose/dev-compose.ts
var NETWORK = "app";
var buildContext = (dir) => dir === "." ? "." : `./${dir}`;
var local = (host, container) => `127.0.0.1:${host}:${container}`;
function buildDevCompose(options) {
  const services = {};
  const volumes = {};
  const { backend, frontend } = buildsByRole(options);
  if (backend) {
    services.backend = {
      build: { context: buildContext(backend.context), dockerfile: backend.dockerfile },
      ...nonEmpty("environment", backendEnvironment(options, DB_SERVICE)),
      ports: [local(backend.port, backend.port)],
      ...nonEmpty("depends_on", backendDependencies(options, DB_SERVICE)),
      healthcheck: appHealthcheck(backend),
      networks: [NETWORK]
    };
  }
  if (frontend) {
    const hostPort = backend && backend.port === frontend.port ? frontend.port + 1 : frontend.port;
    services.frontend = {
      build: { context: buildContext(frontend.context), dockerfile: frontend.dockerfile },
      ...nonEmpty("environment", frontendEnvironment(options, backend)),
      ports: [local(hostPort, frontend.port)],
      ...backend ? { depends_on: { backend: { condition: "service_healthy" } } } : {},
      healthcheck: appHealthcheck(frontend),
      networks: [NETWORK]
    };
  }
  if (usesPostgres2(options)) {
    services[DB_SERVICE] = { ...postgresService(options), ports: [local(5432, 5432)], networks: [NETWORK] };
    volumes["db-data"] = {};
  }
  if (options.cache === "redis") {
    services[REDIS_SERVICE] = { ...redisService(), ports: [local(6379, 6379)], networks: [NETWORK] };
    volumes["redis-data"] = {};
  }
  if (options.objectStorage === "minio") {
    services[MINIO_SERVICE] = { ...minioService(), ports: [local(9e3, 9e3), local(9001, 9001)], networks: [NETWORK] };
    volumes["minio-data"] = {};
  }
  return {
    name: options.name,
    services,
    ...Object.keys(volumes).length > 0 ? { volumes } : {},
    networks: { [NETWORK]: {} }
  };
}

// src/components/compose/env-example.ts
function envExample(options) {
  const vars = envVars(options);
  if (vars.length === 0) return void 0;
  const lines = [
    "# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.",
    "# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"
  ];
  let section = "";
  for (const v2 of vars) {
    if (v2.section !== section) {
      section = v2.section;
      lines.push("", `# --- ${section} ---`);
    }
    lines.push(`# ${v2.description}${v2.secret ? " (secret)" : ""}`, `${v2.name}=${v2.example}`);
  }
  return { kind: "text", path: ".env.example", component: "compose", comment: "hash", text: `${lines.join("\n")}
` };
}

// src/components/compose/extensions.ts
var PROD_COMPOSE_EXTENSIONS = [];

// src/components/compose/prod-compose.ts
var EDGE_NETWORK = "edge";
var DATA_NETWORK = "data";
var PROXY_SERVICE = "proxy";
var PROXY_HEALTH = "http://127.0.0.1:8080/nginx-health";
var limits = (cpus, memory) => ({
  resources: { limits: { cpus, memory }, reservations: { memory } }
});
var runtime = () => ({
  restart: "unless-stopped",
  logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } }
});
var unprivileged = () => ({ cap_drop: ["ALL"], security_opt: ["no-new-privileges:true"] });
var lockedDown = () => ({ read_only: true, ...unprivileged() });
function buildProdCompose(options, additions = []) {
  const services = {};
  const volumes = {};
  const { backend, frontend } = buildsByRole(options);
  const postgres = usesPostgres2(options);
  const upstreams = {};
  if (backend) {
    services.backend = {
      image: required("BACKEND_IMAGE"),
      ...nonEmpty("environment", backendEnvironment(options, postgres ? PGBOUNCER_SERVICE : DB_SERVICE)),
      ...nonEmpty("depends_on", backendDependencies(options, PGBOUNCER_SERVICE)),
      healthcheck: appHealthcheck(backend),
      networks: [EDGE_NETWORK, DATA_NETWORK],
      ...runtime(),
      ...lockedDown(),
      tmpfs: ["/tmp"],
      deploy: limits("1.0", "512M")
    };
    upstreams.backend = { condition: "service_healthy" };
  }
  if (frontend) {
    services.frontend = {
      image: required("FRONTEND_IMAGE"),
      ...nonEmpty("environment", frontendEnvironment(options, backend)),
      ...backend ? { depends_on: { backend: { condition: "service_healthy" } } } : {},
      healthcheck: appHealthcheck(frontend),
      networks: [EDGE_NETWORK],
      ...runtime(),
      ...lockedDown(),
      // Next.js writes its image and ISR caches under .next/cache.
      tmpfs: options.frontend.kind === "nextjs" ? ["/tmp", `/app/${layoutContext(frontend).inService(".next/cache")}`] : ["/tmp"],
      deploy: limits("0.5", "256M")
    };
    upstreams.frontend = { condition: "service_healthy" };
  }
  services[PROXY_SERVICE] = {
    image: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
    ports: ["80:8080", "443:8443"],
    volumes: ["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro", "./deploy/nginx/certs:/etc/nginx/certs:ro"],
    depends_on: upstreams,
    healthcheck: healthcheck(["CMD", "wget", "-q", "--spider", PROXY_HEALTH]),
    networks: [EDGE_NETWORK],
    ...runtime(),
    ...lockedDown(),
    tmpfs: ["/tmp"],
    deploy: limits("0.5", "128M")
  };
  if (postgres) {
    services[DB_SERVICE] = { ...postgresService(options), networks: [DATA_NETWORK], ...runtime(), deploy: limits("1.0", "1G") };
    services[PGBOUNCER_SERVICE] = { ...pgbouncerService(), networks: [DATA_NETWORK], ...runtime(), ...unprivileged(), deploy: limits("0.25", "64M") };
    volumes["db-data"] = {};
  }
  if (options.cache === "redis") {
    services[REDIS_SERVICE] = { ...redisService(), networks: [DATA_NETWORK], ...runtime(), deploy: limits("0.5", "256M") };
    volumes["redis-data"] = {};
  }
  if (options.objectStorage === "minio") {
    services[MINIO_SERVICE] = { ...minioService(), networks: [DATA_NETWORK], ...runtime(), deploy: limits("0.5", "512M") };
    volumes["minio-data"] = {};
  }
  let file = {
    name: options.name,
    services,
    ...Object.keys(volumes).length > 0 ? { volumes } : {},
    networks: { [EDGE_NETWORK]: {}, [DATA_NETWORK]: { internal: true } }
  };
  for (const addition of additions) file = mergeAddition(file, addition);
  return file;
}
function mergeAddition(file, addition) {
  const merge = (base, extra, what) => {
    for (const key of Object.keys(extra ?? {})) {
      if (base && key in base) throw new Error(`compose: ${what} "${key}" is already defined`);
    }
    return { ...base, ...extra };
  };
  const volumes = merge(file.volumes, addition.volumes, "volume");
  return {
    ...file,
    services: merge(file.services, addition.services, "service"),
    ...Object.keys(volumes).length > 0 ? { volumes } : {},
    networks: merge(file.networks, addition.networks, "network")
  };
}

// src/components/compose/index.ts
var COMPONENT2 = "compose";
var compose = {
  name: COMPONENT2,
  description: "Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",
  render: (options) => {
    if (imageBuilds(options).length === 0) return [];
    const additions = PROD_COMPOSE_EXTENSIONS.map((extend) => extend(options)).filter((a) => a !== void 0);
    const files = [
      {
        kind: "yaml",
        path: "docker-compose.yml",
        component: COMPONENT2,
        headerComment: "Development stack: docker compose up --build. Secrets come from .env (see .env.example).",
        data: buildDevCompose(options)
      },
      {
        kind: "yaml",
        path: "compose.prod.yml",
        component: COMPONENT2,
        headerComment: "Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.",
        data: buildProdCompose(options, additions)
      }
    ];
    const env = envExample(options);
    if (env) files.push(env);
    return files;
  }
};

// src/components/proxy/routes.ts
var IMMUTABLE = "public, max-age=31536000, immutable";
var STATIC_EXTENSIONS = "css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";
function proxyRoutes(options, builds) {
  const hasBackend = builds.some((b) => b.role === "backend");
  const hasFrontend = builds.some((b) => b.role === "frontend");
  const web = hasFrontend ? "frontend" : "backend";
  const routes = [];
  if (hasBackend && hasFrontend) {
    routes.push({ match: "^~ /api/", upstream: "backend", why: "API requests go to the backend." });
    if (options.backend.kind === "django") {
      routes.push({ match: "^~ /admin/", upstream: "backend", why: "Django admin." });
    }
  }
  if (hasBackend && options.backend.kind === "django") {
    routes.push({ match: "^~ /static/", upstream: "backend", why: "Django static files (collectstatic with hashed names).", cache: "public, max-age=2592000", expires: "30d" });
  }
  if (options.frontend.kind === "nextjs") {
    routes.push({ match: "^~ /_next/static/", upstream: "frontend", why: "Next.js build output: content-hashed, cached for a year.", cache: IMMUTABLE, expires: "1y" });
  }
  if (options.frontend.kind === "react-vite") {
    routes.push({ match: "^~ /assets/", upstream: "frontend", why: "Vite build output: content-hashed, cached for a year.", cache: IMMUTABLE, expires: "1y" });
  }
  routes.push({
    match: `~* \\.(?:${STATIC_EXTENSIONS})$`,
    upstream: web,
    why: "Other static assets: cached for a week.",
    cache: "public, max-age=604800",
    expires: "7d"
  });
  routes.push({ match: "/", upstream: web, why: hasFrontend ? "Everything else is the frontend." : "Everything else is the backend." });
  return routes;
}

// src/components/proxy/index.ts
var SECURITY_HEADERS = [
  'Strict-Transport-Security "max-age=63072000; includeSubDomains"',
  'X-Content-Type-Options "nosniff"',
  'X-Frame-Options "DENY"',
  'Referrer-Policy "strict-origin-when-cross-origin"',
  'Permissions-Policy "camera=(), microphone=(), geolocation=()"',
  'Cross-Origin-Opener-Policy "same-origin"'
];
var NGINX_CONF_PATH = "deploy/nginx/nginx.conf";
function renderNginxConf(options) {
  const builds = imageBuilds(options);
  const upstreams = builds.map((b) => ({ name: b.role, host: b.role, port: b.port }));
  return renderTemplate("proxy/nginx.conf.hbs", {
    upstreams,
    locations: proxyRoutes(options, builds),
    securityHeaders: SECURITY_HEADERS,
    rateLimit: 20,
    rateBurst: 40
  });
}
var proxy = {
  name: "proxy",
  description: "nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",
  render: (options) => imageBuilds(options).length === 0 ? [] : [{ kind: "text", path: NGINX_CONF_PATH, component: "proxy", comment: "hash", text: renderNginxConf(options) }]
};

// src/components/database-guidance/index.ts
var PGBOUNCER_INI_PATH = "deploy/pgbouncer/pgbouncer.ini";
var COMPONENT3 = "database-guidance";
var usesPostgres3 = (o) => o.database === "postgres" || o.database === "postgis";
function databaseDoc(options) {
  return {
    kind: "text",
    path: "docs/database.md",
    component: COMPONENT3,
    comment: "html",
    text: renderTemplate("docs/database.md.hbs", {
      postgres: usesPostgres3(options),
      postgis: options.database === "postgis",
      sqlite: options.database === "sqlite",
      django: options.backend.kind === "django",
      fastapi: options.backend.kind === "fastapi",
      node: options.backend.kind === "express" || options.backend.kind === "nestjs",
      settings: POSTGRES_SETTINGS.map(([name, value, why]) => ({ name, value, why })),
      pool: POOL,
      pgbouncerIni: PGBOUNCER_INI_PATH
      // Optional sections leave blank lines at the end; Markdown ends with one newline.
    }).replace(/\n+$/, "\n")
  };
}
var databaseGuidance = {
  name: COMPONENT3,
  description: "pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",
  render: (options) => {
    if (options.database === "none") return [];
    const files = [databaseDoc(options)];
    if (usesPostgres3(options) && imageBuilds(options).length > 0) {
      files.push({
        kind: "text",
        path: PGBOUNCER_INI_PATH,
        component: COMPONENT3,
        comment: "hash",
        text: renderTemplate("database/pgbouncer.ini.hbs", { pool: POOL })
      });
    }
    return files;
  }
};

// src/clouds/services.ts
function serviceTargets(options) {
  const targets = [];
  const builds = imageBuilds(options);
  const build = (role) => {
    const b = builds.find((x) => x.role === role);
    if (!b) throw new Error(`no ${role} image build`);
    return { context: b.context, dockerfile: dockerfilePath(b) };
  };
  if (options.backend.kind !== "none") {
    targets.push({
      key: "api",
      image: `${options.name}-backend`,
      dir: options.backend.dir,
      ...build("backend"),
      port: options.backend.port,
      healthPath: options.deploy.healthPath,
      urlVar: "API_URL",
      migrate: hasDatabase(options)
    });
  }
  if (options.frontend.kind !== "none") {
    targets.push({
      key: "web",
      image: `${options.name}-frontend`,
      dir: options.frontend.dir,
      ...build("frontend"),
      // Next.js standalone listens on 3000; a Vite build is served by nginx-unprivileged on 8080.
      port: options.frontend.kind === "nextjs" ? 3e3 : 8080,
      healthPath: "/",
      urlVar: "WEB_URL",
      migrate: false
    });
  }
  return targets;
}
function hasDatabase(options) {
  return options.database === "postgres" || options.database === "postgis";
}
function deployContext(options, environment) {
  const services = serviceTargets(options);
  return { options, environment, services, migrator: services.find((s) => s.migrate), hasDatabase: hasDatabase(options) };
}
function migrationCommand(options) {
  switch (options.backend.kind) {
    case "django":
      return ["python", "manage.py", "migrate", "--noinput"];
    case "fastapi":
      return ["alembic", "upgrade", "head"];
    case "express":
    case "nestjs":
      return [options.backend.packageManager === "npm" ? "npm" : options.backend.packageManager, "run", "migrate"];
    case "none":
      return [];
  }
}
var resourcePrefix = (ctx) => `${ctx.options.name}-${ctx.environment}`;
var script = (...lines) => `${lines.join("\n")}
`;

// src/clouds/aws-ecs/runbook.ts
function awsEcsRunbook(options) {
  const region2 = options.deploy.region ?? "us-east-1";
  const p = `${options.name}-production`;
  const svc = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  const service2 = options.deploy.strategy === "rolling" ? svc : `${svc}-blue ${svc}-green`;
  return {
    status: `aws ecs describe-services --region ${region2} --cluster ${p} --services ${service2} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,
    logs: `aws logs tail /ecs/${p} --region ${region2} --since 30m --follow`,
    events: `aws ecs describe-services --region ${region2} --cluster ${p} --services ${service2} --query 'services[].events[0:10].[createdAt,message]' --output table`,
    databaseStatus: `aws rds describe-db-instances --region ${region2} --db-instance-identifier ${p} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,
    listSnapshots: `aws rds describe-db-snapshots --region ${region2} --db-instance-identifier ${p} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,
    rollback: options.deploy.strategy === "rolling" ? [
      `previous=$(aws ecs list-task-definitions --region ${region2} --family-prefix ${svc} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,
      `aws ecs update-service --region ${region2} --cluster ${p} --service ${svc} --task-definition "$previous"`,
      `aws ecs wait services-stable --region ${region2} --cluster ${p} --services ${svc}`
    ].join("\n") : [
      `lb=$(aws elbv2 describe-load-balancers --region ${region2} --names ${svc} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,
      `listener=$(aws elbv2 describe-listeners --region ${region2} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,
      `aws elbv2 describe-listeners --region ${region2} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,
      `# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):`,
      `old_tg=$(aws elbv2 describe-target-groups --region ${region2} --names ${svc}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${svc}-green`,
      `new_tg=$(aws elbv2 describe-target-groups --region ${region2} --names ${svc}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,
      `aws elbv2 modify-listener --region ${region2} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`
    ].join("\n"),
    scaleOut: `aws ecs update-service --region ${region2} --cluster ${p} --service ${svc} --desired-count ${options.deploy.maxReplicas}`,
    restartService: `aws ecs update-service --region ${region2} --cluster ${p} --service ${svc} --force-new-deployment`,
    storageCheck: `aws s3api head-bucket --region ${region2} --bucket ${options.backup.bucket ?? `${options.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,
    edgeBlock: [
      `id=$(aws wafv2 list-ip-sets --region ${region2} --scope REGIONAL --query "IPSets[?Name=='${p}-blocked'].Id | [0]" --output text)`,
      `token=$(aws wafv2 get-ip-set --region ${region2} --scope REGIONAL --name ${p}-blocked --id "$id" --query LockToken --output text)`,
      `aws wafv2 update-ip-set --region ${region2} --scope REGIONAL --name ${p}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`
    ].join("\n")
  };
}

// src/clouds/aws-ecs/index.ts
var progressive = (ctx) => ctx.options.deploy.strategy !== "rolling";
function ecsNames(ctx, svc) {
  const base = `${resourcePrefix(ctx)}-${svc.key}`;
  return { service: base, blue: `${base}-blue`, green: `${base}-green`, loadBalancer: base };
}
function prepare2(ctx, svc) {
  const names = ecsNames(ctx, svc);
  const key = svc.key;
  const record = progressive(ctx) ? {
    id: `previous-${key}`,
    name: `Find the live and idle ${key} services (blue/green)`,
    env: { LB_NAME: names.loadBalancer, BLUE: names.blue, GREEN: names.green },
    run: script(
      `lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,
      `listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,
      `blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,
      `green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,
      `blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,
      `if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN`,
      `else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi`,
      `{`,
      `  echo "live=$live"`,
      `  echo "idle=$idle"`,
      `  echo "listener=$listener"`,
      `  echo "live_tg=$live_tg"`,
      `  echo "idle_tg=$idle_tg"`,
      `  echo "live_service=$live_service"`,
      `  echo "idle_service=$idle_service"`,
      `} >> "$GITHUB_OUTPUT"`,
      `live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,
      `aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${key}.json"`
    )
  } : {
    id: `previous-${key}`,
    name: `Record the running ${key} task definition`,
    env: { SERVICE: names.service },
    run: script(
      `previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,
      `echo "task_definition=$previous" >> "$GITHUB_OUTPUT"`,
      `aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${key}.json"`
    )
  };
  return [
    record,
    {
      id: `render-${key}`,
      name: `Put the new ${key} image into the task definition`,
      uses: pinnedAction("aws-actions/amazon-ecs-render-task-definition"),
      with: { "task-definition": `task-definition-${key}.json`, "container-name": key, image: `\${{ env.IMAGE_${key.toUpperCase()} }}` }
    },
    {
      id: `register-${key}`,
      name: `Register the ${key} task definition (no service: deploy comes after migrations)`,
      uses: pinnedAction("aws-actions/amazon-ecs-deploy-task-definition"),
      with: { "task-definition": `\${{ steps.render-${key}.outputs.task-definition }}` }
    }
  ];
}
function serviceFor(ctx, svc) {
  return progressive(ctx) ? `\${{ steps.previous-${svc.key}.outputs.idle_service }}` : ecsNames(ctx, svc).service;
}
var awsEcs = {
  id: "aws-ecs",
  title: "AWS ECS on Fargate",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: "us-east-1",
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({
    AWS_REGION: ctx.options.deploy.region ?? "us-east-1",
    ECS_CLUSTER: resourcePrefix(ctx),
    DB_INSTANCE_ID: resourcePrefix(ctx)
  }),
  login: () => [
    {
      name: "Log in to AWS with OIDC",
      uses: pinnedAction("aws-actions/configure-aws-credentials"),
      with: { "role-to-assume": "${{ vars.AWS_DEPLOY_ROLE_ARN }}", "aws-region": "${{ env.AWS_REGION }}", "role-session-name": "deploy-${{ github.run_id }}" }
    }
  ],
  registry: (options) => [
    {
      name: "Log in to AWS with OIDC",
      uses: pinnedAction("aws-actions/configure-aws-credentials"),
      // The registry host carries the account id; masking it would blank the job output.
      with: { "role-to-assume": "${{ vars.AWS_DEPLOY_ROLE_ARN }}", "aws-region": options.deploy.region ?? "us-east-1", "mask-aws-account-id": false }
    },
    { id: "registry", name: "Log in to Amazon ECR", uses: pinnedAction("aws-actions/amazon-ecr-login") }
  ],
  prepare: prepare2,
  snapshot: () => [
    {
      id: "snapshot",
      name: "Snapshot the database before deploying (waits until available)",
      "timeout-minutes": 30,
      run: script(
        `snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null`,
        `aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"`,
        `echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a one-off ECS task; a non-zero exit fails the deploy",
      "timeout-minutes": 20,
      env: {
        SERVICE: serviceFor(ctx, svc),
        TASK_DEFINITION: `\${{ steps.register-${svc.key}.outputs.task-definition-arn }}`
      },
      run: script(
        `overrides='${JSON.stringify({ containerOverrides: [{ name: svc.key, command: migrationCommand(ctx.options) }] })}'`,
        `network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,
        `task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,
        `echo "Migration task: $task"`,
        `aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"`,
        `exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${svc.key}'].exitCode | [0]" --output text)`,
        `if [ "$exit_code" != "0" ]; then`,
        `  echo "::error::Migration task exited with $exit_code"`,
        `  exit 1`,
        `fi`
      )
    }
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const arn = `\${{ steps.register-${key}.outputs.task-definition-arn }}`;
    if (!progressive(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} and wait until the service is stable`,
          "timeout-minutes": 20,
          env: { SERVICE: ecsNames(ctx, svc).service, TASK_DEFINITION: arn },
          run: script(
            `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null`,
            `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"`
          )
        }
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} to the idle service and wait for healthy targets`,
        "timeout-minutes": 20,
        env: {
          IDLE_SERVICE: `\${{ steps.previous-${key}.outputs.idle_service }}`,
          LIVE_SERVICE: `\${{ steps.previous-${key}.outputs.live_service }}`,
          IDLE_TG: `\${{ steps.previous-${key}.outputs.idle_tg }}`,
          TASK_DEFINITION: arn
        },
        run: script(
          `desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,
          `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null`,
          `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"`,
          `# The target group health check calls ${svc.healthPath}; poll it with a deadline.`,
          `deadline=$((SECONDS + 300))`,
          `until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,
          `  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi`,
          `  sleep 10`,
          `done`
        )
      }
    ];
  },
  shift: (_ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new version`,
      env: {
        LISTENER: `\${{ steps.previous-${svc.key}.outputs.listener }}`,
        IDLE_TG: `\${{ steps.previous-${svc.key}.outputs.idle_tg }}`,
        LIVE_TG: `\${{ steps.previous-${svc.key}.outputs.live_tg }}`
      },
      run: script(
        `aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${percent}},{TargetGroupArn=$LIVE_TG,Weight=${100 - percent}}]}" > /dev/null`
      )
    }
  ],
  rollback: (ctx, svc) => {
    const key = svc.key;
    if (!progressive(ctx)) {
      return [
        {
          name: `Roll ${key} back to the previous task definition`,
          env: { SERVICE: ecsNames(ctx, svc).service, PREVIOUS: `\${{ steps.previous-${key}.outputs.task_definition }}` },
          run: script(
            `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null`,
            `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"`,
            `echo "::warning::Rolled $SERVICE back to $PREVIOUS"`
          )
        }
      ];
    }
    return [
      {
        name: `Send all ${key} traffic back to the live service`,
        env: {
          LISTENER: `\${{ steps.previous-${key}.outputs.listener }}`,
          IDLE_TG: `\${{ steps.previous-${key}.outputs.idle_tg }}`,
          LIVE_TG: `\${{ steps.previous-${key}.outputs.live_tg }}`
        },
        run: script(
          `aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null`,
          `echo "::warning::Traffic for ${key} is back on the previous version"`
        )
      }
    ];
  },
  runbook: awsEcsRunbook,
  settings: () => ({ vars: ["AWS_DEPLOY_ROLE_ARN", "API_URL", "WEB_URL"], secrets: [] })
};

// src/clouds/azure-container-apps/runbook.ts
function azureContainerAppsRunbook(options) {
  const p = `${options.name}-production`;
  const app = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  const container = options.backup.bucket ?? `${options.name}-backups`;
  return {
    status: `az containerapp revision list --name ${app} --resource-group ${p} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,
    logs: `az containerapp logs show --name ${app} --resource-group ${p} --tail 200 --follow`,
    events: `az containerapp logs show --name ${app} --resource-group ${p} --type system --tail 50`,
    databaseStatus: `az postgres flexible-server show --resource-group ${p} --name ${p}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,
    listSnapshots: `az postgres flexible-server backup list --resource-group ${p} --name ${p}-pg --output table`,
    rollback: [
      `az containerapp revision list --name ${app} --resource-group ${p} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,
      `previous=$(az containerapp revision list --name ${app} --resource-group ${p} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,
      options.deploy.strategy === "rolling" ? `az containerapp update --name ${app} --resource-group ${p} --image "$(az containerapp revision show --name ${app} --resource-group ${p} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"` : `az containerapp ingress traffic set --name ${app} --resource-group ${p} --revision-weight "$previous=100"`
    ].join("\n"),
    scaleOut: `az containerapp update --name ${app} --resource-group ${p} --min-replicas ${options.deploy.minReplicas} --max-replicas ${options.deploy.maxReplicas * 2}`,
    restartService: `az containerapp revision restart --name ${app} --resource-group ${p} --revision "$(az containerapp show --name ${app} --resource-group ${p} --query properties.latestReadyRevisionName --output tsv)"`,
    storageCheck: `az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${container} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,
    edgeBlock: `az containerapp ingress access-restriction set --name ${app} --resource-group ${p} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`
  };
}

// src/clouds/azure-container-apps/index.ts
var progressive2 = (ctx) => ctx.options.deploy.strategy !== "rolling";
var appName = (ctx, svc) => `${resourcePrefix(ctx)}-${svc.key}`;
var login = () => [
  {
    name: "Log in to Azure with OIDC (federated credential)",
    uses: pinnedAction("azure/login"),
    with: {
      "client-id": "${{ vars.AZURE_CLIENT_ID }}",
      "tenant-id": "${{ vars.AZURE_TENANT_ID }}",
      "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}"
    }
  }
];
var azureContainerApps = {
  id: "azure-container-apps",
  title: "Azure Container Apps",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: "eastus",
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({ RESOURCE_GROUP: resourcePrefix(ctx), PG_SERVER: `${resourcePrefix(ctx)}-pg` }),
  login,
  registry: () => [
    ...login(),
    {
      id: "registry",
      name: "Log Docker in to Azure Container Registry",
      env: { ACR_LOGIN_SERVER: "${{ vars.ACR_LOGIN_SERVER }}" },
      run: script(`az acr login --name "\${ACR_LOGIN_SERVER%%.*}"`, `echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"`)
    }
  ],
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision and image serving now`,
      env: { APP: appName(ctx, svc) },
      run: script(
        `revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)`,
        `image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,
        `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
        `echo "image=$image" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "Take an on-demand flexible-server backup before deploying (waits for it)",
      "timeout-minutes": 30,
      run: script(
        `backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none`,
        `az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv`,
        `echo "backup=$backup" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a Container Apps job; a failed execution fails the deploy",
      "timeout-minutes": 20,
      env: { JOB: `${resourcePrefix(ctx)}-migrate`, IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(
        `az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none`,
        `execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)`,
        `deadline=$((SECONDS + 900))`,
        `while true; do`,
        `  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)`,
        `  case "$status" in`,
        `    Succeeded) echo "Migration $execution succeeded"; break ;;`,
        `    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;`,
        `  esac`,
        `  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi`,
        `  sleep 10`,
        `done`
      )
    }
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const env = { APP: appName(ctx, svc), IMAGE: `\${{ env.IMAGE_${key.toUpperCase()} }}`, HEALTH_PATH: svc.healthPath };
    if (!progressive2(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} (single-revision mode moves traffic once the revision is ready)`,
          "timeout-minutes": 20,
          env,
          run: script(
            `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none`
          )
        }
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} as a new revision without traffic and check it`,
        "timeout-minutes": 20,
        env: { ...env, PREVIOUS: `\${{ steps.previous-${key}.outputs.revision }}` },
        run: script(
          `# Pin traffic to the serving revision first, so the new one starts with none.`,
          `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none`,
          `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none`,
          `revision="$APP--r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"`,
          `fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)`,
          `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
          `HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh`
        )
      }
    ];
  },
  shift: (ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new revision`,
      env: {
        APP: appName(ctx, svc),
        NEW: `\${{ steps.deploy-${svc.key}.outputs.revision }}`,
        PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}`
      },
      run: script(
        percent >= 100 ? `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none` : `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${percent}" "$PREVIOUS=${100 - percent}" --output none`
      )
    }
  ],
  rollback: (ctx, svc) => {
    const key = svc.key;
    const env = {
      APP: appName(ctx, svc),
      PREVIOUS: `\${{ steps.previous-${key}.outputs.revision }}`,
      PREVIOUS_IMAGE: `\${{ steps.previous-${key}.outputs.image }}`
    };
    return [
      {
        name: `Roll ${key} back to the previous revision`,
        env,
        run: progressive2(ctx) ? script(
          `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none`,
          `echo "::warning::Traffic for $APP is back on $PREVIOUS"`
        ) : script(
          `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none`,
          `echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"`
        )
      }
    ];
  },
  runbook: azureContainerAppsRunbook,
  settings: () => ({
    vars: ["AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID", "ACR_LOGIN_SERVER", "API_URL", "WEB_URL"],
    secrets: []
  })
};

// src/clouds/compose/runbook.ts
function composeRunbook(options) {
  const dc = `docker compose -f compose.prod.yml -f compose.tunnel.yml`;
  const cd = `cd /srv/${options.name} && `;
  const svc = options.backend.kind !== "none" ? "backend" : "frontend";
  return {
    status: `${cd}${dc} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,
    logs: `${cd}${dc} logs --since 30m --tail 200 ${svc}`,
    events: `docker events --since 30m --until 0s --filter type=container`,
    databaseStatus: `${cd}${dc} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,
    listSnapshots: `ls -lt /srv/${options.name}/backups | head -n 10`,
    rollback: [
      `cd /srv/${options.name}`,
      `cat .deployed.env`,
      `previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${options.name}-${svc}:' | sed -n 2p)   # newest first: line 2 is the one before`,
      `bash scripts/deploy_remote.sh deploy ${svc} "$previous"`
    ].join("\n"),
    scaleOut: `${cd}${dc} up --detach --no-deps --scale ${svc}=2 ${svc}`,
    restartService: `${cd}${dc} restart ${svc}`,
    storageCheck: `${cd}${dc} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,
    edgeBlock: `Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)`
  };
}

// src/clouds/compose/index.ts
var COMPOSE_FILES = ["compose.prod.yml", "compose.tunnel.yml"];
var deployDir = (options) => `/srv/${options.name}`;
var composeService = (svc) => svc.key === "api" ? { service: "backend", imageVar: "BACKEND_IMAGE" } : { service: "frontend", imageVar: "FRONTEND_IMAGE" };
var blueGreen = (ctx) => ctx.options.deploy.strategy === "blue-green";
var remote = (args) => `ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${args} < scripts/deploy_remote.sh`;
function remoteScript(options) {
  const services = serviceTargets(options).map((s) => ({ key: s.key, port: s.port, healthPath: s.healthPath, ...composeService(s) }));
  return {
    kind: "text",
    path: "scripts/deploy_remote.sh",
    component: "deploy",
    comment: "hash",
    executable: true,
    text: renderTemplate("scripts/deploy_remote.sh.hbs", {
      deployDir: deployDir(options),
      composeFiles: COMPOSE_FILES,
      services,
      migrateVar: "BACKEND_IMAGE",
      migrateService: "backend",
      migrateCommand: migrationCommand(options).join(" "),
      blueGreen: options.deploy.strategy === "blue-green"
    })
  };
}
var compose2 = {
  id: "compose",
  title: "Docker Compose on a self-hosted server",
  // Blue-green: a green copy of each app service behind an nginx switch (compose.tunnel.yml).
  strategies: ["rolling", "blue-green"],
  buildPermissions: { packages: "write" },
  deployPermissions: {},
  env: (ctx) => ({ DEPLOY_HOST: "${{ vars.DEPLOY_HOST }}", DEPLOY_USER: "${{ vars.DEPLOY_USER }}", DEPLOY_DIR: deployDir(ctx.options) }),
  login: () => [
    {
      name: "Load the deploy SSH key into an agent",
      uses: pinnedAction("webfactory/ssh-agent"),
      with: { "ssh-private-key": "${{ secrets.DEPLOY_SSH_KEY }}" }
    },
    {
      name: "Pin the server's host key (no trust on first use)",
      env: { DEPLOY_KNOWN_HOSTS: "${{ vars.DEPLOY_KNOWN_HOSTS }}" },
      run: script(
        `install -m 700 -d ~/.ssh`,
        `printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,
        `chmod 600 ~/.ssh/known_hosts`,
        `ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }`
      )
    },
    {
      name: "Copy the compose files to the server",
      run: script(
        `scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${COMPOSE_FILES.join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,
        `scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r cloudflared deploy scripts "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`
      )
    }
  ],
  registry: () => [
    {
      name: "Log in to GitHub Container Registry with the job token",
      uses: pinnedAction("docker/login-action"),
      with: { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" }
    },
    {
      id: "registry",
      name: "Registry path (lowercase, as GHCR requires)",
      run: script(`echo "registry=ghcr.io/\${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"`)
    }
  ],
  prepare: (ctx, svc) => [
    blueGreen(ctx) ? {
      id: `previous-${svc.key}`,
      name: `Record which colour serves ${svc.key} now`,
      run: script(`echo "colour=$(${remote(`live ${svc.key}`)})" >> "$GITHUB_OUTPUT"`)
    } : {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} image running now`,
      run: script(`echo "image=$(${remote(`current ${composeService(svc).service}`)})" >> "$GITHUB_OUTPUT"`)
    }
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "pg_dump the database on the server before deploying (verified with pg_restore --list)",
      "timeout-minutes": 30,
      run: script(remote(`snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`))
    }
  ],
  migrate: (_ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations in a one-off container; a non-zero exit fails the deploy",
      "timeout-minutes": 20,
      env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(remote(`migrate "$IMAGE"`))
    }
  ],
  deploy: (ctx, svc) => [
    blueGreen(ctx) ? {
      id: `deploy-${svc.key}`,
      name: `Start the new ${svc.key} on the idle colour and check it through the switch`,
      "timeout-minutes": 15,
      env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(`idle=$(${remote(`deploy-idle ${svc.key} "$IMAGE"`)} | tail -n 1)`, `echo "colour=$idle" >> "$GITHUB_OUTPUT"`)
    } : {
      id: `deploy-${svc.key}`,
      name: `Start the new ${svc.key} container and wait for its healthcheck`,
      "timeout-minutes": 15,
      env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(remote(`deploy ${composeService(svc).service} "$IMAGE"`))
    }
  ],
  shift: (_ctx, svc) => [
    {
      id: `shift-${svc.key}-100`,
      name: `Switch ${svc.key} traffic to the new colour`,
      env: { COLOUR: `\${{ steps.deploy-${svc.key}.outputs.colour }}` },
      run: script(remote(`switch ${svc.key} "$COLOUR"`))
    }
  ],
  rollback: (ctx, svc) => blueGreen(ctx) ? [
    {
      name: `Switch ${svc.key} traffic back to the previous colour`,
      env: { PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.colour }}` },
      run: script(remote(`switch ${svc.key} "$PREVIOUS"`), `echo "::warning::${svc.key} traffic is back on $PREVIOUS"`)
    }
  ] : [
    {
      name: `Roll ${svc.key} back to the previous image`,
      env: { PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.image }}` },
      run: script(
        `if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${svc.key} image to roll back to"; exit 0; fi`,
        remote(`deploy ${composeService(svc).service} "$PREVIOUS"`),
        `echo "::warning::Rolled ${svc.key} back to $PREVIOUS"`
      )
    }
  ],
  files: (options) => [remoteScript(options)],
  runbook: composeRunbook,
  settings: () => ({ vars: ["DEPLOY_HOST", "DEPLOY_USER", "DEPLOY_KNOWN_HOSTS", "API_URL", "WEB_URL"], secrets: ["DEPLOY_SSH_KEY"] })
};

// src/clouds/gcp-cloud-run/runbook.ts
function gcpCloudRunRunbook(options) {
  const region2 = options.deploy.region ?? "us-central1";
  const p = `${options.name}-production`;
  const svc = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  return {
    status: `gcloud run services describe ${svc} --region ${region2} --format 'yaml(status.conditions,status.traffic)'`,
    logs: `gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${svc}" AND severity>=WARNING' --freshness 30m --limit 100`,
    events: `gcloud run revisions list --service ${svc} --region ${region2} --limit 5`,
    databaseStatus: `gcloud sql instances describe ${p} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,
    listSnapshots: `gcloud sql backups list --instance ${p} --limit 10`,
    rollback: [
      `previous=$(gcloud run revisions list --service ${svc} --region ${region2} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,
      `gcloud run services update-traffic ${svc} --region ${region2} --to-revisions "$previous=100"`
    ].join("\n"),
    scaleOut: `gcloud run services update ${svc} --region ${region2} --min-instances ${options.deploy.minReplicas} --max-instances ${options.deploy.maxReplicas * 2}`,
    restartService: `gcloud run services update ${svc} --region ${region2} --update-env-vars RESTARTED_AT="$(date +%s)"`,
    storageCheck: `gcloud storage buckets describe gs://${options.backup.bucket ?? `${options.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${options.backup.bucket ?? `${options.name}-backups`}/${options.backup.prefix}/ | tail -n 3`,
    edgeBlock: `gcloud compute security-policies rules create 1000 --security-policy ${p}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`
  };
}

// src/clouds/gcp-cloud-run/index.ts
var DEFAULT_REGION = "us-central1";
var progressive3 = (ctx) => ctx.options.deploy.strategy !== "rolling";
var region = (ctx) => ctx.options.deploy.region ?? DEFAULT_REGION;
var serviceName = (ctx, svc) => `${resourcePrefix(ctx)}-${svc.key}`;
var auth = () => [
  {
    name: "Authenticate to Google Cloud with Workload Identity Federation",
    uses: pinnedAction("google-github-actions/auth"),
    with: {
      workload_identity_provider: "${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",
      service_account: "${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"
    }
  },
  { name: "Set up gcloud", uses: pinnedAction("google-github-actions/setup-gcloud") }
];
var gcpCloudRun = {
  id: "gcp-cloud-run",
  title: "Google Cloud Run",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: DEFAULT_REGION,
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({ GCP_REGION: region(ctx), GCP_PROJECT_ID: "${{ vars.GCP_PROJECT_ID }}", SQL_INSTANCE: resourcePrefix(ctx) }),
  login: auth,
  registry: (options) => [
    ...auth(),
    {
      id: "registry",
      name: "Log Docker in to Artifact Registry",
      env: { GCP_REGION: options.deploy.region ?? DEFAULT_REGION, GCP_PROJECT_ID: "${{ vars.GCP_PROJECT_ID }}" },
      run: script(
        `gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet`,
        `echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${options.name}" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision serving now`,
      env: { SERVICE: serviceName(ctx, svc) },
      run: script(
        `previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,
        `[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,
        `echo "revision=$previous" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "Back up Cloud SQL before deploying (waits for the operation)",
      "timeout-minutes": 30,
      run: script(
        `operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,
        `gcloud sql operations wait "$operation" --timeout 1500`,
        `echo "operation=$operation" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a Cloud Run job; a failed execution fails the deploy",
      "timeout-minutes": 20,
      env: { JOB: `${resourcePrefix(ctx)}-migrate`, IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(
        `gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet`,
        `# --wait returns non-zero when the execution fails.`,
        `gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait`
      )
    }
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const env = { SERVICE: serviceName(ctx, svc), IMAGE: `\${{ env.IMAGE_${key.toUpperCase()} }}`, HEALTH_PATH: svc.healthPath };
    if (!progressive3(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} and move all traffic once the revision is ready`,
          "timeout-minutes": 20,
          env,
          run: script(
            `gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet`,
            `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet`
          )
        }
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} without traffic and check the tagged revision`,
        "timeout-minutes": 20,
        env,
        run: script(
          `gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet`,
          `revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,
          `url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,
          `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
          `HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh`
        )
      }
    ];
  },
  shift: (ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new revision`,
      env: {
        SERVICE: serviceName(ctx, svc),
        NEW: `\${{ steps.deploy-${svc.key}.outputs.revision }}`,
        PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}`
      },
      run: script(
        percent >= 100 ? `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet` : `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${percent},$PREVIOUS=${100 - percent}" --quiet`
      )
    }
  ],
  rollback: (ctx, svc) => [
    {
      name: `Send all ${svc.key} traffic back to the previous revision`,
      env: { SERVICE: serviceName(ctx, svc), PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}` },
      run: script(
        `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet`,
        `echo "::warning::Rolled $SERVICE back to $PREVIOUS"`
      )
    }
  ],
  runbook: gcpCloudRunRunbook,
  settings: () => ({
    vars: ["GCP_PROJECT_ID", "GCP_WORKLOAD_IDENTITY_PROVIDER", "GCP_DEPLOY_SERVICE_ACCOUNT", "API_URL", "WEB_URL"],
    secrets: []
  })
};

// src/clouds/kubernetes/kube-credential.ts
function kubeCredentialScript(options) {
  return {
    kind: "text",
    path: "scripts/kube_github_oidc.sh",
    component: "deploy",
    comment: "hash",
    executable: true,
    text: renderTemplate("scripts/kube_github_oidc.sh.hbs", { name: options.name })
  };
}

// src/clouds/kubernetes/runbook.ts
function kubernetesRunbook(options) {
  const ns = `${options.name}-prod`;
  const deploy2 = options.backend.kind !== "none" ? `${options.name}-api` : `${options.name}-web`;
  return {
    status: `kubectl --namespace ${ns} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${options.name} --output wide`,
    logs: `kubectl --namespace ${ns} logs deployment/${deploy2} --since 30m --all-containers --prefix`,
    events: `kubectl --namespace ${ns} get events --sort-by .lastTimestamp | tail -n 30`,
    databaseStatus: `kubectl --namespace ${ns} run pg-check --rm -i --restart Never --image ${postgresClientImage()} --env-from secret/${options.name}-secrets -- pg_isready`,
    listSnapshots: `kubectl --namespace ${ns} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,
    rollback: [
      `kubectl --namespace ${ns} rollout history deployment/${deploy2}`,
      `kubectl --namespace ${ns} rollout undo deployment/${deploy2}`,
      `kubectl --namespace ${ns} rollout status deployment/${deploy2} --timeout 10m`
    ].join("\n"),
    scaleOut: `kubectl --namespace ${ns} patch hpa ${deploy2} --patch '{"spec":{"minReplicas":${options.deploy.maxReplicas}}}'`,
    restartService: `kubectl --namespace ${ns} rollout restart deployment/${deploy2}`,
    storageCheck: `kubectl --namespace ${ns} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${options.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,
    edgeBlock: `kubectl --namespace ${ns} annotate ingress ${options.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`
  };
}

// src/clouds/kubernetes/index.ts
var namespaceFor = (name, environment) => `${name}-${environment === "production" ? "prod" : "dev"}`;
var overlayFor = (environment) => environment === "production" ? "prod" : "dev";
var deploymentName = (ctx, svc) => `${ctx.options.name}-${svc.key}`;
function releaseKustomization(ctx, dir, resource, suffix) {
  const lines = [
    `mkdir -p ${dir}`,
    `{`,
    `  echo "apiVersion: kustomize.config.k8s.io/v1beta1"`,
    `  echo "kind: Kustomization"`,
    `  echo "namespace: $NAMESPACE"`,
    ...suffix ? [`  echo "nameSuffix: ${suffix}"`] : [],
    `  echo "resources: [${resource}]"`,
    `  echo "images:"`
  ];
  for (const svc of ctx.services) {
    lines.push(`  echo "  - { name: ${svc.image}, newName: \${IMAGE_${svc.key.toUpperCase()}%:*}, newTag: \${IMAGE_${svc.key.toUpperCase()}##*:} }"`);
  }
  lines.push(`} > ${dir}/kustomization.yaml`);
  return lines;
}
var waitForJob = (job2, seconds) => [
  `deadline=$((SECONDS + ${seconds}))`,
  `while true; do`,
  `  succeeded=$(kubectl get job "${job2}" --output jsonpath='{.status.succeeded}')`,
  `  failed=$(kubectl get job "${job2}" --output jsonpath='{.status.failed}')`,
  `  if [ "\${succeeded:-0}" -ge 1 ]; then break; fi`,
  `  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${job2}" --tail 100 || echo "(no logs)"; echo "::error::Job ${job2} failed"; exit 1; fi`,
  `  if (( SECONDS >= deadline )); then echo "::error::Job ${job2} did not finish in ${seconds}s"; exit 1; fi`,
  `  sleep 5`,
  `done`
];
var kubernetes = {
  id: "kubernetes",
  title: "Kubernetes",
  // Progressive delivery needs a traffic-splitting ingress or service mesh this baseline does not assume.
  strategies: ["rolling"],
  buildPermissions: { packages: "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({
    NAMESPACE: namespaceFor(ctx.options.name, ctx.environment),
    K8S_API_SERVER: "${{ vars.K8S_API_SERVER }}",
    K8S_CA_DATA: "${{ vars.K8S_CA_DATA }}",
    K8S_OIDC_AUDIENCE: "${{ vars.K8S_OIDC_AUDIENCE }}"
  }),
  login: () => [
    { name: "Set up kubectl", uses: pinnedAction("azure/setup-kubectl") },
    {
      name: "Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",
      run: script(
        `kubeconfig="$RUNNER_TEMP/kubeconfig"`,
        `cat > "$kubeconfig" <<EOF`,
        `apiVersion: v1`,
        `kind: Config`,
        `clusters:`,
        `  - name: target`,
        `    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }`,
        `users:`,
        `  - name: github-oidc`,
        `    user:`,
        `      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }`,
        `contexts:`,
        `  - name: deploy`,
        `    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }`,
        `current-context: deploy`,
        `EOF`,
        `chmod 600 "$kubeconfig"`,
        `echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"`,
        `kubectl auth can-i patch deployments --namespace "$NAMESPACE"`
      )
    }
  ],
  registry: () => [
    {
      name: "Log in to GitHub Container Registry with the job token",
      uses: pinnedAction("docker/login-action"),
      with: { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" }
    },
    {
      id: "registry",
      name: "Registry path (lowercase, as GHCR requires)",
      run: script(`echo "registry=ghcr.io/\${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"`)
    }
  ],
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision serving now and write this run's kustomization`,
      env: { DEPLOYMENT: deploymentName(ctx, svc) },
      run: script(
        `revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,
        `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
        ...releaseKustomization(ctx, "k8s/release", `../overlays/${overlayFor(ctx.environment)}`)
      )
    }
  ],
  snapshot: (ctx) => [
    {
      id: "snapshot",
      name: "pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)",
      "timeout-minutes": 30,
      run: script(
        `job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `kubectl create job "$job" --from "cronjob/${ctx.options.name}-db-dump"`,
        ...waitForJob("$job", 1500),
        `echo "job=$job" >> "$GITHUB_OUTPUT"`
      )
    }
  ],
  migrate: (ctx) => [
    {
      id: "migrate",
      name: "Run migrations as a Job with the new image; a failed Job fails the deploy",
      "timeout-minutes": 20,
      run: script(
        ...releaseKustomization(ctx, "k8s/release-migrate", "../migrate", "-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),
        `kubectl apply -k k8s/release-migrate`,
        `job="${ctx.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        ...waitForJob("$job", 900)
      )
    }
  ],
  deploy: (ctx, svc) => [
    {
      id: `deploy-${svc.key}`,
      name: `Apply the ${overlayFor(ctx.environment)} overlay and wait for the ${svc.key} rollout`,
      "timeout-minutes": 15,
      env: { DEPLOYMENT: deploymentName(ctx, svc) },
      run: script(`kubectl apply -k k8s/release`, `kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m`)
    }
  ],
  shift: () => [],
  rollback: (ctx, svc) => [
    {
      name: `Roll ${svc.key} back to the previous ReplicaSet`,
      env: { DEPLOYMENT: deploymentName(ctx, svc), PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}` },
      run: script(
        `if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi`,
        `kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"`,
        `kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m`,
        `echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"`
      )
    }
  ],
  files: (options) => [kubeCredentialScript(options)],
  runbook: kubernetesRunbook,
  settings: () => ({ vars: ["K8S_API_SERVER", "K8S_CA_DATA", "K8S_OIDC_AUDIENCE", "API_URL", "WEB_URL"], secrets: [] })
};

// src/clouds/index.ts
var CLOUD_STRATEGIES = {
  "aws-ecs": awsEcs,
  "gcp-cloud-run": gcpCloudRun,
  "azure-container-apps": azureContainerApps,
  kubernetes,
  compose: compose2
};
function cloudStrategy(options) {
  const strategy = CLOUD_STRATEGIES[options.cloud];
  if (!strategy.strategies.includes(options.deploy.strategy)) {
    throw badInput(
      `deploy.strategy: "${options.deploy.strategy}" is not supported on ${options.cloud}. Allowed: ${strategy.strategies.join(", ")}`
    );
  }
  return strategy;
}

// src/components/deploy/deploy-job.ts
var v = (name) => `\${{ vars.${name} }}`;
function healthStep(svc, phase, label) {
  return {
    id: `health-${svc.key}-${phase}`,
    name: `Poll ${svc.key} ${svc.healthPath} until healthy (${label})`,
    "timeout-minutes": 10,
    env: { HEALTH_URL: `\${{ vars.${svc.urlVar} }}${svc.healthPath}`, DEADLINE_SECONDS: "300" },
    run: "bash scripts/wait_for_health.sh\n"
  };
}
function releaseSteps(cloud, ctx, svc) {
  const steps = [...cloud.deploy(ctx, svc)];
  switch (ctx.options.deploy.strategy) {
    case "rolling":
      steps.push(healthStep(svc, "rollout", "rolled out"));
      break;
    case "canary":
      steps.push(...cloud.shift(ctx, svc, 10), healthStep(svc, "canary", "canary at 10%"), ...cloud.shift(ctx, svc, 100), healthStep(svc, "full", "all traffic"));
      break;
    case "blue-green":
      steps.push(...cloud.shift(ctx, svc, 100), healthStep(svc, "switched", "switched"));
      break;
  }
  return steps;
}
var ran = (id) => `steps.${id}.outcome == 'success' || steps.${id}.outcome == 'failure'`;
function deployJob(options, cloud, environment) {
  const ctx = deployContext(options, environment);
  const steps = [checkoutStep(), ...cloud.login(ctx)];
  for (const svc of ctx.services) steps.push(...cloud.prepare(ctx, svc));
  if (ctx.hasDatabase) steps.push(...cloud.snapshot(ctx));
  if (ctx.migrator) steps.push(...cloud.migrate(ctx, ctx.migrator));
  for (const svc of ctx.services) steps.push(...releaseSteps(cloud, ctx, svc));
  for (const svc of ctx.services) {
    steps.push(
      ...cloud.rollback(ctx, svc).map((step, i) => ({
        ...step,
        id: `rollback-${svc.key}${i === 0 ? "" : `-${i}`}`,
        if: `\${{ failure() && (${ran(`deploy-${svc.key}`)}) }}`
      }))
    );
  }
  const images = {};
  for (const svc of ctx.services) {
    images[`IMAGE_${svc.key.toUpperCase()}`] = `\${{ needs.build.outputs.registry }}/${svc.image}:\${{ github.sha }}`;
  }
  const permissions = { contents: "read", ...cloud.deployPermissions };
  const publicUrl = ctx.services.some((s) => s.key === "web") ? v("WEB_URL") : v("API_URL");
  return {
    name: `Deploy to ${environment}`,
    "runs-on": "ubuntu-latest",
    needs: environment === "production" ? ["build", "deploy-staging"] : ["build"],
    // Production waits here for a required reviewer (set on the GitHub environment; see infra/github.tf).
    environment: { name: environment, url: publicUrl },
    permissions,
    concurrency: { group: `deploy-${environment}`, "cancel-in-progress": false },
    "timeout-minutes": 90,
    env: { ...cloud.env(ctx), ...images },
    steps
  };
}

// src/components/deploy/deploy-workflow.ts
function buildJob(options, cloud) {
  const steps = [
    checkoutStep(),
    ...cloud.registry(options),
    { id: "buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") }
  ];
  for (const svc of serviceTargets(options)) {
    steps.push({
      id: `build-${svc.key}`,
      name: `Build and push ${svc.image}`,
      uses: pinnedAction("docker/build-push-action"),
      with: {
        context: svc.context,
        file: svc.dockerfile,
        push: true,
        tags: `\${{ steps.registry.outputs.registry }}/${svc.image}:\${{ github.sha }}`,
        "cache-from": `type=gha,scope=${svc.image}`,
        "cache-to": `type=gha,mode=max,scope=${svc.image}`
      }
    });
  }
  return {
    name: "Build and push images",
    "runs-on": "ubuntu-latest",
    permissions: { contents: "read", ...cloud.buildPermissions },
    "timeout-minutes": 30,
    outputs: { registry: "${{ steps.registry.outputs.registry }}" },
    steps
  };
}
function releaseJob() {
  return {
    name: "Record the release",
    "runs-on": "ubuntu-latest",
    needs: ["deploy-production"],
    permissions: { contents: "write" },
    "timeout-minutes": 10,
    steps: [
      {
        id: "release",
        name: "Create a GitHub release for the production deploy",
        uses: pinnedAction("softprops/action-gh-release"),
        with: {
          tag_name: "deploy-${{ github.run_number }}",
          name: "Production deploy ${{ github.run_number }}",
          target_commitish: "${{ github.sha }}",
          generate_release_notes: true
        }
      }
    ]
  };
}
function notifyJob() {
  const text = "Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}";
  return {
    name: "Notify Slack",
    "runs-on": "ubuntu-latest",
    needs: ["build", "deploy-staging", "deploy-production", "release"],
    if: "${{ always() }}",
    permissions: {},
    "timeout-minutes": 5,
    steps: [
      {
        id: "slack",
        name: "Post the deploy result to Slack",
        uses: pinnedAction("slackapi/slack-github-action"),
        with: { webhook: "${{ secrets.SLACK_WEBHOOK_URL }}", "webhook-type": "incoming-webhook", payload: `text: ${JSON.stringify(text)}
` }
      }
    ]
  };
}
function deployWorkflow(options, cloud) {
  const jobs = {
    build: buildJob(options, cloud),
    "deploy-staging": deployJob(options, cloud, "staging"),
    "deploy-production": deployJob(options, cloud, "production"),
    release: releaseJob()
  };
  if (options.notifications.slack) jobs.notify = notifyJob();
  return {
    name: "Deploy",
    on: { push: { branches: ["main"] }, workflow_dispatch: {} },
    permissions: {},
    // One deploy at a time; a newer push waits instead of cancelling a deploy halfway.
    concurrency: { group: "deploy", "cancel-in-progress": false },
    jobs
  };
}

// src/components/deploy/switch.ts
var switchPort = (svc) => svc.key === "api" ? 8081 : 8082;
var SWITCH_CONF_PATH = "deploy/switch/nginx.conf";
function switchConfig(options) {
  const services = serviceTargets(options).map((s) => ({ key: s.key, switchPort: switchPort(s) }));
  return { kind: "text", path: SWITCH_CONF_PATH, component: "deploy", comment: "hash", text: renderTemplate("deploy/switch-nginx.conf.hbs", { name: options.name, services }) };
}
function blueGreenServices(options) {
  const prod = buildProdCompose(options).services;
  const services = {};
  const targets = serviceTargets(options);
  for (const svc of targets) {
    const { service: service2, imageVar } = composeService(svc);
    const blue = prod[service2];
    if (!blue) throw new Error(`compose.prod.yml has no ${service2} service`);
    services[`${service2}-green`] = { ...blue, image: `\${${imageVar}_GREEN:-\${${imageVar}}}` };
  }
  services.switch = {
    image: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
    volumes: [`./${SWITCH_CONF_PATH}:/etc/nginx/nginx.conf:ro`, "./state/switch:/etc/nginx/live:ro"],
    depends_on: Object.fromEntries(targets.map((s) => [composeService(s).service, { condition: "service_healthy" }])),
    healthcheck: { test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/switch-health"], interval: "10s", timeout: "3s", retries: 3, start_period: "5s" },
    networks: ["edge"],
    restart: "unless-stopped",
    read_only: true,
    cap_drop: ["ALL"],
    security_opt: ["no-new-privileges:true"],
    tmpfs: ["/tmp"],
    deploy: { resources: { limits: { cpus: "0.25", memory: "64M" } } },
    logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } }
  };
  return services;
}

// src/components/deploy/tunnel.ts
var CLOUDFLARED_IMAGE = pinnedImage("cloudflare/cloudflared:2026.3.0");
function tunnelCompose(options) {
  const blueGreen2 = options.deploy.strategy === "blue-green";
  const targets = blueGreen2 ? ["switch"] : serviceTargets(options).map((s) => composeService(s).service);
  return {
    kind: "yaml",
    path: "compose.tunnel.yml",
    component: "deploy",
    headerComment: "Cloudflare tunnel for the self-hosted target: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d",
    data: {
      services: {
        cloudflared: {
          image: CLOUDFLARED_IMAGE,
          command: ["tunnel", "--no-autoupdate", "--config", "/etc/cloudflared/config.yml", "--metrics", "127.0.0.1:2000", "run"],
          environment: { TUNNEL_TOKEN: "${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}" },
          volumes: ["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],
          depends_on: Object.fromEntries(targets.map((t) => [t, { condition: "service_healthy" }])),
          healthcheck: {
            test: ["CMD", "cloudflared", "tunnel", "--metrics", "127.0.0.1:2000", "ready"],
            interval: "30s",
            timeout: "5s",
            retries: 3,
            start_period: "20s"
          },
          // compose.prod.yml's public-side network, where the apps listen.
          networks: ["edge"],
          restart: "unless-stopped",
          read_only: true,
          cap_drop: ["ALL"],
          security_opt: ["no-new-privileges:true"],
          deploy: { resources: { limits: { cpus: "0.50", memory: "128M" } } },
          logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } }
        },
        ...blueGreen2 ? blueGreenServices(options) : {}
      }
    }
  };
}
function tunnelConfig(options) {
  const targets = serviceTargets(options);
  const origin = (key) => {
    const t = targets.find((s) => s.key === key);
    if (!t) return void 0;
    return options.deploy.strategy === "blue-green" ? `http://switch:${switchPort(t)}` : `http://${composeService(t).service}:${t.port}`;
  };
  const api = origin("api");
  const web = origin("web");
  const ingress2 = [];
  const domain = options.deploy.domain;
  if (domain) {
    if (api) ingress2.push({ hostname: web ? `api.${domain}` : domain, service: api });
    if (web) ingress2.push({ hostname: domain, service: web });
  } else {
    if (api && web) ingress2.push({ path: `^/(api/|${options.deploy.healthPath.slice(1)}$)`, service: api }, { service: web });
    else if (api ?? web) ingress2.push({ service: api ?? web });
  }
  if (domain || ingress2.length === 0) ingress2.push({ service: "http_status:404" });
  return {
    kind: "yaml",
    path: "cloudflared/config.yml",
    component: "deploy",
    headerComment: "Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",
    data: { "no-autoupdate": true, ingress: ingress2 }
  };
}

// src/components/deploy/index.ts
function renderDeploy(options) {
  if (serviceTargets(options).length === 0) return [];
  const cloud = cloudStrategy(options);
  const files = [
    {
      kind: "yaml",
      path: ".github/workflows/deploy.yml",
      component: "deploy",
      headerComment: `Build once, deploy to staging, then (after approval) production on ${cloud.title}, with rollback.`,
      // Fresh objects: shared ones would be written as YAML anchors, which GitHub rejects.
      data: JSON.parse(JSON.stringify(deployWorkflow(options, cloud)))
    },
    {
      kind: "text",
      path: "scripts/wait_for_health.sh",
      component: "deploy",
      comment: "hash",
      executable: true,
      text: renderTemplate("scripts/wait_for_health.sh.hbs", { name: options.name, healthPath: options.deploy.healthPath })
    },
    ...cloud.files?.(options) ?? []
  ];
  if (options.cloud === "compose") {
    files.push(tunnelCompose(options), tunnelConfig(options));
    if (options.deploy.strategy === "blue-green") files.push(switchConfig(options));
  }
  return files;
}
var deploy = {
  name: "deploy",
  description: "deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose tunnel.",
  render: renderDeploy
};

// src/components/backup/backup-scripts.ts
var TARGET_TITLES = {
  s3: "Amazon S3",
  minio: "MinIO (S3 API)",
  gcs: "Google Cloud Storage",
  "azure-blob": "Azure Blob Storage",
  local: "a local directory"
};
var backupBucket = (options) => options.backup.bucket ?? `${options.name}-backups`;
function context(options, target) {
  return {
    name: options.name,
    targetTitle: TARGET_TITLES[target],
    retention: options.backup.retention,
    bucket: backupBucket(options),
    prefix: options.backup.prefix,
    localPath: options.backup.localPath,
    local: target === "local",
    s3: target === "s3",
    minio: target === "minio",
    gcs: target === "gcs",
    azure: target === "azure-blob"
  };
}
function backupScripts(options, target) {
  const ctx = context(options, target);
  return ["backup_db.sh", "restore_db.sh"].map((file) => ({
    kind: "text",
    path: `scripts/${file}`,
    component: "backup",
    comment: "hash",
    executable: true,
    // Handlebars leaves blank lines where `{{#if}}` blocks were; squeeze them so the script reads cleanly.
    text: renderTemplate(`scripts/${file}.hbs`, ctx).replace(/\n{3,}/g, "\n\n")
  }));
}

// src/components/backup/backup-workflow.ts
function sanityQuery(options) {
  switch (options.backend.kind) {
    case "django":
      return "select count(*) from django_migrations";
    case "fastapi":
      return "select version_num from alembic_version";
    default:
      return "select count(*) from information_schema.tables where table_schema = 'public'";
  }
}
function storageLogin(options, target) {
  switch (target) {
    case "s3":
      return {
        steps: [
          {
            name: "Log in to AWS with OIDC",
            uses: pinnedAction("aws-actions/configure-aws-credentials"),
            with: { "role-to-assume": "${{ vars.BACKUP_ROLE_ARN }}", "aws-region": options.deploy.region ?? "us-east-1" }
          }
        ],
        env: {}
      };
    case "gcs":
      return {
        steps: [
          {
            name: "Authenticate to Google Cloud with Workload Identity Federation",
            uses: pinnedAction("google-github-actions/auth"),
            with: { workload_identity_provider: "${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}", service_account: "${{ vars.BACKUP_SERVICE_ACCOUNT }}" }
          },
          { name: "Set up gcloud", uses: pinnedAction("google-github-actions/setup-gcloud") }
        ],
        env: {}
      };
    case "azure-blob":
      return {
        steps: [
          {
            name: "Log in to Azure with OIDC",
            uses: pinnedAction("azure/login"),
            with: { "client-id": "${{ vars.AZURE_CLIENT_ID }}", "tenant-id": "${{ vars.AZURE_TENANT_ID }}", "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}" }
          }
        ],
        env: { AZURE_STORAGE_ACCOUNT: "${{ vars.BACKUP_STORAGE_ACCOUNT }}" }
      };
    case "minio":
      return {
        steps: [],
        env: {
          S3_ENDPOINT_URL: "${{ vars.BACKUP_S3_ENDPOINT_URL }}",
          AWS_ACCESS_KEY_ID: "${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",
          AWS_SECRET_ACCESS_KEY: "${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"
        }
      };
    case "local":
      return { steps: [], env: {} };
  }
}
var productionDb = {
  PGHOST: "${{ vars.PGHOST }}",
  PGPORT: "${{ vars.PGPORT || '5432' }}",
  PGUSER: "${{ vars.PGUSER }}",
  PGDATABASE: "${{ vars.PGDATABASE }}",
  PGSSLMODE: "require"
};
var PASSWORD = { PGPASSWORD: "${{ secrets.PGPASSWORD }}" };
var PG_TOOLS = ["pg_dump", "pg_restore", "psql", "createdb", "dropdb"];
var PG_ENV = ["PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE"];
function postgresClientStep() {
  const forward = PG_ENV.map((name) => `-e ${name}`).join(" ");
  return {
    id: "pg-client",
    name: "PostgreSQL client tools of the server's major version (pinned image)",
    env: { PG_CLIENT_IMAGE: postgresClientImage() },
    run: [
      'bin="$RUNNER_TEMP/pg-client/bin"',
      'mkdir -p "$bin"',
      `for tool in ${PG_TOOLS.join(" ")}; do`,
      `  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${forward} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,
      '  chmod +x "$bin/$tool"',
      "done",
      'docker pull --quiet "$PG_CLIENT_IMAGE"',
      'echo "$bin" >> "$GITHUB_PATH"',
      // The scripts' mktemp work folders must be under the folder the shims mount.
      'echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',
      ""
    ].join("\n")
  };
}
var verifySteps = (options) => [
  {
    id: "restore",
    name: "Restore the newest dump into the scratch database",
    run: "bash scripts/restore_db.sh latest\n"
  },
  {
    id: "sanity",
    name: "Sanity query against the restored data",
    env: { SANITY_QUERY: sanityQuery(options) },
    run: 'result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")\necho "sanity query returned: $result"\n[ -n "$result" ] && [ "$result" != "0" ]\n'
  }
];
function backupWorkflow(options, target) {
  const login2 = storageLogin(options, target);
  const permissions = target === "minio" || target === "local" ? { contents: "read" } : { contents: "read", "id-token": "write" };
  const jobs = {};
  if (target === "local") {
    jobs.backup = {
      name: "Back up and verify by restoring",
      "runs-on": ["self-hosted", `${options.name}-db`],
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      env: { ...productionDb, PGSSLMODE: "prefer", RESTORE_DATABASE: `${options.name.replace(/-/g, "_")}_restore_check` },
      steps: [
        checkoutStep(),
        postgresClientStep(),
        { id: "backup", name: "Back up the database", env: PASSWORD, run: "bash scripts/backup_db.sh\n" },
        {
          id: "scratch",
          name: "Create an empty scratch database",
          env: PASSWORD,
          run: 'dropdb --if-exists "$RESTORE_DATABASE"\ncreatedb "$RESTORE_DATABASE"\n'
        },
        ...verifySteps(options).map((step) => ({ ...step, env: { ...step.env, ...PASSWORD } })),
        { id: "cleanup", name: "Drop the scratch database", if: "${{ always() }}", env: PASSWORD, run: 'dropdb --if-exists "$RESTORE_DATABASE"\n' }
      ]
    };
  } else {
    jobs.backup = {
      name: "Back up the production database",
      "runs-on": "ubuntu-latest",
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      env: { ...productionDb, ...login2.env },
      steps: [checkoutStep(), ...login2.steps, postgresClientStep(), { id: "backup", name: "Back up the database", env: PASSWORD, run: "bash scripts/backup_db.sh\n" }]
    };
    jobs.verify = {
      name: "Verify: restore the newest dump into a scratch database",
      "runs-on": "ubuntu-latest",
      needs: ["backup"],
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      services: {
        scratch: {
          // The server image of the database it verifies (PostGIS dumps need the extension to restore).
          image: databaseImage(options),
          // A throwaway server on the runner: trust auth, nothing to protect, no password to leak.
          env: { POSTGRES_HOST_AUTH_METHOD: "trust", POSTGRES_DB: "restore_check" },
          ports: ["5432:5432"],
          options: "--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"
        }
      },
      env: {
        ...login2.env,
        PGHOST: "localhost",
        PGPORT: "5432",
        PGUSER: "postgres",
        PGDATABASE: "${{ vars.PGDATABASE }}",
        RESTORE_DATABASE: "restore_check"
      },
      steps: [
        checkoutStep(),
        ...login2.steps,
        postgresClientStep(),
        ...verifySteps(options),
        // Feeds the CloudWatch BackupTooOld alarm (infra/main.tf) once a dump has restored cleanly.
        ...target === "s3" ? [{ id: "report", name: "Report a verified backup to CloudWatch", run: `aws cloudwatch put-metric-data --namespace ${options.name} --metric-name BackupSucceeded --value 1
` }] : []
      ]
    };
  }
  return {
    name: "Backup",
    on: { schedule: [{ cron: options.backup.schedule }], workflow_dispatch: {} },
    permissions: {},
    concurrency: { group: "backup", "cancel-in-progress": false },
    jobs
  };
}

// src/components/backup/index.ts
function renderBackup(options) {
  const target = options.backup.target;
  if (target === "none" || !hasDatabase(options)) return [];
  return [
    ...backupScripts(options, target),
    {
      kind: "yaml",
      path: ".github/workflows/backup.yml",
      component: "backup",
      headerComment: "Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",
      data: JSON.parse(JSON.stringify(backupWorkflow(options, target)))
    }
  ];
}
var backup = {
  name: "backup",
  description: "backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",
  render: renderBackup
};

// src/components/monitoring/alert-rules.ts
var RUNBOOK_FOR = {
  HighErrorRate: "high-5xx-rate",
  HighLatencyP95: "high-5xx-rate",
  TargetDown: "high-5xx-rate",
  DiskAlmostFull: "incident-response",
  HighCpu: "ddos-mitigation",
  BackupTooOld: "restore-from-backup",
  BackupMetricMissing: "restore-from-backup"
};
function runbookUrl(options, alert) {
  const base = options.notifications.runbookBaseUrl?.replace(/\/+$/, "") ?? "docs/runbooks";
  return `${base}/${RUNBOOK_FOR[alert]}.md`;
}
function backupMaxAgeSeconds(schedule) {
  const [minute, hour, dom, , dow] = schedule.split(/\s+/);
  const hours = (n) => n * 3600;
  if (dow !== "*") return hours(24 * 7 + 2);
  if (dom !== "*") return hours(24 * 31 + 2);
  if (hour === "*" || hour?.includes("/") || hour?.includes(",")) return minute === "*" ? hours(1) : hours(2);
  return hours(26);
}
function alertRules(options) {
  const maxAge = backupMaxAgeSeconds(options.backup.schedule);
  const rule = (alert, expr, forDuration, severity, summary, description) => ({
    alert,
    expr,
    for: forDuration,
    labels: { severity },
    annotations: { summary, description, runbook_url: runbookUrl(options, alert) }
  });
  const rules = [];
  if (options.backend.kind !== "none") {
    rules.push(
      rule(
        "HighErrorRate",
        'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',
        "5m",
        "critical",
        `More than 5% of ${options.name} API requests fail with 5xx`,
        "The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."
      ),
      rule(
        "HighLatencyP95",
        'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',
        "10m",
        "warning",
        `${options.name} API p95 latency is above 500 ms`,
        "The 95th percentile of request duration has stayed above 0.5 s for 10 minutes."
      )
    );
  }
  rules.push(
    rule("TargetDown", "up == 0", "2m", "critical", "{{ $labels.job }} target {{ $labels.instance }} is down", "Prometheus has failed to scrape it for 2 minutes."),
    rule(
      "DiskAlmostFull",
      '(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',
      "10m",
      "warning",
      "Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full",
      "Free space has stayed under 20% for 10 minutes."
    ),
    rule(
      "HighCpu",
      '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',
      "15m",
      "warning",
      "CPU on {{ $labels.instance }} is above 90%",
      "CPU use has stayed above 90% for 15 minutes."
    )
  );
  if (options.backup.target !== "none" && (options.database === "postgres" || options.database === "postgis")) {
    rules.push(
      rule(
        "BackupTooOld",
        `time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${maxAge}`,
        "10m",
        "critical",
        "The last good backup of {{ $labels.database }} is older than the schedule allows",
        `No verified dump for more than ${maxAge / 3600} hours (schedule: ${options.backup.schedule}).`
      ),
      rule(
        "BackupMetricMissing",
        "absent(pg_backup_last_success_timestamp_seconds)",
        "1h",
        "warning",
        "No backup has reported its success metric",
        "pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting."
      )
    );
  }
  return rules;
}

// src/components/monitoring/alert-tests.ts
function firingCase(options, alert) {
  switch (alert) {
    case "HighErrorRate":
      return {
        series: [
          { series: 'http_requests_total{job="api",status="500"}', values: "0+60x20" },
          { series: 'http_requests_total{job="api",status="200"}', values: "0+600x20" }
        ],
        at: 10,
        labels: {}
      };
    case "HighLatencyP95":
      return {
        series: [
          { series: 'http_request_duration_seconds_bucket{job="api",le="0.1"}', values: "0+0x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="0.5"}', values: "0+10x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="1"}', values: "0+100x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="+Inf"}', values: "0+100x30" }
        ],
        at: 20,
        labels: {}
      };
    case "TargetDown":
      return { series: [{ series: 'up{job="api",instance="backend:8000"}', values: "0x10" }], at: 5, labels: { job: "api", instance: "backend:8000" } };
    case "DiskAlmostFull": {
      const l = 'instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';
      return {
        series: [
          { series: `node_filesystem_avail_bytes{${l}}`, values: "10x30" },
          { series: `node_filesystem_size_bytes{${l}}`, values: "100x30" }
        ],
        at: 15,
        labels: { instance: "host:9100", mountpoint: "/", fstype: "ext4", device: "/dev/sda1" }
      };
    }
    case "HighCpu":
      return { series: [{ series: 'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}', values: "0+3x30" }], at: 20, labels: { instance: "host:9100" } };
    case "BackupTooOld": {
      const minutes = Math.ceil(backupMaxAgeSeconds(options.backup.schedule) / 60) + 20;
      return {
        series: [{ series: 'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}', values: `0x${minutes + 1}` }],
        at: minutes,
        labels: { database: "shop" }
      };
    }
    case "BackupMetricMissing":
      return { series: [{ series: 'up{job="api",instance="backend:8000"}', values: "1x80" }], at: 70, labels: {} };
  }
}
var HEALTHY = [
  { series: 'http_requests_total{job="api",status="500"}', values: "0+1x40" },
  { series: 'http_requests_total{job="api",status="200"}', values: "0+600x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="0.1"}', values: "0+95x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="0.5"}', values: "0+100x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="+Inf"}', values: "0+100x40" },
  { series: 'up{job="api",instance="backend:8000"}', values: "1x40" },
  { series: 'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}', values: "60x40" },
  { series: 'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}', values: "100x40" },
  { series: 'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}', values: "0+50x40" },
  // A fresh backup: its timestamp advances with the clock (60 s per 1 m sample).
  { series: 'pg_backup_last_success_timestamp_seconds{database="shop"}', values: "0+60x40" }
];
function expand(text, labels2) {
  return text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, k) => labels2[k] ?? "");
}
function alertTests(options, rules = alertRules(options)) {
  const tests = rules.map((r) => {
    const c = firingCase(options, r.alert);
    return {
      interval: "1m",
      input_series: c.series,
      alert_rule_test: [
        {
          eval_time: `${c.at}m`,
          alertname: r.alert,
          exp_alerts: [
            {
              exp_labels: { ...c.labels, severity: r.labels.severity },
              exp_annotations: {
                summary: expand(r.annotations.summary, c.labels),
                description: r.annotations.description,
                runbook_url: r.annotations.runbook_url
              }
            }
          ]
        }
      ]
    };
  });
  tests.push({
    interval: "1m",
    input_series: HEALTHY,
    alert_rule_test: rules.map((r) => ({ eval_time: "35m", alertname: r.alert, exp_alerts: [] }))
  });
  return { rule_files: ["alerts.yml"], evaluation_interval: "1m", tests };
}

// src/components/monitoring/alertmanager.ts
var ALERTMANAGER_SECRET_DIR = "/etc/alertmanager/secrets";
function receiver(options) {
  const title2 = "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})";
  const text = "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.runbook_url }}\n{{ end }}";
  switch (options.alerting) {
    case "slack":
      return {
        name: "oncall",
        slack_configs: [
          { api_url_file: `${ALERTMANAGER_SECRET_DIR}/slack_webhook_url`, channel: options.notifications.slackChannel, send_resolved: true, title: title2, text }
        ]
      };
    case "pagerduty":
      return {
        name: "oncall",
        pagerduty_configs: [{ routing_key_file: `${ALERTMANAGER_SECRET_DIR}/pagerduty_routing_key`, send_resolved: true, description: title2 }]
      };
    case "email":
      return {
        name: "oncall",
        email_configs: [{ to: options.notifications.email, send_resolved: true, headers: { Subject: title2 }, text }]
      };
    case "none":
      return { name: "oncall" };
  }
}
function alertmanagerConfig(options) {
  const global = { resolve_timeout: "5m" };
  if (options.alerting === "email") {
    Object.assign(global, {
      smtp_from: `alertmanager@${options.notifications.email.split("@")[1]}`,
      smtp_smarthost: `smtp.${options.notifications.email.split("@")[1]}:587`,
      smtp_auth_username: `alertmanager@${options.notifications.email.split("@")[1]}`,
      smtp_auth_password_file: `${ALERTMANAGER_SECRET_DIR}/smtp_password`,
      smtp_require_tls: true
    });
  }
  return {
    global,
    route: {
      receiver: "oncall",
      group_by: ["alertname", "job"],
      group_wait: "30s",
      group_interval: "5m",
      repeat_interval: "4h",
      routes: [
        { receiver: "oncall", matchers: ['severity="critical"'], group_wait: "10s", repeat_interval: "1h" },
        { receiver: "oncall", matchers: ['severity="warning"'], repeat_interval: "12h" }
      ]
    },
    // A critical alert silences warnings about the same target.
    inhibit_rules: [{ source_matchers: ['severity="critical"'], target_matchers: ['severity="warning"'], equal: ["instance"] }],
    receivers: [receiver(options)]
  };
}

// src/components/monitoring/index.ts
function scrapeConfigs(options) {
  const api = serviceTargets(options).find((s) => s.key === "api");
  if (options.cloud === "kubernetes") {
    return [
      {
        job_name: "api",
        kubernetes_sd_configs: [{ role: "pod", namespaces: { names: [`${options.name}-prod`] } }],
        relabel_configs: [
          { source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_scrape"], action: "keep", regex: "true" },
          { source_labels: ["__meta_kubernetes_pod_label_app_kubernetes_io_component"], action: "keep", regex: "api" },
          { source_labels: ["__meta_kubernetes_pod_name"], target_label: "instance" }
        ]
      },
      { job_name: "node", kubernetes_sd_configs: [{ role: "node" }], relabel_configs: [{ source_labels: ["__address__"], regex: "(.+):\\d+", replacement: "$1:9100", target_label: "__address__" }] }
    ];
  }
  const jobs = [];
  if (api) jobs.push({ job_name: "api", metrics_path: "/metrics", static_configs: [{ targets: [`backend:${api.port}`] }] });
  jobs.push({ job_name: "node", static_configs: [{ targets: ["node-exporter:9100"] }] });
  if (options.backup.target !== "none") jobs.push({ job_name: "pushgateway", honor_labels: true, static_configs: [{ targets: ["pushgateway:9091"] }] });
  return jobs;
}
function renderMonitoring(options) {
  const rules = alertRules(options);
  const files = [
    {
      kind: "yaml",
      path: "monitoring/prometheus.yml",
      component: "monitoring",
      data: {
        global: { scrape_interval: "15s", evaluation_interval: "30s", external_labels: { project: options.name } },
        rule_files: ["alerts.yml"],
        ...options.alerting !== "none" ? { alerting: { alertmanagers: [{ static_configs: [{ targets: ["alertmanager:9093"] }] }] } } : {},
        scrape_configs: scrapeConfigs(options)
      }
    },
    {
      kind: "yaml",
      path: "monitoring/alerts.yml",
      component: "monitoring",
      headerComment: "Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",
      data: { groups: [{ name: `${options.name}.rules`, rules }] }
    },
    { kind: "yaml", path: "monitoring/alerts.test.yml", component: "monitoring", data: alertTests(options, rules) }
  ];
  if (options.alerting !== "none") {
    files.push({
      kind: "yaml",
      path: "monitoring/alertmanager.yml",
      component: "monitoring",
      headerComment: `Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.`,
      data: alertmanagerConfig(options)
    });
  }
  return files;
}
var monitoring = {
  name: "monitoring",
  description: "Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",
  render: renderMonitoring
};

// src/components/runbooks/runbook-content.ts
function destination(options) {
  switch (options.alerting) {
    case "slack":
      return `Slack ${options.notifications.slackChannel} (monitoring/alertmanager.yml)`;
    case "pagerduty":
      return "PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";
    case "email":
      return `${options.notifications.email} (monitoring/alertmanager.yml)`;
    case "none":
      return 'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them';
  }
}
function backupWhere(options) {
  const b = options.backup;
  switch (b.target) {
    case "local":
      return `${b.localPath} on the database host`;
    case "s3":
      return `s3://${backupBucket(options)}/${b.prefix}/`;
    case "minio":
      return `MinIO bucket ${backupBucket(options)}, prefix ${b.prefix}/`;
    case "gcs":
      return `gs://${backupBucket(options)}/${b.prefix}/`;
    case "azure-blob":
      return `Azure Blob container ${backupBucket(options)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${b.prefix}/`;
    case "none":
      return 'nowhere: backup.target is "none"';
  }
}
function listDumps(options) {
  const b = options.backup;
  const where = `${backupBucket(options)}/${b.prefix}/`;
  switch (b.target) {
    case "local":
      return `ls -l ${b.localPath}`;
    case "s3":
      return `aws s3 ls s3://${where}`;
    case "minio":
      return `aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${where}`;
    case "gcs":
      return `gcloud storage ls gs://${where}`;
    case "azure-blob":
      return `az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${backupBucket(options)} --prefix ${b.prefix}/ --query '[].name' --output tsv`;
    case "none":
      return "";
  }
}
function runbooks(options) {
  const cloud = CLOUD_STRATEGIES[options.cloud];
  const cmd = cloud.runbook(options);
  const db = hasDatabase(options);
  const escalateCloud = {
    "aws-ecs": 'AWS Support case (Business or higher: severity "Production system down") from the AWS console',
    "gcp-cloud-run": "Google Cloud support case (P1) from the console; check status.cloud.google.com first",
    "azure-container-apps": "Azure support request (Severity A) from the portal; check azure.status.microsoft first",
    kubernetes: "the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",
    compose: "whoever administers the server and the Cloudflare account"
  }[options.cloud];
  const escalate = (extra = []) => [
    `Not mitigated within 15 minutes: page the secondary on-call through ${destination(options)}.`,
    ...extra,
    `Platform fault suspected: ${escalateCloud}.`,
    "Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."
  ];
  const healthUrl = "$API_URL" + options.deploy.healthPath;
  const checkHealth = `\`curl --fail --silent --show-error --max-time 5 "${healthUrl}" && echo healthy\` (API_URL: the production environment's variable)`;
  const list = [];
  if (db) {
    list.push({
      slug: "db-connection-failure",
      title: "Database connection failure",
      purpose: `The application cannot reach its ${options.database === "postgis" ? "PostGIS" : "PostgreSQL"} database: requests fail with 5xx and health checks at ${options.deploy.healthPath} go red.`,
      alerts: ["TargetDown", "HighErrorRate"],
      severity: "critical",
      confirm: [`${checkHealth}`, "Application logs show connection refused, timeouts or `too many connections`."],
      diagnose: [
        { label: "Service state", command: cmd.status },
        { label: "Application logs (look for connection errors)", command: cmd.logs },
        { label: "Database state", command: cmd.databaseStatus },
        { label: "Recent platform events", command: cmd.events }
      ],
      mitigate: [
        { label: "Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop." },
        { label: "Connections exhausted: restart the application to drop leaked connections", command: cmd.restartService },
        { label: "A deploy just changed connection settings: roll back (rollback.md)", command: cmd.rollback },
        { label: "Data lost or corrupted: restore (restore-from-backup.md)." }
      ],
      escalate: escalate(),
      verify: [checkHealth, "The TargetDown and HighErrorRate alerts resolve in Alertmanager.", "Error rate in the logs back to its usual level for 15 minutes."],
      related: ["rollback", "restore-from-backup", "incident-response"]
    });
  }
  if (options.objectStorage !== "none" || options.backup.target !== "none") {
    list.push({
      slug: "object-storage-unavailable",
      title: "Object storage unavailable",
      purpose: `Uploads or downloads fail${options.backup.target !== "none" ? `, or backups cannot be written to ${backupWhere(options)}` : ""}.`,
      alerts: ["HighErrorRate", ...options.backup.target !== "none" ? ["BackupTooOld"] : []],
      severity: "critical",
      confirm: ["Application logs show errors from the storage client (403, 5xx, timeouts).", "The backup workflow (.github/workflows/backup.yml) failed at its upload step."],
      diagnose: [
        { label: "Is the bucket reachable with the app's identity?", command: cmd.storageCheck },
        { label: "Application logs", command: cmd.logs }
      ],
      mitigate: [
        { label: "Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded." },
        { label: "Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply", command: "terraform -chdir=infra plan" },
        { label: "Backups missed: once storage is back, run the backup by hand", command: "gh workflow run backup.yml && gh run watch" }
      ],
      escalate: escalate(),
      verify: ["The storage check above succeeds.", "A manual run of backup.yml passes both jobs (backup and restore test)."],
      related: ["restore-from-backup", "incident-response"]
    });
  }
  list.push({
    slug: "high-5xx-rate",
    title: "High 5xx rate or latency",
    purpose: "More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",
    alerts: ["HighErrorRate", "HighLatencyP95", "TargetDown"],
    severity: "critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",
    confirm: [checkHealth, "Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],
    diagnose: [
      { label: "Service state", command: cmd.status },
      { label: "Errors in the logs", command: cmd.logs },
      { label: "Platform events (crash loops, OOM kills, failed health checks)", command: cmd.events },
      ...db ? [{ label: "Database health (a slow database shows as latency first)", command: cmd.databaseStatus }] : []
    ],
    mitigate: [
      { label: "Started with a deploy: roll back first, investigate after (rollback.md)", command: cmd.rollback },
      { label: "Traffic surge: scale out", command: cmd.scaleOut },
      { label: "Abusive traffic: see ddos-mitigation.md." }
    ],
    escalate: escalate(),
    verify: ["HighErrorRate and HighLatencyP95 resolve.", checkHealth],
    related: ["rollback", "ddos-mitigation", "incident-response"]
  });
  list.push({
    slug: "ddos-mitigation",
    title: "DDoS and abusive traffic",
    purpose: "Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",
    alerts: ["HighCpu", "HighLatencyP95", "HighErrorRate"],
    severity: "critical",
    confirm: ["Request logs show a few IPs, user agents or paths dominating traffic.", "CPU above 90% without a matching rise in real users."],
    diagnose: [
      { label: "Top talkers in the application logs", command: `${cmd.logs.replace(/ --follow$/, "")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20` },
      { label: "Service state and scaling", command: cmd.status }
    ],
    mitigate: [
      { label: "Block the offending sources at the edge", command: cmd.edgeBlock },
      { label: `Buy headroom: scale out (up to ${options.deploy.maxReplicas * 2} replicas) while blocking`, command: cmd.scaleOut },
      { label: "Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response." }
    ],
    escalate: escalate(),
    verify: ["CPU back under 70% and HighCpu resolved.", checkHealth, "Remove temporary blocks after 24 hours if they catch real users."],
    related: ["high-5xx-rate", "incident-response"]
  });
  list.push({
    slug: "rollback",
    title: "Roll back a deploy",
    purpose: `deploy.yml rolls back by itself when health polling of ${options.deploy.healthPath} fails after a ${options.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,
    alerts: ["HighErrorRate", "HighLatencyP95"],
    severity: "critical",
    confirm: ["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],
    diagnose: [
      { label: "What is running now", command: cmd.status },
      { label: "Logs of the new version", command: cmd.logs }
    ],
    mitigate: [
      { label: "Put the previous version back", command: cmd.rollback },
      ...db ? [
        {
          label: "Migrations are not rolled back automatically. If the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since.",
          command: cmd.listSnapshots
        }
      ] : [],
      { label: "Stop further deploys until fixed: disable the workflow", command: "gh workflow disable deploy.yml" }
    ],
    escalate: escalate(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),
    verify: [checkHealth, "Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],
    related: ["restore-from-backup", "high-5xx-rate"]
  });
  if (db) {
    list.push({
      slug: "restore-from-backup",
      title: "Restore the database from a backup",
      purpose: `Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${backupWhere(options)}, kept ${options.backup.retention.daily} daily / ${options.backup.retention.weekly} weekly / ${options.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule "${options.backup.schedule}" and restore-tested by .github/workflows/backup.yml.`,
      alerts: options.backup.target !== "none" ? ["BackupTooOld", "BackupMetricMissing"] : ["HighErrorRate"],
      severity: "critical",
      confirm: ["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],
      diagnose: [
        ...options.backup.target !== "none" ? [{ label: "Dumps available (newest last)", command: listDumps(options) }] : [],
        { label: "State of the database to restore into", command: cmd.databaseStatus },
        { label: "Pre-deploy snapshots (deploy.yml takes one before every migration)", command: cmd.listSnapshots },
        { label: "Last backup runs", command: "gh run list --workflow backup.yml --limit 5" }
      ],
      mitigate: [
        {
          label: "Restore the newest dump into a new database first, check it, then switch the app to it",
          command: [
            "# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",
            `eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,
            "export PGPASSFILE=~/.pgpass",
            `createdb ${options.name.replace(/-/g, "_")}_restored`,
            `RESTORE_DATABASE=${options.name.replace(/-/g, "_")}_restored bash scripts/restore_db.sh latest`
          ].join("\n")
        },
        { label: "A specific dump instead of the newest: pass its name as listed by the target", command: `RESTORE_DATABASE=${options.name.replace(/-/g, "_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing` },
        { label: "Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application." }
      ],
      escalate: escalate(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),
      verify: [checkHealth, "Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],
      related: ["db-connection-failure", "rollback", "incident-response"]
    });
  }
  list.push({
    slug: "incident-response",
    title: "Incident response and on-call",
    purpose: `How on-call works for ${options.name}: alerts from monitoring/alerts.yml go to ${destination(options)}; the runbooks in this folder cover each alert.`,
    alerts: ["DiskAlmostFull", "any alert without a runbook of its own"],
    severity: "critical pages, warning notifies",
    confirm: ["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).", "Open the runbook linked in the alert's runbook_url."],
    diagnose: [
      { label: "Service overview", command: cmd.status },
      { label: "Logs", command: cmd.logs },
      { label: "Last deploys", command: "gh run list --workflow deploy.yml --limit 5" }
    ],
    mitigate: [
      { label: "Mitigate first (roll back, scale out, block), find the root cause after." },
      { label: "Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume." },
      { label: "Name one incident lead; everyone else reports to them. Write a timeline as you go." }
    ],
    escalate: escalate(),
    verify: ["All alerts resolved, health endpoint green for 30 minutes.", "A blameless review within 5 working days, with follow-up issues filed."],
    related: list.map((r) => r.slug)
  });
  return list;
}

// src/components/runbooks/index.ts
function renderRunbooks(options) {
  const cloudTitle = CLOUD_STRATEGIES[options.cloud].title;
  const alertDestination = options.alerting === "none" ? 'nobody: alerting is "none"' : options.alerting === "slack" ? `Slack ${options.notifications.slackChannel}` : options.alerting === "email" ? `${options.notifications.email}` : "PagerDuty";
  return runbooks(options).map((r) => ({
    kind: "text",
    path: `docs/runbooks/${r.slug}.md`,
    component: "runbooks",
    comment: "html",
    text: renderTemplate("runbooks/runbook.md.hbs", { ...r, name: options.name, cloudTitle, alertDestination, alertSource: "monitoring/alerts.yml" })
  }));
}
var runbooksComponent = {
  name: "runbooks",
  description: "docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",
  render: renderRunbooks
};

// src/components/kubernetes/workloads.ts
var labels = (options, component) => ({
  "app.kubernetes.io/name": `${options.name}-${component}`,
  "app.kubernetes.io/component": component,
  "app.kubernetes.io/part-of": options.name
});
var selector = (options, component) => ({
  "app.kubernetes.io/name": `${options.name}-${component}`,
  "app.kubernetes.io/component": component
});
var podSecurity = (uid) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  seccompProfile: { type: "RuntimeDefault" }
});
var containerSecurity = () => ({
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  privileged: false,
  capabilities: { drop: ["ALL"] }
});
var envFrom = (options) => [{ configMapRef: { name: `${options.name}-config` } }, { secretRef: { name: `${options.name}-secrets` } }];
function deployment(options, svc) {
  const probe = (period, failures) => ({
    httpGet: { path: svc.healthPath, port: "http" },
    periodSeconds: period,
    timeoutSeconds: 3,
    failureThreshold: failures
  });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
    spec: {
      // The HPA owns the replica count once it exists; this is the starting point.
      replicas: options.deploy.minReplicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(options, svc.key) },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: labels(options, svc.key),
          annotations: svc.key === "api" ? { "prometheus.io/scrape": "true", "prometheus.io/port": String(svc.port), "prometheus.io/path": "/metrics" } : {}
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity(10001),
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: svc.key,
              image: svc.image,
              ports: [{ name: "http", containerPort: svc.port, protocol: "TCP" }],
              envFrom: envFrom(options),
              readinessProbe: probe(5, 3),
              livenessProbe: { ...probe(15, 4), initialDelaySeconds: 20 },
              startupProbe: probe(5, 30),
              resources: svc.key === "api" ? { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } } : { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
              securityContext: containerSecurity(),
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }]
            }
          ],
          volumes: [{ name: "tmp", emptyDir: { sizeLimit: "256Mi" } }]
        }
      }
    }
  };
}
var service = (options, svc) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: { type: "ClusterIP", selector: selector(options, svc.key), ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] }
});
var hpa = (options, svc) => ({
  apiVersion: "autoscaling/v2",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: `${options.name}-${svc.key}` },
    minReplicas: options.deploy.minReplicas,
    maxReplicas: options.deploy.maxReplicas,
    metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }]
  }
});
var pdb = (options, svc) => ({
  apiVersion: "policy/v1",
  kind: "PodDisruptionBudget",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: { minAvailable: 1, selector: { matchLabels: selector(options, svc.key) } }
});
var migrationJob = (options, api) => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: `${options.name}-migrate`, labels: labels(options, "migrate") },
  spec: {
    backoffLimit: 0,
    activeDeadlineSeconds: 900,
    ttlSecondsAfterFinished: 86400,
    template: {
      metadata: { labels: labels(options, "migrate") },
      spec: {
        restartPolicy: "Never",
        automountServiceAccountToken: false,
        securityContext: podSecurity(10001),
        containers: [
          {
            name: "migrate",
            image: api.image,
            command: migrationCommand(options),
            envFrom: envFrom(options),
            resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } },
            securityContext: containerSecurity(),
            volumeMounts: [{ name: "tmp", mountPath: "/tmp" }]
          }
        ],
        volumes: [{ name: "tmp", emptyDir: { sizeLimit: "256Mi" } }]
      }
    }
  }
});
function dbDump(options) {
  if (!hasDatabase(options)) return [];
  const pvc = `${options.name}-db-dumps`;
  return [
    {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: pvc, labels: labels(options, "db-dump") },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } }
    },
    {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: `${options.name}-db-dump`, labels: labels(options, "db-dump") },
      spec: {
        schedule: options.backup.schedule,
        suspend: true,
        concurrencyPolicy: "Forbid",
        jobTemplate: {
          metadata: { labels: labels(options, "db-dump") },
          spec: {
            backoffLimit: 0,
            activeDeadlineSeconds: 1800,
            template: {
              metadata: { labels: labels(options, "db-dump") },
              spec: {
                restartPolicy: "Never",
                automountServiceAccountToken: false,
                // uid 70 is postgres in the alpine image.
                securityContext: podSecurity(70),
                containers: [
                  {
                    name: "pg-dump",
                    image: postgresClientImage(),
                    // libpq reads PGHOST/PGUSER/PGPASSWORD/PGDATABASE from the secret: no password on a command line.
                    command: ["sh", "-c", 'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],
                    envFrom: [{ secretRef: { name: `${options.name}-secrets` } }],
                    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "1", memory: "512Mi" } },
                    securityContext: containerSecurity(),
                    volumeMounts: [
                      { name: "dumps", mountPath: "/dumps" },
                      { name: "tmp", mountPath: "/tmp" }
                    ]
                  }
                ],
                volumes: [
                  { name: "dumps", persistentVolumeClaim: { claimName: pvc } },
                  { name: "tmp", emptyDir: { sizeLimit: "64Mi" } }
                ]
              }
            }
          }
        }
      }
    }
  ];
}

// src/components/kubernetes/cluster-objects.ts
var configMap = (options) => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name: `${options.name}-config`, labels: labels(options, "config") },
  data: { APP_NAME: options.name, HEALTH_PATH: options.deploy.healthPath, ...options.backend.kind !== "none" ? { PORT: String(options.backend.port) } : {} }
});
var externalSecret = (options) => ({
  apiVersion: "external-secrets.io/v1beta1",
  kind: "ExternalSecret",
  metadata: { name: `${options.name}-secrets`, labels: labels(options, "secrets") },
  spec: {
    refreshInterval: "1h",
    secretStoreRef: { kind: "ClusterSecretStore", name: "default" },
    target: { name: `${options.name}-secrets`, creationPolicy: "Owner" },
    dataFrom: [{ extract: { key: `${options.name}/app` } }]
  }
});
function ingress(options, services) {
  const backend = (svc) => ({ service: { name: `${options.name}-${svc.key}`, port: { name: "http" } } });
  const api = services.find((s) => s.key === "api");
  const web = services.find((s) => s.key === "web");
  const domain = options.deploy.domain;
  const rules = [];
  if (domain) {
    if (api) rules.push({ host: web ? `api.${domain}` : domain, http: { paths: [{ path: "/", pathType: "Prefix", backend: backend(api) }] } });
    if (web) rules.push({ host: domain, http: { paths: [{ path: "/", pathType: "Prefix", backend: backend(web) }] } });
  } else {
    const paths = [];
    if (api && web) paths.push({ path: "/api", pathType: "Prefix", backend: backend(api) }, { path: options.deploy.healthPath, pathType: "Exact", backend: backend(api) });
    paths.push({ path: "/", pathType: "Prefix", backend: backend(web ?? api) });
    rules.push({ http: { paths } });
  }
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: options.name,
      labels: labels(options, "ingress"),
      annotations: { "nginx.ingress.kubernetes.io/limit-rps": "20", "nginx.ingress.kubernetes.io/ssl-redirect": "true" }
    },
    spec: {
      ingressClassName: "nginx",
      ...domain ? { tls: [{ hosts: rules.map((r) => r.host), secretName: `${options.name}-tls` }] } : {},
      rules
    }
  };
}
function networkPolicies(options, services) {
  const partOf = { "app.kubernetes.io/part-of": options.name };
  const policies = [
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${options.name}-default-deny`, labels: labels(options, "network") },
      spec: { podSelector: { matchLabels: partOf }, policyTypes: ["Ingress", "Egress"] }
    },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${options.name}-egress`, labels: labels(options, "network") },
      spec: {
        podSelector: { matchLabels: partOf },
        policyTypes: ["Egress"],
        egress: [
          { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }], ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }] },
          { to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["169.254.169.254/32"] } }], ports: [{ protocol: "TCP", port: 5432 }, { protocol: "TCP", port: 6379 }, { protocol: "TCP", port: 443 }] }
        ]
      }
    }
  ];
  for (const svc of services) {
    const from = [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }];
    if (svc.key === "api") from.push({ podSelector: { matchLabels: { "app.kubernetes.io/component": "web" } } });
    if (svc.key === "api") from.push({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } });
    policies.push({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${options.name}-${svc.key}-ingress`, labels: labels(options, "network") },
      spec: {
        podSelector: { matchLabels: { "app.kubernetes.io/component": svc.key, ...partOf } },
        policyTypes: ["Ingress"],
        ingress: [{ from, ports: [{ protocol: "TCP", port: svc.port }] }]
      }
    });
  }
  return policies;
}
var namespace = (name) => ({
  apiVersion: "v1",
  kind: "Namespace",
  metadata: {
    name,
    // Pod Security Admission enforces the restricted profile the manifests are written for.
    labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/warn": "restricted" }
  }
});

// src/components/kubernetes/index.ts
var fileName = (o) => `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`;
var model = (path, data) => ({ kind: "yaml", path, component: "kubernetes", data });
function baseObjects(options) {
  const services = serviceTargets(options);
  return [
    configMap(options),
    externalSecret(options),
    ...services.flatMap((s) => [deployment(options, s), service(options, s), hpa(options, s), pdb(options, s)]),
    ingress(options, services),
    ...networkPolicies(options, services),
    ...dbDump(options)
  ];
}
function renderKubernetes(options) {
  if (options.cloud !== "kubernetes") return [];
  const services = serviceTargets(options);
  if (services.length === 0) return [];
  const base = baseObjects(options);
  const files = base.map((o) => model(`k8s/base/${fileName(o)}`, o));
  files.push(model("k8s/base/kustomization.yaml", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: base.map(fileName) }));
  const api = services.find((s) => s.key === "api");
  if (api && api.migrate) {
    const job2 = migrationJob(options, api);
    files.push(
      model(`k8s/migrate/${fileName(job2)}`, job2),
      model("k8s/migrate/kustomization.yaml", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [fileName(job2)] })
    );
  }
  for (const [overlay, environment] of [["dev", "staging"], ["prod", "production"]]) {
    const ns = namespaceFor(options.name, environment);
    files.push(
      model(`k8s/overlays/${overlay}/namespace.yaml`, namespace(ns)),
      model(`k8s/overlays/${overlay}/kustomization.yaml`, {
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        namespace: ns,
        resources: ["namespace.yaml", "../../base"],
        labels: [{ pairs: { "app.kubernetes.io/instance": ns }, includeSelectors: false }]
      })
    );
  }
  return files;
}
var kubernetesManifests = {
  name: "kubernetes",
  description: "Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",
  render: renderKubernetes
};

// src/components/uptime/index.ts
function uptimeWorkflow(options) {
  const steps = serviceTargets(options).map((svc) => ({
    id: `probe-${svc.key}`,
    name: `Probe ${svc.key} ${svc.healthPath}`,
    env: { URL: `\${{ vars.${svc.urlVar} }}${svc.healthPath}` },
    // --retry with --retry-all-errors: a blip is retried 3 times, 10 s apart, before it counts.
    run: 'curl --fail --silent --show-error --max-time 10 --retry 3 --retry-delay 10 --retry-all-errors --output /dev/null "$URL"\necho "$URL is up"\n'
  }));
  const jobs = {
    probe: { name: "Probe production", "runs-on": "ubuntu-latest", environment: "production", permissions: {}, "timeout-minutes": 5, steps }
  };
  if (options.notifications.slack || options.alerting === "slack") {
    jobs.notify = {
      name: "Alert on a failed probe",
      "runs-on": "ubuntu-latest",
      needs: ["probe"],
      if: "${{ failure() }}",
      permissions: {},
      "timeout-minutes": 5,
      steps: [
        {
          id: "slack",
          name: "Post to Slack",
          uses: pinnedAction("slackapi/slack-github-action"),
          with: {
            webhook: "${{ secrets.SLACK_WEBHOOK_URL }}",
            "webhook-type": "incoming-webhook",
            payload: `text: ${JSON.stringify(`${options.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`
          }
        }
      ]
    };
  }
  return {
    name: "Uptime",
    on: { schedule: [{ cron: "*/10 * * * *" }], workflow_dispatch: {} },
    permissions: {},
    concurrency: { group: "uptime", "cancel-in-progress": true },
    jobs
  };
}
var uptime = {
  name: "uptime",
  description: "uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert.",
  render: (options) => serviceTargets(options).length === 0 ? [] : [{ kind: "yaml", path: ".github/workflows/uptime.yml", component: "uptime", headerComment: "A failed run also emails the workflow's watchers (GitHub's default notification).", data: JSON.parse(JSON.stringify(uptimeWorkflow(options))) }]
};

// src/components/infrastructure/index.ts
var FILES = {
  "aws-ecs": [
    ["aws-ecs/versions.tf.hbs", "infra/versions.tf"],
    ["aws-ecs/variables.tf.hbs", "infra/variables.tf"],
    ["aws-ecs/main.tf.hbs", "infra/main.tf"],
    ["aws-ecs/outputs.tf.hbs", "infra/outputs.tf"],
    ["aws-ecs/module-variables.tf.hbs", "infra/modules/environment/variables.tf"],
    ["aws-ecs/module-main.tf.hbs", "infra/modules/environment/main.tf"]
  ],
  "gcp-cloud-run": [
    ["gcp-cloud-run/versions.tf.hbs", "infra/versions.tf"],
    ["gcp-cloud-run/variables.tf.hbs", "infra/variables.tf"],
    ["gcp-cloud-run/main.tf.hbs", "infra/main.tf"],
    ["gcp-cloud-run/environment.tf.hbs", "infra/environment.tf"]
  ],
  "azure-container-apps": [
    ["azure-container-apps/versions.tf.hbs", "infra/versions.tf"],
    ["azure-container-apps/variables.tf.hbs", "infra/variables.tf"],
    ["azure-container-apps/main.tf.hbs", "infra/main.tf"],
    ["azure-container-apps/environment.tf.hbs", "infra/environment.tf"]
  ],
  kubernetes: [
    ["kubernetes/versions.tf.hbs", "infra/versions.tf"],
    ["kubernetes/main.tf.hbs", "infra/main.tf"]
  ],
  compose: [
    ["compose/versions.tf.hbs", "infra/versions.tf"],
    ["compose/main.tf.hbs", "infra/main.tf"]
  ]
};
var terraformContext = (options) => ({
  name: options.name,
  region: options.deploy.region ?? CLOUD_STRATEGIES[options.cloud].defaultRegion ?? "",
  services: serviceTargets(options),
  progressive: options.deploy.strategy !== "rolling",
  minReplicas: options.deploy.minReplicas,
  maxReplicas: options.deploy.maxReplicas,
  hasDatabase: hasDatabase(options),
  dbName: options.name.replace(/-/g, "_"),
  migrateCommand: `[${migrationCommand(options).map((a) => JSON.stringify(a)).join(", ")}]`,
  bucket: backupBucket(options),
  prefix: options.backup.prefix,
  s3Backups: options.backup.target === "s3" && hasDatabase(options),
  gcsBackups: options.backup.target === "gcs" && hasDatabase(options),
  azureBackups: options.backup.target === "azure-blob" && hasDatabase(options),
  domain: options.deploy.domain ?? "",
  // Azure storage account and registry names: lowercase letters and digits only.
  compactName: options.name.replace(/[^a-z0-9]/g, "").slice(0, 12)
});
function renderInfrastructure(options) {
  if (serviceTargets(options).length === 0) return [];
  const ctx = terraformContext(options);
  const files = [...FILES[options.cloud], ["common/github.tf.hbs", "infra/github.tf"]];
  return files.map(([template, path]) => ({
    kind: "text",
    path,
    component: "infrastructure",
    comment: "hash",
    // Block helpers leave blank lines behind; terraform fmt allows at most one in a row.
    text: renderTemplate(`terraform/${template}`, ctx).replace(/\n{3,}/g, "\n\n")
  }));
}
var infrastructure = {
  name: "infrastructure",
  description: "Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",
  render: renderInfrastructure
};

// src/components/resync-workflow/index.ts
var RESYNC_WORKFLOW_PATH = ".github/workflows/baseline-resync.yml";
function resyncWorkflow() {
  return {
    name: "Baseline resync",
    on: {
      // Monday morning UTC, off the hour (GitHub delays jobs scheduled on the hour).
      schedule: [{ cron: "41 5 * * 1" }],
      workflow_dispatch: null
    },
    permissions: {},
    concurrency: { group: "baseline-resync", "cancel-in-progress": false },
    jobs: {
      resync: {
        name: "Open or update the baseline PR",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 15,
        // The job's own token only reads the checkout; writes use the App token or the PAT below.
        permissions: { contents: "read" },
        steps: [
          {
            id: "app-token",
            name: "Mint a GitHub App token (when BASELINE_APP_ID is set)",
            if: "${{ vars.BASELINE_APP_ID != '' }}",
            uses: pinnedAction("actions/create-github-app-token"),
            with: {
              "app-id": "${{ vars.BASELINE_APP_ID }}",
              "private-key": "${{ secrets.BASELINE_APP_PRIVATE_KEY }}",
              "permission-contents": "write",
              "permission-pull-requests": "write",
              "permission-workflows": "write"
            }
          },
          checkoutStep(),
          { id: "setup-node", name: "Set up Node.js", uses: pinnedAction("actions/setup-node"), with: { "node-version": "22" } },
          {
            id: "resync",
            name: "Resync",
            // GITHUB_API_URL is set on every runner; it points at the GHES API there.
            env: { BASELINE_TOKEN: "${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}" },
            // @latest on purpose: the point of the job is to pick up the newest baseline; the PR is reviewed.
            run: 'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'
          }
        ]
      }
    }
  };
}
var resyncWorkflowComponent = {
  name: "resync-workflow",
  description: "baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",
  render: () => [
    {
      kind: "yaml",
      path: RESYNC_WORKFLOW_PATH,
      component: "resync-workflow",
      data: resyncWorkflow(),
      headerComment: "Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."
    }
  ]
};

// src/components/index.ts
var COMPONENTS = [ci, security, dependencyUpdates, docker, compose, proxy, databaseGuidance, deploy, backup, monitoring, runbooksComponent, kubernetesManifests, uptime, infrastructure, resyncWorkflowComponent];
function renderModels(options) {
  const unknown = options.exclude.filter((name) => !COMPONENTS.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw badInput(`exclude: ${unknown.map((u) => JSON.stringify(u)).join(", ")} is not a component. Allowed: ${COMPONENTS.map((c) => c.name).join(", ")}`);
  }
  return COMPONENTS.filter((c) => !options.exclude.includes(c.name)).flatMap((c) => c.render(options));
}

// src/synth/marker.ts
var TOOL_NAME = "create-devops-baseline";
var MARKER_TEXT = `Owned by ${TOOL_NAME}. Do not edit by hand: change devops-baseline config and run "npx ${TOOL_NAME} synth".`;
var LEADING_DIRECTIVE = /^(#!|# ?(syntax|escape|check)=)/i;
function markerLine(syntax) {
  switch (syntax) {
    case "hash":
      return `# ${MARKER_TEXT}`;
    case "html":
      return `<!-- ${MARKER_TEXT} -->`;
    case "slash":
      return `// ${MARKER_TEXT}`;
    case "none":
      return void 0;
  }
}
function withMarker(text, syntax) {
  const marker = markerLine(syntax);
  if (!marker) return text;
  const lines = text.split("\n");
  let at = 0;
  while (at < lines.length && LEADING_DIRECTIVE.test(lines[at])) at++;
  lines.splice(at, 0, ...syntax === "html" && lines[at] !== "" ? [marker, ""] : [marker]);
  return lines.join("\n");
}
function hasMarker(content) {
  return content.includes(MARKER_TEXT);
}

// src/synth/format-markdown.ts
function formatMarkdown(text) {
  const lines = text.split("\n");
  const out = [];
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) fence = fence === void 0 ? fenceMatch[1] : line.trim().startsWith(fence) ? void 0 : fence;
    if (fence === void 0 && isTableRow(line) && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      let end = i + 2;
      while (end < lines.length && isTableRow(lines[end])) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}
var isTableRow = (line) => /^\s*\|.*\|\s*$/.test(line);
var isDelimiterRow = (line) => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);
function splitCells(row) {
  const inner = row.trim().slice(1, -1);
  const cells = [];
  let current = "";
  let inCode = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "\\" && inner[i + 1] === "|") {
      current += "\\|";
      i++;
    } else if (ch === "`") {
      inCode = !inCode;
      current += ch;
    } else if (ch === "|" && !inCode) {
      cells.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}
function alignTable(rows) {
  const header = splitCells(rows[0]);
  const aligns = splitCells(rows[1]).map(
    (c) => c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : c.startsWith(":") ? "left" : "none"
  );
  const body = rows.slice(2).map(splitCells);
  const columns = Math.max(header.length, aligns.length, ...body.map((r) => r.length));
  const widths = Array.from(
    { length: columns },
    (_, c) => Math.max(3, ...[header, ...body].map((r) => [...r[c] ?? ""].length))
  );
  const pad = (cell, c) => {
    const gap = widths[c] - [...cell].length;
    switch (aligns[c] ?? "none") {
      case "right":
        return " ".repeat(gap) + cell;
      case "center":
        return " ".repeat(Math.floor(gap / 2)) + cell + " ".repeat(Math.ceil(gap / 2));
      default:
        return cell + " ".repeat(gap);
    }
  };
  const row = (cells) => `| ${cells.map((cell, c) => pad(cell, c)).join(" | ")} |`;
  const delimiter = widths.map((w, c) => {
    switch (aligns[c] ?? "none") {
      case "left":
        return `:${"-".repeat(w - 1)}`;
      case "right":
        return `${"-".repeat(w - 1)}:`;
      case "center":
        return `:${"-".repeat(w - 2)}:`;
      default:
        return "-".repeat(w);
    }
  });
  return [row(header), `| ${delimiter.join(" | ")} |`, ...body.map(row)];
}

// src/synth/render-json.ts
var PRINT_WIDTH = 80;
function renderJson(data) {
  return `${printValue(data, "", 0, 0)}
`;
}
function printValue(value, indent, column, suffix) {
  if (Array.isArray(value)) return printArray(value, indent, column, suffix);
  if (value !== null && typeof value === "object") return printObject(value, indent);
  return JSON.stringify(value) ?? "null";
}
function printObject(object, indent) {
  const entries = Object.entries(object).filter(([, v2]) => v2 !== void 0);
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const lines = entries.map(([key, v2], i) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    const comma = i < entries.length - 1 ? "," : "";
    return prefix + printValue(v2, inner, prefix.length, comma.length) + comma;
  });
  return `{
${lines.join("\n")}
${indent}}`;
}
function printArray(array, indent, column, suffix) {
  if (array.length === 0) return "[]";
  const flat = flatArray(array);
  if (flat !== void 0 && column + flat.length + suffix <= PRINT_WIDTH) return flat;
  const inner = `${indent}  `;
  const lines = array.map((v2, i) => {
    const comma = i < array.length - 1 ? "," : "";
    return inner + printValue(v2, inner, inner.length, comma.length) + comma;
  });
  return `[
${lines.join("\n")}
${indent}]`;
}
function flatValue(value) {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : flatArray(value);
  if (value !== null && typeof value === "object") return Object.values(value).some((v2) => v2 !== void 0) ? void 0 : "{}";
  return JSON.stringify(value) ?? "null";
}
function flatArray(array) {
  const matrix = array.length > 1 && array.every((v2) => Array.isArray(v2) && v2.length > 1);
  if (matrix) return void 0;
  const items = array.map(flatValue);
  return items.every((i) => i !== void 0) ? `[${items.join(", ")}]` : void 0;
}

// src/synth/overrides.ts
function applyOverride(data, override, file) {
  let result = structuredClone(data);
  for (const [path, value] of Object.entries(override.set ?? {})) {
    result = setAt(result, splitPath(path), value, `${file}: overrides set "${path}"`);
  }
  for (const path of override.delete ?? []) {
    result = deleteAt(result, splitPath(path), `${file}: overrides delete "${path}"`);
  }
  return result;
}
function splitPath(path) {
  return path.split(/(?<!\\)\./).map((s) => s.replace(/\\\./g, "."));
}
function childKey(node, segment, where) {
  if (Array.isArray(node)) {
    const byName = node.findIndex(
      (item) => item && typeof item === "object" && (item.id === segment || item.name === segment)
    );
    if (byName >= 0) return byName;
    if (/^\d+$/.test(segment) && node.every((item) => typeof item !== "object" || item === null)) return Number(segment);
    return void 0;
  }
  if (node && typeof node === "object") return segment;
  throw badInput(`${where}: "${segment}" is below a value that is not a map or a list`);
}
function setAt(node, path, value, where) {
  const [segment, ...rest] = path;
  if (segment === void 0) return value;
  const container = node ?? {};
  const key = childKey(container, segment, where);
  if (key === void 0) throw badInput(`${where}: no list item with id or name "${segment}"`);
  const copy = Array.isArray(container) ? [...container] : { ...container };
  copy[key] = setAt(copy[key], rest, value, where);
  return copy;
}
function deleteAt(node, path, where) {
  const [segment, ...rest] = path;
  if (segment === void 0) return node;
  const key = childKey(node, segment, where);
  if (key === void 0 || node[key] === void 0) {
    throw badInput(`${where}: nothing at "${segment}" to delete`);
  }
  if (Array.isArray(node)) {
    return rest.length === 0 ? node.filter((_, i) => i !== key) : node.map((item, i) => i === key ? deleteAt(item, rest, where) : item);
  }
  const copy = { ...node };
  if (rest.length === 0) delete copy[key];
  else copy[key] = deleteAt(copy[key], rest, where);
  return copy;
}

// src/synth/render-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_11_AMBIGUOUS = /^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
function renderYaml(data, headerLines = []) {
  const doc = new import_yaml.Document(data, { keepUndefined: false, aliasDuplicateObjects: false });
  (0, import_yaml.visit)(doc, {
    Scalar(key, node) {
      if (key === "value" && typeof node.value === "string" && YAML_11_AMBIGUOUS.test(node.value)) node.type = import_yaml.Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      if ((0, import_yaml.isPair)(pair) && (0, import_yaml.isScalar)(pair.key) && pair.key.value === "uses" && (0, import_yaml.isScalar)(pair.value)) {
        const version = pinComment(String(pair.value.value));
        if (version) pair.value.comment = ` ${version}`;
      }
    }
  });
  if (headerLines.length > 0) doc.commentBefore = headerLines.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0, indentSeq: true, singleQuote: false, flowCollectionPadding: true });
}

// src/synth/render-files.ts
function renderFiles(models, options) {
  const seen = /* @__PURE__ */ new Set();
  const rendered = [];
  for (const model2 of models) {
    if (seen.has(model2.path)) throw new Error(`Two components render ${model2.path}`);
    if (isSecretsFile(model2.path)) throw new Error(`${model2.component} renders ${model2.path}: secrets files are the user's; render a .env.example instead`);
    seen.add(model2.path);
    if (options.eject.includes(model2.path)) continue;
    rendered.push(renderFile(model2, options.overrides[model2.path]));
  }
  for (const path of Object.keys(options.overrides)) {
    if (!seen.has(path)) {
      throw badInput(`overrides: "${path}" is not a generated file. Generated: ${[...seen].sort().join(", ")}`);
    }
  }
  return rendered.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function isSecretsFile(path) {
  const name = path.split("/").pop() ?? "";
  return /^\.env(\..+)?$/.test(name) && !name.endsWith(".example");
}
function renderFile(model2, override) {
  const base = { path: model2.path, component: model2.component };
  switch (model2.kind) {
    case "yaml": {
      const data = override ? applyOverride(model2.data, override, model2.path) : model2.data;
      const header = [markerLine("hash").slice(2), ...model2.headerComment ? model2.headerComment.split("\n") : []];
      return { ...base, content: renderYaml(data, header), executable: false };
    }
    case "json": {
      const data = override ? applyOverride(model2.data, override, model2.path) : model2.data;
      return { ...base, content: renderJson(data), executable: false };
    }
    case "text": {
      if (override) throw badInput(`overrides: ${model2.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);
      const body = model2.path.endsWith(".md") ? formatMarkdown(model2.text) : model2.text;
      const text = body.endsWith("\n") ? body : `${body}
`;
      return { ...base, content: withMarker(text, model2.comment), executable: model2.executable ?? false };
    }
  }
}

export {
  publicApiPath,
  TOOL_VERSION,
  pinnedAction,
  checkoutStep,
  pinnedVersions,
  COMPONENTS,
  renderModels,
  TOOL_NAME,
  hasMarker,
  require_dist,
  renderYaml,
  renderFiles
};
