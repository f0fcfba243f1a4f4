import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{d as Ss,q as $s}from"./chunk-AH3RBYB2.js";import{c as ws}from"./chunk-Q55NVSMI.js";import{b as vs,c as H}from"./chunk-HYMPNKDN.js";import{a as Es,b as Os,c as Ps}from"./chunk-HVRO43WK.js";import{a as xt,c as g,e as ks}from"./chunk-W2CXPP6G.js";var ie=g(Q=>{"use strict";Q.__esModule=!0;Q.extend=Is;Q.indexOf=nf;Q.escapeExpression=tf;Q.isEmpty=rf;Q.createFrame=of;Q.blockParams=af;Q.appendContextPath=sf;var Xp={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Qp=/[&<>"'`=]/g,Zp=/[&<>"'`=]/;function ef(e){return Xp[e]}function Is(e){for(var n=1;n<arguments.length;n++)for(var t in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],t)&&(e[t]=arguments[n][t]);return e}var xo=Object.prototype.toString;Q.toString=xo;var To=function(n){return typeof n=="function"};To(/x/)&&(Q.isFunction=To=function(e){return typeof e=="function"&&xo.call(e)==="[object Function]"});Q.isFunction=To;var Ds=Array.isArray||function(e){return e&&typeof e=="object"?xo.call(e)==="[object Array]":!1};Q.isArray=Ds;function nf(e,n){for(var t=0,i=e.length;t<i;t++)if(e[t]===n)return t;return-1}function tf(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return Zp.test(e)?e.replace(Qp,ef):e}function rf(e){return!e&&e!==0?!0:!!(Ds(e)&&e.length===0)}function of(e){var n=Is({},e);return n._parent=e,n}function af(e,n){return e.path=n,e}function sf(e,n){return(e?e+".":"")+n}});var Ce=g((At,Ns)=>{"use strict";At.__esModule=!0;var Ao=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Ro(e,n){var t=n&&n.loc,i=void 0,a=void 0,o=void 0,r=void 0;t&&t.start&&(i=t.start.line,o=t.start.column,t.end&&(a=t.end.line,r=t.end.column),e+=" - "+i+":"+o);for(var l=Error.prototype.constructor.call(this,e),s=0;s<Ao.length;s++)this[Ao[s]]=l[Ao[s]];Error.captureStackTrace&&Error.captureStackTrace(this,Ro);try{t&&(this.lineNumber=i,this.endLineNumber=a,Object.defineProperty?(Object.defineProperty(this,"column",{value:o,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:r,enumerable:!0})):(this.column=o,this.endColumn=r))}catch{}}Ro.prototype=new Error;At.default=Ro;Ns.exports=At.default});var Bs=g((Rt,Ls)=>{"use strict";Rt.__esModule=!0;var Io=ie();Rt.default=function(e){e.registerHelper("blockHelperMissing",function(n,t){var i=t.inverse,a=t.fn;if(n===!0)return a(this);if(n===!1||n==null)return i(this);if(Io.isArray(n))return n.length>0?(t.ids&&(t.ids=[t.name]),e.helpers.each(n,t)):i(this);if(t.data&&t.ids){var o=Io.createFrame(t.data);o.contextPath=Io.appendContextPath(t.data.contextPath,t.name),t={data:o}}return a(n,t)})};Ls.exports=Rt.default});var Ms=g((It,js)=>{"use strict";It.__esModule=!0;function lf(e){return e&&e.__esModule?e:{default:e}}var mn=ie(),cf=Ce(),uf=lf(cf);function mf(e){try{var n=e.return;mn.isFunction(n)&&n.call(e)}catch{}}It.default=function(e){e.registerHelper("each",function(n,t){if(!t)throw new uf.default("Must pass iterator to #each");var i=t.fn,a=t.inverse,o=0,r="",l=void 0,s=void 0;t.data&&t.ids&&(s=mn.appendContextPath(t.data.contextPath,t.ids[0])+"."),mn.isFunction(n)&&(n=n.call(this)),t.data&&(l=mn.createFrame(t.data));function c(y,f,h,_){l&&(l.key=y,l.index=f,l.first=f===0,l.last=!!h,s&&(l.contextPath=s+y)),r=r+i(_,{data:l,blockParams:mn.blockParams([_,y],[s+y,null])})}if(n&&typeof n=="object")if(mn.isArray(n))for(var u=n.length;o<u;o++)o in n&&c(o,o,o===n.length-1,n[o]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),d=m.next();!d.done;){var p=m.next();try{c(o,o,p.done,d.value)}catch(y){throw p.done||mf(m),y}d=p,o++}else(function(){var y=void 0;Object.keys(n).forEach(function(f){y!==void 0&&c(y,o-1,!1,n[y]),y=f,o++}),y!==void 0&&c(y,o-1,!0,n[y])})();return o===0&&(r=a(this)),r})};js.exports=It.default});var Us=g((Dt,qs)=>{"use strict";Dt.__esModule=!0;function df(e){return e&&e.__esModule?e:{default:e}}var pf=Ce(),ff=df(pf);Dt.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new ff.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};qs.exports=Dt.default});var zs=g((Nt,Fs)=>{"use strict";Nt.__esModule=!0;function hf(e){return e&&e.__esModule?e:{default:e}}var Gs=ie(),gf=Ce(),Hs=hf(gf);Nt.default=function(e){e.registerHelper("if",function(n,t){if(arguments.length!=2)throw new Hs.default("#if requires exactly one argument");return Gs.isFunction(n)&&(n=n.call(this)),!t.hash.includeZero&&!n||Gs.isEmpty(n)?t.inverse(this):t.fn(this)}),e.registerHelper("unless",function(n,t){if(arguments.length!=2)throw new Hs.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:t.inverse,inverse:t.fn,hash:t.hash})})};Fs.exports=Nt.default});var Vs=g((Lt,Ks)=>{"use strict";Lt.__esModule=!0;Lt.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],t=arguments[arguments.length-1],i=0;i<arguments.length-1;i++)n.push(arguments[i]);var a=1;t.hash.level!=null?a=t.hash.level:t.data&&t.data.level!=null&&(a=t.data.level),n[0]=a,e.log.apply(e,n)})};Ks.exports=Lt.default});var Ys=g((Bt,Ws)=>{"use strict";Bt.__esModule=!0;Bt.default=function(e){e.registerHelper("lookup",function(n,t,i){return n&&i.lookupProperty(n,t)})};Ws.exports=Bt.default});var Xs=g((jt,Js)=>{"use strict";jt.__esModule=!0;function yf(e){return e&&e.__esModule?e:{default:e}}var Mn=ie(),_f=Ce(),bf=yf(_f);jt.default=function(e){e.registerHelper("with",function(n,t){if(arguments.length!=2)throw new bf.default("#with requires exactly one argument");Mn.isFunction(n)&&(n=n.call(this));var i=t.fn;if(Mn.isEmpty(n))return t.inverse(this);var a=t.data;return t.data&&t.ids&&(a=Mn.createFrame(t.data),a.contextPath=Mn.appendContextPath(t.data.contextPath,t.ids[0])),i(n,{data:a,blockParams:Mn.blockParams([n],[a&&a.contextPath])})})};Js.exports=jt.default});var Do=g(Mt=>{"use strict";Mt.__esModule=!0;Mt.registerDefaultHelpers=Df;Mt.moveHelperToHooks=Nf;function Fe(e){return e&&e.__esModule?e:{default:e}}var kf=Bs(),vf=Fe(kf),wf=Ms(),Sf=Fe(wf),$f=Us(),Ef=Fe($f),Of=zs(),Pf=Fe(Of),Cf=Vs(),Tf=Fe(Cf),xf=Ys(),Af=Fe(xf),Rf=Xs(),If=Fe(Rf);function Df(e){vf.default(e),Sf.default(e),Ef.default(e),Pf.default(e),Tf.default(e),Af.default(e),If.default(e)}function Nf(e,n,t){e.helpers[n]&&(e.hooks[n]=e.helpers[n],t||(e.helpers[n]=void 0))}});var Zs=g((qt,Qs)=>{"use strict";qt.__esModule=!0;var Lf=ie();qt.default=function(e){e.registerDecorator("inline",function(n,t,i,a){var o=n;return t.partials||(t.partials={},o=function(r,l){var s=i.partials;i.partials=Lf.extend({},s,t.partials);var c=n(r,l);return i.partials=s,c}),t.partials[a.args[0]]=a.fn,o})};Qs.exports=qt.default});var el=g(No=>{"use strict";No.__esModule=!0;No.registerDefaultDecorators=qf;function Bf(e){return e&&e.__esModule?e:{default:e}}var jf=Zs(),Mf=Bf(jf);function qf(e){Mf.default(e)}});var Lo=g((Ut,nl)=>{"use strict";Ut.__esModule=!0;var Uf=ie(),dn={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var t=Uf.indexOf(dn.methodMap,n.toLowerCase());t>=0?n=t:n=parseInt(n,10)}return n},log:function(n){if(n=dn.lookupLevel(n),typeof console<"u"&&dn.lookupLevel(dn.level)<=n){var t=dn.methodMap[n];console[t]||(t="log");for(var i=arguments.length,a=Array(i>1?i-1:0),o=1;o<i;o++)a[o-1]=arguments[o];console[t].apply(console,a)}}};Ut.default=dn;nl.exports=Ut.default});var Bo=g(pn=>{"use strict";pn.__esModule=!0;pn.createProtoAccessControl=zf;pn.resultIsAllowed=Kf;pn.isPrototypeConstructor=Vf;pn.resetLoggedProperties=Yf;function Gf(e){return e&&e.__esModule?e:{default:e}}var tl=ie(),Hf=Lo(),Ff=Gf(Hf),Gt=Object.create(null);function zf(e){var n=Object.create(null);n.__proto__=!1,tl.extend(n,e.allowedProtoProperties);var t=Object.create(null);return t.constructor=!1,t.__defineGetter__=!1,t.__defineSetter__=!1,t.__lookupGetter__=!1,t.__lookupSetter__=!1,tl.extend(t,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:t,defaultValue:e.allowProtoMethodsByDefault}}}function Kf(e,n,t){return rl(typeof e=="function"?n.methods:n.properties,t)}function Vf(e,n,t){return n==="constructor"&&typeof t=="function"&&e===t.prototype}function rl(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(Wf(n),!1)}function Wf(e){Gt[e]!==!0&&(Gt[e]=!0,Ff.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function Yf(){Object.keys(Gt).forEach(function(e){delete Gt[e]})}});var Uo=g(de=>{"use strict";de.__esModule=!0;de.HandlebarsEnvironment=qo;function ol(e){return e&&e.__esModule?e:{default:e}}var ze=ie(),Jf=Ce(),jo=ol(Jf),Xf=Do(),Qf=el(),Zf=Lo(),Ht=ol(Zf),eh=Bo(),nh="4.7.10";de.VERSION=nh;var th=8;de.COMPILER_REVISION=th;var rh=7;de.LAST_COMPATIBLE_COMPILER_REVISION=rh;var oh={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};de.REVISION_CHANGES=oh;var Mo="[object Object]";function qo(e,n,t){this.helpers=e||{},this.partials=n||{},this.decorators=t||{},Xf.registerDefaultHelpers(this),Qf.registerDefaultDecorators(this)}qo.prototype={constructor:qo,logger:Ht.default,log:Ht.default.log,registerHelper:function(n,t){if(ze.toString.call(n)===Mo){if(t)throw new jo.default("Arg not supported with multiple helpers");ze.extend(this.helpers,n)}else this.helpers[n]=t},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,t){if(ze.toString.call(n)===Mo)ze.extend(this.partials,n);else{if(typeof t>"u")throw new jo.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=t}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,t){if(ze.toString.call(n)===Mo){if(t)throw new jo.default("Arg not supported with multiple decorators");ze.extend(this.decorators,n)}else this.decorators[n]=t},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){eh.resetLoggedProperties()}};var ah=Ht.default.log;de.log=ah;de.createFrame=ze.createFrame;de.logger=Ht.default});var il=g((Ft,al)=>{"use strict";Ft.__esModule=!0;function Go(e){this.string=e}Go.prototype.toString=Go.prototype.toHTML=function(){return""+this.string};Ft.default=Go;al.exports=Ft.default});var sl=g(Ho=>{"use strict";Ho.__esModule=!0;Ho.wrapHelper=ih;function ih(e,n){if(typeof e!="function")return e;var t=function(){var a=arguments[arguments.length-1];return arguments[arguments.length-1]=n(a),e.apply(this,arguments)};return t}});var dl=g(Te=>{"use strict";Te.__esModule=!0;Te.checkRevision=dh;Te.template=ph;Te.wrapProgram=zt;Te.resolvePartial=fh;Te.invokePartial=hh;Te.noop=ul;function sh(e){return e&&e.__esModule?e:{default:e}}function lh(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var ch=ie(),Ke=lh(ch),uh=Ce(),se=sh(uh),_e=Uo(),ll=Do(),mh=sl(),Fo=Bo();function dh(e){var n=e&&e[0]||1,t=_e.COMPILER_REVISION;if(!(n>=_e.LAST_COMPATIBLE_COMPILER_REVISION&&n<=_e.COMPILER_REVISION))if(n<_e.LAST_COMPATIBLE_COMPILER_REVISION){var i=_e.REVISION_CHANGES[t],a=_e.REVISION_CHANGES[n];throw new se.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+i+") or downgrade your runtime to an older version ("+a+").")}else throw new se.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function ph(e,n){if(!n)throw new se.default("No environment passed to template");if(!e||!e.main)throw new se.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var t=e.compiler&&e.compiler[0]===7;function i(r,l,s){s.hash&&(l=Ke.extend({},l,s.hash),s.ids&&(s.ids[0]=!0)),r=n.VM.resolvePartial.call(this,r,l,s),s.hooks=this.hooks,s.protoAccessControl=this.protoAccessControl;var c=n.VM.invokePartial.call(this,r,l,s);if(c==null&&Ke.isFunction(r))throw new se.default("The partial "+s.name+" returned no output: partials must return a string");if(c==null&&n.compile){if(typeof r!="string")throw new se.default("The partial "+s.name+" could not be compiled: partials must be strings or functions returning strings");s.partials[s.name]=n.compile(r,e.compilerOptions,n),c=s.partials[s.name](l,s)}if(c!=null){if(s.indent){for(var u=c.split(`
`),m=0,d=u.length;m<d&&!(!u[m]&&m+1===d);m++)u[m]=s.indent+u[m];c=u.join(`
`)}return c}else throw new se.default("The partial "+s.name+" could not be compiled when running in runtime-only mode")}var a={strict:function(l,s,c){if(!l||!(s in l))throw new se.default('"'+s+'" not defined in '+l,{loc:c});return a.lookupProperty(l,s)},lookupProperty:function(l,s){var c=l[s];if(c==null||Object.prototype.hasOwnProperty.call(l,s)&&!Fo.isPrototypeConstructor(l,s,c)||Fo.resultIsAllowed(c,a.protoAccessControl,s))return c},lookup:function(l,s){for(var c=l.length,u=0;u<c;u++){var m=l[u]&&a.lookupProperty(l[u],s);if(m!=null)return m}},lambda:function(l,s){return typeof l=="function"?l.call(s):l},escapeExpression:Ke.escapeExpression,invokePartial:i,fn:function(l){var s=e[l];return s.decorator=e[l+"_d"],s},programs:[],program:function(l,s,c,u,m){var d=this.programs[l],p=this.fn(l);return s||m||u||c?d=zt(this,l,p,s,c,u,m):d||(d=this.programs[l]=zt(this,l,p)),d},data:function(l,s){for(;l&&s--;)l=l._parent;return l},mergeIfNeeded:function(l,s){var c=l||s;return l&&s&&l!==s&&(c=Ke.extend({},s,l)),c},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function o(r){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],s=l.data;o._setup(l),!l.partial&&e.useData&&(s=gh(r,s));var c=void 0,u=e.useBlockParams?[]:void 0;e.useDepths&&(l.depths?c=r!=l.depths[0]?[r].concat(l.depths):l.depths:c=[r]);function m(d){return""+e.main(a,d,a.helpers,a.partials,s,u,c)}return m=ml(e.main,m,a,l.depths||[],s,u),m(r,l)}return o.isTop=!0,o._setup=function(r){if(r.partial)a.protoAccessControl=r.protoAccessControl,a.helpers=r.helpers,a.partials=r.partials,a.decorators=r.decorators,a.hooks=r.hooks;else{var l={};cl(l,n.helpers,a),cl(l,r.helpers,a),a.helpers=l,e.usePartial&&(a.partials=a.mergeIfNeeded(r.partials,n.partials)),(e.usePartial||e.useDecorators)&&(a.decorators=Ke.extend({},n.decorators,r.decorators)),a.hooks={},a.protoAccessControl=Fo.createProtoAccessControl(r);var s=r.allowCallsToHelperMissing||t;ll.moveHelperToHooks(a,"helperMissing",s),ll.moveHelperToHooks(a,"blockHelperMissing",s)}},o._child=function(r,l,s,c){if(e.useBlockParams&&!s)throw new se.default("must pass block params");if(e.useDepths&&!c)throw new se.default("must pass parent depths");return zt(a,r,e[r],l,0,s,c)},o}function zt(e,n,t,i,a,o,r){function l(s){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],u=r;return r&&s!=r[0]&&!(s===e.nullContext&&r[0]===null)&&(u=[s].concat(r)),t(e,s,e.helpers,e.partials,c.data||i,o&&[c.blockParams].concat(o),u)}return l=ml(t,l,e,r,i,o),l.program=n,l.depth=r?r.length:0,l.blockParams=a||0,l}function fh(e,n,t){return e?typeof e!="function"&&!t.name&&(t.name=e,e=Kt(t.partials,e)):t.name==="@partial-block"?e=Kt(t.data,"partial-block"):e=Kt(t.partials,t.name),e}function hh(e,n,t){var i=Kt(t.data,"partial-block");t.partial=!0,t.ids&&(t.data.contextPath=t.ids[0]||t.data.contextPath);var a=void 0;if(t.fn&&t.fn!==ul&&(function(){t.data=_e.createFrame(t.data);var o=t.fn;a=t.data["partial-block"]=function(l){var s=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return s.data=_e.createFrame(s.data),s.data["partial-block"]=i,o(l,s)},o.partials&&(t.partials=Ke.extend({},t.partials,o.partials))})(),e===void 0&&a&&(e=a),e===void 0)throw new se.default("The partial "+t.name+" could not be found");if(e instanceof Function)return e(n,t)}function ul(){return""}function Kt(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function gh(e,n){return(!n||!("root"in n))&&(n=n?_e.createFrame(n):{},n.root=e),n}function ml(e,n,t,i,a,o){if(e.decorator){var r={};n=e.decorator(n,r,t,i&&i[0],a,o,i),Ke.extend(n,r)}return n}function cl(e,n,t){n&&Object.keys(n).forEach(function(i){var a=n[i];e[i]=yh(a,t)})}function yh(e,n){var t=n.lookupProperty;return mh.wrapHelper(e,function(i){return i.lookupProperty=t,i})}});var fl=g((Vt,pl)=>{"use strict";Vt.__esModule=!0;Vt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};pl.exports=Vt.default});var bl=g((Wt,_l)=>{"use strict";Wt.__esModule=!0;function Ko(e){return e&&e.__esModule?e:{default:e}}function Vo(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var _h=Uo(),hl=Vo(_h),bh=il(),kh=Ko(bh),vh=Ce(),wh=Ko(vh),Sh=ie(),zo=Vo(Sh),$h=dl(),gl=Vo($h),Eh=fl(),Oh=Ko(Eh);function yl(){var e=new hl.HandlebarsEnvironment;return zo.extend(e,hl),e.SafeString=kh.default,e.Exception=wh.default,e.Utils=zo,e.escapeExpression=zo.escapeExpression,e.VM=gl,e.template=function(n){return gl.template(n,e)},e}var qn=yl();qn.create=yl;Oh.default(qn);qn.default=qn;Wt.default=qn;_l.exports=Wt.default});var vl=g((O1,kl)=>{kl.exports=bl().default});var C=g(z=>{"use strict";var Ma=Symbol.for("yaml.alias"),om=Symbol.for("yaml.document"),xr=Symbol.for("yaml.map"),am=Symbol.for("yaml.pair"),qa=Symbol.for("yaml.scalar"),Ar=Symbol.for("yaml.seq"),Ee=Symbol.for("yaml.node.type"),jy=e=>!!e&&typeof e=="object"&&e[Ee]===Ma,My=e=>!!e&&typeof e=="object"&&e[Ee]===om,qy=e=>!!e&&typeof e=="object"&&e[Ee]===xr,Uy=e=>!!e&&typeof e=="object"&&e[Ee]===am,im=e=>!!e&&typeof e=="object"&&e[Ee]===qa,Gy=e=>!!e&&typeof e=="object"&&e[Ee]===Ar;function sm(e){if(e&&typeof e=="object")switch(e[Ee]){case xr:case Ar:return!0}return!1}function Hy(e){if(e&&typeof e=="object")switch(e[Ee]){case Ma:case xr:case qa:case Ar:return!0}return!1}var Fy=e=>(im(e)||sm(e))&&!!e.anchor;z.ALIAS=Ma;z.DOC=om;z.MAP=xr;z.NODE_TYPE=Ee;z.PAIR=am;z.SCALAR=qa;z.SEQ=Ar;z.hasAnchor=Fy;z.isAlias=jy;z.isCollection=sm;z.isDocument=My;z.isMap=qy;z.isNode=Hy;z.isPair=Uy;z.isScalar=im;z.isSeq=Gy});var et=g(Ua=>{"use strict";var G=C(),J=Symbol("break visit"),lm=Symbol("skip children"),ge=Symbol("remove node");function Rr(e,n){let t=cm(n);G.isDocument(e)?Pn(null,e.contents,t,Object.freeze([e]))===ge&&(e.contents=null):Pn(null,e,t,Object.freeze([]))}Rr.BREAK=J;Rr.SKIP=lm;Rr.REMOVE=ge;function Pn(e,n,t,i){let a=um(e,n,t,i);if(G.isNode(a)||G.isPair(a))return mm(e,i,a),Pn(e,a,t,i);if(typeof a!="symbol"){if(G.isCollection(n)){i=Object.freeze(i.concat(n));for(let o=0;o<n.items.length;++o){let r=Pn(o,n.items[o],t,i);if(typeof r=="number")o=r-1;else{if(r===J)return J;r===ge&&(n.items.splice(o,1),o-=1)}}}else if(G.isPair(n)){i=Object.freeze(i.concat(n));let o=Pn("key",n.key,t,i);if(o===J)return J;o===ge&&(n.key=null);let r=Pn("value",n.value,t,i);if(r===J)return J;r===ge&&(n.value=null)}}return a}async function Ir(e,n){let t=cm(n);G.isDocument(e)?await Cn(null,e.contents,t,Object.freeze([e]))===ge&&(e.contents=null):await Cn(null,e,t,Object.freeze([]))}Ir.BREAK=J;Ir.SKIP=lm;Ir.REMOVE=ge;async function Cn(e,n,t,i){let a=await um(e,n,t,i);if(G.isNode(a)||G.isPair(a))return mm(e,i,a),Cn(e,a,t,i);if(typeof a!="symbol"){if(G.isCollection(n)){i=Object.freeze(i.concat(n));for(let o=0;o<n.items.length;++o){let r=await Cn(o,n.items[o],t,i);if(typeof r=="number")o=r-1;else{if(r===J)return J;r===ge&&(n.items.splice(o,1),o-=1)}}}else if(G.isPair(n)){i=Object.freeze(i.concat(n));let o=await Cn("key",n.key,t,i);if(o===J)return J;o===ge&&(n.key=null);let r=await Cn("value",n.value,t,i);if(r===J)return J;r===ge&&(n.value=null)}}return a}function cm(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function um(e,n,t,i){if(typeof t=="function")return t(e,n,i);if(G.isMap(n))return t.Map?.(e,n,i);if(G.isSeq(n))return t.Seq?.(e,n,i);if(G.isPair(n))return t.Pair?.(e,n,i);if(G.isScalar(n))return t.Scalar?.(e,n,i);if(G.isAlias(n))return t.Alias?.(e,n,i)}function mm(e,n,t){let i=n[n.length-1];if(G.isCollection(i))i.items[e]=t;else if(G.isPair(i))e==="key"?i.key=t:i.value=t;else if(G.isDocument(i))i.contents=t;else{let a=G.isAlias(i)?"alias":"scalar";throw new Error(`Cannot replace node with ${a} parent`)}}Ua.visit=Rr;Ua.visitAsync=Ir});var Ga=g(pm=>{"use strict";var dm=C(),zy=et(),Ky={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Vy=e=>e.replace(/[!,[\]{}]/g,n=>Ky[n]),nt=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let i=n.trim().split(/[ \t]+/),a=i.shift();switch(a){case"%TAG":{if(i.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),i.length<2))return!1;let[o,r]=i;return this.tags[o]=r,!0}case"%YAML":{if(this.yaml.explicit=!0,i.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=i;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let r=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,r),!1}}default:return t(0,`Unknown directive ${a}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let r=n.slice(2,-1);return r==="!"||r==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),r)}let[,i,a]=n.match(/^(.*!)([^!]*)$/s);a||t(`The ${n} tag has no suffix`);let o=this.tags[i];if(o)try{return o+decodeURIComponent(a)}catch(r){return t(String(r)),null}return i==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,i]of Object.entries(this.tags))if(n.startsWith(i))return t+Vy(n.substring(i.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],i=Object.entries(this.tags),a;if(n&&i.length>0&&dm.isNode(n.contents)){let o={};zy.visit(n.contents,(r,l)=>{dm.isNode(l)&&l.tag&&(o[l.tag]=!0)}),a=Object.keys(o)}else a=[];for(let[o,r]of i)o==="!!"&&r==="tag:yaml.org,2002:"||(!n||a.some(l=>l.startsWith(r)))&&t.push(`%TAG ${o} ${r}`);return t.join(`
`)}};nt.defaultYaml={explicit:!1,version:"1.2"};nt.defaultTags={"!!":"tag:yaml.org,2002:"};pm.Directives=nt});var Dr=g(tt=>{"use strict";var fm=C(),Wy=et();function Yy(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function hm(e){let n=new Set;return Wy.visit(e,{Value(t,i){i.anchor&&n.add(i.anchor)}}),n}function gm(e,n){for(let t=1;;++t){let i=`${e}${t}`;if(!n.has(i))return i}}function Jy(e,n){let t=[],i=new Map,a=null;return{onAnchor:o=>{t.push(o),a??(a=hm(e));let r=gm(n,a);return a.add(r),r},setAnchors:()=>{for(let o of t){let r=i.get(o);if(typeof r=="object"&&r.anchor&&(fm.isScalar(r.node)||fm.isCollection(r.node)))r.node.anchor=r.anchor;else{let l=new Error("Failed to resolve repeated object (this should not happen)");throw l.source=o,l}}},sourceObjects:i}}tt.anchorIsValid=Yy;tt.anchorNames=hm;tt.createNodeAnchors=Jy;tt.findNewAnchor=gm});var Ha=g(ym=>{"use strict";function rt(e,n,t,i){if(i&&typeof i=="object")if(Array.isArray(i))for(let a=0,o=i.length;a<o;++a){let r=i[a],l=rt(e,i,String(a),r);l===void 0?delete i[a]:l!==r&&(i[a]=l)}else if(i instanceof Map)for(let a of Array.from(i.keys())){let o=i.get(a),r=rt(e,i,a,o);r===void 0?i.delete(a):r!==o&&i.set(a,r)}else if(i instanceof Set)for(let a of Array.from(i)){let o=rt(e,i,a,a);o===void 0?i.delete(a):o!==a&&(i.delete(a),i.add(o))}else for(let[a,o]of Object.entries(i)){let r=rt(e,i,a,o);r===void 0?delete i[a]:r!==o&&(i[a]=r)}return e.call(n,t,i)}ym.applyReviver=rt});var De=g(bm=>{"use strict";var Xy=C();function _m(e,n,t){if(Array.isArray(e))return e.map((i,a)=>_m(i,String(a),t));if(e&&typeof e.toJSON=="function"){if(!t||!Xy.hasAnchor(e))return e.toJSON(n,t);let i={aliasCount:0,count:1,res:void 0};t.anchors.set(e,i),t.onCreate=o=>{i.res=o,delete t.onCreate};let a=e.toJSON(n,t);return t.onCreate&&t.onCreate(a),a}return typeof e=="bigint"&&!t?.keep?Number(e):e}bm.toJS=_m});var Nr=g(vm=>{"use strict";var Qy=Ha(),km=C(),Zy=De(),Fa=class{constructor(n){Object.defineProperty(this,km.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:i,onAnchor:a,reviver:o}={}){if(!km.isDocument(n))throw new TypeError("A document argument is required");let r={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},l=Zy.toJS(this,"",r);if(typeof a=="function")for(let{count:s,res:c}of r.anchors.values())a(c,s);return typeof o=="function"?Qy.applyReviver(o,{"":l},"",l):l}};vm.NodeBase=Fa});var ot=g(wm=>{"use strict";var e_=Dr(),n_=et(),Tn=C(),t_=Nr(),r_=De(),za=class extends t_.NodeBase{constructor(n){super(Tn.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let i;t?.aliasResolveCache?i=t.aliasResolveCache:(i=[],n_.visit(n,{Node:(o,r)=>{(Tn.isAlias(r)||Tn.hasAnchor(r))&&i.push(r)}}),t&&(t.aliasResolveCache=i));let a;for(let o of i){if(o===this)break;o.anchor===this.source&&(a=o)}if(a&&t){let{anchors:o,doc:r,maxAliasCount:l}=t,s=o.get(a);if(s||(r_.toJS(a,null,t),s=o.get(a)),s?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(l>=0&&(s.count+=1,s.aliasCount===0&&(s.aliasCount=Lr(r,a,o)),s.count*s.aliasCount>l)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return a}toJSON(n,t){if(!t)return{source:this.source};let i=this.resolve(t.doc,t);if(!i){let a=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(a)}return t.anchors.get(i).res}toString(n,t,i){let a=`*${this.source}`;if(n){if(e_.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(n.implicitKey)return`${a} `}return a}};function Lr(e,n,t){if(Tn.isAlias(n)){let i=n.resolve(e),a=t&&i&&t.get(i);return a?a.count*a.aliasCount:0}else if(Tn.isCollection(n)){let i=0;for(let a of n.items){let o=Lr(e,a,t);o>i&&(i=o)}return i}else if(Tn.isPair(n)){let i=Lr(e,n.key,t),a=Lr(e,n.value,t);return Math.max(i,a)}return 1}wm.Alias=za});var M=g(Ka=>{"use strict";var o_=C(),a_=Nr(),i_=De(),s_=e=>!e||typeof e!="function"&&typeof e!="object",Ne=class extends a_.NodeBase{constructor(n){super(o_.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:i_.toJS(this.value,n,t)}toString(){return String(this.value)}};Ne.BLOCK_FOLDED="BLOCK_FOLDED";Ne.BLOCK_LITERAL="BLOCK_LITERAL";Ne.PLAIN="PLAIN";Ne.QUOTE_DOUBLE="QUOTE_DOUBLE";Ne.QUOTE_SINGLE="QUOTE_SINGLE";Ka.Scalar=Ne;Ka.isScalarValue=s_});var at=g($m=>{"use strict";var l_=ot(),rn=C(),Sm=M(),c_="tag:yaml.org,2002:";function u_(e,n,t){if(n){let i=t.filter(o=>o.tag===n),a=i.find(o=>!o.format)??i[0];if(!a)throw new Error(`Tag ${n} not found`);return a}return t.find(i=>i.identify?.(e)&&!i.format)}function m_(e,n,t){if(rn.isDocument(e)&&(e=e.contents),rn.isNode(e))return e;if(rn.isPair(e)){let m=t.schema[rn.MAP].createNode?.(t.schema,null,t);return m.items.push(e),m}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:i,onAnchor:a,onTagObj:o,schema:r,sourceObjects:l}=t,s;if(i&&e&&typeof e=="object"){if(s=l.get(e),s)return s.anchor??(s.anchor=a(e)),new l_.Alias(s.anchor);s={anchor:null,node:null},l.set(e,s)}n?.startsWith("!!")&&(n=c_+n.slice(2));let c=u_(e,n,r.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let m=new Sm.Scalar(e);return s&&(s.node=m),m}c=e instanceof Map?r[rn.MAP]:Symbol.iterator in Object(e)?r[rn.SEQ]:r[rn.MAP]}o&&(o(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new Sm.Scalar(e);return n?u.tag=n:c.default||(u.tag=c.tag),s&&(s.node=u),u}$m.createNode=m_});var jr=g(Br=>{"use strict";var d_=at(),ye=C(),p_=Nr();function Va(e,n,t){let i=t;for(let a=n.length-1;a>=0;--a){let o=n[a];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let r=[];r[o]=i,i=r}else i=new Map([[o,i]])}return d_.createNode(i,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var Em=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Wa=class extends p_.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(i=>ye.isNode(i)||ye.isPair(i)?i.clone(n):i),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(Em(n))this.add(t);else{let[i,...a]=n,o=this.get(i,!0);if(ye.isCollection(o))o.addIn(a,t);else if(o===void 0&&this.schema)this.set(i,Va(this.schema,a,t));else throw new Error(`Expected YAML collection at ${i}. Remaining path: ${a}`)}}deleteIn(n){let[t,...i]=n;if(i.length===0)return this.delete(t);let a=this.get(t,!0);if(ye.isCollection(a))return a.deleteIn(i);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${i}`)}getIn(n,t){let[i,...a]=n,o=this.get(i,!0);return a.length===0?!t&&ye.isScalar(o)?o.value:o:ye.isCollection(o)?o.getIn(a,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!ye.isPair(t))return!1;let i=t.value;return i==null||n&&ye.isScalar(i)&&i.value==null&&!i.commentBefore&&!i.comment&&!i.tag})}hasIn(n){let[t,...i]=n;if(i.length===0)return this.has(t);let a=this.get(t,!0);return ye.isCollection(a)?a.hasIn(i):!1}setIn(n,t){let[i,...a]=n;if(a.length===0)this.set(i,t);else{let o=this.get(i,!0);if(ye.isCollection(o))o.setIn(a,t);else if(o===void 0&&this.schema)this.set(i,Va(this.schema,a,t));else throw new Error(`Expected YAML collection at ${i}. Remaining path: ${a}`)}}};Br.Collection=Wa;Br.collectionFromPath=Va;Br.isEmptyPath=Em});var it=g(Mr=>{"use strict";var f_=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Ya(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var h_=(e,n,t)=>e.endsWith(`
`)?Ya(t,n):t.includes(`
`)?`
`+Ya(t,n):(e.endsWith(" ")?"":" ")+t;Mr.indentComment=Ya;Mr.lineComment=h_;Mr.stringifyComment=f_});var Pm=g(st=>{"use strict";var g_="flow",Ja="block",qr="quoted";function y_(e,n,t="flow",{indentAtStart:i,lineWidth:a=80,minContentWidth:o=20,onFold:r,onOverflow:l}={}){if(!a||a<0)return e;a<o&&(o=0);let s=Math.max(1+o,1+a-n.length);if(e.length<=s)return e;let c=[],u={},m=a-n.length;typeof i=="number"&&(i>a-Math.max(2,o)?c.push(0):m=a-i);let d,p,y=!1,f=-1,h=-1,_=-1;t===Ja&&(f=Om(e,f,n.length),f!==-1&&(m=f+s));for(let S;S=e[f+=1];){if(t===qr&&S==="\\"){switch(h=f,e[f+1]){case"x":f+=3;break;case"u":f+=5;break;case"U":f+=9;break;default:f+=1}_=f}if(S===`
`)t===Ja&&(f=Om(e,f,n.length)),m=f+n.length+s,d=void 0;else{if(S===" "&&p&&p!==" "&&p!==`
`&&p!=="	"){let $=e[f+1];$&&$!==" "&&$!==`
`&&$!=="	"&&(d=f)}if(f>=m)if(d)c.push(d),m=d+s,d=void 0;else if(t===qr){for(;p===" "||p==="	";)p=S,S=e[f+=1],y=!0;let $=f>_+1?f-2:h-1;if(u[$])return e;c.push($),u[$]=!0,m=$+s,d=void 0}else y=!0}p=S}if(y&&l&&l(),c.length===0)return e;r&&r();let v=e.slice(0,c[0]);for(let S=0;S<c.length;++S){let $=c[S],E=c[S+1]||e.length;$===0?v=`
${n}${e.slice(0,E)}`:(t===qr&&u[$]&&(v+=`${e[$]}\\`),v+=`
${n}${e.slice($+1,E)}`)}return v}function Om(e,n,t){let i=n,a=n+1,o=e[a];for(;o===" "||o==="	";)if(n<a+t)o=e[++n];else{do o=e[++n];while(o&&o!==`
`);i=n,a=n+1,o=e[a]}return i}st.FOLD_BLOCK=Ja;st.FOLD_FLOW=g_;st.FOLD_QUOTED=qr;st.foldFlowLines=y_});var ct=g(Cm=>{"use strict";var ce=M(),Le=Pm(),Gr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),Hr=e=>/^(%|---|\.\.\.)/m.test(e);function __(e,n,t){if(!n||n<0)return!1;let i=n-t,a=e.length;if(a<=i)return!1;for(let o=0,r=0;o<a;++o)if(e[o]===`
`){if(o-r>i)return!0;if(r=o+1,a-r<=i)return!1}return!0}function lt(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:i}=n,a=n.options.doubleQuotedMinMultiLineLength,o=n.indent||(Hr(e)?"  ":""),r="",l=0;for(let s=0,c=t[s];c;c=t[++s])if(c===" "&&t[s+1]==="\\"&&t[s+2]==="n"&&(r+=t.slice(l,s)+"\\ ",s+=1,l=s,c="\\"),c==="\\")switch(t[s+1]){case"u":{r+=t.slice(l,s);let u=t.substr(s+2,4);switch(u){case"0000":r+="\\0";break;case"0007":r+="\\a";break;case"000b":r+="\\v";break;case"001b":r+="\\e";break;case"0085":r+="\\N";break;case"00a0":r+="\\_";break;case"2028":r+="\\L";break;case"2029":r+="\\P";break;default:u.substr(0,2)==="00"?r+="\\x"+u.substr(2):r+=t.substr(s,6)}s+=5,l=s+1}break;case"n":if(i||t[s+2]==='"'||t.length<a)s+=1;else{for(r+=t.slice(l,s)+`

`;t[s+2]==="\\"&&t[s+3]==="n"&&t[s+4]!=='"';)r+=`
`,s+=2;r+=o,t[s+2]===" "&&(r+="\\"),s+=1,l=s+1}break;default:s+=1}return r=l?r+t.slice(l):t,i?r:Le.foldFlowLines(r,o,Le.FOLD_QUOTED,Gr(n,!1))}function Xa(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return lt(e,n);let t=n.indent||(Hr(e)?"  ":""),i="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?i:Le.foldFlowLines(i,t,Le.FOLD_FLOW,Gr(n,!1))}function xn(e,n){let{singleQuote:t}=n.options,i;if(t===!1)i=lt;else{let a=e.includes('"'),o=e.includes("'");a&&!o?i=Xa:o&&!a?i=lt:i=t?Xa:lt}return i(e,n)}var Qa;try{Qa=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{Qa=/\n+(?!\n|$)/g}function Ur({comment:e,type:n,value:t},i,a,o){let{blockQuote:r,commentString:l,lineWidth:s}=i.options;if(!r||/\n[\t ]+$/.test(t))return xn(t,i);let c=i.indent||(i.forceBlockIndent||Hr(t)?"  ":""),u=r==="literal"?!0:r==="folded"||n===ce.Scalar.BLOCK_FOLDED?!1:n===ce.Scalar.BLOCK_LITERAL?!0:!__(t,s,c.length);if(!t)return u?`|
`:`>
`;let m,d;for(d=t.length;d>0;--d){let E=t[d-1];if(E!==`
`&&E!=="	"&&E!==" ")break}let p=t.substring(d),y=p.indexOf(`
`);y===-1?m="-":t===p||y!==p.length-1?(m="+",o&&o()):m="",p&&(t=t.slice(0,-p.length),p[p.length-1]===`
`&&(p=p.slice(0,-1)),p=p.replace(Qa,`$&${c}`));let f=!1,h,_=-1;for(h=0;h<t.length;++h){let E=t[h];if(E===" ")f=!0;else if(E===`
`)_=h;else break}let v=t.substring(0,_<h?_+1:h);v&&(t=t.substring(v.length),v=v.replace(/\n+/g,`$&${c}`));let $=(f?c?"2":"1":"")+m;if(e&&($+=" "+l(e.replace(/ ?[\r\n]+/g," ")),a&&a()),!u){let E=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),O=!1,A=Gr(i,!0);r!=="folded"&&n!==ce.Scalar.BLOCK_FOLDED&&(A.onOverflow=()=>{O=!0});let b=Le.foldFlowLines(`${v}${E}${p}`,c,Le.FOLD_BLOCK,A);if(!O)return`>${$}
${c}${b}`}return t=t.replace(/\n+/g,`$&${c}`),`|${$}
${c}${v}${t}${p}`}function b_(e,n,t,i){let{type:a,value:o}=e,{actualString:r,implicitKey:l,indent:s,indentStep:c,inFlow:u}=n;if(l&&o.includes(`
`)||u&&/[[\]{},]/.test(o))return xn(o,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return l||u||!o.includes(`
`)?xn(o,n):Ur(e,n,t,i);if(!l&&!u&&a!==ce.Scalar.PLAIN&&o.includes(`
`))return Ur(e,n,t,i);if(Hr(o)){if(s==="")return n.forceBlockIndent=!0,Ur(e,n,t,i);if(l&&s===c)return xn(o,n)}let m=o.replace(/\n+/g,`$&
${s}`);if(r){let d=f=>f.default&&f.tag!=="tag:yaml.org,2002:str"&&f.test?.test(m),{compat:p,tags:y}=n.doc.schema;if(y.some(d)||p?.some(d))return xn(o,n)}return l?m:Le.foldFlowLines(m,s,Le.FOLD_FLOW,Gr(n,!1))}function k_(e,n,t,i){let{implicitKey:a,inFlow:o}=n,r=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:l}=e;l!==ce.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(r.value)&&(l=ce.Scalar.QUOTE_DOUBLE);let s=u=>{switch(u){case ce.Scalar.BLOCK_FOLDED:case ce.Scalar.BLOCK_LITERAL:return a||o?xn(r.value,n):Ur(r,n,t,i);case ce.Scalar.QUOTE_DOUBLE:return lt(r.value,n);case ce.Scalar.QUOTE_SINGLE:return Xa(r.value,n);case ce.Scalar.PLAIN:return b_(r,n,t,i);default:return null}},c=s(l);if(c===null){let{defaultKeyType:u,defaultStringType:m}=n.options,d=a&&u||m;if(c=s(d),c===null)throw new Error(`Unsupported default string type ${d}`)}return c}Cm.stringifyString=k_});var ut=g(Za=>{"use strict";var v_=Dr(),Be=C(),w_=it(),S_=ct();function $_(e,n){let t=Object.assign({blockQuote:!0,commentString:w_.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),i;switch(t.collectionStyle){case"block":i=!1;break;case"flow":i=!0;break;default:i=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:i,options:t}}function E_(e,n){if(n.tag){let a=e.filter(o=>o.tag===n.tag);if(a.length>0)return a.find(o=>o.format===n.format)??a[0]}let t,i;if(Be.isScalar(n)){i=n.value;let a=e.filter(o=>o.identify?.(i));if(a.length>1){let o=a.filter(r=>r.test);o.length>0&&(a=o)}t=a.find(o=>o.format===n.format)??a.find(o=>!o.format)}else i=n,t=e.find(a=>a.nodeClass&&i instanceof a.nodeClass);if(!t){let a=i?.constructor?.name??(i===null?"null":typeof i);throw new Error(`Tag not resolved for ${a} value`)}return t}function O_(e,n,{anchors:t,doc:i}){if(!i.directives)return"";let a=[],o=(Be.isScalar(e)||Be.isCollection(e))&&e.anchor;o&&v_.anchorIsValid(o)&&(t.add(o),a.push(`&${o}`));let r=e.tag??(n.default?null:n.tag);return r&&a.push(i.directives.tagString(r)),a.join(" ")}function P_(e,n,t,i){if(Be.isPair(e))return e.toString(n,t,i);if(Be.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let a,o=Be.isNode(e)?e:n.doc.createNode(e,{onTagObj:s=>a=s});a??(a=E_(n.doc.schema.tags,o));let r=O_(o,a,n);r.length>0&&(n.indentAtStart=(n.indentAtStart??0)+r.length+1);let l=typeof a.stringify=="function"?a.stringify(o,n,t,i):Be.isScalar(o)?S_.stringifyString(o,n,t,i):o.toString(n,t,i);return r?Be.isScalar(o)||l[0]==="{"||l[0]==="["?`${r} ${l}`:`${r}
${n.indent}${l}`:l}Za.createStringifyContext=$_;Za.stringify=P_});var Rm=g(Am=>{"use strict";var Oe=C(),Tm=M(),xm=ut(),mt=it();function C_({key:e,value:n},t,i,a){let{allNullValues:o,doc:r,indent:l,indentStep:s,options:{commentString:c,indentSeq:u,simpleKeys:m}}=t,d=Oe.isNode(e)&&e.comment||null;if(m){if(d)throw new Error("With simple keys, key nodes cannot have comments");if(Oe.isCollection(e)||!Oe.isNode(e)&&typeof e=="object"){let A="With simple keys, collection cannot be used as a key value";throw new Error(A)}}let p=!m&&(!e||d&&n==null&&!t.inFlow||Oe.isCollection(e)||(Oe.isScalar(e)?e.type===Tm.Scalar.BLOCK_FOLDED||e.type===Tm.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!p&&(m||!o),indent:l+s});let y=!1,f=!1,h=xm.stringify(e,t,()=>y=!0,()=>f=!0);if(!p&&!t.inFlow&&h.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");p=!0}if(t.inFlow){if(o||n==null)return y&&i&&i(),h===""?"?":p?`? ${h}`:h}else if(o&&!m||n==null&&p)return h=`? ${h}`,d&&!y?h+=mt.lineComment(h,t.indent,c(d)):f&&a&&a(),h;y&&(d=null),p?(d&&(h+=mt.lineComment(h,t.indent,c(d))),h=`? ${h}
${l}:`):(h=`${h}:`,d&&(h+=mt.lineComment(h,t.indent,c(d))));let _,v,S;Oe.isNode(n)?(_=!!n.spaceBefore,v=n.commentBefore,S=n.comment):(_=!1,v=null,S=null,n&&typeof n=="object"&&(n=r.createNode(n))),t.implicitKey=!1,!p&&!d&&Oe.isScalar(n)&&(t.indentAtStart=h.length+1),f=!1,!u&&s.length>=2&&!t.inFlow&&!p&&Oe.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let $=!1,E=xm.stringify(n,t,()=>$=!0,()=>f=!0),O=" ";if(d||_||v){if(O=_?`
`:"",v){let A=c(v);O+=`
${mt.indentComment(A,t.indent)}`}E===""&&!t.inFlow?O===`
`&&S&&(O=`

`):O+=`
${t.indent}`}else if(!p&&Oe.isCollection(n)){let A=E[0],b=E.indexOf(`
`),q=b!==-1,Pe=t.inFlow??n.flow??n.items.length===0;if(q||!Pe){let un=!1;if(q&&(A==="&"||A==="!")){let U=E.indexOf(" ");A==="&"&&U!==-1&&U<b&&E[U+1]==="!"&&(U=E.indexOf(" ",U+1)),(U===-1||b<U)&&(un=!0)}un||(O=`
${t.indent}`)}}else(E===""||E[0]===`
`)&&(O="");return h+=O+E,t.inFlow?$&&i&&i():S&&!$?h+=mt.lineComment(h,t.indent,c(S)):f&&a&&a(),h}Am.stringifyPair=C_});var ni=g(ei=>{"use strict";var Im=xt("process");function T_(e,...n){e==="debug"&&console.log(...n)}function x_(e,n){(e==="debug"||e==="warn")&&(typeof Im.emitWarning=="function"?Im.emitWarning(n):console.warn(n))}ei.debug=T_;ei.warn=x_});var Wr=g(Vr=>{"use strict";var Kr=C(),Dm=M(),Fr="<<",zr={identify:e=>e===Fr||typeof e=="symbol"&&e.description===Fr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Dm.Scalar(Symbol(Fr)),{addToJSMap:Nm}),stringify:()=>Fr},A_=(e,n)=>(zr.identify(n)||Kr.isScalar(n)&&(!n.type||n.type===Dm.Scalar.PLAIN)&&zr.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===zr.tag&&t.default);function Nm(e,n,t){let i=Lm(e,t);if(Kr.isSeq(i))for(let a of i.items)ti(e,n,a);else if(Array.isArray(i))for(let a of i)ti(e,n,a);else ti(e,n,i)}function ti(e,n,t){let i=Lm(e,t);if(!Kr.isMap(i))throw new Error("Merge sources must be maps or map aliases");let a=i.toJSON(null,e,Map);for(let[o,r]of a)n instanceof Map?n.has(o)||n.set(o,r):n instanceof Set?n.add(o):Object.prototype.hasOwnProperty.call(n,o)||Object.defineProperty(n,o,{value:r,writable:!0,enumerable:!0,configurable:!0});return n}function Lm(e,n){return e&&Kr.isAlias(n)?n.resolve(e.doc,e):n}Vr.addMergeToJSMap=Nm;Vr.isMergeKey=A_;Vr.merge=zr});var oi=g(Mm=>{"use strict";var R_=ni(),Bm=Wr(),I_=ut(),jm=C(),ri=De();function D_(e,n,{key:t,value:i}){if(jm.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,i);else if(Bm.isMergeKey(e,t))Bm.addMergeToJSMap(e,n,i);else{let a=ri.toJS(t,"",e);if(n instanceof Map)n.set(a,ri.toJS(i,a,e));else if(n instanceof Set)n.add(a);else{let o=N_(t,a,e),r=ri.toJS(i,o,e);o in n?Object.defineProperty(n,o,{value:r,writable:!0,enumerable:!0,configurable:!0}):n[o]=r}}return n}function N_(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(jm.isNode(e)&&t?.doc){let i=I_.createStringifyContext(t.doc,{});i.anchors=new Set;for(let o of t.anchors.keys())i.anchors.add(o.anchor);i.inFlow=!0,i.inStringifyKey=!0;let a=e.toString(i);if(!t.mapKeyWarned){let o=JSON.stringify(a);o.length>40&&(o=o.substring(0,36)+'..."'),R_.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return a}return JSON.stringify(n)}Mm.addPairToJSMap=D_});var je=g(ai=>{"use strict";var qm=at(),L_=Rm(),B_=oi(),Yr=C();function j_(e,n,t){let i=qm.createNode(e,void 0,t),a=qm.createNode(n,void 0,t);return new Jr(i,a)}var Jr=class e{constructor(n,t=null){Object.defineProperty(this,Yr.NODE_TYPE,{value:Yr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:i}=this;return Yr.isNode(t)&&(t=t.clone(n)),Yr.isNode(i)&&(i=i.clone(n)),new e(t,i)}toJSON(n,t){let i=t?.mapAsMap?new Map:{};return B_.addPairToJSMap(t,i,this)}toString(n,t,i){return n?.doc?L_.stringifyPair(this,n,t,i):JSON.stringify(this)}};ai.Pair=Jr;ai.createPair=j_});var ii=g(Gm=>{"use strict";var on=C(),Um=ut(),Xr=it();function M_(e,n,t){return(n.inFlow??e.flow?U_:q_)(e,n,t)}function q_({comment:e,items:n},t,{blockItemPrefix:i,flowChars:a,itemIndent:o,onChompKeep:r,onComment:l}){let{indent:s,options:{commentString:c}}=t,u=Object.assign({},t,{indent:o,type:null}),m=!1,d=[];for(let y=0;y<n.length;++y){let f=n[y],h=null;if(on.isNode(f))!m&&f.spaceBefore&&d.push(""),Qr(t,d,f.commentBefore,m),f.comment&&(h=f.comment);else if(on.isPair(f)){let v=on.isNode(f.key)?f.key:null;v&&(!m&&v.spaceBefore&&d.push(""),Qr(t,d,v.commentBefore,m))}m=!1;let _=Um.stringify(f,u,()=>h=null,()=>m=!0);h&&(_+=Xr.lineComment(_,o,c(h))),m&&h&&(m=!1),d.push(i+_)}let p;if(d.length===0)p=a.start+a.end;else{p=d[0];for(let y=1;y<d.length;++y){let f=d[y];p+=f?`
${s}${f}`:`
`}}return e?(p+=`
`+Xr.indentComment(c(e),s),l&&l()):m&&r&&r(),p}function U_({items:e},n,{flowChars:t,itemIndent:i}){let{indent:a,indentStep:o,flowCollectionPadding:r,options:{commentString:l}}=n;i+=o;let s=Object.assign({},n,{indent:i,inFlow:!0,type:null}),c=!1,u=0,m=[];for(let y=0;y<e.length;++y){let f=e[y],h=null;if(on.isNode(f))f.spaceBefore&&m.push(""),Qr(n,m,f.commentBefore,!1),f.comment&&(h=f.comment);else if(on.isPair(f)){let v=on.isNode(f.key)?f.key:null;v&&(v.spaceBefore&&m.push(""),Qr(n,m,v.commentBefore,!1),v.comment&&(c=!0));let S=on.isNode(f.value)?f.value:null;S?(S.comment&&(h=S.comment),S.commentBefore&&(c=!0)):f.value==null&&v?.comment&&(h=v.comment)}h&&(c=!0);let _=Um.stringify(f,s,()=>h=null);c||(c=m.length>u||_.includes(`
`)),y<e.length-1?_+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=m.reduce((v,S)=>v+S.length+2,2)+(_.length+2)>n.options.lineWidth)),c&&(_+=",")),h&&(_+=Xr.lineComment(_,i,l(h))),m.push(_),u=m.length}let{start:d,end:p}=t;if(m.length===0)return d+p;if(!c){let y=m.reduce((f,h)=>f+h.length+2,2);c=n.options.lineWidth>0&&y>n.options.lineWidth}if(c){let y=d;for(let f of m)y+=f?`
${o}${a}${f}`:`
`;return`${y}
${a}${p}`}else return`${d}${r}${m.join(" ")}${r}${p}`}function Qr({indent:e,options:{commentString:n}},t,i,a){if(i&&a&&(i=i.replace(/^\n+/,"")),i){let o=Xr.indentComment(n(i),e);t.push(o.trimStart())}}Gm.stringifyCollection=M_});var qe=g(li=>{"use strict";var G_=ii(),H_=oi(),F_=jr(),Me=C(),Zr=je(),z_=M();function dt(e,n){let t=Me.isScalar(n)?n.value:n;for(let i of e)if(Me.isPair(i)&&(i.key===n||i.key===t||Me.isScalar(i.key)&&i.key.value===t))return i}var si=class extends F_.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Me.MAP,n),this.items=[]}static from(n,t,i){let{keepUndefined:a,replacer:o}=i,r=new this(n),l=(s,c)=>{if(typeof o=="function")c=o.call(t,s,c);else if(Array.isArray(o)&&!o.includes(s))return;(c!==void 0||a)&&r.items.push(Zr.createPair(s,c,i))};if(t instanceof Map)for(let[s,c]of t)l(s,c);else if(t&&typeof t=="object")for(let s of Object.keys(t))l(s,t[s]);return typeof n.sortMapEntries=="function"&&r.items.sort(n.sortMapEntries),r}add(n,t){let i;Me.isPair(n)?i=n:!n||typeof n!="object"||!("key"in n)?i=new Zr.Pair(n,n?.value):i=new Zr.Pair(n.key,n.value);let a=dt(this.items,i.key),o=this.schema?.sortMapEntries;if(a){if(!t)throw new Error(`Key ${i.key} already set`);Me.isScalar(a.value)&&z_.isScalarValue(i.value)?a.value.value=i.value:a.value=i.value}else if(o){let r=this.items.findIndex(l=>o(i,l)<0);r===-1?this.items.push(i):this.items.splice(r,0,i)}else this.items.push(i)}delete(n){let t=dt(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let a=dt(this.items,n)?.value;return(!t&&Me.isScalar(a)?a.value:a)??void 0}has(n){return!!dt(this.items,n)}set(n,t){this.add(new Zr.Pair(n,t),!0)}toJSON(n,t,i){let a=i?new i:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(a);for(let o of this.items)H_.addPairToJSMap(t,a,o);return a}toString(n,t,i){if(!n)return JSON.stringify(this);for(let a of this.items)if(!Me.isPair(a))throw new Error(`Map items must all be pairs; found ${JSON.stringify(a)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),G_.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:i,onComment:t})}};li.YAMLMap=si;li.findPair=dt});var An=g(Fm=>{"use strict";var K_=C(),Hm=qe(),V_={collection:"map",default:!0,nodeClass:Hm.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return K_.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>Hm.YAMLMap.from(e,n,t)};Fm.map=V_});var Ue=g(zm=>{"use strict";var W_=at(),Y_=ii(),J_=jr(),no=C(),X_=M(),Q_=De(),ci=class extends J_.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(no.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=eo(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let i=eo(n);if(typeof i!="number")return;let a=this.items[i];return!t&&no.isScalar(a)?a.value:a}has(n){let t=eo(n);return typeof t=="number"&&t<this.items.length}set(n,t){let i=eo(n);if(typeof i!="number")throw new Error(`Expected a valid index, not ${n}.`);let a=this.items[i];no.isScalar(a)&&X_.isScalarValue(t)?a.value=t:this.items[i]=t}toJSON(n,t){let i=[];t?.onCreate&&t.onCreate(i);let a=0;for(let o of this.items)i.push(Q_.toJS(o,String(a++),t));return i}toString(n,t,i){return n?Y_.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:i,onComment:t}):JSON.stringify(this)}static from(n,t,i){let{replacer:a}=i,o=new this(n);if(t&&Symbol.iterator in Object(t)){let r=0;for(let l of t){if(typeof a=="function"){let s=t instanceof Set?l:String(r++);l=a.call(t,s,l)}o.items.push(W_.createNode(l,void 0,i))}}return o}};function eo(e){let n=no.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}zm.YAMLSeq=ci});var Rn=g(Vm=>{"use strict";var Z_=C(),Km=Ue(),eb={collection:"seq",default:!0,nodeClass:Km.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return Z_.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>Km.YAMLSeq.from(e,n,t)};Vm.seq=eb});var pt=g(Wm=>{"use strict";var nb=ct(),tb={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,i){return n=Object.assign({actualString:!0},n),nb.stringifyString(e,n,t,i)}};Wm.string=tb});var to=g(Xm=>{"use strict";var Ym=M(),Jm={identify:e=>e==null,createNode:()=>new Ym.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Ym.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Jm.test.test(e)?e:n.options.nullStr};Xm.nullTag=Jm});var ui=g(Zm=>{"use strict";var rb=M(),Qm={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new rb.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Qm.test.test(e)){let i=e[0]==="t"||e[0]==="T";if(n===i)return e}return n?t.options.trueStr:t.options.falseStr}};Zm.boolTag=Qm});var In=g(ed=>{"use strict";function ob({format:e,minFractionDigits:n,tag:t,value:i}){if(typeof i=="bigint")return String(i);let a=typeof i=="number"?i:Number(i);if(!isFinite(a))return isNaN(a)?".nan":a<0?"-.inf":".inf";let o=Object.is(i,-0)?"-0":JSON.stringify(i);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let r=o.indexOf(".");r<0&&(r=o.length,o+=".");let l=n-(o.length-r-1);for(;l-- >0;)o+="0"}return o}ed.stringifyNumber=ob});var di=g(ro=>{"use strict";var ab=M(),mi=In(),ib={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:mi.stringifyNumber},sb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():mi.stringifyNumber(e)}},lb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new ab.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:mi.stringifyNumber};ro.float=lb;ro.floatExp=sb;ro.floatNaN=ib});var fi=g(ao=>{"use strict";var nd=In(),oo=e=>typeof e=="bigint"||Number.isInteger(e),pi=(e,n,t,{intAsBigInt:i})=>i?BigInt(e):parseInt(e.substring(n),t);function td(e,n,t){let{value:i}=e;return oo(i)&&i>=0?t+i.toString(n):nd.stringifyNumber(e)}var cb={identify:e=>oo(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>pi(e,2,8,t),stringify:e=>td(e,8,"0o")},ub={identify:oo,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>pi(e,0,10,t),stringify:nd.stringifyNumber},mb={identify:e=>oo(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>pi(e,2,16,t),stringify:e=>td(e,16,"0x")};ao.int=ub;ao.intHex=mb;ao.intOct=cb});var od=g(rd=>{"use strict";var db=An(),pb=to(),fb=Rn(),hb=pt(),gb=ui(),hi=di(),gi=fi(),yb=[db.map,fb.seq,hb.string,pb.nullTag,gb.boolTag,gi.intOct,gi.int,gi.intHex,hi.floatNaN,hi.floatExp,hi.float];rd.schema=yb});var sd=g(id=>{"use strict";var _b=M(),bb=An(),kb=Rn();function ad(e){return typeof e=="bigint"||Number.isInteger(e)}var io=({value:e})=>JSON.stringify(e),vb=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:io},{identify:e=>e==null,createNode:()=>new _b.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:io},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:io},{identify:ad,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>ad(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:io}],wb={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},Sb=[bb.map,kb.seq].concat(vb,wb);id.schema=Sb});var _i=g(ld=>{"use strict";var ft=xt("buffer"),yi=M(),$b=ct(),Eb={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof ft.Buffer=="function")return ft.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),i=new Uint8Array(t.length);for(let a=0;a<t.length;++a)i[a]=t.charCodeAt(a);return i}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},i,a,o){if(!t)return"";let r=t,l;if(typeof ft.Buffer=="function")l=r instanceof ft.Buffer?r.toString("base64"):ft.Buffer.from(r.buffer).toString("base64");else if(typeof btoa=="function"){let s="";for(let c=0;c<r.length;++c)s+=String.fromCharCode(r[c]);l=btoa(s)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=yi.Scalar.BLOCK_LITERAL),n!==yi.Scalar.QUOTE_DOUBLE){let s=Math.max(i.options.lineWidth-i.indent.length,i.options.minContentWidth),c=Math.ceil(l.length/s),u=new Array(c);for(let m=0,d=0;m<c;++m,d+=s)u[m]=l.substr(d,s);l=u.join(n===yi.Scalar.BLOCK_LITERAL?`
`:" ")}return $b.stringifyString({comment:e,type:n,value:l},i,a,o)}};ld.binary=Eb});var co=g(lo=>{"use strict";var so=C(),bi=je(),Ob=M(),Pb=Ue();function cd(e,n){if(so.isSeq(e))for(let t=0;t<e.items.length;++t){let i=e.items[t];if(!so.isPair(i)){if(so.isMap(i)){i.items.length>1&&n("Each pair must have its own sequence indicator");let a=i.items[0]||new bi.Pair(new Ob.Scalar(null));if(i.commentBefore&&(a.key.commentBefore=a.key.commentBefore?`${i.commentBefore}
${a.key.commentBefore}`:i.commentBefore),i.comment){let o=a.value??a.key;o.comment=o.comment?`${i.comment}
${o.comment}`:i.comment}i=a}e.items[t]=so.isPair(i)?i:new bi.Pair(i)}}else n("Expected a sequence for this tag");return e}function ud(e,n,t){let{replacer:i}=t,a=new Pb.YAMLSeq(e);a.tag="tag:yaml.org,2002:pairs";let o=0;if(n&&Symbol.iterator in Object(n))for(let r of n){typeof i=="function"&&(r=i.call(n,String(o++),r));let l,s;if(Array.isArray(r))if(r.length===2)l=r[0],s=r[1];else throw new TypeError(`Expected [key, value] tuple: ${r}`);else if(r&&r instanceof Object){let c=Object.keys(r);if(c.length===1)l=c[0],s=r[l];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else l=r;a.items.push(bi.createPair(l,s,t))}return a}var Cb={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:cd,createNode:ud};lo.createPairs=ud;lo.pairs=Cb;lo.resolvePairs=cd});var wi=g(vi=>{"use strict";var md=C(),ki=De(),ht=qe(),Tb=Ue(),dd=co(),an=class e extends Tb.YAMLSeq{constructor(){super(),this.add=ht.YAMLMap.prototype.add.bind(this),this.delete=ht.YAMLMap.prototype.delete.bind(this),this.get=ht.YAMLMap.prototype.get.bind(this),this.has=ht.YAMLMap.prototype.has.bind(this),this.set=ht.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let i=new Map;t?.onCreate&&t.onCreate(i);for(let a of this.items){let o,r;if(md.isPair(a)?(o=ki.toJS(a.key,"",t),r=ki.toJS(a.value,o,t)):o=ki.toJS(a,"",t),i.has(o))throw new Error("Ordered maps must not include duplicate keys");i.set(o,r)}return i}static from(n,t,i){let a=dd.createPairs(n,t,i),o=new this;return o.items=a.items,o}};an.tag="tag:yaml.org,2002:omap";var xb={collection:"seq",identify:e=>e instanceof Map,nodeClass:an,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=dd.resolvePairs(e,n),i=[];for(let{key:a}of t.items)md.isScalar(a)&&(i.includes(a.value)?n(`Ordered maps must not include duplicate keys: ${a.value}`):i.push(a.value));return Object.assign(new an,t)},createNode:(e,n,t)=>an.from(e,n,t)};vi.YAMLOMap=an;vi.omap=xb});var yd=g(Si=>{"use strict";var pd=M();function fd({value:e,source:n},t){return n&&(e?hd:gd).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var hd={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new pd.Scalar(!0),stringify:fd},gd={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new pd.Scalar(!1),stringify:fd};Si.falseTag=gd;Si.trueTag=hd});var _d=g(uo=>{"use strict";var Ab=M(),$i=In(),Rb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:$i.stringifyNumber},Ib={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():$i.stringifyNumber(e)}},Db={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new Ab.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let i=e.substring(t+1).replace(/_/g,"");i[i.length-1]==="0"&&(n.minFractionDigits=i.length)}return n},stringify:$i.stringifyNumber};uo.float=Db;uo.floatExp=Ib;uo.floatNaN=Rb});var kd=g(yt=>{"use strict";var bd=In(),gt=e=>typeof e=="bigint"||Number.isInteger(e);function mo(e,n,t,{intAsBigInt:i}){let a=e[0];if((a==="-"||a==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),i){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let r=BigInt(e);return a==="-"?BigInt(-1)*r:r}let o=parseInt(e,t);return a==="-"?-1*o:o}function Ei(e,n,t){let{value:i}=e;if(gt(i)){let a=i.toString(n);return i<0?"-"+t+a.substr(1):t+a}return bd.stringifyNumber(e)}var Nb={identify:gt,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>mo(e,2,2,t),stringify:e=>Ei(e,2,"0b")},Lb={identify:gt,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>mo(e,1,8,t),stringify:e=>Ei(e,8,"0")},Bb={identify:gt,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>mo(e,0,10,t),stringify:bd.stringifyNumber},jb={identify:gt,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>mo(e,2,16,t),stringify:e=>Ei(e,16,"0x")};yt.int=Bb;yt.intBin=Nb;yt.intHex=jb;yt.intOct=Lb});var Pi=g(Oi=>{"use strict";var ho=C(),po=je(),fo=qe(),sn=class e extends fo.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;ho.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new po.Pair(n.key,null):t=new po.Pair(n,null),fo.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let i=fo.findPair(this.items,n);return!t&&ho.isPair(i)?ho.isScalar(i.key)?i.key.value:i.key:i}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let i=fo.findPair(this.items,n);i&&!t?this.items.splice(this.items.indexOf(i),1):!i&&t&&this.items.push(new po.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,i){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,i);throw new Error("Set items must all have null values")}static from(n,t,i){let{replacer:a}=i,o=new this(n);if(t&&Symbol.iterator in Object(t))for(let r of t)typeof a=="function"&&(r=a.call(t,r,r)),o.items.push(po.createPair(r,null,i));return o}};sn.tag="tag:yaml.org,2002:set";var Mb={collection:"map",identify:e=>e instanceof Set,nodeClass:sn,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>sn.from(e,n,t),resolve(e,n){if(ho.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new sn,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};Oi.YAMLSet=sn;Oi.set=Mb});var Ti=g(go=>{"use strict";var qb=In();function Ci(e,n){let t=e[0],i=t==="-"||t==="+"?e.substring(1):e,a=r=>n?BigInt(r):Number(r),o=i.replace(/_/g,"").split(":").reduce((r,l)=>r*a(60)+a(l),a(0));return t==="-"?a(-1)*o:o}function vd(e){let{value:n}=e,t=r=>r;if(typeof n=="bigint")t=r=>BigInt(r);else if(isNaN(n)||!isFinite(n))return qb.stringifyNumber(e);let i="";n<0&&(i="-",n*=t(-1));let a=t(60),o=[n%a];return n<60?o.unshift(0):(n=(n-o[0])/a,o.unshift(n%a),n>=60&&(n=(n-o[0])/a,o.unshift(n))),i+o.map(r=>String(r).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Ub={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>Ci(e,t),stringify:vd},Gb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>Ci(e,!1),stringify:vd},wd={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(wd.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,i,a,o,r,l]=n.map(Number),s=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,i-1,a,o||0,r||0,l||0,s),u=n[8];if(u&&u!=="Z"){let m=Ci(u,!1);Math.abs(m)<30&&(m*=60),c-=6e4*m}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};go.floatTime=Gb;go.intTime=Ub;go.timestamp=wd});var Ed=g($d=>{"use strict";var Hb=An(),Fb=to(),zb=Rn(),Kb=pt(),Vb=_i(),Sd=yd(),xi=_d(),yo=kd(),Wb=Wr(),Yb=wi(),Jb=co(),Xb=Pi(),Ai=Ti(),Qb=[Hb.map,zb.seq,Kb.string,Fb.nullTag,Sd.trueTag,Sd.falseTag,yo.intBin,yo.intOct,yo.int,yo.intHex,xi.floatNaN,xi.floatExp,xi.float,Vb.binary,Wb.merge,Yb.omap,Jb.pairs,Xb.set,Ai.intTime,Ai.floatTime,Ai.timestamp];$d.schema=Qb});var Nd=g(Di=>{"use strict";var Td=An(),Zb=to(),xd=Rn(),ek=pt(),nk=ui(),Ri=di(),Ii=fi(),tk=od(),rk=sd(),Ad=_i(),_t=Wr(),Rd=wi(),Id=co(),Od=Ed(),Dd=Pi(),_o=Ti(),Pd=new Map([["core",tk.schema],["failsafe",[Td.map,xd.seq,ek.string]],["json",rk.schema],["yaml11",Od.schema],["yaml-1.1",Od.schema]]),Cd={binary:Ad.binary,bool:nk.boolTag,float:Ri.float,floatExp:Ri.floatExp,floatNaN:Ri.floatNaN,floatTime:_o.floatTime,int:Ii.int,intHex:Ii.intHex,intOct:Ii.intOct,intTime:_o.intTime,map:Td.map,merge:_t.merge,null:Zb.nullTag,omap:Rd.omap,pairs:Id.pairs,seq:xd.seq,set:Dd.set,timestamp:_o.timestamp},ok={"tag:yaml.org,2002:binary":Ad.binary,"tag:yaml.org,2002:merge":_t.merge,"tag:yaml.org,2002:omap":Rd.omap,"tag:yaml.org,2002:pairs":Id.pairs,"tag:yaml.org,2002:set":Dd.set,"tag:yaml.org,2002:timestamp":_o.timestamp};function ak(e,n,t){let i=Pd.get(n);if(i&&!e)return t&&!i.includes(_t.merge)?i.concat(_t.merge):i.slice();let a=i;if(!a)if(Array.isArray(e))a=[];else{let o=Array.from(Pd.keys()).filter(r=>r!=="yaml11").map(r=>JSON.stringify(r)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${o} or define customTags array`)}if(Array.isArray(e))for(let o of e)a=a.concat(o);else typeof e=="function"&&(a=e(a.slice()));return t&&(a=a.concat(_t.merge)),a.reduce((o,r)=>{let l=typeof r=="string"?Cd[r]:r;if(!l){let s=JSON.stringify(r),c=Object.keys(Cd).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${s}; use one of ${c}`)}return o.includes(l)||o.push(l),o},[])}Di.coreKnownTags=ok;Di.getTags=ak});var Bi=g(Ld=>{"use strict";var Ni=C(),ik=An(),sk=Rn(),lk=pt(),bo=Nd(),ck=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,Li=class e{constructor({compat:n,customTags:t,merge:i,resolveKnownTags:a,schema:o,sortMapEntries:r,toStringDefaults:l}){this.compat=Array.isArray(n)?bo.getTags(n,"compat"):n?bo.getTags(null,n):null,this.name=typeof o=="string"&&o||"core",this.knownTags=a?bo.coreKnownTags:{},this.tags=bo.getTags(t,this.name,i),this.toStringOptions=l??null,Object.defineProperty(this,Ni.MAP,{value:ik.map}),Object.defineProperty(this,Ni.SCALAR,{value:lk.string}),Object.defineProperty(this,Ni.SEQ,{value:sk.seq}),this.sortMapEntries=typeof r=="function"?r:r===!0?ck:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};Ld.Schema=Li});var jd=g(Bd=>{"use strict";var uk=C(),ji=ut(),bt=it();function mk(e,n){let t=[],i=n.directives===!0;if(n.directives!==!1&&e.directives){let s=e.directives.toString(e);s?(t.push(s),i=!0):e.directives.docStart&&(i=!0)}i&&t.push("---");let a=ji.createStringifyContext(e,n),{commentString:o}=a.options;if(e.commentBefore){t.length!==1&&t.unshift("");let s=o(e.commentBefore);t.unshift(bt.indentComment(s,""))}let r=!1,l=null;if(e.contents){if(uk.isNode(e.contents)){if(e.contents.spaceBefore&&i&&t.push(""),e.contents.commentBefore){let u=o(e.contents.commentBefore);t.push(bt.indentComment(u,""))}a.forceBlockIndent=!!e.comment,l=e.contents.comment}let s=l?void 0:()=>r=!0,c=ji.stringify(e.contents,a,()=>l=null,s);l&&(c+=bt.lineComment(c,"",o(l))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(ji.stringify(e.contents,a));if(e.directives?.docEnd)if(e.comment){let s=o(e.comment);s.includes(`
`)?(t.push("..."),t.push(bt.indentComment(s,""))):t.push(`... ${s}`)}else t.push("...");else{let s=e.comment;s&&r&&(s=s.replace(/^\n+/,"")),s&&((!r||l)&&t[t.length-1]!==""&&t.push(""),t.push(bt.indentComment(o(s),"")))}return t.join(`
`)+`
`}Bd.stringifyDocument=mk});var kt=g(Md=>{"use strict";var dk=ot(),Dn=jr(),ae=C(),pk=je(),fk=De(),hk=Bi(),gk=jd(),Mi=Dr(),yk=Ha(),_k=at(),qi=Ga(),Ui=class e{constructor(n,t,i){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,ae.NODE_TYPE,{value:ae.DOC});let a=null;typeof t=="function"||Array.isArray(t)?a=t:i===void 0&&t&&(i=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},i);this.options=o;let{version:r}=o;i?._directives?(this.directives=i._directives.atDocument(),this.directives.yaml.explicit&&(r=this.directives.yaml.version)):this.directives=new qi.Directives({version:r}),this.setSchema(r,i),this.contents=n===void 0?null:this.createNode(n,a,i)}clone(){let n=Object.create(e.prototype,{[ae.NODE_TYPE]:{value:ae.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=ae.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Nn(this.contents)&&this.contents.add(n)}addIn(n,t){Nn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let i=Mi.anchorNames(this);n.anchor=!t||i.has(t)?Mi.findNewAnchor(t||"a",i):t}return new dk.Alias(n.anchor)}createNode(n,t,i){let a;if(typeof t=="function")n=t.call({"":n},"",n),a=t;else if(Array.isArray(t)){let h=v=>typeof v=="number"||v instanceof String||v instanceof Number,_=t.filter(h).map(String);_.length>0&&(t=t.concat(_)),a=t}else i===void 0&&t&&(i=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:r,flow:l,keepUndefined:s,onTagObj:c,tag:u}=i??{},{onAnchor:m,setAnchors:d,sourceObjects:p}=Mi.createNodeAnchors(this,r||"a"),y={aliasDuplicateObjects:o??!0,keepUndefined:s??!1,onAnchor:m,onTagObj:c,replacer:a,schema:this.schema,sourceObjects:p},f=_k.createNode(n,u,y);return l&&ae.isCollection(f)&&(f.flow=!0),d(),f}createPair(n,t,i={}){let a=this.createNode(n,null,i),o=this.createNode(t,null,i);return new pk.Pair(a,o)}delete(n){return Nn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return Dn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Nn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return ae.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return Dn.isEmptyPath(n)?!t&&ae.isScalar(this.contents)?this.contents.value:this.contents:ae.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return ae.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return Dn.isEmptyPath(n)?this.contents!==void 0:ae.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=Dn.collectionFromPath(this.schema,[n],t):Nn(this.contents)&&this.contents.set(n,t)}setIn(n,t){Dn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=Dn.collectionFromPath(this.schema,Array.from(n),t):Nn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let i;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new qi.Directives({version:"1.1"}),i={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new qi.Directives({version:n}),i={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,i=null;break;default:{let a=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${a}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(i)this.schema=new hk.Schema(Object.assign(i,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:i,maxAliasCount:a,onAnchor:o,reviver:r}={}){let l={anchors:new Map,doc:this,keep:!n,mapAsMap:i===!0,mapKeyWarned:!1,maxAliasCount:typeof a=="number"?a:100},s=fk.toJS(this.contents,t??"",l);if(typeof o=="function")for(let{count:c,res:u}of l.anchors.values())o(u,c);return typeof r=="function"?yk.applyReviver(r,{"":s},"",s):s}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return gk.stringifyDocument(this,n)}};function Nn(e){if(ae.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}Md.Document=Ui});var St=g(wt=>{"use strict";var vt=class extends Error{constructor(n,t,i,a){super(),this.name=n,this.code=i,this.message=a,this.pos=t}},Gi=class extends vt{constructor(n,t,i){super("YAMLParseError",n,t,i)}},Hi=class extends vt{constructor(n,t,i){super("YAMLWarning",n,t,i)}},bk=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(l=>n.linePos(l));let{line:i,col:a}=t.linePos[0];t.message+=` at line ${i}, column ${a}`;let o=a-1,r=e.substring(n.lineStarts[i-1],n.lineStarts[i]).replace(/[\n\r]+$/,"");if(o>=60&&r.length>80){let l=Math.min(o-39,r.length-79);r="…"+r.substring(l),o-=l-1}if(r.length>80&&(r=r.substring(0,79)+"…"),i>1&&/^ *$/.test(r.substring(0,o))){let l=e.substring(n.lineStarts[i-2],n.lineStarts[i-1]);l.length>80&&(l=l.substring(0,79)+`…
`),r=l+r}if(/[^ ]/.test(r)){let l=1,s=t.linePos[1];s?.line===i&&s.col>a&&(l=Math.max(1,Math.min(s.col-a,80-o)));let c=" ".repeat(o)+"^".repeat(l);t.message+=`:

${r}
${c}
`}};wt.YAMLError=vt;wt.YAMLParseError=Gi;wt.YAMLWarning=Hi;wt.prettifyError=bk});var $t=g(qd=>{"use strict";function kk(e,{flow:n,indicator:t,next:i,offset:a,onError:o,parentIndent:r,startOnNewline:l}){let s=!1,c=l,u=l,m="",d="",p=!1,y=!1,f=null,h=null,_=null,v=null,S=null,$=null,E=null;for(let b of e)switch(y&&(b.type!=="space"&&b.type!=="newline"&&b.type!=="comma"&&o(b.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),y=!1),f&&(c&&b.type!=="comment"&&b.type!=="newline"&&o(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),f=null),b.type){case"space":!n&&(t!=="doc-start"||i?.type!=="flow-collection")&&b.source.includes("	")&&(f=b),u=!0;break;case"comment":{u||o(b,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let q=b.source.substring(1)||" ";m?m+=d+q:m=q,d="",c=!1;break}case"newline":c?m?m+=b.source:(!$||t!=="seq-item-ind")&&(s=!0):d+=b.source,c=!0,p=!0,(h||_)&&(v=b),u=!0;break;case"anchor":h&&o(b,"MULTIPLE_ANCHORS","A node can have at most one anchor"),b.source.endsWith(":")&&o(b.offset+b.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=b,E??(E=b.offset),c=!1,u=!1,y=!0;break;case"tag":{_&&o(b,"MULTIPLE_TAGS","A node can have at most one tag"),_=b,E??(E=b.offset),c=!1,u=!1,y=!0;break}case t:(h||_)&&o(b,"BAD_PROP_ORDER",`Anchors and tags must be after the ${b.source} indicator`),$&&o(b,"UNEXPECTED_TOKEN",`Unexpected ${b.source} in ${n??"collection"}`),$=b,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){S&&o(b,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),S=b,c=!1,u=!1;break}default:o(b,"UNEXPECTED_TOKEN",`Unexpected ${b.type} token`),c=!1,u=!1}let O=e[e.length-1],A=O?O.offset+O.source.length:a;return y&&i&&i.type!=="space"&&i.type!=="newline"&&i.type!=="comma"&&(i.type!=="scalar"||i.source!=="")&&o(i.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),f&&(c&&f.indent<=r||i?.type==="block-map"||i?.type==="block-seq")&&o(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:S,found:$,spaceBefore:s,comment:m,hasNewline:p,anchor:h,tag:_,newlineAfterProp:v,end:A,start:E??A}}qd.resolveProps=kk});var ko=g(Ud=>{"use strict";function Fi(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(Fi(n.key)||Fi(n.value))return!0}return!1;default:return!0}}Ud.containsNewline=Fi});var zi=g(Gd=>{"use strict";var vk=ko();function wk(e,n,t){if(n?.type==="flow-collection"){let i=n.end[0];i.indent===e&&(i.source==="]"||i.source==="}")&&vk.containsNewline(n)&&t(i,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Gd.flowIndentCheck=wk});var Ki=g(Fd=>{"use strict";var Hd=C();function Sk(e,n,t){let{uniqueKeys:i}=e.options;if(i===!1)return!1;let a=typeof i=="function"?i:(o,r)=>o===r||Hd.isScalar(o)&&Hd.isScalar(r)&&o.value===r.value;return n.some(o=>a(o.key,t))}Fd.mapIncludes=Sk});var Jd=g(Yd=>{"use strict";var zd=je(),$k=qe(),Kd=$t(),Ek=ko(),Vd=zi(),Ok=Ki(),Wd="All mapping items must start at the same column";function Pk({composeNode:e,composeEmptyNode:n},t,i,a,o){let r=o?.nodeClass??$k.YAMLMap,l=new r(t.schema);t.atRoot&&(t.atRoot=!1);let s=i.offset,c=null;for(let u of i.items){let{start:m,key:d,sep:p,value:y}=u,f=Kd.resolveProps(m,{indicator:"explicit-key-ind",next:d??p?.[0],offset:s,onError:a,parentIndent:i.indent,startOnNewline:!0}),h=!f.found;if(h){if(d&&(d.type==="block-seq"?a(s,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in d&&d.indent!==i.indent&&a(s,"BAD_INDENT",Wd)),!f.anchor&&!f.tag&&!p){c=f.end,f.comment&&(l.comment?l.comment+=`
`+f.comment:l.comment=f.comment);continue}(f.newlineAfterProp||Ek.containsNewline(d))&&a(d??m[m.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else f.found?.indent!==i.indent&&a(s,"BAD_INDENT",Wd);t.atKey=!0;let _=f.end,v=d?e(t,d,f,a):n(t,_,m,null,f,a);t.schema.compat&&Vd.flowIndentCheck(i.indent,d,a),t.atKey=!1,Ok.mapIncludes(t,l.items,v)&&a(_,"DUPLICATE_KEY","Map keys must be unique");let S=Kd.resolveProps(p??[],{indicator:"map-value-ind",next:y,offset:v.range[2],onError:a,parentIndent:i.indent,startOnNewline:!d||d.type==="block-scalar"});if(s=S.end,S.found){h&&(y?.type==="block-map"&&!S.hasNewline&&a(s,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&f.start<S.found.offset-1024&&a(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let $=y?e(t,y,S,a):n(t,s,p,null,S,a);t.schema.compat&&Vd.flowIndentCheck(i.indent,y,a),s=$.range[2];let E=new zd.Pair(v,$);t.options.keepSourceTokens&&(E.srcToken=u),l.items.push(E)}else{h&&a(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),S.comment&&(v.comment?v.comment+=`
`+S.comment:v.comment=S.comment);let $=new zd.Pair(v);t.options.keepSourceTokens&&($.srcToken=u),l.items.push($)}}return c&&c<s&&a(c,"IMPOSSIBLE","Map comment with trailing content"),l.range=[i.offset,s,c??s],l}Yd.resolveBlockMap=Pk});var Qd=g(Xd=>{"use strict";var Ck=Ue(),Tk=$t(),xk=zi();function Ak({composeNode:e,composeEmptyNode:n},t,i,a,o){let r=o?.nodeClass??Ck.YAMLSeq,l=new r(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let s=i.offset,c=null;for(let{start:u,value:m}of i.items){let d=Tk.resolveProps(u,{indicator:"seq-item-ind",next:m,offset:s,onError:a,parentIndent:i.indent,startOnNewline:!0});if(!d.found)if(d.anchor||d.tag||m)m?.type==="block-seq"?a(d.end,"BAD_INDENT","All sequence items must start at the same column"):a(s,"MISSING_CHAR","Sequence item without - indicator");else{c=d.end,d.comment&&(l.comment=d.comment);continue}let p=m?e(t,m,d,a):n(t,d.end,u,null,d,a);t.schema.compat&&xk.flowIndentCheck(i.indent,m,a),s=p.range[2],l.items.push(p)}return l.range=[i.offset,s,c??s],l}Xd.resolveBlockSeq=Ak});var Ln=g(Zd=>{"use strict";function Rk(e,n,t,i){let a="";if(e){let o=!1,r="";for(let l of e){let{source:s,type:c}=l;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&i(l,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=s.substring(1)||" ";a?a+=r+u:a=u,r="";break}case"newline":a&&(r+=s),o=!0;break;default:i(l,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=s.length}}return{comment:a,offset:n}}Zd.resolveEnd=Rk});var rp=g(tp=>{"use strict";var Ik=C(),Dk=je(),ep=qe(),Nk=Ue(),Lk=Ln(),np=$t(),Bk=ko(),jk=Ki(),Vi="Block collections are not allowed within flow collections",Wi=e=>e&&(e.type==="block-map"||e.type==="block-seq");function Mk({composeNode:e,composeEmptyNode:n},t,i,a,o){let r=i.start.source==="{",l=r?"flow map":"flow sequence",s=o?.nodeClass??(r?ep.YAMLMap:Nk.YAMLSeq),c=new s(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let m=i.offset+i.start.source.length;for(let h=0;h<i.items.length;++h){let _=i.items[h],{start:v,key:S,sep:$,value:E}=_,O=np.resolveProps(v,{flow:l,indicator:"explicit-key-ind",next:S??$?.[0],offset:m,onError:a,parentIndent:i.indent,startOnNewline:!1});if(!O.found){if(!O.anchor&&!O.tag&&!$&&!E){h===0&&O.comma?a(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`):h<i.items.length-1&&a(O.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${l}`),O.comment&&(c.comment?c.comment+=`
`+O.comment:c.comment=O.comment),m=O.end;continue}!r&&t.options.strict&&Bk.containsNewline(S)&&a(S,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)O.comma&&a(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`);else if(O.comma||a(O.start,"MISSING_CHAR",`Missing , between ${l} items`),O.comment){let A="";e:for(let b of v)switch(b.type){case"comma":case"space":break;case"comment":A=b.source.substring(1);break e;default:break e}if(A){let b=c.items[c.items.length-1];Ik.isPair(b)&&(b=b.value??b.key),b.comment?b.comment+=`
`+A:b.comment=A,O.comment=O.comment.substring(A.length+1)}}if(!r&&!$&&!O.found){let A=E?e(t,E,O,a):n(t,O.end,$,null,O,a);c.items.push(A),m=A.range[2],Wi(E)&&a(A.range,"BLOCK_IN_FLOW",Vi)}else{t.atKey=!0;let A=O.end,b=S?e(t,S,O,a):n(t,A,v,null,O,a);Wi(S)&&a(b.range,"BLOCK_IN_FLOW",Vi),t.atKey=!1;let q=np.resolveProps($??[],{flow:l,indicator:"map-value-ind",next:E,offset:b.range[2],onError:a,parentIndent:i.indent,startOnNewline:!1});if(q.found){if(!r&&!O.found&&t.options.strict){if($)for(let U of $){if(U===q.found)break;if(U.type==="newline"){a(U,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}O.start<q.found.offset-1024&&a(q.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else E&&("source"in E&&E.source?.[0]===":"?a(E,"MISSING_CHAR",`Missing space after : in ${l}`):a(q.start,"MISSING_CHAR",`Missing , or : between ${l} items`));let Pe=E?e(t,E,q,a):q.found?n(t,q.end,$,null,q,a):null;Pe?Wi(E)&&a(Pe.range,"BLOCK_IN_FLOW",Vi):q.comment&&(b.comment?b.comment+=`
`+q.comment:b.comment=q.comment);let un=new Dk.Pair(b,Pe);if(t.options.keepSourceTokens&&(un.srcToken=_),r){let U=c;jk.mapIncludes(t,U.items,b)&&a(A,"DUPLICATE_KEY","Map keys must be unique"),U.items.push(un)}else{let U=new ep.YAMLMap(t.schema);U.flow=!0,U.items.push(un);let bs=(Pe??b).range;U.range=[b.range[0],bs[1],bs[2]],c.items.push(U)}m=Pe?Pe.range[2]:q.end}}let d=r?"}":"]",[p,...y]=i.end,f=m;if(p?.source===d)f=p.offset+p.source.length;else{let h=l[0].toUpperCase()+l.substring(1),_=u?`${h} must end with a ${d}`:`${h} in block collection must be sufficiently indented and end with a ${d}`;a(m,u?"MISSING_CHAR":"BAD_INDENT",_),p&&p.source.length!==1&&y.unshift(p)}if(y.length>0){let h=Lk.resolveEnd(y,f,t.options.strict,a);h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),c.range=[i.offset,f,h.offset]}else c.range=[i.offset,f,f];return c}tp.resolveFlowCollection=Mk});var ap=g(op=>{"use strict";var qk=C(),Uk=M(),Gk=qe(),Hk=Ue(),Fk=Jd(),zk=Qd(),Kk=rp();function Yi(e,n,t,i,a,o){let r=t.type==="block-map"?Fk.resolveBlockMap(e,n,t,i,o):t.type==="block-seq"?zk.resolveBlockSeq(e,n,t,i,o):Kk.resolveFlowCollection(e,n,t,i,o),l=r.constructor;return a==="!"||a===l.tagName?(r.tag=l.tagName,r):(a&&(r.tag=a),r)}function Vk(e,n,t,i,a){let o=i.tag,r=o?n.directives.tagName(o.source,d=>a(o,"TAG_RESOLVE_FAILED",d)):null;if(t.type==="block-seq"){let{anchor:d,newlineAfterProp:p}=i,y=d&&o?d.offset>o.offset?d:o:d??o;y&&(!p||p.offset<y.offset)&&a(y,"MISSING_CHAR","Missing newline after block sequence props")}let l=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!r||r==="!"||r===Gk.YAMLMap.tagName&&l==="map"||r===Hk.YAMLSeq.tagName&&l==="seq")return Yi(e,n,t,a,r);let s=n.schema.tags.find(d=>d.tag===r&&d.collection===l);if(!s){let d=n.schema.knownTags[r];if(d?.collection===l)n.schema.tags.push(Object.assign({},d,{default:!1})),s=d;else return d?a(o,"BAD_COLLECTION_TYPE",`${d.tag} used for ${l} collection, but expects ${d.collection??"scalar"}`,!0):a(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,!0),Yi(e,n,t,a,r)}let c=Yi(e,n,t,a,r,s),u=s.resolve?.(c,d=>a(o,"TAG_RESOLVE_FAILED",d),n.options)??c,m=qk.isNode(u)?u:new Uk.Scalar(u);return m.range=c.range,m.tag=r,s?.format&&(m.format=s.format),m}op.composeCollection=Vk});var Xi=g(ip=>{"use strict";var Ji=M();function Wk(e,n,t){let i=n.offset,a=Yk(n,e.options.strict,t);if(!a)return{value:"",type:null,comment:"",range:[i,i,i]};let o=a.mode===">"?Ji.Scalar.BLOCK_FOLDED:Ji.Scalar.BLOCK_LITERAL,r=n.source?Jk(n.source):[],l=r.length;for(let f=r.length-1;f>=0;--f){let h=r[f][1];if(h===""||h==="\r")l=f;else break}if(l===0){let f=a.chomp==="+"&&r.length>0?`
`.repeat(Math.max(1,r.length-1)):"",h=i+a.length;return n.source&&(h+=n.source.length),{value:f,type:o,comment:a.comment,range:[i,h,h]}}let s=n.indent+a.indent,c=n.offset+a.length,u=0;for(let f=0;f<l;++f){let[h,_]=r[f];if(_===""||_==="\r")a.indent===0&&h.length>s&&(s=h.length);else{h.length<s&&t(c+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),a.indent===0&&(s=h.length),u=f,s===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=h.length+_.length+1}for(let f=r.length-1;f>=l;--f)r[f][0].length>s&&(l=f+1);let m="",d="",p=!1;for(let f=0;f<u;++f)m+=r[f][0].slice(s)+`
`;for(let f=u;f<l;++f){let[h,_]=r[f];c+=h.length+_.length+1;let v=_[_.length-1]==="\r";if(v&&(_=_.slice(0,-1)),_&&h.length<s){let $=`Block scalar lines must not be less indented than their ${a.indent?"explicit indentation indicator":"first line"}`;t(c-_.length-(v?2:1),"BAD_INDENT",$),h=""}o===Ji.Scalar.BLOCK_LITERAL?(m+=d+h.slice(s)+_,d=`
`):h.length>s||_[0]==="	"?(d===" "?d=`
`:!p&&d===`
`&&(d=`

`),m+=d+h.slice(s)+_,d=`
`,p=!0):_===""?d===`
`?m+=`
`:d=`
`:(m+=d+_,d=" ",p=!1)}switch(a.chomp){case"-":break;case"+":for(let f=l;f<r.length;++f)m+=`
`+r[f][0].slice(s);m[m.length-1]!==`
`&&(m+=`
`);break;default:m+=`
`}let y=i+a.length+n.source.length;return{value:m,type:o,comment:a.comment,range:[i,y,y]}}function Yk({offset:e,props:n},t,i){if(n[0].type!=="block-scalar-header")return i(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:a}=n[0],o=a[0],r=0,l="",s=-1;for(let d=1;d<a.length;++d){let p=a[d];if(!l&&(p==="-"||p==="+"))l=p;else{let y=Number(p);!r&&y?r=y:s===-1&&(s=e+d)}}s!==-1&&i(s,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${a}`);let c=!1,u="",m=a.length;for(let d=1;d<n.length;++d){let p=n[d];switch(p.type){case"space":c=!0;case"newline":m+=p.source.length;break;case"comment":t&&!c&&i(p,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),m+=p.source.length,u=p.source.substring(1);break;case"error":i(p,"UNEXPECTED_TOKEN",p.message),m+=p.source.length;break;default:{let y=`Unexpected token in block scalar header: ${p.type}`;i(p,"UNEXPECTED_TOKEN",y);let f=p.source;f&&typeof f=="string"&&(m+=f.length)}}}return{mode:o,indent:r,chomp:l,comment:u,length:m}}function Jk(e){let n=e.split(/\n( *)/),t=n[0],i=t.match(/^( *)/),o=[i?.[1]?[i[1],t.slice(i[1].length)]:["",t]];for(let r=1;r<n.length;r+=2)o.push([n[r],n[r+1]]);return o}ip.resolveBlockScalar=Wk});var Zi=g(lp=>{"use strict";var Qi=M(),Xk=Ln();function Qk(e,n,t){let{offset:i,type:a,source:o,end:r}=e,l,s,c=(d,p,y)=>t(i+d,p,y);switch(a){case"scalar":l=Qi.Scalar.PLAIN,s=Zk(o,c);break;case"single-quoted-scalar":l=Qi.Scalar.QUOTE_SINGLE,s=ev(o,c);break;case"double-quoted-scalar":l=Qi.Scalar.QUOTE_DOUBLE,s=nv(o,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${a}`),{value:"",type:null,comment:"",range:[i,i+o.length,i+o.length]}}let u=i+o.length,m=Xk.resolveEnd(r,u,n,t);return{value:s,type:l,comment:m.comment,range:[i,u,m.offset]}}function Zk(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),sp(e)}function ev(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),sp(e.slice(1,-1)).replace(/''/g,"'")}function sp(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let i,a;try{i=new RegExp("(?<![ 	])[ 	]+$"),a=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{i=/[ \t]+$/,a=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(i,""),r=" ",l=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(a,"");c===""?r===`
`?o+=r:r=`
`:(o+=r+c,r=" "),l=n.lastIndex}let s=/[ \t]*(.*)/sy;return s.lastIndex=l,t=s.exec(e),o+r+(t?.[1]??"")}function nv(e,n){let t="";for(let i=1;i<e.length-1;++i){let a=e[i];if(!(a==="\r"&&e[i+1]===`
`))if(a===`
`){let{fold:o,offset:r}=tv(e,i);t+=o,i=r}else if(a==="\\"){let o=e[++i],r=rv[o];if(r)t+=r;else if(o===`
`)for(o=e[i+1];o===" "||o==="	";)o=e[++i+1];else if(o==="\r"&&e[i+1]===`
`)for(o=e[++i+1];o===" "||o==="	";)o=e[++i+1];else if(o==="x"||o==="u"||o==="U"){let l=o==="x"?2:o==="u"?4:8;t+=ov(e,i+1,l,n),i+=l}else{let l=e.substr(i-1,2);n(i-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),t+=l}}else if(a===" "||a==="	"){let o=i,r=e[i+1];for(;r===" "||r==="	";)r=e[++i+1];r!==`
`&&!(r==="\r"&&e[i+2]===`
`)&&(t+=i>o?e.slice(o,i+1):a)}else t+=a}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function tv(e,n){let t="",i=e[n+1];for(;(i===" "||i==="	"||i===`
`||i==="\r")&&!(i==="\r"&&e[n+2]!==`
`);)i===`
`&&(t+=`
`),n+=1,i=e[n+1];return t||(t=" "),{fold:t,offset:n}}var rv={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function ov(e,n,t,i){let a=e.substr(n,t),r=a.length===t&&/^[0-9a-fA-F]+$/.test(a)?parseInt(a,16):NaN;try{return String.fromCodePoint(r)}catch{let l=e.substr(n-2,t+2);return i(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),l}}lp.resolveFlowScalar=Qk});var mp=g(up=>{"use strict";var ln=C(),cp=M(),av=Xi(),iv=Zi();function sv(e,n,t,i){let{value:a,type:o,comment:r,range:l}=n.type==="block-scalar"?av.resolveBlockScalar(e,n,i):iv.resolveFlowScalar(n,e.options.strict,i),s=t?e.directives.tagName(t.source,m=>i(t,"TAG_RESOLVE_FAILED",m)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[ln.SCALAR]:s?c=lv(e.schema,a,s,t,i):n.type==="scalar"?c=cv(e,a,n,i):c=e.schema[ln.SCALAR];let u;try{let m=c.resolve(a,d=>i(t??n,"TAG_RESOLVE_FAILED",d),e.options);u=ln.isScalar(m)?m:new cp.Scalar(m)}catch(m){let d=m instanceof Error?m.message:String(m);i(t??n,"TAG_RESOLVE_FAILED",d),u=new cp.Scalar(a)}return u.range=l,u.source=a,o&&(u.type=o),s&&(u.tag=s),c.format&&(u.format=c.format),r&&(u.comment=r),u}function lv(e,n,t,i,a){if(t==="!")return e[ln.SCALAR];let o=[];for(let l of e.tags)if(!l.collection&&l.tag===t)if(l.default&&l.test)o.push(l);else return l;for(let l of o)if(l.test?.test(n))return l;let r=e.knownTags[t];return r&&!r.collection?(e.tags.push(Object.assign({},r,{default:!1,test:void 0})),r):(a(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[ln.SCALAR])}function cv({atKey:e,directives:n,schema:t},i,a,o){let r=t.tags.find(l=>(l.default===!0||e&&l.default==="key")&&l.test?.test(i))||t[ln.SCALAR];if(t.compat){let l=t.compat.find(s=>s.default&&s.test?.test(i))??t[ln.SCALAR];if(r.tag!==l.tag){let s=n.tagString(r.tag),c=n.tagString(l.tag),u=`Value may be parsed as either ${s} or ${c}`;o(a,"TAG_RESOLVE_FAILED",u,!0)}}return r}up.composeScalar=sv});var pp=g(dp=>{"use strict";function uv(e,n,t){if(n){t??(t=n.length);for(let i=t-1;i>=0;--i){let a=n[i];switch(a.type){case"space":case"comment":case"newline":e-=a.source.length;continue}for(a=n[++i];a?.type==="space";)e+=a.source.length,a=n[++i];break}}return e}dp.emptyScalarPosition=uv});var gp=g(ns=>{"use strict";var mv=ot(),dv=C(),pv=ap(),fp=mp(),fv=Ln(),hv=pp(),gv={composeNode:hp,composeEmptyNode:es};function hp(e,n,t,i){let a=e.atKey,{spaceBefore:o,comment:r,anchor:l,tag:s}=t,c,u=!0;switch(n.type){case"alias":c=yv(e,n,i),(l||s)&&i(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=fp.composeScalar(e,n,s,i),l&&(c.anchor=l.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=pv.composeCollection(gv,e,n,t,i),l&&(c.anchor=l.source.substring(1))}catch(m){let d=m instanceof Error?m.message:String(m);i(n,"RESOURCE_EXHAUSTION",d)}break;default:{let m=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;i(n,"UNEXPECTED_TOKEN",m),u=!1}}return c??(c=es(e,n.offset,void 0,null,t,i)),l&&c.anchor===""&&i(l,"BAD_ALIAS","Anchor cannot be an empty string"),a&&e.options.stringKeys&&(!dv.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&i(s??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),r&&(n.type==="scalar"&&n.source===""?c.comment=r:c.commentBefore=r),e.options.keepSourceTokens&&u&&(c.srcToken=n),c}function es(e,n,t,i,{spaceBefore:a,comment:o,anchor:r,tag:l,end:s},c){let u={type:"scalar",offset:hv.emptyScalarPosition(n,t,i),indent:-1,source:""},m=fp.composeScalar(e,u,l,c);return r&&(m.anchor=r.source.substring(1),m.anchor===""&&c(r,"BAD_ALIAS","Anchor cannot be an empty string")),a&&(m.spaceBefore=!0),o&&(m.comment=o,m.range[2]=s),m}function yv({options:e},{offset:n,source:t,end:i},a){let o=new mv.Alias(t.substring(1));o.source===""&&a(n,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&a(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let r=n+t.length,l=fv.resolveEnd(i,r,e.strict,a);return o.range=[n,r,l.offset],l.comment&&(o.comment=l.comment),o}ns.composeEmptyNode=es;ns.composeNode=hp});var bp=g(_p=>{"use strict";var _v=kt(),yp=gp(),bv=Ln(),kv=$t();function vv(e,n,{offset:t,start:i,value:a,end:o},r){let l=Object.assign({_directives:n},e),s=new _v.Document(void 0,l),c={atKey:!1,atRoot:!0,directives:s.directives,options:s.options,schema:s.schema},u=kv.resolveProps(i,{indicator:"doc-start",next:a??o?.[0],offset:t,onError:r,parentIndent:0,startOnNewline:!0});u.found&&(s.directives.docStart=!0,a&&(a.type==="block-map"||a.type==="block-seq")&&!u.hasNewline&&r(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),s.contents=a?yp.composeNode(c,a,u,r):yp.composeEmptyNode(c,u.end,i,null,u,r);let m=s.contents.range[2],d=bv.resolveEnd(o,m,!1,r);return d.comment&&(s.comment=d.comment),s.range=[t,m,d.offset],s}_p.composeDoc=vv});var rs=g(wp=>{"use strict";var wv=xt("process"),Sv=Ga(),$v=kt(),Et=St(),kp=C(),Ev=bp(),Ov=Ln();function Ot(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function vp(e){let n="",t=!1,i=!1;for(let a=0;a<e.length;++a){let o=e[a];switch(o[0]){case"#":n+=(n===""?"":i?`

`:`
`)+(o.substring(1)||" "),t=!0,i=!1;break;case"%":e[a+1]?.[0]!=="#"&&(a+=1),t=!1;break;default:t||(i=!0),t=!1}}return{comment:n,afterEmptyLine:i}}var ts=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,i,a,o)=>{let r=Ot(t);o?this.warnings.push(new Et.YAMLWarning(r,i,a)):this.errors.push(new Et.YAMLParseError(r,i,a))},this.directives=new Sv.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:i,afterEmptyLine:a}=vp(this.prelude);if(i){let o=n.contents;if(t)n.comment=n.comment?`${n.comment}
${i}`:i;else if(a||n.directives.docStart||!o)n.commentBefore=i;else if(kp.isCollection(o)&&!o.flow&&o.items.length>0){let r=o.items[0];kp.isPair(r)&&(r=r.key);let l=r.commentBefore;r.commentBefore=l?`${i}
${l}`:i}else{let r=o.commentBefore;o.commentBefore=r?`${i}
${r}`:i}}if(t){for(let o=0;o<this.errors.length;++o)n.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)n.warnings.push(this.warnings[o])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:vp(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,i=-1){for(let a of n)yield*this.next(a);yield*this.end(t,i)}*next(n){switch(wv.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,i,a)=>{let o=Ot(n);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",i,a)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=Ev.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,i=new Et.YAMLParseError(Ot(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(i):this.doc.errors.push(i);break}case"doc-end":{if(!this.doc){let i="Unexpected doc-end without preceding document";this.errors.push(new Et.YAMLParseError(Ot(n),"UNEXPECTED_TOKEN",i));break}this.doc.directives.docEnd=!0;let t=Ov.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let i=this.doc.comment;this.doc.comment=i?`${i}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new Et.YAMLParseError(Ot(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let i=Object.assign({_directives:this.directives},this.options),a=new $v.Document(void 0,i);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),a.range=[0,t,t],this.decorate(a,!1),yield a}}};wp.Composer=ts});var Ep=g(vo=>{"use strict";var Pv=Xi(),Cv=Zi(),Tv=St(),Sp=ct();function xv(e,n=!0,t){if(e){let i=(a,o,r)=>{let l=typeof a=="number"?a:Array.isArray(a)?a[0]:a.offset;if(t)t(l,o,r);else throw new Tv.YAMLParseError([l,l+1],o,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return Cv.resolveFlowScalar(e,n,i);case"block-scalar":return Pv.resolveBlockScalar({options:{strict:n}},e,i)}}return null}function Av(e,n){let{implicitKey:t=!1,indent:i,inFlow:a=!1,offset:o=-1,type:r="PLAIN"}=n,l=Sp.stringifyString({type:r,value:e},{implicitKey:t,indent:i>0?" ".repeat(i):"",inFlow:a,options:{blockQuote:!0,lineWidth:-1}}),s=n.end??[{type:"newline",offset:-1,indent:i,source:`
`}];switch(l[0]){case"|":case">":{let c=l.indexOf(`
`),u=l.substring(0,c),m=l.substring(c+1)+`
`,d=[{type:"block-scalar-header",offset:o,indent:i,source:u}];return $p(d,s)||d.push({type:"newline",offset:-1,indent:i,source:`
`}),{type:"block-scalar",offset:o,indent:i,props:d,source:m}}case'"':return{type:"double-quoted-scalar",offset:o,indent:i,source:l,end:s};case"'":return{type:"single-quoted-scalar",offset:o,indent:i,source:l,end:s};default:return{type:"scalar",offset:o,indent:i,source:l,end:s}}}function Rv(e,n,t={}){let{afterKey:i=!1,implicitKey:a=!1,inFlow:o=!1,type:r}=t,l="indent"in e?e.indent:null;if(i&&typeof l=="number"&&(l+=2),!r)switch(e.type){case"single-quoted-scalar":r="QUOTE_SINGLE";break;case"double-quoted-scalar":r="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");r=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:r="PLAIN"}let s=Sp.stringifyString({type:r,value:n},{implicitKey:a||l===null,indent:l!==null&&l>0?" ".repeat(l):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(s[0]){case"|":case">":Iv(e,s);break;case'"':os(e,s,"double-quoted-scalar");break;case"'":os(e,s,"single-quoted-scalar");break;default:os(e,s,"scalar")}}function Iv(e,n){let t=n.indexOf(`
`),i=n.substring(0,t),a=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let o=e.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=i,e.source=a}else{let{offset:o}=e,r="indent"in e?e.indent:-1,l=[{type:"block-scalar-header",offset:o,indent:r,source:i}];$p(l,"end"in e?e.end:void 0)||l.push({type:"newline",offset:-1,indent:r,source:`
`});for(let s of Object.keys(e))s!=="type"&&s!=="offset"&&delete e[s];Object.assign(e,{type:"block-scalar",indent:r,props:l,source:a})}}function $p(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function os(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let i=e.props.slice(1),a=n.length;e.props[0].type==="block-scalar-header"&&(a-=e.props[0].source.length);for(let o of i)o.offset+=a;delete e.props,Object.assign(e,{type:t,source:n,end:i});break}case"block-map":case"block-seq":{let a={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[a]});break}default:{let i="indent"in e?e.indent:-1,a="end"in e&&Array.isArray(e.end)?e.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(e))o!=="type"&&o!=="offset"&&delete e[o];Object.assign(e,{type:t,indent:i,source:n,end:a})}}}vo.createScalarToken=Av;vo.resolveAsScalar=xv;vo.setScalarValue=Rv});var Pp=g(Op=>{"use strict";var Dv=e=>"type"in e?So(e):wo(e);function So(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=So(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=wo(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=wo(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=wo(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function wo({start:e,key:n,sep:t,value:i}){let a="";for(let o of e)a+=o.source;if(n&&(a+=So(n)),t)for(let o of t)a+=o.source;return i&&(a+=So(i)),a}Op.stringify=Dv});var Ap=g(xp=>{"use strict";var as=Symbol("break visit"),Nv=Symbol("skip children"),Cp=Symbol("remove item");function cn(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),Tp(Object.freeze([]),e,n)}cn.BREAK=as;cn.SKIP=Nv;cn.REMOVE=Cp;cn.itemAtPath=(e,n)=>{let t=e;for(let[i,a]of n){let o=t?.[i];if(o&&"items"in o)t=o.items[a];else return}return t};cn.parentCollection=(e,n)=>{let t=cn.itemAtPath(e,n.slice(0,-1)),i=n[n.length-1][0],a=t?.[i];if(a&&"items"in a)return a;throw new Error("Parent collection not found")};function Tp(e,n,t){let i=t(n,e);if(typeof i=="symbol")return i;for(let a of["key","value"]){let o=n[a];if(o&&"items"in o){for(let r=0;r<o.items.length;++r){let l=Tp(Object.freeze(e.concat([[a,r]])),o.items[r],t);if(typeof l=="number")r=l-1;else{if(l===as)return as;l===Cp&&(o.items.splice(r,1),r-=1)}}typeof i=="function"&&a==="key"&&(i=i(n,e))}}return typeof i=="function"?i(n,e):i}xp.visit=cn});var $o=g(X=>{"use strict";var is=Ep(),Lv=Pp(),Bv=Ap(),ss="\uFEFF",ls="",cs="",us="",jv=e=>!!e&&"items"in e,Mv=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function qv(e){switch(e){case ss:return"<BOM>";case ls:return"<DOC>";case cs:return"<FLOW_END>";case us:return"<SCALAR>";default:return JSON.stringify(e)}}function Uv(e){switch(e){case ss:return"byte-order-mark";case ls:return"doc-mode";case cs:return"flow-error-end";case us:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}X.createScalarToken=is.createScalarToken;X.resolveAsScalar=is.resolveAsScalar;X.setScalarValue=is.setScalarValue;X.stringify=Lv.stringify;X.visit=Bv.visit;X.BOM=ss;X.DOCUMENT=ls;X.FLOW_END=cs;X.SCALAR=us;X.isCollection=jv;X.isScalar=Mv;X.prettyToken=qv;X.tokenType=Uv});var ps=g(Ip=>{"use strict";var Pt=$o();function ue(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Rp=new Set("0123456789ABCDEFabcdef"),Gv=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),Eo=new Set(",[]{}"),Hv=new Set(` ,[]{}
\r	`),ms=e=>!e||Hv.has(e),ds=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let i=this.next??"stream";for(;i&&(t||this.hasChars(1));)i=yield*this.parseNext(i)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let i=0;for(;t===" ";)t=this.buffer[++i+n];if(t==="\r"){let a=this.buffer[i+n+1];if(a===`
`||!a&&!this.atEnd)return n+i+1}return t===`
`||i>=this.indentNext||!t&&!this.atEnd?n+i:-1}if(t==="-"||t==="."){let i=this.buffer.substr(n,3);if((i==="---"||i==="...")&&ue(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===Pt.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,i=n.indexOf("#");for(;i!==-1;){let o=n[i-1];if(o===" "||o==="	"){t=i-1;break}else i=n.indexOf("#",i+1)}for(;;){let o=n[t-1];if(o===" "||o==="	")t-=1;else break}let a=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-a),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield Pt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&ue(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!ue(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&ue(t)){let i=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=i,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(ms),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,i=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=i=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let a=this.getLine();if(a===null)return this.setNext("flow");if((i!==-1&&i<this.indentNext&&a[0]!=="#"||i===0&&(a.startsWith("---")||a.startsWith("..."))&&ue(a[3]))&&!(i===this.indentNext-1&&this.flowLevel===1&&(a[0]==="]"||a[0]==="}")))return this.flowLevel=0,yield Pt.FLOW_END,yield*this.parseLineStart();let o=0;for(;a[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),a[o]){case void 0:return"flow";case"#":return yield*this.pushCount(a.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(ms),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let r=this.charAt(1);if(this.flowKey||ue(r)||r===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let i=this.buffer.substring(0,t),a=i.indexOf(`
`,this.pos);if(a!==-1){for(;a!==-1;){let o=this.continueScalar(a+1);if(o===-1)break;a=i.indexOf(`
`,o)}a!==-1&&(t=a-(i[a-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>ue(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,i;e:for(let o=this.pos;i=this.buffer[o];++o)switch(i){case" ":t+=1;break;case`
`:n=o,t=0;break;case"\r":{let r=this.buffer[o+1];if(!r&&!this.atEnd)return this.setNext("block-scalar");if(r===`
`)break}default:break e}if(!i&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(n+1);if(o===-1)break;n=this.buffer.indexOf(`
`,o)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let a=n+1;for(i=this.buffer[a];i===" ";)i=this.buffer[++a];if(i==="	"){for(;i==="	"||i===" "||i==="\r"||i===`
`;)i=this.buffer[++a];n=a-1}else if(!this.blockScalarKeep)do{let o=n-1,r=this.buffer[o];r==="\r"&&(r=this.buffer[--o]);let l=o;for(;r===" ";)r=this.buffer[--o];if(r===`
`&&o>=this.pos&&o+1+t>l)n=o;else break}while(!0);return yield Pt.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,i=this.pos-1,a;for(;a=this.buffer[++i];)if(a===":"){let o=this.buffer[i+1];if(ue(o)||n&&Eo.has(o))break;t=i}else if(ue(a)){let o=this.buffer[i+1];if(a==="\r"&&(o===`
`?(i+=1,a=`
`,o=this.buffer[i+1]):t=i),o==="#"||n&&Eo.has(o))break;if(a===`
`){let r=this.continueScalar(i+1);if(r===-1)break;i=Math.max(i,r-2)}}else{if(n&&Eo.has(a))break;t=i}return!a&&!this.atEnd?this.setNext("plain-scalar"):(yield Pt.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let i=this.buffer.slice(this.pos,n);return i?(yield i,this.pos+=i.length,i.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(ms),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,i=this.charAt(1);if(ue(i)||t&&Eo.has(i)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!ue(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(Gv.has(t))t=this.buffer[++n];else if(t==="%"&&Rp.has(this.buffer[n+1])&&Rp.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,i;do i=this.buffer[++t];while(i===" "||n&&i==="	");let a=t-this.pos;return a>0&&(yield this.buffer.substr(this.pos,a),this.pos=t),a}*pushUntil(n){let t=this.pos,i=this.buffer[t];for(;!n(i);)i=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Ip.Lexer=ds});var hs=g(Dp=>{"use strict";var fs=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,i=this.lineStarts.length;for(;t<i;){let o=t+i>>1;this.lineStarts[o]<n?t=o+1:i=o}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let a=this.lineStarts[t-1];return{line:t,col:n-a+1}}}};Dp.LineCounter=fs});var ys=g(Mp=>{"use strict";var Fv=xt("process"),Np=$o(),zv=ps();function Ge(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function Lp(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function jp(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function Oo(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function Bn(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function Po(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function Bp(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!Ge(n.start,"explicit-key-ind")&&!Ge(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,jp(n.value)?n.value.end?Po(n.value.end,n.sep):n.value.end=n.sep:Po(n.start,n.sep),delete n.sep)}var gs=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new zv.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let i of this.lexer.lex(n,t))yield*this.next(i);t||(yield*this.end())}*next(n){if(this.source=n,Fv.env.LOG_TOKENS&&console.log("|",Np.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=Np.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let i=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:i,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let i=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in i?i.indent:0:t.type==="flow-collection"&&i.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Bp(t),i.type){case"document":i.value=t;break;case"block-scalar":i.props.push(t);break;case"block-map":{let a=i.items[i.items.length-1];if(a.value){i.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(a.sep)a.value=t;else{Object.assign(a,{key:t,sep:[]}),this.onKeyLine=!a.explicitKey;return}break}case"block-seq":{let a=i.items[i.items.length-1];a.value?i.items.push({start:[],value:t}):a.value=t;break}case"flow-collection":{let a=i.items[i.items.length-1];!a||a.value?i.items.push({start:[],key:t,sep:[]}):a.sep?a.value=t:Object.assign(a,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((i.type==="document"||i.type==="block-map"||i.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let a=t.items[t.items.length-1];a&&!a.sep&&!a.value&&a.start.length>0&&Lp(a.start)===-1&&(t.indent===0||a.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(i.type==="document"?i.end=a.start:i.items.push({start:a.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{Lp(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=Oo(this.peek(2)),i=Bn(t),a;n.end?(a=n.end,a.push(this.sourceToken),delete n.end):a=[this.sourceToken];let o={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:i,key:n,sep:a}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let i="end"in t.value?t.value.end:void 0;(Array.isArray(i)?i[i.length-1]:void 0)?.type==="comment"?i?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let a=n.items[n.items.length-2]?.value?.end;if(Array.isArray(a)){Po(a,t.start),a.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let i=!this.onKeyLine&&this.indent===n.indent,a=i&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(a&&t.sep&&!t.value){let r=[];for(let l=0;l<t.sep.length;++l){let s=t.sep[l];switch(s.type){case"newline":r.push(l);break;case"space":break;case"comment":s.indent>n.indent&&(r.length=0);break;default:r.length=0}}r.length>=2&&(o=t.sep.splice(r[1]))}switch(this.type){case"anchor":case"tag":a||t.value?(o.push(this.sourceToken),n.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):a||t.value?(o.push(this.sourceToken),n.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Ge(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(jp(t.key)&&!Ge(t.sep,"newline")){let r=Bn(t.start),l=t.key,s=t.sep;s.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:l,sep:s}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(Ge(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let r=Bn(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||a?n.items.push({start:o,key:null,sep:[this.sourceToken]}):Ge(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let r=this.flowScalar(this.type);a||t.value?(n.items.push({start:o,key:r,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(r):(Object.assign(t,{key:r,sep:[]}),this.onKeyLine=!0);return}default:{let r=this.startBlockValue(n);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Ge(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else i&&n.items.push({start:o});this.stack.push(r);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let i="end"in t.value?t.value.end:void 0;(Array.isArray(i)?i[i.length-1]:void 0)?.type==="comment"?i?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let a=n.items[n.items.length-2]?.value?.end;if(Array.isArray(a)){Po(a,t.start),a.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||Ge(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let i=this.startBlockValue(n);if(i){this.stack.push(i);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let i;do yield*this.pop(),i=this.peek(1);while(i?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let a=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:a,sep:[]}):t.sep?this.stack.push(a):Object.assign(t,{key:a,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let i=this.startBlockValue(n);i?this.stack.push(i):(yield*this.pop(),yield*this.step())}else{let i=this.peek(2);if(i.type==="block-map"&&(this.type==="map-value-ind"&&i.indent===n.indent||this.type==="newline"&&!i.items[i.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&i.type!=="flow-collection"){let a=Oo(i),o=Bn(a);Bp(n);let r=n.end.splice(1,n.end.length);r.push(this.sourceToken);let l={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:o,key:n,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=l}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=Oo(n),i=Bn(t);return i.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=Oo(n),i=Bn(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(i=>i.type==="newline"||i.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Mp.Parser=gs});var Fp=g(Tt=>{"use strict";var qp=rs(),Kv=kt(),Ct=St(),Vv=ni(),Wv=C(),Yv=hs(),Up=ys();function Gp(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new Yv.LineCounter||null,prettyErrors:n}}function Jv(e,n={}){let{lineCounter:t,prettyErrors:i}=Gp(n),a=new Up.Parser(t?.addNewLine),o=new qp.Composer(n),r=Array.from(o.compose(a.parse(e)));if(i&&t)for(let l of r)l.errors.forEach(Ct.prettifyError(e,t)),l.warnings.forEach(Ct.prettifyError(e,t));return r.length>0?r:Object.assign([],{empty:!0},o.streamInfo())}function Hp(e,n={}){let{lineCounter:t,prettyErrors:i}=Gp(n),a=new Up.Parser(t?.addNewLine),o=new qp.Composer(n),r=null;for(let l of o.compose(a.parse(e),!0,e.length))if(!r)r=l;else if(r.options.logLevel!=="silent"){r.errors.push(new Ct.YAMLParseError(l.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return i&&t&&(r.errors.forEach(Ct.prettifyError(e,t)),r.warnings.forEach(Ct.prettifyError(e,t))),r}function Xv(e,n,t){let i;typeof n=="function"?i=n:t===void 0&&n&&typeof n=="object"&&(t=n);let a=Hp(e,t);if(!a)return null;if(a.warnings.forEach(o=>Vv.warn(a.options.logLevel,o)),a.errors.length>0){if(a.options.logLevel!=="silent")throw a.errors[0];a.errors=[]}return a.toJS(Object.assign({reviver:i},t))}function Qv(e,n,t){let i=null;if(typeof n=="function"||Array.isArray(n)?i=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let a=Math.round(t);t=a<1?void 0:a>8?{indent:8}:{indent:a}}if(e===void 0){let{keepUndefined:a}=t??n??{};if(!a)return}return Wv.isDocument(e)&&!i?e.toString(t):new Kv.Document(e,i,t).toString(t)}Tt.parse=Xv;Tt.parseAllDocuments=Jv;Tt.parseDocument=Hp;Tt.stringify=Qv});var Kp=g(x=>{"use strict";var Zv=rs(),e1=kt(),n1=Bi(),_s=St(),t1=ot(),He=C(),r1=je(),o1=M(),a1=qe(),i1=Ue(),s1=$o(),l1=ps(),c1=hs(),u1=ys(),Co=Fp(),zp=et();x.Composer=Zv.Composer;x.Document=e1.Document;x.Schema=n1.Schema;x.YAMLError=_s.YAMLError;x.YAMLParseError=_s.YAMLParseError;x.YAMLWarning=_s.YAMLWarning;x.Alias=t1.Alias;x.isAlias=He.isAlias;x.isCollection=He.isCollection;x.isDocument=He.isDocument;x.isMap=He.isMap;x.isNode=He.isNode;x.isPair=He.isPair;x.isScalar=He.isScalar;x.isSeq=He.isSeq;x.Pair=r1.Pair;x.Scalar=o1.Scalar;x.YAMLMap=a1.YAMLMap;x.YAMLSeq=i1.YAMLSeq;x.CST=s1;x.Lexer=l1.Lexer;x.LineCounter=c1.LineCounter;x.Parser=u1.Parser;x.parse=Co.parse;x.parseAllDocuments=Co.parseAllDocuments;x.parseDocument=Co.parseDocument;x.stringify=Co.stringify;x.visit=zp.visit;x.visitAsync=zp.visitAsync});var Cs=Ps,Wp=new Map(Object.entries(Cs).map(([e,n])=>[e.toLowerCase(),n])),Yp=new Map(Object.values(Cs).map(e=>[e.sha,e.version]));function k(e){let n=e.split("/").slice(0,2).join("/"),t=Wp.get(n.toLowerCase());if(!t)throw new vs("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${t.sha}`}function Ts(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?Yp.get(n):void 0}var jn=(e,n)=>e==="."?n:`${e}/${n}`;function I(e={}){return{id:"checkout",name:"Check out",uses:k("actions/checkout"),with:{"persist-credentials":!1,...e}}}function B(e,n,t,i={}){return{id:e,name:n,...i,run:t}}function As(e,n,t,i){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:k("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":jn(t,"uv.lock")}}];let a=[];e==="poetry"&&a.push(B("install-poetry","Install Poetry",`pipx install ${i?`poetry==${i}`:"poetry"}`));let o=e==="poetry"?jn(t,"poetry.lock"):jn(t,"requirements*.txt");return a.push({id:"setup-python",name:"Set up Python",uses:k("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":o}}),a}var Jp={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},xs=(e,n)=>jn(n,Jp[e]);function Rs(e,n,t,i={}){let a=i.root??t,o=l=>({id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:l?{"node-version":n,cache:l,"cache-dependency-path":xs(e,a)}:{"node-version":n}}),r={...i.pnpmVersion?{version:i.pnpmVersion}:{},package_json_file:jn(a,"package.json")};switch(e){case"npm":return[o("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:k("pnpm/action-setup"),with:r},o("pnpm")];case"yarn":return[B("enable-corepack","Enable corepack (yarn)","corepack enable"),o("yarn")];case"bun":return[o(),{id:"setup-bun",name:"Set up Bun",uses:k("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:k("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${xs(e,a)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}var Sl=ks(vl());function wl(e){e.registerHelper("eq",(n,t)=>n===t),e.registerHelper("includes",(n,t)=>Array.isArray(n)&&n.includes(t)),e.registerHelper("join",(n,t)=>Array.isArray(n)?n.join(typeof t=="string"?t:", "):"")}var $l=Sl.default.create();wl($l);var Ph={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((o=(r=u(t,"port")||l(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):r))!=null?o:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((o=(r=u(t,"port")||l(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):r))!=null?o:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((o=(u(t,"join")||l(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(s,u(n,"paths"),",",{name:"join",hash:{},data:a,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?o:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((o=(r=u(t,"healthyBelow")||l(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof r===c?r.call(s,{name:"healthyBelow",hash:{},data:a,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):r))!=null?o:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((o=(r=u(t,"vus")||l(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof r===c?r.call(s,{name:"vus",hash:{},data:a,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):r))!=null?o:"")+`,
  duration: "`+((o=(r=u(t,"duration")||l(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof r===c?r.call(s,{name:"duration",hash:{},data:a,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):r))!=null?o:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((o=(r=u(t,"p95Ms")||l(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof r===c?r.call(s,{name:"p95Ms",hash:{},data:a,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):r))!=null?o:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((o=(r=u(t,"maxErrorRate")||l(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof r===c?r.call(s,{name:"maxErrorRate",hash:{},data:a,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):r))!=null?o:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=e.strict,l=e.lambda,s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((o=l(r(s(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?o:"")+`
max_client_conn = `+((o=l(r(s(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?o:"")+`
default_pool_size = `+((o=l(r(s(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?o:"")+`
reserve_pool_size = `+((o=l(r(s(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?o:"")+`
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
`},useData:!0},"deploy/Caddyfile.hbs":{0:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"	email "+((o=(r=l(t,"acmeEmail")||e.strict(n,"acmeEmail",{start:{line:7,column:9},end:{line:7,column:18}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"acmeEmail",hash:{},data:a,loc:{start:{line:7,column:7},end:{line:7,column:20}}}):r))!=null?o:"")+`
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return((o=e.lambda(n,n))!=null?o:"")+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:13,column:23},end:{line:13,column:53}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# TLS edge of the self-hosted target (compose.caddy.yml): Caddy obtains the Let's Encrypt certificate
# for these names over HTTP-01/TLS-ALPN-01 on ports 80/443, renews it about 30 days before it ends,
# keeps it in the caddy_data volume and redirects HTTP to HTTPS. Everything else (routing, rate
# limits, security headers, caching) stays in the nginx proxy behind it.
{
`+((o=u(t,"if").call(l,u(n,"acmeEmail"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:8,column:7}}}))!=null?o:"")+`	# Admin API on the container's loopback only: the healthcheck reads it, nothing outside can.
	admin `+((o=(r=u(t,"admin")||s(n,"admin",{start:{line:10,column:9},end:{line:10,column:14}}),typeof r===c?r.call(l,{name:"admin",hash:{},data:a,loc:{start:{line:10,column:7},end:{line:10,column:16}}}):r))!=null?o:"")+`
}

`+((o=u(t,"each").call(l,u(n,"hosts"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:13,column:0},end:{line:13,column:62}}}))!=null?o:"")+` {
	# Caddy replaces any X-Forwarded-For it did not set, so nginx can trust it as the client address.
	reverse_proxy `+((o=(r=u(t,"upstream")||s(n,"upstream",{start:{line:15,column:17},end:{line:15,column:25}}),typeof r===c?r.call(l,{name:"upstream",hash:{},data:a,loc:{start:{line:15,column:15},end:{line:15,column:27}}}):r))!=null?o:"")+`
	header -Server
	log
}
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
    server {
        listen `+((o=(r=u(t,"switchPort")||l(n,"switchPort",{start:{line:30,column:17},end:{line:30,column:27}}),typeof r===c?r.call(s,{name:"switchPort",hash:{},data:a,loc:{start:{line:30,column:15},end:{line:30,column:29}}}):r))!=null?o:"")+`;
        location / {
            proxy_pass http://`+((o=(r=u(t,"key")||l(n,"key",{start:{line:32,column:32},end:{line:32,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:32,column:30},end:{line:32,column:37}}}):r))!=null?o:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"# Blue-green switch for "+((o=(r=s(t,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):r))!=null?o:"")+`: cloudflared sends each service's traffic here, and this forwards it
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
`+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:38,column:9}}}))!=null?o:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,t,i,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,i,a){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,i,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((o=(r=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r=="function"?r.call(l,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN "+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):r))!=null?o:"")+`
`},6:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`COPY . .
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):r))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((o=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=m(t,"baseImage")||s(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=m(t,"baseImage")||s(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(r=m(t,"port")||s(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):r))!=null?o:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=m(t,"port")||s(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=m(t,"healthcheck")||s(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=m(t,"cmd")||s(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,t,i,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,i,a){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,i,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((o=(r=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r=="function"?r.call(l,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN "+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):r))!=null?o:"")+`
`},6:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`COPY . .
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"build"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):r))!=null?o:"")+`
`},8:function(e,n,t,i,a){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((o=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=m(t,"baseImage")||s(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(m(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=m(t,"baseImage")||s(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(r=m(t,"port")||s(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):r))!=null?o:"")+`
WORKDIR /app
`+((o=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.program(8,a,0),data:a,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=m(t,"port")||s(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=m(t,"healthcheck")||s(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=m(t,"cmd")||s(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,t,i,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,i,a){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,i,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):r))!=null?o:"")+`
`},5:function(e,n,t,i,a){return`COPY . .
`},6:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:40,column:43},end:{line:40,column:55}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:40,column:41},end:{line:40,column:57}}}):r))!=null?o:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:43},end:{line:41,column:55}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:41,column:41},end:{line:41,column:57}}}):r))!=null?o:"")+"/.next/static ./"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:75},end:{line:41,column:87}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:41,column:73},end:{line:41,column:89}}}):r))!=null?o:"")+`/.next/static
COPY --from=build /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:25},end:{line:42,column:37}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:23},end:{line:42,column:39}}}):r))!=null?o:"")+"/public ./"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:51},end:{line:42,column:63}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:42,column:49},end:{line:42,column:65}}}):r))!=null?o:"")+`/public
`},7:function(e,n,t,i,a){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((o=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(s(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:22,column:0},end:{line:26,column:7}}}))!=null?o:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(r=u(t,"build")||s(n,"build",{start:{line:29,column:9},end:{line:29,column:14}}),typeof r===c?r.call(l,{name:"build",hash:{},data:a,loc:{start:{line:29,column:7},end:{line:29,column:16}}}):r))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:32,column:7},end:{line:32,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:32,column:5},end:{line:32,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(r=u(t,"port")||s(n,"port",{start:{line:35,column:11},end:{line:35,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:35,column:9},end:{line:35,column:17}}}):r))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:38,column:0},end:{line:48,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=u(t,"port")||s(n,"port",{start:{line:50,column:9},end:{line:50,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:50,column:7},end:{line:50,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||s(n,"healthcheck",{start:{line:52,column:10},end:{line:52,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:52,column:8},end:{line:52,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||s(n,"cmd",{start:{line:53,column:6},end:{line:53,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:53,column:4},end:{line:53,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,t,i,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,i,a){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,i,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"WORKDIR /app/"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):r))!=null?o:"")+`
RUN mkdir -p public \\
    && `+((o=(r=u(t,"build")||l(n,"build",{start:{line:25,column:9},end:{line:25,column:14}}),typeof r===c?r.call(s,{name:"build",hash:{},data:a,loc:{start:{line:25,column:7},end:{line:25,column:16}}}):r))!=null?o:"")+`
WORKDIR /app
`},5:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:a,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):r))!=null?o:"")+`
`},6:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:45,column:30},end:{line:45,column:42}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:45,column:28},end:{line:45,column:44}}}):r))!=null?o:"")+`/.next
WORKDIR /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:46,column:15},end:{line:46,column:27}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:a,loc:{start:{line:46,column:13},end:{line:46,column:29}}}):r))!=null?o:"")+`
`},7:function(e,n,t,i,a){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((o=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(s(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:22,column:0},end:{line:32,column:7}}}))!=null?o:"")+"RUN "+((o=(r=u(t,"prune")||s(n,"prune",{start:{line:33,column:6},end:{line:33,column:11}}),typeof r===c?r.call(l,{name:"prune",hash:{},data:a,loc:{start:{line:33,column:4},end:{line:33,column:13}}}):r))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:36,column:7},end:{line:36,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:a,loc:{start:{line:36,column:5},end:{line:36,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(r=u(t,"port")||s(n,"port",{start:{line:39,column:11},end:{line:39,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:39,column:9},end:{line:39,column:17}}}):r))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.program(7,a,0),data:a,loc:{start:{line:43,column:0},end:{line:50,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=u(t,"port")||s(n,"port",{start:{line:52,column:9},end:{line:52,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:a,loc:{start:{line:52,column:7},end:{line:52,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||s(n,"healthcheck",{start:{line:54,column:10},end:{line:54,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:a,loc:{start:{line:54,column:8},end:{line:54,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||s(n,"cmd",{start:{line:55,column:6},end:{line:55,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:a,loc:{start:{line:55,column:4},end:{line:55,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,t,i,a){var o;return" "+((o=e.lambda(n,n))!=null?o:"")},1:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN pip install --no-cache-dir "+((o=(r=l(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:a,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):r))!=null?o:"")+`
`},2:function(e,n,t,i,a){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return` \\
    DJANGO_SETTINGS_MODULE=`+((o=(r=l(t,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:a,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):r))!=null?o:"")},4:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return` \\
    PYTHONPATH=`+((o=(r=l(t,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:a,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):r))!=null?o:"")},5:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((o=r(t,"each").call(n??(e.nullContext||{}),r(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((o=(r=l(t,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:a,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):r))!=null?o:"")+`
`},7:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((o=(r=l(t,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:a,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):r))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+" served by "+((o=(r=u(t,"serverName")||l(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof r===c?r.call(s,{name:"serverName",hash:{},data:a,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):r))!=null?o:"")+": "+((o=(r=u(t,"serverCmdline")||l(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof r===c?r.call(s,{name:"serverCmdline",hash:{},data:a,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):r))!=null?o:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((o=u(t,"each").call(s,u(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((o=u(t,"if").call(s,u(n,"tool"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?o:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((o=u(t,"if").call(s,u(n,"uv"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?o:"")+`
WORKDIR /app
COPY `+((o=(r=u(t,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof r===c?r.call(s,{name:"manifests",hash:{},data:a,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):r))!=null?o:"")+` ./
RUN `+((o=(r=u(t,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof r===c?r.call(s,{name:"install",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):r))!=null?o:"")+`
RUN `+((o=(r=u(t,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof r===c?r.call(s,{name:"ensureServer",hash:{},data:a,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):r))!=null?o:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):r))!=null?o:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((o=u(t,"if").call(s,u(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?o:"")+`
`+((o=u(t,"if").call(s,u(u(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?o:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((o=u(t,"if").call(s,u(n,"workdir"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?o:"")+`USER app
EXPOSE `+((o=(r=u(t,"port")||l(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof r===c?r.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||l(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof r===c?r.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,t,i,a){return"; this layer is cached until a manifest changes"},1:function(e,n,t,i,a){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,i,a){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:20,column:15},end:{line:20,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:20,column:13},end:{line:20,column:29}}}):r))!=null?o:"")+`
`},5:function(e,n,t,i,a){return`COPY . .
`},6:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:42},end:{line:29,column:54}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:a,loc:{start:{line:29,column:40},end:{line:29,column:56}}}):r))!=null?o:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((o=u(t,"unless").call(s,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:a,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(s,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(l(u(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?o:"")+`

# --- build: writes `+((o=(r=u(t,"outDir")||l(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof r===c?r.call(s,{name:"outDir",hash:{},data:a,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):r))!=null?o:"")+`/ ---
FROM deps AS build
`+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:19,column:0},end:{line:23,column:7}}}))!=null?o:"")+"RUN "+((o=(r=u(t,"build")||l(n,"build",{start:{line:24,column:6},end:{line:24,column:11}}),typeof r===c?r.call(s,{name:"build",hash:{},data:a,loc:{start:{line:24,column:4},end:{line:24,column:13}}}):r))!=null?o:"")+`

# --- runtime: nginx as uid 101 on port `+((o=(r=u(t,"port")||l(n,"port",{start:{line:26,column:42},end:{line:26,column:46}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:26,column:40},end:{line:26,column:48}}}):r))!=null?o:"")+`, no Node.js ---
FROM `+((o=(r=u(t,"runtimeImage")||l(n,"runtimeImage",{start:{line:27,column:7},end:{line:27,column:19}}),typeof r===c?r.call(s,{name:"runtimeImage",hash:{},data:a,loc:{start:{line:27,column:5},end:{line:27,column:21}}}):r))!=null?o:"")+` AS runtime
COPY `+((o=(r=u(t,"spaConf")||l(n,"spaConf",{start:{line:28,column:7},end:{line:28,column:14}}),typeof r===c?r.call(s,{name:"spaConf",hash:{},data:a,loc:{start:{line:28,column:5},end:{line:28,column:16}}}):r))!=null?o:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:23},end:{line:29,column:64}}}))!=null?o:"")+((o=(r=u(t,"outDir")||l(n,"outDir",{start:{line:29,column:66},end:{line:29,column:72}}),typeof r===c?r.call(s,{name:"outDir",hash:{},data:a,loc:{start:{line:29,column:64},end:{line:29,column:74}}}):r))!=null?o:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((o=(r=u(t,"port")||l(n,"port",{start:{line:31,column:9},end:{line:31,column:13}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:31,column:7},end:{line:31,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:33,column:10},end:{line:33,column:21}}),typeof r===c?r.call(s,{name:"healthcheck",hash:{},data:a,loc:{start:{line:33,column:8},end:{line:33,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||l(n,"cmd",{start:{line:34,column:6},end:{line:34,column:9}}),typeof r===c?r.call(s,{name:"cmd",hash:{},data:a,loc:{start:{line:34,column:4},end:{line:34,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,t,i,a){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,t,i,a){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Static site server for the "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof r===c?r.call(s,{name:"title",hash:{},data:a,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):r))!=null?o:"")+" build inside the frontend image (nginx-unprivileged, port "+((o=(r=u(t,"port")||l(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):r))!=null?o:"")+`).
server {
    listen `+((o=(r=u(t,"port")||l(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):r))!=null?o:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((o=(r=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof r===c?r.call(s,{name:"assetsPath",hash:{},data:a,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):r))!=null?o:"")+`: safe to cache for a year.
    location `+((o=(r=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof r===c?r.call(s,{name:"assetsPath",hash:{},data:a,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):r))!=null?o:"")+` {
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

`+((o=u(t,"if").call(s,u(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?o:"")+`}
`},useData:!0},"docs/containers.md.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"| "+((o=(r=u(t,"role")||l(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof r===c?r.call(s,{name:"role",hash:{},data:a,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):r))!=null?o:"")+" ("+((o=(r=u(t,"kind")||l(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof r===c?r.call(s,{name:"kind",hash:{},data:a,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):r))!=null?o:"")+") | `"+((o=(r=u(t,"dockerfile")||l(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof r===c?r.call(s,{name:"dockerfile",hash:{},data:a,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):r))!=null?o:"")+"` | `"+((o=(r=u(t,"context")||l(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof r===c?r.call(s,{name:"context",hash:{},data:a,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"packageManager")||l(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof r===c?r.call(s,{name:"packageManager",hash:{},data:a,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):r))!=null?o:"")+" | `"+((o=(r=u(t,"command")||l(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof r===c?r.call(s,{name:"command",hash:{},data:a,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"port")||l(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"probe")||l(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof r===c?r.call(s,{name:"probe",hash:{},data:a,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):r))!=null?o:"")+` |
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## Health probes

`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?o:"")+`
`},2:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"The backend's health route is `"+((o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):r))!=null?o:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,t,i,a){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((o=l(t,"if").call(r,l(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?o:"")},4:function(e,n,t,i,a){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,t,i,a){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,t,i,a){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(e,n,t,i,a){var o,r,l=e.strict,s=e.lambda,c=n??(e.nullContext||{}),u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"- **The server**: `"+((o=s(l(u(n,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),n))!=null?o:"")+"` loads `"+((o=s(l(u(n,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),n))!=null?o:"")+"`"+((o=u(t,"if").call(c,u(u(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?o:"")+"\n  from `"+((o=s(l(u(n,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),n))!=null?o:"")+"` inside `"+((o=s(l(u(n,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),n))!=null?o:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((o=s(l(u(n,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),n))!=null?o:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((o=(r=u(t,"pythonPackages")||l(n,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof r=="function"?r.call(c,{name:"pythonPackages",hash:{},data:a,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):r))!=null?o:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,t,i,a){return" (a factory, called once)"},9:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((o=r(t,"if").call(n??(e.nullContext||{}),r(r(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,a,0),inverse:e.program(11,a,0),data:a,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?o:"")},10:function(e,n,t,i,a){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,t,i,a){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"- **Listening on `process.env.PORT`** ("+((o=e.lambda(e.strict(r(n,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),n))!=null?o:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"- **Next.js output mode `"+((o=(r=s(t,"nextOutput")||e.strict(n,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof r=="function"?r.call(l,{name:"nextOutput",hash:{},data:a,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):r))!=null?o:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((o=s(t,"if").call(l,s(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"next_default"),{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"next_export"),{name:"if",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?o:"")},14:function(e,n,t,i,a){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,t,i,a){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'  `output: "export"` writes static files to `'+((o=(r=l(t,"outDir")||e.strict(n,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):r))!=null?o:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"- **A `build` script** that writes the production build to `"+((o=(r=l(t,"outDir")||e.strict(n,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:a,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):r))!=null?o:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,t,i,a){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((o=l(t,"each").call(r,l(n,"images"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?o:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((o=l(t,"if").call(r,l(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?o:"")+`## What the application must provide

`+((o=l(t,"if").call(r,l(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"django"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,a,0),inverse:e.noop,data:a,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,a,0),inverse:e.noop,data:a,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?o:"")+`
`+((o=l(t,"if").call(r,l(n,"workspace"),{name:"if",hash:{},fn:e.program(18,a,0),inverse:e.noop,data:a,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?o:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c=e.lambda,u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((o=u(t,"if").call(l,u(n,"postgis"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.program(2,a,0),data:a,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?o:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((o=u(t,"each").call(l,u(n,"settings"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?o:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((o=(r=u(t,"pgbouncerIni")||s(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof r=="function"?r.call(l,{name:"pgbouncerIni",hash:{},data:a,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):r))!=null?o:"")+"` runs **transaction pooling**: "+((o=c(s(u(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?o:"")+` client connections share
`+((o=c(s(u(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?o:"")+" server connections per database and user (+"+((o=c(s(u(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?o:"")+` in reserve).
Size each application process's own pool small (`+((o=c(s(u(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?o:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((o=u(t,"if").call(l,u(n,"django"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"node"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?o:"")},1:function(e,n,t,i,a){return"PostGIS"},2:function(e,n,t,i,a){return"PostgreSQL"},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"| `"+((o=(r=u(t,"name")||l(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):r))!=null?o:"")+"` | `"+((o=(r=u(t,"value")||l(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof r===c?r.call(s,{name:"value",hash:{},data:a,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"why")||l(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof r===c?r.call(s,{name:"why",hash:{},data:a,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):r))!=null?o:"")+` |
`},4:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"postgis"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?o:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,t,i,a){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgres://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((o=e.lambda(e.strict(r(n,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),n))!=null?o:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
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
`},7:function(e,n,t,i,a){var o,r=e.strict,l=e.lambda,s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((o=l(r(s(n,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),n))!=null?o:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((o=l(r(s(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?o:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((o=l(r(s(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?o:"")+" }`.\n"},8:function(e,n,t,i,a){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((o=l(t,"if").call(r,l(n,"postgres"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?o:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,t,i,a){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return(o=r(t,"if").call(n??(e.nullContext||{}),r(n,"edge"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.program(3,a,0),data:a,loc:{start:{line:6,column:0},end:{line:15,column:0}}}))!=null?o:""},2:function(e,n,t,i,a){return`# Reverse proxy for compose.prod.yml behind Caddy: routing, security headers, compression, static
# caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, Caddy (compose.caddy.yml) is the only client, and
# Caddy terminates TLS with certificates it obtains and renews itself.
`},3:function(e,n,t,i,a){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},4:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.program(6,a,0),data:a,loc:{start:{line:67,column:0},end:{line:75,column:7}}}))!=null?o:"")+`    set_real_ip_from 10.0.0.0/8;
    set_real_ip_from 172.16.0.0/12;
    set_real_ip_from 192.168.0.0/16;

    map $http_x_forwarded_proto $forwarded_proto {
        default $http_x_forwarded_proto;
        "" https;
    }
`},5:function(e,n,t,i,a){return`    # Requests arrive from cloudflared on the Docker network: the client is CF-Connecting-IP (rate limits
    # and logs use it), and the scheme is the one Cloudflare's edge saw.
    real_ip_header CF-Connecting-IP;
`},6:function(e,n,t,i,a){return`    # Requests arrive from Caddy on the Docker network: the client is the X-Forwarded-For Caddy sets
    # (rate limits and logs use it), and the scheme is the one Caddy saw.
    real_ip_header X-Forwarded-For;
`},7:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
    # `+((o=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:87,column:8},end:{line:87,column:15}}),typeof r===c?r.call(s,{name:"apiHost",hash:{},data:a,loc:{start:{line:87,column:6},end:{line:87,column:17}}}):r))!=null?o:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((o=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:90,column:10},end:{line:90,column:17}}),typeof r===c?r.call(s,{name:"apiHost",hash:{},data:a,loc:{start:{line:90,column:8},end:{line:90,column:19}}}):r))!=null?o:"")+` backend;
    }
`},8:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    upstream "+((o=(r=u(t,"name")||l(n,"name",{start:{line:95,column:15},end:{line:95,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:95,column:13},end:{line:95,column:21}}}):r))!=null?o:"")+` {
        server `+((o=(r=u(t,"host")||l(n,"host",{start:{line:96,column:17},end:{line:96,column:21}}),typeof r===c?r.call(s,{name:"host",hash:{},data:a,loc:{start:{line:96,column:15},end:{line:96,column:23}}}):r))!=null?o:"")+":"+((o=(r=u(t,"port")||l(n,"port",{start:{line:96,column:26},end:{line:96,column:30}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:96,column:24},end:{line:96,column:32}}}):r))!=null?o:"")+`;
        keepalive 16;
    }

`},9:function(e,n,t,i,a){return`    server {
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
`},10:function(e,n,t,i,a){return`    server {
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
`},11:function(e,n,t,i,a){return"$forwarded_proto"},12:function(e,n,t,i,a){return"$scheme"},13:function(e,n,t,i,a){var o;return"        add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},14:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"        # "+((o=(r=u(t,"why")||l(n,"why",{start:{line:167,column:12},end:{line:167,column:15}}),typeof r===c?r.call(s,{name:"why",hash:{},data:a,loc:{start:{line:167,column:10},end:{line:167,column:17}}}):r))!=null?o:"")+`
        location `+((o=(r=u(t,"match")||l(n,"match",{start:{line:168,column:19},end:{line:168,column:24}}),typeof r===c?r.call(s,{name:"match",hash:{},data:a,loc:{start:{line:168,column:17},end:{line:168,column:26}}}):r))!=null?o:"")+` {
            proxy_pass http://`+((o=(r=u(t,"upstream")||l(n,"upstream",{start:{line:169,column:32},end:{line:169,column:40}}),typeof r===c?r.call(s,{name:"upstream",hash:{},data:a,loc:{start:{line:169,column:30},end:{line:169,column:42}}}):r))!=null?o:"")+`;
`+((o=u(t,"if").call(s,u(n,"cache"),{name:"if",hash:{},fn:e.program(15,a,0),inverse:e.noop,data:a,loc:{start:{line:170,column:0},end:{line:176,column:7}}}))!=null?o:"")+`        }

`},15:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"            expires "+((o=(r=u(t,"expires")||l(n,"expires",{start:{line:171,column:22},end:{line:171,column:29}}),typeof r===c?r.call(s,{name:"expires",hash:{},data:a,loc:{start:{line:171,column:20},end:{line:171,column:31}}}):r))!=null?o:"")+`;
            add_header Cache-Control "`+((o=(r=u(t,"cache")||l(n,"cache",{start:{line:172,column:40},end:{line:172,column:45}}),typeof r===c?r.call(s,{name:"cache",hash:{},data:a,loc:{start:{line:172,column:38},end:{line:172,column:47}}}):r))!=null?o:"")+`" always;
`+((o=u(t,"each").call(s,u(u(a,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(16,a,0),inverse:e.noop,data:a,loc:{start:{line:173,column:0},end:{line:175,column:9}}}))!=null?o:"")},16:function(e,n,t,i,a){var o;return"            add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:1,column:0},end:{line:15,column:7}}}))!=null?o:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((o=(r=u(t,"rateLimit")||s(n,"rateLimit",{start:{line:56,column:62},end:{line:56,column:71}}),typeof r===c?r.call(l,{name:"rateLimit",hash:{},data:a,loc:{start:{line:56,column:60},end:{line:56,column:73}}}):r))!=null?o:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((o=u(t,"if").call(l,u(n,"edge"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:65,column:0},end:{line:84,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"apiHost"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:85,column:0},end:{line:92,column:7}}}))!=null?o:"")+`
`+((o=u(t,"each").call(l,u(n,"upstreams"),{name:"each",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:94,column:0},end:{line:100,column:9}}}))!=null?o:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((o=u(t,"if").call(l,u(n,"edge"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.program(10,a,0),data:a,loc:{start:{line:102,column:0},end:{line:146,column:7}}}))!=null?o:"")+`
        limit_req zone=per_ip burst=`+((o=(r=u(t,"rateBurst")||s(n,"rateBurst",{start:{line:148,column:38},end:{line:148,column:47}}),typeof r===c?r.call(l,{name:"rateBurst",hash:{},data:a,loc:{start:{line:148,column:36},end:{line:148,column:49}}}):r))!=null?o:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((o=u(t,"if").call(l,u(n,"edge"),{name:"if",hash:{},fn:e.program(11,a,0),inverse:e.program(12,a,0),data:a,loc:{start:{line:155,column:43},end:{line:155,column:93}}}))!=null?o:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((o=u(t,"each").call(l,u(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(13,a,0),inverse:e.noop,data:a,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?o:"")+`
`+((o=u(t,"each").call(l,u(n,"locations"),{name:"each",hash:{},fn:e.program(14,a,0),inverse:e.noop,data:a,loc:{start:{line:166,column:0},end:{line:179,column:9}}}))!=null?o:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"`"+((o=e.lambda(n,n))!=null?o:"")+"`"+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?o:"")},1:function(e,n,t,i,a){return", "},2:function(e,n,t,i,a){var o;return"- "+((o=e.lambda(n,n))!=null?o:"")+`
`},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"### "+((o=(r=u(t,"label")||l(n,"label",{start:{line:21,column:6},end:{line:21,column:11}}),typeof r===c?r.call(s,{name:"label",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:13}}}):r))!=null?o:"")+"\n\n```bash\n"+((o=(r=u(t,"command")||l(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof r===c?r.call(s,{name:"command",hash:{},data:a,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):r))!=null?o:"")+"\n```\n\n"},4:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return(o=r(t,"if").call(n??(e.nullContext||{}),r(n,"command"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.program(5,a,0),data:a,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?o:""},5:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return((o=(r=l(t,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"label",hash:{},data:a,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):r))!=null?o:"")+`

`},6:function(e,n,t,i,a){var o,r=e.lambda,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"["+((o=r(n,n))!=null?o:"")+"]("+((o=r(n,n))!=null?o:"")+".md)"+((o=l(t,"unless").call(n??(e.nullContext||{}),l(a,"last"),{name:"unless",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?o:"")},7:function(e,n,t,i,a){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:a,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+`

`+((o=(r=u(t,"purpose")||l(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof r===c?r.call(s,{name:"purpose",hash:{},data:a,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):r))!=null?o:"")+`

| | |
|---|---|
| Service | \``+((o=(r=u(t,"name")||l(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):r))!=null?o:"")+"` on "+((o=(r=u(t,"cloudTitle")||l(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof r===c?r.call(s,{name:"cloudTitle",hash:{},data:a,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):r))!=null?o:"")+` |
| Alert | `+((o=u(t,"each").call(s,u(n,"alerts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?o:"")+" ("+((o=(r=u(t,"alertSource")||l(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof r===c?r.call(s,{name:"alertSource",hash:{},data:a,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):r))!=null?o:"")+`) |
| Severity | `+((o=(r=u(t,"severity")||l(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof r===c?r.call(s,{name:"severity",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):r))!=null?o:"")+` |
| Alerts go to | `+((o=(r=u(t,"alertDestination")||l(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof r===c?r.call(s,{name:"alertDestination",hash:{},data:a,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):r))!=null?o:"")+` |

## 1. Confirm

`+((o=u(t,"each").call(s,u(n,"confirm"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?o:"")+`
## 2. Diagnose

`+((o=u(t,"each").call(s,u(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?o:"")+`## 3. Mitigate

`+((o=u(t,"each").call(s,u(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?o:"")+`## 4. Escalate

`+((o=u(t,"each").call(s,u(n,"escalate"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?o:"")+`
## 5. Verify recovery

`+((o=u(t,"each").call(s,u(n,"verify"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?o:"")+`
Related: `+((o=u(t,"each").call(s,u(n,"related"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?o:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'default_dir="'+((o=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return'default_bucket="'+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?o:"")+'" default_prefix="'+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,i,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,i,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,i,a){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,t,i,a){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,t,i,a){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,t,i,a){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,t,i,a){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lambda,m=e.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`#!/usr/bin/env bash
# Backs up `+((o=(r=m(t,"name")||l(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):r))!=null?o:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((o=(r=m(t,"targetTitle")||l(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof r===c?r.call(s,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):r))!=null?o:"")+`,
# then prunes to `+((o=u(l(m(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?o:"")+" daily, "+((o=u(l(m(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?o:"")+" weekly and "+((o=u(l(m(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?o:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((o=u(l(m(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?o:"")+" default_weekly="+((o=u(l(m(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?o:"")+" default_monthly="+((o=u(l(m(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?o:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((o=m(t,"if").call(s,m(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((o=m(t,"if").call(s,m(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?o:"")+((o=m(t,"if").call(s,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?o:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,t,i,a){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,t,i,a){var o;return"-f "+((o=e.lambda(n,n))!=null?o:"")+" "},2:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"service")||l(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof r===c?r.call(s,{name:"service",hash:{},data:a,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):r))!=null?o:"")+") echo "+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:a,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):r))!=null?o:"")+` ;;
`},3:function(e,n,t,i,a){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Blue-green: the switch (compose.tunnel.yml or compose.caddy.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?o:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?o:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?o:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?o:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?o:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):r))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(r=u(t,"service")||l(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof r===c?r.call(s,{name:"service",hash:{},data:a,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):r))!=null?o:"")+"; else echo "+((o=(r=u(t,"service")||l(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof r===c?r.call(s,{name:"service",hash:{},data:a,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):r))!=null?o:"")+`-green; fi ;;
`},5:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?o:"")+') echo "$(service_for '+((o=(r=u(t,"key")||l(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):r))!=null?o:"")+' "$2"):'+((o=(r=u(t,"port")||l(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):r))!=null?o:"")+`" ;;
`},6:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):r))!=null?o:"")+') echo "'+((o=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof r===c?r.call(s,{name:"healthPath",hash:{},data:a,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):r))!=null?o:"")+`" ;;
`},7:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):r))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):r))!=null?o:"")+"; else echo "+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:a,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):r))!=null?o:"")+`_GREEN; fi ;;
`},8:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"  [ -f state/switch/"+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):r))!=null?o:"")+".conf ] || write_upstream "+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):r))!=null?o:"")+' "$(live_colour '+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):r))!=null?o:"")+`)"
`},9:function(e,n,t,i,a){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?o:"")+`.
# Image choices persist in `+((o=(r=u(t,"deployDir")||s(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:a,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):r))!=null?o:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((o=(r=u(t,"deployDir")||s(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):r))!=null?o:"")+`"
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
  docker compose `+((o=u(t,"each").call(l,u(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?o:"")+`"$@"
}

image_var() {
  case "$1" in
`+((o=u(t,"each").call(l,u(n,"services"),{name:"each",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?o:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?o:"")+`persist_image() {
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
    `+((o=(r=u(t,"migrateVar")||s(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof r===c?r.call(l,{name:"migrateVar",hash:{},data:a,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):r))!=null?o:"")+'="$image" compose run --rm --no-deps '+((o=(r=u(t,"migrateService")||s(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof r===c?r.call(l,{name:"migrateService",hash:{},data:a,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):r))!=null?o:"")+" "+((o=(r=u(t,"migrateCommand")||s(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof r===c?r.call(l,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):r))!=null?o:"")+`
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
`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,a,0),inverse:e.noop,data:a,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?o:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):r))!=null?o:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'default_dir="'+((o=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:a,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return'default_bucket="'+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:a,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?o:"")+'" default_prefix="'+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:a,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,i,a){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,i,a){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,i,a){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,t,i,a){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,t,i,a){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,t,i,a){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,t,i,a){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((o=(r=s(t,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof r=="function"?r.call(l,{name:"targetTitle",hash:{},data:a,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):r))!=null?o:"")+` into RESTORE_DATABASE.
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
`+((o=s(t,"if").call(l,s(n,"local"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"azure"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"minio"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"local"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"s3"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"minio"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"gcs"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"azure"),{name:"if",hash:{},fn:e.program(8,a,0),inverse:e.noop,data:a,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?o:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):r))!=null?o:"")+`.
#   HEALTH_URL=https://api.example.org`+((o=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof r===c?r.call(s,{name:"healthPath",hash:{},data:a,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):r))!=null?o:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return'"'+((o=(r=s(t,"image")||e.strict(n,"image",{start:{line:73,column:53},end:{line:73,column:58}}),typeof r=="function"?r.call(l,{name:"image",hash:{},data:a,loc:{start:{line:73,column:51},end:{line:73,column:60}}}):r))!=null?o:"")+'"'+((o=s(t,"unless").call(l,s(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:61},end:{line:73,column:91}}}))!=null?o:"")},1:function(e,n,t,i,a){return", "},2:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:95,column:14},end:{line:95,column:20}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:a,loc:{start:{line:95,column:12},end:{line:95,column:22}}}):r))!=null?o:"")+`"
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
      prefix = "`+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:128,column:18},end:{line:128,column:24}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:a,loc:{start:{line:128,column:16},end:{line:128,column:26}}}):r))!=null?o:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:138,column:12},end:{line:138,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:138,column:10},end:{line:138,column:18}}}):r))!=null?o:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:161,column:131},end:{line:161,column:137}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:a,loc:{start:{line:161,column:129},end:{line:161,column:139}}}):r))!=null?o:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:169,column:27},end:{line:169,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:169,column:25},end:{line:169,column:33}}}):r))!=null?o:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:171,column:27},end:{line:171,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:171,column:25},end:{line:171,column:33}}}):r))!=null?o:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},3:function(e,n,t,i,a){return"aws_acm_certificate_validation.alb.certificate_arn"},4:function(e,n,t,i,a){return"var.certificate_arn"},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):r))!=null?o:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((o=(r=u(t,"name")||l(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):r))!=null?o:"")+`-*"]
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
  for_each             = toset([`+((o=u(t,"each").call(s,u(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:73,column:32},end:{line:73,column:100}}}))!=null?o:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:83,column:12},end:{line:83,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:83,column:10},end:{line:83,column:18}}}):r))!=null?o:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((o=u(t,"if").call(s,u(n,"s3Backups"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:91,column:0},end:{line:181,column:7}}}))!=null?o:"")+`
module "staging" {
  source             = "./modules/environment"
  environment        = "staging"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((o=u(t,"if").call(s,u(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.program(4,a,0),data:a,loc:{start:{line:189,column:23},end:{line:189,column:133}}}))!=null?o:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}

module "production" {
  source             = "./modules/environment"
  environment        = "production"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((o=u(t,"if").call(s,u(n,"managedCertificate"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.program(4,a,0),data:a,loc:{start:{line:200,column:23},end:{line:200,column:133}}}))!=null?o:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}
`},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,t,i,a){return`data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

`},1:function(e,n,t,i,a){return`  # Only CloudFront reaches the load balancers, so its WAF cannot be bypassed. The managed prefix list
  # counts as 55 rules of the group's 60: one rule, HTTPS only (CloudFront talks HTTPS to the origin).
  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.cloudfront.id]
  }
`},2:function(e,n,t,i,a){return`  ingress {
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
`},3:function(e,n,t,i,a){return`        # Behind CloudFront the client is the address CloudFront appends last to X-Forwarded-For.
        ip_set_forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "NO_MATCH"
          position          = "LAST"
        }
`},4:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`        # Behind CloudFront every request comes from an edge address: count the forwarded client address
        # (a second line: the CloudFront web ACL in infra/edge.tf limits on the true source address).
        limit              = `+((o=(r=l(t,"rateLimit")||e.strict(n,"rateLimit",{start:{line:147,column:31},end:{line:147,column:40}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:a,loc:{start:{line:147,column:29},end:{line:147,column:42}}}):r))!=null?o:"")+`
        aggregate_key_type = "FORWARDED_IP"
        forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "MATCH"
        }
`},5:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"        limit              = "+((o=(r=l(t,"rateLimit")||e.strict(n,"rateLimit",{start:{line:154,column:31},end:{line:154,column:40}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"rateLimit",hash:{},data:a,loc:{start:{line:154,column:29},end:{line:154,column:42}}}):r))!=null?o:"")+`
        aggregate_key_type = "IP"
`},6:function(e,n,t,i,a,o,r){var l,s,c=e.strict,u=n??(e.nullContext||{}),m="function",d=e.lambda,p=e.lookupProperty||function(y,f){if(Object.prototype.hasOwnProperty.call(y,f))return y[f]};return`
# ---- `+((l=(s=p(t,"key")||c(n,"key",{start:{line:174,column:9},end:{line:174,column:12}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:174,column:7},end:{line:174,column:14}}}):s))!=null?l:"")+": "+((l=(s=p(t,"image")||c(n,"image",{start:{line:174,column:18},end:{line:174,column:23}}),typeof s===m?s.call(u,{name:"image",hash:{},data:a,loc:{start:{line:174,column:16},end:{line:174,column:25}}}):s))!=null?l:"")+" on port "+((l=(s=p(t,"port")||c(n,"port",{start:{line:174,column:36},end:{line:174,column:40}}),typeof s===m?s.call(u,{name:"port",hash:{},data:a,loc:{start:{line:174,column:34},end:{line:174,column:42}}}):s))!=null?l:"")+` ----

resource "aws_lb" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:176,column:21},end:{line:176,column:24}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:176,column:19},end:{line:176,column:26}}}):s))!=null?l:"")+'" {\n  name                       = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:177,column:50},end:{line:177,column:53}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:177,column:48},end:{line:177,column:55}}}):s))!=null?l:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:184,column:44},end:{line:184,column:47}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:184,column:42},end:{line:184,column:49}}}):s))!=null?l:"")+`" {
  resource_arn = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:185,column:26},end:{line:185,column:29}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:185,column:24},end:{line:185,column:31}}}):s))!=null?l:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:189,column:34},end:{line:189,column:37}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:189,column:32},end:{line:189,column:39}}}):s))!=null?l:"")+`" {
  for_each    = toset(`+((l=p(t,"if").call(u,p(r[1],"progressive"),{name:"if",hash:{},fn:e.program(7,a,0,o,r),inverse:e.program(8,a,0,o,r),data:a,loc:{start:{line:190,column:22},end:{line:190,column:84}}}))!=null?l:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:191,column:56},end:{line:191,column:59}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:191,column:54},end:{line:191,column:61}}}):s))!=null?l:"")+'" : "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:191,column:84},end:{line:191,column:87}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:191,column:82},end:{line:191,column:89}}}):s))!=null?l:"")+'-${each.key}"\n  port        = '+((l=(s=p(t,"port")||c(n,"port",{start:{line:192,column:18},end:{line:192,column:22}}),typeof s===m?s.call(u,{name:"port",hash:{},data:a,loc:{start:{line:192,column:16},end:{line:192,column:24}}}):s))!=null?l:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((l=p(t,"if").call(u,p(p(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(9,a,0,o,r),inverse:e.program(10,a,0,o,r),data:a,loc:{start:{line:198,column:6},end:{line:198,column:130}}}))!=null?l:"")+`
    path                = "`+((l=(s=p(t,"healthPath")||c(n,"healthPath",{start:{line:199,column:29},end:{line:199,column:39}}),typeof s===m?s.call(u,{name:"healthPath",hash:{},data:a,loc:{start:{line:199,column:27},end:{line:199,column:41}}}):s))!=null?l:"")+`"
    matcher             = "`+((l=p(t,"if").call(u,p(p(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(11,a,0,o,r),inverse:e.program(12,a,0,o,r),data:a,loc:{start:{line:200,column:27},end:{line:200,column:75}}}))!=null?l:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:207,column:30},end:{line:207,column:33}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:207,column:28},end:{line:207,column:35}}}):s))!=null?l:"")+`_https" {
  load_balancer_arn = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:208,column:31},end:{line:208,column:34}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:208,column:29},end:{line:208,column:36}}}):s))!=null?l:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((l=p(t,"if").call(u,p(r[1],"progressive"),{name:"if",hash:{},fn:e.program(13,a,0,o,r),inverse:e.program(14,a,0,o,r),data:a,loc:{start:{line:217,column:0},end:{line:230,column:7}}}))!=null?l:"")+`    }
  }
`+((l=p(t,"if").call(u,p(r[1],"progressive"),{name:"if",hash:{},fn:e.program(15,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:233,column:0},end:{line:239,column:7}}}))!=null?l:"")+`}

resource "aws_lb_listener" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:242,column:30},end:{line:242,column:33}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:242,column:28},end:{line:242,column:35}}}):s))!=null?l:"")+`_http" {
  load_balancer_arn = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:243,column:31},end:{line:243,column:34}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:243,column:29},end:{line:243,column:36}}}):s))!=null?l:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:257,column:38},end:{line:257,column:41}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:257,column:36},end:{line:257,column:43}}}):s))!=null?l:"")+'" {\n  family                   = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:258,column:48},end:{line:258,column:51}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:258,column:46},end:{line:258,column:53}}}):s))!=null?l:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:265,column:32},end:{line:265,column:35}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:265,column:30},end:{line:265,column:37}}}):s))!=null?l:"")+'"\n    image                  = "${var.repository_urls["'+((l=(s=p(t,"image")||c(n,"image",{start:{line:266,column:55},end:{line:266,column:60}}),typeof s===m?s.call(u,{name:"image",hash:{},data:a,loc:{start:{line:266,column:53},end:{line:266,column:62}}}):s))!=null?l:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((l=(s=p(t,"port")||c(n,"port",{start:{line:269,column:50},end:{line:269,column:54}}),typeof s===m?s.call(u,{name:"port",hash:{},data:a,loc:{start:{line:269,column:48},end:{line:269,column:56}}}):s))!=null?l:"")+`, protocol = "tcp" }]
`+((l=p(t,"if").call(u,p(n,"migrate"),{name:"if",hash:{},fn:e.program(16,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:270,column:0},end:{line:277,column:7}}}))!=null?l:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:283,column:35},end:{line:283,column:38}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:283,column:33},end:{line:283,column:40}}}):s))!=null?l:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:294,column:30},end:{line:294,column:33}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:294,column:28},end:{line:294,column:35}}}):s))!=null?l:"")+`" {
  for_each        = aws_lb_target_group.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:295,column:42},end:{line:295,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:295,column:40},end:{line:295,column:47}}}):s))!=null?l:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:296,column:60},end:{line:296,column:63}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:296,column:58},end:{line:296,column:65}}}):s))!=null?l:"")+'" : "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:296,column:88},end:{line:296,column:91}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:296,column:86},end:{line:296,column:93}}}):s))!=null?l:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:298,column:46},end:{line:298,column:49}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:298,column:44},end:{line:298,column:51}}}):s))!=null?l:"")+`.arn
  desired_count   = `+((l=d(c(r[1],"minReplicas",{start:{line:299,column:22},end:{line:299,column:36}}),n))!=null?l:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:309,column:26},end:{line:309,column:29}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:309,column:24},end:{line:309,column:31}}}):s))!=null?l:"")+`"
    container_port   = `+((l=(s=p(t,"port")||c(n,"port",{start:{line:310,column:25},end:{line:310,column:29}}),typeof s===m?s.call(u,{name:"port",hash:{},data:a,loc:{start:{line:310,column:23},end:{line:310,column:31}}}):s))!=null?l:"")+`
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

resource "aws_appautoscaling_target" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:324,column:40},end:{line:324,column:43}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:324,column:38},end:{line:324,column:45}}}):s))!=null?l:"")+`" {
  for_each           = aws_ecs_service.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:325,column:41},end:{line:325,column:44}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:325,column:39},end:{line:325,column:46}}}):s))!=null?l:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((l=d(c(r[1],"minReplicas",{start:{line:329,column:25},end:{line:329,column:39}}),n))!=null?l:"")+`
  max_capacity       = `+((l=d(c(r[1],"maxReplicas",{start:{line:330,column:25},end:{line:330,column:39}}),n))!=null?l:"")+`
}

resource "aws_appautoscaling_policy" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:333,column:40},end:{line:333,column:43}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:333,column:38},end:{line:333,column:45}}}):s))!=null?l:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:334,column:51},end:{line:334,column:54}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:334,column:49},end:{line:334,column:56}}}):s))!=null?l:"")+'\n  name               = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:335,column:42},end:{line:335,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:335,column:40},end:{line:335,column:47}}}):s))!=null?l:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:350,column:42},end:{line:350,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:350,column:40},end:{line:350,column:47}}}):s))!=null?l:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:351,column:43},end:{line:351,column:46}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:351,column:41},end:{line:351,column:48}}}):s))!=null?l:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:371,column:46},end:{line:371,column:49}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:371,column:44},end:{line:371,column:51}}}):s))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:382,column:46},end:{line:382,column:49}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:382,column:44},end:{line:382,column:51}}}):s))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:389,column:42},end:{line:389,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:389,column:40},end:{line:389,column:47}}}):s))!=null?l:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:390,column:43},end:{line:390,column:46}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:390,column:41},end:{line:390,column:48}}}):s))!=null?l:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:394,column:50},end:{line:394,column:53}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:394,column:48},end:{line:394,column:55}}}):s))!=null?l:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:404,column:42},end:{line:404,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:404,column:40},end:{line:404,column:47}}}):s))!=null?l:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:405,column:46},end:{line:405,column:49}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:405,column:44},end:{line:405,column:51}}}):s))!=null?l:"")+'\n  alarm_name          = "${local.prefix}-'+((l=(s=p(t,"key")||c(n,"key",{start:{line:406,column:43},end:{line:406,column:46}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:406,column:41},end:{line:406,column:48}}}):s))!=null?l:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:410,column:50},end:{line:410,column:53}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:410,column:48},end:{line:410,column:55}}}):s))!=null?l:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=p(t,"key")||c(n,"key",{start:{line:419,column:42},end:{line:419,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:419,column:40},end:{line:419,column:47}}}):s))!=null?l:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((l=(s=p(t,"key")||c(n,"key",{start:{line:420,column:42},end:{line:420,column:45}}),typeof s===m?s.call(u,{name:"key",hash:{},data:a,loc:{start:{line:420,column:40},end:{line:420,column:47}}}):s))!=null?l:"")+`
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
`},7:function(e,n,t,i,a){return'["blue", "green"]'},8:function(e,n,t,i,a){return'["live"]'},9:function(e,n,t,i,a){return"The health route answers below 400."},10:function(e,n,t,i,a){return"No health route: any answer below 500 is a running app."},11:function(e,n,t,i,a){return"200-399"},12:function(e,n,t,i,a){return"200-499"},13:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`      target_group {
        arn    = aws_lb_target_group.`+((o=(r=u(t,"key")||l(n,"key",{start:{line:219,column:39},end:{line:219,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:219,column:37},end:{line:219,column:44}}}):r))!=null?o:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((o=(r=u(t,"key")||l(n,"key",{start:{line:223,column:39},end:{line:223,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:223,column:37},end:{line:223,column:44}}}):r))!=null?o:"")+`["green"].arn
        weight = 0
      }
`},14:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`      target_group {
        arn = aws_lb_target_group.`+((o=(r=l(t,"key")||e.strict(n,"key",{start:{line:228,column:36},end:{line:228,column:39}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"key",hash:{},data:a,loc:{start:{line:228,column:34},end:{line:228,column:41}}}):r))!=null?o:"")+`["live"].arn
      }
`},15:function(e,n,t,i,a){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},16:function(e,n,t,i,a){return`    environment = [
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ]
    secrets = [{ name = "PGPASSWORD", valueFrom = "\${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }]
`},17:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
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
  engine_version              = "`+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:460,column:35},end:{line:460,column:48}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:460,column:33},end:{line:460,column:50}}}):r))!=null?o:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:465,column:35},end:{line:465,column:41}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:a,loc:{start:{line:465,column:33},end:{line:465,column:43}}}):r))!=null?o:"")+`"
  username                    = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:466,column:35},end:{line:466,column:41}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:a,loc:{start:{line:466,column:33},end:{line:466,column:43}}}):r))!=null?o:"")+`"
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
`},18:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:516,column:32},end:{line:516,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:516,column:30},end:{line:516,column:37}}}):r))!=null?o:"")+' = "https://${aws_lb.'+((o=(r=u(t,"key")||l(n,"key",{start:{line:516,column:60},end:{line:516,column:63}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:516,column:58},end:{line:516,column:65}}}):r))!=null?o:"")+'.dns_name}"'+((o=u(t,"unless").call(s,u(a,"last"),{name:"unless",hash:{},fn:e.program(19,a,0),inverse:e.noop,data:a,loc:{start:{line:516,column:76},end:{line:516,column:106}}}))!=null?o:"")},19:function(e,n,t,i,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a,o,r){var l,s=n??(e.nullContext||{}),c=e.lookupProperty||function(u,m){if(Object.prototype.hasOwnProperty.call(u,m))return u[m]};return`resource "aws_ecs_cluster" "this" {
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

`+((l=c(t,"if").call(s,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(0,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:33,column:7}}}))!=null?l:"")+`resource "aws_security_group" "alb" {
  name   = "\${local.prefix}-alb"
  vpc_id = var.vpc_id

`+((l=c(t,"if").call(s,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(1,a,0,o,r),inverse:e.program(2,a,0,o,r),data:a,loc:{start:{line:38,column:0},end:{line:61,column:7}}}))!=null?l:"")+`
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
`+((l=c(t,"if").call(s,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(3,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:119,column:0},end:{line:126,column:7}}}))!=null?l:"")+`      }
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
`+((l=c(t,"if").call(s,c(n,"cdnFront"),{name:"if",hash:{},fn:e.program(4,a,0,o,r),inverse:e.program(5,a,0,o,r),data:a,loc:{start:{line:144,column:0},end:{line:156,column:7}}}))!=null?l:"")+`      }
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
`+((l=c(t,"each").call(s,c(n,"services"),{name:"each",hash:{},fn:e.program(6,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:172,column:0},end:{line:433,column:9}}}))!=null?l:"")+`
data "aws_region" "current" {}
`+((l=c(t,"if").call(s,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(17,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:436,column:0},end:{line:513,column:7}}}))!=null?l:"")+`
output "urls" {
  value = { `+((l=c(t,"each").call(s,c(n,"services"),{name:"each",hash:{},fn:e.program(18,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:516,column:12},end:{line:516,column:115}}}))!=null?l:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`variable "environment" {
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
  prefix = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):r))!=null?o:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,t,i,a){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?o:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{0:function(e,n,t,i,a){return`variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the HTTPS listeners (set deploy.domain and edge.dnsZone to have infra/edge.tf manage it)."
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "region" {
  type    = string
  default = "`+((o=(r=s(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?o:"")+`"
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

`+((o=s(t,"unless").call(l,s(n,"managedCertificate"),{name:"unless",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:35,column:0},end:{line:40,column:11}}}))!=null?o:"")+`
variable "alarm_email" {
  type        = string
  description = "Address subscribed to the CloudWatch alarm topic."
}
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`terraform {
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
    bucket       = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):r))!=null?o:"")+`-tfstate"
    key          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):r))!=null?o:"")+`/terraform.tfstate"
    region       = "`+((o=(r=u(t,"region")||l(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof r===c?r.call(s,{name:"region",hash:{},data:a,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):r))!=null?o:"")+`"
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
`},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,t,i,a){return"Multiple"},1:function(e,n,t,i,a){return"Single"},2:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:146,column:36},end:{line:146,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:146,column:34},end:{line:146,column:42}}}):r))!=null?o:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:149,column:36},end:{line:149,column:49}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:149,column:34},end:{line:149,column:51}}}):r))!=null?o:"")+`"
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
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:169,column:36},end:{line:169,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:169,column:34},end:{line:169,column:42}}}):r))!=null?o:"")+`-\${each.key}-migrate"
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
      command = `+((o=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:185,column:19},end:{line:185,column:33}}),typeof r===c?r.call(s,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:185,column:16},end:{line:185,column:36}}}):r))!=null?o:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):r))!=null?o:"")+`-\${each.key}"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:19,column:27},end:{line:19,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:19,column:25},end:{line:19,column:33}}}):r))!=null?o:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:27,column:34},end:{line:27,column:38}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:27,column:32},end:{line:27,column:40}}}):r))!=null?o:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:35,column:36},end:{line:35,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:35,column:34},end:{line:35,column:42}}}):r))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((o=u(t,"if").call(s,u(n,"progressive"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.program(1,a,0),data:a,loc:{start:{line:39,column:19},end:{line:39,column:67}}}))!=null?o:"")+`"

  template {
    min_replicas = each.value.environment == "production" ? `+((o=(r=u(t,"minReplicas")||l(n,"minReplicas",{start:{line:42,column:62},end:{line:42,column:73}}),typeof r===c?r.call(s,{name:"minReplicas",hash:{},data:a,loc:{start:{line:42,column:60},end:{line:42,column:75}}}):r))!=null?o:"")+` : 1
    max_replicas = `+((o=(r=u(t,"maxReplicas")||l(n,"maxReplicas",{start:{line:43,column:21},end:{line:43,column:32}}),typeof r===c?r.call(s,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:43,column:19},end:{line:43,column:34}}}):r))!=null?o:"")+`

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
`+((o=u(t,"if").call(s,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:140,column:0},end:{line:215,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:56,column:39},end:{line:56,column:50}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:a,loc:{start:{line:56,column:37},end:{line:56,column:52}}}):r))!=null?o:"")+`backups"
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
  name                  = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:74,column:29},end:{line:74,column:35}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:a,loc:{start:{line:74,column:27},end:{line:74,column:37}}}):r))!=null?o:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):r))!=null?o:"")+`-shared"
  location = var.location

  # Cost allocation (infra/costs.tf): resources inherit these through Azure Policy.
  tags = local.cost_tags
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:12,column:27},end:{line:12,column:38}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:a,loc:{start:{line:12,column:25},end:{line:12,column:40}}}):r))!=null?o:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:21,column:27},end:{line:21,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:21,column:25},end:{line:21,column:33}}}):r))!=null?o:"")+`-github-deploy"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:43,column:27},end:{line:43,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:43,column:25},end:{line:43,column:33}}}):r))!=null?o:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((o=u(t,"if").call(s,u(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:52,column:0},end:{line:84,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):r))!=null?o:"")+" = { port = "+((o=(r=u(t,"port")||l(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):r))!=null?o:"")+', health = "'+((o=u(t,"if").call(s,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?o:"")+'", image = "'+((o=(r=u(t,"image")||l(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof r===c?r.call(s,{name:"image",hash:{},data:a,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):r))!=null?o:"")+'" }'+((o=u(t,"unless").call(s,u(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?o:"")},1:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return(o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):r))!=null?o:""},2:function(e,n,t,i,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "location" {
  type    = string
  default = "`+((o=(r=s(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:a,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?o:"")+`"
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
  services     = { `+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?o:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`terraform {
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
    resource_group_name  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):r))!=null?o:"")+`-tfstate"
    storage_account_name = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:a,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):r))!=null?o:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):r))!=null?o:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'  default     = "'+((o=(r=l(t,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:a,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):r))!=null?o:"")+`"
`},1:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:38,column:18},end:{line:38,column:22}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:38,column:16},end:{line:38,column:24}}}):r))!=null?o:"")+`"
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
`},2:function(e,n,t,i,a){return`# No tunnel (edge.tunnel: false): Caddy on the server answers Let's Encrypt itself, so the names point
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`variable "github_owner" {
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
`+((o=l(t,"if").call(r,l(n,"domain"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?o:"")+`}

`+((o=l(t,"if").call(r,l(n,"tunnel"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.program(2,a,0),data:a,loc:{start:{line:29,column:0},end:{line:87,column:7}}}))!=null?o:"")},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`terraform {
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
      name = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):r))!=null?o:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/edge/aws-ecs/costs.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alarm_email."
  default     = [`+((o=m(t,"each").call(l,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:17},end:{line:12,column:94}}}))!=null?o:"")+`]
}

# A tag becomes a cost-allocation tag only once activated; the budget filters on it.
resource "aws_ce_cost_allocation_tag" "project" {
  tag_key = "project"
  status  = "Active"
}

resource "aws_budgets_budget" "monthly" {
  name         = "`+((o=(r=m(t,"name")||s(n,"name",{start:{line:22,column:20},end:{line:22,column:24}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:22,column:18},end:{line:22,column:26}}}):r))!=null?o:"")+`-monthly"
  budget_type  = "COST"
  limit_amount = "`+((o=u(s(m(n,"budget"),"monthly",{start:{line:24,column:20},end:{line:24,column:34}}),n))!=null?o:"")+`"
  limit_unit   = "`+((o=u(s(m(n,"budget"),"currency",{start:{line:25,column:20},end:{line:25,column:35}}),n))!=null?o:"")+`"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:project$`+((o=(r=m(t,"name")||s(n,"name",{start:{line:30,column:30},end:{line:30,column:34}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:30,column:28},end:{line:30,column:36}}}):r))!=null?o:"")+`"]
  }
`+((o=m(t,"each").call(l,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:32,column:0},end:{line:42,column:9}}}))!=null?o:"")+`}

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
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:12,column:55},end:{line:12,column:85}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = `+((o=(r=u(t,"percent")||l(n,"percent",{start:{line:36,column:35},end:{line:36,column:42}}),typeof r===c?r.call(s,{name:"percent",hash:{},data:a,loc:{start:{line:36,column:33},end:{line:36,column:44}}}):r))!=null?o:"")+`
    threshold_type             = "PERCENTAGE"
    notification_type          = "`+((o=(r=u(t,"type")||l(n,"type",{start:{line:38,column:36},end:{line:38,column:40}}),typeof r===c?r.call(s,{name:"type",hash:{},data:a,loc:{start:{line:38,column:34},end:{line:38,column:42}}}):r))!=null?o:"")+`"
    subscriber_email_addresses = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alarm_email]
    subscriber_sns_topic_arns  = [aws_sns_topic.alarms.arn]
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Cost of "+((o=(r=u(t,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+` (issue 15): a monthly budget and the tags that attribute spend. docs/costs.md.

locals {
  # Every resource carries these through the providers' default_tags.
  cost_tags = `+((o=(r=u(t,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:5,column:17},end:{line:5,column:28}}),typeof r===c?r.call(s,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:5,column:14},end:{line:5,column:31}}}):r))!=null?o:"")+`
}
`+((o=u(t,"if").call(s,u(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:71,column:7}}}))!=null?o:"")},useData:!0},"terraform/edge/aws-ecs/edge.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"quotedId")||l(n,"quotedId",{start:{line:21,column:7},end:{line:21,column:15}}),typeof r===c?r.call(s,{name:"quotedId",hash:{},data:a,loc:{start:{line:21,column:4},end:{line:21,column:18}}}):r))!=null?o:"")+' = { environment = "'+((o=(r=u(t,"environment")||l(n,"environment",{start:{line:21,column:40},end:{line:21,column:51}}),typeof r===c?r.call(s,{name:"environment",hash:{},data:a,loc:{start:{line:21,column:38},end:{line:21,column:53}}}):r))!=null?o:"")+'", key = "'+((o=(r=u(t,"key")||l(n,"key",{start:{line:21,column:65},end:{line:21,column:68}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:21,column:63},end:{line:21,column:70}}}):r))!=null?o:"")+'", host = "'+((o=(r=u(t,"host")||l(n,"host",{start:{line:21,column:83},end:{line:21,column:87}}),typeof r===c?r.call(s,{name:"host",hash:{},data:a,loc:{start:{line:21,column:81},end:{line:21,column:89}}}):r))!=null?o:"")+'", static_paths = ['+((o=u(t,"each").call(s,u(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:108},end:{line:21,column:178}}}))!=null?o:"")+`] }
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:21,column:139},end:{line:21,column:169}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
resource "aws_acm_certificate" "cdn" {
  provider                  = aws.us_east_1
  domain_name               = "`+((o=(r=u(t,"domain")||l(n,"domain",{start:{line:45,column:33},end:{line:45,column:39}}),typeof r===c?r.call(s,{name:"domain",hash:{},data:a,loc:{start:{line:45,column:31},end:{line:45,column:41}}}):r))!=null?o:"")+`"
  subject_alternative_names = ["*.`+((o=(r=u(t,"domain")||l(n,"domain",{start:{line:46,column:36},end:{line:46,column:42}}),typeof r===c?r.call(s,{name:"domain",hash:{},data:a,loc:{start:{line:46,column:34},end:{line:46,column:44}}}):r))!=null?o:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`},4:function(e,n,t,i,a){return`
resource "aws_acm_certificate_validation" "cdn" {
  provider                = aws.us_east_1
  certificate_arn         = aws_acm_certificate.cdn.arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
`},5:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
data "aws_cloudfront_origin_request_policy" "all_viewer" {
  # The Host header reaches the load balancer, whose certificate matches it (not the ELB name).
  name = "Managed-AllViewer"
}

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

# Static paths are content-hashed or collected: cached at least a day, up to a year, compressed.
resource "aws_cloudfront_cache_policy" "static" {
  name        = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:113,column:19},end:{line:113,column:23}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:113,column:17},end:{line:113,column:25}}}):r))!=null?o:"")+`-static"
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
  comment         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:137,column:23},end:{line:137,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:137,column:21},end:{line:137,column:29}}}):r))!=null?o:"")+` \${each.key}"
  aliases         = [each.value.host]
  price_class     = "PriceClass_100"
`+((o=u(t,"if").call(s,u(n,"waf"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:140,column:0},end:{line:142,column:7}}}))!=null?o:"")+`
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
`},6:function(e,n,t,i,a){return`  web_acl_id      = aws_wafv2_web_acl.edge.arn
`},7:function(e,n,t,i,a){return" (CDN off: at its load balancer)"},8:function(e,n,t,i,a){return`    name                   = aws_cloudfront_distribution.edge[each.key].domain_name
    zone_id                = aws_cloudfront_distribution.edge[each.key].hosted_zone_id
`},9:function(e,n,t,i,a){return`    name                   = local.load_balancers[each.key].dns_name
    zone_id                = local.load_balancers[each.key].zone_id
`},10:function(e,n,t,i,a,o,r){var l,s,c=e.strict,u=n??(e.nullContext||{}),m="function",d=e.lookupProperty||function(p,y){if(Object.prototype.hasOwnProperty.call(p,y))return p[y]};return`
# The edge's WAF: a per-client rate limit first, then AWS's managed rule groups.
resource "aws_wafv2_web_acl" "edge" {
  provider = aws.us_east_1
  name     = "`+((l=(s=d(t,"name")||c(n,"name",{start:{line:216,column:16},end:{line:216,column:20}}),typeof s===m?s.call(u,{name:"name",hash:{},data:a,loc:{start:{line:216,column:14},end:{line:216,column:22}}}):s))!=null?l:"")+`-edge"
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
        limit              = `+((l=(s=d(t,"rateLimit")||c(n,"rateLimit",{start:{line:231,column:31},end:{line:231,column:40}}),typeof s===m?s.call(u,{name:"rateLimit",hash:{},data:a,loc:{start:{line:231,column:29},end:{line:231,column:42}}}):s))!=null?l:"")+`
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((l=(s=d(t,"name")||c(n,"name",{start:{line:237,column:38},end:{line:237,column:42}}),typeof s===m?s.call(u,{name:"name",hash:{},data:a,loc:{start:{line:237,column:36},end:{line:237,column:44}}}):s))!=null?l:"")+`-edge-rate-limit"
      sampled_requests_enabled   = true
    }
  }
`+((l=d(t,"each").call(u,d(n,"managedRuleGroups"),{name:"each",hash:{},fn:e.program(11,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:241,column:0},end:{line:261,column:9}}}))!=null?l:"")+`
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "`+((l=(s=d(t,"name")||c(n,"name",{start:{line:265,column:36},end:{line:265,column:40}}),typeof s===m?s.call(u,{name:"name",hash:{},data:a,loc:{start:{line:265,column:34},end:{line:265,column:42}}}):s))!=null?l:"")+`-edge"
    sampled_requests_enabled   = true
  }
}
`},11:function(e,n,t,i,a,o,r){var l,s,c=e.strict,u=n??(e.nullContext||{}),m="function",d=e.lookupProperty||function(p,y){if(Object.prototype.hasOwnProperty.call(p,y))return p[y]};return`
  rule {
    name     = "`+((l=(s=d(t,"rule")||c(n,"rule",{start:{line:244,column:18},end:{line:244,column:22}}),typeof s===m?s.call(u,{name:"rule",hash:{},data:a,loc:{start:{line:244,column:16},end:{line:244,column:24}}}):s))!=null?l:"")+`"
    priority = `+((l=(s=d(t,"priority")||c(n,"priority",{start:{line:245,column:17},end:{line:245,column:25}}),typeof s===m?s.call(u,{name:"priority",hash:{},data:a,loc:{start:{line:245,column:15},end:{line:245,column:27}}}):s))!=null?l:"")+`
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "`+((l=(s=d(t,"rule")||c(n,"rule",{start:{line:252,column:25},end:{line:252,column:29}}),typeof s===m?s.call(u,{name:"rule",hash:{},data:a,loc:{start:{line:252,column:23},end:{line:252,column:31}}}):s))!=null?l:"")+`"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((l=e.lambda(c(r[1],"name",{start:{line:257,column:38},end:{line:257,column:45}}),n))!=null?l:"")+"-"+((l=(s=d(t,"rule")||c(n,"rule",{start:{line:257,column:50},end:{line:257,column:54}}),typeof s===m?s.call(u,{name:"rule",hash:{},data:a,loc:{start:{line:257,column:48},end:{line:257,column:56}}}):s))!=null?l:"")+`"
      sampled_requests_enabled   = true
    }
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a,o,r){var l,s,c=e.strict,u=n??(e.nullContext||{}),m="function",d=e.lookupProperty||function(p,y){if(Object.prototype.hasOwnProperty.call(p,y))return p[y]};return"# Edge of "+((l=(s=d(t,"name")||c(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof s===m?s.call(u,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):s))!=null?l:"")+`: certificates, CDN and WAF (issue 15). docs/tls.md and docs/cdn.md explain each piece.

data "aws_route53_zone" "edge" {
  name = "`+((l=(s=d(t,"dnsZone")||c(n,"dnsZone",{start:{line:4,column:12},end:{line:4,column:19}}),typeof s===m?s.call(u,{name:"dnsZone",hash:{},data:a,loc:{start:{line:4,column:10},end:{line:4,column:21}}}):s))!=null?l:"")+`"
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
`+((l=d(t,"each").call(u,d(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:20,column:0},end:{line:22,column:9}}}))!=null?l:"")+`  }
  load_balancers = merge(
    { for k, lb in module.staging.load_balancers : "staging-\${k}" => lb },
    { for k, lb in module.production.load_balancers : "production-\${k}" => lb },
  )
}

# One certificate for <domain> and *.<domain> covers every public name. ACM renews a DNS-validated
# certificate by itself as long as the validation records stay in the zone.
resource "aws_acm_certificate" "alb" {
  domain_name               = "`+((l=(s=d(t,"domain")||c(n,"domain",{start:{line:33,column:33},end:{line:33,column:39}}),typeof s===m?s.call(u,{name:"domain",hash:{},data:a,loc:{start:{line:33,column:31},end:{line:33,column:41}}}):s))!=null?l:"")+`"
  subject_alternative_names = ["*.`+((l=(s=d(t,"domain")||c(n,"domain",{start:{line:34,column:36},end:{line:34,column:42}}),typeof s===m?s.call(u,{name:"domain",hash:{},data:a,loc:{start:{line:34,column:34},end:{line:34,column:44}}}):s))!=null?l:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`+((l=d(t,"if").call(u,d(n,"cdn"),{name:"if",hash:{},fn:e.program(3,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:53,column:7}}}))!=null?l:"")+`
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
`+((l=d(t,"if").call(u,d(n,"cdn"),{name:"if",hash:{},fn:e.program(4,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:76,column:0},end:{line:83,column:7}}}))!=null?l:"")+`
# ACM publishes DaysToExpiry daily; a renewal that cannot complete (validation record deleted) shows here first.
resource "aws_cloudwatch_metric_alarm" "certificate_expiry" {
  alarm_name          = "`+((l=(s=d(t,"name")||c(n,"name",{start:{line:87,column:27},end:{line:87,column:31}}),typeof s===m?s.call(u,{name:"name",hash:{},data:a,loc:{start:{line:87,column:25},end:{line:87,column:33}}}):s))!=null?l:"")+`-certificate-expiry"
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
`+((l=d(t,"if").call(u,d(n,"cdn"),{name:"if",hash:{},fn:e.program(5,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:100,column:0},end:{line:191,column:7}}}))!=null?l:"")+`
# Each public name points at its CloudFront distribution`+((l=d(t,"unless").call(u,d(n,"cdn"),{name:"unless",hash:{},fn:e.program(7,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:193,column:56},end:{line:193,column:114}}}))!=null?l:"")+`.
resource "aws_route53_record" "edge" {
  for_each = local.edge_hosts
  zone_id  = data.aws_route53_zone.edge.zone_id
  name     = each.value.host
  type     = "A"

  alias {
`+((l=d(t,"if").call(u,d(n,"cdn"),{name:"if",hash:{},fn:e.program(8,a,0,o,r),inverse:e.program(9,a,0,o,r),data:a,loc:{start:{line:201,column:0},end:{line:207,column:7}}}))!=null?l:"")+`    evaluate_target_health = false
  }
}
`+((l=d(t,"if").call(u,d(n,"cdnWaf"),{name:"if",hash:{},fn:e.program(10,a,0,o,r),inverse:e.noop,data:a,loc:{start:{line:211,column:0},end:{line:269,column:7}}}))!=null?l:"")+`
output "edge_urls" {
  value = { for k, h in local.edge_hosts : k => "https://\${h.host}" }
}
`},useData:!0,useDepths:!0},"terraform/edge/aws-ecs/module-edge.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:3,column:32},end:{line:3,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:3,column:30},end:{line:3,column:37}}}):r))!=null?o:"")+" = { dns_name = aws_lb."+((o=(r=u(t,"key")||l(n,"key",{start:{line:3,column:62},end:{line:3,column:65}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:3,column:60},end:{line:3,column:67}}}):r))!=null?o:"")+".dns_name, zone_id = aws_lb."+((o=(r=u(t,"key")||l(n,"key",{start:{line:3,column:97},end:{line:3,column:100}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:3,column:95},end:{line:3,column:102}}}):r))!=null?o:"")+".zone_id }"+((o=u(t,"unless").call(s,u(a,"last"),{name:"unless",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:112},end:{line:3,column:142}}}))!=null?o:"")},1:function(e,n,t,i,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`# What infra/edge.tf points public names and CloudFront at.
output "load_balancers" {
  value = { `+((o=r(t,"each").call(n??(e.nullContext||{}),r(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:3,column:12},end:{line:3,column:151}}}))!=null?o:"")+` }
}
`},useData:!0},"terraform/edge/azure-container-apps/costs.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c=e.lambda,u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alert_email."
  default     = [`+((o=u(t,"each").call(l,u(u(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:17},end:{line:39,column:94}}}))!=null?o:"")+`]
}

# Each environment's resource group has the monthly budget (`+((o=c(s(u(n,"budget"),"currency",{start:{line:42,column:62},end:{line:42,column:77}}),n))!=null?o:"")+`, the billing account's currency).
resource "azurerm_consumption_budget_resource_group" "monthly" {
  for_each          = azurerm_resource_group.env
  name              = "`+((o=(r=u(t,"name")||s(n,"name",{start:{line:45,column:25},end:{line:45,column:29}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:45,column:23},end:{line:45,column:31}}}):r))!=null?o:"")+`-\${each.key}-monthly"
  resource_group_id = each.value.id
  amount            = `+((o=c(s(u(n,"budget"),"monthly",{start:{line:47,column:24},end:{line:47,column:38}}),n))!=null?o:"")+`
  time_grain        = "Monthly"

  time_period {
    # The current month at the first apply; Azure refuses a start in the past.
    start_date = formatdate("YYYY-MM-01'T'00:00:00Z", timestamp())
  }
`+((o=u(t,"each").call(l,u(u(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:54,column:0},end:{line:64,column:9}}}))!=null?o:"")+`
  lifecycle {
    ignore_changes = [time_period]
  }
}
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:39,column:55},end:{line:39,column:85}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
  notification {
    enabled        = true
    threshold      = `+((o=(r=u(t,"percent")||l(n,"percent",{start:{line:58,column:23},end:{line:58,column:30}}),typeof r===c?r.call(s,{name:"percent",hash:{},data:a,loc:{start:{line:58,column:21},end:{line:58,column:32}}}):r))!=null?o:"")+`
    threshold_type = "`+((o=(r=u(t,"azureType")||l(n,"azureType",{start:{line:59,column:24},end:{line:59,column:33}}),typeof r===c?r.call(s,{name:"azureType",hash:{},data:a,loc:{start:{line:59,column:22},end:{line:59,column:35}}}):r))!=null?o:"")+`"
    operator       = "GreaterThan"
    contact_emails = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alert_email]
    contact_groups = [azurerm_monitor_action_group.oncall.id]
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Cost of "+((o=(r=u(t,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+` (issue 15): tags that attribute spend and a monthly budget per environment. docs/costs.md.

locals {
  cost_tags = `+((o=(r=u(t,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:4,column:17},end:{line:4,column:28}}),typeof r===c?r.call(s,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:4,column:14},end:{line:4,column:31}}}):r))!=null?o:"")+`

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
`+((o=u(t,"if").call(s,u(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:34,column:0},end:{line:70,column:7}}}))!=null?o:"")},useData:!0},"terraform/edge/azure-container-apps/edge.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"quotedId")||l(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof r===c?r.call(s,{name:"quotedId",hash:{},data:a,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):r))!=null?o:"")+' = { host = "'+((o=(r=u(t,"host")||l(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof r===c?r.call(s,{name:"host",hash:{},data:a,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):r))!=null?o:"")+'", record = "'+((o=(r=u(t,"record")||l(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof r===c?r.call(s,{name:"record",hash:{},data:a,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):r))!=null?o:"")+'", static_paths = ['+((o=u(t,"each").call(s,u(n,"staticPaths"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:81},end:{line:8,column:151}}}))!=null?o:"")+`] }
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:8,column:112},end:{line:8,column:142}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},3:function(e,n,t,i,a){return`  dns_zone_id              = data.azurerm_dns_zone.edge.id
`},4:function(e,n,t,i,a){return`
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
`},5:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# One client may send `+((o=(r=u(t,"rateLimit")||l(n,"rateLimit",{start:{line:106,column:24},end:{line:106,column:33}}),typeof r===c?r.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:106,column:22},end:{line:106,column:35}}}):r))!=null?o:"")+` requests in 5 minutes; more are blocked at the edge.
resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:108,column:27},end:{line:108,column:38}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:a,loc:{start:{line:108,column:25},end:{line:108,column:40}}}):r))!=null?o:"")+`edge"
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
    rate_limit_threshold           = `+((o=(r=u(t,"rateLimit")||l(n,"rateLimit",{start:{line:121,column:39},end:{line:121,column:48}}),typeof r===c?r.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:121,column:37},end:{line:121,column:50}}}):r))!=null?o:"")+`

    # Every address matches: the limit applies to each client.
    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["0.0.0.0/0", "::/0"]
    }
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "edge" {
  name                     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:133,column:32},end:{line:133,column:36}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:133,column:30},end:{line:133,column:38}}}):r))!=null?o:"")+`-edge"
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
`},6:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
variable "dns_zone_resource_group" {
  type        = string
  description = "Resource group of the Azure DNS zone `+((o=(r=u(t,"dnsZone")||l(n,"dnsZone",{start:{line:156,column:56},end:{line:156,column:63}}),typeof r===c?r.call(s,{name:"dnsZone",hash:{},data:a,loc:{start:{line:156,column:54},end:{line:156,column:65}}}):r))!=null?o:"")+`."
}

data "azurerm_dns_zone" "edge" {
  name                = "`+((o=(r=u(t,"dnsZone")||l(n,"dnsZone",{start:{line:160,column:27},end:{line:160,column:34}}),typeof r===c?r.call(s,{name:"dnsZone",hash:{},data:a,loc:{start:{line:160,column:25},end:{line:160,column:36}}}):r))!=null?o:"")+`"
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
`},7:function(e,n,t,i,a){return", [for k, r in azurerm_cdn_frontdoor_route.static : r.id if k == each.key]"},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Edge of "+((o=(r=u(t,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+`: Azure Front Door with managed certificates, static caching and a WAF rate limit,
# in front of the container apps (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((o=u(t,"each").call(s,u(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+`  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" {
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:14,column:27},end:{line:14,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:14,column:25},end:{line:14,column:33}}}):r))!=null?o:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  sku_name            = "Standard_AzureFrontDoor"
  tags                = local.cost_tags
}

resource "azurerm_cdn_frontdoor_endpoint" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:22,column:32},end:{line:22,column:36}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:22,column:30},end:{line:22,column:38}}}):r))!=null?o:"")+`-\${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
  tags                     = local.cost_tags
}

resource "azurerm_cdn_frontdoor_origin_group" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:29,column:32},end:{line:29,column:36}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:29,column:30},end:{line:29,column:38}}}):r))!=null?o:"")+`-\${each.key}"
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
  name                           = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:44,column:38},end:{line:44,column:42}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:44,column:36},end:{line:44,column:44}}}):r))!=null?o:"")+`-\${each.key}"
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
`+((o=u(t,"if").call(s,u(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:58,column:0},end:{line:60,column:7}}}))!=null?o:"")+`
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
`+((o=u(t,"if").call(s,u(n,"cdn"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:81,column:0},end:{line:103,column:7}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"waf"),{name:"if",hash:{},fn:e.program(5,a,0),inverse:e.noop,data:a,loc:{start:{line:104,column:0},end:{line:151,column:7}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"dnsZone"),{name:"if",hash:{},fn:e.program(6,a,0),inverse:e.noop,data:a,loc:{start:{line:152,column:0},end:{line:194,column:7}}}))!=null?o:"")+`
resource "azurerm_cdn_frontdoor_custom_domain_association" "edge" {
  for_each                       = local.edge_hosts
  cdn_frontdoor_custom_domain_id = azurerm_cdn_frontdoor_custom_domain.edge[each.key].id
  cdn_frontdoor_route_ids        = concat([azurerm_cdn_frontdoor_route.app[each.key].id]`+((o=u(t,"if").call(s,u(n,"cdn"),{name:"if",hash:{},fn:e.program(7,a,0),inverse:e.noop,data:a,loc:{start:{line:199,column:88},end:{line:199,column:180}}}))!=null?o:"")+`)
}

# The served certificate, seen from outside: a standard test per production name fails 14 days before expiry.
resource "azurerm_application_insights" "edge" {
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:204,column:27},end:{line:204,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:204,column:25},end:{line:204,column:33}}}):r))!=null?o:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  application_type    = "web"
  workspace_id        = azurerm_log_analytics_workspace.env["production"].id
  tags                = local.cost_tags
}

resource "azurerm_application_insights_standard_web_test" "certificate" {
  for_each                = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  name                    = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:214,column:31},end:{line:214,column:35}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:214,column:29},end:{line:214,column:37}}}):r))!=null?o:"")+`-\${each.key}-certificate"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:236,column:27},end:{line:236,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:236,column:25},end:{line:236,column:33}}}):r))!=null?o:"")+`-\${each.key}-certificate-expiry"
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
`},useData:!0},"terraform/edge/compose/edge.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# Static paths are content-hashed or collected: cached at the edge for a month, in browsers as the app says.
resource "cloudflare_ruleset" "cache" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:9,column:15},end:{line:9,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:9,column:13},end:{line:9,column:21}}}):r))!=null?o:"")+` static cache"
  kind    = "zone"
  phase   = "http_request_cache_settings"

  rules {
    description = "Cache static paths"
    expression  = "`+((o=(r=u(t,"cacheExpression")||l(n,"cacheExpression",{start:{line:15,column:22},end:{line:15,column:37}}),typeof r===c?r.call(s,{name:"cacheExpression",hash:{},data:a,loc:{start:{line:15,column:19},end:{line:15,column:40}}}):r))!=null?o:"")+`"
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
`},1:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# One client may send `+((o=(r=u(t,"rateLimit")||l(n,"rateLimit",{start:{line:33,column:24},end:{line:33,column:33}}),typeof r===c?r.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:33,column:22},end:{line:33,column:35}}}):r))!=null?o:"")+` requests in 5 minutes; more get 429 for 10 minutes. The free plan
# allows a 10-second period only: adjust period and requests_per_period to the zone's plan.
resource "cloudflare_ruleset" "rate_limit" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:37,column:15},end:{line:37,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:37,column:13},end:{line:37,column:21}}}):r))!=null?o:"")+` rate limit"
  kind    = "zone"
  phase   = "http_ratelimit"

  rules {
    description = "Limit each client"
    expression  = "`+((o=(r=u(t,"hostExpression")||l(n,"hostExpression",{start:{line:43,column:22},end:{line:43,column:36}}),typeof r===c?r.call(s,{name:"hostExpression",hash:{},data:a,loc:{start:{line:43,column:19},end:{line:43,column:39}}}):r))!=null?o:"")+`"
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
      requests_per_period = `+((o=(r=u(t,"rateLimit")||l(n,"rateLimit",{start:{line:56,column:30},end:{line:56,column:39}}),typeof r===c?r.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:56,column:28},end:{line:56,column:41}}}):r))!=null?o:"")+`
      mitigation_timeout  = 600
    }
  }
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"# Edge of "+((o=(r=s(t,"name")||e.strict(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+` behind the Cloudflare tunnel (issue 15): Cloudflare terminates TLS with its own
# edge certificate, which it renews; these rules cache the static paths and limit each client.
# docs/cdn.md explains them.
`+((o=s(t,"if").call(l,s(n,"cdn"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:4,column:0},end:{line:30,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"waf"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:61,column:7}}}))!=null?o:"")+`
# HTTPS only, TLS 1.2 or later, between visitors and Cloudflare.
resource "cloudflare_zone_settings_override" "tls" {
  zone_id = var.cloudflare_zone_id
  settings {
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
  }
}
`},useData:!0},"terraform/edge/gcp-cloud-run/costs.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`
variable "billing_account" {
  type        = string
  description = "Billing account id (XXXXXX-XXXXXX-XXXXXX) the budget watches."
}

data "google_project" "this" {
  project_id = var.project_id
}

resource "google_monitoring_notification_channel" "budget" {
  for_each     = toset([`+((o=m(t,"each").call(l,m(m(n,"budget"),"alertEmails"),{name:"each",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:19,column:24},end:{line:19,column:101}}}))!=null?o:"")+`])
  display_name = "`+((o=(r=m(t,"name")||s(n,"name",{start:{line:20,column:20},end:{line:20,column:24}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:20,column:18},end:{line:20,column:26}}}):r))!=null?o:"")+` budget \${each.key}"
  type         = "email"
  labels = {
    email_address = each.key
  }
}

resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "`+((o=(r=m(t,"name")||s(n,"name",{start:{line:29,column:23},end:{line:29,column:27}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:29,column:21},end:{line:29,column:29}}}):r))!=null?o:"")+` monthly"

  budget_filter {
    projects = ["projects/\${data.google_project.this.number}"]
  }

  amount {
    specified_amount {
      currency_code = "`+((o=u(s(m(n,"budget"),"currency",{start:{line:37,column:25},end:{line:37,column:40}}),n))!=null?o:"")+`"
      units         = "`+((o=u(s(m(n,"budget"),"units",{start:{line:38,column:25},end:{line:38,column:37}}),n))!=null?o:"")+`"
    }
  }
`+((o=m(t,"each").call(l,m(m(n,"budget"),"notifications"),{name:"each",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:41,column:0},end:{line:47,column:9}}}))!=null?o:"")+`
  all_updates_rule {
    monitoring_notification_channels = concat([google_monitoring_notification_channel.email.id], [for c in google_monitoring_notification_channel.budget : c.id])
    disable_default_iam_recipients   = false
  }
}
`},1:function(e,n,t,i,a){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return'"'+((o=e.lambda(n,n))!=null?o:"")+'"'+((o=r(t,"unless").call(n??(e.nullContext||{}),r(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:19,column:62},end:{line:19,column:92}}}))!=null?o:"")},2:function(e,n,t,i,a){return", "},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
  threshold_rule {
    threshold_percent = `+((o=(r=u(t,"fraction")||l(n,"fraction",{start:{line:44,column:26},end:{line:44,column:34}}),typeof r===c?r.call(s,{name:"fraction",hash:{},data:a,loc:{start:{line:44,column:24},end:{line:44,column:36}}}):r))!=null?o:"")+`
    spend_basis       = "`+((o=(r=u(t,"gcpBasis")||l(n,"gcpBasis",{start:{line:45,column:27},end:{line:45,column:35}}),typeof r===c?r.call(s,{name:"gcpBasis",hash:{},data:a,loc:{start:{line:45,column:25},end:{line:45,column:37}}}):r))!=null?o:"")+`"
  }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Cost of "+((o=(r=u(t,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+` (issue 15): labels that attribute spend and a monthly budget. docs/costs.md.

locals {
  # The google provider adds these to every resource that takes labels (default_labels).
  cost_labels = `+((o=(r=u(t,"costTagsHcl")||l(n,"costTagsHcl",{start:{line:5,column:19},end:{line:5,column:30}}),typeof r===c?r.call(s,{name:"costTagsHcl",hash:{},data:a,loc:{start:{line:5,column:16},end:{line:5,column:33}}}):r))!=null?o:"")+`
}
`+((o=u(t,"if").call(s,u(n,"budget"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:54,column:7}}}))!=null?o:"")},useData:!0},"terraform/edge/gcp-cloud-run/edge.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"    "+((o=(r=u(t,"quotedId")||l(n,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof r===c?r.call(s,{name:"quotedId",hash:{},data:a,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):r))!=null?o:"")+' = { host = "'+((o=(r=u(t,"host")||l(n,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof r===c?r.call(s,{name:"host",hash:{},data:a,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):r))!=null?o:"")+'", record = "'+((o=(r=u(t,"record")||l(n,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof r===c?r.call(s,{name:"record",hash:{},data:a,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):r))!=null?o:"")+`" }
`},1:function(e,n,t,i,a){return`  security_policy       = google_compute_security_policy.edge.id
`},2:function(e,n,t,i,a){return`  enable_cdn            = true

  # Static content types (scripts, styles, fonts, images) are cached; the app's own Cache-Control wins.
  cdn_policy {
    cache_mode        = "CACHE_ALL_STATIC"
    default_ttl       = 86400
    max_ttl           = 31536000
    client_ttl        = 86400
    negative_caching  = true
    serve_while_stale = 86400
  }
`},3:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
variable "dns_zone_name" {
  type        = string
  description = "Cloud DNS managed zone (its resource name) that serves `+((o=(r=u(t,"dnsZone")||l(n,"dnsZone",{start:{line:134,column:74},end:{line:134,column:81}}),typeof r===c?r.call(s,{name:"dnsZone",hash:{},data:a,loc:{start:{line:134,column:72},end:{line:134,column:83}}}):r))!=null?o:"")+`."
  default     = "`+((o=(r=u(t,"dnsZoneResource")||l(n,"dnsZoneResource",{start:{line:135,column:19},end:{line:135,column:34}}),typeof r===c?r.call(s,{name:"dnsZoneResource",hash:{},data:a,loc:{start:{line:135,column:17},end:{line:135,column:36}}}):r))!=null?o:"")+`"
}

resource "google_dns_record_set" "edge" {
  for_each     = local.edge_hosts
  managed_zone = var.dns_zone_name
  name         = "\${each.value.host}."
  type         = "A"
  ttl          = 300
  rrdatas      = [google_compute_global_address.edge.address]
}
`},4:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"; infra/edge.tf does in "+((o=(r=l(t,"dnsZone")||e.strict(n,"dnsZone",{start:{line:198,column:99},end:{line:198,column:106}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"dnsZone",hash:{},data:a,loc:{start:{line:198,column:97},end:{line:198,column:108}}}):r))!=null?o:"")},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return"# Edge of "+((o=(r=u(t,"name")||l(n,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?o:"")+`: a global external load balancer with a Google-managed certificate, Cloud CDN and
# Cloud Armor in front of the Cloud Run services (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((o=u(t,"each").call(s,u(n,"hosts"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+`  }
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
  name                  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:25,column:29},end:{line:25,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:25,column:27},end:{line:25,column:35}}}):r))!=null?o:"")+`-\${each.key}"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
`+((o=u(t,"if").call(s,u(n,"waf"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"cdn"),{name:"if",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:31,column:0},end:{line:43,column:7}}}))!=null?o:"")+`
  backend {
    group = each.value.id
  }
}

resource "google_compute_url_map" "edge" {
  name            = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:51,column:23},end:{line:51,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:51,column:21},end:{line:51,column:29}}}):r))!=null?o:"")+`-edge"
  default_service = google_compute_backend_service.edge["production-`+((o=(r=u(t,"defaultKey")||l(n,"defaultKey",{start:{line:52,column:70},end:{line:52,column:80}}),typeof r===c?r.call(s,{name:"defaultKey",hash:{},data:a,loc:{start:{line:52,column:68},end:{line:52,column:82}}}):r))!=null?o:"")+`"].id

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
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:73,column:12},end:{line:73,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:73,column:10},end:{line:73,column:18}}}):r))!=null?o:"")+`-edge"
  managed {
    domains = [for h in local.edge_hosts : h.host]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_ssl_policy" "edge" {
  name            = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:84,column:23},end:{line:84,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:84,column:21},end:{line:84,column:29}}}):r))!=null?o:"")+`-edge"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_global_address" "edge" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:90,column:12},end:{line:90,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:90,column:10},end:{line:90,column:18}}}):r))!=null?o:"")+`-edge"
}

resource "google_compute_target_https_proxy" "edge" {
  name             = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:94,column:24},end:{line:94,column:28}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:94,column:22},end:{line:94,column:30}}}):r))!=null?o:"")+`-edge"
  url_map          = google_compute_url_map.edge.id
  ssl_certificates = [google_compute_managed_ssl_certificate.edge.id]
  ssl_policy       = google_compute_ssl_policy.edge.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:101,column:29},end:{line:101,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:101,column:27},end:{line:101,column:35}}}):r))!=null?o:"")+`-https"
  target                = google_compute_target_https_proxy.edge.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "redirect" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:110,column:12},end:{line:110,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:110,column:10},end:{line:110,column:18}}}):r))!=null?o:"")+`-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:119,column:15},end:{line:119,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:119,column:13},end:{line:119,column:21}}}):r))!=null?o:"")+`-redirect"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:124,column:29},end:{line:124,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:124,column:27},end:{line:124,column:35}}}):r))!=null?o:"")+`-http"
  target                = google_compute_target_http_proxy.redirect.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
`+((o=u(t,"if").call(s,u(n,"dnsZone"),{name:"if",hash:{},fn:e.program(3,a,0),inverse:e.noop,data:a,loc:{start:{line:130,column:0},end:{line:146,column:7}}}))!=null?o:"")+`
# The served certificate, seen from outside: an uptime check per production name, alerting 14 days before expiry.
resource "google_monitoring_uptime_check_config" "edge" {
  for_each     = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:151,column:20},end:{line:151,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:151,column:18},end:{line:151,column:26}}}):r))!=null?o:"")+` \${each.value.host}"
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
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:176,column:20},end:{line:176,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:176,column:18},end:{line:176,column:26}}}):r))!=null?o:"")+`: certificate expires within 14 days"
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
  description = "Point every public name at it (A records)`+((o=u(t,"if").call(s,u(n,"dnsZone"),{name:"if",hash:{},fn:e.program(4,a,0),inverse:e.noop,data:a,loc:{start:{line:198,column:58},end:{line:198,column:115}}}))!=null?o:"")+`."
  value       = google_compute_global_address.edge.address
}
`},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):r))!=null?o:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:a,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):r))!=null?o:"")+`"
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
  name     = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:a,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):r))!=null?o:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):r))!=null?o:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(r=u(t,"name")||l(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):r))!=null?o:"")+"/"+((o=(r=u(t,"name")||l(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):r))!=null?o:"")+`-backend:bootstrap"
        command = `+((o=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof r===c?r.call(s,{name:"migrateCommand",hash:{},data:a,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):r))!=null?o:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=u(t,"if").call(l,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:1,column:0},end:{line:65,column:7}}}))!=null?o:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((o=(r=u(t,"name")||s(n,"name",{start:{line:69,column:16},end:{line:69,column:20}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:69,column:14},end:{line:69,column:22}}}):r))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((o=(r=u(t,"minReplicas")||s(n,"minReplicas",{start:{line:76,column:70},end:{line:76,column:81}}),typeof r===c?r.call(l,{name:"minReplicas",hash:{},data:a,loc:{start:{line:76,column:68},end:{line:76,column:83}}}):r))!=null?o:"")+` : 0
      max_instance_count = `+((o=(r=u(t,"maxReplicas")||s(n,"maxReplicas",{start:{line:77,column:29},end:{line:77,column:40}}),typeof r===c?r.call(l,{name:"maxReplicas",hash:{},data:a,loc:{start:{line:77,column:27},end:{line:77,column:42}}}):r))!=null?o:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(r=u(t,"name")||s(n,"name",{start:{line:80,column:64},end:{line:80,column:68}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:80,column:62},end:{line:80,column:70}}}):r))!=null?o:"")+"/"+((o=(r=u(t,"name")||s(n,"name",{start:{line:80,column:73},end:{line:80,column:77}}),typeof r===c?r.call(l,{name:"name",hash:{},data:a,loc:{start:{line:80,column:71},end:{line:80,column:79}}}):r))!=null?o:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
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
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:a,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):r))!=null?o:"")+`"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):r))!=null?o:"")+`-backup"
  display_name = "backup.yml of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):r))!=null?o:"")+`"
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
`},1:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:a,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):r))!=null?o:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):r))!=null?o:"")+`-github"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):r))!=null?o:"")+`-deploy"
  display_name = "GitHub deploy of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):r))!=null?o:"")+`"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):r))!=null?o:"")+`-runtime"
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):r))!=null?o:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):r))!=null?o:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook and the per-client rate limit. With deploy.domain, infra/edge.tf attaches it to
# the external HTTPS load balancer in front of Cloud Run.
resource "google_compute_security_policy" "edge" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):r))!=null?o:"")+`-production-edge"

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
        count        = `+((o=(r=u(t,"rateLimit")||l(n,"rateLimit",{start:{line:78,column:25},end:{line:78,column:34}}),typeof r===c?r.call(s,{name:"rateLimit",hash:{},data:a,loc:{start:{line:78,column:23},end:{line:78,column:36}}}):r))!=null?o:"")+`
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
`+((o=u(t,"if").call(s,u(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?o:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):r))!=null?o:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):r))!=null?o:"")+`: more than 5% 5xx"
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
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):r))!=null?o:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):r))!=null?o:"")+`: CPU above 90%"
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
`+((o=u(t,"if").call(s,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?o:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:a,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):r))!=null?o:"")+" = { port = "+((o=(r=u(t,"port")||l(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof r===c?r.call(s,{name:"port",hash:{},data:a,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):r))!=null?o:"")+', health = "'+((o=u(t,"if").call(s,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?o:"")+'" }'+((o=u(t,"unless").call(s,u(a,"last"),{name:"unless",hash:{},fn:e.program(2,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?o:"")},1:function(e,n,t,i,a){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return(o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:a,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):r))!=null?o:""},2:function(e,n,t,i,a){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((o=(r=s(t,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:a,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):r))!=null?o:"")+`"
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
  services     = { `+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,a,0),inverse:e.noop,data:a,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?o:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`terraform {
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
    bucket = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):r))!=null?o:"")+`-tfstate"
    prefix = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):r))!=null?o:"")+`"
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
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,i,a){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`terraform {
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
    secret_suffix = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):r))!=null?o:"")+`"
    namespace     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:a,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):r))!=null?o:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function El(e){let n=Ph[e];if(!n)throw new Error(`No template ${e} in this build`);return $l.template(n)}var Ol=new Map;function T(e,n){let t=Ol.get(e);return t||(t=El(e),Ol.set(e,t)),t(n)}import{posix as Lh}from"node:path";var Pl={"X-Forwarded-Proto":"https"};function R(e){let n=e.deploy.healthPath;return n?{path:n,route:!0}:{path:"/",route:!1}}function xe(){return{path:"/",route:!1}}function Z(e){return e.route?400:500}function Cl(e,n){return e.route?`GET ${e.path} on port ${n} answers below 400`:`GET / on port ${n} answers below 500 (no health route: any answer shows the server is up)`}function ee(e,n,t){let i=`http://127.0.0.1:${n}${t.path}`,a=Z(t);switch(e){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${i}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${a})`].join(`
`)];case"node":return["node","-e",`fetch('${i}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${a} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",i]}}var ne=Object.fromEntries(Object.entries(Os.tools).map(([e,n])=>[e,n.version]));var Un=Es.images;function N(e){let n=Un[e];if(!n)throw H(`No pinned digest for image "${e}". Pinned: ${Object.keys(Un).sort().join(", ")}`);return`${n.image}:${n.tag}@${n.digest}`}function B1(){let e=(n,t)=>Object.values(Un).filter(i=>i.image===n&&i.tag.endsWith(t)).map(i=>i.tag.slice(0,-t.length));return{node:e("node","-alpine"),python:e("python","-slim")}}function Wo(e){let n=e.split(".").slice(0,2).join(".");return Tl("python",`${n}-slim`,"backend.version",e)}function Yo(e,n){let t=e.split(".")[0]??e;return Tl("node",`${t}-alpine`,n,e)}function Tl(e,n,t,i){let a=`${e}:${n}`;if(!Un[a]){let o=Object.values(Un).filter(r=>r.image===e).map(r=>r.tag.replace(/-(slim|alpine)$/,""));throw H(`${t}: ${JSON.stringify(i)} has no pinned ${e} base image. Allowed: ${o.join(", ")} (see docs/base-images.md to add one)`)}return N(a)}var Yt="17",xl=`postgres:${Yt}-alpine`,Ch=`postgis/postgis:${Yt}-3.5-alpine`;function fn(e){return N(e.database==="postgis"?Ch:xl)}function hn(){return N(xl)}function Jt(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:t=>n?`${e.workspaceDir}/${t}`:t}}function gn(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var Gn="/app",Al=e=>e==="."?Gn:`${Gn}/${e}`;function Th(e){return e.backend.kind==="fastapi"||/(^|\.)asgi:/.test(e.backend.app)}function Xt(e){let{port:n,appDir:t,migrationsDir:i,server:a}=e.backend,o=e.backend.appFactory?`${e.backend.app}()`:e.backend.app,r=t===i?[]:["--chdir",Al(t)];switch(a){case"uvicorn":return{packages:[`uvicorn==${ne.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(n),...t===i?[]:["--app-dir",Al(t)],...e.backend.appFactory?["--factory",e.backend.app]:[e.backend.app]]};case"daphne":return{packages:[`daphne==${ne.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(n),o]};case"gunicorn":{let l=Th(e);return{packages:[`gunicorn==${ne.gunicorn}`,...l?[`uvicorn-worker==${ne["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${n}`,...l?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...r,o]}}}}var Rl={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${ne.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${ne.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function Qt(e,n){let t=e.backend.packageManager,i=Rl[t]??Rl.pip,a=e.database==="postgres"||e.database==="postgis",o=[...a?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],r=Xt(e),s=`python -c "import ${r.packages.map(d=>d.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${i.add} ${r.packages.join(" ")}`,{port:c,migrationsDir:u,settingsModule:m}=e.backend;return{title:n,serverName:r.argv[0],serverCmdline:r.argv.join(" "),baseImage:Wo(e.backend.version),tool:i.tool,uv:t==="uv",manifests:i.manifests,install:i.install,ensureServer:s,buildPackages:a?["libpq-dev"]:[],runtimePackages:o,settingsModule:m,collectStatic:e.backend.kind==="django"&&e.backend.collectStatic?xh(e):void 0,pythonPath:e.backend.server==="daphne"&&e.backend.appDir!==u?e.backend.appDir==="."?Gn:`${Gn}/${e.backend.appDir}`:void 0,workdir:u==="."?void 0:u,port:c,healthcheck:gn(ee("python",c,R(e))),cmd:gn(r.argv)}}function xh(e){let n='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(e.backend.importEnv??[]).map(i=>`${i}=${/DATABASE_URL|_DB_URL$/.test(i)?"sqlite:////tmp/collectstatic.sqlite3":n}`),"python manage.py collectstatic --noinput"].join(" ")}var Il={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:R,port:e=>e.backend.port,context:e=>Qt(e,"Django")};var Dl="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function Ah(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[Dl,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[Dl,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${N("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}var Zt=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port,buildScript:e.backend.buildScript===!1?void 0:e.backend.buildScript??Rh(e)}),Rh=e=>e.backend.kind==="nestjs"?"build":void 0,Hn=e=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:e.frontend.port,buildScript:"build"});function be(e,n,t){let i=Jt(n),a=Ah(e.packageManager),{cmd:o,healthcheck:r,...l}=t(a,i);return{...i,baseImage:Yo(e.nodeVersion,e.versionKey),pm:a,build:e.buildScript?a.run(e.buildScript):void 0,port:e.port,...l,healthcheck:gn(r),cmd:gn(o)}}var Nl={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:R,port:e=>e.backend.port,context:(e,n)=>be(Zt(e),n,t=>({...e.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${t.run("build")}; fi`}:{},healthcheck:ee("node",e.backend.port,R(e)),cmd:e.backend.start??["node","."]}))};var Ll={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:R,port:e=>e.backend.port,context:e=>Qt(e,"FastAPI")};var Ih=["node","dist/main.js"],Bl={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:R,port:e=>e.backend.port,context:(e,n)=>be(Zt(e),n,()=>({healthcheck:ee("node",e.backend.port,R(e)),cmd:e.backend.start??Ih}))};var Jo="docker/nginx-spa.conf";function Xo(e){return e.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var yn={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:xe,port:e=>e.frontend.port,context:(e,n)=>be(Hn(e),n,(t,i)=>({title:Xo(e).title,outDir:e.frontend.outDir,runtimeImage:N("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:i.inService(Jo),healthcheck:ee("busybox",e.frontend.port,xe()),cmd:["nginx","-g","daemon off;"]}))};var Dh={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:xe,port:e=>e.frontend.port,context:(e,n)=>be(Hn(e),n,(t,i)=>({healthcheck:ee("node",e.frontend.port,xe()),cmd:["node",i.inService("server.js")]}))},Nh={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:xe,port:e=>e.frontend.port,context:(e,n)=>be(Hn(e),n,t=>({prune:t.prune,healthcheck:ee("node",e.frontend.port,xe()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(e.frontend.port)]}))},jl={standalone:Dh,default:Nh,export:yn};var Ml={django:Il,fastapi:Ll,express:Nl,nestjs:Bl};function ql(e){switch(e.frontend.kind){case"nextjs":return jl[e.frontend.nextOutput];case"react-vite":return yn;case"none":return}}var Fn=(e,n)=>e==="."?n:`${e}/${n}`;function Bh(e,n,t){let i=Lh.relative(e==="."?"":e,n==="."?"":n);if(i.startsWith(".."))throw H(`${t}.context: "${e}" must contain ${t}.dir "${n}" (it is the folder the build starts from)`);return i===""?".":i}function L(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,t=[],i=(l,s,c,u)=>{let m=Bh(c,s,l),d=n?`Dockerfile.${l}`:"Dockerfile";t.push({role:l,dir:s,context:c,dockerfile:Fn(m,d),workspaceDir:m,strategy:u,port:u.port(e),probe:u.probe(e)})},{backend:a,frontend:o}=e;if(a.kind!=="none"){if(a.context!==a.dir&&(a.kind==="django"||a.kind==="fastapi"))throw H(`backend.context: a separate build context is supported for Node.js services; ${a.kind} builds from backend.dir`);i("backend",a.dir,a.context,Ml[a.kind])}let r=ql(e);return r&&i("frontend",o.dir,o.context??o.dir,r),t}function K(e){return Fn(e.context,e.dockerfile)}function Qo(e){return e.dockerfile==="Dockerfile"?Fn(e.context,".dockerignore"):`${K(e)}.dockerignore`}function jh(e,n){let t=n.strategy.context(e,n);return JSON.parse(t.cmd??"[]").join(" ")}function Ul(e,n){let t=n.map(a=>({role:a.role,kind:a.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:K(a),context:a.context,command:jh(e,a),port:a.port,probe:Cl(a.probe,a.port),packageManager:a.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),i=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:T("docs/containers.md.hbs",{images:t,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:i,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:R(e).route,healthPath:R(e).path,workspace:n.some(a=>a.workspaceDir!=="."),pythonPackages:i?Xt(e).packages.join(", "):""})}}var er="docker";function Mh(e,n){let t=[{kind:"text",path:K(n),component:er,comment:"hash",text:T(n.strategy.template,n.strategy.context(e,n))},{kind:"text",path:Qo(n),component:er,comment:"hash",text:T(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===yn&&t.push({kind:"text",path:Fn(n.dir,Jo),component:er,comment:"hash",text:T("docker/static/nginx-spa.conf.hbs",{port:n.port,...Xo(e)})}),t}var Gl={name:er,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=L(e);return n.length===0?[]:[...n.flatMap(t=>Mh(e,t)),Ul(e,n)]}};var Hl="ubuntu-24.04",qh={contents:"read"};function F(e,n,t,i={}){return{name:e,"runs-on":Hl,"timeout-minutes":n,permissions:{...qh},...i,steps:t}}function nr(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var zl="app";function tr(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:fn(e),env:{POSTGRES_DB:zl,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:N("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}var Fl=e=>/DATABASE_URL|_DB_URL$/.test(e);function _n(e,n=!1){if(e.backend.kind!=="django")return{env:{},generated:[]};let t=e.backend.importEnv??[],i={};for(let o of t.filter(Fl))i[o]=Kn(e).DATABASE_URL??"sqlite:///ci.sqlite3";let a=new Set(t.filter(o=>!Fl(o)));return n&&(a.add("DJANGO_SECRET_KEY"),i.DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1"),{env:i,generated:[...a].sort()}}function zn(e){return e.length===0?[]:[B("throwaway-secrets","Random values for the secrets the app requires at import (this run only)",e.map(n=>`echo "${n}=$(openssl rand -hex 32)" >> "$GITHUB_ENV"`).join(`
`))]}function Kn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgres://postgres@localhost:5432/${zl}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var Vl=e=>`ghcr.io/\${{ github.repository }}/${e}`,Wl="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",Kl=e=>`ci-${e.role}:latest`;function Yl(e,n,t={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:K(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...t}}}function Uh(e){let n=_n(e,!0);return{env:{...n.env,...Kn(e)},generated:n.generated}}function Jl(e,n){let t=e.role==="backend",i=t?tr(n):{},a=t?Uh(n):{env:{},generated:[]},r=["docker run --detach --name app --network host \\",...[...Object.keys(a.env),...a.generated].sort().map(s=>`  --env ${s} \\`),'  "$IMAGE"'].join(`
`),l=`http://localhost:${e.port}`;return F(`Image ${e.role}: build and performance smoke test`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},Yl(e,!1,{load:!0,tags:Kl(e)}),...zn(a.generated),B("start","Start the container",r,{env:{IMAGE:Kl(e),...a.env}}),B("wait-healthy","Wait until the container's health check passes",["for attempt in $(seq 1 60); do","  status=$(docker inspect --format '{{.State.Health.Status}}' app)",'  echo "attempt $attempt: $status"','  if [ "$status" = healthy ]; then exit 0; fi','  if [ "$status" = unhealthy ]; then break; fi',"  sleep 2","done",'echo "::error::The container did not become healthy"',"exit 1"].join(`
`)),{id:"setup-k6",name:"Set up k6",uses:k("grafana/setup-k6-action"),with:{"k6-version":ne.k6}},B("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:l,SMOKE_PATHS:e.probe.path,HEALTHY_BELOW:String(Z(e.probe))}}),B("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(i).length>0?{services:i}:{})}function Xl(e,n){return F(`Publish ${e.role} image to GHCR`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:k("docker/metadata-action"),with:{images:Vl(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},Yl(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}"})],{needs:[...n],if:Wl,permissions:{contents:"read",packages:"write"}})}var Ql={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},Zl="perf/smoke.js";function ec(e){return{kind:"text",path:Zl,component:"ci",comment:"slash",text:T("ci/k6-smoke.js.hbs",{...Ql,port:e.port,paths:[e.probe.path],healthyBelow:Z(e.probe)})}}var Zo=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function rr(e){return[I(),...e.stack.ci.setup(e.ctx),B("install","Install dependencies",e.stack.ci.install(e.ctx))]}function Vn(e,n,t,i,a,o={}){let r=e.ctx.gates[n];if(r==="off"||!a)return[];if(r==="enforce")return[B(t,i,a,o)];let l=`${e.role}.gates.${n}`;return[B(t,`${i} (report only: ${l})`,["status=0",`(
${a}
) || status=$?`,'if [ "$status" -ne 0 ]; then',`  echo "::warning::${i} found problems (exit $status); ${l} is report, so CI goes on"`,`  echo "- ${i}: problems found (exit $status), not enforced (${l}: report)" >> "$GITHUB_STEP_SUMMARY"`,"else",`  echo "- ${i}: passed" >> "$GITHUB_STEP_SUMMARY"`,"fi"].join(`
`),o)]}function nc(e){let n=e.stack.ci.testDir?.(e.ctx);return n&&n!=="."?{"working-directory":e.ctx.dir==="."?n:`${e.ctx.dir}/${n}`}:{}}function tc(e,n={env:{},generated:[]}){let{ci:t}=e.stack,i=[...Vn(e,"lint","lint","Lint",t.lint(e.ctx)),...Vn(e,"format","format","Format check",t.format?.(e.ctx)),...Vn(e,"typecheck","typecheck","Type-check",t.typecheck(e.ctx)),...Vn(e,"test","unit-tests","Unit tests",t.unitTest(e.ctx),nc(e)),...e.role==="library"&&t.build?[B("build","Build",t.build(e.ctx))]:[]];if(i.length===0)return;let a=i.map(r=>(r.name??r.id??"").replace(/ \(report only.*\)$/,"").toLowerCase()),o=n.env;return F(`${Zo(e)}: ${a.join(", ")}`,20,[...rr(e),...zn(n.generated),...i],{...nr(e.ctx.dir),...Object.keys(o).length>0?{env:o}:{}})}function rc(e,n){let{ci:t}=e.stack;if(!t.integrationTest)return;let i=n.database!=="none",a=[...rr(e)],o=e.ctx.migrationsDir==="."?{}:{"working-directory":e.ctx.dir==="."?e.ctx.migrationsDir:`${e.ctx.dir}/${e.ctx.migrationsDir}`},r=i?t.migrate?.(e.ctx):void 0,l=r?t.migrateBuild?.(e.ctx):void 0;l&&a.push(B("build","Build (the migrate script runs against the build, as in the image)",l)),r&&a.push(B("migrate","Apply migrations",r,o));let s=i?t.migrationCheck?.(e.ctx):void 0;s&&a.push(B("migration-check","Check for missing migrations",s,o)),a.push(...Vn(e,"test","integration-tests","Integration tests",t.integrationTest(e.ctx),nc(e)));let c=tr(n),u=_n(n),m={...u.env,...Kn(n)};return a.splice(rr(e).length,0,...zn(u.generated)),F(`${Zo(e)}: migrations and integration tests`,30,a,{...nr(e.ctx.dir),...Object.keys(c).length>0?{services:c}:{},...Object.keys(m).length>0?{env:m}:{}})}function oc(e,n){let{ci:t}=e.stack;if(!t.build||!t.bundleDir)return;let i=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c "$f" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return F(`${Zo(e)}: build and bundle budget`,20,[...rr(e),B("build","Production build",t.build(e.ctx)),B("bundle-budget","Bundle-size budget",i,{env:{BUNDLE_DIR:t.bundleDir(e.ctx),BUDGET_KB:String(n)}})],nr(e.ctx.dir))}var Ve=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)};function Gh(e){let n=i=>e.gates[i]!=="off",t=new Set;return n("lint")&&t.add(e.tools.lint==="flake8"||e.tools.lint==="pylint"?e.tools.lint:"ruff"),n("format")&&t.add(e.tools.format==="black"||e.tools.format==="isort"?e.tools.format:"ruff"),n("typecheck")&&t.add(e.tools.typecheck==="pyright"?"pyright":"mypy"),n("test")&&e.tools.test!=="django"&&t.add("pytest"),[...t]}function Hh(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[Ve(e)],t={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[Ve(e)],i=Gh(e);if(i.length===0)return n.join(`
`);let a=i.map(o=>`${o}==${ne[o]}`).join(" ");return[...n,"missing=()",`for tool in ${a}; do`,`  ${Fh(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${t} "\${missing[@]}"; fi`].join(`
`)}function Fh(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[Ve(e)]}function or(e,n){return["status=0",`${Ae(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function Ae(e,n){switch(Ve(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function ar(e,n){switch(Ve(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function ir(e,n){switch(Ve(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}function zh(e){switch(e.tools.lint){case"flake8":return Ae(e,"flake8");case"pylint":return Ae(e,"pylint --recursive=y .");default:return Ae(e,"ruff check .")}}function Kh(e){switch(e.tools.format){case"black":return Ae(e,"black --check --diff .");case"isort":return Ae(e,"isort --check-only --diff .");default:return Ae(e,"ruff format --check .")}}var sr={codeqlLanguage:"python",setup:e=>As(Ve(e),e.runtimeVersion,e.dir,ne.poetry),install:Hh,lint:zh,format:Kh,typecheck:e=>e.tools.typecheck==="pyright"?ir(e,"pyright"):Ae(e,"mypy ."),unitTest:e=>or(e,'-m "not integration"'),integrationTest:e=>or(e,"")};var ac={...sr,unitTest:()=>{},integrationTest:e=>e.tools.test==="django"?ar(e,"manage.py test"):or(e,""),testDir:e=>e.tools.test==="django"?e.migrationsDir:void 0,migrate:e=>ar(e,"manage.py migrate --noinput"),migrationCheck:e=>ar(e,"manage.py makemigrations --check --dry-run")};function ic(e){let n=e.packageManager;if(!Ss.includes(n))throw new Error(`${n} is not a Node.js package manager`);return Rs(n,e.runtimeVersion,e.dir,{...e.workspaceRoot?{root:e.workspaceRoot}:{},...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}})}var Wn=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function Vh(e){switch(Wn(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function V(e,n){return`${Wn(e)} run ${n}`}function bn(e,n){switch(Wn(e)){case"npm":case"pnpm":case"bun":return`${Wn(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function Wh(e,n){return["if [ -f tsconfig.json ]; then",`  ${pe(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function pe(e,n){switch(Wn(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var sc="typeorm-ts-node-commonjs",lc="src/data-source.ts";function Yh(e){if(e.migrateScript)return V(e,e.migrateScript);switch(e.orm){case"prisma":return pe(e,"prisma migrate deploy");case"typeorm":return pe(e,`${sc} migration:run -d ${lc}`);case"none":return}}function Jh(e){switch(e.orm){case"prisma":return pe(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":{let n=e.dataSource??lc,t=/\.[cm]?js$/.test(n)?"typeorm":sc;return pe(e,`${t} migration:generate src/migrations/ci-check -d ${n} --check`)}case"none":return}}function Xh(e,n){return[e,"if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",`  echo "::error::The ${n} changed files (it fixes rather than checks); commit its fixes:"`,"  git diff --stat","  exit 1","fi"].join(`
`)}function Qh(e){switch(e.tools.lint){case"script":return Xh(V(e,"lint"),"lint script");case"eslint":return pe(e,"eslint .");case"biome":return pe(e,"biome lint .");default:return bn(e,"lint")}}function Zh(e){switch(e.tools.format){case"prettier":return pe(e,"prettier --check .");case"biome":return pe(e,"biome format .");case"script":return V(e,"format:check");default:return}}function ea(e,n){switch(e.tools.typecheck){case"script":return V(e,"typecheck");case"tsc":return pe(e,`tsc ${n}`);default:return Wh(e,n)}}var fe={codeqlLanguage:"javascript-typescript",setup:ic,install:Vh,lint:Qh,format:Zh,typecheck:e=>ea(e,"--noEmit"),unitTest:e=>e.tools.test==="script"?V(e,"test"):bn(e,"test"),migrate:Yh,migrateBuild:e=>e.migrateScript&&e.buildScript?V(e,e.buildScript):void 0,migrationCheck:Jh};var cc={...fe,integrationTest:e=>bn(e,"test:integration")};var uc={...sr,migrate:e=>ir(e,"alembic upgrade head"),migrationCheck:e=>ir(e,"alembic check")};var mc={...fe,integrationTest:e=>bn(e,"test:e2e"),build:e=>V(e,"build")};var dc={...fe,build:e=>V(e,"build"),bundleDir:e=>e.buildDir===".next"?".next/static":`${e.buildDir}/_next/static`};var pc={...fe,build:e=>V(e,"build")};var fc={...fe,typecheck:e=>ea(e,"-b"),build:e=>V(e,"build"),bundleDir:e=>e.buildDir};var lr={django:{id:"django",role:"backend",language:"python",title:"Django",ci:ac},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:uc},express:{id:"express",role:"backend",language:"node",title:"Express",ci:cc},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:mc},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:dc},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:fc},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:pc}};function eg(e){return Object.fromEntries($s.map(n=>[n,e?.[n]??"enforce"]))}var na=e=>({gates:eg(e.gates),tools:e.tools??{}}),ta=e=>({workspaceRoot:e.context??e.dir,...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}}),ng=e=>{let{migrateScript:n,dataSource:t,buildScript:i,kind:a}=e.backend,o=i===!1?void 0:i??(a==="nestjs"?"build":void 0);return{...n?{migrateScript:n}:{},...t?{dataSource:t}:{},...o?{buildScript:o}:{}}};function cr(e){let n=[],t={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:lr[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,migrationsDir:e.backend.migrationsDir,buildDir:e.frontend.outDir,...ng(e),...ta(e.backend),...na(e.backend),...t}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:lr[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",migrationsDir:".",buildDir:e.frontend.outDir,...ta(e.frontend),...na(e.frontend),...t}}),e.library.kind==="node"&&n.push({role:"library",stack:lr["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",migrationsDir:".",buildDir:"dist",...ta(e.library),...na(e.library),...t}}),n}function tg(){return F("Baseline drift check",10,[I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},B("check","create-devops-baseline check",`npx --yes create-devops-baseline@${ws} check`)])}function rg(e){let n={};for(let a of cr(e)){let o=tc(a,a.role==="backend"?_n(e):void 0);o&&(n[`${a.role}-checks`]=o);let r=a.role==="backend"?rc(a,e):void 0;r&&(n[`${a.role}-integration`]=r);let l=a.role==="frontend"?oc(a,e.frontend.bundleBudgetKb):void 0;l&&(n[`${a.role}-bundle`]=l)}let t=L(e);for(let a of t)n[`${a.role}-image`]=Jl(a,e);n.drift=tg();let i=Object.keys(n);for(let a of t)n[`${a.role}-publish`]=Xl(a,i);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var hc={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:rg(e)}],t=L(e)[0];return t&&n.push(ec(t)),n}};import{posix as og}from"node:path";function gc(e){let n=[],{backend:t,frontend:i}=e;if(t.kind==="django"||t.kind==="fastapi"){let o=t.packageManager,r=o==="uv"?"uv":"pip";n.push({ecosystem:r,renovate:o==="uv"?"pep621":o==="poetry"?"poetry":"pip_requirements",directory:t.dir})}else t.kind!=="none"&&n.push(ra(t.packageManager,t.dir));i.kind!=="none"&&n.push(ra(i.packageManager,i.dir)),e.library.kind!=="none"&&n.push(ra(e.library.packageManager,e.library.dir));for(let o of L(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:og.dirname(K(o))});e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),_c(e)&&n.push({ecosystem:"docker",renovate:"kubernetes",directory:yc}),n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let a=new Set;return n.filter(o=>{let r=`${o.ecosystem}:${o.directory}`;return a.has(r)?!1:(a.add(r),!0)})}var yc="k8s/base",_c=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function ra(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}var ag=e=>e==="."?"/":`/${e}`;function ig(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:gc(e).map(t=>({"package-ecosystem":t.ecosystem,directory:ag(t.directory),schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${t.ecosystem}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}))}}}function sg(e){let n=gc(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(t=>t.renovate))],..._c(e)?{kubernetes:{managerFilePatterns:[`/^${yc}/.+\\.yaml$/`]}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var bc={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?sg(e):ig(e)]};var kc={contents:"read","security-events":"write"};function vc(e,n,t){let i=`trivy-${n}.sarif`,a=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:k("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...a,severity:t.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:i,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:k("github/codeql-action/upload-sarif"),with:{sarif_file:i,category:`trivy-${n}`}}]}function oa(e,n){return F(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[I(),...vc({kind:e},e,n)],{permissions:{...kc}})}function wc(e,n){let t=`scan-${e.role}:latest`;return F(`Trivy: ${e.role} image`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:K(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:t}},...vc({kind:"image",ref:t},`image-${e.role}`,n)],{permissions:{...kc}})}function lg(e){return[...new Set([...cr(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function cg(e){return F("CodeQL (${{ matrix.language }})",30,[I(),{id:"codeql-init",name:"Initialize CodeQL",uses:k("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:k("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:lg(e)}}})}var ug={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},Sc=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function mg(e){let n=[...e].sort((t,i)=>Sc.indexOf(t)-Sc.indexOf(i))[0]??"HIGH";return ug[n]}function dg(e){return F("Dependency review",10,[I(),{id:"dependency-review",name:"Review dependency changes",uses:k("actions/dependency-review-action"),with:{"fail-on-severity":mg(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function pg(){return F("Secret scanning (gitleaks)",15,[I({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:k("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function fg(e){let n={"trivy-fs":oa("fs",e),"trivy-config":oa("config",e)};for(let t of L(e))n[`trivy-image-${t.role}`]=wc(t,e);return n.codeql=cg(e),n["dependency-review"]=dg(e),n.gitleaks=pg(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var $c={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:fg(e)}]};var Yn=e=>["compose.prod.yml",e.edge.tunnel?"compose.tunnel.yml":"compose.caddy.yml"],te=e=>`docker compose ${Yn(e).map(n=>`-f ${n}`).join(" ")}`,aa=e=>[...e.edge.tunnel?["cloudflared"]:[],"deploy","scripts"];var ur=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function ia(){return["postgres",...ur.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var mr={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var hg=e=>e.database==="postgres"||e.database==="postgis";function sa(e){let n=[],t=(i,a,o,r,l=!1)=>n.push({section:i,name:a,description:o,example:r,secret:l});return hg(e)&&(t("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),t("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),t("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&t("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(t("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),t("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&t("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(t("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),t("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&t("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&t("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function D(e){return`\${${e}:?set ${e} in .env}`}var ke="db",We="redis",Ye="minio",dr="pgbouncer";function ve(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var Je=e=>e.database==="postgres"||e.database==="postgis";function pr(e){return{image:fn(e),command:ia(),environment:{POSTGRES_USER:D("POSTGRES_USER"),POSTGRES_PASSWORD:D("POSTGRES_PASSWORD"),POSTGRES_DB:D("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:ve(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function fr(){return{image:N("redis:7-alpine"),command:["redis-server","--requirepass",D("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:D("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:ve(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function hr(){return{image:N("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:D("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:D("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:ve(["CMD","mc","ready","local"])}}function Ec(){return{image:N("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:D("POSTGRES_USER"),DB_PASSWORD:D("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[ke]:{condition:"service_healthy"}},healthcheck:ve(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function gr(e,n){let t={};return Je(e)&&(t.DATABASE_URL=`postgres://${D("POSTGRES_USER")}:${D("POSTGRES_PASSWORD")}@${n}:5432/${D("POSTGRES_DB")}`),e.cache==="redis"&&(t.REDIS_URL=`redis://:${D("REDIS_PASSWORD")}@${We}:6379/0`),e.objectStorage==="minio"&&(t.S3_ENDPOINT_URL=`http://${Ye}:9000`,t.AWS_ACCESS_KEY_ID=D("MINIO_ROOT_USER"),t.AWS_SECRET_ACCESS_KEY=D("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(t.S3_BUCKET=D("S3_BUCKET")),e.backend.kind==="django"&&(t.DJANGO_SECRET_KEY=D("DJANGO_SECRET_KEY"),t.DJANGO_ALLOWED_HOSTS=D("DJANGO_ALLOWED_HOSTS")),t}function yr(e,n){let t={};return Je(e)&&(t[n]={condition:"service_healthy"}),e.cache==="redis"&&(t[We]={condition:"service_healthy"}),e.objectStorage==="minio"&&(t[Ye]={condition:"service_healthy"}),t}function kn(e,n){let t=n.strategy.probeRuntime(e),i=ee(t,n.port,n.probe);return t==="busybox"?ve(["CMD",...i]):ve(["CMD",...i],t==="python"?"30s":"20s")}function _r(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function br(e){let n=L(e);return{backend:n.find(t=>t.role==="backend"),frontend:n.find(t=>t.role==="frontend")}}function Re(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var vn="app",Oc=e=>e==="."?".":`./${e}`,wn=(e,n)=>`127.0.0.1:${e}:${n}`;function la(e){let n={},t={},{backend:i,frontend:a}=br(e);if(i&&(n.backend={build:{context:Oc(i.context),dockerfile:i.dockerfile},...Re("environment",gr(e,ke)),ports:[wn(i.port,i.port)],...Re("depends_on",yr(e,ke)),healthcheck:kn(e,i),networks:[vn]}),a){let o=i&&i.port===a.port?a.port+1:a.port;n.frontend={build:{context:Oc(a.context),dockerfile:a.dockerfile},...Re("environment",_r(e,i)),ports:[wn(o,a.port)],...i?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:kn(e,a),networks:[vn]}}return Je(e)&&(n[ke]={...pr(e),ports:[wn(5432,5432)],networks:[vn]},t["db-data"]={}),e.cache==="redis"&&(n[We]={...fr(),ports:[wn(6379,6379)],networks:[vn]},t["redis-data"]={}),e.objectStorage==="minio"&&(n[Ye]={...hr(),ports:[wn(9e3,9e3),wn(9001,9001)],networks:[vn]},t["minio-data"]={}),{name:e.name,services:n,...Object.keys(t).length>0?{volumes:t}:{},networks:{[vn]:{}}}}function Pc(e){let n=sa(e);if(n.length===0)return;let t=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"],i="";for(let a of n)a.section!==i&&(i=a.section,t.push("",`# --- ${i} ---`)),t.push(`# ${a.description}${a.secret?" (secret)":""}`,`${a.name}=${a.example}`);return{kind:"text",path:".env.example",component:"compose",comment:"hash",text:`${t.join(`
`)}
`}}var ca=[];var we="edge",Ze="data",he="proxy",Sn=8080,gg=`http://127.0.0.1:${Sn}/nginx-health`,$n=e=>e.cloud!=="compose"?void 0:e.edge.tunnel?"tunnel":"caddy",kr=e=>$n(e)!==void 0,Xe=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),Qe=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}}),Cc=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),ua=()=>({read_only:!0,...Cc()});function Jn(e,n=[]){let t={},i={},{backend:a,frontend:o}=br(e),r=Je(e),l={};a&&(t.backend={image:D("BACKEND_IMAGE"),...Re("environment",gr(e,r?dr:ke)),...Re("depends_on",yr(e,dr)),healthcheck:kn(e,a),networks:[we,Ze],...Qe(),...ua(),tmpfs:["/tmp"],deploy:Xe("1.0","512M")},l.backend={condition:"service_healthy"}),o&&(t.frontend={image:D("FRONTEND_IMAGE"),...Re("environment",_r(e,a)),...a?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:kn(e,o),networks:[we],...Qe(),...ua(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${Jt(o).inService(".next/cache")}`]:["/tmp"],deploy:Xe("0.5","256M")},l.frontend={condition:"service_healthy"}),t[he]={image:N("nginxinc/nginx-unprivileged:1.29.5-alpine"),...kr(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:l,healthcheck:ve(["CMD","wget","-q","--spider",gg]),networks:[we],...Qe(),...ua(),tmpfs:["/tmp"],deploy:Xe("0.5","128M")},r&&(t[ke]={...pr(e),networks:[Ze],...Qe(),deploy:Xe("1.0","1G")},t[dr]={...Ec(),networks:[Ze],...Qe(),...Cc(),deploy:Xe("0.25","64M")},i["db-data"]={}),e.cache==="redis"&&(t[We]={...fr(),networks:[Ze],...Qe(),deploy:Xe("0.5","256M")},i["redis-data"]={}),e.objectStorage==="minio"&&(t[Ye]={...hr(),networks:[Ze],...Qe(),deploy:Xe("0.5","512M")},i["minio-data"]={});let s={name:e.name,services:t,...Object.keys(i).length>0?{volumes:i}:{},networks:{[we]:{},[Ze]:{internal:!0}}};for(let c of n)s=Tc(s,c);return s}function Tc(e,n){let t=(a,o,r)=>{for(let l of Object.keys(o??{}))if(a&&l in a)throw new Error(`compose: ${r} "${l}" is already defined`);return{...a,...o}},i=t(e.volumes,n.volumes,"volume");return{...e,services:t(e.services,n.services,"service"),...Object.keys(i).length>0?{volumes:i}:{},networks:t(e.networks,n.networks,"network")}}var ma="compose";function yg(e){switch($n(e)){case"tunnel":return`Single-host production behind the Cloudflare tunnel: ${te(e)} up -d. Needs .env. No port is published.`;case"caddy":return`Single-host production behind Caddy (automatic HTTPS): ${te(e)} up -d. Needs .env. Only Caddy publishes ports.`;default:return"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem."}}var xc={name:ma,description:"Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",render:e=>{if(L(e).length===0)return[];let n=ca.map(a=>a(e)).filter(a=>a!==void 0),t=[{kind:"yaml",path:"docker-compose.yml",component:ma,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:la(e)},{kind:"yaml",path:"compose.prod.yml",component:ma,headerComment:yg(e),data:Jn(e,n)}],i=Pc(e);return i&&t.push(i),t}};function P(e){let n=[],t=L(e),i=a=>{let o=t.find(r=>r.role===a);if(!o)throw new Error(`no ${a} image build`);return{context:o.context,dockerfile:K(o),port:o.port,probe:o.probe,healthPath:o.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...i("backend"),urlVar:"API_URL",migrate:W(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...i("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function W(e){return e.database==="postgres"||e.database==="postgis"}function da(e,n){let t=P(e);return{options:e,environment:n,services:t,migrator:t.find(i=>i.migrate),hasDatabase:W(e)}}function Se(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var re=e=>`${e.options.name}-${e.environment}`,w=(...e)=>`${e.join(`
`)}
`,vr=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:w('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function Ac(e){let n=e.deploy.region??"us-east-1",t=`${e.name}-production`,i=e.backend.kind!=="none"?`${t}-api`:`${t}-web`,a=e.deploy.strategy==="rolling"?i:`${i}-blue ${i}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${t} --services ${a} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${t} --region ${n} --since 30m --follow`,events:`aws ecs describe-services --region ${n} --cluster ${t} --services ${a} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${t} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${t} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${i} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${t} --service ${i} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${t} --services ${i}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${i} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${i}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${i}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${i}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${t} --service ${i} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${t} --service ${i} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${t}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var wr=e=>e.options.deploy.strategy!=="rolling";function Sr(e,n){let t=`${re(e)}-${n.key}`;return{service:t,blue:`${t}-blue`,green:`${t}-green`,loadBalancer:t}}function _g(e,n){let t=Sr(e,n),i=n.key;return[wr(e)?{id:`previous-${i}`,name:`Find the live and idle ${i} services (blue/green)`,env:{LB_NAME:t.loadBalancer,BLUE:t.blue,GREEN:t.green},run:w(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${i}.json"`)}:{id:`previous-${i}`,name:`Record the running ${i} task definition`,env:{SERVICE:t.service},run:w(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${i}.json"`)},{id:`render-${i}`,name:`Put the new ${i} image into the task definition`,uses:k("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${i}.json`,"container-name":i,image:`\${{ env.IMAGE_${i.toUpperCase()} }}`}},{id:`register-${i}`,name:`Register the ${i} task definition (no service: deploy comes after migrations)`,uses:k("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${i}.outputs.task-definition }}`}}]}function bg(e,n){return wr(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:Sr(e,n).service}var Rc={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:re(e),DB_INSTANCE_ID:re(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:k("aws-actions/amazon-ecr-login")}],prepare:_g,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:w('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:bg(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:w(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:Se(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let t=n.key,i=`\${{ steps.register-${t}.outputs.task-definition-arn }}`;return wr(e)?[{id:`deploy-${t}`,name:`Deploy ${t} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${t}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${t}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,TASK_DEFINITION:i},run:w(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${t}`,name:`Deploy ${t} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:Sr(e,n).service,TASK_DEFINITION:i},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:w(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${t}},{TargetGroupArn=$LIVE_TG,Weight=${100-t}}]}" > /dev/null`)}],rollback:(e,n)=>{let t=n.key;return wr(e)?[{name:`Send all ${t} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${t}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${t}.outputs.live_tg }}`},run:w('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${t} is back on the previous version"`)}]:[{name:`Roll ${t} back to the previous task definition`,env:{SERVICE:Sr(e,n).service,PREVIOUS:`\${{ steps.previous-${t}.outputs.task_definition }}`},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:Ac,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function Ic(e){let n=`${e.name}-production`,t=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,i=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${t} --resource-group ${n} --tail 200 --follow`,events:`az containerapp logs show --name ${t} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${t} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${t} --resource-group ${n} --image "$(az containerapp revision show --name ${t} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${t} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${t} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${t} --resource-group ${n} --revision "$(az containerapp show --name ${t} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${i} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${t} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var Dc=e=>e.options.deploy.strategy!=="rolling",$r=(e,n)=>`${re(e)}-${n.key}`,Nc=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],Lc={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:re(e),PG_SERVER:`${re(e)}-pg`}),login:Nc,registry:()=>[...Nc(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:w('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:$r(e,n)},run:w('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:w('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${re(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let t=n.key,i={APP:$r(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return Dc(e)?[{id:`deploy-${t}`,name:`Deploy ${t} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...i,PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`},run:w("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:i,run:w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{APP:$r(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${t}" "$PREVIOUS=${100-t}" --output none`)}],rollback:(e,n)=>{let t=n.key,i={APP:$r(e,n),PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${t}.outputs.image }}`};return[{name:`Roll ${t} back to the previous revision`,env:i,run:Dc(e)?w('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:Ic,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};function Bc(e){let n=te(e),t=`cd /srv/${e.name} && `,i=e.backend.kind!=="none"?"backend":"frontend";return{status:`${t}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${t}${n} logs --since 30m --tail 200 ${i}`,events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${t}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${i}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${i} "$previous"`].join(`
`),scaleOut:`${t}${n} up --detach --no-deps --scale ${i}=2 ${i}`,restartService:`${t}${n} restart ${i}`,storageCheck:`${t}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:e.edge.tunnel?"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)":"sudo iptables -I DOCKER-USER -s <cidr> -j DROP   # Caddy publishes 80/443 on the host: block the offending CIDRs before Docker's rules"}}var jc=e=>`/srv/${e.name}`,en=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},pa=e=>e.options.deploy.strategy==="blue-green",$e=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function kg(e){let n=P(e).map(t=>({key:t.key,port:t.port,healthPath:t.probe.route?t.healthPath:"",...en(t)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/deploy_remote.sh.hbs",{deployDir:jc(e),composeFiles:Yn(e),services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:Se(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var Mc={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:jc(e.options)}),login:e=>[{name:"Load the deploy SSH key into an agent",uses:k("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:w("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:w(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${Yn(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,`scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r ${aa(e.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`)}],registry:vr,prepare:(e,n)=>[pa(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:w(`echo "colour=$(${$e(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:w(`echo "image=$(${$e(`current ${en(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:w($e('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w($e('migrate "$IMAGE"'))}],deploy:(e,n)=>[pa(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(`idle=$(${$e(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w($e(`deploy ${en(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:w($e(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>pa(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:w($e(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:w(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,$e(`deploy ${en(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[kg(e)],runbook:Bc,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function qc(e){let n=e.deploy.region??"us-central1",t=`${e.name}-production`,i=e.backend.kind!=="none"?`${t}-api`:`${t}-web`;return{status:`gcloud run services describe ${i} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${i}" AND severity>=WARNING' --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${i} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${t} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${t} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${i} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${i} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${i} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${i} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${t}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var fa="us-central1",vg=e=>e.options.deploy.strategy!=="rolling",wg=e=>e.options.deploy.region??fa,Er=(e,n)=>`${re(e)}-${n.key}`,Uc=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],Gc={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:fa,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:wg(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:re(e)}),login:Uc,registry:e=>[...Uc(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??fa,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:w('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:Er(e,n)},run:w(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:w(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${re(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let t=n.key,i={SERVICE:Er(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return vg(e)?[{id:`deploy-${t}`,name:`Deploy ${t} without traffic and check the tagged revision`,"timeout-minutes":20,env:i,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} and move all traffic once the revision is ready`,"timeout-minutes":20,env:i,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{SERVICE:Er(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${t},$PREVIOUS=${100-t}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:Er(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:qc,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};function Hc(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function Fc(e){let n=`${e.name}-prod`,t=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${t} --since 30m --all-containers --prefix`,events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${hn()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${t}`,`kubectl --namespace ${n} rollout undo deployment/${t}`,`kubectl --namespace ${n} rollout status deployment/${t} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${t} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${t}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var ga=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,zc=e=>e==="production"?"prod":"dev",ha=(e,n)=>`${e.options.name}-${n.key}`;function Kc(e,n,t,i){let a=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...i?[`  echo "nameSuffix: ${i}"`]:[],`  echo "resources: [${t}]"`,'  echo "images:"'];for(let o of e.services)a.push(`  echo "  - { name: ${o.image}, newName: \${IMAGE_${o.key.toUpperCase()}%:*}, newTag: \${IMAGE_${o.key.toUpperCase()}##*:} }"`);return a.push(`} > ${n}/kustomization.yaml`),a}var Vc=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],Wc={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:ga(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:k("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:w('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:vr,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:ha(e,n)},run:w(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...Kc(e,"k8s/release",`../overlays/${zc(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:w('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...Vc("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:w(...Kc(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...Vc("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${zc(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:ha(e,n)},run:w("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:ha(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[Hc(e)],runbook:Fc,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};var nn={"aws-ecs":Rc,"gcp-cloud-run":Gc,"azure-container-apps":Lc,kubernetes:Wc,compose:Mc};function Yc(e){let n=nn[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw H(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var ya=e=>e.key==="api"?8081:8082,Jc="deploy/switch/nginx.conf";function Xc(e){let n=P(e).map(t=>({key:t.key,switchPort:ya(t)}));return{kind:"text",path:Jc,component:"deploy",comment:"hash",text:T("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function Sg(e){let n=Jn(e).services,t={},i=P(e);for(let a of i){let{service:o,imageVar:r}=en(a),l=n[o];if(!l)throw new Error(`compose.prod.yml has no ${o} service`);t[`${o}-green`]={...l,image:`\${${r}_GREEN:-\${${r}}}`}}return t.switch={image:N("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${Jc}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(i.map(a=>[en(a).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},t}function Or(e){return e.deploy.strategy!=="blue-green"?{}:{...Sg(e),[he]:{depends_on:{switch:{condition:"service_healthy"}}}}}var Qc="public, max-age=31536000, immutable",$g="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function Zc(e,n){let t=n.some(r=>r.role==="backend"),i=n.some(r=>r.role==="frontend"),a=i?"frontend":"backend",o=[];if(t&&i){o.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."});let r=R(e);r.route&&r.path!=="/"&&!r.path.startsWith("/api/")&&o.push({match:`= ${r.path}`,upstream:"backend",why:"The API's health route."}),e.backend.kind==="django"&&o.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})}return t&&e.backend.kind==="django"&&o.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&o.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:Qc,expires:"1y"}),e.frontend.kind==="react-vite"&&o.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:Qc,expires:"1y"}),o.push({match:`~* \\.(?:${$g})$`,upstream:a,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),o.push({match:"/",upstream:a,why:i?"Everything else is the frontend.":"Everything else is the backend."}),o}var Eg=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],Og="deploy/nginx/nginx.conf";function Pg(e){let n=kr(e)&&e.deploy.strategy==="blue-green";return L(e).map(t=>n?{name:t.role,host:"switch",port:ya({key:t.role==="backend"?"api":"web"})}:{name:t.role,host:t.role,port:t.port})}function Cg(e){let n=L(e),t=$n(e),i=n.length===2,a=t&&i&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,o=Zc(e,n).map(r=>a&&r.upstream==="frontend"?{...r,upstream:"$site"}:r);return T("proxy/nginx.conf.hbs",{upstreams:Pg(e),locations:o,edge:!!t,tunnel:t==="tunnel",apiHost:a,securityHeaders:Eg,rateLimit:20,rateBurst:40})}var eu={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>L(e).length===0?[]:[{kind:"text",path:Og,component:"proxy",comment:"hash",text:Cg(e)}]};var nu="deploy/pgbouncer/pgbouncer.ini",_a="database-guidance",tu=e=>e.database==="postgres"||e.database==="postgis";function Tg(e){return{kind:"text",path:"docs/database.md",component:_a,comment:"html",text:T("docs/database.md.hbs",{postgres:tu(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:ur.map(([n,t,i])=>({name:n,value:t,why:i})),pool:mr,pgbouncerIni:nu}).replace(/\n+$/,`
`)}}var ru={name:_a,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[Tg(e)];return tu(e)&&L(e).length>0&&n.push({kind:"text",path:nu,component:_a,comment:"hash",text:T("database/pgbouncer.ini.hbs",{pool:mr})}),n}};var ou=e=>`\${{ vars.${e} }}`;function Pr(e,n,t){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${t})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,HEALTHY_BELOW:String(Z(e.probe)),DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function xg(e,n,t){let i=[...e.deploy(n,t)];switch(n.options.deploy.strategy){case"rolling":i.push(Pr(t,"rollout","rolled out"));break;case"canary":i.push(...e.shift(n,t,10),Pr(t,"canary","canary at 10%"),...e.shift(n,t,100),Pr(t,"full","all traffic"));break;case"blue-green":i.push(...e.shift(n,t,100),Pr(t,"switched","switched"));break}return i}var Ag=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function ba(e,n,t){let i=da(e,t),a=[I(),...n.login(i)];for(let s of i.services)a.push(...n.prepare(i,s));i.hasDatabase&&a.push(...n.snapshot(i)),i.migrator&&a.push(...n.migrate(i,i.migrator));for(let s of i.services)a.push(...xg(n,i,s));for(let s of i.services)a.push(...n.rollback(i,s).map((c,u)=>({...c,id:`rollback-${s.key}${u===0?"":`-${u}`}`,if:`\${{ failure() && (${Ag(`deploy-${s.key}`)}) }}`})));let o={};for(let s of i.services)o[`IMAGE_${s.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${s.image}:\${{ github.sha }}`;let r={contents:"read",...n.deployPermissions},l=i.services.some(s=>s.key==="web")?ou("WEB_URL"):ou("API_URL");return{name:`Deploy to ${t}`,"runs-on":"ubuntu-latest",needs:t==="production"?["build","deploy-staging"]:["build"],environment:{name:t,url:l},permissions:r,concurrency:{group:`deploy-${t}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(i),...o},steps:a}}function Rg(e,n){let t=[I(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")}];for(let i of P(e))t.push({id:`build-${i.key}`,name:`Build and push ${i.image}`,uses:k("docker/build-push-action"),with:{context:i.context,file:i.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${i.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${i.image}`,"cache-to":`type=gha,mode=max,scope=${i.image}`}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:t}}function Ig(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:k("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function Dg(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function ka(e,n){let t={build:Rg(e,n),"deploy-staging":ba(e,n,"staging"),"deploy-production":ba(e,n,"production"),release:Ig()};return e.notifications.slack&&(t.notify=Dg()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:t}}function oe(e){let n=e.deploy.domain;if(!n)return[];let t=P(e),i=t.length>1,a=e.edge.dnsZone??n;return["production","staging"].flatMap(o=>t.map(r=>{let l=[r.key==="api"&&i?"api":"",o==="staging"?"staging":""].filter(Boolean).join("-"),s=l?`${l}.${n}`:n,c=s===a?"@":s.slice(0,-(a.length+1));return{id:`${o}-${r.key}`,environment:o,key:r.key,host:s,record:c,staticPaths:Ng(e,r.key)}}))}function Ng(e,n){return n==="api"?e.backend.kind==="django"?["/static/*"]:[]:e.frontend.kind==="nextjs"?["/_next/static/*"]:e.frontend.kind==="react-vite"?["/assets/*"]:[]}var Lg=N("caddy:2.11.4-alpine"),au="deploy/caddy/Caddyfile",iu="localhost:2019",Bg=e=>oe(e).filter(n=>n.environment==="production").map(n=>n.host);function su(e){return{kind:"yaml",path:"compose.caddy.yml",component:"deploy",headerComment:`Caddy with automatic HTTPS for the self-hosted target: ${te(e)} up -d`,data:{services:{caddy:{image:Lg,ports:["80:80","443:443","443:443/udp"],volumes:[`./${au}:/etc/caddy/Caddyfile:ro`,"caddy_data:/data","caddy_config:/config"],depends_on:{[he]:{condition:"service_healthy"}},healthcheck:{test:["CMD","curl","--fail","--silent","--output","/dev/null",`http://${iu}/config/`],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[we],restart:"unless-stopped",read_only:!0,tmpfs:["/tmp"],cap_drop:["ALL"],cap_add:["NET_BIND_SERVICE"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"256M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...Or(e)},volumes:{caddy_data:{},caddy_config:{}}}}}function lu(e){return{kind:"text",path:au,component:"deploy",comment:"hash",text:T("deploy/Caddyfile.hbs",{hosts:Bg(e),acmeEmail:e.edge.acmeEmail??e.notifications.email,admin:iu,upstream:`${he}:${Sn}`})}}var jg=N("cloudflare/cloudflared:2026.3.0");function cu(e){return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: ${te(e)} up -d`,data:{services:{cloudflared:{image:jg,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[he]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[we],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...Or(e)}}}}function uu(e){let n=`http://${he}:${Sn}`,t=e.deploy.domain,i=P(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:t?[...i?[{hostname:`api.${t}`,service:n}]:[],{hostname:t,service:n},{service:"http_status:404"}]:[{service:n}]}}}function Mg(e){if(P(e).length===0)return[];let n=Yc(e),t=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(ka(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:R(e).path})},...n.files?.(e)??[]];return e.cloud==="compose"&&(t.push(...e.edge.tunnel?[cu(e),uu(e)]:[su(e),lu(e)]),e.deploy.strategy==="blue-green"&&t.push(Xc(e))),t}var mu={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose edge (Cloudflare tunnel or Caddy).",render:Mg};var qg={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},le=e=>e.backup.bucket??`${e.name}-backups`;function Ug(e,n){return{name:e.name,targetTitle:qg[n],retention:e.backup.retention,bucket:le(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function du(e,n){let t=Ug(e,n);return["backup_db.sh","restore_db.sh"].map(i=>({kind:"text",path:`scripts/${i}`,component:"backup",comment:"hash",executable:!0,text:T(`scripts/${i}.hbs`,t).replace(/\n{3,}/g,`

`)}))}function Gg(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function Hg(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var pu={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},Xn={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},Fg=["pg_dump","pg_restore","psql","createdb","dropdb"],zg=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function va(){let e=zg.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:hn()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${Fg.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var fu=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:Gg(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function hu(e,n){let t=Hg(e,n),i=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},a={};return n==="local"?a.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:i,"timeout-minutes":60,env:{...pu,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[I(),va(),{id:"backup",name:"Back up the database",env:Xn,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:Xn,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...fu(e).map(o=>({...o,env:{...o.env,...Xn}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:Xn,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(a.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:i,"timeout-minutes":60,env:{...pu,...t.env},steps:[I(),...t.steps,va(),{id:"backup",name:"Back up the database",env:Xn,run:`bash scripts/backup_db.sh
`}]},a.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:i,"timeout-minutes":60,services:{scratch:{image:fn(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...t.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[I(),...t.steps,va(),...fu(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:a}}function Kg(e){let n=e.backup.target;return n==="none"||!W(e)?[]:[...du(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(hu(e,n)))}]}var gu={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:Kg};var yu={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function _u(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${yu[n]}.md`}function wa(e){let[n,t,i,,a]=e.split(/\s+/),o=r=>r*3600;return a!=="*"?o(170):i!=="*"?o(746):t==="*"||t?.includes("/")||t?.includes(",")?o(n==="*"?1:2):o(26)}function Qn(e){let n=wa(e.backup.schedule),t=(a,o,r,l,s,c)=>({alert:a,expr:o,for:r,labels:{severity:l},annotations:{summary:s,description:c,runbook_url:_u(e,a)}}),i=[];return e.backend.kind!=="none"&&i.push(t("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),t("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),i.push(t("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),t("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),t("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&i.push(t("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),t("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),i}function Vg(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let t='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${t}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${t}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let t=Math.ceil(wa(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${t+1}`}],at:t,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var Wg=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function Yg(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,i)=>n[i]??"")}function bu(e,n=Qn(e)){let t=n.map(i=>{let a=Vg(e,i.alert);return{interval:"1m",input_series:a.series,alert_rule_test:[{eval_time:`${a.at}m`,alertname:i.alert,exp_alerts:[{exp_labels:{...a.labels,severity:i.labels.severity},exp_annotations:{summary:Yg(i.annotations.summary,a.labels),description:i.annotations.description,runbook_url:i.annotations.runbook_url}}]}]}});return t.push({interval:"1m",input_series:Wg,alert_rule_test:n.map(i=>({eval_time:"35m",alertname:i.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:t}}var Sa="/etc/alertmanager/secrets";function Jg(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",t=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${Sa}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:t}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${Sa}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:t}]};case"none":return{name:"oncall"}}}function ku(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${Sa}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[Jg(e)]}}var Xg=["certificate","expiry alert","cdn","rate limit","budget","cost tags"],Cr="no deploy.domain; set --domain (and --dns-zone) to turn it on",Qg={"aws-ecs":{certificate:"ACM certificates validated in Route 53, renewed by ACM (infra/edge.tf)","expiry alert":"blackbox probe_ssl_earliest_cert_expiry and uptime.yml; with --dns-zone, a CloudWatch alarm on ACM DaysToExpiry",cdn:"CloudFront in front of the load balancers, static paths cached long (infra/edge.tf)","rate limit":"WAFv2 web ACL on CloudFront: rate-based rule and AWS managed rule groups (infra/edge.tf)",budget:"aws_budgets_budget, actual and forecast alerts at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_tags, activated as cost-allocation tags (infra/versions.tf, infra/costs.tf)"},"gcp-cloud-run":{certificate:"Google-managed certificate on a global external load balancer (infra/edge.tf)","expiry alert":"uptime check with an alert on time_until_ssl_cert_expires; blackbox probe; uptime.yml",cdn:"Cloud CDN on the load balancer's backends, static content cached (infra/edge.tf)","rate limit":"Cloud Armor rate_based_ban policy on the backends (infra/edge.tf)",budget:"google_billing_budget, actual and forecast thresholds at 80 % and 100 % (infra/costs.tf)","cost tags":"provider default_labels on every resource (infra/versions.tf, infra/costs.tf)"},"azure-container-apps":{certificate:"Front Door managed certificate on each custom domain (infra/edge.tf)","expiry alert":"Application Insights standard test failing 14 days before expiry; blackbox probe; uptime.yml",cdn:"Front Door routes caching the static paths (infra/edge.tf)","rate limit":"Front Door WAF policy with a rate-limit rule (infra/edge.tf)",budget:"azurerm_consumption_budget_resource_group per environment, actual and forecast notifications (infra/costs.tf)","cost tags":"tags on the resource groups, inherited by every resource through Azure Policy (infra/costs.tf)"},kubernetes:{certificate:"cert-manager ClusterIssuer (Let's Encrypt) and Certificate, Ingress TLS (k8s/)","expiry alert":"alert rules on probe_ssl_earliest_cert_expiry and cert-manager's expiry metric; uptime.yml",cdn:"","rate limit":"ingress-nginx per-client limits on the Ingress (k8s/base)",budget:"Prometheus alert on OpenCost's cost metrics against budget.monthly (monitoring/edge-alerts.yml)","cost tags":"cost-allocation labels on every workload and namespace (k8s/)"},compose:{certificate:"Cloudflare's edge certificate, renewed by Cloudflare; the tunnel needs no origin certificate","expiry alert":"blackbox probe_ssl_earliest_cert_expiry; uptime.yml",cdn:"Cloudflare cache rule for the static paths (infra/edge.tf)","rate limit":"Cloudflare rate-limiting rule (infra/edge.tf)",budget:"","cost tags":""}},Zg={certificate:"Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS, kept in the caddy_data volume (compose.caddy.yml, deploy/caddy/Caddyfile)","rate limit":"per-client limits in the nginx proxy behind Caddy (deploy/nginx/nginx.conf); no Cloudflare rule without the tunnel"},ey="no Cloudflare edge without the tunnel (edge.tunnel is false); the proxy sends static paths with long Cache-Control, put a CDN in front for more (docs/cdn.md)",ny={kubernetes:{cdn:"the cluster's edge is not part of the baseline; put a CDN in front of the ingress (docs/cdn.md)"},compose:{budget:"a self-hosted server has a fixed bill; set a billing alert with its provider (docs/costs.md)","cost tags":"one server, no cloud resources to tag (docs/costs.md)"}};function ty(e){if(P(e).length===0)return[];let n=e.cloud,t=i=>{let a=ny[n]?.[i];if(a)return a;let o=e.deploy.domain;switch(i){case"expiry alert":return o?void 0:Cr;case"certificate":return o?n==="aws-ecs"&&!e.edge.dnsZone?"aws-ecs validates ACM certificates in Route 53; set --dns-zone (until then infra takes var.certificate_arn)":void 0:Cr;case"cdn":return e.edge.cdn?n==="compose"&&!e.edge.tunnel&&o?ey:o?n==="aws-ecs"&&!e.edge.dnsZone?"CloudFront needs the ACM certificate; set --dns-zone":void 0:Cr:"edge.cdn is false";case"rate limit":return e.edge.waf?o?n==="aws-ecs"&&!e.edge.dnsZone?"the CloudFront web ACL needs the ACM certificate; set --dns-zone (the load balancer's own rate rule stays)":void 0:Cr:"edge.waf is false";case"budget":return e.budget.monthly===!1?"budget.monthly is false":void 0;case"cost tags":return}};return Xg.map(i=>{let a=t(i);if(a)return{piece:i,reason:a};let o=n==="compose"&&!e.edge.tunnel?Zg[i]:void 0;return{piece:i,what:o??Qg[n][i]}})}var Y=(e,n)=>ty(e).some(t=>t.piece===n&&"what"in t);var En=14,$a=730,Zn="certificate-expiring",vu="blackbox-exporter:9115",tn=e=>Y(e,"expiry alert")?oe(e).filter(n=>n.environment==="production").map(n=>`https://${n.host}/`):[],ry=(e,n)=>`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${n}.md`;function Ea(e){let n=tn(e);return n.length===0?[]:[{job_name:"tls",metrics_path:"/probe",params:{module:["tls"]},static_configs:[{targets:n}],relabel_configs:[{source_labels:["__address__"],target_label:"__param_target"},{source_labels:["__param_target"],target_label:"instance"},{target_label:"__address__",replacement:vu}]}]}function oy(e){let n=(a,o,r,l,s,c,u)=>({alert:a,expr:o,for:r,labels:{severity:l},annotations:{summary:s,description:c,runbook_url:ry(e,u)}}),t=[];tn(e).length>0&&t.push(n("CertificateExpiringSoon",`probe_ssl_earliest_cert_expiry{job="tls"} - time() < ${En} * 86400`,"1h","warning","The certificate served at {{ $labels.instance }} expires within 14 days","Automatic renewal should have replaced it 30 days before expiry; something stopped it.",Zn),n("CertificateExpired",'probe_ssl_earliest_cert_expiry{job="tls"} - time() <= 0',"0m","critical","The certificate served at {{ $labels.instance }} has expired","Browsers refuse the site.",Zn)),e.cloud==="kubernetes"&&Y(e,"certificate")&&t.push(n("CertManagerCertificateNotReady",'max by (name, namespace) (certmanager_certificate_ready_status{condition="False"}) == 1',"1h","warning","cert-manager Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready","Issuance or renewal has failed for an hour; the served certificate is not being renewed.",Zn));let i=e.budget.monthly;if(e.cloud==="kubernetes"&&i!==!1){let a=`sum(node_total_hourly_cost) * ${$a}`;t.push(n("BudgetForecastAbove80",`${a} > ${i*.8}`,"6h","warning",`The cluster's monthly run rate is above 80 % of the ${i} ${e.budget.currency} budget`,"OpenCost's hourly node cost, kept up for a month, exceeds 80 % of budget.monthly.","incident-response"),n("BudgetForecastAbove100",`${a} > ${i}`,"6h","critical",`The cluster's monthly run rate is above the ${i} ${e.budget.currency} budget`,"OpenCost's hourly node cost, kept up for a month, exceeds budget.monthly.","incident-response"))}return t}function ay(e,n){let t=tn(e)[0]??"https://example.org/",i=e.budget.monthly===!1?0:e.budget.monthly;switch(n){case"CertificateExpiringSoon":return{series:[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${t}"}`,values:`${10*86400}x120`}],at:90,labels:{job:"tls",instance:t}};case"CertificateExpired":return{series:[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${t}"}`,values:"1800x60"}],at:40,labels:{job:"tls",instance:t}};case"CertManagerCertificateNotReady":return{series:[{series:`certmanager_certificate_ready_status{name="${e.name}",namespace="${e.name}-prod",condition="False"}`,values:"1x90"}],at:70,labels:{name:e.name,namespace:`${e.name}-prod`}};default:return{series:[{series:'node_total_hourly_cost{node="n1"}',values:`${(i*1.1/$a).toFixed(4)}x480`}],at:400,labels:{}}}}function iy(e,n){let t=tn(e)[0]??"https://example.org/",i=e.budget.monthly===!1?0:e.budget.monthly,a=o=>n.some(r=>r.expr.includes(o));return[...a("probe_ssl_earliest_cert_expiry")?[{series:`probe_ssl_earliest_cert_expiry{job="tls",instance="${t}"}`,values:`${60*86400}x480`}]:[],...a("certmanager_")?[{series:`certmanager_certificate_ready_status{name="${e.name}",namespace="${e.name}-prod",condition="False"}`,values:"0x480"}]:[],...a("node_total_hourly_cost")?[{series:'node_total_hourly_cost{node="n1"}',values:`${(i*.5/$a).toFixed(4)}x480`}]:[]]}var sy=(e,n)=>e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,i)=>n[i]??"");function ly(e,n){let t=n.map(i=>{let a=ay(e,i.alert);return{interval:"1m",input_series:a.series,alert_rule_test:[{eval_time:`${a.at}m`,alertname:i.alert,exp_alerts:[{exp_labels:{...a.labels,severity:i.labels.severity},exp_annotations:{...i.annotations,summary:sy(i.annotations.summary,a.labels)}}]}]}});return t.push({interval:"1m",input_series:iy(e,n),alert_rule_test:n.map(i=>({eval_time:"420m",alertname:i.alert,exp_alerts:[]}))}),{rule_files:["edge-alerts.yml"],evaluation_interval:"1m",tests:t}}function wu(e){let n=oy(e);if(n.length===0)return[];let t=[{kind:"yaml",path:"monitoring/edge-alerts.yml",component:"monitoring",headerComment:"Certificate expiry and budget alerts. Test with: promtool test rules monitoring/edge-alerts.test.yml",data:{groups:[{name:`${e.name}.edge`,rules:n}]}},{kind:"yaml",path:"monitoring/edge-alerts.test.yml",component:"monitoring",data:ly(e,n)}];return tn(e).length>0&&t.push({kind:"yaml",path:"monitoring/blackbox.yml",component:"monitoring",headerComment:`Config of the blackbox exporter Prometheus reaches at ${vu} (job "tls").`,data:{modules:{tls:{prober:"http",timeout:"10s",http:{method:"GET",fail_if_not_ssl:!0,preferred_ip_protocol:"ip4"}}}}}),t}function cy(e){let n=P(e).find(i=>i.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]},...Ea(e)];let t=[];return n&&t.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),t.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&t.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),t.push(...Ea(e)),t}function uy(e){if(P(e).length===0)return[];let n=Qn(e),t=wu(e),i=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml",...t.length>0?["edge-alerts.yml"]:[]],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:cy(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:bu(e,n)},...t];return e.alerting!=="none"&&i.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:ku(e)}),i}var Su={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:uy};function my(e,n){switch(e.cloud){case"aws-ecs":return{where:"ACM (infra/edge.tf), DNS-validated in Route 53; CloudFront and the load balancers serve it",state:`aws acm list-certificates --certificate-statuses ISSUED PENDING_VALIDATION --query "CertificateSummaryList[?DomainName=='${e.deploy.domain??n}']" && aws acm describe-certificate --certificate-arn "$CERT_ARN" --query 'Certificate.{status:Status,renewal:RenewalSummary,notAfter:NotAfter}'`,renew:"terraform -chdir=infra apply -target=aws_route53_record.certificate_validation  # restores the validation records ACM renews with"};case"gcp-cloud-run":return{where:"a Google-managed certificate on the global load balancer (infra/edge.tf)",state:`gcloud compute ssl-certificates describe ${e.name}-edge --global --format='yaml(managed.status,managed.domainStatus,expireTime)'`,renew:`dig +short ${n}  # must be the load balancer's address; Google renews only names that resolve to it`};case"azure-container-apps":return{where:"Front Door managed certificates on the custom domains (infra/edge.tf)",state:`az afd custom-domain list --profile-name ${e.name}-edge --resource-group ${e.name}-shared --query "[].{host:hostName,state:domainValidationState,tls:tlsSettings}"`,renew:`az afd custom-domain regenerate-validation-token --profile-name ${e.name}-edge --resource-group ${e.name}-shared --custom-domain-name ${n.replace(/\./g,"-")}  # then update the _dnsauth TXT record`};case"kubernetes":return{where:"cert-manager: ClusterIssuer letsencrypt (k8s/cluster) and Certificate in each namespace (k8s/base)",state:`kubectl -n ${e.name}-prod describe certificate ${e.name} && kubectl -n ${e.name}-prod get certificaterequests,orders,challenges`,renew:`cmctl renew -n ${e.name}-prod ${e.name}  # or: kubectl -n ${e.name}-prod delete secret ${e.name}-tls`};case"compose":return e.edge.tunnel?{where:"Cloudflare's edge certificate (Universal SSL); the tunnel needs no origin certificate",state:'curl --silent --header "Authorization: Bearer $CLOUDFLARE_API_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CLOUDFLARE_ZONE_ID/ssl/certificate_packs?status=all"',renew:"Check the zone's SSL/TLS > Edge Certificates page: the DNS records must stay proxied (orange cloud) for Cloudflare to renew."}:{where:"Caddy's automatic HTTPS (compose.caddy.yml, deploy/caddy/Caddyfile), stored in the caddy_data volume",state:`cd /srv/${e.name} && ${te(e)} logs --since 72h caddy | grep -Ei 'certificate|acme|tls' | tail -n 50`,renew:`cd /srv/${e.name} && ${te(e)} restart caddy  # Caddy retries renewal at start; ports 80 and 443 must reach the server from the internet`}}}function $u(e,n){let t=oe(e).find(a=>a.environment==="production").host,i=my(e,t);return{slug:Zn,title:"Certificate expiring or expired",purpose:`The certificate served at ${t} ends within ${En} days, or has ended and browsers refuse the site. It comes from ${i.where} and should have renewed itself 30 days before the end.`,alerts:["CertificateExpiringSoon","CertificateExpired",...e.cloud==="kubernetes"?["CertManagerCertificateNotReady"]:[],"certificates (uptime.yml)"],alertSource:"monitoring/edge-alerts.yml, uptime.yml",severity:"warning while it is valid, critical once expired",confirm:[`\`echo | openssl s_client -connect ${t}:443 -servername ${t} 2>/dev/null | openssl x509 -noout -enddate -issuer\` shows the end date and issuer.`],diagnose:[{label:"Renewal state",command:i.state},{label:"What resolves for the name (renewal needs it to reach the edge)",command:`dig +short ${t}`}],mitigate:[{label:"Restart the renewal",command:i.renew},{label:"Expired and renewal still blocked: serve a certificate issued by hand (certbot certonly --manual --preferred-challenges dns) at the edge, then fix renewal."}],escalate:n,verify:["The end date from the confirm step is more than 30 days away.","CertificateExpiringSoon resolves; the next uptime.yml run passes its certificates job."],related:["incident-response"]}}function Eu(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`${e.notifications.email} (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function Ou(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${le(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${le(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${le(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${le(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function dy(e){let n=e.backup,t=`${le(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${t}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${t}`;case"gcs":return`gcloud storage ls gs://${t}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${le(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function Pu(e){let t=nn[e.cloud].runbook(e),i=W(e),a={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],o=(c=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${Eu(e)}.`,...c,`Platform fault suspected: ${a}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],l=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+R(e).path}" && echo healthy\` (API_URL: the production environment's variable)`,s=[];return i&&s.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${R(e).path} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${l}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:t.status},{label:"Application logs (look for connection errors)",command:t.logs},{label:"Database state",command:t.databaseStatus},{label:"Recent platform events",command:t.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:t.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:t.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:o(),verify:[l,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&s.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${Ou(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:t.storageCheck},{label:"Application logs",command:t.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:o(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),s.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[l,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:t.status},{label:"Errors in the logs",command:t.logs},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:t.events},...i?[{label:"Database health (a slow database shows as latency first)",command:t.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:t.rollback},{label:"Traffic surge: scale out",command:t.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:o(),verify:["HighErrorRate and HighLatencyP95 resolve.",l],related:["rollback","ddos-mitigation","incident-response"]}),s.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${t.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:t.status}],mitigate:[{label:"Block the offending sources at the edge",command:t.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:t.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:o(),verify:["CPU back under 70% and HighCpu resolved.",l,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),s.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${R(e).path} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:t.status},{label:"Logs of the new version",command:t.logs}],mitigate:[{label:"Put the previous version back",command:t.rollback},...i?[{label:"Migrations are not rolled back automatically: if the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since",command:t.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:o(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[l,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),i&&s.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${Ou(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule \`${e.backup.schedule}\` and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:dy(e)}]:[],{label:"State of the database to restore into",command:t.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:t.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:o(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[l,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]}),Y(e,"expiry alert")&&s.push($u(e,o())),s.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${Eu(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:t.status},{label:"Logs",command:t.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Budget alert (the cloud budget's mail, or BudgetForecastAbove80/100 on Kubernetes): open the cost view (docs/costs.md), find the service or resource that grew, and scale it back or raise budget.monthly on purpose."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:o(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:s.map(c=>c.slug)}),s}function py(e){if(P(e).length===0)return[];let n=nn[e.cloud].title,t=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`${e.notifications.email}`:"PagerDuty";return Pu(e).map(i=>({kind:"text",path:`docs/runbooks/${i.slug}.md`,component:"runbooks",comment:"html",text:T("runbooks/runbook.md.hbs",{alertSource:"monitoring/alerts.yml",...i,name:e.name,cloudTitle:n,alertDestination:t})}))}var Cu={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:py};var fy="https://acme-v02.api.letsencrypt.org/directory",Oa="letsencrypt",Pa=e=>({project:e.name,...e.costTags}),hy=e=>`${e.name}-tls`;function Tu(e){let n=e.edge.acmeEmail??e.notifications.email,t=e.edge.challenge==="dns-01"?{dns01:{cloudflare:{apiTokenSecretRef:{name:"cloudflare-api-token",key:"api-token"}}},selector:{dnsZones:[e.edge.dnsZone]}}:{http01:{ingress:{class:"nginx"}}};return{apiVersion:"cert-manager.io/v1",kind:"ClusterIssuer",metadata:{name:Oa,labels:{"app.kubernetes.io/part-of":e.name,...Pa(e)}},spec:{acme:{server:fy,...n?{email:n}:{},privateKeySecretRef:{name:`${Oa}-account-key`},solvers:[t]}}}}function xu(e,n){return{apiVersion:"cert-manager.io/v1",kind:"Certificate",metadata:{name:e.name,labels:n},spec:{secretName:hy(e),issuerRef:{kind:"ClusterIssuer",name:Oa},dnsNames:oe(e).filter(t=>t.environment==="production").map(t=>t.host),duration:"2160h",renewBefore:"720h",privateKey:{algorithm:"ECDSA",size:256,rotationPolicy:"Always"}}}}var Ca=e=>e.cloud==="kubernetes"&&Y(e,"certificate");var j=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name,...Pa(e)}),Ta=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),xa=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),Aa=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),Au=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function Ru(e,n){let t=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(Pl).map(([a,o])=>({name:a,value:o}))}}:{tcpSocket:{port:"http"}},i=(a,o)=>({...t,periodSeconds:a,timeoutSeconds:3,failureThreshold:o});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:j(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:Ta(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:j(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:xa(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:Au(e),readinessProbe:i(5,3),livenessProbe:{...i(15,4),initialDelaySeconds:20},startupProbe:i(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:Aa(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var Iu=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:j(e,n.key)},spec:{type:"ClusterIP",selector:Ta(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),Du=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:j(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),Nu=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:j(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:Ta(e,n.key)}}}),Lu=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:j(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:j(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:xa(10001),containers:[{name:"migrate",image:n.image,command:Se(e),envFrom:Au(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Aa(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function Bu(e){if(!W(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:j(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:j(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:j(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:j(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:xa(70),containers:[{name:"pg-dump",image:hn(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Aa(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var ju=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:j(e,"config")},data:{APP_NAME:e.name,HEALTH_PATH:R(e).path,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),Mu=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:j(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function qu(e,n){let t=l=>({service:{name:`${e.name}-${l.key}`,port:{name:"http"}}}),i=n.find(l=>l.key==="api"),a=n.find(l=>l.key==="web"),o=e.deploy.domain,r=[];if(o)i&&r.push({host:a?`api.${o}`:o,http:{paths:[{path:"/",pathType:"Prefix",backend:t(i)}]}}),a&&r.push({host:o,http:{paths:[{path:"/",pathType:"Prefix",backend:t(a)}]}});else{let l=[];if(i&&a){l.push({path:"/api",pathType:"Prefix",backend:t(i)});let s=R(e);s.route&&!s.path.startsWith("/api/")&&l.push({path:s.path,pathType:"Exact",backend:t(i)})}l.push({path:"/",pathType:"Prefix",backend:t(a??i)}),r.push({http:{paths:l}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:j(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...o?{tls:[{hosts:r.map(l=>l.host),secretName:`${e.name}-tls`}]}:{},rules:r}}}function Uu(e,n){let t={"app.kubernetes.io/part-of":e.name},i=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:j(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:j(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let a of n){let o=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];a.key==="api"&&o.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),a.key==="api"&&o.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),i.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${a.key}-ingress`,labels:j(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":a.key,...t}},policyTypes:["Ingress"],ingress:[{from:o,ports:[{protocol:"TCP",port:a.port}]}]}})}return i}var Gu=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var On=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,Ie=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function gy(e){let n=P(e);return[ju(e),Mu(e),...n.flatMap(t=>[Ru(e,t),Iu(e,t),Du(e,t),Nu(e,t)]),qu(e,n),...Ca(e)?[xu(e,j(e,"certificate"))]:[],...Uu(e,n),...Bu(e)]}function yy(e){if(e.cloud!=="kubernetes")return[];let n=P(e);if(n.length===0)return[];let t=gy(e),i=t.map(o=>Ie(`k8s/base/${On(o)}`,o));i.push(Ie("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:t.map(On)}));let a=n.find(o=>o.key==="api");if(a&&a.migrate){let o=Lu(e,a);i.push(Ie(`k8s/migrate/${On(o)}`,o),Ie("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[On(o)]}))}if(Ca(e)){let o=Tu(e);i.push(Ie(`k8s/cluster/${On(o)}`,o),Ie("k8s/cluster/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[On(o)]}))}for(let[o,r]of[["dev","staging"],["prod","production"]]){let l=ga(e.name,r);i.push(Ie(`k8s/overlays/${o}/namespace.yaml`,Gu(l)),Ie(`k8s/overlays/${o}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:l,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":l,environment:r},includeSelectors:!1}]}))}return i}var Hu={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",render:yy};var _y=["set -euo pipefail",'cert=$(openssl s_client -connect "$HOST:$PORT" -servername "$HOST" </dev/null 2>/dev/null | openssl x509) || { echo "::error::$HOST:$PORT served no certificate"; exit 1; }','echo "$HOST: $(openssl x509 -noout -enddate <<<"$cert")"','if ! openssl x509 -noout -checkend "$((MIN_DAYS * 86400))" <<<"$cert" >/dev/null; then','  echo "::error::The certificate of $HOST expires within $MIN_DAYS days. Runbook: docs/runbooks/certificate-expiring.md"',"  exit 1","fi",""].join(`
`);function Fu(e){if(tn(e).length===0)return;let n=oe(e).filter(t=>t.environment==="production");return{name:"Check certificate expiry","runs-on":"ubuntu-latest",permissions:{},"timeout-minutes":5,steps:n.map(t=>({id:`certificate-${t.key}`,name:`Certificate of ${t.host} is valid for ${En} more days`,env:{HOST:t.host,PORT:"443",MIN_DAYS:String(En)},run:_y}))}}function by(e){let n=P(e).map(a=>({id:`probe-${a.key}`,name:`Probe ${a.key} ${a.healthPath}`,env:{URL:`\${{ vars.${a.urlVar} }}${a.healthPath}`,HEALTHY_BELOW:String(Z(a.probe))},run:["for attempt in 1 2 3 4; do",`  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$URL") || status=000`,'  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi','  echo "attempt $attempt: $URL answered $status"','  if [ "$attempt" -lt 4 ]; then sleep 10; fi',"done",'echo "::error::$URL is down"',"exit 1",""].join(`
`)})),t={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}},i=Fu(e);return i&&(t.certificates=i),(e.notifications.slack||e.alerting==="slack")&&(t.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:Object.keys(t),if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:t}}var zu={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert; with a domain, the served certificates fail the run 14 days before expiry.",render:e=>P(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(by(e)))}]};var ky=["AWSManagedRulesAmazonIpReputationList","AWSManagedRulesCommonRuleSet","AWSManagedRulesKnownBadInputsRuleSet"],vy=[80,100].flatMap(e=>["actual","forecast"].map(n=>({percent:e,fraction:e/100,type:n==="actual"?"ACTUAL":"FORECASTED",gcpBasis:n==="actual"?"CURRENT_SPEND":"FORECASTED_SPEND",azureType:n==="actual"?"Actual":"Forecasted"}))),Ra=e=>JSON.stringify(e);function wy(e){let n=e.filter(a=>a.environment==="production"),t=`http.host in {${n.map(a=>Ra(a.host)).join(" ")}}`,i=n.flatMap(a=>a.staticPaths.map(o=>`(http.host eq ${Ra(a.host)} and starts_with(http.request.uri.path, ${Ra(o.replace(/\*$/,""))}))`));return{hostExpression:t,cacheExpression:i.length>0?i.join(" or "):"false"}}function Sy(e){let n=Math.max(0,...oe(e).map(s=>s.id.length+2)),t=oe(e).map(s=>({...s,quotedId:`"${s.id}"`.padEnd(n)})),i=Y(e,"cdn"),a=Y(e,"rate limit"),o=P(e).find(s=>s.key==="api"),r=wy(t),l=e.budget.monthly;return{name:e.name,domain:e.deploy.domain??"",dnsZone:e.edge.dnsZone??"",dnsZoneResource:(e.edge.dnsZone??"").replace(/\./g,"-"),compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12),hosts:t,services:P(e),defaultKey:t.some(s=>s.key==="web")?"web":o?.key??"web",cdn:i,waf:a,cdnWaf:i&&a,rateLimit:e.edge.rateLimit,managedRuleGroups:ky.map((s,c)=>({rule:s,priority:c+2})),costTagsHcl:`{ ${Object.entries($y(e)).map(([s,c])=>`${s} = ${JSON.stringify(c)}`).join(", ")} }`,budget:l===!1?void 0:{monthly:l,units:String(Math.ceil(l)),currency:e.budget.currency,alertEmails:Ey(e),notifications:vy},hostExpression:r.hostExpression.replace(/"/g,'\\"'),cacheExpression:r.cacheExpression.replace(/"/g,'\\"')}}var $y=e=>({project:e.name,"managed-by":"terraform",...e.costTags}),Ey=e=>e.budget.alertEmails.length>0?e.budget.alertEmails:e.notifications.email?[e.notifications.email]:[],Oy={"aws-ecs":[["aws-ecs/edge.tf.hbs","infra/edge.tf","edge"],["aws-ecs/module-edge.tf.hbs","infra/modules/environment/edge.tf","edge"],["aws-ecs/costs.tf.hbs","infra/costs.tf","always"]],"gcp-cloud-run":[["gcp-cloud-run/edge.tf.hbs","infra/edge.tf","edge"],["gcp-cloud-run/costs.tf.hbs","infra/costs.tf","always"]],"azure-container-apps":[["azure-container-apps/edge.tf.hbs","infra/edge.tf","edge"],["azure-container-apps/costs.tf.hbs","infra/costs.tf","always"]],kubernetes:[],compose:[["compose/edge.tf.hbs","infra/edge.tf","edge"]]};function Ku(e){if(P(e).length===0)return[];let n=Sy(e),t=e.cloud==="compose"?e.edge.tunnel&&!!e.deploy.domain&&(n.cdn||n.waf):Y(e,"certificate");return Oy[e.cloud].filter(([,,i])=>i==="always"||t).map(([i,a])=>({kind:"text",path:a,component:"infrastructure",comment:"hash",text:T(`terraform/edge/${i}`,n).replace(/\n{3,}/g,`

`)}))}var Py={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},Cy=e=>({name:e.name,region:e.deploy.region??nn[e.cloud].defaultRegion??"",services:P(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:W(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:Yt,migrateCommand:`[${Se(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:le(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&W(e),gcsBackups:e.backup.target==="gcs"&&W(e),azureBackups:e.backup.target==="azure-blob"&&W(e),domain:e.deploy.domain??"",tunnel:e.edge.tunnel,managedCertificate:e.cloud==="aws-ecs"&&Y(e,"certificate"),cdnFront:e.cloud==="aws-ecs"&&Y(e,"cdn"),rateLimit:e.edge.rateLimit,compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12)});function Ty(e){if(P(e).length===0)return[];let n=Cy(e);return[...[...Py[e.cloud],["common/github.tf.hbs","infra/github.tf"]].map(([a,o])=>({kind:"text",path:o,component:"infrastructure",comment:"hash",text:T(`terraform/${a}`,n).replace(/\n{3,}/g,`

`)})),...Ku(e)]}var Vu={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:Ty};var xy=".github/workflows/baseline-resync.yml";function Ay(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:k("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var Wu={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:xy,component:"resync-workflow",data:Ay(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var Ia=[hc,$c,bc,Gl,xc,eu,ru,mu,gu,Su,Cu,Hu,zu,Vu,Wu];function AP(e){let n=e.exclude.filter(t=>!Ia.some(i=>i.name===t));if(n.length>0)throw H(`exclude: ${n.map(t=>JSON.stringify(t)).join(", ")} is not a component. Allowed: ${Ia.map(t=>t.name).join(", ")}`);return Ia.filter(t=>!e.exclude.includes(t.name)).flatMap(t=>t.render(e))}var Yu="create-devops-baseline",Tr=`Owned by ${Yu}. Do not edit by hand: change devops-baseline config and run "npx ${Yu} synth".`,Ry=/^(#!|# ?(syntax|escape|check)=)/i;function Da(e){switch(e){case"hash":return`# ${Tr}`;case"html":return`<!-- ${Tr} -->`;case"slash":return`// ${Tr}`;case"none":return}}function Ju(e,n){let t=Da(n);if(!t)return e;let i=e.split(`
`),a=0;for(;a<i.length&&Ry.test(i[a]);)a++;return i.splice(a,0,...n==="html"&&i[a]!==""?[t,""]:[t]),i.join(`
`)}function IP(e){return e.includes(Tr)}function Qu(e){let n=e.split(`
`),t=[],i;for(let a=0;a<n.length;a++){let o=n[a],r=/^\s*(```|~~~)/.exec(o);if(r&&(i=i===void 0?r[1]:o.trim().startsWith(i)?void 0:i),i===void 0&&Xu(o)&&a+1<n.length&&Iy(n[a+1])){let l=a+2;for(;l<n.length&&Xu(n[l]);)l++;t.push(...Dy(n.slice(a,l))),a=l-1;continue}t.push(o)}return t.join(`
`)}var Xu=e=>/^\s*\|.*\|\s*$/.test(e),Iy=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function Na(e){let n=e.trim().slice(1,-1),t=[],i="",a=!1;for(let o=0;o<n.length;o++){let r=n[o];r==="\\"&&n[o+1]==="|"?(i+="\\|",o++):r==="`"?(a=!a,i+=r):r==="|"&&!a?(t.push(i.trim()),i=""):i+=r}return t.push(i.trim()),t}function Dy(e){let n=Na(e[0]),t=Na(e[1]).map(c=>c.startsWith(":")&&c.endsWith(":")?"center":c.endsWith(":")?"right":c.startsWith(":")?"left":"none"),i=e.slice(2).map(Na),a=Math.max(n.length,t.length,...i.map(c=>c.length)),o=Array.from({length:a},(c,u)=>Math.max(3,...[n,...i].map(m=>[...m[u]??""].length))),r=(c,u)=>{let m=o[u]-[...c].length;switch(t[u]??"none"){case"right":return" ".repeat(m)+c;case"center":return" ".repeat(Math.floor(m/2))+c+" ".repeat(Math.ceil(m/2));default:return c+" ".repeat(m)}},l=c=>`| ${c.map((u,m)=>r(u,m)).join(" | ")} |`,s=o.map((c,u)=>{switch(t[u]??"none"){case"left":return`:${"-".repeat(c-1)}`;case"right":return`${"-".repeat(c-1)}:`;case"center":return`:${"-".repeat(c-2)}:`;default:return"-".repeat(c)}});return[l(n),`| ${s.join(" | ")} |`,...i.map(l)]}function Zu(e){return`${La(e,"",0,0)}
`}function La(e,n,t,i){return Array.isArray(e)?Ly(e,n,t,i):e!==null&&typeof e=="object"?Ny(e,n):JSON.stringify(e)??"null"}function Ny(e,n){let t=Object.entries(e).filter(([,o])=>o!==void 0);if(t.length===0)return"{}";let i=`${n}  `;return`{
${t.map(([o,r],l)=>{let s=`${i}${JSON.stringify(o)}: `,c=l<t.length-1?",":"";return s+La(r,i,s.length,c.length)+c}).join(`
`)}
${n}}`}function Ly(e,n,t,i){if(e.length===0)return"[]";let a=em(e);if(a!==void 0&&t+a.length+i<=80)return a;let o=`${n}  `;return`[
${e.map((l,s)=>{let c=s<e.length-1?",":"";return o+La(l,o,o.length,c.length)+c}).join(`
`)}
${n}]`}function By(e){return Array.isArray(e)?e.length===0?"[]":em(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function em(e){if(e.length>1&&e.every(i=>Array.isArray(i)&&i.length>1))return;let t=e.map(By);return t.every(i=>i!==void 0)?`[${t.join(", ")}]`:void 0}function ja(e,n,t){let i=structuredClone(e);for(let[a,o]of Object.entries(n.set??{}))i=rm(i,nm(a),o,`${t}: overrides set "${a}"`);for(let a of n.delete??[])i=Ba(i,nm(a),`${t}: overrides delete "${a}"`);return i}function nm(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function tm(e,n,t){if(Array.isArray(e)){let i=e.findIndex(a=>a&&typeof a=="object"&&(a.id===n||a.name===n));return i>=0?i:/^\d+$/.test(n)&&e.every(a=>typeof a!="object"||a===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw H(`${t}: "${n}" is below a value that is not a map or a list`)}function rm(e,n,t,i){let[a,...o]=n;if(a===void 0)return t;let r=e??{},l=tm(r,a,i);if(l===void 0)throw H(`${i}: no list item with id or name "${a}"`);let s=Array.isArray(r)?[...r]:{...r};return s[l]=rm(s[l],o,t,i),s}function Ba(e,n,t){let[i,...a]=n;if(i===void 0)return e;let o=tm(e,i,t);if(o===void 0||e[o]===void 0)throw H(`${t}: nothing at "${i}" to delete`);if(Array.isArray(e))return a.length===0?e.filter((l,s)=>s!==o):e.map((l,s)=>s===o?Ba(l,a,t):l);let r={...e};return a.length===0?delete r[o]:r[o]=Ba(r[o],a,t),r}var me=ks(Kp(),1);var m1=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;function Vp(e,n=[]){let t=new me.Document(e,{keepUndefined:!1,aliasDuplicateObjects:!1});return(0,me.visit)(t,{Scalar(i,a){i==="value"&&typeof a.value=="string"&&m1.test(a.value)&&(a.type=me.Scalar.QUOTE_DOUBLE)},Pair(i,a){if((0,me.isPair)(a)&&(0,me.isScalar)(a.key)&&a.key.value==="uses"&&(0,me.isScalar)(a.value)){let o=Ts(String(a.value.value));o&&(a.value.comment=` ${o}`)}}}),n.length>0&&(t.commentBefore=n.map(i=>` ${i}`).join(`
`)),t.toString({lineWidth:0,indentSeq:!0,singleQuote:!1,flowCollectionPadding:!0})}function mC(e,n){let t=new Set,i=[];for(let a of e){if(t.has(a.path))throw new Error(`Two components render ${a.path}`);if(d1(a.path))throw new Error(`${a.component} renders ${a.path}: secrets files are the user's; render a .env.example instead`);t.add(a.path),!n.eject.includes(a.path)&&i.push(p1(a,n.overrides[a.path]))}for(let a of Object.keys(n.overrides))if(!t.has(a))throw H(`overrides: "${a}" is not a generated file. Generated: ${[...t].sort().join(", ")}`);return i.sort((a,o)=>a.path<o.path?-1:a.path>o.path?1:0)}function d1(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function p1(e,n){let t={path:e.path,component:e.component};switch(e.kind){case"yaml":{let i=n?ja(e.data,n,e.path):e.data,a=[Da("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...t,content:Vp(i,a),executable:!1}}case"json":{let i=n?ja(e.data,n,e.path):e.data;return{...t,content:Zu(i),executable:!1}}case"text":{if(n)throw H(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let i=e.path.endsWith(".md")?Qu(e.text):e.text,a=i.endsWith(`
`)?i:`${i}
`;return{...t,content:Ju(a,e.comment),executable:e.executable??!1}}}}export{Yu as a,IP as b,B1 as c,ne as d,Kp as e,k as f,I as g,Cl as h,L as i,jh as j,cr as k,rg as l,W as m,ty as n,Ia as o,AP as p,Vp as q,mC as r};
