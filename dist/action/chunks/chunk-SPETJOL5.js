import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{c as hn,h as gn,i as yn,j as Te,k as Z,l as vn,o as kn,p as bn,q as wn,r as Pn,s as $n,t as I,u as E,v as Re,w as En}from"./chunk-XKCQHNKO.js";import{a as _n}from"./chunk-YF4FYOKK.js";import{b as J,h as Q}from"./chunk-IBFYGPXF.js";import{b as dn,c as fn}from"./chunk-HYMPNKDN.js";import{c as g,e as co}from"./chunk-W2CXPP6G.js";var b=g(v=>{"use strict";v.__esModule=!0;v.extend=Sn;v.indexOf=go;v.escapeExpression=yo;v.isEmpty=vo;v.createFrame=ko;v.blockParams=bo;v.appendContextPath=wo;var po={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},fo=/[&<>"'`=]/g,_o=/[&<>"'`=]/;function ho(e){return po[e]}function Sn(e){for(var n=1;n<arguments.length;n++)for(var a in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],a)&&(e[a]=arguments[n][a]);return e}var De=Object.prototype.toString;v.toString=De;var Ae=function(n){return typeof n=="function"};Ae(/x/)&&(v.isFunction=Ae=function(e){return typeof e=="function"&&De.call(e)==="[object Function]"});v.isFunction=Ae;var xn=Array.isArray||function(e){return e&&typeof e=="object"?De.call(e)==="[object Array]":!1};v.isArray=xn;function go(e,n){for(var a=0,u=e.length;a<u;a++)if(e[a]===n)return a;return-1}function yo(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return _o.test(e)?e.replace(fo,ho):e}function vo(e){return!e&&e!==0?!0:!!(xn(e)&&e.length===0)}function ko(e){var n=Sn({},e);return n._parent=e,n}function bo(e,n){return e.path=n,e}function wo(e,n){return(e?e+".":"")+n}});var S=g((ee,Tn)=>{"use strict";ee.__esModule=!0;var Ie=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Le(e,n){var a=n&&n.loc,u=void 0,l=void 0,o=void 0,t=void 0;a&&a.start&&(u=a.start.line,o=a.start.column,a.end&&(l=a.end.line,t=a.end.column),e+=" - "+u+":"+o);for(var i=Error.prototype.constructor.call(this,e),r=0;r<Ie.length;r++)this[Ie[r]]=i[Ie[r]];Error.captureStackTrace&&Error.captureStackTrace(this,Le);try{a&&(this.lineNumber=u,this.endLineNumber=l,Object.defineProperty?(Object.defineProperty(this,"column",{value:o,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:t,enumerable:!0})):(this.column=o,this.endColumn=t))}catch{}}Le.prototype=new Error;ee.default=Le;Tn.exports=ee.default});var An=g((ne,Rn)=>{"use strict";ne.__esModule=!0;var je=b();ne.default=function(e){e.registerHelper("blockHelperMissing",function(n,a){var u=a.inverse,l=a.fn;if(n===!0)return l(this);if(n===!1||n==null)return u(this);if(je.isArray(n))return n.length>0?(a.ids&&(a.ids=[a.name]),e.helpers.each(n,a)):u(this);if(a.data&&a.ids){var o=je.createFrame(a.data);o.contextPath=je.appendContextPath(a.data.contextPath,a.name),a={data:o}}return l(n,a)})};Rn.exports=ne.default});var In=g((te,Dn)=>{"use strict";te.__esModule=!0;function Po(e){return e&&e.__esModule?e:{default:e}}var z=b(),$o=S(),Eo=Po($o);function Oo(e){try{var n=e.return;z.isFunction(n)&&n.call(e)}catch{}}te.default=function(e){e.registerHelper("each",function(n,a){if(!a)throw new Eo.default("Must pass iterator to #each");var u=a.fn,l=a.inverse,o=0,t="",i=void 0,r=void 0;a.data&&a.ids&&(r=z.appendContextPath(a.data.contextPath,a.ids[0])+"."),z.isFunction(n)&&(n=n.call(this)),a.data&&(i=z.createFrame(a.data));function c(_,D,so,pn){i&&(i.key=_,i.index=D,i.first=D===0,i.last=!!so,r&&(i.contextPath=r+_)),t=t+u(pn,{data:i,blockParams:z.blockParams([pn,_],[r+_,null])})}if(n&&typeof n=="object")if(z.isArray(n))for(var s=n.length;o<s;o++)o in n&&c(o,o,o===n.length-1,n[o]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),p=m.next();!p.done;){var d=m.next();try{c(o,o,d.done,p.value)}catch(_){throw d.done||Oo(m),_}p=d,o++}else(function(){var _=void 0;Object.keys(n).forEach(function(D){_!==void 0&&c(_,o-1,!1,n[_]),_=D,o++}),_!==void 0&&c(_,o-1,!0,n[_])})();return o===0&&(t=l(this)),t})};Dn.exports=te.default});var jn=g((oe,Ln)=>{"use strict";oe.__esModule=!0;function Co(e){return e&&e.__esModule?e:{default:e}}var So=S(),xo=Co(So);oe.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new xo.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};Ln.exports=oe.default});var Nn=g((le,Gn)=>{"use strict";le.__esModule=!0;function To(e){return e&&e.__esModule?e:{default:e}}var Un=b(),Ro=S(),Bn=To(Ro);le.default=function(e){e.registerHelper("if",function(n,a){if(arguments.length!=2)throw new Bn.default("#if requires exactly one argument");return Un.isFunction(n)&&(n=n.call(this)),!a.hash.includeZero&&!n||Un.isEmpty(n)?a.inverse(this):a.fn(this)}),e.registerHelper("unless",function(n,a){if(arguments.length!=2)throw new Bn.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:a.inverse,inverse:a.fn,hash:a.hash})})};Gn.exports=le.default});var Mn=g((ae,zn)=>{"use strict";ae.__esModule=!0;ae.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],a=arguments[arguments.length-1],u=0;u<arguments.length-1;u++)n.push(arguments[u]);var l=1;a.hash.level!=null?l=a.hash.level:a.data&&a.data.level!=null&&(l=a.data.level),n[0]=l,e.log.apply(e,n)})};zn.exports=ae.default});var qn=g((re,Hn)=>{"use strict";re.__esModule=!0;re.default=function(e){e.registerHelper("lookup",function(n,a,u){return n&&u.lookupProperty(n,a)})};Hn.exports=re.default});var Fn=g((ie,Vn)=>{"use strict";ie.__esModule=!0;function Ao(e){return e&&e.__esModule?e:{default:e}}var W=b(),Do=S(),Io=Ao(Do);ie.default=function(e){e.registerHelper("with",function(n,a){if(arguments.length!=2)throw new Io.default("#with requires exactly one argument");W.isFunction(n)&&(n=n.call(this));var u=a.fn;if(W.isEmpty(n))return a.inverse(this);var l=a.data;return a.data&&a.ids&&(l=W.createFrame(a.data),l.contextPath=W.appendContextPath(a.data.contextPath,a.ids[0])),u(n,{data:l,blockParams:W.blockParams([n],[l&&l.contextPath])})})};Vn.exports=ie.default});var Ue=g(se=>{"use strict";se.__esModule=!0;se.registerDefaultHelpers=Yo;se.moveHelperToHooks=Xo;function L(e){return e&&e.__esModule?e:{default:e}}var Lo=An(),jo=L(Lo),Uo=In(),Bo=L(Uo),Go=jn(),No=L(Go),zo=Nn(),Mo=L(zo),Ho=Mn(),qo=L(Ho),Vo=qn(),Fo=L(Vo),Wo=Fn(),Ko=L(Wo);function Yo(e){jo.default(e),Bo.default(e),No.default(e),Mo.default(e),qo.default(e),Fo.default(e),Ko.default(e)}function Xo(e,n,a){e.helpers[n]&&(e.hooks[n]=e.helpers[n],a||(e.helpers[n]=void 0))}});var Kn=g((ce,Wn)=>{"use strict";ce.__esModule=!0;var Zo=b();ce.default=function(e){e.registerDecorator("inline",function(n,a,u,l){var o=n;return a.partials||(a.partials={},o=function(t,i){var r=u.partials;u.partials=Zo.extend({},r,a.partials);var c=n(t,i);return u.partials=r,c}),a.partials[l.args[0]]=l.fn,o})};Wn.exports=ce.default});var Yn=g(Be=>{"use strict";Be.__esModule=!0;Be.registerDefaultDecorators=nl;function Jo(e){return e&&e.__esModule?e:{default:e}}var Qo=Kn(),el=Jo(Qo);function nl(e){el.default(e)}});var Ge=g((ue,Xn)=>{"use strict";ue.__esModule=!0;var tl=b(),M={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var a=tl.indexOf(M.methodMap,n.toLowerCase());a>=0?n=a:n=parseInt(n,10)}return n},log:function(n){if(n=M.lookupLevel(n),typeof console<"u"&&M.lookupLevel(M.level)<=n){var a=M.methodMap[n];console[a]||(a="log");for(var u=arguments.length,l=Array(u>1?u-1:0),o=1;o<u;o++)l[o-1]=arguments[o];console[a].apply(console,l)}}};ue.default=M;Xn.exports=ue.default});var Ne=g(H=>{"use strict";H.__esModule=!0;H.createProtoAccessControl=rl;H.resultIsAllowed=il;H.isPrototypeConstructor=sl;H.resetLoggedProperties=ul;function ol(e){return e&&e.__esModule?e:{default:e}}var Zn=b(),ll=Ge(),al=ol(ll),me=Object.create(null);function rl(e){var n=Object.create(null);n.__proto__=!1,Zn.extend(n,e.allowedProtoProperties);var a=Object.create(null);return a.constructor=!1,a.__defineGetter__=!1,a.__defineSetter__=!1,a.__lookupGetter__=!1,a.__lookupSetter__=!1,Zn.extend(a,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:a,defaultValue:e.allowProtoMethodsByDefault}}}function il(e,n,a){return Jn(typeof e=="function"?n.methods:n.properties,a)}function sl(e,n,a){return n==="constructor"&&typeof a=="function"&&e===a.prototype}function Jn(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(cl(n),!1)}function cl(e){me[e]!==!0&&(me[e]=!0,al.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function ul(){Object.keys(me).forEach(function(e){delete me[e]})}});var qe=g(P=>{"use strict";P.__esModule=!0;P.HandlebarsEnvironment=He;function Qn(e){return e&&e.__esModule?e:{default:e}}var j=b(),ml=S(),ze=Qn(ml),pl=Ue(),dl=Yn(),fl=Ge(),pe=Qn(fl),_l=Ne(),hl="4.7.10";P.VERSION=hl;var gl=8;P.COMPILER_REVISION=gl;var yl=7;P.LAST_COMPATIBLE_COMPILER_REVISION=yl;var vl={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};P.REVISION_CHANGES=vl;var Me="[object Object]";function He(e,n,a){this.helpers=e||{},this.partials=n||{},this.decorators=a||{},pl.registerDefaultHelpers(this),dl.registerDefaultDecorators(this)}He.prototype={constructor:He,logger:pe.default,log:pe.default.log,registerHelper:function(n,a){if(j.toString.call(n)===Me){if(a)throw new ze.default("Arg not supported with multiple helpers");j.extend(this.helpers,n)}else this.helpers[n]=a},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,a){if(j.toString.call(n)===Me)j.extend(this.partials,n);else{if(typeof a>"u")throw new ze.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=a}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,a){if(j.toString.call(n)===Me){if(a)throw new ze.default("Arg not supported with multiple decorators");j.extend(this.decorators,n)}else this.decorators[n]=a},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){_l.resetLoggedProperties()}};var kl=pe.default.log;P.log=kl;P.createFrame=j.createFrame;P.logger=pe.default});var nt=g((de,et)=>{"use strict";de.__esModule=!0;function Ve(e){this.string=e}Ve.prototype.toString=Ve.prototype.toHTML=function(){return""+this.string};de.default=Ve;et.exports=de.default});var tt=g(Fe=>{"use strict";Fe.__esModule=!0;Fe.wrapHelper=bl;function bl(e,n){if(typeof e!="function")return e;var a=function(){var l=arguments[arguments.length-1];return arguments[arguments.length-1]=n(l),e.apply(this,arguments)};return a}});var it=g(x=>{"use strict";x.__esModule=!0;x.checkRevision=Cl;x.template=Sl;x.wrapProgram=fe;x.resolvePartial=xl;x.invokePartial=Tl;x.noop=at;function wl(e){return e&&e.__esModule?e:{default:e}}function Pl(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var a in e)Object.prototype.hasOwnProperty.call(e,a)&&(n[a]=e[a]);return n.default=e,n}var $l=b(),U=Pl($l),El=S(),w=wl(El),O=qe(),ot=Ue(),Ol=tt(),We=Ne();function Cl(e){var n=e&&e[0]||1,a=O.COMPILER_REVISION;if(!(n>=O.LAST_COMPATIBLE_COMPILER_REVISION&&n<=O.COMPILER_REVISION))if(n<O.LAST_COMPATIBLE_COMPILER_REVISION){var u=O.REVISION_CHANGES[a],l=O.REVISION_CHANGES[n];throw new w.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+u+") or downgrade your runtime to an older version ("+l+").")}else throw new w.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function Sl(e,n){if(!n)throw new w.default("No environment passed to template");if(!e||!e.main)throw new w.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var a=e.compiler&&e.compiler[0]===7;function u(t,i,r){r.hash&&(i=U.extend({},i,r.hash),r.ids&&(r.ids[0]=!0)),t=n.VM.resolvePartial.call(this,t,i,r),r.hooks=this.hooks,r.protoAccessControl=this.protoAccessControl;var c=n.VM.invokePartial.call(this,t,i,r);if(c==null&&U.isFunction(t))throw new w.default("The partial "+r.name+" returned no output: partials must return a string");if(c==null&&n.compile){if(typeof t!="string")throw new w.default("The partial "+r.name+" could not be compiled: partials must be strings or functions returning strings");r.partials[r.name]=n.compile(t,e.compilerOptions,n),c=r.partials[r.name](i,r)}if(c!=null){if(r.indent){for(var s=c.split(`
`),m=0,p=s.length;m<p&&!(!s[m]&&m+1===p);m++)s[m]=r.indent+s[m];c=s.join(`
`)}return c}else throw new w.default("The partial "+r.name+" could not be compiled when running in runtime-only mode")}var l={strict:function(i,r,c){if(!i||!(r in i))throw new w.default('"'+r+'" not defined in '+i,{loc:c});return l.lookupProperty(i,r)},lookupProperty:function(i,r){var c=i[r];if(c==null||Object.prototype.hasOwnProperty.call(i,r)&&!We.isPrototypeConstructor(i,r,c)||We.resultIsAllowed(c,l.protoAccessControl,r))return c},lookup:function(i,r){for(var c=i.length,s=0;s<c;s++){var m=i[s]&&l.lookupProperty(i[s],r);if(m!=null)return m}},lambda:function(i,r){return typeof i=="function"?i.call(r):i},escapeExpression:U.escapeExpression,invokePartial:u,fn:function(i){var r=e[i];return r.decorator=e[i+"_d"],r},programs:[],program:function(i,r,c,s,m){var p=this.programs[i],d=this.fn(i);return r||m||s||c?p=fe(this,i,d,r,c,s,m):p||(p=this.programs[i]=fe(this,i,d)),p},data:function(i,r){for(;i&&r--;)i=i._parent;return i},mergeIfNeeded:function(i,r){var c=i||r;return i&&r&&i!==r&&(c=U.extend({},r,i)),c},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function o(t){var i=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],r=i.data;o._setup(i),!i.partial&&e.useData&&(r=Rl(t,r));var c=void 0,s=e.useBlockParams?[]:void 0;e.useDepths&&(i.depths?c=t!=i.depths[0]?[t].concat(i.depths):i.depths:c=[t]);function m(p){return""+e.main(l,p,l.helpers,l.partials,r,s,c)}return m=rt(e.main,m,l,i.depths||[],r,s),m(t,i)}return o.isTop=!0,o._setup=function(t){if(t.partial)l.protoAccessControl=t.protoAccessControl,l.helpers=t.helpers,l.partials=t.partials,l.decorators=t.decorators,l.hooks=t.hooks;else{var i={};lt(i,n.helpers,l),lt(i,t.helpers,l),l.helpers=i,e.usePartial&&(l.partials=l.mergeIfNeeded(t.partials,n.partials)),(e.usePartial||e.useDecorators)&&(l.decorators=U.extend({},n.decorators,t.decorators)),l.hooks={},l.protoAccessControl=We.createProtoAccessControl(t);var r=t.allowCallsToHelperMissing||a;ot.moveHelperToHooks(l,"helperMissing",r),ot.moveHelperToHooks(l,"blockHelperMissing",r)}},o._child=function(t,i,r,c){if(e.useBlockParams&&!r)throw new w.default("must pass block params");if(e.useDepths&&!c)throw new w.default("must pass parent depths");return fe(l,t,e[t],i,0,r,c)},o}function fe(e,n,a,u,l,o,t){function i(r){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],s=t;return t&&r!=t[0]&&!(r===e.nullContext&&t[0]===null)&&(s=[r].concat(t)),a(e,r,e.helpers,e.partials,c.data||u,o&&[c.blockParams].concat(o),s)}return i=rt(a,i,e,t,u,o),i.program=n,i.depth=t?t.length:0,i.blockParams=l||0,i}function xl(e,n,a){return e?typeof e!="function"&&!a.name&&(a.name=e,e=_e(a.partials,e)):a.name==="@partial-block"?e=_e(a.data,"partial-block"):e=_e(a.partials,a.name),e}function Tl(e,n,a){var u=_e(a.data,"partial-block");a.partial=!0,a.ids&&(a.data.contextPath=a.ids[0]||a.data.contextPath);var l=void 0;if(a.fn&&a.fn!==at&&(function(){a.data=O.createFrame(a.data);var o=a.fn;l=a.data["partial-block"]=function(i){var r=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return r.data=O.createFrame(r.data),r.data["partial-block"]=u,o(i,r)},o.partials&&(a.partials=U.extend({},a.partials,o.partials))})(),e===void 0&&l&&(e=l),e===void 0)throw new w.default("The partial "+a.name+" could not be found");if(e instanceof Function)return e(n,a)}function at(){return""}function _e(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function Rl(e,n){return(!n||!("root"in n))&&(n=n?O.createFrame(n):{},n.root=e),n}function rt(e,n,a,u,l,o){if(e.decorator){var t={};n=e.decorator(n,t,a,u&&u[0],l,o,u),U.extend(n,t)}return n}function lt(e,n,a){n&&Object.keys(n).forEach(function(u){var l=n[u];e[u]=Al(l,a)})}function Al(e,n){var a=n.lookupProperty;return Ol.wrapHelper(e,function(u){return u.lookupProperty=a,u})}});var ct=g((he,st)=>{"use strict";he.__esModule=!0;he.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};st.exports=he.default});var ft=g((ge,dt)=>{"use strict";ge.__esModule=!0;function Ye(e){return e&&e.__esModule?e:{default:e}}function Xe(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var a in e)Object.prototype.hasOwnProperty.call(e,a)&&(n[a]=e[a]);return n.default=e,n}var Dl=qe(),ut=Xe(Dl),Il=nt(),Ll=Ye(Il),jl=S(),Ul=Ye(jl),Bl=b(),Ke=Xe(Bl),Gl=it(),mt=Xe(Gl),Nl=ct(),zl=Ye(Nl);function pt(){var e=new ut.HandlebarsEnvironment;return Ke.extend(e,ut),e.SafeString=Ll.default,e.Exception=Ul.default,e.Utils=Ke,e.escapeExpression=Ke.escapeExpression,e.VM=mt,e.template=function(n){return mt.template(n,e)},e}var K=pt();K.create=pt;zl.default(K);K.default=K;ge.default=K;dt.exports=ge.default});var ht=g((Ba,_t)=>{_t.exports=ft().default});var On=_n,uo=new Map(Object.entries(On).map(([e,n])=>[e.toLowerCase(),n])),mo=new Map(Object.values(On).map(e=>[e.sha,e.version]));function y(e){let n=e.split("/").slice(0,2).join("/"),a=uo.get(n.toLowerCase());if(!a)throw new dn("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${a.sha}`}function Cn(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?mo.get(n):void 0}var yt=co(ht());function gt(e){e.registerHelper("eq",(n,a)=>n===a),e.registerHelper("includes",(n,a)=>Array.isArray(n)&&n.includes(a)),e.registerHelper("join",(n,a)=>Array.isArray(n)?n.join(typeof a=="string"?a:", "):"")}var vt=yt.default.create();gt(vt);var Ml={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((o=(t=s(a,"port")||i(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):t))!=null?o:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((o=(t=s(a,"port")||i(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):t))!=null?o:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((o=(s(a,"join")||i(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(r,s(n,"paths"),",",{name:"join",hash:{},data:l,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?o:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((o=(t=s(a,"healthyBelow")||i(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof t===c?t.call(r,{name:"healthyBelow",hash:{},data:l,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):t))!=null?o:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((o=(t=s(a,"vus")||i(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof t===c?t.call(r,{name:"vus",hash:{},data:l,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):t))!=null?o:"")+`,
  duration: "`+((o=(t=s(a,"duration")||i(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof t===c?t.call(r,{name:"duration",hash:{},data:l,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):t))!=null?o:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((o=(t=s(a,"p95Ms")||i(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof t===c?t.call(r,{name:"p95Ms",hash:{},data:l,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):t))!=null?o:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((o=(t=s(a,"maxErrorRate")||i(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof t===c?t.call(r,{name:"maxErrorRate",hash:{},data:l,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):t))!=null?o:"")+`"],
    checks: ["rate>0.99"],
  },
};

export default function () {
  for (const path of PATHS) {
    const res = http.get(\`\${BASE_URL}\${path}\`, {
      headers: { "X-Forwarded-Proto": "https" },
      redirects: 0,
    });
    check(res, {
      [\`\${path} answers below \${HEALTHY_BELOW}\`]: (r) =>
        r.status >= 200 && r.status < HEALTHY_BELOW,
    });
  }
}
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=e.strict,i=e.lambda,r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
# The image writes userlist.txt from DB_USER/DB_PASSWORD at start, so no password is stored here.

[databases]
# Every database name is forwarded to the db service.
* = host=db port=5432

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 5432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt

# Transaction pooling: a server connection is held only for the length of a transaction.
# Session state (SET, advisory locks, LISTEN) does not survive between transactions; see docs/database.md.
pool_mode = `+((o=i(t(r(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?o:"")+`
max_client_conn = `+((o=i(t(r(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?o:"")+`
default_pool_size = `+((o=i(t(r(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?o:"")+`
reserve_pool_size = `+((o=i(t(r(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?o:"")+`
reserve_pool_timeout = 3
# Protocol-level prepared statements work in transaction mode (pgbouncer 1.21+).
max_prepared_statements = 200

# Drivers send these at connect; pgbouncer cannot pool per-client values of them.
ignore_startup_parameters = extra_float_digits,options

server_reset_query = DISCARD ALL
server_check_query = SELECT 1
server_lifetime = 3600
server_idle_timeout = 600
query_wait_timeout = 30
client_idle_timeout = 0

log_connections = 0
log_disconnections = 0
log_pooler_errors = 1
stats_period = 60
`},useData:!0},"deploy/Caddyfile.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"	email "+((o=(t=i(a,"acmeEmail")||e.strict(n,"acmeEmail",{start:{line:7,column:9},end:{line:7,column:18}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"acmeEmail",hash:{},data:l,loc:{start:{line:7,column:7},end:{line:7,column:20}}}):t))!=null?o:"")+`
`},1:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return((o=e.lambda(n,n))!=null?o:"")+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:13,column:23},end:{line:13,column:53}}}))!=null?o:"")},2:function(e,n,a,u,l){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# TLS edge of the self-hosted target (compose.caddy.yml): Caddy obtains the Let's Encrypt certificate
# for these names over HTTP-01/TLS-ALPN-01 on ports 80/443, renews it about 30 days before it ends,
# keeps it in the caddy_data volume and redirects HTTP to HTTPS. Everything else (routing, rate
# limits, security headers, caching) stays in the nginx proxy behind it.
{
`+((o=s(a,"if").call(i,s(n,"acmeEmail"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:0},end:{line:8,column:7}}}))!=null?o:"")+`	# Admin API on the container's loopback only: the healthcheck reads it, nothing outside can.
	admin `+((o=(t=s(a,"admin")||r(n,"admin",{start:{line:10,column:9},end:{line:10,column:14}}),typeof t===c?t.call(i,{name:"admin",hash:{},data:l,loc:{start:{line:10,column:7},end:{line:10,column:16}}}):t))!=null?o:"")+`
}

`+((o=s(a,"each").call(i,s(n,"hosts"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:13,column:0},end:{line:13,column:62}}}))!=null?o:"")+` {
	# Caddy replaces any X-Forwarded-For it did not set, so nginx can trust it as the client address.
	reverse_proxy `+((o=(t=s(a,"upstream")||r(n,"upstream",{start:{line:15,column:17},end:{line:15,column:25}}),typeof t===c?t.call(i,{name:"upstream",hash:{},data:l,loc:{start:{line:15,column:15},end:{line:15,column:27}}}):t))!=null?o:"")+`
	header -Server
	log
}
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # devops-baseline-ignore NG003 -- internal hop behind the proxy, which adds the security headers to every response
    server {
        listen `+((o=(t=s(a,"switchPort")||i(n,"switchPort",{start:{line:32,column:17},end:{line:32,column:27}}),typeof t===c?t.call(r,{name:"switchPort",hash:{},data:l,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):t))!=null?o:"")+`;
        location / {
            proxy_pass http://`+((o=(t=s(a,"key")||i(n,"key",{start:{line:34,column:32},end:{line:34,column:35}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:34,column:30},end:{line:34,column:37}}}):t))!=null?o:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"# Blue-green switch for "+((o=(t=r(a,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof t=="function"?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):t))!=null?o:"")+`: the proxy sends each service's traffic here, and this forwards it
# to the live colour. scripts/deploy_remote.sh writes /etc/nginx/live/<service>.conf and reloads.
worker_processes 1;
pid /tmp/nginx.pid;
error_log /dev/stderr warn;

events {
    worker_connections 1024;
}

http {
    access_log off;
    server_tokens off;
    client_body_temp_path /tmp/client_temp;
    proxy_temp_path /tmp/proxy_temp;
    fastcgi_temp_path /tmp/fastcgi_temp;
    uwsgi_temp_path /tmp/uwsgi_temp;
    scgi_temp_path /tmp/scgi_temp;

    include /etc/nginx/live/*.conf;

    server {
        listen 8080;
        location = /switch-health {
            return 200 "ok\\n";
        }
    }
`+((o=r(a,"each").call(i,r(n,"services"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:40,column:9}}}))!=null?o:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,a,u,l){return"; this layer is cached until a manifest changes"},1:function(e,n,a,u,l){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,a,u,l){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((o=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"WORKDIR /app/"+((o=(t=r(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof t=="function"?t.call(i,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):t))!=null?o:"")+`
`+((o=r(a,"if").call(i,r(n,"build"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN "+((o=(t=i(a,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:l,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):t))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`COPY . .
`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"build"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((o=(t=i(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:l,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):t))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((o=m(a,"unless").call(i,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(t=m(a,"baseImage")||r(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=m(a,"each").call(i,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=s(r(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.program(6,l,0),data:l,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=s(r(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(t=m(a,"baseImage")||r(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):t))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(t=m(a,"port")||r(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):t))!=null?o:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(t=m(a,"port")||r(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(t=m(a,"healthcheck")||r(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof t===c?t.call(i,{name:"healthcheck",hash:{},data:l,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=m(a,"cmd")||r(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof t===c?t.call(i,{name:"cmd",hash:{},data:l,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,a,u,l){return"; this layer is cached until a manifest changes"},1:function(e,n,a,u,l){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,a,u,l){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((o=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"WORKDIR /app/"+((o=(t=r(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof t=="function"?t.call(i,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):t))!=null?o:"")+`
`+((o=r(a,"if").call(i,r(n,"build"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN "+((o=(t=i(a,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:l,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):t))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`COPY . .
`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"build"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((o=(t=i(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:l,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):t))!=null?o:"")+`
`},8:function(e,n,a,u,l){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((o=m(a,"unless").call(i,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(t=m(a,"baseImage")||r(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=m(a,"each").call(i,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=s(r(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.program(6,l,0),data:l,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=s(r(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(t=m(a,"baseImage")||r(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):t))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(t=m(a,"port")||r(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):t))!=null?o:"")+`
WORKDIR /app
`+((o=m(a,"if").call(i,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.program(8,l,0),data:l,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(t=m(a,"port")||r(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(t=m(a,"healthcheck")||r(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof t===c?t.call(i,{name:"healthcheck",hash:{},data:l,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=m(a,"cmd")||r(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof t===c?t.call(i,{name:"cmd",hash:{},data:l,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,a,u,l){return"; this layer is cached until a manifest changes"},1:function(e,n,a,u,l){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,a,u,l){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((o=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,a,u,l){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,a,u,l){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((o=(t=i(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:l,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):t))!=null?o:"")+`
`},7:function(e,n,a,u,l){return`COPY . .
`},8:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:46,column:43},end:{line:46,column:55}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:46,column:41},end:{line:46,column:57}}}):t))!=null?o:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:47,column:43},end:{line:47,column:55}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:47,column:41},end:{line:47,column:57}}}):t))!=null?o:"")+"/.next/static ./"+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:47,column:75},end:{line:47,column:87}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:47,column:73},end:{line:47,column:89}}}):t))!=null?o:"")+`/.next/static
COPY --from=build /app/`+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:48,column:25},end:{line:48,column:37}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:48,column:23},end:{line:48,column:39}}}):t))!=null?o:"")+"/public ./"+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:48,column:51},end:{line:48,column:63}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:48,column:49},end:{line:48,column:65}}}):t))!=null?o:"")+`/public
`},9:function(e,n,a,u,l){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((o=s(a,"unless").call(i,s(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(t=s(a,"baseImage")||r(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):t))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=s(a,"each").call(i,s(s(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(r(s(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build ---
FROM deps AS build
`+((o=s(a,"if").call(i,s(s(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?o:"")+((o=s(a,"each").call(i,s(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?o:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.program(7,l,0),data:l,loc:{start:{line:28,column:0},end:{line:32,column:7}}}))!=null?o:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(t=s(a,"build")||r(n,"build",{start:{line:35,column:9},end:{line:35,column:14}}),typeof t===c?t.call(i,{name:"build",hash:{},data:l,loc:{start:{line:35,column:7},end:{line:35,column:16}}}):t))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(t=s(a,"baseImage")||r(n,"baseImage",{start:{line:38,column:7},end:{line:38,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:38,column:5},end:{line:38,column:18}}}):t))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(t=s(a,"port")||r(n,"port",{start:{line:41,column:11},end:{line:41,column:15}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:41,column:9},end:{line:41,column:17}}}):t))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.program(9,l,0),data:l,loc:{start:{line:44,column:0},end:{line:54,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(t=s(a,"port")||r(n,"port",{start:{line:56,column:9},end:{line:56,column:13}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:56,column:7},end:{line:56,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(t=s(a,"healthcheck")||r(n,"healthcheck",{start:{line:58,column:10},end:{line:58,column:21}}),typeof t===c?t.call(i,{name:"healthcheck",hash:{},data:l,loc:{start:{line:58,column:8},end:{line:58,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=s(a,"cmd")||r(n,"cmd",{start:{line:59,column:6},end:{line:59,column:9}}),typeof t===c?t.call(i,{name:"cmd",hash:{},data:l,loc:{start:{line:59,column:4},end:{line:59,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,a,u,l){return"; this layer is cached until a manifest changes"},1:function(e,n,a,u,l){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,a,u,l){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((o=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,a,u,l){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,a,u,l){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):t))!=null?o:"")+`
RUN mkdir -p public \\
    && `+((o=(t=s(a,"build")||i(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof t===c?t.call(r,{name:"build",hash:{},data:l,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):t))!=null?o:"")+`
WORKDIR /app
`},7:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(t=i(a,"build")||e.strict(n,"build",{start:{line:37,column:9},end:{line:37,column:14}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:l,loc:{start:{line:37,column:7},end:{line:37,column:16}}}):t))!=null?o:"")+`
`},8:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:51,column:30},end:{line:51,column:42}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:51,column:28},end:{line:51,column:44}}}):t))!=null?o:"")+`/.next
WORKDIR /app/`+((o=(t=s(a,"workspaceDir")||i(n,"workspaceDir",{start:{line:52,column:15},end:{line:52,column:27}}),typeof t===c?t.call(r,{name:"workspaceDir",hash:{},data:l,loc:{start:{line:52,column:13},end:{line:52,column:29}}}):t))!=null?o:"")+`
`},9:function(e,n,a,u,l){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((o=s(a,"unless").call(i,s(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(t=s(a,"baseImage")||r(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):t))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=s(a,"each").call(i,s(s(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(r(s(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
`+((o=s(a,"if").call(i,s(s(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?o:"")+((o=s(a,"each").call(i,s(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?o:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.program(7,l,0),data:l,loc:{start:{line:28,column:0},end:{line:38,column:7}}}))!=null?o:"")+"RUN "+((o=(t=s(a,"prune")||r(n,"prune",{start:{line:39,column:6},end:{line:39,column:11}}),typeof t===c?t.call(i,{name:"prune",hash:{},data:l,loc:{start:{line:39,column:4},end:{line:39,column:13}}}):t))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(t=s(a,"baseImage")||r(n,"baseImage",{start:{line:42,column:7},end:{line:42,column:16}}),typeof t===c?t.call(i,{name:"baseImage",hash:{},data:l,loc:{start:{line:42,column:5},end:{line:42,column:18}}}):t))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(t=s(a,"port")||r(n,"port",{start:{line:45,column:11},end:{line:45,column:15}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:45,column:9},end:{line:45,column:17}}}):t))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((o=s(a,"if").call(i,s(n,"workspace"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.program(9,l,0),data:l,loc:{start:{line:49,column:0},end:{line:56,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(t=s(a,"port")||r(n,"port",{start:{line:58,column:9},end:{line:58,column:13}}),typeof t===c?t.call(i,{name:"port",hash:{},data:l,loc:{start:{line:58,column:7},end:{line:58,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(t=s(a,"healthcheck")||r(n,"healthcheck",{start:{line:60,column:10},end:{line:60,column:21}}),typeof t===c?t.call(i,{name:"healthcheck",hash:{},data:l,loc:{start:{line:60,column:8},end:{line:60,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=s(a,"cmd")||r(n,"cmd",{start:{line:61,column:6},end:{line:61,column:9}}),typeof t===c?t.call(i,{name:"cmd",hash:{},data:l,loc:{start:{line:61,column:4},end:{line:61,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){return`# Keeps the build context small and keeps secrets and local state out of the image.
.git
.github
.devops-baseline
node_modules
**/node_modules
.next
dist
build
coverage
.turbo
.env
.env.*
!.env.example
npm-debug.log*
yarn-error.log*
.pnpm-store
.venv
**/__pycache__
.yarn/cache
Dockerfile*
.dockerignore
*.dockerignore
docker-compose.yml
compose.prod.yml
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,a,u,l){var o;return" "+((o=e.lambda(n,n))!=null?o:"")},1:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN pip install --no-cache-dir "+((o=(t=i(a,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:l,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):t))!=null?o:"")+`
`},2:function(e,n,a,u,l){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return` \\
    DJANGO_SETTINGS_MODULE=`+((o=(t=i(a,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:l,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):t))!=null?o:"")},4:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return` \\
    PYTHONPATH=`+((o=(t=i(a,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:l,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):t))!=null?o:"")},5:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((o=t(a,"each").call(n??(e.nullContext||{}),t(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((o=(t=i(a,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:l,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):t))!=null?o:"")+`
`},7:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((o=(t=i(a,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:l,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):t))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((o=(t=s(a,"title")||i(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===c?t.call(r,{name:"title",hash:{},data:l,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?o:"")+" served by "+((o=(t=s(a,"serverName")||i(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof t===c?t.call(r,{name:"serverName",hash:{},data:l,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):t))!=null?o:"")+": "+((o=(t=s(a,"serverCmdline")||i(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof t===c?t.call(r,{name:"serverCmdline",hash:{},data:l,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):t))!=null?o:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((o=(t=s(a,"baseImage")||i(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===c?t.call(r,{name:"baseImage",hash:{},data:l,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?o:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((o=s(a,"each").call(r,s(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((o=s(a,"if").call(r,s(n,"tool"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?o:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((o=s(a,"if").call(r,s(n,"uv"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?o:"")+`
WORKDIR /app
COPY `+((o=(t=s(a,"manifests")||i(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof t===c?t.call(r,{name:"manifests",hash:{},data:l,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):t))!=null?o:"")+` ./
RUN `+((o=(t=s(a,"install")||i(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof t===c?t.call(r,{name:"install",hash:{},data:l,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):t))!=null?o:"")+`
RUN `+((o=(t=s(a,"ensureServer")||i(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof t===c?t.call(r,{name:"ensureServer",hash:{},data:l,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):t))!=null?o:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((o=(t=s(a,"baseImage")||i(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof t===c?t.call(r,{name:"baseImage",hash:{},data:l,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):t))!=null?o:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((o=s(a,"if").call(r,s(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?o:"")+`
`+((o=s(a,"if").call(r,s(s(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?o:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((o=s(a,"if").call(r,s(n,"workdir"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?o:"")+`USER app
EXPOSE `+((o=(t=s(a,"port")||i(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((o=(t=s(a,"healthcheck")||i(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof t===c?t.call(r,{name:"healthcheck",hash:{},data:l,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=s(a,"cmd")||i(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof t===c?t.call(r,{name:"cmd",hash:{},data:l,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){return`# Keeps the build context small and keeps secrets and local state out of the image.
.git
.github
.devops-baseline
**/__pycache__
**/*.py[cod]
.venv
venv
.env
.env.*
!.env.example
.mypy_cache
.pytest_cache
.ruff_cache
.coverage
htmlcov
*.sqlite3
Dockerfile*
.dockerignore
*.dockerignore
docker-compose.yml
compose.prod.yml
node_modules
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,a,u,l){return"; this layer is cached until a manifest changes"},1:function(e,n,a,u,l){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,a,u,l){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((o=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,a,u,l){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,a,u,l){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((o=(t=i(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:26,column:15},end:{line:26,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:l,loc:{start:{line:26,column:13},end:{line:26,column:29}}}):t))!=null?o:"")+`
`},7:function(e,n,a,u,l){return`COPY . .
`},8:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return((o=(t=i(a,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:35,column:42},end:{line:35,column:54}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:l,loc:{start:{line:35,column:40},end:{line:35,column:56}}}):t))!=null?o:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((o=(t=s(a,"title")||i(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===c?t.call(r,{name:"title",hash:{},data:l,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?o:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((o=s(a,"unless").call(r,s(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(t=s(a,"baseImage")||i(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof t===c?t.call(r,{name:"baseImage",hash:{},data:l,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):t))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=s(a,"each").call(r,s(s(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"workspace"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(i(s(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?o:"")+`

# --- build: writes `+((o=(t=s(a,"outDir")||i(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof t===c?t.call(r,{name:"outDir",hash:{},data:l,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):t))!=null?o:"")+`/ ---
FROM deps AS build
`+((o=s(a,"if").call(r,s(s(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:19,column:0},end:{line:21,column:7}}}))!=null?o:"")+((o=s(a,"each").call(r,s(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:22,column:0},end:{line:24,column:9}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"workspace"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.program(7,l,0),data:l,loc:{start:{line:25,column:0},end:{line:29,column:7}}}))!=null?o:"")+"RUN "+((o=(t=s(a,"build")||i(n,"build",{start:{line:30,column:6},end:{line:30,column:11}}),typeof t===c?t.call(r,{name:"build",hash:{},data:l,loc:{start:{line:30,column:4},end:{line:30,column:13}}}):t))!=null?o:"")+`

# --- runtime: nginx as uid 101 on port `+((o=(t=s(a,"port")||i(n,"port",{start:{line:32,column:42},end:{line:32,column:46}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:32,column:40},end:{line:32,column:48}}}):t))!=null?o:"")+`, no Node.js ---
FROM `+((o=(t=s(a,"runtimeImage")||i(n,"runtimeImage",{start:{line:33,column:7},end:{line:33,column:19}}),typeof t===c?t.call(r,{name:"runtimeImage",hash:{},data:l,loc:{start:{line:33,column:5},end:{line:33,column:21}}}):t))!=null?o:"")+` AS runtime
COPY `+((o=(t=s(a,"spaConf")||i(n,"spaConf",{start:{line:34,column:7},end:{line:34,column:14}}),typeof t===c?t.call(r,{name:"spaConf",hash:{},data:l,loc:{start:{line:34,column:5},end:{line:34,column:16}}}):t))!=null?o:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((o=s(a,"if").call(r,s(n,"workspace"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:35,column:23},end:{line:35,column:64}}}))!=null?o:"")+((o=(t=s(a,"outDir")||i(n,"outDir",{start:{line:35,column:66},end:{line:35,column:72}}),typeof t===c?t.call(r,{name:"outDir",hash:{},data:l,loc:{start:{line:35,column:64},end:{line:35,column:74}}}):t))!=null?o:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((o=(t=s(a,"port")||i(n,"port",{start:{line:37,column:9},end:{line:37,column:13}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:37,column:7},end:{line:37,column:15}}}):t))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((o=(t=s(a,"healthcheck")||i(n,"healthcheck",{start:{line:39,column:10},end:{line:39,column:21}}),typeof t===c?t.call(r,{name:"healthcheck",hash:{},data:l,loc:{start:{line:39,column:8},end:{line:39,column:23}}}):t))!=null?o:"")+`
CMD `+((o=(t=s(a,"cmd")||i(n,"cmd",{start:{line:40,column:6},end:{line:40,column:9}}),typeof t===c?t.call(r,{name:"cmd",hash:{},data:l,loc:{start:{line:40,column:4},end:{line:40,column:11}}}):t))!=null?o:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,a,u,l){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,a,u,l){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Static site server for the "+((o=(t=s(a,"title")||i(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof t===c?t.call(r,{name:"title",hash:{},data:l,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):t))!=null?o:"")+" build inside the frontend image (nginx-unprivileged, port "+((o=(t=s(a,"port")||i(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):t))!=null?o:"")+`).
server {
    listen `+((o=(t=s(a,"port")||i(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):t))!=null?o:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((o=(t=s(a,"assetsPath")||i(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof t===c?t.call(r,{name:"assetsPath",hash:{},data:l,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):t))!=null?o:"")+`: safe to cache for a year.
    location `+((o=(t=s(a,"assetsPath")||i(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof t===c?t.call(r,{name:"assetsPath",hash:{},data:l,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):t))!=null?o:"")+` {
        expires 1y;
        add_header Cache-Control "public, immutable" always;
        add_header X-Content-Type-Options "nosniff" always;
        add_header X-Frame-Options "DENY" always;
        try_files $uri =404;
    }

    # index.html must be revalidated so a deploy is picked up at once.
    location = /index.html {
        add_header Cache-Control "no-cache" always;
        add_header X-Content-Type-Options "nosniff" always;
        add_header X-Frame-Options "DENY" always;
    }

`+((o=s(a,"if").call(r,s(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?o:"")+`}
`},useData:!0},"docs/configuration.md.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((o=(t=s(a,"name")||i(n,"name",{start:{line:15,column:5},end:{line:15,column:9}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:15,column:3},end:{line:15,column:11}}}):t))!=null?o:"")+"` | "+((o=(t=s(a,"service")||i(n,"service",{start:{line:15,column:17},end:{line:15,column:24}}),typeof t===c?t.call(r,{name:"service",hash:{},data:l,loc:{start:{line:15,column:15},end:{line:15,column:26}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"need")||i(n,"need",{start:{line:15,column:31},end:{line:15,column:35}}),typeof t===c?t.call(r,{name:"need",hash:{},data:l,loc:{start:{line:15,column:29},end:{line:15,column:37}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"secret")||i(n,"secret",{start:{line:15,column:42},end:{line:15,column:48}}),typeof t===c?t.call(r,{name:"secret",hash:{},data:l,loc:{start:{line:15,column:40},end:{line:15,column:50}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"stage")||i(n,"stage",{start:{line:15,column:55},end:{line:15,column:60}}),typeof t===c?t.call(r,{name:"stage",hash:{},data:l,loc:{start:{line:15,column:53},end:{line:15,column:62}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"staging")||i(n,"staging",{start:{line:15,column:67},end:{line:15,column:74}}),typeof t===c?t.call(r,{name:"staging",hash:{},data:l,loc:{start:{line:15,column:65},end:{line:15,column:76}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"production")||i(n,"production",{start:{line:15,column:81},end:{line:15,column:91}}),typeof t===c?t.call(r,{name:"production",hash:{},data:l,loc:{start:{line:15,column:79},end:{line:15,column:93}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"readAt")||i(n,"readAt",{start:{line:15,column:98},end:{line:15,column:104}}),typeof t===c?t.call(r,{name:"readAt",hash:{},data:l,loc:{start:{line:15,column:96},end:{line:15,column:106}}}):t))!=null?o:"")+` |
`},1:function(e,n,a,u,l){return"| Build-time (`NEXT_PUBLIC_*`, `VITE_*`) | repository Actions variables (infra/github-app-config.tf), passed as image build args | the same image: one build is promoted |\n"},2:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return((o=e.lambda(e.strict(t(n,"production"),"newSecret",{start:{line:32,column:2},end:{line:32,column:22}}),n))!=null?o:"")+`

`},3:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"`"+((o=e.lambda(n,n))!=null?o:"")+"`"+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:43},end:{line:38,column:73}}}))!=null?o:"")},4:function(e,n,a,u,l){return", "},5:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"; repository variables for the build args: "+((o=t(a,"each").call(n??(e.nullContext||{}),t(n,"buildVariables"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:147},end:{line:38,column:220}}}))!=null?o:"")},6:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(o=t(a,"each").call(n??(e.nullContext||{}),t(n,"githubSecrets"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:39,column:39},end:{line:39,column:111}}}))!=null?o:""},7:function(e,n,a,u,l){return"none (cloud login is OIDC)"},8:function(e,n,a,u,l){return" and that every secret the platform injects exists (a missing one would stop the container from starting)"},9:function(e,n,a,u,l){return`Django: a \`LOGGING\` dict that writes JSON to stdout (python-json-logger):

\`\`\`python
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter", "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}
\`\`\`

structlog works as well: \`structlog.configure(processors=[..., structlog.processors.JSONRenderer()])\`.
`},10:function(e,n,a,u,l){return`FastAPI: give uvicorn (or gunicorn's uvicorn workers) a log config with a JSON formatter, so access and
application logs are both JSON (python-json-logger):

\`\`\`python
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter", "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "loggers": {"uvicorn": {"handlers": ["stdout"], "level": "INFO"}, "uvicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}
# uvicorn.run(app, log_config=LOG_CONFIG), or --log-config with the same dict as JSON or YAML
\`\`\`
`},11:function(e,n,a,u,l){return'Node.js: pino writes JSON lines to stdout by default (`nestjs-pino` for NestJS, `pino-http` for Express):\n\n```ts\nimport pino from "pino";\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });\n```\n'},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Configuration

Every environment variable the applications read, where each value lives in each environment, and how
to change one. Detected from the code (\`npx create-devops-baseline detect\` shows where each is read);
correct a guess in \`variables\` of the devops-baseline config, and set plain values per environment in
\`environments\`. Secrets are never in the config, in git, in Terraform or in workflow files.

Deploy target: **`+((o=(t=m(a,"cloudTitle")||i(n,"cloudTitle",{start:{line:8,column:19},end:{line:8,column:29}}),typeof t===c?t.call(r,{name:"cloudTitle",hash:{},data:l,loc:{start:{line:8,column:17},end:{line:8,column:31}}}):t))!=null?o:"")+`**.

## Variables

| Variable | Service | Required | Secret | Stage | staging | production | Read at |
|---|---|---|---|---|---|---|---|
`+((o=m(a,"each").call(r,m(n,"rows"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?o:"")+`
"secret store" in a cell: the value lives in the platform's secret store (below), never in a file.
"unset" means the code's own fallback applies.

## Where values live

| | staging | production |
|---|---|---|
| Plain values | `+((o=s(i(m(n,"staging"),"plainLives",{start:{line:25,column:19},end:{line:25,column:37}}),n))!=null?o:"")+" | "+((o=s(i(m(n,"production"),"plainLives",{start:{line:25,column:44},end:{line:25,column:65}}),n))!=null?o:"")+` |
| Secrets | `+((o=s(i(m(n,"staging"),"secretLives",{start:{line:26,column:14},end:{line:26,column:33}}),n))!=null?o:"")+" | "+((o=s(i(m(n,"production"),"secretLives",{start:{line:26,column:40},end:{line:26,column:62}}),n))!=null?o:"")+` |
`+((o=m(a,"if").call(r,m(n,"buildVariables"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:27,column:0},end:{line:29,column:7}}}))!=null?o:"")+`
`+((o=m(a,"if").call(r,m(m(n,"production"),"newSecret"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:31,column:0},end:{line:34,column:7}}}))!=null?o:"")+"GitHub environments (`staging`, `production`, infra/github.tf) hold only what the workflows need to\nreach the platform:\n\n- variables: "+((o=m(a,"each").call(r,m(n,"githubVars"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:13},end:{line:38,column:82}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"buildVariables"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:82},end:{line:38,column:227}}}))!=null?o:"")+`
- secrets: `+((o=m(a,"if").call(r,m(m(n,"githubSecrets"),"length"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.program(7,l,0),data:l,loc:{start:{line:39,column:11},end:{line:39,column:152}}}))!=null?o:"")+"\n\n## Set or rotate a secret\n\nRun with `VALUE` set in your shell (for example `read -rs VALUE`), replacing `NAME`:\n\n```bash\n"+((o=s(i(m(n,"production"),"setSecret",{start:{line:46,column:3},end:{line:46,column:23}}),n))!=null?o:"")+`
`+((o=s(i(m(n,"production"),"reload",{start:{line:47,column:3},end:{line:47,column:20}}),n))!=null?o:"")+"\n```\n\nFor staging, the same commands with `"+((o=(t=m(a,"stagingPrefix")||i(n,"stagingPrefix",{start:{line:50,column:39},end:{line:50,column:52}}),typeof t===c?t.call(r,{name:"stagingPrefix",hash:{},data:l,loc:{start:{line:50,column:37},end:{line:50,column:54}}}):t))!=null?o:"")+"` instead of `"+((o=(t=m(a,"productionPrefix")||i(n,"productionPrefix",{start:{line:50,column:70},end:{line:50,column:86}}),typeof t===c?t.call(r,{name:"productionPrefix",hash:{},data:l,loc:{start:{line:50,column:68},end:{line:50,column:88}}}):t))!=null?o:"")+"`.\nTo rotate: set the new value, reload, check the health route, then revoke the old value at its\nissuer (the payment provider, the mail service…). A signing key such as `SECRET_KEY` logs every user\nout when it changes; Django's `SECRET_KEY_FALLBACKS` keeps old sessions valid during the switch.\n\n## Startup guard\n\nEach deploy job (`.github/workflows/deploy.yml`, step `startup-guard`) checks, before anything\nchanges, that every required variable has a value in its environment"+((o=m(a,"if").call(r,m(n,"checksAllSecrets"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:58,column:68},end:{line:58,column:204}}}))!=null?o:"")+`.
When it fails it names the variables; nothing was deployed. See
[the runbook](runbooks/missing-configuration.md).

## Logs

Write logs as JSON lines to stdout; the platform collects them. `+((o=(t=m(a,"logShipping")||i(n,"logShipping",{start:{line:64,column:66},end:{line:64,column:77}}),typeof t===c?t.call(r,{name:"logShipping",hash:{},data:l,loc:{start:{line:64,column:64},end:{line:64,column:79}}}):t))!=null?o:"")+`

\`\`\`bash
# recent lines
`+((o=(t=m(a,"logTail")||i(n,"logTail",{start:{line:68,column:3},end:{line:68,column:10}}),typeof t===c?t.call(r,{name:"logTail",hash:{},data:l,loc:{start:{line:68,column:0},end:{line:68,column:13}}}):t))!=null?o:"")+`
# error lines of the last 30 minutes, from where the logs are kept
`+((o=(t=m(a,"logQuery")||i(n,"logQuery",{start:{line:70,column:3},end:{line:70,column:11}}),typeof t===c?t.call(r,{name:"logQuery",hash:{},data:l,loc:{start:{line:70,column:0},end:{line:70,column:14}}}):t))!=null?o:"")+"\n```\n\n"+((o=m(a,"if").call(r,m(n,"django"),{name:"if",hash:{},fn:e.program(9,l,0),inverse:e.noop,data:l,loc:{start:{line:73,column:0},end:{line:87,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"fastapi"),{name:"if",hash:{},fn:e.program(10,l,0),inverse:e.noop,data:l,loc:{start:{line:88,column:0},end:{line:103,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"node"),{name:"if",hash:{},fn:e.program(11,l,0),inverse:e.noop,data:l,loc:{start:{line:104,column:0},end:{line:112,column:7}}}))!=null?o:"")},useData:!0},"docs/containers.md.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| "+((o=(t=s(a,"role")||i(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof t===c?t.call(r,{name:"role",hash:{},data:l,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):t))!=null?o:"")+" ("+((o=(t=s(a,"kind")||i(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof t===c?t.call(r,{name:"kind",hash:{},data:l,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):t))!=null?o:"")+") | `"+((o=(t=s(a,"dockerfile")||i(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof t===c?t.call(r,{name:"dockerfile",hash:{},data:l,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):t))!=null?o:"")+"` | `"+((o=(t=s(a,"context")||i(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof t===c?t.call(r,{name:"context",hash:{},data:l,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):t))!=null?o:"")+"` | "+((o=(t=s(a,"packageManager")||i(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof t===c?t.call(r,{name:"packageManager",hash:{},data:l,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):t))!=null?o:"")+" | `"+((o=(t=s(a,"command")||i(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof t===c?t.call(r,{name:"command",hash:{},data:l,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):t))!=null?o:"")+"` | "+((o=(t=s(a,"port")||i(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):t))!=null?o:"")+" | "+((o=(t=s(a,"probe")||i(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof t===c?t.call(r,{name:"probe",hash:{},data:l,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):t))!=null?o:"")+` |
`},1:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## Health probes

`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:24,column:0},end:{line:57,column:7}}}))!=null?o:"")+`
`},2:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"The backend's health route is `"+((o=(t=i(a,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:l,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):t))!=null?o:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,a,u,l){var o,t=n??(e.nullContext||{}),i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((o=i(a,"if").call(t,i(n,"django"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:50,column:0},end:{line:56,column:7}}}))!=null?o:"")},4:function(e,n,a,u,l){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,a,u,l){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,a,u,l){return'\n```js\n// Express; in Nest: a @Get("healthz") controller\napp.get("/healthz", (_req, res) => res.json({ status: "ok" }));\n```\n'},7:function(e,n,a,u,l){var o,t,i=e.strict,r=e.lambda,c=n??(e.nullContext||{}),s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"- **The server**: `"+((o=r(i(s(n,"backend"),"server",{start:{line:63,column:21},end:{line:63,column:35}}),n))!=null?o:"")+"` loads `"+((o=r(i(s(n,"backend"),"app",{start:{line:63,column:48},end:{line:63,column:59}}),n))!=null?o:"")+"`"+((o=s(a,"if").call(c,s(s(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:63,column:62},end:{line:63,column:120}}}))!=null?o:"")+"\n  from `"+((o=r(i(s(n,"backend"),"appDir",{start:{line:64,column:10},end:{line:64,column:24}}),n))!=null?o:"")+"` inside `"+((o=r(i(s(n,"backend"),"dir",{start:{line:64,column:38},end:{line:64,column:49}}),n))!=null?o:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((o=r(i(s(n,"backend"),"migrationsDir",{start:{line:65,column:23},end:{line:65,column:44}}),n))!=null?o:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((o=(t=s(a,"pythonPackages")||i(n,"pythonPackages",{start:{line:66,column:4},end:{line:66,column:18}}),typeof t=="function"?t.call(c,{name:"pythonPackages",hash:{},data:l,loc:{start:{line:66,column:2},end:{line:66,column:20}}}):t))!=null?o:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,a,u,l){return" (a factory, called once)"},9:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((o=t(a,"if").call(n??(e.nullContext||{}),t(t(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,l,0),inverse:e.program(11,l,0),data:l,loc:{start:{line:70,column:0},end:{line:77,column:7}}}))!=null?o:"")},10:function(e,n,a,u,l){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,a,u,l){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"- **Listening on `process.env.PORT`** ("+((o=e.lambda(e.strict(t(n,"backend"),"port",{start:{line:80,column:41},end:{line:80,column:53}}),n))!=null?o:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"- **Next.js output mode `"+((o=(t=r(a,"nextOutput")||e.strict(n,"nextOutput",{start:{line:83,column:27},end:{line:83,column:37}}),typeof t=="function"?t.call(i,{name:"nextOutput",hash:{},data:l,loc:{start:{line:83,column:25},end:{line:83,column:39}}}):t))!=null?o:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((o=r(a,"if").call(i,r(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,l,0),inverse:e.noop,data:l,loc:{start:{line:84,column:0},end:{line:88,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"next_default"),{name:"if",hash:{},fn:e.program(15,l,0),inverse:e.noop,data:l,loc:{start:{line:89,column:0},end:{line:92,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"next_export"),{name:"if",hash:{},fn:e.program(16,l,0),inverse:e.noop,data:l,loc:{start:{line:93,column:0},end:{line:96,column:7}}}))!=null?o:"")},14:function(e,n,a,u,l){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,a,u,l){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'  `output: "export"` writes static files to `'+((o=(t=i(a,"outDir")||e.strict(n,"outDir",{start:{line:94,column:47},end:{line:94,column:53}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:l,loc:{start:{line:94,column:45},end:{line:94,column:55}}}):t))!=null?o:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"- **A `build` script** that writes the production build to `"+((o=(t=i(a,"outDir")||e.strict(n,"outDir",{start:{line:99,column:62},end:{line:99,column:68}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:l,loc:{start:{line:99,column:60},end:{line:99,column:70}}}):t))!=null?o:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,a,u,l){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=n??(e.nullContext||{}),i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((o=i(a,"each").call(t,i(n,"images"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?o:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((o=i(a,"if").call(t,i(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:21,column:0},end:{line:59,column:7}}}))!=null?o:"")+`## What the application must provide

`+((o=i(a,"if").call(t,i(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:62,column:0},end:{line:67,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"django"),{name:"if",hash:{},fn:e.program(9,l,0),inverse:e.noop,data:l,loc:{start:{line:68,column:0},end:{line:78,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,l,0),inverse:e.noop,data:l,loc:{start:{line:79,column:0},end:{line:81,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,l,0),inverse:e.noop,data:l,loc:{start:{line:82,column:0},end:{line:97,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,l,0),inverse:e.noop,data:l,loc:{start:{line:98,column:0},end:{line:101,column:7}}}))!=null?o:"")+`
`+((o=i(a,"if").call(t,i(n,"workspace"),{name:"if",hash:{},fn:e.program(18,l,0),inverse:e.noop,data:l,loc:{start:{line:103,column:0},end:{line:111,column:7}}}))!=null?o:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c=e.lambda,s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((o=s(a,"if").call(i,s(n,"postgis"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.program(2,l,0),data:l,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?o:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((o=s(a,"each").call(i,s(n,"settings"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?o:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((o=(t=s(a,"pgbouncerIni")||r(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof t=="function"?t.call(i,{name:"pgbouncerIni",hash:{},data:l,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):t))!=null?o:"")+"` runs **transaction pooling**: "+((o=c(r(s(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?o:"")+` client connections share
`+((o=c(r(s(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?o:"")+" server connections per database and user (+"+((o=c(r(s(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?o:"")+` in reserve).
Size each application process's own pool small (`+((o=c(r(s(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?o:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((o=s(a,"if").call(i,s(n,"django"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:44,column:0},end:{line:72,column:7}}}))!=null?o:"")+((o=s(a,"if").call(i,s(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:73,column:0},end:{line:99,column:7}}}))!=null?o:"")+((o=s(a,"if").call(i,s(n,"node"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:100,column:0},end:{line:120,column:7}}}))!=null?o:"")},1:function(e,n,a,u,l){return"PostGIS"},2:function(e,n,a,u,l){return"PostgreSQL"},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((o=(t=s(a,"name")||i(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):t))!=null?o:"")+"` | `"+((o=(t=s(a,"value")||i(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof t===c?t.call(r,{name:"value",hash:{},data:l,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):t))!=null?o:"")+"` | "+((o=(t=s(a,"why")||i(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof t===c?t.call(r,{name:"why",hash:{},data:l,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):t))!=null?o:"")+` |
`},4:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"postgis"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?o:"")+`        # Keep connections to pgbouncer open between requests;
        # check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling:
        # server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,a,u,l){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

DATABASE_URL = os.environ["DATABASE_URL"]
engine = create_engine(
    DATABASE_URL.replace("postgresql://", "postgresql+psycopg://", 1),
    # test a pooled connection before use: survives restarts and idle cuts
    pool_pre_ping=True,
    pool_size=`+((o=e.lambda(e.strict(t(n,"pool"),"appPoolSize",{start:{line:86,column:16},end:{line:86,column:32}}),n))!=null?o:"")+`,  # per process; gunicorn runs WEB_CONCURRENCY of them
    max_overflow=5,
    pool_timeout=10,  # fail fast when the pool is exhausted
    pool_recycle=1800,  # below pgbouncer's server_lifetime
    # psycopg 3 behind pgbouncer transaction pooling:
    # no client-side prepared statements.
    connect_args={"prepare_threshold": None},
)
\`\`\`

With asyncpg, pass \`connect_args={"statement_cache_size": 0}\` instead. Alembic migrations:
\`alembic upgrade head\` works through pgbouncer; point \`sqlalchemy.url\` at \`db\` for a migration that
needs session-level features.
`},7:function(e,n,a,u,l){var o,t=e.strict,i=e.lambda,r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((o=i(t(r(n,"pool"),"appPoolSize",{start:{line:108,column:9},end:{line:108,column:25}}),n))!=null?o:"")+`, // per process
  idleTimeoutMillis: 30_000,
  // fail fast when pgbouncer or the pool is saturated
  connectionTimeoutMillis: 5_000,
});
// Do not pass statement_timeout here: it travels as a startup parameter,
// which pgbouncer refuses. The server-side default above applies; use
// SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((o=i(t(r(n,"pool"),"appPoolSize",{start:{line:119,column:48},end:{line:119,column:64}}),n))!=null?o:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((o=i(t(r(n,"pool"),"appPoolSize",{start:{line:119,column:113},end:{line:119,column:129}}),n))!=null?o:"")+" }`.\n"},8:function(e,n,a,u,l){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=n??(e.nullContext||{}),i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((o=i(a,"if").call(t,i(n,"postgres"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:7,column:0},end:{line:121,column:7}}}))!=null?o:"")+((o=i(a,"if").call(t,i(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:122,column:0},end:{line:128,column:7}}}))!=null?o:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,a,u,l){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(o=t(a,"if").call(n??(e.nullContext||{}),t(n,"edge"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.program(3,l,0),data:l,loc:{start:{line:6,column:0},end:{line:15,column:0}}}))!=null?o:""},2:function(e,n,a,u,l){return`# Reverse proxy for compose.prod.yml behind Caddy: routing, security headers, compression, static
# caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, Caddy (compose.caddy.yml) is the only client, and
# Caddy terminates TLS with certificates it obtains and renews itself.
`},3:function(e,n,a,u,l){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},4:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return((o=t(a,"each").call(n??(e.nullContext||{}),t(t(n,"staticCache"),"http"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:62,column:0},end:{line:64,column:9}}}))!=null?o:"")+`
`},5:function(e,n,a,u,l){var o;return"    "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`
`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"tunnel"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.program(8,l,0),data:l,loc:{start:{line:73,column:0},end:{line:81,column:7}}}))!=null?o:"")+`    set_real_ip_from 10.0.0.0/8;
    set_real_ip_from 172.16.0.0/12;
    set_real_ip_from 192.168.0.0/16;

    map $http_x_forwarded_proto $forwarded_proto {
        default $http_x_forwarded_proto;
        "" https;
    }
`},7:function(e,n,a,u,l){return`    # Requests arrive from cloudflared on the Docker network: the client is CF-Connecting-IP (rate limits
    # and logs use it), and the scheme is the one Cloudflare's edge saw.
    real_ip_header CF-Connecting-IP;
`},8:function(e,n,a,u,l){return`    # Requests arrive from Caddy on the Docker network: the client is the X-Forwarded-For Caddy sets
    # (rate limits and logs use it), and the scheme is the one Caddy saw.
    real_ip_header X-Forwarded-For;
`},9:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # `+((o=(t=s(a,"apiHost")||i(n,"apiHost",{start:{line:93,column:8},end:{line:93,column:15}}),typeof t===c?t.call(r,{name:"apiHost",hash:{},data:l,loc:{start:{line:93,column:6},end:{line:93,column:17}}}):t))!=null?o:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((o=(t=s(a,"apiHost")||i(n,"apiHost",{start:{line:96,column:10},end:{line:96,column:17}}),typeof t===c?t.call(r,{name:"apiHost",hash:{},data:l,loc:{start:{line:96,column:8},end:{line:96,column:19}}}):t))!=null?o:"")+` backend;
    }
`},10:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    upstream "+((o=(t=s(a,"name")||i(n,"name",{start:{line:101,column:15},end:{line:101,column:19}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:101,column:13},end:{line:101,column:21}}}):t))!=null?o:"")+` {
        server `+((o=(t=s(a,"host")||i(n,"host",{start:{line:102,column:17},end:{line:102,column:21}}),typeof t===c?t.call(r,{name:"host",hash:{},data:l,loc:{start:{line:102,column:15},end:{line:102,column:23}}}):t))!=null?o:"")+":"+((o=(t=s(a,"port")||i(n,"port",{start:{line:102,column:26},end:{line:102,column:30}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:102,column:24},end:{line:102,column:32}}}):t))!=null?o:"")+`;
        keepalive 16;
    }

`},11:function(e,n,a,u,l){return`    server {
        listen 8080;
        server_name _;

        # Container healthcheck; answered locally, never proxied, not served through the edge.
        location = /nginx-health {
            allow 127.0.0.1;
            deny all;
            access_log off;
            default_type text/plain;
            return 200 "ok\\n";
        }
`},12:function(e,n,a,u,l){return`    server {
        listen 8080;
        server_name _;

        # Container healthcheck; answered locally, never proxied.
        location = /nginx-health {
            access_log off;
            default_type text/plain;
            return 200 "ok\\n";
        }

        location / {
            return 301 https://$host$request_uri;
        }
    }

    server {
        listen 8443 ssl;
        http2 on;
        server_name _;

        ssl_certificate /etc/nginx/certs/fullchain.pem;
        ssl_certificate_key /etc/nginx/certs/privkey.pem;
        # TLS 1.2 and 1.3 only, forward-secret AEAD ciphers (Mozilla "intermediate").
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
        ssl_prefer_server_ciphers off;
        ssl_session_cache shared:SSL:10m;
        ssl_session_timeout 1d;
        ssl_session_tickets off;
`},13:function(e,n,a,u,l){return"$forwarded_proto"},14:function(e,n,a,u,l){return"$scheme"},15:function(e,n,a,u,l){var o;return"        add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},16:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"        # "+((o=(t=s(a,"why")||i(n,"why",{start:{line:173,column:12},end:{line:173,column:15}}),typeof t===c?t.call(r,{name:"why",hash:{},data:l,loc:{start:{line:173,column:10},end:{line:173,column:17}}}):t))!=null?o:"")+`
        location `+((o=(t=s(a,"match")||i(n,"match",{start:{line:174,column:19},end:{line:174,column:24}}),typeof t===c?t.call(r,{name:"match",hash:{},data:l,loc:{start:{line:174,column:17},end:{line:174,column:26}}}):t))!=null?o:"")+` {
            proxy_pass http://`+((o=(t=s(a,"upstream")||i(n,"upstream",{start:{line:175,column:32},end:{line:175,column:40}}),typeof t===c?t.call(r,{name:"upstream",hash:{},data:l,loc:{start:{line:175,column:30},end:{line:175,column:42}}}):t))!=null?o:"")+`;
`+((o=s(a,"if").call(r,s(n,"cache"),{name:"if",hash:{},fn:e.program(17,l,0),inverse:e.noop,data:l,loc:{start:{line:176,column:0},end:{line:182,column:7}}}))!=null?o:"")+((o=s(a,"if").call(r,s(s(l,"root"),"staticCache"),{name:"if",hash:{},fn:e.program(19,l,0),inverse:e.noop,data:l,loc:{start:{line:183,column:0},end:{line:189,column:7}}}))!=null?o:"")+`        }

`},17:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"            expires "+((o=(t=s(a,"expires")||i(n,"expires",{start:{line:177,column:22},end:{line:177,column:29}}),typeof t===c?t.call(r,{name:"expires",hash:{},data:l,loc:{start:{line:177,column:20},end:{line:177,column:31}}}):t))!=null?o:"")+`;
            add_header Cache-Control "`+((o=(t=s(a,"cache")||i(n,"cache",{start:{line:178,column:40},end:{line:178,column:45}}),typeof t===c?t.call(r,{name:"cache",hash:{},data:l,loc:{start:{line:178,column:38},end:{line:178,column:47}}}):t))!=null?o:"")+`" always;
`+((o=s(a,"each").call(r,s(s(l,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(18,l,0),inverse:e.noop,data:l,loc:{start:{line:179,column:0},end:{line:181,column:9}}}))!=null?o:"")},18:function(e,n,a,u,l){var o;return"            add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},19:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(o=t(a,"if").call(n??(e.nullContext||{}),t(n,"static"),{name:"if",hash:{},fn:e.program(20,l,0),inverse:e.noop,data:l,loc:{start:{line:184,column:0},end:{line:188,column:7}}}))!=null?o:""},20:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(o=t(a,"each").call(n??(e.nullContext||{}),t(t(t(l,"root"),"staticCache"),"location"),{name:"each",hash:{},fn:e.program(21,l,0),inverse:e.noop,data:l,loc:{start:{line:185,column:0},end:{line:187,column:9}}}))!=null?o:""},21:function(e,n,a,u,l){var o;return"            "+((o=e.lambda(n,n))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=s(a,"if").call(i,s(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:1,column:0},end:{line:15,column:7}}}))!=null?o:"")+`
worker_processes auto;
pid /tmp/nginx.pid;
error_log stderr warn;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;

    # The container's root filesystem is read-only: every temporary file goes to the /tmp tmpfs.
    client_body_temp_path /tmp/client_temp;
    proxy_temp_path /tmp/proxy_temp;
    fastcgi_temp_path /tmp/fastcgi_temp;
    uwsgi_temp_path /tmp/uwsgi_temp;
    scgi_temp_path /tmp/scgi_temp;

    log_format main '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
                    '"$http_referer" "$http_user_agent" rt=$request_time urt=$upstream_response_time';
    access_log /dev/stdout main;

    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    server_tokens off;
    client_max_body_size 20m;

    # Compression for text responses; images and fonts are already compressed. Brotli would need the
    # ngx_brotli module, which the official nginx images do not ship; every client accepts gzip.
    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_types text/plain text/css text/xml text/javascript application/javascript application/json application/xml application/rss+xml application/manifest+json image/svg+xml font/ttf font/otf;

    # Per-client limits blunt floods before they reach the application.
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((o=(t=s(a,"rateLimit")||r(n,"rateLimit",{start:{line:56,column:62},end:{line:56,column:71}}),typeof t===c?t.call(i,{name:"rateLimit",hash:{},data:l,loc:{start:{line:56,column:60},end:{line:56,column:73}}}):t))!=null?o:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

`+((o=s(a,"if").call(i,s(n,"staticCache"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?o:"")+`    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((o=s(a,"if").call(i,s(n,"edge"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:71,column:0},end:{line:90,column:7}}}))!=null?o:"")+((o=s(a,"if").call(i,s(n,"apiHost"),{name:"if",hash:{},fn:e.program(9,l,0),inverse:e.noop,data:l,loc:{start:{line:91,column:0},end:{line:98,column:7}}}))!=null?o:"")+`
`+((o=s(a,"each").call(i,s(n,"upstreams"),{name:"each",hash:{},fn:e.program(10,l,0),inverse:e.noop,data:l,loc:{start:{line:100,column:0},end:{line:106,column:9}}}))!=null?o:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((o=s(a,"if").call(i,s(n,"edge"),{name:"if",hash:{},fn:e.program(11,l,0),inverse:e.program(12,l,0),data:l,loc:{start:{line:108,column:0},end:{line:152,column:7}}}))!=null?o:"")+`
        limit_req zone=per_ip burst=`+((o=(t=s(a,"rateBurst")||r(n,"rateBurst",{start:{line:154,column:38},end:{line:154,column:47}}),typeof t===c?t.call(i,{name:"rateBurst",hash:{},data:l,loc:{start:{line:154,column:36},end:{line:154,column:49}}}):t))!=null?o:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((o=s(a,"if").call(i,s(n,"edge"),{name:"if",hash:{},fn:e.program(13,l,0),inverse:e.program(14,l,0),data:l,loc:{start:{line:161,column:43},end:{line:161,column:93}}}))!=null?o:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((o=s(a,"each").call(i,s(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(15,l,0),inverse:e.noop,data:l,loc:{start:{line:168,column:0},end:{line:170,column:9}}}))!=null?o:"")+`
`+((o=s(a,"each").call(i,s(n,"locations"),{name:"each",hash:{},fn:e.program(16,l,0),inverse:e.noop,data:l,loc:{start:{line:172,column:0},end:{line:192,column:9}}}))!=null?o:"")+`    }
}
`},useData:!0},"proxy/static-cache.conf.hbs":{0:function(e,n,a,u,l){var o;return"    "+((o=e.lambda(n,n))!=null?o:"")+`
`},1:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    upstream `+((o=(t=s(a,"name")||i(n,"name",{start:{line:34,column:15},end:{line:34,column:19}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:34,column:13},end:{line:34,column:21}}}):t))!=null?o:"")+` {
        server `+((o=(t=s(a,"host")||i(n,"host",{start:{line:35,column:17},end:{line:35,column:21}}),typeof t===c?t.call(r,{name:"host",hash:{},data:l,loc:{start:{line:35,column:15},end:{line:35,column:23}}}):t))!=null?o:"")+":"+((o=(t=s(a,"port")||i(n,"port",{start:{line:35,column:26},end:{line:35,column:30}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):t))!=null?o:"")+`;
        keepalive 16;
    }
`},2:function(e,n,a,u,l){var o;return"        add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
        # `+((o=(t=s(a,"why")||i(n,"why",{start:{line:64,column:12},end:{line:64,column:15}}),typeof t===c?t.call(r,{name:"why",hash:{},data:l,loc:{start:{line:64,column:10},end:{line:64,column:17}}}):t))!=null?o:"")+`
        location ^~ `+((o=(t=s(a,"prefix")||i(n,"prefix",{start:{line:65,column:22},end:{line:65,column:28}}),typeof t===c?t.call(r,{name:"prefix",hash:{},data:l,loc:{start:{line:65,column:20},end:{line:65,column:30}}}):t))!=null?o:"")+` {
            proxy_pass http://`+((o=(t=s(a,"upstream")||i(n,"upstream",{start:{line:66,column:32},end:{line:66,column:40}}),typeof t===c?t.call(r,{name:"upstream",hash:{},data:l,loc:{start:{line:66,column:30},end:{line:66,column:42}}}):t))!=null?o:"")+`;
`+((o=s(a,"each").call(r,s(s(l,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:67,column:0},end:{line:69,column:9}}}))!=null?o:"")+((o=s(a,"each").call(r,s(s(s(l,"root"),"staticCache"),"location"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:70,column:0},end:{line:72,column:9}}}))!=null?o:"")+`        }
`},4:function(e,n,a,u,l){var o;return"            add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},5:function(e,n,a,u,l){var o;return"            "+((o=e.lambda(n,n))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Edge cache of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:18},end:{line:1,column:22}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:16},end:{line:1,column:24}}}):t))!=null?o:"")+` on Kubernetes (docs/cdn.md): the Ingress sends the static paths here, and this
# nginx keeps the app's responses for them. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080 with a
# read-only root filesystem: the cache and temporary files are on emptyDir volumes.
worker_processes 1;
pid /tmp/nginx.pid;
error_log stderr warn;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;

    client_body_temp_path /tmp/client_temp;
    proxy_temp_path /tmp/proxy_temp;
    fastcgi_temp_path /tmp/fastcgi_temp;
    uwsgi_temp_path /tmp/uwsgi_temp;
    scgi_temp_path /tmp/scgi_temp;

    log_format main '$remote_addr - [$time_local] "$request" $status $body_bytes_sent cache=$upstream_cache_status urt=$upstream_response_time';
    access_log /dev/stdout main;

    sendfile on;
    keepalive_timeout 65;
    server_tokens off;

`+((o=s(a,"each").call(r,s(s(n,"staticCache"),"http"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:29,column:0},end:{line:31,column:9}}}))!=null?o:"")+((o=s(a,"each").call(r,s(n,"upstreams"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:32,column:0},end:{line:38,column:9}}}))!=null?o:"")+`
    server {
        listen 8080;
        server_name _;

        # Probes; answered locally, never proxied.
        location = /nginx-health {
            access_log off;
            default_type text/plain;
            return 200 "ok\\n";
        }

        # The Ingress keeps its rate limit and sets X-Forwarded-For and X-Forwarded-Proto; they pass on as they came.
        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header Connection "";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

`+((o=s(a,"each").call(r,s(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:59,column:0},end:{line:61,column:9}}}))!=null?o:"")+((o=s(a,"each").call(r,s(n,"locations"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:62,column:0},end:{line:74,column:9}}}))!=null?o:"")+`
        # Anything else the Ingress sends here is passed through, never cached.
        location / {
            proxy_pass http://`+((o=(t=s(a,"fallback")||i(n,"fallback",{start:{line:78,column:32},end:{line:78,column:40}}),typeof t===c?t.call(r,{name:"fallback",hash:{},data:l,loc:{start:{line:78,column:30},end:{line:78,column:42}}}):t))!=null?o:"")+`;
        }
    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"`"+((o=e.lambda(n,n))!=null?o:"")+"`"+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:35},end:{line:6,column:65}}}))!=null?o:"")},1:function(e,n,a,u,l){return", "},2:function(e,n,a,u,l){var o;return"- "+((o=e.lambda(n,n))!=null?o:"")+`
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=(t=s(a,"label")||i(n,"label",{start:{line:19,column:2},end:{line:19,column:7}}),typeof t===c?t.call(r,{name:"label",hash:{},data:l,loc:{start:{line:19,column:0},end:{line:19,column:9}}}):t))!=null?o:"")+"\n\n```bash\n"+((o=(t=s(a,"command")||i(n,"command",{start:{line:22,column:2},end:{line:22,column:9}}),typeof t===c?t.call(r,{name:"command",hash:{},data:l,loc:{start:{line:22,column:0},end:{line:22,column:11}}}):t))!=null?o:"")+"\n```\n\n"},4:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(o=t(a,"if").call(n??(e.nullContext||{}),t(n,"command"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.program(5,l,0),data:l,loc:{start:{line:29,column:0},end:{line:39,column:7}}}))!=null?o:""},5:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return((o=(t=i(a,"label")||e.strict(n,"label",{start:{line:37,column:2},end:{line:37,column:7}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"label",hash:{},data:l,loc:{start:{line:37,column:0},end:{line:37,column:9}}}):t))!=null?o:"")+`

`},6:function(e,n,a,u,l){var o,t=e.lambda,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"["+((o=t(n,n))!=null?o:"")+"]("+((o=t(n,n))!=null?o:"")+".md)"+((o=i(a,"unless").call(n??(e.nullContext||{}),i(l,"last"),{name:"unless",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:53,column:49},end:{line:53,column:80}}}))!=null?o:"")},7:function(e,n,a,u,l){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((o=(t=s(a,"title")||i(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===c?t.call(r,{name:"title",hash:{},data:l,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?o:"")+`

`+((o=(t=s(a,"purpose")||i(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof t===c?t.call(r,{name:"purpose",hash:{},data:l,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):t))!=null?o:"")+`

- Service: \``+((o=(t=s(a,"name")||i(n,"name",{start:{line:5,column:14},end:{line:5,column:18}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:5,column:12},end:{line:5,column:20}}}):t))!=null?o:"")+"` on "+((o=(t=s(a,"cloudTitle")||i(n,"cloudTitle",{start:{line:5,column:27},end:{line:5,column:37}}),typeof t===c?t.call(r,{name:"cloudTitle",hash:{},data:l,loc:{start:{line:5,column:25},end:{line:5,column:39}}}):t))!=null?o:"")+`
- Alert: `+((o=s(a,"each").call(r,s(n,"alerts"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:9},end:{line:6,column:74}}}))!=null?o:"")+" ("+((o=(t=s(a,"alertSource")||i(n,"alertSource",{start:{line:6,column:78},end:{line:6,column:89}}),typeof t===c?t.call(r,{name:"alertSource",hash:{},data:l,loc:{start:{line:6,column:76},end:{line:6,column:91}}}):t))!=null?o:"")+`)
- Severity: `+((o=(t=s(a,"severity")||i(n,"severity",{start:{line:7,column:14},end:{line:7,column:22}}),typeof t===c?t.call(r,{name:"severity",hash:{},data:l,loc:{start:{line:7,column:12},end:{line:7,column:24}}}):t))!=null?o:"")+`
- Alerts go to: `+((o=(t=s(a,"alertDestination")||i(n,"alertDestination",{start:{line:8,column:18},end:{line:8,column:34}}),typeof t===c?t.call(r,{name:"alertDestination",hash:{},data:l,loc:{start:{line:8,column:16},end:{line:8,column:36}}}):t))!=null?o:"")+`

## 1. Confirm

`+((o=s(a,"each").call(r,s(n,"confirm"),{name:"each",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:12,column:0},end:{line:14,column:9}}}))!=null?o:"")+`
## 2. Diagnose

`+((o=s(a,"each").call(r,s(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:18,column:0},end:{line:25,column:9}}}))!=null?o:"")+`## 3. Mitigate

`+((o=s(a,"each").call(r,s(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:40,column:9}}}))!=null?o:"")+`## 4. Escalate

`+((o=s(a,"each").call(r,s(n,"escalate"),{name:"each",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:43,column:0},end:{line:45,column:9}}}))!=null?o:"")+`
## 5. Verify recovery

`+((o=s(a,"each").call(r,s(n,"verify"),{name:"each",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:49,column:0},end:{line:51,column:9}}}))!=null?o:"")+`
Related: `+((o=s(a,"each").call(r,s(n,"related"),{name:"each",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:53,column:9},end:{line:53,column:89}}}))!=null?o:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'default_dir="'+((o=(t=i(a,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:l,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):t))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):t))!=null?o:"")+'" default_prefix="'+((o=(t=s(a,"prefix")||i(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof t===c?t.call(r,{name:"prefix",hash:{},data:l,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):t))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,a,u,l){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,a,u,l){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,a,u,l){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,a,u,l){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,a,u,l){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,a,u,l){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,a,u,l){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`#!/usr/bin/env bash
# Backs up `+((o=(t=m(a,"name")||i(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):t))!=null?o:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((o=(t=m(a,"targetTitle")||i(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof t===c?t.call(r,{name:"targetTitle",hash:{},data:l,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):t))!=null?o:"")+`,
# then prunes to `+((o=s(i(m(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?o:"")+" daily, "+((o=s(i(m(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?o:"")+" weekly and "+((o=s(i(m(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?o:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((o=s(i(m(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?o:"")+" default_weekly="+((o=s(i(m(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?o:"")+" default_monthly="+((o=s(i(m(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?o:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((o=m(a,"if").call(r,m(n,"local"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((o=m(a,"if").call(r,m(n,"local"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?o:"")+((o=m(a,"if").call(r,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?o:"")+`
upload "$work/$name" "$name"
echo "stored $name"

# Retention, grandfather-father-son: walking from newest to oldest, keep the newest dump of each of
# the last $keep_daily days, $keep_weekly ISO weeks and $keep_monthly months; delete the rest.
declare -A seen_day=() seen_week=() seen_month=()
days=0 weeks=0 months=0
while read -r dump; do
  [ -n "$dump" ] || continue
  stamp="\${dump#"$PGDATABASE"-}"
  day="\${stamp:0:8}"
  month="\${stamp:0:6}"
  week=$(date -u -d "$day" +%G%V)
  keep=0
  if [ -z "\${seen_day[$day]:-}" ] && ((days < keep_daily)); then seen_day[$day]=1; days=$((days + 1)); keep=1; fi
  if [ -z "\${seen_week[$week]:-}" ] && ((weeks < keep_weekly)); then seen_week[$week]=1; weeks=$((weeks + 1)); keep=1; fi
  if [ -z "\${seen_month[$month]:-}" ] && ((months < keep_monthly)); then seen_month[$month]=1; months=$((months + 1)); keep=1; fi
  if ((keep == 0)); then
    remove_dump "$dump"
    echo "pruned $dump"
  fi
done < <(list_dumps | sort -r)

# Feeds the BackupTooOld alert (monitoring/alerts.yml): a node_exporter textfile, a Pushgateway, or both.
metric="# HELP pg_backup_last_success_timestamp_seconds When backup_db.sh last stored a verified dump.
# TYPE pg_backup_last_success_timestamp_seconds gauge
pg_backup_last_success_timestamp_seconds{database=\\"$PGDATABASE\\"} $(date +%s)"
if [ -n "\${BACKUP_METRICS_FILE:-}" ]; then
  printf '%s\\n' "$metric" > "$BACKUP_METRICS_FILE.tmp"
  mv "$BACKUP_METRICS_FILE.tmp" "$BACKUP_METRICS_FILE"
fi
if [ -n "\${BACKUP_PUSHGATEWAY_URL:-}" ]; then
  printf '%s\\n' "$metric" | curl --silent --show-error --fail --data-binary @- "$BACKUP_PUSHGATEWAY_URL/metrics/job/pg_backup"
fi
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,a,u,l){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,a,u,l){var o;return"-f "+((o=e.lambda(n,n))!=null?o:"")+" "},2:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"service")||i(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof t===c?t.call(r,{name:"service",hash:{},data:l,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):t))!=null?o:"")+") echo "+((o=(t=s(a,"imageVar")||i(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof t===c?t.call(r,{name:"imageVar",hash:{},data:l,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):t))!=null?o:"")+` ;;
`},3:function(e,n,a,u,l){var o,t=n??(e.nullContext||{}),i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Blue-green: the switch (compose.tunnel.yml or compose.caddy.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((o=i(a,"each").call(t,i(n,"services"),{name:"each",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?o:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((o=i(a,"each").call(t,i(n,"services"),{name:"each",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?o:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((o=i(a,"each").call(t,i(n,"services"),{name:"each",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?o:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((o=i(a,"each").call(t,i(n,"services"),{name:"each",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?o:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((o=i(a,"each").call(t,i(n,"services"),{name:"each",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?o:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"key")||i(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):t))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(t=s(a,"service")||i(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof t===c?t.call(r,{name:"service",hash:{},data:l,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):t))!=null?o:"")+"; else echo "+((o=(t=s(a,"service")||i(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof t===c?t.call(r,{name:"service",hash:{},data:l,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):t))!=null?o:"")+`-green; fi ;;
`},5:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"key")||i(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):t))!=null?o:"")+') echo "$(service_for '+((o=(t=s(a,"key")||i(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):t))!=null?o:"")+' "$2"):'+((o=(t=s(a,"port")||i(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):t))!=null?o:"")+`" ;;
`},6:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"key")||i(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):t))!=null?o:"")+') echo "'+((o=(t=s(a,"healthPath")||i(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof t===c?t.call(r,{name:"healthPath",hash:{},data:l,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):t))!=null?o:"")+`" ;;
`},7:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"key")||i(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):t))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(t=s(a,"imageVar")||i(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof t===c?t.call(r,{name:"imageVar",hash:{},data:l,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):t))!=null?o:"")+"; else echo "+((o=(t=s(a,"imageVar")||i(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof t===c?t.call(r,{name:"imageVar",hash:{},data:l,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):t))!=null?o:"")+`_GREEN; fi ;;
`},8:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"  [ -f state/switch/"+((o=(t=s(a,"key")||i(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):t))!=null?o:"")+".conf ] || write_upstream "+((o=(t=s(a,"key")||i(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):t))!=null?o:"")+' "$(live_colour '+((o=(t=s(a,"key")||i(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):t))!=null?o:"")+`)"
`},9:function(e,n,a,u,l){return`  live)
    live_colour "\${1:?service key}"
    ;;
  deploy-idle)
    key="\${1:?service key}"
    image="\${2:?image}"
    ensure_switch
    if [ "$(live_colour "$key")" = blue ]; then idle=green; else idle=blue; fi
    service=$(service_for "$key" "$idle")
    var=$(colour_var_for "$key" "$idle")
    export "$var=$image"
    compose pull "$service" >&2
    compose up --detach --no-deps --wait "$service" >&2
    # The candidate answers its health route through the switch's network before any traffic moves
    # (a service without one was already waited for by its container healthcheck, through --wait).
    path=$(health_path_for "$key")
    if [ -n "$path" ]; then
      compose exec -T switch wget -q -O /dev/null --header 'X-Forwarded-Proto: https' "http://$(target_for "$key" "$idle")$path" >&2
    fi
    persist_image "$var" "$image"
    echo "$idle"
    ;;
  switch)
    key="\${1:?service key}"
    colour="\${2:?blue or green}"
    case "$colour" in blue | green) ;; *) echo "colour must be blue or green" >&2; exit 2 ;; esac
    ensure_switch
    write_upstream "$key" "$colour"
    compose exec -T switch nginx -s reload
    echo "$colour" > "state/switch/$key.colour"
    echo "$key traffic now goes to $colour"
    ;;
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((o=s(a,"if").call(i,s(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?o:"")+`.
# Image choices persist in `+((o=(t=s(a,"deployDir")||r(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof t===c?t.call(i,{name:"deployDir",hash:{},data:l,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):t))!=null?o:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((o=(t=s(a,"deployDir")||r(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof t===c?t.call(i,{name:"deployDir",hash:{},data:l,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):t))!=null?o:"")+`"
cd "\${DEPLOY_DIR:-$default_dir}"
state=.deployed.env
touch "$state"
# .env holds the secrets (written once on the host, never in the repository); .deployed.env the images.
set -a
# shellcheck disable=SC1091
. ./.env
# shellcheck disable=SC1090
. "./$state"
set +a

compose() {
  docker compose `+((o=s(a,"each").call(i,s(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?o:"")+`"$@"
}

image_var() {
  case "$1" in
`+((o=s(a,"each").call(i,s(n,"services"),{name:"each",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?o:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((o=s(a,"if").call(i,s(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?o:"")+`persist_image() {
  grep -v "^$1=" "$state" > "$state.new" || true
  printf '%s=%s\\n' "$1" "$2" >> "$state.new"
  mv "$state.new" "$state"
}

command="\${1:?usage: deploy_remote.sh current|snapshot|migrate|deploy ...}"
shift
case "$command" in
  current)
    var=$(image_var "$1")
    printf '%s\\n' "\${!var:-none}"
    ;;
  snapshot)
    id="\${1:?snapshot id}"
    mkdir -p backups
    dump="backups/predeploy-$id.dump"
    # The dump runs inside the db container with its own credentials; nothing secret crosses SSH.
    # shellcheck disable=SC2016 # expanded by the container's shell, on purpose
    compose exec -T db sh -c 'pg_dump --username "$POSTGRES_USER" --format custom --compress 6 "$POSTGRES_DB"' > "$dump"
    compose exec -T db pg_restore --list < "$dump" > /dev/null
    echo "snapshot $dump ($(wc -c < "$dump") bytes) verified"
    ;;
  migrate)
    image="\${1:?image}"
    # A non-zero exit of the one-off container fails this script, and with it the deploy job.
    `+((o=(t=s(a,"migrateVar")||r(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof t===c?t.call(i,{name:"migrateVar",hash:{},data:l,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):t))!=null?o:"")+'="$image" compose run --rm --no-deps '+((o=(t=s(a,"migrateService")||r(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof t===c?t.call(i,{name:"migrateService",hash:{},data:l,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):t))!=null?o:"")+" "+((o=(t=s(a,"migrateCommand")||r(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof t===c?t.call(i,{name:"migrateCommand",hash:{},data:l,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):t))!=null?o:"")+`
    ;;
  deploy)
    service="\${1:?service}"
    image="\${2:?image}"
    var=$(image_var "$service")
    export "$var=$image"
    compose pull "$service"
    compose up --detach --no-deps --wait "$service"
    persist_image "$var" "$image"
    echo "$service now runs $image"
    ;;
`+((o=s(a,"if").call(i,s(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,l,0),inverse:e.noop,data:l,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?o:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):t))!=null?o:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
# OIDC token. The API server trusts https://token.actions.githubusercontent.com as an issuer
# (structured authentication config), so no kubeconfig secret or service-account token is stored.
set -euo pipefail

: "\${ACTIONS_ID_TOKEN_REQUEST_URL:?the job needs permissions: id-token: write}"
: "\${ACTIONS_ID_TOKEN_REQUEST_TOKEN:?the job needs permissions: id-token: write}"
audience="\${K8S_OIDC_AUDIENCE:-kubernetes}"

header_file=$(mktemp)
trap 'rm -f "$header_file"' EXIT
# The request token goes to curl through a file, never on its command line.
printf 'Authorization: Bearer %s\\n' "$ACTIONS_ID_TOKEN_REQUEST_TOKEN" > "$header_file"
token=$(curl --silent --show-error --fail --header "@$header_file" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=$audience" | jq -r .value)

# printf is a shell builtin: the token never appears in a process list.
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}\\n' "$token"
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'default_dir="'+((o=(t=i(a,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:l,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):t))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):t))!=null?o:"")+'" default_prefix="'+((o=(t=s(a,"prefix")||i(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof t===c?t.call(r,{name:"prefix",hash:{},data:l,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):t))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,a,u,l){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,a,u,l){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,a,u,l){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,a,u,l){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,a,u,l){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,a,u,l){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,a,u,l){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((o=(t=r(a,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof t=="function"?t.call(i,{name:"targetTitle",hash:{},data:l,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):t))!=null?o:"")+` into RESTORE_DATABASE.
#   RESTORE_DATABASE=scratch scripts/restore_db.sh            # newest dump of $PGDATABASE
#   RESTORE_DATABASE=scratch scripts/restore_db.sh <dump name>
# Connection and password come from libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSFILE or
# PGPASSWORD), never from the command line. PGDATABASE names the database whose dumps to use.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE to the database whose dumps to restore}"
: "\${RESTORE_DATABASE:?set RESTORE_DATABASE to the database to restore into}"
if [ "$RESTORE_DATABASE" = "$PGDATABASE" ] && [ "\${ALLOW_OVERWRITE:-}" != "yes" ]; then
  echo "refusing to restore over $PGDATABASE itself; set ALLOW_OVERWRITE=yes if you mean it" >&2
  exit 2
fi
`+((o=r(a,"if").call(i,r(n,"local"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"azure"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"minio"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
`+((o=r(a,"if").call(i,r(n,"local"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"s3"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"minio"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"gcs"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"azure"),{name:"if",hash:{},fn:e.program(8,l,0),inverse:e.noop,data:l,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?o:"")+`
dump="\${1:-latest}"
if [ "$dump" = "latest" ]; then
  dump=$(list_dumps | sort | tail -n 1)
  [ -n "$dump" ] || { echo "no dumps of $PGDATABASE found" >&2; exit 1; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch "$dump" "$work/$dump"
pg_restore --list "$work/$dump" > /dev/null
# --exit-on-error: a partial restore must fail loudly, not look like success.
pg_restore --dbname "$RESTORE_DATABASE" --clean --if-exists --no-owner --exit-on-error "$work/$dump"
echo "restored $dump into $RESTORE_DATABASE"
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((o=(t=s(a,"name")||i(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):t))!=null?o:"")+`.
#   HEALTH_URL=https://api.example.org`+((o=(t=s(a,"healthPath")||i(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof t===c?t.call(r,{name:"healthPath",hash:{},data:l,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):t))!=null?o:"")+` scripts/wait_for_health.sh
# Optional: HEALTHY_BELOW (400; 500 for an app without a health route, where any answer shows it is up),
# DEADLINE_SECONDS (300), INTERVAL_SECONDS (5), REQUIRED_SUCCESSES (3).
set -euo pipefail

url="\${HEALTH_URL:?set HEALTH_URL to the endpoint to poll}"
deadline_seconds="\${DEADLINE_SECONDS:-300}"
interval="\${INTERVAL_SECONDS:-5}"
required="\${REQUIRED_SUCCESSES:-3}"
below="\${HEALTHY_BELOW:-400}"

deadline=$((SECONDS + deadline_seconds))
streak=0
attempt=0
while ((SECONDS < deadline)); do
  attempt=$((attempt + 1))
  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$url") || status="\${status:-000}"
  if ((status >= 200 && status < below)); then
    streak=$((streak + 1))
    echo "attempt $attempt: $url answered $status ($streak/$required in a row)"
    if ((streak >= required)); then
      exit 0
    fi
  else
    streak=0
    echo "attempt $attempt: $url answered $status"
  fi
  sleep "$interval"
done
echo "::error::$url was not healthy within \${deadline_seconds}s ($attempt attempts)"
exit 1
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`  # deploy.yml's startup guard: whether each app secret has a value, never the value itself.
  statement {
    sid       = "ConfigGuard"
    actions   = ["secretsmanager:ListSecretVersionIds"]
    resources = ["arn:aws:secretsmanager:*:\${data.aws_caller_identity.current.account_id}:secret:`+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:70,column:99},end:{line:70,column:103}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:70,column:97},end:{line:70,column:105}}}):t))!=null?o:"")+`-*"]
  }
`},1:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return'"'+((o=(t=r(a,"image")||e.strict(n,"image",{start:{line:81,column:53},end:{line:81,column:58}}),typeof t=="function"?t.call(i,{name:"image",hash:{},data:l,loc:{start:{line:81,column:51},end:{line:81,column:60}}}):t))!=null?o:"")+'"'+((o=r(a,"unless").call(i,r(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:81,column:61},end:{line:81,column:91}}}))!=null?o:"")},2:function(e,n,a,u,l){return", "},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:103,column:14},end:{line:103,column:20}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:103,column:12},end:{line:103,column:22}}}):t))!=null?o:"")+`"
}

resource "aws_s3_bucket_versioning" "backups" {
  bucket = aws_s3_bucket.backups.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "backups" {
  bucket = aws_s3_bucket.backups.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "backups" {
  bucket                  = aws_s3_bucket.backups.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "backups" {
  bucket = aws_s3_bucket.backups.id
  rule {
    id     = "expire-pruned-versions"
    status = "Enabled"
    filter {
      prefix = "`+((o=(t=s(a,"prefix")||i(n,"prefix",{start:{line:136,column:18},end:{line:136,column:24}}),typeof t===c?t.call(r,{name:"prefix",hash:{},data:l,loc:{start:{line:136,column:16},end:{line:136,column:26}}}):t))!=null?o:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:146,column:12},end:{line:146,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:146,column:10},end:{line:146,column:18}}}):t))!=null?o:"")+`-github-backup"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringEquals = {
          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          "token.actions.githubusercontent.com:sub" = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
        }
      }
    }]
  })
}

resource "aws_iam_role_policy" "backup" {
  role = aws_iam_role.backup.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:ListBucket"], Resource = aws_s3_bucket.backups.arn },
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((o=(t=s(a,"prefix")||i(n,"prefix",{start:{line:169,column:131},end:{line:169,column:137}}),typeof t===c?t.call(r,{name:"prefix",hash:{},data:l,loc:{start:{line:169,column:129},end:{line:169,column:139}}}):t))!=null?o:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:177,column:27},end:{line:177,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:177,column:25},end:{line:177,column:33}}}):t))!=null?o:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:179,column:27},end:{line:179,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:179,column:25},end:{line:179,column:33}}}):t))!=null?o:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},4:function(e,n,a,u,l){return"aws_acm_certificate_validation.alb.certificate_arn"},5:function(e,n,a,u,l){return"var.certificate_arn"},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "aws_caller_identity" "current" {}

# GitHub's OIDC issuer: deploy jobs assume a role with a short-lived token, no access keys stored.
resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    # The build job runs on main; deploy jobs run in the staging and production environments.
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main",
        "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging",
        "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production",
      ]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):t))!=null?o:"")+`-github-deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_trust.json
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "Registry"
    actions   = ["ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage"]
    resources = ["*"]
  }
  statement {
    sid       = "Deploy"
    actions   = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition", "ecs:UpdateService", "ecs:RunTask", "ecs:DescribeTasks", "ecs:ListTaskDefinitions", "ecs:TagResource"]
    resources = ["*"]
  }
  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((o=(t=s(a,"name")||i(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):t))!=null?o:"")+`-*"]
  }
  statement {
    sid       = "Snapshots"
    actions   = ["rds:CreateDBSnapshot", "rds:DescribeDBSnapshots", "rds:AddTagsToResource"]
    resources = ["*"]
  }
  statement {
    sid       = "Traffic"
    actions   = ["elasticloadbalancing:Describe*", "elasticloadbalancing:ModifyListener"]
    resources = ["*"]
  }
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:65,column:0},end:{line:72,column:7}}}))!=null?o:"")+`}

resource "aws_iam_role_policy" "deploy" {
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_ecr_repository" "image" {
  for_each             = toset([`+((o=s(a,"each").call(r,s(n,"services"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:81,column:32},end:{line:81,column:100}}}))!=null?o:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:91,column:12},end:{line:91,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:91,column:10},end:{line:91,column:18}}}):t))!=null?o:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((o=s(a,"if").call(r,s(n,"s3Backups"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:99,column:0},end:{line:189,column:7}}}))!=null?o:"")+`
module "staging" {
  source             = "./modules/environment"
  environment        = "staging"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((o=s(a,"if").call(r,s(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.program(5,l,0),data:l,loc:{start:{line:197,column:23},end:{line:197,column:133}}}))!=null?o:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}

module "production" {
  source             = "./modules/environment"
  environment        = "production"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((o=s(a,"if").call(r,s(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.program(5,l,0),data:l,loc:{start:{line:208,column:23},end:{line:208,column:133}}}))!=null?o:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}
`},useData:!0},"terraform/aws-ecs/module-app-config.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "aws_secretsmanager_secret" "app" {
  for_each                = toset(`+((o=(t=i(a,"appSecretNames")||e.strict(n,"appSecretNames",{start:{line:23,column:37},end:{line:23,column:51}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"appSecretNames",hash:{},data:l,loc:{start:{line:23,column:34},end:{line:23,column:54}}}):t))!=null?o:"")+`)
  name                    = "\${local.prefix}/\${each.key}"
  recovery_window_in_days = 7
}

# The execution role injects exactly these secrets into the containers, and nothing else.
resource "aws_iam_role_policy" "execution_app_secrets" {
  name = "app-secrets"
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = [for s in aws_secretsmanager_secret.app : s.arn] }]
  })
}
`},1:function(e,n,a,u,l){return`
# No secret variables: an empty set keeps local.app_secrets well-formed.
resource "aws_secretsmanager_secret" "app" {
  for_each = toset([])
  name     = "\${local.prefix}/\${each.key}"
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secrets Manager secret created with no value: set it with
# \`aws secretsmanager put-secret-value\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((o=(t=s(a,"appPlainStaging")||i(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof t===c?t.call(r,{name:"appPlainStaging",hash:{},data:l,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):t))!=null?o:"")+`
    }
    production = {
`+((o=(t=s(a,"appPlainProduction")||i(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof t===c?t.call(r,{name:"appPlainProduction",hash:{},data:l,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):t))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(t=s(a,"appSecretsByService")||i(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof t===c?t.call(r,{name:"appSecretsByService",hash:{},data:l,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):t))!=null?o:"")+`
  }
  # Task definition entries: plain values in \`environment\`, secrets by ARN in \`secrets\`.
  app_environment = { for key, values in local.app_plain[var.environment] : key => [for name, value in values : { name = name, value = value }] }
  app_secrets     = { for key, names in local.app_secret_names : key => [for name in names : { name = name, valueFrom = aws_secretsmanager_secret.app[name].arn }] }
}
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:20,column:0},end:{line:44,column:7}}}))!=null?o:"")},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,a,u,l){return`data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

`},1:function(e,n,a,u,l){return`  # Only CloudFront reaches the load balancers, so its WAF cannot be bypassed. The managed prefix list
  # counts as 55 rules of the group's 60: one rule, HTTPS only (CloudFront talks HTTPS to the origin).
  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.cloudfront.id]
  }
`},2:function(e,n,a,u,l){return`  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
`},3:function(e,n,a,u,l){return`        # Behind CloudFront the client is the address CloudFront appends last to X-Forwarded-For.
        ip_set_forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "NO_MATCH"
          position          = "LAST"
        }
`},4:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`        # Behind CloudFront every request comes from an edge address: count the forwarded client address
        # (a second line: the CloudFront web ACL in infra/edge.tf limits on the true source address).
        limit              = `+((o=(t=i(a,"rateLimit")||e.strict(n,"rateLimit",{start:{line:147,column:31},end:{line:147,column:40}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:l,loc:{start:{line:147,column:29},end:{line:147,column:42}}}):t))!=null?o:"")+`
        aggregate_key_type = "FORWARDED_IP"
        forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "MATCH"
        }
`},5:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"        limit              = "+((o=(t=i(a,"rateLimit")||e.strict(n,"rateLimit",{start:{line:154,column:31},end:{line:154,column:40}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:l,loc:{start:{line:154,column:29},end:{line:154,column:42}}}):t))!=null?o:"")+`
        aggregate_key_type = "IP"
`},6:function(e,n,a,u,l,o,t){var i,r,c=e.strict,s=n??(e.nullContext||{}),m="function",p=e.lambda,d=e.lookupProperty||function(_,D){if(Object.prototype.hasOwnProperty.call(_,D))return _[D]};return`
# ---- `+((i=(r=d(a,"key")||c(n,"key",{start:{line:174,column:9},end:{line:174,column:12}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:174,column:7},end:{line:174,column:14}}}):r))!=null?i:"")+": "+((i=(r=d(a,"image")||c(n,"image",{start:{line:174,column:18},end:{line:174,column:23}}),typeof r===m?r.call(s,{name:"image",hash:{},data:l,loc:{start:{line:174,column:16},end:{line:174,column:25}}}):r))!=null?i:"")+" on port "+((i=(r=d(a,"port")||c(n,"port",{start:{line:174,column:36},end:{line:174,column:40}}),typeof r===m?r.call(s,{name:"port",hash:{},data:l,loc:{start:{line:174,column:34},end:{line:174,column:42}}}):r))!=null?i:"")+` ----

resource "aws_lb" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:176,column:21},end:{line:176,column:24}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:176,column:19},end:{line:176,column:26}}}):r))!=null?i:"")+'" {\n  name                       = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:177,column:50},end:{line:177,column:53}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:177,column:48},end:{line:177,column:55}}}):r))!=null?i:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:184,column:44},end:{line:184,column:47}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:184,column:42},end:{line:184,column:49}}}):r))!=null?i:"")+`" {
  resource_arn = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:185,column:26},end:{line:185,column:29}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:185,column:24},end:{line:185,column:31}}}):r))!=null?i:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:189,column:34},end:{line:189,column:37}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:189,column:32},end:{line:189,column:39}}}):r))!=null?i:"")+`" {
  for_each    = toset(`+((i=d(a,"if").call(s,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(7,l,0,o,t),inverse:e.program(8,l,0,o,t),data:l,loc:{start:{line:190,column:22},end:{line:190,column:84}}}))!=null?i:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:191,column:56},end:{line:191,column:59}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:191,column:54},end:{line:191,column:61}}}):r))!=null?i:"")+'" : "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:191,column:84},end:{line:191,column:87}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:191,column:82},end:{line:191,column:89}}}):r))!=null?i:"")+'-${each.key}"\n  port        = '+((i=(r=d(a,"port")||c(n,"port",{start:{line:192,column:18},end:{line:192,column:22}}),typeof r===m?r.call(s,{name:"port",hash:{},data:l,loc:{start:{line:192,column:16},end:{line:192,column:24}}}):r))!=null?i:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((i=d(a,"if").call(s,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(9,l,0,o,t),inverse:e.program(10,l,0,o,t),data:l,loc:{start:{line:198,column:6},end:{line:198,column:130}}}))!=null?i:"")+`
    path                = "`+((i=(r=d(a,"healthPath")||c(n,"healthPath",{start:{line:199,column:29},end:{line:199,column:39}}),typeof r===m?r.call(s,{name:"healthPath",hash:{},data:l,loc:{start:{line:199,column:27},end:{line:199,column:41}}}):r))!=null?i:"")+`"
    matcher             = "`+((i=d(a,"if").call(s,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(11,l,0,o,t),inverse:e.program(12,l,0,o,t),data:l,loc:{start:{line:200,column:27},end:{line:200,column:75}}}))!=null?i:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:207,column:30},end:{line:207,column:33}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:207,column:28},end:{line:207,column:35}}}):r))!=null?i:"")+`_https" {
  load_balancer_arn = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:208,column:31},end:{line:208,column:34}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:208,column:29},end:{line:208,column:36}}}):r))!=null?i:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((i=d(a,"if").call(s,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(13,l,0,o,t),inverse:e.program(14,l,0,o,t),data:l,loc:{start:{line:217,column:0},end:{line:230,column:7}}}))!=null?i:"")+`    }
  }
`+((i=d(a,"if").call(s,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(15,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:233,column:0},end:{line:239,column:7}}}))!=null?i:"")+`}

resource "aws_lb_listener" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:242,column:30},end:{line:242,column:33}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:242,column:28},end:{line:242,column:35}}}):r))!=null?i:"")+`_http" {
  load_balancer_arn = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:243,column:31},end:{line:243,column:34}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:243,column:29},end:{line:243,column:36}}}):r))!=null?i:"")+`.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_ecs_task_definition" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:257,column:38},end:{line:257,column:41}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:257,column:36},end:{line:257,column:43}}}):r))!=null?i:"")+'" {\n  family                   = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:258,column:48},end:{line:258,column:51}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:258,column:46},end:{line:258,column:53}}}):r))!=null?i:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:265,column:32},end:{line:265,column:35}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:265,column:30},end:{line:265,column:37}}}):r))!=null?i:"")+'"\n    image                  = "${var.repository_urls["'+((i=(r=d(a,"image")||c(n,"image",{start:{line:266,column:55},end:{line:266,column:60}}),typeof r===m?r.call(s,{name:"image",hash:{},data:l,loc:{start:{line:266,column:53},end:{line:266,column:62}}}):r))!=null?i:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((i=(r=d(a,"port")||c(n,"port",{start:{line:269,column:50},end:{line:269,column:54}}),typeof r===m?r.call(s,{name:"port",hash:{},data:l,loc:{start:{line:269,column:48},end:{line:269,column:56}}}):r))!=null?i:"")+`, protocol = "tcp" }]
`+((i=d(a,"if").call(s,d(n,"migrate"),{name:"if",hash:{},fn:e.program(16,l,0,o,t),inverse:e.program(17,l,0,o,t),data:l,loc:{start:{line:270,column:0},end:{line:280,column:7}}}))!=null?i:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:286,column:35},end:{line:286,column:38}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:286,column:33},end:{line:286,column:40}}}):r))!=null?i:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:297,column:30},end:{line:297,column:33}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:297,column:28},end:{line:297,column:35}}}):r))!=null?i:"")+`" {
  for_each        = aws_lb_target_group.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:298,column:42},end:{line:298,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:298,column:40},end:{line:298,column:47}}}):r))!=null?i:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:299,column:60},end:{line:299,column:63}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:299,column:58},end:{line:299,column:65}}}):r))!=null?i:"")+'" : "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:299,column:88},end:{line:299,column:91}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:299,column:86},end:{line:299,column:93}}}):r))!=null?i:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:301,column:46},end:{line:301,column:49}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:301,column:44},end:{line:301,column:51}}}):r))!=null?i:"")+`.arn
  desired_count   = `+((i=p(c(t[1],"minReplicas",{start:{line:302,column:22},end:{line:302,column:36}}),n))!=null?i:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:312,column:26},end:{line:312,column:29}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:312,column:24},end:{line:312,column:31}}}):r))!=null?i:"")+`"
    container_port   = `+((i=(r=d(a,"port")||c(n,"port",{start:{line:313,column:25},end:{line:313,column:29}}),typeof r===m?r.call(s,{name:"port",hash:{},data:l,loc:{start:{line:313,column:23},end:{line:313,column:31}}}):r))!=null?i:"")+`
  }

  # ECS's own safety net: a deployment that never gets healthy is rolled back.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  lifecycle {
    ignore_changes = [task_definition, desired_count]
  }
}

resource "aws_appautoscaling_target" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:327,column:40},end:{line:327,column:43}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:327,column:38},end:{line:327,column:45}}}):r))!=null?i:"")+`" {
  for_each           = aws_ecs_service.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:328,column:41},end:{line:328,column:44}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:328,column:39},end:{line:328,column:46}}}):r))!=null?i:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((i=p(c(t[1],"minReplicas",{start:{line:332,column:25},end:{line:332,column:39}}),n))!=null?i:"")+`
  max_capacity       = `+((i=p(c(t[1],"maxReplicas",{start:{line:333,column:25},end:{line:333,column:39}}),n))!=null?i:"")+`
}

resource "aws_appautoscaling_policy" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:336,column:40},end:{line:336,column:43}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:336,column:38},end:{line:336,column:45}}}):r))!=null?i:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:337,column:51},end:{line:337,column:54}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:337,column:49},end:{line:337,column:56}}}):r))!=null?i:"")+'\n  name               = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:338,column:42},end:{line:338,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:338,column:40},end:{line:338,column:47}}}):r))!=null?i:"")+`-\${each.key}-cpu70"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = each.value.service_namespace
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value = 70
    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

# CloudWatch equivalents of monitoring/alerts.yml.
resource "aws_cloudwatch_metric_alarm" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:353,column:42},end:{line:353,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:353,column:40},end:{line:353,column:47}}}):r))!=null?i:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:354,column:43},end:{line:354,column:46}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:354,column:41},end:{line:354,column:48}}}):r))!=null?i:"")+`-5xx-ratio"
  alarm_description   = "More than 5% 5xx for 5 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0.05
  evaluation_periods  = 5
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  metric_query {
    id          = "ratio"
    expression  = "errors / MAX([errors, requests])"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = { LoadBalancer = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:374,column:46},end:{line:374,column:49}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:374,column:44},end:{line:374,column:51}}}):r))!=null?i:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:385,column:46},end:{line:385,column:49}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:385,column:44},end:{line:385,column:51}}}):r))!=null?i:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:392,column:42},end:{line:392,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:392,column:40},end:{line:392,column:47}}}):r))!=null?i:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:393,column:43},end:{line:393,column:46}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:393,column:41},end:{line:393,column:48}}}):r))!=null?i:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:397,column:50},end:{line:397,column:53}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:397,column:48},end:{line:397,column:55}}}):r))!=null?i:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:407,column:42},end:{line:407,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:407,column:40},end:{line:407,column:47}}}):r))!=null?i:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:408,column:46},end:{line:408,column:49}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:408,column:44},end:{line:408,column:51}}}):r))!=null?i:"")+'\n  alarm_name          = "${local.prefix}-'+((i=(r=d(a,"key")||c(n,"key",{start:{line:409,column:43},end:{line:409,column:46}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:409,column:41},end:{line:409,column:48}}}):r))!=null?i:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:413,column:50},end:{line:413,column:53}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:413,column:48},end:{line:413,column:55}}}):r))!=null?i:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=d(a,"key")||c(n,"key",{start:{line:422,column:42},end:{line:422,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:422,column:40},end:{line:422,column:47}}}):r))!=null?i:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((i=(r=d(a,"key")||c(n,"key",{start:{line:423,column:42},end:{line:423,column:45}}),typeof r===m?r.call(s,{name:"key",hash:{},data:l,loc:{start:{line:423,column:40},end:{line:423,column:47}}}):r))!=null?i:"")+`
  alarm_name          = "\${each.value.name}-cpu-90"
  alarm_description   = "CPU above 90% for 15 minutes. Runbook: docs/runbooks/ddos-mitigation.md"
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  dimensions          = { ClusterName = aws_ecs_cluster.this.name, ServiceName = each.value.name }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}
`},7:function(e,n,a,u,l){return'["blue", "green"]'},8:function(e,n,a,u,l){return'["live"]'},9:function(e,n,a,u,l){return"The health route answers below 400."},10:function(e,n,a,u,l){return"No health route: any answer below 500 is a running app."},11:function(e,n,a,u,l){return"200-399"},12:function(e,n,a,u,l){return"200-499"},13:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`      target_group {
        arn    = aws_lb_target_group.`+((o=(t=s(a,"key")||i(n,"key",{start:{line:219,column:39},end:{line:219,column:42}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:219,column:37},end:{line:219,column:44}}}):t))!=null?o:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((o=(t=s(a,"key")||i(n,"key",{start:{line:223,column:39},end:{line:223,column:42}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:223,column:37},end:{line:223,column:44}}}):t))!=null?o:"")+`["green"].arn
        weight = 0
      }
`},14:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`      target_group {
        arn = aws_lb_target_group.`+((o=(t=i(a,"key")||e.strict(n,"key",{start:{line:228,column:36},end:{line:228,column:39}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"key",hash:{},data:l,loc:{start:{line:228,column:34},end:{line:228,column:41}}}):t))!=null?o:"")+`["live"].arn
      }
`},15:function(e,n,a,u,l){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},16:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`    environment = concat([
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ], local.app_environment["`+((o=(t=s(a,"key")||i(n,"key",{start:{line:275,column:32},end:{line:275,column:35}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:275,column:30},end:{line:275,column:37}}}):t))!=null?o:"")+'"])\n    secrets = concat([{ name = "PGPASSWORD", valueFrom = "${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }], local.app_secrets["'+((o=(t=s(a,"key")||i(n,"key",{start:{line:276,column:152},end:{line:276,column:155}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:276,column:150},end:{line:276,column:157}}}):t))!=null?o:"")+`"])
`},17:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'    environment            = local.app_environment["'+((o=(t=s(a,"key")||i(n,"key",{start:{line:278,column:54},end:{line:278,column:57}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:278,column:52},end:{line:278,column:59}}}):t))!=null?o:"")+`"]
    secrets                = local.app_secrets["`+((o=(t=s(a,"key")||i(n,"key",{start:{line:279,column:50},end:{line:279,column:53}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:279,column:48},end:{line:279,column:55}}}):t))!=null?o:"")+`"]
`},18:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
resource "aws_security_group" "db" {
  name   = "\${local.prefix}-db"
  vpc_id = var.vpc_id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.tasks.id]
  }
}

resource "aws_db_subnet_group" "this" {
  name       = local.prefix
  subnet_ids = var.private_subnet_ids
}

# Automated backups give point-in-time recovery within the retention window; deploy.yml adds a
# manual snapshot before every migration.
resource "aws_db_instance" "this" {
  identifier                  = local.prefix
  engine                      = "postgres"
  engine_version              = "`+((o=(t=s(a,"postgresMajor")||i(n,"postgresMajor",{start:{line:463,column:35},end:{line:463,column:48}}),typeof t===c?t.call(r,{name:"postgresMajor",hash:{},data:l,loc:{start:{line:463,column:33},end:{line:463,column:50}}}):t))!=null?o:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((o=(t=s(a,"dbName")||i(n,"dbName",{start:{line:468,column:35},end:{line:468,column:41}}),typeof t===c?t.call(r,{name:"dbName",hash:{},data:l,loc:{start:{line:468,column:33},end:{line:468,column:43}}}):t))!=null?o:"")+`"
  username                    = "`+((o=(t=s(a,"dbName")||i(n,"dbName",{start:{line:469,column:35},end:{line:469,column:41}}),typeof t===c?t.call(r,{name:"dbName",hash:{},data:l,loc:{start:{line:469,column:33},end:{line:469,column:43}}}):t))!=null?o:"")+`"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.this.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  multi_az                    = var.environment == "production"
  backup_retention_period     = var.environment == "production" ? 14 : 3
  copy_tags_to_snapshot       = true
  deletion_protection         = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "\${local.prefix}-final"
}

resource "aws_iam_role_policy" "execution_db_secret" {
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = aws_db_instance.this.master_user_secret[0].secret_arn }]
  })
}

resource "aws_cloudwatch_metric_alarm" "db_disk" {
  alarm_name          = "\${local.prefix}-db-disk-80"
  alarm_description   = "Less than 20% of the database's initial 20 GiB free. Runbook: docs/runbooks/incident-response.md"
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  dimensions          = { DBInstanceIdentifier = aws_db_instance.this.identifier }
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 4294967296
  comparison_operator = "LessThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "db_cpu" {
  alarm_name          = "\${local.prefix}-db-cpu-90"
  alarm_description   = "Database CPU above 90% for 15 minutes. Runbook: docs/runbooks/db-connection-failure.md"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBInstanceIdentifier = aws_db_instance.this.identifier }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}
`},19:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=(t=s(a,"key")||i(n,"key",{start:{line:519,column:32},end:{line:519,column:35}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:519,column:30},end:{line:519,column:37}}}):t))!=null?o:"")+' = "https://${aws_lb.'+((o=(t=s(a,"key")||i(n,"key",{start:{line:519,column:60},end:{line:519,column:63}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:519,column:58},end:{line:519,column:65}}}):t))!=null?o:"")+'.dns_name}"'+((o=s(a,"unless").call(r,s(l,"last"),{name:"unless",hash:{},fn:e.program(20,l,0),inverse:e.noop,data:l,loc:{start:{line:519,column:76},end:{line:519,column:106}}}))!=null?o:"")},20:function(e,n,a,u,l){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l,o,t){var i,r=n??(e.nullContext||{}),c=e.lookupProperty||function(s,m){if(Object.prototype.hasOwnProperty.call(s,m))return s[m]};return`resource "aws_ecs_cluster" "this" {
  name = local.prefix

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/\${local.prefix}"
  retention_in_days = 30
}

resource "aws_iam_role" "execution" {
  name = "\${local.prefix}-execution"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

`+((i=c(a,"if").call(r,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(0,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:33,column:7}}}))!=null?i:"")+`resource "aws_security_group" "alb" {
  name   = "\${local.prefix}-alb"
  vpc_id = var.vpc_id

`+((i=c(a,"if").call(r,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(1,l,0,o,t),inverse:e.program(2,l,0,o,t),data:l,loc:{start:{line:38,column:0},end:{line:61,column:7}}}))!=null?i:"")+`
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "tasks" {
  name   = "\${local.prefix}-tasks"
  vpc_id = var.vpc_id

  ingress {
    from_port       = 0
    to_port         = 65535
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Edge blocking for the DDoS runbook: add CIDRs to the IP set; a rate rule caps each client.
resource "aws_wafv2_ip_set" "blocked" {
  name               = "\${local.prefix}-blocked"
  scope              = "REGIONAL"
  ip_address_version = "IPV4"
  addresses          = []

  lifecycle {
    ignore_changes = [addresses]
  }
}

resource "aws_wafv2_web_acl" "this" {
  name  = local.prefix
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "blocked-ips"
    priority = 1
    action {
      block {}
    }
    statement {
      ip_set_reference_statement {
        arn = aws_wafv2_ip_set.blocked.arn
`+((i=c(a,"if").call(r,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(3,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:119,column:0},end:{line:126,column:7}}}))!=null?i:"")+`      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "\${local.prefix}-blocked-ips"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit"
    priority = 2
    action {
      block {}
    }
    statement {
      rate_based_statement {
`+((i=c(a,"if").call(r,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(4,l,0,o,t),inverse:e.program(5,l,0,o,t),data:l,loc:{start:{line:144,column:0},end:{line:156,column:7}}}))!=null?i:"")+`      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "\${local.prefix}-rate-limit"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = local.prefix
    sampled_requests_enabled   = true
  }
}
`+((i=c(a,"each").call(r,c(n,"services"),{name:"each",hash:{},fn:e.program(6,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:172,column:0},end:{line:436,column:9}}}))!=null?i:"")+`
data "aws_region" "current" {}
`+((i=c(a,"if").call(r,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(18,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:439,column:0},end:{line:516,column:7}}}))!=null?i:"")+`
output "urls" {
  value = { `+((i=c(a,"each").call(r,c(n,"services"),{name:"each",hash:{},fn:e.program(19,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:519,column:12},end:{line:519,column:115}}}))!=null?i:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "alarm_topic_arn" {
  type = string
}

variable "repository_urls" {
  type = map(string)
}

locals {
  # Names deploy.yml derives too: <name>-<environment>[-<service>].
  prefix = "`+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):t))!=null?o:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,a,u,l){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((o=t(a,"if").call(n??(e.nullContext||{}),t(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?o:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{0:function(e,n,a,u,l){return`variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the HTTPS listeners (set deploy.domain and edge.dnsZone to have infra/edge.tf manage it)."
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "region" {
  type    = string
  default = "`+((o=(t=r(a,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof t=="function"?t.call(i,{name:"region",hash:{},data:l,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):t))!=null?o:"")+`"
}

variable "github_owner" {
  type        = string
  description = "GitHub organisation or user that owns the repository."
}

variable "github_repository_name" {
  type        = string
  description = "Repository name, without the owner."
}

variable "production_reviewer_team_ids" {
  type        = list(number)
  description = "GitHub team ids whose approval a production deploy waits for."
}

variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  type        = list(string)
  description = "Subnets of the load balancers."
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "Subnets of the tasks and the database."
}

`+((o=r(a,"unless").call(i,r(n,"managedCertificate"),{name:"unless",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:35,column:0},end:{line:40,column:11}}}))!=null?o:"")+`
variable "alarm_email" {
  type        = string
  description = "Address subscribed to the CloudWatch alarm topic."
}
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "`+((o=e.lambda(i(s(n,"providers"),"aws",{start:{line:7,column:19},end:{line:7,column:32}}),n))!=null?o:"")+`"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in S3 with S3-native locking (use_lockfile: Terraform >= 1.10, OpenTofu >= 1.10).
  # Create the bucket once, by hand or with a bootstrap stack, with versioning on.
  backend "s3" {
    bucket       = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):t))!=null?o:"")+`-tfstate"
    key          = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):t))!=null?o:"")+`/terraform.tfstate"
    region       = "`+((o=(t=s(a,"region")||i(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof t===c?t.call(r,{name:"region",hash:{},data:l,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):t))!=null?o:"")+`"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  # Cost allocation: infra/costs.tf lists the tags; every resource gets them.
  default_tags {
    tags = local.cost_tags
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/azure-container-apps/app-config.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
resource "azurerm_key_vault" "app" {
  for_each                  = local.environments
  name                      = "`+((o=(t=s(a,"compactName")||i(n,"compactName",{start:{line:22,column:33},end:{line:22,column:44}}),typeof t===c?t.call(r,{name:"compactName",hash:{},data:l,loc:{start:{line:22,column:31},end:{line:22,column:46}}}):t))!=null?o:"")+`-\${each.key == "production" ? "prod" : "stag"}-kv"
  location                  = azurerm_resource_group.env[each.key].location
  resource_group_name       = azurerm_resource_group.env[each.key].name
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  enable_rbac_authorization = true
  purge_protection_enabled  = true
}

# The apps' identity: it may read the secrets of its own environment's vault, nothing else.
resource "azurerm_user_assigned_identity" "app" {
  for_each            = local.environments
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:34,column:27},end:{line:34,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:34,column:25},end:{line:34,column:33}}}):t))!=null?o:"")+`-\${each.key}-app"
  location            = azurerm_resource_group.env[each.key].location
  resource_group_name = azurerm_resource_group.env[each.key].name
}

resource "azurerm_role_assignment" "app_secrets" {
  for_each             = local.environments
  scope                = azurerm_key_vault.app[each.key].id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.app[each.key].principal_id
}

# deploy.yml's startup guard lists secret versions (whether a value exists), never reading one.
resource "azurerm_role_assignment" "deploy_guard" {
  for_each             = local.environments
  scope                = azurerm_key_vault.app[each.key].id
  role_definition_name = "Key Vault Reader"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret lives in the environment's Key Vault under its name in lowercase
# with dashes (DJANGO_SECRET_KEY: django-secret-key): set it with \`az keyvault secret set\` before the
# first deploy (deploy.yml's startup guard checks). The apps read them through secretref.
locals {
  app_plain = {
    staging = {
`+((o=(t=s(a,"appPlainStaging")||i(n,"appPlainStaging",{start:{line:8,column:3},end:{line:8,column:18}}),typeof t===c?t.call(r,{name:"appPlainStaging",hash:{},data:l,loc:{start:{line:8,column:0},end:{line:8,column:21}}}):t))!=null?o:"")+`
    }
    production = {
`+((o=(t=s(a,"appPlainProduction")||i(n,"appPlainProduction",{start:{line:11,column:3},end:{line:11,column:21}}),typeof t===c?t.call(r,{name:"appPlainProduction",hash:{},data:l,loc:{start:{line:11,column:0},end:{line:11,column:24}}}):t))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(t=s(a,"appSecretsByService")||i(n,"appSecretsByService",{start:{line:15,column:3},end:{line:15,column:22}}),typeof t===c?t.call(r,{name:"appSecretsByService",hash:{},data:l,loc:{start:{line:15,column:0},end:{line:15,column:25}}}):t))!=null?o:"")+`
  }
}
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:18,column:0},end:{line:53,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,a,u,l){return"Multiple"},1:function(e,n,a,u,l){return"Single"},2:function(e,n,a,u,l){return`
  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.app[each.value.environment].id]
  }

  # Key Vault references (app-config.tf): the value never passes through Terraform.
  dynamic "secret" {
    for_each = toset(local.app_secret_names[each.value.key])
    content {
      name                = lower(replace(secret.value, "_", "-"))
      key_vault_secret_id = "\${azurerm_key_vault.app[each.value.environment].vault_uri}secrets/\${lower(replace(secret.value, "_", "-"))}"
      identity            = azurerm_user_assigned_identity.app[each.value.environment].id
    }
  }
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:179,column:36},end:{line:179,column:40}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:179,column:34},end:{line:179,column:42}}}):t))!=null?o:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((o=(t=s(a,"postgresMajor")||i(n,"postgresMajor",{start:{line:182,column:36},end:{line:182,column:49}}),typeof t===c?t.call(r,{name:"postgresMajor",hash:{},data:l,loc:{start:{line:182,column:34},end:{line:182,column:51}}}):t))!=null?o:"")+`"
  sku_name                     = each.key == "production" ? "GP_Standard_D2ds_v5" : "B_Standard_B1ms"
  storage_mb                   = 32768
  auto_grow_enabled            = true
  backup_retention_days        = each.key == "production" ? 14 : 7
  geo_redundant_backup_enabled = each.key == "production"

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "azurerm_container_app_job" "migrate" {
  for_each                     = local.environments
  name                         = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:202,column:36},end:{line:202,column:40}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:202,column:34},end:{line:202,column:42}}}):t))!=null?o:"")+`-\${each.key}-migrate"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  container_app_environment_id = azurerm_container_app_environment.env[each.key].id
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 0

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:213,column:0},end:{line:229,column:7}}}))!=null?o:"")+`
  template {
    container {
      name    = "migrate"
      image   = "mcr.microsoft.com/k8se/quickstart:latest"
      command = `+((o=(t=s(a,"migrateCommand")||i(n,"migrateCommand",{start:{line:235,column:19},end:{line:235,column:33}}),typeof t===c?t.call(r,{name:"migrateCommand",hash:{},data:l,loc:{start:{line:235,column:16},end:{line:235,column:36}}}):t))!=null?o:"")+`
      cpu     = 0.5
      memory  = "1Gi"

      dynamic "env" {
        for_each = local.app_plain[each.key]["api"]
        content {
          name  = env.key
          value = env.value
        }
      }

      dynamic "env" {
        for_each = toset(local.app_secret_names["api"])
        content {
          name        = env.value
          secret_name = lower(replace(env.value, "_", "-"))
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [template[0].container[0].image]
  }
}

resource "azurerm_monitor_metric_alert" "db_storage" {
  for_each            = azurerm_postgresql_flexible_server.db
  name                = "\${each.value.name}-storage-80"
  resource_group_name = each.value.resource_group_name
  scopes              = [each.value.id]
  description         = "Database storage above 80%. Runbook: docs/runbooks/incident-response.md"

  criteria {
    metric_namespace = "Microsoft.DBforPostgreSQL/flexibleServers"
    metric_name      = "storage_percent"
    aggregation      = "Maximum"
    operator         = "GreaterThan"
    threshold        = 80
  }

  action {
    action_group_id = azurerm_monitor_action_group.oncall.id
  }
}
`},4:function(e,n,a,u,l){return`
  # The migration imports the app's settings: the same variables as the api (app-config.tf).
  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.app[each.key].id]
  }

  dynamic "secret" {
    for_each = toset(local.app_secret_names["api"])
    content {
      name                = lower(replace(secret.value, "_", "-"))
      key_vault_secret_id = "\${azurerm_key_vault.app[each.key].vault_uri}secrets/\${lower(replace(secret.value, "_", "-"))}"
      identity            = azurerm_user_assigned_identity.app[each.key].id
    }
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):t))!=null?o:"")+`-\${each.key}"
  location = var.location

  # Cost allocation (infra/costs.tf): resources inherit these through Azure Policy.
  tags = local.cost_tags
}

resource "azurerm_role_assignment" "deploy_env" {
  for_each             = local.environments
  scope                = azurerm_resource_group.env[each.key].id
  role_definition_name = "Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}

resource "azurerm_log_analytics_workspace" "env" {
  for_each            = local.environments
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:19,column:27},end:{line:19,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:19,column:25},end:{line:19,column:33}}}):t))!=null?o:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:27,column:34},end:{line:27,column:38}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:27,column:32},end:{line:27,column:40}}}):t))!=null?o:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:35,column:36},end:{line:35,column:40}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:35,column:34},end:{line:35,column:42}}}):t))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((o=s(a,"if").call(r,s(n,"progressive"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.program(1,l,0),data:l,loc:{start:{line:39,column:19},end:{line:39,column:67}}}))!=null?o:"")+`"
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:40,column:0},end:{line:56,column:7}}}))!=null?o:"")+`
  template {
    min_replicas = each.value.environment == "production" ? `+((o=(t=s(a,"minReplicas")||i(n,"minReplicas",{start:{line:59,column:62},end:{line:59,column:73}}),typeof t===c?t.call(r,{name:"minReplicas",hash:{},data:l,loc:{start:{line:59,column:60},end:{line:59,column:75}}}):t))!=null?o:"")+` : 1
    max_replicas = `+((o=(t=s(a,"maxReplicas")||i(n,"maxReplicas",{start:{line:60,column:21},end:{line:60,column:32}}),typeof t===c?t.call(r,{name:"maxReplicas",hash:{},data:l,loc:{start:{line:60,column:19},end:{line:60,column:34}}}):t))!=null?o:"")+`

    container {
      name   = each.value.key
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.5
      memory = "1Gi"

      dynamic "env" {
        for_each = local.app_plain[each.value.environment][each.value.key]
        content {
          name  = env.key
          value = env.value
        }
      }

      dynamic "env" {
        for_each = toset(local.app_secret_names[each.value.key])
        content {
          name        = env.value
          secret_name = lower(replace(env.value, "_", "-"))
        }
      }

      # health is "" for a service without a health route: it is probed by TCP.
      readiness_probe {
        transport = local.services[each.value.key].health == "" ? "TCP" : "HTTP"
        port      = local.services[each.value.key].port
        path      = local.services[each.value.key].health == "" ? null : local.services[each.value.key].health
      }

      liveness_probe {
        transport = local.services[each.value.key].health == "" ? "TCP" : "HTTP"
        port      = local.services[each.value.key].port
        path      = local.services[each.value.key].health == "" ? null : local.services[each.value.key].health
      }
    }

    custom_scale_rule {
      name             = "cpu-70"
      custom_rule_type = "cpu"
      metadata = {
        type  = "Utilization"
        value = "70"
      }
    }
  }

  ingress {
    external_enabled = true
    target_port      = local.services[each.value.key].port

    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }

  # deploy.yml owns images, revisions and traffic after the first apply.
  lifecycle {
    ignore_changes = [template[0].container[0].image, ingress[0].traffic_weight]
  }
}

resource "azurerm_monitor_metric_alert" "cpu" {
  for_each            = azurerm_container_app.app
  name                = "\${each.value.name}-cpu-90"
  resource_group_name = each.value.resource_group_name
  scopes              = [each.value.id]
  description         = "CPU above 90% for 15 minutes. Runbook: docs/runbooks/ddos-mitigation.md"
  window_size         = "PT15M"
  frequency           = "PT5M"

  criteria {
    metric_namespace = "Microsoft.App/containerApps"
    metric_name      = "CpuPercentage"
    aggregation      = "Average"
    operator         = "GreaterThan"
    threshold        = 90
  }

  action {
    action_group_id = azurerm_monitor_action_group.oncall.id
  }
}

resource "azurerm_monitor_metric_alert" "errors" {
  for_each            = azurerm_container_app.app
  name                = "\${each.value.name}-5xx"
  resource_group_name = each.value.resource_group_name
  scopes              = [each.value.id]
  description         = "5xx responses for 5 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  window_size         = "PT5M"
  frequency           = "PT1M"

  criteria {
    metric_namespace = "Microsoft.App/containerApps"
    metric_name      = "Requests"
    aggregation      = "Total"
    operator         = "GreaterThan"
    threshold        = 10

    dimension {
      name     = "statusCodeCategory"
      operator = "Include"
      values   = ["5xx"]
    }
  }

  action {
    action_group_id = azurerm_monitor_action_group.oncall.id
  }
}
`+((o=s(a,"if").call(r,s(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:173,column:0},end:{line:281,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((o=(t=s(a,"compactName")||i(n,"compactName",{start:{line:56,column:39},end:{line:56,column:50}}),typeof t===c?t.call(r,{name:"compactName",hash:{},data:l,loc:{start:{line:56,column:37},end:{line:56,column:52}}}):t))!=null?o:"")+`backups"
  resource_group_name             = azurerm_resource_group.shared.name
  location                        = var.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false

  blob_properties {
    versioning_enabled = true
    delete_retention_policy {
      days = 30
    }
  }
}

resource "azurerm_storage_container" "backups" {
  name                  = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:74,column:29},end:{line:74,column:35}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:74,column:27},end:{line:74,column:37}}}):t))!=null?o:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):t))!=null?o:"")+`-shared"
  location = var.location

  # Cost allocation (infra/costs.tf): resources inherit these through Azure Policy.
  tags = local.cost_tags
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((o=(t=s(a,"compactName")||i(n,"compactName",{start:{line:12,column:27},end:{line:12,column:38}}),typeof t===c?t.call(r,{name:"compactName",hash:{},data:l,loc:{start:{line:12,column:25},end:{line:12,column:40}}}):t))!=null?o:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:21,column:27},end:{line:21,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:21,column:25},end:{line:21,column:33}}}):t))!=null?o:"")+`-github-deploy"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
}

resource "azurerm_federated_identity_credential" "deploy" {
  for_each            = local.subjects
  name                = "github-\${each.key}"
  resource_group_name = azurerm_resource_group.shared.name
  parent_id           = azurerm_user_assigned_identity.deploy.id
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://token.actions.githubusercontent.com"
  subject             = each.value
}

resource "azurerm_role_assignment" "deploy_acr" {
  scope                = azurerm_container_registry.acr.id
  role_definition_name = "AcrPush"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}

resource "azurerm_monitor_action_group" "oncall" {
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:43,column:27},end:{line:43,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:43,column:25},end:{line:43,column:33}}}):t))!=null?o:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((o=s(a,"if").call(r,s(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:52,column:0},end:{line:84,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=(t=s(a,"key")||i(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):t))!=null?o:"")+" = { port = "+((o=(t=s(a,"port")||i(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):t))!=null?o:"")+', health = "'+((o=s(a,"if").call(r,s(s(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?o:"")+'", image = "'+((o=(t=s(a,"image")||i(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof t===c?t.call(r,{name:"image",hash:{},data:l,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):t))!=null?o:"")+'" }'+((o=s(a,"unless").call(r,s(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?o:"")},1:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return(o=(t=i(a,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:l,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):t))!=null?o:""},2:function(e,n,a,u,l){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "location" {
  type    = string
  default = "`+((o=(t=r(a,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof t=="function"?t.call(i,{name:"region",hash:{},data:l,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):t))!=null?o:"")+`"
}

variable "github_owner" {
  type = string
}

variable "github_repository_name" {
  type = string
}

variable "production_reviewer_team_ids" {
  type = list(number)
}

variable "alert_email" {
  type = string
}

locals {
  environments = toset(["staging", "production"])
  services     = { `+((o=r(a,"each").call(i,r(n,"services"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?o:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "`+((o=e.lambda(i(s(n,"providers"),"azurerm",{start:{line:7,column:19},end:{line:7,column:36}}),n))!=null?o:"")+`"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in Azure Blob Storage; the azurerm backend locks it with a blob lease. Create the
  # storage account and container once, with blob versioning on.
  backend "azurerm" {
    resource_group_name  = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):t))!=null?o:"")+`-tfstate"
    storage_account_name = "`+((o=(t=s(a,"compactName")||i(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof t===c?t.call(r,{name:"compactName",hash:{},data:l,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):t))!=null?o:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):t))!=null?o:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github-app-config.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# The apps' public build-time variables (NEXT_PUBLIC_*, VITE_*): repository Actions variables that the
# image builds pass as build args (ci.yml, deploy.yml), with the production values of the
# \`environments\` option: one image is promoted from staging to production. Secrets are never GitHub
# variables; they live in the platform's secret store (docs/configuration.md).
resource "github_actions_variable" "build" {
  for_each = {
`+((o=(t=i(a,"appBuildValues")||e.strict(n,"appBuildValues",{start:{line:7,column:3},end:{line:7,column:17}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"appBuildValues",hash:{},data:l,loc:{start:{line:7,column:0},end:{line:7,column:20}}}):t))!=null?o:"")+`
  }
  repository    = var.github_repository_name
  variable_name = each.key
  value         = each.value
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
# the default branch may deploy to it.
resource "github_repository_environment" "staging" {
  repository  = var.github_repository_name
  environment = "staging"

  deployment_branch_policy {
    protected_branches     = true
    custom_branch_policies = false
  }
}

resource "github_repository_environment" "production" {
  repository          = var.github_repository_name
  environment         = "production"
  prevent_self_review = true

  reviewers {
    teams = var.production_reviewer_team_ids
  }

  deployment_branch_policy {
    protected_branches     = true
    custom_branch_policies = false
  }
}
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'  default     = "'+((o=(t=i(a,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:l,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):t))!=null?o:"")+`"
`},1:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:38,column:18},end:{line:38,column:22}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:38,column:16},end:{line:38,column:24}}}):t))!=null?o:"")+`"
  secret     = base64encode(random_password.tunnel_secret.result)
  config_src = "local"
}

resource "cloudflare_record" "web" {
  zone_id = var.cloudflare_zone_id
  name    = var.domain
  type    = "CNAME"
  content = "\${cloudflare_zero_trust_tunnel_cloudflared.this.id}.cfargotunnel.com"
  proxied = true
}

resource "cloudflare_record" "api" {
  zone_id = var.cloudflare_zone_id
  name    = "api.\${var.domain}"
  type    = "CNAME"
  content = "\${cloudflare_zero_trust_tunnel_cloudflared.this.id}.cfargotunnel.com"
  proxied = true
}

output "tunnel_token" {
  description = "Put it in the server's .env as CLOUDFLARE_TUNNEL_TOKEN."
  value       = cloudflare_zero_trust_tunnel_cloudflared.this.tunnel_token
  sensitive   = true
}
`},2:function(e,n,a,u,l){return`# No tunnel (edge.tunnel: false): Caddy on the server answers Let's Encrypt itself, so the names point
# straight at it, not proxied by Cloudflare (compose.caddy.yml, docs/tls.md).
variable "server_ipv4" {
  type        = string
  description = "Public IPv4 address of the server; ports 80 and 443 must reach it."
}

resource "cloudflare_record" "web" {
  zone_id = var.cloudflare_zone_id
  name    = var.domain
  type    = "A"
  content = var.server_ipv4
  proxied = false
}

resource "cloudflare_record" "api" {
  zone_id = var.cloudflare_zone_id
  name    = "api.\${var.domain}"
  type    = "A"
  content = var.server_ipv4
  proxied = false
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=n??(e.nullContext||{}),i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`variable "github_owner" {
  type = string
}

variable "github_repository_name" {
  type = string
}

variable "production_reviewer_team_ids" {
  type = list(number)
}

variable "cloudflare_account_id" {
  type = string
}

variable "cloudflare_zone_id" {
  type = string
}

variable "domain" {
  type        = string
  description = "Public domain: the frontend at the apex, the API at api.<domain>."
`+((o=i(a,"if").call(t,i(n,"domain"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?o:"")+`}

`+((o=i(a,"if").call(t,i(n,"tunnel"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.program(2,l,0),data:l,loc:{start:{line:29,column:0},end:{line:87,column:7}}}))!=null?o:"")},useData:!0},"terraform/compose/versions.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"name")||i(n,"name",{start:{line:18,column:6},end:{line:18,column:10}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:18,column:4},end:{line:18,column:12}}}):t))!=null?o:"")+` = {
      source  = "`+((o=(t=s(a,"source")||i(n,"source",{start:{line:19,column:19},end:{line:19,column:25}}),typeof t===c?t.call(r,{name:"source",hash:{},data:l,loc:{start:{line:19,column:17},end:{line:19,column:27}}}):t))!=null?o:"")+`"
      version = "`+((o=(t=s(a,"version")||i(n,"version",{start:{line:20,column:19},end:{line:20,column:26}}),typeof t===c?t.call(r,{name:"version",hash:{},data:l,loc:{start:{line:20,column:17},end:{line:20,column:28}}}):t))!=null?o:"")+`"
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.45"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
`+((o=r(a,"each").call(i,r(n,"backupProviders"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:17,column:0},end:{line:22,column:9}}}))!=null?o:"")+`  }

  # Remote state with locking in Terraform Cloud / HCP (or any \`cloud\` block host); a self-hosted
  # box has no object store of its own to lean on.
  cloud {
    workspaces {
      name = "`+((o=(t=r(a,"name")||e.strict(n,"name",{start:{line:29,column:16},end:{line:29,column:20}}),typeof t=="function"?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:29,column:14},end:{line:29,column:22}}}):t))!=null?o:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/edge/aws-ecs/budget.tf.hbs":{0:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:55},end:{line:5,column:85}}}))!=null?o:"")},1:function(e,n,a,u,l){return", "},2:function(e,n,a,u,l){return`
  validation {
    condition     = length(var.budget_alert_emails) > 0
    error_message = "Budget alerts need an address: set budget.alertEmails or notifications.email, or this variable."
  }
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = `+((o=(t=s(a,"percent")||i(n,"percent",{start:{line:36,column:35},end:{line:36,column:42}}),typeof t===c?t.call(r,{name:"percent",hash:{},data:l,loc:{start:{line:36,column:33},end:{line:36,column:44}}}):t))!=null?o:"")+`
    threshold_type             = "PERCENTAGE"
    notification_type          = "`+((o=(t=s(a,"type")||i(n,"type",{start:{line:38,column:36},end:{line:38,column:40}}),typeof t===c?t.call(r,{name:"type",hash:{},data:l,loc:{start:{line:38,column:34},end:{line:38,column:42}}}):t))!=null?o:"")+`"
    subscriber_email_addresses = `+((o=e.lambda(i(s(s(l,"root"),"budget"),"emails",{start:{line:39,column:35},end:{line:39,column:54}}),n))!=null?o:"")+`
`+((o=s(a,"if").call(r,s(s(s(l,"root"),"budget"),"onCall"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:40,column:0},end:{line:42,column:7}}}))!=null?o:"")+`  }
`},4:function(e,n,a,u,l){return`    subscriber_sns_topic_arns  = [aws_sns_topic.alarms.arn]
`},5:function(e,n,a,u,l){return`
# AWS Budgets publishes to the alarm topic only when the topic's policy lets it.
data "aws_iam_policy_document" "alarm_topic" {
  statement {
    sid       = "Owner"
    actions   = ["SNS:Publish", "SNS:Subscribe", "SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:ListSubscriptionsByTopic"]
    resources = [aws_sns_topic.alarms.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "AlarmsAndBudgets"
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.alarms.arn]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "budgets.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic_policy" "alarms" {
  arn    = aws_sns_topic.alarms.arn
  policy = data.aws_iam_policy_document.alarm_topic.json
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=e.lambda,c=n??(e.nullContext||{}),s="function",m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "`+((o=r(i(m(n,"budget"),"emailsDescription",{start:{line:4,column:19},end:{line:4,column:43}}),n))!=null?o:"")+`"
  default     = [`+((o=m(a,"each").call(c,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:17},end:{line:5,column:94}}}))!=null?o:"")+`]
`+((o=m(a,"if").call(c,m(m(n,"budget"),"requireEmail"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:0},end:{line:12,column:7}}}))!=null?o:"")+`}

# A tag becomes a cost-allocation tag only once activated; the budget filters on it.
resource "aws_ce_cost_allocation_tag" "project" {
  tag_key = "project"
  status  = "Active"
}

resource "aws_budgets_budget" "monthly" {
  name         = "`+((o=(t=m(a,"name")||i(n,"name",{start:{line:22,column:20},end:{line:22,column:24}}),typeof t===s?t.call(c,{name:"name",hash:{},data:l,loc:{start:{line:22,column:18},end:{line:22,column:26}}}):t))!=null?o:"")+`-monthly"
  budget_type  = "COST"
  limit_amount = "`+((o=r(i(m(n,"budget"),"monthly",{start:{line:24,column:20},end:{line:24,column:34}}),n))!=null?o:"")+`"
  limit_unit   = "`+((o=r(i(m(n,"budget"),"currency",{start:{line:25,column:20},end:{line:25,column:35}}),n))!=null?o:"")+`"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:project$`+((o=(t=m(a,"name")||i(n,"name",{start:{line:30,column:30},end:{line:30,column:34}}),typeof t===s?t.call(c,{name:"name",hash:{},data:l,loc:{start:{line:30,column:28},end:{line:30,column:36}}}):t))!=null?o:"")+`"]
  }
`+((o=m(a,"each").call(c,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:32,column:0},end:{line:44,column:9}}}))!=null?o:"")+`}
`+((o=m(a,"if").call(c,m(m(n,"budget"),"onCall"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:46,column:0},end:{line:74,column:7}}}))!=null?o:"")},useData:!0},"terraform/edge/aws-ecs/costs.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+` (issue 15): a monthly budget and the tags that attribute spend. docs/costs.md.

locals {
  # Every resource carries these through the providers' default_tags.
  cost_tags = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:5,column:17},end:{line:5,column:28}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:5,column:14},end:{line:5,column:31}}}):t))!=null?o:"")+`
}
`},useData:!0},"terraform/edge/aws-ecs/edge.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"quotedId")||i(n,"quotedId",{start:{line:21,column:7},end:{line:21,column:15}}),typeof t===c?t.call(r,{name:"quotedId",hash:{},data:l,loc:{start:{line:21,column:4},end:{line:21,column:18}}}):t))!=null?o:"")+' = { environment = "'+((o=(t=s(a,"environment")||i(n,"environment",{start:{line:21,column:40},end:{line:21,column:51}}),typeof t===c?t.call(r,{name:"environment",hash:{},data:l,loc:{start:{line:21,column:38},end:{line:21,column:53}}}):t))!=null?o:"")+'", key = "'+((o=(t=s(a,"key")||i(n,"key",{start:{line:21,column:65},end:{line:21,column:68}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:21,column:63},end:{line:21,column:70}}}):t))!=null?o:"")+'", host = "'+((o=(t=s(a,"host")||i(n,"host",{start:{line:21,column:83},end:{line:21,column:87}}),typeof t===c?t.call(r,{name:"host",hash:{},data:l,loc:{start:{line:21,column:81},end:{line:21,column:89}}}):t))!=null?o:"")+'", static_paths = ['+((o=s(a,"each").call(r,s(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:21,column:108},end:{line:21,column:178}}}))!=null?o:"")+`] }
`},1:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:21,column:139},end:{line:21,column:169}}}))!=null?o:"")},2:function(e,n,a,u,l){return", "},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
resource "aws_acm_certificate" "cdn" {
  provider                  = aws.us_east_1
  domain_name               = "`+((o=(t=s(a,"domain")||i(n,"domain",{start:{line:45,column:33},end:{line:45,column:39}}),typeof t===c?t.call(r,{name:"domain",hash:{},data:l,loc:{start:{line:45,column:31},end:{line:45,column:41}}}):t))!=null?o:"")+`"
  subject_alternative_names = ["*.`+((o=(t=s(a,"domain")||i(n,"domain",{start:{line:46,column:36},end:{line:46,column:42}}),typeof t===c?t.call(r,{name:"domain",hash:{},data:l,loc:{start:{line:46,column:34},end:{line:46,column:44}}}):t))!=null?o:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`},4:function(e,n,a,u,l){return`
resource "aws_acm_certificate_validation" "cdn" {
  provider                = aws.us_east_1
  certificate_arn         = aws_acm_certificate.cdn.arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
`},5:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
data "aws_cloudfront_origin_request_policy" "all_viewer" {
  # The Host header reaches the load balancer, whose certificate matches it (not the ELB name).
  name = "Managed-AllViewer"
}

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

# Static paths are content-hashed or collected: cached at least a day, up to a year, compressed.
resource "aws_cloudfront_cache_policy" "static" {
  name        = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:113,column:19},end:{line:113,column:23}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:113,column:17},end:{line:113,column:25}}}):t))!=null?o:"")+`-static"
  min_ttl     = 86400
  default_ttl = 2592000
  max_ttl     = 31536000

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true
    cookies_config {
      cookie_behavior = "none"
    }
    headers_config {
      header_behavior = "none"
    }
    query_strings_config {
      query_string_behavior = "none"
    }
  }
}

resource "aws_cloudfront_distribution" "edge" {
  for_each        = local.edge_hosts
  enabled         = true
  is_ipv6_enabled = true
  comment         = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:137,column:23},end:{line:137,column:27}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:137,column:21},end:{line:137,column:29}}}):t))!=null?o:"")+` \${each.key}"
  aliases         = [each.value.host]
  price_class     = "PriceClass_100"
`+((o=s(a,"if").call(r,s(n,"waf"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:140,column:0},end:{line:142,column:7}}}))!=null?o:"")+`
  origin {
    origin_id   = "alb"
    domain_name = local.load_balancers[each.key].dns_name
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id         = "alb"
    viewer_protocol_policy   = "redirect-to-https"
    allowed_methods          = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods           = ["GET", "HEAD"]
    cache_policy_id          = data.aws_cloudfront_cache_policy.disabled.id
    origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer.id
    compress                 = true
  }

  dynamic "ordered_cache_behavior" {
    for_each = each.value.static_paths
    content {
      path_pattern             = ordered_cache_behavior.value
      target_origin_id         = "alb"
      viewer_protocol_policy   = "redirect-to-https"
      allowed_methods          = ["GET", "HEAD"]
      cached_methods           = ["GET", "HEAD"]
      cache_policy_id          = aws_cloudfront_cache_policy.static.id
      origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer.id
      compress                 = true
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate_validation.cdn.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
`},6:function(e,n,a,u,l){return`  web_acl_id      = aws_wafv2_web_acl.edge.arn
`},7:function(e,n,a,u,l){return" (CDN off: at its load balancer)"},8:function(e,n,a,u,l){return`    name                   = aws_cloudfront_distribution.edge[each.key].domain_name
    zone_id                = aws_cloudfront_distribution.edge[each.key].hosted_zone_id
`},9:function(e,n,a,u,l){return`    name                   = local.load_balancers[each.key].dns_name
    zone_id                = local.load_balancers[each.key].zone_id
`},10:function(e,n,a,u,l,o,t){var i,r,c=e.strict,s=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,_){if(Object.prototype.hasOwnProperty.call(d,_))return d[_]};return`
# The edge's WAF: a per-client rate limit first, then AWS's managed rule groups.
resource "aws_wafv2_web_acl" "edge" {
  provider = aws.us_east_1
  name     = "`+((i=(r=p(a,"name")||c(n,"name",{start:{line:216,column:16},end:{line:216,column:20}}),typeof r===m?r.call(s,{name:"name",hash:{},data:l,loc:{start:{line:216,column:14},end:{line:216,column:22}}}):r))!=null?i:"")+`-edge"
  scope    = "CLOUDFRONT"

  default_action {
    allow {}
  }

  rule {
    name     = "rate-limit"
    priority = 1
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = `+((i=(r=p(a,"rateLimit")||c(n,"rateLimit",{start:{line:231,column:31},end:{line:231,column:40}}),typeof r===m?r.call(s,{name:"rateLimit",hash:{},data:l,loc:{start:{line:231,column:29},end:{line:231,column:42}}}):r))!=null?i:"")+`
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((i=(r=p(a,"name")||c(n,"name",{start:{line:237,column:38},end:{line:237,column:42}}),typeof r===m?r.call(s,{name:"name",hash:{},data:l,loc:{start:{line:237,column:36},end:{line:237,column:44}}}):r))!=null?i:"")+`-edge-rate-limit"
      sampled_requests_enabled   = true
    }
  }
`+((i=p(a,"each").call(s,p(n,"managedRuleGroups"),{name:"each",hash:{},fn:e.program(11,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:241,column:0},end:{line:261,column:9}}}))!=null?i:"")+`
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "`+((i=(r=p(a,"name")||c(n,"name",{start:{line:265,column:36},end:{line:265,column:40}}),typeof r===m?r.call(s,{name:"name",hash:{},data:l,loc:{start:{line:265,column:34},end:{line:265,column:42}}}):r))!=null?i:"")+`-edge"
    sampled_requests_enabled   = true
  }
}
`},11:function(e,n,a,u,l,o,t){var i,r,c=e.strict,s=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,_){if(Object.prototype.hasOwnProperty.call(d,_))return d[_]};return`
  rule {
    name     = "`+((i=(r=p(a,"rule")||c(n,"rule",{start:{line:244,column:18},end:{line:244,column:22}}),typeof r===m?r.call(s,{name:"rule",hash:{},data:l,loc:{start:{line:244,column:16},end:{line:244,column:24}}}):r))!=null?i:"")+`"
    priority = `+((i=(r=p(a,"priority")||c(n,"priority",{start:{line:245,column:17},end:{line:245,column:25}}),typeof r===m?r.call(s,{name:"priority",hash:{},data:l,loc:{start:{line:245,column:15},end:{line:245,column:27}}}):r))!=null?i:"")+`
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "`+((i=(r=p(a,"rule")||c(n,"rule",{start:{line:252,column:25},end:{line:252,column:29}}),typeof r===m?r.call(s,{name:"rule",hash:{},data:l,loc:{start:{line:252,column:23},end:{line:252,column:31}}}):r))!=null?i:"")+`"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((i=e.lambda(c(t[1],"name",{start:{line:257,column:38},end:{line:257,column:45}}),n))!=null?i:"")+"-"+((i=(r=p(a,"rule")||c(n,"rule",{start:{line:257,column:50},end:{line:257,column:54}}),typeof r===m?r.call(s,{name:"rule",hash:{},data:l,loc:{start:{line:257,column:48},end:{line:257,column:56}}}):r))!=null?i:"")+`"
      sampled_requests_enabled   = true
    }
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l,o,t){var i,r,c=e.strict,s=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,_){if(Object.prototype.hasOwnProperty.call(d,_))return d[_]};return"# Edge of "+((i=(r=p(a,"name")||c(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===m?r.call(s,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?i:"")+`: certificates, CDN and WAF (issue 15). docs/tls.md and docs/cdn.md explain each piece.

data "aws_route53_zone" "edge" {
  name = "`+((i=(r=p(a,"dnsZone")||c(n,"dnsZone",{start:{line:4,column:12},end:{line:4,column:19}}),typeof r===m?r.call(s,{name:"dnsZone",hash:{},data:l,loc:{start:{line:4,column:10},end:{line:4,column:21}}}):r))!=null?i:"")+`"
}

# CloudFront reads its certificate and web ACL from us-east-1 only.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.cost_tags
  }
}

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((i=p(a,"each").call(s,p(n,"hosts"),{name:"each",hash:{},fn:e.program(0,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:20,column:0},end:{line:22,column:9}}}))!=null?i:"")+`  }
  load_balancers = merge(
    { for k, lb in module.staging.load_balancers : "staging-\${k}" => lb },
    { for k, lb in module.production.load_balancers : "production-\${k}" => lb },
  )
}

# One certificate for <domain> and *.<domain> covers every public name. ACM renews a DNS-validated
# certificate by itself as long as the validation records stay in the zone.
resource "aws_acm_certificate" "alb" {
  domain_name               = "`+((i=(r=p(a,"domain")||c(n,"domain",{start:{line:33,column:33},end:{line:33,column:39}}),typeof r===m?r.call(s,{name:"domain",hash:{},data:l,loc:{start:{line:33,column:31},end:{line:33,column:41}}}):r))!=null?i:"")+`"
  subject_alternative_names = ["*.`+((i=(r=p(a,"domain")||c(n,"domain",{start:{line:34,column:36},end:{line:34,column:42}}),typeof r===m?r.call(s,{name:"domain",hash:{},data:l,loc:{start:{line:34,column:34},end:{line:34,column:44}}}):r))!=null?i:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`+((i=p(a,"if").call(s,p(n,"cdn"),{name:"if",hash:{},fn:e.program(3,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:41,column:0},end:{line:53,column:7}}}))!=null?i:"")+`
# Both certificates ask for the same records (same account, same names); allow_overwrite shares them.
resource "aws_route53_record" "certificate_validation" {
  for_each = {
    for o in aws_acm_certificate.alb.domain_validation_options : o.domain_name => {
      name   = o.resource_record_name
      type   = o.resource_record_type
      record = o.resource_record_value
    }
  }
  zone_id         = data.aws_route53_zone.edge.zone_id
  name            = each.value.name
  type            = each.value.type
  records         = [each.value.record]
  ttl             = 300
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "alb" {
  certificate_arn         = aws_acm_certificate.alb.arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
`+((i=p(a,"if").call(s,p(n,"cdn"),{name:"if",hash:{},fn:e.program(4,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:76,column:0},end:{line:83,column:7}}}))!=null?i:"")+`
# ACM publishes DaysToExpiry daily; a renewal that cannot complete (validation record deleted) shows here first.
resource "aws_cloudwatch_metric_alarm" "certificate_expiry" {
  alarm_name          = "`+((i=(r=p(a,"name")||c(n,"name",{start:{line:87,column:27},end:{line:87,column:31}}),typeof r===m?r.call(s,{name:"name",hash:{},data:l,loc:{start:{line:87,column:25},end:{line:87,column:33}}}):r))!=null?i:"")+`-certificate-expiry"
  alarm_description   = "The load balancers' certificate expires within 14 days. Runbook: docs/runbooks/certificate-expiring.md"
  namespace           = "AWS/CertificateManager"
  metric_name         = "DaysToExpiry"
  dimensions          = { CertificateArn = aws_acm_certificate.alb.arn }
  statistic           = "Minimum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 14
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`+((i=p(a,"if").call(s,p(n,"cdn"),{name:"if",hash:{},fn:e.program(5,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:100,column:0},end:{line:191,column:7}}}))!=null?i:"")+`
# Each public name points at its CloudFront distribution`+((i=p(a,"unless").call(s,p(n,"cdn"),{name:"unless",hash:{},fn:e.program(7,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:193,column:56},end:{line:193,column:114}}}))!=null?i:"")+`.
resource "aws_route53_record" "edge" {
  for_each = local.edge_hosts
  zone_id  = data.aws_route53_zone.edge.zone_id
  name     = each.value.host
  type     = "A"

  alias {
`+((i=p(a,"if").call(s,p(n,"cdn"),{name:"if",hash:{},fn:e.program(8,l,0,o,t),inverse:e.program(9,l,0,o,t),data:l,loc:{start:{line:201,column:0},end:{line:207,column:7}}}))!=null?i:"")+`    evaluate_target_health = false
  }
}
`+((i=p(a,"if").call(s,p(n,"cdnWaf"),{name:"if",hash:{},fn:e.program(10,l,0,o,t),inverse:e.noop,data:l,loc:{start:{line:211,column:0},end:{line:269,column:7}}}))!=null?i:"")+`
output "edge_urls" {
  value = { for k, h in local.edge_hosts : k => "https://\${h.host}" }
}
`},useData:!0,useDepths:!0},"terraform/edge/aws-ecs/module-edge.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=(t=s(a,"key")||i(n,"key",{start:{line:3,column:32},end:{line:3,column:35}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:3,column:30},end:{line:3,column:37}}}):t))!=null?o:"")+" = { dns_name = aws_lb."+((o=(t=s(a,"key")||i(n,"key",{start:{line:3,column:62},end:{line:3,column:65}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:3,column:60},end:{line:3,column:67}}}):t))!=null?o:"")+".dns_name, zone_id = aws_lb."+((o=(t=s(a,"key")||i(n,"key",{start:{line:3,column:97},end:{line:3,column:100}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:3,column:95},end:{line:3,column:102}}}):t))!=null?o:"")+".zone_id }"+((o=s(a,"unless").call(r,s(l,"last"),{name:"unless",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:3,column:112},end:{line:3,column:142}}}))!=null?o:"")},1:function(e,n,a,u,l){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`# What infra/edge.tf points public names and CloudFront at.
output "load_balancers" {
  value = { `+((o=t(a,"each").call(n??(e.nullContext||{}),t(n,"services"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:3,column:12},end:{line:3,column:151}}}))!=null?o:"")+` }
}
`},useData:!0},"terraform/edge/azure-container-apps/budget.tf.hbs":{0:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:55},end:{line:5,column:85}}}))!=null?o:"")},1:function(e,n,a,u,l){return", "},2:function(e,n,a,u,l){return`
  validation {
    condition     = length(var.budget_alert_emails) > 0
    error_message = "Budget alerts need an address: set budget.alertEmails or notifications.email, or this variable."
  }
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  # Only what carries the project tag: the resource group may hold more than `+((o=(t=s(a,"name")||i(n,"name",{start:{line:29,column:79},end:{line:29,column:83}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:29,column:77},end:{line:29,column:85}}}):t))!=null?o:"")+`'s backups.
  filter {
    tag {
      name   = "project"
      values = ["`+((o=(t=s(a,"name")||i(n,"name",{start:{line:33,column:19},end:{line:33,column:23}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:33,column:17},end:{line:33,column:25}}}):t))!=null?o:"")+`"]
    }
  }
`},4:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  notification {
    enabled        = true
    threshold      = `+((o=(t=s(a,"percent")||i(n,"percent",{start:{line:41,column:23},end:{line:41,column:30}}),typeof t===c?t.call(r,{name:"percent",hash:{},data:l,loc:{start:{line:41,column:21},end:{line:41,column:32}}}):t))!=null?o:"")+`
    threshold_type = "`+((o=(t=s(a,"azureType")||i(n,"azureType",{start:{line:42,column:24},end:{line:42,column:33}}),typeof t===c?t.call(r,{name:"azureType",hash:{},data:l,loc:{start:{line:42,column:22},end:{line:42,column:35}}}):t))!=null?o:"")+`"
    operator       = "GreaterThan"
    contact_emails = `+((o=e.lambda(i(s(s(l,"root"),"budget"),"emails",{start:{line:44,column:23},end:{line:44,column:42}}),n))!=null?o:"")+`
`+((o=s(a,"if").call(r,s(s(s(l,"root"),"budget"),"onCall"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:45,column:0},end:{line:47,column:7}}}))!=null?o:"")+`  }
`},5:function(e,n,a,u,l){return`    contact_groups = [azurerm_monitor_action_group.oncall.id]
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=e.lambda,c=n??(e.nullContext||{}),s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "`+((o=r(i(s(n,"budget"),"emailsDescription",{start:{line:4,column:19},end:{line:4,column:43}}),n))!=null?o:"")+`"
  default     = [`+((o=s(a,"each").call(c,s(s(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:5,column:17},end:{line:5,column:94}}}))!=null?o:"")+`]
`+((o=s(a,"if").call(c,s(s(n,"budget"),"requireEmail"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:6,column:0},end:{line:12,column:7}}}))!=null?o:"")+`}

# `+((o=r(i(s(n,"budget"),"scopeComment",{start:{line:15,column:4},end:{line:15,column:23}}),n))!=null?o:"")+" ("+((o=r(i(s(n,"budget"),"currency",{start:{line:15,column:29},end:{line:15,column:44}}),n))!=null?o:"")+`, the billing account's currency).
resource "azurerm_consumption_budget_resource_group" "monthly" {
  for_each          = `+((o=r(i(s(n,"budget"),"resourceGroups",{start:{line:17,column:24},end:{line:17,column:45}}),n))!=null?o:"")+`
  name              = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:18,column:25},end:{line:18,column:29}}),typeof t=="function"?t.call(c,{name:"name",hash:{},data:l,loc:{start:{line:18,column:23},end:{line:18,column:31}}}):t))!=null?o:"")+`-\${each.key}-monthly"
  resource_group_id = each.value.id
  amount            = `+((o=r(i(s(n,"budget"),"monthly",{start:{line:20,column:24},end:{line:20,column:38}}),n))!=null?o:"")+`
  time_grain        = "Monthly"

  time_period {
    # The current month at the first apply; Azure refuses a start in the past.
    start_date = formatdate("YYYY-MM-01'T'00:00:00Z", timestamp())
  }
`+((o=s(a,"if").call(c,s(s(n,"budget"),"scoped"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:27,column:0},end:{line:36,column:7}}}))!=null?o:"")+((o=s(a,"each").call(c,s(s(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:37,column:0},end:{line:49,column:9}}}))!=null?o:"")+`
  lifecycle {
    ignore_changes = [time_period]
  }
}
`},useData:!0},"terraform/edge/azure-container-apps/costs.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+` (issue 15): tags that attribute spend and a monthly budget per environment. docs/costs.md.

locals {
  cost_tags = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:4,column:17},end:{line:4,column:28}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:4,column:14},end:{line:4,column:31}}}):t))!=null?o:"")+`

  # Every resource group of the project: the tags are set there and inherited by what it holds.
  cost_scopes = merge({ shared = azurerm_resource_group.shared.id }, { for k, g in azurerm_resource_group.env : k => g.id })

  cost_inherit = { for pair in setproduct(keys(local.cost_scopes), keys(local.cost_tags)) : "\${pair[0]}-\${pair[1]}" => { scope = pair[0], tag = pair[1] } }
}

# Built-in policy "Inherit a tag from the resource group if missing": azurerm has no default tags,
# so every resource created in the project's groups gets their tags.
resource "azurerm_resource_group_policy_assignment" "inherit_tag" {
  for_each             = local.cost_inherit
  name                 = "inherit-\${each.key}"
  resource_group_id    = local.cost_scopes[each.value.scope]
  policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/cd3aa116-8754-49c9-a813-ad46512ece54"
  location             = var.location
  parameters           = jsonencode({ tagName = { value = each.value.tag } })

  identity {
    type = "SystemAssigned"
  }
}

# The modify effect writes tags through the assignment's identity.
resource "azurerm_role_assignment" "inherit_tag" {
  for_each             = azurerm_resource_group_policy_assignment.inherit_tag
  scope                = each.value.resource_group_id
  role_definition_name = "Tag Contributor"
  principal_id         = each.value.identity[0].principal_id
}
`},useData:!0},"terraform/edge/azure-container-apps/edge.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"quotedId")||i(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof t===c?t.call(r,{name:"quotedId",hash:{},data:l,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):t))!=null?o:"")+' = { host = "'+((o=(t=s(a,"host")||i(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof t===c?t.call(r,{name:"host",hash:{},data:l,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):t))!=null?o:"")+'", record = "'+((o=(t=s(a,"record")||i(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof t===c?t.call(r,{name:"record",hash:{},data:l,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):t))!=null?o:"")+'", static_paths = ['+((o=s(a,"each").call(r,s(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:8,column:81},end:{line:8,column:151}}}))!=null?o:"")+`] }
`},1:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:8,column:112},end:{line:8,column:142}}}))!=null?o:"")},2:function(e,n,a,u,l){return", "},3:function(e,n,a,u,l){return`  dns_zone_id              = data.azurerm_dns_zone.edge.id
`},4:function(e,n,a,u,l){return`
# Static paths are content-hashed or collected: Front Door caches them and compresses text.
resource "azurerm_cdn_frontdoor_route" "static" {
  for_each                        = { for k, h in local.edge_hosts : k => h if length(h.static_paths) > 0 }
  name                            = "static"
  cdn_frontdoor_endpoint_id       = azurerm_cdn_frontdoor_endpoint.edge[each.key].id
  cdn_frontdoor_origin_group_id   = azurerm_cdn_frontdoor_origin_group.edge[each.key].id
  cdn_frontdoor_origin_ids        = [azurerm_cdn_frontdoor_origin.edge[each.key].id]
  cdn_frontdoor_custom_domain_ids = [azurerm_cdn_frontdoor_custom_domain.edge[each.key].id]
  patterns_to_match               = each.value.static_paths
  supported_protocols             = ["Https"]
  https_redirect_enabled          = false
  forwarding_protocol             = "HttpsOnly"
  link_to_default_domain          = false

  cache {
    query_string_caching_behavior = "IgnoreQueryString"
    compression_enabled           = true
    content_types_to_compress     = ["application/javascript", "application/json", "image/svg+xml", "text/css", "text/html", "text/javascript", "text/plain"]
  }
}
`},5:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# One client may send `+((o=(t=s(a,"rateLimit")||i(n,"rateLimit",{start:{line:106,column:24},end:{line:106,column:33}}),typeof t===c?t.call(r,{name:"rateLimit",hash:{},data:l,loc:{start:{line:106,column:22},end:{line:106,column:35}}}):t))!=null?o:"")+` requests in 5 minutes; more are blocked at the edge.
resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "`+((o=(t=s(a,"compactName")||i(n,"compactName",{start:{line:108,column:27},end:{line:108,column:38}}),typeof t===c?t.call(r,{name:"compactName",hash:{},data:l,loc:{start:{line:108,column:25},end:{line:108,column:40}}}):t))!=null?o:"")+`edge"
  resource_group_name = azurerm_resource_group.shared.name
  sku_name            = azurerm_cdn_frontdoor_profile.edge.sku_name
  mode                = "Prevention"
  enabled             = true
  tags                = local.cost_tags

  custom_rule {
    name                           = "ratelimit"
    type                           = "RateLimitRule"
    priority                       = 1
    action                         = "Block"
    rate_limit_duration_in_minutes = 5
    rate_limit_threshold           = `+((o=(t=s(a,"rateLimit")||i(n,"rateLimit",{start:{line:121,column:39},end:{line:121,column:48}}),typeof t===c?t.call(r,{name:"rateLimit",hash:{},data:l,loc:{start:{line:121,column:37},end:{line:121,column:50}}}):t))!=null?o:"")+`

    # Every address matches: the limit applies to each client.
    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["0.0.0.0/0", "::/0"]
    }
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "edge" {
  name                     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:133,column:32},end:{line:133,column:36}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:133,column:30},end:{line:133,column:38}}}):t))!=null?o:"")+`-edge"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.edge.id
      association {
        patterns_to_match = ["/*"]
        dynamic "domain" {
          for_each = azurerm_cdn_frontdoor_custom_domain.edge
          content {
            cdn_frontdoor_domain_id = domain.value.id
          }
        }
      }
    }
  }
}
`},6:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "dns_zone_resource_group" {
  type        = string
  description = "Resource group of the Azure DNS zone `+((o=(t=s(a,"dnsZone")||i(n,"dnsZone",{start:{line:156,column:56},end:{line:156,column:63}}),typeof t===c?t.call(r,{name:"dnsZone",hash:{},data:l,loc:{start:{line:156,column:54},end:{line:156,column:65}}}):t))!=null?o:"")+`."
}

data "azurerm_dns_zone" "edge" {
  name                = "`+((o=(t=s(a,"dnsZone")||i(n,"dnsZone",{start:{line:160,column:27},end:{line:160,column:34}}),typeof t===c?t.call(r,{name:"dnsZone",hash:{},data:l,loc:{start:{line:160,column:25},end:{line:160,column:36}}}):t))!=null?o:"")+`"
  resource_group_name = var.dns_zone_resource_group
}

# Front Door proves each name through a TXT record before it issues the certificate.
resource "azurerm_dns_txt_record" "edge_validation" {
  for_each            = local.edge_hosts
  name                = each.value.record == "@" ? "_dnsauth" : "_dnsauth.\${each.value.record}"
  zone_name           = data.azurerm_dns_zone.edge.name
  resource_group_name = var.dns_zone_resource_group
  ttl                 = 3600
  record {
    value = azurerm_cdn_frontdoor_custom_domain.edge[each.key].validation_token
  }
}

# CNAMEs cannot sit at a zone apex: the apex is an alias record to the endpoint.
resource "azurerm_dns_cname_record" "edge" {
  for_each            = { for k, h in local.edge_hosts : k => h if h.record != "@" }
  name                = each.value.record
  zone_name           = data.azurerm_dns_zone.edge.name
  resource_group_name = var.dns_zone_resource_group
  ttl                 = 300
  record              = azurerm_cdn_frontdoor_endpoint.edge[each.key].host_name
}

resource "azurerm_dns_a_record" "edge_apex" {
  for_each            = { for k, h in local.edge_hosts : k => h if h.record == "@" }
  name                = "@"
  zone_name           = data.azurerm_dns_zone.edge.name
  resource_group_name = var.dns_zone_resource_group
  ttl                 = 300
  target_resource_id  = azurerm_cdn_frontdoor_endpoint.edge[each.key].id
}
`},7:function(e,n,a,u,l){return", [for k, r in azurerm_cdn_frontdoor_route.static : r.id if k == each.key]"},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Edge of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+`: Azure Front Door with managed certificates, static caching and a WAF rate limit,
# in front of the container apps (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((o=s(a,"each").call(r,s(n,"hosts"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+`  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" {
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:14,column:27},end:{line:14,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:14,column:25},end:{line:14,column:33}}}):t))!=null?o:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  sku_name            = "Standard_AzureFrontDoor"
  tags                = local.cost_tags
}

resource "azurerm_cdn_frontdoor_endpoint" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:22,column:32},end:{line:22,column:36}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:22,column:30},end:{line:22,column:38}}}):t))!=null?o:"")+`-\${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
  tags                     = local.cost_tags
}

resource "azurerm_cdn_frontdoor_origin_group" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:29,column:32},end:{line:29,column:36}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:29,column:30},end:{line:29,column:38}}}):t))!=null?o:"")+`-\${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id

  load_balancing {}

  health_probe {
    protocol            = "Https"
    interval_in_seconds = 60
    request_type        = "HEAD"
    path                = "/"
  }
}

resource "azurerm_cdn_frontdoor_origin" "edge" {
  for_each                       = local.edge_hosts
  name                           = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:44,column:38},end:{line:44,column:42}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:44,column:36},end:{line:44,column:44}}}):t))!=null?o:"")+`-\${each.key}"
  cdn_frontdoor_origin_group_id  = azurerm_cdn_frontdoor_origin_group.edge[each.key].id
  enabled                        = true
  host_name                      = azurerm_container_app.app[each.key].ingress[0].fqdn
  origin_host_header             = azurerm_container_app.app[each.key].ingress[0].fqdn
  certificate_name_check_enabled = true
}

# Front Door issues and renews the certificate of each custom domain itself (ManagedCertificate).
resource "azurerm_cdn_frontdoor_custom_domain" "edge" {
  for_each                 = local.edge_hosts
  name                     = replace(each.value.host, ".", "-")
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
  host_name                = each.value.host
`+((o=s(a,"if").call(r,s(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:58,column:0},end:{line:60,column:7}}}))!=null?o:"")+`
  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS12"
  }
}

resource "azurerm_cdn_frontdoor_route" "app" {
  for_each                        = local.edge_hosts
  name                            = "app"
  cdn_frontdoor_endpoint_id       = azurerm_cdn_frontdoor_endpoint.edge[each.key].id
  cdn_frontdoor_origin_group_id   = azurerm_cdn_frontdoor_origin_group.edge[each.key].id
  cdn_frontdoor_origin_ids        = [azurerm_cdn_frontdoor_origin.edge[each.key].id]
  cdn_frontdoor_custom_domain_ids = [azurerm_cdn_frontdoor_custom_domain.edge[each.key].id]
  patterns_to_match               = ["/*"]
  supported_protocols             = ["Http", "Https"]
  https_redirect_enabled          = true
  forwarding_protocol             = "HttpsOnly"
  link_to_default_domain          = false
}
`+((o=s(a,"if").call(r,s(n,"cdn"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:81,column:0},end:{line:103,column:7}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"waf"),{name:"if",hash:{},fn:e.program(5,l,0),inverse:e.noop,data:l,loc:{start:{line:104,column:0},end:{line:151,column:7}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"dnsZone"),{name:"if",hash:{},fn:e.program(6,l,0),inverse:e.noop,data:l,loc:{start:{line:152,column:0},end:{line:194,column:7}}}))!=null?o:"")+`
resource "azurerm_cdn_frontdoor_custom_domain_association" "edge" {
  for_each                       = local.edge_hosts
  cdn_frontdoor_custom_domain_id = azurerm_cdn_frontdoor_custom_domain.edge[each.key].id
  cdn_frontdoor_route_ids        = concat([azurerm_cdn_frontdoor_route.app[each.key].id]`+((o=s(a,"if").call(r,s(n,"cdn"),{name:"if",hash:{},fn:e.program(7,l,0),inverse:e.noop,data:l,loc:{start:{line:199,column:88},end:{line:199,column:180}}}))!=null?o:"")+`)
}

# The served certificate, seen from outside: a standard test per production name fails 14 days before expiry.
resource "azurerm_application_insights" "edge" {
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:204,column:27},end:{line:204,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:204,column:25},end:{line:204,column:33}}}):t))!=null?o:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  application_type    = "web"
  workspace_id        = azurerm_log_analytics_workspace.env["production"].id
  tags                = local.cost_tags
}

resource "azurerm_application_insights_standard_web_test" "certificate" {
  for_each                = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  name                    = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:214,column:31},end:{line:214,column:35}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:214,column:29},end:{line:214,column:37}}}):t))!=null?o:"")+`-\${each.key}-certificate"
  resource_group_name     = azurerm_resource_group.shared.name
  location                = var.location
  application_insights_id = azurerm_application_insights.edge.id
  geo_locations           = ["emea-nl-ams-azr", "us-va-ash-azr", "apac-sg-sin-azr"]
  frequency               = 900
  enabled                 = true
  tags                    = local.cost_tags

  request {
    url = "https://\${each.value.host}/"
  }

  validation_rules {
    expected_status_code        = 0
    ssl_check_enabled           = true
    ssl_cert_remaining_lifetime = 14
  }
}

resource "azurerm_monitor_metric_alert" "certificate_expiry" {
  for_each            = azurerm_application_insights_standard_web_test.certificate
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:236,column:27},end:{line:236,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:236,column:25},end:{line:236,column:33}}}):t))!=null?o:"")+`-\${each.key}-certificate-expiry"
  resource_group_name = azurerm_resource_group.shared.name
  scopes              = [each.value.id, azurerm_application_insights.edge.id]
  description         = "The certificate of \${local.edge_hosts[each.key].host} expires within 14 days or is invalid. Runbook: docs/runbooks/certificate-expiring.md"
  severity            = 2
  tags                = local.cost_tags

  application_insights_web_test_location_availability_criteria {
    web_test_id           = each.value.id
    component_id          = azurerm_application_insights.edge.id
    failed_location_count = 2
  }

  action {
    action_group_id = azurerm_monitor_action_group.oncall.id
  }
}
`},useData:!0},"terraform/edge/compose/backup-costs-aws-ecs.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+`'s backups (issue 15): the server's bill is fixed; the S3 bucket backup.yml writes the
# dumps to is the variable cost. The tags that attribute it and a monthly budget. docs/costs.md.

locals {
  # The bucket (and everything else here) carries these through the provider's default_tags.
  cost_tags = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:6,column:17},end:{line:6,column:28}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:6,column:14},end:{line:6,column:31}}}):t))!=null?o:"")+`
}

variable "backup_region" {
  type        = string
  description = "Region of the backup bucket."
  default     = "`+((o=(t=s(a,"region")||i(n,"region",{start:{line:12,column:19},end:{line:12,column:25}}),typeof t===c?t.call(r,{name:"region",hash:{},data:l,loc:{start:{line:12,column:17},end:{line:12,column:27}}}):t))!=null?o:"")+`"
}

provider "aws" {
  region = var.backup_region

  default_tags {
    tags = local.cost_tags
  }
}

# The bucket exists (backup.yml writes to it): Terraform adopts it to tag it, and never deletes it. Its
# other settings (versioning, encryption, lifecycle) are separate aws_s3_bucket_* resources, left as they are.
import {
  to = aws_s3_bucket.backups
  id = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:27,column:10},end:{line:27,column:16}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:27,column:8},end:{line:27,column:18}}}):t))!=null?o:"")+`"
}

resource "aws_s3_bucket" "backups" {
  bucket = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:31,column:14},end:{line:31,column:20}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:31,column:12},end:{line:31,column:22}}}):t))!=null?o:"")+`"

  lifecycle {
    prevent_destroy = true
  }
}
`},useData:!0},"terraform/edge/compose/backup-costs-azure-container-apps.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+`'s backups (issue 15): the server's bill is fixed; the storage account backup.yml writes
# the dumps to is the variable cost. The tags that attribute it and a monthly budget. docs/costs.md.

locals {
  cost_tags = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:5,column:17},end:{line:5,column:28}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:5,column:14},end:{line:5,column:31}}}):t))!=null?o:"")+`
}

variable "backup_resource_group" {
  type        = string
  description = "Resource group of the backup storage account."
}

variable "backup_storage_account" {
  type        = string
  description = "The storage account that holds the `+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:15,column:54},end:{line:15,column:60}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:15,column:52},end:{line:15,column:62}}}):t))!=null?o:"")+` container (vars.BACKUP_STORAGE_ACCOUNT)."
}

# The subscription comes from ARM_SUBSCRIPTION_ID, as for az login.
provider "azurerm" {
  features {}
}

data "azurerm_resource_group" "backups" {
  name = var.backup_resource_group
}

data "azurerm_storage_account" "backups" {
  name                = var.backup_storage_account
  resource_group_name = var.backup_resource_group
}

# azurerm has no default tags and the account is not this stack's: the tags are patched onto it, the
# account's own tags kept. Destroying this leaves the account as it is.
resource "azapi_update_resource" "backup_tags" {
  type        = "Microsoft.Storage/storageAccounts@2023-05-01"
  resource_id = data.azurerm_storage_account.backups.id
  body = {
    tags = merge(data.azurerm_storage_account.backups.tags, local.cost_tags)
  }
}
`},useData:!0},"terraform/edge/compose/backup-costs-gcp-cloud-run.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+`'s backups (issue 15): the server's bill is fixed; the GCS bucket backup.yml writes the
# dumps to is the variable cost. The labels that attribute it and a monthly budget. docs/costs.md.

locals {
  # The bucket (and everything else here that takes labels) carries these through default_labels.
  cost_labels = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:6,column:19},end:{line:6,column:30}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:6,column:16},end:{line:6,column:33}}}):t))!=null?o:"")+`
}

variable "project_id" {
  type        = string
  description = "Google Cloud project of the backup bucket."
}

variable "backup_bucket_location" {
  type        = string
  description = "Location the backup bucket was created in (e.g. EU, europe-west1)."
}

provider "google" {
  project        = var.project_id
  default_labels = local.cost_labels
}

# The bucket exists (backup.yml writes to it): Terraform adopts it for its labels only, and never
# deletes it; the settings it was created with stay as they are.
import {
  to = google_storage_bucket.backups
  id = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:28,column:10},end:{line:28,column:16}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:28,column:8},end:{line:28,column:18}}}):t))!=null?o:"")+`"
}

resource "google_storage_bucket" "backups" {
  name     = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:32,column:16},end:{line:32,column:22}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:32,column:14},end:{line:32,column:24}}}):t))!=null?o:"")+`"
  location = var.backup_bucket_location

  lifecycle {
    prevent_destroy = true
    ignore_changes  = [location, storage_class, uniform_bucket_level_access, public_access_prevention, versioning, lifecycle_rule, retention_policy, soft_delete_policy, encryption, logging, cors, website, autoclass, custom_placement_config, default_event_based_hold, requester_pays, rpo, enable_object_retention, hierarchical_namespace, force_destroy]
  }
}
`},useData:!0},"terraform/edge/compose/edge.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Static paths are content-hashed or collected: cached at the edge for a month, in browsers as the app says.
resource "cloudflare_ruleset" "cache" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:9,column:15},end:{line:9,column:19}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:9,column:13},end:{line:9,column:21}}}):t))!=null?o:"")+` static cache"
  kind    = "zone"
  phase   = "http_request_cache_settings"

  rules {
    description = "Cache static paths"
    expression  = "`+((o=(t=s(a,"cacheExpression")||i(n,"cacheExpression",{start:{line:15,column:22},end:{line:15,column:37}}),typeof t===c?t.call(r,{name:"cacheExpression",hash:{},data:l,loc:{start:{line:15,column:19},end:{line:15,column:40}}}):t))!=null?o:"")+`"
    action      = "set_cache_settings"
    enabled     = true
    action_parameters {
      cache = true
      edge_ttl {
        mode    = "override_origin"
        default = 2592000
      }
      browser_ttl {
        mode = "respect_origin"
      }
    }
  }
}
`},1:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# One client may send `+((o=(t=s(a,"rateLimit")||i(n,"rateLimit",{start:{line:33,column:24},end:{line:33,column:33}}),typeof t===c?t.call(r,{name:"rateLimit",hash:{},data:l,loc:{start:{line:33,column:22},end:{line:33,column:35}}}):t))!=null?o:"")+` requests in 5 minutes; more get 429 for 10 minutes. The free plan
# allows a 10-second period only: adjust period and requests_per_period to the zone's plan.
resource "cloudflare_ruleset" "rate_limit" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:37,column:15},end:{line:37,column:19}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:37,column:13},end:{line:37,column:21}}}):t))!=null?o:"")+` rate limit"
  kind    = "zone"
  phase   = "http_ratelimit"

  rules {
    description = "Limit each client"
    expression  = "`+((o=(t=s(a,"hostExpression")||i(n,"hostExpression",{start:{line:43,column:22},end:{line:43,column:36}}),typeof t===c?t.call(r,{name:"hostExpression",hash:{},data:l,loc:{start:{line:43,column:19},end:{line:43,column:39}}}):t))!=null?o:"")+`"
    action      = "block"
    enabled     = true
    action_parameters {
      response {
        status_code  = 429
        content      = "Too many requests"
        content_type = "text/plain"
      }
    }
    ratelimit {
      characteristics     = ["ip.src", "cf.colo.id"]
      period              = 300
      requests_per_period = `+((o=(t=s(a,"rateLimit")||i(n,"rateLimit",{start:{line:56,column:30},end:{line:56,column:39}}),typeof t===c?t.call(r,{name:"rateLimit",hash:{},data:l,loc:{start:{line:56,column:28},end:{line:56,column:41}}}):t))!=null?o:"")+`
      mitigation_timeout  = 600
    }
  }
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"# Edge of "+((o=(t=r(a,"name")||e.strict(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t=="function"?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+` behind the Cloudflare tunnel (issue 15): Cloudflare terminates TLS with its own
# edge certificate, which it renews; these rules cache the static paths and limit each client.
# docs/cdn.md explains them.
`+((o=r(a,"if").call(i,r(n,"cdn"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:4,column:0},end:{line:30,column:7}}}))!=null?o:"")+((o=r(a,"if").call(i,r(n,"waf"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:31,column:0},end:{line:61,column:7}}}))!=null?o:"")+`
# HTTPS only, TLS 1.2 or later, between visitors and Cloudflare.
resource "cloudflare_zone_settings_override" "tls" {
  zone_id = var.cloudflare_zone_id
  settings {
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
  }
}
`},useData:!0},"terraform/edge/gcp-cloud-run/budget.tf.hbs":{0:function(e,n,a,u,l){var o,t=e.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=t(a,"unless").call(n??(e.nullContext||{}),t(l,"last"),{name:"unless",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:12,column:62},end:{line:12,column:92}}}))!=null?o:"")},1:function(e,n,a,u,l){return", "},2:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    # Only what carries the project label: the project may hold more than "+((o=(t=s(a,"name")||i(n,"name",{start:{line:27,column:76},end:{line:27,column:80}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:27,column:74},end:{line:27,column:82}}}):t))!=null?o:"")+`'s backups.
    labels = {
      project = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:29,column:19},end:{line:29,column:23}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:29,column:17},end:{line:29,column:25}}}):t))!=null?o:"")+`"
    }
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  threshold_rule {
    threshold_percent = `+((o=(t=s(a,"fraction")||i(n,"fraction",{start:{line:43,column:26},end:{line:43,column:34}}),typeof t===c?t.call(r,{name:"fraction",hash:{},data:l,loc:{start:{line:43,column:24},end:{line:43,column:36}}}):t))!=null?o:"")+`
    spend_basis       = "`+((o=(t=s(a,"gcpBasis")||i(n,"gcpBasis",{start:{line:44,column:27},end:{line:44,column:35}}),typeof t===c?t.call(r,{name:"gcpBasis",hash:{},data:l,loc:{start:{line:44,column:25},end:{line:44,column:37}}}):t))!=null?o:"")+`"
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`
variable "billing_account" {
  type        = string
  description = "Billing account id (XXXXXX-XXXXXX-XXXXXX) the budget watches."
}

data "google_project" "this" {
  project_id = var.project_id
}

resource "google_monitoring_notification_channel" "budget" {
  for_each     = toset([`+((o=m(a,"each").call(i,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:12,column:24},end:{line:12,column:101}}}))!=null?o:"")+`])
  display_name = "`+((o=(t=m(a,"name")||r(n,"name",{start:{line:13,column:20},end:{line:13,column:24}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:13,column:18},end:{line:13,column:26}}}):t))!=null?o:"")+` budget \${each.key}"
  type         = "email"
  labels = {
    email_address = each.key
  }
}

resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "`+((o=(t=m(a,"name")||r(n,"name",{start:{line:22,column:23},end:{line:22,column:27}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:22,column:21},end:{line:22,column:29}}}):t))!=null?o:"")+` monthly"

  budget_filter {
    projects = ["projects/\${data.google_project.this.number}"]
`+((o=m(a,"if").call(i,m(m(n,"budget"),"scoped"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:26,column:0},end:{line:31,column:7}}}))!=null?o:"")+`  }

  amount {
    specified_amount {
      currency_code = "`+((o=s(r(m(n,"budget"),"currency",{start:{line:36,column:25},end:{line:36,column:40}}),n))!=null?o:"")+`"
      units         = "`+((o=s(r(m(n,"budget"),"units",{start:{line:37,column:25},end:{line:37,column:37}}),n))!=null?o:"")+`"
    }
  }
`+((o=m(a,"each").call(i,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:40,column:0},end:{line:46,column:9}}}))!=null?o:"")+`
  all_updates_rule {
    monitoring_notification_channels = `+((o=s(r(m(n,"budget"),"channels",{start:{line:49,column:41},end:{line:49,column:56}}),n))!=null?o:"")+`
    disable_default_iam_recipients   = false
  }
}
`},useData:!0},"terraform/edge/gcp-cloud-run/costs.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+` (issue 15): labels that attribute spend and a monthly budget. docs/costs.md.

locals {
  # The google provider adds these to every resource that takes labels (default_labels).
  cost_labels = `+((o=(t=s(a,"costTagsHcl")||i(n,"costTagsHcl",{start:{line:5,column:19},end:{line:5,column:30}}),typeof t===c?t.call(r,{name:"costTagsHcl",hash:{},data:l,loc:{start:{line:5,column:16},end:{line:5,column:33}}}):t))!=null?o:"")+`
}
`},useData:!0},"terraform/edge/gcp-cloud-run/edge.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((o=(t=s(a,"quotedId")||i(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof t===c?t.call(r,{name:"quotedId",hash:{},data:l,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):t))!=null?o:"")+' = { host = "'+((o=(t=s(a,"host")||i(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof t===c?t.call(r,{name:"host",hash:{},data:l,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):t))!=null?o:"")+'", record = "'+((o=(t=s(a,"record")||i(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof t===c?t.call(r,{name:"record",hash:{},data:l,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):t))!=null?o:"")+`" }
`},1:function(e,n,a,u,l){return`  security_policy       = google_compute_security_policy.edge.id
`},2:function(e,n,a,u,l){return`  enable_cdn            = true

  # Static content types (scripts, styles, fonts, images) are cached; the app's own Cache-Control wins.
  cdn_policy {
    cache_mode        = "CACHE_ALL_STATIC"
    default_ttl       = 86400
    max_ttl           = 31536000
    client_ttl        = 86400
    negative_caching  = true
    serve_while_stale = 86400
  }
`},3:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "dns_zone_name" {
  type        = string
  description = "Cloud DNS managed zone (its resource name) that serves `+((o=(t=s(a,"dnsZone")||i(n,"dnsZone",{start:{line:134,column:74},end:{line:134,column:81}}),typeof t===c?t.call(r,{name:"dnsZone",hash:{},data:l,loc:{start:{line:134,column:72},end:{line:134,column:83}}}):t))!=null?o:"")+`."
  default     = "`+((o=(t=s(a,"dnsZoneResource")||i(n,"dnsZoneResource",{start:{line:135,column:19},end:{line:135,column:34}}),typeof t===c?t.call(r,{name:"dnsZoneResource",hash:{},data:l,loc:{start:{line:135,column:17},end:{line:135,column:36}}}):t))!=null?o:"")+`"
}

resource "google_dns_record_set" "edge" {
  for_each     = local.edge_hosts
  managed_zone = var.dns_zone_name
  name         = "\${each.value.host}."
  type         = "A"
  ttl          = 300
  rrdatas      = [google_compute_global_address.edge.address]
}
`},4:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"; infra/edge.tf does in "+((o=(t=i(a,"dnsZone")||e.strict(n,"dnsZone",{start:{line:198,column:99},end:{line:198,column:106}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"dnsZone",hash:{},data:l,loc:{start:{line:198,column:97},end:{line:198,column:108}}}):t))!=null?o:"")},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Edge of "+((o=(t=s(a,"name")||i(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?o:"")+`: a global external load balancer with a Google-managed certificate, Cloud CDN and
# Cloud Armor in front of the Cloud Run services (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((o=s(a,"each").call(r,s(n,"hosts"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+`  }
}

resource "google_compute_region_network_endpoint_group" "edge" {
  for_each              = google_cloud_run_v2_service.svc
  name                  = "\${each.value.name}-neg"
  region                = var.region
  network_endpoint_type = "SERVERLESS"
  cloud_run {
    service = each.value.name
  }
}

resource "google_compute_backend_service" "edge" {
  for_each              = google_compute_region_network_endpoint_group.edge
  name                  = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:25,column:29},end:{line:25,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:25,column:27},end:{line:25,column:35}}}):t))!=null?o:"")+`-\${each.key}"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
`+((o=s(a,"if").call(r,s(n,"waf"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")+((o=s(a,"if").call(r,s(n,"cdn"),{name:"if",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:31,column:0},end:{line:43,column:7}}}))!=null?o:"")+`
  backend {
    group = each.value.id
  }
}

resource "google_compute_url_map" "edge" {
  name            = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:51,column:23},end:{line:51,column:27}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:51,column:21},end:{line:51,column:29}}}):t))!=null?o:"")+`-edge"
  default_service = google_compute_backend_service.edge["production-`+((o=(t=s(a,"defaultKey")||i(n,"defaultKey",{start:{line:52,column:70},end:{line:52,column:80}}),typeof t===c?t.call(r,{name:"defaultKey",hash:{},data:l,loc:{start:{line:52,column:68},end:{line:52,column:82}}}):t))!=null?o:"")+`"].id

  dynamic "host_rule" {
    for_each = local.edge_hosts
    content {
      hosts        = [host_rule.value.host]
      path_matcher = host_rule.key
    }
  }

  dynamic "path_matcher" {
    for_each = local.edge_hosts
    content {
      name            = path_matcher.key
      default_service = google_compute_backend_service.edge[path_matcher.key].id
    }
  }
}

# Google renews a managed certificate by itself while the names resolve to the load balancer.
resource "google_compute_managed_ssl_certificate" "edge" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:73,column:12},end:{line:73,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:73,column:10},end:{line:73,column:18}}}):t))!=null?o:"")+`-edge"
  managed {
    domains = [for h in local.edge_hosts : h.host]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_ssl_policy" "edge" {
  name            = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:84,column:23},end:{line:84,column:27}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:84,column:21},end:{line:84,column:29}}}):t))!=null?o:"")+`-edge"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_global_address" "edge" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:90,column:12},end:{line:90,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:90,column:10},end:{line:90,column:18}}}):t))!=null?o:"")+`-edge"
}

resource "google_compute_target_https_proxy" "edge" {
  name             = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:94,column:24},end:{line:94,column:28}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:94,column:22},end:{line:94,column:30}}}):t))!=null?o:"")+`-edge"
  url_map          = google_compute_url_map.edge.id
  ssl_certificates = [google_compute_managed_ssl_certificate.edge.id]
  ssl_policy       = google_compute_ssl_policy.edge.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:101,column:29},end:{line:101,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:101,column:27},end:{line:101,column:35}}}):t))!=null?o:"")+`-https"
  target                = google_compute_target_https_proxy.edge.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "redirect" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:110,column:12},end:{line:110,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:110,column:10},end:{line:110,column:18}}}):t))!=null?o:"")+`-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:119,column:15},end:{line:119,column:19}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:119,column:13},end:{line:119,column:21}}}):t))!=null?o:"")+`-redirect"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:124,column:29},end:{line:124,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:124,column:27},end:{line:124,column:35}}}):t))!=null?o:"")+`-http"
  target                = google_compute_target_http_proxy.redirect.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
`+((o=s(a,"if").call(r,s(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,l,0),inverse:e.noop,data:l,loc:{start:{line:130,column:0},end:{line:146,column:7}}}))!=null?o:"")+`
# The served certificate, seen from outside: an uptime check per production name, alerting 14 days before expiry.
resource "google_monitoring_uptime_check_config" "edge" {
  for_each     = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  display_name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:151,column:20},end:{line:151,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:151,column:18},end:{line:151,column:26}}}):t))!=null?o:"")+` \${each.value.host}"
  timeout      = "10s"
  period       = "300s"

  http_check {
    path           = "/"
    port           = 443
    use_ssl        = true
    validate_ssl   = true
    request_method = "GET"
    accepted_response_status_codes {
      status_class = "STATUS_CLASS_ANY"
    }
  }

  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = each.value.host
    }
  }
}

resource "google_monitoring_alert_policy" "certificate_expiry" {
  display_name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:176,column:20},end:{line:176,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:176,column:18},end:{line:176,column:26}}}):t))!=null?o:"")+`: certificate expires within 14 days"
  combiner     = "OR"
  conditions {
    display_name = "time_until_ssl_cert_expires < 14 days"
    condition_threshold {
      filter          = "metric.type=\\"monitoring.googleapis.com/uptime_check/time_until_ssl_cert_expires\\" AND resource.type=\\"uptime_url\\""
      comparison      = "COMPARISON_LT"
      threshold_value = 14
      duration        = "600s"
      aggregations {
        alignment_period   = "1200s"
        per_series_aligner = "ALIGN_MIN"
      }
    }
  }
  documentation {
    content = "Runbook: docs/runbooks/certificate-expiring.md"
  }
  notification_channels = [google_monitoring_notification_channel.email.id]
}

output "edge_ip_address" {
  description = "Point every public name at it (A records)`+((o=s(a,"if").call(r,s(n,"dnsZone"),{name:"if",hash:{},fn:e.program(4,l,0),inverse:e.noop,data:l,loc:{start:{line:198,column:58},end:{line:198,column:115}}}))!=null?o:"")+`."
  value       = google_compute_global_address.edge.address
}
`},useData:!0},"terraform/gcp-cloud-run/app-config.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "google_secret_manager_secret" "app" {
  for_each  = local.app_secrets
  secret_id = "`+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:22,column:17},end:{line:22,column:21}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:22,column:15},end:{line:22,column:23}}}):t))!=null?o:"")+`-\${replace(each.key, "/", "-")}"

  replication {
    auto {}
  }
}

# The runtime service account reads exactly these secrets.
resource "google_secret_manager_secret_iam_member" "app" {
  for_each  = google_secret_manager_secret.app
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:\${google_service_account.runtime.email}"
}

# deploy.yml's startup guard lists versions (whether a value exists), never reading one.
resource "google_secret_manager_secret_iam_member" "deploy_guard" {
  for_each  = google_secret_manager_secret.app
  secret_id = each.value.id
  role      = "roles/secretmanager.viewer"
  member    = "serviceAccount:\${google_service_account.deploy.email}"
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secret Manager secret created with no version: add one with
# \`gcloud secrets versions add\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((o=(t=s(a,"appPlainStaging")||i(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof t===c?t.call(r,{name:"appPlainStaging",hash:{},data:l,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):t))!=null?o:"")+`
    }
    production = {
`+((o=(t=s(a,"appPlainProduction")||i(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof t===c?t.call(r,{name:"appPlainProduction",hash:{},data:l,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):t))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(t=s(a,"appSecretsByService")||i(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof t===c?t.call(r,{name:"appSecretsByService",hash:{},data:l,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):t))!=null?o:"")+`
  }
  app_secrets = toset(flatten([for env in local.environments : [for name in distinct(flatten(values(local.app_secret_names))) : "\${env}/\${name}"]]))
}
`+((o=s(a,"if").call(r,s(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:18,column:0},end:{line:44,column:7}}}))!=null?o:"")},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):t))!=null?o:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((o=(t=s(a,"postgresMajor")||i(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof t===c?t.call(r,{name:"postgresMajor",hash:{},data:l,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):t))!=null?o:"")+`"
  region              = var.region
  deletion_protection = true

  settings {
    tier              = each.key == "production" ? "db-custom-2-7680" : "db-f1-micro"
    availability_type = each.key == "production" ? "REGIONAL" : "ZONAL"
    disk_autoresize   = true

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      transaction_log_retention_days = 7
      backup_retention_settings {
        retained_backups = 14
      }
    }

    ip_configuration {
      ipv4_enabled = false
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database" "app" {
  for_each = local.environments
  name     = "`+((o=(t=s(a,"dbName")||i(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof t===c?t.call(r,{name:"dbName",hash:{},data:l,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):t))!=null?o:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):t))!=null?o:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(t=s(a,"name")||i(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):t))!=null?o:"")+"/"+((o=(t=s(a,"name")||i(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):t))!=null?o:"")+`-backend:bootstrap"
        command = `+((o=(t=s(a,"migrateCommand")||i(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof t===c?t.call(r,{name:"migrateCommand",hash:{},data:l,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):t))!=null?o:"")+`
        # The migration imports the app's settings: the same variables as the api (app-config.tf).
        dynamic "env" {
          for_each = local.app_plain[each.key]["api"]
          content {
            name  = env.key
            value = env.value
          }
        }
        dynamic "env" {
          for_each = toset(local.app_secret_names["api"])
          content {
            name = env.value
            value_source {
              secret_key_ref {
                secret  = format("`+((o=(t=s(a,"name")||i(n,"name",{start:{line:65,column:36},end:{line:65,column:40}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:65,column:34},end:{line:65,column:42}}}):t))!=null?o:"")+`-%s-%s", each.key, env.value)
                version = "latest"
              }
            }
          }
        }
      }
      volumes {
        name = "cloudsql"
        cloud_sql_instance {
          instances = [google_sql_database_instance.db[each.key].connection_name]
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [template[0].template[0].containers[0].image, client, client_version]
  }
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.strict,c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=s(a,"if").call(i,s(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:1,column:0},end:{line:85,column:7}}}))!=null?o:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((o=(t=s(a,"name")||r(n,"name",{start:{line:89,column:16},end:{line:89,column:20}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:89,column:14},end:{line:89,column:22}}}):t))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((o=(t=s(a,"minReplicas")||r(n,"minReplicas",{start:{line:96,column:70},end:{line:96,column:81}}),typeof t===c?t.call(i,{name:"minReplicas",hash:{},data:l,loc:{start:{line:96,column:68},end:{line:96,column:83}}}):t))!=null?o:"")+` : 0
      max_instance_count = `+((o=(t=s(a,"maxReplicas")||r(n,"maxReplicas",{start:{line:97,column:29},end:{line:97,column:40}}),typeof t===c?t.call(i,{name:"maxReplicas",hash:{},data:l,loc:{start:{line:97,column:27},end:{line:97,column:42}}}):t))!=null?o:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(t=s(a,"name")||r(n,"name",{start:{line:100,column:64},end:{line:100,column:68}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:100,column:62},end:{line:100,column:70}}}):t))!=null?o:"")+"/"+((o=(t=s(a,"name")||r(n,"name",{start:{line:100,column:73},end:{line:100,column:77}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:100,column:71},end:{line:100,column:79}}}):t))!=null?o:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
      ports {
        container_port = local.services[each.value.key].port
      }
      dynamic "env" {
        for_each = local.app_plain[each.value.environment][each.value.key]
        content {
          name  = env.key
          value = env.value
        }
      }
      # Secrets by reference to Secret Manager, never as values (app-config.tf).
      dynamic "env" {
        for_each = toset(local.app_secret_names[each.value.key])
        content {
          name = env.value
          value_source {
            secret_key_ref {
              secret  = format("`+((o=(t=s(a,"name")||r(n,"name",{start:{line:118,column:34},end:{line:118,column:38}}),typeof t===c?t.call(i,{name:"name",hash:{},data:l,loc:{start:{line:118,column:32},end:{line:118,column:40}}}):t))!=null?o:"")+`-%s-%s", each.value.environment, env.value)
              version = "latest"
            }
          }
        }
      }
      # health is "" for a service without a health route: it is probed by TCP and has no liveness probe.
      startup_probe {
        dynamic "http_get" {
          for_each = local.services[each.value.key].health == "" ? [] : [1]
          content {
            path = local.services[each.value.key].health
          }
        }
        dynamic "tcp_socket" {
          for_each = local.services[each.value.key].health == "" ? [1] : []
          content {
            port = local.services[each.value.key].port
          }
        }
      }
      dynamic "liveness_probe" {
        for_each = local.services[each.value.key].health == "" ? [] : [1]
        content {
          http_get {
            path = local.services[each.value.key].health
          }
        }
      }
    }
  }

  # deploy.yml owns images and traffic splits after the first apply.
  lifecycle {
    ignore_changes = [template[0].containers[0].image, traffic, client, client_version]
  }
}

resource "google_cloud_run_v2_service_iam_member" "public" {
  for_each = google_cloud_run_v2_service.svc
  name     = each.value.name
  location = each.value.location
  role     = "roles/run.invoker"
  member   = "allUsers"
}
`},useData:!0},"terraform/gcp-cloud-run/logging.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Cloud Run writes stdout and stderr to Cloud Logging. The services' logs go to a bucket of their own,
# kept 90 days (the _Default bucket keeps 30), queried with
# \`gcloud logging read … --bucket=`+((o=(t=s(a,"name")||i(n,"name",{start:{line:3,column:36},end:{line:3,column:40}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:3,column:34},end:{line:3,column:42}}}):t))!=null?o:"")+`-logs --location=global --view=_AllLogs\`.
resource "google_logging_project_bucket_config" "app" {
  project        = var.project_id
  location       = "global"
  bucket_id      = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:7,column:22},end:{line:7,column:26}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:7,column:20},end:{line:7,column:28}}}):t))!=null?o:"")+`-logs"
  retention_days = 90
}

resource "google_logging_project_sink" "app" {
  name                   = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:12,column:30},end:{line:12,column:34}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:12,column:28},end:{line:12,column:36}}}):t))!=null?o:"")+'-cloud-run"\n  destination            = "logging.googleapis.com/projects/${var.project_id}/locations/global/buckets/${google_logging_project_bucket_config.app.bucket_id}"\n  filter                 = "resource.type=\\"cloud_run_revision\\" AND resource.labels.service_name:\\"'+((o=(t=s(a,"name")||i(n,"name",{start:{line:14,column:102},end:{line:14,column:106}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:14,column:100},end:{line:14,column:108}}}):t))!=null?o:"")+`-\\""
  unique_writer_identity = true
}
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((o=(t=s(a,"bucket")||i(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof t===c?t.call(r,{name:"bucket",hash:{},data:l,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):t))!=null?o:"")+`"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 30
    }
    action {
      type = "Delete"
    }
  }
}

resource "google_service_account" "backup" {
  account_id   = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):t))!=null?o:"")+`-backup"
  display_name = "backup.yml of `+((o=(t=s(a,"name")||i(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):t))!=null?o:"")+`"
}

resource "google_service_account_iam_member" "backup_wif" {
  service_account_id = google_service_account.backup.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.github.name}/attribute.repository/\${var.github_owner}/\${var.github_repository_name}"
}

resource "google_storage_bucket_iam_member" "backup" {
  bucket = google_storage_bucket.backups.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:\${google_service_account.backup.email}"
}
`},1:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((o=(t=i(a,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:l,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):t))!=null?o:"")+`: database disk above 80%"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.email.id]
  documentation {
    content = "Runbook: docs/runbooks/incident-response.md"
  }
  conditions {
    display_name = "Cloud SQL disk utilization above 80%"
    condition_threshold {
      filter          = "resource.type = \\"cloudsql_database\\" AND metric.type = \\"cloudsql.googleapis.com/database/disk/utilization\\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0.8
      duration        = "600s"
      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):t))!=null?o:"")+`-github"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.github.workload_identity_pool_id
  workload_identity_pool_provider_id = "github"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.repository == \\"\${var.github_owner}/\${var.github_repository_name}\\""

  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_service_account" "deploy" {
  account_id   = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):t))!=null?o:"")+`-deploy"
  display_name = "GitHub deploy of `+((o=(t=s(a,"name")||i(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):t))!=null?o:"")+`"
}

resource "google_service_account_iam_member" "deploy_wif" {
  service_account_id = google_service_account.deploy.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.github.name}/attribute.repository/\${var.github_owner}/\${var.github_repository_name}"
}

resource "google_project_iam_member" "deploy" {
  for_each = toset(["roles/run.admin", "roles/artifactregistry.writer", "roles/cloudsql.editor", "roles/iam.serviceAccountUser"])
  project  = var.project_id
  role     = each.key
  member   = "serviceAccount:\${google_service_account.deploy.email}"
}

resource "google_service_account" "runtime" {
  account_id   = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):t))!=null?o:"")+`-runtime"
  display_name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):t))!=null?o:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):t))!=null?o:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook and the per-client rate limit. With deploy.domain, infra/edge.tf attaches it to
# the external HTTPS load balancer in front of Cloud Run.
resource "google_compute_security_policy" "edge" {
  name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):t))!=null?o:"")+`-production-edge"

  rule {
    action   = "rate_based_ban"
    priority = 2000
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    rate_limit_options {
      conform_action   = "allow"
      exceed_action    = "deny(429)"
      ban_duration_sec = 600
      rate_limit_threshold {
        count        = `+((o=(t=s(a,"rateLimit")||i(n,"rateLimit",{start:{line:78,column:25},end:{line:78,column:34}}),typeof t===c?t.call(r,{name:"rateLimit",hash:{},data:l,loc:{start:{line:78,column:23},end:{line:78,column:36}}}):t))!=null?o:"")+`
        interval_sec = 300
      }
    }
  }

  rule {
    action   = "allow"
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}
`+((o=s(a,"if").call(r,s(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?o:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):t))!=null?o:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):t))!=null?o:"")+`: more than 5% 5xx"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.email.id]
  documentation {
    content = "Runbook: docs/runbooks/high-5xx-rate.md"
  }
  conditions {
    display_name = "5xx ratio above 5% for 5 minutes"
    condition_monitoring_query_language {
      query    = "fetch cloud_run_revision | metric 'run.googleapis.com/request_count' | align rate(1m) | every 1m | group_by [resource.service_name], [errors: sum(if(metric.response_code_class == '5xx', val(), 0)), all: sum(val())] | value [ratio: errors / all] | condition ratio > 0.05"
      duration = "300s"
    }
  }
}

resource "google_monitoring_alert_policy" "latency" {
  display_name          = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):t))!=null?o:"")+`: p95 latency above 500 ms"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.email.id]
  documentation {
    content = "Runbook: docs/runbooks/high-5xx-rate.md"
  }
  conditions {
    display_name = "p95 request latency above 500 ms for 10 minutes"
    condition_threshold {
      filter          = "resource.type = \\"cloud_run_revision\\" AND metric.type = \\"run.googleapis.com/request_latencies\\""
      comparison      = "COMPARISON_GT"
      threshold_value = 500
      duration        = "600s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_PERCENTILE_95"
        cross_series_reducer = "REDUCE_MAX"
        group_by_fields      = ["resource.label.service_name"]
      }
    }
  }
}

resource "google_monitoring_alert_policy" "cpu" {
  display_name          = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):t))!=null?o:"")+`: CPU above 90%"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.email.id]
  documentation {
    content = "Runbook: docs/runbooks/ddos-mitigation.md"
  }
  conditions {
    display_name = "container CPU above 90% for 15 minutes"
    condition_threshold {
      filter          = "resource.type = \\"cloud_run_revision\\" AND metric.type = \\"run.googleapis.com/container/cpu/utilizations\\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0.9
      duration        = "900s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_PERCENTILE_95"
        cross_series_reducer = "REDUCE_MAX"
        group_by_fields      = ["resource.label.service_name"]
      }
    }
  }
}
`+((o=s(a,"if").call(r,s(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?o:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((o=(t=s(a,"key")||i(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof t===c?t.call(r,{name:"key",hash:{},data:l,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):t))!=null?o:"")+" = { port = "+((o=(t=s(a,"port")||i(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof t===c?t.call(r,{name:"port",hash:{},data:l,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):t))!=null?o:"")+', health = "'+((o=s(a,"if").call(r,s(s(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,l,0),inverse:e.noop,data:l,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?o:"")+'" }'+((o=s(a,"unless").call(r,s(l,"last"),{name:"unless",hash:{},fn:e.program(2,l,0),inverse:e.noop,data:l,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?o:"")},1:function(e,n,a,u,l){var o,t,i=e.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return(o=(t=i(a,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:l,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):t))!=null?o:""},2:function(e,n,a,u,l){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=n??(e.nullContext||{}),r=e.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((o=(t=r(a,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof t=="function"?t.call(i,{name:"region",hash:{},data:l,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):t))!=null?o:"")+`"
}

variable "github_owner" {
  type = string
}

variable "github_repository_name" {
  type = string
}

variable "production_reviewer_team_ids" {
  type = list(number)
}

variable "alert_email" {
  type        = string
  description = "Address of the Cloud Monitoring notification channel."
}

locals {
  environments = toset(["staging", "production"])
  services     = { `+((o=r(a,"each").call(i,r(n,"services"),{name:"each",hash:{},fn:e.program(0,l,0),inverse:e.noop,data:l,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?o:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "`+((o=e.lambda(i(s(n,"providers"),"google",{start:{line:7,column:19},end:{line:7,column:35}}),n))!=null?o:"")+`"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in a GCS bucket; the gcs backend locks the state itself. Create the bucket once,
  # with object versioning on.
  backend "gcs" {
    bucket = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):t))!=null?o:"")+`-tfstate"
    prefix = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):t))!=null?o:"")+`"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region

  # Cost allocation: infra/costs.tf lists the labels; every resource that takes labels gets them.
  default_labels = local.cost_labels
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){return`variable "github_owner" {
  type = string
}

variable "github_repository_name" {
  type = string
}

variable "production_reviewer_team_ids" {
  type = list(number)
}

variable "api_server" {
  type        = string
  description = "URL of the cluster's API server (vars.K8S_API_SERVER)."
}

variable "ca_data" {
  type        = string
  description = "Base64 CA bundle of the API server (vars.K8S_CA_DATA)."
}

# deploy.yml reads these per environment; the API server must trust GitHub's OIDC issuer with
# audience "kubernetes" (structured authentication config) and map the subject to an RBAC user.
resource "github_actions_environment_variable" "k8s" {
  for_each = {
    "staging/K8S_API_SERVER"       = var.api_server
    "staging/K8S_CA_DATA"          = var.ca_data
    "staging/K8S_OIDC_AUDIENCE"    = "kubernetes"
    "production/K8S_API_SERVER"    = var.api_server
    "production/K8S_CA_DATA"       = var.ca_data
    "production/K8S_OIDC_AUDIENCE" = "kubernetes"
  }
  repository    = var.github_repository_name
  environment   = split("/", each.key)[0] == "staging" ? github_repository_environment.staging.environment : github_repository_environment.production.environment
  variable_name = split("/", each.key)[1]
  value         = each.value
}
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,a,u,l){var o,t,i=e.strict,r=n??(e.nullContext||{}),c="function",s=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # The cluster is yours already; this stack holds the GitHub side. State lives in a Kubernetes
  # Secret of the cluster, locked with a Lease (the kubernetes backend).
  backend "kubernetes" {
    secret_suffix = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):t))!=null?o:"")+`"
    namespace     = "`+((o=(t=s(a,"name")||i(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof t===c?t.call(r,{name:"name",hash:{},data:l,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):t))!=null?o:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function kt(e){let n=Ml[e];if(!n)throw new Error(`No template ${e} in this build`);return vt.template(n)}var bt=new Map;function $(e,n){let a=bt.get(e);return a||(a=kt(e),bt.set(e,a)),a(n)}function Hl(e,n){let a=n.strategy.context(e,n);return JSON.parse(a.cmd??"[]").join(" ")}function wt(e,n){let a=n.map(l=>({role:l.role,kind:l.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:E(l),context:l.context,command:Hl(e,l),port:l.port,probe:vn(l.probe,l.port),packageManager:l.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),u=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:$("docs/containers.md.hbs",{images:a,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:u,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:Te(e).route,healthPath:Te(e).path,workspace:n.some(l=>l.workspaceDir!=="."),pythonPackages:u?kn(e).packages.join(", "):""})}}var ye="docker";function ql(e,n){let a=[{kind:"text",path:E(n),component:ye,comment:"hash",text:$(n.strategy.template,{...n.strategy.context(e,n),buildArgs:hn(e,n.role).map(u=>u.name)})},{kind:"text",path:Re(n),component:ye,comment:"hash",text:$(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===Pn&&a.push({kind:"text",path:$n(n.dir,bn),component:ye,comment:"hash",text:$("docker/static/nginx-spa.conf.hbs",{port:n.port,...wn(e)})}),a}var tr={name:ye,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=I(e);return n.length===0?[]:[...n.flatMap(a=>ql(e,a)),wt(e,n)]}};var Vl=[/^(?:~|[Nn]ull|NULL)?$/,/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,/^0o[0-7]+$/,/^[-+]?[0-9]+$/,/^0x[0-9a-fA-F]+$/,/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],Fl=/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u,Wl=/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/,Je=/^(%|---|\.\.\.)/m,Kl=/(^|(?<!\n))\n+(?!\n|$)/g;function $t(e,n,a){let u=Qe(e,{indent:"",implicitKey:!1},n);return`${a===void 0?"":`${a.replace(/^(?!$)(?: $)?/gm,"#")}

`}${u}
`}function Qe(e,n,a,u="auto"){return Array.isArray(e)?Yl(e,n,a):e!==null&&typeof e=="object"?Xl(e,n,a):Et(e,n,u)}function Et(e,n,a){switch(typeof e){case"string":return a==="double"||Fl.test(e)?q(e,n):Jl(e,n);case"number":return Number.isFinite(e)?Object.is(e,-0)?"-0":JSON.stringify(e):Number.isNaN(e)?".nan":e<0?"-.inf":".inf";case"bigint":return String(e);case"boolean":return e?"true":"false";case"undefined":return"null";default:if(e===null)return"null";throw new TypeError(`YAML models hold plain data; got a ${typeof e}`)}}function Yl(e,n,a){if(e.length===0)return"[]";let u={indent:n.indent+"  ",implicitKey:!1};return e.map(l=>`- ${Qe(l,u,a)}`).join(`
${n.indent}`)}function Xl(e,n,a){let u=[],l=n.indent+"  ";for(let[o,t]of Object.entries(e)){if(t===void 0)continue;let i=Et(o,{indent:l,implicitKey:!0},"auto");if(i.length>1024)throw new RangeError(`YAML keys longer than 1024 characters are not supported: ${o.slice(0,40)}…`);let s=Qe(t,{indent:l,implicitKey:!1},a,typeof t=="string"?a.valueStyle(t):"auto"),m=a.valueComment(o,t),p=`${i}:`;t!==null&&typeof t=="object"&&s!=="[]"&&s!=="{}"?p+=`
${l}${s}`:p+=s===""||s[0]===`
`?s:` ${s}`,m!==void 0&&(p+=Zl(p,l,` ${m}`.replace(/^(?!$)(?: $)?/gm,"#"))),u.push(p)}return u.length===0?"{}":u.map((o,t)=>t===0?o:o?`${n.indent}${o}`:"").join(`
`)}function Zl(e,n,a){return e.endsWith(`
`)?Pt(a,n):a.includes(`
`)?`
${Pt(a,n)}`:`${e.endsWith(" ")?"":" "}${a}`}function Pt(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}function Jl(e,n){let{implicitKey:a,indent:u}=n;if(a&&e.includes(`
`))return q(e,n);if(Wl.test(e))return a||!e.includes(`
`)?q(e,n):Ze(e,n);if(!a&&e.includes(`
`))return Ze(e,n);if(Je.test(e)){if(u==="")return Ze(e,{...n,forceBlockIndent:!0});if(a&&u==="  ")return q(e,n)}let l=e.replace(/\n+/g,`$&
${u}`);return Vl.some(o=>o.test(l))?q(e,n):l}function q(e,n){let a=JSON.stringify(e),{implicitKey:u}=n,l=n.indent||(Je.test(e)?"  ":""),o="",t=0;for(let i=0,r=a[i];r;r=a[++i])if(r===" "&&a[i+1]==="\\"&&a[i+2]==="n"&&(o+=a.slice(t,i)+"\\ ",i+=1,t=i,r="\\"),r==="\\")if(a[i+1]==="u"){o+=a.slice(t,i);let c=a.substr(i+2,4);o+=Ql[c]??(c.startsWith("00")?`\\x${c.substr(2)}`:a.substr(i,6)),i+=5,t=i+1}else if(a[i+1]==="n"&&!(u||a[i+2]==='"'||a.length<40)){for(o+=a.slice(t,i)+`

`;a[i+2]==="\\"&&a[i+3]==="n"&&a[i+4]!=='"';)o+=`
`,i+=2;o+=l,a[i+2]===" "&&(o+="\\"),i+=1,t=i+1}else i+=1;return t?o+a.slice(t):a}var Ql={"0000":"\\0","0007":"\\a","000b":"\\v","001b":"\\e","0085":"\\N","00a0":"\\_",2028:"\\L",2029:"\\P"};function Ze(e,n){if(/\n[\t ]+$/.test(e))return q(e,n);let a=n.indent||(n.forceBlockIndent||Je.test(e)?"  ":""),u=e,l=u.length;for(;l>0&&`
	 `.includes(u[l-1]);)l--;let o=u.substring(l),t=o.indexOf(`
`),i=t===-1?"-":u===o||t!==o.length-1?"+":"";o&&(u=u.slice(0,-o.length),o.endsWith(`
`)&&(o=o.slice(0,-1)),o=o.replace(Kl,`$&${a}`));let r=!1,c=0,s=-1;for(;c<u.length;++c){let d=u[c];if(d===" ")r=!0;else if(d===`
`)s=c;else break}let m=u.substring(0,s<c?s+1:c);return m&&(u=u.substring(m.length),m=m.replace(/\n+/g,`$&${a}`)),`|${(r?a?"2":"1":"")+i}
${a}${m}${u.replace(/\n+/g,`$&${a}`)}${o}`}var ea=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,na={valueStyle:e=>ea.test(e)?"double":"auto",valueComment:(e,n)=>e==="uses"&&(n===null||typeof n!="object")?Cn(String(n)):void 0};function en(e,n=[]){return $t(e,na,n.length>0?n.map(a=>` ${a}`).join(`
`):void 0)}import{posix as Pa}from"node:path";function T(e){let n=[],a=I(e),u=l=>{let o=a.find(t=>t.role===l);if(!o)throw new Error(`no ${l} image build`);return{context:o.context,dockerfile:E(o),port:o.port,probe:o.probe,healthPath:o.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...u("backend"),urlVar:"API_URL",migrate:R(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...u("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function R(e){return e.database==="postgres"||e.database==="postgis"}function ta(e,n){let a=T(e);return{options:e,environment:n,services:a,migrator:a.find(u=>u.migrate),hasDatabase:R(e)}}function B(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var k=e=>`${e.options.name}-${e.environment}`,f=(...e)=>`${e.join(`
`)}
`,ve=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:y("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:f('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function Ot(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:$("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function Ct(){return{auth_enabled:!1,server:{http_listen_port:3100,grpc_listen_port:9096,log_level:"warn"},common:{instance_addr:"127.0.0.1",path_prefix:"/loki",storage:{filesystem:{chunks_directory:"/loki/chunks",rules_directory:"/loki/rules"}},replication_factor:1,ring:{kvstore:{store:"inmemory"}}},schema_config:{configs:[{from:"2024-04-01",store:"tsdb",object_store:"filesystem",schema:"v13",index:{prefix:"index_",period:"24h"}}]},limits_config:{retention_period:"720h",reject_old_samples:!0,reject_old_samples_max_age:"168h"},compactor:{working_directory:"/loki/compactor",compaction_interval:"10m",retention_enabled:!0,retention_delete_delay:"2h",delete_request_store:"filesystem"},analytics:{reporting_enabled:!1}}}var A="(?i)(error|exception|traceback|panic)",St=`http://127.0.0.1:${3100}`,nn=e=>`${e} |~ "${A}"`;function xt(e,n=St){return`curl -sG ${n}/loki/api/v1/query_range --data-urlencode 'query=${nn(e)}' --data-urlencode since=30m --data-urlencode limit=100`}function Tt(e,n){let a=`${St}/loki/api/v1/query_range?since=30m&limit=100&query=${encodeURIComponent(nn(n))}`;return`# LogQL: ${nn(n)}
${e} /busybox/wget -qO- '${a}'`}function Rt(e){let n=`${e.name}-prod`,a=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${a} --since 30m --all-containers --prefix`,logQuery:[`kubectl --namespace ${Y(e)} port-forward service/${e.name}-loki 3100:3100 >/dev/null &`,`sleep 2; ${xt(`{namespace="${n}", component="${e.backend.kind!=="none"?"api":"web"}"}`)}`,"kill %1"].join(`
`),events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${Q()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${a}`,`kubectl --namespace ${n} rollout undo deployment/${a}`,`kubectl --namespace ${n} rollout status deployment/${a} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${a} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${a}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var ke=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,At=e=>e==="production"?"prod":"dev",tn=(e,n)=>`${e.options.name}-${n.key}`;function Dt(e,n,a,u){let l=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...u?[`  echo "nameSuffix: ${u}"`]:[],`  echo "resources: [${a}]"`,'  echo "images:"'];for(let o of e.services)l.push(`  echo "  - { name: ${o.image}, newName: \${IMAGE_${o.key.toUpperCase()}%:*}, newTag: \${IMAGE_${o.key.toUpperCase()}##*:} }"`);return l.push(`} > ${n}/kustomization.yaml`),l}var It=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],Lt={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:ke(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:y("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:f('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:ve,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:tn(e,n)},run:f(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...Dt(e,"k8s/release",`../overlays/${At(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:f('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...It("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:f(...Dt(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...It("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${At(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:tn(e,n)},run:f("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:tn(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:f('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[Ot(e)],runbook:Rt,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};function jt(e){let n=e.deploy.region??"us-east-1",a=`${e.name}-production`,u=e.backend.kind!=="none"?`${a}-api`:`${a}-web`,l=e.deploy.strategy==="rolling"?u:`${u}-blue ${u}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${a} --services ${l} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${a} --region ${n} --since 30m --follow`,logQuery:[`id=$(aws logs start-query --region ${n} --log-group-name /ecs/${a} --start-time $(($(date +%s) - 1800)) --end-time "$(date +%s)" --query-string 'fields @timestamp, @logStream, @message | filter @message like /${A}/ | sort @timestamp desc | limit 100' --query queryId --output text)`,`aws logs get-query-results --region ${n} --query-id "$id"   # Logs Insights; repeat until "status": "Complete"`].join(`
`),events:`aws ecs describe-services --region ${n} --cluster ${a} --services ${l} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${a} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${a} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${u} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${a} --service ${u} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${a} --services ${u}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${u} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${u}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${u}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${u}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${a} --service ${u} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${a} --service ${u} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${a}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${a}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${a}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var be=e=>e.options.deploy.strategy!=="rolling";function we(e,n){let a=`${k(e)}-${n.key}`;return{service:a,blue:`${a}-blue`,green:`${a}-green`,loadBalancer:a}}function oa(e,n){let a=we(e,n),u=n.key;return[be(e)?{id:`previous-${u}`,name:`Find the live and idle ${u} services (blue/green)`,env:{LB_NAME:a.loadBalancer,BLUE:a.blue,GREEN:a.green},run:f(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${u}.json"`)}:{id:`previous-${u}`,name:`Record the running ${u} task definition`,env:{SERVICE:a.service},run:f(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${u}.json"`)},{id:`render-${u}`,name:`Put the new ${u} image into the task definition`,uses:y("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${u}.json`,"container-name":u,image:`\${{ env.IMAGE_${u.toUpperCase()} }}`,...gn(e.options,e.environment,u)}},{id:`register-${u}`,name:`Register the ${u} task definition (no service: deploy comes after migrations)`,uses:y("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${u}.outputs.task-definition }}`}}]}function la(e,n){return be(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:we(e,n).service}var Ut={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:k(e),DB_INSTANCE_ID:k(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:y("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:y("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:y("aws-actions/amazon-ecr-login")}],prepare:oa,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:f('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:la(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:f(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:B(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let a=n.key,u=`\${{ steps.register-${a}.outputs.task-definition-arn }}`;return be(e)?[{id:`deploy-${a}`,name:`Deploy ${a} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${a}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${a}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${a}.outputs.idle_tg }}`,TASK_DEFINITION:u},run:f(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${a}`,name:`Deploy ${a} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:we(e,n).service,TASK_DEFINITION:u},run:f('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,a)=>[{id:`shift-${n.key}-${a}`,name:`Send ${a}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:f(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${a}},{TargetGroupArn=$LIVE_TG,Weight=${100-a}}]}" > /dev/null`)}],rollback:(e,n)=>{let a=n.key;return be(e)?[{name:`Send all ${a} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${a}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${a}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${a}.outputs.live_tg }}`},run:f('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${a} is back on the previous version"`)}]:[{name:`Roll ${a} back to the previous task definition`,env:{SERVICE:we(e,n).service,PREVIOUS:`\${{ steps.previous-${a}.outputs.task_definition }}`},run:f('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:jt,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function Bt(e){let n=`${e.name}-production`,a=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,u=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${a} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${a} --resource-group ${n} --tail 200 --follow`,logQuery:[`workspace=$(az monitor log-analytics workspace show --resource-group ${n} --workspace-name ${n}-logs --query customerId --output tsv)`,`kql="ContainerAppConsoleLogs_CL | where ContainerAppName_s == '${a}'"`,'kql="$kql and TimeGenerated > ago(30m)"',`kql="$kql and Log_s matches regex '${A}'"`,'kql="$kql | project TimeGenerated, RevisionName_s, Log_s"','kql="$kql | order by TimeGenerated desc | take 100"','az monitor log-analytics query --workspace "$workspace" --analytics-query "$kql" --output table'].join(`
`),events:`az containerapp logs show --name ${a} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${a} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${a} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${a} --resource-group ${n} --image "$(az containerapp revision show --name ${a} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${a} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${a} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${a} --resource-group ${n} --revision "$(az containerapp show --name ${a} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${u} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${a} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var Gt=e=>e.options.deploy.strategy!=="rolling",Pe=(e,n)=>`${k(e)}-${n.key}`,Nt=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:y("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],zt={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:k(e),PG_SERVER:`${k(e)}-pg`}),login:Nt,registry:()=>[...Nt(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:f('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:Pe(e,n)},run:f('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:f('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${k(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:f('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let a=n.key,u={APP:Pe(e,n),IMAGE:`\${{ env.IMAGE_${a.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return Gt(e)?[{id:`deploy-${a}`,name:`Deploy ${a} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...u,PREVIOUS:`\${{ steps.previous-${a}.outputs.revision }}`},run:f("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${a}`,name:`Deploy ${a} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:u,run:f('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,a)=>[{id:`shift-${n.key}-${a}`,name:`Send ${a}% of ${n.key} traffic to the new revision`,env:{APP:Pe(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:f(a>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${a}" "$PREVIOUS=${100-a}" --output none`)}],rollback:(e,n)=>{let a=n.key,u={APP:Pe(e,n),PREVIOUS:`\${{ steps.previous-${a}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${a}.outputs.image }}`};return[{name:`Roll ${a} back to the previous revision`,env:u,run:Gt(e)?f('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):f('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:Bt,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var X=e=>["compose.prod.yml",e.edge.tunnel?"compose.tunnel.yml":"compose.caddy.yml"],on=e=>`docker compose ${X(e).map(n=>`-f ${n}`).join(" ")}`,ln=e=>[...e.edge.tunnel?["cloudflared"]:[],"deploy","scripts"];function Mt(e){let n=on(e),a=`cd /srv/${e.name} && `,u=e.backend.kind!=="none"?"backend":"frontend";return{status:`${a}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${a}${n} logs --since 30m --tail 200 ${u}`,logQuery:Tt(`${a}${n} exec -T loki`,`{project="${e.name}", service="${u}"}`),events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${a}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${u}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${u} "$previous"`].join(`
`),scaleOut:`${a}${n} up --detach --no-deps --scale ${u}=2 ${u}`,restartService:`${a}${n} restart ${u}`,storageCheck:`${a}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:e.edge.tunnel?"# Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)":"sudo iptables -I DOCKER-USER -s <cidr> -j DROP   # Caddy publishes 80/443 on the host: block the offending CIDRs before Docker's rules"}}var Ht=e=>`/srv/${e.name}`,$e=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},an=e=>e.options.deploy.strategy==="blue-green",C=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function aa(e){let n=T(e).map(a=>({key:a.key,port:a.port,healthPath:a.probe.route?a.healthPath:"",...$e(a)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:$("scripts/deploy_remote.sh.hbs",{deployDir:Ht(e),composeFiles:X(e),services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:B(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var qt={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:Ht(e.options)}),login:e=>[{name:"Load the deploy SSH key into an agent",uses:y("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:f("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:f(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${X(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,`scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r ${ln(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`)}],registry:ve,prepare:(e,n)=>[an(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:f(`echo "colour=$(${C(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:f(`echo "image=$(${C(`current ${$e(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:f(C('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:f(C('migrate "$IMAGE"'))}],deploy:(e,n)=>[an(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:f(`idle=$(${C(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:f(C(`deploy ${$e(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:f(C(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>an(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:f(C(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:f(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,C(`deploy ${$e(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[aa(e)],runbook:Mt,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function Vt(e){let n=e.deploy.region??"us-central1",a=`${e.name}-production`,u=e.backend.kind!=="none"?`${a}-api`:`${a}-web`;return{status:`gcloud run services describe ${u} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${u}" AND severity>=WARNING' --freshness 30m --limit 100`,logQuery:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${u}" AND (severity>=ERROR OR textPayload=~"${A}" OR jsonPayload.message=~"${A}")' --bucket=${e.name}-logs --location=global --view=_AllLogs --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${u} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${a} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${a} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${u} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${u} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${u} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${u} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${a}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var rn="us-central1",ra=e=>e.options.deploy.strategy!=="rolling",ia=e=>e.options.deploy.region??rn,Ee=(e,n)=>`${k(e)}-${n.key}`,Ft=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:y("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:y("google-github-actions/setup-gcloud")}],Wt={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:rn,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:ia(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:k(e)}),login:Ft,registry:e=>[...Ft(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??rn,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:f('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:Ee(e,n)},run:f(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:f(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${k(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:f('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let a=n.key,u={SERVICE:Ee(e,n),IMAGE:`\${{ env.IMAGE_${a.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return ra(e)?[{id:`deploy-${a}`,name:`Deploy ${a} without traffic and check the tagged revision`,"timeout-minutes":20,env:u,run:f('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${a}`,name:`Deploy ${a} and move all traffic once the revision is ready`,"timeout-minutes":20,env:u,run:f('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,a)=>[{id:`shift-${n.key}-${a}`,name:`Send ${a}% of ${n.key} traffic to the new revision`,env:{SERVICE:Ee(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:f(a>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${a},$PREVIOUS=${100-a}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:Ee(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:f('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:Vt,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};var sa={"aws-ecs":Ut,"gcp-cloud-run":Wt,"azure-container-apps":zt,kubernetes:Lt,compose:qt};function mi(e){let n=sa[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw fn(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var Kt="public, max-age=31536000, immutable";function Oe(e){let n=[];return e.backend.kind==="django"&&n.push({prefix:"/static/",key:"api",why:"Django static files (collectstatic with hashed names).",cacheControl:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&n.push({prefix:"/_next/static/",key:"web",why:"Next.js build output: content-hashed, cached for a year.",cacheControl:Kt,expires:"1y"}),e.frontend.kind==="react-vite"&&n.push({prefix:"/assets/",key:"web",why:"Vite build output: content-hashed, cached for a year.",cacheControl:Kt,expires:"1y"}),n}function Yt(e){let n=e.deploy.domain;if(!n)return[];let a=T(e),u=a.length>1,l=e.edge.dnsZone??n;return["production","staging"].flatMap(o=>a.map(t=>{let i=[t.key==="api"&&u?"api":"",o==="staging"?"staging":""].filter(Boolean).join("-"),r=i?`${i}.${n}`:n,c=r===l?"@":r.slice(0,-(l.length+1));return{id:`${o}-${t.key}`,environment:o,key:t.key,host:r,record:c,staticPaths:Oe(e).filter(s=>s.key===t.key).map(s=>`${s.prefix}*`)}}))}var ca=["certificate","expiry alert","cdn","rate limit","budget","cost tags"],Ce="no deploy.domain; set --domain (and --dns-zone) to turn it on",ua={"aws-ecs":{certificate:"ACM certificates validated in Route 53, renewed by ACM (infra/edge.tf)","expiry alert":"blackbox probe_ssl_earliest_cert_expiry and uptime.yml; with --dns-zone, a CloudWatch alarm on ACM DaysToExpiry",cdn:"CloudFront in front of the load balancers, static paths cached long (infra/edge.tf)","rate limit":"WAFv2 web ACL on CloudFront: rate-based rule and AWS managed rule groups (infra/edge.tf)",budget:"aws_budgets_budget, actual and forecast alerts at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_tags, activated as cost-allocation tags (infra/versions.tf, infra/costs.tf)"},"gcp-cloud-run":{certificate:"Google-managed certificate on a global external load balancer (infra/edge.tf)","expiry alert":"uptime check with an alert on time_until_ssl_cert_expires; blackbox probe; uptime.yml",cdn:"Cloud CDN on the load balancer's backends, static content cached (infra/edge.tf)","rate limit":"Cloud Armor rate_based_ban policy on the backends (infra/edge.tf)",budget:"google_billing_budget, actual and forecast thresholds at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_labels on every resource (infra/versions.tf, infra/costs.tf)"},"azure-container-apps":{certificate:"Front Door managed certificate on each custom domain (infra/edge.tf)","expiry alert":"Application Insights standard test failing 14 days before expiry; blackbox probe; uptime.yml",cdn:"Front Door routes caching the static paths (infra/edge.tf)","rate limit":"Front Door WAF policy with a rate-limit rule (infra/edge.tf)",budget:"azurerm_consumption_budget_resource_group per environment, actual and forecast notifications (infra/costs.tf)","cost tags":"tags on the resource groups, inherited by every resource through Azure Policy (infra/costs.tf)"},kubernetes:{certificate:"cert-manager ClusterIssuer (Let's Encrypt) and Certificate, Ingress TLS (k8s/)","expiry alert":"alert rules on probe_ssl_earliest_cert_expiry and cert-manager's expiry metric; uptime.yml",cdn:"static-cache nginx Deployment the Ingress sends the static paths to: proxy_cache in front of the app, X-Cache-Status on each response (k8s/base)","rate limit":"ingress-nginx per-client limits on the Ingress (k8s/base)",budget:"Prometheus alert on OpenCost's cost metrics against budget.monthly (monitoring/edge-alerts.yml)","cost tags":"cost-allocation labels on every workload and namespace (k8s/)"},compose:{certificate:"Cloudflare's edge certificate, renewed by Cloudflare; the tunnel needs no origin certificate","expiry alert":"blackbox probe_ssl_earliest_cert_expiry; uptime.yml",cdn:"Cloudflare cache rule for the static paths (infra/edge.tf)","rate limit":"Cloudflare rate-limiting rule (infra/edge.tf)",budget:"","cost tags":""}},ma={certificate:"Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS, kept in the caddy_data volume (compose.caddy.yml, deploy/caddy/Caddyfile)",cdn:"proxy_cache in the nginx proxy behind Caddy for the static paths, on the proxy-cache volume, X-Cache-Status on each response (deploy/nginx/nginx.conf)","rate limit":"per-client limits in the nginx proxy behind Caddy (deploy/nginx/nginx.conf); no Cloudflare rule without the tunnel"},Xt={s3:"aws-ecs",gcs:"gcp-cloud-run","azure-blob":"azure-container-apps"};function sn(e){if(e.cloud!=="compose"||!R(e))return;let n=e.backup.target;return n in Xt?Xt[n]:void 0}var pa={"aws-ecs":{budget:"aws_budgets_budget on what carries the project tag (the backup bucket), actual and forecast alerts at 80 % and 100 % (infra/backup-costs.tf)","cost tags":"provider default_tags on the adopted backup bucket, activated as cost-allocation tags (infra/backup-costs.tf)"},"gcp-cloud-run":{budget:"google_billing_budget on what carries the project label (the backup bucket), actual and forecast thresholds at 80 % and 100 % (infra/backup-costs.tf)","cost tags":"provider default_labels on the adopted backup bucket (infra/backup-costs.tf)"},"azure-container-apps":{budget:"azurerm_consumption_budget_resource_group on the backup storage account's resource group, filtered on the project tag, actual and forecast notifications at 80 % and 100 % (infra/backup-costs.tf)","cost tags":"tags on the adopted backup storage account (infra/backup-costs.tf)"}};function Zt(e){return`a self-hosted server has a fixed bill and ${R(e)?`backup.target is ${e.backup.target}`:"no database, so no backup storage"}: set a billing alert with the server's provider, or back up to s3, gcs or azure-blob (--backup) for a budget and tags on that storage (docs/costs.md)`}var da=e=>e.cloud==="kubernetes"||e.cloud==="compose"&&!e.edge.tunnel,fa="the stack serves no static paths to cache (Next.js /_next/static/, Vite /assets/, Django /static/) (docs/cdn.md)",_a={compose:{budget:e=>sn(e)?void 0:Zt(e),"cost tags":e=>sn(e)?void 0:Zt(e)}};function ha(e){if(T(e).length===0)return[];let n=e.cloud,a=u=>{let l=_a[n]?.[u]?.(e);if(l)return l;let o=e.deploy.domain;switch(u){case"expiry alert":return o?void 0:Ce;case"certificate":return o?n==="aws-ecs"&&!e.edge.dnsZone?"aws-ecs validates ACM certificates in Route 53; set --dns-zone (until then infra takes var.certificate_arn)":void 0:Ce;case"cdn":return e.edge.cdn?o&&da(e)&&Oe(e).length===0?fa:o?n==="aws-ecs"&&!e.edge.dnsZone?"CloudFront needs the ACM certificate; set --dns-zone":void 0:Ce:"edge.cdn is false";case"rate limit":return e.edge.waf?o?n==="aws-ecs"&&!e.edge.dnsZone?"the CloudFront web ACL needs the ACM certificate; set --dns-zone (the load balancer's own rate rule stays)":void 0:Ce:"edge.waf is false";case"budget":return e.budget.monthly===!1?"budget.monthly is false":void 0;case"cost tags":return}};return ca.map(u=>{let l=a(u);if(l)return{piece:u,reason:l};let o=n==="compose"&&!e.edge.tunnel?ma[u]:void 0,t=sn(e),i=t&&(u==="budget"||u==="cost tags")?pa[t][u]:void 0;return{piece:u,what:o??i??ua[n][u]}})}var Jt=(e,n)=>ha(e).some(a=>a.piece===n&&"what"in a);var ga="https://acme-v02.api.letsencrypt.org/directory",cn="letsencrypt",un=e=>({project:e.name,...e.costTags}),ya=e=>`${e.name}-tls`;function Pi(e){let n=e.edge.acmeEmail??e.notifications.email,a=e.edge.challenge==="dns-01"?{dns01:{cloudflare:{apiTokenSecretRef:{name:"cloudflare-api-token",key:"api-token"}}},selector:{dnsZones:[e.edge.dnsZone]}}:{http01:{ingress:{class:"nginx"}}};return{apiVersion:"cert-manager.io/v1",kind:"ClusterIssuer",metadata:{name:cn,labels:{"app.kubernetes.io/part-of":e.name,...un(e)}},spec:{acme:{server:ga,...n?{email:n}:{},privateKeySecretRef:{name:`${cn}-account-key`},solvers:[a]}}}}function $i(e,n){return{apiVersion:"cert-manager.io/v1",kind:"Certificate",metadata:{name:e.name,labels:n},spec:{secretName:ya(e),issuerRef:{kind:"ClusterIssuer",name:cn},dnsNames:Yt(e).filter(a=>a.environment==="production").map(a=>a.host),duration:"2160h",renewBefore:"720h",privateKey:{algorithm:"ECDSA",size:256,rotationPolicy:"Always"}}}}var Ei=e=>e.cloud==="kubernetes"&&Jt(e,"certificate");var h=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name,...un(e)}),N=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),V=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),F=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),Qt=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function Ri(e,n){let a=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(yn).map(([l,o])=>({name:l,value:o}))}}:{tcpSocket:{port:"http"}},u=(l,o)=>({...a,periodSeconds:l,timeoutSeconds:3,failureThreshold:o});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:h(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:N(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:h(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:V(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:Qt(e),readinessProbe:u(5,3),livenessProbe:{...u(15,4),initialDelaySeconds:20},startupProbe:u(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:F(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var Ai=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:h(e,n.key)},spec:{type:"ClusterIP",selector:N(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),Di=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:h(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),Ii=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:h(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:N(e,n.key)}}}),Li=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:h(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:h(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:V(10001),containers:[{name:"migrate",image:n.image,command:B(e),envFrom:Qt(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:F(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function ji(e){if(!R(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:h(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:h(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:h(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:h(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:V(70),containers:[{name:"pg-dump",image:Q(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:F(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var Se="127.0.0.1:8686",va="/var/lib/docker/containers",eo=(e,n,a)=>({type:"loki",inputs:n,endpoint:e,encoding:{codec:"text"},labels:a,out_of_order_action:"accept"});function Gi(e){return{data_dir:"/var/lib/vector",api:{enabled:!0,address:Se},sources:{docker:{type:"file",include:[`${va}/*/*-json.log`],read_from:"beginning"}},transforms:{parsed:{type:"remap",inputs:["docker"],source:["entry = object!(parse_json!(string!(.message)))","attrs = object(entry.attrs) ?? {}",'.project = string(attrs."com.docker.compose.project") ?? ""','.service = string(attrs."com.docker.compose.service") ?? "unknown"','.stream = string(entry.stream) ?? "stdout"','.timestamp = parse_timestamp(string(entry.time) ?? "", "%+") ?? now()','.message = strip_whitespace(string(entry.log) ?? "")'].join(`
`)},project:{type:"filter",inputs:["parsed"],condition:`.project == ${JSON.stringify(e.name)}`}},sinks:{loki:eo(`http://loki:${3100}`,["project"],{project:e.name,service:"{{ service }}",stream:"{{ stream }}"})}}}function no(e,n,a){return{data_dir:"/vector-data-dir",api:{enabled:!0,address:`0.0.0.0:${Se.split(":")[1]}`},sources:{pods:{type:"kubernetes_logs",extra_namespace_label_selector:`kubernetes.io/metadata.name in (${a.join(",")})`}},transforms:{labelled:{type:"remap",inputs:["pods"],source:[".namespace = .kubernetes.pod_namespace",".container = .kubernetes.container_name",'.component = string(.kubernetes.pod_labels."app.kubernetes.io/component") ?? "unknown"'].join(`
`)}},sinks:{loki:eo(n,["labelled"],{project:e.name,namespace:"{{ namespace }}",component:"{{ component }}",container:"{{ container }}",stream:"{{ stream }}"})}}}var to="k8s/logging",Y=e=>`${e.name}-logging`,oo=10001,ka=Number(Se.split(":")[1]),lo=(e,n)=>({requests:{cpu:e,memory:n},limits:{memory:n}}),xe=(e,n,a)=>({httpGet:{path:e,port:n},periodSeconds:a,timeoutSeconds:3,failureThreshold:3});function ba(e){let n=`${e.name}-loki`;return[{apiVersion:"v1",kind:"ConfigMap",metadata:{name:n,labels:h(e,"loki")},data:{"loki.yaml":en(Ct())}},{apiVersion:"v1",kind:"Service",metadata:{name:n,labels:h(e,"loki")},spec:{selector:N(e,"loki"),ports:[{name:"http",port:3100,targetPort:"http"}]}},{apiVersion:"apps/v1",kind:"StatefulSet",metadata:{name:n,labels:h(e,"loki")},spec:{serviceName:n,replicas:1,selector:{matchLabels:N(e,"loki")},template:{metadata:{labels:h(e,"loki")},spec:{securityContext:V(oo),containers:[{name:"loki",image:J("grafana/loki:3.5.8"),args:["-config.file=/etc/loki/loki.yaml"],ports:[{name:"http",containerPort:3100}],readinessProbe:xe("/ready","http",10),livenessProbe:{...xe("/ready","http",30),initialDelaySeconds:45},resources:lo("100m","512Mi"),securityContext:F(),volumeMounts:[{name:"config",mountPath:"/etc/loki",readOnly:!0},{name:"data",mountPath:"/loki"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"config",configMap:{name:n}},{name:"tmp",emptyDir:{}}]}},volumeClaimTemplates:[{metadata:{name:"data"},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"10Gi"}}}}]}}]}function wa(e){let n=`${e.name}-vector`,a=[ke(e.name,"staging"),ke(e.name,"production")],u=no(e,`http://${e.name}-loki.${Y(e)}.svc:${3100}`,a);return[{apiVersion:"v1",kind:"ServiceAccount",metadata:{name:n,labels:h(e,"vector")}},{apiVersion:"rbac.authorization.k8s.io/v1",kind:"ClusterRole",metadata:{name:n,labels:h(e,"vector")},rules:[{apiGroups:[""],resources:["pods","namespaces","nodes"],verbs:["get","list","watch"]}]},{apiVersion:"rbac.authorization.k8s.io/v1",kind:"ClusterRoleBinding",metadata:{name:n,labels:h(e,"vector")},roleRef:{apiGroup:"rbac.authorization.k8s.io",kind:"ClusterRole",name:n},subjects:[{kind:"ServiceAccount",name:n,namespace:Y(e)}]},{apiVersion:"v1",kind:"ConfigMap",metadata:{name:n,labels:h(e,"vector")},data:{"vector.yaml":en(u)}},{apiVersion:"apps/v1",kind:"DaemonSet",metadata:{name:n,labels:h(e,"vector")},spec:{selector:{matchLabels:N(e,"vector")},template:{metadata:{labels:h(e,"vector")},spec:{serviceAccountName:n,securityContext:{...V(oo),supplementalGroups:[0]},tolerations:[{operator:"Exists",effect:"NoSchedule"}],containers:[{name:"vector",image:J("timberio/vector:0.58.0-alpine"),args:["--config","/etc/vector/vector.yaml"],env:[{name:"VECTOR_SELF_NODE_NAME",valueFrom:{fieldRef:{fieldPath:"spec.nodeName"}}}],ports:[{name:"api",containerPort:ka}],readinessProbe:xe("/health","api",10),livenessProbe:xe("/health","api",30),resources:lo("50m","256Mi"),securityContext:F(),volumeMounts:[{name:"config",mountPath:"/etc/vector",readOnly:!0},{name:"pod-logs",mountPath:"/var/log/pods",readOnly:!0},{name:"data",mountPath:"/vector-data-dir"}]}],volumes:[{name:"config",configMap:{name:n}},{name:"pod-logs",hostPath:{path:"/var/log/pods",type:"Directory"}},{name:"data",emptyDir:{}}]}}}}]}function Wi(e){return[{apiVersion:"v1",kind:"Namespace",metadata:{name:Y(e),labels:h(e,"logging")}},...ba(e),...wa(e)]}function ao(e){let n=[],{backend:a,frontend:u}=e;if(a.kind==="django"||a.kind==="fastapi"){let o=a.packageManager,t=o==="uv"?"uv":"pip";n.push({ecosystem:t,renovate:o==="uv"?"pep621":o==="poetry"?"poetry":"pip_requirements",directory:a.dir})}else a.kind!=="none"&&n.push(mn(a.packageManager,a.dir));u.kind!=="none"&&n.push(mn(u.packageManager,u.dir)),e.library.kind!=="none"&&n.push(mn(e.library.packageManager,e.library.dir));for(let o of I(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:Pa.dirname(E(o))});if(e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),io(e))for(let o of ro)n.push({ecosystem:"docker",renovate:"kubernetes",directory:o});n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let l=new Set;return n.filter(o=>{let t=`${o.ecosystem}:${o.directory}`;return l.has(t)?!1:(l.add(t),!0)})}var ro=["k8s/base",to],io=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function mn(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}function $a(e,n){return{"package-ecosystem":e,..."directory"in n?{directory:n.directory}:{directories:[...n.directories]},schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${e}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}}var Ea=e=>e==="."?"/":`/${e}`;function Oa(e){let n=ao(e).map(a=>$a(a.ecosystem,{directory:Ea(a.directory)}));return{kind:"yaml",path:En(e),component:"dependency-updates",data:{version:2,updates:n}}}function Ca(e){let n=ao(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(a=>a.renovate))],...io(e)?{kubernetes:{managerFilePatterns:ro.map(a=>`/^${a}/.+\\.yaml$/`)}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var Qi={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?Ca(e):Oa(e)]};export{y as a,$ as b,Hl as c,tr as d,en as e,T as f,R as g,ta as h,B as i,k as j,f as k,Ct as l,ke as m,on as n,$e as o,sa as p,mi as q,Oe as r,Yt as s,sn as t,ha as u,Jt as v,Pi as w,$i as x,Ei as y,h as z,N as A,V as B,F as C,Ri as D,Ai as E,Di as F,Ii as G,Li as H,ji as I,Se as J,va as K,Gi as L,to as M,Y as N,Wi as O,$a as P,Ea as Q,Qi as R};
