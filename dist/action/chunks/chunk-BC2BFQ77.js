import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{d as Fo,q as Ko}from"./chunk-WUGFVYXE.js";import{a as Wo}from"./chunk-YF4FYOKK.js";import{c as qo}from"./chunk-Q55NVSMI.js";import{a as I,b as v,d as Et,e as Pt,f as Yo,g as Ce,h as Re}from"./chunk-BSLZ6IGJ.js";import{a as Jl}from"./chunk-IICLQBK4.js";import{b as Vo,c as O}from"./chunk-HYMPNKDN.js";import{c as E,e as zo}from"./chunk-W2CXPP6G.js";var z=E(j=>{"use strict";j.__esModule=!0;j.extend=rr;j.indexOf=as;j.escapeExpression=is;j.isEmpty=ls;j.createFrame=ss;j.blockParams=cs;j.appendContextPath=us;var ns={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},ts=/[&<>"'`=]/g,os=/[&<>"'`=]/;function rs(e){return ns[e]}function rr(e){for(var n=1;n<arguments.length;n++)for(var o in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],o)&&(e[o]=arguments[n][o]);return e}var Ct=Object.prototype.toString;j.toString=Ct;var Ot=function(n){return typeof n=="function"};Ot(/x/)&&(j.isFunction=Ot=function(e){return typeof e=="function"&&Ct.call(e)==="[object Function]"});j.isFunction=Ot;var ar=Array.isArray||function(e){return e&&typeof e=="object"?Ct.call(e)==="[object Array]":!1};j.isArray=ar;function as(e,n){for(var o=0,s=e.length;o<s;o++)if(e[o]===n)return o;return-1}function is(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return os.test(e)?e.replace(ts,rs):e}function ls(e){return!e&&e!==0?!0:!!(ar(e)&&e.length===0)}function ss(e){var n=rr({},e);return n._parent=e,n}function cs(e,n){return e.path=n,e}function us(e,n){return(e?e+".":"")+n}});var se=E((Sn,ir)=>{"use strict";Sn.__esModule=!0;var Rt=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Tt(e,n){var o=n&&n.loc,s=void 0,a=void 0,r=void 0,t=void 0;o&&o.start&&(s=o.start.line,r=o.start.column,o.end&&(a=o.end.line,t=o.end.column),e+=" - "+s+":"+r);for(var l=Error.prototype.constructor.call(this,e),i=0;i<Rt.length;i++)this[Rt[i]]=l[Rt[i]];Error.captureStackTrace&&Error.captureStackTrace(this,Tt);try{o&&(this.lineNumber=s,this.endLineNumber=a,Object.defineProperty?(Object.defineProperty(this,"column",{value:r,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:t,enumerable:!0})):(this.column=r,this.endColumn=t))}catch{}}Tt.prototype=new Error;Sn.default=Tt;ir.exports=Sn.default});var sr=E((En,lr)=>{"use strict";En.__esModule=!0;var At=z();En.default=function(e){e.registerHelper("blockHelperMissing",function(n,o){var s=o.inverse,a=o.fn;if(n===!0)return a(this);if(n===!1||n==null)return s(this);if(At.isArray(n))return n.length>0?(o.ids&&(o.ids=[o.name]),e.helpers.each(n,o)):s(this);if(o.data&&o.ids){var r=At.createFrame(o.data);r.contextPath=At.appendContextPath(o.data.contextPath,o.name),o={data:r}}return a(n,o)})};lr.exports=En.default});var ur=E((Pn,cr)=>{"use strict";Pn.__esModule=!0;function ms(e){return e&&e.__esModule?e:{default:e}}var Ae=z(),ps=se(),ds=ms(ps);function fs(e){try{var n=e.return;Ae.isFunction(n)&&n.call(e)}catch{}}Pn.default=function(e){e.registerHelper("each",function(n,o){if(!o)throw new ds.default("Must pass iterator to #each");var s=o.fn,a=o.inverse,r=0,t="",l=void 0,i=void 0;o.data&&o.ids&&(i=Ae.appendContextPath(o.data.contextPath,o.ids[0])+"."),Ae.isFunction(n)&&(n=n.call(this)),o.data&&(l=Ae.createFrame(o.data));function u(b,ge,Yl,Ho){l&&(l.key=b,l.index=ge,l.first=ge===0,l.last=!!Yl,i&&(l.contextPath=i+b)),t=t+s(Ho,{data:l,blockParams:Ae.blockParams([Ho,b],[i+b,null])})}if(n&&typeof n=="object")if(Ae.isArray(n))for(var c=n.length;r<c;r++)r in n&&u(r,r,r===n.length-1,n[r]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),p=m.next();!p.done;){var d=m.next();try{u(r,r,d.done,p.value)}catch(b){throw d.done||fs(m),b}p=d,r++}else(function(){var b=void 0;Object.keys(n).forEach(function(ge){b!==void 0&&u(b,r-1,!1,n[b]),b=ge,r++}),b!==void 0&&u(b,r-1,!0,n[b])})();return r===0&&(t=a(this)),t})};cr.exports=Pn.default});var pr=E((xn,mr)=>{"use strict";xn.__esModule=!0;function gs(e){return e&&e.__esModule?e:{default:e}}var hs=se(),_s=gs(hs);xn.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new _s.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};mr.exports=xn.default});var hr=E((On,gr)=>{"use strict";On.__esModule=!0;function ys(e){return e&&e.__esModule?e:{default:e}}var dr=z(),bs=se(),fr=ys(bs);On.default=function(e){e.registerHelper("if",function(n,o){if(arguments.length!=2)throw new fr.default("#if requires exactly one argument");return dr.isFunction(n)&&(n=n.call(this)),!o.hash.includeZero&&!n||dr.isEmpty(n)?o.inverse(this):o.fn(this)}),e.registerHelper("unless",function(n,o){if(arguments.length!=2)throw new fr.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:o.inverse,inverse:o.fn,hash:o.hash})})};gr.exports=On.default});var yr=E((Cn,_r)=>{"use strict";Cn.__esModule=!0;Cn.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],o=arguments[arguments.length-1],s=0;s<arguments.length-1;s++)n.push(arguments[s]);var a=1;o.hash.level!=null?a=o.hash.level:o.data&&o.data.level!=null&&(a=o.data.level),n[0]=a,e.log.apply(e,n)})};_r.exports=Cn.default});var kr=E((Rn,br)=>{"use strict";Rn.__esModule=!0;Rn.default=function(e){e.registerHelper("lookup",function(n,o,s){return n&&s.lookupProperty(n,o)})};br.exports=Rn.default});var wr=E((Tn,vr)=>{"use strict";Tn.__esModule=!0;function ks(e){return e&&e.__esModule?e:{default:e}}var an=z(),vs=se(),ws=ks(vs);Tn.default=function(e){e.registerHelper("with",function(n,o){if(arguments.length!=2)throw new ws.default("#with requires exactly one argument");an.isFunction(n)&&(n=n.call(this));var s=o.fn;if(an.isEmpty(n))return o.inverse(this);var a=o.data;return o.data&&o.ids&&(a=an.createFrame(o.data),a.contextPath=an.appendContextPath(o.data.contextPath,o.ids[0])),s(n,{data:a,blockParams:an.blockParams([n],[a&&a.contextPath])})})};vr.exports=Tn.default});var Dt=E(An=>{"use strict";An.__esModule=!0;An.registerDefaultHelpers=Ls;An.moveHelperToHooks=Ns;function _e(e){return e&&e.__esModule?e:{default:e}}var $s=sr(),Ss=_e($s),Es=ur(),Ps=_e(Es),xs=pr(),Os=_e(xs),Cs=hr(),Rs=_e(Cs),Ts=yr(),As=_e(Ts),Ds=kr(),Is=_e(Ds),js=wr(),Bs=_e(js);function Ls(e){Ss.default(e),Ps.default(e),Os.default(e),Rs.default(e),As.default(e),Is.default(e),Bs.default(e)}function Ns(e,n,o){e.helpers[n]&&(e.hooks[n]=e.helpers[n],o||(e.helpers[n]=void 0))}});var Sr=E((Dn,$r)=>{"use strict";Dn.__esModule=!0;var Ms=z();Dn.default=function(e){e.registerDecorator("inline",function(n,o,s,a){var r=n;return o.partials||(o.partials={},r=function(t,l){var i=s.partials;s.partials=Ms.extend({},i,o.partials);var u=n(t,l);return s.partials=i,u}),o.partials[a.args[0]]=a.fn,r})};$r.exports=Dn.default});var Er=E(It=>{"use strict";It.__esModule=!0;It.registerDefaultDecorators=zs;function Us(e){return e&&e.__esModule?e:{default:e}}var Gs=Sr(),Hs=Us(Gs);function zs(e){Hs.default(e)}});var jt=E((In,Pr)=>{"use strict";In.__esModule=!0;var Vs=z(),De={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var o=Vs.indexOf(De.methodMap,n.toLowerCase());o>=0?n=o:n=parseInt(n,10)}return n},log:function(n){if(n=De.lookupLevel(n),typeof console<"u"&&De.lookupLevel(De.level)<=n){var o=De.methodMap[n];console[o]||(o="log");for(var s=arguments.length,a=Array(s>1?s-1:0),r=1;r<s;r++)a[r-1]=arguments[r];console[o].apply(console,a)}}};In.default=De;Pr.exports=In.default});var Bt=E(Ie=>{"use strict";Ie.__esModule=!0;Ie.createProtoAccessControl=Ws;Ie.resultIsAllowed=Ys;Ie.isPrototypeConstructor=Js;Ie.resetLoggedProperties=Zs;function qs(e){return e&&e.__esModule?e:{default:e}}var xr=z(),Fs=jt(),Ks=qs(Fs),jn=Object.create(null);function Ws(e){var n=Object.create(null);n.__proto__=!1,xr.extend(n,e.allowedProtoProperties);var o=Object.create(null);return o.constructor=!1,o.__defineGetter__=!1,o.__defineSetter__=!1,o.__lookupGetter__=!1,o.__lookupSetter__=!1,xr.extend(o,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:o,defaultValue:e.allowProtoMethodsByDefault}}}function Ys(e,n,o){return Or(typeof e=="function"?n.methods:n.properties,o)}function Js(e,n,o){return n==="constructor"&&typeof o=="function"&&e===o.prototype}function Or(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(Xs(n),!1)}function Xs(e){jn[e]!==!0&&(jn[e]=!0,Ks.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function Zs(){Object.keys(jn).forEach(function(e){delete jn[e]})}});var Ut=E(Y=>{"use strict";Y.__esModule=!0;Y.HandlebarsEnvironment=Mt;function Cr(e){return e&&e.__esModule?e:{default:e}}var ye=z(),Qs=se(),Lt=Cr(Qs),ec=Dt(),nc=Er(),tc=jt(),Bn=Cr(tc),oc=Bt(),rc="4.7.10";Y.VERSION=rc;var ac=8;Y.COMPILER_REVISION=ac;var ic=7;Y.LAST_COMPATIBLE_COMPILER_REVISION=ic;var lc={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};Y.REVISION_CHANGES=lc;var Nt="[object Object]";function Mt(e,n,o){this.helpers=e||{},this.partials=n||{},this.decorators=o||{},ec.registerDefaultHelpers(this),nc.registerDefaultDecorators(this)}Mt.prototype={constructor:Mt,logger:Bn.default,log:Bn.default.log,registerHelper:function(n,o){if(ye.toString.call(n)===Nt){if(o)throw new Lt.default("Arg not supported with multiple helpers");ye.extend(this.helpers,n)}else this.helpers[n]=o},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,o){if(ye.toString.call(n)===Nt)ye.extend(this.partials,n);else{if(typeof o>"u")throw new Lt.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=o}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,o){if(ye.toString.call(n)===Nt){if(o)throw new Lt.default("Arg not supported with multiple decorators");ye.extend(this.decorators,n)}else this.decorators[n]=o},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){oc.resetLoggedProperties()}};var sc=Bn.default.log;Y.log=sc;Y.createFrame=ye.createFrame;Y.logger=Bn.default});var Tr=E((Ln,Rr)=>{"use strict";Ln.__esModule=!0;function Gt(e){this.string=e}Gt.prototype.toString=Gt.prototype.toHTML=function(){return""+this.string};Ln.default=Gt;Rr.exports=Ln.default});var Ar=E(Ht=>{"use strict";Ht.__esModule=!0;Ht.wrapHelper=cc;function cc(e,n){if(typeof e!="function")return e;var o=function(){var a=arguments[arguments.length-1];return arguments[arguments.length-1]=n(a),e.apply(this,arguments)};return o}});var Lr=E(ce=>{"use strict";ce.__esModule=!0;ce.checkRevision=gc;ce.template=hc;ce.wrapProgram=Nn;ce.resolvePartial=_c;ce.invokePartial=yc;ce.noop=jr;function uc(e){return e&&e.__esModule?e:{default:e}}function mc(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var o in e)Object.prototype.hasOwnProperty.call(e,o)&&(n[o]=e[o]);return n.default=e,n}var pc=z(),be=mc(pc),dc=se(),V=uc(dc),ne=Ut(),Dr=Dt(),fc=Ar(),zt=Bt();function gc(e){var n=e&&e[0]||1,o=ne.COMPILER_REVISION;if(!(n>=ne.LAST_COMPATIBLE_COMPILER_REVISION&&n<=ne.COMPILER_REVISION))if(n<ne.LAST_COMPATIBLE_COMPILER_REVISION){var s=ne.REVISION_CHANGES[o],a=ne.REVISION_CHANGES[n];throw new V.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+s+") or downgrade your runtime to an older version ("+a+").")}else throw new V.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function hc(e,n){if(!n)throw new V.default("No environment passed to template");if(!e||!e.main)throw new V.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var o=e.compiler&&e.compiler[0]===7;function s(t,l,i){i.hash&&(l=be.extend({},l,i.hash),i.ids&&(i.ids[0]=!0)),t=n.VM.resolvePartial.call(this,t,l,i),i.hooks=this.hooks,i.protoAccessControl=this.protoAccessControl;var u=n.VM.invokePartial.call(this,t,l,i);if(u==null&&be.isFunction(t))throw new V.default("The partial "+i.name+" returned no output: partials must return a string");if(u==null&&n.compile){if(typeof t!="string")throw new V.default("The partial "+i.name+" could not be compiled: partials must be strings or functions returning strings");i.partials[i.name]=n.compile(t,e.compilerOptions,n),u=i.partials[i.name](l,i)}if(u!=null){if(i.indent){for(var c=u.split(`
`),m=0,p=c.length;m<p&&!(!c[m]&&m+1===p);m++)c[m]=i.indent+c[m];u=c.join(`
`)}return u}else throw new V.default("The partial "+i.name+" could not be compiled when running in runtime-only mode")}var a={strict:function(l,i,u){if(!l||!(i in l))throw new V.default('"'+i+'" not defined in '+l,{loc:u});return a.lookupProperty(l,i)},lookupProperty:function(l,i){var u=l[i];if(u==null||Object.prototype.hasOwnProperty.call(l,i)&&!zt.isPrototypeConstructor(l,i,u)||zt.resultIsAllowed(u,a.protoAccessControl,i))return u},lookup:function(l,i){for(var u=l.length,c=0;c<u;c++){var m=l[c]&&a.lookupProperty(l[c],i);if(m!=null)return m}},lambda:function(l,i){return typeof l=="function"?l.call(i):l},escapeExpression:be.escapeExpression,invokePartial:s,fn:function(l){var i=e[l];return i.decorator=e[l+"_d"],i},programs:[],program:function(l,i,u,c,m){var p=this.programs[l],d=this.fn(l);return i||m||c||u?p=Nn(this,l,d,i,u,c,m):p||(p=this.programs[l]=Nn(this,l,d)),p},data:function(l,i){for(;l&&i--;)l=l._parent;return l},mergeIfNeeded:function(l,i){var u=l||i;return l&&i&&l!==i&&(u=be.extend({},i,l)),u},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function r(t){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],i=l.data;r._setup(l),!l.partial&&e.useData&&(i=bc(t,i));var u=void 0,c=e.useBlockParams?[]:void 0;e.useDepths&&(l.depths?u=t!=l.depths[0]?[t].concat(l.depths):l.depths:u=[t]);function m(p){return""+e.main(a,p,a.helpers,a.partials,i,c,u)}return m=Br(e.main,m,a,l.depths||[],i,c),m(t,l)}return r.isTop=!0,r._setup=function(t){if(t.partial)a.protoAccessControl=t.protoAccessControl,a.helpers=t.helpers,a.partials=t.partials,a.decorators=t.decorators,a.hooks=t.hooks;else{var l={};Ir(l,n.helpers,a),Ir(l,t.helpers,a),a.helpers=l,e.usePartial&&(a.partials=a.mergeIfNeeded(t.partials,n.partials)),(e.usePartial||e.useDecorators)&&(a.decorators=be.extend({},n.decorators,t.decorators)),a.hooks={},a.protoAccessControl=zt.createProtoAccessControl(t);var i=t.allowCallsToHelperMissing||o;Dr.moveHelperToHooks(a,"helperMissing",i),Dr.moveHelperToHooks(a,"blockHelperMissing",i)}},r._child=function(t,l,i,u){if(e.useBlockParams&&!i)throw new V.default("must pass block params");if(e.useDepths&&!u)throw new V.default("must pass parent depths");return Nn(a,t,e[t],l,0,i,u)},r}function Nn(e,n,o,s,a,r,t){function l(i){var u=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],c=t;return t&&i!=t[0]&&!(i===e.nullContext&&t[0]===null)&&(c=[i].concat(t)),o(e,i,e.helpers,e.partials,u.data||s,r&&[u.blockParams].concat(r),c)}return l=Br(o,l,e,t,s,r),l.program=n,l.depth=t?t.length:0,l.blockParams=a||0,l}function _c(e,n,o){return e?typeof e!="function"&&!o.name&&(o.name=e,e=Mn(o.partials,e)):o.name==="@partial-block"?e=Mn(o.data,"partial-block"):e=Mn(o.partials,o.name),e}function yc(e,n,o){var s=Mn(o.data,"partial-block");o.partial=!0,o.ids&&(o.data.contextPath=o.ids[0]||o.data.contextPath);var a=void 0;if(o.fn&&o.fn!==jr&&(function(){o.data=ne.createFrame(o.data);var r=o.fn;a=o.data["partial-block"]=function(l){var i=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return i.data=ne.createFrame(i.data),i.data["partial-block"]=s,r(l,i)},r.partials&&(o.partials=be.extend({},o.partials,r.partials))})(),e===void 0&&a&&(e=a),e===void 0)throw new V.default("The partial "+o.name+" could not be found");if(e instanceof Function)return e(n,o)}function jr(){return""}function Mn(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function bc(e,n){return(!n||!("root"in n))&&(n=n?ne.createFrame(n):{},n.root=e),n}function Br(e,n,o,s,a,r){if(e.decorator){var t={};n=e.decorator(n,t,o,s&&s[0],a,r,s),be.extend(n,t)}return n}function Ir(e,n,o){n&&Object.keys(n).forEach(function(s){var a=n[s];e[s]=kc(a,o)})}function kc(e,n){var o=n.lookupProperty;return fc.wrapHelper(e,function(s){return s.lookupProperty=o,s})}});var Mr=E((Un,Nr)=>{"use strict";Un.__esModule=!0;Un.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};Nr.exports=Un.default});var Vr=E((Gn,zr)=>{"use strict";Gn.__esModule=!0;function qt(e){return e&&e.__esModule?e:{default:e}}function Ft(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var o in e)Object.prototype.hasOwnProperty.call(e,o)&&(n[o]=e[o]);return n.default=e,n}var vc=Ut(),Ur=Ft(vc),wc=Tr(),$c=qt(wc),Sc=se(),Ec=qt(Sc),Pc=z(),Vt=Ft(Pc),xc=Lr(),Gr=Ft(xc),Oc=Mr(),Cc=qt(Oc);function Hr(){var e=new Ur.HandlebarsEnvironment;return Vt.extend(e,Ur),e.SafeString=$c.default,e.Exception=Ec.default,e.Utils=Vt,e.escapeExpression=Vt.escapeExpression,e.VM=Gr,e.template=function(n){return Gr.template(n,e)},e}var ln=Hr();ln.create=Hr;Cc.default(ln);ln.default=ln;Gn.default=ln;zr.exports=Gn.default});var Fr=E((xp,qr)=>{qr.exports=Vr().default});var Jo="create-devops-baseline",$n=`Owned by ${Jo}. Do not edit by hand: change devops-baseline config and run "npx ${Jo} synth".`,Xl=/^(#!|# ?(syntax|escape|check)=)/i;function xt(e){switch(e){case"hash":return`# ${$n}`;case"html":return`<!-- ${$n} -->`;case"slash":return`// ${$n}`;case"none":return}}function Xo(e,n){let o=xt(n);if(!o)return e;let s=e.split(`
`),a=0;for(;a<s.length&&Xl.test(s[a]);)a++;return s.splice(a,0,...n==="html"&&s[a]!==""?[o,""]:[o]),s.join(`
`)}function pp(e){return e.includes($n)}var Zo=Wo,Zl=new Map(Object.entries(Zo).map(([e,n])=>[e.toLowerCase(),n])),Ql=new Map(Object.values(Zo).map(e=>[e.sha,e.version]));function f(e){let n=e.split("/").slice(0,2).join("/"),o=Zl.get(n.toLowerCase());if(!o)throw new Vo("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${o.sha}`}function Qo(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?Ql.get(n):void 0}var tn=(e,n)=>e==="."?n:`${e}/${n}`;function w(e={}){return{id:"checkout",name:"Check out",uses:f("actions/checkout"),with:{"persist-credentials":!1,...e}}}function P(e,n,o,s={}){return{id:e,name:n,...s,run:o}}function nr(e,n,o,s){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:f("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":tn(o,"uv.lock")}}];let a=[];e==="poetry"&&a.push(P("install-poetry","Install Poetry",`pipx install ${s?`poetry==${s}`:"poetry"}`));let r=e==="poetry"?tn(o,"poetry.lock"):tn(o,"requirements*.txt");return a.push({id:"setup-python",name:"Set up Python",uses:f("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":r}}),a}var es={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},er=(e,n)=>tn(n,es[e]);function tr(e,n,o,s={}){let a=s.root??o,r=l=>({id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:l?{"node-version":n,cache:l,"cache-dependency-path":er(e,a)}:{"node-version":n}}),t={...s.pnpmVersion?{version:s.pnpmVersion}:{},package_json_file:tn(a,"package.json")};switch(e){case"npm":return[r("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:f("pnpm/action-setup"),with:t},r("pnpm")];case"yarn":return[P("enable-corepack","Enable corepack (yarn)","corepack enable"),r("yarn")];case"bun":return[r(),{id:"setup-bun",name:"Set up Bun",uses:f("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:f("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${er(e,a)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}function he(e,n){return e.variables.filter(o=>o.service===n).sort((o,s)=>o.name<s.name?-1:o.name>s.name?1:0)}var W=(e,n)=>he(e,n).filter(o=>o.stage==="run"),Te=(e,n)=>he(e,n).filter(o=>o.stage==="build");function H(e,n,o){return e.environments[n][o.name]??o.default??""}var on=(e,n,o)=>o.filter(s=>!s.secret&&(s.required||H(e,n,s)!==""));function rn(e){let n=e.required?"required":e.default!==void 0?`default ${e.default===""?'""':e.default}`:"optional";return`${e.readAt.length>0?`read at ${e.readAt.join(", ")}`:"set in the config"}; ${n}; ${e.secret?"secret":"plain"}; ${e.stage==="build"?"build time (image build arg)":"run time"}`}var le=e=>e==="api"?"backend":"frontend";function or(e,n,o){let s=on(e,n,W(e,le(o)));return s.length===0?{}:{"environment-variables":s.map(a=>`${a.name}=${H(e,n,a)}`).join(`
`)+`
`}}var Wr=zo(Fr());function Kr(e){e.registerHelper("eq",(n,o)=>n===o),e.registerHelper("includes",(n,o)=>Array.isArray(n)&&n.includes(o)),e.registerHelper("join",(n,o)=>Array.isArray(n)?n.join(typeof o=="string"?o:", "):"")}var Yr=Wr.default.create();Kr(Yr);var Rc={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((r=(t=c(o,"port")||l(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):t))!=null?r:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((r=(t=c(o,"port")||l(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):t))!=null?r:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((r=(c(o,"join")||l(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(i,c(n,"paths"),",",{name:"join",hash:{},data:a,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?r:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((r=(t=c(o,"healthyBelow")||l(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof t===u?t.call(i,{name:"healthyBelow",hash:{},data:a,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):t))!=null?r:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((r=(t=c(o,"vus")||l(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof t===u?t.call(i,{name:"vus",hash:{},data:a,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):t))!=null?r:"")+`,
  duration: "`+((r=(t=c(o,"duration")||l(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof t===u?t.call(i,{name:"duration",hash:{},data:a,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):t))!=null?r:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((r=(t=c(o,"p95Ms")||l(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof t===u?t.call(i,{name:"p95Ms",hash:{},data:a,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):t))!=null?r:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((r=(t=c(o,"maxErrorRate")||l(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof t===u?t.call(i,{name:"maxErrorRate",hash:{},data:a,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):t))!=null?r:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=e.strict,l=e.lambda,i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((r=l(t(i(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?r:"")+`
max_client_conn = `+((r=l(t(i(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?r:"")+`
default_pool_size = `+((r=l(t(i(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?r:"")+`
reserve_pool_size = `+((r=l(t(i(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?r:"")+`
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
`},useData:!0},"deploy/Caddyfile.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"	email "+((r=(t=l(o,"acmeEmail")||e.strict(n,"acmeEmail",{start:{line:7,column:9},end:{line:7,column:18}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"acmeEmail",hash:{},data:a,loc:{start:{line:7,column:7},end:{line:7,column:20}}}):t))!=null?r:"")+`
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return((r=e.lambda(n,n))!=null?r:"")+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:13,column:23},end:{line:13,column:53}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# TLS edge of the self-hosted target (compose.caddy.yml): Caddy obtains the Let's Encrypt certificate
# for these names over HTTP-01/TLS-ALPN-01 on ports 80/443, renews it about 30 days before it ends,
# keeps it in the caddy_data volume and redirects HTTP to HTTPS. Everything else (routing, rate
# limits, security headers, caching) stays in the nginx proxy behind it.
{
`+((r=c(o,"if").call(l,c(n,"acmeEmail"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:8,column:7}}}))!=null?r:"")+`	# Admin API on the container's loopback only: the healthcheck reads it, nothing outside can.
	admin `+((r=(t=c(o,"admin")||i(n,"admin",{start:{line:10,column:9},end:{line:10,column:14}}),typeof t===u?t.call(l,{name:"admin",hash:{},data:a,loc:{start:{line:10,column:7},end:{line:10,column:16}}}):t))!=null?r:"")+`
}

`+((r=c(o,"each").call(l,c(n,"hosts"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:13,column:0},end:{line:13,column:62}}}))!=null?r:"")+` {
	# Caddy replaces any X-Forwarded-For it did not set, so nginx can trust it as the client address.
	reverse_proxy `+((r=(t=c(o,"upstream")||i(n,"upstream",{start:{line:15,column:17},end:{line:15,column:25}}),typeof t===u?t.call(l,{name:"upstream",hash:{},data:a,loc:{start:{line:15,column:15},end:{line:15,column:27}}}):t))!=null?r:"")+`
	header -Server
	log
}
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # devops-baseline-ignore NG003 -- internal hop behind the proxy, which adds the security headers to every response
    server {
        listen `+((r=(t=c(o,"switchPort")||l(n,"switchPort",{start:{line:32,column:17},end:{line:32,column:27}}),typeof t===u?t.call(i,{name:"switchPort",hash:{},data:a,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):t))!=null?r:"")+`;
        location / {
            proxy_pass http://`+((r=(t=c(o,"key")||l(n,"key",{start:{line:34,column:32},end:{line:34,column:35}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:34,column:30},end:{line:34,column:37}}}):t))!=null?r:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"# Blue-green switch for "+((r=(t=i(o,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof t=="function"?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):t))!=null?r:"")+`: the proxy sends each service's traffic here, and this forwards it
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
`+((r=i(o,"each").call(l,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:40,column:9}}}))!=null?r:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,o,s,a){return"; this layer is cached until a manifest changes"},1:function(e,n,o,s,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,o,s,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"COPY "+((r=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"WORKDIR /app/"+((r=(t=i(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof t=="function"?t.call(l,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):t))!=null?r:"")+`
`+((r=i(o,"if").call(l,i(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?r:"")+`WORKDIR /app
`},5:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN "+((r=(t=l(o,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):t))!=null?r:"")+`
`},6:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`COPY . .
`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?r:"")},7:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(t=l(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):t))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((r=m(o,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(t=m(o,"baseImage")||i(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=m(o,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?r:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(t=m(o,"baseImage")||i(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):t))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((r=(t=m(o,"port")||i(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):t))!=null?r:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(t=m(o,"port")||i(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(t=m(o,"healthcheck")||i(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof t===u?t.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=m(o,"cmd")||i(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof t===u?t.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,o,s,a){return"; this layer is cached until a manifest changes"},1:function(e,n,o,s,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,o,s,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"COPY "+((r=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"WORKDIR /app/"+((r=(t=i(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof t=="function"?t.call(l,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):t))!=null?r:"")+`
`+((r=i(o,"if").call(l,i(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?r:"")+`WORKDIR /app
`},5:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN "+((r=(t=l(o,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):t))!=null?r:"")+`
`},6:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`COPY . .
`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?r:"")},7:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((r=(t=l(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):t))!=null?r:"")+`
`},8:function(e,n,o,s,a){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((r=m(o,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(t=m(o,"baseImage")||i(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=m(o,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?r:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?r:"")+"RUN "+((r=c(i(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(t=m(o,"baseImage")||i(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):t))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((r=(t=m(o,"port")||i(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):t))!=null?r:"")+`
WORKDIR /app
`+((r=m(o,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(t=m(o,"port")||i(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(t=m(o,"healthcheck")||i(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof t===u?t.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=m(o,"cmd")||i(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof t===u?t.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,o,s,a){return"; this layer is cached until a manifest changes"},1:function(e,n,o,s,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,o,s,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"COPY "+((r=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,o,s,a){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,o,s,a){var r;return"ARG "+((r=e.lambda(n,n))!=null?r:"")+`
`},6:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(t=l(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):t))!=null?r:"")+`
`},7:function(e,n,o,s,a){return`COPY . .
`},8:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:46,column:43},end:{line:46,column:55}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:46,column:41},end:{line:46,column:57}}}):t))!=null?r:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:47,column:43},end:{line:47,column:55}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:47,column:41},end:{line:47,column:57}}}):t))!=null?r:"")+"/.next/static ./"+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:47,column:75},end:{line:47,column:87}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:47,column:73},end:{line:47,column:89}}}):t))!=null?r:"")+`/.next/static
COPY --from=build /app/`+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:48,column:25},end:{line:48,column:37}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:48,column:23},end:{line:48,column:39}}}):t))!=null?r:"")+"/public ./"+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:48,column:51},end:{line:48,column:63}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:48,column:49},end:{line:48,column:65}}}):t))!=null?r:"")+`/public
`},9:function(e,n,o,s,a){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((r=c(o,"unless").call(l,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(t=c(o,"baseImage")||i(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):t))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(o,"each").call(l,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?r:"")+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(i(c(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?r:"")+`

# --- build ---
FROM deps AS build
`+((r=c(o,"if").call(l,c(c(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?r:"")+((r=c(o,"each").call(l,c(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?r:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:28,column:0},end:{line:32,column:7}}}))!=null?r:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((r=(t=c(o,"build")||i(n,"build",{start:{line:35,column:9},end:{line:35,column:14}}),typeof t===u?t.call(l,{name:"build",hash:{},data:a,loc:{start:{line:35,column:7},end:{line:35,column:16}}}):t))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(t=c(o,"baseImage")||i(n,"baseImage",{start:{line:38,column:7},end:{line:38,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:38,column:5},end:{line:38,column:18}}}):t))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((r=(t=c(o,"port")||i(n,"port",{start:{line:41,column:11},end:{line:41,column:15}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:41,column:9},end:{line:41,column:17}}}):t))!=null?r:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.program(9,a,0),data:a,loc:{start:{line:44,column:0},end:{line:54,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(t=c(o,"port")||i(n,"port",{start:{line:56,column:9},end:{line:56,column:13}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:56,column:7},end:{line:56,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(t=c(o,"healthcheck")||i(n,"healthcheck",{start:{line:58,column:10},end:{line:58,column:21}}),typeof t===u?t.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:58,column:8},end:{line:58,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=c(o,"cmd")||i(n,"cmd",{start:{line:59,column:6},end:{line:59,column:9}}),typeof t===u?t.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:59,column:4},end:{line:59,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,o,s,a){return"; this layer is cached until a manifest changes"},1:function(e,n,o,s,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,o,s,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"COPY "+((r=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,o,s,a){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,o,s,a){var r;return"ARG "+((r=e.lambda(n,n))!=null?r:"")+`
`},6:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):t))!=null?r:"")+`
RUN mkdir -p public \\
    && `+((r=(t=c(o,"build")||l(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof t===u?t.call(i,{name:"build",hash:{},data:a,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):t))!=null?r:"")+`
WORKDIR /app
`},7:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((r=(t=l(o,"build")||e.strict(n,"build",{start:{line:37,column:9},end:{line:37,column:14}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:37,column:7},end:{line:37,column:16}}}):t))!=null?r:"")+`
`},8:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:51,column:30},end:{line:51,column:42}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:51,column:28},end:{line:51,column:44}}}):t))!=null?r:"")+`/.next
WORKDIR /app/`+((r=(t=c(o,"workspaceDir")||l(n,"workspaceDir",{start:{line:52,column:15},end:{line:52,column:27}}),typeof t===u?t.call(i,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:52,column:13},end:{line:52,column:29}}}):t))!=null?r:"")+`
`},9:function(e,n,o,s,a){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((r=c(o,"unless").call(l,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(t=c(o,"baseImage")||i(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):t))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(o,"each").call(l,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?r:"")+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(i(c(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?r:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
`+((r=c(o,"if").call(l,c(c(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?r:"")+((r=c(o,"each").call(l,c(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?r:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:28,column:0},end:{line:38,column:7}}}))!=null?r:"")+"RUN "+((r=(t=c(o,"prune")||i(n,"prune",{start:{line:39,column:6},end:{line:39,column:11}}),typeof t===u?t.call(l,{name:"prune",hash:{},data:a,loc:{start:{line:39,column:4},end:{line:39,column:13}}}):t))!=null?r:"")+`

# --- runtime ---
FROM `+((r=(t=c(o,"baseImage")||i(n,"baseImage",{start:{line:42,column:7},end:{line:42,column:16}}),typeof t===u?t.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:42,column:5},end:{line:42,column:18}}}):t))!=null?r:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((r=(t=c(o,"port")||i(n,"port",{start:{line:45,column:11},end:{line:45,column:15}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:45,column:9},end:{line:45,column:17}}}):t))!=null?r:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((r=c(o,"if").call(l,c(n,"workspace"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.program(9,a,0),data:a,loc:{start:{line:49,column:0},end:{line:56,column:7}}}))!=null?r:"")+`USER node
EXPOSE `+((r=(t=c(o,"port")||i(n,"port",{start:{line:58,column:9},end:{line:58,column:13}}),typeof t===u?t.call(l,{name:"port",hash:{},data:a,loc:{start:{line:58,column:7},end:{line:58,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((r=(t=c(o,"healthcheck")||i(n,"healthcheck",{start:{line:60,column:10},end:{line:60,column:21}}),typeof t===u?t.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:60,column:8},end:{line:60,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=c(o,"cmd")||i(n,"cmd",{start:{line:61,column:6},end:{line:61,column:9}}),typeof t===u?t.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:61,column:4},end:{line:61,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,o,s,a){var r;return" "+((r=e.lambda(n,n))!=null?r:"")},1:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"RUN pip install --no-cache-dir "+((r=(t=l(o,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:a,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):t))!=null?r:"")+`
`},2:function(e,n,o,s,a){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return` \\
    DJANGO_SETTINGS_MODULE=`+((r=(t=l(o,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:a,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):t))!=null?r:"")},4:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return` \\
    PYTHONPATH=`+((r=(t=l(o,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:a,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):t))!=null?r:"")},5:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((r=t(o,"each").call(n??(e.nullContext||{}),t(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?r:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((r=(t=l(o,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:a,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):t))!=null?r:"")+`
`},7:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((r=(t=l(o,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:a,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):t))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(t=c(o,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===u?t.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?r:"")+" served by "+((r=(t=c(o,"serverName")||l(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof t===u?t.call(i,{name:"serverName",hash:{},data:a,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):t))!=null?r:"")+": "+((r=(t=c(o,"serverCmdline")||l(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof t===u?t.call(i,{name:"serverCmdline",hash:{},data:a,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):t))!=null?r:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((r=(t=c(o,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof t===u?t.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):t))!=null?r:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((r=c(o,"each").call(i,c(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?r:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((r=c(o,"if").call(i,c(n,"tool"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?r:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((r=c(o,"if").call(i,c(n,"uv"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?r:"")+`
WORKDIR /app
COPY `+((r=(t=c(o,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof t===u?t.call(i,{name:"manifests",hash:{},data:a,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):t))!=null?r:"")+` ./
RUN `+((r=(t=c(o,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof t===u?t.call(i,{name:"install",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):t))!=null?r:"")+`
RUN `+((r=(t=c(o,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof t===u?t.call(i,{name:"ensureServer",hash:{},data:a,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):t))!=null?r:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((r=(t=c(o,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof t===u?t.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):t))!=null?r:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((r=c(o,"if").call(i,c(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?r:"")+`
`+((r=c(o,"if").call(i,c(c(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?r:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((r=c(o,"if").call(i,c(n,"workdir"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?r:"")+`USER app
EXPOSE `+((r=(t=c(o,"port")||l(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((r=(t=c(o,"healthcheck")||l(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof t===u?t.call(i,{name:"healthcheck",hash:{},data:a,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=c(o,"cmd")||l(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof t===u?t.call(i,{name:"cmd",hash:{},data:a,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,o,s,a){return"; this layer is cached until a manifest changes"},1:function(e,n,o,s,a){var r;return((r=e.lambda(n,n))!=null?r:"")+`
`},2:function(e,n,o,s,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"COPY "+((r=e.lambda(e.strict(t(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?r:"")+` ./
`},4:function(e,n,o,s,a){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,o,s,a){var r;return"ARG "+((r=e.lambda(n,n))!=null?r:"")+`
`},6:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"WORKDIR /app/"+((r=(t=l(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:26,column:15},end:{line:26,column:27}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:26,column:13},end:{line:26,column:29}}}):t))!=null?r:"")+`
`},7:function(e,n,o,s,a){return`COPY . .
`},8:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return((r=(t=l(o,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:35,column:42},end:{line:35,column:54}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:35,column:40},end:{line:35,column:56}}}):t))!=null?r:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(t=c(o,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===u?t.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?r:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((r=c(o,"unless").call(i,c(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?r:"")+` ---
FROM `+((r=(t=c(o,"baseImage")||l(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof t===u?t.call(i,{name:"baseImage",hash:{},data:a,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):t))!=null?r:"")+` AS deps
WORKDIR /app
`+((r=c(o,"each").call(i,c(c(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?r:"")+"RUN "+((r=e.lambda(l(c(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?r:"")+`

# --- build: writes `+((r=(t=c(o,"outDir")||l(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof t===u?t.call(i,{name:"outDir",hash:{},data:a,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):t))!=null?r:"")+`/ ---
FROM deps AS build
`+((r=c(o,"if").call(i,c(c(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:19,column:0},end:{line:21,column:7}}}))!=null?r:"")+((r=c(o,"each").call(i,c(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:9}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:25,column:0},end:{line:29,column:7}}}))!=null?r:"")+"RUN "+((r=(t=c(o,"build")||l(n,"build",{start:{line:30,column:6},end:{line:30,column:11}}),typeof t===u?t.call(i,{name:"build",hash:{},data:a,loc:{start:{line:30,column:4},end:{line:30,column:13}}}):t))!=null?r:"")+`

# --- runtime: nginx as uid 101 on port `+((r=(t=c(o,"port")||l(n,"port",{start:{line:32,column:42},end:{line:32,column:46}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:32,column:40},end:{line:32,column:48}}}):t))!=null?r:"")+`, no Node.js ---
FROM `+((r=(t=c(o,"runtimeImage")||l(n,"runtimeImage",{start:{line:33,column:7},end:{line:33,column:19}}),typeof t===u?t.call(i,{name:"runtimeImage",hash:{},data:a,loc:{start:{line:33,column:5},end:{line:33,column:21}}}):t))!=null?r:"")+` AS runtime
COPY `+((r=(t=c(o,"spaConf")||l(n,"spaConf",{start:{line:34,column:7},end:{line:34,column:14}}),typeof t===u?t.call(i,{name:"spaConf",hash:{},data:a,loc:{start:{line:34,column:5},end:{line:34,column:16}}}):t))!=null?r:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((r=c(o,"if").call(i,c(n,"workspace"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:23},end:{line:35,column:64}}}))!=null?r:"")+((r=(t=c(o,"outDir")||l(n,"outDir",{start:{line:35,column:66},end:{line:35,column:72}}),typeof t===u?t.call(i,{name:"outDir",hash:{},data:a,loc:{start:{line:35,column:64},end:{line:35,column:74}}}):t))!=null?r:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((r=(t=c(o,"port")||l(n,"port",{start:{line:37,column:9},end:{line:37,column:13}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:37,column:7},end:{line:37,column:15}}}):t))!=null?r:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((r=(t=c(o,"healthcheck")||l(n,"healthcheck",{start:{line:39,column:10},end:{line:39,column:21}}),typeof t===u?t.call(i,{name:"healthcheck",hash:{},data:a,loc:{start:{line:39,column:8},end:{line:39,column:23}}}):t))!=null?r:"")+`
CMD `+((r=(t=c(o,"cmd")||l(n,"cmd",{start:{line:40,column:6},end:{line:40,column:9}}),typeof t===u?t.call(i,{name:"cmd",hash:{},data:a,loc:{start:{line:40,column:4},end:{line:40,column:11}}}):t))!=null?r:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,o,s,a){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,o,s,a){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Static site server for the "+((r=(t=c(o,"title")||l(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof t===u?t.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):t))!=null?r:"")+" build inside the frontend image (nginx-unprivileged, port "+((r=(t=c(o,"port")||l(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):t))!=null?r:"")+`).
server {
    listen `+((r=(t=c(o,"port")||l(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):t))!=null?r:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((r=(t=c(o,"assetsPath")||l(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof t===u?t.call(i,{name:"assetsPath",hash:{},data:a,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):t))!=null?r:"")+`: safe to cache for a year.
    location `+((r=(t=c(o,"assetsPath")||l(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof t===u?t.call(i,{name:"assetsPath",hash:{},data:a,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):t))!=null?r:"")+` {
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

`+((r=c(o,"if").call(i,c(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?r:"")+`}
`},useData:!0},"docs/configuration.md.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((r=(t=c(o,"name")||l(n,"name",{start:{line:15,column:5},end:{line:15,column:9}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:15,column:3},end:{line:15,column:11}}}):t))!=null?r:"")+"` | "+((r=(t=c(o,"service")||l(n,"service",{start:{line:15,column:17},end:{line:15,column:24}}),typeof t===u?t.call(i,{name:"service",hash:{},data:a,loc:{start:{line:15,column:15},end:{line:15,column:26}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"need")||l(n,"need",{start:{line:15,column:31},end:{line:15,column:35}}),typeof t===u?t.call(i,{name:"need",hash:{},data:a,loc:{start:{line:15,column:29},end:{line:15,column:37}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"secret")||l(n,"secret",{start:{line:15,column:42},end:{line:15,column:48}}),typeof t===u?t.call(i,{name:"secret",hash:{},data:a,loc:{start:{line:15,column:40},end:{line:15,column:50}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"stage")||l(n,"stage",{start:{line:15,column:55},end:{line:15,column:60}}),typeof t===u?t.call(i,{name:"stage",hash:{},data:a,loc:{start:{line:15,column:53},end:{line:15,column:62}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"staging")||l(n,"staging",{start:{line:15,column:67},end:{line:15,column:74}}),typeof t===u?t.call(i,{name:"staging",hash:{},data:a,loc:{start:{line:15,column:65},end:{line:15,column:76}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"production")||l(n,"production",{start:{line:15,column:81},end:{line:15,column:91}}),typeof t===u?t.call(i,{name:"production",hash:{},data:a,loc:{start:{line:15,column:79},end:{line:15,column:93}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"readAt")||l(n,"readAt",{start:{line:15,column:98},end:{line:15,column:104}}),typeof t===u?t.call(i,{name:"readAt",hash:{},data:a,loc:{start:{line:15,column:96},end:{line:15,column:106}}}):t))!=null?r:"")+` |
`},1:function(e,n,o,s,a){return"| Build-time (`NEXT_PUBLIC_*`, `VITE_*`) | repository Actions variables (infra/github-app-config.tf), passed as image build args | the same image: one build is promoted |\n"},2:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return((r=e.lambda(e.strict(t(n,"production"),"newSecret",{start:{line:32,column:2},end:{line:32,column:22}}),n))!=null?r:"")+`

`},3:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"`"+((r=e.lambda(n,n))!=null?r:"")+"`"+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:43},end:{line:38,column:73}}}))!=null?r:"")},4:function(e,n,o,s,a){return", "},5:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"; repository variables for the build args: "+((r=t(o,"each").call(n??(e.nullContext||{}),t(n,"buildVariables"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:147},end:{line:38,column:220}}}))!=null?r:"")},6:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return(r=t(o,"each").call(n??(e.nullContext||{}),t(n,"githubSecrets"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:39},end:{line:39,column:111}}}))!=null?r:""},7:function(e,n,o,s,a){return"none (cloud login is OIDC)"},8:function(e,n,o,s,a){return" and that every secret the platform injects exists (a missing one would stop the container from starting)"},9:function(e,n,o,s,a){return`Django: a \`LOGGING\` dict that writes JSON to stdout (python-json-logger):

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
`},10:function(e,n,o,s,a){return`FastAPI: give uvicorn (or gunicorn's uvicorn workers) a log config with a JSON formatter, so access and
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
`},11:function(e,n,o,s,a){return'Node.js: pino writes JSON lines to stdout by default (`nestjs-pino` for NestJS, `pino-http` for Express):\n\n```ts\nimport pino from "pino";\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });\n```\n'},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Configuration

Every environment variable the applications read, where each value lives in each environment, and how
to change one. Detected from the code (\`npx create-devops-baseline detect\` shows where each is read);
correct a guess in \`variables\` of the devops-baseline config, and set plain values per environment in
\`environments\`. Secrets are never in the config, in git, in Terraform or in workflow files.

Deploy target: **`+((r=(t=m(o,"cloudTitle")||l(n,"cloudTitle",{start:{line:8,column:19},end:{line:8,column:29}}),typeof t===u?t.call(i,{name:"cloudTitle",hash:{},data:a,loc:{start:{line:8,column:17},end:{line:8,column:31}}}):t))!=null?r:"")+`**.

## Variables

| Variable | Service | Required | Secret | Stage | staging | production | Read at |
|---|---|---|---|---|---|---|---|
`+((r=m(o,"each").call(i,m(n,"rows"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?r:"")+`
"secret store" in a cell: the value lives in the platform's secret store (below), never in a file.
"unset" means the code's own fallback applies.

## Where values live

| | staging | production |
|---|---|---|
| Plain values | `+((r=c(l(m(n,"staging"),"plainLives",{start:{line:25,column:19},end:{line:25,column:37}}),n))!=null?r:"")+" | "+((r=c(l(m(n,"production"),"plainLives",{start:{line:25,column:44},end:{line:25,column:65}}),n))!=null?r:"")+` |
| Secrets | `+((r=c(l(m(n,"staging"),"secretLives",{start:{line:26,column:14},end:{line:26,column:33}}),n))!=null?r:"")+" | "+((r=c(l(m(n,"production"),"secretLives",{start:{line:26,column:40},end:{line:26,column:62}}),n))!=null?r:"")+` |
`+((r=m(o,"if").call(i,m(n,"buildVariables"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:29,column:7}}}))!=null?r:"")+`
`+((r=m(o,"if").call(i,m(m(n,"production"),"newSecret"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:34,column:7}}}))!=null?r:"")+"GitHub environments (`staging`, `production`, infra/github.tf) hold only what the workflows need to\nreach the platform:\n\n- variables: "+((r=m(o,"each").call(i,m(n,"githubVars"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:13},end:{line:38,column:82}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"buildVariables"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:82},end:{line:38,column:227}}}))!=null?r:"")+`
- secrets: `+((r=m(o,"if").call(i,m(m(n,"githubSecrets"),"length"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:39,column:11},end:{line:39,column:152}}}))!=null?r:"")+"\n\n## Set or rotate a secret\n\nRun with `VALUE` set in your shell (for example `read -rs VALUE`), replacing `NAME`:\n\n```bash\n"+((r=c(l(m(n,"production"),"setSecret",{start:{line:46,column:3},end:{line:46,column:23}}),n))!=null?r:"")+`
`+((r=c(l(m(n,"production"),"reload",{start:{line:47,column:3},end:{line:47,column:20}}),n))!=null?r:"")+"\n```\n\nFor staging, the same commands with `"+((r=(t=m(o,"stagingPrefix")||l(n,"stagingPrefix",{start:{line:50,column:39},end:{line:50,column:52}}),typeof t===u?t.call(i,{name:"stagingPrefix",hash:{},data:a,loc:{start:{line:50,column:37},end:{line:50,column:54}}}):t))!=null?r:"")+"` instead of `"+((r=(t=m(o,"productionPrefix")||l(n,"productionPrefix",{start:{line:50,column:70},end:{line:50,column:86}}),typeof t===u?t.call(i,{name:"productionPrefix",hash:{},data:a,loc:{start:{line:50,column:68},end:{line:50,column:88}}}):t))!=null?r:"")+"`.\nTo rotate: set the new value, reload, check the health route, then revoke the old value at its\nissuer (the payment provider, the mail service…). A signing key such as `SECRET_KEY` logs every user\nout when it changes; Django's `SECRET_KEY_FALLBACKS` keeps old sessions valid during the switch.\n\n## Startup guard\n\nEach deploy job (`.github/workflows/deploy.yml`, step `startup-guard`) checks, before anything\nchanges, that every required variable has a value in its environment"+((r=m(o,"if").call(i,m(n,"checksAllSecrets"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:58,column:68},end:{line:58,column:204}}}))!=null?r:"")+`.
When it fails it names the variables; nothing was deployed. See
[the runbook](runbooks/missing-configuration.md).

## Logs

Write logs as JSON lines to stdout; the platform collects them. `+((r=(t=m(o,"logShipping")||l(n,"logShipping",{start:{line:64,column:66},end:{line:64,column:77}}),typeof t===u?t.call(i,{name:"logShipping",hash:{},data:a,loc:{start:{line:64,column:64},end:{line:64,column:79}}}):t))!=null?r:"")+`

\`\`\`bash
# recent lines
`+((r=(t=m(o,"logTail")||l(n,"logTail",{start:{line:68,column:3},end:{line:68,column:10}}),typeof t===u?t.call(i,{name:"logTail",hash:{},data:a,loc:{start:{line:68,column:0},end:{line:68,column:13}}}):t))!=null?r:"")+`
# error lines of the last 30 minutes, from where the logs are kept
`+((r=(t=m(o,"logQuery")||l(n,"logQuery",{start:{line:70,column:3},end:{line:70,column:11}}),typeof t===u?t.call(i,{name:"logQuery",hash:{},data:a,loc:{start:{line:70,column:0},end:{line:70,column:14}}}):t))!=null?r:"")+"\n```\n\n"+((r=m(o,"if").call(i,m(n,"django"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:0},end:{line:87,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"fastapi"),{name:"if",hash:{},fn:e.program(10,a,0),inverse:e.noop,data:a,loc:{start:{line:88,column:0},end:{line:103,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"node"),{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.noop,data:a,loc:{start:{line:104,column:0},end:{line:112,column:7}}}))!=null?r:"")},useData:!0},"docs/containers.md.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| "+((r=(t=c(o,"role")||l(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof t===u?t.call(i,{name:"role",hash:{},data:a,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):t))!=null?r:"")+" ("+((r=(t=c(o,"kind")||l(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof t===u?t.call(i,{name:"kind",hash:{},data:a,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):t))!=null?r:"")+") | `"+((r=(t=c(o,"dockerfile")||l(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof t===u?t.call(i,{name:"dockerfile",hash:{},data:a,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):t))!=null?r:"")+"` | `"+((r=(t=c(o,"context")||l(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof t===u?t.call(i,{name:"context",hash:{},data:a,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):t))!=null?r:"")+"` | "+((r=(t=c(o,"packageManager")||l(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof t===u?t.call(i,{name:"packageManager",hash:{},data:a,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):t))!=null?r:"")+" | `"+((r=(t=c(o,"command")||l(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof t===u?t.call(i,{name:"command",hash:{},data:a,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):t))!=null?r:"")+"` | "+((r=(t=c(o,"port")||l(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):t))!=null?r:"")+" | "+((r=(t=c(o,"probe")||l(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof t===u?t.call(i,{name:"probe",hash:{},data:a,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):t))!=null?r:"")+` |
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`## Health probes

`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?r:"")+`
`},2:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"The backend's health route is `"+((r=(t=l(o,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):t))!=null?r:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,o,s,a){var r,t=n??(e.nullContext||{}),l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((r=l(o,"if").call(t,l(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?r:"")},4:function(e,n,o,s,a){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,o,s,a){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,o,s,a){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(e,n,o,s,a){var r,t,l=e.strict,i=e.lambda,u=n??(e.nullContext||{}),c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"- **The server**: `"+((r=i(l(c(n,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),n))!=null?r:"")+"` loads `"+((r=i(l(c(n,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),n))!=null?r:"")+"`"+((r=c(o,"if").call(u,c(c(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?r:"")+"\n  from `"+((r=i(l(c(n,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),n))!=null?r:"")+"` inside `"+((r=i(l(c(n,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),n))!=null?r:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((r=i(l(c(n,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),n))!=null?r:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((r=(t=c(o,"pythonPackages")||l(n,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof t=="function"?t.call(u,{name:"pythonPackages",hash:{},data:a,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):t))!=null?r:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,o,s,a){return" (a factory, called once)"},9:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((r=t(o,"if").call(n??(e.nullContext||{}),t(t(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,a,0),inverse:e.program(11,a,0),data:a,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?r:"")},10:function(e,n,o,s,a){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,o,s,a){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"- **Listening on `process.env.PORT`** ("+((r=e.lambda(e.strict(t(n,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),n))!=null?r:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"- **Next.js output mode `"+((r=(t=i(o,"nextOutput")||e.strict(n,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof t=="function"?t.call(l,{name:"nextOutput",hash:{},data:a,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):t))!=null?r:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((r=i(o,"if").call(l,i(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"next_default"),{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"next_export"),{name:"if",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?r:"")},14:function(e,n,o,s,a){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,o,s,a){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'  `output: "export"` writes static files to `'+((r=(t=l(o,"outDir")||e.strict(n,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):t))!=null?r:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"- **A `build` script** that writes the production build to `"+((r=(t=l(o,"outDir")||e.strict(n,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):t))!=null?r:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,o,s,a){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=n??(e.nullContext||{}),l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((r=l(o,"each").call(t,l(n,"images"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?r:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((r=l(o,"if").call(t,l(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?r:"")+`## What the application must provide

`+((r=l(o,"if").call(t,l(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"django"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,a,0),inverse:e.noop,data:a,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?r:"")+`
`+((r=l(o,"if").call(t,l(n,"workspace"),{name:"if",hash:{},fn:e.program(18,a,0),inverse:e.noop,data:a,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?r:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u=e.lambda,c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((r=c(o,"if").call(l,c(n,"postgis"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.program(2,a,0),data:a,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?r:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((r=c(o,"each").call(l,c(n,"settings"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?r:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((r=(t=c(o,"pgbouncerIni")||i(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof t=="function"?t.call(l,{name:"pgbouncerIni",hash:{},data:a,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):t))!=null?r:"")+"` runs **transaction pooling**: "+((r=u(i(c(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?r:"")+` client connections share
`+((r=u(i(c(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?r:"")+" server connections per database and user (+"+((r=u(i(c(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?r:"")+` in reserve).
Size each application process's own pool small (`+((r=u(i(c(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?r:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((r=c(o,"if").call(l,c(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?r:"")+((r=c(o,"if").call(l,c(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?r:"")+((r=c(o,"if").call(l,c(n,"node"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?r:"")},1:function(e,n,o,s,a){return"PostGIS"},2:function(e,n,o,s,a){return"PostgreSQL"},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((r=(t=c(o,"name")||l(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):t))!=null?r:"")+"` | `"+((r=(t=c(o,"value")||l(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof t===u?t.call(i,{name:"value",hash:{},data:a,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):t))!=null?r:"")+"` | "+((r=(t=c(o,"why")||l(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof t===u?t.call(i,{name:"why",hash:{},data:a,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):t))!=null?r:"")+` |
`},4:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"postgis"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?r:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,o,s,a){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((r=e.lambda(e.strict(t(n,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),n))!=null?r:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
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
`},7:function(e,n,o,s,a){var r,t=e.strict,l=e.lambda,i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((r=l(t(i(n,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),n))!=null?r:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((r=l(t(i(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?r:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((r=l(t(i(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?r:"")+" }`.\n"},8:function(e,n,o,s,a){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=n??(e.nullContext||{}),l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((r=l(o,"if").call(t,l(n,"postgres"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?r:"")+((r=l(o,"if").call(t,l(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?r:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,o,s,a){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return(r=t(o,"if").call(n??(e.nullContext||{}),t(n,"edge"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:6,column:0},end:{line:15,column:0}}}))!=null?r:""},2:function(e,n,o,s,a){return`# Reverse proxy for compose.prod.yml behind Caddy: routing, security headers, compression, static
# caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, Caddy (compose.caddy.yml) is the only client, and
# Caddy terminates TLS with certificates it obtains and renews itself.
`},3:function(e,n,o,s,a){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},4:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`
`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:67,column:0},end:{line:75,column:7}}}))!=null?r:"")+`    set_real_ip_from 10.0.0.0/8;
    set_real_ip_from 172.16.0.0/12;
    set_real_ip_from 192.168.0.0/16;

    map $http_x_forwarded_proto $forwarded_proto {
        default $http_x_forwarded_proto;
        "" https;
    }
`},5:function(e,n,o,s,a){return`    # Requests arrive from cloudflared on the Docker network: the client is CF-Connecting-IP (rate limits
    # and logs use it), and the scheme is the one Cloudflare's edge saw.
    real_ip_header CF-Connecting-IP;
`},6:function(e,n,o,s,a){return`    # Requests arrive from Caddy on the Docker network: the client is the X-Forwarded-For Caddy sets
    # (rate limits and logs use it), and the scheme is the one Caddy saw.
    real_ip_header X-Forwarded-For;
`},7:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # `+((r=(t=c(o,"apiHost")||l(n,"apiHost",{start:{line:87,column:8},end:{line:87,column:15}}),typeof t===u?t.call(i,{name:"apiHost",hash:{},data:a,loc:{start:{line:87,column:6},end:{line:87,column:17}}}):t))!=null?r:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((r=(t=c(o,"apiHost")||l(n,"apiHost",{start:{line:90,column:10},end:{line:90,column:17}}),typeof t===u?t.call(i,{name:"apiHost",hash:{},data:a,loc:{start:{line:90,column:8},end:{line:90,column:19}}}):t))!=null?r:"")+` backend;
    }
`},8:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    upstream "+((r=(t=c(o,"name")||l(n,"name",{start:{line:95,column:15},end:{line:95,column:19}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:95,column:13},end:{line:95,column:21}}}):t))!=null?r:"")+` {
        server `+((r=(t=c(o,"host")||l(n,"host",{start:{line:96,column:17},end:{line:96,column:21}}),typeof t===u?t.call(i,{name:"host",hash:{},data:a,loc:{start:{line:96,column:15},end:{line:96,column:23}}}):t))!=null?r:"")+":"+((r=(t=c(o,"port")||l(n,"port",{start:{line:96,column:26},end:{line:96,column:30}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:96,column:24},end:{line:96,column:32}}}):t))!=null?r:"")+`;
        keepalive 16;
    }

`},9:function(e,n,o,s,a){return`    server {
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
`},10:function(e,n,o,s,a){return`    server {
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
`},11:function(e,n,o,s,a){return"$forwarded_proto"},12:function(e,n,o,s,a){return"$scheme"},13:function(e,n,o,s,a){var r;return"        add_header "+((r=e.lambda(n,n))!=null?r:"")+` always;
`},14:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"        # "+((r=(t=c(o,"why")||l(n,"why",{start:{line:167,column:12},end:{line:167,column:15}}),typeof t===u?t.call(i,{name:"why",hash:{},data:a,loc:{start:{line:167,column:10},end:{line:167,column:17}}}):t))!=null?r:"")+`
        location `+((r=(t=c(o,"match")||l(n,"match",{start:{line:168,column:19},end:{line:168,column:24}}),typeof t===u?t.call(i,{name:"match",hash:{},data:a,loc:{start:{line:168,column:17},end:{line:168,column:26}}}):t))!=null?r:"")+` {
            proxy_pass http://`+((r=(t=c(o,"upstream")||l(n,"upstream",{start:{line:169,column:32},end:{line:169,column:40}}),typeof t===u?t.call(i,{name:"upstream",hash:{},data:a,loc:{start:{line:169,column:30},end:{line:169,column:42}}}):t))!=null?r:"")+`;
`+((r=c(o,"if").call(i,c(n,"cache"),{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:170,column:0},end:{line:176,column:7}}}))!=null?r:"")+`        }

`},15:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"            expires "+((r=(t=c(o,"expires")||l(n,"expires",{start:{line:171,column:22},end:{line:171,column:29}}),typeof t===u?t.call(i,{name:"expires",hash:{},data:a,loc:{start:{line:171,column:20},end:{line:171,column:31}}}):t))!=null?r:"")+`;
            add_header Cache-Control "`+((r=(t=c(o,"cache")||l(n,"cache",{start:{line:172,column:40},end:{line:172,column:45}}),typeof t===u?t.call(i,{name:"cache",hash:{},data:a,loc:{start:{line:172,column:38},end:{line:172,column:47}}}):t))!=null?r:"")+`" always;
`+((r=c(o,"each").call(i,c(c(a,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:173,column:0},end:{line:175,column:9}}}))!=null?r:"")},16:function(e,n,o,s,a){var r;return"            add_header "+((r=e.lambda(n,n))!=null?r:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=c(o,"if").call(l,c(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:1,column:0},end:{line:15,column:7}}}))!=null?r:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((r=(t=c(o,"rateLimit")||i(n,"rateLimit",{start:{line:56,column:62},end:{line:56,column:71}}),typeof t===u?t.call(l,{name:"rateLimit",hash:{},data:a,loc:{start:{line:56,column:60},end:{line:56,column:73}}}):t))!=null?r:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((r=c(o,"if").call(l,c(n,"edge"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:65,column:0},end:{line:84,column:7}}}))!=null?r:"")+((r=c(o,"if").call(l,c(n,"apiHost"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:85,column:0},end:{line:92,column:7}}}))!=null?r:"")+`
`+((r=c(o,"each").call(l,c(n,"upstreams"),{name:"each",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:94,column:0},end:{line:100,column:9}}}))!=null?r:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((r=c(o,"if").call(l,c(n,"edge"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.program(10,a,0),data:a,loc:{start:{line:102,column:0},end:{line:146,column:7}}}))!=null?r:"")+`
        limit_req zone=per_ip burst=`+((r=(t=c(o,"rateBurst")||i(n,"rateBurst",{start:{line:148,column:38},end:{line:148,column:47}}),typeof t===u?t.call(l,{name:"rateBurst",hash:{},data:a,loc:{start:{line:148,column:36},end:{line:148,column:49}}}):t))!=null?r:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((r=c(o,"if").call(l,c(n,"edge"),{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.program(12,a,0),data:a,loc:{start:{line:155,column:43},end:{line:155,column:93}}}))!=null?r:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((r=c(o,"each").call(l,c(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?r:"")+`
`+((r=c(o,"each").call(l,c(n,"locations"),{name:"each",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:166,column:0},end:{line:179,column:9}}}))!=null?r:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return"`"+((r=e.lambda(n,n))!=null?r:"")+"`"+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?r:"")},1:function(e,n,o,s,a){return", "},2:function(e,n,o,s,a){var r;return"- "+((r=e.lambda(n,n))!=null?r:"")+`
`},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(t=c(o,"label")||l(n,"label",{start:{line:21,column:2},end:{line:21,column:7}}),typeof t===u?t.call(i,{name:"label",hash:{},data:a,loc:{start:{line:21,column:0},end:{line:21,column:9}}}):t))!=null?r:"")+"\n\n```bash\n"+((r=(t=c(o,"command")||l(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof t===u?t.call(i,{name:"command",hash:{},data:a,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):t))!=null?r:"")+"\n```\n\n"},4:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return(r=t(o,"if").call(n??(e.nullContext||{}),t(n,"command"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?r:""},5:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return((r=(t=l(o,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"label",hash:{},data:a,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):t))!=null?r:"")+`

`},6:function(e,n,o,s,a){var r,t=e.lambda,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"["+((r=t(n,n))!=null?r:"")+"]("+((r=t(n,n))!=null?r:"")+".md)"+((r=l(o,"unless").call(n??(e.nullContext||{}),l(a,"last"),{name:"unless",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?r:"")},7:function(e,n,o,s,a){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((r=(t=c(o,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof t===u?t.call(i,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):t))!=null?r:"")+`

`+((r=(t=c(o,"purpose")||l(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof t===u?t.call(i,{name:"purpose",hash:{},data:a,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):t))!=null?r:"")+`

| | |
|---|---|
| Service | \``+((r=(t=c(o,"name")||l(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):t))!=null?r:"")+"` on "+((r=(t=c(o,"cloudTitle")||l(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof t===u?t.call(i,{name:"cloudTitle",hash:{},data:a,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):t))!=null?r:"")+` |
| Alert | `+((r=c(o,"each").call(i,c(n,"alerts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?r:"")+" ("+((r=(t=c(o,"alertSource")||l(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof t===u?t.call(i,{name:"alertSource",hash:{},data:a,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):t))!=null?r:"")+`) |
| Severity | `+((r=(t=c(o,"severity")||l(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof t===u?t.call(i,{name:"severity",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):t))!=null?r:"")+` |
| Alerts go to | `+((r=(t=c(o,"alertDestination")||l(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof t===u?t.call(i,{name:"alertDestination",hash:{},data:a,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):t))!=null?r:"")+` |

## 1. Confirm

`+((r=c(o,"each").call(i,c(n,"confirm"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?r:"")+`
## 2. Diagnose

`+((r=c(o,"each").call(i,c(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?r:"")+`## 3. Mitigate

`+((r=c(o,"each").call(i,c(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?r:"")+`## 4. Escalate

`+((r=c(o,"each").call(i,c(n,"escalate"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?r:"")+`
## 5. Verify recovery

`+((r=c(o,"each").call(i,c(n,"verify"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?r:"")+`
Related: `+((r=c(o,"each").call(i,c(n,"related"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?r:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'default_dir="'+((r=(t=l(o,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):t))!=null?r:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((r=(t=c(o,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof t===u?t.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):t))!=null?r:"")+'" default_prefix="'+((r=(t=c(o,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof t===u?t.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):t))!=null?r:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,o,s,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,o,s,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,o,s,a){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,o,s,a){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,o,s,a){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,o,s,a){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,o,s,a){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`#!/usr/bin/env bash
# Backs up `+((r=(t=m(o,"name")||l(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):t))!=null?r:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((r=(t=m(o,"targetTitle")||l(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof t===u?t.call(i,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):t))!=null?r:"")+`,
# then prunes to `+((r=c(l(m(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?r:"")+" daily, "+((r=c(l(m(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?r:"")+" weekly and "+((r=c(l(m(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?r:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((r=c(l(m(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?r:"")+" default_weekly="+((r=c(l(m(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?r:"")+" default_monthly="+((r=c(l(m(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?r:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((r=m(o,"if").call(i,m(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?r:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((r=m(o,"if").call(i,m(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?r:"")+((r=m(o,"if").call(i,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?r:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,o,s,a){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,o,s,a){var r;return"-f "+((r=e.lambda(n,n))!=null?r:"")+" "},2:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"service")||l(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof t===u?t.call(i,{name:"service",hash:{},data:a,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):t))!=null?r:"")+") echo "+((r=(t=c(o,"imageVar")||l(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof t===u?t.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):t))!=null?r:"")+` ;;
`},3:function(e,n,o,s,a){var r,t=n??(e.nullContext||{}),l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# Blue-green: the switch (compose.tunnel.yml or compose.caddy.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((r=l(o,"each").call(t,l(n,"services"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?r:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((r=l(o,"each").call(t,l(n,"services"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?r:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((r=l(o,"each").call(t,l(n,"services"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?r:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((r=l(o,"each").call(t,l(n,"services"),{name:"each",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?r:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((r=l(o,"each").call(t,l(n,"services"),{name:"each",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?r:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"key")||l(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):t))!=null?r:"")+') if [ "$2" = blue ]; then echo '+((r=(t=c(o,"service")||l(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof t===u?t.call(i,{name:"service",hash:{},data:a,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):t))!=null?r:"")+"; else echo "+((r=(t=c(o,"service")||l(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof t===u?t.call(i,{name:"service",hash:{},data:a,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):t))!=null?r:"")+`-green; fi ;;
`},5:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"key")||l(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):t))!=null?r:"")+') echo "$(service_for '+((r=(t=c(o,"key")||l(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):t))!=null?r:"")+' "$2"):'+((r=(t=c(o,"port")||l(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):t))!=null?r:"")+`" ;;
`},6:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"key")||l(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):t))!=null?r:"")+') echo "'+((r=(t=c(o,"healthPath")||l(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof t===u?t.call(i,{name:"healthPath",hash:{},data:a,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):t))!=null?r:"")+`" ;;
`},7:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"key")||l(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):t))!=null?r:"")+') if [ "$2" = blue ]; then echo '+((r=(t=c(o,"imageVar")||l(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof t===u?t.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):t))!=null?r:"")+"; else echo "+((r=(t=c(o,"imageVar")||l(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof t===u?t.call(i,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):t))!=null?r:"")+`_GREEN; fi ;;
`},8:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"  [ -f state/switch/"+((r=(t=c(o,"key")||l(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):t))!=null?r:"")+".conf ] || write_upstream "+((r=(t=c(o,"key")||l(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):t))!=null?r:"")+' "$(live_colour '+((r=(t=c(o,"key")||l(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):t))!=null?r:"")+`)"
`},9:function(e,n,o,s,a){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((r=c(o,"if").call(l,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?r:"")+`.
# Image choices persist in `+((r=(t=c(o,"deployDir")||i(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof t===u?t.call(l,{name:"deployDir",hash:{},data:a,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):t))!=null?r:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((r=(t=c(o,"deployDir")||i(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof t===u?t.call(l,{name:"deployDir",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):t))!=null?r:"")+`"
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
  docker compose `+((r=c(o,"each").call(l,c(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?r:"")+`"$@"
}

image_var() {
  case "$1" in
`+((r=c(o,"each").call(l,c(n,"services"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?r:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((r=c(o,"if").call(l,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?r:"")+`persist_image() {
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
    `+((r=(t=c(o,"migrateVar")||i(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof t===u?t.call(l,{name:"migrateVar",hash:{},data:a,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):t))!=null?r:"")+'="$image" compose run --rm --no-deps '+((r=(t=c(o,"migrateService")||i(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof t===u?t.call(l,{name:"migrateService",hash:{},data:a,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):t))!=null?r:"")+" "+((r=(t=c(o,"migrateCommand")||i(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof t===u?t.call(l,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):t))!=null?r:"")+`
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
`+((r=c(o,"if").call(l,c(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?r:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):t))!=null?r:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'default_dir="'+((r=(t=l(o,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):t))!=null?r:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((r=(t=c(o,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof t===u?t.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):t))!=null?r:"")+'" default_prefix="'+((r=(t=c(o,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof t===u?t.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):t))!=null?r:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,o,s,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,o,s,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,o,s,a){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,o,s,a){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,o,s,a){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,o,s,a){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,o,s,a){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((r=(t=i(o,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof t=="function"?t.call(l,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):t))!=null?r:"")+` into RESTORE_DATABASE.
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
`+((r=i(o,"if").call(l,i(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?r:"")+`
`+((r=i(o,"if").call(l,i(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?r:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((r=(t=c(o,"name")||l(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):t))!=null?r:"")+`.
#   HEALTH_URL=https://api.example.org`+((r=(t=c(o,"healthPath")||l(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof t===u?t.call(i,{name:"healthPath",hash:{},data:a,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):t))!=null?r:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`  # deploy.yml's startup guard: whether each app secret has a value, never the value itself.
  statement {
    sid       = "ConfigGuard"
    actions   = ["secretsmanager:ListSecretVersionIds"]
    resources = ["arn:aws:secretsmanager:*:\${data.aws_caller_identity.current.account_id}:secret:`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:70,column:99},end:{line:70,column:103}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:70,column:97},end:{line:70,column:105}}}):t))!=null?r:"")+`-*"]
  }
`},1:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return'"'+((r=(t=i(o,"image")||e.strict(n,"image",{start:{line:81,column:53},end:{line:81,column:58}}),typeof t=="function"?t.call(l,{name:"image",hash:{},data:a,loc:{start:{line:81,column:51},end:{line:81,column:60}}}):t))!=null?r:"")+'"'+((r=i(o,"unless").call(l,i(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:61},end:{line:81,column:91}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((r=(t=c(o,"bucket")||l(n,"bucket",{start:{line:103,column:14},end:{line:103,column:20}}),typeof t===u?t.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:103,column:12},end:{line:103,column:22}}}):t))!=null?r:"")+`"
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
      prefix = "`+((r=(t=c(o,"prefix")||l(n,"prefix",{start:{line:136,column:18},end:{line:136,column:24}}),typeof t===u?t.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:136,column:16},end:{line:136,column:26}}}):t))!=null?r:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:146,column:12},end:{line:146,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:146,column:10},end:{line:146,column:18}}}):t))!=null?r:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((r=(t=c(o,"prefix")||l(n,"prefix",{start:{line:169,column:131},end:{line:169,column:137}}),typeof t===u?t.call(i,{name:"prefix",hash:{},data:a,loc:{start:{line:169,column:129},end:{line:169,column:139}}}):t))!=null?r:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:177,column:27},end:{line:177,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:177,column:25},end:{line:177,column:33}}}):t))!=null?r:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:179,column:27},end:{line:179,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:179,column:25},end:{line:179,column:33}}}):t))!=null?r:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},4:function(e,n,o,s,a){return"aws_acm_certificate_validation.alb.certificate_arn"},5:function(e,n,o,s,a){return"var.certificate_arn"},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):t))!=null?r:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((r=(t=c(o,"name")||l(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):t))!=null?r:"")+`-*"]
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
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:65,column:0},end:{line:72,column:7}}}))!=null?r:"")+`}

resource "aws_iam_role_policy" "deploy" {
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_ecr_repository" "image" {
  for_each             = toset([`+((r=c(o,"each").call(i,c(n,"services"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:32},end:{line:81,column:100}}}))!=null?r:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:91,column:12},end:{line:91,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:91,column:10},end:{line:91,column:18}}}):t))!=null?r:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((r=c(o,"if").call(i,c(n,"s3Backups"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:99,column:0},end:{line:189,column:7}}}))!=null?r:"")+`
module "staging" {
  source             = "./modules/environment"
  environment        = "staging"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((r=c(o,"if").call(i,c(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:197,column:23},end:{line:197,column:133}}}))!=null?r:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}

module "production" {
  source             = "./modules/environment"
  environment        = "production"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((r=c(o,"if").call(i,c(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:208,column:23},end:{line:208,column:133}}}))!=null?r:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}
`},useData:!0},"terraform/aws-ecs/module-app-config.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`
resource "aws_secretsmanager_secret" "app" {
  for_each                = toset(`+((r=(t=l(o,"appSecretNames")||e.strict(n,"appSecretNames",{start:{line:23,column:37},end:{line:23,column:51}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"appSecretNames",hash:{},data:a,loc:{start:{line:23,column:34},end:{line:23,column:54}}}):t))!=null?r:"")+`)
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
`},1:function(e,n,o,s,a){return`
# No secret variables: an empty set keeps local.app_secrets well-formed.
resource "aws_secretsmanager_secret" "app" {
  for_each = toset([])
  name     = "\${local.prefix}/\${each.key}"
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secrets Manager secret created with no value: set it with
# \`aws secretsmanager put-secret-value\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((r=(t=c(o,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof t===u?t.call(i,{name:"appPlainStaging",hash:{},data:a,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):t))!=null?r:"")+`
    }
    production = {
`+((r=(t=c(o,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof t===u?t.call(i,{name:"appPlainProduction",hash:{},data:a,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):t))!=null?r:"")+`
    }
  }
  app_secret_names = {
`+((r=(t=c(o,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof t===u?t.call(i,{name:"appSecretsByService",hash:{},data:a,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):t))!=null?r:"")+`
  }
  # Task definition entries: plain values in \`environment\`, secrets by ARN in \`secrets\`.
  app_environment = { for key, values in local.app_plain[var.environment] : key => [for name, value in values : { name = name, value = value }] }
  app_secrets     = { for key, names in local.app_secret_names : key => [for name in names : { name = name, valueFrom = aws_secretsmanager_secret.app[name].arn }] }
}
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:20,column:0},end:{line:44,column:7}}}))!=null?r:"")},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,o,s,a){return`data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

`},1:function(e,n,o,s,a){return`  # Only CloudFront reaches the load balancers, so its WAF cannot be bypassed. The managed prefix list
  # counts as 55 rules of the group's 60: one rule, HTTPS only (CloudFront talks HTTPS to the origin).
  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.cloudfront.id]
  }
`},2:function(e,n,o,s,a){return`  ingress {
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
`},3:function(e,n,o,s,a){return`        # Behind CloudFront the client is the address CloudFront appends last to X-Forwarded-For.
        ip_set_forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "NO_MATCH"
          position          = "LAST"
        }
`},4:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`        # Behind CloudFront every request comes from an edge address: count the forwarded client address
        # (a second line: the CloudFront web ACL in infra/edge.tf limits on the true source address).
        limit              = `+((r=(t=l(o,"rateLimit")||e.strict(n,"rateLimit",{start:{line:147,column:31},end:{line:147,column:40}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:a,loc:{start:{line:147,column:29},end:{line:147,column:42}}}):t))!=null?r:"")+`
        aggregate_key_type = "FORWARDED_IP"
        forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "MATCH"
        }
`},5:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"        limit              = "+((r=(t=l(o,"rateLimit")||e.strict(n,"rateLimit",{start:{line:154,column:31},end:{line:154,column:40}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:a,loc:{start:{line:154,column:29},end:{line:154,column:42}}}):t))!=null?r:"")+`
        aggregate_key_type = "IP"
`},6:function(e,n,o,s,a,r,t){var l,i,u=e.strict,c=n??(e.nullContext||{}),m="function",p=e.lambda,d=e.lookupProperty||function(b,ge){if(Object.prototype.hasOwnProperty.call(b,ge))return b[ge]};return`
# ---- `+((l=(i=d(o,"key")||u(n,"key",{start:{line:174,column:9},end:{line:174,column:12}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:174,column:7},end:{line:174,column:14}}}):i))!=null?l:"")+": "+((l=(i=d(o,"image")||u(n,"image",{start:{line:174,column:18},end:{line:174,column:23}}),typeof i===m?i.call(c,{name:"image",hash:{},data:a,loc:{start:{line:174,column:16},end:{line:174,column:25}}}):i))!=null?l:"")+" on port "+((l=(i=d(o,"port")||u(n,"port",{start:{line:174,column:36},end:{line:174,column:40}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:174,column:34},end:{line:174,column:42}}}):i))!=null?l:"")+` ----

resource "aws_lb" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:176,column:21},end:{line:176,column:24}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:176,column:19},end:{line:176,column:26}}}):i))!=null?l:"")+'" {\n  name                       = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:177,column:50},end:{line:177,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:177,column:48},end:{line:177,column:55}}}):i))!=null?l:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:184,column:44},end:{line:184,column:47}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:184,column:42},end:{line:184,column:49}}}):i))!=null?l:"")+`" {
  resource_arn = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:185,column:26},end:{line:185,column:29}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:185,column:24},end:{line:185,column:31}}}):i))!=null?l:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:189,column:34},end:{line:189,column:37}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:189,column:32},end:{line:189,column:39}}}):i))!=null?l:"")+`" {
  for_each    = toset(`+((l=d(o,"if").call(c,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(7,a,0,r,t),inverse:e.program(8,a,0,r,t),data:a,loc:{start:{line:190,column:22},end:{line:190,column:84}}}))!=null?l:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:191,column:56},end:{line:191,column:59}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:191,column:54},end:{line:191,column:61}}}):i))!=null?l:"")+'" : "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:191,column:84},end:{line:191,column:87}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:191,column:82},end:{line:191,column:89}}}):i))!=null?l:"")+'-${each.key}"\n  port        = '+((l=(i=d(o,"port")||u(n,"port",{start:{line:192,column:18},end:{line:192,column:22}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:192,column:16},end:{line:192,column:24}}}):i))!=null?l:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((l=d(o,"if").call(c,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(9,a,0,r,t),inverse:e.program(10,a,0,r,t),data:a,loc:{start:{line:198,column:6},end:{line:198,column:130}}}))!=null?l:"")+`
    path                = "`+((l=(i=d(o,"healthPath")||u(n,"healthPath",{start:{line:199,column:29},end:{line:199,column:39}}),typeof i===m?i.call(c,{name:"healthPath",hash:{},data:a,loc:{start:{line:199,column:27},end:{line:199,column:41}}}):i))!=null?l:"")+`"
    matcher             = "`+((l=d(o,"if").call(c,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(11,a,0,r,t),inverse:e.program(12,a,0,r,t),data:a,loc:{start:{line:200,column:27},end:{line:200,column:75}}}))!=null?l:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:207,column:30},end:{line:207,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:207,column:28},end:{line:207,column:35}}}):i))!=null?l:"")+`_https" {
  load_balancer_arn = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:208,column:31},end:{line:208,column:34}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:208,column:29},end:{line:208,column:36}}}):i))!=null?l:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((l=d(o,"if").call(c,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(13,a,0,r,t),inverse:e.program(14,a,0,r,t),data:a,loc:{start:{line:217,column:0},end:{line:230,column:7}}}))!=null?l:"")+`    }
  }
`+((l=d(o,"if").call(c,d(t[1],"progressive"),{name:"if",hash:{},fn:e.program(15,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:233,column:0},end:{line:239,column:7}}}))!=null?l:"")+`}

resource "aws_lb_listener" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:242,column:30},end:{line:242,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:242,column:28},end:{line:242,column:35}}}):i))!=null?l:"")+`_http" {
  load_balancer_arn = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:243,column:31},end:{line:243,column:34}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:243,column:29},end:{line:243,column:36}}}):i))!=null?l:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:257,column:38},end:{line:257,column:41}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:257,column:36},end:{line:257,column:43}}}):i))!=null?l:"")+'" {\n  family                   = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:258,column:48},end:{line:258,column:51}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:258,column:46},end:{line:258,column:53}}}):i))!=null?l:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:265,column:32},end:{line:265,column:35}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:265,column:30},end:{line:265,column:37}}}):i))!=null?l:"")+'"\n    image                  = "${var.repository_urls["'+((l=(i=d(o,"image")||u(n,"image",{start:{line:266,column:55},end:{line:266,column:60}}),typeof i===m?i.call(c,{name:"image",hash:{},data:a,loc:{start:{line:266,column:53},end:{line:266,column:62}}}):i))!=null?l:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((l=(i=d(o,"port")||u(n,"port",{start:{line:269,column:50},end:{line:269,column:54}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:269,column:48},end:{line:269,column:56}}}):i))!=null?l:"")+`, protocol = "tcp" }]
`+((l=d(o,"if").call(c,d(n,"migrate"),{name:"if",hash:{},fn:e.program(16,a,0,r,t),inverse:e.program(17,a,0,r,t),data:a,loc:{start:{line:270,column:0},end:{line:280,column:7}}}))!=null?l:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:286,column:35},end:{line:286,column:38}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:286,column:33},end:{line:286,column:40}}}):i))!=null?l:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:297,column:30},end:{line:297,column:33}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:297,column:28},end:{line:297,column:35}}}):i))!=null?l:"")+`" {
  for_each        = aws_lb_target_group.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:298,column:42},end:{line:298,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:298,column:40},end:{line:298,column:47}}}):i))!=null?l:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:299,column:60},end:{line:299,column:63}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:299,column:58},end:{line:299,column:65}}}):i))!=null?l:"")+'" : "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:299,column:88},end:{line:299,column:91}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:299,column:86},end:{line:299,column:93}}}):i))!=null?l:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:301,column:46},end:{line:301,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:301,column:44},end:{line:301,column:51}}}):i))!=null?l:"")+`.arn
  desired_count   = `+((l=p(u(t[1],"minReplicas",{start:{line:302,column:22},end:{line:302,column:36}}),n))!=null?l:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:312,column:26},end:{line:312,column:29}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:312,column:24},end:{line:312,column:31}}}):i))!=null?l:"")+`"
    container_port   = `+((l=(i=d(o,"port")||u(n,"port",{start:{line:313,column:25},end:{line:313,column:29}}),typeof i===m?i.call(c,{name:"port",hash:{},data:a,loc:{start:{line:313,column:23},end:{line:313,column:31}}}):i))!=null?l:"")+`
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

resource "aws_appautoscaling_target" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:327,column:40},end:{line:327,column:43}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:327,column:38},end:{line:327,column:45}}}):i))!=null?l:"")+`" {
  for_each           = aws_ecs_service.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:328,column:41},end:{line:328,column:44}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:328,column:39},end:{line:328,column:46}}}):i))!=null?l:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((l=p(u(t[1],"minReplicas",{start:{line:332,column:25},end:{line:332,column:39}}),n))!=null?l:"")+`
  max_capacity       = `+((l=p(u(t[1],"maxReplicas",{start:{line:333,column:25},end:{line:333,column:39}}),n))!=null?l:"")+`
}

resource "aws_appautoscaling_policy" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:336,column:40},end:{line:336,column:43}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:336,column:38},end:{line:336,column:45}}}):i))!=null?l:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:337,column:51},end:{line:337,column:54}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:337,column:49},end:{line:337,column:56}}}):i))!=null?l:"")+'\n  name               = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:338,column:42},end:{line:338,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:338,column:40},end:{line:338,column:47}}}):i))!=null?l:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:353,column:42},end:{line:353,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:353,column:40},end:{line:353,column:47}}}):i))!=null?l:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:354,column:43},end:{line:354,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:354,column:41},end:{line:354,column:48}}}):i))!=null?l:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:374,column:46},end:{line:374,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:374,column:44},end:{line:374,column:51}}}):i))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:385,column:46},end:{line:385,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:385,column:44},end:{line:385,column:51}}}):i))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:392,column:42},end:{line:392,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:392,column:40},end:{line:392,column:47}}}):i))!=null?l:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:393,column:43},end:{line:393,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:393,column:41},end:{line:393,column:48}}}):i))!=null?l:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:397,column:50},end:{line:397,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:397,column:48},end:{line:397,column:55}}}):i))!=null?l:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:407,column:42},end:{line:407,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:407,column:40},end:{line:407,column:47}}}):i))!=null?l:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:408,column:46},end:{line:408,column:49}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:408,column:44},end:{line:408,column:51}}}):i))!=null?l:"")+'\n  alarm_name          = "${local.prefix}-'+((l=(i=d(o,"key")||u(n,"key",{start:{line:409,column:43},end:{line:409,column:46}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:409,column:41},end:{line:409,column:48}}}):i))!=null?l:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:413,column:50},end:{line:413,column:53}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:413,column:48},end:{line:413,column:55}}}):i))!=null?l:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(i=d(o,"key")||u(n,"key",{start:{line:422,column:42},end:{line:422,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:422,column:40},end:{line:422,column:47}}}):i))!=null?l:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((l=(i=d(o,"key")||u(n,"key",{start:{line:423,column:42},end:{line:423,column:45}}),typeof i===m?i.call(c,{name:"key",hash:{},data:a,loc:{start:{line:423,column:40},end:{line:423,column:47}}}):i))!=null?l:"")+`
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
`},7:function(e,n,o,s,a){return'["blue", "green"]'},8:function(e,n,o,s,a){return'["live"]'},9:function(e,n,o,s,a){return"The health route answers below 400."},10:function(e,n,o,s,a){return"No health route: any answer below 500 is a running app."},11:function(e,n,o,s,a){return"200-399"},12:function(e,n,o,s,a){return"200-499"},13:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`      target_group {
        arn    = aws_lb_target_group.`+((r=(t=c(o,"key")||l(n,"key",{start:{line:219,column:39},end:{line:219,column:42}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:219,column:37},end:{line:219,column:44}}}):t))!=null?r:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((r=(t=c(o,"key")||l(n,"key",{start:{line:223,column:39},end:{line:223,column:42}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:223,column:37},end:{line:223,column:44}}}):t))!=null?r:"")+`["green"].arn
        weight = 0
      }
`},14:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`      target_group {
        arn = aws_lb_target_group.`+((r=(t=l(o,"key")||e.strict(n,"key",{start:{line:228,column:36},end:{line:228,column:39}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"key",hash:{},data:a,loc:{start:{line:228,column:34},end:{line:228,column:41}}}):t))!=null?r:"")+`["live"].arn
      }
`},15:function(e,n,o,s,a){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},16:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`    environment = concat([
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ], local.app_environment["`+((r=(t=c(o,"key")||l(n,"key",{start:{line:275,column:32},end:{line:275,column:35}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:275,column:30},end:{line:275,column:37}}}):t))!=null?r:"")+'"])\n    secrets = concat([{ name = "PGPASSWORD", valueFrom = "${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }], local.app_secrets["'+((r=(t=c(o,"key")||l(n,"key",{start:{line:276,column:152},end:{line:276,column:155}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:276,column:150},end:{line:276,column:157}}}):t))!=null?r:"")+`"])
`},17:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'    environment            = local.app_environment["'+((r=(t=c(o,"key")||l(n,"key",{start:{line:278,column:54},end:{line:278,column:57}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:278,column:52},end:{line:278,column:59}}}):t))!=null?r:"")+`"]
    secrets                = local.app_secrets["`+((r=(t=c(o,"key")||l(n,"key",{start:{line:279,column:50},end:{line:279,column:53}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:279,column:48},end:{line:279,column:55}}}):t))!=null?r:"")+`"]
`},18:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
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
  engine_version              = "`+((r=(t=c(o,"postgresMajor")||l(n,"postgresMajor",{start:{line:463,column:35},end:{line:463,column:48}}),typeof t===u?t.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:463,column:33},end:{line:463,column:50}}}):t))!=null?r:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((r=(t=c(o,"dbName")||l(n,"dbName",{start:{line:468,column:35},end:{line:468,column:41}}),typeof t===u?t.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:468,column:33},end:{line:468,column:43}}}):t))!=null?r:"")+`"
  username                    = "`+((r=(t=c(o,"dbName")||l(n,"dbName",{start:{line:469,column:35},end:{line:469,column:41}}),typeof t===u?t.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:469,column:33},end:{line:469,column:43}}}):t))!=null?r:"")+`"
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
`},19:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(t=c(o,"key")||l(n,"key",{start:{line:519,column:32},end:{line:519,column:35}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:519,column:30},end:{line:519,column:37}}}):t))!=null?r:"")+' = "https://${aws_lb.'+((r=(t=c(o,"key")||l(n,"key",{start:{line:519,column:60},end:{line:519,column:63}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:519,column:58},end:{line:519,column:65}}}):t))!=null?r:"")+'.dns_name}"'+((r=c(o,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(20,a,0),inverse:e.noop,data:a,loc:{start:{line:519,column:76},end:{line:519,column:106}}}))!=null?r:"")},20:function(e,n,o,s,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a,r,t){var l,i=n??(e.nullContext||{}),u=e.lookupProperty||function(c,m){if(Object.prototype.hasOwnProperty.call(c,m))return c[m]};return`resource "aws_ecs_cluster" "this" {
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

`+((l=u(o,"if").call(i,u(n,"cdnFront"),{name:"if",hash:{},fn:e.program(0,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:33,column:7}}}))!=null?l:"")+`resource "aws_security_group" "alb" {
  name   = "\${local.prefix}-alb"
  vpc_id = var.vpc_id

`+((l=u(o,"if").call(i,u(n,"cdnFront"),{name:"if",hash:{},fn:e.program(1,a,0,r,t),inverse:e.program(2,a,0,r,t),data:a,loc:{start:{line:38,column:0},end:{line:61,column:7}}}))!=null?l:"")+`
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
`+((l=u(o,"if").call(i,u(n,"cdnFront"),{name:"if",hash:{},fn:e.program(3,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:119,column:0},end:{line:126,column:7}}}))!=null?l:"")+`      }
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
`+((l=u(o,"if").call(i,u(n,"cdnFront"),{name:"if",hash:{},fn:e.program(4,a,0,r,t),inverse:e.program(5,a,0,r,t),data:a,loc:{start:{line:144,column:0},end:{line:156,column:7}}}))!=null?l:"")+`      }
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
`+((l=u(o,"each").call(i,u(n,"services"),{name:"each",hash:{},fn:e.program(6,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:172,column:0},end:{line:436,column:9}}}))!=null?l:"")+`
data "aws_region" "current" {}
`+((l=u(o,"if").call(i,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(18,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:439,column:0},end:{line:516,column:7}}}))!=null?l:"")+`
output "urls" {
  value = { `+((l=u(o,"each").call(i,u(n,"services"),{name:"each",hash:{},fn:e.program(19,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:519,column:12},end:{line:519,column:115}}}))!=null?l:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`variable "environment" {
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
  prefix = "`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):t))!=null?r:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,o,s,a){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((r=t(o,"if").call(n??(e.nullContext||{}),t(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?r:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{0:function(e,n,o,s,a){return`variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the HTTPS listeners (set deploy.domain and edge.dnsZone to have infra/edge.tf manage it)."
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "region" {
  type    = string
  default = "`+((r=(t=i(o,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof t=="function"?t.call(l,{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):t))!=null?r:"")+`"
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

`+((r=i(o,"unless").call(l,i(n,"managedCertificate"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:0},end:{line:40,column:11}}}))!=null?r:"")+`
variable "alarm_email" {
  type        = string
  description = "Address subscribed to the CloudWatch alarm topic."
}
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket       = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):t))!=null?r:"")+`-tfstate"
    key          = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):t))!=null?r:"")+`/terraform.tfstate"
    region       = "`+((r=(t=c(o,"region")||l(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof t===u?t.call(i,{name:"region",hash:{},data:a,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):t))!=null?r:"")+`"
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
`},useData:!0},"terraform/azure-container-apps/app-config.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
resource "azurerm_key_vault" "app" {
  for_each                  = local.environments
  name                      = "`+((r=(t=c(o,"compactName")||l(n,"compactName",{start:{line:22,column:33},end:{line:22,column:44}}),typeof t===u?t.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:22,column:31},end:{line:22,column:46}}}):t))!=null?r:"")+`-\${each.key == "production" ? "prod" : "stag"}-kv"
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
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:34,column:27},end:{line:34,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:34,column:25},end:{line:34,column:33}}}):t))!=null?r:"")+`-\${each.key}-app"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret lives in the environment's Key Vault under its name in lowercase
# with dashes (DJANGO_SECRET_KEY: django-secret-key): set it with \`az keyvault secret set\` before the
# first deploy (deploy.yml's startup guard checks). The apps read them through secretref.
locals {
  app_plain = {
    staging = {
`+((r=(t=c(o,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:8,column:3},end:{line:8,column:18}}),typeof t===u?t.call(i,{name:"appPlainStaging",hash:{},data:a,loc:{start:{line:8,column:0},end:{line:8,column:21}}}):t))!=null?r:"")+`
    }
    production = {
`+((r=(t=c(o,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:11,column:3},end:{line:11,column:21}}),typeof t===u?t.call(i,{name:"appPlainProduction",hash:{},data:a,loc:{start:{line:11,column:0},end:{line:11,column:24}}}):t))!=null?r:"")+`
    }
  }
  app_secret_names = {
`+((r=(t=c(o,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:15,column:3},end:{line:15,column:22}}),typeof t===u?t.call(i,{name:"appSecretsByService",hash:{},data:a,loc:{start:{line:15,column:0},end:{line:15,column:25}}}):t))!=null?r:"")+`
  }
}
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:18,column:0},end:{line:53,column:7}}}))!=null?r:"")},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,o,s,a){return"Multiple"},1:function(e,n,o,s,a){return"Single"},2:function(e,n,o,s,a){return`
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
`},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:179,column:36},end:{line:179,column:40}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:179,column:34},end:{line:179,column:42}}}):t))!=null?r:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((r=(t=c(o,"postgresMajor")||l(n,"postgresMajor",{start:{line:182,column:36},end:{line:182,column:49}}),typeof t===u?t.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:182,column:34},end:{line:182,column:51}}}):t))!=null?r:"")+`"
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
  name                         = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:202,column:36},end:{line:202,column:40}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:202,column:34},end:{line:202,column:42}}}):t))!=null?r:"")+`-\${each.key}-migrate"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  container_app_environment_id = azurerm_container_app_environment.env[each.key].id
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 0

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:213,column:0},end:{line:229,column:7}}}))!=null?r:"")+`
  template {
    container {
      name    = "migrate"
      image   = "mcr.microsoft.com/k8se/quickstart:latest"
      command = `+((r=(t=c(o,"migrateCommand")||l(n,"migrateCommand",{start:{line:235,column:19},end:{line:235,column:33}}),typeof t===u?t.call(i,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:235,column:16},end:{line:235,column:36}}}):t))!=null?r:"")+`
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
`},4:function(e,n,o,s,a){return`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):t))!=null?r:"")+`-\${each.key}"
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
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:19,column:27},end:{line:19,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:19,column:25},end:{line:19,column:33}}}):t))!=null?r:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:27,column:34},end:{line:27,column:38}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:27,column:32},end:{line:27,column:40}}}):t))!=null?r:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:35,column:36},end:{line:35,column:40}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:35,column:34},end:{line:35,column:42}}}):t))!=null?r:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((r=c(o,"if").call(i,c(n,"progressive"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:39,column:19},end:{line:39,column:67}}}))!=null?r:"")+`"
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:40,column:0},end:{line:56,column:7}}}))!=null?r:"")+`
  template {
    min_replicas = each.value.environment == "production" ? `+((r=(t=c(o,"minReplicas")||l(n,"minReplicas",{start:{line:59,column:62},end:{line:59,column:73}}),typeof t===u?t.call(i,{name:"minReplicas",hash:{},data:a,loc:{start:{line:59,column:60},end:{line:59,column:75}}}):t))!=null?r:"")+` : 1
    max_replicas = `+((r=(t=c(o,"maxReplicas")||l(n,"maxReplicas",{start:{line:60,column:21},end:{line:60,column:32}}),typeof t===u?t.call(i,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:60,column:19},end:{line:60,column:34}}}):t))!=null?r:"")+`

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
`+((r=c(o,"if").call(i,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:173,column:0},end:{line:281,column:7}}}))!=null?r:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((r=(t=c(o,"compactName")||l(n,"compactName",{start:{line:56,column:39},end:{line:56,column:50}}),typeof t===u?t.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:56,column:37},end:{line:56,column:52}}}):t))!=null?r:"")+`backups"
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
  name                  = "`+((r=(t=c(o,"bucket")||l(n,"bucket",{start:{line:74,column:29},end:{line:74,column:35}}),typeof t===u?t.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:74,column:27},end:{line:74,column:37}}}):t))!=null?r:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):t))!=null?r:"")+`-shared"
  location = var.location

  # Cost allocation (infra/costs.tf): resources inherit these through Azure Policy.
  tags = local.cost_tags
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((r=(t=c(o,"compactName")||l(n,"compactName",{start:{line:12,column:27},end:{line:12,column:38}}),typeof t===u?t.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:12,column:25},end:{line:12,column:40}}}):t))!=null?r:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:21,column:27},end:{line:21,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:21,column:25},end:{line:21,column:33}}}):t))!=null?r:"")+`-github-deploy"
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
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:43,column:27},end:{line:43,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:43,column:25},end:{line:43,column:33}}}):t))!=null?r:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((r=c(o,"if").call(i,c(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:52,column:0},end:{line:84,column:7}}}))!=null?r:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(t=c(o,"key")||l(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):t))!=null?r:"")+" = { port = "+((r=(t=c(o,"port")||l(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):t))!=null?r:"")+', health = "'+((r=c(o,"if").call(i,c(c(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?r:"")+'", image = "'+((r=(t=c(o,"image")||l(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof t===u?t.call(i,{name:"image",hash:{},data:a,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):t))!=null?r:"")+'" }'+((r=c(o,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?r:"")},1:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return(r=(t=l(o,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):t))!=null?r:""},2:function(e,n,o,s,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "location" {
  type    = string
  default = "`+((r=(t=i(o,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof t=="function"?t.call(l,{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):t))!=null?r:"")+`"
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
  services     = { `+((r=i(o,"each").call(l,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?r:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    resource_group_name  = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):t))!=null?r:"")+`-tfstate"
    storage_account_name = "`+((r=(t=c(o,"compactName")||l(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof t===u?t.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):t))!=null?r:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):t))!=null?r:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github-app-config.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`# The apps' public build-time variables (NEXT_PUBLIC_*, VITE_*): repository Actions variables that the
# image builds pass as build args (ci.yml, deploy.yml), with the production values of the
# \`environments\` option: one image is promoted from staging to production. Secrets are never GitHub
# variables; they live in the platform's secret store (docs/configuration.md).
resource "github_actions_variable" "build" {
  for_each = {
`+((r=(t=l(o,"appBuildValues")||e.strict(n,"appBuildValues",{start:{line:7,column:3},end:{line:7,column:17}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"appBuildValues",hash:{},data:a,loc:{start:{line:7,column:0},end:{line:7,column:20}}}):t))!=null?r:"")+`
  }
  repository    = var.github_repository_name
  variable_name = each.key
  value         = each.value
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return'  default     = "'+((r=(t=l(o,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:a,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):t))!=null?r:"")+`"
`},1:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:38,column:18},end:{line:38,column:22}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:38,column:16},end:{line:38,column:24}}}):t))!=null?r:"")+`"
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
`},2:function(e,n,o,s,a){return`# No tunnel (edge.tunnel: false): Caddy on the server answers Let's Encrypt itself, so the names point
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=n??(e.nullContext||{}),l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`variable "github_owner" {
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
`+((r=l(o,"if").call(t,l(n,"domain"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?r:"")+`}

`+((r=l(o,"if").call(t,l(n,"tunnel"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.program(2,a,0),data:a,loc:{start:{line:29,column:0},end:{line:87,column:7}}}))!=null?r:"")},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`terraform {
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
      name = "`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):t))!=null?r:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/edge/aws-ecs/costs.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alarm_email."
  default     = [`+((r=m(o,"each").call(l,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:17},end:{line:12,column:94}}}))!=null?r:"")+`]
}

# A tag becomes a cost-allocation tag only once activated; the budget filters on it.
resource "aws_ce_cost_allocation_tag" "project" {
  tag_key = "project"
  status  = "Active"
}

resource "aws_budgets_budget" "monthly" {
  name         = "`+((r=(t=m(o,"name")||i(n,"name",{start:{line:22,column:20},end:{line:22,column:24}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:22,column:18},end:{line:22,column:26}}}):t))!=null?r:"")+`-monthly"
  budget_type  = "COST"
  limit_amount = "`+((r=c(i(m(n,"budget"),"monthly",{start:{line:24,column:20},end:{line:24,column:34}}),n))!=null?r:"")+`"
  limit_unit   = "`+((r=c(i(m(n,"budget"),"currency",{start:{line:25,column:20},end:{line:25,column:35}}),n))!=null?r:"")+`"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:project$`+((r=(t=m(o,"name")||i(n,"name",{start:{line:30,column:30},end:{line:30,column:34}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:30,column:28},end:{line:30,column:36}}}):t))!=null?r:"")+`"]
  }
`+((r=m(o,"each").call(l,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:32,column:0},end:{line:42,column:9}}}))!=null?r:"")+`}

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
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return'"'+((r=e.lambda(n,n))!=null?r:"")+'"'+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:55},end:{line:12,column:85}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = `+((r=(t=c(o,"percent")||l(n,"percent",{start:{line:36,column:35},end:{line:36,column:42}}),typeof t===u?t.call(i,{name:"percent",hash:{},data:a,loc:{start:{line:36,column:33},end:{line:36,column:44}}}):t))!=null?r:"")+`
    threshold_type             = "PERCENTAGE"
    notification_type          = "`+((r=(t=c(o,"type")||l(n,"type",{start:{line:38,column:36},end:{line:38,column:40}}),typeof t===u?t.call(i,{name:"type",hash:{},data:a,loc:{start:{line:38,column:34},end:{line:38,column:42}}}):t))!=null?r:"")+`"
    subscriber_email_addresses = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alarm_email]
    subscriber_sns_topic_arns  = [aws_sns_topic.alarms.arn]
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((r=(t=c(o,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+` (issue 15): a monthly budget and the tags that attribute spend. docs/costs.md.

locals {
  # Every resource carries these through the providers' default_tags.
  cost_tags = `+((r=(t=c(o,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:5,column:17},end:{line:5,column:28}}),typeof t===u?t.call(i,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:5,column:14},end:{line:5,column:31}}}):t))!=null?r:"")+`
}
`+((r=c(o,"if").call(i,c(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:71,column:7}}}))!=null?r:"")},useData:!0},"terraform/edge/aws-ecs/edge.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"quotedId")||l(n,"quotedId",{start:{line:21,column:7},end:{line:21,column:15}}),typeof t===u?t.call(i,{name:"quotedId",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:18}}}):t))!=null?r:"")+' = { environment = "'+((r=(t=c(o,"environment")||l(n,"environment",{start:{line:21,column:40},end:{line:21,column:51}}),typeof t===u?t.call(i,{name:"environment",hash:{},data:a,loc:{start:{line:21,column:38},end:{line:21,column:53}}}):t))!=null?r:"")+'", key = "'+((r=(t=c(o,"key")||l(n,"key",{start:{line:21,column:65},end:{line:21,column:68}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:21,column:63},end:{line:21,column:70}}}):t))!=null?r:"")+'", host = "'+((r=(t=c(o,"host")||l(n,"host",{start:{line:21,column:83},end:{line:21,column:87}}),typeof t===u?t.call(i,{name:"host",hash:{},data:a,loc:{start:{line:21,column:81},end:{line:21,column:89}}}):t))!=null?r:"")+'", static_paths = ['+((r=c(o,"each").call(i,c(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:108},end:{line:21,column:178}}}))!=null?r:"")+`] }
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return'"'+((r=e.lambda(n,n))!=null?r:"")+'"'+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:139},end:{line:21,column:169}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
resource "aws_acm_certificate" "cdn" {
  provider                  = aws.us_east_1
  domain_name               = "`+((r=(t=c(o,"domain")||l(n,"domain",{start:{line:45,column:33},end:{line:45,column:39}}),typeof t===u?t.call(i,{name:"domain",hash:{},data:a,loc:{start:{line:45,column:31},end:{line:45,column:41}}}):t))!=null?r:"")+`"
  subject_alternative_names = ["*.`+((r=(t=c(o,"domain")||l(n,"domain",{start:{line:46,column:36},end:{line:46,column:42}}),typeof t===u?t.call(i,{name:"domain",hash:{},data:a,loc:{start:{line:46,column:34},end:{line:46,column:44}}}):t))!=null?r:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`},4:function(e,n,o,s,a){return`
resource "aws_acm_certificate_validation" "cdn" {
  provider                = aws.us_east_1
  certificate_arn         = aws_acm_certificate.cdn.arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
`},5:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
data "aws_cloudfront_origin_request_policy" "all_viewer" {
  # The Host header reaches the load balancer, whose certificate matches it (not the ELB name).
  name = "Managed-AllViewer"
}

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

# Static paths are content-hashed or collected: cached at least a day, up to a year, compressed.
resource "aws_cloudfront_cache_policy" "static" {
  name        = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:113,column:19},end:{line:113,column:23}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:113,column:17},end:{line:113,column:25}}}):t))!=null?r:"")+`-static"
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
  comment         = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:137,column:23},end:{line:137,column:27}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:137,column:21},end:{line:137,column:29}}}):t))!=null?r:"")+` \${each.key}"
  aliases         = [each.value.host]
  price_class     = "PriceClass_100"
`+((r=c(o,"if").call(i,c(n,"waf"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:140,column:0},end:{line:142,column:7}}}))!=null?r:"")+`
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
`},6:function(e,n,o,s,a){return`  web_acl_id      = aws_wafv2_web_acl.edge.arn
`},7:function(e,n,o,s,a){return" (CDN off: at its load balancer)"},8:function(e,n,o,s,a){return`    name                   = aws_cloudfront_distribution.edge[each.key].domain_name
    zone_id                = aws_cloudfront_distribution.edge[each.key].hosted_zone_id
`},9:function(e,n,o,s,a){return`    name                   = local.load_balancers[each.key].dns_name
    zone_id                = local.load_balancers[each.key].zone_id
`},10:function(e,n,o,s,a,r,t){var l,i,u=e.strict,c=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,b){if(Object.prototype.hasOwnProperty.call(d,b))return d[b]};return`
# The edge's WAF: a per-client rate limit first, then AWS's managed rule groups.
resource "aws_wafv2_web_acl" "edge" {
  provider = aws.us_east_1
  name     = "`+((l=(i=p(o,"name")||u(n,"name",{start:{line:216,column:16},end:{line:216,column:20}}),typeof i===m?i.call(c,{name:"name",hash:{},data:a,loc:{start:{line:216,column:14},end:{line:216,column:22}}}):i))!=null?l:"")+`-edge"
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
        limit              = `+((l=(i=p(o,"rateLimit")||u(n,"rateLimit",{start:{line:231,column:31},end:{line:231,column:40}}),typeof i===m?i.call(c,{name:"rateLimit",hash:{},data:a,loc:{start:{line:231,column:29},end:{line:231,column:42}}}):i))!=null?l:"")+`
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((l=(i=p(o,"name")||u(n,"name",{start:{line:237,column:38},end:{line:237,column:42}}),typeof i===m?i.call(c,{name:"name",hash:{},data:a,loc:{start:{line:237,column:36},end:{line:237,column:44}}}):i))!=null?l:"")+`-edge-rate-limit"
      sampled_requests_enabled   = true
    }
  }
`+((l=p(o,"each").call(c,p(n,"managedRuleGroups"),{name:"each",hash:{},fn:e.program(11,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:241,column:0},end:{line:261,column:9}}}))!=null?l:"")+`
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "`+((l=(i=p(o,"name")||u(n,"name",{start:{line:265,column:36},end:{line:265,column:40}}),typeof i===m?i.call(c,{name:"name",hash:{},data:a,loc:{start:{line:265,column:34},end:{line:265,column:42}}}):i))!=null?l:"")+`-edge"
    sampled_requests_enabled   = true
  }
}
`},11:function(e,n,o,s,a,r,t){var l,i,u=e.strict,c=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,b){if(Object.prototype.hasOwnProperty.call(d,b))return d[b]};return`
  rule {
    name     = "`+((l=(i=p(o,"rule")||u(n,"rule",{start:{line:244,column:18},end:{line:244,column:22}}),typeof i===m?i.call(c,{name:"rule",hash:{},data:a,loc:{start:{line:244,column:16},end:{line:244,column:24}}}):i))!=null?l:"")+`"
    priority = `+((l=(i=p(o,"priority")||u(n,"priority",{start:{line:245,column:17},end:{line:245,column:25}}),typeof i===m?i.call(c,{name:"priority",hash:{},data:a,loc:{start:{line:245,column:15},end:{line:245,column:27}}}):i))!=null?l:"")+`
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "`+((l=(i=p(o,"rule")||u(n,"rule",{start:{line:252,column:25},end:{line:252,column:29}}),typeof i===m?i.call(c,{name:"rule",hash:{},data:a,loc:{start:{line:252,column:23},end:{line:252,column:31}}}):i))!=null?l:"")+`"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((l=e.lambda(u(t[1],"name",{start:{line:257,column:38},end:{line:257,column:45}}),n))!=null?l:"")+"-"+((l=(i=p(o,"rule")||u(n,"rule",{start:{line:257,column:50},end:{line:257,column:54}}),typeof i===m?i.call(c,{name:"rule",hash:{},data:a,loc:{start:{line:257,column:48},end:{line:257,column:56}}}):i))!=null?l:"")+`"
      sampled_requests_enabled   = true
    }
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a,r,t){var l,i,u=e.strict,c=n??(e.nullContext||{}),m="function",p=e.lookupProperty||function(d,b){if(Object.prototype.hasOwnProperty.call(d,b))return d[b]};return"# Edge of "+((l=(i=p(o,"name")||u(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof i===m?i.call(c,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):i))!=null?l:"")+`: certificates, CDN and WAF (issue 15). docs/tls.md and docs/cdn.md explain each piece.

data "aws_route53_zone" "edge" {
  name = "`+((l=(i=p(o,"dnsZone")||u(n,"dnsZone",{start:{line:4,column:12},end:{line:4,column:19}}),typeof i===m?i.call(c,{name:"dnsZone",hash:{},data:a,loc:{start:{line:4,column:10},end:{line:4,column:21}}}):i))!=null?l:"")+`"
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
`+((l=p(o,"each").call(c,p(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:20,column:0},end:{line:22,column:9}}}))!=null?l:"")+`  }
  load_balancers = merge(
    { for k, lb in module.staging.load_balancers : "staging-\${k}" => lb },
    { for k, lb in module.production.load_balancers : "production-\${k}" => lb },
  )
}

# One certificate for <domain> and *.<domain> covers every public name. ACM renews a DNS-validated
# certificate by itself as long as the validation records stay in the zone.
resource "aws_acm_certificate" "alb" {
  domain_name               = "`+((l=(i=p(o,"domain")||u(n,"domain",{start:{line:33,column:33},end:{line:33,column:39}}),typeof i===m?i.call(c,{name:"domain",hash:{},data:a,loc:{start:{line:33,column:31},end:{line:33,column:41}}}):i))!=null?l:"")+`"
  subject_alternative_names = ["*.`+((l=(i=p(o,"domain")||u(n,"domain",{start:{line:34,column:36},end:{line:34,column:42}}),typeof i===m?i.call(c,{name:"domain",hash:{},data:a,loc:{start:{line:34,column:34},end:{line:34,column:44}}}):i))!=null?l:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`+((l=p(o,"if").call(c,p(n,"cdn"),{name:"if",hash:{},fn:e.program(3,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:53,column:7}}}))!=null?l:"")+`
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
`+((l=p(o,"if").call(c,p(n,"cdn"),{name:"if",hash:{},fn:e.program(4,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:76,column:0},end:{line:83,column:7}}}))!=null?l:"")+`
# ACM publishes DaysToExpiry daily; a renewal that cannot complete (validation record deleted) shows here first.
resource "aws_cloudwatch_metric_alarm" "certificate_expiry" {
  alarm_name          = "`+((l=(i=p(o,"name")||u(n,"name",{start:{line:87,column:27},end:{line:87,column:31}}),typeof i===m?i.call(c,{name:"name",hash:{},data:a,loc:{start:{line:87,column:25},end:{line:87,column:33}}}):i))!=null?l:"")+`-certificate-expiry"
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
`+((l=p(o,"if").call(c,p(n,"cdn"),{name:"if",hash:{},fn:e.program(5,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:100,column:0},end:{line:191,column:7}}}))!=null?l:"")+`
# Each public name points at its CloudFront distribution`+((l=p(o,"unless").call(c,p(n,"cdn"),{name:"unless",hash:{},fn:e.program(7,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:193,column:56},end:{line:193,column:114}}}))!=null?l:"")+`.
resource "aws_route53_record" "edge" {
  for_each = local.edge_hosts
  zone_id  = data.aws_route53_zone.edge.zone_id
  name     = each.value.host
  type     = "A"

  alias {
`+((l=p(o,"if").call(c,p(n,"cdn"),{name:"if",hash:{},fn:e.program(8,a,0,r,t),inverse:e.program(9,a,0,r,t),data:a,loc:{start:{line:201,column:0},end:{line:207,column:7}}}))!=null?l:"")+`    evaluate_target_health = false
  }
}
`+((l=p(o,"if").call(c,p(n,"cdnWaf"),{name:"if",hash:{},fn:e.program(10,a,0,r,t),inverse:e.noop,data:a,loc:{start:{line:211,column:0},end:{line:269,column:7}}}))!=null?l:"")+`
output "edge_urls" {
  value = { for k, h in local.edge_hosts : k => "https://\${h.host}" }
}
`},useData:!0,useDepths:!0},"terraform/edge/aws-ecs/module-edge.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(t=c(o,"key")||l(n,"key",{start:{line:3,column:32},end:{line:3,column:35}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:3,column:30},end:{line:3,column:37}}}):t))!=null?r:"")+" = { dns_name = aws_lb."+((r=(t=c(o,"key")||l(n,"key",{start:{line:3,column:62},end:{line:3,column:65}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:3,column:60},end:{line:3,column:67}}}):t))!=null?r:"")+".dns_name, zone_id = aws_lb."+((r=(t=c(o,"key")||l(n,"key",{start:{line:3,column:97},end:{line:3,column:100}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:3,column:95},end:{line:3,column:102}}}):t))!=null?r:"")+".zone_id }"+((r=c(o,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:112},end:{line:3,column:142}}}))!=null?r:"")},1:function(e,n,o,s,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return`# What infra/edge.tf points public names and CloudFront at.
output "load_balancers" {
  value = { `+((r=t(o,"each").call(n??(e.nullContext||{}),t(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:12},end:{line:3,column:151}}}))!=null?r:"")+` }
}
`},useData:!0},"terraform/edge/azure-container-apps/costs.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u=e.lambda,c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alert_email."
  default     = [`+((r=c(o,"each").call(l,c(c(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:17},end:{line:39,column:94}}}))!=null?r:"")+`]
}

# Each environment's resource group has the monthly budget (`+((r=u(i(c(n,"budget"),"currency",{start:{line:42,column:62},end:{line:42,column:77}}),n))!=null?r:"")+`, the billing account's currency).
resource "azurerm_consumption_budget_resource_group" "monthly" {
  for_each          = azurerm_resource_group.env
  name              = "`+((r=(t=c(o,"name")||i(n,"name",{start:{line:45,column:25},end:{line:45,column:29}}),typeof t=="function"?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:45,column:23},end:{line:45,column:31}}}):t))!=null?r:"")+`-\${each.key}-monthly"
  resource_group_id = each.value.id
  amount            = `+((r=u(i(c(n,"budget"),"monthly",{start:{line:47,column:24},end:{line:47,column:38}}),n))!=null?r:"")+`
  time_grain        = "Monthly"

  time_period {
    # The current month at the first apply; Azure refuses a start in the past.
    start_date = formatdate("YYYY-MM-01'T'00:00:00Z", timestamp())
  }
`+((r=c(o,"each").call(l,c(c(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:54,column:0},end:{line:64,column:9}}}))!=null?r:"")+`
  lifecycle {
    ignore_changes = [time_period]
  }
}
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return'"'+((r=e.lambda(n,n))!=null?r:"")+'"'+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:55},end:{line:39,column:85}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  notification {
    enabled        = true
    threshold      = `+((r=(t=c(o,"percent")||l(n,"percent",{start:{line:58,column:23},end:{line:58,column:30}}),typeof t===u?t.call(i,{name:"percent",hash:{},data:a,loc:{start:{line:58,column:21},end:{line:58,column:32}}}):t))!=null?r:"")+`
    threshold_type = "`+((r=(t=c(o,"azureType")||l(n,"azureType",{start:{line:59,column:24},end:{line:59,column:33}}),typeof t===u?t.call(i,{name:"azureType",hash:{},data:a,loc:{start:{line:59,column:22},end:{line:59,column:35}}}):t))!=null?r:"")+`"
    operator       = "GreaterThan"
    contact_emails = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alert_email]
    contact_groups = [azurerm_monitor_action_group.oncall.id]
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((r=(t=c(o,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+` (issue 15): tags that attribute spend and a monthly budget per environment. docs/costs.md.

locals {
  cost_tags = `+((r=(t=c(o,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:4,column:17},end:{line:4,column:28}}),typeof t===u?t.call(i,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:4,column:14},end:{line:4,column:31}}}):t))!=null?r:"")+`

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
`+((r=c(o,"if").call(i,c(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:70,column:7}}}))!=null?r:"")},useData:!0},"terraform/edge/azure-container-apps/edge.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"quotedId")||l(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof t===u?t.call(i,{name:"quotedId",hash:{},data:a,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):t))!=null?r:"")+' = { host = "'+((r=(t=c(o,"host")||l(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof t===u?t.call(i,{name:"host",hash:{},data:a,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):t))!=null?r:"")+'", record = "'+((r=(t=c(o,"record")||l(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof t===u?t.call(i,{name:"record",hash:{},data:a,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):t))!=null?r:"")+'", static_paths = ['+((r=c(o,"each").call(i,c(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:81},end:{line:8,column:151}}}))!=null?r:"")+`] }
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return'"'+((r=e.lambda(n,n))!=null?r:"")+'"'+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:112},end:{line:8,column:142}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){return`  dns_zone_id              = data.azurerm_dns_zone.edge.id
`},4:function(e,n,o,s,a){return`
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
`},5:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# One client may send `+((r=(t=c(o,"rateLimit")||l(n,"rateLimit",{start:{line:106,column:24},end:{line:106,column:33}}),typeof t===u?t.call(i,{name:"rateLimit",hash:{},data:a,loc:{start:{line:106,column:22},end:{line:106,column:35}}}):t))!=null?r:"")+` requests in 5 minutes; more are blocked at the edge.
resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "`+((r=(t=c(o,"compactName")||l(n,"compactName",{start:{line:108,column:27},end:{line:108,column:38}}),typeof t===u?t.call(i,{name:"compactName",hash:{},data:a,loc:{start:{line:108,column:25},end:{line:108,column:40}}}):t))!=null?r:"")+`edge"
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
    rate_limit_threshold           = `+((r=(t=c(o,"rateLimit")||l(n,"rateLimit",{start:{line:121,column:39},end:{line:121,column:48}}),typeof t===u?t.call(i,{name:"rateLimit",hash:{},data:a,loc:{start:{line:121,column:37},end:{line:121,column:50}}}):t))!=null?r:"")+`

    # Every address matches: the limit applies to each client.
    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["0.0.0.0/0", "::/0"]
    }
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "edge" {
  name                     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:133,column:32},end:{line:133,column:36}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:133,column:30},end:{line:133,column:38}}}):t))!=null?r:"")+`-edge"
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
`},6:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "dns_zone_resource_group" {
  type        = string
  description = "Resource group of the Azure DNS zone `+((r=(t=c(o,"dnsZone")||l(n,"dnsZone",{start:{line:156,column:56},end:{line:156,column:63}}),typeof t===u?t.call(i,{name:"dnsZone",hash:{},data:a,loc:{start:{line:156,column:54},end:{line:156,column:65}}}):t))!=null?r:"")+`."
}

data "azurerm_dns_zone" "edge" {
  name                = "`+((r=(t=c(o,"dnsZone")||l(n,"dnsZone",{start:{line:160,column:27},end:{line:160,column:34}}),typeof t===u?t.call(i,{name:"dnsZone",hash:{},data:a,loc:{start:{line:160,column:25},end:{line:160,column:36}}}):t))!=null?r:"")+`"
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
`},7:function(e,n,o,s,a){return", [for k, r in azurerm_cdn_frontdoor_route.static : r.id if k == each.key]"},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Edge of "+((r=(t=c(o,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+`: Azure Front Door with managed certificates, static caching and a WAF rate limit,
# in front of the container apps (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((r=c(o,"each").call(i,c(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+`  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" {
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:14,column:27},end:{line:14,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:14,column:25},end:{line:14,column:33}}}):t))!=null?r:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  sku_name            = "Standard_AzureFrontDoor"
  tags                = local.cost_tags
}

resource "azurerm_cdn_frontdoor_endpoint" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:22,column:32},end:{line:22,column:36}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:22,column:30},end:{line:22,column:38}}}):t))!=null?r:"")+`-\${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
  tags                     = local.cost_tags
}

resource "azurerm_cdn_frontdoor_origin_group" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:29,column:32},end:{line:29,column:36}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:29,column:30},end:{line:29,column:38}}}):t))!=null?r:"")+`-\${each.key}"
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
  name                           = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:44,column:38},end:{line:44,column:42}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:44,column:36},end:{line:44,column:44}}}):t))!=null?r:"")+`-\${each.key}"
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
`+((r=c(o,"if").call(i,c(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:58,column:0},end:{line:60,column:7}}}))!=null?r:"")+`
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
`+((r=c(o,"if").call(i,c(n,"cdn"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:0},end:{line:103,column:7}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"waf"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:104,column:0},end:{line:151,column:7}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"dnsZone"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:152,column:0},end:{line:194,column:7}}}))!=null?r:"")+`
resource "azurerm_cdn_frontdoor_custom_domain_association" "edge" {
  for_each                       = local.edge_hosts
  cdn_frontdoor_custom_domain_id = azurerm_cdn_frontdoor_custom_domain.edge[each.key].id
  cdn_frontdoor_route_ids        = concat([azurerm_cdn_frontdoor_route.app[each.key].id]`+((r=c(o,"if").call(i,c(n,"cdn"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:199,column:88},end:{line:199,column:180}}}))!=null?r:"")+`)
}

# The served certificate, seen from outside: a standard test per production name fails 14 days before expiry.
resource "azurerm_application_insights" "edge" {
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:204,column:27},end:{line:204,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:204,column:25},end:{line:204,column:33}}}):t))!=null?r:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  application_type    = "web"
  workspace_id        = azurerm_log_analytics_workspace.env["production"].id
  tags                = local.cost_tags
}

resource "azurerm_application_insights_standard_web_test" "certificate" {
  for_each                = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  name                    = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:214,column:31},end:{line:214,column:35}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:214,column:29},end:{line:214,column:37}}}):t))!=null?r:"")+`-\${each.key}-certificate"
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
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:236,column:27},end:{line:236,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:236,column:25},end:{line:236,column:33}}}):t))!=null?r:"")+`-\${each.key}-certificate-expiry"
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
`},useData:!0},"terraform/edge/compose/edge.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Static paths are content-hashed or collected: cached at the edge for a month, in browsers as the app says.
resource "cloudflare_ruleset" "cache" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:9,column:15},end:{line:9,column:19}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:21}}}):t))!=null?r:"")+` static cache"
  kind    = "zone"
  phase   = "http_request_cache_settings"

  rules {
    description = "Cache static paths"
    expression  = "`+((r=(t=c(o,"cacheExpression")||l(n,"cacheExpression",{start:{line:15,column:22},end:{line:15,column:37}}),typeof t===u?t.call(i,{name:"cacheExpression",hash:{},data:a,loc:{start:{line:15,column:19},end:{line:15,column:40}}}):t))!=null?r:"")+`"
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
`},1:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# One client may send `+((r=(t=c(o,"rateLimit")||l(n,"rateLimit",{start:{line:33,column:24},end:{line:33,column:33}}),typeof t===u?t.call(i,{name:"rateLimit",hash:{},data:a,loc:{start:{line:33,column:22},end:{line:33,column:35}}}):t))!=null?r:"")+` requests in 5 minutes; more get 429 for 10 minutes. The free plan
# allows a 10-second period only: adjust period and requests_per_period to the zone's plan.
resource "cloudflare_ruleset" "rate_limit" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:37,column:15},end:{line:37,column:19}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:37,column:13},end:{line:37,column:21}}}):t))!=null?r:"")+` rate limit"
  kind    = "zone"
  phase   = "http_ratelimit"

  rules {
    description = "Limit each client"
    expression  = "`+((r=(t=c(o,"hostExpression")||l(n,"hostExpression",{start:{line:43,column:22},end:{line:43,column:36}}),typeof t===u?t.call(i,{name:"hostExpression",hash:{},data:a,loc:{start:{line:43,column:19},end:{line:43,column:39}}}):t))!=null?r:"")+`"
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
      requests_per_period = `+((r=(t=c(o,"rateLimit")||l(n,"rateLimit",{start:{line:56,column:30},end:{line:56,column:39}}),typeof t===u?t.call(i,{name:"rateLimit",hash:{},data:a,loc:{start:{line:56,column:28},end:{line:56,column:41}}}):t))!=null?r:"")+`
      mitigation_timeout  = 600
    }
  }
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return"# Edge of "+((r=(t=i(o,"name")||e.strict(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t=="function"?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+` behind the Cloudflare tunnel (issue 15): Cloudflare terminates TLS with its own
# edge certificate, which it renews; these rules cache the static paths and limit each client.
# docs/cdn.md explains them.
`+((r=i(o,"if").call(l,i(n,"cdn"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:0},end:{line:30,column:7}}}))!=null?r:"")+((r=i(o,"if").call(l,i(n,"waf"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:61,column:7}}}))!=null?r:"")+`
# HTTPS only, TLS 1.2 or later, between visitors and Cloudflare.
resource "cloudflare_zone_settings_override" "tls" {
  zone_id = var.cloudflare_zone_id
  settings {
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
  }
}
`},useData:!0},"terraform/edge/gcp-cloud-run/costs.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`
variable "billing_account" {
  type        = string
  description = "Billing account id (XXXXXX-XXXXXX-XXXXXX) the budget watches."
}

data "google_project" "this" {
  project_id = var.project_id
}

resource "google_monitoring_notification_channel" "budget" {
  for_each     = toset([`+((r=m(o,"each").call(l,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:19,column:24},end:{line:19,column:101}}}))!=null?r:"")+`])
  display_name = "`+((r=(t=m(o,"name")||i(n,"name",{start:{line:20,column:20},end:{line:20,column:24}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:20,column:18},end:{line:20,column:26}}}):t))!=null?r:"")+` budget \${each.key}"
  type         = "email"
  labels = {
    email_address = each.key
  }
}

resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "`+((r=(t=m(o,"name")||i(n,"name",{start:{line:29,column:23},end:{line:29,column:27}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:29,column:21},end:{line:29,column:29}}}):t))!=null?r:"")+` monthly"

  budget_filter {
    projects = ["projects/\${data.google_project.this.number}"]
  }

  amount {
    specified_amount {
      currency_code = "`+((r=c(i(m(n,"budget"),"currency",{start:{line:37,column:25},end:{line:37,column:40}}),n))!=null?r:"")+`"
      units         = "`+((r=c(i(m(n,"budget"),"units",{start:{line:38,column:25},end:{line:38,column:37}}),n))!=null?r:"")+`"
    }
  }
`+((r=m(o,"each").call(l,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:47,column:9}}}))!=null?r:"")+`
  all_updates_rule {
    monitoring_notification_channels = concat([google_monitoring_notification_channel.email.id], [for c in google_monitoring_notification_channel.budget : c.id])
    disable_default_iam_recipients   = false
  }
}
`},1:function(e,n,o,s,a){var r,t=e.lookupProperty||function(l,i){if(Object.prototype.hasOwnProperty.call(l,i))return l[i]};return'"'+((r=e.lambda(n,n))!=null?r:"")+'"'+((r=t(o,"unless").call(n??(e.nullContext||{}),t(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:19,column:62},end:{line:19,column:92}}}))!=null?r:"")},2:function(e,n,o,s,a){return", "},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
  threshold_rule {
    threshold_percent = `+((r=(t=c(o,"fraction")||l(n,"fraction",{start:{line:44,column:26},end:{line:44,column:34}}),typeof t===u?t.call(i,{name:"fraction",hash:{},data:a,loc:{start:{line:44,column:24},end:{line:44,column:36}}}):t))!=null?r:"")+`
    spend_basis       = "`+((r=(t=c(o,"gcpBasis")||l(n,"gcpBasis",{start:{line:45,column:27},end:{line:45,column:35}}),typeof t===u?t.call(i,{name:"gcpBasis",hash:{},data:a,loc:{start:{line:45,column:25},end:{line:45,column:37}}}):t))!=null?r:"")+`"
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Cost of "+((r=(t=c(o,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+` (issue 15): labels that attribute spend and a monthly budget. docs/costs.md.

locals {
  # The google provider adds these to every resource that takes labels (default_labels).
  cost_labels = `+((r=(t=c(o,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:5,column:19},end:{line:5,column:30}}),typeof t===u?t.call(i,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:5,column:16},end:{line:5,column:33}}}):t))!=null?r:"")+`
}
`+((r=c(o,"if").call(i,c(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:54,column:7}}}))!=null?r:"")},useData:!0},"terraform/edge/gcp-cloud-run/edge.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((r=(t=c(o,"quotedId")||l(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof t===u?t.call(i,{name:"quotedId",hash:{},data:a,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):t))!=null?r:"")+' = { host = "'+((r=(t=c(o,"host")||l(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof t===u?t.call(i,{name:"host",hash:{},data:a,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):t))!=null?r:"")+'", record = "'+((r=(t=c(o,"record")||l(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof t===u?t.call(i,{name:"record",hash:{},data:a,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):t))!=null?r:"")+`" }
`},1:function(e,n,o,s,a){return`  security_policy       = google_compute_security_policy.edge.id
`},2:function(e,n,o,s,a){return`  enable_cdn            = true

  # Static content types (scripts, styles, fonts, images) are cached; the app's own Cache-Control wins.
  cdn_policy {
    cache_mode        = "CACHE_ALL_STATIC"
    default_ttl       = 86400
    max_ttl           = 31536000
    client_ttl        = 86400
    negative_caching  = true
    serve_while_stale = 86400
  }
`},3:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
variable "dns_zone_name" {
  type        = string
  description = "Cloud DNS managed zone (its resource name) that serves `+((r=(t=c(o,"dnsZone")||l(n,"dnsZone",{start:{line:134,column:74},end:{line:134,column:81}}),typeof t===u?t.call(i,{name:"dnsZone",hash:{},data:a,loc:{start:{line:134,column:72},end:{line:134,column:83}}}):t))!=null?r:"")+`."
  default     = "`+((r=(t=c(o,"dnsZoneResource")||l(n,"dnsZoneResource",{start:{line:135,column:19},end:{line:135,column:34}}),typeof t===u?t.call(i,{name:"dnsZoneResource",hash:{},data:a,loc:{start:{line:135,column:17},end:{line:135,column:36}}}):t))!=null?r:"")+`"
}

resource "google_dns_record_set" "edge" {
  for_each     = local.edge_hosts
  managed_zone = var.dns_zone_name
  name         = "\${each.value.host}."
  type         = "A"
  ttl          = 300
  rrdatas      = [google_compute_global_address.edge.address]
}
`},4:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return"; infra/edge.tf does in "+((r=(t=l(o,"dnsZone")||e.strict(n,"dnsZone",{start:{line:198,column:99},end:{line:198,column:106}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"dnsZone",hash:{},data:a,loc:{start:{line:198,column:97},end:{line:198,column:108}}}):t))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Edge of "+((r=(t=c(o,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):t))!=null?r:"")+`: a global external load balancer with a Google-managed certificate, Cloud CDN and
# Cloud Armor in front of the Cloud Run services (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((r=c(o,"each").call(i,c(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?r:"")+`  }
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
  name                  = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:25,column:29},end:{line:25,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:25,column:27},end:{line:25,column:35}}}):t))!=null?r:"")+`-\${each.key}"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
`+((r=c(o,"if").call(i,c(n,"waf"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?r:"")+((r=c(o,"if").call(i,c(n,"cdn"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:43,column:7}}}))!=null?r:"")+`
  backend {
    group = each.value.id
  }
}

resource "google_compute_url_map" "edge" {
  name            = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:51,column:23},end:{line:51,column:27}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:51,column:21},end:{line:51,column:29}}}):t))!=null?r:"")+`-edge"
  default_service = google_compute_backend_service.edge["production-`+((r=(t=c(o,"defaultKey")||l(n,"defaultKey",{start:{line:52,column:70},end:{line:52,column:80}}),typeof t===u?t.call(i,{name:"defaultKey",hash:{},data:a,loc:{start:{line:52,column:68},end:{line:52,column:82}}}):t))!=null?r:"")+`"].id

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
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:73,column:12},end:{line:73,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:73,column:10},end:{line:73,column:18}}}):t))!=null?r:"")+`-edge"
  managed {
    domains = [for h in local.edge_hosts : h.host]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_ssl_policy" "edge" {
  name            = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:84,column:23},end:{line:84,column:27}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:84,column:21},end:{line:84,column:29}}}):t))!=null?r:"")+`-edge"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_global_address" "edge" {
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:90,column:12},end:{line:90,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:90,column:10},end:{line:90,column:18}}}):t))!=null?r:"")+`-edge"
}

resource "google_compute_target_https_proxy" "edge" {
  name             = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:94,column:24},end:{line:94,column:28}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:94,column:22},end:{line:94,column:30}}}):t))!=null?r:"")+`-edge"
  url_map          = google_compute_url_map.edge.id
  ssl_certificates = [google_compute_managed_ssl_certificate.edge.id]
  ssl_policy       = google_compute_ssl_policy.edge.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:101,column:29},end:{line:101,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:101,column:27},end:{line:101,column:35}}}):t))!=null?r:"")+`-https"
  target                = google_compute_target_https_proxy.edge.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "redirect" {
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:110,column:12},end:{line:110,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:110,column:10},end:{line:110,column:18}}}):t))!=null?r:"")+`-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:119,column:15},end:{line:119,column:19}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:119,column:13},end:{line:119,column:21}}}):t))!=null?r:"")+`-redirect"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:124,column:29},end:{line:124,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:124,column:27},end:{line:124,column:35}}}):t))!=null?r:"")+`-http"
  target                = google_compute_target_http_proxy.redirect.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
`+((r=c(o,"if").call(i,c(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:130,column:0},end:{line:146,column:7}}}))!=null?r:"")+`
# The served certificate, seen from outside: an uptime check per production name, alerting 14 days before expiry.
resource "google_monitoring_uptime_check_config" "edge" {
  for_each     = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  display_name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:151,column:20},end:{line:151,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:151,column:18},end:{line:151,column:26}}}):t))!=null?r:"")+` \${each.value.host}"
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
  display_name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:176,column:20},end:{line:176,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:176,column:18},end:{line:176,column:26}}}):t))!=null?r:"")+`: certificate expires within 14 days"
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
  description = "Point every public name at it (A records)`+((r=c(o,"if").call(i,c(n,"dnsZone"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:198,column:58},end:{line:198,column:115}}}))!=null?r:"")+`."
  value       = google_compute_global_address.edge.address
}
`},useData:!0},"terraform/gcp-cloud-run/app-config.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`
resource "google_secret_manager_secret" "app" {
  for_each  = local.app_secrets
  secret_id = "`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:22,column:17},end:{line:22,column:21}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:22,column:15},end:{line:22,column:23}}}):t))!=null?r:"")+`-\${replace(each.key, "/", "-")}"

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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secret Manager secret created with no version: add one with
# \`gcloud secrets versions add\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((r=(t=c(o,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof t===u?t.call(i,{name:"appPlainStaging",hash:{},data:a,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):t))!=null?r:"")+`
    }
    production = {
`+((r=(t=c(o,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof t===u?t.call(i,{name:"appPlainProduction",hash:{},data:a,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):t))!=null?r:"")+`
    }
  }
  app_secret_names = {
`+((r=(t=c(o,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof t===u?t.call(i,{name:"appSecretsByService",hash:{},data:a,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):t))!=null?r:"")+`
  }
  app_secrets = toset(flatten([for env in local.environments : [for name in distinct(flatten(values(local.app_secret_names))) : "\${env}/\${name}"]]))
}
`+((r=c(o,"if").call(i,c(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:18,column:0},end:{line:44,column:7}}}))!=null?r:"")},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):t))!=null?r:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((r=(t=c(o,"postgresMajor")||l(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof t===u?t.call(i,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):t))!=null?r:"")+`"
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
  name     = "`+((r=(t=c(o,"dbName")||l(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof t===u?t.call(i,{name:"dbName",hash:{},data:a,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):t))!=null?r:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):t))!=null?r:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((r=(t=c(o,"name")||l(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):t))!=null?r:"")+"/"+((r=(t=c(o,"name")||l(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):t))!=null?r:"")+`-backend:bootstrap"
        command = `+((r=(t=c(o,"migrateCommand")||l(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof t===u?t.call(i,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):t))!=null?r:"")+`
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
                secret  = format("`+((r=(t=c(o,"name")||l(n,"name",{start:{line:65,column:36},end:{line:65,column:40}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:65,column:34},end:{line:65,column:42}}}):t))!=null?r:"")+`-%s-%s", each.key, env.value)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.strict,u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=c(o,"if").call(l,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:1,column:0},end:{line:85,column:7}}}))!=null?r:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((r=(t=c(o,"name")||i(n,"name",{start:{line:89,column:16},end:{line:89,column:20}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:89,column:14},end:{line:89,column:22}}}):t))!=null?r:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((r=(t=c(o,"minReplicas")||i(n,"minReplicas",{start:{line:96,column:70},end:{line:96,column:81}}),typeof t===u?t.call(l,{name:"minReplicas",hash:{},data:a,loc:{start:{line:96,column:68},end:{line:96,column:83}}}):t))!=null?r:"")+` : 0
      max_instance_count = `+((r=(t=c(o,"maxReplicas")||i(n,"maxReplicas",{start:{line:97,column:29},end:{line:97,column:40}}),typeof t===u?t.call(l,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:97,column:27},end:{line:97,column:42}}}):t))!=null?r:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((r=(t=c(o,"name")||i(n,"name",{start:{line:100,column:64},end:{line:100,column:68}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:100,column:62},end:{line:100,column:70}}}):t))!=null?r:"")+"/"+((r=(t=c(o,"name")||i(n,"name",{start:{line:100,column:73},end:{line:100,column:77}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:100,column:71},end:{line:100,column:79}}}):t))!=null?r:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
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
              secret  = format("`+((r=(t=c(o,"name")||i(n,"name",{start:{line:118,column:34},end:{line:118,column:38}}),typeof t===u?t.call(l,{name:"name",hash:{},data:a,loc:{start:{line:118,column:32},end:{line:118,column:40}}}):t))!=null?r:"")+`-%s-%s", each.value.environment, env.value)
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
`},useData:!0},"terraform/gcp-cloud-run/logging.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Cloud Run writes stdout and stderr to Cloud Logging. The services' logs go to a bucket of their own,
# kept 90 days (the _Default bucket keeps 30), queried with
# \`gcloud logging read … --bucket=`+((r=(t=c(o,"name")||l(n,"name",{start:{line:3,column:36},end:{line:3,column:40}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:34},end:{line:3,column:42}}}):t))!=null?r:"")+`-logs --location=global --view=_AllLogs\`.
resource "google_logging_project_bucket_config" "app" {
  project        = var.project_id
  location       = "global"
  bucket_id      = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:7,column:22},end:{line:7,column:26}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:7,column:20},end:{line:7,column:28}}}):t))!=null?r:"")+`-logs"
  retention_days = 90
}

resource "google_logging_project_sink" "app" {
  name                   = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:12,column:30},end:{line:12,column:34}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:12,column:28},end:{line:12,column:36}}}):t))!=null?r:"")+'-cloud-run"\n  destination            = "logging.googleapis.com/projects/${var.project_id}/locations/global/buckets/${google_logging_project_bucket_config.app.bucket_id}"\n  filter                 = "resource.type=\\"cloud_run_revision\\" AND resource.labels.service_name:\\"'+((r=(t=c(o,"name")||l(n,"name",{start:{line:14,column:102},end:{line:14,column:106}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:14,column:100},end:{line:14,column:108}}}):t))!=null?r:"")+`-\\""
  unique_writer_identity = true
}
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((r=(t=c(o,"bucket")||l(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof t===u?t.call(i,{name:"bucket",hash:{},data:a,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):t))!=null?r:"")+`"
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
  account_id   = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):t))!=null?r:"")+`-backup"
  display_name = "backup.yml of `+((r=(t=c(o,"name")||l(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):t))!=null?r:"")+`"
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
`},1:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((r=(t=l(o,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):t))!=null?r:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):t))!=null?r:"")+`-github"
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
  account_id   = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):t))!=null?r:"")+`-deploy"
  display_name = "GitHub deploy of `+((r=(t=c(o,"name")||l(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):t))!=null?r:"")+`"
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
  account_id   = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):t))!=null?r:"")+`-runtime"
  display_name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):t))!=null?r:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):t))!=null?r:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook and the per-client rate limit. With deploy.domain, infra/edge.tf attaches it to
# the external HTTPS load balancer in front of Cloud Run.
resource "google_compute_security_policy" "edge" {
  name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):t))!=null?r:"")+`-production-edge"

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
        count        = `+((r=(t=c(o,"rateLimit")||l(n,"rateLimit",{start:{line:78,column:25},end:{line:78,column:34}}),typeof t===u?t.call(i,{name:"rateLimit",hash:{},data:a,loc:{start:{line:78,column:23},end:{line:78,column:36}}}):t))!=null?r:"")+`
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
`+((r=c(o,"if").call(i,c(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?r:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):t))!=null?r:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):t))!=null?r:"")+`: more than 5% 5xx"
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
  display_name          = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):t))!=null?r:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):t))!=null?r:"")+`: CPU above 90%"
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
`+((r=c(o,"if").call(i,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?r:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((r=(t=c(o,"key")||l(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof t===u?t.call(i,{name:"key",hash:{},data:a,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):t))!=null?r:"")+" = { port = "+((r=(t=c(o,"port")||l(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof t===u?t.call(i,{name:"port",hash:{},data:a,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):t))!=null?r:"")+', health = "'+((r=c(o,"if").call(i,c(c(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?r:"")+'" }'+((r=c(o,"unless").call(i,c(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?r:"")},1:function(e,n,o,s,a){var r,t,l=e.lookupProperty||function(i,u){if(Object.prototype.hasOwnProperty.call(i,u))return i[u]};return(r=(t=l(o,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof t=="function"?t.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):t))!=null?r:""},2:function(e,n,o,s,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=n??(e.nullContext||{}),i=e.lookupProperty||function(u,c){if(Object.prototype.hasOwnProperty.call(u,c))return u[c]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((r=(t=i(o,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof t=="function"?t.call(l,{name:"region",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):t))!=null?r:"")+`"
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
  services     = { `+((r=i(o,"each").call(l,i(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?r:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):t))!=null?r:"")+`-tfstate"
    prefix = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):t))!=null?r:"")+`"
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
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,o,s,a){var r,t,l=e.strict,i=n??(e.nullContext||{}),u="function",c=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    secret_suffix = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):t))!=null?r:"")+`"
    namespace     = "`+((r=(t=c(o,"name")||l(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof t===u?t.call(i,{name:"name",hash:{},data:a,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):t))!=null?r:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function Jr(e){let n=Rc[e];if(!n)throw new Error(`No template ${e} in this build`);return Yr.template(n)}var Xr=new Map;function _(e,n){let o=Xr.get(e);return o||(o=Jr(e),Xr.set(e,o)),o(n)}import{posix as Nc}from"node:path";var Zr={"X-Forwarded-Proto":"https"};function k(e){let n=e.deploy.healthPath;return n?{path:n,route:!0}:{path:"/",route:!1}}function ue(){return{path:"/",route:!1}}function B(e){return e.route?400:500}function Qr(e,n){return e.route?`GET ${e.path} on port ${n} answers below 400`:`GET / on port ${n} answers below 500 (no health route: any answer shows the server is up)`}function L(e,n,o){let s=`http://127.0.0.1:${n}${o.path}`,a=B(o);switch(e){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${s}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${a})`].join(`
`)];case"node":return["node","-e",`fetch('${s}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${a} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",s]}}function Hn(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:o=>n?`${e.workspaceDir}/${o}`:o}}function je(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var sn="/app",ea=e=>e==="."?sn:`${sn}/${e}`;function Tc(e){return e.backend.kind==="fastapi"||/(^|\.)asgi:/.test(e.backend.app)}function zn(e){let{port:n,appDir:o,migrationsDir:s,server:a}=e.backend,r=e.backend.appFactory?`${e.backend.app}()`:e.backend.app,t=o===s?[]:["--chdir",ea(o)];switch(a){case"uvicorn":return{packages:[`uvicorn==${I.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(n),...o===s?[]:["--app-dir",ea(o)],...e.backend.appFactory?["--factory",e.backend.app]:[e.backend.app]]};case"daphne":return{packages:[`daphne==${I.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(n),r]};case"gunicorn":{let l=Tc(e);return{packages:[`gunicorn==${I.gunicorn}`,...l?[`uvicorn-worker==${I["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${n}`,...l?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...t,r]}}}}var na={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${I.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${I.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function Vn(e,n){let o=e.backend.packageManager,s=na[o]??na.pip,a=e.database==="postgres"||e.database==="postgis",r=[...a?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],t=zn(e),i=`python -c "import ${t.packages.map(p=>p.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${s.add} ${t.packages.join(" ")}`,{port:u,migrationsDir:c,settingsModule:m}=e.backend;return{title:n,serverName:t.argv[0],serverCmdline:t.argv.join(" "),baseImage:Et(e.backend.version),tool:s.tool,uv:o==="uv",manifests:s.manifests,install:s.install,ensureServer:i,buildPackages:a?["libpq-dev"]:[],runtimePackages:r,settingsModule:m,collectStatic:e.backend.kind==="django"&&e.backend.collectStatic?Ac(e):void 0,pythonPath:e.backend.server==="daphne"&&e.backend.appDir!==c?e.backend.appDir==="."?sn:`${sn}/${e.backend.appDir}`:void 0,workdir:c==="."?void 0:c,port:u,healthcheck:je(L("python",u,k(e))),cmd:je(t.argv)}}function Ac(e){let n='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(e.backend.importEnv??[]).map(s=>`${s}=${/DATABASE_URL|_DB_URL$/.test(s)?"sqlite:////tmp/collectstatic.sqlite3":n}`),"python manage.py collectstatic --noinput"].join(" ")}var ta={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:k,port:e=>e.backend.port,context:e=>Vn(e,"Django")};var oa="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function Dc(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[oa,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[oa,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${v("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}var qn=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port,buildScript:e.backend.buildScript===!1?void 0:e.backend.buildScript??Ic(e)}),Ic=e=>e.backend.kind==="nestjs"?"build":void 0,cn=e=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:e.frontend.port,buildScript:"build"});function te(e,n,o){let s=Hn(n),a=Dc(e.packageManager),{cmd:r,healthcheck:t,...l}=o(a,s);return{...s,baseImage:Pt(e.nodeVersion,e.versionKey),pm:a,build:e.buildScript?a.run(e.buildScript):void 0,port:e.port,...l,healthcheck:je(t),cmd:je(r)}}var ra={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:k,port:e=>e.backend.port,context:(e,n)=>te(qn(e),n,o=>({...e.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${o.run("build")}; fi`}:{},healthcheck:L("node",e.backend.port,k(e)),cmd:e.backend.start??["node","."]}))};var aa={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:k,port:e=>e.backend.port,context:e=>Vn(e,"FastAPI")};var jc=["node","dist/main.js"],ia={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:k,port:e=>e.backend.port,context:(e,n)=>te(qn(e),n,()=>({healthcheck:L("node",e.backend.port,k(e)),cmd:e.backend.start??jc}))};var Kt="docker/nginx-spa.conf";function Wt(e){return e.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var Be={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:ue,port:e=>e.frontend.port,context:(e,n)=>te(cn(e),n,(o,s)=>({title:Wt(e).title,outDir:e.frontend.outDir,runtimeImage:v("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:s.inService(Kt),healthcheck:L("busybox",e.frontend.port,ue()),cmd:["nginx","-g","daemon off;"]}))};var Bc={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:ue,port:e=>e.frontend.port,context:(e,n)=>te(cn(e),n,(o,s)=>({healthcheck:L("node",e.frontend.port,ue()),cmd:["node",s.inService("server.js")]}))},Lc={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:ue,port:e=>e.frontend.port,context:(e,n)=>te(cn(e),n,o=>({prune:o.prune,healthcheck:L("node",e.frontend.port,ue()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(e.frontend.port)]}))},la={standalone:Bc,default:Lc,export:Be};var sa={django:ta,fastapi:aa,express:ra,nestjs:ia};function ca(e){switch(e.frontend.kind){case"nextjs":return la[e.frontend.nextOutput];case"react-vite":return Be;case"none":return}}var un=(e,n)=>e==="."?n:`${e}/${n}`;function Mc(e,n,o){let s=Nc.relative(e==="."?"":e,n==="."?"":n);if(s.startsWith(".."))throw O(`${o}.context: "${e}" must contain ${o}.dir "${n}" (it is the folder the build starts from)`);return s===""?".":s}function S(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,o=[],s=(l,i,u,c)=>{let m=Mc(u,i,l),p=n?`Dockerfile.${l}`:"Dockerfile";o.push({role:l,dir:i,context:u,dockerfile:un(m,p),workspaceDir:m,strategy:c,port:c.port(e),probe:c.probe(e)})},{backend:a,frontend:r}=e;if(a.kind!=="none"){if(a.context!==a.dir&&(a.kind==="django"||a.kind==="fastapi"))throw O(`backend.context: a separate build context is supported for Node.js services; ${a.kind} builds from backend.dir`);s("backend",a.dir,a.context,sa[a.kind])}let t=ca(e);return t&&s("frontend",r.dir,r.context??r.dir,t),o}function R(e){return un(e.context,e.dockerfile)}function Yt(e){return e.dockerfile==="Dockerfile"?un(e.context,".dockerignore"):`${R(e)}.dockerignore`}function Uc(e,n){let o=n.strategy.context(e,n);return JSON.parse(o.cmd??"[]").join(" ")}function ua(e,n){let o=n.map(a=>({role:a.role,kind:a.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:R(a),context:a.context,command:Uc(e,a),port:a.port,probe:Qr(a.probe,a.port),packageManager:a.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),s=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:_("docs/containers.md.hbs",{images:o,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:s,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:k(e).route,healthPath:k(e).path,workspace:n.some(a=>a.workspaceDir!=="."),pythonPackages:s?zn(e).packages.join(", "):""})}}var Fn="docker";function Gc(e,n){let o=[{kind:"text",path:R(n),component:Fn,comment:"hash",text:_(n.strategy.template,{...n.strategy.context(e,n),buildArgs:Te(e,n.role).map(s=>s.name)})},{kind:"text",path:Yt(n),component:Fn,comment:"hash",text:_(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===Be&&o.push({kind:"text",path:un(n.dir,Kt),component:Fn,comment:"hash",text:_("docker/static/nginx-spa.conf.hbs",{port:n.port,...Wt(e)})}),o}var ma={name:Fn,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=S(e);return n.length===0?[]:[...n.flatMap(o=>Gc(e,o)),ua(e,n)]}};function mn(e,n){let o=Te(e,n);return o.length===0?{}:{"build-args":o.map(s=>`${s.name}=\${{ vars.${s.name} }}`).join(`
`)+`
`}}var pa="ubuntu-24.04",Hc={contents:"read"};function x(e,n,o,s={}){return{name:e,"runs-on":pa,"timeout-minutes":n,permissions:{...Hc},...s,steps:o}}function Kn(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var fa="app";function Wn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:Ce(e),env:{POSTGRES_DB:fa,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:v("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}var da=e=>/DATABASE_URL|_DB_URL$/.test(e);function Le(e,n=!1){if(e.backend.kind!=="django")return{env:{},generated:[]};let o=e.backend.importEnv??[],s={};for(let r of o.filter(da))s[r]=dn(e).DATABASE_URL??"sqlite:///ci.sqlite3";let a=new Set(o.filter(r=>!da(r)));return n&&(a.add("DJANGO_SECRET_KEY"),s.DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1"),{env:s,generated:[...a].sort()}}function pn(e){return e.length===0?[]:[P("throwaway-secrets","Random values for the secrets the app requires at import (this run only)",["{",...e.map(n=>`  echo "${n}=$(openssl rand -hex 32)"`),'} >> "$GITHUB_ENV"'].join(`
`))]}function dn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgresql://postgres@localhost:5432/${fa}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var ha=e=>`ghcr.io/\${{ github.repository }}/${e}`,_a="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",ga=e=>`ci-${e.role}:latest`;function ya(e,n,o={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:f("docker/build-push-action"),with:{context:e.context,file:R(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...o}}}function zc(e){let n=Le(e,!0);return{env:{...n.env,...dn(e)},generated:n.generated}}function ba(e,n){let o=e.role==="backend",s=o?Wn(n):{},a=o?zc(n):{env:{},generated:[]},t=["docker run --detach --name app --network host \\",...[...Object.keys(a.env),...a.generated].sort().map(i=>`  --env ${i} \\`),'  "$IMAGE"'].join(`
`),l=`http://localhost:${e.port}`;return x(`Image ${e.role}: build and performance smoke test`,30,[w(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},ya(e,!1,{load:!0,tags:ga(e),...mn(n,e.role)}),...pn(a.generated),P("start","Start the container",t,{env:{IMAGE:ga(e),...a.env}}),P("wait-healthy","Wait until the container's health check passes",["for attempt in $(seq 1 60); do","  status=$(docker inspect --format '{{.State.Health.Status}}' app)",'  echo "attempt $attempt: $status"','  if [ "$status" = healthy ]; then exit 0; fi','  if [ "$status" = unhealthy ]; then break; fi',"  sleep 2","done",'echo "::error::The container did not become healthy"',"exit 1"].join(`
`)),{id:"setup-k6",name:"Set up k6",uses:f("grafana/setup-k6-action"),with:{"k6-version":I.k6}},P("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:l,SMOKE_PATHS:e.probe.path,HEALTHY_BELOW:String(B(e.probe))}}),P("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(s).length>0?{services:s}:{})}function ka(e,n,o){return x(`Publish ${e.role} image to GHCR`,30,[w(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:f("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:f("docker/metadata-action"),with:{images:ha(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},ya(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}",...mn(o,e.role)})],{needs:[...n],if:_a,permissions:{contents:"read",packages:"write"}})}var va={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},wa="perf/smoke.js";function $a(e){return{kind:"text",path:wa,component:"ci",comment:"slash",text:_("ci/k6-smoke.js.hbs",{...va,port:e.port,paths:[e.probe.path],healthyBelow:B(e.probe)})}}var Jt=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function Yn(e){return[w(),...e.stack.ci.setup(e.ctx),P("install","Install dependencies",e.stack.ci.install(e.ctx))]}function fn(e,n,o,s,a,r={}){let t=e.ctx.gates[n];if(t==="off"||!a)return[];if(t==="enforce")return[P(o,s,a,r)];let l=`${e.role}.gates.${n}`;return[P(o,`${s} (report only: ${l})`,["status=0",`(
${a}
) || status=$?`,'if [ "$status" -ne 0 ]; then',`  echo "::warning::${s} found problems (exit $status); ${l} is report, so CI goes on"`,`  echo "- ${s}: problems found (exit $status), not enforced (${l}: report)" >> "$GITHUB_STEP_SUMMARY"`,"else",`  echo "- ${s}: passed" >> "$GITHUB_STEP_SUMMARY"`,"fi"].join(`
`),r)]}function Sa(e){let n=e.stack.ci.testDir?.(e.ctx);return n&&n!=="."?{"working-directory":e.ctx.dir==="."?n:`${e.ctx.dir}/${n}`}:{}}function Ea(e,n={env:{},generated:[]}){let{ci:o}=e.stack,s=[...fn(e,"lint","lint","Lint",o.lint(e.ctx)),...fn(e,"format","format","Format check",o.format?.(e.ctx)),...fn(e,"typecheck","typecheck","Type-check",o.typecheck(e.ctx)),...fn(e,"test","unit-tests","Unit tests",o.unitTest(e.ctx),Sa(e)),...e.role==="library"&&o.build?[P("build","Build",o.build(e.ctx))]:[]];if(s.length===0)return;let a=s.map(t=>(t.name??t.id??"").replace(/ \(report only.*\)$/,"").toLowerCase()),r=n.env;return x(`${Jt(e)}: ${a.join(", ")}`,20,[...Yn(e),...pn(n.generated),...s],{...Kn(e.ctx.dir),...Object.keys(r).length>0?{env:r}:{}})}function Pa(e,n){let{ci:o}=e.stack;if(!o.integrationTest)return;let s=n.database!=="none",a=[...Yn(e)],r=e.ctx.migrationsDir==="."?{}:{"working-directory":e.ctx.dir==="."?e.ctx.migrationsDir:`${e.ctx.dir}/${e.ctx.migrationsDir}`},t=s?o.migrate?.(e.ctx):void 0,l=t?o.migrateBuild?.(e.ctx):void 0;l&&a.push(P("build","Build (the migrate script runs against the build, as in the image)",l)),t&&a.push(P("migrate","Apply migrations",t,r));let i=s?o.migrationCheck?.(e.ctx):void 0;i&&a.push(P("migration-check","Check for missing migrations",i,r)),a.push(...fn(e,"test","integration-tests","Integration tests",o.integrationTest(e.ctx),Sa(e)));let u=Wn(n),c=Le(n),m={...c.env,...dn(n)};return a.splice(Yn(e).length,0,...pn(c.generated)),x(`${Jt(e)}: migrations and integration tests`,30,a,{...Kn(e.ctx.dir),...Object.keys(u).length>0?{services:u}:{},...Object.keys(m).length>0?{env:m}:{}})}function xa(e,n){let{ci:o}=e.stack;if(!o.build||!o.bundleDir)return;let s=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c "$f" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return x(`${Jt(e)}: build and bundle budget`,20,[...Yn(e),P("build","Production build",o.build(e.ctx)),P("bundle-budget","Bundle-size budget",s,{env:{BUNDLE_DIR:o.bundleDir(e.ctx),BUDGET_KB:String(n)}})],Kn(e.ctx.dir))}var ke=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)};function Vc(e){let n=s=>e.gates[s]!=="off",o=new Set;return n("lint")&&o.add(e.tools.lint==="flake8"||e.tools.lint==="pylint"?e.tools.lint:"ruff"),n("format")&&o.add(e.tools.format==="black"||e.tools.format==="isort"?e.tools.format:"ruff"),n("typecheck")&&o.add(e.tools.typecheck==="pyright"?"pyright":"mypy"),n("test")&&e.tools.test!=="django"&&o.add("pytest"),[...o]}function qc(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[ke(e)],o={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[ke(e)],s=Vc(e);if(s.length===0)return n.join(`
`);let a=s.map(r=>`${r}==${I[r]}`).join(" ");return[...n,"missing=()",`for tool in ${a}; do`,`  ${Fc(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${o} "\${missing[@]}"; fi`].join(`
`)}function Fc(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[ke(e)]}function Jn(e,n){return["status=0",`${me(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function me(e,n){switch(ke(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function Xn(e,n){switch(ke(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function Zn(e,n){switch(ke(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}function Kc(e){switch(e.tools.lint){case"flake8":return me(e,"flake8");case"pylint":return me(e,"pylint --recursive=y .");default:return me(e,"ruff check .")}}function Wc(e){switch(e.tools.format){case"black":return me(e,"black --check --diff .");case"isort":return me(e,"isort --check-only --diff .");default:return me(e,"ruff format --check .")}}var Qn={codeqlLanguage:"python",setup:e=>nr(ke(e),e.runtimeVersion,e.dir,I.poetry),install:qc,lint:Kc,format:Wc,typecheck:e=>e.tools.typecheck==="pyright"?Zn(e,"pyright"):me(e,"mypy ."),unitTest:e=>Jn(e,'-m "not integration"'),integrationTest:e=>Jn(e,"")};var Oa={...Qn,unitTest:()=>{},integrationTest:e=>e.tools.test==="django"?Xn(e,"manage.py test"):Jn(e,""),testDir:e=>e.tools.test==="django"?e.migrationsDir:void 0,migrate:e=>Xn(e,"manage.py migrate --noinput"),migrationCheck:e=>Xn(e,"manage.py makemigrations --check --dry-run")};function Ca(e){let n=e.packageManager;if(!Fo.includes(n))throw new Error(`${n} is not a Node.js package manager`);return tr(n,e.runtimeVersion,e.dir,{...e.workspaceRoot?{root:e.workspaceRoot}:{},...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}})}var gn=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function Yc(e){switch(gn(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function T(e,n){return`${gn(e)} run ${n}`}function Ne(e,n){switch(gn(e)){case"npm":case"pnpm":case"bun":return`${gn(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function Jc(e,n){return["if [ -f tsconfig.json ]; then",`  ${J(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function J(e,n){switch(gn(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var Ra="typeorm-ts-node-commonjs",Ta="src/data-source.ts";function Xc(e){if(e.migrateScript)return T(e,e.migrateScript);switch(e.orm){case"prisma":return J(e,"prisma migrate deploy");case"typeorm":return J(e,`${Ra} migration:run -d ${Ta}`);case"none":return}}function Zc(e){switch(e.orm){case"prisma":return J(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":{let n=e.dataSource??Ta,o=/\.[cm]?js$/.test(n)?"typeorm":Ra;return J(e,`${o} migration:generate src/migrations/ci-check -d ${n} --check`)}case"none":return}}function Qc(e,n){return[e,"if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",`  echo "::error::The ${n} changed files (it fixes rather than checks); commit its fixes:"`,"  git diff --stat","  exit 1","fi"].join(`
`)}function eu(e){switch(e.tools.lint){case"script":return Qc(T(e,"lint"),"lint script");case"eslint":return J(e,"eslint .");case"biome":return J(e,"biome lint .");default:return Ne(e,"lint")}}function nu(e){switch(e.tools.format){case"prettier":return J(e,"prettier --check .");case"biome":return J(e,"biome format .");case"script":return T(e,"format:check");default:return}}function Xt(e,n){switch(e.tools.typecheck){case"script":return T(e,"typecheck");case"tsc":return J(e,`tsc ${n}`);default:return Jc(e,n)}}var X={codeqlLanguage:"javascript-typescript",setup:Ca,install:Yc,lint:eu,format:nu,typecheck:e=>Xt(e,"--noEmit"),unitTest:e=>e.tools.test==="script"?T(e,"test"):Ne(e,"test"),migrate:Xc,migrateBuild:e=>e.migrateScript&&e.buildScript?T(e,e.buildScript):void 0,migrationCheck:Zc};var Aa={...X,integrationTest:e=>Ne(e,"test:integration")};var Da={...Qn,migrate:e=>Zn(e,"alembic upgrade head"),migrationCheck:e=>Zn(e,"alembic check")};var Ia={...X,integrationTest:e=>Ne(e,"test:e2e"),build:e=>T(e,"build")};var ja={...X,build:e=>T(e,"build"),bundleDir:e=>e.buildDir===".next"?".next/static":`${e.buildDir}/_next/static`};var Ba={...X,build:e=>T(e,"build")};var La={...X,typecheck:e=>Xt(e,"-b"),build:e=>T(e,"build"),bundleDir:e=>e.buildDir};var et={django:{id:"django",role:"backend",language:"python",title:"Django",ci:Oa},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:Da},express:{id:"express",role:"backend",language:"node",title:"Express",ci:Aa},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:Ia},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:ja},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:La},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:Ba}};function tu(e){return Object.fromEntries(Ko.map(n=>[n,e?.[n]??"enforce"]))}var Zt=e=>({gates:tu(e.gates),tools:e.tools??{}}),Qt=e=>({workspaceRoot:e.context??e.dir,...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}}),ou=e=>{let{migrateScript:n,dataSource:o,buildScript:s,kind:a}=e.backend,r=s===!1?void 0:s??(a==="nestjs"?"build":void 0);return{...n?{migrateScript:n}:{},...o?{dataSource:o}:{},...r?{buildScript:r}:{}}};function nt(e){let n=[],o={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:et[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,migrationsDir:e.backend.migrationsDir,buildDir:e.frontend.outDir,...ou(e),...Qt(e.backend),...Zt(e.backend),...o}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:et[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",migrationsDir:".",buildDir:e.frontend.outDir,...Qt(e.frontend),...Zt(e.frontend),...o}}),e.library.kind==="node"&&n.push({role:"library",stack:et["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",migrationsDir:".",buildDir:"dist",...Qt(e.library),...Zt(e.library),...o}}),n}function ru(){return x("Baseline drift check",10,[w(),{id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:{"node-version":"22"}},P("check","create-devops-baseline check",`npx --yes create-devops-baseline@${qo} check`)])}function au(e){let n={};for(let a of nt(e)){let r=Ea(a,a.role==="backend"?Le(e):void 0);r&&(n[`${a.role}-checks`]=r);let t=a.role==="backend"?Pa(a,e):void 0;t&&(n[`${a.role}-integration`]=t);let l=a.role==="frontend"?xa(a,e.frontend.bundleBudgetKb):void 0;l&&(n[`${a.role}-bundle`]=l)}let o=S(e);for(let a of o)n[`${a.role}-image`]=ba(a,e);n.drift=ru();let s=Object.keys(n);for(let a of o)n[`${a.role}-publish`]=ka(a,s,e);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var Na={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:au(e)}],o=S(e)[0];return o&&n.push($a(o)),n}};import{posix as $u}from"node:path";var co=zo(Jl(),1);function h(e){let n=[],o=S(e),s=a=>{let r=o.find(t=>t.role===a);if(!r)throw new Error(`no ${a} image build`);return{context:r.context,dockerfile:R(r),port:r.port,probe:r.probe,healthPath:r.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...s("backend"),urlVar:"API_URL",migrate:A(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...s("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function A(e){return e.database==="postgres"||e.database==="postgis"}function eo(e,n){let o=h(e);return{options:e,environment:n,services:o,migrator:o.find(s=>s.migrate),hasDatabase:A(e)}}function oe(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var C=e=>`${e.options.name}-${e.environment}`,g=(...e)=>`${e.join(`
`)}
`,tt=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:f("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:g('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function Ma(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:_("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function ot(){return{auth_enabled:!1,server:{http_listen_port:3100,grpc_listen_port:9096,log_level:"warn"},common:{instance_addr:"127.0.0.1",path_prefix:"/loki",storage:{filesystem:{chunks_directory:"/loki/chunks",rules_directory:"/loki/rules"}},replication_factor:1,ring:{kvstore:{store:"inmemory"}}},schema_config:{configs:[{from:"2024-04-01",store:"tsdb",object_store:"filesystem",schema:"v13",index:{prefix:"index_",period:"24h"}}]},limits_config:{retention_period:"720h",reject_old_samples:!0,reject_old_samples_max_age:"168h"},compactor:{working_directory:"/loki/compactor",compaction_interval:"10m",retention_enabled:!0,retention_delete_delay:"2h",delete_request_store:"filesystem"},analytics:{reporting_enabled:!1}}}var pe="(?i)(error|exception|traceback|panic)",Ua=`http://127.0.0.1:${3100}`,no=e=>`${e} |~ "${pe}"`;function Ga(e,n=Ua){return`curl -sG ${n}/loki/api/v1/query_range --data-urlencode 'query=${no(e)}' --data-urlencode since=30m --data-urlencode limit=100`}function Ha(e,n){let o=`${Ua}/loki/api/v1/query_range?since=30m&limit=100&query=${encodeURIComponent(no(n))}`;return`# LogQL: ${no(n)}
${e} /busybox/wget -qO- '${o}'`}function za(e){let n=`${e.name}-prod`,o=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${o} --since 30m --all-containers --prefix`,logQuery:[`kubectl --namespace ${ve(e)} port-forward service/${e.name}-loki 3100:3100 >/dev/null &`,`sleep 2; ${Ga(`{namespace="${n}", component="${e.backend.kind!=="none"?"api":"web"}"}`)}`,"kill %1"].join(`
`),events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${Re()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${o}`,`kubectl --namespace ${n} rollout undo deployment/${o}`,`kubectl --namespace ${n} rollout status deployment/${o} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${o} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${o}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var Me=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,Va=e=>e==="production"?"prod":"dev",to=(e,n)=>`${e.options.name}-${n.key}`;function qa(e,n,o,s){let a=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...s?[`  echo "nameSuffix: ${s}"`]:[],`  echo "resources: [${o}]"`,'  echo "images:"'];for(let r of e.services)a.push(`  echo "  - { name: ${r.image}, newName: \${IMAGE_${r.key.toUpperCase()}%:*}, newTag: \${IMAGE_${r.key.toUpperCase()}##*:} }"`);return a.push(`} > ${n}/kustomization.yaml`),a}var Fa=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],Ka={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:Me(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:f("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:g('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:tt,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:to(e,n)},run:g(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...qa(e,"k8s/release",`../overlays/${Va(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:g('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...Fa("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:g(...qa(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...Fa("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${Va(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:to(e,n)},run:g("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:to(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:g('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[Ma(e)],runbook:za,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};function Wa(e){let n=e.deploy.region??"us-east-1",o=`${e.name}-production`,s=e.backend.kind!=="none"?`${o}-api`:`${o}-web`,a=e.deploy.strategy==="rolling"?s:`${s}-blue ${s}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${o} --services ${a} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${o} --region ${n} --since 30m --follow`,logQuery:[`id=$(aws logs start-query --region ${n} --log-group-name /ecs/${o} --start-time $(($(date +%s) - 1800)) --end-time "$(date +%s)" --query-string 'fields @timestamp, @logStream, @message | filter @message like /${pe}/ | sort @timestamp desc | limit 100' --query queryId --output text)`,`aws logs get-query-results --region ${n} --query-id "$id"   # Logs Insights; repeat until "status": "Complete"`].join(`
`),events:`aws ecs describe-services --region ${n} --cluster ${o} --services ${a} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${o} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${o} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${s} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${o} --service ${s} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${o} --services ${s}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${s} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${s}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${o} --service ${s} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${o} --service ${s} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${o}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${o}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${o}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var rt=e=>e.options.deploy.strategy!=="rolling";function at(e,n){let o=`${C(e)}-${n.key}`;return{service:o,blue:`${o}-blue`,green:`${o}-green`,loadBalancer:o}}function iu(e,n){let o=at(e,n),s=n.key;return[rt(e)?{id:`previous-${s}`,name:`Find the live and idle ${s} services (blue/green)`,env:{LB_NAME:o.loadBalancer,BLUE:o.blue,GREEN:o.green},run:g(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${s}.json"`)}:{id:`previous-${s}`,name:`Record the running ${s} task definition`,env:{SERVICE:o.service},run:g(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${s}.json"`)},{id:`render-${s}`,name:`Put the new ${s} image into the task definition`,uses:f("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${s}.json`,"container-name":s,image:`\${{ env.IMAGE_${s.toUpperCase()} }}`,...or(e.options,e.environment,s)}},{id:`register-${s}`,name:`Register the ${s} task definition (no service: deploy comes after migrations)`,uses:f("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${s}.outputs.task-definition }}`}}]}function lu(e,n){return rt(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:at(e,n).service}var Ya={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:C(e),DB_INSTANCE_ID:C(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:f("aws-actions/amazon-ecr-login")}],prepare:iu,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:g('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:lu(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:g(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:oe(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let o=n.key,s=`\${{ steps.register-${o}.outputs.task-definition-arn }}`;return rt(e)?[{id:`deploy-${o}`,name:`Deploy ${o} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${o}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${o}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${o}.outputs.idle_tg }}`,TASK_DEFINITION:s},run:g(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${o}`,name:`Deploy ${o} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:at(e,n).service,TASK_DEFINITION:s},run:g('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,o)=>[{id:`shift-${n.key}-${o}`,name:`Send ${o}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:g(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${o}},{TargetGroupArn=$LIVE_TG,Weight=${100-o}}]}" > /dev/null`)}],rollback:(e,n)=>{let o=n.key;return rt(e)?[{name:`Send all ${o} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${o}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${o}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${o}.outputs.live_tg }}`},run:g('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${o} is back on the previous version"`)}]:[{name:`Roll ${o} back to the previous task definition`,env:{SERVICE:at(e,n).service,PREVIOUS:`\${{ steps.previous-${o}.outputs.task_definition }}`},run:g('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:Wa,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function Ja(e){let n=`${e.name}-production`,o=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,s=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${o} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${o} --resource-group ${n} --tail 200 --follow`,logQuery:[`workspace=$(az monitor log-analytics workspace show --resource-group ${n} --workspace-name ${n}-logs --query customerId --output tsv)`,`az monitor log-analytics query --workspace "$workspace" --analytics-query "ContainerAppConsoleLogs_CL | where ContainerAppName_s == '${o}' and TimeGenerated > ago(30m) and Log_s matches regex '${pe}' | project TimeGenerated, RevisionName_s, Log_s | order by TimeGenerated desc | take 100" --output table`].join(`
`),events:`az containerapp logs show --name ${o} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${o} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${o} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${o} --resource-group ${n} --image "$(az containerapp revision show --name ${o} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${o} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${o} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${o} --resource-group ${n} --revision "$(az containerapp show --name ${o} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${s} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${o} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var Xa=e=>e.options.deploy.strategy!=="rolling",it=(e,n)=>`${C(e)}-${n.key}`,Za=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:f("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],Qa={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:C(e),PG_SERVER:`${C(e)}-pg`}),login:Za,registry:()=>[...Za(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:g('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:it(e,n)},run:g('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:g('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${C(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:g('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let o=n.key,s={APP:it(e,n),IMAGE:`\${{ env.IMAGE_${o.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(B(n.probe))};return Xa(e)?[{id:`deploy-${o}`,name:`Deploy ${o} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...s,PREVIOUS:`\${{ steps.previous-${o}.outputs.revision }}`},run:g("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${o}`,name:`Deploy ${o} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:s,run:g('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,o)=>[{id:`shift-${n.key}-${o}`,name:`Send ${o}% of ${n.key} traffic to the new revision`,env:{APP:it(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:g(o>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${o}" "$PREVIOUS=${100-o}" --output none`)}],rollback:(e,n)=>{let o=n.key,s={APP:it(e,n),PREVIOUS:`\${{ steps.previous-${o}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${o}.outputs.image }}`};return[{name:`Roll ${o} back to the previous revision`,env:s,run:Xa(e)?g('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):g('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:Ja,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var hn=e=>["compose.prod.yml",e.edge.tunnel?"compose.tunnel.yml":"compose.caddy.yml"],N=e=>`docker compose ${hn(e).map(n=>`-f ${n}`).join(" ")}`,oo=e=>[...e.edge.tunnel?["cloudflared"]:[],"deploy","scripts"];function ei(e){let n=N(e),o=`cd /srv/${e.name} && `,s=e.backend.kind!=="none"?"backend":"frontend";return{status:`${o}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${o}${n} logs --since 30m --tail 200 ${s}`,logQuery:Ha(`${o}${n} exec -T loki`,`{project="${e.name}", service="${s}"}`),events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${o}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${s}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${s} "$previous"`].join(`
`),scaleOut:`${o}${n} up --detach --no-deps --scale ${s}=2 ${s}`,restartService:`${o}${n} restart ${s}`,storageCheck:`${o}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:e.edge.tunnel?"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)":"sudo iptables -I DOCKER-USER -s <cidr> -j DROP   # Caddy publishes 80/443 on the host: block the offending CIDRs before Docker's rules"}}var ni=e=>`/srv/${e.name}`,we=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},ro=e=>e.options.deploy.strategy==="blue-green",ae=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function su(e){let n=h(e).map(o=>({key:o.key,port:o.port,healthPath:o.probe.route?o.healthPath:"",...we(o)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:_("scripts/deploy_remote.sh.hbs",{deployDir:ni(e),composeFiles:hn(e),services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:oe(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var ti={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:ni(e.options)}),login:e=>[{name:"Load the deploy SSH key into an agent",uses:f("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:g("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:g(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${hn(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,`scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r ${oo(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`)}],registry:tt,prepare:(e,n)=>[ro(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:g(`echo "colour=$(${ae(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:g(`echo "image=$(${ae(`current ${we(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:g(ae('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:g(ae('migrate "$IMAGE"'))}],deploy:(e,n)=>[ro(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:g(`idle=$(${ae(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:g(ae(`deploy ${we(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:g(ae(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>ro(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:g(ae(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:g(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,ae(`deploy ${we(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[su(e)],runbook:ei,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function oi(e){let n=e.deploy.region??"us-central1",o=`${e.name}-production`,s=e.backend.kind!=="none"?`${o}-api`:`${o}-web`;return{status:`gcloud run services describe ${s} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${s}" AND severity>=WARNING' --freshness 30m --limit 100`,logQuery:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${s}" AND (severity>=ERROR OR textPayload=~"${pe}" OR jsonPayload.message=~"${pe}")' --bucket=${e.name}-logs --location=global --view=_AllLogs --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${s} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${o} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${o} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${s} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${s} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${s} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${s} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${o}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var ao="us-central1",cu=e=>e.options.deploy.strategy!=="rolling",uu=e=>e.options.deploy.region??ao,lt=(e,n)=>`${C(e)}-${n.key}`,ri=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:f("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:f("google-github-actions/setup-gcloud")}],ai={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:ao,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:uu(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:C(e)}),login:ri,registry:e=>[...ri(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??ao,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:g('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:lt(e,n)},run:g(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:g(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${C(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:g('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let o=n.key,s={SERVICE:lt(e,n),IMAGE:`\${{ env.IMAGE_${o.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(B(n.probe))};return cu(e)?[{id:`deploy-${o}`,name:`Deploy ${o} without traffic and check the tagged revision`,"timeout-minutes":20,env:s,run:g('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${o}`,name:`Deploy ${o} and move all traffic once the revision is ready`,"timeout-minutes":20,env:s,run:g('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,o)=>[{id:`shift-${n.key}-${o}`,name:`Send ${o}% of ${n.key} traffic to the new revision`,env:{SERVICE:lt(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:g(o>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${o},$PREVIOUS=${100-o}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:lt(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:g('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:oi,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};var M={"aws-ecs":Ya,"gcp-cloud-run":ai,"azure-container-apps":Qa,kubernetes:Ka,compose:ti};function ii(e){let n=M[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw O(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}function U(e){let n=e.deploy.domain;if(!n)return[];let o=h(e),s=o.length>1,a=e.edge.dnsZone??n;return["production","staging"].flatMap(r=>o.map(t=>{let l=[t.key==="api"&&s?"api":"",r==="staging"?"staging":""].filter(Boolean).join("-"),i=l?`${l}.${n}`:n,u=i===a?"@":i.slice(0,-(a.length+1));return{id:`${r}-${t.key}`,environment:r,key:t.key,host:i,record:u,staticPaths:mu(e,t.key)}}))}function mu(e,n){return n==="api"?e.backend.kind==="django"?["/static/*"]:[]:e.frontend.kind==="nextjs"?["/_next/static/*"]:e.frontend.kind==="react-vite"?["/assets/*"]:[]}var pu=["certificate","expiry alert","cdn","rate limit","budget","cost tags"],st="no deploy.domain; set --domain (and --dns-zone) to turn it on",du={"aws-ecs":{certificate:"ACM certificates validated in Route 53, renewed by ACM (infra/edge.tf)","expiry alert":"blackbox probe_ssl_earliest_cert_expiry and uptime.yml; with --dns-zone, a CloudWatch alarm on ACM DaysToExpiry",cdn:"CloudFront in front of the load balancers, static paths cached long (infra/edge.tf)","rate limit":"WAFv2 web ACL on CloudFront: rate-based rule and AWS managed rule groups (infra/edge.tf)",budget:"aws_budgets_budget, actual and forecast alerts at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_tags, activated as cost-allocation tags (infra/versions.tf, infra/costs.tf)"},"gcp-cloud-run":{certificate:"Google-managed certificate on a global external load balancer (infra/edge.tf)","expiry alert":"uptime check with an alert on time_until_ssl_cert_expires; blackbox probe; uptime.yml",cdn:"Cloud CDN on the load balancer's backends, static content cached (infra/edge.tf)","rate limit":"Cloud Armor rate_based_ban policy on the backends (infra/edge.tf)",budget:"google_billing_budget, actual and forecast thresholds at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_labels on every resource (infra/versions.tf, infra/costs.tf)"},"azure-container-apps":{certificate:"Front Door managed certificate on each custom domain (infra/edge.tf)","expiry alert":"Application Insights standard test failing 14 days before expiry; blackbox probe; uptime.yml",cdn:"Front Door routes caching the static paths (infra/edge.tf)","rate limit":"Front Door WAF policy with a rate-limit rule (infra/edge.tf)",budget:"azurerm_consumption_budget_resource_group per environment, actual and forecast notifications (infra/costs.tf)","cost tags":"tags on the resource groups, inherited by every resource through Azure Policy (infra/costs.tf)"},kubernetes:{certificate:"cert-manager ClusterIssuer (Let's Encrypt) and Certificate, Ingress TLS (k8s/)","expiry alert":"alert rules on probe_ssl_earliest_cert_expiry and cert-manager's expiry metric; uptime.yml",cdn:"","rate limit":"ingress-nginx per-client limits on the Ingress (k8s/base)",budget:"Prometheus alert on OpenCost's cost metrics against budget.monthly (monitoring/edge-alerts.yml)","cost tags":"cost-allocation labels on every workload and namespace (k8s/)"},compose:{certificate:"Cloudflare's edge certificate, renewed by Cloudflare; the tunnel needs no origin certificate","expiry alert":"blackbox probe_ssl_earliest_cert_expiry; uptime.yml",cdn:"Cloudflare cache rule for the static paths (infra/edge.tf)","rate limit":"Cloudflare rate-limiting rule (infra/edge.tf)",budget:"","cost tags":""}},fu={certificate:"Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS, kept in the caddy_data volume (compose.caddy.yml, deploy/caddy/Caddyfile)","rate limit":"per-client limits in the nginx proxy behind Caddy (deploy/nginx/nginx.conf); no Cloudflare rule without the tunnel"},gu="no Cloudflare edge without the tunnel (edge.tunnel is false); the proxy sends static paths with long Cache-Control, put a CDN in front for more (docs/cdn.md)",hu={kubernetes:{cdn:"the cluster's edge is not part of the baseline; put a CDN in front of the ingress (docs/cdn.md)"},compose:{budget:"a self-hosted server has a fixed bill; set a billing alert with its provider (docs/costs.md)","cost tags":"one server, no cloud resources to tag (docs/costs.md)"}};function _u(e){if(h(e).length===0)return[];let n=e.cloud,o=s=>{let a=hu[n]?.[s];if(a)return a;let r=e.deploy.domain;switch(s){case"expiry alert":return r?void 0:st;case"certificate":return r?n==="aws-ecs"&&!e.edge.dnsZone?"aws-ecs validates ACM certificates in Route 53; set --dns-zone (until then infra takes var.certificate_arn)":void 0:st;case"cdn":return e.edge.cdn?n==="compose"&&!e.edge.tunnel&&r?gu:r?n==="aws-ecs"&&!e.edge.dnsZone?"CloudFront needs the ACM certificate; set --dns-zone":void 0:st:"edge.cdn is false";case"rate limit":return e.edge.waf?r?n==="aws-ecs"&&!e.edge.dnsZone?"the CloudFront web ACL needs the ACM certificate; set --dns-zone (the load balancer's own rate rule stays)":void 0:st:"edge.waf is false";case"budget":return e.budget.monthly===!1?"budget.monthly is false":void 0;case"cost tags":return}};return pu.map(s=>{let a=o(s);if(a)return{piece:s,reason:a};let r=n==="compose"&&!e.edge.tunnel?fu[s]:void 0;return{piece:s,what:r??du[n][s]}})}var D=(e,n)=>_u(e).some(o=>o.piece===n&&"what"in o);var yu="https://acme-v02.api.letsencrypt.org/directory",io="letsencrypt",lo=e=>({project:e.name,...e.costTags}),bu=e=>`${e.name}-tls`;function li(e){let n=e.edge.acmeEmail??e.notifications.email,o=e.edge.challenge==="dns-01"?{dns01:{cloudflare:{apiTokenSecretRef:{name:"cloudflare-api-token",key:"api-token"}}},selector:{dnsZones:[e.edge.dnsZone]}}:{http01:{ingress:{class:"nginx"}}};return{apiVersion:"cert-manager.io/v1",kind:"ClusterIssuer",metadata:{name:io,labels:{"app.kubernetes.io/part-of":e.name,...lo(e)}},spec:{acme:{server:yu,...n?{email:n}:{},privateKeySecretRef:{name:`${io}-account-key`},solvers:[o]}}}}function si(e,n){return{apiVersion:"cert-manager.io/v1",kind:"Certificate",metadata:{name:e.name,labels:n},spec:{secretName:bu(e),issuerRef:{kind:"ClusterIssuer",name:io},dnsNames:U(e).filter(o=>o.environment==="production").map(o=>o.host),duration:"2160h",renewBefore:"720h",privateKey:{algorithm:"ECDSA",size:256,rotationPolicy:"Always"}}}}var so=e=>e.cloud==="kubernetes"&&D(e,"certificate");var y=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name,...lo(e)}),$e=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),Ue=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),Ge=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),ci=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function ui(e,n){let o=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(Zr).map(([a,r])=>({name:a,value:r}))}}:{tcpSocket:{port:"http"}},s=(a,r)=>({...o,periodSeconds:a,timeoutSeconds:3,failureThreshold:r});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:y(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:$e(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:y(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:Ue(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:ci(e),readinessProbe:s(5,3),livenessProbe:{...s(15,4),initialDelaySeconds:20},startupProbe:s(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:Ge(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var mi=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:y(e,n.key)},spec:{type:"ClusterIP",selector:$e(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),pi=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:y(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),di=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:y(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:$e(e,n.key)}}}),fi=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:y(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:y(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Ue(10001),containers:[{name:"migrate",image:n.image,command:oe(e),envFrom:ci(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Ge(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function gi(e){if(!A(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:y(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:y(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:y(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:y(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Ue(70),containers:[{name:"pg-dump",image:Re(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Ge(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var He="127.0.0.1:8686",ct="/var/lib/docker/containers",hi=(e,n,o)=>({type:"loki",inputs:n,endpoint:e,encoding:{codec:"text"},labels:o,out_of_order_action:"accept"});function _i(e){return{data_dir:"/var/lib/vector",api:{enabled:!0,address:He},sources:{docker:{type:"file",include:[`${ct}/*/*-json.log`],read_from:"beginning"}},transforms:{parsed:{type:"remap",inputs:["docker"],source:["entry = object!(parse_json!(string!(.message)))","attrs = object(entry.attrs) ?? {}",'.project = string(attrs."com.docker.compose.project") ?? ""','.service = string(attrs."com.docker.compose.service") ?? "unknown"','.stream = string(entry.stream) ?? "stdout"','.timestamp = parse_timestamp(string(entry.time) ?? "", "%+") ?? now()','.message = strip_whitespace(string(entry.log) ?? "")'].join(`
`)},project:{type:"filter",inputs:["parsed"],condition:`.project == ${JSON.stringify(e.name)}`}},sinks:{loki:hi(`http://loki:${3100}`,["project"],{project:e.name,service:"{{ service }}",stream:"{{ stream }}"})}}}function yi(e,n,o){return{data_dir:"/vector-data-dir",api:{enabled:!0,address:`0.0.0.0:${He.split(":")[1]}`},sources:{pods:{type:"kubernetes_logs",extra_namespace_label_selector:`kubernetes.io/metadata.name in (${o.join(",")})`}},transforms:{labelled:{type:"remap",inputs:["pods"],source:[".namespace = .kubernetes.pod_namespace",".container = .kubernetes.container_name",'.component = string(.kubernetes.pod_labels."app.kubernetes.io/component") ?? "unknown"'].join(`
`)}},sinks:{loki:hi(n,["labelled"],{project:e.name,namespace:"{{ namespace }}",component:"{{ component }}",container:"{{ container }}",stream:"{{ stream }}"})}}}var _n="k8s/logging",ve=e=>`${e.name}-logging`,bi=10001,ku=Number(He.split(":")[1]),ki=(e,n)=>({requests:{cpu:e,memory:n},limits:{memory:n}}),ut=(e,n,o)=>({httpGet:{path:e,port:n},periodSeconds:o,timeoutSeconds:3,failureThreshold:3});function vu(e){let n=`${e.name}-loki`;return[{apiVersion:"v1",kind:"ConfigMap",metadata:{name:n,labels:y(e,"loki")},data:{"loki.yaml":(0,co.stringify)(ot())}},{apiVersion:"v1",kind:"Service",metadata:{name:n,labels:y(e,"loki")},spec:{selector:$e(e,"loki"),ports:[{name:"http",port:3100,targetPort:"http"}]}},{apiVersion:"apps/v1",kind:"StatefulSet",metadata:{name:n,labels:y(e,"loki")},spec:{serviceName:n,replicas:1,selector:{matchLabels:$e(e,"loki")},template:{metadata:{labels:y(e,"loki")},spec:{securityContext:Ue(bi),containers:[{name:"loki",image:v("grafana/loki:3.5.8"),args:["-config.file=/etc/loki/loki.yaml"],ports:[{name:"http",containerPort:3100}],readinessProbe:ut("/ready","http",10),livenessProbe:{...ut("/ready","http",30),initialDelaySeconds:45},resources:ki("100m","512Mi"),securityContext:Ge(),volumeMounts:[{name:"config",mountPath:"/etc/loki",readOnly:!0},{name:"data",mountPath:"/loki"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"config",configMap:{name:n}},{name:"tmp",emptyDir:{}}]}},volumeClaimTemplates:[{metadata:{name:"data"},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"10Gi"}}}}]}}]}function wu(e){let n=`${e.name}-vector`,o=[Me(e.name,"staging"),Me(e.name,"production")],s=yi(e,`http://${e.name}-loki.${ve(e)}.svc:${3100}`,o);return[{apiVersion:"v1",kind:"ServiceAccount",metadata:{name:n,labels:y(e,"vector")}},{apiVersion:"rbac.authorization.k8s.io/v1",kind:"ClusterRole",metadata:{name:n,labels:y(e,"vector")},rules:[{apiGroups:[""],resources:["pods","namespaces","nodes"],verbs:["get","list","watch"]}]},{apiVersion:"rbac.authorization.k8s.io/v1",kind:"ClusterRoleBinding",metadata:{name:n,labels:y(e,"vector")},roleRef:{apiGroup:"rbac.authorization.k8s.io",kind:"ClusterRole",name:n},subjects:[{kind:"ServiceAccount",name:n,namespace:ve(e)}]},{apiVersion:"v1",kind:"ConfigMap",metadata:{name:n,labels:y(e,"vector")},data:{"vector.yaml":(0,co.stringify)(s)}},{apiVersion:"apps/v1",kind:"DaemonSet",metadata:{name:n,labels:y(e,"vector")},spec:{selector:{matchLabels:$e(e,"vector")},template:{metadata:{labels:y(e,"vector")},spec:{serviceAccountName:n,securityContext:{...Ue(bi),supplementalGroups:[0]},tolerations:[{operator:"Exists",effect:"NoSchedule"}],containers:[{name:"vector",image:v("timberio/vector:0.58.0-alpine"),args:["--config","/etc/vector/vector.yaml"],env:[{name:"VECTOR_SELF_NODE_NAME",valueFrom:{fieldRef:{fieldPath:"spec.nodeName"}}}],ports:[{name:"api",containerPort:ku}],readinessProbe:ut("/health","api",10),livenessProbe:ut("/health","api",30),resources:ki("50m","256Mi"),securityContext:Ge(),volumeMounts:[{name:"config",mountPath:"/etc/vector",readOnly:!0},{name:"pod-logs",mountPath:"/var/log/pods",readOnly:!0},{name:"data",mountPath:"/vector-data-dir"}]}],volumes:[{name:"config",configMap:{name:n}},{name:"pod-logs",hostPath:{path:"/var/log/pods",type:"Directory"}},{name:"data",emptyDir:{}}]}}}}]}function vi(e){return[{apiVersion:"v1",kind:"Namespace",metadata:{name:ve(e),labels:y(e,"logging")}},...vu(e),...wu(e)]}function wi(e){let n=[],{backend:o,frontend:s}=e;if(o.kind==="django"||o.kind==="fastapi"){let r=o.packageManager,t=r==="uv"?"uv":"pip";n.push({ecosystem:t,renovate:r==="uv"?"pep621":r==="poetry"?"poetry":"pip_requirements",directory:o.dir})}else o.kind!=="none"&&n.push(uo(o.packageManager,o.dir));s.kind!=="none"&&n.push(uo(s.packageManager,s.dir)),e.library.kind!=="none"&&n.push(uo(e.library.packageManager,e.library.dir));for(let r of S(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:$u.dirname(R(r))});if(e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),Si(e))for(let r of $i)n.push({ecosystem:"docker",renovate:"kubernetes",directory:r});n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let a=new Set;return n.filter(r=>{let t=`${r.ecosystem}:${r.directory}`;return a.has(t)?!1:(a.add(t),!0)})}var $i=["k8s/base",_n],Si=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function uo(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}function Su(e,n){return{"package-ecosystem":e,..."directory"in n?{directory:n.directory}:{directories:[...n.directories]},schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${e}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}}var Eu=e=>e==="."?"/":`/${e}`;function Pu(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:wi(e).map(o=>Su(o.ecosystem,{directory:Eu(o.directory)}))}}}function xu(e){let n=wi(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(o=>o.renovate))],...Si(e)?{kubernetes:{managerFilePatterns:$i.map(o=>`/^${o}/.+\\.yaml$/`)}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var Ei={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?xu(e):Pu(e)]};var Pi={contents:"read","security-events":"write"};function xi(e,n,o){let s=`trivy-${n}.sarif`,a=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:f("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...a,severity:o.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:s,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:f("github/codeql-action/upload-sarif"),with:{sarif_file:s,category:`trivy-${n}`}}]}function mo(e,n){return x(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[w(),...xi({kind:e},e,n)],{permissions:{...Pi}})}function Oi(e,n){let o=`scan-${e.role}:latest`;return x(`Trivy: ${e.role} image`,30,[w(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:f("docker/build-push-action"),with:{context:e.context,file:R(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:o}},...xi({kind:"image",ref:o},`image-${e.role}`,n)],{permissions:{...Pi}})}function Ou(e){return[...new Set([...nt(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function Cu(e){return x("CodeQL (${{ matrix.language }})",30,[w(),{id:"codeql-init",name:"Initialize CodeQL",uses:f("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:f("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:Ou(e)}}})}var Ru={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},Ci=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function Tu(e){let n=[...e].sort((o,s)=>Ci.indexOf(o)-Ci.indexOf(s))[0]??"HIGH";return Ru[n]}function Au(e){return x("Dependency review",10,[w(),{id:"dependency-review",name:"Review dependency changes",uses:f("actions/dependency-review-action"),with:{"fail-on-severity":Tu(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function Du(){return x("Secret scanning (gitleaks)",15,[w({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:f("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function Iu(e){let n={"trivy-fs":mo("fs",e),"trivy-config":mo("config",e)};for(let o of S(e))n[`trivy-image-${o.role}`]=Oi(o,e);return n.codeql=Cu(e),n["dependency-review"]=Au(e),n.gitleaks=Du(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var Ri={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:Iu(e)}]};var mt=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function po(){return["postgres",...mt.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var pt={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var ju=e=>e.database==="postgres"||e.database==="postgis";function fo(e){let n=[],o=(s,a,r,t,l=!1)=>n.push({section:s,name:a,description:r,example:t,secret:l});return ju(e)&&(o("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),o("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),o("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&o("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(o("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),o("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&o("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(o("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),o("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&o("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&o("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function $(e){return`\${${e}:?set ${e} in .env}`}var q="db",Se="redis",Ee="minio",dt="pgbouncer";function G(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var Pe=e=>e.database==="postgres"||e.database==="postgis";function ft(e){return{image:Ce(e),command:po(),environment:{POSTGRES_USER:$("POSTGRES_USER"),POSTGRES_PASSWORD:$("POSTGRES_PASSWORD"),POSTGRES_DB:$("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:G(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function gt(){return{image:v("redis:7-alpine"),command:["redis-server","--requirepass",$("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:$("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:G(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function ht(){return{image:v("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:$("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:$("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:G(["CMD","mc","ready","local"])}}function Ti(){return{image:v("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:$("POSTGRES_USER"),DB_PASSWORD:$("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[q]:{condition:"service_healthy"}},healthcheck:G(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function Ai(e,n,o){let s={};for(let a of W(e,n))o.has(a.name)||(s[a.name]=a.required?`\${${a.name}:?set ${a.name} in .env}`:`\${${a.name}:-${Bu(a.default??"")}}`);return s}var Bu=e=>e.replace(/\$/g,"$$$$").replace(/}/g,"");function ze(e,n){let o={};return Pe(e)&&(o.DATABASE_URL=`postgresql://${$("POSTGRES_USER")}:${$("POSTGRES_PASSWORD")}@${n}:5432/${$("POSTGRES_DB")}`),e.cache==="redis"&&(o.REDIS_URL=`redis://:${$("REDIS_PASSWORD")}@${Se}:6379/0`),e.objectStorage==="minio"&&(o.S3_ENDPOINT_URL=`http://${Ee}:9000`,o.AWS_ACCESS_KEY_ID=$("MINIO_ROOT_USER"),o.AWS_SECRET_ACCESS_KEY=$("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(o.S3_BUCKET=$("S3_BUCKET")),e.backend.kind==="django"&&(o.DJANGO_SECRET_KEY=$("DJANGO_SECRET_KEY"),o.DJANGO_ALLOWED_HOSTS=$("DJANGO_ALLOWED_HOSTS")),o}function Ve(e,n,o){return{...o,...Ai(e,n,new Set(Object.keys(o)))}}function _t(e,n){let o={};return Pe(e)&&(o[n]={condition:"service_healthy"}),e.cache==="redis"&&(o[Se]={condition:"service_healthy"}),e.objectStorage==="minio"&&(o[Ee]={condition:"service_healthy"}),o}function qe(e,n){let o=n.strategy.probeRuntime(e),s=L(o,n.port,n.probe);return o==="busybox"?G(["CMD",...s]):G(["CMD",...s],o==="python"?"30s":"20s")}function Fe(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function Ke(e){let n=S(e);return{backend:n.find(o=>o.role==="backend"),frontend:n.find(o=>o.role==="frontend")}}function de(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var We="app",Di=e=>e==="."?".":`./${e}`,Ye=(e,n)=>`127.0.0.1:${e}:${n}`;function go(e){let n={},o={},{backend:s,frontend:a}=Ke(e);if(s&&(n.backend={build:{context:Di(s.context),dockerfile:s.dockerfile},...de("environment",Ve(e,"backend",ze(e,q))),ports:[Ye(s.port,s.port)],...de("depends_on",_t(e,q)),healthcheck:qe(e,s),networks:[We]}),a){let r=s&&s.port===a.port?a.port+1:a.port;n.frontend={build:{context:Di(a.context),dockerfile:a.dockerfile},...de("environment",Ve(e,"frontend",Fe(e,s))),ports:[Ye(r,a.port)],...s?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:qe(e,a),networks:[We]}}return Pe(e)&&(n[q]={...ft(e),ports:[Ye(5432,5432)],networks:[We]},o["db-data"]={}),e.cache==="redis"&&(n[Se]={...gt(),ports:[Ye(6379,6379)],networks:[We]},o["redis-data"]={}),e.objectStorage==="minio"&&(n[Ee]={...ht(),ports:[Ye(9e3,9e3),Ye(9001,9001)],networks:[We]},o["minio-data"]={}),{name:e.name,services:n,...Object.keys(o).length>0?{volumes:o}:{},networks:{[We]:{}}}}var Lu=".env.example",Nu=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"];function Mu(e){let n=fo(e);return[...n.map(s=>({name:s.name,section:s.section,lines:[`# ${s.description}${s.secret?" (secret)":""}`,`${s.name}=${s.example}`]})),...Gu(e,new Set(n.map(s=>s.name)))]}function Uu(e){let n=[],o="";for(let s of e)s.section!==o&&(o=s.section,n.push("",`# --- ${o} ---`)),n.push(...s.lines);return n}function Ii(e){let n=Mu(e);if(n.length!==0)return{kind:"text",path:Lu,component:"compose",comment:"hash",text:`${[...Nu,...Uu(n)].join(`
`)}
`}}function Gu(e,n){let o=[];for(let s of["backend","frontend"]){let a=he(e,s).filter(l=>!n.has(l.name)),r=`${s==="backend"?"Backend":"Frontend"} (${e[s].kind}): variables the app reads`,t=new Set(Object.keys(s==="backend"?ze(e,q):Fe(e,Ke(e).backend)));for(let l of a){let i=l.secret?"":l.default??"",u=t.has(l.name)?[`# ${rn(l)}; compose sets it from the values above`,`# ${l.name}=`]:[`# ${rn(l)}`,l.required?`${l.name}=${i}`:`# ${l.name}=${i}`];o.push({name:l.name,section:r,lines:u})}}return o}var ie="edge",xe="data",ee="proxy",Xe=8080,Hu=`http://127.0.0.1:${Xe}/nginx-health`,Ze=e=>e.cloud!=="compose"?void 0:e.edge.tunnel?"tunnel":"caddy",yt=e=>Ze(e)!==void 0,Z=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),Q=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3",labels:"com.docker.compose.project,com.docker.compose.service"}}}),ji=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),Je=()=>({read_only:!0,...ji()});function yn(e,n=[]){let o={},s={},{backend:a,frontend:r}=Ke(e),t=Pe(e),l={};a&&(o.backend={image:$("BACKEND_IMAGE"),...de("environment",Ve(e,"backend",ze(e,t?dt:q))),...de("depends_on",_t(e,dt)),healthcheck:qe(e,a),networks:[ie,xe],...Q(),...Je(),tmpfs:["/tmp"],deploy:Z("1.0","512M")},l.backend={condition:"service_healthy"}),r&&(o.frontend={image:$("FRONTEND_IMAGE"),...de("environment",Ve(e,"frontend",Fe(e,a))),...a?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:qe(e,r),networks:[ie],...Q(),...Je(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${Hn(r).inService(".next/cache")}`]:["/tmp"],deploy:Z("0.5","256M")},l.frontend={condition:"service_healthy"}),o[ee]={image:v("nginxinc/nginx-unprivileged:1.29.5-alpine"),...yt(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:l,healthcheck:G(["CMD","wget","-q","--spider",Hu]),networks:[ie],...Q(),...Je(),tmpfs:["/tmp"],deploy:Z("0.5","128M")},t&&(o[q]={...ft(e),networks:[xe],...Q(),deploy:Z("1.0","1G")},o[dt]={...Ti(),networks:[xe],...Q(),...ji(),deploy:Z("0.25","64M")},s["db-data"]={}),e.cache==="redis"&&(o[Se]={...gt(),networks:[xe],...Q(),deploy:Z("0.5","256M")},s["redis-data"]={}),e.objectStorage==="minio"&&(o[Ee]={...ht(),networks:[xe],...Q(),deploy:Z("0.5","512M")},s["minio-data"]={});let i={name:e.name,services:o,...Object.keys(s).length>0?{volumes:s}:{},networks:{[ie]:{},[xe]:{internal:!0}}};for(let u of n)i=Bi(i,u);return i}function Bi(e,n){let o=(a,r,t)=>{for(let l of Object.keys(r??{}))if(a&&l in a)throw new Error(`compose: ${t} "${l}" is already defined`);return{...a,...r}},s=o(e.volumes,n.volumes,"volume");return{...e,services:o(e.services,n.services,"service"),...Object.keys(s).length>0?{volumes:s}:{},networks:o(e.networks,n.networks,"network")}}var _o="deploy/logs/loki.yml",yo="deploy/logs/vector.yml",ho="logs";function Li(){return{services:{loki:{image:v("grafana/loki:3.5.8"),command:["-config.file=/etc/loki/loki.yml"],volumes:[`./${_o}:/etc/loki/loki.yml:ro`,"loki-data:/loki"],healthcheck:G(["CMD","/busybox/wget","-q","--spider",`http://127.0.0.1:${3100}/ready`],"30s"),networks:[ho],...Q(),...Je(),tmpfs:["/tmp"],deploy:Z("0.5","512M")},vector:{image:v("timberio/vector:0.58.0-alpine"),command:["--config","/etc/vector/vector.yml"],volumes:[`./${yo}:/etc/vector/vector.yml:ro`,`${ct}:${ct}:ro`,"vector-data:/var/lib/vector"],depends_on:{loki:{condition:"service_healthy"}},healthcheck:G(["CMD","wget","-q","--spider",`http://${He}/health`]),networks:[ho],...Q(),...Je(),tmpfs:["/tmp"],deploy:Z("0.25","128M")}},volumes:{"loki-data":{},"vector-data":{}},networks:{[ho]:{}}}}function Ni(e,n){return[{kind:"yaml",path:_o,component:n,headerComment:`Loki for compose.prod.yml: logs kept ${30} days (compactor retention). Check: loki -config.file=${_o} -verify-config`,data:ot()},{kind:"yaml",path:yo,component:n,headerComment:`Vector for compose.prod.yml: ships this project's container logs to Loki. Check: vector validate --no-environment ${yo}`,data:_i(e)}]}var bo=[Li];var kt="compose";function zu(e){switch(Ze(e)){case"tunnel":return`Single-host production behind the Cloudflare tunnel: ${N(e)} up -d. Needs .env. No port is published.`;case"caddy":return`Single-host production behind Caddy (automatic HTTPS): ${N(e)} up -d. Needs .env. Only Caddy publishes ports.`;default:return"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem."}}var Mi={name:kt,description:"Compose files for development and single-host production, with healthchecks, pgbouncer, a TLS proxy, and Vector shipping logs to Loki.",render:e=>{if(S(e).length===0)return[];let n=bo.map(a=>a(e)).filter(a=>a!==void 0),o=[{kind:"yaml",path:"docker-compose.yml",component:kt,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:go(e)},{kind:"yaml",path:"compose.prod.yml",component:kt,headerComment:zu(e),data:yn(e,n)},...Ni(e,kt)],s=Ii(e);return s&&o.push(s),o}};var ko=e=>e.key==="api"?8081:8082,Ui="deploy/switch/nginx.conf";function Gi(e){let n=h(e).map(o=>({key:o.key,switchPort:ko(o)}));return{kind:"text",path:Ui,component:"deploy",comment:"hash",text:_("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function Vu(e){let n=yn(e).services,o={},s=h(e);for(let a of s){let{service:r,imageVar:t}=we(a),l=n[r];if(!l)throw new Error(`compose.prod.yml has no ${r} service`);o[`${r}-green`]={...l,image:`\${${t}_GREEN:-\${${t}}}`}}return o.switch={image:v("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${Ui}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(s.map(a=>[we(a).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},o}function vt(e){return e.deploy.strategy!=="blue-green"?{}:{...Vu(e),[ee]:{depends_on:{switch:{condition:"service_healthy"}}}}}var Hi="public, max-age=31536000, immutable",qu="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function zi(e,n){let o=n.some(t=>t.role==="backend"),s=n.some(t=>t.role==="frontend"),a=s?"frontend":"backend",r=[];if(o&&s){r.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."});let t=k(e);t.route&&t.path!=="/"&&!t.path.startsWith("/api/")&&r.push({match:`= ${t.path}`,upstream:"backend",why:"The API's health route."}),e.backend.kind==="django"&&r.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})}return o&&e.backend.kind==="django"&&r.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&r.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:Hi,expires:"1y"}),e.frontend.kind==="react-vite"&&r.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:Hi,expires:"1y"}),r.push({match:`~* \\.(?:${qu})$`,upstream:a,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),r.push({match:"/",upstream:a,why:s?"Everything else is the frontend.":"Everything else is the backend."}),r}var Fu=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],Ku="deploy/nginx/nginx.conf";function Wu(e){let n=yt(e)&&e.deploy.strategy==="blue-green";return S(e).map(o=>n?{name:o.role,host:"switch",port:ko({key:o.role==="backend"?"api":"web"})}:{name:o.role,host:o.role,port:o.port})}function Yu(e){let n=S(e),o=Ze(e),s=n.length===2,a=o&&s&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,r=zi(e,n).map(t=>a&&t.upstream==="frontend"?{...t,upstream:"$site"}:t);return _("proxy/nginx.conf.hbs",{upstreams:Wu(e),locations:r,edge:!!o,tunnel:o==="tunnel",apiHost:a,securityHeaders:Fu,rateLimit:20,rateBurst:40})}var Vi={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>S(e).length===0?[]:[{kind:"text",path:Ku,component:"proxy",comment:"hash",text:Yu(e)}]};var qi="deploy/pgbouncer/pgbouncer.ini",vo="database-guidance",Fi=e=>e.database==="postgres"||e.database==="postgis";function Ju(e){return{kind:"text",path:"docs/database.md",component:vo,comment:"html",text:_("docs/database.md.hbs",{postgres:Fi(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:mt.map(([n,o,s])=>({name:n,value:o,why:s})),pool:pt,pgbouncerIni:qi}).replace(/\n+$/,`
`)}}var Ki={name:vo,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[Ju(e)];return Fi(e)&&S(e).length>0&&n.push({kind:"text",path:qi,component:vo,comment:"hash",text:_("database/pgbouncer.ini.hbs",{pool:pt})}),n}};var wt=(e,n)=>`${e.name.replace(/[^a-z0-9]/g,"").slice(0,12)}-${n==="production"?"prod":"stag"}-kv`;function bn(e,n){let o=`${e.name}-${n}`,s=e.deploy.region??M[e.cloud].defaultRegion??"",a=e.backend.kind!=="none"?"api":"web";switch(e.cloud){case"aws-ecs":return{plainLives:"the task definition's `environment` (infra/modules/environment/app-config.tf)",secretLives:`AWS Secrets Manager, \`${o}/NAME\`, injected through the task definition's \`secrets\``,setSecret:`aws secretsmanager put-secret-value --region ${s} --secret-id ${o}/NAME --secret-string "$VALUE"`,reload:`aws ecs update-service --region ${s} --cluster ${o} --service ${o}-${a} --force-new-deployment`,newSecret:`A secret variable added after the first deploy: \`terraform apply\` creates its secret, but deploy.yml derives each task definition revision from the running one (plain values are re-applied on every deploy; secret references are not), so let Terraform write a fresh revision once: \`terraform apply -replace='module.${n}.aws_ecs_task_definition.${a}'\`, then deploy.`};case"gcp-cloud-run":return{plainLives:"the Cloud Run service's `env` (infra/app-config.tf)",secretLives:`Secret Manager, \`${o}-NAME\`, referenced at version \`latest\``,setSecret:`printf '%s' "$VALUE" | gcloud secrets versions add ${o}-NAME --data-file=-`,reload:`gcloud run services update ${o}-${a} --region ${s} --update-labels config-reload="$(date +%s)"`};case"azure-container-apps":return{plainLives:"the container app's `env` (infra/app-config.tf)",secretLives:`Key Vault \`${wt(e,n)}\`, the name in lowercase with dashes (\`name\`), through \`secretref\``,setSecret:`az keyvault secret set --vault-name ${wt(e,n)} --name name --value "$VALUE" --output none`,reload:`az containerapp update --name ${o}-${a} --resource-group ${o} --revision-suffix "cfg$(date +%s)"`};case"kubernetes":{let r=`${e.name}-${n==="production"?"prod":"dev"}`;return{plainLives:`the ConfigMap \`${e.name}-config\` (k8s/base, values per overlay in k8s/overlays/*/app-config.yaml)`,secretLives:`the cluster's secret store, entry \`${e.name}/app\`, property \`NAME\`, synced by the ExternalSecret \`${e.name}-secrets\``,setSecret:`# set property NAME of ${e.name}/app in the store behind the ClusterSecretStore "default", then:
kubectl annotate externalsecret ${e.name}-secrets --namespace ${r} force-sync="$(date +%s)" --overwrite`,reload:`kubectl rollout restart deployment/${e.name}-${a} --namespace ${r}`}}case"compose":return{plainLives:`\`/srv/${e.name}/.env\` on the server (mode 0600), read by compose.prod.yml`,secretLives:`\`/srv/${e.name}/.env\` on the server (mode 0600, never in git), interpolated by compose.prod.yml`,setSecret:`ssh "$DEPLOY_USER@$DEPLOY_HOST" "sed -i '/^NAME=/d' /srv/${e.name}/.env" && printf 'NAME=%s\\n' "$VALUE" | ssh "$DEPLOY_USER@$DEPLOY_HOST" "cat >> /srv/${e.name}/.env"`,reload:`ssh "$DEPLOY_USER@$DEPLOY_HOST" "cd /srv/${e.name} && docker compose -f compose.prod.yml up -d"`}}}function Xu(e){let n=C(e);switch(e.options.cloud){case"aws-ecs":return{env:{SECRET_PREFIX:n},lines:[`secret_is_set() { [ "$(aws secretsmanager list-secret-version-ids --secret-id "$SECRET_PREFIX/$1" --query 'length(Versions)' --output text 2>/dev/null || echo 0)" -gt 0 ]; }`]};case"gcp-cloud-run":return{env:{SECRET_PREFIX:n},lines:[`secret_is_set() { [ -n "$(gcloud secrets versions list "$SECRET_PREFIX-$1" --filter=state:ENABLED --limit=1 --format='value(name)' 2>/dev/null)" ]; }`]};case"azure-container-apps":return{env:{KEY_VAULT:wt(e.options,e.environment)},lines:["secret_is_set() {","  local name",`  name=$(printf '%s' "$1" | tr '[:upper:]_' '[:lower:]-')`,`  [ "$(az keyvault secret list-versions --vault-name "$KEY_VAULT" --name "$name" --query 'length([?attributes.enabled])' --output tsv 2>/dev/null || echo 0)" -gt 0 ]`,"}"]};case"kubernetes":return{env:{SYNC_TARGET:`${e.options.name}-secrets`},lines:['secret_is_set() { [ -n "$(kubectl get secret "$SYNC_TARGET" --namespace "$NAMESPACE" --output "jsonpath={.data.$1}" 2>/dev/null)" ]; }']};case"compose":return{env:{},lines:["secret_is_set() {","  # shellcheck disable=SC2029 # DEPLOY_DIR and the name expand here on purpose.",`  ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" "grep -Eq '^$1=.+' '$DEPLOY_DIR/.env'"`,"}"]}}}function wo(e){let n=e.services.flatMap(s=>W(e.options,le(s.key))),o=[...new Map(n.map(s=>[s.name,s])).values()];return e.options.cloud==="compose"?{plain:[],secrets:o.filter(s=>s.required)}:{plain:o.filter(s=>!s.secret&&s.required),secrets:o.filter(s=>s.secret)}}function Wi(e){let{plain:n,secrets:o}=wo(e);if(n.length===0&&o.length===0)return;let s=Xu(e),a={...s.env,DEPLOY_ENVIRONMENT:e.environment};for(let r of n)a[r.name]=H(e.options,e.environment,r);return n.length>0&&(a.REQUIRED_PLAIN=n.map(r=>r.name).join(" ")),o.length>0&&(a.REQUIRED_SECRETS=o.map(r=>r.name).join(" ")),{id:"startup-guard",name:"Startup guard: every required variable has a value in this environment",env:a,run:g(...s.lines,'missing=""',"for name in ${REQUIRED_PLAIN:-}; do",'  if [ -z "${!name:-}" ]; then missing="$missing $name"; fi',"done","for name in ${REQUIRED_SECRETS:-}; do",'  if ! secret_is_set "$name"; then missing="$missing $name"; fi',"done",'if [ -n "$missing" ]; then','  echo "::error::Empty in $DEPLOY_ENVIRONMENT:$missing. Nothing was deployed; set them (docs/configuration.md) and re-run."',"  exit 1","fi",'echo "All required configuration is set in $DEPLOY_ENVIRONMENT."')}}var Yi=e=>`\${{ vars.${e} }}`;function $t(e,n,o){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${o})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,HEALTHY_BELOW:String(B(e.probe)),DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function Zu(e,n,o){let s=[...e.deploy(n,o)];switch(n.options.deploy.strategy){case"rolling":s.push($t(o,"rollout","rolled out"));break;case"canary":s.push(...e.shift(n,o,10),$t(o,"canary","canary at 10%"),...e.shift(n,o,100),$t(o,"full","all traffic"));break;case"blue-green":s.push(...e.shift(n,o,100),$t(o,"switched","switched"));break}return s}var Qu=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function $o(e,n,o){let s=eo(e,o),a=[w(),...n.login(s)],r=Wi(s);r&&a.push(r);for(let u of s.services)a.push(...n.prepare(s,u));s.hasDatabase&&a.push(...n.snapshot(s)),s.migrator&&a.push(...n.migrate(s,s.migrator));for(let u of s.services)a.push(...Zu(n,s,u));for(let u of s.services)a.push(...n.rollback(s,u).map((c,m)=>({...c,id:`rollback-${u.key}${m===0?"":`-${m}`}`,if:`\${{ failure() && (${Qu(`deploy-${u.key}`)}) }}`})));let t={};for(let u of s.services)t[`IMAGE_${u.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${u.image}:\${{ github.sha }}`;let l={contents:"read",...n.deployPermissions},i=s.services.some(u=>u.key==="web")?Yi("WEB_URL"):Yi("API_URL");return{name:`Deploy to ${o}`,"runs-on":"ubuntu-latest",needs:o==="production"?["build","deploy-staging"]:["build"],environment:{name:o,url:i},permissions:l,concurrency:{group:`deploy-${o}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(s),...t},steps:a}}function em(e,n){let o=[w(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:f("docker/setup-buildx-action")}];for(let s of h(e))o.push({id:`build-${s.key}`,name:`Build and push ${s.image}`,uses:f("docker/build-push-action"),with:{context:s.context,file:s.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${s.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${s.image}`,"cache-to":`type=gha,mode=max,scope=${s.image}`,...mn(e,le(s.key))}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:o}}function nm(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:f("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function tm(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:f("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function So(e,n){let o={build:em(e,n),"deploy-staging":$o(e,n,"staging"),"deploy-production":$o(e,n,"production"),release:nm()};return e.notifications.slack&&(o.notify=tm()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:o}}var om=v("caddy:2.11.4-alpine"),Ji="deploy/caddy/Caddyfile",Xi="localhost:2019",rm=e=>U(e).filter(n=>n.environment==="production").map(n=>n.host);function Zi(e){return{kind:"yaml",path:"compose.caddy.yml",component:"deploy",headerComment:`Caddy with automatic HTTPS for the self-hosted target: ${N(e)} up -d`,data:{services:{caddy:{image:om,ports:["80:80","443:443","443:443/udp"],volumes:[`./${Ji}:/etc/caddy/Caddyfile:ro`,"caddy_data:/data","caddy_config:/config"],depends_on:{[ee]:{condition:"service_healthy"}},healthcheck:{test:["CMD","curl","--fail","--silent","--output","/dev/null",`http://${Xi}/config/`],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[ie],restart:"unless-stopped",read_only:!0,tmpfs:["/tmp"],cap_drop:["ALL"],cap_add:["NET_BIND_SERVICE"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"256M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...vt(e)},volumes:{caddy_data:{},caddy_config:{}}}}}function Qi(e){return{kind:"text",path:Ji,component:"deploy",comment:"hash",text:_("deploy/Caddyfile.hbs",{hosts:rm(e),acmeEmail:e.edge.acmeEmail??e.notifications.email,admin:Xi,upstream:`${ee}:${Xe}`})}}var am=v("cloudflare/cloudflared:2026.3.0");function el(e){return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: ${N(e)} up -d`,data:{services:{cloudflared:{image:am,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[ee]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[ie],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...vt(e)}}}}function nl(e){let n=`http://${ee}:${Xe}`,o=e.deploy.domain,s=h(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:o?[...s?[{hostname:`api.${o}`,service:n}]:[],{hostname:o,service:n},{service:"http_status:404"}]:[{service:n}]}}}function im(e){if(h(e).length===0)return[];let n=ii(e),o=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(So(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:_("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:k(e).path})},...n.files?.(e)??[]];return e.cloud==="compose"&&(o.push(...e.edge.tunnel?[el(e),nl(e)]:[Zi(e),Qi(e)]),e.deploy.strategy==="blue-green"&&o.push(Gi(e))),o}var tl={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose edge (Cloudflare tunnel or Caddy).",render:im};var lm={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},F=e=>e.backup.bucket??`${e.name}-backups`;function sm(e,n){return{name:e.name,targetTitle:lm[n],retention:e.backup.retention,bucket:F(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function ol(e,n){let o=sm(e,n);return["backup_db.sh","restore_db.sh"].map(s=>({kind:"text",path:`scripts/${s}`,component:"backup",comment:"hash",executable:!0,text:_(`scripts/${s}.hbs`,o).replace(/\n{3,}/g,`

`)}))}function cm(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function um(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:f("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:f("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:f("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:f("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var rl={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},kn={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},mm=["pg_dump","pg_restore","psql","createdb","dropdb"],pm=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function Eo(){let e=pm.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:Re()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${mm.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var al=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:cm(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function il(e,n){let o=um(e,n),s=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},a={};return n==="local"?a.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:s,"timeout-minutes":60,env:{...rl,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[w(),Eo(),{id:"backup",name:"Back up the database",env:kn,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:kn,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...al(e).map(r=>({...r,env:{...r.env,...kn}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:kn,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(a.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:s,"timeout-minutes":60,env:{...rl,...o.env},steps:[w(),...o.steps,Eo(),{id:"backup",name:"Back up the database",env:kn,run:`bash scripts/backup_db.sh
`}]},a.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:s,"timeout-minutes":60,services:{scratch:{image:Ce(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...o.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[w(),...o.steps,Eo(),...al(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:a}}function dm(e){let n=e.backup.target;return n==="none"||!A(e)?[]:[...ol(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(il(e,n)))}]}var ll={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:dm};var sl={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function cl(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${sl[n]}.md`}function Po(e){let[n,o,s,,a]=e.split(/\s+/),r=t=>t*3600;return a!=="*"?r(170):s!=="*"?r(746):o==="*"||o?.includes("/")||o?.includes(",")?r(n==="*"?1:2):r(26)}function vn(e){let n=Po(e.backup.schedule),o=(a,r,t,l,i,u)=>({alert:a,expr:r,for:t,labels:{severity:l},annotations:{summary:i,description:u,runbook_url:cl(e,a)}}),s=[];return e.backend.kind!=="none"&&s.push(o("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),o("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),s.push(o("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),o("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),o("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&s.push(o("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),o("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),s}function fm(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let o='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${o}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${o}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let o=Math.ceil(Po(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${o+1}`}],at:o,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var gm=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function hm(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(o,s)=>n[s]??"")}function ul(e,n=vn(e)){let o=n.map(s=>{let a=fm(e,s.alert);return{interval:"1m",input_series:a.series,alert_rule_test:[{eval_time:`${a.at}m`,alertname:s.alert,exp_alerts:[{exp_labels:{...a.labels,severity:s.labels.severity},exp_annotations:{summary:hm(s.annotations.summary,a.labels),description:s.annotations.description,runbook_url:s.annotations.runbook_url}}]}]}});return o.push({interval:"1m",input_series:gm,alert_rule_test:n.map(s=>({eval_time:"35m",alertname:s.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:o}}var xo="/etc/alertmanager/secrets";function _m(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",o=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${xo}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:o}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${xo}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:o}]};case"none":return{name:"oncall"}}}function ml(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${xo}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[_m(e)]}}var Qe=14,Oo=730,wn="certificate-expiring",pl="blackbox-exporter:9115",Oe=e=>D(e,"expiry alert")?U(e).filter(n=>n.environment==="production").map(n=>`https://${n.host}/`):[],ym=(e,n)=>`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${n}.md`;function Co(e){let n=Oe(e);return n.length===0?[]:[{job_name:"tls",metrics_path:"/probe",params:{module:["tls"]},static_configs:[{targets:n}],relabel_configs:[{source_labels:["__address__"],target_label:"__param_target"},{source_labels:["__param_target"],target_label:"instance"},{target_label:"__address__",replacement:pl}]}]}function bm(e){let n=(a,r,t,l,i,u,c)=>({alert:a,expr:r,for:t,labels:{severity:l},annotations:{summary:i,description:u,runbook_url:ym(e,c)}}),o=[];Oe(e).length>0&&o.push(n("CertificateExpiringSoon",`probe_ssl_earliest_cert_expiry{job="tls"} - time() < ${Qe} * 86400`,"1h","warning","The certificate served at {{ $labels.instance }} expires within 14 days","Automatic renewal should have replaced it 30 days before expiry; something stopped it.",wn),n("CertificateExpired",'probe_ssl_earliest_cert_expiry{job="tls"} - time() <= 0',"0m","critical","The certificate served at {{ $labels.instance }} has expired","Browsers refuse the site.",wn)),e.cloud==="kubernetes"&&D(e,"certificate")&&o.push(n("CertManagerCertificateNotReady",'max by (name, namespace) (certmanager_certificate_ready_status{condition="False"}) == 1',"1h","warning","cert-manager Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready","Issuance or renewal has failed for an hour; the served certificate is not being renewed.",wn));let s=e.budget.monthly;if(e.cloud==="kubernetes"&&s!==!1){let a=`sum(node_total_hourly_cost) * ${Oo}`;o.push(n("BudgetForecastAbove80",`${a} > ${s*.8}`,"6h","warning",`The cluster's monthly run rate is above 80 % of the ${s} ${e.budget.currency} budget`,"OpenCost's hourly node cost, kept up for a month, exceeds 80 % of budget.monthly.","incident-response"),n("BudgetForecastAbove100",`${a} > ${s}`,"6h","critical",`The cluster's monthly run rate is above the ${s} ${e.budget.currency} budget`,"OpenCost's hourly node cost, kept up for a month, exceeds budget.monthly.","incident-response"))}return o}function km(e,n){let o=Oe(e)[0]??"https://example.org/",s=e.budget.monthly===!1?0:e.budget.monthly;switch(n){case"CertificateExpiringSoon":return{series:[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${o}"}`,values:`${10*86400}x120`}],at:90,labels:{job:"tls",instance:o}};case"CertificateExpired":return{series:[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${o}"}`,values:"1800x60"}],at:40,labels:{job:"tls",instance:o}};case"CertManagerCertificateNotReady":return{series:[{series:`certmanager_certificate_ready_status{name="${e.name}",namespace="${e.name}-prod",condition="False"}`,values:"1x90"}],at:70,labels:{name:e.name,namespace:`${e.name}-prod`}};default:return{series:[{series:'node_total_hourly_cost{node="n1"}',values:`${(s*1.1/Oo).toFixed(4)}x480`}],at:400,labels:{}}}}function vm(e,n){let o=Oe(e)[0]??"https://example.org/",s=e.budget.monthly===!1?0:e.budget.monthly,a=r=>n.some(t=>t.expr.includes(r));return[...a("probe_ssl_earliest_cert_expiry")?[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${o}"}`,values:`${60*86400}x480`}]:[],...a("certmanager_")?[{series:`certmanager_certificate_ready_status{name="${e.name}",namespace="${e.name}-prod",condition="False"}`,values:"0x480"}]:[],...a("node_total_hourly_cost")?[{series:'node_total_hourly_cost{node="n1"}',values:`${(s*.5/Oo).toFixed(4)}x480`}]:[]]}var wm=(e,n)=>e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(o,s)=>n[s]??"");function $m(e,n){let o=n.map(s=>{let a=km(e,s.alert);return{interval:"1m",input_series:a.series,alert_rule_test:[{eval_time:`${a.at}m`,alertname:s.alert,exp_alerts:[{exp_labels:{...a.labels,severity:s.labels.severity},exp_annotations:{...s.annotations,summary:wm(s.annotations.summary,a.labels)}}]}]}});return o.push({interval:"1m",input_series:vm(e,n),alert_rule_test:n.map(s=>({eval_time:"420m",alertname:s.alert,exp_alerts:[]}))}),{rule_files:["edge-alerts.yml"],evaluation_interval:"1m",tests:o}}function dl(e){let n=bm(e);if(n.length===0)return[];let o=[{kind:"yaml",path:"monitoring/edge-alerts.yml",component:"monitoring",headerComment:"Certificate expiry and budget alerts. Test with: promtool test rules monitoring/edge-alerts.test.yml",data:{groups:[{name:`${e.name}.edge`,rules:n}]}},{kind:"yaml",path:"monitoring/edge-alerts.test.yml",component:"monitoring",data:$m(e,n)}];return Oe(e).length>0&&o.push({kind:"yaml",path:"monitoring/blackbox.yml",component:"monitoring",headerComment:`Config of the blackbox exporter Prometheus reaches at ${pl} (job "tls").`,data:{modules:{tls:{prober:"http",timeout:"10s",http:{method:"GET",fail_if_not_ssl:!0,preferred_ip_protocol:"ip4"}}}}}),o}function Sm(e){let n=h(e).find(s=>s.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]},...Co(e)];let o=[];return n&&o.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),o.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&o.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),o.push(...Co(e)),o}function Em(e){if(h(e).length===0)return[];let n=vn(e),o=dl(e),s=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml",...o.length>0?["edge-alerts.yml"]:[]],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:Sm(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:ul(e,n)},...o];return e.alerting!=="none"&&s.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:ml(e)}),s}var fl={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:Em};function gl(e,n){if(e.variables.length===0)return;let o=M[e.cloud].runbook(e),s=bn(e,"production");return{slug:"missing-configuration",title:"The app fails to start: missing configuration",purpose:"A deploy stops at its startup guard, or new containers exit during boot, because a variable the app reads is empty or missing in the environment. docs/configuration.md lists every variable and where its value lives.",alerts:["deploy.yml startup-guard","TargetDown"],severity:"critical when production is down; otherwise a blocked deploy (warning)",confirm:['The deploy run failed at the step "Startup guard" with `Empty in <environment>: NAME …`: nothing was deployed, the previous version still serves.',"Or the app's logs end with KeyError / ImproperlyConfigured / ValidationError / `Missing environment variable` naming a variable.",`Plain values live in ${s.plainLives}; secrets in ${s.secretLives}. Compare with the table in docs/configuration.md.`],diagnose:[{label:"The app's last log lines (look for the variable named in the error)",command:o.logs},{label:"Recent service events (containers that exit at start)",command:o.events}],mitigate:[{label:"A secret: set it (read the value into VALUE without echoing, e.g. `read -rs VALUE`; replace NAME)",command:s.setSecret},{label:"A plain value: set it under `environments.<staging|production>` in the devops-baseline config, run `npx create-devops-baseline synth`, apply infra/ (terraform apply) and commit."},{label:"Then re-run the failed deploy job, or reload the running app",command:s.reload},{label:"A variable the app no longer reads, or one that is optional after all: correct it under `variables` in the config (required: false, or remove it) and re-run synth."}],escalate:[...n],verify:["The re-run deploy passes the startup guard and its health polls.","The app's logs show a clean start, with no configuration error."],related:["rollback","incident-response"]}}function Pm(e,n){switch(e.cloud){case"aws-ecs":return{where:"ACM (infra/edge.tf), DNS-validated in Route 53; CloudFront and the load balancers serve it",state:`aws acm list-certificates --certificate-statuses ISSUED PENDING_VALIDATION --query "CertificateSummaryList[?DomainName=='${e.deploy.domain??n}']" && aws acm describe-certificate --certificate-arn "$CERT_ARN" --query 'Certificate.{status:Status,renewal:RenewalSummary,notAfter:NotAfter}'`,renew:"terraform -chdir=infra apply -target=aws_route53_record.certificate_validation  # restores the validation records ACM renews with"};case"gcp-cloud-run":return{where:"a Google-managed certificate on the global load balancer (infra/edge.tf)",state:`gcloud compute ssl-certificates describe ${e.name}-edge --global --format='yaml(managed.status,managed.domainStatus,expireTime)'`,renew:`dig +short ${n}  # must be the load balancer's address; Google renews only names that resolve to it`};case"azure-container-apps":return{where:"Front Door managed certificates on the custom domains (infra/edge.tf)",state:`az afd custom-domain list --profile-name ${e.name}-edge --resource-group ${e.name}-shared --query "[].{host:hostName,state:domainValidationState,tls:tlsSettings}"`,renew:`az afd custom-domain regenerate-validation-token --profile-name ${e.name}-edge --resource-group ${e.name}-shared --custom-domain-name ${n.replace(/\./g,"-")}  # then update the _dnsauth TXT record`};case"kubernetes":return{where:"cert-manager: ClusterIssuer letsencrypt (k8s/cluster) and Certificate in each namespace (k8s/base)",state:`kubectl -n ${e.name}-prod describe certificate ${e.name} && kubectl -n ${e.name}-prod get certificaterequests,orders,challenges`,renew:`cmctl renew -n ${e.name}-prod ${e.name}  # or: kubectl -n ${e.name}-prod delete secret ${e.name}-tls`};case"compose":return e.edge.tunnel?{where:"Cloudflare's edge certificate (Universal SSL); the tunnel needs no origin certificate",state:'curl --silent --header "Authorization: Bearer $CLOUDFLARE_API_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CLOUDFLARE_ZONE_ID/ssl/certificate_packs?status=all"',renew:"Check the zone's SSL/TLS > Edge Certificates page: the DNS records must stay proxied (orange cloud) for Cloudflare to renew."}:{where:"Caddy's automatic HTTPS (compose.caddy.yml, deploy/caddy/Caddyfile), stored in the caddy_data volume",state:`cd /srv/${e.name} && ${N(e)} logs --since 72h caddy | grep -Ei 'certificate|acme|tls' | tail -n 50`,renew:`cd /srv/${e.name} && ${N(e)} restart caddy  # Caddy retries renewal at start; ports 80 and 443 must reach the server from the internet`}}}function hl(e,n){let o=U(e).find(a=>a.environment==="production").host,s=Pm(e,o);return{slug:wn,title:"Certificate expiring or expired",purpose:`The certificate served at ${o} ends within ${Qe} days, or has ended and browsers refuse the site. It comes from ${s.where} and should have renewed itself 30 days before the end.`,alerts:["CertificateExpiringSoon","CertificateExpired",...e.cloud==="kubernetes"?["CertManagerCertificateNotReady"]:[],"certificates (uptime.yml)"],alertSource:"monitoring/edge-alerts.yml, uptime.yml",severity:"warning while it is valid, critical once expired",confirm:[`\`echo | openssl s_client -connect ${o}:443 -servername ${o} 2>/dev/null | openssl x509 -noout -enddate -issuer\` shows the end date and issuer.`],diagnose:[{label:"Renewal state",command:s.state},{label:"What resolves for the name (renewal needs it to reach the edge)",command:`dig +short ${o}`}],mitigate:[{label:"Restart the renewal",command:s.renew},{label:"Expired and renewal still blocked: serve a certificate issued by hand (certbot certonly --manual --preferred-challenges dns) at the edge, then fix renewal."}],escalate:n,verify:["The end date from the confirm step is more than 30 days away.","CertificateExpiringSoon resolves; the next uptime.yml run passes its certificates job."],related:["incident-response"]}}function _l(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`<${e.notifications.email}> (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function yl(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${F(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${F(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${F(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${F(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function xm(e){let n=e.backup,o=`${F(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${o}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${o}`;case"gcs":return`gcloud storage ls gs://${o}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${F(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function bl(e){let o=M[e.cloud].runbook(e),s=A(e),a={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],r=(c=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${_l(e)}.`,...c,`Platform fault suspected: ${a}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],l=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+k(e).path}" && echo healthy\` (API_URL: the production environment's variable)`,i=[];s&&i.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${k(e).path} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${l}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:o.status},{label:"Application logs (look for connection errors)",command:o.logs},{label:"Database state",command:o.databaseStatus},{label:"Recent platform events",command:o.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:o.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:o.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:r(),verify:[l,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&i.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${yl(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:o.storageCheck},{label:"Application logs",command:o.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:r(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),i.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[l,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:o.status},{label:"Recent logs",command:o.logs},{label:"Error lines of the last 30 minutes, from where the logs are kept",command:o.logQuery},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:o.events},...s?[{label:"Database health (a slow database shows as latency first)",command:o.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:o.rollback},{label:"Traffic surge: scale out",command:o.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:r(),verify:["HighErrorRate and HighLatencyP95 resolve.",l],related:["rollback","ddos-mitigation","incident-response"]}),i.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${o.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:o.status}],mitigate:[{label:"Block the offending sources at the edge",command:o.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:o.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:r(),verify:["CPU back under 70% and HighCpu resolved.",l,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),i.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${k(e).path} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:o.status},{label:"Logs of the new version",command:o.logs}],mitigate:[{label:"Put the previous version back",command:o.rollback},...s?[{label:"Migrations are not rolled back automatically: if the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since",command:o.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:r(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[l,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),s&&i.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${yl(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule \`${e.backup.schedule}\` (cron, UTC) and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:xm(e)}]:[],{label:"State of the database to restore into",command:o.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:o.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:r(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[l,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]}),D(e,"expiry alert")&&i.push(hl(e,r()));let u=gl(e,r());return u&&i.push(u),i.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${_l(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:o.status},{label:"Logs",command:o.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Budget alert (the cloud budget's mail, or BudgetForecastAbove80/100 on Kubernetes): open the cost view (docs/costs.md), find the service or resource that grew, and scale it back or raise budget.monthly on purpose."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:r(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:i.map(c=>c.slug)}),i}function Om(e){if(h(e).length===0)return[];let n=M[e.cloud].title,o=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`<${e.notifications.email}>`:"PagerDuty";return bl(e).map(s=>({kind:"text",path:`docs/runbooks/${s.slug}.md`,component:"runbooks",comment:"html",text:_("runbooks/runbook.md.hbs",{...s,diagnose:s.diagnose.map(kl),mitigate:s.mitigate.map(a=>a.command?kl(a):a),name:e.name,cloudTitle:n,alertDestination:o,alertSource:"monitoring/alerts.yml"})}))}var kl=e=>({...e,label:/[.:?!]$/.test(e.label)?e.label:`${e.label}:`}),vl={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:Om};var Ro=e=>[...W(e,"backend"),...W(e,"frontend")];function wl(e){return Object.fromEntries(Ro(e).filter(n=>!n.secret&&(n.required||n.default!==void 0)).map(n=>[n.name,n.default??""]))}function $l(e,n){let o=Ro(e).filter(s=>!s.secret&&e.environments[n][s.name]!==void 0);if(o.length!==0)return{apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`},data:Object.fromEntries(o.map(s=>[s.name,H(e,n,s)]))}}function To(e){return[...new Set(Ro(e).filter(o=>o.secret).map(o=>o.name))].map(o=>({secretKey:o,remoteRef:{key:`${e.name}/app`,property:o}}))}var Sl=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:y(e,"config")},data:{...wl(e),APP_NAME:e.name,HEALTH_PATH:k(e).path,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),El=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:y(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},...To(e).length>0?{data:To(e)}:{},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function Pl(e,n){let o=l=>({service:{name:`${e.name}-${l.key}`,port:{name:"http"}}}),s=n.find(l=>l.key==="api"),a=n.find(l=>l.key==="web"),r=e.deploy.domain,t=[];if(r)s&&t.push({host:a?`api.${r}`:r,http:{paths:[{path:"/",pathType:"Prefix",backend:o(s)}]}}),a&&t.push({host:r,http:{paths:[{path:"/",pathType:"Prefix",backend:o(a)}]}});else{let l=[];if(s&&a){l.push({path:"/api",pathType:"Prefix",backend:o(s)});let i=k(e);i.route&&!i.path.startsWith("/api/")&&l.push({path:i.path,pathType:"Exact",backend:o(s)})}l.push({path:"/",pathType:"Prefix",backend:o(a??s)}),t.push({http:{paths:l}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:y(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...r?{tls:[{hosts:t.map(l=>l.host),secretName:`${e.name}-tls`}]}:{},rules:t}}}function xl(e,n){let o={"app.kubernetes.io/part-of":e.name},s=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:y(e,"network")},spec:{podSelector:{matchLabels:o},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:y(e,"network")},spec:{podSelector:{matchLabels:o},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let a of n){let r=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];a.key==="api"&&r.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),a.key==="api"&&r.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),s.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${a.key}-ingress`,labels:y(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":a.key,...o}},policyTypes:["Ingress"],ingress:[{from:r,ports:[{protocol:"TCP",port:a.port}]}]}})}return s}var Ol=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var fe=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,K=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function Cm(e){let n=h(e);return[Sl(e),El(e),...n.flatMap(o=>[ui(e,o),mi(e,o),pi(e,o),di(e,o)]),Pl(e,n),...so(e)?[si(e,y(e,"certificate"))]:[],...xl(e,n),...gi(e)]}function Rm(e){if(e.cloud!=="kubernetes")return[];let n=h(e);if(n.length===0)return[];let o=Cm(e),s=o.map(t=>K(`k8s/base/${fe(t)}`,t));s.push(K("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:o.map(fe)}));let a=n.find(t=>t.key==="api");if(a&&a.migrate){let t=fi(e,a);s.push(K(`k8s/migrate/${fe(t)}`,t),K("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[fe(t)]}))}if(so(e)){let t=li(e);s.push(K(`k8s/cluster/${fe(t)}`,t),K("k8s/cluster/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[fe(t)]}))}let r=vi(e);s.push(...r.map(t=>K(`${_n}/${fe(t)}`,t)),K(`${_n}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:ve(e),resources:r.map(fe)}));for(let[t,l]of[["dev","staging"],["prod","production"]]){let i=Me(e.name,l),u=$l(e,l);u&&s.push(K(`k8s/overlays/${t}/app-config.yaml`,u)),s.push(K(`k8s/overlays/${t}/namespace.yaml`,Ol(i)),K(`k8s/overlays/${t}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:i,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":i,environment:l},includeSelectors:!1}],...u?{patches:[{path:"app-config.yaml"}]}:{}}))}return s}var Cl={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job; Loki and a Vector DaemonSet for the logs.",render:Rm};var Tm=["set -euo pipefail",'cert=$(openssl s_client -connect "$HOST:$PORT" -servername "$HOST" </dev/null 2>/dev/null | openssl x509) || { echo "::error::$HOST:$PORT served no certificate"; exit 1; }','echo "$HOST: $(openssl x509 -noout -enddate <<<"$cert")"','if ! openssl x509 -noout -checkend "$((MIN_DAYS * 86400))" <<<"$cert" >/dev/null; then','  echo "::error::The certificate of $HOST expires within $MIN_DAYS days. Runbook: docs/runbooks/certificate-expiring.md"',"  exit 1","fi",""].join(`
`);function Rl(e){if(Oe(e).length===0)return;let n=U(e).filter(o=>o.environment==="production");return{name:"Check certificate expiry","runs-on":"ubuntu-latest",permissions:{},"timeout-minutes":5,steps:n.map(o=>({id:`certificate-${o.key}`,name:`Certificate of ${o.host} is valid for ${Qe} more days`,env:{HOST:o.host,PORT:"443",MIN_DAYS:String(Qe)},run:Tm}))}}function Am(e){let n=h(e).map(a=>({id:`probe-${a.key}`,name:`Probe ${a.key} ${a.healthPath}`,env:{URL:`\${{ vars.${a.urlVar} }}${a.healthPath}`,HEALTHY_BELOW:String(B(a.probe))},run:["for attempt in 1 2 3 4; do",`  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$URL") || status=000`,'  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi','  echo "attempt $attempt: $URL answered $status"','  if [ "$attempt" -lt 4 ]; then sleep 10; fi',"done",'echo "::error::$URL is down"',"exit 1",""].join(`
`)})),o={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}},s=Rl(e);return s&&(o.certificates=s),(e.notifications.slack||e.alerting==="slack")&&(o.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:Object.keys(o),if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:f("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:o}}var Tl={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert; with a domain, the served certificates fail the run 14 days before expiry.",render:e=>h(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(Am(e)))}]};var en=e=>JSON.stringify(e).replace(/\$\{/g,"$${").replace(/%\{/g,"%%{");function St(e,n){let o=Math.max(0,...e.map(([s])=>s.length));return e.map(([s,a])=>`${n}${s.padEnd(o)} = ${a}`)}function Dm(e,n,o){let s=[],a=e.filter(r=>n(r).length===0);for(let r of e){let t=n(r);t.length!==0&&s.push(`${o}${r} = {`,...St(t,`${o}  `),`${o}}`)}return s.push(...St(a.map(r=>[r,"{}"]),o)),s}function Al(e){let n=h(e).map(l=>l.key),o=l=>W(e,le(l)),s=[...new Set(n.flatMap(l=>o(l).filter(i=>i.secret).map(i=>i.name)))].sort(),a=l=>Dm(n,i=>on(e,l,o(i)).map(u=>[en(u.name),en(H(e,l,u))]),"      "),r=St(n.map(l=>[l,`[${o(l).filter(i=>i.secret).map(i=>en(i.name)).join(", ")}]`]),"    "),t=n.flatMap(l=>Te(e,le(l)));return{appBuildVariables:t.length>0,appBuildValues:St(t.map(l=>[en(l.name),en(H(e,"production",l))]),"    ").join(`
`),appSecrets:s.length>0,appSecretNames:`[${s.map(en).join(", ")}]`,appSecretsByService:r.join(`
`),appPlainStaging:a("staging").join(`
`),appPlainProduction:a("production").join(`
`)}}var Im=["AWSManagedRulesAmazonIpReputationList","AWSManagedRulesCommonRuleSet","AWSManagedRulesKnownBadInputsRuleSet"],jm=[80,100].flatMap(e=>["actual","forecast"].map(n=>({percent:e,fraction:e/100,type:n==="actual"?"ACTUAL":"FORECASTED",gcpBasis:n==="actual"?"CURRENT_SPEND":"FORECASTED_SPEND",azureType:n==="actual"?"Actual":"Forecasted"}))),Ao=e=>JSON.stringify(e);function Bm(e){let n=e.filter(a=>a.environment==="production"),o=`http.host in {${n.map(a=>Ao(a.host)).join(" ")}}`,s=n.flatMap(a=>a.staticPaths.map(r=>`(http.host eq ${Ao(a.host)} and starts_with(http.request.uri.path, ${Ao(r.replace(/\*$/,""))}))`));return{hostExpression:o,cacheExpression:s.length>0?s.join(" or "):"false"}}function Lm(e){let n=Math.max(0,...U(e).map(i=>i.id.length+2)),o=U(e).map(i=>({...i,quotedId:`"${i.id}"`.padEnd(n)})),s=D(e,"cdn"),a=D(e,"rate limit"),r=h(e).find(i=>i.key==="api"),t=Bm(o),l=e.budget.monthly;return{name:e.name,domain:e.deploy.domain??"",dnsZone:e.edge.dnsZone??"",dnsZoneResource:(e.edge.dnsZone??"").replace(/\./g,"-"),compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12),hosts:o,services:h(e),defaultKey:o.some(i=>i.key==="web")?"web":r?.key??"web",cdn:s,waf:a,cdnWaf:s&&a,rateLimit:e.edge.rateLimit,managedRuleGroups:Im.map((i,u)=>({rule:i,priority:u+2})),costTagsHcl:`{ ${Object.entries(Nm(e)).map(([i,u])=>`${i} = ${JSON.stringify(u)}`).join(", ")} }`,budget:l===!1?void 0:{monthly:l,units:String(Math.ceil(l)),currency:e.budget.currency,alertEmails:Mm(e),notifications:jm},hostExpression:t.hostExpression.replace(/"/g,'\\"'),cacheExpression:t.cacheExpression.replace(/"/g,'\\"')}}var Nm=e=>({project:e.name,"managed-by":"terraform",...e.costTags}),Mm=e=>e.budget.alertEmails.length>0?e.budget.alertEmails:e.notifications.email?[e.notifications.email]:[],Um={"aws-ecs":[["aws-ecs/edge.tf.hbs","infra/edge.tf","edge"],["aws-ecs/module-edge.tf.hbs","infra/modules/environment/edge.tf","edge"],["aws-ecs/costs.tf.hbs","infra/costs.tf","always"]],"gcp-cloud-run":[["gcp-cloud-run/edge.tf.hbs","infra/edge.tf","edge"],["gcp-cloud-run/costs.tf.hbs","infra/costs.tf","always"]],"azure-container-apps":[["azure-container-apps/edge.tf.hbs","infra/edge.tf","edge"],["azure-container-apps/costs.tf.hbs","infra/costs.tf","always"]],kubernetes:[],compose:[["compose/edge.tf.hbs","infra/edge.tf","edge"]]};function Dl(e){if(h(e).length===0)return[];let n=Lm(e),o=e.cloud==="compose"?e.edge.tunnel&&!!e.deploy.domain&&(n.cdn||n.waf):D(e,"certificate");return Um[e.cloud].filter(([,,s])=>s==="always"||o).map(([s,a])=>({kind:"text",path:a,component:"infrastructure",comment:"hash",text:_(`terraform/edge/${s}`,n).replace(/\n{3,}/g,`

`)}))}var Gm={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"],["aws-ecs/module-app-config.tf.hbs","infra/modules/environment/app-config.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"],["gcp-cloud-run/app-config.tf.hbs","infra/app-config.tf"],["gcp-cloud-run/logging.tf.hbs","infra/logging.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"],["azure-container-apps/app-config.tf.hbs","infra/app-config.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},Hm=e=>({name:e.name,region:e.deploy.region??M[e.cloud].defaultRegion??"",services:h(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:A(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:Yo,migrateCommand:`[${oe(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:F(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&A(e),gcsBackups:e.backup.target==="gcs"&&A(e),azureBackups:e.backup.target==="azure-blob"&&A(e),domain:e.deploy.domain??"",tunnel:e.edge.tunnel,managedCertificate:e.cloud==="aws-ecs"&&D(e,"certificate"),cdnFront:e.cloud==="aws-ecs"&&D(e,"cdn"),rateLimit:e.edge.rateLimit,compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12),...Al(e)});function zm(e){if(h(e).length===0)return[];let n=Hm(e);return[...[...Gm[e.cloud],["common/github.tf.hbs","infra/github.tf"],...n.appBuildVariables?[["common/github-app-config.tf.hbs","infra/github-app-config.tf"]]:[]].map(([a,r])=>({kind:"text",path:r,component:"infrastructure",comment:"hash",text:_(`terraform/${a}`,n).replace(/\n{3,}/g,`

`)})),...Dl(e)]}var Il={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:zm};var Vm=".github/workflows/baseline-resync.yml";function qm(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:f("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},w(),{id:"setup-node",name:"Set up Node.js",uses:f("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var jl={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:Vm,component:"resync-workflow",data:qm(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var Fm={"aws-ecs":"ECS ships them with the `awslogs` driver to CloudWatch Logs (`/ecs/<name>-<environment>`, kept 30 days).","gcp-cloud-run":"Cloud Run sends them to Cloud Logging; a sink routes the services' logs to the `<name>-logs` bucket, kept 90 days (infra/logging.tf).","azure-container-apps":"Container Apps sends them to the environment's Log Analytics workspace (`ContainerAppConsoleLogs_CL`, kept 30 days).",kubernetes:`A Vector DaemonSet ships the pods' stdout to Loki (k8s/logging, applied once: \`kubectl apply -k k8s/logging\`), kept ${30} days.`,compose:`Vector ships every container's json-file log to Loki (compose.prod.yml, deploy/logs/), kept ${30} days; Docker itself keeps only 10 MB × 3 per container.`};function Do(e,n,o){if(o.secret)return"secret store";if(!(on(e,n,[o]).length>0))return"unset";let a=H(e,n,o);return a===""?"**missing**":`\`${a.replace(/\|/g,"\\|")}\``}function Bl(e){let n=h(e),o=[...he(e,"backend"),...he(e,"frontend")];if(n.length===0||o.length===0)return;let s=M[e.cloud],a=s.settings(e),r=bn(e,"staging"),t=bn(e,"production"),l={options:e,environment:"production",services:n,hasDatabase:!1},i=o.map(u=>({name:u.name,service:u.service,need:u.required?"yes":u.default!==void 0?`no (default \`${u.default}\`)`:"no",secret:u.secret?"yes":"no",stage:u.stage==="build"?"build":"run",staging:u.stage==="build"?Do(e,"production",u):Do(e,"staging",u),production:Do(e,"production",u),readAt:u.readAt.map(c=>`\`${c}\``).join(", ")||rn(u)}));return{kind:"text",path:"docs/configuration.md",component:"configuration",comment:"html",text:_("docs/configuration.md.hbs",{cloudTitle:s.title,rows:i,staging:r,production:t,stagingPrefix:`${e.name}-staging`,productionPrefix:`${e.name}-production`,buildVariables:[...new Set(o.filter(u=>u.stage==="build").map(u=>u.name))],githubVars:a.vars,githubSecrets:a.secrets,checksAllSecrets:e.cloud!=="compose"&&wo(l).secrets.some(u=>!u.required),logShipping:Fm[e.cloud],logTail:s.runbook(e).logs,logQuery:s.runbook(e).logQuery,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:["express","nestjs"].includes(e.backend.kind)||e.frontend.kind==="nextjs"})}}var Ll={name:"configuration",description:"docs/configuration.md: every variable the apps read × environment, where each value lives, secret rotation, the deploy's startup guard, JSON logs.",render:e=>{let n=Bl(e);return n?[n]:[]}};var Io=[Na,Ri,Ei,ma,Mi,Vi,Ki,tl,ll,fl,vl,Cl,Tl,Il,jl,Ll];function Gk(e){let n=e.exclude.filter(o=>!Io.some(s=>s.name===o));if(n.length>0)throw O(`exclude: ${n.map(o=>JSON.stringify(o)).join(", ")} is not a component. Allowed: ${Io.map(o=>o.name).join(", ")}`);return Io.filter(o=>!e.exclude.includes(o.name)).flatMap(o=>o.render(e))}function Ml(e){let n=e.split(`
`),o=[],s;for(let a=0;a<n.length;a++){let r=n[a],t=/^\s*(```|~~~)/.exec(r);if(t&&(s=s===void 0?t[1]:r.trim().startsWith(s)?void 0:s),s===void 0&&Nl(r)&&a+1<n.length&&Km(n[a+1])){let l=a+2;for(;l<n.length&&Nl(n[l]);)l++;o.push(...Wm(n.slice(a,l))),a=l-1;continue}o.push(r)}return o.join(`
`)}var Nl=e=>/^\s*\|.*\|\s*$/.test(e),Km=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function jo(e){let n=e.trim().slice(1,-1),o=[],s="",a=!1;for(let r=0;r<n.length;r++){let t=n[r];t==="\\"&&n[r+1]==="|"?(s+="\\|",r++):t==="`"?(a=!a,s+=t):t==="|"&&!a?(o.push(s.trim()),s=""):s+=t}return o.push(s.trim()),o}function Wm(e){let n=jo(e[0]),o=jo(e[1]).map(u=>u.startsWith(":")&&u.endsWith(":")?"center":u.endsWith(":")?"right":u.startsWith(":")?"left":"none"),s=e.slice(2).map(jo),a=Math.max(n.length,o.length,...s.map(u=>u.length)),r=Array.from({length:a},(u,c)=>Math.max(3,...[n,...s].map(m=>[...m[c]??""].length))),t=(u,c)=>{let m=r[c]-[...u].length;switch(o[c]??"none"){case"right":return" ".repeat(m)+u;case"center":return" ".repeat(Math.floor(m/2))+u+" ".repeat(Math.ceil(m/2));default:return u+" ".repeat(m)}},l=u=>`| ${u.map((c,m)=>t(c,m)).join(" | ")} |`,i=r.map((u,c)=>{switch(o[c]??"none"){case"left":return`:${"-".repeat(u-1)}`;case"right":return`${"-".repeat(u-1)}:`;case"center":return`:${"-".repeat(u-2)}:`;default:return"-".repeat(u)}});return[l(n),`| ${i.join(" | ")} |`,...s.map(l)]}function Ul(e){return`${Bo(e,"",0,0)}
`}function Bo(e,n,o,s){return Array.isArray(e)?Jm(e,n,o,s):e!==null&&typeof e=="object"?Ym(e,n):JSON.stringify(e)??"null"}function Ym(e,n){let o=Object.entries(e).filter(([,r])=>r!==void 0);if(o.length===0)return"{}";let s=`${n}  `;return`{
${o.map(([r,t],l)=>{let i=`${s}${JSON.stringify(r)}: `,u=l<o.length-1?",":"";return i+Bo(t,s,i.length,u.length)+u}).join(`
`)}
${n}}`}function Jm(e,n,o,s){if(e.length===0)return"[]";let a=Gl(e);if(a!==void 0&&o+a.length+s<=80)return a;let r=`${n}  `;return`[
${e.map((l,i)=>{let u=i<e.length-1?",":"";return r+Bo(l,r,r.length,u.length)+u}).join(`
`)}
${n}]`}function Xm(e){return Array.isArray(e)?e.length===0?"[]":Gl(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function Gl(e){if(e.length>1&&e.every(s=>Array.isArray(s)&&s.length>1))return;let o=e.map(Xm);return o.every(s=>s!==void 0)?`[${o.join(", ")}]`:void 0}function No(e,n,o){let s=structuredClone(e);for(let[a,r]of Object.entries(n.set??{}))s=Vl(s,Hl(a),r,`${o}: overrides set "${a}"`);for(let a of n.delete??[])s=Lo(s,Hl(a),`${o}: overrides delete "${a}"`);return s}function Hl(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function zl(e,n,o){if(Array.isArray(e)){let s=e.findIndex(a=>a&&typeof a=="object"&&(a.id===n||a.name===n));return s>=0?s:/^\d+$/.test(n)&&e.every(a=>typeof a!="object"||a===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw O(`${o}: "${n}" is below a value that is not a map or a list`)}function Vl(e,n,o,s){let[a,...r]=n;if(a===void 0)return o;let t=e??{},l=zl(t,a,s);if(l===void 0&&Array.isArray(t)&&r.length===0&&Zm(o,a))return[...t,o];if(l===void 0)throw O(`${s}: no list item with id or name "${a}" (to append one, set a map whose id is "${a}")`);let i=Array.isArray(t)?[...t]:{...t};return i[l]=Vl(i[l],r,o,s),i}var Zm=(e,n)=>e!==null&&typeof e=="object"&&(e.id===n||e.name===n);function Lo(e,n,o){let[s,...a]=n;if(s===void 0)return e;let r=zl(e,s,o);if(r===void 0||e[r]===void 0)throw O(`${o}: nothing at "${s}" to delete`);if(Array.isArray(e))return a.length===0?e.filter((l,i)=>i!==r):e.map((l,i)=>i===r?Lo(l,a,o):l);let t={...e};return a.length===0?delete t[r]:t[r]=Lo(t[r],a,o),t}var Qm=[/^(?:~|[Nn]ull|NULL)?$/,/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,/^0o[0-7]+$/,/^[-+]?[0-9]+$/,/^0x[0-9a-fA-F]+$/,/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],ep=/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u,np=/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/,Uo=/^(%|---|\.\.\.)/m,tp=/(^|(?<!\n))\n+(?!\n|$)/g;function Fl(e,n,o){let s=Go(e,{indent:"",implicitKey:!1},n);return`${o===void 0?"":`${o.replace(/^(?!$)(?: $)?/gm,"#")}

`}${s}
`}function Go(e,n,o,s="auto"){return Array.isArray(e)?op(e,n,o):e!==null&&typeof e=="object"?rp(e,n,o):Kl(e,n,s)}function Kl(e,n,o){switch(typeof e){case"string":return o==="double"||ep.test(e)?nn(e,n):ip(e,n);case"number":return Number.isFinite(e)?Object.is(e,-0)?"-0":JSON.stringify(e):Number.isNaN(e)?".nan":e<0?"-.inf":".inf";case"bigint":return String(e);case"boolean":return e?"true":"false";case"undefined":return"null";default:if(e===null)return"null";throw new TypeError(`YAML models hold plain data; got a ${typeof e}`)}}function op(e,n,o){if(e.length===0)return"[]";let s={indent:n.indent+"  ",implicitKey:!1};return e.map(a=>`- ${Go(a,s,o)}`).join(`
${n.indent}`)}function rp(e,n,o){let s=[],a=n.indent+"  ";for(let[r,t]of Object.entries(e)){if(t===void 0)continue;let l=Kl(r,{indent:a,implicitKey:!0},"auto");if(l.length>1024)throw new RangeError(`YAML keys longer than 1024 characters are not supported: ${r.slice(0,40)}…`);let c=Go(t,{indent:a,implicitKey:!1},o,typeof t=="string"?o.valueStyle(t):"auto"),m=o.valueComment(r,t),p=`${l}:`;t!==null&&typeof t=="object"&&c!=="[]"&&c!=="{}"?p+=`
${a}${c}`:p+=c===""||c[0]===`
`?c:` ${c}`,m!==void 0&&(p+=ap(p,a,` ${m}`.replace(/^(?!$)(?: $)?/gm,"#"))),s.push(p)}return s.length===0?"{}":s.map((r,t)=>t===0?r:r?`${n.indent}${r}`:"").join(`
`)}function ap(e,n,o){return e.endsWith(`
`)?ql(o,n):o.includes(`
`)?`
${ql(o,n)}`:`${e.endsWith(" ")?"":" "}${o}`}function ql(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}function ip(e,n){let{implicitKey:o,indent:s}=n;if(o&&e.includes(`
`))return nn(e,n);if(np.test(e))return o||!e.includes(`
`)?nn(e,n):Mo(e,n);if(!o&&e.includes(`
`))return Mo(e,n);if(Uo.test(e)){if(s==="")return Mo(e,{...n,forceBlockIndent:!0});if(o&&s==="  ")return nn(e,n)}let a=e.replace(/\n+/g,`$&
${s}`);return Qm.some(r=>r.test(a))?nn(e,n):a}function nn(e,n){let o=JSON.stringify(e),{implicitKey:s}=n,a=n.indent||(Uo.test(e)?"  ":""),r="",t=0;for(let l=0,i=o[l];i;i=o[++l])if(i===" "&&o[l+1]==="\\"&&o[l+2]==="n"&&(r+=o.slice(t,l)+"\\ ",l+=1,t=l,i="\\"),i==="\\")if(o[l+1]==="u"){r+=o.slice(t,l);let u=o.substr(l+2,4);r+=lp[u]??(u.startsWith("00")?`\\x${u.substr(2)}`:o.substr(l,6)),l+=5,t=l+1}else if(o[l+1]==="n"&&!(s||o[l+2]==='"'||o.length<40)){for(r+=o.slice(t,l)+`

`;o[l+2]==="\\"&&o[l+3]==="n"&&o[l+4]!=='"';)r+=`
`,l+=2;r+=a,o[l+2]===" "&&(r+="\\"),l+=1,t=l+1}else l+=1;return t?r+o.slice(t):o}var lp={"0000":"\\0","0007":"\\a","000b":"\\v","001b":"\\e","0085":"\\N","00a0":"\\_",2028:"\\L",2029:"\\P"};function Mo(e,n){if(/\n[\t ]+$/.test(e))return nn(e,n);let o=n.indent||(n.forceBlockIndent||Uo.test(e)?"  ":""),s=e,a=s.length;for(;a>0&&`
	 `.includes(s[a-1]);)a--;let r=s.substring(a),t=r.indexOf(`
`),l=t===-1?"-":s===r||t!==r.length-1?"+":"";r&&(s=s.slice(0,-r.length),r.endsWith(`
`)&&(r=r.slice(0,-1)),r=r.replace(tp,`$&${o}`));let i=!1,u=0,c=-1;for(;u<s.length;++u){let d=s[u];if(d===" ")i=!0;else if(d===`
`)c=u;else break}let m=s.substring(0,c<u?c+1:u);return m&&(s=s.substring(m.length),m=m.replace(/\n+/g,`$&${o}`)),`|${(i?o?"2":"1":"")+l}
${o}${m}${s.replace(/\n+/g,`$&${o}`)}${r}`}var sp=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,cp={valueStyle:e=>sp.test(e)?"double":"auto",valueComment:(e,n)=>e==="uses"&&(n===null||typeof n!="object")?Qo(String(n)):void 0};function Wl(e,n=[]){return Fl(e,cp,n.length>0?n.map(o=>` ${o}`).join(`
`):void 0)}function ov(e,n){let o=new Set,s=[];for(let a of e){if(o.has(a.path))throw new Error(`Two components render ${a.path}`);if(up(a.path))throw new Error(`${a.component} renders ${a.path}: secrets files are the user's; render a .env.example instead`);o.add(a.path),!n.eject.includes(a.path)&&s.push(mp(a,n.overrides[a.path]))}for(let a of Object.keys(n.overrides))if(!o.has(a))throw O(`overrides: "${a}" is not a generated file. Generated: ${[...o].sort().join(", ")}`);return s.sort((a,r)=>a.path<r.path?-1:a.path>r.path?1:0)}function up(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function mp(e,n){let o={path:e.path,component:e.component};switch(e.kind){case"yaml":{let s=n?No(e.data,n,e.path):e.data,a=[xt("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...o,content:Wl(s,a),executable:!1}}case"json":{let s=n?No(e.data,n,e.path):e.data;return{...o,content:Ul(s),executable:!1}}case"text":{if(n)throw O(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let s=e.path.endsWith(".md")?Ml(e.text):e.text,a=s.endsWith(`
`)?s:`${s}
`;return{...o,content:Xo(a,e.comment),executable:e.executable??!1}}}}export{Jo as a,$n as b,pp as c,f as d,w as e,Qr as f,S as g,Uc as h,nt as i,au as j,A as k,_u as l,Su as m,Eu as n,Lu as o,Mu as p,Uu as q,Io as r,Gk as s,No as t,Wl as u,ov as v};
