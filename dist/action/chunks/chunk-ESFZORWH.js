import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{b as la}from"./chunk-2SCTJN4E.js";import{d as ca,p as ua}from"./chunk-YSRVRYQD.js";import{b as aa,c as G}from"./chunk-HYMPNKDN.js";import{a as wt,c as g,e as sa}from"./chunk-W2CXPP6G.js";var te=g(X=>{"use strict";X.__esModule=!0;X.extend=_a;X.indexOf=xd;X.escapeExpression=Id;X.isEmpty=Dd;X.createFrame=Nd;X.blockParams=Ld;X.appendContextPath=Bd;var Cd={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Td=/[&<>"'`=]/g,Ad=/[&<>"'`=]/;function Rd(e){return Cd[e]}function _a(e){for(var n=1;n<arguments.length;n++)for(var t in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],t)&&(e[t]=arguments[n][t]);return e}var wo=Object.prototype.toString;X.toString=wo;var vo=function(n){return typeof n=="function"};vo(/x/)&&(X.isFunction=vo=function(e){return typeof e=="function"&&wo.call(e)==="[object Function]"});X.isFunction=vo;var ka=Array.isArray||function(e){return e&&typeof e=="object"?wo.call(e)==="[object Array]":!1};X.isArray=ka;function xd(e,n){for(var t=0,s=e.length;t<s;t++)if(e[t]===n)return t;return-1}function Id(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return Ad.test(e)?e.replace(Td,Rd):e}function Dd(e){return!e&&e!==0?!0:!!(ka(e)&&e.length===0)}function Nd(e){var n=_a({},e);return n._parent=e,n}function Ld(e,n){return e.path=n,e}function Bd(e,n){return(e?e+".":"")+n}});var Se=g(($t,va)=>{"use strict";$t.__esModule=!0;var So=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function $o(e,n){var t=n&&n.loc,s=void 0,r=void 0,i=void 0,o=void 0;t&&t.start&&(s=t.start.line,i=t.start.column,t.end&&(r=t.end.line,o=t.end.column),e+=" - "+s+":"+i);for(var l=Error.prototype.constructor.call(this,e),a=0;a<So.length;a++)this[So[a]]=l[So[a]];Error.captureStackTrace&&Error.captureStackTrace(this,$o);try{t&&(this.lineNumber=s,this.endLineNumber=r,Object.defineProperty?(Object.defineProperty(this,"column",{value:i,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:o,enumerable:!0})):(this.column=i,this.endColumn=o))}catch{}}$o.prototype=new Error;$t.default=$o;va.exports=$t.default});var Sa=g((Et,wa)=>{"use strict";Et.__esModule=!0;var Eo=te();Et.default=function(e){e.registerHelper("blockHelperMissing",function(n,t){var s=t.inverse,r=t.fn;if(n===!0)return r(this);if(n===!1||n==null)return s(this);if(Eo.isArray(n))return n.length>0?(t.ids&&(t.ids=[t.name]),e.helpers.each(n,t)):s(this);if(t.data&&t.ids){var i=Eo.createFrame(t.data);i.contextPath=Eo.appendContextPath(t.data.contextPath,t.name),t={data:i}}return r(n,t)})};wa.exports=Et.default});var Ea=g((Ot,$a)=>{"use strict";Ot.__esModule=!0;function jd(e){return e&&e.__esModule?e:{default:e}}var an=te(),Md=Se(),qd=jd(Md);function Ud(e){try{var n=e.return;an.isFunction(n)&&n.call(e)}catch{}}Ot.default=function(e){e.registerHelper("each",function(n,t){if(!t)throw new qd.default("Must pass iterator to #each");var s=t.fn,r=t.inverse,i=0,o="",l=void 0,a=void 0;t.data&&t.ids&&(a=an.appendContextPath(t.data.contextPath,t.ids[0])+"."),an.isFunction(n)&&(n=n.call(this)),t.data&&(l=an.createFrame(t.data));function c(y,f,h,b){l&&(l.key=y,l.index=f,l.first=f===0,l.last=!!h,a&&(l.contextPath=a+y)),o=o+s(b,{data:l,blockParams:an.blockParams([b,y],[a+y,null])})}if(n&&typeof n=="object")if(an.isArray(n))for(var u=n.length;i<u;i++)i in n&&c(i,i,i===n.length-1,n[i]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),p=m.next();!p.done;){var d=m.next();try{c(i,i,d.done,p.value)}catch(y){throw d.done||Ud(m),y}p=d,i++}else(function(){var y=void 0;Object.keys(n).forEach(function(f){y!==void 0&&c(y,i-1,!1,n[y]),y=f,i++}),y!==void 0&&c(y,i-1,!0,n[y])})();return i===0&&(o=r(this)),o})};$a.exports=Ot.default});var Pa=g((Pt,Oa)=>{"use strict";Pt.__esModule=!0;function Gd(e){return e&&e.__esModule?e:{default:e}}var Hd=Se(),Fd=Gd(Hd);Pt.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new Fd.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};Oa.exports=Pt.default});var Ra=g((Ct,Aa)=>{"use strict";Ct.__esModule=!0;function Kd(e){return e&&e.__esModule?e:{default:e}}var Ca=te(),Vd=Se(),Ta=Kd(Vd);Ct.default=function(e){e.registerHelper("if",function(n,t){if(arguments.length!=2)throw new Ta.default("#if requires exactly one argument");return Ca.isFunction(n)&&(n=n.call(this)),!t.hash.includeZero&&!n||Ca.isEmpty(n)?t.inverse(this):t.fn(this)}),e.registerHelper("unless",function(n,t){if(arguments.length!=2)throw new Ta.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:t.inverse,inverse:t.fn,hash:t.hash})})};Aa.exports=Ct.default});var Ia=g((Tt,xa)=>{"use strict";Tt.__esModule=!0;Tt.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],t=arguments[arguments.length-1],s=0;s<arguments.length-1;s++)n.push(arguments[s]);var r=1;t.hash.level!=null?r=t.hash.level:t.data&&t.data.level!=null&&(r=t.data.level),n[0]=r,e.log.apply(e,n)})};xa.exports=Tt.default});var Na=g((At,Da)=>{"use strict";At.__esModule=!0;At.default=function(e){e.registerHelper("lookup",function(n,t,s){return n&&s.lookupProperty(n,t)})};Da.exports=At.default});var Ba=g((Rt,La)=>{"use strict";Rt.__esModule=!0;function zd(e){return e&&e.__esModule?e:{default:e}}var In=te(),Wd=Se(),Yd=zd(Wd);Rt.default=function(e){e.registerHelper("with",function(n,t){if(arguments.length!=2)throw new Yd.default("#with requires exactly one argument");In.isFunction(n)&&(n=n.call(this));var s=t.fn;if(In.isEmpty(n))return t.inverse(this);var r=t.data;return t.data&&t.ids&&(r=In.createFrame(t.data),r.contextPath=In.appendContextPath(t.data.contextPath,t.ids[0])),s(n,{data:r,blockParams:In.blockParams([n],[r&&r.contextPath])})})};La.exports=Rt.default});var Oo=g(xt=>{"use strict";xt.__esModule=!0;xt.registerDefaultHelpers=mf;xt.moveHelperToHooks=pf;function je(e){return e&&e.__esModule?e:{default:e}}var Jd=Sa(),Xd=je(Jd),Qd=Ea(),Zd=je(Qd),ef=Pa(),nf=je(ef),tf=Ra(),rf=je(tf),of=Ia(),sf=je(of),af=Na(),lf=je(af),cf=Ba(),uf=je(cf);function mf(e){Xd.default(e),Zd.default(e),nf.default(e),rf.default(e),sf.default(e),lf.default(e),uf.default(e)}function pf(e,n,t){e.helpers[n]&&(e.hooks[n]=e.helpers[n],t||(e.helpers[n]=void 0))}});var Ma=g((It,ja)=>{"use strict";It.__esModule=!0;var df=te();It.default=function(e){e.registerDecorator("inline",function(n,t,s,r){var i=n;return t.partials||(t.partials={},i=function(o,l){var a=s.partials;s.partials=df.extend({},a,t.partials);var c=n(o,l);return s.partials=a,c}),t.partials[r.args[0]]=r.fn,i})};ja.exports=It.default});var qa=g(Po=>{"use strict";Po.__esModule=!0;Po.registerDefaultDecorators=yf;function ff(e){return e&&e.__esModule?e:{default:e}}var hf=Ma(),gf=ff(hf);function yf(e){gf.default(e)}});var Co=g((Dt,Ua)=>{"use strict";Dt.__esModule=!0;var bf=te(),ln={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var t=bf.indexOf(ln.methodMap,n.toLowerCase());t>=0?n=t:n=parseInt(n,10)}return n},log:function(n){if(n=ln.lookupLevel(n),typeof console<"u"&&ln.lookupLevel(ln.level)<=n){var t=ln.methodMap[n];console[t]||(t="log");for(var s=arguments.length,r=Array(s>1?s-1:0),i=1;i<s;i++)r[i-1]=arguments[i];console[t].apply(console,r)}}};Dt.default=ln;Ua.exports=Dt.default});var To=g(cn=>{"use strict";cn.__esModule=!0;cn.createProtoAccessControl=wf;cn.resultIsAllowed=Sf;cn.isPrototypeConstructor=$f;cn.resetLoggedProperties=Of;function _f(e){return e&&e.__esModule?e:{default:e}}var Ga=te(),kf=Co(),vf=_f(kf),Nt=Object.create(null);function wf(e){var n=Object.create(null);n.__proto__=!1,Ga.extend(n,e.allowedProtoProperties);var t=Object.create(null);return t.constructor=!1,t.__defineGetter__=!1,t.__defineSetter__=!1,t.__lookupGetter__=!1,t.__lookupSetter__=!1,Ga.extend(t,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:t,defaultValue:e.allowProtoMethodsByDefault}}}function Sf(e,n,t){return Ha(typeof e=="function"?n.methods:n.properties,t)}function $f(e,n,t){return n==="constructor"&&typeof t=="function"&&e===t.prototype}function Ha(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(Ef(n),!1)}function Ef(e){Nt[e]!==!0&&(Nt[e]=!0,vf.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function Of(){Object.keys(Nt).forEach(function(e){delete Nt[e]})}});var Io=g(ce=>{"use strict";ce.__esModule=!0;ce.HandlebarsEnvironment=xo;function Fa(e){return e&&e.__esModule?e:{default:e}}var Me=te(),Pf=Se(),Ao=Fa(Pf),Cf=Oo(),Tf=qa(),Af=Co(),Lt=Fa(Af),Rf=To(),xf="4.7.10";ce.VERSION=xf;var If=8;ce.COMPILER_REVISION=If;var Df=7;ce.LAST_COMPATIBLE_COMPILER_REVISION=Df;var Nf={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};ce.REVISION_CHANGES=Nf;var Ro="[object Object]";function xo(e,n,t){this.helpers=e||{},this.partials=n||{},this.decorators=t||{},Cf.registerDefaultHelpers(this),Tf.registerDefaultDecorators(this)}xo.prototype={constructor:xo,logger:Lt.default,log:Lt.default.log,registerHelper:function(n,t){if(Me.toString.call(n)===Ro){if(t)throw new Ao.default("Arg not supported with multiple helpers");Me.extend(this.helpers,n)}else this.helpers[n]=t},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,t){if(Me.toString.call(n)===Ro)Me.extend(this.partials,n);else{if(typeof t>"u")throw new Ao.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=t}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,t){if(Me.toString.call(n)===Ro){if(t)throw new Ao.default("Arg not supported with multiple decorators");Me.extend(this.decorators,n)}else this.decorators[n]=t},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){Rf.resetLoggedProperties()}};var Lf=Lt.default.log;ce.log=Lf;ce.createFrame=Me.createFrame;ce.logger=Lt.default});var Va=g((Bt,Ka)=>{"use strict";Bt.__esModule=!0;function Do(e){this.string=e}Do.prototype.toString=Do.prototype.toHTML=function(){return""+this.string};Bt.default=Do;Ka.exports=Bt.default});var za=g(No=>{"use strict";No.__esModule=!0;No.wrapHelper=Bf;function Bf(e,n){if(typeof e!="function")return e;var t=function(){var r=arguments[arguments.length-1];return arguments[arguments.length-1]=n(r),e.apply(this,arguments)};return t}});var Qa=g($e=>{"use strict";$e.__esModule=!0;$e.checkRevision=Hf;$e.template=Ff;$e.wrapProgram=jt;$e.resolvePartial=Kf;$e.invokePartial=Vf;$e.noop=Ja;function jf(e){return e&&e.__esModule?e:{default:e}}function Mf(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var qf=te(),qe=Mf(qf),Uf=Se(),re=jf(Uf),fe=Io(),Wa=Oo(),Gf=za(),Lo=To();function Hf(e){var n=e&&e[0]||1,t=fe.COMPILER_REVISION;if(!(n>=fe.LAST_COMPATIBLE_COMPILER_REVISION&&n<=fe.COMPILER_REVISION))if(n<fe.LAST_COMPATIBLE_COMPILER_REVISION){var s=fe.REVISION_CHANGES[t],r=fe.REVISION_CHANGES[n];throw new re.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+s+") or downgrade your runtime to an older version ("+r+").")}else throw new re.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function Ff(e,n){if(!n)throw new re.default("No environment passed to template");if(!e||!e.main)throw new re.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var t=e.compiler&&e.compiler[0]===7;function s(o,l,a){a.hash&&(l=qe.extend({},l,a.hash),a.ids&&(a.ids[0]=!0)),o=n.VM.resolvePartial.call(this,o,l,a),a.hooks=this.hooks,a.protoAccessControl=this.protoAccessControl;var c=n.VM.invokePartial.call(this,o,l,a);if(c==null&&qe.isFunction(o))throw new re.default("The partial "+a.name+" returned no output: partials must return a string");if(c==null&&n.compile){if(typeof o!="string")throw new re.default("The partial "+a.name+" could not be compiled: partials must be strings or functions returning strings");a.partials[a.name]=n.compile(o,e.compilerOptions,n),c=a.partials[a.name](l,a)}if(c!=null){if(a.indent){for(var u=c.split(`
`),m=0,p=u.length;m<p&&!(!u[m]&&m+1===p);m++)u[m]=a.indent+u[m];c=u.join(`
`)}return c}else throw new re.default("The partial "+a.name+" could not be compiled when running in runtime-only mode")}var r={strict:function(l,a,c){if(!l||!(a in l))throw new re.default('"'+a+'" not defined in '+l,{loc:c});return r.lookupProperty(l,a)},lookupProperty:function(l,a){var c=l[a];if(c==null||Object.prototype.hasOwnProperty.call(l,a)&&!Lo.isPrototypeConstructor(l,a,c)||Lo.resultIsAllowed(c,r.protoAccessControl,a))return c},lookup:function(l,a){for(var c=l.length,u=0;u<c;u++){var m=l[u]&&r.lookupProperty(l[u],a);if(m!=null)return m}},lambda:function(l,a){return typeof l=="function"?l.call(a):l},escapeExpression:qe.escapeExpression,invokePartial:s,fn:function(l){var a=e[l];return a.decorator=e[l+"_d"],a},programs:[],program:function(l,a,c,u,m){var p=this.programs[l],d=this.fn(l);return a||m||u||c?p=jt(this,l,d,a,c,u,m):p||(p=this.programs[l]=jt(this,l,d)),p},data:function(l,a){for(;l&&a--;)l=l._parent;return l},mergeIfNeeded:function(l,a){var c=l||a;return l&&a&&l!==a&&(c=qe.extend({},a,l)),c},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function i(o){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],a=l.data;i._setup(l),!l.partial&&e.useData&&(a=zf(o,a));var c=void 0,u=e.useBlockParams?[]:void 0;e.useDepths&&(l.depths?c=o!=l.depths[0]?[o].concat(l.depths):l.depths:c=[o]);function m(p){return""+e.main(r,p,r.helpers,r.partials,a,u,c)}return m=Xa(e.main,m,r,l.depths||[],a,u),m(o,l)}return i.isTop=!0,i._setup=function(o){if(o.partial)r.protoAccessControl=o.protoAccessControl,r.helpers=o.helpers,r.partials=o.partials,r.decorators=o.decorators,r.hooks=o.hooks;else{var l={};Ya(l,n.helpers,r),Ya(l,o.helpers,r),r.helpers=l,e.usePartial&&(r.partials=r.mergeIfNeeded(o.partials,n.partials)),(e.usePartial||e.useDecorators)&&(r.decorators=qe.extend({},n.decorators,o.decorators)),r.hooks={},r.protoAccessControl=Lo.createProtoAccessControl(o);var a=o.allowCallsToHelperMissing||t;Wa.moveHelperToHooks(r,"helperMissing",a),Wa.moveHelperToHooks(r,"blockHelperMissing",a)}},i._child=function(o,l,a,c){if(e.useBlockParams&&!a)throw new re.default("must pass block params");if(e.useDepths&&!c)throw new re.default("must pass parent depths");return jt(r,o,e[o],l,0,a,c)},i}function jt(e,n,t,s,r,i,o){function l(a){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],u=o;return o&&a!=o[0]&&!(a===e.nullContext&&o[0]===null)&&(u=[a].concat(o)),t(e,a,e.helpers,e.partials,c.data||s,i&&[c.blockParams].concat(i),u)}return l=Xa(t,l,e,o,s,i),l.program=n,l.depth=o?o.length:0,l.blockParams=r||0,l}function Kf(e,n,t){return e?typeof e!="function"&&!t.name&&(t.name=e,e=Mt(t.partials,e)):t.name==="@partial-block"?e=Mt(t.data,"partial-block"):e=Mt(t.partials,t.name),e}function Vf(e,n,t){var s=Mt(t.data,"partial-block");t.partial=!0,t.ids&&(t.data.contextPath=t.ids[0]||t.data.contextPath);var r=void 0;if(t.fn&&t.fn!==Ja&&(function(){t.data=fe.createFrame(t.data);var i=t.fn;r=t.data["partial-block"]=function(l){var a=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return a.data=fe.createFrame(a.data),a.data["partial-block"]=s,i(l,a)},i.partials&&(t.partials=qe.extend({},t.partials,i.partials))})(),e===void 0&&r&&(e=r),e===void 0)throw new re.default("The partial "+t.name+" could not be found");if(e instanceof Function)return e(n,t)}function Ja(){return""}function Mt(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function zf(e,n){return(!n||!("root"in n))&&(n=n?fe.createFrame(n):{},n.root=e),n}function Xa(e,n,t,s,r,i){if(e.decorator){var o={};n=e.decorator(n,o,t,s&&s[0],r,i,s),qe.extend(n,o)}return n}function Ya(e,n,t){n&&Object.keys(n).forEach(function(s){var r=n[s];e[s]=Wf(r,t)})}function Wf(e,n){var t=n.lookupProperty;return Gf.wrapHelper(e,function(s){return s.lookupProperty=t,s})}});var el=g((qt,Za)=>{"use strict";qt.__esModule=!0;qt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};Za.exports=qt.default});var il=g((Ut,ol)=>{"use strict";Ut.__esModule=!0;function jo(e){return e&&e.__esModule?e:{default:e}}function Mo(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var Yf=Io(),nl=Mo(Yf),Jf=Va(),Xf=jo(Jf),Qf=Se(),Zf=jo(Qf),eh=te(),Bo=Mo(eh),nh=Qa(),tl=Mo(nh),th=el(),rh=jo(th);function rl(){var e=new nl.HandlebarsEnvironment;return Bo.extend(e,nl),e.SafeString=Xf.default,e.Exception=Zf.default,e.Utils=Bo,e.escapeExpression=Bo.escapeExpression,e.VM=tl,e.template=function(n){return tl.template(n,e)},e}var Dn=rl();Dn.create=rl;rh.default(Dn);Dn.default=Dn;Ut.default=Dn;ol.exports=Ut.default});var al=g((Dv,sl)=>{sl.exports=il().default});var P=g(K=>{"use strict";var Ei=Symbol.for("yaml.alias"),Iu=Symbol.for("yaml.document"),vr=Symbol.for("yaml.map"),Du=Symbol.for("yaml.pair"),Oi=Symbol.for("yaml.scalar"),wr=Symbol.for("yaml.seq"),ke=Symbol.for("yaml.node.type"),Hg=e=>!!e&&typeof e=="object"&&e[ke]===Ei,Fg=e=>!!e&&typeof e=="object"&&e[ke]===Iu,Kg=e=>!!e&&typeof e=="object"&&e[ke]===vr,Vg=e=>!!e&&typeof e=="object"&&e[ke]===Du,Nu=e=>!!e&&typeof e=="object"&&e[ke]===Oi,zg=e=>!!e&&typeof e=="object"&&e[ke]===wr;function Lu(e){if(e&&typeof e=="object")switch(e[ke]){case vr:case wr:return!0}return!1}function Wg(e){if(e&&typeof e=="object")switch(e[ke]){case Ei:case vr:case Oi:case wr:return!0}return!1}var Yg=e=>(Nu(e)||Lu(e))&&!!e.anchor;K.ALIAS=Ei;K.DOC=Iu;K.MAP=vr;K.NODE_TYPE=ke;K.PAIR=Du;K.SCALAR=Oi;K.SEQ=wr;K.hasAnchor=Yg;K.isAlias=Hg;K.isCollection=Lu;K.isDocument=Fg;K.isMap=Kg;K.isNode=Wg;K.isPair=Vg;K.isScalar=Nu;K.isSeq=zg});var Vn=g(Pi=>{"use strict";var U=P(),Y=Symbol("break visit"),Bu=Symbol("skip children"),pe=Symbol("remove node");function Sr(e,n){let t=ju(n);U.isDocument(e)?vn(null,e.contents,t,Object.freeze([e]))===pe&&(e.contents=null):vn(null,e,t,Object.freeze([]))}Sr.BREAK=Y;Sr.SKIP=Bu;Sr.REMOVE=pe;function vn(e,n,t,s){let r=Mu(e,n,t,s);if(U.isNode(r)||U.isPair(r))return qu(e,s,r),vn(e,r,t,s);if(typeof r!="symbol"){if(U.isCollection(n)){s=Object.freeze(s.concat(n));for(let i=0;i<n.items.length;++i){let o=vn(i,n.items[i],t,s);if(typeof o=="number")i=o-1;else{if(o===Y)return Y;o===pe&&(n.items.splice(i,1),i-=1)}}}else if(U.isPair(n)){s=Object.freeze(s.concat(n));let i=vn("key",n.key,t,s);if(i===Y)return Y;i===pe&&(n.key=null);let o=vn("value",n.value,t,s);if(o===Y)return Y;o===pe&&(n.value=null)}}return r}async function $r(e,n){let t=ju(n);U.isDocument(e)?await wn(null,e.contents,t,Object.freeze([e]))===pe&&(e.contents=null):await wn(null,e,t,Object.freeze([]))}$r.BREAK=Y;$r.SKIP=Bu;$r.REMOVE=pe;async function wn(e,n,t,s){let r=await Mu(e,n,t,s);if(U.isNode(r)||U.isPair(r))return qu(e,s,r),wn(e,r,t,s);if(typeof r!="symbol"){if(U.isCollection(n)){s=Object.freeze(s.concat(n));for(let i=0;i<n.items.length;++i){let o=await wn(i,n.items[i],t,s);if(typeof o=="number")i=o-1;else{if(o===Y)return Y;o===pe&&(n.items.splice(i,1),i-=1)}}}else if(U.isPair(n)){s=Object.freeze(s.concat(n));let i=await wn("key",n.key,t,s);if(i===Y)return Y;i===pe&&(n.key=null);let o=await wn("value",n.value,t,s);if(o===Y)return Y;o===pe&&(n.value=null)}}return r}function ju(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function Mu(e,n,t,s){if(typeof t=="function")return t(e,n,s);if(U.isMap(n))return t.Map?.(e,n,s);if(U.isSeq(n))return t.Seq?.(e,n,s);if(U.isPair(n))return t.Pair?.(e,n,s);if(U.isScalar(n))return t.Scalar?.(e,n,s);if(U.isAlias(n))return t.Alias?.(e,n,s)}function qu(e,n,t){let s=n[n.length-1];if(U.isCollection(s))s.items[e]=t;else if(U.isPair(s))e==="key"?s.key=t:s.value=t;else if(U.isDocument(s))s.contents=t;else{let r=U.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${r} parent`)}}Pi.visit=Sr;Pi.visitAsync=$r});var Ci=g(Gu=>{"use strict";var Uu=P(),Jg=Vn(),Xg={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Qg=e=>e.replace(/[!,[\]{}]/g,n=>Xg[n]),zn=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let s=n.trim().split(/[ \t]+/),r=s.shift();switch(r){case"%TAG":{if(s.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),s.length<2))return!1;let[i,o]=s;return this.tags[i]=o,!0}case"%YAML":{if(this.yaml.explicit=!0,s.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[i]=s;if(i==="1.1"||i==="1.2")return this.yaml.version=i,!0;{let o=/^\d+\.\d+$/.test(i);return t(6,`Unsupported YAML version ${i}`,o),!1}}default:return t(0,`Unknown directive ${r}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let o=n.slice(2,-1);return o==="!"||o==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),o)}let[,s,r]=n.match(/^(.*!)([^!]*)$/s);r||t(`The ${n} tag has no suffix`);let i=this.tags[s];if(i)try{return i+decodeURIComponent(r)}catch(o){return t(String(o)),null}return s==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,s]of Object.entries(this.tags))if(n.startsWith(s))return t+Qg(n.substring(s.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],s=Object.entries(this.tags),r;if(n&&s.length>0&&Uu.isNode(n.contents)){let i={};Jg.visit(n.contents,(o,l)=>{Uu.isNode(l)&&l.tag&&(i[l.tag]=!0)}),r=Object.keys(i)}else r=[];for(let[i,o]of s)i==="!!"&&o==="tag:yaml.org,2002:"||(!n||r.some(l=>l.startsWith(o)))&&t.push(`%TAG ${i} ${o}`);return t.join(`
`)}};zn.defaultYaml={explicit:!1,version:"1.2"};zn.defaultTags={"!!":"tag:yaml.org,2002:"};Gu.Directives=zn});var Er=g(Wn=>{"use strict";var Hu=P(),Zg=Vn();function ey(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function Fu(e){let n=new Set;return Zg.visit(e,{Value(t,s){s.anchor&&n.add(s.anchor)}}),n}function Ku(e,n){for(let t=1;;++t){let s=`${e}${t}`;if(!n.has(s))return s}}function ny(e,n){let t=[],s=new Map,r=null;return{onAnchor:i=>{t.push(i),r??(r=Fu(e));let o=Ku(n,r);return r.add(o),o},setAnchors:()=>{for(let i of t){let o=s.get(i);if(typeof o=="object"&&o.anchor&&(Hu.isScalar(o.node)||Hu.isCollection(o.node)))o.node.anchor=o.anchor;else{let l=new Error("Failed to resolve repeated object (this should not happen)");throw l.source=i,l}}},sourceObjects:s}}Wn.anchorIsValid=ey;Wn.anchorNames=Fu;Wn.createNodeAnchors=ny;Wn.findNewAnchor=Ku});var Ti=g(Vu=>{"use strict";function Yn(e,n,t,s){if(s&&typeof s=="object")if(Array.isArray(s))for(let r=0,i=s.length;r<i;++r){let o=s[r],l=Yn(e,s,String(r),o);l===void 0?delete s[r]:l!==o&&(s[r]=l)}else if(s instanceof Map)for(let r of Array.from(s.keys())){let i=s.get(r),o=Yn(e,s,r,i);o===void 0?s.delete(r):o!==i&&s.set(r,o)}else if(s instanceof Set)for(let r of Array.from(s)){let i=Yn(e,s,r,r);i===void 0?s.delete(r):i!==r&&(s.delete(r),s.add(i))}else for(let[r,i]of Object.entries(s)){let o=Yn(e,s,r,i);o===void 0?delete s[r]:o!==i&&(s[r]=o)}return e.call(n,t,s)}Vu.applyReviver=Yn});var Ce=g(Wu=>{"use strict";var ty=P();function zu(e,n,t){if(Array.isArray(e))return e.map((s,r)=>zu(s,String(r),t));if(e&&typeof e.toJSON=="function"){if(!t||!ty.hasAnchor(e))return e.toJSON(n,t);let s={aliasCount:0,count:1,res:void 0};t.anchors.set(e,s),t.onCreate=i=>{s.res=i,delete t.onCreate};let r=e.toJSON(n,t);return t.onCreate&&t.onCreate(r),r}return typeof e=="bigint"&&!t?.keep?Number(e):e}Wu.toJS=zu});var Or=g(Ju=>{"use strict";var ry=Ti(),Yu=P(),oy=Ce(),Ai=class{constructor(n){Object.defineProperty(this,Yu.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:s,onAnchor:r,reviver:i}={}){if(!Yu.isDocument(n))throw new TypeError("A document argument is required");let o={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof s=="number"?s:100},l=oy.toJS(this,"",o);if(typeof r=="function")for(let{count:a,res:c}of o.anchors.values())r(c,a);return typeof i=="function"?ry.applyReviver(i,{"":l},"",l):l}};Ju.NodeBase=Ai});var Jn=g(Xu=>{"use strict";var iy=Er(),sy=Vn(),Sn=P(),ay=Or(),ly=Ce(),Ri=class extends ay.NodeBase{constructor(n){super(Sn.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let s;t?.aliasResolveCache?s=t.aliasResolveCache:(s=[],sy.visit(n,{Node:(i,o)=>{(Sn.isAlias(o)||Sn.hasAnchor(o))&&s.push(o)}}),t&&(t.aliasResolveCache=s));let r;for(let i of s){if(i===this)break;i.anchor===this.source&&(r=i)}if(r&&t){let{anchors:i,doc:o,maxAliasCount:l}=t,a=i.get(r);if(a||(ly.toJS(r,null,t),a=i.get(r)),a?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(l>=0&&(a.count+=1,a.aliasCount===0&&(a.aliasCount=Pr(o,r,i)),a.count*a.aliasCount>l)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return r}toJSON(n,t){if(!t)return{source:this.source};let s=this.resolve(t.doc,t);if(!s){let r=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(r)}return t.anchors.get(s).res}toString(n,t,s){let r=`*${this.source}`;if(n){if(iy.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(i)}if(n.implicitKey)return`${r} `}return r}};function Pr(e,n,t){if(Sn.isAlias(n)){let s=n.resolve(e),r=t&&s&&t.get(s);return r?r.count*r.aliasCount:0}else if(Sn.isCollection(n)){let s=0;for(let r of n.items){let i=Pr(e,r,t);i>s&&(s=i)}return s}else if(Sn.isPair(n)){let s=Pr(e,n.key,t),r=Pr(e,n.value,t);return Math.max(s,r)}return 1}Xu.Alias=Ri});var j=g(xi=>{"use strict";var cy=P(),uy=Or(),my=Ce(),py=e=>!e||typeof e!="function"&&typeof e!="object",Te=class extends uy.NodeBase{constructor(n){super(cy.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:my.toJS(this.value,n,t)}toString(){return String(this.value)}};Te.BLOCK_FOLDED="BLOCK_FOLDED";Te.BLOCK_LITERAL="BLOCK_LITERAL";Te.PLAIN="PLAIN";Te.QUOTE_DOUBLE="QUOTE_DOUBLE";Te.QUOTE_SINGLE="QUOTE_SINGLE";xi.Scalar=Te;xi.isScalarValue=py});var Xn=g(Zu=>{"use strict";var dy=Jn(),Ze=P(),Qu=j(),fy="tag:yaml.org,2002:";function hy(e,n,t){if(n){let s=t.filter(i=>i.tag===n),r=s.find(i=>!i.format)??s[0];if(!r)throw new Error(`Tag ${n} not found`);return r}return t.find(s=>s.identify?.(e)&&!s.format)}function gy(e,n,t){if(Ze.isDocument(e)&&(e=e.contents),Ze.isNode(e))return e;if(Ze.isPair(e)){let m=t.schema[Ze.MAP].createNode?.(t.schema,null,t);return m.items.push(e),m}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:s,onAnchor:r,onTagObj:i,schema:o,sourceObjects:l}=t,a;if(s&&e&&typeof e=="object"){if(a=l.get(e),a)return a.anchor??(a.anchor=r(e)),new dy.Alias(a.anchor);a={anchor:null,node:null},l.set(e,a)}n?.startsWith("!!")&&(n=fy+n.slice(2));let c=hy(e,n,o.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let m=new Qu.Scalar(e);return a&&(a.node=m),m}c=e instanceof Map?o[Ze.MAP]:Symbol.iterator in Object(e)?o[Ze.SEQ]:o[Ze.MAP]}i&&(i(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new Qu.Scalar(e);return n?u.tag=n:c.default||(u.tag=c.tag),a&&(a.node=u),u}Zu.createNode=gy});var Tr=g(Cr=>{"use strict";var yy=Xn(),de=P(),by=Or();function Ii(e,n,t){let s=t;for(let r=n.length-1;r>=0;--r){let i=n[r];if(typeof i=="number"&&Number.isInteger(i)&&i>=0){let o=[];o[i]=s,s=o}else s=new Map([[i,s]])}return yy.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var em=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Di=class extends by.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(s=>de.isNode(s)||de.isPair(s)?s.clone(n):s),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(em(n))this.add(t);else{let[s,...r]=n,i=this.get(s,!0);if(de.isCollection(i))i.addIn(r,t);else if(i===void 0&&this.schema)this.set(s,Ii(this.schema,r,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${r}`)}}deleteIn(n){let[t,...s]=n;if(s.length===0)return this.delete(t);let r=this.get(t,!0);if(de.isCollection(r))return r.deleteIn(s);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${s}`)}getIn(n,t){let[s,...r]=n,i=this.get(s,!0);return r.length===0?!t&&de.isScalar(i)?i.value:i:de.isCollection(i)?i.getIn(r,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!de.isPair(t))return!1;let s=t.value;return s==null||n&&de.isScalar(s)&&s.value==null&&!s.commentBefore&&!s.comment&&!s.tag})}hasIn(n){let[t,...s]=n;if(s.length===0)return this.has(t);let r=this.get(t,!0);return de.isCollection(r)?r.hasIn(s):!1}setIn(n,t){let[s,...r]=n;if(r.length===0)this.set(s,t);else{let i=this.get(s,!0);if(de.isCollection(i))i.setIn(r,t);else if(i===void 0&&this.schema)this.set(s,Ii(this.schema,r,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${r}`)}}};Cr.Collection=Di;Cr.collectionFromPath=Ii;Cr.isEmptyPath=em});var Qn=g(Ar=>{"use strict";var _y=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Ni(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var ky=(e,n,t)=>e.endsWith(`
`)?Ni(t,n):t.includes(`
`)?`
`+Ni(t,n):(e.endsWith(" ")?"":" ")+t;Ar.indentComment=Ni;Ar.lineComment=ky;Ar.stringifyComment=_y});var tm=g(Zn=>{"use strict";var vy="flow",Li="block",Rr="quoted";function wy(e,n,t="flow",{indentAtStart:s,lineWidth:r=80,minContentWidth:i=20,onFold:o,onOverflow:l}={}){if(!r||r<0)return e;r<i&&(i=0);let a=Math.max(1+i,1+r-n.length);if(e.length<=a)return e;let c=[],u={},m=r-n.length;typeof s=="number"&&(s>r-Math.max(2,i)?c.push(0):m=r-s);let p,d,y=!1,f=-1,h=-1,b=-1;t===Li&&(f=nm(e,f,n.length),f!==-1&&(m=f+a));for(let S;S=e[f+=1];){if(t===Rr&&S==="\\"){switch(h=f,e[f+1]){case"x":f+=3;break;case"u":f+=5;break;case"U":f+=9;break;default:f+=1}b=f}if(S===`
`)t===Li&&(f=nm(e,f,n.length)),m=f+n.length+a,p=void 0;else{if(S===" "&&d&&d!==" "&&d!==`
`&&d!=="	"){let $=e[f+1];$&&$!==" "&&$!==`
`&&$!=="	"&&(p=f)}if(f>=m)if(p)c.push(p),m=p+a,p=void 0;else if(t===Rr){for(;d===" "||d==="	";)d=S,S=e[f+=1],y=!0;let $=f>b+1?f-2:h-1;if(u[$])return e;c.push($),u[$]=!0,m=$+a,p=void 0}else y=!0}d=S}if(y&&l&&l(),c.length===0)return e;o&&o();let v=e.slice(0,c[0]);for(let S=0;S<c.length;++S){let $=c[S],E=c[S+1]||e.length;$===0?v=`
${n}${e.slice(0,E)}`:(t===Rr&&u[$]&&(v+=`${e[$]}\\`),v+=`
${n}${e.slice($+1,E)}`)}return v}function nm(e,n,t){let s=n,r=n+1,i=e[r];for(;i===" "||i==="	";)if(n<r+t)i=e[++n];else{do i=e[++n];while(i&&i!==`
`);s=n,r=n+1,i=e[r]}return s}Zn.FOLD_BLOCK=Li;Zn.FOLD_FLOW=vy;Zn.FOLD_QUOTED=Rr;Zn.foldFlowLines=wy});var nt=g(rm=>{"use strict";var se=j(),Ae=tm(),Ir=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),Dr=e=>/^(%|---|\.\.\.)/m.test(e);function Sy(e,n,t){if(!n||n<0)return!1;let s=n-t,r=e.length;if(r<=s)return!1;for(let i=0,o=0;i<r;++i)if(e[i]===`
`){if(i-o>s)return!0;if(o=i+1,r-o<=s)return!1}return!0}function et(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:s}=n,r=n.options.doubleQuotedMinMultiLineLength,i=n.indent||(Dr(e)?"  ":""),o="",l=0;for(let a=0,c=t[a];c;c=t[++a])if(c===" "&&t[a+1]==="\\"&&t[a+2]==="n"&&(o+=t.slice(l,a)+"\\ ",a+=1,l=a,c="\\"),c==="\\")switch(t[a+1]){case"u":{o+=t.slice(l,a);let u=t.substr(a+2,4);switch(u){case"0000":o+="\\0";break;case"0007":o+="\\a";break;case"000b":o+="\\v";break;case"001b":o+="\\e";break;case"0085":o+="\\N";break;case"00a0":o+="\\_";break;case"2028":o+="\\L";break;case"2029":o+="\\P";break;default:u.substr(0,2)==="00"?o+="\\x"+u.substr(2):o+=t.substr(a,6)}a+=5,l=a+1}break;case"n":if(s||t[a+2]==='"'||t.length<r)a+=1;else{for(o+=t.slice(l,a)+`

`;t[a+2]==="\\"&&t[a+3]==="n"&&t[a+4]!=='"';)o+=`
`,a+=2;o+=i,t[a+2]===" "&&(o+="\\"),a+=1,l=a+1}break;default:a+=1}return o=l?o+t.slice(l):t,s?o:Ae.foldFlowLines(o,i,Ae.FOLD_QUOTED,Ir(n,!1))}function Bi(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return et(e,n);let t=n.indent||(Dr(e)?"  ":""),s="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?s:Ae.foldFlowLines(s,t,Ae.FOLD_FLOW,Ir(n,!1))}function $n(e,n){let{singleQuote:t}=n.options,s;if(t===!1)s=et;else{let r=e.includes('"'),i=e.includes("'");r&&!i?s=Bi:i&&!r?s=et:s=t?Bi:et}return s(e,n)}var ji;try{ji=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{ji=/\n+(?!\n|$)/g}function xr({comment:e,type:n,value:t},s,r,i){let{blockQuote:o,commentString:l,lineWidth:a}=s.options;if(!o||/\n[\t ]+$/.test(t))return $n(t,s);let c=s.indent||(s.forceBlockIndent||Dr(t)?"  ":""),u=o==="literal"?!0:o==="folded"||n===se.Scalar.BLOCK_FOLDED?!1:n===se.Scalar.BLOCK_LITERAL?!0:!Sy(t,a,c.length);if(!t)return u?`|
`:`>
`;let m,p;for(p=t.length;p>0;--p){let E=t[p-1];if(E!==`
`&&E!=="	"&&E!==" ")break}let d=t.substring(p),y=d.indexOf(`
`);y===-1?m="-":t===d||y!==d.length-1?(m="+",i&&i()):m="",d&&(t=t.slice(0,-d.length),d[d.length-1]===`
`&&(d=d.slice(0,-1)),d=d.replace(ji,`$&${c}`));let f=!1,h,b=-1;for(h=0;h<t.length;++h){let E=t[h];if(E===" ")f=!0;else if(E===`
`)b=h;else break}let v=t.substring(0,b<h?b+1:h);v&&(t=t.substring(v.length),v=v.replace(/\n+/g,`$&${c}`));let $=(f?c?"2":"1":"")+m;if(e&&($+=" "+l(e.replace(/ ?[\r\n]+/g," ")),r&&r()),!u){let E=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),O=!1,R=Ir(s,!0);o!=="folded"&&n!==se.Scalar.BLOCK_FOLDED&&(R.onOverflow=()=>{O=!0});let _=Ae.foldFlowLines(`${v}${E}${d}`,c,Ae.FOLD_BLOCK,R);if(!O)return`>${$}
${c}${_}`}return t=t.replace(/\n+/g,`$&${c}`),`|${$}
${c}${v}${t}${d}`}function $y(e,n,t,s){let{type:r,value:i}=e,{actualString:o,implicitKey:l,indent:a,indentStep:c,inFlow:u}=n;if(l&&i.includes(`
`)||u&&/[[\]{},]/.test(i))return $n(i,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(i))return l||u||!i.includes(`
`)?$n(i,n):xr(e,n,t,s);if(!l&&!u&&r!==se.Scalar.PLAIN&&i.includes(`
`))return xr(e,n,t,s);if(Dr(i)){if(a==="")return n.forceBlockIndent=!0,xr(e,n,t,s);if(l&&a===c)return $n(i,n)}let m=i.replace(/\n+/g,`$&
${a}`);if(o){let p=f=>f.default&&f.tag!=="tag:yaml.org,2002:str"&&f.test?.test(m),{compat:d,tags:y}=n.doc.schema;if(y.some(p)||d?.some(p))return $n(i,n)}return l?m:Ae.foldFlowLines(m,a,Ae.FOLD_FLOW,Ir(n,!1))}function Ey(e,n,t,s){let{implicitKey:r,inFlow:i}=n,o=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:l}=e;l!==se.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(o.value)&&(l=se.Scalar.QUOTE_DOUBLE);let a=u=>{switch(u){case se.Scalar.BLOCK_FOLDED:case se.Scalar.BLOCK_LITERAL:return r||i?$n(o.value,n):xr(o,n,t,s);case se.Scalar.QUOTE_DOUBLE:return et(o.value,n);case se.Scalar.QUOTE_SINGLE:return Bi(o.value,n);case se.Scalar.PLAIN:return $y(o,n,t,s);default:return null}},c=a(l);if(c===null){let{defaultKeyType:u,defaultStringType:m}=n.options,p=r&&u||m;if(c=a(p),c===null)throw new Error(`Unsupported default string type ${p}`)}return c}rm.stringifyString=Ey});var tt=g(Mi=>{"use strict";var Oy=Er(),Re=P(),Py=Qn(),Cy=nt();function Ty(e,n){let t=Object.assign({blockQuote:!0,commentString:Py.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),s;switch(t.collectionStyle){case"block":s=!1;break;case"flow":s=!0;break;default:s=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:s,options:t}}function Ay(e,n){if(n.tag){let r=e.filter(i=>i.tag===n.tag);if(r.length>0)return r.find(i=>i.format===n.format)??r[0]}let t,s;if(Re.isScalar(n)){s=n.value;let r=e.filter(i=>i.identify?.(s));if(r.length>1){let i=r.filter(o=>o.test);i.length>0&&(r=i)}t=r.find(i=>i.format===n.format)??r.find(i=>!i.format)}else s=n,t=e.find(r=>r.nodeClass&&s instanceof r.nodeClass);if(!t){let r=s?.constructor?.name??(s===null?"null":typeof s);throw new Error(`Tag not resolved for ${r} value`)}return t}function Ry(e,n,{anchors:t,doc:s}){if(!s.directives)return"";let r=[],i=(Re.isScalar(e)||Re.isCollection(e))&&e.anchor;i&&Oy.anchorIsValid(i)&&(t.add(i),r.push(`&${i}`));let o=e.tag??(n.default?null:n.tag);return o&&r.push(s.directives.tagString(o)),r.join(" ")}function xy(e,n,t,s){if(Re.isPair(e))return e.toString(n,t,s);if(Re.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let r,i=Re.isNode(e)?e:n.doc.createNode(e,{onTagObj:a=>r=a});r??(r=Ay(n.doc.schema.tags,i));let o=Ry(i,r,n);o.length>0&&(n.indentAtStart=(n.indentAtStart??0)+o.length+1);let l=typeof r.stringify=="function"?r.stringify(i,n,t,s):Re.isScalar(i)?Cy.stringifyString(i,n,t,s):i.toString(n,t,s);return o?Re.isScalar(i)||l[0]==="{"||l[0]==="["?`${o} ${l}`:`${o}
${n.indent}${l}`:l}Mi.createStringifyContext=Ty;Mi.stringify=xy});var am=g(sm=>{"use strict";var ve=P(),om=j(),im=tt(),rt=Qn();function Iy({key:e,value:n},t,s,r){let{allNullValues:i,doc:o,indent:l,indentStep:a,options:{commentString:c,indentSeq:u,simpleKeys:m}}=t,p=ve.isNode(e)&&e.comment||null;if(m){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(ve.isCollection(e)||!ve.isNode(e)&&typeof e=="object"){let R="With simple keys, collection cannot be used as a key value";throw new Error(R)}}let d=!m&&(!e||p&&n==null&&!t.inFlow||ve.isCollection(e)||(ve.isScalar(e)?e.type===om.Scalar.BLOCK_FOLDED||e.type===om.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!d&&(m||!i),indent:l+a});let y=!1,f=!1,h=im.stringify(e,t,()=>y=!0,()=>f=!0);if(!d&&!t.inFlow&&h.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");d=!0}if(t.inFlow){if(i||n==null)return y&&s&&s(),h===""?"?":d?`? ${h}`:h}else if(i&&!m||n==null&&d)return h=`? ${h}`,p&&!y?h+=rt.lineComment(h,t.indent,c(p)):f&&r&&r(),h;y&&(p=null),d?(p&&(h+=rt.lineComment(h,t.indent,c(p))),h=`? ${h}
${l}:`):(h=`${h}:`,p&&(h+=rt.lineComment(h,t.indent,c(p))));let b,v,S;ve.isNode(n)?(b=!!n.spaceBefore,v=n.commentBefore,S=n.comment):(b=!1,v=null,S=null,n&&typeof n=="object"&&(n=o.createNode(n))),t.implicitKey=!1,!d&&!p&&ve.isScalar(n)&&(t.indentAtStart=h.length+1),f=!1,!u&&a.length>=2&&!t.inFlow&&!d&&ve.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let $=!1,E=im.stringify(n,t,()=>$=!0,()=>f=!0),O=" ";if(p||b||v){if(O=b?`
`:"",v){let R=c(v);O+=`
${rt.indentComment(R,t.indent)}`}E===""&&!t.inFlow?O===`
`&&S&&(O=`

`):O+=`
${t.indent}`}else if(!d&&ve.isCollection(n)){let R=E[0],_=E.indexOf(`
`),M=_!==-1,we=t.inFlow??n.flow??n.items.length===0;if(M||!we){let sn=!1;if(M&&(R==="&"||R==="!")){let q=E.indexOf(" ");R==="&"&&q!==-1&&q<_&&E[q+1]==="!"&&(q=E.indexOf(" ",q+1)),(q===-1||_<q)&&(sn=!0)}sn||(O=`
${t.indent}`)}}else(E===""||E[0]===`
`)&&(O="");return h+=O+E,t.inFlow?$&&s&&s():S&&!$?h+=rt.lineComment(h,t.indent,c(S)):f&&r&&r(),h}sm.stringifyPair=Iy});var Ui=g(qi=>{"use strict";var lm=wt("process");function Dy(e,...n){e==="debug"&&console.log(...n)}function Ny(e,n){(e==="debug"||e==="warn")&&(typeof lm.emitWarning=="function"?lm.emitWarning(n):console.warn(n))}qi.debug=Dy;qi.warn=Ny});var Mr=g(jr=>{"use strict";var Br=P(),cm=j(),Nr="<<",Lr={identify:e=>e===Nr||typeof e=="symbol"&&e.description===Nr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new cm.Scalar(Symbol(Nr)),{addToJSMap:um}),stringify:()=>Nr},Ly=(e,n)=>(Lr.identify(n)||Br.isScalar(n)&&(!n.type||n.type===cm.Scalar.PLAIN)&&Lr.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===Lr.tag&&t.default);function um(e,n,t){let s=mm(e,t);if(Br.isSeq(s))for(let r of s.items)Gi(e,n,r);else if(Array.isArray(s))for(let r of s)Gi(e,n,r);else Gi(e,n,s)}function Gi(e,n,t){let s=mm(e,t);if(!Br.isMap(s))throw new Error("Merge sources must be maps or map aliases");let r=s.toJSON(null,e,Map);for(let[i,o]of r)n instanceof Map?n.has(i)||n.set(i,o):n instanceof Set?n.add(i):Object.prototype.hasOwnProperty.call(n,i)||Object.defineProperty(n,i,{value:o,writable:!0,enumerable:!0,configurable:!0});return n}function mm(e,n){return e&&Br.isAlias(n)?n.resolve(e.doc,e):n}jr.addMergeToJSMap=um;jr.isMergeKey=Ly;jr.merge=Lr});var Fi=g(fm=>{"use strict";var By=Ui(),pm=Mr(),jy=tt(),dm=P(),Hi=Ce();function My(e,n,{key:t,value:s}){if(dm.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,s);else if(pm.isMergeKey(e,t))pm.addMergeToJSMap(e,n,s);else{let r=Hi.toJS(t,"",e);if(n instanceof Map)n.set(r,Hi.toJS(s,r,e));else if(n instanceof Set)n.add(r);else{let i=qy(t,r,e),o=Hi.toJS(s,i,e);i in n?Object.defineProperty(n,i,{value:o,writable:!0,enumerable:!0,configurable:!0}):n[i]=o}}return n}function qy(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(dm.isNode(e)&&t?.doc){let s=jy.createStringifyContext(t.doc,{});s.anchors=new Set;for(let i of t.anchors.keys())s.anchors.add(i.anchor);s.inFlow=!0,s.inStringifyKey=!0;let r=e.toString(s);if(!t.mapKeyWarned){let i=JSON.stringify(r);i.length>40&&(i=i.substring(0,36)+'..."'),By.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${i}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return r}return JSON.stringify(n)}fm.addPairToJSMap=My});var xe=g(Ki=>{"use strict";var hm=Xn(),Uy=am(),Gy=Fi(),qr=P();function Hy(e,n,t){let s=hm.createNode(e,void 0,t),r=hm.createNode(n,void 0,t);return new Ur(s,r)}var Ur=class e{constructor(n,t=null){Object.defineProperty(this,qr.NODE_TYPE,{value:qr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:s}=this;return qr.isNode(t)&&(t=t.clone(n)),qr.isNode(s)&&(s=s.clone(n)),new e(t,s)}toJSON(n,t){let s=t?.mapAsMap?new Map:{};return Gy.addPairToJSMap(t,s,this)}toString(n,t,s){return n?.doc?Uy.stringifyPair(this,n,t,s):JSON.stringify(this)}};Ki.Pair=Ur;Ki.createPair=Hy});var Vi=g(ym=>{"use strict";var en=P(),gm=tt(),Gr=Qn();function Fy(e,n,t){return(n.inFlow??e.flow?Vy:Ky)(e,n,t)}function Ky({comment:e,items:n},t,{blockItemPrefix:s,flowChars:r,itemIndent:i,onChompKeep:o,onComment:l}){let{indent:a,options:{commentString:c}}=t,u=Object.assign({},t,{indent:i,type:null}),m=!1,p=[];for(let y=0;y<n.length;++y){let f=n[y],h=null;if(en.isNode(f))!m&&f.spaceBefore&&p.push(""),Hr(t,p,f.commentBefore,m),f.comment&&(h=f.comment);else if(en.isPair(f)){let v=en.isNode(f.key)?f.key:null;v&&(!m&&v.spaceBefore&&p.push(""),Hr(t,p,v.commentBefore,m))}m=!1;let b=gm.stringify(f,u,()=>h=null,()=>m=!0);h&&(b+=Gr.lineComment(b,i,c(h))),m&&h&&(m=!1),p.push(s+b)}let d;if(p.length===0)d=r.start+r.end;else{d=p[0];for(let y=1;y<p.length;++y){let f=p[y];d+=f?`
${a}${f}`:`
`}}return e?(d+=`
`+Gr.indentComment(c(e),a),l&&l()):m&&o&&o(),d}function Vy({items:e},n,{flowChars:t,itemIndent:s}){let{indent:r,indentStep:i,flowCollectionPadding:o,options:{commentString:l}}=n;s+=i;let a=Object.assign({},n,{indent:s,inFlow:!0,type:null}),c=!1,u=0,m=[];for(let y=0;y<e.length;++y){let f=e[y],h=null;if(en.isNode(f))f.spaceBefore&&m.push(""),Hr(n,m,f.commentBefore,!1),f.comment&&(h=f.comment);else if(en.isPair(f)){let v=en.isNode(f.key)?f.key:null;v&&(v.spaceBefore&&m.push(""),Hr(n,m,v.commentBefore,!1),v.comment&&(c=!0));let S=en.isNode(f.value)?f.value:null;S?(S.comment&&(h=S.comment),S.commentBefore&&(c=!0)):f.value==null&&v?.comment&&(h=v.comment)}h&&(c=!0);let b=gm.stringify(f,a,()=>h=null);c||(c=m.length>u||b.includes(`
`)),y<e.length-1?b+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=m.reduce((v,S)=>v+S.length+2,2)+(b.length+2)>n.options.lineWidth)),c&&(b+=",")),h&&(b+=Gr.lineComment(b,s,l(h))),m.push(b),u=m.length}let{start:p,end:d}=t;if(m.length===0)return p+d;if(!c){let y=m.reduce((f,h)=>f+h.length+2,2);c=n.options.lineWidth>0&&y>n.options.lineWidth}if(c){let y=p;for(let f of m)y+=f?`
${i}${r}${f}`:`
`;return`${y}
${r}${d}`}else return`${p}${o}${m.join(" ")}${o}${d}`}function Hr({indent:e,options:{commentString:n}},t,s,r){if(s&&r&&(s=s.replace(/^\n+/,"")),s){let i=Gr.indentComment(n(s),e);t.push(i.trimStart())}}ym.stringifyCollection=Fy});var De=g(Wi=>{"use strict";var zy=Vi(),Wy=Fi(),Yy=Tr(),Ie=P(),Fr=xe(),Jy=j();function ot(e,n){let t=Ie.isScalar(n)?n.value:n;for(let s of e)if(Ie.isPair(s)&&(s.key===n||s.key===t||Ie.isScalar(s.key)&&s.key.value===t))return s}var zi=class extends Yy.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Ie.MAP,n),this.items=[]}static from(n,t,s){let{keepUndefined:r,replacer:i}=s,o=new this(n),l=(a,c)=>{if(typeof i=="function")c=i.call(t,a,c);else if(Array.isArray(i)&&!i.includes(a))return;(c!==void 0||r)&&o.items.push(Fr.createPair(a,c,s))};if(t instanceof Map)for(let[a,c]of t)l(a,c);else if(t&&typeof t=="object")for(let a of Object.keys(t))l(a,t[a]);return typeof n.sortMapEntries=="function"&&o.items.sort(n.sortMapEntries),o}add(n,t){let s;Ie.isPair(n)?s=n:!n||typeof n!="object"||!("key"in n)?s=new Fr.Pair(n,n?.value):s=new Fr.Pair(n.key,n.value);let r=ot(this.items,s.key),i=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${s.key} already set`);Ie.isScalar(r.value)&&Jy.isScalarValue(s.value)?r.value.value=s.value:r.value=s.value}else if(i){let o=this.items.findIndex(l=>i(s,l)<0);o===-1?this.items.push(s):this.items.splice(o,0,s)}else this.items.push(s)}delete(n){let t=ot(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let r=ot(this.items,n)?.value;return(!t&&Ie.isScalar(r)?r.value:r)??void 0}has(n){return!!ot(this.items,n)}set(n,t){this.add(new Fr.Pair(n,t),!0)}toJSON(n,t,s){let r=s?new s:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(r);for(let i of this.items)Wy.addPairToJSMap(t,r,i);return r}toString(n,t,s){if(!n)return JSON.stringify(this);for(let r of this.items)if(!Ie.isPair(r))throw new Error(`Map items must all be pairs; found ${JSON.stringify(r)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),zy.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:s,onComment:t})}};Wi.YAMLMap=zi;Wi.findPair=ot});var En=g(_m=>{"use strict";var Xy=P(),bm=De(),Qy={collection:"map",default:!0,nodeClass:bm.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return Xy.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>bm.YAMLMap.from(e,n,t)};_m.map=Qy});var Ne=g(km=>{"use strict";var Zy=Xn(),eb=Vi(),nb=Tr(),Vr=P(),tb=j(),rb=Ce(),Yi=class extends nb.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(Vr.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=Kr(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let s=Kr(n);if(typeof s!="number")return;let r=this.items[s];return!t&&Vr.isScalar(r)?r.value:r}has(n){let t=Kr(n);return typeof t=="number"&&t<this.items.length}set(n,t){let s=Kr(n);if(typeof s!="number")throw new Error(`Expected a valid index, not ${n}.`);let r=this.items[s];Vr.isScalar(r)&&tb.isScalarValue(t)?r.value=t:this.items[s]=t}toJSON(n,t){let s=[];t?.onCreate&&t.onCreate(s);let r=0;for(let i of this.items)s.push(rb.toJS(i,String(r++),t));return s}toString(n,t,s){return n?eb.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:s,onComment:t}):JSON.stringify(this)}static from(n,t,s){let{replacer:r}=s,i=new this(n);if(t&&Symbol.iterator in Object(t)){let o=0;for(let l of t){if(typeof r=="function"){let a=t instanceof Set?l:String(o++);l=r.call(t,a,l)}i.items.push(Zy.createNode(l,void 0,s))}}return i}};function Kr(e){let n=Vr.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}km.YAMLSeq=Yi});var On=g(wm=>{"use strict";var ob=P(),vm=Ne(),ib={collection:"seq",default:!0,nodeClass:vm.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return ob.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>vm.YAMLSeq.from(e,n,t)};wm.seq=ib});var it=g(Sm=>{"use strict";var sb=nt(),ab={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,s){return n=Object.assign({actualString:!0},n),sb.stringifyString(e,n,t,s)}};Sm.string=ab});var zr=g(Om=>{"use strict";var $m=j(),Em={identify:e=>e==null,createNode:()=>new $m.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new $m.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Em.test.test(e)?e:n.options.nullStr};Om.nullTag=Em});var Ji=g(Cm=>{"use strict";var lb=j(),Pm={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new lb.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Pm.test.test(e)){let s=e[0]==="t"||e[0]==="T";if(n===s)return e}return n?t.options.trueStr:t.options.falseStr}};Cm.boolTag=Pm});var Pn=g(Tm=>{"use strict";function cb({format:e,minFractionDigits:n,tag:t,value:s}){if(typeof s=="bigint")return String(s);let r=typeof s=="number"?s:Number(s);if(!isFinite(r))return isNaN(r)?".nan":r<0?"-.inf":".inf";let i=Object.is(s,-0)?"-0":JSON.stringify(s);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(i)&&!i.includes("e")){let o=i.indexOf(".");o<0&&(o=i.length,i+=".");let l=n-(i.length-o-1);for(;l-- >0;)i+="0"}return i}Tm.stringifyNumber=cb});var Qi=g(Wr=>{"use strict";var ub=j(),Xi=Pn(),mb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Xi.stringifyNumber},pb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():Xi.stringifyNumber(e)}},db={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new ub.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:Xi.stringifyNumber};Wr.float=db;Wr.floatExp=pb;Wr.floatNaN=mb});var es=g(Jr=>{"use strict";var Am=Pn(),Yr=e=>typeof e=="bigint"||Number.isInteger(e),Zi=(e,n,t,{intAsBigInt:s})=>s?BigInt(e):parseInt(e.substring(n),t);function Rm(e,n,t){let{value:s}=e;return Yr(s)&&s>=0?t+s.toString(n):Am.stringifyNumber(e)}var fb={identify:e=>Yr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>Zi(e,2,8,t),stringify:e=>Rm(e,8,"0o")},hb={identify:Yr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>Zi(e,0,10,t),stringify:Am.stringifyNumber},gb={identify:e=>Yr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>Zi(e,2,16,t),stringify:e=>Rm(e,16,"0x")};Jr.int=hb;Jr.intHex=gb;Jr.intOct=fb});var Im=g(xm=>{"use strict";var yb=En(),bb=zr(),_b=On(),kb=it(),vb=Ji(),ns=Qi(),ts=es(),wb=[yb.map,_b.seq,kb.string,bb.nullTag,vb.boolTag,ts.intOct,ts.int,ts.intHex,ns.floatNaN,ns.floatExp,ns.float];xm.schema=wb});var Lm=g(Nm=>{"use strict";var Sb=j(),$b=En(),Eb=On();function Dm(e){return typeof e=="bigint"||Number.isInteger(e)}var Xr=({value:e})=>JSON.stringify(e),Ob=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:Xr},{identify:e=>e==null,createNode:()=>new Sb.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Xr},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:Xr},{identify:Dm,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>Dm(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:Xr}],Pb={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},Cb=[$b.map,Eb.seq].concat(Ob,Pb);Nm.schema=Cb});var os=g(Bm=>{"use strict";var st=wt("buffer"),rs=j(),Tb=nt(),Ab={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof st.Buffer=="function")return st.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),s=new Uint8Array(t.length);for(let r=0;r<t.length;++r)s[r]=t.charCodeAt(r);return s}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},s,r,i){if(!t)return"";let o=t,l;if(typeof st.Buffer=="function")l=o instanceof st.Buffer?o.toString("base64"):st.Buffer.from(o.buffer).toString("base64");else if(typeof btoa=="function"){let a="";for(let c=0;c<o.length;++c)a+=String.fromCharCode(o[c]);l=btoa(a)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=rs.Scalar.BLOCK_LITERAL),n!==rs.Scalar.QUOTE_DOUBLE){let a=Math.max(s.options.lineWidth-s.indent.length,s.options.minContentWidth),c=Math.ceil(l.length/a),u=new Array(c);for(let m=0,p=0;m<c;++m,p+=a)u[m]=l.substr(p,a);l=u.join(n===rs.Scalar.BLOCK_LITERAL?`
`:" ")}return Tb.stringifyString({comment:e,type:n,value:l},s,r,i)}};Bm.binary=Ab});var eo=g(Zr=>{"use strict";var Qr=P(),is=xe(),Rb=j(),xb=Ne();function jm(e,n){if(Qr.isSeq(e))for(let t=0;t<e.items.length;++t){let s=e.items[t];if(!Qr.isPair(s)){if(Qr.isMap(s)){s.items.length>1&&n("Each pair must have its own sequence indicator");let r=s.items[0]||new is.Pair(new Rb.Scalar(null));if(s.commentBefore&&(r.key.commentBefore=r.key.commentBefore?`${s.commentBefore}
${r.key.commentBefore}`:s.commentBefore),s.comment){let i=r.value??r.key;i.comment=i.comment?`${s.comment}
${i.comment}`:s.comment}s=r}e.items[t]=Qr.isPair(s)?s:new is.Pair(s)}}else n("Expected a sequence for this tag");return e}function Mm(e,n,t){let{replacer:s}=t,r=new xb.YAMLSeq(e);r.tag="tag:yaml.org,2002:pairs";let i=0;if(n&&Symbol.iterator in Object(n))for(let o of n){typeof s=="function"&&(o=s.call(n,String(i++),o));let l,a;if(Array.isArray(o))if(o.length===2)l=o[0],a=o[1];else throw new TypeError(`Expected [key, value] tuple: ${o}`);else if(o&&o instanceof Object){let c=Object.keys(o);if(c.length===1)l=c[0],a=o[l];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else l=o;r.items.push(is.createPair(l,a,t))}return r}var Ib={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:jm,createNode:Mm};Zr.createPairs=Mm;Zr.pairs=Ib;Zr.resolvePairs=jm});var ls=g(as=>{"use strict";var qm=P(),ss=Ce(),at=De(),Db=Ne(),Um=eo(),nn=class e extends Db.YAMLSeq{constructor(){super(),this.add=at.YAMLMap.prototype.add.bind(this),this.delete=at.YAMLMap.prototype.delete.bind(this),this.get=at.YAMLMap.prototype.get.bind(this),this.has=at.YAMLMap.prototype.has.bind(this),this.set=at.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let s=new Map;t?.onCreate&&t.onCreate(s);for(let r of this.items){let i,o;if(qm.isPair(r)?(i=ss.toJS(r.key,"",t),o=ss.toJS(r.value,i,t)):i=ss.toJS(r,"",t),s.has(i))throw new Error("Ordered maps must not include duplicate keys");s.set(i,o)}return s}static from(n,t,s){let r=Um.createPairs(n,t,s),i=new this;return i.items=r.items,i}};nn.tag="tag:yaml.org,2002:omap";var Nb={collection:"seq",identify:e=>e instanceof Map,nodeClass:nn,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=Um.resolvePairs(e,n),s=[];for(let{key:r}of t.items)qm.isScalar(r)&&(s.includes(r.value)?n(`Ordered maps must not include duplicate keys: ${r.value}`):s.push(r.value));return Object.assign(new nn,t)},createNode:(e,n,t)=>nn.from(e,n,t)};as.YAMLOMap=nn;as.omap=Nb});var Vm=g(cs=>{"use strict";var Gm=j();function Hm({value:e,source:n},t){return n&&(e?Fm:Km).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var Fm={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new Gm.Scalar(!0),stringify:Hm},Km={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new Gm.Scalar(!1),stringify:Hm};cs.falseTag=Km;cs.trueTag=Fm});var zm=g(no=>{"use strict";var Lb=j(),us=Pn(),Bb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:us.stringifyNumber},jb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():us.stringifyNumber(e)}},Mb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new Lb.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let s=e.substring(t+1).replace(/_/g,"");s[s.length-1]==="0"&&(n.minFractionDigits=s.length)}return n},stringify:us.stringifyNumber};no.float=Mb;no.floatExp=jb;no.floatNaN=Bb});var Ym=g(ct=>{"use strict";var Wm=Pn(),lt=e=>typeof e=="bigint"||Number.isInteger(e);function to(e,n,t,{intAsBigInt:s}){let r=e[0];if((r==="-"||r==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),s){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let o=BigInt(e);return r==="-"?BigInt(-1)*o:o}let i=parseInt(e,t);return r==="-"?-1*i:i}function ms(e,n,t){let{value:s}=e;if(lt(s)){let r=s.toString(n);return s<0?"-"+t+r.substr(1):t+r}return Wm.stringifyNumber(e)}var qb={identify:lt,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>to(e,2,2,t),stringify:e=>ms(e,2,"0b")},Ub={identify:lt,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>to(e,1,8,t),stringify:e=>ms(e,8,"0")},Gb={identify:lt,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>to(e,0,10,t),stringify:Wm.stringifyNumber},Hb={identify:lt,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>to(e,2,16,t),stringify:e=>ms(e,16,"0x")};ct.int=Gb;ct.intBin=qb;ct.intHex=Hb;ct.intOct=Ub});var ds=g(ps=>{"use strict";var io=P(),ro=xe(),oo=De(),tn=class e extends oo.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;io.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new ro.Pair(n.key,null):t=new ro.Pair(n,null),oo.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let s=oo.findPair(this.items,n);return!t&&io.isPair(s)?io.isScalar(s.key)?s.key.value:s.key:s}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let s=oo.findPair(this.items,n);s&&!t?this.items.splice(this.items.indexOf(s),1):!s&&t&&this.items.push(new ro.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,s){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,s);throw new Error("Set items must all have null values")}static from(n,t,s){let{replacer:r}=s,i=new this(n);if(t&&Symbol.iterator in Object(t))for(let o of t)typeof r=="function"&&(o=r.call(t,o,o)),i.items.push(ro.createPair(o,null,s));return i}};tn.tag="tag:yaml.org,2002:set";var Fb={collection:"map",identify:e=>e instanceof Set,nodeClass:tn,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>tn.from(e,n,t),resolve(e,n){if(io.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new tn,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};ps.YAMLSet=tn;ps.set=Fb});var hs=g(so=>{"use strict";var Kb=Pn();function fs(e,n){let t=e[0],s=t==="-"||t==="+"?e.substring(1):e,r=o=>n?BigInt(o):Number(o),i=s.replace(/_/g,"").split(":").reduce((o,l)=>o*r(60)+r(l),r(0));return t==="-"?r(-1)*i:i}function Jm(e){let{value:n}=e,t=o=>o;if(typeof n=="bigint")t=o=>BigInt(o);else if(isNaN(n)||!isFinite(n))return Kb.stringifyNumber(e);let s="";n<0&&(s="-",n*=t(-1));let r=t(60),i=[n%r];return n<60?i.unshift(0):(n=(n-i[0])/r,i.unshift(n%r),n>=60&&(n=(n-i[0])/r,i.unshift(n))),s+i.map(o=>String(o).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Vb={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>fs(e,t),stringify:Jm},zb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>fs(e,!1),stringify:Jm},Xm={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(Xm.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,s,r,i,o,l]=n.map(Number),a=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,s-1,r,i||0,o||0,l||0,a),u=n[8];if(u&&u!=="Z"){let m=fs(u,!1);Math.abs(m)<30&&(m*=60),c-=6e4*m}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};so.floatTime=zb;so.intTime=Vb;so.timestamp=Xm});var ep=g(Zm=>{"use strict";var Wb=En(),Yb=zr(),Jb=On(),Xb=it(),Qb=os(),Qm=Vm(),gs=zm(),ao=Ym(),Zb=Mr(),e_=ls(),n_=eo(),t_=ds(),ys=hs(),r_=[Wb.map,Jb.seq,Xb.string,Yb.nullTag,Qm.trueTag,Qm.falseTag,ao.intBin,ao.intOct,ao.int,ao.intHex,gs.floatNaN,gs.floatExp,gs.float,Qb.binary,Zb.merge,e_.omap,n_.pairs,t_.set,ys.intTime,ys.floatTime,ys.timestamp];Zm.schema=r_});var up=g(ks=>{"use strict";var op=En(),o_=zr(),ip=On(),i_=it(),s_=Ji(),bs=Qi(),_s=es(),a_=Im(),l_=Lm(),sp=os(),ut=Mr(),ap=ls(),lp=eo(),np=ep(),cp=ds(),lo=hs(),tp=new Map([["core",a_.schema],["failsafe",[op.map,ip.seq,i_.string]],["json",l_.schema],["yaml11",np.schema],["yaml-1.1",np.schema]]),rp={binary:sp.binary,bool:s_.boolTag,float:bs.float,floatExp:bs.floatExp,floatNaN:bs.floatNaN,floatTime:lo.floatTime,int:_s.int,intHex:_s.intHex,intOct:_s.intOct,intTime:lo.intTime,map:op.map,merge:ut.merge,null:o_.nullTag,omap:ap.omap,pairs:lp.pairs,seq:ip.seq,set:cp.set,timestamp:lo.timestamp},c_={"tag:yaml.org,2002:binary":sp.binary,"tag:yaml.org,2002:merge":ut.merge,"tag:yaml.org,2002:omap":ap.omap,"tag:yaml.org,2002:pairs":lp.pairs,"tag:yaml.org,2002:set":cp.set,"tag:yaml.org,2002:timestamp":lo.timestamp};function u_(e,n,t){let s=tp.get(n);if(s&&!e)return t&&!s.includes(ut.merge)?s.concat(ut.merge):s.slice();let r=s;if(!r)if(Array.isArray(e))r=[];else{let i=Array.from(tp.keys()).filter(o=>o!=="yaml11").map(o=>JSON.stringify(o)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${i} or define customTags array`)}if(Array.isArray(e))for(let i of e)r=r.concat(i);else typeof e=="function"&&(r=e(r.slice()));return t&&(r=r.concat(ut.merge)),r.reduce((i,o)=>{let l=typeof o=="string"?rp[o]:o;if(!l){let a=JSON.stringify(o),c=Object.keys(rp).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${a}; use one of ${c}`)}return i.includes(l)||i.push(l),i},[])}ks.coreKnownTags=c_;ks.getTags=u_});var Ss=g(mp=>{"use strict";var vs=P(),m_=En(),p_=On(),d_=it(),co=up(),f_=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,ws=class e{constructor({compat:n,customTags:t,merge:s,resolveKnownTags:r,schema:i,sortMapEntries:o,toStringDefaults:l}){this.compat=Array.isArray(n)?co.getTags(n,"compat"):n?co.getTags(null,n):null,this.name=typeof i=="string"&&i||"core",this.knownTags=r?co.coreKnownTags:{},this.tags=co.getTags(t,this.name,s),this.toStringOptions=l??null,Object.defineProperty(this,vs.MAP,{value:m_.map}),Object.defineProperty(this,vs.SCALAR,{value:d_.string}),Object.defineProperty(this,vs.SEQ,{value:p_.seq}),this.sortMapEntries=typeof o=="function"?o:o===!0?f_:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};mp.Schema=ws});var dp=g(pp=>{"use strict";var h_=P(),$s=tt(),mt=Qn();function g_(e,n){let t=[],s=n.directives===!0;if(n.directives!==!1&&e.directives){let a=e.directives.toString(e);a?(t.push(a),s=!0):e.directives.docStart&&(s=!0)}s&&t.push("---");let r=$s.createStringifyContext(e,n),{commentString:i}=r.options;if(e.commentBefore){t.length!==1&&t.unshift("");let a=i(e.commentBefore);t.unshift(mt.indentComment(a,""))}let o=!1,l=null;if(e.contents){if(h_.isNode(e.contents)){if(e.contents.spaceBefore&&s&&t.push(""),e.contents.commentBefore){let u=i(e.contents.commentBefore);t.push(mt.indentComment(u,""))}r.forceBlockIndent=!!e.comment,l=e.contents.comment}let a=l?void 0:()=>o=!0,c=$s.stringify(e.contents,r,()=>l=null,a);l&&(c+=mt.lineComment(c,"",i(l))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push($s.stringify(e.contents,r));if(e.directives?.docEnd)if(e.comment){let a=i(e.comment);a.includes(`
`)?(t.push("..."),t.push(mt.indentComment(a,""))):t.push(`... ${a}`)}else t.push("...");else{let a=e.comment;a&&o&&(a=a.replace(/^\n+/,"")),a&&((!o||l)&&t[t.length-1]!==""&&t.push(""),t.push(mt.indentComment(i(a),"")))}return t.join(`
`)+`
`}pp.stringifyDocument=g_});var pt=g(fp=>{"use strict";var y_=Jn(),Cn=Tr(),ne=P(),b_=xe(),__=Ce(),k_=Ss(),v_=dp(),Es=Er(),w_=Ti(),S_=Xn(),Os=Ci(),Ps=class e{constructor(n,t,s){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,ne.NODE_TYPE,{value:ne.DOC});let r=null;typeof t=="function"||Array.isArray(t)?r=t:s===void 0&&t&&(s=t,t=void 0);let i=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},s);this.options=i;let{version:o}=i;s?._directives?(this.directives=s._directives.atDocument(),this.directives.yaml.explicit&&(o=this.directives.yaml.version)):this.directives=new Os.Directives({version:o}),this.setSchema(o,s),this.contents=n===void 0?null:this.createNode(n,r,s)}clone(){let n=Object.create(e.prototype,{[ne.NODE_TYPE]:{value:ne.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=ne.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Tn(this.contents)&&this.contents.add(n)}addIn(n,t){Tn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let s=Es.anchorNames(this);n.anchor=!t||s.has(t)?Es.findNewAnchor(t||"a",s):t}return new y_.Alias(n.anchor)}createNode(n,t,s){let r;if(typeof t=="function")n=t.call({"":n},"",n),r=t;else if(Array.isArray(t)){let h=v=>typeof v=="number"||v instanceof String||v instanceof Number,b=t.filter(h).map(String);b.length>0&&(t=t.concat(b)),r=t}else s===void 0&&t&&(s=t,t=void 0);let{aliasDuplicateObjects:i,anchorPrefix:o,flow:l,keepUndefined:a,onTagObj:c,tag:u}=s??{},{onAnchor:m,setAnchors:p,sourceObjects:d}=Es.createNodeAnchors(this,o||"a"),y={aliasDuplicateObjects:i??!0,keepUndefined:a??!1,onAnchor:m,onTagObj:c,replacer:r,schema:this.schema,sourceObjects:d},f=S_.createNode(n,u,y);return l&&ne.isCollection(f)&&(f.flow=!0),p(),f}createPair(n,t,s={}){let r=this.createNode(n,null,s),i=this.createNode(t,null,s);return new b_.Pair(r,i)}delete(n){return Tn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return Cn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Tn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return ne.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return Cn.isEmptyPath(n)?!t&&ne.isScalar(this.contents)?this.contents.value:this.contents:ne.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return ne.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return Cn.isEmptyPath(n)?this.contents!==void 0:ne.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=Cn.collectionFromPath(this.schema,[n],t):Tn(this.contents)&&this.contents.set(n,t)}setIn(n,t){Cn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=Cn.collectionFromPath(this.schema,Array.from(n),t):Tn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let s;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Os.Directives({version:"1.1"}),s={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new Os.Directives({version:n}),s={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,s=null;break;default:{let r=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${r}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(s)this.schema=new k_.Schema(Object.assign(s,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:s,maxAliasCount:r,onAnchor:i,reviver:o}={}){let l={anchors:new Map,doc:this,keep:!n,mapAsMap:s===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=__.toJS(this.contents,t??"",l);if(typeof i=="function")for(let{count:c,res:u}of l.anchors.values())i(u,c);return typeof o=="function"?w_.applyReviver(o,{"":a},"",a):a}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return v_.stringifyDocument(this,n)}};function Tn(e){if(ne.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}fp.Document=Ps});var ht=g(ft=>{"use strict";var dt=class extends Error{constructor(n,t,s,r){super(),this.name=n,this.code=s,this.message=r,this.pos=t}},Cs=class extends dt{constructor(n,t,s){super("YAMLParseError",n,t,s)}},Ts=class extends dt{constructor(n,t,s){super("YAMLWarning",n,t,s)}},$_=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(l=>n.linePos(l));let{line:s,col:r}=t.linePos[0];t.message+=` at line ${s}, column ${r}`;let i=r-1,o=e.substring(n.lineStarts[s-1],n.lineStarts[s]).replace(/[\n\r]+$/,"");if(i>=60&&o.length>80){let l=Math.min(i-39,o.length-79);o="…"+o.substring(l),i-=l-1}if(o.length>80&&(o=o.substring(0,79)+"…"),s>1&&/^ *$/.test(o.substring(0,i))){let l=e.substring(n.lineStarts[s-2],n.lineStarts[s-1]);l.length>80&&(l=l.substring(0,79)+`…
`),o=l+o}if(/[^ ]/.test(o)){let l=1,a=t.linePos[1];a?.line===s&&a.col>r&&(l=Math.max(1,Math.min(a.col-r,80-i)));let c=" ".repeat(i)+"^".repeat(l);t.message+=`:

${o}
${c}
`}};ft.YAMLError=dt;ft.YAMLParseError=Cs;ft.YAMLWarning=Ts;ft.prettifyError=$_});var gt=g(hp=>{"use strict";function E_(e,{flow:n,indicator:t,next:s,offset:r,onError:i,parentIndent:o,startOnNewline:l}){let a=!1,c=l,u=l,m="",p="",d=!1,y=!1,f=null,h=null,b=null,v=null,S=null,$=null,E=null;for(let _ of e)switch(y&&(_.type!=="space"&&_.type!=="newline"&&_.type!=="comma"&&i(_.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),y=!1),f&&(c&&_.type!=="comment"&&_.type!=="newline"&&i(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),f=null),_.type){case"space":!n&&(t!=="doc-start"||s?.type!=="flow-collection")&&_.source.includes("	")&&(f=_),u=!0;break;case"comment":{u||i(_,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let M=_.source.substring(1)||" ";m?m+=p+M:m=M,p="",c=!1;break}case"newline":c?m?m+=_.source:(!$||t!=="seq-item-ind")&&(a=!0):p+=_.source,c=!0,d=!0,(h||b)&&(v=_),u=!0;break;case"anchor":h&&i(_,"MULTIPLE_ANCHORS","A node can have at most one anchor"),_.source.endsWith(":")&&i(_.offset+_.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=_,E??(E=_.offset),c=!1,u=!1,y=!0;break;case"tag":{b&&i(_,"MULTIPLE_TAGS","A node can have at most one tag"),b=_,E??(E=_.offset),c=!1,u=!1,y=!0;break}case t:(h||b)&&i(_,"BAD_PROP_ORDER",`Anchors and tags must be after the ${_.source} indicator`),$&&i(_,"UNEXPECTED_TOKEN",`Unexpected ${_.source} in ${n??"collection"}`),$=_,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){S&&i(_,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),S=_,c=!1,u=!1;break}default:i(_,"UNEXPECTED_TOKEN",`Unexpected ${_.type} token`),c=!1,u=!1}let O=e[e.length-1],R=O?O.offset+O.source.length:r;return y&&s&&s.type!=="space"&&s.type!=="newline"&&s.type!=="comma"&&(s.type!=="scalar"||s.source!=="")&&i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),f&&(c&&f.indent<=o||s?.type==="block-map"||s?.type==="block-seq")&&i(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:S,found:$,spaceBefore:a,comment:m,hasNewline:d,anchor:h,tag:b,newlineAfterProp:v,end:R,start:E??R}}hp.resolveProps=E_});var uo=g(gp=>{"use strict";function As(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(As(n.key)||As(n.value))return!0}return!1;default:return!0}}gp.containsNewline=As});var Rs=g(yp=>{"use strict";var O_=uo();function P_(e,n,t){if(n?.type==="flow-collection"){let s=n.end[0];s.indent===e&&(s.source==="]"||s.source==="}")&&O_.containsNewline(n)&&t(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}yp.flowIndentCheck=P_});var xs=g(_p=>{"use strict";var bp=P();function C_(e,n,t){let{uniqueKeys:s}=e.options;if(s===!1)return!1;let r=typeof s=="function"?s:(i,o)=>i===o||bp.isScalar(i)&&bp.isScalar(o)&&i.value===o.value;return n.some(i=>r(i.key,t))}_p.mapIncludes=C_});var Ep=g($p=>{"use strict";var kp=xe(),T_=De(),vp=gt(),A_=uo(),wp=Rs(),R_=xs(),Sp="All mapping items must start at the same column";function x_({composeNode:e,composeEmptyNode:n},t,s,r,i){let o=i?.nodeClass??T_.YAMLMap,l=new o(t.schema);t.atRoot&&(t.atRoot=!1);let a=s.offset,c=null;for(let u of s.items){let{start:m,key:p,sep:d,value:y}=u,f=vp.resolveProps(m,{indicator:"explicit-key-ind",next:p??d?.[0],offset:a,onError:r,parentIndent:s.indent,startOnNewline:!0}),h=!f.found;if(h){if(p&&(p.type==="block-seq"?r(a,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in p&&p.indent!==s.indent&&r(a,"BAD_INDENT",Sp)),!f.anchor&&!f.tag&&!d){c=f.end,f.comment&&(l.comment?l.comment+=`
`+f.comment:l.comment=f.comment);continue}(f.newlineAfterProp||A_.containsNewline(p))&&r(p??m[m.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else f.found?.indent!==s.indent&&r(a,"BAD_INDENT",Sp);t.atKey=!0;let b=f.end,v=p?e(t,p,f,r):n(t,b,m,null,f,r);t.schema.compat&&wp.flowIndentCheck(s.indent,p,r),t.atKey=!1,R_.mapIncludes(t,l.items,v)&&r(b,"DUPLICATE_KEY","Map keys must be unique");let S=vp.resolveProps(d??[],{indicator:"map-value-ind",next:y,offset:v.range[2],onError:r,parentIndent:s.indent,startOnNewline:!p||p.type==="block-scalar"});if(a=S.end,S.found){h&&(y?.type==="block-map"&&!S.hasNewline&&r(a,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&f.start<S.found.offset-1024&&r(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let $=y?e(t,y,S,r):n(t,a,d,null,S,r);t.schema.compat&&wp.flowIndentCheck(s.indent,y,r),a=$.range[2];let E=new kp.Pair(v,$);t.options.keepSourceTokens&&(E.srcToken=u),l.items.push(E)}else{h&&r(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),S.comment&&(v.comment?v.comment+=`
`+S.comment:v.comment=S.comment);let $=new kp.Pair(v);t.options.keepSourceTokens&&($.srcToken=u),l.items.push($)}}return c&&c<a&&r(c,"IMPOSSIBLE","Map comment with trailing content"),l.range=[s.offset,a,c??a],l}$p.resolveBlockMap=x_});var Pp=g(Op=>{"use strict";var I_=Ne(),D_=gt(),N_=Rs();function L_({composeNode:e,composeEmptyNode:n},t,s,r,i){let o=i?.nodeClass??I_.YAMLSeq,l=new o(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let a=s.offset,c=null;for(let{start:u,value:m}of s.items){let p=D_.resolveProps(u,{indicator:"seq-item-ind",next:m,offset:a,onError:r,parentIndent:s.indent,startOnNewline:!0});if(!p.found)if(p.anchor||p.tag||m)m?.type==="block-seq"?r(p.end,"BAD_INDENT","All sequence items must start at the same column"):r(a,"MISSING_CHAR","Sequence item without - indicator");else{c=p.end,p.comment&&(l.comment=p.comment);continue}let d=m?e(t,m,p,r):n(t,p.end,u,null,p,r);t.schema.compat&&N_.flowIndentCheck(s.indent,m,r),a=d.range[2],l.items.push(d)}return l.range=[s.offset,a,c??a],l}Op.resolveBlockSeq=L_});var An=g(Cp=>{"use strict";function B_(e,n,t,s){let r="";if(e){let i=!1,o="";for(let l of e){let{source:a,type:c}=l;switch(c){case"space":i=!0;break;case"comment":{t&&!i&&s(l,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=a.substring(1)||" ";r?r+=o+u:r=u,o="";break}case"newline":r&&(o+=a),i=!0;break;default:s(l,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=a.length}}return{comment:r,offset:n}}Cp.resolveEnd=B_});var xp=g(Rp=>{"use strict";var j_=P(),M_=xe(),Tp=De(),q_=Ne(),U_=An(),Ap=gt(),G_=uo(),H_=xs(),Is="Block collections are not allowed within flow collections",Ds=e=>e&&(e.type==="block-map"||e.type==="block-seq");function F_({composeNode:e,composeEmptyNode:n},t,s,r,i){let o=s.start.source==="{",l=o?"flow map":"flow sequence",a=i?.nodeClass??(o?Tp.YAMLMap:q_.YAMLSeq),c=new a(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let m=s.offset+s.start.source.length;for(let h=0;h<s.items.length;++h){let b=s.items[h],{start:v,key:S,sep:$,value:E}=b,O=Ap.resolveProps(v,{flow:l,indicator:"explicit-key-ind",next:S??$?.[0],offset:m,onError:r,parentIndent:s.indent,startOnNewline:!1});if(!O.found){if(!O.anchor&&!O.tag&&!$&&!E){h===0&&O.comma?r(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`):h<s.items.length-1&&r(O.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${l}`),O.comment&&(c.comment?c.comment+=`
`+O.comment:c.comment=O.comment),m=O.end;continue}!o&&t.options.strict&&G_.containsNewline(S)&&r(S,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)O.comma&&r(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`);else if(O.comma||r(O.start,"MISSING_CHAR",`Missing , between ${l} items`),O.comment){let R="";e:for(let _ of v)switch(_.type){case"comma":case"space":break;case"comment":R=_.source.substring(1);break e;default:break e}if(R){let _=c.items[c.items.length-1];j_.isPair(_)&&(_=_.value??_.key),_.comment?_.comment+=`
`+R:_.comment=R,O.comment=O.comment.substring(R.length+1)}}if(!o&&!$&&!O.found){let R=E?e(t,E,O,r):n(t,O.end,$,null,O,r);c.items.push(R),m=R.range[2],Ds(E)&&r(R.range,"BLOCK_IN_FLOW",Is)}else{t.atKey=!0;let R=O.end,_=S?e(t,S,O,r):n(t,R,v,null,O,r);Ds(S)&&r(_.range,"BLOCK_IN_FLOW",Is),t.atKey=!1;let M=Ap.resolveProps($??[],{flow:l,indicator:"map-value-ind",next:E,offset:_.range[2],onError:r,parentIndent:s.indent,startOnNewline:!1});if(M.found){if(!o&&!O.found&&t.options.strict){if($)for(let q of $){if(q===M.found)break;if(q.type==="newline"){r(q,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}O.start<M.found.offset-1024&&r(M.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else E&&("source"in E&&E.source?.[0]===":"?r(E,"MISSING_CHAR",`Missing space after : in ${l}`):r(M.start,"MISSING_CHAR",`Missing , or : between ${l} items`));let we=E?e(t,E,M,r):M.found?n(t,M.end,$,null,M,r):null;we?Ds(E)&&r(we.range,"BLOCK_IN_FLOW",Is):M.comment&&(_.comment?_.comment+=`
`+M.comment:_.comment=M.comment);let sn=new M_.Pair(_,we);if(t.options.keepSourceTokens&&(sn.srcToken=b),o){let q=c;H_.mapIncludes(t,q.items,_)&&r(R,"DUPLICATE_KEY","Map keys must be unique"),q.items.push(sn)}else{let q=new Tp.YAMLMap(t.schema);q.flow=!0,q.items.push(sn);let ia=(we??_).range;q.range=[_.range[0],ia[1],ia[2]],c.items.push(q)}m=we?we.range[2]:M.end}}let p=o?"}":"]",[d,...y]=s.end,f=m;if(d?.source===p)f=d.offset+d.source.length;else{let h=l[0].toUpperCase()+l.substring(1),b=u?`${h} must end with a ${p}`:`${h} in block collection must be sufficiently indented and end with a ${p}`;r(m,u?"MISSING_CHAR":"BAD_INDENT",b),d&&d.source.length!==1&&y.unshift(d)}if(y.length>0){let h=U_.resolveEnd(y,f,t.options.strict,r);h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),c.range=[s.offset,f,h.offset]}else c.range=[s.offset,f,f];return c}Rp.resolveFlowCollection=F_});var Dp=g(Ip=>{"use strict";var K_=P(),V_=j(),z_=De(),W_=Ne(),Y_=Ep(),J_=Pp(),X_=xp();function Ns(e,n,t,s,r,i){let o=t.type==="block-map"?Y_.resolveBlockMap(e,n,t,s,i):t.type==="block-seq"?J_.resolveBlockSeq(e,n,t,s,i):X_.resolveFlowCollection(e,n,t,s,i),l=o.constructor;return r==="!"||r===l.tagName?(o.tag=l.tagName,o):(r&&(o.tag=r),o)}function Q_(e,n,t,s,r){let i=s.tag,o=i?n.directives.tagName(i.source,p=>r(i,"TAG_RESOLVE_FAILED",p)):null;if(t.type==="block-seq"){let{anchor:p,newlineAfterProp:d}=s,y=p&&i?p.offset>i.offset?p:i:p??i;y&&(!d||d.offset<y.offset)&&r(y,"MISSING_CHAR","Missing newline after block sequence props")}let l=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!i||!o||o==="!"||o===z_.YAMLMap.tagName&&l==="map"||o===W_.YAMLSeq.tagName&&l==="seq")return Ns(e,n,t,r,o);let a=n.schema.tags.find(p=>p.tag===o&&p.collection===l);if(!a){let p=n.schema.knownTags[o];if(p?.collection===l)n.schema.tags.push(Object.assign({},p,{default:!1})),a=p;else return p?r(i,"BAD_COLLECTION_TYPE",`${p.tag} used for ${l} collection, but expects ${p.collection??"scalar"}`,!0):r(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${o}`,!0),Ns(e,n,t,r,o)}let c=Ns(e,n,t,r,o,a),u=a.resolve?.(c,p=>r(i,"TAG_RESOLVE_FAILED",p),n.options)??c,m=K_.isNode(u)?u:new V_.Scalar(u);return m.range=c.range,m.tag=o,a?.format&&(m.format=a.format),m}Ip.composeCollection=Q_});var Bs=g(Np=>{"use strict";var Ls=j();function Z_(e,n,t){let s=n.offset,r=ek(n,e.options.strict,t);if(!r)return{value:"",type:null,comment:"",range:[s,s,s]};let i=r.mode===">"?Ls.Scalar.BLOCK_FOLDED:Ls.Scalar.BLOCK_LITERAL,o=n.source?nk(n.source):[],l=o.length;for(let f=o.length-1;f>=0;--f){let h=o[f][1];if(h===""||h==="\r")l=f;else break}if(l===0){let f=r.chomp==="+"&&o.length>0?`
`.repeat(Math.max(1,o.length-1)):"",h=s+r.length;return n.source&&(h+=n.source.length),{value:f,type:i,comment:r.comment,range:[s,h,h]}}let a=n.indent+r.indent,c=n.offset+r.length,u=0;for(let f=0;f<l;++f){let[h,b]=o[f];if(b===""||b==="\r")r.indent===0&&h.length>a&&(a=h.length);else{h.length<a&&t(c+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),r.indent===0&&(a=h.length),u=f,a===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=h.length+b.length+1}for(let f=o.length-1;f>=l;--f)o[f][0].length>a&&(l=f+1);let m="",p="",d=!1;for(let f=0;f<u;++f)m+=o[f][0].slice(a)+`
`;for(let f=u;f<l;++f){let[h,b]=o[f];c+=h.length+b.length+1;let v=b[b.length-1]==="\r";if(v&&(b=b.slice(0,-1)),b&&h.length<a){let $=`Block scalar lines must not be less indented than their ${r.indent?"explicit indentation indicator":"first line"}`;t(c-b.length-(v?2:1),"BAD_INDENT",$),h=""}i===Ls.Scalar.BLOCK_LITERAL?(m+=p+h.slice(a)+b,p=`
`):h.length>a||b[0]==="	"?(p===" "?p=`
`:!d&&p===`
`&&(p=`

`),m+=p+h.slice(a)+b,p=`
`,d=!0):b===""?p===`
`?m+=`
`:p=`
`:(m+=p+b,p=" ",d=!1)}switch(r.chomp){case"-":break;case"+":for(let f=l;f<o.length;++f)m+=`
`+o[f][0].slice(a);m[m.length-1]!==`
`&&(m+=`
`);break;default:m+=`
`}let y=s+r.length+n.source.length;return{value:m,type:i,comment:r.comment,range:[s,y,y]}}function ek({offset:e,props:n},t,s){if(n[0].type!=="block-scalar-header")return s(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:r}=n[0],i=r[0],o=0,l="",a=-1;for(let p=1;p<r.length;++p){let d=r[p];if(!l&&(d==="-"||d==="+"))l=d;else{let y=Number(d);!o&&y?o=y:a===-1&&(a=e+p)}}a!==-1&&s(a,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${r}`);let c=!1,u="",m=r.length;for(let p=1;p<n.length;++p){let d=n[p];switch(d.type){case"space":c=!0;case"newline":m+=d.source.length;break;case"comment":t&&!c&&s(d,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),m+=d.source.length,u=d.source.substring(1);break;case"error":s(d,"UNEXPECTED_TOKEN",d.message),m+=d.source.length;break;default:{let y=`Unexpected token in block scalar header: ${d.type}`;s(d,"UNEXPECTED_TOKEN",y);let f=d.source;f&&typeof f=="string"&&(m+=f.length)}}}return{mode:i,indent:o,chomp:l,comment:u,length:m}}function nk(e){let n=e.split(/\n( *)/),t=n[0],s=t.match(/^( *)/),i=[s?.[1]?[s[1],t.slice(s[1].length)]:["",t]];for(let o=1;o<n.length;o+=2)i.push([n[o],n[o+1]]);return i}Np.resolveBlockScalar=Z_});var Ms=g(Bp=>{"use strict";var js=j(),tk=An();function rk(e,n,t){let{offset:s,type:r,source:i,end:o}=e,l,a,c=(p,d,y)=>t(s+p,d,y);switch(r){case"scalar":l=js.Scalar.PLAIN,a=ok(i,c);break;case"single-quoted-scalar":l=js.Scalar.QUOTE_SINGLE,a=ik(i,c);break;case"double-quoted-scalar":l=js.Scalar.QUOTE_DOUBLE,a=sk(i,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${r}`),{value:"",type:null,comment:"",range:[s,s+i.length,s+i.length]}}let u=s+i.length,m=tk.resolveEnd(o,u,n,t);return{value:a,type:l,comment:m.comment,range:[s,u,m.offset]}}function ok(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Lp(e)}function ik(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),Lp(e.slice(1,-1)).replace(/''/g,"'")}function Lp(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let s,r;try{s=new RegExp("(?<![ 	])[ 	]+$"),r=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{s=/[ \t]+$/,r=/^[ \t]+|[ \t]+$/g}let i=t[1].replace(s,""),o=" ",l=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(r,"");c===""?o===`
`?i+=o:o=`
`:(i+=o+c,o=" "),l=n.lastIndex}let a=/[ \t]*(.*)/sy;return a.lastIndex=l,t=a.exec(e),i+o+(t?.[1]??"")}function sk(e,n){let t="";for(let s=1;s<e.length-1;++s){let r=e[s];if(!(r==="\r"&&e[s+1]===`
`))if(r===`
`){let{fold:i,offset:o}=ak(e,s);t+=i,s=o}else if(r==="\\"){let i=e[++s],o=lk[i];if(o)t+=o;else if(i===`
`)for(i=e[s+1];i===" "||i==="	";)i=e[++s+1];else if(i==="\r"&&e[s+1]===`
`)for(i=e[++s+1];i===" "||i==="	";)i=e[++s+1];else if(i==="x"||i==="u"||i==="U"){let l=i==="x"?2:i==="u"?4:8;t+=ck(e,s+1,l,n),s+=l}else{let l=e.substr(s-1,2);n(s-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),t+=l}}else if(r===" "||r==="	"){let i=s,o=e[s+1];for(;o===" "||o==="	";)o=e[++s+1];o!==`
`&&!(o==="\r"&&e[s+2]===`
`)&&(t+=s>i?e.slice(i,s+1):r)}else t+=r}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function ak(e,n){let t="",s=e[n+1];for(;(s===" "||s==="	"||s===`
`||s==="\r")&&!(s==="\r"&&e[n+2]!==`
`);)s===`
`&&(t+=`
`),n+=1,s=e[n+1];return t||(t=" "),{fold:t,offset:n}}var lk={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function ck(e,n,t,s){let r=e.substr(n,t),o=r.length===t&&/^[0-9a-fA-F]+$/.test(r)?parseInt(r,16):NaN;try{return String.fromCodePoint(o)}catch{let l=e.substr(n-2,t+2);return s(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),l}}Bp.resolveFlowScalar=rk});var qp=g(Mp=>{"use strict";var rn=P(),jp=j(),uk=Bs(),mk=Ms();function pk(e,n,t,s){let{value:r,type:i,comment:o,range:l}=n.type==="block-scalar"?uk.resolveBlockScalar(e,n,s):mk.resolveFlowScalar(n,e.options.strict,s),a=t?e.directives.tagName(t.source,m=>s(t,"TAG_RESOLVE_FAILED",m)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[rn.SCALAR]:a?c=dk(e.schema,r,a,t,s):n.type==="scalar"?c=fk(e,r,n,s):c=e.schema[rn.SCALAR];let u;try{let m=c.resolve(r,p=>s(t??n,"TAG_RESOLVE_FAILED",p),e.options);u=rn.isScalar(m)?m:new jp.Scalar(m)}catch(m){let p=m instanceof Error?m.message:String(m);s(t??n,"TAG_RESOLVE_FAILED",p),u=new jp.Scalar(r)}return u.range=l,u.source=r,i&&(u.type=i),a&&(u.tag=a),c.format&&(u.format=c.format),o&&(u.comment=o),u}function dk(e,n,t,s,r){if(t==="!")return e[rn.SCALAR];let i=[];for(let l of e.tags)if(!l.collection&&l.tag===t)if(l.default&&l.test)i.push(l);else return l;for(let l of i)if(l.test?.test(n))return l;let o=e.knownTags[t];return o&&!o.collection?(e.tags.push(Object.assign({},o,{default:!1,test:void 0})),o):(r(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[rn.SCALAR])}function fk({atKey:e,directives:n,schema:t},s,r,i){let o=t.tags.find(l=>(l.default===!0||e&&l.default==="key")&&l.test?.test(s))||t[rn.SCALAR];if(t.compat){let l=t.compat.find(a=>a.default&&a.test?.test(s))??t[rn.SCALAR];if(o.tag!==l.tag){let a=n.tagString(o.tag),c=n.tagString(l.tag),u=`Value may be parsed as either ${a} or ${c}`;i(r,"TAG_RESOLVE_FAILED",u,!0)}}return o}Mp.composeScalar=pk});var Gp=g(Up=>{"use strict";function hk(e,n,t){if(n){t??(t=n.length);for(let s=t-1;s>=0;--s){let r=n[s];switch(r.type){case"space":case"comment":case"newline":e-=r.source.length;continue}for(r=n[++s];r?.type==="space";)e+=r.source.length,r=n[++s];break}}return e}Up.emptyScalarPosition=hk});var Kp=g(Us=>{"use strict";var gk=Jn(),yk=P(),bk=Dp(),Hp=qp(),_k=An(),kk=Gp(),vk={composeNode:Fp,composeEmptyNode:qs};function Fp(e,n,t,s){let r=e.atKey,{spaceBefore:i,comment:o,anchor:l,tag:a}=t,c,u=!0;switch(n.type){case"alias":c=wk(e,n,s),(l||a)&&s(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=Hp.composeScalar(e,n,a,s),l&&(c.anchor=l.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=bk.composeCollection(vk,e,n,t,s),l&&(c.anchor=l.source.substring(1))}catch(m){let p=m instanceof Error?m.message:String(m);s(n,"RESOURCE_EXHAUSTION",p)}break;default:{let m=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;s(n,"UNEXPECTED_TOKEN",m),u=!1}}return c??(c=qs(e,n.offset,void 0,null,t,s)),l&&c.anchor===""&&s(l,"BAD_ALIAS","Anchor cannot be an empty string"),r&&e.options.stringKeys&&(!yk.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&s(a??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),i&&(c.spaceBefore=!0),o&&(n.type==="scalar"&&n.source===""?c.comment=o:c.commentBefore=o),e.options.keepSourceTokens&&u&&(c.srcToken=n),c}function qs(e,n,t,s,{spaceBefore:r,comment:i,anchor:o,tag:l,end:a},c){let u={type:"scalar",offset:kk.emptyScalarPosition(n,t,s),indent:-1,source:""},m=Hp.composeScalar(e,u,l,c);return o&&(m.anchor=o.source.substring(1),m.anchor===""&&c(o,"BAD_ALIAS","Anchor cannot be an empty string")),r&&(m.spaceBefore=!0),i&&(m.comment=i,m.range[2]=a),m}function wk({options:e},{offset:n,source:t,end:s},r){let i=new gk.Alias(t.substring(1));i.source===""&&r(n,"BAD_ALIAS","Alias cannot be an empty string"),i.source.endsWith(":")&&r(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let o=n+t.length,l=_k.resolveEnd(s,o,e.strict,r);return i.range=[n,o,l.offset],l.comment&&(i.comment=l.comment),i}Us.composeEmptyNode=qs;Us.composeNode=Fp});var Wp=g(zp=>{"use strict";var Sk=pt(),Vp=Kp(),$k=An(),Ek=gt();function Ok(e,n,{offset:t,start:s,value:r,end:i},o){let l=Object.assign({_directives:n},e),a=new Sk.Document(void 0,l),c={atKey:!1,atRoot:!0,directives:a.directives,options:a.options,schema:a.schema},u=Ek.resolveProps(s,{indicator:"doc-start",next:r??i?.[0],offset:t,onError:o,parentIndent:0,startOnNewline:!0});u.found&&(a.directives.docStart=!0,r&&(r.type==="block-map"||r.type==="block-seq")&&!u.hasNewline&&o(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),a.contents=r?Vp.composeNode(c,r,u,o):Vp.composeEmptyNode(c,u.end,s,null,u,o);let m=a.contents.range[2],p=$k.resolveEnd(i,m,!1,o);return p.comment&&(a.comment=p.comment),a.range=[t,m,p.offset],a}zp.composeDoc=Ok});var Hs=g(Xp=>{"use strict";var Pk=wt("process"),Ck=Ci(),Tk=pt(),yt=ht(),Yp=P(),Ak=Wp(),Rk=An();function bt(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function Jp(e){let n="",t=!1,s=!1;for(let r=0;r<e.length;++r){let i=e[r];switch(i[0]){case"#":n+=(n===""?"":s?`

`:`
`)+(i.substring(1)||" "),t=!0,s=!1;break;case"%":e[r+1]?.[0]!=="#"&&(r+=1),t=!1;break;default:t||(s=!0),t=!1}}return{comment:n,afterEmptyLine:s}}var Gs=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,s,r,i)=>{let o=bt(t);i?this.warnings.push(new yt.YAMLWarning(o,s,r)):this.errors.push(new yt.YAMLParseError(o,s,r))},this.directives=new Ck.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:s,afterEmptyLine:r}=Jp(this.prelude);if(s){let i=n.contents;if(t)n.comment=n.comment?`${n.comment}
${s}`:s;else if(r||n.directives.docStart||!i)n.commentBefore=s;else if(Yp.isCollection(i)&&!i.flow&&i.items.length>0){let o=i.items[0];Yp.isPair(o)&&(o=o.key);let l=o.commentBefore;o.commentBefore=l?`${s}
${l}`:s}else{let o=i.commentBefore;i.commentBefore=o?`${s}
${o}`:s}}if(t){for(let i=0;i<this.errors.length;++i)n.errors.push(this.errors[i]);for(let i=0;i<this.warnings.length;++i)n.warnings.push(this.warnings[i])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Jp(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,s=-1){for(let r of n)yield*this.next(r);yield*this.end(t,s)}*next(n){switch(Pk.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,s,r)=>{let i=bt(n);i[0]+=t,this.onError(i,"BAD_DIRECTIVE",s,r)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=Ak.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,s=new yt.YAMLParseError(bt(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(s):this.doc.errors.push(s);break}case"doc-end":{if(!this.doc){let s="Unexpected doc-end without preceding document";this.errors.push(new yt.YAMLParseError(bt(n),"UNEXPECTED_TOKEN",s));break}this.doc.directives.docEnd=!0;let t=Rk.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let s=this.doc.comment;this.doc.comment=s?`${s}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new yt.YAMLParseError(bt(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let s=Object.assign({_directives:this.directives},this.options),r=new Tk.Document(void 0,s);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),r.range=[0,t,t],this.decorate(r,!1),yield r}}};Xp.Composer=Gs});var ed=g(mo=>{"use strict";var xk=Bs(),Ik=Ms(),Dk=ht(),Qp=nt();function Nk(e,n=!0,t){if(e){let s=(r,i,o)=>{let l=typeof r=="number"?r:Array.isArray(r)?r[0]:r.offset;if(t)t(l,i,o);else throw new Dk.YAMLParseError([l,l+1],i,o)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return Ik.resolveFlowScalar(e,n,s);case"block-scalar":return xk.resolveBlockScalar({options:{strict:n}},e,s)}}return null}function Lk(e,n){let{implicitKey:t=!1,indent:s,inFlow:r=!1,offset:i=-1,type:o="PLAIN"}=n,l=Qp.stringifyString({type:o,value:e},{implicitKey:t,indent:s>0?" ".repeat(s):"",inFlow:r,options:{blockQuote:!0,lineWidth:-1}}),a=n.end??[{type:"newline",offset:-1,indent:s,source:`
`}];switch(l[0]){case"|":case">":{let c=l.indexOf(`
`),u=l.substring(0,c),m=l.substring(c+1)+`
`,p=[{type:"block-scalar-header",offset:i,indent:s,source:u}];return Zp(p,a)||p.push({type:"newline",offset:-1,indent:s,source:`
`}),{type:"block-scalar",offset:i,indent:s,props:p,source:m}}case'"':return{type:"double-quoted-scalar",offset:i,indent:s,source:l,end:a};case"'":return{type:"single-quoted-scalar",offset:i,indent:s,source:l,end:a};default:return{type:"scalar",offset:i,indent:s,source:l,end:a}}}function Bk(e,n,t={}){let{afterKey:s=!1,implicitKey:r=!1,inFlow:i=!1,type:o}=t,l="indent"in e?e.indent:null;if(s&&typeof l=="number"&&(l+=2),!o)switch(e.type){case"single-quoted-scalar":o="QUOTE_SINGLE";break;case"double-quoted-scalar":o="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:o="PLAIN"}let a=Qp.stringifyString({type:o,value:n},{implicitKey:r||l===null,indent:l!==null&&l>0?" ".repeat(l):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}});switch(a[0]){case"|":case">":jk(e,a);break;case'"':Fs(e,a,"double-quoted-scalar");break;case"'":Fs(e,a,"single-quoted-scalar");break;default:Fs(e,a,"scalar")}}function jk(e,n){let t=n.indexOf(`
`),s=n.substring(0,t),r=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let i=e.props[0];if(i.type!=="block-scalar-header")throw new Error("Invalid block scalar header");i.source=s,e.source=r}else{let{offset:i}=e,o="indent"in e?e.indent:-1,l=[{type:"block-scalar-header",offset:i,indent:o,source:s}];Zp(l,"end"in e?e.end:void 0)||l.push({type:"newline",offset:-1,indent:o,source:`
`});for(let a of Object.keys(e))a!=="type"&&a!=="offset"&&delete e[a];Object.assign(e,{type:"block-scalar",indent:o,props:l,source:r})}}function Zp(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function Fs(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let s=e.props.slice(1),r=n.length;e.props[0].type==="block-scalar-header"&&(r-=e.props[0].source.length);for(let i of s)i.offset+=r;delete e.props,Object.assign(e,{type:t,source:n,end:s});break}case"block-map":case"block-seq":{let r={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[r]});break}default:{let s="indent"in e?e.indent:-1,r="end"in e&&Array.isArray(e.end)?e.end.filter(i=>i.type==="space"||i.type==="comment"||i.type==="newline"):[];for(let i of Object.keys(e))i!=="type"&&i!=="offset"&&delete e[i];Object.assign(e,{type:t,indent:s,source:n,end:r})}}}mo.createScalarToken=Lk;mo.resolveAsScalar=Nk;mo.setScalarValue=Bk});var td=g(nd=>{"use strict";var Mk=e=>"type"in e?fo(e):po(e);function fo(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=fo(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=po(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=po(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=po(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function po({start:e,key:n,sep:t,value:s}){let r="";for(let i of e)r+=i.source;if(n&&(r+=fo(n)),t)for(let i of t)r+=i.source;return s&&(r+=fo(s)),r}nd.stringify=Mk});var sd=g(id=>{"use strict";var Ks=Symbol("break visit"),qk=Symbol("skip children"),rd=Symbol("remove item");function on(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),od(Object.freeze([]),e,n)}on.BREAK=Ks;on.SKIP=qk;on.REMOVE=rd;on.itemAtPath=(e,n)=>{let t=e;for(let[s,r]of n){let i=t?.[s];if(i&&"items"in i)t=i.items[r];else return}return t};on.parentCollection=(e,n)=>{let t=on.itemAtPath(e,n.slice(0,-1)),s=n[n.length-1][0],r=t?.[s];if(r&&"items"in r)return r;throw new Error("Parent collection not found")};function od(e,n,t){let s=t(n,e);if(typeof s=="symbol")return s;for(let r of["key","value"]){let i=n[r];if(i&&"items"in i){for(let o=0;o<i.items.length;++o){let l=od(Object.freeze(e.concat([[r,o]])),i.items[o],t);if(typeof l=="number")o=l-1;else{if(l===Ks)return Ks;l===rd&&(i.items.splice(o,1),o-=1)}}typeof s=="function"&&r==="key"&&(s=s(n,e))}}return typeof s=="function"?s(n,e):s}id.visit=on});var ho=g(J=>{"use strict";var Vs=ed(),Uk=td(),Gk=sd(),zs="\uFEFF",Ws="",Ys="",Js="",Hk=e=>!!e&&"items"in e,Fk=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function Kk(e){switch(e){case zs:return"<BOM>";case Ws:return"<DOC>";case Ys:return"<FLOW_END>";case Js:return"<SCALAR>";default:return JSON.stringify(e)}}function Vk(e){switch(e){case zs:return"byte-order-mark";case Ws:return"doc-mode";case Ys:return"flow-error-end";case Js:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}J.createScalarToken=Vs.createScalarToken;J.resolveAsScalar=Vs.resolveAsScalar;J.setScalarValue=Vs.setScalarValue;J.stringify=Uk.stringify;J.visit=Gk.visit;J.BOM=zs;J.DOCUMENT=Ws;J.FLOW_END=Ys;J.SCALAR=Js;J.isCollection=Hk;J.isScalar=Fk;J.prettyToken=Kk;J.tokenType=Vk});var Zs=g(ld=>{"use strict";var _t=ho();function ae(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var ad=new Set("0123456789ABCDEFabcdef"),zk=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),go=new Set(",[]{}"),Wk=new Set(` ,[]{}
\r	`),Xs=e=>!e||Wk.has(e),Qs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let s=this.next??"stream";for(;s&&(t||this.hasChars(1));)s=yield*this.parseNext(s)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let s=0;for(;t===" ";)t=this.buffer[++s+n];if(t==="\r"){let r=this.buffer[s+n+1];if(r===`
`||!r&&!this.atEnd)return n+s+1}return t===`
`||s>=this.indentNext||!t&&!this.atEnd?n+s:-1}if(t==="-"||t==="."){let s=this.buffer.substr(n,3);if((s==="---"||s==="...")&&ae(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===_t.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,s=n.indexOf("#");for(;s!==-1;){let i=n[s-1];if(i===" "||i==="	"){t=s-1;break}else s=n.indexOf("#",s+1)}for(;;){let i=n[t-1];if(i===" "||i==="	")t-=1;else break}let r=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-r),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield _t.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&ae(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!ae(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&ae(t)){let s=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=s,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Xs),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,s=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=s=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let r=this.getLine();if(r===null)return this.setNext("flow");if((s!==-1&&s<this.indentNext&&r[0]!=="#"||s===0&&(r.startsWith("---")||r.startsWith("..."))&&ae(r[3]))&&!(s===this.indentNext-1&&this.flowLevel===1&&(r[0]==="]"||r[0]==="}")))return this.flowLevel=0,yield _t.FLOW_END,yield*this.parseLineStart();let i=0;for(;r[i]===",";)i+=yield*this.pushCount(1),i+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(i+=yield*this.pushIndicators(),r[i]){case void 0:return"flow";case"#":return yield*this.pushCount(r.length-i),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Xs),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let o=this.charAt(1);if(this.flowKey||ae(o)||o===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let i=0;for(;this.buffer[t-1-i]==="\\";)i+=1;if(i%2===0)break;t=this.buffer.indexOf('"',t+1)}let s=this.buffer.substring(0,t),r=s.indexOf(`
`,this.pos);if(r!==-1){for(;r!==-1;){let i=this.continueScalar(r+1);if(i===-1)break;r=s.indexOf(`
`,i)}r!==-1&&(t=r-(s[r-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>ae(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,s;e:for(let i=this.pos;s=this.buffer[i];++i)switch(s){case" ":t+=1;break;case`
`:n=i,t=0;break;case"\r":{let o=this.buffer[i+1];if(!o&&!this.atEnd)return this.setNext("block-scalar");if(o===`
`)break}default:break e}if(!s&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let i=this.continueScalar(n+1);if(i===-1)break;n=this.buffer.indexOf(`
`,i)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let r=n+1;for(s=this.buffer[r];s===" ";)s=this.buffer[++r];if(s==="	"){for(;s==="	"||s===" "||s==="\r"||s===`
`;)s=this.buffer[++r];n=r-1}else if(!this.blockScalarKeep)do{let i=n-1,o=this.buffer[i];o==="\r"&&(o=this.buffer[--i]);let l=i;for(;o===" ";)o=this.buffer[--i];if(o===`
`&&i>=this.pos&&i+1+t>l)n=i;else break}while(!0);return yield _t.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,s=this.pos-1,r;for(;r=this.buffer[++s];)if(r===":"){let i=this.buffer[s+1];if(ae(i)||n&&go.has(i))break;t=s}else if(ae(r)){let i=this.buffer[s+1];if(r==="\r"&&(i===`
`?(s+=1,r=`
`,i=this.buffer[s+1]):t=s),i==="#"||n&&go.has(i))break;if(r===`
`){let o=this.continueScalar(s+1);if(o===-1)break;s=Math.max(s,o-2)}}else{if(n&&go.has(r))break;t=s}return!r&&!this.atEnd?this.setNext("plain-scalar"):(yield _t.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let s=this.buffer.slice(this.pos,n);return s?(yield s,this.pos+=s.length,s.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(Xs),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,s=this.charAt(1);if(ae(s)||t&&go.has(s)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!ae(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(zk.has(t))t=this.buffer[++n];else if(t==="%"&&ad.has(this.buffer[n+1])&&ad.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,s;do s=this.buffer[++t];while(s===" "||n&&s==="	");let r=t-this.pos;return r>0&&(yield this.buffer.substr(this.pos,r),this.pos=t),r}*pushUntil(n){let t=this.pos,s=this.buffer[t];for(;!n(s);)s=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};ld.Lexer=Qs});var na=g(cd=>{"use strict";var ea=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,s=this.lineStarts.length;for(;t<s;){let i=t+s>>1;this.lineStarts[i]<n?t=i+1:s=i}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let r=this.lineStarts[t-1];return{line:t,col:n-r+1}}}};cd.LineCounter=ea});var ra=g(fd=>{"use strict";var Yk=wt("process"),ud=ho(),Jk=Zs();function Le(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function md(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function dd(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function yo(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function Rn(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function bo(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function pd(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!Le(n.start,"explicit-key-ind")&&!Le(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,dd(n.value)?n.value.end?bo(n.value.end,n.sep):n.value.end=n.sep:bo(n.start,n.sep),delete n.sep)}var ta=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Jk.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let s of this.lexer.lex(n,t))yield*this.next(s);t||(yield*this.end())}*next(n){if(this.source=n,Yk.env.LOG_TOKENS&&console.log("|",ud.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=ud.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let s=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:s,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let s=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in s?s.indent:0:t.type==="flow-collection"&&s.type==="document"&&(t.indent=0),t.type==="flow-collection"&&pd(t),s.type){case"document":s.value=t;break;case"block-scalar":s.props.push(t);break;case"block-map":{let r=s.items[s.items.length-1];if(r.value){s.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(r.sep)r.value=t;else{Object.assign(r,{key:t,sep:[]}),this.onKeyLine=!r.explicitKey;return}break}case"block-seq":{let r=s.items[s.items.length-1];r.value?s.items.push({start:[],value:t}):r.value=t;break}case"flow-collection":{let r=s.items[s.items.length-1];!r||r.value?s.items.push({start:[],key:t,sep:[]}):r.sep?r.value=t:Object.assign(r,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((s.type==="document"||s.type==="block-map"||s.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let r=t.items[t.items.length-1];r&&!r.sep&&!r.value&&r.start.length>0&&md(r.start)===-1&&(t.indent===0||r.start.every(i=>i.type!=="comment"||i.indent<t.indent))&&(s.type==="document"?s.end=r.start:s.items.push({start:r.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{md(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=yo(this.peek(2)),s=Rn(t),r;n.end?(r=n.end,r.push(this.sourceToken),delete n.end):r=[this.sourceToken];let i={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:s,key:n,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=i}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let r=n.items[n.items.length-2]?.value?.end;if(Array.isArray(r)){bo(r,t.start),r.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let s=!this.onKeyLine&&this.indent===n.indent,r=s&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",i=[];if(r&&t.sep&&!t.value){let o=[];for(let l=0;l<t.sep.length;++l){let a=t.sep[l];switch(a.type){case"newline":o.push(l);break;case"space":break;case"comment":a.indent>n.indent&&(o.length=0);break;default:o.length=0}}o.length>=2&&(i=t.sep.splice(o[1]))}switch(this.type){case"anchor":case"tag":r||t.value?(i.push(this.sourceToken),n.items.push({start:i}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):r||t.value?(i.push(this.sourceToken),n.items.push({start:i,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Le(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]});else if(dd(t.key)&&!Le(t.sep,"newline")){let o=Rn(t.start),l=t.key,a=t.sep;a.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:l,sep:a}]})}else i.length>0?t.sep=t.sep.concat(i,this.sourceToken):t.sep.push(this.sourceToken);else if(Le(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let o=Rn(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||r?n.items.push({start:i,key:null,sep:[this.sourceToken]}):Le(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let o=this.flowScalar(this.type);r||t.value?(n.items.push({start:i,key:o,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(o):(Object.assign(t,{key:o,sep:[]}),this.onKeyLine=!0);return}default:{let o=this.startBlockValue(n);if(o){if(o.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Le(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else s&&n.items.push({start:i});this.stack.push(o);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let r=n.items[n.items.length-2]?.value?.end;if(Array.isArray(r)){bo(r,t.start),r.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||Le(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let s=this.startBlockValue(n);if(s){this.stack.push(s);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let s;do yield*this.pop(),s=this.peek(1);while(s?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let r=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:r,sep:[]}):t.sep?this.stack.push(r):Object.assign(t,{key:r,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let s=this.startBlockValue(n);s?this.stack.push(s):(yield*this.pop(),yield*this.step())}else{let s=this.peek(2);if(s.type==="block-map"&&(this.type==="map-value-ind"&&s.indent===n.indent||this.type==="newline"&&!s.items[s.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&s.type!=="flow-collection"){let r=yo(s),i=Rn(r);pd(n);let o=n.end.splice(1,n.end.length);o.push(this.sourceToken);let l={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:i,key:n,sep:o}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=l}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=yo(n),s=Rn(t);return s.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=yo(n),s=Rn(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(s=>s.type==="newline"||s.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};fd.Parser=ta});var _d=g(vt=>{"use strict";var hd=Hs(),Xk=pt(),kt=ht(),Qk=Ui(),Zk=P(),ev=na(),gd=ra();function yd(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new ev.LineCounter||null,prettyErrors:n}}function nv(e,n={}){let{lineCounter:t,prettyErrors:s}=yd(n),r=new gd.Parser(t?.addNewLine),i=new hd.Composer(n),o=Array.from(i.compose(r.parse(e)));if(s&&t)for(let l of o)l.errors.forEach(kt.prettifyError(e,t)),l.warnings.forEach(kt.prettifyError(e,t));return o.length>0?o:Object.assign([],{empty:!0},i.streamInfo())}function bd(e,n={}){let{lineCounter:t,prettyErrors:s}=yd(n),r=new gd.Parser(t?.addNewLine),i=new hd.Composer(n),o=null;for(let l of i.compose(r.parse(e),!0,e.length))if(!o)o=l;else if(o.options.logLevel!=="silent"){o.errors.push(new kt.YAMLParseError(l.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return s&&t&&(o.errors.forEach(kt.prettifyError(e,t)),o.warnings.forEach(kt.prettifyError(e,t))),o}function tv(e,n,t){let s;typeof n=="function"?s=n:t===void 0&&n&&typeof n=="object"&&(t=n);let r=bd(e,t);if(!r)return null;if(r.warnings.forEach(i=>Qk.warn(r.options.logLevel,i)),r.errors.length>0){if(r.options.logLevel!=="silent")throw r.errors[0];r.errors=[]}return r.toJS(Object.assign({reviver:s},t))}function rv(e,n,t){let s=null;if(typeof n=="function"||Array.isArray(n)?s=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let r=Math.round(t);t=r<1?void 0:r>8?{indent:8}:{indent:r}}if(e===void 0){let{keepUndefined:r}=t??n??{};if(!r)return}return Zk.isDocument(e)&&!s?e.toString(t):new Xk.Document(e,s,t).toString(t)}vt.parse=tv;vt.parseAllDocuments=nv;vt.parseDocument=bd;vt.stringify=rv});var vd=g(C=>{"use strict";var ov=Hs(),iv=pt(),sv=Ss(),oa=ht(),av=Jn(),Be=P(),lv=xe(),cv=j(),uv=De(),mv=Ne(),pv=ho(),dv=Zs(),fv=na(),hv=ra(),_o=_d(),kd=Vn();C.Composer=ov.Composer;C.Document=iv.Document;C.Schema=sv.Schema;C.YAMLError=oa.YAMLError;C.YAMLParseError=oa.YAMLParseError;C.YAMLWarning=oa.YAMLWarning;C.Alias=av.Alias;C.isAlias=Be.isAlias;C.isCollection=Be.isCollection;C.isDocument=Be.isDocument;C.isMap=Be.isMap;C.isNode=Be.isNode;C.isPair=Be.isPair;C.isScalar=Be.isScalar;C.isSeq=Be.isSeq;C.Pair=lv.Pair;C.Scalar=cv.Scalar;C.YAMLMap=uv.YAMLMap;C.YAMLSeq=mv.YAMLSeq;C.CST=pv;C.Lexer=dv.Lexer;C.LineCounter=fv.LineCounter;C.Parser=hv.Parser;C.parse=_o.parse;C.parseAllDocuments=_o.parseAllDocuments;C.parseDocument=_o.parseDocument;C.stringify=_o.stringify;C.visit=kd.visit;C.visitAsync=kd.visitAsync});var ma="create-devops-baseline",St=`Owned by ${ma}. Do not edit by hand: change devops-baseline config and run "npx ${ma} synth".`,Sd=/^(#!|# ?(syntax|escape|check)=)/i;function ko(e){switch(e){case"hash":return`# ${St}`;case"html":return`<!-- ${St} -->`;case"slash":return`// ${St}`;case"none":return}}function pa(e,n){let t=ko(n);if(!t)return e;let s=e.split(`
`),r=0;for(;r<s.length&&Sd.test(s[r]);)r++;return s.splice(r,0,...n==="html"&&s[r]!==""?[t,""]:[t]),s.join(`
`)}function _v(e){return e.includes(St)}var da={"actions/cache":{version:"v5.0.5",sha:"27d5ce7f107fe9357f9df03efb73ab90386fccae"},"actions/checkout":{version:"v7.0.1",sha:"3d3c42e5aac5ba805825da76410c181273ba90b1"},"actions/create-github-app-token":{version:"v3.1.1",sha:"1b10c78c7865c340bc4f6099eb2f838309f1e8c3"},"actions/dependency-review-action":{version:"v4.9.0",sha:"2031cfc080254a8a887f58cffee85186f0e49e48"},"actions/download-artifact":{version:"v8.0.1",sha:"3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c"},"actions/setup-node":{version:"v7.0.0",sha:"820762786026740c76f36085b0efc47a31fe5020"},"actions/setup-python":{version:"v7.0.0",sha:"5fda3b95a4ea91299a34e894583c3862153e4b97"},"actions/upload-artifact":{version:"v7.0.0",sha:"bbbca2ddaa5d8feaa63e36b76fdaad77386f024f"},"aquasecurity/trivy-action":{version:"v0.36.0",sha:"ed142fd0673e97e23eac54620cfb913e5ce36c25"},"astral-sh/setup-uv":{version:"v10.0.1",sha:"20cfd1bf945f4377ade1205e4dbc17946fc9a30d"},"aws-actions/amazon-ecr-login":{version:"v2.1.7",sha:"03f1aad4c6c7ffd436567f42f9384779290529bd"},"aws-actions/amazon-ecs-deploy-task-definition":{version:"v2.6.3",sha:"c465972ecbd160473f22e683363b422a5412a3de"},"aws-actions/amazon-ecs-render-task-definition":{version:"v1.9.0",sha:"138c24f321fdbdf7edee4a685519d253cae2cdea"},"aws-actions/configure-aws-credentials":{version:"v6.2.3",sha:"e6de054238d6b7531b4efff3b6587d9aade6a06c"},"azure/container-apps-deploy-action":{version:"v2",sha:"8dff69dac3367c32ceb2690d8f13adbeab462703"},"azure/k8s-set-context":{version:"v5.0.1",sha:"8698eba2499e9012f0d5085f8798077cce4bc526"},"azure/login":{version:"v3.0.1",sha:"f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca"},"azure/setup-kubectl":{version:"v5.1.0",sha:"829323503d1be3d00ca8346e5391ca0b07a9ab0d"},"docker/build-push-action":{version:"v7.3.0",sha:"53b7df96c91f9c12dcc8a07bcb9ccacbed38856a"},"docker/login-action":{version:"v4.1.0",sha:"4907a6ddec9925e35a0a9e82d7399ccc52663121"},"docker/metadata-action":{version:"v6.2.0",sha:"dc802804100637a589fabce1cb79ff13a1411302"},"docker/setup-buildx-action":{version:"v4.3.0",sha:"37fe631027851001ddb9b187196cc803df7f5f0e"},"github/codeql-action":{version:"v4.36.2",sha:"8aad20d150bbac5944a9f9d289da16a4b0d87c1e"},"gitleaks/gitleaks-action":{version:"v3.0.0",sha:"e0c47f4f8be36e29cdc102c57e68cb5cbf0e8d1e"},"google-github-actions/auth":{version:"v3.0.0",sha:"7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"},"google-github-actions/deploy-cloudrun":{version:"v3.0.1",sha:"2028e2d7d30a78c6910e0632e48dd561b064884d"},"google-github-actions/setup-gcloud":{version:"v3.0.1",sha:"aa5489c8933f4cc7a4f7d45035b3b1440c9c10db"},"grafana/run-k6-action":{version:"v1.4.0",sha:"de51a7390bdf0ac85a3bef493691bd71d4c7c158"},"grafana/setup-k6-action":{version:"v1.2.1",sha:"db07bd9765aac508ef18982e52ab937fe633a065"},"oven-sh/setup-bun":{version:"v2.2.0",sha:"0c5077e51419868618aeaa5fe8019c62421857d6"},"pnpm/action-setup":{version:"v4.0.0",sha:"fe02b34f77f8bc703788d5817da081398fad5dd2"},"slackapi/slack-github-action":{version:"v4.0.0",sha:"dcb1066f776dd043e64d0e8ba94ca15cc7e1875d"},"softprops/action-gh-release":{version:"v3.0.0",sha:"b4309332981a82ec1c5618f44dd2e27cc8bfbfda"},"webfactory/ssh-agent":{version:"v0.9.1",sha:"a6f90b1f127823b31d4d4a8d96047790581349bd"}};var fa=da,Ed=new Map(Object.entries(fa).map(([e,n])=>[e.toLowerCase(),n])),Od=new Map(Object.values(fa).map(e=>[e.sha,e.version]));function k(e){let n=e.split("/").slice(0,2).join("/"),t=Ed.get(n.toLowerCase());if(!t)throw new aa("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${t.sha}`}function ha(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?Od.get(n):void 0}var xn=(e,n)=>e==="."?n:`${e}/${n}`;function I(e={}){return{id:"checkout",name:"Check out",uses:k("actions/checkout"),with:{"persist-credentials":!1,...e}}}function L(e,n,t,s={}){return{id:e,name:n,...s,run:t}}function ya(e,n,t,s){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:k("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":xn(t,"uv.lock")}}];let r=[];e==="poetry"&&r.push(L("install-poetry","Install Poetry",`pipx install ${s?`poetry==${s}`:"poetry"}`));let i=e==="poetry"?xn(t,"poetry.lock"):xn(t,"requirements*.txt");return r.push({id:"setup-python",name:"Set up Python",uses:k("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":i}}),r}var Pd={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},ga=(e,n)=>xn(n,Pd[e]);function ba(e,n,t,s={}){let r=s.root??t,i=l=>({id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:l?{"node-version":n,cache:l,"cache-dependency-path":ga(e,r)}:{"node-version":n}}),o={...s.pnpmVersion?{version:s.pnpmVersion}:{},package_json_file:xn(r,"package.json")};switch(e){case"npm":return[i("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:k("pnpm/action-setup"),with:o},i("pnpm")];case"yarn":return[L("enable-corepack","Enable corepack (yarn)","corepack enable"),i("yarn")];case"bun":return[i(),{id:"setup-bun",name:"Set up Bun",uses:k("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:k("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${ga(e,r)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}var cl=sa(al());function ll(e){e.registerHelper("eq",(n,t)=>n===t),e.registerHelper("includes",(n,t)=>Array.isArray(n)&&n.includes(t)),e.registerHelper("join",(n,t)=>Array.isArray(n)?n.join(typeof t=="string"?t:", "):"")}var ul=cl.default.create();ll(ul);var oh={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((i=(o=u(t,"port")||l(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):o))!=null?i:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((i=(o=u(t,"port")||l(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):o))!=null?i:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((i=(u(t,"join")||l(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(a,u(n,"paths"),",",{name:"join",hash:{},data:r,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?i:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((i=(o=u(t,"healthyBelow")||l(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof o===c?o.call(a,{name:"healthyBelow",hash:{},data:r,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):o))!=null?i:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((i=(o=u(t,"vus")||l(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof o===c?o.call(a,{name:"vus",hash:{},data:r,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):o))!=null?i:"")+`,
  duration: "`+((i=(o=u(t,"duration")||l(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof o===c?o.call(a,{name:"duration",hash:{},data:r,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):o))!=null?i:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((i=(o=u(t,"p95Ms")||l(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof o===c?o.call(a,{name:"p95Ms",hash:{},data:r,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):o))!=null?i:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((i=(o=u(t,"maxErrorRate")||l(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof o===c?o.call(a,{name:"maxErrorRate",hash:{},data:r,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):o))!=null?i:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o=e.strict,l=e.lambda,a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((i=l(o(a(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?i:"")+`
max_client_conn = `+((i=l(o(a(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?i:"")+`
default_pool_size = `+((i=l(o(a(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?i:"")+`
reserve_pool_size = `+((i=l(o(a(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?i:"")+`
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
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    server {
        listen `+((i=(o=u(t,"switchPort")||l(n,"switchPort",{start:{line:30,column:17},end:{line:30,column:27}}),typeof o===c?o.call(a,{name:"switchPort",hash:{},data:r,loc:{start:{line:30,column:15},end:{line:30,column:29}}}):o))!=null?i:"")+`;
        location / {
            proxy_pass http://`+((i=(o=u(t,"key")||l(n,"key",{start:{line:32,column:32},end:{line:32,column:35}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:32,column:30},end:{line:32,column:37}}}):o))!=null?i:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"# Blue-green switch for "+((i=(o=a(t,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof o=="function"?o.call(l,{name:"name",hash:{},data:r,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):o))!=null?i:"")+`: cloudflared sends each service's traffic here, and this forwards it
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
`+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:27,column:0},end:{line:38,column:9}}}))!=null?i:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,t,s,r){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,r){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,r){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((i=(o=a(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof o=="function"?o.call(l,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):o))!=null?i:"")+`
`+((i=a(t,"if").call(l,a(n,"build"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?i:"")+`WORKDIR /app
`},5:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"RUN "+((i=(o=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:r,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):o))!=null?i:"")+`
`},6:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`COPY . .
`+((i=o(t,"if").call(n??(e.nullContext||{}),o(n,"build"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?i:"")},7:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(o=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:r,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):o))!=null?i:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((i=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(o=m(t,"baseImage")||a(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?i:"")+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?i:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.program(6,r,0),data:r,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(o=m(t,"baseImage")||a(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):o))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((i=(o=m(t,"port")||a(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):o))!=null?i:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(o=m(t,"port")||a(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(o=m(t,"healthcheck")||a(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof o===c?o.call(l,{name:"healthcheck",hash:{},data:r,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=m(t,"cmd")||a(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof o===c?o.call(l,{name:"cmd",hash:{},data:r,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,t,s,r){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,r){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,r){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((i=(o=a(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof o=="function"?o.call(l,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):o))!=null?i:"")+`
`+((i=a(t,"if").call(l,a(n,"build"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?i:"")+`WORKDIR /app
`},5:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"RUN "+((i=(o=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:r,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):o))!=null?i:"")+`
`},6:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`COPY . .
`+((i=o(t,"if").call(n??(e.nullContext||{}),o(n,"build"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?i:"")},7:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((i=(o=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:r,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):o))!=null?i:"")+`
`},8:function(e,n,t,s,r){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((i=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(o=m(t,"baseImage")||a(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?i:"")+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?i:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.program(6,r,0),data:r,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(o=m(t,"baseImage")||a(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):o))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((i=(o=m(t,"port")||a(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):o))!=null?i:"")+`
WORKDIR /app
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.program(8,r,0),data:r,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(o=m(t,"port")||a(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(o=m(t,"healthcheck")||a(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof o===c?o.call(l,{name:"healthcheck",hash:{},data:r,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=m(t,"cmd")||a(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof o===c?o.call(l,{name:"cmd",hash:{},data:r,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,t,s,r){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,r){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,r){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(o=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:r,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):o))!=null?i:"")+`
`},5:function(e,n,t,s,r){return`COPY . .
`},6:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:40,column:43},end:{line:40,column:55}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:40,column:41},end:{line:40,column:57}}}):o))!=null?i:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:43},end:{line:41,column:55}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:41,column:41},end:{line:41,column:57}}}):o))!=null?i:"")+"/.next/static ./"+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:75},end:{line:41,column:87}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:41,column:73},end:{line:41,column:89}}}):o))!=null?i:"")+`/.next/static
COPY --from=build /app/`+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:25},end:{line:42,column:37}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:42,column:23},end:{line:42,column:39}}}):o))!=null?i:"")+"/public ./"+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:51},end:{line:42,column:63}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:42,column:49},end:{line:42,column:65}}}):o))!=null?i:"")+`/public
`},7:function(e,n,t,s,r){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((i=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(o=u(t,"baseImage")||a(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):o))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?i:"")+"RUN "+((i=e.lambda(a(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?i:"")+`

# --- build ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.program(5,r,0),data:r,loc:{start:{line:22,column:0},end:{line:26,column:7}}}))!=null?i:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((i=(o=u(t,"build")||a(n,"build",{start:{line:29,column:9},end:{line:29,column:14}}),typeof o===c?o.call(l,{name:"build",hash:{},data:r,loc:{start:{line:29,column:7},end:{line:29,column:16}}}):o))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(o=u(t,"baseImage")||a(n,"baseImage",{start:{line:32,column:7},end:{line:32,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:32,column:5},end:{line:32,column:18}}}):o))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((i=(o=u(t,"port")||a(n,"port",{start:{line:35,column:11},end:{line:35,column:15}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:35,column:9},end:{line:35,column:17}}}):o))!=null?i:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.program(7,r,0),data:r,loc:{start:{line:38,column:0},end:{line:48,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(o=u(t,"port")||a(n,"port",{start:{line:50,column:9},end:{line:50,column:13}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:50,column:7},end:{line:50,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(o=u(t,"healthcheck")||a(n,"healthcheck",{start:{line:52,column:10},end:{line:52,column:21}}),typeof o===c?o.call(l,{name:"healthcheck",hash:{},data:r,loc:{start:{line:52,column:8},end:{line:52,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=u(t,"cmd")||a(n,"cmd",{start:{line:53,column:6},end:{line:53,column:9}}),typeof o===c?o.call(l,{name:"cmd",hash:{},data:r,loc:{start:{line:53,column:4},end:{line:53,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,t,s,r){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,r){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,r){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):o))!=null?i:"")+`
RUN mkdir -p public \\
    && `+((i=(o=u(t,"build")||l(n,"build",{start:{line:25,column:9},end:{line:25,column:14}}),typeof o===c?o.call(a,{name:"build",hash:{},data:r,loc:{start:{line:25,column:7},end:{line:25,column:16}}}):o))!=null?i:"")+`
WORKDIR /app
`},5:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((i=(o=l(t,"build")||e.strict(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"build",hash:{},data:r,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):o))!=null?i:"")+`
`},6:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:45,column:30},end:{line:45,column:42}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:45,column:28},end:{line:45,column:44}}}):o))!=null?i:"")+`/.next
WORKDIR /app/`+((i=(o=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:46,column:15},end:{line:46,column:27}}),typeof o===c?o.call(a,{name:"workspaceDir",hash:{},data:r,loc:{start:{line:46,column:13},end:{line:46,column:29}}}):o))!=null?i:"")+`
`},7:function(e,n,t,s,r){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((i=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(o=u(t,"baseImage")||a(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):o))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?i:"")+"RUN "+((i=e.lambda(a(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?i:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.program(5,r,0),data:r,loc:{start:{line:22,column:0},end:{line:32,column:7}}}))!=null?i:"")+"RUN "+((i=(o=u(t,"prune")||a(n,"prune",{start:{line:33,column:6},end:{line:33,column:11}}),typeof o===c?o.call(l,{name:"prune",hash:{},data:r,loc:{start:{line:33,column:4},end:{line:33,column:13}}}):o))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(o=u(t,"baseImage")||a(n,"baseImage",{start:{line:36,column:7},end:{line:36,column:16}}),typeof o===c?o.call(l,{name:"baseImage",hash:{},data:r,loc:{start:{line:36,column:5},end:{line:36,column:18}}}):o))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((i=(o=u(t,"port")||a(n,"port",{start:{line:39,column:11},end:{line:39,column:15}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:39,column:9},end:{line:39,column:17}}}):o))!=null?i:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.program(7,r,0),data:r,loc:{start:{line:43,column:0},end:{line:50,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(o=u(t,"port")||a(n,"port",{start:{line:52,column:9},end:{line:52,column:13}}),typeof o===c?o.call(l,{name:"port",hash:{},data:r,loc:{start:{line:52,column:7},end:{line:52,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(o=u(t,"healthcheck")||a(n,"healthcheck",{start:{line:54,column:10},end:{line:54,column:21}}),typeof o===c?o.call(l,{name:"healthcheck",hash:{},data:r,loc:{start:{line:54,column:8},end:{line:54,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=u(t,"cmd")||a(n,"cmd",{start:{line:55,column:6},end:{line:55,column:9}}),typeof o===c?o.call(l,{name:"cmd",hash:{},data:r,loc:{start:{line:55,column:4},end:{line:55,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,t,s,r){var i;return" "+((i=e.lambda(n,n))!=null?i:"")},1:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"RUN pip install --no-cache-dir "+((i=(o=l(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:r,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):o))!=null?i:"")+`
`},2:function(e,n,t,s,r){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return` \\
    DJANGO_SETTINGS_MODULE=`+((i=(o=l(t,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:r,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):o))!=null?i:"")},4:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return` \\
    PYTHONPATH=`+((i=(o=l(t,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:r,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):o))!=null?i:"")},5:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((i=o(t,"each").call(n??(e.nullContext||{}),o(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((i=(o=l(t,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:r,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):o))!=null?i:"")+`
`},7:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((i=(o=l(t,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:r,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):o))!=null?i:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((i=(o=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===c?o.call(a,{name:"title",hash:{},data:r,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?i:"")+" served by "+((i=(o=u(t,"serverName")||l(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof o===c?o.call(a,{name:"serverName",hash:{},data:r,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):o))!=null?i:"")+": "+((i=(o=u(t,"serverCmdline")||l(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof o===c?o.call(a,{name:"serverCmdline",hash:{},data:r,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):o))!=null?i:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((i=(o=u(t,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof o===c?o.call(a,{name:"baseImage",hash:{},data:r,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):o))!=null?i:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((i=u(t,"each").call(a,u(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((i=u(t,"if").call(a,u(n,"tool"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?i:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((i=u(t,"if").call(a,u(n,"uv"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?i:"")+`
WORKDIR /app
COPY `+((i=(o=u(t,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof o===c?o.call(a,{name:"manifests",hash:{},data:r,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):o))!=null?i:"")+` ./
RUN `+((i=(o=u(t,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof o===c?o.call(a,{name:"install",hash:{},data:r,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):o))!=null?i:"")+`
RUN `+((i=(o=u(t,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof o===c?o.call(a,{name:"ensureServer",hash:{},data:r,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):o))!=null?i:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((i=(o=u(t,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof o===c?o.call(a,{name:"baseImage",hash:{},data:r,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):o))!=null?i:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((i=u(t,"if").call(a,u(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?i:"")+((i=u(t,"if").call(a,u(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?i:"")+`
`+((i=u(t,"if").call(a,u(u(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?i:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((i=u(t,"if").call(a,u(n,"workdir"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?i:"")+((i=u(t,"if").call(a,u(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?i:"")+`USER app
EXPOSE `+((i=(o=u(t,"port")||l(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((i=(o=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof o===c?o.call(a,{name:"healthcheck",hash:{},data:r,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=u(t,"cmd")||l(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof o===c?o.call(a,{name:"cmd",hash:{},data:r,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,t,s,r){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,r){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,r){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(o(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(o=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:20,column:15},end:{line:20,column:27}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:r,loc:{start:{line:20,column:13},end:{line:20,column:29}}}):o))!=null?i:"")+`
`},5:function(e,n,t,s,r){return`COPY . .
`},6:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return((i=(o=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:42},end:{line:29,column:54}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:r,loc:{start:{line:29,column:40},end:{line:29,column:56}}}):o))!=null?i:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((i=(o=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===c?o.call(a,{name:"title",hash:{},data:r,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?i:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((i=u(t,"unless").call(a,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(o=u(t,"baseImage")||l(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof o===c?o.call(a,{name:"baseImage",hash:{},data:r,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):o))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=u(t,"each").call(a,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?i:"")+((i=u(t,"if").call(a,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?i:"")+"RUN "+((i=e.lambda(l(u(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?i:"")+`

# --- build: writes `+((i=(o=u(t,"outDir")||l(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof o===c?o.call(a,{name:"outDir",hash:{},data:r,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):o))!=null?i:"")+`/ ---
FROM deps AS build
`+((i=u(t,"if").call(a,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.program(5,r,0),data:r,loc:{start:{line:19,column:0},end:{line:23,column:7}}}))!=null?i:"")+"RUN "+((i=(o=u(t,"build")||l(n,"build",{start:{line:24,column:6},end:{line:24,column:11}}),typeof o===c?o.call(a,{name:"build",hash:{},data:r,loc:{start:{line:24,column:4},end:{line:24,column:13}}}):o))!=null?i:"")+`

# --- runtime: nginx as uid 101 on port `+((i=(o=u(t,"port")||l(n,"port",{start:{line:26,column:42},end:{line:26,column:46}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:26,column:40},end:{line:26,column:48}}}):o))!=null?i:"")+`, no Node.js ---
FROM `+((i=(o=u(t,"runtimeImage")||l(n,"runtimeImage",{start:{line:27,column:7},end:{line:27,column:19}}),typeof o===c?o.call(a,{name:"runtimeImage",hash:{},data:r,loc:{start:{line:27,column:5},end:{line:27,column:21}}}):o))!=null?i:"")+` AS runtime
COPY `+((i=(o=u(t,"spaConf")||l(n,"spaConf",{start:{line:28,column:7},end:{line:28,column:14}}),typeof o===c?o.call(a,{name:"spaConf",hash:{},data:r,loc:{start:{line:28,column:5},end:{line:28,column:16}}}):o))!=null?i:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((i=u(t,"if").call(a,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:29,column:23},end:{line:29,column:64}}}))!=null?i:"")+((i=(o=u(t,"outDir")||l(n,"outDir",{start:{line:29,column:66},end:{line:29,column:72}}),typeof o===c?o.call(a,{name:"outDir",hash:{},data:r,loc:{start:{line:29,column:64},end:{line:29,column:74}}}):o))!=null?i:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((i=(o=u(t,"port")||l(n,"port",{start:{line:31,column:9},end:{line:31,column:13}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:31,column:7},end:{line:31,column:15}}}):o))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((i=(o=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:33,column:10},end:{line:33,column:21}}),typeof o===c?o.call(a,{name:"healthcheck",hash:{},data:r,loc:{start:{line:33,column:8},end:{line:33,column:23}}}):o))!=null?i:"")+`
CMD `+((i=(o=u(t,"cmd")||l(n,"cmd",{start:{line:34,column:6},end:{line:34,column:9}}),typeof o===c?o.call(a,{name:"cmd",hash:{},data:r,loc:{start:{line:34,column:4},end:{line:34,column:11}}}):o))!=null?i:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,t,s,r){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,t,s,r){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Static site server for the "+((i=(o=u(t,"title")||l(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof o===c?o.call(a,{name:"title",hash:{},data:r,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):o))!=null?i:"")+" build inside the frontend image (nginx-unprivileged, port "+((i=(o=u(t,"port")||l(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):o))!=null?i:"")+`).
server {
    listen `+((i=(o=u(t,"port")||l(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):o))!=null?i:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((i=(o=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof o===c?o.call(a,{name:"assetsPath",hash:{},data:r,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):o))!=null?i:"")+`: safe to cache for a year.
    location `+((i=(o=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof o===c?o.call(a,{name:"assetsPath",hash:{},data:r,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):o))!=null?i:"")+` {
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

`+((i=u(t,"if").call(a,u(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.program(1,r,0),data:r,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?i:"")+`}
`},useData:!0},"docs/containers.md.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| "+((i=(o=u(t,"role")||l(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof o===c?o.call(a,{name:"role",hash:{},data:r,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):o))!=null?i:"")+" ("+((i=(o=u(t,"kind")||l(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof o===c?o.call(a,{name:"kind",hash:{},data:r,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):o))!=null?i:"")+") | `"+((i=(o=u(t,"dockerfile")||l(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof o===c?o.call(a,{name:"dockerfile",hash:{},data:r,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):o))!=null?i:"")+"` | `"+((i=(o=u(t,"context")||l(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof o===c?o.call(a,{name:"context",hash:{},data:r,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):o))!=null?i:"")+"` | "+((i=(o=u(t,"packageManager")||l(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof o===c?o.call(a,{name:"packageManager",hash:{},data:r,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):o))!=null?i:"")+" | `"+((i=(o=u(t,"command")||l(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof o===c?o.call(a,{name:"command",hash:{},data:r,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):o))!=null?i:"")+"` | "+((i=(o=u(t,"port")||l(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):o))!=null?i:"")+" | "+((i=(o=u(t,"probe")||l(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof o===c?o.call(a,{name:"probe",hash:{},data:r,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):o))!=null?i:"")+` |
`},1:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`## Health probes

`+((i=o(t,"if").call(n??(e.nullContext||{}),o(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.program(3,r,0),data:r,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?i:"")+`
`},2:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"The backend's health route is `"+((i=(o=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:r,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):o))!=null?i:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,t,s,r){var i,o=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((i=l(t,"if").call(o,l(n,"django"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?i:"")},4:function(e,n,t,s,r){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,t,s,r){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,t,s,r){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(e,n,t,s,r){var i,o,l=e.strict,a=e.lambda,c=n??(e.nullContext||{}),u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"- **The server**: `"+((i=a(l(u(n,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),n))!=null?i:"")+"` loads `"+((i=a(l(u(n,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),n))!=null?i:"")+"`"+((i=u(t,"if").call(c,u(u(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,r,0),inverse:e.noop,data:r,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?i:"")+"\n  from `"+((i=a(l(u(n,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),n))!=null?i:"")+"` inside `"+((i=a(l(u(n,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),n))!=null?i:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((i=a(l(u(n,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),n))!=null?i:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((i=(o=u(t,"pythonPackages")||l(n,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof o=="function"?o.call(c,{name:"pythonPackages",hash:{},data:r,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):o))!=null?i:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,t,s,r){return" (a factory, called once)"},9:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((i=o(t,"if").call(n??(e.nullContext||{}),o(o(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,r,0),inverse:e.program(11,r,0),data:r,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?i:"")},10:function(e,n,t,s,r){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,t,s,r){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"- **Listening on `process.env.PORT`** ("+((i=e.lambda(e.strict(o(n,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),n))!=null?i:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"- **Next.js output mode `"+((i=(o=a(t,"nextOutput")||e.strict(n,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof o=="function"?o.call(l,{name:"nextOutput",hash:{},data:r,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):o))!=null?i:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((i=a(t,"if").call(l,a(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,r,0),inverse:e.noop,data:r,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"next_default"),{name:"if",hash:{},fn:e.program(15,r,0),inverse:e.noop,data:r,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"next_export"),{name:"if",hash:{},fn:e.program(16,r,0),inverse:e.noop,data:r,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?i:"")},14:function(e,n,t,s,r){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,t,s,r){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'  `output: "export"` writes static files to `'+((i=(o=l(t,"outDir")||e.strict(n,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:r,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):o))!=null?i:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"- **A `build` script** that writes the production build to `"+((i=(o=l(t,"outDir")||e.strict(n,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:r,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):o))!=null?i:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,t,s,r){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((i=l(t,"each").call(o,l(n,"images"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?i:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((i=l(t,"if").call(o,l(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?i:"")+`## What the application must provide

`+((i=l(t,"if").call(o,l(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"django"),{name:"if",hash:{},fn:e.program(9,r,0),inverse:e.noop,data:r,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,r,0),inverse:e.noop,data:r,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,r,0),inverse:e.noop,data:r,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,r,0),inverse:e.noop,data:r,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?i:"")+`
`+((i=l(t,"if").call(o,l(n,"workspace"),{name:"if",hash:{},fn:e.program(18,r,0),inverse:e.noop,data:r,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?i:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c=e.lambda,u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((i=u(t,"if").call(l,u(n,"postgis"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.program(2,r,0),data:r,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?i:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((i=u(t,"each").call(l,u(n,"settings"),{name:"each",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?i:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((i=(o=u(t,"pgbouncerIni")||a(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof o=="function"?o.call(l,{name:"pgbouncerIni",hash:{},data:r,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):o))!=null?i:"")+"` runs **transaction pooling**: "+((i=c(a(u(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?i:"")+` client connections share
`+((i=c(a(u(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?i:"")+" server connections per database and user (+"+((i=c(a(u(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?i:"")+` in reserve).
Size each application process's own pool small (`+((i=c(a(u(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?i:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((i=u(t,"if").call(l,u(n,"django"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"node"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?i:"")},1:function(e,n,t,s,r){return"PostGIS"},2:function(e,n,t,s,r){return"PostgreSQL"},3:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((i=(o=u(t,"name")||l(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):o))!=null?i:"")+"` | `"+((i=(o=u(t,"value")||l(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof o===c?o.call(a,{name:"value",hash:{},data:r,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):o))!=null?i:"")+"` | "+((i=(o=u(t,"why")||l(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof o===c?o.call(a,{name:"why",hash:{},data:r,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):o))!=null?i:"")+` |
`},4:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((i=o(t,"if").call(n??(e.nullContext||{}),o(n,"postgis"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?i:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,t,s,r){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgres://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((i=e.lambda(e.strict(o(n,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),n))!=null?i:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
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
`},7:function(e,n,t,s,r){var i,o=e.strict,l=e.lambda,a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((i=l(o(a(n,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),n))!=null?i:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((i=l(o(a(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?i:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((i=l(o(a(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?i:"")+" }`.\n"},8:function(e,n,t,s,r){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((i=l(t,"if").call(o,l(n,"postgres"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?i:"")+((i=l(t,"if").call(o,l(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,r,0),inverse:e.noop,data:r,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?i:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,t,s,r){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,t,s,r){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},2:function(e,n,t,s,r){return`
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
`},3:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # `+((i=(o=u(t,"apiHost")||l(n,"apiHost",{start:{line:76,column:8},end:{line:76,column:15}}),typeof o===c?o.call(a,{name:"apiHost",hash:{},data:r,loc:{start:{line:76,column:6},end:{line:76,column:17}}}):o))!=null?i:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((i=(o=u(t,"apiHost")||l(n,"apiHost",{start:{line:79,column:10},end:{line:79,column:17}}),typeof o===c?o.call(a,{name:"apiHost",hash:{},data:r,loc:{start:{line:79,column:8},end:{line:79,column:19}}}):o))!=null?i:"")+` backend;
    }
`},4:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    upstream "+((i=(o=u(t,"name")||l(n,"name",{start:{line:84,column:15},end:{line:84,column:19}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:84,column:13},end:{line:84,column:21}}}):o))!=null?i:"")+` {
        server `+((i=(o=u(t,"host")||l(n,"host",{start:{line:85,column:17},end:{line:85,column:21}}),typeof o===c?o.call(a,{name:"host",hash:{},data:r,loc:{start:{line:85,column:15},end:{line:85,column:23}}}):o))!=null?i:"")+":"+((i=(o=u(t,"port")||l(n,"port",{start:{line:85,column:26},end:{line:85,column:30}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:85,column:24},end:{line:85,column:32}}}):o))!=null?i:"")+`;
        keepalive 16;
    }

`},5:function(e,n,t,s,r){return`    server {
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
`},6:function(e,n,t,s,r){return`    server {
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
`},7:function(e,n,t,s,r){return"$forwarded_proto"},8:function(e,n,t,s,r){return"$scheme"},9:function(e,n,t,s,r){var i;return"        add_header "+((i=e.lambda(n,n))!=null?i:"")+` always;
`},10:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"        # "+((i=(o=u(t,"why")||l(n,"why",{start:{line:156,column:12},end:{line:156,column:15}}),typeof o===c?o.call(a,{name:"why",hash:{},data:r,loc:{start:{line:156,column:10},end:{line:156,column:17}}}):o))!=null?i:"")+`
        location `+((i=(o=u(t,"match")||l(n,"match",{start:{line:157,column:19},end:{line:157,column:24}}),typeof o===c?o.call(a,{name:"match",hash:{},data:r,loc:{start:{line:157,column:17},end:{line:157,column:26}}}):o))!=null?i:"")+` {
            proxy_pass http://`+((i=(o=u(t,"upstream")||l(n,"upstream",{start:{line:158,column:32},end:{line:158,column:40}}),typeof o===c?o.call(a,{name:"upstream",hash:{},data:r,loc:{start:{line:158,column:30},end:{line:158,column:42}}}):o))!=null?i:"")+`;
`+((i=u(t,"if").call(a,u(n,"cache"),{name:"if",hash:{},fn:e.program(11,r,0),inverse:e.noop,data:r,loc:{start:{line:159,column:0},end:{line:165,column:7}}}))!=null?i:"")+`        }

`},11:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"            expires "+((i=(o=u(t,"expires")||l(n,"expires",{start:{line:160,column:22},end:{line:160,column:29}}),typeof o===c?o.call(a,{name:"expires",hash:{},data:r,loc:{start:{line:160,column:20},end:{line:160,column:31}}}):o))!=null?i:"")+`;
            add_header Cache-Control "`+((i=(o=u(t,"cache")||l(n,"cache",{start:{line:161,column:40},end:{line:161,column:45}}),typeof o===c?o.call(a,{name:"cache",hash:{},data:r,loc:{start:{line:161,column:38},end:{line:161,column:47}}}):o))!=null?i:"")+`" always;
`+((i=u(t,"each").call(a,u(u(r,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(12,r,0),inverse:e.noop,data:r,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?i:"")},12:function(e,n,t,s,r){var i;return"            add_header "+((i=e.lambda(n,n))!=null?i:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.program(1,r,0),data:r,loc:{start:{line:1,column:0},end:{line:10,column:7}}}))!=null?i:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((i=(o=u(t,"rateLimit")||a(n,"rateLimit",{start:{line:51,column:62},end:{line:51,column:71}}),typeof o===c?o.call(l,{name:"rateLimit",hash:{},data:r,loc:{start:{line:51,column:60},end:{line:51,column:73}}}):o))!=null?i:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:60,column:0},end:{line:73,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"apiHost"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:74,column:0},end:{line:81,column:7}}}))!=null?i:"")+`
`+((i=u(t,"each").call(l,u(n,"upstreams"),{name:"each",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:83,column:0},end:{line:89,column:9}}}))!=null?i:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.program(6,r,0),data:r,loc:{start:{line:91,column:0},end:{line:135,column:7}}}))!=null?i:"")+`
        limit_req zone=per_ip burst=`+((i=(o=u(t,"rateBurst")||a(n,"rateBurst",{start:{line:137,column:38},end:{line:137,column:47}}),typeof o===c?o.call(l,{name:"rateBurst",hash:{},data:r,loc:{start:{line:137,column:36},end:{line:137,column:49}}}):o))!=null?i:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.program(8,r,0),data:r,loc:{start:{line:144,column:43},end:{line:144,column:95}}}))!=null?i:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((i=u(t,"each").call(l,u(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(9,r,0),inverse:e.noop,data:r,loc:{start:{line:151,column:0},end:{line:153,column:9}}}))!=null?i:"")+`
`+((i=u(t,"each").call(l,u(n,"locations"),{name:"each",hash:{},fn:e.program(10,r,0),inverse:e.noop,data:r,loc:{start:{line:155,column:0},end:{line:168,column:9}}}))!=null?i:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"`"+((i=e.lambda(n,n))!=null?i:"")+"`"+((i=o(t,"unless").call(n??(e.nullContext||{}),o(r,"last"),{name:"unless",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?i:"")},1:function(e,n,t,s,r){return", "},2:function(e,n,t,s,r){var i;return"- "+((i=e.lambda(n,n))!=null?i:"")+`
`},3:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(o=u(t,"label")||l(n,"label",{start:{line:21,column:2},end:{line:21,column:7}}),typeof o===c?o.call(a,{name:"label",hash:{},data:r,loc:{start:{line:21,column:0},end:{line:21,column:9}}}):o))!=null?i:"")+"\n\n```bash\n"+((i=(o=u(t,"command")||l(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof o===c?o.call(a,{name:"command",hash:{},data:r,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):o))!=null?i:"")+"\n```\n\n"},4:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return(i=o(t,"if").call(n??(e.nullContext||{}),o(n,"command"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.program(5,r,0),data:r,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?i:""},5:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return((i=(o=l(t,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"label",hash:{},data:r,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):o))!=null?i:"")+`

`},6:function(e,n,t,s,r){var i,o=e.lambda,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"["+((i=o(n,n))!=null?i:"")+"]("+((i=o(n,n))!=null?i:"")+".md)"+((i=l(t,"unless").call(n??(e.nullContext||{}),l(r,"last"),{name:"unless",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?i:"")},7:function(e,n,t,s,r){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((i=(o=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof o===c?o.call(a,{name:"title",hash:{},data:r,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):o))!=null?i:"")+`

`+((i=(o=u(t,"purpose")||l(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof o===c?o.call(a,{name:"purpose",hash:{},data:r,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):o))!=null?i:"")+`

| | |
|---|---|
| Service | \``+((i=(o=u(t,"name")||l(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):o))!=null?i:"")+"` on "+((i=(o=u(t,"cloudTitle")||l(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof o===c?o.call(a,{name:"cloudTitle",hash:{},data:r,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):o))!=null?i:"")+` |
| Alert | `+((i=u(t,"each").call(a,u(n,"alerts"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?i:"")+" ("+((i=(o=u(t,"alertSource")||l(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof o===c?o.call(a,{name:"alertSource",hash:{},data:r,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):o))!=null?i:"")+`) |
| Severity | `+((i=(o=u(t,"severity")||l(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof o===c?o.call(a,{name:"severity",hash:{},data:r,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):o))!=null?i:"")+` |
| Alerts go to | `+((i=(o=u(t,"alertDestination")||l(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof o===c?o.call(a,{name:"alertDestination",hash:{},data:r,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):o))!=null?i:"")+` |

## 1. Confirm

`+((i=u(t,"each").call(a,u(n,"confirm"),{name:"each",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?i:"")+`
## 2. Diagnose

`+((i=u(t,"each").call(a,u(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?i:"")+`## 3. Mitigate

`+((i=u(t,"each").call(a,u(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?i:"")+`## 4. Escalate

`+((i=u(t,"each").call(a,u(n,"escalate"),{name:"each",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?i:"")+`
## 5. Verify recovery

`+((i=u(t,"each").call(a,u(n,"verify"),{name:"each",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?i:"")+`
Related: `+((i=u(t,"each").call(a,u(n,"related"),{name:"each",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?i:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'default_dir="'+((i=(o=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:r,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):o))!=null?i:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((i=(o=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof o===c?o.call(a,{name:"bucket",hash:{},data:r,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):o))!=null?i:"")+'" default_prefix="'+((i=(o=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof o===c?o.call(a,{name:"prefix",hash:{},data:r,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):o))!=null?i:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,s,r){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,s,r){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,s,r){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,t,s,r){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,t,s,r){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,t,s,r){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,t,s,r){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`#!/usr/bin/env bash
# Backs up `+((i=(o=m(t,"name")||l(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):o))!=null?i:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((i=(o=m(t,"targetTitle")||l(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof o===c?o.call(a,{name:"targetTitle",hash:{},data:r,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):o))!=null?i:"")+`,
# then prunes to `+((i=u(l(m(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?i:"")+" daily, "+((i=u(l(m(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?i:"")+" weekly and "+((i=u(l(m(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?i:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((i=u(l(m(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?i:"")+" default_weekly="+((i=u(l(m(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?i:"")+" default_monthly="+((i=u(l(m(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?i:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((i=m(t,"if").call(a,m(n,"local"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.program(1,r,0),data:r,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?i:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((i=m(t,"if").call(a,m(n,"local"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,r,0),inverse:e.noop,data:r,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,t,s,r){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,t,s,r){var i;return"-f "+((i=e.lambda(n,n))!=null?i:"")+" "},2:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(o=u(t,"service")||l(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof o===c?o.call(a,{name:"service",hash:{},data:r,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):o))!=null?i:"")+") echo "+((i=(o=u(t,"imageVar")||l(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof o===c?o.call(a,{name:"imageVar",hash:{},data:r,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):o))!=null?i:"")+` ;;
`},3:function(e,n,t,s,r){var i,o=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Blue-green: the switch (compose.tunnel.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((i=l(t,"each").call(o,l(n,"services"),{name:"each",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?i:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((i=l(t,"each").call(o,l(n,"services"),{name:"each",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?i:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((i=l(t,"each").call(o,l(n,"services"),{name:"each",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?i:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((i=l(t,"each").call(o,l(n,"services"),{name:"each",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?i:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((i=l(t,"each").call(o,l(n,"services"),{name:"each",hash:{},fn:e.program(8,r,0),inverse:e.noop,data:r,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?i:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(o=u(t,"key")||l(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):o))!=null?i:"")+') if [ "$2" = blue ]; then echo '+((i=(o=u(t,"service")||l(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof o===c?o.call(a,{name:"service",hash:{},data:r,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):o))!=null?i:"")+"; else echo "+((i=(o=u(t,"service")||l(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof o===c?o.call(a,{name:"service",hash:{},data:r,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):o))!=null?i:"")+`-green; fi ;;
`},5:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(o=u(t,"key")||l(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):o))!=null?i:"")+') echo "$(service_for '+((i=(o=u(t,"key")||l(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):o))!=null?i:"")+' "$2"):'+((i=(o=u(t,"port")||l(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):o))!=null?i:"")+`" ;;
`},6:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(o=u(t,"key")||l(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):o))!=null?i:"")+') echo "'+((i=(o=u(t,"healthPath")||l(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof o===c?o.call(a,{name:"healthPath",hash:{},data:r,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):o))!=null?i:"")+`" ;;
`},7:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(o=u(t,"key")||l(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):o))!=null?i:"")+') if [ "$2" = blue ]; then echo '+((i=(o=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof o===c?o.call(a,{name:"imageVar",hash:{},data:r,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):o))!=null?i:"")+"; else echo "+((i=(o=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof o===c?o.call(a,{name:"imageVar",hash:{},data:r,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):o))!=null?i:"")+`_GREEN; fi ;;
`},8:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"  [ -f state/switch/"+((i=(o=u(t,"key")||l(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):o))!=null?i:"")+".conf ] || write_upstream "+((i=(o=u(t,"key")||l(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):o))!=null?i:"")+' "$(live_colour '+((i=(o=u(t,"key")||l(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):o))!=null?i:"")+`)"
`},9:function(e,n,t,s,r){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?i:"")+`.
# Image choices persist in `+((i=(o=u(t,"deployDir")||a(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof o===c?o.call(l,{name:"deployDir",hash:{},data:r,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):o))!=null?i:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((i=(o=u(t,"deployDir")||a(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof o===c?o.call(l,{name:"deployDir",hash:{},data:r,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):o))!=null?i:"")+`"
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
  docker compose `+((i=u(t,"each").call(l,u(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?i:"")+`"$@"
}

image_var() {
  case "$1" in
`+((i=u(t,"each").call(l,u(n,"services"),{name:"each",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?i:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?i:"")+`persist_image() {
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
    `+((i=(o=u(t,"migrateVar")||a(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof o===c?o.call(l,{name:"migrateVar",hash:{},data:r,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):o))!=null?i:"")+'="$image" compose run --rm --no-deps '+((i=(o=u(t,"migrateService")||a(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof o===c?o.call(l,{name:"migrateService",hash:{},data:r,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):o))!=null?i:"")+" "+((i=(o=u(t,"migrateCommand")||a(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof o===c?o.call(l,{name:"migrateCommand",hash:{},data:r,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):o))!=null?i:"")+`
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
`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,r,0),inverse:e.noop,data:r,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?i:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((i=(o=l(t,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:r,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):o))!=null?i:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'default_dir="'+((i=(o=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:r,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):o))!=null?i:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((i=(o=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof o===c?o.call(a,{name:"bucket",hash:{},data:r,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):o))!=null?i:"")+'" default_prefix="'+((i=(o=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof o===c?o.call(a,{name:"prefix",hash:{},data:r,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):o))!=null?i:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,s,r){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,s,r){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,s,r){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,t,s,r){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,t,s,r){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,t,s,r){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,t,s,r){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((i=(o=a(t,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof o=="function"?o.call(l,{name:"targetTitle",hash:{},data:r,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):o))!=null?i:"")+` into RESTORE_DATABASE.
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
`+((i=a(t,"if").call(l,a(n,"local"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.program(1,r,0),data:r,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"azure"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"minio"),{name:"if",hash:{},fn:e.program(3,r,0),inverse:e.noop,data:r,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?i:"")+`
`+((i=a(t,"if").call(l,a(n,"local"),{name:"if",hash:{},fn:e.program(4,r,0),inverse:e.noop,data:r,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"s3"),{name:"if",hash:{},fn:e.program(5,r,0),inverse:e.noop,data:r,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"minio"),{name:"if",hash:{},fn:e.program(6,r,0),inverse:e.noop,data:r,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"gcs"),{name:"if",hash:{},fn:e.program(7,r,0),inverse:e.noop,data:r,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"azure"),{name:"if",hash:{},fn:e.program(8,r,0),inverse:e.noop,data:r,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((i=(o=u(t,"name")||l(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):o))!=null?i:"")+`.
#   HEALTH_URL=https://api.example.org`+((i=(o=u(t,"healthPath")||l(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof o===c?o.call(a,{name:"healthPath",hash:{},data:r,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):o))!=null?i:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return'"'+((i=(o=a(t,"image")||e.strict(n,"image",{start:{line:73,column:53},end:{line:73,column:58}}),typeof o=="function"?o.call(l,{name:"image",hash:{},data:r,loc:{start:{line:73,column:51},end:{line:73,column:60}}}):o))!=null?i:"")+'"'+((i=a(t,"unless").call(l,a(r,"last"),{name:"unless",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:73,column:61},end:{line:73,column:91}}}))!=null?i:"")},1:function(e,n,t,s,r){return", "},2:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((i=(o=u(t,"bucket")||l(n,"bucket",{start:{line:95,column:14},end:{line:95,column:20}}),typeof o===c?o.call(a,{name:"bucket",hash:{},data:r,loc:{start:{line:95,column:12},end:{line:95,column:22}}}):o))!=null?i:"")+`"
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
      prefix = "`+((i=(o=u(t,"prefix")||l(n,"prefix",{start:{line:128,column:18},end:{line:128,column:24}}),typeof o===c?o.call(a,{name:"prefix",hash:{},data:r,loc:{start:{line:128,column:16},end:{line:128,column:26}}}):o))!=null?i:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:138,column:12},end:{line:138,column:16}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:138,column:10},end:{line:138,column:18}}}):o))!=null?i:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((i=(o=u(t,"prefix")||l(n,"prefix",{start:{line:161,column:131},end:{line:161,column:137}}),typeof o===c?o.call(a,{name:"prefix",hash:{},data:r,loc:{start:{line:161,column:129},end:{line:161,column:139}}}):o))!=null?i:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:169,column:27},end:{line:169,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:169,column:25},end:{line:169,column:33}}}):o))!=null?i:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:171,column:27},end:{line:171,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:171,column:25},end:{line:171,column:33}}}):o))!=null?i:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):o))!=null?i:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((i=(o=u(t,"name")||l(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):o))!=null?i:"")+`-*"]
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
  for_each             = toset([`+((i=u(t,"each").call(a,u(n,"services"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:73,column:32},end:{line:73,column:100}}}))!=null?i:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:83,column:12},end:{line:83,column:16}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:83,column:10},end:{line:83,column:18}}}):o))!=null?i:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((i=u(t,"if").call(a,u(n,"s3Backups"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:91,column:0},end:{line:181,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,t,s,r,i,o){var l,a,c=e.strict,u=n??(e.nullContext||{}),m="function",p=e.lambda,d=e.lookupProperty||function(y,f){if(Object.prototype.hasOwnProperty.call(y,f))return y[f]};return`
# ---- `+((l=(a=d(t,"key")||c(n,"key",{start:{line:138,column:9},end:{line:138,column:12}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:138,column:7},end:{line:138,column:14}}}):a))!=null?l:"")+": "+((l=(a=d(t,"image")||c(n,"image",{start:{line:138,column:18},end:{line:138,column:23}}),typeof a===m?a.call(u,{name:"image",hash:{},data:r,loc:{start:{line:138,column:16},end:{line:138,column:25}}}):a))!=null?l:"")+" on port "+((l=(a=d(t,"port")||c(n,"port",{start:{line:138,column:36},end:{line:138,column:40}}),typeof a===m?a.call(u,{name:"port",hash:{},data:r,loc:{start:{line:138,column:34},end:{line:138,column:42}}}):a))!=null?l:"")+` ----

resource "aws_lb" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:140,column:21},end:{line:140,column:24}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:140,column:19},end:{line:140,column:26}}}):a))!=null?l:"")+'" {\n  name                       = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:141,column:50},end:{line:141,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:141,column:48},end:{line:141,column:55}}}):a))!=null?l:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:148,column:44},end:{line:148,column:47}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:148,column:42},end:{line:148,column:49}}}):a))!=null?l:"")+`" {
  resource_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:149,column:26},end:{line:149,column:29}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:149,column:24},end:{line:149,column:31}}}):a))!=null?l:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:153,column:34},end:{line:153,column:37}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:153,column:32},end:{line:153,column:39}}}):a))!=null?l:"")+`" {
  for_each    = toset(`+((l=d(t,"if").call(u,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(1,r,0,i,o),inverse:e.program(2,r,0,i,o),data:r,loc:{start:{line:154,column:22},end:{line:154,column:84}}}))!=null?l:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:155,column:56},end:{line:155,column:59}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:155,column:54},end:{line:155,column:61}}}):a))!=null?l:"")+'" : "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:155,column:84},end:{line:155,column:87}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:155,column:82},end:{line:155,column:89}}}):a))!=null?l:"")+'-${each.key}"\n  port        = '+((l=(a=d(t,"port")||c(n,"port",{start:{line:156,column:18},end:{line:156,column:22}}),typeof a===m?a.call(u,{name:"port",hash:{},data:r,loc:{start:{line:156,column:16},end:{line:156,column:24}}}):a))!=null?l:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((l=d(t,"if").call(u,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(3,r,0,i,o),inverse:e.program(4,r,0,i,o),data:r,loc:{start:{line:162,column:6},end:{line:162,column:130}}}))!=null?l:"")+`
    path                = "`+((l=(a=d(t,"healthPath")||c(n,"healthPath",{start:{line:163,column:29},end:{line:163,column:39}}),typeof a===m?a.call(u,{name:"healthPath",hash:{},data:r,loc:{start:{line:163,column:27},end:{line:163,column:41}}}):a))!=null?l:"")+`"
    matcher             = "`+((l=d(t,"if").call(u,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(5,r,0,i,o),inverse:e.program(6,r,0,i,o),data:r,loc:{start:{line:164,column:27},end:{line:164,column:75}}}))!=null?l:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:171,column:30},end:{line:171,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:171,column:28},end:{line:171,column:35}}}):a))!=null?l:"")+`_https" {
  load_balancer_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:172,column:31},end:{line:172,column:34}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:172,column:29},end:{line:172,column:36}}}):a))!=null?l:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((l=d(t,"if").call(u,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(7,r,0,i,o),inverse:e.program(8,r,0,i,o),data:r,loc:{start:{line:181,column:0},end:{line:194,column:7}}}))!=null?l:"")+`    }
  }
`+((l=d(t,"if").call(u,d(o[1],"progressive"),{name:"if",hash:{},fn:e.program(9,r,0,i,o),inverse:e.noop,data:r,loc:{start:{line:197,column:0},end:{line:203,column:7}}}))!=null?l:"")+`}

resource "aws_lb_listener" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:206,column:30},end:{line:206,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:206,column:28},end:{line:206,column:35}}}):a))!=null?l:"")+`_http" {
  load_balancer_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:207,column:31},end:{line:207,column:34}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:207,column:29},end:{line:207,column:36}}}):a))!=null?l:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:221,column:38},end:{line:221,column:41}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:221,column:36},end:{line:221,column:43}}}):a))!=null?l:"")+'" {\n  family                   = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:222,column:48},end:{line:222,column:51}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:222,column:46},end:{line:222,column:53}}}):a))!=null?l:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:229,column:32},end:{line:229,column:35}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:229,column:30},end:{line:229,column:37}}}):a))!=null?l:"")+'"\n    image                  = "${var.repository_urls["'+((l=(a=d(t,"image")||c(n,"image",{start:{line:230,column:55},end:{line:230,column:60}}),typeof a===m?a.call(u,{name:"image",hash:{},data:r,loc:{start:{line:230,column:53},end:{line:230,column:62}}}):a))!=null?l:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((l=(a=d(t,"port")||c(n,"port",{start:{line:233,column:50},end:{line:233,column:54}}),typeof a===m?a.call(u,{name:"port",hash:{},data:r,loc:{start:{line:233,column:48},end:{line:233,column:56}}}):a))!=null?l:"")+`, protocol = "tcp" }]
`+((l=d(t,"if").call(u,d(n,"migrate"),{name:"if",hash:{},fn:e.program(10,r,0,i,o),inverse:e.noop,data:r,loc:{start:{line:234,column:0},end:{line:241,column:7}}}))!=null?l:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:247,column:35},end:{line:247,column:38}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:247,column:33},end:{line:247,column:40}}}):a))!=null?l:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:258,column:30},end:{line:258,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:258,column:28},end:{line:258,column:35}}}):a))!=null?l:"")+`" {
  for_each        = aws_lb_target_group.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:259,column:42},end:{line:259,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:259,column:40},end:{line:259,column:47}}}):a))!=null?l:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:260,column:60},end:{line:260,column:63}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:260,column:58},end:{line:260,column:65}}}):a))!=null?l:"")+'" : "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:260,column:88},end:{line:260,column:91}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:260,column:86},end:{line:260,column:93}}}):a))!=null?l:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:262,column:46},end:{line:262,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:262,column:44},end:{line:262,column:51}}}):a))!=null?l:"")+`.arn
  desired_count   = `+((l=p(c(o[1],"minReplicas",{start:{line:263,column:22},end:{line:263,column:36}}),n))!=null?l:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:273,column:26},end:{line:273,column:29}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:273,column:24},end:{line:273,column:31}}}):a))!=null?l:"")+`"
    container_port   = `+((l=(a=d(t,"port")||c(n,"port",{start:{line:274,column:25},end:{line:274,column:29}}),typeof a===m?a.call(u,{name:"port",hash:{},data:r,loc:{start:{line:274,column:23},end:{line:274,column:31}}}):a))!=null?l:"")+`
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

resource "aws_appautoscaling_target" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:288,column:40},end:{line:288,column:43}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:288,column:38},end:{line:288,column:45}}}):a))!=null?l:"")+`" {
  for_each           = aws_ecs_service.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:289,column:41},end:{line:289,column:44}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:289,column:39},end:{line:289,column:46}}}):a))!=null?l:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((l=p(c(o[1],"minReplicas",{start:{line:293,column:25},end:{line:293,column:39}}),n))!=null?l:"")+`
  max_capacity       = `+((l=p(c(o[1],"maxReplicas",{start:{line:294,column:25},end:{line:294,column:39}}),n))!=null?l:"")+`
}

resource "aws_appautoscaling_policy" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:297,column:40},end:{line:297,column:43}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:297,column:38},end:{line:297,column:45}}}):a))!=null?l:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:298,column:51},end:{line:298,column:54}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:298,column:49},end:{line:298,column:56}}}):a))!=null?l:"")+'\n  name               = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:299,column:42},end:{line:299,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:299,column:40},end:{line:299,column:47}}}):a))!=null?l:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:314,column:42},end:{line:314,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:314,column:40},end:{line:314,column:47}}}):a))!=null?l:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:315,column:43},end:{line:315,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:315,column:41},end:{line:315,column:48}}}):a))!=null?l:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:335,column:46},end:{line:335,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:335,column:44},end:{line:335,column:51}}}):a))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:346,column:46},end:{line:346,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:346,column:44},end:{line:346,column:51}}}):a))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:353,column:42},end:{line:353,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:353,column:40},end:{line:353,column:47}}}):a))!=null?l:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:354,column:43},end:{line:354,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:354,column:41},end:{line:354,column:48}}}):a))!=null?l:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:358,column:50},end:{line:358,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:358,column:48},end:{line:358,column:55}}}):a))!=null?l:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:368,column:42},end:{line:368,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:368,column:40},end:{line:368,column:47}}}):a))!=null?l:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:369,column:46},end:{line:369,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:369,column:44},end:{line:369,column:51}}}):a))!=null?l:"")+'\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:370,column:43},end:{line:370,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:370,column:41},end:{line:370,column:48}}}):a))!=null?l:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:374,column:50},end:{line:374,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:374,column:48},end:{line:374,column:55}}}):a))!=null?l:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:383,column:42},end:{line:383,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:383,column:40},end:{line:383,column:47}}}):a))!=null?l:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:384,column:42},end:{line:384,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:r,loc:{start:{line:384,column:40},end:{line:384,column:47}}}):a))!=null?l:"")+`
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
`},1:function(e,n,t,s,r){return'["blue", "green"]'},2:function(e,n,t,s,r){return'["live"]'},3:function(e,n,t,s,r){return"The health route answers below 400."},4:function(e,n,t,s,r){return"No health route: any answer below 500 is a running app."},5:function(e,n,t,s,r){return"200-399"},6:function(e,n,t,s,r){return"200-499"},7:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`      target_group {
        arn    = aws_lb_target_group.`+((i=(o=u(t,"key")||l(n,"key",{start:{line:183,column:39},end:{line:183,column:42}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:183,column:37},end:{line:183,column:44}}}):o))!=null?i:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((i=(o=u(t,"key")||l(n,"key",{start:{line:187,column:39},end:{line:187,column:42}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:187,column:37},end:{line:187,column:44}}}):o))!=null?i:"")+`["green"].arn
        weight = 0
      }
`},8:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`      target_group {
        arn = aws_lb_target_group.`+((i=(o=l(t,"key")||e.strict(n,"key",{start:{line:192,column:36},end:{line:192,column:39}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"key",hash:{},data:r,loc:{start:{line:192,column:34},end:{line:192,column:41}}}):o))!=null?i:"")+`["live"].arn
      }
`},9:function(e,n,t,s,r){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},10:function(e,n,t,s,r){return`    environment = [
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ]
    secrets = [{ name = "PGPASSWORD", valueFrom = "\${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }]
`},11:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
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
  engine_version              = "`+((i=(o=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:424,column:35},end:{line:424,column:48}}),typeof o===c?o.call(a,{name:"postgresMajor",hash:{},data:r,loc:{start:{line:424,column:33},end:{line:424,column:50}}}):o))!=null?i:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((i=(o=u(t,"dbName")||l(n,"dbName",{start:{line:429,column:35},end:{line:429,column:41}}),typeof o===c?o.call(a,{name:"dbName",hash:{},data:r,loc:{start:{line:429,column:33},end:{line:429,column:43}}}):o))!=null?i:"")+`"
  username                    = "`+((i=(o=u(t,"dbName")||l(n,"dbName",{start:{line:430,column:35},end:{line:430,column:41}}),typeof o===c?o.call(a,{name:"dbName",hash:{},data:r,loc:{start:{line:430,column:33},end:{line:430,column:43}}}):o))!=null?i:"")+`"
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
`},12:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(o=u(t,"key")||l(n,"key",{start:{line:480,column:32},end:{line:480,column:35}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:480,column:30},end:{line:480,column:37}}}):o))!=null?i:"")+' = "https://${aws_lb.'+((i=(o=u(t,"key")||l(n,"key",{start:{line:480,column:60},end:{line:480,column:63}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:480,column:58},end:{line:480,column:65}}}):o))!=null?i:"")+'.dns_name}"'+((i=u(t,"unless").call(a,u(r,"last"),{name:"unless",hash:{},fn:e.program(13,r,0),inverse:e.noop,data:r,loc:{start:{line:480,column:76},end:{line:480,column:106}}}))!=null?i:"")},13:function(e,n,t,s,r){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r,i,o){var l,a=n??(e.nullContext||{}),c=e.lookupProperty||function(u,m){if(Object.prototype.hasOwnProperty.call(u,m))return u[m]};return`resource "aws_ecs_cluster" "this" {
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
`+((l=c(t,"each").call(a,c(n,"services"),{name:"each",hash:{},fn:e.program(0,r,0,i,o),inverse:e.noop,data:r,loc:{start:{line:136,column:0},end:{line:397,column:9}}}))!=null?l:"")+`
data "aws_region" "current" {}
`+((l=c(t,"if").call(a,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(11,r,0,i,o),inverse:e.noop,data:r,loc:{start:{line:400,column:0},end:{line:477,column:7}}}))!=null?l:"")+`
output "urls" {
  value = { `+((l=c(t,"each").call(a,c(n,"services"),{name:"each",hash:{},fn:e.program(12,r,0,i,o),inverse:e.noop,data:r,loc:{start:{line:480,column:12},end:{line:480,column:115}}}))!=null?l:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`variable "environment" {
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
  prefix = "`+((i=(o=l(t,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:r,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):o))!=null?i:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,t,s,r){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((i=o(t,"if").call(n??(e.nullContext||{}),o(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?i:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`variable "region" {
  type    = string
  default = "`+((i=(o=l(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"region",hash:{},data:r,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):o))!=null?i:"")+`"
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
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket       = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):o))!=null?i:"")+`-tfstate"
    key          = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):o))!=null?i:"")+`/terraform.tfstate"
    region       = "`+((i=(o=u(t,"region")||l(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof o===c?o.call(a,{name:"region",hash:{},data:r,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):o))!=null?i:"")+`"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      project    = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:31,column:22},end:{line:31,column:26}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:31,column:20},end:{line:31,column:28}}}):o))!=null?i:"")+`"
      managed-by = "terraform"
    }
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,t,s,r){return"Multiple"},1:function(e,n,t,s,r){return"Single"},2:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:143,column:36},end:{line:143,column:40}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:143,column:34},end:{line:143,column:42}}}):o))!=null?i:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((i=(o=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:146,column:36},end:{line:146,column:49}}),typeof o===c?o.call(a,{name:"postgresMajor",hash:{},data:r,loc:{start:{line:146,column:34},end:{line:146,column:51}}}):o))!=null?i:"")+`"
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
  name                         = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:166,column:36},end:{line:166,column:40}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:166,column:34},end:{line:166,column:42}}}):o))!=null?i:"")+`-\${each.key}-migrate"
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
      command = `+((i=(o=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:182,column:19},end:{line:182,column:33}}),typeof o===c?o.call(a,{name:"migrateCommand",hash:{},data:r,loc:{start:{line:182,column:16},end:{line:182,column:36}}}):o))!=null?i:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):o))!=null?i:"")+`-\${each.key}"
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
  name                = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:16,column:27},end:{line:16,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:16,column:25},end:{line:16,column:33}}}):o))!=null?i:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:24,column:34},end:{line:24,column:38}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:24,column:32},end:{line:24,column:40}}}):o))!=null?i:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:32,column:36},end:{line:32,column:40}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:32,column:34},end:{line:32,column:42}}}):o))!=null?i:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((i=u(t,"if").call(a,u(n,"progressive"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.program(1,r,0),data:r,loc:{start:{line:36,column:19},end:{line:36,column:67}}}))!=null?i:"")+`"

  template {
    min_replicas = each.value.environment == "production" ? `+((i=(o=u(t,"minReplicas")||l(n,"minReplicas",{start:{line:39,column:62},end:{line:39,column:73}}),typeof o===c?o.call(a,{name:"minReplicas",hash:{},data:r,loc:{start:{line:39,column:60},end:{line:39,column:75}}}):o))!=null?i:"")+` : 1
    max_replicas = `+((i=(o=u(t,"maxReplicas")||l(n,"maxReplicas",{start:{line:40,column:21},end:{line:40,column:32}}),typeof o===c?o.call(a,{name:"maxReplicas",hash:{},data:r,loc:{start:{line:40,column:19},end:{line:40,column:34}}}):o))!=null?i:"")+`

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
`+((i=u(t,"if").call(a,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:137,column:0},end:{line:212,column:7}}}))!=null?i:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((i=(o=u(t,"compactName")||l(n,"compactName",{start:{line:53,column:39},end:{line:53,column:50}}),typeof o===c?o.call(a,{name:"compactName",hash:{},data:r,loc:{start:{line:53,column:37},end:{line:53,column:52}}}):o))!=null?i:"")+`backups"
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
  name                  = "`+((i=(o=u(t,"bucket")||l(n,"bucket",{start:{line:71,column:29},end:{line:71,column:35}}),typeof o===c?o.call(a,{name:"bucket",hash:{},data:r,loc:{start:{line:71,column:27},end:{line:71,column:37}}}):o))!=null?i:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):o))!=null?i:"")+`-shared"
  location = var.location
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((i=(o=u(t,"compactName")||l(n,"compactName",{start:{line:9,column:27},end:{line:9,column:38}}),typeof o===c?o.call(a,{name:"compactName",hash:{},data:r,loc:{start:{line:9,column:25},end:{line:9,column:40}}}):o))!=null?i:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:18,column:27},end:{line:18,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:18,column:25},end:{line:18,column:33}}}):o))!=null?i:"")+`-github-deploy"
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
  name                = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:40,column:27},end:{line:40,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:40,column:25},end:{line:40,column:33}}}):o))!=null?i:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((i=u(t,"if").call(a,u(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:49,column:0},end:{line:81,column:7}}}))!=null?i:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(o=u(t,"key")||l(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):o))!=null?i:"")+" = { port = "+((i=(o=u(t,"port")||l(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):o))!=null?i:"")+', health = "'+((i=u(t,"if").call(a,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?i:"")+'", image = "'+((i=(o=u(t,"image")||l(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof o===c?o.call(a,{name:"image",hash:{},data:r,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):o))!=null?i:"")+'" }'+((i=u(t,"unless").call(a,u(r,"last"),{name:"unless",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?i:"")},1:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return(i=(o=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:r,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):o))!=null?i:""},2:function(e,n,t,s,r){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "location" {
  type    = string
  default = "`+((i=(o=a(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof o=="function"?o.call(l,{name:"region",hash:{},data:r,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):o))!=null?i:"")+`"
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
  services     = { `+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?i:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    resource_group_name  = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):o))!=null?i:"")+`-tfstate"
    storage_account_name = "`+((i=(o=u(t,"compactName")||l(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof o===c?o.call(a,{name:"compactName",hash:{},data:r,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):o))!=null?i:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):o))!=null?i:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'  default     = "'+((i=(o=l(t,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:r,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):o))!=null?i:"")+`"
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "github_owner" {
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
`+((i=a(t,"if").call(l,a(n,"domain"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?i:"")+`}

resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((i=(o=a(t,"name")||e.strict(n,"name",{start:{line:37,column:18},end:{line:37,column:22}}),typeof o=="function"?o.call(l,{name:"name",hash:{},data:r,loc:{start:{line:37,column:16},end:{line:37,column:24}}}):o))!=null?i:"")+`"
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
`},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`terraform {
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
      name = "`+((i=(o=l(t,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:r,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):o))!=null?i:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):o))!=null?i:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((i=(o=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof o===c?o.call(a,{name:"postgresMajor",hash:{},data:r,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):o))!=null?i:"")+`"
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
  name     = "`+((i=(o=u(t,"dbName")||l(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof o===c?o.call(a,{name:"dbName",hash:{},data:r,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):o))!=null?i:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):o))!=null?i:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((i=(o=u(t,"name")||l(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):o))!=null?i:"")+"/"+((i=(o=u(t,"name")||l(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):o))!=null?i:"")+`-backend:bootstrap"
        command = `+((i=(o=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof o===c?o.call(a,{name:"migrateCommand",hash:{},data:r,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):o))!=null?i:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=u(t,"if").call(l,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:1,column:0},end:{line:65,column:7}}}))!=null?i:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((i=(o=u(t,"name")||a(n,"name",{start:{line:69,column:16},end:{line:69,column:20}}),typeof o===c?o.call(l,{name:"name",hash:{},data:r,loc:{start:{line:69,column:14},end:{line:69,column:22}}}):o))!=null?i:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((i=(o=u(t,"minReplicas")||a(n,"minReplicas",{start:{line:76,column:70},end:{line:76,column:81}}),typeof o===c?o.call(l,{name:"minReplicas",hash:{},data:r,loc:{start:{line:76,column:68},end:{line:76,column:83}}}):o))!=null?i:"")+` : 0
      max_instance_count = `+((i=(o=u(t,"maxReplicas")||a(n,"maxReplicas",{start:{line:77,column:29},end:{line:77,column:40}}),typeof o===c?o.call(l,{name:"maxReplicas",hash:{},data:r,loc:{start:{line:77,column:27},end:{line:77,column:42}}}):o))!=null?i:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((i=(o=u(t,"name")||a(n,"name",{start:{line:80,column:64},end:{line:80,column:68}}),typeof o===c?o.call(l,{name:"name",hash:{},data:r,loc:{start:{line:80,column:62},end:{line:80,column:70}}}):o))!=null?i:"")+"/"+((i=(o=u(t,"name")||a(n,"name",{start:{line:80,column:73},end:{line:80,column:77}}),typeof o===c?o.call(l,{name:"name",hash:{},data:r,loc:{start:{line:80,column:71},end:{line:80,column:79}}}):o))!=null?i:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
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
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((i=(o=u(t,"bucket")||l(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof o===c?o.call(a,{name:"bucket",hash:{},data:r,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):o))!=null?i:"")+`"
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
  account_id   = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):o))!=null?i:"")+`-backup"
  display_name = "backup.yml of `+((i=(o=u(t,"name")||l(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):o))!=null?i:"")+`"
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
`},1:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((i=(o=l(t,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"name",hash:{},data:r,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):o))!=null?i:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):o))!=null?i:"")+`-github"
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
  account_id   = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):o))!=null?i:"")+`-deploy"
  display_name = "GitHub deploy of `+((i=(o=u(t,"name")||l(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):o))!=null?i:"")+`"
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
  account_id   = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):o))!=null?i:"")+`-runtime"
  display_name = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):o))!=null?i:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):o))!=null?i:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook. Attach it to the external HTTPS load balancer (serverless
# NEG) in front of Cloud Run; that load balancer is not part of this skeleton.
resource "google_compute_security_policy" "edge" {
  name = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):o))!=null?i:"")+`-production-edge"

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
`+((i=u(t,"if").call(a,u(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?i:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):o))!=null?i:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):o))!=null?i:"")+`: more than 5% 5xx"
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
  display_name          = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):o))!=null?i:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):o))!=null?i:"")+`: CPU above 90%"
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
`+((i=u(t,"if").call(a,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?i:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(o=u(t,"key")||l(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof o===c?o.call(a,{name:"key",hash:{},data:r,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):o))!=null?i:"")+" = { port = "+((i=(o=u(t,"port")||l(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof o===c?o.call(a,{name:"port",hash:{},data:r,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):o))!=null?i:"")+', health = "'+((i=u(t,"if").call(a,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,r,0),inverse:e.noop,data:r,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?i:"")+'" }'+((i=u(t,"unless").call(a,u(r,"last"),{name:"unless",hash:{},fn:e.program(2,r,0),inverse:e.noop,data:r,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?i:"")},1:function(e,n,t,s,r){var i,o,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return(i=(o=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof o=="function"?o.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:r,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):o))!=null?i:""},2:function(e,n,t,s,r){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((i=(o=a(t,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof o=="function"?o.call(l,{name:"region",hash:{},data:r,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):o))!=null?i:"")+`"
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
  services     = { `+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,r,0),inverse:e.noop,data:r,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?i:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):o))!=null?i:"")+`-tfstate"
    prefix = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):o))!=null?i:"")+`"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,r){var i,o,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    secret_suffix = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):o))!=null?i:"")+`"
    namespace     = "`+((i=(o=u(t,"name")||l(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof o===c?o.call(a,{name:"name",hash:{},data:r,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):o))!=null?i:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function ml(e){let n=oh[e];if(!n)throw new Error(`No template ${e} in this build`);return ul.template(n)}var pl=new Map;function T(e,n){let t=pl.get(e);return t||(t=ml(e),pl.set(e,t)),t(n)}import{posix as fh}from"node:path";var dl={"X-Forwarded-Proto":"https"};function x(e){let n=e.deploy.healthPath;return n?{path:n,route:!0}:{path:"/",route:!1}}function Ee(){return{path:"/",route:!1}}function Q(e){return e.route?400:500}function fl(e,n){return e.route?`GET ${e.path} on port ${n} answers below 400`:`GET / on port ${n} answers below 500 (no health route: any answer shows the server is up)`}function Z(e,n,t){let s=`http://127.0.0.1:${n}${t.path}`,r=Q(t);switch(e){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${s}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${r})`].join(`
`)];case"node":return["node","-e",`fetch('${s}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${r} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",s]}}var qo={$comment:"Every container image the baseline pins, by tag and multi-arch index digest. Refresh: docs/base-images.md. Never invent a digest.",images:{"python:3.9-slim":{image:"python",tag:"3.9-slim",digest:"sha256:50c261237b02d3597d9ad74e72f6d67daadb1494856902b28db0d888091f0592",source:"docker-library/repo-info repos/python/remote/3.9-slim.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Python 3.9.16, January 2023: the only stored snapshot; Python 3.9 is end of life, so expect Dependabot to propose the final digest)"},"python:3.10-slim":{image:"python",tag:"3.10-slim",digest:"sha256:63669fd2563fa90b0442fa7b568e66e3667755636cda086d7bcaaa895f66fe39",source:"docker-library/repo-info repos/python/remote/3.10-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.10.20)"},"python:3.11-slim":{image:"python",tag:"3.11-slim",digest:"sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff",source:"docker-library/repo-info repos/python/remote/3.11-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.11.15)"},"python:3.12-slim":{image:"python",tag:"3.12-slim",digest:"sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36",source:"docker-library/repo-info repos/python/remote/3.12-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.12.13)"},"python:3.13-slim":{image:"python",tag:"3.13-slim",digest:"sha256:9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6",source:"docker-library/repo-info repos/python/remote/3.13-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.13.14)"},"python:3.14-slim":{image:"python",tag:"3.14-slim",digest:"sha256:e11c17f46f87983eb946b121694dedba6290ee2b0dd5294d137d82943502d179",source:"docker-library/repo-info repos/python/remote/3.14-slim.md at 34fa04a4e3c62b28b3d13a50a409ef82d6c52f2f (OCI image index, Python 3.14.7)"},"node:18-alpine":{image:"node",tag:"18-alpine",digest:"sha256:fda98168118e5a8f4269efca4101ee51dd5c75c0fe56d8eb6fad80455c2f5827",source:"docker-library/repo-info repos/node/remote/18-alpine.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Node.js 18.13.0, January 2023: the only stored snapshot; Node.js 18 is end of life, so expect Dependabot to propose the final digest)"},"node:20-alpine":{image:"node",tag:"20-alpine",digest:"sha256:8401816e353182af32bc4b49a5c238920a3287cc78f2596800c391490c0254c5",source:"maxmood96/repo-info repos/node/remote/20-alpine.md at 00e6f9021e0c34c679a005054b4cd5903a0b7536 (a mirror of docker-library/repo-info, whose own copy of this file is not in the code index; Docker manifest list, Node.js 20.12.2, April 2024)"},"node:22-alpine":{image:"node",tag:"22-alpine",digest:"sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402",source:"docker-library/repo-info repos/node/remote/22-alpine.md at 4211a1635d906d705a873434b7336b27c7678802 (OCI image index, Node.js 22.23.3, Alpine 3.24)"},"node:24-alpine":{image:"node",tag:"24-alpine",digest:"sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43",source:"docker-library/repo-info repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd (OCI image index, Node.js 24.19.0, Alpine 3.24)"},"postgres:17-alpine":{image:"postgres",tag:"17-alpine",digest:"sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24",source:"docker-library/repo-info repos/postgres/remote/17-alpine.md at 14ad5cc17dd0e9a01079feefc7a59c24536f5291 (OCI image index, PostgreSQL 17.11)"},"redis:7-alpine":{image:"redis",tag:"7-alpine",digest:"sha256:ff02b58f971e7d7d156a1267e283fcbbeee91773b6aa36c49dac28ecfe28eadf",source:"docker-library/repo-info repos/redis/remote/7-alpine.md at 1742085aa3304e996a45e00271d6b8308029b6e3 (OCI image index, Redis 7.4.11)"},"postgis/postgis:17-3.5-alpine":{image:"postgis/postgis",tag:"17-3.5-alpine",digest:"sha256:fae81f3e8da88b8e684c58c8a8616aadda72e6fc1affcb050b490891ecb3db1c",source:"not an official image, so no repo-info page: the multi-arch digest pinned in public repositories' compose files and docs (code search), described there as the reviewed multi-architecture image"},"nginxinc/nginx-unprivileged:1.29.5-alpine":{image:"nginxinc/nginx-unprivileged",tag:"1.29.5-alpine",digest:"sha256:42a7d7f2ee23e9f5a1dcdf3647ba5c585bbd18f79e79cd817e70e8cd61c55779",source:"not an official image: the same digest pinned in four independent public Dockerfiles (code search)"},"edoburu/pgbouncer:v1.25.1-p0":{image:"edoburu/pgbouncer",tag:"v1.25.1-p0",digest:"sha256:c7bfcaa24de830e29588bb9ad1eb39cebaf07c27149e1974445899b695634bb4",source:"not an official image: the same digest pinned in several public repositories' compose scripts (code search)"},"quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z":{image:"quay.io/minio/minio",tag:"RELEASE.2025-09-07T16-13-09Z",digest:"sha256:14cea493d9a34af32f524e538b8346cf79f3321eff8e708c1e2960462bd8936e",source:"not an official image (Docker Hub no longer serves minio/minio; quay.io does): the same digest pinned in many independent public compose files and tests (code search)"},"oven/bun:1-alpine":{image:"oven/bun",tag:"1-alpine",digest:"sha256:07235578f79ef8c6f97d94aee7938e76f5cdba5f21ae5dbfdd3d3d38058437eb",source:"not an official image: the same digest pinned in three independent public Dockerfiles and notes (code search; bun 1.4.0 on Alpine 3.22)"},"cloudflare/cloudflared:2026.3.0":{image:"cloudflare/cloudflared",tag:"2026.3.0",digest:"sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0",source:"not an official image: the same tag and digest pinned in eight independent public repositories (code search), among them randomcoww/homelab's Renovate-managed image list; has `tunnel ready` (cloudflared 2024.12+)"}},tools:{gunicorn:"27.0.1",uvicorn:"0.54.0","uvicorn-worker":"0.4.0",poetry:"2.5.1",uv:"0.13.8",ruff:"0.15.22",mypy:"1.19.1",pytest:"8.4.2",daphne:"4.2.3",flake8:"7.5.0",black:"26.10.1",isort:"9.0.2",pylint:"4.1.5",pyright:"1.1.414"}};var Nn=qo.images,oe=qo.tools;function B(e){let n=Nn[e];if(!n)throw G(`No pinned digest for image "${e}". Pinned: ${Object.keys(Nn).sort().join(", ")}`);return`${n.image}:${n.tag}@${n.digest}`}function Fv(){let e=(n,t)=>Object.values(Nn).filter(s=>s.image===n&&s.tag.endsWith(t)).map(s=>s.tag.slice(0,-t.length));return{node:e("node","-alpine"),python:e("python","-slim")}}function Uo(e){let n=e.split(".").slice(0,2).join(".");return hl("python",`${n}-slim`,"backend.version",e)}function Go(e,n){let t=e.split(".")[0]??e;return hl("node",`${t}-alpine`,n,e)}function hl(e,n,t,s){let r=`${e}:${n}`;if(!Nn[r]){let i=Object.values(Nn).filter(o=>o.image===e).map(o=>o.tag.replace(/-(slim|alpine)$/,""));throw G(`${t}: ${JSON.stringify(s)} has no pinned ${e} base image. Allowed: ${i.join(", ")} (see docs/base-images.md to add one)`)}return B(r)}var Gt="17",gl=`postgres:${Gt}-alpine`,sh=`postgis/postgis:${Gt}-3.5-alpine`;function un(e){return B(e.database==="postgis"?sh:gl)}function mn(){return B(gl)}function Ht(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:t=>n?`${e.workspaceDir}/${t}`:t}}function pn(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var Ln="/app",yl=e=>e==="."?Ln:`${Ln}/${e}`;function ah(e){return e.backend.kind==="fastapi"||/(^|\.)asgi:/.test(e.backend.app)}function Ft(e){let{port:n,appDir:t,migrationsDir:s,server:r}=e.backend,i=e.backend.appFactory?`${e.backend.app}()`:e.backend.app,o=t===s?[]:["--chdir",yl(t)];switch(r){case"uvicorn":return{packages:[`uvicorn==${oe.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(n),...t===s?[]:["--app-dir",yl(t)],...e.backend.appFactory?["--factory",e.backend.app]:[e.backend.app]]};case"daphne":return{packages:[`daphne==${oe.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(n),i]};case"gunicorn":{let l=ah(e);return{packages:[`gunicorn==${oe.gunicorn}`,...l?[`uvicorn-worker==${oe["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${n}`,...l?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...o,i]}}}}var bl={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${oe.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${oe.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function Kt(e,n){let t=e.backend.packageManager,s=bl[t]??bl.pip,r=e.database==="postgres"||e.database==="postgis",i=[...r?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],o=Ft(e),a=`python -c "import ${o.packages.map(p=>p.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${s.add} ${o.packages.join(" ")}`,{port:c,migrationsDir:u,settingsModule:m}=e.backend;return{title:n,serverName:o.argv[0],serverCmdline:o.argv.join(" "),baseImage:Uo(e.backend.version),tool:s.tool,uv:t==="uv",manifests:s.manifests,install:s.install,ensureServer:a,buildPackages:r?["libpq-dev"]:[],runtimePackages:i,settingsModule:m,collectStatic:e.backend.kind==="django"&&e.backend.collectStatic?lh(e):void 0,pythonPath:e.backend.server==="daphne"&&e.backend.appDir!==u?e.backend.appDir==="."?Ln:`${Ln}/${e.backend.appDir}`:void 0,workdir:u==="."?void 0:u,port:c,healthcheck:pn(Z("python",c,x(e))),cmd:pn(o.argv)}}function lh(e){let n='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(e.backend.importEnv??[]).map(s=>`${s}=${/DATABASE_URL|_DB_URL$/.test(s)?"sqlite:////tmp/collectstatic.sqlite3":n}`),"python manage.py collectstatic --noinput"].join(" ")}var _l={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:x,port:e=>e.backend.port,context:e=>Kt(e,"Django")};var kl="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function ch(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[kl,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[kl,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${B("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}var Vt=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port,buildScript:e.backend.buildScript===!1?void 0:e.backend.buildScript??uh(e)}),uh=e=>e.backend.kind==="nestjs"?"build":void 0,Bn=e=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:e.frontend.port,buildScript:"build"});function he(e,n,t){let s=Ht(n),r=ch(e.packageManager),{cmd:i,healthcheck:o,...l}=t(r,s);return{...s,baseImage:Go(e.nodeVersion,e.versionKey),pm:r,build:e.buildScript?r.run(e.buildScript):void 0,port:e.port,...l,healthcheck:pn(o),cmd:pn(i)}}var vl={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:x,port:e=>e.backend.port,context:(e,n)=>he(Vt(e),n,t=>({...e.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${t.run("build")}; fi`}:{},healthcheck:Z("node",e.backend.port,x(e)),cmd:e.backend.start??["node","."]}))};var wl={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:x,port:e=>e.backend.port,context:e=>Kt(e,"FastAPI")};var mh=["node","dist/main.js"],Sl={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:x,port:e=>e.backend.port,context:(e,n)=>he(Vt(e),n,()=>({healthcheck:Z("node",e.backend.port,x(e)),cmd:e.backend.start??mh}))};var Ho="docker/nginx-spa.conf";function Fo(e){return e.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var dn={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:Ee,port:e=>e.frontend.port,context:(e,n)=>he(Bn(e),n,(t,s)=>({title:Fo(e).title,outDir:e.frontend.outDir,runtimeImage:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:s.inService(Ho),healthcheck:Z("busybox",e.frontend.port,Ee()),cmd:["nginx","-g","daemon off;"]}))};var ph={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:Ee,port:e=>e.frontend.port,context:(e,n)=>he(Bn(e),n,(t,s)=>({healthcheck:Z("node",e.frontend.port,Ee()),cmd:["node",s.inService("server.js")]}))},dh={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:Ee,port:e=>e.frontend.port,context:(e,n)=>he(Bn(e),n,t=>({prune:t.prune,healthcheck:Z("node",e.frontend.port,Ee()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(e.frontend.port)]}))},$l={standalone:ph,default:dh,export:dn};var El={django:_l,fastapi:wl,express:vl,nestjs:Sl};function Ol(e){switch(e.frontend.kind){case"nextjs":return $l[e.frontend.nextOutput];case"react-vite":return dn;case"none":return}}var jn=(e,n)=>e==="."?n:`${e}/${n}`;function hh(e,n,t){let s=fh.relative(e==="."?"":e,n==="."?"":n);if(s.startsWith(".."))throw G(`${t}.context: "${e}" must contain ${t}.dir "${n}" (it is the folder the build starts from)`);return s===""?".":s}function N(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,t=[],s=(l,a,c,u)=>{let m=hh(c,a,l),p=n?`Dockerfile.${l}`:"Dockerfile";t.push({role:l,dir:a,context:c,dockerfile:jn(m,p),workspaceDir:m,strategy:u,port:u.port(e),probe:u.probe(e)})},{backend:r,frontend:i}=e;if(r.kind!=="none"){if(r.context!==r.dir&&(r.kind==="django"||r.kind==="fastapi"))throw G(`backend.context: a separate build context is supported for Node.js services; ${r.kind} builds from backend.dir`);s("backend",r.dir,r.context,El[r.kind])}let o=Ol(e);return o&&s("frontend",i.dir,i.context??i.dir,o),t}function V(e){return jn(e.context,e.dockerfile)}function Ko(e){return e.dockerfile==="Dockerfile"?jn(e.context,".dockerignore"):`${V(e)}.dockerignore`}function gh(e,n){let t=n.strategy.context(e,n);return JSON.parse(t.cmd??"[]").join(" ")}function Pl(e,n){let t=n.map(r=>({role:r.role,kind:r.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:V(r),context:r.context,command:gh(e,r),port:r.port,probe:fl(r.probe,r.port),packageManager:r.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),s=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:T("docs/containers.md.hbs",{images:t,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:s,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:x(e).route,healthPath:x(e).path,workspace:n.some(r=>r.workspaceDir!=="."),pythonPackages:s?Ft(e).packages.join(", "):""})}}var zt="docker";function yh(e,n){let t=[{kind:"text",path:V(n),component:zt,comment:"hash",text:T(n.strategy.template,n.strategy.context(e,n))},{kind:"text",path:Ko(n),component:zt,comment:"hash",text:T(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===dn&&t.push({kind:"text",path:jn(n.dir,Ho),component:zt,comment:"hash",text:T("docker/static/nginx-spa.conf.hbs",{port:n.port,...Fo(e)})}),t}var Cl={name:zt,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=N(e);return n.length===0?[]:[...n.flatMap(t=>yh(e,t)),Pl(e,n)]}};var Tl="ubuntu-24.04",bh={contents:"read"};function F(e,n,t,s={}){return{name:e,"runs-on":Tl,"timeout-minutes":n,permissions:{...bh},...s,steps:t}}function Wt(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var Rl="app";function Yt(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:un(e),env:{POSTGRES_DB:Rl,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:B("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}var Al=e=>/DATABASE_URL|_DB_URL$/.test(e);function fn(e,n=!1){if(e.backend.kind!=="django")return{env:{},generated:[]};let t=e.backend.importEnv??[],s={};for(let i of t.filter(Al))s[i]=qn(e).DATABASE_URL??"sqlite:///ci.sqlite3";let r=new Set(t.filter(i=>!Al(i)));return n&&(r.add("DJANGO_SECRET_KEY"),s.DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1"),{env:s,generated:[...r].sort()}}function Mn(e){return e.length===0?[]:[L("throwaway-secrets","Random values for the secrets the app requires at import (this run only)",e.map(n=>`echo "${n}=$(openssl rand -hex 32)" >> "$GITHUB_ENV"`).join(`
`))]}function qn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgres://postgres@localhost:5432/${Rl}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var Il=e=>`ghcr.io/\${{ github.repository }}/${e}`,Dl="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",xl=e=>`ci-${e.role}:latest`;function Nl(e,n,t={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:V(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...t}}}function _h(e){let n=fn(e,!0);return{env:{...n.env,...qn(e)},generated:n.generated}}function Ll(e,n){let t=e.role==="backend",s=t?Yt(n):{},r=t?_h(n):{env:{},generated:[]},o=["docker run --detach --name app --network host \\",...[...Object.keys(r.env),...r.generated].sort().map(a=>`  --env ${a} \\`),'  "$IMAGE"'].join(`
`),l=`http://localhost:${e.port}`;return F(`Image ${e.role}: build and performance smoke test`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},Nl(e,!1,{load:!0,tags:xl(e)}),...Mn(r.generated),L("start","Start the container",o,{env:{IMAGE:xl(e),...r.env}}),L("wait-healthy","Wait until the container's health check passes",["for attempt in $(seq 1 60); do","  status=$(docker inspect --format '{{.State.Health.Status}}' app)",'  echo "attempt $attempt: $status"','  if [ "$status" = healthy ]; then exit 0; fi','  if [ "$status" = unhealthy ]; then break; fi',"  sleep 2","done",'echo "::error::The container did not become healthy"',"exit 1"].join(`
`)),{id:"setup-k6",name:"Set up k6",uses:k("grafana/setup-k6-action")},L("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:l,SMOKE_PATHS:e.probe.path,HEALTHY_BELOW:String(Q(e.probe))}}),L("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(s).length>0?{services:s}:{})}function Bl(e,n){return F(`Publish ${e.role} image to GHCR`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:k("docker/metadata-action"),with:{images:Il(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},Nl(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}"})],{needs:[...n],if:Dl,permissions:{contents:"read",packages:"write"}})}var jl={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},Ml="perf/smoke.js";function ql(e){return{kind:"text",path:Ml,component:"ci",comment:"slash",text:T("ci/k6-smoke.js.hbs",{...jl,port:e.port,paths:[e.probe.path],healthyBelow:Q(e.probe)})}}var Vo=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function Jt(e){return[I(),...e.stack.ci.setup(e.ctx),L("install","Install dependencies",e.stack.ci.install(e.ctx))]}function Un(e,n,t,s,r,i={}){let o=e.ctx.gates[n];if(o==="off"||!r)return[];if(o==="enforce")return[L(t,s,r,i)];let l=`${e.role}.gates.${n}`;return[L(t,`${s} (report only: ${l})`,["status=0",`(
${r}
) || status=$?`,'if [ "$status" -ne 0 ]; then',`  echo "::warning::${s} found problems (exit $status); ${l} is report, so CI goes on"`,`  echo "- ${s}: problems found (exit $status), not enforced (${l}: report)" >> "$GITHUB_STEP_SUMMARY"`,"else",`  echo "- ${s}: passed" >> "$GITHUB_STEP_SUMMARY"`,"fi"].join(`
`),i)]}function Ul(e){let n=e.stack.ci.testDir?.(e.ctx);return n&&n!=="."?{"working-directory":e.ctx.dir==="."?n:`${e.ctx.dir}/${n}`}:{}}function Gl(e,n={env:{},generated:[]}){let{ci:t}=e.stack,s=[...Un(e,"lint","lint","Lint",t.lint(e.ctx)),...Un(e,"format","format","Format check",t.format?.(e.ctx)),...Un(e,"typecheck","typecheck","Type-check",t.typecheck(e.ctx)),...Un(e,"test","unit-tests","Unit tests",t.unitTest(e.ctx),Ul(e)),...e.role==="library"&&t.build?[L("build","Build",t.build(e.ctx))]:[]];if(s.length===0)return;let r=s.map(o=>(o.name??o.id??"").replace(/ \(report only.*\)$/,"").toLowerCase()),i=n.env;return F(`${Vo(e)}: ${r.join(", ")}`,20,[...Jt(e),...Mn(n.generated),...s],{...Wt(e.ctx.dir),...Object.keys(i).length>0?{env:i}:{}})}function Hl(e,n){let{ci:t}=e.stack;if(!t.integrationTest)return;let s=n.database!=="none",r=[...Jt(e)],i=e.ctx.migrationsDir==="."?{}:{"working-directory":e.ctx.dir==="."?e.ctx.migrationsDir:`${e.ctx.dir}/${e.ctx.migrationsDir}`},o=s?t.migrate?.(e.ctx):void 0,l=o?t.migrateBuild?.(e.ctx):void 0;l&&r.push(L("build","Build (the migrate script runs against the build, as in the image)",l)),o&&r.push(L("migrate","Apply migrations",o,i));let a=s?t.migrationCheck?.(e.ctx):void 0;a&&r.push(L("migration-check","Check for missing migrations",a,i)),r.push(...Un(e,"test","integration-tests","Integration tests",t.integrationTest(e.ctx),Ul(e)));let c=Yt(n),u=fn(n),m={...u.env,...qn(n)};return r.splice(Jt(e).length,0,...Mn(u.generated)),F(`${Vo(e)}: migrations and integration tests`,30,r,{...Wt(e.ctx.dir),...Object.keys(c).length>0?{services:c}:{},...Object.keys(m).length>0?{env:m}:{}})}function Fl(e,n){let{ci:t}=e.stack;if(!t.build||!t.bundleDir)return;let s=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c "$f" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return F(`${Vo(e)}: build and bundle budget`,20,[...Jt(e),L("build","Production build",t.build(e.ctx)),L("bundle-budget","Bundle-size budget",s,{env:{BUNDLE_DIR:t.bundleDir(e.ctx),BUDGET_KB:String(n)}})],Wt(e.ctx.dir))}var Ue=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)};function kh(e){let n=s=>e.gates[s]!=="off",t=new Set;return n("lint")&&t.add(e.tools.lint==="flake8"||e.tools.lint==="pylint"?e.tools.lint:"ruff"),n("format")&&t.add(e.tools.format==="black"||e.tools.format==="isort"?e.tools.format:"ruff"),n("typecheck")&&t.add(e.tools.typecheck==="pyright"?"pyright":"mypy"),n("test")&&e.tools.test!=="django"&&t.add("pytest"),[...t]}function vh(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[Ue(e)],t={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[Ue(e)],s=kh(e);if(s.length===0)return n.join(`
`);let r=s.map(i=>`${i}==${oe[i]}`).join(" ");return[...n,"missing=()",`for tool in ${r}; do`,`  ${wh(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${t} "\${missing[@]}"; fi`].join(`
`)}function wh(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[Ue(e)]}function Xt(e,n){return["status=0",`${Oe(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function Oe(e,n){switch(Ue(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function Qt(e,n){switch(Ue(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function Zt(e,n){switch(Ue(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}function Sh(e){switch(e.tools.lint){case"flake8":return Oe(e,"flake8");case"pylint":return Oe(e,"pylint --recursive=y .");default:return Oe(e,"ruff check .")}}function $h(e){switch(e.tools.format){case"black":return Oe(e,"black --check --diff .");case"isort":return Oe(e,"isort --check-only --diff .");default:return Oe(e,"ruff format --check .")}}var er={codeqlLanguage:"python",setup:e=>ya(Ue(e),e.runtimeVersion,e.dir,oe.poetry),install:vh,lint:Sh,format:$h,typecheck:e=>e.tools.typecheck==="pyright"?Zt(e,"pyright"):Oe(e,"mypy ."),unitTest:e=>Xt(e,'-m "not integration"'),integrationTest:e=>Xt(e,"")};var Kl={...er,unitTest:()=>{},integrationTest:e=>e.tools.test==="django"?Qt(e,"manage.py test"):Xt(e,""),testDir:e=>e.tools.test==="django"?e.migrationsDir:void 0,migrate:e=>Qt(e,"manage.py migrate --noinput"),migrationCheck:e=>Qt(e,"manage.py makemigrations --check --dry-run")};function Vl(e){let n=e.packageManager;if(!ca.includes(n))throw new Error(`${n} is not a Node.js package manager`);return ba(n,e.runtimeVersion,e.dir,{...e.workspaceRoot?{root:e.workspaceRoot}:{},...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}})}var Gn=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function Eh(e){switch(Gn(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function z(e,n){return`${Gn(e)} run ${n}`}function hn(e,n){switch(Gn(e)){case"npm":case"pnpm":case"bun":return`${Gn(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function Oh(e,n){return["if [ -f tsconfig.json ]; then",`  ${ue(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function ue(e,n){switch(Gn(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var zl="typeorm-ts-node-commonjs",Wl="src/data-source.ts";function Ph(e){if(e.migrateScript)return z(e,e.migrateScript);switch(e.orm){case"prisma":return ue(e,"prisma migrate deploy");case"typeorm":return ue(e,`${zl} migration:run -d ${Wl}`);case"none":return}}function Ch(e){switch(e.orm){case"prisma":return ue(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":{let n=e.dataSource??Wl,t=/\.[cm]?js$/.test(n)?"typeorm":zl;return ue(e,`${t} migration:generate src/migrations/ci-check -d ${n} --check`)}case"none":return}}function Th(e,n){return[e,"if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",`  echo "::error::The ${n} changed files (it fixes rather than checks); commit its fixes:"`,"  git diff --stat","  exit 1","fi"].join(`
`)}function Ah(e){switch(e.tools.lint){case"script":return Th(z(e,"lint"),"lint script");case"eslint":return ue(e,"eslint .");case"biome":return ue(e,"biome lint .");default:return hn(e,"lint")}}function Rh(e){switch(e.tools.format){case"prettier":return ue(e,"prettier --check .");case"biome":return ue(e,"biome format .");case"script":return z(e,"format:check");default:return}}function zo(e,n){switch(e.tools.typecheck){case"script":return z(e,"typecheck");case"tsc":return ue(e,`tsc ${n}`);default:return Oh(e,n)}}var me={codeqlLanguage:"javascript-typescript",setup:Vl,install:Eh,lint:Ah,format:Rh,typecheck:e=>zo(e,"--noEmit"),unitTest:e=>e.tools.test==="script"?z(e,"test"):hn(e,"test"),migrate:Ph,migrateBuild:e=>e.migrateScript&&e.buildScript?z(e,e.buildScript):void 0,migrationCheck:Ch};var Yl={...me,integrationTest:e=>hn(e,"test:integration")};var Jl={...er,migrate:e=>Zt(e,"alembic upgrade head"),migrationCheck:e=>Zt(e,"alembic check")};var Xl={...me,integrationTest:e=>hn(e,"test:e2e"),build:e=>z(e,"build")};var Ql={...me,build:e=>z(e,"build"),bundleDir:e=>e.buildDir===".next"?".next/static":`${e.buildDir}/_next/static`};var Zl={...me,build:e=>z(e,"build")};var ec={...me,typecheck:e=>zo(e,"-b"),build:e=>z(e,"build"),bundleDir:e=>e.buildDir};var nr={django:{id:"django",role:"backend",language:"python",title:"Django",ci:Kl},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:Jl},express:{id:"express",role:"backend",language:"node",title:"Express",ci:Yl},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:Xl},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:Ql},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:ec},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:Zl}};function xh(e){return Object.fromEntries(ua.map(n=>[n,e?.[n]??"enforce"]))}var Wo=e=>({gates:xh(e.gates),tools:e.tools??{}}),Yo=e=>({workspaceRoot:e.context??e.dir,...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}}),Ih=e=>{let{migrateScript:n,dataSource:t,buildScript:s,kind:r}=e.backend,i=s===!1?void 0:s??(r==="nestjs"?"build":void 0);return{...n?{migrateScript:n}:{},...t?{dataSource:t}:{},...i?{buildScript:i}:{}}};function tr(e){let n=[],t={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:nr[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,migrationsDir:e.backend.migrationsDir,buildDir:e.frontend.outDir,...Ih(e),...Yo(e.backend),...Wo(e.backend),...t}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:nr[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",migrationsDir:".",buildDir:e.frontend.outDir,...Yo(e.frontend),...Wo(e.frontend),...t}}),e.library.kind==="node"&&n.push({role:"library",stack:nr["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",migrationsDir:".",buildDir:"dist",...Yo(e.library),...Wo(e.library),...t}}),n}function Dh(){return F("Baseline drift check",10,[I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},L("check","create-devops-baseline check",`npx --yes create-devops-baseline@${la} check`)])}function Nh(e){let n={};for(let r of tr(e)){let i=Gl(r,r.role==="backend"?fn(e):void 0);i&&(n[`${r.role}-checks`]=i);let o=r.role==="backend"?Hl(r,e):void 0;o&&(n[`${r.role}-integration`]=o);let l=r.role==="frontend"?Fl(r,e.frontend.bundleBudgetKb):void 0;l&&(n[`${r.role}-bundle`]=l)}let t=N(e);for(let r of t)n[`${r.role}-image`]=Ll(r,e);n.drift=Dh();let s=Object.keys(n);for(let r of t)n[`${r.role}-publish`]=Bl(r,s);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var nc={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:Nh(e)}],t=N(e)[0];return t&&n.push(ql(t)),n}};import{posix as Lh}from"node:path";function tc(e){let n=[],{backend:t,frontend:s}=e;if(t.kind==="django"||t.kind==="fastapi"){let i=t.packageManager,o=i==="uv"?"uv":"pip";n.push({ecosystem:o,renovate:i==="uv"?"pep621":i==="poetry"?"poetry":"pip_requirements",directory:t.dir})}else t.kind!=="none"&&n.push(Jo(t.packageManager,t.dir));s.kind!=="none"&&n.push(Jo(s.packageManager,s.dir)),e.library.kind!=="none"&&n.push(Jo(e.library.packageManager,e.library.dir));for(let i of N(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:Lh.dirname(V(i))});e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),oc(e)&&n.push({ecosystem:"docker",renovate:"kubernetes",directory:rc}),n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let r=new Set;return n.filter(i=>{let o=`${i.ecosystem}:${i.directory}`;return r.has(o)?!1:(r.add(o),!0)})}var rc="k8s/base",oc=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function Jo(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}function Bh(e,n){return{"package-ecosystem":e,..."directory"in n?{directory:n.directory}:{directories:[...n.directories]},schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${e}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}}var jh=e=>e==="."?"/":`/${e}`;function Mh(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:tc(e).map(t=>Bh(t.ecosystem,{directory:jh(t.directory)}))}}}function qh(e){let n=tc(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(t=>t.renovate))],...oc(e)?{kubernetes:{managerFilePatterns:[`/^${rc}/.+\\.yaml$/`]}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var ic={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?qh(e):Mh(e)]};var sc={contents:"read","security-events":"write"};function ac(e,n,t){let s=`trivy-${n}.sarif`,r=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:k("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...r,severity:t.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:s,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:k("github/codeql-action/upload-sarif"),with:{sarif_file:s,category:`trivy-${n}`}}]}function Xo(e,n){return F(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[I(),...ac({kind:e},e,n)],{permissions:{...sc}})}function lc(e,n){let t=`scan-${e.role}:latest`;return F(`Trivy: ${e.role} image`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:V(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:t}},...ac({kind:"image",ref:t},`image-${e.role}`,n)],{permissions:{...sc}})}function Uh(e){return[...new Set([...tr(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function Gh(e){return F("CodeQL (${{ matrix.language }})",30,[I(),{id:"codeql-init",name:"Initialize CodeQL",uses:k("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:k("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:Uh(e)}}})}var Hh={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},cc=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function Fh(e){let n=[...e].sort((t,s)=>cc.indexOf(t)-cc.indexOf(s))[0]??"HIGH";return Hh[n]}function Kh(e){return F("Dependency review",10,[I(),{id:"dependency-review",name:"Review dependency changes",uses:k("actions/dependency-review-action"),with:{"fail-on-severity":Fh(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function Vh(){return F("Secret scanning (gitleaks)",15,[I({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:k("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function zh(e){let n={"trivy-fs":Xo("fs",e),"trivy-config":Xo("config",e)};for(let t of N(e))n[`trivy-image-${t.role}`]=lc(t,e);return n.codeql=Gh(e),n["dependency-review"]=Kh(e),n.gitleaks=Vh(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var uc={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:zh(e)}]};var rr=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function Qo(){return["postgres",...rr.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var or={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var Wh=e=>e.database==="postgres"||e.database==="postgis";function Zo(e){let n=[],t=(s,r,i,o,l=!1)=>n.push({section:s,name:r,description:i,example:o,secret:l});return Wh(e)&&(t("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),t("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),t("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&t("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(t("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),t("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&t("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(t("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),t("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&t("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&t("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function D(e){return`\${${e}:?set ${e} in .env}`}var ge="db",Ge="redis",He="minio",ir="pgbouncer";function ye(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var Fe=e=>e.database==="postgres"||e.database==="postgis";function sr(e){return{image:un(e),command:Qo(),environment:{POSTGRES_USER:D("POSTGRES_USER"),POSTGRES_PASSWORD:D("POSTGRES_PASSWORD"),POSTGRES_DB:D("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:ye(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function ar(){return{image:B("redis:7-alpine"),command:["redis-server","--requirepass",D("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:D("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:ye(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function lr(){return{image:B("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:D("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:D("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:ye(["CMD","mc","ready","local"])}}function mc(){return{image:B("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:D("POSTGRES_USER"),DB_PASSWORD:D("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[ge]:{condition:"service_healthy"}},healthcheck:ye(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function cr(e,n){let t={};return Fe(e)&&(t.DATABASE_URL=`postgres://${D("POSTGRES_USER")}:${D("POSTGRES_PASSWORD")}@${n}:5432/${D("POSTGRES_DB")}`),e.cache==="redis"&&(t.REDIS_URL=`redis://:${D("REDIS_PASSWORD")}@${Ge}:6379/0`),e.objectStorage==="minio"&&(t.S3_ENDPOINT_URL=`http://${He}:9000`,t.AWS_ACCESS_KEY_ID=D("MINIO_ROOT_USER"),t.AWS_SECRET_ACCESS_KEY=D("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(t.S3_BUCKET=D("S3_BUCKET")),e.backend.kind==="django"&&(t.DJANGO_SECRET_KEY=D("DJANGO_SECRET_KEY"),t.DJANGO_ALLOWED_HOSTS=D("DJANGO_ALLOWED_HOSTS")),t}function ur(e,n){let t={};return Fe(e)&&(t[n]={condition:"service_healthy"}),e.cache==="redis"&&(t[Ge]={condition:"service_healthy"}),e.objectStorage==="minio"&&(t[He]={condition:"service_healthy"}),t}function gn(e,n){let t=n.strategy.probeRuntime(e),s=Z(t,n.port,n.probe);return t==="busybox"?ye(["CMD",...s]):ye(["CMD",...s],t==="python"?"30s":"20s")}function mr(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function pr(e){let n=N(e);return{backend:n.find(t=>t.role==="backend"),frontend:n.find(t=>t.role==="frontend")}}function Pe(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var yn="app",pc=e=>e==="."?".":`./${e}`,bn=(e,n)=>`127.0.0.1:${e}:${n}`;function ei(e){let n={},t={},{backend:s,frontend:r}=pr(e);if(s&&(n.backend={build:{context:pc(s.context),dockerfile:s.dockerfile},...Pe("environment",cr(e,ge)),ports:[bn(s.port,s.port)],...Pe("depends_on",ur(e,ge)),healthcheck:gn(e,s),networks:[yn]}),r){let i=s&&s.port===r.port?r.port+1:r.port;n.frontend={build:{context:pc(r.context),dockerfile:r.dockerfile},...Pe("environment",mr(e,s)),ports:[bn(i,r.port)],...s?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:gn(e,r),networks:[yn]}}return Fe(e)&&(n[ge]={...sr(e),ports:[bn(5432,5432)],networks:[yn]},t["db-data"]={}),e.cache==="redis"&&(n[Ge]={...ar(),ports:[bn(6379,6379)],networks:[yn]},t["redis-data"]={}),e.objectStorage==="minio"&&(n[He]={...lr(),ports:[bn(9e3,9e3),bn(9001,9001)],networks:[yn]},t["minio-data"]={}),{name:e.name,services:n,...Object.keys(t).length>0?{volumes:t}:{},networks:{[yn]:{}}}}function dc(e){let n=Zo(e);if(n.length===0)return;let t=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"],s="";for(let r of n)r.section!==s&&(s=r.section,t.push("",`# --- ${s} ---`)),t.push(`# ${r.description}${r.secret?" (secret)":""}`,`${r.name}=${r.example}`);return{kind:"text",path:".env.example",component:"compose",comment:"hash",text:`${t.join(`
`)}
`}}var ni=[];var We="edge",ze="data",_n="proxy",dr=8080,Yh=`http://127.0.0.1:${dr}/nginx-health`,Ye=e=>e.cloud==="compose",Ke=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),Ve=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}}),fc=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),ti=()=>({read_only:!0,...fc()});function Hn(e,n=[]){let t={},s={},{backend:r,frontend:i}=pr(e),o=Fe(e),l={};r&&(t.backend={image:D("BACKEND_IMAGE"),...Pe("environment",cr(e,o?ir:ge)),...Pe("depends_on",ur(e,ir)),healthcheck:gn(e,r),networks:[We,ze],...Ve(),...ti(),tmpfs:["/tmp"],deploy:Ke("1.0","512M")},l.backend={condition:"service_healthy"}),i&&(t.frontend={image:D("FRONTEND_IMAGE"),...Pe("environment",mr(e,r)),...r?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:gn(e,i),networks:[We],...Ve(),...ti(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${Ht(i).inService(".next/cache")}`]:["/tmp"],deploy:Ke("0.5","256M")},l.frontend={condition:"service_healthy"}),t[_n]={image:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),...Ye(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:l,healthcheck:ye(["CMD","wget","-q","--spider",Yh]),networks:[We],...Ve(),...ti(),tmpfs:["/tmp"],deploy:Ke("0.5","128M")},o&&(t[ge]={...sr(e),networks:[ze],...Ve(),deploy:Ke("1.0","1G")},t[ir]={...mc(),networks:[ze],...Ve(),...fc(),deploy:Ke("0.25","64M")},s["db-data"]={}),e.cache==="redis"&&(t[Ge]={...ar(),networks:[ze],...Ve(),deploy:Ke("0.5","256M")},s["redis-data"]={}),e.objectStorage==="minio"&&(t[He]={...lr(),networks:[ze],...Ve(),deploy:Ke("0.5","512M")},s["minio-data"]={});let a={name:e.name,services:t,...Object.keys(s).length>0?{volumes:s}:{},networks:{[We]:{},[ze]:{internal:!0}}};for(let c of n)a=hc(a,c);return a}function hc(e,n){let t=(r,i,o)=>{for(let l of Object.keys(i??{}))if(r&&l in r)throw new Error(`compose: ${o} "${l}" is already defined`);return{...r,...i}},s=t(e.volumes,n.volumes,"volume");return{...e,services:t(e.services,n.services,"service"),...Object.keys(s).length>0?{volumes:s}:{},networks:t(e.networks,n.networks,"network")}}var ri="compose",gc={name:ri,description:"Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",render:e=>{if(N(e).length===0)return[];let n=ni.map(r=>r(e)).filter(r=>r!==void 0),t=[{kind:"yaml",path:"docker-compose.yml",component:ri,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:ei(e)},{kind:"yaml",path:"compose.prod.yml",component:ri,headerComment:Ye(e)?"Single-host production behind the Cloudflare tunnel: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d. Needs .env. No port is published.":"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.",data:Hn(e,n)}],s=dc(e);return s&&t.push(s),t}};function A(e){let n=[],t=N(e),s=r=>{let i=t.find(o=>o.role===r);if(!i)throw new Error(`no ${r} image build`);return{context:i.context,dockerfile:V(i),port:i.port,probe:i.probe,healthPath:i.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...s("backend"),urlVar:"API_URL",migrate:W(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...s("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function W(e){return e.database==="postgres"||e.database==="postgis"}function oi(e,n){let t=A(e);return{options:e,environment:n,services:t,migrator:t.find(s=>s.migrate),hasDatabase:W(e)}}function be(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var ee=e=>`${e.options.name}-${e.environment}`,w=(...e)=>`${e.join(`
`)}
`,fr=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:w('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function yc(e){let n=e.deploy.region??"us-east-1",t=`${e.name}-production`,s=e.backend.kind!=="none"?`${t}-api`:`${t}-web`,r=e.deploy.strategy==="rolling"?s:`${s}-blue ${s}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${t} --services ${r} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${t} --region ${n} --since 30m --follow`,events:`aws ecs describe-services --region ${n} --cluster ${t} --services ${r} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${t} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${t} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${s} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${t} --services ${s}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${s} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${s}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${t}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var hr=e=>e.options.deploy.strategy!=="rolling";function gr(e,n){let t=`${ee(e)}-${n.key}`;return{service:t,blue:`${t}-blue`,green:`${t}-green`,loadBalancer:t}}function Jh(e,n){let t=gr(e,n),s=n.key;return[hr(e)?{id:`previous-${s}`,name:`Find the live and idle ${s} services (blue/green)`,env:{LB_NAME:t.loadBalancer,BLUE:t.blue,GREEN:t.green},run:w(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${s}.json"`)}:{id:`previous-${s}`,name:`Record the running ${s} task definition`,env:{SERVICE:t.service},run:w(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${s}.json"`)},{id:`render-${s}`,name:`Put the new ${s} image into the task definition`,uses:k("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${s}.json`,"container-name":s,image:`\${{ env.IMAGE_${s.toUpperCase()} }}`}},{id:`register-${s}`,name:`Register the ${s} task definition (no service: deploy comes after migrations)`,uses:k("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${s}.outputs.task-definition }}`}}]}function Xh(e,n){return hr(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:gr(e,n).service}var bc={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:ee(e),DB_INSTANCE_ID:ee(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:k("aws-actions/amazon-ecr-login")}],prepare:Jh,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:w('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:Xh(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:w(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:be(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let t=n.key,s=`\${{ steps.register-${t}.outputs.task-definition-arn }}`;return hr(e)?[{id:`deploy-${t}`,name:`Deploy ${t} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${t}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${t}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,TASK_DEFINITION:s},run:w(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${t}`,name:`Deploy ${t} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:gr(e,n).service,TASK_DEFINITION:s},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:w(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${t}},{TargetGroupArn=$LIVE_TG,Weight=${100-t}}]}" > /dev/null`)}],rollback:(e,n)=>{let t=n.key;return hr(e)?[{name:`Send all ${t} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${t}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${t}.outputs.live_tg }}`},run:w('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${t} is back on the previous version"`)}]:[{name:`Roll ${t} back to the previous task definition`,env:{SERVICE:gr(e,n).service,PREVIOUS:`\${{ steps.previous-${t}.outputs.task_definition }}`},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:yc,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function _c(e){let n=`${e.name}-production`,t=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,s=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${t} --resource-group ${n} --tail 200 --follow`,events:`az containerapp logs show --name ${t} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${t} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${t} --resource-group ${n} --image "$(az containerapp revision show --name ${t} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${t} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${t} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${t} --resource-group ${n} --revision "$(az containerapp show --name ${t} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${s} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${t} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var kc=e=>e.options.deploy.strategy!=="rolling",yr=(e,n)=>`${ee(e)}-${n.key}`,vc=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],wc={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:ee(e),PG_SERVER:`${ee(e)}-pg`}),login:vc,registry:()=>[...vc(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:w('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:yr(e,n)},run:w('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:w('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${ee(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let t=n.key,s={APP:yr(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Q(n.probe))};return kc(e)?[{id:`deploy-${t}`,name:`Deploy ${t} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...s,PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`},run:w("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:s,run:w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{APP:yr(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${t}" "$PREVIOUS=${100-t}" --output none`)}],rollback:(e,n)=>{let t=n.key,s={APP:yr(e,n),PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${t}.outputs.image }}`};return[{name:`Roll ${t} back to the previous revision`,env:s,run:kc(e)?w('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:_c,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var Je=["compose.prod.yml","compose.tunnel.yml"],ii=()=>`docker compose ${Je.map(e=>`-f ${e}`).join(" ")}`;function Sc(e){let n=ii(),t=`cd /srv/${e.name} && `,s=e.backend.kind!=="none"?"backend":"frontend";return{status:`${t}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${t}${n} logs --since 30m --tail 200 ${s}`,events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${t}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${s}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${s} "$previous"`].join(`
`),scaleOut:`${t}${n} up --detach --no-deps --scale ${s}=2 ${s}`,restartService:`${t}${n} restart ${s}`,storageCheck:`${t}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)"}}var $c=e=>`/srv/${e.name}`,Xe=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},si=e=>e.options.deploy.strategy==="blue-green",_e=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function Qh(e){let n=A(e).map(t=>({key:t.key,port:t.port,healthPath:t.probe.route?t.healthPath:"",...Xe(t)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/deploy_remote.sh.hbs",{deployDir:$c(e),composeFiles:Je,services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:be(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var Ec={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:$c(e.options)}),login:()=>[{name:"Load the deploy SSH key into an agent",uses:k("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:w("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:w(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${Je.join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,'scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r cloudflared deploy scripts "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"')}],registry:fr,prepare:(e,n)=>[si(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:w(`echo "colour=$(${_e(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:w(`echo "image=$(${_e(`current ${Xe(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:w(_e('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(_e('migrate "$IMAGE"'))}],deploy:(e,n)=>[si(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(`idle=$(${_e(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(_e(`deploy ${Xe(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:w(_e(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>si(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:w(_e(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:w(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,_e(`deploy ${Xe(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[Qh(e)],runbook:Sc,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function Oc(e){let n=e.deploy.region??"us-central1",t=`${e.name}-production`,s=e.backend.kind!=="none"?`${t}-api`:`${t}-web`;return{status:`gcloud run services describe ${s} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${s}" AND severity>=WARNING' --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${s} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${t} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${t} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${s} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${s} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${s} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${s} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${t}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var ai="us-central1",Zh=e=>e.options.deploy.strategy!=="rolling",eg=e=>e.options.deploy.region??ai,br=(e,n)=>`${ee(e)}-${n.key}`,Pc=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],Cc={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:ai,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:eg(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:ee(e)}),login:Pc,registry:e=>[...Pc(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??ai,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:w('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:br(e,n)},run:w(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:w(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${ee(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let t=n.key,s={SERVICE:br(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Q(n.probe))};return Zh(e)?[{id:`deploy-${t}`,name:`Deploy ${t} without traffic and check the tagged revision`,"timeout-minutes":20,env:s,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} and move all traffic once the revision is ready`,"timeout-minutes":20,env:s,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{SERVICE:br(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${t},$PREVIOUS=${100-t}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:br(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:Oc,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};function Tc(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function Ac(e){let n=`${e.name}-prod`,t=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${t} --since 30m --all-containers --prefix`,events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${mn()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${t}`,`kubectl --namespace ${n} rollout undo deployment/${t}`,`kubectl --namespace ${n} rollout status deployment/${t} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${t} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${t}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var ci=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,Rc=e=>e==="production"?"prod":"dev",li=(e,n)=>`${e.options.name}-${n.key}`;function xc(e,n,t,s){let r=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...s?[`  echo "nameSuffix: ${s}"`]:[],`  echo "resources: [${t}]"`,'  echo "images:"'];for(let i of e.services)r.push(`  echo "  - { name: ${i.image}, newName: \${IMAGE_${i.key.toUpperCase()}%:*}, newTag: \${IMAGE_${i.key.toUpperCase()}##*:} }"`);return r.push(`} > ${n}/kustomization.yaml`),r}var Ic=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],Dc={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:ci(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:k("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:w('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:fr,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:li(e,n)},run:w(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...xc(e,"k8s/release",`../overlays/${Rc(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:w('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...Ic("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:w(...xc(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...Ic("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${Rc(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:li(e,n)},run:w("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:li(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[Tc(e)],runbook:Ac,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};var Qe={"aws-ecs":bc,"gcp-cloud-run":Cc,"azure-container-apps":wc,kubernetes:Dc,compose:Ec};function Nc(e){let n=Qe[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw G(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var ui=e=>e.key==="api"?8081:8082,Lc="deploy/switch/nginx.conf";function Bc(e){let n=A(e).map(t=>({key:t.key,switchPort:ui(t)}));return{kind:"text",path:Lc,component:"deploy",comment:"hash",text:T("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function jc(e){let n=Hn(e).services,t={},s=A(e);for(let r of s){let{service:i,imageVar:o}=Xe(r),l=n[i];if(!l)throw new Error(`compose.prod.yml has no ${i} service`);t[`${i}-green`]={...l,image:`\${${o}_GREEN:-\${${o}}}`}}return t.switch={image:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${Lc}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(s.map(r=>[Xe(r).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},t}var Mc="public, max-age=31536000, immutable",ng="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function qc(e,n){let t=n.some(o=>o.role==="backend"),s=n.some(o=>o.role==="frontend"),r=s?"frontend":"backend",i=[];if(t&&s){i.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."});let o=x(e);o.route&&o.path!=="/"&&!o.path.startsWith("/api/")&&i.push({match:`= ${o.path}`,upstream:"backend",why:"The API's health route."}),e.backend.kind==="django"&&i.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})}return t&&e.backend.kind==="django"&&i.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&i.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:Mc,expires:"1y"}),e.frontend.kind==="react-vite"&&i.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:Mc,expires:"1y"}),i.push({match:`~* \\.(?:${ng})$`,upstream:r,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),i.push({match:"/",upstream:r,why:s?"Everything else is the frontend.":"Everything else is the backend."}),i}var tg=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],rg="deploy/nginx/nginx.conf";function og(e){let n=Ye(e)&&e.deploy.strategy==="blue-green";return N(e).map(t=>n?{name:t.role,host:"switch",port:ui({key:t.role==="backend"?"api":"web"})}:{name:t.role,host:t.role,port:t.port})}function ig(e){let n=N(e),t=Ye(e),s=n.length===2,r=t&&s&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,i=qc(e,n).map(o=>r&&o.upstream==="frontend"?{...o,upstream:"$site"}:o);return T("proxy/nginx.conf.hbs",{upstreams:og(e),locations:i,tunnel:t,apiHost:r,securityHeaders:tg,rateLimit:20,rateBurst:40})}var Uc={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>N(e).length===0?[]:[{kind:"text",path:rg,component:"proxy",comment:"hash",text:ig(e)}]};var Gc="deploy/pgbouncer/pgbouncer.ini",mi="database-guidance",Hc=e=>e.database==="postgres"||e.database==="postgis";function sg(e){return{kind:"text",path:"docs/database.md",component:mi,comment:"html",text:T("docs/database.md.hbs",{postgres:Hc(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:rr.map(([n,t,s])=>({name:n,value:t,why:s})),pool:or,pgbouncerIni:Gc}).replace(/\n+$/,`
`)}}var Fc={name:mi,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[sg(e)];return Hc(e)&&N(e).length>0&&n.push({kind:"text",path:Gc,component:mi,comment:"hash",text:T("database/pgbouncer.ini.hbs",{pool:or})}),n}};var Kc=e=>`\${{ vars.${e} }}`;function _r(e,n,t){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${t})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,HEALTHY_BELOW:String(Q(e.probe)),DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function ag(e,n,t){let s=[...e.deploy(n,t)];switch(n.options.deploy.strategy){case"rolling":s.push(_r(t,"rollout","rolled out"));break;case"canary":s.push(...e.shift(n,t,10),_r(t,"canary","canary at 10%"),...e.shift(n,t,100),_r(t,"full","all traffic"));break;case"blue-green":s.push(...e.shift(n,t,100),_r(t,"switched","switched"));break}return s}var lg=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function pi(e,n,t){let s=oi(e,t),r=[I(),...n.login(s)];for(let a of s.services)r.push(...n.prepare(s,a));s.hasDatabase&&r.push(...n.snapshot(s)),s.migrator&&r.push(...n.migrate(s,s.migrator));for(let a of s.services)r.push(...ag(n,s,a));for(let a of s.services)r.push(...n.rollback(s,a).map((c,u)=>({...c,id:`rollback-${a.key}${u===0?"":`-${u}`}`,if:`\${{ failure() && (${lg(`deploy-${a.key}`)}) }}`})));let i={};for(let a of s.services)i[`IMAGE_${a.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${a.image}:\${{ github.sha }}`;let o={contents:"read",...n.deployPermissions},l=s.services.some(a=>a.key==="web")?Kc("WEB_URL"):Kc("API_URL");return{name:`Deploy to ${t}`,"runs-on":"ubuntu-latest",needs:t==="production"?["build","deploy-staging"]:["build"],environment:{name:t,url:l},permissions:o,concurrency:{group:`deploy-${t}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(s),...i},steps:r}}function cg(e,n){let t=[I(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")}];for(let s of A(e))t.push({id:`build-${s.key}`,name:`Build and push ${s.image}`,uses:k("docker/build-push-action"),with:{context:s.context,file:s.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${s.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${s.image}`,"cache-to":`type=gha,mode=max,scope=${s.image}`}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:t}}function ug(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:k("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function mg(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function di(e,n){let t={build:cg(e,n),"deploy-staging":pi(e,n,"staging"),"deploy-production":pi(e,n,"production"),release:ug()};return e.notifications.slack&&(t.notify=mg()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:t}}var pg=B("cloudflare/cloudflared:2026.3.0");function Vc(e){let n=e.deploy.strategy==="blue-green";return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: docker compose ${Je.map(t=>`-f ${t}`).join(" ")} up -d`,data:{services:{cloudflared:{image:pg,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[_n]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[We],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...n?{...jc(e),[_n]:{depends_on:{switch:{condition:"service_healthy"}}}}:{}}}}}function zc(e){let n=`http://${_n}:${dr}`,t=e.deploy.domain,s=A(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:t?[...s?[{hostname:`api.${t}`,service:n}]:[],{hostname:t,service:n},{service:"http_status:404"}]:[{service:n}]}}}function dg(e){if(A(e).length===0)return[];let n=Nc(e),t=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(di(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:x(e).path})},...n.files?.(e)??[]];return e.cloud==="compose"&&(t.push(Vc(e),zc(e)),e.deploy.strategy==="blue-green"&&t.push(Bc(e))),t}var Wc={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose tunnel.",render:dg};var fg={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},ie=e=>e.backup.bucket??`${e.name}-backups`;function hg(e,n){return{name:e.name,targetTitle:fg[n],retention:e.backup.retention,bucket:ie(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function Yc(e,n){let t=hg(e,n);return["backup_db.sh","restore_db.sh"].map(s=>({kind:"text",path:`scripts/${s}`,component:"backup",comment:"hash",executable:!0,text:T(`scripts/${s}.hbs`,t).replace(/\n{3,}/g,`

`)}))}function gg(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function yg(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var Jc={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},Fn={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},bg=["pg_dump","pg_restore","psql","createdb","dropdb"],_g=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function fi(){let e=_g.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:mn()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${bg.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var Xc=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:gg(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function Qc(e,n){let t=yg(e,n),s=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},r={};return n==="local"?r.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:s,"timeout-minutes":60,env:{...Jc,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[I(),fi(),{id:"backup",name:"Back up the database",env:Fn,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:Fn,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...Xc(e).map(i=>({...i,env:{...i.env,...Fn}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:Fn,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(r.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:s,"timeout-minutes":60,env:{...Jc,...t.env},steps:[I(),...t.steps,fi(),{id:"backup",name:"Back up the database",env:Fn,run:`bash scripts/backup_db.sh
`}]},r.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:s,"timeout-minutes":60,services:{scratch:{image:un(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...t.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[I(),...t.steps,fi(),...Xc(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:r}}function kg(e){let n=e.backup.target;return n==="none"||!W(e)?[]:[...Yc(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(Qc(e,n)))}]}var Zc={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:kg};var eu={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function nu(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${eu[n]}.md`}function hi(e){let[n,t,s,,r]=e.split(/\s+/),i=o=>o*3600;return r!=="*"?i(170):s!=="*"?i(746):t==="*"||t?.includes("/")||t?.includes(",")?i(n==="*"?1:2):i(26)}function Kn(e){let n=hi(e.backup.schedule),t=(r,i,o,l,a,c)=>({alert:r,expr:i,for:o,labels:{severity:l},annotations:{summary:a,description:c,runbook_url:nu(e,r)}}),s=[];return e.backend.kind!=="none"&&s.push(t("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),t("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),s.push(t("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),t("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),t("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&s.push(t("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),t("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),s}function vg(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let t='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${t}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${t}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let t=Math.ceil(hi(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${t+1}`}],at:t,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var wg=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function Sg(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,s)=>n[s]??"")}function tu(e,n=Kn(e)){let t=n.map(s=>{let r=vg(e,s.alert);return{interval:"1m",input_series:r.series,alert_rule_test:[{eval_time:`${r.at}m`,alertname:s.alert,exp_alerts:[{exp_labels:{...r.labels,severity:s.labels.severity},exp_annotations:{summary:Sg(s.annotations.summary,r.labels),description:s.annotations.description,runbook_url:s.annotations.runbook_url}}]}]}});return t.push({interval:"1m",input_series:wg,alert_rule_test:n.map(s=>({eval_time:"35m",alertname:s.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:t}}var gi="/etc/alertmanager/secrets";function $g(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",t=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${gi}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:t}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${gi}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:t}]};case"none":return{name:"oncall"}}}function ru(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${gi}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[$g(e)]}}function Eg(e){let n=A(e).find(s=>s.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]}];let t=[];return n&&t.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),t.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&t.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),t}function Og(e){if(A(e).length===0)return[];let n=Kn(e),t=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml"],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:Eg(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:tu(e,n)}];return e.alerting!=="none"&&t.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:ru(e)}),t}var ou={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:Og};function iu(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`<${e.notifications.email}> (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function su(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${ie(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${ie(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${ie(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${ie(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function Pg(e){let n=e.backup,t=`${ie(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${t}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${t}`;case"gcs":return`gcloud storage ls gs://${t}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${ie(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function au(e){let t=Qe[e.cloud].runbook(e),s=W(e),r={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],i=(c=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${iu(e)}.`,...c,`Platform fault suspected: ${r}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],l=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+x(e).path}" && echo healthy\` (API_URL: the production environment's variable)`,a=[];return s&&a.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${x(e).path} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${l}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:t.status},{label:"Application logs (look for connection errors)",command:t.logs},{label:"Database state",command:t.databaseStatus},{label:"Recent platform events",command:t.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:t.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:t.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:i(),verify:[l,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&a.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${su(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:t.storageCheck},{label:"Application logs",command:t.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:i(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),a.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[l,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:t.status},{label:"Errors in the logs",command:t.logs},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:t.events},...s?[{label:"Database health (a slow database shows as latency first)",command:t.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:t.rollback},{label:"Traffic surge: scale out",command:t.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:i(),verify:["HighErrorRate and HighLatencyP95 resolve.",l],related:["rollback","ddos-mitigation","incident-response"]}),a.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${t.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:t.status}],mitigate:[{label:"Block the offending sources at the edge",command:t.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:t.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:i(),verify:["CPU back under 70% and HighCpu resolved.",l,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),a.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${x(e).path} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:t.status},{label:"Logs of the new version",command:t.logs}],mitigate:[{label:"Put the previous version back",command:t.rollback},...s?[{label:"Migrations are not rolled back automatically. If the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since.",command:t.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:i(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[l,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),s&&a.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${su(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule \`${e.backup.schedule}\` (cron, UTC) and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:Pg(e)}]:[],{label:"State of the database to restore into",command:t.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:t.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:i(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[l,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]}),a.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${iu(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:t.status},{label:"Logs",command:t.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:i(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:a.map(c=>c.slug)}),a}function Cg(e){if(A(e).length===0)return[];let n=Qe[e.cloud].title,t=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`<${e.notifications.email}>`:"PagerDuty";return au(e).map(s=>({kind:"text",path:`docs/runbooks/${s.slug}.md`,component:"runbooks",comment:"html",text:T("runbooks/runbook.md.hbs",{...s,diagnose:s.diagnose.map(lu),mitigate:s.mitigate.map(r=>r.command?lu(r):r),name:e.name,cloudTitle:n,alertDestination:t,alertSource:"monitoring/alerts.yml"})}))}var lu=e=>({...e,label:/[.:?!]$/.test(e.label)?e.label:`${e.label}:`}),cu={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:Cg};var H=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name}),yi=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),bi=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),_i=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),uu=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function mu(e,n){let t=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(dl).map(([r,i])=>({name:r,value:i}))}}:{tcpSocket:{port:"http"}},s=(r,i)=>({...t,periodSeconds:r,timeoutSeconds:3,failureThreshold:i});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:yi(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:H(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:bi(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:uu(e),readinessProbe:s(5,3),livenessProbe:{...s(15,4),initialDelaySeconds:20},startupProbe:s(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:_i(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var pu=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{type:"ClusterIP",selector:yi(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),du=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),fu=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:yi(e,n.key)}}}),hu=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:H(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:H(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:bi(10001),containers:[{name:"migrate",image:n.image,command:be(e),envFrom:uu(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:_i(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function gu(e){if(!W(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:H(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:H(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:H(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:H(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:bi(70),containers:[{name:"pg-dump",image:mn(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:_i(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var yu=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:H(e,"config")},data:{APP_NAME:e.name,HEALTH_PATH:x(e).path,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),bu=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:H(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function _u(e,n){let t=l=>({service:{name:`${e.name}-${l.key}`,port:{name:"http"}}}),s=n.find(l=>l.key==="api"),r=n.find(l=>l.key==="web"),i=e.deploy.domain,o=[];if(i)s&&o.push({host:r?`api.${i}`:i,http:{paths:[{path:"/",pathType:"Prefix",backend:t(s)}]}}),r&&o.push({host:i,http:{paths:[{path:"/",pathType:"Prefix",backend:t(r)}]}});else{let l=[];if(s&&r){l.push({path:"/api",pathType:"Prefix",backend:t(s)});let a=x(e);a.route&&!a.path.startsWith("/api/")&&l.push({path:a.path,pathType:"Exact",backend:t(s)})}l.push({path:"/",pathType:"Prefix",backend:t(r??s)}),o.push({http:{paths:l}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:H(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...i?{tls:[{hosts:o.map(l=>l.host),secretName:`${e.name}-tls`}]}:{},rules:o}}}function ku(e,n){let t={"app.kubernetes.io/part-of":e.name},s=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:H(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:H(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let r of n){let i=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];r.key==="api"&&i.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),r.key==="api"&&i.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),s.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${r.key}-ingress`,labels:H(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":r.key,...t}},policyTypes:["Ingress"],ingress:[{from:i,ports:[{protocol:"TCP",port:r.port}]}]}})}return s}var vu=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var kr=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,kn=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function Tg(e){let n=A(e);return[yu(e),bu(e),...n.flatMap(t=>[mu(e,t),pu(e,t),du(e,t),fu(e,t)]),_u(e,n),...ku(e,n),...gu(e)]}function Ag(e){if(e.cloud!=="kubernetes")return[];let n=A(e);if(n.length===0)return[];let t=Tg(e),s=t.map(i=>kn(`k8s/base/${kr(i)}`,i));s.push(kn("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:t.map(kr)}));let r=n.find(i=>i.key==="api");if(r&&r.migrate){let i=hu(e,r);s.push(kn(`k8s/migrate/${kr(i)}`,i),kn("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[kr(i)]}))}for(let[i,o]of[["dev","staging"],["prod","production"]]){let l=ci(e.name,o);s.push(kn(`k8s/overlays/${i}/namespace.yaml`,vu(l)),kn(`k8s/overlays/${i}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:l,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":l},includeSelectors:!1}]}))}return s}var wu={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",render:Ag};function Rg(e){let n=A(e).map(s=>({id:`probe-${s.key}`,name:`Probe ${s.key} ${s.healthPath}`,env:{URL:`\${{ vars.${s.urlVar} }}${s.healthPath}`,HEALTHY_BELOW:String(Q(s.probe))},run:["for attempt in 1 2 3 4; do",`  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$URL") || status=000`,'  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi','  echo "attempt $attempt: $URL answered $status"','  if [ "$attempt" -lt 4 ]; then sleep 10; fi',"done",'echo "::error::$URL is down"',"exit 1",""].join(`
`)})),t={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}};return(e.notifications.slack||e.alerting==="slack")&&(t.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:["probe"],if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:t}}var Su={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert.",render:e=>A(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(Rg(e)))}]};var xg={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},Ig=e=>({name:e.name,region:e.deploy.region??Qe[e.cloud].defaultRegion??"",services:A(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:W(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:Gt,migrateCommand:`[${be(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:ie(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&W(e),gcsBackups:e.backup.target==="gcs"&&W(e),azureBackups:e.backup.target==="azure-blob"&&W(e),domain:e.deploy.domain??"",compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12)});function Dg(e){if(A(e).length===0)return[];let n=Ig(e);return[...xg[e.cloud],["common/github.tf.hbs","infra/github.tf"]].map(([s,r])=>({kind:"text",path:r,component:"infrastructure",comment:"hash",text:T(`terraform/${s}`,n).replace(/\n{3,}/g,`

`)}))}var $u={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:Dg};var Ng=".github/workflows/baseline-resync.yml";function Lg(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:k("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var Eu={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:Ng,component:"resync-workflow",data:Lg(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var ki=[nc,uc,ic,Cl,gc,Uc,Fc,Wc,Zc,ou,cu,wu,Su,$u,Eu];function XE(e){let n=e.exclude.filter(t=>!ki.some(s=>s.name===t));if(n.length>0)throw G(`exclude: ${n.map(t=>JSON.stringify(t)).join(", ")} is not a component. Allowed: ${ki.map(t=>t.name).join(", ")}`);return ki.filter(t=>!e.exclude.includes(t.name)).flatMap(t=>t.render(e))}function Pu(e){let n=e.split(`
`),t=[],s;for(let r=0;r<n.length;r++){let i=n[r],o=/^\s*(```|~~~)/.exec(i);if(o&&(s=s===void 0?o[1]:i.trim().startsWith(s)?void 0:s),s===void 0&&Ou(i)&&r+1<n.length&&Bg(n[r+1])){let l=r+2;for(;l<n.length&&Ou(n[l]);)l++;t.push(...jg(n.slice(r,l))),r=l-1;continue}t.push(i)}return t.join(`
`)}var Ou=e=>/^\s*\|.*\|\s*$/.test(e),Bg=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function vi(e){let n=e.trim().slice(1,-1),t=[],s="",r=!1;for(let i=0;i<n.length;i++){let o=n[i];o==="\\"&&n[i+1]==="|"?(s+="\\|",i++):o==="`"?(r=!r,s+=o):o==="|"&&!r?(t.push(s.trim()),s=""):s+=o}return t.push(s.trim()),t}function jg(e){let n=vi(e[0]),t=vi(e[1]).map(c=>c.startsWith(":")&&c.endsWith(":")?"center":c.endsWith(":")?"right":c.startsWith(":")?"left":"none"),s=e.slice(2).map(vi),r=Math.max(n.length,t.length,...s.map(c=>c.length)),i=Array.from({length:r},(c,u)=>Math.max(3,...[n,...s].map(m=>[...m[u]??""].length))),o=(c,u)=>{let m=i[u]-[...c].length;switch(t[u]??"none"){case"right":return" ".repeat(m)+c;case"center":return" ".repeat(Math.floor(m/2))+c+" ".repeat(Math.ceil(m/2));default:return c+" ".repeat(m)}},l=c=>`| ${c.map((u,m)=>o(u,m)).join(" | ")} |`,a=i.map((c,u)=>{switch(t[u]??"none"){case"left":return`:${"-".repeat(c-1)}`;case"right":return`${"-".repeat(c-1)}:`;case"center":return`:${"-".repeat(c-2)}:`;default:return"-".repeat(c)}});return[l(n),`| ${a.join(" | ")} |`,...s.map(l)]}function Cu(e){return`${wi(e,"",0,0)}
`}function wi(e,n,t,s){return Array.isArray(e)?qg(e,n,t,s):e!==null&&typeof e=="object"?Mg(e,n):JSON.stringify(e)??"null"}function Mg(e,n){let t=Object.entries(e).filter(([,i])=>i!==void 0);if(t.length===0)return"{}";let s=`${n}  `;return`{
${t.map(([i,o],l)=>{let a=`${s}${JSON.stringify(i)}: `,c=l<t.length-1?",":"";return a+wi(o,s,a.length,c.length)+c}).join(`
`)}
${n}}`}function qg(e,n,t,s){if(e.length===0)return"[]";let r=Tu(e);if(r!==void 0&&t+r.length+s<=80)return r;let i=`${n}  `;return`[
${e.map((l,a)=>{let c=a<e.length-1?",":"";return i+wi(l,i,i.length,c.length)+c}).join(`
`)}
${n}]`}function Ug(e){return Array.isArray(e)?e.length===0?"[]":Tu(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function Tu(e){if(e.length>1&&e.every(s=>Array.isArray(s)&&s.length>1))return;let t=e.map(Ug);return t.every(s=>s!==void 0)?`[${t.join(", ")}]`:void 0}function $i(e,n,t){let s=structuredClone(e);for(let[r,i]of Object.entries(n.set??{}))s=xu(s,Au(r),i,`${t}: overrides set "${r}"`);for(let r of n.delete??[])s=Si(s,Au(r),`${t}: overrides delete "${r}"`);return s}function Au(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function Ru(e,n,t){if(Array.isArray(e)){let s=e.findIndex(r=>r&&typeof r=="object"&&(r.id===n||r.name===n));return s>=0?s:/^\d+$/.test(n)&&e.every(r=>typeof r!="object"||r===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw G(`${t}: "${n}" is below a value that is not a map or a list`)}function xu(e,n,t,s){let[r,...i]=n;if(r===void 0)return t;let o=e??{},l=Ru(o,r,s);if(l===void 0&&Array.isArray(o)&&i.length===0&&Gg(t,r))return[...o,t];if(l===void 0)throw G(`${s}: no list item with id or name "${r}" (to append one, set a map whose id is "${r}")`);let a=Array.isArray(o)?[...o]:{...o};return a[l]=xu(a[l],i,t,s),a}var Gg=(e,n)=>e!==null&&typeof e=="object"&&(e.id===n||e.name===n);function Si(e,n,t){let[s,...r]=n;if(s===void 0)return e;let i=Ru(e,s,t);if(i===void 0||e[i]===void 0)throw G(`${t}: nothing at "${s}" to delete`);if(Array.isArray(e))return r.length===0?e.filter((l,a)=>a!==i):e.map((l,a)=>a===i?Si(l,r,t):l);let o={...e};return r.length===0?delete o[i]:o[i]=Si(o[i],r,t),o}var le=sa(vd(),1);var gv=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;function wd(e,n=[]){let t=new le.Document(e,{keepUndefined:!1,aliasDuplicateObjects:!1});return(0,le.visit)(t,{Scalar(s,r){s==="value"&&typeof r.value=="string"&&gv.test(r.value)&&(r.type=le.Scalar.QUOTE_DOUBLE)},Pair(s,r){if((0,le.isPair)(r)&&(0,le.isScalar)(r.key)&&r.key.value==="uses"&&(0,le.isScalar)(r.value)){let i=ha(String(r.value.value));i&&(r.value.comment=` ${i}`)}}}),n.length>0&&(t.commentBefore=n.map(s=>` ${s}`).join(`
`)),t.toString({lineWidth:0,indentSeq:!0,singleQuote:!1,flowCollectionPadding:!0})}function TO(e,n){let t=new Set,s=[];for(let r of e){if(t.has(r.path))throw new Error(`Two components render ${r.path}`);if(yv(r.path))throw new Error(`${r.component} renders ${r.path}: secrets files are the user's; render a .env.example instead`);t.add(r.path),!n.eject.includes(r.path)&&s.push(bv(r,n.overrides[r.path]))}for(let r of Object.keys(n.overrides))if(!t.has(r))throw G(`overrides: "${r}" is not a generated file. Generated: ${[...t].sort().join(", ")}`);return s.sort((r,i)=>r.path<i.path?-1:r.path>i.path?1:0)}function yv(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function bv(e,n){let t={path:e.path,component:e.component};switch(e.kind){case"yaml":{let s=n?$i(e.data,n,e.path):e.data,r=[ko("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...t,content:wd(s,r),executable:!1}}case"json":{let s=n?$i(e.data,n,e.path):e.data;return{...t,content:Cu(s),executable:!1}}case"text":{if(n)throw G(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let s=e.path.endsWith(".md")?Pu(e.text):e.text,r=s.endsWith(`
`)?s:`${s}
`;return{...t,content:pa(r,e.comment),executable:e.executable??!1}}}}export{ma as a,St as b,_v as c,k as d,I as e,fl as f,oe as g,Fv as h,N as i,gh as j,tr as k,Nh as l,Bh as m,jh as n,W as o,ki as p,XE as q,vd as r,$i as s,wd as t,TO as u};
