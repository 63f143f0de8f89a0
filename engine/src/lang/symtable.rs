//! Scope analysis: which names are locals, globals, cells or free variables, scope by scope.
//!
//! This follows CPython's `symtable.c` in two passes. The first pass walks the tree and records,
//! for every scope (module, class body, function, lambda, comprehension), each name's flags:
//! bound here, a parameter, used, declared `global` or `nonlocal`. The second pass resolves each
//! name against the enclosing function scopes, turning captured locals into cells and threading
//! free variables through every scope in between (class bodies included), exactly as CPython does.
//!
//! Scopes are keyed by the address of their AST node (the `FunctionDef`, `ClassDef` or the `Expr`
//! of a lambda or comprehension), so the compiler, which walks the same borrowed tree, finds each
//! scope without having to visit nodes in the same order. The module scope is always scope 0.
//!
//! Names are stored mangled (`__x` in class `C` becomes `_C__x`), as CPython does.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use super::ast::*;
use super::error::FrontEndError;
use crate::small_sort::stable_sort_by;

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or a generator expression: a function of one argument `.0`.
    Comprehension(CompKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl CompKind {
    /// `co_name` of the comprehension's code.
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        }
    }

    /// How CPython names it in "'yield' inside list comprehension".
    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Gen => "generator expression",
        }
    }
}

impl BlockKind {
    /// Functions, lambdas and comprehensions: fast locals and cells.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            BlockKind::Function | BlockKind::Lambda | BlockKind::Comprehension(_)
        )
    }
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this scope and not captured.
    Local,
    /// Declared `global` here.
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function (or `nonlocal`).
    Free,
    /// Bound here and captured by an inner scope.
    Cell,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
/// Bound (or global) in a class body and also free in a scope nested in it: the class passes the
/// enclosing function's cell down, while its own body keeps using the class namespace.
const DEF_FREE_CLASS: u32 = 32;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM;

#[derive(Clone, Debug)]
pub struct Symbol {
    flags: u32,
    pub scope: NameScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: BlockKind,
    /// The function or class name (`<lambda>`, `<listcomp>` … otherwise).
    pub name: String,
    /// Every name the scope mentions, in first-seen order, with its resolved scope.
    pub symbols: IndexMap<String, Symbol>,
    /// Parameters in `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// A class body whose methods use `super()` or `__class__`: it owns the `__class__` cell.
    pub needs_class_closure: bool,
    /// Captured locals, sorted by name like CPython (`__class__` included for classes).
    pub cellvars: Vec<String>,
    /// Variables from enclosing functions, sorted by name.
    pub freevars: Vec<String>,
    /// Where each `global`/`nonlocal` statement stands, for error messages.
    /// A list, not a hash map: a scope has few `global` / `nonlocal` names.
    directives: Vec<(String, Span)>,
    /// The class name used for mangling private names inside this scope.
    pub private: Option<String>,
}

impl Scope {
    fn new(
        kind: BlockKind,
        name: String,
        parent: Option<ScopeId>,
        private: Option<String>,
    ) -> Scope {
        Scope {
            kind,
            name,
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: matches!(kind, BlockKind::Comprehension(CompKind::Gen)),
            needs_class_closure: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            directives: Vec::new(),
            private,
        }
    }

    /// The resolved scope of an (already mangled) name; names never seen count as implicit
    /// globals in functions and as namespace names elsewhere.
    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }
}

/// The scopes of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The scope each node opened, by the node's address. A map, not a list: a program can open
    /// tens of thousands of scopes (lambdas, comprehensions), and a list search for each would
    /// make compiling quadratic.
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope a `FunctionDef`, `ClassDef`, lambda or comprehension node opened.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's private name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Analyse a module.
pub fn build(module: &Module) -> Result<SymbolTable, FrontEndError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(BlockKind::Module, "top".into(), None, None)],
            by_node: HashMap::new(),
        },
        cur: 0,
    };
    b.stmts(&module.body)?;
    let mut free = HashSet::new();
    analyze_block(&mut b.table.scopes, 0, None, &HashSet::new(), &mut free)?;
    Ok(b.table)
}

struct Builder {
    table: SymbolTable,
    cur: ScopeId,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur].private.as_deref(), name)
    }

    /// Record a flag for a name in the current scope, returning the flags it had before.
    fn add_def(&mut self, name: &str, flag: u32) -> u32 {
        let name = self.mangled(name);
        self.add_def_raw(self.cur, name, flag)
    }

    fn add_def_raw(&mut self, scope: ScopeId, name: String, flag: u32) -> u32 {
        let sym = self.table.scopes[scope]
            .symbols
            .entry(name)
            .or_insert(Symbol {
                flags: 0,
                scope: NameScope::GlobalImplicit,
            });
        let old = sym.flags;
        sym.flags |= flag;
        old
    }

    fn enter<T>(&mut self, node: &T, kind: BlockKind, name: String) -> ScopeId {
        // A class body mangles with its own name; everything inside it inherits that.
        let private = if kind == BlockKind::Class {
            Some(name.clone())
        } else {
            self.table.scopes[self.cur].private.clone()
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.cur), private));
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(node as *const T as usize, id);
        self.cur = id;
        id
    }

    fn leave(&mut self) {
        self.cur = self.table.scopes[self.cur].parent.unwrap_or(0);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), FrontEndError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn param(&mut self, name: &str, span: Span) -> Result<(), FrontEndError> {
        let mangled = self.mangled(name);
        if self.add_def(name, DEF_PARAM) & DEF_PARAM != 0 {
            return Err(FrontEndError::syntax(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        self.scope().params.push(mangled);
        Ok(())
    }

    /// Defaults are evaluated where the function is defined; the parameters belong to the new scope.
    fn params_defaults(&mut self, params: &Params) -> Result<(), FrontEndError> {
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, params: &Params, span: Span) -> Result<(), FrontEndError> {
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
        {
            self.param(&p.name, span)?;
        }
        if let Some(v) = &params.vararg {
            self.param(v, span)?;
        }
        if let Some(k) = &params.kwarg {
            self.param(k, span)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), FrontEndError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL);
                self.params_defaults(&f.params)?;
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.enter(&**f, BlockKind::Function, f.name.clone());
                self.params(&f.params, s.span)?;
                self.stmts(&f.body)?;
                self.leave();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL);
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.expr(d)?;
                }
                self.enter(&**c, BlockKind::Class, c.name.clone());
                self.stmts(&c.body)?;
                self.leave();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(typ) = &h.typ {
                        self.expr(typ)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.add_def(&bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.table.scopes[self.cur].kind != BlockKind::Module {
                            return Err(FrontEndError::syntax(
                                "import * only allowed at module level",
                                s.span,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.add_def(&bound, DEF_LOCAL);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let (word, flag) = match &s.kind {
                    StmtKind::Global(_) => ("global", DEF_GLOBAL),
                    _ => ("nonlocal", DEF_NONLOCAL),
                };
                for n in names {
                    let mangled = self.mangled(n);
                    let cur = self.table.scopes[self.cur]
                        .symbols
                        .get(&mangled)
                        .map(|s| s.flags)
                        .unwrap_or(0);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and {word}")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to {word} declaration")
                        } else {
                            format!("name '{n}' is assigned to before {word} declaration")
                        };
                        return Err(FrontEndError::syntax(msg, s.span));
                    }
                    self.add_def(n, flag);
                    let directives = &mut self.scope().directives;
                    if !directives.iter().any(|(d, _)| *d == mangled) {
                        directives.push((mangled, s.span));
                    }
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), FrontEndError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// Visit an expression that is evaluated (targets go through [`Builder::target`]).
    fn expr(&mut self, e: &Expr) -> Result<(), FrontEndError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add_def(n, USE);
                // `super()` needs the class cell, as CPython's symtable arranges.
                if n == "super" && self.table.scopes[self.cur].kind.is_function_like() {
                    self.add_def_raw(self.cur, "__class__".into(), USE);
                }
            }
            ExprKind::Const(_) => {}
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::List(es) | ExprKind::Tuple(es) | ExprKind::Set(es) => self.exprs(es)?,
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params)?;
                self.enter(e, BlockKind::Lambda, "<lambda>".into());
                self.params(params, e.span)?;
                self.expr(body)?;
                self.leave();
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, &[elt], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, &[key, value], generators)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Yield(v) => {
                self.mark_yield(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span)?;
                self.expr(v)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_expr_target(target, e.span)?;
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), FrontEndError> {
        for p in parts {
            if let FStringPart::Field {
                expr, format_spec, ..
            } = p
            {
                self.expr(expr)?;
                self.fstring(format_spec)?;
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> Result<(), FrontEndError> {
        let kind = self.table.scopes[self.cur].kind;
        match kind {
            BlockKind::Module | BlockKind::Class => {
                Err(FrontEndError::syntax("'yield' outside function", span))
            }
            BlockKind::Comprehension(k) => Err(FrontEndError::syntax(
                format!("'yield' inside {}", k.description()),
                span,
            )),
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    /// `(x := v)` binds in the nearest enclosing scope that is not a comprehension (CPython's
    /// `symtable_extend_namedexpr_scope`).
    fn named_expr_target(&mut self, target: &str, span: Span) -> Result<(), FrontEndError> {
        let mut id = self.cur;
        let mut comps = Vec::new();
        loop {
            match self.table.scopes[id].kind {
                BlockKind::Comprehension(_) => {
                    comps.push(id);
                    id = self.table.scopes[id].parent.unwrap_or(0);
                }
                BlockKind::Class if !comps.is_empty() => return Err(FrontEndError::syntax(
                    "assignment expression within a comprehension cannot be used in a class body",
                    span,
                )),
                _ => break,
            }
        }
        if comps.is_empty() {
            self.add_def(target, DEF_LOCAL);
            return Ok(());
        }
        let name = self.mangled(target);
        let outer = id;
        let outer_is_module = self.table.scopes[outer].kind == BlockKind::Module;
        let outer_global = self.table.scopes[outer]
            .symbols
            .get(&name)
            .map(|s| s.flags & DEF_GLOBAL != 0)
            .unwrap_or(false);
        for c in comps {
            if outer_is_module || outer_global {
                self.add_def_raw(c, name.clone(), DEF_GLOBAL);
            } else {
                self.add_def_raw(c, name.clone(), DEF_NONLOCAL);
            }
        }
        self.add_def_raw(outer, name, DEF_LOCAL);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), FrontEndError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope and passed in as `.0`.
        self.expr(&first.iter)?;
        self.enter(e, BlockKind::Comprehension(kind), kind.code_name().into());
        self.add_def_raw(self.cur, ".0".into(), DEF_PARAM);
        self.scope().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.leave();
        Ok(())
    }

    /// Visit an assignment target: names are bound, everything else is evaluated.
    fn target(&mut self, t: &Expr) -> Result<(), FrontEndError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.add_def(n, DEF_LOCAL);
                Ok(())
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.target(v),
            _ => self.expr(t),
        }
    }
}

/// Resolve one name (CPython's `analyze_name`).
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &Scope,
    scopes: &mut HashMap<String, NameScope>,
    name: &str,
    flags: u32,
    bound: Option<&HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), FrontEndError> {
    let directive = || {
        (scope.directives.iter())
            .find(|(d, _)| d == name)
            .map(|(_, span)| *span)
            .unwrap_or_default()
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(FrontEndError::syntax(
                format!("name '{name}' is nonlocal and global"),
                directive(),
            ));
        }
        scopes.insert(name.into(), NameScope::GlobalExplicit);
        global.insert(name.into());
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(FrontEndError::syntax(
                "nonlocal declaration not allowed at module level",
                directive(),
            ));
        };
        if !bound.contains(name) {
            return Err(FrontEndError::syntax(
                format!("no binding for nonlocal '{name}' found"),
                directive(),
            ));
        }
        scopes.insert(name.into(), NameScope::Free);
        free.insert(name.into());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.into(), NameScope::Local);
        local.insert(name.into());
        global.remove(name);
        return Ok(());
    }
    if bound.is_some_and(|b| b.contains(name)) {
        scopes.insert(name.into(), NameScope::Free);
        free.insert(name.into());
        return Ok(());
    }
    scopes.insert(name.into(), NameScope::GlobalImplicit);
    Ok(())
}

/// CPython's `analyze_block`: resolve a scope, then its children, then decide cells and frees.
fn analyze_block(
    all: &mut Vec<Scope>,
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    global: &HashSet<String>,
    free_out: &mut HashSet<String>,
) -> Result<(), FrontEndError> {
    let kind = all[id].kind;
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    // `analyze_name` may add to or drop from these; they are this block's own copies.
    let mut bound_here: Option<HashSet<String>> = bound.cloned();
    let mut global_here = global.clone();
    {
        let scope = &all[id];
        for (name, sym) in &scope.symbols {
            analyze_name(
                scope,
                &mut scopes,
                name,
                sym.flags,
                bound_here.as_ref(),
                &mut local,
                &mut free,
                &mut global_here,
            )?;
            if sym.flags & DEF_GLOBAL != 0 {
                if let Some(b) = bound_here.as_mut() {
                    b.remove(name);
                }
            }
        }
    }
    // What children see: functions pass their locals down as bindings; class bodies do not, but
    // they offer `__class__` for `super()`.
    let mut newbound: HashSet<String> = HashSet::new();
    let mut newglobal: HashSet<String> = global_here.clone();
    if kind == BlockKind::Class {
        // The class namespace is invisible to nested functions: they see what the class saw.
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newbound.insert("__class__".into());
        newglobal = global.clone();
    } else {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_here {
            newbound.extend(b.iter().cloned());
        }
    }
    let pass_bound = Some(newbound);
    let mut newfree: HashSet<String> = HashSet::new();
    let children = all[id].children.clone();
    for child in children {
        let mut child_free = HashSet::new();
        analyze_block(all, child, pass_bound.as_ref(), &newglobal, &mut child_free)?;
        newfree.extend(child_free);
    }
    if kind.is_function_like() {
        // Captured locals become cells.
        for name in local.iter() {
            if newfree.remove(name) {
                scopes.insert(name.clone(), NameScope::Cell);
            }
        }
    } else if kind == BlockKind::Class && newfree.remove("__class__") {
        all[id].needs_class_closure = true;
    }
    // CPython's `update_symbols`.
    let scope = &mut all[id];
    for (name, sym) in scope.symbols.iter_mut() {
        if let Some(s) = scopes.get(name) {
            sym.scope = *s;
        }
    }
    for name in newfree.iter() {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if kind == BlockKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound_here.as_ref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: NameScope::Free,
            },
        );
    }
    free_out.extend(newfree);
    free_out.extend(free);

    let mut cells: Vec<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| s.scope == NameScope::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    if scope.needs_class_closure {
        cells.push("__class__".into());
    }
    stable_sort_by(&mut cells, |a, b| a < b);
    let mut frees: Vec<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| s.scope == NameScope::Free || s.flags & DEF_FREE_CLASS != 0)
        .map(|(n, _)| n.clone())
        .collect();
    stable_sort_by(&mut frees, |a, b| a < b);
    scope.cellvars = cells;
    scope.freevars = frees;
    Ok(())
}
