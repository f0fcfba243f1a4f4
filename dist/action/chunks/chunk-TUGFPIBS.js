import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as Wn}from"./chunk-YF4FYOKK.js";import{a as x,b as H,d as gn,e as yn}from"./chunk-MPBZDDBC.js";import{b as Vn,c as hn}from"./chunk-HYMPNKDN.js";import{a as Kn}from"./chunk-Y7XAJ6HO.js";import{c as _,e as fl}from"./chunk-W2CXPP6G.js";var y=_(g=>{"use strict";g.__esModule=!0;g.extend=ne;g.indexOf=xl;g.escapeExpression=Ol;g.isEmpty=Sl;g.createFrame=El;g.blockParams=Cl;g.appendContextPath=Al;var vl={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},bl=/[&<>"'`=]/g,wl=/[&<>"'`=]/;function Pl(n){return vl[n]}function ne(n){for(var l=1;l<arguments.length;l++)for(var a in arguments[l])Object.prototype.hasOwnProperty.call(arguments[l],a)&&(n[a]=arguments[l][a]);return n}var vn=Object.prototype.toString;g.toString=vn;var kn=function(l){return typeof l=="function"};kn(/x/)&&(g.isFunction=kn=function(n){return typeof n=="function"&&vn.call(n)==="[object Function]"});g.isFunction=kn;var ee=Array.isArray||function(n){return n&&typeof n=="object"?vn.call(n)==="[object Array]":!1};g.isArray=ee;function xl(n,l){for(var a=0,m=n.length;a<m;a++)if(n[a]===l)return a;return-1}function Ol(n){if(typeof n!="string"){if(n&&typeof n.toHTML=="function")return n.toHTML();if(n==null)return"";if(!n)return n+"";n=""+n}return wl.test(n)?n.replace(bl,Pl):n}function Sl(n){return!n&&n!==0?!0:!!(ee(n)&&n.length===0)}function El(n){var l=ne({},n);return l._parent=n,l}function Cl(n,l){return n.path=l,n}function Al(n,l){return(n?n+".":"")+l}});var O=_((W,le)=>{"use strict";W.__esModule=!0;var bn=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function wn(n,l){var a=l&&l.loc,m=void 0,o=void 0,t=void 0,e=void 0;a&&a.start&&(m=a.start.line,t=a.start.column,a.end&&(o=a.end.line,e=a.end.column),n+=" - "+m+":"+t);for(var i=Error.prototype.constructor.call(this,n),r=0;r<bn.length;r++)this[bn[r]]=i[bn[r]];Error.captureStackTrace&&Error.captureStackTrace(this,wn);try{a&&(this.lineNumber=m,this.endLineNumber=o,Object.defineProperty?(Object.defineProperty(this,"column",{value:t,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:e,enumerable:!0})):(this.column=t,this.endColumn=e))}catch{}}wn.prototype=new Error;W.default=wn;le.exports=W.default});var oe=_((K,te)=>{"use strict";K.__esModule=!0;var Pn=y();K.default=function(n){n.registerHelper("blockHelperMissing",function(l,a){var m=a.inverse,o=a.fn;if(l===!0)return o(this);if(l===!1||l==null)return m(this);if(Pn.isArray(l))return l.length>0?(a.ids&&(a.ids=[a.name]),n.helpers.each(l,a)):m(this);if(a.data&&a.ids){var t=Pn.createFrame(a.data);t.contextPath=Pn.appendContextPath(a.data.contextPath,a.name),a={data:t}}return o(l,a)})};te.exports=K.default});var re=_((Y,ae)=>{"use strict";Y.__esModule=!0;function $l(n){return n&&n.__esModule?n:{default:n}}var R=y(),Tl=O(),Dl=$l(Tl);function Rl(n){try{var l=n.return;R.isFunction(l)&&l.call(n)}catch{}}Y.default=function(n){n.registerHelper("each",function(l,a){if(!a)throw new Dl.default("Must pass iterator to #each");var m=a.fn,o=a.inverse,t=0,e="",i=void 0,r=void 0;a.data&&a.ids&&(r=R.appendContextPath(a.data.contextPath,a.ids[0])+"."),R.isFunction(l)&&(l=l.call(this)),a.data&&(i=R.createFrame(a.data));function c(f,A,pl,Gn){i&&(i.key=f,i.index=A,i.first=A===0,i.last=!!pl,r&&(i.contextPath=r+f)),e=e+m(Gn,{data:i,blockParams:R.blockParams([Gn,f],[r+f,null])})}if(l&&typeof l=="object")if(R.isArray(l))for(var s=l.length;t<s;t++)t in l&&c(t,t,t===l.length-1,l[t]);else if(typeof Symbol=="function"&&l[Symbol.iterator])for(var u=l[Symbol.iterator](),d=u.next();!d.done;){var p=u.next();try{c(t,t,p.done,d.value)}catch(f){throw p.done||Rl(u),f}d=p,t++}else(function(){var f=void 0;Object.keys(l).forEach(function(A){f!==void 0&&c(f,t-1,!1,l[f]),f=A,t++}),f!==void 0&&c(f,t-1,!0,l[f])})();return t===0&&(e=o(this)),e})};ae.exports=Y.default});var se=_((X,ie)=>{"use strict";X.__esModule=!0;function jl(n){return n&&n.__esModule?n:{default:n}}var Il=O(),Ll=jl(Il);X.default=function(n){n.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new Ll.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};ie.exports=X.default});var de=_((Z,me)=>{"use strict";Z.__esModule=!0;function zl(n){return n&&n.__esModule?n:{default:n}}var ce=y(),Ml=O(),ue=zl(Ml);Z.default=function(n){n.registerHelper("if",function(l,a){if(arguments.length!=2)throw new ue.default("#if requires exactly one argument");return ce.isFunction(l)&&(l=l.call(this)),!a.hash.includeZero&&!l||ce.isEmpty(l)?a.inverse(this):a.fn(this)}),n.registerHelper("unless",function(l,a){if(arguments.length!=2)throw new ue.default("#unless requires exactly one argument");return n.helpers.if.call(this,l,{fn:a.inverse,inverse:a.fn,hash:a.hash})})};me.exports=Z.default});var fe=_((Q,pe)=>{"use strict";Q.__esModule=!0;Q.default=function(n){n.registerHelper("log",function(){for(var l=[void 0],a=arguments[arguments.length-1],m=0;m<arguments.length-1;m++)l.push(arguments[m]);var o=1;a.hash.level!=null?o=a.hash.level:a.data&&a.data.level!=null&&(o=a.data.level),l[0]=o,n.log.apply(n,l)})};pe.exports=Q.default});var he=_((J,_e)=>{"use strict";J.__esModule=!0;J.default=function(n){n.registerHelper("lookup",function(l,a,m){return l&&m.lookupProperty(l,a)})};_e.exports=J.default});var ye=_((nn,ge)=>{"use strict";nn.__esModule=!0;function Bl(n){return n&&n.__esModule?n:{default:n}}var N=y(),Hl=O(),Nl=Bl(Hl);nn.default=function(n){n.registerHelper("with",function(l,a){if(arguments.length!=2)throw new Nl.default("#with requires exactly one argument");N.isFunction(l)&&(l=l.call(this));var m=a.fn;if(N.isEmpty(l))return a.inverse(this);var o=a.data;return a.data&&a.ids&&(o=N.createFrame(a.data),o.contextPath=N.appendContextPath(a.data.contextPath,a.ids[0])),m(l,{data:o,blockParams:N.blockParams([l],[o&&o.contextPath])})})};ge.exports=nn.default});var xn=_(en=>{"use strict";en.__esModule=!0;en.registerDefaultHelpers=lt;en.moveHelperToHooks=tt;function $(n){return n&&n.__esModule?n:{default:n}}var ql=oe(),Ul=$(ql),Fl=re(),Gl=$(Fl),Vl=se(),Wl=$(Vl),Kl=de(),Yl=$(Kl),Xl=fe(),Zl=$(Xl),Ql=he(),Jl=$(Ql),nt=ye(),et=$(nt);function lt(n){Ul.default(n),Gl.default(n),Wl.default(n),Yl.default(n),Zl.default(n),Jl.default(n),et.default(n)}function tt(n,l,a){n.helpers[l]&&(n.hooks[l]=n.helpers[l],a||(n.helpers[l]=void 0))}});var ve=_((ln,ke)=>{"use strict";ln.__esModule=!0;var ot=y();ln.default=function(n){n.registerDecorator("inline",function(l,a,m,o){var t=l;return a.partials||(a.partials={},t=function(e,i){var r=m.partials;m.partials=ot.extend({},r,a.partials);var c=l(e,i);return m.partials=r,c}),a.partials[o.args[0]]=o.fn,t})};ke.exports=ln.default});var be=_(On=>{"use strict";On.__esModule=!0;On.registerDefaultDecorators=st;function at(n){return n&&n.__esModule?n:{default:n}}var rt=ve(),it=at(rt);function st(n){it.default(n)}});var Sn=_((tn,we)=>{"use strict";tn.__esModule=!0;var ct=y(),j={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(l){if(typeof l=="string"){var a=ct.indexOf(j.methodMap,l.toLowerCase());a>=0?l=a:l=parseInt(l,10)}return l},log:function(l){if(l=j.lookupLevel(l),typeof console<"u"&&j.lookupLevel(j.level)<=l){var a=j.methodMap[l];console[a]||(a="log");for(var m=arguments.length,o=Array(m>1?m-1:0),t=1;t<m;t++)o[t-1]=arguments[t];console[a].apply(console,o)}}};tn.default=j;we.exports=tn.default});var En=_(I=>{"use strict";I.__esModule=!0;I.createProtoAccessControl=pt;I.resultIsAllowed=ft;I.isPrototypeConstructor=_t;I.resetLoggedProperties=gt;function ut(n){return n&&n.__esModule?n:{default:n}}var Pe=y(),mt=Sn(),dt=ut(mt),on=Object.create(null);function pt(n){var l=Object.create(null);l.__proto__=!1,Pe.extend(l,n.allowedProtoProperties);var a=Object.create(null);return a.constructor=!1,a.__defineGetter__=!1,a.__defineSetter__=!1,a.__lookupGetter__=!1,a.__lookupSetter__=!1,Pe.extend(a,n.allowedProtoMethods),{properties:{whitelist:l,defaultValue:n.allowProtoPropertiesByDefault},methods:{whitelist:a,defaultValue:n.allowProtoMethodsByDefault}}}function ft(n,l,a){return xe(typeof n=="function"?l.methods:l.properties,a)}function _t(n,l,a){return l==="constructor"&&typeof a=="function"&&n===a.prototype}function xe(n,l){return n.whitelist[l]!==void 0?n.whitelist[l]===!0:n.defaultValue!==void 0?n.defaultValue:(ht(l),!1)}function ht(n){on[n]!==!0&&(on[n]=!0,dt.default.log("error",'Handlebars: Access has been denied to resolve the property "'+n+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function gt(){Object.keys(on).forEach(function(n){delete on[n]})}});var Tn=_(b=>{"use strict";b.__esModule=!0;b.HandlebarsEnvironment=$n;function Oe(n){return n&&n.__esModule?n:{default:n}}var T=y(),yt=O(),Cn=Oe(yt),kt=xn(),vt=be(),bt=Sn(),an=Oe(bt),wt=En(),Pt="4.7.10";b.VERSION=Pt;var xt=8;b.COMPILER_REVISION=xt;var Ot=7;b.LAST_COMPATIBLE_COMPILER_REVISION=Ot;var St={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};b.REVISION_CHANGES=St;var An="[object Object]";function $n(n,l,a){this.helpers=n||{},this.partials=l||{},this.decorators=a||{},kt.registerDefaultHelpers(this),vt.registerDefaultDecorators(this)}$n.prototype={constructor:$n,logger:an.default,log:an.default.log,registerHelper:function(l,a){if(T.toString.call(l)===An){if(a)throw new Cn.default("Arg not supported with multiple helpers");T.extend(this.helpers,l)}else this.helpers[l]=a},unregisterHelper:function(l){delete this.helpers[l]},registerPartial:function(l,a){if(T.toString.call(l)===An)T.extend(this.partials,l);else{if(typeof a>"u")throw new Cn.default('Attempting to register a partial called "'+l+'" as undefined');this.partials[l]=a}},unregisterPartial:function(l){delete this.partials[l]},registerDecorator:function(l,a){if(T.toString.call(l)===An){if(a)throw new Cn.default("Arg not supported with multiple decorators");T.extend(this.decorators,l)}else this.decorators[l]=a},unregisterDecorator:function(l){delete this.decorators[l]},resetLoggedPropertyAccesses:function(){wt.resetLoggedProperties()}};var Et=an.default.log;b.log=Et;b.createFrame=T.createFrame;b.logger=an.default});var Ee=_((rn,Se)=>{"use strict";rn.__esModule=!0;function Dn(n){this.string=n}Dn.prototype.toString=Dn.prototype.toHTML=function(){return""+this.string};rn.default=Dn;Se.exports=rn.default});var Ce=_(Rn=>{"use strict";Rn.__esModule=!0;Rn.wrapHelper=Ct;function Ct(n,l){if(typeof n!="function")return n;var a=function(){var o=arguments[arguments.length-1];return arguments[arguments.length-1]=l(o),n.apply(this,arguments)};return a}});var Re=_(S=>{"use strict";S.__esModule=!0;S.checkRevision=jt;S.template=It;S.wrapProgram=sn;S.resolvePartial=Lt;S.invokePartial=zt;S.noop=Te;function At(n){return n&&n.__esModule?n:{default:n}}function $t(n){if(n&&n.__esModule)return n;var l={};if(n!=null)for(var a in n)Object.prototype.hasOwnProperty.call(n,a)&&(l[a]=n[a]);return l.default=n,l}var Tt=y(),D=$t(Tt),Dt=O(),k=At(Dt),w=Tn(),Ae=xn(),Rt=Ce(),jn=En();function jt(n){var l=n&&n[0]||1,a=w.COMPILER_REVISION;if(!(l>=w.LAST_COMPATIBLE_COMPILER_REVISION&&l<=w.COMPILER_REVISION))if(l<w.LAST_COMPATIBLE_COMPILER_REVISION){var m=w.REVISION_CHANGES[a],o=w.REVISION_CHANGES[l];throw new k.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+m+") or downgrade your runtime to an older version ("+o+").")}else throw new k.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+n[1]+").")}function It(n,l){if(!l)throw new k.default("No environment passed to template");if(!n||!n.main)throw new k.default("Unknown template object: "+typeof n);n.main.decorator=n.main_d,l.VM.checkRevision(n.compiler);var a=n.compiler&&n.compiler[0]===7;function m(e,i,r){r.hash&&(i=D.extend({},i,r.hash),r.ids&&(r.ids[0]=!0)),e=l.VM.resolvePartial.call(this,e,i,r),r.hooks=this.hooks,r.protoAccessControl=this.protoAccessControl;var c=l.VM.invokePartial.call(this,e,i,r);if(c==null&&D.isFunction(e))throw new k.default("The partial "+r.name+" returned no output: partials must return a string");if(c==null&&l.compile){if(typeof e!="string")throw new k.default("The partial "+r.name+" could not be compiled: partials must be strings or functions returning strings");r.partials[r.name]=l.compile(e,n.compilerOptions,l),c=r.partials[r.name](i,r)}if(c!=null){if(r.indent){for(var s=c.split(`
`),u=0,d=s.length;u<d&&!(!s[u]&&u+1===d);u++)s[u]=r.indent+s[u];c=s.join(`
`)}return c}else throw new k.default("The partial "+r.name+" could not be compiled when running in runtime-only mode")}var o={strict:function(i,r,c){if(!i||!(r in i))throw new k.default('"'+r+'" not defined in '+i,{loc:c});return o.lookupProperty(i,r)},lookupProperty:function(i,r){var c=i[r];if(c==null||Object.prototype.hasOwnProperty.call(i,r)&&!jn.isPrototypeConstructor(i,r,c)||jn.resultIsAllowed(c,o.protoAccessControl,r))return c},lookup:function(i,r){for(var c=i.length,s=0;s<c;s++){var u=i[s]&&o.lookupProperty(i[s],r);if(u!=null)return u}},lambda:function(i,r){return typeof i=="function"?i.call(r):i},escapeExpression:D.escapeExpression,invokePartial:m,fn:function(i){var r=n[i];return r.decorator=n[i+"_d"],r},programs:[],program:function(i,r,c,s,u){var d=this.programs[i],p=this.fn(i);return r||u||s||c?d=sn(this,i,p,r,c,s,u):d||(d=this.programs[i]=sn(this,i,p)),d},data:function(i,r){for(;i&&r--;)i=i._parent;return i},mergeIfNeeded:function(i,r){var c=i||r;return i&&r&&i!==r&&(c=D.extend({},r,i)),c},nullContext:Object.seal({}),noop:l.VM.noop,compilerInfo:n.compiler};function t(e){var i=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],r=i.data;t._setup(i),!i.partial&&n.useData&&(r=Mt(e,r));var c=void 0,s=n.useBlockParams?[]:void 0;n.useDepths&&(i.depths?c=e!=i.depths[0]?[e].concat(i.depths):i.depths:c=[e]);function u(d){return""+n.main(o,d,o.helpers,o.partials,r,s,c)}return u=De(n.main,u,o,i.depths||[],r,s),u(e,i)}return t.isTop=!0,t._setup=function(e){if(e.partial)o.protoAccessControl=e.protoAccessControl,o.helpers=e.helpers,o.partials=e.partials,o.decorators=e.decorators,o.hooks=e.hooks;else{var i={};$e(i,l.helpers,o),$e(i,e.helpers,o),o.helpers=i,n.usePartial&&(o.partials=o.mergeIfNeeded(e.partials,l.partials)),(n.usePartial||n.useDecorators)&&(o.decorators=D.extend({},l.decorators,e.decorators)),o.hooks={},o.protoAccessControl=jn.createProtoAccessControl(e);var r=e.allowCallsToHelperMissing||a;Ae.moveHelperToHooks(o,"helperMissing",r),Ae.moveHelperToHooks(o,"blockHelperMissing",r)}},t._child=function(e,i,r,c){if(n.useBlockParams&&!r)throw new k.default("must pass block params");if(n.useDepths&&!c)throw new k.default("must pass parent depths");return sn(o,e,n[e],i,0,r,c)},t}function sn(n,l,a,m,o,t,e){function i(r){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],s=e;return e&&r!=e[0]&&!(r===n.nullContext&&e[0]===null)&&(s=[r].concat(e)),a(n,r,n.helpers,n.partials,c.data||m,t&&[c.blockParams].concat(t),s)}return i=De(a,i,n,e,m,t),i.program=l,i.depth=e?e.length:0,i.blockParams=o||0,i}function Lt(n,l,a){return n?typeof n!="function"&&!a.name&&(a.name=n,n=cn(a.partials,n)):a.name==="@partial-block"?n=cn(a.data,"partial-block"):n=cn(a.partials,a.name),n}function zt(n,l,a){var m=cn(a.data,"partial-block");a.partial=!0,a.ids&&(a.data.contextPath=a.ids[0]||a.data.contextPath);var o=void 0;if(a.fn&&a.fn!==Te&&(function(){a.data=w.createFrame(a.data);var t=a.fn;o=a.data["partial-block"]=function(i){var r=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return r.data=w.createFrame(r.data),r.data["partial-block"]=m,t(i,r)},t.partials&&(a.partials=D.extend({},a.partials,t.partials))})(),n===void 0&&o&&(n=o),n===void 0)throw new k.default("The partial "+a.name+" could not be found");if(n instanceof Function)return n(l,a)}function Te(){return""}function cn(n,l){if(n&&Object.prototype.hasOwnProperty.call(n,l))return n[l]}function Mt(n,l){return(!l||!("root"in l))&&(l=l?w.createFrame(l):{},l.root=n),l}function De(n,l,a,m,o,t){if(n.decorator){var e={};l=n.decorator(l,e,a,m&&m[0],o,t,m),D.extend(l,e)}return l}function $e(n,l,a){l&&Object.keys(l).forEach(function(m){var o=l[m];n[m]=Bt(o,a)})}function Bt(n,l){var a=l.lookupProperty;return Rt.wrapHelper(n,function(m){return m.lookupProperty=a,m})}});var Ie=_((un,je)=>{"use strict";un.__esModule=!0;un.default=function(n){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var l=globalThis.Handlebars;n.noConflict=function(){return globalThis.Handlebars===n&&(globalThis.Handlebars=l),n}};je.exports=un.default});var He=_((mn,Be)=>{"use strict";mn.__esModule=!0;function Ln(n){return n&&n.__esModule?n:{default:n}}function zn(n){if(n&&n.__esModule)return n;var l={};if(n!=null)for(var a in n)Object.prototype.hasOwnProperty.call(n,a)&&(l[a]=n[a]);return l.default=n,l}var Ht=Tn(),Le=zn(Ht),Nt=Ee(),qt=Ln(Nt),Ut=O(),Ft=Ln(Ut),Gt=y(),In=zn(Gt),Vt=Re(),ze=zn(Vt),Wt=Ie(),Kt=Ln(Wt);function Me(){var n=new Le.HandlebarsEnvironment;return In.extend(n,Le),n.SafeString=qt.default,n.Exception=Ft.default,n.Utils=In,n.escapeExpression=In.escapeExpression,n.VM=ze,n.template=function(l){return ze.template(l,n)},n}var q=Me();q.create=Me;Kt.default(q);q.default=q;mn.default=q;Be.exports=mn.default});var qe=_((Bo,Ne)=>{Ne.exports=He().default});var Yn=Wn,_l=new Map(Object.entries(Yn).map(([n,l])=>[n.toLowerCase(),l])),hl=new Map(Object.values(Yn).map(n=>[n.sha,n.version]));function Eo(n){let l=n.split("/").slice(0,2).join("/"),a=_l.get(l.toLowerCase());if(!a)throw new Vn("IO",`No pin for action ${l} in src/data/action-pins.json`);return`${n}@${a.sha}`}function Xn(n){let l=/@([0-9a-f]{40})$/.exec(n)?.[1];return l?hl.get(l):void 0}function Zn(n,l){return n.variables.filter(a=>a.service===l).sort((a,m)=>a.name<m.name?-1:a.name>m.name?1:0)}var gl=(n,l)=>Zn(n,l).filter(a=>a.stage==="run"),Qn=(n,l)=>Zn(n,l).filter(a=>a.stage==="build");function Jn(n,l,a){return n.environments[l][a.name]??a.default??""}var yl=(n,l,a)=>a.filter(m=>!m.secret&&(m.required||Jn(n,l,m)!==""));function Ao(n){let l=n.required?"required":n.default!==void 0?`default ${n.default===""?'""':n.default}`:"optional";return`${n.readAt.length>0?`read at ${n.readAt.join(", ")}`:"set in the config"}; ${l}; ${n.secret?"secret":"plain"}; ${n.stage==="build"?"build time (image build arg)":"run time"}`}var kl=n=>n==="api"?"backend":"frontend";function $o(n,l,a){let m=yl(n,l,gl(n,kl(a)));return m.length===0?{}:{"environment-variables":m.map(o=>`${o.name}=${Jn(n,l,o)}`).join(`
`)+`
`}}var Fe=fl(qe());function Ue(n){n.registerHelper("eq",(l,a)=>l===a),n.registerHelper("includes",(l,a)=>Array.isArray(l)&&l.includes(a)),n.registerHelper("join",(l,a)=>Array.isArray(l)?l.join(typeof a=="string"?a:", "):"")}var Ge=Fe.default.create();Ue(Ge);var Yt={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((t=(e=s(a,"port")||i(l,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):e))!=null?t:"")+` k6 run perf/smoke.js
// k6 provides __ENV at run time; declared here so the repository's own eslint (no-undef) accepts the file.
/* global __ENV */
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((t=(e=s(a,"port")||i(l,"port",{start:{line:8,column:55},end:{line:8,column:59}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:8,column:53},end:{line:8,column:61}}}):e))!=null?t:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((t=(s(a,"join")||i(l,"join",{start:{line:9,column:39},end:{line:9,column:43}})).call(r,s(l,"paths"),",",{name:"join",hash:{},data:o,loc:{start:{line:9,column:37},end:{line:9,column:55}}}))!=null?t:"")+`").split(",");
// A status below HEALTHY_BELOW is an answer from a healthy server; http_req_failed counts the rest.
// Each CI image job sets it to its own service's probe (400 for a health route, 500 without one).
const HEALTHY_BELOW = Number(__ENV.HEALTHY_BELOW || "`+((t=(e=s(a,"healthyBelow")||i(l,"healthyBelow",{start:{line:12,column:55},end:{line:12,column:67}}),typeof e===c?e.call(r,{name:"healthyBelow",hash:{},data:o,loc:{start:{line:12,column:53},end:{line:12,column:69}}}):e))!=null?t:"")+`");
http.setResponseCallback(
  http.expectedStatuses({ min: 200, max: HEALTHY_BELOW - 1 }),
);

export const options = {
  vus: `+((t=(e=s(a,"vus")||i(l,"vus",{start:{line:18,column:9},end:{line:18,column:12}}),typeof e===c?e.call(r,{name:"vus",hash:{},data:o,loc:{start:{line:18,column:7},end:{line:18,column:14}}}):e))!=null?t:"")+`,
  duration: "`+((t=(e=s(a,"duration")||i(l,"duration",{start:{line:19,column:15},end:{line:19,column:23}}),typeof e===c?e.call(r,{name:"duration",hash:{},data:o,loc:{start:{line:19,column:13},end:{line:19,column:25}}}):e))!=null?t:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((t=(e=s(a,"p95Ms")||i(l,"p95Ms",{start:{line:22,column:33},end:{line:22,column:38}}),typeof e===c?e.call(r,{name:"p95Ms",hash:{},data:o,loc:{start:{line:22,column:31},end:{line:22,column:40}}}):e))!=null?t:"")+`"],
    // Share of failed requests (network errors and unexpected statuses).
    http_req_failed: ["rate<`+((t=(e=s(a,"maxErrorRate")||i(l,"maxErrorRate",{start:{line:24,column:30},end:{line:24,column:42}}),typeof e===c?e.call(r,{name:"maxErrorRate",hash:{},data:o,loc:{start:{line:24,column:28},end:{line:24,column:44}}}):e))!=null?t:"")+`"],
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
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=n.strict,i=n.lambda,r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((t=i(e(r(l,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),l))!=null?t:"")+`
max_client_conn = `+((t=i(e(r(l,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),l))!=null?t:"")+`
default_pool_size = `+((t=i(e(r(l,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),l))!=null?t:"")+`
reserve_pool_size = `+((t=i(e(r(l,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),l))!=null?t:"")+`
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
`},useData:!0},"deploy/Caddyfile.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"	email "+((t=(e=i(a,"acmeEmail")||n.strict(l,"acmeEmail",{start:{line:7,column:9},end:{line:7,column:18}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"acmeEmail",hash:{},data:o,loc:{start:{line:7,column:7},end:{line:7,column:20}}}):e))!=null?t:"")+`
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return((t=n.lambda(l,l))!=null?t:"")+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:13,column:23},end:{line:13,column:53}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# TLS edge of the self-hosted target (compose.caddy.yml): Caddy obtains the Let's Encrypt certificate
# for these names over HTTP-01/TLS-ALPN-01 on ports 80/443, renews it about 30 days before it ends,
# keeps it in the caddy_data volume and redirects HTTP to HTTPS. Everything else (routing, rate
# limits, security headers, caching) stays in the nginx proxy behind it.
{
`+((t=s(a,"if").call(i,s(l,"acmeEmail"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:6,column:0},end:{line:8,column:7}}}))!=null?t:"")+`	# Admin API on the container's loopback only: the healthcheck reads it, nothing outside can.
	admin `+((t=(e=s(a,"admin")||r(l,"admin",{start:{line:10,column:9},end:{line:10,column:14}}),typeof e===c?e.call(i,{name:"admin",hash:{},data:o,loc:{start:{line:10,column:7},end:{line:10,column:16}}}):e))!=null?t:"")+`
}

`+((t=s(a,"each").call(i,s(l,"hosts"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:13,column:0},end:{line:13,column:62}}}))!=null?t:"")+` {
	# Caddy replaces any X-Forwarded-For it did not set, so nginx can trust it as the client address.
	reverse_proxy `+((t=(e=s(a,"upstream")||r(l,"upstream",{start:{line:15,column:17},end:{line:15,column:25}}),typeof e===c?e.call(i,{name:"upstream",hash:{},data:o,loc:{start:{line:15,column:15},end:{line:15,column:27}}}):e))!=null?t:"")+`
	header -Server
	log
}
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
    # devops-baseline-ignore NG003 -- internal hop behind the proxy, which adds the security headers to every response
    server {
        listen `+((t=(e=s(a,"switchPort")||i(l,"switchPort",{start:{line:32,column:17},end:{line:32,column:27}}),typeof e===c?e.call(r,{name:"switchPort",hash:{},data:o,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):e))!=null?t:"")+`;
        location / {
            proxy_pass http://`+((t=(e=s(a,"key")||i(l,"key",{start:{line:34,column:32},end:{line:34,column:35}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:34,column:30},end:{line:34,column:37}}}):e))!=null?t:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"# Blue-green switch for "+((t=(e=r(a,"name")||n.strict(l,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof e=="function"?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):e))!=null?t:"")+`: the proxy sends each service's traffic here, and this forwards it
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
`+((t=r(a,"each").call(i,r(l,"services"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:40,column:9}}}))!=null?t:"")+`}
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(n,l,a,m,o){return"; this layer is cached until a manifest changes"},1:function(n,l,a,m,o){var t;return((t=n.lambda(l,l))!=null?t:"")+`
`},2:function(n,l,a,m,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((t=n.lambda(n.strict(e(l,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),l))!=null?t:"")+` ./
`},4:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"WORKDIR /app/"+((t=(e=r(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof e=="function"?e.call(i,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):e))!=null?t:"")+`
`+((t=r(a,"if").call(i,r(l,"build"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?t:"")+`WORKDIR /app
`},5:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN "+((t=(e=i(a,"build")||n.strict(l,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"build",hash:{},data:o,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):e))!=null?t:"")+`
`},6:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`COPY . .
`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"build"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?t:"")},7:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((t=(e=i(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):e))!=null?t:"")+`
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((t=u(a,"unless").call(i,u(l,"workspace"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?t:"")+` ---
FROM `+((t=(e=u(a,"baseImage")||r(l,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):e))!=null?t:"")+` AS deps
WORKDIR /app
`+((t=u(a,"each").call(i,u(u(l,"pm"),"setup"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?t:"")+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?t:"")+"RUN "+((t=s(r(u(l,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),l))!=null?t:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.program(6,o,0),data:o,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?t:"")+"RUN "+((t=s(r(u(l,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),l))!=null?t:"")+`

# --- runtime ---
FROM `+((t=(e=u(a,"baseImage")||r(l,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):e))!=null?t:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((t=(e=u(a,"port")||r(l,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):e))!=null?t:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:41,column:0},end:{line:43,column:7}}}))!=null?t:"")+`USER node
EXPOSE `+((t=(e=u(a,"port")||r(l,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((t=(e=u(a,"healthcheck")||r(l,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof e===c?e.call(i,{name:"healthcheck",hash:{},data:o,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=u(a,"cmd")||r(l,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof e===c?e.call(i,{name:"cmd",hash:{},data:o,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(n,l,a,m,o){return"; this layer is cached until a manifest changes"},1:function(n,l,a,m,o){var t;return((t=n.lambda(l,l))!=null?t:"")+`
`},2:function(n,l,a,m,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((t=n.lambda(n.strict(e(l,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),l))!=null?t:"")+` ./
`},4:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"WORKDIR /app/"+((t=(e=r(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof e=="function"?e.call(i,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):e))!=null?t:"")+`
`+((t=r(a,"if").call(i,r(l,"build"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:22,column:0},end:{line:24,column:7}}}))!=null?t:"")+`WORKDIR /app
`},5:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN "+((t=(e=i(a,"build")||n.strict(l,"build",{start:{line:23,column:6},end:{line:23,column:11}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"build",hash:{},data:o,loc:{start:{line:23,column:4},end:{line:23,column:13}}}):e))!=null?t:"")+`
`},6:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`COPY . .
`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"build"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?t:"")},7:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((t=(e=i(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:42,column:15},end:{line:42,column:27}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:42,column:13},end:{line:42,column:29}}}):e))!=null?t:"")+`
`},8:function(n,l,a,m,o){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((t=u(a,"unless").call(i,u(l,"workspace"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?t:"")+` ---
FROM `+((t=(e=u(a,"baseImage")||r(l,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):e))!=null?t:"")+` AS deps
WORKDIR /app
`+((t=u(a,"each").call(i,u(u(l,"pm"),"setup"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?t:"")+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?t:"")+"RUN "+((t=s(r(u(l,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),l))!=null?t:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.program(6,o,0),data:o,loc:{start:{line:20,column:0},end:{line:31,column:7}}}))!=null?t:"")+"RUN "+((t=s(r(u(l,"pm"),"prune",{start:{line:32,column:6},end:{line:32,column:14}}),l))!=null?t:"")+`

# --- runtime ---
FROM `+((t=(e=u(a,"baseImage")||r(l,"baseImage",{start:{line:35,column:7},end:{line:35,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:35,column:5},end:{line:35,column:18}}}):e))!=null?t:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((t=(e=u(a,"port")||r(l,"port",{start:{line:37,column:11},end:{line:37,column:15}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:37,column:9},end:{line:37,column:17}}}):e))!=null?t:"")+`
WORKDIR /app
`+((t=u(a,"if").call(i,u(l,"workspace"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.program(8,o,0),data:o,loc:{start:{line:39,column:0},end:{line:47,column:7}}}))!=null?t:"")+`USER node
EXPOSE `+((t=(e=u(a,"port")||r(l,"port",{start:{line:49,column:9},end:{line:49,column:13}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:49,column:7},end:{line:49,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((t=(e=u(a,"healthcheck")||r(l,"healthcheck",{start:{line:51,column:10},end:{line:51,column:21}}),typeof e===c?e.call(i,{name:"healthcheck",hash:{},data:o,loc:{start:{line:51,column:8},end:{line:51,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=u(a,"cmd")||r(l,"cmd",{start:{line:52,column:6},end:{line:52,column:9}}),typeof e===c?e.call(i,{name:"cmd",hash:{},data:o,loc:{start:{line:52,column:4},end:{line:52,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(n,l,a,m,o){return"; this layer is cached until a manifest changes"},1:function(n,l,a,m,o){var t;return((t=n.lambda(l,l))!=null?t:"")+`
`},2:function(n,l,a,m,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((t=n.lambda(n.strict(e(l,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),l))!=null?t:"")+` ./
`},4:function(n,l,a,m,o){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(n,l,a,m,o){var t;return"ARG "+((t=n.lambda(l,l))!=null?t:"")+`
`},6:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((t=(e=i(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):e))!=null?t:"")+`
`},7:function(n,l,a,m,o){return`COPY . .
`},8:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:46,column:43},end:{line:46,column:55}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:46,column:41},end:{line:46,column:57}}}):e))!=null?t:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:47,column:43},end:{line:47,column:55}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:47,column:41},end:{line:47,column:57}}}):e))!=null?t:"")+"/.next/static ./"+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:47,column:75},end:{line:47,column:87}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:47,column:73},end:{line:47,column:89}}}):e))!=null?t:"")+`/.next/static
COPY --from=build /app/`+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:48,column:25},end:{line:48,column:37}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:48,column:23},end:{line:48,column:39}}}):e))!=null?t:"")+"/public ./"+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:48,column:51},end:{line:48,column:63}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:48,column:49},end:{line:48,column:65}}}):e))!=null?t:"")+`/public
`},9:function(n,l,a,m,o){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((t=s(a,"unless").call(i,s(l,"workspace"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?t:"")+` ---
FROM `+((t=(e=s(a,"baseImage")||r(l,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):e))!=null?t:"")+` AS deps
WORKDIR /app
`+((t=s(a,"each").call(i,s(s(l,"pm"),"setup"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?t:"")+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?t:"")+"RUN "+((t=n.lambda(r(s(l,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),l))!=null?t:"")+`

# --- build ---
FROM deps AS build
`+((t=s(a,"if").call(i,s(s(l,"buildArgs"),"length"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?t:"")+((t=s(a,"each").call(i,s(l,"buildArgs"),{name:"each",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?t:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.program(7,o,0),data:o,loc:{start:{line:28,column:0},end:{line:32,column:7}}}))!=null?t:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((t=(e=s(a,"build")||r(l,"build",{start:{line:35,column:9},end:{line:35,column:14}}),typeof e===c?e.call(i,{name:"build",hash:{},data:o,loc:{start:{line:35,column:7},end:{line:35,column:16}}}):e))!=null?t:"")+`

# --- runtime ---
FROM `+((t=(e=s(a,"baseImage")||r(l,"baseImage",{start:{line:38,column:7},end:{line:38,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:38,column:5},end:{line:38,column:18}}}):e))!=null?t:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((t=(e=s(a,"port")||r(l,"port",{start:{line:41,column:11},end:{line:41,column:15}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:41,column:9},end:{line:41,column:17}}}):e))!=null?t:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.program(9,o,0),data:o,loc:{start:{line:44,column:0},end:{line:54,column:7}}}))!=null?t:"")+`USER node
EXPOSE `+((t=(e=s(a,"port")||r(l,"port",{start:{line:56,column:9},end:{line:56,column:13}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:56,column:7},end:{line:56,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((t=(e=s(a,"healthcheck")||r(l,"healthcheck",{start:{line:58,column:10},end:{line:58,column:21}}),typeof e===c?e.call(i,{name:"healthcheck",hash:{},data:o,loc:{start:{line:58,column:8},end:{line:58,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=s(a,"cmd")||r(l,"cmd",{start:{line:59,column:6},end:{line:59,column:9}}),typeof e===c?e.call(i,{name:"cmd",hash:{},data:o,loc:{start:{line:59,column:4},end:{line:59,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.next-start.hbs":{0:function(n,l,a,m,o){return"; this layer is cached until a manifest changes"},1:function(n,l,a,m,o){var t;return((t=n.lambda(l,l))!=null?t:"")+`
`},2:function(n,l,a,m,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((t=n.lambda(n.strict(e(l,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),l))!=null?t:"")+` ./
`},4:function(n,l,a,m,o){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(n,l,a,m,o){var t;return"ARG "+((t=n.lambda(l,l))!=null?t:"")+`
`},6:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"WORKDIR /app/"+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:29,column:15},end:{line:29,column:27}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:29,column:13},end:{line:29,column:29}}}):e))!=null?t:"")+`
RUN mkdir -p public \\
    && `+((t=(e=s(a,"build")||i(l,"build",{start:{line:31,column:9},end:{line:31,column:14}}),typeof e===c?e.call(r,{name:"build",hash:{},data:o,loc:{start:{line:31,column:7},end:{line:31,column:16}}}):e))!=null?t:"")+`
WORKDIR /app
`},7:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`COPY . .
# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((t=(e=i(a,"build")||n.strict(l,"build",{start:{line:37,column:9},end:{line:37,column:14}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"build",hash:{},data:o,loc:{start:{line:37,column:7},end:{line:37,column:16}}}):e))!=null?t:"")+`
`},8:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`COPY --from=build /app ./
RUN chown -R node:node /app/`+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:51,column:30},end:{line:51,column:42}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:51,column:28},end:{line:51,column:44}}}):e))!=null?t:"")+`/.next
WORKDIR /app/`+((t=(e=s(a,"workspaceDir")||i(l,"workspaceDir",{start:{line:52,column:15},end:{line:52,column:27}}),typeof e===c?e.call(r,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:52,column:13},end:{line:52,column:29}}}):e))!=null?t:"")+`
`},9:function(n,l,a,m,o){return`COPY --from=build /app ./
RUN chown -R node:node /app/.next
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return'# Next.js served by `next start` over its build.\n# next.config sets no `output: "standalone"`, so the final stage carries the production dependencies\n# (dev dependencies pruned) and the build output.\n\n# --- deps: install from the lockfile'+((t=s(a,"unless").call(i,s(l,"workspace"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?t:"")+` ---
FROM `+((t=(e=s(a,"baseImage")||r(l,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):e))!=null?t:"")+` AS deps
WORKDIR /app
`+((t=s(a,"each").call(i,s(s(l,"pm"),"setup"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?t:"")+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?t:"")+"RUN "+((t=n.lambda(r(s(l,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),l))!=null?t:"")+`

# --- build, then drop dev dependencies ---
FROM deps AS build
`+((t=s(a,"if").call(i,s(s(l,"buildArgs"),"length"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:21,column:0},end:{line:23,column:7}}}))!=null?t:"")+((t=s(a,"each").call(i,s(l,"buildArgs"),{name:"each",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:0},end:{line:26,column:9}}}))!=null?t:"")+`ENV NEXT_TELEMETRY_DISABLED=1
`+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.program(7,o,0),data:o,loc:{start:{line:28,column:0},end:{line:38,column:7}}}))!=null?t:"")+"RUN "+((t=(e=s(a,"prune")||r(l,"prune",{start:{line:39,column:6},end:{line:39,column:11}}),typeof e===c?e.call(i,{name:"prune",hash:{},data:o,loc:{start:{line:39,column:4},end:{line:39,column:13}}}):e))!=null?t:"")+`

# --- runtime ---
FROM `+((t=(e=s(a,"baseImage")||r(l,"baseImage",{start:{line:42,column:7},end:{line:42,column:16}}),typeof e===c?e.call(i,{name:"baseImage",hash:{},data:o,loc:{start:{line:42,column:5},end:{line:42,column:18}}}):e))!=null?t:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((t=(e=s(a,"port")||r(l,"port",{start:{line:45,column:11},end:{line:45,column:15}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:45,column:9},end:{line:45,column:17}}}):e))!=null?t:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
# Code stays owned by root; .next is writable by the server for its image and ISR caches.
`+((t=s(a,"if").call(i,s(l,"workspace"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.program(9,o,0),data:o,loc:{start:{line:49,column:0},end:{line:56,column:7}}}))!=null?t:"")+`USER node
EXPOSE `+((t=(e=s(a,"port")||r(l,"port",{start:{line:58,column:9},end:{line:58,column:13}}),typeof e===c?e.call(i,{name:"port",hash:{},data:o,loc:{start:{line:58,column:7},end:{line:58,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((t=(e=s(a,"healthcheck")||r(l,"healthcheck",{start:{line:60,column:10},end:{line:60,column:21}}),typeof e===c?e.call(i,{name:"healthcheck",hash:{},data:o,loc:{start:{line:60,column:8},end:{line:60,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=s(a,"cmd")||r(l,"cmd",{start:{line:61,column:6},end:{line:61,column:9}}),typeof e===c?e.call(i,{name:"cmd",hash:{},data:o,loc:{start:{line:61,column:4},end:{line:61,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python/Dockerfile.hbs":{0:function(n,l,a,m,o){var t;return" "+((t=n.lambda(l,l))!=null?t:"")},1:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"RUN pip install --no-cache-dir "+((t=(e=i(a,"tool")||n.strict(l,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"tool",hash:{},data:o,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):e))!=null?t:"")+`
`},2:function(n,l,a,m,o){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return` \\
    DJANGO_SETTINGS_MODULE=`+((t=(e=i(a,"settingsModule")||n.strict(l,"settingsModule",{start:{line:31,column:29},end:{line:31,column:43}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"settingsModule",hash:{},data:o,loc:{start:{line:31,column:27},end:{line:31,column:45}}}):e))!=null?t:"")},4:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return` \\
    PYTHONPATH=`+((t=(e=i(a,"pythonPath")||n.strict(l,"pythonPath",{start:{line:32,column:17},end:{line:32,column:27}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"pythonPath",hash:{},data:o,loc:{start:{line:32,column:15},end:{line:32,column:29}}}):e))!=null?t:"")},5:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((t=e(a,"each").call(l??(n.nullContext||{}),e(l,"runtimePackages"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:35,column:49},end:{line:35,column:92}}}))!=null?t:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},6:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Where manage.py / alembic.ini sit: one-off commands (migrations) run here too.
WORKDIR /app/`+((t=(e=i(a,"workdir")||n.strict(l,"workdir",{start:{line:46,column:15},end:{line:46,column:22}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workdir",hash:{},data:o,loc:{start:{line:46,column:13},end:{line:46,column:24}}}):e))!=null?t:"")+`
`},7:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Static files into STATIC_ROOT; throwaway values let the settings import and are not kept.
RUN `+((t=(e=i(a,"collectStatic")||n.strict(l,"collectStatic",{start:{line:50,column:6},end:{line:50,column:19}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"collectStatic",hash:{},data:o,loc:{start:{line:50,column:4},end:{line:50,column:21}}}):e))!=null?t:"")+`
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# "+((t=(e=s(a,"title")||i(l,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof e===c?e.call(r,{name:"title",hash:{},data:o,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):e))!=null?t:"")+" served by "+((t=(e=s(a,"serverName")||i(l,"serverName",{start:{line:1,column:24},end:{line:1,column:34}}),typeof e===c?e.call(r,{name:"serverName",hash:{},data:o,loc:{start:{line:1,column:22},end:{line:1,column:36}}}):e))!=null?t:"")+": "+((t=(e=s(a,"serverCmdline")||i(l,"serverCmdline",{start:{line:1,column:40},end:{line:1,column:53}}),typeof e===c?e.call(r,{name:"serverCmdline",hash:{},data:o,loc:{start:{line:1,column:38},end:{line:1,column:55}}}):e))!=null?t:"")+`
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((t=(e=s(a,"baseImage")||i(l,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof e===c?e.call(r,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):e))!=null?t:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((t=s(a,"each").call(r,s(l,"buildPackages"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?t:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((t=s(a,"if").call(r,s(l,"tool"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?t:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((t=s(a,"if").call(r,s(l,"uv"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?t:"")+`
WORKDIR /app
COPY `+((t=(e=s(a,"manifests")||i(l,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof e===c?e.call(r,{name:"manifests",hash:{},data:o,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):e))!=null?t:"")+` ./
RUN `+((t=(e=s(a,"install")||i(l,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof e===c?e.call(r,{name:"install",hash:{},data:o,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):e))!=null?t:"")+`
RUN `+((t=(e=s(a,"ensureServer")||i(l,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof e===c?e.call(r,{name:"ensureServer",hash:{},data:o,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):e))!=null?t:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((t=(e=s(a,"baseImage")||i(l,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof e===c?e.call(r,{name:"baseImage",hash:{},data:o,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):e))!=null?t:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3`+((t=s(a,"if").call(r,s(l,"settingsModule"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:30,column:21},end:{line:31,column:52}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"pythonPath"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:31,column:52},end:{line:32,column:36}}}))!=null?t:"")+`
`+((t=s(a,"if").call(r,s(s(l,"runtimePackages"),"length"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:33,column:0},end:{line:37,column:7}}}))!=null?t:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
`+((t=s(a,"if").call(r,s(l,"workdir"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:44,column:0},end:{line:47,column:7}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"collectStatic"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:48,column:0},end:{line:51,column:7}}}))!=null?t:"")+`USER app
EXPOSE `+((t=(e=s(a,"port")||i(l,"port",{start:{line:53,column:9},end:{line:53,column:13}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:53,column:7},end:{line:53,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((t=(e=s(a,"healthcheck")||i(l,"healthcheck",{start:{line:55,column:10},end:{line:55,column:21}}),typeof e===c?e.call(r,{name:"healthcheck",hash:{},data:o,loc:{start:{line:55,column:8},end:{line:55,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=s(a,"cmd")||i(l,"cmd",{start:{line:56,column:6},end:{line:56,column:9}}),typeof e===c?e.call(r,{name:"cmd",hash:{},data:o,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/static/Dockerfile.hbs":{0:function(n,l,a,m,o){return"; this layer is cached until a manifest changes"},1:function(n,l,a,m,o){var t;return((t=n.lambda(l,l))!=null?t:"")+`
`},2:function(n,l,a,m,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"COPY "+((t=n.lambda(n.strict(e(l,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),l))!=null?t:"")+` ./
`},4:function(n,l,a,m,o){return`# Public variables the bundler inlines (NEXT_PUBLIC_*, VITE_*): build args from CI and the deploy, never secrets.
`},5:function(n,l,a,m,o){var t;return"ARG "+((t=n.lambda(l,l))!=null?t:"")+`
`},6:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"WORKDIR /app/"+((t=(e=i(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:26,column:15},end:{line:26,column:27}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:26,column:13},end:{line:26,column:29}}}):e))!=null?t:"")+`
`},7:function(n,l,a,m,o){return`COPY . .
`},8:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return((t=(e=i(a,"workspaceDir")||n.strict(l,"workspaceDir",{start:{line:35,column:42},end:{line:35,column:54}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:35,column:40},end:{line:35,column:56}}}):e))!=null?t:"")+"/"},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# "+((t=(e=s(a,"title")||i(l,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof e===c?e.call(r,{name:"title",hash:{},data:o,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):e))!=null?t:"")+`, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((t=s(a,"unless").call(r,s(l,"workspace"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?t:"")+` ---
FROM `+((t=(e=s(a,"baseImage")||i(l,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof e===c?e.call(r,{name:"baseImage",hash:{},data:o,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):e))!=null?t:"")+` AS deps
WORKDIR /app
`+((t=s(a,"each").call(r,s(s(l,"pm"),"setup"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"workspace"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?t:"")+"RUN "+((t=n.lambda(i(s(l,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),l))!=null?t:"")+`

# --- build: writes `+((t=(e=s(a,"outDir")||i(l,"outDir",{start:{line:17,column:22},end:{line:17,column:28}}),typeof e===c?e.call(r,{name:"outDir",hash:{},data:o,loc:{start:{line:17,column:20},end:{line:17,column:30}}}):e))!=null?t:"")+`/ ---
FROM deps AS build
`+((t=s(a,"if").call(r,s(s(l,"buildArgs"),"length"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:19,column:0},end:{line:21,column:7}}}))!=null?t:"")+((t=s(a,"each").call(r,s(l,"buildArgs"),{name:"each",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:22,column:0},end:{line:24,column:9}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"workspace"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.program(7,o,0),data:o,loc:{start:{line:25,column:0},end:{line:29,column:7}}}))!=null?t:"")+"RUN "+((t=(e=s(a,"build")||i(l,"build",{start:{line:30,column:6},end:{line:30,column:11}}),typeof e===c?e.call(r,{name:"build",hash:{},data:o,loc:{start:{line:30,column:4},end:{line:30,column:13}}}):e))!=null?t:"")+`

# --- runtime: nginx as uid 101 on port `+((t=(e=s(a,"port")||i(l,"port",{start:{line:32,column:42},end:{line:32,column:46}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:32,column:40},end:{line:32,column:48}}}):e))!=null?t:"")+`, no Node.js ---
FROM `+((t=(e=s(a,"runtimeImage")||i(l,"runtimeImage",{start:{line:33,column:7},end:{line:33,column:19}}),typeof e===c?e.call(r,{name:"runtimeImage",hash:{},data:o,loc:{start:{line:33,column:5},end:{line:33,column:21}}}):e))!=null?t:"")+` AS runtime
COPY `+((t=(e=s(a,"spaConf")||i(l,"spaConf",{start:{line:34,column:7},end:{line:34,column:14}}),typeof e===c?e.call(r,{name:"spaConf",hash:{},data:o,loc:{start:{line:34,column:5},end:{line:34,column:16}}}):e))!=null?t:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((t=s(a,"if").call(r,s(l,"workspace"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:35,column:23},end:{line:35,column:64}}}))!=null?t:"")+((t=(e=s(a,"outDir")||i(l,"outDir",{start:{line:35,column:66},end:{line:35,column:72}}),typeof e===c?e.call(r,{name:"outDir",hash:{},data:o,loc:{start:{line:35,column:64},end:{line:35,column:74}}}):e))!=null?t:"")+` /usr/share/nginx/html
USER nginx
EXPOSE `+((t=(e=s(a,"port")||i(l,"port",{start:{line:37,column:9},end:{line:37,column:13}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:37,column:7},end:{line:37,column:15}}}):e))!=null?t:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((t=(e=s(a,"healthcheck")||i(l,"healthcheck",{start:{line:39,column:10},end:{line:39,column:21}}),typeof e===c?e.call(r,{name:"healthcheck",hash:{},data:o,loc:{start:{line:39,column:8},end:{line:39,column:23}}}):e))!=null?t:"")+`
CMD `+((t=(e=s(a,"cmd")||i(l,"cmd",{start:{line:40,column:6},end:{line:40,column:9}}),typeof e===c?e.call(r,{name:"cmd",hash:{},data:o,loc:{start:{line:40,column:4},end:{line:40,column:11}}}):e))!=null?t:"")+`
`},useData:!0},"docker/static/nginx-spa.conf.hbs":{0:function(n,l,a,m,o){return`    # Exported pages are <route>.html or <route>/index.html; any other path is a real 404 with the
    # export's own 404.html (not the home page with 200, which crawlers index as a soft 404).
    location / {
        try_files $uri $uri.html $uri/ =404;
    }
    error_page 404 /404.html;
`},1:function(n,l,a,m,o){return`    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Static site server for the "+((t=(e=s(a,"title")||i(l,"title",{start:{line:1,column:31},end:{line:1,column:36}}),typeof e===c?e.call(r,{name:"title",hash:{},data:o,loc:{start:{line:1,column:29},end:{line:1,column:38}}}):e))!=null?t:"")+" build inside the frontend image (nginx-unprivileged, port "+((t=(e=s(a,"port")||i(l,"port",{start:{line:1,column:99},end:{line:1,column:103}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:1,column:97},end:{line:1,column:105}}}):e))!=null?t:"")+`).
server {
    listen `+((t=(e=s(a,"port")||i(l,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):e))!=null?t:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Every response: no MIME sniffing, no framing. add_header is not inherited into a location that
    # sets its own, so each such location repeats them (audit rules NG002, NG003).
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;

    # The build fingerprints everything under `+((t=(e=s(a,"assetsPath")||i(l,"assetsPath",{start:{line:13,column:48},end:{line:13,column:58}}),typeof e===c?e.call(r,{name:"assetsPath",hash:{},data:o,loc:{start:{line:13,column:46},end:{line:13,column:60}}}):e))!=null?t:"")+`: safe to cache for a year.
    location `+((t=(e=s(a,"assetsPath")||i(l,"assetsPath",{start:{line:14,column:15},end:{line:14,column:25}}),typeof e===c?e.call(r,{name:"assetsPath",hash:{},data:o,loc:{start:{line:14,column:13},end:{line:14,column:27}}}):e))!=null?t:"")+` {
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

`+((t=s(a,"if").call(r,s(l,"htmlPages"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:29,column:0},end:{line:41,column:7}}}))!=null?t:"")+`}
`},useData:!0},"docs/configuration.md.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"| `"+((t=(e=s(a,"name")||i(l,"name",{start:{line:15,column:5},end:{line:15,column:9}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:15,column:3},end:{line:15,column:11}}}):e))!=null?t:"")+"` | "+((t=(e=s(a,"service")||i(l,"service",{start:{line:15,column:17},end:{line:15,column:24}}),typeof e===c?e.call(r,{name:"service",hash:{},data:o,loc:{start:{line:15,column:15},end:{line:15,column:26}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"need")||i(l,"need",{start:{line:15,column:31},end:{line:15,column:35}}),typeof e===c?e.call(r,{name:"need",hash:{},data:o,loc:{start:{line:15,column:29},end:{line:15,column:37}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"secret")||i(l,"secret",{start:{line:15,column:42},end:{line:15,column:48}}),typeof e===c?e.call(r,{name:"secret",hash:{},data:o,loc:{start:{line:15,column:40},end:{line:15,column:50}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"stage")||i(l,"stage",{start:{line:15,column:55},end:{line:15,column:60}}),typeof e===c?e.call(r,{name:"stage",hash:{},data:o,loc:{start:{line:15,column:53},end:{line:15,column:62}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"staging")||i(l,"staging",{start:{line:15,column:67},end:{line:15,column:74}}),typeof e===c?e.call(r,{name:"staging",hash:{},data:o,loc:{start:{line:15,column:65},end:{line:15,column:76}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"production")||i(l,"production",{start:{line:15,column:81},end:{line:15,column:91}}),typeof e===c?e.call(r,{name:"production",hash:{},data:o,loc:{start:{line:15,column:79},end:{line:15,column:93}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"readAt")||i(l,"readAt",{start:{line:15,column:98},end:{line:15,column:104}}),typeof e===c?e.call(r,{name:"readAt",hash:{},data:o,loc:{start:{line:15,column:96},end:{line:15,column:106}}}):e))!=null?t:"")+` |
`},1:function(n,l,a,m,o){return"| Build-time (`NEXT_PUBLIC_*`, `VITE_*`) | repository Actions variables (infra/github-app-config.tf), passed as image build args | the same image: one build is promoted |\n"},2:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return((t=n.lambda(n.strict(e(l,"production"),"newSecret",{start:{line:32,column:2},end:{line:32,column:22}}),l))!=null?t:"")+`

`},3:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"`"+((t=n.lambda(l,l))!=null?t:"")+"`"+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:43},end:{line:38,column:73}}}))!=null?t:"")},4:function(n,l,a,m,o){return", "},5:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"; repository variables for the build args: "+((t=e(a,"each").call(l??(n.nullContext||{}),e(l,"buildVariables"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:147},end:{line:38,column:220}}}))!=null?t:"")},6:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(t=e(a,"each").call(l??(n.nullContext||{}),e(l,"githubSecrets"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:39,column:39},end:{line:39,column:111}}}))!=null?t:""},7:function(n,l,a,m,o){return"none (cloud login is OIDC)"},8:function(n,l,a,m,o){return" and that every secret the platform injects exists (a missing one would stop the container from starting)"},9:function(n,l,a,m,o){return`Django: a \`LOGGING\` dict that writes JSON to stdout (python-json-logger):

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
`},10:function(n,l,a,m,o){return`FastAPI: give uvicorn (or gunicorn's uvicorn workers) a log config with a JSON formatter, so access and
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
`},11:function(n,l,a,m,o){return'Node.js: pino writes JSON lines to stdout by default (`nestjs-pino` for NestJS, `pino-http` for Express):\n\n```ts\nimport pino from "pino";\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });\n```\n'},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`# Configuration

Every environment variable the applications read, where each value lives in each environment, and how
to change one. Detected from the code (\`npx create-devops-baseline detect\` shows where each is read);
correct a guess in \`variables\` of the devops-baseline config, and set plain values per environment in
\`environments\`. Secrets are never in the config, in git, in Terraform or in workflow files.

Deploy target: **`+((t=(e=u(a,"cloudTitle")||i(l,"cloudTitle",{start:{line:8,column:19},end:{line:8,column:29}}),typeof e===c?e.call(r,{name:"cloudTitle",hash:{},data:o,loc:{start:{line:8,column:17},end:{line:8,column:31}}}):e))!=null?t:"")+`**.

## Variables

| Variable | Service | Required | Secret | Stage | staging | production | Read at |
|---|---|---|---|---|---|---|---|
`+((t=u(a,"each").call(r,u(l,"rows"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?t:"")+`
"secret store" in a cell: the value lives in the platform's secret store (below), never in a file.
"unset" means the code's own fallback applies.

## Where values live

| | staging | production |
|---|---|---|
| Plain values | `+((t=s(i(u(l,"staging"),"plainLives",{start:{line:25,column:19},end:{line:25,column:37}}),l))!=null?t:"")+" | "+((t=s(i(u(l,"production"),"plainLives",{start:{line:25,column:44},end:{line:25,column:65}}),l))!=null?t:"")+` |
| Secrets | `+((t=s(i(u(l,"staging"),"secretLives",{start:{line:26,column:14},end:{line:26,column:33}}),l))!=null?t:"")+" | "+((t=s(i(u(l,"production"),"secretLives",{start:{line:26,column:40},end:{line:26,column:62}}),l))!=null?t:"")+` |
`+((t=u(a,"if").call(r,u(l,"buildVariables"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:27,column:0},end:{line:29,column:7}}}))!=null?t:"")+`
`+((t=u(a,"if").call(r,u(u(l,"production"),"newSecret"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:31,column:0},end:{line:34,column:7}}}))!=null?t:"")+"GitHub environments (`staging`, `production`, infra/github.tf) hold only what the workflows need to\nreach the platform:\n\n- variables: "+((t=u(a,"each").call(r,u(l,"githubVars"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:13},end:{line:38,column:82}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"buildVariables"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:82},end:{line:38,column:227}}}))!=null?t:"")+`
- secrets: `+((t=u(a,"if").call(r,u(u(l,"githubSecrets"),"length"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.program(7,o,0),data:o,loc:{start:{line:39,column:11},end:{line:39,column:152}}}))!=null?t:"")+"\n\n## Set or rotate a secret\n\nRun with `VALUE` set in your shell (for example `read -rs VALUE`), replacing `NAME`:\n\n```bash\n"+((t=s(i(u(l,"production"),"setSecret",{start:{line:46,column:3},end:{line:46,column:23}}),l))!=null?t:"")+`
`+((t=s(i(u(l,"production"),"reload",{start:{line:47,column:3},end:{line:47,column:20}}),l))!=null?t:"")+"\n```\n\nFor staging, the same commands with `"+((t=(e=u(a,"stagingPrefix")||i(l,"stagingPrefix",{start:{line:50,column:39},end:{line:50,column:52}}),typeof e===c?e.call(r,{name:"stagingPrefix",hash:{},data:o,loc:{start:{line:50,column:37},end:{line:50,column:54}}}):e))!=null?t:"")+"` instead of `"+((t=(e=u(a,"productionPrefix")||i(l,"productionPrefix",{start:{line:50,column:70},end:{line:50,column:86}}),typeof e===c?e.call(r,{name:"productionPrefix",hash:{},data:o,loc:{start:{line:50,column:68},end:{line:50,column:88}}}):e))!=null?t:"")+"`.\nTo rotate: set the new value, reload, check the health route, then revoke the old value at its\nissuer (the payment provider, the mail service…). A signing key such as `SECRET_KEY` logs every user\nout when it changes; Django's `SECRET_KEY_FALLBACKS` keeps old sessions valid during the switch.\n\n## Startup guard\n\nEach deploy job (`.github/workflows/deploy.yml`, step `startup-guard`) checks, before anything\nchanges, that every required variable has a value in its environment"+((t=u(a,"if").call(r,u(l,"checksAllSecrets"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:58,column:68},end:{line:58,column:204}}}))!=null?t:"")+`.
When it fails it names the variables; nothing was deployed. See
[the runbook](runbooks/missing-configuration.md).

## Logs

Write logs as JSON lines to stdout; the platform collects them. `+((t=(e=u(a,"logShipping")||i(l,"logShipping",{start:{line:64,column:66},end:{line:64,column:77}}),typeof e===c?e.call(r,{name:"logShipping",hash:{},data:o,loc:{start:{line:64,column:64},end:{line:64,column:79}}}):e))!=null?t:"")+"\n\n```bash\n"+((t=(e=u(a,"logQuery")||i(l,"logQuery",{start:{line:67,column:3},end:{line:67,column:11}}),typeof e===c?e.call(r,{name:"logQuery",hash:{},data:o,loc:{start:{line:67,column:0},end:{line:67,column:14}}}):e))!=null?t:"")+"\n```\n\n"+((t=u(a,"if").call(r,u(l,"django"),{name:"if",hash:{},fn:n.program(9,o,0),inverse:n.noop,data:o,loc:{start:{line:70,column:0},end:{line:84,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"fastapi"),{name:"if",hash:{},fn:n.program(10,o,0),inverse:n.noop,data:o,loc:{start:{line:85,column:0},end:{line:100,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"node"),{name:"if",hash:{},fn:n.program(11,o,0),inverse:n.noop,data:o,loc:{start:{line:101,column:0},end:{line:109,column:7}}}))!=null?t:"")},useData:!0},"docs/containers.md.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"| "+((t=(e=s(a,"role")||i(l,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof e===c?e.call(r,{name:"role",hash:{},data:o,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):e))!=null?t:"")+" ("+((t=(e=s(a,"kind")||i(l,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof e===c?e.call(r,{name:"kind",hash:{},data:o,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):e))!=null?t:"")+") | `"+((t=(e=s(a,"dockerfile")||i(l,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof e===c?e.call(r,{name:"dockerfile",hash:{},data:o,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):e))!=null?t:"")+"` | `"+((t=(e=s(a,"context")||i(l,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof e===c?e.call(r,{name:"context",hash:{},data:o,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):e))!=null?t:"")+"` | "+((t=(e=s(a,"packageManager")||i(l,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof e===c?e.call(r,{name:"packageManager",hash:{},data:o,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):e))!=null?t:"")+" | `"+((t=(e=s(a,"command")||i(l,"command",{start:{line:10,column:83},end:{line:10,column:90}}),typeof e===c?e.call(r,{name:"command",hash:{},data:o,loc:{start:{line:10,column:81},end:{line:10,column:92}}}):e))!=null?t:"")+"` | "+((t=(e=s(a,"port")||i(l,"port",{start:{line:10,column:98},end:{line:10,column:102}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:10,column:96},end:{line:10,column:104}}}):e))!=null?t:"")+" | "+((t=(e=s(a,"probe")||i(l,"probe",{start:{line:10,column:109},end:{line:10,column:114}}),typeof e===c?e.call(r,{name:"probe",hash:{},data:o,loc:{start:{line:10,column:107},end:{line:10,column:116}}}):e))!=null?t:"")+` |
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## Health probes

`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"healthRoute"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:24,column:0},end:{line:56,column:7}}}))!=null?t:"")+`
`},2:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"The backend's health route is `"+((t=(e=i(a,"healthPath")||n.strict(l,"healthPath",{start:{line:25,column:33},end:{line:25,column:43}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"healthPath",hash:{},data:o,loc:{start:{line:25,column:31},end:{line:25,column:45}}}):e))!=null?t:"")+"` (`deploy.healthPath`): it must answer below 400\nwithout authentication. Probes send `X-Forwarded-Proto: https`, so an app that redirects plain HTTP\nto HTTPS behind a proxy answers them directly, and they do not follow redirects.\n"},3:function(n,l,a,m,o){var t,e=l??(n.nullContext||{}),i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"No health route was found in the backend, so probes ask for `/` and count any answer below 500 as\nup (a 404 or a login redirect is a running server; a 5xx or no answer is not). This cannot tell a\nserver that runs from one that works. Add a route and set `deploy.healthPath`, for example:\n"+((t=i(a,"if").call(e,i(l,"django"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:32,column:0},end:{line:41,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"fastapi"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:42,column:0},end:{line:49,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"nodeBackend"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:50,column:0},end:{line:55,column:7}}}))!=null?t:"")},4:function(n,l,a,m,o){return`
\`\`\`python
# urls.py
from django.http import JsonResponse
from django.urls import path

urlpatterns += [path("healthz", lambda request: JsonResponse({"status": "ok"}))]
\`\`\`
`},5:function(n,l,a,m,o){return'\n```python\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n```\n'},6:function(n,l,a,m,o){return'\n```js\napp.get("/healthz", (_req, res) => res.json({ status: "ok" })); // Express; in Nest: a @Get("healthz") controller\n```\n'},7:function(n,l,a,m,o){var t,e,i=n.strict,r=n.lambda,c=l??(n.nullContext||{}),s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"- **The server**: `"+((t=r(i(s(l,"backend"),"server",{start:{line:62,column:21},end:{line:62,column:35}}),l))!=null?t:"")+"` loads `"+((t=r(i(s(l,"backend"),"app",{start:{line:62,column:48},end:{line:62,column:59}}),l))!=null?t:"")+"`"+((t=s(a,"if").call(c,s(s(l,"backend"),"appFactory"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:62,column:62},end:{line:62,column:120}}}))!=null?t:"")+"\n  from `"+((t=r(i(s(l,"backend"),"appDir",{start:{line:63,column:10},end:{line:63,column:24}}),l))!=null?t:"")+"` inside `"+((t=r(i(s(l,"backend"),"dir",{start:{line:63,column:38},end:{line:63,column:49}}),l))!=null?t:"")+"` (`backend.app`, `backend.appDir`); one-off commands such as\n  migrations run in `"+((t=r(i(s(l,"backend"),"migrationsDir",{start:{line:64,column:23},end:{line:64,column:44}}),l))!=null?t:"")+"` (`backend.migrationsDir`). When your lockfile lacks\n  "+((t=(e=s(a,"pythonPackages")||i(l,"pythonPackages",{start:{line:65,column:4},end:{line:65,column:18}}),typeof e=="function"?e.call(c,{name:"pythonPackages",hash:{},data:o,loc:{start:{line:65,column:2},end:{line:65,column:20}}}):e))!=null?t:"")+", the image adds them at those pinned versions and `init` says so.\n"},8:function(n,l,a,m,o){return" (a factory, called once)"},9:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n"+((t=e(a,"if").call(l??(n.nullContext||{}),e(e(l,"backend"),"collectStatic"),{name:"if",hash:{},fn:n.program(10,o,0),inverse:n.program(11,o,0),data:o,loc:{start:{line:69,column:0},end:{line:76,column:7}}}))!=null?t:"")},10:function(n,l,a,m,o){return"- **Static files**: the settings set `STATIC_ROOT`, so the image runs `collectstatic` at build\n  (`backend.collectStatic`), with throwaway values for the variables the settings require at import\n  (`backend.importEnv`) for that one command. Serve `STATIC_ROOT` with WhiteNoise or from the proxy.\n"},11:function(n,l,a,m,o){return"- **Static files**: no `STATIC_ROOT` in the settings, so the image does not run `collectstatic`; set\n  `STATIC_ROOT` (and serve it with WhiteNoise) and run `init` again, or set `backend.collectStatic`.\n"},12:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"- **Listening on `process.env.PORT`** ("+((t=n.lambda(n.strict(e(l,"backend"),"port",{start:{line:79,column:41},end:{line:79,column:53}}),l))!=null?t:"")+" in the image), on all interfaces (`0.0.0.0`), not only `localhost`.\n"},13:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"- **Next.js output mode `"+((t=(e=r(a,"nextOutput")||n.strict(l,"nextOutput",{start:{line:82,column:27},end:{line:82,column:37}}),typeof e=="function"?e.call(i,{name:"nextOutput",hash:{},data:o,loc:{start:{line:82,column:25},end:{line:82,column:39}}}):e))!=null?t:"")+"`** (`frontend.nextOutput`, read from `next.config`):\n"+((t=r(a,"if").call(i,r(l,"next_standalone"),{name:"if",hash:{},fn:n.program(14,o,0),inverse:n.noop,data:o,loc:{start:{line:83,column:0},end:{line:87,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"next_default"),{name:"if",hash:{},fn:n.program(15,o,0),inverse:n.noop,data:o,loc:{start:{line:88,column:0},end:{line:91,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"next_export"),{name:"if",hash:{},fn:n.program(16,o,0),inverse:n.noop,data:o,loc:{start:{line:92,column:0},end:{line:95,column:7}}}))!=null?t:"")},14:function(n,l,a,m,o){return'  `output: "standalone"` makes the build emit `.next/standalone/server.js` with the dependencies it\n  traces; the image runs `node server.js`. In a monorepo, the standalone folder mirrors the workspace\n  layout; set `outputFileTracingRoot` as Next.js documents.\n'},15:function(n,l,a,m,o){return'  no `output` key, so the image runs `next start` over the build with production dependencies only.\n  Setting `output: "standalone"` gives a smaller image; then set `frontend.nextOutput` to match.\n'},16:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'  `output: "export"` writes static files to `'+((t=(e=i(a,"outDir")||n.strict(l,"outDir",{start:{line:93,column:47},end:{line:93,column:53}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"outDir",hash:{},data:o,loc:{start:{line:93,column:45},end:{line:93,column:55}}}):e))!=null?t:"")+"/`, served by nginx-unprivileged with\n  `<route>.html` lookups and a fallback to `index.html`; there is no Node.js server.\n"},17:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"- **A `build` script** that writes the production build to `"+((t=(e=i(a,"outDir")||n.strict(l,"outDir",{start:{line:98,column:62},end:{line:98,column:68}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"outDir",hash:{},data:o,loc:{start:{line:98,column:60},end:{line:98,column:70}}}):e))!=null?t:"")+"/` (`frontend.outDir`, Vite's\n  `build.outDir`): the image copies that folder into nginx and answers every unknown path with `index.html`.\n"},18:function(n,l,a,m,o){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=l??(n.nullContext||{}),i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | healthy when |
|---|---|---|---|---|---|---|
`+((t=i(a,"each").call(e,i(l,"images"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?t:"")+"\nBuild one locally: `docker build -f <Dockerfile> <build context>`.\n\nEvery value in this table comes from one option (see `devops-baseline.json`), detected from the\nrepository by `init` and shown by `detect`: the port is the image's `EXPOSE` and `PORT`, the\nserver's bind address (always `0.0.0.0`), compose's ports, the platform's container port and every\nprobe; the health probe is the same for the image's `HEALTHCHECK`, compose, the platform, deploy\npolling, the uptime workflow and the k6 smoke test.\n\n"+((t=i(a,"if").call(e,i(l,"hasBackend"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:21,column:0},end:{line:58,column:7}}}))!=null?t:"")+`## What the application must provide

`+((t=i(a,"if").call(e,i(l,"pythonBackend"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:61,column:0},end:{line:66,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"django"),{name:"if",hash:{},fn:n.program(9,o,0),inverse:n.noop,data:o,loc:{start:{line:67,column:0},end:{line:77,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"nodeBackend"),{name:"if",hash:{},fn:n.program(12,o,0),inverse:n.noop,data:o,loc:{start:{line:78,column:0},end:{line:80,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"nextjs"),{name:"if",hash:{},fn:n.program(13,o,0),inverse:n.noop,data:o,loc:{start:{line:81,column:0},end:{line:96,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"reactVite"),{name:"if",hash:{},fn:n.program(17,o,0),inverse:n.noop,data:o,loc:{start:{line:97,column:0},end:{line:100,column:7}}}))!=null?t:"")+`
`+((t=i(a,"if").call(e,i(l,"workspace"),{name:"if",hash:{},fn:n.program(18,o,0),inverse:n.noop,data:o,loc:{start:{line:102,column:0},end:{line:110,column:7}}}))!=null?t:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c=n.lambda,s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((t=s(a,"if").call(i,s(l,"postgis"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.program(2,o,0),data:o,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?t:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((t=s(a,"each").call(i,s(l,"settings"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?t:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((t=(e=s(a,"pgbouncerIni")||r(l,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof e=="function"?e.call(i,{name:"pgbouncerIni",hash:{},data:o,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):e))!=null?t:"")+"` runs **transaction pooling**: "+((t=c(r(s(l,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),l))!=null?t:"")+` client connections share
`+((t=c(r(s(l,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),l))!=null?t:"")+" server connections per database and user (+"+((t=c(r(s(l,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),l))!=null?t:"")+` in reserve).
Size each application process's own pool small (`+((t=c(r(s(l,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),l))!=null?t:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((t=s(a,"if").call(i,s(l,"django"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?t:"")+((t=s(a,"if").call(i,s(l,"fastapi"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?t:"")+((t=s(a,"if").call(i,s(l,"node"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?t:"")},1:function(n,l,a,m,o){return"PostGIS"},2:function(n,l,a,m,o){return"PostgreSQL"},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"| `"+((t=(e=s(a,"name")||i(l,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):e))!=null?t:"")+"` | `"+((t=(e=s(a,"value")||i(l,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof e===c?e.call(r,{name:"value",hash:{},data:o,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):e))!=null?t:"")+"` | "+((t=(e=s(a,"why")||i(l,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof e===c?e.call(r,{name:"why",hash:{},data:o,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):e))!=null?t:"")+` |
`},4:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"postgis"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?t:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(n,l,a,m,o){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((t=n.lambda(n.strict(e(l,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),l))!=null?t:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
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
`},7:function(n,l,a,m,o){var t,e=n.strict,i=n.lambda,r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((t=i(e(r(l,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),l))!=null?t:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((t=i(e(r(l,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),l))!=null?t:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((t=i(e(r(l,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),l))!=null?t:"")+" }`.\n"},8:function(n,l,a,m,o){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=l??(n.nullContext||{}),i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((t=i(a,"if").call(e,i(l,"postgres"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?t:"")+((t=i(a,"if").call(e,i(l,"sqlite"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?t:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(n,l,a,m,o){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(t=e(a,"if").call(l??(n.nullContext||{}),e(l,"edge"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.program(3,o,0),data:o,loc:{start:{line:6,column:0},end:{line:15,column:0}}}))!=null?t:""},2:function(n,l,a,m,o){return`# Reverse proxy for compose.prod.yml behind Caddy: routing, security headers, compression, static
# caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, Caddy (compose.caddy.yml) is the only client, and
# Caddy terminates TLS with certificates it obtains and renews itself.
`},3:function(n,l,a,m,o){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},4:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`
`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"tunnel"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.program(6,o,0),data:o,loc:{start:{line:67,column:0},end:{line:75,column:7}}}))!=null?t:"")+`    set_real_ip_from 10.0.0.0/8;
    set_real_ip_from 172.16.0.0/12;
    set_real_ip_from 192.168.0.0/16;

    map $http_x_forwarded_proto $forwarded_proto {
        default $http_x_forwarded_proto;
        "" https;
    }
`},5:function(n,l,a,m,o){return`    # Requests arrive from cloudflared on the Docker network: the client is CF-Connecting-IP (rate limits
    # and logs use it), and the scheme is the one Cloudflare's edge saw.
    real_ip_header CF-Connecting-IP;
`},6:function(n,l,a,m,o){return`    # Requests arrive from Caddy on the Docker network: the client is the X-Forwarded-For Caddy sets
    # (rate limits and logs use it), and the scheme is the one Caddy saw.
    real_ip_header X-Forwarded-For;
`},7:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
    # `+((t=(e=s(a,"apiHost")||i(l,"apiHost",{start:{line:87,column:8},end:{line:87,column:15}}),typeof e===c?e.call(r,{name:"apiHost",hash:{},data:o,loc:{start:{line:87,column:6},end:{line:87,column:17}}}):e))!=null?t:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((t=(e=s(a,"apiHost")||i(l,"apiHost",{start:{line:90,column:10},end:{line:90,column:17}}),typeof e===c?e.call(r,{name:"apiHost",hash:{},data:o,loc:{start:{line:90,column:8},end:{line:90,column:19}}}):e))!=null?t:"")+` backend;
    }
`},8:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    upstream "+((t=(e=s(a,"name")||i(l,"name",{start:{line:95,column:15},end:{line:95,column:19}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:95,column:13},end:{line:95,column:21}}}):e))!=null?t:"")+` {
        server `+((t=(e=s(a,"host")||i(l,"host",{start:{line:96,column:17},end:{line:96,column:21}}),typeof e===c?e.call(r,{name:"host",hash:{},data:o,loc:{start:{line:96,column:15},end:{line:96,column:23}}}):e))!=null?t:"")+":"+((t=(e=s(a,"port")||i(l,"port",{start:{line:96,column:26},end:{line:96,column:30}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:96,column:24},end:{line:96,column:32}}}):e))!=null?t:"")+`;
        keepalive 16;
    }

`},9:function(n,l,a,m,o){return`    server {
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
`},10:function(n,l,a,m,o){return`    server {
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
`},11:function(n,l,a,m,o){return"$forwarded_proto"},12:function(n,l,a,m,o){return"$scheme"},13:function(n,l,a,m,o){var t;return"        add_header "+((t=n.lambda(l,l))!=null?t:"")+` always;
`},14:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"        # "+((t=(e=s(a,"why")||i(l,"why",{start:{line:167,column:12},end:{line:167,column:15}}),typeof e===c?e.call(r,{name:"why",hash:{},data:o,loc:{start:{line:167,column:10},end:{line:167,column:17}}}):e))!=null?t:"")+`
        location `+((t=(e=s(a,"match")||i(l,"match",{start:{line:168,column:19},end:{line:168,column:24}}),typeof e===c?e.call(r,{name:"match",hash:{},data:o,loc:{start:{line:168,column:17},end:{line:168,column:26}}}):e))!=null?t:"")+` {
            proxy_pass http://`+((t=(e=s(a,"upstream")||i(l,"upstream",{start:{line:169,column:32},end:{line:169,column:40}}),typeof e===c?e.call(r,{name:"upstream",hash:{},data:o,loc:{start:{line:169,column:30},end:{line:169,column:42}}}):e))!=null?t:"")+`;
`+((t=s(a,"if").call(r,s(l,"cache"),{name:"if",hash:{},fn:n.program(15,o,0),inverse:n.noop,data:o,loc:{start:{line:170,column:0},end:{line:176,column:7}}}))!=null?t:"")+`        }

`},15:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"            expires "+((t=(e=s(a,"expires")||i(l,"expires",{start:{line:171,column:22},end:{line:171,column:29}}),typeof e===c?e.call(r,{name:"expires",hash:{},data:o,loc:{start:{line:171,column:20},end:{line:171,column:31}}}):e))!=null?t:"")+`;
            add_header Cache-Control "`+((t=(e=s(a,"cache")||i(l,"cache",{start:{line:172,column:40},end:{line:172,column:45}}),typeof e===c?e.call(r,{name:"cache",hash:{},data:o,loc:{start:{line:172,column:38},end:{line:172,column:47}}}):e))!=null?t:"")+`" always;
`+((t=s(a,"each").call(r,s(s(o,"root"),"securityHeaders"),{name:"each",hash:{},fn:n.program(16,o,0),inverse:n.noop,data:o,loc:{start:{line:173,column:0},end:{line:175,column:9}}}))!=null?t:"")},16:function(n,l,a,m,o){var t;return"            add_header "+((t=n.lambda(l,l))!=null?t:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=s(a,"if").call(i,s(l,"tunnel"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:1,column:0},end:{line:15,column:7}}}))!=null?t:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((t=(e=s(a,"rateLimit")||r(l,"rateLimit",{start:{line:56,column:62},end:{line:56,column:71}}),typeof e===c?e.call(i,{name:"rateLimit",hash:{},data:o,loc:{start:{line:56,column:60},end:{line:56,column:73}}}):e))!=null?t:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((t=s(a,"if").call(i,s(l,"edge"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:65,column:0},end:{line:84,column:7}}}))!=null?t:"")+((t=s(a,"if").call(i,s(l,"apiHost"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:85,column:0},end:{line:92,column:7}}}))!=null?t:"")+`
`+((t=s(a,"each").call(i,s(l,"upstreams"),{name:"each",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:94,column:0},end:{line:100,column:9}}}))!=null?t:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((t=s(a,"if").call(i,s(l,"edge"),{name:"if",hash:{},fn:n.program(9,o,0),inverse:n.program(10,o,0),data:o,loc:{start:{line:102,column:0},end:{line:146,column:7}}}))!=null?t:"")+`
        limit_req zone=per_ip burst=`+((t=(e=s(a,"rateBurst")||r(l,"rateBurst",{start:{line:148,column:38},end:{line:148,column:47}}),typeof e===c?e.call(i,{name:"rateBurst",hash:{},data:o,loc:{start:{line:148,column:36},end:{line:148,column:49}}}):e))!=null?t:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((t=s(a,"if").call(i,s(l,"edge"),{name:"if",hash:{},fn:n.program(11,o,0),inverse:n.program(12,o,0),data:o,loc:{start:{line:155,column:43},end:{line:155,column:93}}}))!=null?t:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((t=s(a,"each").call(i,s(l,"securityHeaders"),{name:"each",hash:{},fn:n.program(13,o,0),inverse:n.noop,data:o,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?t:"")+`
`+((t=s(a,"each").call(i,s(l,"locations"),{name:"each",hash:{},fn:n.program(14,o,0),inverse:n.noop,data:o,loc:{start:{line:166,column:0},end:{line:179,column:9}}}))!=null?t:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return"`"+((t=n.lambda(l,l))!=null?t:"")+"`"+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:6,column:35},end:{line:6,column:65}}}))!=null?t:"")},1:function(n,l,a,m,o){return", "},2:function(n,l,a,m,o){var t;return"- "+((t=n.lambda(l,l))!=null?t:"")+`
`},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=(e=s(a,"label")||i(l,"label",{start:{line:19,column:2},end:{line:19,column:7}}),typeof e===c?e.call(r,{name:"label",hash:{},data:o,loc:{start:{line:19,column:0},end:{line:19,column:9}}}):e))!=null?t:"")+"\n\n```bash\n"+((t=(e=s(a,"command")||i(l,"command",{start:{line:22,column:2},end:{line:22,column:9}}),typeof e===c?e.call(r,{name:"command",hash:{},data:o,loc:{start:{line:22,column:0},end:{line:22,column:11}}}):e))!=null?t:"")+"\n```\n\n"},4:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return(t=e(a,"if").call(l??(n.nullContext||{}),e(l,"command"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.program(5,o,0),data:o,loc:{start:{line:29,column:0},end:{line:39,column:7}}}))!=null?t:""},5:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return((t=(e=i(a,"label")||n.strict(l,"label",{start:{line:37,column:2},end:{line:37,column:7}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"label",hash:{},data:o,loc:{start:{line:37,column:0},end:{line:37,column:9}}}):e))!=null?t:"")+`

`},6:function(n,l,a,m,o){var t,e=n.lambda,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"["+((t=e(l,l))!=null?t:"")+"]("+((t=e(l,l))!=null?t:"")+".md)"+((t=i(a,"unless").call(l??(n.nullContext||{}),i(o,"last"),{name:"unless",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:53,column:49},end:{line:53,column:80}}}))!=null?t:"")},7:function(n,l,a,m,o){return" · "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# "+((t=(e=s(a,"title")||i(l,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof e===c?e.call(r,{name:"title",hash:{},data:o,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):e))!=null?t:"")+`

`+((t=(e=s(a,"purpose")||i(l,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof e===c?e.call(r,{name:"purpose",hash:{},data:o,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):e))!=null?t:"")+`

- Service: \``+((t=(e=s(a,"name")||i(l,"name",{start:{line:5,column:14},end:{line:5,column:18}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:5,column:12},end:{line:5,column:20}}}):e))!=null?t:"")+"` on "+((t=(e=s(a,"cloudTitle")||i(l,"cloudTitle",{start:{line:5,column:27},end:{line:5,column:37}}),typeof e===c?e.call(r,{name:"cloudTitle",hash:{},data:o,loc:{start:{line:5,column:25},end:{line:5,column:39}}}):e))!=null?t:"")+`
- Alert: `+((t=s(a,"each").call(r,s(l,"alerts"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:6,column:9},end:{line:6,column:74}}}))!=null?t:"")+" ("+((t=(e=s(a,"alertSource")||i(l,"alertSource",{start:{line:6,column:78},end:{line:6,column:89}}),typeof e===c?e.call(r,{name:"alertSource",hash:{},data:o,loc:{start:{line:6,column:76},end:{line:6,column:91}}}):e))!=null?t:"")+`)
- Severity: `+((t=(e=s(a,"severity")||i(l,"severity",{start:{line:7,column:14},end:{line:7,column:22}}),typeof e===c?e.call(r,{name:"severity",hash:{},data:o,loc:{start:{line:7,column:12},end:{line:7,column:24}}}):e))!=null?t:"")+`
- Alerts go to: `+((t=(e=s(a,"alertDestination")||i(l,"alertDestination",{start:{line:8,column:18},end:{line:8,column:34}}),typeof e===c?e.call(r,{name:"alertDestination",hash:{},data:o,loc:{start:{line:8,column:16},end:{line:8,column:36}}}):e))!=null?t:"")+`

## 1. Confirm

`+((t=s(a,"each").call(r,s(l,"confirm"),{name:"each",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:12,column:0},end:{line:14,column:9}}}))!=null?t:"")+`
## 2. Diagnose

`+((t=s(a,"each").call(r,s(l,"diagnose"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:18,column:0},end:{line:25,column:9}}}))!=null?t:"")+`## 3. Mitigate

`+((t=s(a,"each").call(r,s(l,"mitigate"),{name:"each",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:40,column:9}}}))!=null?t:"")+`## 4. Escalate

`+((t=s(a,"each").call(r,s(l,"escalate"),{name:"each",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:43,column:0},end:{line:45,column:9}}}))!=null?t:"")+`
## 5. Verify recovery

`+((t=s(a,"each").call(r,s(l,"verify"),{name:"each",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:49,column:0},end:{line:51,column:9}}}))!=null?t:"")+`
Related: `+((t=s(a,"each").call(r,s(l,"related"),{name:"each",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:53,column:9},end:{line:53,column:89}}}))!=null?t:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'default_dir="'+((t=(e=i(a,"localPath")||n.strict(l,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"localPath",hash:{},data:o,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):e))!=null?t:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return'default_bucket="'+((t=(e=s(a,"bucket")||i(l,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof e===c?e.call(r,{name:"bucket",hash:{},data:o,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):e))!=null?t:"")+'" default_prefix="'+((t=(e=s(a,"prefix")||i(l,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof e===c?e.call(r,{name:"prefix",hash:{},data:o,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):e))!=null?t:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(n,l,a,m,o){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(n,l,a,m,o){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(n,l,a,m,o){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(n,l,a,m,o){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(n,l,a,m,o){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(n,l,a,m,o){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(n,l,a,m,o){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`#!/usr/bin/env bash
# Backs up `+((t=(e=u(a,"name")||i(l,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):e))!=null?t:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((t=(e=u(a,"targetTitle")||i(l,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof e===c?e.call(r,{name:"targetTitle",hash:{},data:o,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):e))!=null?t:"")+`,
# then prunes to `+((t=s(i(u(l,"retention"),"daily",{start:{line:3,column:19},end:{line:3,column:34}}),l))!=null?t:"")+" daily, "+((t=s(i(u(l,"retention"),"weekly",{start:{line:3,column:46},end:{line:3,column:62}}),l))!=null?t:"")+" weekly and "+((t=s(i(u(l,"retention"),"monthly",{start:{line:3,column:78},end:{line:3,column:95}}),l))!=null?t:"")+` monthly dumps.
# Connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE) and the
# password from PGPASSFILE or PGPASSWORD: never from the command line, where \`ps\` would show it.
# Restore with scripts/restore_db.sh. Regenerate with create-devops-baseline.
set -euo pipefail

: "\${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSFILE or PGPASSWORD)}"
# Defaults from devops-baseline config (backup.retention); the environment may override them.
default_daily=`+((t=s(i(u(l,"retention"),"daily",{start:{line:11,column:16},end:{line:11,column:31}}),l))!=null?t:"")+" default_weekly="+((t=s(i(u(l,"retention"),"weekly",{start:{line:11,column:51},end:{line:11,column:67}}),l))!=null?t:"")+" default_monthly="+((t=s(i(u(l,"retention"),"monthly",{start:{line:11,column:88},end:{line:11,column:105}}),l))!=null?t:"")+`
keep_daily="\${KEEP_DAILY:-$default_daily}"
keep_weekly="\${KEEP_WEEKLY:-$default_weekly}"
keep_monthly="\${KEEP_MONTHLY:-$default_monthly}"
`+((t=u(a,"if").call(r,u(l,"local"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"azure"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"minio"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?t:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((t=u(a,"if").call(r,u(l,"local"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"s3"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"minio"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"gcs"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?t:"")+((t=u(a,"if").call(r,u(l,"azure"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?t:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(n,l,a,m,o){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(n,l,a,m,o){var t;return"-f "+((t=n.lambda(l,l))!=null?t:"")+" "},2:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"service")||i(l,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof e===c?e.call(r,{name:"service",hash:{},data:o,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):e))!=null?t:"")+") echo "+((t=(e=s(a,"imageVar")||i(l,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof e===c?e.call(r,{name:"imageVar",hash:{},data:o,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):e))!=null?t:"")+` ;;
`},3:function(n,l,a,m,o){var t,e=l??(n.nullContext||{}),i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# Blue-green: the switch (compose.tunnel.yml or compose.caddy.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((t=i(a,"each").call(e,i(l,"services"),{name:"each",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?t:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((t=i(a,"each").call(e,i(l,"services"),{name:"each",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?t:"")+`  esac
}

# The health route of each service; empty for a service without one.
health_path_for() {
  case "$1" in
`+((t=i(a,"each").call(e,i(l,"services"),{name:"each",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:56,column:0},end:{line:58,column:9}}}))!=null?t:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((t=i(a,"each").call(e,i(l,"services"),{name:"each",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:64,column:0},end:{line:66,column:9}}}))!=null?t:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((t=i(a,"each").call(e,i(l,"services"),{name:"each",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:79,column:0},end:{line:81,column:9}}}))!=null?t:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"key")||i(l,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):e))!=null?t:"")+') if [ "$2" = blue ]; then echo '+((t=(e=s(a,"service")||i(l,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof e===c?e.call(r,{name:"service",hash:{},data:o,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):e))!=null?t:"")+"; else echo "+((t=(e=s(a,"service")||i(l,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof e===c?e.call(r,{name:"service",hash:{},data:o,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):e))!=null?t:"")+`-green; fi ;;
`},5:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"key")||i(l,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):e))!=null?t:"")+') echo "$(service_for '+((t=(e=s(a,"key")||i(l,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):e))!=null?t:"")+' "$2"):'+((t=(e=s(a,"port")||i(l,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):e))!=null?t:"")+`" ;;
`},6:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"key")||i(l,"key",{start:{line:57,column:6},end:{line:57,column:9}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:57,column:4},end:{line:57,column:11}}}):e))!=null?t:"")+') echo "'+((t=(e=s(a,"healthPath")||i(l,"healthPath",{start:{line:57,column:21},end:{line:57,column:31}}),typeof e===c?e.call(r,{name:"healthPath",hash:{},data:o,loc:{start:{line:57,column:19},end:{line:57,column:33}}}):e))!=null?t:"")+`" ;;
`},7:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"key")||i(l,"key",{start:{line:65,column:6},end:{line:65,column:9}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:65,column:4},end:{line:65,column:11}}}):e))!=null?t:"")+') if [ "$2" = blue ]; then echo '+((t=(e=s(a,"imageVar")||i(l,"imageVar",{start:{line:65,column:45},end:{line:65,column:53}}),typeof e===c?e.call(r,{name:"imageVar",hash:{},data:o,loc:{start:{line:65,column:43},end:{line:65,column:55}}}):e))!=null?t:"")+"; else echo "+((t=(e=s(a,"imageVar")||i(l,"imageVar",{start:{line:65,column:69},end:{line:65,column:77}}),typeof e===c?e.call(r,{name:"imageVar",hash:{},data:o,loc:{start:{line:65,column:67},end:{line:65,column:79}}}):e))!=null?t:"")+`_GREEN; fi ;;
`},8:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"  [ -f state/switch/"+((t=(e=s(a,"key")||i(l,"key",{start:{line:80,column:22},end:{line:80,column:25}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:80,column:20},end:{line:80,column:27}}}):e))!=null?t:"")+".conf ] || write_upstream "+((t=(e=s(a,"key")||i(l,"key",{start:{line:80,column:55},end:{line:80,column:58}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:80,column:53},end:{line:80,column:60}}}):e))!=null?t:"")+' "$(live_colour '+((t=(e=s(a,"key")||i(l,"key",{start:{line:80,column:78},end:{line:80,column:81}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:80,column:76},end:{line:80,column:83}}}):e))!=null?t:"")+`)"
`},9:function(n,l,a,m,o){return`  live)
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((t=s(a,"if").call(i,s(l,"blueGreen"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?t:"")+`.
# Image choices persist in `+((t=(e=s(a,"deployDir")||r(l,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof e===c?e.call(i,{name:"deployDir",hash:{},data:o,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):e))!=null?t:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((t=(e=s(a,"deployDir")||r(l,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof e===c?e.call(i,{name:"deployDir",hash:{},data:o,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):e))!=null?t:"")+`"
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
  docker compose `+((t=s(a,"each").call(i,s(l,"composeFiles"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?t:"")+`"$@"
}

image_var() {
  case "$1" in
`+((t=s(a,"each").call(i,s(l,"services"),{name:"each",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?t:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((t=s(a,"if").call(i,s(l,"blueGreen"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:34,column:0},end:{line:85,column:7}}}))!=null?t:"")+`persist_image() {
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
    `+((t=(e=s(a,"migrateVar")||r(l,"migrateVar",{start:{line:112,column:6},end:{line:112,column:16}}),typeof e===c?e.call(i,{name:"migrateVar",hash:{},data:o,loc:{start:{line:112,column:4},end:{line:112,column:18}}}):e))!=null?t:"")+'="$image" compose run --rm --no-deps '+((t=(e=s(a,"migrateService")||r(l,"migrateService",{start:{line:112,column:57},end:{line:112,column:71}}),typeof e===c?e.call(i,{name:"migrateService",hash:{},data:o,loc:{start:{line:112,column:55},end:{line:112,column:73}}}):e))!=null?t:"")+" "+((t=(e=s(a,"migrateCommand")||r(l,"migrateCommand",{start:{line:112,column:76},end:{line:112,column:90}}),typeof e===c?e.call(i,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:112,column:74},end:{line:112,column:92}}}):e))!=null?t:"")+`
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
`+((t=s(a,"if").call(i,s(l,"blueGreen"),{name:"if",hash:{},fn:n.program(9,o,0),inverse:n.noop,data:o,loc:{start:{line:124,column:0},end:{line:157,column:7}}}))!=null?t:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):e))!=null?t:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'default_dir="'+((t=(e=i(a,"localPath")||n.strict(l,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"localPath",hash:{},data:o,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):e))!=null?t:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return'default_bucket="'+((t=(e=s(a,"bucket")||i(l,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof e===c?e.call(r,{name:"bucket",hash:{},data:o,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):e))!=null?t:"")+'" default_prefix="'+((t=(e=s(a,"prefix")||i(l,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof e===c?e.call(r,{name:"prefix",hash:{},data:o,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):e))!=null?t:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(n,l,a,m,o){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(n,l,a,m,o){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(n,l,a,m,o){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(n,l,a,m,o){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(n,l,a,m,o){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(n,l,a,m,o){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(n,l,a,m,o){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((t=(e=r(a,"targetTitle")||n.strict(l,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof e=="function"?e.call(i,{name:"targetTitle",hash:{},data:o,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):e))!=null?t:"")+` into RESTORE_DATABASE.
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
`+((t=r(a,"if").call(i,r(l,"local"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"azure"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"minio"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?t:"")+`
`+((t=r(a,"if").call(i,r(l,"local"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"s3"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"minio"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"gcs"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"azure"),{name:"if",hash:{},fn:n.program(8,o,0),inverse:n.noop,data:o,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?t:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers healthy (200 up to HEALTHY_BELOW) REQUIRED_SUCCESSES times in
# a row, and fails once the deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((t=(e=s(a,"name")||i(l,"name",{start:{line:3,column:107},end:{line:3,column:111}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:3,column:105},end:{line:3,column:113}}}):e))!=null?t:"")+`.
#   HEALTH_URL=https://api.example.org`+((t=(e=s(a,"healthPath")||i(l,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof e===c?e.call(r,{name:"healthPath",hash:{},data:o,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):e))!=null?t:"")+` scripts/wait_for_health.sh
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`  # deploy.yml's startup guard: whether each app secret has a value, never the value itself.
  statement {
    sid       = "ConfigGuard"
    actions   = ["secretsmanager:ListSecretVersionIds"]
    resources = ["arn:aws:secretsmanager:*:\${data.aws_caller_identity.current.account_id}:secret:`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:70,column:99},end:{line:70,column:103}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:70,column:97},end:{line:70,column:105}}}):e))!=null?t:"")+`-*"]
  }
`},1:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return'"'+((t=(e=r(a,"image")||n.strict(l,"image",{start:{line:81,column:53},end:{line:81,column:58}}),typeof e=="function"?e.call(i,{name:"image",hash:{},data:o,loc:{start:{line:81,column:51},end:{line:81,column:60}}}):e))!=null?t:"")+'"'+((t=r(a,"unless").call(i,r(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:81,column:61},end:{line:81,column:91}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((t=(e=s(a,"bucket")||i(l,"bucket",{start:{line:103,column:14},end:{line:103,column:20}}),typeof e===c?e.call(r,{name:"bucket",hash:{},data:o,loc:{start:{line:103,column:12},end:{line:103,column:22}}}):e))!=null?t:"")+`"
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
      prefix = "`+((t=(e=s(a,"prefix")||i(l,"prefix",{start:{line:136,column:18},end:{line:136,column:24}}),typeof e===c?e.call(r,{name:"prefix",hash:{},data:o,loc:{start:{line:136,column:16},end:{line:136,column:26}}}):e))!=null?t:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:146,column:12},end:{line:146,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:146,column:10},end:{line:146,column:18}}}):e))!=null?t:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((t=(e=s(a,"prefix")||i(l,"prefix",{start:{line:169,column:131},end:{line:169,column:137}}),typeof e===c?e.call(r,{name:"prefix",hash:{},data:o,loc:{start:{line:169,column:129},end:{line:169,column:139}}}):e))!=null?t:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:177,column:27},end:{line:177,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:177,column:25},end:{line:177,column:33}}}):e))!=null?t:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:179,column:27},end:{line:179,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:179,column:25},end:{line:179,column:33}}}):e))!=null?t:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},4:function(n,l,a,m,o){return"aws_acm_certificate_validation.alb.certificate_arn"},5:function(n,l,a,m,o){return"var.certificate_arn"},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):e))!=null?t:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((t=(e=s(a,"name")||i(l,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):e))!=null?t:"")+`-*"]
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
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:65,column:0},end:{line:72,column:7}}}))!=null?t:"")+`}

resource "aws_iam_role_policy" "deploy" {
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_ecr_repository" "image" {
  for_each             = toset([`+((t=s(a,"each").call(r,s(l,"services"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:81,column:32},end:{line:81,column:100}}}))!=null?t:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:91,column:12},end:{line:91,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:91,column:10},end:{line:91,column:18}}}):e))!=null?t:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((t=s(a,"if").call(r,s(l,"s3Backups"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:99,column:0},end:{line:189,column:7}}}))!=null?t:"")+`
module "staging" {
  source             = "./modules/environment"
  environment        = "staging"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((t=s(a,"if").call(r,s(l,"managedCertificate"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.program(5,o,0),data:o,loc:{start:{line:197,column:23},end:{line:197,column:133}}}))!=null?t:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}

module "production" {
  source             = "./modules/environment"
  environment        = "production"
  vpc_id             = var.vpc_id
  public_subnet_ids  = var.public_subnet_ids
  private_subnet_ids = var.private_subnet_ids
  certificate_arn    = `+((t=s(a,"if").call(r,s(l,"managedCertificate"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.program(5,o,0),data:o,loc:{start:{line:208,column:23},end:{line:208,column:133}}}))!=null?t:"")+`
  alarm_topic_arn    = aws_sns_topic.alarms.arn
  repository_urls    = { for k, r in aws_ecr_repository.image : k => r.repository_url }
}
`},useData:!0},"terraform/aws-ecs/module-app-config.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "aws_secretsmanager_secret" "app" {
  for_each                = toset(`+((t=(e=i(a,"appSecretNames")||n.strict(l,"appSecretNames",{start:{line:23,column:37},end:{line:23,column:51}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"appSecretNames",hash:{},data:o,loc:{start:{line:23,column:34},end:{line:23,column:54}}}):e))!=null?t:"")+`)
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
`},1:function(n,l,a,m,o){return`
# No secret variables: an empty set keeps local.app_secrets well-formed.
resource "aws_secretsmanager_secret" "app" {
  for_each = toset([])
  name     = "\${local.prefix}/\${each.key}"
}
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secrets Manager secret created with no value: set it with
# \`aws secretsmanager put-secret-value\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((t=(e=s(a,"appPlainStaging")||i(l,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof e===c?e.call(r,{name:"appPlainStaging",hash:{},data:o,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):e))!=null?t:"")+`
    }
    production = {
`+((t=(e=s(a,"appPlainProduction")||i(l,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof e===c?e.call(r,{name:"appPlainProduction",hash:{},data:o,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):e))!=null?t:"")+`
    }
  }
  app_secret_names = {
`+((t=(e=s(a,"appSecretsByService")||i(l,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof e===c?e.call(r,{name:"appSecretsByService",hash:{},data:o,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):e))!=null?t:"")+`
  }
  # Task definition entries: plain values in \`environment\`, secrets by ARN in \`secrets\`.
  app_environment = { for key, values in local.app_plain[var.environment] : key => [for name, value in values : { name = name, value = value }] }
  app_secrets     = { for key, names in local.app_secret_names : key => [for name in names : { name = name, valueFrom = aws_secretsmanager_secret.app[name].arn }] }
}
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:20,column:0},end:{line:44,column:7}}}))!=null?t:"")},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(n,l,a,m,o){return`data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

`},1:function(n,l,a,m,o){return`  # Only CloudFront reaches the load balancers, so its WAF cannot be bypassed. The managed prefix list
  # counts as 55 rules of the group's 60: one rule, HTTPS only (CloudFront talks HTTPS to the origin).
  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.cloudfront.id]
  }
`},2:function(n,l,a,m,o){return`  ingress {
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
`},3:function(n,l,a,m,o){return`        # Behind CloudFront the client is the address CloudFront appends last to X-Forwarded-For.
        ip_set_forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "NO_MATCH"
          position          = "LAST"
        }
`},4:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`        # Behind CloudFront every request comes from an edge address: count the forwarded client address
        # (a second line: the CloudFront web ACL in infra/edge.tf limits on the true source address).
        limit              = `+((t=(e=i(a,"rateLimit")||n.strict(l,"rateLimit",{start:{line:147,column:31},end:{line:147,column:40}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"rateLimit",hash:{},data:o,loc:{start:{line:147,column:29},end:{line:147,column:42}}}):e))!=null?t:"")+`
        aggregate_key_type = "FORWARDED_IP"
        forwarded_ip_config {
          header_name       = "X-Forwarded-For"
          fallback_behavior = "MATCH"
        }
`},5:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"        limit              = "+((t=(e=i(a,"rateLimit")||n.strict(l,"rateLimit",{start:{line:154,column:31},end:{line:154,column:40}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"rateLimit",hash:{},data:o,loc:{start:{line:154,column:29},end:{line:154,column:42}}}):e))!=null?t:"")+`
        aggregate_key_type = "IP"
`},6:function(n,l,a,m,o,t,e){var i,r,c=n.strict,s=l??(n.nullContext||{}),u="function",d=n.lambda,p=n.lookupProperty||function(f,A){if(Object.prototype.hasOwnProperty.call(f,A))return f[A]};return`
# ---- `+((i=(r=p(a,"key")||c(l,"key",{start:{line:174,column:9},end:{line:174,column:12}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:174,column:7},end:{line:174,column:14}}}):r))!=null?i:"")+": "+((i=(r=p(a,"image")||c(l,"image",{start:{line:174,column:18},end:{line:174,column:23}}),typeof r===u?r.call(s,{name:"image",hash:{},data:o,loc:{start:{line:174,column:16},end:{line:174,column:25}}}):r))!=null?i:"")+" on port "+((i=(r=p(a,"port")||c(l,"port",{start:{line:174,column:36},end:{line:174,column:40}}),typeof r===u?r.call(s,{name:"port",hash:{},data:o,loc:{start:{line:174,column:34},end:{line:174,column:42}}}):r))!=null?i:"")+` ----

resource "aws_lb" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:176,column:21},end:{line:176,column:24}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:176,column:19},end:{line:176,column:26}}}):r))!=null?i:"")+'" {\n  name                       = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:177,column:50},end:{line:177,column:53}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:177,column:48},end:{line:177,column:55}}}):r))!=null?i:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:184,column:44},end:{line:184,column:47}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:184,column:42},end:{line:184,column:49}}}):r))!=null?i:"")+`" {
  resource_arn = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:185,column:26},end:{line:185,column:29}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:185,column:24},end:{line:185,column:31}}}):r))!=null?i:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:189,column:34},end:{line:189,column:37}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:189,column:32},end:{line:189,column:39}}}):r))!=null?i:"")+`" {
  for_each    = toset(`+((i=p(a,"if").call(s,p(e[1],"progressive"),{name:"if",hash:{},fn:n.program(7,o,0,t,e),inverse:n.program(8,o,0,t,e),data:o,loc:{start:{line:190,column:22},end:{line:190,column:84}}}))!=null?i:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:191,column:56},end:{line:191,column:59}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:191,column:54},end:{line:191,column:61}}}):r))!=null?i:"")+'" : "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:191,column:84},end:{line:191,column:87}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:191,column:82},end:{line:191,column:89}}}):r))!=null?i:"")+'-${each.key}"\n  port        = '+((i=(r=p(a,"port")||c(l,"port",{start:{line:192,column:18},end:{line:192,column:22}}),typeof r===u?r.call(s,{name:"port",hash:{},data:o,loc:{start:{line:192,column:16},end:{line:192,column:24}}}):r))!=null?i:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    # `+((i=p(a,"if").call(s,p(p(l,"probe"),"route"),{name:"if",hash:{},fn:n.program(9,o,0,t,e),inverse:n.program(10,o,0,t,e),data:o,loc:{start:{line:198,column:6},end:{line:198,column:130}}}))!=null?i:"")+`
    path                = "`+((i=(r=p(a,"healthPath")||c(l,"healthPath",{start:{line:199,column:29},end:{line:199,column:39}}),typeof r===u?r.call(s,{name:"healthPath",hash:{},data:o,loc:{start:{line:199,column:27},end:{line:199,column:41}}}):r))!=null?i:"")+`"
    matcher             = "`+((i=p(a,"if").call(s,p(p(l,"probe"),"route"),{name:"if",hash:{},fn:n.program(11,o,0,t,e),inverse:n.program(12,o,0,t,e),data:o,loc:{start:{line:200,column:27},end:{line:200,column:75}}}))!=null?i:"")+`"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:207,column:30},end:{line:207,column:33}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:207,column:28},end:{line:207,column:35}}}):r))!=null?i:"")+`_https" {
  load_balancer_arn = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:208,column:31},end:{line:208,column:34}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:208,column:29},end:{line:208,column:36}}}):r))!=null?i:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((i=p(a,"if").call(s,p(e[1],"progressive"),{name:"if",hash:{},fn:n.program(13,o,0,t,e),inverse:n.program(14,o,0,t,e),data:o,loc:{start:{line:217,column:0},end:{line:230,column:7}}}))!=null?i:"")+`    }
  }
`+((i=p(a,"if").call(s,p(e[1],"progressive"),{name:"if",hash:{},fn:n.program(15,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:233,column:0},end:{line:239,column:7}}}))!=null?i:"")+`}

resource "aws_lb_listener" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:242,column:30},end:{line:242,column:33}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:242,column:28},end:{line:242,column:35}}}):r))!=null?i:"")+`_http" {
  load_balancer_arn = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:243,column:31},end:{line:243,column:34}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:243,column:29},end:{line:243,column:36}}}):r))!=null?i:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:257,column:38},end:{line:257,column:41}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:257,column:36},end:{line:257,column:43}}}):r))!=null?i:"")+'" {\n  family                   = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:258,column:48},end:{line:258,column:51}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:258,column:46},end:{line:258,column:53}}}):r))!=null?i:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:265,column:32},end:{line:265,column:35}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:265,column:30},end:{line:265,column:37}}}):r))!=null?i:"")+'"\n    image                  = "${var.repository_urls["'+((i=(r=p(a,"image")||c(l,"image",{start:{line:266,column:55},end:{line:266,column:60}}),typeof r===u?r.call(s,{name:"image",hash:{},data:o,loc:{start:{line:266,column:53},end:{line:266,column:62}}}):r))!=null?i:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((i=(r=p(a,"port")||c(l,"port",{start:{line:269,column:50},end:{line:269,column:54}}),typeof r===u?r.call(s,{name:"port",hash:{},data:o,loc:{start:{line:269,column:48},end:{line:269,column:56}}}):r))!=null?i:"")+`, protocol = "tcp" }]
`+((i=p(a,"if").call(s,p(l,"migrate"),{name:"if",hash:{},fn:n.program(16,o,0,t,e),inverse:n.program(17,o,0,t,e),data:o,loc:{start:{line:270,column:0},end:{line:280,column:7}}}))!=null?i:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:286,column:35},end:{line:286,column:38}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:286,column:33},end:{line:286,column:40}}}):r))!=null?i:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:297,column:30},end:{line:297,column:33}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:297,column:28},end:{line:297,column:35}}}):r))!=null?i:"")+`" {
  for_each        = aws_lb_target_group.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:298,column:42},end:{line:298,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:298,column:40},end:{line:298,column:47}}}):r))!=null?i:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:299,column:60},end:{line:299,column:63}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:299,column:58},end:{line:299,column:65}}}):r))!=null?i:"")+'" : "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:299,column:88},end:{line:299,column:91}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:299,column:86},end:{line:299,column:93}}}):r))!=null?i:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:301,column:46},end:{line:301,column:49}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:301,column:44},end:{line:301,column:51}}}):r))!=null?i:"")+`.arn
  desired_count   = `+((i=d(c(e[1],"minReplicas",{start:{line:302,column:22},end:{line:302,column:36}}),l))!=null?i:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:312,column:26},end:{line:312,column:29}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:312,column:24},end:{line:312,column:31}}}):r))!=null?i:"")+`"
    container_port   = `+((i=(r=p(a,"port")||c(l,"port",{start:{line:313,column:25},end:{line:313,column:29}}),typeof r===u?r.call(s,{name:"port",hash:{},data:o,loc:{start:{line:313,column:23},end:{line:313,column:31}}}):r))!=null?i:"")+`
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

resource "aws_appautoscaling_target" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:327,column:40},end:{line:327,column:43}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:327,column:38},end:{line:327,column:45}}}):r))!=null?i:"")+`" {
  for_each           = aws_ecs_service.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:328,column:41},end:{line:328,column:44}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:328,column:39},end:{line:328,column:46}}}):r))!=null?i:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((i=d(c(e[1],"minReplicas",{start:{line:332,column:25},end:{line:332,column:39}}),l))!=null?i:"")+`
  max_capacity       = `+((i=d(c(e[1],"maxReplicas",{start:{line:333,column:25},end:{line:333,column:39}}),l))!=null?i:"")+`
}

resource "aws_appautoscaling_policy" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:336,column:40},end:{line:336,column:43}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:336,column:38},end:{line:336,column:45}}}):r))!=null?i:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:337,column:51},end:{line:337,column:54}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:337,column:49},end:{line:337,column:56}}}):r))!=null?i:"")+'\n  name               = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:338,column:42},end:{line:338,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:338,column:40},end:{line:338,column:47}}}):r))!=null?i:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:353,column:42},end:{line:353,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:353,column:40},end:{line:353,column:47}}}):r))!=null?i:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:354,column:43},end:{line:354,column:46}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:354,column:41},end:{line:354,column:48}}}):r))!=null?i:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:374,column:46},end:{line:374,column:49}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:374,column:44},end:{line:374,column:51}}}):r))!=null?i:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:385,column:46},end:{line:385,column:49}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:385,column:44},end:{line:385,column:51}}}):r))!=null?i:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:392,column:42},end:{line:392,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:392,column:40},end:{line:392,column:47}}}):r))!=null?i:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:393,column:43},end:{line:393,column:46}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:393,column:41},end:{line:393,column:48}}}):r))!=null?i:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:397,column:50},end:{line:397,column:53}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:397,column:48},end:{line:397,column:55}}}):r))!=null?i:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:407,column:42},end:{line:407,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:407,column:40},end:{line:407,column:47}}}):r))!=null?i:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:408,column:46},end:{line:408,column:49}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:408,column:44},end:{line:408,column:51}}}):r))!=null?i:"")+'\n  alarm_name          = "${local.prefix}-'+((i=(r=p(a,"key")||c(l,"key",{start:{line:409,column:43},end:{line:409,column:46}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:409,column:41},end:{line:409,column:48}}}):r))!=null?i:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:413,column:50},end:{line:413,column:53}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:413,column:48},end:{line:413,column:55}}}):r))!=null?i:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((i=(r=p(a,"key")||c(l,"key",{start:{line:422,column:42},end:{line:422,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:422,column:40},end:{line:422,column:47}}}):r))!=null?i:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((i=(r=p(a,"key")||c(l,"key",{start:{line:423,column:42},end:{line:423,column:45}}),typeof r===u?r.call(s,{name:"key",hash:{},data:o,loc:{start:{line:423,column:40},end:{line:423,column:47}}}):r))!=null?i:"")+`
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
`},7:function(n,l,a,m,o){return'["blue", "green"]'},8:function(n,l,a,m,o){return'["live"]'},9:function(n,l,a,m,o){return"The health route answers below 400."},10:function(n,l,a,m,o){return"No health route: any answer below 500 is a running app."},11:function(n,l,a,m,o){return"200-399"},12:function(n,l,a,m,o){return"200-499"},13:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`      target_group {
        arn    = aws_lb_target_group.`+((t=(e=s(a,"key")||i(l,"key",{start:{line:219,column:39},end:{line:219,column:42}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:219,column:37},end:{line:219,column:44}}}):e))!=null?t:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((t=(e=s(a,"key")||i(l,"key",{start:{line:223,column:39},end:{line:223,column:42}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:223,column:37},end:{line:223,column:44}}}):e))!=null?t:"")+`["green"].arn
        weight = 0
      }
`},14:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`      target_group {
        arn = aws_lb_target_group.`+((t=(e=i(a,"key")||n.strict(l,"key",{start:{line:228,column:36},end:{line:228,column:39}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"key",hash:{},data:o,loc:{start:{line:228,column:34},end:{line:228,column:41}}}):e))!=null?t:"")+`["live"].arn
      }
`},15:function(n,l,a,m,o){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},16:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`    environment = concat([
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ], local.app_environment["`+((t=(e=s(a,"key")||i(l,"key",{start:{line:275,column:32},end:{line:275,column:35}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:275,column:30},end:{line:275,column:37}}}):e))!=null?t:"")+'"])\n    secrets = concat([{ name = "PGPASSWORD", valueFrom = "${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }], local.app_secrets["'+((t=(e=s(a,"key")||i(l,"key",{start:{line:276,column:152},end:{line:276,column:155}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:276,column:150},end:{line:276,column:157}}}):e))!=null?t:"")+`"])
`},17:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return'    environment            = local.app_environment["'+((t=(e=s(a,"key")||i(l,"key",{start:{line:278,column:54},end:{line:278,column:57}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:278,column:52},end:{line:278,column:59}}}):e))!=null?t:"")+`"]
    secrets                = local.app_secrets["`+((t=(e=s(a,"key")||i(l,"key",{start:{line:279,column:50},end:{line:279,column:53}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:279,column:48},end:{line:279,column:55}}}):e))!=null?t:"")+`"]
`},18:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
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
  engine_version              = "`+((t=(e=s(a,"postgresMajor")||i(l,"postgresMajor",{start:{line:463,column:35},end:{line:463,column:48}}),typeof e===c?e.call(r,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:463,column:33},end:{line:463,column:50}}}):e))!=null?t:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((t=(e=s(a,"dbName")||i(l,"dbName",{start:{line:468,column:35},end:{line:468,column:41}}),typeof e===c?e.call(r,{name:"dbName",hash:{},data:o,loc:{start:{line:468,column:33},end:{line:468,column:43}}}):e))!=null?t:"")+`"
  username                    = "`+((t=(e=s(a,"dbName")||i(l,"dbName",{start:{line:469,column:35},end:{line:469,column:41}}),typeof e===c?e.call(r,{name:"dbName",hash:{},data:o,loc:{start:{line:469,column:33},end:{line:469,column:43}}}):e))!=null?t:"")+`"
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
`},19:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=(e=s(a,"key")||i(l,"key",{start:{line:519,column:32},end:{line:519,column:35}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:519,column:30},end:{line:519,column:37}}}):e))!=null?t:"")+' = "https://${aws_lb.'+((t=(e=s(a,"key")||i(l,"key",{start:{line:519,column:60},end:{line:519,column:63}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:519,column:58},end:{line:519,column:65}}}):e))!=null?t:"")+'.dns_name}"'+((t=s(a,"unless").call(r,s(o,"last"),{name:"unless",hash:{},fn:n.program(20,o,0),inverse:n.noop,data:o,loc:{start:{line:519,column:76},end:{line:519,column:106}}}))!=null?t:"")},20:function(n,l,a,m,o){return", "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o,t,e){var i,r=l??(n.nullContext||{}),c=n.lookupProperty||function(s,u){if(Object.prototype.hasOwnProperty.call(s,u))return s[u]};return`resource "aws_ecs_cluster" "this" {
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

`+((i=c(a,"if").call(r,c(l,"cdnFront"),{name:"if",hash:{},fn:n.program(0,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:33,column:7}}}))!=null?i:"")+`resource "aws_security_group" "alb" {
  name   = "\${local.prefix}-alb"
  vpc_id = var.vpc_id

`+((i=c(a,"if").call(r,c(l,"cdnFront"),{name:"if",hash:{},fn:n.program(1,o,0,t,e),inverse:n.program(2,o,0,t,e),data:o,loc:{start:{line:38,column:0},end:{line:61,column:7}}}))!=null?i:"")+`
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
`+((i=c(a,"if").call(r,c(l,"cdnFront"),{name:"if",hash:{},fn:n.program(3,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:119,column:0},end:{line:126,column:7}}}))!=null?i:"")+`      }
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
`+((i=c(a,"if").call(r,c(l,"cdnFront"),{name:"if",hash:{},fn:n.program(4,o,0,t,e),inverse:n.program(5,o,0,t,e),data:o,loc:{start:{line:144,column:0},end:{line:156,column:7}}}))!=null?i:"")+`      }
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
`+((i=c(a,"each").call(r,c(l,"services"),{name:"each",hash:{},fn:n.program(6,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:172,column:0},end:{line:436,column:9}}}))!=null?i:"")+`
data "aws_region" "current" {}
`+((i=c(a,"if").call(r,c(l,"hasDatabase"),{name:"if",hash:{},fn:n.program(18,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:439,column:0},end:{line:516,column:7}}}))!=null?i:"")+`
output "urls" {
  value = { `+((i=c(a,"each").call(r,c(l,"services"),{name:"each",hash:{},fn:n.program(19,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:519,column:12},end:{line:519,column:115}}}))!=null?i:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`variable "environment" {
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
  prefix = "`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):e))!=null?t:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(n,l,a,m,o){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((t=e(a,"if").call(l??(n.nullContext||{}),e(l,"s3Backups"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?t:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{0:function(n,l,a,m,o){return`variable "certificate_arn" {
  type        = string
  description = "ACM certificate for the HTTPS listeners (set deploy.domain and edge.dnsZone to have infra/edge.tf manage it)."
}
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "region" {
  type    = string
  default = "`+((t=(e=r(a,"region")||n.strict(l,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof e=="function"?e.call(i,{name:"region",hash:{},data:o,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):e))!=null?t:"")+`"
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

`+((t=r(a,"unless").call(i,r(l,"managedCertificate"),{name:"unless",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:35,column:0},end:{line:40,column:11}}}))!=null?t:"")+`
variable "alarm_email" {
  type        = string
  description = "Address subscribed to the CloudWatch alarm topic."
}
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`terraform {
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
    bucket       = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):e))!=null?t:"")+`-tfstate"
    key          = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):e))!=null?t:"")+`/terraform.tfstate"
    region       = "`+((t=(e=s(a,"region")||i(l,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof e===c?e.call(r,{name:"region",hash:{},data:o,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):e))!=null?t:"")+`"
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
`},useData:!0},"terraform/azure-container-apps/app-config.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
resource "azurerm_key_vault" "app" {
  for_each                  = local.environments
  name                      = "`+((t=(e=s(a,"compactName")||i(l,"compactName",{start:{line:22,column:33},end:{line:22,column:44}}),typeof e===c?e.call(r,{name:"compactName",hash:{},data:o,loc:{start:{line:22,column:31},end:{line:22,column:46}}}):e))!=null?t:"")+`-\${each.key == "production" ? "prod" : "stag"}-kv"
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
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:34,column:27},end:{line:34,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:34,column:25},end:{line:34,column:33}}}):e))!=null?t:"")+`-\${each.key}-app"
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret lives in the environment's Key Vault under its name in lowercase
# with dashes (DJANGO_SECRET_KEY: django-secret-key): set it with \`az keyvault secret set\` before the
# first deploy (deploy.yml's startup guard checks). The apps read them through secretref.
locals {
  app_plain = {
    staging = {
`+((t=(e=s(a,"appPlainStaging")||i(l,"appPlainStaging",{start:{line:8,column:3},end:{line:8,column:18}}),typeof e===c?e.call(r,{name:"appPlainStaging",hash:{},data:o,loc:{start:{line:8,column:0},end:{line:8,column:21}}}):e))!=null?t:"")+`
    }
    production = {
`+((t=(e=s(a,"appPlainProduction")||i(l,"appPlainProduction",{start:{line:11,column:3},end:{line:11,column:21}}),typeof e===c?e.call(r,{name:"appPlainProduction",hash:{},data:o,loc:{start:{line:11,column:0},end:{line:11,column:24}}}):e))!=null?t:"")+`
    }
  }
  app_secret_names = {
`+((t=(e=s(a,"appSecretsByService")||i(l,"appSecretsByService",{start:{line:15,column:3},end:{line:15,column:22}}),typeof e===c?e.call(r,{name:"appSecretsByService",hash:{},data:o,loc:{start:{line:15,column:0},end:{line:15,column:25}}}):e))!=null?t:"")+`
  }
}
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:18,column:0},end:{line:53,column:7}}}))!=null?t:"")},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(n,l,a,m,o){return"Multiple"},1:function(n,l,a,m,o){return"Single"},2:function(n,l,a,m,o){return`
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
`},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:179,column:36},end:{line:179,column:40}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:179,column:34},end:{line:179,column:42}}}):e))!=null?t:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((t=(e=s(a,"postgresMajor")||i(l,"postgresMajor",{start:{line:182,column:36},end:{line:182,column:49}}),typeof e===c?e.call(r,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:182,column:34},end:{line:182,column:51}}}):e))!=null?t:"")+`"
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
  name                         = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:202,column:36},end:{line:202,column:40}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:202,column:34},end:{line:202,column:42}}}):e))!=null?t:"")+`-\${each.key}-migrate"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  container_app_environment_id = azurerm_container_app_environment.env[each.key].id
  replica_timeout_in_seconds   = 900
  replica_retry_limit          = 0

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:213,column:0},end:{line:229,column:7}}}))!=null?t:"")+`
  template {
    container {
      name    = "migrate"
      image   = "mcr.microsoft.com/k8se/quickstart:latest"
      command = `+((t=(e=s(a,"migrateCommand")||i(l,"migrateCommand",{start:{line:235,column:19},end:{line:235,column:33}}),typeof e===c?e.call(r,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:235,column:16},end:{line:235,column:36}}}):e))!=null?t:"")+`
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
`},4:function(n,l,a,m,o){return`
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):e))!=null?t:"")+`-\${each.key}"
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
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:19,column:27},end:{line:19,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:19,column:25},end:{line:19,column:33}}}):e))!=null?t:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:27,column:34},end:{line:27,column:38}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:27,column:32},end:{line:27,column:40}}}):e))!=null?t:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:35,column:36},end:{line:35,column:40}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:35,column:34},end:{line:35,column:42}}}):e))!=null?t:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((t=s(a,"if").call(r,s(l,"progressive"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.program(1,o,0),data:o,loc:{start:{line:39,column:19},end:{line:39,column:67}}}))!=null?t:"")+`"
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:40,column:0},end:{line:56,column:7}}}))!=null?t:"")+`
  template {
    min_replicas = each.value.environment == "production" ? `+((t=(e=s(a,"minReplicas")||i(l,"minReplicas",{start:{line:59,column:62},end:{line:59,column:73}}),typeof e===c?e.call(r,{name:"minReplicas",hash:{},data:o,loc:{start:{line:59,column:60},end:{line:59,column:75}}}):e))!=null?t:"")+` : 1
    max_replicas = `+((t=(e=s(a,"maxReplicas")||i(l,"maxReplicas",{start:{line:60,column:21},end:{line:60,column:32}}),typeof e===c?e.call(r,{name:"maxReplicas",hash:{},data:o,loc:{start:{line:60,column:19},end:{line:60,column:34}}}):e))!=null?t:"")+`

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
`+((t=s(a,"if").call(r,s(l,"hasDatabase"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:173,column:0},end:{line:281,column:7}}}))!=null?t:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((t=(e=s(a,"compactName")||i(l,"compactName",{start:{line:56,column:39},end:{line:56,column:50}}),typeof e===c?e.call(r,{name:"compactName",hash:{},data:o,loc:{start:{line:56,column:37},end:{line:56,column:52}}}):e))!=null?t:"")+`backups"
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
  name                  = "`+((t=(e=s(a,"bucket")||i(l,"bucket",{start:{line:74,column:29},end:{line:74,column:35}}),typeof e===c?e.call(r,{name:"bucket",hash:{},data:o,loc:{start:{line:74,column:27},end:{line:74,column:37}}}):e))!=null?t:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):e))!=null?t:"")+`-shared"
  location = var.location

  # Cost allocation (infra/costs.tf): resources inherit these through Azure Policy.
  tags = local.cost_tags
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((t=(e=s(a,"compactName")||i(l,"compactName",{start:{line:12,column:27},end:{line:12,column:38}}),typeof e===c?e.call(r,{name:"compactName",hash:{},data:o,loc:{start:{line:12,column:25},end:{line:12,column:40}}}):e))!=null?t:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:21,column:27},end:{line:21,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:21,column:25},end:{line:21,column:33}}}):e))!=null?t:"")+`-github-deploy"
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
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:43,column:27},end:{line:43,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:43,column:25},end:{line:43,column:33}}}):e))!=null?t:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((t=s(a,"if").call(r,s(l,"azureBackups"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:52,column:0},end:{line:84,column:7}}}))!=null?t:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=(e=s(a,"key")||i(l,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):e))!=null?t:"")+" = { port = "+((t=(e=s(a,"port")||i(l,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):e))!=null?t:"")+', health = "'+((t=s(a,"if").call(r,s(s(l,"probe"),"route"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:76},end:{line:24,column:116}}}))!=null?t:"")+'", image = "'+((t=(e=s(a,"image")||i(l,"image",{start:{line:24,column:130},end:{line:24,column:135}}),typeof e===c?e.call(r,{name:"image",hash:{},data:o,loc:{start:{line:24,column:128},end:{line:24,column:137}}}):e))!=null?t:"")+'" }'+((t=s(a,"unless").call(r,s(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:140},end:{line:24,column:170}}}))!=null?t:"")},1:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return(t=(e=i(a,"healthPath")||n.strict(l,"healthPath",{start:{line:24,column:97},end:{line:24,column:107}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"healthPath",hash:{},data:o,loc:{start:{line:24,column:95},end:{line:24,column:109}}}):e))!=null?t:""},2:function(n,l,a,m,o){return", "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "location" {
  type    = string
  default = "`+((t=(e=r(a,"region")||n.strict(l,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof e=="function"?e.call(i,{name:"region",hash:{},data:o,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):e))!=null?t:"")+`"
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
  services     = { `+((t=r(a,"each").call(i,r(l,"services"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:19},end:{line:24,column:179}}}))!=null?t:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`terraform {
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
    resource_group_name  = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):e))!=null?t:"")+`-tfstate"
    storage_account_name = "`+((t=(e=s(a,"compactName")||i(l,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof e===c?e.call(r,{name:"compactName",hash:{},data:o,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):e))!=null?t:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):e))!=null?t:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github-app-config.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`# The apps' public build-time variables (NEXT_PUBLIC_*, VITE_*): repository Actions variables that the
# image builds pass as build args (ci.yml, deploy.yml), with the production values of the
# \`environments\` option: one image is promoted from staging to production. Secrets are never GitHub
# variables; they live in the platform's secret store (docs/configuration.md).
resource "github_actions_variable" "build" {
  for_each = {
`+((t=(e=i(a,"appBuildValues")||n.strict(l,"appBuildValues",{start:{line:7,column:3},end:{line:7,column:17}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"appBuildValues",hash:{},data:o,loc:{start:{line:7,column:0},end:{line:7,column:20}}}):e))!=null?t:"")+`
  }
  repository    = var.github_repository_name
  variable_name = each.key
  value         = each.value
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'  default     = "'+((t=(e=i(a,"domain")||n.strict(l,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"domain",hash:{},data:o,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):e))!=null?t:"")+`"
`},1:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:38,column:18},end:{line:38,column:22}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:38,column:16},end:{line:38,column:24}}}):e))!=null?t:"")+`"
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
`},2:function(n,l,a,m,o){return`# No tunnel (edge.tunnel: false): Caddy on the server answers Let's Encrypt itself, so the names point
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=l??(n.nullContext||{}),i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`variable "github_owner" {
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
`+((t=i(a,"if").call(e,i(l,"domain"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?t:"")+`}

`+((t=i(a,"if").call(e,i(l,"tunnel"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.program(2,o,0),data:o,loc:{start:{line:29,column:0},end:{line:87,column:7}}}))!=null?t:"")},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`terraform {
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
      name = "`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):e))!=null?t:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/edge/aws-ecs/costs.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alarm_email."
  default     = [`+((t=u(a,"each").call(i,u(u(l,"budget"),"alertEmails"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:12,column:17},end:{line:12,column:94}}}))!=null?t:"")+`]
}

# A tag becomes a cost-allocation tag only once activated; the budget filters on it.
resource "aws_ce_cost_allocation_tag" "project" {
  tag_key = "project"
  status  = "Active"
}

resource "aws_budgets_budget" "monthly" {
  name         = "`+((t=(e=u(a,"name")||r(l,"name",{start:{line:22,column:20},end:{line:22,column:24}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:22,column:18},end:{line:22,column:26}}}):e))!=null?t:"")+`-monthly"
  budget_type  = "COST"
  limit_amount = "`+((t=s(r(u(l,"budget"),"monthly",{start:{line:24,column:20},end:{line:24,column:34}}),l))!=null?t:"")+`"
  limit_unit   = "`+((t=s(r(u(l,"budget"),"currency",{start:{line:25,column:20},end:{line:25,column:35}}),l))!=null?t:"")+`"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:project$`+((t=(e=u(a,"name")||r(l,"name",{start:{line:30,column:30},end:{line:30,column:34}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:30,column:28},end:{line:30,column:36}}}):e))!=null?t:"")+`"]
  }
`+((t=u(a,"each").call(i,u(u(l,"budget"),"notifications"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:32,column:0},end:{line:42,column:9}}}))!=null?t:"")+`}

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
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((t=n.lambda(l,l))!=null?t:"")+'"'+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:12,column:55},end:{line:12,column:85}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = `+((t=(e=s(a,"percent")||i(l,"percent",{start:{line:36,column:35},end:{line:36,column:42}}),typeof e===c?e.call(r,{name:"percent",hash:{},data:o,loc:{start:{line:36,column:33},end:{line:36,column:44}}}):e))!=null?t:"")+`
    threshold_type             = "PERCENTAGE"
    notification_type          = "`+((t=(e=s(a,"type")||i(l,"type",{start:{line:38,column:36},end:{line:38,column:40}}),typeof e===c?e.call(r,{name:"type",hash:{},data:o,loc:{start:{line:38,column:34},end:{line:38,column:42}}}):e))!=null?t:"")+`"
    subscriber_email_addresses = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alarm_email]
    subscriber_sns_topic_arns  = [aws_sns_topic.alarms.arn]
  }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Cost of "+((t=(e=s(a,"name")||i(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+` (issue 15): a monthly budget and the tags that attribute spend. docs/costs.md.

locals {
  # Every resource carries these through the providers' default_tags.
  cost_tags = `+((t=(e=s(a,"costTagsHcl")||i(l,"costTagsHcl",{start:{line:5,column:17},end:{line:5,column:28}}),typeof e===c?e.call(r,{name:"costTagsHcl",hash:{},data:o,loc:{start:{line:5,column:14},end:{line:5,column:31}}}):e))!=null?t:"")+`
}
`+((t=s(a,"if").call(r,s(l,"budget"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:71,column:7}}}))!=null?t:"")},useData:!0},"terraform/edge/aws-ecs/edge.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"quotedId")||i(l,"quotedId",{start:{line:21,column:7},end:{line:21,column:15}}),typeof e===c?e.call(r,{name:"quotedId",hash:{},data:o,loc:{start:{line:21,column:4},end:{line:21,column:18}}}):e))!=null?t:"")+' = { environment = "'+((t=(e=s(a,"environment")||i(l,"environment",{start:{line:21,column:40},end:{line:21,column:51}}),typeof e===c?e.call(r,{name:"environment",hash:{},data:o,loc:{start:{line:21,column:38},end:{line:21,column:53}}}):e))!=null?t:"")+'", key = "'+((t=(e=s(a,"key")||i(l,"key",{start:{line:21,column:65},end:{line:21,column:68}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:21,column:63},end:{line:21,column:70}}}):e))!=null?t:"")+'", host = "'+((t=(e=s(a,"host")||i(l,"host",{start:{line:21,column:83},end:{line:21,column:87}}),typeof e===c?e.call(r,{name:"host",hash:{},data:o,loc:{start:{line:21,column:81},end:{line:21,column:89}}}):e))!=null?t:"")+'", static_paths = ['+((t=s(a,"each").call(r,s(l,"staticPaths"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:21,column:108},end:{line:21,column:178}}}))!=null?t:"")+`] }
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((t=n.lambda(l,l))!=null?t:"")+'"'+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:21,column:139},end:{line:21,column:169}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
resource "aws_acm_certificate" "cdn" {
  provider                  = aws.us_east_1
  domain_name               = "`+((t=(e=s(a,"domain")||i(l,"domain",{start:{line:45,column:33},end:{line:45,column:39}}),typeof e===c?e.call(r,{name:"domain",hash:{},data:o,loc:{start:{line:45,column:31},end:{line:45,column:41}}}):e))!=null?t:"")+`"
  subject_alternative_names = ["*.`+((t=(e=s(a,"domain")||i(l,"domain",{start:{line:46,column:36},end:{line:46,column:42}}),typeof e===c?e.call(r,{name:"domain",hash:{},data:o,loc:{start:{line:46,column:34},end:{line:46,column:44}}}):e))!=null?t:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`},4:function(n,l,a,m,o){return`
resource "aws_acm_certificate_validation" "cdn" {
  provider                = aws.us_east_1
  certificate_arn         = aws_acm_certificate.cdn.arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
`},5:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
data "aws_cloudfront_origin_request_policy" "all_viewer" {
  # The Host header reaches the load balancer, whose certificate matches it (not the ELB name).
  name = "Managed-AllViewer"
}

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

# Static paths are content-hashed or collected: cached at least a day, up to a year, compressed.
resource "aws_cloudfront_cache_policy" "static" {
  name        = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:113,column:19},end:{line:113,column:23}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:113,column:17},end:{line:113,column:25}}}):e))!=null?t:"")+`-static"
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
  comment         = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:137,column:23},end:{line:137,column:27}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:137,column:21},end:{line:137,column:29}}}):e))!=null?t:"")+` \${each.key}"
  aliases         = [each.value.host]
  price_class     = "PriceClass_100"
`+((t=s(a,"if").call(r,s(l,"waf"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:140,column:0},end:{line:142,column:7}}}))!=null?t:"")+`
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
`},6:function(n,l,a,m,o){return`  web_acl_id      = aws_wafv2_web_acl.edge.arn
`},7:function(n,l,a,m,o){return" (CDN off: at its load balancer)"},8:function(n,l,a,m,o){return`    name                   = aws_cloudfront_distribution.edge[each.key].domain_name
    zone_id                = aws_cloudfront_distribution.edge[each.key].hosted_zone_id
`},9:function(n,l,a,m,o){return`    name                   = local.load_balancers[each.key].dns_name
    zone_id                = local.load_balancers[each.key].zone_id
`},10:function(n,l,a,m,o,t,e){var i,r,c=n.strict,s=l??(n.nullContext||{}),u="function",d=n.lookupProperty||function(p,f){if(Object.prototype.hasOwnProperty.call(p,f))return p[f]};return`
# The edge's WAF: a per-client rate limit first, then AWS's managed rule groups.
resource "aws_wafv2_web_acl" "edge" {
  provider = aws.us_east_1
  name     = "`+((i=(r=d(a,"name")||c(l,"name",{start:{line:216,column:16},end:{line:216,column:20}}),typeof r===u?r.call(s,{name:"name",hash:{},data:o,loc:{start:{line:216,column:14},end:{line:216,column:22}}}):r))!=null?i:"")+`-edge"
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
        limit              = `+((i=(r=d(a,"rateLimit")||c(l,"rateLimit",{start:{line:231,column:31},end:{line:231,column:40}}),typeof r===u?r.call(s,{name:"rateLimit",hash:{},data:o,loc:{start:{line:231,column:29},end:{line:231,column:42}}}):r))!=null?i:"")+`
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((i=(r=d(a,"name")||c(l,"name",{start:{line:237,column:38},end:{line:237,column:42}}),typeof r===u?r.call(s,{name:"name",hash:{},data:o,loc:{start:{line:237,column:36},end:{line:237,column:44}}}):r))!=null?i:"")+`-edge-rate-limit"
      sampled_requests_enabled   = true
    }
  }
`+((i=d(a,"each").call(s,d(l,"managedRuleGroups"),{name:"each",hash:{},fn:n.program(11,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:241,column:0},end:{line:261,column:9}}}))!=null?i:"")+`
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "`+((i=(r=d(a,"name")||c(l,"name",{start:{line:265,column:36},end:{line:265,column:40}}),typeof r===u?r.call(s,{name:"name",hash:{},data:o,loc:{start:{line:265,column:34},end:{line:265,column:42}}}):r))!=null?i:"")+`-edge"
    sampled_requests_enabled   = true
  }
}
`},11:function(n,l,a,m,o,t,e){var i,r,c=n.strict,s=l??(n.nullContext||{}),u="function",d=n.lookupProperty||function(p,f){if(Object.prototype.hasOwnProperty.call(p,f))return p[f]};return`
  rule {
    name     = "`+((i=(r=d(a,"rule")||c(l,"rule",{start:{line:244,column:18},end:{line:244,column:22}}),typeof r===u?r.call(s,{name:"rule",hash:{},data:o,loc:{start:{line:244,column:16},end:{line:244,column:24}}}):r))!=null?i:"")+`"
    priority = `+((i=(r=d(a,"priority")||c(l,"priority",{start:{line:245,column:17},end:{line:245,column:25}}),typeof r===u?r.call(s,{name:"priority",hash:{},data:o,loc:{start:{line:245,column:15},end:{line:245,column:27}}}):r))!=null?i:"")+`
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "`+((i=(r=d(a,"rule")||c(l,"rule",{start:{line:252,column:25},end:{line:252,column:29}}),typeof r===u?r.call(s,{name:"rule",hash:{},data:o,loc:{start:{line:252,column:23},end:{line:252,column:31}}}):r))!=null?i:"")+`"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "`+((i=n.lambda(c(e[1],"name",{start:{line:257,column:38},end:{line:257,column:45}}),l))!=null?i:"")+"-"+((i=(r=d(a,"rule")||c(l,"rule",{start:{line:257,column:50},end:{line:257,column:54}}),typeof r===u?r.call(s,{name:"rule",hash:{},data:o,loc:{start:{line:257,column:48},end:{line:257,column:56}}}):r))!=null?i:"")+`"
      sampled_requests_enabled   = true
    }
  }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o,t,e){var i,r,c=n.strict,s=l??(n.nullContext||{}),u="function",d=n.lookupProperty||function(p,f){if(Object.prototype.hasOwnProperty.call(p,f))return p[f]};return"# Edge of "+((i=(r=d(a,"name")||c(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof r===u?r.call(s,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):r))!=null?i:"")+`: certificates, CDN and WAF (issue 15). docs/tls.md and docs/cdn.md explain each piece.

data "aws_route53_zone" "edge" {
  name = "`+((i=(r=d(a,"dnsZone")||c(l,"dnsZone",{start:{line:4,column:12},end:{line:4,column:19}}),typeof r===u?r.call(s,{name:"dnsZone",hash:{},data:o,loc:{start:{line:4,column:10},end:{line:4,column:21}}}):r))!=null?i:"")+`"
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
`+((i=d(a,"each").call(s,d(l,"hosts"),{name:"each",hash:{},fn:n.program(0,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:20,column:0},end:{line:22,column:9}}}))!=null?i:"")+`  }
  load_balancers = merge(
    { for k, lb in module.staging.load_balancers : "staging-\${k}" => lb },
    { for k, lb in module.production.load_balancers : "production-\${k}" => lb },
  )
}

# One certificate for <domain> and *.<domain> covers every public name. ACM renews a DNS-validated
# certificate by itself as long as the validation records stay in the zone.
resource "aws_acm_certificate" "alb" {
  domain_name               = "`+((i=(r=d(a,"domain")||c(l,"domain",{start:{line:33,column:33},end:{line:33,column:39}}),typeof r===u?r.call(s,{name:"domain",hash:{},data:o,loc:{start:{line:33,column:31},end:{line:33,column:41}}}):r))!=null?i:"")+`"
  subject_alternative_names = ["*.`+((i=(r=d(a,"domain")||c(l,"domain",{start:{line:34,column:36},end:{line:34,column:42}}),typeof r===u?r.call(s,{name:"domain",hash:{},data:o,loc:{start:{line:34,column:34},end:{line:34,column:44}}}):r))!=null?i:"")+`"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}
`+((i=d(a,"if").call(s,d(l,"cdn"),{name:"if",hash:{},fn:n.program(3,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:41,column:0},end:{line:53,column:7}}}))!=null?i:"")+`
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
`+((i=d(a,"if").call(s,d(l,"cdn"),{name:"if",hash:{},fn:n.program(4,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:76,column:0},end:{line:83,column:7}}}))!=null?i:"")+`
# ACM publishes DaysToExpiry daily; a renewal that cannot complete (validation record deleted) shows here first.
resource "aws_cloudwatch_metric_alarm" "certificate_expiry" {
  alarm_name          = "`+((i=(r=d(a,"name")||c(l,"name",{start:{line:87,column:27},end:{line:87,column:31}}),typeof r===u?r.call(s,{name:"name",hash:{},data:o,loc:{start:{line:87,column:25},end:{line:87,column:33}}}):r))!=null?i:"")+`-certificate-expiry"
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
`+((i=d(a,"if").call(s,d(l,"cdn"),{name:"if",hash:{},fn:n.program(5,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:100,column:0},end:{line:191,column:7}}}))!=null?i:"")+`
# Each public name points at its CloudFront distribution`+((i=d(a,"unless").call(s,d(l,"cdn"),{name:"unless",hash:{},fn:n.program(7,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:193,column:56},end:{line:193,column:114}}}))!=null?i:"")+`.
resource "aws_route53_record" "edge" {
  for_each = local.edge_hosts
  zone_id  = data.aws_route53_zone.edge.zone_id
  name     = each.value.host
  type     = "A"

  alias {
`+((i=d(a,"if").call(s,d(l,"cdn"),{name:"if",hash:{},fn:n.program(8,o,0,t,e),inverse:n.program(9,o,0,t,e),data:o,loc:{start:{line:201,column:0},end:{line:207,column:7}}}))!=null?i:"")+`    evaluate_target_health = false
  }
}
`+((i=d(a,"if").call(s,d(l,"cdnWaf"),{name:"if",hash:{},fn:n.program(10,o,0,t,e),inverse:n.noop,data:o,loc:{start:{line:211,column:0},end:{line:269,column:7}}}))!=null?i:"")+`
output "edge_urls" {
  value = { for k, h in local.edge_hosts : k => "https://\${h.host}" }
}
`},useData:!0,useDepths:!0},"terraform/edge/aws-ecs/module-edge.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=(e=s(a,"key")||i(l,"key",{start:{line:3,column:32},end:{line:3,column:35}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:3,column:30},end:{line:3,column:37}}}):e))!=null?t:"")+" = { dns_name = aws_lb."+((t=(e=s(a,"key")||i(l,"key",{start:{line:3,column:62},end:{line:3,column:65}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:3,column:60},end:{line:3,column:67}}}):e))!=null?t:"")+".dns_name, zone_id = aws_lb."+((t=(e=s(a,"key")||i(l,"key",{start:{line:3,column:97},end:{line:3,column:100}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:3,column:95},end:{line:3,column:102}}}):e))!=null?t:"")+".zone_id }"+((t=s(a,"unless").call(r,s(o,"last"),{name:"unless",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:3,column:112},end:{line:3,column:142}}}))!=null?t:"")},1:function(n,l,a,m,o){return", "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return`# What infra/edge.tf points public names and CloudFront at.
output "load_balancers" {
  value = { `+((t=e(a,"each").call(l??(n.nullContext||{}),e(l,"services"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:3,column:12},end:{line:3,column:151}}}))!=null?t:"")+` }
}
`},useData:!0},"terraform/edge/azure-container-apps/costs.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c=n.lambda,s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
variable "budget_alert_emails" {
  type        = list(string)
  description = "Who budget alerts mail; empty: alert_email."
  default     = [`+((t=s(a,"each").call(i,s(s(l,"budget"),"alertEmails"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:39,column:17},end:{line:39,column:94}}}))!=null?t:"")+`]
}

# Each environment's resource group has the monthly budget (`+((t=c(r(s(l,"budget"),"currency",{start:{line:42,column:62},end:{line:42,column:77}}),l))!=null?t:"")+`, the billing account's currency).
resource "azurerm_consumption_budget_resource_group" "monthly" {
  for_each          = azurerm_resource_group.env
  name              = "`+((t=(e=s(a,"name")||r(l,"name",{start:{line:45,column:25},end:{line:45,column:29}}),typeof e=="function"?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:45,column:23},end:{line:45,column:31}}}):e))!=null?t:"")+`-\${each.key}-monthly"
  resource_group_id = each.value.id
  amount            = `+((t=c(r(s(l,"budget"),"monthly",{start:{line:47,column:24},end:{line:47,column:38}}),l))!=null?t:"")+`
  time_grain        = "Monthly"

  time_period {
    # The current month at the first apply; Azure refuses a start in the past.
    start_date = formatdate("YYYY-MM-01'T'00:00:00Z", timestamp())
  }
`+((t=s(a,"each").call(i,s(s(l,"budget"),"notifications"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:54,column:0},end:{line:64,column:9}}}))!=null?t:"")+`
  lifecycle {
    ignore_changes = [time_period]
  }
}
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((t=n.lambda(l,l))!=null?t:"")+'"'+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:39,column:55},end:{line:39,column:85}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
  notification {
    enabled        = true
    threshold      = `+((t=(e=s(a,"percent")||i(l,"percent",{start:{line:58,column:23},end:{line:58,column:30}}),typeof e===c?e.call(r,{name:"percent",hash:{},data:o,loc:{start:{line:58,column:21},end:{line:58,column:32}}}):e))!=null?t:"")+`
    threshold_type = "`+((t=(e=s(a,"azureType")||i(l,"azureType",{start:{line:59,column:24},end:{line:59,column:33}}),typeof e===c?e.call(r,{name:"azureType",hash:{},data:o,loc:{start:{line:59,column:22},end:{line:59,column:35}}}):e))!=null?t:"")+`"
    operator       = "GreaterThan"
    contact_emails = length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alert_email]
    contact_groups = [azurerm_monitor_action_group.oncall.id]
  }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Cost of "+((t=(e=s(a,"name")||i(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+` (issue 15): tags that attribute spend and a monthly budget per environment. docs/costs.md.

locals {
  cost_tags = `+((t=(e=s(a,"costTagsHcl")||i(l,"costTagsHcl",{start:{line:4,column:17},end:{line:4,column:28}}),typeof e===c?e.call(r,{name:"costTagsHcl",hash:{},data:o,loc:{start:{line:4,column:14},end:{line:4,column:31}}}):e))!=null?t:"")+`

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
`+((t=s(a,"if").call(r,s(l,"budget"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:34,column:0},end:{line:70,column:7}}}))!=null?t:"")},useData:!0},"terraform/edge/azure-container-apps/edge.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"quotedId")||i(l,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof e===c?e.call(r,{name:"quotedId",hash:{},data:o,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):e))!=null?t:"")+' = { host = "'+((t=(e=s(a,"host")||i(l,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof e===c?e.call(r,{name:"host",hash:{},data:o,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):e))!=null?t:"")+'", record = "'+((t=(e=s(a,"record")||i(l,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof e===c?e.call(r,{name:"record",hash:{},data:o,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):e))!=null?t:"")+'", static_paths = ['+((t=s(a,"each").call(r,s(l,"staticPaths"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:8,column:81},end:{line:8,column:151}}}))!=null?t:"")+`] }
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((t=n.lambda(l,l))!=null?t:"")+'"'+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:8,column:112},end:{line:8,column:142}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){return`  dns_zone_id              = data.azurerm_dns_zone.edge.id
`},4:function(n,l,a,m,o){return`
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
`},5:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# One client may send `+((t=(e=s(a,"rateLimit")||i(l,"rateLimit",{start:{line:106,column:24},end:{line:106,column:33}}),typeof e===c?e.call(r,{name:"rateLimit",hash:{},data:o,loc:{start:{line:106,column:22},end:{line:106,column:35}}}):e))!=null?t:"")+` requests in 5 minutes; more are blocked at the edge.
resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "`+((t=(e=s(a,"compactName")||i(l,"compactName",{start:{line:108,column:27},end:{line:108,column:38}}),typeof e===c?e.call(r,{name:"compactName",hash:{},data:o,loc:{start:{line:108,column:25},end:{line:108,column:40}}}):e))!=null?t:"")+`edge"
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
    rate_limit_threshold           = `+((t=(e=s(a,"rateLimit")||i(l,"rateLimit",{start:{line:121,column:39},end:{line:121,column:48}}),typeof e===c?e.call(r,{name:"rateLimit",hash:{},data:o,loc:{start:{line:121,column:37},end:{line:121,column:50}}}):e))!=null?t:"")+`

    # Every address matches: the limit applies to each client.
    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["0.0.0.0/0", "::/0"]
    }
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "edge" {
  name                     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:133,column:32},end:{line:133,column:36}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:133,column:30},end:{line:133,column:38}}}):e))!=null?t:"")+`-edge"
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
`},6:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
variable "dns_zone_resource_group" {
  type        = string
  description = "Resource group of the Azure DNS zone `+((t=(e=s(a,"dnsZone")||i(l,"dnsZone",{start:{line:156,column:56},end:{line:156,column:63}}),typeof e===c?e.call(r,{name:"dnsZone",hash:{},data:o,loc:{start:{line:156,column:54},end:{line:156,column:65}}}):e))!=null?t:"")+`."
}

data "azurerm_dns_zone" "edge" {
  name                = "`+((t=(e=s(a,"dnsZone")||i(l,"dnsZone",{start:{line:160,column:27},end:{line:160,column:34}}),typeof e===c?e.call(r,{name:"dnsZone",hash:{},data:o,loc:{start:{line:160,column:25},end:{line:160,column:36}}}):e))!=null?t:"")+`"
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
`},7:function(n,l,a,m,o){return", [for k, r in azurerm_cdn_frontdoor_route.static : r.id if k == each.key]"},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Edge of "+((t=(e=s(a,"name")||i(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+`: Azure Front Door with managed certificates, static caching and a WAF rate limit,
# in front of the container apps (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((t=s(a,"each").call(r,s(l,"hosts"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?t:"")+`  }
}

resource "azurerm_cdn_frontdoor_profile" "edge" {
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:14,column:27},end:{line:14,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:14,column:25},end:{line:14,column:33}}}):e))!=null?t:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  sku_name            = "Standard_AzureFrontDoor"
  tags                = local.cost_tags
}

resource "azurerm_cdn_frontdoor_endpoint" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:22,column:32},end:{line:22,column:36}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:22,column:30},end:{line:22,column:38}}}):e))!=null?t:"")+`-\${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
  tags                     = local.cost_tags
}

resource "azurerm_cdn_frontdoor_origin_group" "edge" {
  for_each                 = local.edge_hosts
  name                     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:29,column:32},end:{line:29,column:36}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:29,column:30},end:{line:29,column:38}}}):e))!=null?t:"")+`-\${each.key}"
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
  name                           = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:44,column:38},end:{line:44,column:42}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:44,column:36},end:{line:44,column:44}}}):e))!=null?t:"")+`-\${each.key}"
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
`+((t=s(a,"if").call(r,s(l,"dnsZone"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:58,column:0},end:{line:60,column:7}}}))!=null?t:"")+`
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
`+((t=s(a,"if").call(r,s(l,"cdn"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:81,column:0},end:{line:103,column:7}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"waf"),{name:"if",hash:{},fn:n.program(5,o,0),inverse:n.noop,data:o,loc:{start:{line:104,column:0},end:{line:151,column:7}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"dnsZone"),{name:"if",hash:{},fn:n.program(6,o,0),inverse:n.noop,data:o,loc:{start:{line:152,column:0},end:{line:194,column:7}}}))!=null?t:"")+`
resource "azurerm_cdn_frontdoor_custom_domain_association" "edge" {
  for_each                       = local.edge_hosts
  cdn_frontdoor_custom_domain_id = azurerm_cdn_frontdoor_custom_domain.edge[each.key].id
  cdn_frontdoor_route_ids        = concat([azurerm_cdn_frontdoor_route.app[each.key].id]`+((t=s(a,"if").call(r,s(l,"cdn"),{name:"if",hash:{},fn:n.program(7,o,0),inverse:n.noop,data:o,loc:{start:{line:199,column:88},end:{line:199,column:180}}}))!=null?t:"")+`)
}

# The served certificate, seen from outside: a standard test per production name fails 14 days before expiry.
resource "azurerm_application_insights" "edge" {
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:204,column:27},end:{line:204,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:204,column:25},end:{line:204,column:33}}}):e))!=null?t:"")+`-edge"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  application_type    = "web"
  workspace_id        = azurerm_log_analytics_workspace.env["production"].id
  tags                = local.cost_tags
}

resource "azurerm_application_insights_standard_web_test" "certificate" {
  for_each                = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  name                    = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:214,column:31},end:{line:214,column:35}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:214,column:29},end:{line:214,column:37}}}):e))!=null?t:"")+`-\${each.key}-certificate"
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
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:236,column:27},end:{line:236,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:236,column:25},end:{line:236,column:33}}}):e))!=null?t:"")+`-\${each.key}-certificate-expiry"
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
`},useData:!0},"terraform/edge/compose/edge.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# Static paths are content-hashed or collected: cached at the edge for a month, in browsers as the app says.
resource "cloudflare_ruleset" "cache" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:9,column:15},end:{line:9,column:19}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:9,column:13},end:{line:9,column:21}}}):e))!=null?t:"")+` static cache"
  kind    = "zone"
  phase   = "http_request_cache_settings"

  rules {
    description = "Cache static paths"
    expression  = "`+((t=(e=s(a,"cacheExpression")||i(l,"cacheExpression",{start:{line:15,column:22},end:{line:15,column:37}}),typeof e===c?e.call(r,{name:"cacheExpression",hash:{},data:o,loc:{start:{line:15,column:19},end:{line:15,column:40}}}):e))!=null?t:"")+`"
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
`},1:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# One client may send `+((t=(e=s(a,"rateLimit")||i(l,"rateLimit",{start:{line:33,column:24},end:{line:33,column:33}}),typeof e===c?e.call(r,{name:"rateLimit",hash:{},data:o,loc:{start:{line:33,column:22},end:{line:33,column:35}}}):e))!=null?t:"")+` requests in 5 minutes; more get 429 for 10 minutes. The free plan
# allows a 10-second period only: adjust period and requests_per_period to the zone's plan.
resource "cloudflare_ruleset" "rate_limit" {
  zone_id = var.cloudflare_zone_id
  name    = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:37,column:15},end:{line:37,column:19}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:37,column:13},end:{line:37,column:21}}}):e))!=null?t:"")+` rate limit"
  kind    = "zone"
  phase   = "http_ratelimit"

  rules {
    description = "Limit each client"
    expression  = "`+((t=(e=s(a,"hostExpression")||i(l,"hostExpression",{start:{line:43,column:22},end:{line:43,column:36}}),typeof e===c?e.call(r,{name:"hostExpression",hash:{},data:o,loc:{start:{line:43,column:19},end:{line:43,column:39}}}):e))!=null?t:"")+`"
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
      requests_per_period = `+((t=(e=s(a,"rateLimit")||i(l,"rateLimit",{start:{line:56,column:30},end:{line:56,column:39}}),typeof e===c?e.call(r,{name:"rateLimit",hash:{},data:o,loc:{start:{line:56,column:28},end:{line:56,column:41}}}):e))!=null?t:"")+`
      mitigation_timeout  = 600
    }
  }
}
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return"# Edge of "+((t=(e=r(a,"name")||n.strict(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e=="function"?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+` behind the Cloudflare tunnel (issue 15): Cloudflare terminates TLS with its own
# edge certificate, which it renews; these rules cache the static paths and limit each client.
# docs/cdn.md explains them.
`+((t=r(a,"if").call(i,r(l,"cdn"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:4,column:0},end:{line:30,column:7}}}))!=null?t:"")+((t=r(a,"if").call(i,r(l,"waf"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:31,column:0},end:{line:61,column:7}}}))!=null?t:"")+`
# HTTPS only, TLS 1.2 or later, between visitors and Cloudflare.
resource "cloudflare_zone_settings_override" "tls" {
  zone_id = var.cloudflare_zone_id
  settings {
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
  }
}
`},useData:!0},"terraform/edge/gcp-cloud-run/costs.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lambda,u=n.lookupProperty||function(d,p){if(Object.prototype.hasOwnProperty.call(d,p))return d[p]};return`
variable "billing_account" {
  type        = string
  description = "Billing account id (XXXXXX-XXXXXX-XXXXXX) the budget watches."
}

data "google_project" "this" {
  project_id = var.project_id
}

resource "google_monitoring_notification_channel" "budget" {
  for_each     = toset([`+((t=u(a,"each").call(i,u(u(l,"budget"),"alertEmails"),{name:"each",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:19,column:24},end:{line:19,column:101}}}))!=null?t:"")+`])
  display_name = "`+((t=(e=u(a,"name")||r(l,"name",{start:{line:20,column:20},end:{line:20,column:24}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:20,column:18},end:{line:20,column:26}}}):e))!=null?t:"")+` budget \${each.key}"
  type         = "email"
  labels = {
    email_address = each.key
  }
}

resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "`+((t=(e=u(a,"name")||r(l,"name",{start:{line:29,column:23},end:{line:29,column:27}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:29,column:21},end:{line:29,column:29}}}):e))!=null?t:"")+` monthly"

  budget_filter {
    projects = ["projects/\${data.google_project.this.number}"]
  }

  amount {
    specified_amount {
      currency_code = "`+((t=s(r(u(l,"budget"),"currency",{start:{line:37,column:25},end:{line:37,column:40}}),l))!=null?t:"")+`"
      units         = "`+((t=s(r(u(l,"budget"),"units",{start:{line:38,column:25},end:{line:38,column:37}}),l))!=null?t:"")+`"
    }
  }
`+((t=u(a,"each").call(i,u(u(l,"budget"),"notifications"),{name:"each",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:41,column:0},end:{line:47,column:9}}}))!=null?t:"")+`
  all_updates_rule {
    monitoring_notification_channels = concat([google_monitoring_notification_channel.email.id], [for c in google_monitoring_notification_channel.budget : c.id])
    disable_default_iam_recipients   = false
  }
}
`},1:function(n,l,a,m,o){var t,e=n.lookupProperty||function(i,r){if(Object.prototype.hasOwnProperty.call(i,r))return i[r]};return'"'+((t=n.lambda(l,l))!=null?t:"")+'"'+((t=e(a,"unless").call(l??(n.nullContext||{}),e(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:19,column:62},end:{line:19,column:92}}}))!=null?t:"")},2:function(n,l,a,m,o){return", "},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
  threshold_rule {
    threshold_percent = `+((t=(e=s(a,"fraction")||i(l,"fraction",{start:{line:44,column:26},end:{line:44,column:34}}),typeof e===c?e.call(r,{name:"fraction",hash:{},data:o,loc:{start:{line:44,column:24},end:{line:44,column:36}}}):e))!=null?t:"")+`
    spend_basis       = "`+((t=(e=s(a,"gcpBasis")||i(l,"gcpBasis",{start:{line:45,column:27},end:{line:45,column:35}}),typeof e===c?e.call(r,{name:"gcpBasis",hash:{},data:o,loc:{start:{line:45,column:25},end:{line:45,column:37}}}):e))!=null?t:"")+`"
  }
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Cost of "+((t=(e=s(a,"name")||i(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+` (issue 15): labels that attribute spend and a monthly budget. docs/costs.md.

locals {
  # The google provider adds these to every resource that takes labels (default_labels).
  cost_labels = `+((t=(e=s(a,"costTagsHcl")||i(l,"costTagsHcl",{start:{line:5,column:19},end:{line:5,column:30}}),typeof e===c?e.call(r,{name:"costTagsHcl",hash:{},data:o,loc:{start:{line:5,column:16},end:{line:5,column:33}}}):e))!=null?t:"")+`
}
`+((t=s(a,"if").call(r,s(l,"budget"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:54,column:7}}}))!=null?t:"")},useData:!0},"terraform/edge/gcp-cloud-run/edge.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"    "+((t=(e=s(a,"quotedId")||i(l,"quotedId",{start:{line:8,column:7},end:{line:8,column:15}}),typeof e===c?e.call(r,{name:"quotedId",hash:{},data:o,loc:{start:{line:8,column:4},end:{line:8,column:18}}}):e))!=null?t:"")+' = { host = "'+((t=(e=s(a,"host")||i(l,"host",{start:{line:8,column:33},end:{line:8,column:37}}),typeof e===c?e.call(r,{name:"host",hash:{},data:o,loc:{start:{line:8,column:31},end:{line:8,column:39}}}):e))!=null?t:"")+'", record = "'+((t=(e=s(a,"record")||i(l,"record",{start:{line:8,column:54},end:{line:8,column:60}}),typeof e===c?e.call(r,{name:"record",hash:{},data:o,loc:{start:{line:8,column:52},end:{line:8,column:62}}}):e))!=null?t:"")+`" }
`},1:function(n,l,a,m,o){return`  security_policy       = google_compute_security_policy.edge.id
`},2:function(n,l,a,m,o){return`  enable_cdn            = true

  # Static content types (scripts, styles, fonts, images) are cached; the app's own Cache-Control wins.
  cdn_policy {
    cache_mode        = "CACHE_ALL_STATIC"
    default_ttl       = 86400
    max_ttl           = 31536000
    client_ttl        = 86400
    negative_caching  = true
    serve_while_stale = 86400
  }
`},3:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
variable "dns_zone_name" {
  type        = string
  description = "Cloud DNS managed zone (its resource name) that serves `+((t=(e=s(a,"dnsZone")||i(l,"dnsZone",{start:{line:134,column:74},end:{line:134,column:81}}),typeof e===c?e.call(r,{name:"dnsZone",hash:{},data:o,loc:{start:{line:134,column:72},end:{line:134,column:83}}}):e))!=null?t:"")+`."
  default     = "`+((t=(e=s(a,"dnsZoneResource")||i(l,"dnsZoneResource",{start:{line:135,column:19},end:{line:135,column:34}}),typeof e===c?e.call(r,{name:"dnsZoneResource",hash:{},data:o,loc:{start:{line:135,column:17},end:{line:135,column:36}}}):e))!=null?t:"")+`"
}

resource "google_dns_record_set" "edge" {
  for_each     = local.edge_hosts
  managed_zone = var.dns_zone_name
  name         = "\${each.value.host}."
  type         = "A"
  ttl          = 300
  rrdatas      = [google_compute_global_address.edge.address]
}
`},4:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return"; infra/edge.tf does in "+((t=(e=i(a,"dnsZone")||n.strict(l,"dnsZone",{start:{line:198,column:99},end:{line:198,column:106}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"dnsZone",hash:{},data:o,loc:{start:{line:198,column:97},end:{line:198,column:108}}}):e))!=null?t:"")},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return"# Edge of "+((t=(e=s(a,"name")||i(l,"name",{start:{line:1,column:12},end:{line:1,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:1,column:10},end:{line:1,column:18}}}):e))!=null?t:"")+`: a global external load balancer with a Google-managed certificate, Cloud CDN and
# Cloud Armor in front of the Cloud Run services (issue 15). docs/tls.md and docs/cdn.md explain each piece.

locals {
  # Public names: the frontend at the apex, the API at api.<domain>, staging under staging labels.
  edge_hosts = {
`+((t=s(a,"each").call(r,s(l,"hosts"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?t:"")+`  }
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
  name                  = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:25,column:29},end:{line:25,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:25,column:27},end:{line:25,column:35}}}):e))!=null?t:"")+`-\${each.key}"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
`+((t=s(a,"if").call(r,s(l,"waf"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:28,column:0},end:{line:30,column:7}}}))!=null?t:"")+((t=s(a,"if").call(r,s(l,"cdn"),{name:"if",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:31,column:0},end:{line:43,column:7}}}))!=null?t:"")+`
  backend {
    group = each.value.id
  }
}

resource "google_compute_url_map" "edge" {
  name            = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:51,column:23},end:{line:51,column:27}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:51,column:21},end:{line:51,column:29}}}):e))!=null?t:"")+`-edge"
  default_service = google_compute_backend_service.edge["production-`+((t=(e=s(a,"defaultKey")||i(l,"defaultKey",{start:{line:52,column:70},end:{line:52,column:80}}),typeof e===c?e.call(r,{name:"defaultKey",hash:{},data:o,loc:{start:{line:52,column:68},end:{line:52,column:82}}}):e))!=null?t:"")+`"].id

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
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:73,column:12},end:{line:73,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:73,column:10},end:{line:73,column:18}}}):e))!=null?t:"")+`-edge"
  managed {
    domains = [for h in local.edge_hosts : h.host]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_ssl_policy" "edge" {
  name            = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:84,column:23},end:{line:84,column:27}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:84,column:21},end:{line:84,column:29}}}):e))!=null?t:"")+`-edge"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_global_address" "edge" {
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:90,column:12},end:{line:90,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:90,column:10},end:{line:90,column:18}}}):e))!=null?t:"")+`-edge"
}

resource "google_compute_target_https_proxy" "edge" {
  name             = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:94,column:24},end:{line:94,column:28}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:94,column:22},end:{line:94,column:30}}}):e))!=null?t:"")+`-edge"
  url_map          = google_compute_url_map.edge.id
  ssl_certificates = [google_compute_managed_ssl_certificate.edge.id]
  ssl_policy       = google_compute_ssl_policy.edge.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:101,column:29},end:{line:101,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:101,column:27},end:{line:101,column:35}}}):e))!=null?t:"")+`-https"
  target                = google_compute_target_https_proxy.edge.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Plain HTTP only redirects to HTTPS.
resource "google_compute_url_map" "redirect" {
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:110,column:12},end:{line:110,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:110,column:10},end:{line:110,column:18}}}):e))!=null?t:"")+`-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:119,column:15},end:{line:119,column:19}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:119,column:13},end:{line:119,column:21}}}):e))!=null?t:"")+`-redirect"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:124,column:29},end:{line:124,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:124,column:27},end:{line:124,column:35}}}):e))!=null?t:"")+`-http"
  target                = google_compute_target_http_proxy.redirect.id
  ip_address            = google_compute_global_address.edge.address
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
`+((t=s(a,"if").call(r,s(l,"dnsZone"),{name:"if",hash:{},fn:n.program(3,o,0),inverse:n.noop,data:o,loc:{start:{line:130,column:0},end:{line:146,column:7}}}))!=null?t:"")+`
# The served certificate, seen from outside: an uptime check per production name, alerting 14 days before expiry.
resource "google_monitoring_uptime_check_config" "edge" {
  for_each     = { for k, h in local.edge_hosts : k => h if startswith(k, "production-") }
  display_name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:151,column:20},end:{line:151,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:151,column:18},end:{line:151,column:26}}}):e))!=null?t:"")+` \${each.value.host}"
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
  display_name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:176,column:20},end:{line:176,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:176,column:18},end:{line:176,column:26}}}):e))!=null?t:"")+`: certificate expires within 14 days"
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
  description = "Point every public name at it (A records)`+((t=s(a,"if").call(r,s(l,"dnsZone"),{name:"if",hash:{},fn:n.program(4,o,0),inverse:n.noop,data:o,loc:{start:{line:198,column:58},end:{line:198,column:115}}}))!=null?t:"")+`."
  value       = google_compute_global_address.edge.address
}
`},useData:!0},"terraform/gcp-cloud-run/app-config.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "google_secret_manager_secret" "app" {
  for_each  = local.app_secrets
  secret_id = "`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:22,column:17},end:{line:22,column:21}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:22,column:15},end:{line:22,column:23}}}):e))!=null?t:"")+`-\${replace(each.key, "/", "-")}"

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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# The application's own variables (docs/configuration.md). Plain values per environment come from the
# \`environments\` option; each secret is a Secret Manager secret created with no version: add one with
# \`gcloud secrets versions add\` before the first deploy (deploy.yml's startup guard checks).
locals {
  app_plain = {
    staging = {
`+((t=(e=s(a,"appPlainStaging")||i(l,"appPlainStaging",{start:{line:7,column:3},end:{line:7,column:18}}),typeof e===c?e.call(r,{name:"appPlainStaging",hash:{},data:o,loc:{start:{line:7,column:0},end:{line:7,column:21}}}):e))!=null?t:"")+`
    }
    production = {
`+((t=(e=s(a,"appPlainProduction")||i(l,"appPlainProduction",{start:{line:10,column:3},end:{line:10,column:21}}),typeof e===c?e.call(r,{name:"appPlainProduction",hash:{},data:o,loc:{start:{line:10,column:0},end:{line:10,column:24}}}):e))!=null?t:"")+`
    }
  }
  app_secret_names = {
`+((t=(e=s(a,"appSecretsByService")||i(l,"appSecretsByService",{start:{line:14,column:3},end:{line:14,column:22}}),typeof e===c?e.call(r,{name:"appSecretsByService",hash:{},data:o,loc:{start:{line:14,column:0},end:{line:14,column:25}}}):e))!=null?t:"")+`
  }
  app_secrets = toset(flatten([for env in local.environments : [for name in distinct(flatten(values(local.app_secret_names))) : "\${env}/\${name}"]]))
}
`+((t=s(a,"if").call(r,s(l,"appSecrets"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:18,column:0},end:{line:44,column:7}}}))!=null?t:"")},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):e))!=null?t:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((t=(e=s(a,"postgresMajor")||i(l,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof e===c?e.call(r,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):e))!=null?t:"")+`"
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
  name     = "`+((t=(e=s(a,"dbName")||i(l,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof e===c?e.call(r,{name:"dbName",hash:{},data:o,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):e))!=null?t:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):e))!=null?t:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((t=(e=s(a,"name")||i(l,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):e))!=null?t:"")+"/"+((t=(e=s(a,"name")||i(l,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):e))!=null?t:"")+`-backend:bootstrap"
        command = `+((t=(e=s(a,"migrateCommand")||i(l,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof e===c?e.call(r,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):e))!=null?t:"")+`
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
                secret  = format("`+((t=(e=s(a,"name")||i(l,"name",{start:{line:65,column:36},end:{line:65,column:40}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:65,column:34},end:{line:65,column:42}}}):e))!=null?t:"")+`-%s-%s", each.key, env.value)
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.strict,c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=s(a,"if").call(i,s(l,"hasDatabase"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:1,column:0},end:{line:85,column:7}}}))!=null?t:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((t=(e=s(a,"name")||r(l,"name",{start:{line:89,column:16},end:{line:89,column:20}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:89,column:14},end:{line:89,column:22}}}):e))!=null?t:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((t=(e=s(a,"minReplicas")||r(l,"minReplicas",{start:{line:96,column:70},end:{line:96,column:81}}),typeof e===c?e.call(i,{name:"minReplicas",hash:{},data:o,loc:{start:{line:96,column:68},end:{line:96,column:83}}}):e))!=null?t:"")+` : 0
      max_instance_count = `+((t=(e=s(a,"maxReplicas")||r(l,"maxReplicas",{start:{line:97,column:29},end:{line:97,column:40}}),typeof e===c?e.call(i,{name:"maxReplicas",hash:{},data:o,loc:{start:{line:97,column:27},end:{line:97,column:42}}}):e))!=null?t:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((t=(e=s(a,"name")||r(l,"name",{start:{line:100,column:64},end:{line:100,column:68}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:100,column:62},end:{line:100,column:70}}}):e))!=null?t:"")+"/"+((t=(e=s(a,"name")||r(l,"name",{start:{line:100,column:73},end:{line:100,column:77}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:100,column:71},end:{line:100,column:79}}}):e))!=null?t:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
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
              secret  = format("`+((t=(e=s(a,"name")||r(l,"name",{start:{line:118,column:34},end:{line:118,column:38}}),typeof e===c?e.call(i,{name:"name",hash:{},data:o,loc:{start:{line:118,column:32},end:{line:118,column:40}}}):e))!=null?t:"")+`-%s-%s", each.value.environment, env.value)
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
`},useData:!0},"terraform/gcp-cloud-run/logging.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# Cloud Run writes stdout and stderr to Cloud Logging. The services' logs go to a bucket of their own,
# kept 90 days (the _Default bucket keeps 30), queried with
# \`gcloud logging read … --bucket=`+((t=(e=s(a,"name")||i(l,"name",{start:{line:3,column:36},end:{line:3,column:40}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:3,column:34},end:{line:3,column:42}}}):e))!=null?t:"")+`-logs --location=global --view=_AllLogs\`.
resource "google_logging_project_bucket_config" "app" {
  project        = var.project_id
  location       = "global"
  bucket_id      = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:7,column:22},end:{line:7,column:26}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:7,column:20},end:{line:7,column:28}}}):e))!=null?t:"")+`-logs"
  retention_days = 90
}

resource "google_logging_project_sink" "app" {
  name                   = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:12,column:30},end:{line:12,column:34}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:12,column:28},end:{line:12,column:36}}}):e))!=null?t:"")+'-cloud-run"\n  destination            = "logging.googleapis.com/projects/${var.project_id}/locations/global/buckets/${google_logging_project_bucket_config.app.bucket_id}"\n  filter                 = "resource.type=\\"cloud_run_revision\\" AND resource.labels.service_name:\\"'+((t=(e=s(a,"name")||i(l,"name",{start:{line:14,column:102},end:{line:14,column:106}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:14,column:100},end:{line:14,column:108}}}):e))!=null?t:"")+`-\\""
  unique_writer_identity = true
}
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((t=(e=s(a,"bucket")||i(l,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof e===c?e.call(r,{name:"bucket",hash:{},data:o,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):e))!=null?t:"")+`"
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
  account_id   = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):e))!=null?t:"")+`-backup"
  display_name = "backup.yml of `+((t=(e=s(a,"name")||i(l,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):e))!=null?t:"")+`"
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
`},1:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((t=(e=i(a,"name")||n.strict(l,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):e))!=null?t:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):e))!=null?t:"")+`-github"
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
  account_id   = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):e))!=null?t:"")+`-deploy"
  display_name = "GitHub deploy of `+((t=(e=s(a,"name")||i(l,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):e))!=null?t:"")+`"
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
  account_id   = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):e))!=null?t:"")+`-runtime"
  display_name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):e))!=null?t:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):e))!=null?t:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook and the per-client rate limit. With deploy.domain, infra/edge.tf attaches it to
# the external HTTPS load balancer in front of Cloud Run.
resource "google_compute_security_policy" "edge" {
  name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):e))!=null?t:"")+`-production-edge"

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
        count        = `+((t=(e=s(a,"rateLimit")||i(l,"rateLimit",{start:{line:78,column:25},end:{line:78,column:34}}),typeof e===c?e.call(r,{name:"rateLimit",hash:{},data:o,loc:{start:{line:78,column:23},end:{line:78,column:36}}}):e))!=null?t:"")+`
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
`+((t=s(a,"if").call(r,s(l,"gcsBackups"),{name:"if",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?t:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):e))!=null?t:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):e))!=null?t:"")+`: more than 5% 5xx"
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
  display_name          = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):e))!=null?t:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):e))!=null?t:"")+`: CPU above 90%"
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
`+((t=s(a,"if").call(r,s(l,"hasDatabase"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?t:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return((t=(e=s(a,"key")||i(l,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof e===c?e.call(r,{name:"key",hash:{},data:o,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):e))!=null?t:"")+" = { port = "+((t=(e=s(a,"port")||i(l,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof e===c?e.call(r,{name:"port",hash:{},data:o,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):e))!=null?t:"")+', health = "'+((t=s(a,"if").call(r,s(s(l,"probe"),"route"),{name:"if",hash:{},fn:n.program(1,o,0),inverse:n.noop,data:o,loc:{start:{line:29,column:76},end:{line:29,column:116}}}))!=null?t:"")+'" }'+((t=s(a,"unless").call(r,s(o,"last"),{name:"unless",hash:{},fn:n.program(2,o,0),inverse:n.noop,data:o,loc:{start:{line:29,column:119},end:{line:29,column:149}}}))!=null?t:"")},1:function(n,l,a,m,o){var t,e,i=n.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return(t=(e=i(a,"healthPath")||n.strict(l,"healthPath",{start:{line:29,column:97},end:{line:29,column:107}}),typeof e=="function"?e.call(l??(n.nullContext||{}),{name:"healthPath",hash:{},data:o,loc:{start:{line:29,column:95},end:{line:29,column:109}}}):e))!=null?t:""},2:function(n,l,a,m,o){return", "},compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=l??(n.nullContext||{}),r=n.lookupProperty||function(c,s){if(Object.prototype.hasOwnProperty.call(c,s))return c[s]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((t=(e=r(a,"region")||n.strict(l,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof e=="function"?e.call(i,{name:"region",hash:{},data:o,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):e))!=null?t:"")+`"
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
  services     = { `+((t=r(a,"each").call(i,r(l,"services"),{name:"each",hash:{},fn:n.program(0,o,0),inverse:n.noop,data:o,loc:{start:{line:29,column:19},end:{line:29,column:158}}}))!=null?t:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`terraform {
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
    bucket = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):e))!=null?t:"")+`-tfstate"
    prefix = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):e))!=null?t:"")+`"
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
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(n,l,a,m,o){var t,e,i=n.strict,r=l??(n.nullContext||{}),c="function",s=n.lookupProperty||function(u,d){if(Object.prototype.hasOwnProperty.call(u,d))return u[d]};return`terraform {
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
    secret_suffix = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):e))!=null?t:"")+`"
    namespace     = "`+((t=(e=s(a,"name")||i(l,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof e===c?e.call(r,{name:"name",hash:{},data:o,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):e))!=null?t:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function Ve(n){let l=Yt[n];if(!l)throw new Error(`No template ${n} in this build`);return Ge.template(l)}var We=new Map;function L(n,l){let a=We.get(n);return a||(a=Ve(n),We.set(n,a)),a(l)}import{posix as oo}from"node:path";var Go={"X-Forwarded-Proto":"https"};function h(n){let l=n.deploy.healthPath;return l?{path:l,route:!0}:{path:"/",route:!1}}function E(){return{path:"/",route:!1}}function Xt(n){return n.route?400:500}function Ke(n,l){return n.route?`GET ${n.path} on port ${l} answers below 400`:`GET / on port ${l} answers below 500 (no health route: any answer shows the server is up)`}function v(n,l,a){let m=`http://127.0.0.1:${l}${a.path}`,o=Xt(a);switch(n){case"python":return["python","-c",["import sys, urllib.error, urllib.request as r","class Keep(r.HTTPRedirectHandler):","    redirect_request = lambda *a: None","try:",`    r.build_opener(Keep).open(r.Request('${m}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,"except urllib.error.HTTPError as e:",`    sys.exit(e.code >= ${o})`].join(`
`)];case"node":return["node","-e",`fetch('${m}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${o} ? 0 : 1), () => process.exit(1))`];case"busybox":return["wget","-q","--spider",m]}}function Ye(n){let l=n.workspaceDir!==".";return{workspace:l,workspaceDir:n.workspaceDir,inService:a=>l?`${n.workspaceDir}/${a}`:a}}function z(n){return`[${n.map(l=>JSON.stringify(l)).join(", ")}]`}var U="/app",Xe=n=>n==="."?U:`${U}/${n}`;function Zt(n){return n.backend.kind==="fastapi"||/(^|\.)asgi:/.test(n.backend.app)}function dn(n){let{port:l,appDir:a,migrationsDir:m,server:o}=n.backend,t=n.backend.appFactory?`${n.backend.app}()`:n.backend.app,e=a===m?[]:["--chdir",Xe(a)];switch(o){case"uvicorn":return{packages:[`uvicorn==${x.uvicorn}`],argv:["uvicorn","--host","0.0.0.0","--port",String(l),...a===m?[]:["--app-dir",Xe(a)],...n.backend.appFactory?["--factory",n.backend.app]:[n.backend.app]]};case"daphne":return{packages:[`daphne==${x.daphne}`],argv:["daphne","--bind","0.0.0.0","--port",String(l),t]};case"gunicorn":{let i=Zt(n);return{packages:[`gunicorn==${x.gunicorn}`,...i?[`uvicorn-worker==${x["uvicorn-worker"]}`]:[]],argv:["gunicorn","--bind",`0.0.0.0:${l}`,...i?["--worker-class","uvicorn_worker.UvicornWorker"]:[],"--access-logfile","-",...e,t]}}}}var Ze={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${x.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${x.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function pn(n,l){let a=n.backend.packageManager,m=Ze[a]??Ze.pip,o=n.database==="postgres"||n.database==="postgis",t=[...o?["libpq5"]:[],...n.database==="postgis"&&n.backend.kind==="django"?["gdal-bin"]:[]],e=dn(n),r=`python -c "import ${e.packages.map(d=>d.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${m.add} ${e.packages.join(" ")}`,{port:c,migrationsDir:s,settingsModule:u}=n.backend;return{title:l,serverName:e.argv[0],serverCmdline:e.argv.join(" "),baseImage:gn(n.backend.version),tool:m.tool,uv:a==="uv",manifests:m.manifests,install:m.install,ensureServer:r,buildPackages:o?["libpq-dev"]:[],runtimePackages:t,settingsModule:u,collectStatic:n.backend.kind==="django"&&n.backend.collectStatic?Qt(n):void 0,pythonPath:n.backend.server==="daphne"&&n.backend.appDir!==s?n.backend.appDir==="."?U:`${U}/${n.backend.appDir}`:void 0,workdir:s==="."?void 0:s,port:c,healthcheck:z(v("python",c,h(n))),cmd:z(e.argv)}}function Qt(n){let l='"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';return[...(n.backend.importEnv??[]).map(m=>`${m}=${/DATABASE_URL|_DB_URL$/.test(m)?"sqlite:////tmp/collectstatic.sqlite3":l}`),"python manage.py collectstatic --noinput"].join(" ")}var Qe={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:h,port:n=>n.backend.port,context:n=>pn(n,"Django")};var Je="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function Jt(n){switch(n){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:l=>`npm run ${l}`};case"pnpm":return{setup:[Je,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",run:l=>`pnpm run ${l}`};case"yarn":return{setup:[Je,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:l=>`yarn run ${l}`};case"bun":return{setup:[`COPY --from=${H("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:l=>`bun run ${l}`}}}var fn=n=>({packageManager:n.backend.packageManager,nodeVersion:n.backend.version,versionKey:"backend.version",port:n.backend.port,buildScript:n.backend.buildScript===!1?void 0:n.backend.buildScript??no(n)}),no=n=>n.backend.kind==="nestjs"?"build":void 0,F=n=>({packageManager:n.frontend.packageManager,nodeVersion:n.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:n.frontend.port,buildScript:"build"});function P(n,l,a){let m=Ye(l),o=Jt(n.packageManager),{cmd:t,healthcheck:e,...i}=a(o,m);return{...m,baseImage:yn(n.nodeVersion,n.versionKey),pm:o,build:n.buildScript?o.run(n.buildScript):void 0,port:n.port,...i,healthcheck:z(e),cmd:z(t)}}var nl={template:"docker/express/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:h,port:n=>n.backend.port,context:(n,l)=>P(fn(n),l,a=>({...n.backend.buildScript===void 0?{build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${a.run("build")}; fi`}:{},healthcheck:v("node",n.backend.port,h(n)),cmd:n.backend.start??["node","."]}))};var el={template:"docker/python/Dockerfile.hbs",ignore:"python",probeRuntime:()=>"python",probe:h,port:n=>n.backend.port,context:n=>pn(n,"FastAPI")};var eo=["node","dist/main.js"],ll={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:h,port:n=>n.backend.port,context:(n,l)=>P(fn(n),l,()=>({healthcheck:v("node",n.backend.port,h(n)),cmd:n.backend.start??eo}))};var Mn="docker/nginx-spa.conf";function Bn(n){return n.frontend.kind==="nextjs"?{title:"Next.js static export",assetsPath:"/_next/static/",htmlPages:!0}:{title:"React + Vite",assetsPath:"/assets/",htmlPages:!1}}var M={template:"docker/static/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"busybox",probe:E,port:n=>n.frontend.port,context:(n,l)=>P(F(n),l,(a,m)=>({title:Bn(n).title,outDir:n.frontend.outDir,runtimeImage:H("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:m.inService(Mn),healthcheck:v("busybox",n.frontend.port,E()),cmd:["nginx","-g","daemon off;"]}))};var lo={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",probeRuntime:()=>"node",probe:E,port:n=>n.frontend.port,context:(n,l)=>P(F(n),l,(a,m)=>({healthcheck:v("node",n.frontend.port,E()),cmd:["node",m.inService("server.js")]}))},to={template:"docker/nextjs/Dockerfile.next-start.hbs",ignore:"node",probeRuntime:()=>"node",probe:E,port:n=>n.frontend.port,context:(n,l)=>P(F(n),l,a=>({prune:a.prune,healthcheck:v("node",n.frontend.port,E()),cmd:["node","node_modules/next/dist/bin/next","start","--hostname","0.0.0.0","--port",String(n.frontend.port)]}))},tl={standalone:lo,default:to,export:M};var ol={django:Qe,fastapi:el,express:nl,nestjs:ll};function al(n){switch(n.frontend.kind){case"nextjs":return tl[n.frontend.nextOutput];case"react-vite":return M;case"none":return}}var G=(n,l)=>n==="."?l:`${n}/${l}`;function ao(n,l,a){let m=oo.relative(n==="."?"":n,l==="."?"":l);if(m.startsWith(".."))throw hn(`${a}.context: "${n}" must contain ${a}.dir "${l}" (it is the folder the build starts from)`);return m===""?".":m}function V(n){let l=n.backend.kind!=="none"&&n.frontend.kind!=="none"&&n.backend.dir===n.frontend.dir,a=[],m=(i,r,c,s)=>{let u=ao(c,r,i),d=l?`Dockerfile.${i}`:"Dockerfile";a.push({role:i,dir:r,context:c,dockerfile:G(u,d),workspaceDir:u,strategy:s,port:s.port(n),probe:s.probe(n)})},{backend:o,frontend:t}=n;if(o.kind!=="none"){if(o.context!==o.dir&&(o.kind==="django"||o.kind==="fastapi"))throw hn(`backend.context: a separate build context is supported for Node.js services; ${o.kind} builds from backend.dir`);m("backend",o.dir,o.context,ol[o.kind])}let e=al(n);return e&&m("frontend",t.dir,t.context??t.dir,e),a}function C(n){return G(n.context,n.dockerfile)}function Hn(n){return n.dockerfile==="Dockerfile"?G(n.context,".dockerignore"):`${C(n)}.dockerignore`}function ro(n,l){let a=l.strategy.context(n,l);return JSON.parse(a.cmd??"[]").join(" ")}function rl(n,l){let a=l.map(o=>({role:o.role,kind:o.role==="backend"?n.backend.kind:n.frontend.kind,dockerfile:C(o),context:o.context,command:ro(n,o),port:o.port,probe:Ke(o.probe,o.port),packageManager:o.role==="backend"?n.backend.packageManager:n.frontend.packageManager})),m=n.backend.kind==="django"||n.backend.kind==="fastapi";return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:L("docs/containers.md.hbs",{images:a,django:n.backend.kind==="django",fastapi:n.backend.kind==="fastapi",nextjs:n.frontend.kind==="nextjs",nextOutput:n.frontend.nextOutput,[`next_${n.frontend.nextOutput}`]:n.frontend.kind==="nextjs",reactVite:n.frontend.kind==="react-vite",outDir:n.frontend.outDir,pythonBackend:m,nodeBackend:n.backend.kind==="express"||n.backend.kind==="nestjs",backend:n.backend,hasBackend:n.backend.kind!=="none",healthRoute:h(n).route,healthPath:h(n).path,workspace:l.some(o=>o.workspaceDir!=="."),pythonPackages:m?dn(n).packages.join(", "):""})}}var _n="docker";function io(n,l){let a=[{kind:"text",path:C(l),component:_n,comment:"hash",text:L(l.strategy.template,{...l.strategy.context(n,l),buildArgs:Qn(n,l.role).map(m=>m.name)})},{kind:"text",path:Hn(l),component:_n,comment:"hash",text:L(`docker/${l.strategy.ignore}.dockerignore.hbs`,{})}];return l.strategy===M&&a.push({kind:"text",path:G(l.dir,Mn),component:_n,comment:"hash",text:L("docker/static/nginx-spa.conf.hbs",{port:l.port,...Bn(n)})}),a}var Va={name:_n,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:n=>{let l=V(n);return l.length===0?[]:[...l.flatMap(a=>io(n,a)),rl(n,l)]}};import{posix as so}from"node:path";function il(n){let l=[],{backend:a,frontend:m}=n;if(a.kind==="django"||a.kind==="fastapi"){let t=a.packageManager,e=t==="uv"?"uv":"pip";l.push({ecosystem:e,renovate:t==="uv"?"pep621":t==="poetry"?"poetry":"pip_requirements",directory:a.dir})}else a.kind!=="none"&&l.push(Nn(a.packageManager,a.dir));m.kind!=="none"&&l.push(Nn(m.packageManager,m.dir)),n.library.kind!=="none"&&l.push(Nn(n.library.packageManager,n.library.dir));for(let t of V(n))l.push({ecosystem:"docker",renovate:"dockerfile",directory:so.dirname(C(t))});n.exclude.includes("compose")||l.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),cl(n)&&l.push({ecosystem:"docker",renovate:"kubernetes",directory:sl}),l.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let o=new Set;return l.filter(t=>{let e=`${t.ecosystem}:${t.directory}`;return o.has(e)?!1:(o.add(e),!0)})}var sl="k8s/base",cl=n=>n.cloud==="kubernetes"&&!n.exclude.includes("kubernetes")&&(n.backend.kind!=="none"||n.frontend.kind!=="none");function Nn(n,l){return n==="bun"?{ecosystem:"bun",renovate:"bun",directory:l}:{ecosystem:"npm",renovate:"npm",directory:l}}function co(n,l){return{"package-ecosystem":n,..."directory"in l?{directory:l.directory}:{directories:[...l.directories]},schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${n}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"},cooldown:{"default-days":3}}}var uo=n=>n==="."?"/":`/${n}`;function mo(n){let l=il(n).map(a=>co(a.ecosystem,{directory:uo(a.directory)}));return{kind:"yaml",path:Kn,component:"dependency-updates",data:{version:2,updates:l}}}function po(n){let l=il(n);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(l.map(a=>a.renovate))],...cl(n)?{kubernetes:{managerFilePatterns:[`/^${sl}/.+\\.yaml$/`]}}:{},packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var Ja={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:n=>[n.dependencyUpdates==="renovate"?po(n):mo(n)]};var fo=[/^(?:~|[Nn]ull|NULL)?$/,/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,/^0o[0-7]+$/,/^[-+]?[0-9]+$/,/^0x[0-9a-fA-F]+$/,/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/],_o=/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u,ho=/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/,Un=/^(%|---|\.\.\.)/m,go=/(^|(?<!\n))\n+(?!\n|$)/g;function ml(n,l,a){let m=Fn(n,{indent:"",implicitKey:!1},l);return`${a===void 0?"":`${a.replace(/^(?!$)(?: $)?/gm,"#")}

`}${m}
`}function Fn(n,l,a,m="auto"){return Array.isArray(n)?yo(n,l,a):n!==null&&typeof n=="object"?ko(n,l,a):dl(n,l,m)}function dl(n,l,a){switch(typeof n){case"string":return a==="double"||_o.test(n)?B(n,l):bo(n,l);case"number":return Number.isFinite(n)?Object.is(n,-0)?"-0":JSON.stringify(n):Number.isNaN(n)?".nan":n<0?"-.inf":".inf";case"bigint":return String(n);case"boolean":return n?"true":"false";case"undefined":return"null";default:if(n===null)return"null";throw new TypeError(`YAML models hold plain data; got a ${typeof n}`)}}function yo(n,l,a){if(n.length===0)return"[]";let m={indent:l.indent+"  ",implicitKey:!1};return n.map(o=>`- ${Fn(o,m,a)}`).join(`
${l.indent}`)}function ko(n,l,a){let m=[],o=l.indent+"  ";for(let[t,e]of Object.entries(n)){if(e===void 0)continue;let i=dl(t,{indent:o,implicitKey:!0},"auto");if(i.length>1024)throw new RangeError(`YAML keys longer than 1024 characters are not supported: ${t.slice(0,40)}…`);let s=Fn(e,{indent:o,implicitKey:!1},a,typeof e=="string"?a.valueStyle(e):"auto"),u=a.valueComment(t,e),d=`${i}:`;e!==null&&typeof e=="object"&&s!=="[]"&&s!=="{}"?d+=`
${o}${s}`:d+=s===""||s[0]===`
`?s:` ${s}`,u!==void 0&&(d+=vo(d,o,` ${u}`.replace(/^(?!$)(?: $)?/gm,"#"))),m.push(d)}return m.length===0?"{}":m.map((t,e)=>e===0?t:t?`${l.indent}${t}`:"").join(`
`)}function vo(n,l,a){return n.endsWith(`
`)?ul(a,l):a.includes(`
`)?`
${ul(a,l)}`:`${n.endsWith(" ")?"":" "}${a}`}function ul(n,l){return/^\n+$/.test(n)?n.substring(1):l?n.replace(/^(?! *$)/gm,l):n}function bo(n,l){let{implicitKey:a,indent:m}=l;if(a&&n.includes(`
`))return B(n,l);if(ho.test(n))return a||!n.includes(`
`)?B(n,l):qn(n,l);if(!a&&n.includes(`
`))return qn(n,l);if(Un.test(n)){if(m==="")return qn(n,{...l,forceBlockIndent:!0});if(a&&m==="  ")return B(n,l)}let o=n.replace(/\n+/g,`$&
${m}`);return fo.some(t=>t.test(o))?B(n,l):o}function B(n,l){let a=JSON.stringify(n),{implicitKey:m}=l,o=l.indent||(Un.test(n)?"  ":""),t="",e=0;for(let i=0,r=a[i];r;r=a[++i])if(r===" "&&a[i+1]==="\\"&&a[i+2]==="n"&&(t+=a.slice(e,i)+"\\ ",i+=1,e=i,r="\\"),r==="\\")if(a[i+1]==="u"){t+=a.slice(e,i);let c=a.substr(i+2,4);t+=wo[c]??(c.startsWith("00")?`\\x${c.substr(2)}`:a.substr(i,6)),i+=5,e=i+1}else if(a[i+1]==="n"&&!(m||a[i+2]==='"'||a.length<40)){for(t+=a.slice(e,i)+`

`;a[i+2]==="\\"&&a[i+3]==="n"&&a[i+4]!=='"';)t+=`
`,i+=2;t+=o,a[i+2]===" "&&(t+="\\"),i+=1,e=i+1}else i+=1;return e?t+a.slice(e):a}var wo={"0000":"\\0","0007":"\\a","000b":"\\v","001b":"\\e","0085":"\\N","00a0":"\\_",2028:"\\L",2029:"\\P"};function qn(n,l){if(/\n[\t ]+$/.test(n))return B(n,l);let a=l.indent||(l.forceBlockIndent||Un.test(n)?"  ":""),m=n,o=m.length;for(;o>0&&`
	 `.includes(m[o-1]);)o--;let t=m.substring(o),e=t.indexOf(`
`),i=e===-1?"-":m===t||e!==t.length-1?"+":"";t&&(m=m.slice(0,-t.length),t.endsWith(`
`)&&(t=t.slice(0,-1)),t=t.replace(go,`$&${a}`));let r=!1,c=0,s=-1;for(;c<m.length;++c){let p=m[c];if(p===" ")r=!0;else if(p===`
`)s=c;else break}let u=m.substring(0,s<c?s+1:c);return u&&(m=m.substring(u.length),u=u.replace(/\n+/g,`$&${a}`)),`|${(r?a?"2":"1":"")+i}
${a}${u}${m.replace(/\n+/g,`$&${a}`)}${t}`}var Po=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,xo={valueStyle:n=>Po.test(n)?"double":"auto",valueComment:(n,l)=>n==="uses"&&(l===null||typeof l!="object")?Xn(String(l)):void 0};function or(n,l=[]){return ml(n,xo,l.length>0?l.map(a=>` ${a}`).join(`
`):void 0)}export{Eo as a,Zn as b,gl as c,Qn as d,Jn as e,yl as f,Ao as g,kl as h,$o as i,L as j,Go as k,h as l,Xt as m,Ke as n,v as o,Ye as p,V as q,C as r,ro as s,Va as t,co as u,uo as v,Ja as w,or as x};
