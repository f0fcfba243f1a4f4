import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{b as Zs}from"./chunk-LF4FPO6Y.js";import{b as Xs,c as U}from"./chunk-HYMPNKDN.js";import{a as dt,b as g,d as Qs}from"./chunk-YLJESIGR.js";var X=g(Y=>{"use strict";Y.__esModule=!0;Y.extend=sa;Y.indexOf=dd;Y.escapeExpression=fd;Y.isEmpty=hd;Y.createFrame=gd;Y.blockParams=yd;Y.appendContextPath=bd;var cd={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},ud=/[&<>"'`=]/g,md=/[&<>"'`=]/;function pd(e){return cd[e]}function sa(e){for(var n=1;n<arguments.length;n++)for(var t in arguments[n])Object.prototype.hasOwnProperty.call(arguments[n],t)&&(e[t]=arguments[n][t]);return e}var lo=Object.prototype.toString;Y.toString=lo;var ao=function(n){return typeof n=="function"};ao(/x/)&&(Y.isFunction=ao=function(e){return typeof e=="function"&&lo.call(e)==="[object Function]"});Y.isFunction=ao;var aa=Array.isArray||function(e){return e&&typeof e=="object"?lo.call(e)==="[object Array]":!1};Y.isArray=aa;function dd(e,n){for(var t=0,s=e.length;t<s;t++)if(e[t]===n)return t;return-1}function fd(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return md.test(e)?e.replace(ud,pd):e}function hd(e){return!e&&e!==0?!0:!!(aa(e)&&e.length===0)}function gd(e){var n=sa({},e);return n._parent=e,n}function yd(e,n){return e.path=n,e}function bd(e,n){return(e?e+".":"")+n}});var ye=g((ft,la)=>{"use strict";ft.__esModule=!0;var co=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function uo(e,n){var t=n&&n.loc,s=void 0,o=void 0,i=void 0,r=void 0;t&&t.start&&(s=t.start.line,i=t.start.column,t.end&&(o=t.end.line,r=t.end.column),e+=" - "+s+":"+i);for(var l=Error.prototype.constructor.call(this,e),a=0;a<co.length;a++)this[co[a]]=l[co[a]];Error.captureStackTrace&&Error.captureStackTrace(this,uo);try{t&&(this.lineNumber=s,this.endLineNumber=o,Object.defineProperty?(Object.defineProperty(this,"column",{value:i,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:r,enumerable:!0})):(this.column=i,this.endColumn=r))}catch{}}uo.prototype=new Error;ft.default=uo;la.exports=ft.default});var ua=g((ht,ca)=>{"use strict";ht.__esModule=!0;var mo=X();ht.default=function(e){e.registerHelper("blockHelperMissing",function(n,t){var s=t.inverse,o=t.fn;if(n===!0)return o(this);if(n===!1||n==null)return s(this);if(mo.isArray(n))return n.length>0?(t.ids&&(t.ids=[t.name]),e.helpers.each(n,t)):s(this);if(t.data&&t.ids){var i=mo.createFrame(t.data);i.contextPath=mo.appendContextPath(t.data.contextPath,t.name),t={data:i}}return o(n,t)})};ca.exports=ht.default});var pa=g((gt,ma)=>{"use strict";gt.__esModule=!0;function _d(e){return e&&e.__esModule?e:{default:e}}var en=X(),kd=ye(),vd=_d(kd);function wd(e){try{var n=e.return;en.isFunction(n)&&n.call(e)}catch{}}gt.default=function(e){e.registerHelper("each",function(n,t){if(!t)throw new vd.default("Must pass iterator to #each");var s=t.fn,o=t.inverse,i=0,r="",l=void 0,a=void 0;t.data&&t.ids&&(a=en.appendContextPath(t.data.contextPath,t.ids[0])+"."),en.isFunction(n)&&(n=n.call(this)),t.data&&(l=en.createFrame(t.data));function c(y,f,h,b){l&&(l.key=y,l.index=f,l.first=f===0,l.last=!!h,a&&(l.contextPath=a+y)),r=r+s(b,{data:l,blockParams:en.blockParams([b,y],[a+y,null])})}if(n&&typeof n=="object")if(en.isArray(n))for(var u=n.length;i<u;i++)i in n&&c(i,i,i===n.length-1,n[i]);else if(typeof Symbol=="function"&&n[Symbol.iterator])for(var m=n[Symbol.iterator](),p=m.next();!p.done;){var d=m.next();try{c(i,i,d.done,p.value)}catch(y){throw d.done||wd(m),y}p=d,i++}else(function(){var y=void 0;Object.keys(n).forEach(function(f){y!==void 0&&c(y,i-1,!1,n[y]),y=f,i++}),y!==void 0&&c(y,i-1,!0,n[y])})();return i===0&&(r=o(this)),r})};ma.exports=gt.default});var fa=g((yt,da)=>{"use strict";yt.__esModule=!0;function Sd(e){return e&&e.__esModule?e:{default:e}}var $d=ye(),Ed=Sd($d);yt.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new Ed.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};da.exports=yt.default});var ba=g((bt,ya)=>{"use strict";bt.__esModule=!0;function Od(e){return e&&e.__esModule?e:{default:e}}var ha=X(),Pd=ye(),ga=Od(Pd);bt.default=function(e){e.registerHelper("if",function(n,t){if(arguments.length!=2)throw new ga.default("#if requires exactly one argument");return ha.isFunction(n)&&(n=n.call(this)),!t.hash.includeZero&&!n||ha.isEmpty(n)?t.inverse(this):t.fn(this)}),e.registerHelper("unless",function(n,t){if(arguments.length!=2)throw new ga.default("#unless requires exactly one argument");return e.helpers.if.call(this,n,{fn:t.inverse,inverse:t.fn,hash:t.hash})})};ya.exports=bt.default});var ka=g((_t,_a)=>{"use strict";_t.__esModule=!0;_t.default=function(e){e.registerHelper("log",function(){for(var n=[void 0],t=arguments[arguments.length-1],s=0;s<arguments.length-1;s++)n.push(arguments[s]);var o=1;t.hash.level!=null?o=t.hash.level:t.data&&t.data.level!=null&&(o=t.data.level),n[0]=o,e.log.apply(e,n)})};_a.exports=_t.default});var wa=g((kt,va)=>{"use strict";kt.__esModule=!0;kt.default=function(e){e.registerHelper("lookup",function(n,t,s){return n&&s.lookupProperty(n,t)})};va.exports=kt.default});var $a=g((vt,Sa)=>{"use strict";vt.__esModule=!0;function Cd(e){return e&&e.__esModule?e:{default:e}}var Pn=X(),Ad=ye(),Td=Cd(Ad);vt.default=function(e){e.registerHelper("with",function(n,t){if(arguments.length!=2)throw new Td.default("#with requires exactly one argument");Pn.isFunction(n)&&(n=n.call(this));var s=t.fn;if(Pn.isEmpty(n))return t.inverse(this);var o=t.data;return t.data&&t.ids&&(o=Pn.createFrame(t.data),o.contextPath=Pn.appendContextPath(t.data.contextPath,t.ids[0])),s(n,{data:o,blockParams:Pn.blockParams([n],[o&&o.contextPath])})})};Sa.exports=vt.default});var po=g(wt=>{"use strict";wt.__esModule=!0;wt.registerDefaultHelpers=Kd;wt.moveHelperToHooks=Vd;function xe(e){return e&&e.__esModule?e:{default:e}}var Rd=ua(),xd=xe(Rd),Id=pa(),Dd=xe(Id),Nd=fa(),Ld=xe(Nd),Bd=ba(),Md=xe(Bd),jd=ka(),qd=xe(jd),Ud=wa(),Gd=xe(Ud),Hd=$a(),Fd=xe(Hd);function Kd(e){xd.default(e),Dd.default(e),Ld.default(e),Md.default(e),qd.default(e),Gd.default(e),Fd.default(e)}function Vd(e,n,t){e.helpers[n]&&(e.hooks[n]=e.helpers[n],t||(e.helpers[n]=void 0))}});var Oa=g((St,Ea)=>{"use strict";St.__esModule=!0;var zd=X();St.default=function(e){e.registerDecorator("inline",function(n,t,s,o){var i=n;return t.partials||(t.partials={},i=function(r,l){var a=s.partials;s.partials=zd.extend({},a,t.partials);var c=n(r,l);return s.partials=a,c}),t.partials[o.args[0]]=o.fn,i})};Ea.exports=St.default});var Pa=g(fo=>{"use strict";fo.__esModule=!0;fo.registerDefaultDecorators=Qd;function Wd(e){return e&&e.__esModule?e:{default:e}}var Yd=Oa(),Jd=Wd(Yd);function Qd(e){Jd.default(e)}});var ho=g(($t,Ca)=>{"use strict";$t.__esModule=!0;var Xd=X(),nn={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(n){if(typeof n=="string"){var t=Xd.indexOf(nn.methodMap,n.toLowerCase());t>=0?n=t:n=parseInt(n,10)}return n},log:function(n){if(n=nn.lookupLevel(n),typeof console<"u"&&nn.lookupLevel(nn.level)<=n){var t=nn.methodMap[n];console[t]||(t="log");for(var s=arguments.length,o=Array(s>1?s-1:0),i=1;i<s;i++)o[i-1]=arguments[i];console[t].apply(console,o)}}};$t.default=nn;Ca.exports=$t.default});var go=g(tn=>{"use strict";tn.__esModule=!0;tn.createProtoAccessControl=tf;tn.resultIsAllowed=rf;tn.isPrototypeConstructor=of;tn.resetLoggedProperties=af;function Zd(e){return e&&e.__esModule?e:{default:e}}var Aa=X(),ef=ho(),nf=Zd(ef),Et=Object.create(null);function tf(e){var n=Object.create(null);n.__proto__=!1,Aa.extend(n,e.allowedProtoProperties);var t=Object.create(null);return t.constructor=!1,t.__defineGetter__=!1,t.__defineSetter__=!1,t.__lookupGetter__=!1,t.__lookupSetter__=!1,Aa.extend(t,e.allowedProtoMethods),{properties:{whitelist:n,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:t,defaultValue:e.allowProtoMethodsByDefault}}}function rf(e,n,t){return Ta(typeof e=="function"?n.methods:n.properties,t)}function of(e,n,t){return n==="constructor"&&typeof t=="function"&&e===t.prototype}function Ta(e,n){return e.whitelist[n]!==void 0?e.whitelist[n]===!0:e.defaultValue!==void 0?e.defaultValue:(sf(n),!1)}function sf(e){Et[e]!==!0&&(Et[e]=!0,nf.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function af(){Object.keys(Et).forEach(function(e){delete Et[e]})}});var ko=g(ie=>{"use strict";ie.__esModule=!0;ie.HandlebarsEnvironment=_o;function Ra(e){return e&&e.__esModule?e:{default:e}}var Ie=X(),lf=ye(),yo=Ra(lf),cf=po(),uf=Pa(),mf=ho(),Ot=Ra(mf),pf=go(),df="4.7.10";ie.VERSION=df;var ff=8;ie.COMPILER_REVISION=ff;var hf=7;ie.LAST_COMPATIBLE_COMPILER_REVISION=hf;var gf={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};ie.REVISION_CHANGES=gf;var bo="[object Object]";function _o(e,n,t){this.helpers=e||{},this.partials=n||{},this.decorators=t||{},cf.registerDefaultHelpers(this),uf.registerDefaultDecorators(this)}_o.prototype={constructor:_o,logger:Ot.default,log:Ot.default.log,registerHelper:function(n,t){if(Ie.toString.call(n)===bo){if(t)throw new yo.default("Arg not supported with multiple helpers");Ie.extend(this.helpers,n)}else this.helpers[n]=t},unregisterHelper:function(n){delete this.helpers[n]},registerPartial:function(n,t){if(Ie.toString.call(n)===bo)Ie.extend(this.partials,n);else{if(typeof t>"u")throw new yo.default('Attempting to register a partial called "'+n+'" as undefined');this.partials[n]=t}},unregisterPartial:function(n){delete this.partials[n]},registerDecorator:function(n,t){if(Ie.toString.call(n)===bo){if(t)throw new yo.default("Arg not supported with multiple decorators");Ie.extend(this.decorators,n)}else this.decorators[n]=t},unregisterDecorator:function(n){delete this.decorators[n]},resetLoggedPropertyAccesses:function(){pf.resetLoggedProperties()}};var yf=Ot.default.log;ie.log=yf;ie.createFrame=Ie.createFrame;ie.logger=Ot.default});var Ia=g((Pt,xa)=>{"use strict";Pt.__esModule=!0;function vo(e){this.string=e}vo.prototype.toString=vo.prototype.toHTML=function(){return""+this.string};Pt.default=vo;xa.exports=Pt.default});var Da=g(wo=>{"use strict";wo.__esModule=!0;wo.wrapHelper=bf;function bf(e,n){if(typeof e!="function")return e;var t=function(){var o=arguments[arguments.length-1];return arguments[arguments.length-1]=n(o),e.apply(this,arguments)};return t}});var ja=g(be=>{"use strict";be.__esModule=!0;be.checkRevision=$f;be.template=Ef;be.wrapProgram=Ct;be.resolvePartial=Of;be.invokePartial=Pf;be.noop=Ba;function _f(e){return e&&e.__esModule?e:{default:e}}function kf(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var vf=X(),De=kf(vf),wf=ye(),Z=_f(wf),ue=ko(),Na=po(),Sf=Da(),So=go();function $f(e){var n=e&&e[0]||1,t=ue.COMPILER_REVISION;if(!(n>=ue.LAST_COMPATIBLE_COMPILER_REVISION&&n<=ue.COMPILER_REVISION))if(n<ue.LAST_COMPATIBLE_COMPILER_REVISION){var s=ue.REVISION_CHANGES[t],o=ue.REVISION_CHANGES[n];throw new Z.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+s+") or downgrade your runtime to an older version ("+o+").")}else throw new Z.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function Ef(e,n){if(!n)throw new Z.default("No environment passed to template");if(!e||!e.main)throw new Z.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,n.VM.checkRevision(e.compiler);var t=e.compiler&&e.compiler[0]===7;function s(r,l,a){a.hash&&(l=De.extend({},l,a.hash),a.ids&&(a.ids[0]=!0)),r=n.VM.resolvePartial.call(this,r,l,a),a.hooks=this.hooks,a.protoAccessControl=this.protoAccessControl;var c=n.VM.invokePartial.call(this,r,l,a);if(c==null&&De.isFunction(r))throw new Z.default("The partial "+a.name+" returned no output: partials must return a string");if(c==null&&n.compile){if(typeof r!="string")throw new Z.default("The partial "+a.name+" could not be compiled: partials must be strings or functions returning strings");a.partials[a.name]=n.compile(r,e.compilerOptions,n),c=a.partials[a.name](l,a)}if(c!=null){if(a.indent){for(var u=c.split(`
`),m=0,p=u.length;m<p&&!(!u[m]&&m+1===p);m++)u[m]=a.indent+u[m];c=u.join(`
`)}return c}else throw new Z.default("The partial "+a.name+" could not be compiled when running in runtime-only mode")}var o={strict:function(l,a,c){if(!l||!(a in l))throw new Z.default('"'+a+'" not defined in '+l,{loc:c});return o.lookupProperty(l,a)},lookupProperty:function(l,a){var c=l[a];if(c==null||Object.prototype.hasOwnProperty.call(l,a)&&!So.isPrototypeConstructor(l,a,c)||So.resultIsAllowed(c,o.protoAccessControl,a))return c},lookup:function(l,a){for(var c=l.length,u=0;u<c;u++){var m=l[u]&&o.lookupProperty(l[u],a);if(m!=null)return m}},lambda:function(l,a){return typeof l=="function"?l.call(a):l},escapeExpression:De.escapeExpression,invokePartial:s,fn:function(l){var a=e[l];return a.decorator=e[l+"_d"],a},programs:[],program:function(l,a,c,u,m){var p=this.programs[l],d=this.fn(l);return a||m||u||c?p=Ct(this,l,d,a,c,u,m):p||(p=this.programs[l]=Ct(this,l,d)),p},data:function(l,a){for(;l&&a--;)l=l._parent;return l},mergeIfNeeded:function(l,a){var c=l||a;return l&&a&&l!==a&&(c=De.extend({},a,l)),c},nullContext:Object.seal({}),noop:n.VM.noop,compilerInfo:e.compiler};function i(r){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],a=l.data;i._setup(l),!l.partial&&e.useData&&(a=Cf(r,a));var c=void 0,u=e.useBlockParams?[]:void 0;e.useDepths&&(l.depths?c=r!=l.depths[0]?[r].concat(l.depths):l.depths:c=[r]);function m(p){return""+e.main(o,p,o.helpers,o.partials,a,u,c)}return m=Ma(e.main,m,o,l.depths||[],a,u),m(r,l)}return i.isTop=!0,i._setup=function(r){if(r.partial)o.protoAccessControl=r.protoAccessControl,o.helpers=r.helpers,o.partials=r.partials,o.decorators=r.decorators,o.hooks=r.hooks;else{var l={};La(l,n.helpers,o),La(l,r.helpers,o),o.helpers=l,e.usePartial&&(o.partials=o.mergeIfNeeded(r.partials,n.partials)),(e.usePartial||e.useDecorators)&&(o.decorators=De.extend({},n.decorators,r.decorators)),o.hooks={},o.protoAccessControl=So.createProtoAccessControl(r);var a=r.allowCallsToHelperMissing||t;Na.moveHelperToHooks(o,"helperMissing",a),Na.moveHelperToHooks(o,"blockHelperMissing",a)}},i._child=function(r,l,a,c){if(e.useBlockParams&&!a)throw new Z.default("must pass block params");if(e.useDepths&&!c)throw new Z.default("must pass parent depths");return Ct(o,r,e[r],l,0,a,c)},i}function Ct(e,n,t,s,o,i,r){function l(a){var c=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],u=r;return r&&a!=r[0]&&!(a===e.nullContext&&r[0]===null)&&(u=[a].concat(r)),t(e,a,e.helpers,e.partials,c.data||s,i&&[c.blockParams].concat(i),u)}return l=Ma(t,l,e,r,s,i),l.program=n,l.depth=r?r.length:0,l.blockParams=o||0,l}function Of(e,n,t){return e?typeof e!="function"&&!t.name&&(t.name=e,e=At(t.partials,e)):t.name==="@partial-block"?e=At(t.data,"partial-block"):e=At(t.partials,t.name),e}function Pf(e,n,t){var s=At(t.data,"partial-block");t.partial=!0,t.ids&&(t.data.contextPath=t.ids[0]||t.data.contextPath);var o=void 0;if(t.fn&&t.fn!==Ba&&(function(){t.data=ue.createFrame(t.data);var i=t.fn;o=t.data["partial-block"]=function(l){var a=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return a.data=ue.createFrame(a.data),a.data["partial-block"]=s,i(l,a)},i.partials&&(t.partials=De.extend({},t.partials,i.partials))})(),e===void 0&&o&&(e=o),e===void 0)throw new Z.default("The partial "+t.name+" could not be found");if(e instanceof Function)return e(n,t)}function Ba(){return""}function At(e,n){if(e&&Object.prototype.hasOwnProperty.call(e,n))return e[n]}function Cf(e,n){return(!n||!("root"in n))&&(n=n?ue.createFrame(n):{},n.root=e),n}function Ma(e,n,t,s,o,i){if(e.decorator){var r={};n=e.decorator(n,r,t,s&&s[0],o,i,s),De.extend(n,r)}return n}function La(e,n,t){n&&Object.keys(n).forEach(function(s){var o=n[s];e[s]=Af(o,t)})}function Af(e,n){var t=n.lookupProperty;return Sf.wrapHelper(e,function(s){return s.lookupProperty=t,s})}});var Ua=g((Tt,qa)=>{"use strict";Tt.__esModule=!0;Tt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var n=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=n),e}};qa.exports=Tt.default});var Va=g((Rt,Ka)=>{"use strict";Rt.__esModule=!0;function Eo(e){return e&&e.__esModule?e:{default:e}}function Oo(e){if(e&&e.__esModule)return e;var n={};if(e!=null)for(var t in e)Object.prototype.hasOwnProperty.call(e,t)&&(n[t]=e[t]);return n.default=e,n}var Tf=ko(),Ga=Oo(Tf),Rf=Ia(),xf=Eo(Rf),If=ye(),Df=Eo(If),Nf=X(),$o=Oo(Nf),Lf=ja(),Ha=Oo(Lf),Bf=Ua(),Mf=Eo(Bf);function Fa(){var e=new Ga.HandlebarsEnvironment;return $o.extend(e,Ga),e.SafeString=xf.default,e.Exception=Df.default,e.Utils=$o,e.escapeExpression=$o.escapeExpression,e.VM=Ha,e.template=function(n){return Ha.template(n,e)},e}var Cn=Fa();Cn.create=Fa;Mf.default(Cn);Cn.default=Cn;Rt.default=Cn;Ka.exports=Rt.default});var Wa=g((Qk,za)=>{za.exports=Va().default});var P=g(F=>{"use strict";var gi=Symbol.for("yaml.alias"),hu=Symbol.for("yaml.document"),cr=Symbol.for("yaml.map"),gu=Symbol.for("yaml.pair"),yi=Symbol.for("yaml.scalar"),ur=Symbol.for("yaml.seq"),fe=Symbol.for("yaml.node.type"),lg=e=>!!e&&typeof e=="object"&&e[fe]===gi,cg=e=>!!e&&typeof e=="object"&&e[fe]===hu,ug=e=>!!e&&typeof e=="object"&&e[fe]===cr,mg=e=>!!e&&typeof e=="object"&&e[fe]===gu,yu=e=>!!e&&typeof e=="object"&&e[fe]===yi,pg=e=>!!e&&typeof e=="object"&&e[fe]===ur;function bu(e){if(e&&typeof e=="object")switch(e[fe]){case cr:case ur:return!0}return!1}function dg(e){if(e&&typeof e=="object")switch(e[fe]){case gi:case cr:case yi:case ur:return!0}return!1}var fg=e=>(yu(e)||bu(e))&&!!e.anchor;F.ALIAS=gi;F.DOC=hu;F.MAP=cr;F.NODE_TYPE=fe;F.PAIR=gu;F.SCALAR=yi;F.SEQ=ur;F.hasAnchor=fg;F.isAlias=lg;F.isCollection=bu;F.isDocument=cg;F.isMap=ug;F.isNode=dg;F.isPair=mg;F.isScalar=yu;F.isSeq=pg});var Bn=g(bi=>{"use strict";var q=P(),z=Symbol("break visit"),_u=Symbol("skip children"),le=Symbol("remove node");function mr(e,n){let t=ku(n);q.isDocument(e)?hn(null,e.contents,t,Object.freeze([e]))===le&&(e.contents=null):hn(null,e,t,Object.freeze([]))}mr.BREAK=z;mr.SKIP=_u;mr.REMOVE=le;function hn(e,n,t,s){let o=vu(e,n,t,s);if(q.isNode(o)||q.isPair(o))return wu(e,s,o),hn(e,o,t,s);if(typeof o!="symbol"){if(q.isCollection(n)){s=Object.freeze(s.concat(n));for(let i=0;i<n.items.length;++i){let r=hn(i,n.items[i],t,s);if(typeof r=="number")i=r-1;else{if(r===z)return z;r===le&&(n.items.splice(i,1),i-=1)}}}else if(q.isPair(n)){s=Object.freeze(s.concat(n));let i=hn("key",n.key,t,s);if(i===z)return z;i===le&&(n.key=null);let r=hn("value",n.value,t,s);if(r===z)return z;r===le&&(n.value=null)}}return o}async function pr(e,n){let t=ku(n);q.isDocument(e)?await gn(null,e.contents,t,Object.freeze([e]))===le&&(e.contents=null):await gn(null,e,t,Object.freeze([]))}pr.BREAK=z;pr.SKIP=_u;pr.REMOVE=le;async function gn(e,n,t,s){let o=await vu(e,n,t,s);if(q.isNode(o)||q.isPair(o))return wu(e,s,o),gn(e,o,t,s);if(typeof o!="symbol"){if(q.isCollection(n)){s=Object.freeze(s.concat(n));for(let i=0;i<n.items.length;++i){let r=await gn(i,n.items[i],t,s);if(typeof r=="number")i=r-1;else{if(r===z)return z;r===le&&(n.items.splice(i,1),i-=1)}}}else if(q.isPair(n)){s=Object.freeze(s.concat(n));let i=await gn("key",n.key,t,s);if(i===z)return z;i===le&&(n.key=null);let r=await gn("value",n.value,t,s);if(r===z)return z;r===le&&(n.value=null)}}return o}function ku(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function vu(e,n,t,s){if(typeof t=="function")return t(e,n,s);if(q.isMap(n))return t.Map?.(e,n,s);if(q.isSeq(n))return t.Seq?.(e,n,s);if(q.isPair(n))return t.Pair?.(e,n,s);if(q.isScalar(n))return t.Scalar?.(e,n,s);if(q.isAlias(n))return t.Alias?.(e,n,s)}function wu(e,n,t){let s=n[n.length-1];if(q.isCollection(s))s.items[e]=t;else if(q.isPair(s))e==="key"?s.key=t:s.value=t;else if(q.isDocument(s))s.contents=t;else{let o=q.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${o} parent`)}}bi.visit=mr;bi.visitAsync=pr});var _i=g($u=>{"use strict";var Su=P(),hg=Bn(),gg={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},yg=e=>e.replace(/[!,[\]{}]/g,n=>gg[n]),Mn=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let s=n.trim().split(/[ \t]+/),o=s.shift();switch(o){case"%TAG":{if(s.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),s.length<2))return!1;let[i,r]=s;return this.tags[i]=r,!0}case"%YAML":{if(this.yaml.explicit=!0,s.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[i]=s;if(i==="1.1"||i==="1.2")return this.yaml.version=i,!0;{let r=/^\d+\.\d+$/.test(i);return t(6,`Unsupported YAML version ${i}`,r),!1}}default:return t(0,`Unknown directive ${o}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let r=n.slice(2,-1);return r==="!"||r==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),r)}let[,s,o]=n.match(/^(.*!)([^!]*)$/s);o||t(`The ${n} tag has no suffix`);let i=this.tags[s];if(i)try{return i+decodeURIComponent(o)}catch(r){return t(String(r)),null}return s==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,s]of Object.entries(this.tags))if(n.startsWith(s))return t+yg(n.substring(s.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],s=Object.entries(this.tags),o;if(n&&s.length>0&&Su.isNode(n.contents)){let i={};hg.visit(n.contents,(r,l)=>{Su.isNode(l)&&l.tag&&(i[l.tag]=!0)}),o=Object.keys(i)}else o=[];for(let[i,r]of s)i==="!!"&&r==="tag:yaml.org,2002:"||(!n||o.some(l=>l.startsWith(r)))&&t.push(`%TAG ${i} ${r}`);return t.join(`
`)}};Mn.defaultYaml={explicit:!1,version:"1.2"};Mn.defaultTags={"!!":"tag:yaml.org,2002:"};$u.Directives=Mn});var dr=g(jn=>{"use strict";var Eu=P(),bg=Bn();function _g(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function Ou(e){let n=new Set;return bg.visit(e,{Value(t,s){s.anchor&&n.add(s.anchor)}}),n}function Pu(e,n){for(let t=1;;++t){let s=`${e}${t}`;if(!n.has(s))return s}}function kg(e,n){let t=[],s=new Map,o=null;return{onAnchor:i=>{t.push(i),o??(o=Ou(e));let r=Pu(n,o);return o.add(r),r},setAnchors:()=>{for(let i of t){let r=s.get(i);if(typeof r=="object"&&r.anchor&&(Eu.isScalar(r.node)||Eu.isCollection(r.node)))r.node.anchor=r.anchor;else{let l=new Error("Failed to resolve repeated object (this should not happen)");throw l.source=i,l}}},sourceObjects:s}}jn.anchorIsValid=_g;jn.anchorNames=Ou;jn.createNodeAnchors=kg;jn.findNewAnchor=Pu});var ki=g(Cu=>{"use strict";function qn(e,n,t,s){if(s&&typeof s=="object")if(Array.isArray(s))for(let o=0,i=s.length;o<i;++o){let r=s[o],l=qn(e,s,String(o),r);l===void 0?delete s[o]:l!==r&&(s[o]=l)}else if(s instanceof Map)for(let o of Array.from(s.keys())){let i=s.get(o),r=qn(e,s,o,i);r===void 0?s.delete(o):r!==i&&s.set(o,r)}else if(s instanceof Set)for(let o of Array.from(s)){let i=qn(e,s,o,o);i===void 0?s.delete(o):i!==o&&(s.delete(o),s.add(i))}else for(let[o,i]of Object.entries(s)){let r=qn(e,s,o,i);r===void 0?delete s[o]:r!==i&&(s[o]=r)}return e.call(n,t,s)}Cu.applyReviver=qn});var we=g(Tu=>{"use strict";var vg=P();function Au(e,n,t){if(Array.isArray(e))return e.map((s,o)=>Au(s,String(o),t));if(e&&typeof e.toJSON=="function"){if(!t||!vg.hasAnchor(e))return e.toJSON(n,t);let s={aliasCount:0,count:1,res:void 0};t.anchors.set(e,s),t.onCreate=i=>{s.res=i,delete t.onCreate};let o=e.toJSON(n,t);return t.onCreate&&t.onCreate(o),o}return typeof e=="bigint"&&!t?.keep?Number(e):e}Tu.toJS=Au});var fr=g(xu=>{"use strict";var wg=ki(),Ru=P(),Sg=we(),vi=class{constructor(n){Object.defineProperty(this,Ru.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:s,onAnchor:o,reviver:i}={}){if(!Ru.isDocument(n))throw new TypeError("A document argument is required");let r={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof s=="number"?s:100},l=Sg.toJS(this,"",r);if(typeof o=="function")for(let{count:a,res:c}of r.anchors.values())o(c,a);return typeof i=="function"?wg.applyReviver(i,{"":l},"",l):l}};xu.NodeBase=vi});var Un=g(Iu=>{"use strict";var $g=dr(),Eg=Bn(),yn=P(),Og=fr(),Pg=we(),wi=class extends Og.NodeBase{constructor(n){super(yn.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let s;t?.aliasResolveCache?s=t.aliasResolveCache:(s=[],Eg.visit(n,{Node:(i,r)=>{(yn.isAlias(r)||yn.hasAnchor(r))&&s.push(r)}}),t&&(t.aliasResolveCache=s));let o;for(let i of s){if(i===this)break;i.anchor===this.source&&(o=i)}if(o&&t){let{anchors:i,doc:r,maxAliasCount:l}=t,a=i.get(o);if(a||(Pg.toJS(o,null,t),a=i.get(o)),a?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(l>=0&&(a.count+=1,a.aliasCount===0&&(a.aliasCount=hr(r,o,i)),a.count*a.aliasCount>l)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return o}toJSON(n,t){if(!t)return{source:this.source};let s=this.resolve(t.doc,t);if(!s){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(o)}return t.anchors.get(s).res}toString(n,t,s){let o=`*${this.source}`;if(n){if($g.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(i)}if(n.implicitKey)return`${o} `}return o}};function hr(e,n,t){if(yn.isAlias(n)){let s=n.resolve(e),o=t&&s&&t.get(s);return o?o.count*o.aliasCount:0}else if(yn.isCollection(n)){let s=0;for(let o of n.items){let i=hr(e,o,t);i>s&&(s=i)}return s}else if(yn.isPair(n)){let s=hr(e,n.key,t),o=hr(e,n.value,t);return Math.max(s,o)}return 1}Iu.Alias=wi});var B=g(Si=>{"use strict";var Cg=P(),Ag=fr(),Tg=we(),Rg=e=>!e||typeof e!="function"&&typeof e!="object",Se=class extends Ag.NodeBase{constructor(n){super(Cg.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:Tg.toJS(this.value,n,t)}toString(){return String(this.value)}};Se.BLOCK_FOLDED="BLOCK_FOLDED";Se.BLOCK_LITERAL="BLOCK_LITERAL";Se.PLAIN="PLAIN";Se.QUOTE_DOUBLE="QUOTE_DOUBLE";Se.QUOTE_SINGLE="QUOTE_SINGLE";Si.Scalar=Se;Si.isScalarValue=Rg});var Gn=g(Nu=>{"use strict";var xg=Un(),ze=P(),Du=B(),Ig="tag:yaml.org,2002:";function Dg(e,n,t){if(n){let s=t.filter(i=>i.tag===n),o=s.find(i=>!i.format)??s[0];if(!o)throw new Error(`Tag ${n} not found`);return o}return t.find(s=>s.identify?.(e)&&!s.format)}function Ng(e,n,t){if(ze.isDocument(e)&&(e=e.contents),ze.isNode(e))return e;if(ze.isPair(e)){let m=t.schema[ze.MAP].createNode?.(t.schema,null,t);return m.items.push(e),m}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:s,onAnchor:o,onTagObj:i,schema:r,sourceObjects:l}=t,a;if(s&&e&&typeof e=="object"){if(a=l.get(e),a)return a.anchor??(a.anchor=o(e)),new xg.Alias(a.anchor);a={anchor:null,node:null},l.set(e,a)}n?.startsWith("!!")&&(n=Ig+n.slice(2));let c=Dg(e,n,r.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let m=new Du.Scalar(e);return a&&(a.node=m),m}c=e instanceof Map?r[ze.MAP]:Symbol.iterator in Object(e)?r[ze.SEQ]:r[ze.MAP]}i&&(i(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new Du.Scalar(e);return n?u.tag=n:c.default||(u.tag=c.tag),a&&(a.node=u),u}Nu.createNode=Ng});var yr=g(gr=>{"use strict";var Lg=Gn(),ce=P(),Bg=fr();function $i(e,n,t){let s=t;for(let o=n.length-1;o>=0;--o){let i=n[o];if(typeof i=="number"&&Number.isInteger(i)&&i>=0){let r=[];r[i]=s,s=r}else s=new Map([[i,s]])}return Lg.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var Lu=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Ei=class extends Bg.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(s=>ce.isNode(s)||ce.isPair(s)?s.clone(n):s),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(Lu(n))this.add(t);else{let[s,...o]=n,i=this.get(s,!0);if(ce.isCollection(i))i.addIn(o,t);else if(i===void 0&&this.schema)this.set(s,$i(this.schema,o,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${o}`)}}deleteIn(n){let[t,...s]=n;if(s.length===0)return this.delete(t);let o=this.get(t,!0);if(ce.isCollection(o))return o.deleteIn(s);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${s}`)}getIn(n,t){let[s,...o]=n,i=this.get(s,!0);return o.length===0?!t&&ce.isScalar(i)?i.value:i:ce.isCollection(i)?i.getIn(o,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!ce.isPair(t))return!1;let s=t.value;return s==null||n&&ce.isScalar(s)&&s.value==null&&!s.commentBefore&&!s.comment&&!s.tag})}hasIn(n){let[t,...s]=n;if(s.length===0)return this.has(t);let o=this.get(t,!0);return ce.isCollection(o)?o.hasIn(s):!1}setIn(n,t){let[s,...o]=n;if(o.length===0)this.set(s,t);else{let i=this.get(s,!0);if(ce.isCollection(i))i.setIn(o,t);else if(i===void 0&&this.schema)this.set(s,$i(this.schema,o,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${o}`)}}};gr.Collection=Ei;gr.collectionFromPath=$i;gr.isEmptyPath=Lu});var Hn=g(br=>{"use strict";var Mg=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Oi(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var jg=(e,n,t)=>e.endsWith(`
`)?Oi(t,n):t.includes(`
`)?`
`+Oi(t,n):(e.endsWith(" ")?"":" ")+t;br.indentComment=Oi;br.lineComment=jg;br.stringifyComment=Mg});var Mu=g(Fn=>{"use strict";var qg="flow",Pi="block",_r="quoted";function Ug(e,n,t="flow",{indentAtStart:s,lineWidth:o=80,minContentWidth:i=20,onFold:r,onOverflow:l}={}){if(!o||o<0)return e;o<i&&(i=0);let a=Math.max(1+i,1+o-n.length);if(e.length<=a)return e;let c=[],u={},m=o-n.length;typeof s=="number"&&(s>o-Math.max(2,i)?c.push(0):m=o-s);let p,d,y=!1,f=-1,h=-1,b=-1;t===Pi&&(f=Bu(e,f,n.length),f!==-1&&(m=f+a));for(let S;S=e[f+=1];){if(t===_r&&S==="\\"){switch(h=f,e[f+1]){case"x":f+=3;break;case"u":f+=5;break;case"U":f+=9;break;default:f+=1}b=f}if(S===`
`)t===Pi&&(f=Bu(e,f,n.length)),m=f+n.length+a,p=void 0;else{if(S===" "&&d&&d!==" "&&d!==`
`&&d!=="	"){let $=e[f+1];$&&$!==" "&&$!==`
`&&$!=="	"&&(p=f)}if(f>=m)if(p)c.push(p),m=p+a,p=void 0;else if(t===_r){for(;d===" "||d==="	";)d=S,S=e[f+=1],y=!0;let $=f>b+1?f-2:h-1;if(u[$])return e;c.push($),u[$]=!0,m=$+a,p=void 0}else y=!0}d=S}if(y&&l&&l(),c.length===0)return e;r&&r();let v=e.slice(0,c[0]);for(let S=0;S<c.length;++S){let $=c[S],E=c[S+1]||e.length;$===0?v=`
${n}${e.slice(0,E)}`:(t===_r&&u[$]&&(v+=`${e[$]}\\`),v+=`
${n}${e.slice($+1,E)}`)}return v}function Bu(e,n,t){let s=n,o=n+1,i=e[o];for(;i===" "||i==="	";)if(n<o+t)i=e[++n];else{do i=e[++n];while(i&&i!==`
`);s=n,o=n+1,i=e[o]}return s}Fn.FOLD_BLOCK=Pi;Fn.FOLD_FLOW=qg;Fn.FOLD_QUOTED=_r;Fn.foldFlowLines=Ug});var Vn=g(ju=>{"use strict";var te=B(),$e=Mu(),vr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),wr=e=>/^(%|---|\.\.\.)/m.test(e);function Gg(e,n,t){if(!n||n<0)return!1;let s=n-t,o=e.length;if(o<=s)return!1;for(let i=0,r=0;i<o;++i)if(e[i]===`
`){if(i-r>s)return!0;if(r=i+1,o-r<=s)return!1}return!0}function Kn(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:s}=n,o=n.options.doubleQuotedMinMultiLineLength,i=n.indent||(wr(e)?"  ":""),r="",l=0;for(let a=0,c=t[a];c;c=t[++a])if(c===" "&&t[a+1]==="\\"&&t[a+2]==="n"&&(r+=t.slice(l,a)+"\\ ",a+=1,l=a,c="\\"),c==="\\")switch(t[a+1]){case"u":{r+=t.slice(l,a);let u=t.substr(a+2,4);switch(u){case"0000":r+="\\0";break;case"0007":r+="\\a";break;case"000b":r+="\\v";break;case"001b":r+="\\e";break;case"0085":r+="\\N";break;case"00a0":r+="\\_";break;case"2028":r+="\\L";break;case"2029":r+="\\P";break;default:u.substr(0,2)==="00"?r+="\\x"+u.substr(2):r+=t.substr(a,6)}a+=5,l=a+1}break;case"n":if(s||t[a+2]==='"'||t.length<o)a+=1;else{for(r+=t.slice(l,a)+`

`;t[a+2]==="\\"&&t[a+3]==="n"&&t[a+4]!=='"';)r+=`
`,a+=2;r+=i,t[a+2]===" "&&(r+="\\"),a+=1,l=a+1}break;default:a+=1}return r=l?r+t.slice(l):t,s?r:$e.foldFlowLines(r,i,$e.FOLD_QUOTED,vr(n,!1))}function Ci(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return Kn(e,n);let t=n.indent||(wr(e)?"  ":""),s="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?s:$e.foldFlowLines(s,t,$e.FOLD_FLOW,vr(n,!1))}function bn(e,n){let{singleQuote:t}=n.options,s;if(t===!1)s=Kn;else{let o=e.includes('"'),i=e.includes("'");o&&!i?s=Ci:i&&!o?s=Kn:s=t?Ci:Kn}return s(e,n)}var Ai;try{Ai=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{Ai=/\n+(?!\n|$)/g}function kr({comment:e,type:n,value:t},s,o,i){let{blockQuote:r,commentString:l,lineWidth:a}=s.options;if(!r||/\n[\t ]+$/.test(t))return bn(t,s);let c=s.indent||(s.forceBlockIndent||wr(t)?"  ":""),u=r==="literal"?!0:r==="folded"||n===te.Scalar.BLOCK_FOLDED?!1:n===te.Scalar.BLOCK_LITERAL?!0:!Gg(t,a,c.length);if(!t)return u?`|
`:`>
`;let m,p;for(p=t.length;p>0;--p){let E=t[p-1];if(E!==`
`&&E!=="	"&&E!==" ")break}let d=t.substring(p),y=d.indexOf(`
`);y===-1?m="-":t===d||y!==d.length-1?(m="+",i&&i()):m="",d&&(t=t.slice(0,-d.length),d[d.length-1]===`
`&&(d=d.slice(0,-1)),d=d.replace(Ai,`$&${c}`));let f=!1,h,b=-1;for(h=0;h<t.length;++h){let E=t[h];if(E===" ")f=!0;else if(E===`
`)b=h;else break}let v=t.substring(0,b<h?b+1:h);v&&(t=t.substring(v.length),v=v.replace(/\n+/g,`$&${c}`));let $=(f?c?"2":"1":"")+m;if(e&&($+=" "+l(e.replace(/ ?[\r\n]+/g," ")),o&&o()),!u){let E=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),O=!1,R=vr(s,!0);r!=="folded"&&n!==te.Scalar.BLOCK_FOLDED&&(R.onOverflow=()=>{O=!0});let _=$e.foldFlowLines(`${v}${E}${d}`,c,$e.FOLD_BLOCK,R);if(!O)return`>${$}
${c}${_}`}return t=t.replace(/\n+/g,`$&${c}`),`|${$}
${c}${v}${t}${d}`}function Hg(e,n,t,s){let{type:o,value:i}=e,{actualString:r,implicitKey:l,indent:a,indentStep:c,inFlow:u}=n;if(l&&i.includes(`
`)||u&&/[[\]{},]/.test(i))return bn(i,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(i))return l||u||!i.includes(`
`)?bn(i,n):kr(e,n,t,s);if(!l&&!u&&o!==te.Scalar.PLAIN&&i.includes(`
`))return kr(e,n,t,s);if(wr(i)){if(a==="")return n.forceBlockIndent=!0,kr(e,n,t,s);if(l&&a===c)return bn(i,n)}let m=i.replace(/\n+/g,`$&
${a}`);if(r){let p=f=>f.default&&f.tag!=="tag:yaml.org,2002:str"&&f.test?.test(m),{compat:d,tags:y}=n.doc.schema;if(y.some(p)||d?.some(p))return bn(i,n)}return l?m:$e.foldFlowLines(m,a,$e.FOLD_FLOW,vr(n,!1))}function Fg(e,n,t,s){let{implicitKey:o,inFlow:i}=n,r=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:l}=e;l!==te.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(r.value)&&(l=te.Scalar.QUOTE_DOUBLE);let a=u=>{switch(u){case te.Scalar.BLOCK_FOLDED:case te.Scalar.BLOCK_LITERAL:return o||i?bn(r.value,n):kr(r,n,t,s);case te.Scalar.QUOTE_DOUBLE:return Kn(r.value,n);case te.Scalar.QUOTE_SINGLE:return Ci(r.value,n);case te.Scalar.PLAIN:return Hg(r,n,t,s);default:return null}},c=a(l);if(c===null){let{defaultKeyType:u,defaultStringType:m}=n.options,p=o&&u||m;if(c=a(p),c===null)throw new Error(`Unsupported default string type ${p}`)}return c}ju.stringifyString=Fg});var zn=g(Ti=>{"use strict";var Kg=dr(),Ee=P(),Vg=Hn(),zg=Vn();function Wg(e,n){let t=Object.assign({blockQuote:!0,commentString:Vg.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),s;switch(t.collectionStyle){case"block":s=!1;break;case"flow":s=!0;break;default:s=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:s,options:t}}function Yg(e,n){if(n.tag){let o=e.filter(i=>i.tag===n.tag);if(o.length>0)return o.find(i=>i.format===n.format)??o[0]}let t,s;if(Ee.isScalar(n)){s=n.value;let o=e.filter(i=>i.identify?.(s));if(o.length>1){let i=o.filter(r=>r.test);i.length>0&&(o=i)}t=o.find(i=>i.format===n.format)??o.find(i=>!i.format)}else s=n,t=e.find(o=>o.nodeClass&&s instanceof o.nodeClass);if(!t){let o=s?.constructor?.name??(s===null?"null":typeof s);throw new Error(`Tag not resolved for ${o} value`)}return t}function Jg(e,n,{anchors:t,doc:s}){if(!s.directives)return"";let o=[],i=(Ee.isScalar(e)||Ee.isCollection(e))&&e.anchor;i&&Kg.anchorIsValid(i)&&(t.add(i),o.push(`&${i}`));let r=e.tag??(n.default?null:n.tag);return r&&o.push(s.directives.tagString(r)),o.join(" ")}function Qg(e,n,t,s){if(Ee.isPair(e))return e.toString(n,t,s);if(Ee.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let o,i=Ee.isNode(e)?e:n.doc.createNode(e,{onTagObj:a=>o=a});o??(o=Yg(n.doc.schema.tags,i));let r=Jg(i,o,n);r.length>0&&(n.indentAtStart=(n.indentAtStart??0)+r.length+1);let l=typeof o.stringify=="function"?o.stringify(i,n,t,s):Ee.isScalar(i)?zg.stringifyString(i,n,t,s):i.toString(n,t,s);return r?Ee.isScalar(i)||l[0]==="{"||l[0]==="["?`${r} ${l}`:`${r}
${n.indent}${l}`:l}Ti.createStringifyContext=Wg;Ti.stringify=Qg});var Hu=g(Gu=>{"use strict";var he=P(),qu=B(),Uu=zn(),Wn=Hn();function Xg({key:e,value:n},t,s,o){let{allNullValues:i,doc:r,indent:l,indentStep:a,options:{commentString:c,indentSeq:u,simpleKeys:m}}=t,p=he.isNode(e)&&e.comment||null;if(m){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(he.isCollection(e)||!he.isNode(e)&&typeof e=="object"){let R="With simple keys, collection cannot be used as a key value";throw new Error(R)}}let d=!m&&(!e||p&&n==null&&!t.inFlow||he.isCollection(e)||(he.isScalar(e)?e.type===qu.Scalar.BLOCK_FOLDED||e.type===qu.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!d&&(m||!i),indent:l+a});let y=!1,f=!1,h=Uu.stringify(e,t,()=>y=!0,()=>f=!0);if(!d&&!t.inFlow&&h.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");d=!0}if(t.inFlow){if(i||n==null)return y&&s&&s(),h===""?"?":d?`? ${h}`:h}else if(i&&!m||n==null&&d)return h=`? ${h}`,p&&!y?h+=Wn.lineComment(h,t.indent,c(p)):f&&o&&o(),h;y&&(p=null),d?(p&&(h+=Wn.lineComment(h,t.indent,c(p))),h=`? ${h}
${l}:`):(h=`${h}:`,p&&(h+=Wn.lineComment(h,t.indent,c(p))));let b,v,S;he.isNode(n)?(b=!!n.spaceBefore,v=n.commentBefore,S=n.comment):(b=!1,v=null,S=null,n&&typeof n=="object"&&(n=r.createNode(n))),t.implicitKey=!1,!d&&!p&&he.isScalar(n)&&(t.indentAtStart=h.length+1),f=!1,!u&&a.length>=2&&!t.inFlow&&!d&&he.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let $=!1,E=Uu.stringify(n,t,()=>$=!0,()=>f=!0),O=" ";if(p||b||v){if(O=b?`
`:"",v){let R=c(v);O+=`
${Wn.indentComment(R,t.indent)}`}E===""&&!t.inFlow?O===`
`&&S&&(O=`

`):O+=`
${t.indent}`}else if(!d&&he.isCollection(n)){let R=E[0],_=E.indexOf(`
`),M=_!==-1,ge=t.inFlow??n.flow??n.items.length===0;if(M||!ge){let Ze=!1;if(M&&(R==="&"||R==="!")){let j=E.indexOf(" ");R==="&"&&j!==-1&&j<_&&E[j+1]==="!"&&(j=E.indexOf(" ",j+1)),(j===-1||_<j)&&(Ze=!0)}Ze||(O=`
${t.indent}`)}}else(E===""||E[0]===`
`)&&(O="");return h+=O+E,t.inFlow?$&&s&&s():S&&!$?h+=Wn.lineComment(h,t.indent,c(S)):f&&o&&o(),h}Gu.stringifyPair=Xg});var xi=g(Ri=>{"use strict";var Fu=dt("process");function Zg(e,...n){e==="debug"&&console.log(...n)}function ey(e,n){(e==="debug"||e==="warn")&&(typeof Fu.emitWarning=="function"?Fu.emitWarning(n):console.warn(n))}Ri.debug=Zg;Ri.warn=ey});var Pr=g(Or=>{"use strict";var Er=P(),Ku=B(),Sr="<<",$r={identify:e=>e===Sr||typeof e=="symbol"&&e.description===Sr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Ku.Scalar(Symbol(Sr)),{addToJSMap:Vu}),stringify:()=>Sr},ny=(e,n)=>($r.identify(n)||Er.isScalar(n)&&(!n.type||n.type===Ku.Scalar.PLAIN)&&$r.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===$r.tag&&t.default);function Vu(e,n,t){let s=zu(e,t);if(Er.isSeq(s))for(let o of s.items)Ii(e,n,o);else if(Array.isArray(s))for(let o of s)Ii(e,n,o);else Ii(e,n,s)}function Ii(e,n,t){let s=zu(e,t);if(!Er.isMap(s))throw new Error("Merge sources must be maps or map aliases");let o=s.toJSON(null,e,Map);for(let[i,r]of o)n instanceof Map?n.has(i)||n.set(i,r):n instanceof Set?n.add(i):Object.prototype.hasOwnProperty.call(n,i)||Object.defineProperty(n,i,{value:r,writable:!0,enumerable:!0,configurable:!0});return n}function zu(e,n){return e&&Er.isAlias(n)?n.resolve(e.doc,e):n}Or.addMergeToJSMap=Vu;Or.isMergeKey=ny;Or.merge=$r});var Ni=g(Ju=>{"use strict";var ty=xi(),Wu=Pr(),ry=zn(),Yu=P(),Di=we();function oy(e,n,{key:t,value:s}){if(Yu.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,s);else if(Wu.isMergeKey(e,t))Wu.addMergeToJSMap(e,n,s);else{let o=Di.toJS(t,"",e);if(n instanceof Map)n.set(o,Di.toJS(s,o,e));else if(n instanceof Set)n.add(o);else{let i=iy(t,o,e),r=Di.toJS(s,i,e);i in n?Object.defineProperty(n,i,{value:r,writable:!0,enumerable:!0,configurable:!0}):n[i]=r}}return n}function iy(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(Yu.isNode(e)&&t?.doc){let s=ry.createStringifyContext(t.doc,{});s.anchors=new Set;for(let i of t.anchors.keys())s.anchors.add(i.anchor);s.inFlow=!0,s.inStringifyKey=!0;let o=e.toString(s);if(!t.mapKeyWarned){let i=JSON.stringify(o);i.length>40&&(i=i.substring(0,36)+'..."'),ty.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${i}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return o}return JSON.stringify(n)}Ju.addPairToJSMap=oy});var Oe=g(Li=>{"use strict";var Qu=Gn(),sy=Hu(),ay=Ni(),Cr=P();function ly(e,n,t){let s=Qu.createNode(e,void 0,t),o=Qu.createNode(n,void 0,t);return new Ar(s,o)}var Ar=class e{constructor(n,t=null){Object.defineProperty(this,Cr.NODE_TYPE,{value:Cr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:s}=this;return Cr.isNode(t)&&(t=t.clone(n)),Cr.isNode(s)&&(s=s.clone(n)),new e(t,s)}toJSON(n,t){let s=t?.mapAsMap?new Map:{};return ay.addPairToJSMap(t,s,this)}toString(n,t,s){return n?.doc?sy.stringifyPair(this,n,t,s):JSON.stringify(this)}};Li.Pair=Ar;Li.createPair=ly});var Bi=g(Zu=>{"use strict";var We=P(),Xu=zn(),Tr=Hn();function cy(e,n,t){return(n.inFlow??e.flow?my:uy)(e,n,t)}function uy({comment:e,items:n},t,{blockItemPrefix:s,flowChars:o,itemIndent:i,onChompKeep:r,onComment:l}){let{indent:a,options:{commentString:c}}=t,u=Object.assign({},t,{indent:i,type:null}),m=!1,p=[];for(let y=0;y<n.length;++y){let f=n[y],h=null;if(We.isNode(f))!m&&f.spaceBefore&&p.push(""),Rr(t,p,f.commentBefore,m),f.comment&&(h=f.comment);else if(We.isPair(f)){let v=We.isNode(f.key)?f.key:null;v&&(!m&&v.spaceBefore&&p.push(""),Rr(t,p,v.commentBefore,m))}m=!1;let b=Xu.stringify(f,u,()=>h=null,()=>m=!0);h&&(b+=Tr.lineComment(b,i,c(h))),m&&h&&(m=!1),p.push(s+b)}let d;if(p.length===0)d=o.start+o.end;else{d=p[0];for(let y=1;y<p.length;++y){let f=p[y];d+=f?`
${a}${f}`:`
`}}return e?(d+=`
`+Tr.indentComment(c(e),a),l&&l()):m&&r&&r(),d}function my({items:e},n,{flowChars:t,itemIndent:s}){let{indent:o,indentStep:i,flowCollectionPadding:r,options:{commentString:l}}=n;s+=i;let a=Object.assign({},n,{indent:s,inFlow:!0,type:null}),c=!1,u=0,m=[];for(let y=0;y<e.length;++y){let f=e[y],h=null;if(We.isNode(f))f.spaceBefore&&m.push(""),Rr(n,m,f.commentBefore,!1),f.comment&&(h=f.comment);else if(We.isPair(f)){let v=We.isNode(f.key)?f.key:null;v&&(v.spaceBefore&&m.push(""),Rr(n,m,v.commentBefore,!1),v.comment&&(c=!0));let S=We.isNode(f.value)?f.value:null;S?(S.comment&&(h=S.comment),S.commentBefore&&(c=!0)):f.value==null&&v?.comment&&(h=v.comment)}h&&(c=!0);let b=Xu.stringify(f,a,()=>h=null);c||(c=m.length>u||b.includes(`
`)),y<e.length-1?b+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=m.reduce((v,S)=>v+S.length+2,2)+(b.length+2)>n.options.lineWidth)),c&&(b+=",")),h&&(b+=Tr.lineComment(b,s,l(h))),m.push(b),u=m.length}let{start:p,end:d}=t;if(m.length===0)return p+d;if(!c){let y=m.reduce((f,h)=>f+h.length+2,2);c=n.options.lineWidth>0&&y>n.options.lineWidth}if(c){let y=p;for(let f of m)y+=f?`
${i}${o}${f}`:`
`;return`${y}
${o}${d}`}else return`${p}${r}${m.join(" ")}${r}${d}`}function Rr({indent:e,options:{commentString:n}},t,s,o){if(s&&o&&(s=s.replace(/^\n+/,"")),s){let i=Tr.indentComment(n(s),e);t.push(i.trimStart())}}Zu.stringifyCollection=cy});var Ce=g(ji=>{"use strict";var py=Bi(),dy=Ni(),fy=yr(),Pe=P(),xr=Oe(),hy=B();function Yn(e,n){let t=Pe.isScalar(n)?n.value:n;for(let s of e)if(Pe.isPair(s)&&(s.key===n||s.key===t||Pe.isScalar(s.key)&&s.key.value===t))return s}var Mi=class extends fy.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Pe.MAP,n),this.items=[]}static from(n,t,s){let{keepUndefined:o,replacer:i}=s,r=new this(n),l=(a,c)=>{if(typeof i=="function")c=i.call(t,a,c);else if(Array.isArray(i)&&!i.includes(a))return;(c!==void 0||o)&&r.items.push(xr.createPair(a,c,s))};if(t instanceof Map)for(let[a,c]of t)l(a,c);else if(t&&typeof t=="object")for(let a of Object.keys(t))l(a,t[a]);return typeof n.sortMapEntries=="function"&&r.items.sort(n.sortMapEntries),r}add(n,t){let s;Pe.isPair(n)?s=n:!n||typeof n!="object"||!("key"in n)?s=new xr.Pair(n,n?.value):s=new xr.Pair(n.key,n.value);let o=Yn(this.items,s.key),i=this.schema?.sortMapEntries;if(o){if(!t)throw new Error(`Key ${s.key} already set`);Pe.isScalar(o.value)&&hy.isScalarValue(s.value)?o.value.value=s.value:o.value=s.value}else if(i){let r=this.items.findIndex(l=>i(s,l)<0);r===-1?this.items.push(s):this.items.splice(r,0,s)}else this.items.push(s)}delete(n){let t=Yn(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let o=Yn(this.items,n)?.value;return(!t&&Pe.isScalar(o)?o.value:o)??void 0}has(n){return!!Yn(this.items,n)}set(n,t){this.add(new xr.Pair(n,t),!0)}toJSON(n,t,s){let o=s?new s:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(o);for(let i of this.items)dy.addPairToJSMap(t,o,i);return o}toString(n,t,s){if(!n)return JSON.stringify(this);for(let o of this.items)if(!Pe.isPair(o))throw new Error(`Map items must all be pairs; found ${JSON.stringify(o)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),py.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:s,onComment:t})}};ji.YAMLMap=Mi;ji.findPair=Yn});var _n=g(nm=>{"use strict";var gy=P(),em=Ce(),yy={collection:"map",default:!0,nodeClass:em.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return gy.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>em.YAMLMap.from(e,n,t)};nm.map=yy});var Ae=g(tm=>{"use strict";var by=Gn(),_y=Bi(),ky=yr(),Dr=P(),vy=B(),wy=we(),qi=class extends ky.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(Dr.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=Ir(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let s=Ir(n);if(typeof s!="number")return;let o=this.items[s];return!t&&Dr.isScalar(o)?o.value:o}has(n){let t=Ir(n);return typeof t=="number"&&t<this.items.length}set(n,t){let s=Ir(n);if(typeof s!="number")throw new Error(`Expected a valid index, not ${n}.`);let o=this.items[s];Dr.isScalar(o)&&vy.isScalarValue(t)?o.value=t:this.items[s]=t}toJSON(n,t){let s=[];t?.onCreate&&t.onCreate(s);let o=0;for(let i of this.items)s.push(wy.toJS(i,String(o++),t));return s}toString(n,t,s){return n?_y.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:s,onComment:t}):JSON.stringify(this)}static from(n,t,s){let{replacer:o}=s,i=new this(n);if(t&&Symbol.iterator in Object(t)){let r=0;for(let l of t){if(typeof o=="function"){let a=t instanceof Set?l:String(r++);l=o.call(t,a,l)}i.items.push(by.createNode(l,void 0,s))}}return i}};function Ir(e){let n=Dr.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}tm.YAMLSeq=qi});var kn=g(om=>{"use strict";var Sy=P(),rm=Ae(),$y={collection:"seq",default:!0,nodeClass:rm.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return Sy.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>rm.YAMLSeq.from(e,n,t)};om.seq=$y});var Jn=g(im=>{"use strict";var Ey=Vn(),Oy={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,s){return n=Object.assign({actualString:!0},n),Ey.stringifyString(e,n,t,s)}};im.string=Oy});var Nr=g(lm=>{"use strict";var sm=B(),am={identify:e=>e==null,createNode:()=>new sm.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new sm.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&am.test.test(e)?e:n.options.nullStr};lm.nullTag=am});var Ui=g(um=>{"use strict";var Py=B(),cm={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new Py.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&cm.test.test(e)){let s=e[0]==="t"||e[0]==="T";if(n===s)return e}return n?t.options.trueStr:t.options.falseStr}};um.boolTag=cm});var vn=g(mm=>{"use strict";function Cy({format:e,minFractionDigits:n,tag:t,value:s}){if(typeof s=="bigint")return String(s);let o=typeof s=="number"?s:Number(s);if(!isFinite(o))return isNaN(o)?".nan":o<0?"-.inf":".inf";let i=Object.is(s,-0)?"-0":JSON.stringify(s);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(i)&&!i.includes("e")){let r=i.indexOf(".");r<0&&(r=i.length,i+=".");let l=n-(i.length-r-1);for(;l-- >0;)i+="0"}return i}mm.stringifyNumber=Cy});var Hi=g(Lr=>{"use strict";var Ay=B(),Gi=vn(),Ty={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Gi.stringifyNumber},Ry={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():Gi.stringifyNumber(e)}},xy={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new Ay.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:Gi.stringifyNumber};Lr.float=xy;Lr.floatExp=Ry;Lr.floatNaN=Ty});var Ki=g(Mr=>{"use strict";var pm=vn(),Br=e=>typeof e=="bigint"||Number.isInteger(e),Fi=(e,n,t,{intAsBigInt:s})=>s?BigInt(e):parseInt(e.substring(n),t);function dm(e,n,t){let{value:s}=e;return Br(s)&&s>=0?t+s.toString(n):pm.stringifyNumber(e)}var Iy={identify:e=>Br(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>Fi(e,2,8,t),stringify:e=>dm(e,8,"0o")},Dy={identify:Br,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>Fi(e,0,10,t),stringify:pm.stringifyNumber},Ny={identify:e=>Br(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>Fi(e,2,16,t),stringify:e=>dm(e,16,"0x")};Mr.int=Dy;Mr.intHex=Ny;Mr.intOct=Iy});var hm=g(fm=>{"use strict";var Ly=_n(),By=Nr(),My=kn(),jy=Jn(),qy=Ui(),Vi=Hi(),zi=Ki(),Uy=[Ly.map,My.seq,jy.string,By.nullTag,qy.boolTag,zi.intOct,zi.int,zi.intHex,Vi.floatNaN,Vi.floatExp,Vi.float];fm.schema=Uy});var bm=g(ym=>{"use strict";var Gy=B(),Hy=_n(),Fy=kn();function gm(e){return typeof e=="bigint"||Number.isInteger(e)}var jr=({value:e})=>JSON.stringify(e),Ky=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:jr},{identify:e=>e==null,createNode:()=>new Gy.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:jr},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:jr},{identify:gm,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>gm(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:jr}],Vy={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},zy=[Hy.map,Fy.seq].concat(Ky,Vy);ym.schema=zy});var Yi=g(_m=>{"use strict";var Qn=dt("buffer"),Wi=B(),Wy=Vn(),Yy={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof Qn.Buffer=="function")return Qn.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),s=new Uint8Array(t.length);for(let o=0;o<t.length;++o)s[o]=t.charCodeAt(o);return s}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},s,o,i){if(!t)return"";let r=t,l;if(typeof Qn.Buffer=="function")l=r instanceof Qn.Buffer?r.toString("base64"):Qn.Buffer.from(r.buffer).toString("base64");else if(typeof btoa=="function"){let a="";for(let c=0;c<r.length;++c)a+=String.fromCharCode(r[c]);l=btoa(a)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=Wi.Scalar.BLOCK_LITERAL),n!==Wi.Scalar.QUOTE_DOUBLE){let a=Math.max(s.options.lineWidth-s.indent.length,s.options.minContentWidth),c=Math.ceil(l.length/a),u=new Array(c);for(let m=0,p=0;m<c;++m,p+=a)u[m]=l.substr(p,a);l=u.join(n===Wi.Scalar.BLOCK_LITERAL?`
`:" ")}return Wy.stringifyString({comment:e,type:n,value:l},s,o,i)}};_m.binary=Yy});var Gr=g(Ur=>{"use strict";var qr=P(),Ji=Oe(),Jy=B(),Qy=Ae();function km(e,n){if(qr.isSeq(e))for(let t=0;t<e.items.length;++t){let s=e.items[t];if(!qr.isPair(s)){if(qr.isMap(s)){s.items.length>1&&n("Each pair must have its own sequence indicator");let o=s.items[0]||new Ji.Pair(new Jy.Scalar(null));if(s.commentBefore&&(o.key.commentBefore=o.key.commentBefore?`${s.commentBefore}
${o.key.commentBefore}`:s.commentBefore),s.comment){let i=o.value??o.key;i.comment=i.comment?`${s.comment}
${i.comment}`:s.comment}s=o}e.items[t]=qr.isPair(s)?s:new Ji.Pair(s)}}else n("Expected a sequence for this tag");return e}function vm(e,n,t){let{replacer:s}=t,o=new Qy.YAMLSeq(e);o.tag="tag:yaml.org,2002:pairs";let i=0;if(n&&Symbol.iterator in Object(n))for(let r of n){typeof s=="function"&&(r=s.call(n,String(i++),r));let l,a;if(Array.isArray(r))if(r.length===2)l=r[0],a=r[1];else throw new TypeError(`Expected [key, value] tuple: ${r}`);else if(r&&r instanceof Object){let c=Object.keys(r);if(c.length===1)l=c[0],a=r[l];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else l=r;o.items.push(Ji.createPair(l,a,t))}return o}var Xy={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:km,createNode:vm};Ur.createPairs=vm;Ur.pairs=Xy;Ur.resolvePairs=km});var Zi=g(Xi=>{"use strict";var wm=P(),Qi=we(),Xn=Ce(),Zy=Ae(),Sm=Gr(),Ye=class e extends Zy.YAMLSeq{constructor(){super(),this.add=Xn.YAMLMap.prototype.add.bind(this),this.delete=Xn.YAMLMap.prototype.delete.bind(this),this.get=Xn.YAMLMap.prototype.get.bind(this),this.has=Xn.YAMLMap.prototype.has.bind(this),this.set=Xn.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let s=new Map;t?.onCreate&&t.onCreate(s);for(let o of this.items){let i,r;if(wm.isPair(o)?(i=Qi.toJS(o.key,"",t),r=Qi.toJS(o.value,i,t)):i=Qi.toJS(o,"",t),s.has(i))throw new Error("Ordered maps must not include duplicate keys");s.set(i,r)}return s}static from(n,t,s){let o=Sm.createPairs(n,t,s),i=new this;return i.items=o.items,i}};Ye.tag="tag:yaml.org,2002:omap";var eb={collection:"seq",identify:e=>e instanceof Map,nodeClass:Ye,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=Sm.resolvePairs(e,n),s=[];for(let{key:o}of t.items)wm.isScalar(o)&&(s.includes(o.value)?n(`Ordered maps must not include duplicate keys: ${o.value}`):s.push(o.value));return Object.assign(new Ye,t)},createNode:(e,n,t)=>Ye.from(e,n,t)};Xi.YAMLOMap=Ye;Xi.omap=eb});var Cm=g(es=>{"use strict";var $m=B();function Em({value:e,source:n},t){return n&&(e?Om:Pm).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var Om={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new $m.Scalar(!0),stringify:Em},Pm={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new $m.Scalar(!1),stringify:Em};es.falseTag=Pm;es.trueTag=Om});var Am=g(Hr=>{"use strict";var nb=B(),ns=vn(),tb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:ns.stringifyNumber},rb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():ns.stringifyNumber(e)}},ob={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new nb.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let s=e.substring(t+1).replace(/_/g,"");s[s.length-1]==="0"&&(n.minFractionDigits=s.length)}return n},stringify:ns.stringifyNumber};Hr.float=ob;Hr.floatExp=rb;Hr.floatNaN=tb});var Rm=g(et=>{"use strict";var Tm=vn(),Zn=e=>typeof e=="bigint"||Number.isInteger(e);function Fr(e,n,t,{intAsBigInt:s}){let o=e[0];if((o==="-"||o==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),s){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let r=BigInt(e);return o==="-"?BigInt(-1)*r:r}let i=parseInt(e,t);return o==="-"?-1*i:i}function ts(e,n,t){let{value:s}=e;if(Zn(s)){let o=s.toString(n);return s<0?"-"+t+o.substr(1):t+o}return Tm.stringifyNumber(e)}var ib={identify:Zn,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>Fr(e,2,2,t),stringify:e=>ts(e,2,"0b")},sb={identify:Zn,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>Fr(e,1,8,t),stringify:e=>ts(e,8,"0")},ab={identify:Zn,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>Fr(e,0,10,t),stringify:Tm.stringifyNumber},lb={identify:Zn,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>Fr(e,2,16,t),stringify:e=>ts(e,16,"0x")};et.int=ab;et.intBin=ib;et.intHex=lb;et.intOct=sb});var os=g(rs=>{"use strict";var zr=P(),Kr=Oe(),Vr=Ce(),Je=class e extends Vr.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;zr.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new Kr.Pair(n.key,null):t=new Kr.Pair(n,null),Vr.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let s=Vr.findPair(this.items,n);return!t&&zr.isPair(s)?zr.isScalar(s.key)?s.key.value:s.key:s}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let s=Vr.findPair(this.items,n);s&&!t?this.items.splice(this.items.indexOf(s),1):!s&&t&&this.items.push(new Kr.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,s){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,s);throw new Error("Set items must all have null values")}static from(n,t,s){let{replacer:o}=s,i=new this(n);if(t&&Symbol.iterator in Object(t))for(let r of t)typeof o=="function"&&(r=o.call(t,r,r)),i.items.push(Kr.createPair(r,null,s));return i}};Je.tag="tag:yaml.org,2002:set";var cb={collection:"map",identify:e=>e instanceof Set,nodeClass:Je,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>Je.from(e,n,t),resolve(e,n){if(zr.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new Je,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};rs.YAMLSet=Je;rs.set=cb});var ss=g(Wr=>{"use strict";var ub=vn();function is(e,n){let t=e[0],s=t==="-"||t==="+"?e.substring(1):e,o=r=>n?BigInt(r):Number(r),i=s.replace(/_/g,"").split(":").reduce((r,l)=>r*o(60)+o(l),o(0));return t==="-"?o(-1)*i:i}function xm(e){let{value:n}=e,t=r=>r;if(typeof n=="bigint")t=r=>BigInt(r);else if(isNaN(n)||!isFinite(n))return ub.stringifyNumber(e);let s="";n<0&&(s="-",n*=t(-1));let o=t(60),i=[n%o];return n<60?i.unshift(0):(n=(n-i[0])/o,i.unshift(n%o),n>=60&&(n=(n-i[0])/o,i.unshift(n))),s+i.map(r=>String(r).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var mb={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>is(e,t),stringify:xm},pb={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>is(e,!1),stringify:xm},Im={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(Im.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,s,o,i,r,l]=n.map(Number),a=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,s-1,o,i||0,r||0,l||0,a),u=n[8];if(u&&u!=="Z"){let m=is(u,!1);Math.abs(m)<30&&(m*=60),c-=6e4*m}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};Wr.floatTime=pb;Wr.intTime=mb;Wr.timestamp=Im});var Lm=g(Nm=>{"use strict";var db=_n(),fb=Nr(),hb=kn(),gb=Jn(),yb=Yi(),Dm=Cm(),as=Am(),Yr=Rm(),bb=Pr(),_b=Zi(),kb=Gr(),vb=os(),ls=ss(),wb=[db.map,hb.seq,gb.string,fb.nullTag,Dm.trueTag,Dm.falseTag,Yr.intBin,Yr.intOct,Yr.int,Yr.intHex,as.floatNaN,as.floatExp,as.float,yb.binary,bb.merge,_b.omap,kb.pairs,vb.set,ls.intTime,ls.floatTime,ls.timestamp];Nm.schema=wb});var Vm=g(ms=>{"use strict";var qm=_n(),Sb=Nr(),Um=kn(),$b=Jn(),Eb=Ui(),cs=Hi(),us=Ki(),Ob=hm(),Pb=bm(),Gm=Yi(),nt=Pr(),Hm=Zi(),Fm=Gr(),Bm=Lm(),Km=os(),Jr=ss(),Mm=new Map([["core",Ob.schema],["failsafe",[qm.map,Um.seq,$b.string]],["json",Pb.schema],["yaml11",Bm.schema],["yaml-1.1",Bm.schema]]),jm={binary:Gm.binary,bool:Eb.boolTag,float:cs.float,floatExp:cs.floatExp,floatNaN:cs.floatNaN,floatTime:Jr.floatTime,int:us.int,intHex:us.intHex,intOct:us.intOct,intTime:Jr.intTime,map:qm.map,merge:nt.merge,null:Sb.nullTag,omap:Hm.omap,pairs:Fm.pairs,seq:Um.seq,set:Km.set,timestamp:Jr.timestamp},Cb={"tag:yaml.org,2002:binary":Gm.binary,"tag:yaml.org,2002:merge":nt.merge,"tag:yaml.org,2002:omap":Hm.omap,"tag:yaml.org,2002:pairs":Fm.pairs,"tag:yaml.org,2002:set":Km.set,"tag:yaml.org,2002:timestamp":Jr.timestamp};function Ab(e,n,t){let s=Mm.get(n);if(s&&!e)return t&&!s.includes(nt.merge)?s.concat(nt.merge):s.slice();let o=s;if(!o)if(Array.isArray(e))o=[];else{let i=Array.from(Mm.keys()).filter(r=>r!=="yaml11").map(r=>JSON.stringify(r)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${i} or define customTags array`)}if(Array.isArray(e))for(let i of e)o=o.concat(i);else typeof e=="function"&&(o=e(o.slice()));return t&&(o=o.concat(nt.merge)),o.reduce((i,r)=>{let l=typeof r=="string"?jm[r]:r;if(!l){let a=JSON.stringify(r),c=Object.keys(jm).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${a}; use one of ${c}`)}return i.includes(l)||i.push(l),i},[])}ms.coreKnownTags=Cb;ms.getTags=Ab});var fs=g(zm=>{"use strict";var ps=P(),Tb=_n(),Rb=kn(),xb=Jn(),Qr=Vm(),Ib=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,ds=class e{constructor({compat:n,customTags:t,merge:s,resolveKnownTags:o,schema:i,sortMapEntries:r,toStringDefaults:l}){this.compat=Array.isArray(n)?Qr.getTags(n,"compat"):n?Qr.getTags(null,n):null,this.name=typeof i=="string"&&i||"core",this.knownTags=o?Qr.coreKnownTags:{},this.tags=Qr.getTags(t,this.name,s),this.toStringOptions=l??null,Object.defineProperty(this,ps.MAP,{value:Tb.map}),Object.defineProperty(this,ps.SCALAR,{value:xb.string}),Object.defineProperty(this,ps.SEQ,{value:Rb.seq}),this.sortMapEntries=typeof r=="function"?r:r===!0?Ib:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};zm.Schema=ds});var Ym=g(Wm=>{"use strict";var Db=P(),hs=zn(),tt=Hn();function Nb(e,n){let t=[],s=n.directives===!0;if(n.directives!==!1&&e.directives){let a=e.directives.toString(e);a?(t.push(a),s=!0):e.directives.docStart&&(s=!0)}s&&t.push("---");let o=hs.createStringifyContext(e,n),{commentString:i}=o.options;if(e.commentBefore){t.length!==1&&t.unshift("");let a=i(e.commentBefore);t.unshift(tt.indentComment(a,""))}let r=!1,l=null;if(e.contents){if(Db.isNode(e.contents)){if(e.contents.spaceBefore&&s&&t.push(""),e.contents.commentBefore){let u=i(e.contents.commentBefore);t.push(tt.indentComment(u,""))}o.forceBlockIndent=!!e.comment,l=e.contents.comment}let a=l?void 0:()=>r=!0,c=hs.stringify(e.contents,o,()=>l=null,a);l&&(c+=tt.lineComment(c,"",i(l))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(hs.stringify(e.contents,o));if(e.directives?.docEnd)if(e.comment){let a=i(e.comment);a.includes(`
`)?(t.push("..."),t.push(tt.indentComment(a,""))):t.push(`... ${a}`)}else t.push("...");else{let a=e.comment;a&&r&&(a=a.replace(/^\n+/,"")),a&&((!r||l)&&t[t.length-1]!==""&&t.push(""),t.push(tt.indentComment(i(a),"")))}return t.join(`
`)+`
`}Wm.stringifyDocument=Nb});var rt=g(Jm=>{"use strict";var Lb=Un(),wn=yr(),Q=P(),Bb=Oe(),Mb=we(),jb=fs(),qb=Ym(),gs=dr(),Ub=ki(),Gb=Gn(),ys=_i(),bs=class e{constructor(n,t,s){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,Q.NODE_TYPE,{value:Q.DOC});let o=null;typeof t=="function"||Array.isArray(t)?o=t:s===void 0&&t&&(s=t,t=void 0);let i=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},s);this.options=i;let{version:r}=i;s?._directives?(this.directives=s._directives.atDocument(),this.directives.yaml.explicit&&(r=this.directives.yaml.version)):this.directives=new ys.Directives({version:r}),this.setSchema(r,s),this.contents=n===void 0?null:this.createNode(n,o,s)}clone(){let n=Object.create(e.prototype,{[Q.NODE_TYPE]:{value:Q.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=Q.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Sn(this.contents)&&this.contents.add(n)}addIn(n,t){Sn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let s=gs.anchorNames(this);n.anchor=!t||s.has(t)?gs.findNewAnchor(t||"a",s):t}return new Lb.Alias(n.anchor)}createNode(n,t,s){let o;if(typeof t=="function")n=t.call({"":n},"",n),o=t;else if(Array.isArray(t)){let h=v=>typeof v=="number"||v instanceof String||v instanceof Number,b=t.filter(h).map(String);b.length>0&&(t=t.concat(b)),o=t}else s===void 0&&t&&(s=t,t=void 0);let{aliasDuplicateObjects:i,anchorPrefix:r,flow:l,keepUndefined:a,onTagObj:c,tag:u}=s??{},{onAnchor:m,setAnchors:p,sourceObjects:d}=gs.createNodeAnchors(this,r||"a"),y={aliasDuplicateObjects:i??!0,keepUndefined:a??!1,onAnchor:m,onTagObj:c,replacer:o,schema:this.schema,sourceObjects:d},f=Gb.createNode(n,u,y);return l&&Q.isCollection(f)&&(f.flow=!0),p(),f}createPair(n,t,s={}){let o=this.createNode(n,null,s),i=this.createNode(t,null,s);return new Bb.Pair(o,i)}delete(n){return Sn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return wn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Sn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return Q.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return wn.isEmptyPath(n)?!t&&Q.isScalar(this.contents)?this.contents.value:this.contents:Q.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return Q.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return wn.isEmptyPath(n)?this.contents!==void 0:Q.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=wn.collectionFromPath(this.schema,[n],t):Sn(this.contents)&&this.contents.set(n,t)}setIn(n,t){wn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=wn.collectionFromPath(this.schema,Array.from(n),t):Sn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let s;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new ys.Directives({version:"1.1"}),s={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new ys.Directives({version:n}),s={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,s=null;break;default:{let o=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${o}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(s)this.schema=new jb.Schema(Object.assign(s,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:s,maxAliasCount:o,onAnchor:i,reviver:r}={}){let l={anchors:new Map,doc:this,keep:!n,mapAsMap:s===!0,mapKeyWarned:!1,maxAliasCount:typeof o=="number"?o:100},a=Mb.toJS(this.contents,t??"",l);if(typeof i=="function")for(let{count:c,res:u}of l.anchors.values())i(u,c);return typeof r=="function"?Ub.applyReviver(r,{"":a},"",a):a}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return qb.stringifyDocument(this,n)}};function Sn(e){if(Q.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}Jm.Document=bs});var st=g(it=>{"use strict";var ot=class extends Error{constructor(n,t,s,o){super(),this.name=n,this.code=s,this.message=o,this.pos=t}},_s=class extends ot{constructor(n,t,s){super("YAMLParseError",n,t,s)}},ks=class extends ot{constructor(n,t,s){super("YAMLWarning",n,t,s)}},Hb=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(l=>n.linePos(l));let{line:s,col:o}=t.linePos[0];t.message+=` at line ${s}, column ${o}`;let i=o-1,r=e.substring(n.lineStarts[s-1],n.lineStarts[s]).replace(/[\n\r]+$/,"");if(i>=60&&r.length>80){let l=Math.min(i-39,r.length-79);r="…"+r.substring(l),i-=l-1}if(r.length>80&&(r=r.substring(0,79)+"…"),s>1&&/^ *$/.test(r.substring(0,i))){let l=e.substring(n.lineStarts[s-2],n.lineStarts[s-1]);l.length>80&&(l=l.substring(0,79)+`…
`),r=l+r}if(/[^ ]/.test(r)){let l=1,a=t.linePos[1];a?.line===s&&a.col>o&&(l=Math.max(1,Math.min(a.col-o,80-i)));let c=" ".repeat(i)+"^".repeat(l);t.message+=`:

${r}
${c}
`}};it.YAMLError=ot;it.YAMLParseError=_s;it.YAMLWarning=ks;it.prettifyError=Hb});var at=g(Qm=>{"use strict";function Fb(e,{flow:n,indicator:t,next:s,offset:o,onError:i,parentIndent:r,startOnNewline:l}){let a=!1,c=l,u=l,m="",p="",d=!1,y=!1,f=null,h=null,b=null,v=null,S=null,$=null,E=null;for(let _ of e)switch(y&&(_.type!=="space"&&_.type!=="newline"&&_.type!=="comma"&&i(_.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),y=!1),f&&(c&&_.type!=="comment"&&_.type!=="newline"&&i(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),f=null),_.type){case"space":!n&&(t!=="doc-start"||s?.type!=="flow-collection")&&_.source.includes("	")&&(f=_),u=!0;break;case"comment":{u||i(_,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let M=_.source.substring(1)||" ";m?m+=p+M:m=M,p="",c=!1;break}case"newline":c?m?m+=_.source:(!$||t!=="seq-item-ind")&&(a=!0):p+=_.source,c=!0,d=!0,(h||b)&&(v=_),u=!0;break;case"anchor":h&&i(_,"MULTIPLE_ANCHORS","A node can have at most one anchor"),_.source.endsWith(":")&&i(_.offset+_.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=_,E??(E=_.offset),c=!1,u=!1,y=!0;break;case"tag":{b&&i(_,"MULTIPLE_TAGS","A node can have at most one tag"),b=_,E??(E=_.offset),c=!1,u=!1,y=!0;break}case t:(h||b)&&i(_,"BAD_PROP_ORDER",`Anchors and tags must be after the ${_.source} indicator`),$&&i(_,"UNEXPECTED_TOKEN",`Unexpected ${_.source} in ${n??"collection"}`),$=_,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){S&&i(_,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),S=_,c=!1,u=!1;break}default:i(_,"UNEXPECTED_TOKEN",`Unexpected ${_.type} token`),c=!1,u=!1}let O=e[e.length-1],R=O?O.offset+O.source.length:o;return y&&s&&s.type!=="space"&&s.type!=="newline"&&s.type!=="comma"&&(s.type!=="scalar"||s.source!=="")&&i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),f&&(c&&f.indent<=r||s?.type==="block-map"||s?.type==="block-seq")&&i(f,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:S,found:$,spaceBefore:a,comment:m,hasNewline:d,anchor:h,tag:b,newlineAfterProp:v,end:R,start:E??R}}Qm.resolveProps=Fb});var Xr=g(Xm=>{"use strict";function vs(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(vs(n.key)||vs(n.value))return!0}return!1;default:return!0}}Xm.containsNewline=vs});var ws=g(Zm=>{"use strict";var Kb=Xr();function Vb(e,n,t){if(n?.type==="flow-collection"){let s=n.end[0];s.indent===e&&(s.source==="]"||s.source==="}")&&Kb.containsNewline(n)&&t(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Zm.flowIndentCheck=Vb});var Ss=g(np=>{"use strict";var ep=P();function zb(e,n,t){let{uniqueKeys:s}=e.options;if(s===!1)return!1;let o=typeof s=="function"?s:(i,r)=>i===r||ep.isScalar(i)&&ep.isScalar(r)&&i.value===r.value;return n.some(i=>o(i.key,t))}np.mapIncludes=zb});var ap=g(sp=>{"use strict";var tp=Oe(),Wb=Ce(),rp=at(),Yb=Xr(),op=ws(),Jb=Ss(),ip="All mapping items must start at the same column";function Qb({composeNode:e,composeEmptyNode:n},t,s,o,i){let r=i?.nodeClass??Wb.YAMLMap,l=new r(t.schema);t.atRoot&&(t.atRoot=!1);let a=s.offset,c=null;for(let u of s.items){let{start:m,key:p,sep:d,value:y}=u,f=rp.resolveProps(m,{indicator:"explicit-key-ind",next:p??d?.[0],offset:a,onError:o,parentIndent:s.indent,startOnNewline:!0}),h=!f.found;if(h){if(p&&(p.type==="block-seq"?o(a,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in p&&p.indent!==s.indent&&o(a,"BAD_INDENT",ip)),!f.anchor&&!f.tag&&!d){c=f.end,f.comment&&(l.comment?l.comment+=`
`+f.comment:l.comment=f.comment);continue}(f.newlineAfterProp||Yb.containsNewline(p))&&o(p??m[m.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else f.found?.indent!==s.indent&&o(a,"BAD_INDENT",ip);t.atKey=!0;let b=f.end,v=p?e(t,p,f,o):n(t,b,m,null,f,o);t.schema.compat&&op.flowIndentCheck(s.indent,p,o),t.atKey=!1,Jb.mapIncludes(t,l.items,v)&&o(b,"DUPLICATE_KEY","Map keys must be unique");let S=rp.resolveProps(d??[],{indicator:"map-value-ind",next:y,offset:v.range[2],onError:o,parentIndent:s.indent,startOnNewline:!p||p.type==="block-scalar"});if(a=S.end,S.found){h&&(y?.type==="block-map"&&!S.hasNewline&&o(a,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&f.start<S.found.offset-1024&&o(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let $=y?e(t,y,S,o):n(t,a,d,null,S,o);t.schema.compat&&op.flowIndentCheck(s.indent,y,o),a=$.range[2];let E=new tp.Pair(v,$);t.options.keepSourceTokens&&(E.srcToken=u),l.items.push(E)}else{h&&o(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),S.comment&&(v.comment?v.comment+=`
`+S.comment:v.comment=S.comment);let $=new tp.Pair(v);t.options.keepSourceTokens&&($.srcToken=u),l.items.push($)}}return c&&c<a&&o(c,"IMPOSSIBLE","Map comment with trailing content"),l.range=[s.offset,a,c??a],l}sp.resolveBlockMap=Qb});var cp=g(lp=>{"use strict";var Xb=Ae(),Zb=at(),e_=ws();function n_({composeNode:e,composeEmptyNode:n},t,s,o,i){let r=i?.nodeClass??Xb.YAMLSeq,l=new r(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let a=s.offset,c=null;for(let{start:u,value:m}of s.items){let p=Zb.resolveProps(u,{indicator:"seq-item-ind",next:m,offset:a,onError:o,parentIndent:s.indent,startOnNewline:!0});if(!p.found)if(p.anchor||p.tag||m)m?.type==="block-seq"?o(p.end,"BAD_INDENT","All sequence items must start at the same column"):o(a,"MISSING_CHAR","Sequence item without - indicator");else{c=p.end,p.comment&&(l.comment=p.comment);continue}let d=m?e(t,m,p,o):n(t,p.end,u,null,p,o);t.schema.compat&&e_.flowIndentCheck(s.indent,m,o),a=d.range[2],l.items.push(d)}return l.range=[s.offset,a,c??a],l}lp.resolveBlockSeq=n_});var $n=g(up=>{"use strict";function t_(e,n,t,s){let o="";if(e){let i=!1,r="";for(let l of e){let{source:a,type:c}=l;switch(c){case"space":i=!0;break;case"comment":{t&&!i&&s(l,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=a.substring(1)||" ";o?o+=r+u:o=u,r="";break}case"newline":o&&(r+=a),i=!0;break;default:s(l,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=a.length}}return{comment:o,offset:n}}up.resolveEnd=t_});var fp=g(dp=>{"use strict";var r_=P(),o_=Oe(),mp=Ce(),i_=Ae(),s_=$n(),pp=at(),a_=Xr(),l_=Ss(),$s="Block collections are not allowed within flow collections",Es=e=>e&&(e.type==="block-map"||e.type==="block-seq");function c_({composeNode:e,composeEmptyNode:n},t,s,o,i){let r=s.start.source==="{",l=r?"flow map":"flow sequence",a=i?.nodeClass??(r?mp.YAMLMap:i_.YAMLSeq),c=new a(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let m=s.offset+s.start.source.length;for(let h=0;h<s.items.length;++h){let b=s.items[h],{start:v,key:S,sep:$,value:E}=b,O=pp.resolveProps(v,{flow:l,indicator:"explicit-key-ind",next:S??$?.[0],offset:m,onError:o,parentIndent:s.indent,startOnNewline:!1});if(!O.found){if(!O.anchor&&!O.tag&&!$&&!E){h===0&&O.comma?o(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`):h<s.items.length-1&&o(O.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${l}`),O.comment&&(c.comment?c.comment+=`
`+O.comment:c.comment=O.comment),m=O.end;continue}!r&&t.options.strict&&a_.containsNewline(S)&&o(S,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)O.comma&&o(O.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${l}`);else if(O.comma||o(O.start,"MISSING_CHAR",`Missing , between ${l} items`),O.comment){let R="";e:for(let _ of v)switch(_.type){case"comma":case"space":break;case"comment":R=_.source.substring(1);break e;default:break e}if(R){let _=c.items[c.items.length-1];r_.isPair(_)&&(_=_.value??_.key),_.comment?_.comment+=`
`+R:_.comment=R,O.comment=O.comment.substring(R.length+1)}}if(!r&&!$&&!O.found){let R=E?e(t,E,O,o):n(t,O.end,$,null,O,o);c.items.push(R),m=R.range[2],Es(E)&&o(R.range,"BLOCK_IN_FLOW",$s)}else{t.atKey=!0;let R=O.end,_=S?e(t,S,O,o):n(t,R,v,null,O,o);Es(S)&&o(_.range,"BLOCK_IN_FLOW",$s),t.atKey=!1;let M=pp.resolveProps($??[],{flow:l,indicator:"map-value-ind",next:E,offset:_.range[2],onError:o,parentIndent:s.indent,startOnNewline:!1});if(M.found){if(!r&&!O.found&&t.options.strict){if($)for(let j of $){if(j===M.found)break;if(j.type==="newline"){o(j,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}O.start<M.found.offset-1024&&o(M.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else E&&("source"in E&&E.source?.[0]===":"?o(E,"MISSING_CHAR",`Missing space after : in ${l}`):o(M.start,"MISSING_CHAR",`Missing , or : between ${l} items`));let ge=E?e(t,E,M,o):M.found?n(t,M.end,$,null,M,o):null;ge?Es(E)&&o(ge.range,"BLOCK_IN_FLOW",$s):M.comment&&(_.comment?_.comment+=`
`+M.comment:_.comment=M.comment);let Ze=new o_.Pair(_,ge);if(t.options.keepSourceTokens&&(Ze.srcToken=b),r){let j=c;l_.mapIncludes(t,j.items,_)&&o(R,"DUPLICATE_KEY","Map keys must be unique"),j.items.push(Ze)}else{let j=new mp.YAMLMap(t.schema);j.flow=!0,j.items.push(Ze);let Js=(ge??_).range;j.range=[_.range[0],Js[1],Js[2]],c.items.push(j)}m=ge?ge.range[2]:M.end}}let p=r?"}":"]",[d,...y]=s.end,f=m;if(d?.source===p)f=d.offset+d.source.length;else{let h=l[0].toUpperCase()+l.substring(1),b=u?`${h} must end with a ${p}`:`${h} in block collection must be sufficiently indented and end with a ${p}`;o(m,u?"MISSING_CHAR":"BAD_INDENT",b),d&&d.source.length!==1&&y.unshift(d)}if(y.length>0){let h=s_.resolveEnd(y,f,t.options.strict,o);h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),c.range=[s.offset,f,h.offset]}else c.range=[s.offset,f,f];return c}dp.resolveFlowCollection=c_});var gp=g(hp=>{"use strict";var u_=P(),m_=B(),p_=Ce(),d_=Ae(),f_=ap(),h_=cp(),g_=fp();function Os(e,n,t,s,o,i){let r=t.type==="block-map"?f_.resolveBlockMap(e,n,t,s,i):t.type==="block-seq"?h_.resolveBlockSeq(e,n,t,s,i):g_.resolveFlowCollection(e,n,t,s,i),l=r.constructor;return o==="!"||o===l.tagName?(r.tag=l.tagName,r):(o&&(r.tag=o),r)}function y_(e,n,t,s,o){let i=s.tag,r=i?n.directives.tagName(i.source,p=>o(i,"TAG_RESOLVE_FAILED",p)):null;if(t.type==="block-seq"){let{anchor:p,newlineAfterProp:d}=s,y=p&&i?p.offset>i.offset?p:i:p??i;y&&(!d||d.offset<y.offset)&&o(y,"MISSING_CHAR","Missing newline after block sequence props")}let l=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!i||!r||r==="!"||r===p_.YAMLMap.tagName&&l==="map"||r===d_.YAMLSeq.tagName&&l==="seq")return Os(e,n,t,o,r);let a=n.schema.tags.find(p=>p.tag===r&&p.collection===l);if(!a){let p=n.schema.knownTags[r];if(p?.collection===l)n.schema.tags.push(Object.assign({},p,{default:!1})),a=p;else return p?o(i,"BAD_COLLECTION_TYPE",`${p.tag} used for ${l} collection, but expects ${p.collection??"scalar"}`,!0):o(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,!0),Os(e,n,t,o,r)}let c=Os(e,n,t,o,r,a),u=a.resolve?.(c,p=>o(i,"TAG_RESOLVE_FAILED",p),n.options)??c,m=u_.isNode(u)?u:new m_.Scalar(u);return m.range=c.range,m.tag=r,a?.format&&(m.format=a.format),m}hp.composeCollection=y_});var Cs=g(yp=>{"use strict";var Ps=B();function b_(e,n,t){let s=n.offset,o=__(n,e.options.strict,t);if(!o)return{value:"",type:null,comment:"",range:[s,s,s]};let i=o.mode===">"?Ps.Scalar.BLOCK_FOLDED:Ps.Scalar.BLOCK_LITERAL,r=n.source?k_(n.source):[],l=r.length;for(let f=r.length-1;f>=0;--f){let h=r[f][1];if(h===""||h==="\r")l=f;else break}if(l===0){let f=o.chomp==="+"&&r.length>0?`
`.repeat(Math.max(1,r.length-1)):"",h=s+o.length;return n.source&&(h+=n.source.length),{value:f,type:i,comment:o.comment,range:[s,h,h]}}let a=n.indent+o.indent,c=n.offset+o.length,u=0;for(let f=0;f<l;++f){let[h,b]=r[f];if(b===""||b==="\r")o.indent===0&&h.length>a&&(a=h.length);else{h.length<a&&t(c+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),o.indent===0&&(a=h.length),u=f,a===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=h.length+b.length+1}for(let f=r.length-1;f>=l;--f)r[f][0].length>a&&(l=f+1);let m="",p="",d=!1;for(let f=0;f<u;++f)m+=r[f][0].slice(a)+`
`;for(let f=u;f<l;++f){let[h,b]=r[f];c+=h.length+b.length+1;let v=b[b.length-1]==="\r";if(v&&(b=b.slice(0,-1)),b&&h.length<a){let $=`Block scalar lines must not be less indented than their ${o.indent?"explicit indentation indicator":"first line"}`;t(c-b.length-(v?2:1),"BAD_INDENT",$),h=""}i===Ps.Scalar.BLOCK_LITERAL?(m+=p+h.slice(a)+b,p=`
`):h.length>a||b[0]==="	"?(p===" "?p=`
`:!d&&p===`
`&&(p=`

`),m+=p+h.slice(a)+b,p=`
`,d=!0):b===""?p===`
`?m+=`
`:p=`
`:(m+=p+b,p=" ",d=!1)}switch(o.chomp){case"-":break;case"+":for(let f=l;f<r.length;++f)m+=`
`+r[f][0].slice(a);m[m.length-1]!==`
`&&(m+=`
`);break;default:m+=`
`}let y=s+o.length+n.source.length;return{value:m,type:i,comment:o.comment,range:[s,y,y]}}function __({offset:e,props:n},t,s){if(n[0].type!=="block-scalar-header")return s(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:o}=n[0],i=o[0],r=0,l="",a=-1;for(let p=1;p<o.length;++p){let d=o[p];if(!l&&(d==="-"||d==="+"))l=d;else{let y=Number(d);!r&&y?r=y:a===-1&&(a=e+p)}}a!==-1&&s(a,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${o}`);let c=!1,u="",m=o.length;for(let p=1;p<n.length;++p){let d=n[p];switch(d.type){case"space":c=!0;case"newline":m+=d.source.length;break;case"comment":t&&!c&&s(d,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),m+=d.source.length,u=d.source.substring(1);break;case"error":s(d,"UNEXPECTED_TOKEN",d.message),m+=d.source.length;break;default:{let y=`Unexpected token in block scalar header: ${d.type}`;s(d,"UNEXPECTED_TOKEN",y);let f=d.source;f&&typeof f=="string"&&(m+=f.length)}}}return{mode:i,indent:r,chomp:l,comment:u,length:m}}function k_(e){let n=e.split(/\n( *)/),t=n[0],s=t.match(/^( *)/),i=[s?.[1]?[s[1],t.slice(s[1].length)]:["",t]];for(let r=1;r<n.length;r+=2)i.push([n[r],n[r+1]]);return i}yp.resolveBlockScalar=b_});var Ts=g(_p=>{"use strict";var As=B(),v_=$n();function w_(e,n,t){let{offset:s,type:o,source:i,end:r}=e,l,a,c=(p,d,y)=>t(s+p,d,y);switch(o){case"scalar":l=As.Scalar.PLAIN,a=S_(i,c);break;case"single-quoted-scalar":l=As.Scalar.QUOTE_SINGLE,a=$_(i,c);break;case"double-quoted-scalar":l=As.Scalar.QUOTE_DOUBLE,a=E_(i,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${o}`),{value:"",type:null,comment:"",range:[s,s+i.length,s+i.length]}}let u=s+i.length,m=v_.resolveEnd(r,u,n,t);return{value:a,type:l,comment:m.comment,range:[s,u,m.offset]}}function S_(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),bp(e)}function $_(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),bp(e.slice(1,-1)).replace(/''/g,"'")}function bp(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let s,o;try{s=new RegExp("(?<![ 	])[ 	]+$"),o=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{s=/[ \t]+$/,o=/^[ \t]+|[ \t]+$/g}let i=t[1].replace(s,""),r=" ",l=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(o,"");c===""?r===`
`?i+=r:r=`
`:(i+=r+c,r=" "),l=n.lastIndex}let a=/[ \t]*(.*)/sy;return a.lastIndex=l,t=a.exec(e),i+r+(t?.[1]??"")}function E_(e,n){let t="";for(let s=1;s<e.length-1;++s){let o=e[s];if(!(o==="\r"&&e[s+1]===`
`))if(o===`
`){let{fold:i,offset:r}=O_(e,s);t+=i,s=r}else if(o==="\\"){let i=e[++s],r=P_[i];if(r)t+=r;else if(i===`
`)for(i=e[s+1];i===" "||i==="	";)i=e[++s+1];else if(i==="\r"&&e[s+1]===`
`)for(i=e[++s+1];i===" "||i==="	";)i=e[++s+1];else if(i==="x"||i==="u"||i==="U"){let l=i==="x"?2:i==="u"?4:8;t+=C_(e,s+1,l,n),s+=l}else{let l=e.substr(s-1,2);n(s-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),t+=l}}else if(o===" "||o==="	"){let i=s,r=e[s+1];for(;r===" "||r==="	";)r=e[++s+1];r!==`
`&&!(r==="\r"&&e[s+2]===`
`)&&(t+=s>i?e.slice(i,s+1):o)}else t+=o}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function O_(e,n){let t="",s=e[n+1];for(;(s===" "||s==="	"||s===`
`||s==="\r")&&!(s==="\r"&&e[n+2]!==`
`);)s===`
`&&(t+=`
`),n+=1,s=e[n+1];return t||(t=" "),{fold:t,offset:n}}var P_={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function C_(e,n,t,s){let o=e.substr(n,t),r=o.length===t&&/^[0-9a-fA-F]+$/.test(o)?parseInt(o,16):NaN;try{return String.fromCodePoint(r)}catch{let l=e.substr(n-2,t+2);return s(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${l}`),l}}_p.resolveFlowScalar=w_});var wp=g(vp=>{"use strict";var Qe=P(),kp=B(),A_=Cs(),T_=Ts();function R_(e,n,t,s){let{value:o,type:i,comment:r,range:l}=n.type==="block-scalar"?A_.resolveBlockScalar(e,n,s):T_.resolveFlowScalar(n,e.options.strict,s),a=t?e.directives.tagName(t.source,m=>s(t,"TAG_RESOLVE_FAILED",m)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[Qe.SCALAR]:a?c=x_(e.schema,o,a,t,s):n.type==="scalar"?c=I_(e,o,n,s):c=e.schema[Qe.SCALAR];let u;try{let m=c.resolve(o,p=>s(t??n,"TAG_RESOLVE_FAILED",p),e.options);u=Qe.isScalar(m)?m:new kp.Scalar(m)}catch(m){let p=m instanceof Error?m.message:String(m);s(t??n,"TAG_RESOLVE_FAILED",p),u=new kp.Scalar(o)}return u.range=l,u.source=o,i&&(u.type=i),a&&(u.tag=a),c.format&&(u.format=c.format),r&&(u.comment=r),u}function x_(e,n,t,s,o){if(t==="!")return e[Qe.SCALAR];let i=[];for(let l of e.tags)if(!l.collection&&l.tag===t)if(l.default&&l.test)i.push(l);else return l;for(let l of i)if(l.test?.test(n))return l;let r=e.knownTags[t];return r&&!r.collection?(e.tags.push(Object.assign({},r,{default:!1,test:void 0})),r):(o(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[Qe.SCALAR])}function I_({atKey:e,directives:n,schema:t},s,o,i){let r=t.tags.find(l=>(l.default===!0||e&&l.default==="key")&&l.test?.test(s))||t[Qe.SCALAR];if(t.compat){let l=t.compat.find(a=>a.default&&a.test?.test(s))??t[Qe.SCALAR];if(r.tag!==l.tag){let a=n.tagString(r.tag),c=n.tagString(l.tag),u=`Value may be parsed as either ${a} or ${c}`;i(o,"TAG_RESOLVE_FAILED",u,!0)}}return r}vp.composeScalar=R_});var $p=g(Sp=>{"use strict";function D_(e,n,t){if(n){t??(t=n.length);for(let s=t-1;s>=0;--s){let o=n[s];switch(o.type){case"space":case"comment":case"newline":e-=o.source.length;continue}for(o=n[++s];o?.type==="space";)e+=o.source.length,o=n[++s];break}}return e}Sp.emptyScalarPosition=D_});var Pp=g(xs=>{"use strict";var N_=Un(),L_=P(),B_=gp(),Ep=wp(),M_=$n(),j_=$p(),q_={composeNode:Op,composeEmptyNode:Rs};function Op(e,n,t,s){let o=e.atKey,{spaceBefore:i,comment:r,anchor:l,tag:a}=t,c,u=!0;switch(n.type){case"alias":c=U_(e,n,s),(l||a)&&s(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=Ep.composeScalar(e,n,a,s),l&&(c.anchor=l.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=B_.composeCollection(q_,e,n,t,s),l&&(c.anchor=l.source.substring(1))}catch(m){let p=m instanceof Error?m.message:String(m);s(n,"RESOURCE_EXHAUSTION",p)}break;default:{let m=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;s(n,"UNEXPECTED_TOKEN",m),u=!1}}return c??(c=Rs(e,n.offset,void 0,null,t,s)),l&&c.anchor===""&&s(l,"BAD_ALIAS","Anchor cannot be an empty string"),o&&e.options.stringKeys&&(!L_.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&s(a??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),i&&(c.spaceBefore=!0),r&&(n.type==="scalar"&&n.source===""?c.comment=r:c.commentBefore=r),e.options.keepSourceTokens&&u&&(c.srcToken=n),c}function Rs(e,n,t,s,{spaceBefore:o,comment:i,anchor:r,tag:l,end:a},c){let u={type:"scalar",offset:j_.emptyScalarPosition(n,t,s),indent:-1,source:""},m=Ep.composeScalar(e,u,l,c);return r&&(m.anchor=r.source.substring(1),m.anchor===""&&c(r,"BAD_ALIAS","Anchor cannot be an empty string")),o&&(m.spaceBefore=!0),i&&(m.comment=i,m.range[2]=a),m}function U_({options:e},{offset:n,source:t,end:s},o){let i=new N_.Alias(t.substring(1));i.source===""&&o(n,"BAD_ALIAS","Alias cannot be an empty string"),i.source.endsWith(":")&&o(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let r=n+t.length,l=M_.resolveEnd(s,r,e.strict,o);return i.range=[n,r,l.offset],l.comment&&(i.comment=l.comment),i}xs.composeEmptyNode=Rs;xs.composeNode=Op});var Tp=g(Ap=>{"use strict";var G_=rt(),Cp=Pp(),H_=$n(),F_=at();function K_(e,n,{offset:t,start:s,value:o,end:i},r){let l=Object.assign({_directives:n},e),a=new G_.Document(void 0,l),c={atKey:!1,atRoot:!0,directives:a.directives,options:a.options,schema:a.schema},u=F_.resolveProps(s,{indicator:"doc-start",next:o??i?.[0],offset:t,onError:r,parentIndent:0,startOnNewline:!0});u.found&&(a.directives.docStart=!0,o&&(o.type==="block-map"||o.type==="block-seq")&&!u.hasNewline&&r(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),a.contents=o?Cp.composeNode(c,o,u,r):Cp.composeEmptyNode(c,u.end,s,null,u,r);let m=a.contents.range[2],p=H_.resolveEnd(i,m,!1,r);return p.comment&&(a.comment=p.comment),a.range=[t,m,p.offset],a}Ap.composeDoc=K_});var Ds=g(Ip=>{"use strict";var V_=dt("process"),z_=_i(),W_=rt(),lt=st(),Rp=P(),Y_=Tp(),J_=$n();function ct(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function xp(e){let n="",t=!1,s=!1;for(let o=0;o<e.length;++o){let i=e[o];switch(i[0]){case"#":n+=(n===""?"":s?`

`:`
`)+(i.substring(1)||" "),t=!0,s=!1;break;case"%":e[o+1]?.[0]!=="#"&&(o+=1),t=!1;break;default:t||(s=!0),t=!1}}return{comment:n,afterEmptyLine:s}}var Is=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,s,o,i)=>{let r=ct(t);i?this.warnings.push(new lt.YAMLWarning(r,s,o)):this.errors.push(new lt.YAMLParseError(r,s,o))},this.directives=new z_.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:s,afterEmptyLine:o}=xp(this.prelude);if(s){let i=n.contents;if(t)n.comment=n.comment?`${n.comment}
${s}`:s;else if(o||n.directives.docStart||!i)n.commentBefore=s;else if(Rp.isCollection(i)&&!i.flow&&i.items.length>0){let r=i.items[0];Rp.isPair(r)&&(r=r.key);let l=r.commentBefore;r.commentBefore=l?`${s}
${l}`:s}else{let r=i.commentBefore;i.commentBefore=r?`${s}
${r}`:s}}if(t){for(let i=0;i<this.errors.length;++i)n.errors.push(this.errors[i]);for(let i=0;i<this.warnings.length;++i)n.warnings.push(this.warnings[i])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:xp(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,s=-1){for(let o of n)yield*this.next(o);yield*this.end(t,s)}*next(n){switch(V_.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,s,o)=>{let i=ct(n);i[0]+=t,this.onError(i,"BAD_DIRECTIVE",s,o)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=Y_.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,s=new lt.YAMLParseError(ct(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(s):this.doc.errors.push(s);break}case"doc-end":{if(!this.doc){let s="Unexpected doc-end without preceding document";this.errors.push(new lt.YAMLParseError(ct(n),"UNEXPECTED_TOKEN",s));break}this.doc.directives.docEnd=!0;let t=J_.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let s=this.doc.comment;this.doc.comment=s?`${s}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new lt.YAMLParseError(ct(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let s=Object.assign({_directives:this.directives},this.options),o=new W_.Document(void 0,s);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),o.range=[0,t,t],this.decorate(o,!1),yield o}}};Ip.Composer=Is});var Lp=g(Zr=>{"use strict";var Q_=Cs(),X_=Ts(),Z_=st(),Dp=Vn();function ek(e,n=!0,t){if(e){let s=(o,i,r)=>{let l=typeof o=="number"?o:Array.isArray(o)?o[0]:o.offset;if(t)t(l,i,r);else throw new Z_.YAMLParseError([l,l+1],i,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return X_.resolveFlowScalar(e,n,s);case"block-scalar":return Q_.resolveBlockScalar({options:{strict:n}},e,s)}}return null}function nk(e,n){let{implicitKey:t=!1,indent:s,inFlow:o=!1,offset:i=-1,type:r="PLAIN"}=n,l=Dp.stringifyString({type:r,value:e},{implicitKey:t,indent:s>0?" ".repeat(s):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}}),a=n.end??[{type:"newline",offset:-1,indent:s,source:`
`}];switch(l[0]){case"|":case">":{let c=l.indexOf(`
`),u=l.substring(0,c),m=l.substring(c+1)+`
`,p=[{type:"block-scalar-header",offset:i,indent:s,source:u}];return Np(p,a)||p.push({type:"newline",offset:-1,indent:s,source:`
`}),{type:"block-scalar",offset:i,indent:s,props:p,source:m}}case'"':return{type:"double-quoted-scalar",offset:i,indent:s,source:l,end:a};case"'":return{type:"single-quoted-scalar",offset:i,indent:s,source:l,end:a};default:return{type:"scalar",offset:i,indent:s,source:l,end:a}}}function tk(e,n,t={}){let{afterKey:s=!1,implicitKey:o=!1,inFlow:i=!1,type:r}=t,l="indent"in e?e.indent:null;if(s&&typeof l=="number"&&(l+=2),!r)switch(e.type){case"single-quoted-scalar":r="QUOTE_SINGLE";break;case"double-quoted-scalar":r="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");r=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:r="PLAIN"}let a=Dp.stringifyString({type:r,value:n},{implicitKey:o||l===null,indent:l!==null&&l>0?" ".repeat(l):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}});switch(a[0]){case"|":case">":rk(e,a);break;case'"':Ns(e,a,"double-quoted-scalar");break;case"'":Ns(e,a,"single-quoted-scalar");break;default:Ns(e,a,"scalar")}}function rk(e,n){let t=n.indexOf(`
`),s=n.substring(0,t),o=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let i=e.props[0];if(i.type!=="block-scalar-header")throw new Error("Invalid block scalar header");i.source=s,e.source=o}else{let{offset:i}=e,r="indent"in e?e.indent:-1,l=[{type:"block-scalar-header",offset:i,indent:r,source:s}];Np(l,"end"in e?e.end:void 0)||l.push({type:"newline",offset:-1,indent:r,source:`
`});for(let a of Object.keys(e))a!=="type"&&a!=="offset"&&delete e[a];Object.assign(e,{type:"block-scalar",indent:r,props:l,source:o})}}function Np(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function Ns(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let s=e.props.slice(1),o=n.length;e.props[0].type==="block-scalar-header"&&(o-=e.props[0].source.length);for(let i of s)i.offset+=o;delete e.props,Object.assign(e,{type:t,source:n,end:s});break}case"block-map":case"block-seq":{let o={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[o]});break}default:{let s="indent"in e?e.indent:-1,o="end"in e&&Array.isArray(e.end)?e.end.filter(i=>i.type==="space"||i.type==="comment"||i.type==="newline"):[];for(let i of Object.keys(e))i!=="type"&&i!=="offset"&&delete e[i];Object.assign(e,{type:t,indent:s,source:n,end:o})}}}Zr.createScalarToken=nk;Zr.resolveAsScalar=ek;Zr.setScalarValue=tk});var Mp=g(Bp=>{"use strict";var ok=e=>"type"in e?no(e):eo(e);function no(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=no(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=eo(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=eo(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=eo(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function eo({start:e,key:n,sep:t,value:s}){let o="";for(let i of e)o+=i.source;if(n&&(o+=no(n)),t)for(let i of t)o+=i.source;return s&&(o+=no(s)),o}Bp.stringify=ok});var Gp=g(Up=>{"use strict";var Ls=Symbol("break visit"),ik=Symbol("skip children"),jp=Symbol("remove item");function Xe(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),qp(Object.freeze([]),e,n)}Xe.BREAK=Ls;Xe.SKIP=ik;Xe.REMOVE=jp;Xe.itemAtPath=(e,n)=>{let t=e;for(let[s,o]of n){let i=t?.[s];if(i&&"items"in i)t=i.items[o];else return}return t};Xe.parentCollection=(e,n)=>{let t=Xe.itemAtPath(e,n.slice(0,-1)),s=n[n.length-1][0],o=t?.[s];if(o&&"items"in o)return o;throw new Error("Parent collection not found")};function qp(e,n,t){let s=t(n,e);if(typeof s=="symbol")return s;for(let o of["key","value"]){let i=n[o];if(i&&"items"in i){for(let r=0;r<i.items.length;++r){let l=qp(Object.freeze(e.concat([[o,r]])),i.items[r],t);if(typeof l=="number")r=l-1;else{if(l===Ls)return Ls;l===jp&&(i.items.splice(r,1),r-=1)}}typeof s=="function"&&o==="key"&&(s=s(n,e))}}return typeof s=="function"?s(n,e):s}Up.visit=Xe});var to=g(W=>{"use strict";var Bs=Lp(),sk=Mp(),ak=Gp(),Ms="\uFEFF",js="",qs="",Us="",lk=e=>!!e&&"items"in e,ck=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function uk(e){switch(e){case Ms:return"<BOM>";case js:return"<DOC>";case qs:return"<FLOW_END>";case Us:return"<SCALAR>";default:return JSON.stringify(e)}}function mk(e){switch(e){case Ms:return"byte-order-mark";case js:return"doc-mode";case qs:return"flow-error-end";case Us:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}W.createScalarToken=Bs.createScalarToken;W.resolveAsScalar=Bs.resolveAsScalar;W.setScalarValue=Bs.setScalarValue;W.stringify=sk.stringify;W.visit=ak.visit;W.BOM=Ms;W.DOCUMENT=js;W.FLOW_END=qs;W.SCALAR=Us;W.isCollection=lk;W.isScalar=ck;W.prettyToken=uk;W.tokenType=mk});var Fs=g(Fp=>{"use strict";var ut=to();function re(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Hp=new Set("0123456789ABCDEFabcdef"),pk=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),ro=new Set(",[]{}"),dk=new Set(` ,[]{}
\r	`),Gs=e=>!e||dk.has(e),Hs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let s=this.next??"stream";for(;s&&(t||this.hasChars(1));)s=yield*this.parseNext(s)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let s=0;for(;t===" ";)t=this.buffer[++s+n];if(t==="\r"){let o=this.buffer[s+n+1];if(o===`
`||!o&&!this.atEnd)return n+s+1}return t===`
`||s>=this.indentNext||!t&&!this.atEnd?n+s:-1}if(t==="-"||t==="."){let s=this.buffer.substr(n,3);if((s==="---"||s==="...")&&re(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===ut.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,s=n.indexOf("#");for(;s!==-1;){let i=n[s-1];if(i===" "||i==="	"){t=s-1;break}else s=n.indexOf("#",s+1)}for(;;){let i=n[t-1];if(i===" "||i==="	")t-=1;else break}let o=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-o),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield ut.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&re(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!re(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&re(t)){let s=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=s,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Gs),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,s=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=s=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let o=this.getLine();if(o===null)return this.setNext("flow");if((s!==-1&&s<this.indentNext&&o[0]!=="#"||s===0&&(o.startsWith("---")||o.startsWith("..."))&&re(o[3]))&&!(s===this.indentNext-1&&this.flowLevel===1&&(o[0]==="]"||o[0]==="}")))return this.flowLevel=0,yield ut.FLOW_END,yield*this.parseLineStart();let i=0;for(;o[i]===",";)i+=yield*this.pushCount(1),i+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(i+=yield*this.pushIndicators(),o[i]){case void 0:return"flow";case"#":return yield*this.pushCount(o.length-i),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Gs),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let r=this.charAt(1);if(this.flowKey||re(r)||r===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let i=0;for(;this.buffer[t-1-i]==="\\";)i+=1;if(i%2===0)break;t=this.buffer.indexOf('"',t+1)}let s=this.buffer.substring(0,t),o=s.indexOf(`
`,this.pos);if(o!==-1){for(;o!==-1;){let i=this.continueScalar(o+1);if(i===-1)break;o=s.indexOf(`
`,i)}o!==-1&&(t=o-(s[o-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>re(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,s;e:for(let i=this.pos;s=this.buffer[i];++i)switch(s){case" ":t+=1;break;case`
`:n=i,t=0;break;case"\r":{let r=this.buffer[i+1];if(!r&&!this.atEnd)return this.setNext("block-scalar");if(r===`
`)break}default:break e}if(!s&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let i=this.continueScalar(n+1);if(i===-1)break;n=this.buffer.indexOf(`
`,i)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let o=n+1;for(s=this.buffer[o];s===" ";)s=this.buffer[++o];if(s==="	"){for(;s==="	"||s===" "||s==="\r"||s===`
`;)s=this.buffer[++o];n=o-1}else if(!this.blockScalarKeep)do{let i=n-1,r=this.buffer[i];r==="\r"&&(r=this.buffer[--i]);let l=i;for(;r===" ";)r=this.buffer[--i];if(r===`
`&&i>=this.pos&&i+1+t>l)n=i;else break}while(!0);return yield ut.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,s=this.pos-1,o;for(;o=this.buffer[++s];)if(o===":"){let i=this.buffer[s+1];if(re(i)||n&&ro.has(i))break;t=s}else if(re(o)){let i=this.buffer[s+1];if(o==="\r"&&(i===`
`?(s+=1,o=`
`,i=this.buffer[s+1]):t=s),i==="#"||n&&ro.has(i))break;if(o===`
`){let r=this.continueScalar(s+1);if(r===-1)break;s=Math.max(s,r-2)}}else{if(n&&ro.has(o))break;t=s}return!o&&!this.atEnd?this.setNext("plain-scalar"):(yield ut.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let s=this.buffer.slice(this.pos,n);return s?(yield s,this.pos+=s.length,s.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(Gs),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,s=this.charAt(1);if(re(s)||t&&ro.has(s)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!re(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(pk.has(t))t=this.buffer[++n];else if(t==="%"&&Hp.has(this.buffer[n+1])&&Hp.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,s;do s=this.buffer[++t];while(s===" "||n&&s==="	");let o=t-this.pos;return o>0&&(yield this.buffer.substr(this.pos,o),this.pos=t),o}*pushUntil(n){let t=this.pos,s=this.buffer[t];for(;!n(s);)s=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Fp.Lexer=Hs});var Vs=g(Kp=>{"use strict";var Ks=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,s=this.lineStarts.length;for(;t<s;){let i=t+s>>1;this.lineStarts[i]<n?t=i+1:s=i}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let o=this.lineStarts[t-1];return{line:t,col:n-o+1}}}};Kp.LineCounter=Ks});var Ws=g(Jp=>{"use strict";var fk=dt("process"),Vp=to(),hk=Fs();function Te(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function zp(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function Yp(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function oo(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function En(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function io(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function Wp(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!Te(n.start,"explicit-key-ind")&&!Te(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,Yp(n.value)?n.value.end?io(n.value.end,n.sep):n.value.end=n.sep:io(n.start,n.sep),delete n.sep)}var zs=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new hk.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let s of this.lexer.lex(n,t))yield*this.next(s);t||(yield*this.end())}*next(n){if(this.source=n,fk.env.LOG_TOKENS&&console.log("|",Vp.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=Vp.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let s=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:s,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let s=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in s?s.indent:0:t.type==="flow-collection"&&s.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Wp(t),s.type){case"document":s.value=t;break;case"block-scalar":s.props.push(t);break;case"block-map":{let o=s.items[s.items.length-1];if(o.value){s.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(o.sep)o.value=t;else{Object.assign(o,{key:t,sep:[]}),this.onKeyLine=!o.explicitKey;return}break}case"block-seq":{let o=s.items[s.items.length-1];o.value?s.items.push({start:[],value:t}):o.value=t;break}case"flow-collection":{let o=s.items[s.items.length-1];!o||o.value?s.items.push({start:[],key:t,sep:[]}):o.sep?o.value=t:Object.assign(o,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((s.type==="document"||s.type==="block-map"||s.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let o=t.items[t.items.length-1];o&&!o.sep&&!o.value&&o.start.length>0&&zp(o.start)===-1&&(t.indent===0||o.start.every(i=>i.type!=="comment"||i.indent<t.indent))&&(s.type==="document"?s.end=o.start:s.items.push({start:o.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{zp(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=oo(this.peek(2)),s=En(t),o;n.end?(o=n.end,o.push(this.sourceToken),delete n.end):o=[this.sourceToken];let i={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:s,key:n,sep:o}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=i}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let o=n.items[n.items.length-2]?.value?.end;if(Array.isArray(o)){io(o,t.start),o.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let s=!this.onKeyLine&&this.indent===n.indent,o=s&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",i=[];if(o&&t.sep&&!t.value){let r=[];for(let l=0;l<t.sep.length;++l){let a=t.sep[l];switch(a.type){case"newline":r.push(l);break;case"space":break;case"comment":a.indent>n.indent&&(r.length=0);break;default:r.length=0}}r.length>=2&&(i=t.sep.splice(r[1]))}switch(this.type){case"anchor":case"tag":o||t.value?(i.push(this.sourceToken),n.items.push({start:i}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):o||t.value?(i.push(this.sourceToken),n.items.push({start:i,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Te(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]});else if(Yp(t.key)&&!Te(t.sep,"newline")){let r=En(t.start),l=t.key,a=t.sep;a.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:l,sep:a}]})}else i.length>0?t.sep=t.sep.concat(i,this.sourceToken):t.sep.push(this.sourceToken);else if(Te(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let r=En(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||o?n.items.push({start:i,key:null,sep:[this.sourceToken]}):Te(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let r=this.flowScalar(this.type);o||t.value?(n.items.push({start:i,key:r,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(r):(Object.assign(t,{key:r,sep:[]}),this.onKeyLine=!0);return}default:{let r=this.startBlockValue(n);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Te(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else s&&n.items.push({start:i});this.stack.push(r);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let o=n.items[n.items.length-2]?.value?.end;if(Array.isArray(o)){io(o,t.start),o.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||Te(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let s=this.startBlockValue(n);if(s){this.stack.push(s);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let s;do yield*this.pop(),s=this.peek(1);while(s?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let o=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:o,sep:[]}):t.sep?this.stack.push(o):Object.assign(t,{key:o,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let s=this.startBlockValue(n);s?this.stack.push(s):(yield*this.pop(),yield*this.step())}else{let s=this.peek(2);if(s.type==="block-map"&&(this.type==="map-value-ind"&&s.indent===n.indent||this.type==="newline"&&!s.items[s.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&s.type!=="flow-collection"){let o=oo(s),i=En(o);Wp(n);let r=n.end.splice(1,n.end.length);r.push(this.sourceToken);let l={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:i,key:n,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=l}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=oo(n),s=En(t);return s.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=oo(n),s=En(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(s=>s.type==="newline"||s.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Jp.Parser=zs});var nd=g(pt=>{"use strict";var Qp=Ds(),gk=rt(),mt=st(),yk=xi(),bk=P(),_k=Vs(),Xp=Ws();function Zp(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new _k.LineCounter||null,prettyErrors:n}}function kk(e,n={}){let{lineCounter:t,prettyErrors:s}=Zp(n),o=new Xp.Parser(t?.addNewLine),i=new Qp.Composer(n),r=Array.from(i.compose(o.parse(e)));if(s&&t)for(let l of r)l.errors.forEach(mt.prettifyError(e,t)),l.warnings.forEach(mt.prettifyError(e,t));return r.length>0?r:Object.assign([],{empty:!0},i.streamInfo())}function ed(e,n={}){let{lineCounter:t,prettyErrors:s}=Zp(n),o=new Xp.Parser(t?.addNewLine),i=new Qp.Composer(n),r=null;for(let l of i.compose(o.parse(e),!0,e.length))if(!r)r=l;else if(r.options.logLevel!=="silent"){r.errors.push(new mt.YAMLParseError(l.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return s&&t&&(r.errors.forEach(mt.prettifyError(e,t)),r.warnings.forEach(mt.prettifyError(e,t))),r}function vk(e,n,t){let s;typeof n=="function"?s=n:t===void 0&&n&&typeof n=="object"&&(t=n);let o=ed(e,t);if(!o)return null;if(o.warnings.forEach(i=>yk.warn(o.options.logLevel,i)),o.errors.length>0){if(o.options.logLevel!=="silent")throw o.errors[0];o.errors=[]}return o.toJS(Object.assign({reviver:s},t))}function wk(e,n,t){let s=null;if(typeof n=="function"||Array.isArray(n)?s=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let o=Math.round(t);t=o<1?void 0:o>8?{indent:8}:{indent:o}}if(e===void 0){let{keepUndefined:o}=t??n??{};if(!o)return}return bk.isDocument(e)&&!s?e.toString(t):new gk.Document(e,s,t).toString(t)}pt.parse=vk;pt.parseAllDocuments=kk;pt.parseDocument=ed;pt.stringify=wk});var rd=g(C=>{"use strict";var Sk=Ds(),$k=rt(),Ek=fs(),Ys=st(),Ok=Un(),Re=P(),Pk=Oe(),Ck=B(),Ak=Ce(),Tk=Ae(),Rk=to(),xk=Fs(),Ik=Vs(),Dk=Ws(),so=nd(),td=Bn();C.Composer=Sk.Composer;C.Document=$k.Document;C.Schema=Ek.Schema;C.YAMLError=Ys.YAMLError;C.YAMLParseError=Ys.YAMLParseError;C.YAMLWarning=Ys.YAMLWarning;C.Alias=Ok.Alias;C.isAlias=Re.isAlias;C.isCollection=Re.isCollection;C.isDocument=Re.isDocument;C.isMap=Re.isMap;C.isNode=Re.isNode;C.isPair=Re.isPair;C.isScalar=Re.isScalar;C.isSeq=Re.isSeq;C.Pair=Pk.Pair;C.Scalar=Ck.Scalar;C.YAMLMap=Ak.YAMLMap;C.YAMLSeq=Tk.YAMLSeq;C.CST=Rk;C.Lexer=xk.Lexer;C.LineCounter=Ik.LineCounter;C.Parser=Dk.Parser;C.parse=so.parse;C.parseAllDocuments=so.parseAllDocuments;C.parseDocument=so.parseDocument;C.stringify=so.stringify;C.visit=td.visit;C.visitAsync=td.visitAsync});var ea={"actions/cache":{version:"v5.0.5",sha:"27d5ce7f107fe9357f9df03efb73ab90386fccae"},"actions/checkout":{version:"v7.0.1",sha:"3d3c42e5aac5ba805825da76410c181273ba90b1"},"actions/create-github-app-token":{version:"v3.1.1",sha:"1b10c78c7865c340bc4f6099eb2f838309f1e8c3"},"actions/dependency-review-action":{version:"v4.9.0",sha:"2031cfc080254a8a887f58cffee85186f0e49e48"},"actions/download-artifact":{version:"v8.0.1",sha:"3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c"},"actions/setup-node":{version:"v7.0.0",sha:"820762786026740c76f36085b0efc47a31fe5020"},"actions/setup-python":{version:"v7.0.0",sha:"5fda3b95a4ea91299a34e894583c3862153e4b97"},"actions/upload-artifact":{version:"v7.0.0",sha:"bbbca2ddaa5d8feaa63e36b76fdaad77386f024f"},"aquasecurity/trivy-action":{version:"v0.36.0",sha:"ed142fd0673e97e23eac54620cfb913e5ce36c25"},"astral-sh/setup-uv":{version:"v10.0.1",sha:"20cfd1bf945f4377ade1205e4dbc17946fc9a30d"},"aws-actions/amazon-ecr-login":{version:"v2.1.7",sha:"03f1aad4c6c7ffd436567f42f9384779290529bd"},"aws-actions/amazon-ecs-deploy-task-definition":{version:"v2.6.3",sha:"c465972ecbd160473f22e683363b422a5412a3de"},"aws-actions/amazon-ecs-render-task-definition":{version:"v1.9.0",sha:"138c24f321fdbdf7edee4a685519d253cae2cdea"},"aws-actions/configure-aws-credentials":{version:"v6.2.3",sha:"e6de054238d6b7531b4efff3b6587d9aade6a06c"},"azure/container-apps-deploy-action":{version:"v2",sha:"8dff69dac3367c32ceb2690d8f13adbeab462703"},"azure/k8s-set-context":{version:"v5.0.1",sha:"8698eba2499e9012f0d5085f8798077cce4bc526"},"azure/login":{version:"v3.0.1",sha:"f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca"},"azure/setup-kubectl":{version:"v5.1.0",sha:"829323503d1be3d00ca8346e5391ca0b07a9ab0d"},"docker/build-push-action":{version:"v7.3.0",sha:"53b7df96c91f9c12dcc8a07bcb9ccacbed38856a"},"docker/login-action":{version:"v4.1.0",sha:"4907a6ddec9925e35a0a9e82d7399ccc52663121"},"docker/metadata-action":{version:"v6.2.0",sha:"dc802804100637a589fabce1cb79ff13a1411302"},"docker/setup-buildx-action":{version:"v4.3.0",sha:"37fe631027851001ddb9b187196cc803df7f5f0e"},"github/codeql-action":{version:"v4.36.2",sha:"8aad20d150bbac5944a9f9d289da16a4b0d87c1e"},"gitleaks/gitleaks-action":{version:"v3.0.0",sha:"e0c47f4f8be36e29cdc102c57e68cb5cbf0e8d1e"},"google-github-actions/auth":{version:"v3.0.0",sha:"7c6bc770dae815cd3e89ee6cdf493a5fab2cc093"},"google-github-actions/deploy-cloudrun":{version:"v3.0.1",sha:"2028e2d7d30a78c6910e0632e48dd561b064884d"},"google-github-actions/setup-gcloud":{version:"v3.0.1",sha:"aa5489c8933f4cc7a4f7d45035b3b1440c9c10db"},"grafana/run-k6-action":{version:"v1.4.0",sha:"de51a7390bdf0ac85a3bef493691bd71d4c7c158"},"grafana/setup-k6-action":{version:"v1.2.1",sha:"db07bd9765aac508ef18982e52ab937fe633a065"},"oven-sh/setup-bun":{version:"v2.2.0",sha:"0c5077e51419868618aeaa5fe8019c62421857d6"},"pnpm/action-setup":{version:"v4.0.0",sha:"fe02b34f77f8bc703788d5817da081398fad5dd2"},"slackapi/slack-github-action":{version:"v4.0.0",sha:"dcb1066f776dd043e64d0e8ba94ca15cc7e1875d"},"softprops/action-gh-release":{version:"v3.0.0",sha:"b4309332981a82ec1c5618f44dd2e27cc8bfbfda"},"webfactory/ssh-agent":{version:"v0.9.1",sha:"a6f90b1f127823b31d4d4a8d96047790581349bd"}};var na=ea,sd=new Map(Object.entries(na).map(([e,n])=>[e.toLowerCase(),n])),ad=new Map(Object.values(na).map(e=>[e.sha,e.version]));function k(e){let n=e.split("/").slice(0,2).join("/"),t=sd.get(n.toLowerCase());if(!t)throw new Xs("IO",`No pin for action ${n} in src/data/action-pins.json`);return`${e}@${t.sha}`}function ta(e){let n=/@([0-9a-f]{40})$/.exec(e)?.[1];return n?ad.get(n):void 0}var On=(e,n)=>e==="."?n:`${e}/${n}`;function x(e={}){return{id:"checkout",name:"Check out",uses:k("actions/checkout"),with:{"persist-credentials":!1,...e}}}function N(e,n,t,s={}){return{id:e,name:n,...s,run:t}}function oa(e,n,t,s){if(e==="uv")return[{id:"setup-uv",name:"Set up uv and Python",uses:k("astral-sh/setup-uv"),with:{"python-version":n,"enable-cache":!0,"cache-dependency-glob":On(t,"uv.lock")}}];let o=[];e==="poetry"&&o.push(N("install-poetry","Install Poetry",`pipx install ${s?`poetry==${s}`:"poetry"}`));let i=e==="poetry"?On(t,"poetry.lock"):On(t,"requirements*.txt");return o.push({id:"setup-python",name:"Set up Python",uses:k("actions/setup-python"),with:{"python-version":n,cache:e,"cache-dependency-path":i}}),o}var ld={npm:"package-lock.json",pnpm:"pnpm-lock.yaml",yarn:"yarn.lock",bun:"bun.lock*"},ra=(e,n)=>On(n,ld[e]);function ia(e,n,t){let s=o=>({id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:o?{"node-version":n,cache:o,"cache-dependency-path":ra(e,t)}:{"node-version":n}});switch(e){case"npm":return[s("npm")];case"pnpm":return[{id:"setup-pnpm",name:"Set up pnpm",uses:k("pnpm/action-setup"),with:{package_json_file:On(t,"package.json")}},s("pnpm")];case"yarn":return[N("enable-corepack","Enable corepack (yarn)","corepack enable"),s("yarn")];case"bun":return[s(),{id:"setup-bun",name:"Set up Bun",uses:k("oven-sh/setup-bun")},{id:"cache-bun",name:"Cache Bun packages",uses:k("actions/cache"),with:{path:"~/.bun/install/cache",key:`bun-\${{ runner.os }}-\${{ hashFiles('${ra(e,t)}') }}`,"restore-keys":"bun-${{ runner.os }}-"}}]}}var Ja=Qs(Wa());function Ya(e){e.registerHelper("eq",(n,t)=>n===t),e.registerHelper("includes",(n,t)=>Array.isArray(n)&&n.includes(t)),e.registerHelper("join",(n,t)=>Array.isArray(n)?n.join(typeof t=="string"?t:", "):"")}var Qa=Ja.default.create();Ya(Qa);var jf={"ci/k6-smoke.js.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`// Performance smoke test: a few virtual users for a short while against the freshly built image.
// CI fails when a threshold is crossed. Run it locally with: BASE_URL=http://localhost:`+((i=(r=u(t,"port")||l(n,"port",{start:{line:2,column:90},end:{line:2,column:94}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:2,column:88},end:{line:2,column:96}}}):r))!=null?i:"")+` k6 run perf/smoke.js
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:`+((i=(r=u(t,"port")||l(n,"port",{start:{line:6,column:55},end:{line:6,column:59}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:6,column:53},end:{line:6,column:61}}}):r))!=null?i:"")+`";
const PATHS = (__ENV.SMOKE_PATHS || "`+((i=(u(t,"join")||l(n,"join",{start:{line:7,column:39},end:{line:7,column:43}})).call(a,u(n,"paths"),",",{name:"join",hash:{},data:o,loc:{start:{line:7,column:37},end:{line:7,column:55}}}))!=null?i:"")+`").split(",");

export const options = {
  vus: `+((i=(r=u(t,"vus")||l(n,"vus",{start:{line:10,column:9},end:{line:10,column:12}}),typeof r===c?r.call(a,{name:"vus",hash:{},data:o,loc:{start:{line:10,column:7},end:{line:10,column:14}}}):r))!=null?i:"")+`,
  duration: "`+((i=(r=u(t,"duration")||l(n,"duration",{start:{line:11,column:15},end:{line:11,column:23}}),typeof r===c?r.call(a,{name:"duration",hash:{},data:o,loc:{start:{line:11,column:13},end:{line:11,column:25}}}):r))!=null?i:"")+`",
  thresholds: {
    // 95th percentile of response times, in milliseconds.
    http_req_duration: ["p(95)<`+((i=(r=u(t,"p95Ms")||l(n,"p95Ms",{start:{line:14,column:33},end:{line:14,column:38}}),typeof r===c?r.call(a,{name:"p95Ms",hash:{},data:o,loc:{start:{line:14,column:31},end:{line:14,column:40}}}):r))!=null?i:"")+`"],
    // Share of failed requests (network errors and non-2xx/3xx responses).
    http_req_failed: ["rate<`+((i=(r=u(t,"maxErrorRate")||l(n,"maxErrorRate",{start:{line:16,column:30},end:{line:16,column:42}}),typeof r===c?r.call(a,{name:"maxErrorRate",hash:{},data:o,loc:{start:{line:16,column:28},end:{line:16,column:44}}}):r))!=null?i:"")+`"],
    checks: ["rate>0.99"],
  },
};

export default function () {
  for (const path of PATHS) {
    const res = http.get(\`\${BASE_URL}\${path}\`);
    check(res, {
      [\`\${path} answers 2xx\`]: (r) => r.status >= 200 && r.status < 300,
    });
  }
}
`},useData:!0},"database/pgbouncer.ini.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r=e.strict,l=e.lambda,a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`# pgbouncer in front of PostgreSQL (compose.prod.yml mounts this file read-only).
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
pool_mode = `+((i=l(r(a(n,"pool"),"mode",{start:{line:16,column:14},end:{line:16,column:23}}),n))!=null?i:"")+`
max_client_conn = `+((i=l(r(a(n,"pool"),"maxClientConn",{start:{line:17,column:20},end:{line:17,column:38}}),n))!=null?i:"")+`
default_pool_size = `+((i=l(r(a(n,"pool"),"defaultPoolSize",{start:{line:18,column:22},end:{line:18,column:42}}),n))!=null?i:"")+`
reserve_pool_size = `+((i=l(r(a(n,"pool"),"reservePoolSize",{start:{line:19,column:22},end:{line:19,column:42}}),n))!=null?i:"")+`
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
`},useData:!0},"deploy/switch-nginx.conf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    server {
        listen `+((i=(r=u(t,"switchPort")||l(n,"switchPort",{start:{line:30,column:17},end:{line:30,column:27}}),typeof r===c?r.call(a,{name:"switchPort",hash:{},data:o,loc:{start:{line:30,column:15},end:{line:30,column:29}}}):r))!=null?i:"")+`;
        location / {
            proxy_pass http://`+((i=(r=u(t,"key")||l(n,"key",{start:{line:32,column:32},end:{line:32,column:35}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:32,column:30},end:{line:32,column:37}}}):r))!=null?i:"")+`_live;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return"# Blue-green switch for "+((i=(r=a(t,"name")||e.strict(n,"name",{start:{line:1,column:26},end:{line:1,column:30}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:o,loc:{start:{line:1,column:24},end:{line:1,column:32}}}):r))!=null?i:"")+`: cloudflared sends each service's traffic here, and this forwards it
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
`+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:27,column:0},end:{line:38,column:9}}}))!=null?i:"")+`}
`},useData:!0},"docker/django/Dockerfile.hbs":{0:function(e,n,t,s,o){var i;return" "+((i=e.lambda(n,n))!=null?i:"")},1:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"RUN pip install --no-cache-dir "+((i=(r=l(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:o,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):r))!=null?i:"")+`
`},2:function(e,n,t,s,o){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((i=r(t,"each").call(n??(e.nullContext||{}),r(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:33,column:49},end:{line:33,column:92}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Django served by gunicorn.
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((i=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(a,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?i:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((i=u(t,"each").call(a,u(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((i=u(t,"if").call(a,u(n,"tool"),{name:"if",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?i:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((i=u(t,"if").call(a,u(n,"uv"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?i:"")+`
WORKDIR /app
COPY `+((i=(r=u(t,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof r===c?r.call(a,{name:"manifests",hash:{},data:o,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):r))!=null?i:"")+` ./
RUN `+((i=(r=u(t,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof r===c?r.call(a,{name:"install",hash:{},data:o,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):r))!=null?i:"")+`
RUN `+((i=(r=u(t,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof r===c?r.call(a,{name:"ensureServer",hash:{},data:o,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):r))!=null?i:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((i=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof r===c?r.call(a,{name:"baseImage",hash:{},data:o,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):r))!=null?i:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3
`+((i=u(t,"if").call(a,u(u(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:31,column:0},end:{line:35,column:7}}}))!=null?i:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
USER app
EXPOSE `+((i=(r=u(t,"port")||l(n,"port",{start:{line:43,column:9},end:{line:43,column:13}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:43,column:7},end:{line:43,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((i=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:45,column:10},end:{line:45,column:21}}),typeof r===c?r.call(a,{name:"healthcheck",hash:{},data:o,loc:{start:{line:45,column:8},end:{line:45,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=u(t,"cmd")||l(n,"cmd",{start:{line:46,column:6},end:{line:46,column:9}}),typeof r===c?r.call(a,{name:"cmd",hash:{},data:o,loc:{start:{line:46,column:4},end:{line:46,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/express/Dockerfile.hbs":{0:function(e,n,t,s,o){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,o){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?i:"")+`
RUN `+((i=(r=u(t,"build")||l(n,"build",{start:{line:22,column:6},end:{line:22,column:11}}),typeof r===c?r.call(a,{name:"build",hash:{},data:o,loc:{start:{line:22,column:4},end:{line:22,column:13}}}):r))!=null?i:"")+`
WORKDIR /app
`},5:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`COPY . .
RUN `+((i=(r=l(t,"build")||e.strict(n,"build",{start:{line:26,column:6},end:{line:26,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:o,loc:{start:{line:26,column:4},end:{line:26,column:13}}}):r))!=null?i:"")+`
`},6:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:38,column:15},end:{line:38,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:38,column:13},end:{line:38,column:29}}}):r))!=null?i:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# Express on Node.js.
# The final stage holds production dependencies only and runs as the image's non-root \`node\` user.

# --- deps: install from the lockfile`+((i=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(r=m(t,"baseImage")||a(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?i:"")+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.program(3,o,0),data:o,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?i:"")+`

# --- build: compile when the app has a build script, then drop dev dependencies ---
FROM deps AS build
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.program(5,o,0),data:o,loc:{start:{line:20,column:0},end:{line:27,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"prune",{start:{line:28,column:6},end:{line:28,column:14}}),n))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(r=m(t,"baseImage")||a(n,"baseImage",{start:{line:31,column:7},end:{line:31,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:31,column:5},end:{line:31,column:18}}}):r))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((i=(r=m(t,"port")||a(n,"port",{start:{line:33,column:11},end:{line:33,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:33,column:9},end:{line:33,column:17}}}):r))!=null?i:"")+`
WORKDIR /app
# Code stays owned by root: the node user can read it but not change it.
COPY --from=build /app ./
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:37,column:0},end:{line:39,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(r=m(t,"port")||a(n,"port",{start:{line:41,column:9},end:{line:41,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:41,column:7},end:{line:41,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(r=m(t,"healthcheck")||a(n,"healthcheck",{start:{line:43,column:10},end:{line:43,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:o,loc:{start:{line:43,column:8},end:{line:43,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=m(t,"cmd")||a(n,"cmd",{start:{line:44,column:6},end:{line:44,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:o,loc:{start:{line:44,column:4},end:{line:44,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/fastapi/Dockerfile.hbs":{0:function(e,n,t,s,o){var i;return" "+((i=e.lambda(n,n))!=null?i:"")},1:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"RUN pip install --no-cache-dir "+((i=(r=l(t,"tool")||e.strict(n,"tool",{start:{line:13,column:33},end:{line:13,column:37}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"tool",hash:{},data:o,loc:{start:{line:13,column:31},end:{line:13,column:39}}}):r))!=null?i:"")+`
`},2:function(e,n,t,s,o){return` \\
    UV_PROJECT_ENVIRONMENT=/opt/venv`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`RUN apt-get update \\
    && apt-get install -y --no-install-recommends`+((i=r(t,"each").call(n??(e.nullContext||{}),r(n,"runtimePackages"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:33,column:49},end:{line:33,column:92}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# FastAPI served by gunicorn with uvicorn workers.
# The final stage has no compiler and no package manager cache, and runs as a non-root user.

# --- builder: resolve locked dependencies into /opt/venv, with the build toolchain present ---
FROM `+((i=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(a,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?i:"")+` AS builder
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential`+((i=u(t,"each").call(a,u(n,"buildPackages"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:10,column:65},end:{line:10,column:106}}}))!=null?i:"")+` \\
    && rm -rf /var/lib/apt/lists/*
`+((i=u(t,"if").call(a,u(n,"tool"),{name:"if",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:12,column:0},end:{line:14,column:7}}}))!=null?i:"")+`RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"`+((i=u(t,"if").call(a,u(n,"uv"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:17,column:30},end:{line:18,column:43}}}))!=null?i:"")+`
WORKDIR /app
COPY `+((i=(r=u(t,"manifests")||l(n,"manifests",{start:{line:20,column:7},end:{line:20,column:16}}),typeof r===c?r.call(a,{name:"manifests",hash:{},data:o,loc:{start:{line:20,column:5},end:{line:20,column:18}}}):r))!=null?i:"")+` ./
RUN `+((i=(r=u(t,"install")||l(n,"install",{start:{line:21,column:6},end:{line:21,column:13}}),typeof r===c?r.call(a,{name:"install",hash:{},data:o,loc:{start:{line:21,column:4},end:{line:21,column:15}}}):r))!=null?i:"")+`
RUN `+((i=(r=u(t,"ensureServer")||l(n,"ensureServer",{start:{line:22,column:6},end:{line:22,column:18}}),typeof r===c?r.call(a,{name:"ensureServer",hash:{},data:o,loc:{start:{line:22,column:4},end:{line:22,column:20}}}):r))!=null?i:"")+`

# --- runtime: the virtualenv and the code, nothing else ---
FROM `+((i=(r=u(t,"baseImage")||l(n,"baseImage",{start:{line:25,column:7},end:{line:25,column:16}}),typeof r===c?r.call(a,{name:"baseImage",hash:{},data:o,loc:{start:{line:25,column:5},end:{line:25,column:18}}}):r))!=null?i:"")+` AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    WEB_CONCURRENCY=3
`+((i=u(t,"if").call(a,u(u(n,"runtimePackages"),"length"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:31,column:0},end:{line:35,column:7}}}))!=null?i:"")+`RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Code stays owned by root: the app user can read it but not change it.
COPY . .
USER app
EXPOSE `+((i=(r=u(t,"port")||l(n,"port",{start:{line:43,column:9},end:{line:43,column:13}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:43,column:7},end:{line:43,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD `+((i=(r=u(t,"healthcheck")||l(n,"healthcheck",{start:{line:45,column:10},end:{line:45,column:21}}),typeof r===c?r.call(a,{name:"healthcheck",hash:{},data:o,loc:{start:{line:45,column:8},end:{line:45,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=u(t,"cmd")||l(n,"cmd",{start:{line:46,column:6},end:{line:46,column:9}}),typeof r===c?r.call(a,{name:"cmd",hash:{},data:o,loc:{start:{line:46,column:4},end:{line:46,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/nestjs/Dockerfile.hbs":{0:function(e,n,t,s,o){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,o){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:14,column:7},end:{line:14,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"WORKDIR /app/"+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:21,column:15},end:{line:21,column:27}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:21,column:13},end:{line:21,column:29}}}):r))!=null?i:"")+`
RUN `+((i=(r=u(t,"build")||l(n,"build",{start:{line:22,column:6},end:{line:22,column:11}}),typeof r===c?r.call(a,{name:"build",hash:{},data:o,loc:{start:{line:22,column:4},end:{line:22,column:13}}}):r))!=null?i:"")+`
WORKDIR /app
`},5:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`COPY . .
RUN `+((i=(r=l(t,"build")||e.strict(n,"build",{start:{line:26,column:6},end:{line:26,column:11}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"build",hash:{},data:o,loc:{start:{line:26,column:4},end:{line:26,column:13}}}):r))!=null?i:"")+`
`},6:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Workspace packages link to each other through node_modules: the pruned workspace is copied whole.
COPY --from=build /app ./
WORKDIR /app/`+((i=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:38,column:15},end:{line:38,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:38,column:13},end:{line:38,column:29}}}):r))!=null?i:"")+`
`},7:function(e,n,t,s,o){return`COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`# NestJS on Node.js.
# The final stage holds dist/ and production dependencies only, and runs as the non-root \`node\` user.

# --- deps: install from the lockfile`+((i=m(t,"unless").call(l,m(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:4,column:37},end:{line:4,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(r=m(t,"baseImage")||a(n,"baseImage",{start:{line:5,column:7},end:{line:5,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:5,column:5},end:{line:5,column:18}}}):r))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=m(t,"each").call(l,m(m(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:7,column:0},end:{line:9,column:9}}}))!=null?i:"")+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.program(3,o,0),data:o,loc:{start:{line:10,column:0},end:{line:15,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"install",{start:{line:16,column:6},end:{line:16,column:16}}),n))!=null?i:"")+`

# --- build: nest build, then drop dev dependencies ---
FROM deps AS build
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.program(5,o,0),data:o,loc:{start:{line:20,column:0},end:{line:27,column:7}}}))!=null?i:"")+"RUN "+((i=u(a(m(n,"pm"),"prune",{start:{line:28,column:6},end:{line:28,column:14}}),n))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(r=m(t,"baseImage")||a(n,"baseImage",{start:{line:31,column:7},end:{line:31,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:31,column:5},end:{line:31,column:18}}}):r))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    PORT=`+((i=(r=m(t,"port")||a(n,"port",{start:{line:33,column:11},end:{line:33,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:33,column:9},end:{line:33,column:17}}}):r))!=null?i:"")+`
WORKDIR /app
`+((i=m(t,"if").call(l,m(n,"workspace"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.program(7,o,0),data:o,loc:{start:{line:35,column:0},end:{line:43,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(r=m(t,"port")||a(n,"port",{start:{line:45,column:9},end:{line:45,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:45,column:7},end:{line:45,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(r=m(t,"healthcheck")||a(n,"healthcheck",{start:{line:47,column:10},end:{line:47,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:o,loc:{start:{line:47,column:8},end:{line:47,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=m(t,"cmd")||a(n,"cmd",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:o,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/nextjs/Dockerfile.hbs":{0:function(e,n,t,s,o){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,o){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:15,column:7},end:{line:15,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:23,column:15},end:{line:23,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:23,column:13},end:{line:23,column:29}}}):r))!=null?i:"")+`
`},5:function(e,n,t,s,o){return`COPY . .
`},6:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# With outputFileTracingRoot at the workspace root, standalone/ mirrors the workspace layout.
COPY --from=build --chown=node:node /app/`+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:40,column:43},end:{line:40,column:55}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:40,column:41},end:{line:40,column:57}}}):r))!=null?i:"")+`/.next/standalone ./
COPY --from=build --chown=node:node /app/`+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:43},end:{line:41,column:55}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:41,column:41},end:{line:41,column:57}}}):r))!=null?i:"")+"/.next/static ./"+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:41,column:75},end:{line:41,column:87}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:41,column:73},end:{line:41,column:89}}}):r))!=null?i:"")+`/.next/static
COPY --from=build /app/`+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:25},end:{line:42,column:37}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:42,column:23},end:{line:42,column:39}}}):r))!=null?i:"")+"/public ./"+((i=(r=u(t,"workspaceDir")||l(n,"workspaceDir",{start:{line:42,column:51},end:{line:42,column:63}}),typeof r===c?r.call(a,{name:"workspaceDir",hash:{},data:o,loc:{start:{line:42,column:49},end:{line:42,column:65}}}):r))!=null?i:"")+`/public
`},7:function(e,n,t,s,o){return`COPY --from=build /app/public ./public
# .next is writable by the server for its image and ISR caches; the rest stays owned by root.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Next.js standalone server.
# Needs \`output: "standalone"\` in next.config.(js|mjs|ts): the build then emits server.js with the
# dependencies it traces, so the final stage carries no full node_modules.

# --- deps: install from the lockfile`+((i=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:5,column:37},end:{line:5,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(r=u(t,"baseImage")||a(n,"baseImage",{start:{line:6,column:7},end:{line:6,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:6,column:5},end:{line:6,column:18}}}):r))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:8,column:0},end:{line:10,column:9}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.program(3,o,0),data:o,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?i:"")+"RUN "+((i=e.lambda(a(u(n,"pm"),"install",{start:{line:17,column:6},end:{line:17,column:16}}),n))!=null?i:"")+`

# --- build ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.program(5,o,0),data:o,loc:{start:{line:22,column:0},end:{line:26,column:7}}}))!=null?i:"")+`# public/ is optional in Next.js; the runtime stage copies it either way.
RUN mkdir -p public \\
    && `+((i=(r=u(t,"build")||a(n,"build",{start:{line:29,column:9},end:{line:29,column:14}}),typeof r===c?r.call(l,{name:"build",hash:{},data:o,loc:{start:{line:29,column:7},end:{line:29,column:16}}}):r))!=null?i:"")+`

# --- runtime ---
FROM `+((i=(r=u(t,"baseImage")||a(n,"baseImage",{start:{line:32,column:7},end:{line:32,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:32,column:5},end:{line:32,column:18}}}):r))!=null?i:"")+` AS runtime
ENV NODE_ENV=production \\
    NEXT_TELEMETRY_DISABLED=1 \\
    PORT=`+((i=(r=u(t,"port")||a(n,"port",{start:{line:35,column:11},end:{line:35,column:15}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:35,column:9},end:{line:35,column:17}}}):r))!=null?i:"")+` \\
    HOSTNAME=0.0.0.0
WORKDIR /app
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.program(7,o,0),data:o,loc:{start:{line:38,column:0},end:{line:48,column:7}}}))!=null?i:"")+`USER node
EXPOSE `+((i=(r=u(t,"port")||a(n,"port",{start:{line:50,column:9},end:{line:50,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:50,column:7},end:{line:50,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD `+((i=(r=u(t,"healthcheck")||a(n,"healthcheck",{start:{line:52,column:10},end:{line:52,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:o,loc:{start:{line:52,column:8},end:{line:52,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=u(t,"cmd")||a(n,"cmd",{start:{line:53,column:6},end:{line:53,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:o,loc:{start:{line:53,column:4},end:{line:53,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/node.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/python.dockerignore.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){return`# Keeps the build context small and keeps secrets and local state out of the image.
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
`},useData:!0},"docker/react-vite/Dockerfile.hbs":{0:function(e,n,t,s,o){return"; this layer is cached until a manifest changes"},1:function(e,n,t,s,o){var i;return((i=e.lambda(n,n))!=null?i:"")+`
`},2:function(e,n,t,s,o){return`# Monorepo: the context is the workspace root, so the whole workspace installs from its lockfile.
COPY . .
`},3:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"COPY "+((i=e.lambda(e.strict(r(n,"pm"),"manifests",{start:{line:13,column:7},end:{line:13,column:19}}),n))!=null?i:"")+` ./
`},4:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"WORKDIR /app/"+((i=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:20,column:15},end:{line:20,column:27}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:20,column:13},end:{line:20,column:29}}}):r))!=null?i:"")+`
`},5:function(e,n,t,s,o){return`COPY . .
`},6:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return((i=(r=l(t,"workspaceDir")||e.strict(n,"workspaceDir",{start:{line:29,column:42},end:{line:29,column:54}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"workspaceDir",hash:{},data:o,loc:{start:{line:29,column:40},end:{line:29,column:56}}}):r))!=null?i:"")+"/"},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# React + Vite, built once and served as static files by nginx-unprivileged.

# --- deps: install from the lockfile`+((i=u(t,"unless").call(l,u(n,"workspace"),{name:"unless",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:3,column:37},end:{line:3,column:116}}}))!=null?i:"")+` ---
FROM `+((i=(r=u(t,"baseImage")||a(n,"baseImage",{start:{line:4,column:7},end:{line:4,column:16}}),typeof r===c?r.call(l,{name:"baseImage",hash:{},data:o,loc:{start:{line:4,column:5},end:{line:4,column:18}}}):r))!=null?i:"")+` AS deps
WORKDIR /app
`+((i=u(t,"each").call(l,u(u(n,"pm"),"setup"),{name:"each",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:6,column:0},end:{line:8,column:9}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.program(3,o,0),data:o,loc:{start:{line:9,column:0},end:{line:14,column:7}}}))!=null?i:"")+"RUN "+((i=e.lambda(a(u(n,"pm"),"install",{start:{line:15,column:6},end:{line:15,column:16}}),n))!=null?i:"")+`

# --- build: vite build writes dist/ ---
FROM deps AS build
`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.program(5,o,0),data:o,loc:{start:{line:19,column:0},end:{line:23,column:7}}}))!=null?i:"")+"RUN "+((i=(r=u(t,"build")||a(n,"build",{start:{line:24,column:6},end:{line:24,column:11}}),typeof r===c?r.call(l,{name:"build",hash:{},data:o,loc:{start:{line:24,column:4},end:{line:24,column:13}}}):r))!=null?i:"")+`

# --- runtime: nginx as uid 101 on port `+((i=(r=u(t,"port")||a(n,"port",{start:{line:26,column:42},end:{line:26,column:46}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:26,column:40},end:{line:26,column:48}}}):r))!=null?i:"")+`, no Node.js ---
FROM `+((i=(r=u(t,"runtimeImage")||a(n,"runtimeImage",{start:{line:27,column:7},end:{line:27,column:19}}),typeof r===c?r.call(l,{name:"runtimeImage",hash:{},data:o,loc:{start:{line:27,column:5},end:{line:27,column:21}}}):r))!=null?i:"")+` AS runtime
COPY `+((i=(r=u(t,"spaConf")||a(n,"spaConf",{start:{line:28,column:7},end:{line:28,column:14}}),typeof r===c?r.call(l,{name:"spaConf",hash:{},data:o,loc:{start:{line:28,column:5},end:{line:28,column:16}}}):r))!=null?i:"")+` /etc/nginx/conf.d/default.conf
COPY --from=build /app/`+((i=u(t,"if").call(l,u(n,"workspace"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:29,column:23},end:{line:29,column:64}}}))!=null?i:"")+`dist /usr/share/nginx/html
USER nginx
EXPOSE `+((i=(r=u(t,"port")||a(n,"port",{start:{line:31,column:9},end:{line:31,column:13}}),typeof r===c?r.call(l,{name:"port",hash:{},data:o,loc:{start:{line:31,column:7},end:{line:31,column:15}}}):r))!=null?i:"")+`
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD `+((i=(r=u(t,"healthcheck")||a(n,"healthcheck",{start:{line:33,column:10},end:{line:33,column:21}}),typeof r===c?r.call(l,{name:"healthcheck",hash:{},data:o,loc:{start:{line:33,column:8},end:{line:33,column:23}}}):r))!=null?i:"")+`
CMD `+((i=(r=u(t,"cmd")||a(n,"cmd",{start:{line:34,column:6},end:{line:34,column:9}}),typeof r===c?r.call(l,{name:"cmd",hash:{},data:o,loc:{start:{line:34,column:4},end:{line:34,column:11}}}):r))!=null?i:"")+`
`},useData:!0},"docker/react-vite/nginx-spa.conf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# Static site server for the Vite build inside the frontend image (nginx-unprivileged, port "+((i=(r=u(t,"port")||l(n,"port",{start:{line:1,column:94},end:{line:1,column:98}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:1,column:92},end:{line:1,column:100}}}):r))!=null?i:"")+`).
server {
    listen `+((i=(r=u(t,"port")||l(n,"port",{start:{line:3,column:13},end:{line:3,column:17}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:3,column:11},end:{line:3,column:19}}}):r))!=null?i:"")+`;
    server_name _;
    root /usr/share/nginx/html;
    server_tokens off;

    # Vite fingerprints everything under assets/: safe to cache for a year.
    location /assets/ {
        expires 1y;
        add_header Cache-Control "public, immutable" always;
        add_header X-Content-Type-Options "nosniff" always;
        try_files $uri =404;
    }

    # index.html must be revalidated so a deploy is picked up at once.
    location = /index.html {
        add_header Cache-Control "no-cache" always;
        add_header X-Content-Type-Options "nosniff" always;
    }

    # Client-side routes fall back to the SPA entry point.
    location / {
        try_files $uri $uri/ /index.html;
    }
}
`},useData:!0},"docs/containers.md.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| "+((i=(r=u(t,"role")||l(n,"role",{start:{line:10,column:4},end:{line:10,column:8}}),typeof r===c?r.call(a,{name:"role",hash:{},data:o,loc:{start:{line:10,column:2},end:{line:10,column:10}}}):r))!=null?i:"")+" ("+((i=(r=u(t,"kind")||l(n,"kind",{start:{line:10,column:14},end:{line:10,column:18}}),typeof r===c?r.call(a,{name:"kind",hash:{},data:o,loc:{start:{line:10,column:12},end:{line:10,column:20}}}):r))!=null?i:"")+") | `"+((i=(r=u(t,"dockerfile")||l(n,"dockerfile",{start:{line:10,column:27},end:{line:10,column:37}}),typeof r===c?r.call(a,{name:"dockerfile",hash:{},data:o,loc:{start:{line:10,column:25},end:{line:10,column:39}}}):r))!=null?i:"")+"` | `"+((i=(r=u(t,"context")||l(n,"context",{start:{line:10,column:46},end:{line:10,column:53}}),typeof r===c?r.call(a,{name:"context",hash:{},data:o,loc:{start:{line:10,column:44},end:{line:10,column:55}}}):r))!=null?i:"")+"` | "+((i=(r=u(t,"packageManager")||l(n,"packageManager",{start:{line:10,column:61},end:{line:10,column:75}}),typeof r===c?r.call(a,{name:"packageManager",hash:{},data:o,loc:{start:{line:10,column:59},end:{line:10,column:77}}}):r))!=null?i:"")+" | "+((i=(r=u(t,"server")||l(n,"server",{start:{line:10,column:82},end:{line:10,column:88}}),typeof r===c?r.call(a,{name:"server",hash:{},data:o,loc:{start:{line:10,column:80},end:{line:10,column:90}}}):r))!=null?i:"")+" | "+((i=(r=u(t,"port")||l(n,"port",{start:{line:10,column:95},end:{line:10,column:99}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:10,column:93},end:{line:10,column:101}}}):r))!=null?i:"")+" | `"+((i=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:10,column:107},end:{line:10,column:117}}),typeof r===c?r.call(a,{name:"healthPath",hash:{},data:o,loc:{start:{line:10,column:105},end:{line:10,column:119}}}):r))!=null?i:"")+"` |\n"},1:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"- **A health endpoint**: `GET "+((i=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:18,column:32},end:{line:18,column:42}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:o,loc:{start:{line:18,column:30},end:{line:18,column:44}}}):r))!=null?i:"")+"` answering 200 without authentication (`deploy.healthPath`). The container\n  healthcheck calls it on `127.0.0.1`, and compose starts the frontend and the proxy only once it answers.\n"},2:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"- **The WSGI module**: gunicorn serves `"+((i=(r=l(t,"wsgiApp")||e.strict(n,"wsgiApp",{start:{line:22,column:42},end:{line:22,column:49}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"wsgiApp",hash:{},data:o,loc:{start:{line:22,column:40},end:{line:22,column:51}}}):r))!=null?i:"")+"` (the Django project package is assumed to be\n  named after the baseline `name`). If yours differs, set `name` accordingly or eject the Dockerfile.\n- **`ALLOWED_HOSTS`** must accept `127.0.0.1` (the healthcheck's Host header) besides your domains.\n- **Static files**: serve them with WhiteNoise, or run `collectstatic` in your release step; the image\n  does not run it at build time because settings usually need secrets that a build must not see.\n"},3:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"- **The ASGI app**: gunicorn serves `"+((i=(r=l(t,"asgiApp")||e.strict(n,"asgiApp",{start:{line:29,column:39},end:{line:29,column:46}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"asgiApp",hash:{},data:o,loc:{start:{line:29,column:37},end:{line:29,column:48}}}):r))!=null?i:"")+"` (a FastAPI instance `app` in `app/main.py`).\n  Workers come from the `uvicorn-worker` package, which replaces uvicorn's deprecated\n  `uvicorn.workers` module; the image adds it (and gunicorn) only when your lockfile does not.\n"},4:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"- **A health endpoint**: `GET "+((i=(r=l(t,"healthPath")||e.strict(n,"healthPath",{start:{line:34,column:32},end:{line:34,column:42}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"healthPath",hash:{},data:o,loc:{start:{line:34,column:30},end:{line:34,column:44}}}):r))!=null?i:"")+"` answering 200 without authentication (`deploy.healthPath`).\n- **Listening on `process.env.PORT`**, on all interfaces (`0.0.0.0`), not only `localhost`.\n"},5:function(e,n,t,s,o){return'- **Next.js standalone output**: `next.config` must set `output: "standalone"`. Without it there is\n  no `.next/standalone/server.js` and the image build fails at the copy step. In a monorepo, the\n  standalone folder mirrors the workspace layout; set `outputFileTracingRoot` as Next.js documents.\n'},6:function(e,n,t,s,o){return"- **A `build` script** that writes the production build to `dist/` (Vite's default `build.outDir`): the\n  image copies that folder into nginx and answers every unknown path with `index.html`.\n"},7:function(e,n,t,s,o){return`## Monorepo builds

A service whose \`context\` is the workspace root builds from there: the whole workspace installs from
the root lockfile, the build runs in the package folder, and \`<Dockerfile>.dockerignore\` beside the
Dockerfile is the ignore file BuildKit reads for it. Every source file is copied before the install,
so the dependency layer is rebuilt on any change; keep the ignore file tight.

`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Containers

Each service has a multi-stage Dockerfile: dependencies are installed from the lockfile in a build
stage, and the final stage carries only what runs, as a non-root user, with a \`HEALTHCHECK\`. Base
images are pinned by tag and digest; Dependabot (or Renovate) proposes digest updates.

| service | Dockerfile | build context | package manager | runs | port | health |
|---|---|---|---|---|---|---|
`+((i=l(t,"each").call(r,l(n,"images"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:9,column:0},end:{line:11,column:9}}}))!=null?i:"")+`
Build one locally: \`docker build -f <Dockerfile> <build context>\`.

## What the application must provide

`+((i=l(t,"if").call(r,l(n,"pythonBackend"),{name:"if",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:17,column:0},end:{line:20,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"django"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:21,column:0},end:{line:27,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"fastapi"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:28,column:0},end:{line:32,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"nodeBackend"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:33,column:0},end:{line:36,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"nextjs"),{name:"if",hash:{},fn:e.program(5,o,0),inverse:e.noop,data:o,loc:{start:{line:37,column:0},end:{line:41,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"reactVite"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?i:"")+`
`+((i=l(t,"if").call(r,l(n,"workspace"),{name:"if",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:47,column:0},end:{line:55,column:7}}}))!=null?i:"")+"## Secrets\n\nNothing secret is baked into an image: no `ARG` or `ENV` carries a credential. Runtime settings come\nfrom the environment (`.env` for compose, the platform's secret store in the cloud). Build-time\nsecrets, if ever needed, go through `RUN --mount=type=secret`, never `ARG`.\n\n## Package managers\n\n- pip installs `requirements.txt`; Poetry installs the `main` group from `poetry.lock` without the\n  project itself; uv runs `uv sync --frozen --no-dev`.\n- npm runs `npm ci`; pnpm and Yarn come from corepack at the version in package.json's\n  `packageManager` (`pnpm install --frozen-lockfile`, `yarn install --immutable`); Bun runs\n  `bun install --frozen-lockfile` with the binary copied from the pinned `oven/bun` image.\n- Yarn 2+ must install a `node_modules` folder (`nodeLinker: node-modules` in `.yarnrc.yml`): the\n  runtime stage copies `node_modules`, and Plug'n'Play's `.pnp.cjs` would need a loader flag on `node`.\n"},useData:!0},"docs/database.md.hbs":{0:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c=e.lambda,u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"## Server settings\n\n`docker-compose.yml` and `compose.prod.yml` start "+((i=u(t,"if").call(l,u(n,"postgis"),{name:"if",hash:{},fn:e.program(1,o,0),inverse:e.program(2,o,0),data:o,loc:{start:{line:10,column:50},end:{line:10,column:97}}}))!=null?i:"")+` with these flags
(\`postgres -c name=value\`). On a managed database (RDS, Cloud SQL, Azure), set the same values in its
parameter group or with \`ALTER DATABASE <db> SET name = value\`.

| setting | value | why |
|---|---|---|
`+((i=u(t,"each").call(l,u(n,"settings"),{name:"each",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:16,column:0},end:{line:18,column:9}}}))!=null?i:"")+"\nLong-running work sets its own limit instead of raising the server's:\n`SET statement_timeout = '15min'` in the session of a migration or report, or\n`ALTER ROLE migrator SET statement_timeout = 0` for a dedicated migration role.\n\n### Slow-query log\n\n`log_min_duration_statement` writes every statement slower than the threshold to the server log\n(`docker compose logs db`), with its duration. For aggregated statistics, enable the\n`pg_stat_statements` extension (`shared_preload_libraries = 'pg_stat_statements'`, then\n`CREATE EXTENSION pg_stat_statements;`) and read the `pg_stat_statements` view.\n\n## Connection pooling: pgbouncer\n\nIn `compose.prod.yml` the application connects to `pgbouncer:5432`, never to the database directly.\n`"+((i=(r=u(t,"pgbouncerIni")||a(n,"pgbouncerIni",{start:{line:34,column:3},end:{line:34,column:15}}),typeof r=="function"?r.call(l,{name:"pgbouncerIni",hash:{},data:o,loc:{start:{line:34,column:1},end:{line:34,column:17}}}):r))!=null?i:"")+"` runs **transaction pooling**: "+((i=c(a(u(n,"pool"),"maxClientConn",{start:{line:34,column:51},end:{line:34,column:69}}),n))!=null?i:"")+` client connections share
`+((i=c(a(u(n,"pool"),"defaultPoolSize",{start:{line:35,column:2},end:{line:35,column:22}}),n))!=null?i:"")+" server connections per database and user (+"+((i=c(a(u(n,"pool"),"reservePoolSize",{start:{line:35,column:70},end:{line:35,column:90}}),n))!=null?i:"")+` in reserve).
Size each application process's own pool small (`+((i=c(a(u(n,"pool"),"appPoolSize",{start:{line:36,column:50},end:{line:36,column:66}}),n))!=null?i:"")+" is a good start): the total of\nall processes' pools should stay near `default_pool_size`.\n\nWhat transaction pooling rules out, between transactions: session-level `SET`, advisory locks held\nacross transactions, `LISTEN/NOTIFY`, temporary tables, and server-side cursors (`WITH HOLD`). Use\n`SET LOCAL` inside a transaction instead of `SET`. Run migrations that need session features against\nthe `db` service directly.\n\n"+((i=u(t,"if").call(l,u(n,"django"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:44,column:0},end:{line:70,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"fastapi"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:71,column:0},end:{line:94,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"node"),{name:"if",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:95,column:0},end:{line:113,column:7}}}))!=null?i:"")},1:function(e,n,t,s,o){return"PostGIS"},2:function(e,n,t,s,o){return"PostgreSQL"},3:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"| `"+((i=(r=u(t,"name")||l(n,"name",{start:{line:17,column:5},end:{line:17,column:9}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:17,column:3},end:{line:17,column:11}}}):r))!=null?i:"")+"` | `"+((i=(r=u(t,"value")||l(n,"value",{start:{line:17,column:18},end:{line:17,column:23}}),typeof r===c?r.call(a,{name:"value",hash:{},data:o,loc:{start:{line:17,column:16},end:{line:17,column:25}}}):r))!=null?i:"")+"` | "+((i=(r=u(t,"why")||l(n,"why",{start:{line:17,column:31},end:{line:17,column:34}}),typeof r===c?r.call(a,{name:"why",hash:{},data:o,loc:{start:{line:17,column:29},end:{line:17,column:36}}}):r))!=null?i:"")+` |
`},4:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`## Django

\`\`\`python
# settings.py — DATABASE_URL comes from the environment (compose sets it).
import os

import dj_database_url  # or parse DATABASE_URL yourself

DATABASES = {
    "default": {
        **dj_database_url.parse(os.environ["DATABASE_URL"]),
`+((i=r(t,"if").call(n??(e.nullContext||{}),r(n,"postgis"),{name:"if",hash:{},fn:e.program(5,o,0),inverse:e.noop,data:o,loc:{start:{line:56,column:0},end:{line:58,column:7}}}))!=null?i:"")+`        # Keep connections to pgbouncer open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # Required with pgbouncer transaction pooling: server-side cursors span transactions.
        "DISABLE_SERVER_SIDE_CURSORS": True,
    }
}
\`\`\`

\`CONN_MAX_AGE\` keeps a connection per worker thread; with gunicorn's sync workers that is one per
worker, so \`WEB_CONCURRENCY\` × replicas is the number of client connections pgbouncer sees.
`},5:function(e,n,t,s,o){return`        "ENGINE": "django.contrib.gis.db.backends.postgis",
`},6:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`## SQLAlchemy (FastAPI)

\`\`\`python
import os

from sqlalchemy import create_engine  # create_async_engine for asyncio drivers

engine = create_engine(
    os.environ["DATABASE_URL"].replace("postgres://", "postgresql+psycopg://", 1),
    pool_pre_ping=True,     # test a pooled connection before use: survives restarts and idle cuts
    pool_size=`+((i=e.lambda(e.strict(r(n,"pool"),"appPoolSize",{start:{line:82,column:16},end:{line:82,column:32}}),n))!=null?i:"")+`,            # per process; gunicorn runs WEB_CONCURRENCY of them
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
`},7:function(e,n,t,s,o){var i,r=e.strict,l=e.lambda,a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`## Node.js (node-postgres \`pg\`)

\`\`\`js
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: `+((i=l(r(a(n,"pool"),"appPoolSize",{start:{line:103,column:9},end:{line:103,column:25}}),n))!=null?i:"")+`, // per process
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000, // fail fast when pgbouncer or the pool is saturated
});
// Do not pass statement_timeout here: it travels as a startup parameter, which pgbouncer refuses.
// The server-side default above applies; use SET LOCAL statement_timeout inside a transaction.
pool.on("error", (err) => console.error("idle client error", err));
\`\`\`

Prisma: add \`?pgbouncer=true&connection_limit=`+((i=l(r(a(n,"pool"),"appPoolSize",{start:{line:112,column:48},end:{line:112,column:64}}),n))!=null?i:"")+"` to `DATABASE_URL`. TypeORM: `extra: { max: "+((i=l(r(a(n,"pool"),"appPoolSize",{start:{line:112,column:113},end:{line:112,column:129}}),n))!=null?i:"")+" }`.\n"},8:function(e,n,t,s,o){return`## SQLite

SQLite runs inside the application process: there is no server to tune and no pooling. Enable WAL
(\`PRAGMA journal_mode=WAL\`) and a busy timeout (\`PRAGMA busy_timeout=5000\`), keep the file on a
volume, and run a single replica: SQLite has one writer. Move to PostgreSQL before scaling out.
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Database settings

The baseline configures the database side (server flags, connection pooling) in the files it owns.
The application side is yours: this page lists the settings that match, to copy into your code.
The tool never edits application code.

`+((i=l(t,"if").call(r,l(n,"postgres"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:7,column:0},end:{line:114,column:7}}}))!=null?i:"")+((i=l(t,"if").call(r,l(n,"sqlite"),{name:"if",hash:{},fn:e.program(8,o,0),inverse:e.noop,data:o,loc:{start:{line:115,column:0},end:{line:121,column:7}}}))!=null?i:"")},useData:!0},"proxy/nginx.conf.hbs":{0:function(e,n,t,s,o){return`# Reverse proxy for compose.prod.yml behind the Cloudflare tunnel: routing, security headers, compression,
# static caching, rate limits. Runs as nginxinc/nginx-unprivileged (uid 101) on 8080, plain HTTP on the
# internal network only: no port is published, cloudflared (compose.tunnel.yml) is the only client, and
# Cloudflare terminates TLS at its edge.
`},1:function(e,n,t,s,o){return`# Reverse proxy for compose.prod.yml: TLS termination, security headers, compression, static caching.
# Runs as nginxinc/nginx-unprivileged (uid 101) on 8080/8443; compose publishes them as 80/443.
# Certificates: deploy/nginx/certs/fullchain.pem and privkey.pem (e.g. from certbot or your CA).
`},2:function(e,n,t,s,o){return`
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
`},3:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
    # `+((i=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:76,column:8},end:{line:76,column:15}}),typeof r===c?r.call(a,{name:"apiHost",hash:{},data:o,loc:{start:{line:76,column:6},end:{line:76,column:17}}}):r))!=null?i:"")+` is the API's own hostname: every path on it goes to the backend.
    map $host $site {
        default frontend;
        `+((i=(r=u(t,"apiHost")||l(n,"apiHost",{start:{line:79,column:10},end:{line:79,column:17}}),typeof r===c?r.call(a,{name:"apiHost",hash:{},data:o,loc:{start:{line:79,column:8},end:{line:79,column:19}}}):r))!=null?i:"")+` backend;
    }
`},4:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    upstream "+((i=(r=u(t,"name")||l(n,"name",{start:{line:84,column:15},end:{line:84,column:19}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:84,column:13},end:{line:84,column:21}}}):r))!=null?i:"")+` {
        server `+((i=(r=u(t,"host")||l(n,"host",{start:{line:85,column:17},end:{line:85,column:21}}),typeof r===c?r.call(a,{name:"host",hash:{},data:o,loc:{start:{line:85,column:15},end:{line:85,column:23}}}):r))!=null?i:"")+":"+((i=(r=u(t,"port")||l(n,"port",{start:{line:85,column:26},end:{line:85,column:30}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:85,column:24},end:{line:85,column:32}}}):r))!=null?i:"")+`;
        keepalive 16;
    }

`},5:function(e,n,t,s,o){return`    server {
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
`},6:function(e,n,t,s,o){return`    server {
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
`},7:function(e,n,t,s,o){return"$forwarded_proto"},8:function(e,n,t,s,o){return"$scheme"},9:function(e,n,t,s,o){var i;return"        add_header "+((i=e.lambda(n,n))!=null?i:"")+` always;
`},10:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"        # "+((i=(r=u(t,"why")||l(n,"why",{start:{line:156,column:12},end:{line:156,column:15}}),typeof r===c?r.call(a,{name:"why",hash:{},data:o,loc:{start:{line:156,column:10},end:{line:156,column:17}}}):r))!=null?i:"")+`
        location `+((i=(r=u(t,"match")||l(n,"match",{start:{line:157,column:19},end:{line:157,column:24}}),typeof r===c?r.call(a,{name:"match",hash:{},data:o,loc:{start:{line:157,column:17},end:{line:157,column:26}}}):r))!=null?i:"")+` {
            proxy_pass http://`+((i=(r=u(t,"upstream")||l(n,"upstream",{start:{line:158,column:32},end:{line:158,column:40}}),typeof r===c?r.call(a,{name:"upstream",hash:{},data:o,loc:{start:{line:158,column:30},end:{line:158,column:42}}}):r))!=null?i:"")+`;
`+((i=u(t,"if").call(a,u(n,"cache"),{name:"if",hash:{},fn:e.program(11,o,0),inverse:e.noop,data:o,loc:{start:{line:159,column:0},end:{line:165,column:7}}}))!=null?i:"")+`        }

`},11:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"            expires "+((i=(r=u(t,"expires")||l(n,"expires",{start:{line:160,column:22},end:{line:160,column:29}}),typeof r===c?r.call(a,{name:"expires",hash:{},data:o,loc:{start:{line:160,column:20},end:{line:160,column:31}}}):r))!=null?i:"")+`;
            add_header Cache-Control "`+((i=(r=u(t,"cache")||l(n,"cache",{start:{line:161,column:40},end:{line:161,column:45}}),typeof r===c?r.call(a,{name:"cache",hash:{},data:o,loc:{start:{line:161,column:38},end:{line:161,column:47}}}):r))!=null?i:"")+`" always;
`+((i=u(t,"each").call(a,u(u(o,"root"),"securityHeaders"),{name:"each",hash:{},fn:e.program(12,o,0),inverse:e.noop,data:o,loc:{start:{line:162,column:0},end:{line:164,column:9}}}))!=null?i:"")},12:function(e,n,t,s,o){var i;return"            add_header "+((i=e.lambda(n,n))!=null?i:"")+` always;
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.program(1,o,0),data:o,loc:{start:{line:1,column:0},end:{line:10,column:7}}}))!=null?i:"")+`
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
    limit_req_zone $binary_remote_addr zone=per_ip:10m rate=`+((i=(r=u(t,"rateLimit")||a(n,"rateLimit",{start:{line:51,column:62},end:{line:51,column:71}}),typeof r===c?r.call(l,{name:"rateLimit",hash:{},data:o,loc:{start:{line:51,column:60},end:{line:51,column:73}}}):r))!=null?i:"")+`r/s;
    limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
    limit_req_status 429;
    limit_conn_status 429;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
`+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:60,column:0},end:{line:73,column:7}}}))!=null?i:"")+((i=u(t,"if").call(l,u(n,"apiHost"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:74,column:0},end:{line:81,column:7}}}))!=null?i:"")+`
`+((i=u(t,"each").call(l,u(n,"upstreams"),{name:"each",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:83,column:0},end:{line:89,column:9}}}))!=null?i:"")+`    # IPv4 only: Docker networks are IPv4 by default, and listening on [::] fails where IPv6 is off.
`+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(5,o,0),inverse:e.program(6,o,0),data:o,loc:{start:{line:91,column:0},end:{line:135,column:7}}}))!=null?i:"")+`
        limit_req zone=per_ip burst=`+((i=(r=u(t,"rateBurst")||a(n,"rateBurst",{start:{line:137,column:38},end:{line:137,column:47}}),typeof r===c?r.call(l,{name:"rateBurst",hash:{},data:o,loc:{start:{line:137,column:36},end:{line:137,column:49}}}):r))!=null?i:"")+` nodelay;
        limit_conn conn_per_ip 50;

        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto `+((i=u(t,"if").call(l,u(n,"tunnel"),{name:"if",hash:{},fn:e.program(7,o,0),inverse:e.program(8,o,0),data:o,loc:{start:{line:144,column:43},end:{line:144,column:95}}}))!=null?i:"")+`;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_connect_timeout 5s;
        proxy_read_timeout 60s;

        # add_header is not inherited into a location that sets its own, so each location repeats these.
`+((i=u(t,"each").call(l,u(n,"securityHeaders"),{name:"each",hash:{},fn:e.program(9,o,0),inverse:e.noop,data:o,loc:{start:{line:151,column:0},end:{line:153,column:9}}}))!=null?i:"")+`
`+((i=u(t,"each").call(l,u(n,"locations"),{name:"each",hash:{},fn:e.program(10,o,0),inverse:e.noop,data:o,loc:{start:{line:155,column:0},end:{line:168,column:9}}}))!=null?i:"")+`    }
}
`},useData:!0},"runbooks/runbook.md.hbs":{0:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return"`"+((i=e.lambda(n,n))!=null?i:"")+"`"+((i=r(t,"unless").call(n??(e.nullContext||{}),r(o,"last"),{name:"unless",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:8,column:36},end:{line:8,column:66}}}))!=null?i:"")},1:function(e,n,t,s,o){return", "},2:function(e,n,t,s,o){var i;return"- "+((i=e.lambda(n,n))!=null?i:"")+`
`},3:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"**"+((i=(r=u(t,"label")||l(n,"label",{start:{line:21,column:4},end:{line:21,column:9}}),typeof r===c?r.call(a,{name:"label",hash:{},data:o,loc:{start:{line:21,column:2},end:{line:21,column:11}}}):r))!=null?i:"")+"**\n\n```bash\n"+((i=(r=u(t,"command")||l(n,"command",{start:{line:24,column:2},end:{line:24,column:9}}),typeof r===c?r.call(a,{name:"command",hash:{},data:o,loc:{start:{line:24,column:0},end:{line:24,column:11}}}):r))!=null?i:"")+"\n```\n\n"},4:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return(i=r(t,"if").call(n??(e.nullContext||{}),r(n,"command"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.program(5,o,0),data:o,loc:{start:{line:31,column:0},end:{line:41,column:7}}}))!=null?i:""},5:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return((i=(r=l(t,"label")||e.strict(n,"label",{start:{line:39,column:2},end:{line:39,column:7}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"label",hash:{},data:o,loc:{start:{line:39,column:0},end:{line:39,column:9}}}):r))!=null?i:"")+`

`},6:function(e,n,t,s,o){var i,r=e.lambda,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return"["+((i=r(n,n))!=null?i:"")+"]("+((i=r(n,n))!=null?i:"")+".md)"+((i=l(t,"unless").call(n??(e.nullContext||{}),l(o,"last"),{name:"unless",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:55,column:49},end:{line:55,column:80}}}))!=null?i:"")},7:function(e,n,t,s,o){return" · "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"# "+((i=(r=u(t,"title")||l(n,"title",{start:{line:1,column:4},end:{line:1,column:9}}),typeof r===c?r.call(a,{name:"title",hash:{},data:o,loc:{start:{line:1,column:2},end:{line:1,column:11}}}):r))!=null?i:"")+`

`+((i=(r=u(t,"purpose")||l(n,"purpose",{start:{line:3,column:2},end:{line:3,column:9}}),typeof r===c?r.call(a,{name:"purpose",hash:{},data:o,loc:{start:{line:3,column:0},end:{line:3,column:11}}}):r))!=null?i:"")+`

| | |
|---|---|
| Service | \``+((i=(r=u(t,"name")||l(n,"name",{start:{line:7,column:15},end:{line:7,column:19}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:7,column:13},end:{line:7,column:21}}}):r))!=null?i:"")+"` on "+((i=(r=u(t,"cloudTitle")||l(n,"cloudTitle",{start:{line:7,column:28},end:{line:7,column:38}}),typeof r===c?r.call(a,{name:"cloudTitle",hash:{},data:o,loc:{start:{line:7,column:26},end:{line:7,column:40}}}):r))!=null?i:"")+` |
| Alert | `+((i=u(t,"each").call(a,u(n,"alerts"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:8,column:10},end:{line:8,column:75}}}))!=null?i:"")+" ("+((i=(r=u(t,"alertSource")||l(n,"alertSource",{start:{line:8,column:79},end:{line:8,column:90}}),typeof r===c?r.call(a,{name:"alertSource",hash:{},data:o,loc:{start:{line:8,column:77},end:{line:8,column:92}}}):r))!=null?i:"")+`) |
| Severity | `+((i=(r=u(t,"severity")||l(n,"severity",{start:{line:9,column:15},end:{line:9,column:23}}),typeof r===c?r.call(a,{name:"severity",hash:{},data:o,loc:{start:{line:9,column:13},end:{line:9,column:25}}}):r))!=null?i:"")+` |
| Alerts go to | `+((i=(r=u(t,"alertDestination")||l(n,"alertDestination",{start:{line:10,column:19},end:{line:10,column:35}}),typeof r===c?r.call(a,{name:"alertDestination",hash:{},data:o,loc:{start:{line:10,column:17},end:{line:10,column:37}}}):r))!=null?i:"")+` |

## 1. Confirm

`+((i=u(t,"each").call(a,u(n,"confirm"),{name:"each",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:14,column:0},end:{line:16,column:9}}}))!=null?i:"")+`
## 2. Diagnose

`+((i=u(t,"each").call(a,u(n,"diagnose"),{name:"each",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:20,column:0},end:{line:27,column:9}}}))!=null?i:"")+`## 3. Mitigate

`+((i=u(t,"each").call(a,u(n,"mitigate"),{name:"each",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:30,column:0},end:{line:42,column:9}}}))!=null?i:"")+`## 4. Escalate

`+((i=u(t,"each").call(a,u(n,"escalate"),{name:"each",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:45,column:0},end:{line:47,column:9}}}))!=null?i:"")+`
## 5. Verify recovery

`+((i=u(t,"each").call(a,u(n,"verify"),{name:"each",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:51,column:0},end:{line:53,column:9}}}))!=null?i:"")+`
Related: `+((i=u(t,"each").call(a,u(n,"related"),{name:"each",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:55,column:9},end:{line:55,column:89}}}))!=null?i:"")+`
`},useData:!0},"scripts/backup_db.sh.hbs":{0:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'default_dir="'+((i=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:o,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?i:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((i=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(a,{name:"bucket",hash:{},data:o,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?i:"")+'" default_prefix="'+((i=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(a,{name:"prefix",hash:{},data:o,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?i:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,s,o){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,s,o){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,s,o){return`upload() { install -d -m 700 "$backup_dir" && install -m 600 "$1" "$backup_dir/$2"; }
list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
remove_dump() { rm -f -- "\${backup_dir:?}/$1"; }
`},5:function(e,n,t,s,o){return`upload() { aws s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors --sse AES256; }
list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},6:function(e,n,t,s,o){return`# MinIO speaks S3: the AWS CLI with the endpoint; keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.
upload() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "$1" "s3://$bucket/$prefix/$2" --only-show-errors; }
list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 rm "s3://$bucket/$prefix/$1" --only-show-errors; }
`},7:function(e,n,t,s,o){return`upload() { gcloud storage cp "$1" "gs://$bucket/$prefix/$2" --quiet; }
list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { gcloud storage rm "gs://$bucket/$prefix/$1" --quiet; }
`},8:function(e,n,t,s,o){return`# --auth-mode login uses the az login session (OIDC in CI); no account key on the command line.
upload() { az storage blob upload --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$2" --file "$1" --only-show-errors --output none; }
list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
remove_dump() { az storage blob delete --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lambda,m=e.lookupProperty||function(p,d){if(Object.prototype.hasOwnProperty.call(p,d))return p[d]};return`#!/usr/bin/env bash
# Backs up `+((i=(r=m(t,"name")||l(n,"name",{start:{line:2,column:13},end:{line:2,column:17}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:2,column:11},end:{line:2,column:19}}}):r))!=null?i:"")+"'s PostgreSQL database: pg_dump custom format (compressed) to "+((i=(r=m(t,"targetTitle")||l(n,"targetTitle",{start:{line:2,column:83},end:{line:2,column:94}}),typeof r===c?r.call(a,{name:"targetTitle",hash:{},data:o,loc:{start:{line:2,column:81},end:{line:2,column:96}}}):r))!=null?i:"")+`,
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
`+((i=m(t,"if").call(a,m(n,"local"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.program(1,o,0),data:o,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"azure"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"minio"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?i:"")+`
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"

pg_dump --format custom --compress 6 --no-owner --file "$work/$name"
# An archive pg_restore cannot list is not a backup.
pg_restore --list "$work/$name" > /dev/null
echo "dumped $PGDATABASE: $name ($(wc -c < "$work/$name") bytes)"

`+((i=m(t,"if").call(a,m(n,"local"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:39,column:0},end:{line:43,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"s3"),{name:"if",hash:{},fn:e.program(5,o,0),inverse:e.noop,data:o,loc:{start:{line:44,column:0},end:{line:48,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"minio"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:49,column:0},end:{line:54,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"gcs"),{name:"if",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:55,column:0},end:{line:59,column:7}}}))!=null?i:"")+((i=m(t,"if").call(a,m(n,"azure"),{name:"if",hash:{},fn:e.program(8,o,0),inverse:e.noop,data:o,loc:{start:{line:60,column:0},end:{line:65,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"scripts/deploy_remote.sh.hbs":{0:function(e,n,t,s,o){return`,
# and for blue-green: live <api|web>, deploy-idle <api|web> <image>, switch <api|web> <blue|green>`},1:function(e,n,t,s,o){var i;return"-f "+((i=e.lambda(n,n))!=null?i:"")+" "},2:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(r=u(t,"service")||l(n,"service",{start:{line:28,column:6},end:{line:28,column:13}}),typeof r===c?r.call(a,{name:"service",hash:{},data:o,loc:{start:{line:28,column:4},end:{line:28,column:15}}}):r))!=null?i:"")+") echo "+((i=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:28,column:24},end:{line:28,column:32}}),typeof r===c?r.call(a,{name:"imageVar",hash:{},data:o,loc:{start:{line:28,column:22},end:{line:28,column:34}}}):r))!=null?i:"")+` ;;
`},3:function(e,n,t,s,o){var i,r=n??(e.nullContext||{}),l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`# Blue-green: the switch (compose.tunnel.yml) forwards each service to state/switch/<key>.conf's colour.
service_for() {
  case "$1" in
`+((i=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:38,column:0},end:{line:40,column:9}}}))!=null?i:"")+`    *) echo "unknown service key: $1" >&2; exit 2 ;;
  esac
}

target_for() {
  case "$1" in
`+((i=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(5,o,0),inverse:e.noop,data:o,loc:{start:{line:47,column:0},end:{line:49,column:9}}}))!=null?i:"")+`  esac
}

health_path_for() {
  case "$1" in
`+((i=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:55,column:0},end:{line:57,column:9}}}))!=null?i:"")+`  esac
}

colour_var_for() {
  case "$1" in
`+((i=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:63,column:0},end:{line:65,column:9}}}))!=null?i:"")+`  esac
}

live_colour() { cat "state/switch/$1.colour" 2> /dev/null || echo blue; }

write_upstream() {
  printf 'upstream %s_live {\\n    server %s;\\n}\\n' "$1" "$(target_for "$1" "$2")" > "state/switch/$1.conf.new"
  mv "state/switch/$1.conf.new" "state/switch/$1.conf"
}

ensure_switch() {
  mkdir -p state/switch
`+((i=l(t,"each").call(r,l(n,"services"),{name:"each",hash:{},fn:e.program(8,o,0),inverse:e.noop,data:o,loc:{start:{line:78,column:0},end:{line:80,column:9}}}))!=null?i:"")+`  compose up --detach --no-deps --wait switch
}

`},4:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(r=u(t,"key")||l(n,"key",{start:{line:39,column:6},end:{line:39,column:9}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:39,column:4},end:{line:39,column:11}}}):r))!=null?i:"")+') if [ "$2" = blue ]; then echo '+((i=(r=u(t,"service")||l(n,"service",{start:{line:39,column:45},end:{line:39,column:52}}),typeof r===c?r.call(a,{name:"service",hash:{},data:o,loc:{start:{line:39,column:43},end:{line:39,column:54}}}):r))!=null?i:"")+"; else echo "+((i=(r=u(t,"service")||l(n,"service",{start:{line:39,column:68},end:{line:39,column:75}}),typeof r===c?r.call(a,{name:"service",hash:{},data:o,loc:{start:{line:39,column:66},end:{line:39,column:77}}}):r))!=null?i:"")+`-green; fi ;;
`},5:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(r=u(t,"key")||l(n,"key",{start:{line:48,column:6},end:{line:48,column:9}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:48,column:4},end:{line:48,column:11}}}):r))!=null?i:"")+') echo "$(service_for '+((i=(r=u(t,"key")||l(n,"key",{start:{line:48,column:35},end:{line:48,column:38}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:48,column:33},end:{line:48,column:40}}}):r))!=null?i:"")+' "$2"):'+((i=(r=u(t,"port")||l(n,"port",{start:{line:48,column:49},end:{line:48,column:53}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:48,column:47},end:{line:48,column:55}}}):r))!=null?i:"")+`" ;;
`},6:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(r=u(t,"key")||l(n,"key",{start:{line:56,column:6},end:{line:56,column:9}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:56,column:4},end:{line:56,column:11}}}):r))!=null?i:"")+') echo "'+((i=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:56,column:21},end:{line:56,column:31}}),typeof r===c?r.call(a,{name:"healthPath",hash:{},data:o,loc:{start:{line:56,column:19},end:{line:56,column:33}}}):r))!=null?i:"")+`" ;;
`},7:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"    "+((i=(r=u(t,"key")||l(n,"key",{start:{line:64,column:6},end:{line:64,column:9}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:64,column:4},end:{line:64,column:11}}}):r))!=null?i:"")+') if [ "$2" = blue ]; then echo '+((i=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:64,column:45},end:{line:64,column:53}}),typeof r===c?r.call(a,{name:"imageVar",hash:{},data:o,loc:{start:{line:64,column:43},end:{line:64,column:55}}}):r))!=null?i:"")+"; else echo "+((i=(r=u(t,"imageVar")||l(n,"imageVar",{start:{line:64,column:69},end:{line:64,column:77}}),typeof r===c?r.call(a,{name:"imageVar",hash:{},data:o,loc:{start:{line:64,column:67},end:{line:64,column:79}}}):r))!=null?i:"")+`_GREEN; fi ;;
`},8:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return"  [ -f state/switch/"+((i=(r=u(t,"key")||l(n,"key",{start:{line:79,column:22},end:{line:79,column:25}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:79,column:20},end:{line:79,column:27}}}):r))!=null?i:"")+".conf ] || write_upstream "+((i=(r=u(t,"key")||l(n,"key",{start:{line:79,column:55},end:{line:79,column:58}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:79,column:53},end:{line:79,column:60}}}):r))!=null?i:"")+' "$(live_colour '+((i=(r=u(t,"key")||l(n,"key",{start:{line:79,column:78},end:{line:79,column:81}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:79,column:76},end:{line:79,column:83}}}):r))!=null?i:"")+`)"
`},9:function(e,n,t,s,o){return`  live)
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
    # The candidate answers its health check through the switch's network before any traffic moves.
    compose exec -T switch wget -q -O /dev/null "http://$(target_for "$key" "$idle")$(health_path_for "$key")" >&2
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Runs on the compose host, fed over SSH by .github/workflows/deploy.yml:
#   ssh deploy@host bash -s -- <command> [args] < scripts/deploy_remote.sh
# Commands: current <service>, snapshot <id>, migrate <image>, deploy <service> <image>`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:4,column:87},end:{line:5,column:105}}}))!=null?i:"")+`.
# Image choices persist in `+((i=(r=u(t,"deployDir")||a(n,"deployDir",{start:{line:6,column:29},end:{line:6,column:38}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:o,loc:{start:{line:6,column:27},end:{line:6,column:40}}}):r))!=null?i:"")+`/.deployed.env, so a rollback is a deploy of the previous image.
set -euo pipefail

default_dir="`+((i=(r=u(t,"deployDir")||a(n,"deployDir",{start:{line:9,column:15},end:{line:9,column:24}}),typeof r===c?r.call(l,{name:"deployDir",hash:{},data:o,loc:{start:{line:9,column:13},end:{line:9,column:26}}}):r))!=null?i:"")+`"
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
  docker compose `+((i=u(t,"each").call(l,u(n,"composeFiles"),{name:"each",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:22,column:17},end:{line:22,column:60}}}))!=null?i:"")+`"$@"
}

image_var() {
  case "$1" in
`+((i=u(t,"each").call(l,u(n,"services"),{name:"each",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:27,column:0},end:{line:29,column:9}}}))!=null?i:"")+`    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:34,column:0},end:{line:84,column:7}}}))!=null?i:"")+`persist_image() {
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
    `+((i=(r=u(t,"migrateVar")||a(n,"migrateVar",{start:{line:111,column:6},end:{line:111,column:16}}),typeof r===c?r.call(l,{name:"migrateVar",hash:{},data:o,loc:{start:{line:111,column:4},end:{line:111,column:18}}}):r))!=null?i:"")+'="$image" compose run --rm --no-deps '+((i=(r=u(t,"migrateService")||a(n,"migrateService",{start:{line:111,column:57},end:{line:111,column:71}}),typeof r===c?r.call(l,{name:"migrateService",hash:{},data:o,loc:{start:{line:111,column:55},end:{line:111,column:73}}}):r))!=null?i:"")+" "+((i=(r=u(t,"migrateCommand")||a(n,"migrateCommand",{start:{line:111,column:76},end:{line:111,column:90}}),typeof r===c?r.call(l,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:111,column:74},end:{line:111,column:92}}}):r))!=null?i:"")+`
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
`+((i=u(t,"if").call(l,u(n,"blueGreen"),{name:"if",hash:{},fn:e.program(9,o,0),inverse:e.noop,data:o,loc:{start:{line:123,column:0},end:{line:152,column:7}}}))!=null?i:"")+`  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac
`},useData:!0},"scripts/kube_github_oidc.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`#!/usr/bin/env bash
# kubectl exec credential plugin for `+((i=(r=l(t,"name")||e.strict(n,"name",{start:{line:2,column:39},end:{line:2,column:43}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:2,column:37},end:{line:2,column:45}}}):r))!=null?i:"")+`'s deploy jobs: hands kubectl the job's short-lived GitHub
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
`},useData:!0},"scripts/restore_db.sh.hbs":{0:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'default_dir="'+((i=(r=l(t,"localPath")||e.strict(n,"localPath",{start:{line:16,column:15},end:{line:16,column:24}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"localPath",hash:{},data:o,loc:{start:{line:16,column:13},end:{line:16,column:26}}}):r))!=null?i:"")+`"
backup_dir="\${BACKUP_DIR:-$default_dir}"
`},1:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return'default_bucket="'+((i=(r=u(t,"bucket")||l(n,"bucket",{start:{line:19,column:18},end:{line:19,column:24}}),typeof r===c?r.call(a,{name:"bucket",hash:{},data:o,loc:{start:{line:19,column:16},end:{line:19,column:26}}}):r))!=null?i:"")+'" default_prefix="'+((i=(r=u(t,"prefix")||l(n,"prefix",{start:{line:19,column:46},end:{line:19,column:52}}),typeof r===c?r.call(a,{name:"prefix",hash:{},data:o,loc:{start:{line:19,column:44},end:{line:19,column:54}}}):r))!=null?i:"")+`"
bucket="\${BACKUP_BUCKET:-$default_bucket}"
prefix="\${BACKUP_PREFIX:-$default_prefix}"
`},2:function(e,n,t,s,o){return': "${AZURE_STORAGE_ACCOUNT:?set AZURE_STORAGE_ACCOUNT to the storage account of container $bucket}"\n'},3:function(e,n,t,s,o){return': "${S3_ENDPOINT_URL:?set S3_ENDPOINT_URL to the MinIO endpoint}"\n'},4:function(e,n,t,s,o){return`list_dumps() { find "$backup_dir" -maxdepth 1 -name "$PGDATABASE-*.dump" -printf '%f\\n'; }
fetch() { cp -- "$backup_dir/$1" "$2"; }
`},5:function(e,n,t,s,o){return`list_dumps() { aws s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},6:function(e,n,t,s,o){return`list_dumps() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls "s3://$bucket/$prefix/" | awk '{print $4}' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { aws --endpoint-url "$S3_ENDPOINT_URL" s3 cp "s3://$bucket/$prefix/$1" "$2" --only-show-errors; }
`},7:function(e,n,t,s,o){return`list_dumps() { gcloud storage ls "gs://$bucket/$prefix/" | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { gcloud storage cp "gs://$bucket/$prefix/$1" "$2" --quiet; }
`},8:function(e,n,t,s,o){return`list_dumps() { az storage blob list --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --prefix "$prefix/" --query '[].name' --output tsv | sed 's#.*/##' | grep "^$PGDATABASE-.*\\.dump$" || true; }
fetch() { az storage blob download --auth-mode login --account-name "$AZURE_STORAGE_ACCOUNT" --container-name "$bucket" --name "$prefix/$1" --file "$2" --only-show-errors --output none; }
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`#!/usr/bin/env bash
# Restores a dump written by scripts/backup_db.sh from `+((i=(r=a(t,"targetTitle")||e.strict(n,"targetTitle",{start:{line:2,column:57},end:{line:2,column:68}}),typeof r=="function"?r.call(l,{name:"targetTitle",hash:{},data:o,loc:{start:{line:2,column:55},end:{line:2,column:70}}}):r))!=null?i:"")+` into RESTORE_DATABASE.
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
`+((i=a(t,"if").call(l,a(n,"local"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.program(1,o,0),data:o,loc:{start:{line:15,column:0},end:{line:22,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"azure"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:23,column:0},end:{line:25,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"minio"),{name:"if",hash:{},fn:e.program(3,o,0),inverse:e.noop,data:o,loc:{start:{line:26,column:0},end:{line:28,column:7}}}))!=null?i:"")+`
`+((i=a(t,"if").call(l,a(n,"local"),{name:"if",hash:{},fn:e.program(4,o,0),inverse:e.noop,data:o,loc:{start:{line:30,column:0},end:{line:33,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"s3"),{name:"if",hash:{},fn:e.program(5,o,0),inverse:e.noop,data:o,loc:{start:{line:34,column:0},end:{line:37,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"minio"),{name:"if",hash:{},fn:e.program(6,o,0),inverse:e.noop,data:o,loc:{start:{line:38,column:0},end:{line:41,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"gcs"),{name:"if",hash:{},fn:e.program(7,o,0),inverse:e.noop,data:o,loc:{start:{line:42,column:0},end:{line:45,column:7}}}))!=null?i:"")+((i=a(t,"if").call(l,a(n,"azure"),{name:"if",hash:{},fn:e.program(8,o,0),inverse:e.noop,data:o,loc:{start:{line:46,column:0},end:{line:49,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"scripts/wait_for_health.sh.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`#!/usr/bin/env bash
# Polls an HTTP endpoint until it answers 2xx REQUIRED_SUCCESSES times in a row, and fails once the
# deadline passes. Used by deploy.yml after every rollout and traffic shift of `+((i=(r=u(t,"name")||l(n,"name",{start:{line:3,column:81},end:{line:3,column:85}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:3,column:79},end:{line:3,column:87}}}):r))!=null?i:"")+`.
#   HEALTH_URL=https://api.example.org`+((i=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:4,column:40},end:{line:4,column:50}}),typeof r===c?r.call(a,{name:"healthPath",hash:{},data:o,loc:{start:{line:4,column:38},end:{line:4,column:52}}}):r))!=null?i:"")+` scripts/wait_for_health.sh
# Optional: DEADLINE_SECONDS (300), INTERVAL_SECONDS (5), REQUIRED_SUCCESSES (3).
set -euo pipefail

url="\${HEALTH_URL:?set HEALTH_URL to the endpoint to poll}"
deadline_seconds="\${DEADLINE_SECONDS:-300}"
interval="\${INTERVAL_SECONDS:-5}"
required="\${REQUIRED_SUCCESSES:-3}"

deadline=$((SECONDS + deadline_seconds))
streak=0
attempt=0
while ((SECONDS < deadline)); do
  attempt=$((attempt + 1))
  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "$url") || status="\${status:-000}"
  if [[ "$status" == 2* ]]; then
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
`},useData:!0},"terraform/aws-ecs/main.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return'"'+((i=(r=a(t,"image")||e.strict(n,"image",{start:{line:73,column:53},end:{line:73,column:58}}),typeof r=="function"?r.call(l,{name:"image",hash:{},data:o,loc:{start:{line:73,column:51},end:{line:73,column:60}}}):r))!=null?i:"")+'"'+((i=a(t,"unless").call(l,a(o,"last"),{name:"unless",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:73,column:61},end:{line:73,column:91}}}))!=null?i:"")},1:function(e,n,t,s,o){return", "},2:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, encrypted, never public, old versions expire.
resource "aws_s3_bucket" "backups" {
  bucket = "`+((i=(r=u(t,"bucket")||l(n,"bucket",{start:{line:95,column:14},end:{line:95,column:20}}),typeof r===c?r.call(a,{name:"bucket",hash:{},data:o,loc:{start:{line:95,column:12},end:{line:95,column:22}}}):r))!=null?i:"")+`"
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
      prefix = "`+((i=(r=u(t,"prefix")||l(n,"prefix",{start:{line:128,column:18},end:{line:128,column:24}}),typeof r===c?r.call(a,{name:"prefix",hash:{},data:o,loc:{start:{line:128,column:16},end:{line:128,column:26}}}):r))!=null?i:"")+`/"
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# backup.yml assumes this role (vars.BACKUP_ROLE_ARN) from the production environment.
resource "aws_iam_role" "backup" {
  name = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:138,column:12},end:{line:138,column:16}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:138,column:10},end:{line:138,column:18}}}):r))!=null?i:"")+`-github-backup"
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource = "\${aws_s3_bucket.backups.arn}/`+((i=(r=u(t,"prefix")||l(n,"prefix",{start:{line:161,column:131},end:{line:161,column:137}}),typeof r===c?r.call(a,{name:"prefix",hash:{},data:o,loc:{start:{line:161,column:129},end:{line:161,column:139}}}):r))!=null?i:"")+`/*" },
      { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },
    ]
  })
}

# BackupTooOld, CloudWatch edition: backup.yml reports each verified dump; none in a day breaches.
resource "aws_cloudwatch_metric_alarm" "backup_too_old" {
  alarm_name          = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:169,column:27},end:{line:169,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:169,column:25},end:{line:169,column:33}}}):r))!=null?i:"")+`-backup-too-old"
  alarm_description   = "No verified backup for a day. Runbook: docs/runbooks/restore-from-backup.md"
  namespace           = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:171,column:27},end:{line:171,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:171,column:25},end:{line:171,column:33}}}):r))!=null?i:"")+`"
  metric_name         = "BackupSucceeded"
  statistic           = "Sum"
  period              = 86400
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "aws_caller_identity" "current" {}

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
  name               = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:35,column:26},end:{line:35,column:30}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:35,column:24},end:{line:35,column:32}}}):r))!=null?i:"")+`-github-deploy"
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
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/`+((i=(r=u(t,"name")||l(n,"name",{start:{line:53,column:85},end:{line:53,column:89}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:53,column:83},end:{line:53,column:91}}}):r))!=null?i:"")+`-*"]
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
  for_each             = toset([`+((i=u(t,"each").call(a,u(n,"services"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:73,column:32},end:{line:73,column:100}}}))!=null?i:"")+`])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_sns_topic" "alarms" {
  name = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:83,column:12},end:{line:83,column:16}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:83,column:10},end:{line:83,column:18}}}):r))!=null?i:"")+`-alarms"
}

resource "aws_sns_topic_subscription" "alarms_email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}
`+((i=u(t,"if").call(a,u(n,"s3Backups"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:91,column:0},end:{line:181,column:7}}}))!=null?i:"")+`
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
`},useData:!0},"terraform/aws-ecs/module-main.tf.hbs":{0:function(e,n,t,s,o,i,r){var l,a,c=e.strict,u=n??(e.nullContext||{}),m="function",p=e.lambda,d=e.lookupProperty||function(y,f){if(Object.prototype.hasOwnProperty.call(y,f))return y[f]};return`
# ---- `+((l=(a=d(t,"key")||c(n,"key",{start:{line:138,column:9},end:{line:138,column:12}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:138,column:7},end:{line:138,column:14}}}):a))!=null?l:"")+": "+((l=(a=d(t,"image")||c(n,"image",{start:{line:138,column:18},end:{line:138,column:23}}),typeof a===m?a.call(u,{name:"image",hash:{},data:o,loc:{start:{line:138,column:16},end:{line:138,column:25}}}):a))!=null?l:"")+" on port "+((l=(a=d(t,"port")||c(n,"port",{start:{line:138,column:36},end:{line:138,column:40}}),typeof a===m?a.call(u,{name:"port",hash:{},data:o,loc:{start:{line:138,column:34},end:{line:138,column:42}}}):a))!=null?l:"")+` ----

resource "aws_lb" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:140,column:21},end:{line:140,column:24}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:140,column:19},end:{line:140,column:26}}}):a))!=null?l:"")+'" {\n  name                       = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:141,column:50},end:{line:141,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:141,column:48},end:{line:141,column:55}}}):a))!=null?l:"")+`"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl_association" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:148,column:44},end:{line:148,column:47}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:148,column:42},end:{line:148,column:49}}}):a))!=null?l:"")+`" {
  resource_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:149,column:26},end:{line:149,column:29}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:149,column:24},end:{line:149,column:31}}}):a))!=null?l:"")+`.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

resource "aws_lb_target_group" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:153,column:34},end:{line:153,column:37}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:153,column:32},end:{line:153,column:39}}}):a))!=null?l:"")+`" {
  for_each    = toset(`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(1,o,0,i,r),inverse:e.program(2,o,0,i,r),data:o,loc:{start:{line:154,column:22},end:{line:154,column:84}}}))!=null?l:"")+')\n  name        = each.key == "live" ? "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:155,column:56},end:{line:155,column:59}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:155,column:54},end:{line:155,column:61}}}):a))!=null?l:"")+'" : "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:155,column:84},end:{line:155,column:87}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:155,column:82},end:{line:155,column:89}}}):a))!=null?l:"")+'-${each.key}"\n  port        = '+((l=(a=d(t,"port")||c(n,"port",{start:{line:156,column:18},end:{line:156,column:22}}),typeof a===m?a.call(u,{name:"port",hash:{},data:o,loc:{start:{line:156,column:16},end:{line:156,column:24}}}):a))!=null?l:"")+`
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path                = "`+((l=(a=d(t,"healthPath")||c(n,"healthPath",{start:{line:162,column:29},end:{line:162,column:39}}),typeof a===m?a.call(u,{name:"healthPath",hash:{},data:o,loc:{start:{line:162,column:27},end:{line:162,column:41}}}):a))!=null?l:"")+`"
    matcher             = "200-299"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:170,column:30},end:{line:170,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:170,column:28},end:{line:170,column:35}}}):a))!=null?l:"")+`_https" {
  load_balancer_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:171,column:31},end:{line:171,column:34}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:171,column:29},end:{line:171,column:36}}}):a))!=null?l:"")+`.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "forward"
    forward {
`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(3,o,0,i,r),inverse:e.program(4,o,0,i,r),data:o,loc:{start:{line:180,column:0},end:{line:193,column:7}}}))!=null?l:"")+`    }
  }
`+((l=d(t,"if").call(u,d(r[1],"progressive"),{name:"if",hash:{},fn:e.program(5,o,0,i,r),inverse:e.noop,data:o,loc:{start:{line:196,column:0},end:{line:202,column:7}}}))!=null?l:"")+`}

resource "aws_lb_listener" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:205,column:30},end:{line:205,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:205,column:28},end:{line:205,column:35}}}):a))!=null?l:"")+`_http" {
  load_balancer_arn = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:206,column:31},end:{line:206,column:34}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:206,column:29},end:{line:206,column:36}}}):a))!=null?l:"")+`.arn
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

resource "aws_ecs_task_definition" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:220,column:38},end:{line:220,column:41}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:220,column:36},end:{line:220,column:43}}}):a))!=null?l:"")+'" {\n  family                   = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:221,column:48},end:{line:221,column:51}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:221,column:46},end:{line:221,column:53}}}):a))!=null?l:"")+`"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name                   = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:228,column:32},end:{line:228,column:35}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:228,column:30},end:{line:228,column:37}}}):a))!=null?l:"")+'"\n    image                  = "${var.repository_urls["'+((l=(a=d(t,"image")||c(n,"image",{start:{line:229,column:55},end:{line:229,column:60}}),typeof a===m?a.call(u,{name:"image",hash:{},data:o,loc:{start:{line:229,column:53},end:{line:229,column:62}}}):a))!=null?l:"")+`"]}:bootstrap"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = `+((l=(a=d(t,"port")||c(n,"port",{start:{line:232,column:50},end:{line:232,column:54}}),typeof a===m?a.call(u,{name:"port",hash:{},data:o,loc:{start:{line:232,column:48},end:{line:232,column:56}}}):a))!=null?l:"")+`, protocol = "tcp" }]
`+((l=d(t,"if").call(u,d(n,"migrate"),{name:"if",hash:{},fn:e.program(6,o,0,i,r),inverse:e.noop,data:o,loc:{start:{line:233,column:0},end:{line:240,column:7}}}))!=null?l:"")+`    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:246,column:35},end:{line:246,column:38}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:246,column:33},end:{line:246,column:40}}}):a))!=null?l:"")+`"
      }
    }
  }])

  # deploy.yml registers new revisions; Terraform only creates the first.
  lifecycle {
    ignore_changes = [container_definitions]
  }
}

resource "aws_ecs_service" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:257,column:30},end:{line:257,column:33}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:257,column:28},end:{line:257,column:35}}}):a))!=null?l:"")+`" {
  for_each        = aws_lb_target_group.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:258,column:42},end:{line:258,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:258,column:40},end:{line:258,column:47}}}):a))!=null?l:"")+'\n  name            = each.key == "live" ? "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:259,column:60},end:{line:259,column:63}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:259,column:58},end:{line:259,column:65}}}):a))!=null?l:"")+'" : "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:259,column:88},end:{line:259,column:91}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:259,column:86},end:{line:259,column:93}}}):a))!=null?l:"")+`-\${each.key}"
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:261,column:46},end:{line:261,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:261,column:44},end:{line:261,column:51}}}):a))!=null?l:"")+`.arn
  desired_count   = `+((l=p(c(r[1],"minReplicas",{start:{line:262,column:22},end:{line:262,column:36}}),n))!=null?l:"")+`
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = var.private_subnet_ids
    security_groups = [aws_security_group.tasks.id]
  }

  load_balancer {
    target_group_arn = each.value.arn
    container_name   = "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:272,column:26},end:{line:272,column:29}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:272,column:24},end:{line:272,column:31}}}):a))!=null?l:"")+`"
    container_port   = `+((l=(a=d(t,"port")||c(n,"port",{start:{line:273,column:25},end:{line:273,column:29}}),typeof a===m?a.call(u,{name:"port",hash:{},data:o,loc:{start:{line:273,column:23},end:{line:273,column:31}}}):a))!=null?l:"")+`
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

resource "aws_appautoscaling_target" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:287,column:40},end:{line:287,column:43}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:287,column:38},end:{line:287,column:45}}}):a))!=null?l:"")+`" {
  for_each           = aws_ecs_service.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:288,column:41},end:{line:288,column:44}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:288,column:39},end:{line:288,column:46}}}):a))!=null?l:"")+`
  service_namespace  = "ecs"
  resource_id        = "service/\${aws_ecs_cluster.this.name}/\${each.value.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = `+((l=p(c(r[1],"minReplicas",{start:{line:292,column:25},end:{line:292,column:39}}),n))!=null?l:"")+`
  max_capacity       = `+((l=p(c(r[1],"maxReplicas",{start:{line:293,column:25},end:{line:293,column:39}}),n))!=null?l:"")+`
}

resource "aws_appautoscaling_policy" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:296,column:40},end:{line:296,column:43}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:296,column:38},end:{line:296,column:45}}}):a))!=null?l:"")+`_cpu" {
  for_each           = aws_appautoscaling_target.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:297,column:51},end:{line:297,column:54}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:297,column:49},end:{line:297,column:56}}}):a))!=null?l:"")+'\n  name               = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:298,column:42},end:{line:298,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:298,column:40},end:{line:298,column:47}}}):a))!=null?l:"")+`-\${each.key}-cpu70"
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
resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:313,column:42},end:{line:313,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:313,column:40},end:{line:313,column:47}}}):a))!=null?l:"")+'_5xx_ratio" {\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:314,column:43},end:{line:314,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:314,column:41},end:{line:314,column:48}}}):a))!=null?l:"")+`-5xx-ratio"
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
      dimensions  = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:334,column:46},end:{line:334,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:334,column:44},end:{line:334,column:51}}}):a))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:345,column:46},end:{line:345,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:345,column:44},end:{line:345,column:51}}}):a))!=null?l:"")+`.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:352,column:42},end:{line:352,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:352,column:40},end:{line:352,column:47}}}):a))!=null?l:"")+'_p95_latency" {\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:353,column:43},end:{line:353,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:353,column:41},end:{line:353,column:48}}}):a))!=null?l:"")+`-p95-latency"
  alarm_description   = "p95 latency above 500 ms for 10 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:357,column:50},end:{line:357,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:357,column:48},end:{line:357,column:55}}}):a))!=null?l:"")+`.arn_suffix }
  extended_statistic  = "p95"
  period              = 300
  evaluation_periods  = 2
  threshold           = 0.5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:367,column:42},end:{line:367,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:367,column:40},end:{line:367,column:47}}}):a))!=null?l:"")+`_target_down" {
  for_each            = aws_lb_target_group.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:368,column:46},end:{line:368,column:49}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:368,column:44},end:{line:368,column:51}}}):a))!=null?l:"")+'\n  alarm_name          = "${local.prefix}-'+((l=(a=d(t,"key")||c(n,"key",{start:{line:369,column:43},end:{line:369,column:46}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:369,column:41},end:{line:369,column:48}}}):a))!=null?l:"")+`-\${each.key}-unhealthy-targets"
  alarm_description   = "Unhealthy targets for 2 minutes. Runbook: docs/runbooks/high-5xx-rate.md"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:373,column:50},end:{line:373,column:53}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:373,column:48},end:{line:373,column:55}}}):a))!=null?l:"")+`.arn_suffix, TargetGroup = each.value.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "`+((l=(a=d(t,"key")||c(n,"key",{start:{line:382,column:42},end:{line:382,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:382,column:40},end:{line:382,column:47}}}):a))!=null?l:"")+`_cpu" {
  for_each            = aws_ecs_service.`+((l=(a=d(t,"key")||c(n,"key",{start:{line:383,column:42},end:{line:383,column:45}}),typeof a===m?a.call(u,{name:"key",hash:{},data:o,loc:{start:{line:383,column:40},end:{line:383,column:47}}}):a))!=null?l:"")+`
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
`},1:function(e,n,t,s,o){return'["blue", "green"]'},2:function(e,n,t,s,o){return'["live"]'},3:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`      target_group {
        arn    = aws_lb_target_group.`+((i=(r=u(t,"key")||l(n,"key",{start:{line:182,column:39},end:{line:182,column:42}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:182,column:37},end:{line:182,column:44}}}):r))!=null?i:"")+`["blue"].arn
        weight = 100
      }
      target_group {
        arn    = aws_lb_target_group.`+((i=(r=u(t,"key")||l(n,"key",{start:{line:186,column:39},end:{line:186,column:42}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:186,column:37},end:{line:186,column:44}}}):r))!=null?i:"")+`["green"].arn
        weight = 0
      }
`},4:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`      target_group {
        arn = aws_lb_target_group.`+((i=(r=l(t,"key")||e.strict(n,"key",{start:{line:191,column:36},end:{line:191,column:39}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"key",hash:{},data:o,loc:{start:{line:191,column:34},end:{line:191,column:41}}}):r))!=null?i:"")+`["live"].arn
      }
`},5:function(e,n,t,s,o){return`
  # deploy.yml moves the weights between blue and green.
  lifecycle {
    ignore_changes = [default_action]
  }
`},6:function(e,n,t,s,o){return`    environment = [
      { name = "PGHOST", value = aws_db_instance.this.address },
      { name = "PGDATABASE", value = aws_db_instance.this.db_name },
      { name = "PGUSER", value = aws_db_instance.this.username },
    ]
    secrets = [{ name = "PGPASSWORD", valueFrom = "\${aws_db_instance.this.master_user_secret[0].secret_arn}:password::" }]
`},7:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
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
  engine_version              = "`+((i=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:423,column:35},end:{line:423,column:48}}),typeof r===c?r.call(a,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:423,column:33},end:{line:423,column:50}}}):r))!=null?i:"")+`"
  instance_class              = var.environment == "production" ? "db.t4g.medium" : "db.t4g.micro"
  allocated_storage           = 20
  max_allocated_storage       = 200
  storage_encrypted           = true
  db_name                     = "`+((i=(r=u(t,"dbName")||l(n,"dbName",{start:{line:428,column:35},end:{line:428,column:41}}),typeof r===c?r.call(a,{name:"dbName",hash:{},data:o,loc:{start:{line:428,column:33},end:{line:428,column:43}}}):r))!=null?i:"")+`"
  username                    = "`+((i=(r=u(t,"dbName")||l(n,"dbName",{start:{line:429,column:35},end:{line:429,column:41}}),typeof r===c?r.call(a,{name:"dbName",hash:{},data:o,loc:{start:{line:429,column:33},end:{line:429,column:43}}}):r))!=null?i:"")+`"
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
`},8:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(r=u(t,"key")||l(n,"key",{start:{line:479,column:32},end:{line:479,column:35}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:479,column:30},end:{line:479,column:37}}}):r))!=null?i:"")+' = "https://${aws_lb.'+((i=(r=u(t,"key")||l(n,"key",{start:{line:479,column:60},end:{line:479,column:63}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:479,column:58},end:{line:479,column:65}}}):r))!=null?i:"")+'.dns_name}"'+((i=u(t,"unless").call(a,u(o,"last"),{name:"unless",hash:{},fn:e.program(9,o,0),inverse:e.noop,data:o,loc:{start:{line:479,column:76},end:{line:479,column:106}}}))!=null?i:"")},9:function(e,n,t,s,o){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o,i,r){var l,a=n??(e.nullContext||{}),c=e.lookupProperty||function(u,m){if(Object.prototype.hasOwnProperty.call(u,m))return u[m]};return`resource "aws_ecs_cluster" "this" {
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
`+((l=c(t,"each").call(a,c(n,"services"),{name:"each",hash:{},fn:e.program(0,o,0,i,r),inverse:e.noop,data:o,loc:{start:{line:136,column:0},end:{line:396,column:9}}}))!=null?l:"")+`
data "aws_region" "current" {}
`+((l=c(t,"if").call(a,c(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(7,o,0,i,r),inverse:e.noop,data:o,loc:{start:{line:399,column:0},end:{line:476,column:7}}}))!=null?l:"")+`
output "urls" {
  value = { `+((l=c(t,"each").call(a,c(n,"services"),{name:"each",hash:{},fn:e.program(8,o,0,i,r),inverse:e.noop,data:o,loc:{start:{line:479,column:12},end:{line:479,column:115}}}))!=null?l:"")+` }
}
`},useData:!0,useDepths:!0},"terraform/aws-ecs/module-variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`variable "environment" {
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
  prefix = "`+((i=(r=l(t,"name")||e.strict(n,"name",{start:{line:31,column:14},end:{line:31,column:18}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:31,column:12},end:{line:31,column:20}}}):r))!=null?i:"")+`-\${var.environment}"
}
`},useData:!0},"terraform/aws-ecs/outputs.tf.hbs":{0:function(e,n,t,s,o){return`
output "BACKUP_ROLE_ARN" {
  value = aws_iam_role.backup.arn
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r=e.lookupProperty||function(l,a){if(Object.prototype.hasOwnProperty.call(l,a))return l[a]};return`# Set these as GitHub variables (repository level for the build job, or per environment).
output "AWS_DEPLOY_ROLE_ARN" {
  value = aws_iam_role.deploy.arn
}
`+((i=r(t,"if").call(n??(e.nullContext||{}),r(n,"s3Backups"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:5,column:0},end:{line:10,column:7}}}))!=null?i:"")+`
output "staging_urls" {
  value = module.staging.urls
}

output "production_urls" {
  value = module.production.urls
}
`},useData:!0},"terraform/aws-ecs/variables.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`variable "region" {
  type    = string
  default = "`+((i=(r=l(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"region",hash:{},data:o,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?i:"")+`"
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
`},useData:!0},"terraform/aws-ecs/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket       = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:18,column:22},end:{line:18,column:26}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:18,column:20},end:{line:18,column:28}}}):r))!=null?i:"")+`-tfstate"
    key          = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:19,column:22},end:{line:19,column:26}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:19,column:20},end:{line:19,column:28}}}):r))!=null?i:"")+`/terraform.tfstate"
    region       = "`+((i=(r=u(t,"region")||l(n,"region",{start:{line:20,column:22},end:{line:20,column:28}}),typeof r===c?r.call(a,{name:"region",hash:{},data:o,loc:{start:{line:20,column:20},end:{line:20,column:30}}}):r))!=null?i:"")+`"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      project    = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:31,column:22},end:{line:31,column:26}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:31,column:20},end:{line:31,column:28}}}):r))!=null?i:"")+`"
      managed-by = "terraform"
    }
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/azure-container-apps/environment.tf.hbs":{0:function(e,n,t,s,o){return"Multiple"},1:function(e,n,t,s,o){return"Single"},2:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Automated backups give point-in-time restore within the retention; deploy.yml adds an on-demand
# backup before every migration. The admin password lives in Entra ID auth, not in state.
resource "azurerm_postgresql_flexible_server" "db" {
  for_each                     = local.environments
  name                         = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:142,column:36},end:{line:142,column:40}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:142,column:34},end:{line:142,column:42}}}):r))!=null?i:"")+`-\${each.key}-pg"
  resource_group_name          = azurerm_resource_group.env[each.key].name
  location                     = var.location
  version                      = "`+((i=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:145,column:36},end:{line:145,column:49}}),typeof r===c?r.call(a,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:145,column:34},end:{line:145,column:51}}}):r))!=null?i:"")+`"
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
  name                         = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:165,column:36},end:{line:165,column:40}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:165,column:34},end:{line:165,column:42}}}):r))!=null?i:"")+`-\${each.key}-migrate"
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
      command = `+((i=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:181,column:19},end:{line:181,column:33}}),typeof r===c?r.call(a,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:181,column:16},end:{line:181,column:36}}}):r))!=null?i:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`resource "azurerm_resource_group" "env" {
  for_each = local.environments
  name     = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:3,column:16},end:{line:3,column:20}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:3,column:14},end:{line:3,column:22}}}):r))!=null?i:"")+`-\${each.key}"
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
  name                = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:16,column:27},end:{line:16,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:16,column:25},end:{line:16,column:33}}}):r))!=null?i:"")+`-\${each.key}-logs"
  resource_group_name = azurerm_resource_group.env[each.key].name
  location            = var.location
  retention_in_days   = 30
}

resource "azurerm_container_app_environment" "env" {
  for_each                   = local.environments
  name                       = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:24,column:34},end:{line:24,column:38}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:24,column:32},end:{line:24,column:40}}}):r))!=null?i:"")+`-\${each.key}"
  resource_group_name        = azurerm_resource_group.env[each.key].name
  location                   = var.location
  log_analytics_workspace_id = azurerm_log_analytics_workspace.env[each.key].id
}

resource "azurerm_container_app" "app" {
  for_each                     = local.apps
  name                         = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:32,column:36},end:{line:32,column:40}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:32,column:34},end:{line:32,column:42}}}):r))!=null?i:"")+`-\${each.value.environment}-\${each.value.key}"
  resource_group_name          = azurerm_resource_group.env[each.value.environment].name
  container_app_environment_id = azurerm_container_app_environment.env[each.value.environment].id
  # Multiple revisions let deploy.yml split traffic for canary and blue-green.
  revision_mode = "`+((i=u(t,"if").call(a,u(n,"progressive"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.program(1,o,0),data:o,loc:{start:{line:36,column:19},end:{line:36,column:67}}}))!=null?i:"")+`"

  template {
    min_replicas = each.value.environment == "production" ? `+((i=(r=u(t,"minReplicas")||l(n,"minReplicas",{start:{line:39,column:62},end:{line:39,column:73}}),typeof r===c?r.call(a,{name:"minReplicas",hash:{},data:o,loc:{start:{line:39,column:60},end:{line:39,column:75}}}):r))!=null?i:"")+` : 1
    max_replicas = `+((i=(r=u(t,"maxReplicas")||l(n,"maxReplicas",{start:{line:40,column:21},end:{line:40,column:32}}),typeof r===c?r.call(a,{name:"maxReplicas",hash:{},data:o,loc:{start:{line:40,column:19},end:{line:40,column:34}}}):r))!=null?i:"")+`

    container {
      name   = each.value.key
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.5
      memory = "1Gi"

      readiness_probe {
        transport = "HTTP"
        port      = local.services[each.value.key].port
        path      = local.services[each.value.key].health
      }

      liveness_probe {
        transport = "HTTP"
        port      = local.services[each.value.key].port
        path      = local.services[each.value.key].health
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
`+((i=u(t,"if").call(a,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(2,o,0),inverse:e.noop,data:o,loc:{start:{line:136,column:0},end:{line:211,column:7}}}))!=null?i:"")},useData:!0},"terraform/azure-container-apps/main.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; blob versioning and soft delete, no public access.
resource "azurerm_storage_account" "backups" {
  name                            = "`+((i=(r=u(t,"compactName")||l(n,"compactName",{start:{line:53,column:39},end:{line:53,column:50}}),typeof r===c?r.call(a,{name:"compactName",hash:{},data:o,loc:{start:{line:53,column:37},end:{line:53,column:52}}}):r))!=null?i:"")+`backups"
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
  name                  = "`+((i=(r=u(t,"bucket")||l(n,"bucket",{start:{line:71,column:29},end:{line:71,column:35}}),typeof r===c?r.call(a,{name:"bucket",hash:{},data:o,loc:{start:{line:71,column:27},end:{line:71,column:37}}}):r))!=null?i:"")+`"
  storage_account_id    = azurerm_storage_account.backups.id
  container_access_type = "private"
}

resource "azurerm_role_assignment" "backup_writer" {
  scope                = azurerm_storage_container.backups.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "shared" {
  name     = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:4,column:16},end:{line:4,column:20}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:4,column:14},end:{line:4,column:22}}}):r))!=null?i:"")+`-shared"
  location = var.location
}

resource "azurerm_container_registry" "acr" {
  name                = "`+((i=(r=u(t,"compactName")||l(n,"compactName",{start:{line:9,column:27},end:{line:9,column:38}}),typeof r===c?r.call(a,{name:"compactName",hash:{},data:o,loc:{start:{line:9,column:25},end:{line:9,column:40}}}):r))!=null?i:"")+`acr"
  resource_group_name = azurerm_resource_group.shared.name
  location            = var.location
  sku                 = "Standard"
  admin_enabled       = false
}

# The deploy identity: GitHub's OIDC tokens through federated credentials, no client secret.
resource "azurerm_user_assigned_identity" "deploy" {
  name                = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:18,column:27},end:{line:18,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:18,column:25},end:{line:18,column:33}}}):r))!=null?i:"")+`-github-deploy"
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
  name                = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:40,column:27},end:{line:40,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:40,column:25},end:{line:40,column:33}}}):r))!=null?i:"")+`-oncall"
  resource_group_name = azurerm_resource_group.shared.name
  short_name          = "oncall"

  email_receiver {
    name          = "oncall"
    email_address = var.alert_email
  }
}
`+((i=u(t,"if").call(a,u(n,"azureBackups"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:49,column:0},end:{line:81,column:7}}}))!=null?i:"")},useData:!0},"terraform/azure-container-apps/variables.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(r=u(t,"key")||l(n,"key",{start:{line:24,column:39},end:{line:24,column:42}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:24,column:37},end:{line:24,column:44}}}):r))!=null?i:"")+" = { port = "+((i=(r=u(t,"port")||l(n,"port",{start:{line:24,column:58},end:{line:24,column:62}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:24,column:56},end:{line:24,column:64}}}):r))!=null?i:"")+', health = "'+((i=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:24,column:78},end:{line:24,column:88}}),typeof r===c?r.call(a,{name:"healthPath",hash:{},data:o,loc:{start:{line:24,column:76},end:{line:24,column:90}}}):r))!=null?i:"")+'", image = "'+((i=(r=u(t,"image")||l(n,"image",{start:{line:24,column:104},end:{line:24,column:109}}),typeof r===c?r.call(a,{name:"image",hash:{},data:o,loc:{start:{line:24,column:102},end:{line:24,column:111}}}):r))!=null?i:"")+'" }'+((i=u(t,"unless").call(a,u(o,"last"),{name:"unless",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:24,column:114},end:{line:24,column:144}}}))!=null?i:"")},1:function(e,n,t,s,o){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "location" {
  type    = string
  default = "`+((i=(r=a(t,"region")||e.strict(n,"region",{start:{line:3,column:15},end:{line:3,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:o,loc:{start:{line:3,column:13},end:{line:3,column:23}}}):r))!=null?i:"")+`"
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
  services     = { `+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:24,column:19},end:{line:24,column:153}}}))!=null?i:"")+` }
  apps         = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
  # GitHub OIDC subjects the deploy identity trusts: the build job on main and the two environments.
  subjects = {
    main       = "repo:\${var.github_owner}/\${var.github_repository_name}:ref:refs/heads/main"
    staging    = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:staging"
    production = "repo:\${var.github_owner}/\${var.github_repository_name}:environment:production"
  }
}
`},useData:!0},"terraform/azure-container-apps/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    resource_group_name  = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:18,column:30},end:{line:18,column:34}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:18,column:28},end:{line:18,column:36}}}):r))!=null?i:"")+`-tfstate"
    storage_account_name = "`+((i=(r=u(t,"compactName")||l(n,"compactName",{start:{line:19,column:30},end:{line:19,column:41}}),typeof r===c?r.call(a,{name:"compactName",hash:{},data:o,loc:{start:{line:19,column:28},end:{line:19,column:43}}}):r))!=null?i:"")+`tfstate"
    container_name       = "tfstate"
    key                  = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:21,column:30},end:{line:21,column:34}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:21,column:28},end:{line:21,column:36}}}):r))!=null?i:"")+`.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/common/github.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){return`# GitHub environments the deploy workflow uses. Production waits for a required reviewer, and only
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
`},useData:!0},"terraform/compose/main.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return'  default     = "'+((i=(r=l(t,"domain")||e.strict(n,"domain",{start:{line:25,column:19},end:{line:25,column:25}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"domain",hash:{},data:o,loc:{start:{line:25,column:17},end:{line:25,column:27}}}):r))!=null?i:"")+`"
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "github_owner" {
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
`+((i=a(t,"if").call(l,a(n,"domain"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:24,column:0},end:{line:26,column:7}}}))!=null?i:"")+`}

resource "random_password" "tunnel_secret" {
  length  = 48
  special = false
}

# The only way in to the server: compose.tunnel.yml runs cloudflared with this tunnel's token.
resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.cloudflare_account_id
  name       = "`+((i=(r=a(t,"name")||e.strict(n,"name",{start:{line:37,column:18},end:{line:37,column:22}}),typeof r=="function"?r.call(l,{name:"name",hash:{},data:o,loc:{start:{line:37,column:16},end:{line:37,column:24}}}):r))!=null?i:"")+`"
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
`},useData:!0},"terraform/compose/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`terraform {
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
      name = "`+((i=(r=l(t,"name")||e.strict(n,"name",{start:{line:23,column:16},end:{line:23,column:20}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:23,column:14},end:{line:23,column:22}}}):r))!=null?i:"")+`"
    }
  }
}

provider "cloudflare" {}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/gcp-cloud-run/environment.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Automated daily backups with point-in-time recovery; deploy.yml adds an on-demand backup before
# every migration.
resource "google_sql_database_instance" "db" {
  for_each            = local.environments
  name                = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:6,column:27},end:{line:6,column:31}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:6,column:25},end:{line:6,column:33}}}):r))!=null?i:"")+'-${each.key}"\n  database_version    = "POSTGRES_'+((i=(r=u(t,"postgresMajor")||l(n,"postgresMajor",{start:{line:7,column:36},end:{line:7,column:49}}),typeof r===c?r.call(a,{name:"postgresMajor",hash:{},data:o,loc:{start:{line:7,column:34},end:{line:7,column:51}}}):r))!=null?i:"")+`"
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
  name     = "`+((i=(r=u(t,"dbName")||l(n,"dbName",{start:{line:34,column:16},end:{line:34,column:22}}),typeof r===c?r.call(a,{name:"dbName",hash:{},data:o,loc:{start:{line:34,column:14},end:{line:34,column:24}}}):r))!=null?i:"")+`"
  instance = google_sql_database_instance.db[each.key].name
}

# Migrations, run by deploy.yml with the new image before traffic moves.
resource "google_cloud_run_v2_job" "migrate" {
  for_each = local.environments
  name     = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:41,column:16},end:{line:41,column:20}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:41,column:14},end:{line:41,column:22}}}):r))!=null?i:"")+`-\${each.key}-migrate"
  location = var.region

  template {
    template {
      service_account = google_service_account.runtime.email
      max_retries     = 0
      containers {
        image   = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((i=(r=u(t,"name")||l(n,"name",{start:{line:49,column:68},end:{line:49,column:72}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:49,column:66},end:{line:49,column:74}}}):r))!=null?i:"")+"/"+((i=(r=u(t,"name")||l(n,"name",{start:{line:49,column:77},end:{line:49,column:81}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:49,column:75},end:{line:49,column:83}}}):r))!=null?i:"")+`-backend:bootstrap"
        command = `+((i=(r=u(t,"migrateCommand")||l(n,"migrateCommand",{start:{line:50,column:21},end:{line:50,column:35}}),typeof r===c?r.call(a,{name:"migrateCommand",hash:{},data:o,loc:{start:{line:50,column:18},end:{line:50,column:38}}}):r))!=null?i:"")+`
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.strict,c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=u(t,"if").call(l,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:1,column:0},end:{line:65,column:7}}}))!=null?i:"")+`
resource "google_cloud_run_v2_service" "svc" {
  for_each = local.run_services
  name     = "`+((i=(r=u(t,"name")||a(n,"name",{start:{line:69,column:16},end:{line:69,column:20}}),typeof r===c?r.call(l,{name:"name",hash:{},data:o,loc:{start:{line:69,column:14},end:{line:69,column:22}}}):r))!=null?i:"")+`-\${each.value.environment}-\${each.value.key}"
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account = google_service_account.runtime.email
    scaling {
      min_instance_count = each.value.environment == "production" ? `+((i=(r=u(t,"minReplicas")||a(n,"minReplicas",{start:{line:76,column:70},end:{line:76,column:81}}),typeof r===c?r.call(l,{name:"minReplicas",hash:{},data:o,loc:{start:{line:76,column:68},end:{line:76,column:83}}}):r))!=null?i:"")+` : 0
      max_instance_count = `+((i=(r=u(t,"maxReplicas")||a(n,"maxReplicas",{start:{line:77,column:29},end:{line:77,column:40}}),typeof r===c?r.call(l,{name:"maxReplicas",hash:{},data:o,loc:{start:{line:77,column:27},end:{line:77,column:42}}}):r))!=null?i:"")+`
    }
    containers {
      image = "\${var.region}-docker.pkg.dev/\${var.project_id}/`+((i=(r=u(t,"name")||a(n,"name",{start:{line:80,column:64},end:{line:80,column:68}}),typeof r===c?r.call(l,{name:"name",hash:{},data:o,loc:{start:{line:80,column:62},end:{line:80,column:70}}}):r))!=null?i:"")+"/"+((i=(r=u(t,"name")||a(n,"name",{start:{line:80,column:73},end:{line:80,column:77}}),typeof r===c?r.call(l,{name:"name",hash:{},data:o,loc:{start:{line:80,column:71},end:{line:80,column:79}}}):r))!=null?i:"")+`-\${each.value.key == "api" ? "backend" : "frontend"}:bootstrap"
      ports {
        container_port = local.services[each.value.key].port
      }
      startup_probe {
        http_get {
          path = local.services[each.value.key].health
        }
      }
      liveness_probe {
        http_get {
          path = local.services[each.value.key].health
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
`},useData:!0},"terraform/gcp-cloud-run/main.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`
# Dumps written by scripts/backup_db.sh; versioned, uniform access, no public access.
resource "google_storage_bucket" "backups" {
  name                        = "`+((i=(r=u(t,"bucket")||l(n,"bucket",{start:{line:99,column:35},end:{line:99,column:41}}),typeof r===c?r.call(a,{name:"bucket",hash:{},data:o,loc:{start:{line:99,column:33},end:{line:99,column:43}}}):r))!=null?i:"")+`"
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
  account_id   = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:119,column:20},end:{line:119,column:24}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:119,column:18},end:{line:119,column:26}}}):r))!=null?i:"")+`-backup"
  display_name = "backup.yml of `+((i=(r=u(t,"name")||l(n,"name",{start:{line:120,column:34},end:{line:120,column:38}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:120,column:32},end:{line:120,column:40}}}):r))!=null?i:"")+`"
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
`},1:function(e,n,t,s,o){var i,r,l=e.lookupProperty||function(a,c){if(Object.prototype.hasOwnProperty.call(a,c))return a[c]};return`
resource "google_monitoring_alert_policy" "db_disk" {
  display_name          = "`+((i=(r=l(t,"name")||e.strict(n,"name",{start:{line:211,column:29},end:{line:211,column:33}}),typeof r=="function"?r.call(n??(e.nullContext||{}),{name:"name",hash:{},data:o,loc:{start:{line:211,column:27},end:{line:211,column:35}}}):r))!=null?i:"")+`: database disk above 80%"
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
`},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`# Workload Identity Federation: GitHub's OIDC tokens from this repository only, no key files.
resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:3,column:33},end:{line:3,column:37}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:3,column:31},end:{line:3,column:39}}}):r))!=null?i:"")+`-github"
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
  account_id   = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:21,column:20},end:{line:21,column:24}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:21,column:18},end:{line:21,column:26}}}):r))!=null?i:"")+`-deploy"
  display_name = "GitHub deploy of `+((i=(r=u(t,"name")||l(n,"name",{start:{line:22,column:37},end:{line:22,column:41}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:22,column:35},end:{line:22,column:43}}}):r))!=null?i:"")+`"
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
  account_id   = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:39,column:20},end:{line:39,column:24}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:39,column:18},end:{line:39,column:26}}}):r))!=null?i:"")+`-runtime"
  display_name = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:40,column:20},end:{line:40,column:24}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:40,column:18},end:{line:40,column:26}}}):r))!=null?i:"")+` services at run time"
}

resource "google_project_iam_member" "runtime_sql" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:\${google_service_account.runtime.email}"
}

resource "google_artifact_registry_repository" "images" {
  repository_id = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:50,column:21},end:{line:50,column:25}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:50,column:19},end:{line:50,column:27}}}):r))!=null?i:"")+`"
  location      = var.region
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

# Edge blocking for the DDoS runbook. Attach it to the external HTTPS load balancer (serverless
# NEG) in front of Cloud Run; that load balancer is not part of this skeleton.
resource "google_compute_security_policy" "edge" {
  name = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:62,column:12},end:{line:62,column:16}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:62,column:10},end:{line:62,column:18}}}):r))!=null?i:"")+`-production-edge"

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
`+((i=u(t,"if").call(a,u(n,"gcsBackups"),{name:"if",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:95,column:0},end:{line:134,column:7}}}))!=null?i:"")+`
resource "google_monitoring_notification_channel" "email" {
  display_name = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:137,column:20},end:{line:137,column:24}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:137,column:18},end:{line:137,column:26}}}):r))!=null?i:"")+` on-call"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }
}

# Cloud Monitoring equivalents of monitoring/alerts.yml.
resource "google_monitoring_alert_policy" "error_ratio" {
  display_name          = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:146,column:29},end:{line:146,column:33}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:146,column:27},end:{line:146,column:35}}}):r))!=null?i:"")+`: more than 5% 5xx"
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
  display_name          = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:162,column:29},end:{line:162,column:33}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:162,column:27},end:{line:162,column:35}}}):r))!=null?i:"")+`: p95 latency above 500 ms"
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
  display_name          = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:186,column:29},end:{line:186,column:33}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:186,column:27},end:{line:186,column:35}}}):r))!=null?i:"")+`: CPU above 90%"
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
`+((i=u(t,"if").call(a,u(n,"hasDatabase"),{name:"if",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:208,column:0},end:{line:231,column:7}}}))!=null?i:"")},useData:!0},"terraform/gcp-cloud-run/variables.tf.hbs":{0:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return((i=(r=u(t,"key")||l(n,"key",{start:{line:29,column:39},end:{line:29,column:42}}),typeof r===c?r.call(a,{name:"key",hash:{},data:o,loc:{start:{line:29,column:37},end:{line:29,column:44}}}):r))!=null?i:"")+" = { port = "+((i=(r=u(t,"port")||l(n,"port",{start:{line:29,column:58},end:{line:29,column:62}}),typeof r===c?r.call(a,{name:"port",hash:{},data:o,loc:{start:{line:29,column:56},end:{line:29,column:64}}}):r))!=null?i:"")+', health = "'+((i=(r=u(t,"healthPath")||l(n,"healthPath",{start:{line:29,column:78},end:{line:29,column:88}}),typeof r===c?r.call(a,{name:"healthPath",hash:{},data:o,loc:{start:{line:29,column:76},end:{line:29,column:90}}}):r))!=null?i:"")+'" }'+((i=u(t,"unless").call(a,u(o,"last"),{name:"unless",hash:{},fn:e.program(1,o,0),inverse:e.noop,data:o,loc:{start:{line:29,column:93},end:{line:29,column:123}}}))!=null?i:"")},1:function(e,n,t,s,o){return", "},compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=n??(e.nullContext||{}),a=e.lookupProperty||function(c,u){if(Object.prototype.hasOwnProperty.call(c,u))return c[u]};return`variable "project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "`+((i=(r=a(t,"region")||e.strict(n,"region",{start:{line:7,column:15},end:{line:7,column:21}}),typeof r=="function"?r.call(l,{name:"region",hash:{},data:o,loc:{start:{line:7,column:13},end:{line:7,column:23}}}):r))!=null?i:"")+`"
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
  services     = { `+((i=a(t,"each").call(l,a(n,"services"),{name:"each",hash:{},fn:e.program(0,o,0),inverse:e.noop,data:o,loc:{start:{line:29,column:19},end:{line:29,column:132}}}))!=null?i:"")+` }
  # One Cloud Run service per environment and service, named as deploy.yml names them.
  run_services = { for pair in setproduct(local.environments, keys(local.services)) : "\${pair[0]}-\${pair[1]}" => { environment = pair[0], key = pair[1] } }
}
`},useData:!0},"terraform/gcp-cloud-run/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    bucket = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:18,column:16},end:{line:18,column:20}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:18,column:14},end:{line:18,column:22}}}):r))!=null?i:"")+`-tfstate"
    prefix = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:19,column:16},end:{line:19,column:20}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:19,column:14},end:{line:19,column:22}}}):r))!=null?i:"")+`"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0},"terraform/kubernetes/main.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){return`variable "github_owner" {
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
`},useData:!0},"terraform/kubernetes/versions.tf.hbs":{compiler:[8,">= 4.3.0"],main:function(e,n,t,s,o){var i,r,l=e.strict,a=n??(e.nullContext||{}),c="function",u=e.lookupProperty||function(m,p){if(Object.prototype.hasOwnProperty.call(m,p))return m[p]};return`terraform {
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
    secret_suffix = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:14,column:23},end:{line:14,column:27}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:14,column:21},end:{line:14,column:29}}}):r))!=null?i:"")+`"
    namespace     = "`+((i=(r=u(t,"name")||l(n,"name",{start:{line:15,column:23},end:{line:15,column:27}}),typeof r===c?r.call(a,{name:"name",hash:{},data:o,loc:{start:{line:15,column:21},end:{line:15,column:29}}}):r))!=null?i:"")+`-prod"
    config_path   = "~/.kube/config"
  }
}

provider "github" {
  owner = var.github_owner
}
`},useData:!0}};function Xa(e){let n=jf[e];if(!n)throw new Error(`No template ${e} in this build`);return Qa.template(n)}var Za=new Map;function A(e,n){let t=Za.get(e);return t||(t=Xa(e),Za.set(e,t)),t(n)}var Po={$comment:"Every container image the baseline pins, by tag and multi-arch index digest. Refresh: docs/base-images.md. Never invent a digest.",images:{"python:3.9-slim":{image:"python",tag:"3.9-slim",digest:"sha256:50c261237b02d3597d9ad74e72f6d67daadb1494856902b28db0d888091f0592",source:"docker-library/repo-info repos/python/remote/3.9-slim.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Python 3.9.16, January 2023: the only stored snapshot; Python 3.9 is end of life, so expect Dependabot to propose the final digest)"},"python:3.10-slim":{image:"python",tag:"3.10-slim",digest:"sha256:63669fd2563fa90b0442fa7b568e66e3667755636cda086d7bcaaa895f66fe39",source:"docker-library/repo-info repos/python/remote/3.10-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.10.20)"},"python:3.11-slim":{image:"python",tag:"3.11-slim",digest:"sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff",source:"docker-library/repo-info repos/python/remote/3.11-slim.md at 2477d553d2fdfa57b4ec11f63c8376eca8b7a253 (OCI image index, Python 3.11.15)"},"python:3.12-slim":{image:"python",tag:"3.12-slim",digest:"sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36",source:"docker-library/repo-info repos/python/remote/3.12-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.12.13)"},"python:3.13-slim":{image:"python",tag:"3.13-slim",digest:"sha256:9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6",source:"docker-library/repo-info repos/python/remote/3.13-slim.md at 2986dca3a80cb11b70fc4599941096374ea9e509 (OCI image index, Python 3.13.14)"},"python:3.14-slim":{image:"python",tag:"3.14-slim",digest:"sha256:e11c17f46f87983eb946b121694dedba6290ee2b0dd5294d137d82943502d179",source:"docker-library/repo-info repos/python/remote/3.14-slim.md at 34fa04a4e3c62b28b3d13a50a409ef82d6c52f2f (OCI image index, Python 3.14.7)"},"node:18-alpine":{image:"node",tag:"18-alpine",digest:"sha256:fda98168118e5a8f4269efca4101ee51dd5c75c0fe56d8eb6fad80455c2f5827",source:"docker-library/repo-info repos/node/remote/18-alpine.md at 72e4be79b9c831d8da7d63a6ce871b20fc9e06c1 (Docker manifest list, Node.js 18.13.0, January 2023: the only stored snapshot; Node.js 18 is end of life, so expect Dependabot to propose the final digest)"},"node:20-alpine":{image:"node",tag:"20-alpine",digest:"sha256:8401816e353182af32bc4b49a5c238920a3287cc78f2596800c391490c0254c5",source:"maxmood96/repo-info repos/node/remote/20-alpine.md at 00e6f9021e0c34c679a005054b4cd5903a0b7536 (a mirror of docker-library/repo-info, whose own copy of this file is not in the code index; Docker manifest list, Node.js 20.12.2, April 2024)"},"node:22-alpine":{image:"node",tag:"22-alpine",digest:"sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402",source:"docker-library/repo-info repos/node/remote/22-alpine.md at 4211a1635d906d705a873434b7336b27c7678802 (OCI image index, Node.js 22.23.3, Alpine 3.24)"},"node:24-alpine":{image:"node",tag:"24-alpine",digest:"sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43",source:"docker-library/repo-info repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd (OCI image index, Node.js 24.19.0, Alpine 3.24)"},"postgres:17-alpine":{image:"postgres",tag:"17-alpine",digest:"sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24",source:"docker-library/repo-info repos/postgres/remote/17-alpine.md at 14ad5cc17dd0e9a01079feefc7a59c24536f5291 (OCI image index, PostgreSQL 17.11)"},"redis:7-alpine":{image:"redis",tag:"7-alpine",digest:"sha256:ff02b58f971e7d7d156a1267e283fcbbeee91773b6aa36c49dac28ecfe28eadf",source:"docker-library/repo-info repos/redis/remote/7-alpine.md at 1742085aa3304e996a45e00271d6b8308029b6e3 (OCI image index, Redis 7.4.11)"},"postgis/postgis:17-3.5-alpine":{image:"postgis/postgis",tag:"17-3.5-alpine",digest:"sha256:fae81f3e8da88b8e684c58c8a8616aadda72e6fc1affcb050b490891ecb3db1c",source:"not an official image, so no repo-info page: the multi-arch digest pinned in public repositories' compose files and docs (code search), described there as the reviewed multi-architecture image"},"nginxinc/nginx-unprivileged:1.29.5-alpine":{image:"nginxinc/nginx-unprivileged",tag:"1.29.5-alpine",digest:"sha256:42a7d7f2ee23e9f5a1dcdf3647ba5c585bbd18f79e79cd817e70e8cd61c55779",source:"not an official image: the same digest pinned in four independent public Dockerfiles (code search)"},"edoburu/pgbouncer:v1.25.1-p0":{image:"edoburu/pgbouncer",tag:"v1.25.1-p0",digest:"sha256:c7bfcaa24de830e29588bb9ad1eb39cebaf07c27149e1974445899b695634bb4",source:"not an official image: the same digest pinned in several public repositories' compose scripts (code search)"},"quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z":{image:"quay.io/minio/minio",tag:"RELEASE.2025-09-07T16-13-09Z",digest:"sha256:14cea493d9a34af32f524e538b8346cf79f3321eff8e708c1e2960462bd8936e",source:"not an official image (Docker Hub no longer serves minio/minio; quay.io does): the same digest pinned in many independent public compose files and tests (code search)"},"oven/bun:1-alpine":{image:"oven/bun",tag:"1-alpine",digest:"sha256:07235578f79ef8c6f97d94aee7938e76f5cdba5f21ae5dbfdd3d3d38058437eb",source:"not an official image: the same digest pinned in three independent public Dockerfiles and notes (code search; bun 1.4.0 on Alpine 3.22)"},"cloudflare/cloudflared:2026.3.0":{image:"cloudflare/cloudflared",tag:"2026.3.0",digest:"sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0",source:"not an official image: the same tag and digest pinned in eight independent public repositories (code search), among them randomcoww/homelab's Renovate-managed image list; has `tunnel ready` (cloudflared 2024.12+)"}},tools:{gunicorn:"27.0.1",uvicorn:"0.54.0","uvicorn-worker":"0.4.0",poetry:"2.5.1",uv:"0.13.8",ruff:"0.15.22",mypy:"1.19.1",pytest:"8.4.2"}};var An=Po.images,ee=Po.tools;function L(e){let n=An[e];if(!n)throw U(`No pinned digest for image "${e}". Pinned: ${Object.keys(An).sort().join(", ")}`);return`${n.image}:${n.tag}@${n.digest}`}function sv(){let e=(n,t)=>Object.values(An).filter(s=>s.image===n&&s.tag.endsWith(t)).map(s=>s.tag.slice(0,-t.length));return{node:e("node","-alpine"),python:e("python","-slim")}}function Co(e){let n=e.split(".").slice(0,2).join(".");return el("python",`${n}-slim`,"backend.version",e)}function Ao(e,n){let t=e.split(".")[0]??e;return el("node",`${t}-alpine`,n,e)}function el(e,n,t,s){let o=`${e}:${n}`;if(!An[o]){let i=Object.values(An).filter(r=>r.image===e).map(r=>r.tag.replace(/-(slim|alpine)$/,""));throw U(`${t}: ${JSON.stringify(s)} has no pinned ${e} base image. Allowed: ${i.join(", ")} (see docs/base-images.md to add one)`)}return L(o)}var xt="17",nl=`postgres:${xt}-alpine`,Uf=`postgis/postgis:${xt}-3.5-alpine`;function rn(e){return L(e.database==="postgis"?Uf:nl)}function on(){return L(nl)}function It(e){let n=e.workspaceDir!==".";return{workspace:n,workspaceDir:e.workspaceDir,inService:t=>n?`${e.workspaceDir}/${t}`:t}}function sn(e){return`[${e.map(n=>JSON.stringify(n)).join(", ")}]`}var tl="ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";function Gf(e){switch(e){case"npm":return{setup:[],manifests:"package.json package-lock.json",install:"npm ci --no-audit --no-fund",prune:"npm prune --omit=dev --no-audit --no-fund",run:n=>`npm run ${n}`};case"pnpm":return{setup:[tl,"RUN corepack enable pnpm"],manifests:"package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",install:"pnpm install --frozen-lockfile",prune:"pnpm prune --prod",run:n=>`pnpm run ${n}`};case"yarn":return{setup:[tl,"RUN corepack enable yarn"],manifests:"package.json yarn.lock .yarnrc.ym[l]",install:"yarn install --immutable",prune:"yarn workspaces focus --all --production",run:n=>`yarn run ${n}`};case"bun":return{setup:[`COPY --from=${L("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],manifests:"package.json bun.lock*",install:"bun install --frozen-lockfile",prune:"find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",run:n=>`bun run ${n}`}}}function an(e,n){return["node","-e",`fetch('http://127.0.0.1:${e}${n}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`]}var Dt=e=>({packageManager:e.backend.packageManager,nodeVersion:e.backend.version,versionKey:"backend.version",port:e.backend.port}),Nt=(e,n)=>({packageManager:e.frontend.packageManager,nodeVersion:e.frontend.nodeVersion,versionKey:"frontend.nodeVersion",port:n});function _e(e,n,t){let s=It(n),o=Gf(e.packageManager),{cmd:i,healthcheck:r,...l}=t(o,s);return{...s,baseImage:Ao(e.nodeVersion,e.versionKey),pm:o,build:o.run("build"),port:e.port,...l,healthcheck:sn(r),cmd:sn(i)}}var Tn=8080,To="docker/nginx-spa.conf",rl={template:"docker/react-vite/Dockerfile.hbs",ignore:"node",healthPath:()=>"/",port:()=>Tn,context:(e,n)=>_e(Nt(e,Tn),n,(t,s)=>({runtimeImage:L("nginxinc/nginx-unprivileged:1.29.5-alpine"),spaConf:s.inService(To),healthcheck:["wget","-q","--spider",`http://127.0.0.1:${Tn}/`],cmd:["nginx","-g","daemon off;"]}))};import{posix as Hf}from"node:path";var ol={pip:{tool:void 0,manifests:"requirements.txt",install:"pip install --no-cache-dir -r requirements.txt",add:"pip install --no-cache-dir"},poetry:{tool:`poetry==${ee.poetry}`,manifests:"pyproject.toml poetry.lock",install:"poetry install --only main --no-root --no-interaction --no-ansi",add:"pip install --no-cache-dir"},uv:{tool:`uv==${ee.uv}`,manifests:"pyproject.toml uv.lock",install:"uv sync --frozen --no-dev --no-install-project",add:"uv pip install"}};function Lt(e,n,t,s,o){let i=e.backend.packageManager,r=ol[i]??ol.pip,l=e.database==="postgres"||e.database==="postgis",a=[...l?["libpq5"]:[],...e.database==="postgis"&&e.backend.kind==="django"?["gdal-bin"]:[]],u=`python -c "import ${n.map(m=>m.split("==")[0].replace(/-/g,"_")).join(", ")}" 2>/dev/null || ${r.add} ${n.join(" ")}`;return{baseImage:Co(e.backend.version),tool:r.tool,uv:i==="uv",manifests:r.manifests,install:r.install,ensureServer:u,buildPackages:l?["libpq-dev"]:[],runtimePackages:a,port:s,healthcheck:sn(["python","-c",`import urllib.request; urllib.request.urlopen('http://127.0.0.1:${s}${o}', timeout=4)`]),cmd:sn(t)}}function Ro(e){return`${e.replace(/-/g,"_")}.wsgi:application`}var il={template:"docker/django/Dockerfile.hbs",ignore:"python",healthPath:e=>e.deploy.healthPath,port:e=>e.backend.port,context:e=>Lt(e,[`gunicorn==${ee.gunicorn}`],["gunicorn","--bind",`0.0.0.0:${e.backend.port}`,"--access-logfile","-",Ro(e.name)],e.backend.port,e.deploy.healthPath)};var sl={template:"docker/express/Dockerfile.hbs",ignore:"node",healthPath:e=>e.deploy.healthPath,port:e=>e.backend.port,context:(e,n)=>_e(Dt(e),n,t=>({build:`if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${t.run("build")}; fi`,healthcheck:an(e.backend.port,e.deploy.healthPath),cmd:["node","."]}))};var xo="app.main:app",al={template:"docker/fastapi/Dockerfile.hbs",ignore:"python",healthPath:e=>e.deploy.healthPath,port:e=>e.backend.port,context:e=>Lt(e,[`gunicorn==${ee.gunicorn}`,`uvicorn-worker==${ee["uvicorn-worker"]}`],["gunicorn","--bind",`0.0.0.0:${e.backend.port}`,"--worker-class","uvicorn_worker.UvicornWorker","--access-logfile","-",xo],e.backend.port,e.deploy.healthPath)};var ll={template:"docker/nestjs/Dockerfile.hbs",ignore:"node",healthPath:e=>e.deploy.healthPath,port:e=>e.backend.port,context:(e,n)=>_e(Dt(e),n,()=>({healthcheck:an(e.backend.port,e.deploy.healthPath),cmd:["node","dist/main.js"]}))};var Io=3e3,cl={template:"docker/nextjs/Dockerfile.hbs",ignore:"node",healthPath:()=>"/",port:()=>Io,context:(e,n)=>_e(Nt(e,Io),n,(t,s)=>({healthcheck:an(Io,"/"),cmd:["node",s.inService("server.js")]}))};var ul={django:il,fastapi:al,express:sl,nestjs:ll},ml={nextjs:cl,"react-vite":rl};var Rn=(e,n)=>e==="."?n:`${e}/${n}`;function Ff(e,n,t){let s=Hf.relative(e==="."?"":e,n==="."?"":n);if(s.startsWith(".."))throw U(`${t}.context: "${e}" must contain ${t}.dir "${n}" (it is the folder the build starts from)`);return s===""?".":s}function D(e){let n=e.backend.kind!=="none"&&e.frontend.kind!=="none"&&e.backend.dir===e.frontend.dir,t=[],s=(r,l,a,c)=>{let u=Ff(a,l,r),m=n?`Dockerfile.${r}`:"Dockerfile";t.push({role:r,dir:l,context:a,dockerfile:Rn(u,m),workspaceDir:u,strategy:c,port:c.port(e),healthPath:c.healthPath(e)})},{backend:o,frontend:i}=e;if(o.kind!=="none"){if(o.context!==o.dir&&(o.kind==="django"||o.kind==="fastapi"))throw U(`backend.context: a separate build context is supported for Node.js services; ${o.kind} builds from backend.dir`);s("backend",o.dir,o.context,ul[o.kind])}return i.kind!=="none"&&s("frontend",i.dir,i.context??i.dir,ml[i.kind]),t}function K(e){return Rn(e.context,e.dockerfile)}function Do(e){return e.dockerfile==="Dockerfile"?Rn(e.context,".dockerignore"):`${K(e)}.dockerignore`}var Kf={django:"gunicorn (sync workers, `WEB_CONCURRENCY` of them)",fastapi:"gunicorn with `uvicorn_worker.UvicornWorker` workers (`WEB_CONCURRENCY` of them)",express:"`node .` (package.json `main`) with `NODE_ENV=production`",nestjs:"`node dist/main.js` with `NODE_ENV=production`",nextjs:"`node server.js` from the standalone build","react-vite":"nginx-unprivileged serving `dist/`, SPA fallback to `index.html`"};function pl(e,n){let t=n.map(s=>{let o=s.role==="backend"?e.backend.kind:e.frontend.kind;return{role:s.role,kind:o,dockerfile:K(s),context:s.context,server:Kf[o]??o,port:s.port,healthPath:s.healthPath,packageManager:s.role==="backend"?e.backend.packageManager:e.frontend.packageManager}});return{kind:"text",path:"docs/containers.md",component:"docker",comment:"html",text:A("docs/containers.md.hbs",{images:t,django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",nextjs:e.frontend.kind==="nextjs",reactVite:e.frontend.kind==="react-vite",pythonBackend:e.backend.kind==="django"||e.backend.kind==="fastapi",nodeBackend:e.backend.kind==="express"||e.backend.kind==="nestjs",healthPath:e.deploy.healthPath,workspace:n.some(s=>s.workspaceDir!=="."),wsgiApp:Ro(e.name),asgiApp:xo})}}var Bt="docker";function Vf(e,n){let t=[{kind:"text",path:K(n),component:Bt,comment:"hash",text:A(n.strategy.template,n.strategy.context(e,n))},{kind:"text",path:Do(n),component:Bt,comment:"hash",text:A(`docker/${n.strategy.ignore}.dockerignore.hbs`,{})}];return n.role==="frontend"&&e.frontend.kind==="react-vite"&&t.push({kind:"text",path:Rn(n.dir,To),component:Bt,comment:"hash",text:A("docker/react-vite/nginx-spa.conf.hbs",{port:Tn})}),t}var dl={name:Bt,description:"Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",render:e=>{let n=D(e);return n.length===0?[]:[...n.flatMap(t=>Vf(e,t)),pl(e,n)]}};var fl="ubuntu-24.04",zf={contents:"read"};function H(e,n,t,s={}){return{name:e,"runs-on":fl,"timeout-minutes":n,permissions:{...zf},...s,steps:t}}function Mt(e){return e==="."?{}:{defaults:{run:{"working-directory":e}}}}var hl="app";function jt(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.postgres={image:rn(e),env:{POSTGRES_DB:hl,POSTGRES_HOST_AUTH_METHOD:"trust"},ports:["5432:5432"],options:'--health-cmd "pg_isready -U postgres -d app" --health-interval 5s --health-timeout 5s --health-retries 12'}),e.cache==="redis"&&(n.redis={image:L("redis:7-alpine"),ports:["6379:6379"],options:'--health-cmd "redis-cli ping" --health-interval 5s --health-timeout 5s --health-retries 12'}),n}function xn(e){let n={};return(e.database==="postgres"||e.database==="postgis")&&(n.DATABASE_URL=`postgres://postgres@localhost:5432/${hl}`),e.cache==="redis"&&(n.REDIS_URL="redis://localhost:6379/0"),n}var yl=e=>`ghcr.io/\${{ github.repository }}/${e}`,bl="github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",gl=e=>`ci-${e.role}:latest`;function _l(e,n,t={}){return{id:n?"push":"build",name:n?"Build and push":"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:K(e),"cache-from":`type=gha,scope=${e.role}`,...n?{}:{"cache-to":`type=gha,mode=max,scope=${e.role}`},push:n,...t}}}function kl(e,n){let t=e.role==="backend",s=t?jt(n):{},i=["docker run --detach --name app --network host \\",...(t?Object.keys(xn(n)):[]).map(l=>`  --env ${l} \\`),'  "$IMAGE"'].join(`
`),r=`http://localhost:${e.port}`;return H(`Image ${e.role}: build and performance smoke test`,30,[x(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},_l(e,!1,{load:!0,tags:gl(e)}),N("start","Start the container",i,{env:{IMAGE:gl(e),...t?xn(n):{}}}),N("wait-healthy","Wait until healthy",'curl --fail --silent --show-error --retry 30 --retry-delay 2 --retry-all-errors --max-time 5 "$HEALTH_URL"',{env:{HEALTH_URL:`${r}${e.healthPath}`}}),{id:"setup-k6",name:"Set up k6",uses:k("grafana/setup-k6-action")},N("perf-smoke","Performance smoke test (k6)","k6 run perf/smoke.js",{env:{BASE_URL:r,SMOKE_PATHS:e.healthPath}}),N("container-logs","Container logs","docker logs app",{if:"failure()"})],Object.keys(s).length>0?{services:s}:{})}function vl(e,n){return H(`Publish ${e.role} image to GHCR`,30,[x(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"login",name:"Log in to GHCR",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"meta",name:"Image tags and labels",uses:k("docker/metadata-action"),with:{images:yl(e.role),tags:["type=sha,format=long","type=raw,value=latest,enable={{is_default_branch}}"].join(`
`)}},_l(e,!0,{tags:"${{ steps.meta.outputs.tags }}",labels:"${{ steps.meta.outputs.labels }}"})],{needs:[...n],if:bl,permissions:{contents:"read",packages:"write"}})}var wl={vus:5,duration:"30s",p95Ms:500,maxErrorRate:.01},Sl="perf/smoke.js";function $l(e){return{kind:"text",path:Sl,component:"ci",comment:"slash",text:A("ci/k6-smoke.js.hbs",{...wl,port:e.port,paths:[e.healthPath]})}}var No=e=>e.ctx.dir==="."?e.stack.title:`${e.stack.title} (${e.ctx.dir})`;function Lo(e){return[x(),...e.stack.ci.setup(e.ctx),N("install","Install dependencies",e.stack.ci.install(e.ctx))]}function El(e){let{ci:n}=e.stack;return H(`${No(e)}: lint, type-check, unit tests`,20,[...Lo(e),N("lint","Lint",n.lint(e.ctx)),N("typecheck","Type-check",n.typecheck(e.ctx)),N("unit-tests","Unit tests",n.unitTest(e.ctx)),...e.role==="library"&&n.build?[N("build","Build",n.build(e.ctx))]:[]],Mt(e.ctx.dir))}function Ol(e,n){let{ci:t}=e.stack;if(!t.integrationTest)return;let s=n.database!=="none",o=[...Lo(e)],i=s?t.migrate?.(e.ctx):void 0;i&&o.push(N("migrate","Apply migrations",i));let r=s?t.migrationCheck?.(e.ctx):void 0;r&&o.push(N("migration-check","Check for missing migrations",r)),o.push(N("integration-tests","Integration tests",t.integrationTest(e.ctx)));let l=jt(n),a=xn(n);return H(`${No(e)}: migrations and integration tests`,30,o,{...Mt(e.ctx.dir),...Object.keys(l).length>0?{services:l,env:a}:{}})}function Pl(e,n){let{ci:t}=e.stack;if(!t.build||!t.bundleDir)return;let s=['if [ ! -d "$BUNDLE_DIR" ]; then','  echo "::error::No build output in $BUNDLE_DIR"',"  exit 1","fi",`total_bytes=$(find "$BUNDLE_DIR" -type f \\( -name '*.js' -o -name '*.css' \\) -exec cat {} + | wc -c)`,"total_kb=$(( (total_bytes + 1023) / 1024 ))",'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB)" >> "$GITHUB_STEP_SUMMARY"','if [ "$total_kb" -gt "$BUDGET_KB" ]; then','  echo "::error::The client bundle is ${total_kb} KiB, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',"  exit 1","fi"].join(`
`);return H(`${No(e)}: build and bundle budget`,20,[...Lo(e),N("build","Production build",t.build(e.ctx)),N("bundle-budget","Bundle-size budget",s,{env:{BUNDLE_DIR:t.bundleDir,BUDGET_KB:String(n)}})],Mt(e.ctx.dir))}var Ne=e=>{if(e.packageManager==="pip"||e.packageManager==="poetry"||e.packageManager==="uv")return e.packageManager;throw new Error(`${e.packageManager} is not a Python package manager`)},Wf=["ruff","mypy","pytest"];function Yf(e){let n={uv:["uv sync --locked"],poetry:["poetry install --no-interaction"],pip:["python -m pip install -r requirements.txt","if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"]}[Ne(e)],t={uv:"uv pip install",poetry:"poetry run python -m pip install",pip:"python -m pip install"}[Ne(e)],s=Wf.map(o=>`${o}==${ee[o]}`).join(" ");return[...n,"missing=()",`for tool in ${s}; do`,`  ${Jf(e)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,"done",`if [ "\${#missing[@]}" -gt 0 ]; then ${t} "\${missing[@]}"; fi`].join(`
`)}function Jf(e){return{uv:"uv run --locked ",poetry:"poetry run ",pip:""}[Ne(e)]}function Cl(e,n){return["status=0",`${qt(e,`pytest${n?` ${n}`:""}`)} || status=$?`,'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi','exit "$status"'].join(`
`)}function qt(e,n){switch(Ne(e)){case"uv":return`uv run --locked python -m ${n}`;case"poetry":return`poetry run python -m ${n}`;case"pip":return`python -m ${n}`}}function Bo(e,n){switch(Ne(e)){case"uv":return`uv run --locked python ${n}`;case"poetry":return`poetry run python ${n}`;case"pip":return`python ${n}`}}function Mo(e,n){switch(Ne(e)){case"uv":return`uv run --locked ${n}`;case"poetry":return`poetry run ${n}`;case"pip":return n}}var Ut={codeqlLanguage:"python",setup:e=>oa(Ne(e),e.runtimeVersion,e.dir,ee.poetry),install:Yf,lint:e=>[qt(e,"ruff check ."),qt(e,"ruff format --check .")].join(`
`),typecheck:e=>qt(e,"mypy ."),unitTest:e=>Cl(e,'-m "not integration"'),integrationTest:e=>Cl(e,"")};var Al={...Ut,migrate:e=>Bo(e,"manage.py migrate --noinput"),migrationCheck:e=>Bo(e,"manage.py makemigrations --check --dry-run")};var ln=e=>{if(e.packageManager==="npm"||e.packageManager==="pnpm"||e.packageManager==="yarn"||e.packageManager==="bun")return e.packageManager;throw new Error(`${e.packageManager} is not a Node.js package manager`)};function Qf(e){switch(ln(e)){case"npm":return"npm ci";case"pnpm":return"pnpm install --frozen-lockfile";case"yarn":return["if [ -f .yarnrc.yml ]; then","  yarn install --immutable","else","  yarn install --frozen-lockfile","fi"].join(`
`);case"bun":return"bun install --frozen-lockfile"}}function ke(e,n){return`${ln(e)} run ${n}`}function cn(e,n){switch(ln(e)){case"npm":case"pnpm":case"bun":return`${ln(e)} run --if-present ${n}`;case"yarn":return[`if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${n}; then`,`  yarn run ${n}`,"else",`  echo "::notice::package.json has no ${n} script: skipped"`,"fi"].join(`
`)}}function jo(e,n){return["if [ -f tsconfig.json ]; then",`  ${In(e,`tsc ${n}`)}`,"else",'  echo "::notice::no tsconfig.json: type-check skipped"',"fi"].join(`
`)}function In(e,n){switch(ln(e)){case"npm":return`npx --no-install ${n}`;case"pnpm":return`pnpm exec ${n}`;case"yarn":return`yarn run ${n}`;case"bun":return`bun run ${n}`}}var Tl="typeorm-ts-node-commonjs",Rl="src/data-source.ts";function Xf(e){switch(e.orm){case"prisma":return In(e,"prisma migrate deploy");case"typeorm":return In(e,`${Tl} migration:run -d ${Rl}`);case"none":return}}function Zf(e){switch(e.orm){case"prisma":return In(e,'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');case"typeorm":return In(e,`${Tl} migration:generate src/migrations/ci-check -d ${Rl} --check`);case"none":return}}var se={codeqlLanguage:"javascript-typescript",setup:e=>ia(ln(e),e.runtimeVersion,e.dir),install:Qf,lint:e=>cn(e,"lint"),typecheck:e=>jo(e,"--noEmit"),unitTest:e=>cn(e,"test"),migrate:Xf,migrationCheck:Zf};var xl={...se,integrationTest:e=>cn(e,"test:integration")};var Il={...Ut,migrate:e=>Mo(e,"alembic upgrade head"),migrationCheck:e=>Mo(e,"alembic check")};var Dl={...se,integrationTest:e=>cn(e,"test:e2e"),build:e=>ke(e,"build")};var Nl={...se,build:e=>ke(e,"build"),bundleDir:".next/static"};var Ll={...se,build:e=>ke(e,"build")};var Bl={...se,typecheck:e=>jo(e,"-b"),build:e=>ke(e,"build"),bundleDir:"dist"};var Gt={django:{id:"django",role:"backend",language:"python",title:"Django",ci:Al},fastapi:{id:"fastapi",role:"backend",language:"python",title:"FastAPI",ci:Il},express:{id:"express",role:"backend",language:"node",title:"Express",ci:xl},nestjs:{id:"nestjs",role:"backend",language:"node",title:"NestJS",ci:Dl},nextjs:{id:"nextjs",role:"frontend",language:"node",title:"Next.js",ci:Nl},"react-vite":{id:"react-vite",role:"frontend",language:"node",title:"React (Vite)",ci:Bl},"node-library":{id:"node-library",role:"library",language:"node",title:"Node.js library",ci:Ll}};function Ht(e){let n=[],t={database:e.database,cache:e.cache};return e.backend.kind!=="none"&&n.push({role:"backend",stack:Gt[e.backend.kind],ctx:{dir:e.backend.dir,packageManager:e.backend.packageManager,runtimeVersion:e.backend.version,orm:e.backend.orm,...t}}),e.frontend.kind!=="none"&&n.push({role:"frontend",stack:Gt[e.frontend.kind],ctx:{dir:e.frontend.dir,packageManager:e.frontend.packageManager,runtimeVersion:e.frontend.nodeVersion,orm:"none",...t}}),e.library.kind==="node"&&n.push({role:"library",stack:Gt["node-library"],ctx:{dir:e.library.dir,packageManager:e.library.packageManager,runtimeVersion:e.library.nodeVersion,orm:"none",...t}}),n}function eh(){return H("Baseline drift check",10,[x(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},N("check","create-devops-baseline check",`npx --yes create-devops-baseline@${Zs} check`)])}function nh(e){let n={};for(let o of Ht(e)){n[`${o.role}-checks`]=El(o);let i=o.role==="backend"?Ol(o,e):void 0;i&&(n[`${o.role}-integration`]=i);let r=o.role==="frontend"?Pl(o,e.frontend.bundleBudgetKb):void 0;r&&(n[`${o.role}-bundle`]=r)}let t=D(e);for(let o of t)n[`${o.role}-image`]=kl(o,e);n.drift=eh();let s=Object.keys(n);for(let o of t)n[`${o.role}-publish`]=vl(o,s);return{name:"CI",on:{push:{branches:["main"]},pull_request:null,workflow_dispatch:null},permissions:{},concurrency:{group:"ci-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},defaults:{run:{shell:"bash"}},jobs:n}}var Ml={name:"ci",description:"ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",render:e=>{let n=[{kind:"yaml",path:".github/workflows/ci.yml",component:"ci",data:nh(e)}],t=D(e)[0];return t&&n.push($l(t)),n}};import{posix as th}from"node:path";function jl(e){let n=[],{backend:t,frontend:s}=e;if(t.kind==="django"||t.kind==="fastapi"){let i=t.packageManager,r=i==="uv"?"uv":"pip";n.push({ecosystem:r,renovate:i==="uv"?"pep621":i==="poetry"?"poetry":"pip_requirements",directory:t.dir})}else t.kind!=="none"&&n.push(qo(t.packageManager,t.dir));s.kind!=="none"&&n.push(qo(s.packageManager,s.dir)),e.library.kind!=="none"&&n.push(qo(e.library.packageManager,e.library.dir));for(let i of D(e))n.push({ecosystem:"docker",renovate:"dockerfile",directory:th.dirname(K(i))});e.exclude.includes("compose")||n.push({ecosystem:"docker-compose",renovate:"docker-compose",directory:"."}),n.push({ecosystem:"github-actions",renovate:"github-actions",directory:"."});let o=new Set;return n.filter(i=>{let r=`${i.ecosystem}:${i.directory}`;return o.has(r)?!1:(o.add(r),!0)})}function qo(e,n){return e==="bun"?{ecosystem:"bun",renovate:"bun",directory:n}:{ecosystem:"npm",renovate:"npm",directory:n}}var rh=e=>e==="."?"/":`/${e}`;function oh(e){return{kind:"yaml",path:".github/dependabot.yml",component:"dependency-updates",data:{version:2,updates:jl(e).map(t=>({"package-ecosystem":t.ecosystem,directory:rh(t.directory),schedule:{interval:"weekly",day:"monday",time:"05:00",timezone:"Etc/UTC"},"open-pull-requests-limit":10,groups:{[`${t.ecosystem}-minor-and-patch`]:{"applies-to":"version-updates","update-types":["minor","patch"]}},labels:["dependencies"],"commit-message":{prefix:"deps",include:"scope"}}))}}}function ih(e){let n=jl(e);return{kind:"json",path:"renovate.json",component:"dependency-updates",data:{$schema:"https://docs.renovatebot.com/renovate-schema.json",extends:["config:recommended","helpers:pinGitHubActionDigests"],schedule:["before 6am on monday"],timezone:"Etc/UTC",labels:["dependencies"],enabledManagers:[...new Set(n.map(t=>t.renovate))],packageRules:[{matchUpdateTypes:["minor","patch"],groupName:"minor and patch updates"}]}}}var ql={name:"dependency-updates",description:"Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",render:e=>[e.dependencyUpdates==="renovate"?ih(e):oh(e)]};var Ul={contents:"read","security-events":"write"};function Gl(e,n,t){let s=`trivy-${n}.sarif`,o=e.kind==="image"?{"image-ref":e.ref}:{"scan-ref":"."};return[{id:"trivy",name:`Trivy ${e.kind} scan`,uses:k("aquasecurity/trivy-action"),with:{"scan-type":e.kind,...o,severity:t.securitySeverity.join(","),"ignore-unfixed":!0,"exit-code":"1",format:"sarif",output:s,"limit-severities-for-sarif":!0}},{id:"upload-sarif",name:"Upload results to code scanning",if:"${{ !cancelled() }}",uses:k("github/codeql-action/upload-sarif"),with:{sarif_file:s,category:`trivy-${n}`}}]}function Uo(e,n){return H(e==="fs"?"Trivy: dependencies and secrets in the repository":"Trivy: Dockerfile, compose and IaC misconfigurations",15,[x(),...Gl({kind:e},e,n)],{permissions:{...Ul}})}function Hl(e,n){let t=`scan-${e.role}:latest`;return H(`Trivy: ${e.role} image`,30,[x(),{id:"setup-buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")},{id:"build",name:"Build image",uses:k("docker/build-push-action"),with:{context:e.context,file:K(e),"cache-from":`type=gha,scope=${e.role}`,load:!0,push:!1,tags:t}},...Gl({kind:"image",ref:t},`image-${e.role}`,n)],{permissions:{...Ul}})}function sh(e){return[...new Set([...Ht(e).map(n=>n.stack.ci.codeqlLanguage),"actions"])]}function ah(e){return H("CodeQL (${{ matrix.language }})",30,[x(),{id:"codeql-init",name:"Initialize CodeQL",uses:k("github/codeql-action/init"),with:{languages:"${{ matrix.language }}","build-mode":"none",queries:"security-extended"}},{id:"codeql-analyze",name:"Analyze",uses:k("github/codeql-action/analyze"),with:{category:"/language:${{ matrix.language }}"}}],{permissions:{contents:"read",actions:"read","security-events":"write"},strategy:{"fail-fast":!1,matrix:{language:sh(e)}}})}var lh={UNKNOWN:"low",LOW:"low",MEDIUM:"moderate",HIGH:"high",CRITICAL:"critical"},Fl=["UNKNOWN","LOW","MEDIUM","HIGH","CRITICAL"];function ch(e){let n=[...e].sort((t,s)=>Fl.indexOf(t)-Fl.indexOf(s))[0]??"HIGH";return lh[n]}function uh(e){return H("Dependency review",10,[x(),{id:"dependency-review",name:"Review dependency changes",uses:k("actions/dependency-review-action"),with:{"fail-on-severity":ch(e.securitySeverity)}}],{if:"github.event_name == 'pull_request'"})}function mh(){return H("Secret scanning (gitleaks)",15,[x({"fetch-depth":0}),{id:"gitleaks",name:"gitleaks",uses:k("gitleaks/gitleaks-action"),env:{GITHUB_TOKEN:"${{ secrets.GITHUB_TOKEN }}",GITLEAKS_LICENSE:"${{ secrets.GITLEAKS_LICENSE }}",GITLEAKS_ENABLE_COMMENTS:"false"}}],{permissions:{contents:"read","pull-requests":"read"}})}function ph(e){let n={"trivy-fs":Uo("fs",e),"trivy-config":Uo("config",e)};for(let t of D(e))n[`trivy-image-${t.role}`]=Hl(t,e);return n.codeql=ah(e),n["dependency-review"]=uh(e),n.gitleaks=mh(),{name:"Security",on:{push:{branches:["main"]},pull_request:null,schedule:[{cron:"23 4 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"security-${{ github.ref }}","cancel-in-progress":"${{ github.event_name == 'pull_request' }}"},jobs:n}}var Kl={name:"security",description:"security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",render:e=>[{kind:"yaml",path:".github/workflows/security.yml",component:"security",data:ph(e)}]};var Ft=[["statement_timeout","30s","cancels any statement running longer; override per role or session for migrations and reports"],["idle_in_transaction_session_timeout","60s","ends sessions that hold a transaction (and its locks) open while idle"],["lock_timeout","10s","fails fast instead of queueing behind a long lock"],["log_min_duration_statement","500ms","slow-query log: every statement slower than this, with its duration"],["log_lock_waits","on","logs waits longer than deadlock_timeout (1s)"],["log_temp_files","10MB","logs sorts and hashes that spill to disk"],["max_connections","100","pgbouncer multiplexes clients, so the server keeps few backends"]];function Go(){return["postgres",...Ft.flatMap(([e,n])=>["-c",`${e}=${n}`])]}var Kt={mode:"transaction",maxClientConn:500,defaultPoolSize:20,reservePoolSize:5,appPoolSize:5};var dh=e=>e.database==="postgres"||e.database==="postgis";function Ho(e){let n=[],t=(s,o,i,r,l=!1)=>n.push({section:s,name:o,description:i,example:r,secret:l});return dh(e)&&(t("PostgreSQL","POSTGRES_USER","Role the application connects as (created on first start).",e.name.replace(/-/g,"_")),t("PostgreSQL","POSTGRES_PASSWORD","Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.","",!0),t("PostgreSQL","POSTGRES_DB","Database created on first start.",e.name.replace(/-/g,"_"))),e.cache==="redis"&&t("Redis","REDIS_PASSWORD","Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.","",!0),e.objectStorage==="minio"&&(t("MinIO","MINIO_ROOT_USER","MinIO administrator name; the app uses it in development.","minioadmin"),t("MinIO","MINIO_ROOT_PASSWORD","MinIO administrator password, at least 8 characters.","",!0)),e.objectStorage!=="none"&&e.backend.kind!=="none"&&t("Object storage","S3_BUCKET","Bucket the application stores files in.",e.name),e.backend.kind==="django"&&(t("Django","DJANGO_SECRET_KEY","Django SECRET_KEY: signs sessions and tokens.","",!0),t("Django","DJANGO_ALLOWED_HOSTS","Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.","localhost,127.0.0.1")),e.backend.kind!=="none"&&t("Production images (compose.prod.yml)","BACKEND_IMAGE","Backend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-backend:latest`),e.frontend.kind!=="none"&&t("Production images (compose.prod.yml)","FRONTEND_IMAGE","Frontend image to run, by tag or digest (CI pushes it to GHCR).",`ghcr.io/your-org/${e.name}-frontend:latest`),n}function I(e){return`\${${e}:?set ${e} in .env}`}var me="db",Le="redis",Be="minio",Vt="pgbouncer";function ae(e,n="10s"){return{test:e,interval:"10s",timeout:"5s",retries:5,start_period:n}}var Me=e=>e.database==="postgres"||e.database==="postgis";function zt(e){return{image:rn(e),command:Go(),environment:{POSTGRES_USER:I("POSTGRES_USER"),POSTGRES_PASSWORD:I("POSTGRES_PASSWORD"),POSTGRES_DB:I("POSTGRES_DB")},volumes:["db-data:/var/lib/postgresql/data"],healthcheck:ae(["CMD-SHELL",'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'],"20s"),stop_grace_period:"30s"}}function Wt(){return{image:L("redis:7-alpine"),command:["redis-server","--requirepass",I("REDIS_PASSWORD")],environment:{REDISCLI_AUTH:I("REDIS_PASSWORD")},volumes:["redis-data:/data"],healthcheck:ae(["CMD-SHELL","redis-cli ping | grep -q PONG"])}}function Yt(){return{image:L("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),command:["server","/data","--console-address",":9001"],environment:{MINIO_ROOT_USER:I("MINIO_ROOT_USER"),MINIO_ROOT_PASSWORD:I("MINIO_ROOT_PASSWORD")},volumes:["minio-data:/data"],healthcheck:ae(["CMD","mc","ready","local"])}}function Vl(){return{image:L("edoburu/pgbouncer:v1.25.1-p0"),environment:{DB_USER:I("POSTGRES_USER"),DB_PASSWORD:I("POSTGRES_PASSWORD"),AUTH_TYPE:"scram-sha-256"},volumes:["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],depends_on:{[me]:{condition:"service_healthy"}},healthcheck:ae(["CMD","pg_isready","-h","127.0.0.1","-p","5432"])}}function Jt(e,n){let t={};return Me(e)&&(t.DATABASE_URL=`postgres://${I("POSTGRES_USER")}:${I("POSTGRES_PASSWORD")}@${n}:5432/${I("POSTGRES_DB")}`),e.cache==="redis"&&(t.REDIS_URL=`redis://:${I("REDIS_PASSWORD")}@${Le}:6379/0`),e.objectStorage==="minio"&&(t.S3_ENDPOINT_URL=`http://${Be}:9000`,t.AWS_ACCESS_KEY_ID=I("MINIO_ROOT_USER"),t.AWS_SECRET_ACCESS_KEY=I("MINIO_ROOT_PASSWORD")),e.objectStorage!=="none"&&(t.S3_BUCKET=I("S3_BUCKET")),e.backend.kind==="django"&&(t.DJANGO_SECRET_KEY=I("DJANGO_SECRET_KEY"),t.DJANGO_ALLOWED_HOSTS=I("DJANGO_ALLOWED_HOSTS")),t}function Qt(e,n){let t={};return Me(e)&&(t[n]={condition:"service_healthy"}),e.cache==="redis"&&(t[Le]={condition:"service_healthy"}),e.objectStorage==="minio"&&(t[Be]={condition:"service_healthy"}),t}function un(e){let n=`http://127.0.0.1:${e.port}${e.healthPath}`;return e.strategy.ignore==="python"?ae(["CMD","python","-c",`import urllib.request; urllib.request.urlopen('${n}', timeout=4)`],"30s"):e.role==="frontend"&&e.port===8080?ae(["CMD","wget","-q","--spider",n]):ae(["CMD","node","-e",`fetch('${n}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],"20s")}function Xt(e,n){return e.frontend.kind==="nextjs"&&n?{API_URL:`http://backend:${n.port}`}:{}}function Zt(e){let n=D(e);return{backend:n.find(t=>t.role==="backend"),frontend:n.find(t=>t.role==="frontend")}}function ve(e,n){return Object.keys(n).length>0?{[e]:n}:{}}var mn="app",zl=e=>e==="."?".":`./${e}`,pn=(e,n)=>`127.0.0.1:${e}:${n}`;function Fo(e){let n={},t={},{backend:s,frontend:o}=Zt(e);if(s&&(n.backend={build:{context:zl(s.context),dockerfile:s.dockerfile},...ve("environment",Jt(e,me)),ports:[pn(s.port,s.port)],...ve("depends_on",Qt(e,me)),healthcheck:un(s),networks:[mn]}),o){let i=s&&s.port===o.port?o.port+1:o.port;n.frontend={build:{context:zl(o.context),dockerfile:o.dockerfile},...ve("environment",Xt(e,s)),ports:[pn(i,o.port)],...s?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:un(o),networks:[mn]}}return Me(e)&&(n[me]={...zt(e),ports:[pn(5432,5432)],networks:[mn]},t["db-data"]={}),e.cache==="redis"&&(n[Le]={...Wt(),ports:[pn(6379,6379)],networks:[mn]},t["redis-data"]={}),e.objectStorage==="minio"&&(n[Be]={...Yt(),ports:[pn(9e3,9e3),pn(9001,9001)],networks:[mn]},t["minio-data"]={}),{name:e.name,services:n,...Object.keys(t).length>0?{volumes:t}:{},networks:{[mn]:{}}}}function Wl(e){let n=Ho(e);if(n.length===0)return;let t=["# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.","# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32"],s="";for(let o of n)o.section!==s&&(s=o.section,t.push("",`# --- ${s} ---`)),t.push(`# ${o.description}${o.secret?" (secret)":""}`,`${o.name}=${o.example}`);return{kind:"text",path:".env.example",component:"compose",comment:"hash",text:`${t.join(`
`)}
`}}var Ko=[];var Ge="edge",Ue="data",dn="proxy",er=8080,fh=`http://127.0.0.1:${er}/nginx-health`,He=e=>e.cloud==="compose",je=(e,n)=>({resources:{limits:{cpus:e,memory:n},reservations:{memory:n}}}),qe=()=>({restart:"unless-stopped",logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}}),Yl=()=>({cap_drop:["ALL"],security_opt:["no-new-privileges:true"]}),Vo=()=>({read_only:!0,...Yl()});function Dn(e,n=[]){let t={},s={},{backend:o,frontend:i}=Zt(e),r=Me(e),l={};o&&(t.backend={image:I("BACKEND_IMAGE"),...ve("environment",Jt(e,r?Vt:me)),...ve("depends_on",Qt(e,Vt)),healthcheck:un(o),networks:[Ge,Ue],...qe(),...Vo(),tmpfs:["/tmp"],deploy:je("1.0","512M")},l.backend={condition:"service_healthy"}),i&&(t.frontend={image:I("FRONTEND_IMAGE"),...ve("environment",Xt(e,o)),...o?{depends_on:{backend:{condition:"service_healthy"}}}:{},healthcheck:un(i),networks:[Ge],...qe(),...Vo(),tmpfs:e.frontend.kind==="nextjs"?["/tmp",`/app/${It(i).inService(".next/cache")}`]:["/tmp"],deploy:je("0.5","256M")},l.frontend={condition:"service_healthy"}),t[dn]={image:L("nginxinc/nginx-unprivileged:1.29.5-alpine"),...He(e)?{volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro"]}:{ports:["80:8080","443:8443"],volumes:["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro","./deploy/nginx/certs:/etc/nginx/certs:ro"]},depends_on:l,healthcheck:ae(["CMD","wget","-q","--spider",fh]),networks:[Ge],...qe(),...Vo(),tmpfs:["/tmp"],deploy:je("0.5","128M")},r&&(t[me]={...zt(e),networks:[Ue],...qe(),deploy:je("1.0","1G")},t[Vt]={...Vl(),networks:[Ue],...qe(),...Yl(),deploy:je("0.25","64M")},s["db-data"]={}),e.cache==="redis"&&(t[Le]={...Wt(),networks:[Ue],...qe(),deploy:je("0.5","256M")},s["redis-data"]={}),e.objectStorage==="minio"&&(t[Be]={...Yt(),networks:[Ue],...qe(),deploy:je("0.5","512M")},s["minio-data"]={});let a={name:e.name,services:t,...Object.keys(s).length>0?{volumes:s}:{},networks:{[Ge]:{},[Ue]:{internal:!0}}};for(let c of n)a=Jl(a,c);return a}function Jl(e,n){let t=(o,i,r)=>{for(let l of Object.keys(i??{}))if(o&&l in o)throw new Error(`compose: ${r} "${l}" is already defined`);return{...o,...i}},s=t(e.volumes,n.volumes,"volume");return{...e,services:t(e.services,n.services,"service"),...Object.keys(s).length>0?{volumes:s}:{},networks:t(e.networks,n.networks,"network")}}var zo="compose",Ql={name:zo,description:"Compose files for development and single-host production, with healthchecks, pgbouncer and a TLS proxy.",render:e=>{if(D(e).length===0)return[];let n=Ko.map(o=>o(e)).filter(o=>o!==void 0),t=[{kind:"yaml",path:"docker-compose.yml",component:zo,headerComment:"Development stack: docker compose up --build. Secrets come from .env (see .env.example).",data:Fo(e)},{kind:"yaml",path:"compose.prod.yml",component:zo,headerComment:He(e)?"Single-host production behind the Cloudflare tunnel: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d. Needs .env. No port is published.":"Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.",data:Dn(e,n)}],s=Wl(e);return s&&t.push(s),t}};function T(e){let n=[],t=D(e),s=o=>{let i=t.find(r=>r.role===o);if(!i)throw new Error(`no ${o} image build`);return{context:i.context,dockerfile:K(i)}};return e.backend.kind!=="none"&&n.push({key:"api",image:`${e.name}-backend`,dir:e.backend.dir,...s("backend"),port:e.backend.port,healthPath:e.deploy.healthPath,urlVar:"API_URL",migrate:V(e)}),e.frontend.kind!=="none"&&n.push({key:"web",image:`${e.name}-frontend`,dir:e.frontend.dir,...s("frontend"),port:e.frontend.kind==="nextjs"?3e3:8080,healthPath:"/",urlVar:"WEB_URL",migrate:!1}),n}function V(e){return e.database==="postgres"||e.database==="postgis"}function Wo(e,n){let t=T(e);return{options:e,environment:n,services:t,migrator:t.find(s=>s.migrate),hasDatabase:V(e)}}function pe(e){switch(e.backend.kind){case"django":return["python","manage.py","migrate","--noinput"];case"fastapi":return["alembic","upgrade","head"];case"express":case"nestjs":return[e.backend.packageManager==="npm"?"npm":e.backend.packageManager,"run","migrate"];case"none":return[]}}var J=e=>`${e.options.name}-${e.environment}`,w=(...e)=>`${e.join(`
`)}
`,nr=()=>[{name:"Log in to GitHub Container Registry with the job token",uses:k("docker/login-action"),with:{registry:"ghcr.io",username:"${{ github.actor }}",password:"${{ secrets.GITHUB_TOKEN }}"}},{id:"registry",name:"Registry path (lowercase, as GHCR requires)",run:w('echo "registry=ghcr.io/${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"')}];function Xl(e){let n=e.deploy.region??"us-east-1",t=`${e.name}-production`,s=e.backend.kind!=="none"?`${t}-api`:`${t}-web`,o=e.deploy.strategy==="rolling"?s:`${s}-blue ${s}-green`;return{status:`aws ecs describe-services --region ${n} --cluster ${t} --services ${o} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,logs:`aws logs tail /ecs/${t} --region ${n} --since 30m --follow`,events:`aws ecs describe-services --region ${n} --cluster ${t} --services ${o} --query 'services[].events[0:10].[createdAt,message]' --output table`,databaseStatus:`aws rds describe-db-instances --region ${n} --db-instance-identifier ${t} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,listSnapshots:`aws rds describe-db-snapshots --region ${n} --db-instance-identifier ${t} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,rollback:e.deploy.strategy==="rolling"?[`previous=$(aws ecs list-task-definitions --region ${n} --family-prefix ${s} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --task-definition "$previous"`,`aws ecs wait services-stable --region ${n} --cluster ${t} --services ${s}`].join(`
`):[`lb=$(aws elbv2 describe-load-balancers --region ${n} --names ${s} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --region ${n} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`aws elbv2 describe-listeners --region ${n} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,"# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):",`old_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${s}-green`,`new_tg=$(aws elbv2 describe-target-groups --region ${n} --names ${s}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,`aws elbv2 modify-listener --region ${n} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`].join(`
`),scaleOut:`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --desired-count ${e.deploy.maxReplicas}`,restartService:`aws ecs update-service --region ${n} --cluster ${t} --service ${s} --force-new-deployment`,storageCheck:`aws s3api head-bucket --region ${n} --bucket ${e.backup.bucket??`${e.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,edgeBlock:[`id=$(aws wafv2 list-ip-sets --region ${n} --scope REGIONAL --query "IPSets[?Name=='${t}-blocked'].Id | [0]" --output text)`,`token=$(aws wafv2 get-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --query LockToken --output text)`,`aws wafv2 update-ip-set --region ${n} --scope REGIONAL --name ${t}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`].join(`
`)}}var tr=e=>e.options.deploy.strategy!=="rolling";function rr(e,n){let t=`${J(e)}-${n.key}`;return{service:t,blue:`${t}-blue`,green:`${t}-green`,loadBalancer:t}}function hh(e,n){let t=rr(e,n),s=n.key;return[tr(e)?{id:`previous-${s}`,name:`Find the live and idle ${s} services (blue/green)`,env:{LB_NAME:t.loadBalancer,BLUE:t.blue,GREEN:t.green},run:w(`lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,`listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,`blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,`blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,'if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN',"else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi","{",'  echo "live=$live"','  echo "idle=$idle"','  echo "listener=$listener"','  echo "live_tg=$live_tg"','  echo "idle_tg=$idle_tg"','  echo "live_service=$live_service"','  echo "idle_service=$idle_service"','} >> "$GITHUB_OUTPUT"',`live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,`aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${s}.json"`)}:{id:`previous-${s}`,name:`Record the running ${s} task definition`,env:{SERVICE:t.service},run:w(`previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,'echo "task_definition=$previous" >> "$GITHUB_OUTPUT"',`aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${s}.json"`)},{id:`render-${s}`,name:`Put the new ${s} image into the task definition`,uses:k("aws-actions/amazon-ecs-render-task-definition"),with:{"task-definition":`task-definition-${s}.json`,"container-name":s,image:`\${{ env.IMAGE_${s.toUpperCase()} }}`}},{id:`register-${s}`,name:`Register the ${s} task definition (no service: deploy comes after migrations)`,uses:k("aws-actions/amazon-ecs-deploy-task-definition"),with:{"task-definition":`\${{ steps.render-${s}.outputs.task-definition }}`}}]}function gh(e,n){return tr(e)?`\${{ steps.previous-${n.key}.outputs.idle_service }}`:rr(e,n).service}var Zl={id:"aws-ecs",title:"AWS ECS on Fargate",strategies:["rolling","canary","blue-green"],defaultRegion:"us-east-1",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({AWS_REGION:e.options.deploy.region??"us-east-1",ECS_CLUSTER:J(e),DB_INSTANCE_ID:J(e)}),login:()=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":"${{ env.AWS_REGION }}","role-session-name":"deploy-${{ github.run_id }}"}}],registry:e=>[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.AWS_DEPLOY_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1","mask-aws-account-id":!1}},{id:"registry",name:"Log in to Amazon ECR",uses:k("aws-actions/amazon-ecr-login")}],prepare:hh,snapshot:()=>[{id:"snapshot",name:"Snapshot the database before deploying (waits until available)","timeout-minutes":30,run:w('snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null','aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"','echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a one-off ECS task; a non-zero exit fails the deploy","timeout-minutes":20,env:{SERVICE:gh(e,n),TASK_DEFINITION:`\${{ steps.register-${n.key}.outputs.task-definition-arn }}`},run:w(`overrides='${JSON.stringify({containerOverrides:[{name:n.key,command:pe(e.options)}]})}'`,`network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,`task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,'echo "Migration task: $task"','aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"',`exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${n.key}'].exitCode | [0]" --output text)`,'if [ "$exit_code" != "0" ]; then','  echo "::error::Migration task exited with $exit_code"',"  exit 1","fi")}],deploy:(e,n)=>{let t=n.key,s=`\${{ steps.register-${t}.outputs.task-definition-arn }}`;return tr(e)?[{id:`deploy-${t}`,name:`Deploy ${t} to the idle service and wait for healthy targets`,"timeout-minutes":20,env:{IDLE_SERVICE:`\${{ steps.previous-${t}.outputs.idle_service }}`,LIVE_SERVICE:`\${{ steps.previous-${t}.outputs.live_service }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,TASK_DEFINITION:s},run:w(`desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,'aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"',`# The target group health check calls ${n.healthPath}; poll it with a deadline.`,"deadline=$((SECONDS + 300))",`until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,'  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi',"  sleep 10","done")}]:[{id:`deploy-${t}`,name:`Deploy ${t} and wait until the service is stable`,"timeout-minutes":20,env:{SERVICE:rr(e,n).service,TASK_DEFINITION:s},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new version`,env:{LISTENER:`\${{ steps.previous-${n.key}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${n.key}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${n.key}.outputs.live_tg }}`},run:w(`aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${t}},{TargetGroupArn=$LIVE_TG,Weight=${100-t}}]}" > /dev/null`)}],rollback:(e,n)=>{let t=n.key;return tr(e)?[{name:`Send all ${t} traffic back to the live service`,env:{LISTENER:`\${{ steps.previous-${t}.outputs.listener }}`,IDLE_TG:`\${{ steps.previous-${t}.outputs.idle_tg }}`,LIVE_TG:`\${{ steps.previous-${t}.outputs.live_tg }}`},run:w('aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null',`echo "::warning::Traffic for ${t} is back on the previous version"`)}]:[{name:`Roll ${t} back to the previous task definition`,env:{SERVICE:rr(e,n).service,PREVIOUS:`\${{ steps.previous-${t}.outputs.task_definition }}`},run:w('aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null','aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}]},runbook:Xl,settings:()=>({vars:["AWS_DEPLOY_ROLE_ARN","API_URL","WEB_URL"],secrets:[]})};function ec(e){let n=`${e.name}-production`,t=e.backend.kind!=="none"?`${n}-api`:`${n}-web`,s=e.backup.bucket??`${e.name}-backups`;return{status:`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,logs:`az containerapp logs show --name ${t} --resource-group ${n} --tail 200 --follow`,events:`az containerapp logs show --name ${t} --resource-group ${n} --type system --tail 50`,databaseStatus:`az postgres flexible-server show --resource-group ${n} --name ${n}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,listSnapshots:`az postgres flexible-server backup list --resource-group ${n} --name ${n}-pg --output table`,rollback:[`az containerapp revision list --name ${t} --resource-group ${n} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,`previous=$(az containerapp revision list --name ${t} --resource-group ${n} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,e.deploy.strategy==="rolling"?`az containerapp update --name ${t} --resource-group ${n} --image "$(az containerapp revision show --name ${t} --resource-group ${n} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`:`az containerapp ingress traffic set --name ${t} --resource-group ${n} --revision-weight "$previous=100"`].join(`
`),scaleOut:`az containerapp update --name ${t} --resource-group ${n} --min-replicas ${e.deploy.minReplicas} --max-replicas ${e.deploy.maxReplicas*2}`,restartService:`az containerapp revision restart --name ${t} --resource-group ${n} --revision "$(az containerapp show --name ${t} --resource-group ${n} --query properties.latestReadyRevisionName --output tsv)"`,storageCheck:`az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${s} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,edgeBlock:`az containerapp ingress access-restriction set --name ${t} --resource-group ${n} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`}}var nc=e=>e.options.deploy.strategy!=="rolling",or=(e,n)=>`${J(e)}-${n.key}`,tc=()=>[{name:"Log in to Azure with OIDC (federated credential)",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],rc={id:"azure-container-apps",title:"Azure Container Apps",strategies:["rolling","canary","blue-green"],defaultRegion:"eastus",buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({RESOURCE_GROUP:J(e),PG_SERVER:`${J(e)}-pg`}),login:tc,registry:()=>[...tc(),{id:"registry",name:"Log Docker in to Azure Container Registry",env:{ACR_LOGIN_SERVER:"${{ vars.ACR_LOGIN_SERVER }}"},run:w('az acr login --name "${ACR_LOGIN_SERVER%%.*}"','echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"')}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision and image serving now`,env:{APP:or(e,n)},run:w('revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)',`image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','echo "image=$image" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Take an on-demand flexible-server backup before deploying (waits for it)","timeout-minutes":30,run:w('backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"','az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none','az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv','echo "backup=$backup" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Container Apps job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${J(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none','execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)',"deadline=$((SECONDS + 900))","while true; do",'  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)','  case "$status" in','    Succeeded) echo "Migration $execution succeeded"; break ;;','    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;',"  esac",'  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi',"  sleep 10","done")}],deploy:(e,n)=>{let t=n.key,s={APP:or(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath};return nc(e)?[{id:`deploy-${t}`,name:`Deploy ${t} as a new revision without traffic and check it`,"timeout-minutes":20,env:{...s,PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`},run:w("# Pin traffic to the serving revision first, so the new one starts with none.",'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none','revision="$APP--r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"','fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)','echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} (single-revision mode moves traffic once the revision is ready)`,"timeout-minutes":20,env:s,run:w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{APP:or(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none':`az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${t}" "$PREVIOUS=${100-t}" --output none`)}],rollback:(e,n)=>{let t=n.key,s={APP:or(e,n),PREVIOUS:`\${{ steps.previous-${t}.outputs.revision }}`,PREVIOUS_IMAGE:`\${{ steps.previous-${t}.outputs.image }}`};return[{name:`Roll ${t} back to the previous revision`,env:s,run:nc(e)?w('az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none','echo "::warning::Traffic for $APP is back on $PREVIOUS"'):w('az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none','echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"')}]},runbook:ec,settings:()=>({vars:["AZURE_CLIENT_ID","AZURE_TENANT_ID","AZURE_SUBSCRIPTION_ID","ACR_LOGIN_SERVER","API_URL","WEB_URL"],secrets:[]})};var Fe=["compose.prod.yml","compose.tunnel.yml"],Yo=()=>`docker compose ${Fe.map(e=>`-f ${e}`).join(" ")}`;function oc(e){let n=Yo(),t=`cd /srv/${e.name} && `,s=e.backend.kind!=="none"?"backend":"frontend";return{status:`${t}${n} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,logs:`${t}${n} logs --since 30m --tail 200 ${s}`,events:"docker events --since 30m --until 0s --filter type=container",databaseStatus:`${t}${n} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,listSnapshots:`ls -lt /srv/${e.name}/backups | head -n 10`,rollback:[`cd /srv/${e.name}`,"cat .deployed.env",`previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${e.name}-${s}:' | sed -n 2p)   # newest first: line 2 is the one before`,`bash scripts/deploy_remote.sh deploy ${s} "$previous"`].join(`
`),scaleOut:`${t}${n} up --detach --no-deps --scale ${s}=2 ${s}`,restartService:`${t}${n} restart ${s}`,storageCheck:`${t}${n} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,edgeBlock:"Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)"}}var ic=e=>`/srv/${e.name}`,Ke=e=>e.key==="api"?{service:"backend",imageVar:"BACKEND_IMAGE"}:{service:"frontend",imageVar:"FRONTEND_IMAGE"},Jo=e=>e.options.deploy.strategy==="blue-green",de=e=>`ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${e} < scripts/deploy_remote.sh`;function yh(e){let n=T(e).map(t=>({key:t.key,port:t.port,healthPath:t.healthPath,...Ke(t)}));return{kind:"text",path:"scripts/deploy_remote.sh",component:"deploy",comment:"hash",executable:!0,text:A("scripts/deploy_remote.sh.hbs",{deployDir:ic(e),composeFiles:Fe,services:n,migrateVar:"BACKEND_IMAGE",migrateService:"backend",migrateCommand:pe(e).join(" "),blueGreen:e.deploy.strategy==="blue-green"})}}var sc={id:"compose",title:"Docker Compose on a self-hosted server",strategies:["rolling","blue-green"],buildPermissions:{packages:"write"},deployPermissions:{},env:e=>({DEPLOY_HOST:"${{ vars.DEPLOY_HOST }}",DEPLOY_USER:"${{ vars.DEPLOY_USER }}",DEPLOY_DIR:ic(e.options)}),login:()=>[{name:"Load the deploy SSH key into an agent",uses:k("webfactory/ssh-agent"),with:{"ssh-private-key":"${{ secrets.DEPLOY_SSH_KEY }}"}},{name:"Pin the server's host key (no trust on first use)",env:{DEPLOY_KNOWN_HOSTS:"${{ vars.DEPLOY_KNOWN_HOSTS }}"},run:w("install -m 700 -d ~/.ssh",`printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,"chmod 600 ~/.ssh/known_hosts",'ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }')},{name:"Copy the compose files to the server",run:w(`scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${Fe.join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,'scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r cloudflared deploy scripts "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"')}],registry:nr,prepare:(e,n)=>[Jo(e)?{id:`previous-${n.key}`,name:`Record which colour serves ${n.key} now`,run:w(`echo "colour=$(${de(`live ${n.key}`)})" >> "$GITHUB_OUTPUT"`)}:{id:`previous-${n.key}`,name:`Record the ${n.key} image running now`,run:w(`echo "image=$(${de(`current ${Ke(n).service}`)})" >> "$GITHUB_OUTPUT"`)}],snapshot:()=>[{id:"snapshot",name:"pg_dump the database on the server before deploying (verified with pg_restore --list)","timeout-minutes":30,run:w(de('snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"'))}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations in a one-off container; a non-zero exit fails the deploy","timeout-minutes":20,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(de('migrate "$IMAGE"'))}],deploy:(e,n)=>[Jo(e)?{id:`deploy-${n.key}`,name:`Start the new ${n.key} on the idle colour and check it through the switch`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(`idle=$(${de(`deploy-idle ${n.key} "$IMAGE"`)} | tail -n 1)`,'echo "colour=$idle" >> "$GITHUB_OUTPUT"')}:{id:`deploy-${n.key}`,name:`Start the new ${n.key} container and wait for its healthcheck`,"timeout-minutes":15,env:{IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w(de(`deploy ${Ke(n).service} "$IMAGE"`))}],shift:(e,n)=>[{id:`shift-${n.key}-100`,name:`Switch ${n.key} traffic to the new colour`,env:{COLOUR:`\${{ steps.deploy-${n.key}.outputs.colour }}`},run:w(de(`switch ${n.key} "$COLOUR"`))}],rollback:(e,n)=>Jo(e)?[{name:`Switch ${n.key} traffic back to the previous colour`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.colour }}`},run:w(de(`switch ${n.key} "$PREVIOUS"`),`echo "::warning::${n.key} traffic is back on $PREVIOUS"`)}]:[{name:`Roll ${n.key} back to the previous image`,env:{PREVIOUS:`\${{ steps.previous-${n.key}.outputs.image }}`},run:w(`if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${n.key} image to roll back to"; exit 0; fi`,de(`deploy ${Ke(n).service} "$PREVIOUS"`),`echo "::warning::Rolled ${n.key} back to $PREVIOUS"`)}],files:e=>[yh(e)],runbook:oc,settings:()=>({vars:["DEPLOY_HOST","DEPLOY_USER","DEPLOY_KNOWN_HOSTS","API_URL","WEB_URL"],secrets:["DEPLOY_SSH_KEY"]})};function ac(e){let n=e.deploy.region??"us-central1",t=`${e.name}-production`,s=e.backend.kind!=="none"?`${t}-api`:`${t}-web`;return{status:`gcloud run services describe ${s} --region ${n} --format 'yaml(status.conditions,status.traffic)'`,logs:`gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${s}" AND severity>=WARNING' --freshness 30m --limit 100`,events:`gcloud run revisions list --service ${s} --region ${n} --limit 5`,databaseStatus:`gcloud sql instances describe ${t} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,listSnapshots:`gcloud sql backups list --instance ${t} --limit 10`,rollback:[`previous=$(gcloud run revisions list --service ${s} --region ${n} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,`gcloud run services update-traffic ${s} --region ${n} --to-revisions "$previous=100"`].join(`
`),scaleOut:`gcloud run services update ${s} --region ${n} --min-instances ${e.deploy.minReplicas} --max-instances ${e.deploy.maxReplicas*2}`,restartService:`gcloud run services update ${s} --region ${n} --update-env-vars RESTARTED_AT="$(date +%s)"`,storageCheck:`gcloud storage buckets describe gs://${e.backup.bucket??`${e.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${e.backup.bucket??`${e.name}-backups`}/${e.backup.prefix}/ | tail -n 3`,edgeBlock:`gcloud compute security-policies rules create 1000 --security-policy ${t}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`}}var Qo="us-central1",bh=e=>e.options.deploy.strategy!=="rolling",_h=e=>e.options.deploy.region??Qo,ir=(e,n)=>`${J(e)}-${n.key}`,lc=()=>[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],cc={id:"gcp-cloud-run",title:"Google Cloud Run",strategies:["rolling","canary","blue-green"],defaultRegion:Qo,buildPermissions:{"id-token":"write"},deployPermissions:{"id-token":"write"},env:e=>({GCP_REGION:_h(e),GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}",SQL_INSTANCE:J(e)}),login:lc,registry:e=>[...lc(),{id:"registry",name:"Log Docker in to Artifact Registry",env:{GCP_REGION:e.deploy.region??Qo,GCP_PROJECT_ID:"${{ vars.GCP_PROJECT_ID }}"},run:w('gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet',`echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${e.name}" >> "$GITHUB_OUTPUT"`)}],prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now`,env:{SERVICE:ir(e,n)},run:w(`previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,`[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,'echo "revision=$previous" >> "$GITHUB_OUTPUT"')}],snapshot:()=>[{id:"snapshot",name:"Back up Cloud SQL before deploying (waits for the operation)","timeout-minutes":30,run:w(`operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,'gcloud sql operations wait "$operation" --timeout 1500','echo "operation=$operation" >> "$GITHUB_OUTPUT"')}],migrate:(e,n)=>[{id:"migrate",name:"Run migrations as a Cloud Run job; a failed execution fails the deploy","timeout-minutes":20,env:{JOB:`${J(e)}-migrate`,IMAGE:`\${{ env.IMAGE_${n.key.toUpperCase()} }}`},run:w('gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet',"# --wait returns non-zero when the execution fails.",'gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait')}],deploy:(e,n)=>{let t=n.key,s={SERVICE:ir(e,n),IMAGE:`\${{ env.IMAGE_${t.toUpperCase()} }}`,HEALTH_PATH:n.healthPath};return bh(e)?[{id:`deploy-${t}`,name:`Deploy ${t} without traffic and check the tagged revision`,"timeout-minutes":20,env:s,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet',`revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,`url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"','HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh')}]:[{id:`deploy-${t}`,name:`Deploy ${t} and move all traffic once the revision is ready`,"timeout-minutes":20,env:s,run:w('gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet','gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet')}]},shift:(e,n,t)=>[{id:`shift-${n.key}-${t}`,name:`Send ${t}% of ${n.key} traffic to the new revision`,env:{SERVICE:ir(e,n),NEW:`\${{ steps.deploy-${n.key}.outputs.revision }}`,PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w(t>=100?'gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet':`gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${t},$PREVIOUS=${100-t}" --quiet`)}],rollback:(e,n)=>[{name:`Send all ${n.key} traffic back to the previous revision`,env:{SERVICE:ir(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet','echo "::warning::Rolled $SERVICE back to $PREVIOUS"')}],runbook:ac,settings:()=>({vars:["GCP_PROJECT_ID","GCP_WORKLOAD_IDENTITY_PROVIDER","GCP_DEPLOY_SERVICE_ACCOUNT","API_URL","WEB_URL"],secrets:[]})};function uc(e){return{kind:"text",path:"scripts/kube_github_oidc.sh",component:"deploy",comment:"hash",executable:!0,text:A("scripts/kube_github_oidc.sh.hbs",{name:e.name})}}function mc(e){let n=`${e.name}-prod`,t=e.backend.kind!=="none"?`${e.name}-api`:`${e.name}-web`;return{status:`kubectl --namespace ${n} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${e.name} --output wide`,logs:`kubectl --namespace ${n} logs deployment/${t} --since 30m --all-containers --prefix`,events:`kubectl --namespace ${n} get events --sort-by .lastTimestamp | tail -n 30`,databaseStatus:`kubectl --namespace ${n} run pg-check --rm -i --restart Never --image ${on()} --env-from secret/${e.name}-secrets -- pg_isready`,listSnapshots:`kubectl --namespace ${n} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,rollback:[`kubectl --namespace ${n} rollout history deployment/${t}`,`kubectl --namespace ${n} rollout undo deployment/${t}`,`kubectl --namespace ${n} rollout status deployment/${t} --timeout 10m`].join(`
`),scaleOut:`kubectl --namespace ${n} patch hpa ${t} --patch '{"spec":{"minReplicas":${e.deploy.maxReplicas}}}'`,restartService:`kubectl --namespace ${n} rollout restart deployment/${t}`,storageCheck:`kubectl --namespace ${n} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${e.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,edgeBlock:`kubectl --namespace ${n} annotate ingress ${e.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`}}var Zo=(e,n)=>`${e}-${n==="production"?"prod":"dev"}`,pc=e=>e==="production"?"prod":"dev",Xo=(e,n)=>`${e.options.name}-${n.key}`;function dc(e,n,t,s){let o=[`mkdir -p ${n}`,"{",'  echo "apiVersion: kustomize.config.k8s.io/v1beta1"','  echo "kind: Kustomization"','  echo "namespace: $NAMESPACE"',...s?[`  echo "nameSuffix: ${s}"`]:[],`  echo "resources: [${t}]"`,'  echo "images:"'];for(let i of e.services)o.push(`  echo "  - { name: ${i.image}, newName: \${IMAGE_${i.key.toUpperCase()}%:*}, newTag: \${IMAGE_${i.key.toUpperCase()}##*:} }"`);return o.push(`} > ${n}/kustomization.yaml`),o}var fc=(e,n)=>[`deadline=$((SECONDS + ${n}))`,"while true; do",`  succeeded=$(kubectl get job "${e}" --output jsonpath='{.status.succeeded}')`,`  failed=$(kubectl get job "${e}" --output jsonpath='{.status.failed}')`,'  if [ "${succeeded:-0}" -ge 1 ]; then break; fi',`  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${e}" --tail 100 || echo "(no logs)"; echo "::error::Job ${e} failed"; exit 1; fi`,`  if (( SECONDS >= deadline )); then echo "::error::Job ${e} did not finish in ${n}s"; exit 1; fi`,"  sleep 5","done"],hc={id:"kubernetes",title:"Kubernetes",strategies:["rolling"],buildPermissions:{packages:"write"},deployPermissions:{"id-token":"write"},env:e=>({NAMESPACE:Zo(e.options.name,e.environment),K8S_API_SERVER:"${{ vars.K8S_API_SERVER }}",K8S_CA_DATA:"${{ vars.K8S_CA_DATA }}",K8S_OIDC_AUDIENCE:"${{ vars.K8S_OIDC_AUDIENCE }}"}),login:()=>[{name:"Set up kubectl",uses:k("azure/setup-kubectl")},{name:"Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",run:w('kubeconfig="$RUNNER_TEMP/kubeconfig"','cat > "$kubeconfig" <<EOF',"apiVersion: v1","kind: Config","clusters:","  - name: target",'    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }',"users:","  - name: github-oidc","    user:",'      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }',"contexts:","  - name: deploy",'    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }',"current-context: deploy","EOF",'chmod 600 "$kubeconfig"','echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"','kubectl auth can-i patch deployments --namespace "$NAMESPACE"')}],registry:nr,prepare:(e,n)=>[{id:`previous-${n.key}`,name:`Record the ${n.key} revision serving now and write this run's kustomization`,env:{DEPLOYMENT:Xo(e,n)},run:w(`revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,'echo "revision=$revision" >> "$GITHUB_OUTPUT"',...dc(e,"k8s/release",`../overlays/${pc(e.environment)}`))}],snapshot:e=>[{id:"snapshot",name:"pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)","timeout-minutes":30,run:w('job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',`kubectl create job "$job" --from "cronjob/${e.options.name}-db-dump"`,...fc("$job",1500),'echo "job=$job" >> "$GITHUB_OUTPUT"')}],migrate:e=>[{id:"migrate",name:"Run migrations as a Job with the new image; a failed Job fails the deploy","timeout-minutes":20,run:w(...dc(e,"k8s/release-migrate","../migrate","-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),"kubectl apply -k k8s/release-migrate",`job="${e.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,...fc("$job",900))}],deploy:(e,n)=>[{id:`deploy-${n.key}`,name:`Apply the ${pc(e.environment)} overlay and wait for the ${n.key} rollout`,"timeout-minutes":15,env:{DEPLOYMENT:Xo(e,n)},run:w("kubectl apply -k k8s/release",'kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m')}],shift:()=>[],rollback:(e,n)=>[{name:`Roll ${n.key} back to the previous ReplicaSet`,env:{DEPLOYMENT:Xo(e,n),PREVIOUS:`\${{ steps.previous-${n.key}.outputs.revision }}`},run:w('if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi','kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"','kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m','echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"')}],files:e=>[uc(e)],runbook:mc,settings:()=>({vars:["K8S_API_SERVER","K8S_CA_DATA","K8S_OIDC_AUDIENCE","API_URL","WEB_URL"],secrets:[]})};var Ve={"aws-ecs":Zl,"gcp-cloud-run":cc,"azure-container-apps":rc,kubernetes:hc,compose:sc};function gc(e){let n=Ve[e.cloud];if(!n.strategies.includes(e.deploy.strategy))throw U(`deploy.strategy: "${e.deploy.strategy}" is not supported on ${e.cloud}. Allowed: ${n.strategies.join(", ")}`);return n}var ei=e=>e.key==="api"?8081:8082,yc="deploy/switch/nginx.conf";function bc(e){let n=T(e).map(t=>({key:t.key,switchPort:ei(t)}));return{kind:"text",path:yc,component:"deploy",comment:"hash",text:A("deploy/switch-nginx.conf.hbs",{name:e.name,services:n})}}function _c(e){let n=Dn(e).services,t={},s=T(e);for(let o of s){let{service:i,imageVar:r}=Ke(o),l=n[i];if(!l)throw new Error(`compose.prod.yml has no ${i} service`);t[`${i}-green`]={...l,image:`\${${r}_GREEN:-\${${r}}}`}}return t.switch={image:L("nginxinc/nginx-unprivileged:1.29.5-alpine"),volumes:[`./${yc}:/etc/nginx/nginx.conf:ro`,"./state/switch:/etc/nginx/live:ro"],depends_on:Object.fromEntries(s.map(o=>[Ke(o).service,{condition:"service_healthy"}])),healthcheck:{test:["CMD","wget","-q","--spider","http://127.0.0.1:8080/switch-health"],interval:"10s",timeout:"3s",retries:3,start_period:"5s"},networks:["edge"],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],tmpfs:["/tmp"],deploy:{resources:{limits:{cpus:"0.25",memory:"64M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},t}var kc="public, max-age=31536000, immutable",kh="css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";function vc(e,n){let t=n.some(r=>r.role==="backend"),s=n.some(r=>r.role==="frontend"),o=s?"frontend":"backend",i=[];return t&&s&&(i.push({match:"^~ /api/",upstream:"backend",why:"API requests go to the backend."}),e.backend.kind==="django"&&i.push({match:"^~ /admin/",upstream:"backend",why:"Django admin."})),t&&e.backend.kind==="django"&&i.push({match:"^~ /static/",upstream:"backend",why:"Django static files (collectstatic with hashed names).",cache:"public, max-age=2592000",expires:"30d"}),e.frontend.kind==="nextjs"&&i.push({match:"^~ /_next/static/",upstream:"frontend",why:"Next.js build output: content-hashed, cached for a year.",cache:kc,expires:"1y"}),e.frontend.kind==="react-vite"&&i.push({match:"^~ /assets/",upstream:"frontend",why:"Vite build output: content-hashed, cached for a year.",cache:kc,expires:"1y"}),i.push({match:`~* \\.(?:${kh})$`,upstream:o,why:"Other static assets: cached for a week.",cache:"public, max-age=604800",expires:"7d"}),i.push({match:"/",upstream:o,why:s?"Everything else is the frontend.":"Everything else is the backend."}),i}var vh=['Strict-Transport-Security "max-age=63072000; includeSubDomains"','X-Content-Type-Options "nosniff"','X-Frame-Options "DENY"','Referrer-Policy "strict-origin-when-cross-origin"','Permissions-Policy "camera=(), microphone=(), geolocation=()"','Cross-Origin-Opener-Policy "same-origin"'],wh="deploy/nginx/nginx.conf";function Sh(e){let n=He(e)&&e.deploy.strategy==="blue-green";return D(e).map(t=>n?{name:t.role,host:"switch",port:ei({key:t.role==="backend"?"api":"web"})}:{name:t.role,host:t.role,port:t.port})}function $h(e){let n=D(e),t=He(e),s=n.length===2,o=t&&s&&e.deploy.domain?`api.${e.deploy.domain}`:void 0,i=vc(e,n).map(r=>o&&r.upstream==="frontend"?{...r,upstream:"$site"}:r);return A("proxy/nginx.conf.hbs",{upstreams:Sh(e),locations:i,tunnel:t,apiHost:o,securityHeaders:vh,rateLimit:20,rateBurst:40})}var wc={name:"proxy",description:"nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",render:e=>D(e).length===0?[]:[{kind:"text",path:wh,component:"proxy",comment:"hash",text:$h(e)}]};var Sc="deploy/pgbouncer/pgbouncer.ini",ni="database-guidance",$c=e=>e.database==="postgres"||e.database==="postgis";function Eh(e){return{kind:"text",path:"docs/database.md",component:ni,comment:"html",text:A("docs/database.md.hbs",{postgres:$c(e),postgis:e.database==="postgis",sqlite:e.database==="sqlite",django:e.backend.kind==="django",fastapi:e.backend.kind==="fastapi",node:e.backend.kind==="express"||e.backend.kind==="nestjs",settings:Ft.map(([n,t,s])=>({name:n,value:t,why:s})),pool:Kt,pgbouncerIni:Sc}).replace(/\n+$/,`
`)}}var Ec={name:ni,description:"pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",render:e=>{if(e.database==="none")return[];let n=[Eh(e)];return $c(e)&&D(e).length>0&&n.push({kind:"text",path:Sc,component:ni,comment:"hash",text:A("database/pgbouncer.ini.hbs",{pool:Kt})}),n}};var Oc=e=>`\${{ vars.${e} }}`;function sr(e,n,t){return{id:`health-${e.key}-${n}`,name:`Poll ${e.key} ${e.healthPath} until healthy (${t})`,"timeout-minutes":10,env:{HEALTH_URL:`\${{ vars.${e.urlVar} }}${e.healthPath}`,DEADLINE_SECONDS:"300"},run:`bash scripts/wait_for_health.sh
`}}function Oh(e,n,t){let s=[...e.deploy(n,t)];switch(n.options.deploy.strategy){case"rolling":s.push(sr(t,"rollout","rolled out"));break;case"canary":s.push(...e.shift(n,t,10),sr(t,"canary","canary at 10%"),...e.shift(n,t,100),sr(t,"full","all traffic"));break;case"blue-green":s.push(...e.shift(n,t,100),sr(t,"switched","switched"));break}return s}var Ph=e=>`steps.${e}.outcome == 'success' || steps.${e}.outcome == 'failure'`;function ti(e,n,t){let s=Wo(e,t),o=[x(),...n.login(s)];for(let a of s.services)o.push(...n.prepare(s,a));s.hasDatabase&&o.push(...n.snapshot(s)),s.migrator&&o.push(...n.migrate(s,s.migrator));for(let a of s.services)o.push(...Oh(n,s,a));for(let a of s.services)o.push(...n.rollback(s,a).map((c,u)=>({...c,id:`rollback-${a.key}${u===0?"":`-${u}`}`,if:`\${{ failure() && (${Ph(`deploy-${a.key}`)}) }}`})));let i={};for(let a of s.services)i[`IMAGE_${a.key.toUpperCase()}`]=`\${{ needs.build.outputs.registry }}/${a.image}:\${{ github.sha }}`;let r={contents:"read",...n.deployPermissions},l=s.services.some(a=>a.key==="web")?Oc("WEB_URL"):Oc("API_URL");return{name:`Deploy to ${t}`,"runs-on":"ubuntu-latest",needs:t==="production"?["build","deploy-staging"]:["build"],environment:{name:t,url:l},permissions:r,concurrency:{group:`deploy-${t}`,"cancel-in-progress":!1},"timeout-minutes":90,env:{...n.env(s),...i},steps:o}}function Ch(e,n){let t=[x(),...n.registry(e),{id:"buildx",name:"Set up Docker Buildx",uses:k("docker/setup-buildx-action")}];for(let s of T(e))t.push({id:`build-${s.key}`,name:`Build and push ${s.image}`,uses:k("docker/build-push-action"),with:{context:s.context,file:s.dockerfile,push:!0,tags:`\${{ steps.registry.outputs.registry }}/${s.image}:\${{ github.sha }}`,"cache-from":`type=gha,scope=${s.image}`,"cache-to":`type=gha,mode=max,scope=${s.image}`}});return{name:"Build and push images","runs-on":"ubuntu-latest",permissions:{contents:"read",...n.buildPermissions},"timeout-minutes":30,outputs:{registry:"${{ steps.registry.outputs.registry }}"},steps:t}}function Ah(){return{name:"Record the release","runs-on":"ubuntu-latest",needs:["deploy-production"],permissions:{contents:"write"},"timeout-minutes":10,steps:[{id:"release",name:"Create a GitHub release for the production deploy",uses:k("softprops/action-gh-release"),with:{tag_name:"deploy-${{ github.run_number }}",name:"Production deploy ${{ github.run_number }}",target_commitish:"${{ github.sha }}",generate_release_notes:!0}}]}}function Th(){return{name:"Notify Slack","runs-on":"ubuntu-latest",needs:["build","deploy-staging","deploy-production","release"],if:"${{ always() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post the deploy result to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify("Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}")}
`}}]}}function ri(e,n){let t={build:Ch(e,n),"deploy-staging":ti(e,n,"staging"),"deploy-production":ti(e,n,"production"),release:Ah()};return e.notifications.slack&&(t.notify=Th()),{name:"Deploy",on:{push:{branches:["main"]},workflow_dispatch:{}},permissions:{},concurrency:{group:"deploy","cancel-in-progress":!1},jobs:t}}var Rh=L("cloudflare/cloudflared:2026.3.0");function Pc(e){let n=e.deploy.strategy==="blue-green";return{kind:"yaml",path:"compose.tunnel.yml",component:"deploy",headerComment:`Cloudflare tunnel for the self-hosted target: docker compose ${Fe.map(t=>`-f ${t}`).join(" ")} up -d`,data:{services:{cloudflared:{image:Rh,command:["tunnel","--no-autoupdate","--config","/etc/cloudflared/config.yml","--metrics","127.0.0.1:2000","run"],environment:{TUNNEL_TOKEN:"${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}"},volumes:["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],depends_on:{[dn]:{condition:"service_healthy"}},healthcheck:{test:["CMD","cloudflared","tunnel","--metrics","127.0.0.1:2000","ready"],interval:"30s",timeout:"5s",retries:3,start_period:"20s"},networks:[Ge],restart:"unless-stopped",read_only:!0,cap_drop:["ALL"],security_opt:["no-new-privileges:true"],deploy:{resources:{limits:{cpus:"0.50",memory:"128M"}}},logging:{driver:"json-file",options:{"max-size":"10m","max-file":"3"}}},...n?{..._c(e),[dn]:{depends_on:{switch:{condition:"service_healthy"}}}}:{}}}}}function Cc(e){let n=`http://${dn}:${er}`,t=e.deploy.domain,s=T(e).length===2;return{kind:"yaml",path:"cloudflared/config.yml",component:"deploy",headerComment:"Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",data:{"no-autoupdate":!0,ingress:t?[...s?[{hostname:`api.${t}`,service:n}]:[],{hostname:t,service:n},{service:"http_status:404"}]:[{service:n}]}}}function xh(e){if(T(e).length===0)return[];let n=gc(e),t=[{kind:"yaml",path:".github/workflows/deploy.yml",component:"deploy",headerComment:`Build once, deploy to staging, then (after approval) production on ${n.title}, with rollback.`,data:JSON.parse(JSON.stringify(ri(e,n)))},{kind:"text",path:"scripts/wait_for_health.sh",component:"deploy",comment:"hash",executable:!0,text:A("scripts/wait_for_health.sh.hbs",{name:e.name,healthPath:e.deploy.healthPath})},...n.files?.(e)??[]];return e.cloud==="compose"&&(t.push(Pc(e),Cc(e)),e.deploy.strategy==="blue-green"&&t.push(bc(e))),t}var Ac={name:"deploy",description:"deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose tunnel.",render:xh};var Ih={s3:"Amazon S3",minio:"MinIO (S3 API)",gcs:"Google Cloud Storage","azure-blob":"Azure Blob Storage",local:"a local directory"},ne=e=>e.backup.bucket??`${e.name}-backups`;function Dh(e,n){return{name:e.name,targetTitle:Ih[n],retention:e.backup.retention,bucket:ne(e),prefix:e.backup.prefix,localPath:e.backup.localPath,local:n==="local",s3:n==="s3",minio:n==="minio",gcs:n==="gcs",azure:n==="azure-blob"}}function Tc(e,n){let t=Dh(e,n);return["backup_db.sh","restore_db.sh"].map(s=>({kind:"text",path:`scripts/${s}`,component:"backup",comment:"hash",executable:!0,text:A(`scripts/${s}.hbs`,t).replace(/\n{3,}/g,`

`)}))}function Nh(e){switch(e.backend.kind){case"django":return"select count(*) from django_migrations";case"fastapi":return"select version_num from alembic_version";default:return"select count(*) from information_schema.tables where table_schema = 'public'"}}function Lh(e,n){switch(n){case"s3":return{steps:[{name:"Log in to AWS with OIDC",uses:k("aws-actions/configure-aws-credentials"),with:{"role-to-assume":"${{ vars.BACKUP_ROLE_ARN }}","aws-region":e.deploy.region??"us-east-1"}}],env:{}};case"gcs":return{steps:[{name:"Authenticate to Google Cloud with Workload Identity Federation",uses:k("google-github-actions/auth"),with:{workload_identity_provider:"${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",service_account:"${{ vars.BACKUP_SERVICE_ACCOUNT }}"}},{name:"Set up gcloud",uses:k("google-github-actions/setup-gcloud")}],env:{}};case"azure-blob":return{steps:[{name:"Log in to Azure with OIDC",uses:k("azure/login"),with:{"client-id":"${{ vars.AZURE_CLIENT_ID }}","tenant-id":"${{ vars.AZURE_TENANT_ID }}","subscription-id":"${{ vars.AZURE_SUBSCRIPTION_ID }}"}}],env:{AZURE_STORAGE_ACCOUNT:"${{ vars.BACKUP_STORAGE_ACCOUNT }}"}};case"minio":return{steps:[],env:{S3_ENDPOINT_URL:"${{ vars.BACKUP_S3_ENDPOINT_URL }}",AWS_ACCESS_KEY_ID:"${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",AWS_SECRET_ACCESS_KEY:"${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}"}};case"local":return{steps:[],env:{}}}}var Rc={PGHOST:"${{ vars.PGHOST }}",PGPORT:"${{ vars.PGPORT || '5432' }}",PGUSER:"${{ vars.PGUSER }}",PGDATABASE:"${{ vars.PGDATABASE }}",PGSSLMODE:"require"},Nn={PGPASSWORD:"${{ secrets.PGPASSWORD }}"},Bh=["pg_dump","pg_restore","psql","createdb","dropdb"],Mh=["PGHOST","PGPORT","PGUSER","PGPASSWORD","PGDATABASE","PGSSLMODE"];function oi(){let e=Mh.map(n=>`-e ${n}`).join(" ");return{id:"pg-client",name:"PostgreSQL client tools of the server's major version (pinned image)",env:{PG_CLIENT_IMAGE:on()},run:['bin="$RUNNER_TEMP/pg-client/bin"','mkdir -p "$bin"',`for tool in ${Bh.join(" ")}; do`,`  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${e} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,'  chmod +x "$bin/$tool"',"done",'docker pull --quiet "$PG_CLIENT_IMAGE"','echo "$bin" >> "$GITHUB_PATH"','echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',""].join(`
`)}}var xc=e=>[{id:"restore",name:"Restore the newest dump into the scratch database",run:`bash scripts/restore_db.sh latest
`},{id:"sanity",name:"Sanity query against the restored data",env:{SANITY_QUERY:Nh(e)},run:`result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")
echo "sanity query returned: $result"
[ -n "$result" ] && [ "$result" != "0" ]
`}];function Ic(e,n){let t=Lh(e,n),s=n==="minio"||n==="local"?{contents:"read"}:{contents:"read","id-token":"write"},o={};return n==="local"?o.backup={name:"Back up and verify by restoring","runs-on":["self-hosted",`${e.name}-db`],environment:"production",permissions:s,"timeout-minutes":60,env:{...Rc,PGSSLMODE:"prefer",RESTORE_DATABASE:`${e.name.replace(/-/g,"_")}_restore_check`},steps:[x(),oi(),{id:"backup",name:"Back up the database",env:Nn,run:`bash scripts/backup_db.sh
`},{id:"scratch",name:"Create an empty scratch database",env:Nn,run:`dropdb --if-exists "$RESTORE_DATABASE"
createdb "$RESTORE_DATABASE"
`},...xc(e).map(i=>({...i,env:{...i.env,...Nn}})),{id:"cleanup",name:"Drop the scratch database",if:"${{ always() }}",env:Nn,run:`dropdb --if-exists "$RESTORE_DATABASE"
`}]}:(o.backup={name:"Back up the production database","runs-on":"ubuntu-latest",environment:"production",permissions:s,"timeout-minutes":60,env:{...Rc,...t.env},steps:[x(),...t.steps,oi(),{id:"backup",name:"Back up the database",env:Nn,run:`bash scripts/backup_db.sh
`}]},o.verify={name:"Verify: restore the newest dump into a scratch database","runs-on":"ubuntu-latest",needs:["backup"],environment:"production",permissions:s,"timeout-minutes":60,services:{scratch:{image:rn(e),env:{POSTGRES_HOST_AUTH_METHOD:"trust",POSTGRES_DB:"restore_check"},ports:["5432:5432"],options:"--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10"}},env:{...t.env,PGHOST:"localhost",PGPORT:"5432",PGUSER:"postgres",PGDATABASE:"${{ vars.PGDATABASE }}",RESTORE_DATABASE:"restore_check"},steps:[x(),...t.steps,oi(),...xc(e),...n==="s3"?[{id:"report",name:"Report a verified backup to CloudWatch",run:`aws cloudwatch put-metric-data --namespace ${e.name} --metric-name BackupSucceeded --value 1
`}]:[]]}),{name:"Backup",on:{schedule:[{cron:e.backup.schedule}],workflow_dispatch:{}},permissions:{},concurrency:{group:"backup","cancel-in-progress":!1},jobs:o}}function jh(e){let n=e.backup.target;return n==="none"||!V(e)?[]:[...Tc(e,n),{kind:"yaml",path:".github/workflows/backup.yml",component:"backup",headerComment:"Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",data:JSON.parse(JSON.stringify(Ic(e,n)))}]}var Dc={name:"backup",description:"backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",render:jh};var Nc={HighErrorRate:"high-5xx-rate",HighLatencyP95:"high-5xx-rate",TargetDown:"high-5xx-rate",DiskAlmostFull:"incident-response",HighCpu:"ddos-mitigation",BackupTooOld:"restore-from-backup",BackupMetricMissing:"restore-from-backup"};function Lc(e,n){return`${e.notifications.runbookBaseUrl?.replace(/\/+$/,"")??"docs/runbooks"}/${Nc[n]}.md`}function ii(e){let[n,t,s,,o]=e.split(/\s+/),i=r=>r*3600;return o!=="*"?i(170):s!=="*"?i(746):t==="*"||t?.includes("/")||t?.includes(",")?i(n==="*"?1:2):i(26)}function Ln(e){let n=ii(e.backup.schedule),t=(o,i,r,l,a,c)=>({alert:o,expr:i,for:r,labels:{severity:l},annotations:{summary:a,description:c,runbook_url:Lc(e,o)}}),s=[];return e.backend.kind!=="none"&&s.push(t("HighErrorRate",'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',"5m","critical",`More than 5% of ${e.name} API requests fail with 5xx`,"The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes."),t("HighLatencyP95",'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',"10m","warning",`${e.name} API p95 latency is above 500 ms`,"The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.")),s.push(t("TargetDown","up == 0","2m","critical","{{ $labels.job }} target {{ $labels.instance }} is down","Prometheus has failed to scrape it for 2 minutes."),t("DiskAlmostFull",'(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',"10m","warning","Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full","Free space has stayed under 20% for 10 minutes."),t("HighCpu",'1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',"15m","warning","CPU on {{ $labels.instance }} is above 90%","CPU use has stayed above 90% for 15 minutes.")),e.backup.target!=="none"&&(e.database==="postgres"||e.database==="postgis")&&s.push(t("BackupTooOld",`time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${n}`,"10m","critical","The last good backup of {{ $labels.database }} is older than the schedule allows",`No verified dump for more than ${n/3600} hours (schedule: ${e.backup.schedule}).`),t("BackupMetricMissing","absent(pg_backup_last_success_timestamp_seconds)","1h","warning","No backup has reported its success metric","pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.")),s}function qh(e,n){switch(n){case"HighErrorRate":return{series:[{series:'http_requests_total{job="api",status="500"}',values:"0+60x20"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x20"}],at:10,labels:{}};case"HighLatencyP95":return{series:[{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+0x30"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+10x30"},{series:'http_request_duration_seconds_bucket{job="api",le="1"}',values:"0+100x30"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x30"}],at:20,labels:{}};case"TargetDown":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"0x10"}],at:5,labels:{job:"api",instance:"backend:8000"}};case"DiskAlmostFull":{let t='instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';return{series:[{series:`node_filesystem_avail_bytes{${t}}`,values:"10x30"},{series:`node_filesystem_size_bytes{${t}}`,values:"100x30"}],at:15,labels:{instance:"host:9100",mountpoint:"/",fstype:"ext4",device:"/dev/sda1"}}}case"HighCpu":return{series:[{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+3x30"}],at:20,labels:{instance:"host:9100"}};case"BackupTooOld":{let t=Math.ceil(ii(e.backup.schedule)/60)+20;return{series:[{series:'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}',values:`0x${t+1}`}],at:t,labels:{database:"shop"}}}case"BackupMetricMissing":return{series:[{series:'up{job="api",instance="backend:8000"}',values:"1x80"}],at:70,labels:{}}}}var Uh=[{series:'http_requests_total{job="api",status="500"}',values:"0+1x40"},{series:'http_requests_total{job="api",status="200"}',values:"0+600x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.1"}',values:"0+95x40"},{series:'http_request_duration_seconds_bucket{job="api",le="0.5"}',values:"0+100x40"},{series:'http_request_duration_seconds_bucket{job="api",le="+Inf"}',values:"0+100x40"},{series:'up{job="api",instance="backend:8000"}',values:"1x40"},{series:'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"60x40"},{series:'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}',values:"100x40"},{series:'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}',values:"0+50x40"},{series:'pg_backup_last_success_timestamp_seconds{database="shop"}',values:"0+60x40"}];function Gh(e,n){return e.replace(/\{\{ \$labels\.(\w+) \}\}/g,(t,s)=>n[s]??"")}function Bc(e,n=Ln(e)){let t=n.map(s=>{let o=qh(e,s.alert);return{interval:"1m",input_series:o.series,alert_rule_test:[{eval_time:`${o.at}m`,alertname:s.alert,exp_alerts:[{exp_labels:{...o.labels,severity:s.labels.severity},exp_annotations:{summary:Gh(s.annotations.summary,o.labels),description:s.annotations.description,runbook_url:s.annotations.runbook_url}}]}]}});return t.push({interval:"1m",input_series:Uh,alert_rule_test:n.map(s=>({eval_time:"35m",alertname:s.alert,exp_alerts:[]}))}),{rule_files:["alerts.yml"],evaluation_interval:"1m",tests:t}}var si="/etc/alertmanager/secrets";function Hh(e){let n="[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})",t=`{{ range .Alerts }}{{ .Annotations.summary }}
{{ .Annotations.runbook_url }}
{{ end }}`;switch(e.alerting){case"slack":return{name:"oncall",slack_configs:[{api_url_file:`${si}/slack_webhook_url`,channel:e.notifications.slackChannel,send_resolved:!0,title:n,text:t}]};case"pagerduty":return{name:"oncall",pagerduty_configs:[{routing_key_file:`${si}/pagerduty_routing_key`,send_resolved:!0,description:n}]};case"email":return{name:"oncall",email_configs:[{to:e.notifications.email,send_resolved:!0,headers:{Subject:n},text:t}]};case"none":return{name:"oncall"}}}function Mc(e){let n={resolve_timeout:"5m"};return e.alerting==="email"&&Object.assign(n,{smtp_from:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_smarthost:`smtp.${e.notifications.email.split("@")[1]}:587`,smtp_auth_username:`alertmanager@${e.notifications.email.split("@")[1]}`,smtp_auth_password_file:`${si}/smtp_password`,smtp_require_tls:!0}),{global:n,route:{receiver:"oncall",group_by:["alertname","job"],group_wait:"30s",group_interval:"5m",repeat_interval:"4h",routes:[{receiver:"oncall",matchers:['severity="critical"'],group_wait:"10s",repeat_interval:"1h"},{receiver:"oncall",matchers:['severity="warning"'],repeat_interval:"12h"}]},inhibit_rules:[{source_matchers:['severity="critical"'],target_matchers:['severity="warning"'],equal:["instance"]}],receivers:[Hh(e)]}}function Fh(e){let n=T(e).find(s=>s.key==="api");if(e.cloud==="kubernetes")return[{job_name:"api",kubernetes_sd_configs:[{role:"pod",namespaces:{names:[`${e.name}-prod`]}}],relabel_configs:[{source_labels:["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],action:"keep",regex:"true"},{source_labels:["__meta_kubernetes_pod_label_app_kubernetes_io_component"],action:"keep",regex:"api"},{source_labels:["__meta_kubernetes_pod_name"],target_label:"instance"}]},{job_name:"node",kubernetes_sd_configs:[{role:"node"}],relabel_configs:[{source_labels:["__address__"],regex:"(.+):\\d+",replacement:"$1:9100",target_label:"__address__"}]}];let t=[];return n&&t.push({job_name:"api",metrics_path:"/metrics",static_configs:[{targets:[`backend:${n.port}`]}]}),t.push({job_name:"node",static_configs:[{targets:["node-exporter:9100"]}]}),e.backup.target!=="none"&&t.push({job_name:"pushgateway",honor_labels:!0,static_configs:[{targets:["pushgateway:9091"]}]}),t}function Kh(e){if(T(e).length===0)return[];let n=Ln(e),t=[{kind:"yaml",path:"monitoring/prometheus.yml",component:"monitoring",data:{global:{scrape_interval:"15s",evaluation_interval:"30s",external_labels:{project:e.name}},rule_files:["alerts.yml"],...e.alerting!=="none"?{alerting:{alertmanagers:[{static_configs:[{targets:["alertmanager:9093"]}]}]}}:{},scrape_configs:Fh(e)}},{kind:"yaml",path:"monitoring/alerts.yml",component:"monitoring",headerComment:"Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",data:{groups:[{name:`${e.name}.rules`,rules:n}]}},{kind:"yaml",path:"monitoring/alerts.test.yml",component:"monitoring",data:Bc(e,n)}];return e.alerting!=="none"&&t.push({kind:"yaml",path:"monitoring/alertmanager.yml",component:"monitoring",headerComment:"Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.",data:Mc(e)}),t}var jc={name:"monitoring",description:"Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",render:Kh};function qc(e){switch(e.alerting){case"slack":return`Slack ${e.notifications.slackChannel} (monitoring/alertmanager.yml)`;case"pagerduty":return"PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";case"email":return`${e.notifications.email} (monitoring/alertmanager.yml)`;case"none":return'nobody yet: alerting is "none"; set alerting in devops-baseline config to route them'}}function Uc(e){let n=e.backup;switch(n.target){case"local":return`${n.localPath} on the database host`;case"s3":return`s3://${ne(e)}/${n.prefix}/`;case"minio":return`MinIO bucket ${ne(e)}, prefix ${n.prefix}/`;case"gcs":return`gs://${ne(e)}/${n.prefix}/`;case"azure-blob":return`Azure Blob container ${ne(e)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${n.prefix}/`;case"none":return'nowhere: backup.target is "none"'}}function Vh(e){let n=e.backup,t=`${ne(e)}/${n.prefix}/`;switch(n.target){case"local":return`ls -l ${n.localPath}`;case"s3":return`aws s3 ls s3://${t}`;case"minio":return`aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${t}`;case"gcs":return`gcloud storage ls gs://${t}`;case"azure-blob":return`az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${ne(e)} --prefix ${n.prefix}/ --query '[].name' --output tsv`;case"none":return""}}function Gc(e){let t=Ve[e.cloud].runbook(e),s=V(e),o={"aws-ecs":'AWS Support case (Business or higher: severity "Production system down") from the AWS console',"gcp-cloud-run":"Google Cloud support case (P1) from the console; check status.cloud.google.com first","azure-container-apps":"Azure support request (Severity A) from the portal; check azure.status.microsoft first",kubernetes:"the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",compose:"whoever administers the server and the Cloudflare account"}[e.cloud],i=(c=[])=>[`Not mitigated within 15 minutes: page the secondary on-call through ${qc(e)}.`,...c,`Platform fault suspected: ${o}.`,"Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md)."],l=`\`curl --fail --silent --show-error --max-time 5 "${"$API_URL"+e.deploy.healthPath}" && echo healthy\` (API_URL: the production environment's variable)`,a=[];return s&&a.push({slug:"db-connection-failure",title:"Database connection failure",purpose:`The application cannot reach its ${e.database==="postgis"?"PostGIS":"PostgreSQL"} database: requests fail with 5xx and health checks at ${e.deploy.healthPath} go red.`,alerts:["TargetDown","HighErrorRate"],severity:"critical",confirm:[`${l}`,"Application logs show connection refused, timeouts or `too many connections`."],diagnose:[{label:"Service state",command:t.status},{label:"Application logs (look for connection errors)",command:t.logs},{label:"Database state",command:t.databaseStatus},{label:"Recent platform events",command:t.events}],mitigate:[{label:"Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop."},{label:"Connections exhausted: restart the application to drop leaked connections",command:t.restartService},{label:"A deploy just changed connection settings: roll back (rollback.md)",command:t.rollback},{label:"Data lost or corrupted: restore (restore-from-backup.md)."}],escalate:i(),verify:[l,"The TargetDown and HighErrorRate alerts resolve in Alertmanager.","Error rate in the logs back to its usual level for 15 minutes."],related:["rollback","restore-from-backup","incident-response"]}),(e.objectStorage!=="none"||e.backup.target!=="none")&&a.push({slug:"object-storage-unavailable",title:"Object storage unavailable",purpose:`Uploads or downloads fail${e.backup.target!=="none"?`, or backups cannot be written to ${Uc(e)}`:""}.`,alerts:["HighErrorRate",...e.backup.target!=="none"?["BackupTooOld"]:[]],severity:"critical",confirm:["Application logs show errors from the storage client (403, 5xx, timeouts).","The backup workflow (.github/workflows/backup.yml) failed at its upload step."],diagnose:[{label:"Is the bucket reachable with the app's identity?",command:t.storageCheck},{label:"Application logs",command:t.logs}],mitigate:[{label:"Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded."},{label:"Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply",command:"terraform -chdir=infra plan"},{label:"Backups missed: once storage is back, run the backup by hand",command:"gh workflow run backup.yml && gh run watch"}],escalate:i(),verify:["The storage check above succeeds.","A manual run of backup.yml passes both jobs (backup and restore test)."],related:["restore-from-backup","incident-response"]}),a.push({slug:"high-5xx-rate",title:"High 5xx rate or latency",purpose:"More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",alerts:["HighErrorRate","HighLatencyP95","TargetDown"],severity:"critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",confirm:[l,"Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"Service state",command:t.status},{label:"Errors in the logs",command:t.logs},{label:"Platform events (crash loops, OOM kills, failed health checks)",command:t.events},...s?[{label:"Database health (a slow database shows as latency first)",command:t.databaseStatus}]:[]],mitigate:[{label:"Started with a deploy: roll back first, investigate after (rollback.md)",command:t.rollback},{label:"Traffic surge: scale out",command:t.scaleOut},{label:"Abusive traffic: see ddos-mitigation.md."}],escalate:i(),verify:["HighErrorRate and HighLatencyP95 resolve.",l],related:["rollback","ddos-mitigation","incident-response"]}),a.push({slug:"ddos-mitigation",title:"DDoS and abusive traffic",purpose:"Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",alerts:["HighCpu","HighLatencyP95","HighErrorRate"],severity:"critical",confirm:["Request logs show a few IPs, user agents or paths dominating traffic.","CPU above 90% without a matching rise in real users."],diagnose:[{label:"Top talkers in the application logs",command:`${t.logs.replace(/ --follow$/,"")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20`},{label:"Service state and scaling",command:t.status}],mitigate:[{label:"Block the offending sources at the edge",command:t.edgeBlock},{label:`Buy headroom: scale out (up to ${e.deploy.maxReplicas*2} replicas) while blocking`,command:t.scaleOut},{label:"Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response."}],escalate:i(),verify:["CPU back under 70% and HighCpu resolved.",l,"Remove temporary blocks after 24 hours if they catch real users."],related:["high-5xx-rate","incident-response"]}),a.push({slug:"rollback",title:"Roll back a deploy",purpose:`deploy.yml rolls back by itself when health polling of ${e.deploy.healthPath} fails after a ${e.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,alerts:["HighErrorRate","HighLatencyP95"],severity:"critical",confirm:["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],diagnose:[{label:"What is running now",command:t.status},{label:"Logs of the new version",command:t.logs}],mitigate:[{label:"Put the previous version back",command:t.rollback},...s?[{label:"Migrations are not rolled back automatically. If the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since.",command:t.listSnapshots}]:[],{label:"Stop further deploys until fixed: disable the workflow",command:"gh workflow disable deploy.yml"}],escalate:i(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),verify:[l,"Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],related:["restore-from-backup","high-5xx-rate"]}),s&&a.push({slug:"restore-from-backup",title:"Restore the database from a backup",purpose:`Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${Uc(e)}, kept ${e.backup.retention.daily} daily / ${e.backup.retention.weekly} weekly / ${e.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule "${e.backup.schedule}" and restore-tested by .github/workflows/backup.yml.`,alerts:e.backup.target!=="none"?["BackupTooOld","BackupMetricMissing"]:["HighErrorRate"],severity:"critical",confirm:["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],diagnose:[...e.backup.target!=="none"?[{label:"Dumps available (newest last)",command:Vh(e)}]:[],{label:"State of the database to restore into",command:t.databaseStatus},{label:"Pre-deploy snapshots (deploy.yml takes one before every migration)",command:t.listSnapshots},{label:"Last backup runs",command:"gh run list --workflow backup.yml --limit 5"}],mitigate:[{label:"Restore the newest dump into a new database first, check it, then switch the app to it",command:["# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",`eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,"export PGPASSFILE=~/.pgpass",`createdb ${e.name.replace(/-/g,"_")}_restored`,`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh latest`].join(`
`)},{label:"A specific dump instead of the newest: pass its name as listed by the target",command:`RESTORE_DATABASE=${e.name.replace(/-/g,"_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing`},{label:"Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application."}],escalate:i(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),verify:[l,"Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],related:["db-connection-failure","rollback","incident-response"]}),a.push({slug:"incident-response",title:"Incident response and on-call",purpose:`How on-call works for ${e.name}: alerts from monitoring/alerts.yml go to ${qc(e)}; the runbooks in this folder cover each alert.`,alerts:["DiskAlmostFull","any alert without a runbook of its own"],severity:"critical pages, warning notifies",confirm:["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).","Open the runbook linked in the alert's runbook_url."],diagnose:[{label:"Service overview",command:t.status},{label:"Logs",command:t.logs},{label:"Last deploys",command:"gh run list --workflow deploy.yml --limit 5"}],mitigate:[{label:"Mitigate first (roll back, scale out, block), find the root cause after."},{label:"Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume."},{label:"Name one incident lead; everyone else reports to them. Write a timeline as you go."}],escalate:i(),verify:["All alerts resolved, health endpoint green for 30 minutes.","A blameless review within 5 working days, with follow-up issues filed."],related:a.map(c=>c.slug)}),a}function zh(e){if(T(e).length===0)return[];let n=Ve[e.cloud].title,t=e.alerting==="none"?'nobody: alerting is "none"':e.alerting==="slack"?`Slack ${e.notifications.slackChannel}`:e.alerting==="email"?`${e.notifications.email}`:"PagerDuty";return Gc(e).map(s=>({kind:"text",path:`docs/runbooks/${s.slug}.md`,component:"runbooks",comment:"html",text:A("runbooks/runbook.md.hbs",{...s,name:e.name,cloudTitle:n,alertDestination:t,alertSource:"monitoring/alerts.yml"})}))}var Hc={name:"runbooks",description:"docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",render:zh};var G=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n,"app.kubernetes.io/part-of":e.name}),ai=(e,n)=>({"app.kubernetes.io/name":`${e.name}-${n}`,"app.kubernetes.io/component":n}),li=e=>({runAsNonRoot:!0,runAsUser:e,runAsGroup:e,fsGroup:e,seccompProfile:{type:"RuntimeDefault"}}),ci=()=>({allowPrivilegeEscalation:!1,readOnlyRootFilesystem:!0,privileged:!1,capabilities:{drop:["ALL"]}}),Fc=e=>[{configMapRef:{name:`${e.name}-config`}},{secretRef:{name:`${e.name}-secrets`}}];function Kc(e,n){let t=(s,o)=>({httpGet:{path:n.healthPath,port:"http"},periodSeconds:s,timeoutSeconds:3,failureThreshold:o});return{apiVersion:"apps/v1",kind:"Deployment",metadata:{name:`${e.name}-${n.key}`,labels:G(e,n.key)},spec:{replicas:e.deploy.minReplicas,revisionHistoryLimit:5,selector:{matchLabels:ai(e,n.key)},strategy:{type:"RollingUpdate",rollingUpdate:{maxSurge:"25%",maxUnavailable:0}},template:{metadata:{labels:G(e,n.key),annotations:n.key==="api"?{"prometheus.io/scrape":"true","prometheus.io/port":String(n.port),"prometheus.io/path":"/metrics"}:{}},spec:{automountServiceAccountToken:!1,securityContext:li(10001),terminationGracePeriodSeconds:30,containers:[{name:n.key,image:n.image,ports:[{name:"http",containerPort:n.port,protocol:"TCP"}],envFrom:Fc(e),readinessProbe:t(5,3),livenessProbe:{...t(15,4),initialDelaySeconds:20},startupProbe:t(5,30),resources:n.key==="api"?{requests:{cpu:"250m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}}:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"500m",memory:"256Mi"}},securityContext:ci(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}}}var Vc=(e,n)=>({apiVersion:"v1",kind:"Service",metadata:{name:`${e.name}-${n.key}`,labels:G(e,n.key)},spec:{type:"ClusterIP",selector:ai(e,n.key),ports:[{name:"http",port:80,targetPort:"http",protocol:"TCP"}]}}),zc=(e,n)=>({apiVersion:"autoscaling/v2",kind:"HorizontalPodAutoscaler",metadata:{name:`${e.name}-${n.key}`,labels:G(e,n.key)},spec:{scaleTargetRef:{apiVersion:"apps/v1",kind:"Deployment",name:`${e.name}-${n.key}`},minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,metrics:[{type:"Resource",resource:{name:"cpu",target:{type:"Utilization",averageUtilization:70}}}]}}),Wc=(e,n)=>({apiVersion:"policy/v1",kind:"PodDisruptionBudget",metadata:{name:`${e.name}-${n.key}`,labels:G(e,n.key)},spec:{minAvailable:1,selector:{matchLabels:ai(e,n.key)}}}),Yc=(e,n)=>({apiVersion:"batch/v1",kind:"Job",metadata:{name:`${e.name}-migrate`,labels:G(e,"migrate")},spec:{backoffLimit:0,activeDeadlineSeconds:900,ttlSecondsAfterFinished:86400,template:{metadata:{labels:G(e,"migrate")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:li(10001),containers:[{name:"migrate",image:n.image,command:pe(e),envFrom:Fc(e),resources:{requests:{cpu:"100m",memory:"256Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:ci(),volumeMounts:[{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"tmp",emptyDir:{sizeLimit:"256Mi"}}]}}}});function Jc(e){if(!V(e))return[];let n=`${e.name}-db-dumps`;return[{apiVersion:"v1",kind:"PersistentVolumeClaim",metadata:{name:n,labels:G(e,"db-dump")},spec:{accessModes:["ReadWriteOnce"],resources:{requests:{storage:"20Gi"}}}},{apiVersion:"batch/v1",kind:"CronJob",metadata:{name:`${e.name}-db-dump`,labels:G(e,"db-dump")},spec:{schedule:e.backup.schedule,suspend:!0,concurrencyPolicy:"Forbid",jobTemplate:{metadata:{labels:G(e,"db-dump")},spec:{backoffLimit:0,activeDeadlineSeconds:1800,template:{metadata:{labels:G(e,"db-dump")},spec:{restartPolicy:"Never",automountServiceAccountToken:!1,securityContext:li(70),containers:[{name:"pg-dump",image:on(),command:["sh","-c",'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],envFrom:[{secretRef:{name:`${e.name}-secrets`}}],resources:{requests:{cpu:"100m",memory:"128Mi"},limits:{cpu:"1",memory:"512Mi"}},securityContext:ci(),volumeMounts:[{name:"dumps",mountPath:"/dumps"},{name:"tmp",mountPath:"/tmp"}]}],volumes:[{name:"dumps",persistentVolumeClaim:{claimName:n}},{name:"tmp",emptyDir:{sizeLimit:"64Mi"}}]}}}}}}]}var Qc=e=>({apiVersion:"v1",kind:"ConfigMap",metadata:{name:`${e.name}-config`,labels:G(e,"config")},data:{APP_NAME:e.name,HEALTH_PATH:e.deploy.healthPath,...e.backend.kind!=="none"?{PORT:String(e.backend.port)}:{}}}),Xc=e=>({apiVersion:"external-secrets.io/v1beta1",kind:"ExternalSecret",metadata:{name:`${e.name}-secrets`,labels:G(e,"secrets")},spec:{refreshInterval:"1h",secretStoreRef:{kind:"ClusterSecretStore",name:"default"},target:{name:`${e.name}-secrets`,creationPolicy:"Owner"},dataFrom:[{extract:{key:`${e.name}/app`}}]}});function Zc(e,n){let t=l=>({service:{name:`${e.name}-${l.key}`,port:{name:"http"}}}),s=n.find(l=>l.key==="api"),o=n.find(l=>l.key==="web"),i=e.deploy.domain,r=[];if(i)s&&r.push({host:o?`api.${i}`:i,http:{paths:[{path:"/",pathType:"Prefix",backend:t(s)}]}}),o&&r.push({host:i,http:{paths:[{path:"/",pathType:"Prefix",backend:t(o)}]}});else{let l=[];s&&o&&l.push({path:"/api",pathType:"Prefix",backend:t(s)},{path:e.deploy.healthPath,pathType:"Exact",backend:t(s)}),l.push({path:"/",pathType:"Prefix",backend:t(o??s)}),r.push({http:{paths:l}})}return{apiVersion:"networking.k8s.io/v1",kind:"Ingress",metadata:{name:e.name,labels:G(e,"ingress"),annotations:{"nginx.ingress.kubernetes.io/limit-rps":"20","nginx.ingress.kubernetes.io/ssl-redirect":"true"}},spec:{ingressClassName:"nginx",...i?{tls:[{hosts:r.map(l=>l.host),secretName:`${e.name}-tls`}]}:{},rules:r}}}function eu(e,n){let t={"app.kubernetes.io/part-of":e.name},s=[{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-default-deny`,labels:G(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Ingress","Egress"]}},{apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-egress`,labels:G(e,"network")},spec:{podSelector:{matchLabels:t},policyTypes:["Egress"],egress:[{to:[{namespaceSelector:{},podSelector:{matchLabels:{"k8s-app":"kube-dns"}}}],ports:[{protocol:"UDP",port:53},{protocol:"TCP",port:53}]},{to:[{ipBlock:{cidr:"0.0.0.0/0",except:["169.254.169.254/32"]}}],ports:[{protocol:"TCP",port:5432},{protocol:"TCP",port:6379},{protocol:"TCP",port:443}]}]}}];for(let o of n){let i=[{namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"ingress-nginx"}}}];o.key==="api"&&i.push({podSelector:{matchLabels:{"app.kubernetes.io/component":"web"}}}),o.key==="api"&&i.push({namespaceSelector:{matchLabels:{"kubernetes.io/metadata.name":"monitoring"}}}),s.push({apiVersion:"networking.k8s.io/v1",kind:"NetworkPolicy",metadata:{name:`${e.name}-${o.key}-ingress`,labels:G(e,"network")},spec:{podSelector:{matchLabels:{"app.kubernetes.io/component":o.key,...t}},policyTypes:["Ingress"],ingress:[{from:i,ports:[{protocol:"TCP",port:o.port}]}]}})}return s}var nu=e=>({apiVersion:"v1",kind:"Namespace",metadata:{name:e,labels:{"pod-security.kubernetes.io/enforce":"restricted","pod-security.kubernetes.io/warn":"restricted"}}});var ar=e=>`${e.kind.toLowerCase()}-${e.metadata.name}.yaml`,fn=(e,n)=>({kind:"yaml",path:e,component:"kubernetes",data:n});function Wh(e){let n=T(e);return[Qc(e),Xc(e),...n.flatMap(t=>[Kc(e,t),Vc(e,t),zc(e,t),Wc(e,t)]),Zc(e,n),...eu(e,n),...Jc(e)]}function Yh(e){if(e.cloud!=="kubernetes")return[];let n=T(e);if(n.length===0)return[];let t=Wh(e),s=t.map(i=>fn(`k8s/base/${ar(i)}`,i));s.push(fn("k8s/base/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:t.map(ar)}));let o=n.find(i=>i.key==="api");if(o&&o.migrate){let i=Yc(e,o);s.push(fn(`k8s/migrate/${ar(i)}`,i),fn("k8s/migrate/kustomization.yaml",{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",resources:[ar(i)]}))}for(let[i,r]of[["dev","staging"],["prod","production"]]){let l=Zo(e.name,r);s.push(fn(`k8s/overlays/${i}/namespace.yaml`,nu(l)),fn(`k8s/overlays/${i}/kustomization.yaml`,{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",namespace:l,resources:["namespace.yaml","../../base"],labels:[{pairs:{"app.kubernetes.io/instance":l},includeSelectors:!1}]}))}return s}var tu={name:"kubernetes",description:"Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job.",render:Yh};function Jh(e){let n=T(e).map(s=>({id:`probe-${s.key}`,name:`Probe ${s.key} ${s.healthPath}`,env:{URL:`\${{ vars.${s.urlVar} }}${s.healthPath}`},run:`curl --fail --silent --show-error --max-time 10 --retry 3 --retry-delay 10 --retry-all-errors --output /dev/null "$URL"
echo "$URL is up"
`})),t={probe:{name:"Probe production","runs-on":"ubuntu-latest",environment:"production",permissions:{},"timeout-minutes":5,steps:n}};return(e.notifications.slack||e.alerting==="slack")&&(t.notify={name:"Alert on a failed probe","runs-on":"ubuntu-latest",needs:["probe"],if:"${{ failure() }}",permissions:{},"timeout-minutes":5,steps:[{id:"slack",name:"Post to Slack",uses:k("slackapi/slack-github-action"),with:{webhook:"${{ secrets.SLACK_WEBHOOK_URL }}","webhook-type":"incoming-webhook",payload:`text: ${JSON.stringify(`${e.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}
`}}]}),{name:"Uptime",on:{schedule:[{cron:"*/10 * * * *"}],workflow_dispatch:{}},permissions:{},concurrency:{group:"uptime","cancel-in-progress":!0},jobs:t}}var ru={name:"uptime",description:"uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert.",render:e=>T(e).length===0?[]:[{kind:"yaml",path:".github/workflows/uptime.yml",component:"uptime",headerComment:"A failed run also emails the workflow's watchers (GitHub's default notification).",data:JSON.parse(JSON.stringify(Jh(e)))}]};var Qh={"aws-ecs":[["aws-ecs/versions.tf.hbs","infra/versions.tf"],["aws-ecs/variables.tf.hbs","infra/variables.tf"],["aws-ecs/main.tf.hbs","infra/main.tf"],["aws-ecs/outputs.tf.hbs","infra/outputs.tf"],["aws-ecs/module-variables.tf.hbs","infra/modules/environment/variables.tf"],["aws-ecs/module-main.tf.hbs","infra/modules/environment/main.tf"]],"gcp-cloud-run":[["gcp-cloud-run/versions.tf.hbs","infra/versions.tf"],["gcp-cloud-run/variables.tf.hbs","infra/variables.tf"],["gcp-cloud-run/main.tf.hbs","infra/main.tf"],["gcp-cloud-run/environment.tf.hbs","infra/environment.tf"]],"azure-container-apps":[["azure-container-apps/versions.tf.hbs","infra/versions.tf"],["azure-container-apps/variables.tf.hbs","infra/variables.tf"],["azure-container-apps/main.tf.hbs","infra/main.tf"],["azure-container-apps/environment.tf.hbs","infra/environment.tf"]],kubernetes:[["kubernetes/versions.tf.hbs","infra/versions.tf"],["kubernetes/main.tf.hbs","infra/main.tf"]],compose:[["compose/versions.tf.hbs","infra/versions.tf"],["compose/main.tf.hbs","infra/main.tf"]]},Xh=e=>({name:e.name,region:e.deploy.region??Ve[e.cloud].defaultRegion??"",services:T(e),progressive:e.deploy.strategy!=="rolling",minReplicas:e.deploy.minReplicas,maxReplicas:e.deploy.maxReplicas,hasDatabase:V(e),dbName:e.name.replace(/-/g,"_"),postgresMajor:xt,migrateCommand:`[${pe(e).map(n=>JSON.stringify(n)).join(", ")}]`,bucket:ne(e),prefix:e.backup.prefix,s3Backups:e.backup.target==="s3"&&V(e),gcsBackups:e.backup.target==="gcs"&&V(e),azureBackups:e.backup.target==="azure-blob"&&V(e),domain:e.deploy.domain??"",compactName:e.name.replace(/[^a-z0-9]/g,"").slice(0,12)});function Zh(e){if(T(e).length===0)return[];let n=Xh(e);return[...Qh[e.cloud],["common/github.tf.hbs","infra/github.tf"]].map(([s,o])=>({kind:"text",path:o,component:"infrastructure",comment:"hash",text:A(`terraform/${s}`,n).replace(/\n{3,}/g,`

`)}))}var ou={name:"infrastructure",description:"Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",render:Zh};var eg=".github/workflows/baseline-resync.yml";function ng(){return{name:"Baseline resync",on:{schedule:[{cron:"41 5 * * 1"}],workflow_dispatch:null},permissions:{},concurrency:{group:"baseline-resync","cancel-in-progress":!1},jobs:{resync:{name:"Open or update the baseline PR","runs-on":"ubuntu-latest","timeout-minutes":15,permissions:{contents:"read"},steps:[{id:"app-token",name:"Mint a GitHub App token (when BASELINE_APP_ID is set)",if:"${{ vars.BASELINE_APP_ID != '' }}",uses:k("actions/create-github-app-token"),with:{"app-id":"${{ vars.BASELINE_APP_ID }}","private-key":"${{ secrets.BASELINE_APP_PRIVATE_KEY }}","permission-contents":"write","permission-pull-requests":"write","permission-workflows":"write"}},x(),{id:"setup-node",name:"Set up Node.js",uses:k("actions/setup-node"),with:{"node-version":"22"}},{id:"resync",name:"Resync",env:{BASELINE_TOKEN:"${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}"},run:'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"'}]}}}}var iu={name:"resync-workflow",description:"baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",render:()=>[{kind:"yaml",path:eg,component:"resync-workflow",data:ng(),headerComment:"Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope)."}]};var ui=[Ml,Kl,ql,dl,Ql,wc,Ec,Ac,Dc,jc,Hc,tu,ru,ou,iu];function q0(e){let n=e.exclude.filter(t=>!ui.some(s=>s.name===t));if(n.length>0)throw U(`exclude: ${n.map(t=>JSON.stringify(t)).join(", ")} is not a component. Allowed: ${ui.map(t=>t.name).join(", ")}`);return ui.filter(t=>!e.exclude.includes(t.name)).flatMap(t=>t.render(e))}var su="create-devops-baseline",lr=`Owned by ${su}. Do not edit by hand: change devops-baseline config and run "npx ${su} synth".`,tg=/^(#!|# ?(syntax|escape|check)=)/i;function mi(e){switch(e){case"hash":return`# ${lr}`;case"html":return`<!-- ${lr} -->`;case"slash":return`// ${lr}`;case"none":return}}function au(e,n){let t=mi(n);if(!t)return e;let s=e.split(`
`),o=0;for(;o<s.length&&tg.test(s[o]);)o++;return s.splice(o,0,...n==="html"&&s[o]!==""?[t,""]:[t]),s.join(`
`)}function G0(e){return e.includes(lr)}function cu(e){let n=e.split(`
`),t=[],s;for(let o=0;o<n.length;o++){let i=n[o],r=/^\s*(```|~~~)/.exec(i);if(r&&(s=s===void 0?r[1]:i.trim().startsWith(s)?void 0:s),s===void 0&&lu(i)&&o+1<n.length&&rg(n[o+1])){let l=o+2;for(;l<n.length&&lu(n[l]);)l++;t.push(...og(n.slice(o,l))),o=l-1;continue}t.push(i)}return t.join(`
`)}var lu=e=>/^\s*\|.*\|\s*$/.test(e),rg=e=>/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(e);function pi(e){let n=e.trim().slice(1,-1),t=[],s="",o=!1;for(let i=0;i<n.length;i++){let r=n[i];r==="\\"&&n[i+1]==="|"?(s+="\\|",i++):r==="`"?(o=!o,s+=r):r==="|"&&!o?(t.push(s.trim()),s=""):s+=r}return t.push(s.trim()),t}function og(e){let n=pi(e[0]),t=pi(e[1]).map(c=>c.startsWith(":")&&c.endsWith(":")?"center":c.endsWith(":")?"right":c.startsWith(":")?"left":"none"),s=e.slice(2).map(pi),o=Math.max(n.length,t.length,...s.map(c=>c.length)),i=Array.from({length:o},(c,u)=>Math.max(3,...[n,...s].map(m=>[...m[u]??""].length))),r=(c,u)=>{let m=i[u]-[...c].length;switch(t[u]??"none"){case"right":return" ".repeat(m)+c;case"center":return" ".repeat(Math.floor(m/2))+c+" ".repeat(Math.ceil(m/2));default:return c+" ".repeat(m)}},l=c=>`| ${c.map((u,m)=>r(u,m)).join(" | ")} |`,a=i.map((c,u)=>{switch(t[u]??"none"){case"left":return`:${"-".repeat(c-1)}`;case"right":return`${"-".repeat(c-1)}:`;case"center":return`:${"-".repeat(c-2)}:`;default:return"-".repeat(c)}});return[l(n),`| ${a.join(" | ")} |`,...s.map(l)]}function uu(e){return`${di(e,"",0,0)}
`}function di(e,n,t,s){return Array.isArray(e)?sg(e,n,t,s):e!==null&&typeof e=="object"?ig(e,n):JSON.stringify(e)??"null"}function ig(e,n){let t=Object.entries(e).filter(([,i])=>i!==void 0);if(t.length===0)return"{}";let s=`${n}  `;return`{
${t.map(([i,r],l)=>{let a=`${s}${JSON.stringify(i)}: `,c=l<t.length-1?",":"";return a+di(r,s,a.length,c.length)+c}).join(`
`)}
${n}}`}function sg(e,n,t,s){if(e.length===0)return"[]";let o=mu(e);if(o!==void 0&&t+o.length+s<=80)return o;let i=`${n}  `;return`[
${e.map((l,a)=>{let c=a<e.length-1?",":"";return i+di(l,i,i.length,c.length)+c}).join(`
`)}
${n}]`}function ag(e){return Array.isArray(e)?e.length===0?"[]":mu(e):e!==null&&typeof e=="object"?Object.values(e).some(n=>n!==void 0)?void 0:"{}":JSON.stringify(e)??"null"}function mu(e){if(e.length>1&&e.every(s=>Array.isArray(s)&&s.length>1))return;let t=e.map(ag);return t.every(s=>s!==void 0)?`[${t.join(", ")}]`:void 0}function hi(e,n,t){let s=structuredClone(e);for(let[o,i]of Object.entries(n.set??{}))s=fu(s,pu(o),i,`${t}: overrides set "${o}"`);for(let o of n.delete??[])s=fi(s,pu(o),`${t}: overrides delete "${o}"`);return s}function pu(e){return e.split(/(?<!\\)\./).map(n=>n.replace(/\\\./g,"."))}function du(e,n,t){if(Array.isArray(e)){let s=e.findIndex(o=>o&&typeof o=="object"&&(o.id===n||o.name===n));return s>=0?s:/^\d+$/.test(n)&&e.every(o=>typeof o!="object"||o===null)?Number(n):void 0}if(e&&typeof e=="object")return n;throw U(`${t}: "${n}" is below a value that is not a map or a list`)}function fu(e,n,t,s){let[o,...i]=n;if(o===void 0)return t;let r=e??{},l=du(r,o,s);if(l===void 0)throw U(`${s}: no list item with id or name "${o}"`);let a=Array.isArray(r)?[...r]:{...r};return a[l]=fu(a[l],i,t,s),a}function fi(e,n,t){let[s,...o]=n;if(s===void 0)return e;let i=du(e,s,t);if(i===void 0||e[i]===void 0)throw U(`${t}: nothing at "${s}" to delete`);if(Array.isArray(e))return o.length===0?e.filter((l,a)=>a!==i):e.map((l,a)=>a===i?fi(l,o,t):l);let r={...e};return o.length===0?delete r[i]:r[i]=fi(r[i],o,t),r}var oe=Qs(rd(),1);var Nk=/^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;function od(e,n=[]){let t=new oe.Document(e,{keepUndefined:!1,aliasDuplicateObjects:!1});return(0,oe.visit)(t,{Scalar(s,o){s==="value"&&typeof o.value=="string"&&Nk.test(o.value)&&(o.type=oe.Scalar.QUOTE_DOUBLE)},Pair(s,o){if((0,oe.isPair)(o)&&(0,oe.isScalar)(o.key)&&o.key.value==="uses"&&(0,oe.isScalar)(o.value)){let i=ta(String(o.value.value));i&&(o.value.comment=` ${i}`)}}}),n.length>0&&(t.commentBefore=n.map(s=>` ${s}`).join(`
`)),t.toString({lineWidth:0,indentSeq:!0,singleQuote:!1,flowCollectionPadding:!0})}function k2(e,n){let t=new Set,s=[];for(let o of e){if(t.has(o.path))throw new Error(`Two components render ${o.path}`);if(Lk(o.path))throw new Error(`${o.component} renders ${o.path}: secrets files are the user's; render a .env.example instead`);t.add(o.path),!n.eject.includes(o.path)&&s.push(Bk(o,n.overrides[o.path]))}for(let o of Object.keys(n.overrides))if(!t.has(o))throw U(`overrides: "${o}" is not a generated file. Generated: ${[...t].sort().join(", ")}`);return s.sort((o,i)=>o.path<i.path?-1:o.path>i.path?1:0)}function Lk(e){let n=e.split("/").pop()??"";return/^\.env(\..+)?$/.test(n)&&!n.endsWith(".example")}function Bk(e,n){let t={path:e.path,component:e.component};switch(e.kind){case"yaml":{let s=n?hi(e.data,n,e.path):e.data,o=[mi("hash").slice(2),...e.headerComment?e.headerComment.split(`
`):[]];return{...t,content:od(s,o),executable:!1}}case"json":{let s=n?hi(e.data,n,e.path):e.data;return{...t,content:uu(s),executable:!1}}case"text":{if(n)throw U(`overrides: ${e.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);let s=e.path.endsWith(".md")?cu(e.text):e.text,o=s.endsWith(`
`)?s:`${s}
`;return{...t,content:au(o,e.comment),executable:e.executable??!1}}}}export{k as a,x as b,sv as c,ui as d,q0 as e,su as f,G0 as g,rd as h,od as i,k2 as j};
