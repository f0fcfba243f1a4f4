import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{d as Os,p as Ps}from"./chunk-OLBMPDAQ.js";import{b as Es}from"./chunk-2SCTJN4E.js";import{b as $s,c as G}from"./chunk-HYMPNKDN.js";import{a as Lt,c as g,e as Ss}from"./chunk-W2CXPP6G.js";var oe=g(Q=>{"use strict";Q.__esModule=!0;Q.extend=Ns;Q.indexOf=tf;Q.escapeExpression=rf;Q.isEmpty=of;Q.createFrame=af;Q.blockParams=sf;Q.appendContextPath=lf;var Qd={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Zd=/[&<>"'`=]/g,ef=/[&<>"'`=]/;function nf(e){return Qd[e]}function Ns(e){for(var n=1;n<arguments.length;n++)for(var t in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],t)&&(e[t]=arguments[n][t]);return e}var Do=Object.prototype.toString;Q.toString=Do;var Io=function(n){return typeof n=="function"};Io(/x/)&&(Q.isFunction=Io=function(e){return typeof e=="function"&&Do.call(e)==="[object Function]"});Q.isFunction=Io;var Ls=Array.isArray||function(e){return e&&typeof e=="object"?Do.call(e)==="[object Array]":!1};Q.isArray=Ls;function tf(e,n){for(var t=0,a=e.length;t<a;t++)if(e[t]===n)return t;return-1}function rf(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return ef.test(e)?e.replace(Zd,nf):e}function of(e){return!e&&e!==0?!0:!!(Ls(e)&&e.length===0)}function af(e){var n=Ns({},e);return n._parent=e,n}function sf(e,n){return e.path=n,e}function lf(e,n){return(e?e+".":"")+n}});var Pe=g((Bt,Bs)=>{"use strict";Bt.__esModule=!0;var No=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Lo(e,n){var t=n&&n.loc,a=void 0,i=void 0,o=void 0,r=void 0;t&&t.start&&(a=t.start.line,o=t.start.column,t.end&&(i=t.end.line,r=t.end.column),e+=" - "+a+":"+o);for(var l=Error.prototype.constructor.call(this,e),s=0;s<No.length;s++)this[No[s]]=l[No[s]];Error.captureStackTrace&&Error.captureStackTrace(this,Lo);try{t&&(this.lineNumber=a,this.endLineNumber=i,Object.defineProperty?(Object.defineProperty(this,"column",{value:o,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:r,enumerable:!0})):(this.column=o,this.endColumn=r))}catch{}}Lo.prototype=new Error;Bt.default=Lo;Bs.exports=Bt.default});var Ms=g((jt,js)=>{"use strict";jt.__esModule=!0;var Bo=oe();jt.default=function(e){e.registerHelper("blockHelperMissing",function(n,t){var a=t.inverse,i=t.fn;if(n===!0)return i(this);if(n===!1||n==null)return a(this);if(Bo.isArray(n))return n.length>0?(t.ids&&(t.ids=[t.name]),e.helpers.each(n,t)):a(this);if(t.data&&t.ids){var o=Bo.createFrame(t.data);o.contextPath=Bo.appendContextPath(t.data.contextPath,t.name),t={data:o}}return i(n,t)})};js.exports=jt.default});var Us=g((Mt,qs)=>{"use strict";Mt.__esModule=!0;function cf(e){return e&&e.__esModule?e:{default:e}}var dn=oe(),uf=Pe(),pf=cf(uf);function mf(e){try{var n=e.return;dn.isFunction(n)&&n.call(e)}catch{}}Mt.default=function(e){e.registerHelper("each",function(n,t){if(!t)throw new pf.default("Must pass iterator to #each");var a=t.fn,i=t.inverse,o=0,r="",l=void 0,s=void 0;t.data&&t.ids&&(s=dn.appendContextPath(t.data.contextPath,t.ids[0])+"."),dn.isFunction(n)&&(n=n.call(this)),t.data&&(l=dn.createFrame(t.data));function c(y,f,h,b){l&&(l.key=y,l.index=f,l.first=f===0,l.last=!!h,s&&(l.contextPath=s+y)),r=r+a(b,{data:l,blockParams:dn.blockParams([b,y],[s+y,null])})}if(n&&typeof n=="object")if(dn.isArray(n))for(var u=n.length;o<u;o++)o in n&&c(o,o,o===n.length-1,n[o]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var p=n[Symbol.iterator](),m=p.next();!m.done;){var d=p.next();try{c(o,o,d.done,m.value)}catch(y){throw d.done||mf(p),y}m=d,o++}else(function(){var y=void 0;Object.keys(n).forEach(function(f){y!==void 0&&c(y,o-1,!1,n[y]),y=f,o++}),y!==void 0&&c(y,o-1,!0,n[y])})();return o===0&&(r=i(this)),r})};qs.exports=Mt.default});var Hs=g((qt,Gs)=>{"use strict";qt.__esModule=!0;function df(e){return e&&e.__esModule?e:{default:e}}var ff=Pe(),hf=df(ff);qt.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new hf.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};Gs.exports=qt.default});var zs=g((Ut,Ks)=>{"use strict";Ut.__esModule=!0;function gf(e){return e&&e.__esModule?e:{default:e}}var Vs=oe(),yf=Pe(),Fs=gf(yf);Ut.default=function(e){e.registerHelper("if",function(n,t){if(arguments.length!=2)throw new Fs.default("#if requires exactly one argument");return Vs.isFunction(n)&&(n=n.call(this)),!t.hash.includeZero&&!n||Vs.isEmpty(n)?t.inverse(this):t.fn(this)}),e.registerHelper("unless",function(n,t){if(arguments.length!=2)throw new Fs.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:t.inverse,inverse:t.fn,hash:t.hash})})};Ks.exports=Ut.default});var Ws=g((Gt,Ys)=>{"use strict";Gt.__esModule=!0;Gt.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],t=arguments[arguments.length-1],a=0;a<arguments.length-1;a++)n.push(arguments[a]);var i=1;t.hash.level!=null?i=t.hash.level:t.data&&t.data.level!=null&&(i=t.data.level),n[0]=i,e.log.apply(e,n)})};Ys.exports=Gt.default});var Xs=g((Ht,Js)=>{"use strict";Ht.__esModule=!0;Ht.default=function(e){e.registerHelper("lookup",function(n,t,a){return n&&a.lookupProperty(n,t)})};Js.exports=Ht.default});var Zs=g((Vt,Qs)=>{"use strict";Vt.__esModule=!0;function bf(e){return e&&e.__esModule?e:{default:e}}var Fn=oe(),_f=Pe(),kf=bf(_f);Vt.default=function(e){e.registerHelper("with",function(n,t){if(arguments.length!=2)throw new kf.default("#with requires exactly one argument");Fn.isFunction(n)&&(n=n.call(this));var a=t.fn;if(Fn.isEmpty(n))return t.inverse(this);var i=t.data;return t.data&&t.ids&&(i=Fn.createFrame(t.data),i.contextPath=Fn.appendContextPath(t.data.contextPath,t.ids[0])),a(n,{data:i,blockParams:Fn.blockParams([n],[i&&i.contextPath])})})};Qs.exports=Vt.default});var jo=g(Ft=>{"use strict";Ft.__esModule=!0;Ft.registerDefaultHelpers=Nf;Ft.moveHelperToHooks=Lf;function He(e){return e&&e.__esModule?e:{default:e}}var vf=Ms(),wf=He(vf),Sf=Us(),$f=He(Sf),Ef=Hs(),Of=He(Ef),Pf=zs(),Cf=He(Pf),Af=Ws(),Tf=He(Af),xf=Xs(),Rf=He(xf),If=Zs(),Df=He(If);function Nf(e){wf.default(e),$f.default(e),Of.default(e),Cf.default(e),Tf.default(e),Rf.default(e),Df.default(e)}function Lf(e,n,t){e.helpers[n]&&(e.hooks[n]=e.helpers[n],t||(e.helpers[n]=void 0))}});var nl=g((Kt,el)=>{"use strict";Kt.__esModule=!0;var Bf=oe();Kt.default=function(e){e.registerDecorator("inline",function(n,t,a,i){var o=n;return t.partials||(t.partials={},o=function(r,l){var s=a.partials;a.partials=Bf.extend({},s,t.partials);var c=n(r,l);return a.partials=s,c}),t.partials[i.args[0]]=i.fn,o})};el.exports=Kt.default});var tl=g(Mo=>{"use strict";Mo.__esModule=!0;Mo.registerDefaultDecorators=Uf;function jf(e){return e&&e.__esModule?e:{default:e}}var Mf=nl(),qf=jf(Mf);function Uf(e){qf.default(e)}});var qo=g((zt,rl)=>{"use strict";zt.__esModule=!0;var Gf=oe(),fn={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var t=Gf.indexOf(fn.methodMap,n.toLowerCase());t>=0?n=t:n=parseInt(n,10)}return n},log:function(n){if(n=fn.lookupLevel(n),typeof console<"u"&&fn.lookupLevel(fn.level)<=n){var t=fn.methodMap[n];console[t]||(t="log");for(var a=arguments.length,i=Array(a>1?a-1:0),o=1;o<a;o++)i[o-1]=arguments[o];console[t].apply(console,i)}}};zt.default=fn;rl.exports=zt.default});var Uo=g(hn=>{"use strict";hn.__esModule=!0;hn.createProtoAccessControl=Kf;hn.resultIsAllowed=zf;hn.isPrototypeConstructor=Yf;hn.resetLoggedProperties=Jf;function Hf(e){return e&&e.__esModule?e:{default:e}}var ol=oe(),Vf=qo(),Ff=Hf(Vf),Yt=Object.create(null);function Kf(e){var n=Object.create(null);n.__proto__=!1,ol.extend(n,e.allowedProtoProperties);var t=Object.create(null);return t.constructor=!1,t.__defineGetter__=!1,t.__defineSetter__=!1,t.__lookupGetter__=!1,t.__lookupSetter__=!1,ol.extend(t,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:t,defaultValue:e.allowProtoMethodsByDefault}}}function zf(e,n,t){return il(typeof e=="function"?n.methods:n.properties,t)}function Yf(e,n,t){return n==="constructor"&&typeof t=="function"&&e===t.prototype}function il(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(Wf(n),!1)}function Wf(e){Yt[e]!==!0&&(Yt[e]=!0,Ff.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function Jf(){Object.keys(Yt).forEach(function(e){delete Yt[e]})}});var Fo=g(de=>{"use strict";de.__esModule=!0;de.HandlebarsEnvironment=Vo;function al(e){return e&&e.__esModule?e:{default:e}}var Ve=oe(),Xf=Pe(),Go=al(Xf),Qf=jo(),Zf=tl(),eh=qo(),Wt=al(eh),nh=Uo(),th="4.7.10";de.VERSION=th;var rh=8;de.COMPILER_REVISION=rh;var oh=7;de.LAST_COMPATIBLE_COMPILER_REVISION=oh;var ih={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};de.REVISION_CHANGES=ih;var Ho="[object Object]";function Vo(e,n,t){this.helpers=e||{},this.partials=n||{},this.decorators=t||{},Qf.registerDefaultHelpers(this),Zf.registerDefaultDecorators(this)}Vo.prototype={constructor:Vo,logger:Wt.default,log:Wt.default.log,registerHelper:function(n,t){if(Ve.toString.call(n)===Ho){if(t)throw new Go.default("Arg not supported with multiple helpers");Ve.extend(this.helpers,n)}else this.helpers[n]=t},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,t){if(Ve.toString.call(n)===Ho)Ve.extend(this.partials,n);else{if(typeof t>"u")throw new Go.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=t}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,t){if(Ve.toString.call(n)===Ho){if(t)throw new Go.default("Arg not supported with multiple decorators");Ve.extend(this.decorators,n)}else this.decorators[n]=t},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){nh.resetLoggedProperties()}};var ah=Wt.default.log;de.log=ah;de.createFrame=Ve.createFrame;de.logger=Wt.default});var ll=g((Jt,sl)=>{"use strict";Jt.__esModule=!0;function Ko(e){this.string=e}Ko.prototype.toString=Ko.prototype.toHTML=function(){return""+this.string};Jt.default=Ko;sl.exports=Jt.default});var cl=g(zo=>{"use strict";zo.__esModule=!0;zo.wrapHelper=sh;function sh(e,n){if(typeof e!="function")return e;var t=function(){var i=arguments[arguments.length-1];return arguments[arguments.length-1]=n(i),e.apply(this,arguments)};return t}});var fl=g(Ce=>{"use strict";Ce.__esModule=!0;Ce.checkRevision=dh;Ce.template=fh;Ce.wrapProgram=Xt;Ce.resolvePartial=hh;Ce.invokePartial=gh;Ce.noop=ml;function lh(e){return e&&e.__esModule?e:{default:e}}function ch(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var uh=oe(),Fe=ch(uh),ph=Pe(),ie=lh(ph),be=Fo(),ul=jo(),mh=cl(),Yo=Uo();function dh(e){var n=e&&e[0]||1,t=be.COMPILER_REVISION;if(!(n>=be.LAST_COMPATIBLE_COMPILER_REVISION&&n<=be.COMPILER_REVISION))if(n<be.LAST_COMPATIBLE_COMPILER_REVISION){var a=be.REVISION_CHANGES[t],i=be.REVISION_CHANGES[n];throw new ie.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+a+") or downgrade your runtime to an older version ("+i+").")}else throw new ie.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function fh(e,n){if(!n)throw new ie.default("No environment passed to template");if(!e||!e.main)throw new ie.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var t=e.compiler&&e.compiler[0]===7;function a(r,l,s){s.hash&&(l=Fe.extend({},l,s.hash),s.ids&&(s.ids[0]=!0)),r=n.VM.resolvePartial.call(this,r,l,s),s.hooks=this.hooks,s.protoAccessControl=this.protoAccessControl;var c=n.VM.invokePartial.call(this,r,l,s);if(c==null&&Fe.isFunction(r))throw new ie.default("The partial "+s.name+" returned no output: partials must return a string");if(c==null&&n.compile){if(typeof r!="string")throw new ie.default("The partial "+s.name+" could not be compiled: partials must be strings or functions returning strings");s.partials[s.name]=n.compile(r,e.compilerOptions,n),c=s.partials[s.name](l,s)}if(c!=null){if(s.indent){for(var u=c.split(`
`),p=0,m=u.length;p<m&&!(!u[p]&&p+1===m);p++)u[p]=s.indent+u[p];c=u.join(`
`)}return c}else throw new ie.default("The partial "+s.name+" could not be compiled when running in runtime-only mode")}var i={strict:function(l,s,c){if(!l||!(s in l))throw new ie.default('"'+s+'" not defined in '+l,{loc:c});return i.lookupProperty(l,s)},lookupProperty:function(l,s){var c=l[s];if(c==null||Object.prototype.hasOwnProperty.call(l,s)&&!Yo.isPrototypeConstructor(l,s,c)||Yo.resultIsAllowed(c,i.protoAccessControl,s))return c},lookup:function(l,s){for(var c=l.length,u=0;u<c;u++){var p=l[u]&&i.lookupProperty(l[u],s);if(p!=null)return p}},lambda:function(l,s){return typeof l=="function"?l.call(s):l},escapeExpression:Fe.escapeExpression,invokePartial:a,fn:function(l){var s=e[l];return s.decorator=e[l+"_d"],s},programs:[],program:function(l,s,c,u,p){var m=this.programs[l],d=this.fn(l);return s||p||u||c?m=Xt(this,l,d,s,c,u,p):m||(m=this.programs[l]=Xt(this,l,d)),m},data:function(l,s){for(;l&&s--;)l=l._parent;return l},mergeIfNeeded:function(l,s){var c=l||s;return l&&s&&l!==s&&(c=Fe.extend({},s,l)),c},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function o(r){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],s=l.data;o._setup(l),!l.partial&&e.useData&&(s=yh(r,s));var c=void 0,u=e.useBlockParams?[]:void 0;e.useDepths&&(l.depths?c=r!=l.depths[0]?[r].concat(l.depths):l.depths:c=[r]);function p(m){return""+e.main(i,m,i.helpers,i.partials,s,u,c)}return p=dl(e.main,p,i,l.depths||[],s,u),p(r,l)}return o.isTop=!0,o._setup=function(r){if(r.partial)i.protoAccessControl=r.protoAccessControl,i.helpers=r.helpers,i.partials=r.partials,i.decorators=r.decorators,i.hooks=r.hooks;else{var l={};pl(l,n.helpers,i),pl(l,r.helpers,i),i.helpers=l,e.usePartial&&(i.partials=i.mergeIfNeeded(r.partials,n.partials)),(e.usePartial||e.useDecorators)&&(i.decorators=Fe.extend({},n.decorators,r.decorators)),i.hooks={},i.protoAccessControl=Yo.createProtoAccessControl(r);var s=r.allowCallsToHelperMissing||t;ul.moveHelperToHooks(i,"helperMissing",s),ul.moveHelperToHooks(i,"blockHelperMissing",s)}},o._child=function(r,l,s,c){if(e.useBlockParams&&!s)throw new ie.default("must pass block params");if(e.useDepths&&!c)throw new ie.default("must pass parent depths");return Xt(i,r,e[r],l,0,s,c)},o}function Xt(e,n,t,a,i,o,r){function l(s){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],u=r;return r&&s!=r[0]&&!(s===e.nullContext&&r[0]===null)&&(u=[s].concat(r)),t(e,s,e.helpers,e.partials,c.data||a,o&&[c.blockParams].concat(o),u)}return l=dl(t,l,e,r,a,o),l.program=n,l.depth=r?r.length:0,l.blockParams=i||0,l}function hh(e,n,t){return e?typeof e!="function"&&!t.name&&(t.name=e,e=Qt(t.partials,e)):t.name==="@partial-block"?e=Qt(t.data,"partial-block"):e=Qt(t.partials,t.name),e}function gh(e,n,t){var a=Qt(t.data,"partial-block");t.partial=!0,t.ids&&(t.data.contextPath=t.ids[0]||t.data.contextPath);var i=void 0;if(t.fn&&t.fn!==ml&&(function(){t.data=be.createFrame(t.data);var o=t.fn;i=t.data["partial-block"]=function(l){var s=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return s.data=be.createFrame(s.data),s.data["partial-block"]=a,o(l,s)},o.partials&&(t.partials=Fe.extend({},t.partials,o.partials))})(),e===void 0&&i&&(e=i),e===void 0)throw new ie.default("The partial "+t.name+" could not be found");if(e instanceof Function)return e(n,t)}function ml(){return""}function Qt(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function yh(e,n){return(!n||!("root"in n))&&(n=n?be.createFrame(n):{},n.root=e),n}function dl(e,n,t,a,i,o){if(e.decorator){var r={};n=e.decorator(n,r,t,a&&a[0],i,o,a),Fe.extend(n,r)}return n}function pl(e,n,t){n&&Object.keys(n).forEach(function(a){var i=n[a];e[a]=bh(i,t)})}function bh(e,n){var t=n.lookupProperty;return mh.wrapHelper(e,function(a){return a.lookupProperty=t,a})}});var gl=g((Zt,hl)=>{"use strict";Zt.__esModule=!0;Zt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};hl.exports=Zt.default});var vl=g((er,kl)=>{"use strict";er.__esModule=!0;function Jo(e){return e&&e.__esModule?e:{default:e}}function Xo(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var _h=Fo(),yl=Xo(_h),kh=ll(),vh=Jo(kh),wh=Pe(),Sh=Jo(wh),$h=oe(),Wo=Xo($h),Eh=fl(),bl=Xo(Eh),Oh=gl(),Ph=Jo(Oh);function _l(){var e=new yl.HandlebarsEnvironment;return Wo.extend(e,yl),e.SafeString=vh.default,e.Exception=Sh.default,e.Utils=Wo,e.escapeExpression=Wo.escapeExpression,e.VM=bl,e.template=function(n){return bl.template(n,e)},e}var Kn=_l();Kn.create=_l;Ph.default(Kn);Kn.default=Kn;er.default=Kn;kl.exports=er.default});var Sl=g((s1,wl)=>{wl.exports=vl().default});var P=g(F=>{"use strict";var Gi=Symbol.for("yaml.alias"),op=Symbol.for("yaml.document"),Dr=Symbol.for("yaml.map"),ip=Symbol.for("yaml.pair"),Hi=Symbol.for("yaml.scalar"),Nr=Symbol.for("yaml.seq"),Se=Symbol.for("yaml.node.type"),yy=e=>!!e&&typeof e=="object"&&e[Se]===Gi,by=e=>!!e&&typeof e=="object"&&e[Se]===op,_y=e=>!!e&&typeof e=="object"&&e[Se]===Dr,ky=e=>!!e&&typeof e=="object"&&e[Se]===ip,ap=e=>!!e&&typeof e=="object"&&e[Se]===Hi,vy=e=>!!e&&typeof e=="object"&&e[Se]===Nr;function sp(e){if(e&&typeof e=="object")switch(e[Se]){case Dr:case Nr:return!0}return!1}function wy(e){if(e&&typeof e=="object")switch(e[Se]){case Gi:case Dr:case Hi:case Nr:return!0}return!1}var Sy=e=>(ap(e)||sp(e))&&!!e.anchor;F.ALIAS=Gi;F.DOC=op;F.MAP=Dr;F.NODE_TYPE=Se;F.PAIR=ip;F.SCALAR=Hi;F.SEQ=Nr;F.hasAnchor=Sy;F.isAlias=yy;F.isCollection=sp;F.isDocument=by;F.isMap=_y;F.isNode=wy;F.isPair=ky;F.isScalar=ap;F.isSeq=vy});var at=g(Vi=>{"use strict";var U=P(),J=Symbol("break visit"),lp=Symbol("skip children"),ge=Symbol("remove node");function Lr(e,n){let t=cp(n);U.isDocument(e)?xn(null,e.contents,t,Object.freeze([e]))===ge&&(e.contents=null):xn(null,e,t,Object.freeze([]))}Lr.BREAK=J;Lr.SKIP=lp;Lr.REMOVE=ge;function xn(e,n,t,a){let i=up(e,n,t,a);if(U.isNode(i)||U.isPair(i))return pp(e,a,i),xn(e,i,t,a);if(typeof i!="symbol"){if(U.isCollection(n)){a=Object.freeze(a.concat(n));for(let o=0;o<n.items.length;++o){let r=xn(o,n.items[o],t,a);if(typeof r=="number")o=r-1;else{if(r===J)return J;r===ge&&(n.items.splice(o,1),o-=1)}}}else if(U.isPair(n)){a=Object.freeze(a.concat(n));let o=xn("key",n.key,t,a);if(o===J)return J;o===ge&&(n.key=null);let r=xn("value",n.value,t,a);if(r===J)return J;r===ge&&(n.value=null)}}return i}async function Br(e,n){let t=cp(n);U.isDocument(e)?await Rn(null,e.contents,t,Object.freeze([e]))===ge&&(e.contents=null):await Rn(null,e,t,Object.freeze([]))}Br.BREAK=J;Br.SKIP=lp;Br.REMOVE=ge;async function Rn(e,n,t,a){let i=await up(e,n,t,a);if(U.isNode(i)||U.isPair(i))return pp(e,a,i),Rn(e,i,t,a);if(typeof i!="symbol"){if(U.isCollection(n)){a=Object.freeze(a.concat(n));for(let o=0;o<n.items.length;++o){let r=await Rn(o,n.items[o],t,a);if(typeof r=="number")o=r-1;else{if(r===J)return J;r===ge&&(n.items.splice(o,1),o-=1)}}}else if(U.isPair(n)){a=Object.freeze(a.concat(n));let o=await Rn("key",n.key,t,a);if(o===J)return J;o===ge&&(n.key=null);let r=await Rn("value",n.value,t,a);if(r===J)return J;r===ge&&(n.value=null)}}return i}function cp(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function up(e,n,t,a){if(typeof t=="function")return t(e,n,a);if(U.isMap(n))return t.Map?.(e,n,a);if(U.isSeq(n))return t.Seq?.(e,n,a);if(U.isPair(n))return t.Pair?.(e,n,a);if(U.isScalar(n))return t.Scalar?.(e,n,a);if(U.isAlias(n))return t.Alias?.(e,n,a)}function pp(e,n,t){let a=n[n.length-1];if(U.isCollection(a))a.items[e]=t;else if(U.isPair(a))e==="key"?a.key=t:a.value=t;else if(U.isDocument(a))a.contents=t;else{let i=U.isAlias(a)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}Vi.visit=Lr;Vi.visitAsync=Br});var Fi=g(dp=>{"use strict";var mp=P(),$y=at(),Ey={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Oy=e=>e.replace(/[!,[\]{}]/g,n=>Ey[n]),st=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let a=n.trim().split(/[ \t]+/),i=a.shift();switch(i){case"%TAG":{if(a.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),a.length<2))return!1;let[o,r]=a;return this.tags[o]=r,!0}case"%YAML":{if(this.yaml.explicit=!0,a.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=a;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let r=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,r),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let r=n.slice(2,-1);return r==="!"||r==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),r)}let[,a,i]=n.match(/^(.*!)([^!]*)$/s);i||t(`The ${n} tag has no suffix`);let o=this.tags[a];if(o)try{return o+decodeURIComponent(i)}catch(r){return t(String(r)),null}return a==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,a]of Object.entries(this.tags))if(n.startsWith(a))return t+Oy(n.substring(a.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],a=Object.entries(this.tags),i;if(n&&a.length>0&&mp.isNode(n.contents)){let o={};$y.visit(n.contents,(r,l)=>{mp.isNode(l)&&l.tag&&(o[l.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,r]of a)o==="!!"&&r==="tag:yaml.org,2002:"||(!n||i.some(l=>l.startsWith(r)))&&t.push(`%TAG ${o} ${r}`);return t.join(`
`)}};st.defaultYaml={explicit:!1,version:"1.2"};st.defaultTags={"!!":"tag:yaml.org,2002:"};dp.Directives=st});var jr=g(lt=>{"use strict";var fp=P(),Py=at();function Cy(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function hp(e){let n=new Set;return Py.visit(e,{Value(t,a){a.anchor&&n.add(a.anchor)}}),n}function gp(e,n){for(let t=1;;++t){let a=`${e}${t}`;if(!n.has(a))return a}}function Ay(e,n){let t=[],a=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=hp(e));let r=gp(n,i);return i.add(r),r},setAnchors:()=>{for(let o of t){let r=a.get(o);if(typeof r=="object"&&r.anchor&&(fp.isScalar(r.node)||fp.isCollection(r.node)))r.node.anchor=r.anchor;else{let l=new Error("Failed to resolve repeated object (this should not happen)");throw l.source=o,l}}},sourceObjects:a}}lt.anchorIsValid=Cy;lt.anchorNames=hp;lt.createNodeAnchors=Ay;lt.findNewAnchor=gp});var Ki=g(yp=>{"use strict";function ct(e,n,t,a){if(a&&typeof a=="object")if(Array.isArray(a))for(let i=0,o=a.length;i<o;++i){let r=a[i],l=ct(e,a,String(i),r);l===void 0?delete a[i]:l!==r&&(a[i]=l)}else if(a instanceof Map)for(let i of Array.from(a.keys())){let o=a.get(i),r=ct(e,a,i,o);r===void 0?a.delete(i):r!==o&&a.set(i,r)}else if(a instanceof Set)for(let i of Array.from(a)){let o=ct(e,a,i,i);o===void 0?a.delete(i):o!==i&&(a.delete(i),a.add(o))}else for(let[i,o]of Object.entries(a)){let r=ct(e,a,i,o);r===void 0?delete a[i]:r!==o&&(a[i]=r)}return e.call(n,t,a)}yp.applyReviver=ct});var Re=g(_p=>{"use strict";var Ty=P();function bp(e,n,t){if(Array.isArray(e))return e.map((a,i)=>bp(a,String(i),t));if(e&&typeof e.toJSON=="function"){if(!t||!Ty.hasAnchor(e))return e.toJSON(n,t);let a={aliasCount:0,count:1,res:void 0};t.anchors.set(e,a),t.onCreate=o=>{a.res=o,delete t.onCreate};let i=e.toJSON(n,t);return t.onCreate&&t.onCreate(i),i}return typeof e=="bigint"&&!t?.keep?Number(e):e}_p.toJS=bp});var Mr=g(vp=>{"use strict";var xy=Ki(),kp=P(),Ry=Re(),zi=class{constructor(n){Object.defineProperty(this,kp.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:a,onAnchor:i,reviver:o}={}){if(!kp.isDocument(n))throw new TypeError("A document argument is required");let r={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof a=="number"?a:100},l=Ry.toJS(this,"",r);if(typeof i=="function")for(let{count:s,res:c}of r.anchors.values())i(c,s);return typeof o=="function"?xy.applyReviver(o,{"":l},"",l):l}};vp.NodeBase=zi});var ut=g(wp=>{"use strict";var Iy=jr(),Dy=at(),In=P(),Ny=Mr(),Ly=Re(),Yi=class extends Ny.NodeBase{constructor(n){super(In.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let a;t?.aliasResolveCache?a=t.aliasResolveCache:(a=[],Dy.visit(n,{Node:(o,r)=>{(In.isAlias(r)||In.hasAnchor(r))&&a.push(r)}}),t&&(t.aliasResolveCache=a));let i;for(let o of a){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:r,maxAliasCount:l}=t,s=o.get(i);if(s||(Ly.toJS(i,null,t),s=o.get(i)),s?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(l>=0&&(s.count+=1,s.aliasCount===0&&(s.aliasCount=qr(r,i,o)),s.count*s.aliasCount>l)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return i}toJSON(n,t){if(!t)return{source:this.source};let a=this.resolve(t.doc,t);if(!a){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(a).res}toString(n,t,a){let i=`*${this.source}`;if(n){if(Iy.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(n.implicitKey)return`${i} `}return i}};function qr(e,n,t){if(In.isAlias(n)){let a=n.resolve(e),i=t&&a&&t.get(a);return i?i.count*i.aliasCount:0}else if(In.isCollection(n)){let a=0;for(let i of n.items){let o=qr(e,i,t);o>a&&(a=o)}return a}else if(In.isPair(n)){let a=qr(e,n.key,t),i=qr(e,n.value,t);return Math.max(a,i)}return 1}wp.Alias=Yi});var j=g(Wi=>{"use strict";var By=P(),jy=Mr(),My=Re(),qy=e=>!e||typeof e!="function"&&typeof e!="object",Ie=class extends jy.NodeBase{constructor(n){super(By.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:My.toJS(this.value,n,t)}toString(){return String(this.value)}};Ie.BLOCK_FOLDED="BLOCK_FOLDED";Ie.BLOCK_LITERAL="BLOCK_LITERAL";Ie.PLAIN="PLAIN";Ie.QUOTE_DOUBLE="QUOTE_DOUBLE";Ie.QUOTE_SINGLE="QUOTE_SINGLE";Wi.Scalar=Ie;Wi.isScalarValue=qy});var pt=g($p=>{"use strict";var Uy=ut(),on=P(),Sp=j(),Gy="tag:yaml.org,2002:";function Hy(e,n,t){if(n){let a=t.filter(o=>o.tag===n),i=a.find(o=>!o.format)??a[0];if(!i)throw new Error(`Tag ${n} not found`);return i}return t.find(a=>a.identify?.(e)&&!a.format)}function Vy(e,n,t){if(on.isDocument(e)&&(e=e.contents),on.isNode(e))return e;if(on.isPair(e)){let p=t.schema[on.MAP].createNode?.(t.schema,null,t);return p.items.push(e),p}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:a,onAnchor:i,onTagObj:o,schema:r,sourceObjects:l}=t,s;if(a&&e&&typeof e=="object"){if(s=l.get(e),s)return s.anchor??(s.anchor=i(e)),new Uy.Alias(s.anchor);s={anchor:null,node:null},l.set(e,s)}n?.startsWith("!!")&&(n=Gy+n.slice(2));let c=Hy(e,n,r.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let p=new Sp.Scalar(e);return s&&(s.node=p),p}c=e instanceof Map?r[on.MAP]:Symbol.iterator in Object(e)?r[on.SEQ]:r[on.MAP]}o&&(o(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new Sp.Scalar(e);return n?u.tag=n:c.default||(u.tag=c.tag),s&&(s.node=u),u}$p.createNode=Vy});var Gr=g(Ur=>{"use strict";var Fy=pt(),ye=P(),Ky=Mr();function Ji(e,n,t){let a=t;for(let i=n.length-1;i>=0;--i){let o=n[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let r=[];r[o]=a,a=r}else a=new Map([[o,a]])}return Fy.createNode(a,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var Ep=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Xi=class extends Ky.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(a=>ye.isNode(a)||ye.isPair(a)?a.clone(n):a),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(Ep(n))this.add(t);else{let[a,...i]=n,o=this.get(a,!0);if(ye.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(a,Ji(this.schema,i,t));else throw new Error(`Expected YAML collection at ${a}. Remaining path: ${i}`)}}deleteIn(n){let[t,...a]=n;if(a.length===0)return this.delete(t);let i=this.get(t,!0);if(ye.isCollection(i))return i.deleteIn(a);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${a}`)}getIn(n,t){let[a,...i]=n,o=this.get(a,!0);return i.length===0?!t&&ye.isScalar(o)?o.value:o:ye.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!ye.isPair(t))return!1;let a=t.value;return a==null||n&&ye.isScalar(a)&&a.value==null&&!a.commentBefore&&!a.comment&&!a.tag})}hasIn(n){let[t,...a]=n;if(a.length===0)return this.has(t);let i=this.get(t,!0);return ye.isCollection(i)?i.hasIn(a):!1}setIn(n,t){let[a,...i]=n;if(i.length===0)this.set(a,t);else{let o=this.get(a,!0);if(ye.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(a,Ji(this.schema,i,t));else throw new Error(`Expected YAML collection at ${a}. Remaining path: ${i}`)}}};Ur.Collection=Xi;Ur.collectionFromPath=Ji;Ur.isEmptyPath=Ep});var mt=g(Hr=>{"use strict";var zy=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Qi(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var Yy=(e,n,t)=>e.endsWith(`
`)?Qi(t,n):t.includes(`
`)?`
`+Qi(t,n):(e.endsWith(" ")?"":" ")+t;Hr.indentComment=Qi;Hr.lineComment=Yy;Hr.stringifyComment=zy});var Pp=g(dt=>{"use strict";var Wy="flow",Zi="block",Vr="quoted";function Jy(e,n,t="flow",{indentAtStart:a,lineWidth:i=80,minContentWidth:o=20,onFold:r,onOverflow:l}={}){if(!i||i<0)return e;i<o&&(o=0);let s=Math.max(1+o,1+i-n.length);if(e.length<=s)return e;let c=[],u={},p=i-n.length;typeof a=="number"&&(a>i-Math.max(2,o)?c.push(0):p=i-a);let m,d,y=!1,f=-1,h=-1,b=-1;t===Zi&&(f=Op(e,f,n.length),f!==-1&&(p=f+s));for(let S;S=e[f+=1];){if(t===Vr&&S==="\\"){switch(h=f,e[f+1]){case"x":f+=3;break;case"u":f+=5;break;case"U":f+=9;break;default:f+=1}b=f}if(S===`
`)t===Zi&&(f=Op(e,f,n.length)),p=f+n.length+s,m=void 0;else{if(S===" "&&d&&d!==" "&&d!==`
`&&d!=="	"){let $=e[f+1];$&&$!==" "&&$!==`
`&&$!=="	"&&(m=f)}if(f>=p)if(m)c.push(m),p=m+s,m=void 0;else if(t===Vr){for(;d===" "||d==="	";)d=S,S=e[f+=1],y=!0;let $=f>b+1?f-2:h-1;if(u[$])return e;c.push($),u[$]=!0,p=$+s,m=void 0}else y=!0}d=S}if(y&&l&&l(),c.length===0)return e;r&&r();let v=e.slice(0,c[0]);for(let S=0;S<c.length;++S){let $=c[S],E=c[S+1]||e.length;$===0?v=`
${n}${e.slice(0,E)}`:(t===Vr&&u[$]&&(v+=`${e[$]}\\`),v+=`
${n}${e.slice($+1,E)}`)}return v}function Op(e,n,t){let a=n,i=n+1,o=e[i];for(;o===" "||o==="	";)if(n<i+t)o=e[++n];else{do o=e[++n];while(o&&o!==`
`);a=n,i=n+1,o=e[i]}return a}dt.FOLD_BLOCK=Zi;dt.FOLD_FLOW=Wy;dt.FOLD_QUOTED=Vr;dt.foldFlowLines=Jy});var ht=g(Cp=>{"use strict";var ce=j(),De=Pp(),Kr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),zr=e=>/^(%|---|\.\.\.)/m.test(e);function Xy(e,n,t){if(!n||n<0)return!1;let a=n-t,i=e.length;if(i<=a)return!1;for(let o=0,r=0;o<i;++o)if(e[o]===`
`){if(o-r>a)return!0;if(r=o+1,i-r<=a)return!1}return!0}function ft(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:a}=n,i=n.options.doubleQuotedMinMultiLineLength,o=n.indent||(zr(e)?"  ":""),r="",l=0;for(let s=0,c=t[s];c;c=t[++s])if(c===" "&&t[s+1]==="\\"&&t[s+2]==="n"&&(r+=t.slice(l,s)+"\\ ",s+=1,l=s,c="\\"),c==="\\")switch(t[s+1]){case"u":{r+=t.slice(l,s);let u=t.substr(s+2,4);switch(u){case"0000":r+="\\0";break;case"0007":r+="\\a";break;case"000b":r+="\\v";break;case"001b":r+="\\e";break;case"0085":r+="\\N";break;case"00a0":r+="\\_";break;case"2028":r+="\\L";break;case"2029":r+="\\P";break;default:u.substr(0,2)==="00"?r+="\\x"+u.substr(2):r+=t.substr(s,6)}s+=5,l=s+1}break;case"n":if(a||t[s+2]==='"'||t.length<i)s+=1;else{for(r+=t.slice(l,s)+`

`;t[s+2]==="\\"&&t[s+3]==="n"&&t[s+4]!=='"';)r+=`
`,s+=2;r+=o,t[s+2]===" "&&(r+="\\"),s+=1,l=s+1}break;default:s+=1}return r=l?r+t.slice(l):t,a?r:De.foldFlowLines(r,o,De.FOLD_QUOTED,Kr(n,!1))}function ea(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return ft(e,n);let t=n.indent||(zr(e)?"  ":""),a="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?a:De.foldFlowLines(a,t,De.FOLD_FLOW,Kr(n,!1))}function Dn(e,n){let{singleQuote:t}=n.options,a;if(t===!1)a=ft;else{let i=e.includes('"'),o=e.includes("'");i&&!o?a=ea:o&&!i?a=ft:a=t?ea:ft}return a(e,n)}var na;try{na=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{na=/\n+(?!\n|$)/g}function Fr({comment:e,type:n,value:t},a,i,o){let{blockQuote:r,commentString:l,lineWidth:s}=a.options;if(!r||/\n[\t ]+$/.test(t))return Dn(t,a);let c=a.indent||(a.forceBlockIndent||zr(t)?"  ":""),u=r==="literal"?!0:r==="folded"||n===ce.Scalar.BLOCK_FOLDED?!1:n===ce.Scalar.BLOCK_LITERAL?!0:!Xy(t,s,c.length);if(!t)return u?`|
`:`>
`;let p,m;for(m=t.length;m>0;--m){let E=t[m-1];if(E!==`
`&&E!=="	"&&E!==" ")break}let d=t.substring(m),y=d.indexOf(`
`);y===-1?p="-":t===d||y!==d.length-1?(p="+",o&&o()):p="",d&&(t=t.slice(0,-d.length),d[d.length-1]===`
`&&(d=d.slice(0,-1)),d=d.replace(na,`$&${c}`));let f=!1,h,b=-1;for(h=0;h<t.length;++h){let E=t[h];if(E===" ")f=!0;else if(E===`
`)b=h;else break}let v=t.substring(0,b<h?b+1:h);v&&(t=t.substring(v.length),v=v.replace(/\n+/g,`$&${c}`));let $=(f?c?"2":"1":"")+p;if(e&&($+=" "+l(e.replace(/ ?[\r\n]+/g," ")),i&&i()),!u){let E=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),O=!1,x=Kr(a,!0);r!=="folded"&&n!==ce.Scalar.BLOCK_FOLDED&&(x.onOverflow=()=>{O=!0});let _=De.foldFlowLines(`${v}${E}${d}`,c,De.FOLD_BLOCK,x);if(!O)return`>${$}
${c}${_}`}return t=t.replace(/\n+/g,`$&${c}`),`|${$}
${c}${v}${t}${d}`}function Qy(e,n,t,a){let{type:i,value:o}=e,{actualString:r,implicitKey:l,indent:s,indentStep:c,inFlow:u}=n;if(l&&o.includes(`
`)||u&&/[[\]{},]/.test(o))return Dn(o,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return l||u||!o.includes(`
`)?Dn(o,n):Fr(e,n,t,a);if(!l&&!u&&i!==ce.Scalar.PLAIN&&o.includes(`
`))return Fr(e,n,t,a);if(zr(o)){if(s==="")return n.forceBlockIndent=!0,Fr(e,n,t,a);if(l&&s===c)return Dn(o,n)}let p=o.replace(/\n+/g,`$&
${s}`);if(r){let m=f=>f.default&&f.tag!=="tag:yaml.org,2002:str"&&f.test?.test(p),{compat:d,tags:y}=n.doc.schema;if(y.some(m)||d?.some(m))return Dn(o,n)}return l?p:De.foldFlowLines(p,s,De.FOLD_FLOW,Kr(n,!1))}function Zy(e,n,t,a){let{implicitKey:i,inFlow:o}=n,r=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:l}=e;l!==ce.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(r.value)&&(l=ce.Scalar.QUOTE_DOUBLE);let s=u=>{switch(u){case ce.Scalar.BLOCK_FOLDED:case ce.Scalar.BLOCK_LITERAL:return i||o?Dn(r.value,n):Fr(r,n,t,a);case ce.Scalar.QUOTE_DOUBLE:return ft(r.value,n);case ce.Scalar.QUOTE_SINGLE:return ea(r.value,n);case ce.Scalar.PLAIN:return Qy(r,n,t,a);default:return null}},c=s(l);if(c===null){let{defaultKeyType:u,defaultStringType:p}=n.options,m=i&&u||p;if(c=s(m),c===null)throw new Error(`Unsupported default string type ${m}`)}return c}Cp.stringifyString=Zy});var gt=g(ta=>{"use strict";var eb=jr(),Ne=P(),nb=mt(),tb=ht();function rb(e,n){let t=Object.assign({blockQuote:!0,commentString:nb.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),a;switch(t.collectionStyle){case"block":a=!1;break;case"flow":a=!0;break;default:a=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:a,options:t}}function ob(e,n){if(n.tag){let i=e.filter(o=>o.tag===n.tag);if(i.length>0)return i.find(o=>o.format===n.format)??i[0]}let t,a;if(Ne.isScalar(n)){a=n.value;let i=e.filter(o=>o.identify?.(a));if(i.length>1){let o=i.filter(r=>r.test);o.length>0&&(i=o)}t=i.find(o=>o.format===n.format)??i.find(o=>!o.format)}else a=n,t=e.find(i=>i.nodeClass&&a instanceof i.nodeClass);if(!t){let i=a?.constructor?.name??(a===null?"null":typeof a);throw new Error(`Tag not resolved for ${i} value`)}return t}function ib(e,n,{anchors:t,doc:a}){if(!a.directives)return"";let i=[],o=(Ne.isScalar(e)||Ne.isCollection(e))&&e.anchor;o&&eb.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let r=e.tag??(n.default?null:n.tag);return r&&i.push(a.directives.tagString(r)),i.join(" ")}function ab(e,n,t,a){if(Ne.isPair(e))return e.toString(n,t,a);if(Ne.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let i,o=Ne.isNode(e)?e:n.doc.createNode(e,{onTagObj:s=>i=s});i??(i=ob(n.doc.schema.tags,o));let r=ib(o,i,n);r.length>0&&(n.indentAtStart=(n.indentAtStart??0)+r.length+1);let l=typeof i.stringify=="function"?i.stringify(o,n,t,a):Ne.isScalar(o)?tb.stringifyString(o,n,t,a):o.toString(n,t,a);return r?Ne.isScalar(o)||l[0]==="{"||l[0]==="["?`${r} ${l}`:`${r}
${n.indent}${l}`:l}ta.createStringifyContext=rb;ta.stringify=ab});var Rp=g(xp=>{"use strict";var $e=P(),Ap=j(),Tp=gt(),yt=mt();function sb({key:e,value:n},t,a,i){let{allNullValues:o,doc:r,indent:l,indentStep:s,options:{commentString:c,indentSeq:u,simpleKeys:p}}=t,m=$e.isNode(e)&&e.comment||null;if(p){if(m)throw new Error("With simple keys, key nodes cannot have comments");if($e.isCollection(e)||!$e.isNode(e)&&typeof e=="object"){let x="With simple keys, collection cannot be used as a key value";throw new Error(x)}}let d=!p&&(!e||m&&n==null&&!t.inFlow||$e.isCollection(e)||($e.isScalar(e)?e.type===Ap.Scalar.BLOCK_FOLDED||e.type===Ap.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!d&&(p||!o),indent:l+s});let y=!1,f=!1,h=Tp.stringify(e,t,()=>y=!0,()=>f=!0);if(!d&&!t.inFlow&&h.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");d=!0}if(t.inFlow){if(o||n==null)return y&&a&&a(),h===""?"?":d?`? ${h}`:h}else if(o&&!p||n==null&&d)return h=`? ${h}`,m&&!y?h+=yt.lineComment(h,t.indent,c(m)):f&&i&&i(),h;y&&(m=null),d?(m&&(h+=yt.lineComment(h,t.indent,c(m))),h=`? ${h}
${l}:`):(h=`${h}:`,m&&(h+=yt.lineComment(h,t.indent,c(m))));let b,v,S;$e.isNode(n)?(b=!!n.spaceBefore,v=n.commentBefore,S=n.comment):(b=!1,v=null,S=null,n&&typeof n=="object"&&(n=r.createNode(n))),t.implicitKey=!1,!d&&!m&&$e.isScalar(n)&&(t.indentAtStart=h.length+1),f=!1,!u&&s.length>=2&&!t.inFlow&&!d&&$e.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let $=!1,E=Tp.stringify(n,t,()=>$=!0,()=>f=!0),O=" ";if(m||b||v){if(O=b?`
`:"",v){let x=c(v);O+=`
${yt.indentComment(x,t.indent)}`}E===""&&!t.inFlow?O===`
`&&S&&(O=`

`):O+=`
${t.indent}`}else if(!d&&$e.isCollection(n)){let x=E[0],_=E.indexOf(`
`),M=_!==-1,Ee=t.inFlow??n.flow??n.items.length===0;if(M||!Ee){let pn=!1;if(M&&(x==="&"||x==="!")){let q=E.indexOf(" ");x==="&"&&q!==-1&&q<_&&E[q+1]==="!"&&(q=E.indexOf(" ",q+1)),(q===-1||_<q)&&(pn=!0)}pn||(O=`
${t.indent}`)}}else(E===""||E[0]===`
`)&&(O="");return h+=O+E,t.inFlow?$&&a&&a():S&&!$?h+=yt.lineComment(h,t.indent,c(S)):f&&i&&i(),h}xp.stringifyPair=sb});var oa=g(ra=>{"use strict";var Ip=Lt("process");function lb(e,...n){e==="debug"&&console.log(...n)}function cb(e,n){(e==="debug"||e==="warn")&&(typeof Ip.emitWarning=="function"?Ip.emitWarning(n):console.warn(n))}ra.debug=lb;ra.warn=cb});var Qr=g(Xr=>{"use strict";var Jr=P(),Dp=j(),Yr="<<",Wr={identify:e=>e===Yr||typeof e=="symbol"&&e.description===Yr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Dp.Scalar(Symbol(Yr)),{addToJSMap:Np}),stringify:()=>Yr},ub=(e,n)=>(Wr.identify(n)||Jr.isScalar(n)&&(!n.type||n.type===Dp.Scalar.PLAIN)&&Wr.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===Wr.tag&&t.default);function Np(e,n,t){let a=Lp(e,t);if(Jr.isSeq(a))for(let i of a.items)ia(e,n,i);else if(Array.isArray(a))for(let i of a)ia(e,n,i);else ia(e,n,a)}function ia(e,n,t){let a=Lp(e,t);if(!Jr.isMap(a))throw new Error("Merge sources must be maps or map aliases");let i=a.toJSON(null,e,Map);for(let[o,r]of i)n instanceof Map?n.has(o)||n.set(o,r):n instanceof Set?n.add(o):Object.prototype.hasOwnProperty.call(n,o)||Object.defineProperty(n,o,{value:r,writable:!0,enumerable:!0,configurable:!0});return n}function Lp(e,n){return e&&Jr.isAlias(n)?n.resolve(e.doc,e):n}Xr.addMergeToJSMap=Np;Xr.isMergeKey=ub;Xr.merge=Wr});var sa=g(Mp=>{"use strict";var pb=oa(),Bp=Qr(),mb=gt(),jp=P(),aa=Re();function db(e,n,{key:t,value:a}){if(jp.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,a);else if(Bp.isMergeKey(e,t))Bp.addMergeToJSMap(e,n,a);else{let i=aa.toJS(t,"",e);if(n instanceof Map)n.set(i,aa.toJS(a,i,e));else if(n instanceof Set)n.add(i);else{let o=fb(t,i,e),r=aa.toJS(a,o,e);o in n?Object.defineProperty(n,o,{value:r,writable:!0,enumerable:!0,configurable:!0}):n[o]=r}}return n}function fb(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(jp.isNode(e)&&t?.doc){let a=mb.createStringifyContext(t.doc,{});a.anchors=new Set;for(let o of t.anchors.keys())a.anchors.add(o.anchor);a.inFlow=!0,a.inStringifyKey=!0;let i=e.toString(a);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),pb.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(n)}Mp.addPairToJSMap=db});var Le=g(la=>{"use strict";var qp=pt(),hb=Rp(),gb=sa(),Zr=P();function yb(e,n,t){let a=qp.createNode(e,void 0,t),i=qp.createNode(n,void 0,t);return new eo(a,i)}var eo=class e{constructor(n,t=null){Object.defineProperty(this,Zr.NODE_TYPE,{value:Zr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:a}=this;return Zr.isNode(t)&&(t=t.clone(n)),Zr.isNode(a)&&(a=a.clone(n)),new e(t,a)}toJSON(n,t){let a=t?.mapAsMap?new Map:{};return gb.addPairToJSMap(t,a,this)}toString(n,t,a){return n?.doc?hb.stringifyPair(this,n,t,a):JSON.stringify(this)}};la.Pair=eo;la.createPair=yb});var ca=g(Gp=>{"use strict";var an=P(),Up=gt(),no=mt();function bb(e,n,t){return(n.inFlow??e.flow?kb:_b)(e,n,t)}function _b({comment:e,items:n},t,{blockItemPrefix:a,flowChars:i,itemIndent:o,onChompKeep:r,onComment:l}){let{indent:s,options:{commentString:c}}=t,u=Object.assign({},t,{indent:o,type:null}),p=!1,m=[];for(let y=0;y<n.length;++y){let f=n[y],h=null;if(an.isNode(f))!p&&f.spaceBefore&&m.push(""),to(t,m,f.commentBefore,p),f.comment&&(h=f.comment);else if(an.isPair(f)){let v=an.isNode(f.key)?f.key:null;v&&(!p&&v.spaceBefore&&m.push(""),to(t,m,v.commentBefore,p))}p=!1;let b=Up.stringify(f,u,()=>h=null,()=>p=!0);h&&(b+=no.lineComment(b,o,c(h))),p&&h&&(p=!1),m.push(a+b)}let d;if(m.length===0)d=i.start+i.end;else{d=m[0];for(let y=1;y<m.length;++y){let f=m[y];d+=f?`
${s}${f}`:`
`}}return e?(d+=`
`+no.indentComment(c(e),s),l&&l()):p&&r&&r(),d}function kb({items:e},n,{flowChars:t,itemIndent:a}){let{indent:i,indentStep:o,flowCollectionPadding:r,options:{commentString:l}}=n;a+=o;let s=Object.assign({},n,{indent:a,inFlow:!0,type:null}),c=!1,u=0,p=[];for(let y=0;y<e.length;++y){let f=e[y],h=null;if(an.isNode(f))f.spaceBefore&&p.push(""),to(n,p,f.commentBefore,!1),f.comment&&(h=f.comment);else if(an.isPair(f)){let v=an.isNode(f.key)?f.key:null;v&&(v.spaceBefore&&p.push(""),to(n,p,v.commentBefore,!1),v.comment&&(c=!0));let S=an.isNode(f.value)?f.value:null;S?(S.comment&&(h=S.comment),S.commentBefore&&(c=!0)):f.value==null&&v?.comment&&(h=v.comment)}h&&(c=!0);let b=Up.stringify(f,s,()=>h=null);c||(c=p.length>u||b.includes(`
`)),y<e.length-1?b+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=p.reduce((v,S)=>v+S.length+2,2)+(b.length+2)>n.options.lineWidth)),c&&(b+=",")),h&&(b+=no.lineComment(b,a,l(h))),p.push(b),u=p.length}let{start:m,end:d}=t;if(p.length===0)return m+d;if(!c){let y=p.reduce((f,h)=>f+h.length+2,2);c=n.options.lineWidth>0&&y>n.options.lineWidth}if(c){let y=m;for(let f of p)y+=f?`
${o}${i}${f}`:`
`;return`${y}
${i}${d}`}else return`${m}${r}${p.join(" ")}${r}${d}`}function to({indent:e,options:{commentString:n}},t,a,i){if(a&&i&&(a=a.replace(/^\n+/,"")),a){let o=no.indentComment(n(a),e);t.push(o.trimStart())}}Gp.stringifyCollection=bb});var je=g(pa=>{"use strict";var vb=ca(),wb=sa(),Sb=Gr(),Be=P(),ro=Le(),$b=j();function bt(e,n){let t=Be.isScalar(n)?n.value:n;for(let a of e)if(Be.isPair(a)&&(a.key===n||a.key===t||Be.isScalar(a.key)&&a.key.value===t))return a}var ua=class extends Sb.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Be.MAP,n),this.items=[]}static from(n,t,a){let{keepUndefined:i,replacer:o}=a,r=new this(n),l=(s,c)=>{if(typeof o=="function")c=o.call(t,s,c);else if(Array.isArray(o)&&!o.includes(s))return;(c!==void 0||i)&&r.items.push(ro.createPair(s,c,a))};if(t instanceof Map)for(let[s,c]of t)l(s,c);else if(t&&typeof t=="object")for(let s of Object.keys(t))l(s,t[s]);return typeof n.sortMapEntries=="function"&&r.items.sort(n.sortMapEntries),r}add(n,t){let a;Be.isPair(n)?a=n:!n||typeof n!="object"||!("key"in n)?a=new ro.Pair(n,n?.value):a=new ro.Pair(n.key,n.value);let i=bt(this.items,a.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${a.key} already set`);Be.isScalar(i.value)&&$b.isScalarValue(a.value)?i.value.value=a.value:i.value=a.value}else if(o){let r=this.items.findIndex(l=>o(a,l)<0);r===-1?this.items.push(a):this.items.splice(r,0,a)}else this.items.push(a)}delete(n){let t=bt(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let i=bt(this.items,n)?.value;return(!t&&Be.isScalar(i)?i.value:i)??void 0}has(n){return!!bt(this.items,n)}set(n,t){this.add(new ro.Pair(n,t),!0)}toJSON(n,t,a){let i=a?new a:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)wb.addPairToJSMap(t,i,o);return i}toString(n,t,a){if(!n)return JSON.stringify(this);for(let i of this.items)if(!Be.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),vb.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:a,onComment:t})}};pa.YAMLMap=ua;pa.findPair=bt});var Nn=g(Vp=>{"use strict";var Eb=P(),Hp=je(),Ob={collection:"map",default:!0,nodeClass:Hp.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return Eb.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>Hp.YAMLMap.from(e,n,t)};Vp.map=Ob});var Me=g(Fp=>{"use strict";var Pb=pt(),Cb=ca(),Ab=Gr(),io=P(),Tb=j(),xb=Re(),ma=class extends Ab.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(io.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=oo(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let a=oo(n);if(typeof a!="number")return;let i=this.items[a];return!t&&io.isScalar(i)?i.value:i}has(n){let t=oo(n);return typeof t=="number"&&t<this.items.length}set(n,t){let a=oo(n);if(typeof a!="number")throw new Error(`Expected a valid index, not ${n}.`);let i=this.items[a];io.isScalar(i)&&Tb.isScalarValue(t)?i.value=t:this.items[a]=t}toJSON(n,t){let a=[];t?.onCreate&&t.onCreate(a);let i=0;for(let o of this.items)a.push(xb.toJS(o,String(i++),t));return a}toString(n,t,a){return n?Cb.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:a,onComment:t}):JSON.stringify(this)}static from(n,t,a){let{replacer:i}=a,o=new this(n);if(t&&Symbol.iterator in Object(t)){let r=0;for(let l of t){if(typeof i=="function"){let s=t instanceof Set?l:String(r++);l=i.call(t,s,l)}o.items.push(Pb.createNode(l,void 0,a))}}return o}};function oo(e){let n=io.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}Fp.YAMLSeq=ma});var Ln=g(zp=>{"use strict";var Rb=P(),Kp=Me(),Ib={collection:"seq",default:!0,nodeClass:Kp.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return Rb.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>Kp.YAMLSeq.from(e,n,t)};zp.seq=Ib});var _t=g(Yp=>{"use strict";var Db=ht(),Nb={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,a){return n=Object.assign({actualString:!0},n),Db.stringifyString(e,n,t,a)}};Yp.string=Nb});var ao=g(Xp=>{"use strict";var Wp=j(),Jp={identify:e=>e==null,createNode:()=>new Wp.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Wp.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Jp.test.test(e)?e:n.options.nullStr};Xp.nullTag=Jp});var da=g(Zp=>{"use strict";var Lb=j(),Qp={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new Lb.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Qp.test.test(e)){let a=e[0]==="t"||e[0]==="T";if(n===a)return e}return n?t.options.trueStr:t.options.falseStr}};Zp.boolTag=Qp});var Bn=g(em=>{"use strict";function Bb({format:e,minFractionDigits:n,tag:t,value:a}){if(typeof a=="bigint")return String(a);let i=typeof a=="number"?a:Number(a);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(a,-0)?"-0":JSON.stringify(a);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let r=o.indexOf(".");r<0&&(r=o.length,o+=".");let l=n-(o.length-r-1);for(;l-- >0;)o+="0"}return o}em.stringifyNumber=Bb});var ha=g(so=>{"use strict";var jb=j(),fa=Bn(),Mb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:fa.stringifyNumber},qb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():fa.stringifyNumber(e)}},Ub={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new jb.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:fa.stringifyNumber};so.float=Ub;so.floatExp=qb;so.floatNaN=Mb});var ya=g(co=>{"use strict";var nm=Bn(),lo=e=>typeof e=="bigint"||Number.isInteger(e),ga=(e,n,t,{intAsBigInt:a})=>a?BigInt(e):parseInt(e.substring(n),t);function tm(e,n,t){let{value:a}=e;return lo(a)&&a>=0?t+a.toString(n):nm.stringifyNumber(e)}var Gb={identify:e=>lo(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>ga(e,2,8,t),stringify:e=>tm(e,8,"0o")},Hb={identify:lo,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>ga(e,0,10,t),stringify:nm.stringifyNumber},Vb={identify:e=>lo(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>ga(e,2,16,t),stringify:e=>tm(e,16,"0x")};co.int=Hb;co.intHex=Vb;co.intOct=Gb});var om=g(rm=>{"use strict";var Fb=Nn(),Kb=ao(),zb=Ln(),Yb=_t(),Wb=da(),ba=ha(),_a=ya(),Jb=[Fb.map,zb.seq,Yb.string,Kb.nullTag,Wb.boolTag,_a.intOct,_a.int,_a.intHex,ba.floatNaN,ba.floatExp,ba.float];rm.schema=Jb});var sm=g(am=>{"use strict";var Xb=j(),Qb=Nn(),Zb=Ln();function im(e){return typeof e=="bigint"||Number.isInteger(e)}var uo=({value:e})=>JSON.stringify(e),e_=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:uo},{identify:e=>e==null,createNode:()=>new Xb.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:uo},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:uo},{identify:im,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>im(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:uo}],n_={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},t_=[Qb.map,Zb.seq].concat(e_,n_);am.schema=t_});var va=g(lm=>{"use strict";var kt=Lt("buffer"),ka=j(),r_=ht(),o_={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof kt.Buffer=="function")return kt.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),a=new Uint8Array(t.length);for(let i=0;i<t.length;++i)a[i]=t.charCodeAt(i);return a}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},a,i,o){if(!t)return"";let r=t,l;if(typeof kt.Buffer=="function")l=r instanceof kt.Buffer?r.toString("base64"):kt.Buffer.from(r.buffer).toString("base64");else if(typeof btoa=="function"){let s="";for(let c=0;c<r.length;++c)s+=String.fromCharCode(r[c]);l=btoa(s)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=ka.Scalar.BLOCK_LITERAL),n!==ka.Scalar.QUOTE_DOUBLE){let s=Math.max(a.options.lineWidth-a.indent.length,a.options.minContentWidth),c=Math.ceil(l.length/s),u=new Array(c);for(let p=0,m=0;p<c;++p,m+=s)u[p]=l.substr(m,s);l=u.join(n===ka.Scalar.BLOCK_LITERAL?`
`:" ")}return r_.stringifyString({comment:e,type:n,value:l},a,i,o)}};lm.binary=o_});var fo=g(mo=>{"use strict";var po=P(),wa=Le(),i_=j(),a_=Me();function cm(e,n){if(po.isSeq(e))for(let t=0;t<e.items.length;++t){let a=e.items[t];if(!po.isPair(a)){if(po.isMap(a)){a.items.length>1&&n("Each pair must have its own sequence indicator");let i=a.items[0]||new wa.Pair(new i_.Scalar(null));if(a.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${a.commentBefore}
${i.key.commentBefore}`:a.commentBefore),a.comment){let o=i.value??i.key;o.comment=o.comment?`${a.comment}
${o.comment}`:a.comment}a=i}e.items[t]=po.isPair(a)?a:new wa.Pair(a)}}else n("Expected a sequence for this tag");return e}function um(e,n,t){let{replacer:a}=t,i=new a_.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let o=0;if(n&&Symbol.iterator in Object(n))for(let r of n){typeof a=="function"&&(r=a.call(n,String(o++),r));let l,s;if(Array.isArray(r))if(r.length===2)l=r[0],s=r[1];else throw new TypeError(`Expected [key, value] tuple: ${r}`);else if(r&&r instanceof Object){let c=Object.keys(r);if(c.length===1)l=c[0],s=r[l];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else l=r;i.items.push(wa.createPair(l,s,t))}return i}var s_={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:cm,createNode:um};mo.createPairs=um;mo.pairs=s_;mo.resolvePairs=cm});var Ea=g($a=>{"use strict";var pm=P(),Sa=Re(),vt=je(),l_=Me(),mm=fo(),sn=class e extends l_.YAMLSeq{constructor(){super(),this.add=vt.YAMLMap.prototype.add.bind(this),this.delete=vt.YAMLMap.prototype.delete.bind(this),this.get=vt.YAMLMap.prototype.get.bind(this),this.has=vt.YAMLMap.prototype.has.bind(this),this.set=vt.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let a=new Map;t?.onCreate&&t.onCreate(a);for(let i of this.items){let o,r;if(pm.isPair(i)?(o=Sa.toJS(i.key,"",t),r=Sa.toJS(i.value,o,t)):o=Sa.toJS(i,"",t),a.has(o))throw new Error("Ordered maps must not include duplicate keys");a.set(o,r)}return a}static from(n,t,a){let i=mm.createPairs(n,t,a),o=new this;return o.items=i.items,o}};sn.tag="tag:yaml.org,2002:omap";var c_={collection:"seq",identify:e=>e instanceof Map,nodeClass:sn,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=mm.resolvePairs(e,n),a=[];for(let{key:i}of t.items)pm.isScalar(i)&&(a.includes(i.value)?n(`Ordered maps must not include duplicate keys: ${i.value}`):a.push(i.value));return Object.assign(new sn,t)},createNode:(e,n,t)=>sn.from(e,n,t)};$a.YAMLOMap=sn;$a.omap=c_});var ym=g(Oa=>{"use strict";var dm=j();function fm({value:e,source:n},t){return n&&(e?hm:gm).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var hm={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new dm.Scalar(!0),stringify:fm},gm={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new dm.Scalar(!1),stringify:fm};Oa.falseTag=gm;Oa.trueTag=hm});var bm=g(ho=>{"use strict";var u_=j(),Pa=Bn(),p_={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Pa.stringifyNumber},m_={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():Pa.stringifyNumber(e)}},d_={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new u_.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let a=e.substring(t+1).replace(/_/g,"");a[a.length-1]==="0"&&(n.minFractionDigits=a.length)}return n},stringify:Pa.stringifyNumber};ho.float=d_;ho.floatExp=m_;ho.floatNaN=p_});var km=g(St=>{"use strict";var _m=Bn(),wt=e=>typeof e=="bigint"||Number.isInteger(e);function go(e,n,t,{intAsBigInt:a}){let i=e[0];if((i==="-"||i==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),a){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let r=BigInt(e);return i==="-"?BigInt(-1)*r:r}let o=parseInt(e,t);return i==="-"?-1*o:o}function Ca(e,n,t){let{value:a}=e;if(wt(a)){let i=a.toString(n);return a<0?"-"+t+i.substr(1):t+i}return _m.stringifyNumber(e)}var f_={identify:wt,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>go(e,2,2,t),stringify:e=>Ca(e,2,"0b")},h_={identify:wt,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>go(e,1,8,t),stringify:e=>Ca(e,8,"0")},g_={identify:wt,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>go(e,0,10,t),stringify:_m.stringifyNumber},y_={identify:wt,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>go(e,2,16,t),stringify:e=>Ca(e,16,"0x")};St.int=g_;St.intBin=f_;St.intHex=y_;St.intOct=h_});var Ta=g(Aa=>{"use strict";var _o=P(),yo=Le(),bo=je(),ln=class e extends bo.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;_o.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new yo.Pair(n.key,null):t=new yo.Pair(n,null),bo.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let a=bo.findPair(this.items,n);return!t&&_o.isPair(a)?_o.isScalar(a.key)?a.key.value:a.key:a}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let a=bo.findPair(this.items,n);a&&!t?this.items.splice(this.items.indexOf(a),1):!a&&t&&this.items.push(new yo.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,a){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,a);throw new Error("Set items must all have null values")}static from(n,t,a){let{replacer:i}=a,o=new this(n);if(t&&Symbol.iterator in Object(t))for(let r of t)typeof i=="function"&&(r=i.call(t,r,r)),o.items.push(yo.createPair(r,null,a));return o}};ln.tag="tag:yaml.org,2002:set";var b_={collection:"map",identify:e=>e instanceof Set,nodeClass:ln,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>ln.from(e,n,t),resolve(e,n){if(_o.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new ln,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};Aa.YAMLSet=ln;Aa.set=b_});var Ra=g(ko=>{"use strict";var __=Bn();function xa(e,n){let t=e[0],a=t==="-"||t==="+"?e.substring(1):e,i=r=>n?BigInt(r):Number(r),o=a.replace(/_/g,"").split(":").reduce((r,l)=>r*i(60)+i(l),i(0));return t==="-"?i(-1)*o:o}function vm(e){let{value:n}=e,t=r=>r;if(typeof n=="bigint")t=r=>BigInt(r);else if(isNaN(n)||!isFinite(n))return __.stringifyNumber(e);let a="";n<0&&(a="-",n*=t(-1));let i=t(60),o=[n%i];return n<60?o.unshift(0):(n=(n-o[0])/i,o.unshift(n%i),n>=60&&(n=(n-o[0])/i,o.unshift(n))),a+o.map(r=>String(r).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var k_={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>xa(e,t),stringify:vm},v_={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>xa(e,!1),stringify:vm},wm={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(wm.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,a,i,o,r,l]=n.map(Number),s=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,a-1,i,o||0,r||0,l||0,s),u=n[8];if(u&&u!=="Z"){let p=xa(u,!1);Math.abs(p)<30&&(p*=60),c-=6e4*p}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};ko.floatTime=v_;ko.intTime=k_;ko.timestamp=wm});var Em=g($m=>{"use strict";var w_=Nn(),S_=ao(),$_=Ln(),E_=_t(),O_=va(),Sm=ym(),Ia=bm(),vo=km(),P_=Qr(),C_=Ea(),A_=fo(),T_=Ta(),Da=Ra(),x_=[w_.map,$_.seq,E_.string,S_.nullTag,Sm.trueTag,Sm.falseTag,vo.intBin,vo.intOct,vo.int,vo.intHex,Ia.floatNaN,Ia.floatExp,Ia.float,O_.binary,P_.merge,C_.omap,A_.pairs,T_.set,Da.intTime,Da.floatTime,Da.timestamp];$m.schema=x_});var Nm=g(Ba=>{"use strict";var Am=Nn(),R_=ao(),Tm=Ln(),I_=_t(),D_=da(),Na=ha(),La=ya(),N_=om(),L_=sm(),xm=va(),$t=Qr(),Rm=Ea(),Im=fo(),Om=Em(),Dm=Ta(),wo=Ra(),Pm=new Map([["core",N_.schema],["failsafe",[Am.map,Tm.seq,I_.string]],["json",L_.schema],["yaml11",Om.schema],["yaml-1.1",Om.schema]]),Cm={binary:xm.binary,bool:D_.boolTag,float:Na.float,floatExp:Na.floatExp,floatNaN:Na.floatNaN,floatTime:wo.floatTime,int:La.int,intHex:La.intHex,intOct:La.intOct,intTime:wo.intTime,map:Am.map,merge:$t.merge,null:R_.nullTag,omap:Rm.omap,pairs:Im.pairs,seq:Tm.seq,set:Dm.set,timestamp:wo.timestamp},B_={"tag:yaml.org,2002:binary":xm.binary,"tag:yaml.org,2002:merge":$t.merge,"tag:yaml.org,2002:omap":Rm.omap,"tag:yaml.org,2002:pairs":Im.pairs,"tag:yaml.org,2002:set":Dm.set,"tag:yaml.org,2002:timestamp":wo.timestamp};function j_(e,n,t){let a=Pm.get(n);if(a&&!e)return t&&!a.includes($t.merge)?a.concat($t.merge):a.slice();let i=a;if(!i)if(Array.isArray(e))i=[];else{let o=Array.from(Pm.keys()).filter(r=>r!=="yaml11").map(r=>JSON.stringify(r)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${o} or define customTags array`)}if(Array.isArray(e))for(let o of e)i=i.concat(o);else typeof e=="function"&&(i=e(i.slice()));return t&&(i=i.concat($t.merge)),i.reduce((o,r)=>{let l=typeof r=="string"?Cm[r]:r;if(!l){let s=JSON.stringify(r),c=Object.keys(Cm).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${s}; use one of ${c}`)}return o.includes(l)||o.push(l),o},[])}Ba.coreKnownTags=B_;Ba.getTags=j_});var qa=g(Lm=>{"use strict";var ja=P(),M_=Nn(),q_=Ln(),U_=_t(),So=Nm(),G_=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,Ma=class e{constructor({compat:n,customTags:t,merge:a,resolveKnownTags:i,schema:o,sortMapEntries:r,toStringDefaults:l}){this.compat=Array.isArray(n)?So.getTags(n,"compat"):n?So.getTags(null,n):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?So.coreKnownTags:{},this.tags=So.getTags(t,this.name,a),this.toStringOptions=l??null,Object.defineProperty(this,ja.MAP,{value:M_.map}),Object.defineProperty(this,ja.SCALAR,{value:U_.string}),Object.defineProperty(this,ja.SEQ,{value:q_.seq}),this.sortMapEntries=typeof r=="function"?r:r===!0?G_:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};Lm.Schema=Ma});var jm=g(Bm=>{"use strict";var H_=P(),Ua=gt(),Et=mt();function V_(e,n){let t=[],a=n.directives===!0;if(n.directives!==!1&&e.directives){let s=e.directives.toString(e);s?(t.push(s),a=!0):e.directives.docStart&&(a=!0)}a&&t.push("---");let i=Ua.createStringifyContext(e,n),{commentString:o}=i.options;if(e.commentBefore){t.length!==1&&t.unshift("");let s=o(e.commentBefore);t.unshift(Et.indentComment(s,""))}let r=!1,l=null;if(e.contents){if(H_.isNode(e.contents)){if(e.contents.spaceBefore&&a&&t.push(""),e.contents.commentBefore){let u=o(e.contents.commentBefore);t.push(Et.indentComment(u,""))}i.forceBlockIndent=!!e.comment,l=e.contents.comment}let s=l?void 0:()=>r=!0,c=Ua.stringify(e.contents,i,()=>l=null,s);l&&(c+=Et.lineComment(c,"",o(l))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(Ua.stringify(e.contents,i));if(e.directives?.docEnd)if(e.comment){let s=o(e.comment);s.includes(`
`)?(t.push("..."),t.push(Et.indentComment(s,""))):t.push(`... ${s}`)}else t.push("...");else{let s=e.comment;s&&r&&(s=s.replace(/^\n+/,"")),s&&((!r||l)&&t[t.length-1]!==""&&t.push(""),t.push(Et.indentComment(o(s),"")))}return t.join(`
`)+`
`}Bm.stringifyDocument=V_});var Ot=g(Mm=>{"use strict";var F_=ut(),jn=Gr(),te=P(),K_=Le(),z_=Re(),Y_=qa(),W_=jm(),Ga=jr(),J_=Ki(),X_=pt(),Ha=Fi(),Va=class e{constructor(n,t,a){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,te.NODE_TYPE,{value:te.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:a===void 0&&t&&(a=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},a);this.options=o;let{version:r}=o;a?._directives?(this.directives=a._directives.atDocument(),this.directives.yaml.explicit&&(r=this.directives.yaml.version)):this.directives=new Ha.Directives({version:r}),this.setSchema(r,a),this.contents=n===void 0?null:this.createNode(n,i,a)}clone(){let n=Object.create(e.prototype,{[te.NODE_TYPE]:{value:te.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=te.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Mn(this.contents)&&this.contents.add(n)}addIn(n,t){Mn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let a=Ga.anchorNames(this);n.anchor=!t||a.has(t)?Ga.findNewAnchor(t||"a",a):t}return new F_.Alias(n.anchor)}createNode(n,t,a){let i;if(typeof t=="function")n=t.call({"":n},"",n),i=t;else if(Array.isArray(t)){let h=v=>typeof v=="number"||v instanceof String||v instanceof Number,b=t.filter(h).map(String);b.length>0&&(t=t.concat(b)),i=t}else a===void 0&&t&&(a=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:r,flow:l,keepUndefined:s,onTagObj:c,tag:u}=a??{},{onAnchor:p,setAnchors:m,sourceObjects:d}=Ga.createNodeAnchors(this,r||"a"),y={aliasDuplicateObjects:o??!0,keepUndefined:s??!1,onAnchor:p,onTagObj:c,replacer:i,schema:this.schema,sourceObjects:d},f=X_.createNode(n,u,y);return l&&te.isCollection(f)&&(f.flow=!0),m(),f}createPair(n,t,a={}){let i=this.createNode(n,null,a),o=this.createNode(t,null,a);return new K_.Pair(i,o)}delete(n){return Mn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return jn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Mn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return te.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return jn.isEmptyPath(n)?!t&&te.isScalar(this.contents)?this.contents.value:this.contents:te.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return te.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return jn.isEmptyPath(n)?this.contents!==void 0:te.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=jn.collectionFromPath(this.schema,[n],t):Mn(this.contents)&&this.contents.set(n,t)}setIn(n,t){jn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=jn.collectionFromPath(this.schema,Array.from(n),t):Mn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let a;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Ha.Directives({version:"1.1"}),a={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new Ha.Directives({version:n}),a={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,a=null;break;default:{let i=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(a)this.schema=new Y_.Schema(Object.assign(a,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:a,maxAliasCount:i,onAnchor:o,reviver:r}={}){let l={anchors:new Map,doc:this,keep:!n,mapAsMap:a===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},s=z_.toJS(this.contents,t??"",l);if(typeof o=="function")for(let{count:c,res:u}of l.anchors.values())o(u,c);return typeof r=="function"?J_.applyReviver(r,{"":s},"",s):s}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return W_.stringifyDocument(this,n)}};function Mn(e){if(te.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}Mm.Document=Va});var At=g(Ct=>{"use strict";var Pt=class extends Error{constructor(n,t,a,i){super(),this.name=n,this.code=a,this.message=i,this.pos=t}},Fa=class extends Pt{constructor(n,t,a){super("YAMLParseError",n,t,a)}},Ka=class extends Pt{constructor(n,t,a){super("YAMLWarning",n,t,a)}},Q_=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(l=>n.linePos(l));let{line:a,col:i}=t.linePos[0];t.message+=` at line ${a}, column ${i}`;let o=i-1,r=e.substring(n.lineStarts[a-1],n.lineStarts[a]).replace(/[\n\r]+$/,"");if(o>=60&&r.length>80){let l=Math.min(o-39,r.length-79);r="…"+r.substring(l),o-=l-1}if(r.length>80&&(r=r.substring(0,79)+"…"),a>1&&/^ *$/.test(r.substring(0,o))){let l=e.substring(n.lineStarts[a-2],n.lineStarts[a-1]);l.length>80&&(l=l.substring(0,79)+`…
`),r=l+r}if(/[^ ]/.test(r)){let l=1,s=t.linePos[1];s?.line===a&&s.col>i&&(l=Math.max(1,Math.min(s.col-i,80-o)));let c=" ".repeat(o)+"^".repeat(l);t.message+=`:

${r}
${c}
`}};Ct.YAMLError=Pt;Ct.YAMLParseError=Fa;Ct.YAMLWarning=Ka;Ct.prettifyError=Q_});var Tt=g(qm=>{"use strict";function Z_(e,{flow:n,indicator:t,next:a,offset:i,onError:o,parentIndent:r,startOnNewline:l}){let s=!1,c=l,u=l,p="",m="",d=!1,y=!1,f=null,h=null,b=null,v=null,S=null,$=null,E=null;for(let _ of e)switch(y&&(_.type!=="space"&&_.type!=="newline"&&_.type!=="comma"&&o(_.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),y=!1),f&&(c&&_.type!=="comment"&&_.type!=="newline"&&o(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),f=null),_.type){case"space":!n&&(t!=="doc-start"||a?.type!=="flow-collection")&&_.source.includes("	")&&(f=_),u=!0;break;case"comment":{u||o(_,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let M=_.source.substring(1)||" ";p?p+=m+M:p=M,m="",c=!1;break}case"newline":c?p?p+=_.source:(!$||t!=="seq-item-ind")&&(s=!0):m+=_.source,c=!0,d=!0,(h||b)&&(v=_),u=!0;break;case"anchor":h&&o(_,"MULTIPLE_ANCHORS","A node can have at most one anchor"),_.source.endsWith(":")&&o(_.offset+_.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=_,E??(E=_.offset),c=!1,u=!1,y=!0;break;case"tag":{b&&o(_,"MULTIPLE_TAGS","A node can have at most one tag"),b=_,E??(E=_.offset),c=!1,u=!1,y=!0;break}case t:(h||b)&&o(_,"BAD_PROP_ORDER",`Anchors and tags must be after the ${_.source} indicator`),$&&o(_,"UNEXPECTED_TOKEN",`Unexpected ${_.source} in ${n??"collection"}`),$=_,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){S&&o(_,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),S=_,c=!1,u=!1;break}default:o(_,"UNEXPECTED_TOKEN",`Unexpected ${_.type} token`),c=!1,u=!1}let O=e[e.length-1],x=O?O.offset+O.source.length:i;return y&&a&&a.type!=="space"&&a.type!=="newline"&&a.type!=="comma"&&(a.type!=="scalar"||a.source!=="")&&o(a.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),f&&(c&&f.indent<=r||a?.type==="block-map"||a?.type==="block-seq")&&o(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:S,found:$,spaceBefore:s,comment:p,hasNewline:d,anchor:h,tag:b,newlineAfterProp:v,end:x,start:E??x}}qm.resolveProps=Z_});var $o=g(Um=>{"use strict";function za(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(za(n.key)||za(n.value))return!0}return!1;default:return!0}}Um.containsNewline=za});var Ya=g(Gm=>{"use strict";var ek=$o();function nk(e,n,t){if(n?.type==="flow-collection"){let a=n.end[0];a.indent===e&&(a.source==="]"||a.source==="}")&&ek.containsNewline(n)&&t(a,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Gm.flowIndentCheck=nk});var Wa=g(Vm=>{"use strict";var Hm=P();function tk(e,n,t){let{uniqueKeys:a}=e.options;if(a===!1)return!1;let i=typeof a=="function"?a:(o,r)=>o===r||Hm.isScalar(o)&&Hm.isScalar(r)&&o.value===r.value;return n.some(o=>i(o.key,t))}Vm.mapIncludes=tk});var Jm=g(Wm=>{"use strict";var Fm=Le(),rk=je(),Km=Tt(),ok=$o(),zm=Ya(),ik=Wa(),Ym="All mapping items must start at the same column";function ak({composeNode:e,composeEmptyNode:n},t,a,i,o){let r=o?.nodeClass??rk.YAMLMap,l=new r(t.schema);t.atRoot&&(t.atRoot=!1);let s=a.offset,c=null;for(let u of a.items){let{start:p,key:m,sep:d,value:y}=u,f=Km.resolveProps(p,{indicator:"explicit-key-ind",next:m??d?.[0],offset:s,onError:i,parentIndent:a.indent,startOnNewline:!0}),h=!f.found;if(h){if(m&&(m.type==="block-seq"?i(s,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in m&&m.indent!==a.indent&&i(s,"BAD_INDENT",Ym)),!f.anchor&&!f.tag&&!d){c=f.end,f.comment&&(l.comment?l.comment+=`
`+f.comment:l.comment=f.comment);continue}(f.newlineAfterProp||ok.containsNewline(m))&&i(m??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else f.found?.indent!==a.indent&&i(s,"BAD_INDENT",Ym);t.atKey=!0;let b=f.end,v=m?e(t,m,f,i):n(t,b,p,null,f,i);t.schema.compat&&zm.flowIndentCheck(a.indent,m,i),t.atKey=!1,ik.mapIncludes(t,l.items,v)&&i(b,"DUPLICATE_KEY","Map keys must be unique");let S=Km.resolveProps(d??[],{indicator:"map-value-ind",next:y,offset:v.range[2],onError:i,parentIndent:a.indent,startOnNewline:!m||m.type==="block-scalar"});if(s=S.end,S.found){h&&(y?.type==="block-map"&&!S.hasNewline&&i(s,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&f.start<S.found.offset-1024&&i(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let $=y?e(t,y,S,i):n(t,s,d,null,S,i);t.schema.compat&&zm.flowIndentCheck(a.indent,y,i),s=$.range[2];let E=new Fm.Pair(v,$);t.options.keepSourceTokens&&(E.srcToken=u),l.items.push(E)}else{h&&i(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),S.comment&&(v.comment?v.comment+=`
`+S.comment:v.comment=S.comment);let $=new Fm.Pair(v);t.options.keepSourceTokens&&($.srcToken=u),l.items.push($)}}return c&&c<s&&i(c,"IMPOSSIBLE","Map comment with trailing content"),l.range=[a.offset,s,c??s],l}Wm.resolveBlockMap=ak});var Qm=g(Xm=>{"use strict";var sk=Me(),lk=Tt(),ck=Ya();function uk({composeNode:e,composeEmptyNode:n},t,a,i,o){let r=o?.nodeClass??sk.YAMLSeq,l=new r(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let s=a.offset,c=null;for(let{start:u,value:p}of a.items){let m=lk.resolveProps(u,{indicator:"seq-item-ind",next:p,offset:s,onError:i,parentIndent:a.indent,startOnNewline:!0});if(!m.found)if(m.anchor||m.tag||p)p?.type==="block-seq"?i(m.end,"BAD_INDENT","All sequence items must start at the same column"):i(s,"MISSING_CHAR","Sequence item without - indicator");else{c=m.end,m.comment&&(l.comment=m.comment);continue}let d=p?e(t,p,m,i):n(t,m.end,u,null,m,i);t.schema.compat&&ck.flowIndentCheck(a.indent,p,i),s=d.range[2],l.items.push(d)}return l.range=[a.offset,s,c??s],l}Xm.resolveBlockSeq=uk});var qn=g(Zm=>{"use strict";function pk(e,n,t,a){let i="";if(e){let o=!1,r="";for(let l of e){let{source:s,type:c}=l;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&a(l,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=s.substring(1)||" ";i?i+=r+u:i=u,r="";break}case"newline":i&&(r+=s),o=!0;break;default:a(l,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=s.length}}return{comment:i,offset:n}}Zm.resolveEnd=pk});var rd=g(td=>{"use strict";var mk=P(),dk=Le(),ed=je(),fk=Me(),hk=qn(),nd=Tt(),gk=$o(),yk=Wa(),Ja="Block collections are not allowed within flow collections",Xa=e=>e&&(e.type==="block-map"||e.type==="block-seq");function bk({composeNode:e,composeEmptyNode:n},t,a,i,o){let r=a.start.source==="{",l=r?"flow map":"flow sequence",s=o?.nodeClass??(r?ed.YAMLMap:fk.YAMLSeq),c=new s(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=a.offset+a.start.source.length;for(let h=0;h<a.items.length;++h){let b=a.items[h],{start:v,key:S,sep:$,value:E}=b,O=nd.resolveProps(v,{flow:l,indicator:"explicit-key-ind",next:S??$?.[0],offset:p,onError:i,parentIndent:a.indent,startOnNewline:!1});if(!O.found){if(!O.anchor&&!O.tag&&!$&&!E){h===0&&O.comma?i(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`):h<a.items.length-1&&i(O.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${l}`),O.comment&&(c.comment?c.comment+=`
`+O.comment:c.comment=O.comment),p=O.end;continue}!r&&t.options.strict&&gk.containsNewline(S)&&i(S,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)O.comma&&i(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`);else if(O.comma||i(O.start,"MISSING_CHAR",`Missing , between ${l} items`),O.comment){let x="";e:for(let _ of v)switch(_.type){case"comma":case"space":break;case"comment":x=_.source.substring(1);break e;default:break e}if(x){let _=c.items[c.items.length-1];mk.isPair(_)&&(_=_.value??_.key),_.comment?_.comment+=`
`+x:_.comment=x,O.comment=O.comment.substring(x.length+1)}}if(!r&&!$&&!O.found){let x=E?e(t,E,O,i):n(t,O.end,$,null,O,i);c.items.push(x),p=x.range[2],Xa(E)&&i(x.range,"BLOCK_IN_FLOW",Ja)}else{t.atKey=!0;let x=O.end,_=S?e(t,S,O,i):n(t,x,v,null,O,i);Xa(S)&&i(_.range,"BLOCK_IN_FLOW",Ja),t.atKey=!1;let M=nd.resolveProps($??[],{flow:l,indicator:"map-value-ind",next:E,offset:_.range[2],onError:i,parentIndent:a.indent,startOnNewline:!1});if(M.found){if(!r&&!O.found&&t.options.strict){if($)for(let q of $){if(q===M.found)break;if(q.type==="newline"){i(q,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}O.start<M.found.offset-1024&&i(M.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else E&&("source"in E&&E.source?.[0]===":"?i(E,"MISSING_CHAR",`Missing space after : in ${l}`):i(M.start,"MISSING_CHAR",`Missing , or : between ${l} items`));let Ee=E?e(t,E,M,i):M.found?n(t,M.end,$,null,M,i):null;Ee?Xa(E)&&i(Ee.range,"BLOCK_IN_FLOW",Ja):M.comment&&(_.comment?_.comment+=`
`+M.comment:_.comment=M.comment);let pn=new dk.Pair(_,Ee);if(t.options.keepSourceTokens&&(pn.srcToken=b),r){let q=c;yk.mapIncludes(t,q.items,_)&&i(x,"DUPLICATE_KEY","Map keys must be unique"),q.items.push(pn)}else{let q=new ed.YAMLMap(t.schema);q.flow=!0,q.items.push(pn);let ws=(Ee??_).range;q.range=[_.range[0],ws[1],ws[2]],c.items.push(q)}p=Ee?Ee.range[2]:M.end}}let m=r?"}":"]",[d,...y]=a.end,f=p;if(d?.source===m)f=d.offset+d.source.length;else{let h=l[0].toUpperCase()+l.substring(1),b=u?`${h} must end with a ${m}`:`${h} in block collection must be sufficiently indented and end with a ${m}`;i(p,u?"MISSING_CHAR":"BAD_INDENT",b),d&&d.source.length!==1&&y.unshift(d)}if(y.length>0){let h=hk.resolveEnd(y,f,t.options.strict,i);h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),c.range=[a.offset,f,h.offset]}else c.range=[a.offset,f,f];return c}td.resolveFlowCollection=bk});var id=g(od=>{"use strict";var _k=P(),kk=j(),vk=je(),wk=Me(),Sk=Jm(),$k=Qm(),Ek=rd();function Qa(e,n,t,a,i,o){let r=t.type==="block-map"?Sk.resolveBlockMap(e,n,t,a,o):t.type==="block-seq"?$k.resolveBlockSeq(e,n,t,a,o):Ek.resolveFlowCollection(e,n,t,a,o),l=r.constructor;return i==="!"||i===l.tagName?(r.tag=l.tagName,r):(i&&(r.tag=i),r)}function Ok(e,n,t,a,i){let o=a.tag,r=o?n.directives.tagName(o.source,m=>i(o,"TAG_RESOLVE_FAILED",m)):null;if(t.type==="block-seq"){let{anchor:m,newlineAfterProp:d}=a,y=m&&o?m.offset>o.offset?m:o:m??o;y&&(!d||d.offset<y.offset)&&i(y,"MISSING_CHAR","Missing newline after block sequence props")}let l=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!r||r==="!"||r===vk.YAMLMap.tagName&&l==="map"||r===wk.YAMLSeq.tagName&&l==="seq")return Qa(e,n,t,i,r);let s=n.schema.tags.find(m=>m.tag===r&&m.collection===l);if(!s){let m=n.schema.knownTags[r];if(m?.collection===l)n.schema.tags.push(Object.assign({},m,{default:!1})),s=m;else return m?i(o,"BAD_COLLECTION_TYPE",`${m.tag} used for ${l} collection, but expects ${m.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,!0),Qa(e,n,t,i,r)}let c=Qa(e,n,t,i,r,s),u=s.resolve?.(c,m=>i(o,"TAG_RESOLVE_FAILED",m),n.options)??c,p=_k.isNode(u)?u:new kk.Scalar(u);return p.range=c.range,p.tag=r,s?.format&&(p.format=s.format),p}od.composeCollection=Ok});var es=g(ad=>{"use strict";var Za=j();function Pk(e,n,t){let a=n.offset,i=Ck(n,e.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[a,a,a]};let o=i.mode===">"?Za.Scalar.BLOCK_FOLDED:Za.Scalar.BLOCK_LITERAL,r=n.source?Ak(n.source):[],l=r.length;for(let f=r.length-1;f>=0;--f){let h=r[f][1];if(h===""||h==="\r")l=f;else break}if(l===0){let f=i.chomp==="+"&&r.length>0?`
`.repeat(Math.max(1,r.length-1)):"",h=a+i.length;return n.source&&(h+=n.source.length),{value:f,type:o,comment:i.comment,range:[a,h,h]}}let s=n.indent+i.indent,c=n.offset+i.length,u=0;for(let f=0;f<l;++f){let[h,b]=r[f];if(b===""||b==="\r")i.indent===0&&h.length>s&&(s=h.length);else{h.length<s&&t(c+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(s=h.length),u=f,s===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=h.length+b.length+1}for(let f=r.length-1;f>=l;--f)r[f][0].length>s&&(l=f+1);let p="",m="",d=!1;for(let f=0;f<u;++f)p+=r[f][0].slice(s)+`
`;for(let f=u;f<l;++f){let[h,b]=r[f];c+=h.length+b.length+1;let v=b[b.length-1]==="\r";if(v&&(b=b.slice(0,-1)),b&&h.length<s){let $=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(c-b.length-(v?2:1),"BAD_INDENT",$),h=""}o===Za.Scalar.BLOCK_LITERAL?(p+=m+h.slice(s)+b,m=`
`):h.length>s||b[0]==="	"?(m===" "?m=`
`:!d&&m===`
`&&(m=`

`),p+=m+h.slice(s)+b,m=`
`,d=!0):b===""?m===`
`?p+=`
`:m=`
`:(p+=m+b,m=" ",d=!1)}switch(i.chomp){case"-":break;case"+":for(let f=l;f<r.length;++f)p+=`
`+r[f][0].slice(s);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let y=a+i.length+n.source.length;return{value:p,type:o,comment:i.comment,range:[a,y,y]}}function Ck({offset:e,props:n},t,a){if(n[0].type!=="block-scalar-header")return a(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=n[0],o=i[0],r=0,l="",s=-1;for(let m=1;m<i.length;++m){let d=i[m];if(!l&&(d==="-"||d==="+"))l=d;else{let y=Number(d);!r&&y?r=y:s===-1&&(s=e+m)}}s!==-1&&a(s,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=!1,u="",p=i.length;for(let m=1;m<n.length;++m){let d=n[m];switch(d.type){case"space":c=!0;case"newline":p+=d.source.length;break;case"comment":t&&!c&&a(d,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=d.source.length,u=d.source.substring(1);break;case"error":a(d,"UNEXPECTED_TOKEN",d.message),p+=d.source.length;break;default:{let y=`Unexpected token in block scalar header: ${d.type}`;a(d,"UNEXPECTED_TOKEN",y);let f=d.source;f&&typeof f=="string"&&(p+=f.length)}}}return{mode:o,indent:r,chomp:l,comment:u,length:p}}function Ak(e){let n=e.split(/\n( *)/),t=n[0],a=t.match(/^( *)/),o=[a?.[1]?[a[1],t.slice(a[1].length)]:["",t]];for(let r=1;r<n.length;r+=2)o.push([n[r],n[r+1]]);return o}ad.resolveBlockScalar=Pk});var ts=g(ld=>{"use strict";var ns=j(),Tk=qn();function xk(e,n,t){let{offset:a,type:i,source:o,end:r}=e,l,s,c=(m,d,y)=>t(a+m,d,y);switch(i){case"scalar":l=ns.Scalar.PLAIN,s=Rk(o,c);break;case"single-quoted-scalar":l=ns.Scalar.QUOTE_SINGLE,s=Ik(o,c);break;case"double-quoted-scalar":l=ns.Scalar.QUOTE_DOUBLE,s=Dk(o,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[a,a+o.length,a+o.length]}}let u=a+o.length,p=Tk.resolveEnd(r,u,n,t);return{value:s,type:l,comment:p.comment,range:[a,u,p.offset]}}function Rk(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),sd(e)}function Ik(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),sd(e.slice(1,-1)).replace(/''/g,"'")}function sd(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let a,i;try{a=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{a=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(a,""),r=" ",l=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(i,"");c===""?r===`
`?o+=r:r=`
`:(o+=r+c,r=" "),l=n.lastIndex}let s=/[ \t]*(.*)/sy;return s.lastIndex=l,t=s.exec(e),o+r+(t?.[1]??"")}function Dk(e,n){let t="";for(let a=1;a<e.length-1;++a){let i=e[a];if(!(i==="\r"&&e[a+1]===`
`))if(i===`
`){let{fold:o,offset:r}=Nk(e,a);t+=o,a=r}else if(i==="\\"){let o=e[++a],r=Lk[o];if(r)t+=r;else if(o===`
`)for(o=e[a+1];o===" "||o==="	";)o=e[++a+1];else if(o==="\r"&&e[a+1]===`
`)for(o=e[++a+1];o===" "||o==="	";)o=e[++a+1];else if(o==="x"||o==="u"||o==="U"){let l=o==="x"?2:o==="u"?4:8;t+=Bk(e,a+1,l,n),a+=l}else{let l=e.substr(a-1,2);n(a-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),t+=l}}else if(i===" "||i==="	"){let o=a,r=e[a+1];for(;r===" "||r==="	";)r=e[++a+1];r!==`
`&&!(r==="\r"&&e[a+2]===`
`)&&(t+=a>o?e.slice(o,a+1):i)}else t+=i}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function Nk(e,n){let t="",a=e[n+1];for(;(a===" "||a==="	"||a===`
`||a==="\r")&&!(a==="\r"&&e[n+2]!==`
`);)a===`
`&&(t+=`
`),n+=1,a=e[n+1];return t||(t=" "),{fold:t,offset:n}}var Lk={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Bk(e,n,t,a){let i=e.substr(n,t),r=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(r)}catch{let l=e.substr(n-2,t+2);return a(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),l}}ld.resolveFlowScalar=xk});var pd=g(ud=>{"use strict";var cn=P(),cd=j(),jk=es(),Mk=ts();function qk(e,n,t,a){let{value:i,type:o,comment:r,range:l}=n.type==="block-scalar"?jk.resolveBlockScalar(e,n,a):Mk.resolveFlowScalar(n,e.options.strict,a),s=t?e.directives.tagName(t.source,p=>a(t,"TAG_RESOLVE_FAILED",p)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[cn.SCALAR]:s?c=Uk(e.schema,i,s,t,a):n.type==="scalar"?c=Gk(e,i,n,a):c=e.schema[cn.SCALAR];let u;try{let p=c.resolve(i,m=>a(t??n,"TAG_RESOLVE_FAILED",m),e.options);u=cn.isScalar(p)?p:new cd.Scalar(p)}catch(p){let m=p instanceof Error?p.message:String(p);a(t??n,"TAG_RESOLVE_FAILED",m),u=new cd.Scalar(i)}return u.range=l,u.source=i,o&&(u.type=o),s&&(u.tag=s),c.format&&(u.format=c.format),r&&(u.comment=r),u}function Uk(e,n,t,a,i){if(t==="!")return e[cn.SCALAR];let o=[];for(let l of e.tags)if(!l.collection&&l.tag===t)if(l.default&&l.test)o.push(l);else return l;for(let l of o)if(l.test?.test(n))return l;let r=e.knownTags[t];return r&&!r.collection?(e.tags.push(Object.assign({},r,{default:!1,test:void 0})),r):(i(a,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[cn.SCALAR])}function Gk({atKey:e,directives:n,schema:t},a,i,o){let r=t.tags.find(l=>(l.default===!0||e&&l.default==="key")&&l.test?.test(a))||t[cn.SCALAR];if(t.compat){let l=t.compat.find(s=>s.default&&s.test?.test(a))??t[cn.SCALAR];if(r.tag!==l.tag){let s=n.tagString(r.tag),c=n.tagString(l.tag),u=`Value may be parsed as either ${s} or ${c}`;o(i,"TAG_RESOLVE_FAILED",u,!0)}}return r}ud.composeScalar=qk});var dd=g(md=>{"use strict";function Hk(e,n,t){if(n){t??(t=n.length);for(let a=t-1;a>=0;--a){let i=n[a];switch(i.type){case"space":case"comment":case"newline":e-=i.source.length;continue}for(i=n[++a];i?.type==="space";)e+=i.source.length,i=n[++a];break}}return e}md.emptyScalarPosition=Hk});var gd=g(os=>{"use strict";var Vk=ut(),Fk=P(),Kk=id(),fd=pd(),zk=qn(),Yk=dd(),Wk={composeNode:hd,composeEmptyNode:rs};function hd(e,n,t,a){let i=e.atKey,{spaceBefore:o,comment:r,anchor:l,tag:s}=t,c,u=!0;switch(n.type){case"alias":c=Jk(e,n,a),(l||s)&&a(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=fd.composeScalar(e,n,s,a),l&&(c.anchor=l.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=Kk.composeCollection(Wk,e,n,t,a),l&&(c.anchor=l.source.substring(1))}catch(p){let m=p instanceof Error?p.message:String(p);a(n,"RESOURCE_EXHAUSTION",m)}break;default:{let p=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;a(n,"UNEXPECTED_TOKEN",p),u=!1}}return c??(c=rs(e,n.offset,void 0,null,t,a)),l&&c.anchor===""&&a(l,"BAD_ALIAS","Anchor cannot be an empty string"),i&&e.options.stringKeys&&(!Fk.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&a(s??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),r&&(n.type==="scalar"&&n.source===""?c.comment=r:c.commentBefore=r),e.options.keepSourceTokens&&u&&(c.srcToken=n),c}function rs(e,n,t,a,{spaceBefore:i,comment:o,anchor:r,tag:l,end:s},c){let u={type:"scalar",offset:Yk.emptyScalarPosition(n,t,a),indent:-1,source:""},p=fd.composeScalar(e,u,l,c);return r&&(p.anchor=r.source.substring(1),p.anchor===""&&c(r,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),o&&(p.comment=o,p.range[2]=s),p}function Jk({options:e},{offset:n,source:t,end:a},i){let o=new Vk.Alias(t.substring(1));o.source===""&&i(n,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let r=n+t.length,l=zk.resolveEnd(a,r,e.strict,i);return o.range=[n,r,l.offset],l.comment&&(o.comment=l.comment),o}os.composeEmptyNode=rs;os.composeNode=hd});var _d=g(bd=>{"use strict";var Xk=Ot(),yd=gd(),Qk=qn(),Zk=Tt();function ev(e,n,{offset:t,start:a,value:i,end:o},r){let l=Object.assign({_directives:n},e),s=new Xk.Document(void 0,l),c={atKey:!1,atRoot:!0,directives:s.directives,options:s.options,schema:s.schema},u=Zk.resolveProps(a,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:r,parentIndent:0,startOnNewline:!0});u.found&&(s.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!u.hasNewline&&r(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),s.contents=i?yd.composeNode(c,i,u,r):yd.composeEmptyNode(c,u.end,a,null,u,r);let p=s.contents.range[2],m=Qk.resolveEnd(o,p,!1,r);return m.comment&&(s.comment=m.comment),s.range=[t,p,m.offset],s}bd.composeDoc=ev});var as=g(wd=>{"use strict";var nv=Lt("process"),tv=Fi(),rv=Ot(),xt=At(),kd=P(),ov=_d(),iv=qn();function Rt(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function vd(e){let n="",t=!1,a=!1;for(let i=0;i<e.length;++i){let o=e[i];switch(o[0]){case"#":n+=(n===""?"":a?`

`:`
`)+(o.substring(1)||" "),t=!0,a=!1;break;case"%":e[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(a=!0),t=!1}}return{comment:n,afterEmptyLine:a}}var is=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,a,i,o)=>{let r=Rt(t);o?this.warnings.push(new xt.YAMLWarning(r,a,i)):this.errors.push(new xt.YAMLParseError(r,a,i))},this.directives=new tv.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:a,afterEmptyLine:i}=vd(this.prelude);if(a){let o=n.contents;if(t)n.comment=n.comment?`${n.comment}
${a}`:a;else if(i||n.directives.docStart||!o)n.commentBefore=a;else if(kd.isCollection(o)&&!o.flow&&o.items.length>0){let r=o.items[0];kd.isPair(r)&&(r=r.key);let l=r.commentBefore;r.commentBefore=l?`${a}
${l}`:a}else{let r=o.commentBefore;o.commentBefore=r?`${a}
${r}`:a}}if(t){for(let o=0;o<this.errors.length;++o)n.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)n.warnings.push(this.warnings[o])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:vd(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,a=-1){for(let i of n)yield*this.next(i);yield*this.end(t,a)}*next(n){switch(nv.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,a,i)=>{let o=Rt(n);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",a,i)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=ov.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,a=new xt.YAMLParseError(Rt(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(a):this.doc.errors.push(a);break}case"doc-end":{if(!this.doc){let a="Unexpected doc-end without preceding document";this.errors.push(new xt.YAMLParseError(Rt(n),"UNEXPECTED_TOKEN",a));break}this.doc.directives.docEnd=!0;let t=iv.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let a=this.doc.comment;this.doc.comment=a?`${a}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new xt.YAMLParseError(Rt(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let a=Object.assign({_directives:this.directives},this.options),i=new rv.Document(void 0,a);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};wd.Composer=is});var Ed=g(Eo=>{"use strict";var av=es(),sv=ts(),lv=At(),Sd=ht();function cv(e,n=!0,t){if(e){let a=(i,o,r)=>{let l=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(l,o,r);else throw new lv.YAMLParseError([l,l+1],o,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return sv.resolveFlowScalar(e,n,a);case"block-scalar":return av.resolveBlockScalar({options:{strict:n}},e,a)}}return null}function uv(e,n){let{implicitKey:t=!1,indent:a,inFlow:i=!1,offset:o=-1,type:r="PLAIN"}=n,l=Sd.stringifyString({type:r,value:e},{implicitKey:t,indent:a>0?" ".repeat(a):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),s=n.end??[{type:"newline",offset:-1,indent:a,source:`
`}];switch(l[0]){case"|":case">":{let c=l.indexOf(`
`),u=l.substring(0,c),p=l.substring(c+1)+`
`,m=[{type:"block-scalar-header",offset:o,indent:a,source:u}];return $d(m,s)||m.push({type:"newline",offset:-1,indent:a,source:`
`}),{type:"block-scalar",offset:o,indent:a,props:m,source:p}}case'"':return{type:"double-quoted-scalar",offset:o,indent:a,source:l,end:s};case"'":return{type:"single-quoted-scalar",offset:o,indent:a,source:l,end:s};default:return{type:"scalar",offset:o,indent:a,source:l,end:s}}}function pv(e,n,t={}){let{afterKey:a=!1,implicitKey:i=!1,inFlow:o=!1,type:r}=t,l="indent"in e?e.indent:null;if(a&&typeof l=="number"&&(l+=2),!r)switch(e.type){case"single-quoted-scalar":r="QUOTE_SINGLE";break;case"double-quoted-scalar":r="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");r=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:r="PLAIN"}let s=Sd.stringifyString({type:r,value:n},{implicitKey:i||l===null,indent:l!==null&&l>0?" ".repeat(l):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(s[0]){case"|":case">":mv(e,s);break;case'"':ss(e,s,"double-quoted-scalar");break;case"'":ss(e,s,"single-quoted-scalar");break;default:ss(e,s,"scalar")}}function mv(e,n){let t=n.indexOf(`
`),a=n.substring(0,t),i=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let o=e.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=a,e.source=i}else{let{offset:o}=e,r="indent"in e?e.indent:-1,l=[{type:"block-scalar-header",offset:o,indent:r,source:a}];$d(l,"end"in e?e.end:void 0)||l.push({type:"newline",offset:-1,indent:r,source:`
`});for(let s of Object.keys(e))s!=="type"&&s!=="offset"&&delete e[s];Object.assign(e,{type:"block-scalar",indent:r,props:l,source:i})}}function $d(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function ss(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let a=e.props.slice(1),i=n.length;e.props[0].type==="block-scalar-header"&&(i-=e.props[0].source.length);for(let o of a)o.offset+=i;delete e.props,Object.assign(e,{type:t,source:n,end:a});break}case"block-map":case"block-seq":{let i={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[i]});break}default:{let a="indent"in e?e.indent:-1,i="end"in e&&Array.isArray(e.end)?e.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(e))o!=="type"&&o!=="offset"&&delete e[o];Object.assign(e,{type:t,indent:a,source:n,end:i})}}}Eo.createScalarToken=uv;Eo.resolveAsScalar=cv;Eo.setScalarValue=pv});var Pd=g(Od=>{"use strict";var dv=e=>"type"in e?Po(e):Oo(e);function Po(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=Po(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=Oo(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=Oo(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=Oo(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function Oo({start:e,key:n,sep:t,value:a}){let i="";for(let o of e)i+=o.source;if(n&&(i+=Po(n)),t)for(let o of t)i+=o.source;return a&&(i+=Po(a)),i}Od.stringify=dv});var xd=g(Td=>{"use strict";var ls=Symbol("break visit"),fv=Symbol("skip children"),Cd=Symbol("remove item");function un(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),Ad(Object.freeze([]),e,n)}un.BREAK=ls;un.SKIP=fv;un.REMOVE=Cd;un.itemAtPath=(e,n)=>{let t=e;for(let[a,i]of n){let o=t?.[a];if(o&&"items"in o)t=o.items[i];else return}return t};un.parentCollection=(e,n)=>{let t=un.itemAtPath(e,n.slice(0,-1)),a=n[n.length-1][0],i=t?.[a];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function Ad(e,n,t){let a=t(n,e);if(typeof a=="symbol")return a;for(let i of["key","value"]){let o=n[i];if(o&&"items"in o){for(let r=0;r<o.items.length;++r){let l=Ad(Object.freeze(e.concat([[i,r]])),o.items[r],t);if(typeof l=="number")r=l-1;else{if(l===ls)return ls;l===Cd&&(o.items.splice(r,1),r-=1)}}typeof a=="function"&&i==="key"&&(a=a(n,e))}}return typeof a=="function"?a(n,e):a}Td.visit=un});var Co=g(X=>{"use strict";var cs=Ed(),hv=Pd(),gv=xd(),us="\uFEFF",ps="",ms="",ds="",yv=e=>!!e&&"items"in e,bv=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function _v(e){switch(e){case us:return"<BOM>";case ps:return"<DOC>";case ms:return"<FLOW_END>";case ds:return"<SCALAR>";default:return JSON.stringify(e)}}function kv(e){switch(e){case us:return"byte-order-mark";case ps:return"doc-mode";case ms:return"flow-error-end";case ds:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}X.createScalarToken=cs.createScalarToken;X.resolveAsScalar=cs.resolveAsScalar;X.setScalarValue=cs.setScalarValue;X.stringify=hv.stringify;X.visit=gv.visit;X.BOM=us;X.DOCUMENT=ps;X.FLOW_END=ms;X.SCALAR=ds;X.isCollection=yv;X.isScalar=bv;X.prettyToken=_v;X.tokenType=kv});var gs=g(Id=>{"use strict";var It=Co();function ue(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Rd=new Set("0123456789ABCDEFabcdef"),vv=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),Ao=new Set(",[]{}"),wv=new Set(` ,[]{}
\r	`),fs=e=>!e||wv.has(e),hs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let a=this.next??"stream";for(;a&&(t||this.hasChars(1));)a=yield*this.parseNext(a)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let a=0;for(;t===" ";)t=this.buffer[++a+n];if(t==="\r"){let i=this.buffer[a+n+1];if(i===`
`||!i&&!this.atEnd)return n+a+1}return t===`
`||a>=this.indentNext||!t&&!this.atEnd?n+a:-1}if(t==="-"||t==="."){let a=this.buffer.substr(n,3);if((a==="---"||a==="...")&&ue(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===It.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,a=n.indexOf("#");for(;a!==-1;){let o=n[a-1];if(o===" "||o==="	"){t=a-1;break}else a=n.indexOf("#",a+1)}for(;;){let o=n[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield It.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&ue(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!ue(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&ue(t)){let a=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=a,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(fs),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,a=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=a=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((a!==-1&&a<this.indentNext&&i[0]!=="#"||a===0&&(i.startsWith("---")||i.startsWith("..."))&&ue(i[3]))&&!(a===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield It.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(fs),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let r=this.charAt(1);if(this.flowKey||ue(r)||r===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let a=this.buffer.substring(0,t),i=a.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=a.indexOf(`
`,o)}i!==-1&&(t=i-(a[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>ue(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,a;e:for(let o=this.pos;a=this.buffer[o];++o)switch(a){case" ":t+=1;break;case`
`:n=o,t=0;break;case"\r":{let r=this.buffer[o+1];if(!r&&!this.atEnd)return this.setNext("block-scalar");if(r===`
`)break}default:break e}if(!a&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(n+1);if(o===-1)break;n=this.buffer.indexOf(`
`,o)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let i=n+1;for(a=this.buffer[i];a===" ";)a=this.buffer[++i];if(a==="	"){for(;a==="	"||a===" "||a==="\r"||a===`
`;)a=this.buffer[++i];n=i-1}else if(!this.blockScalarKeep)do{let o=n-1,r=this.buffer[o];r==="\r"&&(r=this.buffer[--o]);let l=o;for(;r===" ";)r=this.buffer[--o];if(r===`
`&&o>=this.pos&&o+1+t>l)n=o;else break}while(!0);return yield It.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,a=this.pos-1,i;for(;i=this.buffer[++a];)if(i===":"){let o=this.buffer[a+1];if(ue(o)||n&&Ao.has(o))break;t=a}else if(ue(i)){let o=this.buffer[a+1];if(i==="\r"&&(o===`
`?(a+=1,i=`
`,o=this.buffer[a+1]):t=a),o==="#"||n&&Ao.has(o))break;if(i===`
`){let r=this.continueScalar(a+1);if(r===-1)break;a=Math.max(a,r-2)}}else{if(n&&Ao.has(i))break;t=a}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield It.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let a=this.buffer.slice(this.pos,n);return a?(yield a,this.pos+=a.length,a.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(fs),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,a=this.charAt(1);if(ue(a)||t&&Ao.has(a)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!ue(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(vv.has(t))t=this.buffer[++n];else if(t==="%"&&Rd.has(this.buffer[n+1])&&Rd.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,a;do a=this.buffer[++t];while(a===" "||n&&a==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(n){let t=this.pos,a=this.buffer[t];for(;!n(a);)a=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Id.Lexer=hs});var bs=g(Dd=>{"use strict";var ys=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,a=this.lineStarts.length;for(;t<a;){let o=t+a>>1;this.lineStarts[o]<n?t=o+1:a=o}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let i=this.lineStarts[t-1];return{line:t,col:n-i+1}}}};Dd.LineCounter=ys});var ks=g(Md=>{"use strict";var Sv=Lt("process"),Nd=Co(),$v=gs();function qe(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function Ld(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function jd(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function To(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function Un(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function xo(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function Bd(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!qe(n.start,"explicit-key-ind")&&!qe(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,jd(n.value)?n.value.end?xo(n.value.end,n.sep):n.value.end=n.sep:xo(n.start,n.sep),delete n.sep)}var _s=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new $v.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let a of this.lexer.lex(n,t))yield*this.next(a);t||(yield*this.end())}*next(n){if(this.source=n,Sv.env.LOG_TOKENS&&console.log("|",Nd.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=Nd.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let a=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:a,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let a=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in a?a.indent:0:t.type==="flow-collection"&&a.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Bd(t),a.type){case"document":a.value=t;break;case"block-scalar":a.props.push(t);break;case"block-map":{let i=a.items[a.items.length-1];if(i.value){a.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=a.items[a.items.length-1];i.value?a.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=a.items[a.items.length-1];!i||i.value?a.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((a.type==="document"||a.type==="block-map"||a.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&Ld(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(a.type==="document"?a.end=i.start:a.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{Ld(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=To(this.peek(2)),a=Un(t),i;n.end?(i=n.end,i.push(this.sourceToken),delete n.end):i=[this.sourceToken];let o={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:a,key:n,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let a="end"in t.value?t.value.end:void 0;(Array.isArray(a)?a[a.length-1]:void 0)?.type==="comment"?a?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){xo(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let a=!this.onKeyLine&&this.indent===n.indent,i=a&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let r=[];for(let l=0;l<t.sep.length;++l){let s=t.sep[l];switch(s.type){case"newline":r.push(l);break;case"space":break;case"comment":s.indent>n.indent&&(r.length=0);break;default:r.length=0}}r.length>=2&&(o=t.sep.splice(r[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),n.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),n.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(qe(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(jd(t.key)&&!qe(t.sep,"newline")){let r=Un(t.start),l=t.key,s=t.sep;s.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:l,sep:s}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(qe(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let r=Un(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?n.items.push({start:o,key:null,sep:[this.sourceToken]}):qe(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let r=this.flowScalar(this.type);i||t.value?(n.items.push({start:o,key:r,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(r):(Object.assign(t,{key:r,sep:[]}),this.onKeyLine=!0);return}default:{let r=this.startBlockValue(n);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!qe(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else a&&n.items.push({start:o});this.stack.push(r);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let a="end"in t.value?t.value.end:void 0;(Array.isArray(a)?a[a.length-1]:void 0)?.type==="comment"?a?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){xo(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||qe(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let a=this.startBlockValue(n);if(a){this.stack.push(a);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let a;do yield*this.pop(),a=this.peek(1);while(a?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let a=this.startBlockValue(n);a?this.stack.push(a):(yield*this.pop(),yield*this.step())}else{let a=this.peek(2);if(a.type==="block-map"&&(this.type==="map-value-ind"&&a.indent===n.indent||this.type==="newline"&&!a.items[a.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&a.type!=="flow-collection"){let i=To(a),o=Un(i);Bd(n);let r=n.end.splice(1,n.end.length);r.push(this.sourceToken);let l={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:o,key:n,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=l}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=To(n),a=Un(t);return a.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:a,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=To(n),a=Un(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:a,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(a=>a.type==="newline"||a.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Md.Parser=_s});var Vd=g(Nt=>{"use strict";var qd=as(),Ev=Ot(),Dt=At(),Ov=oa(),Pv=P(),Cv=bs(),Ud=ks();function Gd(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new Cv.LineCounter||null,prettyErrors:n}}function Av(e,n={}){let{lineCounter:t,prettyErrors:a}=Gd(n),i=new Ud.Parser(t?.addNewLine),o=new qd.Composer(n),r=Array.from(o.compose(i.parse(e)));if(a&&t)for(let l of r)l.errors.forEach(Dt.prettifyError(e,t)),l.warnings.forEach(Dt.prettifyError(e,t));return r.length>0?r:Object.assign([],{empty:!0},o.streamInfo())}function Hd(e,n={}){let{lineCounter:t,prettyErrors:a}=Gd(n),i=new Ud.Parser(t?.addNewLine),o=new qd.Composer(n),r=null;for(let l of o.compose(i.parse(e),!0,e.length))if(!r)r=l;else if(r.options.logLevel!=="silent"){r.errors.push(new Dt.YAMLParseError(l.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return a&&t&&(r.errors.forEach(Dt.prettifyError(e,t)),r.warnings.forEach(Dt.prettifyError(e,t))),r}function Tv(e,n,t){let a;typeof n=="function"?a=n:t===void 0&&n&&typeof n=="object"&&(t=n);let i=Hd(e,t);if(!i)return null;if(i.warnings.forEach(o=>Ov.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:a},t))}function xv(e,n,t){let a=null;if(typeof n=="function"||Array.isArray(n)?a=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(e===void 0){let{keepUndefined:i}=t??n??{};if(!i)return}return Pv.isDocument(e)&&!a?e.toString(t):new Ev.Document(e,a,t).toString(t)}Nt.parse=Tv;Nt.parseAllDocuments=Av;Nt.parseDocument=Hd;Nt.stringify=xv});var Kd=g(A=>{"use strict";var Rv=as(),Iv=Ot(),Dv=qa(),vs=At(),Nv=ut(),Ue=P(),Lv=Le(),Bv=j(),jv=je(),Mv=Me(),qv=Co(),Uv=gs(),Gv=bs(),Hv=ks(),Ro=Vd(),Fd=at();A.Composer=Rv.Composer;A.Document=Iv.Document;A.Schema=Dv.Schema;A.YAMLError=vs.YAMLError;A.YAMLParseError=vs.YAMLParseError;A.YAMLWarning=vs.YAMLWarning;A.Alias=Nv.Alias;A.isAlias=Ue.isAlias;A.isCollection=Ue.isCollection;A.isDocument=Ue.isDocument;A.isMap=Ue.isMap;A.isNode=Ue.isNode;A.isPair=Ue.isPair;A.isScalar=Ue.isScalar;A.isSeq=Ue.isSeq;A.Pair=Lv.Pair;A.Scalar=Bv.Scalar;A.YAMLMap=jv.YAMLMap;A.YAMLSeq=Mv.YAMLSeq;A.CST=qv;A.Lexer=Uv.Lexer;A.LineCounter=Gv.LineCounter;A.Parser=Hv.Parser;A.parse=Ro.parse;A.parseAllDocuments=Ro.parseAllDocuments;A.parseDocument=Ro.parseDocument;A.stringify=Ro.stringify;A.visit=Fd.visit;A.visitAsync=Fd.visitAsync});var Cs={"actions/cache":{version:"v5.0.5",sha:"27d5ce7f107fe9357f9df03efb73ab90386fccae"},"actions/checkout":{version:"v7.0.1",sha:"3d3c42e5aac5ba805825da76410c181273ba90b1"},"actions/create-github-app-token":{version:"v3.1.1",sha:"1b10c78c7865c340bc4f6099eb2f838309f1e8c3"},"actions/dependency-review-action":{version:"v4.9.0",sha:"2031cfc080254a8a887f58cffee85186f0e49e48"},"actions/download-artifact":{version:"v8.0.1",sha:"3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c"},"actions/setup-node":{version:"v7.0.0",sha:"820762786026740c76f36085b0efc47a31fe5020"},"actions/setup-python":{version:"v7.0.0",sha:"5fda3b95a4ea91299a34e894583c3862153e4b97"},"actions/upload-artifact":{version:"v7.0.0",sha:"bbbca2ddaa5d8feaa63e36b76fdaad77386f024f"},"aquasecurity/trivy-action":{version:"v0.36.0",sha:"ed142fd0673e97e23eac54620cfb913e5ce36c25"},"astral-sh/setup-uv":{version:"v10.0.1",sha:"20cfd1bf945f4377ade1205e4dbc17946fc9a30d"},"aws-actions/amazon-ecr-login":{version:"v2.1.7",sha:"03f1aad4c6c7ffd436567f42f9384779290529bd"},"aws-actions/amazon-ecs-deploy-task-definition":{version:"v2.6.3",sha:"c465972ecbd160473f22e683363b422a5412a3de"},"aws-actions/amazon-ecs-render-task-definition":{version:"v1.9.0",sha:"138c24f321fdbdf7edee4a685519d253cae2cdea"},"aws-actions/configure-aws-credentials":{version:"v6.2.3",sha:"e6de054238d6b7531b4efff3b6587d9aade6a06c"},"azure/container-apps-deploy-action":{version:"v2",sha:"8dff69dac3367c32ceb2690d8f13adbeab462703"},"azure/k8s-set-context":{version:"v5.0.1",sha:"8698eba2499e9012f0d5085f8798077cce4bc526"},"azure/login":{version:"v3.0.1",sha:"f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca"},"azure/setup-kubectl":{version:"v5.1.0",sha:"829323503d1be3d00ca8346e5391ca0b07a9ab0d"},"docker/build-push-action":{version:"v7.3.0",sha:"53b7df96c91f9c12dcc8a07bcb9ccacbed38856a"},"docker/login-action":{version:"v4.1.0",sha:"4907a6ddec9925e35a0a9e82d7399ccc52663121"},"docker/metadata-action":{version:"v6.2.0",sha:"dc802804100637a589fabce1cb79ff13a1411302"},"docker/setup-buildx-action":{version:"v4.3.0",sha:"37fe631027851001ddb9b187196cc803df7f5f0e"},"github/codeql-action":{version:"v4.36.2",sha:"8aad20d150bbac5944a9f9d289da16a4b0d87c1e"},"gitleaks/gitleaks-action":{version:"v3.0.0",sha:"e0c47f4f8be36e29cdc102c57e68cb5cbf0e8d1e"},"google-github-actions/auth":{version:"v3.0.0",sha:"7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"},"google-github-actions/deploy-cloudrun":{version:"v3.0.1",sha:"2028e2d7d30a78c6910e0632e48dd561b064884d"},"google-github-actions/setup-gcloud":{version:"v3.0.1",sha:"aa5489c8933f4cc7a4f7d45035b3b1440c9c10db"},"grafana/run-k6-action":{version:"v1.4.0",sha:"de51a7390bdf0ac85a3bef493691bd71d4c7c158"},"grafana/setup-k6-action":{version:"v1.2.1",sha:"db07bd9765aac508ef18982e52ab937fe633a065"},"oven-sh/setup-bun":{version:"v2.2.0",sha:"0c5077e51419868618aeaa5fe8019c62421857d6"},"pnpm/action-setup":{version:"v4.0.0",sha:"fe02b34f77f8bc703788d5817da081398fad5dd2"},"slackapi/slack-github-action":{version:"v4.0.0",sha:"dcb1066f776dd043e64d0e8ba94ca15cc7e1875d"},"softprops/action-gh-release":{version:"v3.0.0",sha:"b4309332981a82ec1c5618f44dd2e27cc8bfbfda"},"webfactory/ssh-agent":{version:"v0.9.1",sha:"a6f90b1f127823b31d4d4a8d96047790581349bd"}};var As=Cs,Wd=new Map(Object.entries(As).map(([e,n])=>[e.toLowerCase(),n])),Jd=new Map(Object.values(As).map(e=>[e.sha,e.version]));function k(e){let n=e.split("/").slice(0,2).join("/"),t=Wd.get(n.toLowerCase());if(!t)throw new $s("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${t.sha}`}function Ts(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?Jd.get(n):void 0}var Gn=(e,n)=>e==="."?n:`${e}/${n}`;function I(e={}){return{id:"checkout",name:"Check out",uses:k("actions/checkout"),with:{"persist-credentials":!1,...e}}}function L(e,n,t,a={}){return{id:e,name:n,...a,run:t}}function Rs(e,n,t,a){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:k("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":Gn(t,"uv.lock")}}];let i=[];e==="poetry"&&i.push(L("install-poetry","Install Poetry",`pipx install ${a?`poetry==${a}`:"poetry"}`));let o=e==="poetry"?Gn(t,"poetry.lock"):Gn(t,"requirements*.txt");return i.push({id:"setup-python",name:"Set up Python",uses:k("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":o}}),i}var Xd={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},xs=(e,n)=>Gn(n,Xd[e]);function Is(e,n,t,a={}){let i=a.root??t,o=l=>({id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:l?{"node-version":n,cache:l,"cache-dependency-path":xs(e,i)}:{"node-version":n}}),r={...a.pnpmVersion?{version:a.pnpmVersion}:{},package_json_file:Gn(i,"package.json")};switch(e){case"npm":return[o("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:k("pnpm/action-setup"),with:r},o("pnpm")];case"yarn":return[L("enable-corepack","Enable corepack (yarn)","corepack enable"),o("yarn")];case"bun":return[o(),{id:"setup-bun",name:"Set up Bun",uses:k("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:k("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${xs(e,i)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}function Ge(e,n){return e.variables.filter(t=>t.service===n).sort((t,a)=>t.name<a.name?-1:t.name>a.name?1:0)}var me=(e,n)=>Ge(e,n).filter(t=>t.stage==="run"),mn=(e,n)=>Ge(e,n).filter(t=>t.stage==="build");function re(e,n,t){return e.environments[n][t.name]??t.default??""}var Hn=(e,n,t)=>t.filter(a=>!a.secret&&(a.required||re(e,n,a)!==""));function Vn(e){let n=e.required?"required":e.default!==void 0?`default ${e.default===""?'""':e.default}`:"optional";return`${e.readAt.length>0?`read at ${e.readAt.join(", ")}`:"set in the config"}; ${n}; ${e.secret?"secret":"plain"}; ${e.stage==="build"?"build time (image build arg)":"run time"}`}var Oe=e=>e==="api"?"backend":"frontend";function Ds(e,n,t){let a=Hn(e,n,me(e,Oe(t)));return a.length===0?{}:{"environment-variables":a.map(i=>`${i.name}=${re(e,n,i)}`).join(`
`)+`
`}}var El=Ss(Sl());function $l(e){e.registerHelper("eq",(n,t)=>n===t),e.registerHelper("includes",(n,t)=>Array.isArray(n)&&n.includes(t)),e.registerHelper("join",(n,t)=>Array.isArray(n)?n.join(typeof t=="string"?t:", "):"")}var Ol=El.default.create();$l(Ol);var Ch={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((o=(r=u(t,"port")||l(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):r))!=null?o:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((o=(r=u(t,"port")||l(n,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):r))!=null?o:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((o=(u(t,"join")||l(n,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(s,u(n,"paths"),",",{name:"join",hash:{},data:i,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?o:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((o=(r=u(t,"healthyBelow")||l(n,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof r===c?r.call(s,{name:"healthyBelow",hash:{},data:i,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):r))!=null?o:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((o=(r=u(t,"vus")||l(n,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof r===c?r.call(s,{name:"vus",hash:{},data:i,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):r))!=null?o:"")+`,
  duration: "`+((o=(r=u(t,"duration")||l(n,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof r===c?r.call(s,{name:"duration",hash:{},data:i,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):r))!=null?o:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((o=(r=u(t,"p95Ms")||l(n,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof r===c?r.call(s,{name:"p95Ms",hash:{},data:i,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):r))!=null?o:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((o=(r=u(t,"maxErrorRate")||l(n,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof r===c?r.call(s,{name:"maxErrorRate",hash:{},data:i,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):r))!=null?o:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r=e.strict,l=e.lambda,s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
    server {
        listen `+((o=(r=u(t,"switchPort")||l(n,"switchPort",{start:{line:30,column:17},end:{line:30,column:27}}),typeof r===c?r.call(s,{name:"switchPort",hash:{},data:i,loc:{start:{line:30,column:15},end:{line:30,column:29}}}):r))!=null?o:"")+`;
        location / {
            proxy_pass http://`+((o=(r=u(t,"key")||l(n,"key",{start:{line:32,column:32},end:{line:32,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:32,column:30},end:{line:32,column:37}}}):r))!=null?o:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"# Blue-green switch for "+((o=(r=s(t,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):r))!=null?o:"")+`: cloudflared sends each service's traffic here, and this forwards it
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
`+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:27,column:0},end:{line:38,column:9}}}))!=null?o:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,t,a,i){return"; this layer is cached until a manifest changes"},1:function(e,n,t,a,i){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,a,i){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((o=(r=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r=="function"?r.call(l,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"build"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN "+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:i,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):r))!=null?o:"")+`
`},6:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`COPY . .
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"build"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:i,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):r))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,p=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((o=p(t,"unless").call(l,p(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=p(t,"baseImage")||s(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=p(t,"each").call(l,p(p(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(p(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.program(6,i,0),data:i,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(p(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=p(t,"baseImage")||s(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(r=p(t,"port")||s(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):r))!=null?o:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=p(t,"port")||s(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=p(t,"healthcheck")||s(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:i,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=p(t,"cmd")||s(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:i,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,t,a,i){return"; this layer is cached until a manifest changes"},1:function(e,n,t,a,i){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,a,i){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"WORKDIR /app/"+((o=(r=s(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r=="function"?r.call(l,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"build"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?o:"")+`WORKDIR /app
`},5:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN "+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:i,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):r))!=null?o:"")+`
`},6:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`COPY . .
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"build"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?o:"")},7:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:i,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):r))!=null?o:"")+`
`},8:function(e,n,t,a,i){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lambda,p=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((o=p(t,"unless").call(l,p(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=p(t,"baseImage")||s(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=p(t,"each").call(l,p(p(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?o:"")+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(p(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?o:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.program(6,i,0),data:i,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?o:"")+"RUN "+((o=u(s(p(n,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),n))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=p(t,"baseImage")||s(n,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((o=(r=p(t,"port")||s(n,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):r))!=null?o:"")+`
WORKDIR /app
`+((o=p(t,"if").call(l,p(n,"workspace"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.program(8,i,0),data:i,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=p(t,"port")||s(n,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=p(t,"healthcheck")||s(n,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:i,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=p(t,"cmd")||s(n,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:i,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,t,a,i){return"; this layer is cached until a manifest changes"},1:function(e,n,t,a,i){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,a,i){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,a,i){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,t,a,i){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:i,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):r))!=null?o:"")+`
`},7:function(e,n,t,a,i){return`COPY . .
`},8:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:46,column:43},end:{line:46,column:55}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:46,column:41},end:{line:46,column:57}}}):r))!=null?o:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:47,column:43},end:{line:47,column:55}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:47,column:41},end:{line:47,column:57}}}):r))!=null?o:"")+"/.next/static ./"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:47,column:75},end:{line:47,column:87}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:47,column:73},end:{line:47,column:89}}}):r))!=null?o:"")+`/.next/static
COPY --from=build /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:48,column:25},end:{line:48,column:37}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:48,column:23},end:{line:48,column:39}}}):r))!=null?o:"")+"/public ./"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:48,column:51},end:{line:48,column:63}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:48,column:49},end:{line:48,column:65}}}):r))!=null?o:"")+`/public
`},9:function(e,n,t,a,i){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((o=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(s(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build ---
FROM deps AS build
`+((o=u(t,"if").call(l,u(u(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?o:"")+((o=u(t,"each").call(l,u(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?o:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.program(7,i,0),data:i,loc:{start:{line:28,column:0},end:{line:32,column:7}}}))!=null?o:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(r=u(t,"build")||s(n,"build",{start:{line:35,column:9},end:{line:35,column:14}}),typeof r===c?r.call(l,{name:"build",hash:{},data:i,loc:{start:{line:35,column:7},end:{line:35,column:16}}}):r))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:38,column:7},end:{line:38,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:38,column:5},end:{line:38,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(r=u(t,"port")||s(n,"port",{start:{line:41,column:11},end:{line:41,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:41,column:9},end:{line:41,column:17}}}):r))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.program(9,i,0),data:i,loc:{start:{line:44,column:0},end:{line:54,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=u(t,"port")||s(n,"port",{start:{line:56,column:9},end:{line:56,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:56,column:7},end:{line:56,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||s(n,"healthcheck",{start:{line:58,column:10},end:{line:58,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:i,loc:{start:{line:58,column:8},end:{line:58,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||s(n,"cmd",{start:{line:59,column:6},end:{line:59,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:i,loc:{start:{line:59,column:4},end:{line:59,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(e,n,t,a,i){return"; this layer is cached until a manifest changes"},1:function(e,n,t,a,i){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,a,i){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,a,i){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,t,a,i){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"WORKDIR /app/"+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):r))!=null?o:"")+`
RUN mkdir -p public \\
    && `+((o=(r=u(t,"build")||l(n,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof r===c?r.call(s,{name:"build",hash:{},data:i,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):r))!=null?o:"")+`
WORKDIR /app
`},7:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((o=(r=l(t,"build")||e.strict(n,"build",{start:{line:37,column:9},end:{line:37,column:14}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:i,loc:{start:{line:37,column:7},end:{line:37,column:16}}}):r))!=null?o:"")+`
`},8:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:51,column:30},end:{line:51,column:42}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:51,column:28},end:{line:51,column:44}}}):r))!=null?o:"")+`/.next
WORKDIR /app/`+((o=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:52,column:15},end:{line:52,column:27}}),typeof r===c?r.call(s,{name:"workspaceDir",hash:{},data:i,loc:{start:{line:52,column:13},end:{line:52,column:29}}}):r))!=null?o:"")+`
`},9:function(e,n,t,a,i){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((o=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(s(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?o:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
`+((o=u(t,"if").call(l,u(u(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?o:"")+((o=u(t,"each").call(l,u(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?o:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.program(7,i,0),data:i,loc:{start:{line:28,column:0},end:{line:38,column:7}}}))!=null?o:"")+"RUN "+((o=(r=u(t,"prune")||s(n,"prune",{start:{line:39,column:6},end:{line:39,column:11}}),typeof r===c?r.call(l,{name:"prune",hash:{},data:i,loc:{start:{line:39,column:4},end:{line:39,column:13}}}):r))!=null?o:"")+`

# --- runtime ---
FROM `+((o=(r=u(t,"baseImage")||s(n,"baseImage",{start:{line:42,column:7},end:{line:42,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:i,loc:{start:{line:42,column:5},end:{line:42,column:18}}}):r))!=null?o:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((o=(r=u(t,"port")||s(n,"port",{start:{line:45,column:11},end:{line:45,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:45,column:9},end:{line:45,column:17}}}):r))!=null?o:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((o=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.program(9,i,0),data:i,loc:{start:{line:49,column:0},end:{line:56,column:7}}}))!=null?o:"")+`USER node
EXPOSE `+((o=(r=u(t,"port")||s(n,"port",{start:{line:58,column:9},end:{line:58,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:i,loc:{start:{line:58,column:7},end:{line:58,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||s(n,"healthcheck",{start:{line:60,column:10},end:{line:60,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:i,loc:{start:{line:60,column:8},end:{line:60,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||s(n,"cmd",{start:{line:61,column:6},end:{line:61,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:i,loc:{start:{line:61,column:4},end:{line:61,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(e,n,t,a,i){var o;return" "+((o=e.lambda(n,n))!=null?o:"")},1:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"RUN pip install --no-cache-dir "+((o=(r=l(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:i,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):r))!=null?o:"")+`
`},2:function(e,n,t,a,i){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return` \\
    DJANGO_SETTINGS_MODULE=`+((o=(r=l(t,"settingsModule")||e.strict(n,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"settingsModule",hash:{},data:i,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):r))!=null?o:"")},4:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return` \\
    PYTHONPATH=`+((o=(r=l(t,"pythonPath")||e.strict(n,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"pythonPath",hash:{},data:i,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):r))!=null?o:"")},5:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((o=r(t,"each").call(n??(e.nullContext||{}),r(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((o=(r=l(t,"workdir")||e.strict(n,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workdir",hash:{},data:i,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):r))!=null?o:"")+`
`},7:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((o=(r=l(t,"collectStatic")||e.strict(n,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"collectStatic",hash:{},data:i,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):r))!=null?o:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:i,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+" served by "+((o=(r=u(t,"serverName")||l(n,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof r===c?r.call(s,{name:"serverName",hash:{},data:i,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):r))!=null?o:"")+": "+((o=(r=u(t,"serverCmdline")||l(n,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof r===c?r.call(s,{name:"serverCmdline",hash:{},data:i,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):r))!=null?o:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:i,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?o:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((o=u(t,"each").call(s,u(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?o:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((o=u(t,"if").call(s,u(n,"tool"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?o:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((o=u(t,"if").call(s,u(n,"uv"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?o:"")+`
WORKDIR /app
COPY `+((o=(r=u(t,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof r===c?r.call(s,{name:"manifests",hash:{},data:i,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):r))!=null?o:"")+` ./
RUN `+((o=(r=u(t,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof r===c?r.call(s,{name:"install",hash:{},data:i,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):r))!=null?o:"")+`
RUN `+((o=(r=u(t,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof r===c?r.call(s,{name:"ensureServer",hash:{},data:i,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):r))!=null?o:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:i,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):r))!=null?o:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((o=u(t,"if").call(s,u(n,"settingsModule"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"pythonPath"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?o:"")+`
`+((o=u(t,"if").call(s,u(u(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?o:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((o=u(t,"if").call(s,u(n,"workdir"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"collectStatic"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?o:"")+`USER app
EXPOSE `+((o=(r=u(t,"port")||l(n,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof r===c?r.call(s,{name:"healthcheck",hash:{},data:i,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||l(n,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof r===c?r.call(s,{name:"cmd",hash:{},data:i,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(e,n,t,a,i){return"; this layer is cached until a manifest changes"},1:function(e,n,t,a,i){var o;return((o=e.lambda(n,n))!=null?o:"")+`
`},2:function(e,n,t,a,i){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"COPY "+((o=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?o:"")+` ./
`},4:function(e,n,t,a,i){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(e,n,t,a,i){var o;return"ARG "+((o=e.lambda(n,n))!=null?o:"")+`
`},6:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"WORKDIR /app/"+((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:26,column:15},end:{line:26,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:i,loc:{start:{line:26,column:13},end:{line:26,column:29}}}):r))!=null?o:"")+`
`},7:function(e,n,t,a,i){return`COPY . .
`},8:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return((o=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:35,column:42},end:{line:35,column:54}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:i,loc:{start:{line:35,column:40},end:{line:35,column:56}}}):r))!=null?o:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:i,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((o=u(t,"unless").call(s,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?o:"")+` ---
FROM `+((o=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof r===c?r.call(s,{name:"baseImage",hash:{},data:i,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):r))!=null?o:"")+` AS deps
WORKDIR /app
`+((o=u(t,"each").call(s,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?o:"")+"RUN "+((o=e.lambda(l(u(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?o:"")+`

# --- build: writes `+((o=(r=u(t,"outDir")||l(n,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof r===c?r.call(s,{name:"outDir",hash:{},data:i,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):r))!=null?o:"")+`/ ---
FROM deps AS build
`+((o=u(t,"if").call(s,u(u(n,"buildArgs"),"length"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:19,column:0},end:{line:21,column:7}}}))!=null?o:"")+((o=u(t,"each").call(s,u(n,"buildArgs"),{name:"each",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:22,column:0},end:{line:24,column:9}}}))!=null?o:"")+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.program(7,i,0),data:i,loc:{start:{line:25,column:0},end:{line:29,column:7}}}))!=null?o:"")+"RUN "+((o=(r=u(t,"build")||l(n,"build",{start:{line:30,column:6},end:{line:30,column:11}}),typeof r===c?r.call(s,{name:"build",hash:{},data:i,loc:{start:{line:30,column:4},end:{line:30,column:13}}}):r))!=null?o:"")+`

# --- runtime: nginx as uid 101 on port `+((o=(r=u(t,"port")||l(n,"port",{start:{line:32,column:42},end:{line:32,column:46}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:32,column:40},end:{line:32,column:48}}}):r))!=null?o:"")+`, no Node.js ---
FROM `+((o=(r=u(t,"runtimeImage")||l(n,"runtimeImage",{start:{line:33,column:7},end:{line:33,column:19}}),typeof r===c?r.call(s,{name:"runtimeImage",hash:{},data:i,loc:{start:{line:33,column:5},end:{line:33,column:21}}}):r))!=null?o:"")+` AS runtime
COPY `+((o=(r=u(t,"spaConf")||l(n,"spaConf",{start:{line:34,column:7},end:{line:34,column:14}}),typeof r===c?r.call(s,{name:"spaConf",hash:{},data:i,loc:{start:{line:34,column:5},end:{line:34,column:16}}}):r))!=null?o:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((o=u(t,"if").call(s,u(n,"workspace"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:35,column:23},end:{line:35,column:64}}}))!=null?o:"")+((o=(r=u(t,"outDir")||l(n,"outDir",{start:{line:35,column:66},end:{line:35,column:72}}),typeof r===c?r.call(s,{name:"outDir",hash:{},data:i,loc:{start:{line:35,column:64},end:{line:35,column:74}}}):r))!=null?o:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((o=(r=u(t,"port")||l(n,"port",{start:{line:37,column:9},end:{line:37,column:13}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:37,column:7},end:{line:37,column:15}}}):r))!=null?o:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((o=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:39,column:10},end:{line:39,column:21}}),typeof r===c?r.call(s,{name:"healthcheck",hash:{},data:i,loc:{start:{line:39,column:8},end:{line:39,column:23}}}):r))!=null?o:"")+`
CMD `+((o=(r=u(t,"cmd")||l(n,"cmd",{start:{line:40,column:6},end:{line:40,column:9}}),typeof r===c?r.call(s,{name:"cmd",hash:{},data:i,loc:{start:{line:40,column:4},end:{line:40,column:11}}}):r))!=null?o:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(e,n,t,a,i){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(e,n,t,a,i){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"# Static site server for the "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof r===c?r.call(s,{name:"title",hash:{},data:i,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):r))!=null?o:"")+" build inside the frontend image (nginx-unprivileged, port "+((o=(r=u(t,"port")||l(n,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):r))!=null?o:"")+`).
server {
    listen `+((o=(r=u(t,"port")||l(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):r))!=null?o:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((o=(r=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof r===c?r.call(s,{name:"assetsPath",hash:{},data:i,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):r))!=null?o:"")+`: safe to cache for a year.
    location `+((o=(r=u(t,"assetsPath")||l(n,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof r===c?r.call(s,{name:"assetsPath",hash:{},data:i,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):r))!=null?o:"")+` {
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

`+((o=u(t,"if").call(s,u(n,"htmlPages"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?o:"")+`}
`},useData:!0},"docs/configuration.md.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"| `"+((o=(r=u(t,"name")||l(n,"name",{start:{line:15,column:5},end:{line:15,column:9}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:15,column:3},end:{line:15,column:11}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"service")||l(n,"service",{start:{line:15,column:17},end:{line:15,column:24}}),typeof r===c?r.call(s,{name:"service",hash:{},data:i,loc:{start:{line:15,column:15},end:{line:15,column:26}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"need")||l(n,"need",{start:{line:15,column:31},end:{line:15,column:35}}),typeof r===c?r.call(s,{name:"need",hash:{},data:i,loc:{start:{line:15,column:29},end:{line:15,column:37}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"secret")||l(n,"secret",{start:{line:15,column:42},end:{line:15,column:48}}),typeof r===c?r.call(s,{name:"secret",hash:{},data:i,loc:{start:{line:15,column:40},end:{line:15,column:50}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"stage")||l(n,"stage",{start:{line:15,column:55},end:{line:15,column:60}}),typeof r===c?r.call(s,{name:"stage",hash:{},data:i,loc:{start:{line:15,column:53},end:{line:15,column:62}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"staging")||l(n,"staging",{start:{line:15,column:67},end:{line:15,column:74}}),typeof r===c?r.call(s,{name:"staging",hash:{},data:i,loc:{start:{line:15,column:65},end:{line:15,column:76}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"production")||l(n,"production",{start:{line:15,column:81},end:{line:15,column:91}}),typeof r===c?r.call(s,{name:"production",hash:{},data:i,loc:{start:{line:15,column:79},end:{line:15,column:93}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"readAt")||l(n,"readAt",{start:{line:15,column:98},end:{line:15,column:104}}),typeof r===c?r.call(s,{name:"readAt",hash:{},data:i,loc:{start:{line:15,column:96},end:{line:15,column:106}}}):r))!=null?o:"")+` |
`},1:function(e,n,t,a,i){return"| Build-time (`NEXT_PUBLIC_*`, `VITE_*`) | repository Actions variables (infra/github-app-config.tf), passed as image build args | the same image: one build is promoted |\n"},2:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return((o=e.lambda(e.strict(r(n,"production"),"newSecret",{start:{line:32,column:2},end:{line:32,column:22}}),n))!=null?o:"")+`

`},3:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"`"+((o=e.lambda(n,n))!=null?o:"")+"`"+((o=r(t,"unless").call(n??(e.nullContext||{}),r(i,"last"),{name:"unless",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:43},end:{line:38,column:73}}}))!=null?o:"")},4:function(e,n,t,a,i){return", "},5:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"; repository variables for the build args: "+((o=r(t,"each").call(n??(e.nullContext||{}),r(n,"buildVariables"),{name:"each",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:147},end:{line:38,column:220}}}))!=null?o:"")},6:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return(o=r(t,"each").call(n??(e.nullContext||{}),r(n,"githubSecrets"),{name:"each",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:39,column:39},end:{line:39,column:111}}}))!=null?o:""},7:function(e,n,t,a,i){return"none (cloud login is OIDC)"},8:function(e,n,t,a,i){return" and that every secret the platform injects exists (a missing one would stop the container from starting)"},9:function(e,n,t,a,i){return`Django: a \`LOGGING\` dict that writes JSON to stdout (python-json-logger):

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
`},10:function(e,n,t,a,i){return`FastAPI: give uvicorn (or gunicorn's uvicorn workers) a log config with a JSON formatter, so access and
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
`},11:function(e,n,t,a,i){return'Node.js: pino writes JSON lines to stdout by default (`nestjs-pino` for NestJS, `pino-http` for Express):\n\n```ts\nimport pino from "pino";\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });\n```\n'},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lambda,p=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`# Configuration

Every environment variable the applications read, where each value lives in each environment, and how
to change one. Detected from the code (\`npx create-devops-baseline detect\` shows where each is read);
correct a guess in \`variables\` of the devops-baseline config, and set plain values per environment in
\`environments\`. Secrets are never in the config, in git, in Terraform or in workflow files.

Deploy target: **`+((o=(r=p(t,"cloudTitle")||l(n,"cloudTitle",{start:{line:8,column:19},end:{line:8,column:29}}),typeof r===c?r.call(s,{name:"cloudTitle",hash:{},data:i,loc:{start:{line:8,column:17},end:{line:8,column:31}}}):r))!=null?o:"")+`**.

## Variables

| Variable | Service | Required | Secret | Stage | staging | production | Read at |
|---|---|---|---|---|---|---|---|
`+((o=p(t,"each").call(s,p(n,"rows"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?o:"")+`
"secret store" in a cell: the value lives in the platform's secret store (below), never in a file.
"unset" means the code's own fallback applies.

## Where values live

| | staging | production |
|---|---|---|
| Plain values | `+((o=u(l(p(n,"staging"),"plainLives",{start:{line:25,column:19},end:{line:25,column:37}}),n))!=null?o:"")+" | "+((o=u(l(p(n,"production"),"plainLives",{start:{line:25,column:44},end:{line:25,column:65}}),n))!=null?o:"")+` |
| Secrets | `+((o=u(l(p(n,"staging"),"secretLives",{start:{line:26,column:14},end:{line:26,column:33}}),n))!=null?o:"")+" | "+((o=u(l(p(n,"production"),"secretLives",{start:{line:26,column:40},end:{line:26,column:62}}),n))!=null?o:"")+` |
`+((o=p(t,"if").call(s,p(n,"buildVariables"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:27,column:0},end:{line:29,column:7}}}))!=null?o:"")+`
`+((o=p(t,"if").call(s,p(p(n,"production"),"newSecret"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:31,column:0},end:{line:34,column:7}}}))!=null?o:"")+"GitHub environments (`staging`, `production`, infra/github.tf) hold only what the workflows need to\nreach the platform:\n\n- variables: "+((o=p(t,"each").call(s,p(n,"githubVars"),{name:"each",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:13},end:{line:38,column:82}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"buildVariables"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:82},end:{line:38,column:227}}}))!=null?o:"")+`
- secrets: `+((o=p(t,"if").call(s,p(p(n,"githubSecrets"),"length"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.program(7,i,0),data:i,loc:{start:{line:39,column:11},end:{line:39,column:152}}}))!=null?o:"")+"\n\n## Set or rotate a secret\n\nRun with `VALUE` set in your shell (for example `read -rs VALUE`), replacing `NAME`:\n\n```bash\n"+((o=u(l(p(n,"production"),"setSecret",{start:{line:46,column:3},end:{line:46,column:23}}),n))!=null?o:"")+`
`+((o=u(l(p(n,"production"),"reload",{start:{line:47,column:3},end:{line:47,column:20}}),n))!=null?o:"")+"\n```\n\nFor staging, the same commands with `"+((o=(r=p(t,"stagingPrefix")||l(n,"stagingPrefix",{start:{line:50,column:39},end:{line:50,column:52}}),typeof r===c?r.call(s,{name:"stagingPrefix",hash:{},data:i,loc:{start:{line:50,column:37},end:{line:50,column:54}}}):r))!=null?o:"")+"` instead of `"+((o=(r=p(t,"productionPrefix")||l(n,"productionPrefix",{start:{line:50,column:70},end:{line:50,column:86}}),typeof r===c?r.call(s,{name:"productionPrefix",hash:{},data:i,loc:{start:{line:50,column:68},end:{line:50,column:88}}}):r))!=null?o:"")+"`.\nTo rotate: set the new value, reload, check the health route, then revoke the old value at its\nissuer (the payment provider, the mail service…). A signing key such as `SECRET_KEY` logs every user\nout when it changes; Django's `SECRET_KEY_FALLBACKS` keeps old sessions valid during the switch.\n\n## Startup guard\n\nEach deploy job (`.github/workflows/deploy.yml`, step `startup-guard`) checks, before anything\nchanges, that every required variable has a value in its environment"+((o=p(t,"if").call(s,p(n,"checksAllSecrets"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:58,column:68},end:{line:58,column:204}}}))!=null?o:"")+`.
When it fails it names the variables; nothing was deployed. See
[the runbook](runbooks/missing-configuration.md).

## Logs

Write logs as JSON lines to stdout; the platform collects them. `+((o=(r=p(t,"logShipping")||l(n,"logShipping",{start:{line:64,column:66},end:{line:64,column:77}}),typeof r===c?r.call(s,{name:"logShipping",hash:{},data:i,loc:{start:{line:64,column:64},end:{line:64,column:79}}}):r))!=null?o:"")+"\n\n```bash\n"+((o=(r=p(t,"logQuery")||l(n,"logQuery",{start:{line:67,column:3},end:{line:67,column:11}}),typeof r===c?r.call(s,{name:"logQuery",hash:{},data:i,loc:{start:{line:67,column:0},end:{line:67,column:14}}}):r))!=null?o:"")+"\n```\n\n"+((o=p(t,"if").call(s,p(n,"django"),{name:"if",hash:{},fn:e.program(9,i,0),inverse:e.noop,data:i,loc:{start:{line:70,column:0},end:{line:84,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"fastapi"),{name:"if",hash:{},fn:e.program(10,i,0),inverse:e.noop,data:i,loc:{start:{line:85,column:0},end:{line:100,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"node"),{name:"if",hash:{},fn:e.program(11,i,0),inverse:e.noop,data:i,loc:{start:{line:101,column:0},end:{line:109,column:7}}}))!=null?o:"")},useData:!0},"docs/containers.md.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"| "+((o=(r=u(t,"role")||l(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof r===c?r.call(s,{name:"role",hash:{},data:i,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):r))!=null?o:"")+" ("+((o=(r=u(t,"kind")||l(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof r===c?r.call(s,{name:"kind",hash:{},data:i,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):r))!=null?o:"")+") | `"+((o=(r=u(t,"dockerfile")||l(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof r===c?r.call(s,{name:"dockerfile",hash:{},data:i,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):r))!=null?o:"")+"` | `"+((o=(r=u(t,"context")||l(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof r===c?r.call(s,{name:"context",hash:{},data:i,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"packageManager")||l(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof r===c?r.call(s,{name:"packageManager",hash:{},data:i,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):r))!=null?o:"")+" | `"+((o=(r=u(t,"command")||l(n,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof r===c?r.call(s,{name:"command",hash:{},data:i,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"port")||l(n,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):r))!=null?o:"")+" | "+((o=(r=u(t,"probe")||l(n,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof r===c?r.call(s,{name:"probe",hash:{},data:i,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):r))!=null?o:"")+` |
`},1:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## Health probes

`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"healthRoute"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.program(3,i,0),data:i,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?o:"")+`
`},2:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"The backend's health route is `"+((o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:i,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):r))!=null?o:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(e,n,t,a,i){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((o=l(t,"if").call(r,l(n,"django"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"fastapi"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?o:"")},4:function(e,n,t,a,i){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(e,n,t,a,i){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(e,n,t,a,i){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(e,n,t,a,i){var o,r,l=e.strict,s=e.lambda,c=n??(e.nullContext||{}),u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"- **The server**: `"+((o=s(l(u(n,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),n))!=null?o:"")+"` loads `"+((o=s(l(u(n,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),n))!=null?o:"")+"`"+((o=u(t,"if").call(c,u(u(n,"backend"),"appFactory"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?o:"")+"\n  from `"+((o=s(l(u(n,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),n))!=null?o:"")+"` inside `"+((o=s(l(u(n,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),n))!=null?o:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((o=s(l(u(n,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),n))!=null?o:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((o=(r=u(t,"pythonPackages")||l(n,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof r=="function"?r.call(c,{name:"pythonPackages",hash:{},data:i,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):r))!=null?o:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(e,n,t,a,i){return" (a factory, called once)"},9:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((o=r(t,"if").call(n??(e.nullContext||{}),r(r(n,"backend"),"collectStatic"),{name:"if",hash:{},fn:e.program(10,i,0),inverse:e.program(11,i,0),data:i,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?o:"")},10:function(e,n,t,a,i){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(e,n,t,a,i){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"- **Listening on `process.env.PORT`** ("+((o=e.lambda(e.strict(r(n,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),n))!=null?o:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"- **Next.js output mode `"+((o=(r=s(t,"nextOutput")||e.strict(n,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof r=="function"?r.call(l,{name:"nextOutput",hash:{},data:i,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):r))!=null?o:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((o=s(t,"if").call(l,s(n,"next_standalone"),{name:"if",hash:{},fn:e.program(14,i,0),inverse:e.noop,data:i,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"next_default"),{name:"if",hash:{},fn:e.program(15,i,0),inverse:e.noop,data:i,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"next_export"),{name:"if",hash:{},fn:e.program(16,i,0),inverse:e.noop,data:i,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?o:"")},14:function(e,n,t,a,i){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(e,n,t,a,i){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'  `output: "export"` writes static files to `'+((o=(r=l(t,"outDir")||e.strict(n,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:i,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):r))!=null?o:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"- **A `build` script** that writes the production build to `"+((o=(r=l(t,"outDir")||e.strict(n,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"outDir",hash:{},data:i,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):r))!=null?o:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(e,n,t,a,i){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((o=l(t,"each").call(r,l(n,"images"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?o:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((o=l(t,"if").call(r,l(n,"hasBackend"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?o:"")+`## What the application must provide

`+((o=l(t,"if").call(r,l(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"django"),{name:"if",hash:{},fn:e.program(9,i,0),inverse:e.noop,data:i,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(12,i,0),inverse:e.noop,data:i,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"nextjs"),{name:"if",hash:{},fn:e.program(13,i,0),inverse:e.noop,data:i,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"reactVite"),{name:"if",hash:{},fn:e.program(17,i,0),inverse:e.noop,data:i,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?o:"")+`
`+((o=l(t,"if").call(r,l(n,"workspace"),{name:"if",hash:{},fn:e.program(18,i,0),inverse:e.noop,data:i,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?o:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c=e.lambda,u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((o=u(t,"if").call(l,u(n,"postgis"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.program(2,i,0),data:i,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?o:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((o=u(t,"each").call(l,u(n,"settings"),{name:"each",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?o:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((o=(r=u(t,"pgbouncerIni")||s(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof r=="function"?r.call(l,{name:"pgbouncerIni",hash:{},data:i,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):r))!=null?o:"")+"` runs **transaction pooling**: "+((o=c(s(u(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?o:"")+` client connections share
`+((o=c(s(u(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?o:"")+" server connections per database and user (+"+((o=c(s(u(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?o:"")+` in reserve).
Size each application process's own pool small (`+((o=c(s(u(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?o:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((o=u(t,"if").call(l,u(n,"django"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"node"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?o:"")},1:function(e,n,t,a,i){return"PostGIS"},2:function(e,n,t,a,i){return"PostgreSQL"},3:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"| `"+((o=(r=u(t,"name")||l(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):r))!=null?o:"")+"` | `"+((o=(r=u(t,"value")||l(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof r===c?r.call(s,{name:"value",hash:{},data:i,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):r))!=null?o:"")+"` | "+((o=(r=u(t,"why")||l(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof r===c?r.call(s,{name:"why",hash:{},data:i,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):r))!=null?o:"")+` |
`},4:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"postgis"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?o:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,t,a,i){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1),
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
`},7:function(e,n,t,a,i){var o,r=e.strict,l=e.lambda,s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`## Node.js (node-postgres \`pg\`)

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

Prisma: add \`?pgbouncer=true&connection_limit=`+((o=l(r(s(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?o:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((o=l(r(s(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?o:"")+" }`.\n"},8:function(e,n,t,a,i){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((o=l(t,"if").call(r,l(n,"postgres"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?o:"")+((o=l(t,"if").call(r,l(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?o:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,t,a,i){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,t,a,i){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},2:function(e,n,t,a,i){return`
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
`},3:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
    # `+((o=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:76,column:8},end:{line:76,column:15}}),typeof r===c?r.call(s,{name:"apiHost",hash:{},data:i,loc:{start:{line:76,column:6},end:{line:76,column:17}}}):r))!=null?o:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((o=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:79,column:10},end:{line:79,column:17}}),typeof r===c?r.call(s,{name:"apiHost",hash:{},data:i,loc:{start:{line:79,column:8},end:{line:79,column:19}}}):r))!=null?o:"")+` backend;
    }
`},4:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    upstream "+((o=(r=u(t,"name")||l(n,"name",{start:{line:84,column:15},end:{line:84,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:84,column:13},end:{line:84,column:21}}}):r))!=null?o:"")+` {
        server `+((o=(r=u(t,"host")||l(n,"host",{start:{line:85,column:17},end:{line:85,column:21}}),typeof r===c?r.call(s,{name:"host",hash:{},data:i,loc:{start:{line:85,column:15},end:{line:85,column:23}}}):r))!=null?o:"")+":"+((o=(r=u(t,"port")||l(n,"port",{start:{line:85,column:26},end:{line:85,column:30}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:85,column:24},end:{line:85,column:32}}}):r))!=null?o:"")+`;
        keepalive 16;
    }

`},5:function(e,n,t,a,i){return`    server {
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
`},6:function(e,n,t,a,i){return`    server {
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
`},7:function(e,n,t,a,i){return"$forwarded_proto"},8:function(e,n,t,a,i){return"$scheme"},9:function(e,n,t,a,i){var o;return"        add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},10:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"        # "+((o=(r=u(t,"why")||l(n,"why",{start:{line:156,column:12},end:{line:156,column:15}}),typeof r===c?r.call(s,{name:"why",hash:{},data:i,loc:{start:{line:156,column:10},end:{line:156,column:17}}}):r))!=null?o:"")+`
        location `+((o=(r=u(t,"match")||l(n,"match",{start:{line:157,column:19},end:{line:157,column:24}}),typeof r===c?r.call(s,{name:"match",hash:{},data:i,loc:{start:{line:157,column:17},end:{line:157,column:26}}}):r))!=null?o:"")+` {
            proxy_pass http://`+((o=(r=u(t,"upstream")||l(n,"upstream",{start:{line:158,column:32},end:{line:158,column:40}}),typeof r===c?r.call(s,{name:"upstream",hash:{},data:i,loc:{start:{line:158,column:30},end:{line:158,column:42}}}):r))!=null?o:"")+`;
`+((o=u(t,"if").call(s,u(n,"cache"),{name:"if",hash:{},fn:e.program(11,i,0),inverse:e.noop,data:i,loc:{start:{line:159,column:0},end:{line:165,column:7}}}))!=null?o:"")+`        }

`},11:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"            expires "+((o=(r=u(t,"expires")||l(n,"expires",{start:{line:160,column:22},end:{line:160,column:29}}),typeof r===c?r.call(s,{name:"expires",hash:{},data:i,loc:{start:{line:160,column:20},end:{line:160,column:31}}}):r))!=null?o:"")+`;
            add_header Cache-Control "`+((o=(r=u(t,"cache")||l(n,"cache",{start:{line:161,column:40},end:{line:161,column:45}}),typeof r===c?r.call(s,{name:"cache",hash:{},data:i,loc:{start:{line:161,column:38},end:{line:161,column:47}}}):r))!=null?o:"")+`" always;
`+((o=u(t,"each").call(s,u(u(i,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(12,i,0),inverse:e.noop,data:i,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?o:"")},12:function(e,n,t,a,i){var o;return"            add_header "+((o=e.lambda(n,n))!=null?o:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return((o=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:1,column:0},end:{line:10,column:7}}}))!=null?o:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((o=(r=u(t,"rateLimit")||s(n,"rateLimit",{start:{line:51,column:62},end:{line:51,column:71}}),typeof r===c?r.call(l,{name:"rateLimit",hash:{},data:i,loc:{start:{line:51,column:60},end:{line:51,column:73}}}):r))!=null?o:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((o=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:60,column:0},end:{line:73,column:7}}}))!=null?o:"")+((o=u(t,"if").call(l,u(n,"apiHost"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:74,column:0},end:{line:81,column:7}}}))!=null?o:"")+`
`+((o=u(t,"each").call(l,u(n,"upstreams"),{name:"each",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:83,column:0},end:{line:89,column:9}}}))!=null?o:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((o=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.program(6,i,0),data:i,loc:{start:{line:91,column:0},end:{line:135,column:7}}}))!=null?o:"")+`
        limit_req zone=per_ip burst=`+((o=(r=u(t,"rateBurst")||s(n,"rateBurst",{start:{line:137,column:38},end:{line:137,column:47}}),typeof r===c?r.call(l,{name:"rateBurst",hash:{},data:i,loc:{start:{line:137,column:36},end:{line:137,column:49}}}):r))!=null?o:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((o=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.program(8,i,0),data:i,loc:{start:{line:144,column:43},end:{line:144,column:95}}}))!=null?o:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((o=u(t,"each").call(l,u(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(9,i,0),inverse:e.noop,data:i,loc:{start:{line:151,column:0},end:{line:153,column:9}}}))!=null?o:"")+`
`+((o=u(t,"each").call(l,u(n,"locations"),{name:"each",hash:{},fn:e.program(10,i,0),inverse:e.noop,data:i,loc:{start:{line:155,column:0},end:{line:168,column:9}}}))!=null?o:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return"`"+((o=e.lambda(n,n))!=null?o:"")+"`"+((o=r(t,"unless").call(n??(e.nullContext||{}),r(i,"last"),{name:"unless",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?o:"")},1:function(e,n,t,a,i){return", "},2:function(e,n,t,a,i){var o;return"- "+((o=e.lambda(n,n))!=null?o:"")+`
`},3:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"**"+((o=(r=u(t,"label")||l(n,"label",{start:{line:21,column:4},end:{line:21,column:9}}),typeof r===c?r.call(s,{name:"label",hash:{},data:i,loc:{start:{line:21,column:2},end:{line:21,column:11}}}):r))!=null?o:"")+"**\n\n```bash\n"+((o=(r=u(t,"command")||l(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof r===c?r.call(s,{name:"command",hash:{},data:i,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):r))!=null?o:"")+"\n```\n\n"},4:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return(o=r(t,"if").call(n??(e.nullContext||{}),r(n,"command"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.program(5,i,0),data:i,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?o:""},5:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return((o=(r=l(t,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"label",hash:{},data:i,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):r))!=null?o:"")+`

`},6:function(e,n,t,a,i){var o,r=e.lambda,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"["+((o=r(n,n))!=null?o:"")+"]("+((o=r(n,n))!=null?o:"")+".md)"+((o=l(t,"unless").call(n??(e.nullContext||{}),l(i,"last"),{name:"unless",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?o:"")},7:function(e,n,t,a,i){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"# "+((o=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(s,{name:"title",hash:{},data:i,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?o:"")+`

`+((o=(r=u(t,"purpose")||l(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof r===c?r.call(s,{name:"purpose",hash:{},data:i,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):r))!=null?o:"")+`

| | |
|---|---|
| Service | \``+((o=(r=u(t,"name")||l(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):r))!=null?o:"")+"` on "+((o=(r=u(t,"cloudTitle")||l(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof r===c?r.call(s,{name:"cloudTitle",hash:{},data:i,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):r))!=null?o:"")+` |
| Alert | `+((o=u(t,"each").call(s,u(n,"alerts"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?o:"")+" ("+((o=(r=u(t,"alertSource")||l(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof r===c?r.call(s,{name:"alertSource",hash:{},data:i,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):r))!=null?o:"")+`) |
| Severity | `+((o=(r=u(t,"severity")||l(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof r===c?r.call(s,{name:"severity",hash:{},data:i,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):r))!=null?o:"")+` |
| Alerts go to | `+((o=(r=u(t,"alertDestination")||l(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof r===c?r.call(s,{name:"alertDestination",hash:{},data:i,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):r))!=null?o:"")+` |

## 1. Confirm

`+((o=u(t,"each").call(s,u(n,"confirm"),{name:"each",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?o:"")+`
## 2. Diagnose

`+((o=u(t,"each").call(s,u(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?o:"")+`## 3. Mitigate

`+((o=u(t,"each").call(s,u(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?o:"")+`## 4. Escalate

`+((o=u(t,"each").call(s,u(n,"escalate"),{name:"each",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?o:"")+`
## 5. Verify recovery

`+((o=u(t,"each").call(s,u(n,"verify"),{name:"each",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?o:"")+`
Related: `+((o=u(t,"each").call(s,u(n,"related"),{name:"each",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?o:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'default_dir="'+((o=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:i,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return'default_bucket="'+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:i,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?o:"")+'" default_prefix="'+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:i,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,a,i){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,a,i){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,a,i){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,t,a,i){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,t,a,i){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,t,a,i){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,t,a,i){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lambda,p=e.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`#!/usr/bin/env bash
# Backs up `+((o=(r=p(t,"name")||l(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):r))!=null?o:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((o=(r=p(t,"targetTitle")||l(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof r===c?r.call(s,{name:"targetTitle",hash:{},data:i,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):r))!=null?o:"")+`,
# then prunes to `+((o=u(l(p(n,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),n))!=null?o:"")+" daily, "+((o=u(l(p(n,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),n))!=null?o:"")+" weekly and "+((o=u(l(p(n,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),n))!=null?o:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((o=u(l(p(n,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),n))!=null?o:"")+" default_weekly="+((o=u(l(p(n,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),n))!=null?o:"")+" default_monthly="+((o=u(l(p(n,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),n))!=null?o:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((o=p(t,"if").call(s,p(n,"local"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"azure"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"minio"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((o=p(t,"if").call(s,p(n,"local"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"s3"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"minio"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"gcs"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?o:"")+((o=p(t,"if").call(s,p(n,"azure"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?o:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,t,a,i){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,t,a,i){var o;return"-f "+((o=e.lambda(n,n))!=null?o:"")+" "},2:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    "+((o=(r=u(t,"service")||l(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof r===c?r.call(s,{name:"service",hash:{},data:i,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):r))!=null?o:"")+") echo "+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:i,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):r))!=null?o:"")+` ;;
`},3:function(e,n,t,a,i){var o,r=n??(e.nullContext||{}),l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# Blue-green: the switch (compose.tunnel.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?o:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?o:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?o:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?o:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((o=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?o:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):r))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(r=u(t,"service")||l(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof r===c?r.call(s,{name:"service",hash:{},data:i,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):r))!=null?o:"")+"; else echo "+((o=(r=u(t,"service")||l(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof r===c?r.call(s,{name:"service",hash:{},data:i,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):r))!=null?o:"")+`-green; fi ;;
`},5:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?o:"")+') echo "$(service_for '+((o=(r=u(t,"key")||l(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):r))!=null?o:"")+' "$2"):'+((o=(r=u(t,"port")||l(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):r))!=null?o:"")+`" ;;
`},6:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):r))!=null?o:"")+') echo "'+((o=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof r===c?r.call(s,{name:"healthPath",hash:{},data:i,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):r))!=null?o:"")+`" ;;
`},7:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"    "+((o=(r=u(t,"key")||l(n,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):r))!=null?o:"")+') if [ "$2" = blue ]; then echo '+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:i,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):r))!=null?o:"")+"; else echo "+((o=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof r===c?r.call(s,{name:"imageVar",hash:{},data:i,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):r))!=null?o:"")+`_GREEN; fi ;;
`},8:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return"  [ -f state/switch/"+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):r))!=null?o:"")+".conf ] || write_upstream "+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):r))!=null?o:"")+' "$(live_colour '+((o=(r=u(t,"key")||l(n,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):r))!=null?o:"")+`)"
`},9:function(e,n,t,a,i){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?o:"")+`.
# Image choices persist in `+((o=(r=u(t,"deployDir")||s(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:i,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):r))!=null?o:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((o=(r=u(t,"deployDir")||s(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:i,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):r))!=null?o:"")+`"
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
  docker compose `+((o=u(t,"each").call(l,u(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?o:"")+`"$@"
}

image_var() {
  case "$1" in
`+((o=u(t,"each").call(l,u(n,"services"),{name:"each",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?o:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?o:"")+`persist_image() {
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
    `+((o=(r=u(t,"migrateVar")||s(n,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof r===c?r.call(l,{name:"migrateVar",hash:{},data:i,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):r))!=null?o:"")+'="$image" compose run --rm --no-deps '+((o=(r=u(t,"migrateService")||s(n,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof r===c?r.call(l,{name:"migrateService",hash:{},data:i,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):r))!=null?o:"")+" "+((o=(r=u(t,"migrateCommand")||s(n,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof r===c?r.call(l,{name:"migrateCommand",hash:{},data:i,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):r))!=null?o:"")+`
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
`+((o=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,i,0),inverse:e.noop,data:i,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?o:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):r))!=null?o:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'default_dir="'+((o=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:i,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?o:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return'default_bucket="'+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:i,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?o:"")+'" default_prefix="'+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:i,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?o:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,a,i){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,a,i){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,a,i){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,t,a,i){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,t,a,i){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,t,a,i){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,t,a,i){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((o=(r=s(t,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof r=="function"?r.call(l,{name:"targetTitle",hash:{},data:i,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):r))!=null?o:"")+` into RESTORE_DATABASE.
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
`+((o=s(t,"if").call(l,s(n,"local"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"azure"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"minio"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?o:"")+`
`+((o=s(t,"if").call(l,s(n,"local"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"s3"),{name:"if",hash:{},fn:e.program(5,i,0),inverse:e.noop,data:i,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"minio"),{name:"if",hash:{},fn:e.program(6,i,0),inverse:e.noop,data:i,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"gcs"),{name:"if",hash:{},fn:e.program(7,i,0),inverse:e.noop,data:i,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?o:"")+((o=s(t,"if").call(l,s(n,"azure"),{name:"if",hash:{},fn:e.program(8,i,0),inverse:e.noop,data:i,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?o:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):r))!=null?o:"")+`.
#   HEALTH_URL=https://api.example.org`+((o=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof r===c?r.call(s,{name:"healthPath",hash:{},data:i,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):r))!=null?o:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`  # deploy.yml's startup guard: whether each app secret has a value, never the value itself.
  statement {
    sid       = "ConfigGuard"
    actions   = ["secretsmanager:ListSecretVersionIds"]
    resources = ["arn:aws:secretsmanager:*:\${data.aws_caller_identity.current.account_id}:secret:`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:70,column:99},end:{line:70,column:103}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:70,column:97},end:{line:70,column:105}}}):r))!=null?o:"")+`-*"]
  }
`},1:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return'"'+((o=(r=s(t,"image")||e.strict(n,"image",{start:{line:81,column:53},end:{line:81,column:58}}),typeof r=="function"?r.call(l,{name:"image",hash:{},data:i,loc:{start:{line:81,column:51},end:{line:81,column:60}}}):r))!=null?o:"")+'"'+((o=s(t,"unless").call(l,s(i,"last"),{name:"unless",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:81,column:61},end:{line:81,column:91}}}))!=null?o:"")},2:function(e,n,t,a,i){return", "},3:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:103,column:14},end:{line:103,column:20}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:i,loc:{start:{line:103,column:12},end:{line:103,column:22}}}):r))!=null?o:"")+`"
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
      prefix = "`+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:136,column:18},end:{line:136,column:24}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:i,loc:{start:{line:136,column:16},end:{line:136,column:26}}}):r))!=null?o:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:146,column:12},end:{line:146,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:146,column:10},end:{line:146,column:18}}}):r))!=null?o:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((o=(r=u(t,"prefix")||l(n,"prefix",{start:{line:169,column:131},end:{line:169,column:137}}),typeof r===c?r.call(s,{name:"prefix",hash:{},data:i,loc:{start:{line:169,column:129},end:{line:169,column:139}}}):r))!=null?o:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:177,column:27},end:{line:177,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:177,column:25},end:{line:177,column:33}}}):r))!=null?o:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:179,column:27},end:{line:179,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:179,column:25},end:{line:179,column:33}}}):r))!=null?o:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):r))!=null?o:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((o=(r=u(t,"name")||l(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):r))!=null?o:"")+`-*"]
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
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:65,column:0},end:{line:72,column:7}}}))!=null?o:"")+`}

resource "aws_iam_role_policy" "deploy" {
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_ecr_repository" "image" {
  for_each             = toset([`+((o=u(t,"each").call(s,u(n,"services"),{name:"each",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:81,column:32},end:{line:81,column:100}}}))!=null?o:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:91,column:12},end:{line:91,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:91,column:10},end:{line:91,column:18}}}):r))!=null?o:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((o=u(t,"if").call(s,u(n,"s3Backups"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:99,column:0},end:{line:189,column:7}}}))!=null?o:"")+`
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
`},useData:!0},"terraform/aws-ecs/module-app-config.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`
resource "aws_secretsmanager_secret" "app" {
  for_each                = toset(`+((o=(r=l(t,"appSecretNames")||e.strict(n,"appSecretNames",{start:{line:23,column:37},end:{line:23,column:51}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"appSecretNames",hash:{},data:i,loc:{start:{line:23,column:34},end:{line:23,column:54}}}):r))!=null?o:"")+`)
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
`},1:function(e,n,t,a,i){return`
# No secret variables: an empty set keeps local.app_secrets well-formed.
resource "aws_secretsmanager_secret" "app" {
  for_each = toset([])
  name     = "\${local.prefix}/\${each.key}"
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secrets Manager secret created with no value: set it with
# \`aws secretsmanager put-secret-value\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((o=(r=u(t,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof r===c?r.call(s,{name:"appPlainStaging",hash:{},data:i,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):r))!=null?o:"")+`
    }
    production = {
`+((o=(r=u(t,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof r===c?r.call(s,{name:"appPlainProduction",hash:{},data:i,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):r))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(r=u(t,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof r===c?r.call(s,{name:"appSecretsByService",hash:{},data:i,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):r))!=null?o:"")+`
  }
  # Task definition entries: plain values in \`environment\`, secrets by ARN in \`secrets\`.
  app_environment = { for key, values in local.app_plain[var.environment] : key => [for name, value in values : { name = name, value = value }] }
  app_secrets     = { for key, names in local.app_secret_names : key => [for name in names : { name = name, valueFrom = aws_secretsmanager_secret.app[name].arn }] }
}
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:20,column:0},end:{line:44,column:7}}}))!=null?o:"")},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,t,a,i,o,r){var l,s,c=e.strict,u=n??(e.nullContext||{}),p="function",m=e.lambda,d=e.lookupProperty||function(y,f){if(Object.prototype.hasOwnProperty.call(y,f))return y[f]};return`
# ---- `+((l=(s=d(t,"key")||c(n,"key",{start:{line:138,column:9},end:{line:138,column:12}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:138,column:7},end:{line:138,column:14}}}):s))!=null?l:"")+": "+((l=(s=d(t,"image")||c(n,"image",{start:{line:138,column:18},end:{line:138,column:23}}),typeof s===p?s.call(u,{name:"image",hash:{},data:i,loc:{start:{line:138,column:16},end:{line:138,column:25}}}):s))!=null?l:"")+" on port "+((l=(s=d(t,"port")||c(n,"port",{start:{line:138,column:36},end:{line:138,column:40}}),typeof s===p?s.call(u,{name:"port",hash:{},data:i,loc:{start:{line:138,column:34},end:{line:138,column:42}}}):s))!=null?l:"")+` ----

resource "aws_lb" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:140,column:21},end:{line:140,column:24}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:140,column:19},end:{line:140,column:26}}}):s))!=null?l:"")+'" {\n  name                       = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:141,column:50},end:{line:141,column:53}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:141,column:48},end:{line:141,column:55}}}):s))!=null?l:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:148,column:44},end:{line:148,column:47}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:148,column:42},end:{line:148,column:49}}}):s))!=null?l:"")+`" {
  resource_arn = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:149,column:26},end:{line:149,column:29}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:149,column:24},end:{line:149,column:31}}}):s))!=null?l:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:153,column:34},end:{line:153,column:37}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:153,column:32},end:{line:153,column:39}}}):s))!=null?l:"")+`" {
  for_each    = toset(`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(1,i,0,o,r),inverse:e.program(2,i,0,o,r),data:i,loc:{start:{line:154,column:22},end:{line:154,column:84}}}))!=null?l:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:155,column:56},end:{line:155,column:59}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:155,column:54},end:{line:155,column:61}}}):s))!=null?l:"")+'" : "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:155,column:84},end:{line:155,column:87}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:155,column:82},end:{line:155,column:89}}}):s))!=null?l:"")+'-${each.key}"\n  port        = '+((l=(s=d(t,"port")||c(n,"port",{start:{line:156,column:18},end:{line:156,column:22}}),typeof s===p?s.call(u,{name:"port",hash:{},data:i,loc:{start:{line:156,column:16},end:{line:156,column:24}}}):s))!=null?l:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((l=d(t,"if").call(u,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(3,i,0,o,r),inverse:e.program(4,i,0,o,r),data:i,loc:{start:{line:162,column:6},end:{line:162,column:130}}}))!=null?l:"")+`
    path                = "`+((l=(s=d(t,"healthPath")||c(n,"healthPath",{start:{line:163,column:29},end:{line:163,column:39}}),typeof s===p?s.call(u,{name:"healthPath",hash:{},data:i,loc:{start:{line:163,column:27},end:{line:163,column:41}}}):s))!=null?l:"")+`"
    matcher             = "`+((l=d(t,"if").call(u,d(d(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(5,i,0,o,r),inverse:e.program(6,i,0,o,r),data:i,loc:{start:{line:164,column:27},end:{line:164,column:75}}}))!=null?l:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:171,column:30},end:{line:171,column:33}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:171,column:28},end:{line:171,column:35}}}):s))!=null?l:"")+`_https" {
  load_balancer_arn = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:172,column:31},end:{line:172,column:34}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:172,column:29},end:{line:172,column:36}}}):s))!=null?l:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(7,i,0,o,r),inverse:e.program(8,i,0,o,r),data:i,loc:{start:{line:181,column:0},end:{line:194,column:7}}}))!=null?l:"")+`    }
  }
`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(9,i,0,o,r),inverse:e.noop,data:i,loc:{start:{line:197,column:0},end:{line:203,column:7}}}))!=null?l:"")+`}

resource "aws_lb_listener" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:206,column:30},end:{line:206,column:33}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:206,column:28},end:{line:206,column:35}}}):s))!=null?l:"")+`_http" {
  load_balancer_arn = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:207,column:31},end:{line:207,column:34}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:207,column:29},end:{line:207,column:36}}}):s))!=null?l:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:221,column:38},end:{line:221,column:41}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:221,column:36},end:{line:221,column:43}}}):s))!=null?l:"")+'" {\n  family                   = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:222,column:48},end:{line:222,column:51}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:222,column:46},end:{line:222,column:53}}}):s))!=null?l:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:229,column:32},end:{line:229,column:35}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:229,column:30},end:{line:229,column:37}}}):s))!=null?l:"")+'"\n    image                  = "${var.repository_urls["'+((l=(s=d(t,"image")||c(n,"image",{start:{line:230,column:55},end:{line:230,column:60}}),typeof s===p?s.call(u,{name:"image",hash:{},data:i,loc:{start:{line:230,column:53},end:{line:230,column:62}}}):s))!=null?l:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((l=(s=d(t,"port")||c(n,"port",{start:{line:233,column:50},end:{line:233,column:54}}),typeof s===p?s.call(u,{name:"port",hash:{},data:i,loc:{start:{line:233,column:48},end:{line:233,column:56}}}):s))!=null?l:"")+`, protocol = "tcp" }]
`+((l=d(t,"if").call(u,d(n,"migrate"),{name:"if",hash:{},fn:e.program(10,i,0,o,r),inverse:e.program(11,i,0,o,r),data:i,loc:{start:{line:234,column:0},end:{line:244,column:7}}}))!=null?l:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:250,column:35},end:{line:250,column:38}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:250,column:33},end:{line:250,column:40}}}):s))!=null?l:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:261,column:30},end:{line:261,column:33}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:261,column:28},end:{line:261,column:35}}}):s))!=null?l:"")+`" {
  for_each        = aws_lb_target_group.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:262,column:42},end:{line:262,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:262,column:40},end:{line:262,column:47}}}):s))!=null?l:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:263,column:60},end:{line:263,column:63}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:263,column:58},end:{line:263,column:65}}}):s))!=null?l:"")+'" : "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:263,column:88},end:{line:263,column:91}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:263,column:86},end:{line:263,column:93}}}):s))!=null?l:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:265,column:46},end:{line:265,column:49}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:265,column:44},end:{line:265,column:51}}}):s))!=null?l:"")+`.arn
  desired_count   = `+((l=m(c(r[1],"minReplicas",{start:{line:266,column:22},end:{line:266,column:36}}),n))!=null?l:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:276,column:26},end:{line:276,column:29}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:276,column:24},end:{line:276,column:31}}}):s))!=null?l:"")+`"
    container_port   = `+((l=(s=d(t,"port")||c(n,"port",{start:{line:277,column:25},end:{line:277,column:29}}),typeof s===p?s.call(u,{name:"port",hash:{},data:i,loc:{start:{line:277,column:23},end:{line:277,column:31}}}):s))!=null?l:"")+`
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

resource "aws_appautoscaling_target" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:291,column:40},end:{line:291,column:43}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:291,column:38},end:{line:291,column:45}}}):s))!=null?l:"")+`" {
  for_each           = aws_ecs_service.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:292,column:41},end:{line:292,column:44}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:292,column:39},end:{line:292,column:46}}}):s))!=null?l:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((l=m(c(r[1],"minReplicas",{start:{line:296,column:25},end:{line:296,column:39}}),n))!=null?l:"")+`
  max_capacity       = `+((l=m(c(r[1],"maxReplicas",{start:{line:297,column:25},end:{line:297,column:39}}),n))!=null?l:"")+`
}

resource "aws_appautoscaling_policy" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:300,column:40},end:{line:300,column:43}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:300,column:38},end:{line:300,column:45}}}):s))!=null?l:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:301,column:51},end:{line:301,column:54}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:301,column:49},end:{line:301,column:56}}}):s))!=null?l:"")+'\n  name               = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:302,column:42},end:{line:302,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:302,column:40},end:{line:302,column:47}}}):s))!=null?l:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:317,column:42},end:{line:317,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:317,column:40},end:{line:317,column:47}}}):s))!=null?l:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:318,column:43},end:{line:318,column:46}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:318,column:41},end:{line:318,column:48}}}):s))!=null?l:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:338,column:46},end:{line:338,column:49}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:338,column:44},end:{line:338,column:51}}}):s))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:349,column:46},end:{line:349,column:49}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:349,column:44},end:{line:349,column:51}}}):s))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:356,column:42},end:{line:356,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:356,column:40},end:{line:356,column:47}}}):s))!=null?l:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:357,column:43},end:{line:357,column:46}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:357,column:41},end:{line:357,column:48}}}):s))!=null?l:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:361,column:50},end:{line:361,column:53}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:361,column:48},end:{line:361,column:55}}}):s))!=null?l:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:371,column:42},end:{line:371,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:371,column:40},end:{line:371,column:47}}}):s))!=null?l:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:372,column:46},end:{line:372,column:49}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:372,column:44},end:{line:372,column:51}}}):s))!=null?l:"")+'\n  alarm_name          = "${local.prefix}-'+((l=(s=d(t,"key")||c(n,"key",{start:{line:373,column:43},end:{line:373,column:46}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:373,column:41},end:{line:373,column:48}}}):s))!=null?l:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:377,column:50},end:{line:377,column:53}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:377,column:48},end:{line:377,column:55}}}):s))!=null?l:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(s=d(t,"key")||c(n,"key",{start:{line:386,column:42},end:{line:386,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:386,column:40},end:{line:386,column:47}}}):s))!=null?l:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((l=(s=d(t,"key")||c(n,"key",{start:{line:387,column:42},end:{line:387,column:45}}),typeof s===p?s.call(u,{name:"key",hash:{},data:i,loc:{start:{line:387,column:40},end:{line:387,column:47}}}):s))!=null?l:"")+`
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
`},1:function(e,n,t,a,i){return'["blue", "green"]'},2:function(e,n,t,a,i){return'["live"]'},3:function(e,n,t,a,i){return"The health route answers below 400."},4:function(e,n,t,a,i){return"No health route: any answer below 500 is a running app."},5:function(e,n,t,a,i){return"200-399"},6:function(e,n,t,a,i){return"200-499"},7:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`      target_group {
        arn    = aws_lb_target_group.`+((o=(r=u(t,"key")||l(n,"key",{start:{line:183,column:39},end:{line:183,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:183,column:37},end:{line:183,column:44}}}):r))!=null?o:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((o=(r=u(t,"key")||l(n,"key",{start:{line:187,column:39},end:{line:187,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:187,column:37},end:{line:187,column:44}}}):r))!=null?o:"")+`["green"].arn
        weight = 0
      }
`},8:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`      target_group {
        arn = aws_lb_target_group.`+((o=(r=l(t,"key")||e.strict(n,"key",{start:{line:192,column:36},end:{line:192,column:39}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"key",hash:{},data:i,loc:{start:{line:192,column:34},end:{line:192,column:41}}}):r))!=null?o:"")+`["live"].arn
      }
`},9:function(e,n,t,a,i){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},10:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`    environment = concat([
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ], local.app_environment["`+((o=(r=u(t,"key")||l(n,"key",{start:{line:239,column:32},end:{line:239,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:239,column:30},end:{line:239,column:37}}}):r))!=null?o:"")+'"])\n    secrets = concat([{ name = "PGPASSWORD", valueFrom = "${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }], local.app_secrets["'+((o=(r=u(t,"key")||l(n,"key",{start:{line:240,column:152},end:{line:240,column:155}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:240,column:150},end:{line:240,column:157}}}):r))!=null?o:"")+`"])
`},11:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return'    environment            = local.app_environment["'+((o=(r=u(t,"key")||l(n,"key",{start:{line:242,column:54},end:{line:242,column:57}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:242,column:52},end:{line:242,column:59}}}):r))!=null?o:"")+`"]
    secrets                = local.app_secrets["`+((o=(r=u(t,"key")||l(n,"key",{start:{line:243,column:50},end:{line:243,column:53}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:243,column:48},end:{line:243,column:55}}}):r))!=null?o:"")+`"]
`},12:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
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
  engine_version              = "`+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:427,column:35},end:{line:427,column:48}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:i,loc:{start:{line:427,column:33},end:{line:427,column:50}}}):r))!=null?o:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:432,column:35},end:{line:432,column:41}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:i,loc:{start:{line:432,column:33},end:{line:432,column:43}}}):r))!=null?o:"")+`"
  username                    = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:433,column:35},end:{line:433,column:41}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:i,loc:{start:{line:433,column:33},end:{line:433,column:43}}}):r))!=null?o:"")+`"
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
`},13:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:483,column:32},end:{line:483,column:35}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:483,column:30},end:{line:483,column:37}}}):r))!=null?o:"")+' = "https://${aws_lb.'+((o=(r=u(t,"key")||l(n,"key",{start:{line:483,column:60},end:{line:483,column:63}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:483,column:58},end:{line:483,column:65}}}):r))!=null?o:"")+'.dns_name}"'+((o=u(t,"unless").call(s,u(i,"last"),{name:"unless",hash:{},fn:e.program(14,i,0),inverse:e.noop,data:i,loc:{start:{line:483,column:76},end:{line:483,column:106}}}))!=null?o:"")},14:function(e,n,t,a,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i,o,r){var l,s=n??(e.nullContext||{}),c=e.lookupProperty||function(u,p){if(Object.prototype.hasOwnProperty.call(u,p))return u[p]};return`resource "aws_ecs_cluster" "this" {
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
`+((l=c(t,"each").call(s,c(n,"services"),{name:"each",hash:{},fn:e.program(0,i,0,o,r),inverse:e.noop,data:i,loc:{start:{line:136,column:0},end:{line:400,column:9}}}))!=null?l:"")+`
data "aws_region" "current" {}
`+((l=c(t,"if").call(s,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(12,i,0,o,r),inverse:e.noop,data:i,loc:{start:{line:403,column:0},end:{line:480,column:7}}}))!=null?l:"")+`
output "urls" {
  value = { `+((l=c(t,"each").call(s,c(n,"services"),{name:"each",hash:{},fn:e.program(13,i,0,o,r),inverse:e.noop,data:i,loc:{start:{line:483,column:12},end:{line:483,column:115}}}))!=null?l:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`variable "environment" {
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
  prefix = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):r))!=null?o:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,t,a,i){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r=e.lookupProperty||function(l,s){if(Object.prototype.hasOwnProperty.call(l,s))return l[s]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((o=r(t,"if").call(n??(e.nullContext||{}),r(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?o:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`variable "region" {
  type    = string
  default = "`+((o=(r=l(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"region",hash:{},data:i,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?o:"")+`"
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
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`terraform {
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
    bucket       = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):r))!=null?o:"")+`-tfstate"
    key          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):r))!=null?o:"")+`/terraform.tfstate"
    region       = "`+((o=(r=u(t,"region")||l(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof r===c?r.call(s,{name:"region",hash:{},data:i,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):r))!=null?o:"")+`"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      project    = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:31,column:22},end:{line:31,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:31,column:20},end:{line:31,column:28}}}):r))!=null?o:"")+`"
      managed-by = "terraform"
    }
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/azure-container-apps/app-config.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
resource "azurerm_key_vault" "app" {
  for_each                  = local.environments
  name                      = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:22,column:33},end:{line:22,column:44}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:i,loc:{start:{line:22,column:31},end:{line:22,column:46}}}):r))!=null?o:"")+`-\${each.key == "production" ? "prod" : "stag"}-kv"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:34,column:27},end:{line:34,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:34,column:25},end:{line:34,column:33}}}):r))!=null?o:"")+`-\${each.key}-app"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret lives in the environment's Key Vault under its name in lowercase
# with dashes (DJANGO_SECRET_KEY: django-secret-key): set it with \`az keyvault secret set\` before the
# first deploy (deploy.yml's startup guard checks). The apps read them through secretref.
locals {
  app_plain = {
    staging = {
`+((o=(r=u(t,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:8,column:3},end:{line:8,column:18}}),typeof r===c?r.call(s,{name:"appPlainStaging",hash:{},data:i,loc:{start:{line:8,column:0},end:{line:8,column:21}}}):r))!=null?o:"")+`
    }
    production = {
`+((o=(r=u(t,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:11,column:3},end:{line:11,column:21}}),typeof r===c?r.call(s,{name:"appPlainProduction",hash:{},data:i,loc:{start:{line:11,column:0},end:{line:11,column:24}}}):r))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(r=u(t,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:15,column:3},end:{line:15,column:22}}),typeof r===c?r.call(s,{name:"appSecretsByService",hash:{},data:i,loc:{start:{line:15,column:0},end:{line:15,column:25}}}):r))!=null?o:"")+`
  }
}
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:18,column:0},end:{line:53,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,t,a,i){return"Multiple"},1:function(e,n,t,a,i){return"Single"},2:function(e,n,t,a,i){return`
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
`},3:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:176,column:36},end:{line:176,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:176,column:34},end:{line:176,column:42}}}):r))!=null?o:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:179,column:36},end:{line:179,column:49}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:i,loc:{start:{line:179,column:34},end:{line:179,column:51}}}):r))!=null?o:"")+`"
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
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:199,column:36},end:{line:199,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:199,column:34},end:{line:199,column:42}}}):r))!=null?o:"")+`-\${each.key}-migrate"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  container_app_environment_id = azurerm_container_app_environment.env[each.key].id
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 0

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(4,i,0),inverse:e.noop,data:i,loc:{start:{line:210,column:0},end:{line:226,column:7}}}))!=null?o:"")+`
  template {
    container {
      name    = "migrate"
      image   = "mcr.microsoft.com/k8se/quickstart:latest"
      command = `+((o=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:232,column:19},end:{line:232,column:33}}),typeof r===c?r.call(s,{name:"migrateCommand",hash:{},data:i,loc:{start:{line:232,column:16},end:{line:232,column:36}}}):r))!=null?o:"")+`
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
`},4:function(e,n,t,a,i){return`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):r))!=null?o:"")+`-\${each.key}"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:16,column:27},end:{line:16,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:16,column:25},end:{line:16,column:33}}}):r))!=null?o:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:24,column:34},end:{line:24,column:38}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:24,column:32},end:{line:24,column:40}}}):r))!=null?o:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:32,column:36},end:{line:32,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:32,column:34},end:{line:32,column:42}}}):r))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((o=u(t,"if").call(s,u(n,"progressive"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.program(1,i,0),data:i,loc:{start:{line:36,column:19},end:{line:36,column:67}}}))!=null?o:"")+`"
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:37,column:0},end:{line:53,column:7}}}))!=null?o:"")+`
  template {
    min_replicas = each.value.environment == "production" ? `+((o=(r=u(t,"minReplicas")||l(n,"minReplicas",{start:{line:56,column:62},end:{line:56,column:73}}),typeof r===c?r.call(s,{name:"minReplicas",hash:{},data:i,loc:{start:{line:56,column:60},end:{line:56,column:75}}}):r))!=null?o:"")+` : 1
    max_replicas = `+((o=(r=u(t,"maxReplicas")||l(n,"maxReplicas",{start:{line:57,column:21},end:{line:57,column:32}}),typeof r===c?r.call(s,{name:"maxReplicas",hash:{},data:i,loc:{start:{line:57,column:19},end:{line:57,column:34}}}):r))!=null?o:"")+`

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
`+((o=u(t,"if").call(s,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(3,i,0),inverse:e.noop,data:i,loc:{start:{line:170,column:0},end:{line:278,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:53,column:39},end:{line:53,column:50}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:i,loc:{start:{line:53,column:37},end:{line:53,column:52}}}):r))!=null?o:"")+`backups"
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
  name                  = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:71,column:29},end:{line:71,column:35}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:i,loc:{start:{line:71,column:27},end:{line:71,column:37}}}):r))!=null?o:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):r))!=null?o:"")+`-shared"
  location = var.location
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:9,column:27},end:{line:9,column:38}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:i,loc:{start:{line:9,column:25},end:{line:9,column:40}}}):r))!=null?o:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:27},end:{line:18,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:18,column:25},end:{line:18,column:33}}}):r))!=null?o:"")+`-github-deploy"
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
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:40,column:27},end:{line:40,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:40,column:25},end:{line:40,column:33}}}):r))!=null?o:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((o=u(t,"if").call(s,u(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:49,column:0},end:{line:81,column:7}}}))!=null?o:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):r))!=null?o:"")+" = { port = "+((o=(r=u(t,"port")||l(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):r))!=null?o:"")+', health = "'+((o=u(t,"if").call(s,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?o:"")+'", image = "'+((o=(r=u(t,"image")||l(n,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof r===c?r.call(s,{name:"image",hash:{},data:i,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):r))!=null?o:"")+'" }'+((o=u(t,"unless").call(s,u(i,"last"),{name:"unless",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?o:"")},1:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return(o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:i,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):r))!=null?o:""},2:function(e,n,t,a,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "location" {
  type    = string
  default = "`+((o=(r=s(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:i,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?o:"")+`"
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
  services     = { `+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?o:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`terraform {
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
    resource_group_name  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):r))!=null?o:"")+`-tfstate"
    storage_account_name = "`+((o=(r=u(t,"compactName")||l(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof r===c?r.call(s,{name:"compactName",hash:{},data:i,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):r))!=null?o:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):r))!=null?o:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github-app-config.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`# The apps' public build-time variables (NEXT_PUBLIC_*, VITE_*): repository Actions variables that the
# image builds pass as build args (ci.yml, deploy.yml), with the production values of the
# \`environments\` option: one image is promoted from staging to production. Secrets are never GitHub
# variables; they live in the platform's secret store (docs/configuration.md).
resource "github_actions_variable" "build" {
  for_each = {
`+((o=(r=l(t,"appBuildValues")||e.strict(n,"appBuildValues",{start:{line:7,column:3},end:{line:7,column:17}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"appBuildValues",hash:{},data:i,loc:{start:{line:7,column:0},end:{line:7,column:20}}}):r))!=null?o:"")+`
  }
  repository    = var.github_repository_name
  variable_name = each.key
  value         = each.value
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return'  default     = "'+((o=(r=l(t,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:i,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):r))!=null?o:"")+`"
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "github_owner" {
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
`+((o=s(t,"if").call(l,s(n,"domain"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?o:"")+`}

resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((o=(r=s(t,"name")||e.strict(n,"name",{start:{line:37,column:18},end:{line:37,column:22}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:37,column:16},end:{line:37,column:24}}}):r))!=null?o:"")+`"
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
`},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`terraform {
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
      name = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):r))!=null?o:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/gcp-cloud-run/app-config.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`
resource "google_secret_manager_secret" "app" {
  for_each  = local.app_secrets
  secret_id = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:22,column:17},end:{line:22,column:21}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:22,column:15},end:{line:22,column:23}}}):r))!=null?o:"")+`-\${replace(each.key, "/", "-")}"

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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secret Manager secret created with no version: add one with
# \`gcloud secrets versions add\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((o=(r=u(t,"appPlainStaging")||l(n,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof r===c?r.call(s,{name:"appPlainStaging",hash:{},data:i,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):r))!=null?o:"")+`
    }
    production = {
`+((o=(r=u(t,"appPlainProduction")||l(n,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof r===c?r.call(s,{name:"appPlainProduction",hash:{},data:i,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):r))!=null?o:"")+`
    }
  }
  app_secret_names = {
`+((o=(r=u(t,"appSecretsByService")||l(n,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof r===c?r.call(s,{name:"appSecretsByService",hash:{},data:i,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):r))!=null?o:"")+`
  }
  app_secrets = toset(flatten([for env in local.environments : [for name in distinct(flatten(values(local.app_secret_names))) : "\${env}/\${name}"]]))
}
`+((o=u(t,"if").call(s,u(n,"appSecrets"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:18,column:0},end:{line:44,column:7}}}))!=null?o:"")},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):r))!=null?o:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((o=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof r===c?r.call(s,{name:"postgresMajor",hash:{},data:i,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):r))!=null?o:"")+`"
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
  name     = "`+((o=(r=u(t,"dbName")||l(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof r===c?r.call(s,{name:"dbName",hash:{},data:i,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):r))!=null?o:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):r))!=null?o:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(r=u(t,"name")||l(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):r))!=null?o:"")+"/"+((o=(r=u(t,"name")||l(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):r))!=null?o:"")+`-backend:bootstrap"
        command = `+((o=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof r===c?r.call(s,{name:"migrateCommand",hash:{},data:i,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):r))!=null?o:"")+`
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
                secret  = format("`+((o=(r=u(t,"name")||l(n,"name",{start:{line:65,column:36},end:{line:65,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:65,column:34},end:{line:65,column:42}}}):r))!=null?o:"")+`-%s-%s", each.key, env.value)
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.strict,c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return((o=u(t,"if").call(l,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:1,column:0},end:{line:85,column:7}}}))!=null?o:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((o=(r=u(t,"name")||s(n,"name",{start:{line:89,column:16},end:{line:89,column:20}}),typeof r===c?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:89,column:14},end:{line:89,column:22}}}):r))!=null?o:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((o=(r=u(t,"minReplicas")||s(n,"minReplicas",{start:{line:96,column:70},end:{line:96,column:81}}),typeof r===c?r.call(l,{name:"minReplicas",hash:{},data:i,loc:{start:{line:96,column:68},end:{line:96,column:83}}}):r))!=null?o:"")+` : 0
      max_instance_count = `+((o=(r=u(t,"maxReplicas")||s(n,"maxReplicas",{start:{line:97,column:29},end:{line:97,column:40}}),typeof r===c?r.call(l,{name:"maxReplicas",hash:{},data:i,loc:{start:{line:97,column:27},end:{line:97,column:42}}}):r))!=null?o:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((o=(r=u(t,"name")||s(n,"name",{start:{line:100,column:64},end:{line:100,column:68}}),typeof r===c?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:100,column:62},end:{line:100,column:70}}}):r))!=null?o:"")+"/"+((o=(r=u(t,"name")||s(n,"name",{start:{line:100,column:73},end:{line:100,column:77}}),typeof r===c?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:100,column:71},end:{line:100,column:79}}}):r))!=null?o:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
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
              secret  = format("`+((o=(r=u(t,"name")||s(n,"name",{start:{line:118,column:34},end:{line:118,column:38}}),typeof r===c?r.call(l,{name:"name",hash:{},data:i,loc:{start:{line:118,column:32},end:{line:118,column:40}}}):r))!=null?o:"")+`-%s-%s", each.value.environment, env.value)
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
`},useData:!0},"terraform/gcp-cloud-run/logging.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# Cloud Run writes stdout and stderr to Cloud Logging. The services' logs go to a bucket of their own,
# kept 90 days (the _Default bucket keeps 30), queried with
# \`gcloud logging read … --bucket=`+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:36},end:{line:3,column:40}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:3,column:34},end:{line:3,column:42}}}):r))!=null?o:"")+`-logs --location=global --view=_AllLogs\`.
resource "google_logging_project_bucket_config" "app" {
  project        = var.project_id
  location       = "global"
  bucket_id      = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:7,column:22},end:{line:7,column:26}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:7,column:20},end:{line:7,column:28}}}):r))!=null?o:"")+`-logs"
  retention_days = 90
}

resource "google_logging_project_sink" "app" {
  name                   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:12,column:30},end:{line:12,column:34}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:12,column:28},end:{line:12,column:36}}}):r))!=null?o:"")+'-cloud-run"\n  destination            = "logging.googleapis.com/projects/${var.project_id}/locations/global/buckets/${google_logging_project_bucket_config.app.bucket_id}"\n  filter                 = "resource.type=\\"cloud_run_revision\\" AND resource.labels.service_name:\\"'+((o=(r=u(t,"name")||l(n,"name",{start:{line:14,column:102},end:{line:14,column:106}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:14,column:100},end:{line:14,column:108}}}):r))!=null?o:"")+`-\\""
  unique_writer_identity = true
}
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((o=(r=u(t,"bucket")||l(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof r===c?r.call(s,{name:"bucket",hash:{},data:i,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):r))!=null?o:"")+`"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):r))!=null?o:"")+`-backup"
  display_name = "backup.yml of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):r))!=null?o:"")+`"
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
`},1:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((o=(r=l(t,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:i,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):r))!=null?o:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):r))!=null?o:"")+`-github"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):r))!=null?o:"")+`-deploy"
  display_name = "GitHub deploy of `+((o=(r=u(t,"name")||l(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):r))!=null?o:"")+`"
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
  account_id   = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):r))!=null?o:"")+`-runtime"
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):r))!=null?o:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):r))!=null?o:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook. Attach it to the external HTTPS load balancer (serverless
# NEG) in front of Cloud Run; that load balancer is not part of this skeleton.
resource "google_compute_security_policy" "edge" {
  name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):r))!=null?o:"")+`-production-edge"

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
`+((o=u(t,"if").call(s,u(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?o:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):r))!=null?o:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):r))!=null?o:"")+`: more than 5% 5xx"
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
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):r))!=null?o:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):r))!=null?o:"")+`: CPU above 90%"
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
`+((o=u(t,"if").call(s,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?o:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return((o=(r=u(t,"key")||l(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof r===c?r.call(s,{name:"key",hash:{},data:i,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):r))!=null?o:"")+" = { port = "+((o=(r=u(t,"port")||l(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof r===c?r.call(s,{name:"port",hash:{},data:i,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):r))!=null?o:"")+', health = "'+((o=u(t,"if").call(s,u(u(n,"probe"),"route"),{name:"if",hash:{},fn:e.program(1,i,0),inverse:e.noop,data:i,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?o:"")+'" }'+((o=u(t,"unless").call(s,u(i,"last"),{name:"unless",hash:{},fn:e.program(2,i,0),inverse:e.noop,data:i,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?o:"")},1:function(e,n,t,a,i){var o,r,l=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return(o=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:i,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):r))!=null?o:""},2:function(e,n,t,a,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=n??(e.nullContext||{}),s=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((o=(r=s(t,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:i,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):r))!=null?o:"")+`"
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
  services     = { `+((o=s(t,"each").call(l,s(n,"services"),{name:"each",hash:{},fn:e.program(0,i,0),inverse:e.noop,data:i,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?o:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`terraform {
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
    bucket = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):r))!=null?o:"")+`-tfstate"
    prefix = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):r))!=null?o:"")+`"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,a,i){var o,r,l=e.strict,s=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(p,m){if(Object.prototype.hasOwnProperty.call(p,m))return p[m]};return`terraform {
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
    secret_suffix = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):r))!=null?o:"")+`"
    namespace     = "`+((o=(r=u(t,"name")||l(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof r===c?r.call(s,{name:"name",hash:{},data:i,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):r))!=null?o:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function Pl(e){let n=Ch[e];if(!n)throw new Error(`No template ${e} in this build`);return Ol.template(n)}var Cl=new Map;function T(e,n){let t=Cl.get(e);return t||(t=Pl(e),Cl.set(e,t)),t(n)}import{posix as jh}from"node:path";var Al={"X-Forwarded-Proto":"https"};function R(e){let n=e.deploy.healthPath;return n?{path:n,route:!0}:{path:"/",route:!1}}function Ae(){return{path:"/",route:!1}}function Z(e){return e.route?400:500}function Tl(e,n){return e.route?`GET ${e.path} on port ${n} answers below 400`:`GET / on port ${n} answers below 500 (no health route: any answer shows the server is up)`}function ee(e,n,t){let a=`http://127.0.0.1:${n}${t.path}`,i=Z(t);switch(e){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${a}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${i})`].join(`
`)];case"node":return["node","-e",`fetch('${a}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${i} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",a]}}var Qo={$comment:"Every container image the baseline pins, by tag and multi-arch index digest. Refresh: docs/base-images.md. Never invent a digest.",images:{"python:3.9-slim":{image:"python",tag:"3.9-slim",digest:"sha256:50c261237b02d3597d9ad74e72f6d67daadb1494856902b28db0d888091f0592",source:"docker-library/repo-info repos/python/remote/3.9-slim.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Python 3.9.16, January 2023: the only stored snapshot; Python 3.9 is end of life, so expect Dependabot to propose the final digest)"},"python:3.10-slim":{image:"python",tag:"3.10-slim",digest:"sha256:63669fd2563fa90b0442fa7b568e66e3667755636cda086d7bcaaa895f66fe39",source:"docker-library/repo-info repos/python/remote/3.10-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.10.20)"},"python:3.11-slim":{image:"python",tag:"3.11-slim",digest:"sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff",source:"docker-library/repo-info repos/python/remote/3.11-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.11.15)"},"python:3.12-slim":{image:"python",tag:"3.12-slim",digest:"sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36",source:"docker-library/repo-info repos/python/remote/3.12-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.12.13)"},"python:3.13-slim":{image:"python",tag:"3.13-slim",digest:"sha256:9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6",source:"docker-library/repo-info repos/python/remote/3.13-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.13.14)"},"python:3.14-slim":{image:"python",tag:"3.14-slim",digest:"sha256:e11c17f46f87983eb946b121694dedba6290ee2b0dd5294d137d82943502d179",source:"docker-library/repo-info repos/python/remote/3.14-slim.md at 34fa04a4e3c62b28b3d13a50a409ef82d6c52f2f (OCI image index, Python 3.14.7)"},"node:18-alpine":{image:"node",tag:"18-alpine",digest:"sha256:fda98168118e5a8f4269efca4101ee51dd5c75c0fe56d8eb6fad80455c2f5827",source:"docker-library/repo-info repos/node/remote/18-alpine.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Node.js 18.13.0, January 2023: the only stored snapshot; Node.js 18 is end of life, so expect Dependabot to propose the final digest)"},"node:20-alpine":{image:"node",tag:"20-alpine",digest:"sha256:8401816e353182af32bc4b49a5c238920a3287cc78f2596800c391490c0254c5",source:"maxmood96/repo-info repos/node/remote/20-alpine.md at 00e6f9021e0c34c679a005054b4cd5903a0b7536 (a mirror of docker-library/repo-info, whose own copy of this file is not in the code index; Docker manifest list, Node.js 20.12.2, April 2024)"},"node:22-alpine":{image:"node",tag:"22-alpine",digest:"sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402",source:"docker-library/repo-info repos/node/remote/22-alpine.md at 4211a1635d906d705a873434b7336b27c7678802 (OCI image index, Node.js 22.23.3, Alpine 3.24)"},"node:24-alpine":{image:"node",tag:"24-alpine",digest:"sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43",source:"docker-library/repo-info repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd (OCI image index, Node.js 24.19.0, Alpine 3.24)"},"postgres:17-alpine":{image:"postgres",tag:"17-alpine",digest:"sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24",source:"docker-library/repo-info repos/postgres/remote/17-alpine.md at 14ad5cc17dd0e9a01079feefc7a59c24536f5291 (OCI image index, PostgreSQL 17.11)"},"redis:7-alpine":{image:"redis",tag:"7-alpine",digest:"sha256:ff02b58f971e7d7d156a1267e283fcbbeee91773b6aa36c49dac28ecfe28eadf",source:"docker-library/repo-info repos/redis/remote/7-alpine.md at 1742085aa3304e996a45e00271d6b8308029b6e3 (OCI image index, Redis 7.4.11)"},"postgis/postgis:17-3.5-alpine":{image:"postgis/postgis",tag:"17-3.5-alpine",digest:"sha256:fae81f3e8da88b8e684c58c8a8616aadda72e6fc1affcb050b490891ecb3db1c",source:"not an official image, so no repo-info page: the multi-arch digest pinned in public repositories' compose files and docs (code search), described there as the reviewed multi-architecture image"},"nginxinc/nginx-unprivileged:1.29.5-alpine":{image:"nginxinc/nginx-unprivileged",tag:"1.29.5-alpine",digest:"sha256:42a7d7f2ee23e9f5a1dcdf3647ba5c585bbd18f79e79cd817e70e8cd61c55779",source:"not an official image: the same digest pinned in four independent public Dockerfiles (code search)"},"edoburu/pgbouncer:v1.25.1-p0":{image:"edoburu/pgbouncer",tag:"v1.25.1-p0",digest:"sha256:c7bfcaa24de830e29588bb9ad1eb39cebaf07c27149e1974445899b695634bb4",source:"not an official image: the same digest pinned in several public repositories' compose scripts (code search)"},"quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z":{image:"quay.io/minio/minio",tag:"RELEASE.2025-09-07T16-13-09Z",digest:"sha256:14cea493d9a34af32f524e538b8346cf79f3321eff8e708c1e2960462bd8936e",source:"not an official image (Docker Hub no longer serves minio/minio; quay.io does): the same digest pinned in many independent public compose files and tests (code search)"},"oven/bun:1-alpine":{image:"oven/bun",tag:"1-alpine",digest:"sha256:07235578f79ef8c6f97d94aee7938e76f5cdba5f21ae5dbfdd3d3d38058437eb",source:"not an official image: the same digest pinned in three independent public Dockerfiles and notes (code search; bun 1.4.0 on Alpine 3.22)"},"cloudflare/cloudflared:2026.3.0":{image:"cloudflare/cloudflared",tag:"2026.3.0",digest:"sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0",source:"not an official image: the same tag and digest pinned in eight independent public repositories (code search), among them randomcoww/homelab's Renovate-managed image list; has `tunnel ready` (cloudflared 2024.12+)"}},tools:{gunicorn:"27.0.1",uvicorn:"0.54.0","uvicorn-worker":"0.4.0",poetry:"2.5.1",uv:"0.13.8",ruff:"0.15.22",mypy:"1.19.1",pytest:"8.4.2",daphne:"4.2.3",flake8:"7.5.0",black:"26.10.1",isort:"9.0.2",pylint:"4.1.5",pyright:"1.1.414"}};var zn=Qo.images,ae=Qo.tools;function B(e){let n=zn[e];if(!n)throw G(`No pinned digest for image "${e}". Pinned: ${Object.keys(zn).sort().join(", ")}`);return`${n.image}:${n.tag}@${n.digest}`}function y1(){let e=(n,t)=>Object.values(zn).filter(a=>a.image===n&&a.tag.endsWith(t)).map(a=>a.tag.slice(0,-t.length));return{node:e("node","-alpine"),python:e("python","-slim")}}function Zo(e){let n=e.split(".").slice(0,2).join(".");return xl("python",`${n}-slim`,"backend.version",e)}function ei(e,n){let t=e.split(".")[0]??e;return xl("node",`${t}-alpine`,n,e)}function xl(e,n,t,a){let i=`${e}:${n}`;if(!zn[i]){let o=Object.values(zn).filter(r=>r.image===e).map(r=>r.tag.replace(/-(slim|alpine)$/,""));throw G(`${t}: ${JSON.stringify(a)} has no pinned ${e} base image. Allowed: ${o.join(", ")} (see docs/base-images.md to add one)`)}return B(i)}var nr="17",Rl=`postgres:${nr}-alpine`,Th=`postgis/postgis:${nr}-3.5-alpine`;function gn(e){return B(e.database==="postgis"?Th:Rl)}function yn(){return B(Rl)}function tr(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:t=>n?`${e.workspaceDir}/${t}`:t}}function bn(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var Yn="/app",Il=e=>e==="."?Yn:`${Yn}/${e}`;function xh(e){return e.backend.kind==="fastapi"||/(^|\.)asgi:/.test(e.backend.app)}function rr(e){let{port:n,appDir:t,migrationsDir:a,server:i}=e.backend,o=e.backend.appFactory?`${e.backend.app}()`:e.backend.app,r=t===a?[]:["--chdir",Il(t)];switch(i){case"uvicorn":return{packages:[`uvicorn==${ae.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(n),...t===a?[]:["--app-dir",Il(t)],...e.backend.appFactory?["--factory",e.backend.app]:[e.backend.app]]};case"daphne":return{packages:[`daphne==${ae.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(n),o]};case"gunicorn":{let l=xh(e);return{packages:[`gunicorn==${ae.gunicorn}`,...l?[`uvicorn-worker==${ae["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${n}`,...l?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...r,o]}}}}var Dl={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${ae.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${ae.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function or(e,n){let t=e.backend.packageManager,a=Dl[t]??Dl.pip,i=e.database==="postgres"||e.database==="postgis",o=[...i?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],r=rr(e),s=`python -c "import ${r.packages.map(m=>m.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${a.add} ${r.packages.join(" ")}`,{port:c,migrationsDir:u,settingsModule:p}=e.backend;return{title:n,serverName:r.argv[0],serverCmdline:r.argv.join(" "),baseImage:Zo(e.backend.version),tool:a.tool,uv:t==="uv",manifests:a.manifests,install:a.install,ensureServer:s,buildPackages:i?["libpq-dev"]:[],runtimePackages:o,settingsModule:p,collectStatic:e.backend.kind==="django"&&e.backend.collectStatic?Rh(e):void 0,pythonPath:e.backend.server==="daphne"&&e.backend.appDir!==u?e.backend.appDir==="."?Yn:`${Yn}/${e.backend.appDir}`:void 0,workdir:u==="."?void 0:u,port:c,healthcheck:bn(ee("python",c,R(e))),cmd:bn(r.argv)}}function Rh(e){let n='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(e.backend.importEnv??[]).map(a=>`${a}=${/DATABASE_URL|_DB_URL$/.test(a)?"sqlite:////tmp/collectstatic.sqlite3":n}`),"python manage.py collectstatic --noinput"].join(" ")}var Nl={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:R,port:e=>e.backend.port,context:e=>or(e,"Django")};var Ll="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function Ih(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[Ll,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[Ll,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${B("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}var ir=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port,buildScript:e.backend.buildScript===!1?void 0:e.backend.buildScript??Dh(e)}),Dh=e=>e.backend.kind==="nestjs"?"build":void 0,Wn=e=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:e.frontend.port,buildScript:"build"});function _e(e,n,t){let a=tr(n),i=Ih(e.packageManager),{cmd:o,healthcheck:r,...l}=t(i,a);return{...a,baseImage:ei(e.nodeVersion,e.versionKey),pm:i,build:e.buildScript?i.run(e.buildScript):void 0,port:e.port,...l,healthcheck:bn(r),cmd:bn(o)}}var Bl={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:R,port:e=>e.backend.port,context:(e,n)=>_e(ir(e),n,t=>({...e.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${t.run("build")}; fi`}:{},healthcheck:ee("node",e.backend.port,R(e)),cmd:e.backend.start??["node","."]}))};var jl={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:R,port:e=>e.backend.port,context:e=>or(e,"FastAPI")};var Nh=["node","dist/main.js"],Ml={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:R,port:e=>e.backend.port,context:(e,n)=>_e(ir(e),n,()=>({healthcheck:ee("node",e.backend.port,R(e)),cmd:e.backend.start??Nh}))};var ni="docker/nginx-spa.conf";function ti(e){return e.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var _n={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:Ae,port:e=>e.frontend.port,context:(e,n)=>_e(Wn(e),n,(t,a)=>({title:ti(e).title,outDir:e.frontend.outDir,runtimeImage:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:a.inService(ni),healthcheck:ee("busybox",e.frontend.port,Ae()),cmd:["nginx","-g","daemon off;"]}))};var Lh={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:Ae,port:e=>e.frontend.port,context:(e,n)=>_e(Wn(e),n,(t,a)=>({healthcheck:ee("node",e.frontend.port,Ae()),cmd:["node",a.inService("server.js")]}))},Bh={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:Ae,port:e=>e.frontend.port,context:(e,n)=>_e(Wn(e),n,t=>({prune:t.prune,healthcheck:ee("node",e.frontend.port,Ae()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(e.frontend.port)]}))},ql={standalone:Lh,default:Bh,export:_n};var Ul={django:Nl,fastapi:jl,express:Bl,nestjs:Ml};function Gl(e){switch(e.frontend.kind){case"nextjs":return ql[e.frontend.nextOutput];case"react-vite":return _n;case"none":return}}var Jn=(e,n)=>e==="."?n:`${e}/${n}`;function Mh(e,n,t){let a=jh.relative(e==="."?"":e,n==="."?"":n);if(a.startsWith(".."))throw G(`${t}.context: "${e}" must contain ${t}.dir "${n}" (it is the folder the build starts from)`);return a===""?".":a}function N(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,t=[],a=(l,s,c,u)=>{let p=Mh(c,s,l),m=n?`Dockerfile.${l}`:"Dockerfile";t.push({role:l,dir:s,context:c,dockerfile:Jn(p,m),workspaceDir:p,strategy:u,port:u.port(e),probe:u.probe(e)})},{backend:i,frontend:o}=e;if(i.kind!=="none"){if(i.context!==i.dir&&(i.kind==="django"||i.kind==="fastapi"))throw G(`backend.context: a separate build context is supported for Node.js services; ${i.kind} builds from backend.dir`);a("backend",i.dir,i.context,Ul[i.kind])}let r=Gl(e);return r&&a("frontend",o.dir,o.context??o.dir,r),t}function z(e){return Jn(e.context,e.dockerfile)}function ri(e){return e.dockerfile==="Dockerfile"?Jn(e.context,".dockerignore"):`${z(e)}.dockerignore`}function qh(e,n){let t=n.strategy.context(e,n);return JSON.parse(t.cmd??"[]").join(" ")}function Hl(e,n){let t=n.map(i=>({role:i.role,kind:i.role==="backend"?e.backend.kind:e.frontend.kind,dockerfile:z(i),context:i.context,command:qh(e,i),port:i.port,probe:Tl(i.probe,i.port),packageManager:i.role==="backend"?e.backend.packageManager:e.frontend.packageManager})),a=e.backend.kind==="django"||e.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:T("docs/containers.md.hbs",{images:t,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",nextOutput:e.frontend.nextOutput,[`next_${e.frontend.nextOutput}`]:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",outDir:e.frontend.outDir,pythonBackend:a,nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",backend:e.backend,hasBackend:e.backend.kind!=="none",healthRoute:R(e).route,healthPath:R(e).path,workspace:n.some(i=>i.workspaceDir!=="."),pythonPackages:a?rr(e).packages.join(", "):""})}}var ar="docker";function Uh(e,n){let t=[{kind:"text",path:z(n),component:ar,comment:"hash",text:T(n.strategy.template,{...n.strategy.context(e,n),buildArgs:mn(e,n.role).map(a=>a.name)})},{kind:"text",path:ri(n),component:ar,comment:"hash",text:T(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.strategy===_n&&t.push({kind:"text",path:Jn(n.dir,ni),component:ar,comment:"hash",text:T("docker/static/nginx-spa.conf.hbs",{port:n.port,...ti(e)})}),t}var Vl={name:ar,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=N(e);return n.length===0?[]:[...n.flatMap(t=>Uh(e,t)),Hl(e,n)]}};function Xn(e,n){let t=mn(e,n);return t.length===0?{}:{"build-args":t.map(a=>`${a.name}=\${{ vars.${a.name} }}`).join(`
`)+`
`}}var Fl="ubuntu-24.04",Gh={contents:"read"};function V(e,n,t,a={}){return{name:e,"runs-on":Fl,"timeout-minutes":n,permissions:{...Gh},...a,steps:t}}function sr(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var zl="app";function lr(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:gn(e),env:{POSTGRES_DB:zl,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:B("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}var Kl=e=>/DATABASE_URL|_DB_URL$/.test(e);function kn(e,n=!1){if(e.backend.kind!=="django")return{env:{},generated:[]};let t=e.backend.importEnv??[],a={};for(let o of t.filter(Kl))a[o]=Zn(e).DATABASE_URL??"sqlite:///ci.sqlite3";let i=new Set(t.filter(o=>!Kl(o)));return n&&(i.add("DJANGO_SECRET_KEY"),a.DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1"),{env:a,generated:[...i].sort()}}function Qn(e){return e.length===0?[]:[L("throwaway-secrets","Random values for the secrets the app requires at import (this run only)",["{",...e.map(n=>`  echo "${n}=$(openssl rand -hex 32)"`),'} >> "$GITHUB_ENV"'].join(`
`))]}function Zn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgresql://postgres@localhost:5432/${zl}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var Wl=e=>`ghcr.io/\${{ github.repository }}/${e}`,Jl="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",Yl=e=>`ci-${e.role}:latest`;function Xl(e,n,t={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:z(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...t}}}function Hh(e){let n=kn(e,!0);return{env:{...n.env,...Zn(e)},generated:n.generated}}function Ql(e,n){let t=e.role==="backend",a=t?lr(n):{},i=t?Hh(n):{env:{},generated:[]},r=["docker run --detach --name app --network host \\",...[...Object.keys(i.env),...i.generated].sort().map(s=>`  --env ${s} \\`),'  "$IMAGE"'].join(`
`),l=`http://localhost:${e.port}`;return V(`Image ${e.role}: build and performance smoke test`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},Xl(e,!1,{load:!0,tags:Yl(e),...Xn(n,e.role)}),...Qn(i.generated),L("start","Start the container",r,{env:{IMAGE:Yl(e),...i.env}}),L("wait-healthy","Wait until the container's health check passes",["for attempt in $(seq 1 60); do","  status=$(docker inspect --format '{{.State.Health.Status}}' app)",'  echo "attempt $attempt: $status"','  if [ "$status" = healthy ]; then exit 0; fi','  if [ "$status" = unhealthy ]; then break; fi',"  sleep 2","done",'echo "::error::The container did not become healthy"',"exit 1"].join(`
`)),{id:"setup-k6",name:"Set up k6",uses:k("grafana/setup-k6-action")},L("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:l,SMOKE_PATHS:e.probe.path,HEALTHY_BELOW:String(Z(e.probe))}}),L("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(a).length>0?{services:a}:{})}function Zl(e,n,t){return V(`Publish ${e.role} image to GHCR`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:k("docker/metadata-action"),with:{images:Wl(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},Xl(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}",...Xn(t,e.role)})],{needs:[...n],if:Jl,permissions:{contents:"read",packages:"write"}})}var ec={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},nc="perf/smoke.js";function tc(e){return{kind:"text",path:nc,component:"ci",comment:"slash",text:T("ci/k6-smoke.js.hbs",{...ec,port:e.port,paths:[e.probe.path],healthyBelow:Z(e.probe)})}}var oi=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function cr(e){return[I(),...e.stack.ci.setup(e.ctx),L("install","Install dependencies",e.stack.ci.install(e.ctx))]}function et(e,n,t,a,i,o={}){let r=e.ctx.gates[n];if(r==="off"||!i)return[];if(r==="enforce")return[L(t,a,i,o)];let l=`${e.role}.gates.${n}`;return[L(t,`${a} (report only: ${l})`,["status=0",`(
${i}
) || status=$?`,'if [ "$status" -ne 0 ]; then',`  echo "::warning::${a} found problems (exit $status); ${l} is report, so CI goes on"`,`  echo "- ${a}: problems found (exit $status), not enforced (${l}: report)" >> "$GITHUB_STEP_SUMMARY"`,"else",`  echo "- ${a}: passed" >> "$GITHUB_STEP_SUMMARY"`,"fi"].join(`
`),o)]}function rc(e){let n=e.stack.ci.testDir?.(e.ctx);return n&&n!=="."?{"working-directory":e.ctx.dir==="."?n:`${e.ctx.dir}/${n}`}:{}}function oc(e,n={env:{},generated:[]}){let{ci:t}=e.stack,a=[...et(e,"lint","lint","Lint",t.lint(e.ctx)),...et(e,"format","format","Format check",t.format?.(e.ctx)),...et(e,"typecheck","typecheck","Type-check",t.typecheck(e.ctx)),...et(e,"test","unit-tests","Unit tests",t.unitTest(e.ctx),rc(e)),...e.role==="library"&&t.build?[L("build","Build",t.build(e.ctx))]:[]];if(a.length===0)return;let i=a.map(r=>(r.name??r.id??"").replace(/ \(report only.*\)$/,"").toLowerCase()),o=n.env;return V(`${oi(e)}: ${i.join(", ")}`,20,[...cr(e),...Qn(n.generated),...a],{...sr(e.ctx.dir),...Object.keys(o).length>0?{env:o}:{}})}function ic(e,n){let{ci:t}=e.stack;if(!t.integrationTest)return;let a=n.database!=="none",i=[...cr(e)],o=e.ctx.migrationsDir==="."?{}:{"working-directory":e.ctx.dir==="."?e.ctx.migrationsDir:`${e.ctx.dir}/${e.ctx.migrationsDir}`},r=a?t.migrate?.(e.ctx):void 0,l=r?t.migrateBuild?.(e.ctx):void 0;l&&i.push(L("build","Build (the migrate script runs against the build, as in the image)",l)),r&&i.push(L("migrate","Apply migrations",r,o));let s=a?t.migrationCheck?.(e.ctx):void 0;s&&i.push(L("migration-check","Check for missing migrations",s,o)),i.push(...et(e,"test","integration-tests","Integration tests",t.integrationTest(e.ctx),rc(e)));let c=lr(n),u=kn(n),p={...u.env,...Zn(n)};return i.splice(cr(e).length,0,...Qn(u.generated)),V(`${oi(e)}: migrations and integration tests`,30,i,{...sr(e.ctx.dir),...Object.keys(c).length>0?{services:c}:{},...Object.keys(p).length>0?{env:p}:{}})}function ac(e,n){let{ci:t}=e.stack;if(!t.build||!t.bundleDir)return;let a=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c "$f" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return V(`${oi(e)}: build and bundle budget`,20,[...cr(e),L("build","Production build",t.build(e.ctx)),L("bundle-budget","Bundle-size budget",a,{env:{BUNDLE_DIR:t.bundleDir(e.ctx),BUDGET_KB:String(n)}})],sr(e.ctx.dir))}var Ke=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)};function Vh(e){let n=a=>e.gates[a]!=="off",t=new Set;return n("lint")&&t.add(e.tools.lint==="flake8"||e.tools.lint==="pylint"?e.tools.lint:"ruff"),n("format")&&t.add(e.tools.format==="black"||e.tools.format==="isort"?e.tools.format:"ruff"),n("typecheck")&&t.add(e.tools.typecheck==="pyright"?"pyright":"mypy"),n("test")&&e.tools.test!=="django"&&t.add("pytest"),[...t]}function Fh(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[Ke(e)],t={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[Ke(e)],a=Vh(e);if(a.length===0)return n.join(`
`);let i=a.map(o=>`${o}==${ae[o]}`).join(" ");return[...n,"missing=()",`for tool in ${i}; do`,`  ${Kh(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${t} "\${missing[@]}"; fi`].join(`
`)}function Kh(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[Ke(e)]}function ur(e,n){return["status=0",`${Te(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function Te(e,n){switch(Ke(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function pr(e,n){switch(Ke(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function mr(e,n){switch(Ke(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}function zh(e){switch(e.tools.lint){case"flake8":return Te(e,"flake8");case"pylint":return Te(e,"pylint --recursive=y .");default:return Te(e,"ruff check .")}}function Yh(e){switch(e.tools.format){case"black":return Te(e,"black --check --diff .");case"isort":return Te(e,"isort --check-only --diff .");default:return Te(e,"ruff format --check .")}}var dr={codeqlLanguage:"python",setup:e=>Rs(Ke(e),e.runtimeVersion,e.dir,ae.poetry),install:Fh,lint:zh,format:Yh,typecheck:e=>e.tools.typecheck==="pyright"?mr(e,"pyright"):Te(e,"mypy ."),unitTest:e=>ur(e,'-m "not integration"'),integrationTest:e=>ur(e,"")};var sc={...dr,unitTest:()=>{},integrationTest:e=>e.tools.test==="django"?pr(e,"manage.py test"):ur(e,""),testDir:e=>e.tools.test==="django"?e.migrationsDir:void 0,migrate:e=>pr(e,"manage.py migrate --noinput"),migrationCheck:e=>pr(e,"manage.py makemigrations --check --dry-run")};function lc(e){let n=e.packageManager;if(!Os.includes(n))throw new Error(`${n} is not a Node.js package manager`);return Is(n,e.runtimeVersion,e.dir,{...e.workspaceRoot?{root:e.workspaceRoot}:{},...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}})}var nt=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function Wh(e){switch(nt(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function Y(e,n){return`${nt(e)} run ${n}`}function vn(e,n){switch(nt(e)){case"npm":case"pnpm":case"bun":return`${nt(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function Jh(e,n){return["if [ -f tsconfig.json ]; then",`  ${fe(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function fe(e,n){switch(nt(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var cc="typeorm-ts-node-commonjs",uc="src/data-source.ts";function Xh(e){if(e.migrateScript)return Y(e,e.migrateScript);switch(e.orm){case"prisma":return fe(e,"prisma migrate deploy");case"typeorm":return fe(e,`${cc} migration:run -d ${uc}`);case"none":return}}function Qh(e){switch(e.orm){case"prisma":return fe(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":{let n=e.dataSource??uc,t=/\.[cm]?js$/.test(n)?"typeorm":cc;return fe(e,`${t} migration:generate src/migrations/ci-check -d ${n} --check`)}case"none":return}}function Zh(e,n){return[e,"if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",`  echo "::error::The ${n} changed files (it fixes rather than checks); commit its fixes:"`,"  git diff --stat","  exit 1","fi"].join(`
`)}function eg(e){switch(e.tools.lint){case"script":return Zh(Y(e,"lint"),"lint script");case"eslint":return fe(e,"eslint .");case"biome":return fe(e,"biome lint .");default:return vn(e,"lint")}}function ng(e){switch(e.tools.format){case"prettier":return fe(e,"prettier --check .");case"biome":return fe(e,"biome format .");case"script":return Y(e,"format:check");default:return}}function ii(e,n){switch(e.tools.typecheck){case"script":return Y(e,"typecheck");case"tsc":return fe(e,`tsc ${n}`);default:return Jh(e,n)}}var he={codeqlLanguage:"javascript-typescript",setup:lc,install:Wh,lint:eg,format:ng,typecheck:e=>ii(e,"--noEmit"),unitTest:e=>e.tools.test==="script"?Y(e,"test"):vn(e,"test"),migrate:Xh,migrateBuild:e=>e.migrateScript&&e.buildScript?Y(e,e.buildScript):void 0,migrationCheck:Qh};var pc={...he,integrationTest:e=>vn(e,"test:integration")};var mc={...dr,migrate:e=>mr(e,"alembic upgrade head"),migrationCheck:e=>mr(e,"alembic check")};var dc={...he,integrationTest:e=>vn(e,"test:e2e"),build:e=>Y(e,"build")};var fc={...he,build:e=>Y(e,"build"),bundleDir:e=>e.buildDir===".next"?".next/static":`${e.buildDir}/_next/static`};var hc={...he,build:e=>Y(e,"build")};var gc={...he,typecheck:e=>ii(e,"-b"),build:e=>Y(e,"build"),bundleDir:e=>e.buildDir};var fr={django:{id:"django",role:"backend",language:"python",title:"Django",ci:sc},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:mc},express:{id:"express",role:"backend",language:"node",title:"Express",ci:pc},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:dc},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:fc},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:gc},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:hc}};function tg(e){return Object.fromEntries(Ps.map(n=>[n,e?.[n]??"enforce"]))}var ai=e=>({gates:tg(e.gates),tools:e.tools??{}}),si=e=>({workspaceRoot:e.context??e.dir,...e.pnpmVersion?{pnpmVersion:e.pnpmVersion}:{}}),rg=e=>{let{migrateScript:n,dataSource:t,buildScript:a,kind:i}=e.backend,o=a===!1?void 0:a??(i==="nestjs"?"build":void 0);return{...n?{migrateScript:n}:{},...t?{dataSource:t}:{},...o?{buildScript:o}:{}}};function hr(e){let n=[],t={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:fr[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,migrationsDir:e.backend.migrationsDir,buildDir:e.frontend.outDir,...rg(e),...si(e.backend),...ai(e.backend),...t}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:fr[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",migrationsDir:".",buildDir:e.frontend.outDir,...si(e.frontend),...ai(e.frontend),...t}}),e.library.kind==="node"&&n.push({role:"library",stack:fr["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",migrationsDir:".",buildDir:"dist",...si(e.library),...ai(e.library),...t}}),n}function og(){return V("Baseline drift check",10,[I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},L("check","create-devops-baseline check",`npx --yes create-devops-baseline@${Es} check`)])}function ig(e){let n={};for(let i of hr(e)){let o=oc(i,i.role==="backend"?kn(e):void 0);o&&(n[`${i.role}-checks`]=o);let r=i.role==="backend"?ic(i,e):void 0;r&&(n[`${i.role}-integration`]=r);let l=i.role==="frontend"?ac(i,e.frontend.bundleBudgetKb):void 0;l&&(n[`${i.role}-bundle`]=l)}let t=N(e);for(let i of t)n[`${i.role}-image`]=Ql(i,e);n.drift=og();let a=Object.keys(n);for(let i of t)n[`${i.role}-publish`]=Zl(i,a,e);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var yc={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:ig(e)}],t=N(e)[0];return t&&n.push(tc(t)),n}};import{posix as ag}from"node:path";function bc(e){let n=[],{backend:t,frontend:a}=e;if(t.kind==="django"||t.kind==="fastapi"){let o=t.packageManager,r=o==="uv"?"uv":"pip";n.push({ecosystem:r,renovate:o==="uv"?"pep621":o==="poetry"?"poetry":"pip_requirements",directory:t.dir})}else t.kind!=="none"&&n.push(li(t.packageManager,t.dir));a.kind!=="none"&&n.push(li(a.packageManager,a.dir)),e.library.kind!=="none"&&n.push(li(e.library.packageManager,e.library.dir));for(let o of N(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:ag.dirname(z(o))});e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),kc(e)&&n.push({ecosystem:"docker",renovate:"kubernetes",directory:_c}),n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let i=new Set;return n.filter(o=>{let r=`${o.ecosystem}:${o.directory}`;return i.has(r)?!1:(i.add(r),!0)})}var _c="k8s/base",kc=e=>e.cloud==="kubernetes"&&!e.exclude.includes("kubernetes")&&(e.backend.kind!=="none"||e.frontend.kind!=="none");function li(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}var sg=e=>e==="."?"/":`/${e}`;function lg(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:bc(e).map(t=>({"package-ecosystem":t.ecosystem,directory:sg(t.directory),schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${t.ecosystem}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}))}}}function cg(e){let n=bc(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(t=>t.renovate))],...kc(e)?{kubernetes:{managerFilePatterns:[`/^${_c}/.+\\.yaml$/`]}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var vc={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?cg(e):lg(e)]};var wc={contents:"read","security-events":"write"};function Sc(e,n,t){let a=`trivy-${n}.sarif`,i=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:k("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...i,severity:t.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:a,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:k("github/codeql-action/upload-sarif"),with:{sarif_file:a,category:`trivy-${n}`}}]}function ci(e,n){return V(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[I(),...Sc({kind:e},e,n)],{permissions:{...wc}})}function $c(e,n){let t=`scan-${e.role}:latest`;return V(`Trivy: ${e.role} image`,30,[I(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:z(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:t}},...Sc({kind:"image",ref:t},`image-${e.role}`,n)],{permissions:{...wc}})}function ug(e){return[...new Set([...hr(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function pg(e){return V("CodeQL (${{ matrix.language }})",30,[I(),{id:"codeql-init",name:"Initialize CodeQL",uses:k("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:k("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:ug(e)}}})}var mg={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},Ec=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function dg(e){let n=[...e].sort((t,a)=>Ec.indexOf(t)-Ec.indexOf(a))[0]??"HIGH";return mg[n]}function fg(e){return V("Dependency review",10,[I(),{id:"dependency-review",name:"Review dependency changes",uses:k("actions/dependency-review-action"),with:{"fail-on-severity":dg(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function hg(){return V("Secret scanning (gitleaks)",15,[I({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:k("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function gg(e){let n={"trivy-fs":ci("fs",e),"trivy-config":ci("config",e)};for(let t of N(e))n[`trivy-image-${t.role}`]=$c(t,e);return n.codeql=pg(e),n["dependency-review"]=fg(e),n.gitleaks=hg(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var Oc={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:gg(e)}]};var gr=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function ui(){return["postgres",...gr.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var yr={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var yg=e=>e.database==="postgres"||e.database==="postgis";function pi(e){let n=[],t=(a,i,o,r,l=!1)=>n.push({section:a,name:i,description:o,example:r,secret:l});return yg(e)&&(t("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),t("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),t("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&t("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(t("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),t("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&t("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(t("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),t("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&t("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&t("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function D(e){return`\${${e}:?set ${e} in .env}`}var se="db",ze="redis",Ye="minio",br="pgbouncer";function ke(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var We=e=>e.database==="postgres"||e.database==="postgis";function _r(e){return{image:gn(e),command:ui(),environment:{POSTGRES_USER:D("POSTGRES_USER"),POSTGRES_PASSWORD:D("POSTGRES_PASSWORD"),POSTGRES_DB:D("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:ke(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function kr(){return{image:B("redis:7-alpine"),command:["redis-server","--requirepass",D("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:D("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:ke(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function vr(){return{image:B("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:D("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:D("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:ke(["CMD","mc","ready","local"])}}function Pc(){return{image:B("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:D("POSTGRES_USER"),DB_PASSWORD:D("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[se]:{condition:"service_healthy"}},healthcheck:ke(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function Cc(e,n,t){let a={};for(let i of me(e,n))t.has(i.name)||(a[i.name]=i.required?`\${${i.name}:?set ${i.name} in .env}`:`\${${i.name}:-${bg(i.default??"")}}`);return a}var bg=e=>e.replace(/\$/g,"$$$$").replace(/}/g,"");function wn(e,n){let t={};return We(e)&&(t.DATABASE_URL=`postgresql://${D("POSTGRES_USER")}:${D("POSTGRES_PASSWORD")}@${n}:5432/${D("POSTGRES_DB")}`),e.cache==="redis"&&(t.REDIS_URL=`redis://:${D("REDIS_PASSWORD")}@${ze}:6379/0`),e.objectStorage==="minio"&&(t.S3_ENDPOINT_URL=`http://${Ye}:9000`,t.AWS_ACCESS_KEY_ID=D("MINIO_ROOT_USER"),t.AWS_SECRET_ACCESS_KEY=D("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(t.S3_BUCKET=D("S3_BUCKET")),e.backend.kind==="django"&&(t.DJANGO_SECRET_KEY=D("DJANGO_SECRET_KEY"),t.DJANGO_ALLOWED_HOSTS=D("DJANGO_ALLOWED_HOSTS")),t}function Sn(e,n,t){return{...t,...Cc(e,n,new Set(Object.keys(t)))}}function wr(e,n){let t={};return We(e)&&(t[n]={condition:"service_healthy"}),e.cache==="redis"&&(t[ze]={condition:"service_healthy"}),e.objectStorage==="minio"&&(t[Ye]={condition:"service_healthy"}),t}function $n(e,n){let t=n.strategy.probeRuntime(e),a=ee(t,n.port,n.probe);return t==="busybox"?ke(["CMD",...a]):ke(["CMD",...a],t==="python"?"30s":"20s")}function En(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function On(e){let n=N(e);return{backend:n.find(t=>t.role==="backend"),frontend:n.find(t=>t.role==="frontend")}}function xe(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var Pn="app",Ac=e=>e==="."?".":`./${e}`,Cn=(e,n)=>`127.0.0.1:${e}:${n}`;function mi(e){let n={},t={},{backend:a,frontend:i}=On(e);if(a&&(n.backend={build:{context:Ac(a.context),dockerfile:a.dockerfile},...xe("environment",Sn(e,"backend",wn(e,se))),ports:[Cn(a.port,a.port)],...xe("depends_on",wr(e,se)),healthcheck:$n(e,a),networks:[Pn]}),i){let o=a&&a.port===i.port?i.port+1:i.port;n.frontend={build:{context:Ac(i.context),dockerfile:i.dockerfile},...xe("environment",Sn(e,"frontend",En(e,a))),ports:[Cn(o,i.port)],...a?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:$n(e,i),networks:[Pn]}}return We(e)&&(n[se]={..._r(e),ports:[Cn(5432,5432)],networks:[Pn]},t["db-data"]={}),e.cache==="redis"&&(n[ze]={...kr(),ports:[Cn(6379,6379)],networks:[Pn]},t["redis-data"]={}),e.objectStorage==="minio"&&(n[Ye]={...vr(),ports:[Cn(9e3,9e3),Cn(9001,9001)],networks:[Pn]},t["minio-data"]={}),{name:e.name,services:n,...Object.keys(t).length>0?{volumes:t}:{},networks:{[Pn]:{}}}}function Tc(e){let n=pi(e),t=_g(e,new Set(n.map(o=>o.name)));if(n.length===0&&t.length===0)return;let a=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"],i="";for(let o of n)o.section!==i&&(i=o.section,a.push("",`# --- ${i} ---`)),a.push(`# ${o.description}${o.secret?" (secret)":""}`,`${o.name}=${o.example}`);return a.push(...t),{kind:"text",path:".env.example",component:"compose",comment:"hash",text:`${a.join(`
`)}
`}}function _g(e,n){let t=[];for(let a of["backend","frontend"]){let i=Ge(e,a).filter(r=>!n.has(r.name));if(i.length===0)continue;t.push("",`# --- ${a==="backend"?"Backend":"Frontend"} (${e[a].kind}): variables the app reads ---`);let o=new Set(Object.keys(a==="backend"?wn(e,se):En(e,On(e).backend)));for(let r of i){let l=r.secret?"":r.default??"";o.has(r.name)?t.push(`# ${Vn(r)}; compose sets it from the values above`,`# ${r.name}=`):t.push(`# ${Vn(r)}`,r.required?`${r.name}=${l}`:`# ${r.name}=${l}`)}}return t}var di=[];var Ze="edge",Qe="data",An="proxy",Sr=8080,kg=`http://127.0.0.1:${Sr}/nginx-health`,en=e=>e.cloud==="compose",Je=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),Xe=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}}),xc=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),fi=()=>({read_only:!0,...xc()});function tt(e,n=[]){let t={},a={},{backend:i,frontend:o}=On(e),r=We(e),l={};i&&(t.backend={image:D("BACKEND_IMAGE"),...xe("environment",Sn(e,"backend",wn(e,r?br:se))),...xe("depends_on",wr(e,br)),healthcheck:$n(e,i),networks:[Ze,Qe],...Xe(),...fi(),tmpfs:["/tmp"],deploy:Je("1.0","512M")},l.backend={condition:"service_healthy"}),o&&(t.frontend={image:D("FRONTEND_IMAGE"),...xe("environment",Sn(e,"frontend",En(e,i))),...i?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:$n(e,o),networks:[Ze],...Xe(),...fi(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${tr(o).inService(".next/cache")}`]:["/tmp"],deploy:Je("0.5","256M")},l.frontend={condition:"service_healthy"}),t[An]={image:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),...en(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:l,healthcheck:ke(["CMD","wget","-q","--spider",kg]),networks:[Ze],...Xe(),...fi(),tmpfs:["/tmp"],deploy:Je("0.5","128M")},r&&(t[se]={..._r(e),networks:[Qe],...Xe(),deploy:Je("1.0","1G")},t[br]={...Pc(),networks:[Qe],...Xe(),...xc(),deploy:Je("0.25","64M")},a["db-data"]={}),e.cache==="redis"&&(t[ze]={...kr(),networks:[Qe],...Xe(),deploy:Je("0.5","256M")},a["redis-data"]={}),e.objectStorage==="minio"&&(t[Ye]={...vr(),networks:[Qe],...Xe(),deploy:Je("0.5","512M")},a["minio-data"]={});let s={name:e.name,services:t,...Object.keys(a).length>0?{volumes:a}:{},networks:{[Ze]:{},[Qe]:{internal:!0}}};for(let c of n)s=Rc(s,c);return s}function Rc(e,n){let t=(i,o,r)=>{for(let l of Object.keys(o??{}))if(i&&l in i)throw new Error(`compose: ${r} "${l}" is already defined`);return{...i,...o}},a=t(e.volumes,n.volumes,"volume");return{...e,services:t(e.services,n.services,"service"),...Object.keys(a).length>0?{volumes:a}:{},networks:t(e.networks,n.networks,"network")}}var hi="compose",Ic={name:hi,description:"Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",render:e=>{if(N(e).length===0)return[];let n=di.map(i=>i(e)).filter(i=>i!==void 0),t=[{kind:"yaml",path:"docker-compose.yml",component:hi,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:mi(e)},{kind:"yaml",path:"compose.prod.yml",component:hi,headerComment:en(e)?"Single-host production behind the Cloudflare tunnel: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d. Needs .env. No port is published.":"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.",data:tt(e,n)}],a=Tc(e);return a&&t.push(a),t}};function C(e){let n=[],t=N(e),a=i=>{let o=t.find(r=>r.role===i);if(!o)throw new Error(`no ${i} image build`);return{context:o.context,dockerfile:z(o),port:o.port,probe:o.probe,healthPath:o.probe.path}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...a("backend"),urlVar:"API_URL",migrate:W(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...a("frontend"),urlVar:"WEB_URL",migrate:!1}),n}function W(e){return e.database==="postgres"||e.database==="postgis"}function gi(e,n){let t=C(e);return{options:e,environment:n,services:t,migrator:t.find(a=>a.migrate),hasDatabase:W(e)}}function ve(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager,"run",e.backend.migrateScript??"migrate"];case"none":return[]}}var K=e=>`${e.options.name}-${e.environment}`,w=(...e)=>`${e.join(`
`)}
`,$r=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:w('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function Dc(e){let n=e.deploy.region??"us-east-1",t=`${e.name}-production`,a=e.backend.kind!=="none"?`${t}-api`:`${t}-web`,i=e.deploy.strategy==="rolling"?a:`${a}-blue ${a}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${t} --services ${i} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${t} --region ${n} --since 30m --follow`,events:`aws ecs describe-services --region ${n} --cluster ${t} --services ${i} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${t} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${t} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${a} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${t} --service ${a} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${t} --services ${a}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${a} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${a}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${a}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${a}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${t} --service ${a} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${t} --service ${a} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${t}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var Er=e=>e.options.deploy.strategy!=="rolling";function Or(e,n){let t=`${K(e)}-${n.key}`;return{service:t,blue:`${t}-blue`,green:`${t}-green`,loadBalancer:t}}function vg(e,n){let t=Or(e,n),a=n.key;return[Er(e)?{id:`previous-${a}`,name:`Find the live and idle ${a} services (blue/green)`,env:{LB_NAME:t.loadBalancer,BLUE:t.blue,GREEN:t.green},run:w(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${a}.json"`)}:{id:`previous-${a}`,name:`Record the running ${a} task definition`,env:{SERVICE:t.service},run:w(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${a}.json"`)},{id:`render-${a}`,name:`Put the new ${a} image into the task definition`,uses:k("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${a}.json`,"container-name":a,image:`\${{ env.IMAGE_${a.toUpperCase()} }}`,...Ds(e.options,e.environment,a)}},{id:`register-${a}`,name:`Register the ${a} task definition (no service: deploy comes after migrations)`,uses:k("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${a}.outputs.task-definition }}`}}]}function wg(e,n){return Er(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:Or(e,n).service}var Nc={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:K(e),DB_INSTANCE_ID:K(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:k("aws-actions/amazon-ecr-login")}],prepare:vg,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:w('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:wg(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:w(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:ve(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let t=n.key,a=`\${{ steps.register-${t}.outputs.task-definition-arn }}`;return Er(e)?[{id:`deploy-${t}`,name:`Deploy ${t} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${t}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${t}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,TASK_DEFINITION:a},run:w(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${t}`,name:`Deploy ${t} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:Or(e,n).service,TASK_DEFINITION:a},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:w(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${t}},{TargetGroupArn=$LIVE_TG,Weight=${100-t}}]}" > /dev/null`)}],rollback:(e,n)=>{let t=n.key;return Er(e)?[{name:`Send all ${t} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${t}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${t}.outputs.live_tg }}`},run:w('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${t} is back on the previous version"`)}]:[{name:`Roll ${t} back to the previous task definition`,env:{SERVICE:Or(e,n).service,PREVIOUS:`\${{ steps.previous-${t}.outputs.task_definition }}`},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:Dc,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function Lc(e){let n=`${e.name}-production`,t=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,a=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${t} --resource-group ${n} --tail 200 --follow`,events:`az containerapp logs show --name ${t} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${t} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${t} --resource-group ${n} --image "$(az containerapp revision show --name ${t} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${t} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${t} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${t} --resource-group ${n} --revision "$(az containerapp show --name ${t} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${a} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${t} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var Bc=e=>e.options.deploy.strategy!=="rolling",Pr=(e,n)=>`${K(e)}-${n.key}`,jc=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],Mc={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:K(e),PG_SERVER:`${K(e)}-pg`}),login:jc,registry:()=>[...jc(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:w('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:Pr(e,n)},run:w('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:w('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${K(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let t=n.key,a={APP:Pr(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return Bc(e)?[{id:`deploy-${t}`,name:`Deploy ${t} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...a,PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`},run:w("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:a,run:w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{APP:Pr(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${t}" "$PREVIOUS=${100-t}" --output none`)}],rollback:(e,n)=>{let t=n.key,a={APP:Pr(e,n),PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${t}.outputs.image }}`};return[{name:`Roll ${t} back to the previous revision`,env:a,run:Bc(e)?w('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:Lc,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var nn=["compose.prod.yml","compose.tunnel.yml"],yi=()=>`docker compose ${nn.map(e=>`-f ${e}`).join(" ")}`;function qc(e){let n=yi(),t=`cd /srv/${e.name} && `,a=e.backend.kind!=="none"?"backend":"frontend";return{status:`${t}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${t}${n} logs --since 30m --tail 200 ${a}`,events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${t}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${a}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${a} "$previous"`].join(`
`),scaleOut:`${t}${n} up --detach --no-deps --scale ${a}=2 ${a}`,restartService:`${t}${n} restart ${a}`,storageCheck:`${t}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)"}}var Uc=e=>`/srv/${e.name}`,tn=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},bi=e=>e.options.deploy.strategy==="blue-green",we=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function Sg(e){let n=C(e).map(t=>({key:t.key,port:t.port,healthPath:t.probe.route?t.healthPath:"",...tn(t)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/deploy_remote.sh.hbs",{deployDir:Uc(e),composeFiles:nn,services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:ve(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var Gc={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:Uc(e.options)}),login:()=>[{name:"Load the deploy SSH key into an agent",uses:k("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:w("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:w(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${nn.join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,'scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r cloudflared deploy scripts "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"')}],registry:$r,prepare:(e,n)=>[bi(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:w(`echo "colour=$(${we(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:w(`echo "image=$(${we(`current ${tn(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:w(we('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(we('migrate "$IMAGE"'))}],deploy:(e,n)=>[bi(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(`idle=$(${we(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(we(`deploy ${tn(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:w(we(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>bi(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:w(we(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:w(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,we(`deploy ${tn(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[Sg(e)],runbook:qc,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function Hc(e){let n=e.deploy.region??"us-central1",t=`${e.name}-production`,a=e.backend.kind!=="none"?`${t}-api`:`${t}-web`;return{status:`gcloud run services describe ${a} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${a}" AND severity>=WARNING' --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${a} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${t} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${t} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${a} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${a} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${a} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${a} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${t}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var _i="us-central1",$g=e=>e.options.deploy.strategy!=="rolling",Eg=e=>e.options.deploy.region??_i,Cr=(e,n)=>`${K(e)}-${n.key}`,Vc=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],Fc={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:_i,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:Eg(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:K(e)}),login:Vc,registry:e=>[...Vc(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??_i,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:w('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:Cr(e,n)},run:w(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:w(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${K(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let t=n.key,a={SERVICE:Cr(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath,HEALTHY_BELOW:String(Z(n.probe))};return $g(e)?[{id:`deploy-${t}`,name:`Deploy ${t} without traffic and check the tagged revision`,"timeout-minutes":20,env:a,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} and move all traffic once the revision is ready`,"timeout-minutes":20,env:a,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{SERVICE:Cr(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${t},$PREVIOUS=${100-t}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:Cr(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:Hc,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};function Kc(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function zc(e){let n=`${e.name}-prod`,t=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${t} --since 30m --all-containers --prefix`,events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${yn()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${t}`,`kubectl --namespace ${n} rollout undo deployment/${t}`,`kubectl --namespace ${n} rollout status deployment/${t} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${t} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${t}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var vi=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,Yc=e=>e==="production"?"prod":"dev",ki=(e,n)=>`${e.options.name}-${n.key}`;function Wc(e,n,t,a){let i=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...a?[`  echo "nameSuffix: ${a}"`]:[],`  echo "resources: [${t}]"`,'  echo "images:"'];for(let o of e.services)i.push(`  echo "  - { name: ${o.image}, newName: \${IMAGE_${o.key.toUpperCase()}%:*}, newTag: \${IMAGE_${o.key.toUpperCase()}##*:} }"`);return i.push(`} > ${n}/kustomization.yaml`),i}var Jc=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],Xc={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:vi(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:k("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:w('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:$r,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:ki(e,n)},run:w(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...Wc(e,"k8s/release",`../overlays/${Yc(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:w('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...Jc("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:w(...Wc(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...Jc("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${Yc(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:ki(e,n)},run:w("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:ki(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[Kc(e)],runbook:zc,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};var ne={"aws-ecs":Nc,"gcp-cloud-run":Fc,"azure-container-apps":Mc,kubernetes:Xc,compose:Gc};function Qc(e){let n=ne[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw G(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var wi=e=>e.key==="api"?8081:8082,Zc="deploy/switch/nginx.conf";function eu(e){let n=C(e).map(t=>({key:t.key,switchPort:wi(t)}));return{kind:"text",path:Zc,component:"deploy",comment:"hash",text:T("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function nu(e){let n=tt(e).services,t={},a=C(e);for(let i of a){let{service:o,imageVar:r}=tn(i),l=n[o];if(!l)throw new Error(`compose.prod.yml has no ${o} service`);t[`${o}-green`]={...l,image:`\${${r}_GREEN:-\${${r}}}`}}return t.switch={image:B("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${Zc}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(a.map(i=>[tn(i).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},t}var tu="public, max-age=31536000, immutable",Og="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function ru(e,n){let t=n.some(r=>r.role==="backend"),a=n.some(r=>r.role==="frontend"),i=a?"frontend":"backend",o=[];if(t&&a){o.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."});let r=R(e);r.route&&r.path!=="/"&&!r.path.startsWith("/api/")&&o.push({match:`= ${r.path}`,upstream:"backend",why:"The API's health route."}),e.backend.kind==="django"&&o.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})}return t&&e.backend.kind==="django"&&o.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&o.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:tu,expires:"1y"}),e.frontend.kind==="react-vite"&&o.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:tu,expires:"1y"}),o.push({match:`~* \\.(?:${Og})$`,upstream:i,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),o.push({match:"/",upstream:i,why:a?"Everything else is the frontend.":"Everything else is the backend."}),o}var Pg=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],Cg="deploy/nginx/nginx.conf";function Ag(e){let n=en(e)&&e.deploy.strategy==="blue-green";return N(e).map(t=>n?{name:t.role,host:"switch",port:wi({key:t.role==="backend"?"api":"web"})}:{name:t.role,host:t.role,port:t.port})}function Tg(e){let n=N(e),t=en(e),a=n.length===2,i=t&&a&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,o=ru(e,n).map(r=>i&&r.upstream==="frontend"?{...r,upstream:"$site"}:r);return T("proxy/nginx.conf.hbs",{upstreams:Ag(e),locations:o,tunnel:t,apiHost:i,securityHeaders:Pg,rateLimit:20,rateBurst:40})}var ou={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>N(e).length===0?[]:[{kind:"text",path:Cg,component:"proxy",comment:"hash",text:Tg(e)}]};var iu="deploy/pgbouncer/pgbouncer.ini",Si="database-guidance",au=e=>e.database==="postgres"||e.database==="postgis";function xg(e){return{kind:"text",path:"docs/database.md",component:Si,comment:"html",text:T("docs/database.md.hbs",{postgres:au(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:gr.map(([n,t,a])=>({name:n,value:t,why:a})),pool:yr,pgbouncerIni:iu}).replace(/\n+$/,`
`)}}var su={name:Si,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[xg(e)];return au(e)&&N(e).length>0&&n.push({kind:"text",path:iu,component:Si,comment:"hash",text:T("database/pgbouncer.ini.hbs",{pool:yr})}),n}};var Ar=(e,n)=>`${e.name.replace(/[^a-z0-9]/g,"").slice(0,12)}-${n==="production"?"prod":"stag"}-kv`;function rt(e,n){let t=`${e.name}-${n}`,a=e.deploy.region??ne[e.cloud].defaultRegion??"",i=e.backend.kind!=="none"?"api":"web";switch(e.cloud){case"aws-ecs":return{plainLives:"the task definition's `environment` (infra/modules/environment/app-config.tf)",secretLives:`AWS Secrets Manager, \`${t}/NAME\`, injected through the task definition's \`secrets\``,setSecret:`aws secretsmanager put-secret-value --region ${a} --secret-id ${t}/NAME --secret-string "$VALUE"`,reload:`aws ecs update-service --region ${a} --cluster ${t} --service ${t}-${i} --force-new-deployment`,newSecret:`A secret variable added after the first deploy: \`terraform apply\` creates its secret, but deploy.yml derives each task definition revision from the running one (plain values are re-applied on every deploy; secret references are not), so let Terraform write a fresh revision once: \`terraform apply -replace='module.${n}.aws_ecs_task_definition.${i}'\`, then deploy.`};case"gcp-cloud-run":return{plainLives:"the Cloud Run service's `env` (infra/app-config.tf)",secretLives:`Secret Manager, \`${t}-NAME\`, referenced at version \`latest\``,setSecret:`printf '%s' "$VALUE" | gcloud secrets versions add ${t}-NAME --data-file=-`,reload:`gcloud run services update ${t}-${i} --region ${a} --update-labels config-reload="$(date +%s)"`};case"azure-container-apps":return{plainLives:"the container app's `env` (infra/app-config.tf)",secretLives:`Key Vault \`${Ar(e,n)}\`, the name in lowercase with dashes (\`name\`), through \`secretref\``,setSecret:`az keyvault secret set --vault-name ${Ar(e,n)} --name name --value "$VALUE" --output none`,reload:`az containerapp update --name ${t}-${i} --resource-group ${t} --revision-suffix "cfg$(date +%s)"`};case"kubernetes":{let o=`${e.name}-${n==="production"?"prod":"dev"}`;return{plainLives:`the ConfigMap \`${e.name}-config\` (k8s/base, values per overlay in k8s/overlays/*/app-config.yaml)`,secretLives:`the cluster's secret store, entry \`${e.name}/app\`, property \`NAME\`, synced by the ExternalSecret \`${e.name}-secrets\``,setSecret:`# set property NAME of ${e.name}/app in the store behind the ClusterSecretStore "default", then:
kubectl annotate externalsecret ${e.name}-secrets --namespace ${o} force-sync="$(date +%s)" --overwrite`,reload:`kubectl rollout restart deployment/${e.name}-${i} --namespace ${o}`}}case"compose":return{plainLives:`\`/srv/${e.name}/.env\` on the server (mode 0600), read by compose.prod.yml`,secretLives:`\`/srv/${e.name}/.env\` on the server (mode 0600, never in git), interpolated by compose.prod.yml`,setSecret:`ssh "$DEPLOY_USER@$DEPLOY_HOST" "sed -i '/^NAME=/d' /srv/${e.name}/.env" && printf 'NAME=%s\\n' "$VALUE" | ssh "$DEPLOY_USER@$DEPLOY_HOST" "cat >> /srv/${e.name}/.env"`,reload:`ssh "$DEPLOY_USER@$DEPLOY_HOST" "cd /srv/${e.name} && docker compose -f compose.prod.yml up -d"`}}}function Rg(e){let n=K(e);switch(e.options.cloud){case"aws-ecs":return{env:{SECRET_PREFIX:n},lines:[`secret_is_set() { [ "$(aws secretsmanager list-secret-version-ids --secret-id "$SECRET_PREFIX/$1" --query 'length(Versions)' --output text 2>/dev/null || echo 0)" -gt 0 ]; }`]};case"gcp-cloud-run":return{env:{SECRET_PREFIX:n},lines:[`secret_is_set() { [ -n "$(gcloud secrets versions list "$SECRET_PREFIX-$1" --filter=state:ENABLED --limit=1 --format='value(name)' 2>/dev/null)" ]; }`]};case"azure-container-apps":return{env:{KEY_VAULT:Ar(e.options,e.environment)},lines:["secret_is_set() {","  local name",`  name=$(printf '%s' "$1" | tr '[:upper:]_' '[:lower:]-')`,`  [ "$(az keyvault secret list-versions --vault-name "$KEY_VAULT" --name "$name" --query 'length([?attributes.enabled])' --output tsv 2>/dev/null || echo 0)" -gt 0 ]`,"}"]};case"kubernetes":return{env:{SYNC_TARGET:`${e.options.name}-secrets`},lines:['secret_is_set() { [ -n "$(kubectl get secret "$SYNC_TARGET" --namespace "$NAMESPACE" --output "jsonpath={.data.$1}" 2>/dev/null)" ]; }']};case"compose":return{env:{},lines:["secret_is_set() {","  # shellcheck disable=SC2029 # DEPLOY_DIR and the name expand here on purpose.",`  ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" "grep -Eq '^$1=.+' '$DEPLOY_DIR/.env'"`,"}"]}}}function $i(e){let n=e.services.flatMap(a=>me(e.options,Oe(a.key))),t=[...new Map(n.map(a=>[a.name,a])).values()];return e.options.cloud==="compose"?{plain:[],secrets:t.filter(a=>a.required)}:{plain:t.filter(a=>!a.secret&&a.required),secrets:t.filter(a=>a.secret)}}function lu(e){let{plain:n,secrets:t}=$i(e);if(n.length===0&&t.length===0)return;let a=Rg(e),i={...a.env,DEPLOY_ENVIRONMENT:e.environment};for(let o of n)i[o.name]=re(e.options,e.environment,o);return n.length>0&&(i.REQUIRED_PLAIN=n.map(o=>o.name).join(" ")),t.length>0&&(i.REQUIRED_SECRETS=t.map(o=>o.name).join(" ")),{id:"startup-guard",name:"Startup guard: every required variable has a value in this environment",env:i,run:w(...a.lines,'missing=""',"for name in ${REQUIRED_PLAIN:-}; do",'  if [ -z "${!name:-}" ]; then missing="$missing $name"; fi',"done","for name in ${REQUIRED_SECRETS:-}; do",'  if ! secret_is_set "$name"; then missing="$missing $name"; fi',"done",'if [ -n "$missing" ]; then','  echo "::error::Empty in $DEPLOY_ENVIRONMENT:$missing. Nothing was deployed; set them (docs/configuration.md) and re-run."',"  exit 1","fi",'echo "All required configuration is set in $DEPLOY_ENVIRONMENT."')}}var cu=e=>`\${{ vars.${e} }}`;function Tr(e,n,t){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${t})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,HEALTHY_BELOW:String(Z(e.probe)),DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function Ig(e,n,t){let a=[...e.deploy(n,t)];switch(n.options.deploy.strategy){case"rolling":a.push(Tr(t,"rollout","rolled out"));break;case"canary":a.push(...e.shift(n,t,10),Tr(t,"canary","canary at 10%"),...e.shift(n,t,100),Tr(t,"full","all traffic"));break;case"blue-green":a.push(...e.shift(n,t,100),Tr(t,"switched","switched"));break}return a}var Dg=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function Ei(e,n,t){let a=gi(e,t),i=[I(),...n.login(a)],o=lu(a);o&&i.push(o);for(let c of a.services)i.push(...n.prepare(a,c));a.hasDatabase&&i.push(...n.snapshot(a)),a.migrator&&i.push(...n.migrate(a,a.migrator));for(let c of a.services)i.push(...Ig(n,a,c));for(let c of a.services)i.push(...n.rollback(a,c).map((u,p)=>({...u,id:`rollback-${c.key}${p===0?"":`-${p}`}`,if:`\${{ failure() && (${Dg(`deploy-${c.key}`)}) }}`})));let r={};for(let c of a.services)r[`IMAGE_${c.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${c.image}:\${{ github.sha }}`;let l={contents:"read",...n.deployPermissions},s=a.services.some(c=>c.key==="web")?cu("WEB_URL"):cu("API_URL");return{name:`Deploy to ${t}`,"runs-on":"ubuntu-latest",needs:t==="production"?["build","deploy-staging"]:["build"],environment:{name:t,url:s},permissions:l,concurrency:{group:`deploy-${t}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(a),...r},steps:i}}function Ng(e,n){let t=[I(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")}];for(let a of C(e))t.push({id:`build-${a.key}`,name:`Build and push ${a.image}`,uses:k("docker/build-push-action"),with:{context:a.context,file:a.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${a.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${a.image}`,"cache-to":`type=gha,mode=max,scope=${a.image}`,...Xn(e,Oe(a.key))}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:t}}function Lg(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:k("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function Bg(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function Oi(e,n){let t={build:Ng(e,n),"deploy-staging":Ei(e,n,"staging"),"deploy-production":Ei(e,n,"production"),release:Lg()};return e.notifications.slack&&(t.notify=Bg()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:t}}var jg=B("cloudflare/cloudflared:2026.3.0");function uu(e){let n=e.deploy.strategy==="blue-green";return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: docker compose ${nn.map(t=>`-f ${t}`).join(" ")} up -d`,data:{services:{cloudflared:{image:jg,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[An]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[Ze],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...n?{...nu(e),[An]:{depends_on:{switch:{condition:"service_healthy"}}}}:{}}}}}function pu(e){let n=`http://${An}:${Sr}`,t=e.deploy.domain,a=C(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:t?[...a?[{hostname:`api.${t}`,service:n}]:[],{hostname:t,service:n},{service:"http_status:404"}]:[{service:n}]}}}function Mg(e){if(C(e).length===0)return[];let n=Qc(e),t=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(Oi(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:T("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:R(e).path})},...n.files?.(e)??[]];return e.cloud==="compose"&&(t.push(uu(e),pu(e)),e.deploy.strategy==="blue-green"&&t.push(eu(e))),t}var mu={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose tunnel.",render:Mg};var qg={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},le=e=>e.backup.bucket??`${e.name}-backups`;function Ug(e,n){return{name:e.name,targetTitle:qg[n],retention:e.backup.retention,bucket:le(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function du(e,n){let t=Ug(e,n);return["backup_db.sh","restore_db.sh"].map(a=>({kind:"text",path:`scripts/${a}`,component:"backup",comment:"hash",executable:!0,text:T(`scripts/${a}.hbs`,t).replace(/\n{3,}/g,`

`)}))}function Gg(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function Hg(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var fu={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},ot={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},Vg=["pg_dump","pg_restore","psql","createdb","dropdb"],Fg=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function Pi(){let e=Fg.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:yn()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${Vg.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var hu=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:Gg(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function gu(e,n){let t=Hg(e,n),a=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},i={};return n==="local"?i.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:a,"timeout-minutes":60,env:{...fu,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[I(),Pi(),{id:"backup",name:"Back up the database",env:ot,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:ot,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...hu(e).map(o=>({...o,env:{...o.env,...ot}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:ot,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(i.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:a,"timeout-minutes":60,env:{...fu,...t.env},steps:[I(),...t.steps,Pi(),{id:"backup",name:"Back up the database",env:ot,run:`bash scripts/backup_db.sh
`}]},i.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:a,"timeout-minutes":60,services:{scratch:{image:gn(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...t.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[I(),...t.steps,Pi(),...hu(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:i}}function Kg(e){let n=e.backup.target;return n==="none"||!W(e)?[]:[...du(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(gu(e,n)))}]}var yu={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:Kg};var bu={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function _u(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${bu[n]}.md`}function Ci(e){let[n,t,a,,i]=e.split(/\s+/),o=r=>r*3600;return i!=="*"?o(170):a!=="*"?o(746):t==="*"||t?.includes("/")||t?.includes(",")?o(n==="*"?1:2):o(26)}function it(e){let n=Ci(e.backup.schedule),t=(i,o,r,l,s,c)=>({alert:i,expr:o,for:r,labels:{severity:l},annotations:{summary:s,description:c,runbook_url:_u(e,i)}}),a=[];return e.backend.kind!=="none"&&a.push(t("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),t("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),a.push(t("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),t("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),t("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&a.push(t("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),t("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),a}function zg(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let t='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${t}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${t}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let t=Math.ceil(Ci(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${t+1}`}],at:t,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var Yg=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function Wg(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,a)=>n[a]??"")}function ku(e,n=it(e)){let t=n.map(a=>{let i=zg(e,a.alert);return{interval:"1m",input_series:i.series,alert_rule_test:[{eval_time:`${i.at}m`,alertname:a.alert,exp_alerts:[{exp_labels:{...i.labels,severity:a.labels.severity},exp_annotations:{summary:Wg(a.annotations.summary,i.labels),description:a.annotations.description,runbook_url:a.annotations.runbook_url}}]}]}});return t.push({interval:"1m",input_series:Yg,alert_rule_test:n.map(a=>({eval_time:"35m",alertname:a.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:t}}var Ai="/etc/alertmanager/secrets";function Jg(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",t=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${Ai}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:t}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${Ai}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:t}]};case"none":return{name:"oncall"}}}function vu(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${Ai}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[Jg(e)]}}function Xg(e){let n=C(e).find(a=>a.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]}];let t=[];return n&&t.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),t.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&t.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),t}function Qg(e){if(C(e).length===0)return[];let n=it(e),t=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml"],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:Xg(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:ku(e,n)}];return e.alerting!=="none"&&t.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:vu(e)}),t}var wu={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:Qg};function Su(e,n){if(e.variables.length===0)return;let t=ne[e.cloud].runbook(e),a=rt(e,"production");return{slug:"missing-configuration",title:"The app fails to start: missing configuration",purpose:"A deploy stops at its startup guard, or new containers exit during boot, because a variable the app reads is empty or missing in the environment. docs/configuration.md lists every variable and where its value lives.",alerts:["deploy.yml startup-guard","TargetDown"],severity:"critical when production is down; otherwise a blocked deploy (warning)",confirm:['The deploy run failed at the step "Startup guard" with `Empty in <environment>: NAME …`: nothing was deployed, the previous version still serves.',"Or the app's logs end with KeyError / ImproperlyConfigured / ValidationError / `Missing environment variable` naming a variable.",`Plain values live in ${a.plainLives}; secrets in ${a.secretLives}. Compare with the table in docs/configuration.md.`],diagnose:[{label:"The app's last log lines (look for the variable named in the error)",command:t.logs},{label:"Recent service events (containers that exit at start)",command:t.events}],mitigate:[{label:"A secret: set it (read the value into VALUE without echoing, e.g. `read -rs VALUE`; replace NAME)",command:a.setSecret},{label:"A plain value: set it under `environments.<staging|production>` in the devops-baseline config, run `npx create-devops-baseline synth`, apply infra/ (terraform apply) and commit."},{label:"Then re-run the failed deploy job, or reload the running app",command:a.reload},{label:"A variable the app no longer reads, or one that is optional after all: correct it under `variables` in the config (required: false, or remove it) and re-run synth."}],escalate:[...n],verify:["The re-run deploy passes the startup guard and its health polls.","The app's logs show a clean start, with no configuration error."],related:["rollback","incident-response"]}}function $u(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`${e.notifications.email} (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function Eu(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${le(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${le(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${le(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${le(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function Zg(e){let n=e.backup,t=`${le(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${t}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${t}`;case"gcs":return`gcloud storage ls gs://${t}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${le(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function Ou(e){let t=ne[e.cloud].runbook(e),a=W(e),i={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],o=(u=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${$u(e)}.`,...u,`Platform fault suspected: ${i}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],l=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+R(e).path}" && echo healthy\` (API_URL: the production environment's variable)`,s=[];a&&s.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${R(e).path} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${l}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:t.status},{label:"Application logs (look for connection errors)",command:t.logs},{label:"Database state",command:t.databaseStatus},{label:"Recent platform events",command:t.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:t.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:t.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:o(),verify:[l,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&s.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${Eu(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:t.storageCheck},{label:"Application logs",command:t.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:o(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),s.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[l,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:t.status},{label:"Errors in the logs",command:t.logs},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:t.events},...a?[{label:"Database health (a slow database shows as latency first)",command:t.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:t.rollback},{label:"Traffic surge: scale out",command:t.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:o(),verify:["HighErrorRate and HighLatencyP95 resolve.",l],related:["rollback","ddos-mitigation","incident-response"]}),s.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${t.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:t.status}],mitigate:[{label:"Block the offending sources at the edge",command:t.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:t.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:o(),verify:["CPU back under 70% and HighCpu resolved.",l,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),s.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${R(e).path} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:t.status},{label:"Logs of the new version",command:t.logs}],mitigate:[{label:"Put the previous version back",command:t.rollback},...a?[{label:"Migrations are not rolled back automatically. If the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since.",command:t.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:o(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[l,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),a&&s.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${Eu(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule "${e.backup.schedule}" and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:Zg(e)}]:[],{label:"State of the database to restore into",command:t.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:t.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:o(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[l,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]});let c=Su(e,o());return c&&s.push(c),s.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${$u(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:t.status},{label:"Logs",command:t.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:o(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:s.map(u=>u.slug)}),s}function ey(e){if(C(e).length===0)return[];let n=ne[e.cloud].title,t=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`${e.notifications.email}`:"PagerDuty";return Ou(e).map(a=>({kind:"text",path:`docs/runbooks/${a.slug}.md`,component:"runbooks",comment:"html",text:T("runbooks/runbook.md.hbs",{...a,name:e.name,cloudTitle:n,alertDestination:t,alertSource:"monitoring/alerts.yml"})}))}var Pu={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:ey};var Ti=e=>[...me(e,"backend"),...me(e,"frontend")];function Cu(e){return Object.fromEntries(Ti(e).filter(n=>!n.secret&&(n.required||n.default!==void 0)).map(n=>[n.name,n.default??""]))}function Au(e,n){let t=Ti(e).filter(a=>!a.secret&&e.environments[n][a.name]!==void 0);if(t.length!==0)return{apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`},data:Object.fromEntries(t.map(a=>[a.name,re(e,n,a)]))}}function xi(e){return[...new Set(Ti(e).filter(t=>t.secret).map(t=>t.name))].map(t=>({secretKey:t,remoteRef:{key:`${e.name}/app`,property:t}}))}var H=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name}),Ri=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),Ii=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),Di=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),Tu=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function xu(e,n){let t=n.probe.route?{httpGet:{path:n.probe.path,port:"http",httpHeaders:Object.entries(Al).map(([i,o])=>({name:i,value:o}))}}:{tcpSocket:{port:"http"}},a=(i,o)=>({...t,periodSeconds:i,timeoutSeconds:3,failureThreshold:o});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:Ri(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:H(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:Ii(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:Tu(e),readinessProbe:a(5,3),livenessProbe:{...a(15,4),initialDelaySeconds:20},startupProbe:a(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:Di(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var Ru=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{type:"ClusterIP",selector:Ri(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),Iu=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),Du=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:H(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:Ri(e,n.key)}}}),Nu=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:H(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:H(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Ii(10001),containers:[{name:"migrate",image:n.image,command:ve(e),envFrom:Tu(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Di(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function Lu(e){if(!W(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:H(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:H(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:H(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:H(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:Ii(70),containers:[{name:"pg-dump",image:yn(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:Di(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var Bu=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:H(e,"config")},data:{...Cu(e),APP_NAME:e.name,HEALTH_PATH:R(e).path,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),ju=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:H(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},...xi(e).length>0?{data:xi(e)}:{},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function Mu(e,n){let t=l=>({service:{name:`${e.name}-${l.key}`,port:{name:"http"}}}),a=n.find(l=>l.key==="api"),i=n.find(l=>l.key==="web"),o=e.deploy.domain,r=[];if(o)a&&r.push({host:i?`api.${o}`:o,http:{paths:[{path:"/",pathType:"Prefix",backend:t(a)}]}}),i&&r.push({host:o,http:{paths:[{path:"/",pathType:"Prefix",backend:t(i)}]}});else{let l=[];if(a&&i){l.push({path:"/api",pathType:"Prefix",backend:t(a)});let s=R(e);s.route&&!s.path.startsWith("/api/")&&l.push({path:s.path,pathType:"Exact",backend:t(a)})}l.push({path:"/",pathType:"Prefix",backend:t(i??a)}),r.push({http:{paths:l}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:H(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...o?{tls:[{hosts:r.map(l=>l.host),secretName:`${e.name}-tls`}]}:{},rules:r}}}function qu(e,n){let t={"app.kubernetes.io/part-of":e.name},a=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:H(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:H(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let i of n){let o=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];i.key==="api"&&o.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),i.key==="api"&&o.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),a.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${i.key}-ingress`,labels:H(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":i.key,...t}},policyTypes:["Ingress"],ingress:[{from:o,ports:[{protocol:"TCP",port:i.port}]}]}})}return a}var Uu=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var xr=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,rn=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function ny(e){let n=C(e);return[Bu(e),ju(e),...n.flatMap(t=>[xu(e,t),Ru(e,t),Iu(e,t),Du(e,t)]),Mu(e,n),...qu(e,n),...Lu(e)]}function ty(e){if(e.cloud!=="kubernetes")return[];let n=C(e);if(n.length===0)return[];let t=ny(e),a=t.map(o=>rn(`k8s/base/${xr(o)}`,o));a.push(rn("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:t.map(xr)}));let i=n.find(o=>o.key==="api");if(i&&i.migrate){let o=Nu(e,i);a.push(rn(`k8s/migrate/${xr(o)}`,o),rn("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[xr(o)]}))}for(let[o,r]of[["dev","staging"],["prod","production"]]){let l=vi(e.name,r),s=Au(e,r);s&&a.push(rn(`k8s/overlays/${o}/app-config.yaml`,s)),a.push(rn(`k8s/overlays/${o}/namespace.yaml`,Uu(l)),rn(`k8s/overlays/${o}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:l,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":l},includeSelectors:!1}],...s?{patches:[{path:"app-config.yaml"}]}:{}}))}return a}var Gu={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",render:ty};function ry(e){let n=C(e).map(a=>({id:`probe-${a.key}`,name:`Probe ${a.key} ${a.healthPath}`,env:{URL:`\${{ vars.${a.urlVar} }}${a.healthPath}`,HEALTHY_BELOW:String(Z(a.probe))},run:["for attempt in 1 2 3 4; do",`  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' "$URL") || status=000`,'  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi','  echo "attempt $attempt: $URL answered $status"','  if [ "$attempt" -lt 4 ]; then sleep 10; fi',"done",'echo "::error::$URL is down"',"exit 1",""].join(`
`)})),t={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}};return(e.notifications.slack||e.alerting==="slack")&&(t.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:["probe"],if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:t}}var Hu={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert.",render:e=>C(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(ry(e)))}]};var Tn=e=>JSON.stringify(e).replace(/\$\{/g,"$${").replace(/%\{/g,"%%{");function Rr(e,n){let t=Math.max(0,...e.map(([a])=>a.length));return e.map(([a,i])=>`${n}${a.padEnd(t)} = ${i}`)}function oy(e,n,t){let a=[],i=e.filter(o=>n(o).length===0);for(let o of e){let r=n(o);r.length!==0&&a.push(`${t}${o} = {`,...Rr(r,`${t}  `),`${t}}`)}return a.push(...Rr(i.map(o=>[o,"{}"]),t)),a}function Vu(e){let n=C(e).map(l=>l.key),t=l=>me(e,Oe(l)),a=[...new Set(n.flatMap(l=>t(l).filter(s=>s.secret).map(s=>s.name)))].sort(),i=l=>oy(n,s=>Hn(e,l,t(s)).map(c=>[Tn(c.name),Tn(re(e,l,c))]),"      "),o=Rr(n.map(l=>[l,`[${t(l).filter(s=>s.secret).map(s=>Tn(s.name)).join(", ")}]`]),"    "),r=n.flatMap(l=>mn(e,Oe(l)));return{appBuildVariables:r.length>0,appBuildValues:Rr(r.map(l=>[Tn(l.name),Tn(re(e,"production",l))]),"    ").join(`
`),appSecrets:a.length>0,appSecretNames:`[${a.map(Tn).join(", ")}]`,appSecretsByService:o.join(`
`),appPlainStaging:i("staging").join(`
`),appPlainProduction:i("production").join(`
`)}}var iy={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"],["aws-ecs/module-app-config.tf.hbs","infra/modules/environment/app-config.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"],["gcp-cloud-run/app-config.tf.hbs","infra/app-config.tf"],["gcp-cloud-run/logging.tf.hbs","infra/logging.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"],["azure-container-apps/app-config.tf.hbs","infra/app-config.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},ay=e=>({name:e.name,region:e.deploy.region??ne[e.cloud].defaultRegion??"",services:C(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:W(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:nr,migrateCommand:`[${ve(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:le(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&W(e),gcsBackups:e.backup.target==="gcs"&&W(e),azureBackups:e.backup.target==="azure-blob"&&W(e),domain:e.deploy.domain??"",compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12),...Vu(e)});function sy(e){if(C(e).length===0)return[];let n=ay(e);return[...iy[e.cloud],["common/github.tf.hbs","infra/github.tf"],...n.appBuildVariables?[["common/github-app-config.tf.hbs","infra/github-app-config.tf"]]:[]].map(([a,i])=>({kind:"text",path:i,component:"infrastructure",comment:"hash",text:T(`terraform/${a}`,n).replace(/\n{3,}/g,`

`)}))}var Fu={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:sy};var ly=".github/workflows/baseline-resync.yml";function cy(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:k("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},I(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var Ku={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:ly,component:"resync-workflow",data:cy(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var uy={"aws-ecs":"ECS ships them with the `awslogs` driver to CloudWatch Logs (`/ecs/<name>-<environment>`, kept 30 days).","gcp-cloud-run":"Cloud Run sends them to Cloud Logging; a sink routes the services' logs to the `<name>-logs` bucket, kept 90 days (infra/logging.tf).","azure-container-apps":"Container Apps sends them to the environment's Log Analytics workspace (`ContainerAppConsoleLogs_CL`, kept 30 days).",kubernetes:"The cluster's log agent (Promtail to Loki, or Vector) collects container stdout; retention is the cluster's.",compose:"Docker keeps them in json-file logs (10 MB × 3 per container, compose.prod.yml); ship them with Promtail or Vector for longer."};function Ni(e,n,t){if(t.secret)return"secret store";if(!(Hn(e,n,[t]).length>0))return"unset";let i=re(e,n,t);return i===""?"**missing**":`\`${i.replace(/\|/g,"\\|")}\``}function zu(e){let n=C(e),t=[...Ge(e,"backend"),...Ge(e,"frontend")];if(n.length===0||t.length===0)return;let a=ne[e.cloud],i=a.settings(e),o=rt(e,"staging"),r=rt(e,"production"),l={options:e,environment:"production",services:n,hasDatabase:!1},s=t.map(c=>({name:c.name,service:c.service,need:c.required?"yes":c.default!==void 0?`no (default \`${c.default}\`)`:"no",secret:c.secret?"yes":"no",stage:c.stage==="build"?"build":"run",staging:c.stage==="build"?Ni(e,"production",c):Ni(e,"staging",c),production:Ni(e,"production",c),readAt:c.readAt.map(u=>`\`${u}\``).join(", ")||Vn(c)}));return{kind:"text",path:"docs/configuration.md",component:"configuration",comment:"html",text:T("docs/configuration.md.hbs",{cloudTitle:a.title,rows:s,staging:o,production:r,stagingPrefix:`${e.name}-staging`,productionPrefix:`${e.name}-production`,buildVariables:[...new Set(t.filter(c=>c.stage==="build").map(c=>c.name))],githubVars:i.vars,githubSecrets:i.secrets,checksAllSecrets:e.cloud!=="compose"&&$i(l).secrets.some(c=>!c.required),logShipping:uy[e.cloud],logQuery:a.runbook(e).logs,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:["express","nestjs"].includes(e.backend.kind)||e.frontend.kind==="nextjs"})}}var Yu={name:"configuration",description:"docs/configuration.md: every variable the apps read × environment, where each value lives, secret rotation, the deploy's startup guard, JSON logs.",render:e=>{let n=zu(e);return n?[n]:[]}};var Li=[yc,Oc,vc,Vl,Ic,ou,su,mu,yu,wu,Pu,Gu,Hu,Fu,Ku,Yu];function u2(e){let n=e.exclude.filter(t=>!Li.some(a=>a.name===t));if(n.length>0)throw G(`exclude: ${n.map(t=>JSON.stringify(t)).join(", ")} is not a component. Allowed: ${Li.map(t=>t.name).join(", ")}`);return Li.filter(t=>!e.exclude.includes(t.name)).flatMap(t=>t.render(e))}var Wu="create-devops-baseline",Ir=`Owned by ${Wu}. Do not edit by hand: change devops-baseline config and run "npx ${Wu} synth".`,py=/^(#!|# ?(syntax|escape|check)=)/i;function Bi(e){switch(e){case"hash":return`# ${Ir}`;case"html":return`<!-- ${Ir} -->`;case"slash":return`// ${Ir}`;case"none":return}}function Ju(e,n){let t=Bi(n);if(!t)return e;let a=e.split(`
`),i=0;for(;i<a.length&&py.test(a[i]);)i++;return a.splice(i,0,...n==="html"&&a[i]!==""?[t,""]:[t]),a.join(`
`)}function m2(e){return e.includes(Ir)}function Qu(e){let n=e.split(`
`),t=[],a;for(let i=0;i<n.length;i++){let o=n[i],r=/^\s*(```|~~~)/.exec(o);if(r&&(a=a===void 0?r[1]:o.trim().startsWith(a)?void 0:a),a===void 0&&Xu(o)&&i+1<n.length&&my(n[i+1])){let l=i+2;for(;l<n.length&&Xu(n[l]);)l++;t.push(...dy(n.slice(i,l))),i=l-1;continue}t.push(o)}return t.join(`
`)}var Xu=e=>/^\s*\|.*\|\s*$/.test(e),my=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function ji(e){let n=e.trim().slice(1,-1),t=[],a="",i=!1;for(let o=0;o<n.length;o++){let r=n[o];r==="\\"&&n[o+1]==="|"?(a+="\\|",o++):r==="`"?(i=!i,a+=r):r==="|"&&!i?(t.push(a.trim()),a=""):a+=r}return t.push(a.trim()),t}function dy(e){let n=ji(e[0]),t=ji(e[1]).map(c=>c.startsWith(":")&&c.endsWith(":")?"center":c.endsWith(":")?"right":c.startsWith(":")?"left":"none"),a=e.slice(2).map(ji),i=Math.max(n.length,t.length,...a.map(c=>c.length)),o=Array.from({length:i},(c,u)=>Math.max(3,...[n,...a].map(p=>[...p[u]??""].length))),r=(c,u)=>{let p=o[u]-[...c].length;switch(t[u]??"none"){case"right":return" ".repeat(p)+c;case"center":return" ".repeat(Math.floor(p/2))+c+" ".repeat(Math.ceil(p/2));default:return c+" ".repeat(p)}},l=c=>`| ${c.map((u,p)=>r(u,p)).join(" | ")} |`,s=o.map((c,u)=>{switch(t[u]??"none"){case"left":return`:${"-".repeat(c-1)}`;case"right":return`${"-".repeat(c-1)}:`;case"center":return`:${"-".repeat(c-2)}:`;default:return"-".repeat(c)}});return[l(n),`| ${s.join(" | ")} |`,...a.map(l)]}function Zu(e){return`${Mi(e,"",0,0)}
`}function Mi(e,n,t,a){return Array.isArray(e)?hy(e,n,t,a):e!==null&&typeof e=="object"?fy(e,n):JSON.stringify(e)??"null"}function fy(e,n){let t=Object.entries(e).filter(([,o])=>o!==void 0);if(t.length===0)return"{}";let a=`${n}  `;return`{
${t.map(([o,r],l)=>{let s=`${a}${JSON.stringify(o)}: `,c=l<t.length-1?",":"";return s+Mi(r,a,s.length,c.length)+c}).join(`
`)}
${n}}`}function hy(e,n,t,a){if(e.length===0)return"[]";let i=ep(e);if(i!==void 0&&t+i.length+a<=80)return i;let o=`${n}  `;return`[
${e.map((l,s)=>{let c=s<e.length-1?",":"";return o+Mi(l,o,o.length,c.length)+c}).join(`
`)}
${n}]`}function gy(e){return Array.isArray(e)?e.length===0?"[]":ep(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function ep(e){if(e.length>1&&e.every(a=>Array.isArray(a)&&a.length>1))return;let t=e.map(gy);return t.every(a=>a!==void 0)?`[${t.join(", ")}]`:void 0}function Ui(e,n,t){let a=structuredClone(e);for(let[i,o]of Object.entries(n.set??{}))a=rp(a,np(i),o,`${t}: overrides set "${i}"`);for(let i of n.delete??[])a=qi(a,np(i),`${t}: overrides delete "${i}"`);return a}function np(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function tp(e,n,t){if(Array.isArray(e)){let a=e.findIndex(i=>i&&typeof i=="object"&&(i.id===n||i.name===n));return a>=0?a:/^\d+$/.test(n)&&e.every(i=>typeof i!="object"||i===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw G(`${t}: "${n}" is below a value that is not a map or a list`)}function rp(e,n,t,a){let[i,...o]=n;if(i===void 0)return t;let r=e??{},l=tp(r,i,a);if(l===void 0)throw G(`${a}: no list item with id or name "${i}"`);let s=Array.isArray(r)?[...r]:{...r};return s[l]=rp(s[l],o,t,a),s}function qi(e,n,t){let[a,...i]=n;if(a===void 0)return e;let o=tp(e,a,t);if(o===void 0||e[o]===void 0)throw G(`${t}: nothing at "${a}" to delete`);if(Array.isArray(e))return i.length===0?e.filter((l,s)=>s!==o):e.map((l,s)=>s===o?qi(l,i,t):l);let r={...e};return i.length===0?delete r[o]:r[o]=qi(r[o],i,t),r}var pe=Ss(Kd(),1);var Vv=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;function zd(e,n=[]){let t=new pe.Document(e,{keepUndefined:!1,aliasDuplicateObjects:!1});return(0,pe.visit)(t,{Scalar(a,i){a==="value"&&typeof i.value=="string"&&Vv.test(i.value)&&(i.type=pe.Scalar.QUOTE_DOUBLE)},Pair(a,i){if((0,pe.isPair)(i)&&(0,pe.isScalar)(i.key)&&i.key.value==="uses"&&(0,pe.isScalar)(i.value)){let o=Ts(String(i.value.value));o&&(i.value.comment=` ${o}`)}}}),n.length>0&&(t.commentBefore=n.map(a=>` ${a}`).join(`
`)),t.toString({lineWidth:0,indentSeq:!0,singleQuote:!1,flowCollectionPadding:!0})}function VP(e,n){let t=new Set,a=[];for(let i of e){if(t.has(i.path))throw new Error(`Two components render ${i.path}`);if(Fv(i.path))throw new Error(`${i.component} renders ${i.path}: secrets files are the user's; render a .env.example instead`);t.add(i.path),!n.eject.includes(i.path)&&a.push(Kv(i,n.overrides[i.path]))}for(let i of Object.keys(n.overrides))if(!t.has(i))throw G(`overrides: "${i}" is not a generated file. Generated: ${[...t].sort().join(", ")}`);return a.sort((i,o)=>i.path<o.path?-1:i.path>o.path?1:0)}function Fv(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function Kv(e,n){let t={path:e.path,component:e.component};switch(e.kind){case"yaml":{let a=n?Ui(e.data,n,e.path):e.data,i=[Bi("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...t,content:zd(a,i),executable:!1}}case"json":{let a=n?Ui(e.data,n,e.path):e.data;return{...t,content:Zu(a),executable:!1}}case"text":{if(n)throw G(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let a=e.path.endsWith(".md")?Qu(e.text):e.text,i=a.endsWith(`
`)?a:`${a}
`;return{...t,content:Ju(i,e.comment),executable:e.executable??!1}}}}export{Wu as a,m2 as b,ae as c,y1 as d,Kd as e,k as f,I as g,Tl as h,N as i,qh as j,hr as k,ig as l,W as m,Li as n,u2 as o,zd as p,VP as q};
