import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{b as Xt}from"./chunk-2SCTJN4E.js";import{a as j,b as P,d as Hn,e as qn,f as eo,g as ge,h as ye}from"./chunk-JWCVA3DF.js";import{d as Qt,p as Zt}from"./chunk-WIKVAVTZ.js";import{b as Jt,c as x}from"./chunk-HYMPNKDN.js";import{c as $,e as Pi}from"./chunk-W2CXPP6G.js";var N=$(A=>{"use strict";A.__esModule=!0;A.extend=so;A.indexOf=Bi;A.escapeExpression=ji;A.isEmpty=Ni;A.createFrame=Li;A.blockParams=Ui;A.appendContextPath=Mi;var Ti={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Ai=/[&<>"'`=]/g,Di=/[&<>"'`=]/;function Ii(e){return Ti[e]}function so(e){for(var n=1;n<arguments.length;n++)for(var t in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],t)&&(e[t]=arguments[n][t]);return e}var zn=Object.prototype.toString;A.toString=zn;var Vn=function(n){return typeof n=="function"};Vn(/x/)&&(A.isFunction=Vn=function(e){return typeof e=="function"&&zn.call(e)==="[object Function]"});A.isFunction=Vn;var lo=Array.isArray||function(e){return e&&typeof e=="object"?zn.call(e)==="[object Array]":!1};A.isArray=lo;function Bi(e,n){for(var t=0,l=e.length;t<l;t++)if(e[t]===n)return t;return-1}function ji(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return Di.test(e)?e.replace(Ai,Ii):e}function Ni(e){return!e&&e!==0?!0:!!(lo(e)&&e.length===0)}function Li(e){var n=so({},e);return n._parent=e,n}function Ui(e,n){return e.path=n,e}function Mi(e,n){return(e?e+".":"")+n}});var Y=$((Ve,co)=>{"use strict";Ve.__esModule=!0;var Fn=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Wn(e,n){var t=n&&n.loc,l=void 0,a=void 0,r=void 0,o=void 0;t&&t.start&&(l=t.start.line,r=t.start.column,t.end&&(a=t.end.line,o=t.end.column),e+=" - "+l+":"+r);for(var s=Error.prototype.constructor.call(this,e),i=0;i<Fn.length;i++)this[Fn[i]]=s[Fn[i]];Error.captureStackTrace&&Error.captureStackTrace(this,Wn);try{t&&(this.lineNumber=l,this.endLineNumber=a,Object.defineProperty?(Object.defineProperty(this,"column",{value:r,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:o,enumerable:!0})):(this.column=r,this.endColumn=o))}catch{}}Wn.prototype=new Error;Ve.default=Wn;co.exports=Ve.default});var mo=$((ze,uo)=>{"use strict";ze.__esModule=!0;var Kn=N();ze.default=function(e){e.registerHelper("blockHelperMissing",function(n,t){var l=t.inverse,a=t.fn;if(n===!0)return a(this);if(n===!1||n==null)return l(this);if(Kn.isArray(n))return n.length>0?(t.ids&&(t.ids=[t.name]),e.helpers.each(n,t)):l(this);if(t.data&&t.ids){var r=Kn.createFrame(t.data);r.contextPath=Kn.appendContextPath(t.data.contextPath,t.name),t={data:r}}return a(n,t)})};uo.exports=ze.default});var fo=$((Fe,po)=>{"use strict";Fe.__esModule=!0;function Gi(e){return e&&e.__esModule?e:{default:e}}var _e=N(),Hi=Y(),qi=Gi(Hi);function Vi(e){try{var n=e.return;_e.isFunction(n)&&n.call(e)}catch{}}Fe.default=function(e){e.registerHelper("each",function(n,t){if(!t)throw new qi.default("Must pass iterator to #each");var l=t.fn,a=t.inverse,r=0,o="",s=void 0,i=void 0;t.data&&t.ids&&(i=_e.appendContextPath(t.data.contextPath,t.ids[0])+"."),_e.isFunction(n)&&(n=n.call(this)),t.data&&(s=_e.createFrame(t.data));function u(E,ee,Ei,Yt){s&&(s.key=E,s.index=ee,s.first=ee===0,s.last=!!Ei,i&&(s.contextPath=i+E)),o=o+l(Yt,{data:s,blockParams:_e.blockParams([Yt,E],[i+E,null])})}if(n&&typeof n=="object")if(_e.isArray(n))for(var c=n.length;r<c;r++)r in n&&u(r,r,r===n.length-1,n[r]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),p=m.next();!p.done;){var d=m.next();try{u(r,r,d.done,p.value)}catch(E){throw d.done||Vi(m),E}p=d,r++}else(function(){var E=void 0;Object.keys(n).forEach(function(ee){E!==void 0&&u(E,r-1,!1,n[E]),E=ee,r++}),E!==void 0&&u(E,r-1,!0,n[E])})();return r===0&&(o=a(this)),o})};po.exports=Fe.default});var go=$((We,ho)=>{"use strict";We.__esModule=!0;function zi(e){return e&&e.__esModule?e:{default:e}}var Fi=Y(),Wi=zi(Fi);We.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new Wi.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};ho.exports=We.default});var ko=$((Ke,bo)=>{"use strict";Ke.__esModule=!0;function Ki(e){return e&&e.__esModule?e:{default:e}}var yo=N(),Yi=Y(),_o=Ki(Yi);Ke.default=function(e){e.registerHelper("if",function(n,t){if(arguments.length!=2)throw new _o.default("#if requires exactly one argument");return yo.isFunction(n)&&(n=n.call(this)),!t.hash.includeZero&&!n||yo.isEmpty(n)?t.inverse(this):t.fn(this)}),e.registerHelper("unless",function(n,t){if(arguments.length!=2)throw new _o.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:t.inverse,inverse:t.fn,hash:t.hash})})};bo.exports=Ke.default});var $o=$((Ye,vo)=>{"use strict";Ye.__esModule=!0;Ye.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],t=arguments[arguments.length-1],l=0;l<arguments.length-1;l++)n.push(arguments[l]);var a=1;t.hash.level!=null?a=t.hash.level:t.data&&t.data.level!=null&&(a=t.data.level),n[0]=a,e.log.apply(e,n)})};vo.exports=Ye.default});var So=$((Je,wo)=>{"use strict";Je.__esModule=!0;Je.default=function(e){e.registerHelper("lookup",function(n,t,l){return n&&l.lookupProperty(n,t)})};wo.exports=Je.default});var Po=$((Xe,Eo)=>{"use strict";Xe.__esModule=!0;function Ji(e){return e&&e.__esModule?e:{default:e}}var Ae=N(),Xi=Y(),Qi=Ji(Xi);Xe.default=function(e){e.registerHelper("with",function(n,t){if(arguments.length!=2)throw new Qi.default("#with requires exactly one argument");Ae.isFunction(n)&&(n=n.call(this));var l=t.fn;if(Ae.isEmpty(n))return t.inverse(this);var a=t.data;return t.data&&t.ids&&(a=Ae.createFrame(t.data),a.contextPath=Ae.appendContextPath(t.data.contextPath,t.ids[0])),l(n,{data:a,blockParams:Ae.blockParams([n],[a&&a.contextPath])})})};Eo.exports=Xe.default});var Yn=$(Qe=>{"use strict";Qe.__esModule=!0;Qe.registerDefaultHelpers=ds;Qe.moveHelperToHooks=fs;function ne(e){return e&&e.__esModule?e:{default:e}}var Zi=mo(),es=ne(Zi),ns=fo(),ts=ne(ns),os=go(),rs=ne(os),as=ko(),is=ne(as),ss=$o(),ls=ne(ss),cs=So(),us=ne(cs),ms=Po(),ps=ne(ms);function ds(e){es.default(e),ts.default(e),rs.default(e),is.default(e),ls.default(e),us.default(e),ps.default(e)}function fs(e,n,t){e.helpers[n]&&(e.hooks[n]=e.helpers[n],t||(e.helpers[n]=void 0))}});var xo=$((Ze,Oo)=>{"use strict";Ze.__esModule=!0;var hs=N();Ze.default=function(e){e.registerDecorator("inline",function(n,t,l,a){var r=n;return t.partials||(t.partials={},r=function(o,s){var i=l.partials;l.partials=hs.extend({},i,t.partials);var u=n(o,s);return l.partials=i,u}),t.partials[a.args[0]]=a.fn,r})};Oo.exports=Ze.default});var Ro=$(Jn=>{"use strict";Jn.__esModule=!0;Jn.registerDefaultDecorators=bs;function gs(e){return e&&e.__esModule?e:{default:e}}var ys=xo(),_s=gs(ys);function bs(e){_s.default(e)}});var Xn=$((en,Co)=>{"use strict";en.__esModule=!0;var ks=N(),be={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var t=ks.indexOf(be.methodMap,n.toLowerCase());t>=0?n=t:n=parseInt(n,10)}return n},log:function(n){if(n=be.lookupLevel(n),typeof console<"u"&&be.lookupLevel(be.level)<=n){var t=be.methodMap[n];console[t]||(t="log");for(var l=arguments.length,a=Array(l>1?l-1:0),r=1;r<l;r++)a[r-1]=arguments[r];console[t].apply(console,a)}}};en.default=be;Co.exports=en.default});var Qn=$(ke=>{"use strict";ke.__esModule=!0;ke.createProtoAccessControl=Ss;ke.resultIsAllowed=Es;ke.isPrototypeConstructor=Ps;ke.resetLoggedProperties=xs;function vs(e){return e&&e.__esModule?e:{default:e}}var To=N(),$s=Xn(),ws=vs($s),nn=Object.create(null);function Ss(e){var n=Object.create(null);n.__proto__=!1,To.extend(n,e.allowedProtoProperties);var t=Object.create(null);return t.constructor=!1,t.__defineGetter__=!1,t.__defineSetter__=!1,t.__lookupGetter__=!1,t.__lookupSetter__=!1,To.extend(t,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:t,defaultValue:e.allowProtoMethodsByDefault}}}function Es(e,n,t){return Ao(typeof e=="function"?n.methods:n.properties,t)}function Ps(e,n,t){return n==="constructor"&&typeof t=="function"&&e===t.prototype}function Ao(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(Os(n),!1)}function Os(e){nn[e]!==!0&&(nn[e]=!0,ws.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function xs(){Object.keys(nn).forEach(function(e){delete nn[e]})}});var tt=$(M=>{"use strict";M.__esModule=!0;M.HandlebarsEnvironment=nt;function Do(e){return e&&e.__esModule?e:{default:e}}var te=N(),Rs=Y(),Zn=Do(Rs),Cs=Yn(),Ts=Ro(),As=Xn(),tn=Do(As),Ds=Qn(),Is="4.7.10";M.VERSION=Is;var Bs=8;M.COMPILER_REVISION=Bs;var js=7;M.LAST_COMPATIBLE_COMPILER_REVISION=js;var Ns={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};M.REVISION_CHANGES=Ns;var et="[object Object]";function nt(e,n,t){this.helpers=e||{},this.partials=n||{},this.decorators=t||{},Cs.registerDefaultHelpers(this),Ts.registerDefaultDecorators(this)}nt.prototype={constructor:nt,logger:tn.default,log:tn.default.log,registerHelper:function(n,t){if(te.toString.call(n)===et){if(t)throw new Zn.default("Arg not supported with multiple helpers");te.extend(this.helpers,n)}else this.helpers[n]=t},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,t){if(te.toString.call(n)===et)te.extend(this.partials,n);else{if(typeof t>"u")throw new Zn.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=t}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,t){if(te.toString.call(n)===et){if(t)throw new Zn.default("Arg not supported with multiple decorators");te.extend(this.decorators,n)}else this.decorators[n]=t},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){Ds.resetLoggedProperties()}};var Ls=tn.default.log;M.log=Ls;M.createFrame=te.createFrame;M.logger=tn.default});var Bo=$((on,Io)=>{"use strict";on.__esModule=!0;function ot(e){this.string=e}ot.prototype.toString=ot.prototype.toHTML=function(){return""+this.string};on.default=ot;Io.exports=on.default});var jo=$(rt=>{"use strict";rt.__esModule=!0;rt.wrapHelper=Us;function Us(e,n){if(typeof e!="function")return e;var t=function(){var a=arguments[arguments.length-1];return arguments[arguments.length-1]=n(a),e.apply(this,arguments)};return t}});var Go=$(J=>{"use strict";J.__esModule=!0;J.checkRevision=zs;J.template=Fs;J.wrapProgram=rn;J.resolvePartial=Ws;J.invokePartial=Ks;J.noop=Uo;function Ms(e){return e&&e.__esModule?e:{default:e}}function Gs(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var Hs=N(),oe=Gs(Hs),qs=Y(),L=Ms(qs),q=tt(),No=Yn(),Vs=jo(),at=Qn();function zs(e){var n=e&&e[0]||1,t=q.COMPILER_REVISION;if(!(n>=q.LAST_COMPATIBLE_COMPILER_REVISION&&n<=q.COMPILER_REVISION))if(n<q.LAST_COMPATIBLE_COMPILER_REVISION){var l=q.REVISION_CHANGES[t],a=q.REVISION_CHANGES[n];throw new L.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+l+") or downgrade your runtime to an older version ("+a+").")}else throw new L.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function Fs(e,n){if(!n)throw new L.default("No environment passed to template");if(!e||!e.main)throw new L.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var t=e.compiler&&e.compiler[0]===7;function l(o,s,i){i.hash&&(s=oe.extend({},s,i.hash),i.ids&&(i.ids[0]=!0)),o=n.VM.resolvePartial.call(this,o,s,i),i.hooks=this.hooks,i.protoAccessControl=this.protoAccessControl;var u=n.VM.invokePartial.call(this,o,s,i);if(u==null&&oe.isFunction(o))throw new L.default("The partial "+i.name+" returned no output: partials must return a string");if(u==null&&n.compile){if(typeof o!="string")throw new L.default("The partial "+i.name+" could not be compiled: partials must be strings or functions returning strings");i.partials[i.name]=n.compile(o,e.compilerOptions,n),u=i.partials[i.name](s,i)}if(u!=null){if(i.indent){for(var c=u.split(`
`),m=0,p=c.length;m<p&&!(!c[m]&&m+1===p);m++)c[m]=i.indent+c[m];u=c.join(`
`)}return u}else throw new L.default("The partial "+i.name+" could not be compiled when running in runtime-only mode")}var a={strict:function(s,i,u){if(!s||!(i in s))throw new L.default('"'+i+'" not defined in '+s,{loc:u});return a.lookupProperty(s,i)},lookupProperty:function(s,i){var u=s[i];if(u==null||Object.prototype.hasOwnProperty.call(s,i)&&!at.isPrototypeConstructor(s,i,u)||at.resultIsAllowed(u,a.protoAccessControl,i))return u},lookup:function(s,i){for(var u=s.length,c=0;c<u;c++){var m=s[c]&&a.lookupProperty(s[c],i);if(m!=null)return m}},lambda:function(s,i){return typeof s=="function"?s.call(i):s},escapeExpression:oe.escapeExpression,invokePartial:l,fn:function(s){var i=e[s];return i.decorator=e[s+"_d"],i},programs:[],program:function(s,i,u,c,m){var p=this.programs[s],d=this.fn(s);return i||m||c||u?p=rn(this,s,d,i,u,c,m):p||(p=this.programs[s]=rn(this,s,d)),p},data:function(s,i){for(;s&&i--;)s=s._parent;return s},mergeIfNeeded:function(s,i){var u=s||i;return s&&i&&s!==i&&(u=oe.extend({},i,s)),u},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function r(o){var s=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],i=s.data;r._setup(s),!s.partial&&e.useData&&(i=Ys(o,i));var u=void 0,c=e.useBlockParams?[]:void 0;e.useDepths&&(s.depths?u=o!=s.depths[0]?[o].concat(s.depths):s.depths:u=[o]);function m(p){return""+e.main(a,p,a.helpers,a.partials,i,c,u)}return m=Mo(e.main,m,a,s.depths||[],i,c),m(o,s)}return r.isTop=!0,r._setup=function(o){if(o.partial)a.protoAccessControl=o.protoAccessControl,a.helpers=o.helpers,a.partials=o.partials,a.decorators=o.decorators,a.hooks=o.hooks;else{var s={};Lo(s,n.helpers,a),Lo(s,o.helpers,a),a.helpers=s,e.usePartial&&(a.partials=a.mergeIfNeeded(o.partials,n.partials)),(e.usePartial||e.useDecorators)&&(a.decorators=oe.extend({},n.decorators,o.decorators)),a.hooks={},a.protoAccessControl=at.createProtoAccessControl(o);var i=o.allowCallsToHelperMissing||t;No.moveHelperToHooks(a,"helperMissing",i),No.moveHelperToHooks(a,"blockHelperMissing",i)}},r._child=function(o,s,i,u){if(e.useBlockParams&&!i)throw new L.default("must pass block params");if(e.useDepths&&!u)throw new L.default("must pass parent depths");return rn(a,o,e[o],s,0,i,u)},r}function rn(e,n,t,l,a,r,o){function s(i){var u=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],c=o;return o&&i!=o[0]&&!(i===e.nullContext&&o[0]===null)&&(c=[i].concat(o)),t(e,i,e.helpers,e.partials,u.data||l,r&&[u.blockParams].concat(r),c)}return s=Mo(t,s,e,o,l,r),s.program=n,s.depth=o?o.length:0,s.blockParams=a||0,s}function Ws(e,n,t){return e?typeof e!="function"&&!t.name&&(t.name=e,e=an(t.partials,e)):t.name==="@partial-block"?e=an(t.data,"partial-block"):e=an(t.partials,t.name),e}function Ks(e,n,t){var l=an(t.data,"partial-block");t.partial=!0,t.ids&&(t.data.contextPath=t.ids[0]||t.data.contextPath);var a=void 0;if(t.fn&&t.fn!==Uo&&(function(){t.data=q.createFrame(t.data);var r=t.fn;a=t.data["partial-block"]=function(s){var i=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return i.data=q.createFrame(i.data),i.data["partial-block"]=l,r(s,i)},r.partials&&(t.partials=oe.extend({},t.partials,r.partials))})(),e===void 0&&a&&(e=a),e===void 0)throw new L.default("The partial "+t.name+" could not be found");if(e instanceof Function)return e(n,t)}function Uo(){return""}function an(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function Ys(e,n){return(!n||!("root"in n))&&(n=n?q.createFrame(n):{},n.root=e),n}function Mo(e,n,t,l,a,r){if(e.decorator){var o={};n=e.decorator(n,o,t,l&&l[0],a,r,l),oe.extend(n,o)}return n}function Lo(e,n,t){n&&Object.keys(n).forEach(function(l){var a=n[l];e[l]=Js(a,t)})}function Js(e,n){var t=n.lookupProperty;return Vs.wrapHelper(e,function(l){return l.lookupProperty=t,l})}});var qo=$((sn,Ho)=>{"use strict";sn.__esModule=!0;sn.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};Ho.exports=sn.default});var Ko=$((ln,Wo)=>{"use strict";ln.__esModule=!0;function st(e){return e&&e.__esModule?e:{default:e}}function lt(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var Xs=tt(),Vo=lt(Xs),Qs=Bo(),Zs=st(Qs),el=Y(),nl=st(el),tl=N(),it=lt(tl),ol=Go(),zo=lt(ol),rl=qo(),al=st(rl);function Fo(){var e=new Vo.HandlebarsEnvironment;return it.extend(e,Vo),e.SafeString=Zs.default,e.Exception=nl.default,e.Utils=it,e.escapeExpression=it.escapeExpression,e.VM=zo,e.template=function(n){return zo.template(n,e)},e}var De=Fo();De.create=Fo;al.default(De);De.default=De;ln.default=De;Wo.exports=ln.default});var Jo=$((fu,Yo)=>{Yo.exports=Ko().default});var no={"actions/cache":{version:"v5.0.5",sha:"27d5ce7f107fe9357f9df03efb73ab90386fccae"},"actions/checkout":{version:"v7.0.1",sha:"3d3c42e5aac5ba805825da76410c181273ba90b1"},"actions/create-github-app-token":{version:"v3.1.1",sha:"1b10c78c7865c340bc4f6099eb2f838309f1e8c3"},"actions/dependency-review-action":{version:"v4.9.0",sha:"2031cfc080254a8a887f58cffee85186f0e49e48"},"actions/download-artifact":{version:"v8.0.1",sha:"3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c"},"actions/setup-node":{version:"v7.0.0",sha:"820762786026740c76f36085b0efc47a31fe5020"},"actions/setup-python":{version:"v7.0.0",sha:"5fda3b95a4ea91299a34e894583c3862153e4b97"},"actions/upload-artifact":{version:"v7.0.0",sha:"bbbca2ddaa5d8feaa63e36b76fdaad77386f024f"},"aquasecurity/trivy-action":{version:"v0.36.0",sha:"ed142fd0673e97e23eac54620cfb913e5ce36c25"},"astral-sh/setup-uv":{version:"v10.0.1",sha:"20cfd1bf945f4377ade1205e4dbc17946fc9a30d"},"aws-actions/amazon-ecr-login":{version:"v2.1.7",sha:"03f1aad4c6c7ffd436567f42f9384779290529bd"},"aws-actions/amazon-ecs-deploy-task-definition":{version:"v2.6.3",sha:"c465972ecbd160473f22e683363b422a5412a3de"},"aws-actions/amazon-ecs-render-task-definition":{version:"v1.9.0",sha:"138c24f321fdbdf7edee4a685519d253cae2cdea"},"aws-actions/configure-aws-credentials":{version:"v6.2.3",sha:"e6de054238d6b7531b4efff3b6587d9aade6a06c"},"azure/container-apps-deploy-action":{version:"v2",sha:"8dff69dac3367c32ceb2690d8f13adbeab462703"},"azure/k8s-set-context":{version:"v5.0.1",sha:"8698eba2499e9012f0d5085f8798077cce4bc526"},"azure/login":{version:"v3.0.1",sha:"f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca"},"azure/setup-kubectl":{version:"v5.1.0",sha:"829323503d1be3d00ca8346e5391ca0b07a9ab0d"},"docker/build-push-action":{version:"v7.3.0",sha:"53b7df96c91f9c12dcc8a07bcb9ccacbed38856a"},"docker/login-action":{version:"v4.1.0",sha:"4907a6ddec9925e35a0a9e82d7399ccc52663121"},"docker/metadata-action":{version:"v6.2.0",sha:"dc802804100637a589fabce1cb79ff13a1411302"},"docker/setup-buildx-action":{version:"v4.3.0",sha:"37fe631027851001ddb9b187196cc803df7f5f0e"},"github/codeql-action":{version:"v4.36.2",sha:"8aad20d150bbac5944a9f9d289da16a4b0d87c1e"},"gitleaks/gitleaks-action":{version:"v3.0.0",sha:"e0c47f4f8be36e29cdc102c57e68cb5cbf0e8d1e"},"google-github-actions/auth":{version:"v3.0.0",sha:"7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"},"google-github-actions/deploy-cloudrun":{version:"v3.0.1",sha:"2028e2d7d30a78c6910e0632e48dd561b064884d"},"google-github-actions/setup-gcloud":{version:"v3.0.1",sha:"aa5489c8933f4cc7a4f7d45035b3b1440c9c10db"},"grafana/run-k6-action":{version:"v1.4.0",sha:"de51a7390bdf0ac85a3bef493691bd71d4c7c158"},"grafana/setup-k6-action":{version:"v1.2.1",sha:"db07bd9765aac508ef18982e52ab937fe633a065"},"oven-sh/setup-bun":{version:"v2.2.0",sha:"0c5077e51419868618aeaa5fe8019c62421857d6"},"pnpm/action-setup":{version:"v4.0.0",sha:"fe02b34f77f8bc703788d5817da081398fad5dd2"},"slackapi/slack-github-action":{version:"v4.0.0",sha:"dcb1066f776dd043e64d0e8ba94ca15cc7e1875d"},"softprops/action-gh-release":{version:"v3.0.0",sha:"b4309332981a82ec1c5618f44dd2e27cc8bfbfda"},"webfactory/ssh-agent":{version:"v0.9.1",sha:"a6f90b1f127823b31d4d4a8d96047790581349bd"}};var to=no,xi=new Map(Object.entries(to).map(([e,n])=>[e.toLowerCase(),n])),Ri=new Map(Object.values(to).map(e=>[e.sha,e.version]));function f(e){let n=e.split("/").slice(0,2).join("/"),t=xi.get(n.toLowerCase());if(!t)throw new Jt("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${t.sha}`}function oo(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?Ri.get(n):void 0}var Te=(e,n)=>e==="."?n:`${e}/${n}`;function b(e={}){return{id:"checkout",name:"Check out",uses:f("actions/checkout"),with:{"persist-credentials":!1,...e}}}function w(e,n,t,l={}){return{id:e,name:n,...l,run:t}}function ao(e,n,t,l){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:f("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":Te(t,"uv.lock")}}];let a=[];e==="poetry"&&a.push(w("install-poetry","Install Poetry",`pipx install ${l?`poetry==${l}`:"poetry"}`));let r=e==="poetry"?Te(t,"poetry.lock"):Te(t,"requirements*.txt");return a.push({id:"setup-python",name:"Set up Python",uses:f("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":r}}),a}var Ci={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},ro=(e,n)=>Te(n,Ci[e]);function io(e,n,t,l={}){let a=l.root??t,r=s=>({id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:s?{"node-version":n,cache:s,"cache-dependency-path":ro(e,a)}:{"node-version":n}}),o={...l.pnpmVersion?{version:l.pnpmVersion}:{},package_json_file:Te(a,"package.json")};switch(e){case"npm":return[r("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:f("pnpm/action-setup"),with:o},r("pnpm")];case"yarn":return[w("enable-corepack","Enable corepack (yarn)","corepack enable"),r("yarn")];case"bun":return[r(),{id:"setup-bun",name:"Set up Bun",uses:f("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:f("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${ro(e,a)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}var Qo=Pi(Jo());function Xo(e){e.registerHelper("eq",(n,t)=>n===t),e.registerHelper("includes",(n,t)=>Array.isArray(n)&&n.includes(t)),e.registerHelper("join",(n,t)=>Array.isArray(n)?n.join(typeof t=="string"?t:", "):"")}var Zo=Qo.default.create();Xo(Zo);var il={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((r=(o=c(t,"port")||s(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):o))!=null?r:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((r=(o=c(t,"port")||s(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):o))!=null?r:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((r=(c(t,"join")||s(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(i,c(n,"paths"),",",{name:"join",hash:{},data:a,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?r:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((r=(o=c(t,"healthyBelow")||s(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof o===u?o.call(i,{name:"healthyBelow",hash:{},data:a,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):o))!=null?r:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((r=(o=c(t,"vus")||s(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof o===u?o.call(i,{name:"vus",hash:{},data:a,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):o))!=null?r:"")+`,
  duration: "`+((r=(o=c(t,"duration")||s(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof o===u?o.call(i,{name:"duration",hash:{},data:a,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):o))!=null?r:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((r=(o=c(t,"p95Ms")||s(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof o===u?o.call(i,{name:"p95Ms",hash:{},data:a,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):o))!=null?r:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((r=(o=c(t,"maxErrorRate")||s(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof o===u?o.call(i,{name:"maxErrorRate",hash:{},data:a,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):o))!=null?r:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o=e.strict,s=e.lambda,i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((r=s(o(i(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?r:"")+`
max_client_conn = `+((r=s(o(i(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?r:"")+`
default_pool_size = `+((r=s(o(i(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?r:"")+`
reserve_pool_size = `+((r=s(o(i(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?r:"")+`
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
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    server {
        listen `+((r=(o=c(t,"switchPort")||s(n,"switchPort",{start:{line:30,column:17},end:{line:30,column:27}}),typeof o===u?o.call(i,{name:"switchPort",hash:{},data:a,loc:{start:{line:30,column:15},end:{line:30,column:29}}}):o))!=null?r:"")+`;
        location / {
            proxy_pass http://`+((r=(o=c(t,"key")||s(n,"key",{start:{line:32,column:32},end:{line:32,column:35}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:32,column:30},end:{line:32,column:37}}}):o))!=null?r:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"# Blue-green switch for "+((r=(o=i(t,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof o=="function"?o.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):o))!=null?r:"")+`: cloudflared sends each service's traffic here, and this forwards it
# to the live colour. scripts/deploy_remote.sh writes /etc/nginx/live/<service>.conf and reloads.
worker_processes 1;
pid /tmp/nginx.pid;
error_log /dev/stderr warn;

events {
    worker_connections 1024;
}

http {
    access_log off;
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
`+((r=i(t,"each").call(s,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:38,column:9}}}))!=null?r:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,t,l,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,l,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,t,l,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"COPY "+((r=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"WORKDIR /app/"+((r=(o=i(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof o=="function"?o.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):o))!=null?r:"")+`
`+((r=i(t,"if").call(s,i(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?r:"")+`WORKDIR /app
`},5:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN "+((r=(o=s(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):o))!=null?r:"")+`
`},6:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`COPY . .
`+((r=o(t,"if").call(n??(e.nullContext||{}),o(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?r:"")},7:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(o=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):o))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((r=m(t,"unless").call(s,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(o=m(t,"baseImage")||i(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=m(t,"each").call(s,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?r:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(o=m(t,"baseImage")||i(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):o))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((r=(o=m(t,"port")||i(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):o))!=null?r:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(o=m(t,"port")||i(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(o=m(t,"healthcheck")||i(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof o===u?o.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=m(t,"cmd")||i(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof o===u?o.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,t,l,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,l,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,t,l,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"COPY "+((r=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"WORKDIR /app/"+((r=(o=i(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof o=="function"?o.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):o))!=null?r:"")+`
`+((r=i(t,"if").call(s,i(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?r:"")+`WORKDIR /app
`},5:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN "+((r=(o=s(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):o))!=null?r:"")+`
`},6:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`COPY . .
`+((r=o(t,"if").call(n??(e.nullContext||{}),o(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?r:"")},7:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((r=(o=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):o))!=null?r:"")+`
`},8:function(e,n,t,l,a){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((r=m(t,"unless").call(s,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(o=m(t,"baseImage")||i(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=m(t,"each").call(s,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?r:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(o=m(t,"baseImage")||i(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):o))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((r=(o=m(t,"port")||i(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):o))!=null?r:"")+`
WORKDIR /app
`+((r=m(t,"if").call(s,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(o=m(t,"port")||i(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(o=m(t,"healthcheck")||i(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof o===u?o.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=m(t,"cmd")||i(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof o===u?o.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,t,l,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,l,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,t,l,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"COPY "+((r=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(o=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):o))!=null?r:"")+`
`},5:function(e,n,t,l,a){return`COPY . .
`},6:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:40,column:43},end:{line:40,column:55}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:40,column:41},end:{line:40,column:57}}}):o))!=null?r:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:41,column:43},end:{line:41,column:55}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:41,column:41},end:{line:41,column:57}}}):o))!=null?r:"")+"/.next/static ./"+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:41,column:75},end:{line:41,column:87}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:41,column:73},end:{line:41,column:89}}}):o))!=null?r:"")+`/.next/static
COPY --from=build /app/`+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:42,column:25},end:{line:42,column:37}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:23},end:{line:42,column:39}}}):o))!=null?r:"")+"/public ./"+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:42,column:51},end:{line:42,column:63}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:49},end:{line:42,column:65}}}):o))!=null?r:"")+`/public
`},7:function(e,n,t,l,a){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((r=c(t,"unless").call(s,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(o=c(t,"baseImage")||i(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):o))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(t,"each").call(s,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?r:"")+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(i(c(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?r:"")+`

# --- build ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:22,column:0},end:{line:26,column:7}}}))!=null?r:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((r=(o=c(t,"build")||i(n,"build",{start:{line:29,column:9},end:{line:29,column:14}}),typeof o===u?o.call(s,{name:"build",hash:{},data:a,loc:{start:{line:29,column:7},end:{line:29,column:16}}}):o))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(o=c(t,"baseImage")||i(n,"baseImage",{start:{line:32,column:7},end:{line:32,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:32,column:5},end:{line:32,column:18}}}):o))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((r=(o=c(t,"port")||i(n,"port",{start:{line:35,column:11},end:{line:35,column:15}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:35,column:9},end:{line:35,column:17}}}):o))!=null?r:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:38,column:0},end:{line:48,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(o=c(t,"port")||i(n,"port",{start:{line:50,column:9},end:{line:50,column:13}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:50,column:7},end:{line:50,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(o=c(t,"healthcheck")||i(n,"healthcheck",{start:{line:52,column:10},end:{line:52,column:21}}),typeof o===u?o.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:52,column:8},end:{line:52,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=c(t,"cmd")||i(n,"cmd",{start:{line:53,column:6},end:{line:53,column:9}}),typeof o===u?o.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:53,column:4},end:{line:53,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,t,l,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,l,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,t,l,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"COPY "+((r=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):o))!=null?r:"")+`
RUN mkdir -p public \\
    && `+((r=(o=c(t,"build")||s(n,"build",{start:{line:25,column:9},end:{line:25,column:14}}),typeof o===u?o.call(i,{name:"build",hash:{},data:a,loc:{start:{line:25,column:7},end:{line:25,column:16}}}):o))!=null?r:"")+`
WORKDIR /app
`},5:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((r=(o=s(t,"build")||e.strict(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):o))!=null?r:"")+`
`},6:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:45,column:30},end:{line:45,column:42}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:45,column:28},end:{line:45,column:44}}}):o))!=null?r:"")+`/.next
WORKDIR /app/`+((r=(o=c(t,"workspaceDir")||s(n,"workspaceDir",{start:{line:46,column:15},end:{line:46,column:27}}),typeof o===u?o.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:46,column:13},end:{line:46,column:29}}}):o))!=null?r:"")+`
`},7:function(e,n,t,l,a){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((r=c(t,"unless").call(s,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(o=c(t,"baseImage")||i(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):o))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(t,"each").call(s,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?r:"")+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(i(c(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?r:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:22,column:0},end:{line:32,column:7}}}))!=null?r:"")+"RUN "+((r=(o=c(t,"prune")||i(n,"prune",{start:{line:33,column:6},end:{line:33,column:11}}),typeof o===u?o.call(s,{name:"prune",hash:{},data:a,loc:{start:{line:33,column:4},end:{line:33,column:13}}}):o))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(o=c(t,"baseImage")||i(n,"baseImage",{start:{line:36,column:7},end:{line:36,column:16}}),typeof o===u?o.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:36,column:5},end:{line:36,column:18}}}):o))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((r=(o=c(t,"port")||i(n,"port",{start:{line:39,column:11},end:{line:39,column:15}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:39,column:9},end:{line:39,column:17}}}):o))!=null?r:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((r=c(t,"if").call(s,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:43,column:0},end:{line:50,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(o=c(t,"port")||i(n,"port",{start:{line:52,column:9},end:{line:52,column:13}}),typeof o===u?o.call(s,{name:"port",hash:{},data:a,loc:{start:{line:52,column:7},end:{line:52,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(o=c(t,"healthcheck")||i(n,"healthcheck",{start:{line:54,column:10},end:{line:54,column:21}}),typeof o===u?o.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:54,column:8},end:{line:54,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=c(t,"cmd")||i(n,"cmd",{start:{line:55,column:6},end:{line:55,column:9}}),typeof o===u?o.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:55,column:4},end:{line:55,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,t,l,a){var r;return" "+((r=e.lambda(n,n))!=null?r:"")},1:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN pip install --no-cache-dir "+((r=(o=s(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:a,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):o))!=null?r:"")+`
`},2:function(e,n,t,l,a){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return` \\
    DJANGO_SETTINGS_MODULE=`+((r=(o=s(t,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:a,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):o))!=null?r:"")},4:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return` \\
    PYTHONPATH=`+((r=(o=s(t,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:a,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):o))!=null?r:"")},5:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((r=o(t,"each").call(n??(e.nullContext||{}),o(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?r:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((r=(o=s(t,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:a,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):o))!=null?r:"")+`
`},7:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((r=(o=s(t,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:a,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):o))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(o=c(t,"title")||s(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===u?o.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?r:"")+" served by "+((r=(o=c(t,"serverName")||s(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof o===u?o.call(i,{name:"serverName",hash:{},data:a,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):o))!=null?r:"")+": "+((r=(o=c(t,"serverCmdline")||s(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof o===u?o.call(i,{name:"serverCmdline",hash:{},data:a,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):o))!=null?r:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((r=(o=c(t,"baseImage")||s(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===u?o.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?r:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((r=c(t,"each").call(i,c(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?r:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((r=c(t,"if").call(i,c(n,"tool"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?r:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((r=c(t,"if").call(i,c(n,"uv"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?r:"")+`
WORKDIR /app
COPY `+((r=(o=c(t,"manifests")||s(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof o===u?o.call(i,{name:"manifests",hash:{},data:a,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):o))!=null?r:"")+` ./
RUN `+((r=(o=c(t,"install")||s(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof o===u?o.call(i,{name:"install",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):o))!=null?r:"")+`
RUN `+((r=(o=c(t,"ensureServer")||s(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof o===u?o.call(i,{name:"ensureServer",hash:{},data:a,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):o))!=null?r:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((r=(o=c(t,"baseImage")||s(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof o===u?o.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):o))!=null?r:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((r=c(t,"if").call(i,c(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?r:"")+((r=c(t,"if").call(i,c(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?r:"")+`
`+((r=c(t,"if").call(i,c(c(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?r:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((r=c(t,"if").call(i,c(n,"workdir"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?r:"")+((r=c(t,"if").call(i,c(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?r:"")+`USER app
EXPOSE `+((r=(o=c(t,"port")||s(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((r=(o=c(t,"healthcheck")||s(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof o===u?o.call(i,{name:"healthcheck",hash:{},data:a,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=c(t,"cmd")||s(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof o===u?o.call(i,{name:"cmd",hash:{},data:a,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,t,l,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,l,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,t,l,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"COPY "+((r=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(o=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:20,column:15},end:{line:20,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:20,column:13},end:{line:20,column:29}}}):o))!=null?r:"")+`
`},5:function(e,n,t,l,a){return`COPY . .
`},6:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return((r=(o=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:42},end:{line:29,column:54}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:29,column:40},end:{line:29,column:56}}}):o))!=null?r:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(o=c(t,"title")||s(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===u?o.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?r:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((r=c(t,"unless").call(i,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(o=c(t,"baseImage")||s(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof o===u?o.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):o))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(t,"each").call(i,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?r:"")+((r=c(t,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(s(c(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?r:"")+`

# --- build: writes `+((r=(o=c(t,"outDir")||s(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof o===u?o.call(i,{name:"outDir",hash:{},data:a,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):o))!=null?r:"")+`/ ---
FROM deps AS build
`+((r=c(t,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:19,column:0},end:{line:23,column:7}}}))!=null?r:"")+"RUN "+((r=(o=c(t,"build")||s(n,"build",{start:{line:24,column:6},end:{line:24,column:11}}),typeof o===u?o.call(i,{name:"build",hash:{},data:a,loc:{start:{line:24,column:4},end:{line:24,column:13}}}):o))!=null?r:"")+`

# --- runtime: nginx as uid 101 on port `+((r=(o=c(t,"port")||s(n,"port",{start:{line:26,column:42},end:{line:26,column:46}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:26,column:40},end:{line:26,column:48}}}):o))!=null?r:"")+`, no Node.js ---
FROM `+((r=(o=c(t,"runtimeImage")||s(n,"runtimeImage",{start:{line:27,column:7},end:{line:27,column:19}}),typeof o===u?o.call(i,{name:"runtimeImage",hash:{},data:a,loc:{start:{line:27,column:5},end:{line:27,column:21}}}):o))!=null?r:"")+` AS runtime
COPY `+((r=(o=c(t,"spaConf")||s(n,"spaConf",{start:{line:28,column:7},end:{line:28,column:14}}),typeof o===u?o.call(i,{name:"spaConf",hash:{},data:a,loc:{start:{line:28,column:5},end:{line:28,column:16}}}):o))!=null?r:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((r=c(t,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:23},end:{line:29,column:64}}}))!=null?r:"")+((r=(o=c(t,"outDir")||s(n,"outDir",{start:{line:29,column:66},end:{line:29,column:72}}),typeof o===u?o.call(i,{name:"outDir",hash:{},data:a,loc:{start:{line:29,column:64},end:{line:29,column:74}}}):o))!=null?r:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((r=(o=c(t,"port")||s(n,"port",{start:{line:31,column:9},end:{line:31,column:13}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:31,column:7},end:{line:31,column:15}}}):o))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((r=(o=c(t,"healthcheck")||s(n,"healthcheck",{start:{line:33,column:10},end:{line:33,column:21}}),typeof o===u?o.call(i,{name:"healthcheck",hash:{},data:a,loc:{start:{line:33,column:8},end:{line:33,column:23}}}):o))!=null?r:"")+`
CMD `+((r=(o=c(t,"cmd")||s(n,"cmd",{start:{line:34,column:6},end:{line:34,column:9}}),typeof o===u?o.call(i,{name:"cmd",hash:{},data:a,loc:{start:{line:34,column:4},end:{line:34,column:11}}}):o))!=null?r:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,t,l,a){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,t,l,a){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Static site server for the "+((r=(o=c(t,"title")||s(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof o===u?o.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):o))!=null?r:"")+" build inside the frontend image (nginx-unprivileged, port "+((r=(o=c(t,"port")||s(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):o))!=null?r:"")+`).
server {
    listen `+((r=(o=c(t,"port")||s(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):o))!=null?r:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((r=(o=c(t,"assetsPath")||s(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof o===u?o.call(i,{name:"assetsPath",hash:{},data:a,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):o))!=null?r:"")+`: safe to cache for a year.
    location `+((r=(o=c(t,"assetsPath")||s(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof o===u?o.call(i,{name:"assetsPath",hash:{},data:a,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):o))!=null?r:"")+` {
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

`+((r=c(t,"if").call(i,c(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?r:"")+`}
`},useData:!0},"docs/containers.md.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| "+((r=(o=c(t,"role")||s(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof o===u?o.call(i,{name:"role",hash:{},data:a,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):o))!=null?r:"")+" ("+((r=(o=c(t,"kind")||s(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof o===u?o.call(i,{name:"kind",hash:{},data:a,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):o))!=null?r:"")+") | `"+((r=(o=c(t,"dockerfile")||s(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof o===u?o.call(i,{name:"dockerfile",hash:{},data:a,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):o))!=null?r:"")+"` | `"+((r=(o=c(t,"context")||s(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof o===u?o.call(i,{name:"context",hash:{},data:a,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):o))!=null?r:"")+"` | "+((r=(o=c(t,"packageManager")||s(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof o===u?o.call(i,{name:"packageManager",hash:{},data:a,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):o))!=null?r:"")+" | `"+((r=(o=c(t,"command")||s(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof o===u?o.call(i,{name:"command",hash:{},data:a,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):o))!=null?r:"")+"` | "+((r=(o=c(t,"port")||s(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):o))!=null?r:"")+" | "+((r=(o=c(t,"probe")||s(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof o===u?o.call(i,{name:"probe",hash:{},data:a,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):o))!=null?r:"")+` |
`},1:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`## Health probes

`+((r=o(t,"if").call(n??(e.nullContext||{}),o(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?r:"")+`
`},2:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"The backend's health route is `"+((r=(o=s(t,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):o))!=null?r:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,t,l,a){var r,o=n??(e.nullContext||{}),s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((r=s(t,"if").call(o,s(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?r:"")},4:function(e,n,t,l,a){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,t,l,a){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,t,l,a){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(e,n,t,l,a){var r,o,s=e.strict,i=e.lambda,u=n??(e.nullContext||{}),c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"- **The server**: `"+((r=i(s(c(n,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),n))!=null?r:"")+"` loads `"+((r=i(s(c(n,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),n))!=null?r:"")+"`"+((r=c(t,"if").call(u,c(c(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?r:"")+"\n  from `"+((r=i(s(c(n,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),n))!=null?r:"")+"` inside `"+((r=i(s(c(n,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),n))!=null?r:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((r=i(s(c(n,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),n))!=null?r:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((r=(o=c(t,"pythonPackages")||s(n,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof o=="function"?o.call(u,{name:"pythonPackages",hash:{},data:a,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):o))!=null?r:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,t,l,a){return" (a factory, called once)"},9:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((r=o(t,"if").call(n??(e.nullContext||{}),o(o(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,a,0),inverse:e.program(11,a,0),data:a,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?r:"")},10:function(e,n,t,l,a){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,t,l,a){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"- **Listening on `process.env.PORT`** ("+((r=e.lambda(e.strict(o(n,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),n))!=null?r:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"- **Next.js output mode `"+((r=(o=i(t,"nextOutput")||e.strict(n,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof o=="function"?o.call(s,{name:"nextOutput",hash:{},data:a,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):o))!=null?r:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((r=i(t,"if").call(s,i(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"next_default"),{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"next_export"),{name:"if",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?r:"")},14:function(e,n,t,l,a){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,t,l,a){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'  `output: "export"` writes static files to `'+((r=(o=s(t,"outDir")||e.strict(n,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):o))!=null?r:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"- **A `build` script** that writes the production build to `"+((r=(o=s(t,"outDir")||e.strict(n,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):o))!=null?r:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,t,l,a){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o=n??(e.nullContext||{}),s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((r=s(t,"each").call(o,s(n,"images"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?r:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((r=s(t,"if").call(o,s(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?r:"")+`## What the application must provide

`+((r=s(t,"if").call(o,s(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"django"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,a,0),inverse:e.noop,data:a,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?r:"")+`
`+((r=s(t,"if").call(o,s(n,"workspace"),{name:"if",hash:{},fn:e.program(18,a,0),inverse:e.noop,data:a,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?r:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u=e.lambda,c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((r=c(t,"if").call(s,c(n,"postgis"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.program(2,a,0),data:a,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?r:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((r=c(t,"each").call(s,c(n,"settings"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?r:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((r=(o=c(t,"pgbouncerIni")||i(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof o=="function"?o.call(s,{name:"pgbouncerIni",hash:{},data:a,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):o))!=null?r:"")+"` runs **transaction pooling**: "+((r=u(i(c(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?r:"")+` client connections share
`+((r=u(i(c(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?r:"")+" server connections per database and user (+"+((r=u(i(c(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?r:"")+` in reserve).
Size each application process's own pool small (`+((r=u(i(c(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?r:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((r=c(t,"if").call(s,c(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?r:"")+((r=c(t,"if").call(s,c(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?r:"")+((r=c(t,"if").call(s,c(n,"node"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?r:"")},1:function(e,n,t,l,a){return"PostGIS"},2:function(e,n,t,l,a){return"PostgreSQL"},3:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((r=(o=c(t,"name")||s(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):o))!=null?r:"")+"` | `"+((r=(o=c(t,"value")||s(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof o===u?o.call(i,{name:"value",hash:{},data:a,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):o))!=null?r:"")+"` | "+((r=(o=c(t,"why")||s(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof o===u?o.call(i,{name:"why",hash:{},data:a,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):o))!=null?r:"")+` |
`},4:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((r=o(t,"if").call(n??(e.nullContext||{}),o(n,"postgis"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?r:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,t,l,a){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgres://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((r=e.lambda(e.strict(o(n,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),n))!=null?r:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
    max_overflow=5,
    pool_timeout=10,        # fail fast when the pool is exhausted
    pool_recycle=1800,      # below pgbouncer's server_lifetime
    # psycopg 3 behind pgbouncer transaction pooling: no client-side prepared statements.
    connect_args={"prepare_threshold": None},
)
\`\`\`

With asyncpg, pass \`connect_args={"statement_cache_size": 0}\` instead. Alembic migrations:
\`alembic upgrade head\` works through pgbouncer; point \`sqlalchemy.url\` at \`db\` for a migration that
needs session-level features.
`},7:function(e,n,t,l,a){var r,o=e.strict,s=e.lambda,i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((r=s(o(i(n,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),n))!=null?r:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((r=s(o(i(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?r:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((r=s(o(i(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?r:"")+" }`.\n"},8:function(e,n,t,l,a){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o=n??(e.nullContext||{}),s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((r=s(t,"if").call(o,s(n,"postgres"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?r:"")+((r=s(t,"if").call(o,s(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?r:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,t,l,a){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,t,l,a){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},2:function(e,n,t,l,a){return`
    # Requests arrive from cloudflared on the Docker network: the client is CF-Connecting-IP (rate limits
    # and logs use it), and the scheme is the one Cloudflare's edge saw.
    real_ip_header CF-Connecting-IP;
    set_real_ip_from 10.0.0.0/8;
    set_real_ip_from 172.16.0.0/12;
    set_real_ip_from 192.168.0.0/16;

    map $http_x_forwarded_proto $forwarded_proto {
        default $http_x_forwarded_proto;
        "" https;
    }
`},3:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # `+((r=(o=c(t,"apiHost")||s(n,"apiHost",{start:{line:76,column:8},end:{line:76,column:15}}),typeof o===u?o.call(i,{name:"apiHost",hash:{},data:a,loc:{start:{line:76,column:6},end:{line:76,column:17}}}):o))!=null?r:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((r=(o=c(t,"apiHost")||s(n,"apiHost",{start:{line:79,column:10},end:{line:79,column:17}}),typeof o===u?o.call(i,{name:"apiHost",hash:{},data:a,loc:{start:{line:79,column:8},end:{line:79,column:19}}}):o))!=null?r:"")+` backend;
    }
`},4:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    upstream "+((r=(o=c(t,"name")||s(n,"name",{start:{line:84,column:15},end:{line:84,column:19}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:84,column:13},end:{line:84,column:21}}}):o))!=null?r:"")+` {
        server `+((r=(o=c(t,"host")||s(n,"host",{start:{line:85,column:17},end:{line:85,column:21}}),typeof o===u?o.call(i,{name:"host",hash:{},data:a,loc:{start:{line:85,column:15},end:{line:85,column:23}}}):o))!=null?r:"")+":"+((r=(o=c(t,"port")||s(n,"port",{start:{line:85,column:26},end:{line:85,column:30}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:85,column:24},end:{line:85,column:32}}}):o))!=null?r:"")+`;
        keepalive 16;
    }

`},5:function(e,n,t,l,a){return`    server {
        listen 8080;
        server_name _;

        # Container healthcheck; answered locally, never proxied, not served through the tunnel.
        location = /nginx-health {
            allow 127.0.0.1;
            deny all;
            access_log off;
            default_type text/plain;
            return 200 "ok\\n";
        }
`},6:function(e,n,t,l,a){return`    server {
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
`},7:function(e,n,t,l,a){return"$forwarded_proto"},8:function(e,n,t,l,a){return"$scheme"},9:function(e,n,t,l,a){var r;return"        add_header "+((r=e.lambda(n,n))!=null?r:"")+` always;
`},10:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"        # "+((r=(o=c(t,"why")||s(n,"why",{start:{line:156,column:12},end:{line:156,column:15}}),typeof o===u?o.call(i,{name:"why",hash:{},data:a,loc:{start:{line:156,column:10},end:{line:156,column:17}}}):o))!=null?r:"")+`
        location `+((r=(o=c(t,"match")||s(n,"match",{start:{line:157,column:19},end:{line:157,column:24}}),typeof o===u?o.call(i,{name:"match",hash:{},data:a,loc:{start:{line:157,column:17},end:{line:157,column:26}}}):o))!=null?r:"")+` {
            proxy_pass http://`+((r=(o=c(t,"upstream")||s(n,"upstream",{start:{line:158,column:32},end:{line:158,column:40}}),typeof o===u?o.call(i,{name:"upstream",hash:{},data:a,loc:{start:{line:158,column:30},end:{line:158,column:42}}}):o))!=null?r:"")+`;
`+((r=c(t,"if").call(i,c(n,"cache"),{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.noop,data:a,loc:{start:{line:159,column:0},end:{line:165,column:7}}}))!=null?r:"")+`        }

`},11:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"            expires "+((r=(o=c(t,"expires")||s(n,"expires",{start:{line:160,column:22},end:{line:160,column:29}}),typeof o===u?o.call(i,{name:"expires",hash:{},data:a,loc:{start:{line:160,column:20},end:{line:160,column:31}}}):o))!=null?r:"")+`;
            add_header Cache-Control "`+((r=(o=c(t,"cache")||s(n,"cache",{start:{line:161,column:40},end:{line:161,column:45}}),typeof o===u?o.call(i,{name:"cache",hash:{},data:a,loc:{start:{line:161,column:38},end:{line:161,column:47}}}):o))!=null?r:"")+`" always;
`+((r=c(t,"each").call(i,c(c(a,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?r:"")},12:function(e,n,t,l,a){var r;return"            add_header "+((r=e.lambda(n,n))!=null?r:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=c(t,"if").call(s,c(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:1,column:0},end:{line:10,column:7}}}))!=null?r:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((r=(o=c(t,"rateLimit")||i(n,"rateLimit",{start:{line:51,column:62},end:{line:51,column:71}}),typeof o===u?o.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:51,column:60},end:{line:51,column:73}}}):o))!=null?r:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((r=c(t,"if").call(s,c(n,"tunnel"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:60,column:0},end:{line:73,column:7}}}))!=null?r:"")+((r=c(t,"if").call(s,c(n,"apiHost"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:74,column:0},end:{line:81,column:7}}}))!=null?r:"")+`
`+((r=c(t,"each").call(s,c(n,"upstreams"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:83,column:0},end:{line:89,column:9}}}))!=null?r:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((r=c(t,"if").call(s,c(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:91,column:0},end:{line:135,column:7}}}))!=null?r:"")+`
        limit_req zone=per_ip burst=`+((r=(o=c(t,"rateBurst")||i(n,"rateBurst",{start:{line:137,column:38},end:{line:137,column:47}}),typeof o===u?o.call(s,{name:"rateBurst",hash:{},data:a,loc:{start:{line:137,column:36},end:{line:137,column:49}}}):o))!=null?r:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((r=c(t,"if").call(s,c(n,"tunnel"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:144,column:43},end:{line:144,column:95}}}))!=null?r:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((r=c(t,"each").call(s,c(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:151,column:0},end:{line:153,column:9}}}))!=null?r:"")+`
`+((r=c(t,"each").call(s,c(n,"locations"),{name:"each",hash:{},fn:e.program(10,a,0),inverse:e.noop,data:a,loc:{start:{line:155,column:0},end:{line:168,column:9}}}))!=null?r:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"`"+((r=e.lambda(n,n))!=null?r:"")+"`"+((r=o(t,"unless").call(n??(e.nullContext||{}),o(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?r:"")},1:function(e,n,t,l,a){return", "},2:function(e,n,t,l,a){var r;return"- "+((r=e.lambda(n,n))!=null?r:"")+`
`},3:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"**"+((r=(o=c(t,"label")||s(n,"label",{start:{line:21,column:4},end:{line:21,column:9}}),typeof o===u?o.call(i,{name:"label",hash:{},data:a,loc:{start:{line:21,column:2},end:{line:21,column:11}}}):o))!=null?r:"")+"**\n\n```bash\n"+((r=(o=c(t,"command")||s(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof o===u?o.call(i,{name:"command",hash:{},data:a,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):o))!=null?r:"")+"\n```\n\n"},4:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return(r=o(t,"if").call(n??(e.nullContext||{}),o(n,"command"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?r:""},5:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return((r=(o=s(t,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"label",hash:{},data:a,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):o))!=null?r:"")+`

`},6:function(e,n,t,l,a){var r,o=e.lambda,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"["+((r=o(n,n))!=null?r:"")+"]("+((r=o(n,n))!=null?r:"")+".md)"+((r=s(t,"unless").call(n??(e.nullContext||{}),s(a,"last"),{name:"unless",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?r:"")},7:function(e,n,t,l,a){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(o=c(t,"title")||s(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===u?o.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?r:"")+`

`+((r=(o=c(t,"purpose")||s(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof o===u?o.call(i,{name:"purpose",hash:{},data:a,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):o))!=null?r:"")+`

| | |
|---|---|
| Service | \``+((r=(o=c(t,"name")||s(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):o))!=null?r:"")+"` on "+((r=(o=c(t,"cloudTitle")||s(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof o===u?o.call(i,{name:"cloudTitle",hash:{},data:a,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):o))!=null?r:"")+` |
| Alert | `+((r=c(t,"each").call(i,c(n,"alerts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?r:"")+" ("+((r=(o=c(t,"alertSource")||s(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof o===u?o.call(i,{name:"alertSource",hash:{},data:a,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):o))!=null?r:"")+`) |
| Severity | `+((r=(o=c(t,"severity")||s(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof o===u?o.call(i,{name:"severity",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):o))!=null?r:"")+` |
| Alerts go to | `+((r=(o=c(t,"alertDestination")||s(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof o===u?o.call(i,{name:"alertDestination",hash:{},data:a,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):o))!=null?r:"")+` |

## 1. Confirm

`+((r=c(t,"each").call(i,c(n,"confirm"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?r:"")+`
## 2. Diagnose

`+((r=c(t,"each").call(i,c(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?r:"")+`## 3. Mitigate

`+((r=c(t,"each").call(i,c(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?r:"")+`## 4. Escalate

`+((r=c(t,"each").call(i,c(n,"escalate"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?r:"")+`
## 5. Verify recovery

`+((r=c(t,"each").call(i,c(n,"verify"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?r:"")+`
Related: `+((r=c(t,"each").call(i,c(n,"related"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?r:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'default_dir="'+((r=(o=s(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):o))!=null?r:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((r=(o=c(t,"bucket")||s(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof o===u?o.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):o))!=null?r:"")+'" default_prefix="'+((r=(o=c(t,"prefix")||s(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof o===u?o.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):o))!=null?r:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,l,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,l,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,l,a){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,t,l,a){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,t,l,a){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,t,l,a){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,t,l,a){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`#!/usr/bin/env bash
# Backs up `+((r=(o=m(t,"name")||s(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):o))!=null?r:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((r=(o=m(t,"targetTitle")||s(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof o===u?o.call(i,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):o))!=null?r:"")+`,
# then prunes to `+((r=c(s(m(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?r:"")+" daily, "+((r=c(s(m(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?r:"")+" weekly and "+((r=c(s(m(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?r:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((r=c(s(m(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?r:"")+" default_weekly="+((r=c(s(m(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?r:"")+" default_monthly="+((r=c(s(m(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?r:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((r=m(t,"if").call(i,m(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?r:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((r=m(t,"if").call(i,m(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?r:"")+((r=m(t,"if").call(i,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?r:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,t,l,a){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,t,l,a){var r;return"-f "+((r=e.lambda(n,n))!=null?r:"")+" "},2:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(o=c(t,"service")||s(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof o===u?o.call(i,{name:"service",hash:{},data:a,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):o))!=null?r:"")+") echo "+((r=(o=c(t,"imageVar")||s(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof o===u?o.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):o))!=null?r:"")+` ;;
`},3:function(e,n,t,l,a){var r,o=n??(e.nullContext||{}),s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Blue-green: the switch (compose.tunnel.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((r=s(t,"each").call(o,s(n,"services"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?r:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((r=s(t,"each").call(o,s(n,"services"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?r:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((r=s(t,"each").call(o,s(n,"services"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?r:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((r=s(t,"each").call(o,s(n,"services"),{name:"each",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?r:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((r=s(t,"each").call(o,s(n,"services"),{name:"each",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?r:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(o=c(t,"key")||s(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):o))!=null?r:"")+') if [ "$2" = blue ]; then echo '+((r=(o=c(t,"service")||s(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof o===u?o.call(i,{name:"service",hash:{},data:a,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):o))!=null?r:"")+"; else echo "+((r=(o=c(t,"service")||s(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof o===u?o.call(i,{name:"service",hash:{},data:a,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):o))!=null?r:"")+`-green; fi ;;
`},5:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(o=c(t,"key")||s(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):o))!=null?r:"")+') echo "$(service_for '+((r=(o=c(t,"key")||s(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):o))!=null?r:"")+' "$2"):'+((r=(o=c(t,"port")||s(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):o))!=null?r:"")+`" ;;
`},6:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(o=c(t,"key")||s(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):o))!=null?r:"")+') echo "'+((r=(o=c(t,"healthPath")||s(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof o===u?o.call(i,{name:"healthPath",hash:{},data:a,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):o))!=null?r:"")+`" ;;
`},7:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(o=c(t,"key")||s(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):o))!=null?r:"")+') if [ "$2" = blue ]; then echo '+((r=(o=c(t,"imageVar")||s(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof o===u?o.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):o))!=null?r:"")+"; else echo "+((r=(o=c(t,"imageVar")||s(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof o===u?o.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):o))!=null?r:"")+`_GREEN; fi ;;
`},8:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"  [ -f state/switch/"+((r=(o=c(t,"key")||s(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):o))!=null?r:"")+".conf ] || write_upstream "+((r=(o=c(t,"key")||s(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):o))!=null?r:"")+' "$(live_colour '+((r=(o=c(t,"key")||s(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):o))!=null?r:"")+`)"
`},9:function(e,n,t,l,a){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((r=c(t,"if").call(s,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?r:"")+`.
# Image choices persist in `+((r=(o=c(t,"deployDir")||i(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof o===u?o.call(s,{name:"deployDir",hash:{},data:a,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):o))!=null?r:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((r=(o=c(t,"deployDir")||i(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof o===u?o.call(s,{name:"deployDir",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):o))!=null?r:"")+`"
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
  docker compose `+((r=c(t,"each").call(s,c(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?r:"")+`"$@"
}

image_var() {
  case "$1" in
`+((r=c(t,"each").call(s,c(n,"services"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?r:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((r=c(t,"if").call(s,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?r:"")+`persist_image() {
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
    `+((r=(o=c(t,"migrateVar")||i(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof o===u?o.call(s,{name:"migrateVar",hash:{},data:a,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):o))!=null?r:"")+'="$image" compose run --rm --no-deps '+((r=(o=c(t,"migrateService")||i(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof o===u?o.call(s,{name:"migrateService",hash:{},data:a,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):o))!=null?r:"")+" "+((r=(o=c(t,"migrateCommand")||i(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof o===u?o.call(s,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):o))!=null?r:"")+`
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
`+((r=c(t,"if").call(s,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?r:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((r=(o=s(t,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):o))!=null?r:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'default_dir="'+((r=(o=s(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):o))!=null?r:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((r=(o=c(t,"bucket")||s(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof o===u?o.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):o))!=null?r:"")+'" default_prefix="'+((r=(o=c(t,"prefix")||s(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof o===u?o.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):o))!=null?r:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,l,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,l,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,l,a){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,t,l,a){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,t,l,a){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,t,l,a){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,t,l,a){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((r=(o=i(t,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof o=="function"?o.call(s,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):o))!=null?r:"")+` into RESTORE_DATABASE.
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
`+((r=i(t,"if").call(s,i(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?r:"")+`
`+((r=i(t,"if").call(s,i(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?r:"")+((r=i(t,"if").call(s,i(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?r:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((r=(o=c(t,"name")||s(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):o))!=null?r:"")+`.
#   HEALTH_URL=https://api.example.org`+((r=(o=c(t,"healthPath")||s(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof o===u?o.call(i,{name:"healthPath",hash:{},data:a,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):o))!=null?r:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return'"'+((r=(o=i(t,"image")||e.strict(n,"image",{start:{line:73,column:53},end:{line:73,column:58}}),typeof o=="function"?o.call(s,{name:"image",hash:{},data:a,loc:{start:{line:73,column:51},end:{line:73,column:60}}}):o))!=null?r:"")+'"'+((r=i(t,"unless").call(s,i(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:61},end:{line:73,column:91}}}))!=null?r:"")},1:function(e,n,t,l,a){return", "},2:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((r=(o=c(t,"bucket")||s(n,"bucket",{start:{line:95,column:14},end:{line:95,column:20}}),typeof o===u?o.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:95,column:12},end:{line:95,column:22}}}):o))!=null?r:"")+`"
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
      prefix = "`+((r=(o=c(t,"prefix")||s(n,"prefix",{start:{line:128,column:18},end:{line:128,column:24}}),typeof o===u?o.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:128,column:16},end:{line:128,column:26}}}):o))!=null?r:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:138,column:12},end:{line:138,column:16}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:138,column:10},end:{line:138,column:18}}}):o))!=null?r:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((r=(o=c(t,"prefix")||s(n,"prefix",{start:{line:161,column:131},end:{line:161,column:137}}),typeof o===u?o.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:161,column:129},end:{line:161,column:139}}}):o))!=null?r:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:169,column:27},end:{line:169,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:169,column:25},end:{line:169,column:33}}}):o))!=null?r:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:171,column:27},end:{line:171,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:171,column:25},end:{line:171,column:33}}}):o))!=null?r:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):o))!=null?r:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((r=(o=c(t,"name")||s(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):o))!=null?r:"")+`-*"]
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
}

resource "aws_iam_role_policy" "deploy" {
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_ecr_repository" "image" {
  for_each             = toset([`+((r=c(t,"each").call(i,c(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:32},end:{line:73,column:100}}}))!=null?r:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:83,column:12},end:{line:83,column:16}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:83,column:10},end:{line:83,column:18}}}):o))!=null?r:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((r=c(t,"if").call(i,c(n,"s3Backups"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:91,column:0},end:{line:181,column:7}}}))!=null?r:"")+`
module "staging" {
  source             = "./modules/environment"
  environment        = "staging"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = var.certificate_arn
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}

module "production" {
  source             = "./modules/environment"
  environment        = "production"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = var.certificate_arn
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}
`},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,t,l,a,r,o){var s,i,u=e.strict,c=n??(e.nullContext||{}),m="function",p=e.lambda,d=e.lookupProperty||function(E,ee){if(Object.prototype.hasOwnProperty.call(E,ee))return E[ee]};return`
# ---- `+((s=(i=d(t,"key")||u(n,"key",{start:{line:138,column:9},end:{line:138,column:12}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:138,column:7},end:{line:138,column:14}}}):i))!=null?s:"")+": "+((s=(i=d(t,"image")||u(n,"image",{start:{line:138,column:18},end:{line:138,column:23}}),typeof i===m?i.call(c,{name:"image",hash:{},data:a,loc:{start:{line:138,column:16},end:{line:138,column:25}}}):i))!=null?s:"")+" on port "+((s=(i=d(t,"port")||u(n,"port",{start:{line:138,column:36},end:{line:138,column:40}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:138,column:34},end:{line:138,column:42}}}):i))!=null?s:"")+` ----

resource "aws_lb" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:140,column:21},end:{line:140,column:24}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:140,column:19},end:{line:140,column:26}}}):i))!=null?s:"")+'" {\n  name                       = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:141,column:50},end:{line:141,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:141,column:48},end:{line:141,column:55}}}):i))!=null?s:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:148,column:44},end:{line:148,column:47}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:148,column:42},end:{line:148,column:49}}}):i))!=null?s:"")+`" {
  resource_arn = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:149,column:26},end:{line:149,column:29}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:149,column:24},end:{line:149,column:31}}}):i))!=null?s:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:153,column:34},end:{line:153,column:37}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:153,column:32},end:{line:153,column:39}}}):i))!=null?s:"")+`" {
  for_each    = toset(`+((s=d(t,"if").call(c,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(1,a,0,r,o),inverse:e.program(2,a,0,r,o),data:a,loc:{start:{line:154,column:22},end:{line:154,column:84}}}))!=null?s:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:155,column:56},end:{line:155,column:59}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:155,column:54},end:{line:155,column:61}}}):i))!=null?s:"")+'" : "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:155,column:84},end:{line:155,column:87}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:155,column:82},end:{line:155,column:89}}}):i))!=null?s:"")+'-${each.key}"\n  port        = '+((s=(i=d(t,"port")||u(n,"port",{start:{line:156,column:18},end:{line:156,column:22}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:156,column:16},end:{line:156,column:24}}}):i))!=null?s:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((s=d(t,"if").call(c,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(3,a,0,r,o),inverse:e.program(4,a,0,r,o),data:a,loc:{start:{line:162,column:6},end:{line:162,column:130}}}))!=null?s:"")+`
    path                = "`+((s=(i=d(t,"healthPath")||u(n,"healthPath",{start:{line:163,column:29},end:{line:163,column:39}}),typeof i===m?i.call(c,{name:"healthPath",hash:{},data:a,loc:{start:{line:163,column:27},end:{line:163,column:41}}}):i))!=null?s:"")+`"
    matcher             = "`+((s=d(t,"if").call(c,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(5,a,0,r,o),inverse:e.program(6,a,0,r,o),data:a,loc:{start:{line:164,column:27},end:{line:164,column:75}}}))!=null?s:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:171,column:30},end:{line:171,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:171,column:28},end:{line:171,column:35}}}):i))!=null?s:"")+`_https" {
  load_balancer_arn = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:172,column:31},end:{line:172,column:34}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:172,column:29},end:{line:172,column:36}}}):i))!=null?s:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((s=d(t,"if").call(c,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(7,a,0,r,o),inverse:e.program(8,a,0,r,o),data:a,loc:{start:{line:181,column:0},end:{line:194,column:7}}}))!=null?s:"")+`    }
  }
`+((s=d(t,"if").call(c,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(9,a,0,r,o),inverse:e.noop,data:a,loc:{start:{line:197,column:0},end:{line:203,column:7}}}))!=null?s:"")+`}

resource "aws_lb_listener" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:206,column:30},end:{line:206,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:206,column:28},end:{line:206,column:35}}}):i))!=null?s:"")+`_http" {
  load_balancer_arn = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:207,column:31},end:{line:207,column:34}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:207,column:29},end:{line:207,column:36}}}):i))!=null?s:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:221,column:38},end:{line:221,column:41}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:221,column:36},end:{line:221,column:43}}}):i))!=null?s:"")+'" {\n  family                   = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:222,column:48},end:{line:222,column:51}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:222,column:46},end:{line:222,column:53}}}):i))!=null?s:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:229,column:32},end:{line:229,column:35}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:229,column:30},end:{line:229,column:37}}}):i))!=null?s:"")+'"\n    image                  = "${var.repository_urls["'+((s=(i=d(t,"image")||u(n,"image",{start:{line:230,column:55},end:{line:230,column:60}}),typeof i===m?i.call(c,{name:"image",hash:{},data:a,loc:{start:{line:230,column:53},end:{line:230,column:62}}}):i))!=null?s:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((s=(i=d(t,"port")||u(n,"port",{start:{line:233,column:50},end:{line:233,column:54}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:233,column:48},end:{line:233,column:56}}}):i))!=null?s:"")+`, protocol = "tcp" }]
`+((s=d(t,"if").call(c,d(n,"migrate"),{name:"if",hash:{},fn:e.program(10,a,0,r,o),inverse:e.noop,data:a,loc:{start:{line:234,column:0},end:{line:241,column:7}}}))!=null?s:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:247,column:35},end:{line:247,column:38}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:247,column:33},end:{line:247,column:40}}}):i))!=null?s:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:258,column:30},end:{line:258,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:258,column:28},end:{line:258,column:35}}}):i))!=null?s:"")+`" {
  for_each        = aws_lb_target_group.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:259,column:42},end:{line:259,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:259,column:40},end:{line:259,column:47}}}):i))!=null?s:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:260,column:60},end:{line:260,column:63}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:260,column:58},end:{line:260,column:65}}}):i))!=null?s:"")+'" : "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:260,column:88},end:{line:260,column:91}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:260,column:86},end:{line:260,column:93}}}):i))!=null?s:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:262,column:46},end:{line:262,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:262,column:44},end:{line:262,column:51}}}):i))!=null?s:"")+`.arn
  desired_count   = `+((s=p(u(o[1],"minReplicas",{start:{line:263,column:22},end:{line:263,column:36}}),n))!=null?s:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:273,column:26},end:{line:273,column:29}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:273,column:24},end:{line:273,column:31}}}):i))!=null?s:"")+`"
    container_port   = `+((s=(i=d(t,"port")||u(n,"port",{start:{line:274,column:25},end:{line:274,column:29}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:274,column:23},end:{line:274,column:31}}}):i))!=null?s:"")+`
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

resource "aws_appautoscaling_target" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:288,column:40},end:{line:288,column:43}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:288,column:38},end:{line:288,column:45}}}):i))!=null?s:"")+`" {
  for_each           = aws_ecs_service.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:289,column:41},end:{line:289,column:44}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:289,column:39},end:{line:289,column:46}}}):i))!=null?s:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((s=p(u(o[1],"minReplicas",{start:{line:293,column:25},end:{line:293,column:39}}),n))!=null?s:"")+`
  max_capacity       = `+((s=p(u(o[1],"maxReplicas",{start:{line:294,column:25},end:{line:294,column:39}}),n))!=null?s:"")+`
}

resource "aws_appautoscaling_policy" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:297,column:40},end:{line:297,column:43}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:297,column:38},end:{line:297,column:45}}}):i))!=null?s:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:298,column:51},end:{line:298,column:54}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:298,column:49},end:{line:298,column:56}}}):i))!=null?s:"")+'\n  name               = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:299,column:42},end:{line:299,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:299,column:40},end:{line:299,column:47}}}):i))!=null?s:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:314,column:42},end:{line:314,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:314,column:40},end:{line:314,column:47}}}):i))!=null?s:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:315,column:43},end:{line:315,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:315,column:41},end:{line:315,column:48}}}):i))!=null?s:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:335,column:46},end:{line:335,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:335,column:44},end:{line:335,column:51}}}):i))!=null?s:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:346,column:46},end:{line:346,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:346,column:44},end:{line:346,column:51}}}):i))!=null?s:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:353,column:42},end:{line:353,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:353,column:40},end:{line:353,column:47}}}):i))!=null?s:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:354,column:43},end:{line:354,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:354,column:41},end:{line:354,column:48}}}):i))!=null?s:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:358,column:50},end:{line:358,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:358,column:48},end:{line:358,column:55}}}):i))!=null?s:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:368,column:42},end:{line:368,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:368,column:40},end:{line:368,column:47}}}):i))!=null?s:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:369,column:46},end:{line:369,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:369,column:44},end:{line:369,column:51}}}):i))!=null?s:"")+'\n  alarm_name          = "${local.prefix}-'+((s=(i=d(t,"key")||u(n,"key",{start:{line:370,column:43},end:{line:370,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:370,column:41},end:{line:370,column:48}}}):i))!=null?s:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:374,column:50},end:{line:374,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:374,column:48},end:{line:374,column:55}}}):i))!=null?s:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((s=(i=d(t,"key")||u(n,"key",{start:{line:383,column:42},end:{line:383,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:383,column:40},end:{line:383,column:47}}}):i))!=null?s:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((s=(i=d(t,"key")||u(n,"key",{start:{line:384,column:42},end:{line:384,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:384,column:40},end:{line:384,column:47}}}):i))!=null?s:"")+`
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
`},1:function(e,n,t,l,a){return'["blue", "green"]'},2:function(e,n,t,l,a){return'["live"]'},3:function(e,n,t,l,a){return"The health route answers below 400."},4:function(e,n,t,l,a){return"No health route: any answer below 500 is a running app."},5:function(e,n,t,l,a){return"200-399"},6:function(e,n,t,l,a){return"200-499"},7:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`      target_group {
        arn    = aws_lb_target_group.`+((r=(o=c(t,"key")||s(n,"key",{start:{line:183,column:39},end:{line:183,column:42}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:183,column:37},end:{line:183,column:44}}}):o))!=null?r:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((r=(o=c(t,"key")||s(n,"key",{start:{line:187,column:39},end:{line:187,column:42}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:187,column:37},end:{line:187,column:44}}}):o))!=null?r:"")+`["green"].arn
        weight = 0
      }
`},8:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`      target_group {
        arn = aws_lb_target_group.`+((r=(o=s(t,"key")||e.strict(n,"key",{start:{line:192,column:36},end:{line:192,column:39}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"key",hash:{},data:a,loc:{start:{line:192,column:34},end:{line:192,column:41}}}):o))!=null?r:"")+`["live"].arn
      }
`},9:function(e,n,t,l,a){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},10:function(e,n,t,l,a){return`    environment = [
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ]
    secrets = [{ name = "PGPASSWORD", valueFrom = "\${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }]
`},11:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
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
  engine_version              = "`+((r=(o=c(t,"postgresMajor")||s(n,"postgresMajor",{start:{line:424,column:35},end:{line:424,column:48}}),typeof o===u?o.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:424,column:33},end:{line:424,column:50}}}):o))!=null?r:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((r=(o=c(t,"dbName")||s(n,"dbName",{start:{line:429,column:35},end:{line:429,column:41}}),typeof o===u?o.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:429,column:33},end:{line:429,column:43}}}):o))!=null?r:"")+`"
  username                    = "`+((r=(o=c(t,"dbName")||s(n,"dbName",{start:{line:430,column:35},end:{line:430,column:41}}),typeof o===u?o.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:430,column:33},end:{line:430,column:43}}}):o))!=null?r:"")+`"
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
`},12:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(o=c(t,"key")||s(n,"key",{start:{line:480,column:32},end:{line:480,column:35}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:480,column:30},end:{line:480,column:37}}}):o))!=null?r:"")+' = "https://${aws_lb.'+((r=(o=c(t,"key")||s(n,"key",{start:{line:480,column:60},end:{line:480,column:63}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:480,column:58},end:{line:480,column:65}}}):o))!=null?r:"")+'.dns_name}"'+((r=c(t,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:480,column:76},end:{line:480,column:106}}}))!=null?r:"")},13:function(e,n,t,l,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a,r,o){var s,i=n??(e.nullContext||{}),u=e.lookupProperty||function(c,m){if(Object.prototype.hasOwnProperty.call(c,m))return c[m]};return`resource "aws_ecs_cluster" "this" {
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

resource "aws_security_group" "alb" {
  name   = "\${local.prefix}-alb"
  vpc_id = var.vpc_id

  ingress {
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
      }
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
        limit              = 2000
        aggregate_key_type = "IP"
      }
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
`+((s=u(t,"each").call(i,u(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0,r,o),inverse:e.noop,data:a,loc:{start:{line:136,column:0},end:{line:397,column:9}}}))!=null?s:"")+`
data "aws_region" "current" {}
`+((s=u(t,"if").call(i,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(11,a,0,r,o),inverse:e.noop,data:a,loc:{start:{line:400,column:0},end:{line:477,column:7}}}))!=null?s:"")+`
output "urls" {
  value = { `+((s=u(t,"each").call(i,u(n,"services"),{name:"each",hash:{},fn:e.program(12,a,0,r,o),inverse:e.noop,data:a,loc:{start:{line:480,column:12},end:{line:480,column:115}}}))!=null?s:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`variable "environment" {
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
  prefix = "`+((r=(o=s(t,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):o))!=null?r:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,t,l,a){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o=e.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((r=o(t,"if").call(n??(e.nullContext||{}),o(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?r:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`variable "region" {
  type    = string
  default = "`+((r=(o=s(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):o))!=null?r:"")+`"
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

variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the HTTPS listeners."
}

variable "alarm_email" {
  type        = string
  description = "Address subscribed to the CloudWatch alarm topic."
}
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in S3 with S3-native locking (use_lockfile: Terraform >= 1.10, OpenTofu >= 1.10).
  # Create the bucket once, by hand or with a bootstrap stack, with versioning on.
  backend "s3" {
    bucket       = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):o))!=null?r:"")+`-tfstate"
    key          = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):o))!=null?r:"")+`/terraform.tfstate"
    region       = "`+((r=(o=c(t,"region")||s(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof o===u?o.call(i,{name:"region",hash:{},data:a,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):o))!=null?r:"")+`"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      project    = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:31,column:22},end:{line:31,column:26}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:31,column:20},end:{line:31,column:28}}}):o))!=null?r:"")+`"
      managed-by = "terraform"
    }
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,t,l,a){return"Multiple"},1:function(e,n,t,l,a){return"Single"},2:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:143,column:36},end:{line:143,column:40}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:143,column:34},end:{line:143,column:42}}}):o))!=null?r:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((r=(o=c(t,"postgresMajor")||s(n,"postgresMajor",{start:{line:146,column:36},end:{line:146,column:49}}),typeof o===u?o.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:146,column:34},end:{line:146,column:51}}}):o))!=null?r:"")+`"
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
  name                         = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:166,column:36},end:{line:166,column:40}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:166,column:34},end:{line:166,column:42}}}):o))!=null?r:"")+`-\${each.key}-migrate"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  container_app_environment_id = azurerm_container_app_environment.env[each.key].id
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 0

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }

  template {
    container {
      name    = "migrate"
      image   = "mcr.microsoft.com/k8se/quickstart:latest"
      command = `+((r=(o=c(t,"migrateCommand")||s(n,"migrateCommand",{start:{line:182,column:19},end:{line:182,column:33}}),typeof o===u?o.call(i,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:182,column:16},end:{line:182,column:36}}}):o))!=null?r:"")+`
      cpu     = 0.5
      memory  = "1Gi"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):o))!=null?r:"")+`-\${each.key}"
  location = var.location
}

resource "azurerm_role_assignment" "deploy_env" {
  for_each             = local.environments
  scope                = azurerm_resource_group.env[each.key].id
  role_definition_name = "Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}

resource "azurerm_log_analytics_workspace" "env" {
  for_each            = local.environments
  name                = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:16,column:27},end:{line:16,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:16,column:25},end:{line:16,column:33}}}):o))!=null?r:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:24,column:34},end:{line:24,column:38}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:24,column:32},end:{line:24,column:40}}}):o))!=null?r:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:32,column:36},end:{line:32,column:40}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:32,column:34},end:{line:32,column:42}}}):o))!=null?r:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((r=c(t,"if").call(i,c(n,"progressive"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:36,column:19},end:{line:36,column:67}}}))!=null?r:"")+`"

  template {
    min_replicas = each.value.environment == "production" ? `+((r=(o=c(t,"minReplicas")||s(n,"minReplicas",{start:{line:39,column:62},end:{line:39,column:73}}),typeof o===u?o.call(i,{name:"minReplicas",hash:{},data:a,loc:{start:{line:39,column:60},end:{line:39,column:75}}}):o))!=null?r:"")+` : 1
    max_replicas = `+((r=(o=c(t,"maxReplicas")||s(n,"maxReplicas",{start:{line:40,column:21},end:{line:40,column:32}}),typeof o===u?o.call(i,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:40,column:19},end:{line:40,column:34}}}):o))!=null?r:"")+`

    container {
      name   = each.value.key
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.5
      memory = "1Gi"

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
`+((r=c(t,"if").call(i,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:137,column:0},end:{line:212,column:7}}}))!=null?r:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((r=(o=c(t,"compactName")||s(n,"compactName",{start:{line:53,column:39},end:{line:53,column:50}}),typeof o===u?o.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:53,column:37},end:{line:53,column:52}}}):o))!=null?r:"")+`backups"
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
  name                  = "`+((r=(o=c(t,"bucket")||s(n,"bucket",{start:{line:71,column:29},end:{line:71,column:35}}),typeof o===u?o.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:71,column:27},end:{line:71,column:37}}}):o))!=null?r:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):o))!=null?r:"")+`-shared"
  location = var.location
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((r=(o=c(t,"compactName")||s(n,"compactName",{start:{line:9,column:27},end:{line:9,column:38}}),typeof o===u?o.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:9,column:25},end:{line:9,column:40}}}):o))!=null?r:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:18,column:27},end:{line:18,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:25},end:{line:18,column:33}}}):o))!=null?r:"")+`-github-deploy"
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
  name                = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:40,column:27},end:{line:40,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:40,column:25},end:{line:40,column:33}}}):o))!=null?r:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((r=c(t,"if").call(i,c(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:49,column:0},end:{line:81,column:7}}}))!=null?r:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(o=c(t,"key")||s(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):o))!=null?r:"")+" = { port = "+((r=(o=c(t,"port")||s(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):o))!=null?r:"")+', health = "'+((r=c(t,"if").call(i,c(c(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?r:"")+'", image = "'+((r=(o=c(t,"image")||s(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof o===u?o.call(i,{name:"image",hash:{},data:a,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):o))!=null?r:"")+'" }'+((r=c(t,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?r:"")},1:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return(r=(o=s(t,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):o))!=null?r:""},2:function(e,n,t,l,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "location" {
  type    = string
  default = "`+((r=(o=i(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof o=="function"?o.call(s,{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):o))!=null?r:"")+`"
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
  services     = { `+((r=i(t,"each").call(s,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?r:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in Azure Blob Storage; the azurerm backend locks it with a blob lease. Create the
  # storage account and container once, with blob versioning on.
  backend "azurerm" {
    resource_group_name  = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):o))!=null?r:"")+`-tfstate"
    storage_account_name = "`+((r=(o=c(t,"compactName")||s(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof o===u?o.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):o))!=null?r:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):o))!=null?r:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'  default     = "'+((r=(o=s(t,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:a,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):o))!=null?r:"")+`"
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "github_owner" {
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
`+((r=i(t,"if").call(s,i(n,"domain"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?r:"")+`}

resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((r=(o=i(t,"name")||e.strict(n,"name",{start:{line:37,column:18},end:{line:37,column:22}}),typeof o=="function"?o.call(s,{name:"name",hash:{},data:a,loc:{start:{line:37,column:16},end:{line:37,column:24}}}):o))!=null?r:"")+`"
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
`},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`terraform {
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
  }

  # Remote state with locking in Terraform Cloud / HCP (or any \`cloud\` block host); a self-hosted
  # box has no object store of its own to lean on.
  cloud {
    workspaces {
      name = "`+((r=(o=s(t,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):o))!=null?r:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):o))!=null?r:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((r=(o=c(t,"postgresMajor")||s(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof o===u?o.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):o))!=null?r:"")+`"
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
  name     = "`+((r=(o=c(t,"dbName")||s(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof o===u?o.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):o))!=null?r:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):o))!=null?r:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((r=(o=c(t,"name")||s(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):o))!=null?r:"")+"/"+((r=(o=c(t,"name")||s(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):o))!=null?r:"")+`-backend:bootstrap"
        command = `+((r=(o=c(t,"migrateCommand")||s(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof o===u?o.call(i,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):o))!=null?r:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=c(t,"if").call(s,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:1,column:0},end:{line:65,column:7}}}))!=null?r:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((r=(o=c(t,"name")||i(n,"name",{start:{line:69,column:16},end:{line:69,column:20}}),typeof o===u?o.call(s,{name:"name",hash:{},data:a,loc:{start:{line:69,column:14},end:{line:69,column:22}}}):o))!=null?r:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((r=(o=c(t,"minReplicas")||i(n,"minReplicas",{start:{line:76,column:70},end:{line:76,column:81}}),typeof o===u?o.call(s,{name:"minReplicas",hash:{},data:a,loc:{start:{line:76,column:68},end:{line:76,column:83}}}):o))!=null?r:"")+` : 0
      max_instance_count = `+((r=(o=c(t,"maxReplicas")||i(n,"maxReplicas",{start:{line:77,column:29},end:{line:77,column:40}}),typeof o===u?o.call(s,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:77,column:27},end:{line:77,column:42}}}):o))!=null?r:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((r=(o=c(t,"name")||i(n,"name",{start:{line:80,column:64},end:{line:80,column:68}}),typeof o===u?o.call(s,{name:"name",hash:{},data:a,loc:{start:{line:80,column:62},end:{line:80,column:70}}}):o))!=null?r:"")+"/"+((r=(o=c(t,"name")||i(n,"name",{start:{line:80,column:73},end:{line:80,column:77}}),typeof o===u?o.call(s,{name:"name",hash:{},data:a,loc:{start:{line:80,column:71},end:{line:80,column:79}}}):o))!=null?r:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
      ports {
        container_port = local.services[each.value.key].port
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
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((r=(o=c(t,"bucket")||s(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof o===u?o.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):o))!=null?r:"")+`"
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
  account_id   = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):o))!=null?r:"")+`-backup"
  display_name = "backup.yml of `+((r=(o=c(t,"name")||s(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):o))!=null?r:"")+`"
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
`},1:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((r=(o=s(t,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):o))!=null?r:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):o))!=null?r:"")+`-github"
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
  account_id   = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):o))!=null?r:"")+`-deploy"
  display_name = "GitHub deploy of `+((r=(o=c(t,"name")||s(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):o))!=null?r:"")+`"
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
  account_id   = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):o))!=null?r:"")+`-runtime"
  display_name = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):o))!=null?r:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):o))!=null?r:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook. Attach it to the external HTTPS load balancer (serverless
# NEG) in front of Cloud Run; that load balancer is not part of this skeleton.
resource "google_compute_security_policy" "edge" {
  name = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):o))!=null?r:"")+`-production-edge"

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
        count        = 2000
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
`+((r=c(t,"if").call(i,c(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?r:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):o))!=null?r:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):o))!=null?r:"")+`: more than 5% 5xx"
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
  display_name          = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):o))!=null?r:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):o))!=null?r:"")+`: CPU above 90%"
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
`+((r=c(t,"if").call(i,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?r:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(o=c(t,"key")||s(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof o===u?o.call(i,{name:"key",hash:{},data:a,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):o))!=null?r:"")+" = { port = "+((r=(o=c(t,"port")||s(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof o===u?o.call(i,{name:"port",hash:{},data:a,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):o))!=null?r:"")+', health = "'+((r=c(t,"if").call(i,c(c(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?r:"")+'" }'+((r=c(t,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?r:"")},1:function(e,n,t,l,a){var r,o,s=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return(r=(o=s(t,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):o))!=null?r:""},2:function(e,n,t,l,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((r=(o=i(t,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof o=="function"?o.call(s,{name:"region",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):o))!=null?r:"")+`"
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
  services     = { `+((r=i(t,"each").call(s,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?r:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
  required_version = ">= 1.6"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.10"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.4"
    }
  }

  # Remote state in a GCS bucket; the gcs backend locks the state itself. Create the bucket once,
  # with object versioning on.
  backend "gcs" {
    bucket = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):o))!=null?r:"")+`-tfstate"
    prefix = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):o))!=null?r:"")+`"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,l,a){var r,o,s=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    secret_suffix = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):o))!=null?r:"")+`"
    namespace     = "`+((r=(o=c(t,"name")||s(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof o===u?o.call(i,{name:"name",hash:{},data:a,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):o))!=null?r:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function er(e){let n=il[e];if(!n)throw new Error(`No template ${e} in this build`);return Zo.template(n)}var nr=new Map;function g(e,n){let t=nr.get(e);return t||(t=er(e),nr.set(e,t)),t(n)}import{posix as fl}from"node:path";var tr={"X-Forwarded-Proto":"https"};function _(e){let n=e.deploy.healthPath;return n?{path:n,route:!0}:{path:"/",route:!1}}function X(){return{path:"/",route:!1}}function D(e){return e.route?400:500}function or(e,n){return e.route?`GET ${e.path} on port ${n} answers below 400`:`GET / on port ${n} answers below 500 (no health route: any answer shows the server is up)`}function I(e,n,t){let l=`http://127.0.0.1:${n}${t.path}`,a=D(t);switch(e){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${l}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${a})`].join(`
`)];case"node":return["node","-e",`fetch('${l}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${a} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",l]}}function cn(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:t=>n?`${e.workspaceDir}/${t}`:t}}function ve(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var Ie="/app",rr=e=>e==="."?Ie:`${Ie}/${e}`;function sl(e){return e.backend.kind==="fastapi"||/(^|\.)asgi:/.test(e.backend.app)}function un(e){let{port:n,appDir:t,migrationsDir:l,server:a}=e.backend,r=e.backend.appFactory?`${e.backend.app}()`:e.backend.app,o=t===l?[]:["--chdir",rr(t)];switch(a){case"uvicorn":return{packages:[`uvicorn==${j.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(n),...t===l?[]:["--app-dir",rr(t)],...e.backend.appFactory?["--factory",e.backend.app]:[e.backend.app]]};case"daphne":return{packages:[`daphne==${j.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(n),r]};case"gunicorn":{let s=sl(e);return{packages:[`gunicorn==${j.gunicorn}`,...s?[`uvicorn-worker==${j["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${n}`,...s?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...o,r]}}}}var ar={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${j.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${j.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function mn(e,n){let t=e.backend.packageManager,l=ar[t]??ar.pip,a=e.database==="postgres"||e.database==="postgis",r=[...a?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],o=un(e),i=`python -c "import ${o.packages.map(p=>p.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${l.add} ${o.packages.join(" ")}`,{port:u,migrationsDir:c,settingsModule:m}=e.backend;return{title:n,serverName:o.argv[0],serverCmdline:o.argv.join(" "),baseImage:Hn(e.backend.version),tool:l.tool,uv:t==="uv",manifests:l.manifests,install:l.install,ensureServer:i,buildPackages:a?["libpq-dev"]:[],runtimePackages:r,settingsModule:m,collectStatic:e.backend.kind==="django"&&e.backend.collectStatic?ll(e):void 0,pythonPath:e.backend.server==="daphne"&&e.backend.appDir!==c?e.backend.appDir==="."?Ie:`${Ie}/${e.backend.appDir}`:void 0,workdir:c==="."?void 0:c,port:u,healthcheck:ve(I("python",u,_(e))),cmd:ve(o.argv)}}function ll(e){let n='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(e.backend.importEnv??[]).map(l=>`${l}=${/DATABASE_URL|_DB_URL$/.test(l)?"sqlite:////tmp/collectstatic.sqlite3":n}`),"python manage.py collectstatic --noinput"].join(" ")}var ir={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:_,port:e=>e.backend.port,context:e=>mn(e,"Django")};var sr="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function cl(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[sr,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[sr,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${P("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}var pn=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port,buildScript:e.backend.buildScript===!1?void 0:e.backend.buildScript??ul(e)}),ul=e=>e.backend.kind==="nestjs"?"build":void 0,Be=e=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:e.frontend.port,buildScript:"build"});function V(e,n,t){let l=cn(n),a=cl(e.packageManager),{cmd:r,healthcheck:o,...s}=t(a,l);return{...l,baseImage:qn(e.nodeVersion,e.versionKey),pm:a,build:e.buildScript?a.run(e.buildScript):void 0,port:e.port,...s,healthcheck:ve(o),cmd:ve(r)}}var lr={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:_,port:e=>e.backend.port,context:(e,n)=>V(pn(e),n,t=>({...e.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${t.run("build")}; fi`}:{},healthcheck:I("node",e.backend.port,_(e)),cmd:e.backend.start??["node","."]}))};var cr={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:_,port:e=>e.backend.port,context:e=>mn(e,"FastAPI")};var ml=["node","dist/main.js"],ur={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:_,port:e=>e.backend.port,context:(e,n)=>V(pn(e),n,()=>({healthcheck:I("node",e.backend.port,_(e)),cmd:e.backend.start??ml}))};var ct="docker/nginx-spa.conf";function ut(e){return e.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var $e={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:X,port:e=>e.frontend.port,context:(e,n)=>V(Be(e),n,(t,l)=>({title:ut(e).title,outDir:e.frontend.outDir,runtimeImage:P("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:l.inService(ct),healthcheck:I("busybox",e.frontend.port,X()),cmd:["nginx","-g","daemon off;"]}))};var pl={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:X,port:e=>e.frontend.port,context:(e,n)=>V(Be(e),n,(t,l)=>({healthcheck:I("node",e.frontend.port,X()),cmd:["node",l.inService("server.js")]}))},dl={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:X,port:e=>e.frontend.port,context:(e,n)=>V(Be(e),n,t=>({prune:t.prune,healthcheck:I("node",e.frontend.port,X()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(e.frontend.port)]}))},mr={standalone:pl,default:dl,export:$e};var pr={django:ir,fastapi:cr,express:lr,nestjs:ur};function dr(e){switch(e.frontend.kind){case"nextjs":return mr[e.frontend.nextOutput];case"react-vite":return $e;case"none":return}}var je=(e,n)=>e==="."?n:`${e}/${n}`;function hl(e,n,t){let l=fl.relative(e==="."?"":e,n==="."?"":n);if(l.startsWith(".."))throw x(`${t}.context: "${e}" must contain ${t}.dir "${n}" (it is the folder the build starts from)`);return l===""?".":l}function v(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,t=[],l=(s,i,u,c)=>{let m=hl(u,i,s),p=n?`Dockerfile.${s}`:"Dockerfile";t.push({role:s,dir:i,context:u,dockerfile:je(m,p),workspaceDir:m,strategy:c,port:c.port(e),probe:c.probe(e)})},{backend:a,frontend:r}=e;if(a.kind!=="none"){if(a.context!==a.dir&&(a.kind==="django"||a.kind==="fastapi"))throw x(`backend.context: a separate build context is supported for Node.js services; ${a.kind} builds from backend.dir`);l("backend",a.dir,a.context,pr[a.kind])}let o=dr(e);return o&&l("frontend",r.dir,r.context??r.dir,o),t}function R(e){return je(e.context,e.dockerfile)}function mt(e){return e.dockerfile==="Dockerfile"?je(e.context,".dockerignore"):`${R(e)}.dockerignore`}function gl(e,n){let t=n.strategy.context(e,n);return JSON.parse(t.cmd??"[]").join(" ")}function fr(e,n){let t=n.map(a=>({role:a.role,kind:a.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:R(a),context:a.context,command:gl(e,a),port:a.port,probe:or(a.probe,a.port),packageManager:a.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),l=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:g("docs/containers.md.hbs",{images:t,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:l,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:_(e).route,healthPath:_(e).path,workspace:n.some(a=>a.workspaceDir!=="."),pythonPackages:l?un(e).packages.join(", "):""})}}var dn="docker";function yl(e,n){let t=[{kind:"text",path:R(n),component:dn,comment:"hash",text:g(n.strategy.template,n.strategy.context(e,n))},{kind:"text",path:mt(n),component:dn,comment:"hash",text:g(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===$e&&t.push({kind:"text",path:je(n.dir,ct),component:dn,comment:"hash",text:g("docker/static/nginx-spa.conf.hbs",{port:n.port,...ut(e)})}),t}var hr={name:dn,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=v(e);return n.length===0?[]:[...n.flatMap(t=>yl(e,t)),fr(e,n)]}};var gr="ubuntu-24.04",_l={contents:"read"};function O(e,n,t,l={}){return{name:e,"runs-on":gr,"timeout-minutes":n,permissions:{..._l},...l,steps:t}}function fn(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var _r="app";function hn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:ge(e),env:{POSTGRES_DB:_r,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:P("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}var yr=e=>/DATABASE_URL|_DB_URL$/.test(e);function we(e,n=!1){if(e.backend.kind!=="django")return{env:{},generated:[]};let t=e.backend.importEnv??[],l={};for(let r of t.filter(yr))l[r]=Le(e).DATABASE_URL??"sqlite:///ci.sqlite3";let a=new Set(t.filter(r=>!yr(r)));return n&&(a.add("DJANGO_SECRET_KEY"),l.DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1"),{env:l,generated:[...a].sort()}}function Ne(e){return e.length===0?[]:[w("throwaway-secrets","Random values for the secrets the app requires at import (this run only)",e.map(n=>`echo "${n}=$(openssl rand -hex 32)" >> "$GITHUB_ENV"`).join(`
`))]}function Le(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgres://postgres@localhost:5432/${_r}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var kr=e=>`ghcr.io/\${{ github.repository }}/${e}`,vr="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",br=e=>`ci-${e.role}:latest`;function $r(e,n,t={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:f("docker/build-push-action"),with:{context:e.context,file:R(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...t}}}function bl(e){let n=we(e,!0);return{env:{...n.env,...Le(e)},generated:n.generated}}function wr(e,n){let t=e.role==="backend",l=t?hn(n):{},a=t?bl(n):{env:{},generated:[]},o=["docker run --detach --name app --network host \\",...[...Object.keys(a.env),...a.generated].sort().map(i=>`  --env ${i} \\`),'  "$IMAGE"'].join(`
`),s=`http://localhost:${e.port}`;return O(`Image ${e.role}: build and performance smoke test`,30,[b(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},$r(e,!1,{load:!0,tags:br(e)}),...Ne(a.generated),w("start","Start the container",o,{env:{IMAGE:br(e),...a.env}}),w("wait-healthy","Wait until the container's health check passes",["for attempt in $(seq 1 60); do","  status=$(docker inspect --format '{{.State.Health.Status}}' app)",'  echo "attempt $attempt: $status"','  if [ "$status" = healthy ]; then exit 0; fi','  if [ "$status" = unhealthy ]; then break; fi',"  sleep 2","done",'echo "::error::The container did not become healthy"',"exit 1"].join(`
`)),{id:"setup-k6",name:"Set up k6",uses:f("grafana/setup-k6-action")},w("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:s,SMOKE_PATHS:e.probe.path,HEALTHY_BELOW:String(D(e.probe))}}),w("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(l).length>0?{services:l}:{})}function Sr(e,n){return O(`Publish ${e.role} image to GHCR`,30,[b(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:f("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:f("docker/metadata-action"),with:{images:kr(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},$r(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}"})],{needs:[...n],if:vr,permissions:{contents:"read",packages:"write"}})}var Er={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},Pr="perf/smoke.js";function Or(e){return{kind:"text",path:Pr,component:"ci",comment:"slash",text:g("ci/k6-smoke.js.hbs",{...Er,port:e.port,paths:[e.probe.path],healthyBelow:D(e.probe)})}}var pt=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function gn(e){return[b(),...e.stack.ci.setup(e.ctx),w("install","Install dependencies",e.stack.ci.install(e.ctx))]}function Ue(e,n,t,l,a,r={}){let o=e.ctx.gates[n];if(o==="off"||!a)return[];if(o==="enforce")return[w(t,l,a,r)];let s=`${e.role}.gates.${n}`;return[w(t,`${l} (report only: ${s})`,["status=0",`(
${a}
) || status=$?`,'if [ "$status" -ne 0 ]; then',`  echo "::warning::${l} found problems (exit $status); ${s} is report, so CI goes on"`,`  echo "- ${l}: problems found (exit $status), not enforced (${s}: report)" >> "$GITHUB_STEP_SUMMARY"`,"else",`  echo "- ${l}: passed" >> "$GITHUB_STEP_SUMMARY"`,"fi"].join(`
`),r)]}function xr(e){let n=e.stack.ci.testDir?.(e.ctx);return n&&n!=="."?{"working-directory":e.ctx.dir==="."?n:`${e.ctx.dir}/${n}`}:{}}function Rr(e,n={env:{},generated:[]}){let{ci:t}=e.stack,l=[...Ue(e,"lint","lint","Lint",t.lint(e.ctx)),...Ue(e,"format","format","Format check",t.format?.(e.ctx)),...Ue(e,"typecheck","typecheck","Type-check",t.typecheck(e.ctx)),...Ue(e,"test","unit-tests","Unit tests",t.unitTest(e.ctx),xr(e)),...e.role==="library"&&t.build?[w("build","Build",t.build(e.ctx))]:[]];if(l.length===0)return;let a=l.map(o=>(o.name??o.id??"").replace(/ \(report only.*\)$/,"").toLowerCase()),r=n.env;return O(`${pt(e)}: ${a.join(", ")}`,20,[...gn(e),...Ne(n.generated),...l],{...fn(e.ctx.dir),...Object.keys(r).length>0?{env:r}:{}})}function Cr(e,n){let{ci:t}=e.stack;if(!t.integrationTest)return;let l=n.database!=="none",a=[...gn(e)],r=e.ctx.migrationsDir==="."?{}:{"working-directory":e.ctx.dir==="."?e.ctx.migrationsDir:`${e.ctx.dir}/${e.ctx.migrationsDir}`},o=l?t.migrate?.(e.ctx):void 0,s=o?t.migrateBuild?.(e.ctx):void 0;s&&a.push(w("build","Build (the migrate script runs against the build, as in the image)",s)),o&&a.push(w("migrate","Apply migrations",o,r));let i=l?t.migrationCheck?.(e.ctx):void 0;i&&a.push(w("migration-check","Check for missing migrations",i,r)),a.push(...Ue(e,"test","integration-tests","Integration tests",t.integrationTest(e.ctx),xr(e)));let u=hn(n),c=we(n),m={...c.env,...Le(n)};return a.splice(gn(e).length,0,...Ne(c.generated)),O(`${pt(e)}: migrations and integration tests`,30,a,{...fn(e.ctx.dir),...Object.keys(u).length>0?{services:u}:{},...Object.keys(m).length>0?{env:m}:{}})}function Tr(e,n){let{ci:t}=e.stack;if(!t.build||!t.bundleDir)return;let l=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c "$f" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return O(`${pt(e)}: build and bundle budget`,20,[...gn(e),w("build","Production build",t.build(e.ctx)),w("bundle-budget","Bundle-size budget",l,{env:{BUNDLE_DIR:t.bundleDir(e.ctx),BUDGET_KB:String(n)}})],fn(e.ctx.dir))}var re=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)};function kl(e){let n=l=>e.gates[l]!=="off",t=new Set;return n("lint")&&t.add(e.tools.lint==="flake8"||e.tools.lint==="pylint"?e.tools.lint:"ruff"),n("format")&&t.add(e.tools.format==="black"||e.tools.format==="isort"?e.tools.format:"ruff"),n("typecheck")&&t.add(e.tools.typecheck==="pyright"?"pyright":"mypy"),n("test")&&e.tools.test!=="django"&&t.add("pytest"),[...t]}function vl(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[re(e)],t={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[re(e)],l=kl(e);if(l.length===0)return n.join(`
`);let a=l.map(r=>`${r}==${j[r]}`).join(" ");return[...n,"missing=()",`for tool in ${a}; do`,`  ${$l(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${t} "\${missing[@]}"; fi`].join(`
`)}function $l(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[re(e)]}function yn(e,n){return["status=0",`${Q(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function Q(e,n){switch(re(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function _n(e,n){switch(re(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function bn(e,n){switch(re(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}function wl(e){switch(e.tools.lint){case"flake8":return Q(e,"flake8");case"pylint":return Q(e,"pylint --recursive=y .");default:return Q(e,"ruff check .")}}function Sl(e){switch(e.tools.format){case"black":return Q(e,"black --check --diff .");case"isort":return Q(e,"isort --check-only --diff .");default:return Q(e,"ruff format --check .")}}var kn={codeqlLanguage:"python",setup:e=>ao(re(e),e.runtimeVersion,e.dir,j.poetry),install:vl,lint:wl,format:Sl,typecheck:e=>e.tools.typecheck==="pyright"?bn(e,"pyright"):Q(e,"mypy ."),unitTest:e=>yn(e,'-m "not integration"'),integrationTest:e=>yn(e,"")};var Ar={...kn,unitTest:()=>{},integrationTest:e=>e.tools.test==="django"?_n(e,"manage.py test"):yn(e,""),testDir:e=>e.tools.test==="django"?e.migrationsDir:void 0,migrate:e=>_n(e,"manage.py migrate --noinput"),migrationCheck:e=>_n(e,"manage.py makemigrations --check --dry-run")};function Dr(e){let n=e.packageManager;if(!Qt.includes(n))throw new Error(`${n} is not a Node.js package manager`);return io(n,e.runtimeVersion,e.dir,{...e.workspaceRoot?{root:e.workspaceRoot}:{},...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}})}var Me=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function El(e){switch(Me(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function C(e,n){return`${Me(e)} run ${n}`}function Se(e,n){switch(Me(e)){case"npm":case"pnpm":case"bun":return`${Me(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function Pl(e,n){return["if [ -f tsconfig.json ]; then",`  ${G(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function G(e,n){switch(Me(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var Ir="typeorm-ts-node-commonjs",Br="src/data-source.ts";function Ol(e){if(e.migrateScript)return C(e,e.migrateScript);switch(e.orm){case"prisma":return G(e,"prisma migrate deploy");case"typeorm":return G(e,`${Ir} migration:run -d ${Br}`);case"none":return}}function xl(e){switch(e.orm){case"prisma":return G(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":{let n=e.dataSource??Br,t=/\.[cm]?js$/.test(n)?"typeorm":Ir;return G(e,`${t} migration:generate src/migrations/ci-check -d ${n} --check`)}case"none":return}}function Rl(e,n){return[e,"if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",`  echo "::error::The ${n} changed files (it fixes rather than checks); commit its fixes:"`,"  git diff --stat","  exit 1","fi"].join(`
`)}function Cl(e){switch(e.tools.lint){case"script":return Rl(C(e,"lint"),"lint script");case"eslint":return G(e,"eslint .");case"biome":return G(e,"biome lint .");default:return Se(e,"lint")}}function Tl(e){switch(e.tools.format){case"prettier":return G(e,"prettier --check .");case"biome":return G(e,"biome format .");case"script":return C(e,"format:check");default:return}}function dt(e,n){switch(e.tools.typecheck){case"script":return C(e,"typecheck");case"tsc":return G(e,`tsc ${n}`);default:return Pl(e,n)}}var H={codeqlLanguage:"javascript-typescript",setup:Dr,install:El,lint:Cl,format:Tl,typecheck:e=>dt(e,"--noEmit"),unitTest:e=>e.tools.test==="script"?C(e,"test"):Se(e,"test"),migrate:Ol,migrateBuild:e=>e.migrateScript&&e.buildScript?C(e,e.buildScript):void 0,migrationCheck:xl};var jr={...H,integrationTest:e=>Se(e,"test:integration")};var Nr={...kn,migrate:e=>bn(e,"alembic upgrade head"),migrationCheck:e=>bn(e,"alembic check")};var Lr={...H,integrationTest:e=>Se(e,"test:e2e"),build:e=>C(e,"build")};var Ur={...H,build:e=>C(e,"build"),bundleDir:e=>e.buildDir===".next"?".next/static":`${e.buildDir}/_next/static`};var Mr={...H,build:e=>C(e,"build")};var Gr={...H,typecheck:e=>dt(e,"-b"),build:e=>C(e,"build"),bundleDir:e=>e.buildDir};var vn={django:{id:"django",role:"backend",language:"python",title:"Django",ci:Ar},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:Nr},express:{id:"express",role:"backend",language:"node",title:"Express",ci:jr},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:Lr},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:Ur},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:Gr},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:Mr}};function Al(e){return Object.fromEntries(Zt.map(n=>[n,e?.[n]??"enforce"]))}var ft=e=>({gates:Al(e.gates),tools:e.tools??{}}),ht=e=>({workspaceRoot:e.context??e.dir,...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}}),Dl=e=>{let{migrateScript:n,dataSource:t,buildScript:l,kind:a}=e.backend,r=l===!1?void 0:l??(a==="nestjs"?"build":void 0);return{...n?{migrateScript:n}:{},...t?{dataSource:t}:{},...r?{buildScript:r}:{}}};function $n(e){let n=[],t={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:vn[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,migrationsDir:e.backend.migrationsDir,buildDir:e.frontend.outDir,...Dl(e),...ht(e.backend),...ft(e.backend),...t}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:vn[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",migrationsDir:".",buildDir:e.frontend.outDir,...ht(e.frontend),...ft(e.frontend),...t}}),e.library.kind==="node"&&n.push({role:"library",stack:vn["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",migrationsDir:".",buildDir:"dist",...ht(e.library),...ft(e.library),...t}}),n}function Il(){return O("Baseline drift check",10,[b(),{id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:{"node-version":"22"}},w("check","create-devops-baseline check",`npx --yes create-devops-baseline@${Xt} check`)])}function Bl(e){let n={};for(let a of $n(e)){let r=Rr(a,a.role==="backend"?we(e):void 0);r&&(n[`${a.role}-checks`]=r);let o=a.role==="backend"?Cr(a,e):void 0;o&&(n[`${a.role}-integration`]=o);let s=a.role==="frontend"?Tr(a,e.frontend.bundleBudgetKb):void 0;s&&(n[`${a.role}-bundle`]=s)}let t=v(e);for(let a of t)n[`${a.role}-image`]=wr(a,e);n.drift=Il();let l=Object.keys(n);for(let a of t)n[`${a.role}-publish`]=Sr(a,l);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var Hr={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:Bl(e)}],t=v(e)[0];return t&&n.push(Or(t)),n}};import{posix as jl}from"node:path";function qr(e){let n=[],{backend:t,frontend:l}=e;if(t.kind==="django"||t.kind==="fastapi"){let r=t.packageManager,o=r==="uv"?"uv":"pip";n.push({ecosystem:o,renovate:r==="uv"?"pep621":r==="poetry"?"poetry":"pip_requirements",directory:t.dir})}else t.kind!=="none"&&n.push(gt(t.packageManager,t.dir));l.kind!=="none"&&n.push(gt(l.packageManager,l.dir)),e.library.kind!=="none"&&n.push(gt(e.library.packageManager,e.library.dir));for(let r of v(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:jl.dirname(R(r))});e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),zr(e)&&n.push({ecosystem:"docker",renovate:"kubernetes",directory:Vr}),n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let a=new Set;return n.filter(r=>{let o=`${r.ecosystem}:${r.directory}`;return a.has(o)?!1:(a.add(o),!0)})}var Vr="k8s/base",zr=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function gt(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}var Nl=e=>e==="."?"/":`/${e}`;function Ll(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:qr(e).map(t=>({"package-ecosystem":t.ecosystem,directory:Nl(t.directory),schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${t.ecosystem}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}))}}}function Ul(e){let n=qr(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(t=>t.renovate))],...zr(e)?{kubernetes:{managerFilePatterns:[`/^${Vr}/.+\\.yaml$/`]}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var Fr={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?Ul(e):Ll(e)]};var Wr={contents:"read","security-events":"write"};function Kr(e,n,t){let l=`trivy-${n}.sarif`,a=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:f("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...a,severity:t.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:l,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:f("github/codeql-action/upload-sarif"),with:{sarif_file:l,category:`trivy-${n}`}}]}function yt(e,n){return O(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[b(),...Kr({kind:e},e,n)],{permissions:{...Wr}})}function Yr(e,n){let t=`scan-${e.role}:latest`;return O(`Trivy: ${e.role} image`,30,[b(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:f("docker/build-push-action"),with:{context:e.context,file:R(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:t}},...Kr({kind:"image",ref:t},`image-${e.role}`,n)],{permissions:{...Wr}})}function Ml(e){return[...new Set([...$n(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function Gl(e){return O("CodeQL (${{ matrix.language }})",30,[b(),{id:"codeql-init",name:"Initialize CodeQL",uses:f("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:f("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:Ml(e)}}})}var Hl={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},Jr=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function ql(e){let n=[...e].sort((t,l)=>Jr.indexOf(t)-Jr.indexOf(l))[0]??"HIGH";return Hl[n]}function Vl(e){return O("Dependency review",10,[b(),{id:"dependency-review",name:"Review dependency changes",uses:f("actions/dependency-review-action"),with:{"fail-on-severity":ql(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function zl(){return O("Secret scanning (gitleaks)",15,[b({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:f("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function Fl(e){let n={"trivy-fs":yt("fs",e),"trivy-config":yt("config",e)};for(let t of v(e))n[`trivy-image-${t.role}`]=Yr(t,e);return n.codeql=Gl(e),n["dependency-review"]=Vl(e),n.gitleaks=zl(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var Xr={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:Fl(e)}]};var wn=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function _t(){return["postgres",...wn.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var Sn={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var Wl=e=>e.database==="postgres"||e.database==="postgis";function bt(e){let n=[],t=(l,a,r,o,s=!1)=>n.push({section:l,name:a,description:r,example:o,secret:s});return Wl(e)&&(t("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),t("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),t("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&t("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(t("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),t("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&t("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(t("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),t("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&t("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&t("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function k(e){return`\${${e}:?set ${e} in .env}`}var z="db",ae="redis",ie="minio",En="pgbouncer";function F(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var se=e=>e.database==="postgres"||e.database==="postgis";function Pn(e){return{image:ge(e),command:_t(),environment:{POSTGRES_USER:k("POSTGRES_USER"),POSTGRES_PASSWORD:k("POSTGRES_PASSWORD"),POSTGRES_DB:k("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:F(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function On(){return{image:P("redis:7-alpine"),command:["redis-server","--requirepass",k("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:k("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:F(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function xn(){return{image:P("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:k("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:k("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:F(["CMD","mc","ready","local"])}}function Qr(){return{image:P("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:k("POSTGRES_USER"),DB_PASSWORD:k("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[z]:{condition:"service_healthy"}},healthcheck:F(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function Rn(e,n){let t={};return se(e)&&(t.DATABASE_URL=`postgres://${k("POSTGRES_USER")}:${k("POSTGRES_PASSWORD")}@${n}:5432/${k("POSTGRES_DB")}`),e.cache==="redis"&&(t.REDIS_URL=`redis://:${k("REDIS_PASSWORD")}@${ae}:6379/0`),e.objectStorage==="minio"&&(t.S3_ENDPOINT_URL=`http://${ie}:9000`,t.AWS_ACCESS_KEY_ID=k("MINIO_ROOT_USER"),t.AWS_SECRET_ACCESS_KEY=k("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(t.S3_BUCKET=k("S3_BUCKET")),e.backend.kind==="django"&&(t.DJANGO_SECRET_KEY=k("DJANGO_SECRET_KEY"),t.DJANGO_ALLOWED_HOSTS=k("DJANGO_ALLOWED_HOSTS")),t}function Cn(e,n){let t={};return se(e)&&(t[n]={condition:"service_healthy"}),e.cache==="redis"&&(t[ae]={condition:"service_healthy"}),e.objectStorage==="minio"&&(t[ie]={condition:"service_healthy"}),t}function Ee(e,n){let t=n.strategy.probeRuntime(e),l=I(t,n.port,n.probe);return t==="busybox"?F(["CMD",...l]):F(["CMD",...l],t==="python"?"30s":"20s")}function Tn(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function An(e){let n=v(e);return{backend:n.find(t=>t.role==="backend"),frontend:n.find(t=>t.role==="frontend")}}function Z(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var Pe="app",Zr=e=>e==="."?".":`./${e}`,Oe=(e,n)=>`127.0.0.1:${e}:${n}`;function kt(e){let n={},t={},{backend:l,frontend:a}=An(e);if(l&&(n.backend={build:{context:Zr(l.context),dockerfile:l.dockerfile},...Z("environment",Rn(e,z)),ports:[Oe(l.port,l.port)],...Z("depends_on",Cn(e,z)),healthcheck:Ee(e,l),networks:[Pe]}),a){let r=l&&l.port===a.port?a.port+1:a.port;n.frontend={build:{context:Zr(a.context),dockerfile:a.dockerfile},...Z("environment",Tn(e,l)),ports:[Oe(r,a.port)],...l?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:Ee(e,a),networks:[Pe]}}return se(e)&&(n[z]={...Pn(e),ports:[Oe(5432,5432)],networks:[Pe]},t["db-data"]={}),e.cache==="redis"&&(n[ae]={...On(),ports:[Oe(6379,6379)],networks:[Pe]},t["redis-data"]={}),e.objectStorage==="minio"&&(n[ie]={...xn(),ports:[Oe(9e3,9e3),Oe(9001,9001)],networks:[Pe]},t["minio-data"]={}),{name:e.name,services:n,...Object.keys(t).length>0?{volumes:t}:{},networks:{[Pe]:{}}}}function ea(e){let n=bt(e);if(n.length===0)return;let t=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"],l="";for(let a of n)a.section!==l&&(l=a.section,t.push("",`# --- ${l} ---`)),t.push(`# ${a.description}${a.secret?" (secret)":""}`,`${a.name}=${a.example}`);return{kind:"text",path:".env.example",component:"compose",comment:"hash",text:`${t.join(`
`)}
`}}var vt=[];var me="edge",ue="data",xe="proxy",Dn=8080,Kl=`http://127.0.0.1:${Dn}/nginx-health`,pe=e=>e.cloud==="compose",le=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),ce=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}}),na=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),$t=()=>({read_only:!0,...na()});function Ge(e,n=[]){let t={},l={},{backend:a,frontend:r}=An(e),o=se(e),s={};a&&(t.backend={image:k("BACKEND_IMAGE"),...Z("environment",Rn(e,o?En:z)),...Z("depends_on",Cn(e,En)),healthcheck:Ee(e,a),networks:[me,ue],...ce(),...$t(),tmpfs:["/tmp"],deploy:le("1.0","512M")},s.backend={condition:"service_healthy"}),r&&(t.frontend={image:k("FRONTEND_IMAGE"),...Z("environment",Tn(e,a)),...a?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:Ee(e,r),networks:[me],...ce(),...$t(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${cn(r).inService(".next/cache")}`]:["/tmp"],deploy:le("0.5","256M")},s.frontend={condition:"service_healthy"}),t[xe]={image:P("nginxinc/nginx-unprivileged:1.29.5-alpine"),...pe(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:s,healthcheck:F(["CMD","wget","-q","--spider",Kl]),networks:[me],...ce(),...$t(),tmpfs:["/tmp"],deploy:le("0.5","128M")},o&&(t[z]={...Pn(e),networks:[ue],...ce(),deploy:le("1.0","1G")},t[En]={...Qr(),networks:[ue],...ce(),...na(),deploy:le("0.25","64M")},l["db-data"]={}),e.cache==="redis"&&(t[ae]={...On(),networks:[ue],...ce(),deploy:le("0.5","256M")},l["redis-data"]={}),e.objectStorage==="minio"&&(t[ie]={...xn(),networks:[ue],...ce(),deploy:le("0.5","512M")},l["minio-data"]={});let i={name:e.name,services:t,...Object.keys(l).length>0?{volumes:l}:{},networks:{[me]:{},[ue]:{internal:!0}}};for(let u of n)i=ta(i,u);return i}function ta(e,n){let t=(a,r,o)=>{for(let s of Object.keys(r??{}))if(a&&s in a)throw new Error(`compose: ${o} "${s}" is already defined`);return{...a,...r}},l=t(e.volumes,n.volumes,"volume");return{...e,services:t(e.services,n.services,"service"),...Object.keys(l).length>0?{volumes:l}:{},networks:t(e.networks,n.networks,"network")}}var wt="compose",oa={name:wt,description:"Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",render:e=>{if(v(e).length===0)return[];let n=vt.map(a=>a(e)).filter(a=>a!==void 0),t=[{kind:"yaml",path:"docker-compose.yml",component:wt,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:kt(e)},{kind:"yaml",path:"compose.prod.yml",component:wt,headerComment:pe(e)?"Single-host production behind the Cloudflare tunnel: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d. Needs .env. No port is published.":"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.",data:Ge(e,n)}],l=ea(e);return l&&t.push(l),t}};function y(e){let n=[],t=v(e),l=a=>{let r=t.find(o=>o.role===a);if(!r)throw new Error(`no ${a} image build`);return{context:r.context,dockerfile:R(r),port:r.port,probe:r.probe,healthPath:r.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...l("backend"),urlVar:"API_URL",migrate:T(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...l("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function T(e){return e.database==="postgres"||e.database==="postgis"}function St(e,n){let t=y(e);return{options:e,environment:n,services:t,migrator:t.find(l=>l.migrate),hasDatabase:T(e)}}function W(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var B=e=>`${e.options.name}-${e.environment}`,h=(...e)=>`${e.join(`
`)}
`,In=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:f("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:h('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function ra(e){let n=e.deploy.region??"us-east-1",t=`${e.name}-production`,l=e.backend.kind!=="none"?`${t}-api`:`${t}-web`,a=e.deploy.strategy==="rolling"?l:`${l}-blue ${l}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${t} --services ${a} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${t} --region ${n} --since 30m --follow`,events:`aws ecs describe-services --region ${n} --cluster ${t} --services ${a} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${t} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${t} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${l} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${t} --service ${l} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${t} --services ${l}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${l} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${l}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${l}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${l}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${t} --service ${l} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${t} --service ${l} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${t}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var Bn=e=>e.options.deploy.strategy!=="rolling";function jn(e,n){let t=`${B(e)}-${n.key}`;return{service:t,blue:`${t}-blue`,green:`${t}-green`,loadBalancer:t}}function Yl(e,n){let t=jn(e,n),l=n.key;return[Bn(e)?{id:`previous-${l}`,name:`Find the live and idle ${l} services (blue/green)`,env:{LB_NAME:t.loadBalancer,BLUE:t.blue,GREEN:t.green},run:h(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${l}.json"`)}:{id:`previous-${l}`,name:`Record the running ${l} task definition`,env:{SERVICE:t.service},run:h(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${l}.json"`)},{id:`render-${l}`,name:`Put the new ${l} image into the task definition`,uses:f("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${l}.json`,"container-name":l,image:`\${{ env.IMAGE_${l.toUpperCase()} }}`}},{id:`register-${l}`,name:`Register the ${l} task definition (no service: deploy comes after migrations)`,uses:f("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${l}.outputs.task-definition }}`}}]}function Jl(e,n){return Bn(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:jn(e,n).service}var aa={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:B(e),DB_INSTANCE_ID:B(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:f("aws-actions/amazon-ecr-login")}],prepare:Yl,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:h('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:Jl(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:h(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:W(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let t=n.key,l=`\${{ steps.register-${t}.outputs.task-definition-arn }}`;return Bn(e)?[{id:`deploy-${t}`,name:`Deploy ${t} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${t}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${t}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,TASK_DEFINITION:l},run:h(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${t}`,name:`Deploy ${t} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:jn(e,n).service,TASK_DEFINITION:l},run:h('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:h(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${t}},{TargetGroupArn=$LIVE_TG,Weight=${100-t}}]}" > /dev/null`)}],rollback:(e,n)=>{let t=n.key;return Bn(e)?[{name:`Send all ${t} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${t}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${t}.outputs.live_tg }}`},run:h('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${t} is back on the previous version"`)}]:[{name:`Roll ${t} back to the previous task definition`,env:{SERVICE:jn(e,n).service,PREVIOUS:`\${{ steps.previous-${t}.outputs.task_definition }}`},run:h('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:ra,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function ia(e){let n=`${e.name}-production`,t=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,l=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${t} --resource-group ${n} --tail 200 --follow`,events:`az containerapp logs show --name ${t} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${t} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${t} --resource-group ${n} --image "$(az containerapp revision show --name ${t} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${t} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${t} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${t} --resource-group ${n} --revision "$(az containerapp show --name ${t} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${l} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${t} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var sa=e=>e.options.deploy.strategy!=="rolling",Nn=(e,n)=>`${B(e)}-${n.key}`,la=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:f("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],ca={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:B(e),PG_SERVER:`${B(e)}-pg`}),login:la,registry:()=>[...la(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:h('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:Nn(e,n)},run:h('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:h('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${B(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:h('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let t=n.key,l={APP:Nn(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(D(n.probe))};return sa(e)?[{id:`deploy-${t}`,name:`Deploy ${t} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...l,PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`},run:h("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:l,run:h('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{APP:Nn(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:h(t>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${t}" "$PREVIOUS=${100-t}" --output none`)}],rollback:(e,n)=>{let t=n.key,l={APP:Nn(e,n),PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${t}.outputs.image }}`};return[{name:`Roll ${t} back to the previous revision`,env:l,run:sa(e)?h('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):h('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:ia,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var de=["compose.prod.yml","compose.tunnel.yml"],Et=()=>`docker compose ${de.map(e=>`-f ${e}`).join(" ")}`;function ua(e){let n=Et(),t=`cd /srv/${e.name} && `,l=e.backend.kind!=="none"?"backend":"frontend";return{status:`${t}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${t}${n} logs --since 30m --tail 200 ${l}`,events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${t}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${l}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${l} "$previous"`].join(`
`),scaleOut:`${t}${n} up --detach --no-deps --scale ${l}=2 ${l}`,restartService:`${t}${n} restart ${l}`,storageCheck:`${t}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)"}}var ma=e=>`/srv/${e.name}`,fe=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},Pt=e=>e.options.deploy.strategy==="blue-green",K=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function Xl(e){let n=y(e).map(t=>({key:t.key,port:t.port,healthPath:t.probe.route?t.healthPath:"",...fe(t)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:g("scripts/deploy_remote.sh.hbs",{deployDir:ma(e),composeFiles:de,services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:W(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var pa={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:ma(e.options)}),login:()=>[{name:"Load the deploy SSH key into an agent",uses:f("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:h("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:h(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${de.join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,'scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r cloudflared deploy scripts "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"')}],registry:In,prepare:(e,n)=>[Pt(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:h(`echo "colour=$(${K(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:h(`echo "image=$(${K(`current ${fe(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:h(K('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:h(K('migrate "$IMAGE"'))}],deploy:(e,n)=>[Pt(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:h(`idle=$(${K(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:h(K(`deploy ${fe(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:h(K(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>Pt(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:h(K(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:h(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,K(`deploy ${fe(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[Xl(e)],runbook:ua,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function da(e){let n=e.deploy.region??"us-central1",t=`${e.name}-production`,l=e.backend.kind!=="none"?`${t}-api`:`${t}-web`;return{status:`gcloud run services describe ${l} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${l}" AND severity>=WARNING' --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${l} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${t} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${t} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${l} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${l} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${l} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${l} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${t}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var Ot="us-central1",Ql=e=>e.options.deploy.strategy!=="rolling",Zl=e=>e.options.deploy.region??Ot,Ln=(e,n)=>`${B(e)}-${n.key}`,fa=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:f("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:f("google-github-actions/setup-gcloud")}],ha={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:Ot,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:Zl(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:B(e)}),login:fa,registry:e=>[...fa(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??Ot,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:h('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:Ln(e,n)},run:h(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:h(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${B(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:h('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let t=n.key,l={SERVICE:Ln(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(D(n.probe))};return Ql(e)?[{id:`deploy-${t}`,name:`Deploy ${t} without traffic and check the tagged revision`,"timeout-minutes":20,env:l,run:h('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} and move all traffic once the revision is ready`,"timeout-minutes":20,env:l,run:h('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{SERVICE:Ln(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:h(t>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${t},$PREVIOUS=${100-t}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:Ln(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:h('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:da,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};function ga(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:g("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function ya(e){let n=`${e.name}-prod`,t=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${t} --since 30m --all-containers --prefix`,events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${ye()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${t}`,`kubectl --namespace ${n} rollout undo deployment/${t}`,`kubectl --namespace ${n} rollout status deployment/${t} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${t} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${t}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var Rt=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,_a=e=>e==="production"?"prod":"dev",xt=(e,n)=>`${e.options.name}-${n.key}`;function ba(e,n,t,l){let a=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...l?[`  echo "nameSuffix: ${l}"`]:[],`  echo "resources: [${t}]"`,'  echo "images:"'];for(let r of e.services)a.push(`  echo "  - { name: ${r.image}, newName: \${IMAGE_${r.key.toUpperCase()}%:*}, newTag: \${IMAGE_${r.key.toUpperCase()}##*:} }"`);return a.push(`} > ${n}/kustomization.yaml`),a}var ka=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],va={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:Rt(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:f("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:h('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:In,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:xt(e,n)},run:h(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...ba(e,"k8s/release",`../overlays/${_a(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:h('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...ka("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:h(...ba(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...ka("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${_a(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:xt(e,n)},run:h("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:xt(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:h('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[ga(e)],runbook:ya,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};var he={"aws-ecs":aa,"gcp-cloud-run":ha,"azure-container-apps":ca,kubernetes:va,compose:pa};function $a(e){let n=he[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw x(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var Ct=e=>e.key==="api"?8081:8082,wa="deploy/switch/nginx.conf";function Sa(e){let n=y(e).map(t=>({key:t.key,switchPort:Ct(t)}));return{kind:"text",path:wa,component:"deploy",comment:"hash",text:g("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function Ea(e){let n=Ge(e).services,t={},l=y(e);for(let a of l){let{service:r,imageVar:o}=fe(a),s=n[r];if(!s)throw new Error(`compose.prod.yml has no ${r} service`);t[`${r}-green`]={...s,image:`\${${o}_GREEN:-\${${o}}}`}}return t.switch={image:P("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${wa}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(l.map(a=>[fe(a).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},t}var Pa="public, max-age=31536000, immutable",ec="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function Oa(e,n){let t=n.some(o=>o.role==="backend"),l=n.some(o=>o.role==="frontend"),a=l?"frontend":"backend",r=[];if(t&&l){r.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."});let o=_(e);o.route&&o.path!=="/"&&!o.path.startsWith("/api/")&&r.push({match:`= ${o.path}`,upstream:"backend",why:"The API's health route."}),e.backend.kind==="django"&&r.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})}return t&&e.backend.kind==="django"&&r.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&r.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:Pa,expires:"1y"}),e.frontend.kind==="react-vite"&&r.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:Pa,expires:"1y"}),r.push({match:`~* \\.(?:${ec})$`,upstream:a,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),r.push({match:"/",upstream:a,why:l?"Everything else is the frontend.":"Everything else is the backend."}),r}var nc=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],tc="deploy/nginx/nginx.conf";function oc(e){let n=pe(e)&&e.deploy.strategy==="blue-green";return v(e).map(t=>n?{name:t.role,host:"switch",port:Ct({key:t.role==="backend"?"api":"web"})}:{name:t.role,host:t.role,port:t.port})}function rc(e){let n=v(e),t=pe(e),l=n.length===2,a=t&&l&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,r=Oa(e,n).map(o=>a&&o.upstream==="frontend"?{...o,upstream:"$site"}:o);return g("proxy/nginx.conf.hbs",{upstreams:oc(e),locations:r,tunnel:t,apiHost:a,securityHeaders:nc,rateLimit:20,rateBurst:40})}var xa={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>v(e).length===0?[]:[{kind:"text",path:tc,component:"proxy",comment:"hash",text:rc(e)}]};var Ra="deploy/pgbouncer/pgbouncer.ini",Tt="database-guidance",Ca=e=>e.database==="postgres"||e.database==="postgis";function ac(e){return{kind:"text",path:"docs/database.md",component:Tt,comment:"html",text:g("docs/database.md.hbs",{postgres:Ca(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:wn.map(([n,t,l])=>({name:n,value:t,why:l})),pool:Sn,pgbouncerIni:Ra}).replace(/\n+$/,`
`)}}var Ta={name:Tt,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[ac(e)];return Ca(e)&&v(e).length>0&&n.push({kind:"text",path:Ra,component:Tt,comment:"hash",text:g("database/pgbouncer.ini.hbs",{pool:Sn})}),n}};var Aa=e=>`\${{ vars.${e} }}`;function Un(e,n,t){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${t})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,HEALTHY_BELOW:String(D(e.probe)),DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function ic(e,n,t){let l=[...e.deploy(n,t)];switch(n.options.deploy.strategy){case"rolling":l.push(Un(t,"rollout","rolled out"));break;case"canary":l.push(...e.shift(n,t,10),Un(t,"canary","canary at 10%"),...e.shift(n,t,100),Un(t,"full","all traffic"));break;case"blue-green":l.push(...e.shift(n,t,100),Un(t,"switched","switched"));break}return l}var sc=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function At(e,n,t){let l=St(e,t),a=[b(),...n.login(l)];for(let i of l.services)a.push(...n.prepare(l,i));l.hasDatabase&&a.push(...n.snapshot(l)),l.migrator&&a.push(...n.migrate(l,l.migrator));for(let i of l.services)a.push(...ic(n,l,i));for(let i of l.services)a.push(...n.rollback(l,i).map((u,c)=>({...u,id:`rollback-${i.key}${c===0?"":`-${c}`}`,if:`\${{ failure() && (${sc(`deploy-${i.key}`)}) }}`})));let r={};for(let i of l.services)r[`IMAGE_${i.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${i.image}:\${{ github.sha }}`;let o={contents:"read",...n.deployPermissions},s=l.services.some(i=>i.key==="web")?Aa("WEB_URL"):Aa("API_URL");return{name:`Deploy to ${t}`,"runs-on":"ubuntu-latest",needs:t==="production"?["build","deploy-staging"]:["build"],environment:{name:t,url:s},permissions:o,concurrency:{group:`deploy-${t}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(l),...r},steps:a}}function lc(e,n){let t=[b(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")}];for(let l of y(e))t.push({id:`build-${l.key}`,name:`Build and push ${l.image}`,uses:f("docker/build-push-action"),with:{context:l.context,file:l.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${l.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${l.image}`,"cache-to":`type=gha,mode=max,scope=${l.image}`}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:t}}function cc(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:f("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function uc(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:f("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function Dt(e,n){let t={build:lc(e,n),"deploy-staging":At(e,n,"staging"),"deploy-production":At(e,n,"production"),release:cc()};return e.notifications.slack&&(t.notify=uc()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:t}}var mc=P("cloudflare/cloudflared:2026.3.0");function Da(e){let n=e.deploy.strategy==="blue-green";return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: docker compose ${de.map(t=>`-f ${t}`).join(" ")} up -d`,data:{services:{cloudflared:{image:mc,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[xe]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[me],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...n?{...Ea(e),[xe]:{depends_on:{switch:{condition:"service_healthy"}}}}:{}}}}}function Ia(e){let n=`http://${xe}:${Dn}`,t=e.deploy.domain,l=y(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:t?[...l?[{hostname:`api.${t}`,service:n}]:[],{hostname:t,service:n},{service:"http_status:404"}]:[{service:n}]}}}function pc(e){if(y(e).length===0)return[];let n=$a(e),t=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(Dt(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:g("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:_(e).path})},...n.files?.(e)??[]];return e.cloud==="compose"&&(t.push(Da(e),Ia(e)),e.deploy.strategy==="blue-green"&&t.push(Sa(e))),t}var Ba={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose tunnel.",render:pc};var dc={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},U=e=>e.backup.bucket??`${e.name}-backups`;function fc(e,n){return{name:e.name,targetTitle:dc[n],retention:e.backup.retention,bucket:U(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function ja(e,n){let t=fc(e,n);return["backup_db.sh","restore_db.sh"].map(l=>({kind:"text",path:`scripts/${l}`,component:"backup",comment:"hash",executable:!0,text:g(`scripts/${l}.hbs`,t).replace(/\n{3,}/g,`

`)}))}function hc(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function gc(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:f("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:f("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:f("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var Na={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},He={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},yc=["pg_dump","pg_restore","psql","createdb","dropdb"],_c=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function It(){let e=_c.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:ye()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${yc.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var La=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:hc(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function Ua(e,n){let t=gc(e,n),l=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},a={};return n==="local"?a.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:l,"timeout-minutes":60,env:{...Na,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[b(),It(),{id:"backup",name:"Back up the database",env:He,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:He,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...La(e).map(r=>({...r,env:{...r.env,...He}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:He,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(a.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:l,"timeout-minutes":60,env:{...Na,...t.env},steps:[b(),...t.steps,It(),{id:"backup",name:"Back up the database",env:He,run:`bash scripts/backup_db.sh
`}]},a.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:l,"timeout-minutes":60,services:{scratch:{image:ge(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...t.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[b(),...t.steps,It(),...La(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:a}}function bc(e){let n=e.backup.target;return n==="none"||!T(e)?[]:[...ja(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(Ua(e,n)))}]}var Ma={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:bc};var Ga={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function Ha(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${Ga[n]}.md`}function Bt(e){let[n,t,l,,a]=e.split(/\s+/),r=o=>o*3600;return a!=="*"?r(170):l!=="*"?r(746):t==="*"||t?.includes("/")||t?.includes(",")?r(n==="*"?1:2):r(26)}function qe(e){let n=Bt(e.backup.schedule),t=(a,r,o,s,i,u)=>({alert:a,expr:r,for:o,labels:{severity:s},annotations:{summary:i,description:u,runbook_url:Ha(e,a)}}),l=[];return e.backend.kind!=="none"&&l.push(t("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),t("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),l.push(t("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),t("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),t("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&l.push(t("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),t("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),l}function kc(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let t='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${t}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${t}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let t=Math.ceil(Bt(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${t+1}`}],at:t,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var vc=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function $c(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,l)=>n[l]??"")}function qa(e,n=qe(e)){let t=n.map(l=>{let a=kc(e,l.alert);return{interval:"1m",input_series:a.series,alert_rule_test:[{eval_time:`${a.at}m`,alertname:l.alert,exp_alerts:[{exp_labels:{...a.labels,severity:l.labels.severity},exp_annotations:{summary:$c(l.annotations.summary,a.labels),description:l.annotations.description,runbook_url:l.annotations.runbook_url}}]}]}});return t.push({interval:"1m",input_series:vc,alert_rule_test:n.map(l=>({eval_time:"35m",alertname:l.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:t}}var jt="/etc/alertmanager/secrets";function wc(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",t=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${jt}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:t}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${jt}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:t}]};case"none":return{name:"oncall"}}}function Va(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${jt}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[wc(e)]}}function Sc(e){let n=y(e).find(l=>l.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]}];let t=[];return n&&t.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),t.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&t.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),t}function Ec(e){if(y(e).length===0)return[];let n=qe(e),t=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml"],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:Sc(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:qa(e,n)}];return e.alerting!=="none"&&t.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:Va(e)}),t}var za={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:Ec};function Fa(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`${e.notifications.email} (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function Wa(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${U(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${U(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${U(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${U(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function Pc(e){let n=e.backup,t=`${U(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${t}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${t}`;case"gcs":return`gcloud storage ls gs://${t}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${U(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function Ka(e){let t=he[e.cloud].runbook(e),l=T(e),a={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],r=(u=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${Fa(e)}.`,...u,`Platform fault suspected: ${a}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],s=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+_(e).path}" && echo healthy\` (API_URL: the production environment's variable)`,i=[];return l&&i.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${_(e).path} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${s}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:t.status},{label:"Application logs (look for connection errors)",command:t.logs},{label:"Database state",command:t.databaseStatus},{label:"Recent platform events",command:t.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:t.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:t.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:r(),verify:[s,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&i.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${Wa(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:t.storageCheck},{label:"Application logs",command:t.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:r(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),i.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[s,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:t.status},{label:"Errors in the logs",command:t.logs},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:t.events},...l?[{label:"Database health (a slow database shows as latency first)",command:t.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:t.rollback},{label:"Traffic surge: scale out",command:t.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:r(),verify:["HighErrorRate and HighLatencyP95 resolve.",s],related:["rollback","ddos-mitigation","incident-response"]}),i.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${t.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:t.status}],mitigate:[{label:"Block the offending sources at the edge",command:t.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:t.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:r(),verify:["CPU back under 70% and HighCpu resolved.",s,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),i.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${_(e).path} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:t.status},{label:"Logs of the new version",command:t.logs}],mitigate:[{label:"Put the previous version back",command:t.rollback},...l?[{label:"Migrations are not rolled back automatically. If the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since.",command:t.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:r(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[s,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),l&&i.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${Wa(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule "${e.backup.schedule}" and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:Pc(e)}]:[],{label:"State of the database to restore into",command:t.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:t.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:r(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[s,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]}),i.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${Fa(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:t.status},{label:"Logs",command:t.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:r(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:i.map(u=>u.slug)}),i}function Oc(e){if(y(e).length===0)return[];let n=he[e.cloud].title,t=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`${e.notifications.email}`:"PagerDuty";return Ka(e).map(l=>({kind:"text",path:`docs/runbooks/${l.slug}.md`,component:"runbooks",comment:"html",text:g("runbooks/runbook.md.hbs",{...l,name:e.name,cloudTitle:n,alertDestination:t,alertSource:"monitoring/alerts.yml"})}))}var Ya={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:Oc};var S=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name}),Nt=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),Lt=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),Ut=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),Ja=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function Xa(e,n){let t=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(tr).map(([a,r])=>({name:a,value:r}))}}:{tcpSocket:{port:"http"}},l=(a,r)=>({...t,periodSeconds:a,timeoutSeconds:3,failureThreshold:r});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:S(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:Nt(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:S(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:Lt(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:Ja(e),readinessProbe:l(5,3),livenessProbe:{...l(15,4),initialDelaySeconds:20},startupProbe:l(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:Ut(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var Qa=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:S(e,n.key)},spec:{type:"ClusterIP",selector:Nt(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),Za=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:S(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),ei=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:S(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:Nt(e,n.key)}}}),ni=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:S(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:S(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Lt(10001),containers:[{name:"migrate",image:n.image,command:W(e),envFrom:Ja(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Ut(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function ti(e){if(!T(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:S(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:S(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:S(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:S(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Lt(70),containers:[{name:"pg-dump",image:ye(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Ut(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var oi=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:S(e,"config")},data:{APP_NAME:e.name,HEALTH_PATH:_(e).path,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),ri=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:S(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function ai(e,n){let t=s=>({service:{name:`${e.name}-${s.key}`,port:{name:"http"}}}),l=n.find(s=>s.key==="api"),a=n.find(s=>s.key==="web"),r=e.deploy.domain,o=[];if(r)l&&o.push({host:a?`api.${r}`:r,http:{paths:[{path:"/",pathType:"Prefix",backend:t(l)}]}}),a&&o.push({host:r,http:{paths:[{path:"/",pathType:"Prefix",backend:t(a)}]}});else{let s=[];if(l&&a){s.push({path:"/api",pathType:"Prefix",backend:t(l)});let i=_(e);i.route&&!i.path.startsWith("/api/")&&s.push({path:i.path,pathType:"Exact",backend:t(l)})}s.push({path:"/",pathType:"Prefix",backend:t(a??l)}),o.push({http:{paths:s}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:S(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...r?{tls:[{hosts:o.map(s=>s.host),secretName:`${e.name}-tls`}]}:{},rules:o}}}function ii(e,n){let t={"app.kubernetes.io/part-of":e.name},l=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:S(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:S(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let a of n){let r=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];a.key==="api"&&r.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),a.key==="api"&&r.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),l.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${a.key}-ingress`,labels:S(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":a.key,...t}},policyTypes:["Ingress"],ingress:[{from:r,ports:[{protocol:"TCP",port:a.port}]}]}})}return l}var si=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var Mn=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,Re=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function xc(e){let n=y(e);return[oi(e),ri(e),...n.flatMap(t=>[Xa(e,t),Qa(e,t),Za(e,t),ei(e,t)]),ai(e,n),...ii(e,n),...ti(e)]}function Rc(e){if(e.cloud!=="kubernetes")return[];let n=y(e);if(n.length===0)return[];let t=xc(e),l=t.map(r=>Re(`k8s/base/${Mn(r)}`,r));l.push(Re("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:t.map(Mn)}));let a=n.find(r=>r.key==="api");if(a&&a.migrate){let r=ni(e,a);l.push(Re(`k8s/migrate/${Mn(r)}`,r),Re("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[Mn(r)]}))}for(let[r,o]of[["dev","staging"],["prod","production"]]){let s=Rt(e.name,o);l.push(Re(`k8s/overlays/${r}/namespace.yaml`,si(s)),Re(`k8s/overlays/${r}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:s,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":s},includeSelectors:!1}]}))}return l}var li={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",render:Rc};function Cc(e){let n=y(e).map(l=>({id:`probe-${l.key}`,name:`Probe ${l.key} ${l.healthPath}`,env:{URL:`\${{ vars.${l.urlVar} }}${l.healthPath}`,HEALTHY_BELOW:String(D(l.probe))},run:["for attempt in 1 2 3 4; do",`  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$URL") || status=000`,'  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi','  echo "attempt $attempt: $URL answered $status"','  if [ "$attempt" -lt 4 ]; then sleep 10; fi',"done",'echo "::error::$URL is down"',"exit 1",""].join(`
`)})),t={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}};return(e.notifications.slack||e.alerting==="slack")&&(t.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:["probe"],if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:f("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:t}}var ci={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert.",render:e=>y(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(Cc(e)))}]};var Tc={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},Ac=e=>({name:e.name,region:e.deploy.region??he[e.cloud].defaultRegion??"",services:y(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:T(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:eo,migrateCommand:`[${W(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:U(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&T(e),gcsBackups:e.backup.target==="gcs"&&T(e),azureBackups:e.backup.target==="azure-blob"&&T(e),domain:e.deploy.domain??"",compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12)});function Dc(e){if(y(e).length===0)return[];let n=Ac(e);return[...Tc[e.cloud],["common/github.tf.hbs","infra/github.tf"]].map(([l,a])=>({kind:"text",path:a,component:"infrastructure",comment:"hash",text:g(`terraform/${l}`,n).replace(/\n{3,}/g,`

`)}))}var ui={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:Dc};var Ic=".github/workflows/baseline-resync.yml";function Bc(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:f("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},b(),{id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var mi={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:Ic,component:"resync-workflow",data:Bc(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var Mt=[Hr,Xr,Fr,hr,oa,xa,Ta,Ba,Ma,za,Ya,li,ci,ui,mi];function Og(e){let n=e.exclude.filter(t=>!Mt.some(l=>l.name===t));if(n.length>0)throw x(`exclude: ${n.map(t=>JSON.stringify(t)).join(", ")} is not a component. Allowed: ${Mt.map(t=>t.name).join(", ")}`);return Mt.filter(t=>!e.exclude.includes(t.name)).flatMap(t=>t.render(e))}var pi="create-devops-baseline",Gn=`Owned by ${pi}. Do not edit by hand: change devops-baseline config and run "npx ${pi} synth".`,jc=/^(#!|# ?(syntax|escape|check)=)/i;function Gt(e){switch(e){case"hash":return`# ${Gn}`;case"html":return`<!-- ${Gn} -->`;case"slash":return`// ${Gn}`;case"none":return}}function di(e,n){let t=Gt(n);if(!t)return e;let l=e.split(`
`),a=0;for(;a<l.length&&jc.test(l[a]);)a++;return l.splice(a,0,...n==="html"&&l[a]!==""?[t,""]:[t]),l.join(`
`)}function Rg(e){return e.includes(Gn)}function hi(e){let n=e.split(`
`),t=[],l;for(let a=0;a<n.length;a++){let r=n[a],o=/^\s*(```|~~~)/.exec(r);if(o&&(l=l===void 0?o[1]:r.trim().startsWith(l)?void 0:l),l===void 0&&fi(r)&&a+1<n.length&&Nc(n[a+1])){let s=a+2;for(;s<n.length&&fi(n[s]);)s++;t.push(...Lc(n.slice(a,s))),a=s-1;continue}t.push(r)}return t.join(`
`)}var fi=e=>/^\s*\|.*\|\s*$/.test(e),Nc=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function Ht(e){let n=e.trim().slice(1,-1),t=[],l="",a=!1;for(let r=0;r<n.length;r++){let o=n[r];o==="\\"&&n[r+1]==="|"?(l+="\\|",r++):o==="`"?(a=!a,l+=o):o==="|"&&!a?(t.push(l.trim()),l=""):l+=o}return t.push(l.trim()),t}function Lc(e){let n=Ht(e[0]),t=Ht(e[1]).map(u=>u.startsWith(":")&&u.endsWith(":")?"center":u.endsWith(":")?"right":u.startsWith(":")?"left":"none"),l=e.slice(2).map(Ht),a=Math.max(n.length,t.length,...l.map(u=>u.length)),r=Array.from({length:a},(u,c)=>Math.max(3,...[n,...l].map(m=>[...m[c]??""].length))),o=(u,c)=>{let m=r[c]-[...u].length;switch(t[c]??"none"){case"right":return" ".repeat(m)+u;case"center":return" ".repeat(Math.floor(m/2))+u+" ".repeat(Math.ceil(m/2));default:return u+" ".repeat(m)}},s=u=>`| ${u.map((c,m)=>o(c,m)).join(" | ")} |`,i=r.map((u,c)=>{switch(t[c]??"none"){case"left":return`:${"-".repeat(u-1)}`;case"right":return`${"-".repeat(u-1)}:`;case"center":return`:${"-".repeat(u-2)}:`;default:return"-".repeat(u)}});return[s(n),`| ${i.join(" | ")} |`,...l.map(s)]}function gi(e){return`${qt(e,"",0,0)}
`}function qt(e,n,t,l){return Array.isArray(e)?Mc(e,n,t,l):e!==null&&typeof e=="object"?Uc(e,n):JSON.stringify(e)??"null"}function Uc(e,n){let t=Object.entries(e).filter(([,r])=>r!==void 0);if(t.length===0)return"{}";let l=`${n}  `;return`{
${t.map(([r,o],s)=>{let i=`${l}${JSON.stringify(r)}: `,u=s<t.length-1?",":"";return i+qt(o,l,i.length,u.length)+u}).join(`
`)}
${n}}`}function Mc(e,n,t,l){if(e.length===0)return"[]";let a=yi(e);if(a!==void 0&&t+a.length+l<=80)return a;let r=`${n}  `;return`[
${e.map((s,i)=>{let u=i<e.length-1?",":"";return r+qt(s,r,r.length,u.length)+u}).join(`
`)}
${n}]`}function Gc(e){return Array.isArray(e)?e.length===0?"[]":yi(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function yi(e){if(e.length>1&&e.every(l=>Array.isArray(l)&&l.length>1))return;let t=e.map(Gc);return t.every(l=>l!==void 0)?`[${t.join(", ")}]`:void 0}function zt(e,n,t){let l=structuredClone(e);for(let[a,r]of Object.entries(n.set??{}))l=ki(l,_i(a),r,`${t}: overrides set "${a}"`);for(let a of n.delete??[])l=Vt(l,_i(a),`${t}: overrides delete "${a}"`);return l}function _i(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function bi(e,n,t){if(Array.isArray(e)){let l=e.findIndex(a=>a&&typeof a=="object"&&(a.id===n||a.name===n));return l>=0?l:/^\d+$/.test(n)&&e.every(a=>typeof a!="object"||a===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw x(`${t}: "${n}" is below a value that is not a map or a list`)}function ki(e,n,t,l){let[a,...r]=n;if(a===void 0)return t;let o=e??{},s=bi(o,a,l);if(s===void 0)throw x(`${l}: no list item with id or name "${a}"`);let i=Array.isArray(o)?[...o]:{...o};return i[s]=ki(i[s],r,t,l),i}function Vt(e,n,t){let[l,...a]=n;if(l===void 0)return e;let r=bi(e,l,t);if(r===void 0||e[r]===void 0)throw x(`${t}: nothing at "${l}" to delete`);if(Array.isArray(e))return a.length===0?e.filter((s,i)=>i!==r):e.map((s,i)=>i===r?Vt(s,a,t):s);let o={...e};return a.length===0?delete o[r]:o[r]=Vt(o[r],a,t),o}var Hc=[/^(?:~|[Nn]ull|NULL)?$/,/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,/^0o[0-7]+$/,/^[-+]?[0-9]+$/,/^0x[0-9a-fA-F]+$/,/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],qc=/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u,Vc=/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/,Wt=/^(%|---|\.\.\.)/m,zc=/(^|(?<!\n))\n+(?!\n|$)/g;function $i(e,n,t){let l=Kt(e,{indent:"",implicitKey:!1},n);return`${t===void 0?"":`${t.replace(/^(?!$)(?: $)?/gm,"#")}

`}${l}
`}function Kt(e,n,t,l="auto"){return Array.isArray(e)?Fc(e,n,t):e!==null&&typeof e=="object"?Wc(e,n,t):wi(e,n,l)}function wi(e,n,t){switch(typeof e){case"string":return t==="double"||qc.test(e)?Ce(e,n):Yc(e,n);case"number":return Number.isFinite(e)?Object.is(e,-0)?"-0":JSON.stringify(e):Number.isNaN(e)?".nan":e<0?"-.inf":".inf";case"bigint":return String(e);case"boolean":return e?"true":"false";case"undefined":return"null";default:if(e===null)return"null";throw new TypeError(`YAML models hold plain data; got a ${typeof e}`)}}function Fc(e,n,t){if(e.length===0)return"[]";let l={indent:n.indent+"  ",implicitKey:!1};return e.map(a=>`- ${Kt(a,l,t)}`).join(`
${n.indent}`)}function Wc(e,n,t){let l=[],a=n.indent+"  ";for(let[r,o]of Object.entries(e)){if(o===void 0)continue;let s=wi(r,{indent:a,implicitKey:!0},"auto");if(s.length>1024)throw new RangeError(`YAML keys longer than 1024 characters are not supported: ${r.slice(0,40)}…`);let c=Kt(o,{indent:a,implicitKey:!1},t,typeof o=="string"?t.valueStyle(o):"auto"),m=t.valueComment(r,o),p=`${s}:`;o!==null&&typeof o=="object"&&c!=="[]"&&c!=="{}"?p+=`
${a}${c}`:p+=c===""||c[0]===`
`?c:` ${c}`,m!==void 0&&(p+=Kc(p,a,` ${m}`.replace(/^(?!$)(?: $)?/gm,"#"))),l.push(p)}return l.length===0?"{}":l.map((r,o)=>o===0?r:r?`${n.indent}${r}`:"").join(`
`)}function Kc(e,n,t){return e.endsWith(`
`)?vi(t,n):t.includes(`
`)?`
${vi(t,n)}`:`${e.endsWith(" ")?"":" "}${t}`}function vi(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}function Yc(e,n){let{implicitKey:t,indent:l}=n;if(t&&e.includes(`
`))return Ce(e,n);if(Vc.test(e))return t||!e.includes(`
`)?Ce(e,n):Ft(e,n);if(!t&&e.includes(`
`))return Ft(e,n);if(Wt.test(e)){if(l==="")return Ft(e,{...n,forceBlockIndent:!0});if(t&&l==="  ")return Ce(e,n)}let a=e.replace(/\n+/g,`$&
${l}`);return Hc.some(r=>r.test(a))?Ce(e,n):a}function Ce(e,n){let t=JSON.stringify(e),{implicitKey:l}=n,a=n.indent||(Wt.test(e)?"  ":""),r="",o=0;for(let s=0,i=t[s];i;i=t[++s])if(i===" "&&t[s+1]==="\\"&&t[s+2]==="n"&&(r+=t.slice(o,s)+"\\ ",s+=1,o=s,i="\\"),i==="\\")if(t[s+1]==="u"){r+=t.slice(o,s);let u=t.substr(s+2,4);r+=Jc[u]??(u.startsWith("00")?`\\x${u.substr(2)}`:t.substr(s,6)),s+=5,o=s+1}else if(t[s+1]==="n"&&!(l||t[s+2]==='"'||t.length<40)){for(r+=t.slice(o,s)+`

`;t[s+2]==="\\"&&t[s+3]==="n"&&t[s+4]!=='"';)r+=`
`,s+=2;r+=a,t[s+2]===" "&&(r+="\\"),s+=1,o=s+1}else s+=1;return o?r+t.slice(o):t}var Jc={"0000":"\\0","0007":"\\a","000b":"\\v","001b":"\\e","0085":"\\N","00a0":"\\_",2028:"\\L",2029:"\\P"};function Ft(e,n){if(/\n[\t ]+$/.test(e))return Ce(e,n);let t=n.indent||(n.forceBlockIndent||Wt.test(e)?"  ":""),l=e,a=l.length;for(;a>0&&`
	 `.includes(l[a-1]);)a--;let r=l.substring(a),o=r.indexOf(`
`),s=o===-1?"-":l===r||o!==r.length-1?"+":"";r&&(l=l.slice(0,-r.length),r.endsWith(`
`)&&(r=r.slice(0,-1)),r=r.replace(zc,`$&${t}`));let i=!1,u=0,c=-1;for(;u<l.length;++u){let d=l[u];if(d===" ")i=!0;else if(d===`
`)c=u;else break}let m=l.substring(0,c<u?c+1:u);return m&&(l=l.substring(m.length),m=m.replace(/\n+/g,`$&${t}`)),`|${(i?t?"2":"1":"")+s}
${t}${m}${l.replace(/\n+/g,`$&${t}`)}${r}`}var Xc=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,Qc={valueStyle:e=>Xc.test(e)?"double":"auto",valueComment:(e,n)=>e==="uses"&&(n===null||typeof n!="object")?oo(String(n)):void 0};function Si(e,n=[]){return $i(e,Qc,n.length>0?n.map(t=>` ${t}`).join(`
`):void 0)}function zg(e,n){let t=new Set,l=[];for(let a of e){if(t.has(a.path))throw new Error(`Two components render ${a.path}`);if(Zc(a.path))throw new Error(`${a.component} renders ${a.path}: secrets files are the user's; render a .env.example instead`);t.add(a.path),!n.eject.includes(a.path)&&l.push(eu(a,n.overrides[a.path]))}for(let a of Object.keys(n.overrides))if(!t.has(a))throw x(`overrides: "${a}" is not a generated file. Generated: ${[...t].sort().join(", ")}`);return l.sort((a,r)=>a.path<r.path?-1:a.path>r.path?1:0)}function Zc(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function eu(e,n){let t={path:e.path,component:e.component};switch(e.kind){case"yaml":{let l=n?zt(e.data,n,e.path):e.data,a=[Gt("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...t,content:Si(l,a),executable:!1}}case"json":{let l=n?zt(e.data,n,e.path):e.data;return{...t,content:gi(l),executable:!1}}case"text":{if(n)throw x(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let l=e.path.endsWith(".md")?hi(e.text):e.text,a=l.endsWith(`
`)?l:`${l}
`;return{...t,content:di(a,e.comment),executable:e.executable??!1}}}}export{pi as a,Rg as b,f as c,b as d,or as e,v as f,gl as g,$n as h,Bl as i,T as j,Mt as k,Og as l,Si as m,zg as n};
